"""Guards that keep one hostile input from hurting more than itself.

- ``one_line(message)``: a rejection reason or source name on one printable line:
  whitespace runs folded, control characters and lone UTF-16 surrogates escaped, long
  messages cut (warcio and parsers raise multi-line messages that quote record content).
- ``escape_source(name)``: a file name as printed: a newline or other control character in
  it is escaped, so ``rejected: SOURCE: REASON`` stays one line per rejection.
- ``unstorable_field(article)``: the first field of an article that cannot be stored as
  UTF-8 (a lone surrogate from a ``\\ud800`` JSON escape), or None.
- ``count_tokens(text, stop)``: about how many tokens the parser will see (words,
  punctuation marks, line breaks), counting no further than ``stop``: the parser's time
  grows with tokens, not characters (2 MB of one-letter lines is a million tokens).
- ``describe_exception(error)``: a one-line reason for an unexpected exception raised by a
  third-party parser (deep nesting, a huge number, a malformed URL, ...).
"""

from __future__ import annotations

import itertools
import re

from storyline.records import Article

# Reasons longer than this are cut: a reason says what is wrong, it does not quote input.
MAX_REASON = 300

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_SPACES = re.compile(r"\s+")

# Article fields that are stored and must be valid Unicode text.
_TEXT_FIELDS = ("external_id", "title", "outlet", "url", "published", "text")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_source(name: str) -> str:
    """``name`` with control characters, line separators and lone surrogates escaped."""
    return _CONTROL.sub(_escape, name)


def one_line(message: str, limit: int = MAX_REASON) -> str:
    """``message`` on one printable line of at most ``limit`` characters."""
    text = _CONTROL.sub(_escape, _SPACES.sub(" ", message).strip())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def unstorable_field(article: Article) -> str | None:
    """The first text field of ``article`` holding a lone surrogate (not valid UTF-8)."""
    for name in _TEXT_FIELDS:
        value = getattr(article, name, None)
        if isinstance(value, str) and not _is_utf8(value):
            return name
    return None


_TOKEN = re.compile(r"\w+|[^\w\s]|\n")


def count_tokens(text: str, stop: int) -> int:
    """Words, punctuation marks and line breaks in ``text``, counted up to ``stop``."""
    return sum(1 for _ in itertools.islice(_TOKEN.finditer(text), stop))


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def describe_exception(error: BaseException) -> str:
    """A one-line reason for an exception a parser raised on hostile input."""
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    if isinstance(error, MemoryError):
        return "too large to read into memory"
    if isinstance(error, UnicodeEncodeError) and "surrogate" in error.reason:
        return "holds a lone UTF-16 surrogate, which cannot be stored"
    message = str(error)
    if isinstance(error, ValueError) and "integer string conversion" in message:
        return "holds a number too large to read (over 4,300 digits)"
    if isinstance(error, ValueError) and "IPv6" in message:
        return f"malformed URL ({one_line(message, 120)})"
    return f"could not be read ({type(error).__name__}: {one_line(message, 200)})"
