"""False figure reports of a wrong merge of dated news (issue 11, precision): MEANTIME's
Wikinews articles of one company or market, date-sorted, reconciled N at a time as one
story; every figure report sets two articles' events against each other.

    nice .venv/bin/python bench/bench_meantime_reports.py [--data-dir ../shared/data]
        [--window 5] [--show]

Prints JSON. See ``storyline/evaluate/discrepancies_meantime.py``; the figures are in
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path,
                        default=Path(os.environ.get("STORYLINE_DATA_DIR", "../shared/data")))
    parser.add_argument("--window", type=int, default=5, help="articles per merged story")
    parser.add_argument("--show", action="store_true", help="list the figure reports")
    args = parser.parse_args()
    if not (args.data_dir / "meantime-en").is_dir():
        raise SystemExit(f"{args.data_dir}: no meantime-en folder (set --data-dir)")
    from storyline.errors import StorylineError
    from storyline.evaluate.discrepancies_meantime import meantime_reports

    try:
        result = meantime_reports(args.data_dir, window=args.window, show=args.show)
    except StorylineError as exc:
        raise SystemExit(str(exc)) from None
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
