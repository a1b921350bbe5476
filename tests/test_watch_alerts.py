"""Watchlists raise alerts when a matching story appears, gains an outlet or gains a
discrepancy; each alert is POSTed to a webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from storyline import api
from storyline.config import Settings
from storyline.errors import StorylineError
from storyline.store import open_store
from storyline.store.watches import Alert, ProfileArticle, StoryProfile, Watchlist
from storyline.watch import add_watchlist, evaluate, list_alerts, remove_watchlist, render_atom
from storyline.watch.alerts import matches


class Receiver:
    """A webhook receiver: records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                receiver.bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    thread = threading.Thread(target=r.server.serve_forever, daemon=True)
    thread.start()
    yield r
    r.server.shutdown()
    r.server.server_close()


def _article(folder: Path, name: str, outlet: str, published: str, body: str) -> str:
    path = folder / name
    path.write_text(
        f"Title: Flood barrier fails at Osterby\nOutlet: {outlet}\nPublished: {published}\n\n"
        + body,
        encoding="utf-8",
    )
    return str(path)


FIRST = (
    "The flood barrier at Osterby in Denmark failed on Saturday night, flooding 120 homes "
    "along the river, mayor Lene Hald said on Sunday. Engineers had warned in March that the "
    "barrier's pumps were worn. Hald said repairs would cost about 4 million kroner and "
    "that residents would be housed in the sports hall."
)
SECOND = (
    "Some 140 homes were flooded in Osterby, Denmark, when the town's flood barrier failed "
    "on Saturday night, mayor Lene Hald said. Hald told reporters the repairs would cost "
    "about 4 million kroner. Engineers had warned in March that the pumps were worn, and "
    "families are sleeping in the sports hall."
)


@pytest.mark.slow
def test_alerts_for_a_new_story_a_new_outlet_and_a_new_discrepancy(
    tmp_path: Path, receiver: Receiver
) -> None:
    settings = Settings(db=str(tmp_path / "alerts.db"), allow_private=True)
    first = _article(tmp_path, "a.txt", "Jutland Daily", "2026-11-01", FIRST)
    second = _article(tmp_path, "b.txt", "Nordic Wire", "2026-11-01", SECOND)
    with open_store(settings.db) as store:
        flood = add_watchlist(
            store, "floods", keywords=["flood barrier"], countries=["Denmark"],
            webhook=receiver.url,
        )
        add_watchlist(store, "tariffs", keywords=["tariff"])  # matches nothing here
        report = api.ingest([first], store, settings)
        raised = evaluate(store, report.stories, settings)
        assert [(a.kind, a.watchlist) for a in raised] == [("story", "floods")]
        assert raised[0].delivery == "sent"
        assert receiver.bodies[0]["kind"] == "story"
        assert receiver.bodies[0]["data"]["title"] == "Flood barrier fails at Osterby"

        # A watchlist created now starts from the story as it is now: no "story" alert.
        late = add_watchlist(store, "osterby", keywords=["Osterby"])

        report = api.ingest([second], store, settings)
        raised = evaluate(store, report.stories, settings)
        kinds = sorted(a.kind for a in raised if a.watchlist == "floods")
        assert "outlet" in kinds and "discrepancy" in kinds  # Nordic Wire; 120 vs 140 homes
        assert any(a.data.get("outlet") == "Nordic Wire" for a in raised)
        assert sorted(a.kind for a in raised if a.watchlist == "osterby") == kinds
        remove_watchlist(store, late.id)
        raised = [a for a in raised if a.watchlist == "floods"]
        assert len(receiver.bodies) == 1 + len(raised)
        # Nothing changed: evaluating again raises nothing.
        assert evaluate(store, report.stories, settings) == []

        every = list_alerts(store)
        assert [a.id for a in every] == sorted(a.id for a in every)
        assert list_alerts(store, cursor=every[0].id) == every[1:]
        assert list_alerts(store, watchlist="tariffs") == []
        assert [a.id for a in list_alerts(store, newest=True, limit=2)] == [
            every[-1].id, every[-2].id
        ]
        _check_cli(settings.db, every)
        atom = render_atom(every, "floods alerts", "urn:storyline:watchlist:floods")
        root = ElementTree.fromstring(atom)
        assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == len(every)

        # A story that matches from before a watchlist existed and does not change: quiet.
        add_watchlist(store, "denmark", countries=["Denmark"])
        assert evaluate(store, report.stories, settings) == []
        assert [w.name for w in store.watchlists()] == ["floods", "tariffs", "denmark"]
        assert flood.webhook == receiver.url


def _check_cli(db: str, every: list[Alert]) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    def run(*args: str) -> str:
        result = CliRunner().invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    listed = json.loads(run("alerts", "--json"))
    assert [a["id"] for a in listed] == [a.id for a in every]
    assert listed[0]["kind"] == "story" and listed[0]["delivery"] == "sent"
    assert json.loads(run("alerts", "--json", "--after", str(every[-1].id))) == []
    assert "new story" in run("alerts", "--watchlist", "floods")
    root = ElementTree.fromstring(run("alerts", "--atom"))
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    names = [w["name"] for w in json.loads(run("watchlist", "list", "--json"))]
    assert names == ["floods", "tariffs"]
    assert "keywords flood barrier; countries Denmark" in run("watchlist", "list")
    added = json.loads(run("watchlist", "add", "chips", "-k", "semiconductor", "--json"))
    assert added["keywords"] == ["semiconductor"]
    assert "removed" in run("watchlist", "remove", "chips")
    empty = CliRunner().invoke(app, ["--db", db, "watchlist", "add", "nothing"])
    assert empty.exit_code == 1 and "at least one of --keyword" in empty.output


