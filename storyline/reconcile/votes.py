"""A vote told as unanimous by one outlet and split by another (issue 11, recall of details).

A court's ruling, a jury's verdict, a board's rate decision: one outlet says "the justices
ruled unanimously", another "in a 6-3 decision". The two kinds form a closed class of two
members:

* **unanimous**: "unanimous(ly)", a tally with no votes against ("9-0", "7 to 0");
* **split**: a tally with votes on both sides ("6-3", "7 to 2"), "a split decision", "a
  divided court", a member who "dissented".

A tally is read only as a vote: after "voted", "ruled", "decided", "by a vote of", or
before "vote", "decision", "ruling", "verdict", "majority" (a score or a date is no vote).
"Near(ly)-unanimous", "far from unanimous", "unanimous consent" (a procedure), "almost
unanimously" and an unmet or required unanimity ("failed to reach a unanimous verdict", "the
law requires a unanimous decision") are not read. One vote of a story may sit beside another (the
Senate's and the House's, a panel's and the full court's): each sentence must name the
deciding body (court, justices, jury, board, committee, Senate, …), the two bodies must be
one kind, and when both give its size ("a unanimous three-judge panel", "7-4") the sizes
must agree. The rest is the rule of ``attributes.closed_class_conflicts``: each article one
member, the story two.

A split may also be told as the deciding part of the bench or board ("five of the nine
justices finding it unconstitutional", "eight of the court's 11 justices voted to …"):
``partitive_split`` reads it as the split it tells (5–4, 8–3), for ``figures`` to set
against another outlet's "6-3 decision"; a minority of the board ("two of the nine members
preferred a cut") tells no split.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from storyline.records import Figure

from .apart import told_of_earlier
from .attributes import Told, closed_class_conflicts
from .evidence import Doc
from .model import Discrepancy
from .text import NUMBER_WORDS

# A number of people written in digits or words, up to twenty.
_COUNT_WORD = (r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 20)
               + r")")
# A body's size: "a three-judge panel", "the six-member MPC".
_SIZED = r"(?P<sized>(?P<m>" + _COUNT_WORD + r")-(?:judge|justice|member|strong))\b"
_SIZE = re.compile(r"\b" + _SIZED, re.I)
_TALLY = re.compile(
    r"(?:\b(?:voted|ruled|decided|vote of|votes? of|verdict of|split)\s+|\b(?:an?|the|in)\s+)"
    r"(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b(?:\s+(vote|decision|ruling|verdict|majority|"
    r"opinion))?", re.I)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
_NOT_UNANIMOUS = re.compile(r"\b(?:near(?:ly)?[\s-]|almost\s+|virtually\s+|far\s+from\s+|"
                            r"anything\s+but\s+|less\s+than\s+)unanimous|"
                            r"\bunanimous\s+consent\b", re.I)
# "failed to reach a unanimous verdict", "the law requires a unanimous decision": not told
# of this vote (a failure is a split, but the words do not say how it fell).
_UNMET = re.compile(r"\b(?:not|n't|no|never|failed|fail|fails|without|requires?|required|"
                    r"requiring|needs?|needed|must|would|could|if|whether|only)\b"
                    r"(?:\s+\S+){0,4}\s*$", re.I)
_SPLIT = re.compile(r"\b(?:split|divided)\s+(?:decision|ruling|vote|verdict|court|bench|"
                    r"panel|jury|board)\b|\bdissent(?:ed|ing)\b", re.I)
# The bodies that vote, by kind: two kinds are two votes.
_BODIES = {
    "court": "court justices justice judges judge panel bench",
    "jury": "jury jurors",
    "board": "board committee governors policymakers members directors mpc fomc copom",
    "senate": "senate senators",
    "house": "house representatives",
    "parliament": "parliament mps lawmakers legislators assembly legislature",
    "council": "council councillors councilors",
    "shareholders": "shareholders",
}
_BODY_OF = {w: kind for kind, words in _BODIES.items() for w in words.split()}
_WORD = re.compile(r"[A-Za-z]+")


def _votes(doc: Doc) -> Told:
    out: Told = defaultdict(lambda: defaultdict(list))
    for index in doc.content:
        text = doc.sentence_text(index)
        if _NOT_UNANIMOUS.search(text) or told_of_earlier(doc, index):
            continue  # ("voted with the majority in December, when the board unanimously …":
            # an earlier decision's vote)
        found: list[tuple[str, str]] = []
        for m in _TALLY.finditer(text):
            yes, no = int(m.group(1)), int(m.group(2))
            if not m.group(3) and not re.match(
                    r"\s*(?:voted|ruled|decided|vote|votes|verdict|split)", m.group(0), re.I):
                continue  # "a 3-1 win", "the 9-11 attacks": no vote named
            if yes <= no or yes > 500:
                continue
            found.append(("unanimous" if no == 0 else "split", f"{yes}-{no}"))
        found += [("unanimous", m.group(0).lower()) for m in _UNANIMOUS.finditer(text)
                  if not _UNMET.search(text[:m.start()])]
        found += [("split", m.group(0).lower()) for m in _SPLIT.finditer(text)]
        if found and _bodies(text):
            for member, word in found:
                out["vote"][member].append((index, word))
    return out


def _bodies(text: str) -> set[str]:
    return {_BODY_OF[w.lower()] for w in _WORD.findall(text) if w.lower() in _BODY_OF}


def _size(text: str) -> int | None:
    """How many voted, when the sentence says: "a three-judge panel", "6-3"."""
    m = _SIZE.search(text)
    if m:
        return _count(m.group("m"))
    for t in _TALLY.finditer(text):
        return int(t.group(1)) + int(t.group(2))
    return None


def _one_vote(da: Doc, ia: int, db: Doc, ib: int) -> bool:
    ta, tb = da.sentence_text(ia), db.sentence_text(ib)
    if _bodies(ta) != _bodies(tb):
        return False
    sa, sb = _size(ta), _size(tb)
    return sa is None or sb is None or sa == sb


def vote_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """One vote told as unanimous and as split by independent outlets (see the module), and
    one appeals ruling told as a panel's and as the full court's."""
    return [*closed_class_conflicts(
        docs, _votes, lambda _: "whether the vote was unanimous",
        "One outlet says the vote was unanimous, another that it was split.",
        pair_ok=_one_vote),
        *closed_class_conflicts(
            docs, _benches, lambda _: "which bench ruled",
            "One outlet says a panel of the court ruled, another the full court.")]


# An appeals court sits as a panel of a few judges or as the full court ("en banc"): a
# closed class of two, told in a sentence of ruling.
_PANEL = re.compile(r"\b(?:three|3|two|2|five|5)[- ]judge panel\b|\ba panel of\b|"
                    r"\bpanel of (?:the )?\S+ (?:U\.S\. )?circuit\b", re.IGNORECASE)
_FULL = re.compile(r"\ben banc\b(?!\s+(?:review|rehearing|petition|hearing|appeal))|"
                   r"\bthe full (?:\S+ )?(?:circuit|court|appeals court)\b",
                   re.IGNORECASE)
_RULED = re.compile(r"\b(?:rul(?:ed|es|ing)|upheld|uphold|decided|struck|affirm(?:ed|s)?|"
                    r"revers(?:ed|es)|overturn(?:ed|s)?|blocked|sided)\b", re.IGNORECASE)


_TRIAL = re.compile(r"\b(?:[Cc]ourt of [Ii]nternational [Tt]rade|CIT|[Dd]istrict [Cc]ourt|"
                    r"[Tt]rial [Cc]ourt|[Tt]ribunal)\b")
_ASKED = re.compile(r"\b(?:rehearing|petition\w*|seek\w*|ask\w*|request\w*|appetite|could|"
                    r"would|may|might)\b[^.;]{0,40}\ben banc\b", re.IGNORECASE)
_APPEALS = re.compile(r"\b(?:appeals?|appellate|circuit)\b", re.IGNORECASE)


def _benches(doc: Doc) -> Told:
    out: Told = defaultdict(lambda: defaultdict(list))
    for index in doc.content:
        text = doc.sentence_text(index)
        if not _RULED.search(text) or (_TRIAL.search(text) and not _APPEALS.search(text)):
            continue  # (a trial court's panel is no bench of the appeals court)
        if _ASKED.search(text):
            continue  # a bench asked for or to come ("seek rehearing en banc") ruled nothing
        panel, full = _PANEL.search(text), _FULL.search(text)
        if bool(panel) != bool(full):
            m = panel or full
            assert m is not None
            out["bench"]["panel" if panel else "full court"].append((index, m.group(0)))
    return out


# "five of the nine justices", "eight of the court's 11 justices", "seven of the nine MPC
# members": a part of a bench or a board, its size after it.
_OF_A_BENCH = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|the\s+(?:court|bench|panel|committee|board)['’]s\s+)?"
    r"(?P<m>" + _COUNT_WORD + r")\s+(?:[\w-]+\s+)?"
    r"(?P<who>justices|judges|members|policymakers|governors|jurors)\b", re.IGNORECASE)
# The part is the side that decided: the sentence tells a ruling or a vote.
_DECIDED = re.compile(r"\b(?:rul(?:ed|ing)|f(?:ound|inding)|vot(?:ed|ing)|in fav(?:ou)?r|sided|"
                      r"backed|agreed|majority|decision|judgment|upheld|struck|declar\w*)\b",
                      re.IGNORECASE)


def partitive_split(text: str, sentence: str, f: Figure) -> Figure:
    """A count that is the deciding part of a bench or board ("five of the nine justices
    finding it unconstitutional") as the vote split it tells (5–4), so that it compares
    with another outlet's "6-3 decision"; so is a minority that wanted otherwise ("one member
    of the six-member MPC wanted no change": 5–1), and a count of members who voted told
    with the others' ("Four members voted for the cut, while two preferred …": 4–2); other
    figures as they are."""
    if f.kind != "count" or not float(f.value).is_integer():
        return f
    if _WHOLE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return f  # "Five of the six members voted …, and one preferred …": the board's size,
        # not a side of its vote
    m = _OF_A_BENCH.match(text, f.end) or _OF_A_SIZED.match(text, f.end)
    if m is None:
        rest = _WHILE_OTHERS.match(text, f.end)
        if rest is None or not _MEMBERS.search(f.unit):
            return f
        other = _count(rest.group("n"))
        if other is None or other >= f.value:
            return f
        return _split(text, f, f.value, other, rest.end())
    whole = _count(m.group("m"))
    if whole is None or not 0 < f.value <= whole:
        return f
    if whole / 2 < f.value and _DECIDED.search(sentence):
        return _split(text, f, f.value, whole - f.value, m.end())
    if f.value < whole / 2 and _WANTED_OTHERWISE.search(text, m.end(), m.end() + 60):
        return _split(text, f, whole - f.value, f.value, m.end())
    return f


# The whole a part is of: "of the six members", "of its nine".
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|all\s+)?$", re.IGNORECASE)


def _split(text: str, f: Figure, majority: float, minority: float, end: int) -> Figure:
    return dataclasses.replace(f, kind="vote", unit="votes", value=float(majority),
                               value_max=float(minority), end=end, text=text[f.start:end],
                               about="vote")


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# "one member of the six-member MPC", "two of the nine-member board"
_OF_A_SIZED = re.compile(r"\s+(?:members?\s+)?of\s+the\s+" + _SIZED, re.IGNORECASE)
# "Four members … voted for the cut, while two preferred to keep rates unchanged"
_WHILE_OTHERS = re.compile(r"[^.;]{0,80}?\bvoted\b[^.;]{0,60}?,?\s+(?:while|and|with)\s+(?P<n>"
                           + _COUNT_WORD + r")\s+(?:others?\s+)?(?:preferred|wanted|favou?red|"
                           r"backed|dissented|voted)\b", re.IGNORECASE)
_MEMBERS = re.compile(r"^(?:members?|justices?|judges?|policymakers?|governors?)$",
                      re.IGNORECASE)
# A minority's wish: "wanted no change", "preferred a cut", "voted for a hike", "dissented".
_WANTED_OTHERWISE = re.compile(r"\b(?:wanted|preferred|preferring|favou?red|voted for|voting "
                               r"for|backed|backing|argued for|dissented|dissenting)\b",
                               re.IGNORECASE)


# "one member of the six-member MPC wanted no change": a minority told with the board's size,
# which the figure reader reads as a count of "member"s.
_MINORITY_OF_SIZED = re.compile(
    r"\b(?P<n>" + _COUNT_WORD + r")\s+(?:members?|justices?|judges?)\s+of\s+the\s+"
    + _SIZED + r"[^.;]{0,40}?\b(?:wanted|preferred|favou?red|"
    r"voted for|backed|dissented|argued for)\b", re.IGNORECASE)


def with_splits(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The article's figures with the splits told as a minority of a board of a stated size
    (``_MINORITY_OF_SIZED``: 5–1), in place of the board's size read as a count."""
    text = doc.article.text
    found = []
    for m in _MINORITY_OF_SIZED.finditer(text):
        n, size = _count(m.group("n")), _count(m.group("m"))
        if n is None or size is None or not 0 < n < size / 2:
            continue
        s = next((x for x in doc.analysis.sentences if x.start <= m.start() < x.end), None)
        if s is None:
            continue
        found.append(Figure(text=text[m.start():m.end("sized")], start=m.start(),
                            end=m.end("sized"), sentence=s.index,
                            value=float(size - n), value_max=float(n), unit="votes",
                            kind="vote", about="vote"))
    if not found:
        return figures
    kept = [f for f in figures if not any(g.start <= f.start < g.end for g in found)]
    return kept + found
