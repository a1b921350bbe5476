"""A casualty's condition and place of death told two ways (issue 11, recall of details).

Two closed classes that casualty news states for one hurt or dead person, each a small set
of mutually exclusive members:

* **Hospital condition**: the scale hospitals give ("listed in critical condition",
  "in stable condition", "critically injured"): critical (also grave, "critically
  hurt"), serious ("in serious condition"; "seriously hurt" is said loosely of any injury
  that is not minor, so it is not read), fair, good (also satisfactory), and stable.
  "Stable" is a trend, not a level: it sits with serious, fair and good ("serious but
  stable") and contradicts only critical. A phrase giving two levels ("critical but
  stable") is one statement and is read as neither.
* **Place of death**: at the scene, on the way to hospital, in hospital ("died at the
  scene" / "died on the way to the hospital" / "was pronounced dead at Mercy Hospital").

Both are told for one person, so the rules of ``attributes.closed_class_conflicts`` apply
(each article one member, the story two) and, besides, a mention whose subject is several
people ("two others were in critical condition", "both died at the scene") marks the story
as having several casualties of that class and nothing is read from it, as does a toll of
two or more injured (for the condition) or dead (for the place of death: "killing 12 and
injuring 80", "dozens were hurt", read as ``tallies`` reads them); two sentences
naming different people (spaCy's PERSON names, no word shared), different specific roles
("the officer" / "a bystander"), words of different sexes ("a woman" / "he") or one naming
the attacker (the gunman who died at the scene) and the other not are about two people. A condition
changes: a story that tells the change ("upgraded to", "improved", "no longer") is
skipped, and two reports published further apart than ``condition_update_hours`` are an
update, not a disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .attributes import Told, closed_class_conflicts
from .evidence import Doc
from .model import Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .tallies import sentence_tallies
from .text import wordset

_LEVEL = r"(critical|serious|grave|stable|fair|good|satisfactory)"
_CONDITION = re.compile(
    r"\b(?:in|to)\s+(?:an?\s+)?(?:(?:very|extremely|still)\s+)?" + _LEVEL
    + r"(?:\s*(?:,|but|and|yet|though|to)\s*(?:(?:very|still)\s+)?" + _LEVEL + r")?"
    r"\s+condition\b")
# "in critical condition but stable": a second level after the noun, one statement too
_AFTER_LEVEL = re.compile(r"\s*,?\s*(?:but|and|yet|though)\s+(?:still\s+)?" + _LEVEL + r"\b")
# "Seriously injured" is said loosely of any injury that is not minor; "critically" is not.
_ADVERB = re.compile(r"\b(critically|gravely)\s+(?:injur|wound|hurt|burn)\w*")
_MEMBER = {"critical": "critical", "grave": "critical", "critically": "critical",
           "gravely": "critical", "serious": "serious",
           "stable": "stable", "fair": "fair", "good": "good", "satisfactory": "good"}
# "in good condition" is said of cars and houses too: the sentence must be about care.
_CARE = re.compile(
    r"\b(hospital\w*|listed|treated|treatment|surgery|intensive care|medical cent\w+|trauma|"
    r"injur\w*|wound\w*|shot|stabbed|burn\w*|hurt|airlifted|patient|victim|taken|rushed|"
    r"flown|admitted|doctors?|ambulance|paramedics)\b", re.I)
# The story tells the condition changing: an update, not two outlets' accounts.
_CHANGE = re.compile(r"\b(upgraded|downgraded|improv\w+|worsen\w*|deteriorat\w+|no longer|"
                     r"now (?:in|listed))\b", re.I)

_SAID_OF_CONDITION = re.compile(r"\bcondition\b|\b" + _LEVEL + r"\b|\bcritically\b", re.I)

_DEATH = (r"\b(?:died|dies|dead|killed|succumbed\s+to\s+(?:his|her|their)\s+"
          r"(?:injuries|wounds))(?:\s+(?:shortly|soon|later|instantly|immediately|then|"
          r"while|after|being|been))*")
_PLACES = (
    ("at the scene", r"(?:at|on)\s+the\s+scene"),
    ("on the way to hospital",
     r"(?:on\s+(?:the|her|his|their)\s+way|en\s+route|in\s+the\s+ambulance\s+on\s+the\s+way)"
     r"\s+to\s+(?:the\s+|a\s+)?hospital"),
    ("in hospital",
     r"(?:(?:in|at)\s+(?:the\s+|a\s+)?hospital|at\s+(?:[A-Z][\w'.-]*\s+){1,4}"
     r"(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary)|(?:after|upon|on)\s+(?:arriving|arrival|"
     r"being\s+(?:taken|rushed|flown|airlifted))\s+(?:at|to)\s+(?:the\s+|a\s+)?hospital)"),
)
_DEATH_PLACE = re.compile(_DEATH + r"\s+(?:" + "|".join(
    f"(?P<p{n}>{rx})" for n, (_, rx) in enumerate(_PLACES)) + r")")
# "taken to hospital, where he died": the place before the death.
_WHERE_DIED = re.compile(r"\b(?:taken|rushed|flown|airlifted)\s+to\s+(?:the\s+|a\s+)?"
                         r"hospital,?\s+where\s+(?:he|she)\s+(?:later\s+)?(?:died|was\s+"
                         r"pronounced\s+dead)")
# Words right before a mention that make its subject several people (or another one).
_SEVERAL = re.compile(
    r"\b(were|are|remain|both|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
    r"several|many|others|all|some|people|victims|men|women|children|\d+)\b", re.I)
_AFTER_SEVERAL = re.compile(
    r"^\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|both|others|dozens|"
    r"\d+)\b", re.I)
_LEAD_SENTENCES = 3  # an article's first content sentences: where its own toll is told
# Tolls without a number: "dozens were injured", "many people died".
_MANY = re.compile(r"\b(?:dozens|scores|hundreds|thousands|many|several|others)\s+(?:of\s+"
                   r"(?:people|others)\s+|people\s+|more\s+)?(?:were\s+|are\s+|have\s+"
                   r"been\s+)?(injured|wounded|hurt|killed|dead|died)\b", re.I)
# The attacker: a death of the attacker and a death of a victim are two people's.
_ATTACKER = re.compile(r"\b(gunman|shooter|attacker|assailant|suspect|bomber|killer|"
                       r"hijacker|perpetrator)\b", re.I)

# Specific roles of a hurt person ("victim", "man", "woman" say nothing): two sentences
# naming only different ones are about two people.
_ROLES = frozenset(wordset(
    "officer deputy trooper sergeant constable chief bystander passer-by employee worker "
    "co-worker coworker guard firefighter driver passenger pilot cyclist pedestrian "
    "student teacher child boy girl teenager teen nurse doctor soldier manager owner "
    "customer neighbour neighbor resident tourist climber hiker motorist rider"))

_MALE = wordset("he him his man boy husband father son brother male")
_FEMALE = wordset("she her hers woman girl wife mother daughter sister female")


def _before(text: str, at: int, words: int = 7) -> str:
    """The last few words before an offset, not crossing a clause break (';', ':')."""
    head = re.split(r"[;:]", text[:at])[-1]
    return " ".join(head.split()[-words:])


def _conditions(doc: Doc, several: set[str]) -> Told:
    out: Told = defaultdict(lambda: defaultdict(list))
    for index in doc.content:
        text = doc.sentence_text(index)
        if not _CARE.search(text):
            continue
        if _CHANGE.search(text) and _SAID_OF_CONDITION.search(text):
            several.add("condition")  # the story tells a change: an update
            continue
        for m in _CONDITION.finditer(text):
            if _SEVERAL.search(_before(text, m.start())):
                several.add("condition")
                continue
            first, second = m.group(1), m.group(2)
            after = _AFTER_LEVEL.match(text[m.end():])
            second = second or (after.group(1) if after else None)
            if second and _MEMBER[second] != _MEMBER[first]:
                continue  # "critical but stable": one statement, neither level alone
            out["condition"][_MEMBER[first]].append((index, f"{first} condition"))
        for m in _ADVERB.finditer(text):
            word = m.group(0).split()[-1]
            plural = (_AFTER_SEVERAL.search(text[m.end():]) if word.endswith("ing")
                      else _SEVERAL.search(_before(text, m.start())))
            if plural:
                several.add("condition")
                continue
            out["condition"][_MEMBER[m.group(1).lower()]].append((index, m.group(0)))
    return out


def _death_places(doc: Doc, several: set[str]) -> Told:
    out: Told = defaultdict(lambda: defaultdict(list))
    for index in doc.content:
        text = doc.sentence_text(index)
        hits = [(m.start(), next(n for n in range(len(_PLACES)) if m.group(f"p{n}")),
                 m.group(0)) for m in _DEATH_PLACE.finditer(text)]
        hits += [(m.start(), 2, m.group(0)) for m in _WHERE_DIED.finditer(text)]
        for at, n, words in hits:
            if _SEVERAL.search(_before(text, at)):
                several.add("death place")
                continue
            name, _ = _PLACES[n]
            out["death place"][name].append((index, _shown(words, name)))
    return out


def _shown(words: str, name: str) -> str:
    """The place as the outlet words it, from its first word of place ("at the scene",
    "on the way to the hospital")."""
    m = re.search(r"\b(?:at|on|in|en|after|upon)\b.*$", words.split(None, 1)[-1])
    return m.group(0) if m and len(m.group(0)) < 60 else name


def _names(doc: Doc, index: int) -> set[str]:
    return {w.lower() for e in doc.analysis.entities
            if e.label == "PERSON" and e.sentence == index for w in e.text.split()}


def _roles(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z-]+", text.lower())
            if w.removesuffix("s") in _ROLES}


def _gender(text: str) -> str | None:
    """"m" or "f" when a sentence's words for people are of one sex only, else None."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return None if male == female else "m" if male else "f"


