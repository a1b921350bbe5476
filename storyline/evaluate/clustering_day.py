"""A day of feeds from two outlets, built from ECB+: mostly unrelated events, a few covered
by both outlets (``storyline eval clustering --dataset ecbplus --day``).

No labelled "day of feeds" exists here, so this is the closest honest one from real text:
from each gold subtopic (one event) of the split ONE document, and for a seeded third of the
subtopics a SECOND document of the same subtopic (another outlet's report of the same event:
the documents of an ECB+ subtopic come from different outlets). All get the same
publication day (a day's feeds: dates separate nothing), two outlet names alternate (the
two reports of one event get different outlets), the order is shuffled with a seed, and
the day is ingested as one batch (assign each article, then one repair) or as ``batches``
successive feed polls (a repair after each, as a watcher sees a day).

It is a stress case: each ECB+ topic holds two subtopics of the same kind of event (two
quakes, two arrests of one kind), so every event of the day has a same-kind neighbour that
must stay apart. Scores: B-cubed and pairwise against the subtopics, multi-article stories,
merged pairs and wrongly merged pairs (two articles of one predicted story from different
subtopics), next to the TF-IDF baseline on the same day.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex

DAY = "2025-01-06"  # the one publication day (any date would do)
OUTLETS = ("Outlet A", "Outlet B")
SECOND_SHARE = 3  # one subtopic in this many gets a second report (a "third")


def day_of_feeds(items: Sequence[tuple[Article, str]], seed: int = 0
                 ) -> tuple[list[Article], list[str]]:
    """The day's articles in arrival order and their gold subtopics (see the module)."""
    rng = random.Random(seed)
    by_event: dict[str, list[Article]] = defaultdict(list)
    for article, event in items:
        by_event[event].append(article)
    events = sorted(by_event)
    twice = set(rng.sample([e for e in events if len(by_event[e]) > 1],
                           min(len(events) // SECOND_SHARE,
                               sum(1 for e in events if len(by_event[e]) > 1))))
    picked: list[tuple[Article, str, int]] = []  # (article, gold, report number)
    for event in events:
        docs = rng.sample(by_event[event], 2 if event in twice else 1)
        picked.extend((doc, event, n) for n, doc in enumerate(docs))
    rng.shuffle(picked)
    first_outlet: dict[str, int] = {}
    articles: list[Article] = []
    gold: list[str] = []
    turn = 0
    for doc, event, _ in picked:
        if event in first_outlet:
            outlet = 1 - first_outlet[event]  # the same event from the other outlet
        else:
            outlet = first_outlet[event] = turn % 2
            turn += 1
        articles.append(replace(doc, outlet=OUTLETS[outlet], outlet_from="metadata",
                                published=DAY, published_from="metadata"))
        gold.append(event)
    return articles, gold


def cluster_batches(articles: Sequence[Article], analyses: Sequence[Analysis],
                    batches: int = 1, options: ClusterOptions | None = None
                    ) -> tuple[list[int], list[int]]:
    """Story ids after the online assignment alone and after it with a repair after each
    of ``batches`` consecutive, near-equal parts (successive feed polls)."""
    index = StoryIndex(options)
    n = len(articles)
    parts = max(1, min(batches, n))
    bounds = [round(i * n / parts) for i in range(parts + 1)]
    online: list[int] = []
    for lo, hi in pairwise(bounds):
        online.extend(index.assign(a, an).story_id
                      for a, an in zip(articles[lo:hi], analyses[lo:hi], strict=True))
        index.repair()
    return online, [index.story_of[a.id] for a in articles]


def merge_counts(predicted: Sequence[object], gold: Sequence[str]) -> dict:
    """Multi-article stories, the articles they hold, merged pairs, wrongly merged pairs
    (one predicted story, different gold events) and how many of those join the two events
    of one ECB+ topic (same kind: "21ecb" and "21ecbplus")."""
    sizes = Counter(predicted)
    cells = Counter(zip(predicted, gold, strict=True))
    kinds = Counter(zip(predicted, (topic_of(g) for g in gold), strict=True))
    merged = sum(k * (k - 1) // 2 for k in sizes.values())
    right = sum(k * (k - 1) // 2 for k in cells.values())
    same_kind = sum(k * (k - 1) // 2 for k in kinds.values())
    return {"multi_article_stories": sum(1 for k in sizes.values() if k > 1),
            "articles_in_them": sum(k for k in sizes.values() if k > 1),
            "merged_pairs": merged, "wrong_pairs": merged - right,
            "wrong_pairs_same_kind": same_kind - right}


def topic_of(subtopic: str) -> str:
    """The ECB+ topic of a subtopic ("21ecbplus" -> "21")."""
    return re.sub(r"\D+$", "", subtopic)
