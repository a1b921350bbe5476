"""Trade-measure mentions in one analysed article (pure).

Works over what the NLP stage already produced: the sentences, and the time expressions
it resolved against the publication date (never re-parses dates). One sentence gives at
most one mention, or two when it states a mutual measure ("the two sides agreed to suspend
tariffs on each other's goods").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from storyline.records import Analysis, Sentence, TimeExpr

from . import lexicon as lx
from .model import MeasureMention
from .places import Place, find_places

EXTRACTOR_VERSION = "trade-4"

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^\d{4}-(?:\d{2}|Q\d|W\d{2})$")
_AFFECT_CUE = re.compile(
    r"\b(?:on|against|from|to|with|for|of|in|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_GOODS_AFTER = re.compile(
    r"^[\s-]*(?:(?!(?:on|of|to|from|for|tariffs?|duty|duties|levy|export|import|ban|curbs?"
    r"|controls?|restrictions?)\b)[\w-]+\s+){0,2}?(?:goods|products|imports|exports|shipments|companies|firms"
    r"|makers|buyers|carmakers|growers|farmers|" + lx.PRODUCT_WORDS + r")\b",
    re.I)
_MADE = re.compile(r"^[\s]*(?:-made|-built|-based)", re.I)
_AFFECTED_SUBJECT = re.compile(
    r"\b(?:was|were|is|are|will be|has been)?\s*(?:hit with|spared|face[sd]?|facing|"
    r"will face|will pay|pays|paid|accepted)\b", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


_VERBISH = re.compile(
    r"^(?:\w+ed|applies|came|comes|will|would|is|are|was|were|has|have|said|says|\w+ly|cut"
    r"|set|put|hit|fell|rose|stay|stays|remain|remains|run|runs|fall|falls|rise|rises)$",
    re.I)


# "averting a return to 25%", "rather than going back to 25%": the rate it is not.
_NOT_THE_RATE = re.compile(
    r"\b(?:return(?:ing|s)?|revert(?:ing|s)?|go(?:ing)? back|back)\s+to\s+" + lx.PERCENT, re.I)
# "extending licence requirements to cathode precursors": an expansion, not more time.
_EXTENDED_TO = re.compile(
    r"\bextend\w*\s+(?:\w+\s+){0,5}?to\s+(?:cover\s+|include\s+)?(?!(?:january|february|march"
    r"|april|may|june|july|august|september|october|november|december|the end|\d)\b)[a-z]",
    re.I)




@dataclass(frozen=True)
class ExtractOptions:
    """The extractor's distances (in characters), each with why it is what it is."""

    # A longer "sentence" is a run-on block (a table, a list without stops), not a claim.
    max_sentence: int = 1500
    # A date further before the action dates something else ("the round, which opened on
    # Monday, March 9, … since Brussels imposed …").
    date_before: int = 60
    # Dates after the action reach further: news puts them last ("…, the ministry said on
    # Sunday").
    date_after: int = 140
    # The product phrase ("on X", "exports of X") must start this close after the trigger.
    product_reach: int = 60
    # Known product words count within this window around the trigger (before, after), not
    # anywhere in a long sentence ("…, vital for electric vehicles").
    product_window: tuple[int, int] = (60, 80)


DEFAULT_OPTIONS = ExtractOptions()
_PRONOUN = re.compile(r"\b(?:it|they|we|he|she|this|that|which|who)\b", re.I)


@dataclass
class _Hit:
    instrument: str
    start: int
    end: int


