"""One word swapped in one statement: a proper name spelt two ways, a month or a weekday.

"When Hurricane George destroyed the clinic in 1998" in one outlet and "When Hurricane
Georges destroyed the clinic in 1998" in another; "the rule was finalized in December" /
"the rule was finalized in January". Two alike sentences of different independent outlets
(TF-IDF cosine at least ``statement_similarity``) are aligned word by word
(``statements.swaps``); where they differ in exactly one word, with equal words on both
sides, that word is one slot filled two ways. Two slot kinds are reported:

- ``name``: both words are capitalised where they stand (not opening the sentence), at
  least ``word_slot_min_letters`` letters long, start with the same letter and are spelt
  alike (at most ``word_slot_max_edits`` edits apart, and the longer not twice as long) —
  one name spelt two ways, not two names. Not when either article writes the other
  outlet's form anywhere (the story then has both names: two people, two places).
- ``date``: both words are months, or both weekdays. Not when the word stands in a range
  or list ("from Monday to Wednesday", "in May and June": the word next to it is a
  conjunction, a range word or another month or weekday), nor when it dates a statement or
  a bound ("said on Friday", "by Monday"), nor when either article names
  the other month or weekday anywhere (the story then tells of both days), nor for
  weekdays of two reports published on different days (two time zones, or two weeks).

A name of several capitalised words ("Hurricane George" / "Hurricane Georges") equal but
for one word spelt alike is one name spelt two ways wherever each outlet writes it
(:func:`name_phrase_conflicts`). For both name rules, two national spellings of one word
("Centre"/"Center"), a plural inside a name ("Motion Pictures"), a derived word
("Zealander") and a word the story also writes in lower case (a common word) are no
disagreement.

Equal words before the slot must include a content word (at least
``statement_anchor_words`` words, as for numbers): "by Monday" alone is no statement.
Number words and ordinals are left to ``statements.number_slot_conflicts`` (which spells
number words as digits) and ``ordinals``.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from .evidence import Doc, outlet_pairs
from .model import Citation, Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import people_of
from .space import SentenceSpace
from .statements import statement_words, swap_discrepancies, swaps, uncovered
from .text import STOP_WORDS

_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)
# Words that put a month or weekday in a range or a list.
_RANGE = frozenset({"and", "or", "to", "through", "thru", "till", "until", "between",
                    "from", "nor", "either", "versus", "vs"})
# A day or month right after these dates a statement or bounds a state ("said Friday", "by
# Monday", "since March"), not the happening the sentence tells: outlets may give either.
_NOT_HAPPENING = frozenset({"said", "says", "told", "announced", "reported", "added",
                            "stated", "confirmed", "by", "since", "before", "till"})
# Surface words as ``statement_words`` sees them, to look up how each was written.
_SURFACE = re.compile(r"\d{1,2}:\d\d|\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+")


def _surface(doc: Doc, sentence: int, words: list[str]) -> list[str] | None:
    """The sentence's words as written, one for one with its statement words (None when
    the two do not line up, e.g. a number written in words)."""
    shown = _SURFACE.findall(doc.sentence_text(sentence))
    return shown if len(shown) == len(words) else None


# British and American spellings of one word ("Centre"/"Center", "Technicolour"/
# "Technicolor", "Recognised"/"Recognized", "Advisers"/"Advisors"): no disagreement.
_SPELLINGS = ((re.compile(r"our"), "or"),
              (re.compile(r"is(?=(?:e|ed|es|ing|ation|ations)$)"), "iz"),
              (re.compile(r"yse"), "yze"), (re.compile(r"(?<=[^aeiou])re(?=s?$)"), "er"),
              (re.compile(r"(?<=s)or(?=s?$)"), "er"), (re.compile(r"ogue$"), "og"),
              # an umlaut written out ("Duesseldorf" / "Düsseldorf", folded "dusseldorf")
              (re.compile(r"(?<=[a-z])([aou])e(?=[bcdfghjklmnpqrstvwxz])"), r"\1"))


def national_spelling(word: str) -> str:
    """A folded word in one national spelling ("colour" → "color", "organisation" →
    "organization"): two words of one key are one word spelt two ways, no disagreement."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


_ONE_OF = re.compile(r"\b(?:a|an|first|another|one|every|each|no|lone|sole|only)\s+$",
                     re.IGNORECASE)


def _one_member(doc: Doc, sentence: int, key: tuple[str | None, ...], word: str) -> bool:
    """Is the name, written with ``word`` in its open place, told as one of a kind ("a
    Liberal Democrat", "the first Liberal Democrat")?"""
    phrase = r"\s+".join(re.escape(word if k is None else k) for k in key)
    text = doc.sentence_text(sentence)
    return any(_ONE_OF.search(text[:m.start()])
               for m in re.finditer(phrase, text, re.IGNORECASE))


