"""Date conflicts: outlets dating one happening differently.

Two day-level dates of different outlets, a day or two apart, conflict when the sentences
are alike and carry one date each, or when the words around the dates say they date the
same happening ("filed suit ... on June 9" / "filed the suit on June 10"): shared words
specific to a few of the story's sentences, or the same governing word. Datelines and dates
inside quoted words are not event dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from storyline.nlp.time_grammar import MONTHS
from storyline.records import TimeExpr

from .claims import ClaimIndex
from .date_slots import (
    after_other_report,
    comparable_slots,
    converted_day,
    one_moment,
    slot_of,
)
from .datelines import dates_dateline
from .dates import Dated, calendar_value, dated_sentences, shown_day
from .deadlines import digit_slip
from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import MONTH_WORDS, STOP_WORDS, clip, month_number, stem, tokens, wordset

log = logging.getLogger(__name__)



def _interval(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


# How far apart two dates of one event may plausibly be reported, by the coarser grain.
_MAX_GAP_DAYS = {10: 2, 7: 62, 4: 731}


def _close(a: str, b: str) -> bool:
    """Dates near enough to be two reports of one event rather than two events."""
    try:
        (a0, a1), (b0, b1) = _interval(a), _interval(b)
    except ValueError:
        return False
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap <= _MAX_GAP_DAYS.get(min(len(a), len(b)), 31)


_DAY_IN_DIGITS = re.compile(r"\b\d{1,2}\b")


def _past(doc: Doc, value: str) -> bool:
    """Is the day before the article's publication (a happening told, not a day to come,
    which ``deadlines`` compares)?"""
    published = doc.published_at
    return published is not None and value < published.date().isoformat()


def _digit_slipped(a: str, b: str, ta: TimeExpr, tb: TimeExpr) -> bool:
    """Two days of one month and year written in digits one digit apart ("July 14, 2025" /
    "July 24, 2025"): a day mistyped, like a mistyped year, however far apart."""
    return (len(a) == len(b) == 10 and a[:7] == b[:7]
            and bool(_DAY_IN_DIGITS.search(ta.text)) and bool(_DAY_IN_DIGITS.search(tb.text))
            and digit_slip((int(a[5:7]), int(a[8:])), (int(b[5:7]), int(b[8:]))))


def _coarse_pair(a: str, b: str) -> bool:
    """A month and a day or month that cannot be in it ("1973-07" / "1973-06-27"); a day
    of the month itself ("1973-07" / "1973-07-02") is only more precise, no conflict."""
    if {len(a), len(b)} not in ({7}, {7, 10}):
        return False
    return not (a.startswith(b) or b.startswith(a))


# A part of a month ("early June", "the end of the month") is no whole month to set a day
# against; a relative one ("last month") rests on the report's own date.
_PART_OF_MONTH = re.compile(r"\b(?:early|late|mid|middle|end|beginning|start|first|last|"
                            r"second|half|this|next|previous)\b", re.IGNORECASE)


def _written_out(t: TimeExpr) -> bool:
    """A date written with its year ("July 1973", "June 27, 1973"), not a part of a month
    nor one read from a relative word: only such a month is compared with a day."""
    return bool(re.search(r"\b(?:1[89]|2[01])\d\d\b", t.text)) and not _PART_OF_MONTH.search(
        t.text)


_DATE_WORDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday tomorrow week month "
    "year day morning afternoon evening night late early time local gmt utc am pm last next "
    "said told say says reported announced statement according")


def _context(d: Dated, t: TimeExpr) -> tuple[set[str], str]:
    """Content words just around a date ("filed suit ... on", "published the duties ...
    in the Official Journal on"), and the word that governs it ("opened" in "opened on
    Monday")."""
    s = d.doc.sentence(d.sentence)
    if s is None:
        return set(), ""
    text = d.doc.article.text
    # Names ("European Union", "Qamar") say who, not what happened: leave them out.
    names = {w for e in d.doc.analysis.entities if e.sentence == d.sentence
             for w in tokens(e.text)}

    def keep(w: str) -> bool:
        return (w not in STOP_WORDS and w not in _DATE_WORDS and not w[:1].isdigit()
                and w not in names)

    raw_before = tokens(text[s.start : t.start])
    before = [w for w in raw_before if keep(w)][-5:]
    after = [w for w in tokens(text[t.end : s.end])[:3] if keep(w)][:2]
    near = [w for w in raw_before[-4:] if keep(w)]
    return {lemma(w) for w in before + after}, lemma(near[-1]) if near else ""


def governing_word(doc: Doc, sentence: int, t: TimeExpr) -> str:
    """The content word that governs a date ("opened" in "opened on Monday"), as a lemma;
    "" when none stands just before it."""
    return _context(Dated(doc, sentence, [t]), t)[1]


_IRREGULAR = {
    "began": "begin", "begun": "begin", "struck": "strike", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "won": "win", "lost": "lose", "met": "meet",
    "held": "hold", "left": "leave", "took": "take", "taken": "take", "made": "make",
    "went": "go", "gone": "go", "came": "come", "gave": "give", "given": "give",
    "sold": "sell", "bought": "buy", "paid": "pay", "shot": "shoot", "spoke": "speak",
    "broke": "break", "broken": "break", "ran": "run", "sent": "send", "hit": "hit",
    "killed": "kill", "died": "die", "signed": "sign", "filed": "file", "issued": "issue",
}


def lemma(word: str) -> str:
    """A rough verb/noun base form: "began"/"beginning" -> "begin", "walked" -> "walk"."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiousl":
                base = base[:-1]  # "beginning" -> "begin", "planned" -> "plan"
            return base
    return stem(w)


# Verbs that name no happening of their own: reporting, linking, helping, quoting.
_NOT_HAPPENINGS = frozenset(lemma(w) for w in wordset(
    "said say says told tell tells asked wrote write writes reported report added "
    "is was are were be been being has have had do does did get got make made take took "
    "come came go went give gave include including includes according appear seem become "
    "became interview interviewed called call noted note explained explain"))


def happening_verb(t: TimeExpr) -> str | None:
    """The base of the verb a date dates (``TimeExpr.governor``) when it names a
    happening ("disappeared" → "disappear"); None for reporting and linking verbs."""
    if not t.governor:
        return None
    verb = lemma(t.governor)
    return None if verb in _NOT_HAPPENINGS else _ONE_HAPPENING.get(verb, verb)


# Verbs outlets vary for one happening: a court's decision ("rejected the bid on 11 June" /
# "ruled on Thursday"), a quake ("struck" / "hit"), a launch ("lifted off" / "launched"), a
# stop ("suspended" / "halted"), a statement put out ("posted" / "published").
_ONE_HAPPENING = {lemma(w): lemma(one) for one, words in (
    ("ruled", "rejected dismissed upheld overturned rule rules"),
    ("struck", "hit jolted rocked shook"),
    ("launched", "lifted blasted"),
    # a court's or a government's stop ("suspended the rules" / "halted the rollout")
    ("halted", "suspended blocked paused froze stayed"),
    # a statement put out ("posted the statement at 7:30 a.m." / "published its readout")
    ("published", "posted issued released announced")) for w in words.split()}


_PUT_OUT = lemma("published")


@dataclass
class Weights:
    """How often each word occurs in the story's sentences: what the story is about
    ("dockworkers", "port") is common, what happened ("filed", "published") is rare."""

    df: Counter[str]
    n: int

    def weight(self, w: str) -> float:
        return math.log(max(self.n, 1) / max(self.df.get(w, 1), 1))

    def specific(self, w: str, floor: int = 2) -> bool:
        """In at most 5% of the story's sentences, or ``floor`` of them."""
        return self.df.get(w, 0) <= max(floor, 0.05 * self.n)


def word_weights(docs: list[Doc]) -> Weights:
    """The lemma counts of the story's sentences (``Weights``)."""
    df: Counter[str] = Counter()
    n = 0
    for d in docs:
        for s in d.analysis.sentences:
            n += 1
            df.update({lemma(w) for w in tokens(s.text) if w not in STOP_WORDS})
    return Weights(df, n)


def _shared_event_words(a: Dated, ta: TimeExpr, b: Dated, tb: TimeExpr,
                        weights: Weights, event_words: float) -> int:
    """How strongly the words around two dates say they date the same happening: 2 when
    they share specific words or the governing word, 1 for a weaker overlap, else 0."""
    wa, ga = _context(a, ta)
    wb, gb = _context(b, tb)
    shared = wa & wb
    specific = [w for w in shared if weights.specific(w)]
    if len(specific) >= 2 or (specific and len(shared) >= 2 and sum(
            weights.weight(w) for w in shared) >= event_words):
        return 2
    if ga and ga == gb and weights.specific(ga):
        return 2  # "opened on Monday, March 9" / "opened on Tuesday (March 10)"
    va, vb = happening_verb(ta), happening_verb(tb)
    if va and va == vb and weights.specific(va) and (va != _PUT_OUT or shared):
        return 2  # the verb each date modifies: "On June 9, the union filed" / "filed on June 10"
        # (putting out, the verb alone, ties nothing: "results released Thursday" / "her
        # transition team, announced on Friday" put out two things)
    return 1 if shared else 0


def _specific_verbs(d: Dated, weights: Weights) -> frozenset[str]:
    """The verbs the sentence's dates modify that name a happening specific to the story:
    two sentences sharing one may tell one happening however unlike their other words."""
    return frozenset(v for t in d.times if (v := happening_verb(t)) and weights.specific(v))


def _dateline(d: Dated, t: TimeExpr) -> bool:
    """'BRUSSELS, May 28 (Wire) -': the report's date, not an event's."""
    return dates_dateline(d.doc, d.sentence, t)


_POSSESSIVE_AFTER = re.compile(r"^\s?['’]\s?s\b")


def _possessive(d: Dated, t: TimeExpr) -> bool:
    """Is the date written in the possessive ("Saturday's debate", "Friday ’ s vote")?"""
    return bool(_POSSESSIVE_AFTER.match(d.doc.article.text[t.end:t.end + 4]))


def _pluperfect(d: Dated, t: TimeExpr) -> bool:
    """Does the date date a verb in the past perfect ("families who had already made the
    trip on Sunday"), by a weekday or a day told relative to the report's? That happened
    before the story's happening, not on its day (a calendar date written out may be the
    story's happening told as background: "had quashed the rules on July 14, 2025")."""
    if not t.governor or re.search(r"\d", t.text):
        return False
    sent = d.doc.sentence(d.sentence)
    start = sent.start if sent is not None else 0
    return bool(re.search(r"\bhad\s+(?:already\s+|just\s+|previously\s+|earlier\s+)?"
                          + re.escape(t.governor) + r"\b", d.doc.article.text[start:t.start]))


_POSSESSED = re.compile(r"\s?['’]\s?s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _other_possessed(a: Dated, ta: TimeExpr, b: Dated, tb: TimeExpr) -> bool:
    """Two days in the possessive naming two things ("Sunday's election" / "Tuesday's
    announcement"): no word of four letters or more, by its first five, in common."""
    def named(d: Dated, t: TimeExpr) -> set[str]:
        m = _POSSESSED.match(d.doc.article.text, t.end)
        return {w.lower()[:5] for w in m.group(1).split() if len(w) >= 4} if m else set()
    if not (_possessive(a, ta) and _possessive(b, tb)):
        return False
    na, nb = named(a, ta), named(b, tb)
    return bool(na and nb and not na & nb)


# Words that give a clock time a day of its own ("10 p.m. Tuesday", "midnight on June 3",
# "this morning", "last night": the report's day, the day before).
_NAMES_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|"
    r"this (?:morning|afternoon|evening)|last (?:night|evening)|"
    + "|".join(calendar.month_name[1:]) + r")\b|\d{4}|\d{1,2}/\d{1,2}", re.IGNORECASE)


# "Four hours earlier", "two days later": a span counted from another moment of the story.
_FROM_ANOTHER_MOMENT = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\s+"
    r"(?:earlier|later|before|after|afterwards?)\b", re.IGNORECASE)


