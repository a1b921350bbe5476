"""Issue 11, thirty-fourth session: a reading real coverage (ECB+ development parts) showed
short, on sentences written for this test. (The session's other change, how the confidence
model reads a report's outlets, is tested in ``test_reconcile_confidence.py``.)
"""

from __future__ import annotations

from storyline.reconcile.tallies import sentence_tallies

# ------------------------------------------------------- a toll with a word of degree


def test_a_toll_with_a_degree_word_before_its_participle_is_read():
    assert sentence_tallies("The roof fell in and two villagers slightly injured.") == [
        ("injured", 2.0, "=")]
    assert sentence_tallies("Four passengers were seriously hurt in the crash.") == [
        ("injured", 4.0, "=")]
