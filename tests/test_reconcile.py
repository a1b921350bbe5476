"""Reconciliation on hand-built analyses: people, quotes, figures, dates, claims, coverage.

The articles are short reports written for these tests; the analyses are built by hand (as
the NLP stage would produce them) so that each rule is tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from storyline.reconcile import (
    CONFLICTING,
    CORROBORATED,
    SINGLE_SOURCE,
    Reconciliation,
    reconcile,
)
from storyline.reconcile.people import spelling_key
from storyline.reconcile.quotes import quote_similarity
from storyline.records import (
    Analysis,
    Article,
    Assignment,
    Entity,
    Figure,
    Mention,
    Person,
    Quote,
    Role,
    Sentence,
    Story,
    StoryArticle,
    TimeExpr,
)

# --------------------------------------------------------------------------- builders

_END = re.compile(r"[.!?][”\"]?(?=\s|$)|\n")


def sentences_of(text: str) -> list[Sentence]:
    """Sentences at . ! ? (with a closing quote) before a space, and at line breaks."""
    sents: list[Sentence] = []
    start = 0
    for m in [*_END.finditer(text), None]:
        end = len(text) if m is None else (m.start() if m.group() == "\n" else m.end())
        piece = text[start:end]
        if piece.strip():
            s = start + len(piece) - len(piece.lstrip())
            sents.append(Sentence(len(sents), s, end, text[s:end]))
        if m is None:
            break
        start = m.end()
    return sents


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    assert len(starts) > nth, f"{needle!r} not in text"
    return starts[nth], starts[nth] + len(needle)


def _sentence(an: Analysis, offset: int) -> int:
    return an.sentence_at(offset)


def make(
    text: str,
    outlet: str,
    published: str = "2025-03-04",
    people: list[dict[str, Any]] = (),
    quotes: list[dict[str, Any]] = (),
    figures: list[dict[str, Any]] = (),
    times: list[dict[str, Any]] = (),
    entities: list[tuple[str, str]] = (),
    reference_from: str = "metadata",
) -> tuple[Article, Analysis]:
    article = Article(text=text, outlet=outlet, published=published, title=f"{outlet} report",
                      external_id=f"{outlet.lower().replace(' ', '-')}-1")
    an = Analysis(article_id=article.id, version="test", reference_date=published,
                  reference_from=reference_from, sentences=sentences_of(text))
    for ent_text, label in entities:
        for m in re.finditer(re.escape(ent_text), text):
            an.entities.append(Entity(ent_text, label, m.start(), m.end(), _sentence(an, m.start())))
    for p in people:
        mentions = []
        for form in p.get("mentions", [p["name"]]):
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if any(x.start <= m.start() < x.end for x in mentions):
                    continue
                mentions.append(Mention(form, m.start(), m.end(), _sentence(an, m.start())))
        roles = []
        for r in p.get("roles", []):
            s, _ = _span(text, r)
            roles.append(Role(r, _sentence(an, s)))
        an.people.append(Person(p["name"], p.get("kind", "person"), roles, mentions))
        if p.get("kind", "person") == "person":
            for m in mentions:
                an.entities.append(Entity(m.text, "PERSON", m.start, m.end, m.sentence))
    for q in quotes:
        s, e = _span(text, q["text"])
        an.quotes.append(Quote(q["text"], s, e, _sentence(an, s), q.get("kind", "direct"),
                               q.get("speaker"), q.get("speaker_text", q.get("speaker")),
                               cue=q.get("cue", "said")))
    for f in figures:
        s, e = _span(text, f["text"])
        an.figures.append(Figure(f["text"], s, e, _sentence(an, s), f["value"], f["unit"],
                                 f["kind"], f.get("bound", "="), f.get("value_max"),
                                 f.get("about")))
    for t in times:
        s, e = _span(text, t["text"], t.get("nth", 0))
        an.times.append(TimeExpr(t["text"], s, e, _sentence(an, s), t.get("type", "DATE"),
                                 t["value"], t.get("granularity"), None,
                                 t.get("inferred", False)))
    return article, an


def story_of(pairs: list[tuple[Article, Analysis]],
             copies: dict[str, str] | None = None) -> tuple[Story, list]:
    copies = copies or {}
    items = [(a, an, Assignment(a.id, 7, 0.9, copies.get(a.id))) for a, an in pairs]
    story = Story(
        id=7, title="Port strike ends",
        articles=[StoryArticle(a.id, a.external_id, a.url, a.outlet, a.title, a.published)
                  for a, _ in pairs],
        outlets=sorted({a.outlet or "" for a, _ in pairs}),
        first_published=min(a.published or "" for a, _ in pairs),
        last_published=max(a.published or "" for a, _ in pairs),
    )
    return story, items


def values_of(rec: Any, kind: str) -> list[set[str]]:
    """The values of each discrepancy of ``kind`` in a reconciliation, as sets."""
    return [{v.value for v in d.values} for d in rec.discrepancies if d.kind == kind]


def reconcile_texts(*texts: str, published: str | Sequence[str | None] | None = None,
                    **options: Any) -> Reconciliation:
    """One story of short reports, one outlet each ("Daily 0", "Daily 1", …), each analysed
    afresh; undated unless ``published`` is given (as ECB+ and half of scraped articles
    are: weekdays stay weekdays) — one date for all, or one per text, where "text:2025-03-04"
    is a date read from the article's own text (a dateline); ``options`` are
    ReconcileOptions fields."""
    from storyline.nlp.pipeline import analyze
    from storyline.reconcile import ReconcileOptions

    dates = [published] * len(texts) if published is None or isinstance(published, str) \
        else list(published)
    items = []
    for n, (text, date) in enumerate(zip(texts, dates, strict=True)):
        article = Article(id=f"a{n}", text=text, outlet=f"Daily {n}", title=f"report {n}",
                          published=date.removeprefix("text:") if date else None,
                          published_from=("text" if date.startswith("text:") else "metadata")
                          if date else "unknown")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    return reconcile(Story(id=1, title="test"), items, ReconcileOptions(**options))


def reported_values(rec: Reconciliation, kind: str | None = None) -> list[set[str]]:
    """Each reported discrepancy's values (of one kind, when given)."""
    return [{v.value for v in d.values} for d in rec.discrepancies
            if kind is None or d.kind == kind]


