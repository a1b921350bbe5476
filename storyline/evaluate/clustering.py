"""Story-clustering evaluation: ECB+ subtopics and the bundled examples, scored by B-cubed.

``evaluate_clustering`` reads a labelled corpus, analyses every article with the NLP stage,
feeds the articles one by one to a fresh :class:`StoryIndex` (then one ``repair()``), and
scores the stories against the gold events next to a baseline (TF-IDF, average-link
agglomerative clustering with a cosine-distance threshold) and the published reference.

ECB+ has no publication dates, so only the text signals count there; its documents arrive
in a fixed pseudo-random order (``seed``) because the corpus has no natural one. The first
sentence of an ECB+ (``*ecbplus.xml``) document is its URL: it becomes ``Article.url`` and
is kept out of the text, since only one half of the corpus has it and it would leak the
gold split into the features.
"""

from __future__ import annotations

import json
import logging
import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from storyline.errors import DatasetError
from storyline.evaluate.catxml import read_cat
from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex

logger = logging.getLogger(__name__)

# Barhom et al. 2019 (K-means over tf-idf, told the true K), scored on the test topics
# against the gold subtopics; from ecbplus/SOURCE.md.
ECBPLUS_REFERENCE = {
    "name": "Barhom et al. 2019, K-means told the true K (ecbplus/SOURCE.md)",
    "bcubed_p": 0.971, "bcubed_r": 0.965, "bcubed_f1": 0.968,
}
# Cosine-distance threshold of the baseline, tuned on ECB+ train+dev topics
# (``tune_baseline``); the same value is used for the examples.
BASELINE_DISTANCE = 0.85
DEFAULT_SEED = 0

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|'')")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]|``) ")
# The corpus tokenizer splits clock times: "7: 01 p. m." is "7:01 p.m.".
_SPLIT_CLOCK = re.compile(r"\b(\d{1,2}): (\d\d)\b")
_SPLIT_MERIDIEM = re.compile(r"\b([aApP])\. ([mM])\.")
# ... and hyphens next to a number: "AK - 47", "59 - year - old" are "AK-47", "59-year-old".
_SPLIT_NUMBER_HYPHEN = re.compile(r"(?<=\w) - (?=\d)|(?<=\d) - (?=\w)|(?<=\d-year) - (?=old\b)")
# ... and decimals and thousands inside a sentence: "5. 9", "120, 000" are "5.9", "120,000".
_SPLIT_NUMBER = re.compile(r"(?<=\d)\. (?=\d)|(?<=\d), (?=\d{3}(?!\d))")


# -- corpora ----------------------------------------------------------------------------


def detokenize(tokens: Sequence[str]) -> str:
    """Space-joined tokens back into readable text ("U.S . , he said" → "U.S., he said")."""
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    text = _SPLIT_MERIDIEM.sub(r"\1.\2.", _SPLIT_CLOCK.sub(r"\1:\2", text))
    text = _SPLIT_NUMBER_HYPHEN.sub("-", _SPLIT_NUMBER_HYPHEN.sub("-", text))
    text = _SPLIT_NUMBER.sub(lambda m: m.group(0)[0], text)
    return text.replace("``", '"').replace("''", '"')


def ecbplus_split(data_dir: Path, split: str) -> list[int]:
    """Topic numbers of an ECB+ split ("train", "dev"/"val", "test")."""
    path = data_dir / "ecbplus" / "train_val_test_split.json"
    if not path.is_file():
        raise DatasetError(
            f"{path}: ECB+ split file not found; pass --data-dir pointing at the folder "
            "that holds ecbplus/"
        )
    splits = json.loads(path.read_text())
    key = {"dev": "val", "validation": "val"}.get(split, split)
    if key not in splits:
        raise DatasetError(f"{path}: no split {split!r}; use one of train, dev, test")
    return [int(t) for t in splits[key]]


