"""How many more rate moves a central bank signals, told differently by two outlets.

"Officials signaled two more cuts before the end of the year" / "the central bank's
projections showed one more cut this year": a decision's coverage gives the bank's own
outlook for its next steps as a count of further moves, and outlets read its projections
differently. Each such count ("two more cuts", "one further reduction", "another hike") is
keyed by its direction (cuts or rises), its horizon ("this year", "before the end of the
year", "next year", "in 2026" read against the report's year, "over the next 12 months") and
the bank the sentence names, if any. Only the bank's own outlook counts: a sentence giving
what economists, traders or markets expect, a hedged count ("at least one more", "one or
two more") or a mere possibility ("one more cut is possible") is left out. Two independent
outlets each giving one count for a key, the counts differing, disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .evidence import Doc, one_each, outlet_pairs, two_outlets
from .model import Discrepancy

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "another": 1, "1": 1, "2": 2,
           "3": 3, "4": 4, "5": 5}
_MOVE = re.compile(
    r"(?P<hedge>\b(?:at\s+least|at\s+most|up\s+to|as\s+many\s+as|no\s+more\s+than)\s+)?"
    r"\b(?:(?P<n>one|two|three|four|five|[1-5])(?P<alt>\s+or\s+(?:two|three|four|[2-4]))?"
    r"\s+(?:more|further|additional|extra)|(?P<another>another))"
    r"\s+(?:(?:quarter|half)[\s-]+(?:percentage[\s-]+)?point\s+|(?:interest[\s-]+)?rates?\s+)?"
    r"(?P<move>cuts?|reductions?|increases?|hikes?|rises?)\b", re.IGNORECASE)
_DOWN = ("cut", "reduction")
# Whose outlook it is: the bank's own (its officials, projections, guidance) ...
_BANK_VIEW = re.compile(
    r"\b(?:signal(?:l?ed|l?ing|s)?|project(?:ions?|ed|s)|forecasts?|pencil(?:l?ed)?|dots?|"
    r"median|officials|policymakers|policy\s+makers|committee|guidance|indicat(?:ed|es|ing))\b",
    re.IGNORECASE)
# ... not what others expect of it, nor a mere possibility.
_OTHERS_VIEW = re.compile(
    r"\b(?:economists?|analysts?|traders?|investors?|markets?|futures|strategists?|"
    r"forecasters|priced?|pricing|bets?|betting|we|our|us|expects?|expected)\b|"
    r"\b(?:possible|possibility|could|might|may|door|ruled?\s+out)\b", re.IGNORECASE)
_BANKS = (
    ("fed", r"\bfed\b|federal\s+reserve|\bfomc\b"),
    ("ecb", r"\becb\b|european\s+central\s+bank"),
    ("boe", r"\bboe\b|bank\s+of\s+england"),
    ("boj", r"\bboj\b|bank\s+of\s+japan"),
    ("boc", r"\bboc\b|bank\s+of\s+canada"),
    ("rba", r"\brba\b|reserve\s+bank\s+of\s+australia"),
    ("rbnz", r"\brbnz\b|reserve\s+bank\s+of\s+new\s+zealand"),
    ("rbi", r"\brbi\b|reserve\s+bank\s+of\s+india"),
    ("snb", r"\bsnb\b|swiss\s+national\s+bank"),
    ("pboc", r"\bpboc\b|people'?s\s+bank\s+of\s+china"),
    ("hkma", r"\bhkma\b|hong\s+kong\s+monetary\s+authority"),
)
_BANK = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _BANKS),
                   re.IGNORECASE)
_THIS_YEAR = re.compile(
    r"\b(?:this\s+year|(?:before|by)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?year|"
    r"year[\s-]end)|before\s+christmas|(?:in|for)\s+the\s+(?:rest|remainder)\s+of\s+"
    r"(?:the\s+|this\s+)?year)\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.IGNORECASE)
_TWELVE_MONTHS = re.compile(r"\b(?:over|in|within)\s+the\s+(?:next|coming)\s+(?:12|twelve)"
                            r"\s+months\b|\bin\s+the\s+coming\s+year\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:in|for|during|by|through|before)\s+(?:the\s+end\s+of\s+)?"
                     r"(?P<year>20\d\d)\b", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"\b(?:first|second)\s+half\b|\bquarter\s+of\b|"
                           r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)


def _horizon(text: str, year: int | None) -> str | None:
    """The period the count is for ("this year", "next year", "12 months", "" unsaid);
    None when it names part of a year or a year it cannot place."""
    if _PART_OF_YEAR.search(text):
        return None
    found = set()
    if _THIS_YEAR.search(text):
        found.add("this year")
    if _NEXT_YEAR.search(text):
        found.add("next year")
    if _TWELVE_MONTHS.search(text):
        found.add("the next 12 months")
    for m in _A_YEAR.finditer(text):
        said = int(m["year"])
        if year is None:
            return None
        found.add("this year" if said == year else "next year" if said == year + 1
                  else str(said))
    if len(found) > 1:
        return None
    return found.pop() if found else ""


def _report_year(doc: Doc) -> int | None:
    day = doc.analysis.reference_date or doc.article.published_date
    return int(day[:4]) if day and day[:4].isdigit() else None


def projected_moves(doc: Doc) -> dict[tuple[str, str, str], list[tuple[int, int, str]]]:
    """(direction, horizon, bank) -> [(count, sentence, text)] of the bank's own outlook
    in the article's content sentences."""
    out: dict[tuple[str, str, str], list[tuple[int, int, str]]] = defaultdict(list)
    year = _report_year(doc)
    for i in doc.content:
        text = doc.sentence_text(i)
        moves = list(_MOVE.finditer(text))
        if len(moves) != 1 or not _BANK_VIEW.search(text) or _OTHERS_VIEW.search(text):
            continue
        m = moves[0]
        if m["hedge"] or m["alt"]:
            continue
        horizon = _horizon(text, year)
        if horizon is None:
            continue
        banks = {b.lastgroup for b in _BANK.finditer(text) if b.lastgroup}
        if len(banks) > 1:
            continue
        count = _COUNTS[(m["n"] or m["another"]).lower()]
        direction = "down" if m["move"].lower().startswith(_DOWN) else "up"
        out[(direction, horizon, banks.pop() if banks else "")].append((count, i, m.group(0)))
    return out


