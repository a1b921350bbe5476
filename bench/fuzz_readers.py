"""Fuzz every reader with mutations of the example corpus; check that nothing escapes.

Usage: nice .venv/bin/python bench/fuzz_readers.py [--cases 10000] [--seed 1] [--json]

Each case is one batch file in one format (JSON Lines, a JSON list, an RSS feed, a WARC
file, a plain-text or an HTML article) built from short records cut from the example
articles (``storyline/examples``), with ONE record mutated. Mutations are either
structure-preserving ("value": a hostile string put into one record's field, then the
file is written correctly — the other records must still be read) or raw ("bytes":
bytes inserted, replaced, deleted, duplicated or cut anywhere in the record, so the file
itself may become unreadable). Hostile payloads include lone surrogates, a 5,000-digit
number, 100,000-deep nesting, control characters, invalid UTF-8, malformed URLs
(``http://[::1``), quote storms and WARC/XML/HTML syntax.

Checked for every case (a violation is printed and counted; exit code 1 if any):

1. ``read_source`` raises nothing (every problem is a ``Rejection``);
2. every rejection is one line (no newline or control character, at most 300
   characters) and names its source: the file, plus ``line N`` / ``item N`` / ``entry N``
   / ``record N`` for a record of a multi-record file;
3. every article is storable: all its text fields encode as UTF-8;
4. in "value" cases (and raw cases of JSON Lines past the first line), every untouched
   record of the batch is read as an article.

The test suite runs the same checks on a few hundred Hypothesis-chosen cases
(``tests/test_hardening_fuzz.py``); this command runs the large campaign whose figures are
in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.config import Settings  # noqa: E402
from storyline.records import Article, Rejection  # noqa: E402
from storyline.sources import read_source  # noqa: E402
from storyline.sources.dates import normalize_date  # noqa: E402

TODAY = date(2026, 11, 22)
SETTINGS = Settings(fetch_feed_links=False)
FORMATS = ("jsonl", "json", "feed", "warc", "txt", "html")
RECORDS_PER_BATCH = 3

HOSTILE: list[str] = [
    "\ud800", "\udfff", "\ud83d", "x\udc80y",
    "1" * 5000, "[" * 100_000, "{\"a\":" * 20_000,
    "\x00", "\x1b[31m", "\r", "\n", "\u2028", "\ufeff", "\u202e",
    "http://[::1", "http://[::1/x", "https://a:99999/", "javascript:alert(1)",
    "“" * 2000, "\"'«»„‘’" * 500, "(" * 3000,
    "<![CDATA[", "]]>", "<script>alert(1)</script>", "&#xD800;", "&#0;", "<p>" * 5000,
    "WARC/1.0\r\nContent-Length: -5\r\n\r\n", "HTTP/1.1 999 \r\n",
    "NaN", "1e999999", "-0", "true", "null",
    "a\n" * 5000, "Title: x\nTitle: y\n\n",
]  # fmt: skip
HOSTILE_BYTES: list[bytes] = [
    b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\x00" * 8, b"\x1f\x8b", b"\r\n\r\n",
    b"}", b"]", b",", b'"', b"\\", b"\\u", b"\\ud800", b"<", b"</item>", b"<item>",
]  # fmt: skip


# ------------------------------------------------------------------ the seed corpus
def seed_records(limit_chars: int = 700) -> list[dict[str, str]]:
    """Short records (id, url, outlet, title, published, text) cut from the examples."""
    examples = ROOT / "storyline" / "examples"
    records: list[dict[str, str]] = []
    for path in sorted(examples.iterdir()):
        if path.suffix not in (".txt", ".jsonl") or path.name.isupper():
            continue
        for item in read_source(str(path), SETTINGS, today=TODAY):
            if not isinstance(item, Article):
                continue
            text = item.text[:limit_chars]
            text = text[: text.rfind(" ")] + "."
            records.append({
                "id": f"seed-{len(records)}",
                "url": f"https://news{len(records)}.example.org/story",
                "outlet": item.outlet or "Example Outlet",
                "title": item.title or "Untitled",
                "published": item.published or "2026-06-11",
                "text": text,
            })  # fmt: skip
    return records


def _page(r: dict[str, str]) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n") if p.strip())
    return (
        f"<html><head><title>{html.escape(r['title'])}</title>"
        f'<meta property="article:published_time" content="{html.escape(r["published"])}">'
        f"</head><body><article><h1>{html.escape(r['title'])}</h1>{paras}</article>"
        "</body></html>"
    )


def _xml_text(value: str) -> str:
    value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", value)
    return html.escape(value, quote=False)


def build(fmt: str, records: list[dict[str, Any]], raw: dict[int, bytes] | None = None) -> bytes:
    """A file of ``fmt`` holding ``records``; ``raw`` replaces some records' bytes."""
    raw = raw or {}
    if fmt == "jsonl":
        lines = [raw.get(i) or json.dumps(r).encode() for i, r in enumerate(records)]
        return b"\n".join(lines) + b"\n"
    if fmt == "json":
        items = [raw.get(i) or json.dumps(r).encode() for i, r in enumerate(records)]
        return b"[" + b",\n".join(items) + b"]"
    if fmt == "feed":
        items = []
        for i, r in enumerate(records):
            items.append(raw.get(i) or (
                f"<item><title>{_xml_text(str(r['title']))}</title>"
                f"<link>{_xml_text(str(r['url']))}</link><guid>{_xml_text(str(r['id']))}</guid>"
                f"<description>{_xml_text(str(r['text']))}</description></item>"
            ).encode("utf-8", "surrogatepass"))
        return (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                b"<title>Fuzz Wire</title>" + b"".join(items) + b"</channel></rss>")
    if fmt == "warc":
        return _warc(records, raw)
    (r,) = records
    if 0 in raw:
        return raw[0]
    if fmt == "txt":
        head = f"Title: {r['title']}\nOutlet: {r['outlet']}\nPublished: {r['published']}\n\n"
        return (head + str(r["text"])).encode("utf-8", "surrogatepass")
    return _page(r).encode("utf-8", "surrogatepass")


