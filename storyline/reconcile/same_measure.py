"""Evidence that two outlets' numbers measure the same thing (issue 11, precision).

Two numbers that share a unit are often two facts: "a 10-game stretch" and "a three-game
losing streak", "a 73-yard drive" and "an 80-yard run", one player's 226 yards and
another's 205. Structural checks, before a pair of figures is called a conflict:

* a number written as a compound modifier ("three-game streak", "73-yard drive") measures
  the noun it modifies: it is one thing with another compound of the same head noun, or
  with a plain number whose sentence names that noun, not with anything else;
* the people a value is credited to (the subjects of its sentences, across every article
  giving that value) must overlap the other value's: two disjoint holders are two facts;
* a number compares only with numbers of its sort (``count_sort``): the whole a part is
  taken from ("8 of 14 shots"), a window ("the last 10 games"), a further lot ("another
  two") or a plain count;
* a poll's number ("a margin of error of 4 points") compares only with a number of the
  same poll: both sentences name its pollster or sponsor (``same_poll``);
* a number given as a share of a whole ("2.44 million people, or 88 percent of the
  eligible voters") does not compare with a number whose sentence names that whole ("2.5
  million people were eligible"; ``of_the_whole``);
* a number naming a make or model ("7 AK-47 rifles") does not compare with a number of the
  unit whose sentence gives that model to another number ("12 AK 47 guns, three rifles";
  ``other_model``).
"""

from __future__ import annotations

import re

from storyline.records import Entity, Figure

from .evidence import Doc
from .text import NUMBER_WORDS, STOP_WORDS, fold, stem, tokens, wordset

# "10-game", "three-game", "73-yard", "6.1-magnitude": a number and its unit joined by a
# hyphen, then the noun phrase it modifies.
_COMPOUND = re.compile(r"^[\w.,]+\s*-\s*[a-z]+$", re.IGNORECASE)
# Words that end the modified noun phrase: prepositions, conjunctions, verbs' particles.
_PHRASE_END = wordset(
    "of in on at for with to from by as and or but that which who when after before than "
    "into over under since during while is was were are has had have be been")
_WORD = re.compile(r"[A-Za-z]+")
# How many words after a compound can belong to the noun it modifies ("game winning drive").
_HEAD_WORDS = 3


def modified_head(doc: Doc, start: int, end: int, unit: str) -> str | None:
    """The stem of the noun a hyphenated number modifies ("a three-game losing streak" ->
    "streak"), None when the number is not a compound modifier. Ages ("a 60-year-old woman")
    are left to the age rule."""
    text = doc.article.text
    if not _COMPOUND.match(text[start:end].strip()) or "-" not in text[start:end]:
        return None
    after = text[end:end + 60]
    if after[:1] not in (" ", "\u00a0") or (fold(unit).startswith("year") and "old" in after[:6]):
        return None
    head = None
    for n, m in enumerate(_WORD.finditer(after)):
        word = m.group(0)
        if n >= _HEAD_WORDS or fold(word) in _PHRASE_END or re.search(r"[,.;:()]",
                                                                      after[:m.start()]):
            break
        head = word
    return stem(fold(head)) if head and len(head) > 2 else None


# "nine yards behind the line of scrimmage", "40 metres from the wall": a noun after a
# preposition of place is the point a length is measured from, not the thing measured.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:behind|from|past|beyond|short of|off|inside|outside|before|toward|towards)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)


# A margin told without the word: "won by 12 votes", "passed by three seats", "won by 12
# points" is "a 14-vote margin", "a three-seat majority", "a 10-point lead".
_BY_MARGIN = re.compile(r"\bby\s+(?:only\s+|just\s+|a\s+mere\s+)?[\w,.]+\s+"
                        r"(?:votes?|seats?|(?:percentage\s+)?points?)\b", re.IGNORECASE)
_MARGINS = frozenset({"margin", "majority", "lead"})
# A prison term told without the word: "sentenced to 12 years", "12 years in prison" is "a
# 10-year prison term", "a 10-year sentence".
_SENTENCED = re.compile(r"\b(?:sentenc\w*|prison|jail\w*|imprison\w*)\b", re.IGNORECASE)
_TERMS = frozenset({"term", "sentence"})


