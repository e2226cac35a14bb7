"""The de-identification engine: one code path for the pipeline (`deidentify`, in memory) and
the CLI (`deidentify_file`, streaming batches).

Two passes, because the quasi-identifier gate needs every row before any row can be published:

1. survey: gather the source's direct values (for the leak guard), the names in name columns
   (so the text scanner finds them inside notes), and the treated quasi and sensitive columns;
   the k-anonymity / l-diversity gate then decides which rows to suppress or blocks;
2. publish: per batch, drop suppressed rows, apply every treatment, run the leak guard, write.

A blocked run (gate or leak guard) publishes nothing: `deidentify` returns an empty table with
the output schema and `deidentify_file` leaves no output file. The report says why. A blocked
run still treats and checks every row, so one run reports every problem.

The gate sees quasi and sensitive columns after their treatment (what an attacker sees), except
a `scan_text` one, which it sees as written: the scanner is built only after the survey, once
all known names are gathered (free text as a quasi-identifier makes nearly every row unique
anyway, which the gate then reports).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipelines.deid import kanon, leakguard, parallel, treatments
from pipelines.deid.pseudonym import normalize_text, resolve_key
from pipelines.deid.report import ColumnReport, DeidReport
from pipelines.deid.treatments import Scanner
from pipelines.spec.loader import load_spec
from pipelines.spec.model import Column, DatasetSpec

BATCH_ROWS = 65_536
ScannerArg = Scanner | Callable[[Iterable[str]], Scanner] | None
Job = tuple[pa.Table, np.ndarray | None, int]  # a batch, its rows to keep, its first row's index


class DeidInputError(ValueError):
    """The input does not match the spec (a missing column, an unsupported file type)."""


@dataclass
class DeidResult:
    table: pa.Table  # published columns only, in spec order; empty when blocked
    report: DeidReport


def _is_text(column: Column) -> bool:
    return column.effective_treatment == "scan_text"


class _Run:
    """State shared by the two passes; used identically for a table and for a file."""

    def __init__(
        self,
        spec: DatasetSpec,
        key: str | None,
        scanner: ScannerArg,
        known_names: Iterable[str] = (),
    ) -> None:
        self.spec = spec
        self.published = [c for c in spec.columns if c.effective_treatment != "drop"]
        self.quasi = [c.name for c in self.published if c.pii == "quasi"]
        self.sensitive = [c.name for c in self.published if c.pii == "sensitive"]
        self.gate_columns = [spec.column(n) for n in self.quasi + self.sensitive]
        needs_key = any(c.effective_treatment == "pseudonymize" for c in spec.columns)
        self.key = resolve_key(key) if needs_key else None
        self._scanner_arg = scanner
        self.scanner: Scanner | None = None
        self.direct = leakguard.DirectValues(spec)
        self.names: set[str] = set()
        extra = [n for n in known_names if n]
        if extra:  # names from outside this dataset: redacted in text and guarded like its own
            self.names.update(treatments.name_values(pa.array(extra, pa.string())))
            self.direct.add("known_names", extra)
        self.name_columns: set[str] | None = None  # decided on the first batch
        self.gate_parts: list[pa.Table] = []
        # Generalised gate columns as pass 1 computed them (values, unparsed rows), kept for
        # pass 2, which would compute the very same arrays again (see `publish`).
        self._reuse_parts: dict[str, list[tuple[pa.Array, pa.Array]]] = {}
        self.reuse: dict[str, tuple[pa.ChunkedArray, pa.ChunkedArray]] = {}
        self.rows_in = 0
        self.rows_out = 0
        self.unlisted: list[str] = []
        self.reports = self._fresh_reports()
        self.leak = leakguard.LeakReport()
        self.gate: kanon.KAnonResult | None = None

    # -- input conformance ---------------------------------------------------------------
    def input_columns(self, available: list[str]) -> dict[str, str]:
        """spec column name -> input column name (the name itself, else its source_name)."""
        mapping: dict[str, str] = {}
        missing = []
        for column in self.spec.columns:
            if column.name in available:
                mapping[column.name] = column.name
            elif column.source_name and column.source_name in available:
                mapping[column.name] = column.source_name
            else:
                missing.append(column.name)
        if missing:
            raise DeidInputError(
                f"the input has no column {', '.join(missing)} (spec {self.spec.id})"
            )
        used = set(mapping.values())
        self.unlisted = [name for name in available if name not in used]
        return mapping

    @staticmethod
    def conform(batch: pa.Table, mapping: dict[str, str]) -> pa.Table:
        return pa.table({name: batch.column(source) for name, source in mapping.items()})

    # -- pass 1 ----------------------------------------------------------------------------
    def survey(self, batch: pa.Table) -> None:
        self.rows_in += batch.num_rows
        self.direct.update(batch)
        direct = [c for c in self.spec.columns if c.pii == "direct"]
        if self.name_columns is None and batch.num_rows:
            self.name_columns = {
                c.name for c in direct if treatments.looks_like_names(batch.column(c.name))
            }
        for name in self.name_columns or ():
            self.names.update(treatments.name_values(batch.column(name)))
        if self.gate_columns:
            gate = {}
            for column in self.gate_columns:
                values = batch.column(column.name)
                if _is_text(column):  # as written (module docstring)
                    gate[column.name] = normalize_text(values)
                else:
                    treated = treatments.apply(values, column, key=self.key)
                    gate[column.name] = treated.values
                    if treated.unparsed_rows is not None:
                        parts = self._reuse_parts.setdefault(column.name, [])
                        parts.append((treated.values, treated.unparsed_rows))
            self.gate_parts.append(pa.table(gate))

    def decide(self) -> kanon.KAnonResult:
        if self.gate_parts:
            table = pa.concat_tables(self.gate_parts).combine_chunks()
        else:
            table = pa.table({n: pa.array([], pa.string()) for n in self.quasi + self.sensitive})
        self.gate_parts = []
        self.reuse = {
            name: (
                pa.chunked_array([v for v, _ in parts]),
                pa.chunked_array([r for _, r in parts]),
            )
            for name, parts in self._reuse_parts.items()
        }
        self._reuse_parts = {}
        self.gate = kanon.evaluate(table, self.quasi, self.sensitive, self.spec.deidentification)
        return self.gate

    def _get_scanner(self) -> Scanner:
        if self.scanner is None:
            names = sorted(self.names)
            arg = self._scanner_arg
            if arg is None:
                from pipelines.deid.scan import TextScanner

                self.scanner = TextScanner(names)
            elif isinstance(arg, type) or not hasattr(arg, "redact_many"):
                self.scanner = arg(names)  # a class or factory taking the known names
            else:
                self.scanner = arg
        return self.scanner

    # -- pass 2 ----------------------------------------------------------------------------
    def _reused(
        self, name: str, offset: int | None, rows: int, keep: pa.Array | None
    ) -> treatments.Treated | None:
        """Pass 1's treatment of this column for the batch's rows, when it has one."""
        if offset is None or name not in self.reuse:
            return None
        values, unparsed = (part.slice(offset, rows) for part in self.reuse[name])
        if keep is not None:
            values, unparsed = values.filter(keep), unparsed.filter(keep)
        return treatments.Treated(values.combine_chunks(), unparsed=pc.sum(unparsed).as_py() or 0)

    def publish(
        self, batch: pa.Table, keep: np.ndarray | None, offset: int | None = None
    ) -> pa.Table:
        """Treat and check one batch. `offset`: where the batch starts in the rows surveyed,
        so that treatments pass 1 already computed are taken from it (None: compute all)."""
        rows = batch.num_rows
        mask = None
        if keep is not None and not keep.all():
            mask = pa.array(keep)
            batch = batch.filter(mask)
        needs_scanner = any(_is_text(c) for c in self.published) or any(
            c.effective_treatment == "keep" and pa.types.is_string(batch.schema.field(c.name).type)
            for c in self.published
        )
        scanner = self._get_scanner() if needs_scanner else None
        out: dict[str, pa.Array] = {}
        for column in self.spec.columns:
            values = batch.column(column.name)
            report = self.reports[column.name]
            report.cells += len(values) - values.null_count
            if column.effective_treatment == "drop":
                continue
            treated = self._reused(column.name, offset, rows, mask)
            if treated is None:
                treated = treatments.apply(values, column, key=self.key, scanner=scanner)
            report.entities.update(treated.entities)
            report.unparsed += treated.unparsed
            out[column.name] = treated.values
        table = pa.table(out) if out else pa.table({})
        self.leak.merge(leakguard.check(table, self.spec, self.direct, scanner))
        self.rows_out += table.num_rows
        return table

    def _fresh_reports(self) -> dict[str, ColumnReport]:
        return {
            c.name: ColumnReport(c.name, c.pii, c.effective_treatment, c in self.published)
            for c in self.spec.columns
        }

    def prepare_fork(self, sample: pa.Table) -> None:
        """Build the scanner and the leak guard's tables now, so that a forked helper inherits
        them instead of building its own copy."""
        needs_scanner = any(_is_text(c) for c in self.published) or any(
            c.effective_treatment == "keep" and pa.types.is_string(sample.schema.field(c.name).type)
            for c in self.published
        )
        if needs_scanner:
            self._get_scanner()
        if leakguard.text_columns(sample.select([c.name for c in self.published]), self.spec):
            self.direct.matcher  # noqa: B018 (built on first access)
        self.direct.hashes  # noqa: B018

    def publish_apart(
        self, job: Job
    ) -> tuple[pa.Table, dict[str, ColumnReport], leakguard.LeakReport, int]:
        """publish() one batch with fresh counters, returned rather than added (so a forked
        helper can do it; `absorb` adds them, in batch order). Leaves this run's counters as
        they were."""
        saved = self.reports, self.leak, self.rows_out
        self.reports, self.leak, self.rows_out = self._fresh_reports(), leakguard.LeakReport(), 0
        try:
            table = self.publish(*job)
            return table, self.reports, self.leak, self.rows_out
        finally:
            self.reports, self.leak, self.rows_out = saved

    def absorb(
        self, reports: dict[str, ColumnReport], leak: leakguard.LeakReport, rows_out: int
    ) -> None:
        for name, other in reports.items():
            mine = self.reports[name]
            mine.cells += other.cells
            mine.entities.update(other.entities)
            mine.unparsed += other.unparsed
        self.leak.merge(leak)
        self.rows_out += rows_out

    def report(self) -> DeidReport:
        assert self.gate is not None
        reasons = []
        if self.gate.blocked and self.gate.reason:
            reasons.append(self.gate.reason)
        if not self.leak.passed:
            reasons.append(
                f"the leak guard found personal data in {self.leak.total} published cells "
                f"(columns {', '.join(sorted(self.leak.hits))})"
            )
        self.leak.direct_values_checked = len(self.direct)
        return DeidReport(
            dataset=self.spec.id,
            rows_in=self.rows_in,
            rows_out=0 if reasons else self.rows_out,
            columns=list(self.reports.values()),
            kanon=self.gate,
            leak_guard=self.leak,
            unlisted_columns=self.unlisted,
            blocked=bool(reasons),
            reasons=reasons,
        )


def deidentify(
    table: pa.Table,
    spec: DatasetSpec,
    *,
    key: str | None = None,
    scanner: ScannerArg = None,
    known_names: Iterable[str] = (),
) -> DeidResult:
    """De-identify an in-memory table according to its spec.

    `key` is the pseudonym secret (default: env OPENDATA_PSEUDONYM_KEY, needed only when a
    column is pseudonymised). `scanner` is a TextScanner-like object used as is, or a factory
    called with the known names (default: pipelines.deid.scan.TextScanner). `known_names` adds
    names from outside the table (e.g. the agency's staff, who appear in other datasets' free
    text): the scanner redacts them and the leak guard looks for them (kind "direct:known_names").
    """
    run = _Run(spec, key, scanner, known_names)
    table = run.conform(table, run.input_columns(table.column_names))
    run.survey(table)
    gate = run.decide()
    out = run.publish(table, gate.keep, 0)
    report = run.report()
    if report.blocked:
        out = out.slice(0, 0)
    return DeidResult(out, report)


# -- files --------------------------------------------------------------------------------


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def _read_batches(path: Path, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The file in batches of about BATCH_ROWS rows. CSV cells are read as text (nulls for
    empty cells) so IDs and phone numbers keep their leading zeros."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            yield pa.Table.from_batches([batch])
    elif suffix == ".csv":
        header = _csv_header(path)
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=8 << 20),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in header},
                include_columns=columns,
                strings_can_be_null=True,
            ),
        )
        for batch in reader:
            yield pa.Table.from_batches([batch])
    else:
        raise DeidInputError(f"{path.name}: de-identification reads .csv or .parquet files")


def _csv_through_sources(
    path: Path, spec: DatasetSpec, rejected: list[int]
) -> Callable[[list[str] | None], Iterator[pa.Table]]:
    """A reader for deidentify_batches that uses the extract stage's CSV reader and coercion;
    each pass appends its reject count to `rejected` (both passes see the same rows)."""
    from pipelines.sources import coerce, read_batches
    from pipelines.spec.model import Source

    declared = spec.source.encoding if spec.source.kind == "csv" else "auto"
    source = Source(kind="csv", path=path.name, encoding=declared)
    as_csv = spec.model_copy(update={"source": source})

    def read(columns: list[str] | None) -> Iterator[pa.Table]:
        count = 0
        for raw in read_batches(as_csv, path.parent):
            coerced = coerce(raw, as_csv)
            count += len(coerced.rejects)
            yield coerced.table if columns is None else coerced.table.select(columns)
        rejected.append(count)

    return read


def _columns_of(path: Path) -> list[str]:
    if path.suffix.lower() == ".parquet":
        return pq.read_schema(path).names
    return _csv_header(path)


class _Writer:
    """Writes batches to a temporary file beside `out`, moved into place only on commit."""

    def __init__(self, out: Path) -> None:
        suffix = out.suffix.lower()
        if suffix not in (".csv", ".parquet"):
            raise DeidInputError(f"{out.name}: write .csv or .parquet")
        self.out = out
        self.tmp = out.with_name(f".{out.name}.partial")
        self.parquet = suffix == ".parquet"
        self.writer: Any = None
        self.schema: pa.Schema | None = None

    def write(self, table: pa.Table) -> None:
        if self.writer is None:
            self.schema = table.schema
            self.out.parent.mkdir(parents=True, exist_ok=True)
            if self.parquet:
                self.writer = pq.ParquetWriter(self.tmp, self.schema)
            else:
                self.writer = pacsv.CSVWriter(self.tmp, self.schema)
        assert self.schema is not None
        self.writer.write_table(table.cast(self.schema))

    def close(self, commit: bool) -> None:
        if self.writer is not None:
            self.writer.close()
        if commit and self.writer is not None:
            os.replace(self.tmp, self.out)
        else:
            self.tmp.unlink(missing_ok=True)


def deidentify_file(
    input: Path,
    spec_path: Path,
    out: Path,
    *,
    key: str | None = None,
    scanner: ScannerArg = None,
    known_names: Iterable[str] = (),
) -> DeidReport:
    """De-identify a CSV or Parquet file into `out` (.csv or .parquet, by suffix).

    A CSV goes through the pipeline's own reader (pipelines/sources): encoding detection
    (UTF-8, BOM, Big5/CP950), headers matched by `source_name`, NFKC, ROC dates and typed
    values, malformed rows rejected and counted. The output is written only when the run is
    not blocked; check `report.blocked` (the CLI exits 1 then).
    """
    input, out = Path(input), Path(out)
    spec = load_spec(Path(spec_path))
    writer = _Writer(out)
    committed = False
    rejected: list[int] = []
    if input.suffix.lower() == ".csv":
        read, columns = _csv_through_sources(input, spec, rejected), [c.name for c in spec.columns]
    else:
        read, columns = (lambda wanted: _read_batches(input, wanted)), _columns_of(input)
    try:
        report = deidentify_batches(
            read,
            columns,
            spec,
            writer.write,
            key=key,
            scanner=scanner,
            known_names=known_names,
        )
        report.rejected_rows = rejected[-1] if rejected else 0
        committed = not report.blocked
    finally:
        writer.close(committed)
    return report


def deidentify_batches(
    read: Callable[[list[str] | None], Iterable[pa.Table]],
    columns: list[str],
    spec: DatasetSpec,
    write: Callable[[pa.Table], None],
    *,
    key: str | None = None,
    scanner: ScannerArg = None,
    known_names: Iterable[str] = (),
) -> DeidReport:
    """The streaming form behind `deidentify_file` and the pipeline's de-identification stage.

    `read(columns)` yields the input in batches (only `columns`, or all when None) and can be
    called twice: a first pass surveys direct identifiers and quasi-identifiers for the gate, a
    second treats and checks each batch and hands it to `write`. `columns` names the input's
    columns. Nothing is written when the gate blocks; the leak guard's verdict is in the report
    (the caller discards what was written when `report.blocked`).
    """
    run = _Run(spec, key, scanner, known_names)
    mapping = run.input_columns(columns)
    survey_columns = sorted(
        {mapping[c.name] for c in spec.columns if c.pii == "direct"}
        | {mapping[n] for n in run.quasi + run.sensitive}
    )
    if survey_columns:
        survey_map = {n: s for n, s in mapping.items() if s in survey_columns}
        for batch in read(survey_columns):
            run.survey(run.conform(batch, survey_map))
    else:  # nothing to survey: just count rows
        for batch in read(list(mapping.values())[:1]):
            run.rows_in += batch.num_rows
    gate = run.decide()

    def jobs() -> Iterator[Job]:
        offset = 0
        for batch in read(list(dict.fromkeys(mapping.values()))):
            start, offset = offset, offset + batch.num_rows
            keep = None if gate.keep is None else gate.keep[start:offset]
            if gate.blocked:  # still treat and check, to report everything in one run
                keep = np.ones(batch.num_rows, bool)
            yield run.conform(batch, mapping), keep, start

    wrote = False
    for table in _publish_all(run, jobs()):
        if not gate.blocked:
            write(table)
            wrote = True
    report = run.report()
    if not report.blocked and not wrote:  # no rows at all: still write a header
        write(_empty_output(spec, run))
    return report


def _publish_all(run: _Run, jobs: Iterator[Job]) -> Iterator[pa.Table]:
    """run.publish of each job, in order. Batches go in pairs: the second of each pair is
    treated and checked whole in a forked helper while this process does the first (both with
    one core each), which keeps both cores busy through the single-threaded parts too (pyarrow
    kernels, hashing, the leak guard), not only inside the scanner's split columns. A batch
    without a partner (the last one, or any when one process is asked for) is published here,
    its large columns split across both cores as before; so is a pair whose second batch is
    much smaller than the first. Counters are added in batch order, so the report is the same
    as publishing one batch after another."""
    pending: Job | None = None
    prepared = False
    for job in jobs:
        if pending is None:
            pending = job
            continue
        if not prepared:
            run.prepare_fork(pending[0])
            prepared = True
        # A much smaller partner (the file's last batch) would leave this process working alone
        # on one core: publish the two one after the other instead, each split as before.
        balanced = 2 * job[0].num_rows >= pending[0].num_rows
        helper = parallel.in_background(run.publish_apart, job) if balanced else None
        if helper is None:
            yield run.publish(*pending)
            yield run.publish(*job)
        else:
            try:
                with parallel.single_process():
                    first = run.publish(*pending)
            except BaseException:
                helper.cancel()
                raise
            second, reports, leak, rows_out = helper.result()
            run.absorb(reports, leak, rows_out)
            yield first
            yield second
        pending = None
    if pending is not None:
        yield run.publish(*pending)


def _empty_output(spec: DatasetSpec, run: _Run) -> pa.Table:
    return pa.table({c.name: pa.array([], pa.string()) for c in run.published})
