"""Commands of the living service: ``watch`` (feeds), ``watchlist``, ``alerts``, ``revisions``.

Thin shells over ``storyline.watch``.
"""

from __future__ import annotations

import time
from itertools import pairwise
from typing import TYPE_CHECKING, Annotated

import typer

from ..store.watches import Watch
from .common import app, echo_json, open_cli_store, settings_from

if TYPE_CHECKING:
    from ..watch import FeedRun

# storyline.watch (and through it the NLP library) is imported inside each command, so
# that `--help` answers at once.

watch_app = typer.Typer(
    help="Watch RSS/Atom feeds: new entries are fetched, analysed and stored on a schedule.",
    no_args_is_help=True,
)
watchlist_app = typer.Typer(
    help="Saved queries that raise alerts when matching stories appear or change.",
    no_args_is_help=True,
)
app.add_typer(watch_app, name="watch")
app.add_typer(watchlist_app, name="watchlist")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


def _every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _show_watch(w: Watch) -> None:
    typer.echo(f"{w.id:>3}  {w.name}  every {_every(w.every_seconds)}  {w.url}")
    state = w.last_status or "never fetched"
    typer.echo(
        f"     {state} · last fetch {w.last_fetch or '-'} · last new item "
        f"{w.last_new_item or '-'} · {w.items_seen} entries read · {w.articles_added} "
        f"articles added · next {w.next_due}"
    )
    if w.last_error:
        typer.echo(f"     last error ({w.failures} in a row): {w.last_error}")


@watch_app.command("add")
def watch_add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The RSS/Atom feed URL (http or https).")],
    every: Annotated[
        str, typer.Option("--every", help="How often to fetch it: 90s, 15m, 2h, 1d.")
    ] = "15m",
    name: Annotated[
        str | None, typer.Option("--name", help="A short name (default: host and path).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Watch a feed. It is fetched at the next `watch run` (or by `storyline serve`).

    \b
    Examples:
      storyline watch add https://example.org/news/rss --every 15m --name example
      storyline watch add https://example.org/atom.xml --every 1h --json
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        added = lib.add_watch(store, url, every, name)
    if as_json:
        echo_json(added.to_dict())
    else:
        typer.echo(f"watching {added.url} as {added.name!r} (id {added.id}), every {every}")


@watch_app.command("list")
def watch_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the watched feeds with their status (last fetch, last new item, last error,
    entries read).

    \b
    Examples:
      storyline watch list
      storyline watch list --json
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        found = lib.list_watches(store)
    if as_json:
        echo_json([w.to_dict() for w in found])
        return
    if not found:
        typer.echo("no feeds watched; add one with `storyline watch add URL`")
    for w in found:
        _show_watch(w)


@watch_app.command("remove")
def watch_remove(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="The watch's id, name or URL.")],
    as_json: JsonOpt = False,
) -> None:
    """Stop watching a feed (the articles already stored stay).

    \b
    Examples:
      storyline watch remove example
      storyline watch remove 3
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        removed = lib.remove_watch(store, key)
    if as_json:
        echo_json(removed.to_dict())
    else:
        typer.echo(f"no longer watching {removed.url} ({removed.name!r})")


@watch_app.command("run")
def watch_run(
    ctx: typer.Context,
    once: Annotated[
        bool, typer.Option("--once", help="One pass over the due feeds, then exit (for cron).")
    ] = False,
    every_feed: Annotated[
        bool, typer.Option("--all", help="Fetch every feed now, due or not.")
    ] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow private/loopback/link-local URLs.")
    ] = False,
    no_fetch: Annotated[
        bool,
        typer.Option("--no-fetch", help="Use the feeds' own entry text; fetch no linked page."),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Fetch the feeds that are due: conditional GET, politeness delay per host, back-off
    after failures. Without --once, keeps running (Ctrl-C stops it).

    \b
    Examples:
      storyline watch run --once
      storyline watch run --once --all --json
      storyline watch run            # poll until interrupted
    """
    from .. import watch as lib

    settings = settings_from(
        ctx, allow_private=allow_private or None, fetch_feed_links=False if no_fetch else None
    )
    options = lib.WatchOptions()
    with open_cli_store(settings) as store:
        if once:
            runs = lib.run_due(store, settings, force=every_feed)
            if as_json:
                echo_json([r.to_dict() for r in runs])
                return
            if not runs:
                typer.echo("no feed is due (`storyline watch list` shows when each is)")
            for r in runs:
                _show_run(r)
            return
        try:
            force = every_feed
            while True:
                for r in lib.run_due(store, settings, force=force):
                    if as_json:
                        echo_json(r.to_dict())
                    else:
                        _show_run(r)
                force = False
                time.sleep(options.tick)
        except KeyboardInterrupt:
            typer.echo("stopped", err=True)


