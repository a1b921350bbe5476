"""Running tallies told at different moments: an update, not a conflict (issue 11).

The dead, the injured, the arrested and the cases of a disaster or an outbreak grow as
reports come in: "12 dead" at 08:00 and "31 dead" at 20:00 are one toll at two moments.
With publication times, a higher count published ``update_after_hours`` later is an update
(``later_update``, noted on the figure by ``update_note``); without them, two lower bounds
far apart ("at least 3 killed" / "at least 10 killed") both hold once the toll is known
(``early_floor``); a share of a count still going on ("with 60% of the vote counted") is of
another moment than the final one (``partial_count``); a toll an article tells as it stood
earlier ("had reported two deaths earlier in the day", "up from two") is history, so another
outlet giving it gave the earlier count (``earlier_counts``). Reports published more than
``statement_apart_days`` apart are follow-ups: a number that moves with time (a market's
move, a total to date, a toll) is of another moment there and is not compared (``moved``).
Used by ``figures`` and ``tallies``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from storyline.records import Figure

from .evidence import Doc
from .figure_values import format_value
from .text import CHANGE_BEFORE, fold, spell_numbers
from .units import LENGTHS, unit_class

# Running tallies, which later reports raise: the dead, injured, missing, arrested, cases.
_TALLY = re.compile(
    r"\b(?:killed|killing|dead|deaths?|died|injured|injuring|injuries|wounded|wounding|hurt|"
    r"missing|casualties|"
    r"victims|(?:death )?toll|cases|infected|hospitali[sz]ed|rescued|arrested|arrests|detained|"
    r"displaced|evacuated so far|(?:homes|houses|buildings|dwellings) (?:were |had been )?"
    r"(?:damaged|destroyed)|damaged (?:homes|houses|buildings|dwellings))\b", re.IGNORECASE)


# Counts that grow as a disaster's response goes on, though no tally of harm: a quake's
# aftershocks, the rescue teams sent ("had sent 18 rescue teams" / later "26 teams"), the
# tents put up.
_GROWING = re.compile(r"\b(?:aftershocks|(?:rescue|relief|search)(?: and rescue)? (?:teams|"
                      r"workers|crews|units)|rescuers|evacuees|tents|shelters|"
                      r"evacuation (?:cent(?:er|re)s|sites)|"
                      # ballots counted so far ("About 78,590 ballots … had been counted")
                      r"(?:ballots|votes)\b[^.;]{0,40}\bcounted|"
                      # things received so far ("has now received more than 4,900 reports
                      # from people who felt the quake")
                      r"received\b[^.;]{0,40}\b(?:reports|calls|notifications|messages|"
                      r"requests|applications|claims|complaints))\b", re.IGNORECASE)


def is_tally(text: str) -> bool:
    """The sentence counts something later reports raise (the dead, injured, arrested…)."""
    return bool(_TALLY.search(text))


def is_running(text: str) -> bool:
    """The sentence counts something that grows as reports come in: a tally of harm, a
    quake's aftershocks, the rescue teams sent, the tents put up."""
    return is_tally(text) or _GROWING.search(text) is not None


# A toll told as it stood earlier ("Authorities had reported two deaths earlier in the
# day", "the toll, initially put at two, …").
_EARLIER = re.compile(r"\b(?:earlier in the day|earlier (?:on )?(?:this|that) (?:morning|"
                      r"afternoon|evening)|initially|had (?:earlier |initially )?(?:reported|"
                      r"put|given|said))\b", re.IGNORECASE)
# A toll told with the one it rose from ("Three have died, up from two reported earlier"):
# the sentence's count is the new one.
_ROSE = re.compile(r"\b(?:up from|rose|risen|climbed|increased|jumped)\b", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|rising|risen|rose|climbing) from (?:an? )?(?:earlier |initial )?"
                      r"(\d+(?:,\d{3})*)\b")


def told_earlier(text: str) -> bool:
    """Does the sentence tell a count as it stood before ("had reported two deaths earlier")?"""
    return _EARLIER.search(text) is not None and _ROSE.search(text) is None


def rose_from(text: str) -> set[float]:
    """The counts a sentence says its count rose from ("…, up from two reported earlier")."""
    folded = spell_numbers(fold(text))
    return {float(m.replace(",", "")) for m in _UP_FROM.findall(folded)}


