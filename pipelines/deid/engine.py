"""The de-identification engine: one code path for the pipeline (`deidentify`, in memory) and
the CLI (`deidentify_file`, streaming batches).

Two passes, because the quasi-identifier gate needs every row before any row can be published:

1. survey: count the equivalence classes of the treated quasi and sensitive columns
   (`kanon.ClassCounts`: memory follows the number of classes, not rows) and gather the names
   in name columns, so the text scanner finds them inside notes; the gate then decides which
   classes to suppress, or blocks;
2. publish, partition by partition: gather the partition's direct values (for the leak guard),
   then per batch drop the rows of suppressed classes, apply every treatment, run the leak
   guard, write.

The input is one reader or one per partition (the pipeline's monthly partitions, the files of
an input folder). The leak guard compares each partition's output with that partition's own
direct values, so memory follows the largest partition, not the dataset; a direct value from
another partition (an applicant of March named in a note of May) is still found by the
scanner, which knows every partition's names and checks identifiers by their checksums, and by
the leak guard's re-scan with those recognizers. Partitions go to both cores in pairs; a single
partition's batches do, re-cut into an even number of equal batches so that neither core is
left alone at the end.

Both cores work from the start too: when the default text scanner will be needed, the survey
runs in a forked helper while this process compiles the recognizers that do not depend on the
names (about a second each), and the leak guard's tables are hashed in a thread while the
scanner learns its contexts.

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
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

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
# A single partition of at least this many rows is published in batches of equal size, an
# even number of them (see _even_batches); smaller ones keep the reader's batches.
EVEN_BATCHES_FROM = 20_000
ScannerArg = Scanner | Callable[[Iterable[str]], Scanner] | None
# Reads the input (or one partition of it) in batches: only the named columns, or all (None).
Reader = Callable[[list[str] | None], Iterable[pa.Table]]
# What publishing some batches gives: the tables, then the counters to add (see _Run.apart).
Published = tuple[list[pa.Table], dict[str, ColumnReport], leakguard.LeakReport, int, int]
# What the survey gathers: rows, direct values, name columns, names, classes, learning sample,
# and each reader's count of rejected rows (None: it counts none).
Surveyed = tuple[
    int,
    leakguard.DirectValues,
    set[str] | None,
    set[str],
    kanon.ClassCounts,
    dict[str, None],
    list[int | None],
]


class DeidInputError(ValueError):
    """The input does not match the spec (a missing column, an unsupported file type)."""


@dataclass
class DeidResult:
    table: pa.Table  # published columns only, in spec order; empty when blocked
    report: DeidReport


def _is_text(column: Column) -> bool:
    return column.effective_treatment == "scan_text"


class _Run:
    """State shared by the two passes; used identically for a table and for files."""

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
        self.direct_columns = [c.name for c in spec.columns if c.pii == "direct"]
        needs_key = any(c.effective_treatment == "pseudonymize" for c in spec.columns)
        self.key = resolve_key(key) if needs_key else None
        self._scanner_arg = scanner
        self.scanner: Scanner | None = None
        # Names from outside this dataset (e.g. the agency's staff): redacted in text and
        # guarded in every partition like its own direct values.
        self.extra_names = [n for n in known_names if n]
        self.names: set[str] = set()
        if self.extra_names:
            self.names.update(treatments.name_values(pa.array(self.extra_names, pa.string())))
        self.direct = self.fresh_direct()
        self.direct_values_checked = 0
        self.name_columns: set[str] | None = None  # decided on the first batch
        self.counts = kanon.ClassCounts(self.quasi, self.sensitive)
        self.rows_in = 0
        self.rows_out = 0
        self.unlisted: list[str] = []
        self.reports = self._fresh_reports()
        self.leak = leakguard.LeakReport()
        self.gate: kanon.KAnonResult | None = None
        # A sample of the free texts, from which the scanner learns the contexts of the known
        # names (recognizers/learned.py) before it reads any of them.
        self.text_columns = [c.name for c in self.published if _is_text(c)]
        self.learning: dict[str, None] = {}
        # The recognizers that do not depend on the names, when built ahead of the scanner.
        self.fixed: list[Any] | None = None

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

    def fresh_direct(self) -> leakguard.DirectValues:
        """An empty set of direct values (with the names known from outside)."""
        direct = leakguard.DirectValues(self.spec)
        if self.extra_names:
            direct.add("known_names", self.extra_names)
        return direct

    # -- pass 1 ----------------------------------------------------------------------------
    def survey(self, batch: pa.Table, *, direct: bool) -> None:
        """Count the batch's classes and gather its names (and, with `direct`, its direct
        values: a single partition's are gathered here rather than read again)."""
        self.rows_in += batch.num_rows
        if direct:
            self.direct.update(batch)
        if self.name_columns is None and batch.num_rows:
            self.name_columns = {
                name
                for name in self.direct_columns
                if treatments.looks_like_names(batch.column(name))
            }
        for name in self.name_columns or ():
            self.names.update(treatments.name_values(batch.column(name)))
        if self.gate_columns:
            gate, _ = self._gate(batch)
            self.counts.add(gate)

    def sample_texts(self, batch: pa.Table) -> bool:
        """Add the batch's distinct free texts to the learning sample; True once it is full."""
        from pipelines.deid.recognizers.learned import LEARN_TEXTS  # with the scanner

        for name in self.text_columns:
            for text in pc.unique(batch.column(name)).to_pylist():
                if len(self.learning) >= LEARN_TEXTS:
                    return True
                if text:
                    self.learning[text] = None
        return len(self.learning) >= LEARN_TEXTS

    def _gate(self, batch: pa.Table) -> tuple[pa.Table, dict[str, treatments.Treated]]:
        """The gate's view of a batch (see the module docstring), and the treatments it took
        (publish reuses them rather than treating those columns twice)."""
        gate: dict[str, pa.Array | pa.ChunkedArray] = {}
        treated: dict[str, treatments.Treated] = {}
        for column in self.gate_columns:
            values = batch.column(column.name)
            if _is_text(column):  # as written (module docstring)
                gate[column.name] = normalize_text(values)
            else:
                treated[column.name] = treatments.apply(values, column, key=self.key)
                gate[column.name] = treated[column.name].values
        return pa.table(gate), treated

    def restore_survey(self, surveyed: Surveyed, parts: list[Reader]) -> None:
        """Take over what a forked helper's survey gathered (see _survey), the readers'
        counts of rejected rows included."""
        (
            self.rows_in,
            self.direct,
            self.name_columns,
            self.names,
            self.counts,
            self.learning,
            rejected,
        ) = surveyed
        for part, count in zip(parts, rejected, strict=True):
            if count is not None:
                part.rejected = count  # type: ignore[attr-defined]

    def builds_default_scanner(self) -> bool:
        """Whether this run will build the default text scanner (text or kept columns)."""
        return self._scanner_arg is None and any(
            c.effective_treatment in ("keep", "scan_text") for c in self.published
        )

    def decide(self) -> kanon.KAnonResult:
        self.gate = self.counts.decide(self.spec.deidentification)
        return self.gate

    def _get_scanner(self) -> Scanner:
        if self.scanner is None:
            names = sorted(self.names)
            arg = self._scanner_arg
            if arg is None:
                from pipelines.deid.scan import TextScanner

                self.scanner = TextScanner(names, fixed=self.fixed)
            elif isinstance(arg, type) or not hasattr(arg, "redact_many"):
                self.scanner = arg(names)  # a class or factory taking the known names
            else:
                self.scanner = arg
            if self.learning and hasattr(self.scanner, "learn"):
                self.scanner.learn(self.learning)
        return self.scanner

    def _needs_scanner(self, schema: pa.Schema) -> bool:
        return any(_is_text(c) for c in self.published) or any(
            c.effective_treatment == "keep" and pa.types.is_string(schema.field(c.name).type)
            for c in self.published
        )

    # -- pass 2 ----------------------------------------------------------------------------
    def publish(self, batch: pa.Table) -> pa.Table:
        """Drop the rows of suppressed classes, treat and check one batch."""
        assert self.gate is not None
        treated_gate: dict[str, treatments.Treated] = {}
        if self.gate_columns:
            gate, treated_gate = self._gate(batch)
            # A blocked gate suppresses nothing: every row is still treated and checked, so
            # that one run reports every problem (nothing is written).
            keep = None if self.gate.blocked else self.counts.keep(gate)
            if keep is not None and not keep.all():
                mask = pa.array(keep)
                batch = batch.filter(mask)
                treated_gate = {
                    name: treatments.Treated(
                        t.values.filter(mask) if t.values is not None else None,
                        unparsed=(
                            pc.sum(t.unparsed_rows.filter(mask)).as_py() or 0
                            if t.unparsed_rows is not None
                            else t.unparsed
                        ),
                    )
                    for name, t in treated_gate.items()
                }
        scanner = self._get_scanner() if self._needs_scanner(batch.schema) else None
        out: dict[str, pa.Array] = {}
        for column in self.spec.columns:
            values = batch.column(column.name)
            report = self.reports[column.name]
            report.cells += len(values) - values.null_count
            if column.effective_treatment == "drop":
                continue
            treated = treated_gate.get(column.name)
            if treated is None:
                treated = treatments.apply(values, column, key=self.key, scanner=scanner)
            report.entities.update(treated.entities)
            report.unparsed += treated.unparsed
            out[column.name] = treated.values
        table = pa.table(out) if out else pa.table({})
        self.leak.merge(leakguard.check(table, self.spec, self.direct, scanner))
        self.rows_out += table.num_rows
        return table

    def publish_partition(
        self, part: Reader, columns: list[str], mapping: dict[str, str]
    ) -> Iterator[pa.Table]:
        """Publish one partition of several: its direct values first, then its batches."""
        self.direct = self.fresh_direct()
        if self.direct_columns:
            wanted = {n: mapping[n] for n in self.direct_columns}
            for batch in part(sorted(set(wanted.values()))):
                self.direct.update(self.conform(batch, wanted))
        self.direct_values_checked += len(self.direct)
        for batch in part(columns):
            yield self.publish(self.conform(batch, mapping))

    def _fresh_reports(self) -> dict[str, ColumnReport]:
        return {
            c.name: ColumnReport(c.name, c.pii, c.effective_treatment, c in self.published)
            for c in self.spec.columns
        }

    def prepare_fork(self, sample: pa.Table) -> None:
        """Build the scanner and the leak guard's tables of direct values now, so that forked
        helpers inherit them instead of building their own. The tables are built in a thread
        meanwhile: hashing and sorting them (numpy, pyarrow) runs while compiling the
        recognizers (Python) waits for the interpreter, so most of it costs no time."""
        texts = bool(leakguard.text_columns(sample, self.spec))
        tables = threading.Thread(target=self.direct.prepare, args=(texts,), daemon=True)
        tables.start()
        try:
            if self._needs_scanner(sample.schema):
                self._get_scanner()
        finally:
            tables.join()

    def prepare_partitions(self) -> None:
        """Build the scanner now, when any column may need it, so that forked helpers inherit
        it (each partition's leak-guard tables are its own)."""
        if any(c.effective_treatment in ("keep", "scan_text") for c in self.published):
            self._get_scanner()

    def apart(self, work: Callable[[], Iterable[pa.Table]]) -> Published:
        """Run `work` (publishing some batches) with fresh counters and return its tables and
        counters rather than adding them (so a forked helper can do it; `absorb` adds them, in
        order). Leaves this run's counters as they were."""
        saved = self.reports, self.leak, self.rows_out, self.direct_values_checked
        self.reports, self.leak = self._fresh_reports(), leakguard.LeakReport()
        self.rows_out = self.direct_values_checked = 0
        try:
            tables = list(work())
            return tables, self.reports, self.leak, self.rows_out, self.direct_values_checked
        finally:
            self.reports, self.leak, self.rows_out, self.direct_values_checked = saved

    def absorb(self, published: Published) -> list[pa.Table]:
        tables, reports, leak, rows_out, checked = published
        for name, other in reports.items():
            mine = self.reports[name]
            mine.cells += other.cells
            mine.entities.update(other.entities)
            mine.unparsed += other.unparsed
        self.leak.merge(leak)
        self.rows_out += rows_out
        self.direct_values_checked += checked
        return tables

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
        self.leak.direct_values_checked = self.direct_values_checked or len(self.direct)
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
    run.survey(table, direct=True)
    run.sample_texts(table)
    run.decide()
    out = run.publish(table)
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


