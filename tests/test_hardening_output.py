"""Hardening, output: a bad --out is one line and a non-zero exit (no traceback, no work
wasted); written files are never half-written; Markdown cannot carry a live link."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.errors import StorylineError
from storyline.output import check_output_path, write_output

runner = CliRunner()


def one_line_error(result: object, *words: str) -> None:
    out = result.output  # type: ignore[attr-defined]
    assert result.exit_code == 1, out  # type: ignore[attr-defined]
    assert "Traceback" not in out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), out
    for word in words:
        assert word in lines[0], out


@pytest.mark.parametrize("command", [["brief", "1"], ["report"], ["demo"]])
def test_out_into_a_missing_folder_is_one_line(tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "no" / "such" / "out.html"
    result = runner.invoke(app, ["--db", str(tmp_path / "x.db"), *command, "--out", str(target)])
    one_line_error(result, "does not exist")
    assert not (tmp_path / "x.db").exists()  # failed before any work


@pytest.mark.parametrize("command", [["brief", "1"], ["report"]])
def test_out_to_a_folder_is_one_line(tmp_path: Path, command: list[str]) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "x.db"), *command, "--out", str(tmp_path)])
    one_line_error(result, "is a folder")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_out_to_a_full_device_is_one_line(tmp_path: Path) -> None:
    from storyline.store import open_store

    db = tmp_path / "x.db"
    open_store(db).close()  # an empty database: a report of no stories
    result = runner.invoke(app, ["--db", str(db), "report", "--out", "/dev/full"])
    one_line_error(result, "no space left on device")
    assert Path("/dev/full").is_char_device()  # written to, never replaced


def test_write_output_replaces_a_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o640)
    write_output(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary file left


def test_write_output_errors_name_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorylineError, match="is not a folder"):
        check_output_path(blocker / "out.md")
    with pytest.raises(StorylineError, match=re.escape(str(tmp_path))):
        write_output(tmp_path, "x")


def test_markdown_brief_neutralises_links(tmp_path: Path) -> None:
    from storyline import api
    from storyline.brief import render_markdown
    from storyline.config import Settings
    from storyline.store import open_store

    text = (
        "The port authority of Valmora said on Monday that the harbour would close for two "
        "weeks of repairs. Officials posted [the full notice](javascript:alert(document.cookie))"
        " and ![a map](http://tracker.example/pixel.png) on the council website, the mayor "
        "said in a statement to reporters."
    )
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "x", "title": "[Click](javascript:alert(1))",
                                  "outlet": "Valmora Post", "text": text}) + "\n")
    db = tmp_path / "s.db"
    store = open_store(db)
    try:
        report = api.ingest([str(source)], store, Settings(db=str(db), workers=1))
        md = render_markdown(api.story_brief(store, report.stories[0]))
    finally:
        store.close()
    assert "javascript:" in md  # the text is kept, as text
    assert not re.search(r"(?<!\\)\]\(", md), md  # no "](" that a viewer would make a link
