"""Clock-time conflicts: outlets timing one happening differently ("about 2:30 a.m." /
"shortly after 2 a.m.").

Clock times are read from each content sentence with the time zone written next to them
("Hong Kong time", "local time", "GMT"; or opening the next sentence, where the splitter
took "p.m." for a full stop); "noon" and "midnight" only with a zone written ("at noon
London time"), and an article's word times do not make it time several happenings. Two
times of different independent outlets conflict when their sentences say the same thing
(TF-IDF similarity, or one claim) and the times are further apart than the looseness of
their wording allows. Two times in different stated
zones whose offsets are known (``zones``: "Central time", "GMT", "local time" in the places
the report names) are compared in absolute time ("6:30 p.m. Central" / "8:30 p.m.
Eastern": an hour apart); in zones not known, two times that differ by whole hours are
one moment told in two zones, not a conflict. A time with no zone in a datelined report is
the dateline's local time (against a zone written out only); each article's one start or end
in zones both known is one moment when the sentences share a word ("Polls closed at 9 p.m.
local time" / "polling stations shutting at 1900 GMT"), and two known zones may put it on
adjacent weekdays ("8.35am AEST on Wednesday" / "23:35 GMT on Tuesday"). Nor are
two times an article gives both of (it tells two moments, "9:40 p.m. Friday (1:40 a.m. ET
Saturday)"), nor the start and the end of something ("polls opened at 8 a.m." / "closed at 6
p.m."; "lifted off at 6:36 p.m." / "splashed down at 6:43 p.m."), nor a quake's time against
an aftershock's, nor the time a count was made ("as of 4 p.m.") against the time of a
happening, nor a time with the same odd minutes whole hours from one in a named zone, nor a
report's own time stamp after its date ("Jul 13, 2009 / 02:00 pm") or a label opening its
line ("Published: 10:14 GMT"; "an exit poll published at 9 p.m." is a happening's), nor two
times hours apart (``ReconcileOptions.clock_max_apart_minutes``; twelve hours apart, an
"a.m."/"p.m." slip, still conflict). A time planned or expected ("was scheduled to speak at
10 a.m.") is compared only with another such time, and the end of a range of hours ("between
10-11 a.m.") is no moment.

"by" before a time usually marks when a state held ("by noon, 40 had fled"), but next to a
verb of putting something out or under control ("the fire was extinguished by 7 a.m.",
"by 6:40 a.m. the blaze was under control") it marks when the happening was over: such
times are compared with each other only, in sentences that share a content word (the thing
put out), even when the rest of the sentences differ.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass

from .claims import ClaimIndex
from .date_conflicts import happening_verb
from .deadlines import month_day
from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import ReconcileOptions
from .space import SentenceSpace
from .text import STOP_WORDS, clip, stem
from .zones import (
    Zone,
    article_zones,
    dateline_zone,
    local_zone,
    named_zone,
    only_zone,
    sentence_zone,
    utc_gap,
)

log = logging.getLogger(__name__)

# Words before a clock time saying how near it is ("about", "shortly after", "at").
_CUE = (r"(?P<cue>\b(?i:about|around|approximately|roughly|nearly|almost|shortly (?:after|"
        r"before)|just (?:after|before|past)|soon after|after|before|by|at|"
        # "It was 03:27 when the ground began to shake"
        r"[Ii]t was(?: just)?(?= [\d:.]+(?: [ap]\.?m\.?)? when\b)|"
        # "at 23:57 UTC on Monday, which was 02:57 on Tuesday in Jordan": the moment again
        r"(?<=, )which was)\s+)?")
# A zone written after it ("Hong Kong time", "local time", "GMT", "Eastern").
_ZONE = (r"(?:\s+(?P<zone>(?:[A-Z][^\W\d_]+\s){0,2}[Tt]ime\b|local time|our time|[A-Z]{1,4}T\b"
         r"|GMT|UTC|(?:Eastern|Central|Mountain|Pacific)(?![\w-]|\s+[A-Z])))?")
# ("about 2 a.m. our time": the outlet's own zone, named by no name: a zone not known)
_CLOCK = re.compile(
    _CUE + r"\b(?P<h>[01]?\d)(?:(?::\s?|\.)(?P<m>[0-5]\d))?\s*(?P<ap>[aApP])\.?\s?[mM]\b\.?"
    + _ZONE)
# "at noon London time", "midnight GMT": a clock time in a word, read with its zone written.
_WORD_MINUTES = {"noon": 720, "midday": 720, "midnight": 0}
_CLOCK_WORD = re.compile(_CUE + r"\b(?P<word>" + "|".join(_WORD_MINUTES) + r")\b" + _ZONE)
# Minutes counted from a word time: "42 minutes past midnight", "a quarter to noon".
_MINUTES_OFF = re.compile(r"\b(?P<n>\d{1,2}|a quarter|half)\s+(?:minutes?\s+)?"
                          r"(?P<dir>past|after|to|before)\s+$", re.IGNORECASE)
_WORD_TIME = re.compile(r"\b(?:" + "|".join(_WORD_MINUTES) + r")\b", re.IGNORECASE)
# A 24-hour time, with a zone or "hours" written after it ("14:05 local time", "0900 GMT",
# "at 21:30 hours"), or unmistakable without one ("at 14:05", "at 09:30"): wires and
# outlets outside the United States write times so.
_CLOCK24 = re.compile(
    _CUE + r"\b(?P<h>[01]\d|2[0-3]|\d)(?P<sep>[:.h]?)(?P<m>[0-5]\d)\b(?!\s*[aApP]\.?\s?[mM]\b)"
    r"(?:\s*(?:hours|hrs)\b)?"
    r"(?:\s+(?P<zone>(?:[A-Z][^\W\d_]+\s){0,2}[Tt]ime\b|local time|our time|[A-Z]{1,4}T\b|GMT"
    r"|UTC))?"
)
_LOOSE = re.compile(r"about|around|approximately|roughly|nearly|almost|shortly|just|soon", re.I)
# A loose time that says on which side of it the moment lies: "shortly before midnight" is
# 23:30 rather than 00:10.
_BEFORE_SIDE = re.compile(r"\b(?:shortly|just)\s+before\b", re.I)
_AFTER_SIDE = re.compile(r"\b(?:(?:shortly|just|soon)\s+after|just\s+past)\b", re.I)


def _side(cue: str) -> int:
    return -1 if _BEFORE_SIDE.search(cue) else 1 if _AFTER_SIDE.search(cue) else 0


# A report named by its hour: "the NDRRMC's 6 p.m. situation report", "in its 6 a.m. update".
_REPORT_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:report|update|bulletin|briefing|advisory|"
                           r"sitrep|press conference)\b", re.I)
# A time planned or expected: "is scheduled to be sworn in … at 5pm", "will announce at 2".
_PLAN = re.compile(r"\b(?:scheduled|expected|due|slated|planned|set)\s+(?:to|for)\b|\bwill\b",
                   re.I)
# What the time marks, read from the words just before it: a beginning, an end, or the
# moment a count or state was taken ("as of 4 p.m.", "by noon"), which is no happening.
_PHASES = (
    ("status", re.compile(r"\b(?:as of|as at|by|until|till|up to|up until)\s+(?:\w+\s+)?$",
                          re.I)),  # ("had recorded 46 aftershocks up to 6 a.m.")
    # The time a count was given ("in an update at 1 p.m.", "figures given by the township
    # administration at 9 am", "in a count given at 20:30"): a state read, no happening.
    # (not a count declared: "declared the preliminary count at 10:40 p.m." is a happening)
    ("status", re.compile(r"\b(?:in\s+(?:an?|its|the)\s+(?:[\w-]+\s+)?(?:update|bulletin|"
                          r"briefing|count|tally)|(?:figures|count|tally|update)\s+(?:given|"
                          r"released|issued|published))\b[^.;]{0,60}\bat\s+(?:about\s+|"
                          r"around\s+)?$", re.I)),
    # A market's price at a moment ("trading at R17.63 to the dollar at about 16:45"): a
    # state read at that time, no happening.
    ("status", re.compile(r"\b(?:trading|traded|trades|quoted|changing hands|changed hands)\b"
                          r"(?:[^.;]|\.(?=\d)){0,40}\bat\s+(?:about\s+|around\s+|roughly\s+)?$",
                          re.I)),
    # The report's own moment: "At this point (10:30 p.m.), police said the crowd had gone".
    ("status", re.compile(r"\b(?:at (?:this|that) point|at press time|as we write|"
                          r"at the time of (?:writing|publication))\W*$", re.I)),
    # A time planned or expected ("was scheduled to speak at 10 a.m.", "will announce at 2
    # p.m."): compared only with another planned time, never with when something happened.
    ("plan", _PLAN),
    # A moment counted from another ("about eight minutes after liftoff, at 8:55 p.m."): a
    # later happening, not the one it counts from (before the start, which it names too).
    ("later", re.compile(r"\b(?:seconds?|minutes?|hours?)\s+(?:after|later\s+than)\s+"
                         r"(?:the\s+|its\s+)?(?:[\w-]+\s+)?[\w-]+\W*(?:at\s+)?$", re.I)),
    # A flight's departure and its landing ("lifted off at 6:36 p.m." / "the booster
    # splashed down at 6:43 p.m."): a start and an end too.
    ("start", re.compile(r"\b(?:open(?:s|ed|ing)?|beg[ai]n(?:s|ning)?|start(?:s|ed|ing)?|"
                         r"kick(?:s|ed)? off|commenc(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|"
                         r"(?:get|gets|got|getting) under ?way|"
                         r"(?:lift(?:s|ed|ing)?|blast(?:s|ed|ing)?|took|takes?|taking) off|"
                         r"liftoff|launch(?:es|ed|ing)?|left (?:the|its) (?:launch ?)?pad|"
                         r"cleared (?:the|its) (?:launch )?tower)\b"
                         # (a place's name: "the Jiuquan Satellite Launch Center")
                         r"(?!\s+(?:cent(?:er|re)|site|pad|complex|base|facility)\b)", re.I)),
    # ("closed-door talks" are no end)
    ("end", re.compile(r"\b(?:clos(?:e|es|ed|ing)(?![- ]door)|end(?:s|ed|ing)?|"
                       r"finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped)? up|"
                       r"shut(?:s|ting)?|"
                       r"(?:splash(?:es|ed|ing)?|touch(?:es|ed|ing)?) down|splashdown|"
                       r"land(?:s|ed|ing)?)\b", re.I)),
)
# The end of a range of hours ("between 10-11 a.m.", "from 9 to 11 p.m."): no moment.
_RANGE_END = re.compile(r"(?:\b\d{1,2}(?::\d\d)?\s*(?:[-–]|to)|\bbetween\s+\d{1,2}(?::\d\d)?"
                        r"\s+and)\s*$", re.I)
# A later happening of the same kind ("a magnitude 6.4 aftershock struck at 1:02 p.m."):
# its time is not the main happening's.
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)
_PHASE_WINDOW = 60  # characters before the time read for its phase
_DONE_AFTER = 40  # characters after a "by" time read for a verb of putting out
_DONE = re.compile(r"\b(?:extinguish(?:ed|es|ing)?|put out|under control|contain(?:ed|ing)?|"
                   r"knock(?:ed)? down|doused|quell(?:ed)?|subdued|brought down)\b", re.I)
_BY = re.compile(r"\bby\s+$", re.I)
_CONTENT = re.compile(r"[a-z]{3,}")
# scikit-learn's stop-word list holds a few nouns that are the very thing put out.
_FUNCTION_WORDS = STOP_WORDS - {"fire", "fires", "system", "mill", "bill"}
# A time stamped right after a full date ("Jul 13, 2009 / 02:00 pm") dates the report.
_STAMP = re.compile(r"\b(?:19|20)\d\d\s*[/|,–-]?\s*$")
# ... or one a page labels ("PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT",
# "Last updated at 11:24"): the label opens the line or a part of it, or has a colon; "an
# exit poll published at 9 p.m." times a happening of the story.
_STAMP_LABEL = re.compile(
    r"(?:^|[|•·—–]|\s-)\s*(?:last\s+)?(?:published|updated|posted|modified)"
    r"(?:\s+(?:at|on))?\W*$|\b(?:published|updated|posted|modified)\s*:\s*$", re.I)
_STAMP_DATE_AFTER = re.compile(r"^\s*,\s*(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                               r"Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b", re.I)
_FRAGMENT_WORDS = 10  # a sentence this short ending at its time was cut from the next
_REST = re.compile(r"[\s.,;:)\]\"”’'—-]*")  # nothing but punctuation after the time
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b", re.I)


@dataclass(frozen=True)
class ClockTime:
    """One clock time as an article states it."""

    doc: Doc
    sentence: int
    minutes: int  # since midnight
    text: str
    zone: str  # "" when none is written; "local time", "hong kong time", "gmt"
    loose: bool  # "about", "shortly after": the time is approximate
    phase: str = ""  # "start", "end", "status" or "" (a happening)
    context: tuple[int, ...] = ()  # the sentences telling the happening (see ``_context``)
    verb: str = ""  # the happening verb the time modifies ("break" of "broke out at 8.40pm")
    offset: Zone | None = None  # the zone's UTC offset and rule, when known (``zones``)
    side: int = 0  # -1 "shortly before", +1 "shortly after": the moment lies on that side

    def shown(self) -> str:
        return self.text.strip().removeprefix("which was ")


def clock_times(doc: Doc) -> list[ClockTime]:
    """The clock times in the article's content sentences."""
    out = []
    for index in doc.content:
        text = doc.sentence_text(index)
        for m in _CLOCK.finditer(text):
            hour = int(m.group("h"))
            if not 1 <= hour <= 12 or _stamped(text, m) or _RANGE_END.search(text[:m.start()]):
                continue
            hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = hour * 60 + int(m.group("m") or 0)
            cue = m.group("cue") or ""
            before = text[max(0, m.start() - _PHASE_WINDOW):m.start()] + cue
            phase = _phase(before) or _planned(text, m.start())
            if _REPORT_AFTER.match(text, m.end()):
                phase = "status"  # "In its 6 a.m. report, the NDRRMC said …": a report's
                # hour, no happening's
            if (phase == "status" and _BY.search(before)
                    and _DONE.search(before + text[m.end():m.end() + _DONE_AFTER])):
                phase = "done"
            zone = m.group("zone") or _zone_next(doc, index, text, m.end())
            if zone in _BARE_US_ZONES:  # "7:34 p.m. Central": a US zone without "time"
                zone += " time"
            shown = m.group(0).strip() + (f" {zone}" if zone and not m.group("zone") else "")
            out.append(ClockTime(doc, index, minutes, shown, zone.lower(),
                                 bool(_LOOSE.search(cue)),
                                 phase, _context(doc, index, text, m.end()),
                                 _verb(doc, index, m), side=_side(cue)))
        for m in _CLOCK_WORD.finditer(text):
            if _stamped(text, m) or not m.group("zone"):
                continue  # ("just after noon", "before midnight": loose, of no known zone)
            cue = m.group("cue") or ""
            before = text[max(0, m.start() - _PHASE_WINDOW):m.start()] + cue
            zone = m.group("zone") or ""
            if zone in _BARE_US_ZONES:
                zone += " time"
            minutes, shown = _WORD_MINUTES[m.group("word").lower()], m.group(0).strip()
            off = _MINUTES_OFF.search(text, max(0, m.start("word") - 30), m.start("word"))
            if off:  # "42 minutes past midnight Lithuanian time": 00:42
                n = 15 if off.group("n").lower() == "a quarter" else 30 if off.group(
                    "n").lower() == "half" else int(off.group("n"))
                sign = -1 if off.group("dir").lower() in ("to", "before") else 1
                minutes = (minutes + sign * n) % 1440
                shown = text[off.start():m.end()].strip()
                cue = ""
            out.append(ClockTime(doc, index, minutes,
                                 shown, zone.lower(), bool(_LOOSE.search(cue)),
                                 _phase(before) or _planned(text, m.start()),
                                 _context(doc, index, text, m.end()),
                                 _verb(doc, index, m), side=_side(cue)))
        for m in _CLOCK24.finditer(text):
            hour = int(m.group("h"))
            if _stamped(text, m):
                continue
            if not _is_24_hour(m):
                part = (_DAY_PART_AFTER.match(text, m.end())
                        if m.group("sep") == ":" and m.group("cue") and not m.group("zone")
                        and 1 <= hour <= 12 else None)
                if part is None:
                    continue
                # "at 11:24 yesterday morning", "at 8:15 on Tuesday evening": a 12-hour
                # time its day part puts before or after noon ("at 2:10 on Sunday night"
                # is after midnight)
                later = part.group(1).lower() != "morning" and not (
                    part.group(1).lower() == "night" and hour % 12 < 5)
                hour = hour % 12 + (12 if later else 0)
            cue = m.group("cue") or ""
            before = text[max(0, m.start() - _PHASE_WINDOW):m.start()] + cue
            out.append(ClockTime(doc, index, hour * 60 + int(m.group("m")),
                                 m.group(0).strip(), (m.group("zone") or "").lower(),
                                 bool(_LOOSE.search(cue)),
                                 _phase(before) or _planned(text, m.start()),
                                 _context(doc, index, text, m.end()),
                                 _verb(doc, index, m), side=_side(cue)))
    # A time told with no zone in a datelined report is the dateline's local time (or, with
    # no dateline known, that of the places the report names, when all are of one zone and
    # one is where things are: a Kathmandu daily's "struck at 4:52 am" of a quake "across
    # central Nepal"); it is
    # read in absolute time only against a time in a zone written out (``_gap``: two such
    # times share the zone "dateline" and compare as written).
    # A time whose own sentence says where things are ("announced the decision at 4pm after
    # its board meeting in Rabat") is that place's time, before the dateline's.
    home = dateline_zone(doc) or only_zone(doc)
    # "…, which was 02:57 on Tuesday in Jordan": the moment of the sentence's other time
    out = [dataclasses.replace(t, verb=next((o.verb for o in out if o.sentence == t.sentence
                                             and o.verb), ""))
           if t.text.startswith("which was") and not t.verb else t for t in out]
    out = [dataclasses.replace(t, offset=_zone(t)) if t.zone else t for t in out]
    return [t if t.zone else dataclasses.replace(t, zone="dateline", offset=own)
            if (own := sentence_zone(doc, t.sentence) or home) is not None
            else t for t in out]