def earlier_counts(doc: Doc) -> set[float]:
    """The running tallies the article tells as they stood before its own count: history,
    so another outlet giving one of them is an earlier report, not a conflict."""
    out: set[float] = set()
    for s in doc.content:
        text = doc.sentence_text(s)
        if not is_tally(text):
            continue
        out |= rose_from(text)
        if told_earlier(text):
            out |= {f.value for f in doc.analysis.figures if f.sentence == s}
    return out


def tally_values(doc: Doc) -> frozenset[float]:
    """The values of the article's running tallies (the dead, the injured…): read once."""
    return frozenset(f.value for f in doc.analysis.figures
                     if is_tally(doc.sentence_text(f.sentence)))


def later_report(early: Doc, late: Doc, early_tallies: frozenset[float],
                 late_earlier: set[float]) -> bool:
    """Does ``late`` tell, as it stood before, a toll ``early`` gives ("Officials had
    earlier reported two deaths" / "killing at least two people"), ``early`` published no
    later? Then ``early`` is the earlier report, and its other running tallies (the injured,
    the aftershocks) are of an earlier moment too. ``early_tallies``: ``tally_values(early)``;
    ``late_earlier``: ``earlier_counts(late)``."""
    if not early_tallies & late_earlier:
        return False
    te, tl = early.published_at, late.published_at
    return te is None or tl is None or te <= tl


def running_tally(doc: Doc, f: Figure) -> bool:
    """A count of something later reports raise (the dead, injured, aftershocks…)."""
    text = doc.sentence_text(f.sentence)
    return f.kind == "count" and is_running(text)


def timed(doc: Doc) -> bool:
    """Does the article carry a publication time (not only a day)?"""
    return "T" in (doc.article.published or "")


def early_floor(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure, ratio: float) -> bool:
    """Two lower bounds of a running tally far apart ("at least 3 killed" / "at least 10
    killed") in reports without publication times: both hold once the count is known, the
    smaller told earlier; no conflict."""
    if a.bound not in (">", ">=") or b.bound not in (">", ">="):
        return False
    if timed(a_doc) and timed(b_doc):
        return False  # publication times tell an update from a conflict (later_update)
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return (hi >= ratio * max(lo, 1.0) and is_tally(a_doc.sentence_text(a.sentence))
            and is_tally(b_doc.sentence_text(b.sentence)))