def no_day_stated(t: TimeExpr) -> bool:
    """An expression stating no day of its own: a time of day alone ("shortly before
    midnight", "at 3 p.m."), whose day is the publication date's, or a span counted from
    another moment of the story ("four hours earlier"), read as counted from the
    publication: either day is a guess, no date an outlet gave."""
    if _FROM_ANOTHER_MOMENT.search(t.text):
        return True
    return t.type == "TIME" and not _NAMES_DAY.search(t.text)


_no_day_stated = no_day_stated  # the earlier private name, still used by tests


def quoted(doc: Doc, t: TimeExpr) -> bool:
    """A date inside quoted words ("today we walked through it") is the speaker's, not
    resolvable from the publication date: in a direct quote, or between quotation marks of
    its sentence ("gave the quote of the week: “this morning it went to space.”")."""
    if any(q.kind == "direct" and q.start <= t.start < q.end for q in doc.analysis.quotes):
        return True
    sent = doc.sentence(t.sentence)
    if sent is None:
        return False
    before = doc.article.text[sent.start:t.start]
    return before.count("“") > before.count("”")


# A day of a count as it stood or of its telling ("had distributed 1,200 tents by Wednesday
# evening", "figures released by the Civil Protection at 9 p.m. on Wednesday"), and a day
# something is planned or hoped for ("hope to reopen it this morning", "is expected in
# Kherrata this afternoon"): neither is the day a happening took place.
_COUNT_MOMENT = re.compile(r"(?:\b(?:by|as of|up to)|\b(?:figures|toll|count|tally|data)\s+"
                           r"(?:released|announced|issued|given|published|updated)|\bin\s+(?:an?|"
                           r"its|the)\s+(?:[\w-]+\s+)?(?:update|bulletin))\b[^.;]{0,40}$",
                           re.IGNORECASE)  # (not "a joint statement released on Monday")
