"""Issue 11, twenty-first session: a quote's two wordings are flagged only when they say
something differently — not when one outlet adds a conjunction, drops an article, moves a
word or quotes more of the statement. Each rule has a case and a control, on reports written
for these tests."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec

from storyline.reconcile.wordings import material_rewording

# --- which differences between two wordings say something differently -------------------


def test_glue_words_order_and_longer_excerpts_are_not_a_rewording():
    base = "We are not out of the woods yet, and any future cuts will be made carefully."
    assert not material_rewording(base, "We are not out of the woods yet, so any future cuts "
                                        "will be made carefully.")
    assert not material_rewording(base, "We are not out of the woods yet. Any future cuts will "
                                        "be made carefully.")
    assert not material_rewording("Tonight this city chose repair over rhetoric",
                                  "This city chose repair over rhetoric tonight")
    # One outlet quotes more of the statement at one end, or at both.
    assert not material_rewording("a framework that both sides can build on",
                                  "We had candid talks, and we leave Oslo with a framework "
                                  "both sides can build on, and that matters")


def test_changed_words_modals_and_reordered_clauses_are_a_rewording():
    assert material_rewording("If we don't open China, we may not do anything.",
                              "If we don't open up China, maybe we won't do anything.")
    assert material_rewording("The ruling confirms that companies must pay.",
                              "The judgment shows that firms must pay.")
    assert material_rewording("We will cut rates in March.", "We will not cut rates in March.")
    # Clauses in another order; each cut runs past the other at opposite ends, in other
    # words.
    assert material_rewording("We are not there yet, but we are closer than we were",
                              "We are closer than we were, but we are not yet there.")
    assert material_rewording(
        "This ruling confirms that the president is not a king who can tax by decree",
        "The president is not a king who can tax by decree, and this decision confirms it")


# --- in a story ---------------------------------------------------------------------------

_SAID = "Central bank governor Alma Reyes said after the decision: “{q}” The bank held rates."


def test_a_quote_told_with_another_conjunction_is_shown_but_not_flagged():
    rec = _rec(_SAID.format(q="We are not out of the woods yet, so any future cuts will "
                              "need to be made gradually and carefully."),
               _SAID.format(q="We are not out of the woods yet. Any future cuts will need "
                              "to be made gradually and carefully."))
    assert [d for d in rec.discrepancies if d.kind == "quote"] == []
    (quote,) = [q for q in rec.quotes if q.speaker == "Alma Reyes"]
    assert len(quote.variants) == 2 and not quote.variance


def test_a_quote_told_in_other_words_is_flagged():
    rec = _rec(_SAID.format(q="We are not out of the woods yet, so any future cuts will "
                              "need to be made gradually and carefully."),
               _SAID.format(q="We are not out of the woods yet, so any further cuts will "
                              "have to be made gradually and carefully."))
    (disc,) = [d for d in rec.discrepancies if d.kind == "quote"]
    assert disc.about == "Alma Reyes's words" and len(disc.values) == 2
