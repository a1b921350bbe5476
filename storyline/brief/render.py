"""Rendering a brief as Markdown, JSON, a standalone HTML page, or a report of many briefs.

Article text is untrusted: the HTML is rendered by Jinja2 with autoescaping on, carries a
Content-Security-Policy that forbids scripts and external resources, and never includes
article HTML. Markdown output escapes angle brackets and square brackets so that a viewer
that renders inline HTML or links cannot be made to run anything (``[x](javascript:…)``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from storyline.trade.render import markdown_section

from .model import Brief
from .quoting import Cite, Mention, SentenceLedger, outlet_of, person_citations

_TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,  # every template here is HTML; escape every value
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["sentence_ledger"] = SentenceLedger
    env.globals["person_citations"] = person_citations
    return env


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


def _cite_line(c: Cite, m: Mention, where: str, indent: str) -> str:
    """A citation: the sentence in full where first printed, else a pointer to it."""
    who = f"*{_md(outlet_of(c))}*"
    if m.first:
        return f"{indent}- {who}{f' ¶{m.n}' if m.n else ''}: “{_md(c['sentence'])}”"
    if m.here:
        return f"{indent}- {who}: the words above"
    return f"{indent}- {who}: see {_ref(m)}"


def _ref(m: Mention) -> str:
    return f"¶{m.n} ({_md(m.where)})" if m.n else _md(m.where)


def _cites(q: SentenceLedger, citations: Sequence[Cite], where: str,
           indent: str = "  ") -> list[str]:
    return [_cite_line(c, m, where, indent) for c, m in q.mentions(citations, where)]


def _value_cites(q: SentenceLedger, line: str, outlet: str, citations: Sequence[Cite],
                 where: str) -> list[str]:
    """A value line (a figure as one outlet gives it, a quote's wording) and its citations;
    a lone citation from that outlet already printed goes on the line as a pointer."""
    pairs = list(q.mentions(citations, where))
    if len(pairs) == 1 and not pairs[0][1].first and outlet_of(pairs[0][0]) == outlet:
        m = pairs[0][1]
        return [f"{line} — {'the words above' if m.here else 'see ' + _ref(m)}"]
    return [line, *(_cite_line(c, m, where, "    ") for c, m in pairs)]


def _head(q: SentenceLedger, text: str, citations: Sequence[Cite], where: str,
          anchors: list[str] | None = None, keep: bool = False) -> tuple[str, str]:
    """An item's own text, in full (labelled when printed again) or as an excerpt when
    printed before, and the pointer to that earlier printing ("" when this is it)."""
    shown, m = q.headline(text, citations, where, anchors or [], keep)
    if m is None:
        return _md(shown), ""
    if m.first:
        return _md(shown) + (f" ¶{m.n}" if m.n else ""), ""
    return _md(shown), f"see {_ref(m)}"


def _discrepancy(q: SentenceLedger, d: dict[str, Any], where: str,
                 held: bool = False) -> list[str]:
    cites = [c for v in d["values"] for c in v["citations"]]
    about = (_head(q, d["about"], cites, where)[0] if q.is_cited(d["about"], cites)
             else _md(d["about"]))
    chance = f" _(confidence {d['confidence']:.0%})_" if held and d.get("confidence") else ""
    out = [f"- **{d['kind']}** — {about}: {_md(d['note'])}{chance}"]
    for v in d["values"]:
        out.append(f"  - {_md(v['value'])}")
        out += _cites(q, v["citations"], where, "    ")
    return out


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown, each cited sentence quoted in full once (see ``quoting``)."""
    b = brief.to_dict()
    s = b["story"]
    q = SentenceLedger(b)
    out = [f"# {_md(s['title'])}", ""]
    span = s.get("first_published") or ""
    if s.get("last_published") and s["last_published"] != span:
        span += f" – {s['last_published']}"
    outlets = ", ".join(_md(o) for o in s.get("outlets") or []) or "unnamed outlets"
    out += [f"Story {s['id']} · {len(s['articles'])} articles from {outlets}"
            + (f" · {span}" if span else ""), ""]

    out += ["## Where the outlets differ", ""]
    for i, d in enumerate(b["discrepancies"], 1):
        out += _discrepancy(q, d, q.item(f"where the outlets differ, item {i}"))
    if not b["discrepancies"]:
        out.append("No disagreements found between outlets.")
    if b["possible_discrepancies"]:
        out += ["", "### Possible, held back", "",
                "_Told apart by rule but judged more likely not a real disagreement "
                "(two facts aligned, a rounding, an earlier figure); shown for checking._", ""]
    for i, d in enumerate(b["possible_discrepancies"], 1):
        out += _discrepancy(q, d, q.item(f"possible disagreement {i}"), held=True)
    out += ["", "## Key points", ""]
    for i, k in enumerate(b["key_points"], 1):
        where = q.item(f"key point {i}")
        text = _head(q, k["text"], k["citations"], where, keep=True)[0]
        out.append(f"- {text} _({k['status']}, {k['independent_outlets']} "
                   f"outlet{'s' if k['independent_outlets'] != 1 else ''})_")
        out += _cites(q, k["citations"], where)
    out += ["", "## People", ""]
    for p in b["people"]:
        where = q.item(f"people, {p['name']}")
        also = [v["name"] for v in p["variants"][1:]]
        line = f"- **{_md(p['name'])}**" + (" (organisation)" if p["kind"] == "org" else "")
        if also:
            line += f" — also spelled {', '.join(_md(a) for a in also)}"
        out.append(line)
        for role, cites in person_citations(p):
            if role is None:
                out += _cites(q, cites, where)
            else:
                out.append(f"  - {_md(role)}")
                out += _cites(q, cites, where, "    ")
    out += ["", "## Quotes", ""]
    for q_ in b["quotes"]:
        where = q.item(f"quotes, {q_['speaker'] or 'unattributed'}")
        flag = " _(wording differs between outlets)_" if q_["variance"] else ""
        out.append(f"- **{_md(q_['speaker'] or 'Unattributed')}**{flag}")
        for v in q_["variants"]:
            text = f"“{_md(v['text'])}”" if v["kind"] == "direct" else _md(v["text"])
            out += _value_cites(q, f"  - {v['kind']}, {_md(v['outlet'])}: {text}",
                                v["outlet"], v["citations"], where)
    out += ["", "## Figures", ""]
    for f in b["figures"]:
        where = q.item(f"figures, {f['display']}")
        state = ("updated in later reports" if f.get("note")
                 else "outlets disagree" if not f["agreement"]
                 else f"{f['corroboration']} outlet{'s' if f['corroboration'] != 1 else ''}")
        out.append(f"- **{_md(f['display'])}** — {_md(f['about'])} _({state})_")
        if f.get("note"):
            out.append(f"  - _{_md(f['note'])}_")
        for v in f["values"]:
            out += _value_cites(q, f"  - {_md(v['outlet'])}: {_md(v['text'])}", v["outlet"],
                                v["citations"], where)
    out += ["", "## Timeline", ""]
    for t in b["timeline"]:
        where = q.item(f"timeline, {t['date']}")
        tags = [t["kind"]] if t["kind"] != "event" else []
        if t["inferred"]:
            tags.append("inferred")
        tag = f" _({', '.join(tags)})_" if tags else ""
        text = _head(q, t["text"], t["citations"], where, t.get("expressions"))[0]
        out.append(f"- **{t['date']}**{tag}: {text}")
        if t.get("note"):
            out.append(f"  - note: {_md(t['note'])}")
        out += _cites(q, t["citations"], where)
    out += ["", "## Reported by one outlet only", ""]
    for i, x in enumerate(b["single_source"], 1):
        where = q.item(f"one outlet only, item {i}")
        detail = f"**only {_md(x['outlet'])} gives {_md(', '.join(x['detail']))}**: " if x[
            "detail"] else ""
        text, see = _head(q, x["text"], x["citations"], where, x["detail"])
        out.append(f"- {detail}{text} — *{_md(x['outlet'])}*" + (f", {see}" if see else ""))
    if b["measures"]:
        def measure_cite(c: dict[str, Any], where: str) -> str:
            return _cite_line(c, q.cite(c, q.item(where)), where, "    ")

        out += ["", *markdown_section(b["measures"], measure_cite)]
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
