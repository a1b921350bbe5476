"""Numbers of games and players that are two facts, not one (issue 11, precision).

Sports coverage gives many numbers of one unit for one player or team: a line of
statistics for every game and season, a score at every moment of a game. Two outlets'
numbers of such a unit are rarely one fact told two ways. Checks, before a pair of figures
(``figures``) or of alike sentences (``statements``) is called a conflict:

* ``other_stat_lines``: both sentences are stat lines (each gives two or more numbers of
  play — points, rebounds, yards, games, carries… — one of them a statistic no market or
  poll report gives) and share no number beyond the small ones that recur by chance.
  "Clark finished with 22 points and nine rebounds" / "Clark finished with 25 points and
  16 rebounds" are two games' lines: a line one outlet got wrong keeps its other numbers.
  Counts that are no numbers of play (rifles, rounds and magazines of one seizure, all
  differing; an index's points) are left to the other rules.
* ``other_stretch``: one sentence opens with a stretch of a game ("During the deciding
  15-2 run, he blocked two shots") that the other does not name ("he blocked six shots"):
  a part of the game against the whole. "In the first quarter, GDP grew 1.1%" / "GDP grew
  1.4% in the first quarter" name one stretch and still compare.
* ``two_moments``: two scores of a state of a game (a lead, a deficit) of which one can
  grow into the other ("a 14-0 lead" / "a 17-7 lead at halftime") are two moments of it.
  Final results ("a 31-24 win" / "a 31-21 win") and a poll's lead still conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.records import Figure

from .evidence import Doc
from .same_measure import poll_number
from .text import STOP_WORDS, fold, stem, tokens, wordset

# Units counted in games: a player's or a team's numbers of play ("points", "games" and
# "goals" count other things too) ...
PLAY_UNITS = frozenset(stem(w) for w in wordset(
    "point points rebound rebounds board boards assist assists block blocks steal steals "
    "turnover turnovers yard yards touchdown touchdowns carry carries reception receptions "
    "catch catches pass passes completion completions attempt attempts rushing receiving "
    "interception interceptions sack sacks tackle tackles game games goal goals save saves "
    "inning innings strikeout strikeouts homer homers hit hits wicket wickets"))
# ... and the ones only games give: a stat line has one of these ("The Dow fell 500
# points and the Nasdaq 120 points" is no stat line).
_GAME_ONLY = frozenset(stem(w) for w in wordset(
    "rebound rebounds board boards assist assists steal steals turnover turnovers yard yards "
    "touchdown touchdowns carry carries reception receptions catch catches completion "
    "completions rushing receiving interception interceptions sack sacks tackle tackles "
    "inning innings strikeout strikeouts homer homers wicket wickets"))

# A score that is a state of a game at a moment, not its result.
_STATES = frozenset(stem(w) for w in wordset("lead leads deficit deficits advantage edge "
                                             "cushion"))


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# How many words after a number its unit of play may stand ("793 total yards", "498 rushing
# yards", "two traditional three-point plays" is no count of points).
_UNIT_WORDS = 3


@lru_cache(maxsize=4096)
def _line(text: str) -> tuple[int, bool, frozenset[float]]:
    """How many numbers of play a sentence gives, whether one is of a unit only games
    give, and its distinctive numbers (not one, two or three, which recur by chance)."""
    words = tokens(text)
    plays, game_only, values = 0, False, set()
    for n, word in enumerate(words):
        if not _DIGITS.fullmatch(word):
            continue
        value = float(word)
        if not (value.is_integer() and value <= 3):
            values.add(value)
        for after in words[n + 1:n + 1 + _UNIT_WORDS]:
            if _DIGITS.fullmatch(after):
                break
            if stem(after) in PLAY_UNITS:
                plays += 1
                game_only = game_only or stem(after) in _GAME_ONLY
                break
    return plays, game_only, frozenset(values)


def other_stat_lines(a_doc: Doc, a_sent: int, b_doc: Doc, b_sent: int) -> bool:
    """Are the two sentences lines of statistics of two occasions: each gives two or more
    numbers of play, one of a unit only games give, and they share no distinctive number?"""
    plays_a, game_a, values_a = _line(a_doc.sentence_text(a_sent))
    plays_b, game_b, values_b = _line(b_doc.sentence_text(b_sent))
    return (plays_a >= 2 and plays_b >= 2 and game_a and game_b
            and not values_a & values_b)


# "During the game's deciding 15-2 run, he blocked two shots", "In the first half, …": a
# sentence opened by a stretch of a game tells numbers of that stretch.
_STRETCH_OPENING = re.compile(
    r"^\W*(?:during|in|over|throughout)\s+((?:[\w'’.-]+\s+){0,6}?"
    r"(?:run|stretch|spell|half|quarter|period|inning|innings|set|lap|overtime))(?![\w-])"
    r"[^,.;]{0,30},", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _stretch_words(text: str) -> frozenset[str]:
    """The words of the stretch a sentence opens with ("deciding", "15", "2", "run"), no
    function words; empty when it opens with none."""
    m = _STRETCH_OPENING.match(text)
    return frozenset(w for w in tokens(m.group(1)) if w not in STOP_WORDS) if m else frozenset()


def other_stretch(a_doc: Doc, a_sent: int, b_doc: Doc, b_sent: int) -> bool:
    """Does one sentence open with a stretch of a game ("During the deciding 15-2 run,")
    whose words the other sentence does not all give?"""
    text_a, text_b = a_doc.sentence_text(a_sent), b_doc.sentence_text(b_sent)
    for one, other in ((text_a, text_b), (text_b, text_a)):
        words = _stretch_words(one)
        if words and not words <= set(tokens(other)):
            return True
    return False


def two_occasions(a_doc: Doc, a_sent: int, b_doc: Doc, b_sent: int) -> bool:
    """Do two sentences tell numbers of two occasions: two stat lines, or a stretch of a
    game and the game?"""
    return (other_stat_lines(a_doc, a_sent, b_doc, b_sent)
            or other_stretch(a_doc, a_sent, b_doc, b_sent))


def _score(f: Figure) -> tuple[float, float] | None:
    """A state of a game's score ("a 14-0 lead": (14, 0)), or None."""
    if (f.kind != "count" or f.bound != "range" or f.value_max is None
            or stem(fold(f.unit)) not in _STATES):
        return None
    return f.value, f.value_max


def two_moments(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """Two scores of a state of one game (leads, deficits; the leading side first, as
    written), one of which can grow into the other: "a 14-0 lead" / "a 17-7 lead at
    halftime". Not a poll's lead ("a 48-44 lead" / "a 50-45 lead" of one poll conflict)."""
    sa, sb = _score(a), _score(b)
    if (sa is None or sb is None or sa == sb or poll_number(a_doc, a.sentence)
            or poll_number(b_doc, b.sentence)):
        return False
    return (sa[0] <= sb[0] and sa[1] <= sb[1]) or (sb[0] <= sa[0] and sb[1] <= sa[1])
