"""Issue 11, twenty-sixth session: precision on the twenty-sixth batch's training parts. Each
rule drops a difference that is none and, where a near case is one, keeps the real
disagreement, on reports written for these tests."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.reconcile.wordings import material_rewording
from storyline.records import Article

# --- numbers ----------------------------------------------------------------------------------


def _figures(rec) -> list[set[str]]:
    return _values(rec, "figure")


def test_one_number_written_to_two_precisions_fills_no_slot():
    same = _rec("The central bank lowered the rate from 9% to 8.5% in March and has held it "
                "since then.",
                "The central bank lowered the rate from 9.0% to 8.5% in March and has held it "
                "since then.", published="2026-10-01")
    assert _figures(same) == []
    found = _rec("The central bank lowered the rate from 9% to 8.5% in March and has held it "
                 "since then.",
                 "The central bank lowered the rate from 9.5% to 8.5% in March and has held it "
                 "since then.", published="2026-10-01")
    assert _figures(found) != []


def test_a_state_told_as_it_stands_shrinks_as_well_as_grows():
    early = "About 52,000 homes in the valley are still without power, the utility said."
    later = "Only about 6,300 homes in the valley are still without power, the utility said."
    moved = _rec(early, later, published=["2026-03-10T22:00:00+00:00", "2026-03-12"])
    assert _figures(moved) == []
    # told an hour apart, the two counts cannot both stand
    clash = _rec(early, later, published=["2026-03-10T22:00:00+00:00",
                                          "2026-03-10T23:00:00+00:00"])
    assert {"about 52,000 homes", "about 6,300 homes"} in _figures(clash)


def test_a_direction_is_no_value():
    forecast = ("Analysts expect the trade surplus to come in between $2.6 billion and $3 "
                "billion this month, helped by coffee prices.")
    towards = _rec(forecast, "A sharp fall in coffee prices would push the monthly trade "
                             "surplus back towards $2 billion, an economist said.",
                   published="2026-05-04")
    assert _figures(towards) == []


def test_a_preliminary_turnout_is_a_stage_of_the_count():
    final = "Turnout was 52.4%, the election commission said on Monday."
    stage = _rec(final, "Preliminary turnout was 51.8 per cent, the election commission said.",
                 published="2026-09-21")
    assert _figures(stage) == []
    found = _rec(final, "Turnout was 55.8 per cent, the election commission said on Monday.",
                 published="2026-09-21")
    assert _figures(found) != []


def test_a_share_averaged_over_several_races_is_not_one_races():
    rec = _rec("Turnout in the mayoral race was 48.2%, the commission said.",
               "The commission said turnout across the four municipal races held on Sunday "
               "averaged 45.9%.", published="2026-09-21")
    assert _figures(rec) == []


def test_one_districts_turnout_is_not_the_citys():
    rec = _rec("Voters in Karaganda chose a new mayor on Sunday. In the eastern Zhetysu "
               "district, turnout reached 47.5%, the highest in the city.",
               "Voters in Karaganda chose a new mayor on Sunday. Turnout was just under 41%.",
               published="2026-09-21")
    assert _figures(rec) == []


def test_a_tally_told_twice_in_a_day_has_moved_and_an_earlier_report_is_not_the_outlets():
    lead = "A strong earthquake struck southern Kyrgyzstan before dawn on Wednesday. "
    moved = _rec(lead + "Six of the injured were taken to hospital in Naryn.",
                 lead + "Nine of the injured were taken to hospital in Naryn.",
                 published=["2026-04-22T06:00:00+06:00", "2026-04-22"])
    assert _figures(moved) == []
    earlier = _rec(lead + "The toll has risen to five dead and 31 injured, the ministry said.",
                   lead + "Earlier reports had put the toll at three dead and 12 injured, the "
                          "ministry said.", published="2026-04-22")
    assert [v for v in _figures(earlier) if any("injured" in x for x in v)] == []


# --- days -------------------------------------------------------------------------------------


def test_a_state_going_on_today_is_no_other_day_for_the_happening():
    rec = _rec("Schools across the province remain closed today after the quake, the "
               "education office said.",
               "Schools across the province were closed on Wednesday and Thursday after the "
               "quake, the education office said.",
               published=["2026-03-03T21:00:00+00:00", "2026-03-05"])
    assert _values(rec, "date") == []


# --- titles -----------------------------------------------------------------------------------


def test_a_general_director_is_the_companys_chief_executive():
    same = _rec("Aigerim Sadykova, general director of Steppe Rockets, said the flight went "
                "well.",
                "Steppe Rockets chief executive Aigerim Sadykova said the flight went well.",
                published="2026-11-21")
    assert _values(same, "title") == []
    found = _rec("Aigerim Sadykova, general director of Steppe Rockets, said the flight went "
                 "well.",
                 "Steppe Rockets chief financial officer Aigerim Sadykova said the flight went "
                 "well.", published="2026-11-21")
    assert _values(found, "title") != []


# --- quotes -----------------------------------------------------------------------------------


def test_a_percent_sign_is_no_other_wording_but_an_ordinal_is_not_its_cardinal():
    assert material_rewording("We have said so from the first day",
                              "We have said so from day one")
    rec = _rec('"Our team is more than 80% local," said Ruslan Bekov, the company\'s founder.',
               '"Our team is more than 80 per cent local," said Ruslan Bekov, the company\'s '
               'founder.', published="2026-10-22")
    assert _values(rec, "quote") == []


def test_a_pronoun_speaker_is_never_a_name_inside_the_quote():
    text = ("Aibek Omarov, a member of the chamber of commerce, said costs were high. \"The "
            "large firms are fine. We need the help that Maria Petrova promised the small "
            "workshops,\" he said.")
    article = Article(id="a", text=text, outlet="Daily", title="t", published="2026-10-13",
                      published_from="metadata")
    speakers = {q.speaker for q in analyze(article).quotes if "large firms" in q.text}
    assert speakers == {"Aibek Omarov"}


# --- the twenty-seventh batch's training parts (FC, FD, FE) -----------------------------------


def test_values_one_sentence_gives_both_of_are_two_things():
    rec = _rec("Imports of machinery rose 18.2%, while imports of fuel fell 4.7%, the ministry "
               "said.",
               "Imports of machinery rose 18.2% and spare parts 11.9%, the ministry said.",
               "Imports rose: machinery 18.2% and spare parts 11.9%, while fuel imports fell "
               "4.7%.", published="2026-11-20")
    assert [v for v in _figures(rec) if {"4.7%", "11.9%"} <= v] == []


def test_a_sum_over_several_months_fills_no_slot_of_one_months():
    rec = _rec("In the first nine months of the year, exports rose 6.1%, leaving a trade "
               "surplus of $3.8 billion, the ministry said.",
               "In September, exports rose 6.1%, leaving a trade surplus of $0.52 billion, the "
               "ministry said.", published="2026-10-20")
    assert _figures(rec) == []


def test_a_business_bodys_forecast_and_the_writers_own_are_two_forecasts():
    rec = _rec("The national shippers' council last month forecast export growth of 5.5% for "
               "the full year.",
               "We pencil in export growth of around 4% for November; our full-year estimate "
               "for export growth is 6.8%.", published="2026-11-20")
    assert _figures(rec) == []


def test_seats_won_with_some_seats_declared_are_a_stage_of_the_count():
    rec = _rec("The Alliance won 19 of the 30 seats in the state assembly, the commission said.",
               "With 24 seats declared, the Alliance has won 16, enough for a majority in the "
               "30-seat assembly.", published="2026-11-15")
    assert _figures(rec) == []


def test_a_planned_time_however_far_before_and_a_reports_hour_are_no_happenings_time():
    planned = _rec("The governor is scheduled to be sworn in before the state council at the "
                   "palace at 4pm today.",
                   "The governor was sworn in at the palace at 4.25pm, later than planned.",
                   published="2026-11-15")
    assert _values(planned, "time") == []
    reports = _rec("In its 7 a.m. report, the disaster agency said 95 people were injured.",
                   "The disaster agency's 7 p.m. situation report lists 80 injured.",
                   published="2026-11-02")
    assert _values(reports, "time") == []


def test_a_seismological_body_named_by_an_earth_science_name_reads_its_own_magnitude():
    rec = _rec("According to a first automatic estimate by GeoSphere Austria, the quake had a "
               "magnitude of 4.9 and its epicentre was near Wiener Neustadt.",
               "The European-Mediterranean Seismological Centre gave the quake a magnitude of "
               "4.5 and a depth of 10 km.", published="2026-11-21")
    assert _figures(rec) == []


def test_reports_received_are_a_running_count():
    rec = _rec("The survey said it had received 2,310 reports from people who felt the quake.",
               "The survey says it has now received 4,920 reports from people who felt the "
               "quake.", published=["2026-11-21T01:00:00+01:00", "2026-11-21T09:30:00+01:00"])
    assert _figures(rec) == []


def test_two_countries_measures_are_two_measures():
    rec = _rec("Portugal's 10-year bond yield fell 6 basis points to 2.71%.",
               "Germany's 10-year bond yield fell 5 basis points to 2.48%.",
               published="2026-10-30")
    assert _figures(rec) == []
    inflation = _rec("Inflation in Portugal was 2.2% in September, the statistics office said.",
                     "Italian inflation was 1.4% in September, the statistics office said.",
                     published="2026-10-30")
    assert _figures(inflation) == []
    found = _rec("Inflation in Portugal was 2.2% in September, the statistics office said.",
                 "Portuguese inflation was 2.7% in September, the statistics office said.",
                 published="2026-10-30")
    assert _figures(found) != []


def test_years_told_nearest_two_companies_are_two_foundings():
    rec = _rec("It is the result of six years of work by Motores Cierzo, a company founded in "
               "2018 that now employs 85 people in the Zaragoza technology park.",
               "Founded in Porto in 2019, Atlantica Aeroespacial employs about 120 people in "
               "Portugal and works with Spanish engine maker Motores Cierzo, based near "
               "Zaragoza, which built the rocket's main engine.", published="2026-09-10")
    assert _values(rec, "date") == []


def test_whom_a_speaker_told_before_a_colon_is_not_the_speaker():
    text = ("The quake struck before dawn. Mayor Liza Bautista Romero told Radyo Bisaya: "
            "\u201cThe shaking was so strong that people ran out in the dark.\u201d")
    article = Article(id="a", text=text, outlet="Daily", title="t", published="2026-11-02",
                      published_from="metadata")
    assert {q.speaker for q in analyze(article).quotes} == {"Liza Bautista Romero"}
