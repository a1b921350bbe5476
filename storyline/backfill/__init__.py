"""The backfill room: the ingest stages mapped over many input files on a parallel engine.

It owns the *unit of work* (one input file: a WARC, a JSONL dump, a page → one Parquet
shard of articles + analyses, then a done marker), the engines that run units in parallel
(``local``: worker processes on this machine; ``ray``: Ray Data, one spaCy model per actor,
the same code on a Ray cluster), and the loader that bulk-loads shards into the store and
then assigns stories in publication order, exactly as ``ingest`` does, so that a backfill
and an ingest of the same input end with the same stories. A stopped backfill resumes:
done units are skipped, loaded shards are not read again, and nothing is stored twice
(content-hash uniqueness).

Depends on ``sources`` (reading), ``nlp`` (analysis), ``stories`` and ``api`` (the story
index), ``store`` (writing); nothing depends on it but the CLI.
"""

from __future__ import annotations

from .run import BackfillOptions, BackfillSummary, run_backfill

__all__ = ["BackfillOptions", "BackfillSummary", "run_backfill"]
