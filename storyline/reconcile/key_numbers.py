"""A story's key numbers, told in unlike sentences: an election's turnout, winner's share,
margin and seats (a margin in votes too: "by about 14,000 votes" / "41,000 votes ahead"),
and a share's change since the last vote ("up 4.2 percentage points on last year"); a
court's award, or a fine ("cut its fine to €412 million" / "reduced the amount to €287
million"; one sum in two currencies is reported as such); a central bank's target range,
the level it moved its rate to ("cut rates by a quarter point to 4%") and the size of its
bond purchases or sales ("buy $40 billion of Treasury bills a month", not the pace before);
the level a government moved its tariff to ("will raise the tariff on Chinese cranes to
25%", unless the two are aimed at two countries); how long a truce or a deadline was
extended, in days, weeks or months ("extending the truce by another 90 days", "a 60-day
extension"); a prison term handed down ("sentenced to 12 years" / "will spend 15 years in
federal prison"); and how long a pause lasts ("the reductions will last for 90 days" / "the
lower rates apply for a 60-day window"); a ruling's or a committee's split ("ruling 6-3" /
"In a 5-4 decision"); refunds a ruling orders ("refunds of roughly $4.2 billion" / "hand
back about $2.7bn"); inflation as it stands ("Consumer price inflation was 3.4%" / "with
inflation at 3.2pc"), a central bank's inflation or growth forecast ("lowered its inflation
projection to 2.0 per cent" / "now sees CPI inflation averaging 2.4 per cent") and its
policymakers' median rate at the year's end (issue 11, recall).

"Turnout reached 68%" / "some 72 percent of registered voters cast a ballot"; "the
incumbent won 52.4% of the vote" / "the president secured a second term with 54.2 percent
support"; "won by about 8 points" / "a 12-point victory"; "ordered the group to pay $660
million in damages" / "awarded the operator $560 million"; "a range of 4% to 4.25%" / "a
target range of 3.75%-4.00%". The sentences share few words, and the key word of a share
does not name its whole, so neither sentence similarity nor measure keys
(``measure_keys``) set them against each other. What ties them is what the number is: one of
a small closed class of key numbers of an election, a verdict or a rate decision, each named
by a closed class of words in the number's clause (``_concept``), the same in any story of
that kind.

A report needs, for one concept: two independent outlets that each give exactly one value
for it (an outlet giving two tells two elections, two parties, two sums or two moments), the
two values different and within ``ReconcileOptions.share_ratio`` (a margin, a span, a
fine, a prison term, a pace of bond buying or selling, a tariff's level: ``margin_ratio``;
any ratio for two values of the same digits swapped, a slip), neither of a count still
going on ("with 60% of the vote counted", ``updates``), the two
sentences not dated apart ("Sunday's runoff" / "Monday's runoff": two votes), and the
reports published at most ``statement_apart_days`` apart. A share or margin is a result only
next to a word of winning ("won", "re-elected", "victory"): a poll's is not ("leads with 52%
in a new survey"); when an outlet gives several, each is its holder's (named before it, or
after "for": "44.4% for Luisa Gonzalez"), and two outlets' shares held by different parties
are not compared. Seats are the seats won: not the chamber's ("196 of the 331 seats"), the
majority's ("the 166 needed") or the last parliament's ("up from 180").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from storyline.nlp.time_grammar import MONTH_FULL
from storyline.records import Figure

from .apart import earlier_decision
from .evidence import Doc, outlet_pairs, two_outlets
from .figure_values import compatible_values, format_value, same_value, transposed
from .figures import AVERAGED, IN_PARTS, REGIONAL, SUMMED, in_one_area
from .forecasts import figure_year, forecast_year, forecasters
from .garbled import garbled_at, lost_halves
from .holders import BEATEN_BEFORE, share_holders
from .model import Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .same_happening import different_times, held_before, other_countries
from .same_measure import poll_number
from .text import fold
from .trade_targets import other_targets
from .updates import HOUR, TURNOUT, count_stage, the_stage, two_days

_APPROX = r"(?:about |nearly |almost |roughly |some |around |more than |just over |just under )?"
_WIN = re.compile(r"\b(?:won|win|wins|winning|secured|secures|re-?elected|elected|victory|took|"
                  r"garnered|captured|claimed victory|clinched|defeat(?:ed|ing|s)|"
                  r"beat(?:ing|s)?|received|receiving|polled|obtained)\b", re.IGNORECASE)
# A share held as a result ("Ferraz had 51.9% of the valid votes", "finished with 51.9%"),
# words too loose for a margin ("had 13 points" in a game)
# (not the auxiliary of "had lifted its share to 44%": a party's gain, whoever won)
_HELD_SHARE = re.compile(r"\b(?:had(?!\s+\w+(?:ed|en)\b)|finished with|ended with)\b",
                         re.IGNORECASE)
_SHARE = re.compile(r"\bof the (?:popular )?vote\b|"
                    # "beat Mr Bolsonaro's ally by 51.9% to 48.1%"
                    r"\bby\s+\d[\d.]*\s?(?:%|per\s?cent|percent)\s+to\s+\d|"
                    r"\bof (?:the )?(?:valid |popular )?(?:votes|ballots)\b|"
                    r"\bsupport\b|\bvote share\b|\bshare of the vote\b|"
                    # "took 52.5 per cent in Sunday's second round"
                    r"\b(?:in|at)\s+(?:the\s+|\w+['’]s\s+)?(?:runoff|run-off|second round|"
                    r"first round|election|ballot)\b", re.IGNORECASE)
# A share told of a round of a vote ("with 54.3% in Sunday's second round"): a result,
# whatever verb the sentence has or lacks (an explainer's "Who won? Dan, with 54.3% …").
_IN_ROUND = re.compile(r"\b(?:in|at)\s+(?:the\s+|\w+['’]s\s+)?(?:runoff|run-off|second round|"
                       r"first round)\b", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s*-?\s*(?:percentage[- ])?points?\s*(?:victory|win|margin|lead)\b|"
                           r"\s+(?:percentage\s+)?points?\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"\b(?:by|margin of|lead of|won by)\s+" + _APPROX + r"$",
                            re.IGNORECASE)
# Seats that are not the ones won: the chamber's, the majority's, the last parliament's.
_SEATS_NOT_WON_BEFORE = re.compile(r"\b(?:of|out of|from|up from|down from|than|the)\s+"
                                   + _APPROX + r"$", re.IGNORECASE)
_SEATS_NOT_WON_AFTER = re.compile(r"^\s*(?:-?\s*seats?\s+)?(?:needed|required|necessary|"
                                  r"(?:in|of) the (?:outgoing|previous|last)|majority)\b|"
                                  r"^\s*-?\s*(?:seats?|member)\s+(?:chamber|house|parliament|"
                                  r"assembly|legislature)\b", re.IGNORECASE)
_AWARD = re.compile(r"\bdamages\b|\bawarded?\b|\bordered\b[^.;]{0,40}\bto pay\b|\bfined\b|"
                    r"\bjury\b|\bjurors\b|\bverdict\b", re.IGNORECASE)
_RANGE = re.compile(r"\btarget range\b|\brange of\b|\bbenchmark rate\b|\bfederal funds rate\b|"
                    r"\bpolicy rate\b", re.IGNORECASE)
# A window extended: "extending the pause for another 90 days" / "extended its truce by
# 60 days" / "pushed the deadline back by ninety days".
_EXTEND = re.compile(r"\b(?:extend\w*|extension|prolong\w*|push(?:ed|es|ing)? back|"
                     r"delay(?:ed|s|ing)?|postpon\w*)\b", re.IGNORECASE)
# The verb of extending governs the span: it stands before it in its clause ("extending
# the pause on Chinese goods for another 90 days"), not after ("run for 12 months and can
# be extended").
_EXTENDED_BY = re.compile(r"\b(?:extend\w*|prolong\w*|push(?:ed|es|ing)? (?:\w+ ){0,3}?back|"
                          r"delay(?:ed|s|ing)?|postpon\w*)\b[^.;]{0,80}?\b(?:by|for)\s+"
                          r"(?:another|a further|an additional|an extra)?\s*$", re.IGNORECASE)
_SPAN_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months"})
# A pause that goes on "for another 60 days": its extension, whatever the verb ("run",
# "last", "stay in place").
_ANOTHER_SPAN = re.compile(r"\b(?:run|last|stay|remain|continue|hold|apply|alive)\w*\s+(?:in "
                           r"(?:place|effect)\s+)?for\s+(?:another|a further|an additional|an "
                           r"extra)\s+$", re.IGNORECASE)
# "a 60-day extension of the pause": the span names the extension it sizes.
_EXTENSION_AFTER = re.compile(r"\s*(?:extension|prolongation)\b", re.IGNORECASE)
# How long a pause lasts: "the reductions are temporary: they will last for 90 days" / "the
# lower rates apply for a 60-day window only" / "a 90-day truce" / "the cuts apply for a
# period of 120 days".
_PAUSE = re.compile(r"\b(?:pause[ds]?|truce|temporar\w*|window|reprieve|suspen\w*|on hold|"
                    r"ceasefire|standstill|(?:reductions|cuts|lower(?:ed)? rates)\b[^.;]{0,20}"
                    r"\b(?:last|apply|run|hold|stay))\b", re.IGNORECASE)
_PAUSE_FOR = re.compile(r"\b(?:last(?:s|ed|ing)?|apply|applies|run(?:s|ning)?|hold(?:s)?|"
                        r"stay(?:s)? in (?:place|effect)|suspend\w*|pause[ds]?|paus(?:e|ing)|"
                        r"in (?:place|effect))\s+(?:for\s+)?(?:an?\s+)?(?:initial\s+)?"
                        r"(?:period\s+of\s+)?$",
                        re.IGNORECASE)
_PAUSE_NOUN = re.compile(r"\s*(?:-?\s*(?:long\s+)?)?(?:pause|truce|window|reprieve|"
                         r"suspension|ceasefire|standstill)\b", re.IGNORECASE)
# A fine or penalty (a story has one; two outlets' different sums disagree), not costs.
_FINE = re.compile(r"\b(?:fine[ds]?|penalty|penalties)\b", re.IGNORECASE)
_AMOUNT = re.compile(r"\bthe (?:amount|sum|figure)\b", re.IGNORECASE)
_COSTS = re.compile(r"\bcosts\b|\bcompensation\b", re.IGNORECASE)
# A prison term handed down ("sentenced on Friday to 12 years in prison", "will spend 15
# years in federal prison"), not one asked for or possible ("prosecutors had asked for 20
# years", "the 20 years prosecutors wanted", "faces up to 30 years").
_PRISON = re.compile(r"\bsentenc\w*|\bprison\b|\bjail(?:ed)?\b|\bbehind bars\b|"
                     r"\bincarcerat\w*", re.IGNORECASE)
_ASKED_BEFORE = re.compile(r"\b(?:asked for|sought|seeking|seeks|wanted|requested|"
                           r"recommended|urged|faces?|facing|could face|up to|maximum of|"
                           # the law's penalty: "each count carries 20 years", "a
                           # statutory maximum of 20 years", "a maximum sentence of"
                           r"carr(?:y|ies|ied|ying)|maximum (?:\w+\s+)?of|"
                           r"minimum of|mandatory)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$|"
                           # "had asked the court to jail Sikazwe for at least 15 years"
                           r"\b(?:asked|urged|wanted|called on)\s+(?:the\s+)?(?:court|judge|"
                           r"judges|tribunal|jury)\s+to\s+(?:jail|sentence|imprison|give)\b"
                           r"[^.;]{0,30}$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"^[^.;,]{0,30}\b(?:wanted|sought|requested|asked for|recommended|"
                          r"maximum|minimum)\b", re.IGNORECASE)
# Terms of other cases ("recent sentences in crypto fraud cases", "in similar cases").
# (not "in one of the largest fraud cases": this case, one of many)
_OTHER_CASES = re.compile(r"\bsentences\b|\bdefendants\b|\b(?:similar|other|recent|such|"
                          r"comparable|previous|past|earlier)\s+(?:[\w-]+\s+){0,2}cases\b",
                          re.IGNORECASE)
# A central bank's purchases of securities ("buy $40 billion of Treasury bills a month",
# "monthly JGB buying down to roughly ¥1.5 trillion").
_PURCHASE = re.compile(r"\b(?:buy(?:s|ing)?|bought|purchas\w*)\b", re.IGNORECASE)
# A sum told as the earlier level ("compared with £100bn previously", "down from £100bn in
# the past year", "fell sharply from the 60.4% recorded in 2023", "almost 18 points below the
# 56.3% recorded at the 2024 general election"): no key number of now.
_EARLIER_BEFORE = re.compile(r"\b(?:compared (?:with|to)|down from|up from|from|than|below|"
                             r"above)\s+(?:the\s+)?$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\s+(?:previously|before|earlier|in the past year|last year)\b",
                            re.IGNORECASE)
_SALE = re.compile(r"\b(?:sell(?:s|ing)?|sold|sales|shrink\w*|run(?:s|ning)? down|unwind\w*|"
                   r"offload\w*|quantitative tightening|reduc\w*|cut(?:s|ting)?)\b",
                   re.IGNORECASE)
_SECURITIES = re.compile(r"\b(?:bonds?|bills|treasur\w*|jgbs?|gilts?|securities|debt|assets|"
                         r"holdings)\b", re.IGNORECASE)
# The level a rate was moved to: "cut interest rates by a quarter point to 4%", "lowers
# rates to 4%", "trimmed Bank Rate by 0.25 percentage points to 4.25 per cent".
_NEW_RATE_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|lower\w*|trim\w*|reduc\w*|rais\w*|hik\w*|increas\w*|"
    r"lift\w*|slash\w*)\b[^;]{0,70}\bto\s+(?:about\s+|around\s+)?$|"
    # "Fentanyl tariff: down from 20% to 10%" (a list's line)
    r"\b(?:down|up)\s+from\s+\S+\s+to\s+$", re.IGNORECASE)
# A move someone expects, not the one made: "expected one more cut in the first half of
# 2026, which would take the policy rate to 1.00%".
_MOVE_TO_COME = re.compile(r"\b(?:would|could|might|expects?|expected|forecasts?|predicts?|"
                           r"predicted|anticipates?|anticipated|(?:fore)?sees?|projects?)\b",
                           re.IGNORECASE)
# An earlier move told as the background of this one: "The move follows a cut in December,
# when the committee lowered rates from 4% to 3.75%".
_EARLIER_MOVE = re.compile(
    r"\b(?:follows|followed|following|after|previous|prior|last|earlier)\s+(?:a|the|its)?\s*"
    r"(?:[\w-]+\s+)?(?:cut|hike|increase|reduction|move|decision)s?\s+(?:in|on|at)\s+"
    + MONTH_FULL + r"|\bin\s+" + MONTH_FULL + r"(?:\s+\d{4})?,\s+when\b|"
    # "the first move since last July's cut from 7.00% to 6.75%"
    r"\b(?:last|previous)\s+" + MONTH_FULL + r"['’]s\s+(?:[\w-]+\s+)?"
    r"(?:cut|hike|increase|reduction|move|decision)\b")
_POLICY_RATE = re.compile(r"\b(?:interest rates?|rates|bank rate|policy rate|deposit rate|"
                          r"selic(?: rate)?|base rate|lending rate|overnight rate|prime rate|"
                          r"benchmark|key rate|cash rate|refinancing rate|repo rate)\b",
                          re.IGNORECASE)
# A share's change since the last vote: "up 4.2 percentage points on last year" / "an
# increase of 6.5 points on the previous year".
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|gain(?:ed|ing)?|lost|dropp(?:ed|ing)|"
                            r"(?:an?\s+)?(?:increase|rise|gain|drop|fall|decline|swing)\s+of)"
                            r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
                            re.IGNORECASE)
_SINCE_AFTER = re.compile(r"^\s*(?:on|from|since|compared (?:with|to)|over)\s+(?:the\s+)?"
                          r"(?:last|previous|prior|\d{4})\b", re.IGNORECASE)
# Inflation as it stands ("Consumer price inflation was 3.4%", "with inflation at 3.2pc"), not
# a part of it (services, core, food, wages) nor a forecast.
_INFLATION_NOW = re.compile(
    # (not core inflation however written: "Underlying, or core, inflation was 2.9 per cent")
    r"(?<!services )(?<!core )(?<!core, )(?<!underlying )(?<!food )(?<!wage )(?<!price )"
    r"(?<!goods )\b(?:(?:consumer "
    r"price |headline |annual |CPI )?inflation|headline CPI|CPI)\s+(?:(?:rate\s+)?(?:was|is|"
    r"stood at|stands at|at|ran at|of|came in at|rose to|fell to|eased to|slowed to|picked "
    r"up to)\s+)$", re.IGNORECASE)
# A level aimed at, not the rate now: "sets interest rates to try to keep inflation at 2%".
# Consumer prices' rise over a year: the inflation rate told as a change of prices.
_PRICES_ROSE = re.compile(r"\b(?:consumer|retail|shop)\s+prices\s+(?:rose|increased|climbed|grew|"
                          r"went up|were up|jumped|edged up)\s+(?:by\s+)?(?:an?\s+annual\s+)?$",
                          re.IGNORECASE)
_ON_YEAR = re.compile(r"^[^.;]{0,30}?(?:\bon-year\b|\byear[- ]on[- ]year\b|\by/y\b|"
                      r"\b(?:from|on|over|compared with|than)\s+(?:a|the same month a|the same "
                      r"period a|the previous)\s+year(?:\s+earlier|\s+ago)?\b)", re.IGNORECASE)
_AIMED = re.compile(r"\b(?:keep(?:ing|s)?|kept|bring(?:ing|s)?|brought|return(?:ing|s)?|"
                    r"get(?:ting|s)?|hold(?:ing|s)?|target(?:ing|s)?|aim(?:ing|s)?)\s+"
                    r"(?:\w+\s+){0,2}?inflation\b", re.IGNORECASE)
# Refunds a ruling orders ("clears the way for refunds of roughly $4.2 billion", "hand back
# about $2.7bn"), read just before the sum.
_REFUND = re.compile(r"\b(?:refunds?\s+(?:of\s+)?|refunding\s+|(?:hand|give|pay|paying|handing|"
                     r"giving)\s+back\s+|repay(?:ing)?\s+|return(?:ing)?\s+)(?:up to )?" + _APPROX
                     + r"$", re.IGNORECASE)
# The body whose split a vote figure tells (a court, a committee, a jury), or its decision.
_VOTING_BODY = re.compile(r"\b(?:court|justices?|judges?|panel|bench|committee|board|members|"
                          r"policymakers|governors|jury|jurors|decision|ruling|ruled|verdict|"
                          r"judgment|vote|voted)\b", re.IGNORECASE)
# A central bank's forecasts of inflation or growth ("raised its GDP growth estimate to 7.3
# per cent"): one each per story, unless told for several years.
_FORECAST = re.compile(r"\b(?:projections?|projected|projects|forecasts?|estimates?|sees?|"
                       r"expects?|predicts|outlook|assum(?:es|ed|ing|ptions?))\b", re.IGNORECASE)
_EARLIER_FORECAST = re.compile(r"\b(?:earlier|previous|prior|last|old|" + MONTH_FULL + r")\s+"
                               r"(?:\w+\s+){0,2}?"
                               r"(?:projection|forecast|estimate|outlook)\s+(?:of\s+)?$",
                               re.IGNORECASE)
_TARGET_NEAR = re.compile(r"\btarget\b", re.IGNORECASE)
# (not a part of it: "food inflation", "services prices", "core inflation")
_INFLATION = re.compile(r"(?<!services )(?<!core )(?<!food )(?<!wage )(?<!energy )(?<!goods )"
                        r"(?<!rent )(?<!import )\b(?:inflation|CPI|prices)\b", re.IGNORECASE)
_GROWTH = re.compile(r"\b(?:growth|GDP|gross domestic product|output|(?:economy|economies)\s+"
                     r"(?:to\s+|would\s+|will\s+)?(?:expand|grow)\w*)\b", re.IGNORECASE)
# A central bank's projections: the median policymaker's rate at the end of this year.
_MEDIAN = re.compile(r"\bmedian\b[^.;]{0,40}\b(?:projection|forecast|expects?|official|"
                     r"policymaker|participant|dot|shows|estimate)", re.IGNORECASE)
_YEAR_END = re.compile(r"\b(?:year-end|end(?:ing)?\s+(?:of\s+)?(?:the|this)\s+year|end(?:ing)?\s+"
                       r"(?:of\s+)?20\d\d)\b", re.IGNORECASE)
_LATER_YEAR = re.compile(r"[^.;]{0,12}\b(?:at\s+the\s+end\s+of\s+|by\s+(?:the\s+end\s+of\s+)?|"
                         r"in\s+)?(?:next year|20\d\d|the longer run)\b", re.IGNORECASE)
# One part's figure among others: "turnout reached 44.1%, the highest in the city" (not "the
# highest for a municipal vote in two decades": a record over time).
_AMONG_PARTS = re.compile(
    r"\b(?:highest|lowest|strongest|weakest)\b[^.;]{0,20}?\b(?:in|of|among|across)\s+(?:the\s+|"
    r"all\s+|its\s+)?(?:\w+\s+)?(?:city|town|country|region|district|province|constituency|state|"
    r"county|capital|municipality|wards?|districts|regions|provinces|constituencies|states|"
    r"communes?|(?:polling\s+)?stations)\b", re.IGNORECASE)
# A moment of polling day: "by 6 p.m.", "by six in the evening", "hourly figures", "before
# polling stations closed".
_BY_HOUR = re.compile(r"\b(?:by|as of|at)\s+" + HOUR + r"|\bhourly\b|"
                      r"\bbefore (?:the )?(?:polls|polling stations) closed\b", re.IGNORECASE)
# A statistic of many cases ("the median sentence", "an average fine of"), not the story's.
_AGGREGATE = re.compile(r"\b(?:median|average|typical)\b|\b(?:the|a)\s+mean\b", re.IGNORECASE)
_TARIFF = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)
_CONCEPTS = ("turnout", "winner's share", "winning margin", "seats won", "court's award",
             "fine", "prison sentence", "target range", "new rate", "new tariff",
             "bond purchases", "bond sales", "margin in votes",
             "change in share", "extension", "pause", "median projection for the year's end",
             "inflation forecast", "growth forecast", "vote split", "refunds", "inflation rate",
             "bench size")
# Key numbers of one economy, which a second country's clause makes another's.
_ONE_ECONOMY = frozenset({"inflation rate", "new rate", "target range", "inflation forecast",
                          "growth forecast"})
# How far around the number its clause is read.
_WINDOW = 80


def _clause(doc: Doc, f: Figure) -> str:
    text = doc.article.text
    s = doc.sentence(f.sentence)
    lo, hi = (s.start, s.end) if s is not None else (0, len(text))
    return text[max(lo, f.start - _WINDOW):min(hi, f.end + _WINDOW)]


# An item of a list ("- CPI, 2026 average: 2.6%") and the line that opens the list ("The
# new forecast is the interesting bit:"), which says what its items are.
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·–—]|\d{1,2}[.)])\s+")
_LIST_ITEMS_READ = 8


# A clause set in an earlier year's vote: "in 2024, when …", "at the 2021 election, when …".
_PAST_YEAR_WHEN = re.compile(r"\b(?:in|at the|since)\s+((?:19|20)\d\d)\b[^.;:]{0,25}?,?\s+"
                             r"when\b[^.;:]*$", re.IGNORECASE)


# "won a third term in 2024 with 55.1% of the vote": that year's share
_PAST_YEAR_WITH = re.compile(r"\bin\s+((?:19|20)\d\d)\s+with\s+(?:about\s+|nearly\s+|almost\s+|"
                             r"some\s+|just\s+over\s+|just\s+under\s+)?$", re.IGNORECASE)


def _past_vote(doc: Doc, f: Figure) -> bool:
    """Is the figure told in a clause set in a year before the report's?"""
    sent = doc.sentence(f.sentence)
    said = doc.article.text[sent.start if sent else 0:f.start]
    m = _PAST_YEAR_WHEN.search(said) or _PAST_YEAR_WITH.search(said)
    published = (doc.article.published or "")[:4]
    return m is not None and published.isdigit() and int(m.group(1)) < int(published)


