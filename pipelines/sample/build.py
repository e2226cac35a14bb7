"""Write the sample agency's data: `data/idb.sqlite` and `data/factory-registry.csv` (Big5).

Both files are written to a temporary name in the same folder and moved into place with
`os.replace`, so a reader never sees a half-written database or CSV, and a failed build leaves
the previous files untouched.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
import sqlite3
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.sample import tables

DEFAULT_SEED = 20240501
# Rows per table at scale 1.0.
DEFAULT_ROWS: dict[str, int] = {
    "service_applications": 3000,
    "petitions": 1200,
    "survey_responses": 2000,
    "factory_registry": 2500,
}
DATABASE_NAME = "idb.sqlite"
FACTORY_CSV_NAME = "factory-registry.csv"
FACTORY_ENCODING = "cp950"

_SCHEMA: dict[str, str] = {
    "staff": """
        staff_id TEXT PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL, title TEXT NOT NULL,
        office_phone TEXT, email TEXT, onboard_date TEXT""",
    "service_applications": """
        case_no TEXT PRIMARY KEY, service_item TEXT NOT NULL, applicant_name TEXT NOT NULL,
        national_id TEXT NOT NULL, phone TEXT, email TEXT, address TEXT, company_name TEXT,
        company_ban TEXT, received_date TEXT NOT NULL, closed_date TEXT,
        processing_days INTEGER, statutory_days INTEGER NOT NULL, status TEXT NOT NULL,
        handler TEXT NOT NULL, note TEXT""",
    "petitions": """
        petition_no TEXT PRIMARY KEY, channel TEXT NOT NULL, category TEXT NOT NULL,
        petitioner_name TEXT, petitioner_phone TEXT, content TEXT NOT NULL, reply TEXT,
        received_date TEXT NOT NULL, replied_date TEXT, status TEXT NOT NULL""",
    "survey_responses": """
        response_id TEXT PRIMARY KEY, survey_date TEXT NOT NULL, age INTEGER, gender TEXT,
        district TEXT, channel TEXT, score_overall INTEGER, score_speed INTEGER,
        score_attitude INTEGER, comment TEXT""",
}


@dataclass(frozen=True)
class SampleSummary:
    """What a build wrote: rows per table (the CSV counts as `factory_registry`) and the files."""

    rows: dict[str, int]
    database: Path
    factory_csv: Path
    seed: int
    scale: float
    seconds: float = field(default=0.0, compare=False)

    @property
    def paths(self) -> list[Path]:
        return [self.database, self.factory_csv]


def row_counts(scale: float) -> dict[str, int]:
    """Rows per table at `scale` (at least one row each, so tiny scales still make every table)."""
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    return {name: max(1, round(rows * scale)) for name, rows in DEFAULT_ROWS.items()}


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary path next to `target` that replaces it on success and is removed on failure."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _insert(
    db: sqlite3.Connection, table: str, columns: tuple[str, ...], chunks: Iterable[list[tables.Row]]
) -> int:
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
    count = 0
    for chunk in chunks:
        db.executemany(sql, chunk)
        count += len(chunk)
    return count


def write_database(
    path: Path, seed: int, counts: dict[str, int], mapper: tables.Mapper = map
) -> dict[str, int]:
    """Create `path` afresh with the staff, service_applications, petitions and survey tables."""
    written: dict[str, int] = {}
    with _replacing(path) as temporary:
        db = sqlite3.connect(temporary)
        try:
            # a scratch file until os.replace: durability settings would only cost time
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            for table, columns in _SCHEMA.items():
                db.execute(f"CREATE TABLE {table} ({columns})")
            staff = tables.staff_rows(seed)
            written["staff"] = _insert(db, "staff", tables.STAFF_COLUMNS, [staff.rows])
            written["service_applications"] = _insert(
                db,
                "service_applications",
                tables.SERVICE_COLUMNS,
                tables.service_application_chunks(
                    seed, counts["service_applications"], staff, mapper
                ),
            )
            written["petitions"] = _insert(
                db,
                "petitions",
                tables.PETITION_COLUMNS,
                tables.petition_chunks(seed, counts["petitions"], mapper),
            )
            written["survey_responses"] = _insert(
                db,
                "survey_responses",
                tables.SURVEY_COLUMNS,
                tables.survey_chunks(seed, counts["survey_responses"], staff, mapper),
            )
            db.commit()
        finally:
            db.close()
    return written


def write_factory_csv(path: Path, seed: int, rows: int, mapper: tables.Mapper = map) -> int:
    """The factory register as agencies publish it: Big5 (cp950), Chinese headers, CRLF.

    Encoding is strict: a character outside Big5 is a generator bug and fails the build rather
    than being silently replaced.
    """
    count = 0
    with _replacing(path) as temporary, temporary.open("wb") as out:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(tables.FACTORY_HEADERS)
        for chunk in tables.factory_chunks(seed, rows, mapper):
            writer.writerows(chunk)
            count += len(chunk)
            out.write(buffer.getvalue().encode(FACTORY_ENCODING))
            buffer.seek(0)
            buffer.truncate()
        out.write(buffer.getvalue().encode(FACTORY_ENCODING))
    return count


def _ordered_parallel_map(executor: Executor, window: int) -> tables.Mapper:
    """`map` over an executor: results in task order, at most `window` chunks in flight (so
    memory stays bounded however many rows are asked for)."""

    def mapper(
        function: Callable[[tables.Task], list[tables.Row]], tasks: Iterable[tables.Task]
    ) -> Iterator[list[tables.Row]]:
        pending: deque[Future[list[tables.Row]]] = deque()
        for task in tasks:
            pending.append(executor.submit(function, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    return mapper


@contextmanager
def _mapper(workers: int) -> Iterator[tables.Mapper]:
    if workers <= 1:
        yield map
        return
    # spawn, not fork: the caller may be a threaded process (Dagster, a web server)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as executor:
        yield _ordered_parallel_map(executor, window=2 * workers)


def build_sample(
    project_dir: Path,
    *,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    workers: int = 1,
) -> SampleSummary:
    """Generate the sample agency's data under `project_dir/data/`.

    Same seed and scale give identical table contents and a byte-identical CSV, whatever the
    number of `workers` (every chunk has its own random streams). With `workers` > 1, chunks
    are generated in spawned worker processes while this process writes them; like any
    spawn-based pool, that needs the calling script to guard its entry point with
    `if __name__ == "__main__":`. One process already makes a million cases in about 25 s.
    """
    started = time.perf_counter()
    counts = row_counts(scale)
    data_dir = Path(project_dir) / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / DATABASE_NAME
    factory_csv = data_dir / FACTORY_CSV_NAME
    with _mapper(workers) as mapper:
        rows = write_database(database, seed, counts, mapper)
        rows["factory_registry"] = write_factory_csv(
            factory_csv, seed, counts["factory_registry"], mapper
        )
    return SampleSummary(
        rows=rows,
        database=database,
        factory_csv=factory_csv,
        seed=seed,
        scale=scale,
        seconds=time.perf_counter() - started,
    )
