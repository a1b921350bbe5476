"""Quotes: direct quotations and reported speech, each with its cue and speaker.

Direct quotes are found from quotation marks (“ ” " " ‘ ’ « » „), attributed through the
nearest speech cue outside the marks ("said", "told reporters", "warning:"), and a quote
split by its cue ("A," she said. "B.") comes out as one quote with both parts joined by
" … ". Reported speech is a speech verb's clausal complement ("X said (that) ...",
"X confirmed via Y that ...") or the clause around "according to X" (see
``quotes_reported``); a labelled line ("BOULDUAN: ...", "Rubio: ...") is a quote of its
label (``quotes_lines``). The speaker is kept as written next to the cue (``speaker_text``:
"she", "the minister", "Lutnick") and resolved to a person of the article (``speaker``).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Any

from storyline.nlp.quotes_lines import label_quotes
from storyline.nlp.quotes_reported import reported_quotes
from storyline.nlp.quotes_speakers import (
    _SUBJ,
    BELIEF,
    SPEECH,
    Resolver,
    attribute,
    speech_token,
    subject,
    text_of,
)
from storyline.records import Person, Quote, Sentence

log = logging.getLogger(__name__)


# A quoted phrase this short inside a sentence is a scare quote unless a cue attributes it.
SCARE_WORDS = 3
# Characters either side of a quotation searched for a cue right next to it ('...," she
# said'); also what keeps the cost per quotation mark constant.
_CUE_WINDOW = 80

_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
# A straight single mark opens a quotation only at a word's start, before a letter ("'We
# are in a good place,' Lagarde said"), and closes one only right after punctuation or
# before it ("… the data allow,' she said"): elsewhere it is an apostrophe ("don't",
# "drivers' pay", "the '90s").
_SINGLE_OPEN_BEFORE = frozenset(" \t([—–-:")
_SINGLE_CLOSER = re.compile(r"(?<=[,.!?])'|(?<=[\w])'(?=[,.;:!?])")


@dataclass
class _Span:
    start: int  # content start (inside the marks)
    end: int
    outer_start: int  # including the marks
    outer_end: int


def find_quoted(text: str) -> list[_Span]:
    """Quotation-mark spans in the text, outermost only.

    Marks pair within a paragraph, except for the news convention of a quotation running
    over several paragraphs: each paragraph opens with a mark and only the last one closes.
    A paragraph opening with a mark it never closes is quoted to its end, or to the next
    paragraph's closing mark when that paragraph closes a quote it never opened.
    """
    spans: list[_Span] = []
    # Some papers (the NYT archive) write a double quote as two apostrophes: read '' as ",
    # keeping offsets (the mark's second character stands for it).
    text = text.replace("''", ' "')
    paras = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    pending: tuple[int, str] | None = None  # (outer start, opener) of a quote still open
    resume = 0  # where reading goes on after a quote closed in a later paragraph
    for n, (base, line) in enumerate(paras):
        i = max(0, resume - base)
        marks = _Marks(line)
        if pending is not None:
            opener = pending[1]
            j = _find_closer(marks, 1, opener, _OPENERS[opener])
            if j >= 0:
                _add_span(spans, text, pending[0], base + j + 1)
                pending = None
                i = j + 1
            elif not _reopens(paras, n + 1, opener):
                _add_span(spans, text, pending[0], base + len(line.rstrip()), closed=False)
                pending = None
                continue
            else:
                continue
        while i < len(line):
            ch = line[i]
            closer = _OPENERS.get(ch)
            if closer is None or (ch == "‘" and i > 0 and line[i - 1].isalnum()) or (
                    ch == "'" and not _single_opens(line, i)):
                i += 1
                continue
            j = _find_closer(marks, i + 1, ch, closer)
            if j < 0:
                if ch not in "‘'" and _reopens(paras, n + 1, ch):
                    pending = (base + i, ch)
                    break
                if ch in _CURLY and not line[:i].strip():
                    # A paragraph opening with a curly mark it never closes: a mismatched
                    # double mark closes it ("…FBI,\" he said"), else it is quoted to its
                    # end: the quote runs on, the next paragraph's opening mark lost in
                    # copying (its closer, if it has one and no opener, ends the quote).
                    # A straight mark left open is as often a stray.
                    odd = _ODD_CLOSER.search(line, i + 1)
                    end = -1 if odd else _closes_next(paras, n + 1, ch, closer)
                    if odd:
                        _add_span(spans, text, base + i, base + odd.start() + 1)
                        i = odd.end()
                        continue
                    if end >= 0:
                        _add_span(spans, text, base + i, end + 1)
                        resume = end + 1
                    else:
                        _add_span(spans, text, base + i, base + len(line.rstrip()), closed=False)
                    break
                if ch == '"' and not line[:i].strip():
                    end = _straight_closes_later(paras, n + 1)
                    if end >= 0:
                        _add_span(spans, text, base + i, end + 1)
                        resume = end + 1
                        break
                i += 1
                continue
            _add_span(spans, text, base + i, base + j + 1)
            i = j + 1
    return spans


# Opening marks a paragraph may leave open while its quote runs on.
_CURLY = frozenset("“„«")
# A double mark that closes an opening curly one, however mistyped.
_ODD_CLOSER = re.compile(r"[\"“”»]")


def _closes_next(paras: list[tuple[int, str]], n: int, opener: str, closer: str) -> int:
    """The offset of the closing mark of paragraph n when it closes a quotation it never
    opened (its first mark of the pair is the closer), else -1."""
    if n >= len(paras) or opener == closer:
        return -1
    base, line = paras[n]
    j, k = line.find(closer), line.find(opener)
    return base + j if j >= 0 and (k < 0 or j < k) else -1


# Paragraphs a quotation opened with a straight mark may run over before its closing mark
# when the paragraphs between do not reopen it (a quote split over lines, one per sentence).
_STRAIGHT_RUN = 4


def _straight_closes_later(paras: list[tuple[int, str]], n: int) -> int:
    """The offset of the straight mark closing a quotation left open in the paragraph before
    n: the first mark of one of the next few paragraphs, when it stands as a closer (right
    after a word or punctuation, not before a letter) and no paragraph between has a mark."""
    for base, line in paras[n : n + _STRAIGHT_RUN]:
        j = line.find('"')
        if j < 0:
            continue
        if j > 0 and not line[j - 1].isspace() and not line[j + 1 : j + 2].isalnum():
            return base + j
        return -1
    return -1


def _reopens(paras: list[tuple[int, str]], n: int, opener: str) -> bool:
    """Whether paragraph n continues an open quotation (it starts with the same mark)."""
    return n < len(paras) and paras[n][1].lstrip().startswith(opener)


def _add_span(spans: list[_Span], text: str, outer_start: int, outer_end: int,
              closed: bool = True) -> None:
    s, e = outer_start + 1, outer_end - 1 if closed else outer_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(_Span(s, e, outer_start, outer_end))


class _Marks:
    """``line.find(mark, k)`` remembered per mark: within a line the search start only
    grows, so each mark's next position is found once per occurrence, and a line dense
    with unpaired marks costs linear time instead of one scan per mark."""

    def __init__(self, line: str) -> None:
        self.line = line
        self._last: dict[str, tuple[int, int]] = {}  # mark -> (searched from, found at)

    def find(self, mark: str, k: int) -> int:
        known = self._last.get(mark)
        if known is not None and known[0] <= k and (known[1] < 0 or k <= known[1]):
            return known[1]
        j = self.line.find(mark, k)
        self._last[mark] = (k, j)
        return j


def _single_opens(line: str, i: int) -> bool:
    """A straight single mark opening a quotation (see ``_SINGLE_CLOSER``)."""
    return ((i == 0 or line[i - 1] in _SINGLE_OPEN_BEFORE)
            and line[i + 1:i + 2].isalpha() and line[i + 1:i + 2].isupper())


def _find_closer(marks: _Marks, k: int, opener: str, closer: str) -> int:
    if opener == "'":
        m = _SINGLE_CLOSER.search(marks.line, k)
        return m.start() if m else -1
    if opener != "‘":
        j = marks.find(closer, k)
        if j < 0 and opener == "„":
            j = marks.find("”", k)
        return j
    # A single closing quote is one not followed by a letter (not an apostrophe: don’t).
    line = marks.line
    while True:
        j = marks.find("’", k)
        if j < 0:
            return -1
        if j + 1 >= len(line) or not line[j + 1].isalnum():
            return j
        k = j + 1


# --------------------------------------------------------------------------- extraction


def is_speech(quote: Quote) -> bool:
    """Whether a quote is words someone said or wrote (a direct quote, "said", "according
    to"), as opposed to a reported stance ("criticized the plan", "focused on costs")."""
    if quote.kind == "direct" or not quote.cue:
        return quote.kind == "direct"
    first = quote.cue.split()[0].lower()
    return first in SPEECH or first == "according"


def extract_quotes(doc: Any, sentences: list[Sentence], people: list[Person]) -> list[Quote]:
    """Direct and reported quotes in the Doc, in text order."""
    text = text_of(doc)
    starts = [s.start for s in sentences]

    def sent_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1) if sentences else 0

    resolver = Resolver(people)
    spans = find_quoted(text)
    inside = _Inside(spans)
    direct = _direct_quotes(doc, text, spans, _Cues(doc, inside, sentences), sentences, sent_of,
                            resolver)
    indirect = reported_quotes(
        doc, lambda i: inside.span_at(i) is not None, inside.covered, direct, sent_of, resolver
    )
    # Mixed quotation: "X said Bush is “not smart enough to win”" is reported speech that
    # quotes a few words; the reported clause is the quote.
    direct = [
        d for d in direct
        if not any(i.start < d.start and d.end <= i.end + 1 for i in indirect)
    ]
    quotes = sorted(direct + indirect, key=lambda q: q.start)
    quotes += label_quotes(doc, quotes, sent_of)
    return sorted(quotes, key=lambda q: q.start)


