"""Figures: numbers in article text with their unit, scale, bound and the thing measured.

"tariffs of more than 100%" -> value 100, unit "%", kind "percent", bound ">", about
"tariffs"; "$50bn" -> 5e10 USD; "a 90-day tariff suspension" -> 90 day (duration) about
"tariff suspension"; "Thirty of the 90 days" -> 30 day. A regex grammar finds the numbers;
what they measure comes from the dependency parse when a spaCy ``doc`` of the same text is
given, else from the words around them. Dates, years, list numbers and names with numbers
("Section 301", "COVID-19") are not figures.
"""

from __future__ import annotations

import bisect
import logging
import re
from typing import Any

from storyline.nlp.figures_about import about_from_doc, about_from_text
from storyline.nlp.time import find_times
from storyline.nlp.time_grammar import NUM_WORD, SMALL_VALUES, parse_number
from storyline.records import Figure, Sentence

log = logging.getLogger(__name__)

__all__ = ["extract_figures"]

# A half after a whole number: "four and a half", "four-and-a-half", "4 1/2", "4½".
_HALF = r"(?:[-\s]and[-\s]a[-\s]half\b|\s1/2(?![\d/])|½)"
_NUMBER = (rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUM_WORD}){_HALF}?"
           r"|\.\d+)")
_SCALE = (
    r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|trn|tn|lakh\s+crores?|crores?|"
    r"lakhs?|[kKmMbB](?![a-zA-Z]))"
)
# ISO 4217 codes written before an amount, beyond those listed with their symbols.
_ISO_CODE_TEXT = (
    "AED SAR QAR OMR KWD BHD JOD LBP ILS TRY CHF SEK NOK DKK ISK PLN CZK HUF RON BGN RSD UAH "
    "RUB KZT UZS VND KHR MMK LAK SGD HKD TWD NZD AUD CAD MAD DZD TND GHS XOF XAF ETB TZS UGX "
    "RWF ZMW MWK MZN NAD BWP ARS CLP PEN UYU BOB PYG LKR NPR BDT GEL AMD AZN IRR IQD")
_ISO_CODES = frozenset(_ISO_CODE_TEXT.split())
_CUR_PREFIX = (
    r"(?:US\$|USD\s?|C\$|A\$|HK\$|NZ\$|S\$|R\$|\$|€|EUR\s?|£|GBP\s?|¥|RMB\s?|CNY\s?|JPY\s?|"
    r"₹|Rs\.?\s?|Rp\.?\s?|RM\s?|NT\$|KSh\s?|₱|₦|₩|₺|"
    r"(?:IDR|INR|BRL|ZAR|KES|NGN|MXN|PHP|KRW|MYR|THB|EGP|PKR)\s?|"
    # other currencies' codes, in capitals only ("AED 412.6 million", "SEK 14bn"), and the
    # dirham's "Dh"/"Dhs" ("Dh421.6 million")
    r"(?-i:" + "|".join(sorted(_ISO_CODES)) + r")\s?|(?-i:Dhs?)\s?)"
)
_CUR_WORD = (
    r"(?:(?:US|U\.S\.|Canadian|Australian|Hong\s+Kong|Singapore)\s+dollars?|dollars?|euros?|"
    r"pounds?(?:\s+sterling)?|sterling|yuan|renminbi|RMB|yen|rupees?|(?:Swiss\s+)?francs?|"
    r"roubles?|rubles?|pesos?|rupiah|ringgit|naira|rand|(?:Kenyan\s+)?shillings|lira|baht|"
    r"reais|cedis?|dirhams?|riyals?|taka|dong|riels?|kyats?|tenge|zloty(?:s|ch)?|korun(?:a|y)|"
    r"forints?|lei|shekels?|hryvnias?|kwacha|meticais|birr|"
    r"won(?=\s*(?:[.,;)]|$|\s+(?:in|a|per|of|for|to)\b)))"
)
_PERCENT = (
    # ("3.2pc", as some British outlets write it; "25bps", "a 25bp cut": basis points)
    # (hyphened as a modifier: "a 25-basis-point cut", "a 0.25-percentage-point cut")
    r"(?:%|[\s-]?percent(?:age[\s-]+points?)?|\s?per\s+cent|\s?pct|"
    r"[\s-]?percentage[\s-]+points?|[\s-]?basis[\s-]+points?|pc\b|\s?bps?\b)"
)
_BOUND = (
    r"(?:more\s+than|greater\s+than|higher\s+than|in\s+excess\s+of|upwards\s+of|exceeding|"
    r"above|over|at\s+least|no\s+less\s+than|a\s+minimum\s+of|less\s+than|fewer\s+than|"
    r"lower\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|as\s+much\s+as|as\s+many\s+as|"
    r"a\s+maximum\s+of|nearly|almost|about|around|approximately|roughly|some|an\s+estimated|"
    r"close\s+to|just\s+under|just\s+over|just\s+above|just\s+below|between|from|"
    r"(?:a\s+little|slightly)\s+(?:over|more\s+than|under|less\s+than))"
)
_BOUND_SIGN = {
    "more than": ">", "greater than": ">", "higher than": ">", "in excess of": ">",
    "upwards of": ">", "exceeding": ">", "above": ">", "over": ">", "just over": ">",
    "just above": ">", "at least": ">=", "no less than": ">=", "a minimum of": ">=",
    "less than": "<", "fewer than": "<", "lower than": "<", "under": "<", "below": "<",
    "just under": "<", "just below": "<", "up to": "<=", "at most": "<=",
    "no more than": "<=", "as much as": "<=", "as many as": "<=", "a maximum of": "<=",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "approximately": "~",
    "roughly": "~", "some": "~", "an estimated": "~", "close to": "~",
    "a little over": ">", "a little more than": ">", "slightly over": ">",
    "slightly more than": ">", "a little under": "<", "a little less than": "<",
    "slightly under": "<", "slightly less than": "<",
}  # fmt: skip
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trn": 1e12,
           "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
           "lakh crore": 1e12, "lakh crores": 1e12}  # fmt: skip