def has_values(rec: Reconciliation, *values: str) -> bool:
    """Does one report hold every one of ``values`` (each inside one of its values)?"""
    return any(all(any(v in x for x in found) for v in values)
               for found in reported_values(rec))


def docs_of(*pairs: tuple[Article, Analysis]) -> list[Any]:
    """The reconcile stage's documents of (article, analysis) pairs in one story."""
    from storyline.reconcile.evidence import build_docs

    _, items = story_of(list(pairs))
    return build_docs(items)


# --------------------------------------------------------------------------- the story

HARBOR = (
    "Dockworkers at the Port of Halden ended a nine-day strike on Monday after union leaders "
    "and port operators reached a tentative wage deal. "
    "Labour Minister Katrin Olsen, who brokered the talks, said the agreement would raise "
    "wages by 12% over three years. "
    "“We have a deal that keeps the port open and pays people fairly,” Olsen told reporters. "
    "Union chief Marco Devlin said members would vote on the deal within two weeks. "
    "The strike had stranded more than 40 ships in the harbour, according to the port "
    "authority. "
    "Only 30 days remain before the old contract expires, Devlin warned."
)
COASTAL = (
    "A nine-day dockworkers’ strike at the Port of Halden ended on Sunday with a tentative "
    "wage agreement between the union and port operators. "
    "Labour Minister Katrin Olssen said the deal would lift wages by 15% over three years. "
    "“We have a deal that keeps the port open and pays everyone fairly,” Olssen said. "
    "Union leader Marco Devlin told members they would vote on the agreement within two "
    "weeks. "
    "Shipping agents said more than 40 ships had been left waiting offshore during the "
    "strike. "
    "Local fishermen staged a separate protest over fuel prices outside the town hall."
)


