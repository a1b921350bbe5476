"""A day of feeds from two outlets: the evaluation mode that builds it, and the rules that keep
same-kind events of one day apart (stated dates, main people, one outlet's neighbourhoods)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.evaluate.clustering_day import (
    DAY,
    OUTLETS,
    cluster_batches,
    day_of_feeds,
    merge_counts,
)
from storyline.records import Analysis, Article, Mention, Person, TimeExpr
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.evidence import people, people_conflict

# -- building the day ------------------------------------------------------------------


def _corpus() -> list[tuple[Article, str]]:
    """Nine events of three reports each (the text says which; nothing here is scored)."""
    return [(Article(text=f"Report {r} of event {e}: a ferry {e} ran aground near pier {r}."),
             f"{e}ecb") for e in range(1, 10) for r in range(3)]


def test_a_day_takes_one_report_per_event_and_a_second_for_a_third_of_them():
    articles, gold = day_of_feeds(_corpus(), seed=4)
    counts = Counter(gold)
    assert set(counts) == {f"{e}ecb" for e in range(1, 10)}
    assert sorted(counts.values()) == [1] * 6 + [2] * 3
    assert len({a.id for a in articles}) == len(articles) == 12
    assert {a.published for a in articles} == {DAY}
    assert {a.outlet for a in articles} == set(OUTLETS)
    for event, n in counts.items():
        if n == 2:  # two reports of one event come from the two outlets
            assert {a.outlet for a, g in zip(articles, gold, strict=True) if g == event} \
                == set(OUTLETS)
    again, _ = day_of_feeds(_corpus(), seed=4)
    assert [a.id for a in again] == [a.id for a in articles]  # seeded
    assert [a.id for a in day_of_feeds(_corpus(), seed=5)[0]] != [a.id for a in articles]


def test_merge_counts_name_wrong_pairs_across_events():
    got = merge_counts([1, 1, 1, 2, 2, 3], ["1ecb", "1ecb", "1ecbplus", "2ecb", "3ecb", "4"])
    assert got == {"multi_article_stories": 2, "articles_in_them": 5, "merged_pairs": 4,
                   "wrong_pairs": 3, "wrong_pairs_same_kind": 2}


def test_a_day_in_several_polls_gives_every_article_a_story():
    texts = [f"The {w} council voted on a new {w} budget for the town of {w}ford."
             for w in ("Alder", "Birch", "Cedar", "Damson", "Elm")]
    articles = [Article(text=t, outlet=OUTLETS[i % 2], published=DAY)
                for i, t in enumerate(texts)]
    online, repaired = cluster_batches(articles, [None] * 5, batches=3)  # type: ignore[list-item]
    assert len(online) == len(repaired) == 5


def test_the_day_mode_is_for_ecbplus_alone_with_one_line_errors(tmp_path: Path):
    result = CliRunner().invoke(app, ["eval", "clustering", "--dataset", "examples", "--day"])
    assert result.exit_code != 0
    assert "--day" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["eval", "clustering", "--day", "--split", "dev",
                                      "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "ECB+" in result.output and "Traceback" not in result.output


# -- who an article is about -------------------------------------------------------------

OBIT_A = ("Harmon Velasquez-Rook, the retired harbour pilot who guided ships into Port "
          "Alvery for forty years, died on Tuesday at 91. Velasquez-Rook was remembered by "
          "the port authority as its longest-serving pilot. Velasquez-Rook is survived by "
          "two daughters.")
OBIT_A2 = ("The port authority said Harmon Velasquez-Rook, who piloted ships into Port "
           "Alvery for four decades, died on Tuesday aged 91. Velasquez-Rook retired in 1998.")
OBIT_B = ("Ines Marchetti-Dahl, the retired harbour pilot who guided ships into Port Alvery "
          "for forty years, died on Tuesday at 88. Marchetti-Dahl was remembered by the "
          "port authority as its most patient pilot. Marchetti-Dahl is survived by a son.")


def _people(text: str, name: str, surname: str) -> Analysis:
    mentions = [Mention(name, text.index(name), text.index(name) + len(name), 0)]
    start = text.index(name) + len(name)
    while (at := text.find(surname, start)) != -1:
        mentions.append(Mention(surname, at, at + len(surname), 0))
        start = at + len(surname)
    return Analysis("x", "test", people=[Person(name, "person", [], mentions)])


def test_the_main_person_is_the_one_named_most_and_at_least_twice():
    got = people(_people(OBIT_A, "Harmon Velasquez-Rook", "Velasquez-Rook"))
    assert got == {("person", "velasquez-rook"), ("named", "velasquez-rook")}
    once = Analysis("x", "test", people=[Person("Ines Marchetti-Dahl", "person", [], [
        Mention("Ines Marchetti-Dahl", 0, 19, 0)])])
    assert people(once) == {("named", "marchetti-dahl")}  # named once: not who it is about
    org = Analysis("x", "test", people=[Person("Port Authority", "org", [], [
        Mention("Port Authority", 0, 14, 0), Mention("Port Authority", 20, 34, 0)])])
    assert people(org) == frozenset()  # organisations are in many events of a day
    assert people(None) == frozenset()


def test_people_conflict_needs_each_main_person_unnamed_on_the_other_side():
    a = {("person", "rook"), ("named", "rook"), ("named", "dahl")}
    b = {("person", "dahl"), ("named", "dahl")}
    c = {("person", "lund"), ("named", "lund")}
    assert not people_conflict(a, b)  # a names b's main person
    assert people_conflict(b, c)
    assert not people_conflict(b, {("named", "lund")})  # no main person: no evidence


def _assign_day(options: ClusterOptions, online: bool = False) -> tuple[bool, bool]:
    """(the two reports of one death together, the other death apart) on one day, after
    the repair (``online``: as the online assignment left them)."""
    index = StoryIndex(options)
    texts = [(OBIT_A, "Harmon Velasquez-Rook", "Velasquez-Rook", OUTLETS[0]),
             (OBIT_B, "Ines Marchetti-Dahl", "Marchetti-Dahl", OUTLETS[1]),
             (OBIT_A2, "Harmon Velasquez-Rook", "Velasquez-Rook", OUTLETS[1])]
    arts, ids = [], []
    for text, name, surname, outlet in texts:
        arts.append(Article(text=text, outlet=outlet, published=DAY))
        ids.append(index.assign(arts[-1], _people(text, name, surname)).story_id)
    if not online:
        index.repair()
        ids = [index.story_of[a.id] for a in arts]
    return ids[0] == ids[2], ids[0] != ids[1]


def test_two_deaths_of_one_day_stay_apart_by_who_died():
    # Same kind of event, same day, same port and wording: only who died differs (the
    # repair weighs it; the online assignment too with people_online).
    assert _assign_day(ClusterOptions()) == (True, True)
    assert _assign_day(ClusterOptions(people_online=True), online=True) == (True, True)
    assert _assign_day(ClusterOptions(), online=True) == (True, False)


# -- stated dates between articles of one day ------------------------------------------

RECALL_MAY = ("The Ferrant Motors recall of 40,000 vans over faulty brake lines, announced "
              "on May 2, 2024, was widened by the regulator in Lisle.")
RECALL_NOV = ("The Ferrant Motors recall of 40,000 vans over faulty brake lines, announced "
              "on November 20, 2024, was widened by the regulator in Lisle.")


def _stated(text: str, phrase: str, value: str) -> Analysis:
    start = text.index(phrase)
    return Analysis("x", "test", times=[TimeExpr(phrase, start, start + len(phrase), 0,
                                                 "DATE", value, "day")])


def _score(options: ClusterOptions, published: str | None) -> float:
    index = StoryIndex(options)
    may = Article(text=RECALL_MAY, outlet=OUTLETS[0], published=published)
    index.assign(may, _stated(RECALL_MAY, "May 2, 2024", "2024-05-02"))
    nov = Article(text=RECALL_NOV, outlet=OUTLETS[1], published=published)
    analysis = _stated(RECALL_NOV, "November 20, 2024", "2024-11-20")
    feats = index.featurize(nov, analysis)
    day = None if published is None else index.days[may.id]
    [score] = index.scores(feats, index.featurize.weigh(feats), [index.story_of[may.id]], day,
                           index._evidence(nov, analysis))
    return score


def test_stated_dates_months_apart_count_also_between_articles_of_one_day():
    undated = _score(ClusterOptions(), None)
    same_day = _score(ClusterOptions(), DAY)
    left_to_publication_dates = _score(ClusterOptions(evidence_within_grace=False), DAY)
    assert same_day == undated < left_to_publication_dates
