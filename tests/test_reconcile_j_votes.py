"""One vote told as unanimous and as split (issue 11, details, J).

Must report: "ruled unanimously" / "a 6-3 decision", "a unanimous verdict" / "a 10-2
verdict". Must NOT: two bodies' votes (the Senate's and the House's, a three-judge panel
and the full court), an article giving both (a listing of two votes), a sports score,
"near-unanimous", one outlet, a vote with no body named.
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import reconcile
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.votes import vote_conflicts


def _found(*texts: str) -> list[set[str]]:
    pairs = [make(t, f"Daily {chr(ord('A') + n)}") for n, t in enumerate(texts)]
    docs = build_docs(story_of(pairs)[1])
    return [{v.value for v in d.values} for d in vote_conflicts(docs)]


_UNANIMOUS = "The justices ruled unanimously that the levy on imported timber was unlawful."
_SPLIT = "In a 6-3 decision, the court struck down the levy on imported timber on Friday."


def test_unanimous_against_a_split_tally():
    assert _found(_UNANIMOUS, _SPLIT) == [{"unanimously", "6-3"}]
    pairs = [make(_UNANIMOUS, "Daily A"), make(_SPLIT, "Daily B")]
    assert {"unanimously", "6-3"} in _values(reconcile(*story_of(pairs)), "detail")
    # a tally with nobody against is unanimous too: no conflict
    nine = "The court ruled 9-0 that the levy on imported timber was unlawful."
    assert not _found(_UNANIMOUS, nine)
    # a jury's verdict; a dissent makes a vote split
    jury = "The jury returned a unanimous verdict after two days of deliberation."
    majority = "Jurors reached a 10-2 verdict after two days of deliberation."
    assert _found(jury, majority) == [{"unanimous", "10-2"}]
    dissent = "Two justices dissented when the court struck down the levy on timber."
    assert _found(_UNANIMOUS, dissent) == [{"unanimously", "dissented"}]


def test_two_bodies_are_two_votes():
    senate = "The Senate unanimously approved the timber levy bill on Thursday."
    house = "The House passed the timber levy bill 233-197 on Thursday evening."
    assert not _found(senate, house)
    # a panel of three against the full court of eleven: two rulings
    panel = "A unanimous three-judge panel found the timber levy unlawful in May."
    full = "The full court ruled 7-4 that the timber levy was unlawful."
    assert not _found(panel, full)
    # no deciding body named: not read
    bare = "It was a 6-3 decision on the timber levy, reporters were told."
    assert not _found(_UNANIMOUS.replace("The justices", "They"), bare)


def test_listings_scores_and_hedges_are_not_read():
    # an article giving both kinds tells of two votes
    both = ("A unanimous three-judge panel first found the levy unlawful; the justices "
            "later upheld it in a 6-3 ruling.")
    assert not _found(_UNANIMOUS, _SPLIT, both)
    # a match score is no vote, even beside a board
    score = "The board watched the club win a 3-1 victory over the visitors on Saturday."
    assert not _found(_UNANIMOUS, score)
    near = "The board gave near-unanimous backing to the plan, members said."
    rate = "The board voted 7-2 to hold its key rate at 4.5 percent."
    assert not _found(near, rate)
    # one outlet's two articles
    pairs = [make(_UNANIMOUS, "Daily A"), make(_SPLIT, "Daily A")]
    assert not vote_conflicts(build_docs(story_of(pairs)[1]))


def test_an_unmet_or_required_unanimity_is_not_read():
    failed = "The jury failed to reach a unanimous verdict on the death penalty."
    split = "Jurors were split 9-3 in favour of a death sentence, the judge said."
    law = "State law requires a unanimous jury verdict for a death sentence."
    assert not _found(failed, law)
    assert not _found(law, "The jury returned a 10-2 verdict after two days.")
    assert not _found(failed, split)
