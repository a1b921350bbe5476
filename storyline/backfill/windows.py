"""Story assignment in time windows, in parallel, stitched over an overlap.

The sequential loader assigns every article in publication order in one process (~3 ms
an article with repairs): for 100M articles that is days, while the analysis before it
scales with the cluster. The order dependence is local in time: an article is compared
only with stories active in the last ``ClusterOptions.window_days`` (10) days. So:

1. **Windows.** Dated articles are cut by publication day into windows of
   ``WindowOptions.days``; each window also takes the ``overlap_days`` before its start
   (the end of the previous window's core), so its first articles see the stories they
   would have seen in one sequential pass. Undated articles go to the last window (the
   sequential order puts them last too).
2. **Assign each window on its own, in parallel** (``engine``: worker processes here, Ray
   tasks on a cluster), exactly as the sequential loader does within it: publication
   order, a repair step every ``chunk`` articles.
3. **Stitch** window after window: a story of window *k* that contains overlap articles
   takes the story those articles already have (from window *k-1*, where they were core)
   when at least ``min_link_share`` of its overlap articles agree on it — the one story
   holding the most; otherwise it is a new story. A window story links to at most ONE
   earlier story, and links never merge two earlier stories, so one shared article cannot
   chain unrelated stories together. Overlap articles keep the earlier window's decision.
4. **Repair the seams**: the stories that cross a window boundary are re-clustered with the
   ordinary repair step (``StoryIndex.repair``) over the articles around that boundary
   (``overlap_days`` on each side); a merge there relabels the whole story. Windows are
   at least twice the overlap, so the seams are independent: they run in parallel on the
   engine too, and only the stitching (label bookkeeping) runs in one process.

What it costs in agreement with the sequential pass is measured, not assumed
(``bench/bench_windows.py``, docs/benchmarks.md): besides the seams, each window starts
its running IDF afresh, so term weights early in a window differ from the sequential
pass's.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..errors import InputError
from ..records import Analysis, Article, Assignment
from ..stories import ClusterOptions, StoryIndex

log = logging.getLogger(__name__)

Pair = tuple[Article, Analysis]
# article id -> (story label, score, copy_of)
Labels = dict[str, tuple[int, float, str | None]]


@dataclass(frozen=True)
class WindowOptions:
    # Core span of one window, days: long enough that few stories cross a seam (most news
    # stories last days), short enough to give every worker several windows.
    days: int = 30
    # Days before a window's start assigned again in it: the clustering's own time window
    # (ClusterOptions.window_days), so a window's first articles see what they would have.
    overlap_days: int = 10
    # A window story joins the earlier story holding at least this share of its overlap
    # articles (a majority: a story that only brushes an earlier one stays apart).
    min_link_share: float = 0.5
    # Articles between repair steps within a window: the sequential loader's chunk.
    chunk: int = 1000


@dataclass
class Window:
    start: int  # first day of the core (date ordinal); the overlap starts before it
    core: list[int]  # indices into the items (publication order)
    overlap: list[int]


@dataclass
class WindowedResult:
    labels: Labels  # every article's final story label (labels are 1, 2, … in order)
    windows: int = 0
    linked: int = 0  # window stories joined to an earlier story at a seam
    seam_changes: int = 0  # changes made by the seam repairs
    assign_seconds: float = 0.0  # wall clock of the parallel part
    assign_cpu_seconds: float = 0.0  # summed over the windows
    window_cpu_seconds: list[float] = field(default_factory=list)  # each window's
    stitch_seconds: float = 0.0  # stitching and seam repairs (one process)
    stitch_cpu_seconds: float = 0.0  # this process: stitching (seams run on the engine)
    seam_cpu_seconds: list[float] = field(default_factory=list)  # each seam repair's


def _day(article: Article) -> int | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10]).toordinal()
    except ValueError:
        return None


def plan_windows(items: Sequence[Pair], options: WindowOptions) -> list[Window]:
    """Windows over ``items`` (already in publication order)."""
    days = [_day(a) for a, _ in items]
    dated = [d for d in days if d is not None]
    if not dated:
        return [Window(0, list(range(len(items))), [])] if items else []
    first = min(dated)
    count = (max(dated) - first) // options.days + 1
    windows = [Window(first + k * options.days, [], []) for k in range(count)]
    for i, d in enumerate(days):
        if d is None:
            windows[-1].core.append(i)
            continue
        k = (d - first) // options.days
        windows[k].core.append(i)
        if k + 1 < count and d >= windows[k + 1].start - options.overlap_days:
            windows[k + 1].overlap.append(i)
    return [w for w in windows if w.core]


def assign_pairs(pairs: Sequence[Pair], cluster: ClusterOptions | None = None,
                 chunk: int = 1000) -> tuple[Labels, float]:
    """Assign ``pairs`` (publication order) as the sequential loader does: online, with a
    repair step every ``chunk`` articles. Returns every article's final story (ids from
    1) and the CPU seconds it took. One window's work; also the sequential reference."""
    cpu = time.process_time()
    index = StoryIndex(replace(cluster or ClusterOptions(), keep_closed=True))
    scores: dict[str, tuple[float, str | None]] = {}
    for start in range(0, len(pairs), chunk):
        for article, analysis in pairs[start : start + chunk]:
            a = index.assign(article, analysis)
            scores[article.id] = (a.score, a.copy_of)
        _, moved = index.repair()
        for m in moved:
            scores[m.article_id] = (m.score, m.copy_of)
    labels = {aid: (index.story_of[aid], *scores[aid]) for aid in scores}
    return labels, time.process_time() - cpu