# A zone opening the next sentence, the splitter having taken "p.m." for a full stop
# ("rose from its pad at 8:30 p.m." + "Eastern time on Tuesday, carrying …").
_ZONE_OPENING = re.compile(r"\s*((?:[A-Z][a-z]+\s){1,2}time\b|[A-Z]{1,4}T\b|GMT\b|UTC\b"
                           r"|(?:Eastern|Central|Mountain|Pacific)(?=[,;.]))")


# A zone written after the day the time falls on ("at 3pm on Friday, May 15, Hong Kong
# time"): the time's zone.
_ZONE_AFTER_DAY = re.compile(
    r"\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+(?:[A-Z][a-z]+\.?\s+"
    r"\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?,?\s+(?P<zone>(?:[A-Z][^\W\d_]+\s){1,2}time\b|"
    r"[A-Z]{1,4}T\b|GMT|UTC)")


def _zone_next(doc: Doc, index: int, text: str, end: int) -> str:
    after_day = _ZONE_AFTER_DAY.match(text, end)
    if after_day:
        return after_day["zone"]
    if not _REST.fullmatch(text[end:]) or doc.sentence(index + 1) is None:
        return ""
    m = _ZONE_OPENING.match(doc.sentence_text(index + 1))
    return m.group(1) if m else ""


