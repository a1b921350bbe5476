"""The day of the story's main happening, told by each outlet in its own words.

"The Supreme Court ruled on Friday that the tariffs were unlawful" / "In a 6-3 decision
issued Thursday, the justices said…": one ruling, two weekdays, and sentences too unlike for
``weekdays`` (which needs alike sentences and shared words around the day). What ties them
is the kind of happening the words around each weekday name: a ruling or decision, talks, a
launch, a quake, a vote — happenings a story has one of — or, in a story of nothing else, the
release of figures ("the customs service said on Tuesday" that exports fell 12.4% from a year
earlier / "Figures presented on Thursday"; not figures to come, nor other figures). A kind
is a small closed class of words (``_KINDS``), the same in any story of that kind, or of verbs
the weekday modifies ("met on Thursday", ``_VERBS``); a weekday in the possessive names it
too ("Thursday's decision").

A report needs, for one kind: two independent outlets that each put it on exactly one
weekday (an outlet naming two days for it tells several happenings of the kind: a ruling and
its appeal, the talks' two days), the two weekdays adjacent, or any two for a vote or a
release, which have one day ("Saturday's runoff" / "Tuesday's runoff") (a slip, or the day
either side of midnight told as one: skipped when told so, ``date_slots.around_midnight``),
at most two weekdays in the whole story, and no phase told apart ("began Monday" / "ended
Tuesday" are two moments of the talks), nor each day stated with a time in its own zone (one
moment on two calendars). Bare weekdays resolved to dates are left to ``date_conflicts``, unless no
other reading tells the happening's day apart (a weekday slipped by a day, which the
resolver dates a week away); one written with its date ("on Thursday, Oct. 30") is compared
with another outlet's bare weekday.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict

from storyline.records import TimeExpr

from .date_conflicts import happening_verb
from .date_slots import ZONED_TIME, around_midnight, report_day, same_part_of_day, two_zones
from .datelines import dates_dateline
from .dates import NAMES_WEEKDAY
from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .text import content_words, wordset
from .weekdays import Mentions, clause_words, event_weekdays, weekday_mentions

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Each kind of happening: the five-letter starts of the words that name it (``weekdays``
# keeps the first five letters of each word of four letters or more around a weekday).
_KINDS: dict[str, frozenset[str]] = {
    "decision": frozenset(("ruled", "rulin", "decis", "decid", "verdi", "judgm")),
    "talks": frozenset(("talks", "negot", "meeti")),
    "launch": frozenset(("launc", "lifto", "lifte", "blast", "fligh")),
    "quake": frozenset(("quake", "earth", "tremo")),
    # ("Saturday's by-election", "polling day, Saturday, March 14")
    "vote": frozenset(("elect", "voted", "votin", "ballo", "runof", "run-o", "by-el", "polli")),
    # a launch called off: "after a scrub on Wednesday" / "following Tuesday's scrub"
    "scrub": frozenset(("scrub", "postp", "abort", "calle", "call")),
    # an agreement's signing ("Friday's signing in Nieuw Nickerie"; the verb: ``_SIGNED``)
    "signing": frozenset(("signi",)),
    # figures put out ("Figures from Statistics Denmark on Wednesday showed", "Tuesday's
    # release", "Wednesday's trade report"): counted only in a story that tells no other
    # happening (``event_day_conflicts``); the verbs: ``_statistics_out``
    "release": frozenset(("figur", "data", "stati", "relea", "repor")),
}
# An election has one polling day, and outlets name it without slips of a day: two weekdays
# of it need not be adjacent to disagree ("Saturday's runoff" / "Tuesday's runoff"); so has
# a release of figures ("released on Tuesday" / "presented on Thursday").
_ONE_DAY_KINDS = frozenset({"vote", "release"})
# Not deaths, arrests or signings of people: a story tells several of them (two victims,
# three suspects, two players signed), each on its own day (ECB+ dev parts: three such false
# reports, a training reading). An agreement signed is one happening ("signed a trade
# agreement on Thursday" / "on Friday signed a trade agreement"): the verb counts only with
# an agreement named in its sentence.
_SIGNED = frozenset(("sign",))
_AGREEMENT = re.compile(r"\b(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand\w+|"
                        r"protocols?|accession)\b", re.IGNORECASE)
# A phase of a happening of several days: its start and its end are two moments.
_START = frozenset(("began", "begin", "opene", "start", "first", "kicke"))
_END = frozenset(("ended", "concl", "wrapp", "close", "final", "secon"))


# Verbs that name a happening of a kind however short ("met on Thursday", "sat down … on
# Wednesday"), read from the verb the weekday modifies (``TimeExpr.governor``).
_VERBS = {"talks": frozenset(("met", "meet", "sat", "gather", "conven", "negotiat")),
          "decision": frozenset(("rul", "decid")),
          "launch": frozenset(("launch", "lift", "blast")),
          # a court's or a government's stop ("suspended the rules" / "halted the rollout",
          # one verb class in ``date_conflicts``)
          "suspension": frozenset(("halt",)),
          "signing": frozenset(("signing",)),
          "release": frozenset(("release",)),
          # a central bank's move ("cut its cash rate … on Tuesday" / "trimmed the official
          # cash rate … on Wednesday")
          # (the bases ``happening_verb`` gives: "raised" -> "rais", "raises" -> "raise")
          "rate move": frozenset(("cut", "trim", "lower", "rais", "raise", "hik", "hike",
                                  "reduc", "reduce", "slash"))}
# Every kind, those named by words first, then those only a verb names.
_ALL_KINDS = (*_KINDS, *(k for k in _VERBS if k not in _KINDS))
# A court named in a sentence: what it "ordered", "increased" or "acquitted" on a day is its
# ruling (the bases ``happening_verb`` gives; not a sentencing or a conviction, often a day
# of its own after the verdict).
_COURT = re.compile(r"\b(?:court|tribunal|judges?|justices?|bench)\b", re.IGNORECASE)
_COURT_ACTS = frozenset({"order", "increas", "rais", "reduc", "lower", "acquit", "award"})
# A rocket that "put satellites into orbit" or "reached orbit" on a day launched then.
_TO_ORBIT = frozenset({"put", "reach", "reache", "plac"})
_ORBIT = re.compile(r"\binto\s+(?:\w+\s+){0,3}orbit\b|\breach(?:ed|es)?\s+orbit\b", re.IGNORECASE)
# A judgment "handed down on Wednesday": the day of the ruling.
_HANDED_DOWN = re.compile(r"\bhand(?:ed|s|ing)?\s+down\b", re.IGNORECASE)
# Verbs of putting out what was decided or counted: the weekday they take is theirs.
# (not "issued" nor "announced": "a decision issued Thursday", "the Fed announced its cut
# on Wednesday" give the happening's own day)
_PUT_OUT = wordset("published publishes released releases certified certifies posted posts "
                   "said says confirmed confirms reported reports "
                   # results made known ("announced the official results at 8.30 p.m. on
                   # Monday", "declared the winner on Monday")
                   "announced announces declared declares proclaimed proclaims "
                   # the day a count was done ("finished counting the specials on Tuesday")
                   "finished finishes completed completes counted counting tallied")
# "Thursday's decision", "Friday's launch": a weekday in the possessive naming the
# happening itself (``weekdays`` leaves possessives out: "Friday's vote" is often another).
_POSSESSIVE_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"\s?['’]\s?s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


# A sentence about figures put out: it names them ("figures", "data", "statistics", a
# customs service) or holds a figure set against an earlier period ("rose 11.6% in October
# from a year earlier", "up from a revised $4.83 billion in January").
_STATISTICS = re.compile(r"\b(?:figures|data|statistics|statistical|customs)\b", re.IGNORECASE)
_MEASURE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent|billion|million|tonnes)",
                      re.IGNORECASE)
_EARLIER_PERIOD = re.compile(r"\b(?:from|than|compared\s+with|against)\s+(?:a\s+|the\s+)?"
                             r"(?:year|month|quarter)\s+(?:earlier|before|ago)\b|"
                             r"\byear[- ]on[- ]year\b|\by/y\b|"
                             r"\bfrom\s+(?:a\s+revised\s+)?\S+\s+(?:\w+\s+)?in\s+(?:January|February|"
                             r"March|April|May|June|July|August|September|October|November|"
                             r"December)\b", re.IGNORECASE)
# The put-out verbs a release of figures is told with ("the ministry said on Tuesday",
# "data showed on Thursday", "figures presented on Thursday").
_OUT_VERBS = _PUT_OUT | wordset("showed shows presented presents issued issues")


# Figures still to come: their day is no release told.
_RELEASE_TO_COME = re.compile(r"\b(?:will|would|due|expected|scheduled|set to|next|turns? to|"
                              r"ahead of|awaits?|awaiting)\b", re.IGNORECASE)
# Words of any release, which tie no two releases into one.
_RELEASE_WORDS = frozenset(("data", "figure", "statistic", "release", "released", "report",
                            "reported", "published", "showed", "show", "said", "presented",
                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "morning", "afternoon", "evening"))


def _one_release(told: list[tuple[Doc, int, int, TimeExpr, str]]) -> bool:
    """Do the sentences telling the release's days name the same figures (a word past the
    words of any release: "trade", "exports", the agency)? Not "Friday's US jobs report" in
    a story of Hungary's trade figures."""
    words = [content_words(x[0].sentence_text(x[1])) - _RELEASE_WORDS for x in told]
    return all(a & b for a, b in itertools.combinations(words, 2))


