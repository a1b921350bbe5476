"""``storyline eval discrepancies``: cross-outlet disagreements on annotated ECB+ stories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import eval_app
from .evaluation import AsJson, DataDir, Predictions, _data_dir, _print_result


@eval_app.command("discrepancies")
def eval_discrepancies(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="ecbplus, or polnear (with --audit).")] = "ecbplus",
    split: Annotated[
        str, typer.Option(help="test (report), dev, dev2-dev17 (tune) or all: the annotated "
                               "parts; polnear: train or dev.")
    ] = "test",
    annotations: Annotated[
        Path | None, typer.Option("--annotations", help="Another annotation file (JSON).")
    ] = None,
    data_dir: DataDir = None,
    predictions: Predictions = None,
    audit: Annotated[
        bool, typer.Option("--audit", help="Precision audit: re-run on every unannotated "
                           "train/dev subtopic; precision over the judged reports.")
    ] = False,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="polnear: where analyses are cached "
                                  "[~/.cache/storyline].")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Disagreements between outlets: recall and precision by kind, with a baseline.

    Each annotated ECB+ subtopic (train/dev topics only) is reconciled as one story and its
    discrepancies are matched against the annotated ones.

    \b
    Examples:
      storyline eval discrepancies --dataset ecbplus --split test --json
      storyline eval discrepancies --split dev --predictions found.jsonl
      storyline eval discrepancies --dataset ecbplus --audit --json
      storyline eval discrepancies --dataset polnear --split train --audit --json

    With --audit the rules run on the train/dev subtopics no annotated part uses and every
    report is looked up in storyline/evaluate/data/ecbplus_audit.tsv (judged real or false
    by reading the sentences): precision by kind, and the reports not judged yet. With
    --dataset polnear --audit, PolNeAR's train or dev articles go through the pipeline
    (stories by Storyline's own clustering), every story of two or more outlets is
    reconciled, and each report is looked up in storyline/evaluate/data/polnear_audit.tsv.
    """
    from ..evaluate.discrepancies import (
        ANNOTATIONS,
        audit_discrepancies,
        evaluate_discrepancies,
    )

    if audit and dataset == "polnear":
        from ..evaluate.discrepancies_polnear import audit_polnear, default_cache_dir

        _print_result(audit_polnear(
            split, _data_dir(ctx, data_dir), cache_dir=cache_dir or default_cache_dir(),
            predictions=predictions), as_json)
        return
    if audit:
        _print_result(audit_discrepancies(
            dataset, _data_dir(ctx, data_dir), annotations=annotations or ANNOTATIONS,
            predictions=predictions), as_json)
        return

    result = evaluate_discrepancies(
        dataset, split, _data_dir(ctx, data_dir),
        annotations=annotations or ANNOTATIONS, predictions=predictions,
    )
    _print_result(result, as_json)
