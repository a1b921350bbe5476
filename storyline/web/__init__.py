"""The web room: ``storyline serve``'s app — server-rendered pages, their JSON twins under
``/api/``, Atom feeds, and the forms that correct the clustering by hand.

It owns HTTP only: every page is a view over a library function (``storyline.api``, the
store's read queries, ``storyline.watch``) and every page has a JSON twin with the same
data (as in datasette). Article text is untrusted: templates autoescape, pages carry a
strict Content-Security-Policy, article HTML is never rendered. Errors have one JSON shape
(``{"ok": false, "status", "title", "error"}``) and are never a 500 for bad input.
"""

from __future__ import annotations

from .app import WebOptions, create_app

__all__ = ["WebOptions", "create_app"]