def _lead_in(doc: Doc, index: int) -> str:
    """The line opening the list the sentence is an item of, or ""."""
    if not _LIST_ITEM.match(doc.sentence_text(index)):
        return ""
    for i in range(index - 1, max(-1, index - 1 - _LIST_ITEMS_READ), -1):
        text = doc.sentence_text(i)
        if not _LIST_ITEM.match(text):
            return text if text.rstrip().endswith(":") else ""
    return ""


def _concept(doc: Doc, f: Figure) -> str | None:
    """Which key number the figure is, if any."""
    text = doc.article.text
    if f.value <= 0:
        return None
    clause = _clause(doc, f)
    if f.kind in ("money", "duration") and _AGGREGATE.search(clause):
        return None  # "the median effective sentence in the four cases is six years": a
        # figure of many cases, not this one's
    if f.kind == "vote":
        # "ruling 6-3 that the charge was a tax" / "In a 5-4 decision, the justices held …":
        # a ruling or a rate decision has one split, however unlike the sentences (not an
        # earlier one's: "than in January, when the committee kept the rate … by four votes
        # to three")
        if earlier_decision(doc, f):
            return None
        return "vote split" if _VOTING_BODY.search(clause) else None
    if f.kind == "percent" and f.unit == "%" and f.value_max is not None:
        return "target range" if _RANGE.search(clause) else None
    if f.value_max is not None:
        return None
    if f.kind == "percent" and f.unit == "%":
        if (_EARLIER_BEFORE.search(text[max(0, f.start - 25):f.start])
                or _EARLIER_AFTER.match(text, f.end)):
            return None  # "Turnout was 18.4%, down from 22.7% in the general election";
            # "sees growth at just 1.4%, against 1.8% previously"
        if TURNOUT.search(clause):
            # (not a turnout "by 6 p.m.", "by six in the evening": the day's count so far;
            # nor a region's, "above the national figure of 68.6%", "the highest in the city";
            # nor one averaged over several races)
            said = doc.sentence_text(f.sentence)
            return None if (_BY_HOUR.search(said) or REGIONAL.search(said)
                            or _AMONG_PARTS.search(said) or AVERAGED.search(clause)) \
                else "turnout"
        sent = doc.sentence(f.sentence)
        said_before = text[max(sent.start if sent else 0, f.start - 120):f.start]
        if _INFLATION_NOW.search(text[max(0, f.start - 50):f.start]) and not _FORECAST.search(
                said_before) and not _AIMED.search(
                text[max(0, f.start - 50):f.start]) and not _YEAR_END.search(
                text[f.end:f.end + 30]):
            # (not one the bank "expects … and inflation of 2.0 per cent at the end of the
            # year": its forecast, the verb well before the number)
            # "Consumer price inflation was 3.4% in December" / "The cut comes with inflation
            # at 3.2pc" (not services or core inflation, nor a forecast)
            return "inflation rate"
        if (_PRICES_ROSE.search(text[max(0, f.start - 40):f.start])
                and _ON_YEAR.search(text[f.end:f.end + 45])
                and not _FORECAST.search(said_before)):
            # "Consumer prices rose 2.3% in January from a year earlier" / "January CPI came
            # in at 2.8% y/y": the inflation rate in other words (a month's change is not)
            return "inflation rate"
        lead = _lead_in(doc, f.sentence)
        if (_FORECAST.search(clause) or _FORECAST.search(lead)) and not _EARLIER_FORECAST.search(
                text[max(0, f.start - 40):f.start]) and not _TARGET_NEAR.search(
                text[max(0, f.start - 30):f.end + 15]):
            # "lowered its CPI inflation projection for 2025-26 to 2.0 per cent" / "now sees
            # CPI inflation averaging 2.4 per cent in FY26" (not the earlier estimate, nor a
            # 2% target)
            sent = doc.sentence(f.sentence)
            before = text[max(sent.start if sent else 0, f.start - 80):f.start]
            topics = [(m.start(), "inflation forecast") for m in _INFLATION.finditer(before)]
            topics += [(m.start(), "growth forecast") for m in _GROWTH.finditer(before)]
            if topics and (_FORECAST.search(before) or _FORECAST.search(lead)):
                # the nearest before it ("inflation … to 2.0%, and raised its GDP growth
                # estimate to 7.3%")
                return max(topics)[1]
        if (_MEDIAN.search(clause) and _YEAR_END.search(clause)
                and not _LATER_YEAR.match(text, f.end)):
            # "the median official expects the rate to end 2025 at 3.6%" / "The median
            # projection … put the rate at 3.9 percent at the end of this year" (not "3.4% at
            # the end of 2026")
            return "median projection for the year's end"
        sent = doc.sentence(f.sentence)
        lo = max(sent.start if sent is not None else 0, f.start - 90)
        if _NEW_RATE_BEFORE.search(text[lo:f.start]) and not _EARLIER_MOVE.search(
                text[lo:f.start]) and not _MOVE_TO_COME.search(
                text[sent.start if sent is not None else lo:f.start]):
            if _POLICY_RATE.search(clause):
                return "new rate"  # "cut interest rates by a quarter point to 4%"
            if _TARIFF.search(clause):
                return "new tariff"  # "will raise the tariff on Chinese cranes to 25%"
        if _SHARE.search(clause) and (_WIN.search(clause) or _HELD_SHARE.search(clause)
                                      or count_stage(doc, f) is not None
                                      or _IN_ROUND.search(clause)):
            if _past_vote(doc, f):
                return None  # "… recorded in 2024, when Avitan was re-elected with 51.9 per
                # cent of the vote": the last election's share, not this one's
            if IN_PARTS.match(text, f.end) or in_one_area(doc, f):
                return None  # "carried more than 60% in parts of Gangnam": some places'
            return "winner's share"  # or the leader's, in a count still going on
        return None
    if f.kind == "money":
        near = text[max(0, f.start - 25):f.end + 25]
        if _COSTS.search(near):
            return None  # "prosecution costs of £340,000": not the fine or the award
        if _FINE.search(clause) or (_AMOUNT.search(clause) and _FINE.search(
                doc.sentence_text(f.sentence - 1) if doc.sentence(f.sentence - 1) else "")):
            return "fine"  # "cut its fine to €412 million"; "… fine has been trimmed. …
            # reduced the amount to €287 million"
        if _EARLIER_BEFORE.search(text[max(0, f.start - 25):f.start]) or _EARLIER_AFTER.match(
                text, f.end):
            return None  # "compared with £100bn previously": the pace before, no key number
        if _REFUND.search(text[max(0, f.start - 40):f.start]):
            return "refunds"  # "clears the way for refunds of roughly $4.2 billion" / "hand
            # back about $2.7bn to importers"
        if _PURCHASE.search(clause) and _SECURITIES.search(clause):
            return "bond purchases"  # "buy $40 billion of Treasury bills a month"
        if _SALE.search(clause) and _SECURITIES.search(clause):
            return "bond sales"  # "shrink its stock of government bonds by £70bn"
        return "court's award" if _AWARD.search(clause) else None
    if (f.kind == "duration" and f.unit.lower() in ("year", "years", "month", "months")
            and _PRISON.search(clause) and not _ASKED_BEFORE.search(text[max(0, f.start - 40):
                                                                          f.start])
            and not _ASKED_AFTER.match(text[f.end:f.end + 40])
            and not re.match(r"\s*-?\s*old\b", text[f.end:f.end + 6])):  # "the 41-year-old"
        if _OTHER_CASES.search(clause):
            return None  # "recent sentences in large fraud cases have run … to about 25
            # years": other cases' terms
        return "prison sentence"
    if f.kind == "duration" and f.unit.lower() in _SPAN_UNITS:
        if _EXTEND.search(clause) and (_EXTENDED_BY.search(text[max(0, f.start - 120):f.start])
                                       or _EXTENSION_AFTER.match(text, f.end)):
            return "extension"
        if _PAUSE.search(clause) and _ANOTHER_SPAN.search(text[max(0, f.start - 60):f.start]):
            return "extension"  # "the suspension … would run for another 60 days"
        if not _EXTEND.search(clause) and _PAUSE.search(clause) and (
                _PAUSE_FOR.search(text[max(0, f.start - 40):f.start])
                or _PAUSE_NOUN.match(text, f.end)):
            return "pause"
    unit = f.unit.lower()
    points = (f.kind == "percent" and f.unit == "pp") or (
        f.kind == "count" and unit in ("point", "points"))
    if points and _CHANGE_BEFORE.search(text[max(0, f.start - 30):f.start]) and (
            _SINCE_AFTER.match(text[f.end:f.end + 40])):
        return "change in share"  # "up 4.2 percentage points on last year"
    if (points and (_WIN.search(clause) or ("margin" in clause.lower()
                                            and not poll_number(doc, f.sentence)))
            and (_MARGIN_BEFORE.search(text[max(0, f.start - 20):f.start])
                 or _MARGIN_AFTER.match(text, f.end) or "-point" in f.text)):
        return "winning margin"
    if f.kind == "count" and unit in ("vote", "votes") and (
            (_WIN.search(clause) and _MARGIN_BEFORE.search(text[max(0, f.start - 20):f.start]))
            or re.search(r"\b(?:margin|lead) of\s+" + _APPROX + r"$",
                         text[max(0, f.start - 30):f.start])
            or re.match(r"\s*(?:votes?\s+)?ahead of\b", text[f.end:f.end + 20])):
        return "margin in votes"  # "beating the incumbent by about 14,000 votes"
    if (f.kind == "count" and unit in ("", "vote", "votes")
            and _MAJORITY_BEFORE.search(text[max(0, f.start - 30):f.start])
            and not _EARLIER_VOTE.search(_clause(doc, f))):
        return "margin in votes"  # "won with a majority of 2,432" (not the last election's)
    if f.kind == "count" and unit in _JUDGES and _bench(doc, f):
        return "bench size"  # "a five-judge chamber" / "a three-judge chamber"
    if (f.kind == "count" and unit in ("seat", "seats")
            and not _SEATS_NOT_WON_BEFORE.search(text[max(0, f.start - 20):f.start])
            and not _SEATS_NOT_WON_AFTER.match(text[f.end:f.end + 40])
            and not held_before(doc, f)  # ("held 41 seats when parliament was dissolved")
            and not SUMMED.search(doc.sentence_text(f.sentence))):  # (a coalition's sum)
        return "seats won"
    return None


