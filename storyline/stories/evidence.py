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
* **days of the year and courts** — the days the lead names, with or without their year
  ("Tuesday, June 17th", "on Sept. 17": :func:`lead_month_days`), compared around the
  year when the two sides' calendar dates cannot be (:func:`month_day_conflict`); the
  level of the first court the lead names (:func:`lead_court`: a trial court's ruling, the
  appeal and the Supreme Court's hearing of one case share every name).
* **what tells twin events of one day apart** — the sums of money in the lead ("$2.6
  million" stolen, not "$108 million"), who the article is about (its main person) and
  where it happened (its main place, named in the lead), each compared with what the
  other side names at all (:func:`people_conflict`), and optionally the day the lead
  names. These count between articles published within the grace period (see
  ``ClusterOptions.people_evidence``); the sums everywhere.

:func:`date_gap` is the smallest distance in days between two sets of stated dates (0 when
any overlap: an article may also state background dates, and one shared date is enough to
stay together); :func:`labels_conflict` says whether two sets of labels name different
members of one series and no common one. The index and its repair damp a score by these
(:func:`factor`; the knobs are ``ClusterOptions.stated_*`` and ``label_conflict_factor``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from storyline.records import Analysis, Article
from storyline.stories.features import article_day
from storyline.stories.options import ClusterOptions

Interval = tuple[int, int]  # first and last day (date ordinals) a stated date covers
Label = tuple[str, str]  # ("flight", "7"), ("range%", "4.25-4.5")
Labels = Collection[Label]  # an article's or a story's labels (a set, or a tuple kept)

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


# Sums of money in an article's lead ("$2.6 million", "85 million euros", "£40bn"): what
# was stolen, paid, fined or pledged. Two same-kind events of one day (two heists, two
# takeovers) differ in their sums; reports of one event give the same sum or one a little
# apart (a currency conversion, a rounded or revised figure): only sums more than
# ``AMOUNT_RATIO`` apart tell another event. The lead only: the body also gives background
# sums (last year's heist, the company's revenue).
LEAD_CHARS = 400  # the lead: the title and this many characters of the text
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALE = r"(thousand|million|billion|trillion|mn|bn|tn|[kmb])\b"
_MONEY = re.compile(
    r"(?:(?:US|A|C|HK|NZ|S)?[$€£¥]|\b(?:USD|EUR|GBP|JPY|CNY|INR|Rs\.?)\s?)\s*"
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*-?\s*" + _SCALE + r")?"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion)"
    r"\s*-?\s*(?:(?:US|U\.S\.|Hong Kong|Australian|Canadian)\s+)?"
    r"(?:dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|rupees?|francs?)\b",
    re.IGNORECASE)
AMOUNT_MIN = 1000.0  # smaller sums (a ticket's price, a fine of $50) are not the event's
AMOUNT_RATIO = 2.0  # two sums within this factor may be one event's


def lead_amounts(title: str | None, text: str) -> frozenset[Label]:
    """The sums of money named in the lead (title and first ``LEAD_CHARS`` characters), as
    ("amount", value) labels."""
    lead = f"{title or ''}\n{text[:LEAD_CHARS]}"
    out: set[Label] = set()
    for m in _MONEY.finditer(lead):
        number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = float(number.replace(",", "")) * _SCALES.get((scale or "").lower(), 1.0)
        if value >= AMOUNT_MIN:
            out.add(("amount", f"{value:.4g}"))
    return frozenset(out)


# Days the lead names with or without their year ("Tuesday, June 17th", "on Sept. 17",
# "March 3, 2025"), as a day of the year: without a publication date "Sept. 17" cannot be
# resolved to a calendar day, but two reports of one event name days close together, and
# two same-kind events months apart (two rate decisions, two test flights) do not. The
# lead only (its first date is the event's or the report's); the body gives background.
MONTH_DAY = "md"
_MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH_DAYS = re.compile(
    r"\b(?:" + _MONTH + r"\.?[^\S\n]+" + _DAY + r"|" + _DAY + r"[^\S\n]+(?:of[^\S\n]+)?"
    + _MONTH + r"\.?)(?![\w:/])", re.IGNORECASE)
# Two reports of one event fall within this many days of each other (a month's follow-ups);
# two same-kind events compared here are further apart (as ``stated_gap_days``).
MONTH_DAY_TOLERANCE = 45
_CUM_DAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def lead_month_days(title: str | None, text: str) -> frozenset[Label]:
    """The days of the year the lead names ("June 17th", "17 September", "Sept. 17, 2025"),
    as ("md", "MM-DD") labels. "May" counts only capitalised (not the verb)."""
    lead = f"{title or ''}\n{text[:LEAD_CHARS]}"
    out: set[Label] = set()
    for m in _MONTH_DAYS.finditer(lead):
        month_word = m.group(1) or m.group(4)
        if month_word.lower() == "may" and not month_word[0].isupper():
            continue
        month, day = _MONTH_NAMES[month_word.lower()], int(m.group(2) or m.group(3))
        if day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            out.add((MONTH_DAY, f"{month:02d}-{day:02d}"))
    return frozenset(out)


def _day_of_year(value: str) -> int:
    month, day = int(value[:2]), int(value[3:])
    return _CUM_DAYS[month - 1] + day


def month_day_conflict(mine: Iterable[Label], theirs: Iterable[Label]) -> bool:
    """Whether both leads name days of the year and all of them are more than
    ``MONTH_DAY_TOLERANCE`` days apart."""
    a = [v for k, v in mine if k == MONTH_DAY]
    b = [v for k, v in theirs if k == MONTH_DAY]
    return bool(a and b) and all(
        month_days_apart(x, y) > MONTH_DAY_TOLERANCE for x in a for y in b)


def month_days_apart(a: str, b: str) -> int:
    """Days between two days of the year, around the year's end ("12-30" / "01-02": 3)."""
    gap = abs(_day_of_year(a) - _day_of_year(b))
    return min(gap, 365 - gap)


# The court whose act the lead reports: a trial court's ruling, the appeal, the Supreme
# Court's hearing of one case are months apart and share every name. The first court the
# lead names is the one that acted (a later mention is often the next step: "setting up a
# Supreme Court fight"); the title first, then the text's first ``COURT_CHARS``.
COURT = "court"
COURT_CHARS = 250
_COURTS = (
    ("supreme", r"supreme\s+court|(?:nation's|country's)\s+(?:highest|top)\s+court|justices"),
    ("appeals", r"(?:appeals?|appellate)\s+(?:court|judges?|panel)|court\s+of\s+appeals?|"
                r"\d+(?:st|nd|rd|th)\s+circuit|federal\s+circuit"),
    ("trial", r"(?:district|trial)\s+(?:court|judge)|magistrate|federal\s+judge|"
              r"court\s+of\s+international\s+trade|jury|jurors"),
)
_COURT = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _COURTS),
                    re.IGNORECASE)


