"""Issue 11, fifteenth session: faults shown by the story battery's fourth-batch training
parts, each fixed by a general rule and tested here on reports written for these tests: a
case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- a sum written with its digits swapped, in an article of many sums ------------------------

_MANY_SUMS = ("The plant's owner reported net income of $1.4 billion last year and has spent "
              "more than $120 million on new equipment since 2020. The groups had sought about "
              "$48 million.")


def test_a_sum_with_swapped_digits_is_reported_among_many_sums():
    a = ("An appeals court on Tuesday upheld a $9.6 million civil penalty against the "
         "refinery for years of permit violations. " + _MANY_SUMS)
    b = ("The refinery has lost its appeal of a $6.9 million penalty over flaring, after a "
         "split panel sided with the residents. " + _MANY_SUMS)
    assert any({"$9.6 million", "$6.9 million"} <= vs for vs in _values(_rec(a, b), "figure"))


def test_two_unlike_sums_among_many_stay_apart():
    a = ("An appeals court on Tuesday upheld a $9.6 million civil penalty against the "
         "refinery for years of permit violations. " + _MANY_SUMS)
    b = ("The refinery has lost its appeal of the penalty over flaring, after a split panel "
         "sided with the residents. In 2019 it agreed to a $6.2 million settlement with state "
         "regulators. " + _MANY_SUMS)
    assert not any("$9.6 million" in vs for vs in _values(_rec(a, b), "figure"))


# --- who wrote the dissent, told in more ways -------------------------------------------------


def test_a_dissent_by_a_judge_joined_by_colleagues_is_compared():
    a = ("The appeals court ruled 7-4 against the tariffs. Judge Samuel Okafor, joined by "
         "three colleagues, dissented.")
    b = ("The appeals court ruled 7-4 against the tariffs. In a dissent, Judge Ellen "
         "Lindqvist, writing for herself and three colleagues, said the majority had erred.")
    assert {"Samuel Okafor", "Ellen Lindqvist"} in _values(_rec(a, b), "name")


def test_the_dissent_by_the_same_judge_is_not_reported():
    a = ("The appeals court ruled 7-4 against the tariffs. The dissent, by Judge Samuel Okafor "
         "and joined by three colleagues, would have upheld them.")
    b = ("The appeals court ruled 7-4 against the tariffs. Judge Samuel Okafor, joined by "
         "three colleagues, dissented.")
    assert not _values(_rec(a, b), "name")


def test_a_lone_dissenter_told_in_dissent_and_in_a_worded_dissent():
    a = ("A divided panel upheld the penalty 2-1. Judge Carolyn Ashby, in dissent, said the "
         "ruling stretched the law too far.")
    b = ("A divided panel upheld the penalty 2-1. In a sharply worded dissent, Judge Harold "
         "Brenner wrote that the majority had ignored precedent.")
    assert {"Carolyn Ashby", "Harold Brenner"} in _values(_rec(a, b), "name")
    c = ("A divided panel upheld the penalty 2-1. In a sharply worded dissent, Judge Carolyn "
         "Ashby wrote that the majority had ignored precedent.")
    assert not _values(_rec(a, c), "name")


# --- who led a delegation: the other's holder named, but not as leading ----------------------


def test_a_delegation_leader_differs_though_the_other_is_named_speaking():
    a = ("Treasury Secretary Daniel Whitcombe, who led the U.S. delegation, told reporters the "
         "talks had been constructive.")
    b = ("The US team, led by Commerce Secretary Erik Halvorsen, met the Chinese side on Monday. "
         "Treasury Secretary Daniel Whitcombe described the talks as constructive.")
    assert {"Daniel Whitcombe", "Erik Halvorsen"} in _values(_rec(a, b), "name")


def test_a_delegation_led_jointly_is_not_reported():
    a = ("Treasury Secretary Daniel Whitcombe, who led the U.S. delegation, told reporters the "
         "talks had been constructive.")
    b = ("The US team, led by Commerce Secretary Erik Halvorsen, met the Chinese side on Monday. "
         "Treasury Secretary Daniel Whitcombe co-led the talks with him.")
    assert not _values(_rec(a, b), "name")


def test_a_pronoun_leading_a_delegation_is_no_holder():
    a = ("Commerce Secretary Ellen Hartwell arrived on Sunday. She led the U.S. side together "
         "with Trade Representative Marcus Odell.")
    b = "The U.S. delegation was led by Commerce Secretary Ellen Hartwell, officials said."
    assert not _values(_rec(a, b), "name")


# --- a former office after an age --------------------------------------------------------------


def test_a_former_office_after_an_age_is_compared():
    a = ("Renewal leader Kristaps Ozols, a 47-year-old former finance minister, told "
         "supporters in Riga that change had come.")
    b = "The party is led by Kristaps Ozols, a former foreign minister, who founded it in 2023."
    assert _values(_rec(a, b), "title")
    c = "The party is led by Kristaps Ozols, a former finance minister, who founded it in 2023."
    assert not _values(_rec(a, c), "title")


# --- one party's seats, told in unlike sentences -----------------------------------------------


def test_one_partys_seats_in_unlike_sentences_are_compared():
    a = ("The opposition Renewal Party won Latvia's parliamentary election on Saturday, taking "
         "31 of the 100 seats in the Saeima, results from the Central Election Commission "
         "showed on Sunday.")
    b = ("Latvian voters turned against the outgoing government on Saturday, making the "
         "three-year-old Renewal Party the largest force in parliament with 33 seats and nearly "
         "a quarter of the vote.")
    assert any({"31", "33"} <= {v.split()[0] for v in vs} for vs in _values(_rec(a, b), "figure"))


def test_two_parties_seats_in_unlike_sentences_stay_apart():
    a = ("The opposition Renewal Party won Latvia's parliamentary election on Saturday, taking "
         "31 of the 100 seats in the Saeima, results from the Central Election Commission "
         "showed on Sunday.")
    b = ("Latvian voters turned against the outgoing government on Saturday, leaving Prime "
         "Minister Ilze Berzina's People's Alliance with 33 seats and less than a fifth of the "
         "vote.")
    assert not _values(_rec(a, b), "figure")


# --- two days listed in both outlets' sentences ------------------------------------------------


def test_days_listed_alike_in_both_sentences_are_no_date_conflict():
    a = ("The rocket lifted off on Thursday, March 20, 2025. Thursday's attempt followed two "
         "postponements this week, on Monday because of high winds and on Wednesday because "
         "of a faulty sensor.")
    b = ("The rocket lifted off on Thursday, March 20, 2025. Two previous attempts this week "
         "were called off, on Monday because of high winds and on Wednesday because of a "
         "faulty sensor.")
    assert not _values(_rec(a, b, published="2025-03-20"), "date")


# --- a toll as it stood earlier ----------------------------------------------------------------


def test_a_toll_that_rose_from_the_other_outlets_count_is_an_update():
    a = ("A magnitude 6.6 earthquake struck northern Chile before dawn on Tuesday, killing at "
         "least two people, officials said.")
    b = ("Three people have died after a magnitude 6.6 earthquake struck northern Chile early on "
         "Tuesday, officials say, up from two reported earlier in the day.")
    c = ("A powerful earthquake struck northern Chile early Tuesday, killing at least three "
         "people, officials said. Authorities had reported two deaths earlier in the day.")
    assert not _values(_rec(a, b), "figure")
    assert not _values(_rec(a, c), "figure")


def test_a_toll_that_differs_without_an_earlier_count_is_reported():
    a = ("A magnitude 6.6 earthquake struck northern Chile before dawn on Tuesday, killing "
         "two people, officials said.")
    b = ("Five people have died after a magnitude 6.6 earthquake struck northern Chile early on "
         "Tuesday, officials say.")
    assert _values(_rec(a, b), "figure")


# --- one moment in two zones within a sentence -------------------------------------------------


def test_a_time_told_with_its_conversion_agrees_with_the_local_one():
    a = ("Araya conceded at about 9:10 p.m. local time (0010 GMT Monday), telling supporters she "
         "had called the winner.")
    b = ("Araya conceded shortly after 9 p.m. in Santiago, telling supporters she had called "
         "the winner.")
    assert not _values(_rec(a, b), "time")
    c = ("Araya conceded at about 10:40 p.m. local time (0140 GMT Monday), telling supporters "
         "she had called the winner.")
    assert _values(_rec(c, b), "time")


# --- whose span: the booster named before a pronoun --------------------------------------------


def test_a_span_after_a_pronoun_is_of_the_part_named_before():
    a = ("The booster lit all 31 of its engines. About seven minutes after liftoff it came back "
         "down and made a controlled splashdown in the Gulf.")
    b = ("The upper stage made it down to the Indian Ocean just over an hour after leaving the "
         "pad, ending the test flight.")
    assert not _values(_rec(a, b), "figure")


# --- a ruling that went partly each way --------------------------------------------------------


def test_a_ruling_told_as_going_partly_each_way_tells_no_one_outcome():
    a = ("The General Court on Wednesday upheld the Commission's finding that the chipmaker "
         "paid parts makers to delay rival products. But the judges annulled the part of the "
         "decision dealing with rebates.")
    b = ("The General Court on Wednesday agreed with the Commission on the payments, but it "
         "threw out the Commission's findings on rebates.")
    assert not _values(_rec(a, b), "claim")


# --- the size of the bench that ruled ----------------------------------------------------------


def test_the_size_of_the_bench_that_ruled_is_compared():
    a = "The ruling was handed down by a five-judge chamber of the Luxembourg-based court."
    b = "Sitting in Luxembourg on Wednesday, a three-judge chamber agreed with the Commission."
    assert {"5 judges", "3 judges"} in _values(_rec(a, b), "figure")
    c = "The five judges of the General Court upheld part of the Commission's case on Wednesday."
    assert {"5 judges", "3 judges"} in _values(_rec(c, b), "figure")


def test_a_part_of_the_bench_and_a_trial_courts_panel_are_no_bench_size():
    a = "Three of the five judges on the appeals court found the tariffs unlawful on Friday."
    b = ("The appeals court upheld the ruling of a three-judge panel of the Court of "
         "International Trade on Friday, with seven judges in the majority.")
    assert not any("judges" in " ".join(vs) for vs in _values(_rec(a, b), "figure"))


# --- dissenters listed, names the tagger missed ------------------------------------------------


def test_dissenters_listed_as_holdouts_are_compared_by_their_names():
    a = ("The committee voted 5-4 for the cut. Four members — Megan Greene, Clare Lombardelli, "
         "Catherine Mann and Huw Pill — wanted to keep Bank Rate at 4.25%.")
    b = ("The committee voted 5-4 for the cut. The four holdouts were Huw Pill, Catherine Mann, "
         "Megan Greene and Swati Dhingra.")
    assert any("Dhingra" in " ".join(vs) and "Lombardelli" in " ".join(vs)
               for vs in _values(_rec(a, b), "name"))


# --- a number slot keeps its signs -------------------------------------------------------------


def test_a_number_slot_is_shown_with_its_per_cent_sign():
    a = ("Prices rose by 3.6% in the year to June, and the Bank forecasts that inflation will "
         "peak at 3.8% in September before falling back.")
    b = ("The Bank forecast that inflation, which stood at 3.6% in June, would peak at 4% in "
         "September, double its target.")
    assert any(any("3.8%" in v for v in vs) for vs in _values(_rec(a, b), "figure"))


# --- a fine's sums, the lower court's told alike -----------------------------------------------


def test_a_reinstated_fine_is_compared_beside_the_lower_courts_sum():
    a = ("The state Supreme Court on Wednesday reinstated an $18.6 million penalty against the "
         "mining company, overturning a lower court that had cut the fine to $4.2 million.")
    b = ("Five of the court's seven justices agreed that the agency's fine of $16.8 million was "
         "lawful. The Court of Appeals had reduced the fine to $4.2 million last year.")
    assert any({"$18.6 million", "$16.8 million"} <= vs for vs in _values(_rec(a, b), "figure"))
    c = b.replace("$16.8 million", "$18.6 million")
    assert not _values(_rec(a, c), "figure")


# --- a retired office is a former one ----------------------------------------------------------


def test_a_retired_office_is_compared_with_a_former_one():
    a = ("Delgado, a two-term council member, beat retired fire chief Tom Brennan by 6,524 "
         "votes on Tuesday.")
    b = "Maria Delgado won the runoff on Tuesday, defeating former police chief Tom Brennan."
    assert _values(_rec(a, b), "title")
    c = "Maria Delgado won the runoff on Tuesday, defeating former fire chief Tom Brennan."
    assert not _values(_rec(a, c), "title")


# --- where a quake hit; its depth told as its focus --------------------------------------------


def test_a_quake_that_hit_near_a_town_names_where_it_was_centred():
    a = ("The quake hit at 0247 GMT on Sunday near the coastal town of Atico, according to the "
         "U.S. Geological Survey.")
    b = ("The quake struck at 21:47 local time, with its epicentre near the town of Chala, "
         "according to the Geophysical Institute.")
    assert {"Atico", "Chala"} in _values(_rec(a, b), "place")


def test_a_quakes_focus_and_its_depth_put_at_are_depths():
    a = ("A magnitude 5.9 earthquake struck at dawn, with its epicentre south of Ierapetra and "
         "its focus about 12 kilometres (7.5 miles) down, seismologists said.")
    b = "Greek seismologists put the quake's depth at about 40 kilometers (25 miles)."
    assert any("deep" in " ".join(vs) for vs in _values(_rec(a, b), "figure"))


# --- a speaker named after "said", the parser hanging the name on a later clause --------------


def test_a_quote_credited_after_said_before_another_clause_has_its_speaker():
    a = ('"We pushed this vehicle harder than ever, and it held together," said Tomas '
         "Reinholt, the company's flight director, as staff in the control room cheered.")
    b = ('"We pushed this vehicle harder than ever, and it held together," Chief Executive '
         "Marta Okafor-Lind told reporters at the site.")
    assert any({"Tomas Reinholt", "Marta Okafor-Lind"} <= set(" ".join(vs).split(";"))
               or ("Reinholt" in " ".join(vs) and "Okafor-Lind" in " ".join(vs))
               for vs in _values(_rec(a, b), "quote"))


# --- one good's tariff rate --------------------------------------------------------------------


def test_one_goods_tariff_rate_is_compared_across_lists():
    a = ("A 15 per cent levy will apply to US chicken, wheat, corn and cotton. Soybeans, "
         "sorghum, pork and beef will face an extra 10 per cent.")
    b = ("Beijing will add a 15 percent tariff on U.S. soybeans, along with chicken, wheat, "
         "corn and cotton. Pork, beef and sorghum will face an extra 10 percent.")
    assert {"10% on soybeans", "15% on soybeans"} in _values(_rec(a, b), "figure")
    c = ("Beijing will add a 15 percent tariff on U.S. chicken, wheat, corn and cotton. "
         "Soybeans, pork, beef and sorghum will face an extra 10 percent.")
    assert not _values(_rec(a, c), "figure")


# --- a splashdown told by a verb the time reader did not tie to the time ----------------------


def test_a_splashdown_in_two_zones_is_compared_beside_a_launch_time():
    a = "It splashed down in the Indian Ocean at 1329 GMT, according to the company's webcast."
    b = ("The Vireo lifted off at 14:23 Central European Summer Time. The upper stage touched "
         "the surface of the Indian Ocean at 15:21 CEST, some 58 minutes after launch.")
    assert {"at 1329 GMT", "at 15:21 CEST"} in _values(_rec(a, b), "time")
    c = b.replace("15:21 CEST", "15:29 CEST")
    assert not _values(_rec(a, c), "time")


# --- the day of a launch, one outlet's day told in a far zone ----------------------------------


def test_a_launch_day_in_a_far_zone_leaves_two_outlets_days_to_compare():
    a = ("STARBASE, Texas — SpaceX launched the first of its upgraded Starship rockets on "
         "Tuesday evening, sending the vehicle on a suborbital test flight.")
    b = "Monday's launch from Starbase marked the debut of the upgraded Starship."
    c = ("Starship completed its first test flight, lifting off from south Texas at 9.28am AEST "
         "on Wednesday and splashing down in the Indian Ocean.")
    assert {"Monday", "Tuesday"} in _values(_rec(a, b, c), "date")
    d = "Tuesday's launch from Starbase marked the debut of the upgraded Starship."
    assert not _values(_rec(a, d, c), "date")


# --- the vehicle flown, an earlier flight's named beside it ------------------------------------


def test_a_booster_designation_beside_an_earlier_flights_is_compared():
    a = ("The booster, designated HB-03, shut down its nine engines about two and a half "
         "minutes into the flight. The second flight, in October 2025, reached orbit, but its "
         "booster, HB-02, broke apart during the landing burn.")
    b = ("On Thursday the first stage of its Halcyon rocket, booster HB-04, landed upright on "
         "an ocean platform after sending the upper stage to orbit.")
    assert {"HB-03", "HB-04"} in _values(_rec(a, b), "name")


def test_a_test_stage_designation_is_read_and_a_version_is_no_other_rocket():
    a = ("The test vehicle, designated LX-T2, lifted off at 19:40 Beijing time from a pad near "
         "the Jiuquan launch centre.")
    b = "Lanxing Space flew its LX-T3 test stage to 10 km and back on Saturday evening."
    assert {"LX-T2", "LX-T3"} in _values(_rec(a, b), "name")
    c = "The Ariane 6 rocket lifted off from Kourou on Tuesday carrying a weather satellite."
    d = "The Ariane 62 rocket lifted off from Kourou on Tuesday carrying a weather satellite."
    assert not _values(_rec(c, d), "name")
