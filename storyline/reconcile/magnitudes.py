"""A quake's magnitude in every way outlets write it (issue 11, recall: "magnitudes").

The figure extractor reads "a 7.9-magnitude earthquake" as a magnitude, but "the magnitude
7.7 quake" as a count of quakes, and "a magnitude-7.7 earthquake", "a quake of magnitude
6.4", "measuring 7.7 on the Richter scale", "measured the quake at 7.1", "a 7.1 earthquake"
not at all. Here each such number becomes one
figure of unit ``magnitude`` (replacing what the extractor made of the same words) — of
unit ``aftershock magnitude`` or ``foreshock magnitude`` when the nearest shock named is
one, so that "an aftershock of magnitude 6.4" is never set against "the 7.7 quake". An
earlier quake recalled in the background ("In February, a quake measuring 6.4 hit …") is
not compared with this one's (``other_quakes``).
"""

from __future__ import annotations

import re

from storyline import gazetteer
from storyline.records import Figure

from .evidence import Doc, past_year_sentences
from .figure_values import same_value
from .text import fold

_NUMBER = r"(?P<num>\d{1,2}(?:\.\d{1,2})?)"
_APPROX_WORDS = r"(?:about|around|roughly|nearly|approximately|some|preliminary)"
_APPROX = r"(?P<approx>" + _APPROX_WORDS + r"\s+)?"
# "magnitude 7.7", "magnitude-7.7", "magnitude of 6.4", "its magnitude was 6.4", "a
# 7.9-magnitude", "5.9 magnitude",
# "7.7 on the Richter scale", "registering 6.1", "measuring 7.7"
_MAGNITUDES = [re.compile(p, re.IGNORECASE) for p in (
    r"\bmagnitude(?:\s*-\s*|\s+of\s+|\s+)" + _APPROX + _NUMBER + r"(?![\d.]*\d)",
    # "its magnitude was 6.4", "the magnitude stood at 6.1"
    r"\bmagnitude\s+(?:was|is|stood\s+at|reached)\s+" + _APPROX + _NUMBER + r"(?![\d.]*\d)",
    r"\b" + _APPROX + _NUMBER + r"(?:\s*-\s*|\s+)magnitude\b",
    r"\b(?:registering|measuring|measured)\s+" + _APPROX + _NUMBER
    + r"(?:\s+on\s+the\s+richter\s+scale)?\b",
    r"\b" + _APPROX + _NUMBER + r"\s+on\s+the\s+richter\s+scale\b",
    # "measured Friday's quake at 7.1", "put the tremor at 6.9", "revised the magnitude to 7"
    r"\b(?:measured|put|puts|putting|placed|placing|rated|rating|registered|recorded|"
    r"estimated|estimating|gauged|revised|revising|upgraded|downgraded)\s+(?:[\w'’]+\s+){0,3}?(?:(?:earth)?quake|temblor|tremor|magnitude)\s+"
    r"(?:at|to)\s+" + _APPROX + _NUMBER + r"(?![\d.]*\d)",
    # "a 7.1 earthquake", "the powerful 6.8 quake", a headline's "7.1 quake hits off
    # Chile": a decimal right before the shock
    r"\b(?:(?:a|an|the)\s+(?:\w+\s+)?" + _APPROX + r")?(?<![\w.,$€£])(?P<num>\d\.\d{1,2})\s+"
    r"(?:earthquake|quake|temblor|tremor)\b",
    # "an M6.8 quake", "M 7.1": the seismologists' shorthand
    r"\bM\s?(?P<num>\d\.\d{1,2})\b(?=\s+(?:earthquake|quake|temblor|tremor|event|shock)\b)")]
_APPROX_BEFORE = re.compile(r"\b" + _APPROX_WORDS + r"\s+$", re.IGNORECASE)
# The shock measured: the nearest such noun in the clause around the number.
_SHOCK = re.compile(r"\b(?:(?P<after>aftershocks?)|(?P<fore>foreshocks?)|"
                    r"(?P<main>(?:earth)?quakes?|temblors?|tremors?|shocks?))\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[;:()]|,\s+(?:and|but|while|which|who)\b|\.\s")
