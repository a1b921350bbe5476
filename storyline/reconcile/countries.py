"""Countries and the words that name them: each country's demonyms ("Chinese", "a New
Zealand climber") and other names ("the United States", "U.S.", "America"), so that two
ways of naming one country are read as one."""

from __future__ import annotations

from .text import fold

# Country -> its demonyms (and the country's name used as one: "a New Zealand climber").
_COUNTRIES = {
    "US": "American|US|U.S.", "UK": "British|English|Scottish|Welsh|Briton",
    "Ireland": "Irish", "Australia": "Australian", "New Zealand": "New Zealand|New Zealander",
    "Canada": "Canadian", "France": "French", "Germany": "German", "Italy": "Italian",
    "Spain": "Spanish", "Portugal": "Portuguese", "Netherlands": "Dutch",
    "Belgium": "Belgian", "Switzerland": "Swiss", "Austria": "Austrian",
    "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish", "Finland": "Finnish",
    "Poland": "Polish", "Czechia": "Czech", "Hungary": "Hungarian", "Romania": "Romanian",
    "Bulgaria": "Bulgarian", "Greece": "Greek", "Turkey": "Turkish", "Russia": "Russian",
    "Ukraine": "Ukrainian", "Israel": "Israeli", "Lebanon": "Lebanese", "Syria": "Syrian",
    "Iraq": "Iraqi", "Iran": "Iranian", "Afghanistan": "Afghan", "Pakistan": "Pakistani",
    "India": "Indian", "Bangladesh": "Bangladeshi", "Nepal": "Nepalese|Nepali",
    "Sri Lanka": "Sri Lankan", "China": "Chinese", "Japan": "Japanese",
    "South Korea": "South Korean", "North Korea": "North Korean", "Taiwan": "Taiwanese",
    "Vietnam": "Vietnamese", "Thailand": "Thai", "Philippines": "Filipino",
    "Indonesia": "Indonesian", "Malaysia": "Malaysian", "Singapore": "Singaporean",
    "Mexico": "Mexican", "Brazil": "Brazilian", "Argentina": "Argentine|Argentinian",
    "Chile": "Chilean", "Colombia": "Colombian", "Peru": "Peruvian",
    "Venezuela": "Venezuelan", "Cuba": "Cuban", "Egypt": "Egyptian", "Morocco": "Moroccan",
    "Nigeria": "Nigerian", "Kenya": "Kenyan", "Ethiopia": "Ethiopian", "Somalia": "Somali",
    "South Africa": "South African", "Saudi Arabia": "Saudi", "Jordan": "Jordanian",
}
# Other names of a country than its own and its demonyms.
_OTHER_NAMES = {
    "US": "United States|United States of America|USA|America",
    "UK": "United Kingdom|Britain|Great Britain|U.K.", "Netherlands": "Holland",
    "European Union": "EU|E.U.|European|Europe", "South Korea": "Korea|Korean|Republic of Korea",
    "Czechia": "Czech Republic",
}
DEMONYMS = {w: c for c, words in _COUNTRIES.items() for w in words.split("|")}
_BY_NAME = {fold(w): c for table in (_COUNTRIES, _OTHER_NAMES) for c, words in table.items()
            for w in [c, *words.split("|")]}


def country_of(name: str) -> str | None:
    """The country a name or demonym stands for ("the U.S." -> "US", "Chinese" -> "China"),
    or None for a word this table does not know."""
    key = fold(name).strip().removeprefix("the ").strip(" .")
    return _BY_NAME.get(key) or _BY_NAME.get(key + ".")