_CURRENCY = {"us$": "USD", "usd": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
             "nz$": "NZD", "s$": "SGD", "r$": "BRL", "€": "EUR", "eur": "EUR", "£": "GBP",
             "gbp": "GBP", "¥": "JPY", "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "₹": "INR",
             "rs": "INR", "rs.": "INR", "dollar": "USD", "us dollar": "USD",
             "u.s. dollar": "USD", "canadian dollar": "CAD", "australian dollar": "AUD",
             "hong kong dollar": "HKD", "singapore dollar": "SGD", "euro": "EUR",
             "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP", "yuan": "CNY",
             "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "franc": "CHF",
             "swiss franc": "CHF", "rouble": "RUB", "ruble": "RUB", "peso": "MXN",
             "won": "KRW", "rp": "IDR", "rp.": "IDR", "rm": "MYR", "nt$": "TWD",
             "ksh": "KES", "₱": "PHP", "₦": "NGN", "₩": "KRW", "₺": "TRY", "idr": "IDR",
             "inr": "INR", "brl": "BRL", "zar": "ZAR", "kes": "KES", "ngn": "NGN",
             "mxn": "MXN", "php": "PHP", "krw": "KRW", "myr": "MYR",
             "thb": "THB", "egp": "EGP", "pkr": "PKR", "rupiah": "IDR", "ringgit": "MYR",
             "naira": "NGN", "rand": "ZAR", "shilling": "KES", "kenyan shilling": "KES",
             "lira": "TRY", "baht": "THB", "reais": "BRL", "cedi": "GHS", "dirham": "AED",
             "riyal": "SAR", "taka": "BDT", "dh": "AED", "dhs": "AED", "dong": "VND",
             "riel": "KHR", "kyat": "MMK", "tenge": "KZT", "zloty": "PLN", "zlotych": "PLN",
             "koruna": "CZK", "koruny": "CZK", "forint": "HUF", "lei": "RON", "shekel": "ILS",
             "hryvnia": "UAH", "kwacha": "ZMW", "meticais": "MZN", "birr": "ETB",
             **{code.lower(): code for code in _ISO_CODES}}  # fmt: skip
_DURATION_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "quarter",
                   "year", "decade", "century"}  # fmt: skip



def _amount(p: str) -> str:
    """An amount with optional currency and scale; group names prefixed with ``p``."""
    return (
        f"(?P<{p}cur>{_CUR_PREFIX})?\\s*(?P<{p}num>{_NUMBER})"
        f"(?:\\s*-?\\s*(?P<{p}scale>{_SCALE}))?"
    )


_FIGURE = re.compile(
    rf"(?<![\w.,$€£¥/-])(?:(?P<bound>{_BOUND})\s+)?"
    + _amount("a")
    + rf"(?:\s*(?P<pct1>{_PERCENT}))?"
    + r"(?:\s*(?P<join>-|–|to|and)\s*"
    + _amount("b")
    + r")?"
    + rf"(?:\s*(?P<pct>{_PERCENT})|\s+(?P<curword>{_CUR_WORD}))?"
    + r"(?P<plus>\+|-plus|\s+or\s+more)?",
    re.IGNORECASE,
)
# ("24 methane-burning Gale engines": a name may stand between the modifier and the noun)
_COMPOUND_MODIFIER = re.compile(
    r"\s+(?P<mod>[a-z]+(?:-[a-z]+)+)\s+(?:[A-Z][a-z]+\s+)?(?P<w>[a-z]{3,})\b")
_NEXT_WORD = re.compile(r"(?:\s*-\s*|\s+)(?P<w>[A-Za-z][a-z]+)")
_PARTITIVE = re.compile(
    rf"\s+of\s+(?:the|those|these|its|their|his|her|our|that)\s+(?:[a-z]+['’]s\s+)?"
    rf"(?:(?P<n>{_NUMBER})\s+)?(?:[a-z]+\s+)??(?P<w>[a-z]+)\b(?P<more>(?:\s+[a-z]+){{0,2}})",
    re.IGNORECASE,
)
# Words that follow a number without being what it counts.
_NOT_UNITS = {
    "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
    "the", "a", "an", "is", "was", "were", "are", "be", "been", "has", "had", "have", "that",
    "which", "who", "this", "it", "its", "their", "more", "less", "per", "percent", "times",
    "said", "says", "am", "pm", "while", "after", "before", "into", "over", "under", "would",
    "will", "could", "can", "may", "might", "should", "if", "but", "so", "also", "out", "up",
    "down", "off", "ago", "earlier", "later", "each", "apiece", "former", "other", "others",
}  # fmt: skip
_NAMING_WORDS = re.compile(r"(?:No|Nos|no|Number|#)\.?\s*$")
_LIST_ITEM = re.compile(r"(?:^|\n)\s*(?:\(?\d{1,2}[.)]|\d{1,2}\s*[-–]\s)$")


