"""What a date in a sentence is the day of, and when two days are one moment.

"announced the tariffs on March 12" / "the tariffs take effect on March 13": two days of
two slots of one story (the announcement and the effect), not one day misreported. A date
is in the *event* slot (the day something happened), the *start* or the *end* of something
that lasts ("talks opened on Monday" / "ended on Tuesday"), the *bound* slot (a limit: "by",
"until", "from", "effective") or the *later* slot (something to come or a rule's effect:
"will", "is set to", "takes effect", "deadline", "next"), the *again* slot (a happening going
on or resumed on another day: "continued for a second day on Wednesday") or the *told* slot
(the report's own day: "officials said Saturday"). Days of different slots are never
compared.

Two days one apart may be one moment on two calendars: in reports published in time zones
far apart (``ReconcileOptions.zone_apart_hours``), the eastern outlet's day the later one
("late on March 12" in New York is "early on March 13" in Hong Kong), or either way when a
day was read from a relative word ("Wednesday night" / "Thursday morning", "yesterday"); or
around midnight, two weekdays alone ("late Friday" / "Saturday", "Friday" / "early
Saturday"; written out, "late on Saturday, August 15" / "Sunday, August 16" conflict); or
in sentences naming two different time zones ("9 p.m. Eastern time on Wednesday" / "10 a.m.
Beijing time on Thursday"); or when each outlet dates the happening on its own publication
day and their zones are unknown (dates without a time: "ruled on Wednesday, May 28" in a
paper of May 28, "ruled on Thursday" in one of May 29).
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.records import TimeExpr

from .evidence import Doc
from .zones import local_zone, named_zone

# A bound, a start or a span's end right before the day: not the day something happened.
_BOUND_BEFORE = re.compile(
    r"\b(?:by|until|till|through|thru|from|since|before|after|effective|starting|"
    r"beginning|as of|no later than|deadline|expires?|expiring|ends?|ending|between|"
    r"runs? out|lapses?|"
    r"ahead of|prior to|pending)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# "will not declare the result until 27 November": the day it is declared, not a bound.
_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
_NOT_BEFORE_UNTIL = re.compile(r"\b(?:not|never|cannot|\w+n[’']t)\b(?:\s+\S+){1,6}\s+$",
                               re.IGNORECASE)
# Words around the day saying it is the day of something to come or of a rule's effect.
_LATER_SLOT = re.compile(
    r"\b(?:tak(?:e|es|ing|en)\s+effect|took effect|effective|in(?:to)? (?:force|effect)|"
    r"deadline|expir\w*|will|won[’']t|shall|would|(?:is|are|was|were|be) (?:set|scheduled|due|"
    r"expected|slated|poised|planned) to|plans? to|planned (?:to|for)|scheduled (?:to|for))\b",
    re.IGNORECASE)
# A verb told as to come: "will publish", "is due to present", "are set to sign".
_FUTURE_AUX = (r"\b(?:will|shall|(?:is|are) (?:due |set |scheduled |expected )?to)\s+"
               r"(?:\w+\s+){0,2}")
# Words before the day naming a happening still to come ("the next meeting on …").
_LATER_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming|scheduled|planned|due)\b"
                           r"(?:\s+\S+){0,4}\s+$|"
                           # "set oral arguments for Nov. 5", "set the vote for Friday"
                           r"\b(?:set|sets|setting|fixed|slated)\b(?:\s+\S+){0,4}\s+for\s+$",
                           re.IGNORECASE)
# A beginning or an end ("talks opened on Monday" / "ended on Tuesday"): two moments of one
# happening that lasts, each its own slot.
_START = re.compile(r"\b(?:open(?:s|ed|ing)?|beg[ai]n(?:s|ning)?|beginning|start(?:s|ed|ing)?|"
                    r"kick(?:s|ed)? off|commenc(?:e|es|ed|ing)|broke out|erupted)\b",
                    re.IGNORECASE)
_END = re.compile(r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|"
                  r"conclud(?:e|es|ed|ing)|wrap(?:s|ped)? up|adjourn(?:s|ed)?)\b", re.IGNORECASE)
# A happening going on, or told again, on another day ("the trial continued for a second
# day on Wednesday", "resumed on Monday", "classes remain suspended today"): a day of its
# own, not the first day's.
_AGAIN = re.compile(r"\b(?:continu\w*|resum\w*|(?:second|third|fourth|fifth|another|next|"
                    r"following) day|again|remain(?:s|ed|ing)?|still)\b", re.IGNORECASE)
# The report's own day: "officials said Saturday", "told reporters on Monday", "described
# by French media on Friday", "according to a statement Monday" date the telling, not the
# happening.
_SPEECH_BEFORE = re.compile(
    r"\b(?:(?:said|says|saying|told|telling|added|stated)(?:\s+[\w-]+){0,2}|"
    r"(?:described|quoted|reported) by(?:\s+[\w-]+){1,3}|"
    r"statement(?:\s+(?:issued|released|published))?|"
    # "preliminary results showed on Sunday": the day a count told it
    r"(?:results?|data|figures|count|tally|returns)\s+(?:\w+\s+)?show(?:ed|s|n)?)"
    r"\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_SPEECH_CHARS = 40  # characters before a day read for a verb of telling
_INFINITIVE = re.compile(r"\bto\s+\w+", re.IGNORECASE)
_PHASE_AFTER_CHARS = 25  # characters after a day read for a beginning or an end
_BEFORE_CHARS = 80  # characters before a day read for its slot
_AFTER_CHARS = 40  # ... and after it
_DIGIT = re.compile(r"\d")


# A day a count was updated on ("the death toll from Sunday's quake climbed to 23 on
# Tuesday"): not the day of the happening counted.
_COUNT_UPDATE = re.compile(r"\b(?:toll|tally|count)\b(?:[^.;]|\.\d){0,80}\b(?:climbed|rose|"
                           r"risen|jumped|increased|reached|stood|hit)\b[^.;]{0,40}$",
                           re.IGNORECASE)


def slot_of(doc: Doc, t: TimeExpr) -> str:
    """"event", "bound", "since", "count", "later", "start" or "end" (see the module doc), read from
    the day's own clause."""
    text = doc.article.text
    # Only the clause holding the day: "…; it said Tuesday" does not read the other clause.
    before = re.split(r"[;:()\u2014]|\.\s", text[max(0, t.start - _BEFORE_CHARS):t.start])[-1]
    after = re.split(r"[,;:()\u2014]|\.\s", text[t.end:t.end + _AFTER_CHARS])[0]
    if _SPEECH_BEFORE.search(text[max(0, t.start - _SPEECH_CHARS):t.start]):
        return "told"
    bound = _BOUND_BEFORE.search(before)
    if bound and not (_UNTIL.match(bound.group(0)) and _NOT_BEFORE_UNTIL.search(
            before[:bound.start()])):
        # "since early this morning" starts a span; "by Monday" ends one: two bounds
        return "since" if bound.group(0).lower().startswith("since") else "bound"
    sentence = doc.sentence(t.sentence)
    if sentence is not None and _COUNT_UPDATE.search(text[sentence.start:t.start]):
        return "count"  # "the death toll … climbed to 23 on Tuesday": the count's day
    if _LATER_SLOT.search(before) or _LATER_SLOT.search(after) or _LATER_BEFORE.search(before):
        return "later"
    if t.governor and sentence is not None and re.search(
            _FUTURE_AUX + re.escape(t.governor) + r"\b", text[sentence.start:t.start],
            re.IGNORECASE):
        return "later"  # "The bank will publish its quarterly report, known as …, on
        # Wednesday morning": the verb the day dates is to come, however far before it
    # "voted on Monday to close the bridge": an infinitive tells what was decided, not a
    # beginning or an end of the happening.
    near = _INFINITIVE.sub(" ", before + " " + after[:_PHASE_AFTER_CHARS])
    if _AGAIN.search(near):
        return "again"
    start, end = bool(_START.search(near)), bool(_END.search(near))
    if start != end:
        return "start" if start else "end"
    return "event"


