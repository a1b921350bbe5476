"""Hardening, readers: one bad record is rejected alone (file + line/record number), the
others of the same file are read; pathological inputs are bounded; rejections are one line."""

from __future__ import annotations

import io
import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.config import Settings
from storyline.records import Article, Rejection
from storyline.sources import read_source
from storyline.sources.guards import count_tokens, describe_exception, one_line
from storyline.store import open_store

TODAY = date(2026, 11, 22)
SETTINGS = Settings(fetch_feed_links=False)

TEXT = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in May, "
    "after two years of delays caused by flooding and a dispute with the builder over the "
    "cost of the steel used for its piers. Ferry operators welcomed the news."
)


def text(n: int) -> str:
    return f"{TEXT} This is report number {n}."


def read(path: Path | str, settings: Settings = SETTINGS) -> list[Article | Rejection]:
    return list(read_source(str(path), settings, today=TODAY))


def split(items: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Rejection)],
    )


def assert_one_line(rejections: list[Rejection]) -> None:
    for r in rejections:
        assert "\n" not in r.source and "\n" not in r.reason, r
        assert "Traceback" not in r.reason and len(r.reason) <= 300, r


# ------------------------------------------------------------------ JSON and JSON Lines
def test_jsonl_huge_number_deep_nesting_and_surrogates_lose_only_their_line(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "a", "text": text(1)}),
        '{"id": 1' + "7" * 5000 + ', "text": "x"}',  # over Python's 4,300-digit limit
        "[" * 100_000 + "]" * 100_000,  # deeper than the recursion limit
        json.dumps({"id": "b", "text": text(2)}),
        '{"id": "\\ud800", "text": ' + json.dumps(text(3)) + "}",  # a lone surrogate in id
        '{"id": "c", "title": "T\\udc00", "text": ' + json.dumps(text(4)) + "}",
        json.dumps({"id": "d", "text": text(5)}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    articles, rejected = split(read(path))
    assert [a.external_id for a in articles] == ["a", "b", "d"]
    assert [r.source for r in rejected] == [f"{path} line {n}" for n in (2, 3, 5, 6)]
    assert "number too large" in rejected[0].reason
    assert "nested too deeply" in rejected[1].reason
    assert "surrogate" in rejected[2].reason and "surrogate" in rejected[3].reason
    assert_one_line(rejected)


def test_jsonl_line_with_invalid_utf8_or_a_nul_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(
        json.dumps({"id": "a", "text": text(1)}).encode() + b"\n"
        + b'{"id": "b\xff\xfe", "text": "x"}\n'
        + b'{"id": "c\x00", "text": "x"}\n'
        + json.dumps({"id": "d", "text": text(4)}).encode() + b"\n"
    )
    articles, rejected = split(read(path))
    assert [a.external_id for a in articles] == ["a", "d"]
    assert [r.source for r in rejected] == [f"{path} line 2", f"{path} line 3"]
    assert rejected[0].reason.startswith("not valid UTF-8 (byte 0xff")
    assert_one_line(rejected)


def test_a_surrogate_never_reaches_the_database_and_the_batch_is_stored(tmp_path: Path) -> None:
    from storyline import api

    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "text": text(1)})
        + '\n{"id": "\\udfff", "outlet": "\\ud83d", "text": '
        + json.dumps(text(2))
        + "}\n"
    )
    store = open_store(tmp_path / "s.db")
    try:
        report = api.ingest([str(path)], store, Settings(db=str(tmp_path / "s.db"), workers=1))
        assert report.added == 1
        assert [r.source for r in report.rejected] == [f"{path} line 2"]
        assert report.rejected[0].reason.startswith("the 'id' field holds a lone UTF-16")
    finally:
        store.close()


def test_json_list_item_that_breaks_a_parser_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps([{"id": "a", "text": text(1)}, {"id": "b", "html": 7}, {"id": "c"}])[:-1]
        + ', {"id": "d", "url": "http://[::1/x", "text": '
        + json.dumps(text(4))
        + "}]"
    )
    articles, rejected = split(read(path))
    assert [a.external_id for a in articles] == ["a", "d"]
    assert [r.source for r in rejected] == [f"{path} item 2", f"{path} item 3"]
    assert_one_line(rejected)


def test_json_record_over_the_size_cap_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"id": "big", "text": text(0) + " word" * 500})
        + "\n"
        + json.dumps({"id": "small", "text": text(1)})
        + "\n"
    )
    articles, rejected = split(read(path, Settings(fetch_feed_links=False, file_max_bytes=1000)))
    assert [a.external_id for a in articles] == ["small"]
    assert rejected[0].source == f"{path} line 1" and "too large" in rejected[0].reason


# ------------------------------------------------------------------ feeds
def test_feed_entry_with_a_malformed_link_does_not_lose_the_rest(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link>"
        f"<description>{text(n)}</description></item>"
        for n, link in enumerate(["http://[::1/broken", "http://ok.example/2", "http://x:99999/"])
    )
    path = tmp_path / "news.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port News'
                    f"</title>{items}</channel></rss>")

    class Refuse:
        def fetch(self, url: str) -> object:
            from storyline.sources.fetch import check_url

            check_url(url, False, 1.0)  # raises FetchError for malformed URLs
            raise AssertionError("not reached: .example never resolves")

    found = list(read_source(str(path), Settings(), Refuse(), today=TODAY))  # type: ignore[arg-type]
    articles, rejected = split(found)
    assert len(articles) == 3 and not rejected
    assert articles[0].url is None  # the malformed link is dropped, the entry kept
    assert articles[1].url == "http://ok.example/2"


