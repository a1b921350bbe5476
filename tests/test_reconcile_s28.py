"""Issue 11, twenty-eighth session: recall and precision on the thirty-first batch's training
parts (BA, BC, BF). Each test is on reports written for it: a disagreement found where one
is, none where the outlets only word or time one fact differently."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.reconcile.dates import shown_day
from storyline.records import Article


def _figures(rec) -> list[set[str]]:
    return _values(rec, "figure")


def _analysis(text: str):
    return analyze(Article(id="a", text=text, outlet="o", title="t"))


# --- figures --------------------------------------------------------------------------------


def test_a_move_told_with_its_month_keeps_the_old_level_apart():
    moved = ("Core inflation slowed to 2.9% in May from 3.1% in April, Statistics Norway "
             "reported on June 10.")
    found = _rec(moved, "Core inflation was 3.4 per cent in May, according to the bank.",
                 published="2026-06-18")
    assert {"2.9%", "3.4%"} in _figures(found)
    # the month before's level is no value to set against May's
    assert _figures(_rec(moved, "Core inflation was 3.1 per cent in April and 2.9 per cent "
                                "in May.", published="2026-06-18")) == []


def test_currency_codes_and_the_dirhams_sign_are_sums_of_money():
    figures = _analysis("The court ordered the developer to pay AED 412.6 million, Dh5 "
                        "million more in costs and SEK 14bn to a Swedish lender; a deposit "
                        "of 1.9 billion dong was lost. Delegates met at COP 29.").figures
    units = {f.text: (f.kind, f.unit) for f in figures}
    assert units["AED 412.6 million"] == ("money", "AED")
    assert units["Dh5 million"] == ("money", "AED")
    assert units["SEK 14bn"] == ("money", "SEK")
    assert units["1.9 billion dong"] == ("money", "VND")
    assert all(f.kind != "money" for f in figures if "29" in f.text)  # a conference's number


def test_a_sum_mistyped_with_two_digits_swapped_whoever_each_sentence_makes_its_subject():
    ledger = ("The court also ordered the confiscation of DKK 41.2 million from Vestergaard, "
              "up from the DKK 9.8 million ordered by the lower court.")
    agency = ("The Eastern High Court also raised the amount to be confiscated from Vestergaard "
              "to DKK 14.2 million, from the DKK 9.8 million ordered by the City Court.")
    assert {"DKK 41.2 million", "DKK 14.2 million"} in _figures(
        _rec(ledger, agency, published="2026-09-22"))


def test_an_exchange_rate_is_no_sum():
    rate = ("In local currency, Q1 exports were worth about 3,100 trillion dong. The dong "
            "equivalent uses an average rate of about 26,200 dong per dollar for the quarter.")
    surplus = "The quarterly surplus of $3.5 billion was equivalent to about 92 trillion dong."
    assert _figures(_rec(rate, surplus, published="2026-04-07")) == []


def test_a_magnitude_the_article_credits_elsewhere_keeps_its_agency():
    notes = ("The US Geological Survey gave a moment magnitude of 5.4. The moment magnitude of "
             "5.4 is the best single figure for comparison with other earthquakes.")
    live = "Across the border, the Saudi Geological Survey measured the quake at magnitude 5.2."
    assert _figures(_rec(notes, live, published="2026-11-03")) == []
    # the same body's two readings still disagree
    usgs = "The US Geological Survey measured the quake at magnitude 5.2."
    assert _figures(_rec(notes, usgs, published="2026-11-03")) != []


def test_magnitudes_of_quakes_in_general_are_no_reading():
    live = ("Activity is slowly decreasing, but scientists say further earthquakes above "
            "magnitude 4 cannot be ruled out.")
    notes = "A magnitude 5 event can change the stress on neighbouring faults."
    assert _figures(_rec(live, notes, published="2026-11-19")) == []


# --- clock times ---------------------------------------------------------------------------


def test_a_twelve_hour_time_is_read_by_its_day_part():
    wire = ("ANDENES, Norway, Oct 14 (Nordwire) - The two-stage Tind rocket lifted off at "
            "11:42 a.m. local time (0942 GMT) and placed five payloads into orbit, the company "
            "said.")
    courier = ("ANDENES - When the Tind rocket cleared the tower at Andøya Spaceport at 11:24 "
               "yesterday morning, the roar rolled across Bleik a few seconds later.")
    found = _values(_rec(wire, courier, published=["2026-10-14", "2026-10-15"]), "time")
    assert any("at 11:24" in v for group in found for v in group)
    agreeing = courier.replace("11:24", "11:42")
    assert _values(_rec(wire, agreeing, published=["2026-10-14", "2026-10-15"]), "time") == []


def test_a_quake_that_occurred_at_a_time_told_again_in_local_time():
    wire = ("AQABA, Jordan, Nov 3 (RSW) - The Jordan Seismological Observatory said the quake, "
            "which hit at 02:47 local time (23:47 GMT on Monday), had a magnitude of 5.3.")
    notes = ("A moderate earthquake occurred beneath the Gulf of Aqaba at 23:57 UTC on Monday, "
             "which was 02:57 on Tuesday in Jordan and Saudi Arabia.")
    found = _values(_rec(wire, notes, published=["2026-11-03", None]), "time")
    assert found and any("02:57" in group for group in found)
    same = notes.replace("23:57", "23:47").replace("02:57", "02:47")
    assert _values(_rec(wire, same, published=["2026-11-03", None]), "time") == []


def test_a_time_told_again_for_readers_elsewhere_is_no_value_of_its_own():
    wire = ("The Gannet-1 rocket lifted off from the company's pad near Canso at 6:14 a.m. "
            "Atlantic time, or 5:14 a.m. in Ottawa and Toronto, climbing into a clear sky.")
    notes = "The Gannet-1 rocket lifted off from its pad near Canso at 6:24 a.m. ADT."
    found = _values(_rec(wire, notes, published="2026-10-15"), "time")
    assert found and not any("5:14" in v for group in found for v in group)


def test_a_moment_counted_from_the_liftoff_is_a_later_one():
    wire = ("The 62-meter rocket lifted off at 8:47 p.m. EST (0147 GMT Sunday) from Launch "
            "Complex 16 at Cape Canaveral.")
    ledger = ("Saturday night's third launch of the Halcyon rocket reached orbit and brought "
              "the booster back to the drone ship about eight minutes after liftoff, at 8:55 "
              "p.m. EST.")
    assert _values(_rec(wire, ledger, published=["2025-11-23", None]), "time") == []


# --- days ------------------------------------------------------------------------------------


def test_a_day_told_as_yesterday_is_shown_with_its_weekday():
    wire = ("HO CHI MINH CITY, Sept 10 - A Vietnamese court on Thursday sentenced Tran Quoc "
            "Minh to 18 years in prison for fraud.")
    post = ("The Ho Chi Minh City People's Court yesterday sentenced Tran Quoc Minh to 18 years "
            "in prison for fraud.")
    brief = ("The Ho Chi Minh City People's Court sentenced Tran Quoc Minh on Friday to 18 "
             "years in prison for fraud.")
    found = _values(_rec(wire, post, brief, published=["2026-09-10", "2026-09-11",
                                                       "2026-09-12"]), "date")
    shown = {v for group in found for v in group}
    assert {"2026-09-10 (Thursday, yesterday)", "2026-09-11 (Friday)"} == shown
    assert shown_day("2026-09-10", ["yesterday"]) == "2026-09-10 (yesterday, Thursday)"
    assert shown_day("2026-09-10", ["yesterday", "Thursday"]) == "2026-09-10 (yesterday, Thursday)"
    assert shown_day("2026-09-10", ["10 September"]) == "2026-09-10 (10 September)"


def test_what_a_court_ordered_on_a_day_is_its_ruling():
    wire = ("DUBAI, March 3 - The Court of Appeal of the financial centre's courts on Tuesday "
            "upheld a judgment ordering Marsa Crest Holdings to pay AED 412.6 million to four "
            "lenders led by Dunecrest Bank, rejecting the developer's argument that the court "
            "had no jurisdiction.")
    daily = ("DUBAI - A court in the Dubai International Financial Centre on Monday ordered "
             "developer Marsa Crest Holdings to pay AED 412.6 million, or about $112 million, "
             "to a group of banks that financed one of its towers.")
    found = _values(_rec(wire, daily, published="2026-03-03T10:00:00+04:00"), "date")
    assert any(any("Monday" in v for v in g) and any("Tuesday" in v for v in g) for g in found)
    # the government's order is no court's ruling
    decree = ("DUBAI - Marsa Crest Holdings lost its appeal on Tuesday and must pay AED 412.6 "
              "million to a group of banks. "
              "Separately, the emirate's government on Monday ordered a review of bank lending "
              "to developers.")
    assert _values(_rec(wire, decree, published="2026-03-03T10:00:00+04:00"), "date") == []


def test_two_days_in_the_possessive_naming_two_things_are_two_days():
    daily = ("Karam said national turnout in Sunday's election had reached 44.8 per cent, up "
             "from a preliminary 43.1 per cent published on election night.")
    dispatch = ("The ministry's figures, published on its website alongside Tuesday's "
                "announcement, show that turnout was highest in the mountain districts.")
    assert _values(_rec(daily, dispatch, published="2026-05-12"), "date") == []


def test_a_day_told_with_an_earlier_value_is_that_values_day():
    wire = ("Turnout reached 44.8 per cent, up from a preliminary 43.1 per cent published on "
            "Sunday, the ministry said on Tuesday.")
    daily = ("Turnout reached 44.8 per cent, the ministry said on Monday, up from a preliminary "
             "figure.")
    assert _values(_rec(wire, daily, published="2026-05-13"), "date") in (
        [], [{"2026-05-12 (Tuesday)", "2026-05-11 (Monday)"}])
    assert not any("Sunday" in v for group in _values(_rec(wire, daily, published="2026-05-13"),
                                                      "date") for v in group)


# --- names and titles -----------------------------------------------------------------------


def test_a_title_before_an_honorific_is_the_persons_title():
    roles = {p.name: [r.text for r in p.roles] for p in _analysis(
        "The panel was presided over by Deputy Chief Justice Sir Roland Ashby.").people}
    assert roles["Roland Ashby"] == ["Deputy Chief Justice"]
    brief = "The panel was presided over by Deputy Chief Justice Sir Roland Ashby."
    wire = "The three-judge panel, presided over by Chief Justice Sir Roland Ashby, ruled."
    found = _values(_rec(brief, wire, published="2026-03-03"), "title")
    assert {"Deputy Chief Justice", "Chief Justice"} in found


def test_a_hyphened_title_is_one_title():
    roles = {p.name: [r.text for r in p.roles] for p in _analysis(
        "\"Voting was orderly,\" Election Commission secretary-general Thawatchai Rungrot told "
        "reporters.").people}
    assert roles["Thawatchai Rungrot"] == ["Election Commission secretary-general"]


def test_a_finance_director_is_the_chief_financial_officer():
    review = "Lene Kragh Sorensen, the former finance director, was acquitted on Tuesday."
    agency = ("Lene Kragh Sorensen, the former chief financial officer, was acquitted on "
              "Tuesday.")
    assert _values(_rec(review, agency, published="2026-09-22"), "title") == []


def test_a_name_the_tagger_missed_after_dr_or_before_an_office_is_a_speaker():
    hospital = ("Dr Aye Thandar Win, medical superintendent of Pakokku General Hospital, told "
                "Delta Post: \"We are still pulling people out of the rubble of the monastery "
                "school, and our hospital has already run out of beds.\"")
    people = {p.name: p.kind for p in _analysis(hospital).people}
    assert people.get("Aye Thandar Win") == "person"
    wire = ("\"We are still pulling people out of the rubble of the monastery school, and our "
            "hospital has already run out of beds,\" said U Myint Swe Oo, a spokesman for the "
            "regional administration.")
    assert [q.speaker for q in _analysis(wire).quotes] == ["U Myint Swe Oo"]
    found = _values(_rec(hospital, wire, published="2026-10-13"), "quote")
    assert {"Aye Thandar Win", "U Myint Swe Oo"} in found


# --- whose number, and a number in words ---------------------------------------------------


def test_a_speakers_own_number_is_his_and_a_number_in_words_is_rounded_to_its_scale():
    lan = ("\"Today he got his sentence, but we still have nothing,\" said Vo Thi Lan, a retired "
           "teacher who lost a deposit of almost two billion dong.")
    phuc = ("Another investor, Huynh Van Phuc, a 47-year-old engineer, said he had borrowed "
            "from relatives to pay his 2.4 billion dong deposit.")
    exact = ("Vo Thi Lan, a 54-year-old retired teacher who paid a deposit of 1.9 billion dong in "
             "2020, said she had little hope of seeing it again.")
    assert _figures(_rec(lan, phuc, exact, published="2026-09-12")) == []
    # two billion told in words is no 2.6 billion
    wrong = exact.replace("1.9 billion", "2.6 billion")
    assert _figures(_rec(lan, wrong, published="2026-09-12")) != []


# --- roles and days ---------------------------------------------------------------------------


def test_a_flights_main_payload_is_one_satellite():
    wire = ("About 54 minutes after launch the rocket released its main payload, Lyngen-1, a "
            "180 kg satellite that will monitor sea ice and shipping in the Arctic.")
    notes = ("The main customer payload, Lofoten-1, a 180 kg sea-ice and maritime monitoring "
             "satellite, separated at T+54 minutes.")
    assert {"Lofoten-1", "Lyngen-1"} in _values(_rec(wire, notes, published="2026-10-14"), "name")
    same = notes.replace("Lofoten-1", "Lyngen-1")
    assert _values(_rec(wire, same, published="2026-10-14"), "name") == []


def test_a_judgment_handed_down_on_a_day_and_a_sentence_a_court_increased():
    ledger = ("COPENHAGEN - The Eastern High Court on Tuesday increased the prison sentence of "
              "Henrik Vestergaard, the former chief executive of Kattegat Bulk Carriers, for "
              "aggravated fraud.")
    review = ("The Eastern High Court's judgment in the Kattegat Bulk case, handed down on "
              "Wednesday, is among the heaviest sentences a Danish court has imposed on a "
              "company executive.")
    found = _values(_rec(ledger, review, published=["2026-09-22T13:45:00+02:00", None]), "date")
    assert {"Tuesday", "Wednesday"} in found
    handed = review.replace("Wednesday", "Tuesday")
    assert _values(_rec(ledger, handed, published=["2026-09-22T13:45:00+02:00", None]),
                   "date") == []