# Beyond ``happening_verb``'s verbs of one happening ("struck" / "hit"): a rocket that
# "rose from its pad" at a time launched then.
_SAME_VERB = {"rise": "launch", "soar": "launch"}


_BARE_US_ZONES = frozenset({"Eastern", "Central", "Mountain", "Pacific"})
# "The BOJ statement came at 12:35 p.m." is when it was announced (also "The statement
# landed at 12:24 p.m.", "The decision, published at 11:54 a.m.").
_PUT_OUT_NOUN = re.compile(r"\b(?:statement|announcement|decision)\s*,?\s+(?:came|landed|"
                           r"(?:was\s+)?(?:released|issued|published|made|announced))\b", re.I)
# A happening told by its noun ("Splashdown came at 7:43 p.m.", "liftoff was at 6:30"),
# with the verb ``happening_verb`` gives when it is told by a verb ("splashed down").
_HAPPENING_NOUNS = (("splash", re.compile(r"\bsplash-?down\b", re.I)),
                    ("launch", re.compile(r"\b(?:lift-?off|blast-?off|launch)\b", re.I)),
                    ("land", re.compile(r"\b(?:landing|touch-?down)\b", re.I)),
                    ("publish", _PUT_OUT_NOUN))
_NOUN_WINDOW = 40  # characters before a time read for a happening's noun
# The same happenings told by a verb the time expression's reader did not tie to the time
# ("It splashed down in the Indian Ocean at 1329 GMT", "touched the surface of the Indian
# Ocean at 15:21 CEST").
_HAPPENING_VERBS = (("splash", re.compile(r"\b(?:splashed down|touched (?:the surface|the "
                                          r"water|the sea|the ocean))\b", re.I)),
                    ("launch", re.compile(r"\b(?:lifted off|blasted off|launched|left (?:the|"
                                          r"its) (?:launch ?)?pad|cleared the tower)\b", re.I)),
                    ("land", re.compile(r"\b(?:landed|touched down)\b", re.I)))
