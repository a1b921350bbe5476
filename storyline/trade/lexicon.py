"""The words of the trade lens: instrument triggers, action cues, products, legal bases.

Every pattern is matched case-insensitively against one sentence. Written against the
development part of the evaluation set (storyline/trade/evalset/) and our own example
stories only.
"""

from __future__ import annotations

import re


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_W = r"(?:[\w'’-]+\s+)"  # one word and its space

# (instrument, pattern) in priority order: when a sentence has several triggers, the first
# instrument listed wins (an "anti-dumping investigation" is an investigation).
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("investigation", _c(r"\b(?:investigations?|probes?|inquir(?:y|ies))\b")),
    ("sanction", _c(r"\bsanctions?\b|\bunreliable entity list\b|\basset freezes?\b")),
    ("export control", _c(
        r"\bexport[- ](?:controls?|restrictions?|curbs?|bans?|limits?|rules)\b"
        r"|\b(?:controls?|restrictions?|curbs?|limits?|bans?)\s+on\s+(?:the\s+)?"
        rf"{_W}{{0,4}}?(?:exports?|shipments?|sales)\b"
        r"|\b(?:ban(?:ned|s|ning)?|restrict(?:ed|s|ing)?|bar(?:red|s|ring)?|halt(?:ed|s)?)\s+"
        rf"(?:the\s+)?{_W}{{0,2}}?(?:exports?|shipments?|sales)\b"
        r"|\bfrom exporting\b|\bexport control list\b|\bEntity List\b"
        r"|\bexport (?:enforcement|measures)\b|\btrade controls\b"
        r"|\bchip (?:rules|controls|curbs)\b"
        r"|\brestrictions?\s+on\s+(?:advanced\s+)?(?:semiconductors?|chips?|chipmaking|AI)\b"
    )),
    # Licences and permits of trade only ("a licensing board capped commissions" is not).
    ("licensing", _c(
        r"\b(?:export|import)[- ]licen[cs](?:e|es|ing)\b|\blicen[cs](?:e|ing)[- ](?:requirements?"
        r"|regimes?|rules?)\b|\b(?:licen[cs]es?|permits?)\b[^.;]{0,40}?\b(?:exports?|imports?"
        r"|shipments?|sales|exporters?|importers?)\b|\b(?:exports?|imports?|shipments?|sales"
        r"|exporters?|importers?)\b[^.;]{0,40}?\b(?:licen[cs]es?|permits?)\b"
    )),
    ("import restriction", _c(
        r"\bimport[- ](?:bans?|restrictions?|curbs?|quotas?|limits?)\b"
        r"|\b(?:bans?|restrictions?|curbs?|quotas?|limits?)\s+on\s+(?:the\s+)?"
        rf"{_W}{{0,4}}?imports?\b"
        r"|\b(?:suspend(?:ed|s)?|halt(?:ed|s)?|ban(?:ned|s)?|resum(?:e|ed|es))\s+"
        rf"(?:the\s+)?(?:{_W}{{0,2}}?)imports?\b"
        r"|\bimports?\s+(?:of\s+)?" + rf"{_W}{{0,3}}?" + r"(?:remain\s+)?barred\b"
        r"|\bde minimis\b|\bduty-free treatment\b|\bsafeguard\b"
    )),
    ("tariff", _c(
        r"\b(?:counter-)?tariffs?\b|\bdut(?:y|ies)\b(?!-free)|\blev(?:y|ies)\b"
        r"|\b(?:anti-dumping|countervailing|anti-subsidy)\b"
        r"|\b(?:cash )?deposits? on\b|\bretaliation\b"
    )),
    ("import restriction", _c(r"\bquotas?\b")),
    ("subsidy", _c(r"\bsubsid(?:y|ies)\b|\btax credits?\b|\bstate aid\b")),
    ("procurement", _c(r"\bprocurement\b|\bBuy American\b")),
    ("other", _c(r"\bport fees\b|\bfees on\b")),
]

# Priority classes for choosing the action of a sentence: a specific event word beats a
# change verb beats a generic "imposed"/"announced" at the same distance.
_SPECIFIC, _CHANGE, _GENERIC, _WEAK, _NOUN = 0, 25, 45, 70, 400