_PLANNED = re.compile(r"\b(?:will|would|is expected|are expected|expects?|hopes?\s+to|"
                      r"plans?\s+to|(?:is|are)\s+(?:due|scheduled|set)\s+to|(?:is|are)\s+"
                      r"(?:due|scheduled)\b)[^.;]{0,60}$", re.IGNORECASE)


def count_moment(doc: Doc, t: TimeExpr) -> bool:
    """Is the day that of a count as it stood, or of its telling, in a sentence of a
    count (a figure told)?"""
    sent = doc.sentence(t.sentence)
    lo = sent.start if sent is not None else 0
    return (any(f.sentence == t.sentence for f in doc.analysis.figures)
            and _COUNT_MOMENT.search(doc.article.text[max(lo, t.start - 45):t.start]) is not None)


def planned(doc: Doc, t: TimeExpr) -> bool:
    """Is the day one something is planned, expected or hoped for on?"""
    sent = doc.sentence(t.sentence)
    lo = sent.start if sent is not None else 0
    return _PLANNED.search(doc.article.text[max(lo, t.start - 70):t.start]) is not None


def _in_quote(d: Dated, t: TimeExpr) -> bool:
    return quoted(d.doc, t)


def event_date_skipped(d: Dated, t: TimeExpr) -> bool:
    """A date that is no day an outlet gives a happening: a dateline, a quoted day, a day
    in the possessive ("Saturday's debate"), an expression stating no day of its own, one
    end of days told together ("on 16 and 17 March"), the day of an earlier value or of a
    happening told in the past perfect ("who had already made the trip on Sunday")."""
    return (_possessive(d, t) or no_day_stated(t) or _in_quote(d, t) or _dateline(d, t)
            or _in_span(d, t) or _of_earlier_value(d, t) or _pluperfect(d, t))