_VERB_WINDOW = 60  # characters before a time read for such a verb
_UNIVERSAL = frozenset({"gmt", "utc"})
# A flight's happenings, each once a flight.
_ONE_PER_FLIGHT = frozenset({"launch", "splash"})
# A quake's shaking told as starting: the time it struck.
_SHAKING_BEGAN = re.compile(r"\b(?:shaking|tremors?|(?:earth)?quake|jolt)\s+(?:began|started)\s+"
                            r"(?:at\s+)?(?:about\s+|around\s+|shortly\s+after\s+)?$", re.I)
# Verbs of anything happening, and a quake named before the time they date: the quake's
# time ("An earthquake occurred beneath the gulf at 23:57 UTC").
_HAPPENED = frozenset({"occur", "happen", "take"})
# What a quake does to a place at the moment it strikes ("woke Cumaná", "rocked the city").
_QUAKE_ACTS = frozenset({"wake", "woke", "rock", "rattl", "rattle", "jolt", "shake", "shook"})
_QUAKE_BEFORE = re.compile(r"\b(?:earthquake|quake|tremor|aftershock)s?\b", re.IGNORECASE)
# A clause of "when" right after a time, and the ground or a quake shaking in it.
_WHEN_AFTER = re.compile(r"(?:\s*[ap]\.?m\.?)?\s+when\s+([^.;]{1,60})", re.I)
_SHAKING_AFTER = re.compile(r"\b(?:ground|earth|buildings?|houses?|quake|earthquake)\b[^.;]{0,20}"
                            r"\b(?:shake|shook|shaking|trembl\w*|jolt\w*|sway\w*|struck|hit)\b",
                            re.I)
# "lifted" with no "off": raised, not launched ("lifted it out of the sea").
_LIFTED = re.compile(r"\blift(?:ed|s|ing)?\b(?![- ]?off\b)", re.IGNORECASE)
# Verbs that name a happening only with the words after them ("left the pad").
_PHRASAL = frozenset({"touch", "leave", "clear"})


# A quake's verb in a relative clause just before the time ("that struck … at 4:42 a.m.").
_STRUCK_CLAUSE = re.compile(r"\b(?:quake|earthquake|tremor)\s+(?:that|which)\s+(?:struck|hit|"
                            r"shook|jolted|rocked)\b[^.;,]{0,80}?(?:\bat)?\s*$", re.IGNORECASE)


