"""sources/: reading files of every format into articles, and rejecting what is not one."""

from __future__ import annotations

import calendar
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.config import Settings
from storyline.errors import FetchError
from storyline.records import Article, Rejection
from storyline.sources import expand_inputs, read_source
from storyline.sources.byline import infer_from_lines
from storyline.sources.dates import (
    find_dates,
    infer_publication_date,
    normalize_date,
    year_for_weekday,
)
from storyline.sources.fetch import FetchResponse
from storyline.sources.text import strip_boilerplate

TODAY = date(2026, 11, 22)
SETTINGS = Settings(fetch_feed_links=False)

BODY = (
    "Dockworkers at three of the country's busiest container ports walked off the job on "
    "Monday, leaving cranes idle and ships queuing offshore as a dispute over automation and "
    "pay entered its second week.\n"
    "The union said talks with port operators had broken down late on Sunday after employers "
    "refused to guarantee that new automated cranes would not replace existing jobs.\n"
    '"We are not against technology, we are against losing our livelihoods," said union '
    "secretary Maria Okafor, speaking outside the port gates.\n"
)


def read(path: Path | str, settings: Settings = SETTINGS, fetcher=None) -> list:
    return list(read_source(str(path), settings, fetcher, today=TODAY))


def one_article(path: Path | str, **kw) -> Article:
    items = read(path, **kw)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def one_rejection(path: Path | str, **kw) -> Rejection:
    items = read(path, **kw)
    assert len(items) == 1, items
    assert isinstance(items[0], Rejection), items[0]
    return items[0]


# ---------------------------------------------------------------- expand_inputs
def test_expand_inputs_recurses_sorted_and_skips_hidden_and_excluded(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "README.md", "b/EXPECTED.md", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("x")
    inputs = [str(tmp_path), "https://news.example/a", "-", "missing.txt"]
    assert expand_inputs(inputs, exclude=["expected.md"]) == [
        str(tmp_path / "README.md"),  # a user's README is read unless excluded
        str(tmp_path / "a.txt"),
        str(tmp_path / "b/2.txt"),
        "https://news.example/a",
        "-",
        "missing.txt",
    ]


def test_missing_path_is_rejected_by_name(tmp_path: Path) -> None:
    rej = one_rejection(tmp_path / "nope.txt")
    assert rej.source.endswith("nope.txt")
    assert rej.reason == "no such file or folder"


# ---------------------------------------------------------------- txt / md
def test_txt_with_header_lines_uses_them_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(
        "Title: Dock strike spreads to three ports\nOutlet: Coastal Herald\n"
        "URL: https://coastalherald.example/strike\nPublished: 2024-03-05\n"
        "Author: Sam Reyes\n\n" + BODY
    )
    art = one_article(path)
    assert art.title == "Dock strike spreads to three ports"
    assert art.outlet == "Coastal Herald"
    assert art.url == "https://coastalherald.example/strike"
    assert art.published == "2024-03-05"
    assert (art.title_from, art.outlet_from, art.published_from) == ("metadata",) * 3
    assert art.text.startswith("Dockworkers at three")
    assert "Author:" not in art.text
    assert art.source == str(path)


def test_txt_source_and_date_headers_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Source: Coastal Herald\nDate: Tue, 05 Mar 2024 08:30:00 GMT\n\n" + BODY)
    art = one_article(path)
    assert art.outlet == "Coastal Herald"
    assert art.published == "2024-03-05T08:30:00+00:00"


def test_colon_sentence_opening_an_article_is_not_a_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Update: the port authority said ships could dock again.\n\n" + BODY)
    art = one_article(path)
    assert art.text.startswith("Update: the port authority")


def test_txt_without_headers_takes_short_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Dock strike spreads to three ports\n" + BODY)
    art = one_article(path)
    assert art.title == "Dock strike spreads to three ports"
    assert art.title_from == "text"
    assert art.text.startswith("Dockworkers")
    assert art.outlet is None and art.outlet_from == "unknown"
    assert art.published is None


def test_first_line_ending_with_period_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ports were quiet on Monday.\n" + BODY)
    art = one_article(path)
    assert art.title is None
    assert art.text.startswith("Ports were quiet")


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode())
    art = one_article(path)
    assert art.text.startswith("Dockworkers") and "\r" not in art.text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.encode("utf-16"))
    assert one_article(path).text.startswith("Dockworkers")


