"""Word lists of personal names: title and role words, honorifics, name particles, the
departments that prefix ministers' titles, and company suffixes."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Head words of titles and roles. A premodifier counts as a role only when the word right
# before the name is one of these or a lowercase common noun ("analyst Jane Doe").
TITLE_WORDS = word_set(
    """
    president vice-president president-elect secretary secretary-general minister premier
    chancellor senator sen. sen rep. rep representative congressman congresswoman governor
    gov. gov mayor ceo cfo coo cto chairman chairwoman chair chairperson director
    director-general spokesman spokeswoman spokesperson ambassador envoy general gen. gen
    admiral judge justice leader king queen prince princess pope negotiator official adviser
    advisor economist analyst professor prof. commissioner attorney attorney-general lawmaker
    coach founder co-founder head officer manager executive speaker commander chief lt. col.
    sgt. captain capt. colonel lieutenant sergeant inspector treasurer editor correspondent
    commodore brigadier corporal marshal councillor councilor alderman
    reporter author candidate nominee deputy emperor sheikh prosecutor lawyer strategist
    researcher scientist activist diplomat counsel delegate trader investor owner partner
    superintendent sheriff dean rabbi bishop cardinal archbishop reverend rev. pastor imam
    player boss principal vice magistrate whip mp mep representative premier president
    governor-general chief-executive ruler monarch dictator chairmen economist pollster
    """
)
# ("Cllr Dyfrig Wyn Hughes": a British councillor's title written as an honorific)
HONORIFICS = word_set("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady miss cllr cllr.")
NAME_PARTICLES = word_set("de da del della der van von bin al el la le di du dos ibn")
# Departments whose name prefixes a minister's title ("Commerce Secretary").
DEPARTMENTS = word_set(
    "treasury commerce defense defence state justice labor labour energy interior health "
    "education transportation transport agriculture finance trade foreign home housing "
    "environment culture industry economy veterans"
) | {"homeland security", "foreign affairs", "home affairs", "human services"}
ORG_SUFFIXES = word_set("llc inc inc. corp corp. ltd ltd. co co. plc ag sa gmbh n.v. group")


def is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS
