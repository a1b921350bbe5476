"""Figure values as numbers and as text: whether two values can both hold ("more than 4%"
and "4.25%" can, "about $4.1 billion" and "an estimated $4.6 billion" cannot), and how a
normalised value is written back ("$3.5 billion", "2 hours 35 minutes").
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator

from storyline.records import Figure

from .options import DEFAULT_OPTIONS
from .text import fold, wordset

MEASURE = re.compile(
    r"(?:kilo|centi|milli)?(?:met(?:er|re)s?)|k?m|ft|feet|foot|miles?|yards?|inch(?:es)?|"
    r"(?:kilo)?grams?|kg|tonnes?|tons?|pounds?|lbs?|acres?|hectares?|litres?|liters?|gallons?")
BOUND_WORDS = {
    "=": "", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "at most ",
    "~": "about ", "range": "",
}


def value_ratio(a: Figure, b: Figure) -> float:
    """How many times larger the larger value is (infinite against zero)."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi / lo if lo > 0 else float("inf")


def transposed(a: Figure, b: Figure) -> bool:
    """The two values written with the same digits in another order ("14,000" / "41,000",
    "€1.49 billion" / "€1.94bn", "$9.6 million" / "$6.9 million"): a typing slip."""
    def digits(f: Figure) -> str:
        return re.sub(r"\D", "", f"{f.value:.6g}").strip("0")
    da, db = digits(a), digits(b)
    return len(da) >= 2 and da != db and sorted(da) == sorted(db)


def one_digit_off(a: Figure, b: Figure) -> bool:
    """The two values written with as many digits, of the same size, one digit different
    ("€180 million" / "€280 million", "$612 million" / "$712 million"): a typing slip, or
    one outlet's wrong figure."""
    if a.unit != b.unit or a.value <= 0 or b.value <= 0:
        return False
    da, db = f"{a.value:.6f}", f"{b.value:.6f}"
    if len(da) != len(db) or len(da.replace(".", "").strip("0")) < 2:
        return False
    return sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _digits(value: float) -> str:
    """The significant digits of a value ("14200000000" -> "142", "4.1" -> "41")."""
    return f"{abs(value):.6f}".replace(".", "").strip("0")


def neighbours_swapped(x: float, y: float) -> bool:
    """Two values whose significant digits differ by two neighbours swapped, three digits
    at least ("14.2" / "41.2", "641" / "614"): one value mistyped, however far apart."""
    a, b = _digits(x), _digits(y)
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def same_value(a: Figure, b: Figure) -> bool:
    """The same number (within rounding), a range only with the same range. Two values
    told to their last digit with the same digits in another order ("84,137" / "84,317
    votes") are two, however close: one is mistyped."""
    scale = max(abs(a.value), abs(b.value), 1e-9)
    if abs(a.value - b.value) / scale > 0.005:
        return False
    place = max(_last_place(a), _last_place(b))
    if place and abs(a.value - b.value) > place / 2 + 1e-9 * scale and transposed(a, b):
        return False
    if (a.value_max is None) != (b.value_max is None):
        return a.bound != "range" and b.bound != "range"
    return a.value_max is None or abs(a.value_max - (b.value_max or 0)) <= 0.005 * scale


def distinctive(f: Figure) -> bool:
    """A value unlikely to recur by chance: not a small whole number (one, two, three)."""
    return not (float(f.value).is_integer() and abs(f.value) <= 3 and f.value_max is None)