def extract_mentions(
    analysis: Analysis, options: ExtractOptions = DEFAULT_OPTIONS
) -> list[MeasureMention]:
    """The trade measures each sentence of the article states."""
    reference = analysis.reference_date
    times_by_sentence: dict[int, list[TimeExpr]] = {}
    for t in analysis.times:
        times_by_sentence.setdefault(t.sentence, []).append(t)
    places_by_sentence = {s.index: find_places(s.text) for s in analysis.sentences}
    counts = Counter(p.name for ps in places_by_sentence.values() for p in ps)
    main = [name for name, _ in counts.most_common(2)]
    out: list[MeasureMention] = []
    for sentence in analysis.sentences:
        if len(sentence.text) > options.max_sentence:
            continue
        mention = sentence_mention(
            sentence, places_by_sentence[sentence.index],
            times_by_sentence.get(sentence.index, []), reference, options,
        )
        if mention is None:
            continue
        if mention.imposed_by is None:
            earlier = [m for m in out if m.instrument == mention.instrument and m.imposed_by]
            if earlier and (not mention.products or set(mention.products) & set(
                    earlier[-1].products)):
                mention.imposed_by = earlier[-1].imposed_by
                mention.affects = mention.affects or list(earlier[-1].affects)
        if mention.mutual and len(main) == 2:
            a, b = (mention.imposed_by, mention.affects[0]) if (
                mention.imposed_by and mention.affects) else (main[0], main[1])
            out.append(replace(mention, imposed_by=a, affects=[b]))
            out.append(replace(mention, imposed_by=b, affects=[a], products=list(
                mention.products)))
            continue
        out.append(mention)
    return out


def sentence_mention(
    sentence: Sentence, places: list[Place], times: list[TimeExpr], reference: str | None,
    options: ExtractOptions = DEFAULT_OPTIONS,
) -> MeasureMention | None:
    """The measure one sentence states, or None."""
    text = sentence.text
    hit = _trigger(text)
    if hit is None:
        return None
    action, action_pos = _action(text, hit)
    if action is None:
        return None
    if action == "extended" and _EXTENDED_TO.search(text):
        action = "raised"
    value, previous = _values(text)
    if value and previous:
        action = _direction(action, value, previous)
    before_action = text[: action_pos] if action_pos >= 0 else ""
    tentative = action != "threatened" and bool(lx.TENTATIVE.search(before_action))
    if action == "imposed" and lx.FUTURE.search(before_action):
        action = "announced"
    dates = _dates(text, sentence.start, times, reference, action_pos, options)
    if action == "announced" and dates["effective"] and dates["effective"] == reference:
        action = "imposed"  # "announced … effective immediately"
    if action == "takes effect":
        dates["effective"] = dates["effective"] or dates["date"]
        dates["date"] = dates["date"] or dates["effective"]
    legal = _legal_basis(text)
    imposed_by, affects = _jurisdictions(text, places, hit, action_pos)
    asked = next((p for p in places if lx.ASKED.search(text[: p.start])
                  and re.match(r"^(?:['’]s)?\s+to\b", text[p.end:])), None)
    if asked is not None:  # a demand, not a decision: the one asked would act
        affects = [a for a in dict.fromkeys([*affects, *(
            [imposed_by] if imposed_by else [])]) if a != asked.name]
        imposed_by, tentative = asked.name, True
    if imposed_by is None and (lx.US_ONLY.search(text) or lx.BASIS_JURISDICTION.get(
            legal or "")):
        imposed_by = "United States"
        affects = [a for a in affects if a != imposed_by]
    instrument = hit.instrument
    mast = lx.MAST.get(instrument)
    if instrument in ("tariff", "investigation") and lx.CONTINGENT.search(text):
        mast = "D"
    if instrument == "licensing" and re.search(r"\bexport", text, re.I):
        mast = "P"
    return MeasureMention(
        sentence=sentence.index, text=text, instrument=instrument, action=action,
        imposed_by=imposed_by, affects=affects, mast=mast, products=_products(text, hit, options),
        legal_basis=legal, value=value, previous=previous, date=dates["date"],
        effective=dates["effective"], until=dates["until"], period=dates["period"],
        tentative=tentative, mutual=bool(lx.MUTUAL.search(text)),
    )


def _trigger(text: str) -> _Hit | None:
    for instrument, pattern in lx.TRIGGERS:
        m = pattern.search(text)
        if m:
            return _Hit(instrument, m.start(), m.end())
    return None


