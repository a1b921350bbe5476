"""One outlet's day: its house style (a recurring column's title and fixed opening, rubrics,
bylines) does not glue its unrelated items into one story, two of its items of one day need
more alike texts than two outlets' reports, and two outlets' reports of one event, or an
outlet's follow-up with new facts, still meet. Feed items written for these tests."""

from __future__ import annotations

import numpy as np

from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex, state
from storyline.stories.hashing import TermHasher
from storyline.stories.house import HouseLines, house_lines, segments

OUTLET = "Harbor Times"
COLUMN = "Five Things Before Breakfast"
OPENING = "Your quick look at the overnight news and the stories people will talk about today:"
# One outlet's column, three days' editions in one batch: each edition's first item differs.
EDITIONS = [
    "1. Ferry fares on the Lindqvist crossing rise by a fifth from Monday, the port "
    "authority announced after a board vote that ran past midnight.",
    "2. A late frost ruined much of the apricot harvest in the Orvale valley, growers "
    "said, and wholesale prices doubled at the regional market.",
    "3. The city library will open on Sundays again once twelve volunteers finish their "
    "training, the head librarian told the council on Thursday.",
]
# Other items of the same outlet's day, on unrelated subjects.
OTHERS = [
    ("Dockworkers vote on new contract",
     "Dockworkers at the Brenmouth container terminal began voting on a four-year contract "
     "that raises night-shift pay."),
    ("School board delays budget",
     "The Tarrow school board put off its budget vote after parents asked for a second "
     "hearing on bus routes."),
    ("Hospital opens stroke unit",
     "St. Edda's hospital opened a twelve-bed stroke unit staffed around the clock by "
     "neurologists from the university."),
    ("Marathon route changes",
     "Organisers moved the spring marathon away from the river path, which floods after "
     "heavy rain."),
]
# One event: two outlets' summaries, and a follow-up with new facts by the first outlet.
COLLAPSE = [
    ("Wexby footbridge collapses in Tolland", OUTLET,
     "The old Wexby footbridge in Tolland collapsed into the river Aske on Tuesday morning; "
     "no one was on it, police said."),
    ("Tolland's Wexby footbridge falls into the Aske", "Valley Post",
     "Police said no one was hurt when the Wexby footbridge in Tolland fell into the river "
     "Aske on Tuesday morning."),
    ("Wexby footbridge collapse: rusted bolts found", OUTLET,
     "Inspectors examining the collapsed Wexby footbridge in Tolland found rusted bolts "
     "where the span met the river Aske bank, the council said on Tuesday."),
]


def _item(title: str, text: str, outlet: str = OUTLET) -> tuple[Article, Analysis]:
    article = Article(text=text, title=title, outlet=outlet, published="2026-03-04")
    return article, Analysis(article.id, "test")


def _day(options: ClusterOptions) -> tuple[StoryIndex, list[Article]]:
    items = [_item(COLUMN, f"{OPENING}\n\n{edition}") for edition in EDITIONS]
    items += [_item(t, x) for t, x in OTHERS]
    items += [_item(t, x, o) for t, o, x in COLLAPSE]
    index = StoryIndex(options)
    for article, analysis in items:
        index.assign(article, analysis)
    index.repair()
    return index, [a for a, _ in items]


def _stories(index: StoryIndex, articles: list[Article]) -> list[int]:
    return [index.story_of[a.id] for a in articles]


def test_segments_cut_at_rubrics_and_sentences_not_abbreviations():
    cut = segments("The Latest: Sen. Vale wins in N.H.",
                   "WASHINGTON (AP) — The latest on the vote (all times EST):\n\n9 p.m.\n"
                   "Body line. Another sentence.\nLast line of the body.")
    assert "the latest" in cut  # the rubric
    assert "sen vale wins in n h" in cut  # "Sen." and "N.H." end nothing
    assert "washington" in cut and "all times est" in cut
    assert "last line of the body" in cut  # the closing line


def test_a_recurring_column_does_not_glue_one_outlets_day():
    old, articles = _day(ClusterOptions(house_min_articles=0, one_outlet_factor=1.0))
    s = _stories(old, articles)
    assert s[0] == s[1] == s[2]  # without the rules the column's editions are one story
    # The house-style rule alone keeps them apart ...
    now, articles = _day(ClusterOptions(one_outlet_factor=1.0))
    s = _stories(now, articles)
    assert len({s[0], s[1], s[2]}) == 3
    assert len(set(s[3:7])) == 4  # the other items stay apart
    # Controls: two outlets' reports of one event meet, and so does the follow-up.
    assert s[7] == s[8] == s[9]


