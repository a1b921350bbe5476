"""Properties that hold for any story: reconciliation never fails on odd analyses, every
citation quotes its article, records round-trip, and rendered HTML stays inert."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile import citations_in, make, story_of

from storyline.brief import Brief, build_brief, render_html, render_json, render_markdown
from storyline.reconcile import Reconciliation, reconcile

SENTENCES = [
    "Nora Vance, the council leader, said the bridge would reopen on Monday.",
    "Council leader Nora Vanse said the bridge would reopen on Monday after repairs.",
    "Repairs cost more than 12 million dollars, according to Elias Brandt.",
    "“We will not close it again,” Vance said at a meeting in May.",
    "“We won't close it again,” said Vance.",
    "Traffic fell by 30% while the bridge was shut for 90 days.",
    "Brandt, an engineer, said the steel was older than records showed.",
    "The City Council did not approve the budget on Monday.",
    "The City Council approved the budget on Monday.",
    "Only 14 days remain before the next inspection <script>alert(1)</script> is due.",
    "Residents said they had waited 2 years for a new crossing.",
    "Short line",
]
NAMES = ["Nora Vance", "Nora Vanse", "Vance", "Elias Brandt", "Brandt"]
TIMES = {"Monday": ("2025-03-03", "day"), "May": ("2025-05", "month")}


@st.composite
def article(draw, n: int):
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    text = " ".join(chosen)
    outlet = draw(st.sampled_from(["Daily A", "Daily B", "Daily C", "Daily A"]))
    published = draw(st.sampled_from(["2025-03-04", "2025-03-05", None]))
    people = [{"name": name, "roles": [r for r in ("council leader", "an engineer")
                                       if r in text and draw(st.booleans())]}
              for name in NAMES if name in text and draw(st.booleans())]
    if "City Council" in text:
        people.append({"name": "City Council", "kind": "org"})
    quotes = []
    for m in re.finditer(r"“([^”]+)”", text):
        quotes.append({"text": m.group(1), "kind": draw(st.sampled_from(["direct", "indirect"])),
                       "speaker": draw(st.sampled_from([None, *[p["name"] for p in people]]))})
    figures = [{"text": m.group(0), "value": float(m.group(0)),
                "unit": draw(st.sampled_from(["%", "day", ""])),
                "kind": draw(st.sampled_from(["percent", "duration", "count"])),
                "bound": draw(st.sampled_from(["=", ">"])), "about": draw(st.sampled_from(
                    [None, "traffic", "days", "cost"]))}
               for m in re.finditer(r"\b\d+\b", text)][:3]
    times = []
    for word, (value, grain) in TIMES.items():
        if word in text:
            times.append({"text": word, "value": value if published else None,
                          "granularity": grain, "inferred": draw(st.booleans())})
    a, an = make(text, f"{outlet}", published=published, people=people, quotes=quotes,
                 figures=figures, times=times)
    # Distinct articles even when the drawn texts coincide.
    a.id = f"{a.id[:8]}{n:04d}"
    an.article_id = a.id
    return a, an


@st.composite
def story(draw):
    k = draw(st.integers(min_value=1, max_value=4))
    pairs = [draw(article(n)) for n in range(k)]
    copies = {}
    if k >= 2 and draw(st.booleans()):
        copies[pairs[1][0].id] = pairs[0][0].id
    return pairs, copies


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story())
def test_any_story_reconciles_with_citations_from_its_articles(drawn):
    pairs, copies = drawn
    rec = reconcile(*story_of(pairs, copies))
    texts = {a.id: a.text for a, _ in pairs}


    for c in citations_in(rec.to_dict()):
        assert c["sentence"] and c["sentence"] in texts[c["article_id"]]
    assert Reconciliation.from_dict(json.loads(json.dumps(rec.to_dict()))) == rec
    brief = build_brief(rec)
    data = json.loads(render_json(brief))
    for key in ("key_points", "people", "quotes", "figures", "timeline", "discrepancies",
                "single_source", "coverage"):
        assert all(item["citations"] for item in data[key])
    assert Brief.from_dict(data) == brief
    assert "<script" not in render_html(brief)
    assert "<script" not in render_markdown(brief)