def later_update(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure, after_hours: float) -> bool:
    """b's count (or a's) is higher and published at least ``after_hours`` later."""
    if a.kind != "count" or b.kind != "count":
        return False
    texts = (a_doc.sentence_text(a.sentence), b_doc.sentence_text(b.sentence))
    running = [is_running(t) for t in texts]
    one_unit = bool(a.unit) and fold(a.unit) == fold(b.unit)
    # a state told as it stands ("38,000 customers are still without electricity" / "by
    # Thursday morning only 4,100 were still without"): it shrinks as well as grows
    standing = one_unit and not _a_size(a) and all(_STILL.search(t) for t in texts)
    if a.value == b.value:
        return False
    (low_doc, low), (high_doc, high) = sorted(((a_doc, a), (b_doc, b)),
                                              key=lambda x: x[1].value)
    if one_unit and not _a_size(a) and _so_far_below(low_doc, low, high_doc, high):
        return True
    if not standing and not all(running) and not (a.unit and a.unit == b.unit and any(
            m and a.unit.lower() in m.group(0).lower()
            for m in (_GROWING.search(t) for t in texts))) and not (
            one_unit and all(map(_by_clock, texts))) and not (
            one_unit and all(map(counted_so_far, texts)) and not _a_size(a)):
        return False  # "1,200 ordered out on Sunday": a count of one moment does not grow
        # (a quake's aftershocks do: "more than 30 … by midday" / "more than 80 … since");
        # one sentence may say what both counts are ("had sent 18 rescue teams" / "had
        # deployed 26 teams"); both counts told as they stood at a moment are running totals
        # ("had inspected about 60 buildings by early afternoon" / "212 … by Thursday
        # morning")
    if _outgrown(low_doc, low, high.value):
        return True  # a live blog's "about 430 aftershocks so far" beside its later "about
        # 900 … by 15:00": its own earlier entry, not what it holds against the other
    high_text = high_doc.sentence_text(high.sentence)
    if _GREW_TO.search(high_text) and not (
            high_doc.published_at and low_doc.published_at
            and high_doc.published_at < low_doc.published_at):
        return True  # "confirmed the death toll had reached seven" (an undated report) /
        # "four people have died": the toll told as grown to the higher count
    low_moment = moment_words(low_doc.sentence_text(low.sentence))
    high_moment = moment_words(high_text)
    if low_moment and not high_moment and _NOW.search(high_text) and not _a_size(high):
        return True  # "27 aftershocks by mid-morning" / "has now counted 41": the lower
        # count is of a moment it names, the higher one stands as of its telling
    if low_moment and high_moment:
        # "24 aftershocks by 7 a.m." / "more than 40 … by the afternoon": two moments (but
        # "87 … by 6 a.m." / "as of 6 a.m., 187": one)
        return not same_moment(low_moment, high_moment)
    ta, tb = a_doc.published_at, b_doc.published_at
    if ta is None or tb is None:
        # an undated report: the lower count told at a moment it names, the higher at none
        # ("As of the ministry's evening update on Thursday, 67 were injured" / "Seventy-four
        # people were injured"), is that moment's; and an undated report's higher count told
        # as it stands now ("has now received more than 5,600 reports") is the later one
        undated_high = high_doc.published_at is None
        return (bool(low_moment) or (undated_high and not high_moment and not _a_size(high)
                                     and _NOW.search(high_text) is not None)) \
            and (tb or ta) is not None
    if timed(a_doc) != timed(b_doc):
        if ta.date() == tb.date():
            return True  # one dated to the other's day without a time: which came first
            # is not known, and a running count told twice in a day has most likely moved
        # one dated to a later day without a time: later, by however many hours
        early, late = (a, b) if tb.date() > ta.date() else (b, a)
        return standing or late.value > early.value
    hours = (tb - ta).total_seconds() / 3600
    if abs(hours) < after_hours:
        return False
    early, late = (a, b) if hours > 0 else (b, a)
    return standing or late.value > early.value


def _so_far_below(low_doc: Doc, low: Figure, high_doc: Doc, high: Figure) -> bool:
    """Is the lower count told as it stood so far ("reports nine incidents so far", a live
    page's entry) and the higher one not, in a report published no earlier: the count at
    its end, not a conflict?"""
    tl, th = low_doc.published_at, high_doc.published_at
    high_text = high_doc.sentence_text(high.sentence)
    return (_SO_FAR_WORDS.search(low_doc.sentence_text(low.sentence)) is not None
            and not counted_so_far(high_text) and not moment_words(high_text)
            and not (tl is not None and th is not None and th < tl))


# (said in words, not a moment named: "by 21 points" is no "by 21:00")
_SO_FAR_WORDS = re.compile(r"\b(?:so far|to date|thus far|up to now|until now)\b", re.IGNORECASE)


# A count told as it stands so far: "Engineers have so far inspected 410 buildings", "By
# late on Saturday, teams had inspected 640", "to date", "as of".
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|up to now|until now|as of|as at|by (?:late |"
                     r"early |mid-?)?(?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                     r"(?:this |that |the )?(?:morning|afternoon|evening|night|midday|noon)|"
                     r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|gmt|utc|hours?)?)\b)",
                     re.IGNORECASE)


def _a_size(f: Figure) -> bool:
    """Is the number a size, not a count (a shock's magnitude: "the strongest so far, of
    magnitude 4.6" is no running total)?"""
    return fold(f.unit).endswith("magnitude")


# A toll told as grown to its count ("the death toll had reached seven", "rose to 12").
_GREW_TO = re.compile(r"\b(?:toll|tally|count|number)\b[^.;]{0,40}\b(?:reached|risen to|rose to|"
                      r"climbed to|jumped to|increased to)\b", re.IGNORECASE)
# A count told as it stands when told ("has now counted 41", "the latest count").
_NOW = re.compile(r"\b(?:now|so far|to date|latest|thus far)\b", re.IGNORECASE)


# A state told as it stands when told: "are still without power", "remain in shelters".
_STILL = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\b", re.IGNORECASE)


def counted_so_far(text: str) -> bool:
    """Does the sentence tell a count as it stands at a moment, still growing ("so far",
    "to date", "by late on Saturday", "by 16:00")?"""
    return _SO_FAR.search(text) is not None


