"""Score the blind story battery: whole stories of long articles (issue 11).

    nice .venv/bin/python bench/bench_story_battery.py <part>|all [--json] [--all-candidates]

(parts SA…SY, WA…WX, XA…XF, YA…YC, ZA…ZF, VA…VF, UA…UF, TA…TF, RA…RF, QA…QF, PA…PF, OA…OF,
NA…NF, MA…MF, LA…LF, KA…KF, JA…JF, IA…IF, HA…HF, GA…GF, FA…FF, EA…EF, DA…DF, CA…CF, BA…BF,
AA…AX)

The domain battery (``bench_domain_battery.py``) plants one disagreement in a few short
sentences; real coverage buries a few disagreements in 3–5 full articles where most facts
agree, so this battery measures precision where it is hard: every report that matches no
planted disagreement counts against it. Each story's articles are analysed afresh (one
outlet each, dated as the story says) and reconciled as one story. A planted disagreement is
*found* when one reported discrepancy has a value matching its regex ``a`` and another
matching ``b`` (values lower-cased); a report is *planted* when it matches at least one
planted disagreement, *unplanted* otherwise. Unplanted reports bound precision from below:
an author may have let a real disagreement slip in, which is read and judged on training
parts only. Unplanted reports of one quote's two wordings ("… 's words") are counted apart
too: the authors were told a rewording is no disagreement, but the brief's contract
(EXPECTED.md: "one quote, two wordings: show both, flag the variance") reports it, so
precision is given both ways. Reports the confidence model holds back (``reconcile.
confidence``: the brief shows them apart, as possible only) are not scored, but counted
(``held_back``, and how many of them match a planted disagreement); ``--all-candidates``
scores every candidate instead, as before the model.

Parts WA to WF (fifth batch), WG to WL (sixth), WM to WR (seventh), WS to WX (eighth), XA to
XF (ninth), YA to YC (tenth), ZA to ZF (eleventh), VA to VF (twelfth), UA to UF
(thirteenth), TA to TF (fourteenth), RA to RF (fifteenth), QA to QF (sixteenth), PA to PF
(seventeenth), OA to OF (eighteenth), NA to NF (nineteenth), MA to MF (twentieth), LA to LF
(twenty-first), KA to KF (twenty-second), JA to JF (twenty-third), IA to IF (twenty-
fourth), HA to HF (twenty-fifth), GA to GF (twenty-sixth), FA to FF (twenty-seventh), EA to
EF (twenty-eighth), DA to DF (twenty-ninth), CA to CF (thirtieth), BA to BF (thirty-first),
AA to AF (thirty-second), AG to AL (thirty-third), AM to AR (thirty-fourth) and AS to AX
(thirty-fifth; the last twenty-two precision batches,
three of each part's six stories controls full of legitimate variation) give whole HTML
pages instead of article text: each page goes through Storyline's own reader (``read_html``:
extraction, furniture and title cleaning, the publication date from the page or its text,
read on the story's ``fetched`` day), so a fact lost or a sidebar's figure let in by
extraction counts as it would for a user; a page the reader rejects is counted in
``rejected_pages`` and left out of its story.

Parts SA, SC, SE (first batch), SG, SI, SK (second), SM, SO, SQ (third), ST, SV, SX
(fourth), WA, WC, WE (fifth), WG, WI, WK (sixth), WM, WO, WQ (seventh), WS, WW, WX (eighth),
XA, XB, XE (ninth; since the eighth, the held-out three are drawn at random before the parts
are written), ZC, ZE, ZF (eleventh), VA, VE, VF (twelfth), UA, UB, UE (thirteenth), TA, TB,
TC (fourteenth), RB, RC, RD (fifteenth), QB, QC, QE (sixteenth), PA, PB, PD (seventeenth),
OC, OD, OE (eighteenth), NA, ND, NF (nineteenth), MA, MD, MF (twentieth), LA, LD, LF
(twenty-first), KA, KC, KE (twenty-second), JC, JD, JF (twenty-third), IA, IC, ID (twenty-
fourth), HA, HB, HF (twenty-fifth), GA, GB, GC (twenty-sixth), FC, FD, FE (twenty-seventh),
EC, EE, EF (twenty-eighth), DA, DB, DC (twenty-ninth), CA, CD, CF (thirtieth), BA, BC, BF
(thirty-first), AA, AC, AE (thirty-second), AG, AJ, AK (thirty-third), AN, AO, AP
(thirty-fourth) and AU, AW, AX (thirty-fifth) are training parts
(scored once unread at their first runs, then read); SB, SD, SF, SH, SJ, SL, SN, SP, SR, SU,
SW, SY, WB, WD, WF, WH, WJ, WL, WN, WP, WR, WT, WU, WV, XC, XD, XF, ZA, ZB, ZD, VB, VC, VD,
UC, UD, UF, TD, TE, TF, RA, RE, RF, QA, QD, QF, PC, PE, PF, OA, OB, OF, NB, NC, NE, MB, MC,
ME, LB, LC, LE, KB, KD, KF, JA, JB, JE, IB, IE, IF, HC, HD, HE, GD, GE, GF, FA, FB, FF, EA,
EB, ED, DD, DE, DF, CB, CC, CE, BB, BD, BE, AB, AD, AF, AH, AI, AL, AM, AQ, AR, AS, AT and
AV are held out, and so
are YA, YB and YC (the tenth batch, all three written to measure one session's end code):
for them the command prints only totals and results by domain, never a story's reports, and
``all`` means the training parts only."""