class _Inside:
    """Whether an offset falls inside quotation marks."""

    def __init__(self, spans: list[_Span]) -> None:
        self.spans = spans
        self._starts = [s.outer_start for s in spans]

    def span_at(self, offset: int) -> _Span | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.spans[k].outer_start <= offset < self.spans[k].outer_end:
            return self.spans[k]
        return None

    def covered(self, start: int, end: int) -> int:
        """Characters of [start, end) inside quotation marks."""
        total = 0
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        for s in self.spans[k:]:
            if s.start >= end:
                break
            total += max(0, min(end, s.end) - max(start, s.start))
        return total


def _direct_quotes(
    doc: Any,
    text: str,
    spans: list[_Span],
    cues: _Cues,
    sentences: list[Sentence],
    sent_of: Any,
    resolver: Resolver,
) -> list[Quote]:
    out: list[Quote] = []
    cue_of: list[Any] = []  # the cue token of each quote in ``out``
    for span in spans:
        content = text[span.start : span.end]
        words = len(content.split())
        sidx = sent_of(span.start)
        after = _cue_after(doc, text, span)
        cue = (
            after
            or _cue_before(doc, text, span)
            or cues.nearest(span, sent_of)
            or _governing_verb(doc, span)
        )
        fills = _fills_sentence(text, span, sentences[sidx] if sentences else None)
        if words <= SCARE_WORDS and not fills and not _adjacent_cue(doc, span, cue):
            continue
        if cue is None and not fills and words < 8:
            continue
        # A second part of a quote split by its cue: same cue, or no cue of its own and the
        # previous quote ends in the sentence before or in this one.
        same_para = bool(out) and "\n" not in text[out[-1].end : span.start]
        if out and (
            (cue is not None and cue_of[-1] is not None and cue.i == cue_of[-1].i)
            or (cue is None and same_para and out[-1].sentence >= sidx - 1
                and out[-1].speaker_text)
        ):
            prev = out[-1]
            prev.text = prev.text.rstrip(" ,") + " … " + content
            prev.end = span.end
            continue
        end = span.end
        while end > span.start and text[end - 1] in ", ":
            end -= 1  # the comma before the cue belongs to the frame, not the quote
        content = text[span.start : end]
        quote = Quote(text=content, start=span.start, end=end, sentence=sidx)
        # A pull quote ("‘…’ — Margaret Hale") names its speaker after the dash, and
        # "… Maria Castellanos: “…”" before the colon, whatever speech verb lies near (but
        # "“…,” he said" after the quotation wins); a paragraph's dash line does only when
        # no cue does.
        byline = _pull_quote_byline(text, span) or (
            _colon_byline(text, span, resolver) if after is None else None) or (
            _dash_byline(text, span) if cue is None else None)
        if byline is not None:
            quote.speaker_start, quote.speaker_end = byline
            quote.speaker_text = text[byline[0] : byline[1]]
            hit = resolver.person_at(*byline)
            quote.speaker = hit[2].name if hit is not None else quote.speaker_text
        elif cue is not None:
            attribute(quote, doc, cue, resolver)
        elif fills:
            _inherit(quote, doc, out, sidx, sentences, sent_of, resolver)
            if not quote.speaker_text:
                _run_on(quote, doc, out, sidx)
        if cue is None and not quote.speaker_text and words < 8:
            continue
        out.append(quote)
        cue_of.append(cue)
    return out


