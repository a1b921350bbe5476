"""Issue 11, eighteenth session: faults shown by the story battery's training parts (web
pages WS, WW, WX), each fixed by a general rule and tested here on reports written for these
tests: a case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- "shortly before midnight": the moment lies on the side the cue names -----------------

_MIDNIGHT = ("The United States and China agreed on Wednesday in Copenhagen to extend their "
             "tariff truce by 90 days. The joint statement, issued shortly before midnight "
             "local time, said the extension would run until Jan. 13.")


def _singapore(clock: str) -> str:
    return ("The United States and China have agreed in Copenhagen to extend their tariff "
            "truce by 90 days, according to a joint statement released at "
            f"{clock} Singapore time.")


def test_a_time_on_the_side_a_cue_names_agrees():
    # 5.30am in Singapore is 11.30pm in Copenhagen (summer time): shortly before midnight
    found = _rec(_MIDNIGHT, _singapore("5.30am"), published=["2025-10-15", "2025-10-16"])
    assert not _values(found, "time")


def test_a_time_past_the_moment_a_cue_names_disagrees():
    # 6.30am in Singapore is half an hour after midnight in Copenhagen: not "before" it
    found = _rec(_MIDNIGHT, _singapore("6.30am"), published=["2025-10-15", "2025-10-16"])
    assert _values(found, "time") == [{"shortly before midnight local time",
                                      "at 6.30am Singapore time"}]


# --- one good's tariff rate, told in a list of rates or after "would face" ---------------

_LISTED = ("China's tariff commission said a 20% levy would apply to American LNG, 15% to "
           "soybeans and pork, and 10% to farm machinery.")
_FACING = ("China's tariff commission said US LNG would face an additional 20 per cent levy, "
           "while soybeans and pork would face 15 per cent.")


def test_one_goods_rate_from_a_list_of_rates_disagrees_with_another_outlets():
    other = ("Beijing says it will add a 25 percent tariff on U.S. soybeans and pork starting "
             "Tuesday.")
    for first in (_LISTED, _FACING):
        assert _values(_rec(first, other), "figure") == [{"15% on pork", "25% on pork"}]


def test_the_same_rates_in_a_list_and_after_would_face_agree():
    assert not _values(_rec(_LISTED, _FACING), "figure")


# --- "a 9.6% increase" against "up 9.6 percentage points" -----------------------------------

_POINTS_UP = ("The Greens took 31.2% of the vote in the by-election, up 9.6 percentage points "
              "on their showing at the last general election.")


def test_a_change_named_after_a_percent_is_set_against_points():
    percent = ("Green candidate Ana Lees won 31.2% of the vote, a 9.6% increase in the party's "
               "share from the last general election.")
    assert _values(_rec(_POINTS_UP, percent), "figure") == [
        {"9.6 percentage points", "9.6%"}]


def test_a_percent_increase_of_another_thing_is_no_points_confusion():
    other = ("Green candidate Ana Lees won 31.2% of the vote. Officials counted 18,400 postal "
             "ballots, a 9.6% increase on the number cast at the general election.")
    assert not _values(_rec(_POINTS_UP, other), "figure")


def test_two_outlets_giving_points_against_one_giving_percent_are_one_report():
    also_points = ("Lees took 31.2 per cent of the vote, a rise of 9.6 percentage points on the "
                   "Greens' showing at the general election.")
    percent = ("Green candidate Ana Lees won 31.2% of the vote, a 9.6% increase in the party's "
               "share from the last general election.")
    found = [d for d in _rec(_POINTS_UP, also_points, percent).discrepancies
             if d.kind == "figure"]
    assert len(found) == 1
    assert {c.outlet for c in found[0].values[0].citations} == {"Daily 0", "Daily 1"}


# --- "cannot" is a negation as "can't" is --------------------------------------------------

def test_cannot_and_cant_of_one_quote_are_no_negated_claim():
    a = ("In his victory speech, Pollard said: \u201cTonight this town has sent a message that "
         "Westminster cannot ignore.\u201d")
    b = ("\u201cThis town has sent a message tonight that Westminster can\u2019t ignore,\u201d "
         "Pollard said, flanked by activists.")
    assert not _values(_rec(a, b), "claim")


# --- "will not declare the result until 27 November": the day it is declared ---------------

_DECLARED = "The official result will be declared on 20 November, the commission said."


def test_not_until_a_day_is_the_day_itself():
    other = ("Special votes remain, and the commission won't declare the official result until "
             "27 November.")
    assert _values(_rec(_DECLARED, other, published="2026-11-08"), "date") == [
        {"20 November", "27 November"}]


def test_a_day_things_last_until_is_still_a_bound():
    other = ("Special votes will be counted until 27 November, and the commission will publish "
             "the official result after that.")
    assert not _values(_rec(_DECLARED, other, published="2026-11-08"), "date")


# --- a measure's start day is no day of the happening told -----------------------------------

def test_a_start_day_in_one_sentence_does_not_date_its_figure_apart():
    a = ("VIENNA, Feb 12 (Wire) — China agreed to buy 25 million metric tons of U.S. soybeans "
         "a year for three years, U.S. officials said on Thursday.")
    b = ("China agreed to buy 20 million metric tons of American soybeans each year for three "
         "years and will drop a 10% tariff on U.S. soybeans starting March 1.")
    found = _rec(a, b, published=["2026-02-12", "2026-02-13"])
    assert _values(found, "figure") == [{"25 million tons", "20 million tons"}]


def test_figures_dated_weeks_apart_stay_two_happenings():
    a = ("VIENNA, Feb 12 (Wire) — China agreed to buy 25 million metric tons of U.S. soybeans "
         "a year for three years, U.S. officials said on Thursday.")
    b = ("On Friday, March 20, China agreed to buy 20 million metric tons of American "
         "soybeans each year for three years in a separate accord.")
    assert not _values(_rec(a, b, published=["2026-02-12", "2026-03-21"]), "figure")


# --- the unit a price is quoted in says nothing of which price it is ------------------------

def test_the_unit_a_price_is_quoted_in_is_no_measure_key():
    from storyline.nlp.pipeline import analyze
    from storyline.reconcile.evidence import build_docs
    from storyline.reconcile.measure_keys import measure_words
    from storyline.records import Article

    art = Article(id="a", text=("The grain cooperative's elevator posted a cash bid of $10.61 "
                                "a bushel on Thursday."), outlet="Valley Herald")
    analysis = analyze(art)
    (doc,) = build_docs([(art, analysis, None)])
    price = next(f for f in analysis.figures if f.kind == "money")
    words = measure_words(doc, price, 3)
    assert "bid" in words
    assert not {"bushel", "bushels"} & words


# --- elections: counts, polling stations, leaders of a bloc, the day results showed ---------

_SEATS = ("Civic Alliance, led by Prime Minister Ilze Kalnina, won 24 seats in the 100-member "
          "parliament, according to preliminary results published by the election commission.")


def test_seats_at_nearly_all_stations_counted_against_preliminary_results_disagree():
    other = ("With nearly all polling stations counted, Civic Alliance had 21.4% of the vote, "
             "which would give it 26 seats, according to the election commission.")
    assert _values(_rec(_SEATS, other), "figure") == [{"24 seats", "26 seats"}]


def test_seats_of_the_whole_count_against_preliminary_results_are_two_moments():
    other = ("With all polling stations counted, Civic Alliance had 21.4% of the vote, which "
             "gives it 26 seats, according to the election commission.")
    assert not _values(_rec(_SEATS, other), "figure")


def test_an_opinion_polls_seat_count_is_still_not_the_results():
    other = ("A poll by Norstat last month gave Civic Alliance 21.4% of the vote, which would "
             "give it 26 seats in the 100-member parliament.")
    assert not _values(_rec(_SEATS, other), "figure")


def test_a_blocs_leader_is_not_the_holder_of_the_blocs_place():
    a = "The nationalist Latvia First Bloc led by Maris Ozols was second with 21 seats."
    b = "The right-wing Latvia First Bloc came second, ahead of the Greens."
    assert not _values(_rec(a, b), "name")


def test_the_day_results_showed_is_not_the_election_day():
    a = ("Latvia's centrist governing party came first in a parliamentary election on October "
         "3, leaving the country facing weeks of coalition talks.")
    b = ("RIGA, Oct 4 (Wire) — Civic Alliance won the most votes in Latvia's parliamentary "
         "election, preliminary results showed on Sunday.")
    assert not _values(_rec(a, b, published=["2026-10-05", "2026-10-04"]), "date")


# --- a sentence of several flights tells the earlier ones ----------------------------------

def test_a_sentence_of_the_earlier_flights_numbers_no_flight():
    a = ("Brightwater's Osprey rocket lifted off on its third test flight on Thursday and "
         "reached space.")
    b = ("The first flight, in April, exploded about four minutes after launch, and in July "
         "the upper stage blew up eight minutes into the second flight.")
    assert not _values(_rec(a, b), "figure")


def test_one_flight_numbered_two_ways_still_disagrees():
    a = ("Brightwater's Osprey rocket lifted off on its third test flight on Thursday and "
         "reached space.")
    b = ("Brightwater's Osprey rocket flew for the second time on Thursday, and its second "
         "flight reached space.")
    assert _values(_rec(a, b), "figure") == [
        {"third test flight (flight 3)", "second flight (flight 2)"}]


# --- a length converted in brackets is that length for outlets giving the other unit --------

_MILES = ("The rocket reached a peak altitude of about 68 miles (110 kilometers) before its "
          "upper stage plunged into the sea, the company said.")


def test_a_converted_length_is_compared_with_another_outlets_unit():
    other = ("It climbed to an altitude of 101km, just above the boundary of space, before its "
             "upper stage fell back into the sea.")
    assert _values(_rec(_MILES, other), "figure") == [{"101 km", "110 kilometers"}]


def test_a_converted_length_within_its_rounding_agrees():
    other = ("The rocket reached a peak altitude of 109 kilometers before its upper stage "
             "plunged into the sea, the company said.")
    assert not _values(_rec(_MILES, other), "figure")


def test_a_place_distance_is_no_second_length_of_an_article():
    a = ("Its second stage climbed to an altitude of 101km before falling into the sea about "
         "40km from the coast.")
    b = "The company said the rocket topped out at 110 kilometres above the launch site."
    assert _values(_rec(a, b), "figure") == [{"101 km", "110 kilometres"}]


# --- a year typed wrong in an undated report ---------------------------------------------------

_SUNDAY = ("ROME (Wire) — A magnitude 5.6 earthquake shook central Italy before dawn on Sunday, "
           "Sept. 14, injuring 23 people, the Civil Protection Department said.")


def test_an_undated_reports_year_far_past_the_storys_is_a_typo():
    typed = ("ROME — An earthquake rattled central Italy in the early hours of Sunday, Sept. 14, "
             "2052, damaging churches and old stone homes.")
    found = _rec(_SUNDAY, typed, published=["2025-09-14", None])
    assert [v for v in _values(found, "date") if any("2052" in x for x in v)] == [
        {"Sept. 14, 2052", "Sunday, Sept. 14 (2025-09-14)"}]


def test_an_undated_reports_day_to_come_years_ahead_is_no_typo():
    ahead = ("ROME — Rebuilding the town's churches after the quake must be finished by Sept. 14, "
             "2030, under the plan the government approved.")
    found = _rec(_SUNDAY, ahead, published=["2025-09-14", None])
    assert not [v for v in _values(found, "date") if any("2030" in x for x in v)]


# --- roles: an epicentre told by a bearing after the time, or off a coast; a dissent's author
# writing for the dissenters ------------------------------------------------------------------

_LIANGA = ("Its epicentre was at sea near the town of Lianga in Surigao del Sur province, "
           "according to the country's seismology agency.")


def test_an_epicentre_told_by_a_bearing_after_the_clock_time():
    other = ("The quake hit at 10:42 p.m. (1442 GMT) about 20 km (12 miles) east of the coastal "
             "town of Hinatuan in Surigao del Sur province, the agency said.")
    assert _values(_rec(_LIANGA, other), "place") == [{"Hinatuan", "Lianga"}]


def test_an_epicentre_off_the_coast_of_a_town():
    other = ("The magnitude 6.4 quake was centered at sea off the coast of Hinatuan, a town of "
             "about 45,000 people.")
    assert _values(_rec(_LIANGA, other), "place") == [{"Hinatuan", "Lianga"}]
    same = "The magnitude 6.4 quake was centered at sea off the coast of Lianga, the agency said."
    assert not _values(_rec(_LIANGA, same), "place")


def test_a_judge_writing_for_the_dissenters_wrote_the_dissent():
    a = "Judge Rowena Castellanos wrote the main dissent, joined by three colleagues."
    b = ("Judge Harlan Okafor, writing for the four dissenters, said the majority had brushed "
         "aside decades of practice.")
    assert _values(_rec(a, b), "name") == [{"Rowena Castellanos", "Harlan Okafor"}]


# --- two lower bounds of one span, one of them in whole units ------------------------------

def test_more_than_three_years_and_more_than_three_and_a_half_agree():
    a = ("Prices in Japan have been rising faster than the bank's 2 percent target for more "
         "than three years, driven by energy and wages.")
    b = ("Core consumer prices rose 3.0% in November, staying above the bank's 2% target for "
         "more than three and a half years.")
    assert not _values(_rec(a, b), "figure")


def test_more_than_two_hours_and_more_than_three_disagree():
    a = "The talks in Madrid lasted more than two hours on Monday, officials said."
    b = "The talks in Madrid lasted more than three hours on Monday, officials said."
    assert _values(_rec(a, b), "figure") == [{"more than two hours", "more than three hours"}]
    c = "The talks in Madrid lasted more than two and a half hours on Monday, officials said."
    assert not _values(_rec(a, c), "figure")


def test_a_length_told_in_two_units_by_three_outlets_disagrees_once():
    a = "Peak altitude was about 190 km, according to the telemetry shown on the webcast."
    b = ("Its upper stage climbed to a peak altitude of about 118 miles before deploying two "
         "dummy satellites.")
    c = ("The upper stage reached a peak altitude of about 230 km (143 miles) before releasing "
         "two dummy satellites.")
    assert _values(_rec(a, b, c), "figure") == [{"about 190 km", "about 230 km"}]


# --- where the next round is held, though both capitals are named as governments -----------

def test_the_next_rounds_city_differs_though_each_article_names_both_capitals():
    a = ("Washington lowered its tariff and Beijing halved its own. The truce would be reviewed "
         "at a further round of talks in Washington in early December.")
    b = ("Beijing agreed to buy more soybeans and Washington eased chip rules. The two sides "
         "said they would meet again in Beijing in early December.")
    assert _values(_rec(a, b), "place") == [{"Washington", "Beijing"}]


# --- one sum with two digits swapped, told in unlike sentences ------------------------------

def test_a_sum_with_swapped_digits_shares_its_measure_key_past_a_conversion():
    a = ("The increase applies to 312 tariff lines covering about $14.2 billion of imports in "
         "2024, USTR said in a notice.")
    b = ("The goods affected were worth $41.2bn (£30.6bn) in US imports last year, according "
         "to trade figures.")
    assert _values(_rec(a, b), "figure") == [{"about $14.2 billion", "$41.2 billion"}]
    c = ("The goods affected were worth $27.5bn (£20.4bn) in US imports last year, out of "
         "$438.9bn in imports from China.")  # no slip, and the key tells two sums
    assert not _values(_rec(a, c), "figure")


# --- a vessel's one-word name spelt two ways ---------------------------------------------------

def test_a_vessels_name_spelt_two_ways_is_a_name_conflict():
    a = "The larger boat, a dhow, was identified as Salahuddin, with a smaller skiff in tow."
    b = "The pirates' vessel, a 10-metre dhow, is named the Salahaddin, the navy said."
    assert _values(_rec(a, b), "name") == [{"Salahuddin", "Salahaddin"}]
    same = "The pirates' vessel, a 10-metre dhow, is named the Salahuddin, the navy said."
    assert not _values(_rec(a, same), "name")


# --- spans read with their bound or their half agree within them -----------------------------

def test_just_over_an_hour_and_about_66_minutes_agree():
    a = "Just over an hour after liftoff, the ship splashed down in the Indian Ocean."
    b = "The flight lasted about 66 minutes from liftoff to splashdown."
    assert not _values(_rec(a, b), "figure")
    c = "The flight lasted about 45 minutes from liftoff to splashdown."
    assert _values(_rec(a, c), "figure") == [{"Just over an hour", "about 45 minutes"}]


def test_about_eight_and_a_half_and_roughly_eight_minutes_agree():
    a = ("The booster landed on the droneship about eight and a half minutes after launch, the "
         "company said.")
    b = ("The first stage touched down on the droneship roughly eight minutes after launch, the "
         "company said.")
    assert not _values(_rec(a, b), "figure")


# --- a policy rate's move told in percent means points -------------------------------------

def test_a_policy_rate_cut_of_a_quarter_percent_is_a_quarter_point():
    a = "The central bank delivered a 25-basis-point cut, taking its key rate to 4%."
    b = "The central bank lowered its key rate by 0.25% to 4% on Wednesday."
    assert not _values(_rec(a, b), "figure")
    c = "The central bank lowered its key rate by 0.5% to 3.75% on Wednesday."
    assert _values(_rec(a, c), "figure")  # a quarter point against a half point


def test_a_converted_distance_downrange_is_no_orbits_height():
    a = ("About two and a half minutes after launch, the first stage separated and fell into a "
         "designated zone some 400 km (250 miles) downrange. The second stage reached an orbit "
         "of about 500 km.")
    b = ("The payload reached an orbit of roughly 310 miles, some nine and a half minutes after "
         "liftoff.")
    assert not _values(_rec(a, b), "figure")


def test_about_an_hour_and_a_half_and_about_two_hours_disagree():
    a = "The case was argued in March; the hearing lasted about an hour and a half."
    b = "The oral argument back in March ran about two hours, unusually long for a rate case."
    assert _values(_rec(a, b), "figure") == [{"about an hour and a half", "about two hours"}]


# --- an apogee told once in each article, past a reference line and an earlier flight -----

def test_each_articles_one_apogee_past_the_edge_of_space_line_and_an_earlier_flight():
    a = ("The upper stage reached a peak altitude of 243 km before falling into the sea. The "
         "second flight, in April, broke up 71 seconds in at an altitude of about 11 km.")
    b = ("Its upper stage climbed to 212km, well above the 100km line often used to mark the "
         "edge of space, before coming down in the sea.")
    assert _values(_rec(a, b), "figure") == [{"243 km", "212 km"}]