_SHOCK_CHARS = 40


def _shock(text: str, start: int, end: int) -> str:
    """"quake", "aftershock", "foreshock", or "" for the shock nearest the number."""
    before, after = text[max(0, start - _SHOCK_CHARS):start], text[end:end + _SHOCK_CHARS]
    cut = list(_CLAUSE.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    m = _CLAUSE.search(after)
    if m:
        after = after[:m.start()]
    # the shock named nearest the number, before or after it
    found = [(len(before) - s.end(), s) for s in _SHOCK.finditer(before)]
    found += [(s.start(), s) for s in _SHOCK.finditer(after)]
    if not found:
        return ""
    _, best = min(found, key=lambda x: x[0])
    return "aftershock" if best.group("after") else "foreshock" if best.group("fore") else "quake"


# "the strongest", "the largest": the greatest of a set, with no shock named beside it.
_GREATEST = re.compile(r"\b(?:strongest|largest|biggest|most powerful)\b", re.IGNORECASE)
_AFTERSHOCKS = re.compile(r"\baftershocks\b", re.IGNORECASE)


def _greatest_aftershock(text: str, before: str) -> bool:
    """"The largest" right before the number (``text``), of the aftershocks named in the
    sentence or the two before it (``before``, up to the number) ("BMKG
    recorded 14 aftershocks by 9 a.m., the strongest with a magnitude of 4.1"; "… 40
    aftershocks. The largest, of magnitude 4.7, …"), the shock left unnamed by the number."""
    greatest = list(_GREATEST.finditer(text))
    # (not "the strongest quake in decades, of magnitude 7.1": a shock named after it)
    return (bool(greatest) and not _SHOCK.search(text, greatest[-1].end())
            and bool(_AFTERSHOCKS.search(before)))


def magnitude_figures(doc: Doc) -> list[Figure]:
    """Every magnitude the article's sentences give, as figures of unit "magnitude"."""
    text = doc.article.text
    out = []
    sentences = doc.analysis.sentences
    for n, s in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        matches = [m for pattern in _MAGNITUDES for m in pattern.finditer(text, s.start, s.end)]
        for m in sorted(matches, key=lambda m: m.start()):
            if any(m.start("num") < e and b < m.end("num") for b, e in taken):
                continue  # "magnitude 7.7 on the Richter scale": one number, two forms
            taken.append(m.span("num"))
            value = float(m.group("num"))
            if not 1.0 <= value <= 10.0:
                continue  # "magnitude 12 hurricane"? no: a quake's magnitude is 1-10
            start, end = m.span("num")
            shock = _shock(text, m.start(), m.end())
            if shock != "aftershock" and _greatest_aftershock(
                    text[max(s.start, m.start() - _SHOCK_CHARS):m.start()],
                    text[sentences[max(n - 2, 0)].start:m.start()]):
                # ("… aftershocks had been recorded by 1100 GMT, the largest of magnitude 4.1
                # about half an hour after the main quake": the largest is of the aftershocks)
                shock = "aftershock"
            # an aftershock's or a foreshock's magnitude is another unit: never the quake's
            unit = f"{shock} magnitude" if shock in ("aftershock", "foreshock") else "magnitude"
            approx = m.groupdict().get("approx") or _APPROX_BEFORE.search(
                text[max(0, m.start() - 25):m.start()])  # "a quake of around magnitude 5"
            out.append(Figure(text=m.group(0), start=start, end=end, sentence=s.index,
                              value=value, unit=unit, kind="count",
                              bound="~" if approx else "=",
                              about=shock or None))
    return out


# A quake's depth: "at a depth of 10 km", "10 kilometres deep", "16 km below the surface".
# ("put its depth at about 40 kilometers", "its focus about 12 kilometres (7.5 miles) down")
_DEPTH_BEFORE = re.compile(r"\b(?:depths?\s+(?:of|at)|focus|hypocent(?:re|er)\s+(?:was\s+)?at)\s+"
                           r"(?:about\s+|around\s+|roughly\s+|some\s+|"
                           r"approximately\s+|nearly\s+|just\s+)?$", re.IGNORECASE)
_DEPTH_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:deep\b|down\b(?!\s+(?:the|a|an|to)\b)|"
                          r"(?:below|beneath|under)\s+"
                          r"(?:the\s+)?(?:surface|ground|earth|sea|seabed|sea\s+floor)\b)",
                          re.IGNORECASE)
