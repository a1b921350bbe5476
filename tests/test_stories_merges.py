"""Wrong merges of unrelated news: names found everywhere weigh little, the repair does not
glue articles whose only link is a weak, topic-wide likeness, and distinguishing figures (a
quake's magnitude, a score or vote tally) keep same-kind events apart. Also the merges
evaluation's bookkeeping (pairs, annotations, feeds). Articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.errors import DatasetError
from storyline.evaluate.merges import (
    feeds,
    load_annotations,
    load_polnear,
    merge_report,
    merged_pairs,
    score_pairs,
)
from storyline.records import Analysis, Article, Entity, TimeExpr
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.evidence import labels, labels_conflict
from storyline.stories.features import Featurizer

# -- names found everywhere ------------------------------------------------------------


def _with_names(text: str, names: list[str]) -> tuple[Article, Analysis]:
    article = Article(text=text, title=None, outlet="Harbour Ledger")
    ents = []
    for name in names:
        start = text.index(name)
        ents.append(Entity(name, "PERSON", start, start + len(name), 0))
    return article, Analysis(article.id, "test", entities=ents)


def _cosine(featurizer: Featurizer, a: tuple[Article, Analysis],
            b: tuple[Article, Analysis]) -> float:
    fa, fb = featurizer(*a), featurizer(*b)
    wa, wb = featurizer.weigh(fa), featurizer.weigh(fb)
    common = {int(i): float(w) for i, w in zip(fa.indices, wa, strict=True)}
    return sum(common.get(int(i), 0.0) * float(w) for i, w in zip(fb.indices, wb, strict=True))


SUBJECTS = [
    "the farm subsidy bill in the committee",
    "a harbour dredging contract",
    "the teachers' pension fund",
    "a new rail tunnel under the river",
    "the rules for drone deliveries",
    "a museum's lost paintings",
    "the price of winter heating oil",
    "a hospital merger upstate",
]


def test_a_name_in_every_article_glues_less_when_blocks_keep_their_idf():
    scores = {}
    for damping in (True, False):
        featurizer = Featurizer(common_damping=damping)
        for subject in SUBJECTS:  # a stream where Marla Quint is in every article
            featurizer(*_with_names(f"Marla Quint spoke about {subject} on Monday.",
                                    ["Marla Quint"]))
        one = _with_names("Marla Quint praised the orchestra's season opener.",
                          ["Marla Quint"])
        two = _with_names("Marla Quint criticised the ferry timetable change.",
                          ["Marla Quint"])
        scores[damping] = _cosine(featurizer, one, two)
    # Undamped, the entity block (only the common name) counts in full: above the join
    # threshold. Damped, the name weighs what its IDF says: below it.
    assert scores[False] > ClusterOptions().join_threshold > scores[True]


def test_a_rare_shared_name_still_counts_with_damping():
    featurizer = Featurizer()
    for subject in SUBJECTS:
        featurizer(*_with_names(f"Marla Quint spoke about {subject} on Monday.",
                                ["Marla Quint"]))
    one = _with_names("Osric Vantablue resigned from the port authority board on Monday.",
                      ["Osric Vantablue"])
    two = _with_names("The port authority said Osric Vantablue resigned from its board.",
                      ["Osric Vantablue"])
    assert _cosine(featurizer, one, two) > 0.3


# -- repair on a day of news on one broad subject -------------------------------------

ACTS = [
    "signed the farm subsidy bill after the agriculture committee approved it",
    "promised lower payroll taxes for small businesses at a fundraising dinner",
    "approved a contract to dredge the harbour so ships no longer wait for the tide",
    "fined a drone delivery company for flying over a stadium during a game",
    "raised pension contributions for teachers after the fund reported a shortfall",
    "opened a second rail tunnel under the river, four years after boring began",
    "welcomed two paintings recovered by the museum decades after a theft",
    "asked traders to explain why heating oil prices rose for a third week",
    "backed the merger of two upstate hospitals into the county's largest employer",
    "vetoed the defence budget, saying it spent too little on veterans' care",
]
# Ten different acts of one governor, told in one outlet's house style: every pair is
# somewhat alike, so the online pass files them together.
DAY = [f"Governor Rhea Castell of Marlow state {act}, her office in the capital said on "
       "Tuesday. Castell told reporters in the capital that Marlow state would act."
       for act in ACTS]
SAME_EVENT = [
    "Fire crews battled a blaze at a paint factory in Ridgefield on Tuesday night; the "
    "factory owner said all 40 night-shift workers got out before the roof collapsed.",
    "A paint factory in Ridgefield burned on Tuesday night and its roof collapsed, but all "
    "40 workers of the night shift escaped, the owner told reporters as fire crews worked.",
]


# The texts below are a sentence or two: by default the short-text rules
# (``ClusterOptions.short_terms``, tests/test_stories_summaries.py) keep them apart
# already. Switched off here, to see the repair's own guards at work.
SENTENCES_AS_REPORTS = {"short_terms": 0}


def _pairs_after_repair(options: ClusterOptions) -> tuple[int, bool]:
    index = StoryIndex(replace(options, **SENTENCES_AS_REPORTS))
    articles = [Article(text=t, title=None, outlet="Harbour Ledger") for t in DAY + SAME_EVENT]
    for article in articles:
        index.assign(article, None)
    index.repair()
    story = [index.story_of[a.id] for a in articles[:len(DAY)]]
    together = sum(story[i] == story[j] for i in range(len(story))
                   for j in range(i + 1, len(story)))
    return together, index.story_of[articles[-1].id] == index.story_of[articles[-2].id]


def test_repair_splits_a_day_glued_by_its_common_subject_and_keeps_one_event_whole():
    # Without the background floor every neighbour counts and the ten acts stay one story
    # (the outlet's house style, the two sentences every article repeats, is left in
    # here: tests/test_stories_house.py takes it out).
    glued, _ = _pairs_after_repair(ClusterOptions(repair_background_factor=0,
                                                  house_min_articles=0))
    assert glued == 45
    # With it, a neighbour must stand out from what any two of these articles share (the
    # day is smaller than the default minimum scope, which is for keeping a small batch
    # on one subject whole: lowered here to see the floor at work on twelve articles).
    together, fire_whole = _pairs_after_repair(ClusterOptions(repair_background_min_sample=10,
                                                              house_min_articles=0))
    assert together <= 3
    assert fire_whole
    # A batch this small has no background floor: only the fixed one (and the one-outlet
    # guard below, which lets these pairs be: each pair's own cosine is high, the same two
    # house-style sentences in every article) ...
    assert _pairs_after_repair(ClusterOptions(house_min_articles=0))[0] == glued
    # ... but by default those sentences are the outlet's house style, left out when two
    # of its articles are compared: what is left of each act is its own.
    together, fire_whole = _pairs_after_repair(ClusterOptions())
    assert together <= 3
    assert fire_whole


def _repaired_pairs(outlet: Callable[[int], str | None], texts: list[str]) -> tuple[int, int]:
    """(pairs the online pass put together, pairs after one repair) among ``texts``."""
    index = StoryIndex(ClusterOptions(**SENTENCES_AS_REPORTS))
    articles = [Article(text=t, title=None, outlet=outlet(i)) for i, t in enumerate(texts)]
    online = [index.assign(a, None).story_id for a in articles]
    index.repair()
    repaired = [index.story_of[a.id] for a in articles]

    def pairs(story: list[int]) -> int:
        return sum(story[i] == story[j] for i in range(len(story))
                   for j in range(i + 1, len(story)))
    return pairs(online), pairs(repaired)


def test_a_small_batch_of_one_outlet_is_not_glued_by_shared_neighbours():
    # One outlet's ten acts of one governor, each told in one short house-style sentence:
    # the online pass files them together (every one is a bit like the growing story),
    # and among twelve articles every article's six nearest neighbours are most of the
    # batch, so they all "share neighbours". Their own cosines are low: split them.
    day = [f"Governor Rhea Castell of Marlow state {act}. Castell said Marlow state would "
           "act." for act in ACTS]
    texts = day + SAME_EVENT
    glued, after = _repaired_pairs(lambda _: "Harbour Ledger", texts)
    assert glued >= 45
    assert after <= 5
    index = StoryIndex(ClusterOptions(**SENTENCES_AS_REPORTS))
    fire = [Article(text=t, title=None, outlet="Harbour Ledger") for t in texts]
    for article in fire:
        index.assign(article, None)
    index.repair()
    assert index.story_of[fire[-1].id] == index.story_of[fire[-2].id]  # one fire, whole
    # Without outlets (or one article per outlet), shared neighbours count as before:
    # reports of one event by several outlets are what they find (ECB+ topics).
    assert _repaired_pairs(lambda _: None, texts)[1] == glued
    assert _repaired_pairs(lambda i: f"Outlet {i}", texts)[1] == glued


def test_small_scope_neighbours_count_others_and_for_one_outlet_beyond_chance():
    from scipy import sparse

    from storyline.stories.repair import _small_scope_overlap

    # Eight articles; each row: its neighbours, itself included. 0-3 are one group; 4 and
    # 5 are only each other's neighbours; 6 and 7 have none.
    rows = [{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}, {4, 5}, {4, 5}, {6}, {7}]
    near = sparse.csr_matrix(np.array([[j in r for j in range(8)] for r in rows], np.float32))
    overlap = (near @ near.T).toarray()
    sims = np.full((8, 8), 0.6, np.float32)
    sims[0, 2] = sims[2, 0] = 0.1
    options = ClusterOptions()
    two = _small_scope_overlap(overlap, near, sims, [None, "Wire"] * 4, options)
    assert overlap[4, 5] == 2 and two[4, 5] == 0.0  # mutual neighbours share no one else
    assert two[0, 1] == 2.0  # 2 and 3, not the two themselves
    one = _small_scope_overlap(overlap, near, sims, ["Ledger"] * 8, options)
    # one outlet: 2 shared, less 3 x 3 / 8 by chance (each has three others)
    assert one[0, 1] == pytest.approx(2 - 9 / 8)
    assert one[0, 2] == 0.0  # their own cosine is low: no credit for shared neighbours


# -- distinguishing figures ------------------------------------------------------------


def test_magnitudes_and_tallies_are_read_as_labels():
    assert ("magnitude", "6.4") in labels("A magnitude 6.4 earthquake shook the coast.")
    assert ("magnitude", "5.1") in labels("The 5.1-magnitude quake cracked walls.")
    assert ("tally", "6-3") in labels("The court ruled 6-3 that the fees were unlawful.")
    assert ("tally", "3-1") in labels("Rovers lost 1-3 at home on Saturday.")
    assert ("tally", "52-48") in labels("The Senate voted 52-48 to confirm her.")
    # numbers that are no result: a span of years, ages, opening hours
    assert labels("Between 2015-2016 the shop opened 9 to 5 for people aged 18-25.") == \
        frozenset()


def test_a_different_magnitude_is_a_conflict_and_the_same_one_is_not():
    assert labels_conflict({("magnitude", "6.4")}, {("magnitude", "5.1")})
    assert not labels_conflict({("magnitude", "6.4")}, {("magnitude", "6.4")})
    # a first estimate and its revision (or two agencies) are one quake
    assert not labels_conflict({("magnitude", "6.4")}, {("magnitude", "6.1")})
    assert not labels_conflict({("magnitude", "6.4")}, {("tally", "2-1")})


QUAKE_MAY = [
    "A magnitude 6.4 earthquake struck off the coast of Velmora province, cracking roads "
    "and cutting power to coastal towns, the national seismology office said.",
    "The magnitude 6.4 quake off Velmora province cut power in coastal towns and cracked "
    "roads, the seismology office said, as residents slept outside.",
]
QUAKE_AUGUST = [
    "A magnitude 5.1 earthquake struck off the coast of Velmora province, cracking roads "
    "and cutting power to coastal towns, the national seismology office said.",
]


def test_undated_quakes_of_different_magnitude_stay_apart():
    index = StoryIndex(ClusterOptions())
    arts = [Article(text=t, title=None, outlet=o) for t, o in
            zip(QUAKE_MAY + QUAKE_AUGUST, ["Coast Wire", "Valley Post", "Coast Wire"],
                strict=True)]
    for article in arts:
        index.assign(article, None)
    index.repair()
    story = [index.story_of[a.id] for a in arts]
    assert story[0] == story[1]
    assert story[2] != story[0]


# -- the merges evaluation's bookkeeping -----------------------------------------------


def test_merged_pairs_and_their_scores_against_annotations():
    pairs = merged_pairs(["a", "b", "c", "d"], [1, 1, 1, 2])
    assert pairs == [("a", "b"), ("a", "c"), ("b", "c")]
    annotations = {frozenset(("a", "b")): "same", frozenset(("a", "c")): "different",
                   frozenset(("c", "d")): "same"}
    got = score_pairs(pairs, annotations)
    assert got["merged_pairs"] == 3 and got["wrong_pairs"] == 1 and got["right_pairs"] == 1
    assert got["unjudged_pairs"] == 1
    assert got["annotated_same_pairs"] == 2 and got["annotated_same_found"] == 1


def test_merge_report_counts_multi_article_stories():
    arts = [Article(text=f"text {i}", external_id=f"f{i}", title=f"T{i}") for i in range(4)]
    report = merge_report(arts, ["0:1", "0:1", "0:2", "0:3"], {}, show=2)
    assert report["multi_article_stories"] == 1
    assert report["articles_in_multi_article_stories"] == 2
    assert report["unjudged"] == [["f0", "f1"]]


def test_feeds_group_by_outlet_and_window():
    arts = [Article(text="x", outlet=o, published=d, external_id=f"{o}{d}") for o, d in [
        ("a", "2016-01-01"), ("a", "2016-01-02"), ("b", "2016-01-01"), ("a", "2016-03-01")]]
    groups = feeds(arts, 30)
    assert sorted(map(sorted, groups)) == [[0, 1], [2], [3]]
    # two outlets per feed (the "pairs" mode): a and b share one feed per window
    assert sorted(map(sorted, feeds(arts, 30, 2))) == [[0, 1, 2], [3]]


def test_annotation_file_parses_and_bad_lines_name_the_line(tmp_path: Path):
    assert all(v in ("same", "different") for v in load_annotations().values())
    bad = tmp_path / "ann.tsv"
    bad.write_text("# comment\nx\ty\tmaybe\n")
    with pytest.raises(DatasetError, match="line 2"):
        load_annotations(bad)


def test_polnear_test_part_is_refused_and_a_missing_folder_is_one_line(tmp_path: Path):
    with pytest.raises(DatasetError, match="test stays unread"):
        load_polnear(tmp_path, "test")
    result = CliRunner().invoke(app, ["eval", "merges", "--split", "dev",
                                      "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "PolNeAR metadata not found" in result.output
    assert "Traceback" not in result.output


# -- a publication date on one side, a stated date on the other ------------------------

CUT = ("The Bank of Caldora cut its policy rate by a quarter point, Governor Ottilie "
       "Brandmark said in Verenna, as wage growth slowed and the krona fell.")
CUT_LATER = ("The Bank of Caldora cut its policy rate by a quarter point on June 18, 2025, "
             "Governor Ottilie Brandmark said in Verenna, as wage growth slowed and the "
             "krona fell.")


def _stated(text: str, phrase: str, value: str) -> Analysis:
    start = text.index(phrase)
    return Analysis("x", "test", times=[TimeExpr(phrase, start, start + len(phrase), 0,
                                                 "DATE", value, "day")])


@pytest.mark.parametrize("on", [True, False])
def test_a_publication_date_weighs_against_a_far_stated_date_only_when_asked(on):
    index = StoryIndex(ClusterOptions(published_as_stated=on))
    march = Article(text=CUT, outlet="Vessel Wire", published="2025-03-12")
    index.assign(march, None)
    june = Article(text=CUT_LATER, outlet="Northgate Post")
    analysis = _stated(CUT_LATER, "June 18, 2025", "2025-06-18")
    told = index._evidence(june, analysis)
    feats = index.featurize(june, analysis)
    sid = index.story_of[march.id]
    [score] = index.scores(feats, index.featurize.weigh(feats), [sid], None, told)
    [plain] = index.scores(feats, index.featurize.weigh(feats), [sid], None)
    assert (score < plain) is on