# A seat's majority in votes, and words telling it was an earlier election's ("held with a
# majority of almost 10,000 at the last general election", "a majority of 9,615 last time").
_MAJORITY_BEFORE = re.compile(r"\bmajority of\s+" + _APPROX + r"$", re.IGNORECASE)
_EARLIER_VOTE = re.compile(r"\b(?:last|previous|general)\s+election\b|\blast time\b|"
                           r"\b(?:in|at the|since)\s+(?:19|20)\d\d\b", re.IGNORECASE)

_JUDGES = frozenset({"judge", "judges", "justice", "justices"})
# The bench that ruled, sized: "a five-judge chamber", "the five judges of the General
# Court", "a panel of three judges" (not the three of "three of the five judges", a part).
_BENCH_AFTER = re.compile(r"[\s-]*(?:judges?|justices?)?\s*(?:panel|chamber|bench|court|"
                          r"of\s+the\s+(?:[A-Z]\w*\s+){0,3}(?:[Cc]ourt|[Cc]hamber|"
                          r"[Tt]ribunal))\b")
_PART_OF_BENCH = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}(?:judges|justices)\b",
                            re.IGNORECASE)
_BENCH_BEFORE = re.compile(r"\b(?:panel|chamber|bench) of\s+$", re.IGNORECASE)
_BENCH_NOT = re.compile(r"\b(?:[Cc]ourt of [Ii]nternational [Tt]rade|CIT|[Dd]istrict [Cc]ourt|"
                        r"[Tt]rial [Cc]ourt|en banc|full court|lower court)\b")


