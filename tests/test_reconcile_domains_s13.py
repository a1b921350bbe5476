"""Issue 11, thirteenth session: faults shown by the story battery's training parts (whole
stories of long articles) and by leftovers of the twelfth session, each fixed by a general rule
and tested here on reports written for these tests: a case that must be reported and a control
that must not."""

from __future__ import annotations

from datetime import date

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.datelines import dateline
from storyline.sources.dates import infer_publication_date

# --- datelines with a region ----------------------------------------------------------------

_REGION = "GOHEUNG, South Jeolla Province, Nov. 27 (Yonhap) -- "


def test_a_dateline_with_a_region_and_an_abbreviated_month_is_read_whole():
    assert dateline(_REGION + "South Korea launched its rocket.") == _REGION
    assert not dateline("The BoE, as expected. Then — it cut.")


def test_a_yearless_dateline_after_a_region_takes_the_year_of_a_nearby_date():
    text = _REGION + "The launch came a week after a delay on Nov. 20, 2025, officials said."
    found = infer_publication_date(text, date(2026, 12, 4))
    assert found is not None and found.value == "2025-11-27"


def test_a_bare_time_under_a_region_dateline_is_the_places_time():
    a = _REGION + "The rocket lifted off from the Naro Space Center at 1:13 a.m. on Thursday."
    b = "The rocket lifted off from the Naro Space Center at 17:13 GMT on Wednesday."
    assert _values(_rec(a, b, published="2025-11-27"), "time")
    c = _REGION + "The rocket lifted off from the Naro Space Center at 2:13 a.m. on Thursday."
    assert not _values(_rec(c, b, published="2025-11-27"), "time")


def _flat(rec: object) -> str:
    return " | ".join(" / ".join(sorted(v.value for v in d.values))
                      for d in rec.discrepancies).lower()  # type: ignore[attr-defined]


def _sentences(text: str) -> list[str]:
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article
    return [s.text for s in analyze(Article(id="a", text=text, outlet="o", title="t")).sentences]


def _figures(text: str) -> list[str]:
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article
    return [f.text for f in analyze(Article(id="a", text=text, outlet="o", title="t")).figures]


# --- sentences and figures (NLP) ----------------------------------------------------------

def test_a_clock_time_and_its_day_stay_one_sentence():
    text = ("The quake hit off the coast at 10:17 a.m. Monday, Pacific time, which was 2:17 "
            "a.m. Tuesday in the Philippines. Rescuers set out at dawn.")
    assert len(_sentences(text)) == 2


def test_one_in_five_voters_is_a_share_not_five_voters():
    assert not _figures("Fewer than one in five registered voters cast a ballot.")
    assert _figures("Five voters cast a ballot before noon.") == ["Five voters"]


def test_a_court_siding_by_a_split_is_a_vote():
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article

    def votes(text: str) -> list[str]:
        figures = analyze(Article(id="a", text=text, outlet="o", title="t")).figures
        return [f.text for f in figures if f.kind == "vote"]
    assert votes("The court sided 4-3 with state regulators on Thursday.") == ["4-3"]
    assert not votes("The team sided with its coach after a 4-3 loss at home.")


# --- rounded counts and sums ----------------------------------------------------------------

def test_a_rounded_count_is_the_exact_one():
    a = "Villanueva won the runoff by 3,308 votes, the county said on Sunday night."
    b = "Villanueva won the runoff by about 3,300 votes, the county said on Sunday night."
    assert not _values(_rec(a, b), "figure")


def test_a_rounded_toll_well_off_the_exact_one_disagrees():
    a = "The quake killed 320 people in the province, officials said on Tuesday."
    b = "The quake killed about 300 people in the province, officials said on Tuesday."
    assert _values(_rec(a, b), "figure")


