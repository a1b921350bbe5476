"""The confidence model over reported disagreements (``reconcile.confidence``): each report
names the reading that found it and carries the model's chance that it is real; the brief
shows those below the threshold apart, as possible only. Reports written for these tests."""

from __future__ import annotations

import json

from test_reconcile import reconcile_texts

from storyline.brief import build_brief, render_html, render_json, render_markdown
from storyline.reconcile.confidence import (
    MODEL_PATH,
    StoryContext,
    features,
    load_model,
    probability,
    score_reports,
)
from storyline.reconcile.model import Citation, Discrepancy, DiscrepancyValue, shown
from storyline.reconcile.quotes import is_wording

_TURNOUT_A = ("Turnout in the mayoral runoff was 61.4 percent, the city's election board "
              "said on Monday.")
_TURNOUT_B = "Turnout in the mayoral runoff was 48.2 percent, the election board said."


def _report(kind: str, values: list[tuple[str, str, str, int]], *, about: str = "turnout",
            rule: str = "align_figures") -> Discrepancy:
    """A report of (value, outlet, sentence, sentence index) values, one article each."""
    return Discrepancy(kind=kind, about=about, rule=rule, values=[
        DiscrepancyValue(value, [Citation(f"a{n}", None, sentence, outlet, index)])
        for n, (value, outlet, sentence, index) in enumerate(values)])


_STORY = StoryContext(published={"a0": "2026-05-04", "a1": "2026-05-06"}, reports=3,
                      articles=2)


def test_the_shipped_model_is_whole_and_its_threshold_a_chance():
    model = load_model()
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert len(model.inputs) == len(model.means) == len(model.scales) == len(model.weights)
    assert 0.0 < model.threshold < 1.0 and model.threshold == data["threshold"]
    # every named input is one ``features`` gives, or a kind's or reading's one-hot
    named = set(features(_report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                            ("48.2%", "B", _TURNOUT_B, 0)]), _STORY))
    assert {i for i in model.inputs if "=" not in i} == named


def test_features_read_the_evidence_of_a_report():
    apart = features(_report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                        ("48.2%", "B", _TURNOUT_B, 3)]), _STORY)
    assert apart["outlet_support"] == 1.0 and apart["n_values"] == 2  # all a story of two
    # outlets can tell
    assert apart["sim_o"] > 0.6  # one fact told twice: the turnout of the runoff
    assert apart["rounding"] == 0.0 and apart["days_apart"] > 0  # published two days apart
    rounded = features(_report("figure", [
        ("about 61%", "A", "About 61 percent of voters cast a ballot.", 9),
        ("61.4%", "B", _TURNOUT_B, 12)]), _STORY)
    assert rounded["rounding"] == 1.0 and rounded["hedges"] == 0.5
    times = features(_report("time", [("around 10 a.m.", "A", "It began around 10 a.m.", 2),
                                      ("around 10:30 a.m.", "B", "It began around 10:30 a.m.",
                                       2)], about="start"), _STORY)
    assert times["reldiff"] == 0.5 / 24  # 10:30 is half an hour after 10, not the same hour
    assert times["rounding"] == 0.0  # ... too far apart for one time rounded
    other = features(_report("figure", [
        ("61.4%", "A", _TURNOUT_A, 0),
        ("4.2%", "B", "Unemployment in the region fell to 4.2 percent in April.", 0)]), _STORY)
    assert other["sim_j"] < apart["sim_j"] and other["big_diff"] == 1.0


def test_features_read_two_facts_in_one_article_and_what_the_sentences_say():
    two_facts = Discrepancy(kind="figure", about="turnout", rule="align_figures", values=[
        DiscrepancyValue("61.4%", [Citation("a0", None, _TURNOUT_A, "A", 0),
                                   Citation("a1", None, _TURNOUT_A, "B", 2)]),
        DiscrepancyValue("48.2%", [Citation("a1", None, "Turnout in the first round was "
                                            "48.2 percent.", "B", 5)])])
    f = features(two_facts, _STORY)
    assert f["one_article_both"] == 1.0  # article a1 gives both: two facts, not one
    assert "thinnest" not in f  # (the battery's construction, not evidence: left out)
    told = features(_report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                       ("48.2%", "B", _TURNOUT_B, 3)]), _STORY)
    assert told["one_article_both"] == 0.0 and told["about_said"] == 1.0
    elsewhere = features(_report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                            ("48.2%", "B", "Its share of seats was 48.2 "
                                             "percent.", 3)]), _STORY)
    assert elsewhere["about_said"] == 0.5  # one sentence is not about the turnout