def _verb(doc: Doc, index: int, m: re.Match[str]) -> str:
    """The happening verb of the sentence's time expression holding this clock time (its
    hour and minutes as written), if any; else the verb of a happening's noun just before
    the time ("Splashdown came at 7:43 p.m." is when it splashed down)."""
    verb = _time_verb(doc, index, m)
    text = doc.sentence_text(index)
    if _PUT_OUT_NOUN.search(text[max(0, m.start() - _NOUN_WINDOW):m.start()]):
        return "publish"  # ("The statement landed at 12:24 p.m.": no landing)
    if _SHAKING_BEGAN.search(text[max(0, m.start() - _NOUN_WINDOW):m.start()]):
        return "strike"  # "The shaking began at 4:17 a.m.": when the quake struck
    when = _WHEN_AFTER.match(text, m.end())
    if not verb and when is not None:
        # "It was 03:27 when the ground began to shake": the happening of the clause after
        if _SHAKING_AFTER.search(when.group(1)):
            return "strike"
        found = [(n.start(), v) for v, rx in _HAPPENING_VERBS for n in rx.finditer(when.group(1))]
        if found:
            return min(found)[1]
    wider = text[max(0, m.start() - _VERB_WINDOW):m.start()]
    if (verb in _HAPPENED or verb in _QUAKE_ACTS) and _QUAKE_BEFORE.search(wider):
        return "strike"  # "A moderate earthquake occurred … at 23:57 UTC", "The earthquake
        # woke Cumaná at 4:47 a.m.": when it struck
    if _STRUCK_CLAUSE.search(text, max(0, m.start() - 2 * _VERB_WINDOW), m.start()):
        return "strike"  # "The earthquake that struck … at 4:42 a.m. Tuesday killed two
        # people": the parse may give the time to the main verb
    if verb in _PHRASAL:  # "touched down" (landed) or "touched the surface" (splashed);
        # "left the pad" (launched)
        verb = next((v for v, rx in _HAPPENING_VERBS if rx.search(wider)), verb)
    if verb == "launch" and _LIFTED.search(wider) and not any(
            rx.search(wider) for v, rx in _HAPPENING_VERBS if v == "launch"):
        verb = "lift"  # "A recovery boat lifted it out of the sea at 02:58": no liftoff
    if verb:
        return verb
    before = text[max(0, m.start() - _NOUN_WINDOW):m.start()]
    found = [(n.end(), v) for v, rx in _HAPPENING_NOUNS for n in rx.finditer(before)]
    if not found:
        found = [(n.end(), v) for v, rx in _HAPPENING_VERBS for n in rx.finditer(wider)]
    return max(found)[1] if found else ""


def _time_verb(doc: Doc, index: int, m: re.Match[str]) -> str:
    if "word" in m.re.groupindex:  # "noon", "midnight"
        written = re.compile(rf"\b{m.group('word')}\b", re.IGNORECASE)
    else:
        written = re.compile(rf"(?<!\d){m.group('h')}(?:\D?{m.group('m')})?(?!\d)"
                             if m.group("m") else rf"(?<!\d){m.group('h')}(?![\d:.])")
    for t in doc.analysis.times:
        if t.sentence == index and t.type == "TIME" and written.search(t.text):
            verb = happening_verb(t) or ""
            return _SAME_VERB.get(verb, verb)
    return ""


def _stamped(text: str, m: re.Match[str]) -> bool:
    """A page's time stamp, not a time something happened (see ``_STAMP``)."""
    return bool(_STAMP.search(text[max(0, m.start() - 12):m.start()])
                or _STAMP_LABEL.search(text[:m.start()])
                or _STAMP_DATE_AFTER.match(text[m.end():m.end() + 24]))


# A day part right after a 12-hour time written without "a.m." or "p.m." ("at 11:24
# yesterday morning", "at 9:40 on Saturday night").
_DAY_PART_AFTER = re.compile(r"\s+(?:(?:yesterday|this|that|on)\s+)?(?:(?:mon|tues|wednes|"
                             r"thurs|fri|satur|sun)day\s+)?(morning|afternoon|evening|night)\b",
                             re.IGNORECASE)


def _is_24_hour(m: re.Match[str]) -> bool:
    """A 24-hour clock time, not a score ("3-1"), a ratio, a decimal or a year: a zone or
    "hours" after it, or a colon with an hour past noon or a leading zero ("14:05",
    "09:30") after "at" or a like cue; four digits only with a zone ("0900 GMT")."""
    text, sep, hour = m.group(0), m.group("sep"), m.group("h")
    if m.group("zone"):
        return sep in (":", "h", "") and (sep != "" or len(hour) == 2)
    if re.search(r"\b(?:hours|hrs)\b", text):
        return sep in (":", "") and len(hour) == 2  # "1430 hours", not "100 hours"
    return sep == ":" and bool(m.group("cue")) and (int(hour) >= 13 or hour.startswith("0"))


def _context(doc: Doc, index: int, text: str, end: int) -> tuple[int, ...]:
    """The sentence of the time and the sentences it was cut from: a short sentence ending
    right after the time ("Police say that on Saturday around 11:30 p.m." — a splitter
    taking "p.m." for a full stop) goes on in the next one; one starting in lower case
    ("and E. 55th St. around 8:30 p.m.") continues the one before."""
    sentences = {s.index for s in doc.analysis.sentences}
    out = [index]
    if text[:1].islower() and index - 1 in sentences:
        out.insert(0, index - 1)
    if (_REST.fullmatch(text[end:]) and len(text.split()) <= _FRAGMENT_WORDS
            and index + 1 in sentences):
        out.append(index + 1)
    return tuple(out)


def _planned(text: str, start: int) -> str:
    """"plan" when the time's clause says it was planned however far before it ("is
    scheduled to be sworn in before the governor at the palace at 5pm")."""
    return "plan" if _PLAN.search(re.split(r"[;:]", text[:start])[-1]) else ""


def _phase(before: str) -> str:
    """The phase whose words come last before the time ("before returning to a landing pad
    at the Jiuquan Satellite Launch Center, touching down at": an end)."""
    if _SHAKING_BEGAN.search(before):
        return ""  # "The shaking began at 4:17 a.m.": the quake's one moment, no start
    best, phase = -1, ""
    for name, pattern in _PHASES:
        for m in pattern.finditer(before):
            if m.end() > best:
                best, phase = m.end(), name
    return phase


def _shared_content(a: ClockTime, b: ClockTime, at_least: int = 1) -> bool:
    """The two sentences share content words besides the verb of putting out."""
    def words(t: ClockTime) -> set[str]:  # by stem: "polls closed" / "polling stations"
        text = _DONE.sub(" ", t.doc.sentence_text(t.sentence).lower())
        return {_root(w) for w in _CONTENT.findall(text) if w not in _FUNCTION_WORDS}
    return len(words(a) & words(b)) >= at_least


def _root(word: str) -> str:
    """A word's stem without "-ing" or "-ed" ("polling" / "polls", "closed" / "closing")."""
    root = stem(word)
    for end in ("ing", "ed"):
        if root.endswith(end) and len(root) > len(end) + 3:
            return root[:-len(end)]
    return root