def test_two_roundings_of_one_sum():
    a = "Importers have paid roughly $9.6 billion under the renewed surcharge, filings show."
    b = "Importers have paid nearly $10 billion under the renewed surcharge, filings show."
    assert not _values(_rec(a, b), "figure")
    c = "Importers have paid roughly $8.1 billion under the renewed surcharge, filings show."
    assert _values(_rec(c, b), "figure")


# --- where the talks were held ----------------------------------------------------------------

def test_two_cities_for_one_round_of_talks():
    a = ("The U.S.-China talks in Prague wrapped up Monday with Beijing pledging to buy more "
         "American soybeans.")
    b = ("After a negotiating session in Vienna that stretched past 11 hours on Monday, the "
         "two sides agreed to extend their truce.")
    assert "prague / vienna" in _flat(_rec(a, b))


def test_an_earlier_round_in_another_city_is_no_conflict():
    a = ("The talks in Vienna ended on Monday with a 90-day extension. Earlier talks in Geneva "
         "had set up the truce.")
    b = ("Earlier talks in Geneva in May produced the first truce, and the sides met again "
         "this week.")
    assert "geneva" not in _flat(_rec(a, b))


# --- roles: dissent, majority author, recovery vessel ----------------------------------------

def test_a_lone_dissent_told_by_its_source_and_as_the_lone_voice_against():
    a = ("The committee voted 8-1 for the cut. The only dissent came from external member "
         "Miriam Okafor, who preferred to keep Bank Rate on hold.")
    b = ("The committee voted by eight to one to lower Bank Rate. Jonathan Reeve, one of the "
         "committee's external members, was the lone voice against.")
    assert "jonathan reeve / miriam okafor" in _flat(_rec(a, b))


def test_one_lone_dissenter_told_two_ways_is_no_conflict():
    a = ("The committee voted 8-1 for the cut. The only dissent came from external member "
         "Miriam Okafor, who preferred to keep Bank Rate on hold.")
    b = ("Eight of the nine members backed the cut. Miriam Okafor voted to keep rates "
         "unchanged.")
    assert not _flat(_rec(a, b))


def test_writing_for_a_sized_majority():
    a = ("Justice Teresa Alvarado, writing for a four-member majority, said the state had "
         "filed its case in time.")
    b = "Writing for the majority, Justice Laura Whitcomb said the state had filed in time."
    assert "laura whitcomb / teresa alvarado" in _flat(_rec(a, b))


def test_a_recovery_vessel_named_after_a_comma():
    a = ("Minutes later, the rocket's first stage landed on the company's recovery vessel, "
         "Quiet Harbor, out in the Atlantic.")
    b = ("Minutes later, the booster touched down upright on Halvard's recovery vessel "
         "Patient Tide in the Atlantic.")
    assert "patient tide / quiet harbor" in _flat(_rec(a, b))


# --- the launch site ---------------------------------------------------------------------------

def test_a_launch_base_the_tagger_reads_as_a_person():
    a = "The Tern rocket lifted off at 12:42 GMT from Vandenberg Space Force Base."
    b = ("Tern lifted off from Launch Complex 16 at Cape Canaveral Space Force Station at "
         "7:42 a.m. EST.")
    assert "vandenberg space force base" in _flat(_rec(a, b))


# --- key numbers -------------------------------------------------------------------------------

def test_turnout_against_turnout_past_an_earlier_election():
    a = ("Turnout was 18.4% of the city's registered voters, down from 22.7% in the Nov. 4 "
         "general election.")
    b = ("Turnout came in at about 24% of registered voters, up from 22.7% in the Nov. 4 "
         "first round.")
    assert "18.4% / about 24%" in _flat(_rec(a, b))


def test_a_margin_of_votes_without_a_word_of_winning():
    a = "Villanueva had 38,412 votes to Holloway's 34,614, a margin of 3,798 votes."
    b = "Villanueva beat Holloway in the runoff, a win by nearly 5,800 votes."
    assert "3,798 votes" in _flat(_rec(a, b))