def _one_person(da: Doc, ia: int, db: Doc, ib: int) -> bool:
    """The two sentences may be about one person: no two different names, no two
    different roles ("the officer" / "a bystander"), and the attacker named in both or in
    neither."""
    na, nb = _names(da, ia), _names(db, ib)
    if na and nb and not na & nb:
        return False
    ra, rb = _roles(da.sentence_text(ia)), _roles(db.sentence_text(ib))
    if ra and rb and not ra & rb:
        return False
    ga, gb = _gender(da.sentence_text(ia)), _gender(db.sentence_text(ib))
    if ga and gb and ga != gb:
        return False
    return (bool(_ATTACKER.search(da.sentence_text(ia)))
            == bool(_ATTACKER.search(db.sentence_text(ib))))


def _tolls(docs: list[Doc]) -> set[str]:
    """The classes a story's tolls make ambiguous: several injured ("injuring 80", "dozens
    were hurt") leave no one casualty whose condition it is, several dead no one death.
    Tolls are read in each article's lead, where it tells its own event (a toll recalled
    from another event comes later)."""
    out: set[str] = set()
    for doc in docs:
        if not doc.independent:
            continue
        for index in doc.content[:_LEAD_SENTENCES]:
            text = doc.sentence_text(index)
            kinds = {kind for kind, value, _ in sentence_tallies(text) if value >= 2}
            kinds |= {"injured" if m.group(1).lower().startswith(("inj", "wou", "hur"))
                      else "killed" for m in _MANY.finditer(text)}
            if "injured" in kinds:
                out.add("condition")
            if "killed" in kinds:
                out.add("death place")
    return out