def _other_moments(a: ClockTime, b: ClockTime, given: dict[int, set[int]]) -> bool:
    """Two moments, not one told differently: an article gives both times, or one marks a
    start and the other an end, or one is when a count was taken."""
    if a.minutes in given[b.doc.order] or b.minutes in given[a.doc.order]:
        gap, absolute = _gap(a, b)
        if not (absolute and _mislabelled(a, b, gap)):
            return True  # (the same reading in another zone is what a mislabel looks like)
    days_a, days_b = _weekdays(a), _weekdays(b)
    if days_a and days_b and not days_a & days_b and not _next_day_in_zones(a, days_a, b,
                                                                              days_b):
        return True  # "Saturday around 11:30 p.m." / "Wednesday night ... 8:30 p.m."
    if "status" in (a.phase, b.phase) or ("plan" in (a.phase, b.phase) and a.phase != b.phase):
        return True
    if bool(_AFTERSHOCK.search(a.doc.sentence_text(a.sentence))) != bool(
            _AFTERSHOCK.search(b.doc.sentence_text(b.sentence))):
        return True  # an aftershock's time against the quake's
    if "done" in (a.phase, b.phase):  # when something was over: only against another such
        return a.phase != b.phase
    return bool(a.phase and b.phase and a.phase != b.phase)


def _one_moment_slack(a: ClockTime, b: ClockTime, options: ReconcileOptions) -> int:
    """How far apart two times may be and tell one moment: loose times further, two times
    to the minute ("23:47 GMT" / "23:57 UTC") hardly at all."""
    if a.loose or b.loose:
        return options.clock_loose_slack_minutes
    if a.minutes % 60 and b.minutes % 60:
        return options.clock_exact_slack_minutes
    return options.clock_slack_minutes


def _agrees_in_sentence(a: ClockTime, b: ClockTime,
                        by_sentence: dict[tuple[int, int], list[ClockTime]],
                        options: ReconcileOptions) -> bool:
    """Does ``a``'s sentence give another time that agrees with ``b``? Then ``a`` is that
    moment in another zone ("about 9:10 p.m. local time (0010 GMT Monday)" / "shortly after
    9 p.m. in Santiago"). ``by_sentence``: the times of each (article, sentence)."""
    for c in by_sentence[(a.doc.order, a.sentence)]:
        if c is a:
            continue
        near, _ = _gap(c, b)
        if near <= _one_moment_slack(c, b, options):  # the same moment (not one whole
            # hours off in another zone)
            return True
    return False


def _glosses_of_one(a: ClockTime, b: ClockTime,
                    by_sentence: dict[tuple[int, int], list[ClockTime]],
                    options: ReconcileOptions) -> bool:
    """Do the two sentences each give another time, and those two agree? Then ``a`` and
    ``b`` tell that one moment in other zones ("at 4 p.m. on Thursday (0200 GMT Friday)" /
    "at 4pm Rarotonga time, or 2pm on Friday in Auckland")."""
    for c in by_sentence[(a.doc.order, a.sentence)]:
        for d in by_sentence[(b.doc.order, b.sentence)]:
            if c is a or d is b:
                continue
            if _gap(c, d)[0] <= _one_moment_slack(c, d, options):
                return True
    return False


def _next_day_in_zones(a: ClockTime, days_a: set[str], b: ClockTime, days_b: set[str]
                       ) -> bool:
    """Two times in zones both known, each with one weekday, the days adjacent: one moment
    may fall on two days ("8.35am AEST on Wednesday" / "23:35 GMT on Tuesday")."""
    if a.offset is None or b.offset is None or a.offset[0] == b.offset[0]:
        return False
    if len(days_a) != 1 or len(days_b) != 1:
        return False
    gap = abs(_DAYS.index(next(iter(days_a))) - _DAYS.index(next(iter(days_b))))
    return gap in (1, 6)


def _weekdays(t: ClockTime) -> set[str]:
    """The weekdays named in the time's sentence and its context."""
    indexes = {t.sentence, *t.context}
    return {m.lower() for i in indexes
            for m in _WEEKDAY.findall(t.doc.sentence_text(i))}


def _zone(t: ClockTime) -> Zone | None:
    """The zone the time is told in, when its name (or, for "local time", the places of
    the article) says which (``zones``)."""
    if t.zone == "local time":
        return local_zone(t.doc, (t.sentence, *t.context))
    return named_zone(t.zone) if t.zone else None


def _stated_day(doc: Doc) -> dt.date | None:
    """The first calendar day an undated article states ("GENEVA, 10 May --"): enough to
    tell summer time from winter time."""
    for t in doc.times:
        if t.type != "DATE":
            continue
        if t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            try:
                return dt.date.fromisoformat(t.value)
            except ValueError:
                continue
        written = month_day(t)  # a day without its year still tells the season
        if written is not None and written != (2, 29):
            return dt.date(_ANY_YEAR, *written)
    return None


_ANY_YEAR = 2025  # a yearless day tells only the season: any year (not a leap one) will do


# A magnitude told in a time's sentence ("The largest, magnitude 5.1, struck at 4:02 a.m.").
_MAGNITUDE = re.compile(r"\bmagnitude(?:\s+of)?\s+(\d(?:\.\d)?)\b|\b(\d\.\d)[- ]magnitude\b",
                        re.IGNORECASE)


def _two_shocks(a: ClockTime, b: ClockTime) -> bool:
    """Do the two times' sentences give the shaking magnitudes a whole unit or more apart
    (an aftershock of 5.1 "struck at 4:02 a.m.", the main quake of 6.8 "hit at 17:14
    GMT")? Agencies and revisions differ by less: "6.1" / "6.4" is one quake."""
    def told(t: ClockTime) -> set[float]:
        return {float(m.group(1) or m.group(2))
                for m in _MAGNITUDE.finditer(t.doc.sentence_text(t.sentence))}
    ma, mb = told(a), told(b)
    return bool(ma) and bool(mb) and all(abs(x - y) >= _SHOCKS_APART for x in ma for y in mb)


_SHOCKS_APART = 1.0  # magnitudes this far apart are two shocks (a quake and an aftershock)


def _day(a: ClockTime, b: ClockTime) -> dt.date | None:
    """The day two times are read on, for daylight saving: a report's, else one stated."""
    when = a.doc.published_at or b.doc.published_at
    return when.date() if when else _stated_day(a.doc) or _stated_day(b.doc)