_CHANGE_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|climb\w*|jump\w*|drop\w*|increas\w*|"
    r"decreas\w*|cut|rais\w*|lower\w*|slipp?\w*|gr[eo]w\w*|gain\w*|los[ts]\w*|declin\w*|"
    r"surg\w*|plung\w*|soar\w*|tumbl\w*|edg\w*|widen\w*|narrow\w*|slid\w*|sank|sink\w*|"
    r"trimm?\w*|boost\w*|reduc\w*|hik\w*|slash\w*|up|down)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip


def _scale(word: str | None, amount_text: str) -> float:
    if not word:
        return 1.0
    w = " ".join(word.lower().split())
    # A lone "m"/"b"/"k" needs to sit right after digits ("$50bn", "€3.2m"), not after a space
    if len(w) == 1 and not re.search(r"\d$", amount_text):
        return 1.0
    return _SCALES.get(w, 1.0)


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    s = text.strip()
    if s.endswith("½"):
        s = s[:-1] + " 1/2"
    if re.fullmatch(r"[\d,]*\.?\d+", s):
        return float(s.replace(",", ""))
    return parse_number(s)


def _currency(prefix: str | None, word: str | None, after: str) -> str | None:
    if word:
        key = " ".join(word.lower().split())
        key = key[:-1] if key.endswith("s") and key[:-1] in _CURRENCY else key
        return _CURRENCY.get(key, _CURRENCY.get(key.split()[-1].rstrip("s")))
    if prefix:
        key = prefix.strip().lower()
        code = _CURRENCY.get(key)
        if code == "JPY" and re.match(r"\s*(?:yuan|renminbi)", after, re.IGNORECASE):
            return "CNY"
        return code
    return None


def _skip_number(text: str, start: int, num_start: int, m: re.Match[str]) -> bool:
    """Names and list markers that contain numbers: "Section 301", "COVID-19", "1."."""
    before = text[max(0, start - 30) : start]
    if _NAMING_WORDS.search(before) or _LIST_ITEM.search(text[max(0, start - 6) : m.end()]):
        return True
    if (re.search(r"[A-Za-z]-?$", text[max(0, num_start - 2) : num_start])
            and not m["acur"]):  # "Rp25 trillion", "KSh5bn": a currency's letters
        return True
    if re.search(r"\d\.[ \t]$", text[max(0, num_start - 3) : num_start]):
        return True  # "5. 9": a decimal split by a tokeniser, not a number of its own
    if _RATIO_BEFORE.search(text[max(0, num_start - 24) : num_start]):
        return True  # "one in five registered voters": a share, not five voters
    # (a bound word between breaks a name: "the Indian Ocean about 66 minutes after")
    word = (re.search(r"(?:^|[^.!?\n]\s)([A-Z][A-Za-z]+)\s+$", before)
            if not text[start:num_start].strip() else None)
    has_unit = m["acur"] or m["pct"] or m["pct1"] or m["curword"] or m["ascale"]
    if word and _SPAN_AFTER.match(text, m.end("anum")) and not re.match(r"\d", m["anum"]):
        return False  # "in the Indian Ocean one hour and 26 minutes after": a span, no name
    if (word and word.group(1).endswith("s") and word.group(1) not in _PLURAL_NAMES
            and _LOWER_NOUN_AFTER.match(text, m.end())):
        return False  # "gave the Liberals 169 seats": a group named, then what it got
    # "Boeing 737", "Section 301" mid-sentence
    return bool(word and not has_unit and word.group(1) not in _CAPITALISED_OK)


# The second number of a ratio ("one in five voters", "1 in 4 homes", "two out of every
# three").
_RATIO_BEFORE = re.compile(r"\b(?:one|two|three|four|five|\d{1,3})\s+(?:in|out\s+of)\s+"
                           r"(?:every\s+)?$", re.IGNORECASE)
# Capitalised plurals that name one thing, not a group ("Airlines 737 jets" is a name).
_PLURAL_NAMES = frozenset({"Airlines", "Games", "Series", "Industries", "Systems", "Sports",
                           "News", "Times", "Olympics", "Paralympics", "Nations", "States"})
# A lowercase noun right after the number ("169 seats", "12 points").
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
# A unit of time right after a number written as a word ("one hour", "two days").
_SPAN_AFTER = re.compile(r"\s+(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b",
                         re.IGNORECASE)


_CAPITALISED_OK = {"In", "On", "At", "By", "For", "Of", "About", "Over", "Some", "Nearly",
                   "Almost", "Only", "Just", "All", "After", "Before", "With", "The", "Around",
                   "Up", "Under", "Since", "From", "Between", "To", "And", "But", "More",
                   "Less", "Than", "Roughly", "Another", "Those", "These", "His", "Her",
                   "Their", "Its", "Our", "Within", "During", "Until"}  # fmt: skip


# The smaller part of a compound duration: "two hours and 35 minutes", "a year, two months".
_COMPOUND = re.compile(
    rf",?\s+(?:and\s+)?(?P<n>{_NUMBER})\s+(?P<u>minutes?|seconds?|hours?|days?|months?)\b",
    re.IGNORECASE)
_SUBUNIT = {("hour", "minute"): 60, ("minute", "second"): 60, ("day", "hour"): 24,
            ("week", "day"): 7, ("year", "month"): 12}  # fmt: skip


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") else word


# A unit written onto its number: "200ft", "3km", "50kg".
_ATTACHED_UNIT = re.compile(r"(?P<u>ft|km|cm|mm|kg|lbs?|mi)\b", re.IGNORECASE)
# A model designator between a number and its noun: "six AK-47 rifles", "two F-16 jets".
_MODEL = re.compile(r"\s+(?P<m>[A-Z]{1,4}[- ]?\d{1,4}[A-Z]?)(?=\s)")


