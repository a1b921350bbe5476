"""Issue 11, titles, places, times and dates in the domains of real coverage (trade rounds,
courts, central banks, rocket flights, quakes, elections): each rule on short two-outlet
reports written for these tests, a disagreement that must be reported and a control that
must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.titles import role_title_keys


def test_a_title_keeps_its_portfolio_and_rank() -> None:
    assert role_title_keys("Commerce Secretary") == {"commerce minister"}
    assert role_title_keys("U.S. Secretary of the Treasury") == {"finance minister"}
    assert role_title_keys("Minister for Trade") == {"commerce minister"}
    assert role_title_keys("Justice Minister") == {"justice minister"}
    assert role_title_keys("White House press secretary") == {"spokesman"}
    assert role_title_keys("U.S. trade envoy") == role_title_keys("Trade Representative")
    assert role_title_keys("Deputy Prime Minister") == {"deputy prime minister"}
    assert role_title_keys("Chinese Vice Premier") == {"deputy prime minister"}
    assert role_title_keys("Premier") == role_title_keys("Prime Minister")
    # a portfolio word that is no portfolio of this noun, an office after "with", the past
    assert role_title_keys("Bank of England Governor") == {"governor"}
    assert role_title_keys("inspector with the State Fire Marshal's Office") == {"inspector"}
    assert role_title_keys("former Finance Minister") == frozenset()


def test_two_portfolios_of_one_person_are_two_titles() -> None:
    a = "Commerce Secretary Howard Lutnick said the tariffs would stay in place."
    b = "Treasury Secretary Howard Lutnick said the tariffs would stay in place for now."
    assert {"Commerce Secretary", "Treasury Secretary"} in _values(_rec(a, b), "title")
    c = "Finance Minister Mara Koss said the budget would be balanced by 2027."
    d = "Foreign Minister Mara Koss said the budget would be balanced by 2027, officials said."
    assert {"Finance Minister", "Foreign Minister"} in _values(_rec(c, d), "title")
    # controls: the portfolio written after the noun, or the title without its portfolio
    e = "U.S. Secretary of Commerce Howard Lutnick said the tariffs would stay in place."
    assert not _values(_rec(a, e), "title")
    f = "Howard Lutnick, the commerce secretary, said the tariffs would stay in place."
    assert not _values(_rec(a, f), "title")
    g = "Mara Koss, the minister of finance, said the budget would be balanced by 2027."
    assert not _values(_rec(c, g), "title")
    # one ministry's two names, its head called secretary or minister
    h = "Commerce Minister Wang Bo said Beijing would respond to the new export controls."
    i = "Trade Minister Wang Bo said Beijing would respond to the new export controls soon."
    assert not _values(_rec(h, i), "title")
    j = "Foreign Secretary Ann Lowe said the sanctions would stay until the talks resumed."
    k = "Foreign Minister Ann Lowe said the sanctions would stay until the talks resumed."
    assert not _values(_rec(j, k), "title")


def test_a_rank_makes_another_office() -> None:
    a = "Vice Premier Liu Wen led the Chinese delegation at the talks in Geneva on Saturday."
    b = "Chinese Vice President Liu Wen led the delegation at the Geneva talks on Saturday."
    assert {"Vice Premier", "Chinese Vice President"} in _values(_rec(a, b), "title")
    c = "Liu Wen, China's vice premier, led the delegation at the Geneva talks on Saturday."
    assert not _values(_rec(a, c), "title")
    # one office in two styles: a vice premier is a deputy prime minister
    d = "Deputy Prime Minister Liu Wen led the Chinese delegation at the talks in Geneva."
    assert not _values(_rec(a, d), "title")
    e = "Premier Li Qiang told the forum that China would open its markets further."
    f = "Chinese Prime Minister Li Qiang told the forum that China would open its markets."
    assert not _values(_rec(e, f), "title")


def test_one_office_told_two_ways_is_no_title_conflict() -> None:
    a = "Fed Chair Jerome Powell said the committee would wait for more data."
    b = "Federal Reserve Chairman Jerome Powell said the committee would wait for more data."
    assert not _values(_rec(a, b), "title")
    c = "Fed Governor Jerome Powell said the committee would wait for more data before acting."
    assert {"Fed Chair", "Fed Governor"} in _values(_rec(a, c), "title")
    d = "Chief Justice John Roberts wrote for the majority in the tariff case."
    e = "Justice John Roberts wrote the majority opinion in the tariff case."
    assert not _values(_rec(d, e), "title")


def test_two_venues_of_one_meeting_an_untagged_base_too() -> None:
    a = ("Trump and Xi met for about 100 minutes in a VIP lounge of Gimhae International "
         "Airport in Busan on Thursday.")
    b = "Trump and Xi met for talks at Gimhae Air Base, a military airfield in Busan, on Thursday."
    assert {"Gimhae International Airport", "Gimhae Air Base"} in _values(_rec(a, b), "place")
    c = "The two presidents met at a VIP lounge of Anchorage International Airport on Friday."
    d = "The two presidents met at Joint Base Elmendorf-Richardson on Friday."
    assert {"Anchorage International Airport", "Joint Base Elmendorf-Richardson"} in _values(
        _rec(c, d), "place")
    # controls: one base at two precisions; an arrival and a meeting
    e = "Trump and Xi held talks at the Gimhae air base in Busan on Thursday."
    assert not _values(_rec(b, e), "place")
    f = "Xi arrived at Gimhae International Airport in Busan on Thursday morning."
    assert not _values(_rec(f, b), "place")


def test_a_launch_site_at_two_precisions_is_no_conflict() -> None:
    a = "The Starship rocket lifted off from Boca Chica at 6:36 p.m. on Tuesday."
    b = "The Starship rocket lifted off from Starbase, Texas, at 6:36 p.m. on Tuesday."
    assert not _values(_rec(a, b), "place")
    assert not _values(_rec(a, b), "time")


def test_two_rounds_of_talks_dated_apart_are_two_places() -> None:
    a = "Negotiators from both countries met for two days of talks in Geneva on May 10."
    b = "Negotiators from both countries met for two days of talks in London on June 9."
    assert not _values(_rec(a, b), "place")
    c = "Negotiators from both countries met for two days of talks in Stockholm on Monday."
    d = "Negotiators from both countries met for two days of talks in Geneva on Monday."
    assert {"Stockholm", "Geneva"} in _values(_rec(c, d), "place")


def test_clock_times_in_two_zones() -> None:
    a = "The ship struck the bridge pier at around 9 a.m. Hong Kong time on Tuesday."
    b = "The ship struck the pier of the bridge at 10:20 a.m. local time on Tuesday."
    assert {"around 9 a.m. Hong Kong time", "at 10:20 a.m. local time"} in _values(
        _rec(a, b), "time")
    # controls: one moment in two named zones; the same moment to within the slack
    c = "The rocket lifted off at 7:36 p.m. ET on Tuesday from Starbase."
    d = "The rocket lifted off at 6:36 p.m. CT on Tuesday from Starbase, Texas."
    assert not _values(_rec(c, d), "time")
    e = "The ship struck the pier of the bridge at 9:05 a.m. local time on Tuesday."
    assert not _values(_rec(a, e), "time")


def test_one_moment_on_two_calendars_is_no_date_conflict() -> None:
    a = "The trade court ruled on Thursday that the tariffs were unlawful."
    b = "The trade court ruled on Wednesday, May 28, that the tariffs were unlawful."
    # each outlet's own publication day, zones unknown: one moment on two calendars
    assert not _values(_rec(a, b, published=["2025-05-29", "2025-05-28"]), "date")
    # ... and in zones far apart
    assert not _values(_rec(a, b, published=["2025-05-29T08:00:00+08:00",
                                             "2025-05-28T21:00:00-04:00"]), "date")
    # must report: one zone, or the Thursday paper's Wednesday misread as its own day
    assert _values(_rec(a, b, published=["2025-05-29T10:00:00-04:00",
                                         "2025-05-29T09:00:00-04:00"]), "date")
    c = "The committee held its vote on Thursday, leaving rates unchanged."
    d = "The committee held its vote on Wednesday, leaving rates unchanged."
    assert _values(_rec(c, d, published=["2025-06-19", "2025-06-19"]), "date")


def test_a_weekday_told_around_midnight() -> None:
    a = "The appeals court ruled late Wednesday that the tariffs could stay in place."
    b = "The appeals court ruled on Thursday that the tariffs could stay in place."
    assert not _values(_rec(a, b), "date")
    c = "The appeals court ruled on Wednesday that the tariffs could stay in place."
    assert {"Wednesday", "Thursday"} in _values(_rec(c, b), "date")


def test_an_exit_polls_time_is_no_page_stamp() -> None:
    a = ("Voters went to the polls on Sunday in a close presidential runoff. Exit polls "
         "released at 9 p.m. showed the mayor narrowly ahead.")
    b = ("The presidential runoff on Sunday was too close to call. An exit poll published at "
         "10 p.m. local time gave the mayor 50.3%.")
    assert {"at 9 p.m.", "at 10 p.m. local time"} in _values(_rec(a, b), "time")
    # control: a page's own time stamp
    c = ("Published: 10:14 p.m. local time | The presidential runoff on Sunday was too close "
         "to call. An exit poll showed the mayor ahead.")
    assert not _values(_rec(a, c), "time")


def test_an_undated_weekday_against_a_weekday_written_with_its_day() -> None:
    a = ("A federal trade court on Wednesday blocked most of the president's tariffs, ruling "
         "that he had overstepped his authority.")
    b = ("A U.S. trade court ruled on Thursday, May 29, that the president's sweeping tariffs "
         "were illegal.")
    assert {"Wednesday", "Thursday"} in _values(_rec(a, b), "date")
    c = ("A U.S. trade court ruled on Wednesday, May 28, that the president's sweeping tariffs "
         "were illegal.")
    assert not _values(_rec(a, c), "date")


def test_a_venue_and_a_part_or_a_shorter_name_of_it() -> None:
    # a launch pad inside a space centre; one arena named two ways
    a = "The rocket lifted off at Kennedy Space Center on Saturday."
    b = "The rocket lifted off at Launch Complex 39A on Saturday."
    assert not _values(_rec(a, b), "place")
    c = "The rally was held at Madison Square Garden on Sunday."
    d = "The rally was held at the Garden arena in New York on Sunday."
    assert not _values(_rec(c, d), "place")
    # must report: two sites of one kind of happening, no name in common
    e = "The two leaders met at the Grand Hyatt Hotel in Seoul on Friday."
    f = "The two leaders met at the Blue House in Seoul on Friday."
    assert {"the Grand Hyatt Hotel", "the Blue House"} in _values(_rec(e, f), "place")


def test_times_of_two_happenings_of_one_flight_or_quake() -> None:
    a = "The magnitude 7.7 quake struck at 12:50 p.m. local time near Mandalay on Friday."
    b = "A magnitude 6.4 aftershock struck at 1:02 p.m. local time near Mandalay on Friday."
    assert not _values(_rec(a, b), "time")
    c = "The Starship rocket lifted off at 6:36 p.m. CT on Tuesday from Starbase."
    d = "The Starship booster splashed down at 6:43 p.m. CT on Tuesday in the Gulf of Mexico."
    assert not _values(_rec(c, d), "time")
    # must report: one ruling at two times; one liftoff at two times
    e = "The trade court issued its ruling at about 5 p.m. on Wednesday, striking down the tariffs."
    f = ("The trade court issued its ruling shortly after 6 p.m. on Wednesday, striking down "
         "the tariffs.")
    assert {"about 5 p.m.", "shortly after 6 p.m."} in _values(_rec(e, f), "time")
    g = "The Starship rocket lifted off at 6:52 p.m. CT on Tuesday from Starbase, Texas."
    assert {"at 6:36 p.m. CT", "at 6:52 p.m. CT"} in _values(_rec(c, g), "time")


def test_a_deputy_named_before_or_after_the_office() -> None:
    assert role_title_keys("County Sheriff Deputy") == role_title_keys("Deputy Sheriff")
    assert role_title_keys("Deputy Sheriff") == {"deputy sheriff"}
    a = "Deputy Sheriff Mark Dolan was shot during a traffic stop on Route 9."
    b = "County Sheriff Deputy Mark Dolan was shot during a traffic stop on Route 9, police said."
    assert not _values(_rec(a, b), "title")
    c = "Sheriff Mark Dolan was shot during a traffic stop on Route 9, police said."
    assert {"Deputy Sheriff", "Sheriff"} in _values(_rec(a, c), "title")


def test_each_outlet_reads_its_own_title_of_a_merged_role() -> None:
    # the name reader merges "Premier" into "Vice Premier": each outlet's words decide
    a = "Vice Premier Liu Wen led the Chinese delegation at the talks in London on Monday."
    b = "Premier Liu Wen led the Chinese side at the London talks on Monday."
    assert {"Vice Premier", "Premier"} in _values(_rec(a, b), "title")
    # control: a role to come is no title, whatever words stand before the name
    c = ("The president named his nominee for Surgeon General, Dr. Maya Lin, at the White "
         "House on Monday.")
    d = "Dr. Maya Lin, the next surgeon general, spoke at the White House on Monday."
    assert not _values(_rec(c, d), "title")


def test_undated_days_of_the_month() -> None:
    a = "The trade court ruled on May 28 that the tariffs were illegal."
    b = "A U.S. trade court ruled on May 29 that the sweeping tariffs were illegal."
    assert {"May 28", "May 29"} in _values(_rec(a, b), "date")
    # controls: two steps of a story on two days; the same day
    c = "An appeals court paused the ruling on May 29, allowing the tariffs to stay."
    assert not _values(_rec(a, c), "date")
    d = "The gunman killed two guards on March 3 at the depot."
    e = "The jury convicted the gunman on March 4 of killing two guards."
    assert not _values(_rec(d, e), "date")
    f = "A U.S. trade court ruled on May 28 that the sweeping tariffs were illegal."
    assert not _values(_rec(a, f), "date")


def test_a_planned_time_and_a_range_of_hours_are_no_moment() -> None:
    a = "Across the state, party members began meeting at 10 a.m. to choose delegates."
    b = ("The governor was scheduled to speak to the delegates on Saturday morning between "
         "10-11 a.m.")
    assert not _values(_rec(a, b), "time")
    c = "The Fed will announce its decision at 2 p.m. on Wednesday, officials said."
    d = "The Fed announced its decision at 2:20 p.m. on Wednesday, leaving rates unchanged."
    assert not _values(_rec(c, d), "time")
    # must report: two planned times of one speech
    e = "The governor was scheduled to speak to the delegates at 10 a.m. on Saturday."
    f = "The governor was scheduled to speak to the delegates at 11:30 a.m. on Saturday."
    assert {"at 10 a.m.", "at 11:30 a.m."} in _values(_rec(e, f), "time")


def test_a_spokesperson_or_an_envoy_told_two_ways() -> None:
    a = "White House press secretary Dana Pryor said the tariffs would take effect on Friday."
    b = "White House spokeswoman Dana Pryor said the tariffs would take effect on Friday."
    assert not _values(_rec(a, b), "title")
    c = "U.S. Trade Representative Jamieson Greer said the truce would hold for 90 days."
    d = "U.S. trade envoy Jamieson Greer said the truce would hold for another 90 days."
    assert not _values(_rec(c, d), "title")
    # must report: a spokesperson against a minister
    e = "Commerce Minister Dana Pryor said the tariffs would take effect on Friday."
    assert {"White House spokeswoman", "Commerce Minister"} in _values(_rec(b, e), "title")


def test_a_lieutenant_governor_is_not_the_governor() -> None:
    assert role_title_keys("Lt. Gov.") == role_title_keys("Lieutenant Governor")
    a = "Lt. Gov. Dana Marsh certified the election results on Tuesday."
    b = "Gov. Dana Marsh certified the election results on Tuesday, officials said."
    assert _values(_rec(a, b), "title")
    c = "Lieutenant Governor Dana Marsh certified the election results on Tuesday."
    assert not _values(_rec(a, c), "title")
