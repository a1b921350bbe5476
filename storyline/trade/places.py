"""Jurisdictions: country and bloc names, adjectives, capitals used as metonyms
("Washington", "Beijing", "Brussels") and institutions, normalised to one name each."""

from __future__ import annotations

import re
from dataclasses import dataclass

# canonical name -> (names and adjectives, capitals/metonyms, institutions)
_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "United States": (
        ("United States", "U.S.", "US", "U.S.A.", "USA", "America", "American", "Americans"),
        ("Washington",),
        ("White House", "Commerce Department", "Department of Commerce", "USTR",
         "Trump administration", "Biden administration", "U.S. Trade Representative",
         "Bureau of Industry and Security", "Treasury Department", "Congress", "Senate"),
    ),
    "China": (("China", "Chinese", "People's Republic of China", "PRC"), ("Beijing",),
              ("MOFCOM", "State Council")),
    "European Union": (
        ("European Union", "EU", "E.U.", "European"),
        ("Brussels",),
        ("European Commission", "the Commission", "the bloc", "European Parliament"),
    ),
    "United Kingdom": (("United Kingdom", "UK", "U.K.", "Britain", "British"), ("London",),
                       ("Downing Street",)),
    "Japan": (("Japan", "Japanese"), ("Tokyo",), ()),
    "Canada": (("Canada", "Canadian"), ("Ottawa",), ()),
    "Mexico": (("Mexico", "Mexican"), ("Mexico City",), ()),
    "India": (("India", "Indian"), ("New Delhi", "Delhi"), ()),
    "South Korea": (("South Korea", "Korea", "Korean", "South Korean"), ("Seoul",), ()),
    "North Korea": (("North Korea", "North Korean"), ("Pyongyang",), ()),
    "Russia": (("Russia", "Russian"), ("Moscow", "Kremlin"), ()),
    "Taiwan": (("Taiwan", "Taiwanese"), ("Taipei",), ()),
    "Vietnam": (("Vietnam", "Viet Nam", "Vietnamese"), ("Hanoi",), ()),
    "Australia": (("Australia", "Australian"), ("Canberra",), ()),
    "Brazil": (("Brazil", "Brazilian"), ("Brasilia", "Brasília"), ()),
    "Switzerland": (("Switzerland", "Swiss"), ("Bern",), ()),
    "Netherlands": (("Netherlands", "Dutch", "Holland"), ("The Hague",), ()),
    "Germany": (("Germany", "German"), ("Berlin",), ()),
    "France": (("France", "French"), ("Paris",), ()),
    "Italy": (("Italy", "Italian"), ("Rome",), ()),
    "Indonesia": (("Indonesia", "Indonesian"), ("Jakarta",), ()),
    "Malaysia": (("Malaysia", "Malaysian"), ("Kuala Lumpur",), ()),
    "Thailand": (("Thailand", "Thai"), ("Bangkok",), ()),
    "Philippines": (("Philippines", "Philippine", "Filipino"), ("Manila",), ()),
    "Singapore": (("Singapore", "Singaporean"), (), ()),
    "Turkey": (("Turkey", "Türkiye", "Turkish"), ("Ankara",), ()),
    "Egypt": (("Egypt", "Egyptian"), ("Cairo",), ()),
    "South Africa": (("South Africa", "South African"), ("Pretoria",), ()),
    "Argentina": (("Argentina", "Argentine", "Argentinian"), ("Buenos Aires",), ()),
    "Chile": (("Chile", "Chilean"), ("Santiago",), ()),
    "Norway": (("Norway", "Norwegian"), ("Oslo",), ()),
    "Saudi Arabia": (("Saudi Arabia", "Saudi"), ("Riyadh",), ()),
    "Iran": (("Iran", "Iranian"), ("Tehran",), ()),
    "Israel": (("Israel", "Israeli"), (), ()),
    "Ukraine": (("Ukraine", "Ukrainian"), ("Kyiv", "Kiev"), ()),
    "Belarus": (("Belarus", "Belarusian"), ("Minsk",), ()),
    "Poland": (("Poland", "Polish"), ("Warsaw",), ()),
    "Spain": (("Spain", "Spanish"), ("Madrid",), ()),
    "New Zealand": (("New Zealand",), ("Wellington",), ()),
    "Pakistan": (("Pakistan", "Pakistani"), ("Islamabad",), ()),
    "Bangladesh": (("Bangladesh", "Bangladeshi"), ("Dhaka",), ()),
    "Nigeria": (("Nigeria", "Nigerian"), ("Abuja",), ()),
    "Kenya": (("Kenya", "Kenyan"), ("Nairobi",), ()),
    "Colombia": (("Colombia", "Colombian"), ("Bogota", "Bogotá"), ()),
    "Cambodia": (("Cambodia", "Cambodian"), ("Phnom Penh",), ()),
}

