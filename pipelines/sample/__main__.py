"""`python -m pipelines.sample [--scale S] [--seed N] [--workers W] [PROJECT_DIR]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipelines.sample.build import DEFAULT_SEED, build_sample


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipelines.sample", description=__doc__)
    parser.add_argument("project_dir", nargs="?", default=".", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, default=1, help="generator processes (default 1)")
    args = parser.parse_args(argv)
    summary = build_sample(args.project_dir, scale=args.scale, seed=args.seed, workers=args.workers)
    for table, rows in summary.rows.items():
        print(f"{table}: {rows} rows")
    for path in summary.paths:
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    print(f"{summary.seconds:.1f} s")


if __name__ == "__main__":
    main()
