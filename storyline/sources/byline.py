"""Inferring title and outlet from an article's own first lines (no metadata given).

Three shapes are recognised, in this order:

1. A byline line of short segments separated by ``/``, ``|``, ``•`` or ``·`` (with a space on
   at least one side): ``Title/ Outlet/ DATELINE/ A. Reporter/ Section/ First sentence…`` or
   ``By Jane Reporter | The Outlet``. The first segment is the title unless it is itself a
   byline, dateline or date; the outlet is the first short capitalised segment that is not an
   ALL-CAPS dateline, a person ("By …", initials + surname), a date or a section label; what
   follows the last short segment is the body's first paragraph and stays in the text.
2. A wire dateline: ``LONDON, June 11 (Reuters) -`` or ``WASHINGTON (AP) —``: the outlet is the
   name in brackets (the dateline stays in the text).
3. Otherwise the first line is the title when it is short and has no final period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = re.compile(r"\s*[/|•·]\s+|\s+[/|•·]\s*")
_PERSON = re.compile(
    r"^(?:by|written by|words by)\s+\S|^(?:[A-Z]\.\s?){1,3}\s*[A-Z][A-Za-z'’-]+$", re.IGNORECASE
)
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}\s*[A-Z][A-Za-z'’-]+$")
_DATEISH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb"
    r"|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:updated|published|posted)\b|\b(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*day\b",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:by|written by|words by|reporting by)\s+(?=\S)", re.IGNORECASE)
# (not a slash between digits: "06/27/2025" is one date)
_BY_SEP = re.compile(r"\s*[,|•·]\s*|(?<!\d)\s*/\s*|\s*/\s*(?!\d)|\s+[—–-]+\s+")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "el"}
_DATE_TOKENS = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(?:Mon|Tues|Wednes|Thurs"
    r"|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun|updated|published|posted|last|on|at|of|the|am|pm|a\.m\."
    r"|p\.m\.|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b|\d+(?:st|nd|rd|th)?|[^\w\s]",
    re.IGNORECASE,
)
_JOB_WORDS = {
    "correspondent", "reporter", "editor", "writer", "staff", "contributor", "columnist",
    "chief", "bureau", "analyst", "photographer", "producer", "desk",
}  # fmt: skip
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# Section labels that sit in bylines but are not outlets.
_SECTIONS = {
    "news",
    "world",
    "world news",
    "us news",
    "politics",
    "business",
    "opinion",
    "analysis",
    "exclusive",
    "breaking",
    "breaking news",
    "live",
    "updated",
    "economy",
    "markets",
    "tech",
    "technology",
    "sports",
    "sport",
    "home",
    "latest",
    "top stories",
    "local",
    "national",
    "international",
    "asia",
    "europe",
    "americas",
    "africa",
    "middle east",
    "trade",
    "finance",
}
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?)(?:,\s*[^()\n]{1,40}?)?\s*"
    r"\((?P<outlet>[A-Z][\w .&'’-]{0,40})\)\s*(?:[-—–_]+|:)\s*",
    re.MULTILINE,
)

# A line that is only a dateline ("NAIROBI, Kenya (AP) _", "WASHINGTON —", "(Undated)").
_DATELINE_LINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,}(?:,[^()]{0,40})?(?:\s*\([^)]{1,40}\))?\s*[-—–_:]*|\([^)]{1,40}\))$"
)


@dataclass
class Inferred:
    """What the first lines said, and the text with the consumed lines removed."""

    text: str
    title: str | None = None
    outlet: str | None = None
    date_text: str | None = None  # a date-looking byline segment, for date inference


def _is_dateline(seg: str) -> bool:
    letters = [c for c in seg if c.isalpha()]
    if len(letters) < 2 or any(c.islower() for c in letters):
        return False
    # Short acronyms (AP, BBC, AFP, CNN) are outlets far more often than places.
    return len(letters) >= 5 or " " in seg.strip()


def _is_person(seg: str) -> bool:
    return bool(_PERSON.search(seg))


def _is_date(seg: str) -> bool:
    """A segment that is a date or time stamp, not a headline that mentions a day."""
    if not _DATEISH.search(seg):
        return False
    return len(_DATE_TOKENS.sub(" ", seg).split()) <= 1


def _is_short(seg: str) -> bool:
    words = seg.split()
    if not words or len(words) > 5:
        return False
    # "Inc." or an initial may end a short segment; a sentence does not.
    return not (seg.endswith((".", "!", "?")) and len(words) > 2 and not _INITIALS.match(seg))


def _is_outlet(seg: str) -> bool:
    if not _is_short(seg) or _is_person(seg) or _is_dateline(seg) or _is_date(seg):
        return False
    if seg.lower() in _SECTIONS or _JOB_WORDS & {w.lower() for w in seg.split()}:
        return False
    return seg[0].isupper() or seg[0].isdigit() or bool(_DOMAIN.match(seg))


def _is_title(seg: str) -> bool:
    words = seg.split()
    return (
        2 <= len(words) <= 25
        and not seg.endswith(".")
        and not _is_person(seg)
        and not _is_dateline(seg)
        and not _is_date(seg)
    )


def _split(line: str) -> list[tuple[int, int]]:
    """(start, end) of each segment of ``line``."""
    spans = []
    pos = 0
    for m in _SEP.finditer(line):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line)))
    return spans


def _byline(
    line: str, title_follows: bool = False
) -> tuple[str | None, str | None, str | None, str] | None:
    """(title, outlet, date_text, remainder) when ``line`` is a byline line.

    ``title_follows``: the next line looks like a headline, so a short first segment is the
    outlet ("Civic Record | Canada | Monday, August 17, 2026" above the headline).
    """
    spans = _split(line)
    if len(spans) < 2:
        return None
    segs = [line[s:e].strip() for s, e in spans]
    if any(not s for s in segs):
        return None
    all_short = all(_is_short(s) for s in segs)
    title = None
    first_meta = 0
    if _is_title(segs[0]) and not (title_follows and all_short and _is_outlet(segs[0])):
        title, first_meta = segs[0], 1
    end = first_meta
    while end < len(segs) and _is_short(segs[end]):
        end += 1
    meta = segs[first_meta:end]
    if not meta:
        return None
    known = [s for s in meta if _is_outlet(s) or _is_person(s) or _is_dateline(s) or _is_date(s)]
    if not known:
        return None
    header_line = title_follows and all_short and any(_is_date(s) for s in meta)
    if title is None and not header_line and not any(_is_person(s) for s in meta):
        return None  # "Trump / Xi talks set for Friday" is a sentence, not a byline
    outlet = next((s for s in meta if _is_outlet(s)), None)
    date_text = next((s for s in meta if _is_date(s)), None)
    remainder = line[spans[end][0] :].strip() if end < len(segs) else ""
    if remainder and not (remainder[0].isupper() or remainder[0] in "\"“‘'(0123456789"):
        return None
    return title, outlet, date_text, remainder


def _by_line(line: str) -> tuple[str | None, str | None] | None:
    """(outlet, date_text) of a "By Jane Reporter, The Outlet — 11 June 2025" line."""
    m = _BY.match(line)
    if not m or len(line) > 160:
        return None
    segs = [s.strip() for s in _BY_SEP.split(line[m.end() :]) if s.strip()]
    if not segs or not _looks_like_names(segs[0]):
        return None
    outlet = next((s for s in segs[1:] if _is_outlet(s) and not _looks_like_names(s)), None)
    if outlet is None:
        outlet = next((s for s in segs[1:] if _is_outlet(s)), None)
    date_text = next((s for s in segs[1:] if _is_date(s)), None)
    if date_text is None and len(segs) > 1:
        # a date run on after the desk's name ("Herald Capitol Bureau 06/27/2025")
        words = segs[-1].split()
        date_text = next((" ".join(words[-k:]) for k in (1, 2, 3, 4)
                          if len(words) > k and _is_date(" ".join(words[-k:]))), None)
    return outlet, date_text


def _looks_like_names(seg: str) -> bool:
    """ "Jane Reporter", "Pieter van Ommen and Li Wei": capitalised words and particles."""
    words = seg.replace(" and ", " ").split()
    if not 1 <= len(words) <= 8 or _is_date(seg):
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 1 and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


def _title_line(line: str) -> bool:
    stripped = line.strip().lstrip("#").strip()
    words = stripped.split()
    return (
        0 < len(words) <= 20
        and len(stripped) <= 200
        and not stripped.endswith((".", ",", ";", ":"))
        and not _WIRE_DATELINE.match(stripped)
        and not _DATELINE_LINE.match(stripped)
        and not _BY.match(stripped)
        and not _is_date(stripped)
    )


def _date_line(line: str) -> bool:
    """A line that is only a date, possibly after a place ("Brussels, 11 March 2026")."""
    stripped = line.strip()
    if "(" in stripped or _WIRE_DATELINE.match(stripped):
        return False  # "LONDON, June 11 (Reuters) -" names the outlet: leave it in the text
    if _is_date(stripped):
        return True
    place, _, rest = stripped.partition(",")
    return bool(rest) and len(place.split()) <= 3 and place[:1].isupper() and _is_date(rest)


def infer_from_lines(
    text: str, want_title: bool = True, known_outlet: str | None = None
) -> Inferred:
    """Title/outlet stated by the text's first lines, and the text without consumed lines.

    Only a run of metadata-looking lines at the very top is consumed: a headline, a byline
    line, a "By …" line, a date line. A byline line's body remainder stays in the text.
    ``want_title=False`` when the title is already known: no short line is taken as title.
    A line that only repeats ``known_outlet``, or names an outlet under a "By" line, goes too.
    """
    lines = text.split("\n")
    result = Inferred(text=text)
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()][:5]
    consumed = after_by = False
    for n, i in enumerate(nonempty):
        line = lines[i].strip()
        if (known_outlet and line.casefold() == known_outlet.casefold()) or (
            after_by and _is_outlet(line)
        ):
            result.outlet = result.outlet or line
            lines[i] = ""
            consumed, after_by = True, False
            continue
        after_by = False
        nxt = lines[nonempty[n + 1]].strip() if n + 1 < len(nonempty) else ""
        title_follows = result.title is None and _title_line(nxt) and not _date_line(nxt)
        found = _byline(line, title_follows=title_follows and want_title)
        if found is not None:
            title, outlet, date_text, remainder = found
            result.outlet = result.outlet or outlet
            result.date_text = result.date_text or date_text
            if title and result.title is None:
                result.title = title
            lines[i] = remainder
            consumed = True
            if remainder:
                break  # the body has started
            continue
        by = _by_line(line)
        if by is not None:
            result.outlet = result.outlet or by[0]
            result.date_text = result.date_text or by[1]
            lines[i] = ""
            consumed = after_by = True
            continue
        if _date_line(line) and n < 4:
            result.date_text = result.date_text or line
            lines[i] = ""
            consumed = True
            continue
        if want_title and result.title is None and _title_line(line) and nxt:
            result.title = line.lstrip("#").strip()
            lines[i] = ""
            consumed = True
            continue
        break
    if consumed:
        result.text = "\n".join(lines).strip("\n")
    if result.outlet is None:
        m = _WIRE_DATELINE.search(result.text[:600])
        if m and _is_outlet(m.group("outlet").strip()):
            result.outlet = m.group("outlet").strip()
    return result
