"""Real-coverage failure classes in reconciliation, on sentences written for these tests.

Class 3 (missed disagreements): clock times outlets give differently. Class 4 (false
disagreements): contractions typeset with spaces, one organisation or person named two ways,
unrelated quotes of one person, rounded figures. The analyses are built by hand (sentences,
quotes, figures) so that each rule is tested on its own, without a spaCy model.
"""

from __future__ import annotations

import re

from storyline.reconcile import ReconcileOptions, reconcile
from storyline.reconcile.figures import compatible_values
from storyline.reconcile.quotes import _one_name
from storyline.reconcile.text import fold, normalize, tokens
from storyline.records import Analysis, Article, Assignment, Figure, Quote, Sentence, Story


def _article(text: str, outlet: str, quotes: list[tuple[str, str]] = ()
             ) -> tuple[Article, Analysis, Assignment]:
    article = Article(text=text, outlet=outlet, published="2025-06-12", title=f"{outlet} news")
    sentences: list[Sentence] = []
    start = 0
    breaks = re.finditer(r"(?<=[.!?”])(?<![ap]\.m\.)\s+(?=[A-Z“])", text)
    for end in [m.start() for m in breaks] + [len(text)]:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        start = end + 1
    an = Analysis(article_id=article.id, version="test", reference_date="2025-06-12",
                  reference_from="metadata", sentences=sentences)
    for quoted, speaker in quotes:
        s = text.index(quoted)
        an.quotes.append(Quote(quoted, s, s + len(quoted), an.sentence_at(s), "direct",
                               speaker, speaker, cue="said"))
    return article, an, Assignment(article.id, 1, 0.9)


def _discrepancies(*items: tuple[Article, Analysis, Assignment],
                   options: ReconcileOptions | None = None) -> list:
    story = Story(id=1, title="test")
    return reconcile(story, list(items), options).discrepancies


# -- class 3: clock times -------------------------------------------------------------------


def test_different_clock_times_for_one_stop_are_a_time_discrepancy() -> None:
    a = _article("Highway patrol officers stopped the striker on Route 12 at about 2:30 a.m. "
                 "near the harbour bridge. He was released later.", "Coast Herald")
    b = _article("Highway patrol officers stopped the striker on Route 12 shortly after 2 a.m. "
                 "near the harbour bridge. He denied wrongdoing.", "Valley Times")
    times = [d for d in _discrepancies(a, b) if d.kind == "time"]
    assert len(times) == 1
    assert {v.value for v in times[0].values} == {"about 2:30 a.m.", "shortly after 2 a.m."}
    assert {c.outlet for v in times[0].values for c in v.citations} == {"Coast Herald",
                                                                         "Valley Times"}


def test_one_moment_in_two_time_zones_is_not_a_conflict() -> None:
    a = _article("The ferry docked at the northern pier at 9 a.m. Hong Kong time on Friday "
                 "after a night at sea.", "Harbour Post")
    b = _article("The ferry docked at the northern pier at 10 a.m. Tokyo time on Friday "
                 "after a night at sea.", "Eastgate Daily")
    assert not [d for d in _discrepancies(a, b) if d.kind == "time"]


def test_close_clock_times_and_unrelated_sentences_are_not_conflicts() -> None:
    a = _article("Paramedics reached the crossing at 7 p.m. and took the cyclist to hospital. "
                 "The council meets at 10 a.m. on Monday to discuss the junction.", "Metro One")
    b = _article("Paramedics reached the crossing at 7:05 p.m. and took the cyclist to "
                 "hospital. Flowers were left at the corner by 11 p.m.", "City Wire")
    assert not [d for d in _discrepancies(a, b) if d.kind == "time"]


def test_clock_tolerance_is_an_option() -> None:
    a = _article("Paramedics reached the crossing at 7 p.m. and took the cyclist to hospital.",
                 "Metro One")
    b = _article("Paramedics reached the crossing at 7:05 p.m. and took the cyclist to "
                 "hospital.", "City Wire")
    strict = ReconcileOptions(clock_slack_minutes=2)
    assert [d for d in _discrepancies(a, b, options=strict) if d.kind == "time"]


# -- class 4: false disagreements -----------------------------------------------------------


def test_contractions_typeset_with_spaces_fold_to_one_word() -> None:
    assert fold("It ’ s done, they hadn ’ t") == "it's done, they hadn't"
    assert normalize("It ’ s a sad day") == normalize("It's a sad day")
    assert tokens("I can't") == tokens("I cant")


def test_spaced_contractions_are_not_a_quote_or_negation_conflict() -> None:
    a = _article("The city attorney said the case hadn ’ t been submitted as of Tuesday. "
                 "“It ’ s disappointing to hear about the issue,” Smith said.", "Bay Courier",
                 quotes=[("It ’ s disappointing to hear about the issue,", "A. J. Smith")])
    b = _article("The city attorney said the case hadn't been submitted as of Tuesday. "
                 "“It's disappointing to hear about the issue,” Smith said.", "Surf News",
                 quotes=[("It's disappointing to hear about the issue,", "A. J. Smith")])
    kinds = {d.kind for d in _discrepancies(a, b)}
    assert "quote" not in kinds and "claim" not in kinds


def test_one_name_of_the_other_is_one_speaker() -> None:
    assert _one_name("Cheryl Boone Isaacs", "Boone Isaacs")
    assert _one_name("Ministry of Finance", "the finance ministry")
    assert not _one_name("Ministry of Finance", "Ministry of Defence")
    assert not _one_name("Cheryl Boone Isaacs", "Dawn Hudson")


