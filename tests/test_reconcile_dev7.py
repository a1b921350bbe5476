"""Disagreements on fresh real coverage, the dev7 round (issue 11): each class on short
reports written for these tests, with a control that the look-alike non-conflict is left
alone.

Recall: two times both stated to the minute ("3:30" / "3:33 a.m."); the one time each of
two articles gives, in unlike sentences; a year opening two alike sentences ("In 1969, he
was indicted" / "In 1970, …"); one statement naming two places; two counts of one verb for
one person ("shot 11 times" / "shot seven times"). Precision: places in a list; times of
different weekdays (also when the splitter cut the sentence after "p.m."); a report's own
moment ("At this point (10:30 p.m.)"); titles of works in quotation marks; words given to
a speaker in a sentence that names the other speaker too; "weighing 130 pounds" is a
weight (see tests/test_nlp_figures.py).
"""

from __future__ import annotations

import json

from test_reconcile import docs_of as _docs
from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.evaluate.discrepancies import ANNOTATIONS
from storyline.reconcile import ReconcileOptions, reconcile
from storyline.reconcile.clock_times import clock_times
from storyline.reconcile.quotes import _titled
from storyline.reconcile.verb_times import verb_counts

# ------------------------------------------------------------------ clock times


def test_two_times_stated_to_the_minute_have_no_rounding_slack():
    a = make("The alarm at the old mill sounded at 3:30 a.m., the fire chief said.", "Daily A")
    b = make("The alarm at the old mill sounded at 3:33 a.m., the fire chief said.", "Daily B")
    assert _values(reconcile(*story_of([a, b])), "time") == [{"at 3:30 a.m.", "at 3:33 a.m."}]
    # control: a round hour may stand for a minute near it
    c = make("The alarm at the old mill sounded at 7 p.m., the fire chief said.", "Daily C")
    d = make("The alarm at the old mill sounded at 7:01 p.m., the fire chief said.", "Daily D")
    assert not _values(reconcile(*story_of([c, d])), "time")


def test_the_one_time_each_article_gives_times_one_happening_in_unlike_sentences():
    a = make("Neighbours heard gunfire around 10:30 a.m., near the accounting office.",
             "Daily A")
    b = make("The shooting at the accounting office came at 10 a.m., on a quiet street, "
             "and staff hid under desks.", "Daily B")
    d = make("The accounting office stayed closed on Friday, and the accounting office "
             "staff were sent home from the quiet street.", "Daily D")
    assert _values(reconcile(*story_of([a, b, d])), "time") == [
        {"around 10:30 a.m.", "at 10 a.m."}]
    # controls: without the lone-time rule the unlike sentences are not compared, and an
    # article that times two happenings has no lone time
    no_lone = ReconcileOptions(clock_lone_window_minutes=0)
    assert not _values(reconcile(*story_of([a, b, d]), options=no_lone), "time")
    c = make("The shooting at the accounting office came at 10 a.m., on a quiet street, "
             "and staff hid under desks. The suspect was arrested at 11:40 a.m., on the "
             "highway.", "Daily C")
    assert not _values(reconcile(*story_of([a, c, d])), "time")


def test_times_on_different_weekdays_are_different_moments():
    a = make("The march toward the precinct set off on Monday around 8 p.m., police said.",
             "Daily A")
    b = make("The march toward the precinct set off on Wednesday around 9 p.m., police said.",
             "Daily B")
    assert not _values(reconcile(*story_of([a, b])), "time")
    # control: the same weekday, an hour apart, is a conflict
    c = make("The march toward the precinct set off on Monday around 9 p.m., police said.",
             "Daily C")
    assert _values(reconcile(*story_of([a, c])), "time") == [{"around 8 p.m.", "around 9 p.m."}]


def test_a_sentence_cut_after_the_time_reads_its_weekday_from_where_it_goes_on():
    doc = _docs(make("Police say the boy was shot around 11:30 p.m. Saturday night he had "
                     "been with friends.", "Daily A"))[0]
    times = clock_times(doc)
    assert [t.text for t in times] == ["around 11:30 p.m."]
    assert times[0].context == (0, 1)
    lower = _docs(make("The march set off from the vigil site on Church Ave. and East 55th "
                       "Street around 8:30 p.m. Marchers chanted loudly.", "Daily B"))[0]
    assert [t.context for t in clock_times(lower)] == [(0, 1, 2)]


def test_the_reports_own_moment_is_no_happening():
    doc = _docs(make("At this point (10:30 p.m.), police said the crowd had dispersed.",
                     "Daily A"))[0]
    assert [t.phase for t in clock_times(doc)] == ["status"]


# ------------------------------------------------------------------ years and places


def test_a_year_opening_two_alike_statements_is_a_date_conflict():
    a = make("In 1969, he was indicted on a charge of bribing the whole Old Tappan police "
             "force.", "Daily A")
    b = make("In 1970, he was indicted for bribing the entire police force of Old Tappan.",
             "Daily B")
    assert _values(reconcile(*story_of([a, b])), "date") == [
        {"In 1969 he was indicted", "In 1970 he was indicted"}]
    # control: an article that gives the other year too may tell two happenings
    c = make("In 1970, he was indicted for bribing the entire police force of Old Tappan. "
             "A first inquiry had opened in 1969.", "Daily C")
    assert not _values(reconcile(*story_of([a, c])), "date")