def test_a_reports_outlets_count_against_what_the_story_can_offer():
    # One outlet against the other in a story of two is all there is to tell: as strong
    # as three outlets behind a report in a larger story, and stronger than two of four.
    one_against_one = _report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                         ("48.2%", "B", _TURNOUT_B, 0)])
    three = _report("figure", [("61.4%", "A", _TURNOUT_A, 0), ("61.4%", "C", _TURNOUT_A, 0),
                               ("48.2%", "B", _TURNOUT_B, 0)])
    of_four = StoryContext(published={}, reports=3, articles=4)
    assert features(one_against_one, _STORY)["outlet_support"] == features(
        three, of_four)["outlet_support"] == 1.0
    assert features(one_against_one, of_four)["outlet_support"] == 2 / 3
    # outlets, not articles, where a story holds several of one outlet's
    of_two_outlets = StoryContext(published={}, reports=3, articles=5, outlets=2)
    assert features(one_against_one, of_two_outlets)["outlet_support"] == 1.0


def test_a_rounded_figure_is_trusted_less_than_two_figures_apart():
    model = load_model()
    lead = probability(_report("figure", [("61.4%", "A", _TURNOUT_A, 0),
                                          ("48.2%", "B", _TURNOUT_B, 0)]), _STORY, model)
    rounded = probability(_report("figure", [
        ("about 61%", "A", "About 61 percent of voters cast a ballot, officials said.", 14),
        ("61.4%", "B", _TURNOUT_B, 15)]), _STORY, model)
    assert 0.0 < rounded < lead < 1.0


def test_scores_and_holds_back_but_never_judges_a_quotes_wordings():
    figure = _report("figure", [("61.4%", "A", _TURNOUT_A, 0), ("48.2%", "B", _TURNOUT_B, 0)])
    words = _report("quote", [("We will govern for everyone", "A", "“We will govern for "
                               "everyone,” she said.", 2),
                              ("We shall govern for all", "B", "“We shall govern for all,” "
                               "she told supporters.", 4)],
                    about="Ana Ruiz's words", rule="align_quotes")
    assert is_wording(words) and not is_wording(figure)
    score_reports([figure, words], _STORY, min_confidence=1.0)
    assert figure.confidence is not None and figure.held_back
    assert words.confidence is None and not words.held_back
    assert shown([figure, words]) == [words]
    score_reports([figure], _STORY, min_confidence=0.0)
    assert not figure.held_back


def test_reconcile_names_the_reading_and_the_brief_shows_held_back_reports_apart():
    rec = reconcile_texts(_TURNOUT_A, _TURNOUT_B, published="2026-05-04")
    turnout = [d for d in rec.discrepancies if d.kind == "figure"]
    assert turnout and all(d.rule and d.confidence is not None for d in turnout)
    assert {d.rule for d in turnout} <= {"align_figures", "key_number_conflicts"}
    rec = reconcile_texts(_TURNOUT_A, _TURNOUT_B, published="2026-05-04",
                          min_confidence=1.0)  # every judged report held back
    brief = build_brief(rec)
    assert not [d for d in brief.discrepancies if d.kind == "figure"]
    held = [d for d in brief.possible_discrepancies if d.kind == "figure"]
    assert held and held[0].confidence is not None and held[0].citations
    data = json.loads(render_json(brief))
    assert data["possible_discrepancies"][0]["confidence"] == held[0].confidence
    markdown = render_markdown(brief)
    assert "### Possible, held back" in markdown and "(confidence " in markdown
    assert "Possible, held back" in render_html(brief)
