"""Same subject, different events of one day: the day's main figure and subject words are
background, so a few articles about one campaign among unrelated news are not one story
because they all name the candidate; reports of one event, which share details, still
meet. Articles written for these tests."""

from __future__ import annotations

import numpy as np

from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.anchors import anchored, specific_cosines
from storyline.stories.features import Featurizer

DAY = "2026-03-04"
# A day's unrelated news, two outlets.
OTHERS = [
    ("Dockworkers vote on new contract",
     "Dockworkers at the Brenmouth container terminal began voting on a four-year contract "
     "that raises night-shift pay and adds two paid holidays."),
    ("School board delays budget",
     "The Tarrow school board put off its budget vote after parents asked for a second "
     "hearing on bus routes through the northern villages."),
    ("Hospital opens stroke unit",
     "St. Edda's hospital opened a twelve-bed stroke unit staffed around the clock by "
     "neurologists seconded from the university clinic."),
    ("Marathon route changes",
     "Organisers moved the spring marathon away from the river path, which floods after "
     "heavy rain, onto the ring road."),
    ("Apricot harvest ruined by frost",
     "A late frost ruined much of the apricot harvest in the Orvale valley, growers said, "
     "and wholesale prices doubled at the regional market."),
    ("Library to open on Sundays",
     "The city library will open on Sundays again once twelve volunteers finish their "
     "training, the head librarian told reporters."),
    ("Zoo welcomes snow leopard cubs",
     "Two snow leopard cubs were born at the Hallam zoo, the first of the endangered cats "
     "bred there in a decade, keepers said."),
    ("Chess champion retires",
     "The three-time national chess champion Ilse Vardy retired from competitive play at "
     "forty-one to coach juniors in her home town."),
    ("Tram fares frozen",
     "The transit board froze tram fares for another year, saying ridership had not yet "
     "recovered from the long closure of the central depot."),
    ("Bakery chain recalls rye loaves",
     "The Kornhaus bakery chain recalled its seeded rye loaves after customers found "
     "fragments of a broken sieve in two of them."),
]
# One subject, five events of the day: every item names the governor and her primary.
CAMPAIGN = [
    ("Book says Marsh campaign took shipping money",
     "A book by a former aide says Governor Elena Marsh's primary campaign took donations "
     "from shipping firms. The author, who ran the mailroom for two years, describes "
     "envelopes handed over at a yacht club dinner and a ledger kept in a locked drawer. "
     "Her publisher plans a first printing of forty thousand copies; lawyers for the "
     "shipping firms threatened to sue over the chapter on harbour leases. "
     "Marsh's campaign told voters the book was written to help her rivals before the "
     "primary vote, and her rivals' campaigns asked for an inquiry."),
    ("Marsh stumbles on water rates in debate",
     "Governor Elena Marsh stumbled in the primary debate when asked about water rates. "
     "Moderators pressed her three times on the reservoir surcharge that tripled bills in "
     "the dry southern counties, and she lost her notes while answering. Viewers on the "
     "broadcaster's panel scored the exchange as the night's worst moment, and the "
     "auditorium laughed when the microphone failed. "
     "Her campaign told voters the primary would turn on jobs, not one answer, while her "
     "rivals' campaigns sent the clip to voters."),
    ("Nurses' union backs Marsh",
     "The state nurses' union endorsed Governor Elena Marsh in the primary. Its president "
     "cited the staffing law that caps wards at six patients for each nurse, and members "
     "voted by a wide margin at their convention in a hotel ballroom. The union will pay "
     "for door knocking in hospital towns and print leaflets in four languages. "
     "Marsh's campaign said the endorsement would carry voters her rivals had courted "
     "before the primary vote."),
    ("Okafor calls Marsh unfit",
     "Senator Paul Okafor said Governor Elena Marsh was unfit to lead, the sharpest attack "
     "yet in the primary. Speaking at a farm equipment auction, the senator accused her of "
     "abandoning grain growers during the drought and of breaking a promise on rural "
     "broadband. His spokesman refused to say whether he would endorse a rival. "
     "Marsh's campaign told voters the attack showed her rivals were losing the primary, "
     "and urged voters to ignore it."),
    ("Poll puts Marsh twelve points ahead",
     "A university poll puts Governor Elena Marsh twelve points ahead in the primary. The "
     "survey of nine hundred likely voters, taken by telephone over six evenings, found a "
     "third undecided and most worried about rents. Its margin of error is four points, "
     "and younger respondents preferred text messages to calls. "
     "Marsh's campaign welcomed the lead, and her rivals' campaigns told voters the "
     "primary vote was still open."),
]
# One event, four outlets' reports worded their own way (the control that must merge).
FIRE = [
    ("Ferry fire at Lindqvist harbour",
     "A fire broke out in the engine room of the ferry Saga Nord at Lindqvist harbour on "
     "Tuesday. All 140 passengers were taken ashore, the coastguard said, and two crew "
     "members were treated for smoke. The operator cancelled the evening crossing."),
    ("Saga Nord passengers evacuated after engine fire",
     "The coastguard evacuated 140 passengers from the Saga Nord after its engine room "
     "caught fire while the ferry was moored at Lindqvist. Passengers waited on the quay "
     "wrapped in blankets while firefighters boarded the ship."),
    ("Engine room blaze on Lindqvist ferry",
     "Firefighters put out a blaze in the engine room of the Saga Nord ferry at Lindqvist "
     "harbour. The coastguard said no passengers were hurt; investigators will examine a "
     "fuel pump that crew members saw smoking."),
    ("Lindqvist ferry crossing cancelled after fire",
     "Crossings from Lindqvist were cancelled after fire damaged the Saga Nord ferry's "
     "engine room. Its 140 passengers left the ship unhurt, and the operator said a "
     "replacement vessel would sail from the harbour on Thursday."),
]
OUTLETS = ("Harbor Times", "Valley Post", "Coast Courier", "Ridge Daily")


