"""Each cited sentence printed in full once per rendered brief.

A brief cites the same sentence from many places: a key point, the discrepancy it shows,
every person it names, the timeline entry it dates, the claim only one outlet makes. The
renderers walk the brief in reading order with a ``SentenceLedger``: the first place that
prints a sentence prints it in full (with a ``¶n`` label when it is printed again later),
and every later place names the outlet and points back to it (``see ¶n (key point 2)``; a
link in HTML). Only the rendering changes: the brief's JSON keeps every citation.

Sentences are told apart by their words (whitespace folded), so one sentence syndicated
word for word by two outlets is printed once too, each outlet still named where it is
cited.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Cite = Mapping[str, Any]

# Words an excerpt of an already printed sentence keeps (a shortened timeline entry or
# single-source line): enough to read what it is about around its date or detail.
EXCERPT_WORDS = 10
# A sentence this short is shown whole even where it was printed before: cutting it
# would leave too little to read.
SHORT_SENTENCE_WORDS = 5


def sentence_key(text: str) -> str:
    return " ".join(str(text).split())


def outlet_of(c: Cite) -> str:
    return str(c.get("outlet") or c.get("external_id") or c.get("article_id") or "")


@dataclass(frozen=True)
class Mention:
    """One place a sentence is cited: where it is printed in full, whether this place is
    that one, and its label ``¶n`` (``n`` > 0 only for a sentence printed more than once,
    numbered in reading order); ``anchor`` is the HTML id of the full printing."""

    n: int
    where: str
    first: bool
    labelled: bool
    anchor: str
    here: bool = False  # a later mention within the item that printed it ("the words above")
    item: int = 0  # the item (key point, person, timeline entry…) that printed it


def person_citations(person: Mapping[str, Any]) -> list[tuple[str | None, list[Cite]]]:
    """A person's roles (or, without roles, the person) with at most one sentence per
    outlet across them; a role whose outlets are all cited already keeps its first
    citation, so every line still points to a sentence."""
    roles = person.get("roles") or []
    groups = [(r.get("text"), list(r.get("citations") or [])) for r in roles] if roles else [
        (None, list(person.get("citations") or []))]
    seen: set[str] = set()
    out: list[tuple[str | None, list[Cite]]] = []
    for text, cites in groups:
        kept = []
        for c in cites:
            if outlet_of(c) not in seen:
                seen.add(outlet_of(c))
                kept.append(c)
        out.append((text, kept or cites[:1]))
    return out


def _headline_cites(text: str, citations: Sequence[Cite]) -> tuple[list[str], list[Cite]]:
    """The keys a headline text prints (itself and any cited sentence it contains) and the
    citations it does not print."""
    flat = sentence_key(text)
    inside = [c for c in citations
              if (key := sentence_key(c.get("sentence", ""))) and key in flat]
    keys = [flat, *(sentence_key(c["sentence"]) for c in inside)]
    return list(dict.fromkeys(k for k in keys if k)), [c for c in citations if c not in inside]


def printed_sentences(b: Mapping[str, Any]) -> Counter[str]:
    """How many places of a brief print each sentence (headline texts and citations), as a
    renderer that quoted everything in full would: the ledger labels those counted twice."""
    counts: Counter[str] = Counter()

    def headline(text: str, cites: Sequence[Cite]) -> None:
        keys, rest = _headline_cites(text, cites)
        counts.update(keys)
        cited(rest)

    def cited(cites: Iterable[Cite]) -> None:
        counts.update(sentence_key(c.get("sentence", "")) for c in cites)

    for k in b.get("key_points") or []:
        headline(k["text"], k.get("citations") or [])
    for d in [*(b.get("discrepancies") or []), *(b.get("possible_discrepancies") or [])]:
        cites = [c for v in d.get("values") or [] for c in v.get("citations") or []]
        if any(sentence_key(c["sentence"]) == sentence_key(d.get("about", "")) for c in cites):
            counts[sentence_key(d["about"])] += 1
        cited(cites)
    for p in b.get("people") or []:
        for _, cites in person_citations(p):
            cited(cites)
    for q in b.get("quotes") or []:
        for v in q.get("variants") or []:
            cited(v.get("citations") or [])
    for f in b.get("figures") or []:
        for v in f.get("values") or []:
            cited(v.get("citations") or [])
    for t in b.get("timeline") or []:
        headline(t["text"], t.get("citations") or [])
    for x in b.get("single_source") or []:
        headline(x["text"], x.get("citations") or [])
    for m in b.get("measures") or []:
        for e in m.get("events") or []:
            cited(e.get("citations") or [])
    counts.pop("", None)
    return counts


def excerpt(text: str, anchors: Iterable[str] = (), words: int = EXCERPT_WORDS) -> str:
    """A few words of an already printed sentence, around the first anchor it contains
    (a date expression, a detail), with ellipses where it is cut."""
    tokens = text.split()
    if len(tokens) <= SHORT_SENTENCE_WORDS:
        return " ".join(tokens)
    words = min(words, len(tokens) - 3)  # a short sentence still loses some words
    lowered = text.lower()
    start, span = 0, 0
    for anchor in anchors:
        at = lowered.find(str(anchor).lower()) if anchor else -1
        if at >= 0:
            start, span = len(text[:at].split()), len(str(anchor).split())
            break
    begin = max(0, start - 3)
    end = min(len(tokens), max(begin + words, start + span + 2))
    begin = max(0, min(begin, end - words))
    return ("…" if begin else "") + " ".join(tokens[begin:end]) + (
        "…" if end < len(tokens) else "")


class SentenceLedger:
    """Which sentences a rendering of one brief has printed in full, in reading order.

    ``prefix`` makes the HTML anchors unique when several briefs share a page.
    """

    def __init__(self, brief: Mapping[str, Any], prefix: str = "s") -> None:
        self._counts = printed_sentences(brief)
        self._printed: dict[str, Mention] = {}
        self._labels = 0
        self._item = 0
        self._prefix = prefix

    def _register(self, key: str, where: str) -> Mention:
        labelled = self._counts[key] > 1
        self._labels += labelled
        mention = Mention(n=self._labels if labelled else 0, where=where, first=True,
                          labelled=labelled, anchor=f"{self._prefix}-p{len(self._printed) + 1}",
                          item=self._item)
        self._printed[key] = mention
        return mention

    def _later(self, mention: Mention) -> Mention:
        return Mention(n=mention.n, where=mention.where, first=False,
                       labelled=mention.labelled, anchor=mention.anchor,
                       here=mention.item == self._item, item=mention.item)

    def item(self, where: str) -> str:
        """Start the next item (a key point, a person, a timeline entry…), named ``where``
        in the pointers of later items to the sentences it prints."""
        self._item += 1
        return where

    def cite(self, c: Cite, where: str) -> Mention:
        """A citation at ``where``: the first one of its sentence prints it in full."""
        key = sentence_key(c.get("sentence", ""))
        if key in self._printed:
            return self._later(self._printed[key])
        return self._register(key, where)

    def printed(self, sentence: str, where: str) -> Mention:
        """A sentence printed in full by other means (a side-by-side column)."""
        return self.cite({"sentence": sentence}, where)

    def headline(self, text: str, citations: Sequence[Cite], where: str,
                 anchors: Iterable[str] = (), keep: bool = False) -> tuple[str, Mention | None]:
        """An item's own text (a key point, a timeline entry, a claim one outlet makes):
        printed in full where first met and registered for the citations that repeat it;
        an excerpt and the earlier mention when every sentence it holds was printed
        (``keep``: in full all the same, for a key point on a page that shows it later)."""
        keys, _ = _headline_cites(text, citations)
        if not keys:
            return text, None
        if keys[0] in self._printed or (
                len(keys) > 1 and all(k in self._printed for k in keys[1:])):
            known = next(self._printed[k] for k in keys if k in self._printed)
            return text if keep else excerpt(text, anchors), self._later(known)
        first = None
        for key in keys:
            mention = self._printed.get(key) or self._register(key, where)
            first = first or mention
        return text, first

    @staticmethod
    def is_cited(text: str, citations: Sequence[Cite]) -> bool:
        """Whether ``text`` is, word for word, one of the cited sentences."""
        key = sentence_key(text)
        return any(sentence_key(c.get("sentence", "")) == key for c in citations)

    def mentions(self, citations: Sequence[Cite], where: str) -> Iterator[tuple[Cite, Mention]]:
        for c in citations:
            yield c, self.cite(c, where)
