"""Test parts are for reading off a score, never for reading: no rule, comment, test, doc or
example in this repository may quote a document of a dataset's *test* part.

The check is mechanical: any run of eight words (lower-cased, punctuation dropped) shared
by a repository file and a test document fails, naming both. Eight words is long enough
that stock phrases ("by the end of the month", "said in a statement that") do not count,
short enough that a quoted sentence does. Skips when ../shared/data is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from storyline.evaluate.catxml import read_cat

ROOT = Path(__file__).resolve().parent.parent
N = 8
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = {".py", ".md", ".j2", ".txt", ".jsonl", ".json", ".html", ".rss", ".sh", ".toml"}


def _grams(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + N]) for i in range(len(words) - N + 1)}


def _test_documents(data: Path) -> Iterator[tuple[str, str]]:
    split = json.loads((data / "ecbplus" / "train_val_test_split.json").read_text())
    for topic in split["test"]:
        for p in sorted((data / "ecbplus" / "docs" / str(topic)).glob("*.xml")):
            yield f"ECB+ test {p.name}", " ".join(t.text for t in read_cat(p).tokens)
    # MEANTIME has no training part here: all of it is for reporting.
    for p in sorted((data / "meantime-en" / "intra_cross-doc_annotation").rglob("*.xml")):
        yield f"MEANTIME {p.name}", " ".join(t.text for t in read_cat(p).tokens)
    for p in sorted((data / "tempeval3" / "te3-platinum").glob("*.tml")):
        yield f"TempEval-3 platinum {p.name}", re.sub(r"<[^>]+>", " ", p.read_text())
    for p in sorted((data / "polnear" / "test" / "text").glob("*")):
        yield f"PolNeAR test {p.name}", p.read_text(errors="replace")


def _repository_files() -> Iterator[Path]:
    for base in ("storyline", "tests", "bench", "docs", "scripts"):
        for p in sorted((ROOT / base).rglob("*")):
            if p.is_file() and p.suffix in _SUFFIXES and "__pycache__" not in p.parts:
                yield p
    yield from (ROOT / name for name in ("README.md", "CHANGELOG.md") if (ROOT / name).exists())


def test_no_repository_file_quotes_a_test_document(data_dir: Path) -> None:
    owner: dict[str, str] = {}
    for name, text in _test_documents(data_dir):
        for gram in _grams(text):
            owner.setdefault(gram, name)
    assert len(owner) > 100_000  # the test parts were found and read
    quoted = []
    for path in _repository_files():
        for gram in _grams(path.read_text(errors="replace")) & owner.keys():
            quoted.append(f"{path.relative_to(ROOT)} quotes {owner[gram]}: {gram!r}")
    assert not quoted, "\n".join(sorted(quoted))
