"""Benchmark the de-identification engine on rows shaped like the service-applications dataset.

    .venv/bin/python scripts/benchmark_deid.py [--rows 200000] [--runs 3] [--partition-rows 25000]

Generates the rows with the sample agency's generator (pipelines/sample), writes them to one
Parquet file and, split into files of --partition-rows rows, to a folder (a partitioned table:
each file a partition, as the pipeline's monthly partitions are), then reports medians over
--runs runs of:

* rows/s of `deidentify_file` (Parquet in, Parquet out, the real spec and text scanner), on the
  single file and on the folder;
* their ratio to reading and writing the single file with pyarrow alone (target: within 10x);
* the speed-up over Presidio's `AnalyzerEngine.analyze` called cell by cell (target: at least
  50x), two ways, both measured on a sample and extrapolated: over every cell of the table (the
  naive approach the issue describes: "3,500 cells/s ... a million-row table takes an hour"),
  and over the free-text note column alone (the one column that needs a text scanner at all);
* peak resident memory of each measured run (each runs in a fresh child process, so the
  number is the run's own, not the generator's), and that of the helper processes forked to
  use the second core; for the folder, also of a run over its first quarter of the files, to
  show whether peak memory grows with N when the table is partitioned (target: it does not);
* how much of the single-file run is spent inside the text scanner (pipelines/deid/scan.py:
  building it, redacting, and the leak guard's re-scan), and the one-off import time (presidio,
  spaCy, and pandas, which pyarrow imports lazily on its first string conversion), which is
  excluded from the timings as pyarrow's lazy imports are from the round trip. Only this
  process's scanner calls are timed, not those of forked helpers.
* the first run's time with an empty compiled-pattern cache (pipelines/deid/regex_cache.py):
  the benchmark keeps the cache in its own temporary folder, runs once to fill it (as a
  machine's first run does), and then measures the runs above, which load the patterns.

Nothing personal is printed: the data is synthetic, and only timings and counts are shown.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

SPEC = ROOT / "assets" / "service-applications.yaml"
KEY = "benchmark-only-key"


def generate(rows: int, path: Path, seed: int = 20261127) -> None:
    """Write `rows` synthetic service applications to one Parquet file."""
    from pipelines.sample import tables

    staff = tables.staff_rows(seed)
    chunks = tables.service_application_chunks(seed, rows, staff)
    writer: pq.ParquetWriter | None = None
    for chunk in chunks:
        columns = list(zip(*chunk, strict=True))
        table = pa.table(
            {
                name: pa.array(list(values))
                for name, values in zip(tables.SERVICE_COLUMNS, columns, strict=True)
            }
        )
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table.cast(writer.schema))
    assert writer is not None
    writer.close()


def split(source: Path, folder: Path, rows: int) -> list[Path]:
    """Copy `source` into files of `rows` rows each under `folder` (its partitions)."""
    folder.mkdir()
    table = pq.read_table(source)
    paths = []
    for number, start in enumerate(range(0, table.num_rows, rows)):
        path = folder / f"part-{number:04d}.parquet"
        pq.write_table(table.slice(start, rows), path)
        paths.append(path)
    return paths


def _roundtrip(source: str, out: str) -> float:
    pq.write_table(pa.table({"x": [1]}), out)  # warm-up: pyarrow's lazy imports
    pq.read_table(out)
    start = time.perf_counter()
    pq.write_table(pq.read_table(source), out)
    return time.perf_counter() - start


def _timed(owner: type, name: str, totals: dict[str, float]) -> None:
    """Wrap owner.name to add its wall time to totals[name]."""
    original = getattr(owner, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            totals[name] = totals.get(name, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def _deidentify(source: str, out: str) -> tuple[float, dict[str, object]]:
    start = time.perf_counter()
    import pandas  # noqa: F401 (pyarrow imports it on its first string-to-numpy conversion)

    from pipelines.deid import regex_cache, scan
    from pipelines.deid.engine import deidentify_file

    imports = time.perf_counter() - start
    scanner_seconds: dict[str, float] = {}
    for name in ("__init__", "redact_many", "count_high_confidence"):
        _timed(scan.TextScanner, name, scanner_seconds)
    pq.read_table(source, columns=[])  # warm-up, as for the round trip

    start = time.perf_counter()
    report = deidentify_file(Path(source), SPEC, Path(out), key=KEY)
    elapsed = time.perf_counter() - start
    summary = {
        "blocked": report.blocked,
        "rows_out": report.rows_out,
        "entities_removed": report.entities_removed,
        "records_suppressed": report.records_suppressed,
        "leak_guard_passed": report.leak_guard.passed,
        "import_seconds": round(imports, 2),
        # The scanner forks one helper for large columns (second core); its peak RSS counts
        # the pages it shares copy-on-write with this process too, so it overstates.
        "helper_peak_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
        "text_scanner_seconds": {k: round(v, 2) for k, v in scanner_seconds.items()},
        "patterns": dict(regex_cache.counts),  # compiled here, or loaded from the cache
    }
    return elapsed, summary


def _child(target: str, source: str, out: str, queue: mp.Queue) -> None:
    result = _roundtrip(source, out) if target == "roundtrip" else _deidentify(source, out)
    queue.put((result, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def in_child(target: str, source: Path, out: Path) -> tuple[object, int]:
    """Run one measurement in a fresh process; its result and peak RSS in KiB."""
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(target, str(source), str(out), queue))
    process.start()
    result, peak = queue.get()
    process.join()
    if process.exitcode:
        raise SystemExit(f"{target} run failed with exit code {process.exitcode}")
    return result, peak


def presidio_seconds_per_cell(source: Path, sample: int) -> float:
    """Mean time of Presidio's analyze on `sample` note cells (after one warm-up call)."""
    from pipelines.deid.scan import build_analyzer

    notes = [n for n in pq.read_table(source, columns=["note"]).column(0).to_pylist() if n]
    step = max(1, len(notes) // sample)
    cells = notes[::step][:sample]
    analyzer = build_analyzer()
    analyzer.analyze(text=cells[0], language="zh")
    start = time.perf_counter()
    for cell in cells:
        analyzer.analyze(text=cell, language="zh")
    return (time.perf_counter() - start) / len(cells)


def presidio_seconds_per_row(source: Path, sample: int) -> float:
    """Mean time of Presidio's analyze on every non-empty cell of `sample` whole rows."""
    from pipelines.deid.scan import build_analyzer

    table = pq.read_table(source)
    step = max(1, table.num_rows // sample)
    rows = table.take(list(range(0, table.num_rows, step))[:sample]).to_pylist()
    analyzer = build_analyzer()
    analyzer.analyze(text="暖身", language="zh")
    start = time.perf_counter()
    for row in rows:
        for value in row.values():
            if value not in (None, ""):
                analyzer.analyze(text=str(value), language="zh")
    return (time.perf_counter() - start) / len(rows)


def mb(kib: int) -> float:
    return round(kib / 1024, 1)


def _median_runs(
    target: str, source: Path, out: Path, runs: int
) -> tuple[list[float], int, dict[str, object]]:
    """Seconds of each run, the highest peak RSS (KiB), the last run's summary."""
    seconds, peaks, summary = [], [], {}
    for _ in range(runs):
        result, peak = in_child(target, source, out)
        if target == "roundtrip":
            seconds.append(float(result))  # type: ignore[arg-type]
        else:
            elapsed, summary = result  # type: ignore[misc]
            seconds.append(elapsed)
        peaks.append(peak)
    return seconds, max(peaks), summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partition-rows", type=int, default=25_000)
    parser.add_argument("--presidio-sample", type=int, default=500)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="deid-bench-") as tmp:
        work = Path(tmp)
        source = work / "service-applications.parquet"
        start = time.perf_counter()
        generate(args.rows, source)
        parts = split(source, work / "partitions", args.partition_rows)
        quarter = work / "first-quarter"
        quarter.mkdir()
        for path in parts[: max(1, len(parts) // 4)]:
            (quarter / path.name).symlink_to(path)
        print(
            f"generated {args.rows} rows in {time.perf_counter() - start:.1f} s "
            f"({source.stat().st_size / 1e6:.1f} MB Parquet; {len(parts)} partitions of "
            f"{args.partition_rows} rows)"
        )

        # The compiled-pattern cache in this temporary folder (the children inherit the
        # setting): the first run fills it, as a machine's first run does.
        os.environ["OPENDATA_CACHE_DIR"] = str(work / "pattern-cache")
        (cold, cold_summary), _ = in_child("deid", source, work / "out.parquet")  # type: ignore[misc]
        roundtrips, roundtrip_peak, _ = _median_runs(
            "roundtrip", source, work / "copy.parquet", args.runs
        )
        deids, deid_peak, summary = _median_runs("deid", source, work / "out.parquet", args.runs)
        parted, parted_peak, parted_summary = _median_runs(
            "deid", work / "partitions", work / "out-parted.parquet", args.runs
        )
        (_, quarter_summary), quarter_peak = in_child("deid", quarter, work / "out-quarter.parquet")  # type: ignore[misc]
        quarter_rows = quarter_summary["rows_out"]
        per_cell = presidio_seconds_per_cell(source, args.presidio_sample)
        per_row = presidio_seconds_per_row(source, max(1, args.presidio_sample // 10))

    deid = statistics.median(deids)
    parted_median = statistics.median(parted)
    roundtrip = statistics.median(roundtrips)
    presidio = per_cell * args.rows  # one analyze call per note cell
    presidio_table = per_row * args.rows  # one analyze call per cell of the table
    result = {
        "rows": args.rows,
        "runs": args.runs,
        "partition_rows": args.partition_rows,
        "deid_seconds_median": round(deid, 3),
        "deid_rows_per_second": round(args.rows / deid),
        "partitioned_seconds_median": round(parted_median, 3),
        "partitioned_rows_per_second": round(args.rows / parted_median),
        "pyarrow_roundtrip_seconds_median": round(roundtrip, 3),
        "ratio_to_pyarrow_roundtrip": round(deid / roundtrip, 2),
        "partitioned_ratio_to_pyarrow_roundtrip": round(parted_median / roundtrip, 2),
        "presidio_ms_per_cell": round(per_cell * 1000, 3),
        "presidio_extrapolated_seconds": round(presidio, 1),
        "speedup_over_presidio": round(presidio / deid, 1),
        "presidio_ms_per_row_all_cells": round(per_row * 1000, 3),
        "presidio_table_extrapolated_seconds": round(presidio_table, 1),
        "speedup_over_presidio_all_cells": round(presidio_table / deid, 1),
        "peak_rss_mb_deid": mb(deid_peak),
        "peak_rss_mb_partitioned": mb(parted_peak),
        "peak_rss_mb_partitioned_first_quarter": mb(quarter_peak),
        "first_quarter_rows": quarter_rows,
        "peak_rss_mb_pyarrow_roundtrip": mb(roundtrip_peak),
        "deid_runs_seconds": [round(s, 3) for s in deids],
        "cold_pattern_cache_seconds": round(cold, 3),
        "cold_pattern_cache_patterns": cold_summary["patterns"],
        "partitioned_runs_seconds": [round(s, 3) for s in parted],
        "report": summary,
        "partitioned_report": parted_summary,
    }
    print(
        f"deidentify_file, one file: {result['deid_rows_per_second']:,} rows/s "
        f"(median {deid:.2f} s of {[round(s, 2) for s in deids]}); "
        f"partitioned: {result['partitioned_rows_per_second']:,} rows/s "
        f"(median {parted_median:.2f} s of {[round(s, 2) for s in parted]})"
    )
    print(
        f"pyarrow read+write: median {roundtrip:.3f} s; de-identification takes "
        f"{result['ratio_to_pyarrow_roundtrip']}x (one file), "
        f"{result['partitioned_ratio_to_pyarrow_roundtrip']}x (partitioned) (target <= 10x)"
    )
    print(
        f"Presidio on every cell of the table: {per_row * 1000:.2f} ms a row, "
        f"{presidio_table:.0f} s for {args.rows} rows; the engine is "
        f"{result['speedup_over_presidio_all_cells']}x faster (target >= 50x)"
    )
    print(
        f"Presidio on the note column only: {per_cell * 1000:.2f} ms a cell, {presidio:.0f} s "
        f"for {args.rows} notes; the engine (whole table) is {result['speedup_over_presidio']}x "
        "faster"
    )
    print(
        f"peak RSS: one file {result['peak_rss_mb_deid']} MB; partitioned "
        f"{result['peak_rss_mb_partitioned']} MB for {args.rows} rows and "
        f"{result['peak_rss_mb_partitioned_first_quarter']} MB for its first {quarter_rows} "
        f"rows; pyarrow round trip {result['peak_rss_mb_pyarrow_roundtrip']} MB; forked "
        f"helpers (shared pages included) {summary.get('helper_peak_rss_mb')} MB (one file), "
        f"{parted_summary.get('helper_peak_rss_mb')} MB (partitioned)"
    )
    scanner = summary.get("text_scanner_seconds") or {}
    in_scanner = sum(scanner.values())  # type: ignore[union-attr]
    last = deids[-1]
    print(
        f"text scanner (one file): {in_scanner:.2f} s of the last run's {last:.2f} s "
        f"({in_scanner / last:.0%}: {scanner}); the rest of the engine: "
        f"{last - in_scanner:.2f} s = {(last - in_scanner) / roundtrip:.1f}x the round trip; "
        f"imports {summary.get('import_seconds')} s (not timed)"
    )
    print(
        f"first run, with an empty compiled-pattern cache: {cold:.2f} s = "
        f"{cold / roundtrip:.1f}x the round trip (patterns {cold_summary['patterns']}); the "
        f"runs above loaded them ({summary.get('patterns')})"
    )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