def _names_head(doc: Doc, sentence: int, head: str) -> bool:
    """Does the sentence name the noun, other than as a point measured from? A margin may
    be told as "by 12 votes"."""
    text = doc.sentence_text(sentence)
    if head in _MARGINS and _BY_MARGIN.search(text):
        return True
    if head in _TERMS and _SENTENCED.search(text):
        return True
    return any(stem(fold(m.group(0))) == head
               and not _REFERENCE_BEFORE.search(text[max(0, m.start() - 20):m.start()])
               for m in _WORD.finditer(text))


def same_modified_thing(a_doc: Doc, a_sent: int, a_head: str | None,
                        b_doc: Doc, b_sent: int, b_head: str | None) -> bool:
    """Can two numbers measure one thing, by what they modify? Two compounds need the same
    head noun; a compound and a plain number need the plain number's sentence to name the
    compound's noun ("a 73-yard drive" / "the drive went 80 yards")."""
    if a_head is None and b_head is None:
        return True
    if a_head is not None and b_head is not None:
        return a_head == b_head
    if a_head is not None:
        return _names_head(b_doc, b_sent, a_head)
    assert b_head is not None
    return _names_head(a_doc, a_sent, b_head)


# A make or model written between a number and its unit ("7 AK-47 rifles", "seven Boeing
# 737 jets"): the letters of a capitalised word there.
_MODEL_WORD = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*(?:[-\s]?\d+[A-Za-z]*)?")
_LETTERS = re.compile(r"[a-z]{2,}")


def _models(text: str, unit: str) -> set[str]:
    """The make or model words of a figure's text, folded ("7 AK-47 rifles" -> {"ak"})."""
    words = text.split()
    at = next((n for n, w in enumerate(words)
               if any(c.isdigit() for c in w) or fold(w) in NUMBER_WORDS), len(words))
    words = words[at + 1:]  # the words after the number
    if words and fold(words[-1]).startswith(fold(unit)[:4]):
        words = words[:-1]
    return {w for m in _MODEL_WORD.finditer(" ".join(words)) for w in _LETTERS.findall(
        fold(m.group(0)))}


def other_model(a_doc: Doc, a_fig: Figure, b_doc: Doc, b_fig: Figure) -> bool:
    """One number names a make or model ("7 AK-47 rifles") that the other number's words
    lack and that its sentence gives to another number ("12 AK 47 guns, three rifles"): the
    other counts the rest of the unit, not that model."""
    for f, o_doc, o_fig in ((a_fig, b_doc, b_fig), (b_fig, a_doc, a_fig)):
        models = _models(f.text, f.unit) - set(_LETTERS.findall(fold(o_fig.text)))
        if models and any(
                models & set(_LETTERS.findall(fold(g.text))) for g in o_doc.analysis.figures
                if g.sentence == o_fig.sentence and g.start != o_fig.start):
            return True
    return False


# "2.44 million people, accounting for 88 percent of the country's eligible voters": a
# number given as a share of a whole, then the words naming the whole.
_SHARE_OF = re.compile(
    r"^[^.;:,]{0,20},\s*(?:or|accounting for|representing|making up|amounting to)\s+"
    r"(?:(?:some|about|nearly|almost|roughly|around|over|more than)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per cent)\s+of\s+([^.;:,()]{1,60})", re.IGNORECASE)
_POSSESSOR = re.compile(r"^.*['’]\s?s?\s+")


def _whole_words(doc: Doc, f: Figure) -> set[str]:
    """The words naming the whole a number is a share of ("eligible voters"; the possessor
    before them, "the country's", left out), stemmed; empty when it is no share."""
    m = _SHARE_OF.match(doc.article.text[f.end:f.end + 140])
    if not m:
        return set()
    whole = _POSSESSOR.sub("", m.group(1))
    return {stem(w) for w in tokens(whole)
            if w not in STOP_WORDS and not w.isdigit() and len(w) > 2} - {stem(fold(f.unit))}


def of_the_whole(a_doc: Doc, a_fig: Figure, b_doc: Doc, b_fig: Figure) -> bool:
    """One number is given as a share of a whole ("2.44 million people, or 88 percent of
    the eligible voters") and the other's sentence names that whole ("2.5 million people
    were eligible to vote"): the other counts the whole, not the share."""
    for d, f, od, of in ((a_doc, a_fig, b_doc, b_fig), (b_doc, b_fig, a_doc, a_fig)):
        whole = _whole_words(d, f)
        if whole and whole & {stem(w) for w in tokens(od.sentence_text(of.sentence))}:
            return True
    return False