# ---------------------------------------------------------------- byline inference
@pytest.mark.parametrize(
    ("first_lines", "title", "outlet"),
    [
        (
            "Grain Prices Jump After Drought Warning/ FarmWire/ CHICAGO/ R. Patel/ Evening "
            "Report/ Wheat futures rose sharply on Thursday after forecasters warned of a "
            "third dry month across the plains.",
            "Grain Prices Jump After Drought Warning",
            "FarmWire",
        ),
        (
            "Markets Rally as Central Bank Holds Rates | The Harbor Tribune | NEW YORK | "
            "Stocks climbed on Wednesday after the central bank left rates unchanged.",
            "Markets Rally as Central Bank Holds Rates",
            "The Harbor Tribune",
        ),
        (
            "Port Strike Enters Third Week\nBy Maria Lopez | Coastal Herald\nDockworkers stayed "
            "off the job on Monday.",
            "Port Strike Enters Third Week",
            "Coastal Herald",
        ),
        (
            "Wildfire Forces Evacuations • Mountain Courier • DENVER • Thousands of residents "
            "fled their homes overnight as flames crossed the ridge.",
            "Wildfire Forces Evacuations",
            "Mountain Courier",
        ),
    ],
)
def test_byline_line_gives_title_and_outlet_and_keeps_first_paragraph(
    first_lines: str, title: str, outlet: str
) -> None:
    found = infer_from_lines(first_lines + "\nA second paragraph follows here.")
    assert found.title == title
    assert found.outlet == outlet
    first = found.text.split("\n")[0]
    assert first[0].isupper() and first.endswith(".")
    assert title not in found.text and outlet not in found.text


def test_outlet_and_date_line_above_the_headline() -> None:
    found = infer_from_lines(
        "Valley Gazette | Region | Tuesday, October 14, 2025\n"
        "Council approves flood barrier after two wet winters\n"
        "By Ines Moreau\n\n"
        "The city council approved a flood barrier along the river on Monday."
    )
    assert found.outlet == "Valley Gazette"
    assert found.title == "Council approves flood barrier after two wet winters"
    assert found.date_text == "Tuesday, October 14, 2025"
    assert found.text.strip().startswith("The city council approved")


def test_by_line_with_outlet_and_date_after_the_headline() -> None:
    found = infer_from_lines(
        "Fishing fleets stay in port as fuel prices climb\n"
        "By Aoife de Burca, Western Packet — Thursday 3 April 2025\n\n"
        "GALWAY — Trawler crews kept their boats tied up on Thursday."
    )
    assert found.title == "Fishing fleets stay in port as fuel prices climb"
    assert found.outlet == "Western Packet"
    assert found.date_text == "Thursday 3 April 2025"
    assert found.text.strip().startswith("GALWAY")


def test_a_by_line_with_a_bar_survives_the_noise_filter_and_names_the_outlet(
    tmp_path: Path,
) -> None:
    # "By X | Outlet" has the shape of a breadcrumb row ("News | Politics") but is a byline.
    path = tmp_path / "ferry.txt"
    path.write_text(
        "Ferry crews walk out over rosters\nBy Maren Holt | Fjordside Courier\n"
        "Bergen, 4 May 2026\n\nBERGEN — Crews on the coastal ferries stopped work on Monday "
        "after talks on new rosters broke down, leaving commuters stranded at six ports. The "
        "operator said it would run a reduced timetable on the two busiest crossings and "
        "refund tickets bought for the rest of the week.\n",
        encoding="utf-8",
    )
    article = next(a for a in read(path) if isinstance(a, Article))
    assert (article.outlet, article.outlet_from) == ("Fjordside Courier", "text")
    assert "Fjordside" not in article.text and article.text.startswith("BERGEN")


def test_a_title_label_left_by_a_broken_header_block_is_not_part_of_the_title(
    tmp_path: Path,
) -> None:
    # "Title:" then a byline instead of more "Key: value" lines: no header block, but the
    # label is still no part of the headline.
    path = tmp_path / "levy.txt"
    path.write_text(
        "Title: Council doubles the tourist levy for summer\nBy Ilse Norberg | Lakeland Post"
        "\n\nThe town council voted on Tuesday to double the nightly tourist levy from June "
        "to August, saying the money would pay for extra buses, bins and lifeguards on the "
        "two beaches that draw most visitors.\n",
        encoding="utf-8",
    )
    article = next(a for a in read(path) if isinstance(a, Article))
    assert article.title == "Council doubles the tourist levy for summer"
    assert article.outlet == "Lakeland Post"


def test_byline_and_outlet_lines_under_known_metadata_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Title: Dock strike spreads\nOutlet: Coastal Herald\n\n"
        "By Sam Reyes\nCoastal Herald\n\n" + BODY
    )
    art = one_article(path)
    assert art.text.startswith("Dockworkers at three")


def test_by_sentence_is_not_a_byline() -> None:
    text = "By Tuesday, officials had evacuated 300 homes near the river.\nMore rain is due."
    assert infer_from_lines(text).text == text


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("LONDON, June 11 (Reuters) - Britain's economy shrank more than expected.", "Reuters"),
        ("WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday.", "AP"),
    ],
)
def test_wire_dateline_gives_outlet_and_stays_in_text(lead: str, outlet: str) -> None:
    found = infer_from_lines(lead)
    assert found.outlet == outlet
    assert found.text == lead


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose 4% / year in the capital, the agency said. Officials expect more.",
        "Trump / Xi talks set for Friday\nOfficials in both capitals confirmed the meeting.",
    ],
)
def test_sentence_with_a_slash_is_not_a_byline(text: str) -> None:
    found = infer_from_lines(text)
    assert found.outlet is None