def lead_court(title: str | None, text: str) -> frozenset[Label]:
    """The level of the first court the lead names ("court": "supreme", "appeals" or
    "trial"), or none."""
    for part in (title or "", text[:COURT_CHARS]):
        m = _COURT.search(part)
        if m is not None and m.lastgroup is not None:
            return frozenset({(COURT, m.lastgroup)})
    return frozenset()


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


# Where an article's event happened: the place it names most often (twice at least, more
# often than any other) — the "place" label —, and every place it names ("where"). Two
# same-kind events of one day (two quakes, two shootings) happen in different places; an
# outlet that names the event's place at another precision (the city, not its district)
# usually names both, so only a main place the other side never names counts.
PLACE, WHERE = "place", "where"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels compared by their own rules, not as series numbers (labels_conflict): people,
# places, lead days (people_conflict), days of the year (month_day_conflict).
_WHO_WHERE = frozenset({PERSON, NAMED, PLACE, WHERE, "when", MONTH_DAY})


def places(analysis: Analysis | None) -> frozenset[Label]:
    """The article's main place and the places it names, as labels (lower case, a leading
    "the" dropped)."""
    if analysis is None:
        return frozenset()
    counts: dict[str, int] = {}
    lead: set[str] = set()
    for entity in analysis.entities:
        if entity.label not in _PLACE_LABELS:
            continue
        key = re.sub(r"^the\s+", "", " ".join(entity.text.lower().split()))
        if len(key) >= 2:
            counts[key] = counts.get(key, 0) + 1
            if entity.start < LEAD_CHARS:
                lead.add(key)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_NAMED_KEPT]
    out: set[Label] = {(WHERE, name) for name, _ in ranked}
    # The event's place is named in the lead (a dateline, the first sentence) and again
    # after; ties (a town and its country) are all main places.
    top = max((n for name, n in ranked if name in lead), default=0)
    if top >= 2:
        out.update((PLACE, name) for name, n in ranked if n == top and name in lead)
    return frozenset(out)