def _item(k: int, title: str, text: str) -> tuple[Article, Analysis]:
    article = Article(text=text, title=title, outlet=OUTLETS[k % len(OUTLETS)], published=DAY)
    return article, Analysis(article.id, "test")


def _day() -> list[tuple[Article, Analysis]]:
    items = [*OTHERS[:4], *CAMPAIGN[:2], *FIRE[:2], *OTHERS[4:7], *CAMPAIGN[2:],
             *FIRE[2:], *OTHERS[7:]]
    return [_item(k, title, text) for k, (title, text) in enumerate(items)]


# The day's scope: a real day's feeds hold 100-200 items, a scope of at least
# ``repair_background_min_sample`` articles; this written day of 19 stands for one.
DAY_SCOPE = {"repair_background_min_sample": 10}


def _stories(**options: float) -> dict[str, int]:
    index = StoryIndex(ClusterOptions(**{**DAY_SCOPE, **options}))
    day = _day()
    for article, analysis in day:
        index.assign(article, analysis)
    index.repair()
    return {a.title or "": index.story_of[a.id] for a, _ in day}


def test_articles_on_one_subject_are_not_one_story_for_naming_the_main_figure():
    # Without the background rule the repair glues them: each one's nearest neighbours
    # are the other campaign items (they alone share words with it), so every two of
    # them share all their neighbours.
    glued = _stories(anchor_cosine=0.0)
    assert len({glued[title] for title, _ in CAMPAIGN}) == 1
    story = _stories()
    assert len({story[title] for title, _ in CAMPAIGN}) == len(CAMPAIGN)


def test_reports_of_one_event_still_meet():
    story = _stories()
    assert len({story[title] for title, _ in FIRE}) == 1
    assert not {story[title] for title, _ in FIRE} & {story[title] for title, _ in CAMPAIGN}
    unrelated = [story[title] for title, _ in OTHERS]
    assert len(set(unrelated)) == len(OTHERS)


def test_a_common_word_is_background_only_when_its_articles_are_loosely_alike():
    featurizer = Featurizer()
    day = _day()
    feats = [featurizer(a, an) for a, an in day]
    weights = [featurizer.weigh(f) for f in feats]
    n = len(feats)
    sims = np.zeros((n, n), np.float32)
    for i in range(n):
        for j in range(n):
            common = np.intersect1d(feats[i].indices, feats[j].indices, return_indices=True)
            sims[i, j] = float(weights[i][common[1]] @ weights[j][common[2]])
    titles = [a.title for a, _ in day]
    camp = [titles.index(t) for t, _ in CAMPAIGN]
    fire = [titles.index(t) for t, _ in FIRE]
    rows = np.array([camp[0], fire[0]])
    cols = np.array([camp[1], fire[1]])
    plain = sims[rows, cols]
    spec = specific_cosines(featurizer, feats, sims, 0.1, 0.15, rows, cols)
    # The campaign pair shares the governor, her primary and campaign: background of this
    # day (held by a quarter of its articles, which are loosely alike) - little is left.
    assert spec[0] < 0.05 < plain[0]
    # The fire's reports share Lindqvist, the ferry, its engine room: held by a quarter of
    # the day's articles too, but by alike ones - they stay.
    assert spec[1] > 0.2
    ok = anchored(featurizer, feats, sims, 0.1, 0.15, 0.05, 1.1, rows, cols)
    assert ok.tolist() == [False, True]
    # Each article is its own neighbour whatever it holds.
    assert anchored(featurizer, feats, sims, 0.1, 0.15, 0.05, 1.1,
                    np.array([0]), np.array([0])).tolist() == [True]