ACTIONS: list[tuple[str, int, re.Pattern[str]]] = [
    ("threatened", _SPECIFIC, _c(r"\bthreaten(?:s|ed|ing)?\b")),
    ("ruled unlawful", _SPECIFIC, _c(
        r"\b(?:ruled|found|declared|held)\b[^.;]{0,160}?\b(?:unlawful|illegal|unconstitutional"
        r"|invalid)\b|\bstr(?:uck|ikes?) down\b|\binvalidat\w+|\bblock(?:ed|s)\b"
        r"|\bexceeded? (?:his|her|its|the) (?:president's )?authority\b")),
    ("upheld", _SPECIFIC, _c(
        r"\buph(?:eld|old|olds)\b|\bstay(?:ed)? the (?:ruling|decision|order|judgment)\b"
        r"|\b(?:continue|keep) collecting\b|\b(?:stay|stays|remain|remains) in (?:place|force)\b"
        r"|\bleft in place\b|\bkeep paying\b")),
    ("takes effect", _SPECIFIC - 10, _c(
        r"\b(?:took|take|takes|taking) effect\b|\bc(?:a|o)me into (?:force|effect)\b"
        r"|\bcomes into (?:force|effect)\b|\bent(?:er|ered|ers) into force\b"
        r"|\bbeg(?:an|ins?) (?:charging|applying|collecting)\b|\bkick(?:ed|s)? in\b"
        r"|\bappl(?:y|ies) retroactively\b")),
    ("expires", _SPECIFIC, _c(r"\bexpir(?:e|es|ed|ing)\b|\bruns? out\b|\blaps(?:e|es|ed)\b")),
    ("extended", _SPECIFIC - 20, _c(
        r"\bextend(?:s|ed|ing)?\b|\bprolong\w*|\brenew(?:s|ed)?\b|\b(?:for|by) another\b"
        r"|\bwould now run until\b")),
    ("deferred", _SPECIFIC, _c(
        r"\bdela(?:y|yed|ys)\b|\bdefer(?:s|red)?\b|\bpostpon\w+|\bpushed back\b")),
    ("suspended", _SPECIFIC, _c(
        r"\bsuspend(?:s|ed|ing)?\b|\bpaus(?:ed|ing)\b|\bput (?:\w+ ){0,4}on hold\b"
        r"|\bhalt(?:s|ed)\b")),
    # a truce or pause named as a state, not an act: only when no verb says what happened
    ("suspended", _NOUN, _c(r"\bpauses?\b|\bon hold\b|\btruce\b|\bsuspension\b")),
    ("revoked", _CHANGE, _c(
        r"\blift(?:s|ed|ing)?\b|\bremov(?:e|ed|es|ing)\b|\bscrap(?:s|ped)?\b|\brevok\w+"
        r"|\bwithdr(?:ew|awn|aw|aws)\b|\bend(?:s|ed)\b|\bending\b|\bdrop(?:s|ped)?\b"
        r"|\broll(?:ed|s|ing)? back\b|\brepeal\w*|\babolish\w*|\bterminat\w+")),
    ("cut", _CHANGE, _c(
        r"\bcut(?:s|ting)?\b|\blower(?:s|ed|ing)?\b|\breduc(?:e|ed|es|ing)\b"
        r"|\beas(?:e|ed|es|ing)\b|\bhalv(?:e|ed|es)\b|\bslash\w*|\bfell to\b|\bdown from\b"
        r"|\brelax\w*|\bexemptions?\b|\bexempt(?:ed|s)?\b|\bresum(?:e|ed|es)\b"
        r"|\binstead of\b")),
    ("raised", _CHANGE, _c(
        r"\brais(?:e|ed|es|ing)\b|\bincreas(?:e|ed|es|ing)\b|\bhik(?:e|ed|es|ing)\b"
        r"|\bdoubl(?:e|ed|es|ing)\b|\btighten\w*|\bexpand\w*|\brose\b|\brise\b|\bsoar\w*")),
    ("imposed", _GENERIC, _c(
        r"\bimpos(?:e|ed|es|ing)\b|\bslap(?:s|ped)?\b|\bintroduc\w+|\badopt(?:s|ed)?\b"
        r"|\bbann(?:ed|ing)\b|\bbans\b|\bbar(?:s|red|ring)?\b|\brestrict(?:s|ed|ing)?\b"
        r"|\bhit with\b|\bfac(?:e|es|ing)\b|\brequir(?:e|es|ed|ing)\b|\bneed\b"
        r"|\badd(?:ed|s|ing)?\b[^.;]{0,60}?\bto (?:its|the) [\w ]{0,20}?list\b"
        r"|\bplac(?:e|ed|es) restrictions\b|\bcharg(?:e|es|ed|ing)\b")),
    ("announced", _WEAK, _c(
        r"\bannounc\w+|\bpropos(?:e|ed|es|al)\b|\bunveil\w*|\bplan(?:s|ned)? to\b"
        r"|\bapprov\w+|\blaunch\w*|\bopen(?:ed|s)?\b|\bconfirm\w*|\binitiat\w+"
        r"|\bset (?:preliminary|provisional|definitive)\b")),
    ("other", _WEAK, _c(r"\bheard arguments\b|\bhearing\b")),
]