_LENGTH_UNITS = frozenset({"km", "kilometre", "kilometres", "kilometer", "kilometers",
                           "mile", "miles", "mi", "m", "metre", "metres", "meter", "meters"})
DEPTH = " deep"  # the unit suffix of a quake's depth ("km deep")
# Depths not told in kilometres, in kilometres.
_IN_KM = {"mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "m": 0.001, "metre": 0.001,
          "metres": 0.001, "meter": 0.001, "meters": 0.001}


def _depths(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """Lengths told as the depth of the article's quake (not an aftershock's or a
    foreshock's) get the unit "<unit> deep": one quantity per quake, not a distance."""
    text = doc.article.text
    if not _SHOCK.search(text):
        return figures
    out = []
    for f in figures:
        if (fold(f.unit) in _LENGTH_UNITS and f.value_max is None
                and (_DEPTH_BEFORE.search(text[max(0, f.start - 40):f.start])
                     or _DEPTH_AFTER.match(text[f.end:f.end + 60]))
                and _shock(text, f.start, f.end) in ("quake", "")
                and not _other_shocks_sentence(doc.sentence_text(f.sentence))):
            # in kilometres, however told: "10 kilometres" / "about 24 miles deep" compare
            # (a converted depth is rounded: approximate)
            per_km = _IN_KM.get(fold(f.unit), 1.0)
            f = Figure(text=f.text, start=f.start, end=f.end, sentence=f.sentence,
                       value=f.value * per_km,
                       unit=("km" if per_km != 1.0 else f.unit) + DEPTH, kind=f.kind,
                       bound="~" if per_km != 1.0 and f.bound == "=" else f.bound,
                       value_max=None, about="depth")
        out.append(f)
    return out


def _other_shocks_sentence(sentence: str) -> bool:
    """The sentence tells only of an aftershock or a foreshock ("a 5.1 aftershock struck
    near Caldera an hour later at a depth of 42 km"): its depth, however far from the noun,
    is that shock's."""
    kinds = {("after" if m.group("after") else "fore" if m.group("fore") else "main")
             for m in _SHOCK.finditer(sentence)}
    return bool(kinds) and "main" not in kinds


def with_magnitudes(doc: Doc) -> list[Figure]:
    """The article's figures with its magnitudes read as such (a figure of the extractor
    over the same number is replaced) and its quake's depths marked (``_depths``)."""
    mags = magnitude_figures(doc)
    if not mags:
        return _depths(doc, list(doc.analysis.figures))
    spans = [(f.start, f.end) for f in mags]
    kept = [f for f in doc.analysis.figures
            if not any(f.start < e and s < f.end for s, e in spans)]
    return _depths(doc, kept) + mags


def is_depth(unit: str) -> bool:
    return unit.endswith(DEPTH)


_PAST_DATE = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|"
                        r"october|november|december|(?:19|20)\d\d)\b")
_THIS_WEEK = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"today|yesterday|tonight)\b")


def _past(doc: Doc, f: Figure) -> bool:
    """Is the magnitude's sentence dated by a month or year alone ("In February, a quake
    measuring 6.4 …", "the 6.7 quake of 2003"), or to a year before the report's ("on Aug.
    24, 2016")? Then it is an earlier quake's."""
    texts = [fold(t.text) for t in doc.times if t.sentence == f.sentence]
    return (any(_PAST_DATE.search(t) for t in texts)
            and not any(_THIS_WEEK.search(t) or re.search(r"\b\d{1,2}\b", t) for t in texts)
            ) or f.sentence in past_year_sentences(doc)


