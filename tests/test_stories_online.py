"""The online pass on a day of one subject: reports of one event join the story as they
arrive, even when most of what they share is the day's subject (a candidate, her race),
while the subject's other events of the day open stories of their own; the scores the
online pass joins by (``stories/scoring.py``); and two loners of a day (each the other's
only neighbour) in the repair. Articles written for these tests."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse

from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex, scoring
from storyline.stories.repair import _small_scope_overlap

DAY = "2026-05-12"
OUTLETS = ("Quay Herald", "Upland Review", "Delta Wire")
# The day's unrelated news.
OTHERS = [
    ("Ferry timetable cut for winter",
     "The island ferry will run four crossings a day instead of seven from November, the "
     "operator said, blaming a shortage of licensed deckhands."),
    ("Orchard thefts rise",
     "Growers in the Kell valley reported thefts of pears from unguarded orchards at "
     "night, and the county sheriff promised patrols on the back roads."),
    ("Museum buys weaving collection",
     "The textile museum bought a collection of two hundred hand-woven rugs from the "
     "estate of a carpet dealer, paying with a grant from a heritage fund."),
    ("Stadium roof repairs finished",
     "Repairs to the stadium roof, torn by a storm in March, were finished two weeks "
     "early, and the first home match will go ahead on Saturday."),
    ("Bus drivers win heat breaks",
     "Bus drivers won ten-minute breaks on days above thirty degrees after a week of "
     "talks between their union and the transit authority."),
    ("Pharmacy chain closes rural branches",
     "The Apotek chain will close nine rural branches by summer and send prescriptions "
     "by post, leaving three towns without a pharmacy."),
]
# One subject, different events of the day: each names the mayor and her re-election race.
RACE = [
    ("Mayor Ilvane opens campaign office in old cinema",
     "Mayor Dora Ilvane opened her re-election campaign office in a shuttered cinema on "
     "Mill Street, promising volunteers a phone bank and free coffee until the vote."),
    ("Ilvane rival demands audit of road contracts",
     "Councillor Brandt, running against Mayor Dora Ilvane in the re-election race, "
     "demanded an audit of the road resurfacing contracts her office signed last year."),
    ("Teachers' association backs Ilvane",
     "The city teachers' association endorsed Mayor Dora Ilvane for re-election, citing "
     "the new school kitchens, and will pay for leaflets in the campaign's last weeks."),
]
# One event of the same subject, reported by two outlets: full texts.
DEBATE = [
    ("Ilvane and Brandt clash over tram depot in first debate",
     "Mayor Dora Ilvane and Councillor Brandt clashed over the planned tram depot in the "
     "first debate of the re-election race, held in the cathedral hall. Brandt said the "
     "depot would flood the riverside flats with noise; Ilvane said the depot would bring "
     "four hundred jobs. The moderator cut both microphones twice."),
    ("Tram depot dominates first Ilvane-Brandt debate",
     "The tram depot dominated the first debate between Mayor Dora Ilvane and Councillor "
     "Brandt in the cathedral hall. Ilvane promised four hundred jobs at the depot, Brandt "
     "warned of noise for the riverside flats, and the moderator had to cut the "
     "microphones when the two talked over each other."),
]
# One event again, as feed items of two outlets: a title and one sentence each, sharing
# the subject's words (the mayor, the race) and one detail of their own.
WITHDRAWAL = [
    ("Brandt quits mayoral race",
     "Councillor Brandt quit the race against Mayor Dora Ilvane, citing his heart surgery."),
    ("Heart surgery forces Brandt out of race with Ilvane",
     "Councillor Brandt withdrew from the re-election race with Mayor Dora Ilvane after "
     "heart surgery."),
]


def _item(k: int, title: str, text: str) -> tuple[Article, Analysis]:
    article = Article(text=text, title=title, outlet=OUTLETS[k % len(OUTLETS)], published=DAY)
    return article, Analysis(article.id, "test")


ORDER = [OTHERS[0], RACE[0], DEBATE[0], OTHERS[1], WITHDRAWAL[0], RACE[1], OTHERS[2],
         OTHERS[3], DEBATE[1], RACE[2], OTHERS[4], WITHDRAWAL[1], OTHERS[5]]


def _day() -> tuple[dict[str, tuple[int, bool]], dict[str, int]]:
    """Each item's story and whether it opened one as the online pass decided, and each
    item's story after the repair."""
    index = StoryIndex()
    online, articles = {}, []
    for k, (title, text) in enumerate(ORDER):
        article, analysis = _item(k, title, text)
        got = index.assign(article, analysis)
        online[title] = (got.story_id, got.new_story)
        articles.append(article)
    index.repair()
    return online, {a.title or "": index.story_of[a.id] for a in articles}


