"""Issue 11, precision (ECB+ audit round of engineer P): numbers that share a unit but are
two facts — two games' stat lines, two moments of one game's score, a distance from a
line against the line's own mark, a share of a whole against the whole, a make or model
against the rest of its unit — and a listing that is no frame of who led. Each false class
on short reports written for these tests, with a control that the real conflict is still
reported."""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.reconcile import ReconcileOptions, Reconciliation, reconcile
from storyline.reconcile.games import other_stat_lines, two_moments
from storyline.records import Article, Figure


def _all_values(rec: Reconciliation) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies]


def test_two_games_stat_lines_are_two_facts():
    a = "Earl Voss finished with 22 points and nine rebounds as the Owls beat the Rovers."
    b = "Earl Voss finished with 25 points and 16 rebounds as the Owls beat the Rovers."
    assert not _values(_rec(a, b), "figure")
    # control: one line that keeps its other number, one number told two ways
    c = "Earl Voss finished with 25 points and nine rebounds as the Owls beat the Rovers."
    assert {"22 points", "25 points"} in _values(_rec(a, c), "figure")


def test_two_seasons_stat_lines_in_alike_sentences_are_two_facts():
    a = "Lind ran for 812 yards and seven touchdowns and caught 41 passes for 356 yards."
    b = "Lind ran for 640 yards and four touchdowns and caught 33 passes for 287 yards."
    assert not _all_values(_rec(a, b))
    # control: the same line but for one number
    c = "Lind ran for 812 yards and seven touchdowns and caught 33 passes for 356 yards."
    found = _all_values(_rec(a, c))
    assert any(any("41" in v for v in vs) and any("33" in v for v in vs) for vs in found)


def test_stat_lines_need_two_numbers_of_play_each():
    from test_reconcile import docs_of

    one = make("Voss now has 2,129 points, 13 more than the old record holder.", "Daily A")
    two = make("Voss now has 2,029 points in 106 games for the Owls.", "Daily B")
    seized = make("Police seized 14 rifles and 923 rounds in the raid.", "Daily C")
    other = make("Police seized six rifles and 300 rounds in the raid.", "Daily D")
    dow = make("The Dow fell 512 points and the Nasdaq lost 140 points on Friday.", "Daily E")
    dow2 = make("The Dow fell 470 points and the Nasdaq lost 125 points on Friday.", "Daily F")
    da, db, dc, dd, de, df = docs_of(one, two, seized, other, dow, dow2)
    assert not other_stat_lines(da, 0, db, 0)  # one number of play in the first
    assert not other_stat_lines(dc, 0, dd, 0)  # rifles and rounds are no numbers of play
    assert not other_stat_lines(de, 0, df, 0)  # an index's points: no statistic of games


def _score(value: float, value_max: float, unit: str) -> Figure:
    return Figure(text=f"{value:g}-{value_max:g} {unit}", start=0, end=1, sentence=0,
                  value=value, unit=unit, kind="count", bound="range", value_max=value_max)


def test_two_leads_one_growing_into_the_other_are_two_moments():
    from test_reconcile import docs_of

    da, db = docs_of(make("The Owls led early.", "Daily A"), make("The Owls led.", "Daily B"))
    assert two_moments(da, _score(14, 0, "lead"), db, _score(17, 7, "lead"))
    assert not two_moments(da, _score(14, 3, "lead"), db, _score(10, 7, "lead"))  # no growth
    assert not two_moments(da, _score(31, 24, "win"), db, _score(31, 21, "win"))  # results
    # a poll's lead: one poll's two leads conflict
    poll = make("Moss holds a 48-44 lead over Hale in the Quinnipiac poll.", "Daily C")
    poll2 = make("Moss holds a 50-45 lead over Hale in the Quinnipiac poll.", "Daily D")
    dc, dd = docs_of(poll, poll2)
    assert not two_moments(dc, _score(48, 44, "lead"), dd, _score(50, 45, "lead"))
    a = "The Owls raced to a 14-0 lead in the first quarter at the river ground."
    b = "The Owls took a 17-7 lead into halftime at the river ground."
    assert not _values(_rec(a, b), "figure")


def test_a_distance_from_a_line_is_not_the_lines_mark():
    a = "Garner drove the Owls to the 7-yard line with 29 seconds left in the game."
    b = "With 12 seconds left in the game, Garner was sacked nine yards behind the line."
    assert not _values(_rec(a, b), "figure")
    # control: two marks of the line
    c = "Garner drove the Owls to the 9-yard line with 29 seconds left in the game."
    assert {"7 yards", "9 yards"} in _values(_rec(a, c), "figure")


