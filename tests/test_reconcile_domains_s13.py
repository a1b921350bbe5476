"""Issue 11, thirteenth session: faults shown by the story battery's training parts (whole
stories of long articles) and by leftovers of the twelfth session, each fixed by a general rule
and tested here on reports written for these tests: a case that must be reported and a control
that must not."""

from __future__ import annotations

from datetime import date

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.datelines import dateline
from storyline.sources.dates import infer_publication_date

# --- datelines with a region ----------------------------------------------------------------

_REGION = "GOHEUNG, South Jeolla Province, Nov. 27 (Yonhap) -- "


def test_a_dateline_with_a_region_and_an_abbreviated_month_is_read_whole():
    assert dateline(_REGION + "South Korea launched its rocket.") == _REGION
    assert not dateline("The BoE, as expected. Then — it cut.")


def test_a_yearless_dateline_after_a_region_takes_the_year_of_a_nearby_date():
    text = _REGION + "The launch came a week after a delay on Nov. 20, 2025, officials said."
    found = infer_publication_date(text, date(2026, 12, 4))
    assert found is not None and found.value == "2025-11-27"


def test_a_bare_time_under_a_region_dateline_is_the_places_time():
    a = _REGION + "The rocket lifted off from the Naro Space Center at 1:13 a.m. on Thursday."
    b = "The rocket lifted off from the Naro Space Center at 17:13 GMT on Wednesday."
    assert _values(_rec(a, b, published="2025-11-27"), "time")
    c = _REGION + "The rocket lifted off from the Naro Space Center at 2:13 a.m. on Thursday."
    assert not _values(_rec(c, b, published="2025-11-27"), "time")