def _action(text: str, hit: _Hit) -> tuple[str | None, int]:
    best: tuple[float, str, int] | None = None
    for action, rank, pattern in lx.ACTIONS:
        for m in pattern.finditer(text):
            if hit.start <= m.start() < hit.end and action not in ("imposed", "suspended"):
                continue  # the trigger's own words ("export ban") are not the action
            # verbs usually precede their object: a verb after the trigger counts further
            distance = (hit.start - m.end() if m.start() < hit.start
                        else (m.start() - hit.end) * 1.5)
            score = max(0.0, distance) + rank
            if best is None or score < best[0]:
                best = (score, action, m.start())
    if best is None:
        return None, -1
    return best[1], best[2]


def _number(value: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", value)
    return float(m.group(0)) if m else None


def _values(text: str) -> tuple[str | None, str | None]:
    """(value, previous) as reported: "from 25% to 10%" -> ("10%", "25%")."""
    text = _NOT_THE_RATE.sub(" ", text)
    m = lx.FROM_TO.search(text)
    if m:
        if m.group("lead"):  # "ranging from 17% to 38%": a range, the top of it
            return _clean(m.group("val")), None
        return _clean(m.group("val")), _clean(m.group("prev"))
    m = lx.INSTEAD.search(text)
    if m:
        return _clean(m.group("val")), _clean(m.group("prev"))
    previous = None
    m = lx.DOWN_FROM.search(text)
    if m:
        previous = _clean(m.group("prev"))
        text = text[: m.start()] + text[m.end():]
    m = lx.TO_VALUE.search(text)
    if m:
        return _clean(m.group("val")), previous
    m = re.search(lx.PERCENT, text, re.I)
    if m:
        return _clean(m.group(0)), previous
    m = lx.QUANTITY.search(text)
    if m:
        return _clean(m.group("val")), previous
    return None, previous


def _clean(value: str) -> str:
    value = " ".join(value.split())
    return re.sub(r"\s?(?:percent|per cent)$", "%", value, flags=re.I)


def _direction(action: str, value: str, previous: str) -> str:
    new, old = _number(value), _number(previous)
    if new is None or old is None or new == old or action in (
            "threatened", "suspended", "extended", "deferred", "ruled unlawful", "upheld",
            "takes effect"):
        return action
    return "raised" if new > old else "cut"


def _dates(
    text: str, offset: int, times: list[TimeExpr], reference: str | None, action_pos: int,
    options: ExtractOptions,
) -> dict[str, str | None]:
    """Event, effective and end dates; the event date is the plain date nearest the action
    ("sued on Wednesday, two days after it suspended …" dates the suing, not the action)."""
    out: dict[str, str | None] = {"date": None, "effective": None, "until": None,
                                  "period": None}
    plain: list[tuple[int, str]] = []
    duration_days: int | None = None
    for t in sorted(times, key=lambda t: t.start):
        before = text[: max(0, t.start - offset)]
        value = t.value or ""
        if t.type == "DURATION":
            m = re.fullmatch(r"P(\d+)([DW])", value)
            if m and duration_days is None:
                duration_days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            continue
        if t.type != "DATE":
            continue
        if _DAY.match(value):
            if lx.UNTIL_CUE.search(before):
                out["until"] = out["until"] or value
            elif lx.EFFECTIVE_CUE.search(before):
                out["effective"] = out["effective"] or value
            else:
                gap = t.start - offset - action_pos if action_pos >= 0 else 0
                if -options.date_before <= gap <= options.date_after:
                    plain.append((abs(gap), value))
        elif _PERIOD.match(value) or re.fullmatch(r"\d{4}", value):
            out["period"] = out["period"] or value
    if plain:
        out["date"] = min(plain)[1]
    if re.search(r"\beffective immediately\b|\bwith immediate effect\b", text, re.I):
        out["effective"] = out["effective"] or reference
    start = out["effective"]  # "for 90 days from May 14"; not the day it was agreed
    if duration_days and start and not out["until"] and re.search(
            r"\bfor\s+(?:another\s+)?\d+\s+(?:days|weeks)\b", text, re.I):
        out["until"] = (date.fromisoformat(start) + timedelta(days=duration_days)).isoformat()
    return out


def _legal_basis(text: str) -> str | None:
    for pattern, name in lx.LEGAL_BASES:
        m = pattern.search(text)
        if m:
            return name or " ".join(m.group(0).split())
    return None


def _jurisdictions(
    text: str, places: list[Place], hit: _Hit, action_pos: int
) -> tuple[str | None, list[str]]:
    imposer: str | None = None
    affected: list[str] = []
    undecided: list[Place] = []
    for p in places:
        before = text[: p.start]
        after = text[p.end + (2 if p.possessive else 0):]
        if _BY.search(before):
            imposer = imposer or p.name
        elif p.possessive and _GOODS_AFTER.match(after):
            affected.append(p.name)
        elif p.possessive and p.end <= hit.start + 1:
            imposer = imposer or p.name
        elif p.end <= hit.start and len(text[p.end: hit.start].split()) <= 4 and not re.search(
                r"\b(?:on|against|from|to|for|with|of|by)\b|[,;]", text[p.end: hit.start],
                re.I):
            imposer = p.name  # attributive: "U.S. tariffs", "the American steel tariffs"
        elif (_AFFECT_CUE.search(before) and (not p.adjective or _GOODS_AFTER.match(after))
              ) or _MADE.match(after) or (_GOODS_AFTER.match(after) and p.adjective):
            affected.append(p.name)
        else:
            undecided.append(p)
    for p in undecided:
        subject = action_pos < 0 or p.start < action_pos
        if subject and imposer is None and not _AFFECTED_SUBJECT.search(
                text[p.end: max(p.end, action_pos + 15)]):
            imposer = p.name
        elif subject or (imposer is None and p.start > hit.end):
            affected.append(p.name)
    affects = [a for a in dict.fromkeys(affected) if a != imposer]
    return imposer, affects


def _products(text: str, hit: _Hit, options: ExtractOptions) -> list[str]:
    """Products as named: the noun phrase the instrument applies to, and known product
    words anywhere in the sentence."""
    found: list[str] = []
    m = lx.PRODUCT_AFTER.search(text, hit.start)
    if m is not None and m.start() > hit.end + options.product_reach:
        m = None
    if m:
        words: list[str] = []
        phrase = m.group("p")
        for p in reversed(find_places(phrase)):  # "South Korean goods" -> "goods"
            phrase = phrase[: p.start] + phrase[p.end:]
        for w in phrase.split():
            if _VERBISH.match(w):
                break
            if w.startswith("-"):  # "-built" left over from "Chinese-built"
                continue
            if not find_places(w) and not lx.NOT_PRODUCTS.match(w):
                words.append(w)
        phrase = " ".join(words)
        if phrase and phrase.lower() not in lx.GENERIC_PRODUCTS and _product_like(phrase):
            found.append(phrase)
    before, after = options.product_window
    for m in lx.PRODUCT_TERMS.finditer(text, max(0, hit.start - before), hit.end + after):
        term = m.group(0)
        if not any(term.lower() in f.lower() for f in found):
            found.append(term)
    unique = {f.lower(): f for f in reversed(found)}  # first spelling of each, in order
    return [unique[k] for k in dict.fromkeys(f.lower() for f in found)][:4]


def _product_like(phrase: str) -> bool:
    """A named product or a plural noun phrase ("steel plates"), not a stray clause
    ("evidence it declines", "car dispute")."""
    if lx.PRODUCT_TERMS.search(phrase):
        return True
    words = phrase.split()
    return (len(phrase) > 3 and words[-1].lower().endswith("s") and not _PRONOUN.search(phrase)
            and not words[-1].lower().endswith(("ss", "us", "is")))