def _bench(doc: Doc, f: Figure) -> bool:
    """Is the count of judges the size of the bench that ruled? (A trial court's panel or
    the full court beside a panel is another bench.)"""
    text = doc.article.text
    if _PART_OF_BENCH.match(text, f.end):
        return False  # "Three of the five judges": a part of the bench (the five are it)
    if not (_BENCH_AFTER.match(text, f.end) or _BENCH_BEFORE.search(
            text[max(0, f.start - 20):f.start])):
        return False
    return not _BENCH_NOT.search(doc.sentence_text(f.sentence))


_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|and)\s*")


def _with_ranges(doc: Doc) -> list[Figure]:
    """The article's figures, two percentages joined as a range ("a range of 4% to 4.25%",
    which the extractor reads as a change from one to the other) made one."""
    out: list[Figure] = []
    text = doc.article.text
    for f in sorted(doc.analysis.figures, key=lambda g: g.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == f.kind == "percent" and prev.unit == f.unit == "%"
                and prev.value_max is None and f.value_max is None and prev.value < f.value
                and prev.sentence == f.sentence
                and _RANGE_JOIN.fullmatch(text[prev.end:f.start])
                and _RANGE.search(text[max(0, prev.start - _WINDOW):prev.start])):
            out[-1] = dataclasses.replace(prev, end=f.end, text=text[prev.start:f.end],
                                          value_max=f.value, bound="range")
            continue
        out.append(f)
    return out