def test_the_median_projection_for_the_years_end():
    a = ("New projections showed the median official expects the rate to end 2025 at 3.6%, "
         "and 3.4% at the end of 2026.")
    b = ("The median projection in the Fed's survey of policymakers put the rate at 3.9 "
         "percent at the end of this year.")
    assert "3.6% / 3.9%" in _flat(_rec(a, b, published="2025-09-17"))


def test_a_forecast_for_a_later_year_is_not_todays_rate():
    a = "UK interest rates have been cut from 4% to 3.75%, the lowest level in three years."
    b = ("We think the next cut comes in the spring, and that Bank Rate ends 2026 somewhere "
         "around 3.25%.")
    assert not _values(_rec(a, b, published="2025-12-18"), "figure")


# --- lengths of a flight -----------------------------------------------------------------------

def test_a_landing_on_a_droneship_is_the_boosters():
    a = ("The booster landed on the droneship about eight and a half minutes after liftoff. "
         "The upper stage splashed down in the Indian Ocean about 66 minutes after launch.")
    b = ("The landing, on a droneship stationed far offshore, came about eight and a half "
         "minutes into the flight. The upper stage deployed a test payload and later came "
         "down in the Indian Ocean roughly 56 minutes after launch.")
    assert "about 66 minutes / roughly 56 minutes" in _flat(_rec(a, b))


def test_a_length_of_an_earlier_flight_is_not_this_ones():
    a = ("The upper stage splashed down on target some 65 minutes after launch. On its "
         "second, in June, the upper stage was lost about eight minutes into the flight.")
    b = "The upper stage splashed down in the Indian Ocean about 65 minutes after launch."
    assert not _values(_rec(a, b), "figure")


# --- outcomes -----------------------------------------------------------------------------------

def test_affirming_a_lower_courts_ruling_is_not_upholding_the_law():
    a = "Federal Circuit affirms CIT in tariff case, leaving the duties unlawful."
    b = "Appeals court strikes down tariffs, but area manufacturers say relief is far off."
    assert not _values(_rec(a, b), "claim")


# --- dissenters and polling days -------------------------------------------------------------

def test_dissenter_lists_of_other_lengths_each_naming_one_the_other_never_does():
    a = ("The committee voted 5-4 to lower Bank Rate. Chief Economist Huw Pill, external "
         "members Megan Greene and Catherine Mann, and Deputy Governor Clare Lombardelli "
         "voted to keep rates on hold.")
    b = ("The vote was 5-4. The holdouts were Megan Greene, Catherine Mann and Sarah "
         "Breeden, who wanted to wait.")
    assert "breeden" in _flat(_rec(a, b))


def test_a_shorter_dissenter_list_naming_some_of_them_is_no_conflict():
    a = ("The committee voted 5-4 to lower Bank Rate. Chief Economist Huw Pill, external "
         "members Megan Greene and Catherine Mann, and Deputy Governor Clare Lombardelli "
         "voted to keep rates on hold.")
    b = "The vote was 5-4. The holdouts included Megan Greene and Catherine Mann."
    assert not _flat(_rec(a, b))


def test_a_runoff_on_two_weekdays_not_adjacent():
    a = ("City Council member Lorena Vasquez-Hill will be the next mayor after defeating Dale "
         "Pruett in Saturday's runoff, according to unofficial results.")
    b = ("Lorena Vasquez-Hill has won Tuesday's runoff election for mayor, beating Dale "
         "Pruett by more than 2,100 votes.")
    assert _values(_rec(a, b), "date") == [{"Saturday", "Tuesday"}]


def test_a_ruling_on_two_weekdays_not_adjacent_may_be_two_rulings():
    a = "The appeals court ruled on Monday that the tariffs were unlawful."
    b = ("The administration will appeal, officials said after Thursday's decision by the "
         "trade court.")
    assert not _values(_rec(a, b), "date")