def harbor() -> tuple[Article, Analysis]:
    return make(
        HARBOR, "Harbor Times",
        people=[
            {"name": "Katrin Olsen", "roles": ["Labour Minister"],
             "mentions": ["Katrin Olsen", "Olsen"]},
            {"name": "Marco Devlin", "roles": ["Union chief"],
             "mentions": ["Marco Devlin", "Devlin"]},
            {"name": "Port of Halden", "kind": "org"},
        ],
        quotes=[
            {"text": "We have a deal that keeps the port open and pays people fairly",
             "speaker": "Katrin Olsen", "speaker_text": "Olsen", "cue": "told reporters"},
            {"text": "the agreement would raise wages by 12% over three years", "kind": "indirect",
             "speaker": "Katrin Olsen"},
        ],
        figures=[
            {"text": "12%", "value": 12, "unit": "%", "kind": "percent", "about": "wages"},
            {"text": "more than 40 ships", "value": 40, "unit": "ships", "kind": "count",
             "bound": ">", "about": "ships"},
        ],
        times=[
            {"text": "Monday", "value": "2025-03-03", "granularity": "day"},
            {"text": "30 days", "type": "DURATION", "value": "P30D"},
        ],
        entities=[("Port of Halden", "FAC"), ("Halden", "GPE")],
    )


def coastal() -> tuple[Article, Analysis]:
    return make(
        COASTAL, "Coastal Post",
        people=[
            {"name": "Katrin Olssen", "roles": ["Labour Minister"],
             "mentions": ["Katrin Olssen", "Olssen"]},
            {"name": "Marco Devlin", "roles": ["Union leader"], "mentions": ["Marco Devlin"]},
            {"name": "Port of Halden", "kind": "org"},
        ],
        quotes=[
            {"text": "We have a deal that keeps the port open and pays everyone fairly",
             "speaker": "Katrin Olssen", "speaker_text": "Olssen"},
        ],
        figures=[
            {"text": "15%", "value": 15, "unit": "%", "kind": "percent", "about": "wages"},
            {"text": "more than 40 ships", "value": 40, "unit": "ships", "kind": "count",
             "bound": ">", "about": "ships"},
        ],
        times=[{"text": "Sunday", "value": "2025-03-02", "granularity": "day"}],
        entities=[("Port of Halden", "FAC"), ("Halden", "GPE")],
    )


@pytest.fixture(scope="module")
def rec() -> Reconciliation:
    story, items = story_of([harbor(), coastal()])
    return reconcile(story, items)


def _person(rec: Reconciliation, surname: str):
    found = [p for p in rec.people if any(surname in v.name for v in p.variants)]
    assert len(found) == 1, [p.name for p in rec.people]
    return found[0]


# --------------------------------------------------------------------------- people


def test_spelling_variants_of_one_person_merge_with_a_name_discrepancy(rec):
    olsen = _person(rec, "Ols")
    assert {v.name for v in olsen.variants} == {"Katrin Olsen", "Katrin Olssen"}
    assert olsen.outlets == ["Harbor Times", "Coastal Post"] or set(olsen.outlets) == {
        "Harbor Times", "Coastal Post"}
    names = [d for d in rec.discrepancies if d.kind == "name"]
    assert len(names) == 1
    cited = {c.outlet for v in names[0].values for c in v.citations}
    assert cited == {"Harbor Times", "Coastal Post"}
    for v in names[0].values:
        assert all(v.value.split()[-1] in c.sentence for c in v.citations)


def test_canonical_name_prefers_more_mentions_and_notes_the_disagreement(rec):
    olsen = _person(rec, "Ols")
    # Harbor Times mentions "Olsen" three times, Coastal Post "Olssen" twice.
    assert olsen.name == "Katrin Olsen"
    assert "spell" in (olsen.note or "")