def _show_run(r: FeedRun) -> None:
    if r.status == "error":
        typer.echo(f"{r.name}: error: {r.error} (next try {r.next_due})")
        return
    line = f"{r.name}: {r.status}"
    if r.status == "ok":
        line += (
            f", {r.entries} new entries: added {r.added}, revised {r.revised}, "
            f"duplicates {r.duplicates}, rejected {len(r.rejected)}"
        )
    typer.echo(line)
    for rej in r.rejected:
        typer.echo(f"rejected: {rej.source}: {rej.reason}", err=True)


@watchlist_app.command("add")
def watchlist_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name for the watchlist.")],
    keyword: Annotated[
        list[str] | None, typer.Option("--keyword", "-k", help="A word or phrase; repeatable.")
    ] = None,
    person: Annotated[
        list[str] | None, typer.Option("--person", "-p", help="A person's name; repeatable.")
    ] = None,
    outlet: Annotated[
        list[str] | None, typer.Option("--outlet", "-o", help="An outlet; repeatable.")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option("--country", "-c", help="A country or place; repeatable.")
    ] = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each alert as JSON to this URL.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Save a query. A story matches when each kind of value given has one match (values
    of one kind are alternatives). Alerts come when a matching story appears, gains an
    outlet or gains a discrepancy, counting changes from now on.

    \b
    Examples:
      storyline watchlist add chips -k semiconductor -k "export licence" -c China
      storyline watchlist add bessent -p "Scott Bessent" --webhook https://hooks.example.org/x
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        added = lib.add_watchlist(
            store, name, keywords=keyword, people=person, outlets=outlet, countries=country,
            webhook=webhook,
        )
    if as_json:
        echo_json(added.to_dict())
    else:
        typer.echo(f"watchlist {added.name!r} saved (id {added.id})")


@watchlist_app.command("list")
def watchlist_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the saved watchlists.

    \b
    Examples:
      storyline watchlist list --json
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        found = lib.list_watchlists(store)
    if as_json:
        echo_json([w.to_dict() for w in found])
        return
    for w in found:
        parts = [
            f"{label} {', '.join(values)}"
            for label, values in (
                ("keywords", w.keywords), ("people", w.people), ("outlets", w.outlets),
                ("countries", w.countries),
            )
            if values
        ]
        hook = f" → {w.webhook}" if w.webhook else ""
        typer.echo(f"{w.id:>3}  {w.name}: {'; '.join(parts)}{hook}")


@watchlist_app.command("remove")
def watchlist_remove(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="The watchlist's id or name.")],
) -> None:
    """Delete a watchlist and its alerts.

    \b
    Examples:
      storyline watchlist remove chips
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        removed = lib.remove_watchlist(store, key)
    typer.echo(f"watchlist {removed.name!r} removed")


@app.command()
def alerts(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option("--since", help="Only alerts raised at or after this time.")
    ] = None,
    after: Annotated[
        int | None, typer.Option("--after", help="Only alerts after this alert id (a cursor).")
    ] = None,
    watchlist: Annotated[
        str | None, typer.Option("--watchlist", "-w", help="Only this watchlist's alerts.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most alerts to show.")] = 100,
    atom: Annotated[bool, typer.Option("--atom", help="Print an Atom feed.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List the alerts raised by the watchlists, oldest first.

    \b
    Examples:
      storyline alerts
      storyline alerts --watchlist chips --json
      storyline alerts --after 41 --json     # what is new since alert 41
      storyline alerts --atom > alerts.xml
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        found = lib.list_alerts(
            store, since=since, cursor=after, limit=limit, watchlist=watchlist, newest=atom
        )
    if atom:
        typer.echo(lib.render_atom(found, "Storyline alerts", "urn:storyline:alerts"), nl=False)
    elif as_json:
        echo_json([a.to_dict() for a in found])
    else:
        for a in found:
            hook = f" [webhook {a.delivery}]" if a.delivery else ""
            typer.echo(f"{a.id:>4}  {a.created_at}  story {a.story_id}  {a.message}{hook}")


@app.command()
def revisions(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="Article id (see `storyline articles`).")],
    show_diff: Annotated[
        bool, typer.Option("--diff", help="Show what changed between successive texts.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """The texts an article had at its URL (a page fetched again with changed content is
    a new revision of the same article, re-analysed, not a second article).

    \b
    Examples:
      storyline revisions 3f2a9c1b7d0e --diff
      storyline revisions 3f2a9c1b7d0e --json
    """
    from .. import watch as lib

    with open_cli_store(settings_from(ctx)) as store:
        texts = lib.revisions(store, article_id)
    if as_json:
        echo_json([r.to_dict() for r in texts])
        return
    for r in texts:
        until = f" until {r.replaced_at}" if r.replaced_at else " (current)"
        typer.echo(f"revision {r.revision}: from {r.stored_at}{until}  {r.title or ''}")
    if show_diff:
        for older, newer in pairwise(texts):
            typer.echo(lib.diff(older, newer))
