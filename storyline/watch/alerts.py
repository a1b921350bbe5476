"""Watchlists (saved queries) and the alerts they raise.

A watchlist names keywords, people, outlets and countries. A story matches when every
non-empty field has at least one value found in the story: a keyword as a whole word or
phrase in a title or text, a person among the people its articles name (all the words
given: "Bessent" matches "Scott Bessent"), an outlet among its outlets, a country among
its places (spaCy GPE/NORP/LOC mentions). Matching is case-insensitive.

``evaluate(store, story_ids)`` runs after an ingest over the stories that changed. For a
story that matches, it compares what the watchlist last saw of it and raises an alert when
the story first matches ("story"), gains an outlet ("outlet") or gains a discrepancy
("discrepancy"). Alerts report changes from the watchlist's creation on: for a story
that already had articles then, what it looked like then (the articles ingested before,
their outlets and the discrepancies among them) is the starting point, worked out the
first time the story changes, so creating a watchlist costs nothing up front.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..config import Settings
from ..errors import NotFoundError, StorylineError
from ..store import Store
from ..store.watches import Alert, StoryProfile, Watchlist
from .webhooks import deliver

log = logging.getLogger(__name__)

FIELDS = ("keywords", "people", "outlets", "countries")


def _clean(values: list[str] | None) -> list[str]:
    return [v.strip() for v in values or [] if v and v.strip()]


def add_watchlist(
    store: Store,
    name: str,
    *,
    keywords: list[str] | None = None,
    people: list[str] | None = None,
    outlets: list[str] | None = None,
    countries: list[str] | None = None,
    webhook: str | None = None,
) -> Watchlist:
    """Save a query (see the module docstring for what matches and what alerts)."""
    query = {
        "keywords": _clean(keywords), "people": _clean(people),
        "outlets": _clean(outlets), "countries": _clean(countries),
    }
    if not any(query.values()):
        raise StorylineError(
            f"watchlist {name!r}: give at least one of --keyword, --person, --outlet, --country"
        )
    if webhook and not re.match(r"^https?://[^/\s]+", webhook):
        raise StorylineError(f"--webhook {webhook!r}: not an http(s) URL")
    return store.add_watchlist(name.strip(), query, webhook or None)


def list_watchlists(store: Store) -> list[Watchlist]:
    return store.watchlists()


def remove_watchlist(store: Store, key: str | int) -> Watchlist:
    """Delete a watchlist (by id or name) and its alerts."""
    found = store.watchlist(key)
    store.remove_watchlist(found.id)
    return found


def list_alerts(
    store: Store,
    since: str | None = None,
    cursor: int | None = None,
    limit: int = 100,
    watchlist: str | int | None = None,
    *,
    newest: bool = False,
) -> list[Alert]:
    """Alerts oldest first (``newest``: the latest ``limit``, newest first, as a feed
    wants); ``cursor`` is the id of the last alert already seen."""
    wid = store.watchlist(watchlist).id if watchlist is not None else None
    return store.alerts(since=since, after=cursor, watchlist_id=wid, limit=limit, newest=newest)


def _words(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)", re.I)


def matches(watchlist: Watchlist, profile: StoryProfile) -> bool:
    """Whether a story matches every non-empty field of a watchlist (see module doc)."""
    if watchlist.keywords:
        patterns = [_words(k) for k in watchlist.keywords]
        texts = profile.titles + profile.texts
        if not any(p.search(t) for p in patterns for t in texts):
            return False
    if watchlist.people:
        names = [set(n.casefold().split()) for n in profile.people]
        wanted = [set(p.casefold().split()) for p in watchlist.people]
        if not any(w <= n for w in wanted for n in names):
            return False
    if watchlist.outlets:
        have = {o.casefold() for o in profile.outlets}
        if not any(o.casefold() in have for o in watchlist.outlets):
            return False
    if watchlist.countries:
        places = {p.casefold() for p in profile.places}
        if not any(c.casefold() in places for c in watchlist.countries):
            return False
    return True


def _discrepancy_keys(store: Store, story_id: int, only: set[str] | None = None, *,
                      min_confidence: float | None = None) -> list[str]:
    """The discrepancies of a story's brief (of the articles in ``only``, when given);
    candidates below ``min_confidence`` (None: the confidence model's threshold) are held
    back and raise no alert."""
    items = [it for it in store.iter_items(story_id) if only is None or it[0].id in only]
    if len({it[0].outlet for it in items}) < 2:
        return []  # one outlet cannot disagree with another
    # Imported here: an ingest with no watchlist (most) never loads reconcile.
    from ..brief import build_brief
    from ..reconcile import ReconcileOptions, reconcile

    options = ReconcileOptions(min_confidence=min_confidence)
    brief = build_brief(reconcile(store.story(story_id), items, options))
    keys = []
    for d in brief.discrepancies:
        values = " / ".join(sorted(str(v.value) for v in d.values))
        keys.append(f"{d.kind}: {d.about}: {values}" if values else f"{d.kind}: {d.about}")
    return sorted(set(keys))


def evaluate(
    store: Store, story_ids: list[int], settings: Settings | None = None
) -> list[Alert]:
    """Raise the alerts of the stories that changed (see module doc); POST each to its
    watchlist's webhook. Returns the new alerts. A discrepancy is one the brief shows
    under ``settings.min_confidence``."""
    watchlists = store.watchlists()
    if not watchlists or not story_ids:
        return []
    settings = settings or Settings()
    threshold = settings.confidence_threshold
    raised: list[int] = []
    for story_id in sorted(set(story_ids)):
        try:
            profile = store.story_profile(story_id)
        except NotFoundError:  # merged away or deleted meanwhile
            continue
        matching = [w for w in watchlists if matches(w, profile)]
        if not matching:
            continue
        discrepancies = _discrepancy_keys(store, story_id, min_confidence=threshold)
        title = store.story(story_id).title
        for w in matching:
            state = (store.watchlist_state(w.id, story_id)
                     or _as_created(store, profile, w, threshold))
            for kind, message, data in _changes(state, profile, discrepancies, title, w):
                data.update(story_id=story_id, title=title, outlets=profile.outlets)
                delivery = "pending" if w.webhook else None
                raised.append(store.add_alert(w.id, story_id, kind, message, data, delivery))
            store.put_watchlist_state(w.id, story_id, profile.outlets, discrepancies)
    if not raised:
        return []
    wanted = set(raised)
    found = store.alerts(after=min(raised) - 1, limit=max(raised) - min(raised) + 1)
    alerts = [a for a in found if a.id in wanted]
    hooks = {w.id: w.webhook for w in watchlists if w.webhook}
    for alert in alerts:
        if alert.watchlist_id in hooks:
            alert.delivery = deliver(alert, hooks[alert.watchlist_id], settings)
            store.set_alert_delivery(alert.id, alert.delivery)
    return alerts


def _as_created(
    store: Store, profile: StoryProfile, watchlist: Watchlist,
    min_confidence: float | None = None,
) -> tuple[list[str], list[str]] | None:
    """What the story looked like when the watchlist was created, if it matched then."""
    earlier = profile.until(watchlist.since_seq)
    if not earlier.members or not matches(watchlist, earlier):
        return None
    ids = {m.id for m in earlier.members}
    return earlier.outlets, _discrepancy_keys(store, profile.story_id, ids,
                                              min_confidence=min_confidence)


def _changes(
    state: tuple[list[str], list[str]] | None,
    profile: StoryProfile,
    discrepancies: list[str],
    title: str,
    watchlist: Watchlist,
) -> list[tuple[str, str, dict[str, Any]]]:
    if state is None:
        n = len(profile.outlets)
        return [(
            "story",
            f"{watchlist.name}: new story “{title}” ({n} outlet{'s' if n != 1 else ''})",
            {"discrepancies": discrepancies},
        )]
    found: list[tuple[str, str, dict[str, Any]]] = []
    for outlet in sorted(set(profile.outlets) - set(state[0])):
        found.append((
            "outlet", f"{watchlist.name}: {outlet} now reports “{title}”", {"outlet": outlet}
        ))
    for key in sorted(set(discrepancies) - set(state[1])):
        found.append((
            "discrepancy", f"{watchlist.name}: outlets differ on “{title}”: {key}",
            {"discrepancy": key},
        ))
    return found
