"""Story clustering on the story battery: are a part's stories kept whole and apart?

    nice .venv/bin/python bench/bench_story_battery_clusters.py WA … WL|SA … SY|web|all [--json]

``bench_story_battery.py`` reconciles each story as its gold story, so it measures
reconciliation alone. Here each part's articles (6 stories of 3–4 outlets, the same outlets
across a part's stories, so the same site furniture on pages of different events) go
through story assignment as a user's ingest would: in publication order (undated ones after,
in a fixed order), then one ``repair()``. Scored against the battery's stories per part
(parts are written independently and may tell the same real event twice, so they are not
mixed): B³ precision / recall / F1, and the pairs of articles wrongly merged (two stories)
and wrongly split (one story). Held-out parts print totals only, as in the scorer beside
this one; ``web`` means the fifth batch's training parts, ``all`` every training part.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_story_battery import HELD_OUT, PARTS, _stories, story_articles

from storyline.evaluate.clustering import analyse, arrival_order, cluster_stream, score


def cluster_part(part: str) -> dict[str, Any]:
    """B³ and wrong pairs of one part's articles clustered afresh."""
    articles, gold = [], []
    for story in _stories(part):
        found, _ = story_articles(story)
        for article in found:
            articles.append(replace(article, id=f"{story['id']}/{article.id}"))
            gold.append(story["id"])
    order = arrival_order(articles)
    articles = [articles[i] for i in order]
    gold = [gold[i] for i in order]
    _, predicted = cluster_stream(articles, analyse(articles))
    pairs = list(combinations(range(len(articles)), 2))
    merged = sum(1 for i, j in pairs if predicted[i] == predicted[j] and gold[i] != gold[j])
    split = sum(1 for i, j in pairs if predicted[i] != predicted[j] and gold[i] == gold[j])
    out = {"part": part, "articles": len(articles), **score(predicted, gold),
           "wrongly_merged_pairs": merged, "wrongly_split_pairs": split}
    if part not in HELD_OUT:
        out["clusters"] = sorted(sorted({g for g, p in zip(gold, predicted, strict=True)
                                         if p == c}) for c in set(predicted))
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    which = (args[0] if args else "web").upper()
    if which == "WEB":
        parts = [p for p in PARTS if p.startswith("W") and p not in HELD_OUT]
    elif which == "ALL":
        parts = [p for p in PARTS if p not in HELD_OUT]
    elif which in PARTS:
        parts = [which]
    else:
        print(f"bench_story_battery_clusters: unknown part {which!r}", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)
    results = [cluster_part(p) for p in parts]
    if "--json" in argv:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
        return 0
    for r in results:
        print(f"{r['part']}: B³ F1 {r['bcubed_f1']} (P {r['bcubed_p']}, R {r['bcubed_r']}); "
              f"{r['predicted_clusters']} clusters for {r['gold_clusters']} stories; "
              f"pairs wrongly merged {r['wrongly_merged_pairs']}, split "
              f"{r['wrongly_split_pairs']}")
        for cluster in r.get("clusters", []):
            if len(cluster) > 1:
                print(f"    merged: {', '.join(cluster)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