# A word between a count and its noun saying the things come on top of others.
_FURTHER = re.compile(r"\s+(?P<w>more|further|additional)(?=\s+[a-z])", re.IGNORECASE)
# ... unless a size of each stands between ("two more quarter-point cuts"): that size is a
# figure of its own
_SIZED = re.compile(r"\s+[\w.]+-(?:point|percent|per-cent|basis)", re.IGNORECASE)


# A name of a few words, then the plural noun counted ("14,000 Pacific Gas and Electric
# customers", "500 United Nations peacekeepers", "2,000 PG&E workers").
_NAME_THEN_NOUN = re.compile(
    r"\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w&.'’-]*){0,3})"
    r"\s+(?P<w>[a-z]{3,}s)\b")


def _named_count(text: str, end: int) -> tuple[str, str, int] | None:
    """The plural noun a number counts past a name of a few words, or None."""
    m = _NAME_THEN_NOUN.match(text, end)
    if m is None or m["w"] in _NOT_UNITS:
        return None
    return m["w"], f"{m['name']} {m['w']}", m.end()


def _unit_after(text: str, end: int) -> tuple[str, str, int] | None:
    """The noun right after a number ("30 people", "90-day", "two days"): (unit, word, end)."""
    further = _FURTHER.match(text, end)
    if further and not _SIZED.match(text, further.end()):
        # "two more cuts", "three further quarter-point cuts": the noun past the word
        counted = _unit_after(text, further.end())
        return (counted[0], f"{further['w'].lower()} {counted[1]}", counted[2]) \
            if counted else None
    model = _MODEL.match(text, end)
    if model:
        noun = _NEXT_WORD.match(text, model.end())
        if noun and noun["w"].lower() not in _NOT_UNITS and (
            noun["w"].islower() or noun["w"][1:].islower()
        ):
            head = _NEXT_WORD.match(text, noun.end())
            if (head and head["w"].islower() and head["w"].endswith("s")
                    and head["w"] not in _NOT_UNITS and not noun["w"].endswith("s")):
                # "seven AK-47 assault rifles": a noun compounding the one counted
                return head["w"], f"{model['m']} {noun['w']} {head['w']}", head.end()
            return noun["w"].lower(), f"{model['m']} {noun['w']}", noun.end()
    compound = _COMPOUND_MODIFIER.match(text, end)
    if compound and compound["w"].lower() not in _NOT_UNITS:
        # "12 long-range missiles", "five rare-earth elements": a hyphened modifier, then
        # the noun counted
        return compound["w"].lower(), f"{compound['mod']} {compound['w']}", compound.end()
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt["w"].lower() == "metric":
        tons = _NEXT_WORD.match(text, nxt.end())
        if tons and tons["w"].lower() in ("ton", "tons", "tonne", "tonnes"):
            return tons["w"].lower(), f"metric {tons['w'].lower()}", tons.end()  # "metric tons"
    if nxt and nxt["w"][0].isupper():
        # "12 Chinese manufacturers": a proper adjective before the noun counted; a
        # capitalised word with no lowercase noun after it is a name ("Boeing 737" order)
        noun = _NEXT_WORD.match(text, nxt.end())
        if noun is None or not noun["w"].islower() or noun["w"] in _NOT_UNITS:
            return _named_count(text, end)
        return noun["w"], f"{nxt['w']} {noun['w']}", noun.end()
    if re.match(r"\s+[A-Z]{2,}", text[end:end + 4]):
        return _named_count(text, end)  # "14,000 PG&E customers"
    if nxt:
        word = nxt["w"].lower()
        if word in _NOT_UNITS or word.endswith("est"):
            return None  # a function word or a superlative ("the two largest")
        singular = re.sub(r"(?:ies)$", "y", word) if word.endswith("ies") else word
        if singular.endswith("s") and not singular.endswith("ss"):
            singular = singular[:-1]
        if singular in _DURATION_UNITS or word == "centuries":
            return ("century" if word.startswith("centur") else singular), word, nxt.end()
        return word, word, nxt.end()
    return None


def _bound(m: re.Match[str], has_range: bool) -> str:
    if has_range:
        return "range"
    if m["plus"]:
        return ">="
    word = " ".join((m["bound"] or "").lower().split())
    return _BOUND_SIGN.get(word, "=")


# Words before "N pounds" that make it a weight, not money ("weighing 130 pounds"), or a
# height just before it ("5-foot-8, 135 pounds", "6 feet 2 inches, 190 pounds").
_WEIGHT_CUE = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heavier|lighter|overweight|tipped\s+the\s+scales)\b"
    r"[^.;\d]{0,20}$"
    r"|\b(?:foot|feet|ft|inch|inches|tall)\b(?:\s*-?\s*\d{1,2}(?:\s*inch(?:es)?)?)?"
    r"\s*[,/]?\s*(?:and\s+)?$", re.I)
# A height's inches run into the weight when the comma has no space after it
# ("5-foot-8,135 pounds"): inches are 0-11, so the comma separates two numbers.
_HEIGHT_COMMA = re.compile(r"(\b(?:foot|feet|ft)\s*-?\s*\d{1,2}),(?=\d)", re.I)


def _descending(text: str, m: re.Match[str]) -> bool:
    """Is the second number of "A to B" / "A-B" smaller than the first, each at its scale
    ("500 million to 1.2 billion" ascends)? A range is told low to high."""
    low, high = _number(m["anum"]), _number(m["bnum"])
    if low is None or high is None:
        return False
    scale_a = _scale(m["ascale"], text[: m.end("anum")])
    scale_b = _scale(m["bscale"], text[: m.end("bnum")])
    scale_a = scale_b if scale_a == 1.0 else scale_a
    scale_b = scale_a if scale_b == 1.0 else scale_b
    return high * scale_b < low * scale_a


