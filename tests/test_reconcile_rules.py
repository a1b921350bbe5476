"""Finer reconciliation rules, each on a pair of short reports written for the test."""

from __future__ import annotations

import pytest
from test_reconcile import make, story_of

from storyline.reconcile import reconcile
from storyline.reconcile.figures import compatible_values, format_value
from storyline.records import Figure, Quote


def _fig(value: float, bound: str = "=", unit: str = "%") -> Figure:
    return Figure(text="x", start=0, end=1, sentence=0, value=value, unit=unit,
                  kind="percent", bound=bound)


# --------------------------------------------------------------------------- quotes


def test_words_quoted_inside_reported_speech_are_compared_verbatim():
    a = make('The minister, Ana Pires, said Lisbon had "shown real flexibility" in the talks.',
             "Daily A", people=[{"name": "Ana Pires", "roles": ["minister"]}],
             quotes=[{"text": 'Lisbon had "shown real flexibility" in the talks',
                      "kind": "indirect", "speaker": "Ana Pires"}])
    b = make('Ana Pires, the minister, said Lisbon had "demonstrated real flexibility".',
             "Daily B", people=[{"name": "Ana Pires", "roles": ["minister"]}],
             quotes=[{"text": 'Lisbon had "demonstrated real flexibility"',
                      "kind": "indirect", "speaker": "Ana Pires"}])
    rec = reconcile(*story_of([a, b]))
    disc = [d for d in rec.discrepancies if d.kind == "quote"]
    assert len(disc) == 1
    assert {v.value for v in disc[0].values} == {"shown real flexibility",
                                                 "demonstrated real flexibility"}


def test_a_quote_that_runs_on_aligns_with_its_first_sentence_elsewhere():
    a = make("“Automation without guarantees is just a slower way of firing people,” said "
             "union leader Joost Maas. “We are not against machines.”", "Daily A",
             people=[{"name": "Joost Maas", "roles": ["union leader"]}])
    # The NLP stage joins the two parts of a quote that runs on with " … ".
    text = a[0].text
    a[1].quotes.append(Quote(
        "Automation without guarantees is just a slower way of firing people … We are not "
        "against machines.", text.index("Automation"), text.index("machines.") + 9, 0,
        speaker="Joost Maas", speaker_text="Joost Maas"))
    b = make("“Automation without job guarantees is simply a slow way to fire people,” Joost "
             "Maas, the union leader, told a rally.", "Daily B",
             people=[{"name": "Joost Maas", "roles": ["union leader"]}],
             quotes=[{"text": "Automation without job guarantees is simply a slow way to fire "
                              "people", "speaker": "Joost Maas"}])
    rec = reconcile(*story_of([a, b]))
    assert [len(q.outlets) for q in rec.quotes] == [2]
    assert rec.quotes[0].variance


def _run_on(text: str, outlet: str, first: str, second: str):
    a = make(text, outlet, people=[{"name": "Mia Berg", "roles": ["port director"]}])
    full = a[0].text
    a[1].quotes.append(Quote(f"{first} … {second}", full.index(first[:12]),
                             full.index(second[-10:]) + 10, 0, speaker="Mia Berg",
                             speaker_text="Mia Berg"))
    return a


def test_a_quote_discrepancy_shows_the_parts_that_differ():
    a = _run_on("“We cannot promise that nothing will change for a decade,” said port director "
                "Mia Berg. “No port can make that promise.”", "Daily A",
                "We cannot promise that nothing will change for a decade",
                "No port can make that promise.")
    b = _run_on("“We cannot promise that nothing will change for ten years,” port director Mia "
                "Berg said. “No port can make that promise.”", "Daily B",
                "We cannot promise that nothing will change for ten years",
                "No port can make that promise.")
    rec = reconcile(*story_of([a, b]))
    (disc,) = [d for d in rec.discrepancies if d.kind == "quote"]
    assert sorted(v.value for v in disc.values) == [
        "We cannot promise that nothing will change for a decade",
        "We cannot promise that nothing will change for ten years"]


def test_the_same_clauses_in_another_order_align():
    a = make("“We are not there yet, but we are closer than we were,” said envoy Lena Roth.",
             "Daily A", people=[{"name": "Lena Roth", "roles": ["envoy"]}],
             quotes=[{"text": "We are not there yet, but we are closer than we were",
                      "speaker": "Lena Roth"}])
    b = make("Envoy Lena Roth said: “We are closer than we were, but we are not yet there.”",
             "Daily B", people=[{"name": "Lena Roth", "roles": ["Envoy"]}],
             quotes=[{"text": "We are closer than we were, but we are not yet there.",
                      "speaker": "Lena Roth"}])
    rec = reconcile(*story_of([a, b]))
    assert len(rec.quotes) == 1 and rec.quotes[0].variance


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(("a", "b", "ok"), [
    (_fig(4, ">"), _fig(4.25), True),          # "more than 4%" and "4.25%"
    (_fig(31.2, "<="), _fig(32.1, "<="), False),  # two different maxima
    (_fig(4.1, "~"), _fig(4.6, "~"), False),   # two approximations of different numbers
    (_fig(100, ">"), _fig(100, ">"), True),
])
def test_compatible_values(a, b, ok):
    assert compatible_values(a, b) is ok


