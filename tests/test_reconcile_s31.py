"""Issue 11, thirty-first session: readings the fresh training parts of the thirty-third
batch (AG, AJ, AK) showed missing or wrong, each on short reports written for these tests,
with a control that the look-alike non-conflict is left alone.
"""

from __future__ import annotations

from test_reconcile import has_values as _has
from test_reconcile import reconcile_texts
from test_reconcile import reported_values as _reported

from storyline.nlp.pipeline import analyze
from storyline.records import Article

# ------------------------------------------------------------- a list's sums by their measure

def test_a_sum_in_a_list_compares_by_its_own_measure():
    rec = reconcile_texts(
        "The trade deficit narrowed in April. Exports rose to $287.3 billion, while imports "
        "fell to $345.1 billion, the Commerce Department said.",
        "The deficit shrank in April as exports climbed to $283.7 billion on strong aircraft "
        "sales, the department said.")
    assert _has(rec, "$283.7 billion", "$287.3 billion")


def test_a_change_in_a_list_is_no_level():
    # control: "up 9%, or NOK 4.0 billion" is the size of a change, not the value's level
    rec = reconcile_texts(
        "Seafood exports were worth NOK 48.2 billion. The value was up 9%, or NOK 4.0 billion, "
        "from last year, when exports totalled NOK 44.2 billion.",
        "Cod volumes fell 18%, and the value declined 4% to NOK 3.6 billion despite record "
        "prices.")
    assert not _has(rec, "NOK 4 billion", "NOK 3.6 billion")


# ------------------------------------------------------------- a count at its peak and now

def test_a_peak_against_a_count_as_it_stands_is_two_moments():
    texts = ("Pacific Gas and Electric said about 41,000 customers lost power at the peak of "
             "the outages after the earthquake.",
             "About 14,000 Pacific Gas and Electric customers lost power at the peak of the "
             "outages after the earthquake.",
             "Outages peaked at about 41,000 customers this morning. About 38,000 customers "
             "are still without power after the earthquake.")
    rec = reconcile_texts(*texts)
    found = [f for f in _reported(rec, "figure") if any("customers" in v for v in f)]
    # the peak counts disagree; the count as it stands is another moment's
    assert found and all(not any("38,000" in v for v in f) for f in found)
    assert any({"about 41,000 customers", "about 14,000 customers"} <= f for f in found)


def test_a_count_past_a_name_of_several_words():
    an = analyze(Article(text="About 14,000 Pacific Gas and Electric customers lost power.",
                         outlet="x"))
    assert [(f.value, f.unit) for f in an.figures] == [(14000.0, "customers")]
    # control: a name with no plural noun after it counts nothing
    an = analyze(Article(text="He sold 300 Boeing 737 jets in 2024.", outlet="x"))
    assert not [f for f in an.figures if f.unit == "jets" and f.value == 300]


# ------------------------------------------------------------- an epicentre's town

def test_one_offset_from_two_towns_is_a_place_conflict():
    rec = reconcile_texts(
        "The magnitude 6.2 earthquake was centered about 14 kilometers northwest of Coalinga, "
        "at a depth of 9 kilometers.",
        "The quake was centered about 14 kilometers northwest of Avenal. The worst damage was "
        "in the nearby town of Coalinga.")
    assert _has(rec, "Coalinga", "Avenal")


def test_two_offsets_from_two_towns_may_both_hold():
    # control: an epicentre placed from two towns at two distances can be one place
    rec = reconcile_texts(
        "The magnitude 6.2 earthquake was centered about 14 kilometers northwest of Coalinga.",
        "The quake was centered about 20 kilometers east of Avenal. The worst damage was in "
        "the nearby town of Coalinga.")
    assert not _has(rec, "Coalinga", "Avenal")


# ------------------------------------------------------------- a side's tally and its holder

def test_a_sides_tally_after_to_is_its_holders():
    rec = reconcile_texts(
        "Republican Gordon Teague, a former state senator, had 107,915 votes, or 47.0%.",
        "Marchetti finished with 118,472 votes to 107,195 for Republican Gordon Teague, "
        "according to unofficial results.")
    assert _has(rec, "107,915", "107,195")


def test_a_share_won_in_one_county_is_no_share_of_the_race():
    # control: a county's share and a past election's share are two other numbers
    rec = reconcile_texts(
        "Dekker won a third term in 2024 with 55.1% of the vote to 42.8% for his opponent.",
        "Teague won Allegan County with 61.8% of the vote and carried Van Buren County "
        "comfortably.")
    assert not _has(rec, "55.1%", "61.8%")


# ------------------------------------------------------------- an agreement's signing day

def test_an_agreement_signed_on_two_days_is_a_date_conflict():
    rec = reconcile_texts(
        "Guyana and Suriname signed a trade and transport agreement on Thursday that will "
        "scrap import duties on 142 product lines.",
        "Friday's signing in Nieuw Nickerie drew farmers, truckers and diplomats to the "
        "district hall.")
    assert _has(rec, "Thursday", "Friday")