# A value the sentence sets the story's against, told with the day it was given ("up from a
# preliminary 43.1 per cent published on election night", "higher than the 43.1 percent the
# ministry had announced on Sunday night"): that day is the earlier value's.
_EARLIER_VALUE = re.compile(r"\b(?:(?:up|down|higher|lower|rising|falling|revised)\s+from|"
                            r"than)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?[\d.,]+\s*(?:%|per\s?cent|"
                            r"percent)?[^,;]*$", re.IGNORECASE)


def _of_earlier_value(d: Dated, t: TimeExpr) -> bool:
    sent = d.doc.sentence(d.sentence)
    if sent is None:
        return False
    return bool(_EARLIER_VALUE.search(d.doc.article.text, sent.start, t.start))


_MONTH_NAME = MONTH_WORDS
# "March 3, 2025", "March 3rd 2025"; "3 March 2025", "3rd of March, 2025".
_WRITTEN_DATE = re.compile(
    r"\b(?:(?P<month>" + _MONTH_NAME + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + _MONTH_NAME + r"))"
    r",?\s+(?P<year>\d{4})\b")


# Two days of one month told together: "on 16 and 17 March", "March 16-17", "June 9 and 10".
_TWO_DAYS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(" + _MONTH_NAME + r")\b|\b(" + _MONTH_NAME + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*"
    r"(?:and|-|–|to)\s*(\d{1,2})\b", re.IGNORECASE)