# --- former titles of a service's head ---------------------------------------------------------

def test_a_former_police_chief_against_a_former_fire_chief():
    a = ("Vasquez-Hill will be the next mayor after defeating former police chief Dale Pruett "
         "in the runoff.")
    b = ("Vasquez-Hill won about 54% of the vote, defeating Dale Pruett, a former fire chief "
         "who promised more first responders.")
    assert "former fire chief / former police chief" in _flat(_rec(a, b))


def test_a_former_police_chief_told_more_fully_is_no_conflict():
    a = "Vasquez-Hill defeated former police chief Dale Pruett in the runoff on Saturday."
    b = ("Vasquez-Hill defeated Dale Pruett, the city's former police chief, who retired in "
         "2023.")
    assert not _flat(_rec(a, b))


def test_a_booster_that_toppled_into_the_sea_was_lost():
    a = ("The rocket reached orbit on Wednesday, and its first stage landed on the recovery "
         "ship, the company said.")
    b = ("The rocket reached orbit on Wednesday, but its booster arrived too fast; it struck "
         "the deck and toppled into the ocean.")
    assert _values(_rec(a, b), "claim")


# --- second batch (SG, SI, SK): counts as they come in ---------------------------------------

def test_partial_counts_told_on_two_days_are_two_moments():
    a = ("In the initial results released at 8:15 p.m., Villanueva had 22,275 votes, or "
         "53.2%, to Holloway's 46.8%.")
    b = ("Friday afternoon's update from the county elections office put Villanueva at 52.0% "
         "and Holloway at 48.0%, with 61,200 ballots counted.")
    assert not _values(_rec(a, b, published=["2025-11-05", "2025-11-08"]), "figure")


def test_a_count_of_what_is_left_is_not_the_count_done():
    a = "A total of 41,870 ballots had been counted by midnight, officials said."
    b = "About 3,100 ballots remain to be counted, most of them needing signature checks."
    assert not _values(_rec(a, b), "figure")


def test_aftershocks_told_later_and_higher_are_an_update():
    a = "More than 30 aftershocks had been recorded by midday, the strongest of magnitude 4.7."
    b = "More than 80 aftershocks have since been recorded, the largest of magnitude 4.7."
    assert not _values(_rec(a, b, published=["2026-03-14", "2026-03-15"]), "figure")


def test_two_things_put_out_on_two_days_are_not_one_happening():
    a = ("Villanueva won the mayoral runoff on Tuesday, the county said. In results released "
         "Thursday afternoon, she had 52.1% of the vote.")
    b = ("Villanueva won the mayoral runoff on Tuesday, the county said. Her transition team, "
         "announced on Friday, is led by two former deputy mayors.")
    assert not _values(_rec(a, b, published="2025-11-08"), "date")


# --- money, forecasts, rates ------------------------------------------------------------------

def test_large_counts_are_shown_with_their_scale_word():
    from storyline.reconcile.figure_values import format_value
    assert format_value(8e6, "tons") == "8 million tons"
    assert format_value(1234567, "votes") == "1,234,567 votes"


def test_a_central_banks_inflation_forecast_told_two_ways():
    a = ("The RBI lowered its consumer price inflation projection for 2025-26 to 2.0 per cent "
         "from 2.6 per cent, and raised its GDP growth estimate to 7.3 per cent.")
    b = ("On the macro numbers, the RBI now sees CPI inflation averaging 2.4 per cent in FY26, "
         "down from its earlier estimate of 2.6 per cent.")
    assert "2% / 2.4%" in _flat(_rec(a, b))


def test_inflation_as_it_stands_told_two_ways():
    a = "Consumer price inflation was 3.4% in December, well above the Bank's 2% target."
    b = "The cut comes with inflation at 3.2pc, still well above the Bank's 2pc goal."
    assert "3.2% / 3.4%" in _flat(_rec(a, b))
    c = "Services inflation was 4.5% in December, the Bank said on Thursday."
    assert not _flat(_rec(a.replace("3.4%", "3.2%"), c))