def _same_bank(a: str, b: str) -> bool:
    return a == b or not a or not b


def projected_move_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two independent outlets giving a different count of a bank's further moves for
    one direction and horizon."""
    told = {d.order: projected_moves(d) for d in docs if d.independent and not d.language}
    out: list[Discrepancy] = []
    seen: set[tuple[str, str]] = set()
    for da, db in outlet_pairs(docs):
        if da.order not in told or db.order not in told:
            continue
        for ka, xs in sorted(told[da.order].items()):
            for kb, ys in sorted(told[db.order].items()):
                if ka[:2] != kb[:2] or not _same_bank(ka[2], kb[2]) or ka[:2] in seen:
                    continue
                pair = one_each(xs, ys)
                if pair is None or pair[0][0] == pair[1][0]:
                    continue
                (_, sa, ta), (_, sb, tb) = pair
                seen.add(ka[:2])
                direction, horizon = ka[:2]
                moves = "cuts" if direction == "down" else "rises"
                when = (f" {horizon}" if horizon.endswith("year") else
                        f" over {horizon}" if horizon.endswith("months") else
                        f" in {horizon}" if horizon else "")
                out.append(two_outlets(
                    "figure", f"how many more rate {moves} the bank signals{when}",
                    (da, sa, ta), (db, sb, tb),
                    f"Outlets count the bank's further rate {moves}{when} differently: "
                    f"{ta} vs {tb}."))
    return out