def compatible_values(a: Figure, b: Figure, about_slack: float = DEFAULT_OPTIONS.about_slack
                      ) -> bool:
    """Can both figures be stated together? Two maxima ("up to 31.2%", "up to 32.1%") cannot,
    nor two approximations of different numbers ("about $4.1 billion", "an estimated $4.6
    billion"); a bound and a value inside it ("more than 4%", "4.25%") can."""
    # Measures are rounded and converted ("about 600 metres" for 2,000 ft); sums of money,
    # rates and counts are given as a source stated them: "about €35,000" is not €34,500.
    measure = bool(MEASURE.fullmatch(fold(a.unit)))
    if measure and a.bound == b.bound == "~":  # "some 930 miles" / "about 940 miles": one
        # rounded length, the two within the slack of one rounding, or each the other told
        # to the digits it is written in ("roughly 500 km" / "around 520 km")
        if abs(a.value - b.value) <= about_slack * max(abs(a.value), abs(b.value)):
            return True
        return _roundings_meet(a, b)
    if measure and {a.bound, b.bound} == {"~", "="}:
        # a length told exactly and one "about" a round number it rounds to ("47 km" /
        # "about 50km north-west of Port Vila"): one distance
        approx, exact = (a, b) if a.bound == "~" else (b, a)
        gap = abs(exact.value - approx.value)
        if gap <= 0.499 * _last_place(approx) and gap <= _ROUND_REACH * abs(approx.value):
            return True
    if a.bound == b.bound == "~" and a.kind == b.kind and a.kind in ("money", "count"):
        # two roundings ("roughly $9.6 billion" / "nearly $10 billion"): one value when each
        # is the other rounded to the digits it is told in
        ia, ib = _interval(a), _interval(b)
        return max(ia[0], ib[0]) <= min(ia[1], ib[1])
    if (a.bound == b.bound == "~" and a.kind == b.kind == "percent"
            and float(a.value).is_integer() != float(b.value).is_integer()):
        # "almost 55%" / "about 54.6%" of the vote: the whole share is the other rounded
        coarse, fine = (a, b) if float(a.value).is_integer() else (b, a)
        low, high = _interval(coarse)
        return low <= fine.value <= high
    if a.bound == b.bound == "~" and a.kind == b.kind == "duration":
        whole = [f for f in (a, b) if f.unit == "second" and _WHOLE_HOURS.search(f.text)
                 and not _PART_HOUR.search(f.text)]
        if len(whole) == 1:
            # "about an hour" rounds "about 58 minutes": a span told in whole hours covers
            # a quarter hour either way (``_interval``)
            low, high = _interval(whole[0])
            other = b if whole[0] is a else a
            return low <= other.value <= high
        # "around 13 and a half minutes" / "about 13 minutes 40 seconds": a span rounded
        # like a length
        if abs(a.value - b.value) <= about_slack * max(abs(a.value), abs(b.value)):
            return True
        if a.unit == b.unit and a.unit != "second" and _roundings_meet(a, b, words_whole=True):
            return True  # "roughly four months" / "about 4.2 months" of imports: each the
            # other told to the digits it is written in ("four" in words is 3.5 to 4.5)
    if _fraction_share(a) or _fraction_share(b):
        # "almost three-quarters of the valid vote" is a 73% told coarsely: a fraction word
        # reaches a few points either way, whatever its bound
        ia, ib = _interval(a), _interval(b)
        return max(ia[0], ib[0]) <= min(ia[1], ib[1]) + _FRACTION_SHARE_SLACK
    if a.bound == b.bound:
        return same_value(a, b) or _one_span_bounded(a, b) or _half_rounded(a, b)
    # a span is rounded too: "nearly 20 years" is the "19 years and seven months" served
    slack = about_slack if measure or a.kind == b.kind == "duration" else 0.0
    ia, ib = _interval(a, slack), _interval(b, slack)
    return max(ia[0], ib[0]) <= min(ia[1], ib[1])


def _one_span_bounded(a: Figure, b: Figure) -> bool:
    """Two bounds of one span, one of them its whole units: "more than three years" and
    "more than three and a half years" (or "less than four hours" and "less than three and
    a half") can both be true."""
    if a.kind != "duration" or b.kind != "duration" or a.value_max or b.value_max:
        return False
    for low, high in _in_whole_units(a, b):
        if a.bound in (">", ">=") and low.is_integer() and math.floor(high) == low:
            return True
        if a.bound in ("<", "<=") and high.is_integer() and math.ceil(low) == high:
            return True
    return False


def _in_whole_units(a: Figure, b: Figure) -> Iterator[tuple[float, float]]:
    """The two spans' values, smaller first, in each unit they may be told in (spans are
    compared in seconds: as written, in minutes, hours and days)."""
    lo, hi = sorted((a.value, b.value))
    for whole in (1, 60, 3600, 86400):
        yield lo / whole, hi / whole


def _half_rounded(a: Figure, b: Figure) -> bool:
    """Two approximate spans half a unit apart, one told to the half ("about eight and a
    half minutes" / "roughly eight minutes"): one span, rounded or not."""
    if a.kind != "duration" or b.kind != "duration" or a.bound != "~" or b.bound != "~":
        return False
    lo, hi = sorted((a.value, b.value))
    if hi - lo > _HALF_SHARE * hi:
        return False  # "about an hour and a half" / "about two hours": a quarter apart
    return any(abs(high - low - 0.5) < 1e-9 and (low.is_integer() or high.is_integer())
               for low, high in _in_whole_units(a, b))


# A share told as a fraction word ("three-quarters", "two-thirds", "a third", "half"), no
# digit: how many points it reaches either way ("almost three-quarters" is 73%, "about a
# third" 35%).
_FRACTION_WORD = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?)\b", re.IGNORECASE)
_FRACTION_SHARE_SLACK = 4.0


