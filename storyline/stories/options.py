"""The knobs of the story stage, one place: every threshold and weight named, with the
reason it has its value. Defaults are tuned on ECB+ train/dev topics and PolNeAR train/dev
(``bench/tune_stories.py``, ``storyline eval clustering``, ``storyline eval merges``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ClusterOptions:
    """Knobs of the story stage. Defaults are tuned on ECB+ train/dev topics only (the
    repair background also on PolNeAR train/dev: `storyline eval merges`)."""

    join_threshold: float = 0.25  # min article-to-story score to join a story
    weights: dict[str, float] = field(
        default_factory=lambda: {"words": 1.0, "entities": 1.0, "numbers": 0.5, "dates": 0.25}
    )
    ngram_max: int = 1
    n_features: int = 2**20
    # Blocks keep their IDF scale: terms found everywhere in the stream weigh little even
    # when an article's names are all such terms (off: each block is scaled to full weight).
    # Off by default: on ECB+ train/dev it cost up to 0.02 B3 F1, and on PolNeAR train it
    # made more wrong merges in the stream (18 vs 10 pairs), fewer in feeds (0 vs 2).
    common_damping: bool = False
    # Shared names count at most this many times the shared words (0: no limit): two
    # feed summaries that name the same candidate and share no other word are not one
    # event, yet a block made of that one name is a full match (features.capped_names).
    # PolNeAR train as one day of two outlets' summaries: 2,725 merged pairs -> 463;
    # ECB+ streams unchanged, each ECB+ topic alone (dev) 0.969 -> 0.945 (3: 0.960 but
    # 85 pairs instead of 33 below; 1 caps real reports: dev stream 1.000 -> 0.965).
    names_words_cap: float = 2.0
    # An article with fewer distinct word terms than this (0: no such rule) is a short
    # text: a feed item's title and a one- or two-sentence summary (PolNeAR's first
    # sentences: 19 terms at the median, 30 at the 95th percentile; a three-sentence
    # brief ~35). A shared name or two makes its cosines, and so its neighbours, chance.
    short_terms: int = 33
    # In a repair scope where at least ``short_scope_share`` of the articles are short (a
    # batch of summaries), a short text and any other are neighbours only at this cosine
    # (the same day: 463 -> 33 merged pairs with two short texts; with a short and a
    # longer one too, 15 -> 10 merged pairs, 10 -> 5 wrong, the 5 right kept, ECB+ and
    # full texts unchanged: a long first sentence is still a summary). Not on every
    # scope: where full reports dominate, a short report finds its event through them
    # (ECB+ dev 1.000 -> 0.973 otherwise).
    # Not online either: a higher join threshold for short texts changed nothing after
    # the repair and cost ECB+ online-only 0.01-0.04.
    short_neighbour_cosine: float = 0.35
    short_scope_share: float = 0.75
    short_either: bool = True  # ... when either text is short (False: only two short ones)
    window_days: float = 10.0  # stories further apart in time are never candidates
    grace_days: float = 2.0  # no time penalty within this many days
    decay_days: float = 7.0  # beyond the grace, score x exp(-(days - grace) / decay)
    # The repair never joins two stories published further apart than this (their undated
    # reports may tie same-topic events weeks apart); a looser bound than the online
    # window, since one story's analysis may follow its news by weeks.
    repair_apart_days: float = 30.0
    # Dates stated in the text ("On March 3, 2025") and series numbers ("Flight 7"): what
    # separates same-topic events months apart when articles carry no publication date.
    stated_dates_kept: int = 3  # first explicit dates of an article compared (lead first)
    stated_years: bool = True  # a bare year stated ("in 2019") counts as a stated date
    stated_gap_days: float = 45.0  # stated dates this far from all of a story's: other event
    stated_gap_factor: float = 0.75  # score x this when the stated dates are that far apart
    # ... x this instead when both sides state a day or month ("On March 3, 2025"): the
    # event's own date, where a bare year is often background ("since 2019").
    stated_day_gap_factor: float = 0.5
    # When only one side has a publication date, its publication days count as dates it
    # states (compared with the other side's stated dates).
    published_as_stated: bool = False
    # Close publication days (within ``grace_days``) say nothing about which of two
    # same-kind events of one day an article reports: stated dates and series numbers
    # still count then (a day of feeds, ECB+ train: 19 wrong pairs instead of 24).
    evidence_within_grace: bool = True
    # Between articles published within ``grace_days``: each one's main person (named most,
    # twice at least) unnamed on the other, a surname spelt alike counting as named
    # ("Bessent" / "Bassant"), is evidence of two events (two deaths, two arrests of a day).
    # ECB+ train as a day of feeds: 15 -> 12 wrong pairs; ECB+ streams dated on all articles
    # B3 0.989 -> 0.988 (one event's reports may centre on different people).
    people_evidence: bool = True
    # ... and, the same way, each article's main place (named in the lead and most often
    # after, twice at least) unnamed on the other: two quakes or shootings of one day happen
    # in different places (ECB+ train day 12 -> 8 wrong pairs, dev 4 -> 2).
    place_evidence: bool = True
    # ... and the day the lead names ("on Tuesday", resolved against the publication date)
    # more than a day from the other's: two same-kind events of one day's feeds. Off: ECB+
    # dev day 2 -> 0 wrong pairs but train 8 -> 9, and on PolNeAR's real dates it lost 3 of
    # 27 right merges of two-outlet feeds (a follow-up names the day of its own news).
    when_evidence: bool = False
    people_conflict_factor: float = 0.6  # score x this when on
    # People, places (and lead days) weigh in the repair, and in the online assignment
    # only with this on. Off: the online pass split early reports of one event that centre
    # on different people (ECB+ streams dated on all articles, online pass alone: train
    # 0.925 -> 0.913, dev 0.939 -> 0.909), and the repair, which sees every report of the
    # scope at once, gives the same stories either way (day of feeds: 8 wrong pairs both).
    people_online: bool = False
    # Sums of money in the lead ("$2.6 million") are labels too: two heists or deals of
    # one day with sums more than twice apart are two events (evidence.lead_amounts; ECB+
    # train as a day of feeds 19 -> 15 wrong pairs, ECB+ streams unchanged).
    lead_amounts: bool = True
    # The days of the year the lead names, with or without their year ("Tuesday, June
    # 17th", "on Sept. 17"), are labels too: two sides whose lead days are all more than
    # evidence.MONTH_DAY_TOLERANCE days apart (around the year) are two events, even when
    # neither has a publication date (two rate decisions, two test flights months apart).
    lead_month_days: bool = True
    # ... weighed only when the two sides' calendar dates (with their year) cannot be
    # compared, the stated-date factors above deciding otherwise: score x this.
    month_day_factor: float = 0.5
    # ... and the level of the first court the lead names (a trial court's ruling, the
    # appeal, the Supreme Court's hearing of one case: evidence.lead_court).
    lead_court: bool = True
    label_conflict_factor: float = 0.3  # score x this when series numbers differ ("Flight 7"/"8")
    query_terms: int = 24  # heaviest terms of the article used to find candidates
    postings_scanned: int = 64  # most recent stories looked at per term
    max_candidates: int = 64  # stories fully scored per article
    article_terms: int = 256  # terms kept per article (memory bound)
    centroid_terms: int = 400  # terms kept per story centroid
    copy_threshold: float = 0.5  # MinHash Jaccard for a near-copy
    num_perm: int = 64
    # Articles whose vectors stay in memory (~2.7 KB each); a story whose newest article
    # falls out of this window is closed (no longer a candidate), which bounds memory.
    recent_articles: int = 100_000
    copy_window_articles: int = 50_000  # articles kept in the MinHash LSH (~5.5 KB each)
    # Keep closed stories' membership in memory (evaluations read every article's final
    # story from the index); off, a closed story is forgotten (the store keeps it), so
    # memory does not grow with every article ever seen.
    keep_closed: bool = False
    # repair: average-link over cosine mixed with shared nearest neighbours
    repair_neighbours: int = 6  # k of the shared-nearest-neighbour similarity
    repair_snn_weight: float = 0.5  # weight of neighbour overlap against the cosine
    repair_threshold: float = 0.175  # min average mixed similarity within a story
    # What the texts state is weighed only for pairs at least this alike in the repair:
    # below it a damping moves the pair's similarity by less than the noise of unrelated
    # news, and weighing every pair of a 2,000-article scope (2M pairs, in Python) made one
    # repair take 12-40 s.
    repair_evidence_min_similarity: float = 0.05
    repair_neighbour_floor: float = 0.1  # cosine below which no one is a neighbour
    # Neighbours must also reach this many times the background cosine of the repaired
    # articles (those close enough in time): on one broad subject (a 2016 campaign) or in a
    # small fresh feed every pair is a bit alike, and such neighbours glued unrelated news.
    repair_background_factor: float = 20.0
    # The background: this quantile of the pairs' cosines (low, so that a scope filled by
    # a few big events still measures unrelated pairs; the median failed there).
    repair_background_quantile: float = 0.25
    # Scopes of fewer articles than this have no background (only the fixed floor): a
    # small batch holds too few unrelated pairs, and on one subject (five rounds of one
    # trade dispute in 15 articles) its pairs are its own stories: they would split.
    repair_background_min_sample: int = 50
    # ... instead, in such a scope only neighbours other than the pair itself count, and
    # two articles of one outlet share neighbours only beyond chance (d_i d_j / n of n
    # articles) and only when their own cosine reaches this (the join threshold's value):
    # in one outlet's feed of 5-40 articles every pair shares most of its neighbours
    # (PolNeAR 30-day outlet feeds: 361 merged pairs, mostly wrong, without it; 16 with).
    repair_small_snn_cosine: float = 0.25
    # ... and two articles of one outlet also in larger scopes: one outlet's day of feeds
    # (~95 items) is mostly distinct events, and its neighbourhoods glued them (ECB+ train
    # as a day of two outlets' feeds: 31 wrong pairs -> 24).
    repair_one_outlet_everywhere: bool = True
    # ... and in larger scopes two articles each the other's only neighbour above the floor
    # (two loners of a day) keep those mutual links only when their own cosine reaches this
    # (0: off): "sharing" each other is no shared context, and two unrelated loners of a
    # day (an actress's death, a police lockdown; cosines 0.12) joined on it alone. One
    # event's loner reports were at 0.17 or more (ECB+ train day; none in its streams).
    repair_loner_cosine: float = 0.15
    repair_max_articles: int = 2000  # articles re-clustered by one repair
    # An outlet's house style (``house.py``): a segment of the title or of the first or
    # last body lines (a rubric "The Latest:", "BYLINE: …", a column's fixed opening
    # sentence) held by at least this many of the outlet's recent articles (copies not
    # counted) on two publication days or more is left out when two articles of that
    # outlet are compared in the repair (0: off): a recurring column recurs once a day.
    house_min_articles: int = 2
    # ... and a segment held by this many of its articles whatever their days (a formula
    # of one day's items); two of one day sharing a deck are more often one story updated
    # (PolNeAR: "Takes Wisconsin, but Clinton still has the math." atop two reports).
    house_min_one_day: int = 3
    # ... and an article left with fewer word terms than this once its house segments are
    # out has nothing to be merged on with its outlet's other articles (a recurring
    # column's title and fixed opening sentence are all of its feed item).
    house_min_terms: int = 4
    # Two articles of one outlet published within ``one_outlet_days`` (both dated; 0: the
    # same day): their repair similarity x this. An outlet's day is mostly distinct items
    # (two pieces on one controversy, two polls), while two outlets' reports of one event
    # are what a story is. PolNeAR train as one outlet's day of summaries 19 -> 5 merged
    # pairs (13 -> 2 wrong, 6 -> 3 right), ECB+ day of feeds train 4 polls 4 -> 0 wrong,
    # dev one batch 2 -> 0; ECB+ streams (outlets unknown) unchanged. Within 1 day instead
    # of 0 cost the PolNeAR stream 3 more right pairs (an outlet's next-day follow-ups).
    one_outlet_factor: float = 0.7
    one_outlet_days: float = 0.0
    # The day's background (``anchors.py``): words and names held by more than
    # ``anchor_share`` of a repair scope's articles whose holders are loosely alike (mean
    # pairwise cosine under ``anchor_cohesion``: the day's main figures and subject, a
    # nominee, "primary") are no evidence of one event; the words of one big event are
    # held by many alike articles and stay. Two articles whose cosine is under
    # ``anchor_max_cosine`` are neighbours only when what else they share — their
    # specific cosine — reaches ``anchor_cosine`` (0: off): a few same-subject articles
    # of one day among unrelated news were each other's nearest neighbours, so one story
    # (PolNeAR's 2016-06-09 in bench_user_look: 8 articles of 4 outlets -> 4 + 3 + 1 + 1;
    # two outlets' day of summaries 13 -> 10 wrong pairs). Share alone (no cohesion) split
    # big ECB+ events in that corpus; 0.2 for the cohesion cost ECB+ dev 1.000 -> 0.995.
    anchor_share: float = 0.1
    anchor_cohesion: float = 0.15
    # ... in a scope under ``repair_background_min_sample`` (a small batch, a feed poll,
    # often on one subject, whose events' reports are only a little more alike than the
    # subject's): only terms whose holders are hardly alike at all. PolNeAR 30-day
    # two-outlet feeds 32 -> 5 wrong pairs (26 -> 13 right); ECB+ topics alone train
    # 0.905 -> 0.907 (0.15 here: 0.882, with anchor_cosine 0.05).
    anchor_small_cohesion: float = 0.1
    # The specific cosine a weak link needs. 0.05: two-outlet 30-day feeds 20 / 7 / 13
    # merged / wrong / right pairs, one-day feeds 7 / 2 / 5; 0.065: 18 / 5 / 13 and
    # 6 / 1 / 5, ECB+ streams and day unchanged, topics alone 0.899 -> 0.907; 0.08: one-day
    # feeds 5 / 0 / 5 but ECB+ train streams -0.003 (one event's reports lose links).
    anchor_cosine: float = 0.065
    anchor_max_cosine: float = 0.25  # the join threshold: alike enough on their own


__all__ = ["ClusterOptions"]
