"""The backfill: units → Parquet shards on an engine → the store, with the same stories as
``ingest``; resumable after a kill; filters; Ray Data on WARC files, on a real one-node
Ray cluster that ``ray.init`` starts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from clitools import cli
from test_backfill_corpus import ARTICLES, write_jsonl, write_warc
from typer.testing import CliRunner

from storyline.backfill.analyse import FilterOptions, filter_reason
from storyline.cli import app
from storyline.records import Article


def stories(db: Path | str) -> list[dict[str, Any]]:
    result = cli(db, "stories", "--json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_filters_drop_short_and_non_english_articles_and_keep_the_rest() -> None:
    news = Article(text=ARTICLES[0]["text"])
    assert filter_reason(news, FilterOptions()) is None
    assert filter_reason(news, FilterOptions(min_words=80, english_only=True)) is None
    stub = Article(text="Subscribe to read this article. Already a member? Log in.")
    assert filter_reason(stub, FilterOptions(min_words=80)) == "fewer than 80 words"
    german = Article(text=(
        "Der Stadtrat von Lissabon hat die Brücke am Montag für schwere Lastwagen gesperrt, "
        "nachdem Ingenieure Korrosion an zwei Tragseilen gefunden hatten. Lastwagen über "
        "zwölf Tonnen müssen nun einen Umweg von etwa zwanzig Kilometern fahren."
    ))
    assert filter_reason(german, FilterOptions(english_only=True)) == "not English"


def test_local_backfill_gives_the_stories_of_ingest_and_a_rerun_stores_nothing(
    tmp_path: Path,
) -> None:
    inputs = [
        str(write_jsonl(tmp_path / f"part{i}.jsonl", ARTICLES[i::3])) for i in range(3)
    ]
    (tmp_path / "broken.jsonl").write_text('{"title": "no text"}\nnot json\n')
    inputs.append(str(tmp_path / "broken.jsonl"))
    assert cli(tmp_path / "ingest.db", "ingest", *inputs).exit_code == 0

    out = tmp_path / "shards"
    only = cli(tmp_path / "backfill.db", "backfill", *inputs, "--engine", "local",
               "--workers", "1", "--out", str(out), "--no-load", "--json")
    assert json.loads(only.stdout)["stored"] == 0 and stories(tmp_path / "backfill.db") == []
    result = cli(tmp_path / "backfill.db", "backfill", *inputs, "--engine", "local",
                 "--workers", "1", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["units"] == 4 and summary["units_resumed"] == 4
    assert summary["stored"] == len(ARTICLES) and summary["duplicates"] == 0
    assert sum(summary["rejected"].values()) == 2
    assert summary["stories_touched"] == 3
    assert len(list(out.glob("*.parquet"))) == 4 and len(list(out.glob("*.done"))) == 4
    assert stories(tmp_path / "backfill.db") == stories(tmp_path / "ingest.db")

    again = json.loads(cli(tmp_path / "backfill.db", "backfill", *inputs, "--out", str(out),
                           "--json").stdout)
    assert again["units_loaded_before"] == 4 and again["stored"] == 0
    assert stories(tmp_path / "backfill.db") == stories(tmp_path / "ingest.db")
    # The same shards feed another database without analysing anything again.
    other = json.loads(cli(tmp_path / "other.db", "backfill", *inputs, "--out", str(out),
                           "--json").stdout)
    assert other["units_resumed"] == 4 and other["units_analysed"] == 0
    assert stories(tmp_path / "other.db") == stories(tmp_path / "ingest.db")


def test_backfill_refuses_stdin_and_fails_when_nothing_is_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "backfill", "-",
                                      "--out", str(tmp_path / "stdin-shards")])
    assert result.exit_code != 0
    assert "not stdin" in str(result.exception) or "not stdin" in result.output
    assert not (tmp_path / "stdin-shards").exists()
    missing = cli(tmp_path / "x.db", "backfill", str(tmp_path / "nope.warc.gz"), "--out",
                  str(tmp_path / "shards"), "--json")
    assert missing.exit_code == 1
    assert sum(json.loads(missing.stdout)["rejected"].values()) == 1


def test_a_killed_backfill_resumes_without_storing_anything_twice(tmp_path: Path) -> None:
    inputs = []
    for i, article in enumerate(ARTICLES):
        inputs.append(str(write_jsonl(tmp_path / f"unit{i}.jsonl", [article])))
    out = tmp_path / "shards"
    db = tmp_path / "b.db"
    cmd = [sys.executable, "-m", "storyline", "--db", str(db), "backfill", *inputs,
           "--workers", "1", "--out", str(out), "--json"]
    env = {**os.environ, "STORYLINE_DB": str(db)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    while not list(out.glob("*.done")) and time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # mid-run: after the first unit, before the rest
    proc.wait()
    done_at_kill = len(list(out.glob("*.done")))
    assert 1 <= done_at_kill < len(inputs), "the backfill was not stopped mid-run"

    result = cli(db, "backfill", *inputs, "--workers", "1", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["units_resumed"] + summary["units_loaded_before"] >= done_at_kill
    assert summary["units_analysed"] <= len(inputs) - done_at_kill

    assert cli(tmp_path / "ingest.db", "ingest", *inputs).exit_code == 0
    assert stories(db) == stories(tmp_path / "ingest.db")
    listed = [a["id"] for s in stories(db) for a in s["articles"]]
    assert len(listed) == len(set(listed)) == len(ARTICLES)


def test_ray_backfill_of_warc_files_gives_the_stories_of_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ray", reason="Ray is not installed (storyline[backfill])")
    monkeypatch.chdir(tmp_path)  # relative paths, as a user types them
    write_warc(tmp_path / "CC-NEWS-0001.warc.gz", ARTICLES[:4])
    write_warc(tmp_path / "CC-NEWS-0002.warc.gz", ARTICLES[4:])
    warcs = ["CC-NEWS-0001.warc.gz", "CC-NEWS-0002.warc.gz"]
    assert cli(tmp_path / "ingest.db", "ingest", *warcs).exit_code == 0
    result = cli(tmp_path / "ray.db", "backfill", *warcs, "--engine", "ray", "--workers", "1",
                 "--out", "shards", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["units_analysed"] == 2 and summary["stored"] == len(ARTICLES)
    got = stories(tmp_path / "ray.db")
    assert got == stories(tmp_path / "ingest.db")
    assert sorted(len(s["articles"]) for s in got) == [2, 2, 3]
