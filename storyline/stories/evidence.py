"""What tells two same-topic events apart when the articles carry no publication date.

Two rate decisions of one central bank, two test flights of one rocket, a ruling and the
appeal a year later: the words and names are the same, only *when* and *which one* differ.
Articles often state both, whatever their metadata says:

* **stated dates** — explicit calendar dates written with their year ("On March 3, 2025",
  "in December 2024", "in 2019"), as the NLP stage resolved them (``Analysis.times``).
  Relative ones ("on Tuesday", "last month") are left out: without a publication date
  their base is unknown. Each becomes a day interval (a month, a year), so precisions meet.
* **labels** — numbers that name one event of a series: a flight, game, round or phase
  number ("Flight 7", "the seventh test flight"), a target range ("4.25% to 4.5%"), a
  quake's magnitude ("a magnitude 6.4 quake", "6.4-magnitude"), a final score or vote
  tally ("won 3-1", "a 6-3 ruling", "voted 52-48"): figures that tell one event of a kind
  from another of the same kind.

:func:`date_gap` is the smallest distance in days between two sets of stated dates (0 when
any overlap: an article may also state background dates, and one shared date is enough to
stay together); :func:`labels_conflict` says whether two sets of labels name different
members of one series and no common one. The index and its repair damp a score by these
(:func:`factor`; the knobs are ``ClusterOptions.stated_*`` and ``label_conflict_factor``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import numpy as np

from storyline.records import Analysis

Interval = tuple[int, int]  # first and last day (date ordinals) a stated date covers
Label = tuple[str, str]  # ("flight", "7"), ("range%", "4.25-4.5")

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
# Nouns whose number says which one of a series an event is. Sports words ("game 7",
# "round 6" of a fight, "season 3") are left out: one report names several of them.
_SERIES = r"flight|launch|mission|summit|debate|edition|round of (?:talks|negotiations)"
_NUMBERED = re.compile(
    r"\b(" + _SERIES + r")\s+(?:no\.?\s*|number\s+|#)?(\d{1,4})(?![\d.,%])", re.IGNORECASE)
_ORDINAL = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){0,2}?("
    + _SERIES + r")s?\b", re.IGNORECASE)
_RATE = r"(\d{1,2}(?:\.\d{1,2})?)\s*"
_PERCENT = r"(?:%|per\s*cent|percent)"
_RANGE = re.compile(
    r"(?:between\s+)?" + _RATE + _PERCENT + r"?\s*(?:-|–|to|and)\s*" + _RATE + _PERCENT,
    re.IGNORECASE)

_MAGNITUDE = re.compile(
    r"\bmagnitude(?:[- ]of)?[- ](\d(?:\.\d)?)\b|\b(\d(?:\.\d)?)[- ]magnitude\b",
    re.IGNORECASE)
# A tally "3-1" / "52 to 48" next to a word saying it is a result: win, defeat, vote, ruling.
_RESULT = r"(?:won|win|wins|beat|beats|defeat(?:ed|s)?|victory|lost|loss|draw|drew|" \
    r"vote[ds]?|voted|ruling|ruled|decision|verdict|margin|score[ds]?)"
_TALLY = r"(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?![\d.,%:/-])"
_TALLIES = re.compile(
    r"(?<![\d.,:/-])" + _TALLY + r"\s+(?:[a-z]+\s+){0,1}?" + _RESULT + r"\b"
    r"|\b" + _RESULT + r"\s+(?:[A-Za-z'’]+\s+){0,3}?(?:by\s+)?(?:a\s+)?(?<![\d.,:/-])"
    + _TALLY, re.IGNORECASE)


def stated_dates(analysis: Analysis | None, keep: int,
                 years: bool = True) -> tuple[Interval, ...]:
    """The first ``keep`` distinct explicit dates of the text (with their year written),
    as day intervals; the lead of an article states its own event's date first. Without
    ``years``, a bare year ("in 2019", mostly background) does not count."""
    out: list[Interval] = []
    for t in analysis.times if analysis else []:
        if t.type != "DATE" or not t.value or t.inferred or (not years and len(t.value) < 7):
            continue
        year = _YEAR.search(t.text)
        if year is None or not t.value.startswith(year.group(1)):
            continue
        span = _interval(t.value)
        if span is not None and span not in out:
            out.append(span)
            if len(out) >= keep:
                break
    return tuple(out)


def _interval(value: str) -> Interval | None:
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(value) == 4:
            y = int(value)
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
            return date(y, m, 1).toordinal(), end
        if len(parts) == 3:
            day = date.fromisoformat(value).toordinal()
            return day, day
    except ValueError:
        return None
    return None  # weeks, quarters, decades: too coarse or not calendar days


def precise(spans: Iterable[Interval]) -> tuple[Interval, ...]:
    """The stated dates that name a day or a month, not a whole year."""
    return tuple(span for span in spans if span[1] - span[0] <= 31)


def date_gap(mine: Iterable[Interval], theirs: Iterable[Interval]) -> float | None:
    """Smallest distance in days between two sets of stated dates; None when either side
    states none (no evidence either way)."""
    a, b = list(mine), list(theirs)
    if not a or not b:
        return None
    return float(min(max(0, s2 - e1, s1 - e2) for s1, e1 in a for s2, e2 in b))


def gap_matrix(dates: list[tuple[Interval, ...]]) -> np.ndarray:
    """Pairwise :func:`date_gap` of many articles (NaN where either states no date)."""
    n = len(dates)
    gap = np.full((n, n), np.nan, np.float32)
    rows = [i for i, d in enumerate(dates) if d]
    if not rows:
        return gap
    k = max(len(dates[i]) for i in rows)
    # Ordinals are ~740,000: float64 while subtracting, the gaps then fit float32.
    starts = np.full((len(rows), k), np.nan)
    ends = np.full((len(rows), k), np.nan)
    for r, i in enumerate(rows):
        for j, (s, e) in enumerate(dates[i]):
            starts[r, j], ends[r, j] = s, e
    best = np.full((len(rows), len(rows)), np.inf)
    for p in range(k):
        for q in range(k):
            g = np.maximum(0.0, np.maximum(starts[None, :, q] - ends[:, None, p],
                                           starts[:, None, p] - ends[None, :, q]))
            best = np.fmin(best, g)  # fmin: a missing slot (NaN) never wins
    gap[np.ix_(rows, rows)] = best
    return gap


def labels(text: str) -> frozenset[Label]:
    """Numbers that say which event of a series the text is about."""
    out: set[Label] = set()
    for m in _NUMBERED.finditer(text):
        out.add((m.group(1).lower().split()[0], str(int(m.group(2)))))
    for m in _ORDINAL.finditer(text):
        word = m.group(1).lower()
        n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        out.add((m.group(2).lower().split()[0], str(n)))
    for m in _RANGE.finditer(text):
        low, high = float(m.group(1)), float(m.group(2))
        if 0 < low < high <= 25 and high - low <= 1.0:  # a target band, not any "3 to 9%"
            out.add(("range%", f"{low:g}-{high:g}"))
    for m in _MAGNITUDE.finditer(text):
        value = float(m.group(1) or m.group(2))
        if 1.0 <= value < 10.0:
            out.add(("magnitude", f"{value:g}"))
    for m in _TALLIES.finditer(text):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        high, low = max(int(a), int(b)), min(int(a), int(b))
        out.add(("tally", f"{high}-{low}"))  # "lost 1-3" and "won 3-1" are one result
    return frozenset(out)


# Who an article is about: the person it names most often (twice at least, more often than
# anyone else) — the "person" label —, and every person it names ("named"), by surname.
# Two reports of one event name its main person; two same-kind events of one day (two
# deaths, two arrests) are about different people. Only people, never organisations or
# places: one company or country is in many events of a day.
PERSON, NAMED = "person", "named"
_NAMED_KEPT = 12  # people of an article kept (most mentioned first): memory bound


def people(analysis: Analysis | None) -> frozenset[Label]:
    """The article's main person and the people it names, as labels (by surname)."""
    if analysis is None:
        return frozenset()
    counts: dict[str, int] = {}
    for person in analysis.people:
        words = [w for w in re.findall(r"[^\W\d_][\w'-]*", person.name) if w[0].isupper()]
        if person.kind != "person" or len(words) < 2:
            continue  # a one-word name is often not a person ("Mar", a club)
        key = words[-1].lower()
        counts[key] = counts.get(key, 0) + max(1, len(person.mentions))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_NAMED_KEPT]
    out: set[Label] = {(NAMED, name) for name, _ in ranked}
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        out.add((PERSON, ranked[0][0]))
    return frozenset(out)