def test_roles_from_every_article_are_kept_with_citations(rec):
    devlin = _person(rec, "Devlin")
    assert {r.text for r in devlin.roles} == {"Union chief", "Union leader"}
    assert all(r.citations for r in devlin.roles)
    assert not [d for d in rec.discrepancies if d.kind == "name" and "Devlin" in d.about]


def test_different_first_names_with_one_surname_stay_apart_without_role_evidence():
    a = make("Anna Becker, a spokeswoman for the city council, said the road would reopen "
             "on Friday after repairs.", "Daily A",
             people=[{"name": "Anna Becker", "roles": ["spokeswoman for the city council"]}])
    b = make("Thomas Becker, who owns a bakery on the road, said business had fallen by "
             "half since the closure.", "Daily B",
             people=[{"name": "Thomas Becker", "roles": ["owns a bakery"]}])
    rec = reconcile(*story_of([a, b]))
    assert sorted(p.name for p in rec.people) == ["Anna Becker", "Thomas Becker"]
    assert not [d for d in rec.discrepancies if d.kind == "name"]


def test_surname_only_person_joins_the_full_name_in_another_article():
    a = make("Finance Minister Laura Quint presented the budget to parliament on Tuesday, "
             "promising lower taxes for small firms.", "Daily A",
             people=[{"name": "Laura Quint", "roles": ["Finance Minister"]}])
    b = make("Opposition members heckled Quint as she presented a budget that cuts taxes "
             "for small firms.", "Daily B", people=[{"name": "Quint", "mentions": ["Quint"]}])
    rec = reconcile(*story_of([a, b]))
    assert [p.name for p in rec.people if p.kind == "person"] == ["Laura Quint"]
    assert not rec.discrepancies


def test_dissimilar_surnames_with_one_first_name_do_not_merge():
    a = make("Police chief Daniel Ruiz said officers had arrested two suspects near the "
             "station.", "Daily A", people=[{"name": "Daniel Ruiz", "roles": ["Police chief"]}])
    b = make("Witness Daniel Brooks said he saw two men running from the station.", "Daily B",
             people=[{"name": "Daniel Brooks", "roles": ["Witness"]}])
    rec = reconcile(*story_of([a, b]))
    assert len([p for p in rec.people if p.kind == "person"]) == 2


def test_spelling_key_ignores_case_accents_order_and_initials():
    assert spelling_key("José M. Álvarez") == spelling_key("jose alvarez")
    assert spelling_key("Katrin Olsen") != spelling_key("Katrin Olssen")


def test_organisations_merge_with_their_acronym():
    a = make("The World Health Organization declared the outbreak over on Thursday after "
             "42 days without a new case.", "Daily A",
             people=[{"name": "World Health Organization", "kind": "org"}])
    b = make("The WHO said on Thursday that the outbreak was over after 42 days without a "
             "new case.", "Daily B", people=[{"name": "WHO", "kind": "org"}])
    rec = reconcile(*story_of([a, b]))
    orgs = [p for p in rec.people if p.kind == "org"]
    assert len(orgs) == 1 and orgs[0].name == "World Health Organization"


# --------------------------------------------------------------------------- quotes


def test_variant_wordings_of_one_quote_align_and_are_flagged(rec):
    aligned = [q for q in rec.quotes if q.speaker == "Katrin Olsen" and len(q.outlets) == 2]
    assert len(aligned) == 1
    q = aligned[0]
    assert q.variance
    assert "direct" in q.kinds
    disc = [d for d in rec.discrepancies if d.kind == "quote"]
    assert len(disc) == 1
    assert {c.outlet for v in disc[0].values for c in v.citations} == {"Harbor Times",
                                                                         "Coastal Post"}


