"""Story assignment in time windows (``backfill --window-days``): windows with an overlap,
assigned in parallel, stitched, seams repaired — the stories of one sequential pass."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from clitools import cli
from test_backfill_corpus import ARTICLES, write_jsonl

from storyline.backfill.windows import (
    WindowOptions,
    assign_pairs,
    assign_windowed,
    bcubed_f1,
    partition,
    plan_windows,
)
from storyline.records import Analysis, Article

# More reports, written for this test: the lorry ban a week later (it crosses the seam
# between the first two 30-day windows) and unrelated events around it.
LATER = [
    {"outlet": "Alpine Wire", "title": "Lisbon keeps bridge closed to lorries",
     "published": "2025-03-10",
     "text": "Lisbon will keep the 25 de Abril bridge closed to lorries over 12 tonnes until "
             "the roads agency reports on the corroded suspension cables on 14 March, Mayor "
             "Carlos Moedas said on Monday. The hauliers' association ANTRAM said the detour "
             "over the Vasco da Gama bridge was costing members an hour on every delivery.",
     "url": "https://alpine.example/bridge"},
    {"outlet": "Civic Record", "title": "Orchestra strike cancels Vienna concerts",
     "published": "2025-03-08",
     "text": "Musicians of the Vienna Symphony walked out on Saturday over pay, cancelling "
             "four concerts at the Konzerthaus, their union said. The orchestra's manager "
             "Jan Nast said talks would resume on Wednesday and that ticket holders would be "
             "refunded. The players are asking for a 9 percent rise over two years.",
     "url": "https://civic.example/vienna"},
    {"outlet": "Harbour Post", "title": "Vienna Symphony musicians stage walkout",
     "published": "2025-03-09",
     "text": "Four Konzerthaus concerts were called off after the Vienna Symphony's musicians "
             "went on strike on Saturday, demanding a pay rise of 9 percent over two years. "
             "Manager Jan Nast said negotiations with the union would restart on Wednesday; "
             "tickets will be refunded.",
     "url": "https://harbour.example/vienna"},
    {"outlet": "Tagus Courier", "title": "Porto dockers end three-day strike",
     "published": "2025-03-06",
     "text": "Dockers at the port of Porto returned to work on Thursday after a three-day "
             "strike over night-shift rosters, the SEAL union said. Container ships had "
             "queued off Leixões since Monday. The port authority said 14 vessels would be "
             "unloaded by the weekend and that talks on rosters would continue in April.",
     "url": "https://tagus.example/porto"},
    {"outlet": "Meridian", "title": "Ljubljana approves new tram line",
     "published": "2025-03-11",
     "text": "Ljubljana city council approved a 7-kilometre tram line from the railway "
             "station to the BTC shopping district on Tuesday. Mayor Zoran Janković said "
             "construction would start in 2026 and cost 180 million euros, half of it from "
             "European funds. Opposition councillors said buses would have served as well.",
     "url": "https://meridian.example/tram"},
    {"outlet": "Harbour Post", "title": "Avalanche closes Brenner motorway",
     "published": "2025-03-12",
     "text": "An avalanche buried 200 metres of the Brenner motorway near Gries on Wednesday, "
             "closing the main road between Austria and Italy for six hours. No vehicles "
             "were hit, the Tyrol police said. Lorries were held at Kufstein until snow "
             "ploughs had cleared one lane in each direction by the evening.",
     "url": "https://harbour.example/brenner"},
]
CORPUS = ARTICLES + LATER


def article(row: dict[str, Any]) -> Article:
    return Article(text=row["text"], title=row["title"], outlet=row["outlet"],
                   published=row["published"], url=row["url"])


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Article, Analysis]]:
    from storyline.nlp import analyze_many

    articles = sorted((article(r) for r in CORPUS), key=lambda a: a.published or "")
    return list(zip(articles, analyze_many(articles), strict=True))


def test_windows_take_the_days_before_their_start_as_overlap() -> None:
    rows = [article(dict(r, published=p)) for r, p in zip(
        CORPUS, ["2025-01-01", "2025-01-21", "2025-01-25", "2025-02-03", "2025-02-28",
                 "2025-03-01", "2025-06-01", None, None, None, None, None, None],
        strict=True)]
    items = [(a, Analysis(a.id, "test")) for a in rows]
    windows = plan_windows(items, WindowOptions(days=30, overlap_days=10))
    assert [w.core for w in windows] == [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9, 10, 11, 12]]
    assert [w.overlap for w in windows] == [[], [1, 2], []]  # 2025-01-21 … 01-30
    assert plan_windows([], WindowOptions()) == []


def test_windowed_assignment_gives_the_sequential_stories(
    pairs: list[tuple[Article, Analysis]],
) -> None:
    sequential, _ = assign_pairs(pairs)
    options = WindowOptions(days=30, overlap_days=10)
    assert len(plan_windows(pairs, options)) >= 3
    one = assign_windowed(pairs, None, options, workers=1)
    assert one.windows >= 3 and one.linked >= 1  # the lorry ban crosses a seam
    assert partition(one.labels) == partition(sequential)
    assert bcubed_f1(one.labels, sequential) == 1.0
    two = assign_windowed(pairs, None, options, engine="local", workers=2)
    assert two.labels == one.labels
    by_title = {a.title: one.labels[a.id][0] for a, _ in pairs}
    assert by_title["Lisbon keeps bridge closed to lorries"] == by_title[
        "Lisbon bans lorries from 25 de Abril bridge"]


def test_a_shared_overlap_article_does_not_chain_stories() -> None:
    from storyline.backfill.windows import Window, _Stitch
    from storyline.stories import ClusterOptions

    rows = [Article(text=f"report {i}", published=f"2025-01-{i + 1:02d}") for i in range(6)]
    items = [(a, Analysis(a.id, "test")) for a in rows]
    days = [date(2025, 1, i + 1).toordinal() for i in range(6)]
    stitch = _Stitch(items, days, ClusterOptions(), WindowOptions(days=3, overlap_days=2))
    ids = [a.id for a in rows]
    stitch.add(Window(days[0], [0, 1, 2], []), {ids[0]: (1, 1, None), ids[1]: (1, 1, None),
                                                ids[2]: (2, 1, None)})
    # Window 2 put the two earlier stories' overlap articles together: its story joins
    # one of them (the one holding most of its overlap articles), never both.
    labels = {ids[1]: (7, 1, None), ids[2]: (7, 1, None), ids[3]: (7, 1, None),
              ids[4]: (8, 1, None), ids[5]: (8, 1, None)}
    stitch.add(Window(days[3], [3, 4, 5], [1, 2]), labels)
    final = stitch.renumbered()
    assert final[ids[0]][0] == final[ids[1]][0] != final[ids[2]][0]
    assert final[ids[3]][0] == final[ids[1]][0]  # the tie goes to the older story
    assert final[ids[4]][0] not in {final[ids[0]][0], final[ids[2]][0]}


def test_backfill_with_windows_gives_the_stories_of_ingest(tmp_path: Path) -> None:
    wire = str(write_jsonl(tmp_path / "wire.jsonl", CORPUS))
    plain, windowed = tmp_path / "plain.db", tmp_path / "windowed.db"
    assert cli(plain, "ingest", wire).exit_code == 0
    result = cli(windowed, "backfill", wire, "--workers", "1", "--window-days", "30",
                 "--out", str(tmp_path / "shards"), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["stored"] == len(CORPUS) and summary["windows"] >= 3

    def stories(db: Path) -> list[Any]:
        listed = json.loads(cli(db, "stories", "--json").stdout)
        return sorted(sorted(a["title"] for a in s["articles"]) for s in listed)

    assert stories(windowed) == stories(plain)
    # A later ingest continues the windowed database as any other.
    again = cli(windowed, "ingest", wire, "--json")
    assert again.exit_code == 0 and json.loads(again.stdout)["duplicates"] == len(CORPUS)
    # Windowed assignment starts a database; a non-empty one is refused in one line.
    refused = cli(plain, "backfill", wire, "--workers", "1", "--window-days", "30",
                  "--out", str(tmp_path / "shards2"))
    assert refused.exit_code != 0 and "windowed assignment starts an empty database" in \
        refused.output and "Traceback" not in refused.output
    assert not (tmp_path / "shards2").exists()  # refused before any analysis
    short = cli(tmp_path / "new.db", "backfill", wire, "--workers", "1", "--window-days",
                "7", "--out", str(tmp_path / "shards"))
    assert short.exit_code != 0 and "at least 20" in short.output
    assert "Traceback" not in short.output