def disjoint_holders(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both values are credited to named people, and to none in common: two facts."""
    return bool(a) and bool(b) and not a & b


_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DET = r"(?:(?:the|their|his|her|its|our|a|an|[A-Z][\w.]*\s?['’]\s?s?)\s+)?"
_SPAN = r"(?:first|last|past|next|final|opening|previous|latest)"
# "8 of 14 shots", "five of Creighton's first eight points": the number after "N of" is
# the whole a part is taken from (attempts, a span), not a total of the thing counted.
# Not after "one of" ("she was one of about 1,400 people ordered out"): one member of a
# group, whose number is then the group's size, a count like any other.
_WHOLE_BEFORE = re.compile(rf"\b(?!(?:one|1)\b){_NUMBER}\s+of\s+{_DET}(?:{_SPAN}\s+)?$",
                           re.IGNORECASE)
# "the last 10 games", "over the past eight days": a window the writer chose.
_WINDOW_BEFORE = re.compile(rf"\b{_SPAN}\s+$", re.IGNORECASE)
# "another two touchdowns", "three other rifles": a further lot, not the whole count.
_EXTRA_BEFORE = re.compile(r"\b(?:another|an additional|a further)\s+$", re.IGNORECASE)
_EXTRA_AFTER = re.compile(r"^\s+(?:other|more|additional|further)\b", re.IGNORECASE)
# ... and inside a count read up to its noun ("12 more bodies", "three other rifles")
_EXTRA_INSIDE = re.compile(r"[\w]\s+(?:other|more|additional|further)\s+[a-z]", re.IGNORECASE)
# "24 straight completions", "17 unanswered points": a run, not a whole count.
_RUN = re.compile(r"(?:^|[\w]\s+)(?:straight|consecutive|successive|unanswered|"
                  r"back-to-back)\b", re.IGNORECASE)


# "four seasons as the team's director", "six years as mayor": the span of one role, not of
# the whole time with a team or in office.
_ROLE_AFTER = re.compile(r"^\s+as\s+(?!(?:of|well|many|much|long|soon|far|if|though|a result)\b)"
                         r"(?:a|an|the|his|her|their|its|[A-Z][\w.]*)\b")


# Units of a time in a role ("as" after another number is a conjunction: "ran for 226
# yards as the Rovers beat the Owls").
_TENURE = re.compile(r"\b(?:seasons?|years?|months?|terms?)\s*$", re.IGNORECASE)


def count_sort(doc: Doc, start: int, end: int) -> str:
    """What sort of count a number is, by the words around it: "whole" (the N of "8 of 14
    shots"), "window" ("the last 10 games"), "extra" ("another two", "three other"), "run"
    ("24 straight completions"), "role"
    ("four seasons as director"), or "" (a plain count). Numbers compare only with numbers
    of their sort."""
    text = doc.article.text
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    if _WHOLE_BEFORE.search(before):
        return "whole"
    if _WINDOW_BEFORE.search(before):
        return "window"
    inside = text[start:end]
    if (_EXTRA_BEFORE.search(before) or _EXTRA_AFTER.match(after)
            or _EXTRA_INSIDE.search(inside)):
        return "extra"
    if _RUN.search(inside) or _RUN.match(after.lstrip()):
        return "run"
    if _ROLE_AFTER.match(after) and _TENURE.search(text[start:end]):
        return "role"
    return ""


# A number from an opinion poll: outlets cite different polls (each with its own shares and
# margin of error), so two outlets' poll numbers are one poll's only when both sentences
# name the same pollster or sponsor.
# Lower case only: "Survey" in a name ("the U.S. Geological Survey") is no opinion poll.
# Nor is a geological, seismological or geophysical survey, however written.
# Nor are the places and hours of voting ("polling stations counted", "the polls closed",
# "went to the polls").
_POLL = re.compile(r"\b(?:(?<!to the )polls?(?!\s+(?:closed?|opened?|closing|opening)\b)|"
                   r"polling(?!\s+(?:stations?|places?|booths?|day|districts?|units?|centres?|"
                   r"centers?|officials?|staff|clerks?|agents?|tables?|precincts?|divisions?|"
                   r"sites?|hours?|venues?|locations?)\b)|pollsters?|"
                   r"(?<!geological )(?<!seismological )"
                   r"(?<!geophysical )surveys?|surveyed|respondents|"
                   r"margin of (?:sampling )?error|sampling error)\b")
_POLL_WORD = re.compile(r"\b(?:polls?|surveys?)\b", re.IGNORECASE)
# Labels a pollster or sponsor is tagged with ("Quinnipiac University", "CNN/ORC").
_SOURCE_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE"})


def poll_number(doc: Doc, sentence: int) -> bool:
    """Does the sentence give a number of an opinion poll ("the margin of error is plus or
    minus 4 points", "48 percent of likely voters in a new survey")?"""
    return bool(_POLL.search(doc.sentence_text(sentence)))


def _poll_sources(doc: Doc, sentence: int) -> set[str]:
    """Names in the sentence that can say whose poll it is: organisations, and a capitalised
    word right before "poll" or "survey" ("a Quinnipiac poll", "the Gallup survey")."""
    text = doc.sentence_text(sentence)
    out = {fold(e.text).removeprefix("the ") for e in doc.analysis.entities
           if e.sentence == sentence and e.label in _SOURCE_LABELS}
    for m in _POLL_WORD.finditer(text):
        before = _WORD.findall(text[max(0, m.start() - 30):m.start()])
        if before and before[-1][:1].isupper() and len(before[-1]) > 2:
            out.add(fold(before[-1]))
    return {s for s in out if s}


def same_poll(a_doc: Doc, a_sent: int, b_doc: Doc, b_sent: int) -> bool:
    """Can two outlets' numbers be one poll's? Not when either sentence tells a poll's
    number and the two sentences name no pollster or sponsor in common."""
    if not (poll_number(a_doc, a_sent) or poll_number(b_doc, b_sent)):
        return True
    return bool(_poll_sources(a_doc, a_sent) & _poll_sources(b_doc, b_sent))


# "his cousin Ivo Marsh": a name after a word for a relative or companion is a person's,
# whatever label the tagger gave it (it tags some such names ORG).
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|my|our|a|the)|['’]s?)\s+(?:\w+\s+)?(?:cousin|brother|sister|son|"
    r"daughter|father|mother|husband|wife|uncle|aunt|nephew|niece|friend|teammate|"
    r"colleague|partner|fiancee?|boyfriend|girlfriend|grandson|granddaughter|stepson|"
    r"stepdaughter)\s*,?\s*$", re.IGNORECASE)
_NAME_LIKE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def relative(doc: Doc, entity: Entity) -> bool:
    """A name right after a word for a relative or companion ("his cousin Ivo Marsh")."""
    return (_NAME_LIKE.fullmatch(entity.text.strip()) is not None
            and _KIN_BEFORE.search(doc.article.text[max(0, entity.start - 40):entity.start])
            is not None)


def is_person(doc: Doc, entity: Entity) -> bool:
    """A person's name: tagged PERSON, or a name of two or three words right after a word
    for a relative or companion ("his cousin Ivo Marsh")."""
    return entity.label == "PERSON" or relative(doc, entity)



# A change's direction, read just before its number ("rose in value by 8.04%", "was down
# 3.76%", "fell 251 points"). Outlets may round a move differently, but one telling it as
# a rise and another as a fall tell two moves (two days, two indexes), not one number.
_UP = wordset("rose risen rising rises gained gaining gains up climbed climbing jumped surged "
              "soared increased increasing grew growing advanced added higher")
_DOWN = wordset("fell fallen falling falls dropped dropping down lost losing declined declining "
                "slipped slid shed plunged plummeted tumbled decreased shrank sank lower")
_MOVE_WORDS = 5  # words before the number read for its direction (" in value by")


def direction(doc: Doc, f: Figure) -> str:
    """"up", "down" or "" for a number told as a change ("rose 3%", "was down 251 points")."""
    before = fold(doc.article.text[max(0, f.start - 60):f.start])
    before = re.split(r"[.;:!?,()]", before)[-1]
    for word in reversed(_WORD.findall(before)[-_MOVE_WORDS:]):
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
    return ""


def opposite_moves(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """One number told as a rise, the other as a fall: two moves, not one told two ways."""
    da, db = direction(a_doc, a), direction(b_doc, b)
    return bool(da and db) and da != db

