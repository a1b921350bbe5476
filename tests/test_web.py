"""The web app and JSON API, in-process (FastAPI's TestClient) over the example corpus."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline import api
from storyline.cli import app as cli_app
from storyline.config import Settings
from storyline.store import open_store
from storyline.web import WebOptions, create_app

ERROR_KEYS = {"ok", "status", "title", "error"}


@pytest.fixture()
def web_db(examples_db: Path, tmp_path: Path) -> Path:
    """A private copy of the example database, free to change."""
    path = tmp_path / "web.db"
    shutil.copy(examples_db, path)
    return path


def _client(db: Path, **options: object) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(db), workers=1), WebOptions(**options))  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client


@pytest.fixture()
def client(web_db: Path) -> Iterator[TestClient]:
    yield from _client(web_db)


def _stories_json(db: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli_app, ["--db", str(db), "stories", "--json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output))


def test_front_page_lists_every_story_with_counts(client: TestClient, web_db: Path) -> None:
    page = client.get("/", params={"limit": 200})
    assert page.status_code == 200
    for story in _stories_json(web_db):
        assert str(story["title"]).replace("'", "&#39;") in page.text
    assert "outlets" in page.text and "Content-Security-Policy" in page.headers


def test_api_stories_has_the_cli_shape(client: TestClient, web_db: Path) -> None:
    cli = {s["id"]: s for s in _stories_json(web_db)}
    body = client.get("/api/stories", params={"limit": 200}).json()
    assert set(body) >= {"results", "next"} and body["next"] is None
    assert {s["id"] for s in body["results"]} == set(cli)
    for s in body["results"]:
        expected = cli[s["id"]]
        for key in ("title", "articles", "outlets", "first_published", "last_published"):
            assert s[key] == expected[key], (s["id"], key)
        assert s["outlet_count"] == len(expected["outlets"])  # type: ignore[arg-type]


def test_cursor_pages_never_repeat_or_skip_while_articles_arrive(
    client: TestClient, web_db: Path
) -> None:
    everything = [s["id"] for s in client.get("/api/stories?limit=200").json()["results"]]
    seen: list[int] = []
    body = client.get("/api/stories", params={"limit": 3}).json()
    seen += [s["id"] for s in body["results"]]
    # A new story arrives between two pages: it belongs at the top, not in the next page.
    text = (
        "Title: Glassworks in Murano halt furnaces over gas bill dispute\n"
        "Outlet: Lagoon Gazette\nPublished: 2026-11-02\n\n"
        "Three historic glassworks on the island of Murano switched off their furnaces on "
        "Monday, saying a dispute with their gas supplier over a 40% price rise had made "
        "firing uneconomic. \"We cannot blow glass at a loss,\" said Elena Barovier, who "
        "chairs the island's producers' association.\n"
    )
    path = web_db.parent / "murano.txt"
    path.write_text(text, encoding="utf-8")
    with open_store(web_db) as store:
        report = api.ingest([str(path)], store, Settings(db=str(web_db), workers=1))
    assert report.added == 1
    while body["next"]:
        body = client.get("/api/stories", params={"limit": 3, "cursor": body["next"]}).json()
        seen += [s["id"] for s in body["results"]]
    assert seen == everything
    top = client.get("/api/stories?limit=1").json()["results"][0]
    assert "Murano" in top["title"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/stories/99999", 404),
        ("/api/stories/abc", 400),
        ("/api/stories/99999/brief", 404),
        ("/api/articles/nope", 404),
        ("/api/people/Nobody%20Atall", 404),
        ("/api/stories?since=2026-13-01", 400),
        ("/api/stories?since=2026-02-30", 400),
        ("/api/stories?since=2026-05-01&until=2026-04-01", 400),
        ("/api/stories?limit=100000", 400),
        ("/api/stories?limit=0", 400),
        ("/api/stories?cursor=-5", 400),
        ("/api/stories?min_outlets=x", 400),
        ("/api/search?q=" + "x" * 600, 400),
        ("/api/no-such-endpoint", 404),
        ("/stories/99999.atom", 404),
        ("/watchlists/424242.atom", 404),
    ],
)
def test_bad_requests_get_one_json_error_shape(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False and body["status"] == status and body["error"]


def test_unknown_story_page_is_a_4xx_page_not_a_500(client: TestClient) -> None:
    response = client.get("/stories/99999")
    assert response.status_code == 404
    assert "no story with id 99999" in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'none'")


def test_story_page_shows_discrepancies_side_by_side(client: TestClient) -> None:
    first = client.get("/api/stories?limit=200").json()["results"]
    story = next(s for s in first if s["outlet_count"] >= 3)
    data = client.get(f"/api/stories/{story['id']}").json()
    assert data["brief"]["discrepancies"], "the example stories have planted disagreements"
    pairs = [cols for cols in data["side_by_side"] if cols]
    assert pairs and all(len(cols) >= 2 for cols in pairs)
    assert any(t["changed"] for cols in pairs for t in cols[0]["tokens"])
    page = client.get(story["url"])
    assert page.status_code == 200
    assert 'class="side-by-side"' in page.text and "<mark>" in page.text
    for a in data["story"]["articles"]:  # every article listed, linked to its page
        assert f'href="/articles/{a["id"]}"' in page.text
    # The slug is decoration: the bare id and a stale slug show the same story.
    assert client.get(f"/stories/{story['id']}/old-title").status_code == 200


def test_every_citation_links_to_its_article_and_the_article_to_its_original(
    client: TestClient,
) -> None:
    story = client.get("/api/stories?limit=1").json()["results"][0]
    brief = client.get(f"/api/stories/{story['id']}/brief").json()
    assert set(brief) >= {"story", "key_points", "discrepancies", "coverage"}
    cited = {c["article_id"] for k in brief["key_points"] for c in k["citations"]}
    page = client.get(f"/stories/{story['id']}").text
    for article_id in cited:
        assert f'href="/articles/{article_id}"' in page
    with_url = next(a for s in client.get("/api/stories?limit=200").json()["results"]
                    for a in s["articles"] if a["url"])
    article = client.get(f"/articles/{with_url['id']}").text
    assert f'href="{with_url["url"]}"' in article


def test_article_page_marks_quotes_people_dates_and_figures(client: TestClient) -> None:
    story = client.get("/api/stories?limit=1").json()["results"][0]
    article_id = story["articles"][0]["id"]
    data = client.get(f"/api/articles/{article_id}").json()
    kinds = {s["kind"] for s in data["segments"] if s["kind"]}
    assert {"quote", "person", "date"} <= kinds
    assert "".join(s["text"] for s in data["segments"]) == data["article"]["text"]
    page = client.get(f"/articles/{article_id}").text
    assert 'class="m-quote"' in page and 'class="m-person"' in page


def test_article_text_is_escaped_and_javascript_urls_are_not_links(web_db: Path) -> None:
    hostile = web_db.parent / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "x1", "url": "javascript:alert(1)", "outlet": "<b>Evil</b> Outlet",
        "title": "Harbour <script>alert('t')</script> reopens", "published": "2026-11-03",
        "text": "The harbour at Portmere reopened on Tuesday after three weeks of dredging, "
                "the port authority said. <script>alert('x')</script> Ferries to the outer "
                "islands resume on Wednesday. <img src=x onerror=alert(2)> Fishing boats had "
                "been unloading at Kelby, forty minutes up the coast, since early October.",
    }) + "\n", encoding="utf-8")
    with open_store(web_db) as store:
        report = api.ingest([str(hostile)], store, Settings(db=str(web_db), workers=1))
        article_id = report.article_ids[0]
    for client in _client(web_db):
        for url in ("/", f"/articles/{article_id}", "/search?q=harbour"):
            page = client.get(url).text
            assert "<script>alert" not in page and "<b>Evil</b>" not in page, url
            assert "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")
        assert 'href="javascript:' not in client.get(f"/articles/{article_id}").text


def test_search_has_outlet_and_story_facets(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "tariffs"}).json()
    assert body["results"]
    assert body["facets"]["outlet"] and body["facets"]["story"]
    outlet = body["facets"]["outlet"][0][0]
    narrowed = client.get("/api/search", params={"q": "tariffs", "outlet": outlet}).json()
    assert narrowed["results"] and {h["outlet"] for h in narrowed["results"]} == {outlet}
    assert client.get("/search", params={"q": "tariffs"}).status_code == 200


def test_filters_live_in_the_url(client: TestClient) -> None:
    everything = client.get("/api/stories?limit=200").json()["results"]
    outlet = everything[0]["outlets"][0]
    by_outlet = client.get("/api/stories", params={"outlet": outlet, "limit": 200}).json()
    assert by_outlet["results"]
    assert all(outlet in s["outlets"] for s in by_outlet["results"])
    assert by_outlet["filters"] == {"outlet": outlet}
    wide = client.get("/api/stories", params={"min_outlets": 4, "limit": 200}).json()
    assert all(s["outlet_count"] >= 4 for s in wide["results"])
    day = everything[-1]["first_published"][:10]
    dated = client.get("/api/stories", params={"since": day, "until": day}).json()
    assert everything[-1]["id"] in {s["id"] for s in dated["results"]}
    page = client.get("/", params={"outlet": outlet})
    assert f'<option value="{outlet}" selected>' in page.text


def test_person_page_lists_stories_and_quotes(client: TestClient) -> None:
    names = client.get("/api/people?limit=50").json()["results"]
    assert names
    for entry in names:
        person = client.get(f"/api/people/{entry['name']}").json()
        if person["quotes"]:
            break
    else:
        pytest.fail("no quoted person in the examples")
    assert person["stories"] and person["quotes"][0]["article_id"]
    assert client.get(f"/people/{entry['name']}").status_code == 200


def test_merged_story_url_redirects_to_its_successor(client: TestClient) -> None:
    stories = client.get("/api/stories?limit=200").json()["results"]
    into, gone = stories[0]["id"], stories[1]["id"]
    moved = client.post(f"/api/stories/{into}/merge", data={"from_id": gone})
    assert moved.status_code == 200, moved.text
    for prefix in ("/stories", "/api/stories"):
        response = client.get(f"{prefix}/{gone}", follow_redirects=False)
        assert response.status_code == 301
        assert response.headers["location"] == f"{prefix}/{into}"
    history = client.get(f"/api/stories/{into}").json()["changes"]
    assert any(c["action"] == "merge" and c["from"] == gone for c in history)


def test_split_and_move_and_delete_from_the_forms(client: TestClient) -> None:
    story = client.get("/api/stories?limit=1").json()["results"][0]
    first, second = story["articles"][0]["id"], story["articles"][1]["id"]
    split = client.post(f"/stories/{story['id']}/split", data={"article_ids": [first]},
                        follow_redirects=False)
    assert split.status_code == 303
    new_id = int(split.headers["location"].rsplit("/", 1)[1])
    assert [a["id"] for a in client.get(f"/api/stories/{new_id}").json()["story"]["articles"]] \
        == [first]
    moved = client.post(f"/api/articles/{second}/move", data={"story_id": new_id})
    assert moved.json()["story_id"] == new_id
    gone = client.post(f"/api/articles/{second}/delete")
    assert gone.status_code == 200
    assert client.get(f"/api/articles/{second}").status_code == 404
    missing = client.post("/api/articles/nope/move", data={"story_id": new_id})
    assert missing.status_code == 404 and set(missing.json()) == ERROR_KEYS


def test_writes_need_the_token_when_the_server_has_one(web_db: Path) -> None:
    for client in _client(web_db, token="s3cret"):
        story = client.get("/api/stories?limit=2").json()["results"]
        refused = client.post(f"/api/stories/{story[0]['id']}/merge",
                              data={"from_id": story[1]["id"]})
        assert refused.status_code == 401 and set(refused.json()) == ERROR_KEYS
        assert client.get("/api/watches").status_code == 401
        assert client.get("/api/stories").status_code == 200  # reading stays open
        headers = {"Authorization": "Bearer s3cret"}
        assert client.get("/api/watches", headers=headers).status_code == 200
        wrong = client.post("/login", data={"token": "guess"}, follow_redirects=False)
        assert wrong.status_code == 401
        ok = client.post("/login", data={"token": "s3cret"}, follow_redirects=False)
        assert ok.status_code == 303
        assert client.get("/api/watches").status_code == 200  # the cookie now carries it


def test_cross_origin_writes_and_foreign_host_headers_are_refused(web_db: Path) -> None:
    for client in _client(web_db, allowed_hosts=("testserver",)):
        story = client.get("/api/stories?limit=1").json()["results"][0]
        refused = client.post(f"/api/articles/{story['articles'][0]['id']}/delete",
                              headers={"Origin": "https://evil.example"})
        assert refused.status_code == 403
        rebinding = client.get("/api/stories", headers={"Host": "evil.example"})
        assert rebinding.status_code == 400 and set(rebinding.json()) == ERROR_KEYS


def test_atom_feeds_parse(client: TestClient) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    story = client.get("/api/stories?limit=1").json()["results"][0]
    feed = ET.fromstring(client.get(f"/stories/{story['id']}.atom").content)
    ids = [e.findtext(f"{atom}id") or "" for e in feed.findall(f"{atom}entry")]
    assert len([i for i in ids if "/articles/" in i]) == len(story["articles"])
    changes = client.get("/api/changes").json()
    assert changes["results"] and changes["latest"]
    none_after = client.get("/api/changes", params={"cursor": changes["latest"]}).json()
    assert none_after["results"] == []
    feed = ET.fromstring(client.get("/changes.atom").content)
    assert feed.findall(f"{atom}entry")
    ET.fromstring(client.get("/alerts.atom").content)


def test_openapi_page_lists_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert "/api/stories" in schema["paths"] and "/api/stories/{story_id}" in schema["paths"]
    page = client.get("/api").text
    assert "/api/stories/{story_id}" in page


def test_feeds_page_adds_and_removes_a_watch(client: TestClient) -> None:
    added = client.post("/feeds", data={"url": "https://news.example.org/feed.xml",
                                        "every": "30m", "name": "Example"},
                        follow_redirects=False)
    assert added.status_code == 303
    watches = client.get("/api/watches").json()["results"]
    assert [w["name"] for w in watches] == ["Example"]
    assert "news.example.org/feed.xml" in client.get("/feeds").text
    bad = client.post("/api/watches", data={"url": "ftp://x"})
    assert bad.status_code == 400 and set(bad.json()) == ERROR_KEYS
    assert client.post(f"/api/watches/{watches[0]['id']}/delete").status_code == 200
    assert client.get("/api/watches").json()["results"] == []


def test_serve_refuses_a_public_address_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    db = tmp_path / "empty.db"
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "token" in result.stderr  # one line from the CLI's error handling


def test_every_story_and_article_page_renders(client: TestClient) -> None:
    for story in client.get("/api/stories?limit=200").json()["results"]:
        assert client.get(story["url"]).status_code == 200, story["id"]
        assert client.get(f"/stories/{story['id']}.atom").status_code == 200
        for article in story["articles"][:2]:
            assert client.get(f"/articles/{article['id']}").status_code == 200, article["id"]


def test_story_pages_show_the_held_back_candidates_apart(client: TestClient) -> None:
    stories = client.get("/api/stories?limit=200").json()["results"]
    shown = 0
    for story in stories:
        brief = client.get(f"/api/stories/{story['id']}/brief").json()
        possible = brief["possible_discrepancies"]
        if not possible:
            continue
        shown += 1
        assert all(d["confidence"] is not None and d["citations"] for d in possible)
        page = client.get(story["url"]).text
        assert f"Possible, held back ({len(possible)})" in page
        assert 'class="disc"' in page.split('id="possible"', 1)[1]
    assert shown, "the examples hold back at least one candidate (a rounded floor price)"


def test_a_brief_cached_under_one_threshold_is_never_served_under_another(web_db: Path) -> None:
    def server(min_confidence: str) -> Iterator[TestClient]:
        settings = Settings(db=str(web_db), workers=1, min_confidence=min_confidence)
        with TestClient(create_app(settings, WebOptions())) as client:
            yield client

    def listed(client: TestClient, story_id: int) -> dict[str, object]:
        (found,) = [s for s in client.get("/api/stories?limit=200").json()["results"]
                    if s["id"] == story_id]
        return dict(found)

    for client in server("model"):  # builds and caches briefs at the model's threshold
        story = next(
            s for s in client.get("/api/stories?limit=200").json()["results"]
            if client.get(f"/api/stories/{s['id']}/brief").json()["possible_discrepancies"])
        model = client.get(f"/api/stories/{story['id']}/brief").json()
        held = [d["about"] for d in model["possible_discrepancies"]]
        assert listed(client, story["id"])["discrepancies"] == len(model["discrepancies"])

    for client in server("0"):  # the same database, another threshold: nothing cached yet
        assert listed(client, story["id"])["discrepancies"] is None
        brief = client.get(f"/api/stories/{story['id']}/brief").json()
        assert brief["possible_discrepancies"] == []
        assert set(held) <= {d["about"] for d in brief["discrepancies"]}
        assert len(brief["discrepancies"]) == len(model["discrepancies"]) + len(held)
        assert "Possible, held back" not in client.get(story["url"]).text
        assert listed(client, story["id"])["discrepancies"] == len(brief["discrepancies"])

    for client in server("model"):  # and the model's briefs are not the threshold-0 ones
        again = client.get(f"/api/stories/{story['id']}/brief").json()
        assert [d["about"] for d in again["possible_discrepancies"]] == held
        assert "Possible, held back" in client.get(story["url"]).text
