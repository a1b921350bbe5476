"""Issue 11, figure disagreements in the domains of real coverage (elections, central banks,
trade rounds, quakes, courts): each rule on short two-outlet reports written for these
tests, a conflict that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values


def test_a_part_of_a_larger_whole_is_compared_across_outlets():
    a = "The Unity Bloc won 112 seats in the 250-member parliament in Sunday's election."
    b = "With all votes counted, the Unity Bloc had secured 118 seats in the 250-seat chamber."
    assert {"112 seats", "118 seats"} in _values(_rec(a, b), "figure")
    # control: the same count beside the whole
    c = "The Unity Bloc secured 112 of the 250 seats in the 250-seat chamber on Sunday."
    assert not _values(_rec(a, c), "figure")


def test_a_smaller_compound_number_still_makes_a_series():
    # "the nine-year employee, 44-year-old …": the age is not set against a tenure
    a = "Police said the nine-year employee, 44-year-old Dana Kell, had been suspended."
    b = "Ruth Amos had worked at the depot for 38 years alongside Dana Kell."
    assert not _values(_rec(a, b), "figure")


def test_a_court_ruled_split_is_a_vote():
    a = "The high court ruled 6-3 on Friday that the import duties were unlawful."
    b = "In a 5-4 decision on Friday, the high court struck down the import duties."
    assert {"6–3 votes", "5–4 votes"} in _values(_rec(a, b), "figure")
    c = "By a 6-3 vote on Friday, the high court struck down the import duties."
    assert not _values(_rec(a, c), "figure")


def test_a_quakes_depth_is_one_quantity():
    a = "The quake struck at a depth of 10 km near the town of Orsk on Friday."
    b = "The tremor was centred 16 kilometres below the surface near Orsk on Friday."
    assert {"10 km deep", "16 kilometres deep"} in _values(_rec(a, b), "figure")
    # controls: the same depth; an aftershock's depth; another unit
    c = "Friday's earthquake near Orsk was 10 kilometres deep, seismologists said."
    assert not _values(_rec(a, c), "figure")
    d = ("The quake struck 10 km deep near Orsk on Friday. An aftershock of magnitude 5.1 "
         "followed at a depth of 35 km.")
    assert not _values(_rec(d, c), "figure")
    e = "The earthquake near Orsk on Friday was shallow, about 6 miles deep."
    assert not _values(_rec(a, e), "figure")


def test_a_rate_step_told_as_a_fraction_of_a_point():
    a = "The central bank raised its key rate by 25 basis points on Thursday, to 3.75%."
    b = "Policymakers lifted the key rate by half a percentage point on Thursday."
    assert {"0.25 pp", "0.5 pp"} in _values(_rec(a, b), "figure")
    c = "The bank's board delivered a quarter-point increase in its key rate on Thursday."
    assert not _values(_rec(a, c), "figure")
    # a fraction written with a slash is a step, not a garbled number
    d = ("The committee decided today to raise the target range for the federal funds rate "
         "by 1/2 percentage point.")
    e = "The Fed raised interest rates by a quarter point on Wednesday, its first move."
    assert {"0.5 pp", "0.25 pp"} in _values(_rec(d, e), "figure")


def test_an_article_giving_two_steps_gives_no_lone_step():
    a = "The bank raised rates by half a point in June and by a quarter point on Wednesday."
    b = "On Wednesday the bank raised interest rates by 25 basis points, its second increase."
    assert not _values(_rec(a, b), "figure")
    # half a point of a poll is no step of a rate
    c = "The central bank cut its rate by a quarter point on Tuesday."
    d = "A survey before Tuesday's decision showed the governor's approval down half a point."
    assert not _values(_rec(c, d), "figure")
    # a move of another measure, in a sentence that names a rate a clause away
    g = "Inflation rose by half a percentage point in March, prompting Thursday's rate increase."
    assert not _values(_rec(c, g), "figure")
    # two banks' steps
    e = "The Federal Reserve cut its benchmark rate by a quarter point on Wednesday."
    f = "The Bank of England cut its key rate by half a point on Wednesday."
    assert not _values(_rec(e, f), "figure")


def test_tariffs_on_two_countries_are_two_measures():
    a = "The United States raised tariffs on Chinese goods to 145% on Friday, officials said."
    b = "China raised its tariffs on American goods to 125% on Friday, its ministry said."
    assert not _values(_rec(a, b), "figure")
    # control: one measure, two rates
    c = "President Trump raised duties on Chinese imports to 125%, officials said Friday."
    d = "Trump raised tariffs on Chinese imports to 145%, officials said on Friday."
    assert {"145%", "125%"} in _values(_rec(c, d), "figure")
    # one target named two ways ("U.S." / "American") is one measure, told two ways
    e = "Beijing raised its retaliatory tariffs on U.S. goods to 125% on Friday."
    f = "Beijing raised retaliatory tariffs on American goods to 84% on Friday, officials said."
    assert {"125%", "84%"} in _values(_rec(e, f), "figure")


def test_a_levy_is_a_tariff():
    a = "Washington raised levies on Chinese goods to 145% on Thursday."
    b = "Washington raised tariffs on Chinese goods to 125% on Thursday, officials said."
    assert {"145%", "125%"} in _values(_rec(a, b), "figure")
    c = "The government set a 25% levy on imported steel on Monday."
    d = "On Monday the government announced a 10% tariff on foreign cars."
    assert not _values(_rec(c, d), "figure")
