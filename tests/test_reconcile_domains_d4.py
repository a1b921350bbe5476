"""Issue 11, disagreements in the hidden check's domains (engineer D4): each rule on short
two-outlet reports written for these tests, a disagreement that must be reported and a
control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values


def _all(rec: object) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies]  # type: ignore[attr-defined]


def test_a_wire_datelines_day_is_no_disagreement():
    a = ("OTTAWA, March 2 (Wire) - Canada will impose a 20% duty on imported steel from "
         "next month, the finance ministry said.")
    b = ("OTTAWA, March 3 (Wire) - Canada will impose a 20% duty on imported steel from "
         "next month, the finance ministry said on Tuesday.")
    assert not _all(_rec(a, b, published=["2025-03-02", "2025-03-03"]))
    # the number after the dateline still counts
    c = ("OTTAWA, March 3 (Wire) - Canada will impose a 25% duty on imported steel from "
         "next month, the finance ministry said on Tuesday.")
    assert any({"20%", "25%"} <= v for v in _all(_rec(a, c, published=["2025-03-02",
                                                                       "2025-03-03"])))


def test_the_day_results_were_published_does_not_date_the_vote():
    a = "Lena Sorvik won Sunday's mayoral runoff with 41.2% of the vote, officials said."
    b = ("Sorvik took 43.2% of the vote in the runoff, according to official results "
         "released on Monday.")
    assert {"41.2%", "43.2%"} in _values(_rec(a, b), "figure")
    # two happenings on two days stay two
    c = "Sorvik won 43.2% of the vote in Monday's mayoral runoff, officials said."
    assert not _values(_rec(a, c), "figure")


def test_an_approximate_span_covers_the_exact_one():
    a = "The former treasurer was jailed on Monday for almost 15 years."
    b = "A judge jailed the former treasurer for 14 years and nine months on Monday."
    assert not _values(_rec(a, b), "figure")
    c = "A judge jailed the former treasurer for 11 years and nine months on Monday."
    assert _values(_rec(a, c), "figure")


def test_one_move_told_with_two_new_levels():
    a = "Brasilia will lower its import duty on electric cars to 25% from 60%, officials said."
    b = ("The government said it would cut the tariff on imported electric vehicles to 35%, "
         "down from 60%, starting in July.")
    assert {"25%", "35%"} in _values(_rec(a, b), "figure")
    # the same move told two ways; two countries' moves
    c = "The duty on imported electric cars, 60% until now, will fall to 25% in July."
    assert not _values(_rec(a, c), "figure")
    d = ("Brazil will cut its duty on Chinese electric cars from 60% to 25%, while China "
         "will cut its duty on Brazilian beef from 40% to 30%.")
    e = ("China's levy on Brazilian beef drops from 40% to 30%; Brazil's tariff on Chinese "
         "electric cars falls from 60% to 25%.")
    assert not _values(_rec(d, e), "figure")


def test_borrowing_costs_are_a_rate():
    a = "The Riksbank raised borrowing costs by a quarter point on Tuesday."
    b = "Sweden's central bank lifted its policy rate by 50 basis points on Tuesday."
    assert {"0.25 pp", "0.5 pp"} in _values(_rec(a, b), "figure")
    c = "Sweden's central bank lifted its policy rate by 25 basis points on Tuesday."
    assert not _values(_rec(a, c), "figure")


def test_each_articles_one_length_is_one_measure():
    a = "The research balloon reached an altitude of about 38 km on Saturday."
    b = ("Scientists said the payload climbed roughly 31 km above the desert before the "
         "envelope burst.")
    assert {"about 38 km", "about 31 km"} in _values(_rec(a, b), "figure")
    # a length far from the other's is another thing; two people's heights are two facts
    c = "After the burst, the payload drifted 90 km east before landing."
    assert not _values(_rec(a, c), "figure")
    d = "The 6-foot-4 pilot Arne Dahl climbed into the capsule."
    e = "The 5-foot-10 engineer Mia Holt checked the capsule."
    assert not _values(_rec(d, e), "figure")


def test_each_articles_one_deadline_is_one_date():
    a = "The court's stay keeps the export ban on hold until March 14, its order said."
    b = ("The judges paused the ban while they hear arguments; the pause lasts until "
         "March 17.")
    assert {"March 14", "March 17"} in _values(_rec(a, b), "date")
    # one deadline given alike; two things to come with nothing in common
    c = "The export ban stays on hold until March 14 under the judges' order."
    assert not _values(_rec(a, c), "date")
    d = "The new levy will take effect on April 2, the ministry said."
    e = "Negotiators will meet again in Jakarta on April 9 to discuss quotas."
    assert not _values(_rec(d, e), "date")


def test_each_articles_one_day_to_come_of_one_happening():
    a = "The second round of the presidential vote will be held on May 18."
    b = "The two finalists will face each other in a presidential runoff on May 25."
    assert {"May 18", "May 25"} in _values(_rec(a, b), "date")


def test_two_agencies_depths_of_one_quake_disagree():
    a = "The quake struck at a depth of 8 km near the port of Kessa, the agency said."
    b = "The tremor was centred 30 kilometres below the surface, seismologists said."
    assert {"8 km deep", "30 kilometres deep"} in _values(_rec(a, b), "figure")
    # an aftershock's depth is another quake's
    c = ("A magnitude 5.2 aftershock followed at a depth of 30 km, the agency said. The "
         "main quake was 8 km deep.")
    assert not _values(_rec(a, c), "figure")


def test_each_articles_one_span_of_hours_is_one_measure():
    a = "The two leaders were together for about two hours at the palace, aides said."
    b = ("Officials said the summit ended after nearly three hours of talks between Ruto "
         "and Lula.")
    assert {"about two hours", "nearly three hours"} in _values(_rec(a, b), "figure")
    assert not _values(_rec(a, b, lone_measure_ratio=1.2), "figure")
    # spans of days are not read so: a window and a tenure are told once each too
    c = "The ceasefire will last 30 days, the mediators said."
    d = "Ruto, who has led the mediation for 45 days, said the talks had been tough."
    assert not _values(_rec(c, d), "figure")


def test_a_judges_court_is_part_of_the_title():
    a = "U.S. District Judge Omar Pellegrini halted the export rule on Friday."
    b = "Magistrate Judge Omar Pellegrini paused the export rule on Friday, court papers show."
    assert {"U.S. District Judge", "Magistrate Judge"} in _values(_rec(a, b), "title")
    # a judge named without the court agrees with either; the chief of one court is its judge
    c = "Judge Omar Pellegrini paused the export rule on Friday, court papers show."
    assert not _values(_rec(a, c), "title")
    d = "Chief Justice Hana Ode wrote for the court on Monday."
    e = "Justice Hana Ode wrote the court's opinion on Monday."
    assert not _values(_rec(d, e), "title")


def test_days_to_come_of_two_years_are_two_days():
    a = "The sequel is scheduled to open on November 20, 2009, the studio said."
    b = "The studio said the sequel is scheduled to open on November 22, 2013."
    assert not _values(_rec(a, b), "date")
    # a yearless day of an undated report is not known to be in the other's year
    c = "The sequel is scheduled to open on November 20, the studio said."
    assert not _values(_rec(c, b), "date")
