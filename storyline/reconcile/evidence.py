"""The story's articles as reconciliation sees them: outlets, independence, citations.

A near-copy (``Assignment.copy_of`` naming another article of the story) is kept as
evidence but never counted as an independent outlet; two articles of one outlet count once.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import TypeVar
from urllib.parse import urlparse

from storyline.records import Analysis, Article, Assignment, Sentence, TimeExpr

from .model import Citation, Discrepancy, DiscrepancyValue, SourceArticle
from .text import fold

K = TypeVar("K")
V = TypeVar("V")

# Site furniture that is not news, whatever the outlet.
_BOILERPLATE = re.compile(
    r"\b(register or log ?in|log ?in to|sign up for|subscribe|newsletter|all rights reserved|"
    r"copyright|cookies?|click here|follow us|share this|post a comment|read more|"
    r"terms of (use|service)|privacy policy|"
    r"(?:posted|published|written) on behalf of|last updated)\b"
    # "Posted in Politics", "Posted by admin" open a page's line; "was posted on the
    # ministry's website at 5 p.m." is news
    r"|^\W*posted\s+(?:in|on|by)\b",
    re.I,
)
_TERMINAL = re.compile(r"[.!?\"”’')]\s*$")


@dataclass
class Doc:
    """One article of the story with its analysis and assignment."""

    article: Article
    analysis: Analysis
    assignment: Assignment | None
    outlet: str
    independent: bool = True
    order: int = 0  # position of the article in the story
    content: list[int] = field(default_factory=list)  # indexes of content sentences
    times: list[TimeExpr] = field(default_factory=list)  # may borrow values (see dates.py)
    assumed_date: str | None = None  # the story's date, for an article without one
    language: str | None = None  # set when the article is not in English

    @property
    def id(self) -> str:
        return self.article.id

    @functools.cached_property
    def published_at(self) -> dt.datetime | None:
        """The article's publication time (UTC when it gives no zone), None if unknown."""
        text = self.article.published
        if not text:
            return None
        try:
            when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)

    @functools.cached_property
    def folded_text(self) -> str:
        """The article text as ``fold`` gives it, made once: several rules search the
        other articles' whole text for each sentence."""
        return fold(self.article.text)

    def sentence(self, index: int) -> Sentence | None:
        """The sentence of that index (its position in the list, when they agree)."""
        sents = self.analysis.sentences
        if 0 <= index < len(sents) and sents[index].index == index:
            return sents[index]
        return next((x for x in sents if x.index == index), None)

    def sentence_text(self, index: int) -> str:
        """The sentence as it appears in the article text ("" for an unknown index)."""
        s = self.sentence(index)
        if s is None:
            return ""
        text = s.text.strip()
        if text and text in self.article.text:
            return text
        return self.article.text[s.start : s.end].strip() or text

    def cite(self, index: int) -> Citation:
        return Citation(
            article_id=self.article.id,
            external_id=self.article.external_id,
            sentence=self.sentence_text(index),
            outlet=self.outlet,
            sentence_index=index,
        )

    def position(self, index: int) -> float:
        """Relative position of a sentence among the content sentences (0 = lead)."""
        if index in self.content and len(self.content) > 1:
            return self.content.index(index) / (len(self.content) - 1)
        return 1.0 if self.content else 0.0

    def source_article(self) -> SourceArticle:
        a = self.article
        copy_of = self.assignment.copy_of if self.assignment else None
        return SourceArticle(
            id=a.id,
            external_id=a.external_id,
            outlet=self.outlet,
            title=a.title,
            url=a.url,
            published=a.published,
            reference_date=self.analysis.reference_date or a.published_date,
            reference_inferred=self.analysis.reference_from == "text"
            or a.published_from == "text",
            copy_of=copy_of,
            independent=self.independent,
            sentences=len(self.content),
            language=self.language,
        )