def test_players_signed_on_two_days_are_no_conflict():
    # control: signings of people are many happenings, each on its own day
    rec = reconcile_texts(
        "The club signed striker Dario Velez on Thursday after a medical.",
        "Friday's signing of goalkeeper Tomas Berg was the club's second arrival of the week.")
    assert not _has(rec, "Thursday", "Friday")


def test_a_relative_clause_does_not_put_the_day_ahead():
    an = analyze(Article(
        text="Guyana and Suriname signed a trade agreement on Thursday that will scrap duties.",
        outlet="x", published="2026-08-21T18:20:00+00:00", published_from="metadata"))
    assert [t.value for t in an.times] == ["2026-08-20"]


# ------------------------------------------------------------- tolls and times of a quake

def test_two_digits_swapped_in_a_toll_are_a_slip_not_an_update():
    rec = reconcile_texts(
        "The earthquake killed nine people and injured 214, Civil Protection said last night.",
        "Rescue teams searched for a second day after the earthquake, killing nine people and "
        "injuring 241.",
        published=["2026-11-09T10:00:00+00:00", "2026-11-09T15:10:00+00:00"])
    assert _has(rec, "214", "241")


def test_a_toll_grown_in_a_later_report_is_an_update():
    # control: a higher toll published hours later, no digits swapped
    rec = reconcile_texts(
        "The earthquake killed nine people and injured 162, Civil Protection said.",
        "Rescue teams searched for a second day after the earthquake, killing nine people and "
        "injuring 214.",
        published=["2026-11-09T10:00:00+00:00", "2026-11-09T15:10:00+00:00"])
    assert not _has(rec, "162", "214")


def test_a_quake_that_woke_a_city_struck_then():
    rec = reconcile_texts(
        "FUNVISIS said the magnitude 6.2 quake hit at 4:17 a.m. local time, 23 kilometres "
        "north-east of Cumaná, at a depth of 14 kilometres. The strongest aftershock, of "
        "magnitude 4.6, struck at 6:55 a.m.",
        "The earthquake woke Cumaná at 4:47 a.m., and by sunrise much of the old town was "
        "sleeping in the street. The strongest aftershock came at 6:55 a.m.")
    assert _has(rec, "4:17", "4:47")


def test_a_count_before_the_launch_is_no_count_after_it():
    rec = reconcile_texts(
        "The launch of 24 more satellites on Saturday brings Meridian's constellation to 312 "
        "satellites.",
        "Meridian Orbital, which had 288 satellites in orbit before Saturday's launch, aims to "
        "begin broadband service next year.")
    assert not _has(rec, "312", "288")


def test_a_law_s_maximum_and_a_case_s_name_are_no_sentence_or_court_seat():
    # controls: "each count carries up to 20 years" is the law's penalty, recent sentences in
    # other cases are theirs, and "United States v. Ames" is a case, not where a jury sat
    rec = reconcile_texts(
        "Ames was found guilty of fraud by a jury in New York. Each count carries up to 20 "
        "years in prison.",
        "The jury in United States v. Ames deliberated for two days. In practice, recent "
        "sentences in large fraud cases have run from under a decade to about 25 years.")
    assert not _has(rec, "25 years", "20 years")
    assert not _has(rec, "New York", "United States")


def test_a_toll_told_place_by_place_is_no_whole_toll():
    # control: "five people had died in Chitral, three in Swat" gives a place's toll
    rec = reconcile_texts(
        "The authority said at least six people were killed when walls and roofs collapsed "
        "in Chitral and Swat.",
        "The authority's chairman said that five people had died in Chitral, three in Swat "
        "and one in Lower Dir.")
    assert not _has(rec, "6 people", "5 people")


def test_an_agreement_signed_in_two_cities_is_a_place_conflict():
    rec = reconcile_texts(
        "Under the deal, signed in Baku by the two transport ministers, shippers will pay a "
        "single rate for a container.",
        "The agreement was signed in Astana on Thursday by the two ministers, after talks in "
        "Baku in March.")
    assert _has(rec, "Baku", "Astana")


def test_an_earlier_agreement_s_city_is_no_signing_place():
    # control: a memorandum signed earlier elsewhere is another agreement's
    rec = reconcile_texts(
        "Under the deal, signed in Baku by the two transport ministers, shippers will pay a "
        "single rate for a container.",
        "The two ministers met in Baku. An earlier agreement signed in Astana in 2024 had set "
        "a lower goal.")
    assert not _has(rec, "Baku", "Astana")


def test_a_term_in_one_of_many_cases_is_still_this_case_s():
    # the key-number reading itself (the figure alignment may also find this pair)
    from storyline.reconcile.evidence import build_docs
    from storyline.reconcile.key_numbers import key_number_conflicts
    from storyline.records import Assignment

    texts = ("Ames was sentenced to 12 years in prison in one of the largest fraud cases in "
             "the state's history.",
             "A federal judge sentenced Ames to 15 years in prison on Tuesday for the fraud.")
    items = []
    for n, text in enumerate(texts):
        article = Article(id=f"a{n}", text=text, outlet=f"Daily {n}", title=f"report {n}")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    found = key_number_conflicts(build_docs(items))
    assert [{v.value for v in d.values} for d in found] == [{"12 years", "15 years"}]
