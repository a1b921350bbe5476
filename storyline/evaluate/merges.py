"""Wrong merges on a stream of mostly unrelated news: PolNeAR's political articles.

PolNeAR (``polnear/`` in the datasets folder) is 2015–2016 US political news from seven
outlets: one broad topic, mostly distinct events, the same names (Trump, Clinton) in nearly
every article. That is the stress case for story clustering's precision: shared names and
an outlet's boilerplate must not glue unrelated articles together. The corpus has no story
labels, so this evaluation reports what the clustering put together — the multi-article
stories and every pair of articles they hold — and scores those pairs against a small
annotation file made here by reading the titles and leads of merged pairs of the **train
and dev** parts (``data/polnear_merges.tsv``: two file names and ``same`` or ``different``,
whether the two report one real event; no text copied). PolNeAR's test part is not read.

Two ways of feeding the articles:

* ``stream`` — all articles of the split in publication order into one index, with their
  publication dates (``dates="all"``) or with every date withheld (``dates="none"``: only the
  order remains, as for scraped pages without a date);
* ``feeds`` — each outlet's articles of each ``feed_days``-day window on a fresh index, as a
  new user ingesting one outlet's feed: the IDF knows only those few articles;
* ``pairs`` — the same with two outlets per feed (outlets paired in name order), as a user
  following two outlets: pairs of articles of two outlets are in view too.

``feed_days=0`` makes each feed the whole split (each outlet's, or two outlets', ~120 or
~240 articles); ``dates="one-day"`` gives every article of a feed one publication day, so
time separates nothing: a day of feeds as large as a real one, all on one subject. With
``summaries`` each article is cut to its title and first sentence, as a feed item whose
page could not be fetched (the hidden "day of feeds" case of issue 11):
``--mode pairs --feed-days 0 --dates one-day --summaries``.

Pairs nobody judged are counted apart (``unjudged``): a new merge the annotation does not
cover is not silently counted as right or wrong.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

from storyline.errors import DatasetError
from storyline.evaluate.clustering import analyse, cluster_stream
from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions

logger = logging.getLogger(__name__)

ANNOTATIONS = Path(__file__).parent / "data" / "polnear_merges.tsv"
SPLITS = ("train", "dev")  # PolNeAR's test part is never read here
MODES = ("stream", "feeds", "pairs")
DATES = ("all", "none", "one-day")
ONE_DAY = "2016-06-01"  # the publication day of every article with dates="one-day"
SUMMARY_CHARS = 400  # a summary's longest first sentence
_SENTENCE_END = re.compile(r'(?<=[.!?])["”’]?\s')  # from character 60: not "Sen. "
LABELS = ("same", "different")


def load_polnear(data_dir: Path, split: str) -> list[Article]:
    """The articles of a PolNeAR split (train or dev), in publication order (then name).

    The first line of each text file is its title; outlet and date come from metadata.tsv.
    """
    if split not in SPLITS:
        raise DatasetError(
            f"PolNeAR split {split!r} is not used here; use train or dev (test stays unread)")
    root = Path(data_dir) / "polnear"
    meta = root / "metadata.tsv"
    if not meta.is_file():
        raise DatasetError(f"{meta}: PolNeAR metadata not found; pass --data-dir pointing at "
                           "the folder that holds polnear/")
    out = []
    with meta.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("compartment") != split:
                continue
            path = root / split / "text" / f"{row['filename']}.txt"
            if not path.is_file():
                logger.warning("%s: listed in metadata.tsv but missing", path)
                continue
            raw = path.read_text(encoding="utf-8")
            first, _, body = raw.strip().partition("\n")
            published = row.get("publication_date") or None
            out.append(Article(
                text=body.strip(), title=first.strip() or row.get("title") or None,
                outlet=row.get("publisher") or None, published=published,
                published_from="metadata" if published else "unknown",
                outlet_from="metadata", title_from="metadata",
                external_id=row["filename"], source=str(path)))
    if not out:
        raise DatasetError(f"{root}: no articles of split {split!r}")
    out.sort(key=lambda a: (a.published or "", a.external_id or ""))
    return out


def load_annotations(path: Path = ANNOTATIONS) -> dict[frozenset[str], str]:
    """{frozenset of the two file names: "same" | "different"}; empty when no file."""
    out: dict[frozenset[str], str] = {}
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[2].strip() not in LABELS:
            raise DatasetError(f"{path}, line {n}: expected 'file<TAB>file<TAB>same|different'")
        out[frozenset((parts[0].strip(), parts[1].strip()))] = parts[2].strip()
    return out


def feeds(articles: Sequence[Article], feed_days: int,
          outlets_per_feed: int = 1) -> list[list[int]]:
    """Positions of the articles grouped by outlet (``outlets_per_feed`` outlets per feed,
    in name order) and ``feed_days``-day window."""
    names = sorted({article.outlet or "" for article in articles})
    feed_of = {name: i // max(1, outlets_per_feed) for i, name in enumerate(names)}
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        day = date.fromisoformat(article.published_date).toordinal() if article.published_date \
            else 0
        window = day // feed_days if feed_days > 0 else 0  # 0: the whole split, one feed
        groups[(feed_of[article.outlet or ""], window)].append(i)
    return [groups[k] for k in sorted(groups)]


def merged_pairs(names: Sequence[str], labels: Sequence[int]) -> list[tuple[str, str]]:
    """Every pair of items that share a label (sorted names)."""
    by_label: dict[int, list[str]] = defaultdict(list)
    for name, label in zip(names, labels, strict=True):
        by_label[label].append(name)
    return sorted(tuple(sorted(p)) for members in by_label.values()  # type: ignore[misc]
                  for p in combinations(members, 2))


def score_pairs(pairs: Sequence[tuple[str, str]],
                annotations: dict[frozenset[str], str],
                possible: Callable[[frozenset[str]], bool] = lambda _: True) -> dict:
    """Merged pairs against the annotation: wrong, right and unjudged ones, and how many of
    the pairs annotated as one event (among those ``possible`` here: both articles fed to
    one index) were merged (recall of the known real merges)."""
    judged = [annotations.get(frozenset(p)) for p in pairs]
    merged = {frozenset(p) for p in pairs}
    known_same = [k for k, v in annotations.items() if v == "same" and possible(k)]
    return {
        "merged_pairs": len(pairs),
        "wrong_pairs": sum(1 for j in judged if j == "different"),
        "right_pairs": sum(1 for j in judged if j == "same"),
        "unjudged_pairs": sum(1 for j in judged if j is None),
        "annotated_same_pairs": len(known_same),
        "annotated_same_found": sum(1 for k in known_same if k in merged),
    }


def cluster_articles(articles: Sequence[Article], analyses: Sequence[Analysis], mode: str,
                     dates: str, feed_days: int,
                     options: ClusterOptions | None = None) -> list[str]:
    """A story key per article: ``mode`` "stream" (one index), "feeds" (one fresh index
    per outlet and window) or "pairs" (per two outlets and window); ``dates`` "all" keeps
    publication dates, "none" withholds them."""
    if mode not in MODES:
        raise DatasetError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    if dates not in DATES:
        raise DatasetError(f"unknown dates variant {dates!r}; use {', '.join(DATES)}")
    shown = [a if dates == "all"
             else replace(a, published=ONE_DAY) if dates == "one-day"
             else replace(a, published=None, published_from="unknown") for a in articles]
    groups = ([list(range(len(articles)))] if mode == "stream"
              else feeds(articles, feed_days, 2 if mode == "pairs" else 1))
    keys = [""] * len(articles)
    for g, members in enumerate(groups):
        _, repaired = cluster_stream([shown[i] for i in members],
                                     [analyses[i] for i in members], options)
        for i, story in zip(members, repaired, strict=True):
            keys[i] = f"{g}:{story}"
    return keys


def summary(article: Article) -> Article:
    """The article as a feed item without its page: the title and the text's first
    sentence (at most ``SUMMARY_CHARS`` characters)."""
    text = article.text
    end = _SENTENCE_END.search(text, 60)
    cut = text[: min(end.end() if end else len(text), SUMMARY_CHARS)].strip()
    return replace(article, text=cut)


def merge_report(articles: Sequence[Article], keys: Sequence[str],
                 annotations: dict[frozenset[str], str], *, show: int = 0) -> dict:
    """Multi-article stories, merged pairs and their judgement; ``show`` lists that many
    of the largest stories (file names and titles) and the pairs nobody judged."""
    names = [a.external_id or a.id for a in articles]
    group = {name: key.split(":", 1)[0] for name, key in zip(names, keys, strict=True)}
    label = {k: i for i, k in enumerate(dict.fromkeys(keys))}
    pairs = merged_pairs(names, [label[k] for k in keys])
    members: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    multi = sorted((m for m in members.values() if len(m) > 1), key=lambda m: (-len(m), m[0]))
    out = {
        "articles": len(articles),
        "stories": len(members),
        "multi_article_stories": len(multi),
        "articles_in_multi_article_stories": sum(len(m) for m in multi),
        **score_pairs(pairs, annotations,
                      lambda pair: all(n in group for n in pair)
                      and len({group[n] for n in pair}) == 1),
    }
    if show:
        out["largest_stories"] = [[f"{names[i]}: {articles[i].title}" for i in m]
                                  for m in multi[:show]]
        wrong = [p for p in pairs if annotations.get(frozenset(p)) == "different"]
        out["wrong"] = [list(p) for p in wrong]
        out["unjudged"] = [list(p) for p in pairs if frozenset(p) not in annotations]
    return out


def evaluate_merges(dataset: str, split: str, data_dir: Path, *, mode: str = "stream",
                    dates: str = "all", feed_days: int = 30,
                    options: ClusterOptions | None = None, show: int = 0,
                    analyses: Sequence[Analysis] | None = None,
                    annotations_path: Path = ANNOTATIONS, summaries: bool = False) -> dict:
    """Cluster PolNeAR's train or dev articles and report the merges (see module doc)."""
    if dataset != "polnear":
        raise DatasetError(f"unknown merges dataset {dataset!r}; use polnear")
    if mode not in MODES or dates not in DATES or feed_days < 0:
        raise DatasetError(f"unknown mode {mode!r}, dates {dates!r} or feed days "
                           f"{feed_days}; use --mode {' or '.join(MODES)}, --dates "
                           f"{' or '.join(DATES)} and --feed-days 0 or more")
    articles = load_polnear(Path(data_dir), split)
    if summaries:
        articles = [summary(a) for a in articles]
    if analyses is None:
        analyses = analyse(articles)
    keys = cluster_articles(articles, analyses, mode, dates, feed_days, options)
    report = merge_report(articles, keys, load_annotations(annotations_path), show=show)
    return {
        "dataset": dataset, "split": split, "mode": mode, "dates": dates,
        **({"feed_days": feed_days} if mode != "stream" else {}),
        **({"summaries": True} if summaries else {}),
        **report,
        "annotations": f"storyline/evaluate/data/{annotations_path.name} (pairs judged by "
                       "reading titles and leads of train/dev articles)",
    }