def _zoneless_fits(a: ClockTime, b: ClockTime, slack: int) -> bool:
    """Is one time told with no zone at all (and none its report's) the other's moment on
    the clock of some place its report names? A Myanmar weekly's "struck at 2:26 pm" is
    "14:56" in Chiang Rai: the report names the town on the border in both countries, half
    an hour apart."""
    for x, y in ((a, b), (b, a)):
        if x.zone or x.offset is not None or y.offset is None:
            continue
        day = _day(a, b)
        if any(utc_gap(z, x.minutes, y.offset, y.minutes, day) <= slack
               for z in article_zones(x.doc)):
            return True
    return False


def _gap(a: ClockTime, b: ClockTime) -> tuple[int, bool]:
    """Minutes between the two times round the clock, in absolute time when both zones are
    known and written differently (then True)."""
    if a.zone != b.zone and a.offset is not None and b.offset is not None:
        return utc_gap(a.offset, a.minutes, b.offset, b.minutes, _day(a, b)), True
    gap = abs(a.minutes - b.minutes)
    return min(gap, 24 * 60 - gap), False


def _on_its_side(a: ClockTime, b: ClockTime, gap: int, options: ReconcileOptions) -> bool:
    """Is ``b``, a time to the minute, on the side of ``a`` its cue names ("shortly before
    midnight" / "at 11:30 p.m."), no further than ``clock_side_minutes``? (Two loose times
    keep the loose slack: "shortly after 2 a.m." / "about 2:30 a.m." disagree.)"""
    if not a.side or b.loose or gap > options.clock_side_minutes:
        return False
    moved = dataclasses.replace(a, minutes=(a.minutes + a.side * gap) % (24 * 60))
    return _gap(moved, b)[0] <= 1


def _mislabelled(a: ClockTime, b: ClockTime, gap: int) -> bool:
    """"12:01 a.m. EST" / "00:01 GMT": one odd minute (not on the hour or the half hour),
    whole hours apart in absolute time, in zones both named: one reading of the clock, one
    of the zones wrong."""
    named = all(t.zone and t.zone not in ("local time", "dateline", "our time") for t in (a, b))
    return bool(named and a.minutes % 30 and a.minutes % 60 == b.minutes % 60
                and gap % 60 == 0 and gap)


def _conflict(a: ClockTime, b: ClockTime, gap: int, absolute: bool,
              options: ReconcileOptions) -> bool:
    if _on_its_side(a, b, gap, options) or _on_its_side(b, a, gap, options):
        return False
    slack = options.clock_slack_minutes
    if a.loose or b.loose:
        slack = options.clock_loose_slack_minutes
    elif a.minutes % 60 and b.minutes % 60:
        slack = options.clock_exact_slack_minutes  # "3:30" / "3:33 a.m.": both to the minute
    if not absolute and _zoneless_fits(a, b, slack):
        return False
    if (not absolute and gap % 30 == 0
            and {a.zone, b.zone} & _UNIVERSAL and "" in (a.zone, b.zone)
            and all(t.offset is None for t in (a, b) if not t.zone)):
        return False  # "announced at 12pm" in a report naming no place / "1100 GMT": whole
        # hours apart, the one told in a zone no place of its report says
    if absolute:  # "6:30 p.m. Central time" / "8:30 p.m. Eastern time": an hour apart
        # "local time" is a place's zone read from the places the report names: a guess,
        # so only zones both named may be further apart
        both_named = all(t.zone != "local time" or (t.offset is not None
                                                    and t.offset == dateline_zone(t.doc))
                         for t in (a, b))  # (a dateline's place is where the time is told)
        most = (options.clock_zoned_max_apart_minutes if both_named
                else options.clock_max_apart_minutes)
        if both_named and _mislabelled(a, b, gap):
            return True  # one reading of the clock given the wrong zone, however far
        return slack < gap <= most or gap >= 12 * 60
    if options.clock_max_apart_minutes < gap < 12 * 60:
        return False  # hours apart: two happenings, or one moment in two unnamed zones
    if a.zone and b.zone and a.zone != b.zone:
        off = gap % 60
        if min(off, 60 - off) <= options.clock_zone_slack_minutes:
            return False  # one moment in two time zones
    named = {a.zone, b.zone} - {"", "local time", "dateline"}
    if named and a.zone != b.zone and a.minutes % 60 and gap % 60 == 0:
        # "1:30 p.m. PST" and "3:30 p.m.": the same odd minutes, whole hours apart, one of
        # them in a named zone: one moment, the other told in another zone.
        return False
    return gap > slack


def _shown_of(ts: list[ClockTime]) -> str:
    """One moment's times as shown: the one told in the place's own time when there is one
    ("3:42 a.m." of "3:42 a.m. (0242 GMT)"), as outlets set local times against each other."""
    local = [t for t in ts if t.zone not in _UNIVERSAL]
    return (local or ts)[0].shown()


def story_clock_times(docs: list[Doc]) -> dict[int, list[ClockTime]]:
    """Each independent article's clock times (by its order), read once for every rule."""
    return {d.order: clock_times(d) for d in docs if d.independent}


def _glossed(t: ClockTime) -> bool:
    """A time given in brackets after another one of its sentence, in a zone ("6:30 p.m.
    local time (1630 GMT)"): the same moment told again for readers elsewhere."""
    text = t.doc.sentence_text(t.sentence)
    at = text.find("(" + t.text.strip())
    return at > 0 and _CLOCK.search(text[max(0, at - 40):at]) is not None and bool(t.zone)


# "at 6:14 a.m. Atlantic time, or 5:14 a.m. in Ottawa": the moment again, for readers
# elsewhere, right after another time of the sentence.
_OR_AFTER_TIME = re.compile(r"\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Za-z]+){0,3},?\s+or\s+$",
                            re.IGNORECASE)


def _or_gloss(t: ClockTime) -> bool:
    """A time told again in a zone the report does not name, after "or" ("…, or 5:14
    a.m. in Ottawa and Toronto"): no moment of its own to set against another outlet's."""
    text = t.doc.sentence_text(t.sentence)
    at = text.find(t.text.strip())
    return (at > 0 and t.zone in ("", "dateline")
            and _OR_AFTER_TIME.search(text[max(0, at - 40):at]) is not None)