def comparable_slots(a: str, b: str) -> bool:
    """Days of these slots may date one happening when the words around them say so: the
    same slot, or a happening against its beginning or end ("returned to work on Tuesday" /
    "ended their strike on Wednesday")."""
    return a == b or {a, b} in ({"event", "start"}, {"event", "end"})


def utc_offset_hours(published: str | None) -> float | None:
    if not published or len(published) <= 10:
        return None
    try:
        offset = dt.datetime.fromisoformat(published.replace("Z", "+00:00")).utcoffset()
    except ValueError:
        return None
    return None if offset is None else offset.total_seconds() / 3600


# A time zone written in a sentence ("9 p.m. Eastern time", "10 a.m. Beijing time", "GMT").
_ZONE = re.compile(r"\b(?:[A-Z][a-z]+\s){1,2}time\b|\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b")


# Around midnight: the end of the earlier day, the start of the later one.
_LATE = re.compile(r"\b(?:late|night|tonight|overnight|midnight)\b", re.IGNORECASE)
# A part of the later day far from its midnight, or of the earlier day far from its end.
_FAR_FROM_MIDNIGHT_AFTER = re.compile(r"\b(?:afternoon|evening|night)\b", re.IGNORECASE)
_FAR_FROM_MIDNIGHT_BEFORE = re.compile(r"\b(?:morning|afternoon)\b", re.IGNORECASE)
_DAWN_BEFORE = re.compile(r"\b(?:before|at|around|after)\s+(?:dawn|daybreak|sunrise|first light)\b",
                          re.IGNORECASE)
