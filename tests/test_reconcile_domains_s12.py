"""Issue 11, twelfth session: faults the battery's training parts showed (Z and AB, read
after their first runs; older training misses), each fixed by a general rule and tested here
on reports written for these tests: a case that must be reported and a control that must
not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.records import Article


def _figures(text: str) -> list[tuple[str, float, str]]:
    article = Article(id="a", text=text, outlet="o", title="t")
    return [(f.text, f.value, f.unit) for f in analyze(article).figures]


def _all(rec: object) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies]  # type: ignore[attr-defined]


def _flat(rec: object) -> str:
    return " | ".join(" / ".join(sorted(vs)) for vs in _all(rec)).lower()


# --- counts ----------------------------------------------------------------------------------

def test_a_count_followed_by_after_is_no_offset_of_time():
    a = ("The seismology agency said it had recorded more than 150 aftershocks of the "
         "magnitude 6.8 quake by mid-afternoon.")
    b = ("The seismology agency recorded some 60 aftershocks after Tuesday's magnitude 6.8 "
         "quake, its chief said.")
    assert {"more than 150 aftershocks", "about 60 aftershocks"} in _values(_rec(a, b), "figure")


def test_exact_counts_of_one_noun_far_apart_in_alike_sentences_disagree():
    a = "Monitors have logged 14 aftershocks since the quake hit the region."
    b = "Monitors said 43 aftershocks had shaken the region, the strongest a 5.9."
    assert _values(_rec(a, b, published="2025-04-02"), "figure") == [
        {"14 aftershocks", "43 aftershocks"}]


def test_exact_counts_far_apart_in_unlike_sentences_stay_apart():
    a = "The museum holds 14 paintings by the artist, most of them bought in the 1950s."
    b = "Volunteers carried 43 paintings out of the flooded basement on Sunday night."
    assert not _values(_rec(a, b), "figure")


def test_numbers_told_in_parallel_lists_differ_only_where_they_differ():
    a = ("Monthly bond buying will keep falling by 300 billion yen a quarter until March, to "
         "about 3.1 trillion yen, and by 150 billion yen a quarter after that.")
    b = ("The bank will trim its monthly purchases by 300 billion yen every quarter through "
         "March, when they will reach roughly 2.4 trillion yen, then by 150 billion yen a "
         "quarter.")
    found = _flat(_rec(a, b))
    assert "3.1 trillion" in found and "2.4 trillion" in found


def test_parallel_lists_that_agree_report_nothing():
    a = ("Monthly bond buying will keep falling by 300 billion yen a quarter until March, to "
         "about 3.1 trillion yen, and by 150 billion yen a quarter after that.")
    b = ("The bank will trim its monthly purchases by 300 billion yen every quarter through "
         "March, when they will reach roughly 3.1 trillion yen, then by 150 billion yen a "
         "quarter.")
    assert not _values(_rec(a, b), "figure")


def test_counts_of_one_noun_near_places_both_reports_name_are_one_count():
    a = ("China launched 12 satellites for its Guowang broadband network on Friday from "
         "Jiuquan, the state space contractor said. The network is backed by Beijing.")
    b = ("JIUQUAN - A Long March 2D lifted off on Friday carrying 15 Guowang satellites, the "
         "fourth group for the Beijing-backed constellation.")
    assert {"12 satellites", "15 satellites"} in _values(_rec(a, b), "figure")


def test_a_part_of_a_group_and_a_plain_count_are_two_subsets():
    a = ("The committee voted 6-3 to hold rates at 4.25%. Three members voted for a quarter-point "
         "cut.")
    b = ("Rates were left at 4.25 per cent, with six of the nine committee members in favour "
         "and three preferring a cut.")
    assert not _values(_rec(a, b), "figure")


def test_a_part_and_a_count_of_one_whole_compare():
    a = "The ruling alliance won 141 seats in the 200-member assembly, official results showed."
    b = "The alliance took 137 of the 200 assembly seats, the election commission said."
    assert {"141 seats", "137 seats"} in _values(_rec(a, b), "figure")


def test_a_run_is_not_the_whole_count():
    a = "The quarterback finished with 31 completions on 44 attempts and two touchdowns."
    b = "He opened the game with 19 straight completions, a franchise record."
    assert not _values(_rec(a, b), "figure")


# --- the figure reader ------------------------------------------------------------------------

def test_a_count_with_a_describing_word_counts_the_noun():
    assert ("three new satellites", 3.0, "satellites") in _figures(
        "The rocket put three new satellites into orbit on Monday.")
    assert ("four dummy satellites", 4.0, "satellites") in _figures(
        "The ship released four dummy satellites from its payload bay.")


def test_sums_in_more_currencies_are_read():
    figures = _figures("The central bank bought Rp18 trillion of bonds, the telecom paid KSh 9.5 "
                       "billion in tax, and the fine was 30 million rand.")
    assert ("Rp18 trillion", 18e12, "IDR") in figures
    assert ("KSh 9.5 billion", 9.5e9, "KES") in figures
    assert ("30 million rand", 30e6, "ZAR") in figures


def test_a_verb_is_no_currency_code():
    assert not any(unit == "TRY" for _, _, unit in _figures("We will try 5 times."))


# --- lengths told by their two ends -----------------------------------------------------------

def test_a_session_told_by_its_clock_times_against_its_length():
    a = ("Monday's session ran from 9 a.m. until just before 7 p.m., with a break for lunch, "
         "officials said.")
    b = "Negotiators emerged after roughly five hours of talks on Monday, saying progress was made."
    found = _flat(_rec(a, b))
    assert "9 a.m." in found and "five hours" in found


def test_a_session_told_by_its_clock_times_that_agree_reports_nothing():
    a = "Monday's session ran from 9 a.m. to 2 p.m., officials said."
    b = "Negotiators emerged after roughly five hours of talks on Monday, saying progress was made."
    assert not _all(_rec(a, b))


def test_a_hearing_told_by_its_clock_times_against_its_length():
    a = ("The state's highest court heard arguments in a hearing that ran from 10 a.m. to just "
         "after 2 p.m. on Thursday.")
    b = "The justices spent nearly two hours on Thursday hearing the case, then adjourned."
    found = _flat(_rec(a, b))
    assert "10 a.m." in found and "two hours" in found


# --- outcomes ---------------------------------------------------------------------------------

def test_a_circuit_striking_down_against_a_court_upholding():
    a = "A federal appeals court on Monday upheld Texas's law on drag shows, ruling 2-1."
    b = "The 5th Circuit on Monday struck down Texas's law on drag shows in a 2-1 ruling."
    assert _values(_rec(a, b), "claim") == [{"upheld", "struck down"}]


def test_a_rate_held_at_a_level_against_a_rate_cut_to_it():
    a = "The Reserve Bank held the cash rate at 3.6% on Tuesday, as most economists expected."
    b = "The Reserve Bank cut the cash rate to 3.6% on Tuesday, its third move this year."
    claims = _values(_rec(a, b), "claim")
    assert len(claims) == 1 and any("held" in v for v in claims[0])


# --- who held a role --------------------------------------------------------------------------

def test_a_team_sent_and_headed_by_against_a_delegation_led_by():
    a = ("Talks resumed in Geneva. Beijing's delegation was led by Vice Premier Zhou Anming, "
         "officials said.")
    b = "Talks resumed in Geneva. China sent a team headed by Wu Qiang, a senior trade official."
    assert {"Zhou Anming", "Wu Qiang"} in _values(_rec(a, b), "name")


def test_who_wrote_for_a_hyphenated_majority_and_whose_opinion_for_the_court():
    a = "Writing for a five-justice majority, Justice Maria Tovar said the fee was unlawful."
    b = "Justice Okonkwo's opinion for the 5-4 court said the fee was unlawful."
    assert {"Maria Tovar", "Okonkwo"} in _values(_rec(a, b), "name")


def test_the_only_member_of_the_court_to_dissent():
    a = "The court ruled 6-1. The lone dissent came from Justice Henrik Aalto."
    b = "The court ruled 6-1. Justice Priya Raman was the only member of the court to dissent."
    assert {"Henrik Aalto", "Priya Raman"} in _values(_rec(a, b), "name")


def test_who_finished_second_when_each_report_names_the_other_party():
    a = ("The Centre Party won the vote, while the Greens came second, pushing Labour into "
         "third place.")
    b = "The Centre Party won. Labour held on to second place, narrowly ahead of the Greens."
    assert {"Greens", "Labour"} in _values(_rec(a, b), "name")


# --- titles -----------------------------------------------------------------------------------

def test_a_title_in_a_sentence_with_a_previously_unknown_thing_is_held_now():
    a = ("Agency director Lina Marquez said the quake was caused by a previously unmapped "
         "fault.")
    b = "Science Minister Lina Marquez told a briefing the quake came from an unmapped fault."
    assert _values(_rec(a, b), "title")


# --- clock times in zones, and the phase nearest the time -------------------------------------

def test_a_closing_time_in_local_time_against_one_in_gmt():
    a = "Polls closed at 8 p.m. local time in Bulgaria, and counting began at once."
    b = "Polling stations across the country were shutting at 1900 GMT on Sunday."
    assert _values(_rec(a, b, published="2025-06-15"), "time")


def test_a_closing_time_in_local_time_that_agrees_with_gmt():
    a = "Polls closed at 8 p.m. local time in Bulgaria, and counting began at once."
    b = "Polling stations across the country were shutting at 1700 GMT on Sunday."
    assert not _values(_rec(a, b, published="2025-06-15"), "time")


def test_a_launch_site_named_before_a_landing_time_is_no_start():
    a = ("The test vehicle climbed to 10 kilometres before returning to a pad at the Wenchang "
         "Satellite Launch Center, touching down at 2:41 p.m. local time.")
    b = "The prototype landed at 3:41 p.m. Beijing time on its pad, the company said."
    assert _values(_rec(a, b, published="2025-09-10"), "time")


# --- days to come and ends of windows ---------------------------------------------------------

def test_two_days_of_one_runoff():
    a = ("The mayor narrowly won the first round on Sunday and will face the historian in a "
         "run-off on June 1, official results showed.")
    b = "The country heads for a second-round presidential vote on 8 June after no one won 50%."
    assert _values(_rec(a, b, published="2025-05-19"), "date")


def test_a_weekday_to_try_again_against_a_date():
    a = "The company said the rocket would try again on Thursday, weather permitting."
    b = "The launch firm scrubbed Monday's attempt and is now aiming for no earlier than June 6."
    assert _values(_rec(a, b, published="2025-06-02"), "date")


def test_a_window_extended_to_a_day_against_one_running_until_another():
    a = "The order extends the pause for 90 days, and it now runs until Nov. 10."
    b = "A new executive order extends the truce by three months, to 12 November."
    assert _values(_rec(a, b, published="2025-08-12"), "date")


def test_a_pause_on_hold_for_a_further_span():
    a = "The president signed an order extending the pause on higher tariffs by another 90 days."
    b = "An order signed on Monday keeps the higher tariff rates on hold for a further 60 days."
    assert {"90 days", "60 days"} in _values(_rec(a, b), "figure")


# --- magnitudes and flight lengths --------------------------------------------------------------

def test_a_magnitude_an_agency_is_putting_at_a_value():
    a = ("A strong quake struck off the coast on Monday night, the weather agency said, "
         "putting its magnitude at 6.6.")
    b = "The weather agency said a magnitude 6.9 quake hit off the coast on Monday night."
    assert _values(_rec(a, b), "figure") == [{"magnitude 6.6", "magnitude 6.9"}]


def test_a_whole_trip_that_took_just_under_a_length():
    a = "The flight lasted 10 minutes and 5 seconds from liftoff to capsule touchdown."
    b = ("The whole trip, from liftoff to the capsule's parachute landing in the desert, took "
         "just under 12 minutes.")
    assert _values(_rec(a, b), "figure")


def test_a_trip_that_took_just_under_a_length_it_matches():
    a = "The flight lasted 11 minutes and 40 seconds from liftoff to capsule touchdown."
    b = ("The whole trip, from liftoff to the capsule's parachute landing in the desert, took "
         "just under 12 minutes.")
    assert not _values(_rec(a, b), "figure")


# --- outlets of Britain, India and Australia ----------------------------------------------------

def test_an_australian_outlets_bare_dollars_are_the_other_outlets_australian_dollars():
    a = "The Federal Court ordered the airline to pay a A$35 million penalty for misleading fliers."
    b = "The airline has been hit with a $53 million penalty by the Federal Court for misleading fliers."
    assert {"AUD 35 million", "AUD 53 million"} in _values(_rec(a, b), "figure")


def test_bare_dollars_beside_us_dollars_stay_us_dollars():
    a = "The Federal Court ordered the bank to pay a A$35 million penalty for misleading savers."
    b = ("The bank, which reports its results in US dollars, was ordered by the Federal Court to "
         "pay a $20 million penalty for misleading savers.")
    assert not _values(_rec(a, b), "figure")


def test_sums_in_crore_and_lakh_crore_are_scaled():
    figures = _figures("The bank will buy bonds worth ₹40,000 crore; the deficit was ₹3 lakh crore.")
    assert ("₹40,000 crore", 4e11, "INR") in figures
    assert ("₹3 lakh crore", 3e12, "INR") in figures


def test_a_split_written_with_a_colon():
    a = "A five-judge bench of the Supreme Court held by a 4:1 majority that the law was valid."
    b = "The Supreme Court ruled 3-2 on Thursday that the law was valid."
    assert _values(_rec(a, b), "figure") == [{"4–1 votes", "3–2 votes"}]


def test_a_clock_time_is_no_split():
    assert not any(unit == "votes" for _, _, unit in _figures(
        "The ruling came at 4:1 p.m., a clerk said."))


def test_a_bank_and_its_initials_set_one_rate():
    a = "The Reserve Bank has cut the cash rate by 0.25 percentage points to 3.60 per cent."
    b = "The cash rate was lowered by 0.5 percentage points to 3.60%, the RBA's board said."
    assert {"0.25 pp", "0.5 pp"} in _values(_rec(a, b), "figure")


def test_a_session_somewhere_that_ran_for_a_length():
    a = "Both sides said a deal was close after nearly six hours of discussions on Tuesday."
    b = "Negotiators met again on Tuesday, in a session in London that ran for four and a half hours."
    assert _values(_rec(a, b), "figure")


def test_one_moment_on_two_weekdays_in_two_zones():
    a = "The rocket lifted off at 9.35am AEST on Wednesday from the spaceport in Queensland."
    b = "The rocket lifted off at 22:35 GMT on Tuesday from its spaceport in Queensland."
    assert _values(_rec(a, b, published="2025-07-30"), "time")


def test_one_moment_on_two_weekdays_in_two_zones_that_agree():
    a = "The rocket lifted off at 8.35am AEST on Wednesday from the spaceport in Queensland."
    b = "The rocket lifted off at 22:35 GMT on Tuesday from its spaceport in Queensland."
    assert not _values(_rec(a, b, published="2025-07-30"), "time")


def test_a_term_raised_after_an_officer_argued_is_no_offset():
    a = ("The Court of Appeal raised his sentence to nine years after the Solicitor General "
         "argued it was unduly lenient.")
    b = "The adviser has had his prison sentence raised to eight years by the Court of Appeal."
    assert {"9 years", "8 years"} in _values(_rec(a, b), "figure")


def test_a_depth_in_miles_against_one_in_kilometres():
    a = "The quake struck off the east coast at a depth of 10 kilometres, the agency said."
    b = "The quake was about 24 miles deep, the agency said."
    assert _values(_rec(a, b), "figure") == [{"10 kilometres deep", "about 24 miles deep"}]


def test_a_depth_converted_or_rounded_is_one_depth():
    a = "The quake struck off the east coast at a depth of 10 kilometres, the agency said."
    b = "The quake was around six miles deep, the agency said."
    c = "The quake was 9.7 km deep, according to the agency."
    assert not _values(_rec(a, b, c), "figure")


# --- names, margins and floors -------------------------------------------------------------------

def test_letters_no_accent_stripping_reaches_are_folded():
    from storyline.reconcile.text import fold
    assert fold("Rafał Trzaskowski of Łódź") == "rafal trzaskowski of lodz"


def test_a_margin_told_as_a_points_win():
    a = "The Democrat was elected governor on Tuesday, defeating her rival by about 13 percentage points."
    b = "Her nine-point win over her rival was wider than the polls had suggested."
    assert {"about 13 points", "9 points"} in _values(_rec(a, b), "figure")


def test_two_floors_by_one_evening_far_apart():
    a = "The agency said it had recorded more than 40 aftershocks by the evening."
    b = "By Wednesday evening, at least 70 aftershocks had followed, the agency said."
    assert _values(_rec(a, b, published="2025-04-23"), "figure")


def test_two_floors_of_two_evenings_are_two_moments():
    a = "The agency said it had recorded more than 40 aftershocks by Tuesday evening."
    b = "By Wednesday evening, at least 70 aftershocks had followed, the agency said."
    assert not _values(_rec(a, b, published="2025-04-23"), "figure")


# --- titles and speakers --------------------------------------------------------------------------

def test_two_ministries_one_spokesman_speaks_for():
    a = "The toll rose to 640, said Omar Haidari, the spokesman for the Health Ministry."
    b = "At least 640 people died, according to Interior Ministry spokesman Omar Haidari."
    assert _values(_rec(a, b), "title")


def test_a_spokesman_and_a_ministry_spokesman_agree():
    a = "The toll rose to 640, said Omar Haidari, a government spokesman."
    b = "At least 640 people died, according to Interior Ministry spokesman Omar Haidari."
    assert not _values(_rec(a, b), "title")


def test_an_office_called_an_officer_against_a_spokesman():
    a = "Chief Electoral Officer Anne Roy said the agency was ready for long lines."
    b = "You can still vote with ID, said Anne Roy, a spokesperson for the elections agency."
    assert _values(_rec(a, b), "title")


def test_a_chief_executive_is_a_ceo():
    a = "Chief Executive Officer Dana Holt said the airline accepted the ruling."
    b = "CEO Dana Holt told reporters the airline accepted the ruling."
    assert not _values(_rec(a, b), "title")


def test_one_quote_two_speakers_when_the_other_only_stands_by():
    q = '"We narrowed our differences more than I expected, and we will keep talking,"'
    a = f"{q} Treasury Secretary Hal Brandt told reporters, with envoy Mia Lorne beside him."
    b = f"{q} said envoy Mia Lorne, standing next to Treasury Secretary Hal Brandt."
    assert _values(_rec(a, b), "quote")



def test_an_agencys_mission_designation_told_two_ways():
    a = "The agency's GSLV-F17 mission carrying a weather satellite failed on Sunday."
    b = "India's GSLV-F18 rocket failed to put the weather satellite into orbit on Sunday."
    assert _values(_rec(a, b), "name") == [{"GSLV-F17", "GSLV-F18"}]


def test_the_only_member_to_vote_for_a_cut():
    a = "The committee voted 8-1. External member Nora Quill was the lone dissenter."
    b = ("The vote was 8-1. The only policymaker to vote for a 25 basis point cut was external "
         "MPC member Owen Park.")
    assert {"Nora Quill", "Owen Park"} in _values(_rec(a, b), "name")


# --- benches, outcomes, stages --------------------------------------------------------------------

def test_the_deciding_part_of_a_bench_is_the_split_it_tells():
    a = "In a 6-3 decision, the Supreme Court struck down the mandatory minimum sentence."
    b = ("The Supreme Court threw out the mandatory minimum sentence, with five of the nine "
         "justices finding it unconstitutional.")
    assert {"6–3 votes", "5–4 votes"} in _values(_rec(a, b), "figure")


def test_a_minority_of_a_board_tells_the_same_split():
    a = "The committee voted 7-2 to hold rates at 4%."
    b = "Rates were held at 4%, with two of the nine committee members voting for a cut."
    assert not _values(_rec(a, b), "figure")


def test_a_provisional_figure_and_a_final_one_are_two_stages():
    a = "Provisional turnout stood at 58 percent, the tribunal said on Sunday night."
    b = ("The tribunal put final turnout at 61.2 percent on Wednesday, revising up the "
         "provisional 58 percent it announced on election night.")
    assert not _values(_rec(a, b, published=["2026-02-02", "2026-02-04"]), "figure")


def test_a_speakers_words_tell_no_outcome():
    a = ("The Supreme Court dismissed the suit on Monday. 'The court has affirmed that no one "
         "is above the law,' the Attorney-General told journalists.")
    b = "The Supreme Court threw out the suit on Monday, the Attorney-General said."
    assert not _values(_rec(a, b), "claim")


def test_a_rate_kept_unchanged_after_previous_moves_against_a_cut():
    a = ("The Bank of Thailand voted 5-2 to keep the repurchase rate unchanged at 1.50 per cent, "
         "saying its previous moves were still feeding through.")
    b = "The central bank lowered its benchmark repurchase rate by a quarter point on Wednesday."
    assert _values(_rec(a, b), "claim")


def test_two_courts_told_as_the_one_that_ruled():
    a = "The Court of Appeal today acquitted the former minister of all four bribery counts."
    b = "The former minister walked free after the Federal Court overturned his conviction."
    assert {"Court of Appeal", "Federal Court"} in _values(_rec(a, b), "name")


def test_who_wrote_for_a_unanimous_court_and_who_wrote_in_a_judgment():
    a = ("In a unanimous judgment handed down on Thursday, Justice Lerato Dube wrote that the "
         "rule was invalid.")
    b = "Justice Pieter Venter, writing for a unanimous court, found the rule invalid."
    assert {"Lerato Dube", "Pieter Venter"} in _values(_rec(a, b), "name")


def test_an_acting_office_and_the_office():
    a = "The panel was presided over by Acting Chief Justice Kofi Mensah, who read the ruling."
    b = "Chief Justice Kofi Mensah led the panel that threw out the case."
    assert _values(_rec(a, b), "title")


def test_interim_and_acting_are_one_rank():
    a = "Pat Grady, the interim FBI director, told senators he had destroyed the files."
    b = "FBI Acting Director Pat Grady told senators he had destroyed the files."
    assert not _values(_rec(a, b), "title")


def test_a_test_vehicles_designation_told_two_ways():
    a = "The agency tested its crew escape system using a single-stage test vehicle designated TV-D3."
    b = "The agency's TV-D4 test vehicle lifted off on Wednesday to check the crew escape system."
    assert _values(_rec(a, b), "name") == [{"TV-D3", "TV-D4"}]


def test_a_second_round_on_a_day_against_a_runoff_on_another():
    a = "The two will contest the presidential run-off on December 14, results showed."
    b = "Voters will choose between the two in a second round on 21 December."
    assert _values(_rec(a, b, published="2025-11-17"), "date")


def test_hours_spent_at_the_negotiating_table():
    a = "Negotiators met for about five and a half hours on Sunday at the ministry."
    b = "Delegations spent three hours and 40 minutes at the negotiating table on Sunday."
    assert _values(_rec(a, b), "figure")


def test_an_epicentre_located_off_a_town_against_one_near_a_coastal_town():
    a = "The epicentre was located south-west of Acari, in Caraveli province, the institute said."
    b = "Its epicentre was near the coastal town of Yauca in Caraveli province, the institute said."
    assert _values(_rec(a, b), "place")


def test_a_bare_time_in_a_datelined_report_against_one_in_gmt():
    a = "TOKYO (Reuters) - The rocket lifted off from Tanegashima at 1:13 a.m. on Thursday."
    b = "The rocket lifted off from Tanegashima at 17:13 GMT on Wednesday, the agency said."
    assert _values(_rec(a, b, published="2025-11-27"), "time")


def test_a_bare_time_in_a_datelined_report_that_agrees_with_gmt():
    a = "TOKYO (Reuters) - The rocket lifted off from Tanegashima at 2:13 a.m. on Thursday."
    b = "The rocket lifted off from Tanegashima at 17:13 GMT on Wednesday, the agency said."
    assert not _values(_rec(a, b, published="2025-11-27"), "time")


# --- tolls ----------------------------------------------------------------------------------------

def test_tolls_told_after_a_named_quake_and_as_confirmed_dead():
    from storyline.reconcile.tallies import sentence_tallies
    assert sentence_tallies("The death toll from the magnitude 6.9 earthquake that struck on "
                            "Tuesday night has risen to 69, officials said.") == [
        ("killed", 69.0, "=")]
    assert sentence_tallies("72 people were confirmed dead, the office said.") == [
        ("killed", 72.0, "=")]
    assert sentence_tallies("It raised the number of confirmed deaths to 72.") == [
        ("killed", 72.0, "=")]


def test_a_year_or_a_magnitude_is_no_toll():
    from storyline.reconcile.tallies import sentence_tallies
    assert sentence_tallies("The death toll from the 2015 quake in Nepal was 9,000.") == [
        ("killed", 9000.0, "=")]
    assert sentence_tallies("The quake of magnitude 6.9 killed 12 people.") == [
        ("killed", 12.0, "=")]


def test_two_tolls_of_one_morning_report():
    a = ("The death toll from the magnitude 6.9 earthquake that struck on Tuesday night has "
         "risen to 69, civil defence said in its 6 a.m. update on Thursday.")
    b = ("Civil defence said in its 6 a.m. report on Thursday that 72 people were confirmed "
         "dead after the magnitude 6.9 earthquake on Tuesday night.")
    assert _values(_rec(a, b, published="2025-10-02"), "figure")


def test_a_minority_of_a_sized_board_and_members_told_with_the_others():
    a = ("The bank cut its repo rate to 7.25%. Four members of the committee voted for the cut, "
         "while two preferred to keep rates unchanged.")
    b = ("The bank cut its repo rate to 7.25%, in a decision that was not unanimous: one member "
         "of the six-member committee wanted no change.")
    assert {"4–2 votes", "5–1 votes"} in _values(_rec(a, b), "figure")


def test_provisional_figures_after_the_number_are_a_stage_too():
    a = "Preliminary figures from the agency put voter turnout at 68.7 per cent."
    b = "Turnout was 62.3 per cent, according to provisional figures from the agency."
    assert _values(_rec(a, b), "figure")