def test_byline_file_marks_outlet_and_title_as_from_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Dock Strike Spreads to Three Ports/ Coastal Herald/ PORTSMOUTH/ K. Adeyemi/ " + BODY
    )
    art = one_article(path)
    assert (art.title, art.title_from) == ("Dock Strike Spreads to Three Ports", "text")
    assert (art.outlet, art.outlet_from) == ("Coastal Herald", "text")
    assert art.text.startswith("Dockworkers at three")


def test_outlet_falls_back_to_url_host(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("URL: https://www.coastalherald.example/strike\n\n" + BODY)
    art = one_article(path)
    assert (art.outlet, art.outlet_from) == ("coastalherald.example", "url")


# ---------------------------------------------------------------- dates
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_year_for_weekday_recovers_the_year_from_weekday_day_and_month(d: date) -> None:
    year = year_for_weekday(d.month, d.day, d.weekday(), not_after=d)
    assert year == d.year


@given(st.integers(1, 12), st.integers(1, 31), st.integers(0, 6))
def test_year_for_weekday_answer_has_that_weekday_and_is_not_later(m: int, d: int, w: int) -> None:
    year = year_for_weekday(m, d, w, not_after=TODAY)
    if d > calendar.monthrange(2024, m)[1]:  # 2024: a leap year, so 29 February exists
        assert year is None
        return
    assert year is not None
    day = date(year, m, d)
    assert day.weekday() == w and day <= TODAY
    assert all(date(y, m, d).weekday() != w for y in range(year + 1, TODAY.year + 1)
               if _exists(y, m, d) and date(y, m, d) <= TODAY)  # fmt: skip


def _exists(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def test_weekday_with_day_and_month_pins_the_year_and_says_so() -> None:
    text = (
        "Rescue teams reached the flooded valley on Thursday (March, 6), regional officials "
        "said. Roads remain closed."
    )
    found = infer_publication_date(text, TODAY)
    assert found is not None
    assert found.value == "2025-03-06"
    assert found.note == "year inferred: 6 March is a Thursday in 2025"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PARIS, 4 February 2025 - Farmers blocked roads into the capital.", "2025-02-04"),
        ("Published on Friday, January 10, 2025. The council voted to close it.", "2025-01-10"),
        ("Posted 2024-09-30. The mayor resigned.", "2024-09-30"),
        ("On Monday, the 9th of June, ministers met in Oslo.", "2025-06-09"),
    ],
)
def test_explicit_dates_in_the_lead_are_found(text: str, value: str) -> None:
    found = infer_publication_date(text, TODAY)
    assert found is not None and found.value == value


def test_dates_deep_in_the_body_are_not_the_publication_date() -> None:
    text = (
        "The council approved the budget after a long debate. Opposition members walked out. "
        "The mayor defended the cuts. Critics said services would suffer. The plan was first "
        "proposed on March 3, 2021, and revised twice since."
    )
    assert infer_publication_date(text, TODAY) is None


def test_bare_event_date_in_the_lead_is_not_the_publication_date() -> None:
    text = (
        "Investigators said they had new evidence about the plane shot down on April 6, 1994, "
        "over the capital. The panel will report next year."
    )
    assert infer_publication_date(text, TODAY) is None


def test_a_weekday_elsewhere_in_the_lead_does_not_pin_a_yearless_dateline() -> None:
    # "on Saturday" may be the dateline's day or any of the six before it: every year fits,
    # so a year guessed from it (formerly the latest with 8 August a Saturday) is no evidence.
    text = (
        "NICOSIA, August 8 (Xinhua) -- The government on Saturday condemned the two bomb "
        "attacks and offered help to the victims."
    )
    assert infer_publication_date(text, TODAY) is None


def test_yearless_dateline_takes_its_year_from_a_nearby_date_in_the_lead() -> None:
    text = (
        "GDANSK, Mar 4 (Baltic Wire) - Shipyard workers stayed out for a second day on "
        "Wednesday. The strike began on Tuesday, March 3, 2026, after pay talks failed."
    )
    found = infer_publication_date(text, TODAY)
    assert found is not None and found.value == "2026-03-04"
    assert "dateline 4 March" in found.note


def test_dateline_only_line_is_not_a_title_and_names_the_wire() -> None:
    found = infer_from_lines(
        "NAIROBI, Kenya (AP) _\nRescue workers searched the rubble through the night."
    )
    assert found.title is None and found.outlet == "AP"


def test_lead_date_wins_over_later_dates() -> None:
    text = (
        "BERLIN, May 2, 2025 - Union leaders called a strike. The last strike, on "
        "October 14, 2023, shut airports."
    )
    assert infer_publication_date(text, TODAY).value == "2025-05-02"


def test_future_dates_are_not_publication_dates() -> None:
    assert find_dates("The summit is set for June 30, 2030.", TODAY) == []


