"""Rendering a brief as Markdown, JSON, a standalone HTML page, or a report of many briefs.

Article text is untrusted: the HTML is rendered by Jinja2 with autoescaping on, carries a
Content-Security-Policy that forbids scripts and external resources, and never includes
article HTML. Markdown output escapes angle brackets and square brackets so that a viewer
that renders inline HTML or links cannot be made to run anything (``[x](javascript:…)``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from storyline.trade.render import markdown_section

from .model import Brief

_TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,  # every template here is HTML; escape every value
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)


def render_html(brief: Brief) -> str:
    """One standalone page: inline CSS, no scripts, no external resources."""
    return _env().get_template("brief.html.j2").render(b=brief.to_dict())


def render_report(briefs: list[Brief], title: str) -> str:
    """One standalone page with every brief and a table of contents."""
    return _env().get_template("report.html.j2").render(
        title=title, briefs=[b.to_dict() for b in briefs]
    )


# --------------------------------------------------------------------------- markdown


def _md(text: Any) -> str:
    """Text safe inside Markdown: no raw HTML, no accidental line structure, no links or
    images (brackets escaped, so ``[x](javascript:…)`` stays text)."""
    s = " ".join(str(text).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("[", "\\[").replace("]", "\\]")


def _cites(citations: list[dict[str, Any]], indent: str = "  ") -> list[str]:
    return [
        f"{indent}- *{_md(c.get('outlet') or c.get('external_id') or c['article_id'])}*: "
        f"“{_md(c['sentence'])}”"
        for c in citations
    ]


def render_markdown(brief: Brief) -> str:
    b = brief.to_dict()
    s = b["story"]
    out = [f"# {_md(s['title'])}", ""]
    span = s.get("first_published") or ""
    if s.get("last_published") and s["last_published"] != span:
        span += f" – {s['last_published']}"
    outlets = ", ".join(_md(o) for o in s.get("outlets") or []) or "unnamed outlets"
    out += [f"Story {s['id']} · {len(s['articles'])} articles from {outlets}"
            + (f" · {span}" if span else ""), ""]

    out += ["## Key points", ""]
    for k in b["key_points"]:
        out.append(f"- {_md(k['text'])} _({k['status']}, {k['independent_outlets']} "
                   f"outlet{'s' if k['independent_outlets'] != 1 else ''})_")
        out += _cites(k["citations"])
    out += ["", "## Where the outlets differ", ""]
    for d in b["discrepancies"]:
        out.append(f"- **{d['kind']}** — {_md(d['about'])}: {_md(d['note'])}")
        for v in d["values"]:
            out.append(f"  - {_md(v['value'])}")
            out += _cites(v["citations"], "    ")
    if not b["discrepancies"]:
        out.append("No disagreements found between outlets.")
    out += ["", "## People", ""]
    for p in b["people"]:
        also = [v["name"] for v in p["variants"][1:]]
        line = f"- **{_md(p['name'])}**" + (" (organisation)" if p["kind"] == "org" else "")
        if also:
            line += f" — also spelled {', '.join(_md(a) for a in also)}"
        out.append(line)
        for r in p["roles"]:
            out.append(f"  - {_md(r['text'])}")
            out += _cites(r["citations"], "    ")
        if not p["roles"]:
            out += _cites(p["citations"])
    out += ["", "## Quotes", ""]
    for q in b["quotes"]:
        flag = " _(wording differs between outlets)_" if q["variance"] else ""
        out.append(f"- **{_md(q['speaker'] or 'Unattributed')}**{flag}")
        for v in q["variants"]:
            text = f"“{_md(v['text'])}”" if v["kind"] == "direct" else _md(v["text"])
            out.append(f"  - {v['kind']}, {_md(v['outlet'])}: {text}")
            out += _cites(v["citations"], "    ")
    out += ["", "## Figures", ""]
    for f in b["figures"]:
        state = ("updated in later reports" if f.get("note")
                 else "outlets disagree" if not f["agreement"]
                 else f"{f['corroboration']} outlet{'s' if f['corroboration'] != 1 else ''}")
        out.append(f"- **{_md(f['display'])}** — {_md(f['about'])} _({state})_")
        if f.get("note"):
            out.append(f"  - _{_md(f['note'])}_")
        for v in f["values"]:
            out.append(f"  - {_md(v['outlet'])}: {_md(v['text'])}")
            out += _cites(v["citations"], "    ")
    out += ["", "## Timeline", ""]
    for t in b["timeline"]:
        tags = [t["kind"]] if t["kind"] != "event" else []
        if t["inferred"]:
            tags.append("inferred")
        tag = f" _({', '.join(tags)})_" if tags else ""
        out.append(f"- **{t['date']}**{tag}: {_md(t['text'])}")
        if t.get("note"):
            out.append(f"  - note: {_md(t['note'])}")
        out += _cites(t["citations"])
    out += ["", "## Reported by one outlet only", ""]
    for x in b["single_source"]:
        detail = f"**only {_md(x['outlet'])} gives {_md(', '.join(x['detail']))}**: " if x[
            "detail"] else ""
        out.append(f"- {detail}{_md(x['text'])} — *{_md(x['outlet'])}*")
    if b["measures"]:
        out += ["", *markdown_section(b["measures"])]
    out += ["", "## Coverage", "",
            "| outlet | articles | independent | sentences | shared claims | only here "
            "| quotes or relays |",
            "|---|---|---|---|---|---|---|"]
    for c in b["coverage"]:
        out.append(f"| {_md(c['outlet']).replace('|', '/')} | {len(c['articles'])} | "
                   f"{'yes' if c['independent'] else 'copy'} | {c['sentences']} | "
                   f"{c['corroborates']} | {c['only_here']} | "
                   f"{_md(', '.join(c['sources'][:6])).replace('|', '/')} |")
    return "\n".join(out) + "\n"
