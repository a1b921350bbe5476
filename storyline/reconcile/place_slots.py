"""One statement, two places: "the suspect was stopped on Interstate 75 in Saginaw" in one
outlet and "… on Interstate 75 in Flint" in another.

Like ``role_names`` for people: two alike sentences of different independent outlets
(TF-IDF cosine at least ``statement_similarity``) are aligned word by word; where they
differ only in the words of a place the named-entity tagger marks in each (GPE, LOC,
FAC), with equal words before it (at least ``statement_anchor_words``, a content word
among the last twice as many: "on Interstate 75 in …") and after it, the outlets put the
same happening in different places: a ``place`` discrepancy.

Not a conflict: one place's words inside the other's ("Springfield" / "Springfield,
Mo."); a place next to another in a list ("Saudi Arabia, Egypt, Italy"), where outlets
name different members; an article that names the other place anywhere (the story then
has both places, "from Saginaw to Flint", and the sentences may tell different legs); two
sentences dated clearly apart (``apart.days_apart``: "talks in Geneva on May 10" / "talks in
London on June 9", two rounds of one negotiation).
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict

from storyline import gazetteer

from .apart import days_apart
from .evidence import Doc
from .model import Citation, Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .statements import PLACES, statement_words, swap_discrepancies, swaps
from .text import STOP_WORDS, place_name, wordset

_ARTICLES = frozenset({"the", "a", "an"})
_MONTH = re.compile(r"\b(?:" + "|".join(calendar.month_name[1:]) + r")\b")


def _months(doc: Doc, sentence: int) -> set[str]:
    """The months the sentence's dates name ("on May 10": May), resolved or not."""
    return {m.group(0) for t in doc.times if t.sentence == sentence and t.type == "DATE"
            for m in _MONTH.finditer(t.text)}


def _dated_apart(da: Doc, sa: int, db: Doc, sb: int) -> bool:
    """Two sentences dated clearly apart: ``apart.days_apart``, or each names months and
    none in common (undated reports: "on May 10" / "on June 9")."""
    ma, mb = _months(da, sa), _months(db, sb)
    return bool(ma and mb and not ma & mb) or days_apart(da, sa, db, sb)


def _places(doc: Doc, sentence: int) -> list[tuple[str, list[str]]]:
    """(place as written, its folded words without a leading article) in the sentence."""
    out = []
    for e in doc.analysis.entities:
        if e.sentence == sentence and e.label in PLACES:
            words = statement_words(e.text)
            while words and words[0] in _ARTICLES:
                words = words[1:]
            if words and any(w not in STOP_WORDS and not w[0].isdigit() for w in words):
                out.append((e.text.strip(), words))
    return out


def _place(block: list[str], places: list[tuple[str, list[str]]]) -> str | None:
    """The place the replaced block names: all of its words, or all but the words of its
    kind the two places share ("Indian" of "the Indian Ocean" / "Pacific" of "the Pacific
    Ocean")."""
    block = [w for w in block if w not in _ARTICLES]
    for text, words in places:
        if block == words:
            return text
    for text, words in places:
        n = len(block)
        for k in range(len(words) - n + 1):
            if (n and words[k:k + n] == block
                    and all(w in _PLACE_KINDS for w in words[:k] + words[k + n:])):
                return text
    return None


def _listed(words: list[str], start: int, end: int, places: list[tuple[str, list[str]]],
            own: str) -> bool:
    """The place stands next to another place: one of a list ("Saudi Arabia, Egypt,
    Italy"), where outlets name different members, not different places of one thing."""
    others = {w for text, ws in places if text != own for w in ws}
    near = [words[start - 1]] if start > 0 else []
    near += [words[end]] if end < len(words) else []
    return any(w in others for w in near)


# Words that say what kind of place a name is, or where in it: "Kamchatka Peninsula" and
# "Kamchatka" are one place at two precisions.
_PLACE_KINDS = wordset(
    "peninsula province prefecture oblast governorate department region island islands city "
    "county district state coast bay sea gulf strait lake river "
    "ocean valley mountains far east west north south northern southern eastern western "
    "central upper lower greater")


def _mentions(doc: Doc, place: str, texts: dict[int, str]) -> bool:
    """Does the article name the place anywhere, whole or by the words of its name that
    are not its kind ("Kamchatka" of "Kamchatka Peninsula")? (``texts``: each article's
    words, made once per story, not once per compared pair.)"""
    if doc.order not in texts:
        texts[doc.order] = f" {' '.join(statement_words(doc.article.text))} "
    words = statement_words(place)
    core = [w for w in words if w.lower() not in _PLACE_KINDS]
    return (f" {' '.join(words)} " in texts[doc.order]
            or bool(core and len(core) < len(words)
                    and f" {' '.join(core)} " in texts[doc.order]))


def _within(town: str, country: str) -> bool:
    """Is the first place a town of the second, a country (by the GeoNames table)?"""
    iso = gazetteer.country_code(country)
    return iso is not None and iso in gazetteer.town_countries(town)


def place_slot_conflicts(docs: list[Doc], space: SentenceSpace,
                         options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Alike sentences of two outlets that differ only in the place they name."""
    found: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    anchor = options.statement_anchor_words
    held = {(d.order, s): _places(d, s) for d in docs for s in d.content}
    texts: dict[int, str] = {}
    for sw in swaps(docs, space, options, lambda d, s: bool(held[(d.order, s)]), 4):
        da, sa, db, sb, wa, wb = sw.da, sw.sa, sw.db, sw.sb, sw.wa, sw.wb
        places_a, places_b = held[(da.order, sa)], held[(db.order, sb)]
        pa, pb = _place(wa[sw.a0:sw.a1], places_a), _place(wb[sw.b0:sw.b1], places_b)
        if pa is None or pb is None:
            continue
        before = [w for w in sw.before if w not in _ARTICLES][-2 * anchor:]
        if len(before) < anchor or not any(
                w not in STOP_WORDS and len(w) > 2 and not w[0].isdigit() for w in before):
            continue
        if (_listed(wa, sw.a0, sw.a1, places_a, pa)
                or _listed(wb, sw.b0, sw.b1, places_b, pb)):
            continue
        fa, fb = set(statement_words(pa)), set(statement_words(pb))
        if fa <= fb or fb <= fa or _mentions(da, pb, texts) or _mentions(db, pa, texts):
            continue
        if place_name(pa) == place_name(pb):
            continue  # "exports to the U.S." / "exports to the USA": one country
        if _within(pa, pb) or _within(pb, pa):
            continue  # "a university in Almaty" / "a university in Kazakhstan": one place
            # at two precisions
        if _dated_apart(da, sa, db, sb):
            continue  # "talks in Geneva on May 10" / "talks in London on June 9": two rounds
        slot = " ".join(before)
        found[slot].setdefault(pa, []).append(da.cite(sa))
        found[slot].setdefault(pb, []).append(db.cite(sb))
    return swap_discrepancies(found, "place", "where: “{slot} …”", "place")