class _CsvPartition:
    """A reader for deidentify_batches that uses the extract stage's CSV reader and coercion;
    each full pass records the number of rows it rejected in ``rejected`` (every pass sees
    the same rows)."""

    def __init__(self, path: Path, spec: DatasetSpec) -> None:
        from pipelines.spec.model import Source

        declared = spec.source.encoding if spec.source.kind == "csv" else "auto"
        source = Source(kind="csv", path=path.name, encoding=declared)
        self.spec = spec.model_copy(update={"source": source})
        self.folder = path.parent
        self.rejected = 0

    def __call__(self, columns: list[str] | None) -> Iterator[pa.Table]:
        from pipelines.sources import coerce, read_batches

        count = 0
        for raw in read_batches(self.spec, self.folder):
            coerced = coerce(raw, self.spec)
            count += len(coerced.rejects)
            yield coerced.table if columns is None else coerced.table.select(columns)
        self.rejected = count


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

    `input` may also be a folder of such files (all CSV or all Parquet, e.g. one per month):
    each file is a partition (see the module docstring), the output one file in name order.
    A CSV goes through the pipeline's own reader (pipelines/sources): encoding detection
    (UTF-8, BOM, Big5/CP950), headers matched by `source_name`, NFKC, ROC dates and typed
    values, malformed rows rejected and counted. The output is written only when the run is
    not blocked; check `report.blocked` (the CLI exits 1 then).
    """
    input, out = Path(input), Path(out)
    spec = load_spec(Path(spec_path))
    files = _partition_files(input) if input.is_dir() else [input]
    readers: list[Reader]
    if files[0].suffix.lower() == ".csv":
        readers = [_CsvPartition(path, spec) for path in files]
        columns = [c.name for c in spec.columns]
    else:
        readers = [partial(_read_batches, path) for path in files]
        columns = _columns_of(files[0])
    writer = _Writer(out)
    committed = False
    try:
        report = deidentify_batches(
            readers,
            columns,
            spec,
            writer.write,
            key=key,
            scanner=scanner,
            known_names=known_names,
        )
        report.rejected_rows = sum(getattr(reader, "rejected", 0) for reader in readers)
        committed = not report.blocked
    finally:
        writer.close(committed)
    return report


def _partition_files(folder: Path) -> list[Path]:
    """The CSV or Parquet files of an input folder, in name order (one kind only)."""
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in (".csv", ".parquet")
    )
    if not files:
        raise DeidInputError(f"{folder}: the folder holds no .csv or .parquet file")
    kinds = {p.suffix.lower() for p in files}
    if len(kinds) > 1:
        raise DeidInputError(f"{folder}: mixes CSV and Parquet files; use one kind")
    return files


def deidentify_batches(
    read: Reader | Sequence[Reader],
    columns: list[str],
    spec: DatasetSpec,
    write: Callable[[pa.Table], None],
    *,
    key: str | None = None,
    scanner: ScannerArg = None,
    known_names: Iterable[str] = (),
) -> DeidReport:
    """The streaming form behind `deidentify_file` and the pipeline's de-identification stage.

    `read` is a reader of the whole input, or a list of readers, one per partition (see the
    module docstring); `read(columns)` yields batches of only those columns (all when None) and
    can be called more than once. A reader with a `rejected` attribute (rows it left out)
    keeps the count of the survey's pass, also when a helper made it. `columns` names the
    input's columns. Treated batches go to `write` in input order; nothing is written when
    the gate blocks, and the leak guard's verdict is in the report (the caller discards what
    was written when `report.blocked`).
    """
    parts = [read] if callable(read) else list(read)
    run = _Run(spec, key, scanner, known_names)
    mapping = run.input_columns(columns)
    single = len(parts) == 1
    survey = partial(_survey, run, mapping)
    # The recognizers that do not depend on the names are compiled here while a forked
    # helper reads the input for the survey: both take about a second.
    helper = parallel.in_background(survey, parts) if run.builds_default_scanner() else None
    if helper is None:
        survey(parts)
    else:
        try:
            from pipelines.deid.recognizers import fixed_recognizers

            run.fixed = fixed_recognizers()
        except BaseException:
            helper.cancel()
            raise
        run.restore_survey(helper.result(), parts)
    gate = run.decide()

    wrote = False
    input_columns = list(dict.fromkeys(mapping.values()))
    if single:
        batches = (run.conform(b, mapping) for b in parts[0](input_columns))
        if run.rows_in >= EVEN_BATCHES_FROM:
            batches = _even_batches(batches, run.rows_in)
        tables = _publish_batches(run, batches)
    else:
        tables = _publish_partitions(run, parts, input_columns, mapping)
    for table in tables:
        if not gate.blocked:
            write(table)
            wrote = True
    report = run.report()
    if not report.blocked and not wrote:  # no rows at all: still write a header
        write(_empty_output(spec, run))
    return report


def _survey(run: _Run, mapping: dict[str, str], parts: list[Reader]) -> Surveyed:
    """Pass 1 over every partition (see the module docstring), then the learning sample;
    returns what it gathered (a forked helper sends it back, see _Run.restore_survey)."""
    # Direct columns for the names (and, for a single partition, the leak guard's values).
    wanted = set(run.quasi + run.sensitive) | set(run.direct_columns)
    survey_map = {n: mapping[n] for n in sorted(wanted)}
    survey_columns = sorted(set(survey_map.values())) or list(mapping.values())[:1]
    for part in parts:
        for batch in part(survey_columns):
            if survey_map:
                run.survey(run.conform(batch, survey_map), direct=len(parts) == 1)
            else:  # nothing to survey: just count rows
                run.rows_in += batch.num_rows
    _sample_texts(run, parts, mapping)
    # readers that count what they reject (a CSV's malformed rows) keep their count
    rejected = [getattr(part, "rejected", None) for part in parts]
    return run.rows_in, run.direct, run.name_columns, run.names, run.counts, run.learning, rejected


def _sample_texts(run: _Run, parts: list[Reader], mapping: dict[str, str]) -> None:
    """Read free texts, from the first partition on, until the learning sample is full."""
    if not run.text_columns:
        return
    wanted = {name: mapping[name] for name in run.text_columns}
    for part in parts:
        for batch in part(sorted(set(wanted.values()))):
            if run.sample_texts(run.conform(batch, wanted)):
                return


Work = Callable[[], Iterable[pa.Table]]  # publishes some batches, yields their tables


def _side_by_side(run: _Run, first: Work, second: Work) -> Iterator[pa.Table]:
    """Both works' tables, in order: `second` in a forked helper while this process does
    `first` on one core (it keeps to one: the helper has the other); counters are added in
    order, so the report is as if one ran after the other. Without a helper (one process
    asked for, no fork), one after the other here."""
    helper = parallel.in_background(run.apart, second)
    if helper is None:
        yield from first()
        yield from second()
        return
    try:
        with parallel.single_process():
            tables = run.absorb(run.apart(first))
    except BaseException:
        helper.cancel()
        raise
    rest = run.absorb(helper.result())  # before yielding: the helper never outlives a failure
    yield from tables
    yield from rest


def _even_batches(batches: Iterable[pa.Table], total: int) -> Iterator[pa.Table]:
    """The rows of ``batches`` (``total`` in all, counted by the survey) again, in an even
    number of batches of equal size, each at most about BATCH_ROWS: _publish_batches pairs
    them on the two cores, so that no batch is left to one core at the end (200,000 rows
    read as 3 x 65,536 + 3,392 are published as 4 x 50,000). Slices, not copies."""
    pairs = max(1, -(-total // (2 * BATCH_ROWS)))
    size = max(1, -(-total // (2 * pairs)))
    pending: list[pa.Table] = []
    held = 0
    for batch in batches:
        pending.append(batch)
        held += batch.num_rows
        while held >= size:
            joined = pa.concat_tables(pending)
            yield joined.slice(0, size)
            rest = joined.slice(size)
            pending, held = ([rest] if rest.num_rows else []), rest.num_rows
    if held:
        yield pa.concat_tables(pending)


def _publish_batches(run: _Run, batches: Iterator[pa.Table]) -> Iterator[pa.Table]:
    """run.publish of each batch of a single partition, in order. Batches go in pairs side by
    side (the second in a forked helper), which keeps both cores busy through the
    single-threaded parts too (pyarrow kernels, hashing, the leak guard), not only inside the
    scanner's split columns. A batch without a partner (the last one, or any when one process
    is asked for) is published here, its large columns split across both cores; so is a pair
    whose second batch is much smaller than the first."""
    pending: pa.Table | None = None
    prepared = False
    for batch in batches:
        if pending is None:
            pending = batch
            continue
        if not prepared:
            run.prepare_fork(pending)
            prepared = True
        # A much smaller partner (the file's last batch) would leave this process working alone
        # on one core: publish the two one after the other instead, each split as before.
        if 2 * batch.num_rows >= pending.num_rows:
            yield from _side_by_side(
                run, lambda a=pending: [run.publish(a)], lambda b=batch: [run.publish(b)]
            )
        else:
            yield run.publish(pending)
            yield run.publish(batch)
        pending = None
    if pending is not None:
        yield run.publish(pending)


def _publish_partitions(
    run: _Run, parts: list[Reader], columns: list[str], mapping: dict[str, str]
) -> Iterator[pa.Table]:
    """run.publish_partition of each partition, in order, in pairs side by side (each
    partition with its own direct values and batches). Memory follows the largest partition."""
    run.prepare_partitions()
    for index in range(0, len(parts), 2):
        first, *second = parts[index : index + 2]
        if not second:
            yield from run.publish_partition(first, columns, mapping)
            continue
        yield from _side_by_side(
            run,
            lambda p=first: run.publish_partition(p, columns, mapping),
            lambda p=second[0]: run.publish_partition(p, columns, mapping),
        )


def _empty_output(spec: DatasetSpec, run: _Run) -> pa.Table:
    return pa.table({c.name: pa.array([], pa.string()) for c in run.published})