def test_one_statement_naming_two_places_is_a_place_conflict():
    a = make("Troopers stopped the car on Interstate 75 in Saginaw after the long chase.",
             "Daily A", entities=[("Saginaw", "GPE")])
    b = make("Troopers stopped the car on Interstate 75 in Flint after the long chase.",
             "Daily B", entities=[("Flint", "GPE")])
    assert {"Saginaw", "Flint"} in _values(reconcile(*story_of([a, b])), "place")
    # control: an article naming both places may tell two legs of the chase
    c = make("Troopers stopped the car on Interstate 75 in Flint after the long chase from "
             "Saginaw.", "Daily C", entities=[("Flint", "GPE"), ("Saginaw", "GPE")])
    assert {"Saginaw", "Flint"} not in _values(reconcile(*story_of([a, c])), "place")


def test_a_place_in_a_list_is_no_place_of_the_statement():
    a = make("Services to Malaysia, Egypt, Taiwan and Pakistan were severely affected.",
             "Daily A", entities=[("Malaysia", "GPE"), ("Egypt", "GPE"), ("Taiwan", "GPE"),
                                  ("Pakistan", "GPE")])
    b = make("Services to Malaysia, Egypt, Italy and Pakistan were severely affected.",
             "Daily B", entities=[("Malaysia", "GPE"), ("Egypt", "GPE"), ("Italy", "GPE"),
                                  ("Pakistan", "GPE")])
    assert not _values(reconcile(*story_of([a, b])), "place")


# ------------------------------------------------------------------ counts of a verb


def test_two_counts_of_one_verb_for_one_person_disagree_in_unlike_sentences():
    a = make("Dale Ortmann, 16, was shot 11 times by the two officers on Saturday.", "Daily A",
             people=[{"name": "Dale Ortmann", "mentions": ["Dale Ortmann"]}])
    b = make("The autopsy released Wednesday showed Ortmann had been shot seven times, three "
             "of them from behind.", "Daily B",
             people=[{"name": "Dale Ortmann", "mentions": ["Ortmann"]}])
    assert _values(reconcile(*story_of([a, b])), "figure") == [
        {"shot 7 times", "shot 11 times"}]
    assert [c for _, c, _ in verb_counts(_docs(a)[0], 0)] == [11]


def test_bounded_counts_comparisons_and_other_people_are_no_conflict():
    doc = _docs(make("Police had been called at least 10 times, three times more often than "
                     "last year.", "Daily A"))[0]
    assert verb_counts(doc, 0) == []
    a = make("Dale Ortmann was arrested three times last year, police said.", "Daily A",
             people=[{"name": "Dale Ortmann"}])
    b = make("Neighbours said his cousin Ray Vance, who lives on the next block, had been "
             "arrested four times.", "Daily B", people=[{"name": "Ray Vance"}])
    assert not _values(reconcile(*story_of([a, b])), "figure")


# ------------------------------------------------------------------ quotes


def test_titles_of_works_in_quotation_marks_are_not_words_said():
    assert _titled("Take Me Out to the Ball Game")
    assert _titled("Million Dollar Mermaid Swimmer And Actress Dies Aged 91")
    assert not _titled("I have never seen anything like it in my life")
    assert not _titled("NO MORE KILLINGS")  # shouted words are words
    a = make("She starred in “Take Me Out to the Ball Game” and “Bathing Beauty”, her "
             "publicist Harlan Boll said.", "Daily A",
             quotes=[{"text": "Take Me Out to the Ball Game", "speaker": "Harlan Boll"}],
             people=[{"name": "Harlan Boll"}])
    b = make("Her films included “Take Me Out to the Ball Game, Too”, Harlan Boll said.",
             "Daily B",
             quotes=[{"text": "Take Me Out to the Ball Game, Too", "speaker": "Harlan Boll"}],
             people=[{"name": "Harlan Boll"}])
    assert not _values(reconcile(*story_of([a, b])), "quote")


def test_words_given_to_a_speaker_in_a_sentence_naming_the_other_are_no_conflict():
    words = "it appears to be a good shooting under the circumstances"
    a = make(f"Commissioner Ray Kellner said there was nothing wrong, while trainer John "
             f"Cerari said “{words}”.", "Daily A",
             quotes=[{"text": words, "speaker": "Ray Kellner"}],
             people=[{"name": "Ray Kellner"}, {"name": "John Cerari"}])
    b = make(f"Trainer John Cerari agreed, saying “{words}”.", "Daily B",
             quotes=[{"text": words, "speaker": "John Cerari"}],
             people=[{"name": "John Cerari"}])
    assert not [d for d in reconcile(*story_of([a, b])).discrepancies
                if d.kind == "quote" and d.about.startswith("who said")]
    # control: an outlet that gives the words to the commissioner alone conflicts
    c = make(f"Commissioner Ray Kellner told reporters “{words}”.", "Daily C",
             quotes=[{"text": words, "speaker": "Ray Kellner"}],
             people=[{"name": "Ray Kellner"}])
    assert [d for d in reconcile(*story_of([c, b])).discrepancies
            if d.kind == "quote" and d.about.startswith("who said")]


# ------------------------------------------------------------------ the dev7 part


def test_dev7_is_annotated_from_unused_train_topics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev7"] == ["4ecbplus", "19ecbplus", "26ecbplus", "30ecbplus"]
    others = {s for k, v in parts.items() if k != "dev7" for s in v}
    assert not set(parts["dev7"]) & others
    assert all(int(s.split("ecb")[0]) < 36 for s in parts["dev7"])  # never test topics
    items = [d for d in data["disagreements"] if d["subtopic"] in parts["dev7"]]
    assert len(items) == 23 and all(len(d["values"]) >= 2 for d in items)