def test_percent_written_pc_and_basis_points_written_bps():
    assert _figures("Inflation fell to 3.2pc.") == ["3.2pc"]
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article
    f = analyze(Article(id="a", text="The BoE cut 25bps.", outlet="o", title="t")).figures[0]
    assert (f.value, f.unit) == (0.25, "pp")


def test_another_duty_beside_the_same_level_is_no_conflict():
    a = "That will lower the extra tariff on most Chinese goods to 20% from 30%, he said."
    b = ("The US will cut the fentanyl-related duty from 20 per cent to 10 per cent, taking "
         "the additional tariff down to 20 per cent.")
    assert not _values(_rec(a, b), "figure")


def test_refunds_told_two_ways():
    a = "The decision clears the way for refunds of roughly $4.2 billion collected from importers."
    b = "The ruling will force the department to hand back about $2.7bn to importers."
    assert "$4.2 billion" in _flat(_rec(a, b))


def test_a_rulings_split_told_in_unlike_sentences():
    a = ("The Supreme Court on Friday struck down a charge collected on cargo since March 2025, "
         "ruling 6-3 that the charge was a tax that only Congress could impose.")
    b = ("In a 5-4 decision, the justices held that the surcharge the department began "
         "collecting in March of last year was a tax that Congress never approved.")
    assert "5–4 votes / 6–3 votes" in _flat(_rec(a, b, published="2026-06-27"))


# --- elections ---------------------------------------------------------------------------------

def test_a_lone_majority_without_a_name_is_the_winners_share():
    a = ("With all ballots counted, Ferraz had 51.9% of the valid votes against 48.1% for "
         "Rogério Bastos of the Liberal Party.")
    b = "In Sunday's run-off, the former health secretary received 54.2% of the valid votes."
    assert "51.9% / 54.2%" in _flat(_rec(a, b))


def test_a_time_in_brasilia_against_local_time_in_campo_grande():
    a = ("CAMPO GRANDE, Brazil (Wire) — Bastos conceded at about 8:30 p.m. local time, saying "
         "he had called Ferraz.")
    b = "Mr Bastos conceded at about 21:30 Brasília time. Campo Grande is an hour behind."
    assert not _values(_rec(a, b, published="2024-10-27"), "time")


# --- dates and days ----------------------------------------------------------------------------

def test_a_meeting_of_several_days_holds_its_last_day():
    a = "The committee's next meeting is scheduled for February 4-6."
    b = "The next policy announcement is due on February 6."
    assert not _values(_rec(a, b), "date")


def test_the_old_end_of_a_moved_window_is_not_the_new_one():
    a = ("The United States and China agreed to extend their truce, giving negotiators until "
         "Feb. 10 to settle the thorniest issues.")
    b = ("The truce that was due to run out on 12 November will now stay in place until 12 "
         "February.")
    assert "12 february" in _flat(_rec(a, b))


def test_the_day_a_launch_was_planned_for_is_not_its_day():
    a = ("The rocket lifted off from Tanegashima on Tuesday and placed the satellite in orbit, "
         "the agency said.")
    b = ("The launch had originally been set for Monday but was postponed by one day because "
         "of strong winds.")
    assert not _values(_rec(a, b), "date")


def test_one_moment_told_on_two_calendars_in_one_sentence():
    a = "A strong earthquake shook northern Chile at 10:14 pm on Tuesday, sending residents uphill."
    b = ("The quake struck at 01:14 GMT on Wednesday, late on Tuesday evening local time, the "
         "US Geological Survey said.")
    assert not _values(_rec(a, b), "date")


