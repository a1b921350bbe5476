"""What a figure measures: the noun a number is about.

From a spaCy dependency parse when one is given ("tariffs of more than 100%" -> "tariffs",
"a 90-day tariff suspension" -> "tariff suspension", "cut its growth forecast by 0.4 points"
-> "growth forecast"), else from the words next to the number.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.records import Figure

_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_STOP = {
    "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
    "the", "a", "an", "is", "was", "were", "are", "be", "been", "has", "had", "have", "that",
    "which", "who", "this", "it", "its", "their", "more", "less", "per", "said", "while",
    "after", "before", "into", "over", "under", "will", "would", "could", "can", "may", "if",
    "but", "so", "also", "each", "across", "since", "until", "during", "last", "next",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "ago",
    "earlier", "later", "now", "then", "there", "here", "when", "where", "because",
}  # fmt: skip
_SCALE_WORDS = {"k", "m", "mn", "mln", "b", "bn", "bln", "tn", "trn", "thousand", "million",
                "billion", "trillion", "%", "percent"}
_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "conj"}
_WORD = re.compile(r"\s*-?\s*([A-Za-z][a-z]+)")


def _phrase(tok: Any, skip: range) -> str:
    """A noun with the nouns and adjectives right in front of it ("military aid", "growth
    forecast"), minus anything in the figure."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        modifier = (prev.dep_ == "compound" and prev.pos_ in _NOUNS) or (
            prev.dep_ == "amod" and prev.pos_ == "ADJ"
        )
        if not modifier or prev.head.i not in range(start, tok.i + 1) or prev.i in skip:
            break
        start -= 1
    words = list(tok.doc[start : tok.i + 1])
    text = " ".join(t.text for t in words)
    if words[0].pos_ != "PROPN" and words[0].is_sent_start:
        text = text[:1].lower() + text[1:]
    return text


def _prep_object(tok: Any, preps: tuple[str, ...] = ("of",)) -> Any | None:
    """The object of a preposition after ``tok``: "two days of talks" -> "talks"."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in _NOUNS:
                    return obj
    return None


def _argument(verb: Any, exclude: Any, skip: range) -> Any | None:
    """The thing a verb's figure is about: its object, else its subject."""
    for deps in (("dobj",), ("nsubjpass",), ("nsubj",)):
        for child in verb.children:
            if (
                child.dep_ in deps
                and child is not exclude
                and child.i not in skip
                and child.pos_ in _NOUNS
            ):
                return child
    return None


def about_from_doc(doc: Any, fig: Figure, text: str) -> str | None:
    """The noun a figure measures, read from the dependency parse of ``doc``."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    skip = range(span.start, span.end)
    tok = span.root
    if fig.kind == "money":
        obj = _prep_object(tok, ("in", "for", "of"))
        if obj is not None:  # "$6bn in military aid", "$2m for repairs", "¥500bn of bonds"
            return _phrase(obj, skip)
    last = span[-1]
    if last.pos_ in _NOUNS or fig.kind == "percent":
        obj = _prep_object(last)
        if obj is not None:  # "two days of talks", "two-thirds of the delegates"
            return _phrase(obj, skip)
    if fig.kind == "count" and tok.i == span.end - 1 and tok.pos_ in _NOUNS:
        return _phrase(tok, range(0))  # "30 people": the unit is what is counted
    for _ in range(3):
        head = tok.head
        if head is tok:
            return None
        if head.is_currency or head.lower_ in _SCALE_WORDS:
            tok = head  # "£1.5 million": the scale word is part of the amount
            continue
        if tok.dep_ in ("conj", "appos"):  # "€3.2m and £1.5 million": about what the first is
            tok = head
            continue
        # (a number's head standing as an argument is a noun, whatever its tag: "a €1.49
        # billion fine imposed on …" with "fine" tagged an adjective)
        nounlike = head.pos_ in _NOUNS or (tok.dep_ == "nummod" and head.dep_ in _ARGUMENTS)
        if tok.dep_ in ("nummod", "amod", "compound", "nmod", "quantmod", "npadvmod") and (
            nounlike and head.i not in skip
        ):
            return _phrase(head, skip)
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            governor = head.head
            if governor.pos_ in _NOUNS and governor.i not in skip:
                return _phrase(governor, skip)
            if governor.pos_ in _VERBS:
                arg = _argument(governor, None, skip)
                return _phrase(arg, skip) if arg is not None else None
            tok = governor
            continue
        if head.pos_ in _VERBS:
            arg = _argument(head, tok, skip)
            return _phrase(arg, skip) if arg is not None else None
        tok = head
    return None


_BOUND_TAIL = re.compile(
    r"\b([A-Za-z][a-z]+)\s+of\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|up\s+to\s+|"
    r"about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?$"
)


def about_from_text(text: str, fig: Figure) -> str | None:
    """Nearby-noun heuristic: "100% tariffs", "a 90-day tariff suspension", "tariffs of 25%"."""
    words: list[str] = []
    pos = fig.end
    while len(words) < 2:
        m = _WORD.match(text, pos)
        if not m or m.group(1).lower() in _STOP:
            break
        words.append(m.group(1))
        pos = m.end()
    if words:
        return " ".join(words)
    m = _BOUND_TAIL.search(text[max(0, fig.start - 60) : fig.start])
    if m and m.group(1).lower() not in _STOP:
        return m.group(1)
    return None