def _days_told_together(d: Dated) -> set[tuple[int, int]]:
    """(month, day) of the days a sentence tells as a span of one month ("16 and 17
    March"): the time tagger reads the first only."""
    out: set[tuple[int, int]] = set()
    for m in _TWO_DAYS.finditer(d.doc.sentence_text(d.sentence)):
        number = month_number((m[3] or m[4]).lower())
        first, last = int(m[1] or m[5]), int(m[2] or m[6])
        if 1 <= first < last <= 31 and last - first <= 6:
            out.update((number, day) for day in range(first, last + 1))
    return out


def _in_span(d: Dated, t: TimeExpr) -> bool:
    """Is the day one end of days told together ("on 16 and 17 March")? The tagger gives
    the span its first day; a span is no one day to set against another outlet's."""
    sent = d.doc.sentence(d.sentence)
    if sent is None:
        return False
    return any(m.start() <= t.start < m.end() or t.start <= m.start() < t.end
               for m in _TWO_DAYS.finditer(d.doc.article.text, sent.start, sent.end))


def _told_on_their_days(a_doc: Doc, slot_a: str, b_doc: Doc, slot_b: str) -> bool:
    """Two days things were said ("officials said on Monday" / "said on Tuesday": both of
    slot "told"), in reports published on different days: each tells its own latest
    statement, not one happening."""
    if slot_a != "told" or slot_b != "told":
        return False
    pa, pb = a_doc.published_at, b_doc.published_at
    return pa is not None and pb is not None and pa.date() != pb.date()


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def typo_years(docs: list[Doc]) -> list[Discrepancy]:
    """A date one outlet writes with an impossible year ("March 3, 3025"; in a dated report,
    a year after the next: "May 28, 2052" in a paper of 2025) that another outlet writes
    with a plausible one ("March 3, 2025"): a typo, shown as a date conflict (the NLP stage
    reads such a date without its year, so it would go unnoticed)."""
    written: list[tuple[Doc, int, str, str, int]] = []  # doc, sentence, month-day, text, year
    for d in docs:
        if not d.independent:
            continue
        for i in d.content:
            text = d.sentence_text(i)
            for m in _WRITTEN_DATE.finditer(text):
                month, day = m["month"] or m["month2"], m["day"] or m["day2"]
                # one month however written ("Jan. 15" / "January 15")
                number = MONTHS.get(month.lower()[:3], 0)
                written.append((d, i, f"{number}-{int(day)}", m.group(0), int(m["year"])))
    now = dt.date.today().year
    out = []
    # An undated report is read against the story's latest dated one.
    story_year = max((d.published_at.year for d in docs if d.published_at is not None),
                     default=None)
    # Days other outlets give without a year, dated by their reports ("on Sept. 14" in a
    # paper of 2025): (doc, sentence, month-day, text, year); each may tell a written year
    # a typo, never be one.
    read: list[tuple[Doc, int, str, str, int]] = []
    for d in docs:
        if not d.independent or d.published_at is None:
            continue
        for t in d.analysis.times:
            day = _ISO_DAY.match(t.value or "") if t.sentence in d.content else None
            if day and not re.search(r"\d{4}", t.text):
                read.append((d, t.sentence, f"{int(day[2])}-{int(day[3])}",
                             f"{t.text} ({t.value})", int(day[1])))

    def plausible(doc: Doc, sentence: int, text: str, year: int) -> bool:
        """A year a report can date something with: within fifty years of today, and, for
        a day that happened (not a limit or a day to come: "must end by April 14, 2032"),
        not beyond the next year of the report's own publication, or of the story's for an
        undated report (a ruling "dated May 28, 2052" in a paper of 2025 is a typo)."""
        if not 1800 <= year <= now + 50:
            return False
        published = doc.published_at.year if doc.published_at is not None else story_year
        if published is None or year <= published + 1:
            return True
        told = [t for t in doc.analysis.times
                if t.sentence == sentence and (t.text in text or text in t.text)]
        return not told or slot_of(doc, told[0]) in ("bound", "later")

    for d, i, md, text, year in written:
        if plausible(d, i, text, year):
            continue
        others = [w for w in (*written, *read) if w[2] == md and w[0].outlet != d.outlet
                  and plausible(w[0], w[1], w[3], w[4]) and w[4] != year]
        if not others:
            continue
        o = others[0]
        out.append(Discrepancy(
            kind="date",
            about=f"the year of {text.split(',')[0]}",
            values=[DiscrepancyValue(text, [d.cite(i)]),
                    DiscrepancyValue(o[3], dedupe_citations(w[0].cite(w[1]) for w in others
                                                            if w[4] == o[4]))],
            note=f"{d.outlet} writes the year {year}: probably a typo for {o[4]}.",
        ))
    return out