# The party or candidate a number is of: the last name before it in its clause ("Mark
# Carney's Liberals won 169 of the 343 seats", "The Conservatives took 144 seats").
_NAME = re.compile(r"\b[A-Z][\w'’-]*[\w]")
_NOT_HOLDERS = frozenset({
    "the", "a", "an", "in", "on", "at", "with", "by", "after", "under", "of", "and", "but",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "prime", "minister", "president", "democrat",
    "republican", "house", "commons", "senate", "parliament"})
_HOLDER_BEFORE = 60


# A result's holder named after it: "against 44.4% for leftist Luisa Gonzalez".
_FOR_AFTER = re.compile(r"\s+(?:of the vote\s+)?for\s+(?:[a-z-]+\s+){0,2}(?P<name>[A-Z][\w'’-]*"
                        r"(?:\s+[A-Z][\w'’-]*)*)")


def _holder(doc: Doc, f: Figure, vote: bool = False) -> str:
    """The name a result is of, folded: the last name in the clause before it; for a vote's
    result, one named right after it with "for" first, and else the last person or party
    named before it in its sentence ("Daniel Noboa secured another term …, winning 56.5 per
    cent"); "" when none."""
    text = doc.article.text
    after = _FOR_AFTER.match(text, f.end) if vote else None
    if after:
        return after.group("name").split()[-1].lower()
    own = _clause_holder(doc, f)
    if own or not vote:
        return own
    before = [e for e in doc.analysis.entities if e.sentence == f.sentence
              and e.end <= f.start and e.label in ("PERSON", "ORG", "NORP")
              # (not the one beaten: "beat Russell Kimbrough …, taking nearly 54%")
              and not BEATEN_BEFORE.search(text[max(0, e.start - 40):e.start])]
    return before[-1].text.split()[-1].lower().removesuffix("'s") if before else ""