def test_format_value_reads_like_a_newspaper():
    assert format_value(4.6e9, "USD", "~") == "about $4.6 billion"
    assert format_value(100, "%", ">") == "more than 100%"
    assert format_value(90, "day") == "90 days"
    assert format_value(30000, "EUR") == "€30,000"


def test_approximate_money_figures_for_one_thing_disagree():
    a = make("The licences are valued at an estimated $4.6 billion, officials said on Monday.",
             "Daily A", figures=[{"text": "an estimated $4.6 billion", "value": 4.6e9,
                                  "unit": "USD", "kind": "money", "bound": "~",
                                  "about": "licences"}])
    b = make("Officials said the suspended licences are worth about $4.1 billion in total.",
             "Daily B", figures=[{"text": "about $4.1 billion", "value": 4.1e9, "unit": "USD",
                                  "kind": "money", "bound": "~", "about": None}])
    rec = reconcile(*story_of([a, b]))
    disc = [d for d in rec.discrepancies if d.kind == "figure"]
    assert len(disc) == 1 and "approximations" in disc[0].note


def test_people_counted_as_residents_and_as_people_are_compared():
    a = make("About 1,200 residents of Pine Hollow were ordered to evacuate on Saturday.",
             "Daily A", figures=[{"text": "About 1,200 residents", "value": 1200,
                                  "unit": "residents", "kind": "count", "bound": "~"}])
    b = make("About 1,400 people in Pine Hollow were ordered to evacuate on Saturday.",
             "Daily B", figures=[{"text": "About 1,400 people", "value": 1400,
                                  "unit": "people", "kind": "count", "bound": "~"}])
    rec = reconcile(*story_of([a, b]))
    assert [d.kind for d in rec.discrepancies] == ["figure"]


def test_a_figure_in_a_series_is_not_set_against_another_outlet():
    a = make("The bank lowered its rate from 4% to 3.75% in May, the first cut this year.",
             "Daily A", figures=[
                 {"text": "4%", "value": 4, "unit": "%", "kind": "percent", "about": "rate"},
                 {"text": "3.75%", "value": 3.75, "unit": "%", "kind": "percent",
                  "about": "rate"}])
    b = make("The bank cut its rate to 3.5% on Thursday, its second cut this year.", "Daily B",
             figures=[{"text": "3.5%", "value": 3.5, "unit": "%", "kind": "percent",
                       "about": "rate"}])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "figure"]


def test_figures_dated_differently_are_a_change_not_a_conflict():
    a = make("The fire covered about 2,800 hectares on Sunday, the wildfire service said.",
             "Daily A", figures=[{"text": "about 2,800 hectares", "value": 2800,
                                  "unit": "hectares", "kind": "count", "bound": "~",
                                  "about": "fire"}],
             times=[{"text": "Sunday", "value": "2025-08-17", "granularity": "day"}])
    b = make("The fire covered about 3,100 hectares on Monday, the wildfire service said.",
             "Daily B", figures=[{"text": "about 3,100 hectares", "value": 3100,
                                  "unit": "hectares", "kind": "count", "bound": "~",
                                  "about": "fire"}],
             times=[{"text": "Monday", "value": "2025-08-18", "granularity": "day"}])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "figure"]


# --------------------------------------------------------------------------- dates


def test_the_same_act_dated_a_day_apart_is_a_date_discrepancy():
    a = make("The company filed suit in federal court in Denver on Tuesday, June 9, a week "
             "after the ban took effect in May.", "Daily A", times=[
                 {"text": "Tuesday, June 9", "value": "2026-06-09", "granularity": "day"},
                 {"text": "May", "value": "2026-05", "granularity": "month"}])
    b = make("Its lawyers filed the suit on June 10, according to court records seen by "
             "reporters.", "Daily B",
             times=[{"text": "June 10", "value": "2026-06-10", "granularity": "day"}])
    rec = reconcile(*story_of([a, b]))
    dates = [d for d in rec.discrepancies if d.kind == "date"]
    assert len(dates) == 1
    assert [v.value[:10] for v in dates[0].values] == ["2026-06-09", "2026-06-10"]


def test_a_date_inside_quoted_words_is_not_an_event_date():
    # Daily B, a day later, quotes the mediator's "today": the speaker's day, not B's.
    a = make("Talks between the two fishing fleets resumed on Tuesday, the mediator said.",
             "Daily A", published="2026-03-03",
             times=[{"text": "Tuesday", "value": "2026-03-03", "granularity": "day"}])
    b = make("“Talks between the two fishing fleets resumed today,” the mediator said.",
             "Daily B", published="2026-03-04",
             quotes=[{"text": "Talks between the two fishing fleets resumed today"}],
             times=[{"text": "today", "value": "2026-03-04", "granularity": "day"}])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "date"]