def test_a_scrubs_day_told_two_ways_across_utc_and_gmt():
    a = "The flight lifted off at 12:42 UTC on Thursday, following Tuesday's scrub for winds."
    b = ("The rocket lifted off at 7:42 a.m. local time (1242 GMT), after a scrub on Wednesday "
         "caused by strong winds.")
    assert _values(_rec(a, b), "date") == [{"Tuesday", "Wednesday"}]


# --- tolls -------------------------------------------------------------------------------------

def test_tolls_of_past_quakes_named_with_their_years_are_not_compared():
    a = ("A magnitude 8.8 quake in 2010 killed more than 500 people, while a magnitude 8.2 "
         "quake off Iquique in 2014 killed six.")
    b = "In 1995 a magnitude 8.0 quake near Antofagasta killed three people."
    assert not _values(_rec(a, b, published="2025-11-19"), "figure")


def test_two_tolls_of_one_evening_despite_later_updates():
    a = "The council said in its 6 p.m. report that 27 people had been killed and 140 injured."
    b = "As of 6 p.m. on Sunday, the agency had recorded 24 deaths and 140 injuries."
    c = "The death toll from Sunday's earthquake has risen to 38, the agency said on Monday."
    rec = _rec(a, b, c, published=["2025-08-17", "2025-08-17", "2025-08-18"])
    assert "24 killed / 27 killed" in _flat(rec)


# --- places, vehicles, speakers ----------------------------------------------------------------

def test_an_epicentre_at_sea_off_two_towns():
    a = "The epicentre was at sea, about 26 km east of the town of Hinatuan, officials said."
    b = "The quake struck before dawn, with its epicenter in the sea off the coast of Lingig."
    assert "hinatuan / lingig" in _flat(_rec(a, b))


def test_two_mission_designations():
    a = "The rocket lifted off on Tuesday. The mission, designated VA266, carried two satellites."
    b = "Flight VA267 lifted off right on time from ELA-4 with two satellites on board."
    assert "va266" in _flat(_rec(a, b)) and "va267" in _flat(_rec(a, b))


def test_a_boosters_separation_is_not_the_payloads():
    a = ("The two satellites separated from the upper stage three hours and 55 minutes after "
         "liftoff, the agency said.")
    b = "The boosters separated a little over two minutes into flight, right on the timeline."
    assert not _values(_rec(a, b), "figure")
    c = "The satellites were released three hours and 35 minutes later, at 23,200 km."
    assert _values(_rec(a, c), "figure")


def test_a_quotes_speaker_past_the_companys_job_words():
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article
    text = ('"Today the vehicle did everything we asked of it," said Corvane founder and chief '
            'executive Mikhail Sorensen.')
    quotes = analyze(Article(id="a", text=text, outlet="o", title="t")).quotes
    assert [q.speaker for q in quotes] == ["Mikhail Sorensen"]


def test_splashing_down_is_the_end_of_a_flight():
    a = "Splashdown in the Indian Ocean came at 13:47 UTC, right on the predicted time."
    b = ("The upper stage coasted through space before splashing down at 13:57 UTC, a little "
         "over an hour after launch.")
    assert _values(_rec(a, b), "time")


def test_lone_dissent_wordings_of_monetary_committees():
    a = ("The committee voted 5-1 for the cut, with external member Prakash Venkatraman "
         "voting to leave the repo rate unchanged.")
    b = ("The decision was not unanimous. One external member, Meera Kulkarni, voted for a "
         "status quo.")
    assert "meera kulkarni / prakash venkatraman" in _flat(_rec(a, b))
    c = ("Three of the nine members of the Monetary Policy Committee voted to keep rates on "
         "hold; Catherine Mann, Huw Pill and Clare Lombardelli voted to keep rates at 3.75%.")
    assert "committee" not in _flat(_rec(a, c))


def test_a_talks_session_that_alone_ran_to_hours():
    a = "Monday's session alone ran for about five and a half hours, a U.S. official said."
    b = "By one account, Monday's session ran to more than eight hours, with a short lunch."
    assert _values(_rec(a, b), "figure")


