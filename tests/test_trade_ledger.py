"""The trade ledger (pure): merging mentions across articles and stories, status history,
conflicts kept and flagged, deadlines and the iCalendar file, the JSON contract."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.trade.deadlines import deadlines, to_ics
from storyline.trade.ledger import LedgerRow, build_ledger, ledger_dicts, product_keys
from storyline.trade.model import MeasureMention
from storyline.trade.places import find_places, normalise

RECORD_KEYS = {"id", "title", "imposed_by", "affects", "instrument", "mast", "products",
               "legal_basis", "status", "events", "stories"}
EVENT_KEYS = {"date", "action", "value", "previous", "effective", "citations"}
CITATION_KEYS = {"article_id", "external_id", "sentence"}


def mention(text: str, action: str, **kw: object) -> MeasureMention:
    fields: dict[str, object] = {"instrument": "tariff", "imposed_by": "United States",
                                 "affects": ["South Korea"], "products": ["cars"]}
    fields.update(kw)
    return MeasureMention(sentence=0, text=text, action=action, **fields)  # type: ignore[arg-type]


def row(article: str, story: int, published: str, *mentions: MeasureMention,
        outlet: str = "Harbour Post") -> LedgerRow:
    return LedgerRow(article_id=article, external_id=f"ext-{article}", outlet=outlet,
                     published=published, story_id=story, mentions=list(mentions),
                     seq=int(article[1:]))


def test_one_measure_carries_its_history_across_stories() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-03-12", mention("Washington cut car tariffs to 15%.", "cut",
                                           value="15%", previous="25%", date="2026-03-11",
                                           until="2026-06-14")),
        row("a2", 2, "2026-06-11", mention("The truce on car tariffs was extended.",
                                           "extended", date="2026-06-10",
                                           until="2026-09-12")),
        row("a3", 3, "2026-07-08", mention("A court ruled the car tariffs unlawful.",
                                           "ruled unlawful", date="2026-07-06")),
        row("a4", 3, "2026-07-08", mention("The appeals court stayed the ruling on car "
                                           "tariffs.", "upheld", date="2026-07-07")),
    ])
    assert len(ledger.records) == 1
    record = ledger.records[0]
    assert record.stories == [1, 2, 3]
    actions = [(e.date, e.action) for e in record.events]
    assert actions == [("2026-03-11", "cut"), ("2026-06-10", "extended"),
                       ("2026-06-14", "expires"), ("2026-07-06", "ruled unlawful"),
                       ("2026-07-07", "upheld"), ("2026-09-12", "expires")]
    assert record.status == "in force"  # the stay keeps the tariffs in place
    assert all(e.citations for e in record.events)
    expiry = next(e for e in record.events if e.date == "2026-06-14")
    assert [c.article_id for c in expiry.citations] == ["a1"]


def test_different_products_or_partners_are_different_measures() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-03-01", mention("Steel tariffs rose.", "raised",
                                           products=["steel"], affects=[])),
        row("a2", 1, "2026-03-01", mention("Soybean tariffs rose.", "raised",
                                           products=["soybeans"], affects=[])),
        row("a3", 2, "2026-04-01", mention("Tariffs on Chinese cars rose.", "raised",
                                           affects=["China"])),
        row("a4", 2, "2026-04-01", mention("Tariffs on Korean cars rose.", "raised")),
    ])
    assert len(ledger.records) == 4


def test_conflicting_reports_of_one_event_are_kept_and_flagged() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-03-12", mention("Seoul cut the levy to 10%.", "cut",
                                           value="10%", date="2026-03-11")),
        row("a2", 1, "2026-03-12", mention("Seoul cut the levy to 12%.", "cut",
                                           value="12%", date="2026-03-11"),
            outlet="Meridian Wire"),
        row("a3", 1, "2026-03-12", mention("Seoul cut the levy.", "cut")),
    ])
    (record,) = ledger.records
    assert sorted(e.value or "" for e in record.events) == ["10%", "12%"]
    full = ledger.full(record)
    assert full["conflicts"] and "10%" in full["conflicts"][0] and "12%" in full["conflicts"][0]
    assert all(e["detail"]["conflict"] for e in full["events"])


def test_two_dates_for_one_action_in_a_story_are_flagged() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-04-22", mention("It took effect on May 1.", "takes effect",
                                           date="2026-05-01")),
        row("a2", 1, "2026-04-22", mention("It took effect on May 2.", "takes effect",
                                           date="2026-05-02")),
    ])
    full = ledger.full(ledger.records[0])
    assert len(full["events"]) == 2 and len(full["conflicts"]) == 2


def test_tentative_talk_does_not_change_the_status() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-01-15", mention("Washington imposed chip controls.", "imposed",
                                           instrument="export control", products=["chips"],
                                           date="2026-01-15")),
        row("a2", 2, "2026-06-12", mention("Washington may roll back chip controls.",
                                           "revoked", instrument="export control",
                                           products=["semiconductors"], tentative=True)),
    ])
    (record,) = ledger.records
    assert record.status == "in force"
    assert [e.action for e in record.events] == ["imposed", "revoked"]
    assert ledger.full(record)["events"][1]["detail"]["tentative"] is True


def test_records_follow_the_json_contract_exactly() -> None:
    ledger = build_ledger([row("a1", 4, "2026-03-02", mention(
        "Brussels cut duties on Chinese cars from 25% to 10%.", "cut", imposed_by="European "
        "Union", affects=["China"], value="10%", previous="25%", date="2026-03-02",
        effective="2026-03-05", mast="D"))])
    (data,) = ledger_dicts(ledger)
    assert set(data) == RECORD_KEYS
    assert data["id"] == 1 and data["stories"] == [4]
    (event,) = data["events"]
    assert set(event) == EVENT_KEYS
    assert event["effective"] == "2026-03-05"
    assert set(event["citations"][0]) == CITATION_KEYS
    assert event["citations"][0]["external_id"] == "ext-a1"


def test_deadlines_and_the_icalendar_file() -> None:
    ledger = build_ledger([
        row("a1", 1, "2026-03-12", mention("Cut, truce ends June 14; effective March 16.",
                                           "cut", date="2026-03-11", effective="2026-03-16",
                                           until="2026-06-14")),
    ])
    items = deadlines(ledger)
    assert [(d.date, d.kind) for d in items] == [("2026-03-16", "takes effect"),
                                                 ("2026-06-14", "expires")]
    assert [d.date for d in deadlines(ledger, after="2026-04-01")] == ["2026-06-14"]
    ics = to_ics(items, now=datetime(2026, 3, 12, tzinfo=UTC))
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == 2 and "DTSTART;VALUE=DATE:20260614" in ics
    assert "\\;" in ics and "\\," in ics  # the sentence's ; and , are escaped
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_product_keys_fold_synonyms_and_drop_generic_words() -> None:
    assert product_keys(["advanced semiconductors"]) == product_keys(["AI chips"])
    assert product_keys(["rare-earth exports"]) == product_keys(["rare earth minerals"])
    assert product_keys(["goods", "imports"]) == set()


def test_jurisdictions_are_normalised_and_capitals_are_metonyms_only_as_actors() -> None:
    for name in ("U.S.", "the United States", "Washington", "America"):
        assert normalise(name) == "United States"
    assert normalise("Beijing's") == "China" and normalise("Brussels") == "European Union"
    assert normalise("Atlantis") is None
    assert [p.name for p in find_places("Beijing hit back against Washington.")] == [
        "China", "United States"]
    assert find_places("Talks in Washington ended without a deal.") == []
    assert find_places("us and eu officials") == []  # lower-case words are not places


def test_measure_sections_escape_article_text() -> None:
    from storyline.brief import Brief, render_html, render_markdown
    from storyline.records import Story

    ledger = build_ledger([row("a1", 1, "2026-03-12", mention(
        "Tariffs <script>alert(1)</script> were cut.", "cut", date="2026-03-11"))])
    brief = Brief(story=Story(id=1, title="A story"), measures=[ledger.full(ledger.records[0])])
    html = render_html(brief)
    assert "Trade measures" in html and "<script>alert" not in html
    assert "&lt;script&gt;" in html
    markdown = render_markdown(brief)
    assert "## Trade measures" in markdown and "<script>" not in markdown