from __future__ import annotations

import importlib
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_domain_battery import _matches

from storyline.errors import InputError
from storyline.nlp.pipeline import analyze
from storyline.reconcile import reconcile
from storyline.reconcile.model import shown
from storyline.records import Article, Assignment, Story
from storyline.sources.formats import read_html

# Parts held out: scored for their totals only (see the module's docstring).
HELD_OUT = frozenset({"SB", "SD", "SF", "SH", "SJ", "SL", "SN", "SP", "SR", "SU", "SW",
                      "SY", "WB", "WD", "WF", "WH", "WJ", "WL", "WN", "WP", "WR", "WT",
                      "WU", "WV", "XC", "XD", "XF", "YA", "YB", "YC",
                      "ZA", "ZB", "ZD", "VB", "VC", "VD", "UC", "UD", "UF",
                      "TD", "TE", "TF", "RA", "RE", "RF",
                      "QA", "QD", "QF", "PC", "PE", "PF", "OA", "OB", "OF",
                      "NB", "NC", "NE", "MB", "MC", "ME", "LB", "LC", "LE",
                      "KB", "KD", "KF", "JA", "JB", "JE", "IB", "IE", "IF", "HC", "HD", "HE",
                      "GD", "GE", "GF", "FA", "FB", "FF", "EA", "EB", "ED",
                      "DD", "DE", "DF", "CB", "CC", "CE", "BB", "BD", "BE",
                      "AB", "AD", "AF", "AH", "AI", "AL",
                      "AM", "AQ", "AR", "AS", "AT", "AV"})
