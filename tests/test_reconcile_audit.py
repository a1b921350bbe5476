"""The precision audit of issue 11: false disagreements on unannotated ECB+ text, each class
on short reports written for these tests, with a control that the real conflict is still
reported; and the audit file's reader and report keys.

Classes: numbers of an article that counts one unit for many things (a stat line) set
far from another outlet's number; a rate or average set against a count; an offset
("nine days before the vote") set against a span; an amount
converted in brackets; weekdays of two different happenings ("charged
Saturday" / "a shooting Friday") or of another event ("Saturday's semifinal"); two titles
one outlet gives joined by "and"; one quote told with another clock-time notation or
spelling; two statements joined at an ellipsis taken for a wording of one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reconcile import values_of as _values

from storyline.errors import DatasetError
from storyline.evaluate.discrepancies import AUDIT, Disagreement, load_audit, report_key
from storyline.nlp.pipeline import analyze
from storyline.reconcile import Reconciliation, reconcile
from storyline.reconcile.titles import joined_titles
from storyline.reconcile.wordings import wording_key
from storyline.records import Article, Assignment, Story


def make(text: str, outlet: str) -> tuple[str, str]:
    return outlet, text


def _rec(*articles: tuple[str, str]) -> Reconciliation:
    items = []
    for n, (outlet, text) in enumerate(articles):
        # undated, as ECB+ and half of scraped articles are: weekdays stay weekdays
        article = Article(id=f"a{n}", text=text, outlet=outlet, title=f"{outlet} report")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    return reconcile(Story(id=1, title="test"), items)



# ------------------------------------------------------------------ figures


def test_a_stat_line_number_far_from_another_outlets_is_not_a_conflict():
    a = make("The Harbour Hawks have won 14 games this season. They won the first five "
             "games at home and lost only two games on the road.", "Daily A")
    b = make("The Harbour Hawks, who fired their coach on Monday, have won 40 games in the "
             "two seasons under him.", "Daily B")
    assert not _values(_rec(a, b), "figure")


def test_a_near_miss_of_a_busy_unit_is_still_a_conflict():
    a = make("The Harbour Hawks have won 14 games this season. They won the first five "
             "games at home and lost only two games on the road.", "Daily A")
    b = make("The Harbour Hawks have won 15 games this season, the club said.", "Daily B")
    assert {"14 games", "15 games"} in _values(_rec(a, b), "figure")


def test_a_rate_or_an_average_is_not_set_against_a_count():
    a = make("Dana Voss grabbed seven rebounds in the quarterfinal win over the Lakeside "
             "Owls, the coach said.", "Daily A")
    rate = make("Dana Voss, the forward of the Harbour Hawks, grabbed eight rebounds a game in "
                "the regional tournament.", "Daily B")
    average = make("In the quarterfinal win over the Lakeside Owls, the forward Dana Voss again "
                   "grabbed 8.4 rebounds.", "Daily C")
    assert not _values(_rec(a, rate), "figure")
    assert not _values(_rec(a, average), "figure")
    # control: two counts of the same game differ
    d = make("Dana Voss, the forward of the Harbour Hawks, grabbed eight rebounds in the "
             "quarterfinal win.", "Daily D")
    assert {"7 rebounds", "8 rebounds"} in _values(_rec(a, d), "figure")


def test_an_offset_before_another_moment_is_not_a_span():
    a = make("The new fishing rules will take effect in about 30 days, the ministry said.",
             "Daily A")
    b = make("The new fishing rules take effect nine days before the election, the ministry "
             "said.", "Daily B")
    assert not _values(_rec(a, b), "figure")
    # control: two outlets' spans differ
    c = make("The new fishing rules will take effect in about 20 days, the ministry said.",
             "Daily C")
    assert {"about 30 days", "about 20 days"} in _values(_rec(a, c), "figure")


def test_an_amount_converted_in_brackets_is_the_same_sum():
    a = make("Damage to the harbour museum was estimated at 2 million euros ($2.2 million), "
             "officials said.", "Daily A")
    b = make("Officials estimated the damage to the harbour museum at $2 million.", "Daily B")
    assert not _values(_rec(a, b), "figure")
    # control: another outlet's different sum
    c = make("Officials estimated the damage to the harbour museum at $2.2 million.",
             "Daily C")
    assert {"$2 million", "$2.2 million"} in _values(_rec(b, c), "figure")


# ------------------------------------------------------------------ weekdays


def test_weekdays_of_two_happenings_in_one_sentence_are_not_a_conflict():
    a = make("A 40-year-old man was charged with arson Saturday after a warehouse fire on "
             "the river road.", "Daily A")
    b = make("A man has been charged with arson after a warehouse fire on the river road "
             "Friday.", "Daily B")
    assert not _values(_rec(a, b), "date")
    # control: the same happening on two weekdays
    c = make("A 40-year-old man was charged with arson Friday after a warehouse fire on the "
             "river road.", "Daily C")
    assert {"Saturday", "Friday"} in _values(_rec(a, c), "date")


def test_a_weekday_in_the_possessive_names_another_event():
    a = make("The Harbour Hawks beat the Lakeside Owls 71-60 on Friday in the quarterfinals "
             "of the regional tournament.", "Daily A")
    b = make("The Harbour Hawks beat the Lakeside Owls 71-60 in the quarterfinals of the "
             "regional tournament and meet Ridge in Saturday's semifinals.", "Daily B")
    assert not _values(_rec(a, b), "date")


# ------------------------------------------------------------------ titles


def test_titles_one_outlet_joins_with_and_are_both_held():
    assert ("president", "manager") in joined_titles(
        "The move by club president and general manager Rhea Castell surprised fans.")
    assert joined_titles("Inspector Tom Reyes and the mayor spoke.") == []
    a = make("The move by club president and general manager Rhea Castell surprised fans "
             "of the team.", "Daily A")
    b = make("Club president Rhea Castell said she met the coach before the move.",
             "Daily B")
    assert not _values(_rec(a, b), "title")
    # control: an outlet that gives only the other title still differs from a third one
    c = make("Spokesman Rhea Castell said she met the coach before the move.", "Daily C")
    assert _values(_rec(b, c), "title")


# ------------------------------------------------------------------ quote wordings


def test_clock_notation_and_spelling_do_not_make_another_wording():
    assert wording_key("He gave himself up just after 6:00 p.m. in the neighborhood") == \
        wording_key("He gave himself up just after 6 p.m. in the neighbourhood")
    assert wording_key("She died at 18:41 this evening") == \
        wording_key("She died at 6:41pm PST this evening")
    # control: another time or another word is another wording
    assert wording_key("He gave himself up just after 6 p.m.") != \
        wording_key("He gave himself up just after 7 p.m.")
    assert wording_key("Nothing in this rule") != wording_key("Nothing in the rule")


def test_two_statements_joined_at_an_ellipsis_are_no_wordings_of_one():
    a = make('"She captured the imagination of a whole generation with her free spirit and her '
             'daring," said her agent Mark Rolle in a statement. "She is the embodiment of '
             'grace."', "Daily A")
    b = make('Rolle described her as "the embodiment of grace," and said she "captured the '
             'imagination of a whole generation with her free spirit and her daring."',
             "Daily B")
    assert not _values(_rec(a, b), "quote")
    # control: a piece that rewords the other outlet's quote is still a different wording
    c = make('"She captured the imagination of an entire generation with her free spirit '
             'and her daring," said her agent Mark Rolle in a statement.', "Daily C")
    assert _values(_rec(b, c), "quote")


# ------------------------------------------------------------------ the audit file


def test_report_keys_are_stable_and_ignore_order_and_notation():
    a = Disagreement("9ecb", "figure", "comments", {"235,000 comments": ["a"], "300,000": []})
    b = Disagreement("9ecb", "figure", "other", {"300,000": ["x"], "235000 comments": []})
    assert report_key(a) == report_key(b)
    assert report_key(a) != report_key(Disagreement("9ecb", "figure", "", {"1": [], "2": []}))


def test_the_audit_file_reads_and_bad_rows_are_named(tmp_path: Path):
    judged = load_audit(AUDIT)
    assert judged and {r["judgement"] for r in judged.values()} == {"real", "false"}
    bad = tmp_path / "audit.tsv"
    bad.write_text("subtopic\tkind\tkey\tjudgement\tvalues\treason\n"
                   "1ecb\tname\tabc\tmaybe\tA / B\twhy\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"audit\.tsv:2"):
        load_audit(bad)
