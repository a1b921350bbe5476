"""A day of feed summaries (a title and one sentence each): a name shared by unrelated
items does not make them one story, while two summaries of one event still meet.
Summaries written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from test_stories_anchors import OTHERS

from storyline.records import Analysis, Article, Entity
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.features import BLOCKS, Featurizer, capped_names, word_count

# Eight things one senator did, told by two outlets on one day: eight events.
DAY = [
    ("Quint backs the farm bill",
     "Senator Marla Quint said she would vote for the farm subsidy bill when it reaches "
     "the floor."),
    ("Quint on harbour dredging",
     "Senator Marla Quint asked the port board to publish the dredging contract before it "
     "is signed."),
    ("Quint criticises rail delays",
     "Senator Marla Quint blamed the transit agency for months of delays on the northern "
     "rail line."),
    ("Quint and the pension fund",
     "Senator Marla Quint wants teachers to get a vote on how their pension fund is "
     "invested."),
    ("Quint opens campaign office",
     "Senator Marla Quint opened a campaign office in Dunmore, her third in the county "
     "this spring."),
    ("Quint answers drone question",
     "Senator Marla Quint said drone deliveries over schools should need a permit from the "
     "city."),
    ("Quint visits flooded farms",
     "Senator Marla Quint toured flooded farms along the Arle river and promised help with "
     "repairs."),
    ("Quint debate date set",
     "Senator Marla Quint and her challenger agreed to a televised debate at the "
     "university in May."),
]
# One event, one summary from each outlet.
EVENT = [
    ("Bridge collapses in Tolland",
     "The old Wexby footbridge in Tolland collapsed into the river on Tuesday; no one was "
     "on it, police said."),
    ("Tolland footbridge falls into river",
     "Police said no one was hurt when the Wexby footbridge in Tolland fell into the river "
     "on Tuesday."),
]
OUTLETS = ("Coast Wire", "Valley Post")


def _item(title: str, text: str, outlet: str) -> tuple[Article, Analysis]:
    article = Article(text=text, title=title, outlet=outlet, published="2026-03-04")
    name = "Marla Quint"
    start = text.find(name)
    ents = [Entity(name, "PERSON", start, start + len(name), 0)] if start >= 0 else []
    return article, Analysis(article.id, "test", entities=ents)


def _day(options: ClusterOptions) -> tuple[int, int, bool]:
    """(pairs of the senator's items in one story after the online pass, after the
    repair, whether the two bridge summaries share a story)."""
    index = StoryIndex(options)
    items = [_item(t, x, OUTLETS[i % 2]) for i, (t, x) in enumerate(DAY)]
    items += [_item(t, x, o) for (t, x), o in zip(EVENT, OUTLETS, strict=True)]
    for article, analysis in items:
        index.assign(article, analysis)
    online = [index.story_of[a.id] for a, _ in items]
    index.repair()
    story = [index.story_of[a.id] for a, _ in items]

    def pairs(s: list[int]) -> int:
        n = len(DAY)
        return sum(s[i] == s[j] for i in range(n) for j in range(i + 1, n))
    return pairs(online), pairs(story), story[-1] == story[-2]


def test_names_count_at_most_twice_the_shared_words():
    parts = np.zeros((2, len(BLOCKS)), np.float32)
    parts[0, BLOCKS.index("words")], parts[0, BLOCKS.index("entities")] = 0.02, 0.5
    parts[1, BLOCKS.index("words")], parts[1, BLOCKS.index("entities")] = 0.3, 0.2
    parts[:, BLOCKS.index("numbers")] = 0.1
    capped = capped_names(parts, 2.0)
    assert capped[0] == pytest.approx(0.02 + 0.04 + 0.1)  # a name alone: held down
    assert capped[1] == pytest.approx(0.3 + 0.2 + 0.1)  # names with shared words: kept
    assert capped_names(parts, 0.0)[0] == pytest.approx(0.62)  # 0: the plain sum


def test_a_summary_has_few_word_terms():
    featurizer = Featurizer()
    title, text = DAY[0]
    summary = featurizer(*_item(title, text, OUTLETS[0]))
    assert word_count(summary) < ClusterOptions().short_terms
    report = featurizer(*_item(title, " ".join(t for _, t in DAY[:4] + EVENT), OUTLETS[0]))
    assert word_count(report) >= ClusterOptions().short_terms


def test_one_name_does_not_glue_a_day_of_summaries():
    # Before: the senator's eight items were one story, online and after the repair.
    assert _day(ClusterOptions(names_words_cap=0, short_terms=0))[:2] == (28, 28)
    # With the names held to the shared words the online pass keeps most apart, but the
    # repair glued them again, through neighbourhoods made of the other summaries that
    # name her.
    online, repaired, _ = _day(ClusterOptions(short_terms=0))
    assert online < 28 and repaired == 28
    # Among summaries, two summaries are neighbours only when alike themselves.
    assert _day(ClusterOptions())[1] == 0
    # ... not where full reports dominate the scope (here: every scope counts as such).
    assert _day(ClusterOptions(short_scope_share=1.1))[1] == 28
    assert _day(ClusterOptions())[2]  # the control: two summaries of one event together



# A longer first sentence is still a feed summary: it shares one rare word with an item of
# another event, and among unrelated summaries the two are each other's only neighbours.
LONGER = ("Quint to hold town hall on flood aid",
          "Senator Marla Quint will hold a town hall at the Dunmore grange next Thursday "
          "evening, where farmers, insurers, county engineers, church volunteers and "
          "firefighters can ask about levee money, crop insurance claims, closed roads, silage "
          "losses, well testing, tax deferrals and the emergency loans the governor announced "
          "for flooded farms.")
# A day's unrelated news (the same items as the background test's).
ELSEWHERE = OTHERS


def _with_longer(options: ClusterOptions) -> dict[str, int]:
    index = StoryIndex(options)
    items = [_item(t, x, OUTLETS[i % 2]) for i, (t, x) in enumerate([*DAY, *ELSEWHERE])]
    items.insert(len(DAY), _item(*LONGER, OUTLETS[1]))  # the other outlet than the farms'
    items += [_item(t, x, o) for (t, x), o in zip(EVENT, OUTLETS, strict=True)]
    for article, analysis in items:
        index.assign(article, analysis)
    index.repair()
    return {a.title or "": index.story_of[a.id] for a, _ in items}


def test_a_longer_summary_needs_a_close_match_among_summaries():
    # A day's scope (a real day holds 100-200 items; this one stands for it).
    day = {"repair_background_min_sample": 5}
    assert word_count(Featurizer()(*_item(*LONGER, OUTLETS[1]))) >= ClusterOptions().short_terms
    story = _with_longer(ClusterOptions(**day))
    assert story[LONGER[0]] != story[DAY[6][0]]  # the flooded farms, another event
    assert story[EVENT[0][0]] == story[EVENT[1][0]]  # the control: one bridge, together
    # With the rule for two short texts only, the two are each other's neighbours (they
    # alone share "flooded farms" here), and one story.
    glued = _with_longer(ClusterOptions(short_either=False, **day))
    assert glued[LONGER[0]] == glued[DAY[6][0]]

# -- the merges evaluation's summary day -----------------------------------------------


def test_a_summary_is_the_title_and_first_sentence():
    from storyline.evaluate.merges import summary

    article = Article(text="Sen. Marla Quint of Marlow said on Tuesday she would vote for "
                           "the farm bill. She spoke at a diner. More followed.", title="Quint")
    cut = summary(article)
    assert cut.text == ("Sen. Marla Quint of Marlow said on Tuesday she would vote for the "
                        "farm bill.")  # "Sen." is no sentence end
    assert cut.title == "Quint"


def test_a_whole_split_can_be_one_feed_on_one_day():
    from storyline.errors import DatasetError
    from storyline.evaluate.merges import cluster_articles, feeds

    arts = [Article(text=f"Report {i} on the port.", title=None, outlet=o, published=d)
            for i, (o, d) in enumerate([("A", "2016-01-05"), ("B", "2016-03-09"),
                                        ("A", "2016-07-01")])]
    assert feeds(arts, 0, 2) == [[0, 1, 2]]  # feed days 0: the whole split
    assert len(feeds(arts, 30, 2)) == 3
    analyses = [Analysis(a.id, "test") for a in arts]
    keys = cluster_articles(arts, analyses, "pairs", "one-day", 0)
    assert len({k.split(":")[0] for k in keys}) == 1  # one feed
    with pytest.raises(DatasetError, match="one-day"):
        cluster_articles(arts, analyses, "pairs", "someday", 0)


def test_an_unknown_dates_variant_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from storyline.cli import app

    result = CliRunner().invoke(app, ["eval", "merges", "--split", "train", "--summaries",
                                      "--dates", "someday", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "one-day" in result.output
    assert "Traceback" not in result.output
