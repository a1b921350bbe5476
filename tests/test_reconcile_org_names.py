"""One organisation named several ways across a story's reports is one organisation: the
same words in another order ("the finance ministry" / "the Ministry of Finance"), and a
generic short form ("the Commission") of the story's only longer name with that word. Two
organisations that share a generic word stay two. Reports written for these tests."""

from __future__ import annotations

from test_reconcile import reconcile_texts


def _orgs(rec) -> dict[str, list[str]]:
    return {p.name: [v.name for v in p.variants] for p in rec.people if p.kind == "org"}


def test_one_ministry_named_in_two_word_orders_is_one_organisation_and_no_conflict():
    rec = reconcile_texts(
        "Beijing's Ministry of Commerce said on Thursday it would investigate pork imports "
        "from the bloc, a day after the duties on electric cars were confirmed.",
        "China's commerce ministry announced the investigation into pork imports on Thursday, "
        "one day after the bloc confirmed its duties on electric cars.",
    )
    orgs = _orgs(rec)
    assert orgs.get("Ministry of Commerce") == ["Ministry of Commerce", "commerce ministry"], orgs
    assert not [d for d in rec.discrepancies if d.kind in ("name", "quote")]


def test_a_generic_short_form_joins_the_one_longer_name_with_that_word():
    rec = reconcile_texts(
        "The European Commission opened an investigation on Monday into subsidies for "
        "Varnish Motors, a maker of electric buses. The Commission said it would decide "
        "within nine months whether to impose duties.",
        "The European Commission said on Monday it was investigating state support for bus "
        "maker Varnish Motors. Officials at the Commission expect a ruling within nine months.",
    )
    assert "Commission" not in _orgs(rec), _orgs(rec)


def test_a_generic_word_shared_by_two_organisations_joins_neither():
    rec = reconcile_texts(
        "The Supreme Court agreed on Friday to hear the tariff case, after the Court of "
        "Appeals for the Federal Circuit ruled the duties unlawful in August. The Court will "
        "hear arguments in November.",
        "The Supreme Court said on Friday it would take up the tariff dispute that the Court "
        "of Appeals decided in August. The Court set arguments for November.",
    )
    names = set(_orgs(rec))
    # "Court" could stand for either court: it is not folded into one of them.
    assert not any({"Supreme Court", "Court of Appeals"} <= {n, *v}
                   for n, v in _orgs(rec).items()), names
