"""The FastAPI application: options, safety (headers, token, origin and host checks), the one
JSON error shape, a store per worker thread, and the background jobs ``serve`` runs.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import orjson
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings
from ..errors import NotFoundError, StorylineError
from ..store import Store, open_store
from .views import brief_code

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
TOKEN_COOKIE = "storyline_token"

# Scripts only from this server (one small progressive-enhancement file), no inline code,
# no frames, no external resources; forms post only here.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_HEADER_BYTES = [(k.lower().encode(), v.encode()) for k, v in _SECURITY_HEADERS.items()]
_TITLES = {400: "Bad request", 401: "Token required", 403: "Forbidden", 404: "Not found",
           405: "Method not allowed", 409: "Conflict", 413: "Too large", 500: "Server error"}


@dataclass(frozen=True)
class WebOptions:
    """How the app is served. ``serve`` fills these from its command line."""

    # Required on writes and on the watch/alert configuration when set; ``serve`` refuses
    # a non-loopback --host without one.
    token: str | None = None
    # Host headers accepted (DNS-rebinding guard); None accepts any (tests, behind a proxy).
    allowed_hosts: tuple[str, ...] | None = None
    # Build missing briefs of the newest stories in a background thread, so story pages
    # and the front page's discrepancy counts are ready before anyone asks.
    warm_briefs: bool = False
    # Run the feed-watch scheduler (storyline.watch) inside the server.
    run_watches: bool = False
    # Seconds between background passes (brief warming, feed scheduling).
    tick_seconds: float = 5.0
    # Worker threads that run page handlers (each with its own database connection).
    # SQLite hands the GIL back and forth on every row, so many threads reading at once
    # run slower in total than a few: 40 (the default) gave a quarter of the throughput
    # of 4 on the story list (bench/bench_web.py). More processes: ``serve --workers``.
    threads: int = 4
    # Seconds a story's trade measures may lag the rest of the store: they gather every
    # story's reports of a measure, and rebuilding that ledger on each page while an
    # ingest writes would cost every story page with measures a scan of the store.
    measures_max_age: float = 30.0
    # With ``serve --workers N`` every worker process runs this app; the background jobs
    # (feed scheduler, brief warmer) run in whichever one holds this lock file, so once.
    background_lock: str | None = None


class PageCache:
    """Rendered pages by key (story id, story version, code, who asks): a story page is
    rebuilt only when its story changed, or after ``ttl`` seconds for a page that also
    shows what other stories say (trade measures). Bounded, least recently used out
    first."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[bytes, float | None]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[1] is not None and time.monotonic() >= item[1]:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, value: bytes, ttl: float | None = None) -> None:
        with self._lock:
            self._items[key] = (value, None if ttl is None else time.monotonic() + ttl)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class StoreLocal(threading.local):
    store: Store | None = None


