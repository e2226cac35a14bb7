"""Print the de-identification detection-quality table on seeded labelled synthetic sets.

Usage: python scripts/evaluate_deid.py [--set own|heldout|...|heldout15|all]
                                       [--n 2000] [--seed S] [--bench N]

Sixteen sets, each written by a different author (pipelines/deid/evaluation/):

* ``own`` (generator.py): the project's own, which the recognizers were developed against;
* ``heldout``, ``heldout2``, ``heldout3``, ``heldout4``: written later by authors who did not
  read the recognizers. Each was scored once as it came (the "first measurement" figures in
  docs/deidentification.md), then the recognizers were improved from the categories of its
  misses (for heldout4, the last, only its phone and e-mail shapes and one word). So only the
  first measurement of each is a held-out figure; later ones show that the fixes held;
* ``heldout5`` … ``heldout15``: further sets by authors who did not read the recognizers.
  From ``heldout7`` on, each was scored once when it came, after the round of name rules
  written from the previous set's misses; then its own misses were fixed as general rules
  (docs/deidentification.md has every first measurement).

``--set all`` prints every set with its own default seed (as ``--seed`` does not); ``--bench N``
also times TextScanner.redact_many on N notes against per-cell Presidio.
"""

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.deid.evaluation import evaluate

# The seed each set was first measured with.
SEEDS = {
    "own": 7,
    "heldout": 11,
    "heldout2": 23,
    "heldout3": 31,
    "heldout4": 41,
    "heldout5": 53,
    "heldout6": 67,
    "heldout7": 79,
    "heldout8": 97,
    "heldout9": 101,
    "heldout10": 113,
    "heldout11": 127,
    "heldout12": 131,
    "heldout13": 137,
    "heldout14": 139,
    "heldout15": 149,
    "heldout16": 151,
    "heldout17": 157,
    "heldout18": 163,
    "heldout19": 167,
    "heldout20": 173,
    "heldout21": 179,
    "heldout22": 181,
    "heldout23": 191,
    "heldout24": 193,
    "heldout25": 197,
    "heldout26": 199,
    "heldout27": 211,
    "heldout28": 223,
    "heldout29": 227,
    "heldout30": 229,
    "heldout31": 233,
    "heldout32": 239,
    "heldout33": 241,
    "heldout34": 251,
    "heldout35": 257,
    "heldout36": 263,
    "heldout37": 269,
    "heldout38": 271,
    "heldout39": 277,
    "heldout40": 281,
    "heldout41": 283,
    "heldout42": 293,
    "heldout43": 307,
    "heldout44": 311,
    "heldout45": 313,
    "heldout46": 317,
    "heldout47": 331,
    "heldout48": 337,
    "heldout49": 347,
    "heldout50": 353,
    "heldout51": 359,
    "heldout52": 367,
    "heldout53": 373,
    "heldout54": 379,
    "heldout55": 383,
    "heldout56": 389,
    "heldout57": 397,
    "heldout58": 401,
    "heldout59": 409,
    "heldout60": 419,
    "heldout61": 421,
    "heldout62": 431,
    "heldout63": 433,
    "heldout64": 439,
    "heldout65": 443,
    "heldout66": 449,
    "heldout67": 457,
    "heldout68": 461,
}


def generator_of(name: str) -> Callable[..., Any] | None:
    """The sample generator of a set (None: the project's own, evaluate's default). Each
    held-out set is the module pipelines/deid/evaluation/<name>.py with generate_<name>."""
    if name == "own":
        return None
    module = importlib.import_module(f"pipelines.deid.evaluation.{name}")
    return getattr(module, f"generate_{name}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table(s)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of samples")
    parser.add_argument("--seed", type=int, help="random seed (default: the set's own)")
    parser.add_argument(
        "--bench", type=int, default=0, metavar="N", help="also measure throughput on N notes"
    )
    parser.add_argument(
        "--set",
        choices=(*SEEDS, "all"),
        default="own",
        help="which labelled set: the project's own, one of the held-out ones, or all",
    )
    args = parser.parse_args(argv)
    names = list(SEEDS) if args.set == "all" else [args.set]
    for name in names:
        seed = args.seed if args.seed is not None and args.set != "all" else SEEDS[name]
        if len(names) > 1:
            print(f"\n== {name} (n={args.n}, seed={seed})")
        print(evaluate(n=args.n, seed=seed, generator=generator_of(name)).table())
    if args.bench:
        from pipelines.deid.evaluation.benchmark import measure

        for t in measure(n=args.bench, seed=args.seed if args.seed is not None else 7):
            print(
                f"{t.column:>9}: redact_many {t.scanner_rate:,.0f} cells/s ({t.scanner_cells})"
                f" | presidio per cell {t.presidio_rate:,.0f} cells/s ({t.presidio_cells})"
                f" | {t.speedup:.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