def test_a_speaker_beside_the_holdouts_is_not_one_of_them():
    a = ("The three who voted against the death penalty would not comment, but Howard said "
         "other jurors told him the three holdouts refused to deliberate.")
    b = ("District Attorney Paul Howard suggested Saturday that the death penalty was doomed "
         "by the three holdouts, Nichols's lawyers said.")
    assert not _values(_rec(a, b), "name")


# --- parties -------------------------------------------------------------------------------------

def test_a_candidates_party_given_two_ways():
    a = ("Ana Lúcia Ferraz (PSD) will be the next mayor of Campo Grande after Sunday's "
         "run-off, the court said.")
    b = ("Ana Lúcia Ferraz (MDB) was elected mayor of Campo Grande in Sunday's second round, "
         "beating Rogério Bastos (PL).")
    assert "mdb / psd" in _flat(_rec(a, b))
    c = ("Ana Lúcia Ferraz (PSD), endorsed by the MDB, was elected mayor of Campo Grande in "
         "Sunday's second round.")
    assert "mdb" not in _flat(_rec(b, c))


def test_a_senators_party_initial():
    a = "Sen. Tom Reyes (D-Ariz.) said the tariffs would hurt farmers in his state."
    b = "Sen. Tom Reyes (R-Ariz.) told reporters the tariffs would hurt farmers."
    assert "democrat / republican" in _flat(_rec(a, b))
    c = "Tom Reyes, an independent, said the tariffs would hurt farmers in his state."
    assert "democrat / independent" in _flat(_rec(a, c))


# --- third batch (SM, SO, SQ) --------------------------------------------------------------------

def test_britains_chancellor_is_its_finance_minister():
    a = "The decision comes three weeks before finance minister Rachel Reeves presents her budget."
    b = "Chancellor Rachel Reeves delivers her Budget on Nov. 26, which could weigh on demand."
    assert not _values(_rec(a, b), "title")


def test_a_converted_length_in_brackets_is_not_compared_alone():
    a = "Its epicentre was at sea about 18 km (11 miles) southwest of Chala, the institute said."
    b = "The institute placed the quake at a depth of about 35 km (22 miles), off the coast."
    assert not _values(_rec(a, b), "figure")


def test_a_day_in_brackets_with_a_converted_time_is_that_zones_day():
    a = "Late on 10 October local time, a magnitude 6.4 earthquake struck offshore southern Peru."
    b = ("The quake hit at 11:17 p.m. local time (0417 GMT Saturday), with its epicentre at sea "
         "off Chala.")
    assert not _values(_rec(a, b, published="2025-10-11"), "date")


def test_an_epicentre_in_an_ocean_off_a_town():
    a = "The epicentre was at sea off Chala, in the province of Caraveli, the institute said."
    b = ("The national agency placed the epicentre in the Pacific roughly 18 km off Atico, a "
         "coastal town.")
    assert "atico / chala" in _flat(_rec(a, b))


def test_a_past_quakes_centre_is_not_this_ones():
    a = ("In 2015, a magnitude 7.8 earthquake centered in Gorkha district killed nearly 9,000 "
         "people.")
    b = "The magnitude 6.4 quake struck on Sunday with its epicentre near Chame, the USGS said."
    assert not _values(_rec(a, b, published="2026-01-19"), "place")


def test_a_cape_canaveral_space_force_station_is_a_launch_site():
    a = ("The rocket lifted off from Cape Canaveral Space Force Station and put 12 satellites "
         "into space.")
    b = "The rocket lifted off from Vandenberg Space Force Base at 10:42 a.m. PDT on Saturday."
    assert "vandenberg space force base" in _flat(_rec(a, b))


def test_next_meetings_of_two_spans_of_days():
    a = "The MPC will next meet from April 6 to 8, the bank said."
    b = "The MPC next meets on 7–9 April, its calendar shows."
    found = _flat(_rec(a, b, published="2026-02-06"))
    assert "april 6" in found and "monday" not in found