PARTS = ("SA", "SB", "SC", "SD", "SE", "SF", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN",
         "SO", "SP", "SQ", "SR", "ST", "SU", "SV", "SW", "SX", "SY",
         "WA", "WB", "WC", "WD", "WE", "WF", "WG", "WH", "WI", "WJ", "WK", "WL",
         "WM", "WN", "WO", "WP", "WQ", "WR", "WS", "WT", "WU", "WV", "WW", "WX",
         "XA", "XB", "XC", "XD", "XE", "XF", "YA", "YB", "YC",
         "ZA", "ZB", "ZC", "ZD", "ZE", "ZF", "VA", "VB", "VC", "VD", "VE", "VF",
         "UA", "UB", "UC", "UD", "UE", "UF", "TA", "TB", "TC", "TD", "TE", "TF",
         "RA", "RB", "RC", "RD", "RE", "RF", "QA", "QB", "QC", "QD", "QE", "QF",
         "PA", "PB", "PC", "PD", "PE", "PF", "OA", "OB", "OC", "OD", "OE", "OF",
         "NA", "NB", "NC", "ND", "NE", "NF", "MA", "MB", "MC", "MD", "ME", "MF",
         "LA", "LB", "LC", "LD", "LE", "LF", "KA", "KB", "KC", "KD", "KE", "KF",
         "JA", "JB", "JC", "JD", "JE", "JF", "IA", "IB", "IC", "ID", "IE", "IF",
         "HA", "HB", "HC", "HD", "HE", "HF", "GA", "GB", "GC", "GD", "GE", "GF",
         "FA", "FB", "FC", "FD", "FE", "FF", "EA", "EB", "EC", "ED", "EE", "EF",
         "DA", "DB", "DC", "DD", "DE", "DF",
         "CA", "CB", "CC", "CD", "CE", "CF", "BA", "BB", "BC", "BD", "BE", "BF",
         "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL",
         "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX")


def _stories(part: str) -> list[dict[str, Any]]:
    module = importlib.import_module(f"story_battery_{part.lower()}")
    return list(module.STORIES)


def story_articles(story: dict[str, Any]) -> tuple[list[Article], int]:
    """The story's articles (pages read as a user's would be) and the count of pages rejected."""
    articles, rejected = [], 0
    for n, art in enumerate(story["articles"]):
        if "html" in art:
            try:
                page = read_html(art["html"].encode("utf-8"), art["url"],
                                 date.fromisoformat(story["fetched"]), url=art["url"])
            except InputError:
                rejected += 1
                continue
            articles.append(replace(page, id=f"a{n}"))
        else:
            articles.append(Article(
                id=f"a{n}", text=art["text"], outlet=art["outlet"],
                title=f"{art['outlet']} report", published=art["published"],
                published_from="metadata" if art["published"] else "unknown"))
    return articles, rejected


def reconcile_story(story: dict[str, Any], articles: list[Article] | None = None) -> list[Any]:
    """The discrepancies of the story's articles reconciled as one story."""
    if articles is None:
        articles, _ = story_articles(story)
    items = [(a, analyze(a), Assignment(a.id, 1, 0.9)) for a in articles]
    return list(reconcile(Story(id=1, title=story["id"]), items).discrepancies)


def _values(discrepancy: Any) -> list[str]:
    return [_scored(str(v.value)) for v in discrepancy.values]


def _scored(value: str) -> str:
    """A value as the planted regexes read it: lower-cased, an en dash as a hyphen
    (Storyline writes a vote split "5–2", an author's regex may say "5-2"), a share also in
    words (Storyline writes "38.4%", an author's regex may say "38.4 per cent") and a whole
    number up to twenty also in words ("4 months" / "four months")."""
    value = value.lower().replace("\u2013", "-")
    if "%" in value:
        value += f" / {value.replace('%', ' per cent')} / {value.replace('%', ' percent')}"
    worded = _SMALL_NUMBER.sub(lambda m: _WORDS[int(m.group(0))], value)
    return value if worded == value else f"{value} / {worded}"


# Whole numbers an author may have written in words ("four months" for Storyline's "4
# months"): one to twenty, standing alone.
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty"]
_SMALL_NUMBER = re.compile(r"(?<![\d.,:–-])(?:1?\d|20)(?![\d.,:%–-])")


def _compact(discrepancy: Any) -> str:
    return f"{discrepancy.kind}[{' | '.join(str(v.value) for v in discrepancy.values)}]"


