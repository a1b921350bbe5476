"""Byte forms of the story index's state, so a new process continues the index from the
store in bulk instead of re-reading and re-featurising every recent article.

Pure functions: arrays ↔ bytes. What is saved and when is :class:`StoryIndex`'s business
(``export_state`` / ``import_state``); where it is saved is the store's.
"""

from __future__ import annotations

import json
import struct
import zlib
from array import array
from collections.abc import Iterable
from typing import Any

import numpy as np

from storyline.stories.features import Features, empty
from storyline.stories.options import ClusterOptions

# Bump when the byte layout or the meaning of a saved field changes: older snapshots are
# then ignored and the index is rebuilt from the articles once. 2: evidence is saved.
FORMAT = 2

Evidence = tuple[tuple[tuple[int, int], ...], frozenset[tuple[str, str]]]
NO_EVIDENCE: Evidence = ((), frozenset())


def options_fingerprint(o: ClusterOptions) -> str:
    """The clustering options a saved state depends on: a state saved under others is not
    used (the index is rebuilt from the stored articles once). Evidence switches count only
    when on, so adding one (off) leaves older fingerprints as they were."""
    switches = ("people_evidence", "place_evidence", "when_evidence", "lead_month_days",
                "lead_court", "house_min_articles")
    return repr((o.n_features, sorted(o.weights.items()), o.ngram_max, o.article_terms,
                 o.centroid_terms, o.query_terms, o.postings_scanned, o.recent_articles,
                 o.copy_window_articles, o.num_perm, o.copy_threshold,
                 *((name, True) for name in switches if getattr(o, name))))


def pack_features(feats: Features) -> bytes:
    n = len(feats)
    return (struct.pack("<I", n) + feats.indices.astype(np.int32).tobytes()
            + feats.values.astype(np.float32).tobytes() + feats.blocks.astype(np.int8).tobytes())


def unpack_features(data: bytes) -> Features:
    if not data:
        return empty()
    (n,) = struct.unpack_from("<I", data)
    # Read-only views on the bytes, no copies (features are never changed in place).
    indices = np.frombuffer(data, np.int32, n, 4)
    values = np.frombuffer(data, np.float32, n, 4 + 4 * n)
    blocks = np.frombuffer(data, np.int8, n, 4 + 8 * n)
    return Features(indices, values, blocks)


def pack_signature(hashvalues: np.ndarray) -> bytes:
    return np.asarray(hashvalues, "<u4").tobytes()


def unpack_signature(data: bytes) -> np.ndarray:
    return np.frombuffer(data, "<u4").astype(np.uint32)


def pack_array(values: np.ndarray) -> bytes:
    """A 1-d numeric array, compressed (fast level: it is written after every chunk)."""
    header = json.dumps({"dtype": values.dtype.str, "n": int(values.size)}).encode()
    return struct.pack("<I", len(header)) + header + zlib.compress(values.tobytes(), 1)


def unpack_array(data: bytes) -> np.ndarray:
    (h,) = struct.unpack_from("<I", data)
    header = json.loads(data[4:4 + h])
    raw = zlib.decompress(data[4 + h:])
    return np.frombuffer(raw, np.dtype(header["dtype"]), int(header["n"])).copy()


class Postings:
    """The inverted index: term → ``array('i')`` of story ids, newest last.

    A loaded state stays as three flat arrays (sorted terms, offsets, story ids) and a term
    becomes a live ``array`` only when it is read or written, so loading costs no Python
    object per term."""

    def __init__(self, terms: np.ndarray | None = None, starts: np.ndarray | None = None,
                 flat: np.ndarray | None = None) -> None:
        self._live: dict[int, array] = {}
        self._terms = terms if terms is not None else np.zeros(0, np.int64)
        self._starts = starts if starts is not None else np.zeros(1, np.int64)
        self._flat = flat if flat is not None else np.zeros(0, np.int32)

    def get(self, term: int) -> array | None:
        posting = self._live.get(term)
        if posting is not None or not len(self._terms):
            return posting
        i = int(np.searchsorted(self._terms, term))
        if i < len(self._terms) and int(self._terms[i]) == term:
            posting = array("i", self._flat[self._starts[i]:self._starts[i + 1]].tolist())
            self._live[term] = posting
        return posting

    def __setitem__(self, term: int, posting: array) -> None:
        self._live[term] = posting

    def items(self) -> list[tuple[int, array]]:
        for term in self._terms.tolist():
            self.get(term)
        return sorted(self._live.items())

    def __len__(self) -> int:
        frozen = self._terms[~np.isin(self._terms, np.fromiter(self._live, np.int64))]
        return len(frozen) + len(self._live)

    def pack(self) -> bytes:
        live = np.fromiter(self._live.keys(), np.int64, len(self._live))
        keep = ~np.isin(self._terms, live)
        lengths = np.diff(self._starts)
        frozen_flat = self._flat[np.repeat(keep, lengths)]
        live_lengths = np.fromiter((len(p) for p in self._live.values()), np.int64,
                                   len(self._live))
        live_flat = array("i")
        for posting in self._live.values():
            live_flat.extend(posting)
        terms = np.concatenate([self._terms[keep], live])
        counts = np.concatenate([lengths[keep], live_lengths])
        flat = np.concatenate([frozen_flat, np.frombuffer(live_flat, np.int32)
                               if live_flat else np.zeros(0, np.int32)])
        return _pack_parts([terms.astype(np.int64), counts.astype(np.int32),
                            flat.astype(np.int32)])