# When the event happened, as the lead says it of an article with a publication date:
# the first day it names ("on Tuesday", "yesterday", "on March 3") within a few days of
# publication, resolved against that date. Two reports of one event published around the
# same day name the same day, or one a day apart (time zones, "last night"); two same-kind
# events of one day's feeds mostly happened on different days ("Thursday" / "Tuesday").
WHEN = "when"
_WHEN_BEFORE, _WHEN_AFTER = 10, 3  # days before / after publication a lead day may fall
WHEN_TOLERANCE = 1  # days between two sides' lead days still read as one event's


def lead_day(published: date | None, analysis: Analysis | None) -> frozenset[Label]:
    """The event day the lead names, as a ("when", ISO date) label; none without a
    publication date (relative days cannot be resolved) or a day in the lead."""
    if published is None or analysis is None:
        return frozenset()
    for t in analysis.times:
        if t.start >= LEAD_CHARS:
            break
        if t.type != "DATE" or t.granularity != "day" or t.inferred or not t.value:
            continue
        try:
            day = date.fromisoformat(t.value)
        except ValueError:
            continue
        if -_WHEN_BEFORE <= (day - published).days <= _WHEN_AFTER:
            return frozenset({(WHEN, day.isoformat())})
    return frozenset()


def people_conflict(mine: Iterable[Label], theirs: Iterable[Label]) -> bool:
    """Whether each side has a main person the other never names — or, when places are
    among the labels (:func:`places`), a main place the other never names, or, with lead
    days (:func:`lead_day`), lead days more than ``WHEN_TOLERANCE`` days apart."""
    mine, theirs = set(mine), set(theirs)
    return (_main_conflict(mine, theirs, PERSON, NAMED)
            or _main_conflict(mine, theirs, PLACE, WHERE) or _when_conflict(mine, theirs))


def _when_conflict(mine: set[Label], theirs: set[Label]) -> bool:
    days_a = [date.fromisoformat(v).toordinal() for k, v in mine if k == WHEN]
    days_b = [date.fromisoformat(v).toordinal() for k, v in theirs if k == WHEN]
    return bool(days_a and days_b) and all(
        abs(x - y) > WHEN_TOLERANCE for x in days_a for y in days_b)


def _main_conflict(mine: set[Label], theirs: set[Label], main: str, named: str) -> bool:
    main_a = {v for k, v in mine if k == main}
    main_b = {v for k, v in theirs if k == main}
    if not main_a or not main_b:
        return False
    # Named as a person or as a place: the tagger calls one name either ("Trump" a place,
    # "Jordan" a person), and a name the other side gives at all is no evidence.
    named_a = {v for k, v in mine if k in _NAMES} | main_a
    named_b = {v for k, v in theirs if k in _NAMES} | main_b
    return not _named_in(main_a, named_b) and not _named_in(main_b, named_a)


_NAMES = frozenset({PERSON, NAMED, PLACE, WHERE})


# Outlets spell one name differently ("Bessent" / "Bassant", "Al-Sisi" / "el-Sissi"): a
# surname this alike (difflib's ratio) is the same person.
NAME_LIKENESS = 0.7


def _named_in(mains: set[str], named: set[str]) -> bool:
    """Whether one of ``mains`` is among ``named``, spelling variants included."""
    return bool(mains & named) or any(_alike(m, n) for m in mains for n in named)


@lru_cache(maxsize=1 << 16)
def _alike(a: str, b: str) -> bool:
    """One name written two ways: "Bessent" / "Bassant", "U.S." / "US" / "United States".
    Cached, and difflib's cheap upper bounds first: a repair of 2,000 articles compares
    millions of name pairs (bench_stories: 42 s a repair before, 12 s with this)."""
    a, b = a.replace(".", ""), b.replace(".", "")
    if a == b or _initials(a) == b or _initials(b) == a:
        return True
    if min(len(a), len(b)) < 4:
        return False
    matcher = SequenceMatcher(None, a, b)
    return (matcher.real_quick_ratio() >= NAME_LIKENESS
            and matcher.quick_ratio() >= NAME_LIKENESS and matcher.ratio() >= NAME_LIKENESS)


