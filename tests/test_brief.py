"""Briefs from hand-built reconciliations: key points, timeline, deadlines, contract, renderers."""

from __future__ import annotations

import json

import pytest
from test_reconcile import COASTAL, HARBOR, coastal, harbor, make, story_of

from storyline.brief import (
    Brief,
    build_brief,
    render_html,
    render_json,
    render_markdown,
    render_report,
)
from storyline.brief.keypoints import key_points
from storyline.brief.timeline import deadline
from storyline.reconcile import DurationMention, reconcile
from storyline.reconcile.model import Claim

# DESIGN's keys, and (added with the confidence model) the candidates it holds back
CONTRACT_KEYS = {"story", "key_points", "people", "quotes", "figures", "timeline",
                 "discrepancies", "possible_discrepancies", "single_source", "coverage",
                 "measures"}
ITEM_KEYS = CONTRACT_KEYS - {"story", "measures"}


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(reconcile(*story_of([harbor(), coastal()])))


def test_brief_json_has_exactly_the_contract_keys(brief):
    data = json.loads(render_json(brief))
    assert set(data) == CONTRACT_KEYS
    assert data["measures"] == []
    assert {"id", "title", "articles", "outlets", "first_published",
            "last_published"} <= set(data["story"])
    assert {"id", "external_id", "url", "outlet", "title", "published"} == set(
        data["story"]["articles"][0])


def test_every_item_has_citations_quoting_its_article(brief):
    texts = {harbor()[0].id: HARBOR, coastal()[0].id: COASTAL}
    data = brief.to_dict()
    for key in ITEM_KEYS:
        for item in data[key]:
            assert item["citations"], (key, item)
            for c in item["citations"]:
                assert {"article_id", "external_id", "sentence"} <= set(c)
                assert c["sentence"] in texts[c["article_id"]]


def test_discrepancies_follow_the_contract_shape(brief):
    # (shown or held back as possible by the confidence model: both lists have one shape)
    kinds = {d.kind for d in [*brief.discrepancies, *brief.possible_discrepancies]}
    assert {"name", "figure", "date", "quote"} <= kinds
    data = brief.to_dict()
    for d in [*data["discrepancies"], *data["possible_discrepancies"]]:
        assert {"kind", "about", "values", "note"} <= set(d)
        assert all({"value", "citations"} <= set(v) and v["citations"] for v in d["values"])


def test_key_points_are_cited_and_not_redundant(brief):
    assert 3 <= len(brief.key_points) <= 8
    texts = [k.text for k in brief.key_points]
    assert len(set(texts)) == len(texts)
    # The lead, reported by both outlets, comes first.
    assert brief.key_points[0].independent_outlets == 2


def test_key_points_prefer_corroborated_claims_and_skip_near_duplicates():
    claims = [
        Claim("c1", "The bridge over the Arno reopened on Friday after two years of repairs.",
              "corroborated", ["A", "B", "C"], 3, position=0.0, centrality=0.3),
        Claim("c2", "The bridge over the Arno reopened on Friday after two years of repair "
              "work.", "corroborated", ["A", "B"], 2, position=0.0, centrality=0.3),
        Claim("c3", "Traffic on the ring road is expected to fall by a third next month.",
              "corroborated", ["A", "C"], 2, position=0.3, centrality=0.2),
        Claim("c4", "A local cafe owner said she had waited years for the bridge to reopen.",
              "single-source", ["B"], 1, position=0.9, centrality=0.05),
    ]
    chosen = [k.claim_id for k in key_points(claims, k=2)]
    assert chosen == ["c1", "c3"]


def test_timeline_is_sorted_and_keeps_inferred_flags():
    a = make("The ferry sank on Monday off the northern coast, the coast guard said. Divers "
             "resumed the search on Wednesday, officials said.", "Daily A",
             times=[{"text": "Monday", "value": "2025-03-03", "granularity": "day",
                     "inferred": True},
                    {"text": "Wednesday", "value": "2025-03-05", "granularity": "day"}])
    b = make("Rescue teams first reached the site in February, according to the navy, "
             "months before the ferry sank.", "Daily B",
             times=[{"text": "February", "value": "2025-02", "granularity": "month"}])
    brief = build_brief(reconcile(*story_of([a, b])))
    dates = [t.date for t in brief.timeline]
    assert dates == sorted(dates) == ["2025-02", "2025-03-03", "2025-03-05"]
    assert [t.inferred for t in brief.timeline] == [False, True, False]


def test_remaining_days_become_a_deadline_from_publication(brief):
    deadlines = [t for t in brief.timeline if t.kind == "deadline"]
    assert len(deadlines) == 1
    assert deadlines[0].date == "2025-04-03"  # 30 days after 2025-03-04
    assert "publication" in (deadlines[0].note or "")