def people_conflict(mine: Iterable[Label], theirs: Iterable[Label]) -> bool:
    """Whether each side has a main person the other never names."""
    main_a = {v for k, v in mine if k == PERSON}
    main_b = {v for k, v in theirs if k == PERSON}
    if not main_a or not main_b:
        return False
    named_a = {v for k, v in mine if k == NAMED} | main_a
    named_b = {v for k, v in theirs if k == NAMED} | main_b
    return not (main_a & named_b) and not (main_b & named_a)


# Outlets of one quake give magnitudes a few tenths apart (a first estimate, a revision,
# another agency's scale): only a larger difference tells another quake.
MAGNITUDE_TOLERANCE = 0.5


def labels_conflict(mine: Iterable[Label], theirs: Iterable[Label]) -> bool:
    """Whether the two sides number one series differently and share no label at all
    (people's labels aside: :func:`people_conflict`)."""
    a = {x for x in mine if x[0] not in (PERSON, NAMED)}
    b = {x for x in theirs if x[0] not in (PERSON, NAMED)}
    if not a or not b or a & b:
        return False
    keys_a: dict[str, set[str]] = {}
    for key, value in a:
        keys_a.setdefault(key, set()).add(value)
    for key, value in b:
        if key not in keys_a or value in keys_a[key]:
            continue
        if key == "magnitude" and any(
                abs(float(value) - float(v)) <= MAGNITUDE_TOLERANCE for v in keys_a[key]):
            continue
        return True
    return False


def factor(mine: tuple[Iterable[Interval], Iterable[Label]],
           theirs: tuple[Iterable[Interval], Iterable[Label]],
           gap_days: float, gap_factor: float, day_gap_factor: float,
           label_factor: float, people_factor: float = 1.0) -> float:
    """The damping of a score between two sides (stated dates, labels): ``gap_factor``
    when their stated dates are more than ``gap_days`` apart (``day_gap_factor`` when the
    dates that name a day or month are), times ``label_factor`` when labels conflict,
    times ``people_factor`` when each side's main person goes unnamed on the other."""
    mine_dates, theirs_dates = list(mine[0]), list(theirs[0])
    out = 1.0
    gap = date_gap(mine_dates, theirs_dates)
    if gap is not None and gap > gap_days:
        close = date_gap(precise(mine_dates), precise(theirs_dates))
        out *= day_gap_factor if close is not None and close > gap_days else gap_factor
    if labels_conflict(mine[1], theirs[1]):
        out *= label_factor
    if people_factor != 1.0 and people_conflict(mine[1], theirs[1]):
        out *= people_factor
    return out