def warm_up(_: object = None) -> int:
    """Load what a window needs in a worker (for a pool started ahead of the work)."""
    StoryIndex()
    return os.getpid()


def _map(fn: Callable[..., Any], jobs: list[tuple[Any, ...]], engine: str, workers: int,
         pool: Executor | None = None) -> list[Any]:
    """``[fn(*job) for job in jobs]`` on the engine, results in job order."""
    if not jobs:
        return []
    if pool is not None:
        return list(pool.map(fn, *zip(*jobs, strict=True)))
    if engine == "ray":
        from .engines import _ray

        ray = _ray()
        started_here = not ray.is_initialized()
        if started_here:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                     configure_logging=False)
        try:
            task = ray.remote(num_cpus=1)(fn)
            return list(ray.get([task.remote(*job) for job in jobs]))
        finally:
            if started_here:
                ray.shutdown()
    if engine != "local":
        raise InputError("--engine", f"unknown engine {engine!r}; use local or ray")
    if workers <= 1 or len(jobs) <= 1:
        return [fn(*job) for job in jobs]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context) as own:
        return list(own.map(fn, *zip(*jobs, strict=True)))


def assign_windowed(
    items: Sequence[Pair],
    cluster: ClusterOptions | None = None,
    options: WindowOptions | None = None,
    *,
    engine: str = "local",
    workers: int = 1,
    pool: Executor | None = None,
) -> WindowedResult:
    """Assign ``items`` (in publication order) window by window in parallel, stitch the
    windows and repair the seams (see the module docstring). ``pool``: worker processes
    already started (else ``engine`` starts its own for this call)."""
    cluster = cluster or ClusterOptions()
    options = options or WindowOptions()
    windows = plan_windows(items, options)
    if options.days < 2 * options.overlap_days:
        raise InputError("--window-days", f"windows of {options.days} days are shorter than "
                         f"twice the {options.overlap_days}-day overlap; use at least "
                         f"{2 * options.overlap_days}")
    jobs = [([items[i] for i in w.overlap + w.core], cluster, options.chunk) for w in windows]
    started = time.perf_counter()
    results = _map(assign_pairs, jobs, engine, workers, pool)
    result = WindowedResult(labels={}, windows=len(windows))
    result.assign_seconds = time.perf_counter() - started
    result.window_cpu_seconds = [cpu for _, cpu in results]
    result.assign_cpu_seconds = sum(result.window_cpu_seconds)
    started, cpu = time.perf_counter(), time.process_time()
    days = [_day(a) for a, _ in items]
    stitch = _Stitch(items, days, cluster, options)
    for window, (labels, _) in zip(windows, results, strict=True):
        result.linked += stitch.add(window, labels)
    # The seams are independent (a window is at least twice the overlap, so the articles
    # around two seams never mix): repaired in parallel on the engine.
    seams = [job for w in windows[1:] if (job := stitch.seam_job(w, len(items)))]
    in_map = time.process_time()
    repaired = _map(repair_seam, seams, engine, workers, pool)
    in_map = time.process_time() - in_map  # seams run here (one worker) or sent out
    for merges, moves, seam_cpu in repaired:
        result.seam_changes += len(merges) + len(moves)
        result.seam_cpu_seconds.append(seam_cpu)
        stitch.apply(merges, moves)
    result.labels = stitch.renumbered()
    result.stitch_seconds = time.perf_counter() - started
    result.stitch_cpu_seconds = time.process_time() - cpu - in_map
    return result


def critical_path(window_cpu: Sequence[float], workers: int) -> float:
    """The CPU seconds of the busiest worker when windows are handed out in order to
    whichever worker is free first (as the engines do): the parallel part's wall clock on
    ``workers`` idle cores."""
    free = [0.0] * max(1, workers)
    for cpu in window_cpu:
        free[free.index(min(free))] += cpu
    return max(free)


def repair_seam(pairs: list[Pair], labels: Labels, crossing: set[int], base: int,
                cluster: ClusterOptions) -> tuple[list[tuple[int, int]],
                                                  list[tuple[str, int]], float]:
    """Re-cluster the stories crossing one seam with the ordinary repair step, over every
    article near it (the repair weighs terms by the IDF of what it sees and compares each
    story with its neighbours: a story the windows cut in two is a neighbour). Returns the
    merges (from, into), the moved articles (id, story; new stories numbered above
    ``base``) and the CPU seconds."""
    cpu = time.process_time()
    index = StoryIndex(replace(cluster, keep_closed=True))
    index.reserve_ids(base)
    for article, analysis in pairs:
        sid, score, copy_of = labels[article.id]
        if copy_of is not None and copy_of not in index.story_of:
            copy_of = None  # its original is outside the seam
        index.restore(article, analysis, Assignment(article.id, sid, score, copy_of))
    index.mark_dirty(crossing)
    changes, moved = index.repair()
    merges = [(int(c["from"]), int(c["into"])) for c in changes if c.get("action") == "merge"]
    return merges, [(m.article_id, m.story_id) for m in moved], time.process_time() - cpu


