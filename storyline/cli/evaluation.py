"""``storyline eval …``: quality on labelled data nobody here wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import echo_json, eval_app, settings_from
from .core import EXAMPLES


def _data_dir(ctx: typer.Context, data_dir: Path | None) -> Path:
    return data_dir or Path(settings_from(ctx).data_dir)


DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Datasets folder [env STORYLINE_DATA_DIR; ../shared/data]"),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
Predictions = Annotated[
    Path | None, typer.Option("--predictions", help="Also write the predictions as JSONL.")
]


def _print_result(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        echo_json(result)
        return
    for key, value in result.items():
        if isinstance(value, dict):
            typer.echo(f"{key}:")
            for k, v in value.items():
                typer.echo(f"  {k}: {v}")
        else:
            typer.echo(f"{key}: {value}")


@eval_app.command("clustering")
def eval_clustering(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="ecbplus or examples.")] = "ecbplus",
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "test",
    data_dir: DataDir = None,
    dates: Annotated[
        str | None,
        typer.Option(help="ecbplus: synthetic publication dates on none, half or all articles."),
    ] = None,
    months_apart: Annotated[
        int, typer.Option(help="With --dates: months between the two events of a topic.")
    ] = 3,
    by_topic: Annotated[
        bool, typer.Option(help="ecbplus: cluster each topic alone (a small batch on one "
                                "subject) instead of one stream.")
    ] = False,
    day: Annotated[
        bool, typer.Option(help="ecbplus: a day of feeds from two outlets (one report of "
                                "each event, a second for a third of them; one day).")
    ] = False,
    batches: Annotated[
        int, typer.Option(help="With --day: ingest the day as this many feed polls.")
    ] = 1,
    as_json: AsJson = False,
) -> None:
    """Story clustering: B-cubed and pairwise scores vs gold events, with a baseline.

    \b
    Examples:
      storyline eval clustering --dataset ecbplus --split test --json
      storyline eval clustering --dataset ecbplus --dates half --months-apart 3
      storyline eval clustering --dataset ecbplus --split dev --by-topic
      storyline eval clustering --dataset ecbplus --split train --day --batches 4
      storyline eval clustering --dataset examples
    """
    from ..evaluate.clustering import evaluate_clustering

    result = evaluate_clustering(dataset, split, _data_dir(ctx, data_dir), examples_dir=EXAMPLES,
                                 dates=dates, months_apart=months_apart, by_topic=by_topic,
                                 day=day, batches=batches)
    _print_result(result, as_json)


@eval_app.command("merges")
def eval_merges(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="polnear (train and dev only).")] = "polnear",
    split: Annotated[str, typer.Option(help="train or dev.")] = "dev",
    data_dir: DataDir = None,
    mode: Annotated[
        str, typer.Option(help="stream: all articles in one index; feeds: one fresh index "
                               "per outlet and --feed-days window; pairs: per two outlets.")
    ] = "stream",
    dates: Annotated[str, typer.Option(help="all: keep publication dates; none: withhold them; "
                                            "one-day: one publication day for all.")
                     ] = "all",
    feed_days: Annotated[int, typer.Option(help="With --mode feeds or pairs: days per feed "
                                                "(0: the whole split).")] = 30,
    summaries: Annotated[bool, typer.Option(
        "--summaries", help="Cut each article to its title and first sentence (a feed "
                            "item without its page).")] = False,
    show: Annotated[int, typer.Option(help="List this many of the largest stories and the "
                                           "wrong and unjudged pairs.")] = 0,
    as_json: AsJson = False,
) -> None:
    """Wrong merges on mostly unrelated news: merged pairs judged against annotations.

    \b
    Examples:
      storyline eval merges --dataset polnear --split dev --json
      storyline eval merges --split train --dates none
      storyline eval merges --split train --mode feeds --feed-days 30 --show 5
      storyline eval merges --split train --mode pairs --feed-days 0 --dates one-day --summaries
    """
    from ..evaluate.merges import evaluate_merges

    result = evaluate_merges(dataset, split, _data_dir(ctx, data_dir), mode=mode, dates=dates,
                             feed_days=feed_days, show=show, summaries=summaries)
    _print_result(result, as_json)


@eval_app.command("time")
def eval_time(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="tempeval3 or meantime.")] = "tempeval3",
    split: Annotated[
        str | None,
        typer.Option(help="tempeval3: platinum (report) or train (tune); meantime: all."),
    ] = None,
    data_dir: DataDir = None,
    predictions: Predictions = None,
    as_json: AsJson = False,
) -> None:
    """Time expressions: TIMEX3 extraction and value F1 vs published systems.

    \b
    Examples:
      storyline eval time --dataset tempeval3 --split platinum --json
      storyline eval time --dataset meantime --predictions timex.jsonl
    """
    from ..evaluate.timex import evaluate_time

    split = split or {"meantime": "all"}.get(dataset, "platinum")
    result = evaluate_time(dataset, split, _data_dir(ctx, data_dir), predictions)
    _print_result(result, as_json)


@eval_app.command("quotes")
def eval_quotes(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="polnear.")] = "polnear",
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "test",
    data_dir: DataDir = None,
    predictions: Predictions = None,
    as_json: AsJson = False,
) -> None:
    """Quotes and speakers: span and speaker-attributed F1 vs published systems.

    \b
    Examples:
      storyline eval quotes --dataset polnear --split test --json
    """
    from ..evaluate.quotes import evaluate_quotes

    result = evaluate_quotes(dataset, split, _data_dir(ctx, data_dir), predictions)
    _print_result(result, as_json)


@eval_app.command("entities")
def eval_entities(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="meantime.")] = "meantime",
    data_dir: DataDir = None,
    as_json: AsJson = False,
) -> None:
    """Entities: people/organisation mentions vs MEANTIME, next to raw spaCy.

    \b
    Examples:
      storyline eval entities --dataset meantime --json
    """
    from ..evaluate.entities import evaluate_entities

    result = evaluate_entities(dataset, _data_dir(ctx, data_dir))
    _print_result(result, as_json)


@eval_app.command("examples")
def eval_examples(
    part: Annotated[
        str,
        typer.Option(
            help="heldout (written without reading the rules, never tuned on) or training "
            "(the part the rules were written against: a training score)."
        ),
    ] = "heldout",
    examples: Annotated[Path, typer.Option(help="The example corpus folder.")] = EXAMPLES,
    as_json: AsJson = False,
) -> None:
    """The example corpus end to end: gold stories kept whole and apart, and the planted
    disagreements (names, figures, quotes, dates, single-source claims) found.

    \b
    Examples:
      storyline eval examples --part heldout
      storyline eval examples --part training --json
    """
    from ..evaluate.examples import evaluate_examples

    _print_result(evaluate_examples(examples, part), as_json)


@eval_app.command("claims")
def eval_claims(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="ecbplus.")] = "ecbplus",
    split: Annotated[str, typer.Option(help="train, dev (tune) or test (report).")] = "dev",
    data_dir: DataDir = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Where analyses are cached "
                                  "[~/.cache/storyline].")
    ] = None,
    predictions: Predictions = None,
    as_json: AsJson = False,
) -> None:
    """Claim alignment: do claims pair sentences that tell the same happening?

    Each ECB+ gold subtopic is reconciled as one story; two sentences of different
    documents in one claim are a predicted pair, scored against ECB+'s cross-document
    event coreference (pair precision, recall, F1), with a TF-IDF baseline.

    \b
    Examples:
      storyline eval claims --dataset ecbplus --split dev --json
      storyline eval claims --split train --predictions pairs.jsonl
    """
    from ..evaluate.claims import evaluate_claims
    from ..evaluate.discrepancies_polnear import default_cache_dir

    result = evaluate_claims(dataset, split, _data_dir(ctx, data_dir),
                             cache_dir=cache_dir or default_cache_dir(), predictions=predictions)
    _print_result(result, as_json)
