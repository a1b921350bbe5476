"""One role, two names: "team general manager Ann Ruiz said…" in one outlet and "team
general manager Ann Ortiz said…" in another.

Name merging (``people``) keeps two different surnames apart, rightly: they are two people
as far as spelling goes. But when two alike sentences of different independent outlets
(TF-IDF cosine at least ``statement_similarity``) are aligned word by word and differ only
in the words of a person's name — with equal words before it (the role, at least
``statement_anchor_words`` of them, one a content word) and after it — the outlets name
the one holder of that role differently: a ``name`` discrepancy. Spellings of one name
("Rait"/"Raite") are left to ``people``; a title or a pronoun in place of a name
("Ms"/"Alice", "He"/"John") is no other name. A slip is one outlet's: when both surnames
are written by two outlets or more, both people are in the story, two holders of like roles
(two teams' general managers, two running backs of two games), not one holder named two
ways.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from .evidence import Doc
from .model import Citation, Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import name_tokens
from .space import SentenceSpace
from .statements import elsewhere, statement_words, swap_discrepancies, swaps
from .text import STOP_WORDS


def _names(doc: Doc, sentence: int) -> list[tuple[str, list[str]]]:
    """(name as written, its folded words) of each person named in the sentence."""
    out = []
    for e in doc.analysis.entities:
        if e.sentence == sentence and e.label == "PERSON":
            words = statement_words(e.text)
            if len(name_tokens(e.text)) >= 2 and words:
                out.append((e.text.strip(), words))
    return out


def _person(block: list[str], names: list[tuple[str, list[str]]]) -> str | None:
    """The name whose words the replaced block is, its surname included."""
    for text, words in names:
        if block and all(w in words for w in block) and words[-1] in block:
            return text
    return None


def _outlets_writing(docs: list[Doc], surname: str) -> int:
    """How many independent outlets write the surname anywhere."""
    word = re.compile(rf"\b{re.escape(surname)}\b")
    return len({d.outlet for d in docs if d.independent and word.search(d.folded_text)})


def role_name_conflicts(docs: list[Doc], space: SentenceSpace,
                        options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    found: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    anchor = options.statement_anchor_words
    held = {(d.order, s): _names(d, s) for d in docs for s in d.content}
    for sw in swaps(docs, space, options, lambda d, s: bool(held[(d.order, s)]), 3):
        da, sa, db, sb = sw.da, sw.sa, sw.db, sw.sb
        if elsewhere(da, sa, *docs) or elsewhere(db, sb, *docs):
            continue
        pa = _person(sw.wa[sw.a0:sw.a1], held[(da.order, sa)])
        pb = _person(sw.wb[sw.b0:sw.b1], held[(db.order, sb)])
        if pa is None or pb is None:
            continue
        # The role before the name: equal words other than the name's own
        # (a shared first name is no role), one of them a content word.
        own = set(statement_words(pa)) | set(statement_words(pb))
        before = [w for w in sw.before[-2 * anchor:] if w not in own][-anchor:]
        if len(before) < anchor or not any(
                w not in STOP_WORDS and len(w) > 2 for w in before):
            continue
        surnames = name_tokens(pa)[-1], name_tokens(pb)[-1]
        if fuzz.ratio(*surnames) >= options.same_surname_ratio:  # one surname spelt two ways
            continue
        if all(_outlets_writing(docs, name) >= 2 for name in surnames):
            continue  # both people are in the story: two holders (two teams' managers)
        role = " ".join(before)
        found[role].setdefault(pa, []).append(da.cite(sa))
        found[role].setdefault(pb, []).append(db.cite(sb))
    return swap_discrepancies(found, "name", "who is “{slot} …”", "person")