def outlet_label(article: Article) -> str:
    """The outlet's name, else the URL's host, else a label naming the article."""
    if article.outlet and article.outlet.strip():
        return article.outlet.strip()
    if article.url:
        host = urlparse(article.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    where = article.external_id
    if not where and article.source and "://" not in article.source:
        where = PurePath(article.source.split(" ")[0]).name  # the file it was read from
    return f"unnamed source ({where or article.id})"


def is_content(text: str) -> bool:
    """A sentence that states something: not a heading, a fragment or site furniture."""
    words = text.split()
    if len(words) < 4 or not re.search(r"[A-Za-z]", text):
        return False
    if len(words) == 4 and not (_TERMINAL.search(text) and words[0][:1].isupper()
                                and words[-1][:1].islower()):
        return False  # four words: only a whole statement ("Lady Justice Ashworth dissented.")
    if _BOILERPLATE.search(text) and len(words) < 25:
        return False
    if _TERMINAL.search(text):
        return True
    # Headings and bullet fragments: short, or Title Case, without closing punctuation.
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    return len(words) >= 12 and capitalised < 0.6


def build_docs(items: Iterable[tuple[Article, Analysis, Assignment | None]]) -> list[Doc]:
    """Wrap the story's items; decide which are independent (copies are not)."""
    # Here, not at the top: importing storyline.sources (fetching, readers) costs a read
    # command such as `brief` ~0.2 s it does not otherwise need.
    from storyline.sources.language import is_foreign

    docs = []
    for order, (article, analysis, assignment) in enumerate(items):
        language = is_foreign(article.text)
        if language:
            # An article in another language keeps its place in the story, but English
            # extraction (people, quotes, figures, dates, claims) is not run on it.
            analysis = replace(analysis, people=[], quotes=[], figures=[], times=[])
        doc = Doc(article, analysis, assignment, outlet_label(article), order=order,
                  times=list(analysis.times), language=language)
        doc.content = [] if language else [
            s.index for s in analysis.sentences if is_content(doc.sentence_text(s.index))
        ]
        docs.append(doc)
    ids = {d.id for d in docs}
    for d in docs:
        copy_of = d.assignment.copy_of if d.assignment else None
        # A copy of something outside the story is the only trace of its original here.
        d.independent = not (copy_of and copy_of in ids and copy_of != d.id)
    return docs


def past_year_sentences(doc: Doc) -> frozenset[int]:
    """The sentences that date themselves only to years before the report's (its
    publication year, else the latest year the article names): their tolls and places are
    of past happenings. Read once per article."""
    published = doc.published_at
    now = published.year if published is not None else max(
        (int(t.value[:4]) for t in doc.times if t.value and t.value[:4].isdigit()), default=0)
    return frozenset(s for s, years in _sentence_years(doc).items() if max(years) < now)


def _sentence_years(doc: Doc) -> dict[int, list[int]]:
    """Sentence -> the years its dates name."""
    out: dict[int, list[int]] = {}
    for t in doc.times:
        if t.type == "DATE" and t.value and t.value[:4].isdigit():
            out.setdefault(t.sentence, []).append(int(t.value[:4]))
    return out


def future_year_sentences(doc: Doc) -> frozenset[int]:
    """The sentences that date themselves only to years after the report's publication
    year ("Illapa-3, a larger vehicle, is pencilled in for 2027"): plans, not this story's
    happening."""
    published = doc.published_at
    if published is None:
        return frozenset()
    return frozenset(s for s, years in _sentence_years(doc).items()
                     if min(years) > published.year)


def outlet_pairs(docs: list[Doc]) -> Iterator[tuple[Doc, Doc]]:
    """Each pair of independent articles from two different outlets, in story order: the
    pairs whose differences can be a disagreement between outlets."""
    for n, da in enumerate(docs):
        for db in docs[n + 1:]:
            if da.outlet != db.outlet and da.independent and db.independent:
                yield da, db


def independent_outlets(docs: Iterable[Doc]) -> list[str]:
    """Distinct outlets among the independent articles, in story order."""
    seen: list[str] = []
    for d in docs:
        if d.independent and d.outlet not in seen:
            seen.append(d.outlet)
    return seen


def outlets_of(docs: Iterable[Doc]) -> list[str]:
    seen: list[str] = []
    for d in docs:
        if d.outlet not in seen:
            seen.append(d.outlet)
    return seen


def told_two_ways(per_doc: Iterable[dict[K, set[V]]]) -> set[K]:
    """The keys (a thing, a day) every document gives at most one value of, and the
    documents exactly two values between them: one fact told two ways, not a listing or
    several things of one name."""
    values: dict[K, set[V]] = {}
    mixed: set[K] = set()
    for told in per_doc:
        for key, mine in told.items():
            values.setdefault(key, set()).update(mine)
            if len(mine) > 1:
                mixed.add(key)
    return {key for key, found in values.items() if len(found) == 2 and key not in mixed}


def dedupe_citations(citations: Iterable[Citation]) -> list[Citation]:
    seen: set[tuple[str, int, str]] = set()
    out = []
    for c in citations:
        key = (c.article_id, c.sentence_index, c.sentence)
        if key not in seen and c.sentence:
            seen.add(key)
            out.append(c)
    return out


Told = TypeVar("Told", bound=tuple)  # (value, sentence index, the value as shown, …)


def one_each(xs: list[Told], ys: list[Told]) -> tuple[Told, Told] | None:
    """Each outlet's one value (the first element of its tuples), when each article gives
    exactly one (several values of one thing tell several things, never a conflict)."""
    if len({x[0] for x in xs}) != 1 or len({y[0] for y in ys}) != 1:
        return None
    return xs[0], ys[0]


def named_pairs(xs: Sequence[AbstractSet[str]], ys: Sequence[AbstractSet[str]]
                ) -> list[tuple[int, int]]:
    """Pairs (i, j) of two articles' items whose words share one that no other item of
    either article has: one thing named alike by both ("sworn", "refunds"), however many
    things each tells."""
    out = []
    for i, wa in enumerate(xs):
        for j, wb in enumerate(ys):
            own = set(wa) & set(wb)
            own -= {w for k, ws in enumerate(xs) if k != i for w in ws}
            own -= {w for k, ws in enumerate(ys) if k != j for w in ws}
            if own:
                out.append((i, j))
    return out


def two_outlets(kind: str, about: str, told: tuple[Doc, int, str], other: tuple[Doc, int, str],
                note: str) -> Discrepancy:
    """A discrepancy of two outlets' values, each cited by its sentence: (article, sentence
    index, the value as shown) for each side."""
    return Discrepancy(kind=kind, about=about, note=note, values=[
        DiscrepancyValue(value, dedupe_citations([doc.cite(index)]))
        for doc, index, value in (told, other)])


class UnionFind:
    """Disjoint sets over 0..n-1, for grouping linked items."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """The sets, each in index order, ordered by their first index."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
