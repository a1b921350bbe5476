"""Issue 11 class 4 on sentences written here: one organisation named two ways is one
speaker, two statements of one person are not two wordings of one, and the real cases
beside them (one statement worded two ways, one statement given to two people) are still
reported."""

from __future__ import annotations

from typing import Any

from storyline.records import Article, Assignment, Story

PUBLISHED = "2025-03-14T09:00:00+00:00"


def quote_reports(*texts: str) -> list[set[str]]:
    """The values of each quote or name discrepancy of one story, one outlet per text."""
    from storyline.nlp.pipeline import analyze
    from storyline.reconcile import reconcile

    items: list[Any] = []
    for n, text in enumerate(texts):
        article = Article(id=f"v{n}", text=text, outlet=f"Desk {n}", title=f"report {n}",
                          published=PUBLISHED, published_from="metadata")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    rec = reconcile(Story(id=1, title="test"), items)
    return [{v.value for v in d.values} for d in rec.discrepancies
            if d.kind in ("quote", "name")]


def test_a_ministry_named_two_ways_is_one_speaker() -> None:
    words = "“China firmly opposes the new export controls and will take necessary measures,”"
    assert quote_reports(
        f"{words} the Ministry of Foreign Affairs said on Tuesday.",
        f"{words} a spokesman for the foreign ministry told reporters.",
    ) == []
    assert quote_reports(
        "“The new levy will raise about 2 billion euros a year,” the Ministry of Finance "
        "said in a statement on Wednesday.",
        "“The new levy will raise about 2 billion euros a year,” the finance ministry said "
        "on Wednesday, according to a statement.",
    ) == []
    # Two named people given the same words is a disagreement about the speaker.
    assert quote_reports(
        "“The levy will raise 2 billion euros a year,” Finance Minister Karl Ostrow said.",
        "“The levy will raise 2 billion euros a year,” Prime Minister Dana Lind said.",
    ) == [{"Karl Ostrow", "Dana Lind"}]


def test_two_statements_of_one_person_are_not_two_wordings() -> None:
    assert quote_reports(
        "“We are working around the clock to restore power to every home,” Governor Karen "
        "Walsh said.",
        "“We are working with our federal partners to rebuild every damaged school,” "
        "Governor Karen Walsh said.",
    ) == []
    assert quote_reports(
        "“The people of this state have shown remarkable courage, and we will stand with "
        "them until every family is back home,” Governor Karen Walsh said at a briefing.",
        "“The people of this state deserve answers about why the warning sirens did not "
        "sound, and we will get them,” Governor Karen Walsh said.",
    ) == []
    # One statement worded two ways is still reported.
    found = quote_reports(
        "“We will not let this tragedy define our city,” Mayor Karen Walsh told reporters.",
        "“We will never let this tragedy define our town,” Mayor Karen Walsh said.",
    )
    assert len(found) == 1 and any("never" in v for v in found[0])