def _by_clock(text: str) -> bool:
    """Is the count told as it stood at a clock time ("had received 41 damage notifications
    by 16:00", "96 … by 09:00 on Thursday")? Such a count is a running total, whatever it
    counts."""
    return _CLOCK_WORD.search(" ".join(moment_words(text))) is not None


_CLOCK_WORD = re.compile(r"\d{1,2}[:.]\d\d|\d{4}\s+(?:gmt|utc)|\d\s*[ap]\.?m|"
                         r"\b\d{1,2}\s+[ap]\.?m", re.IGNORECASE)


def _outgrown(doc: Doc, f: Figure, other: float) -> bool:
    """Does the article itself give a higher count of the same thing than ``f`` (its unit
    and what it is of alike), though no higher than ``other``, in another running sentence?
    Then ``f`` is its earlier entry."""
    unit, about = fold(f.unit), fold(f.about or "")
    return bool(unit) and any(
        g.kind == "count" and g.sentence != f.sentence and fold(g.unit) == unit
        and fold(g.about or "") == about and f.value < g.value <= other
        and is_running(doc.sentence_text(g.sentence))
        for g in doc.analysis.figures)


# The moment a count was taken: "by 0600 GMT on Wednesday", "as of the ministry's evening
# update on Thursday", "in its 8 a.m. bulletin", "within the first hour".
_AS_OF = re.compile(r"\b(?:by|as of|as at)\s+(?:the\s+)?(?:(?P<own>\w+)['’]s\s+)?([^;,]{1,40})",
                    re.IGNORECASE)
_BULLETIN = re.compile(r"\b((?:latest|evening|morning|hourly|daily|[ap]\.?m\.?) (?:update|"
                       r"bulletin|briefing)(?: on \w+day)?|within the first (?:\w+ )?(?:hours?|"
                       r"minutes|day))", re.IGNORECASE)