def _clause_holder(doc: Doc, f: Figure) -> str:
    text = doc.article.text
    sent = doc.sentence(f.sentence)
    lo = max(sent.start if sent is not None else 0, f.start - _HOLDER_BEFORE)
    before = re.split(r"[,;:(]|\bwhile\b|\bwhereas\b", text[lo:f.start])[-1]
    # (a country is where the vote was, not whose result it is: "won Romania's run-off")
    places = {fold(e.text) for e in doc.analysis.entities
              if e.sentence == f.sentence and e.label == "GPE"}
    names = [m.group(0) for m in _NAME.finditer(before)
             if m.group(0).lower().removesuffix("'s").removesuffix("’s") not in _NOT_HOLDERS
             and fold(m.group(0)).removesuffix("'s").removesuffix("’s") not in places]
    return names[-1].lower().removesuffix("'s").removesuffix("’s") if names else ""


def _one_each(xs: list[Figure], ys: list[Figure], da: Doc, db: Doc, vote: bool = False
              ) -> list[tuple[Figure, Figure]]:
    """The pairs of one concept's values to compare: the outlets' one value each, or, when
    an outlet gives several (two parties' seats), the one value each gives one holder."""
    if len({(x.value, x.value_max) for x in xs}) == 1 and len({(y.value, y.value_max)
                                                               for y in ys}) == 1:
        return [(xs[0], ys[0])]
    by_a: dict[str, set[tuple[float, float | None]]] = defaultdict(set)
    by_b: dict[str, set[tuple[float, float | None]]] = defaultdict(set)
    first: dict[tuple[int, str], Figure] = {}
    for side, figs, doc, by in ((0, xs, da, by_a), (1, ys, db, by_b)):
        for f in figs:
            h = _holder(doc, f, vote)
            by[h].add((f.value, f.value_max))
            first.setdefault((side, h), f)
    pairs = [(first[(0, h)], first[(1, h)]) for h in sorted(by_a.keys() & by_b.keys())
             if h and len(by_a[h]) == 1 and len(by_b[h]) == 1]
    if not pairs and vote:
        # "the former health secretary received 54.2%" (no name: one majority) / "Ferraz
        # had 51.9% … against 48.1% for Bastos": a lone majority is the winner's
        for lone_side, many, flip in ((xs, ys, False), (ys, xs, True)):
            lone_values = {(f.value, f.value_max) for f in lone_side}
            winners = [f for f in many if f.value > 50 and f.value_max is None]
            if (len(lone_values) == 1 and lone_side[0].value > 50
                    and lone_side[0].value_max is None
                    and len({w.value for w in winners}) == 1):
                pair = (lone_side[0], winners[0])
                return [(pair[1], pair[0]) if flip else pair]
    return pairs