def test_a_webhook_to_a_private_address_is_refused_unless_allowed(
    tmp_path: Path, receiver: Receiver
) -> None:
    from storyline.watch.webhooks import deliver

    alert = Alert(1, 1, "w", 3, "story", "w: new story", {}, "2026-11-01T00:00:00+00:00")
    refused = deliver(alert, receiver.url, Settings())
    assert refused.startswith("failed:") and "loopback" in refused
    assert receiver.bodies == []
    assert deliver(alert, receiver.url, Settings(allow_private=True)) == "sent"
    assert deliver(alert, receiver.url.replace("/hook", ":1/x"), Settings(allow_private=True)).startswith("failed")


def test_matching_needs_every_field_given() -> None:
    profile = StoryProfile(1, [ProfileArticle(
        id="a1", title="Treasury chief meets Beijing envoy",
        text="Scott Bessent met He Lifeng in Geneva to discuss tariffs on rare earths.",
        outlet="Harbour Post", seq=1,
        people=["Scott Bessent", "He Lifeng"], places=["Geneva", "Beijing"],
    )])

    def wl(**query: list[str]) -> Watchlist:
        return Watchlist(1, "w", **query)

    assert matches(wl(keywords=["rare earths"]), profile)
    assert matches(wl(keywords=["rare"]), profile)  # a whole word of "rare earths"
    assert not matches(wl(keywords=["tariff"]), profile)  # whole words only: "tariffs"
    assert matches(wl(people=["bessent"]), profile)
    assert not matches(wl(people=["Janet Bessent"]), profile)
    assert matches(wl(keywords=["tariffs"], outlets=["harbour post"]), profile)
    assert not matches(wl(keywords=["tariffs"], outlets=["Nordic Wire"]), profile)
    assert matches(wl(countries=["geneva", "Ottawa"]), profile)


def test_a_watchlist_needs_a_query_and_a_web_url(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        with pytest.raises(StorylineError, match="at least one"):
            add_watchlist(store, "empty")
        with pytest.raises(StorylineError, match="--webhook"):
            add_watchlist(store, "bad", keywords=["x"], webhook="ftp://example.org/")
        add_watchlist(store, "ok", keywords=["x"])
        with pytest.raises(StorylineError, match="exists already"):
            add_watchlist(store, "ok", keywords=["y"])


def test_undelivered_alerts_are_posted_again_a_few_times(
    tmp_path: Path, receiver: Receiver
) -> None:
    from storyline.watch.webhooks import MAX_TRIES, redeliver, tries_of

    assert [tries_of(d) for d in (None, "pending", "sent", "failed: HTTP 500",
                                  "failed (3 tries): timed out")] == [0, 0, 0, 1, 3]
    settings = Settings(allow_private=True)
    with open_store(tmp_path / "w.db") as store:
        up = store.add_watchlist("up", {"keywords": ["x"]}, receiver.url)
        down = store.add_watchlist("down", {"keywords": ["y"]}, "http://127.0.0.1:9/hook")
        retried = store.add_alert(up.id, 1, "story", "up: new story", {}, "failed: HTTP 503")
        store.add_alert(up.id, 2, "story", "up: given up", {}, f"failed ({MAX_TRIES} tries): x")
        store.add_alert(up.id, 3, "story", "up: done", {}, "sent")
        failing = store.add_alert(down.id, 4, "story", "down: new story", {}, "failed: x")
        assert redeliver(store, settings) == 1
        assert [b["message"] for b in receiver.bodies] == ["up: new story"]
        by_id = {a.id: a.delivery for a in store.alerts()}
        assert by_id[retried] == "sent"
        assert (by_id[failing] or "").startswith("failed (2 tries):")
        assert redeliver(store, settings) == 0 and len(receiver.bodies) == 1


@pytest.mark.slow
def test_a_held_back_candidate_raises_no_discrepancy_alert(tmp_path: Path) -> None:
    """``ingest`` raises alerts under the user's STORYLINE_MIN_CONFIDENCE: a candidate it
    holds back (here 120 vs some 140 homes, at 0.99) is no new discrepancy."""
    from typer.testing import CliRunner

    from storyline.cli import app

    first = _article(tmp_path, "a.txt", "Jutland Daily", "2026-11-01", FIRST)
    second = _article(tmp_path, "b.txt", "Nordic Wire", "2026-11-01", SECOND)
    found = {}
    for threshold in ("model", "0.99"):
        db = str(tmp_path / f"alerts-{threshold}.db")

        def run(*args: str, db: str = db, threshold: str = threshold) -> str:
            result = CliRunner().invoke(app, ["--db", db, *args],
                                        env={"STORYLINE_MIN_CONFIDENCE": threshold})
            assert result.exit_code == 0, result.output
            return result.stdout

        run("watchlist", "add", "floods", "-k", "flood barrier")
        run("ingest", first)
        run("ingest", second)
        found[threshold] = [a["data"]["discrepancy"] for a in json.loads(run("alerts", "--json"))
                            if a["kind"] == "discrepancy"]
    assert any("homes" in key for key in found["model"])
    assert found["0.99"] == []