_EARLY = re.compile(r"\b(?:early|overnight|midnight|before dawn|predawn|pre-dawn|"
                    r"small hours|wee hours)\b", re.IGNORECASE)


def _around(doc: Doc, t: TimeExpr) -> str:
    """The day's words and the few before and after it ("late Friday", "Friday night")."""
    text = doc.article.text
    return text[max(0, t.start - 12):t.end + 8]


def _zones_named(doc: Doc, t: TimeExpr) -> set[str]:
    return {m.group(0).lower() for m in _ZONE.finditer(doc.sentence_text(t.sentence))}


# A day given with a time converted to another zone, in brackets ("at 11:17 p.m. local time
# (0417 GMT Saturday)"): the same moment on the other zone's calendar.
_CONVERTED = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|[A-Z]{2,4}T)\s*(?:on\s+)?$")


def converted_day(doc: Doc, t: TimeExpr) -> bool:
    """Is the date the day of a time converted to another zone, in brackets, or of a UTC
    time near midnight ("polls closed at 00:00 UTC on 15 June": Sunday evening where the
    vote was)?"""
    before = doc.article.text[max(0, t.start - 20):t.start]
    # (the clock read before the day, or as the expression's start: "00:00 UTC on 15 June")
    utc = _UTC_BEFORE.search(before) or _UTC_START.match(doc.article.text, t.start, t.end)
    return bool(_CONVERTED.search(before)
                or _CONVERTED_WHOLE.search(doc.article.text[max(0, t.start - 20):t.end])
                or (utc is not None and int(utc.group(1)) in _NEAR_MIDNIGHT))


_UTC_BEFORE = re.compile(r"\b(\d{1,2})[:.]?\d{2}\s*(?:GMT|UTC)\s*(?:on\s+)?$")
_UTC_START = re.compile(r"(\d{1,2})[:.]?\d{2}\s*(?:GMT|UTC)\b")
# UTC hours whose day is another day somewhere within three hours of it
_NEAR_MIDNIGHT = frozenset({21, 22, 23, 0, 1, 2})


# ... or the bracket read as one expression with its day ("(23:24 GMT on Tuesday)").
_CONVERTED_WHOLE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|[A-Z]{2,4}T)\b[^()]{0,30}$")