def _make_figure(text: str, m: re.Match[str], date_spans: list[tuple[int, int]]) -> Figure | None:
    num_start = m.start("anum")
    if any(s <= num_start < e for s, e in date_spans):
        return None
    if _skip_number(text, m.start(), num_start, m):
        return None
    value = _number(m["anum"])
    if value is None:
        return None
    is_word = not re.match(r"[\d.]", m["anum"])
    scale = _scale(m["ascale"], text[: m.end("anum")])
    bound_word = (m["bound"] or "").lower()
    join = (m["join"] or "").lower()
    # "between 10 and 15%" and "10-15%" are ranges; "from 10% to 25%", "fell 7.5% to $212"
    # and "rose 2% to 5%" are changes: two figures
    has_range = m["bnum"] is not None and bound_word != "from" and (
        join != "and" or bound_word == "between"
    )
    if has_range and join == "to" and (
        m["pct1"]
        or (m["acur"] is None) != (m["bcur"] is None)
        or _CHANGE_VERB.search(text[max(0, m.start() - 25) : m.start()])
    ):
        has_range = False
    if has_range and _descending(text, m):
        has_range = False  # "won 53.1%–46.9%": two shares of a split, not a range; "was
        # sentenced in 2024 to three years": a year and a term, not 2,024 to 3 years
    end = m.end()
    split = m["bnum"] is not None and not has_range
    if split:  # only the first amount is this figure
        end = max(m.end(g) for g in ("anum", "ascale", "pct1") if m[g] is not None)
    value_max = None
    if has_range:
        value_max = _number(m["bnum"])
        if value_max is None:
            return None
        scale_b = _scale(m["bscale"], text[: m.end("bnum")])
        if scale == 1.0 and scale_b != 1.0:
            scale = scale_b
        value_max *= scale_b if scale_b != 1.0 else scale
    value *= scale
    pct = (m["pct1"] if split else (m["pct"] or m["pct1"])) or ""
    pct = pct.strip().lower()
    cur_prefix = m["acur"] if split else (m["acur"] or m["bcur"])
    currency = _currency(cur_prefix, None if split else m["curword"], text[end : end + 12])
    weight = (currency == "GBP" and not cur_prefix and not split and bool(m["curword"])
              and "sterling" not in m["curword"].lower()
              and _WEIGHT_CUE.search(text[max(0, m.start() - 30) : m.start()]) is not None)
    unit: str
    kind: str
    about: str | None = None
    if pct:
        basis = "basis" in pct or pct in ("bp", "bps")
        unit = "pp" if "point" in pct and not basis else "%"
        if basis:
            unit, value = "pp", value / 100
            value_max = value_max / 100 if value_max is not None else None
        kind = "percent"
    elif weight:  # "weighing 130 pounds": a weight in pounds, not money
        unit, kind, about = "pound", "count", "pounds"
    elif currency:
        unit, kind = currency, "money"
    else:
        after = _unit_after(text, end)
        attached = _ATTACHED_UNIT.match(text, end)
        if (after is None and not split and m["ascale"] == "m" and not m["acur"]
                and m.end("anum") == m.start("ascale")):
            # "fell about 600m while climbing": metres ("5m people" counts people)
            value, scale, attached = value / scale, 1.0, None
            after = ("metres", "metres", end)
        elif after is None and attached is not None and scale == 1.0:
            after = (attached["u"].lower(), attached["u"].lower(), attached.end())  # "200ft"
        partitive = _PARTITIVE.match(text, end) if after is None else None
        if after is not None and after[1] in _FRACTIONS and "-" in text[m.end("anum") : end + 2]:
            # "two-thirds of the delegates": a share, written as a percentage
            value = 100 * value / _FRACTIONS[after[1]]
            unit, kind, end = "%", "percent", after[2]
        elif after is not None:
            unit, word, end = after
            kind = "duration" if unit in _DURATION_UNITS else "count"
            about = word if kind == "count" else None
            part = _COMPOUND.match(text, end) if kind == "duration" else None
            if part is not None and (unit, _singular(part["u"])) in _SUBUNIT:
                # "two hours and 35 minutes": one duration, in the larger unit
                small = _number(part["n"])
                if small is not None:
                    value += small / _SUBUNIT[(unit, _singular(part["u"]))]
                    end = part.end()
        elif partitive is not None:
            word = partitive["w"].lower()
            if not word.endswith("s"):
                # "32 of the booster's 33 Raptor engines", "two of the Chinese negotiators":
                # the whole's plural noun, past a name before it
                following = partitive["more"].lower().split()[:2 if partitive["n"] else 1]
                word = next((w for w in following if w.endswith("s") and len(w) > 3), word)
            unit = word[:-1] if word.endswith("s") else word
            kind = "duration" if unit in _DURATION_UNITS else "count"
            about = word
        elif _MAJORITY_OF.search(text, max(0, m.start() - 30), m.start()) and not is_word:
            unit, kind, about = "votes", "count", "majority"  # "won with a majority of 2,432"
        else:
            if is_word or scale == 1.0:
                return None  # a bare number measures nothing we can name
            unit, kind = "", "count"
        if is_word and value == 1 and kind == "count":
            return None  # "one" is mostly a pronoun or an article
        if re.fullmatch(r"(?:1[89]|20)\d\d", m["anum"]) and kind == "count" and scale == 1.0:
            return None  # a year used as a modifier ("2024 elections")
    bound = "=" if split and bound_word == "from" else _bound(m, has_range)
    if kind == "duration" and bound_word in ("over", "under"):
        bound = "="  # "pledged €50bn over four years": across them, not more than four
    start = m.start()
    if m["bound"] and bound == "=":
        start = m.start("acur") if m["acur"] else num_start
    return Figure(
        text=text[start:end],
        start=start,
        end=end,
        sentence=0,
        value=value,
        unit=unit,
        kind=kind,
        bound=bound,
        value_max=value_max,
        about=about,
    )