def test_window_from_a_month_gives_a_month_deadline_with_the_range():
    d = DurationMention(days=90, text="90 days", sentence="x", mode="window", amount=90,
                        unit="day", anchor="2025-05", anchor_granularity="month",
                        anchor_text="last month", inferred=True)
    entry = deadline(d)
    assert entry is not None
    assert entry.date == "2025-08" and entry.granularity == "month"
    assert "2025-07-30" in entry.note and "2025-08-29" in entry.note
    assert entry.inferred and "inferred" in entry.note


def test_window_from_a_day_gives_an_exact_deadline():
    d = DurationMention(days=14, text="two weeks", sentence="x", mode="window", amount=2,
                        unit="week", anchor="2025-03-03", anchor_granularity="day",
                        anchor_text="Monday")
    entry = deadline(d)
    assert entry is not None and entry.date == "2025-03-17"


def test_brief_round_trips_through_dicts(brief):
    assert Brief.from_dict(json.loads(render_json(brief))) == brief


# --------------------------------------------------------------------------- rendering

HOSTILE = (
    "The council voted on Tuesday to close the library, <script>alert('x')</script> said "
    "a resident who attended the meeting. Officials said the building would be sold."
)


@pytest.fixture(scope="module")
def hostile_brief() -> Brief:
    a = make(HOSTILE, "Evil <b>Outlet</b>",
             people=[{"name": "<img src=x onerror=alert(1)>", "mentions": ["resident"]}])
    return build_brief(reconcile(*story_of([a])))


def test_html_escapes_article_text_and_has_a_strict_csp(hostile_brief):
    page = render_html(hostile_brief)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert "<img" not in page and "<b>Outlet" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "http://" not in page and "https://" not in page


def test_html_shows_each_citation_with_outlet_and_sentence(brief):
    page = render_html(brief)
    assert page.startswith("<!DOCTYPE html>")
    assert "Harbor Times" in page and "Coastal Post" in page
    assert "Labour Minister Katrin Olssen said the deal would lift wages by 15% over three " \
           "years." in page.replace("&#39;", "'")


def test_report_has_a_table_of_contents_linking_each_brief(brief, hostile_brief):
    other = Brief.from_dict(hostile_brief.to_dict())
    other.story.id = 8
    page = render_report([brief, other], "Morning <report>")
    for sid in (7, 8):
        assert page.count(f'href="#story-{sid}"') == 1
        assert page.count(f'id="story-{sid}"') == 1
    assert page.index('id="story-7"') < page.index('id="story-8"')
    assert "Morning &lt;report&gt;" in page
    assert "<script" not in page.lower()


def test_markdown_has_every_section_and_no_raw_html(brief, hostile_brief):
    md = render_markdown(brief)
    for heading in ("## Key points", "## Where the outlets differ", "## People", "## Quotes",
                    "## Figures", "## Timeline", "## Reported by one outlet only",
                    "## Coverage"):
        assert heading in md
    assert "Katrin Olssen" in md
    assert "<script" not in render_markdown(hostile_brief)


def test_html_pages_are_well_formed(brief, hostile_brief):
    from html.parser import HTMLParser

    class Checker(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []
            self.errors: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag not in {"meta", "br", "hr", "img", "link"}:
                self.open.append(tag)

        def handle_endtag(self, tag):
            if not self.open or self.open.pop() != tag:
                self.errors.append(f"{tag} at {self.getpos()}")

    for page in (render_html(brief), render_report([brief, hostile_brief], "Both")):
        checker = Checker()
        checker.feed(page)
        assert checker.errors == [] and checker.open == []


@pytest.mark.parametrize(("sentence", "point"), [
    ("LISBON, May 2 (Harbor Times) - Dockworkers ended their strike.",
     "Dockworkers ended their strike."),
    ("OSLO — Talks resumed on Monday.", "Talks resumed on Monday."),
    ("- Ships are queueing outside the port", "Ships are queueing outside the port"),
    ("U.S. officials said - nothing more.", "U.S. officials said - nothing more."),
])
def test_key_points_drop_datelines_and_bullets(sentence, point):
    from storyline.brief.keypoints import clean_point

    assert clean_point(sentence) == point


def test_a_window_with_a_stated_end_becomes_a_deadline_on_that_date():
    d = DurationMention(days=60, text="60-day", sentence="x", mode="ends", amount=60,
                        unit="day", anchor="2026-06", anchor_granularity="month",
                        anchor_text="mid-June")
    entry = deadline(d)
    assert entry is not None and (entry.date, entry.granularity) == ("2026-06", "month")
    assert "mid-June" in (entry.note or "")
