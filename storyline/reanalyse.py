"""Bring stored analyses up to the current NLP (``storyline reanalyse``).

Every article's ``Analysis`` is stored once, at ingest, stamped with the analyser version
that made it (``storyline.nlp.ANALYZER_VERSION``); re-ingesting the same text is a
duplicate, so a store would keep an older analyser's people, quotes and dates forever.
``reanalyse`` runs the current NLP again on the stored text of every article analysed by
another version (or of every article), a batch at a time, and replaces the analyses through
the store, which refreshes what is derived from them (the people index, the story's
version, so that no brief cached for the old analyses is served again, and the trade
mentions, cached again here). Story assignments are left as they were: this is not a
re-clustering.

Guarantees: each batch is replaced in one transaction (after a crash every article has
either its old or its new analysis, never a part of each); re-running is safe (articles
already analysed by this version are skipped unless ``everything``); an article the NLP
fails on is reported with its id and the reason, and the rest go on; an article revised
meanwhile (its text changed after it was read here) keeps the analysis its revision got.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import StorylineError
from .nlp import ANALYZER_VERSION, analyze_many
from .records import Analysis, Article, Record
from .store import Store
from .trade.service import cache_mentions

log = logging.getLogger(__name__)

# progress(phase, done, total): phase is "reanalysing".
Progress = Callable[[str, int, int], None]

# Articles analysed and replaced per transaction: large enough that worker processes pay
# off (ingest uses them from 32 articles) and a transaction's overhead is small, small
# enough that an interrupted run loses little work and a batch's analyses stay a few MB.
BATCH = 200
# Worker processes are started only for a batch at least this large (as in ingest).
MIN_BATCH_FOR_WORKERS = 32


@dataclass
class Failure(Record):
    """An article the NLP could not analyse again (it keeps its stored analysis)."""

    id: str
    reason: str


@dataclass
class ReanalyseReport(Record):
    reanalysed: int = 0
    skipped: int = 0  # already analysed by this version, or revised meanwhile
    failed: list[Failure] = field(default_factory=list)
    stories: list[int] = field(default_factory=list)  # stories whose articles changed
    remaining: int = 0  # out of date but left for a later run (``limit``)

    def summary(self) -> dict[str, object]:
        """What ``reanalyse --json`` prints."""
        return {
            "reanalysed": self.reanalysed,
            "skipped": self.skipped,
            "failed": [f.to_dict() for f in self.failed],
            "stories_touched": len(self.stories),
            "remaining": self.remaining,
            "version": ANALYZER_VERSION,
        }


def reanalyse(
    store: Store,
    *,
    everything: bool = False,
    limit: int | None = None,
    workers: int = 0,
    batch: int = BATCH,
    progress: Progress | None = None,
) -> ReanalyseReport:
    """Analyse again every stored article whose analysis another analyser version made
    (``everything``: every stored article), at most ``limit`` of them, oldest first, and
    replace their analyses (see the module docstring). ``workers``: NLP processes for a
    batch of 32+ articles (0 = one per CPU core)."""
    versions = store.analysis_versions()
    total = sum(versions.values())
    due = total if everything else total - versions.get(ANALYZER_VERSION, 0)
    todo = due if limit is None else max(0, min(due, limit))
    report = ReanalyseReport(skipped=total - due)
    touched: set[int] = set()
    after, done = 0, 0
    while done < todo:
        rows = store.articles_to_reanalyse(
            None if everything else ANALYZER_VERSION, after_seq=after,
            limit=min(max(1, batch), todo - done))
        if not rows:
            break  # fewer than counted: deleted, or revised by another process meanwhile
        after = rows[-1][0]
        articles = [article for _, article in rows]
        analyses = _analyse(articles, workers, report.failed)
        replaced = store.replace_analyses(
            [(a.content_hash, analyses[a.id]) for a in articles if a.id in analyses])
        report.reanalysed += len(replaced)
        report.skipped += len(analyses) - len(replaced)
        touched.update(sid for sid in replaced.values() if sid is not None)
        # The store dropped these articles' cached trade mentions: cache them again from
        # the analyses in hand, as ingest does.
        cache_mentions(store, [analyses[aid] for aid in replaced])
        done += len(rows)
        if progress:
            progress("reanalysing", done, todo)
    report.remaining = max(0, due - done)
    report.stories = sorted(touched)
    log.info("reanalysed %d articles (%d skipped, %d failed, %d stories)",
             report.reanalysed, report.skipped, len(report.failed), len(report.stories))
    return report


def _analyse(articles: list[Article], workers: int, failed: list[Failure]
             ) -> dict[str, Analysis]:
    """The new analysis of each article that can be analysed, by article id; the others
    are added to ``failed`` with the reason."""
    good: list[Article] = []
    for article in articles:
        if isinstance(article.text, str):
            good.append(article)
        else:  # a row written by something else than Storyline (SQLite keeps any type)
            failed.append(Failure(article.id, f"the stored text is not text but "
                                              f"{type(article.text).__name__}"))
    n_process = (workers or os.cpu_count() or 1) if len(good) >= MIN_BATCH_FOR_WORKERS else 1
    try:
        made = list(analyze_many(good, n_process=n_process))
    except StorylineError:  # the NLP cannot run at all (no model): not one article's fault
        raise
    except Exception:
        log.info("a batch of %d failed; analysing its articles one by one", len(good))
        made = []
        for article in good:
            try:
                made.extend(analyze_many([article]))
            except StorylineError:
                raise
            except Exception as exc:
                failed.append(Failure(article.id, _reason(exc)))
    found = {a.article_id: a for a in made}
    reported = {f.id for f in failed}
    for article in good:
        if article.id not in found and article.id not in reported:
            failed.append(Failure(article.id, "the analyser returned no analysis"))
    return found


def _reason(exc: Exception) -> str:
    """One line saying what went wrong."""
    text = " ".join(str(exc).split())
    return f"analysis failed ({type(exc).__name__}{': ' + text if text else ''})"