def _fills_sentence(text: str, span: _Span, sentence: Sentence | None) -> bool:
    """Whether the quotation is (nearly) all of its sentence or starts it."""
    if sentence is None:
        return True
    outside = (
        text[sentence.start : span.outer_start].strip()
        + text[span.outer_end : sentence.end].strip()
    )
    return len(outside) <= 3 or span.outer_start <= sentence.start + 1


def _tokens_between(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def _cue_after(doc: Any, text: str, span: _Span) -> Any | None:
    """'“...,” Trump said', '“...?” asked the host': a verb right after the closing mark,
    whatever the verb (fumed, pressed, answered), with its subject next to it."""
    inner_end = text[span.end - 1 : span.end]
    after = text[span.outer_end : span.outer_end + 1]
    if inner_end not in {",", "?", "!", "—", "-"} and after != ",":
        return None
    stop = min(len(text), span.outer_end + _CUE_WINDOW)
    for mark in ("\n", "“", '"', "«"):  # searched within the window only: linear overall
        k = text.find(mark, span.outer_end, stop)
        if k >= 0:
            stop = k
    window = _tokens_between(doc, span.outer_end, stop)
    reach = _CUE_AFTER_TOKENS
    for k, tok in enumerate(window):
        if k >= reach or tok.text in {".", ";"}:
            break
        if tok.tag_.startswith("VB") and tok.tag_ not in {"VBN"} and tok.lower_ not in {
            "is", "was", "are", "were", "be", "has", "have", "had", "do", "did", "does"
        }:
            subj = subject(tok)
            if subj is not None and subj.lower_ in {"who", "which", "that"}:
                # "…,” Renata Solis, who chairs the commission, said: the clause's verb is
                # not the cue; the cue comes after it
                reach = k + _RELATIVE_CLAUSE_TOKENS
                continue
            if subj is not None and subj.idx >= span.outer_end:
                return tok
            return None
    return None


_CUE_AFTER_TOKENS = 6  # tokens after a closing mark searched for its cue
_RELATIVE_CLAUSE_TOKENS = 8  # ... and past a relative clause about the speaker


def _cue_before(doc: Any, text: str, span: _Span) -> Any | None:
    """'Fallon fired back: “...”', 'She added, “...”': the verb just before the mark."""
    low = max(0, span.outer_start - _CUE_WINDOW)
    line_start = text.rfind("\n", 0, span.outer_start) + 1
    para_start = max(low, line_start)
    end = span.outer_start
    if line_start and not text[line_start:end].strip():
        # The quotation opens its own paragraph: the cue may end the one before ("Jane
        # Doe, who leads the group, commented:" and then the quoted paragraph).
        end = line_start - 1
        low = max(0, end - _CUE_WINDOW)
        para_start = max(low, text.rfind("\n", low, end) + 1)
    before = text[para_start:end].rstrip()
    if not before.endswith((":", ",")):
        return None
    window = _tokens_between(doc, para_start, end)
    for tok in reversed(window[-7:]):
        if tok.tag_.startswith("VB") and tok.lower_ not in {"is", "was", "are", "were"}:
            return tok if subject(tok) is not None else None
    return None


def _governing_verb(doc: Any, span: _Span) -> Any | None:
    """'X blamed the court's “four liberal justices”': the verb whose object holds the
    quotation stands for its cue."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None:
        return None
    roots = [t for t in inner if not (inner.start <= t.head.i < inner.end)]
    tok = roots[0].head if roots else None
    for _ in range(4):
        if tok is None or (tok.i == tok.head.i and not tok.tag_.startswith("VB")):
            return None
        if tok.tag_.startswith("VB") and not (span.outer_start <= tok.idx < span.outer_end):
            return tok if subject(tok) is not None else None
        tok = tok.head
    return None


def _dash_byline(text: str, span: _Span) -> tuple[int, int] | None:
    """A quotation paragraph followed by '- Name.' or '— Name, Town.': where the name is."""
    m = _DASH_LINE.match(text, span.outer_end)
    if m is None:
        return None
    return m.start("name"), m.end("name")


def _pull_quote_byline(text: str, span: _Span) -> tuple[int, int] | None:
    """A line that is only a quotation and '— Name' (or '— Name, his post'): a pull quote
    or a caption's quote, whose speaker is the name after the dash."""
    line_start = text.rfind("\n", 0, span.outer_start) + 1
    if text[line_start : span.outer_start].strip():
        return None
    m = _DASH_SAME_LINE.match(text, span.outer_end)
    if m is None:
        return None
    return m.start("name"), m.end("name")


def _colon_byline(text: str, span: _Span, resolver: Resolver) -> tuple[int, int] | None:
    """A person's name and a colon right before the quotation ("The line of the day came
    from Trade Representative Maria Castellanos: “…”", "Castellanos: “…”"): the speaker
    named as in a transcript."""
    colon = span.outer_start
    while colon > 0 and text[colon - 1] in " \t":
        colon -= 1
    if colon < 2 or text[colon - 1] != ":":
        return None
    colon -= 1
    hit = resolver.person_at(colon - 1, colon)
    if hit is None or hit[1] != colon or hit[2].kind != "person":
        return None
    if _TOLD_BEFORE.search(text, max(0, hit[0] - 40), hit[0]):
        return None  # "Mayor Annaliza Cabahug told Radyo Silangan: “…”": whom she told
    return hit[0], hit[1]


# A speech verb whose object is named before the colon: the listener, not the speaker.
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|asked|wrote to|said to|speaking to|"
                          r"in an interview with)\s+(?:the\s+)?$")