def _fraction_share(f: Figure) -> bool:
    return (f.kind == "percent" and f.unit == "%" and not re.search(r"\d", f.text)
            and bool(_FRACTION_WORD.search(f.text)))


_HALF_SHARE = 0.1  # a half unit is within a rounding only of spans of five units or more


# How far "about" a whole percentage reaches: a point, or two and a half for a round ten.
_PERCENT_ROUND = 1.0
_PERCENT_ROUND_TENS = 2.5
# A short span told "about" (under 20 minutes, in seconds) is rounded by some 15%.
_SHORT_SPAN = 1200.0
_SHORT_SPAN_SLACK = 0.15
# A span written in whole hours ("about two hours", "nearly 3 hours"), no minutes.
_WHOLE_HOURS = re.compile(r"^(?!.*\bminutes?\b).*\bhours?\b", re.IGNORECASE)
_PART_HOUR = re.compile(r"\b(?:half|quarter)\b", re.IGNORECASE)


def _interval(f: Figure, about_slack: float = 0.0) -> tuple[float, float]:
    v, bound = f.value, f.bound
    if bound == "range" and f.value_max is not None:
        return v, f.value_max
    if bound in (">", ">="):
        return v, float("inf")
    if bound in ("<", "<="):
        return float("-inf"), v
    if bound == "~":  # "about 600 metres" is a rounded 609
        slack = abs(v) * about_slack
        if f.kind in ("money", "count") or (f.kind == "percent" and not float(v).is_integer()):
            # "about $2.4 billion" is $2.37 billion rounded to the digits it is told in (but
            # "about €35,000" is not €34,500: just short of half the last digit); "about
            # 3,300 votes" is 3,308; "about 58.5%" is a rounded 58.51%
            slack = max(slack, _rounding(f))
        if f.unit.endswith("magnitude"):
            # "around magnitude 5" is a 4.5 to 5.4; "about 6.1" a tenth either way
            slack = max(slack, 0.5 if float(v).is_integer() else 0.1)
        if f.kind == "percent" and float(v).is_integer():
            # "about 50%" of the vote is a rounded 50.4%, "about 30%" a rounded 28%
            slack = max(slack, _PERCENT_ROUND_TENS if v % 10 == 0 else _PERCENT_ROUND)
        if f.kind == "duration" and f.unit == "second" and _WHOLE_HOURS.search(f.text):
            slack = max(slack, 900.0)  # "about two hours" is 1h45-2h15: 1h55 is it
        elif f.kind == "duration" and f.unit == "second" and v < _SHORT_SPAN:
            slack = max(slack, _SHORT_SPAN_SLACK * abs(v))  # "about 20 seconds": 22 is it
        return v - slack, v + slack
    return v, v  # "=": the number stated


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
# Trailing zeros may be rounding or digits ("about 10 people" is not 14): a rounding they
# tell reaches at most this share of the value.
_ZEROS_ROUNDING = 0.05


# How far an exact length may be from a round one told "about" it and still be that
# rounding: "47 km" is "about 50 km" (6%), "12 km" is no "about 10 km".
_ROUND_REACH = 0.06


def _roundings_meet(a: Figure, b: Figure, words_whole: bool = False) -> bool:
    """Can each figure be the other told to the digits it is written in (``_rounding``)?
    With ``words_whole``, a number written in words rounds to the unit ("four" is 3.5-4.5)."""
    def half(f: Figure) -> float:
        r = _rounding(f)
        return r or (0.499 if words_whole and float(f.value).is_integer() else r)
    (la, ha), (lb, hb) = ((f.value - half(f), f.value + half(f)) for f in (a, b))
    return max(la, lb) <= min(ha, hb)


def _rounding(f: Figure) -> float:
    """How far a figure told "about" may be from the value it rounds: just short of half its
    last digit's worth, and for a whole number ending in zeros at most ``_ZEROS_ROUNDING``
    of it ("about $10 billion" is 9.6, not 5.1; "about 35,000" is 34,600, not 34,500;
    "about forty kilometres" is 38)."""
    place = _last_place(f)
    half = 0.499 * place
    digits = _digits_written(f)
    if digits is not None and "." not in digits and digits.endswith("0"):
        half = min(half, max(_ZEROS_ROUNDING * abs(f.value), 0.499 * place / 10))
    return half