def pack_postings(postings: Postings) -> bytes:
    return postings.pack()


def unpack_postings(data: bytes) -> Postings:
    terms, lengths, flat = _unpack_parts(data)
    order = np.argsort(terms, kind="stable")
    starts = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])
    if len(order) and np.any(order != np.arange(len(order))):
        # sort the terms, carrying each one's slice of story ids along (vectorised)
        new_lengths = lengths[order].astype(np.int64)
        new_starts = np.concatenate([[0], np.cumsum(new_lengths)])
        shift = np.repeat(starts[:-1][order] - new_starts[:-1], new_lengths)
        flat = flat[np.arange(int(new_starts[-1])) + shift]
        terms, starts = terms[order], new_starts
    return Postings(terms.astype(np.int64), starts.astype(np.int64), flat.astype(np.int32))


def pack_evidence(stated: Iterable[tuple[int, int]],
                  labels: Iterable[tuple[str, str]], *, ordered: bool = True,
                  outlet: str | None = None, house: list | None = None) -> str | None:
    """Stated dates (day intervals), series labels, (an article's) outlet and house-style
    segments (``house.HouseLines.to_json``) as compact JSON, e.g.
    ``{"d":[[739511,739511]],"l":[["flight","7"]],"o":"atlas newswire"}``; None when there
    are none. ``ordered``: keep the dates' order (an article's: lead first), else sort them
    (a story's set)."""
    dates = [[int(a), int(b)] for a, b in (stated if ordered else sorted(stated))]
    tags = sorted([str(k), str(v)] for k, v in labels)
    if not dates and not tags and not outlet and not house:
        return None
    value: dict[str, Any] = {"d": dates, "l": tags}
    if outlet:
        value["o"] = outlet
    if house:
        value["h"] = house
    return json.dumps(value, separators=(",", ":"))


def unpack_evidence(data: str | None) -> Evidence:
    """The inverse of :func:`pack_evidence` (None or unreadable: no evidence)."""
    return unpack_article_evidence(data)[0]


def unpack_article_evidence(data: str | None) -> tuple[Evidence, str | None]:
    """An article's evidence and the outlet :func:`pack_evidence` saved with it, read in
    one parse (outlet None: unknown, or saved by a version that did not keep it)."""
    evidence, outlet, _ = unpack_article_state(data)
    return evidence, outlet


def unpack_article_state(data: str | None) -> tuple[Evidence, str | None, Any]:
    """:func:`unpack_article_evidence` and the saved house-style segments (their JSON
    form, None when not saved)."""
    if not data:
        return NO_EVIDENCE, None, None
    try:
        value = json.loads(data)
        dates = tuple((int(a), int(b)) for a, b in value.get("d", []))
        tags = frozenset((str(k), str(v)) for k, v in value.get("l", []))
        outlet = value.get("o")
        house = value.get("h")
    except (ValueError, TypeError, AttributeError):
        return NO_EVIDENCE, None, None
    return (dates, tags), outlet if isinstance(outlet, str) and outlet else None, house


def pack_json(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True).encode()


def unpack_json(data: bytes) -> dict[str, Any]:
    value = json.loads(data)
    return value if isinstance(value, dict) else {}


def _pack_parts(parts: list[np.ndarray]) -> bytes:
    return pack_json({"n": len(parts)}) + b"\n" + b"".join(
        struct.pack("<I", len(p)) + p for p in (pack_array(a) for a in parts))


def _unpack_parts(data: bytes) -> list[np.ndarray]:
    head, _, rest = data.partition(b"\n")
    out = []
    at = 0
    for _ in range(int(unpack_json(head)["n"])):
        (size,) = struct.unpack_from("<I", rest, at)
        out.append(unpack_array(rest[at + 4:at + 4 + size]))
        at += 4 + size
    return out