# ------------------------------------------------------------------ WARC
def _warc(records: list[tuple[str | None, bytes, str]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for uri, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri or "http://placeholder.example/", "response", payload=io.BytesIO(payload),
            http_headers=headers,
        )
        if uri is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buf.getvalue()


def _page(n: int) -> bytes:
    return (f"<html><head><title>Ferry terminal {n}</title></head><body><article>"
            f"<h1>Ferry terminal {n}</h1><p>{text(n)}</p><p>{text(n + 100)}</p>"
            "</article></body></html>").encode()


def test_warc_record_without_target_uri_and_broken_record_do_not_lose_the_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = _warc([
        ("http://a.example/1", _page(1), "text/html"),
        (None, _page(2), "text/html"),  # no WARC-Target-URI: read, with no URL
        ("http://a.example/3", b"<html><body>tiny</body></html>", "text/html"),
        ("http://a.example/4", _page(4), "text/html"),
    ])
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    articles, rejected = split(read(path))
    assert [a.title for a in articles] == ["Ferry terminal 1", "Ferry terminal 2",
                                           "Ferry terminal 4"]
    assert [r.source for r in rejected] == [f"{path} record 3"]
    assert_one_line(rejected)


def test_warc_with_broken_length_is_quiet_and_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = _warc([("http://a.example/1", _page(1), "text/html"),
                  ("http://a.example/2", _page(2), "text/html")])
    # Understate the first record's length: warcio warns on stderr and the record is cut.
    first = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = data.index(b"\r\n", first)
    data = data[:first] + b"100" + data[end:]
    path = tmp_path / "cut.warc"
    path.write_bytes(data)
    _, rejected = split(read(path))
    assert_one_line(rejected)
    assert capfd.readouterr().err == ""  # warcio's warnings stay out of the terminal


# ------------------------------------------------------------------ files
def test_fifo_given_as_input_is_rejected_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[list[Article | Rejection]] = []
    reader = threading.Thread(target=lambda: result.append(read(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    (rej,) = result[0]
    assert isinstance(rej, Rejection) and "not a regular file (a FIFO)" in rej.reason


def test_file_name_with_a_newline_is_escaped_in_the_rejection(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_text("too short")
    (rej,) = read(path)
    assert isinstance(rej, Rejection)
    assert rej.source == str(tmp_path / "bad\\x0aname.txt")
    assert_one_line([rej])


def test_local_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(TEXT * 100)
    (rej,) = read(path, Settings(file_max_bytes=1000))
    assert isinstance(rej, Rejection) and "file too large" in rej.reason


def test_article_over_the_token_cap_is_rejected_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "letters.txt"
    path.write_text("Title: Letters\n\n" + "a\n" * 3000)
    (rej,) = read(path, Settings(article_max_tokens=2000))
    assert isinstance(rej, Rejection) and "too long to analyse" in rej.reason
    assert "STORYLINE_ARTICLE_MAX_TOKENS" in rej.reason


def test_html_with_too_many_blocks_is_refused_before_extraction(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body>" + b"<p>word</p>" * 30_000 + b"</body></html>")
    (rej,) = read(path)
    assert isinstance(rej, Rejection) and "more than 20,000 paragraphs" in rej.reason
    assert_one_line([rej])


# ------------------------------------------------------------------ helpers
def test_one_line_folds_and_escapes() -> None:
    assert one_line("a\n  b\tc\x00d\ud800") == "a b c\\x00d\\ud800"
    assert len(one_line("x" * 1000)) == 300


def test_count_tokens_counts_words_marks_and_line_breaks() -> None:
    assert count_tokens("Hello, world.\nBye", 100) == 6
    assert count_tokens("a\n" * 1000, 50) == 50  # stops counting at the cap


def test_describe_exception_names_the_cause() -> None:
    assert describe_exception(RecursionError()) == "nested too deeply to read"
    assert "malformed URL" in describe_exception(ValueError("Invalid IPv6 URL"))
    assert "\n" not in describe_exception(ValueError("two\nlines"))


def test_gzip_that_expands_past_the_cap_is_refused(tmp_path: Path) -> None:
    import gzip

    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 2_000_000))  # 4 MB out of a few KB
    (rej,) = read(bomb, Settings(file_max_bytes=100_000))
    assert isinstance(rej, Rejection) and "decompresses to more than 100,000 bytes" in rej.reason
    two = tmp_path / "two.jsonl.gz"  # two gzip members, as `cat a.gz b.gz` makes
    two.write_bytes(gzip.compress((json.dumps({"id": "a", "text": text(1)}) + "\n").encode())
                    + gzip.compress((json.dumps({"id": "b", "text": text(2)}) + "\n").encode()))
    articles, rejected = split(read(two))
    assert [a.external_id for a in articles] == ["a", "b"] and not rejected
