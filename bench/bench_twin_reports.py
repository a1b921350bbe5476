"""False disagreements of a wrong merge (issue 11, precision): each ECB+ train/dev topic's
two events (``Necb``, ``Necbplus``: similar, different) reconciled as one story; reports
whose values come from the two events are false by construction.

    nice .venv/bin/python bench/bench_twin_reports.py [--data-dir ../shared/data] [--show]

Prints JSON: all reports, cross-event reports and their kinds (``--show`` lists them).
See ``storyline/evaluate/discrepancies_twins.py``; the figures are in docs/benchmarks.md.
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
    parser.add_argument("--show", action="store_true", help="list the cross-event reports")
    args = parser.parse_args()
    if not (args.data_dir / "ecbplus").is_dir():
        raise SystemExit(f"{args.data_dir}: no ecbplus folder (set --data-dir)")
    from storyline.evaluate.discrepancies_twins import twin_reports

    print(json.dumps(twin_reports(args.data_dir, show=args.show), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
