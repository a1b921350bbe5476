"""Clustering evaluation: the scorers on hand-checked labellings, and an ECB+ dev slice."""

from __future__ import annotations

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.clustering import (
    _cluster_by_topic,
    bcubed,
    cluster_baseline,
    cluster_online,
    detokenize,
    evaluate_clustering,
    load_ecbplus,
    pairwise,
    score,
)
from storyline.records import Article


def test_bcubed_on_a_hand_checked_example():
    gold = ["a", "a", "a", "b", "b"]
    predicted = [1, 1, 2, 2, 2]
    # per item precision 1, 1, 1/3, 2/3, 2/3; recall 2/3, 2/3, 1/3, 1, 1
    p, r, f = bcubed(predicted, gold)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)
    assert f == pytest.approx(11 / 15)


def test_bcubed_is_perfect_only_for_the_same_partition_under_any_names():
    assert bcubed([7, 7, 3], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed([1, 1, 1], ["x", "x", "y"])
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    p, r, _ = bcubed([1, 2, 3], ["x", "x", "y"])
    assert p == 1.0 and r == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_pairwise_counts_pairs_put_together():
    p, r, f = pairwise([1, 1, 2, 2, 2], ["a", "a", "a", "b", "b"])
    # predicted pairs 01 23 24 34; gold pairs 01 02 12 34; shared 01 34
    assert (p, r, f) == (0.5, 0.5, 0.5)
    summary = score([1, 1, 2, 2, 2], ["a", "a", "a", "b", "b"])
    assert summary["predicted_clusters"] == 2 and summary["gold_clusters"] == 2


def test_detokenize_restores_readable_text():
    tokens = ["The", "U.S", ".", "Navy", "said", "it", "'s", "``", "safe", "''", ",",
              "(", "Reuters", ")", "up", "5", "%", "."]
    assert detokenize(tokens) == 'The U.S. Navy said it\'s "safe", (Reuters) up 5%.'


def test_unknown_split_is_a_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="ecbplus"):
        load_ecbplus(tmp_path, "test")


def test_baseline_groups_near_identical_texts():
    texts = [
        "Firefighters battled a blaze at a warehouse in Leeds overnight.",
        "A warehouse blaze in Leeds kept firefighters busy overnight.",
        "The central bank raised interest rates by a quarter point on Thursday.",
    ]
    labels = cluster_baseline(texts, distance=0.9)
    assert labels[0] == labels[1] != labels[2]


@pytest.mark.slow
def test_ecbplus_dev_slice_separates_the_two_events_of_each_topic(data_dir):
    from storyline.evaluate.clustering import analyse, arrival_order

    items = [(a, g) for a, g in load_ecbplus(data_dir, "dev") if g.startswith(("2e", "5e"))]
    assert {g for _, g in items} == {"2ecb", "2ecbplus", "5ecb", "5ecbplus"}
    order = arrival_order([a for a, _ in items])
    articles = [items[i][0] for i in order]
    gold = [items[i][1] for i in order]
    predicted = cluster_online(articles, analyse(articles))
    result = score(predicted, gold)
    assert result["bcubed_f1"] >= 0.85, result
    assert all("http" not in a.text.split("\n", 1)[0] for a in articles)


@pytest.mark.slow
def test_example_corpus_stories_match_the_gold_and_beat_the_baseline(examples_dir, tmp_path):
    from storyline.evaluate.clustering import evaluate_clustering

    if not (examples_dir / "EXPECTED.md").exists():
        pytest.skip("examples/EXPECTED.md is not present")
    result = evaluate_clustering("examples", "all", tmp_path, examples_dir)
    assert result["scored"] == result["documents"]
    assert result["storyline"]["bcubed_f1"] >= 0.95, result
    assert result["storyline"]["bcubed_f1"] > result["baseline"]["bcubed_f1"]


def test_bcubed_bounds_and_renaming_invariance():
    from hypothesis import given
    from hypothesis import strategies as st

    labels = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=30)

    @given(labels)
    def check(pairs):
        predicted = [p for p, _ in pairs]
        gold = [g for _, g in pairs]
        p, r, f = bcubed(predicted, gold)
        assert 0 < p <= 1 and 0 < r <= 1 and min(p, r) - 1e-12 <= f <= max(p, r) + 1e-12
        assert bcubed([x + 10 for x in predicted], gold) == (p, r, f)
        assert bcubed(gold, predicted) == pytest.approx((r, p, f))  # swap roles: P <-> R
        assert bcubed(gold, gold) == (1.0, 1.0, 1.0)

    check()


def test_by_topic_clusters_each_topic_on_its_own_index(tmp_path):
    text = ("Fire crews battled a blaze at a paint factory in Ridgefield on Tuesday night; "
            "all 40 night-shift workers got out before the roof collapsed.")
    # the same text under two topics: one stream would put them together, by topic never
    articles = [Article(text=text, title=None, external_id=f"{t}_{i}")
                for t in ("1", "2") for i in range(2)]
    gold = ["1ecb", "1ecb", "2ecb", "2ecb"]
    online, repaired = _cluster_by_topic(articles, [None] * 4, gold, None)  # type: ignore[list-item]
    for labels in (online, repaired):
        assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    with pytest.raises(DatasetError, match="by-topic"):
        evaluate_clustering("examples", "all", tmp_path, tmp_path, by_topic=True)


def test_far_pairs_count_stories_whose_stated_dates_do_not_hold_together():
    from storyline.evaluate.clustering import far_pairs

    march, june, march2 = (739000, 739000), (739100, 739100), (739010, 739010)
    got = far_pairs([1, 1, 1, 2], [march, june, march2, june], ["a", "a", "b", "b"])
    # in story 1: March-June twice (one of them across two events), March-March2 close
    assert got == {"pairs": 2, "of_two_events": 1}
    assert far_pairs([1, 1], [march, None], ["a", "b"]) == {"pairs": 0, "of_two_events": 0}
