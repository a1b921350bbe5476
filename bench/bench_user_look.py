"""A user's look at real coverage (issue 11): ingest real ECB+ train documents and one PolNeAR
train day, brief every story, and count what a reader sees as wrong.

    nice .venv/bin/python bench/bench_user_look.py [--data-dir ../shared/data] [--work /tmp/ul]

The corpus is written to ``--work`` (never into the repository): four ECB+ train subtopics
(3ecb, 3ecbplus, 8ecbplus, 30ecb; no test topic) as JSONL without dates, the outlet taken from
the document's URL or, without one, one "wireN" outlet per document; and PolNeAR's train
articles of 2016-06-09 as .txt with Title/Outlet headers, every other one with its date.
Counted over every story's JSON brief (`storyline brief N --format json`):

- org_dangling: an organisation whose name ends in a preposition, conjunction or article;
- one_word_people: one-word "people" (printed, to be read: "Greeks", "Euros" are defects,
  a surname is not);
- credit_detail: a one-outlet detail that is the name after a sentence's last comma;
- bad_plural: a figure shown with a wrong plural ("3 lifes", "6 foots", "13 inchs");
- pronoun_speaker: a quote headed by a relative or possessive pronoun ("who", "his");
- title_as_sentence: a key point or one-outlet claim that is an article's title.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

SUBTOPICS = ["3ecb", "3ecbplus", "8ecbplus", "30ecb"]
POLNEAR_DAY = "2016-06-09"
_PRONOUNS = {"who", "whom", "whose", "which", "that", "his", "her", "its", "their"}


def build_corpus(data_dir: Path, out: Path) -> int:
    from storyline.evaluate.clustering import load_ecbplus_subtopic

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out / "ecb.jsonl", "w") as fh:
        for sub in SUBTOPICS:
            for a in load_ecbplus_subtopic(data_dir, sub):
                lines = a.text.split("\n")
                title = lines[0] if len(lines[0]) < 140 else None
                wire = "wire" + (a.external_id or "0_0").split("_")[1].split("e")[0]
                rec = {"id": a.external_id, "url": a.url, "outlet": None if a.url else wire,
                       "title": title, "text": "\n".join(lines[1:]) if title else a.text}
                fh.write(json.dumps(rec) + "\n")
                n += 1
    pol = data_dir / "polnear"
    with open(pol / "metadata.tsv") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")
                if r["compartment"] == "train" and r["publication_date"] == POLNEAR_DAY]
    for k, r in enumerate(rows):
        text = (pol / "train" / "text" / (r["filename"] + ".txt")).read_text()
        head = f"Title: {r['title']}\nOutlet: {r['publisher']}\n"
        if k % 2 == 0:
            head += f"Published: {r['publication_date']}\n"
        (out / f"pol_{k}.txt").write_text(head + "\n" + text)
        n += 1
    return n


def count(db: Path, code: str) -> tuple[dict[str, int], dict[str, list[str]]]:
    env = {**os.environ, "PYTHONPATH": code}

    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), *args],
                              capture_output=True, text=True, env=env, cwd="/tmp",
                              check=True).stdout

    c = dict.fromkeys(["stories", "people", "quotes", "single_source", "org_dangling",
                       "one_word_people", "credit_detail", "bad_plural", "pronoun_speaker",
                       "title_as_sentence"], 0)
    ex: dict[str, list[str]] = {k: [] for k in c}

    def hit(key: str, what: str) -> None:
        c[key] += 1
        ex[key].append(what)

    for s in json.loads(run("stories", "--json")):
        c["stories"] += 1
        b = json.loads(run("brief", str(s["id"]), "--format", "json"))
        titles = {re.sub(r"\W+", " ", a.get("title") or "").strip().lower()
                  for a in s["articles"]}
        for p in b["people"]:
            c["people"] += 1
            if p["kind"] == "org" and re.search(r"\b(of|and|the|for|in|to|at|by)$", p["name"]):
                hit("org_dangling", p["name"])
            if p["kind"] == "person" and " " not in p["name"]:
                hit("one_word_people", p["name"])
        for q in b["quotes"]:
            c["quotes"] += 1
            if (q["speaker"] or "").lower().replace("’", "'").split("'")[0] in _PRONOUNS:
                hit("pronoun_speaker", q["speaker"])
        for f in b["figures"]:
            if re.search(r"\b(\w+fes|foots|lifes|\w+[^aeiou\W]ys|\w+(ch|sh|x)s|\w+eds)\b",
                         f["display"]):
                hit("bad_plural", f["display"])
        for x in b["single_source"]:
            c["single_source"] += 1
            sentence = x["citations"][0]["sentence"] if x["citations"] else ""
            for d in x["detail"]:
                if re.search(r",\s*" + re.escape(d) + r"[.\s”\"']*$", sentence):
                    hit("credit_detail", d)
        for kp in b["key_points"] + b["single_source"]:
            if re.sub(r"\W+", " ", kp["text"]).strip().lower() in titles:
                hit("title_as_sentence", kp["text"][:60])
    return c, ex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/user_look"))
    ap.add_argument("--code", default=str(Path(__file__).resolve().parents[1]),
                    help="folder holding the storyline package to measure (e.g. a git archive)")
    args = ap.parse_args()
    data_dir = args.data_dir.resolve()
    if not (data_dir / "ecbplus").is_dir() or not (data_dir / "polnear").is_dir():
        sys.exit(f"{data_dir}: ecbplus/ and polnear/ not found; pass --data-dir")
    corpus, db = args.work / "corpus", args.work / "look.db"
    for p in [db, *db.parent.glob(db.name + "-*")]:
        p.unlink(missing_ok=True)
    n = build_corpus(data_dir, corpus)
    env = {**os.environ, "PYTHONPATH": args.code}
    subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "ingest", str(corpus)],
                   check=True, env=env, cwd="/tmp", capture_output=True)
    counts, examples = count(db, args.code)
    print(json.dumps({"articles": n, "code": args.code, "counts": counts,
                      "examples": {k: v[:20] for k, v in examples.items() if v}}, indent=1))


if __name__ == "__main__":
    main()