def clock_conflicts(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex,
                    options: ReconcileOptions,
                    clocks: dict[int, list[ClockTime]] | None = None) -> list[Discrepancy]:
    """Independent outlets giving one happening different clock times (``clocks``: the
    story's clock times, ``story_clock_times``, when the caller has read them)."""
    clocks = story_clock_times(docs) if clocks is None else clocks
    times = [t for d in docs if d.independent for t in clocks[d.order] if not _or_gloss(t)]
    given: dict[int, set[int]] = {d.order: set() for d in docs}
    by_sentence: dict[tuple[int, int], list[ClockTime]] = {}
    for t in times:
        given[t.doc.order].add(t.minutes)
        by_sentence.setdefault((t.doc.order, t.sentence), []).append(t)
    # An article that times one happening only ("gunfire around 10:30 a.m.", a liftoff at
    # 6:36 p.m.): the lone times of different articles, close together, likely time one
    # happening (a count's time or a blaze's end is no such happening).
    # ("around midnight", "said shortly before noon": loose, often a speaker's or a later
    # step's time, counted only in an article that gives no other time)
    happenings: dict[int, set[int]] = {d.order: set() for d in docs}
    in_words = [bool(_WORD_TIME.search(t.text)) for t in times]
    in_digits = {t.doc.order for t, w in zip(times, in_words, strict=True) if not w}
    for t, word in zip(times, in_words, strict=True):
        if _glossed(t):
            continue  # "6:30 p.m. local time (1630 GMT)": the moment before, in another zone
        if not word or t.doc.order not in in_digits:
            happenings[t.doc.order].add(t.minutes if t.phase in ("", "start", "end") else -1)
    lone = {order for order, ms in happenings.items() if len(ms) == 1 and -1 not in ms}
    uf = UnionFind(len(times))
    linked = False
    for i, a in enumerate(times):
        for j in range(i + 1, len(times)):
            b = times[j]
            if a.doc.outlet == b.doc.outlet:
                continue
            near, absolute = _gap(a, b)
            if (not _conflict(a, b, near, absolute, options) or _other_moments(a, b, given)
                    or _two_shocks(a, b)
                    or _agrees_in_sentence(a, b, by_sentence, options)
                    or _glosses_of_one(a, b, by_sentence, options)
                    or _agrees_in_sentence(b, a, by_sentence, options)):
                continue
            same_claim = (claim_of.get((a.doc.order, a.sentence)) is not None
                          and claim_of.get((a.doc.order, a.sentence))
                          == claim_of.get((b.doc.order, b.sentence)))
            sim = space.sim(a.doc, a.sentence, b.doc, b.sentence)
            alone = (a.doc.order in lone and b.doc.order in lone
                     and options.clock_lone_window_minutes > 0  # 0: the rule is off
                     and near <= max(options.clock_lone_window_minutes,
                                     options.clock_lone_far_minutes))
            # (two zones known: the gap is real, one shared word ties the two moments)
            shared = 1 if near <= options.clock_lone_window_minutes or absolute else 2
            if same_claim or sim >= options.clock_same_event or (
                    # one happening's start told in two named zones, however unlike the
                    # sentences ("lifted off at 17:40 IST" / "lifting off at 14:10 GMT")
                    absolute and a.verb and a.verb == b.verb
                    and (a.phase == b.phase or ({a.phase, b.phase} <= {"", "start", "end"}
                         and "" in (a.phase, b.phase)))) or (
                    # the same happening verb ("broke out about 8.40pm" / "the blaze,
                    # which broke out at 2045 GMT"), however unlike the rest
                    a.verb and a.verb == b.verb and a.phase == b.phase
                    and (sim >= options.clock_done_same_event or alone)) or (
                    # a flight's one liftoff or splashdown, both times told without a zone
                    # ("The launch, at 1.07pm" / "The rocket left the pad at 1.37pm")
                    a.verb in _ONE_PER_FLIGHT and a.verb == b.verb and a.phase == b.phase
                    and a.zone == b.zone == "") or (
                    # a quake's one strike, neither sentence telling of aftershocks ("The
                    # quake hit at 3:42 a.m. local time" / "an earthquake shook them out of
                    # bed at 4:32 a.m.")
                    a.verb == b.verb == "strike" and a.phase == b.phase == ""
                    and not any(_AFTERSHOCK.search(t.doc.sentence_text(t.sentence))
                                for t in (a, b))) or (
                    (alone or a.phase == b.phase == "done")
                    and sim >= options.clock_done_same_event
                    and _shared_content(a, b, shared if alone else 1)) or (
                    # each article's one time, in zones both known, of one start or end ("Polls
                    # closed at 9 p.m. local time" / "polling stations shutting at 1900 GMT")
                    a.doc.order in lone and b.doc.order in lone and absolute
                    and near <= options.clock_zoned_max_apart_minutes
                    and a.phase == b.phase and a.phase in ("start", "end")
                    and _shared_content(a, b, 1)) or (
                    # each article's one time, the same odd minute in two named zones
                    a.doc.order in lone and b.doc.order in lone and absolute
                    and _mislabelled(a, b, near) and _shared_content(a, b, 1)):
                uf.union(i, j)
                linked = True
    if not linked:
        return []
    groups: dict[int, list[ClockTime]] = {}
    for i, t in enumerate(times):
        groups.setdefault(uf.find(i), []).append(t)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        # one moment told in two known zones ("11.18am Hong Kong time" / "03:18 GMT") is
        # one value: each time joins the first value it is no minute from in absolute time
        by_value: dict[tuple[str, int], list[ClockTime]] = {}
        for t in sorted(group, key=lambda x: x.minutes):
            key = next((k for k, ts in by_value.items()
                        if _gap(ts[0], t) == (0, True)), (t.zone, t.minutes))
            by_value.setdefault(key, []).append(t)
        if len(by_value) < 2:
            continue
        values = [DiscrepancyValue(_shown_of(ts), dedupe_citations(
            [t.doc.cite(t.sentence) for t in ts]))
            for ts in sorted(by_value.values(), key=lambda ts: ts[0].minutes)]
        first = group[0]
        about = first.doc.sentence_text(first.sentence)
        out.append(Discrepancy(
            kind="time",
            about=clip(about),
            values=values,
            note="The outlets give different clock times for this.",
        ))
    return out
