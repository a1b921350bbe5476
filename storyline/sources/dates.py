"""Publication dates: normalising metadata dates and inferring them from an article's lead.

Pure functions (no clock: callers pass ``today``), reused by the NLP stage:

- ``year_for_weekday(month, day, weekday, not_after)``: the calendar fact that "Wednesday
  11 June" pins the year (the latest such year not after a date).
- ``infer_publication_date(text, today)``: a date stated in the lead (dateline or first
  ~3 sentences), e.g. "June 11, 2025", "11 June 2025" or "Wednesday (June, 11)".
- ``normalize_date(value)``: a metadata date string (ISO, RFC 2822, news-please) to ISO 8601.
"""

from __future__ import annotations

import calendar
import email.utils
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

logger = logging.getLogger(__name__)

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}  # Monday = 0

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Each pattern: (name, regex). Dates with a year first; weekday forms pin the year.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "06/27/2025" (a US byline) or "27/06/2025": read only when a part over 12 tells which
    # is the day
    ("numeric",
     re.compile(r"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    (
        "mdy",
        re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ),
    (
        "dmy",
        re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    ),
    # "Wednesday (June, 11)", "Wednesday, June 11", "on Wednesday June 11th"
    (
        "wd_md",
        re.compile(
            rf"\b{_WEEKDAY}\s*[,(]?\s*(?:the\s+)?{_MONTH},?\s*{_DAY}\)?(?![\d:])(?!,?\s*\d{{4}})"
        ),
    ),
    # "Wednesday 11 June", "Wednesday (11 June)", "Wednesday, the 11th of June"
    (
        "wd_dm",
        re.compile(
            rf"\b{_WEEKDAY}\s*[,(]?\s*(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\)?(?!,?\s*\d{{4}})"
        ),
    ),
]

# "LONDON, June 11 (Reuters) -": a dateline with month and day but no year, perhaps after a
# region ("GOHEUNG, South Jeolla Province, Nov. 27 (Yonhap) --").
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,40}},\s*(?:[A-Z][A-Za-z .'-]{{2,40}},\s*)?{_MONTH}\s+{_DAY}\b"
    rf"(?!,?\s*\d{{4}})",
    re.MULTILINE,
)

_PLACE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z .'’-]{1,40},[ \t]*)?$")
_CUE_BEFORE = re.compile(
    r"\b(?:published|updated|posted|dated|date|filed|last modified)\b[\s:,-]*(?:on\s+)?"
    # ("Published: 9:48 PM CDT October 30, 2025": the hour first)
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?[\s,]*)?$",
    re.IGNORECASE,
)
_ABBREV_END = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|etc)\.)$"
)
# A date the text names may be a day ahead of the reader's today: the outlet's clock runs in
# another time zone. Without this slack "Wednesday 11 June" read late on 10 June jumped back
# to the previous year whose 11 June is a Wednesday, 6 to 11 years earlier.
ZONE_SLACK = timedelta(days=1)
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class InferredDate:
    """A date found in text: ISO value, the words it came from, and how the year was got."""

    value: str  # YYYY-MM-DD
    text: str
    start: int
    end: int
    note: str | None = None
    weekday: str | None = None  # the weekday the text names with the date, if any