_DASH_SAME_LINE = re.compile(
    r"[ \t]*[—–-][ \t]*(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})[ \t]*"
    r"(?:,[^\n]{0,80})?[ \t]*(?=\n|$)")
_DASH_LINE = re.compile(r"[.!?\s]*\n\s*[-—–]\s*(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})")


class _Cues:
    """The speech verbs outside quotation marks, found once per group of sentences.

    A quote's cue is the nearest such verb in the sentences the quote covers; listing them
    once per sentence range and bisecting keeps a sentence with thousands of quotation
    marks linear (it was one scan of the sentence per quote)."""

    def __init__(self, doc: Any, inside: _Inside, sentences: list[Sentence]) -> None:
        self.doc = doc
        self.inside = inside
        self.sentences = sentences
        self._found: dict[tuple[int, int], tuple[list[int], list[Any]]] = {}

    def _candidates(self, first: int, last: int) -> tuple[list[int], list[Any]]:
        key = (first, last)
        if key not in self._found:
            start, end = self.sentences[first].start, self.sentences[last].end
            toks = [
                tok for tok in self.doc.char_span(start, end, alignment_mode="expand") or []
                if self.inside.span_at(tok.idx) is None and speech_token(tok)
            ]
            self._found[key] = ([t.idx for t in toks], toks)
        return self._found[key]

    def nearest(self, span: _Span, sent_of: Any) -> Any | None:
        """The speech verb outside quotation marks nearest to the quote, in its sentence."""
        if not self.sentences:
            return None
        first = sent_of(span.outer_start)
        last = sent_of(max(span.outer_end - 1, span.outer_start))
        starts, toks = self._candidates(first, last)
        best, best_dist = None, None
        k = bisect.bisect_left(starts, span.outer_end)  # first token at or after the quote
        if k < len(toks):
            best, best_dist = toks[k], starts[k] - span.outer_end
        j = bisect.bisect_left(starts, span.outer_start) - 1  # last token before it
        while j >= 0:
            tok = toks[j]
            dist = span.outer_start - (tok.idx + len(tok))
            if dist >= 0:  # on a tie the earlier token wins, as in a left-to-right scan
                if best_dist is None or dist <= best_dist:
                    best, best_dist = tok, dist
                break
            j -= 1
        return best