def test_normalize_date_accepts_metadata_formats() -> None:
    assert normalize_date("2025-06-11") == "2025-06-11"
    assert normalize_date("2025-06-11T09:15:00Z") == "2025-06-11T09:15:00+00:00"
    assert normalize_date("2025-06-11 09:15:00") == "2025-06-11T09:15:00"
    assert normalize_date("Wed, 11 Jun 2025 09:15:00 GMT") == "2025-06-11T09:15:00+00:00"
    assert normalize_date("") is None and normalize_date(None) is None
    assert normalize_date("not a date at all") is None


def test_txt_date_from_lead_is_marked_inferred(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Dockworkers at three ports walked off the job, the union said Monday (March, 3). " + BODY
    )
    art = one_article(path)
    assert art.published == "2025-03-03"
    assert art.published_from == "text"
    assert "inferred" in art.published_note and "2025" in art.published_note


# ---------------------------------------------------------------- boilerplate
def test_trailing_boilerplate_lines_are_stripped() -> None:
    text = BODY + (
        "Share this article\n"
        "Subscribe to our newsletter for the latest updates\n"
        "You must be logged in to post a comment.\n"
        "Please Register or Login to leave a comment.\n"
        "Read more: Port operators defend automation plan\n"
        "This site uses cookies. By continuing you accept our cookie policy.\n"
        "(Reporting by Sam Reyes in Portsmouth; Editing by Lena Park)\n"
        "With files from Atlas Newswire.\n"
        "© 2025 Coastal Herald. All rights reserved.\n"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.rstrip().endswith("speaking outside the port gates.")


def test_a_trailing_membership_appeal_is_stripped() -> None:
    text = BODY + (
        "Public media needs you\n"
        "Independent reporting like this is funded by listeners. Become a sustaining member "
        "today.\n"
        "Give now\n"
    )
    assert strip_boilerplate(text).rstrip().endswith("speaking outside the port gates.")
    # ... but not an article's own last line about members
    own = BODY + "The union said it would give its members a vote on the offer on Friday.\n"
    assert strip_boilerplate(own) == own.rstrip("\n")


def test_a_stations_promotions_and_rights_notice_are_stripped() -> None:
    text = BODY + (
        "Stay with KVTN 8 for full results from every race on the ballot.\n"
        "Copyright 2026 KVTN. All rights reserved. This material may not\n"
        "be published, broadcast, rewritten or redistributed.\n"
        "Have a news tip? Email newsdesk@kvrt10.example or call (361) 555-0110.\n"
        "Download the KVRT 10 app for breaking news alerts and live\n"
        "radar.\n"
    )
    assert strip_boilerplate(text).rstrip().endswith("speaking outside the port gates.")


def test_a_publication_line_with_the_hour_first_dates_the_page() -> None:
    from storyline.sources.dates import infer_publication_date

    lead = ("Author: Marcus Lindqvist (KVRT)\nPublished: 9:48 PM CDT October 30, 2025\n"
            "MATAGORDA COUNTY, Texas — Thousands of people lined the beaches on Thursday.")
    found = infer_publication_date(lead, date(2025, 11, 8))
    assert found is not None and found.value == "2025-10-30"


def test_boilerplate_words_inside_the_article_are_kept() -> None:
    text = "Related talks will resume in Geneva next week, officials said.\n" + BODY
    text += "The union will share its proposal with members on Friday.\n"
    assert strip_boilerplate(text) == text.rstrip("\n")


def test_txt_file_loses_its_trailing_comment_prompt(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY + "Advertisement\nYou must Register or Login to post a comment.\n")
    art = one_article(path)
    assert "Register" not in art.text and art.text.endswith("port gates.")


# ---------------------------------------------------------------- html
PAGE = """<html><head><title>Harbour cranes idle as dock strike spreads | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
</head><body><nav>Home News Sport Weather</nav><article>
<h1>Harbour cranes idle as dock strike spreads</h1>
<p>Dockworkers at three of the country's busiest container ports walked off the job on Monday,
leaving cranes idle and ships queuing offshore as a dispute over automation and pay entered its
second week.</p>
<p>The union said talks with port operators had broken down late on Sunday after employers
refused to guarantee that new automated cranes would not replace existing jobs.</p>
<p>"We are not against technology, we are against losing our livelihoods," said union secretary
Maria Okafor, speaking outside the port gates.</p></article>
<div class="comments" id="comments"><h3>Comments</h3><p>Great article! I totally agree with the
union on this one and hope they win the dispute soon, commenter Bob wrote.</p></div>
</body></html>"""


def test_html_page_gives_text_and_metadata_without_comments(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(PAGE)
    art = one_article(path)
    assert art.title == "Harbour cranes idle as dock strike spreads"
    assert art.outlet == "Coastal Herald"
    assert art.published == "2024-03-05T08:30:00+00:00"  # the moment, not only the day
    assert art.text.startswith("Dockworkers at three")
    assert "Okafor" in art.text
    assert "commenter Bob" not in art.text


def test_a_page_whose_social_title_stands_for_its_site_name_takes_the_title_tags_name(
        tmp_path: Path) -> None:
    # No og:site_name: the extractor offers the headline (from twitter:title) as the site.
    page = (PAGE.replace('<meta property="og:site_name" content="Coastal Herald">',
                         '<meta name="twitter:title" content="Harbour cranes idle as dock '
                         'strike spreads">')
            .replace("| Coastal Herald</title>", "| KCHR 7 News</title>"))
    path = tmp_path / "strike.html"
    path.write_text(page)
    art = one_article(path)
    assert art.title == "Harbour cranes idle as dock strike spreads"
    assert art.outlet == "KCHR 7 News"


def test_a_page_whose_title_and_site_the_extractor_swaps_keeps_its_headline(
        tmp_path: Path) -> None:
    # The masthead in an <h1>, the headline in an <h2>, no site name in the metadata: the
    # extractor takes the masthead for the title.
    page = (PAGE.replace('<meta property="og:site_name" content="Coastal Herald">', "")
            .replace("<h1>Harbour cranes idle as dock strike spreads</h1>",
                     "<h2>Harbour cranes idle as dock strike spreads</h2>")
            .replace("<nav>", "<header><h1>The Coastal Herald</h1></header><nav>")
            .replace("Harbour cranes idle as dock strike spreads | Coastal Herald",
                     "Harbour cranes idle as dock strike spreads - The Coastal Herald"))
    path = tmp_path / "strike.html"
    path.write_text(page)
    art = one_article(path)
    assert art.title == "Harbour cranes idle as dock strike spreads"
    assert art.outlet == "The Coastal Herald"


TABLE_PAGE = """<html><head><title>Dock strike spreads to a third port | The Valley Herald</title>
</head><body><table width="100%"><tr><td><a href="/">The Valley Herald</a><br>
<small>Serving the valley since 1911</small></td><td><a href="/news">Local News</a> &middot;
<a href="/obits">Obituaries</a> &middot; <a href="/sports">Prep Sports</a></td></tr></table>
<table width="100%"><tr><td valign="top" width="70%">
<div class="head"><b>Dock strike spreads to a third port</b></div>
<div class="by">By Ana Ruiz, Herald Harbour Bureau 06/27/2025</div>
<div class="tools">Print &middot; Email &middot; Share on Facebook &middot; Tweet</div>
<div class="p">Dockworkers at a third container port walked off the job on Thursday, leaving
cranes idle and ships queuing offshore as a dispute over automation and pay spread.</div>
<div class="ad">ADVERTISEMENT<br>Ad closes in 5</div>
<div class="p">The union said talks with port operators had broken down late on Wednesday after
employers refused to guarantee that new automated cranes would not replace existing jobs.</div>
<div class="p">"We are not against technology, we are against losing our livelihoods," said the
union's secretary, Maria Okafor, speaking outside the gates of the port.</div>
<div class="p">Operators said they would meet the union again next week and hoped for a deal
before the holiday season, when traffic through the ports is at its busiest.</div>
</td><td valign="top"><div class="side">Most read: Council approves new budget</div></td>
</tr></table></body></html>"""


def test_a_page_laid_out_in_tables_gives_its_article_by_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(TABLE_PAGE)
    art = one_article(path)
    assert art.text.startswith("Dockworkers at a third container port")
    assert "\nThe union said" in art.text  # paragraphs, not one table cell
    assert not any(w in art.text for w in ("Print · Email", "Ad closes", "Obituaries", "|"))
    assert art.published == "2025-06-27"  # the byline's date, day over 12 the day


def test_a_title_that_starts_with_the_sites_name_keeps_the_headline_after_it() -> None:
    from storyline.sources.formats import read_html

    page = TABLE_PAGE.replace("Dock strike spreads to a third port | The Valley Herald",
                              "Valley Evening Herald | Dock strike spreads to a third port")
    art = read_html(page.encode(), "strike.html", date(2025, 7, 1),
                    url="https://www.valleyherald.example/news/dock-strike-3")
    assert art.title == "Dock strike spreads to a third port"
    # the host spells some of the site's words in order: the site's name is the outlet
    assert art.outlet == "Valley Evening Herald"
    # a section's word before the headline is no outlet, but the headline is still kept
    art = read_html(page.replace("Valley Evening Herald |", "Breaking |").encode(),
                    "strike.html", date(2025, 7, 1))
    assert art.title == "Dock strike spreads to a third port"
    assert art.outlet != "Breaking"


def test_a_numeric_date_is_read_only_when_it_tells_day_from_month() -> None:
    from storyline.sources.dates import find_dates

    today = date(2025, 7, 10)
    assert [d.value for d in find_dates("06/27/2025", today)] == ["2025-06-27"]
    assert [d.value for d in find_dates("27/06/2025", today)] == ["2025-06-27"]
    assert find_dates("06/05/2025", today) == []  # June 5 or 6 May


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    rej = one_rejection(path)
    assert rej.source == str(path) and rej.reason.startswith("no article text found")


# ---------------------------------------------------------------- json / jsonl
def test_jsonl_reads_our_fields_and_rejects_only_the_bad_lines(tmp_path: Path) -> None:
    good = {
        "id": "ext-1",
        "url": "https://coastalherald.example/strike",
        "outlet": "Coastal Herald",
        "title": "Dock strike spreads",
        "published": "2024-03-05T08:30:00Z",
        "text": BODY,
    }
    page = {"id": 7, "url": "https://coastalherald.example/p", "html": PAGE}
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(good) + "\n"
        + json.dumps({"id": "ext-2", "title": "No body"}) + "\n"
        + '{"id": "ext-3", "text": "x" "y"}\n'
        + "\n"
        + json.dumps(page) + "\n"
    )  # fmt: skip
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection", "Article"]
    first, no_text, bad, from_html = items
    assert first.external_id == "ext-1" and first.outlet == "Coastal Herald"
    assert first.published == "2024-03-05T08:30:00+00:00" and first.source == f"{path} line 1"
    assert no_text.source == f"{path} line 2" and "has no text" in no_text.reason
    assert bad.source == f"{path} line 3"
    assert bad.reason == "invalid JSON (Expecting ',' delimiter)"
    assert from_html.external_id == "7" and from_html.source == f"{path} line 5"
    assert from_html.title == "Harbour cranes idle as dock strike spreads"
    assert "commenter Bob" not in from_html.text


def test_jsonl_is_streamed_and_an_over_long_line_is_skipped_alone(tmp_path: Path) -> None:
    # The long line spans several of the reader's 64 KiB blocks and is over the record cap:
    # it is rejected by size without stopping the lines around it (or being held whole).
    small = Settings(fetch_feed_links=False, file_max_bytes=100_000)
    lines = [
        json.dumps({"id": "a", "text": BODY}),
        json.dumps({"id": "b", "text": "x " * 150_000}),  # 300 KB: over the cap
        json.dumps({"id": "c", "text": BODY}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines))  # no final newline: the last line still counts
    items = read(path, settings=small)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert [i.external_id for i in items if isinstance(i, Article)] == ["a", "c"]
    assert items[1].source == f"{path} line 2" and "record too large" in items[1].reason
    assert items[2].source == f"{path} line 3"


def test_gzipped_jsonl_is_read_by_its_inner_extension(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"id": "z1", "text": BODY}) + "\n").encode()))
    art = one_article(path)
    assert art.external_id == "z1" and art.source == f"{path} line 1"