def load_ecbplus(data_dir: Path, split: str) -> list[tuple[Article, str]]:
    """(article, gold subtopic) for every document of the split's topics, sorted by name."""
    docs_dir = data_dir / "ecbplus" / "docs"
    if not docs_dir.is_dir():
        raise DatasetError(f"{docs_dir}: ECB+ documents not found (expected docs/<topic>/*.xml)")
    out = []
    for topic in ecbplus_split(data_dir, split):
        for path in sorted((docs_dir / str(topic)).glob("*.xml")):
            match = re.fullmatch(r"(\d+)_(\d+)(ecb|ecbplus)\.xml", path.name)
            if not match:
                continue
            out.append((_read_ecb_doc(path), f"{match.group(1)}{match.group(3)}"))
    if not out:
        raise DatasetError(f"{docs_dir}: no documents for split {split!r}")
    return out


def load_ecbplus_subtopic(data_dir: Path, subtopic: str) -> list[Article]:
    """The documents of one ECB+ subtopic ("21ecb", "21ecbplus"), in document order."""
    match = re.fullmatch(r"(\d+)(ecb|ecbplus)", subtopic)
    if not match:
        raise DatasetError(f"{subtopic!r} is not an ECB+ subtopic (e.g. 21ecb or 21ecbplus)")
    topic, kind = match.groups()
    docs_dir = data_dir / "ecbplus" / "docs" / topic
    paths = [p for p in docs_dir.glob("*.xml")
             if re.fullmatch(rf"{topic}_\d+{kind}\.xml", p.name)]
    if not paths:
        raise DatasetError(f"{docs_dir}: no documents of subtopic {subtopic}")
    paths.sort(key=lambda p: int(p.name.split("_")[1].removesuffix(f"{kind}.xml")))
    return [_read_ecb_doc(p) for p in paths]


def _read_ecb_doc(path: Path) -> Article:
    lines = [[t.text for t in sentence] for sentence in read_cat(path).sentences()]
    url = None
    if lines and lines[0] and lines[0][0].lower().startswith("http"):
        url = "".join(lines.pop(0))
    text = "\n".join(detokenize(s) for s in lines)
    return Article(text=text, url=url, external_id=path.name, source=str(path))


def load_examples(examples_dir: Path) -> list[tuple[Article, str | None]]:
    """(article, gold story) for every article of the example corpus.

    Gold comes from ``examples/EXPECTED.md`` (``## S<n>: title`` then ``articles: file,
    file.jsonl#<id or url>, feed.rss#<guid>``). Articles no story lists are returned with
    gold ``None``: they are fed to the index like any other article but not scored.
    """
    from storyline.config import Settings
    from storyline.evaluate.expected import parse_expected
    from storyline.sources import read_source

    expected = examples_dir / "EXPECTED.md"
    gold: dict[str, str] = {}
    for story in parse_expected(expected):
        for ref in story.articles:
            gold[ref] = story.key
    if not gold:
        raise DatasetError(f"{expected}: no '## S<n>' sections with an 'articles:' line")
    out: list[tuple[Article, str | None]] = []
    found: set[str] = set()
    settings = Settings(fetch_feed_links=False)
    for path in sorted(examples_dir.iterdir()):
        if path.name == expected.name or path.name.startswith(".") or not path.is_file():
            continue
        for item in read_source(str(path), settings):
            if not isinstance(item, Article):
                continue
            keys = [f"{path.name}#{ref}" for ref in (item.external_id, item.url) if ref]
            keys.append(path.name)
            key = next((k for k in keys if k in gold), None)
            out.append((item, gold.get(key) if key else None))
            if key:
                found.add(key)
    missing = sorted(set(gold) - found)
    if missing:
        raise DatasetError(f"{expected}: lists articles that were not read: {missing}")
    return out


# -- scores -----------------------------------------------------------------------------


