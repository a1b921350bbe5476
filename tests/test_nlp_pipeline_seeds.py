"""The user's two example articles (read from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.nlp import analyze
from storyline.records import Analysis, Article, Person, Quote

pytestmark = pytest.mark.slow


def _read(path: Path) -> Article:
    try:
        from storyline.sources import read_source
    except ImportError:
        return Article(text=path.read_text(encoding="utf-8"), source=str(path))
    result = read_source(str(path), Settings())
    items = [result] if isinstance(result, Article) else list(result)
    articles = [a for a in items if isinstance(a, Article)]
    return articles[0] if articles else Article(text=path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Analysis]:
    return {
        p.name[:3]: analyze(_read(p)) for p in sorted(seeds_dir.glob("*.txt"))
    }


def person(a: Analysis, name: str) -> Person:
    found = [p for p in a.people if p.name == name]
    assert found, f"{name} not in {[p.name for p in a.people]}"
    return found[0]


def has_role(p: Person, words: str) -> bool:
    return any(words.lower() in r.text.lower() for r in p.roles)


def quote(a: Analysis, fragment: str) -> Quote:
    found = [q for q in a.quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r}"
    return found[0]


@pytest.mark.parametrize("key", ["000", "002"])
def test_seed_people_and_roles(seeds, key):
    a = seeds[key]
    assert has_role(person(a, "Howard Lutnick"), "Commerce Secretary")
    assert has_role(person(a, "He Lifeng"), "Vice Premier")
    li = person(a, "Li Chenggang")
    assert has_role(li, "vice commerce minister") or has_role(li, "Vice Minister of Commerce")
    assert has_role(person(a, "Wendy Cutler"), "trade negotiator")
    treasury = "Scott Bassant" if key == "000" else "Scott Bessent"
    assert has_role(person(a, treasury), "Treasury Secretary")
    person(a, "Donald Trump")
    person(a, "Xi Jinping")


@pytest.mark.parametrize("key", ["000", "002"])
def test_seed_trump_quote(seeds, key):
    q = quote(seeds[key], "If we don’t open")
    assert q.speaker == "Donald Trump"
    assert q.kind == "direct"


def test_seed_lutnick_and_cutler_quotes(seeds):
    a = seeds["002"]
    assert quote(a, "We had to clear the air").speaker == "Howard Lutnick"
    cutler = quote(a, "Thirty of the 90 days were lost")
    assert cutler.speaker == "Wendy Cutler"
    assert cutler.speaker_text == "she"


@pytest.mark.parametrize("key", ["000", "002"])
def test_seed_li_chenggang_in_principle_statement(seeds, key):
    q = quote(seeds[key], "principle")
    assert q.speaker == "Li Chenggang"
    assert q.kind == "indirect"
