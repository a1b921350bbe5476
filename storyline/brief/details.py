"""Which of one outlet's extra details are worth a "only X gives …" line.

A detail is a name or number only one outlet's version of a shared claim carries. Some are
not news a reader can weigh:

- the outlet's own name ("only Atlas Newswire gives Atlas Newswire", "only huff-post gives
  The Huffington Post"): the outlet names itself in its byline or a credit;
- the parts of a clock time ("0400, 0600, GMT" of "between 0400 and 0600 GMT"): a time is
  compared as a time by the reconcile stage, its digits and zone alone say nothing;
- a clipped abbreviation ("Ky" of "R-Ky.", "Colo" of "Florence, Colo."): a state or party
  tag written after a name;
- a credit ("according to Bloomberg", "officials told the BBC that"): where the words came
  from, which outlets name or leave out as house style.
"""

from __future__ import annotations

import re

from storyline.reconcile.text import fold

# A zone after a clock time: "GMT", "UTC", "EST", "CEST", "AEDT" (letters ending in T).
_ZONE = r"(?:UTC|[A-Z]{1,3}[SD]?T)\b"
_TIME = r"(?:\d{1,2}[:.]\d{2}|\d{3,4})"
# "0800 GMT", "between 0400 and 0600 GMT", "07:28 to 08:06 UTC", "10:20 a.m.", "9 am".
_CLOCK = re.compile(
    rf"\b{_TIME}(?:\s*(?:and|to|-|–)\s*{_TIME})?\s*\(?{_ZONE}"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?"
)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def names_outlet(value: str, outlet: str) -> bool:
    """Is ``value`` the outlet's own name (a domain or a short handle of it)?"""
    handle = _letters(re.sub(r"\.(?:com|net|org|co|uk|au|ae|gov|go|news)\b", "",
                             outlet.lower()).removeprefix("www."))
    name = _letters(_ARTICLE.sub("", value))
    if len(handle) < 3 or len(name) < 3:
        return False
    if handle in name or name in handle:
        return True
    if len(handle) <= 4:  # a short handle is the name's initials ("nyt")
        words = [w for w in fold(_ARTICLE.sub("", value)).split() if w[:1].isalpha()]
        return handle == "".join(w[0] for w in words)
    # A handle keeps the name's letters in order and its first letter ("huff-post").
    if handle[0] != name[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in handle)


def clock_part(value: str, sentence: str) -> bool:
    """Is ``value`` only a piece of a clock time written in the sentence ("0600", "GMT")?"""
    v = value.strip()
    if not v:
        return False
    for m in _CLOCK.finditer(sentence):
        if re.search(r"(?<![\w])" + re.escape(v) + r"(?![\w])", m.group(0)):
            return True
    return False


def abbreviation(value: str, sentence: str) -> bool:
    """A capitalised word of at most four letters the sentence writes with a full stop that
    ends no sentence ("R-Ky., said", "Colo., which"): an abbreviated state or party tag."""
    v = value.strip()
    return (bool(re.fullmatch(r"[A-Z][a-z]{1,3}", v))
            and re.search(r"(?<![\w])" + re.escape(v) + r"\.(?=\s*[,;)]|\s+[a-z])",
                          sentence) is not None)


def credit(value: str, sentence: str) -> bool:
    """A name the sentence gives as where the words came from, not as part of the news:
    "according to X", "told X that", "the X article said"."""
    v = re.escape(value.strip())
    return re.search(
        rf"\b(?:according to|told)\s+(?:the\s+)?{v}(?![\w\-])"
        rf"|\bthe\s+{v}\s+(?:article|report|story|newspaper|website|site)\s+(?:said|says|"
        r"reported|reports)\b", sentence, re.IGNORECASE) is not None


def worth_showing(value: str, outlet: str, sentence: str) -> bool:
    """A detail a reader can weigh: not the outlet's name, a clock part, an abbreviation
    or a credit."""
    return not (names_outlet(value, outlet) or clock_part(value, sentence)
                or abbreviation(value, sentence) or credit(value, sentence))