def _also_gives(d: Dated, value: str, slot: str, verb: str | None) -> bool:
    """Does the sentence name that day too (not by a time of day alone: "shortly before
    midnight" names no day of its own), for what the other's slot tells or for the verb
    the other's day dates ("closed on Thursday, will remain shut on Saturday" against
    "would be closed on Thursday": two days of two things), or within days it tells
    together ("on 16 and 17 March")?"""
    if len(value) == 10 and (int(value[5:7]), int(value[8:10])) in _days_told_together(d):
        return True
    return any(calendar_value(t) == value and not no_day_stated(t)
               and (comparable_slots(slot_of(d.doc, t), slot)
                    or (verb is not None and happening_verb(t) == verb)) for t in d.times)


def date_conflicts(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex,
                   options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Outlets dating one event differently: alike sentences with one date each, or two day
    dates with the same words around them ("filed suit on June 9" / "filed the suit on
    June 10")."""
    dated = dated_sentences(docs)
    nodes: list[tuple[Dated, TimeExpr]] = []
    node_of: dict[tuple[int, int], int] = {}

    def node(d: Dated, t: TimeExpr) -> int:
        key = (id(d), id(t))
        if key not in node_of:
            node_of[key] = len(nodes)
            nodes.append((d, t))
        return node_of[key]

    links: list[tuple[int, int]] = []
    weights = word_weights(list({id(d.doc): d.doc for d in dated}.values()))
    verbs = [_specific_verbs(d, weights) for d in dated]  # read once, not once per pair
    # (and each day's reading as a count's moment or a plan, once a day)
    not_happened = {id(t): count_moment(d.doc, t) for d in dated for t in d.times}
    plan = {id(t): planned(d.doc, t) for d in dated for t in d.times}
    # (a day told in the past perfect, or as an earlier value's, is another moment's)
    before = {id(t): _pluperfect(d, t) for d in dated for t in d.times}
    earlier_value = {id(t): _of_earlier_value(d, t) for d in dated for t in d.times}
    for n, a in enumerate(dated):
        for m, b in enumerate(dated[n + 1 :], n + 1):
            if a.doc.outlet == b.doc.outlet:
                continue
            sim = space.sim(a.doc, a.sentence, b.doc, b.sentence)
            if sim < 0.1 and not verbs[n] & verbs[m]:
                continue
            ca = claim_of.get((a.doc.order, a.sentence))
            same_claim = ca is not None and ca == claim_of.get((b.doc.order, b.sentence))
            single = len({calendar_value(t) for t in a.times}) == 1 == len(
                {calendar_value(t) for t in b.times})
            for ta in a.times:
                for tb in b.times:
                    va, vb = calendar_value(ta) or "", calendar_value(tb) or ""
                    # Reports of one event disagree by a day or two (time zones, "late on
                    # Monday"); dates further apart, or coarser, are usually other events.
                    # A day in the possessive names an event ("at Saturday's debate"),
                    # comparable only with another such name, not with a day something
                    # happened on ("saying Monday").
                    # A month against a day or month outside it ("in July 1973" / "On June
                    # 27, 1973") is compared too, on the surer word evidence only.
                    coarse = _coarse_pair(va, vb) and _written_out(ta) and _written_out(tb)
                    if (not (coarse or len(va) == len(vb) == 10) or va == vb
                            or not (_close(va, vb) or (_past(a.doc, va) and _past(b.doc, vb)
                                                       and _digit_slipped(va, vb, ta, tb)))
                            or _possessive(a, ta) != _possessive(b, tb)
                            or _other_possessed(a, ta, b, tb)
                            or before[id(ta)] != before[id(tb)]
                            or earlier_value[id(ta)] or earlier_value[id(tb)]
                            or no_day_stated(ta) or no_day_stated(tb)
                            or _in_span(a, ta) or _in_span(b, tb)
                            or _in_quote(a, ta) or _in_quote(b, tb)
                            or converted_day(a.doc, ta) or converted_day(b.doc, tb)
                            or _dateline(a, ta) or _dateline(b, tb)
                            or not_happened[id(ta)] or not_happened[id(tb)]
                            or plan[id(ta)] != plan[id(tb)]
                            or not comparable_slots(slot_a := slot_of(a.doc, ta),
                                                    slot_b := slot_of(b.doc, tb))
                            or _told_on_their_days(a.doc, slot_a, b.doc, slot_b)
                            or (not coarse and one_moment(
                                a.doc, ta, dt.date.fromisoformat(va), b.doc, tb,
                                dt.date.fromisoformat(vb), options.zone_apart_hours))):
                        continue
                    if (_also_gives(a, vb, slot_b, happening_verb(tb))
                            or _also_gives(b, va, slot_a, happening_verb(ta))):
                        continue  # each sentence gives the other's day for the same
                        # thing: days listed ("called off on Monday … and on Wednesday")
                    if (not coarse and not same_claim and sim < options.date_same_claim
                            and after_other_report(a.doc, dt.date.fromisoformat(va), b.doc,
                                                   dt.date.fromisoformat(vb))):
                        continue  # a later happening the earlier report could not tell
                    shared = _shared_event_words(a, ta, b, tb, weights, options.date_event_words)
                    if shared == 2 or (shared == 1 and single and same_claim and not coarse
                                       and sim >= options.date_same_claim):
                        links.append((node(a, ta), node(b, tb)))
    # One disagreement per pair of dates; links sharing a sentence and the same two dates
    # are one disagreement told in several sentences (never chained into a third date).
    def pair(link: tuple[int, int]) -> frozenset[str]:
        return frozenset(calendar_value(nodes[k][1]) or "" for k in link)

    luf = UnionFind(len(links))
    for x in range(len(links)):
        for y in range(x + 1, len(links)):
            if pair(links[x]) == pair(links[y]) and set(links[x]) & set(links[y]):
                luf.union(x, y)
    grouped: dict[int, list[int]] = defaultdict(list)
    for x, link in enumerate(links):
        grouped[luf.find(x)].extend(k for k in link if k not in grouped[luf.find(x)])
    out: list[Discrepancy] = []
    for members in grouped.values():
        by_value: dict[str, list[tuple[Dated, TimeExpr]]] = defaultdict(list)
        for i in members:
            by_value[calendar_value(nodes[i][1]) or ""].append(nodes[i])
        first = nodes[min(members)][0]
        about = first.doc.sentence_text(first.sentence)
        out.append(Discrepancy(
            kind="date",
            about=clip(about),
            values=[
                DiscrepancyValue(
                    shown_day(value, [t.text for _, t in xs]),
                    dedupe_citations(x.doc.cite(x.sentence) for x, _ in xs),
                )
                for value, xs in sorted(by_value.items())
            ],
            note="The outlets date what looks like the same event differently.",
        ))
    return out