def test_a_dateline_is_not_an_event_date():
    a = make("OSLO, March 3 (Daily A) - Talks between the two fishing fleets resumed after "
             "a week.", "Daily A", published="2026-03-03",
             times=[{"text": "March 3", "value": "2026-03-03", "granularity": "day"}])
    b = make("OSLO, March 4 (Daily B) - Talks between the two fishing fleets resumed after "
             "a week.", "Daily B", published="2026-03-04",
             times=[{"text": "March 4", "value": "2026-03-04", "granularity": "day"}])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "date"]


# --------------------------------------------------------------------------- claims


def test_a_number_only_one_outlet_gives_in_a_shared_claim_is_a_detail():
    a = make("The firm had already received about 9,000 chips for its new data centre "
             "outside Abu Dhabi before the ban.", "Daily A")
    b = make("Deliveries of chips to the firm's new data centre outside Abu Dhabi have "
             "stopped since the ban.", "Daily B")
    rec = reconcile(*story_of([a, b]))
    details = [d for c in rec.claims for d in c.details]
    assert [(d.outlet, d.values) for d in details] == [("Daily A", ["9000"])]


def test_contrast_is_not_negation():
    a = make("“Trust has to be verified, not assumed,” the under secretary said on Monday.",
             "Daily A")
    b = make("“Trust has to be verified rather than assumed,” the under secretary said on "
             "Monday.", "Daily B")
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "claim"]


# --------------------------------------------------------------------------- durations


def _durations(text: str, times: list[dict]) -> list:
    a = make(text, "Daily A", published="2026-04-16", times=times)
    return reconcile(*story_of([a])).durations


def test_a_window_with_its_stated_end_is_kept_as_ending_there():
    found = _durations(
        "The 60-day window for a final deal expires in mid-June, officials said.",
        [{"text": "60-day", "type": "DURATION", "value": "P60D"},
         {"text": "mid-June", "value": "2026-06", "granularity": "month"}])
    assert [(d.mode, d.anchor) for d in found] == [("ends", "2026-06")]


def test_a_window_opened_on_a_date_counts_from_it():
    found = _durations(
        "On Monday the two sides agreed to suspend the new tariffs for 90 days.",
        [{"text": "Monday", "value": "2026-04-13", "granularity": "day"},
         {"text": "90 days", "type": "DURATION", "value": "P90D"}])
    assert [(d.mode, d.anchor, d.amount) for d in found] == [("window", "2026-04-13", 90)]


def test_past_durations_and_long_terms_are_not_deadlines():
    found = _durations(
        "After two days of talks on Monday, ministers said the duties would apply for five "
        "years from May.",
        [{"text": "two days", "type": "DURATION", "value": "P2D"},
         {"text": "Monday", "value": "2026-04-13", "granularity": "day"},
         {"text": "five years", "type": "DURATION", "value": "P5Y"},
         {"text": "May", "value": "2026-05", "granularity": "month"}])
    assert found == []


def test_very_large_stories_group_claims_without_average_linkage(monkeypatch):
    from test_reconcile import coastal, harbor

    import storyline.reconcile.claims as claims

    monkeypatch.setattr(claims, "_AGGLOMERATIVE_LIMIT", 2)
    rec = reconcile(*story_of([harbor(), coastal()]))
    vote = [c for c in rec.claims if "vote" in c.text]
    assert vote and vote[0].independent_outlets == 2


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(("name", "tokens"), [
    ("Anthony LaCalamita III", ["anthony", "lacalamita"]),
    ("Regina Benjamin U. S.", ["regina", "benjamin"]),
    ("President Donald J. Trump", ["donald", "j", "trump"]),
    ("Xi Jinping's", ["xi", "jinping"]),
])
def test_name_tokens_drop_titles_suffixes_and_stray_initials(name, tokens):
    from storyline.reconcile.people import name_tokens

    assert name_tokens(name) == tokens


def test_a_name_glued_by_a_hyphen_joins_the_full_name():
    a = make("Actor Peter Capaldi will play the role, the studio said on Monday.", "Daily A",
             people=[{"name": "Peter Capaldi", "roles": ["Actor"]}])
    b = make("The studio named Peter-Capaldi for the role on Monday, fans cheered.", "Daily B",
             people=[{"name": "Peter-Capaldi"}])
    rec = reconcile(*story_of([a, b]))
    assert [len(p.members) for p in rec.people] == [2]


def test_two_outlets_giving_different_splits_of_one_vote_disagree():
    vote = {"unit": "votes", "kind": "vote", "about": "vote"}
    a = make("The rate-setting committee was split 7–2, with two members voting to hold.",
             "Daily A", figures=[{"text": "7–2", "value": 7, "value_max": 2, **vote}])
    b = make("Minutes showed a 6–3 split that surprised economists in the City.",
             "Daily B", figures=[{"text": "6–3", "value": 6, "value_max": 3, **vote}])
    rec = reconcile(*story_of([a, b]))
    [disc] = [d for d in rec.discrepancies if d.kind == "figure"]
    assert len(disc.values) == 2