def _marks(doc: Doc, f: Figure) -> set[str]:
    """What a past quake's sentence dates and places it by: its months and years, its
    places."""
    text = fold(doc.sentence_text(f.sentence))
    return set(_PAST_DATE.findall(text)) | {
        fold(e.text) for e in doc.analysis.entities
        if e.sentence == f.sentence and e.label in ("GPE", "LOC")}


# Who measured a magnitude: a seismological body named in the sentence ("the U.S.
# Geological Survey measured it at 6.0", "Kandilli puts magnitude at 6.2", "PHIVOLCS").
# (acronyms of seismological bodies only: a dateline's "LIMA" or a news agency's is none)
_AGENCY = re.compile(r"\b(?:USGS|EMSC|GFZ|JMA|IGP|SSN|AFAD|INGV|IMO|BMKG|PHIVOLCS|Phivolcs|CENC|"
                     r"NCS|NEIC|GEONET|GeoNet|Kandilli|(?:[A-Z][\w.'’-]*\s+){0,4}(?:Survey|"
                     r"Institute|Observatory|Service|Centre|Center|Agency|Office|Department|"
                     r"Authority))\b")
# ("Geological Survey", the "U.S." cut off by a sentence split, is the USGS too; not the
# "Geological Survey of India")
_US_SURVEY = re.compile(r"\bgeological survey\b(?!\s+of\b)")


def agencies(doc: Doc, f: Figure) -> frozenset[str]:
    """The seismological bodies a magnitude's sentence credits ("The U.S. Geological Survey
    measured it at magnitude 6.0" -> {"usgs"}); none for other figures."""
    if not f.unit.endswith("magnitude"):
        return frozenset()
    text = doc.sentence_text(f.sentence)
    sent = doc.sentence(f.sentence)
    at = f.start - sent.start if sent is not None else len(text)
    found = _bodies_named(doc, f.sentence)
    if not found and f.sentence > 0 and _PRONOUN_BODY.match(text):
        # "It gives a local magnitude of 6.0" after "The Department of Geological Survey
        # and Mines (DGSM) says …": the body the sentence before names
        return frozenset(name for _, name in _bodies_named(doc, f.sentence - 1))
    if len({name for _, name in found}) < 2:
        return frozenset(name for _, name in found)
    # Several bodies in one sentence ("GGSA measured it at magnitude 4.6, while the United
    # States Geological Survey put it at 4.8"): the one of the number's own clause, else
    # the nearest before it.
    starts = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
    low = max(x for x in starts if x <= at)
    high = min(x for x in starts if x > at)
    own = {name for pos, name in found if low <= pos < high}
    before = [(pos, name) for pos, name in found if pos < at]
    return frozenset(own or ({max(before)[1]} if before else {name for _, name in found}))


def credited_agencies(figs: list[tuple[Doc, Figure]], agency: list[frozenset[str]]
                      ) -> list[frozenset[str]]:
    """Each figure's bodies (``agency``, as ``agencies`` reads them), a magnitude its sentence
    credits to no body given the one body its article credits the same value to ("The USGS
    gave a moment magnitude of 5.4." … "The moment magnitude of 5.4 is the best single
    figure"), else the one body the story credits it to ("A magnitude 6.3 earthquake shook
    Ibaraki", the JMA's 6.3 elsewhere)."""
    out = list(agency)
    for i, (doc, f) in enumerate(figs):
        if agency[i] or "magnitude" not in f.unit:
            continue
        for own in (True, False):
            told = {agency[k] for k, (d, g) in enumerate(figs)
                    if (d is doc) == own and agency[k] and "magnitude" in g.unit
                    and same_value(g, f)}
            if told:
                if len(told) == 1:
                    out[i] = told.pop()
                break
    return out