# A span told with an article rather than a number: "an hour and a half" (or "and a
# quarter"), "half an hour", "nearly an hour", "an hour and 20 minutes", "more than a year".
# A bare "a day" or "a year" ("a year ago", "twice a day") is no measure, so the article
# needs a bound, a half or a smaller part with it.
_ARTICLE_SPAN = re.compile(
    rf"(?<![\w-])(?:(?P<bound>{_BOUND})\s+)?(?P<half>half\s+)?\b(?P<art>an?)\s+"
    r"(?P<unit>hour|minute|day|week|month|year|decade)\b"
    r"(?P<and>[-\s]and[-\s](?:a[-\s](?P<frac>half|quarter)|three[-\s]quarters)\b)?",
    re.IGNORECASE)


def _article_spans(text: str) -> list[Figure]:
    """Spans led by "a"/"an" (see ``_ARTICLE_SPAN``), in the unit named."""
    found = []
    for m in _ARTICLE_SPAN.finditer(text):
        unit, end = m["unit"].lower(), m.end()
        value = 0.5 if m["half"] else 1.0
        if m["and"] and not m["half"]:
            value = 1.5 if m["frac"] == "half" else 1.25 if m["frac"] else 1.75
        part = _COMPOUND.match(text, end) if not (m["and"] or m["half"]) else None
        if part is not None and (unit, _singular(part["u"])) in _SUBUNIT:
            small = _number(part["n"])
            if small is not None:
                value, end = value + small / _SUBUNIT[(unit, _singular(part["u"]))], part.end()
        bound_word = " ".join((m["bound"] or "").lower().split())
        if value == 1.0 and (not bound_word or bound_word in ("from", "between", "some")):
            continue  # "a year ago": an article, not a measure
        ranged = bound_word in ("from", "between")  # one end of a range: read it alone
        start = m.start() if m["bound"] and not ranged else (
            m.start("half") if m["half"] else m.start("art"))
        bound = "=" if ranged else _BOUND_SIGN.get(bound_word, "=")
        found.append(Figure(text=text[start:end], start=start, end=end, sentence=0,
                            value=value, unit=unit, kind="duration", bound=bound))
    return found


# A vote or decision split: "voted 7–2", "a 6–3 split", "by a 5-4 majority", "ruled 6-3".
_VOTE = re.compile(r"(?<![\w.,])(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2})(?![\w%]|[.,]\d)")
# "held by a 4:1 majority" (a colon, as some outlets write splits; not a clock time)
_VOTE_COLON = re.compile(r"(?<![\w.,:])(?P<a>\d{1,2}):(?P<b>\d)(?![\w:]|\s*[ap]\.?m\b|[.,]\d)")
_VOTE_CUE = re.compile(r"\b(?:vot(?:e|ed|es|ing)|split(?:ting)?|majority|margin|rul(?:ing|ed|es)|"
                       r"decision|decided|verdict|divided)\b", re.I)
# "siding 4-3 with regulators", "holding 5-2 that …": a court's words for how it decided,
# right before the split
_VOTE_VERB = re.compile(r"\b(?:sid(?:ed|ing)|holding)\s+$", re.I)


# "by six votes to three", "voted seven to two", "The vote was six to one": a split in words
# (a body of up to twelve).
_SPLIT_MAX = 12
_SPLIT_WORDS = {w: n for w, n in SMALL_VALUES.items() if n <= _SPLIT_MAX}
_YES = "|".join(_SPLIT_WORDS)
_NO = _YES + "|zero|nil|none"
# ... or in digits with "to": "voted 7 to 2", "by 5 votes to 4".
_VOTE_WORDS = re.compile(
    rf"\b(?:(?:voted|vote of|majority of|split|divided|(?:vote|tally)\s+(?:was|is|came out at|"
    rf"stood at))\s+(?P<a>{_YES}|\d{{1,2}})\s+"
    rf"(?:votes\s+)?to\s+"
    rf"(?P<b>{_NO}|\d{{1,2}})|by\s+(?P<a2>{_YES}|\d{{1,2}})\s+votes\s+to\s+"
    rf"(?P<b2>{_NO}|\d{{1,2}}))\b(?![.,]\d|\s*(?:%|per\s*cent|percent))", re.IGNORECASE)


# A body that votes, named before "split six to three".
_VOTING_BODY = re.compile(r"\b(?:board|committee|court|panel|bench|justices|judges|jury|"
                          r"council|members|governors|MPC|FOMC|commission|cabinet)\b", re.I)


def _split_count(word: str) -> int | None:
    if word.isdigit():
        return int(word) if int(word) <= _SPLIT_MAX else None
    return _SPLIT_WORDS.get(word.lower(), 0)  # "zero", "nil", "none"