def two_zones(da: Doc, ta: TimeExpr, db: Doc, tb: TimeExpr) -> bool:
    """The two sentences name time zones, and none in common: their days may be one moment
    on two calendars ("9 a.m. Hong Kong time on Wednesday" / "9 p.m. Eastern time on
    Tuesday"); or one names a zone and the other times the day where it happened, hours
    away ("3:15 p.m. EDT on Wednesday" / "lifted off from Mahia at 7.15am on Thursday")."""
    za, zb = _zones_named(da, ta), _zones_named(db, tb)
    if za and zb:
        # one zone however named ("UTC" / "GMT"): by its offset when known
        return not {named_zone(z) or z for z in za} & {named_zone(z) or z for z in zb}
    oa, ob = _offset(da, ta, za), _offset(db, tb, zb)
    return oa is not None and ob is not None and abs(oa - ob) >= _ZONES_APART_MINUTES


_ZONES_APART_MINUTES = 180  # two zones this far apart put one moment on two days
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)


def _offset(doc: Doc, t: TimeExpr, named: set[str]) -> int | None:
    """The standard UTC offset, in minutes, of the zone the sentence's clock time is told
    in: a zone it names, else (a clock time without one) that of the places it names."""
    for name in sorted(named):
        zone = named_zone(name)
        if zone is not None:
            return zone[0]
    if not _CLOCK.search(doc.sentence_text(t.sentence)):
        return None
    zone = local_zone(doc, (t.sentence,))
    return zone[0] if zone is not None else None


def around_midnight(first: Doc, tf: TimeExpr, then: Doc, tt: TimeExpr) -> bool:
    """Two days one apart (``first`` the earlier), neither written with a number, told
    around midnight: "late Friday" / "Saturday", "Friday" / "early Saturday" may be one
    moment on either day."""
    if _DIGIT.search(tf.text) or _DIGIT.search(tt.text):
        return False
    before, after = _around(first, tf), _around(then, tt)
    if (_FAR_FROM_MIDNIGHT_AFTER.search(after) or _FAR_FROM_MIDNIGHT_BEFORE.search(before)
            or _DAWN_BEFORE.search(first.article.text, max(0, tf.start - 24), tf.end + 8)):
        return False  # "Friday night" / "Saturday evening", "before dawn on Saturday" /
        # "early Sunday": a day apart, not one moment
    return bool((_LATE.search(before) and not _LATE.search(after))
                or (_EARLY.search(after) and not _EARLY.search(before)))


# A clock time written in a named zone ("02:40 GMT", "2:40 a.m. UTC"), in the day's words.
ZONED_TIME = re.compile(r"\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{2,4}T)\b")


def _late_against_zoned(first: Doc, tf: TimeExpr, then: Doc, tt: TimeExpr) -> bool:
    """The earlier day told late, with no time ("late on Friday"), the later one with a
    clock time in a named zone ("at 02:40 GMT on Saturday"): a moment near midnight where
    the first outlet is may fall on the next day in that zone."""
    if _DIGIT.search(tf.text) or not _LATE.search(_around(first, tf)):
        return False
    sentence = then.sentence(tt.sentence)
    text = then.article.text[sentence.start:sentence.end] if sentence is not None else tt.text
    return bool(ZONED_TIME.search(text))


