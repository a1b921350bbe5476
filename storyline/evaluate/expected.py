"""Reads ``examples/EXPECTED.md``: the example corpus's gold stories and planted
disagreements, in the line format documented at the top of that file.

    ## S1: title
    articles: a.txt, b.html, batch.jsonl#<id or url>, feed.rss#<guid>
    disagreements:
    - name: Canonical Name | Variant A (a.txt) | Variant B (b.html)
    - figure|quote|date: what | value (file) | value (file)
    - claim: file only | exact phrase from the claiming sentence
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatasetError


@dataclass
class Planted:
    kind: str  # name, figure, quote, date, claim
    about: str
    values: list[tuple[str, str]] = field(default_factory=list)  # (value, file ref)


@dataclass
class ExpectedStory:
    key: str  # "S1"
    title: str
    articles: list[str] = field(default_factory=list)  # "file" or "file#ref"
    planted: list[Planted] = field(default_factory=list)


_HEAD = re.compile(r"^##\s+(S\d+)\s*:\s*(.+)$")
_VALUE = re.compile(r"^(?P<value>.*?)\s*\((?P<ref>[^()]+)\)\s*$")


def parse_expected(path: Path) -> list[ExpectedStory]:
    if not path.exists():
        raise DatasetError(f"{path}: not found; the example corpus needs its EXPECTED.md")
    stories: list[ExpectedStory] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        head = _HEAD.match(line)
        if head:
            stories.append(ExpectedStory(head.group(1), head.group(2).strip()))
            continue
        if not stories:
            continue
        story = stories[-1]
        if line.lower().startswith("articles:"):
            story.articles = [a.strip() for a in line.split(":", 1)[1].split(",") if a.strip()]
        elif line.startswith("- ") and ":" in line:
            kind, rest = line[2:].split(":", 1)
            parts = [p.strip() for p in rest.split(" | ")]
            if len(parts) < 2:
                raise DatasetError(f"{path} line {lineno}: expected 'kind: about | value ...'")
            planted = Planted(kind.strip().lower(), parts[0])
            if planted.kind == "claim":
                ref = re.sub(r"\s+only$", "", parts[0])
                planted.values = [(" | ".join(parts[1:]), ref)]
            else:
                for part in parts[1:]:
                    m = _VALUE.match(part)
                    if not m:
                        raise DatasetError(f"{path} line {lineno}: value without (file): {part}")
                    planted.values.append((m["value"].strip().strip('"“”'), m["ref"].strip()))
            story.planted.append(planted)
    return stories
