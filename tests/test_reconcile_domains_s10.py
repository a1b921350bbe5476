"""Issue 11, tenth session: faults the battery's part E showed (held out until this session,
training since) in the hidden check's domains, each fixed by a general rule and tested here
on reports written for these tests: a case that must be reported and a control that must
not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values


def _all(rec: object) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies]  # type: ignore[attr-defined]


# --- the length of a round of talks ------------------------------------------------------

def test_a_session_that_ran_for_hours_is_the_talks_length():
    a = ("Negotiators from both countries met for about four hours in Oslo on Monday, "
         "officials said. The finance ministers will meet again on Tuesday.")
    b = ("The first day ended after a session that lasted roughly two hours, a person "
         "briefed on the meeting said. Both finance ministers called it useful.")
    assert _values(_rec(a, b), "figure") == [{"about four hours", "roughly two hours"}]


def test_talks_lengths_within_their_rounding_agree():
    a = ("Negotiators from both countries met for about four hours in Oslo on Monday, "
         "officials said.")
    b = ("The first day ended after a session that lasted four hours and ten minutes, a "
         "person briefed on the meeting said.")
    assert not _values(_rec(a, b), "figure")


# --- "local time" where the talks are, not where the delegations come from ---------------

_LOCAL = ("Officials from the United States and China resumed closed-door talks in Madrid "
          "on Monday, starting at 10 a.m. local time at the foreign ministry.")


def test_local_time_is_read_from_the_place_the_talks_are_in():
    b = ("The second day of negotiations got under way at 3 p.m. Beijing time on Monday, "
         "with the vice premier leading the delegation.")
    found = _values(_rec(_LOCAL, b, published="2025-09-15"), "time")
    assert found == [{"at 10 a.m. local time", "at 3 p.m. Beijing time"}]


def test_the_same_moment_in_beijing_and_madrid_time_agrees():
    b = ("The second day of negotiations got under way at 4 p.m. Beijing time on Monday, "
         "with the vice premier leading the delegation.")
    assert not _values(_rec(_LOCAL, b, published="2025-09-15"), "time")


# --- who led a delegation -----------------------------------------------------------------

_LED = ("The Chinese delegation was led by Vice Premier Han Zhiwei, who met the U.S. "
        "Treasury Secretary for two days of talks in Oslo.")


def test_a_side_sending_someone_to_head_its_team_names_its_leader():
    b = ("Beijing sent Commerce Minister Gao Ruolan to head its team at the two days of "
         "talks in Oslo, which ended on Tuesday.")
    assert _values(_rec(_LED, b), "name") == [{"Han Zhiwei", "Gao Ruolan"}]


def test_one_leader_named_two_ways_is_no_conflict():
    b = ("Vice-Premier Han Zhiwei is leading Beijing's delegation at the two days of talks "
         "in Oslo, which ended on Tuesday.")
    assert not _values(_rec(_LED, b), "name")


# --- a title given in an apposition after the name ----------------------------------------

def test_a_title_given_after_the_name_is_set_against_another_outlets():
    a = ("Across the table sat Zhou Wenbin, China's vice commerce minister and deputy trade "
         "representative, who arrived on Sunday.")
    b = ("Vice Foreign Minister Zhou Wenbin accompanied the vice premier to the talks, "
         "officials said on Sunday.")
    found = _values(_rec(a, b), "title")
    assert len(found) == 1 and "Vice Foreign Minister" in found[0]


def test_titles_one_outlet_joins_do_not_join_another_outlets_title():
    a = ("Across the table sat Zhou Wenbin, China's vice commerce minister and deputy trade "
         "representative, who arrived on Sunday.")
    b = ("Vice Commerce Minister Zhou Wenbin accompanied the vice premier to the talks, "
         "officials said on Sunday.")
    assert not _values(_rec(a, b), "title")


# --- a ruling's split, and its lone dissenter --------------------------------------------

def test_a_rulings_split_is_compared_whatever_places_follow_it():
    a = ("The Supreme Court ruled 6-3 on Monday that deputies in a Texas county acted "
         "lawfully when they searched the truck without a warrant.")
    b = ("By a 5-4 vote, the justices decided on Monday that Harris County deputies did not "
         "violate the Fourth Amendment.")
    assert _values(_rec(a, b), "figure") == [{"6–3 votes", "5–4 votes"}]


def test_the_same_split_told_with_other_places_agrees():
    a = ("The Supreme Court ruled 6-3 on Monday that deputies in a Texas county acted "
         "lawfully when they searched the truck without a warrant.")
    b = ("By a 6-3 vote, the justices decided on Monday that Harris County deputies did not "
         "violate the Fourth Amendment.")
    assert not _values(_rec(a, b), "figure")


def test_two_outlets_naming_different_lone_dissenters_disagree():
    a = ("The court sided with the city by an 8-1 vote on Friday. Justice Laura Whitcombe "
         "was the lone dissenter.")
    b = ("The justices ruled 8 to 1 for the city on Friday. The only justice to dissent was "
         "Martin Okonjo, who warned of the costs.")
    assert _values(_rec(a, b), "name") == [{"Laura Whitcombe", "Martin Okonjo"}]


def test_a_single_dissent_from_one_governor_told_twice_agrees():
    a = ("The bank held rates on Wednesday. The decision drew a single dissent, from "
         "Governor Paula Richter, who wanted a cut.")
    b = ("Rates were left unchanged on Wednesday. Governor Paula Richter was the lone "
         "dissenter, arguing for a reduction.")
    assert not _values(_rec(a, b), "name")


# --- a fine called a penalty --------------------------------------------------------------

def test_a_fine_and_a_penalty_of_different_sizes_disagree():
    a = ("The court on Tuesday upheld a €2.3 billion fine imposed on Norvik Systems for "
         "abusing its dominance in payment terminals.")
    b = ("Norvik Systems has lost its challenge against a €2.8bn antitrust penalty, after the "
         "court sided with regulators on Tuesday.")
    assert _values(_rec(a, b), "figure") == [{"€2.3 billion", "€2.8 billion"}]


def test_a_fine_and_a_penalty_of_one_size_agree():
    a = ("The court on Tuesday upheld a €2.3 billion fine imposed on Norvik Systems for "
         "abusing its dominance in payment terminals.")
    b = ("Norvik Systems lost its appeal against a €2.3bn antitrust penalty on Tuesday, "
         "after the court sided with regulators.")
    assert not _values(_rec(a, b), "figure")


# --- the day of a suspension --------------------------------------------------------------

def test_a_suspension_put_on_two_days_is_reported():
    a = ("The High Court on Tuesday suspended the new levy on ride-hailing fares pending a "
         "full hearing, a judge ruled.")
    b = ("A judge in Nairobi on Monday halted the rollout until a petition filed by drivers "
         "is heard.")
    found = _values(_rec(a, b, published="2025-11-13"), "date")
    assert found == [{"2025-11-10 (Monday)", "2025-11-11 (Tuesday)"}]


def test_a_suspension_on_one_day_is_no_conflict():
    a = ("The High Court on Tuesday suspended the new levy on ride-hailing fares pending a "
         "full hearing, a judge ruled.")
    b = ("A judge on Tuesday halted the rollout of the levy on ride-hailing fares until the "
         "petition is heard.")
    assert not _values(_rec(a, b, published="2025-11-13"), "date")


# --- a rate cut's size, and a bond purchase ------------------------------------------------

def test_a_quarter_point_and_a_half_point_cut_disagree():
    a = ("The central bank cut its key policy rate by 25 basis points to 3% on Wednesday, "
         "citing a cooling labour market.")
    b = ("The central bank lowered borrowing costs by 50 basis points on Wednesday as job "
         "losses mounted.")
    assert _values(_rec(a, b), "figure") == [{"0.25 pp", "0.5 pp"}]


def test_a_quarter_point_told_in_basis_points_agrees():
    a = ("The central bank cut its key policy rate by 25 basis points to 3% on Wednesday, "
         "citing a cooling labour market.")
    b = ("The central bank lowered borrowing costs by a quarter of a percentage point on "
         "Wednesday as job losses mounted.")
    assert not _values(_rec(a, b), "figure")


def test_a_bond_purchase_told_with_of_is_compared():
    a = ("The central bank said on Friday it would buy an extra ¥300 billion of long-dated "
         "government bonds to calm the market.")
    b = ("The bank announced an emergency purchase of ¥450 billion in government debt on "
         "Friday to calm the market.")
    assert _values(_rec(a, b), "figure") == [{"¥300 billion", "¥450 billion"}]


# --- which booster flew; how long a failed flight lasted; the pad --------------------------

def test_two_boosters_named_for_one_flight_disagree():
    a = ("The rocket lifted off on Tuesday evening. The first stage, Booster 12, splashed "
         "down in the Gulf as planned.")
    b = ("Tuesday's launch went well for the first stage: the booster, designated B13, "
         "made a controlled descent into the Gulf.")
    assert _values(_rec(a, b), "name") == [{"Booster 12", "designated B13"}]


def test_one_booster_named_two_ways_agrees():
    a = ("The rocket lifted off on Tuesday evening. The first stage, Booster 12, splashed "
         "down in the Gulf as planned.")
    b = ("Tuesday's launch went well for the first stage: the booster, designated B12, "
         "made a controlled descent into the Gulf.")
    assert not _values(_rec(a, b), "name")


def test_a_failed_flights_length_told_two_ways_is_compared():
    a = ("The startup's rocket crashed on its maiden flight on Sunday, falling into the sea "
         "about 40 seconds into the flight, the company said.")
    b = ("The maiden attempt ended after roughly 15 seconds on Sunday when the rocket lost "
         "control and plunged into the sea.")
    found = _values(_rec(a, b), "figure")
    assert found == [{"about 40 seconds", "roughly 15 seconds"}]


def test_a_failed_flights_length_within_its_rounding_agrees():
    a = ("The startup's rocket crashed on its maiden flight on Sunday, falling into the sea "
         "about 40 seconds into the flight, the company said.")
    b = ("The maiden attempt ended after 38 seconds on Sunday when the rocket lost control "
         "and plunged into the sea.")
    assert not _values(_rec(a, b), "figure")


def test_two_pads_a_rocket_thundered_away_from_disagree():
    a = ("The heavy rocket lifted off from Launch Complex 17 at the Space Force Station "
         "on Thursday, carrying two weather satellites.")
    b = ("The rocket thundered away from Launch Complex 20 on Thursday afternoon with two "
         "weather satellites aboard.")
    assert _values(_rec(a, b), "place") == [{"Launch Complex 17", "Launch Complex 20"}]


def test_all_reports_of_one_pad_agree():
    a = ("The heavy rocket lifted off from Launch Complex 17 at the Space Force Station "
         "on Thursday, carrying two weather satellites.")
    b = ("The rocket thundered away from Launch Complex 17 on Thursday afternoon with two "
         "weather satellites aboard.")
    assert not _all(_rec(a, b))


# ===================== parts F and G (read after their first scoring) =====================

# --- sums of money rounded to the digits they are told in ---------------------------------

def test_a_sum_about_its_rounded_value_agrees():
    a = ("A jury in Denver on Friday ordered the chemical maker to pay $3.62 billion to a "
         "former farmhand who said its herbicide caused his illness.")
    b = ("Jurors in Denver told the chemical maker to pay about $3.6 billion to a former "
         "farmhand over its herbicide on Friday.")
    assert not _all(_rec(a, b))


def test_a_sum_beyond_its_rounding_still_disagrees():
    a = ("A jury in Denver on Friday ordered the chemical maker to pay $3.62 billion to a "
         "former farmhand who said its herbicide caused his illness.")
    b = ("Jurors in Denver told the chemical maker to pay about $3.2 billion to a former "
         "farmhand over its herbicide on Friday.")
    assert _values(_rec(a, b), "figure") == [{"$3.62 billion", "about $3.2 billion"}]


# --- two parties' shares of the vote ----------------------------------------------------

def test_two_parties_shares_of_the_vote_are_no_conflict():
    a = ("The Centre Party won Sunday's election, taking 31.0% of the vote and 60 seats, "
         "official results showed.")
    b = ("The populist Freedom Party doubled its seat count on Sunday, winning 41 seats with "
         "26.4 per cent of the vote. The Centre Party won 60 seats.")
    assert not _values(_rec(a, b), "figure")


def test_the_winners_share_beside_the_beaten_rival_is_compared():
    a = ("Maria Ortega was elected mayor on Tuesday, defeating Tom Reyes in a runoff. Ortega "
         "won 53.1% of the vote, unofficial results showed.")
    b = ("The former council member beat Tom Reyes in Tuesday's runoff with 55.8% of the vote, "
         "unofficial results show. Maria Ortega thanked volunteers.")
    assert _values(_rec(a, b), "figure") == [{"53.1%", "55.8%"}]


# --- how long a pause lasts; a prison term; a fine; bond purchases; the new rate -------------

def test_how_long_a_pause_lasts_is_compared_however_told():
    a = ("The two sides will lower their tariffs while talks go on. The reductions are "
         "temporary: they will last for 90 days, the joint statement said.")
    b = ("Importers should note that the lower rates apply for a 60-day window only, "
         "according to the joint statement.")
    assert _values(_rec(a, b), "figure") == [{"90 days", "60-day"}]


def test_a_prison_term_handed_down_is_compared_not_the_one_asked_for():
    a = ("The founder of the collapsed lender was sentenced on Friday to 12 years in prison. "
         "Prosecutors had asked for 20 years.")
    b = ("The 41-year-old founder will spend 14 years in federal prison, the judge ruled on "
         "Friday, below the 20 years prosecutors wanted.")
    assert _values(_rec(a, b), "figure") == [{"12 years", "14 years"}]


def test_one_prison_term_told_twice_agrees():
    a = ("The founder of the collapsed lender was sentenced on Friday to 12 years in prison. "
         "Prosecutors had asked for 20 years.")
    b = ("The 41-year-old founder will spend 12 years in federal prison, the judge ruled on "
         "Friday, below the 20 years prosecutors wanted.")
    assert not _values(_rec(a, b), "figure")


def test_a_fine_cut_by_a_court_is_compared_through_the_amount():
    a = ("The EU's General Court on Wednesday largely upheld the decision against the drugmaker "
         "but cut its fine to 412 million euros.")
    b = ("The drugmaker's fine has been trimmed. The court ruled on Wednesday that the company "
         "must still pay, but reduced the amount to €287 million.")
    assert _values(_rec(a, b), "figure") == [{"€412 million", "€287 million"}]


def test_bond_purchases_a_month_are_compared():
    a = ("The central bank said it would buy Treasury bills at a pace of $40 billion a month, "
         "a technical step to keep reserves ample.")
    b = ("The bank will buy $45 billion of Treasury bills each month to maintain ample "
         "reserves, officials said.")
    assert _values(_rec(a, b), "figure") == [{"$40 billion", "$45 billion"}]


def test_the_level_a_rate_was_cut_to_is_compared():
    a = ("The Bank of England cut interest rates by a quarter of a percentage point to 4% on "
         "Thursday after a second round of voting.")
    b = ("The Bank has trimmed Bank Rate by 0.25 percentage points to 4.25 per cent, its fifth "
         "cut since last summer.")
    found = _values(_rec(a, b), "figure")
    assert {"4%", "4.25%"} in found


def test_a_shares_change_since_the_last_vote_is_compared():
    a = ("The party's projected national share was 29.6%, up 4.2 percentage points on last "
         "year.")
    b = ("The projection put the party on 29.6 per cent of the vote, an increase of 6.5 "
         "points on the previous year.")
    assert _values(_rec(a, b), "figure") == [{"4.2 points", "6.5 points"}]


# --- courts: the majority's author, the lone dissent, the court's city, the rest of a panel --

def test_two_authors_of_the_majority_opinion_disagree():
    a = ("The justices sided with the county on Thursday. Writing for the majority, Justice "
         "Helen Marsh said the Constitution left the choice to local governments.")
    b = ("The county won on Thursday. In the majority opinion, written by Justice Omar Kline, "
         "the court left such choices to local governments.")
    assert _values(_rec(a, b), "name") == [{"Helen Marsh", "Omar Kline"}]


def test_two_authors_of_the_lead_judgment_disagree():
    a = ("The Supreme Court ruled for the lenders. Lord Ashby, the court's president, gave "
         "the lead judgment.")
    b = ("Britain's top court sided with the lenders. The lead judgment was written by Lady "
         "Fenwick.")
    assert _values(_rec(a, b), "name") == [{"Ashby", "Fenwick"}]


def test_the_rest_of_a_panel_is_no_count_of_the_panel():
    a = ("Lord Ashby gave the lead judgment, with which the other four justices agreed, in a "
         "ruling on the lenders' appeal.")
    b = ("The panel of five justices rejected the appeal court's reasoning in a ruling on the "
         "lenders' appeal.")
    assert not _values(_rec(a, b), "figure")


def test_a_single_dissent_named_after_a_colon_is_read():
    a = ("The Fed held rates on Wednesday. The decision drew one dissent, from Governor "
         "Alan Pryor, who wanted a cut.")
    b = ("No move from the Fed on Wednesday. There was a single dissent: Governor Nina "
         "Castell wanted a 25 bp cut.")
    assert _values(_rec(a, b), "name") == [{"Alan Pryor", "Nina Castell"}]


def test_the_courts_city_is_compared():
    a = ("A federal judge in Denver on Tuesday blocked the cuts to the grants, ruling that the "
         "agency ignored the law.")
    b = ("Ruling from the bench in Boulder, the judge said on Tuesday that the grant cuts were "
         "unlawful.")
    assert _values(_rec(a, b), "place") == [{"Denver", "Boulder"}]


# --- rockets: models, flights flown for a span, landings minutes later, satellites ---------

def test_two_models_of_one_rocket_disagree():
    a = ("The startup attempted the first orbital flight of its Kestrel-3 rocket on Wednesday, "
         "and the booster was lost.")
    b = ("The Kestrel-2B lifted off on Wednesday carrying a test payload, and its booster was "
         "lost on landing.")
    assert _values(_rec(a, b), "name") == [{"Kestrel-3", "Kestrel-2B"}]


def test_a_flight_flown_for_a_span_and_one_that_lasted_are_compared():
    a = ("The ship splashed down in the Indian Ocean after a flight that lasted about 66 "
         "minutes.")
    b = ("The ship flew for an hour and a half before splashing down in the Indian Ocean.")
    assert _values(_rec(a, b), "figure") == [{"about 66 minutes", "an hour and a half"}]


def test_a_landing_minutes_after_the_launch_is_the_flights_length():
    a = ("The capsule touched down in the desert after a flight that lasted 10 minutes and 21 "
         "seconds from liftoff.")
    b = ("The rocket launched on Saturday morning, and the capsule touched down roughly 15 "
         "minutes later.")
    found = _values(_rec(a, b), "figure")
    assert found == [{"10 minutes and 21 seconds", "roughly 15 minutes"}]


def test_a_count_reads_the_noun_it_counts_past_names():
    a = "A Falcon 9 rocket launched 24 Starlink internet satellites from California on Saturday."
    b = "Another batch went up from California on Saturday: 27 satellites rode a Falcon 9 to orbit."
    assert _values(_rec(a, b), "figure") == [{"24 satellites", "27 satellites"}]


# --- quakes: a magnitude by places of one name; the epicentre; the shaking ----------------

def test_a_magnitude_told_by_island_and_by_town_of_one_province_is_compared():
    a = ("A magnitude 6.8 earthquake struck off the island of Mindanao on Friday, the U.S. "
         "Geological Survey said, shaking buildings in Davao City.")
    b = ("A strong earthquake rattled the region on Friday. The U.S. Geological Survey put the "
         "magnitude at 7.1, with the epicentre east of the town of Manay in Davao Oriental.")
    assert _values(_rec(a, b), "figure") == [{"magnitude 6.8", "magnitude 7.1"}]


def test_an_epicentre_put_near_two_towns_disagrees():
    a = "The quake was centred near the town of Sindirgi in Balikesir province, the agency said."
    b = "The agency put the epicentre near Simav, with the quake striking at a depth of 11 km."
    assert _values(_rec(a, b), "place") == [{"Sindirgi", "Simav"}]


def test_the_shaking_in_a_place_lasted_and_shook_for_are_compared():
    a = "The shaking in the capital lasted about 40 seconds, the seismological service said."
    b = "According to the seismological service, the ground in the capital shook for nearly two minutes."
    assert _values(_rec(a, b), "figure") == [{"about 40 seconds", "nearly two minutes"}]


# --- titles held before; a delegation led by; the talks' next round -----------------------

def test_two_former_offices_of_one_person_disagree():
    a = ("Her nearest rival, former prime minister Anna Lindqvist, conceded early on "
         "Sunday.")
    b = "Anna Lindqvist, the former foreign minister, came second and conceded on Sunday."
    assert _values(_rec(a, b), "title") == [{"former prime minister", "former foreign minister"}]


def test_one_former_office_told_twice_agrees():
    a = ("Her nearest rival, former prime minister Anna Lindqvist, conceded early on "
         "Sunday.")
    b = "Anna Lindqvist, the former prime minister, came second and conceded on Sunday."
    assert not _values(_rec(a, b), "title")


def test_a_delegation_led_by_without_a_verb_is_read():
    a = ("A Chinese delegation led by Vice Premier Han Zhiwei sat down with American officials "
         "in Oslo on Monday.")
    b = ("Talks resumed in Oslo on Monday, with Commerce Minister Gao Ruolan leading the "
         "Chinese delegation.")
    assert _values(_rec(a, b), "name") == [{"Han Zhiwei", "Gao Ruolan"}]


def test_the_days_a_next_round_opens_are_compared():
    a = ("The Treasury secretary will meet the vice premier in Oslo on Monday for a third round "
         "of trade talks, officials said.")
    b = ("The next round of trade negotiations will take place in Oslo, with talks set to "
         "begin on Tuesday.")
    found = _values(_rec(a, b, published="2025-07-24"), "date")
    assert found == [{"Monday", "Tuesday"}]


# --- quotes in straight single marks ------------------------------------------------------

def test_one_quote_in_single_marks_credited_to_two_people_disagrees():
    a = ("'We are in a good place, and we intend to stay there,' the bank's president Clara "
         "Vogt told a news conference on Thursday.")
    b = ("'We are in a good place, and we intend to stay there,' chief economist Piet Lanen "
         "said on Thursday.")
    assert _values(_rec(a, b), "quote") == [{"Clara Vogt", "Piet Lanen"}]


# ============================ part J (read after its first scoring) ===========================

def test_two_goods_named_for_one_tariff_disagree():
    a = ("Beijing will put an additional 15% tariff on U.S. pork from April 2, the tariff "
         "commission said on Monday.")
    b = ("The commission announced on Monday an extra 15 percent duty on American beef "
         "starting April 2.")
    assert _values(_rec(a, b), "detail") == [{"pork", "beef"}]


def test_two_tariffs_on_two_goods_in_one_report_are_no_conflict():
    a = ("Beijing will put an additional 15% tariff on U.S. pork from April 2, the tariff "
         "commission said on Monday. Beef was spared.")
    b = ("The commission announced on Monday an extra 15 percent duty on American beef "
         "starting April 2, and a 10% duty on pork.")
    assert not _values(_rec(a, b), "detail")


def test_the_level_a_tariff_is_raised_to_is_compared():
    a = ("The trade office said on Friday it will raise the tariff on Chinese-made harbour "
         "cranes to 25%. The duty now stands at 10%.")
    b = ("Washington will lift tariffs on Chinese-built harbour cranes to 35 per cent, up "
         "from the 10 per cent charged now, the office said on Friday.")
    assert {"25%", "35%"} in _values(_rec(a, b), "figure")


def test_an_extension_told_with_this_time_by_is_compared():
    a = ("The president on Monday extended the pause on steeper tariffs for another 90 days, "
         "hours before the truce expired.")
    b = ("Both sides agreed to push back the return of higher tariffs, this time by 120 days, "
         "the order signed on Monday said.")
    assert _values(_rec(a, b), "figure") == [{"90 days", "120 days"}]


def test_one_fine_in_two_currencies_is_reported():
    a = ("The court on Wednesday upheld a €2.42 billion fine imposed on the search company "
         "for favouring its own shopping service.")
    b = ("The search company lost its challenge against the $2.42 billion fine over its "
         "shopping service on Wednesday.")
    found = [d for d in _rec(a, b).discrepancies if d.about == "the currency of the fine"]
    assert len(found) == 1


def test_a_panel_and_the_full_court_disagree():
    a = ("A three-judge panel of the 9th U.S. Circuit Court of Appeals on Tuesday upheld the "
         "state's law on drivers' pay.")
    b = ("The full Ninth Circuit, sitting en banc, ruled on Tuesday that the state's law on "
         "drivers' pay is constitutional.")
    assert _values(_rec(a, b), "detail") == [{"three-judge panel", "The full Ninth Circuit"}]


def test_one_panel_told_twice_agrees():
    a = ("A three-judge panel of the 9th U.S. Circuit Court of Appeals on Tuesday upheld the "
         "state's law on drivers' pay.")
    b = ("A panel of the Ninth Circuit ruled on Tuesday that the state's law on drivers' pay "
         "is constitutional.")
    assert not _values(_rec(a, b), "detail")


def test_a_dissenter_with_dissenting_is_read():
    a = ("The Fed held rates on Wednesday in an 11-1 vote. Governor Alan Pryor was the lone "
         "dissenter.")
    b = ("The vote was 11 to 1 on Wednesday, with Governor Nina Castell dissenting in favour "
         "of a cut.")
    assert _values(_rec(a, b), "name") == [{"Alan Pryor", "Nina Castell"}]


def test_two_dissent_authors_sharing_a_given_name_disagree():
    a = ("The court ruled 4-3 on Tuesday. Justice Rebecca Dale wrote for the majority. "
         "Justice Anna Zeller wrote the principal dissent.")
    b = ("The majority opinion was written by Justice Rebecca Dale on Tuesday. Justice "
         "Rebecca Grass Holt penned the main dissent.")
    assert _values(_rec(a, b), "name") == [{"Anna Zeller", "Rebecca Grass Holt"}]


def test_an_old_level_near_zero_told_two_ways_is_compared():
    a = ("The central bank raised interest rates on Friday to 0.5% from 0.25%, keeping "
         "inflation near its 2% target.")
    b = ("The central bank lifted its policy rate from 0.1 per cent to 0.5 per cent on "
         "Friday.")
    assert {"0.25%", "0.1%"} in _values(_rec(a, b), "figure")


def test_two_droneships_disagree():
    a = ("The first stage landed on the droneship A Shortfall of Gravitas in the Atlantic "
         "about eight minutes after liftoff on Saturday.")
    b = ("The booster stuck the landing on Just Read the Instructions, the droneship stationed "
         "in the Atlantic, on Saturday.")
    assert _values(_rec(a, b), "name") == [{"A Shortfall of Gravitas",
                                            "Just Read the Instructions"}]


def test_the_day_a_scrubbed_launch_was_moved_to_is_compared():
    a = ("The company called off Sunday's launch because of clouds. The next attempt will be "
         "no earlier than Thursday, Nov. 13.")
    b = ("Weather forced a scrub on Sunday, and the agency said on Monday that the launch has "
         "been moved to Friday, November 14.")
    found = _values(_rec(a, b, published="2025-11-10"), "date")
    assert found == [{"Thursday, Nov. 13", "Friday, November 14"}]


def test_the_time_to_a_payloads_separation_is_compared():
    a = ("The rocket lifted off on Tuesday evening. The satellite was released about 2 hours "
         "50 minutes after liftoff, the operator said.")
    b = ("The rocket delivered the satellite to orbit on Tuesday, with separation confirmed 1 "
         "hour and 56 minutes into the mission.")
    found = _values(_rec(a, b), "figure")
    assert found == [{"about 2 hours 50 minutes", "1 hour and 56 minutes"}]


def test_lives_lost_are_a_toll():
    a = ("A magnitude 6.1 earthquake on Sunday night killed 14 people and injured more than "
         "300, the disaster agency said on Monday.")
    b = ("According to the agency on Monday, at least 23 citizens lost their lives in the "
         "earthquake on Sunday night, and over 300 were injured.")
    assert {"14 killed", "at least 23 killed"} in _values(_rec(a, b, published="2025-10-20"),
                                                         "figure")


def test_a_share_taken_in_a_second_round_is_the_winners():
    a = ("Centrist senator Ana Ruiz won the presidential runoff on Sunday with 54.5% of the "
         "vote, preliminary results showed.")
    b = ("The senator took 52.5 per cent in Sunday's second round, the tribunal's "
         "preliminary count showed.")
    assert _values(_rec(a, b), "figure") == [{"54.5%", "52.5%"}]


def test_an_hour_and_six_minutes_is_one_span():
    a = "The ship splashed down in the Indian Ocean around 66 minutes after liftoff."
    b = "The ship came down in the Indian Ocean about an hour and six minutes after launch."
    assert not _all(_rec(a, b))


# ========================== parts L and M (read after their first scoring) ====================

def test_a_time_posted_on_a_website_is_news_not_page_furniture():
    a = ("The notice was posted on the finance ministry's website at 5 p.m. Beijing time, the "
         "commission said on Friday.")
    b = ("The commission's notice went up on the finance ministry's website at about 7 a.m. "
         "Eastern time on Friday.")
    found = _values(_rec(a, b, published="2025-04-04"), "time")
    assert found == [{"at 5 p.m. Beijing time", "about 7 a.m. Eastern time"}]


def test_a_quarter_point_cut_in_words_is_a_size_in_points():
    a = "The central bank cut its cash rate by 50 basis points on Tuesday, citing slower inflation."
    b = "The central bank has delivered a quarter-point cut on Tuesday, taking the cash rate to 3.85%."
    assert _values(_rec(a, b), "figure") == [{"0.5 pp", "0.25 pp"}]


def test_a_quarter_point_in_words_and_in_basis_points_agree():
    a = "The central bank cut its cash rate by 25 basis points on Tuesday, citing slower inflation."
    b = "The central bank has delivered a quarter-point cut on Tuesday, taking the cash rate to 3.85%."
    assert not _values(_rec(a, b), "figure")


def test_a_bond_sales_pace_is_compared_not_the_pace_before():
    a = ("The bank said on Thursday it would shrink its stock of government bonds by £70bn "
         "over the next 12 months, down from £100bn in the past year.")
    b = ("The bank will run down its gilt holdings by £80bn over the coming year, compared "
         "with £100bn previously, it said on Thursday.")
    assert _values(_rec(a, b), "figure") == [{"£70 billion", "£80 billion"}]


def test_a_year_typed_wrong_after_an_abbreviated_month_is_read():
    a = "The judge set sentencing for Jan. 15, 2026, after the guilty plea on Wednesday."
    b = "The judge scheduled sentencing for January 15, 3026, after she pleaded guilty on Wednesday."
    assert _values(_rec(a, b), "date") == [{"January 15, 3026", "Jan. 15, 2026"}]


def test_a_toll_updated_on_a_later_day_is_not_the_quakes_day():
    a = ("At least nine people died after a magnitude 6.0 earthquake struck the coast late on "
         "Sunday, the risk agency said on Monday.")
    b = ("The death toll from Sunday's magnitude 6.0 earthquake climbed to 23 on Tuesday, the "
         "risk agency said.")
    assert not _values(_rec(a, b, published=["2025-03-03", "2025-03-04"]), "date")


def test_one_launch_on_two_calendars_is_no_conflict():
    a = ("The company launched its rocket from its New Zealand site at 3:15 p.m. EDT on "
         "Wednesday, carrying a radar satellite.")
    b = ("The rocket lifted off from Mahia at 7.15am on Thursday, carrying a radar satellite "
         "for a Japanese firm.")
    assert not _values(_rec(a, b, published=["2025-06-11", "2025-06-12"]), "date")


def test_a_winners_share_and_a_rivals_named_after_for_are_apart():
    a = ("President Daniel Noboa won re-election on Sunday, taking 55.6% of the vote against "
         "44.4% for Luisa Gomez with more than 90% of ballots counted.")
    b = ("Daniel Noboa secured another term, winning 56.5 per cent in Sunday's runoff with more "
         "than 90 per cent of votes counted.")
    assert {"55.6%", "56.5%"} in _values(_rec(a, b), "figure")


def test_a_margin_in_votes_with_its_digits_swapped_is_reported():
    a = ("The Democrat won the race on Tuesday, beating the Republican incumbent by about "
         "14,000 votes, unofficial results showed.")
    b = ("The Democrat finished 41,000 votes ahead of the Republican incumbent in Tuesday's "
         "vote, with about 51 percent of ballots cast in her favor.")
    assert _values(_rec(a, b), "figure") == [{"about 14,000 votes", "41,000 votes"}]


def test_a_runoffs_date_is_compared():
    a = "The first round on Sunday set up a runoff on June 1 between the two leading candidates."
    b = "The two will face each other again in a second round on 8 June, officials said."
    assert _values(_rec(a, b), "date") == [{"June 1", "8 June"}]


def test_a_venue_named_base_first_is_a_venue():
    a = ("Negotiators sat down on Thursday for a fresh round of talks at the Captain Cook Hotel "
         "in downtown Anchorage.")
    b = ("The latest round of talks opened on Thursday at Joint Base Elmendorf-Richardson on "
         "the city's northern edge.")
    assert _values(_rec(a, b), "place") == [{"the Captain Cook Hotel",
                                             "Joint Base Elmendorf-Richardson"}]


def test_a_trip_of_eleven_and_a_half_minutes_is_a_span():
    a = "The flight lasted 10 minutes and 21 seconds from liftoff to capsule touchdown, it said."
    b = "From liftoff to touchdown, the trip took about 11 and a half minutes, the webcast showed."
    found = _values(_rec(a, b), "figure")
    assert found == [{"10 minutes and 21 seconds", "about 11 and a half minutes"}]


def test_a_korean_city_and_south_korea_are_no_name_spellings():
    a = "The two leaders will meet on Thursday in the South Korean city of Busan, officials said."
    b = "The two leaders will meet on Thursday in the South Korea city of Busan, officials said."
    assert not _values(_rec(a, b), "name")