class WebState:
    """What request handlers share: settings, options, templates, a store per thread."""

    def __init__(self, settings: Settings, options: WebOptions) -> None:
        self.settings = settings
        self.options = options
        # The brief cache's code: the briefs' code and the threshold they are built with.
        self.code = brief_code(settings.confidence_threshold)
        self.pages = PageCache()
        # The newest rendered page of each story (any version) and the stories whose page
        # is being rebuilt: requests arriving during a rebuild get the page as it was.
        self.latest = PageCache()
        self.building: set[tuple[int, str, bool]] = set()
        # Each story's part of /api/stories by (id, version, last_seq, discrepancies):
        # ~1.5 KB each, so the 20,000 most recently listed cost ~30 MB at most.
        self.summaries = PageCache(size=20_000)
        self._local = StoreLocal()
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["http_url"] = http_url
        self.templates.filters["when"] = when
        self.templates.globals["sentence_ledger"] = _sentence_ledger
        self.templates.globals["person_citations"] = _person_citations

    def store(self) -> Store:
        if self._local.store is None:
            store = open_store(self.settings.db)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return self._local.store

    def close(self) -> None:
        with self._lock:
            for store in self._stores:
                try:
                    store.close()
                except Exception:  # another thread's connection: closed at exit anyway
                    log.debug("store not closed", exc_info=True)
            self._stores.clear()

    def render(self, name: str, request: Request, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("token_required", self.options.token is not None)
        ctx.setdefault("logged_in", self.authorised(request))
        html = self.templates.get_template(name).render(request_path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    def authorised(self, request: Request) -> bool:
        token = self.options.token
        if token is None:
            return True
        given = request.headers.get("x-storyline-token") or request.cookies.get(TOKEN_COOKIE)
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return bool(given) and hmac.compare_digest(str(given), token)


class FastJSONResponse(JSONResponse):
    """JSON answers encoded by orjson (several times faster than the json module on the
    story lists); same output shape, compact, UTF-8."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


class Guard:
    """Every request's safety checks, as plain ASGI middleware (no per-request task or
    stream as with ``@app.middleware``): the Host header (DNS rebinding), cross-origin writes
    and the token on writes; the security headers on every answer; and a one-shape 500
    instead of a traceback."""

    def __init__(self, app: ASGIApp, web: WebState) -> None:
        self.app = app
        self.web = web

    def refusal(self, request: Request) -> Response | None:
        options = self.web.options
        if options.allowed_hosts is not None:
            host = request.headers.get("host", "").rsplit(":", 1)[0].strip("[]").lower()
            if host not in options.allowed_hosts:
                return error_response(request, 400, f"unexpected Host header {host!r}")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            origin = request.headers.get("origin")
            if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
                return error_response(request, 403, f"cross-origin write refused ({origin})")
            if request.url.path != "/login" and not self.web.authorised(request):
                return error_response(request, 401, "this server needs its token for writes: "
                                      "send 'Authorization: Bearer TOKEN' or log in at /login")
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in _HEADER_BYTES if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        request = Request(scope)
        refused = self.refusal(request)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:  # never a traceback to the user
            log.exception("error serving %s", request.url.path)
            if started:  # the answer is half sent: all that is left is to end it
                return
            response = error_response(request, 500, "internal error; see the server log")
            await response(scope, receive, send_with_headers)


def http_url(value: object) -> str | None:
    """A link target only when it is an http(s) URL (never ``javascript:`` and the like)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def when(value: object) -> str:
    """A stored ISO timestamp as 'YYYY-MM-DD HH:MM' (UTC as stored)."""
    text = str(value or "")
    return text[:16].replace("T", " ") if len(text) > 10 else text


def _sentence_ledger(brief: dict[str, Any], prefix: str = "s") -> Any:
    """The story page's sentence ledger (each cited sentence quoted in full once); the
    brief package loads with the first page that shows a brief, not with the server."""
    from ..brief.quoting import SentenceLedger

    return SentenceLedger(brief, prefix)


def _person_citations(person: dict[str, Any]) -> Any:
    from ..brief.quoting import person_citations

    return person_citations(person)


def state(request: Request) -> WebState:
    web: WebState = request.app.state.web
    return web


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith((".json", ".atom")):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape: JSON for the API, the same fields on an HTML page otherwise."""
    body = {"ok": False, "status": status, "title": _TITLES.get(status, "Error"),
            "error": message}
    if wants_json(request) or not hasattr(request.app.state, "web"):
        return FastJSONResponse(body, status_code=status)
    return state(request).render("error.html.j2", request, status=status, e=body)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


CONFIG_ENV = "STORYLINE_SERVE_CONFIG"


def app_from_environment() -> FastAPI:
    """The app of one ``serve --workers N`` worker process: ``serve`` passes its settings
    and options in ``STORYLINE_SERVE_CONFIG`` (JSON)."""
    config = json.loads(os.environ[CONFIG_ENV])
    options = config["options"]
    if options.get("allowed_hosts") is not None:
        options["allowed_hosts"] = tuple(options["allowed_hosts"])
    return create_app(Settings(**config["settings"]), WebOptions(**options))


def create_app(settings: Settings, options: WebOptions | None = None) -> FastAPI:
    """The web app over the database named in ``settings``."""
    options = options or WebOptions()
    web = WebState(settings, options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from anyio import to_thread

        from .background import Background

        to_thread.current_default_thread_limiter().total_tokens = max(1, options.threads)
        background = Background(web)
        app.state.background = background
        background.start()
        try:
            yield
        finally:
            background.stop()
            web.close()

    app = FastAPI(
        title="Storyline",
        default_response_class=FastJSONResponse,
        version="1",
        description="Stories, sourced briefs, articles, people, search, feeds and alerts. "
        "Every page has a JSON twin under /api/. Errors: "
        '{"ok": false, "status", "title", "error"}.',
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.web = web
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    app.add_middleware(Guard, web=web)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, _validation_message(exc))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(StorylineError)
    async def library_error(request: Request, exc: StorylineError) -> Response:
        return error_response(request, 400, str(exc))

    from . import routes_api, routes_manage, routes_pages, routes_watch

    app.include_router(routes_watch.router)  # before /stories/{id}: /stories/{id}.atom
    app.include_router(routes_pages.router)
    app.include_router(routes_api.router)
    app.include_router(routes_manage.router)
    return app