def _votes(text: str) -> list[Figure]:
    """Vote splits, as figures whose ``value`` is the votes for and ``value_max`` against."""
    found = []
    for m in _VOTE_WORDS.finditer(text):
        if m.group().lower().startswith(("split", "divided")) and not _VOTING_BODY.search(
                text, max(0, m.start() - 60), m.start()):
            continue  # "shares split two to one": no body voting
        yes, no = _split_count(m["a"] or m["a2"]), _split_count(m["b"] or m["b2"])
        if yes is not None and no is not None and yes > no:
            found.append(Figure(text=m.group(), start=m.start(), end=m.end(), sentence=0,
                                value=float(yes), value_max=float(no), unit="votes",
                                kind="vote", about="vote"))
    for m in [*_VOTE.finditer(text), *_VOTE_COLON.finditer(text)]:
        near = text[max(0, m.start() - 40) : m.end() + 20]
        cue = _VOTE_CUE.search(near) or _VOTE_VERB.search(text, max(0, m.start() - 10),
                                                         m.start())
        if cue is None or int(m["a"]) < int(m["b"]):
            continue  # a score or an age range, not a split vote
        found.append(
            Figure(text=m.group(), start=m.start(), end=m.end(), sentence=0,
                   value=float(m["a"]), value_max=float(m["b"]), unit="votes", kind="vote",
                   about="vote")
        )
    return found


# A move told as a fraction of a point: "a quarter-point cut", "a quarter of a percentage
# point", "half a percentage point", "three-quarters of a point".
_FRACTION_POINTS = re.compile(
    r"\b(?:(?P<q>quarter|half|three[- ]quarters?)(?:[- ]of)?(?:[- ]an?)?|half an?|half a)"
    r"[- ](?:percentage[- ])?points?\b", re.IGNORECASE)
_FRACTION_VALUES = {"quarter": 0.25, "half": 0.5, "three-quarter": 0.75,
                    "three quarter": 0.75}


def _fraction_points(text: str) -> list[Figure]:
    """Moves told as fractions of a point, as percentage-point figures."""
    out = []
    for m in _FRACTION_POINTS.finditer(text):
        word = (m.group("q") or "half").lower().rstrip("s")
        value = _FRACTION_VALUES.get(word)
        if value is None:
            continue
        out.append(Figure(text=m.group(0), start=m.start(), end=m.end(), sentence=0,
                          value=value, unit="pp", kind="percent"))
    return out


# A seat's majority, counted in votes without the word: "a majority of 2,342".
_MAJORITY_OF = re.compile(r"\bmajority\s+of\s+(?:(?:just|only|almost|nearly|about|around|"
                          r"some|more\s+than|over|under)\s+)?$", re.IGNORECASE)


# A bare number: no unit, currency, sign, clock, score or date around it.
_BARE = re.compile(r"(?<![\w.,:$€£¥/#+-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%:/-]|[.,]\d)")
# What joins the numbers of a list: "13 points, while Carter added 12", "52 percent to 46",
# "412 seats and the Conservatives 121".
_LIST_JOIN = re.compile(r"[,;]|\b(?:and|while|whereas|to|against|versus|vs)\b", re.I)
# What may follow a number whose unit is left out: the clause ends or a preposition
# follows ("added 12 for the Bulldogs"); a noun after it would be its own unit.
_ELLIPSIS_END = re.compile(r"\s*(?:[,.;:)]|$|(?:for|in|of|on|at|against|while|after|before|"
                           r"and|to|with|as|by|apiece|each|among)\b)", re.I)
_ELLIPSIS_GAP = 80  # characters between the number with a unit and the one without
# The word right before a number whose unit is left out: a holder's name ("the Conservatives
# 121"), a verb ("added 12", "had 9") or a list word ("to 46"); a lower-case noun makes it
# a label ("site 4", "gate 12").
_BEFORE_ELLIPSIS = re.compile(r"(?:\b[A-Z][\w'’]*|\b[a-z]+ed|\b(?:to|and|with|by|had|has|have|"
                              r"got|gets|won|wins|took|takes|scored|scores|made|makes|"
                              r"posted|posts|managed|tallied|while))\s*$")
_NO_UNIT_BEFORE = re.compile(r"(?:\bNo\.?|\bnumbers?|\bpage|\broute|\bflight|\bversion|"
                             r"\bsection|\barticle|\bchapter|\broom|\bgate)\s*$", re.I)


def _elliptic(text: str, figures: list[Figure],
              date_spans: list[tuple[int, int]]) -> list[Figure]:
    """Numbers of a list whose unit is left out after the first ("Labour won 412 seats and
    the Conservatives 121", "52 percent to 46", "VanDeest had 13 points, while Carter
    added 12"): each takes the unit of the number with a unit just before it."""
    taken = sorted([(f.start, f.end) for f in figures] + date_spans)
    listed = sorted((f for f in figures if f.kind in ("count", "percent") and f.unit
                     and f.value_max is None), key=lambda f: f.start)
    if not listed:
        return []
    found: list[Figure] = []
    starts = [f.start for f in listed]
    for m in _BARE.finditer(text, listed[0].end):
        start, end = m.start(), m.end()
        k = bisect.bisect_left(starts, start) - 1
        if k < 0 or start - listed[k].end > _ELLIPSIS_GAP:
            continue  # checked first: most numbers of an article are far from any list
        if any(s < end and start < e for s, e in taken):
            continue
        prev = listed[k]
        gap = text[prev.end:start]
        value = float(m.group(0).replace(",", ""))
        if (len(gap) > _ELLIPSIS_GAP or re.search(r"[.!?]\s|\n|\d", gap)
                or not _LIST_JOIN.search(gap) or _NO_UNIT_BEFORE.search(gap)
                or not _BEFORE_ELLIPSIS.search(gap)
                or not _ELLIPSIS_END.match(text, end)
                or (prev.kind == "percent" and value > 100)
                or re.fullmatch(r"(?:1[89]|20)\d\d", m.group(0))):
            continue
        found.append(Figure(text=m.group(0), start=start, end=end, sentence=0, value=value,
                            unit=prev.unit, kind=prev.kind, about=prev.about))
    return found


