"""Vocabulary of the time-expression grammar: month, weekday, number and unit words.

Regex building blocks shared by the rules in ``time_rules`` and the number parser. Month
and weekday names are matched case-sensitively ("May", not the verb "may"); everything
else ignores case.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Abbreviations without a dot ("Aug 18, 2011", "18 Aug 2011", web datelines) only beside a
# number: alone, "Jan", "Mar" or "Jun" are as often a name (Mar-a-Lago) as a month.
_BARE_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
MONTH = (
    rf"(?-i:(?:{_FULL_MONTHS}|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Sept|Oct\.|"
    r"Nov\.|Dec\.)(?![A-Za-z])"
    rf"|(?:{_BARE_MONTHS})(?![A-Za-z.])(?=\s\d)|(?<=\d\s)(?:{_BARE_MONTHS})(?![A-Za-z.]))"
)
MONTH_FULL = rf"(?-i:(?:{_FULL_MONTHS})(?![A-Za-z]))"
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z]))"
WEEKDAY_PLURAL = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"

_SMALL = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SMALL_VALUES = {w: i + 1 for i, w in enumerate(_SMALL)}
TENS_VALUES = {w: 20 + 10 * i for i, w in enumerate(_TENS)}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

NUM_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL[:9])}))?|"
    rf"{'|'.join(sorted(_SMALL, key=len, reverse=True))}|a\s+hundred|hundred|a\s+dozen|dozen)"
)
# A quantity before a unit. Vague quantities ("several", "a few") become "X" in values.
NUM = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{NUM_WORD}(?:\s+and\s+a\s+half)?|half\s+an?|a\s+few|a\s+couple\s+of|"
    r"a\s+couple|couple\s+of|several|a\s+half|a|an|few|many|some)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries)(?![A-Za-z])"
)
# Modifiers TimeML keeps inside the expression ("more than four hours", "about a decade").
APPROX = (
    r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|nearly|almost|"
    r"no\s+more\s+than|no\s+less\s+than)"
)
EDGE = (
    r"(?:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of|end\s+of|start\s+of|"
    r"beginning\s+of|early|late|mid|the\s+early|the\s+late|the\s+mid)"
)


def unit_name(word: str) -> str:
    """Normalise a unit word: "Centuries" -> "century", "days" -> "day"."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def parse_number(text: str) -> float | None:
    """Value of a quantity before a unit; None for vague ones ("several", "a few")."""
    s = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    if s.endswith(" 1/2"):
        s, half = s[:-4], 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        if "," in s and re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
            return float(s.replace(",", "")) + half
        return float(s.replace(",", ".")) + half
    if s in ("a", "an", "one"):
        return 1 + half
    if s in ("a half", "half a", "half an"):
        return 0.5
    if s in ("a couple", "a couple of", "couple of"):
        return 2
    if s in ("a dozen", "dozen"):
        return 12
    if s in ("a hundred", "hundred"):
        return 100
    if s in SMALL_VALUES:
        return SMALL_VALUES[s] + half
    parts = s.split()
    if parts and parts[0] in TENS_VALUES:
        extra = SMALL_VALUES.get(parts[1], 0) if len(parts) > 1 else 0
        return TENS_VALUES[parts[0]] + extra + half
    return None


def month_number(word: str) -> int:
    return MONTHS[word.strip().lower()[:3]]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.strip().lower()[:3]]