def year_for_weekday(month: int, day: int, weekday: int, not_after: date) -> int | None:
    """The latest year whose ``month``/``day`` falls on ``weekday`` (Monday = 0) and is not
    after ``not_after``; None when the day does not exist or no year within 400 fits."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 0 <= weekday <= 6):
        return None
    # The Gregorian calendar repeats every 400 years, so this search is exhaustive.
    for year in range(not_after.year, not_after.year - 400, -1):
        if year < 1:
            break
        try:
            d = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year, or 31 April
        if d <= not_after and d.weekday() == weekday:
            return year
    return None


# How far ahead a named weekday and date may be an event the article announces.
UPCOMING = timedelta(days=90)


def _upcoming(month: int, day: int, weekday: int, today: date) -> bool:
    """Whether ``month``/``day`` falls on ``weekday`` soon after ``today`` (beyond the time-zone
    slack): then the text speaks of a coming day of this or next year, and the latest fitting
    year not after today (6 to 11 years back) would be a wrong guess."""
    for year in (today.year, today.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and today + ZONE_SLACK < d <= today + UPCOMING:
            return True
    return False


def lead_end(text: str, sentences: int = 3, max_chars: int = 1200) -> int:
    """Character offset where the lead (first ``sentences`` sentences) ends."""
    count = 0
    for m in _SENT_END.finditer(text):
        if m.start() > max_chars:
            return max_chars
        before = text[max(0, m.start() - 12) : m.start()]
        if _ABBREV_END.search(before.rstrip("\"”’'")):
            continue
        count += 1
        if count >= sentences:
            return m.start()
    return min(len(text), max_chars)


def _match_to_date(kind: str, m: re.Match[str], today: date) -> tuple[date, str | None] | None:
    groups = m.groupdict()
    if kind == "numeric":
        first, second = int(groups["first"]), int(groups["second"])
        if (first > 12) == (second > 12):
            return None  # "06/05/2025": June 5 in the US, 6 May elsewhere
        month, day = (second, first) if first > 12 else (first, second)
        try:
            return date(int(groups["year"]), month, day), None
        except ValueError:
            return None
    day = int(groups["day"])
    is_iso = kind == "iso"
    month = int(groups["mnum"]) if is_iso else MONTHS[groups["month"].lower().rstrip(".")]
    if groups.get("year"):
        try:
            return date(int(groups["year"]), month, day), None
        except ValueError:
            return None
    weekday_name = groups.get("weekday")
    if not weekday_name:
        return None
    weekday = WEEKDAYS[weekday_name.lower()]
    if _upcoming(month, day, weekday, today):
        return None  # "the talks resume on Tuesday, June 17": ahead, not a publication day
    year = year_for_weekday(month, day, weekday, today + ZONE_SLACK)
    if year is None:
        return None
    note = (
        f"year inferred: {day} {calendar.month_name[month]} is a "
        f"{calendar.day_name[weekday]} in {year}"
    )
    return date(year, month, day), note


def find_dates(text: str, today: date) -> list[InferredDate]:
    """Every full or weekday-pinned date in ``text`` (no year guessing), in text order."""
    found: list[InferredDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            resolved = _match_to_date(kind, m, today)
            if resolved is None:
                continue
            d, note = resolved
            if d > today + ZONE_SLACK:
                continue  # a publication date is never in the future (beyond time zones)
            taken.append((m.start(), m.end()))
            weekday = m.groupdict().get("weekday")
            found.append(InferredDate(d.isoformat(), m.group(0), m.start(), m.end(), note, weekday))
    found.sort(key=lambda f: f.start)
    return found


def _at_dateline_or_cue(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    return bool(_PLACE_BEFORE.search(before) or _CUE_BEFORE.search(before))


def infer_publication_date(text: str, today: date) -> InferredDate | None:
    """The publication date the article's lead states, if any.

    Only the dateline and the first ~3 sentences are searched: dates deeper in the body are
    usually event dates. Even in the lead, a bare full date ("on April 6, 1994") is usually
    an event, so, in order:

    1. a date in dateline position (line start, after "PLACE,") or after a cue
       ("Published", "Updated"), with its year or a weekday that pins it;
    2. a yearless dateline ("ROTTERDAM, Oct 6 (Wire) -"): the year of a nearby date in the
       lead (a weekday the lead names elsewhere does not pin it: see ``_yearless_dateline``);
    3. a date in the lead that names its weekday ("reported Wednesday (June, 11)", "on
       Friday, January 10, 2025"): news names the weekday of recent days.
    """
    end = lead_end(text)
    lead = text[:end]
    dates = find_dates(lead, today)
    for found in dates:
        if _at_dateline_or_cue(lead, found.start):
            return found
    m = _DATELINE.search(lead)
    if m:
        yearless = _yearless_dateline(m, lead, dates, today)
        if yearless:
            return yearless
    return next((d for d in dates if d.weekday
                 and not _BEGAN_BEFORE.search(lead[max(0, d.start - 30):d.start])), None)


# "The negotiations, which began on Sunday, October 12, concluded on Tuesday": the day
# something started is before the report's own, which the lead tells by a later weekday.
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|opened|started|kicked off|commenced|since|from)"
                           r"\s+(?:on\s+)?$", re.IGNORECASE)


def _yearless_dateline(
    m: re.Match[str], lead: str, dates: list[InferredDate], today: date
) -> InferredDate | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    label = f"{day} {calendar.month_name[month]}"
    for other in dates:
        anchor = date.fromisoformat(other.value)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if abs((d - anchor).days) <= 14 and d <= today:
                note = f"year inferred: dateline {label} next to {other.text!r} in the lead"
                return InferredDate(d.isoformat(), m.group(0), m.start(), m.end(), note)
    # A weekday elsewhere in the lead does not pin the dateline's year: "LONDON, March 4 -
    # ... voted on Monday" is as likely the day before the dateline (2025) as the dateline's
    # own day (2024), and a year guessed from it was wrong by years half the time. The
    # article stays undated: the stages after treat that as unknown, not as a far-off date.
    return None


# The longest metadata date read ("Wednesday, 11 June 2025 10:00:00 +0200" is 37).
MAX_DATE_CHARS = 80


def normalize_date(value: object) -> str | None:
    """A metadata date (ISO date/datetime, RFC 2822, "2025-06-11 10:00:00") as ISO 8601.

    Returns YYYY-MM-DD for a bare date, a full ISO datetime otherwise, None when the value
    is empty or cannot be read.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raw = str(value).strip()
    if not raw or len(raw) > MAX_DATE_CHARS:  # no date is that long; dateparser would crawl
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if not any(ch.isdigit() for ch in raw):
        # Strict parsing needs a year, and a year has digits: no need to let dateparser try
        # every language it knows (over a second on its first call) to say no.
        return None
    # A single date string from metadata (not free text), so dateparser is safe here.
    import dateparser

    parsed = dateparser.parse(raw, settings={"STRICT_PARSING": True})
    if parsed is None:
        logger.debug("unreadable date %r", raw)
        return None
    if ":" not in raw and not parsed.time().hour and not parsed.time().minute:
        return parsed.date().isoformat()
    return parsed.isoformat()