def test_reports_of_one_event_join_online_on_a_day_of_one_subject():
    online, _ = _day()
    assert online[DEBATE[1][0]] == (online[DEBATE[0][0]][0], False)
    # The subject's other events open stories of their own as they arrive.
    assert all(online[title][1] for title, _ in RACE)
    assert all(online[title][1] for title, _ in OTHERS)


def test_after_the_repair_each_event_of_the_subject_is_one_story():
    # Online, the first one-sentence item of the withdrawal joins the debate's story (a
    # cosine just over the join threshold, made of the mayor, her rival and their race)
    # and the second item follows it; the repair parts them. Two items sharing little
    # besides the subject still make one story: the control any rule against the day's
    # background must keep together.
    _, story = _day()
    withdrawal = {story[title] for title, _ in WITHDRAWAL}
    debate = {story[title] for title, _ in DEBATE}
    assert len(withdrawal) == 1 and len(debate) == 1
    race = [story[title] for title, _ in RACE]
    assert len({*withdrawal, *debate, *race}) == len(RACE) + 2
    assert len({story[title] for title, _ in OTHERS}) == len(OTHERS)


def test_time_factors_one_formula_for_arrays_and_one_story():
    options = ClusterOptions()
    gaps = np.array([0.0, options.grace_days, options.grace_days + 3.5,
                     options.window_days + 0.5])
    factors = scoring.time_factors(options, gaps)
    assert factors[0] == factors[1] == 1.0
    assert factors[2] == pytest.approx(math.exp(-3.5 / options.decay_days))
    assert factors[3] == 0.0
    index = StoryIndex(options)
    article, analysis = _item(0, *OTHERS[0])
    index.assign(article, analysis)
    story = index.stories[index.story_of[article.id]]
    first = int(story.first_day or 0)
    for gap in (0, 2, 5, 11):
        expected = float(scoring.time_factors(options, np.array([float(gap)]))[0])
        assert scoring.story_time_factor(options, story, first + gap) == pytest.approx(expected)
        assert scoring.story_time_factor(options, story, first - gap) == pytest.approx(expected)
    assert index.time_factor(options.grace_days + 3.5) == pytest.approx(factors[2])


def test_a_story_scores_its_own_article_whole_and_nothing_beyond_the_window():
    index = StoryIndex()
    article, analysis = _item(0, *DEBATE[0])
    index.assign(article, analysis)
    sid = index.story_of[article.id]
    story = index.stories[sid]
    feats = index.vectors[article.id]
    weights = index.featurize.weigh(feats)
    first = int(story.first_day or 0)
    same_day, too_late = (index.scores(feats, weights, [sid], day)[0]
                          for day in (first, first + int(index.options.window_days) + 1))
    assert same_day == pytest.approx(1.0, abs=0.02)
    assert too_late == 0.0
    # The scratch vector is left clean for the next article.
    assert not index.scratch.any()


def _overlap(cosine: float, outlets: list[str | None]) -> np.ndarray:
    """The repair's shared neighbours in a large scope of five articles: 0 and 1 each the
    other's only neighbour (two loners) at ``cosine``; 2, 3 and 4 one event's reports."""
    links = np.eye(5, dtype=np.float32)
    links[0, 1] = links[1, 0] = 1.0
    for i in (2, 3, 4):
        links[i, 2:] = 1.0
    sims = np.full((5, 5), 0.02, np.float32)
    sims[0, 1] = sims[1, 0] = cosine
    sims[2:, 2:] = 0.5
    np.fill_diagonal(sims, 1.0)
    near = sparse.csr_matrix(links)
    overlap = (near @ near.T).toarray()
    return _small_scope_overlap(overlap, near, sims, outlets, ClusterOptions(),
                                one_outlet_only=True)


def test_two_loners_share_nothing_unless_alike_themselves():
    two_outlets: list[str | None] = ["a", "b", "a", "b", "a"]
    weak = _overlap(0.12, two_outlets)
    assert weak[0, 1] == 0.0  # each other is all they "share"
    assert weak[2, 3] == 3.0  # one event's reports share the event's reports
    alike = _overlap(0.3, two_outlets)
    assert alike[0, 1] == 2.0
    # With the rule off the weak loners keep their mutual links.
    links = np.eye(2, dtype=np.float32) + np.eye(2, k=1, dtype=np.float32) + np.eye(
        2, k=-1, dtype=np.float32)
    near = sparse.csr_matrix(links)
    sims = np.array([[1.0, 0.12], [0.12, 1.0]], np.float32)
    off = _small_scope_overlap((near @ near.T).toarray(), near, sims, ["a", "b"],
                               ClusterOptions(repair_loner_cosine=0.0), one_outlet_only=True)
    assert off[0, 1] == 2.0
