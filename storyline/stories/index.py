"""Online story clustering: each article joins a story (one real-world event) as it arrives.

For every article the index (1) checks for a near-copy of an earlier article (copies join
the original's story), else (2) retrieves candidate stories through an inverted index over
the article's heaviest terms and entities, looking only at the most recent postings of each
term and only at stories within a time window, (3) scores each candidate by the cosine
between the article's vector and the story centroid (``scoring.py``), damped by the
distance in days and by what the texts state (``evidence.py``: explicit dates far from all
of the story's, a different flight or round number: same-topic events when articles carry
no date), and
(4) joins the best story when the score clears ``join_threshold``, else opens a new story.
The cost of one assignment is bounded by ``query_terms x postings_scanned`` plus
``max_candidates`` centroid comparisons, whatever the number of stories stored.

Story ids are handed out once and never reused: by the index's own counter (from 1), or
by the ``new_id`` source it is given (a store's ``allocate_story_id``: the database).
:meth:`StoryIndex.repair` may merge or split stories afterwards (see ``repair.py``, which
uses only the public API below: ``take_dirty``, ``candidates``, ``scores``,
``time_factors``, ``new_story_id``, ``set_members``, ``record_merge``, ``arrival``).

Persistence is the caller's (``storyline.assign`` with a store): with ``track_changes``
on, :meth:`StoryIndex.export_state` gives what changed since the last export (vectors of
new articles, changed story profiles, the running IDF, the inverted index), and a new
process continues with :meth:`StoryIndex.import_state` on those, then :meth:`restore` for
any article stored after them, then :meth:`load_links` (redirects, pinned articles,
pending repairs) — no text is re-read for the saved part.

Memory is bounded by two windows: vectors of the last ``recent_articles`` articles
(~2.7 KB each) and MinHash entries of the last ``copy_window_articles`` (~5.5 KB each);
a story whose newest article leaves the first window is closed and forgotten (unless
``keep_closed``), so nothing grows with the number of articles ever seen.
"""

from __future__ import annotations

import logging
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from storyline.records import Analysis, Article, Assignment
from storyline.stories import evidence, house, scoring, state
from storyline.stories.copies import CopyIndex
from storyline.stories.features import (
    BLOCKS,
    Features,
    Featurizer,
    add,
    article_day,
    word_count,
)
from storyline.stories.options import ClusterOptions
from storyline.stories.story import EMPTY, OpenStory, outlet_key

logger = logging.getLogger(__name__)

ENTITY_BLOCK = BLOCKS.index("entities")


