"""The language an article is written in, offline.

Most articles are English, and English text is recognised without a model: its most common
function words ("the", "of", "and", "to" …) make up a fifth or more of its words, and in
no other language they do. Only texts that fail that check are given to py3langid (the
model ships inside the package, ~3 s to load once per process). Articles in another
language are kept (they may still join a story by names and numbers) but are left out of
English extraction in reconciliation and briefs.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from storyline.errors import MissingDependencyError

logger = logging.getLogger(__name__)

_ENGLISH_WORDS = (
    "the of and to in a is that for on was with said by as at it he she from has have his "
    "her be are were will its an this which who their not but they had been after"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE_CHARS = 4000


@dataclass(frozen=True)
class LanguageOptions:
    english_share: float = 0.18  # English function words per word; English news has ~0.3
    min_words: int = 12  # fewer words: too little to tell, assume the default
    min_confidence: float = 0.8  # py3langid probability needed to call a text non-English


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 ("en", "de"), or "und" when too short to tell
    confidence: float
    method: str  # "function words", "py3langid" or "too short"


_IDENTIFIER: Any = None


def _identifier() -> Any:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        try:
            from py3langid.langid import (
                MODEL_FILE,
                LanguageIdentifier,
            )
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise MissingDependencyError(
                "language detection needs py3langid: pip install 'py3langid==0.4.0'"
            ) from exc
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect_language(text: str, options: LanguageOptions | None = None) -> Language:
    """The text's language: English by its function words, else by py3langid."""
    o = options or LanguageOptions()
    sample = text[:_SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < o.min_words:
        return Language("und", 0.0, "too short")
    share = sum(1 for w in words if w in _ENGLISH) / len(words)
    if share >= o.english_share:
        return Language("en", min(1.0, share / 0.3), "function words")
    code, prob = _identifier().classify(sample)
    return Language(str(code), float(prob), "py3langid")


def is_foreign(text: str, options: LanguageOptions | None = None) -> str | None:
    """The language code when the text is confidently not English, else None."""
    o = options or LanguageOptions()
    lang = detect_language(text, o)
    if lang.code in ("en", "und") or lang.confidence < o.min_confidence:
        return None
    return lang.code