def test_a_share_of_a_whole_is_not_the_whole():
    a = "About 3.1 million people were eligible to vote in the regional election on Sunday."
    b = ("Some 2.9 million people, or 91 percent of the eligible voters, cast ballots in the "
         "regional election on Sunday.")
    assert not _values(_rec(a, b), "figure")
    # control: two counts of the eligible
    c = "Some 2.9 million people were eligible to vote in the regional election on Sunday."
    assert len(_values(_rec(a, c), "figure")) == 1
    # control: a share against a count that is not of its whole
    d = "About 1,500 people were evacuated from the valley town as the flood rose."
    e = ("About 1,200 people, or 5 percent of the town's population, were evacuated from "
         "the valley town as the flood rose.")
    assert {"about 1,500 people", "about 1,200 people"} in _values(_rec(d, e), "figure")


def test_a_model_the_other_outlet_counts_apart_is_not_the_rest():
    a = "The coast guard seized seven AK-47 rifles and a grenade launcher from the boat."
    b = "The coast guard seized 12 AK-47 guns, three rifles and two grenades from the boat."
    assert {"7 rifles", "3 rifles"} not in _values(_rec(a, b), "figure")
    # control: the same model counted two ways
    c = "The coast guard seized nine AK-47 rifles and a grenade launcher from the boat."
    assert {"7 rifles", "9 rifles"} in _values(_rec(a, c), "figure")


def test_a_listing_is_no_frame_against_a_lead():
    led = make("The Harbour Hawks' young frontcourt, led by Petra Lind, won 40 games.",
               "Daily A", people=[{"name": "Petra Lind"}])
    listed = make("Several players, including Petra Lind and Marta Oss, struggled this year.",
                  "Daily B", people=[{"name": "Petra Lind"}, {"name": "Marta Oss"}])
    assert not _values(reconcile(*story_of([led, listed])), "framing")
    # with the option on, a listing is set against a lead
    on = reconcile(*story_of([led, listed]), ReconcileOptions(framing_members=True))
    assert len(_values(on, "framing")) == 1


def test_a_stretch_of_a_game_is_not_the_whole_game():
    a = ("During the Owls' deciding 15-2 run, Dana Voss scored twice and blocked two shots "
         "at the river ground.")
    b = "Dana Voss scored all 11 of her points late and blocked six shots at the river ground."
    assert not _all_values(_rec(a, b))
    # control: two counts of the whole game
    c = "Dana Voss scored all 11 of her points late and blocked four shots at the river ground."
    assert _all_values(_rec(b, c))
    # control: both name the stretch
    d = "In the first quarter, the economy of Norland grew 1.1% as exports recovered."
    e = "The economy of Norland grew 1.4% in the first quarter as exports recovered."
    assert _values(_rec(d, e), "figure")


def test_a_time_stating_no_day_dates_nothing():
    from storyline.reconcile.date_conflicts import _no_day_stated

    article = Article(id="m", outlet="Daily M", title="m", published="2026-04-16", text=(
        "The accord was reached late on Wednesday, according to a statement released "
        "shortly before midnight. The vote opened at 10 p.m. Tuesday."))
    times = {t.text: t for t in analyze(article).times}
    # "midnight" takes its day from the publication date: a guess, not an outlet's date
    assert _no_day_stated(times["midnight"])
    # control: a day the outlet wrote stays a date
    assert not _no_day_stated(times["Wednesday"])
    assert not any(_no_day_stated(t) for text, t in times.items() if "Tuesday" in text)
    later = Article(id="n", outlet="Daily N", title="n", published="2026-04-16", text=(
        "The polls closed at eight. Four hours earlier, the campaign released a memo."))
    spans = [t for t in analyze(later).times if "earlier" in t.text.lower()]
    assert spans and all(_no_day_stated(t) for t in spans)  # counted from another moment


def test_clock_times_hours_apart_are_two_happenings():
    a = "The quake struck the island at 1:53 p.m. local time and shook houses in the port."
    b = "The quake struck the island at 5:11 p.m. local time and shook houses in the port."
    assert not _values(_rec(a, b), "time")
    # control: minutes apart, one moment told two ways
    c = "The quake struck the island at 2:20 p.m. local time and shook houses in the port."
    assert len(_values(_rec(a, c), "time")) == 1
    # control: twelve hours apart, an "a.m."/"p.m." slip
    d = "The quake struck the island at 1:53 a.m. local time and shook houses in the port."
    assert len(_values(_rec(a, d), "time")) == 1


def test_a_report_across_two_merged_events_is_one_value_from_each():
    from storyline.evaluate.discrepancies_twins import cross_event

    assert cross_event([{1}, {2}])  # one event's value against the other's
    assert cross_event([{1}, {1, 2}, {2}])
    assert not cross_event([{1}, {1, 2}])  # both events tell the second value
    assert not cross_event([{2}, {2}])  # within one event: judged elsewhere
