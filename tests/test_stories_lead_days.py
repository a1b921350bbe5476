"""Same-topic events months apart whose articles carry no publication date and state no
year: the days their leads name ("on Sept. 17", "Tuesday, June 17th") and the court that
acted (an appeals ruling, the Supreme Court's hearing of the same case) keep them apart,
while two reports of one event stay together. Articles written for these tests; no NLP
stage needed (the texts are read directly), so each test is quick."""

from __future__ import annotations

from storyline.records import Article
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.evidence import (
    factor,
    labels_conflict,
    lead_court,
    lead_month_days,
    month_day_conflict,
    month_days_apart,
)

# -- days of the year the lead names ---------------------------------------------------


def test_lead_days_are_read_with_or_without_their_year():
    got = lead_month_days("Fed holds rates on Tuesday, June 17th",
                          "Officials met on Sept. 17 and again on 10 December; on March 3, "
                          "2025 they had held. Prices may 5 times rise.")
    assert got == {("md", "06-17"), ("md", "09-17"), ("md", "12-10"), ("md", "03-03")}
    # "may 5" is the verb; a day past the month's end is no day; a line break ends a date
    assert lead_month_days(None, "It may 5 times. June 31 came.\nAugust\n4 votes") == frozenset()


def test_days_beyond_the_lead_are_background():
    body = "The central bank cut its key rate by a quarter point on Wednesday. " * 8
    assert lead_month_days(None, body + "It last cut on Sept. 17.") == frozenset()


def test_lead_days_far_apart_around_the_year_conflict_and_close_ones_do_not():
    assert month_days_apart("12-30", "01-02") == 3  # across the year's end
    assert month_days_apart("09-17", "12-10") == 84
    assert month_day_conflict({("md", "09-17")}, {("md", "12-10")})
    assert not month_day_conflict({("md", "09-17")}, {("md", "09-18")})  # a day later
    # one day in common is enough; no day on one side is no evidence
    assert not month_day_conflict({("md", "09-17"), ("md", "12-10")}, {("md", "12-11")})
    assert not month_day_conflict({("md", "09-17")}, {("flight", "7")})


def test_lead_days_weigh_only_when_the_calendar_dates_cannot_be_compared():
    sept, dec = {("md", "09-17")}, {("md", "12-10")}
    year_2025 = (739_000, 739_364)  # any year-long stated interval
    knobs = dict(gap_days=45.0, gap_factor=0.75, day_gap_factor=0.5, label_factor=0.3,
                 month_day_factor=0.5)
    assert factor(((), sept), ((), dec), **knobs) == 0.5  # neither states a year
    assert factor(((year_2025,), sept), ((), dec), **knobs) == 0.5  # one side does
    # both state calendar dates (here one year, overlapping): those decide, not the days
    assert factor(((year_2025,), sept), ((year_2025,), dec), **knobs) == 1.0
    assert factor(((), sept), ((), {("md", "09-18")}), **knobs) == 1.0


SEPTEMBER = [
    ("Federal Reserve cuts interest rates by a quarter point",
     "Atlas Newswire",
     "WASHINGTON, Sept. 17 - The Federal Reserve cut its benchmark interest rate by a "
     "quarter of a percentage point on Wednesday, its first cut since last winter. Chair "
     "Elena Varga said the labour market had softened and officials would watch inflation "
     "closely. Stocks on Wall Street rose after the decision and Treasury yields fell."),
    ("Fed lowers borrowing costs as hiring slows",
     "Harbour Times",
     "The Federal Reserve lowered its benchmark interest rate by a quarter point on "
     "Wednesday, September 17th, pointing to slower hiring. Chair Elena Varga told "
     "reporters in Washington that inflation would be watched closely. Wall Street stocks "
     "gained on the news and Treasury yields slipped."),
]
DECEMBER = ("Federal Reserve cuts interest rates by a quarter point again",
            "Atlas Newswire",
            "WASHINGTON, Dec. 10 - The Federal Reserve cut its benchmark interest rate by a "
            "quarter of a percentage point on Wednesday, its third cut in a row. Chair Elena "
            "Varga said the labour market had softened further and officials would watch "
            "inflation closely. Stocks on Wall Street rose after the decision and Treasury "
            "yields fell.")


def _cluster(items: list[tuple[str, str, str]], options: ClusterOptions) -> list[int]:
    """Undated articles, one at a time, then one repair."""
    index = StoryIndex(options)
    arts = [Article(text=text, title=title, outlet=outlet) for title, outlet, text in items]
    for article in arts:
        index.assign(article, None)
    index.repair()
    return [index.story_of[a.id] for a in arts]


def test_two_undated_rate_decisions_stay_apart_by_the_days_their_leads_name():
    story = _cluster([*SEPTEMBER, DECEMBER], ClusterOptions())
    assert story[0] == story[1]  # "Sept. 17" and "September 17th": one decision
    assert story[2] != story[0]
    # control: without the lead days December's decision joins a September report
    off = _cluster([*SEPTEMBER, DECEMBER], ClusterOptions(lead_month_days=False))
    assert off[2] in (off[0], off[1])


# -- the court that acted --------------------------------------------------------------


def test_the_first_court_the_lead_names_is_the_one_that_acted():
    assert lead_court("Appeals court strikes down tariffs, setting up Supreme Court fight",
                      "") == {("court", "appeals")}
    assert lead_court("Tariffs face skeptical justices",
                      "The Supreme Court on Wednesday heard arguments.") == {("court", "supreme")}
    assert lead_court(None, "The U.S. Court of Appeals for the Federal Circuit ruled "
                            "7-4.") == {("court", "appeals")}
    assert lead_court(None, "A federal judge in Boston blocked the rule.") == {
        ("court", "trial")}
    assert lead_court("Tariffs stay for now", "Importers wait for clarity.") == frozenset()
    assert labels_conflict({("court", "appeals")}, {("court", "supreme")})
    assert not labels_conflict({("court", "supreme")}, {("court", "supreme")})


TARIFFS = [
    ("Appeals court rules most of the president's tariffs are illegal",
     "Atlas Newswire",
     "A federal appeals court ruled on Friday that most of the sweeping import tariffs "
     "imposed by the president under an emergency powers law are illegal, but left them in "
     "place while the administration appeals. Importers and several states had sued over "
     "the tariffs, arguing that the emergency powers law does not allow import taxes."),
    ("Supreme Court weighs legality of the president's sweeping tariffs",
     "Atlas Newswire",
     "The Supreme Court heard arguments on Wednesday over whether the sweeping import "
     "tariffs imposed by the president under an emergency powers law are illegal. "
     "Importers and several states had sued over the tariffs, arguing that the emergency "
     "powers law does not allow import taxes."),
    ("Justices question the president's emergency tariffs",
     "Harbour Times",
     "Justices of the Supreme Court pressed the administration on Wednesday over sweeping "
     "import tariffs imposed under an emergency powers law, which importers and several "
     "states say are illegal because the law does not allow import taxes."),
]


def test_an_appeals_ruling_and_the_supreme_court_hearing_stay_apart():
    story = _cluster(TARIFFS, ClusterOptions())
    assert story[1] == story[2]  # two outlets' reports of the hearing
    assert story[0] != story[1]
    # control: without the court level the ruling and the hearing make one story
    assert len(set(_cluster(TARIFFS, ClusterOptions(lead_court=False)))) == 1