def _adjacent_cue(doc: Any, span: _Span, cue: Any | None) -> bool:
    """A cue right next to the quotation: '"Absolutely," she said' or 'said: "Never."'."""
    if cue is None:
        return False
    text = text_of(doc)
    between = text[span.outer_end : cue.idx] if cue.idx >= span.outer_end else ""
    before = text[cue.idx + len(cue) : span.outer_start] if cue.idx < span.outer_start else ""
    gap = between or before
    return len(gap.split()) <= 3 and (
        text[span.end - 1 : span.end] in ",.!?" or gap.strip()[-1:] in {":", ","}
    )


# How far back a quote paragraph standing alone looks for the last quote's speaker when no
# one else is named in between (a speaker's quotes run on over a few paragraphs).
_RUN_SENTENCES = 5


def _run_on(quote: Quote, doc: Any, previous: list[Quote], sidx: int) -> None:
    """A quote paragraph nothing before it attributes: the last quote's speaker's, when
    that quote is a few sentences back and no person is named in between."""
    if not previous or not previous[-1].speaker_text:
        return
    p = previous[-1]
    after = max(p.end, p.speaker_end or 0)  # the speaker's own name is no one else
    if p.sentence < sidx - _RUN_SENTENCES or any(
            e.label_ == "PERSON" and after <= e.start_char and e.end_char <= quote.start
            for e in doc.ents):
        return
    quote.speaker, quote.speaker_text = p.speaker, p.speaker_text
    quote.speaker_start, quote.speaker_end, quote.cue = p.speaker_start, p.speaker_end, p.cue


