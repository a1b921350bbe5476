"""A level moved from one value to another, told by two outlets (issue 11, recall).

"U.S. duties on Chinese imports will fall to 30% from 145%" and "the White House said it
would cut the levy on Chinese products to 40%, down from 145%" tell one move: both start
from 145%, and they disagree on where it ends. Each sentence holds two numbers of one unit
(a series), which ``figures`` never sets against another outlet's numbers; the words "from"
and "to" before them say which is the old level and which the new; a sentence of two clauses
("…to 30%, while Beijing will lower its levies to 10%") may tell a move in each. Two outlets'
moves of one thing (the abouts alike, or the sentences) in one direction, with the same old
level and different new ones — or the same new level and different old ones — disagree on
the other end, within ``ReconcileOptions.move_ratio``. A move told by its new level alone
after a verb of moving ("reduced the Dutch chipmaker's fine to €614 million") is set against
another outlet's whole move in the same direction ("cut … to 641 million euros from 872
million euros"), by the new level, when the verb reaches the level with "to" in one clause
and the two sentences date or count their moves alike (no "in May" against "on Thursday",
no "second cut" against a bare one). Not when either article gives the
other's value anywhere (two moves of one story: "from 145% to 30%" and "from 125% to 10%"),
when the two are aimed at two countries (``trade_targets``), or published weeks apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from storyline.records import Figure

from .evidence import Doc, dedupe_citations, outlet_pairs
from .figure_values import compatible_values, format_value, same_value, value_ratio
from .figures import about_key
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import fold
from .trade_targets import other_targets
from .units import unit_class

_KINDS = ("percent", "money")
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                        re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                          re.IGNORECASE)
_ABOUT_ALIKE = 80  # token-set similarity of two abouts naming one thing ("duties" / "levy")
_SENT_ALIKE = 0.3  # sentence similarity that names one thing when the abouts do not


@dataclass(frozen=True)
class Move:
    doc: Doc
    old: Figure | None  # None: only the new level told ("reduced the fine to €614 million")
    new: Figure
    down: bool  # the level fell
    when: frozenset[str]  # the words dating or counting it in its sentence (``_WHEN_WORDS``)


# A verb moving a level, just before a move told by its new level alone: its direction.
_DOWN_VERB = re.compile(r"\b(?:cut|cuts|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|"
                        r"slash(?:ed|es|ing)?|trim(?:med|s|ming)?|lopp?(?:ed)?|fell|fall(?:s|ing)?|"
                        r"dropp?(?:ed|s|ing)?|halv(?:e|ed|es|ing))\b", re.IGNORECASE)
_UP_VERB = re.compile(r"\b(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|lift(?:ed|s|ing)?|"
                      r"hik(?:e|ed|es|ing)|r(?:o|i)se|rising|doubl(?:e|ed|es|ing)|"
                      r"boost(?:ed|s|ing)?)\b", re.IGNORECASE)
_VERB_CHARS = 80  # how far before the new level its verb is read


# Where one clause of a sentence ends and another begins ("…to 30%, while Beijing will
# lower its levies to 10%"): each clause may tell a move of its own.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\bwhile\b|\bwhereas\b",
                           re.IGNORECASE)


def moves(doc: Doc) -> list[Move]:
    """Clauses holding exactly one "from" number and one "to" number of one unit (and no
    other number of it, unless the two stand side by side)."""
    text = doc.article.text
    by_clause: dict[tuple[int, int, str], list[tuple[str, Figure]]] = {}
    clause, last = 0, None
    for f in sorted(doc.analysis.figures, key=lambda g: g.start):
        if last is not None and (last.sentence != f.sentence
                                 or _CLAUSE_BREAK.search(text[last.end:f.start])):
            clause += 1
        last = f
        if f.kind not in _KINDS:
            continue
        before = text[max(0, f.start - 20):f.start]
        role = ("old" if _FROM_BEFORE.search(before) else
                "new" if _TO_BEFORE.search(before) else "other")
        by_clause.setdefault((f.sentence, clause, unit_class(f.unit)), []).append((role, f))
    out = []
    for items in by_clause.values():
        olds = [f for r, f in items if r == "old"]
        news = [f for r, f in items if r == "new"]
        if len(olds) == 1 and len(news) == 1 and olds[0].kind == news[0].kind and (
                len(items) == 2 or _side_by_side(text, olds[0], news[0])):
            out.append(Move(doc, olds[0], news[0], news[0].value < olds[0].value,
                            _when_words(doc, news[0])))
        elif len(items) == 2 and len(news) == 1 and (old := _object_level(text, items)):
            out.append(Move(doc, old, news[0], news[0].value < old.value,
                            _when_words(doc, news[0])))
        elif len(items) == 1 and len(news) == 1:
            # one number, the new level, after a verb saying which way it moved
            down = _direction(text[max(0, news[0].start - _VERB_CHARS):news[0].start])
            if down is not None:
                out.append(Move(doc, None, news[0], down, _when_words(doc, news[0])))
    return out


# The old level told as the moved thing itself, the verb's object: "cut the company's €1.6
# billion antitrust fine to €412 million" / "cut to 412 million euros ($479 million) a 1.06
# billion euro fine".
_OBJECT_BEFORE = re.compile(r"^\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'.-]+['’]s?\s+)?$",
                            re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:the|a|an|its|their)\s+$",
                           re.IGNORECASE)
_NEW_AFTER_OBJECT = re.compile(r"^[^.;,:\d]{1,60}\bto\s+(?:about\s+|around\s+|roughly\s+|"
                               r"nearly\s+)?$", re.IGNORECASE)


def _object_level(text: str, items: list[tuple[str, Figure]]) -> Figure | None:
    """The old level of a clause's move told as the moved thing (see ``_OBJECT_BEFORE``):
    right after the verb of moving, or right after the new level, and on the side of the
    new level the verb says (a cut ends lower)."""
    new = next(f for r, f in items if r == "new")
    other = next((f for r, f in items if r == "other"), None)
    if other is None or other.kind != new.kind or other.value_max or new.value_max:
        return None
    if other.start < new.start:
        head = text[max(0, other.start - _VERB_CHARS):other.start]
        verbs = [(m.end(), True) for m in _DOWN_VERB.finditer(head)]
        verbs += [(m.end(), False) for m in _UP_VERB.finditer(head)]
        if not verbs or not _NEW_AFTER_OBJECT.match(text[other.end:new.start]):
            return None
        end, down = max(verbs)
        if not _OBJECT_BEFORE.match(head[end:]):
            return None
    else:
        down_or_none = _direction(text[max(0, new.start - _VERB_CHARS):new.start])
        if down_or_none is None or not _OBJECT_AFTER.match(text[new.end:other.start]):
            return None
        down = down_or_none
    return other if (new.value < other.value) == down and new.value != other.value else None


_TO_LEVEL = re.compile(r"^[^.;,:]{0,60}\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                       re.IGNORECASE)


def _direction(before: str) -> bool | None:
    """Down (True) or up (False) by the last verb of moving before a new level, when the
    level follows it with "to" in one clause ("reduced the fine to €614 million"; not "cut
    rates with inflation at 1.1%"), else None."""
    verbs = [(m.end(), True) for m in _DOWN_VERB.finditer(before)]
    verbs += [(m.end(), False) for m in _UP_VERB.finditer(before)]
    if not verbs:
        return None
    end, down = max(verbs)
    return down if _TO_LEVEL.match(before[end:]) else None


def _side_by_side(text: str, a: Figure, b: Figure) -> bool:
    """The two ends written together ("to 0.5% from 0.25%"): then another number of the
    clause ("… near its 2% target") is no third end."""
    first, second = sorted((a, b), key=lambda f: f.start)
    return len(text[first.end:second.start].split()) <= 3


# Words that date a move or count it among others ("in May", "on Thursday", "its second cut").
_WHEN_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|yesterday|first|second|third|fourth|fifth)\b")


