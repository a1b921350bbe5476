"""Jurisdictions and their names: country and bloc names and adjectives ("U.S.",
"American", "the EU", "European"), capitals used as metonyms ("Washington") and
institutions ("the White House"), normalised to one canonical name each. Shared by the
trade lens (``trade.places``) and reconciliation (whom a tariff targets)."""

from __future__ import annotations

import re

# canonical name -> (names and adjectives, capitals/metonyms, institutions)
JURISDICTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
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

LOOKUP: dict[str, tuple[str, str]] = {}  # surface form -> (canonical, kind)
for _name, (_names, _capitals, _bodies) in JURISDICTIONS.items():
    for _kind, _forms in (("name", _names), ("capital", _capitals), ("body", _bodies)):
        for _form in _forms:
            LOOKUP[_form] = (_name, _kind)


def normalise(name: str | None) -> str | None:
    """The canonical name of a jurisdiction as written ("U.S.", "Beijing" …), or None."""
    if not name:
        return None
    text = name.strip()
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    hit = LOOKUP.get(text) or LOOKUP.get(text.title())
    if hit:
        return hit[0]
    return text if text in JURISDICTIONS else None
