"""Fit the confidence model (``storyline/reconcile/confidence.py``) and score it.

    nice .venv/bin/python bench/train_confidence.py [--refresh] [--write] [--jobs N]

Training data is what a fresh page does to the readings: each story-battery training part
is run under the code of the commit *before* the one that added it (a git worktree per
commit, in ``.cache/confidence/``), so its reports carry the errors that part brought before
any rule was written for it; a report matching a planted disagreement is labelled real,
any other false (a lower bound: an author may have let a real one slip in). A quote's two
wordings are left out (not judged). Held-out parts are never run.

Prints the leave-one-batch-out score (AUC; real and false reports kept at each threshold:
the model for a batch is fitted without any part of that batch) and, with ``--write``, fits
on everything and writes ``storyline/reconcile/confidence_model.json``. ``--refresh`` runs
the parts again instead of reading the cached reports (about 5 minutes on 2 cores).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from bench_story_battery import HELD_OUT, PARTS  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

from storyline.reconcile.confidence import MODEL_PATH, StoryContext, features  # noqa: E402
from storyline.reconcile.model import Discrepancy  # noqa: E402
from storyline.reconcile.quotes import is_wording  # noqa: E402

CACHE = REPO / ".cache" / "confidence"
C = 0.3  # inverse L2 strength: 0.1-1.0 scored alike leave-one-batch-out; the middle kept
MIN_RULE_ROWS = 10  # a reading with fewer training reports gets no weight of its own
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def _code_before(part: str) -> str:
    """The commit before the one that added the part's stories."""
    added = _git("log", "--diff-filter=A", "--format=%H", "--",
                 f"bench/story_battery_{part.lower()}.py").splitlines()
    if not added:
        raise SystemExit(f"train_confidence: part {part} is not committed")
    return _git("rev-parse", f"{added[-1]}^")


def _tree(commit: str) -> Path:
    """A checkout of the commit (made once; parts of one batch share it)."""
    tree = CACHE / "code" / commit[:12]
    if not tree.exists():
        _git("worktree", "add", "--detach", "-f", str(tree), commit)
    return tree


def _reports(part: str, refresh: bool) -> list[dict[str, Any]]:
    out = CACHE / f"{part}.jsonl"
    if refresh or not out.exists():
        tree = _tree(_code_before(part))
        run = subprocess.run([sys.executable, str(HERE / "confidence_reports.py"), part],
                             env={"STORYLINE_ROOT": str(tree), "PATH": "/usr/bin:/bin",
                                  "HOME": str(Path.home())},
                             capture_output=True, text=True)
        if run.returncode:
            raise SystemExit(f"train_confidence: part {part}: {run.stderr.strip()[-400:]}")
        out.write_text(run.stdout, encoding="utf-8")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _rows(records: list[dict[str, Any]]) -> tuple[list[Discrepancy], list[dict[str, float]],
                                                  np.ndarray, np.ndarray]:
    reports, feats, labels, batches = [], [], [], []
    for r in records:
        d = Discrepancy.from_dict(r["report"])
        if is_wording(d):
            continue
        story = StoryContext(published=r["published"], reports=r["reports"],
                             articles=r["articles"])
        reports.append(d)
        feats.append(features(d, story))
        labels.append(r["label"])
        batches.append(r["part"][0])
    return reports, feats, np.array(labels), np.array(batches)


def _matrix(reports: list[Discrepancy], feats: list[dict[str, float]],
            names: list[str]) -> np.ndarray:
    from storyline.reconcile.confidence import inputs
    return np.array([inputs(d, f, names) for d, f in zip(reports, feats, strict=True)])


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=5000).fit((x - means) / scales, y)
    return means, scales, model


def main(argv: list[str]) -> int:
    refresh, write = "--refresh" in argv, "--write" in argv
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    CACHE.mkdir(parents=True, exist_ok=True)
    parts = [p for p in PARTS if p not in HELD_OUT]
    for part in parts:  # checkouts first, one at a time: git locks its worktree list
        if refresh or not (CACHE / f"{part}.jsonl").exists():
            _tree(_code_before(part))
    with ThreadPoolExecutor(jobs) as pool:
        records = [r for rs in pool.map(lambda p: _reports(p, refresh), parts) for r in rs]
    reports, feats, y, batches = _rows(records)
    rules = Counter(d.rule for d in reports)
    names = [*sorted(feats[0]), *(f"kind={k}" for k in sorted({d.kind for d in reports})),
             *(f"rule={r}" for r, n in sorted(rules.items()) if n >= MIN_RULE_ROWS and r)]
    x = _matrix(reports, feats, names)
    held = np.zeros(len(y))
    for batch in sorted(set(batches)):
        test = batches == batch
        means, scales, model = _fit(x[~test], y[~test])
        held[test] = model.predict_proba((x[test] - means) / scales)[:, 1]
    auc = roc_auc_score(y, held)
    print(f"{len(parts)} training parts, {len(y)} reports judged ({int(y.sum())} real, "
          f"{int(len(y) - y.sum())} false), {len(set(batches))} batches")
    print(f"leave-one-batch-out AUC {auc:.3f}")
    kept = {}
    for t in THRESHOLDS:
        keep = held >= t
        real, false = int(y[keep].sum()), int((1 - y[keep]).sum())
        kept[str(t)] = {"real": real, "false": false}
        print(f"  threshold {t}: real kept {real}/{int(y.sum())}, false kept "
              f"{false}/{int(len(y) - y.sum())}, precision {real / max(real + false, 1):.3f} "
              f"(all: {y.mean():.3f})")
    if write:
        means, scales, model = _fit(x, y)
        MODEL_PATH.write_text(json.dumps({
            "about": "bench/train_confidence.py --write: logistic regression over "
                     "standardised inputs; see storyline/reconcile/confidence.py",
            "reports": len(y), "real": int(y.sum()), "leave_one_batch_out_auc": round(auc, 4),
            "kept_leave_one_batch_out": kept,
            "inputs": names, "means": [round(float(m), 6) for m in means],
            "scales": [round(float(s), 6) for s in scales],
            "weights": [round(float(w), 6) for w in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6)}, indent=1) + "\n",
            encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
