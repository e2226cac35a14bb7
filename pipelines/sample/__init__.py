"""The embedded sample agency: a fictional 經濟部工業局 (IDB) and its seeded, generated records.

`build_sample(project_dir)` writes `data/idb.sqlite` and `data/factory-registry.csv` (Big5);
the specs under `assets/` describe them. The word lists (`vocab`), fake identifiers and contact
data (`fake`) and annotated free text (`text`) are reusable by tests and evaluations.
"""

from pipelines.sample.build import (
    DATABASE_NAME,
    DEFAULT_ROWS,
    DEFAULT_SEED,
    FACTORY_CSV_NAME,
    SampleSummary,
    build_sample,
    row_counts,
)

__all__ = [
    "DATABASE_NAME",
    "DEFAULT_ROWS",
    "DEFAULT_SEED",
    "FACTORY_CSV_NAME",
    "SampleSummary",
    "build_sample",
    "row_counts",
]