_LOOKUP: dict[str, tuple[str, str]] = {}  # surface form -> (canonical, kind)
for _name, (_names, _capitals, _bodies) in _TABLE.items():
    for _kind, _forms in (("name", _names), ("capital", _capitals), ("body", _bodies)):
        for _form in _forms:
            _LOOKUP[_form] = (_name, _kind)

_FORMS = sorted(_LOOKUP, key=len, reverse=True)
_PATTERN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in _FORMS) + r")(?:['’]s)?(?![\w])"
)
# Upper-case-only short forms must not match inside ordinary words or lower case text.
_CASE_SENSITIVE = {"US", "EU", "UK", "USA", "PRC"}
# "in Washington", "at Brussels": a place, not the government acting.
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|to|from|via|visit(?:ed|s)?)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Place:
    """A jurisdiction named in a sentence."""

    name: str  # canonical
    text: str  # as written
    start: int
    end: int
    kind: str  # "name", "capital", "body"
    possessive: bool = False  # "China's", "Beijing's"
    adjective: bool = False  # "Chinese", "American"


def normalise(name: str | None) -> str | None:
    """The canonical name of a jurisdiction as written ("U.S.", "Beijing" …), or None."""
    if not name:
        return None
    text = name.strip()
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    hit = _LOOKUP.get(text) or _LOOKUP.get(text.title())
    if hit:
        return hit[0]
    return text if text in _TABLE else None


def find_places(sentence: str) -> list[Place]:
    """Every jurisdiction named in the sentence, in order; capitals count as metonyms only
    where they are not the place something happens ("talks in London")."""
    places: list[Place] = []
    for m in _PATTERN.finditer(sentence):
        raw = m.group(0)
        possessive = raw.endswith(("'s", "’s"))
        form = raw[:-2] if possessive else raw
        if form in _CASE_SENSITIVE and not form.isupper():
            continue
        canonical, kind = _LOOKUP[form]
        if form == "US" and sentence[m.end():m.end() + 1] == "$":
            continue
        if kind == "capital" and not possessive and _LOCATIVE.search(sentence[: m.start()]):
            continue
        if kind == "body" and form in ("Congress", "Senate") and canonical == "United States":
            # "Mexico's Senate": the body belongs to the country just named.
            before = sentence[max(0, m.start() - 12): m.start()]
            if re.search(r"['’]s\s+$", before):
                continue
        adjective = kind == "name" and _is_adjective(form)
        places.append(Place(canonical, form, m.start(), m.start() + len(form), kind,
                            possessive, adjective))
    return places


def _is_adjective(form: str) -> bool:
    return (form.endswith(("an", "ese", "ish", "ch", "ss", "ian", "i")) and form not in (
        "Taiwan", "Japan", "Iran", "Pakistan", "Oman", "Sudan", "Bhutan", "Mali", "Malawi",
        "Burundi", "Brunei", "Dubai", "Hawaii",
    )) or form in ("Thai", "Saudi", "Swiss")