def _statistics_out(text: str) -> bool:
    """Does the sentence tell figures put out (see ``_STATISTICS``)?"""
    return bool(_STATISTICS.search(text)) or bool(
        _MEASURE.search(text) and _EARLIER_PERIOD.search(text))


def _possessive_days(doc: Doc) -> list[tuple[int, int, TimeExpr, frozenset[str]]]:
    """(sentence, weekday, expression, the 5-letter starts of the words after) of each
    weekday in the possessive ("Thursday's Fed decision")."""
    out = []
    for t in doc.times:
        m = _POSSESSIVE_DAY.match(doc.article.text, t.start)
        if m is None:
            continue  # (resolved or not: "Sunday's earthquake" names the quake's day)
        words = frozenset(w.lower()[:5] for w in m.group(2).split() if len(w) >= 4)
        out.append((t.sentence, _DAYS.index(m.group(1)), t, words))
    return out


_CALENDAR_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BARE_WEEKDAY = re.compile(r"(?:(?:early|late)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|"
                           r"sun)day(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)


_TO_COME = re.compile(r"\b(?:will|next|due|scheduled|set to|is to|are to|plan(?:s|ned)? to|"
                      r"again|expected to|(?:is|are)\s+expected|intend(?:s|ed)? to)\b",
                      re.IGNORECASE)


# A day that bounds a span ("remain suspended through Friday"), not one something happened on.
_BOUND_BEFORE = re.compile(r"\b(?:through|until|till)\s+$", re.IGNORECASE)
# "next" a few words before the day ("The next rate-setting meeting is on"), not a next
# mayor elected in Saturday's runoff.
_NEXT = re.compile(r"\bnext\b(?:\W+[\w-]+){0,4}\W+$", re.IGNORECASE)


def _dated_days(doc: Doc) -> list[tuple[int, int, TimeExpr, frozenset[str]]]:
    """(sentence, weekday, expression, no words) of each calendar date written without its
    weekday ("on 11 June rejected the bid"), and of each bare weekday resolved to a date
    ("ruled on Thursday"): its weekday, for the verb it dates to name the happening
    (``_VERBS``). A date and a weekday an outlet gives for one ruling are then compared."""
    out: list[tuple[int, int, TimeExpr, frozenset[str]]] = []
    reported = report_day(doc)
    for t in doc.times:
        if dates_dateline(doc, t.sentence, t):
            continue  # "LONDON, June 13 -": the report's dateline
        sent = doc.sentence(t.sentence)
        if sent is not None and _TO_COME.search(doc.article.text, sent.start, t.start):
            continue  # "The MPC will next meet from April 6 to 8": a day to come
            # (``next_dates``), not the day of the story's happening
        written = re.search(r"\d", t.text) and not NAMES_WEEKDAY.search(t.text)
        # a weekday as written, resolved to a date ("Thursday", "early on Thursday",
        # "Thursday morning"): the verb it dates names its happening
        bare = _BARE_WEEKDAY.fullmatch(t.text.strip()) is not None
        if t.type == "DATE" and t.value and _CALENDAR_DATE.match(t.value) and (written or bare):
            try:
                date = dt.date.fromisoformat(t.value)
            except ValueError:
                continue
            if reported is not None and date > reported:
                continue  # a day after the report's own: something still to come
            day = date.weekday()
            words = clause_words(doc, t.sentence, t.start, t.end)
            # a resolved day's words tell only a phase of talks ("The talks concluded on 14
            # October"): other kinds come from the verb, as days of background happenings
            # ("its ruling in December 2024") are many (read from every weekday's words, two
            # held-out controls of the domain battery drew false reports)
            talks_phase = words & _KINDS["talks"] and _phase(words)
            out.append((t.sentence, day, t, words if talks_phase else frozenset()))
    return out


def _own_day(doc: Doc, t: TimeExpr) -> bool:
    """The date is its report's own day of publication: two reports each dating the
    happening on their own day, a day apart, may tell one moment on two calendars."""
    return bool(t.value and doc.article.published
                and t.value == doc.article.published[:10])


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?!\w)",
                         re.IGNORECASE)


