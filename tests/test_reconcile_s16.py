"""Issue 11, sixteenth session: faults shown by the story battery's training parts and by
the ECB+ parts dev16 and dev17 after their fresh first run, each fixed by a general rule and
tested here on reports written for these tests: a case that must be reported and a control
that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- a weekday whose happening is told after "when" ------------------------------------------

_QUAKE_WEDNESDAY = ("A magnitude 5.9 earthquake struck in the sea off the island early on "
                    "Wednesday, damaging some old buildings and slightly injuring three "
                    "tourists, the authorities said.")


def test_a_weekday_before_when_takes_the_happening_of_the_when_clause():
    other = ("Holidaymakers were jolted awake on Thursday morning when a magnitude 5.9 "
             "earthquake struck beneath the sea south of the island, shaking hotels.")
    assert any({"Wednesday", "Thursday"} <= vs for vs in _values(_rec(_QUAKE_WEDNESDAY, other),
                                                                 "date"))


def test_a_weekday_before_when_of_another_happening_is_not_compared():
    other = ("Holidaymakers were back on the beaches on Thursday morning when the ferries to "
             "the mainland resumed their usual timetable.")
    assert not any({"Wednesday", "Thursday"} <= vs
                   for vs in _values(_rec(_QUAKE_WEDNESDAY, other), "date"))


# --- the day talks ended, told by two outlets ------------------------------------------------

_EMERGED = ("Negotiators emerged from talks in Copenhagen on Tuesday with what the Treasury "
            "Secretary called a very substantial framework.")
_CONCLUDED = ("Markets took heart on Wednesday. The talks concluded on 14 October after what one "
              "participant described as a gruelling second day.")


def test_two_outlets_telling_the_end_of_the_talks_on_different_days_disagree():
    wrapped = ("The two countries say they have agreed on the outline of a deal, following two "
               "days of negotiations in Copenhagen that wrapped up on Thursday.")
    found = _rec(_EMERGED, _CONCLUDED, wrapped,
                 published=["2025-10-15", "2025-10-15", "2025-10-17"])
    assert any({"Tuesday", "Thursday"} <= vs for vs in _values(found, "date"))


def test_the_start_and_the_end_of_the_talks_are_two_moments():
    began = ("The two countries say they have agreed on the outline of a deal, after days of "
             "negotiations in Copenhagen that began on Wednesday.")
    ended = ("The talks concluded on Thursday after what one participant described as a "
             "gruelling third day.")
    assert not _values(_rec(ended, began), "date")


# --- a service rank given two ways -----------------------------------------------------------


def test_two_ranks_of_one_person_disagree_beside_a_shared_post():
    a = "The ship was attacked, Commodore Nirad Sinha, a navy spokesman, told reporters."
    b = "The ship was attacked, navy spokesman Commander Nirad Sinha said."
    found = _values(_rec(a, b), "title")
    assert any("Commodore" in vs and any("Commander" in v for v in vs) for vs in found)


def test_one_rank_and_a_post_agree():
    a = "The ship was attacked, Commander Nirad Sinha, a navy spokesman, told reporters."
    b = "The ship was attacked, navy spokesman Commander Nirad Sinha said."
    c = "The ship was attacked, said Nirad Sinha, a navy spokesman."
    assert not _values(_rec(a, b, c), "title")


# --- more of a group ---------------------------------------------------------------------------


def test_extra_sentences_are_a_part_of_the_whole():
    a = "The fugitive is serving three life sentences, the marshals said on Monday."
    b = ("He was given two extra life sentences after he stabbed his wife in prison, the "
         "marshals said on Monday.")
    assert not _values(_rec(a, b), "figure")
    c = ("He is serving two life sentences after he stabbed his wife in prison, the marshals "
         "said on Monday.")
    assert _values(_rec(a, c), "figure")


# --- a firm's name spelt two ways ----------------------------------------------------------------


def test_a_firms_name_spelt_two_ways_is_a_name_conflict():
    a = "A man shot his boss at TallGrass Distribution Ltd. in Vancouver on Friday, police said."
    b = ("Police said the gunman had been fired from Tallgrass Distributors Ltd. a day before "
         "the shooting in Vancouver.")
    found = _values(_rec(a, b), "name")
    assert any({"TallGrass Distribution Ltd.", "Tallgrass Distributors Ltd."} <= vs
               for vs in found)


def test_a_firms_legal_form_or_a_body_named_two_ways_is_no_misspelling():
    a = "A man shot his boss at TallGrass Distribution Ltd. in Vancouver on Friday, police said."
    b = ("Police said the gunman had been fired from TallGrass Distribution Limited a day "
         "before the shooting in Vancouver.")
    assert not _values(_rec(a, b), "name")
    c = "The Ministry of Finance said on Friday that the tariffs would stay in place."
    d = "The finance ministry said on Friday that the tariffs would stay in place."
    assert not _values(_rec(c, d), "name")
    e = "The Organisation for Security and Co-operation in Europe said the vote was fair."
    f = "The Organization for Security and Cooperation in Europe said the vote was fair."
    assert not _values(_rec(e, f), "name")


# --- one spot put on two sides of a place ------------------------------------------------------

_WEST = ("The skipper of the merchant vessel, sailing 150 nautical miles west of Aden, radioed "
         "for help as the pirates opened fire.")


def test_one_spot_put_east_and_west_of_a_place_disagrees():
    east = ("The destroyer received a distress call from the merchant vessel, which was being "
            "attacked by pirates about 150 nautical miles (277 km) east of Aden.")
    found = _values(_rec(_WEST, east), "place")
    assert any(any("west of Aden" in v for v in vs) and any("east of Aden" in v for v in vs)
               for vs in found)


def test_a_bearing_rounded_or_another_spot_is_no_disagreement():
    north = "The quake struck 20 km north of Zarand early on Sunday, the survey said."
    northeast = "The quake struck about 20 km north-east of Zarand early on Sunday."
    assert not _values(_rec(north, northeast), "place")
    far = "The worst damage was in villages some 60 km south of Zarand, officials said."
    assert not _values(_rec(north, far), "place")
    other = ("Rescuers reached Hojedk, 20 km south of Zarand, where most houses had collapsed.")
    assert not _values(_rec(north, other), "place")


# --- a complementiser and a spelling are one wording ---------------------------------------------


def test_a_complementiser_left_out_and_okay_spelt_ok_are_one_wording():
    a = ('The police said: "Everyone was calling their family and making sure that people '
         'knew that they were okay."')
    b = ('The police said: "Everyone was calling their family and making sure that people '
         'knew they were OK."')
    assert not _values(_rec(a, b), "quote")
    c = ('The police said: "Everyone was calling their family and making sure that people '
         'knew they were fine."')
    assert _values(_rec(a, c), "quote")


# --- one day's session among talks of several days ------------------------------------------

_TWO_DAYS = ("Tuesday's session ran for nearly six hours, after a first day of talks on Monday "
             "that lasted about four hours.")


def test_one_days_session_is_compared_with_the_same_days_length():
    other = ("The second day of talks, on Tuesday, lasted more than nine hours, according to a "
             "person close to the delegation.")
    found = _values(_rec(_TWO_DAYS, other), "figure")
    assert any({"nearly six hours", "more than nine hours"} <= vs for vs in found)


def test_another_days_session_is_not_compared():
    other = ("The third day of talks, on Wednesday, lasted more than nine hours, according to "
             "a person close to the delegation.")
    assert not _values(_rec(_TWO_DAYS, other), "figure")
    monday = ("The first day of talks, on Monday, lasted more than nine hours, according to a "
              "person close to the delegation.")
    assert any({"about four hours", "more than nine hours"} <= vs
               for vs in _values(_rec(_TWO_DAYS, monday), "figure"))
    # one-day talks told with and without their day are still one length
    a = "The talks on Thursday lasted nearly three hours, officials said."
    b = "The two sides met for two hours and 35 minutes, officials said."
    assert _values(_rec(a, b), "figure")


def test_a_length_the_talks_ran_to_is_read_past_a_reporting_clause():
    a = ("The agreement came at the end of two days of negotiations in Vienna, concluded on 13 "
         "May, that US officials said ran to some 14 hours in total.")
    b = ("The American delegation spent about 11 hours in talks with their Chinese "
         "counterparts over Tuesday and Wednesday.")
    found = _values(_rec(a, b), "figure")
    assert any({"some 14 hours", "about 11 hours"} <= vs for vs in found)
    # a flight's length in a sentence that also names talks is no length of talks
    c = ("Before the talks, officials watched the launch; the test flight, officials said, ran "
         "to some 14 hours in total.")
    assert not any(d.about == "how long the talks lasted" for d in _rec(c, b).discrepancies)


def test_a_day_talks_may_run_into_is_no_day_of_the_talks():
    a = ("Senior officials resumed trade negotiations on Monday at Lancaster House in London, "
         "officials said.")
    b = ("The two sides opened a fresh round of trade discussions in London on Monday. "
         "Officials said the meetings could run into Tuesday.")
    assert not _values(_rec(a, b, published=["2025-06-10", "2025-06-10"]), "date")


# --- days told together ------------------------------------------------------------------------


def test_days_told_together_are_no_one_day_against_another_outlets():
    a = ("The United States and China agreed to extend the truce by 90 days, following two "
         "days of negotiations in the Austrian capital on 16 and 17 March.")
    b = ("U.S. and Chinese negotiators wrapped up two days of talks in Vienna on Tuesday, "
         "March 17, with a 90-day extension of the truce.")
    assert not _values(_rec(a, b, published=[None, "2026-03-17"]), "date")
    c = ("U.S. and Chinese negotiators wrapped up two days of talks in Vienna on Thursday, "
         "March 19, with a 90-day extension of the truce.")
    d = ("U.S. and Chinese negotiators wrapped up two days of talks in Vienna on Wednesday, "
         "March 18, with a 90-day extension of the truce.")
    assert _values(_rec(c, d, published=["2026-03-19", "2026-03-19"]), "date")


# --- a clock time's zone told after its day, or as "our time" --------------------------------


def test_a_zone_after_the_day_and_our_time_are_zones_of_one_moment():
    a = ("The agreement was unveiled in Seoul at 3pm on Friday, May 15, Hong Kong time, "
         "after two days of talks.")
    b = ("The agreement, published at 3 a.m. Eastern time after two days of talks in Seoul, "
         "was unveiled on Friday.")
    c = "The agreement was unveiled at about 2 a.m. our time Friday, after two days of talks."
    assert not _values(_rec(a, b, c), "time")
    d = ("The agreement, published at 4:20 a.m. Eastern time after two days of talks in Seoul, "
         "was unveiled on Friday.")
    assert _values(_rec(b, d), "time")


def test_an_earlier_rounds_length_is_no_length_of_these_talks():
    a = ("The second day's session, held at a conference centre near the waterfront, ran "
         "nearly five hours, according to a US official.")
    b = ("Tuesday's session lasted three hours and 20 minutes, according to the hosts. Talks "
         "in London in June ran for almost 20 hours over two days.")
    found = _values(_rec(a, b), "figure")
    assert not any("almost 20 hours" in vs for vs in found)
    assert any({"nearly five hours", "three hours and 20 minutes"} <= vs for vs in found)


# --- a later report's tallies, and the same hour of two days -------------------------------------

_FIRST_REPORT = ("A strong earthquake shook southern Peru before dawn on Saturday, killing at least "
                 "two people and injuring about 30, officials said. More than 20 aftershocks had "
                 "been recorded by mid-morning.")


def test_a_report_that_tells_the_others_toll_as_earlier_raises_its_tallies():
    later = ("Officials had earlier reported two deaths; a third victim died in hospital later "
             "on Saturday. At least 47 people were injured. More than 60 aftershocks have been "
             "recorded.")
    found = _values(_rec(_FIRST_REPORT, later, published=["2025-11-22", "2025-11-22"]),
                    "figure")
    assert not any("more than 60 aftershocks" in vs or "at least 47 injured" in vs
                   for vs in found)
    # control: without the earlier toll told, two counts of one moment disagree
    other = ("At least 47 people were injured in the quake on Saturday. More than 60 "
             "aftershocks have been recorded.")
    assert _values(_rec(_FIRST_REPORT, other, published=["2025-11-22", "2025-11-22"]),
                   "figure")


def test_the_same_hour_of_two_days_is_no_one_moment():
    a = ("A strong earthquake of magnitude 6.6 shook southern Peru before dawn on Saturday, "
         "killing at least two people, officials said.")
    b = ("Three people were killed when a magnitude 6.6 earthquake rocked the southern coast "
         "of Peru early Sunday, toppling adobe houses.")
    found = _values(_rec(a, b, published=["2025-11-22", "2025-11-23"]), "date")
    assert any(any("Saturday" in v for v in vs) and any("Sunday" in v for v in vs)
               for vs in found)
    # control: late on one day, early on the next, may be one moment
    c = ("A strong earthquake of magnitude 6.6 shook southern Peru late on Saturday, killing at "
         "least two people, officials said.")
    assert not _values(_rec(c, b, published=["2025-11-22", "2025-11-23"]), "date")


def test_a_day_the_sides_plan_to_meet_again_is_no_day_of_the_talks():
    a = ("Farmers got good news Tuesday as the two countries agreed to extend their truce. "
         "Tuesday's session lasted about seven hours, and the two sides plan to meet again "
         "Oct. 20 in Washington.")
    b = ("Negotiators met on Tuesday in Copenhagen and agreed in principle to extend the "
         "truce. Tuesday's session ran for nearly seven hours.")
    assert not _values(_rec(a, b, published=["2025-09-17", "2025-09-16"]), "date")


# --- a lone dissent told as a vote to hold ------------------------------------------------------


def test_the_one_who_voted_to_hold_is_the_lone_dissenter():
    a = ("The committee voted four to one for the cut. Gylfi Arnarson, one of its two external "
         "members, voted to keep rates at 7.5%.")
    b = ("The vote was 4-1, with external member Herdis Steingrimsdottir voting to hold at "
         "7.50%.")
    found = _values(_rec(a, b), "name")
    assert any({"Gylfi Arnarson", "Herdis Steingrimsdottir"} <= vs for vs in found)
    # control: two who voted to hold are no lone dissent
    c = ("The vote was 3-2. Gylfi Arnarson and Herdis Steingrimsdottir voted to keep rates at "
         "7.5%.")
    assert not _values(_rec(a, c), "name")


# --- the day a measure takes effect ---------------------------------------------------------------


def test_the_day_a_measure_takes_effect_told_two_ways_disagrees():
    a = ("The higher rate takes effect on Jan. 1 and covers batteries for grid storage, the "
         "trade office said in a notice.")
    b = ("The trade representative announced Wednesday that tariffs on Chinese batteries will "
         "rise from 25% to 50%, starting January 15.")
    found = _values(_rec(a, b, published=["2025-11-19", "2025-11-19"]), "date")
    assert any({"Jan. 1", "January 15"} <= vs for vs in found)
    # control: an article naming two days things start tells no one day of the measure
    c = ("Tariffs on batteries will rise starting January 15, and the port fees start "
         "on Jan. 1, the trade office said.")
    assert not _values(_rec(a, c, published=["2025-11-19", "2025-11-19"]), "date")


def test_an_end_day_a_month_off_is_a_slip():
    a = ("The ruling is on hold until Sept. 14 while the administration appeals to the "
         "Supreme Court.")
    b = ("The judges delayed the effect of their ruling until Oct. 14, leaving the tariff in "
         "place while the administration appeals.")
    found = _values(_rec(a, b, published=["2026-07-21", "2026-07-21"]), "date")
    assert any({"Sept. 14", "Oct. 14"} <= vs for vs in found)
    # control: two days a month apart that are not one day of the month are two steps
    c = ("The judges delayed the effect of their ruling until Oct. 20, leaving the tariff in "
         "place while the administration appeals.")
    assert not _values(_rec(a, c, published=["2026-07-21", "2026-07-21"]), "date")


def test_a_zone_named_with_a_capital_time_is_read_and_one_moment_is_one_value():
    a = ("The decision, announced at 12:18 p.m. Tokyo time (03:18 GMT) at the end of a two-day "
         "meeting, was taken by a 7-2 vote.")
    b = ("The Bank of Japan announced the increase at 05:18 Central European Time on Friday, "
         "after a two-day meeting in Tokyo.")
    c = ("The Bank of Japan raised its key interest rate on Friday, in a decision announced at "
         "11.18am Hong Kong time.")
    found = _values(_rec(a, b, c, published="2026-10-30"), "time")
    assert len(found) == 1 and len(found[0]) == 2  # 03:18 GMT and 11.18am HKT are one moment
    assert any("05:18 Central European Time" in v for v in found[0])


def test_a_month_named_elsewhere_in_the_sentence_is_no_earlier_round():
    a = ("Officials wrapped up the second day of their trade talks on Tuesday after nearly six "
         "hours of discussions, agreeing a framework to put last month's truce back on track.")
    b = ("Negotiators said on Tuesday they had a framework to revive the truce struck in May, "
         "after a second-day session that ran for four and a half hours.")
    assert any({"nearly six hours", "four and a half hours"} <= vs
               for vs in _values(_rec(a, b), "figure"))


# --- a yearly amount in a parallel list ----------------------------------------------------------


def test_a_yearly_amount_told_every_year_in_a_parallel_list_disagrees():
    a = ("Buyers will purchase 12 million tonnes of US soybeans by December and 25 million "
         "tonnes a year from 2027 to 2029, according to a joint fact sheet.")
    b = ("China will buy 12 million metric tons of U.S. soybeans before the end of this year, "
         "and then 20 million metric tons every year for three years after that.")
    found = _values(_rec(a, b), "figure")
    assert any({"25 million tonnes", "20 million tons"} <= vs for vs in found)
    # control: the yearly amount agreeing, nothing differs
    c = ("China will buy 12 million metric tons of U.S. soybeans before the end of this year, "
         "and then 25 million metric tons every year for three years after that.")
    assert not _values(_rec(a, c), "figure")


# --- a projection for the end of a year ----------------------------------------------------------


def test_a_projection_for_one_years_end_told_two_ways_disagrees():
    a = ("New projections show the median official putting the rate at 3.1 percent at the end "
         "of 2026 and 2.9 percent at the end of 2027.")
    b = ("The dots. The median official now sees the funds rate at 3.1% at the end of this "
         "year. For the end of 2027 the median is 2.6%.")
    found = _values(_rec(a, b), "figure")
    assert any(any("2.6%" in v for v in vs) and any("2.9 percent" in v for v in vs)
               for vs in found)


def test_projections_of_other_years_or_measures_are_not_compared():
    a = ("New projections show the median official putting the rate at 3.1 percent at the end "
         "of 2026 and 2.9 percent at the end of 2027.")
    b = ("Officials expect inflation of 2.6% at the end of 2027, and the funds rate at 3.1% at "
         "the end of 2026.")
    assert not _values(_rec(a, b), "figure")


def test_a_name_written_out_or_as_its_initials_is_one_wording():
    a = ('Christopher Budd said: "Microsoft encourages all IE customers to test and deploy '
         'this update as soon as possible."')
    b = ('Budd said Microsoft "encourages all Internet Explorer customers to test and deploy '
         'this update as soon as possible."')
    assert not _values(_rec(a, b), "quote")
    c = ('Christopher Budd said: "We urge all Internet Explorer customers to test and deploy '
         'this update as soon as possible."')
    d = ('Christopher Budd said: "We encourage all IE customers to test and deploy this update '
         'as soon as possible."')
    assert _values(_rec(c, d), "quote")  # another verb is another wording