FUTURE = _c(r"\b(?:will|would|shall|plans? to|is to|are to|set to|going to)\s+(?:\w+\s+)?$")
TENTATIVE = _c(
    r"\b(?:may|might|could|must|ready to|prepared to|would consider|consider(?:s|ing)?|likely"
    r"|bet(?:s|ting)? that|expect(?:s|ed)? (?:that|to)|hop(?:e|es|ed|ing) (?:that|to)"
    r"|signal(?:l)?ed|hinted|once|if|unless|offer(?:ed|s)? to|open to)\b")
# "Beijing wants the U.S. to drop …": the one asked to act is the one whose measure it is.
ASKED = _c(r"\b(?:wants?|wanted|urg(?:e|es|ed|ing)|ask(?:s|ed)?|press(?:es|ed)?|call(?:s|ed)? on"
           r"|push(?:es|ed)?)\s+(?:the\s+)?$")
MUTUAL = _c(r"\b(?:both (?:sides|countries|governments|nations)|the two (?:sides|countries|"
            r"governments)|each other(?:['’]s)?|mutual(?:ly)?|reciprocal)\b")

# Cues before a date: when it takes effect, when it runs out.
EFFECTIVE_CUE = _c(r"\b(?:from|starting|effective|as of|beginning|retroactively from"
                   r"|applies from|take effect on|takes effect on)\s+(?:on\s+)?$")
UNTIL_CUE = _c(r"\b(?:until|till|through|expir\w* on|runs? until|to run until|"
               r"in place until)\s+$")

PERCENT = r"(?:(?:more than|over|above|up to|about|around|nearly|almost|at least)\s+)?" \
          r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
AMOUNT = r"(?:[$€£¥]|C\$|US\$)\s?\d+(?:\.\d+)?(?:\s(?:billion|million|trillion|bn|m))?" \
         r"|\d+(?:\.\d+)?\s(?:million|billion)\s(?:tonnes|tons|barrels|euros|dollars|yuan)"
VALUE = _c(rf"(?:{PERCENT}|{AMOUNT})")
FROM_TO = _c(rf"(?P<lead>ranging\s+|between\s+)?\bfrom\s+(?P<prev>{PERCENT}|{AMOUNT})"
             rf"\s+(?:to|and)\s+(?P<val>{PERCENT}|{AMOUNT})")
INSTEAD = _c(rf"(?P<val>{PERCENT})\s+instead of\s+(?P<prev>{PERCENT})")
DOWN_FROM = _c(rf"\bdown from (?:the\s+)?(?P<prev>{PERCENT})")
TO_VALUE = _c(rf"\bto\s+(?P<val>{PERCENT})")
QUANTITY = _c(rf"\b(?:quota of|worth|on)\s+(?P<val>{AMOUNT})")