def test_quotes_differing_only_in_punctuation_and_case_are_not_a_discrepancy():
    a = make("“We will rebuild every home,” the mayor, Ines Karlsson, said on Sunday.",
             "Daily A", people=[{"name": "Ines Karlsson", "roles": ["mayor"]}],
             quotes=[{"text": "We will rebuild every home", "speaker": "Ines Karlsson"}])
    b = make("Mayor Ines Karlsson said: “we will rebuild every home.” She spoke on Sunday.",
             "Daily B", people=[{"name": "Ines Karlsson", "roles": ["Mayor"]}],
             quotes=[{"text": "we will rebuild every home.", "speaker": "Ines Karlsson"}])
    rec = reconcile(*story_of([a, b]))
    assert len(rec.quotes) == 1 and not rec.quotes[0].variance
    assert not [d for d in rec.discrepancies if d.kind == "quote"]


def test_a_direct_quote_aligns_with_an_indirect_report_of_it():
    a = make("“Twenty of the 45 beds are already taken,” the hospital director, Omar Haddad, "
             "said.", "Daily A", people=[{"name": "Omar Haddad", "roles": ["hospital director"]}],
             quotes=[{"text": "Twenty of the 45 beds are already taken", "speaker": "Omar Haddad"}])
    b = make("Hospital director Omar Haddad said that 20 beds were already taken, leaving "
             "little room for new patients.", "Daily B",
             people=[{"name": "Omar Haddad", "roles": ["Hospital director"]}],
             quotes=[{"text": "20 beds were already taken, leaving little room for new patients",
                      "kind": "indirect", "speaker": "Omar Haddad"}])
    rec = reconcile(*story_of([a, b]))
    assert len(rec.quotes) == 1
    assert rec.quotes[0].kinds == ["direct", "indirect"]
    assert not rec.quotes[0].variance  # a paraphrase is not a wording conflict


def test_quote_similarity_separates_different_statements():
    same = quote_similarity("If the river rises again, we will evacuate the whole valley.",
                            "If the river rises again we will have to evacuate the valley.")
    other = quote_similarity("If the river rises again, we will evacuate the whole valley.",
                             "The budget for flood defences was cut twice in five years.")
    assert same >= 0.7 > other


# --------------------------------------------------------------------------- figures


def test_equal_figures_with_equivalent_bounds_agree(rec):
    ships = [f for f in rec.figures if f.unit == "ships"]
    assert len(ships) == 1
    assert ships[0].agreement and ships[0].corroboration == 2


def test_different_values_for_the_same_thing_are_a_figure_discrepancy(rec):
    wages = [f for f in rec.figures if f.unit == "%"]
    assert len(wages) == 1 and not wages[0].agreement
    disc = [d for d in rec.discrepancies if d.kind == "figure"]
    assert len(disc) == 1
    assert {v.value for v in disc[0].values} == {"12%", "15%"}


def test_two_numbers_in_one_sentence_are_not_a_conflict():
    text_a = "Of the 90 days allowed, 30 have been used, leaving 60 days for the talks."
    text_b = "Negotiators have used 30 of their 90 days and have 60 days left for the talks."
    figs = [("90 days", 90), ("30", 30), ("60 days", 60)]
    a = make(text_a, "Daily A", figures=[
        {"text": t, "value": v, "unit": "day", "kind": "duration", "about": "days"}
        for t, v in figs])
    b = make(text_b, "Daily B", figures=[
        {"text": t, "value": v, "unit": "day", "kind": "duration", "about": "days"}
        for t, v in [("30", 30), ("90 days", 90), ("60 days", 60)]])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "figure"]
    assert sorted(f.value for f in rec.figures) == [30, 60, 90]
    assert all(f.corroboration == 2 for f in rec.figures)


# --------------------------------------------------------------------------- dates, claims


def test_aligned_sentences_with_different_dates_are_a_date_discrepancy(rec):
    dates = [d for d in rec.discrepancies if d.kind == "date"]
    assert len(dates) == 1
    values = " ".join(v.value for v in dates[0].values)
    assert "2025-03-03" in values and "2025-03-02" in values


