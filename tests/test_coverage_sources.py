"""Real-coverage failure classes at the edges: web noise, site names in titles, pages that
are not news, summary-only feed items, other languages (class 5), and one outlet's day of
unrelated news glued together by its own name (class 1). Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.errors import InputError
from storyline.reconcile import reconcile
from storyline.records import Analysis, Article, Assignment, Entity, Sentence, Story
from storyline.sources.cleaning import clean_title, not_news, remove_noise
from storyline.sources.language import detect_language, is_foreign
from storyline.sources.text import build_article, is_summary_only
from storyline.stories import StoryIndex

TODAY = date(2025, 6, 12)
BODY = (
    "The harbour authority in Velmora said on Tuesday that the eastern pier would close "
    "for six weeks of repairs after storm damage, diverting ferries to the northern quay. "
    "Officials expect the work to cost about 4 million euros."
)


def test_site_furniture_lines_are_dropped_anywhere() -> None:
    text = ("Skip to content\nHome › World › Europe\nAdvertisement | Remove ads\n"
            "Courtesy Velmora Port Authority\n"
            f"{BODY}\nShare | Tweet | Email\nWe use cookies to improve your experience. "
            "Accept all cookies\nThe ferries will run every hour.")
    cleaned = remove_noise(text)
    assert cleaned.split("\n") == [BODY, "The ferries will run every hour."]


def test_a_byline_label_line_is_dropped_but_a_sentence_about_an_author_kept() -> None:
    text = f"Author: Marcus Lindqvist (KVRT)\n{BODY}"
    assert remove_noise(text) == BODY
    line = "Author Marcus Lindqvist said the pier had been closed twice before."
    assert remove_noise(line) == line


def test_a_sentence_mentioning_advertisements_is_kept() -> None:
    line = "Advertisement revenue at the paper fell by a third last year, the owners said."
    assert remove_noise(line) == line


def test_titles_lose_the_site_name() -> None:
    assert clean_title("Pier closes for repairs | CNN Politics") == "Pier closes for repairs"
    assert clean_title("Ferries diverted after storm - BusinessWeek") == (
        "Ferries diverted after storm")
    assert clean_title("Storm damage: pier shut - Velmora Gazette", "velmora-gazette.example"
                       ) == "Storm damage: pier shut"
    assert clean_title("Pier to close for repairs -- Velmora Online") == "Pier to close for repairs"
    assert clean_title("Pier to close for six weeks » Local » News » Velmora Daily") == (
        "Pier to close for six weeks")
    assert clean_title("CoastLink | The coast's favourite news site: Pier to close for six weeks"
                       ) == "Pier to close for six weeks"
    # A dash inside the headline itself stays.
    assert clean_title("Port reopens - but not for ferries") == (
        "Port reopens - but not for ferries")


@pytest.mark.parametrize(("text", "title", "reason"), [
    ("WARC/1.0\nWARC-Type: warcinfo\nsoftware: crawler", None, "web-archive"),
    ("filedesc://crawl.arc 0.0.0.0 20250612 text/plain 200", None, "web-archive"),
    ("Apache Server Status for example.org\nServer uptime: 3 days", None, "server status"),
    ("About us\nWe are a small team of writers who love the coast.", None, "about"),
    ("\n".join(f"Ferry timetable for route {i} changes" for i in range(12)), None, "list of links"),
    ("\n".join(f"CHAPTER {n}\nIt was a dark night on the pier." for n in ["I", "II", "III", "IV"]),
     None, "book"),
])
def test_pages_that_are_not_news_are_named(text: str, title: str | None, reason: str) -> None:
    found = not_news(text, title)
    assert found is not None and reason in found


def test_long_prose_without_a_number_or_date_is_not_news() -> None:
    prose = " ".join(["The old keeper walked along the pier and watched the grey water."] * 110)
    assert "prose" in (not_news(prose) or "")
    column = " ".join(["The minister should resign before the autumn session opens."] * 50)
    assert not_news(column) is None  # a figure-free opinion column is still kept
    assert not_news(prose + " The council met on June 3.") is None


def test_a_news_article_is_news() -> None:
    assert not_news(BODY, "Pier closes for repairs") is None


def test_a_feed_summary_is_kept_and_marked_summary_only() -> None:
    meta = {"title": "Velmora pier to close for six weeks", "outlet": "Coast Wire"}
    article = build_article("The eastern pier closes on Monday for storm repairs.",
                            source="feed.rss entry 3", today=TODAY, meta=meta,
                            summary_ok=True)
    assert is_summary_only(article)
    assert article.title == "Velmora pier to close for six weeks"
    with pytest.raises(InputError, match="too short"):
        build_article("The eastern pier closes on Monday for storm repairs.",
                      source="notes.txt", today=TODAY, meta=meta)


def test_a_non_news_page_is_rejected_with_its_reason() -> None:
    with pytest.raises(InputError, match="server status"):
        build_article("Apache Server Status for example.org\n" + BODY, source="status.html",
                      today=TODAY)


def test_language_is_detected_offline() -> None:
    assert detect_language(BODY).code == "en"
    assert is_foreign(BODY) is None
    assert is_foreign("Die Hafenbehörde von Velmora teilte am Dienstag mit, dass der östliche "
                      "Pier wegen Sturmschäden für sechs Wochen geschlossen wird.") == "de"
    assert is_foreign("L'autorità portuale di Velmora ha annunciato martedì che il molo "
                      "orientale resterà chiuso per sei settimane dopo la tempesta.") == "it"
    assert is_foreign("Velmora pier") is None  # too short to tell


def _item(text: str, outlet: str, entities: list[tuple[str, str]] = ()
          ) -> tuple[Article, Analysis, Assignment]:
    article = Article(text=text, outlet=outlet, published="2025-06-12", title=text[:40])
    an = Analysis(article_id=article.id, version="test", reference_date="2025-06-12",
                  reference_from="metadata", sentences=[Sentence(0, 0, len(text), text)])
    for name, label in entities:
        start = text.index(name)
        an.entities.append(Entity(name, label, start, start + len(name), 0))
    return article, an, Assignment(article.id, 1, 0.9)


def test_an_article_in_another_language_is_kept_out_of_english_extraction() -> None:
    german = _item("Die Hafenbehörde von Velmora teilte am Dienstag mit, dass der östliche "
                   "Pier wegen Sturmschäden für sechs Wochen geschlossen wird.", "Nordkurier")
    english = _item(BODY, "Coast Wire")
    rec = reconcile(Story(id=1, title="pier"), [german, english])
    by_outlet = {a.outlet: a for a in rec.articles}
    assert by_outlet["Nordkurier"].language == "de" and by_outlet["Nordkurier"].sentences == 0
    assert by_outlet["Coast Wire"].language is None and by_outlet["Coast Wire"].sentences > 0


def test_one_outlets_unrelated_news_is_not_glued_by_its_own_name() -> None:
    outlet = "Atlas Newswire"
    stories = [
        f"{outlet} reports that the Velmora city council voted to rebuild the eastern pier. "
        f"Read more at {outlet}. Atlas Newswire staff contributed.",
        f"{outlet} reports that striker Dario Pell won his appeal against a three-match ban. "
        f"Read more at {outlet}. Atlas Newswire staff contributed.",
        f"{outlet} reports that the film Quiet Harbour opened to mixed reviews in Lisbon. "
        f"Read more at {outlet}. Atlas Newswire staff contributed.",
    ]
    index = StoryIndex()
    ids = set()
    for text in stories:
        article, an, _ = _item(text, outlet, [(outlet, "ORG")])
        ids.add(index.assign(article, an).story_id)
    assert len(ids) == 3
