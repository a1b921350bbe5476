"""``storyline serve``: the web app and JSON API (``storyline.web``) under uvicorn."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from ..errors import StorylineError
from .common import MinConfidenceOpt, app, settings_from

_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Token required for writes and the feed/alert configuration "
                     "[env STORYLINE_TOKEN]; required on a non-loopback --host."),
    ] = None,
    watch: Annotated[
        bool, typer.Option("--watch/--no-watch", help="Poll the watched feeds while serving.")
    ] = True,
    warm: Annotated[
        bool, typer.Option("--warm/--no-warm", help="Build missing briefs in the background.")
    ] = True,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let watched feeds be private addresses.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(help="Server processes (uvicorn workers); the feed scheduler and brief "
                     "warmer run in one of them.", min=1, max=64),
    ] = 1,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Serve the web app and JSON API: stories, briefs, articles, people, search, feeds,
    alerts, Atom feeds; the OpenAPI description is at /api.

    Binds 127.0.0.1 by default. On any other address a token is required (--token or
    STORYLINE_TOKEN): writes and the watch/alert configuration then need it.

    \b
    Examples:
      storyline serve
      storyline --db demo.db serve --port 8080
      STORYLINE_TOKEN=s3cret storyline serve --host 0.0.0.0
      storyline serve --workers 2
    """
    import uvicorn

    from ..web import WebOptions, create_app
    from ..web.app import CONFIG_ENV

    settings = settings_from(ctx, allow_private=allow_private or None,
                             min_confidence=min_confidence)
    token = token or os.environ.get("STORYLINE_TOKEN") or None
    loopback = is_loopback(host)
    if not loopback and not token:
        raise StorylineError(
            f"--host {host} is not a loopback address: give a token with --token or "
            "STORYLINE_TOKEN so that writes and the feed/alert configuration are protected"
        )
    options = WebOptions(
        token=token,
        allowed_hosts=_LOOPBACK_NAMES if loopback else None,
        warm_briefs=warm,
        run_watches=watch,
    )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"serving http://{shown}:{port}/ (database {settings.db}"
               + (f", {workers} processes" if workers > 1 else "") + "); Ctrl-C stops", err=True)
    if workers == 1:
        uvicorn.run(create_app(settings, options), host=host, port=port, log_level="warning",
                    access_log=False)
        return
    lock = Path(tempfile.gettempdir()) / f"storyline-serve-{os.getpid()}.lock"
    options = dataclasses.replace(options, background_lock=str(lock))
    os.environ[CONFIG_ENV] = json.dumps(
        {"settings": dataclasses.asdict(settings), "options": dataclasses.asdict(options)}
    )
    try:
        uvicorn.run("storyline.web.app:app_from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="warning", access_log=False)
    finally:
        os.environ.pop(CONFIG_ENV, None)
        lock.unlink(missing_ok=True)
