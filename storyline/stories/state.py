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
from typing import Any

import numpy as np

from storyline.stories.features import Features, empty

# Bump when the byte layout or the meaning of a saved field changes: older snapshots are
# then ignored and the index is rebuilt from the articles once.
FORMAT = 1


def pack_features(feats: Features) -> bytes:
    n = len(feats)
    return (struct.pack("<I", n) + feats.indices.astype("<i4").tobytes()
            + feats.values.astype("<f4").tobytes() + feats.blocks.astype("i1").tobytes())


def unpack_features(data: bytes) -> Features:
    if not data:
        return empty()
    (n,) = struct.unpack_from("<I", data)
    at = 4
    indices = np.frombuffer(data, "<i4", n, at).astype(np.int32)
    at += 4 * n
    values = np.frombuffer(data, "<f4", n, at).astype(np.float32)
    at += 4 * n
    blocks = np.frombuffer(data, "i1", n, at).astype(np.int8)
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


def pack_postings(postings: dict[int, array]) -> bytes:
    terms = np.fromiter(postings.keys(), np.int64, len(postings))
    lengths = np.fromiter((len(p) for p in postings.values()), np.int32, len(postings))
    flat = array("i")
    for posting in postings.values():
        flat.extend(posting)
    return _pack_parts([terms, lengths, np.frombuffer(flat, np.int32) if flat
                        else np.zeros(0, np.int32)])


def unpack_postings(data: bytes) -> dict[int, array]:
    terms, lengths, flat = _unpack_parts(data)
    out: dict[int, array] = {}
    at = 0
    flat_list = flat.tolist()
    for term, n in zip(terms.tolist(), lengths.tolist(), strict=True):
        out[term] = array("i", flat_list[at:at + n])
        at += n
    return out


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