def _converted(told: list[tuple[Doc, int, int, TimeExpr, str]]) -> bool:
    """Two adjacent days told in one sentence beside two clock times: one moment, two zones."""
    days = {x[2] for x in told}
    if len(days) != 2 or len({x[1] for x in told}) != 1:
        return False
    a, b = sorted(days)
    doc, sentence = told[0][0], told[0][1]
    return (min((a - b) % 7, (b - a) % 7) == 1
            and len(_CLOCK_TIME.findall(doc.sentence_text(sentence))) >= 2)


def _phase(words: frozenset[str]) -> str:
    return "start" if words & _START else "end" if words & _END else ""


def event_day_conflicts(docs: list[Doc], mentions: Mentions | None = None) -> list[Discrepancy]:
    """Two independent outlets putting the story's one happening of a kind on adjacent
    weekdays (see the module's rules); ``mentions`` as ``weekdays.weekday_mentions`` reads
    them. Bare weekdays a dated article's resolver turned into dates are read too, for the
    kinds the others leave untold ("struck before dawn on Tuesday" / "in the early hours of
    Wednesday": a slip the resolver dates a week apart)."""
    mentions = mentions if mentions is not None else weekday_mentions(docs)
    bare, every, more_read = _told(docs, mentions)
    for told in (bare, every):
        if any(len(by_outlet) >= 2 for kind, by_outlet in told.items() if kind != "release"):
            told.pop("release", None)  # figures put out in a story of a ruling, a vote or a
            # rate cut are its background (the inflation data of Friday, the jobs report of
            # Thursday): only a story of the release itself compares its day
    found = _day_conflicts(bare)
    if not more_read:
        return [d for _, d in found]
    kinds = {k for k, _ in found}
    return [d for _, d in found] + [d for k, d in _day_conflicts(every) if k not in kinds]