def bcubed(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of two labellings of the same items."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold label lists differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    pairs: dict[tuple[object, object], int] = defaultdict(int)
    pred_size: dict[object, int] = defaultdict(int)
    gold_size: dict[object, int] = defaultdict(int)
    for p, g in zip(predicted, gold, strict=True):
        pairs[(p, g)] += 1
        pred_size[p] += 1
        gold_size[g] += 1
    # Each item in cell (p, g) sees |p ∩ g| correct items among |p| predicted / |g| gold.
    precision = sum(n * n / pred_size[p] for (p, _), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (_, g), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairwise(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of items put together."""
    def together(labels: Sequence[object]) -> int:
        sizes: dict[object, int] = defaultdict(int)
        for x in labels:
            sizes[x] += 1
        return sum(n * (n - 1) // 2 for n in sizes.values())

    both = together(list(zip(predicted, gold, strict=True)))
    pred_pairs, gold_pairs = together(predicted), together(gold)
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(predicted: Sequence[object], gold: Sequence[object]) -> dict:
    bp, br, bf = bcubed(predicted, gold)
    pp, pr, pf = pairwise(predicted, gold)
    return {
        "bcubed_p": round(bp, 4), "bcubed_r": round(br, 4), "bcubed_f1": round(bf, 4),
        "pairwise_p": round(pp, 4), "pairwise_r": round(pr, 4), "pairwise_f1": round(pf, 4),
        "predicted_clusters": len(set(predicted)), "gold_clusters": len(set(gold)),
    }


# -- systems ----------------------------------------------------------------------------


def cluster_online(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    options: ClusterOptions | None = None,
    repair: bool = True,
) -> list[int]:
    """Story ids for the articles, assigned one at a time in the order given."""
    online, repaired = cluster_stream(articles, analyses, options)
    return repaired if repair else online


def cluster_stream(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    options: ClusterOptions | None = None,
) -> tuple[list[int], list[int]]:
    """Story ids after the online assignment, and after one ``repair()`` that follows it."""
    index = StoryIndex(options)
    online = [index.assign(a, an).story_id for a, an in zip(articles, analyses, strict=True)]
    index.repair()
    return online, [index.story_of[a.id] for a in articles]


def cluster_baseline(texts: Sequence[str], distance: float = BASELINE_DISTANCE) -> list[int]:
    """TF-IDF (fitted on the texts) + average-link agglomerative clustering, cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) < 2:
        return [0] * len(texts)
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance
    )
    return model.fit_predict(vectors.toarray()).tolist()


def arrival_order(articles: Sequence[Article], seed: int = DEFAULT_SEED) -> list[int]:
    """Publication order where dates are known (undated articles after them, in file
    order); a fixed pseudo-random order when no article has a date."""
    n = len(articles)
    if any(a.published for a in articles):
        return sorted(range(n), key=lambda i: (articles[i].published is None,
                                               articles[i].published or "", i))
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return order


DATE_VARIANTS = ("none", "half", "all")
_SYNTHETIC_START = date(2025, 1, 6)  # first synthetic event day (any date would do)


def synthesise_dates(
    items: Sequence[tuple[Article, str | None]],
    dates: str = "half",
    months_apart: int = 3,
    seed: int = DEFAULT_SEED,
) -> tuple[list[tuple[Article, str | None]], list[int]]:
    """Give the articles publication dates, the text unchanged; return them and the order
    they arrive in (by those dates, also for the articles whose date is then withheld).

    Each gold event gets a day: the events of one ECB+ topic ("21ecb", "21ecbplus": same
    kind of event) fall ``months_apart`` months apart, and topics start a week apart, so
    unrelated events overlap in time as in a real stream. An article is published 0-2 days
    after its event. ``dates`` = "all" keeps every date, "half" withholds a random half,
    "none" withholds all (only the order remains).
    """
    if dates not in DATE_VARIANTS:
        raise DatasetError(
            f"unknown dates variant {dates!r}; use one of {', '.join(DATE_VARIANTS)}")
    rng = random.Random(seed)
    events = sorted({g for _, g in items if g is not None})
    topics = sorted({re.sub(r"\D+$", "", g) for g in events}, key=lambda t: (len(t), t))
    topic_start = {t: _SYNTHETIC_START + timedelta(weeks=i) for i, t in enumerate(topics)}
    event_day: dict[str, date] = {}
    for event in events:
        topic = re.sub(r"\D+$", "", event)
        second = event.endswith("plus")  # the topic's other event
        event_day[event] = topic_start[topic] + timedelta(days=round(30.44 * months_apart)
                                                     if second else 0)
    published: list[date] = []
    for _, gold in items:
        day = event_day.get(gold or "", _SYNTHETIC_START)
        published.append(day + timedelta(days=rng.randint(0, 2)))
    keep = {"all": set(range(len(items))), "none": set(),
            "half": set(rng.sample(range(len(items)), len(items) // 2))}[dates]
    out: list[tuple[Article, str | None]] = []
    for i, (article, gold) in enumerate(items):
        dated = replace(article, published=published[i].isoformat(),
                        published_from="metadata") if i in keep else article
        out.append((dated, gold))
    order = sorted(range(len(items)), key=lambda i: (published[i], rng.random()))
    return out, order


def analyse(articles: Sequence[Article]) -> list[Analysis]:
    from storyline.nlp import analyze_many

    return list(analyze_many(articles))


def evaluate_clustering(
    dataset: str,
    split: str,
    data_dir: Path,
    examples_dir: Path | None = None,
    *,
    options: ClusterOptions | None = None,
    seed: int = DEFAULT_SEED,
    dates: str | None = None,
    months_apart: int = 3,
    by_topic: bool = False,
    day: bool = False,
    batches: int = 1,
) -> dict:
    """Cluster a labelled corpus online and score it next to the baseline and reference.

    ``dataset`` is "ecbplus" (``split`` = train, dev or test, read from ``data_dir``) or
    "examples" (the bundled corpus in ``examples_dir``; ``split`` is ignored). "storyline"
    is the online assignment followed by one ``repair()``; "storyline_online_only" the
    assignment alone. ``dates`` ("none", "half", "all"; ECB+ only) gives the articles
    synthetic publication dates, the two events of each topic ``months_apart`` months apart
    (:func:`synthesise_dates`); by default the corpus's own dates are used (ECB+ has none).
    ``by_topic`` (ECB+ only): each topic (two events of one kind) on its own fresh index, a
    small batch on one subject, instead of all topics in one stream.
    ``day`` (ECB+ only): a day of feeds from two outlets (:mod:`clustering_day`), ingested
    as ``batches`` successive feed polls.
    """
    if day:
        if dataset != "ecbplus" or dates is not None or by_topic:
            raise DatasetError("a day of feeds (--day) is for ecbplus, without --dates or "
                               "--by-topic")
        return _evaluate_day(Path(data_dir), split, options, seed, batches)
    if by_topic and dataset != "ecbplus":
        raise DatasetError("clustering each topic alone (--by-topic) is for ecbplus only")
    if dataset == "ecbplus":
        items: list[tuple[Article, str | None]] = list(load_ecbplus(Path(data_dir), split))
        reference: dict | None = ECBPLUS_REFERENCE if split == "test" else None
    elif dataset == "examples":
        if examples_dir is None:
            raise DatasetError("the examples evaluation needs examples_dir (the examples/ folder)")
        items = load_examples(Path(examples_dir))
        reference = None
    else:
        raise DatasetError(f"unknown clustering dataset {dataset!r}; use ecbplus or examples")
    variant = None
    if dates is not None and dataset != "ecbplus":
        raise DatasetError("synthetic dates (--dates) are for the ecbplus dataset only")
    if dates is not None:
        items, order = synthesise_dates(items, dates, months_apart, seed)
        variant = {"dates": dates, "months_apart": months_apart,
                   "dated_articles": sum(1 for a, _ in items if a.published)}
    else:
        order = arrival_order([a for a, _ in items], seed)
    articles = [items[i][0] for i in order]
    gold = [items[i][1] for i in order]
    analyses = analyse(articles)
    if by_topic:
        online, system = _cluster_by_topic(articles, analyses, gold, options)
    else:
        online, system = cluster_stream(articles, analyses, options)
    baseline = cluster_baseline([_full_text(a) for a in articles])
    scored = [i for i, g in enumerate(gold) if g is not None]

    def scores(labels: list[int]) -> dict:
        return score([labels[i] for i in scored], [gold[i] for i in scored])

    own = [own_date(analyses[i]) for i in scored]
    return {
        "dataset": dataset,
        "split": split if dataset == "ecbplus" else "all",
        "documents": len(articles),
        "scored": len(scored),
        "order": ("synthetic dates" if variant else "publication"
                  if any(a.published for a in articles) else f"shuffled({seed})"),
        "dates_variant": variant,
        "batches": "one fresh index per topic" if by_topic else "one stream",
        "storyline": scores(system),
        "storyline_online_only": scores(online),
        "baseline": {
            "name": f"TF-IDF average-link agglomerative, cosine distance {BASELINE_DISTANCE} "
                    "(tuned on ECB+ train+dev)",
            **scores(baseline),
        },
        "reference": reference,
        "stated_dates_far_apart": {
            "note": f"pairs of articles in one story whose first stated day or month (with "
                    f"its year) are more than {FAR_DAYS} days apart, and of those the pairs "
                    "of two gold events; 'gold' gives the gold events' own (background "
                    "dates, later reports)",
            **{name: far_pairs([labels[i] for i in scored], own, [gold[i] for i in scored])
               for name, labels in
               (("storyline", system), ("storyline_online_only", online),
                ("gold", [g or "" for g in gold]))},
        },
    }


FAR_DAYS = 45  # as ClusterOptions.stated_gap_days


def own_date(analysis: Analysis) -> tuple[int, int] | None:
    """An article's first stated day or month with its year (as a day interval), or None."""
    from storyline.stories.evidence import precise, stated_dates

    spans = precise(stated_dates(analysis, 3, years=False))
    return spans[0] if spans else None


def far_pairs(labels: Sequence[object], own: Sequence[tuple[int, int] | None],
              gold: Sequence[object]) -> dict[str, int]:
    """Pairs of articles put together whose own dates (:func:`own_date`) are more than
    ``FAR_DAYS`` apart (a story whose dates do not hold together), and how many of them
    join two gold events."""
    groups: dict[object, list[tuple[tuple[int, int], object]]] = defaultdict(list)
    for label, span, event in zip(labels, own, gold, strict=True):
        if span is not None:
            groups[label].append((span, event))
    far = wrong = 0
    for members in groups.values():
        for i, (a, event_a) in enumerate(members):
            for b, event_b in members[i + 1:]:
                if max(0, b[0] - a[1], a[0] - b[1]) > FAR_DAYS:
                    far += 1
                    wrong += event_a != event_b
    return {"pairs": far, "of_two_events": wrong}


def _cluster_by_topic(articles: Sequence[Article], analyses: Sequence[Analysis],
                      gold: Sequence[str | None], options: ClusterOptions | None
                      ) -> tuple[list[int], list[int]]:
    """``cluster_stream`` on each ECB+ topic (gold "21ecb" and "21ecbplus": topic 21) alone,
    in arrival order; story ids made distinct across topics."""
    topics: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        topics.setdefault(re.sub(r"\D+$", "", g or ""), []).append(i)
    online, system = [0] * len(articles), [0] * len(articles)
    for t, members in enumerate(topics.values()):
        got = cluster_stream([articles[i] for i in members], [analyses[i] for i in members],
                             options)
        for i, on, rep in zip(members, *got, strict=True):
            online[i], system[i] = t * 1_000_000 + on, t * 1_000_000 + rep
    return online, system


def _evaluate_day(data_dir: Path, split: str, options: ClusterOptions | None, seed: int,
                  batches: int) -> dict:
    from storyline.evaluate.clustering_day import (
        DAY,
        cluster_batches,
        day_of_feeds,
        merge_counts,
    )

    if batches < 1:
        raise DatasetError(f"--batches must be at least 1, not {batches}")
    articles, gold = day_of_feeds(load_ecbplus(data_dir, split), seed)
    analyses = analyse(articles)
    online, system = cluster_batches(articles, analyses, batches, options)
    baseline = cluster_baseline([_full_text(a) for a in articles])

    def scores(labels: list[int]) -> dict:
        return {**score(labels, gold), **merge_counts(labels, gold)}

    return {
        "dataset": "ecbplus",
        "split": split,
        "documents": len(articles),
        "scored": len(articles),
        "order": f"shuffled({seed}), one day ({DAY}), two outlets",
        "events": len(set(gold)),
        "events_with_two_reports": sum(1 for n in Counter(gold).values() if n > 1),
        "batches": f"{batches} feed poll(s), a repair after each",
        "storyline": scores(system),
        "storyline_online_only": scores(online),
        "baseline": {
            "name": f"TF-IDF average-link agglomerative, cosine distance {BASELINE_DISTANCE} "
                    "(tuned on ECB+ train+dev)",
            **scores(baseline),
        },
        "reference": None,
    }


def _full_text(article: Article) -> str:
    return f"{article.title or ''}\n{article.text}"