def _warc(records: list[dict[str, Any]], raw: dict[int, bytes]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i, r in enumerate(records):
        payload = raw.get(i) or _page(r).encode("utf-8", "surrogatepass")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            r["url"] or "http://x.example.org/", "response", payload=io.BytesIO(payload),
            http_headers=headers,
        )
        if not r["url"]:
            rec.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(rec)
    return buf.getvalue()


# ------------------------------------------------------------------ mutations
@dataclass
class Case:
    fmt: str
    mode: str  # "value" or "bytes"
    records: list[dict[str, Any]]
    target: int  # which record is mutated
    data: bytes = b""
    what: str = ""


def mutate_value(value: str, op: str, pos: float, payload: str) -> str:
    k = int(pos * len(value))
    if op == "insert":
        return value[:k] + payload + value[k:]
    if op == "replace":
        return payload
    if op == "append":
        return value + payload
    return value[:k]  # truncate


def mutate_bytes(data: bytes, op: str, pos: float, payload: bytes) -> bytes:
    k = int(pos * len(data))
    if op == "insert":
        return data[:k] + payload + data[k:]
    if op == "replace":
        return data[:k] + payload + data[k + len(payload):]
    if op == "delete":
        return data[:k] + data[k + 1 + len(payload) % 64:]
    if op == "duplicate":
        return data[:k] + data[k: k + 200] + data[k:]
    return data[:k]  # truncate


def make_case(
    fmt: str, mode: str, seeds: list[dict[str, str]], start: int, target: int,
    field_name: str, op: str, pos: float, payload: str | bytes,
) -> Case:
    """One fuzz case, fully determined by its arguments (Hypothesis draws them)."""
    n = RECORDS_PER_BATCH if fmt in ("jsonl", "json", "feed", "warc") else 1
    records = [dict(seeds[(start + i) % len(seeds)]) for i in range(n)]
    for i, r in enumerate(records):
        r["id"] = f"{r['id']}-{i}"
        r["url"] = f"{r['url']}/{i}"
    target %= n
    case = Case(fmt, mode, records, target)
    if mode == "value":
        text = payload if isinstance(payload, str) else payload.decode("latin-1")
        if fmt == "warc" and field_name == "url":  # a header value: one line, encodable
            text = re.sub(r"[\r\n\ud800-\udfff]", "", text)
        if field_name == "url" and fmt == "warc" and op == "truncate" and pos < 0.1:
            records[target]["url"] = ""  # a record without WARC-Target-URI
        else:
            records[target][field_name] = mutate_value(str(records[target][field_name]), op,
                                                       pos, text)
        case.data = build(fmt, records)
        case.what = f"{fmt} value {field_name} {op} {pos:.2f} {text[:20]!r}"
    else:
        blob = payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogatepass")
        if fmt in ("jsonl", "json", "feed"):
            one = build(fmt, [records[target]])
            if fmt == "json":
                one = one[1:-1]
            elif fmt == "feed":
                one = one[one.index(b"<item>"): one.rindex(b"</item>") + 7]
            mutated = mutate_bytes(one, op, pos, blob)
            if fmt == "jsonl":
                mutated = mutated.replace(b"\n", b" ")  # one line stays one line
            case.data = build(fmt, records, {target: mutated or b" "})
        elif fmt == "warc":
            page = _page(records[target]).encode("utf-8", "surrogatepass")
            case.data = build(fmt, records, {target: mutate_bytes(page, op, pos, blob) or b" "})
        else:
            case.data = mutate_bytes(build(fmt, records), op, pos, blob)
        case.what = f"{fmt} bytes {op} {pos:.2f} {blob[:20]!r}"
    return case