def _condition_clash(a: str, b: str) -> bool:
    return "stable" not in (a, b) or "critical" in (a, b)


def casualty_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                       ) -> list[Discrepancy]:
    """One casualty's hospital condition or place of death told two ways by independent
    outlets (see the module's rules)."""
    several = _tolls(docs)
    conditions = {d.order: _conditions(d, several) for d in docs if d.independent}
    places = {d.order: _death_places(d, several) for d in docs if d.independent}
    limit = options.condition_update_hours * 3600

    def close_in_time(da: Doc, ia: int, db: Doc, ib: int) -> bool:
        ta, tb = da.published_at, db.published_at
        if ta and tb and abs((ta - tb).total_seconds()) > limit:
            return False
        return _one_person(da, ia, db, ib)

    out: list[Discrepancy] = []
    if "condition" not in several:
        out += closed_class_conflicts(
            docs, lambda d: conditions.get(d.order, {}), lambda _: "the casualty's condition",
            "The outlets give one casualty's condition as different levels of the hospital "
            "scale.", pair_ok=close_in_time, clash=_condition_clash)
    if "death place" not in several:
        out += closed_class_conflicts(
            docs, lambda d: places.get(d.order, {}), lambda _: "where the casualty died",
            "The outlets say the casualty died in different places.", pair_ok=_one_person)
    return out
