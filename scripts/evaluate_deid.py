"""Print the de-identification detection-quality table on a seeded synthetic set.

Usage: python scripts/evaluate_deid.py [--set own|heldout|heldout2|heldout3|heldout4]
                                       [--n 2000] [--seed 7] [--bench N]

``--set heldout`` scores the independently written held-out set
(:mod:`pipelines.deid.evaluation.heldout`) instead of the project's own; ``--set heldout2``
the third one (:mod:`pipelines.deid.evaluation.heldout2`); ``--set heldout3`` the fourth
(:mod:`pipelines.deid.evaluation.heldout3`); ``--set heldout4`` the fifth
(:mod:`pipelines.deid.evaluation.heldout4`), kept for a final held-out figure.

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
    parser.add_argument(
        "--set",
        choices=("own", "heldout", "heldout2", "heldout3", "heldout4"),
        default="own",
        help="which labelled set: the project's own or one of the independent held-out ones",
    )
    args = parser.parse_args(argv)
    generator = None
    if args.set == "heldout":
        from pipelines.deid.evaluation.heldout import generate_heldout as generator
    elif args.set == "heldout2":
        from pipelines.deid.evaluation.heldout2 import generate_heldout2 as generator
    elif args.set == "heldout3":
        from pipelines.deid.evaluation.heldout3 import generate_heldout3 as generator
    elif args.set == "heldout4":
        from pipelines.deid.evaluation.heldout4 import generate_heldout4 as generator
    print(evaluate(n=args.n, seed=args.seed, generator=generator).table())
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
