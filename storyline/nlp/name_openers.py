"""Words that open a sentence before a name without being part of it ("Ironically Nichols").

Used by ``nlp/people`` when it trims a person span: only a sentence's first word is
capitalised for the sentence's sake, and there the tagger sometimes reads an adverb or a
connective as a proper noun joined to the name after it.
"""

from __future__ import annotations

import re
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Grammar's closed class of connectives and sentence adverbs that open a sentence with or
# without a comma; the tagger sometimes reads them as a proper noun before a name.
_CONNECTIVES = _words(
    "however meanwhile nevertheless nonetheless moreover furthermore still also indeed instead "
    "thus therefore hence yet then now later earlier today yesterday tomorrow tonight "
    "separately likewise otherwise besides again afterwards afterward anyway perhaps maybe "
    "even only just so but and or thereafter overall ultimately initially finally eventually "
    "meantime elsewhere accordingly consequently regardless notably"
)
# Derivational endings of manner and sentence adverbs ("ironically", "reportedly",
# "frankly"); a given name of seven or more letters rarely ends in one.
_ADVERB_ENDING = re.compile(
    r"(?:ically|ously|ently|antly|ively|ately|edly|fully|ingly|ably|ibly|lessly|ally|arly"
    r"|ctly|rtly|stly|ntly|ssly)$"
)
_OPENER_TAGS = {"RB", "RBR", "RBS", "UH", "CC", "IN", "WRB", "DT", "PDT"}


def sentence_opener(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens its sentence as an adverb or connective, not as a name.

    Only the sentence's first word (after opening punctuation) is capitalised for the
    sentence's sake; there a connective, a function word the tagger reads as one, a word
    tagged adverb that ends in -ly, or a word with an adverb's derivational ending
    ("Ironically", tagged NNP before "Nichols") is no part of the name after it.
    """
    tok = doc[i]
    sent = tok.sent
    if any(not doc[j].is_punct for j in range(sent.start, i)):
        return False
    low = tok.lower_
    if low in _CONNECTIVES or (tok.tag_ in _OPENER_TAGS and tok.is_stop):
        return True
    if tok.tag_ in {"RB", "RBR", "RBS"} and low.endswith("ly"):
        return True  # the tagger alone is not trusted: it tags a sentence's first name IN
    return len(low) >= 7 and tok.is_alpha and bool(_ADVERB_ENDING.search(low))