def test_a_bare_time_in_a_report_of_one_zones_places():
    a = ("BESISAHAR — The quake that killed 41 people across central Nepal struck at 4:52 am "
         "on Sunday, the agency said.")
    b = "The quake, of magnitude 6.4, struck at 4.37 am IST on Sunday, the USGS said."
    assert not _values(_rec(a, b, published="2026-01-19"), "time")


def test_a_swing_is_not_a_partys_vote_moving():
    a = ("Labor held the seat at Saturday's by-election, with Priya Raman winning on a "
         "3.1-point swing towards the government.")
    b = ("The Liberal primary vote of 33.5 per cent was down 2.4 points on the 2023 state "
         "election.")
    assert not _values(_rec(a, b), "figure")


def test_a_split_in_words_and_by_a_majority_of():
    a = "The cut was agreed by the Monetary Policy Committee by six votes to three."
    b = "The Monetary Policy Committee voted 5-4 to lower Bank Rate to 3.5% from 3.75%."
    assert "5–4 votes / 6–3 votes" in _flat(_rec(a, b))
    c = "The court rejected the appeal by a majority of four to one on Wednesday."
    d = "Britain's highest court ruled against the company by a majority of three to two."
    assert "3–2 votes / 4–1 votes" in _flat(_rec(c, d))


def test_the_only_justice_to_dissent_in_apposition():
    a = "Five justices heard the appeal. Lord Carrow dissented from the ruling on Wednesday."
    b = "Lord Hadley, the only justice to dissent, said he would have sent the figure back."
    assert "carrow / hadley" in _flat(_rec(a, b))


def test_dissents_drawn_and_one_who_preferred_otherwise():
    a = ("The decision drew two dissents. Governor Stephen Miran, who has argued for faster "
         "easing, preferred a half-point cut. Cleveland Fed President Beth Hammack voted to keep "
         "rates on hold.")
    b = ("Dallas Fed President Lorie Logan dissented in favor of holding rates steady. Fed "
         "Governor Stephen Miran also dissented, in the other direction.")
    # (told as the one who wanted no move, or as the two lists of dissenters)
    flat = _flat(_rec(a, b))
    assert "beth hammack / lorie logan" in flat or "hammack, miran / logan, miran" in flat


def test_small_forecasts_far_apart_in_ratio_disagree():
    a = ("The RBI lowered its forecast for consumer price inflation in the fiscal year to 1.8% "
         "from 2.0%.")
    b = "The central bank now projects consumer price inflation of 1.3 per cent for the year."
    assert "1.3% / 1.8%" in _flat(_rec(a, b))


def test_counts_past_a_hyphened_modifier():
    assert _figures("Russia fired 12 long-range missiles at the city overnight.") == [
        "12 long-range missiles"]
    a = "China's ministry published a notice adding five rare-earth elements to its control list."
    b = "A decision in Beijing to restrict exports of six rare-earth elements could hurt makers."
    assert "5 elements / 6 elements" in _flat(_rec(a, b))


def test_a_body_named_after_a_figure_is_not_its_place():
    from storyline.nlp.pipeline import analyze
    from storyline.reconcile.evidence import build_docs
    from storyline.reconcile.same_happening import places_after
    from storyline.records import Article, Assignment
    text = ("China will also buy 200 Boeing aircraft, a deal the White House called the "
            "largest. Airlines in Shanghai will take 40 aircraft in Shanghai next year.")
    art = Article(id="a", text=text, outlet="o", title="t")
    doc = build_docs([(art, analyze(art), Assignment("a", 1, 0.9))])[0]
    first, second = [f for f in doc.analysis.figures if f.unit == "aircraft"]
    assert places_after(doc, first) == set()
    assert places_after(doc, second) == {"shanghai"}