def test_one_outlet_one_day_needs_more_alike_texts_yet_keeps_the_event_whole():
    # ... and so does the one-outlet factor alone (the default options have both).
    for options in (ClusterOptions(house_min_articles=0), ClusterOptions()):
        index, articles = _day(options)
        s = _stories(index, articles)
        assert len({s[0], s[1], s[2]}) == 3
        assert s[7] == s[8] == s[9]


def test_a_deck_two_items_of_one_day_share_is_not_house_style():
    # Two segments of one outlet's day: house style at three articles, or two on two days.
    index, articles = _day(ClusterOptions())
    update = articles[7]
    lines = index.house[update.id]
    outlet = index.outlets[update.id]
    day = index.days[update.id]
    index.house_counts.add(outlet, lines, day)  # a second item of that day holds them
    assert not len(index.house_counts.house_terms(outlet, lines, 2, 3))
    index.house_counts.add(outlet, lines, day, -1)
    index.house_counts.add(outlet, lines, None if day is None else day + 1)  # next day
    assert len(index.house_counts.house_terms(outlet, lines, 2, 3))


def test_house_segments_are_counted_per_outlet_and_copies_are_not():
    index, articles = _day(ClusterOptions())
    lines = index.house[articles[0].id]
    outlet = index.outlets[articles[0].id]
    house = index.house_counts.house_terms(outlet, lines, 2, 3)
    assert len(house) and set(house.tolist()) < set(lines.terms.tolist())
    # The same segments under another outlet are that outlet's only once: not house style.
    assert not len(index.house_counts.house_terms("valley post", lines, 2, 3))


def test_house_segments_are_saved_with_the_index_state():
    options = ClusterOptions()
    live = StoryIndex(options)
    live.track_changes = True
    items = [_item(COLUMN, f"{OPENING}\n\n{edition}") for edition in EDITIONS]
    for article, analysis in items:
        live.assign(article, analysis)
    blobs, saved, stories, _ = live.export_state(len(items))
    rows = [(i, aid, live.story_of[aid], live.copy_of.get(aid), day, feats, mh, cs, cr, ev)
            for i, (aid, day, feats, mh, cs, cr, ev) in enumerate(saved)]
    members: dict[int, list[tuple[str, str | None]]] = {}
    for aid in live.story_of:
        members.setdefault(live.story_of[aid], []).append((aid, live.copy_of.get(aid)))
    loaded = StoryIndex(options)
    assert loaded.saved_upto(blobs) == len(items)
    loaded.import_state(blobs, rows, stories, members)
    for article, _ in items:
        a, b = live.house[article.id], loaded.house[article.id]
        assert np.array_equal(a.fingerprints, b.fingerprints)
        assert np.array_equal(a.terms, b.terms) and np.array_equal(a.offsets, b.offsets)
    first = items[0][0].id
    assert np.array_equal(
        loaded.house_counts.house_terms(loaded.outlets[first], loaded.house[first], 2, 3),
        live.house_counts.house_terms(live.outlets[first], live.house[first], 2, 3))
    # Older options fingerprints (no house segments saved) are rebuilt once.
    assert state.options_fingerprint(options) != state.options_fingerprint(
        ClusterOptions(house_min_articles=0))


def test_house_lines_round_trip_and_unreadable_input():
    article, analysis = _item(COLUMN, f"{OPENING}\n\n{EDITIONS[0]}")
    lines = house_lines(article, analysis, TermHasher(2**20))
    again = HouseLines.from_json(lines.to_json())
    assert np.array_equal(lines.terms, again.terms)
    assert not len(HouseLines.from_json("not segments").fingerprints)


def test_a_columns_identical_feed_item_of_another_day_is_not_a_copy():
    # Three days' editions of a column whose feed item never changes (title and summary),
    # among other items of the outlet: they are not one story, though near-copies.
    def run(days: list[str]) -> list[int]:
        index = StoryIndex(ClusterOptions())
        items = []
        for day in days:
            items.append(Article(text=OPENING, title=COLUMN, outlet=OUTLET, published=day,
                                 url=f"https://harbor.example/{day}/five-things"))
            for title, text in OTHERS:
                items.append(Article(text=f"{text} ({day})", title=title, outlet=OUTLET,
                                     published=day, url=f"https://harbor.example/{day}/x"))
        for article in items:
            index.assign(article, Analysis(article.id, "test"))
        index.repair()
        return [index.story_of[a.id] for a in items if a.title == COLUMN]

    assert len(set(run(["2026-03-02", "2026-03-03", "2026-03-04"]))) == 3
    # The same item twice on one day (two feeds of the outlet) is still one copy.
    assert len(set(run(["2026-03-04", "2026-03-04"]))) == 1
