"""What came of the story's main happening, as each outlet tells it (issue 11, recall): a
court upheld a law or struck it down; a central bank held its rate, cut it or raised it; a
booster landed or was lost; talks ended with a deal or without one.

"The Ohio Supreme Court on Tuesday upheld a state law …" / "Ohio's top court has struck
down the state's parental-consent law …"; "The ECB kept its deposit rate unchanged" / "The
ECB cut its deposit rate by a quarter point". Outlets that disagree on the outcome word
their leads differently, so sentence similarity does not set them against each other; what
ties them is the outcome itself, a closed class of words for each kind of happening, told
where a report says what happened: its lead (``outcome_lead_sentences``), in a sentence that
names the actor of that kind (a court, a central bank, a booster, talks).

A report needs two independent outlets each telling exactly one outcome of one kind in
their leads, the two different. A lead that tells two outcomes of a kind (a law upheld after
a lower court struck it down; rates held after a run of cuts) tells a history and is
skipped, and so is a sentence dated to another time ("in January", "last year",
"previously").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import Doc, outlet_pairs, two_outlets
from .model import Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Kind:
    name: str  # what the outcome is of: "the ruling"
    actor: re.Pattern[str]  # the sentence names who acts
    outcomes: tuple[tuple[str, re.Pattern[str]], ...]  # (outcome, its words)


_KINDS = (
    _Kind("the ruling", re.compile(r"\b(?:court|justices|judges?|panel|circuit|tribunal)\b",
                                   _I), (
        # (not "upholding a lower court": the lower court's ruling may be the one that
        # struck the law down)
        ("upheld", re.compile(r"\b(?:upheld|upholds?|upholding|affirmed|affirms|affirming|"
                              # ("left them in place until Oct. 14": a stay of a ruling
                              # against them)
                              r"let stand|lets stand|left (?:\w+ )?in place(?!\s+(?:until|"
                              r"pending|while|for now|for the time being)))\b"
                              r"(?!\s+(?:(?:a|the)\s+)?(?:lower|district|trial|appeals)\b)"
                              # ("affirms CIT", "affirmed the trade court's ruling": the
                              # lower court's ruling upheld, which may strike a law down)
                              r"(?!\s+(?:(?:a|the|its)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:court|"
                              r"ruling|decision|judgment|verdict|CIT|panel)\b)"
                              # ("upheld an appeal by Kunene Bay": the appeal won, the
                              # decision appealed against fell)
                              r"(?!\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w.'’-]+\s+){0,2}?"
                              r"(?:appeal|challenge|complaint|petition)s?\b)", _I)),
        ("struck down", re.compile(r"\b(?:struck down|strikes? down|striking down|"
                                   r"invalidated|invalidates|overturned|overturns|"
                                   r"threw out|throws out|(?:ruled|declared|found) (?:\w+ ){0,6}?"
                                   r"(?:unconstitutional|illegal|unlawful)|(?:is|was|are|were) "
                                   r"(?:unconstitutional|illegal|unlawful))\b",
                                   _I)))),
    _Kind("the rate decision", re.compile(
        r"\b(?:central bank|reserve bank|federal reserve|fed|ecb|boj|boe|rba|rbi|riksbank|"
        r"bank of \w+|policymakers|monetary policy committee|fomc)\b", _I), (
        ("held", re.compile(r"\b(?:held|holds|holding|hold|kept|keeps|keeping|keep|left|leaves|"
                            r"leaving|leave|maintained|maintain)\b[^.;]{0,60}\b(?:unchanged|"
                            r"steady|on hold)\b|"
                            # "held Bank Rate at 4%", "kept its key rate at 5.5 percent"
                            r"\b(?:held|holds|kept|keeps|left|leaves|maintained)\s+(?:its\s+|the\s+)?"
                            r"(?:[\w-]+\s+){0,3}(?:rates?|borrowing costs)\s+at\b|"
                            r"\b(?:stood|stands|standing) pat\b", _I)),
        ("cut", re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|trimmed|trims|"
                           r"reduced|reduces|slashed)\b[^.;]{0,40}\b(?:rates?|borrowing "
                           r"costs)\b", _I)),
        ("raised", re.compile(r"\b(?:raised|raises|raising|hiked|hikes|increased)\b[^.;]{0,40}"
                              r"\b(?:rates?|borrowing costs)\b", _I)))),
    _Kind("the booster's landing", re.compile(r"\b(?:booster|first stage)\b", _I), (
        ("landed", re.compile(r"\b(?:booster|first stage)\b[^.;]{0,80}?\b(?:landed|touched "
                              r"down|was caught|stuck the landing|landed successfully)\b|"
                              r"\b(?:landing|recovering|catching) (?:its|the) (?:\w+ )?"
                              r"(?:booster|first stage)\b", _I)),
        # ("the booster arriving too fast; it struck the edge of the deck and toppled into
        # the ocean")
        ("lost", re.compile(r"\b(?:booster|first stage)\b[^.]{0,100}?\b(?:was lost|is lost|"
                            r"crashed|exploded|broke apart|was destroyed|failed to land|"
                            r"toppled|tipped over|was not recovered)\b|"
                            r"\b(?:losing|lost) (?:its|the) (?:\w+ )?(?:booster|first "
                            r"stage)\b", _I)))),
    _Kind("the talks", re.compile(r"\b(?:talks|negotiat\w+|meetings?|delegations?)\b", _I), (
        ("agreed", re.compile(r"\b(?:agreed to extend|agreed (?:on|to) (?:a|an|the) (?:\w+ )?"
                              r"(?:deal|framework|extension|truce)|reached (?:a|an) (?:\w+ )?"
                              r"(?:deal|agreement|framework)|struck (?:a|an) (?:deal|"
                              r"agreement))\b", _I)),
        ("no deal", re.compile(r"\b(?:no deal|without (?:a |an |any )?(?:deal|agreement|"
                               r"extension|breakthrough)|failed to (?:reach|agree|strike)|"
                               r"no agreement)\b", _I)))),
)
# A sentence telling another time than the story's: a history or an earlier attempt.
_OTHER_TIME = re.compile(
    r"\b(?:in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|in (?:19|20)\d\d|last (?:year|month|time)|"
    r"previously(?!\s+un)|(?:at|in) (?:its|the|their) previous (?:meeting|decision|session)|"
    r"earlier this year|a year ago)\b", _I)


# Words in quotation marks, double or single ("'The court has affirmed that no one is
# above the law,' he told journalists").
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<![\w'’])['‘][^'‘’]{8,}?['’](?![\w'’])")


# A ruling that went partly each way ("upheld part of the Commission's case … but overturned
# the finding on rebates", "annulled the part of the decision"): its lead tells no one
# outcome, whichever half a sentence names.
_PARTLY = re.compile(r"\b(?:in part|partly|partially|parts? of (?:the|its|a) (?:\w+[’']s )?"
                     r"(?:decision|ruling|case|law|judgment|findings?|order)|but (?:it|they|"
                     r"the (?:court|judges|panel)) (?:\w+ ){0,2}?(?:threw out|annulled|"
                     r"overturned|struck down|rejected|cut|reduced|trimmed))\b", _I)


# One member's vote, not the body's decision: "Schmid … voted to keep rates on hold",
# "Miran pushed for a half-point cut".
_VOTED_FOR = re.compile(r"\b(?:voted|preferred|wanted|favou?red|argued|pushed|dissented)\s+"
                        r"(?:\w+\s+)?(?:to|for|in favou?r of)\s+(?:\w+\s+)?$", _I)


# An outcome named to be denied: "refines, rather than overturns, the court's 2022 focus",
# "did not overturn", "stopped short of striking down".
_DENIED = re.compile(r"\b(?:rather than|instead of|not|never|nor|neither|without|stopped short "
                     r"of)\s+(?:\w+\s+)?$", _I)


def _told(doc: Doc, kind: _Kind, lead: int) -> tuple[str, int, str] | None:
    """(outcome, sentence, words as written) of the one outcome of ``kind`` the article's
    lead tells, or None (none, or several)."""
    found: dict[str, tuple[int, str]] = {}
    if kind.name == "the ruling" and any(_PARTLY.search(doc.sentence_text(index))
                                         for index in doc.content[:lead]):
        return None
    for index in doc.content[:lead]:
        text = _QUOTED.sub(" ", doc.sentence_text(index))  # a speaker's words tell no outcome
        if not kind.actor.search(text) or _OTHER_TIME.search(text):
            continue
        for outcome, pattern in kind.outcomes:
            m = pattern.search(text)
            if m is not None and not _VOTED_FOR.search(text[max(0, m.start() - 40):m.start()]) \
                    and not _DENIED.search(text[max(0, m.start() - 30):m.start()]):
                found.setdefault(outcome, (index, m.group(0)))
    if len(found) != 1:
        return None
    outcome, (index, written) = next(iter(found.items()))
    return outcome, index, written


def outcome_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                      ) -> list[Discrepancy]:
    """Two outlets telling different outcomes of the story's happening; see the module."""
    out: list[Discrepancy] = []
    for kind in _KINDS:
        told = {d.order: _told(d, kind, options.outcome_lead_sentences)
                for d in docs if d.independent}
        for da, db in outlet_pairs(docs):
            a, b = told.get(da.order), told.get(db.order)
            if a is None or b is None or a[0] == b[0]:
                continue
            out.append(two_outlets(
                "claim", f"what came of {kind.name}", (da, a[1], a[2]), (db, b[1], b[2]),
                f"Outlets tell different outcomes of {kind.name}: {a[2]} vs {b[2]}."))
            break
    return out
