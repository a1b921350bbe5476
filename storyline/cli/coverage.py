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
    dataset: Annotated[str, typer.Option(help="ecbplus.")] = "ecbplus",
    split: Annotated[
        str, typer.Option(help="test (report), dev, dev2-dev7 (tune) or all: the annotated parts.")
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

    With --audit the rules run on the train/dev subtopics no annotated part uses and every
    report is looked up in storyline/evaluate/data/ecbplus_audit.tsv (judged real or false
    by reading the sentences): precision by kind, and the reports not judged yet.
    """
    from ..evaluate.discrepancies import (
        ANNOTATIONS,
        audit_discrepancies,
        evaluate_discrepancies,
    )

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