def _initials(name: str) -> str | None:
    """ "united states" -> "us", "new york city" -> "nyc"; None for one word."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) > 1 else None


# Outlets of one quake give magnitudes a few tenths apart (a first estimate, a revision,
# another agency's scale): only a larger difference tells another quake.
MAGNITUDE_TOLERANCE = 0.5


def labels_conflict(mine: Iterable[Label], theirs: Iterable[Label]) -> bool:
    """Whether the two sides number one series differently and share no label at all
    (people's and places' labels aside: :func:`people_conflict`)."""
    a = {x for x in mine if x[0] not in _WHO_WHERE}
    b = {x for x in theirs if x[0] not in _WHO_WHERE}
    if not a or not b or a & b:
        return False
    keys_a: dict[str, set[str]] = {}
    for key, value in a:
        keys_a.setdefault(key, set()).add(value)
    amounts_b = [float(v) for k, v in b if k == "amount"]
    for key, value in b:
        if key not in keys_a or value in keys_a[key]:
            continue
        if key == "magnitude" and any(
                abs(float(value) - float(v)) <= MAGNITUDE_TOLERANCE for v in keys_a[key]):
            continue
        if key == "amount" and any(  # one sum in common (within the ratio) is enough
                max(x, float(v)) <= AMOUNT_RATIO * min(x, float(v))
                for x in amounts_b for v in keys_a[key]):
            continue
        return True
    return False


def factor(mine: tuple[Iterable[Interval], Iterable[Label]],
           theirs: tuple[Iterable[Interval], Iterable[Label]],
           gap_days: float, gap_factor: float, day_gap_factor: float,
           label_factor: float, people_factor: float = 1.0,
           month_day_factor: float = 1.0) -> float:
    """The damping of a score between two sides (stated dates, labels): ``gap_factor``
    when their stated dates are more than ``gap_days`` apart (``day_gap_factor`` when the
    dates that name a day or month are), times ``label_factor`` when labels conflict,
    times ``people_factor`` when each side's main person goes unnamed on the other, and,
    when either side states no calendar date, times ``month_day_factor`` when the days of
    the year their leads name are all far apart (:func:`month_day_conflict`)."""
    mine_dates, theirs_dates = list(mine[0]), list(theirs[0])
    out = 1.0
    gap = date_gap(mine_dates, theirs_dates)
    if gap is not None and gap > gap_days:
        close = date_gap(precise(mine_dates), precise(theirs_dates))
        out *= day_gap_factor if close is not None and close > gap_days else gap_factor
    elif gap is None and month_day_conflict(mine[1], theirs[1]):
        out *= month_day_factor  # no calendar dates to compare: the lead's days of the year
    if labels_conflict(mine[1], theirs[1]):
        out *= label_factor
    if people_factor != 1.0 and people_conflict(mine[1], theirs[1]):
        out *= people_factor
    return out


def told(article: Article, analysis: Analysis | None, options: ClusterOptions
         ) -> tuple[tuple[Interval, ...], Labels]:
    """What an article's text says of its event, as the index keeps it: its stated dates
    and its labels (series numbers, figures; and, as ``options`` ask, the sums of its lead,
    its main people and places, the day its lead names)."""
    o = options
    out = labels(f"{article.title or ''}\n{article.text}")
    if o.lead_amounts:
        out |= lead_amounts(article.title, article.text)
    if o.lead_month_days:
        out |= lead_month_days(article.title, article.text)
    if o.lead_court:
        out |= lead_court(article.title, article.text)
    if o.people_evidence:
        out |= people(analysis)
    if o.place_evidence:
        out |= places(analysis)
    if o.when_evidence:
        day = article_day(article, None)
        out |= lead_day(None if day is None else date.fromordinal(day), analysis)
    return stated_dates(analysis, o.stated_dates_kept, o.stated_years), kept(out)


# The index keeps every recent article's labels (~15 a news article with people and
# places): a tuple of label objects shared by the articles naming them keeps that memory
# small (PolNeAR's 840 articles: 2.7 KB an article as sets of fresh tuples; so 0.2 KB and
# a table of the distinct labels, 0.8 KB an article there, shared more as names recur).
# Bounded: past this many distinct labels the table starts again.
_SHARED: dict[Label, Label] = {}
_SHARED_MAX = 200_000


def kept(labels: Iterable[Label]) -> tuple[Label, ...]:
    """Labels as the index keeps them: a sorted tuple of shared label objects."""
    if len(_SHARED) > _SHARED_MAX:
        _SHARED.clear()
    return tuple(_SHARED.setdefault(label, label) for label in sorted(labels))