def score_story(story: dict[str, Any], found: list[Any]) -> dict[str, Any]:
    """Which planted disagreements were found and which reports matched none."""
    planted = story["planted"]
    hit = [any(_matches(_values(d), a, b) for d in found) for _, a, b in planted]
    unplanted = [d for d in found
                 if not any(_matches(_values(d), a, b) for _, a, b in planted)]
    return {"planted": len(planted), "found": sum(hit),
            "missed": [cls for (cls, _, _), h in zip(planted, hit, strict=True) if not h],
            "reports": len(found), "unplanted": unplanted}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    as_json = "--json" in argv
    every = "--all-candidates" in argv  # score every candidate, held back or not
    part = (args[0] if args else "SA").upper()
    if part not in {*PARTS, "ALL"}:
        print(f"bench_story_battery: unknown part {part!r} (use {', '.join(PARTS)} or all)",
              file=sys.stderr)
        return 2
    parts = [p for p in PARTS if p not in HELD_OUT] if part == "ALL" else [part]
    blind = part in HELD_OUT
    logging.disable(logging.WARNING)
    totals: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    by_domain: dict[str, Counter[str]] = defaultdict(Counter)
    for p in parts:
        for story in _stories(p):
            articles, rejected = story_articles(story)
            candidates = reconcile_story(story, articles)
            result = score_story(story, candidates if every else shown(candidates))
            held = score_story(story, [d for d in candidates if d.held_back and not every])
            wordings = sum(1 for d in result["unplanted"]
                           if d.kind == "quote" and d.about.endswith("'s words"))
            control = not story["planted"]
            row = {"stories": 1, "articles": len(story["articles"]),
                   "planted": result["planted"], "found": result["found"],
                   "reports": result["reports"], "unplanted": len(result["unplanted"]),
                   "unplanted_wordings": wordings,
                   "control_stories": int(control),
                   "control_reports": result["reports"] if control else 0,
                   "rejected_pages": rejected, "held_back": held["reports"],
                   "held_back_planted": held["reports"] - len(held["unplanted"])}
            totals.update(row)
            by_domain[story["domain"]].update(row)
            missed.update(result["missed"])
            if not as_json and not blind:
                print(f"{story['id']:<12} found {result['found']}/{result['planted']} "
                      f"reports {result['reports']} unplanted {len(result['unplanted'])}"
                      f"{'  missed: ' + ', '.join(result['missed']) if result['missed'] else ''}")
                for d in result["unplanted"]:
                    print(f"    unplanted {_compact(d)[:160]}")
    out: dict[str, Any] = {"part": part, "stories": 0, "articles": 0, "planted": 0, "found": 0,
                           "reports": 0, "unplanted": 0, "unplanted_wordings": 0,
                           "control_stories": 0,
                           "control_reports": 0, "rejected_pages": 0, "held_back": 0,
                           "held_back_planted": 0, **totals}
    out["precision_lower_bound"] = (round((out["reports"] - out["unplanted"]) / out["reports"], 3)
                                    if out["reports"] else None)
    out["precision_wordings_real"] = (
        round((out["reports"] - out["unplanted"] + out["unplanted_wordings"]) / out["reports"],
              3) if out["reports"] else None)
    if not blind:
        out["missed_by_class"] = dict(sorted(missed.items()))
    out["by_domain"] = {k: dict(v) for k, v in sorted(by_domain.items())}
    if as_json:
        print(json.dumps(out, indent=2))
    else:
        print(f"\npart {part}: found {out['found']}/{out['planted']} planted "
              f"in {out['stories']} stories ({out['articles']} articles); {out['reports']} "
              f"reports, {out['unplanted']} unplanted (precision ≥ "
              f"{out['precision_lower_bound']}; {out['unplanted_wordings']} of them a quote's "
              f"two wordings, precision {out['precision_wordings_real']} if those are real); "
              f"control stories' reports {out['control_reports']}; held back as possible "
              f"{out['held_back']} ({out['held_back_planted']} of them planted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
