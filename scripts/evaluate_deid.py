"""Print the de-identification detection-quality table on a seeded synthetic set.

Usage: python scripts/evaluate_deid.py [--n 2000] [--seed 7] [--bench N]

``--bench N`` also times TextScanner.redact_many on N notes against per-cell Presidio.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.deid.evaluation import evaluate


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of samples")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument(
        "--bench", type=int, default=0, metavar="N", help="also measure throughput on N notes"
    )
    args = parser.parse_args(argv)
    print(evaluate(n=args.n, seed=args.seed).table())
    if args.bench:
        from pipelines.deid.evaluation.benchmark import measure

        for t in measure(n=args.bench, seed=args.seed):
            print(
                f"{t.column:>9}: redact_many {t.scanner_rate:,.0f} cells/s ({t.scanner_cells})"
                f" | presidio per cell {t.presidio_rate:,.0f} cells/s ({t.presidio_cells})"
                f" | {t.speedup:.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