_MOMENT_WORD = re.compile(r"\d{1,4}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|[a-z]{1,3}t|"
                          r"noon|midnight|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mid-?\w+|morning|"
                          r"afternoon|evening|night|late|early|on|the|of|end|close|dawn|"
                          r"nightfall|update|"
                          r"bulletin|briefing", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def moment_words(text: str) -> tuple[str, ...]:
    """The moment a sentence says its count was taken at, as words ("by 0600 GMT on
    Wednesday" -> ("0600", "gmt", "wednesday"); "in its 8 a.m. bulletin" -> ("a.m.",
    "bulletin")), or () if none. A bare number after "by" is no moment ("up by 30")."""
    m = _AS_OF.search(text)
    found = m.group(2) if m else ""
    if m and m.group("own") and _MOMENT_WORD.fullmatch(m.group("own")):
        found = m.group("own") + " " + found  # "As of Friday's update": Friday's
    words: list[str] = []
    for w in (w.rstrip(".!?\"”") for w in found.lower().split()):
        if not _MOMENT_WORD.fullmatch(w):
            break
        words.append(w)
    if not any(not _DIGITS.fullmatch(w) and w not in ("on", "the", "of") for w in words):
        b = _BULLETIN.search(text)
        words = b.group(1).lower().split() if b else []
    return tuple(w for w in words if w not in ("on", "the", "of"))


def same_moment(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One moment, or none told on either side: the words of one within the other's ("by 6
    a.m." / "as of 6 a.m."; "by the evening" / "by Wednesday evening")."""
    return set(a) <= set(b) or set(b) <= set(a)


def days_between(a_doc: Doc, b_doc: Doc) -> float | None:
    """Days between two articles' publication, None when either is undated."""
    ta, tb = a_doc.published_at, b_doc.published_at
    if ta is None or tb is None:
        return None
    return abs((tb - ta).total_seconds()) / 86400


# A number that moves with time: a total to date, a level now, a day's move of a market, a
# running tally ("840 orders to date", "has sold more than 3 billion songs since its
# launch", "currently has a value of 9,936 points", "the Dow fell 3.41%").
_MOVING = re.compile(
    r"\b(?:to date|so far|thus far|since|currently|as of|now stands?|in total|a total of|"
    r"year[- ]to[- ]date|cumulative|rose|risen|fell|fallen|dropped|climbed|gained|lost|"
    r"slipped|slid|jumped|surged|plunged|tumbled|(?:was|were|is|are|closed|ended) (?:up|down))\b",
    re.IGNORECASE)


def moved(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure, apart_days: float) -> bool:
    """Two reports published more than ``apart_days`` apart giving a number that moves
    with time (a total to date, a level, a market's move, a running tally): the two values
    are of two moments, not one told two ways. A fact of one moment ("fined $2 million",
    "ruled 7-4") is compared however far apart the reports."""
    days = days_between(a_doc, b_doc)
    if days is None or days <= apart_days:
        return False
    return all(_MOVING.search(d.sentence_text(f.sentence)) or is_tally(d.sentence_text(f.sentence))
               for d, f in ((a_doc, a), (b_doc, b)))


# An hour of the day: "6 p.m.", "18h", "six in the evening", "midday".
HOUR = (r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b|hours\b)|\w+ in the (?:morning|afternoon|"
        r"evening)|noon|midday|mid-?afternoon)")


# A count still going on: "with 60% of the vote counted", "with most precincts
# reporting", "partial results", "early returns", "so far", "was leading with".
_PARTIAL = re.compile(
    r"\b(?:with (?:about |around |roughly |nearly |almost |some |over |more than |just over |"
    r"just under |a little over )?(?:\d[\d.]*\s?(?:%|percent|"
    r"per cent)|half|most|a (?:third|quarter|fraction)|two-thirds|three-quarters|"
    r"(?:nearly|almost|virtually|practically) all)(?!\w)[^.;]{0,60}?"
    # ("ballots cast in her favor" is a share, not a count's stage)
    r"\b(?:counted|reporting|reported|tallied|in(?!\s+(?:her|his|their|its|the|a)\b)|"
    r"processed)\b|"
    r"(?:partial|preliminary|provisional|early|incomplete|initial|first|latest|election[- ]"
    r"night) (?:results|returns|count|tally|figures|update|turnout|estimate)|"
    # "with 61,200 ballots counted", "out of 58,300 ballots counted", "Friday afternoon's
    # update from the elections office"
    r"\b(?:with|out of) \d[\d,]* (?:ballots|votes) (?:counted|tallied|processed)\b|"
    r"\bupdate from the\b|\bearly lead\b|"
    # "With 23 seats declared", "with 40 of 52 races called"
    r"\bwith \d[\d,]* (?:of (?:the )?\d[\d,]* )?(?:seats|results|races|constituencies|wards) "
    r"(?:declared|called|counted|in)\b|"
    r"\b(?:once|after|when|with)\s+(?:ballots|votes|results|returns)\s+from\s+(?:about |nearly |"
    r"almost |over |more than )?\d[\d.]*\s?(?:%|percent|per cent)\s+of\b[^.;]{0,40}?\b(?:counted|"
    r"processed|reported|tallied|in)\b|"
    # "With 212 of 216 precincts reporting" (the same two numbers: all of them)
    r"\bwith (?:(?:ballots|votes|results|returns) from )?(?P<part>\d[\d,]*) (?:of|out of) "
    r"(?:the |its )?(?:\w+['’]s )?(?!(?P=part)\b)\d[\d,]* (?:\w+ )?"
    r"(?:precincts|(?:polling )?stations|polling places|districts|constituencies|wards|counties|"
    r"booths|ridings|municipalities|ballot boxes)\b[^.;]{0,20}?\b(?:reporting|counted|in|"
    r"tallied|processed)\b|"
    # "Turnout had reached 31.2 per cent by six in the evening": polling day's count so far
    r"\breached\b[^.;]{0,40}\bby\s+" + HOUR + r"|\bhourly figures\b|"
    r"\b(?:was |were |is |are )?(?:leading|led|ahead) with\b|\bcounting (?:continues|"
    r"continued|is still under way|was still under way))", re.IGNORECASE)


def partial(doc: Doc, f: Figure) -> bool:
    """Is the number told of a count still going on ("led with 51% with about 60% of the
    vote counted", "partial results")? A length or a span is measured, not counted: "a peak
    altitude of 212 km, according to preliminary figures" is no count's stage."""
    if f.kind == "duration" or unit_class(f.unit) in LENGTHS:
        return False
    if f.kind == "percent" and CHANGE_BEFORE.search(doc.article.text,
                                                     max(0, f.start - 25), f.start):
        return False  # "exports rose 6.2% …, according to preliminary figures": a change
        # in a statistic's first release, no stage of a count
    return partial_sentence(doc.sentence_text(_stage_sentence(doc, f)))



# How many sentences back a result's count stage is read ("With ballots from 58 of the
# city's 62 polling stations processed, Rusu had 41.9 percent. Ciobanu … had 29.0 percent").
_STAGE_BACK = 2


def _stage_sentence(doc: Doc, f: Figure) -> int:
    """The sentence telling the stage of the count the figure is of: its own, or for a
    share or a count of votes told without one, the nearest before it that tells a count
    still going on (none told final between)."""
    own = doc.sentence_text(f.sentence)
    if (partial_sentence(own) or not (f.kind == "percent" or fold(f.unit) in ("vote", "votes"))
            or TURNOUT.search(own)):
        return f.sentence  # (a turnout is its own fact, told when the count is all but done)
    return stage_before(doc, f.sentence)


@lru_cache(maxsize=1024)
def _told_final(text: str) -> bool:
    """Does the report tell any result as final (``_FINAL``)? (Read once per article.)"""
    return _FINAL.search(text) is not None


def stage_before(doc: Doc, sentence: int) -> int:
    """The sentence telling the stage of a count still going on that a sentence of results
    with none of its own is of: the nearest before it (none told final between), or in a
    report telling no result as final, the last stage told before it; else the sentence."""
    for s in range(sentence - 1, max(-1, sentence - 1 - _STAGE_BACK), -1):
        text = doc.sentence_text(s) if doc.sentence(s) is not None else ""
        if _FINAL.search(text) or not text:
            break
        m = _PARTIAL.search(text)
        if m is not None and not _LEADING.fullmatch(m.group(0)) and not _WON_BY_RESULTS.search(
                text):
            return s  # (not "leading with", nor "go ahead with" a plan: a count's stage
            # told in words of counting; nor a win told by the night's preliminary results)
    if not _told_final(doc.article.text):
        # a report of a count still going on throughout, with no result told as final:
        # its shares are of the stage it told last ("With about 62 per cent of enrolled
        # voters' ballots counted …" paragraphs before "On primary votes, …")
        # (nor here a win told "according to the preliminary results": the name of the
        # count the authorities publish on the night, all of it)
        for s in range(sentence - 1, -1, -1):
            m = _PARTIAL.search(doc.sentence_text(s)) if doc.sentence(s) is not None else None
            if (m is not None and not _LEADING.fullmatch(m.group(0))
                    and not _WON_BY_RESULTS.search(doc.sentence_text(s))):
                return s
    return sentence


_WON_BY_RESULTS = re.compile(r"\b(?:has|have|had)? ?(?:won|wins|defeated|beat|been elected)\b"
                             r"[^;]*\baccording to (?:the )?(?:preliminary|provisional|"
                             r"partial|initial) (?:results|count|figures)\b", re.IGNORECASE)


# Words of a turnout ("turnout", "cast a ballot", "of registered voters … polls").
TURNOUT = re.compile(r"\bturnout\b|\bparticipation\b|\bcast (?:a |their )?(?:ballot|vote)s?\b|"
                     r"\bof (?:the )?(?:registered|eligible) voters\b[^.;]{0,30}\bpolls\b|"
                     r"\b(?:voters|electorate)\b[^.;]{0,40}\b(?:voted|turned out)\b",
                     re.IGNORECASE)
_LEADING = re.compile(r"(?:(?:was|were|is|are) )?(?:leading|led|ahead) with", re.IGNORECASE)


def stage_share(doc: Doc, f: Figure) -> float | None:
    """The share counted, as told ("with 98.91% of polling tables counted": 98.91), when the
    figure is of a count still going on and its stage says."""
    if not partial(doc, f):
        return None
    # the stage's own sentence, else the article's nearest before it telling a share
    # counted ("with preliminary results from 98.91% of polling tables" in the lead)
    for s in range(_stage_sentence(doc, f), -1, -1):
        sent = doc.sentence(s)
        m = _PARTIAL.search(doc.article.text, sent.start, sent.end) if sent is not None else None
        share = _STAGE_SHARE.search(m.group(0)) if m is not None else None
        if m is not None and share is not None and _PERCENT_STAGE.search(m.group(0)):
            return float(share.group(0).rstrip("."))
    return None


def partial_sentence(text: str) -> bool:
    """Does the sentence tell a count still going on ("with 212 of 216 precincts
    reporting")?"""
    return bool(_PARTIAL.search(text))


def count_stage(doc: Doc, f: Figure) -> str | None:
    """None when the number is not told of a count still going on; else the stage the count
    had reached, as told ("90" for "with more than 90% of ballots counted"; "" when the
    sentence gives no share counted): two outlets' results at one stage compare."""
    sent = doc.sentence(_stage_sentence(doc, f))
    m = _PARTIAL.search(doc.article.text, sent.start, sent.end) if sent is not None else None
    if m is None:
        # "Provisional turnout stood at 58 percent" / "the provisional 58 percent": a stage
        # named by its word, just before the number
        before = doc.article.text[max(sent.start if sent else 0, f.start - 40):f.start]
        return "" if _PROVISIONAL.search(before) else None  # (a stage with no share told)
    share = _STAGE_SHARE.search(m.group(0))
    if ((share and _PERCENT_STAGE.search(m.group(0))
            and float(share.group(0).rstrip(".")) >= _NEARLY_ALL) or _ALL_BUT.search(m.group(0))):
        return "nearly all"  # "with 97% of the expected vote counted" / "with nearly all
        # ballots tallied": one stage
    return share.group(0) if share else ""


_NEARLY_ALL = 95.0  # a share counted this high is the count all but done
_ALL_BUT = re.compile(r"\b(?:nearly|almost|virtually|practically) all\b", re.IGNORECASE)
_PERCENT_STAGE = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
# A count told as done: "with all 216 precincts counted", "final results", "certified".
_FINAL = re.compile(r"\bwith all\b[^.;]{0,40}?\b(?:counted|reporting|tallied|in)\b|"
                    r"\b(?:final|official|certified) (?:results|count|tally|returns|figures)\b|"
                    r"\bcertified\b", re.IGNORECASE)


_PROVISIONAL = re.compile(r"\b(?:provisional|preliminary)\b(?![^.;,]*\bfinal\b)",
                          re.IGNORECASE)


def the_stage(doc: Doc, f: Figure) -> bool:
    """Is the number the share counted itself ("with 60% of the vote counted")?"""
    sent = doc.sentence(f.sentence)
    m = _PARTIAL.search(doc.article.text, sent.start, sent.end) if sent is not None else None
    return m is not None and m.start() <= f.start < m.end()


_STAGE_SHARE = re.compile(r"\d[\d.]*")


def partial_count(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """One of the two numbers is of a count still going on and the other is not (unless the
    count is all but done and the other not told as final), or both are, told in reports
    published on different days: two moments of the count, not a conflict."""
    pa, pb = partial(a_doc, a), partial(b_doc, b)
    if pa != pb:
        # a count all but done ("with nearly all ballots tallied") is the result, unless
        # the other is told as the final one
        going, other = ((a_doc, a), (b_doc, b)) if pa else ((b_doc, b), (a_doc, a))
        return (count_stage(*going) != "nearly all"
                or _FINAL.search(other[0].sentence_text(other[1].sentence)) is not None
                or two_days(a_doc, b_doc))
    if pa and not two_days(a_doc, b_doc):
        # two stages of one count told ("with 98.91% of tables counted" / "with 100% …"):
        # two moments of it
        sa, sb = stage_share(a_doc, a), stage_share(b_doc, b)
        return (sa is not None and sb is not None and sa != sb) or (sa == 100.0) != (sb == 100.0)
    return pa


def two_days(a_doc: Doc, b_doc: Doc) -> bool:
    """Were the two reports published on different calendar days?"""
    da, db = (a_doc.article.published or "")[:10], (b_doc.article.published or "")[:10]
    return bool(da and db) and da != db


def update_note(steps: list[tuple[Doc, Figure]]) -> str:
    """The note on a figure whose later reports give a higher count, earliest first."""
    ordered = sorted(steps, key=lambda s: s[0].published_at
                     or dt.datetime.min.replace(tzinfo=dt.UTC))
    shown = ", then ".join(
        f"{format_value(f.value, f.unit, f.bound, f.value_max)} "
        f"({d.outlet}, {d.article.published})" for d, f in ordered)
    return f"Later reports give a higher count: {shown}. An update, not a conflict."