def test_claims_made_by_both_outlets_are_corroborated(rec):
    by_status = {c.status for c in rec.claims}
    assert CORROBORATED in by_status or CONFLICTING in by_status
    devlin = [c for c in rec.claims if "vote" in c.text]
    assert devlin and devlin[0].status == CORROBORATED and devlin[0].independent_outlets == 2


def test_a_claim_one_outlet_makes_is_single_source(rec):
    protest = [c for c in rec.claims if "fishermen" in c.text]
    assert protest and protest[0].status == SINGLE_SOURCE
    assert protest[0].outlets == ["Coastal Post"]


def test_a_claim_with_conflicting_figures_is_conflicting(rec):
    wages = [c for c in rec.claims if "three years" in c.text]
    assert wages and wages[0].status == CONFLICTING


def test_a_near_copy_does_not_corroborate():
    a = harbor()
    copy_text = HARBOR.replace("Dockworkers at", "Striking dockworkers at")
    b = make(copy_text, "Syndicated Wire")
    rec = reconcile(*story_of([a, b], copies={b[0].id: a[0].id}))
    assert all(c.status == SINGLE_SOURCE for c in rec.claims)
    assert any(c.copies for c in rec.claims)
    wire = next(r for r in rec.coverage if r.outlet == "Syndicated Wire")
    assert not wire.independent and wire.copy_of == [a[0].id]
    assert wire.corroborates == wire.only_here == 0  # a copy makes no claim of its own
    original = next(r for r in rec.coverage if r.outlet == "Harbor Times")
    assert original.only_here == len(rec.claims)


def test_boilerplate_and_headings_are_not_claims():
    text = ("Storm Closes Coastal Highway\nHeavy rain closed the coastal highway for a second "
            "day on Tuesday, officials said. You must log in to post a comment.")
    a = make(text, "Daily A")
    rec = reconcile(*story_of([a]))
    assert [c.text for c in rec.claims] == [
        "Heavy rain closed the coastal highway for a second day on Tuesday, officials said."]


# --------------------------------------------------------------------------- events, coverage


def test_dated_events_and_remaining_durations_are_kept(rec):
    values = {e.value for e in rec.events}
    assert {"2025-03-03", "2025-03-02"} <= values
    remaining = [d for d in rec.durations if d.mode == "remaining"]
    assert len(remaining) == 1
    assert remaining[0].anchor == "2025-03-04" and remaining[0].amount == 30


def test_coverage_counts_each_outlet(rec):
    rows = {r.outlet: r for r in rec.coverage}
    assert set(rows) == {"Harbor Times", "Coastal Post"}
    assert rows["Coastal Post"].only_here >= 1
    assert rows["Harbor Times"].corroborates >= 1
    assert all(r.independent for r in rows.values())


def citations_in(node: Any) -> Iterator[dict[str, Any]]:
    """Every citation anywhere in a (nested) dict of a reconciliation or brief."""
    if isinstance(node, dict):
        if {"article_id", "sentence"} <= node.keys():
            yield node
        for v in node.values():
            yield from citations_in(v)
    elif isinstance(node, list):
        for v in node:
            yield from citations_in(v)


def test_reconciliation_round_trips_through_dicts(rec):
    assert Reconciliation.from_dict(rec.to_dict()) == rec


def test_every_citation_quotes_a_sentence_of_its_article(rec):
    texts = {a.id: t for a, t in ((harbor()[0], HARBOR), (coastal()[0], COASTAL))}
    dicts = rec.to_dict()


    cites = list(citations_in(dicts))
    assert cites
    for c in cites:
        assert c["sentence"] and c["sentence"] in texts[c["article_id"]]