def _leftover(xs: list[Figure], ys: list[Figure]) -> tuple[Figure, Figure] | None:
    """Two outlets' results of one vote, as many each, all but one the same ("Lee took
    49.4%, … Kim 41.2%" / "the Democratic Party candidate won 50.4 per cent, against 41.2
    per cent for Kim"): the results told alike are one holder's each, so the one left on
    each side is the remaining holder's, however each outlet names them (a candidate, a
    party). So with a fine's sums: the lower court's told alike, the one reinstated is left."""
    va = {(x.value, x.value_max) for x in xs}
    vb = {(y.value, y.value_max) for y in ys}
    if len(va) != len(vb) or len(va) < 2 or len(va & vb) != len(va) - 1:
        return None
    (a,) = va - vb
    (b,) = vb - va
    return (next(x for x in xs if (x.value, x.value_max) == a),
            next(y for y in ys if (y.value, y.value_max) == b))


# Groups of concepts that are shown, bounded and held alike.
_IN_POINTS = frozenset({"winning margin", "change in share"})
_SUMS = frozenset({"court's award", "fine", "bond purchases", "bond sales", "refunds"})
_SPANS = frozenset({"extension", "pause", "prison sentence"})  # shown as written
_VOTE_RESULTS = frozenset({"winner's share", "seats won", "winning margin"})
# Concepts of which two outlets giving as many values, all but one alike, disagree on the
# one left: a vote's results, or a fine's sums ("the $4.2 million the lower court set" in
# both, "$18.6 million" / "$16.8 million" reinstated).
_LEFTOVER = _VOTE_RESULTS | {"fine", "court's award"}
# Concepts whose two values may lie ``margin_ratio`` apart (not ``share_ratio``).
_WIDE = _SPANS | _IN_POINTS | (_SUMS - {"court's award"}) | {
    "new tariff", "margin in votes",
    # small rates: "1.8%" / "1.3%" is a ratio of 1.4, one forecast told two ways
    "inflation forecast", "growth forecast", "inflation rate"}


def _shown(f: Figure, concept: str) -> str:
    if concept in _IN_POINTS:
        return f"{format_value(f.value, '', f.bound)} points"
    if concept == "bench size":
        return f"{format_value(f.value, '', f.bound).strip()} judges"
    if concept == "seats won":
        return format_value(f.value, "seats", f.bound)
    if concept == "margin in votes":
        return format_value(f.value, "votes", f.bound)
    if concept in _SUMS:
        return format_value(f.value, f.unit, f.bound)
    if concept in _SPANS:
        return f.text
    if concept == "vote split":
        return format_value(f.value, "votes", f.bound, f.value_max)
    return format_value(f.value, "%", f.bound, f.value_max)


