"""Claims told by two outlets (issue 11, class 6): a lone sentence another outlet words
closely is corroborated, citing that outlet's sentence; a sentence that merely names the
same people and figures, or gives other numbers, stays one outlet's. Short reports written
for these tests, analyses built by hand."""

from __future__ import annotations

from test_reconcile import make

from storyline.reconcile import CORROBORATED, SINGLE_SOURCE, Claim, ReconcileOptions
from storyline.reconcile.claims import (
    ClaimIndex,
    claim_similarity,
    corroborate_close,
    corroborate_contained,
)
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.space import SentenceSpace
from storyline.records import Assignment

# Other things each report says, so that the story's TF-IDF weighs the shared words as a
# story would, not as two lone sentences.
OTHER_A = (" The market on the square stayed open through the afternoon."
           " A bus service was moved to the ring road until further notice.")
OTHER_B = (" Schools in the district sent pupils home an hour early."
           " The mayor is expected to speak at a meeting on Thursday.")
BAR = ReconcileOptions().close_similarity


def _lone_claims(pairs):
    """Every content sentence its own single-source claim, as average linkage may leave a
    sentence whose close partner sits in a claim it is not like as a whole."""
    docs = build_docs([(a, an, Assignment(a.id, 1, 0.9)) for a, an in pairs])
    units, sim = claim_similarity(docs, SentenceSpace(docs))
    claims, index = [], ClaimIndex()
    for n, (doc, i) in enumerate(units):
        claims.append(Claim(id=f"c{n}", text=doc.sentence_text(i), status=SINGLE_SOURCE,
                            outlets=[doc.outlet], independent_outlets=1,
                            citations=[doc.cite(i)]))
        index[(doc.order, i)] = f"c{n}"
    return claims, units, sim, index


def test_a_lone_sentence_another_outlet_words_closely_is_corroborated():
    a = make("Residents on the lane looked outside to see the street cordoned off by "
             "police." + OTHER_A, "Daily A")
    b = make("A shopkeeper, Ada Brook, said residents looked outside to see the street "
             "cordoned off by police at about 4:20 p.m." + OTHER_B, "Daily B",
             entities=[("Ada Brook", "PERSON")])
    claims, units, sim, index = _lone_claims([a, b])
    assert corroborate_close(claims, units, sim, index) == 2
    first = claims[0]
    assert all(c.status == SINGLE_SOURCE for c in claims if c.id not in ("c0", "c3"))
    assert first.status == CORROBORATED and first.independent_outlets == 2
    assert {c.outlet for c in first.citations} == {"Daily A", "Daily B"}
    # the citation added is the sentence that words it, not any sentence of that outlet
    assert "cordoned off" in first.citations[-1].sentence


def test_sentences_sharing_only_names_and_figures_stay_single_source():
    # control: the same team, player and sum, but one says an offer was made, the other
    # that the club may consider one
    a = make("The Harbour City Herons offered Tomas Reyes an eight-year deal worth $160 "
             "million on Friday." + OTHER_A, "Daily A",
             entities=[("Harbour City Herons", "ORG"), ("Tomas Reyes", "PERSON")])
    b = make("The Harbour City Herons may consider Tomas Reyes for $160 million, their "
             "manager told reporters on Friday." + OTHER_B, "Daily B",
             entities=[("Harbour City Herons", "ORG"), ("Tomas Reyes", "PERSON")])
    claims, units, sim, index = _lone_claims([a, b])
    assert sim[0, 3] >= BAR  # alike by the numbers, yet not one statement
    assert corroborate_close(claims, units, sim, index) == 0
    assert all(c.status == SINGLE_SOURCE for c in claims)


def test_a_close_wording_with_other_numbers_stays_single_source():
    # control: alike words, other numbers: another game's statistics, not the same claim
    a = make("He also caught eight passes for 66 yards and two touchdowns in the game."
             + OTHER_A, "Daily A")
    b = make("He also caught 52 passes for 440 yards and four touchdowns in the game."
             + OTHER_B, "Daily B")
    claims, units, sim, index = _lone_claims([a, b])
    assert sim[0, 3] >= BAR
    assert corroborate_close(claims, units, sim, index) == 0


def test_contained_claim_cites_the_sentence_that_says_the_words():
    a = make("The council approved the new harbour wall on Monday evening.", "Daily A")
    b = make("Fishermen gathered outside the town hall before the vote. "
             "After a long debate the council approved the new harbour wall on Monday "
             "evening, officials said.", "Daily B")
    docs = build_docs([(x, an, Assignment(x.id, 1, 0.9)) for x, an in (a, b)])
    lone = Claim(id="c1", text=docs[0].sentence_text(0), status=SINGLE_SOURCE,
                 outlets=["Daily A"], independent_outlets=1, citations=[docs[0].cite(0)])
    other = Claim(id="c2", text=docs[1].sentence_text(1), status=SINGLE_SOURCE,
                  outlets=["Daily B"], independent_outlets=1,
                  citations=[docs[1].cite(0), docs[1].cite(1)])
    assert corroborate_contained([lone, other], docs) == 1
    assert lone.status == CORROBORATED
    assert "harbour wall" in lone.citations[-1].sentence
