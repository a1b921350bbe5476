"""The trade lens: ``measures``, ``measure ID``, ``deadlines`` and ``eval measures``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError, NotFoundError
from ..store import Store
from ..trade import service
from ..trade.deadlines import deadlines as list_deadlines
from ..trade.deadlines import to_ics
from ..trade.model import INSTRUMENTS, STATUSES, Ledger
from ..trade.render import history_text, to_csv
from .common import app, echo_json, eval_app, open_cli_store, progress_callback, settings_from

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _bar_ledger(store: Store) -> Ledger:
    bar, update = progress_callback()
    if bar is None:
        return service.ledger(store)
    with bar:
        return service.ledger(store, update)


@app.command()
def measures(
    ctx: typer.Context,
    by: Annotated[str | None, typer.Option(
        "--by", help="Imposed by this jurisdiction (any spelling: U.S., Washington …).")] = None,
    on: Annotated[str | None, typer.Option(
        "--on", help="Affecting this jurisdiction (measures on all partners included).")
    ] = None,
    instrument: Annotated[str | None, typer.Option(
        "--instrument", help="tariff, export control, import restriction, licensing, "
        "sanction, investigation, subsidy, procurement or other.")] = None,
    status: Annotated[str | None, typer.Option(
        "--status", help="threatened, announced, in force, suspended, enjoined, "
        "struck down, expired or removed.")] = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV, one row per event.")] = False,
) -> None:
    """The trade-measure ledger: every measure the stored coverage reports (who imposes
    which instrument on whom, on what, at what rate), merged across articles and stories,
    with its status and its history of cited events.

    \b
    Examples:
      storyline measures
      storyline measures --by Washington --on China --instrument tariff --json
      storyline measures --status suspended --csv > suspended.csv
    """
    if instrument and instrument.lower() not in INSTRUMENTS:
        raise ConfigError(f"--instrument {instrument!r}: use one of {', '.join(INSTRUMENTS)}")
    if status and status.lower() not in STATUSES:
        raise ConfigError(f"--status {status!r}: use one of {', '.join(STATUSES)}")
    if as_json and as_csv:
        raise ConfigError("--json and --csv: choose one")
    with open_cli_store(settings_from(ctx), create=False) as store:
        book = _bar_ledger(store)
    records = service.filter_records(book.records, by=by, on=on, instrument=instrument,
                                     status=status)
    data = [r.to_dict() for r in records]
    if as_json:
        echo_json(data)
        return
    if as_csv:
        typer.echo(to_csv(data), nl=False)
        return
    if not data:
        typer.echo("No trade measures found.")
    for r in data:
        last = r["events"][-1] if r["events"] else None
        latest = f"{last['date'] or 'undated'} {last['action']}" if last else ""
        typer.echo(f"{r['id']:>4}  {r['status']:<11} {r['title']}  "
                   f"[{len(r['events'])} events; latest: {latest}]")


@app.command()
def measure(
    ctx: typer.Context,
    measure_id: Annotated[int, typer.Argument(metavar="ID", help="A measure id.")],
    as_json: JsonOpt = False,
) -> None:
    """One measure's record and history: every event with its date, action, rate,
    effective date and the sentences it came from; conflicting reports flagged.

    \b
    Examples:
      storyline measure 3
      storyline measure 3 --json
    """
    with open_cli_store(settings_from(ctx), create=False) as store:
        book = _bar_ledger(store)
    record = book.record(measure_id)
    if record is None:
        raise NotFoundError(
            f"no measure with id {measure_id}; run `storyline measures` to list the ids")
    data = book.full(record)
    if as_json:
        echo_json(data)
    else:
        typer.echo(history_text(data))


@app.command()
def deadlines(
    ctx: typer.Context,
    after: Annotated[str | None, typer.Option(
        "--after", help="Only deadlines on or after YYYY-MM-DD [default: today].")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Past deadlines too.")] = False,
    ics: Annotated[bool, typer.Option("--ics", help="Print an iCalendar file.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Upcoming expiries and effective dates of trade measures (a truce's 90 days, a
    court's stay until a date, a tariff taking effect), each cited; as an iCalendar
    file with --ics.

    \b
    Examples:
      storyline deadlines
      storyline deadlines --all --json
      storyline deadlines --ics --out trade-deadlines.ics
    """
    if after is not None:
        try:
            date.fromisoformat(after)
        except ValueError:
            raise ConfigError(f"--after {after!r}: expected a date YYYY-MM-DD") from None
    since = None if show_all else (after or date.today().isoformat())
    with open_cli_store(settings_from(ctx), create=False) as store:
        book = _bar_ledger(store)
    items = list_deadlines(book, after=since)
    if ics:
        text = to_ics(items)
    elif as_json:
        import json

        text = json.dumps([d.to_dict() for d in items], ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [f"{d.date}  {d.kind:<12} measure {d.measure_id}: {d.title} ({d.status})"
                 for d in items]
        text = "\n".join(lines) + "\n" if lines else "No deadlines.\n"
    if out is not None:
        try:
            out.write_bytes(text.encode("utf-8"))
        except OSError as exc:
            raise ConfigError(f"--out {out}: cannot write ({exc.strerror or exc})") from None
        typer.echo(f"wrote {len(items)} deadlines to {out}", err=True)
    else:
        typer.echo(text, nl=False)


@eval_app.command("measures")
def eval_measures(
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "test",
    predictions: Annotated[Path | None, typer.Option(
        "--predictions", help="Also write the predictions as JSONL.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Trade-measure extraction on our own labelled sentences (storyline/trade/evalset):
    field-level precision/recall (jurisdictions, instrument, rate, action, date) and
    record-level F1 after merging, beside a keyword baseline. Rules were written on the
    dev part only; report the test part.

    \b
    Examples:
      storyline eval measures --json
      storyline eval measures --split dev
    """
    from ..trade.evaluation import evaluate_measures

    result = evaluate_measures(split, predictions_out=predictions)
    if as_json:
        echo_json(result)
        return
    typer.echo(f"{result['dataset']}, {result['split']} part: {result['sentences']} sentences, "
               f"{result['gold_mentions']} gold mentions")
    for system in ("storyline", "baseline"):
        typer.echo(f"{system}:")
        for name, s in result[system]["fields"].items():
            typer.echo(f"  {name:<14} P {s['precision']:5.1f}  R {s['recall']:5.1f}  "
                       f"F1 {s['f1']:5.1f}")
        r = result[system]["records"]
        typer.echo(f"  {'records':<14} P {r['precision']:5.1f}  R {r['recall']:5.1f}  "
                   f"F1 {r['f1']:5.1f}")