class StoryIndex:
    """The online story index. Not thread-safe: one writer assigns in publication order."""

    def __init__(self, options: ClusterOptions | None = None,
                 new_id: Callable[[], int] | None = None) -> None:
        """``new_id`` hands out story ids (a store's ``allocate_story_id``, so that ids
        come from the database); without it the index counts from 1 itself."""
        self.options = options or ClusterOptions()
        self._id_source = new_id
        o = self.options
        self.featurize = Featurizer(o.n_features, o.weights, o.ngram_max, o.common_damping)
        self.copies = CopyIndex(o.copy_threshold, o.num_perm, keep=o.copy_window_articles)
        self.stories: dict[int, OpenStory] = {}
        self.story_of: dict[str, int] = {}  # article id -> story id
        self.copy_of: dict[str, str] = {}
        self.days: dict[str, int | None] = {}  # recent articles only
        # Stated dates and series numbers of recent articles (evidence.py); saved with the
        # index state (export_state), so a new process weighs them as this one does.
        self.evidence: dict[str, tuple[tuple[evidence.Interval, ...],
                                       evidence.Labels]] = {}
        # Each recent article's outlet (None: unknown): the repair of a small scope asks
        # more of two articles of one outlet (repair.py). Saved with the evidence.
        self.outlets: dict[str, str | None] = {}
        # Each recent original's title/opening/closing segments and how many of an
        # outlet's articles hold each (house.py: the outlet's house style). Saved too.
        self.house: dict[str, house.HouseLines] = {}
        self.house_counts = house.HouseCounts()
        self.vectors: dict[str, Features] = {}  # recent articles only
        self._recent: deque[str] = deque()
        self._postings = state.Postings()
        self._dirty: set[int] = set()  # stories changed since the last repair
        self._redirect: dict[int, int] = {}  # merged-away story id -> the story it joined
        self._arrival: dict[str, int] = {}  # recent article id -> arrival number
        self._arrived = 0
        self.scratch = np.zeros(o.n_features, np.float32)
        self.next_id = 1
        self.pinned: set[str] = set()  # articles a person placed by hand: repair leaves them
        self.forgotten = 0  # articles dropped from the recent window so far
        self.loaded_version: tuple[int, ...] | None = None  # the store's, when loaded from one
        # What changed since the last export_state; kept only when saving (track_changes).
        self.track_changes = False
        self.changed: set[int] = set()  # stories whose state changed
        self._unsaved: list[str] = []  # articles added
        self._new_redirects: dict[int, int] = {}

    # -- public API ---------------------------------------------------------------------

    def assign(self, article: Article, analysis: Analysis | None) -> Assignment:
        """Decide, now, where one article goes; ids of existing stories never change here."""
        if article.id in self.story_of:
            known = self.story_of[article.id]
            return Assignment(article.id, known, 1.0, self.copy_of.get(article.id), False)
        feats = self.featurize(article, analysis, self.options.article_terms)
        day = article_day(article, analysis)
        told = self.evidence[article.id] = self._evidence(article, analysis)
        self.outlets[article.id] = outlet_key(article)
        match = self.copies.add(article.id, article.text)
        if match is not None and (match.original not in self.vectors
                                  or self._too_far(day, match.original)
                                  or not self._same_names(feats, match.original)
                                  or self.evidence_factor(told, self._told(match.original),
                                                          people=True) < 1
                                  or self._next_edition(article, feats, day, match.original)):
            # the original left the recent window, or this is a re-run weeks later, or a
            # template filled with other names, dates or series numbers, or a column's
            # next edition: not a copy
            match = None
        if match is not None and match.original in self.story_of:
            copied = self.story_of[match.original]
            self._add(article.id, copied, feats, day, copy_of=match.original)
            return Assignment(article.id, copied, round(match.similarity, 4), match.original)
        self._keep_house(article, analysis, day)
        best, score = self._best_story(feats, day, told)
        new = best is None or score < self.options.join_threshold
        sid = self.new_story_id() if new or best is None else best
        self._add(article.id, sid, feats, day, copy_of=None)
        return Assignment(article.id, sid, round(score, 4), None, new)

    def restore(self, article: Article, analysis: Analysis | None,
                assignment: Assignment) -> None:
        """Replay one stored assignment without re-deciding (call in stored order)."""
        if article.id in self.story_of:
            return
        feats = self.featurize(article, analysis, self.options.article_terms)
        day = article_day(article, analysis)
        self.evidence[article.id] = self._evidence(article, analysis)
        self.outlets[article.id] = outlet_key(article)
        self.copies.add(article.id, article.text, copy_of=assignment.copy_of)
        self.reserve_ids(assignment.story_id)
        if assignment.copy_of is None:
            self._keep_house(article, analysis, day)
        self._add(article.id, assignment.story_id, feats, day, copy_of=assignment.copy_of)
        self._dirty.discard(assignment.story_id)  # already repaired when it was stored

    def replay(self, changes: Iterable[dict]) -> None:
        """Re-apply the bookkeeping of stored repair changes after :meth:`restore`: ids
        that were merged away are never handed out again and still lead to their story."""
        for change in changes:
            if change.get("from") is None or change.get("into") is None:
                continue  # e.g. a deleted article
            self.reserve_ids(max(int(change["from"]), int(change["into"])))
            if change.get("action") == "merge":
                self.record_merge(int(change["from"]), int(change["into"]))

    def reserve_ids(self, story_id: int) -> None:
        """Never hand out ``story_id`` or any lower id again (e.g. a story merged away)."""
        self.next_id = max(self.next_id, story_id + 1)

    def repair(self) -> tuple[list[dict], list[Assignment]]:
        """Merge and split recently changed stories; see :func:`repair.repair_index`."""
        from storyline.stories.repair import repair_index

        return repair_index(self)

    def members(self, story_id: int) -> list[str]:
        story = self.stories.get(story_id)
        return list(story.members) if story else []

    # -- the API repair (and stored state) uses -----------------------------------------

    def new_story_id(self) -> int:
        """A story id never handed out before: from the id source (the database) if the
        index has one, else the index's own counter."""
        if self._id_source is not None:
            sid = int(self._id_source())
            self.next_id = max(self.next_id, sid + 1)
            return sid
        sid = self.next_id
        self.next_id += 1
        return sid

    def take_dirty(self) -> set[int]:
        """The stories changed since the last call (merged-away ids resolved); clears them."""
        dirty = {self.resolve(s) for s in self._dirty}
        self._dirty = set()
        return dirty

    def mark_dirty(self, story_ids: Iterable[int]) -> None:
        """Have the next repair look at these stories (e.g. repairs a crash left pending)."""
        self._dirty.update(self.resolve(s) for s in story_ids)

    @property
    def dirty(self) -> frozenset[int]:
        return frozenset(self._dirty)

    def resolve(self, story_id: int) -> int:
        """The story a (possibly merged-away) id now leads to."""
        seen = 0
        while story_id in self._redirect and seen < 10_000:
            story_id = self._redirect[story_id]
            seen += 1
        return story_id

    def record_merge(self, from_id: int, into_id: int, *, replace: bool = True) -> None:
        """Remember that ``from_id`` went into ``into_id`` (``replace=False`` keeps an
        earlier record)."""
        if from_id == into_id:
            return
        if replace or from_id not in self._redirect:
            self._redirect[from_id] = into_id
            if self.track_changes:
                self._new_redirects[from_id] = into_id

    def arrival(self, article_id: str) -> int:
        """The order in which a recent article arrived (smaller is earlier)."""
        return self._arrival[article_id]

    def time_factor(self, gap_days: float) -> float:
        """How much a score is damped when the two sides are ``gap_days`` apart."""
        return float(self.time_factors(np.array([gap_days]))[0])

    def time_factors(self, gap_days: np.ndarray) -> np.ndarray:
        """:meth:`time_factor` over an array of gaps (:func:`scoring.time_factors`)."""
        return scoring.time_factors(self.options, gap_days)

    def evidence_factor(
        self,
        mine: tuple[Iterable[evidence.Interval], Iterable[evidence.Label]],
        theirs: tuple[Iterable[evidence.Interval], Iterable[evidence.Label]],
        people: bool = False,
    ) -> float:
        """How much a score is damped when two sides' texts state dates far apart
        (``stated_gap_days``) or number one series differently ("Flight 7" / "Flight 8"),
        and with ``people`` (both published within the grace period) when each side's
        main person goes unnamed on the other. No evidence on either side: 1."""
        o = self.options
        return evidence.factor(mine, theirs, o.stated_gap_days, o.stated_gap_factor,
                               o.stated_day_gap_factor, o.label_conflict_factor,
                               o.people_conflict_factor if people else 1.0,
                               o.month_day_factor)

    def _told(self, article_id: str
              ) -> tuple[tuple[evidence.Interval, ...], evidence.Labels]:
        return self.evidence.get(article_id, ((), frozenset()))

    def _evidence(self, article: Article, analysis: Analysis | None
                  ) -> tuple[tuple[evidence.Interval, ...], evidence.Labels]:
        return evidence.told(article, analysis, self.options)

    def candidates(self, feats: Features, weights: np.ndarray) -> list[int]:
        """Stories sharing the heaviest terms of ``feats`` (weighed as ``weights``), the
        most shared first, at most ``max_candidates``."""
        return self._candidates(feats, weights)

    def set_members(self, story_id: int, members: list[str]) -> None:
        """Give a story exactly these members (recent articles; repair, corrections);
        drops it when empty. Each member's ``story_of`` now points here."""
        self._rebuild(story_id, members)

    def __len__(self) -> int:
        return len(self.story_of)

    # -- persisted state (byte forms in state.py; the store keeps them) -----------------

    def export_state(self, upto_seq: int) -> tuple[dict[str, bytes], list[Any], list[Any],
                                                   dict[int, int]]:
        """What a new process needs to continue from here, as the store saves it: named
        blobs (running IDF, inverted index, counters; ``upto_seq`` is the last stored
        article they reflect), the vectors of articles added since the last export, the
        stories whose state changed since (an empty profile: closed or gone) and new
        redirects. Needs ``track_changes``; clears what it exported."""
        df, idf, counters = self.featurize.vocabulary.state()
        meta = {**counters, "format": state.FORMAT,
                "options": state.options_fingerprint(self.options), "upto_seq": upto_seq,
                "arrived": self._arrived, "copies_seq": self.copies.seq,
                "next_id": self.next_id, "forgotten": self.forgotten}
        blobs = {"meta": state.pack_json(meta), "df": state.pack_array(df),
                 "idf": state.pack_array(idf), "postings": state.pack_postings(self._postings)}
        articles = []
        for aid in self._unsaved:
            feats = self.vectors.get(aid)
            if feats is None:
                continue  # already out of the window: a new process never needs it
            entry = self.copies.entry(aid)
            articles.append((aid, self.days.get(aid), state.pack_features(feats),
                             None if entry is None else state.pack_signature(entry[0]),
                             None if entry is None else entry[1],
                             None if entry is None else entry[2],
                             state.pack_evidence(*self._told(aid),
                                                 outlet=self.outlets.get(aid),
                                                 house=self._house_json(aid))))
        stories: list[tuple[int, int | None, int | None, bytes, str | None]] = []
        for sid in sorted(self.changed):
            story = self.stories.get(sid)
            if story is None or not len(story.profile):
                stories.append((sid, None, None, b"", None))
            else:
                stories.append((sid, story.first_day, story.last_day,
                                state.pack_features(story.profile),
                                state.pack_evidence(story.stated, story.labels,
                                                    ordered=False)))
        redirects = self._new_redirects
        self._unsaved, self.changed, self._new_redirects = [], set(), {}
        return blobs, articles, stories, redirects

    def saved_upto(self, blobs: dict[str, bytes]) -> int:
        """The last article seq a saved state reflects, or -1 when it cannot be used here
        (none saved, another format, other clustering options)."""
        try:
            meta = state.unpack_json(blobs["meta"])
        except (KeyError, ValueError):
            return -1
        if (meta.get("format") != state.FORMAT
                or meta.get("options") != state.options_fingerprint(self.options)):
            return -1
        return int(meta.get("upto_seq", -1))

    def import_state(self, blobs: dict[str, bytes], rows: list[Any], stories: list[Any],
                     members: dict[int, list[tuple[str, str | None]]]) -> None:
        """Continue from an exported state on a fresh index: ``rows`` are the stored recent
        articles (seq, id, story, copy_of, day, features, minhash, copy_seq, copy_root,
        evidence) oldest first, ``stories`` the saved story states (with their stated
        dates and series numbers), ``members`` the articles of each story of the recent
        articles. A story without a saved state (a hand correction invalidated it) is
        rebuilt from its members' vectors and evidence."""
        meta = state.unpack_json(blobs["meta"])
        self.featurize.vocabulary.load_state(
            state.unpack_array(blobs["df"]), state.unpack_array(blobs["idf"]), meta)
        self._postings = state.unpack_postings(blobs["postings"])
        self._arrived = max(int(meta["arrived"]), len(rows))
        self.next_id = max(self.next_id, int(meta["next_id"]))
        self.forgotten = int(meta["forgotten"])
        start = self._arrived - len(rows)
        entries = []
        for i, (_, aid, _, copy_of, day, feats, minhash, copy_seq, copy_root, told) in (
                enumerate(rows)):
            self.vectors[aid] = state.unpack_features(feats)
            self.days[aid] = day
            (stated, labels), self.outlets[aid], lines = state.unpack_article_state(told)
            if lines is not None and copy_of is None:
                self.house[aid] = house.HouseLines.from_json(lines)
                self.house_counts.add(self.outlets[aid], self.house[aid], day)
            self.evidence[aid] = (stated, evidence.kept(labels))
            self._recent.append(aid)
            self._arrival[aid] = start + i
            if minhash is not None:
                entries.append((aid, state.unpack_signature(minhash), int(copy_seq or 0),
                                copy_root))
        self.copies.restore_entries(entries, int(meta["copies_seq"]))
        saved = {row[0]: row for row in stories}
        stale = []
        for sid, mem in members.items():
            story = self.stories[sid] = OpenStory(sid)
            for aid, copy_of in mem:
                story.members.append(aid)
                self.story_of[aid] = sid
                if copy_of is not None:
                    self.copy_of[aid] = copy_of
            if sid in saved and saved[sid][3]:
                _, story.first_day, story.last_day, profile, told = saved[sid]
                story.profile = state.unpack_features(profile)
                story.add_evidence(*state.unpack_evidence(told))
            else:
                stale.append(sid)
        for sid in stale:
            self._rebuild(sid, [a for a in self.stories[sid].members])
        self._dirty = set()

    def load_links(self, redirects: dict[int, int], pinned: Iterable[str],
                   pending: Iterable[int]) -> None:
        """Stored bookkeeping: merged-away ids, hand-placed articles, repairs a crash left
        pending."""
        self._redirect.update(redirects)
        self.pinned = set(pinned)
        self.mark_dirty(pending)

    # -- internals ----------------------------------------------------------------------

    def _next_edition(self, article: Article, feats: Features, day: int | None,
                      original: str) -> bool:
        """Whether a near-copy is its outlet's recurring item of another day: a short text
        (a feed item's title and fixed summary, "10 Things to Know for Today") of the same
        outlet published on another day. Left to the repair, where its house style counts."""
        o = self.options
        theirs = self.days.get(original)
        return (o.house_min_articles > 0 and day is not None and theirs is not None
                and theirs != day and self.outlets.get(original) is not None
                and self.outlets.get(original) == self.outlets.get(article.id)
                and word_count(feats) < o.short_terms)

    def _keep_house(self, article: Article, analysis: Analysis | None,
                    day: int | None) -> None:
        """Keep an original article's house-style segments and count them for its outlet."""
        if self.options.house_min_articles <= 0:
            return
        lines = self.house[article.id] = house.house_lines(
            article, analysis, self.featurize.hasher, self.options.ngram_max)
        self.house_counts.add(self.outlets.get(article.id), lines, day)

    def _house_json(self, article_id: str) -> list | None:
        lines = self.house.get(article_id)
        return lines.to_json() if lines is not None and len(lines.fingerprints) else None

    def _same_names(self, feats: Features, other: str) -> bool:
        """Whether two near-identical texts also name the same people, places, bodies."""
        theirs = self.vectors[other]
        mine_e = feats.indices[feats.blocks == ENTITY_BLOCK]
        theirs_e = theirs.indices[theirs.blocks == ENTITY_BLOCK]
        if min(len(mine_e), len(theirs_e)) < 3:
            return True  # too few names to judge
        shared = len(np.intersect1d(mine_e, theirs_e, assume_unique=True))
        return shared >= 0.5 * min(len(mine_e), len(theirs_e))

    def _too_far(self, day: int | None, other: str) -> bool:
        theirs = self.days.get(other)
        return day is not None and theirs is not None and (
            abs(day - theirs) > self.options.window_days
        )

    def _candidates(self, feats: Features, weights: np.ndarray) -> list[int]:
        o = self.options
        if len(feats) == 0:
            return []
        k = min(o.query_terms, len(feats))
        heavy = feats.indices[np.argpartition(-weights, k - 1)[:k]]
        hits: Counter[int] = Counter()
        for term in heavy.tolist():
            posting = self._postings.get(term)
            if posting is not None:
                hits.update({self._resolve(s) for s in posting[-o.postings_scanned:]})
        return [sid for sid, _ in hits.most_common(o.max_candidates)]

    def scores(self, feats: Features, weights: np.ndarray, sids: list[int],
               day: int | None, told: scoring.Told = ((), ())) -> list[float]:
        """Cosine of an article (or profile) with each story's profile, damped by the
        distance in days and by what the texts state (:func:`scoring.scores`)."""
        return scoring.scores(self, feats, weights, sids, day, told)

    def _best_story(self, feats: Features, day: int | None,
                    told: tuple[Iterable[evidence.Interval], Iterable[evidence.Label]]
                    ) -> tuple[int | None, float]:
        weights = self.featurize.weigh(feats)
        sids = self._candidates(feats, weights)
        best, best_score = None, 0.0
        for sid, score in zip(sids, self.scores(feats, weights, sids, day, told), strict=True):
            if score > best_score or (score == best_score and best is not None and sid < best):
                best, best_score = sid, score
        return best, best_score

    def _resolve(self, sid: int) -> int:
        return self.resolve(sid)

    def _add(self, article_id: str, sid: int, feats: Features, day: int | None,
             copy_of: str | None) -> None:
        story = self.stories.get(sid)
        if story is None:
            story = self.stories[sid] = OpenStory(sid)
        story.members.append(article_id)
        story.add_day(day)
        story.add_evidence(*self.evidence.get(article_id, ((), frozenset())))
        self._arrival[article_id] = self._arrived
        self._arrived += 1
        self.story_of[article_id] = sid
        self.days[article_id] = day
        if copy_of is not None:
            # Copies follow their original but do not pull the profile: sources, not copies.
            self.copy_of[article_id] = copy_of
        else:
            self._grow(story, feats)
            self._post(sid, feats)
        self.vectors[article_id] = feats
        self._recent.append(article_id)
        while len(self._recent) > self.options.recent_articles:
            self._forget(self._recent.popleft())
        self._dirty.add(sid)
        if self.track_changes:
            self.changed.add(sid)
            self._unsaved.append(article_id)

    def _forget(self, article_id: str) -> None:
        """Drop an old article's vector; a story whose newest article it was is closed:
        it is forgotten with its members (a closed story is never a candidate again, and
        the store keeps it), so memory stays bounded by the recent articles, not by every
        article ever seen."""
        lines = self.house.pop(article_id, None)
        if lines is not None:
            self.house_counts.add(self.outlets.get(article_id), lines,
                                  self.days.get(article_id), -1)
        self.vectors.pop(article_id, None)
        self.days.pop(article_id, None)
        self.evidence.pop(article_id, None)
        self.outlets.pop(article_id, None)
        self._arrival.pop(article_id, None)
        self.forgotten += 1
        story = self.stories.get(self.story_of.get(article_id, 0))
        if story is not None and story.members and story.members[-1] == article_id:
            if self.options.keep_closed:
                story.profile = EMPTY
                story.weighed = None
            else:
                del self.stories[story.id]
                for member in story.members:
                    self.story_of.pop(member, None)
                    self.copy_of.pop(member, None)
            if self.track_changes:
                self.changed.add(story.id)

    def _rebuild(self, sid: int, members: list[str]) -> None:
        """Give story ``sid`` exactly these members (repair); drop it when empty."""
        if self.track_changes:
            self.changed.add(sid)
        if not members:
            self.stories.pop(sid, None)
            return
        story = self.stories[sid] = OpenStory(sid)
        for aid in members:
            story.members.append(aid)
            story.add_day(self.days.get(aid))
            story.add_evidence(*self.evidence.get(aid, ((), frozenset())))
            self.story_of[aid] = sid
            feats = self.vectors.get(aid)  # None: an old article out of the window
            if aid not in self.copy_of and feats is not None:
                self._grow(story, feats)
                self._post(sid, feats)

    def _grow(self, story: OpenStory, feats: Features) -> None:
        """Add an article's features to a story's profile, keeping the heaviest terms."""
        profile = add(story.profile, feats)
        keep = self.options.centroid_terms
        if len(profile) > keep:
            weight = profile.values * self.featurize.vocabulary.idf(profile.indices)
            top = np.sort(np.argpartition(-weight, keep - 1)[:keep])
            profile = Features(profile.indices[top], profile.values[top], profile.blocks[top])
        story.profile = profile
        story.weighed = None

    def _post(self, sid: int, feats: Features) -> None:
        """List the story under the article's heaviest terms (the inverted index)."""
        k = min(self.options.query_terms, len(feats))
        if k == 0:
            return
        weights = self.featurize.weigh(feats)
        heavy = feats.indices[np.argpartition(-weights, k - 1)[:k]]
        for term in heavy.tolist():
            posting = self._postings.get(term)
            if posting is None:
                self._postings[term] = array("i", [sid])
            elif posting[-1] != sid:
                posting.append(sid)
                if len(posting) > 2 * self.options.postings_scanned:
                    del posting[: -self.options.postings_scanned]  # never scanned again