# The shape of a people's name, its plural the people ("Rican", "Salvadoran", "Zealander").
_DEMONYM = re.compile(r"(?:an|ian|er)$")


def _plural(x: str, y: str) -> bool:
    """One word the other's plural ("Hurricane"/"Hurricanes")."""
    short, long = sorted((x, y), key=len)
    return long in (short + "s", short + "es")


# Endings of one word's forms (a plural, an adjective).
_ENDINGS = frozenset({"", "s", "es", "ic", "ics", "ian", "ians"})
_ADJECTIVE_ENDINGS = frozenset({"ic", "ics", "ian", "ians"})


def _alike_spelling(x: str, y: str, options: ReconcileOptions) -> bool:
    """Two (folded) words spelt alike enough to be one name: same first letter, a few
    edits apart; not one the other with a suffix ("Zealand"/"Zealander": another word),
    nor two national spellings of one word."""
    if x == y or x[0] != y[0] or min(len(x), len(y)) < options.word_slot_min_letters:
        return False
    if max(len(x), len(y)) >= 2 * min(len(x), len(y)):
        return False
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and (len(long) - len(short) >= 2
                                   or long[len(short):] in ("n", "i")):
        return False  # a derived word ("Zealander", "Korean", "Israeli"), or a plural in "-es"
    if national_spelling(x) == national_spelling(y) or people_of(x, y):
        return False  # (nor a place and its people: "Islands" / "Islanders")
    shared = next((n for n, (a, b) in enumerate(zip(x, y, strict=False)) if a != b),
                  min(len(x), len(y)))
    endings = {x[shared:], y[shared:]}
    if shared >= 5 and endings <= _ENDINGS and endings & _ADJECTIVE_ENDINGS:
        return False  # a name's noun and adjective: "New Democrats" / "New Democratic Party"
        # (not a plural alone: "Hurricane George" / "Hurricane Georges" are two spellings)
    return Levenshtein.distance(x, y) <= options.word_slot_max_edits


def _common_words(docs: list[Doc]) -> set[str]:
    """Words the story's articles write in lower case: common words, not names."""
    return {w for d in docs for w in re.findall(r"(?<![\w'’])[a-z]+", d.article.text)}


def _anchored(before: list[str], anchor: int) -> bool:
    """Enough equal words before the slot, one of them a content word."""
    return len(before) >= anchor and any(
        w not in STOP_WORDS and len(w) > 2 and not w[0].isdigit() for w in before[-2 * anchor:])


def _listed(words: list[str], i: int, kinds: frozenset[str]) -> bool:
    """The word at ``i`` stands in a range or list (a range word or another member of its
    kind within two words: "Monday and Tuesday"), or dates a statement or a bound ("said
    on Friday", "by Monday")."""
    near = words[max(0, i - 2):i] + words[i + 1:i + 3]
    return (any(w in _RANGE or w in kinds for w in near)
            or any(w in _NOT_HAPPENING for w in words[max(0, i - 3):i]))