def _digits_written(f: Figure) -> str | None:
    """The figure's number as its digits are written ("2.4" of "$2.4 billion"), or as a
    number in words would be written in digits before its scale ("40" of "forty", "2" of
    "almost two billion"); None without a whole number in words."""
    m = _NUMBER.search(f.text)
    if m is not None:
        return m.group(0).replace(",", "")
    scale = _SCALE_WORD.search(f.text)
    written = abs(f.value) / (_SCALE_WORTH[scale.group(0).lower()] if scale else 1.0)
    return str(int(written)) if written and float(written).is_integer() else None


def _last_place(f: Figure) -> float:
    """The worth of the last digit the figure is written with ("$2.4 billion": 0.1 billion;
    "35,000": a thousand; "almost two billion": a billion), or 0 when it tells no number."""
    digits = _digits_written(f)
    if digits is None or not float(digits):
        return 0.0
    whole, _, decimals = digits.partition(".")
    place = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return place * abs(f.value) / float(digits)


_CURRENCY = {"USD": "$", "$": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "RMB": "¥",
             "INR": "₹"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# The worth of each scale word a number in words may carry ("two billion").
_SCALE_WORTH = {"thousand": 1e3, **{word: worth for worth, word in _SCALES}}
_SCALE_WORD = re.compile(r"\b(?:" + "|".join(_SCALE_WORTH) + r")\b", re.IGNORECASE)
_NO_PLURAL = wordset("people children men women staff police personnel cattle sheep fish dozen "
                     "aircraft livestock feet crew deer offspring")


def format_value(value: float, unit: str, bound: str = "=", value_max: float | None = None) -> str:
    """'more than 100%', '90 days', '$3.5 billion'-style text for a normalised figure."""
    if unit == "second" and value >= 60 and value_max is None:
        return BOUND_WORDS.get(bound, "") + _clock_span(value)
    if unit.endswith("magnitude"):  # "magnitude 6.8", not "6.8 magnitudes"
        shown = f"{value:g}" + (f"–{value_max:g}" if value_max is not None else "")
        return BOUND_WORDS.get(bound, "") + f"{unit} {shown}"

    def num(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")

    scale_word, div = "", 1.0
    money = unit in _CURRENCY or (len(unit) == 3 and unit.isupper())
    for size, word in _SCALES:
        # sums always; other counts when the scale tells them whole ("8 million tons", not
        # "8,000,000 tons"; but "1,234,567 votes")
        if abs(value) >= size and (money or (round(value / size * 100, 6).is_integer() and (
                value_max is None or round(value_max / size * 100, 6).is_integer()))):
            scale_word, div = f" {word}", size
            break
    text = num(value / div)
    if value_max is not None:
        text += f"–{num(value_max / div)}"
    text += scale_word
    if unit == "%":
        text += "%"
    elif unit in _CURRENCY:
        text = _CURRENCY[unit] + text
    elif len(unit) == 3 and unit.isupper():
        text = f"{unit} {text}"
    elif unit:
        single = value == 1 and value_max is None
        plain = (single or unit.endswith("s") or not unit.isalpha() or unit in _NO_PLURAL
                 or len(unit) <= 2  # "58 km", "200 ft"
                 or not re.search(r"[aeiouy]", unit.lower()))  # "17,000 mph"
        text += " " + (unit if plain else _plural(unit))
    return BOUND_WORDS.get(bound, "") + text


def _clock_span(seconds: float) -> str:
    """A span compared in seconds, shown in the units it was likely told in: "2 hours",
    "1 hour 30 minutes", "86 minutes" (not "5,160 seconds"), "8 minutes 48 seconds" (not
    "528 seconds"), "90 seconds"."""
    minutes, rest = divmod(round(seconds), 60)
    if rest and (seconds < 120 or not float(seconds).is_integer()):
        return f"{seconds:,.0f} seconds"
    if rest:
        return f"{_clock_span(minutes * 60)} {rest} second{'s' if rest != 1 else ''}"
    hours, minutes = divmod(minutes, 60)
    if not hours or (hours == 1 and minutes and minutes % 15):
        total = hours * 60 + minutes
        return f"{total} minute{'s' if total != 1 else ''}"
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    return text + (f" {minutes} minute{'s' if minutes != 1 else ''}" if minutes else "")


_IRREGULAR = {"foot": "feet", "life": "lives", "man": "men", "woman": "women",
              "child": "children", "person": "people", "knife": "knives", "wife": "wives",
              "half": "halves", "tooth": "teeth", "mouse": "mice"}


def _plural(unit: str) -> str:
    """An English plural of a unit word: "lives", "feet", "casualties", "boxes"; a participle
    used as a noun stays ("4 injured", "2 elected")."""
    low = unit.lower()
    if low.endswith(("ed", "children", "people", "men")):
        return unit  # (and plurals already: "grandchildren", "policemen")
    if low in _IRREGULAR:
        return unit[0] + _IRREGULAR[low][1:]
    if re.search(r"[^aeiou]y$", low):
        return unit[:-1] + "ies"
    if re.search(r"(?:ch|sh|x|z)$", low):
        return unit + "es"
    return unit + "s"


_SUBUNITS = {"hour": ("minute", 60), "minute": ("second", 60), "day": ("hour", 24),
             "week": ("day", 7), "year": ("month", 12)}


def duration_text(f: Figure) -> str | None:
    """A compound duration in its own units: 2.5833 hours -> "2 hours 35 minutes"."""
    if f.kind != "duration" or f.value_max is not None or float(f.value).is_integer():
        return None
    if f.unit not in _SUBUNITS:
        return None
    small, per = _SUBUNITS[f.unit]
    whole, part = int(f.value), round((f.value - int(f.value)) * per)
    if not part or part >= per:
        return None
    return (BOUND_WORDS.get(f.bound, "") + format_value(whole, f.unit) + " "
            + format_value(part, small))


# Short spans told in seconds by one outlet and in minutes by another ("the tremor lasted
# 30 seconds" / "a tremor for one minute"): compared in seconds, shown as written.
_TO_SECONDS = {"second": 1.0, "seconds": 1.0, "minute": 60.0, "minutes": 60.0,
               "hour": 3600.0, "hours": 3600.0}


def span_in(f: Figure, factors: dict[str, float], unit: str) -> Figure:
    """A span whose unit ``factors`` knows, converted to ``unit`` (value and upper bound);
    other figures as they are. The words written stay the figure's text."""
    factor = factors.get(fold(f.unit)) if f.kind == "duration" else None
    if factor is None:
        return f
    return dataclasses.replace(
        f, value=f.value * factor, unit=unit,
        value_max=None if f.value_max is None else f.value_max * factor)


def in_seconds(f: Figure) -> Figure:
    """A span in seconds or minutes, in seconds (other figures as they are)."""
    return span_in(f, _TO_SECONDS, "second")


def as_written(f: Figure) -> str | None:
    """A span converted to seconds, as the outlet wrote it ("about a minute"); a depth
    converted to kilometres, likewise ("about 24 miles deep")."""
    if f.kind == "duration" and f.unit == "second" and "sec" not in fold(f.text):
        return f.text
    if f.unit == "km deep" and not re.search(r"\bk(?:m|ilomet)", fold(f.text)):
        return f"{f.text} deep"
    return None


# "never fewer than 26", "no more than 40", "not less than 5%": a negated bound turns over.
_NEGATED_BEFORE = re.compile(r"\b(?:never|not|no)\b(?:\s+\w+){0,3}\s*$")
_FLIPPED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def negated_bound(text: str, f: Figure) -> Figure:
    """The figure (of ``text``) with its bound turned over when a negation stands just
    before it."""
    if f.bound not in _FLIPPED:
        return f
    if not _NEGATED_BEFORE.search(fold(text[max(0, f.start - 40):f.start])):
        return f
    return dataclasses.replace(f, bound=_FLIPPED[f.bound])


# Dollars of other countries, as the figure reader codes them.
_LOCAL_DOLLARS = frozenset({"AUD", "CAD", "NZD", "HKD", "SGD", "TWD"})
# An article naming US dollars itself ("US$5 billion", "U.S. dollars", "USD").
_US_DOLLARS = re.compile(r"\bUS\$|\bU\.S\.\s+dollars?\b|\bUSD\b|\bUS dollars?\b")


def story_dollar(figures: list[Figure]) -> str:
    """The one dollar of another country a story's sums are given in ("A$45 million"), or
    "" (none, or several)."""
    codes = {f.unit for f in figures if f.kind == "money" and f.unit in _LOCAL_DOLLARS}
    return codes.pop() if len(codes) == 1 else ""


def article_dollar(text: str, dollar: str) -> str:
    """The dollar an article's bare "$" stands for in a story whose sums are in one other
    country's dollars (``story_dollar``): that one, unless the article names US dollars."""
    return "" if not dollar or _US_DOLLARS.search(text) else dollar


def local_dollar(f: Figure, dollar: str) -> Figure:
    """A sum in bare dollars ("$54 million") in an article whose "$" is another country's
    dollar (``article_dollar``: "A$45 million" elsewhere in the story): that dollar, as its
    own outlets write it (an Australian outlet's "$")."""
    if (not dollar or f.kind != "money" or f.unit != "USD" or "$" not in f.text
            or re.search(r"[A-Za-z]\$", f.text)):
        return f
    return dataclasses.replace(f, unit=dollar)