def one_moment(da: Doc, ta: TimeExpr, day_a: dt.date, db: Doc, tb: TimeExpr, day_b: dt.date,
               apart_hours: float) -> bool:
    """Two days one apart that may be one moment in two time zones (see the module doc)."""
    if abs((day_a - day_b).days) != 1:
        return False
    relative = not (_DIGIT.search(ta.text) and _DIGIT.search(tb.text))
    first, then = ((da, ta), (db, tb)) if day_a < day_b else ((db, tb), (da, ta))
    if around_midnight(*first, *then):
        return True  # "late Friday" / "early Saturday": around midnight, either day
    if two_zones(da, ta, db, tb):
        return True  # "9 p.m. Eastern time on Wednesday" / "10 a.m. Beijing time on Thursday"
    if _late_against_zoned(*first, *then):
        return True  # "late on Friday" (Chile) / "at 02:40 GMT on Saturday"
    if (_hours_ago_near_midnight(first[0], first[1], apart_hours, late=True)
            or _hours_ago_near_midnight(then[0], then[1], apart_hours, late=False)):
        return True  # "about 30 minutes ago" in a report stamped 23:45 GMT: the day where
        # the quake struck may be the next
    oa, ob = utc_offset_hours(da.article.published), utc_offset_hours(db.article.published)
    if oa is None or ob is None:
        return _own_days(da, day_a, db, day_b) and not same_part_of_day(da, ta, db, tb)
    if abs(oa - ob) < apart_hours:
        return False
    return relative or (oa > ob) == (day_a > day_b)


_HOURS_AGO = re.compile(r"\b(?:minutes|hours?|an hour) ago\b|\bearlier today\b",
                        re.IGNORECASE)


def _hours_ago_near_midnight(doc: Doc, t: TimeExpr, apart_hours: float, late: bool) -> bool:
    """A day read off the report's own clock ("30 minutes ago") from a publication time
    within ``apart_hours`` of midnight (before it when ``late``, after it otherwise): in the
    place it tells of, that moment may fall on the other day."""
    published = doc.published_at
    if published is None or not _HOURS_AGO.search(t.text):
        return False
    hour = published.hour + published.minute / 60
    return hour >= 24 - apart_hours if late else hour < apart_hours


def same_part_of_day(da: Doc, ta: TimeExpr, db: Doc, tb: TimeExpr) -> bool:
    """Both days told early ("before dawn on Saturday" / "early Sunday"), or both late: a
    day apart, the same hour of each, 24 hours apart, which no two zones' calendars make."""
    a = da.article.text[max(0, ta.start - 24):ta.end + 8]  # ("before dawn on Saturday")
    b = db.article.text[max(0, tb.start - 24):tb.end + 8]
    early = _EARLY.search(a) and _EARLY.search(b) and not (_LATE.search(a) or _LATE.search(b))
    return bool(early or (_LATE.search(a) and _LATE.search(b)))


def _own_days(da: Doc, day_a: dt.date, db: Doc, day_b: dt.date) -> bool:
    """Each outlet dates the happening on its own publication day, the later day the later
    report's, and their time zones are unknown (a date without a time): each may tell one
    moment as "today" on its own calendar (a ruling late on Wednesday in Washington is
    "Thursday" to a paper dated Thursday in Hong Kong)."""
    ra, rb = _published_day(da), _published_day(db)
    return ra == day_a and rb == day_b


def _published_day(doc: Doc) -> dt.date | None:
    """The article's own publication day (its metadata's), not one read from its text."""
    try:
        return dt.date.fromisoformat(doc.article.published[:10]) if doc.article.published \
            else None
    except ValueError:
        return None


def report_day(doc: Doc) -> dt.date | None:
    """The day the article was published (or its text dates it), if known."""
    ref = doc.analysis.reference_date or doc.article.published_date
    try:
        return dt.date.fromisoformat(ref[:10]) if ref else None
    except ValueError:
        return None


def after_other_report(da: Doc, day_a: dt.date, db: Doc, day_b: dt.date) -> bool:
    """One day is past for its own report but after the other report's day: that report
    could not tell its happening, so the two days may date two happenings (a hearing, then
    the ruling)."""
    return later_than_other(report_day(da), day_a, report_day(db), day_b)


def later_than_other(ra: dt.date | None, day_a: dt.date, rb: dt.date | None,
                     day_b: dt.date) -> bool:
    """``after_other_report`` on the two reports' days."""
    if ra is None or rb is None:
        return False
    return ra < day_b <= rb or rb < day_a <= ra