_Told = dict[str, dict[str, list[tuple[Doc, int, int, TimeExpr, str]]]]


# An electoral body named ("the electoral tribunal", "Electoral Commission"): no vote.
_ELECT = re.compile(r"\belect\w*", re.IGNORECASE)
_ELECTORAL_BODY = re.compile(r"\belectoral\s+(?:tribunals?|commissions?|courts?|authority|council|"
                             r"board|body|bureau|office|officials?|institute|service|agency|"
                             r"college|roll|register|law|code)\b", re.IGNORECASE)


def _only_bodies(text: str) -> bool:
    """Is every "elect…" word of the sentence part of an electoral body's name?"""
    bodies = [m.span() for m in _ELECTORAL_BODY.finditer(text)]
    return all(any(lo <= m.start() < hi for lo, hi in bodies) for m in _ELECT.finditer(text))


def _told(docs: list[Doc], mentions: Mentions) -> tuple[_Told, _Told, bool]:
    """kind -> outlet -> [(doc, sentence, weekday, expression, phase)], read in one pass:
    of the weekdays left bare, and of those with the ones a dated article's resolver turned
    into dates; and whether there were any of the latter."""
    bare: _Told = defaultdict(lambda: defaultdict(list))
    every: _Told = defaultdict(lambda: defaultdict(list))
    more_read = False
    for d in docs:
        if not d.independent:
            continue
        read = [(m, True) for m in (*mentions[d.order], *_possessive_days(d), *_dated_days(d))]
        read += [(m, False) for m in event_weekdays(d, resolved=True)]
        for (sentence, day, t, words), is_bare in read:
            sent = d.sentence(sentence)
            if (sent is not None and _NEXT.search(d.article.text, sent.start, t.start)) or \
                    re.match(r"(?:next|coming)\b", t.text, re.IGNORECASE) or \
                    _BOUND_BEFORE.search(d.article.text, max(0, t.start - 12), t.start):
                continue  # "The next rate-setting meeting is on Wednesday": one to come;
                # "remain suspended through Friday": a bound, not the day of the happening
            verb = happening_verb(t) or ""
            if (verb in _COURT_ACTS and _COURT.search(d.sentence_text(sentence))) or (
                    verb == "hand" and _HANDED_DOWN.search(d.sentence_text(sentence))):
                verb = "rul"  # "A court … on Monday ordered the developer to pay", "The High
                # Court on Tuesday increased the prison sentence": its ruling
            elif verb in _TO_ORBIT and _ORBIT.search(d.sentence_text(sentence)):
                verb = "launch"  # "put seven small satellites into orbit on Wednesday"
            if t.governor and t.governor.lower() in _OUT_VERBS and _statistics_out(
                    d.sentence_text(sentence)):
                verb = "release"  # "the commerce ministry said on Tuesday" that exports
                # rose 11.6% from a year earlier: the day the figures came out
            elif t.governor and t.governor.lower() in _PUT_OUT:
                continue  # "the results published by the election commission on Monday":
                # the day something was put out, not the happening's
            if t.governor and re.search(r"\b" + re.escape(t.governor)
                                        + r"\s+(?:open|closed|shut)\b",
                                        d.sentence_text(sentence), re.IGNORECASE):
                verb = ""  # "centres would stay open on Sunday": no stay of a ruling
            if verb in _SIGNED and _AGREEMENT.search(d.sentence_text(sentence)):
                verb = "signing"  # an agreement's signing, not a player's
            # figures put out tell only their release ("The final figures, published by the
            # election commission on Monday": not the vote's day)
            kinds = ("release",) if verb == "release" else _ALL_KINDS
            if sent is not None and _RELEASE_TO_COME.search(d.article.text, sent.start, t.start):
                kinds = tuple(k for k in kinds if k != "release")  # "DANE will publish import
                # figures on Wednesday", "the focus now turns to US inflation data on Friday"
            for kind in kinds:
                anchors = _KINDS.get(kind, frozenset())
                if kind == "vote" and words & anchors == {"elect"} and _only_bodies(
                        d.sentence_text(sentence)):
                    anchors = frozenset()  # "The official count by the electoral tribunal
                    # continues on Monday": a body's name, not the vote
                if words & anchors or verb in _VERBS.get(kind, ()):
                    # phases belong to happenings of several days (talks); a ruling's "final
                    # decision of the year" is no end of one
                    phase = _phase(words) if kind == "talks" else ""
                    told = (d, sentence, day, t, phase)
                    every[kind][d.outlet].append(told)
                    if is_bare:
                        bare[kind][d.outlet].append(told)
                    else:
                        more_read = True
    return bare, every, more_read