def _stage_order(stage: str | None) -> tuple[bool, str]:
    return stage is not None, stage or ""


def _in_sentence(doc: Doc, f: Figure, other: Figure) -> bool:
    """Does the figure's sentence also give the other outlet's value, in its unit?"""
    return any(g is not f and g.sentence == f.sentence and g.unit == other.unit
               and same_value(g, other) for g in doc.analysis.figures)


def key_number_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                         ) -> list[Discrepancy]:
    """Two outlets giving one of a story's key numbers differently; see the module's rules."""
    # Results of a count still going on compare only with results at the same stage
    # ("with more than 90% of ballots counted" / "with over 90 percent of the votes
    # tallied"); a final result with a final one.
    told: dict[tuple[int, str, str | None], list[Figure]] = defaultdict(list)
    stages: dict[str, set[str | None]] = defaultdict(set)
    halves = lost_halves([d.article.text for d in docs])
    # an undated report's "next year" is read against the year of the story's dated ones
    years = Counter(d.published_at.year for d in docs if d.published_at)
    story_year = years.most_common(1)[0][0] if years else None
    for d in docs:
        if not d.independent:
            continue
        for f in _with_ranges(d):
            if garbled_at(d.article.text, f.start, f.end, halves):
                continue  # "41 / 2 months" read as 2 months (a half lost in copying)
            concept = _concept(d, f)
            if concept is not None and not the_stage(d, f):
                stage = count_stage(d, f)
                if concept.endswith("forecast"):
                    # a forecast's year is its stage: "for this year: 1.5%" is not the
                    # forecast "for 2026" (two forecasts), nor one of another forecaster
                    said = d.sentence_text(f.sentence)
                    s = d.sentence(f.sentence)
                    first, last = (s.start, s.end) if s is not None else (0, len(d.article.text))
                    year_now = d.published_at.year if d.published_at else story_year
                    year = (figure_year(d.article.text, f.start, f.end, first, last, year_now)
                            or forecast_year(said, year_now))
                    stage = " ".join([*sorted(forecasters(said)), year]).strip() or None
                told[(d.order, concept, stage)].append(f)
                stages[concept].add(stage)
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for da, db in outlet_pairs(docs):
        ta, tb = da.published_at, db.published_at
        if ta and tb and abs((ta - tb).total_seconds()) > options.statement_apart_days * 86400:
            continue
        for concept, stage in ((c, st) for c in _CONCEPTS
                               for st in sorted(stages.get(c, ()), key=_stage_order)):
            xs = told.get((da.order, concept, stage), [])
            ys = told.get((db.order, concept, stage), [])
            pairs = _one_each(xs, ys, da, db, concept in _VOTE_RESULTS) if xs and ys else []
            leftover = None
            if concept in _LEFTOVER and all(
                    (a.value, a.value_max) == (b.value, b.value_max) for a, b in pairs):
                leftover = _leftover(xs, ys)  # (the pairs held alike agree: the rest?)
                pairs = [leftover] if leftover else pairs
            if len(pairs) != 1:
                continue
            a, b = pairs[0]
            if stage is not None and two_days(da, db):
                continue  # a count still going on, told on two days: two moments
            if concept in ("new tariff", "new rate") and (
                    _in_sentence(da, a, b) or _in_sentence(db, b, a)):
                continue  # the other's level told beside this one: "cut the fentanyl duty
                # from 20 per cent to 10 per cent, taking the tariff down to 20 per cent" /
                # "lower the extra tariff to 20%": two duties
            if concept == "new tariff" and other_targets(da, a, db, b):
                continue  # Washington's tariff on China's goods and Beijing's on America's
            if concept in _ONE_ECONOMY and other_countries(da, a, db, b):
                continue  # "Austrian inflation stood at 2.9%" / "Euro zone inflation slowed
                # to 1.7%": two places' measures (not a deal's terms, told of either side)
            if concept in ("winner's share", "seats won") and leftover is None:
                ha, hb = share_holders(da, a), share_holders(db, b)
                if ha and hb and not ha & hb:
                    continue  # "Labour … 28.0%" / "the Progress Party … 23.8%": two parties
            if concept in seen or ((a.value, a.value_max) == (b.value, b.value_max)
                                   and (a.unit == b.unit or a.kind != "money")):
                continue
            if (a.kind == "money" and a.unit != b.unit and concept == "fine"
                    and abs(a.value - b.value) <= 0.005 * max(a.value, b.value)
                    and concept not in seen and not different_times(da, a, db, b)):
                # "a €2.42 billion fine" / "the $2.42 billion penalty": one sum, two
                # currencies (a slip: a conversion would change the number)
                seen.add(concept)
                shown = [format_value(f.value, f.unit, f.bound) for f in (a, b)]
                out.append(two_outlets(
                    "figure", "the currency of the fine", (da, a.sentence, shown[0]),
                    (db, b.sentence, shown[1]),
                    f"Outlets give the fine in different currencies: {shown[0]} vs {shown[1]}."))
                continue
            if (a.kind == "money" and a.unit != b.unit) or different_times(da, a, db, b):
                continue  # two currencies, or told of two days: two votes, two verdicts
            if compatible_values(a, b, options.about_slack):
                continue  # "about 50%" is the 50.4%; "more than 60%" holds 62%
            lo, hi = sorted((a.value, b.value))
            limit = (options.margin_ratio if concept in _WIDE else options.turnout_ratio
                     if concept == "turnout" else options.share_ratio)
            if concept in _SPANS and a.unit.rstrip("s") != b.unit.rstrip("s"):
                continue  # "90 days" / "three months": one window, told in two units
            if concept == "vote split":
                if len({(x.value, x.value_max) for x in xs}) > 1 or len(
                        {(y.value, y.value_max) for y in ys}) > 1:
                    continue  # an outlet telling two splits tells two votes ("ruled 9-0
                    # that … then divided 6-3 on the main question")
                limit = float("inf")  # "9-0" / "5-4": one ruling's split, however far apart
            if concept == "bench size":
                limit = float("inf")  # one bench ruled: "five-judge" / "three-judge"
            if hi / lo > limit and not transposed(a, b):
                continue  # (two digits swapped are a slip however far apart: 14,000 / 41,000)
            seen.add(concept)
            shown = [_shown(f, concept) for f in (a, b)]
            out.append(two_outlets(
                "figure", f"the {concept}", (da, a.sentence, shown[0]), (db, b.sentence, shown[1]),
                f"Outlets give the {concept} differently: {shown[0]} vs {shown[1]}."))
    return out
