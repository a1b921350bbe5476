"""How long one happening lasted: a flight, told as a span or as an offset from launch; a
quake's shaking; a jury's deliberations; a round of talks; and how long after launch a
payload separated ("released about 2 hours 50 minutes after liftoff" / "separation confirmed
1 hour and 56 minutes into the mission"); a court's hearing (issue 11, recall: durations).

A length may also be told by its two ends, in one sentence: "the session ran from 10 a.m.
until just before 8 p.m." / "after roughly six hours of talks"; "flying from liftoff at 6:23
p.m. CDT to a splashdown … at 7:29 p.m. CDT" / "a flight lasting about 45 minutes"; "a
hearing that ran from 9:30 a.m. to just after 1 p.m." (``_clock_spans``: "from X to Y", or
"began at X and ended at Y", of the flight, the hearing or the talks as the sentence names
them; two zones, or ends more than 16 hours apart, are no span). A sentence giving the length
itself too keeps that one. "just before", "shortly after" make the span loose.

"The jury deliberated for about three hours" / "after nearly six hours of deliberations";
"the talks lasted nearly three hours" / "the two sides met for two hours and 35 minutes" /
"a session that ran for about eight hours" / "after a five-hour session" / "spent nearly
nine hours behind closed doors".

"The flight lasted about 66 minutes from liftoff to splashdown" / "roughly an hour and a
half after it left the pad, the ship splashed down" / "splashed down one hour and 26 minutes
after leaving the launch pad": one number, the flight's length, in sentences that share few
words and in spans the figure extractor reads one way and the time tagger another. What ties
them is what the span is: a flight's length is a span of hours or minutes (a) that a flight
or mission "lasted", or (b) "after" a launch (liftoff, lifting off, leaving the pad) in a
sentence telling a landing (splashed down, landed, touched down), or (c) "into the flight"
in a sentence telling its end, a landing or a failure ("falling into the sea about 30 seconds
into the flight"), or that an attempt "ended after" ("the maiden attempt ended after roughly
18 seconds"), or "later" after a launch and a landing ("launched … and the capsule touched
down roughly 15 minutes later"), or that a vehicle "flew for", or "a flight of" it, or
"the 66-minute flight". A span in a sentence of the booster (or first stage) is the
booster's flight, another number; spans of separation, engine cut-off or orbit insertion
tell no landing and are not read. Deliberations and talks
are read from the words around the span ("deliberated for", "of deliberations", "the talks
lasted", "met for", "-long meeting"); spans of days are no such lengths.

Talks of several days are measured a day at a time: an outlet giving several lengths of
talks keys each by the weekday its sentence names ("Tuesday's session ran for nearly six
hours, after a first day of talks on Monday that lasted about four hours"), and one giving
one length with its day stands for that day's session too; two lengths told of different
days are two days' talks, and a round told as earlier ("Talks in London in June …", "the
previous round") is left out.

A report needs two independent outlets that each give exactly one length for the same
happening (and vehicle part), and the two lengths further apart than their wording allows:
"about" or "roughly" covers a quarter of an hour for a span told in whole or half hours
("about an hour"), a quarter of a span under 20 minutes ("about 40 seconds") and
``flight_slack_minutes`` otherwise; exact spans differ when more than half a minute apart
(a twentieth, under two minutes). A bound keeps a length near it: "less than half a minute"
/ "28 seconds" agree, within ``length_bound_reach``; "more than five hours" / eight do not.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from storyline.nlp.time_grammar import MONTH_FULL

from .clock_times import ClockTime, clock_times
from .evidence import Doc, dedupe_citations, outlet_pairs
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .text import fold
from .weekdays import WEEKDAY

_ISO = re.compile(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")
_FIGURE_MINUTES = {"hour": 60.0, "hours": 60.0, "minute": 1.0, "minutes": 1.0,
                   "second": 1 / 60, "seconds": 1 / 60}
_LASTED = re.compile(r"\b(?:flight|mission|trip|test|attempt)\b[^.;]{0,100}?\b(?:lasted|lasting|"
                     r"took|spanned|ended\s+(?:after|within))\s+(?:\w+\s+){0,2}$|"
                     r"\b(?:flew|flying|(?:stayed|stays|remained) aloft)\s+for\s+(?:\w+\s+){0,2}$",
                     re.IGNORECASE)
# "capping a flight of about 66 minutes"; "The 66-minute flight ended with …"
_FLIGHT_OF = re.compile(r"\b(?:flight|mission)\s+of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "after 23 seconds of flight"
_OF_FLIGHT = re.compile(r"^\s+of\s+(?:powered\s+)?flight\b", re.IGNORECASE)
_MINUTE_FLIGHT = re.compile(r"^(?:-long)?\s+(?:(?:test|suborbital|maiden|first)\s+)?"
                            r"(?:flight|mission)\b", re.IGNORECASE)
# "launched … on Saturday morning, and the capsule touched down roughly 15 minutes later":
# a span "later" in a sentence telling the launch and then the landing.
_LATER = re.compile(r"^\s*later\b", re.IGNORECASE)
_LAUNCH_VERB = re.compile(r"\b(?:launch(?:ed|es)?|lift(?:ed|s)? off|blast(?:ed|s)? off|"
                          r"took off|rose from)\b", re.IGNORECASE)
# "falling into the sea about 30 seconds into the flight": when a flight ended, told as its
# time into the flight, in a sentence of its end (a landing, or a failure).
_INTO_FLIGHT = re.compile(r"^\s*into\s+(?:the|its)\s+(?:\w+\s+)?(?:flight|mission|ascent)\b",
                          re.IGNORECASE)
_FAILURE = re.compile(r"\b(?:crash(?:ed|es|ing)?|fell|falling|explod(?:ed|es|ing)|plung(?:ed|"
                      r"es|ing)|broke up|breaking up|lost|terminated|went down|failed)\b",
                      re.IGNORECASE)
_AFTER_LAUNCH = re.compile(
    r"^\s*(?:after|from)\s+(?:(?:the|its)\s+)?(?:lift-?off|launch(?:ing)?|take-?off|"
    r"lifting off|blasting off|leaving the (?:launch )?pad|(?:it|the \w+) (?:left|leaving) "
    r"the (?:launch )?pad|leaving (?:Earth|the ground))", re.IGNORECASE)
_LANDING = re.compile(r"\b(?:splash(?:ed|es|ing)?\s*down|splashdown|landed|landing|touch(?:ed|es|"
                      r"ing)? down|touchdown|came down|hit (?:its|the) target|"
                      r"settled (?:on ?to|on) (?:a|the|its) (?:drone ?ship|barge|pad)|"
                      r"(?:fell|dropped) (?:back )?into the (?:\w+\s+){0,2}"
                      r"(?:ocean|sea|gulf|bay))\b",
                      re.IGNORECASE)
# A sentence of an earlier flight ("On its second, in June, the upper stage was lost about
# eight minutes into the flight"): its spans are that flight's.
EARLIER_FLIGHT = re.compile(
    r"\blast\s+" + MONTH_FULL + r"|"
    r"(?:\b(?:its|the|their)|\w['’]s)\s+(?:first|second|third|fourth|fifth|previous|prior|last|earlier|"
    r"maiden)(?:\s+(?:flight|test|launch|attempt|mission))?,?\s+(?:(?:in|on)\s+(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|last\s+(?:year|month|week|spring|"
    r"summer|autumn|fall|winter)\b)", re.IGNORECASE)
# A landing on a droneship or a landing zone is the booster's: upper stages and ships come
# down in the sea ("The landing, on a droneship …, came about eight and a half minutes into
# the flight").
_BOOSTER = re.compile(r"\b(?:boosters?|first stage|super heavy|drone ?ship|landing zone)\b",
                      re.IGNORECASE)
_GENERIC_PART = re.compile(r"vehicle|rocket|flight|mission")
_PRONOUN = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
_PART = re.compile(r"\b(?:booster|first stage|super heavy|drone ?ship|landing zone|ship|"
                   r"spacecraft|capsule|upper stage|"
                   r"second stage|vehicle|rocket|flight|mission)\b", re.IGNORECASE)
_APPROX_WORDS = (r"(?:about|around|roughly|some|nearly|almost|approximately|just over|"
                 r"just under|more than|less than|over|under)")
_APPROX = re.compile(r"\b" + _APPROX_WORDS + r"\s*$", re.IGNORECASE)
# ... or as the span itself begins ("Just over an hour after liftoff": the extractor reads
# the bound with the span)
_APPROX_START = re.compile(r"^" + _APPROX_WORDS + r"\b", re.IGNORECASE)
_JUST = re.compile(r"\b(?:just|a little|slightly)\s+(?:under|over|short of|more than|less "
                   r"than)\b", re.IGNORECASE)
_WHOLE = re.compile(r"^(?!.*\bminutes?\b).*\bhours?\b", re.IGNORECASE)
_MAX_MINUTES = 24 * 60.0
# Other happenings a story has one length of: (name, cue before the span, cue after it).
_ACTIVITIES = (
    ("the shaking",
     re.compile(r"\b(?:(?:shaking|tremor|quake|earthquake|jolt)\b[^.;]{0,30}\blasted|(?:shook|shaking|"
                r"trembled|swayed|rocked)\s+for)\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
     re.compile(r"^\s+of\s+(?:strong\s+|violent\s+)?(?:shaking|tremors?)\b", re.IGNORECASE)),
    ("the jury's deliberations",
     re.compile(r"\b(?:deliberated|deliberating|deliberations\s+(?:lasted|ran|went on|took))"
                r"\s+(?:for\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE),
     re.compile(r"^\s+(?:of\s+(?:jury\s+)?deliberations?|-long deliberations?)\b",
                re.IGNORECASE)),
    ("the hearing",
     re.compile(r"\b(?:hearing|arguments)\s+(?:(?:that|which)\s+)?(?:lasted|ran|went on|"
                r"took)\s+(?:for\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE),
     re.compile(r"^(?:\s+on\s+\w+)?\s+(?:hearing|of\s+(?:oral\s+)?arguments?)\b",
                re.IGNORECASE)),
    # how long a warning stood: "The warning was lifted about two hours later", "stayed in
    # place for two hours", "ended its tsunami warning at 5:52, about two hours after it was
    # issued" (a story has one warning of a kind; a second one is told apart by its words)
    ("the warning",
     re.compile(r"(?:\b(?:warning|alert|advisory)\b[^.;]{0,60}?\b(?:(?:(?:stayed|remained|was|"
                r"stood)\s+)?in\s+(?:place|force|effect)\s+for|lasted|(?:was\s+|were\s+)?"
                r"(?:lifted|cancell?ed|ended|called\s+off|withdrawn)|(?:lifted|cancell?ed|ended)"
                r"\s+it)|\b(?:lifted|cancell?ed|ended|called\s+off|withdr[ae]w)\s+(?:(?:the|its|a)"
                r"\s+)?(?:tsunami\s+)?(?:warning|alert|advisory)\b[^.;]{0,50}?)"
                r"\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$", re.IGNORECASE),
     re.compile(r"^\s+after\s+(?:it|the\s+(?:tsunami\s+)?(?:warning|alert|advisory))\s+"
                r"(?:was|had\s+been)\s+(?:issued|raised)\b", re.IGNORECASE)),
    ("the talks",
     # ("a second-day session in London that ran for four and a half hours")
     # ("Monday's session alone ran to more than eight hours")
     # ("The second day of talks, on Tuesday, lasted more than nine hours")
     re.compile(r"\b(?:(?:talks|meeting|negotiations|discussions|session|round|call)"
                r"(?:,?\s+(?:in|at|on)\s+[\w'’-]+,?)?\s+(?:(?:alone|itself|only)\s+)?(?:(?:that|"
                r"which)\s+)?(?:lasted|ran|went on|took)|(?:met|talked|spoke|negotiated)\s+for)"
                r"\s+(?:for\s+|to\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE),
     re.compile(r"^\s*(?:of\s+(?:talks|negotiations|discussions)|behind closed doors|"
                r"at\s+the\s+(?:negotiating\s+)?table|"
                r"in\s+(?:talks|negotiations|discussions)|-long\s+(?:talks|meeting|"
                r"session|negotiations|call))\b", re.IGNORECASE)),
)
# When a payload left the rocket, told as a span since launch.
_PAYLOAD = re.compile(r"\b(?:satellites?|payloads?|spacecraft|capsule|probe|lander)\b",
                      re.IGNORECASE)
_SEPARATION = re.compile(r"\b(?:releas\w*|separat\w*|deploy\w*)\b", re.IGNORECASE)
_SINCE_LAUNCH = re.compile(r"^\s*(?:after|into)\s+(?:the\s+|its\s+)?(?:lift-?off|launch|"
                           r"mission|flight)\b", re.IGNORECASE)
_FRACTION = re.compile(r"\s+and\s+(a half|a quarter|three quarters|(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)"
                       r" minutes?)\b", re.IGNORECASE)
_FRACTIONS = {"a half": 30.0, "a quarter": 15.0, "three quarters": 45.0}


_SPAN_LATER = re.compile(r"^(?:(?:about|around|roughly|some|nearly|almost|just over|just "
                         r"under)\s+)?(?P<n>\d+(?:\.\d+)?|[a-z]+)\s+(?P<unit>hours?|minutes?|"
                         r"seconds?)\s+later$", re.IGNORECASE)
_NUMBER_WORDS = {w: float(n) for n, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty"], 1)}


_AND_A_HALF = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?) and a half (?P<unit>hours?|"
                         r"minutes?|seconds?)\b", re.IGNORECASE)
_TENS = {"twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0}


def _word_number(word: str) -> float | None:
    """A number written in digits or words up to fifty-nine ("40", "six", "fifty-six")."""
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    tens, _, ones = word.partition("-")
    if tens in _TENS and (not ones or ones in _NUMBER_WORDS):
        return _TENS[tens] + (_NUMBER_WORDS[ones] if ones else 0.0)
    return None


@dataclass(frozen=True)
class _Length:
    doc: Doc
    sentence: int
    minutes: float
    text: str
    loose: bool
    part: str  # "the booster" or "the flight"
    # the day of a length of talks: the weekday named before it ("Tuesday's session"), its
    # place among the days ("the second day") or "all days" ("over two days")
    day: str = ""


def _spans(doc: Doc) -> list[tuple[int, int, int, float, str]]:
    """(sentence, start, end, minutes, text) of the article's spans of hours and minutes:
    the extractor's duration figures, and the tagger's spans no figure covers."""
    text = doc.article.text
    out = []
    for f in doc.analysis.figures:
        per = _FIGURE_MINUTES.get(f.unit.lower())
        if f.kind == "duration" and per is not None:
            out.append((f.sentence, f.start, f.end, f.value * per, f.text))
    for t in doc.analysis.times:
        m = _ISO.match(t.value or "") if t.type == "DURATION" else None
        if m is None or not (m.group(1) or m.group(2) or m.group(3)):
            continue
        if any(s <= t.start < e or t.start <= s < t.end for _, s, e, _, _ in out):
            continue
        minutes = (float(m.group(1) or 0) * 60 + float(m.group(2) or 0)
                   + float(m.group(3) or 0) / 60)
        end = t.end
        part = (_FRACTION.match(text, end) if m.group(1) and not (m.group(2) or m.group(3))
                else None)
        if part:  # "an hour and a quarter", "an hour and six minutes": the tagger reads the
            # hour alone
            said = part.group(1).lower()
            extra = _FRACTIONS.get(said)
            if extra is None:
                extra = _word_number(said.split()[0])
            if extra is not None:
                minutes += extra
                end = part.end()
        out.append((t.sentence, t.start, end, minutes, text[t.start:end]))
    for t in doc.analysis.times:  # "15 minutes later": an offset the tagger dates
        m = _SPAN_LATER.match(t.text)
        if m is None or any(s <= t.start < e for _, s, e, _, _ in out):
            continue
        value = _word_number(m.group("n").lower())
        if value is None:
            continue
        end = t.start + m.end("unit")
        out.append((t.sentence, t.start, end, value * _FIGURE_MINUTES[m.group("unit").lower()],
                    text[t.start:end]))
    for m in _AND_A_HALF.finditer(text):  # "about 11 and a half minutes"
        value = _word_number(m.group("n").lower())
        s = next((x for x in doc.analysis.sentences if x.start <= m.start() < x.end), None)
        if value is not None and s is not None:
            out.append((s.index, m.start(), m.end(),
                        (value + 0.5) * _FIGURE_MINUTES[m.group("unit").lower()], m.group(0)))
    out = _joined(out, text)
    # "six minutes" of "an hour and six minutes" is no span of its own
    return [x for x in out if not any(y is not x and y[1] <= x[1] and x[2] <= y[2]
                                      and (y[1], y[2]) != (x[1], x[2]) for y in out)]


_AND_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _joined(spans: list[tuple[int, int, int, float, str]], text: str
            ) -> list[tuple[int, int, int, float, str]]:
    """Spans of a larger unit and a smaller one told together joined into one ("8 minutes
    and 51 seconds", "two hours, 35 minutes"): the smaller alone is no length of its own."""
    spans = sorted(spans, key=lambda x: x[1])
    out: list[tuple[int, int, int, float, str]] = []
    for span in spans:
        if out:
            last = out[-1]
            between = text[last[2]:span[1]]
            if (last[0] == span[0] and _AND_BETWEEN.fullmatch(between)
                    and span[3] < _smallest_unit(last[4])):
                out[-1] = (last[0], last[1], span[2], last[3] + span[3], text[last[1]:span[2]])
                continue
        out.append(span)
    return out


def _smallest_unit(said: str) -> float:
    """The minutes of the smallest unit a span is told in ("8 minutes" -> 1)."""
    found = [_FIGURE_MINUTES[u.lower()] for u in re.findall(r"[A-Za-z]+", said)
             if u.lower() in _FIGURE_MINUTES]
    return min(found) if found else 0.0


# A length told by its two ends: "ran from 10 a.m. until just before 8 p.m.", "flying from
# liftoff at 6:23 p.m. CDT to a splashdown … at 7:29 p.m. CDT", "began at 9am and ended at
# 3.30pm". (before the first time, between the two)
_FROM = re.compile(r"\bfrom\s+(?:[a-z-]+\s+at\s+)?(?:about\s+|around\s+|roughly\s+)?$",
                   re.IGNORECASE)
_TO = re.compile(r"^(?:\s*[A-Z]{2,4}\b)?[^.;]{0,50}?\b(?:to|until|till|through)\b[^.;]{0,50}$")
_BEGAN = re.compile(r"\b(?:began|started|opened|got under way|convened|kicked off|lifted off|"
                    r"launched)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_ENDED = re.compile(r"^[^.;]{0,30}\b(?:ended|finished|closed|wrapped up|adjourned|broke up|"
                    r"concluded|splashed down|landed|touched down)\b[^.;]{0,30}$", re.IGNORECASE)
_LOOSE_END = re.compile(r"\b(?:just|shortly|soon|about|around|roughly|some|well)\b[^.;]{0,12}$",
                        re.IGNORECASE)
# What a span by the clock is the length of, by the words of its sentence.
_SPAN_OF = (
    ("the flight", re.compile(r"\b(?:flight|flying|lift-?off|launch|mission)\b", re.IGNORECASE)),
    ("the hearing", re.compile(r"\b(?:hearing|arguments)\b", re.IGNORECASE)),
    ("the talks", re.compile(r"\b(?:talks|session|meeting|negotiations|discussions)\b",
                             re.IGNORECASE)),
)


# Zones that are the place's own time: no zone written, the dateline's, "local time".
_LOCAL_ZONES = frozenset({"", "dateline", "local time"})
_MAX_CLOCK_SPAN = 16 * 60  # longer, the two times are likely of two days


def _clock_spans(doc: Doc, clocks: list[ClockTime]) -> list[_Length]:
    """Lengths told by their two ends in one sentence (of the article's clock times,
    ``clocks``), one of ``_SPAN_OF``'s happenings."""
    out = []
    by_sentence: dict[int, list[ClockTime]] = defaultdict(list)
    for t in clocks:
        by_sentence[t.sentence].append(t)
    for index, ts in by_sentence.items():
        said = doc.sentence_text(index)
        part = next((name for name, cue in _SPAN_OF if cue.search(said)), None)
        if part is None or len(ts) < 2:
            continue
        at, found = 0, []  # each time's place in the sentence, in order
        for t in ts:
            digit = re.search(r"\d", t.text)
            clock = t.text[digit.start():] if digit else t.text  # "at 6:23 p.m. CDT"
            k = said.find(clock, at)
            if k < 0:
                break
            found.append((k, k + len(clock), t))
            at = k + 1
        for (sa, ea, a), (sb, eb, b) in itertools.pairwise(found):
            before, between = said[max(0, sa - 40):sa], said[ea:sb]
            if not ((_FROM.search(before) and _TO.match(between))
                    or (_BEGAN.search(before) and _ENDED.match(between))):
                continue
            za, zb = ("" if z in _LOCAL_ZONES else z for z in (a.zone, b.zone))
            if za and zb and za != zb:
                continue  # two zones: the span is not their difference
            minutes = (b.minutes - a.minutes) % (24 * 60)
            if not 0 < minutes <= _MAX_CLOCK_SPAN:
                continue
            hours, rest = divmod(minutes, 60)
            length = (f"{hours} h {rest:02d} min" if hours and rest else f"{hours} h" if hours
                      else f"{rest} min")
            frm = _FROM.search(before)
            start = sa - len(before) + frm.start() if frm else sa
            out.append(_Length(doc, index, float(minutes),
                               f"{said[start:eb].strip()} ({length})",
                               bool(_LOOSE_END.search(between) or _LOOSE_END.search(before)
                                    or a.loose or b.loose), part))
    return out


def _lengths(doc: Doc, clocks: list[ClockTime]) -> list[_Length]:
    text = doc.article.text
    out = []
    spans = _spans(doc)
    told = {sentence for sentence, *_ in spans}
    # a sentence giving its length in hours too keeps that one
    out += [x for x in _clock_spans(doc, clocks) if x.sentence not in told]
    for sentence, start, end, minutes, shown in spans:
        if not 0 < minutes <= _MAX_MINUTES:
            continue
        sent = doc.sentence(sentence)
        if sent is None:
            continue
        before = text[max(sent.start, start - 60):start]
        after = text[end:sent.end]
        wide = text[max(sent.start, start - 140):start]  # "the whole trip, from … , took"
        lasted = bool(_LASTED.search(wide) or _FLIGHT_OF.search(before)
                      or _OF_FLIGHT.match(after) or (
            re.search(r"-(?:hour|minute)$", shown) and _MINUTE_FLIGHT.match(after)))
        launched = bool(_AFTER_LAUNCH.match(after))
        said = text[sent.start:sent.end]
        activity = next((name for name, cue_before, cue_after in _ACTIVITIES
                         if cue_before.search(before) or cue_after.match(after)), None)
        if (activity is None and re.search(r"-(?:hour|minute)$", shown)
                and re.match(r"\s*(?:session|meeting)\b", after)):
            activity = "the talks"  # "after a five-hour session on Saturday"
        if (activity is None and _RAN.search(before) and _TALKS.search(said)
                and not _FLIGHT_WORDS.search(said)):
            activity = "the talks"  # "two days of negotiations in Vienna, concluded on 13
            # May, that US officials said ran to some 14 hours in total"
        if (activity is None and (_SINCE_LAUNCH.match(after) or _LATER.match(after))
                and _nearest_phase(text[sent.start:start]) == "separation"):
            # "the satellite was released about 2 hours 50 minutes after liftoff" (or "…
            # three hours and 35 minutes later"), but not "deployed a test payload and later
            # came down … roughly 56 minutes after launch"; a booster's separation is
            # another moment than the payload's
            said_before = text[sent.start:start]
            activity = ("the time to the boosters' separation"
                        if _BOOSTER.search(said_before) and not _PAYLOAD.search(said_before)
                        else "the time to the payload's separation")
        ended = (bool(_INTO_FLIGHT.match(after)) and bool(
            _LANDING.search(said) or _FAILURE.search(said))) or bool(
            _LATER.match(after) and _LANDING.search(text[sent.start:start])
            and _LAUNCH_VERB.search(text[sent.start:start]))
        if not (lasted or activity or ended or (launched and _LANDING.search(said))):
            continue
        if activity is None and EARLIER_FLIGHT.search(said):
            continue
        if activity == "the talks" and _EARLIER_TALKS.search(said):
            continue  # "Talks in London in June ran for almost 20 hours": an earlier round
        approx = _APPROX.search(before)
        told_loose = _APPROX_START.match(shown) is not None
        written = shown if told_loose or approx is None else f"{approx.group(0).strip()} {shown}"
        loose = told_loose or approx is not None
        # whose flight: the vehicle part named last before the span ("The booster landed
        # … seven minutes after liftoff" / "The test flight lasted 64 minutes, … its booster")
        parts = list(_PART.finditer(text, sent.start, start))
        if (not parts and sentence > 0 and _PRONOUN.search(text, sent.start, sent.end)
                and not _PART.search(text, sent.start, sent.end)):
            # "The booster … lit all 31 engines. About seven minutes after liftoff it came
            # back down": the pronoun's part is the last one the sentence before named
            prev = doc.sentence(sentence - 1)
            if prev is not None:
                parts = list(_PART.finditer(text, prev.start, prev.end))
        if not parts:
            # "Touchdown came six minutes and 40 seconds after lift-off, with the booster's
            # center engine relighting": the part the sentence names after the span
            parts = list(_PART.finditer(text, end, sent.end))[:1]
        # (a generic word after the booster's name does not take the span from it: "Booster
        # 7, the first stage, … separated … into the flight, then returned for a splashdown
        # roughly seven minutes after liftoff")
        named = [p for p in parts if not _GENERIC_PART.fullmatch(p.group(0).lower())]
        part = activity or ("the booster" if named and _BOOSTER.match(named[-1].group(0))
                            else "the flight")
        days = WEEKDAY.findall(text, sent.start, start) if part == "the talks" else []
        day = days[-1].capitalize() if days else ""
        if part == "the talks" and not day:
            # "ran for about 20 hours over two days" (every day's) / "a second day of talks
            # that lasted more than 10 hours" (one day's): lengths of different days
            total = _ALL_DAYS.search(text, sent.start, sent.end)
            nth = _NTH_DAY.search(text, sent.start, sent.end)
            day = "all days" if total else f"the {nth.group(1).lower()} day" if nth else ""
        out.append(_Length(doc, sentence, minutes, written.strip(), loose, part, day))
    return out


# A length of talks told of all their days, or of one day by its place among them.
_ALL_DAYS = re.compile(r"\b(?:over|across|during|in)\s+(?:the\s+)?(?:two|three|four|both|2|3|4)"
                       r"\s+days\b|\b(?:in\s+total|in\s+all|altogether|combined)\b",
                       re.IGNORECASE)
_NTH_DAY = re.compile(r"\b(first|second|third|final|last|opening|closing)\s+day\b",
                      re.IGNORECASE)


def _other_days(a: str, b: str) -> bool:
    """Are two lengths' days known to differ? Two weekdays, two places among the days, or
    all days against one; a weekday and a place ("Wednesday", "the second day") may be one."""
    if not a or not b or a == b:
        return False
    if "all days" in (a, b):
        return True
    return a.endswith(" day") == b.endswith(" day")


# A sentence of an earlier round of talks: talks dated to a month ("Talks in London in
# June", "the June talks"; not "the truce struck last month"), or a previous round.
_EARLIER_TALKS = re.compile(
    r"\b(?:talks|round|meeting|session|negotiations)\b[^.;,]{0,30}?\b(?:in|last)\s+" + MONTH_FULL
    + r"|" + MONTH_FULL + r"(?:['’]s)?\s+(?:talks|round|meeting|session)\b|\b(?:previous|last|"
    r"earlier|prior)\s+(?:round|talks|meeting|session)s?\b", re.IGNORECASE)
# A length something ran to, in a sentence of talks and of no flight: the talks' length.
_RAN = re.compile(r"\b(?:lasted|ran(?:\s+(?:to|for))?|went\s+on\s+for)\s+(?:\w+\s+){0,2}$",
                  re.IGNORECASE)
_TALKS = re.compile(r"\b(?:talks|negotiations|session|meeting)\b", re.IGNORECASE)
_FLIGHT_WORDS = re.compile(r"\b(?:flight|mission|launch\w*|lift\w* off|liftoff|rocket|"
                           r"booster|quake|earthquake|shaking|hearing|deliberat\w*)\b",
                           re.IGNORECASE)


def _by_day(lengths: list[_Length]) -> list[_Length]:
    """An outlet's lengths of talks of several days, each keyed by the day its sentence
    names ("Tuesday's session ran for nearly six hours, after a first day of talks on Monday
    that lasted about four hours"; ``_Length.day``); a lone length also stands for its day's
    session."""
    talks = [x for x in lengths if x.part == "the talks"]
    if len({x.minutes for x in talks}) > 1:
        return [*[x for x in lengths if x.part != "the talks"],
                *[replace(x, part=f"the talks on {x.day}") if x.day else x for x in talks]]
    return [*lengths, *[replace(x, part=f"the talks on {x.day}") for x in talks if x.day]]


def _nearest_phase(before: str) -> str:
    """Whether a separation or a landing is told nearest before a span ("" for neither)."""
    marks = [(m.start(), "separation") for m in _SEPARATION.finditer(before)]
    marks += [(m.start(), "landing") for m in _LANDING.finditer(before)]
    if not marks:
        return ""
    at, phase = max(marks)
    # ("The booster separated after about three minutes and was back in the Gulf about
    # seven minutes after liftoff": the separation was timed by the span between)
    return "" if _TIMED.search(before, at) else phase


_TIMED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                    r"(?:seconds?|minutes?|hours?)\b", re.IGNORECASE)


def _places(x: _Length) -> frozenset[str]:
    """The places the length's sentence names (where a quake was felt that long)."""
    return frozenset(fold(e.text) for e in x.doc.analysis.entities
                     if e.sentence == x.sentence and e.label in ("GPE", "LOC", "FAC"))


def _slack(x: _Length, options: ReconcileOptions) -> float:
    """How far, in minutes, the length as worded may be from the one meant."""
    if not x.loose:
        return 0.5 if x.minutes >= 2 else 0.05 * x.minutes  # to the minute, or the second
    if _JUST.search(x.text):
        return max(0.1 * x.minutes, 0.5)  # "just under 12 minutes": within a minute or so
    if _WHOLE.search(x.text):
        return 15.0  # "about an hour", "roughly an hour and a half"
    if re.search(r"\band a (?:half|quarter)\b", x.text):
        return 0.75  # "about 11 and a half minutes": told to the half minute
    if x.minutes < 20:  # "about 40 seconds", "nearly two minutes": a quarter either way
        return 0.25 * x.minutes
    return float(options.flight_slack_minutes)


_UPPER = re.compile(r"^(?:less than|under|not even)\b", re.IGNORECASE)
_LOWER = re.compile(r"^(?:more than|over|upwards of)\b", re.IGNORECASE)


def _within_bound(bound: _Length, x: _Length, reach: float) -> bool:
    """A bound the other length keeps, within ``reach`` of it: "less than half a minute" /
    "28 seconds"."""
    return bool((_UPPER.match(bound.text) and bound.minutes / reach <= x.minutes
                 <= bound.minutes)
                or (_LOWER.match(bound.text) and bound.minutes <= x.minutes
                    <= bound.minutes * reach))


# A sentence of the other payloads of a rideshare: "The last of them was deployed…", "They
# were released into a lower orbit…", "the secondary payloads", "the cubesats".
_OTHER_PAYLOADS = re.compile(r"^\s*(?:They|These|Those)\b|\bthe last of (?:them|the)\b|"
                             r"\b(?:secondary|other|remaining|rideshare)\s+(?:\w+\s+)?"
                             r"(?:payloads?|satellites?)\b|\bco-passengers?\b|\bcubesats?\b",
                             re.IGNORECASE)


def _other_payloads(x: _Length) -> bool:
    return bool(_OTHER_PAYLOADS.search(x.doc.sentence_text(x.sentence)))


# A deployment's start or end ("Satellite deployment began about 10 minutes after liftoff" /
# "the last satellite released about thirteen and a half minutes after liftoff"): two moments.
_DEPLOYMENT_START = re.compile(r"\b(?:began|begins|started|starts|first (?:satellite|payload)s?|"
                               # "the first of the small satellites to be released"
                               r"first of the (?:\w+\s+)?(?:satellites|payloads|cubesats))\b",
                               re.IGNORECASE)
_DEPLOYMENT_END = re.compile(r"\b(?:last|final) (?:satellite|payload)s?\b|\bcomplete[ds]?\b|"
                             # "all 23 satellites have separated"
                             r"\ball\s+(?:\d+\s+|the\s+|of\s+the\s+)?(?:\w+\s+)?(?:satellites|"
                             r"payloads|cubesats)\b", re.IGNORECASE)


def deployment_point(said: str) -> str:
    """"start" or "end" when the sentence times a deployment's first or last release."""
    return ("end" if _DEPLOYMENT_END.search(said) else
            "start" if _DEPLOYMENT_START.search(said) else "")


def _deployment_point(x: _Length) -> str:
    return deployment_point(x.doc.sentence_text(x.sentence))


def happening_length_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS,
                               clocks: dict[int, list[ClockTime]] | None = None
                               ) -> list[Discrepancy]:
    """Two outlets giving one flight's length differently; see the module's rules.
    ``clocks``: each independent article's clock times, when the caller has read them."""
    told: dict[tuple[int, str], list[_Length]] = defaultdict(list)
    for d in docs:
        if d.independent:
            own = clocks[d.order] if clocks is not None else clock_times(d)
            for x in _by_day(_lengths(d, own)):
                told[(d.order, x.part)].append(x)
    days = sorted({part for _, part in told if part.startswith("the talks on ")})
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for da, db in outlet_pairs(docs):
        for part in ("the flight", "the booster", *(name for name, _, _ in _ACTIVITIES),
                     "the time to the payload's separation",
                     "the time to the boosters' separation", *days):
            xs, ys = told.get((da.order, part), []), told.get((db.order, part), [])
            if (part in seen or len({x.minutes for x in xs}) != 1
                    or len({y.minutes for y in ys}) != 1):
                continue
            if part in days and "the talks" in seen:
                continue  # one day's length, already set against the talks' length
            if (part in days and told.get((da.order, "the talks"))
                    and told.get((db.order, "the talks"))):
                continue  # both outlets tell the talks one length: compared as the talks
            a, b = xs[0], ys[0]
            if _other_days(a.day, b.day):
                continue  # "Monday's opening session" / "Tuesday's session": two days' talks
            if part == "the shaking" and _places(a) != _places(b):
                continue  # felt for 30 seconds in Dubai, for 10 near the epicentre
            if (part == "the time to the payload's separation"
                    and (_other_payloads(a) != _other_payloads(b)
                         or _deployment_point(a) != _deployment_point(b))):
                continue  # "The last of them was deployed … nearly two hours after liftoff"
                # (a rideshare's) / the main payload's "62 minutes"; a deployment's start
                # against its end
            if _agree(a, b, options):
                continue
            seen.add(part)
            out.append(_report(part, a, b, [xs[0] for (_, p), xs in told.items()
                                            if p == part and len({x.minutes for x in xs}) == 1],
                               options))
    return out


def _agree(a: _Length, b: _Length, options: ReconcileOptions) -> bool:
    """Two lengths within what their wording allows (see the module's rules)."""
    return (abs(a.minutes - b.minutes) <= max(_slack(a, options), _slack(b, options))
            or _within_bound(a, b, options.length_bound_reach)
            or _within_bound(b, a, options.length_bound_reach))


def _report(part: str, a: _Length, b: _Length, lone: list[_Length],
            options: ReconcileOptions) -> Discrepancy:
    """The two lengths set apart, each cited by every outlet whose one length for the part
    agrees with it and not with the other (the brief shows who says what)."""
    values = []
    for x, y in ((a, b), (b, a)):
        cited = [x, *(z for z in lone if z.doc.order not in (a.doc.order, b.doc.order)
                      and _agree(z, x, options) and not _agree(z, y, options))]
        values.append(DiscrepancyValue(x.text, dedupe_citations(
            z.doc.cite(z.sentence) for z in cited)))
    return Discrepancy(
        kind="figure", about=part if part.startswith("the time to") else f"how long {part} lasted",
        values=values, note=f"Outlets give the length of {part} differently: {a.text} vs {b.text}.")