def test_unrelated_quotes_of_one_person_are_not_wordings_of_one_statement() -> None:
    a = _article("The host wrote online: “It’s official: I’m hosting the awards!” "
                 "The comedian had hinted at the job for weeks.", "Screen Daily",
                 quotes=[("It’s official: I’m hosting the awards!", "Dana Fields")])
    b = _article("In a statement she added: “I am so excited to be hosting the awards for "
                 "the second time.” The ceremony is in March.", "Film Wire",
                 quotes=[("I am so excited to be hosting the awards for the second time.",
                          "Dana Fields")])
    assert not [d for d in _discrepancies(a, b) if d.kind == "quote"]


def test_a_rounded_figure_is_compatible_with_the_exact_one() -> None:
    def fig(value: float, bound: str) -> Figure:
        return Figure("x", 0, 1, 0, value, "metres", "count", bound)

    assert compatible_values(fig(600, "~"), fig(609, "="))
    assert not compatible_values(fig(600, "~"), fig(700, "="))
    assert not compatible_values(fig(600, "="), fig(609, "="))
    money = [Figure("x", 0, 1, 0, v, "EUR", "money", b) for v, b in ((35000, "~"), (34500, "="))]
    assert not compatible_values(*money)  # sums of money are not rounded away


def _with_person(item: tuple[Article, Analysis, Assignment], name: str, forms: list[str],
                 places: list[str]) -> tuple[Article, Analysis, Assignment]:
    from storyline.records import Entity, Mention, Person

    article, an, assignment = item
    text = article.text
    mentions = [Mention(f, text.index(f), text.index(f) + len(f), an.sentence_at(text.index(f)))
                for f in forms]
    an.people.append(Person(name, "person", [], mentions))
    for m in mentions:
        an.entities.append(Entity(m.text, "PERSON", m.start, m.end, m.sentence))
    for p in places:
        s = text.index(p)
        an.entities.append(Entity(p, "GPE", s, s + len(p), an.sentence_at(s)))
    return article, an, assignment


def test_a_person_from_two_places_is_a_place_discrepancy() -> None:
    a = _with_person(_article("Police arrested Anthony Reed, 36, of Northfield after the crash "
                              "outside the store.", "Metro One"),
                     "Anthony Reed", ["Anthony Reed"], ["Northfield"])
    b = _with_person(_article("The driver, Anthony Reed, 36, of Eastvale, was arrested a few "
                              "blocks away.", "City Wire"),
                     "Anthony Reed", ["Anthony Reed"], ["Eastvale"])
    places = [d for d in _discrepancies(a, b) if d.kind == "place"]
    assert len(places) == 1
    assert {v.value for v in places[0].values} == {"Northfield", "Eastvale"}


def test_one_place_named_more_fully_is_not_a_place_discrepancy() -> None:
    a = _with_person(_article("Police arrested Anthony Reed, 36, of Northfield after the crash "
                              "outside the store.", "Metro One"),
                     "Anthony Reed", ["Anthony Reed"], ["Northfield"])
    b = _with_person(_article("The driver, Anthony Reed of Northfield Heights, was arrested a "
                              "few blocks away.", "City Wire"),
                     "Anthony Reed", ["Anthony Reed"], ["Northfield Heights"])
    assert not [d for d in _discrepancies(a, b) if d.kind == "place"]


def test_a_year_typed_as_3025_is_a_date_discrepancy() -> None:
    a = _article("The summit of the harbour towns opened on March 3, 3025 in Velmora with "
                 "twelve delegations.", "Metro One")
    b = _article("The summit of the harbour towns opened on March 3, 2025 in Velmora, "
                 "officials said.", "City Wire")
    typos = [d for d in _discrepancies(a, b) if d.kind == "date" and "3025" in d.note]
    assert len(typos) == 1
    assert [v.value for v in typos[0].values] == ["March 3, 3025", "March 3, 2025"]


def _dated(text: str, outlet: str, published: str, when: str, value: str
           ) -> tuple[Article, Analysis, Assignment]:
    from dataclasses import replace

    from storyline.records import TimeExpr

    article, an, _ = _article(text, outlet)
    article = replace(article, published=published)
    s = text.index(when)
    an.times.append(TimeExpr(when, s, s + len(when), an.sentence_at(s), "DATE", value, "day"))
    an.reference_date = published[:10]
    return article, an, Assignment(article.id, 1, 0.9)


def test_one_moment_on_two_calendar_days_in_far_apart_zones_is_not_a_conflict() -> None:
    text = "The trade ministers signed the port agreement in Velmora on {} after long talks."
    a = _dated(text.format("Tuesday"), "Metro One", "2025-06-10T22:00:00-04:00",
               "Tuesday", "2025-06-10")
    b = _dated(text.format("Wednesday"), "Harbour Post", "2025-06-11T10:00:00+08:00",
               "Wednesday", "2025-06-11")
    assert not [d for d in _discrepancies(a, b) if d.kind == "date"]
    # The same two reports published in one time zone disagree.
    a_same = _dated(text.format("Tuesday"), "Metro One", "2025-06-11T09:00:00+08:00",
                    "Tuesday", "2025-06-10")
    assert [d for d in _discrepancies(a_same, b) if d.kind == "date"]