def _when_words(doc: Doc, f: Figure) -> frozenset[str]:
    return frozenset(_WHEN_WORDS.findall(fold(doc.sentence_text(f.sentence))))


def _dated_apart(a: Move, b: Move) -> bool:
    """The two moves' sentences date or count their moves differently: with no word in
    common, or only one of them ("a cut in December, when the committee lowered rates from
    4% to 3.75%" told as background / "cut interest rates to 3.5%")."""
    return bool(a.when or b.when) and not a.when & b.when


def _gives(doc: Doc, f: Figure) -> bool:
    """Does ``doc`` give ``f``'s value in ``f``'s unit anywhere?"""
    return any(g.kind == f.kind and unit_class(g.unit) == unit_class(f.unit)
               and same_value(g, f) for g in doc.analysis.figures)


# The levels a move is told of, by name: two sentences moving the one named thing of a story
# ("cut the company's €1.6 billion antitrust fine" / "reduced a competition fine … from
# €1.06bn") tell one move, however little else their words share.
_LEVEL_NOUN = re.compile(r"\b(?:fines?|penalty|penalties|tariffs?|levy|levies|duty|duties|"
                         r"quotas?|ceilings?)\b")


def _level_nouns(m: Move) -> set[str]:
    """The named levels (singular) in the sentence of a move's new level."""
    return {w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s")
            for w in _LEVEL_NOUN.findall(fold(m.doc.sentence_text(m.new.sentence)))}