def _bodies_named(doc: Doc, index: int) -> list[tuple[int, str]]:
    """The seismological bodies a sentence names, with where each stands in it."""
    text = doc.sentence_text(index)
    sent = doc.sentence(index)
    found: list[tuple[int, str]] = []
    for m in _AGENCY.finditer(text):
        name = fold(m.group(0)).removeprefix("the ")
        found.append((m.start(), "usgs" if _US_SURVEY.search(fold(text[m.start():m.end() + 4]))
                      and not _OTHER_COUNTRY_SURVEY.match(name) else name))
    found += [(m.start(), fold(m.group(0))) for m in _BODY.finditer(text)
              if not any(p <= m.start() < p + len(n) + 4 for p, n in found)]
    # a body the list lacks, by the acronym the tagger calls an organisation ("Guatemala's
    # seismological institute, INSIVUMEH, measured it at magnitude 6.2"), not a news agency
    found += [(e.start - (sent.start if sent is not None else 0), fold(e.text))
              for e in doc.analysis.entities
              if e.sentence == index and e.label == "ORG"
              and (_ACRONYM.fullmatch(e.text) or _EARTH_BODY.search(e.text))
              and e.text not in _NEWS_AGENCIES and not gazetteer.is_known(e.text)]  # ("LIMA
    # (Pacific Wire) —": a dateline's town); or by a name of the earth sciences ("a first
    # automatic estimate by GeoSphere Austria")
    return found


# A geological survey of another country ("Ghana's Geological Survey Authority"), not the
# USGS with its "U.S." cut off.
_OTHER_COUNTRY_SURVEY = re.compile(r"(?!(?:u\.?s\.?|united states|the)\b)[a-z][\w.'’-]*\s+"
                                   r"(?:[\w.'’-]+\s+)*geological survey")
# A body named in lower case after its country ("Ghana's geological survey agency",
# "Guatemala's seismological institute").
_BODY = re.compile(r"\b[A-Z][\w-]+['’]s\s+(?:national\s+)?(?:geological|seismolog\w+|"
                   r"meteorological|geophysical)\s+(?:survey|institute|service|agency|centre|"
                   r"center|observatory|authority|office|department)\b")
# A clause break between two bodies' readings ("…, while", "…; ", "…, but").
_CLAUSE = re.compile(r",\s*(?:while|whereas|but|against|after)\b|;\s*", re.IGNORECASE)


_ACRONYM = re.compile(r"[A-Z]{3,}")
# A sentence opening on a body named before it ("It gives", "The agency put …").
_PRONOUN_BODY = re.compile(r"\s*(?:It|The (?:agency|survey|department|centre|center|institute|"
                           r"service|observatory))\b")
_EARTH_BODY = re.compile(r"geo|seism|volcan", re.IGNORECASE)
_NEWS_AGENCIES = frozenset({"AFP", "REUTERS", "UPI", "ANSA", "EFE", "DPA", "PTI", "IANS", "ANI",
                            "BBC", "CNN", "XINHUA", "TASS", "KYODO", "YONHAP", "ANTARA", "APA",
                            "BERNAMA", "IRNA", "WAFA", "SANA", "MENA"})


def other_agencies(ga: frozenset[str], gb: frozenset[str]) -> bool:
    """Two magnitudes each credited to a seismological body (``agencies``), no body to both
    ("The U.S. Geological Survey measured it at magnitude 6.0" / "Kandilli puts magnitude
    at 6.2"): two agencies' readings, not one told two ways."""
    return bool(ga) and bool(gb) and not ga & gb


def other_quakes(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """Two magnitudes of which one is an earlier quake's, recalled in the background ("In
    February, a quake measuring 6.4 hit Zarand"), and the other not: two quakes. Magnitudes
    only: the two dated the same way still compare."""
    if not (a.unit.endswith("magnitude") and b.unit.endswith("magnitude")):
        return False
    pa, pb = _past(a_doc, a), _past(b_doc, b)
    if pa and pb:
        # two earlier quakes unless dated or placed alike ("a magnitude 6.2 tremor on Aug.
        # 24, 2016, … in Amatrice" / "A stronger one two months later, … near Norcia")
        return not _marks(a_doc, a) & _marks(b_doc, b)
    return pa != pb