def random_case(rng: random.Random, seeds: list[dict[str, str]]) -> Case:
    fmt = rng.choice(FORMATS)
    mode = "bytes" if fmt in ("txt", "html") else rng.choice(("value", "bytes"))
    field_name = rng.choice(("id", "url", "outlet", "title", "published", "text"))
    ops = ("insert", "replace", "append", "truncate") if mode == "value" else (
        "insert", "replace", "delete", "duplicate", "truncate")
    if mode == "bytes" and rng.random() < 0.5:
        payload: str | bytes = rng.choice(HOSTILE_BYTES)
    elif rng.random() < 0.8:
        payload = rng.choice(HOSTILE)
    else:
        payload = "".join(chr(rng.randrange(0, 0x11000)) for _ in range(rng.randrange(1, 40)))
    return make_case(fmt, mode, seeds, rng.randrange(len(seeds)), rng.randrange(8),
                     field_name, rng.choice(ops), rng.random(), payload)


# ------------------------------------------------------------------ checks
_LOCATOR = re.compile(r" (?:line|item|entry|record) \d+$")


@dataclass
class Outcome:
    articles: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def check_case(case: Case, folder: Path, settings: Settings = SETTINGS) -> Outcome:
    """Read the case's file and return what came out, with any violated property."""
    ext = {"warc": "warc", "feed": "rss"}.get(case.fmt, case.fmt)
    path = folder / f"case.{ext}"
    path.write_bytes(case.data)
    out = Outcome()
    try:
        items = list(read_source(str(path), settings, today=TODAY))
    except BaseException as e:  # the property under test: nothing escapes
        out.violations.append(f"raised {type(e).__name__}: {e!s:.200}")
        return out
    read_ids: set[str] = set()
    for item in items:
        if isinstance(item, Rejection):
            out.rejections.append(item)
            line = f"{item.source}: {item.reason}"
            if "\n" in line or "\r" in line or re.search(r"[\x00-\x1f\x7f]", line):
                out.violations.append(f"rejection not one line: {line[:200]!r}")
            if len(item.reason) > 300:
                out.violations.append(f"rejection reason too long ({len(item.reason)})")
            if not item.source.startswith(str(path)):
                out.violations.append(f"rejection does not name its file: {item.source!r}")
            rest = item.source[len(str(path)):]
            if rest and not _LOCATOR.fullmatch(rest):
                out.violations.append(f"rejection locator unclear: {item.source!r}")
        elif isinstance(item, Article):
            out.articles += 1
            for name in ("text", "title", "outlet", "url", "external_id", "published", "source"):
                value = getattr(item, name)
                try:
                    (value or "").encode("utf-8")
                except UnicodeEncodeError:
                    out.violations.append(f"article field {name} not storable")
            read_ids.add(item.external_id or item.url or "")
        else:
            out.violations.append(f"unexpected item {type(item).__name__}")
    # A raw mutation of one JSON Lines line cannot reach the others (lines are read one
    # by one), except at the very start of the file (a byte-order mark changes the whole).
    if case.mode == "value" or (case.fmt == "jsonl" and case.target != 0):
        for i, r in enumerate(case.records):
            if i == case.target:
                continue
            key = r["url"] if case.fmt == "warc" else r["id"]
            if key not in read_ids:
                out.violations.append(f"good record {i} ({key}) was not read")
    return out


# ------------------------------------------------------------------ the campaign
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)  # rejections are counted here, not logged
    rng = random.Random(args.seed)
    seeds = seed_records()
    per_format: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    totals = Counter()
    violations: list[str] = []
    started = time.perf_counter()
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:  # warm-up: imports and caches are not a case's cost
            check_case(make_case(fmt, "value", seeds, 0, 0, "title", "append", 1.0, ""),
                       Path(tmp))
        normalize_date("Wednesday")  # dateparser loads its language data on first use (~5 s)
        for n in range(args.cases):
            case = random_case(rng, seeds)
            t0 = time.perf_counter()
            out = check_case(case, Path(tmp))
            took = time.perf_counter() - t0
            slowest = max(slowest, (took, case.what))
            per_format[f"{case.fmt}/{case.mode}"] += 1
            totals["articles"] += out.articles
            totals["rejections"] += len(out.rejections)
            for r in out.rejections:
                reasons[re.sub(r"\d[\d,]*", "N", r.reason.split(" (")[0])[:70]] += 1
            for v in out.violations:
                violations.append(f"case {n} [{case.what}]: {v}")
            if not args.json and (n + 1) % 1000 == 0:
                print(f"{n + 1} cases, {len(violations)} violations", file=sys.stderr)
    summary = {
        "cases": args.cases,
        "seed": args.seed,
        "seconds": round(time.perf_counter() - started, 1),
        "slowest_case_seconds": round(slowest[0], 2),
        "slowest_case": slowest[1],
        "by_format": dict(sorted(per_format.items())),
        "articles": totals["articles"],
        "rejections": totals["rejections"],
        "violations": len(violations),
        "top_reasons": dict(reasons.most_common(12)),
        "first_violations": violations[:20],
    }
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    sys.exit(1 if violations else 0)


if __name__ == "__main__":
    main()