LEGAL_BASES: list[tuple[re.Pattern[str], str | None]] = [
    (_c(r"\bSection\s+\d{3}(?:\s+of the [A-Z][\w ]+? Act(?: of \d{4})?)?"), None),
    (_c(r"\bIEEPA\b|\bInternational Emergency Economic Powers Act\b"), "IEEPA"),
    (_c(r"\bTrade Expansion Act\b"), "Section 232"),
    (_c(r"\bExport Administration Regulations\b|\bForeign Direct Product Rule\b"), None),
    (_c(r"\b(?:Announcement|Order|Decree|Regulation)\s+No\.?\s*\d+(?:/\d+)?"), None),
    (_c(r"\banti-subsidy regulation\b|\banti-dumping regulation\b|\bsafeguard regulation\b"),
     None),
    (_c(r"\bnational security grounds\b"), "national security"),
]

# A legal basis that says whose measure it is.
BASIS_JURISDICTION = {"IEEPA": "United States", "Section 232": "United States",
                      "Section 301": "United States", "Section 201": "United States",
                      "Section 122": "United States"}
US_ONLY = _c(r"\b(?:Entity List|Buy American|de minimis|Court of International Trade"
             r"|federal (?:trade|appeals) court|Federal Circuit|IEEPA)\b")

PRODUCT_WORDS = (
    r"(?:rare[- ]earth(?:s| elements| minerals| magnets| exports)?|(?:advanced |AI |memory )?"
    r"(?:semiconductors?|chips?)|chipmaking equipment|gallium|germanium|graphite|antimony"
    r"|lithium|cobalt|nickel(?: ore)?|bauxite|steel(?: plates)?|alumini?um|copper"
    r"|soybeans|pork|beef|barley|wine|brandy|canola(?: seed)?|rice|wheat|corn|sugar|seafood"
    r"|lumber|softwood lumber|solar panels|batter(?:y|ies)|(?:battery-)?electric (?:cars|vehicles)"
    r"|EVs|cars|autos?|vehicles|auto parts|pharmaceuticals|drugs|aircraft|smartphones"
    r"|drones|tomatoes|almonds|apples|tobacco|alcohol|oil(?: products)?|gas|fertili[sz]ers?"
    r"|critical minerals|magnets|ships|vessels|machinery|textiles|parcels)")
PRODUCT_TERMS = _c(rf"\b{PRODUCT_WORDS}\b")
PRODUCT_AFTER = _c(
    r"\b(?:on|of|for)\s+(?:the\s+)?(?:imports?\s+of\s+|exports?\s+of\s+|shipments?\s+of\s+)?"
    r"(?P<p>(?:[\w-]+\s+){0,3}?[\w-]+?)"
    r"(?=\s+(?:from|made|to|worth|for|in|into|and|imported|starting|effective|on|by|until"
    r"|as|while|after|under|because|if|with|that|which|at)\b|[,.;]|$)")
GENERIC_PRODUCTS = {"goods", "products", "imports", "exports", "shipments", "items", "trade"}
NOT_PRODUCTS = _c(
    r"^(?:the|a|an|its|their|his|her|all|some|most|more|other|another|this|that|these|those"
    r"|of|in|on|to|each|every|\d[\d.,%]*|percent|one|two|three|four|five|six|seven|eight|nine|ten|trillion"
    r"|quota|rates?|won|yuan|highest|new|higher|lower|retaliatory|additional|punitive"
    r"|but|also|not|only|schedule|basis|industry|dumping|earlier|later|track|course|many"
    r"|provisional|definitive|condition|conditions|request|talks|part|account"
    r"|tariffs?|duties|levies|sanctions|controls?|restrictions?"
    r"|bans?|licen[cs]es?|permits?|countries|companies|firms|years?|months?|days?|weeks?"
    r"|time|talks|ruling|case|review|friday|monday|tuesday|wednesday|thursday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|grounds|behalf|hold|place|force|effect|top|average|dollars?|euros?|billion|million"
    r"|trade|agreement|deal|truce|framework)\b", )

MAST = {
    "export control": "P", "licensing": "E", "import restriction": "E", "subsidy": "L",
    "procurement": "M",
}
CONTINGENT = _c(r"\b(?:anti-dumping|countervailing|anti-subsidy|safeguard)\b")