def word_slot_conflicts(docs: list[Doc], space: SentenceSpace,
                        options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Alike sentences of two outlets that differ in one proper name's spelling, one month
    or one weekday: ``name`` and ``date`` discrepancies; and names of several words spelt
    two ways (:func:`name_phrase_conflicts`) the alike sentences do not already show."""
    anchor = options.statement_anchor_words
    all_words = {d.order: set(statement_words(d.article.text)) for d in docs}
    common = _common_words(docs)
    names: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    dates: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    for sw in swaps(docs, space, options, lambda d, s: True, 1):
        if sw.a1 - sw.a0 != 1 or sw.b1 - sw.b0 != 1:
            continue
        x, y = sw.wa[sw.a0], sw.wb[sw.b0]
        if not (x.isalpha() and y.isalpha()) or not _anchored(sw.before, anchor):
            continue
        if y in all_words[sw.da.order] or x in all_words[sw.db.order]:
            continue  # an article writes both forms: two names, two days
        slot = " ".join(sw.before[-anchor:]) + " …"
        for kinds in (_MONTHS, _WEEKDAYS):
            if x in kinds and y in kinds:
                if _listed(sw.wa, sw.a0, kinds) or _listed(sw.wb, sw.b0, kinds):
                    break
                if kinds is _WEEKDAYS and _published_apart(sw.da, sw.db):
                    break
                found = dates[slot]
                found.setdefault(x.capitalize(), []).append(sw.da.cite(sw.sa))
                found.setdefault(y.capitalize(), []).append(sw.db.cite(sw.sb))
                break
        else:
            if not _alike_spelling(x, y, options) or _plural(x, y) or {x, y} & common:
                continue
            sa = _surface(sw.da, sw.sa, sw.wa)
            sb = _surface(sw.db, sw.sb, sw.wb)
            if sa is None or sb is None or sw.a0 == 0 or sw.b0 == 0:
                continue
            xa, yb = sa[sw.a0], sb[sw.b0]
            if not (xa[0].isupper() and yb[0].isupper()):
                continue
            if (len(xa) > 1 and xa.isupper()) != (len(yb) > 1 and yb.isupper()):
                continue  # an acronym against a name ("JAXA's" / "Japan's"): a body and
                # its country, not one name spelt two ways
            if x in _MONTHS | _WEEKDAYS or y in _MONTHS | _WEEKDAYS:
                continue
            found = names[slot]
            found.setdefault(xa, []).append(sw.da.cite(sw.sa))
            found.setdefault(yb, []).append(sw.db.cite(sw.sb))
    out = [*swap_discrepancies(names, "name", "the name in “{slot}”", "spelling of a name"),
           *swap_discrepancies(dates, "date", "when: “{slot}”", "month or weekday")]
    return [*out, *uncovered(name_phrase_conflicts(docs, options), out)]


def _published_apart(a: Doc, b: Doc) -> bool:
    """Two reports published on different days of their own calendars: a weekday each
    tells relative to its own day may be one moment seen from two time zones ("Tuesday"
    late in New York, "Wednesday" in Hong Kong), or a day of another week; the dated
    weekday rules (``weekdays``, ``date_conflicts``) compare such reports."""
    ta, tb = a.published_at, b.published_at
    return ta is not None and tb is not None and ta.date() != tb.date()


# A proper name of two or more capitalised words ("Hurricane Georges", "Young Guns").
_PHRASE = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s[A-Z][a-z]+)+(?![\w'’])")


def _phrases(doc: Doc, sentence: int) -> list[list[str]]:
    """The sentence's names of several capitalised words, the sentence's first word left out
    (capitalised for its place, not as a name)."""
    text = doc.sentence_text(sentence)
    first = re.match(r"\W*\w+", text)
    start = first.end() if first else 0
    return [m.group(0).split() for m in _PHRASE.finditer(text, start)]


def name_phrase_conflicts(docs: list[Doc],
                          options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Two outlets' names of several words that differ in one word spelt alike ("Hurricane
    George" / "Hurricane Georges"), the other words equal, one of them a content word of
    three letters or more: one name spelt two ways, wherever each outlet writes it."""
    all_words = {d.order: set(statement_words(d.article.text)) for d in docs}
    story_words = set().union(*all_words.values())
    common = _common_words(docs)
    held: dict[int, dict[tuple[str | None, ...], list[tuple[int, str]]]] = {}
    shown: dict[tuple[str | None, ...], str] = {}  # the name as first written, "Hurricane …"
    for d in docs:
        keys: dict[tuple[str | None, ...], list[tuple[int, str]]] = defaultdict(list)
        for s in d.content:
            for words in _phrases(d, s):
                for i, w in enumerate(words):
                    key = tuple(None if k == i else v.lower() for k, v in enumerate(words))
                    keys[key].append((s, w))
                    shown.setdefault(key, " ".join("…" if k == i else v
                                                   for k, v in enumerate(words)))
        held[d.order] = keys
    names: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    for da, db in outlet_pairs(docs):
        ka, kb = held[da.order], held[db.order]
        for key in ka.keys() & kb.keys():
            if not any(w and w not in STOP_WORDS and len(w) > 2 for w in key):
                continue
            for sa, x in ka[key]:
                for sb, y in kb[key]:
                    lx, ly = x.lower(), y.lower()
                    if not _alike_spelling(lx, ly, options) or {lx, ly} & common:
                        continue
                    if _plural(lx, ly) and key[-1] is not None:
                        continue  # a plural inside a name is grammar ("Motion Pictures")
                    if _plural(lx, ly) and (_one_member(da, sa, key, x)
                                            or _one_member(db, sb, key, y)
                                            or _DEMONYM.search(min(lx, ly, key=len))
                                            or min(lx, ly, key=len) + "ic" in story_words):
                        continue  # "the first Liberal Democrat to represent" / "The
                        # Liberal Democrats have won": a member of the party named; a
                        # people and its adjective ("all Costa Ricans" / "Costa Rican law");
                        # a party whose adjective the story writes ("the New Democrat won" /
                        # "the New Democrats" / "the New Democratic Party")
                    if ly in all_words[da.order] or lx in all_words[db.order]:
                        continue
                    if {lx, ly} & (_MONTHS | _WEEKDAYS):
                        continue
                    slot = shown[key]
                    names[slot].setdefault(x, []).append(da.cite(sa))
                    names[slot].setdefault(y, []).append(db.cite(sb))
    return swap_discrepancies(names, "name", "the name “{slot}”", "spelling of a name")