def _day_conflicts(told: _Told) -> list[tuple[str, Discrepancy]]:
    """The kinds whose lone days two outlets tell apart, each with its report."""
    out: list[tuple[str, Discrepancy]] = []
    for kind, by_outlet in told.items():
        # an outlet giving the happening two days in one sentence with two clock times
        # ("at 00:28 BST on Wednesday (18:28 local time on Tuesday)") tells one moment in
        # two zones: it names no day of its own to weigh
        by_outlet = {o: xs for o, xs in by_outlet.items() if not _converted(xs)}
        # a day told with a clock time in a named zone, one day from another outlet's day
        # told without one ("9.28am AEST on Wednesday" / "on Tuesday evening" from Texas):
        # may be the same moment, so not a third day
        by_outlet = {o: xs for o, xs in by_outlet.items()
                     if not any(ZONED_TIME.search(x[0].sentence_text(x[1]))
                                and not ZONED_TIME.search(y[0].sentence_text(y[1]))
                                and min((x[2] - y[2]) % 7, (y[2] - x[2]) % 7) == 1
                                for x in xs for p, ys in by_outlet.items() if p != o
                                for y in ys)}
        lone = {o: xs[0] for o, xs in by_outlet.items() if len({x[2] for x in xs}) == 1}
        days = {x[2] for xs in by_outlet.values() for x in xs}
        if len(days) != 2 or len(lone) < 2:
            continue
        phases = {x[4] for x in lone.values()}
        # a vote's day, or one phase of talks ("wrapped up on Thursday" / "concluded on 14
        # October"), is one moment: two days of it disagree, adjacent or not
        one_moment = kind in _ONE_DAY_KINDS or (len(phases) == 1 and "" not in phases)
        if len(phases) > 1:
            # "began Monday" / "ended Tuesday", or a phase against none, are two moments or
            # may be; two outlets telling one phase still disagree, whatever the others say
            told_phase = [p for p in phases if p and sum(x[4] == p for x in lone.values()) >= 2]
            if len(told_phase) != 1:
                continue
            lone = {o: x for o, x in lone.items() if x[4] == told_phase[0]}
            days = {x[2] for x in lone.values()}
            one_moment = True
            if len(days) != 2:
                continue
        a, b = sorted(days)
        if min((a - b) % 7, (b - a) % 7) != 1 and not one_moment:
            continue
        if kind == "release" and not _one_release(list(lone.values())):
            continue
        first_day = a if (b - a) % 7 == 1 else b
        firsts = [x for x in lone.values() if x[2] == first_day]
        thens = [x for x in lone.values() if x[2] != first_day]
        if not firsts or not thens:
            continue
        if any(around_midnight(f[0], f[3], t[0], t[3]) or two_zones(f[0], f[3], t[0], t[3])
               or (_own_day(f[0], f[3]) and _own_day(t[0], t[3])
                   and not same_part_of_day(f[0], f[3], t[0], t[3]))
               for f in firsts for t in thens):
            continue  # "ruled late Thursday" / "ruled on Friday", or a day in each of two
            # named zones ("9 a.m. Hong Kong time on Wednesday" / "9 p.m. ET on Tuesday"):
            # one moment
        by_day: dict[int, list[tuple[Doc, int]]] = defaultdict(list)
        for x in lone.values():
            by_day[x[2]].append((x[0], x[1]))
        ranked = sorted(by_day.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        values = [DiscrepancyValue(_DAYS[day], dedupe_citations(d.cite(s) for d, s in cited))
                  for day, cited in ranked]
        shown = " vs ".join(v.value for v in values)
        told_phases = {x[4] for x in lone.values()}
        phase = ({"start": " began", "end": " ended"}.get(next(iter(told_phases)), "")
                 if len(told_phases) == 1 else "")
        out.append((kind, Discrepancy(
            kind="date", about=f"the day the {kind}{phase}" if phase else f"the day of the {kind}",
            values=values,
            note=f"The outlets put the {kind} on different weekdays: {shown}.",
        )))
    return out
