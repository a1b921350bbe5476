"""Listing and export commands: `stories` filters, `articles`, CSV of stories, articles,
quotes and discrepancies, `report` of a selection, `ingest --no-fetch` (in-process CLI)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

pytestmark = pytest.mark.slow  # one ingest with spaCy

FLOOD_A = """Title: Flood barrier fails at Osterby
Outlet: Jutland Daily
Published: 2026-11-01

The flood barrier at Osterby in Denmark failed on Saturday night, flooding 120 homes along the river, mayor Lene Hald said on Sunday. "We were told the pumps would hold," Hald said. Engineers had warned in March that the barrier's pumps were worn, and repairs would cost about 4 million kroner.
"""
FLOOD_B = """Title: Osterby homes flooded after barrier breach
Outlet: Nordic Wire
Published: 2026-11-02

Some 140 homes were flooded in Osterby, Denmark, when the town's flood barrier failed on Saturday night, mayor Lene Hald said. "We were told the pumps would hold," Hald said. Engineers had warned in March that the pumps were worn; repairs would cost about 4 million kroner.
"""
FARES = """Title: Regional rail fares to rise in spring
Outlet: Velmora Courier
Published: 2026-09-14

The regional transport board voted on Monday to raise rail fares by six percent from April, citing higher energy costs and a shortfall in the maintenance budget. Board chair Elias Brandt said season tickets would rise less than single fares, and that the board would review the increase after a year.
"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Velmora Courier</title>
<item><title>Library extends Sunday hours</title><link>https://courier.invalid/library</link>
<pubDate>Tue, 15 Sep 2026 08:00:00 GMT</pubDate>
<description>The city library will open on Sunday afternoons from next month after a petition signed by more than three thousand residents, the council said on Tuesday, and head librarian Noor Feld said new part-time posts would staff the extra hours.</description></item>
</channel></rss>
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("listing") / "news"
    folder.mkdir()
    for name, text in (("a.txt", FLOOD_A), ("b.txt", FLOOD_B), ("c.txt", FARES)):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "feed.rss").write_text(FEED, encoding="utf-8")
    path = str(folder.parent / "listing.db")
    result = CliRunner().invoke(app, ["--db", path, "ingest", str(folder), "--no-fetch", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    # --no-fetch: the feed entry's own text is stored; its (unresolvable) link never fetched.
    assert summary["added"] == 4 and summary["rejected"] == []
    return path


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stories_filters_narrow_and_order_newest_first(db: str) -> None:
    every = json.loads(_run(db, "stories", "--json"))
    assert len(every) == 3 and [s["id"] for s in every] == sorted(s["id"] for s in every)
    flood = json.loads(_run(db, "stories", "--json", "--min-outlets", "2"))
    assert [s["title"] for s in flood] == ["Flood barrier fails at Osterby"]
    assert set(flood[0]) >= {"id", "title", "articles", "outlets", "first_published"}
    assert json.loads(_run(db, "stories", "--json", "--outlet", "Velmora Courier", "--since",
                           "2026-09-15"))[0]["title"].startswith("Library")
    assert json.loads(_run(db, "stories", "--json", "--until", "2026-09-30", "--text", "fares"))[0][
        "outlets"] == ["Velmora Courier"]
    assert json.loads(_run(db, "stories", "--json", "--person", "Lene Hald"))[0]["id"] == flood[0]["id"]
    newest = json.loads(_run(db, "stories", "--json", "--newest", "--limit", "2"))
    assert len(newest) == 2
    bad = CliRunner().invoke(app, ["--db", db, "stories", "--since", "last week"])
    assert bad.exit_code != 0 and "--since 'last week'" in bad.output
    assert "Traceback" not in bad.output
    rows = list(csv.DictReader(io.StringIO(_run(db, "stories", "--csv", "--min-outlets", "2"))))
    assert rows == [{
        "id": str(flood[0]["id"]), "title": "Flood barrier fails at Osterby", "articles": "2",
        "outlets": "Jutland Daily; Nordic Wire", "first_published": "2026-11-01",
        "last_published": "2026-11-02",
    }]


def test_articles_list_says_where_each_came_from(db: str, tmp_path: Path) -> None:
    listed = json.loads(_run(db, "articles", "--json"))
    assert len(listed) == 4
    assert {a["outlet"] for a in listed} == {"Jutland Daily", "Nordic Wire", "Velmora Courier"}
    assert all(a["source"] and a["story_id"] and a["revisions"] == 1 for a in listed)
    (fares,) = json.loads(_run(db, "articles", "--json", "--until", "2026-09-14"))
    assert fares["title"] == "Regional rail fares to rise in spring"
    story = listed[0]["story_id"]
    assert {a["id"] for a in json.loads(_run(db, "articles", "--story", str(story), "--json"))} >= {listed[0]["id"]}
    rows = list(csv.DictReader(io.StringIO(_run(db, "articles", "--csv", "--limit", "2"))))
    assert len(rows) == 2 and rows[0]["id"] == listed[0]["id"]
    missing = CliRunner().invoke(app, ["--db", db, "articles", "--story", "999"])
    assert missing.exit_code == 1 and "no story with id 999" in missing.output


def test_quotes_discrepancies_and_report_of_a_selection(db: str, tmp_path: Path) -> None:
    flood = json.loads(_run(db, "stories", "--json", "--min-outlets", "2"))[0]["id"]
    differ = list(csv.DictReader(io.StringIO(_run(db, "discrepancies", "--story", str(flood), "--csv"))))
    figures = " | ".join(r["value"] for r in differ if r["kind"] == "figure")
    assert "120" in figures and "140" in figures  # 120 homes vs some 140
    assert all(r["article_id"] and r["sentence"] for r in differ)
    quotes = list(csv.DictReader(io.StringIO(_run(db, "quotes", "--min-outlets", "2", "--csv"))))
    assert any("pumps would hold" in q["text"] and q["outlet"] == "Nordic Wire" for q in quotes)
    out = tmp_path / "one.html"
    assert "(1 stories)" in _run(db, "report", "--story", str(flood), "--out", str(out))
    page = out.read_text()
    assert "Osterby" in page and "rail fares" not in page


# A one-day slip told by weekdays: the confidence model (trained on first runs, where such
# slips were mostly zones and publication days) holds it back as possible.
STRIKE_A = """Title: Port of Halden strike ends with pay deal
Outlet: Halden Post
Published: 2026-10-12

Dockworkers at the Port of Halden ended a nine-day strike on Sunday after the union accepted a pay offer. The deal covers about 1,200 workers and raises wages by 6 percent over two years, union leader Mats Berg said. Cargo handling resumed on Monday morning.
"""
STRIKE_B = """Title: Halden dockworkers return after deal
Outlet: Nordic Wire
Published: 2026-10-12

The nine-day dockworkers' strike at the Port of Halden ended on Monday when the union accepted the employers' offer, which covers 1,180 workers and raises wages by 6 percent over two years, union leader Mats Berg said. Cargo handling resumed on Tuesday.
"""


def test_discrepancies_with_the_held_back_candidates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STRIKE_A)
    (tmp_path / "b.txt").write_text(STRIKE_B)
    db = str(tmp_path / "strike.db")
    CliRunner().invoke(app, ["--db", db, "ingest", str(tmp_path), "--no-fetch", "--json"])
    shown = json.loads(_run(db, "discrepancies", "--json"))
    every = json.loads(_run(db, "discrepancies", "--json", "--possible"))
    brief = json.loads(_run(db, "brief", "1", "--format", "json"))
    assert [{k: v for k, v in d.items() if k != "held_back"} for d in every
            if not d["held_back"]] == shown
    held = [d for d in every if d["held_back"]]
    assert held and [d["about"] for d in held] == [
        d["about"] for d in brief["possible_discrepancies"]]
    assert all(d["confidence"] < 0.5 for d in held)
    assert "possible: date" in _run(db, "discrepancies", "--possible")
    rows = list(csv.DictReader(io.StringIO(_run(db, "discrepancies", "--csv", "--possible"))))
    assert sum(r["held_back"] == "true" for r in rows) == sum(
        len(v["citations"]) for d in held for v in d["values"])
    assert "held_back" not in _run(db, "discrepancies", "--csv").splitlines()[0]


@pytest.fixture(scope="module")
def held_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The strike (its one candidate, the weekday slip, held back at the model's
    threshold) and the flood (120 vs some 140 homes, shown) as two stories."""
    folder = tmp_path_factory.mktemp("held") / "news"
    folder.mkdir()
    for name, text in (("a.txt", STRIKE_A), ("b.txt", STRIKE_B), ("c.txt", FLOOD_A),
                       ("d.txt", FLOOD_B)):
        (folder / name).write_text(text, encoding="utf-8")
    path = str(folder.parent / "held.db")
    result = CliRunner().invoke(app, ["--db", path, "ingest", str(folder), "--no-fetch"])
    assert result.exit_code == 0, result.output
    return path


def _listed(db: str, *args: str, env: str | None = None) -> list[tuple[str, bool]]:
    """(kind, held back) of every candidate ``discrepancies --possible`` lists."""
    result = CliRunner().invoke(app, ["--db", db, "discrepancies", "--json", "--possible", *args],
                                env={"STORYLINE_MIN_CONFIDENCE": env})
    assert result.exit_code == 0, result.output
    return sorted((d["kind"], d["held_back"]) for d in json.loads(result.stdout))


def test_min_confidence_sets_which_candidates_are_held_back(held_db: str, tmp_path: Path) -> None:
    ids = {s["title"]: s["id"] for s in json.loads(_run(held_db, "stories", "--json"))}
    strike = str(ids["Port of Halden strike ends with pay deal"])
    flood = str(ids["Flood barrier fails at Osterby"])

    # At the model's threshold the weekday slip is held back and the homes are shown.
    model = json.loads(_run(held_db, "brief", strike, "--format", "json"))
    (slip,) = model["possible_discrepancies"]
    assert slip["kind"] == "date" and slip["confidence"] < 0.5 and model["discrepancies"] == []
    assert _listed(held_db) == [("date", True), ("figure", False)]
    assert _listed(held_db, "--min-confidence", "model", env="0") == _listed(held_db)

    # 0: every candidate is a disagreement.
    none_held = json.loads(_run(held_db, "brief", strike, "--format", "json",
                                "--min-confidence", "0"))
    assert none_held["possible_discrepancies"] == []
    assert [d["about"] for d in none_held["discrepancies"]] == [slip["about"]]
    assert _listed(held_db, "--min-confidence", "0") == [("date", False), ("figure", False)]
    assert _listed(held_db, env="0") == [("date", False), ("figure", False)]
    assert _listed(held_db, "--min-confidence", "0", env="0.99") == _listed(held_db, env="0")

    # 0.99: more are held back (the homes too).
    strict = json.loads(_run(held_db, "brief", flood, "--format", "json",
                             "--min-confidence", "0.99"))
    assert strict["discrepancies"] == []
    assert [d["about"] for d in strict["possible_discrepancies"]] == ["homes"]
    assert _listed(held_db, "--min-confidence", "0.99") == [("date", True), ("figure", True)]
    shown = json.loads(_run(held_db, "discrepancies", "--json", "--min-confidence", "0.99"))
    assert shown == []

    # The HTML report shows the held-back candidates apart, under the same threshold.
    page = tmp_path / "report.html"
    _run(held_db, "report", "--story", strike, "--out", str(page))
    assert "Possible, held back" in page.read_text()
    _run(held_db, "report", "--story", strike, "--out", str(page), "--min-confidence", "0")
    assert "Possible, held back" not in page.read_text()