class _Stitch:
    """The stories so far, window after window (see the module docstring, 3 and 4)."""

    def __init__(self, items: Sequence[Pair], days: list[int | None],
                 cluster: ClusterOptions, options: WindowOptions) -> None:
        self.items, self.days, self.cluster, self.options = items, days, cluster, options
        # Dated items come first, in day order (publication order): seams are found by
        # bisection.
        self.dated = [d or 0 for d in days[: sum(d is not None for d in days)]]
        self.final: Labels = {}
        self.alias: dict[int, int] = {}  # a story merged away at a seam -> where it went
        self.top = 0
        self.seams = 0

    def story(self, aid: str) -> int:
        return self.story_id(self.final[aid][0])

    def add(self, window: Window, labels: Labels) -> int:
        """Give the window's core articles their stories; returns the links made."""
        votes: dict[int, Counter[int]] = defaultdict(Counter)
        for i in window.overlap:
            aid = self.items[i][0].id
            if aid in self.final:
                votes[labels[aid][0]][self.story(aid)] += 1
        mapping: dict[int, int] = {}
        for local, counter in votes.items():
            story, n = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= self.options.min_link_share * sum(counter.values()):
                mapping[local] = story
        linked = len(mapping)
        for i in window.core:
            aid = self.items[i][0].id
            local, score, copy_of = labels[aid]
            if local not in mapping:
                self.top += 1
                mapping[local] = self.top
            self.final[aid] = (mapping[local], score, copy_of)
        return linked

    def seam_job(self, window: Window, size: int) -> tuple[Any, ...] | None:
        """What ``repair_seam`` needs for the seam at ``window.start``: the articles within
        ``overlap_days`` of it with their stories, the stories crossing it, and a range of
        fresh ids of its own; None when no story crosses."""
        gap = self.options.overlap_days
        lo = bisect_left(self.dated, window.start - gap)
        hi = bisect_left(self.dated, window.start + gap)
        near = [i for i in range(lo, hi) if self.items[i][0].id in self.final]
        before = {self.story(self.items[i][0].id) for i in near
                  if (self.days[i] or 0) < window.start}
        after = {self.story(self.items[i][0].id) for i in near
                 if (self.days[i] or 0) >= window.start}
        crossing = before & after
        if not crossing:
            return None
        pairs = [self.items[i] for i in near]
        labels = {a.id: (self.story(a.id), *self.final[a.id][1:]) for a, _ in pairs}
        base = self.top + size * (self.seams + 1)  # ids a split here may use: its own
        self.seams += 1
        return (pairs, labels, crossing, base, self.cluster)

    def apply(self, merges: list[tuple[int, int]], moves: list[tuple[str, int]]) -> None:
        for old, new in merges:  # the whole story, not only its part near the seam
            if self.story_id(old) != self.story_id(new):
                self.alias[self.story_id(old)] = self.story_id(new)
        for aid, sid in moves:
            _, score, copy_of = self.final[aid]
            self.final[aid] = (sid, score, copy_of)

    def story_id(self, sid: int) -> int:
        while sid in self.alias:
            sid = self.alias[sid]
        return sid

    def renumbered(self) -> Labels:
        """Labels 1, 2, … in order of each story's first article (publication order)."""
        order: dict[int, int] = {}
        out: Labels = {}
        for article, _ in self.items:
            _, score, copy_of = self.final[article.id]
            new = order.setdefault(self.story(article.id), len(order) + 1)
            out[article.id] = (new, score, copy_of)
        return out


def partition(labels: dict[str, Any]) -> list[frozenset[str]]:
    """The stories as sets of article ids (for comparing two assignments)."""
    groups: dict[Any, set[str]] = defaultdict(set)
    for aid, value in labels.items():
        groups[value[0] if isinstance(value, tuple) else value].add(aid)
    return sorted((frozenset(g) for g in groups.values()), key=lambda g: sorted(g))


def bcubed_f1(predicted: dict[str, Any], reference: dict[str, Any]) -> float:
    """B³ F1 of one assignment against another (article id -> story, or (story, …))."""
    def groups(labels: dict[str, Any]) -> dict[str, frozenset[str]]:
        return {aid: g for g in partition(labels) for aid in g}

    p, r = groups(predicted), groups(reference)
    ids = list(r)
    if not ids:
        return 1.0
    precision = sum(len(p[a] & r[a]) / len(p[a]) for a in ids) / len(ids)
    recall = sum(len(p[a] & r[a]) / len(r[a]) for a in ids) / len(ids)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
