"""False disagreements found by the fresh precision audit on PolNeAR's political news
(issue 11), each class on short reports written for these tests with a control that the
real conflict is still reported; and the PolNeAR audit file's reader and report keys.

Classes: a quote whose wordings differ only by a contraction ("we've" / "we have"); a group
of quotes one article gives two of (remarks of two occasions, a slogan and the rival slogan
it answers); a title
marked as past by "then-" or "former" glued before it; a day in the possessive ("at
Saturday's debate") set against the day of a remark about it; numbers of two opinion polls
(each with its own margin of error) set against each other. And the figure classes the
ECB+ audit left false: a span in one role against the whole tenure, a running count of days
in reports of different days, two quakes told with different times.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.errors import DatasetError
from storyline.evaluate.discrepancies_polnear import cached_analyses, load_audit, report_key
from storyline.reconcile.titles import historic
from storyline.reconcile.wordings import expand_contractions, wording_key
from storyline.records import Article

# ------------------------------------------------------------------ quotes


def test_contractions_written_out_are_one_wording():
    assert expand_contractions("We’ve got to act; they can't wait and it isn't over") == (
        "We have got to act; they can not wait and it is not over")
    assert wording_key("We’ve got to act, we cannot wait") == wording_key(
        "We have got to act, we can't wait")
    # "'s" may be "is", "has" or a possessive: left alone
    assert expand_contractions("She's here") == "She's here"


def test_a_quote_differing_only_by_a_contraction_is_not_a_disagreement():
    a = ("Mayor Lena Ortiz spoke at the depot on Tuesday. “We’ve got to fix every road in "
         "this county before the winter comes,” Ortiz said.")
    b = ("Mayor Lena Ortiz visited the depot on Tuesday. “We have got to fix every road in "
         "this county before the winter comes,” Ortiz said.")
    assert not _values(_rec(a, b), "quote")


def test_a_quote_in_other_words_is_still_a_disagreement():
    a = ("Mayor Lena Ortiz spoke at the depot on Tuesday. “We’ve got to fix every road in "
         "this county before the winter comes,” Ortiz said.")
    b = ("Mayor Lena Ortiz visited the depot on Tuesday. “We have got to mend every road in "
         "this county before the snow arrives,” Ortiz said.")
    assert _values(_rec(a, b), "quote")


def test_two_statements_one_article_gives_are_not_wordings_of_a_third():
    # remarks of two occasions, both in one article, both like the other outlet's
    a = ("Ron Brandt spoke about the coach at a rally in Dover on Wednesday. “He is the most "
         "valuable player on the whole team,” Brandt said. Later, in a radio interview, "
         "Brandt went further. “He should get the most valuable player award from the "
         "league,” he said.")
    b = ("Ron Brandt defended his remarks about the coach on Wednesday. “He was the most "
         "valuable player, no question,” Brandt said.")
    assert not _values(_rec(a, b), "quote")
    # control: with one of them only, the two outlets' wordings are compared
    a_once = ("Ron Brandt spoke about the coach at a rally in Dover on Wednesday. “He is the "
              "most valuable player on the whole team,” Brandt said.")
    assert _values(_rec(a_once, b), "quote")


# ------------------------------------------------------------------ titles


def test_a_title_marked_then_is_history():
    assert historic("Sen.", "between the governor and then-Sen. Mara Quill was narrow")
    assert historic("Gov.", "the plan of former Gov. Mara Quill")
    assert not historic("Sen.", "between the governor and Sen. Mara Quill was narrow")
    a = ("The gap between the governor and then-Sen. Mara Quill was narrow, Devlin said. "
         "Quill spoke in Dover on Monday.")
    b = "Gov. Mara Quill spoke in Dover on Monday about the budget."
    assert not _values(_rec(a, b), "title")


def test_two_present_titles_are_still_a_disagreement():
    a = "Sen. Mara Quill spoke in Dover on Monday about the state budget and its cuts."
    b = "Gov. Mara Quill spoke in Dover on Monday about the state budget and its cuts."
    assert _values(_rec(a, b), "title")


# ------------------------------------------------------------------ dates


def test_a_possessive_day_names_an_event_not_the_day_of_a_remark():
    a = ("The three governors drew praise for their performances at Saturday's debate in "
         "Manchester, and each campaigned hard across the state.")
    b = ("The governor dismissed criticism of his performance at the debate in Manchester, "
         "saying Monday that his campaign was gaining ground.")
    assert not _values(_rec(a, b, published="2016-02-09"), "date")


def test_two_days_for_one_debate_are_still_a_disagreement():
    a = ("The three governors drew praise for their performances at the debate in "
         "Manchester on Saturday, and each campaigned hard across the state.")
    b = ("The three governors drew praise for their performances at the debate in "
         "Manchester on Sunday, and each campaigned hard across the state.")
    assert _values(_rec(a, b, published="2016-02-09"), "date")


def test_a_weekday_bounding_a_state_is_not_the_day_of_the_happening():
    a = ("Residents evacuated after the huge fire at the Eastvale depot were allowed to "
         "return to their homes on Friday night.")
    b = ("Sixty residents evacuated after the huge fire at the Eastvale depot had all been "
         "allowed to return to their homes by Saturday evening.")
    assert not _values(_rec(a, b), "date")
    # control: two days for the return itself
    c = ("Sixty residents evacuated after the huge fire at the Eastvale depot had all been "
         "allowed to return to their homes on Saturday evening.")
    assert _values(_rec(a, c), "date")


def test_a_weekday_in_a_sentence_naming_another_day_is_not_compared():
    a = "The Harbour Hawks signed Tom Vale on Tuesday and Ivo Lind today off the Owls' squad."
    b = "Wednesday afternoon, the Harbour Hawks signed rookie Ivo Lind off the Owls' squad."
    assert not _values(_rec(a, b), "date")


# ------------------------------------------------------------------ polls


def test_margins_of_error_of_two_polls_are_not_a_disagreement():
    a = ("The poll of 400 likely Democratic voters was taken last week. The margin of error "
         "is plus or minus 5.7 percentage points.")
    b = ("Among likely Democratic voters the race was close. The margin of sampling error "
         "among that group was plus or minus four percentage points.")
    assert not _values(_rec(a, b), "figure")


def test_one_named_polls_numbers_are_still_compared():
    a = ("Whitlock leads Brandt by 48 percent to 41 percent in the latest Quinnipiac poll "
         "released on Tuesday.")
    b = ("Whitlock leads Brandt by 46 percent to 41 percent in the latest Quinnipiac poll "
         "released on Tuesday.")
    assert _values(_rec(a, b), "figure")


def test_a_named_survey_is_no_poll():
    # "Survey" in an organisation's name: the distances are still compared
    a = ("The quake struck 58 kilometres west of Port Avel, according to the Northern "
         "Geological Survey.")
    b = ("The quake struck 35 kilometres west of Port Avel, according to the Northern "
         "Geological Survey.")
    assert _values(_rec(a, b), "figure")


# ------------------------------------------------------------------ figures of two facts
# (the figure classes left false by the ECB+ audit: seasons, running counts, two quakes)


def test_years_in_one_role_are_not_the_whole_tenure():
    a = "Tom Vale has spent 19 seasons with the Harbour Hawks, the club said on Monday."
    b = ("Vale spent four seasons as the team's director of scouting before he was "
         "promoted, the club said on Monday.")
    assert not _values(_rec(a, b), "figure")


def test_two_tenures_with_the_team_are_still_a_disagreement():
    a = "Tom Vale has spent 19 seasons with the Harbour Hawks, the club said on Monday."
    b = "Tom Vale has spent 17 seasons with the Harbour Hawks, the club said on Monday."
    assert _values(_rec(a, b), "figure")


def test_days_of_an_ongoing_unrest_grow_between_reports():
    a = ("Port Avel was calm on Sunday after eight days of the worst riots the country has "
         "seen in decades.")
    b = ("The youths smashed windows newly replaced after four days of the worst riots the "
         "country has seen in decades.")
    assert not _values(_rec(a, b), "figure")
    # control: reports of one day give one count of the days
    assert _values(_rec(a, b, published="2016-12-14"), "figure")


def test_two_quakes_named_by_their_times_are_two_facts():
    a = "Earlier on Sunday a 5.6 quake jolted the island of Varos, south of the capital."
    b = "The island of Varos was hit by a 6.1 quake in September, south of the capital."
    assert not _values(_rec(a, b), "figure")
    # control: one quake, one time named
    c = "Earlier on Sunday a 6.1 quake jolted the island of Varos, south of the capital."
    assert _values(_rec(a, c), "figure")


# ------------------------------------------------------------------ the audit file


def test_report_keys_ignore_story_numbers_and_value_order():
    k = report_key("figure", ["4 pp", "5.7 pp"], ["b.txt", "a.txt"])
    assert k == report_key("figure", ["5.7 pp", "4 pp"], ["a.txt", "b.txt", "a.txt"])
    assert k != report_key("figure", ["4 pp", "5.7 pp"], ["a.txt", "c.txt"])


def test_the_audit_file_reads_and_rejects_bad_rows(tmp_path: Path):
    assert load_audit(tmp_path / "none.tsv") == {}
    good = tmp_path / "audit.tsv"
    good.write_text("# note\nkey\tkind\tarticles\tjudgement\tvalues\treason\n"
                    "abc\tfigure\ta,b\tfalse\t1 / 2\ttwo polls\n", encoding="utf-8")
    assert load_audit(good)["abc"]["judgement"] == "false"
    bad = tmp_path / "bad.tsv"
    bad.write_text("abc\tfigure\ta,b\tmaybe\t1 / 2\ttwo polls\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.tsv:1"):
        load_audit(bad)


def test_the_shipped_audit_file_is_well_formed():
    from storyline.evaluate.discrepancies_polnear import AUDIT

    rows = load_audit(AUDIT)
    assert rows and all(r["judgement"] in ("real", "false") for r in rows.values())


def test_analyses_are_cached_and_reused(tmp_path: Path):
    articles = [Article(text="The council met on Monday and approved the budget.",
                        outlet="Outlet 0", title="Council")]
    first = cached_analyses(articles, tmp_path, "unit")
    assert list(tmp_path.glob("analyses-unit-*.jsonl.gz"))
    again = cached_analyses(articles, tmp_path, "unit")
    assert [a.to_dict() for a in again] == [a.to_dict() for a in first]


def test_shares_of_traffic_to_other_places_are_two_facts():
    a = ("After the cable cut, 65 percent of internet traffic to Chile was down, the operator "
         "said on Friday.")
    b = ("The damaged cables carry more than 80 percent of internet traffic between Peru, "
         "Bolivia and Brazil, the operator said on Friday.")
    assert not _values(_rec(a, b), "figure")
    # control: one place, two shares
    c = ("After the cable cut, 80 percent of internet traffic to Chile was down, the operator "
         "said on Friday.")
    assert _values(_rec(a, c), "figure")


# ------------------------------------------------------------------ two people's figures


def test_a_relative_tagged_as_an_organisation_is_another_person():
    a = "Andrew Novak ran for 226 yards as the Rovers beat the Owls on the river ground."
    for b in ("His cousin Ivo Marsh ran for 205 yards as the Rovers beat the Owls on the "
              "river ground.",
              "Andrew Novak's cousin Ivo Marsh ran for 205 yards as the Rovers beat the Owls "
              "on the river ground."):
        assert not _values(_rec(a, b), "figure")
    # control: one person's yards told two ways are still a disagreement
    b = "Andrew Novak ran for 205 yards as the Rovers beat the Owls on the river ground."
    assert _values(_rec(a, b), "figure")


def test_far_apart_game_statistics_are_other_games_or_seasons():
    a = ("Jalen Moss scored six touchdowns for the Harbour Hawks last season, his first with "
         "the club.")
    b = ("Jalen Moss, who scored two touchdowns for the Harbour Hawks, joined the club last "
         "season.")
    assert not _values(_rec(a, b), "figure")
    # control: a slip between two outlets' counts of one statistic is still a disagreement
    a = "Jalen Moss scored six touchdowns for the Harbour Hawks in the win on Sunday."
    b = "Jalen Moss scored seven touchdowns for the Harbour Hawks in the win on Sunday."
    assert _values(_rec(a, b), "figure")



# ------------------------------------------------------------------ names and excerpts


def test_a_familiar_short_first_name_is_no_spelling_conflict():
    from storyline.reconcile.people import spelling_conflict

    assert not spelling_conflict("David Rossi", "Dave Rossi")
    assert not spelling_conflict("Kenneth Vale", "Ken Vale")
    # controls: first names of one length, or long ones, spelt two ways still conflict
    assert spelling_conflict("Eric Vale", "Erik Vale")
    assert spelling_conflict("Massoud Dalman", "Masoud Dalman")


def test_an_excerpt_with_a_pronoun_for_the_subject_is_one_statement():
    from storyline.reconcile.wordings import one_statement

    whole = ("I think everyone knows how much I love this club and to be a small part of "
             "this night for Tyler is a dream come true for me")
    assert one_statement("It's a dream come true for me", whole)
    assert one_statement("It is a dream come true for me", whole)
    # control: other words after the pronoun are another wording
    assert not one_statement("It's a nightmare come true for me", whole)


# ------------------------------------------------------------------ the PolNeAR audit, end to end


def _polnear_folder(root: Path) -> Path:
    """A PolNeAR-shaped folder (metadata.tsv, <split>/text/<file>.txt; first line the
    title) holding three short reports written for this test: two outlets on one vote."""
    base = root / "polnear"
    (base / "train" / "text").mkdir(parents=True)
    rows = [
        ("daily-a_2016-03-02_council-vote", "daily-a", "2016-03-02", "Council backs harbour plan",
         "The Port Avel city council voted 7-2 on Tuesday to approve the harbour expansion "
         "plan. The plan will cost 48 million dollars and add 400 berths, Mayor Lena Ortiz "
         "said after the vote."),
        ("daily-b_2016-03-02_harbour-plan-passes", "daily-b", "2016-03-02", "Harbour plan passes",
         "The Port Avel city council voted 6-3 on Tuesday to approve the harbour expansion "
         "plan. The plan will cost 48 million dollars and add 400 berths, Mayor Lena Ortiz "
         "said after the vote."),
        ("daily-a_2016-03-09_school-budget", "daily-a", "2016-03-09", "School budget",
         "The school board of Eastvale cut its library budget by a fifth on Monday."),
    ]
    lines = ["compartment\tfilename\tpublisher\tpublication_date\ttitle"]
    for name, outlet, day, title, text in rows:
        lines.append(f"train\t{name}\t{outlet}\t{day}\t{title}")
        (base / "train" / "text" / f"{name}.txt").write_text(f"{title}\n\n{text}\n",
                                                             encoding="utf-8")
    base.joinpath("metadata.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_the_polnear_audit_lists_unjudged_reports_then_scores_judged_ones(tmp_path: Path):
    from storyline.evaluate.discrepancies_polnear import audit_polnear

    data = _polnear_folder(tmp_path / "data")
    audit = tmp_path / "audit.tsv"
    first = audit_polnear("train", data, audit=audit, cache_dir=tmp_path / "cache")
    assert first["articles"] == 3 and first["multi_outlet_stories"] == 1
    assert first["reported"] >= 1 and first["judged"] == 0 and first["precision"] is None
    assert first["unjudged"] == first["reported"]
    report = first["unjudged_reports"][0]
    assert report["files"] == ["daily-a_2016-03-02_council-vote",
                               "daily-b_2016-03-02_harbour-plan-passes"]
    audit.write_text("key\tkind\tarticles\tjudgement\tvalues\treason\n" + "".join(
        f"{r['key']}\t{r['kind']}\t{','.join(r['files'])}\treal\tx / y\ttwo splits of one vote\n"
        for r in first["unjudged_reports"]), encoding="utf-8")
    again = audit_polnear("train", data, audit=audit, cache_dir=tmp_path / "cache")
    assert again["unjudged"] == 0 and again["precision"] == 1.0


def test_the_polnear_audit_never_reads_the_test_part(tmp_path: Path):
    from typer.testing import CliRunner

    from storyline.cli import app

    data = _polnear_folder(tmp_path / "data")
    result = CliRunner().invoke(app, ["eval", "discrepancies", "--dataset", "polnear",
                                      "--split", "test", "--audit", "--data-dir", str(data),
                                      "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code != 0
    assert "test stays unread" in result.output
    assert "Traceback" not in result.output
    unannotated = CliRunner().invoke(app, ["eval", "discrepancies", "--dataset", "polnear",
                                           "--split", "train", "--data-dir", str(data)])
    assert unannotated.exit_code != 0 and "--audit" in unannotated.output