def test_json_accepts_news_please_fields(tmp_path: Path) -> None:
    record = {
        "maintext": BODY,
        "date_publish": "2024-03-05 08:30:00",
        "source_domain": "coastalherald.example",
        "title": "Dock strike spreads",
        "url": "https://coastalherald.example/strike",
    }
    path = tmp_path / "np.json"
    path.write_text(json.dumps(record))
    art = one_article(path)
    assert art.outlet == "coastalherald.example"
    assert art.published == "2024-03-05T08:30:00"
    assert art.text.startswith("Dockworkers")


def test_json_articles_list_locates_each_item(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"articles": [{"text": BODY}, {"text": "Too short."}]}))
    art, rej = read(path)
    assert art.source == f"{path} item 1"
    assert rej.source == f"{path} item 2"
    assert rej.reason == "too short to be an article (2 words)"


# ---------------------------------------------------------------- feeds
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Herald</title><link>https://coastalherald.example/</link>
<item><title>Dock strike spreads to three ports</title>
<link>https://coastalherald.example/strike</link><guid>herald-1001</guid>
<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
<description>&lt;p&gt;Dockworkers at three of the country's busiest container ports walked off the
job on Monday, leaving cranes idle and ships queuing offshore.&lt;/p&gt;&lt;p&gt;The union said talks
with port operators had broken down late on Sunday after employers refused to guarantee
jobs.&lt;/p&gt;</description></item>
<item><title>Brief</title><link>https://coastalherald.example/brief</link><guid>herald-1002</guid>
<description>Too short.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Mountain Courier</title>
<id>urn:courier</id><updated>2024-08-02T06:00:00Z</updated>
<entry><title>Wildfire forces evacuations</title><id>urn:courier:88</id>
<link href="https://courier.example/fire"/><updated>2024-08-02T06:00:00Z</updated>
<content type="html">&lt;p&gt;Thousands of residents fled their homes overnight as a wildfire
crossed the ridge above the town, fire officials said on Friday.&lt;/p&gt;&lt;p&gt;Crews from three
counties worked through the night to protect the hospital and the main school.&lt;/p&gt;</content>
</entry></feed>"""


class CannedFetcher:
    """Serves canned pages by URL; anything else fails like an unreachable host."""

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        self.asked: list[str] = []

    def fetch(self, url: str) -> FetchResponse:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchError(url, "cannot resolve host")
        return FetchResponse(url, url, 200, "text/html", self.pages[url])


def test_rss_entries_use_feed_content_when_link_fails(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    fetcher = CannedFetcher({})
    items = read(path, settings=Settings(), fetcher=fetcher)
    assert fetcher.asked == [
        "https://coastalherald.example/strike",
        "https://coastalherald.example/brief",
    ]
    art, rej = items
    assert art.external_id == "herald-1001" and art.source == f"{path} entry 1"
    assert art.outlet == "Coastal Herald" and art.title == "Dock strike spreads to three ports"
    assert art.published == "2024-03-05T08:30:00+00:00"
    assert art.text.startswith("Dockworkers at three") and "<p>" not in art.text
    assert rej.source == f"{path} entry 2" and rej.reason.startswith("too short")


def test_rss_entry_uses_the_linked_page_when_it_can_be_fetched(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS)
    fetcher = CannedFetcher({"https://coastalherald.example/strike": PAGE.encode()})
    art = read(path, settings=Settings(), fetcher=fetcher)[0]
    assert "Okafor" in art.text  # only the page has the quote
    assert art.url == "https://coastalherald.example/strike"


def test_atom_feed_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "courier.atom"
    path.write_text(ATOM)
    art = one_article(path)
    assert art.external_id == "urn:courier:88"
    assert art.outlet == "Mountain Courier" and art.url == "https://courier.example/fire"
    assert art.published == "2024-08-02T06:00:00+00:00"
    assert art.text.startswith("Thousands of residents")


def test_feed_link_to_reserved_domain_fails_fast_with_real_fetcher(tmp_path: Path) -> None:
    import time

    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    start = time.monotonic()
    items = read(path, settings=Settings())
    assert time.monotonic() - start < 2
    assert isinstance(items[0], Article) and items[0].text.startswith("Dockworkers")


def test_broken_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel><title>Half a feed")
    rej = one_rejection(path)
    assert rej.source == str(path)
    assert rej.reason.startswith("not a valid RSS/Atom feed (")


def test_feed_content_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(ATOM)
    assert one_article(path).external_id == "urn:courier:88"


# ---------------------------------------------------------------- warc
def _warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for uri, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-08-03T10:00:00Z"},
            )
            writer.write_record(record)


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    undated = PAGE.replace(
        '<meta property="article:published_time" content="2024-03-05T08:30:00Z">', ""
    )
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://coastalherald.example/strike", PAGE.encode(), "text/html; charset=utf-8"),
            ("https://coastalherald.example/logo.png", b"\x89PNG\r\n", "image/png"),
            ("https://coastalherald.example/undated", undated.encode(), "text/html"),
        ],
    )
    dated, undated_art = read(path)
    assert dated.url == "https://coastalherald.example/strike"
    assert dated.published == "2024-03-05T08:30:00+00:00" and dated.published_note is None
    assert "Okafor" in dated.text and "commenter Bob" not in dated.text
    assert undated_art.published == "2024-08-03T10:00:00+00:00"
    assert "WARC capture date" in undated_art.published_note
    assert undated_art.source.startswith(f"{path} record ")


def test_broken_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_text("this is not an archive at all\n" * 3)
    rej = one_rejection(path)
    assert rej.source == str(path) and "WARC" in rej.reason


# ---------------------------------------------------------------- rejections
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty file"),
        ("w.txt", b"  \n\t \n", "empty file"),
        ("b.bin", b"\x00\x01\x02PK\x03\x04" * 20, "binary file, not text"),
        ("b.txt", b"GIF89a\x01\x00\x01\x00\x00\xff\xff", "binary file, not text"),
        ("short.txt", b"Markets closed higher on Friday.", "too short to be an article (5 words)"),
    ],
)
def test_unreadable_files_are_rejected_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    rej = one_rejection(path)
    assert rej.source == str(path)
    assert rej.reason == reason


def test_invalid_utf8_names_the_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes(b"Caf\xc3\xa9 owners ".ljust(12, b" ") + b"\xff" + BODY.encode())
    rej = one_rejection(path)
    assert rej.reason.startswith("not valid UTF-8 (byte 0xff at offset 13)")


def test_invalid_json_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('{"title": "x", "text": }')
    rej = one_rejection(path)
    assert rej.source == str(path) and rej.reason.startswith("invalid JSON (Expecting value")


def test_one_bad_file_in_a_folder_does_not_hide_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    items = [i for u in expand_inputs([str(tmp_path)]) for i in read(u)]
    assert [type(i).__name__ for i in items] == ["Rejection", "Article"]


def test_unsupported_url_scheme_is_rejected() -> None:
    rej = one_rejection("ftp://files.example/a.txt")
    assert "only http and https" in rej.reason


def test_stdin_is_read_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    feed = io.TextIOWrapper(io.BytesIO(ATOM.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", feed)
    (art,) = read("-")
    assert art.source == "stdin entry 1" and art.external_id == "urn:courier:88"


# ---------------------------------------------------------------- the user's examples
def test_seed_byline_article_gets_outlet_and_title_and_loses_comment_prompt(
    seeds_dir: Path,
) -> None:
    (path,) = seeds_dir.glob("002_*.txt")
    art = one_article(path)
    assert art.outlet == "Newslooks" and art.outlet_from == "text"
    assert art.title and art.title.startswith("US, China Reach Deal")
    assert art.title_from == "text"
    assert "Register or Login" not in art.text
    assert art.text.startswith("After high-level meetings in London")


def test_seed_weekday_date_gives_2025_06_11_with_note(seeds_dir: Path) -> None:
    (path,) = seeds_dir.glob("000_*.txt")
    art = one_article(path)
    assert art.published == "2025-06-11"
    assert art.published_from == "text"
    assert art.published_note == "year inferred: 11 June is a Wednesday in 2025"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["x.txt", "x.json", "x.jsonl", "x.html", "x.rss", "x.warc", "x"]),
    st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
)
def test_read_source_never_raises_on_arbitrary_bytes(name: str, data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = read(path)
    assert items and all(isinstance(i, Article | Rejection) for i in items)
    assert all(i.reason for i in items if isinstance(i, Rejection))
    assert not any(
        i.reason.startswith("could not be read") for i in items if isinstance(i, Rejection)
    )


def test_feed_channel_title_gives_the_outlet_without_its_section() -> None:
    from storyline.sources.formats import _outlet_from_feed_title

    assert _outlet_from_feed_title("Bourse Review — Markets") == "Bourse Review"
    assert _outlet_from_feed_title("Civic Record: Politics") == "Civic Record"
    assert _outlet_from_feed_title("The Harbour Post") == "The Harbour Post"


def test_a_table_cell_read_again_by_paragraphs_is_kept_when_it_only_drops_furniture() -> None:
    from storyline.sources.formats import _kept_from

    article = ("Dockworkers at a third container port walked off the job on Thursday, leaving "
               "cranes idle. The union said talks had broken down late on Wednesday.")
    cell = ("The Valley Herald Local News Obituaries Prep Sports By Ana Ruiz Herald Harbour "
            "Bureau Print Email Share on Facebook Tweet " + article + " ADVERTISEMENT")
    assert _kept_from(article, cell)  # under four fifths of the cell, every word the cell's
    assert not _kept_from(article + " Words never seen", cell)  # not the cell's text
    assert not _kept_from(article.split(".")[0], cell)  # too little of the cell kept


def test_a_page_keeps_the_moment_it_was_published_when_its_metadata_or_stamp_says() -> None:
    from storyline.sources.formats import read_html
    from storyline.sources.page_time import page_time

    timed = PAGE.replace("2024-03-05T08:30:00Z", "2024-03-05T14:05:00+01:00")
    art = read_html(timed.encode(), "strike.html", date(2024, 3, 9))
    assert art.published == "2024-03-05T14:05:00+01:00"
    # a visible stamp with its zone, on the day the page is dated
    stamp = b"<p class='upd'>Updated 5 March 2024, 18:30 GMT</p><p>Published: March 5, 2024 at"
    assert page_time(stamp, "2024-03-05") == "2024-03-05T18:30:00+00:00"
    assert page_time(b"<p>Posted Mar 5, 2024 at 9:05 a.m. EST</p>",
                     "2024-03-05") == "2024-03-05T09:05:00-05:00"
    # another day's stamp (an older story's), a midnight placeholder, a stamp with no zone
    assert page_time(stamp, "2024-03-06") is None
    assert page_time(b'<meta property="article:published_time" content="2024-03-05T00:00:00Z">',
                     "2024-03-05") is None
    assert page_time(b"<p>Updated 5 March 2024, 18:30</p>", "2024-03-05") is None


def test_a_box_of_related_links_inside_the_text_is_dropped_with_its_items() -> None:
    from storyline.sources.cleaning import remove_noise

    text = ("The statement was published at 15:30 GMT on Tuesday.\nRelated topics\n"
            "- US-China trade talks to resume in Oslo on Monday\n- Tariffs\n"
            "The US side was led by the Treasury Secretary.\n"
            "- the truce runs until 10 November, and the tariffs stay at 30% until then")
    assert remove_noise(text) == (
        "The statement was published at 15:30 GMT on Tuesday.\n"
        "The US side was led by the Treasury Secretary.\n"
        # a list the article itself gives, after its own prose, is kept
        "- the truce runs until 10 November, and the tariffs stay at 30% until then")


def test_a_site_name_with_an_ampersand_names_the_outlet_its_host_spells() -> None:
    from storyline.sources.formats import read_html

    page = TABLE_PAGE.replace("Dock strike spreads to a third port | The Valley Herald",
                              "Dock strike spreads to a third port &#8211; Ledger &amp; Yield")
    art = read_html(page.encode(), "strike.html", date(2025, 7, 1),
                    url="https://ledgerandyield.example/2025/06/dock-strike/")
    assert art.title == "Dock strike spreads to a third port"
    assert art.outlet == "Ledger & Yield"


def test_the_day_something_began_is_not_the_leads_publication_day() -> None:
    lead = ("The United States and China have agreed to keep their trade truce in place for "
            "another 90 days.\nThe negotiations, which began on Sunday, October 12, concluded "
            "on Tuesday evening.")
    assert infer_publication_date(lead, date(2025, 10, 20)) is None
    reported = ("The United States and China said on Tuesday, October 14, that their truce "
                "would hold for another 90 days.")
    found = infer_publication_date(reported, date(2025, 10, 20))
    assert found is not None and found.value == "2025-10-14"