def _counts_a_noun(doc: Any, fig: Figure) -> bool:
    if re.search(r"\d[a-zA-Z]{1,3}$", fig.text):
        return True  # a unit written onto its number ("600m", "200ft")
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    return span[-1].pos_ in ("NOUN", "PROPN", "NUM", "X")


# Words describing the things counted, between a number and its noun ("three new
# satellites", "four dummy satellites", "12 more bodies"): the noun is the unit.
_DESCRIBING = frozenset({"ADJ", "VERB"})
# ... but not words of a unit ("13 nautical miles", "40 square kilometres")
_UNIT_WORDS = frozenset({"nautical", "square", "cubic", "metric", "statute", "light"})
_HEAD_REACH = 4  # tokens from a number to the noun it counts ("24 Starlink internet satellites")


def _count_head(doc: Any, fig: Figure, text: str) -> None:
    """Read a count's unit as the noun the parse says the number counts, when a name and
    other words stand between them ("24 Starlink internet satellites": satellites, not
    internet)."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    number = next((t for t in span if t.like_num), None)
    if number is None or number.dep_ != "nummod" or number.i + 1 >= len(doc):
        return
    head = number.head
    between = doc[number.i + 1 : head.i]
    described = (len(between) > 0 and between[0].pos_ in _DESCRIBING
                 and between[0].lower_ not in _UNIT_WORDS
                 and all(t.pos_ in _DESCRIBING or t.pos_ in ("NOUN", "PROPN") for t in between))
    # "three recovery ships", "seven assault rifles": nouns compounding the one counted
    compound = len(between) > 0 and all(t.pos_ == "NOUN" and t.dep_ == "compound"
                                        for t in between)
    if not described and not compound and not any(t.text[:1].isupper() for t in between):
        return  # "two dozen young protesters": the word read first stays the unit
    if (head.pos_ == "NOUN" and 1 < head.i - number.i <= _HEAD_REACH
            and head.lower_ != fig.unit.lower() and head.idx >= fig.start):
        fig.unit = head.lower_
        fig.end = head.idx + len(head.text)
        fig.text = text[fig.start:fig.end]


_VAGUE_BEFORE = re.compile(r"\b(?:several|a few|few|some|many)\s+$", re.IGNORECASE)


def extract_figures(text: str, sentences: list[Sentence], doc: Any = None) -> list[Figure]:
    """Every figure in an article, each with the index of its sentence.

    ``doc`` is an optional spaCy ``Doc`` of the same text; with it, ``about`` comes from the
    dependency parse ("tariffs of more than 100%" -> "tariffs"), without it from the words
    around the number.
    """
    date_spans = [
        (t.start, t.end) for t in find_times(text, None) if t.type in ("DATE", "TIME", "SET")
    ]
    figures = _votes(text)
    spans = [f for f in _article_spans(text)
             if not any(s <= f.start < e or f.start <= s < f.end for s, e in date_spans)]
    for f in spans:
        about = about_from_doc(doc, f, text) if doc is not None else None
        f.about = about if about is not None else about_from_text(text, f)
    figures += spans
    date_spans += [(f.start, f.end) for f in figures]  # not read again as a range
    text = _HEIGHT_COMMA.sub(r"\1 ", text)  # same length: offsets stay
    pos = 0
    while (m := _FIGURE.search(text, pos)) is not None:
        fig = _make_figure(text, m, date_spans)
        # when the second number of "A and B" was not taken as a range end, read it again
        reread = m["join"] and (fig is None or fig.end <= m.start("join"))
        pos = m.start("join") if reread else m.end()
        pos = max(pos, m.start() + 1)
        if fig is None:
            continue
        if _VAGUE_BEFORE.search(text, max(0, fig.start - 12), fig.start) and re.match(
                r"(?:hundred|dozen|thousand)\b", text[fig.start:fig.end], re.IGNORECASE):
            continue  # "several hundred farmers", "a few dozen": no number given
        if fig.kind == "duration":
            pos = max(pos, fig.end)  # "two hours and 35 minutes" is read once
        if doc is not None and fig.kind == "count":
            _count_head(doc, fig, text)
        if doc is not None and fig.kind == "count" and fig.unit and not _counts_a_noun(doc, fig):
            continue  # "two major", "three new": the parse says the next word is no noun
        about = about_from_doc(doc, fig, text) if doc is not None else None
        if about is None and fig.kind in ("percent", "money", "duration"):
            about = about_from_text(text, fig)
        if about is not None and not (fig.kind == "count" and _PARTITIVE.match(text, fig.end)):
            fig.about = about  # (a part of a whole measures the whole's noun: "30 of its
            # 33 engines" is engines, whatever the parse hangs the number on)
        figures.append(fig)
    figures += _elliptic(text, figures, date_spans)
    for f in _fraction_points(text):
        if any(g.start < f.end and f.start < g.end for g in figures):
            continue
        about = about_from_doc(doc, f, text) if doc is not None else None
        f.about = about if about is not None else about_from_text(text, f)
        figures.append(f)
    figures.sort(key=lambda f: f.start)
    starts = [s.start for s in sentences]
    for f in figures:
        i = bisect.bisect_right(starts, f.start) - 1
        f.sentence = sentences[i].index if i >= 0 and sentences else 0
    log.debug("found %d figures", len(figures))
    return figures
