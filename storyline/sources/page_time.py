"""The moment an HTML page was published: the time of day the extractor drops.

trafilatura gives a page's publication *day*; the page usually says the moment too, in its
metadata (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``) or in
a visible stamp ("Updated 22 February 2026, 18:30 GMT"). The moment tells a toll that rose
in a later report (an update) from two outlets disagreeing (``reconcile.updates``), so it is
kept when it falls on the day the extractor found: a stamp of another day is some other
date on the page (an older story's, a sidebar's), not this article's.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import datetime, timedelta, timezone

from storyline.sources.dates import normalize_date

_HEAD_BYTES = 262_144  # metadata sits in the head; a visible stamp near the headline

_META = re.compile(
    r"<meta\b[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']"
    r"(?:article:published_time|og:published_time|datePublished|pubdate|publish[-_]date|"
    r"parsely-pub-date|sailthru\.date|dc\.date\.issued)[\"'][^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"\bcontent\s*=\s*[\"']([^\"']{10,40})[\"']", re.IGNORECASE)
_JSON_LD = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{10,40})\"")
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']{10,40})[\"']", re.IGNORECASE)
_CLOCK_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")

# A visible stamp with a zone that fixes the moment: "Updated 22 February 2026, 18:30 GMT",
# "Published: June 11, 2025 at 9:05 a.m. EDT".
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_STAMP = re.compile(
    r"\b(?:updated|published|posted|last modified)\s*:?\s*(?:on\s+)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?"
    r"(?P<day>\d{1,2}\s+" + _MONTHS + r",?\s+\d{4}|" + _MONTHS + r"\s+\d{1,2},?\s+\d{4})"
    r",?\s+(?:at\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    r"(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|JST|HKT|SGT|AEST|AEDT)\b",
    re.IGNORECASE)
# Hours east of UTC of the zones a stamp names.
_ZONES = {"gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "est": -5, "edt": -4, "cst": -6,
          "cdt": -5, "pst": -8, "pdt": -7, "jst": 9, "hkt": 8, "sgt": 8, "aest": 10,
          "aedt": 11}
_TAGS = re.compile(r"<[^>]+>")


def page_time(raw: bytes, day: str | None) -> str | None:
    """The page's publication moment (ISO datetime) on ``day`` (YYYY-MM-DD), or None when
    the page states no time of that day."""
    if not day:
        return None
    page = raw[:_HEAD_BYTES].decode("utf-8", "replace")
    stated = [m2.group(1) for m in _META.finditer(page) if (m2 := _CONTENT.search(m.group(0)))]
    stated += _JSON_LD.findall(page) + _TIME_TAG.findall(page)
    for value in stated:
        value = html_lib.unescape(value).strip()
        if not _CLOCK_ISO.match(value):
            continue
        when = normalize_date(value)
        # (a CMS writes midnight when it keeps no time: that is no moment)
        if when and when[:10] == day and len(when) > 10 and when[11:19] != "00:00:00":
            return when
    text = html_lib.unescape(_TAGS.sub(" ", page))
    for m in _STAMP.finditer(text):
        on = normalize_date(m.group("day"))
        if on is None or on[:10] != day:
            continue
        hour, minute = int(m.group("h")), int(m.group("m"))
        ampm = (m.group("ampm") or "").lower()[:1]
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        zone = timezone(timedelta(hours=_ZONES[m.group("zone").lower()]))
        moment = datetime.fromisoformat(on[:10]).replace(hour=hour, minute=minute, tzinfo=zone)
        return moment.isoformat()
    return None