def _inherit(
    quote: Quote,
    doc: Any,
    previous: list[Quote],
    sidx: int,
    sentences: list[Sentence],
    sent_of: Any,
    resolver: Resolver,
) -> None:
    """A quote standing alone: take the speaker introduced in the sentence before."""
    if sidx == 0:
        return
    prev_sent = sentences[sidx - 1]
    if previous and previous[-1].sentence >= sidx - 2 and previous[-1].speaker_text:
        p = previous[-1]
        quote.speaker, quote.speaker_text = p.speaker, p.speaker_text
        quote.speaker_start, quote.speaker_end, quote.cue = p.speaker_start, p.speaker_end, p.cue
        return
    span = doc.char_span(prev_sent.start, prev_sent.end, alignment_mode="expand")
    if span is None:
        return
    for tok in span:
        if speech_token(tok) or tok.lower_ in BELIEF:
            subj = subject(tok)
            if subj is not None:
                attribute(quote, doc, tok, resolver)
                quote.cue = None
                return
    # No speech verb: the person the sentence before is about ("X defended the plan."), or
    # whoever introduces the quote with a colon ("Her answer:").
    root = span.root
    subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
    colon = prev_sent.text.rstrip().endswith(":")
    if subj is None and colon:
        subj = next((c for c in root.children if c.dep_ == "poss"), root)
    if subj is None:
        return
    start, end = resolver.speaker_span(doc, subj)
    hit = resolver.person_at(start, end)
    if colon and hit is None:
        quote.speaker = resolver.resolve(doc, subj, start, end)
        quote.speaker_text = text_of(doc)[start:end]
        quote.speaker_start, quote.speaker_end = start, end
    elif hit is not None and hit[2].kind == "person":
        quote.speaker = hit[2].name
        quote.speaker_text = text_of(doc)[start:end]
        quote.speaker_start, quote.speaker_end = start, end