def _one_thing(a: Move, b: Move, space: SentenceSpace) -> bool:
    ka, kb = about_key(a.new.about), about_key(b.new.about)
    if ka and kb and fuzz.token_set_ratio(ka, kb) >= _ABOUT_ALIKE:
        return True
    if len(na := _level_nouns(a)) == 1 and na == _level_nouns(b):
        return True
    return space.sim(a.doc, a.new.sentence, b.doc, b.new.sentence) >= _SENT_ALIKE


def move_conflicts(docs: list[Doc], space: SentenceSpace,
                   options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Two outlets' moves of one thing from one level to two, or to one level from two."""
    found = {d.order: moves(d) for d in docs}
    out: list[Discrepancy] = []
    seen: set[tuple[str, ...]] = set()
    for da, db in outlet_pairs(docs):
        ta, tb = da.published_at, db.published_at
        if ta and tb and abs((ta - tb).total_seconds()) > options.statement_apart_days * 86400:
            continue
        for a in found[da.order]:
            for b in found[db.order]:
                if (a.down != b.down or unit_class(a.new.unit) != unit_class(b.new.unit)
                        or a.new.kind != b.new.kind or not _one_thing(a, b, space)
                        or other_targets(da, a.new, db, b.new)):
                    continue
                if a.old is None or b.old is None:
                    # a move told by its new level alone: the new levels, when one of the
                    # two gives its old level (two bare levels may be two steps), and the
                    # two sentences date the move alike ("from 4% to 3.75% in May" / "to
                    # 3.5% on Thursday": two cuts)
                    if ((a.old is None and b.old is None) or same_value(a.new, b.new)
                            or _dated_apart(a, b)):
                        continue
                    x, y, end = a.new, b.new, "new level"
                elif same_value(a.old, b.old) and not same_value(a.new, b.new):
                    x, y, end = a.new, b.new, "new level"
                elif same_value(a.new, b.new) and not same_value(a.old, b.old):
                    x, y, end = a.old, b.old, "old level"
                else:
                    continue
                if compatible_values(x, y):
                    continue  # "to just over 9 per cent" / "to about 9.1%": one level
                # (a rate near zero moves by fractions: "from 0.25%" / "from 0.1%" are a
                # slip of 0.15 points, however large their ratio)
                near = x.unit == y.unit == "%" and abs(x.value - y.value) <= options.move_points
                if ((value_ratio(x, y) > options.move_ratio and not near)
                        or _gives(da, y) or _gives(db, x)):
                    continue
                shown = [format_value(f.value, f.unit, f.bound, f.value_max) for f in (x, y)]
                if tuple(sorted(shown)) in seen:
                    continue
                seen.add(tuple(sorted(shown)))
                named = _level_nouns(a) & _level_nouns(b)
                thing = (min(named) if len(named) == 1 else None) or about_key(
                    a.new.about) or about_key(b.new.about)
                out.append(Discrepancy(
                    kind="figure", about=f"{end} of {thing}" if thing else end,
                    values=[DiscrepancyValue(shown[0], dedupe_citations([da.cite(x.sentence)])),
                            DiscrepancyValue(shown[1], dedupe_citations([db.cite(y.sentence)]))],
                    note=f"Outlets tell one move of {thing or 'a level'} with a different {end}: "
                         f"{shown[0]} vs {shown[1]}."))
    return out