def test_framing_led_by_versus_represented_by_is_a_discrepancy():
    a = make("The talks in Vienna were led by Foreign Minister Petra Lind and her counterpart "
             "Amir Sadeghi, officials said.", "Daily A",
             people=[{"name": "Petra Lind", "roles": ["Foreign Minister"]},
                     {"name": "Amir Sadeghi"}])
    b = make("Sweden was represented by Foreign Minister Petra Lind, Trade Minister Jonas Berg "
             "and envoy Maja Holm at the talks in Vienna, which officials said were cordial.",
             "Daily B",
             people=[{"name": "Petra Lind", "roles": ["Foreign Minister"]},
                     {"name": "Jonas Berg", "roles": ["Trade Minister"]},
                     {"name": "Maja Holm", "roles": ["envoy"]}])
    rec = reconcile(*story_of([a, b]))
    framing = [d for d in rec.discrepancies if d.kind == "framing"]
    assert len(framing) == 1 and "Petra Lind" in framing[0].about
    assert {c.outlet for v in framing[0].values for c in v.citations} == {"Daily A", "Daily B"}


def test_a_side_represented_by_one_person_alone_is_led_by_that_person():
    a = make("Sweden's delegation was led by Foreign Minister Petra Lind, officials said.",
             "Daily A", people=[{"name": "Petra Lind", "roles": ["Foreign Minister"]}])
    b = make("Sweden was represented by Foreign Minister Petra Lind at the talks in Vienna, "
             "which officials said were cordial.", "Daily B",
             people=[{"name": "Petra Lind", "roles": ["Foreign Minister"]}])
    rec = reconcile(*story_of([a, b]))
    assert [d for d in rec.discrepancies if d.kind == "framing"] == []


def test_an_empty_story_reconciles_to_nothing():
    rec = reconcile(Story(id=1, title="empty"), [])
    assert rec.people == [] and rec.claims == [] and rec.coverage == []


def test_an_undated_article_borrows_the_date_of_the_same_event_elsewhere():
    dated = make("The central bank raised its main interest rate to 4.5% on Thursday, citing "
                 "stubborn inflation in food prices.", "Daily A",
                 times=[{"text": "Thursday", "value": "2025-03-06", "granularity": "day"}])
    undated = make("On Thursday the central bank raised its main interest rate to 4.5%, "
                   "pointing to stubborn food inflation.", "Daily B", published=None,
                   times=[{"text": "Thursday", "value": None, "granularity": "day"}])
    rec = reconcile(*story_of([dated, undated]))
    assert len(rec.events) == 1
    event = rec.events[0]
    assert event.value == "2025-03-06" and event.inferred
    assert set(event.outlets) == {"Daily A", "Daily B"}
    # Told in the words of the article that dated the event itself.
    assert event.text.startswith("The central bank raised")


def test_an_undated_article_is_read_as_of_the_story_date_and_says_so():
    dated = make("The central bank raised its main interest rate to 4.5% on Thursday, citing "
                 "stubborn inflation in food prices.", "Daily A",
                 times=[{"text": "Thursday", "value": "2025-03-06", "granularity": "day"}])
    undated = make("Farmers blocked roads near the capital on Thursday to protest against "
                   "cheap imports of grain.", "Daily B", published=None,
                   times=[{"text": "Thursday", "value": None, "granularity": "day"}])
    rec = reconcile(*story_of([dated, undated]))
    assert sorted(e.outlets[0] for e in rec.events) == ["Daily A", "Daily B"]
    guessed = next(e for e in rec.events if e.outlets == ["Daily B"])
    assert guessed.inferred and "no date" in (guessed.note or "")
    assert guessed.value.startswith("2025-0")


def test_coverage_lists_the_named_sources_each_outlet_relays(rec):
    rows = {r.outlet: r for r in rec.coverage}
    assert rows["Harbor Times"].sources[0] == "Katrin Olsen"


def test_one_outlet_negating_what_another_states_is_a_claim_conflict():
    a = make("The mayor confirmed on Monday that the stadium project would go ahead as "
             "planned.", "Daily A")
    b = make("The mayor said on Monday that the stadium project would not go ahead as "
             "planned.", "Daily B")
    rec = reconcile(*story_of([a, b]))
    claims = [d for d in rec.discrepancies if d.kind == "claim"]
    assert len(claims) == 1
    assert {c.outlet for v in claims[0].values for c in v.citations} == {"Daily A", "Daily B"}
    assert rec.claims[0].status == CONFLICTING


