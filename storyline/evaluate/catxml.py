"""One reader for CAT XML, the format of MEANTIME and ECB+ documents.

A CAT file holds ``<token t_id=… sentence=…>word</token>`` elements, then markables
(``<ENTITY_MENTION>``, ``<TIMEX3>``, ``<ACTION_OCCURRENCE>``…) that point at tokens through
``<token_anchor t_id=…/>`` children. ``read_cat`` parses it once; ``join_tokens`` turns
the tokens into text with each token's character span, so markables become offsets.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import DatasetError


@dataclass(frozen=True)
class CatToken:
    t_id: str
    sentence: int
    text: str


@dataclass
class CatDocument:
    path: Path
    root: ET.Element
    tokens: list[CatToken]

    def sentences(self) -> list[list[CatToken]]:
        """The tokens grouped by sentence number, in sentence order."""
        groups: dict[int, list[CatToken]] = {}
        for tok in self.tokens:
            groups.setdefault(tok.sentence, []).append(tok)
        return [groups[k] for k in sorted(groups)]

    def anchors(self, markable: ET.Element) -> list[str]:
        """The token ids a markable points at."""
        return [a.get("t_id", "") for a in markable.findall("token_anchor")]


def read_cat(path: Path) -> CatDocument:
    """Parse one CAT XML file; a ``DatasetError`` naming the file when it is not one."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise DatasetError(f"{path}: not valid CAT XML ({exc})") from exc
    tokens = [
        CatToken(tok.get("t_id", ""), int(tok.get("sentence", "0") or 0), tok.text or "")
        for tok in root.iter("token")
    ]
    if not tokens:
        raise DatasetError(f"{path}: no <token> elements; is this a CAT XML file?")
    return CatDocument(path, root, tokens)


def join_tokens(
    tokens: list[CatToken],
    *,
    no_space_before: Collection[str] = (),
    no_space_after: Collection[str] = (),
) -> tuple[str, dict[str, tuple[int, int]]]:
    """Tokens as text (a space between tokens, a newline between sentences, no space before
    a token in ``no_space_before`` or after one in ``no_space_after``) and each token id's
    ``(start, end)`` in that text."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous: CatToken | None = None
    for tok in tokens:
        if previous is None:
            sep = ""
        elif tok.sentence != previous.sentence:
            sep = "\n"
        elif tok.text in no_space_before or previous.text in no_space_after:
            sep = ""
        else:
            sep = " "
        parts.append(sep + tok.text)
        length += len(sep)
        offsets[tok.t_id] = (length, length + len(tok.text))
        length += len(tok.text)
        previous = tok
    return "".join(parts), offsets