def test_two_outlets_both_negating_is_agreement():
    a = make("The mayor did not say when the stadium project would resume.", "Daily A")
    b = make("The mayor would not say when work on the stadium project would resume.",
             "Daily B")
    rec = reconcile(*story_of([a, b]))
    assert not rec.discrepancies
    assert rec.claims[0].status == CORROBORATED


def test_two_names_one_article_told_apart_never_merge_through_a_third():
    # Article A names both; B's "Ruth Calder" and C's "Ruth Calder" must not pull
    # "Ian Calder" and "Ruth Calder" together, whatever the roles say.
    a = make("Deputy Ian Calder was injured in the crash, and his wife Ruth Calder, also a "
             "deputy, was treated at the scene.", "Daily A",
             people=[{"name": "Ian Calder", "roles": ["Deputy"]},
                     {"name": "Ruth Calder", "roles": ["also a deputy"]}])
    b = make("Deputy Ruth Calder spoke to reporters outside the hospital on Friday evening.",
             "Daily B", people=[{"name": "Ruth Calder", "roles": ["Deputy"]}])
    c = make("Deputy Ian Calder remains in hospital with a broken leg, officials said.",
             "Daily C", people=[{"name": "Ian Calder", "roles": ["Deputy"]}])
    rec = reconcile(*story_of([a, b, c]))
    assert sorted(p.name for p in rec.people) == ["Ian Calder", "Ruth Calder"]


def test_a_relational_role_is_no_evidence_for_merging():
    a = make("Maria Lenz, the widow of a fire captain, said she would sue the city.",
             "Daily A", people=[{"name": "Maria Lenz", "roles": ["widow of a fire captain"]}])
    b = make("Fire captain Paul Lenz died in the warehouse blaze last year, records show.",
             "Daily B", people=[{"name": "Paul Lenz", "roles": ["Fire captain"]}])
    rec = reconcile(*story_of([a, b]))
    assert len(rec.people) == 2


def test_an_acronym_with_two_possible_expansions_joins_neither():
    a = make("The Associated Press reported the verdict shortly after noon on Friday.",
             "Daily A", people=[{"name": "Associated Press", "kind": "org"}])
    b = make("Critics compared the film to American Pie, the comedy from the late 1990s.",
             "Daily B", people=[{"name": "American Pie", "kind": "org"}])
    c = make("AP photographers were barred from the courtroom during the verdict.",
             "Daily C", people=[{"name": "AP", "kind": "org"}])
    rec = reconcile(*story_of([a, b, c]))
    assert len(rec.people) == 3


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("Anna Kowalczik", "Anna Kowalczyk", True),
    ("Hugh Hefner", "Hugh Heffner", True),
    ("Mark Jay Heller", "Mark Heller", False),
    ("Sam Dalembert", "Samuel Dalembert", False),
    ("Katrin Olsen", "Katrin Olsen", False),
    ("Anna Becker", "Thomas Becker", False),
])
def test_spelling_conflicts_are_spellings_not_fuller_or_short_forms(a, b, conflict):
    from storyline.reconcile.people import spelling_conflict

    assert spelling_conflict(a, b) is conflict


def test_distant_dates_in_aligned_sentences_are_different_events_not_a_conflict():
    a = make("The museum reopened on Saturday after a fire closed it in 2019, the city said.",
             "Daily A", times=[{"text": "Saturday", "value": "2025-03-01",
                                "granularity": "day"}])
    b = make("The museum, closed by a fire on March 3, 2019, reopened this weekend, the city "
             "said.", "Daily B", times=[{"text": "March 3, 2019", "value": "2019-03-03",
                                         "granularity": "day"}])
    rec = reconcile(*story_of([a, b]))
    assert not [d for d in rec.discrepancies if d.kind == "date"]
