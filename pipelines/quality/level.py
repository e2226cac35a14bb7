"""The open-data quality level of one release, modelled on data.gov.tw's dataset checks.

data.gov.tw rates each dataset with badges 銅/銀/金/白金 from checks it calls `linkable`,
`downloadable`, `structure`, `encoding_match`, `desc_match` and `csv`. We run the same kind of
checks on a release directory (`datasets/<id>/vN/`, see docs/architecture.md) before it is
switched live, so a steward sees the badge the portal would give before the portal does.

Levels are cumulative: a release has the highest level whose checks, and all lower levels'
checks, pass.

bronze (銅) — the release can be downloaded as recorded
    `manifest`      manifest.json parses, names this dataset, lists files and schema fields
    `downloadable`  every listed file exists inside the release directory as a regular file
    `integrity`     every file has the byte size and sha256 the manifest records (data files
                    and `metadata_files` such as datapackage.json)
silver (銀) — machine-readable and structured
    `machine_readable`  every distribution is CSV, JSON or Parquet with the matching media type,
                        and one of them is CSV (the format data.gov.tw asks of every dataset)
    `structured`        every file parses (CSV with the csv module: same field count on every
                        row; JSON: an array of objects; Parquet: pyarrow) with the manifest's row
                        count
    `encoding_match`    every text file decodes strictly in its declared encoding; a UTF-8 BOM
                        must be declared as utf-8-sig; JSON is UTF-8 (RFC 8259)
gold (金) — documented: the published columns are the spec's documented columns
    `desc_match`    the manifest's `schema.fields` (the truth for published columns) equal every
                    file's columns, in order; each field is a spec column, in spec order, with a
                    Chinese description in the spec and the same one in the manifest; every spec
                    column is either published or listed under `withheld`
platinum (白金) — complete for users outside Taiwan too
    `bilingual`         every published field, and the dataset's title and description, have an
                        English text
    `formats_complete`  every format the spec promises (`formats`) is published

Problems name files, lines and columns, never cell values.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.spec.model import DatasetSpec

LEVELS: tuple[str, ...] = ("none", "bronze", "silver", "gold", "platinum")
CHECK_LEVEL: dict[str, str] = {
    "manifest": "bronze",
    "downloadable": "bronze",
    "integrity": "bronze",
    "machine_readable": "silver",
    "structured": "silver",
    "encoding_match": "silver",
    "desc_match": "gold",
    "bilingual": "platinum",
    "formats_complete": "platinum",
}
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}
# Parquet has had more than one media type in the wild; both name the same format.
MEDIA_ALIASES: dict[str, set[str]] = {
    "parquet": {"application/vnd.apache.parquet", "application/x-parquet"},
}
TEXT_FORMATS = ("csv", "json")
CHUNK = 1 << 20
MAX_PROBLEMS = 5  # per file and check: enough to act on, short enough to read


@dataclass(frozen=True)
class CheckResult:
    """One check: its name, the level it gates, whether it passed and why not."""

    name: str
    level: str
    passed: bool
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class QualityLevel:
    """The assessment of one release directory."""

    dataset: str
    version: int | None
    level: str
    checks: list[CheckResult]

    @property
    def failed(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.passed]

    def message(self) -> str:
        """One line: the level and, if it is below platinum, the first thing holding it back."""
        head = f"{self.dataset} v{self.version}: quality level {self.level}"
        if not self.failed:
            return head
        first = self.failed[0]
        reason = first.problems[0] if first.problems else "failed"
        return f"{head} ({first.name}: {reason})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "checks": {
                c.name: {"level": c.level, "passed": c.passed, "problems": c.problems}
                for c in self.checks
            },
        }


@dataclass
class _Parsed:
    """What parsing one distribution found: its columns and rows (None when unreadable)."""

    columns: list[str] | None = None
    rows: int | None = None
    problems: list[str] = field(default_factory=list)


def assess_release(
    release_dir: Path, spec: DatasetSpec, manifest: dict[str, Any] | None = None
) -> QualityLevel:
    """Run every check on `release_dir` (holding manifest.json) against `spec`.

    Pass `manifest` to assess a release whose manifest.json is not written yet (the publisher's
    `decorate` hook on a staging directory), so the level can go into that very manifest.
    """
    release_dir = Path(release_dir)
    manifest, problems = _read_manifest(release_dir, spec, manifest)
    checks = [_check("manifest", problems)]
    if manifest is None:
        # Nothing else can be judged without the manifest; report every check as failed.
        checks += [_check(name, ["no usable manifest"]) for name in list(CHECK_LEVEL)[1:]]
        return QualityLevel(spec.id, None, "none", checks)

    files: list[dict[str, Any]] = manifest["files"]
    # Metadata files (datapackage.json) must be there as recorded too, but are not data.
    listed = files + [f for f in manifest.get("metadata_files") or [] if _has_path(f)]
    present = {f["path"]: path for f in listed if (path := _inside(release_dir, f["path"]))}
    checks.append(_check("downloadable", _downloadable(release_dir, listed, present)))
    checks.append(_check("integrity", _integrity(listed, present)))
    checks.append(_check("machine_readable", _machine_readable(files)))
    parsed = {f["path"]: _parse(present[f["path"]], f) for f in files if f["path"] in present}
    checks.append(_check("structured", _structured(files, parsed, manifest.get("rows"))))
    checks.append(_check("encoding_match", _encoding_match(files, present)))
    fields: list[dict[str, Any]] = manifest["schema"]["fields"]
    checks.append(_check("desc_match", _desc_match(spec, manifest, fields, parsed)))
    checks.append(_check("bilingual", _bilingual(spec, fields)))
    checks.append(_check("formats_complete", _formats_complete(spec, files)))
    return QualityLevel(spec.id, manifest.get("version"), _level(checks), checks)


def _check(name: str, problems: list[str]) -> CheckResult:
    return CheckResult(name, CHECK_LEVEL[name], not problems, problems)


def _level(checks: list[CheckResult]) -> str:
    reached = "none"
    for level in LEVELS[1:]:
        if all(c.passed for c in checks if LEVELS.index(c.level) <= LEVELS.index(level)):
            reached = level
        else:
            break
    return reached


def _read_manifest(
    release_dir: Path, spec: DatasetSpec, given: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, list[str]]:
    manifest: Any = given
    if manifest is None:
        try:
            manifest = json.loads((release_dir / "manifest.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None, ["manifest.json is missing"]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            return None, [f"manifest.json cannot be read: {type(error).__name__}"]
    if not isinstance(manifest, dict):
        return None, ["manifest.json is not a JSON object"]
    problems = []
    if manifest.get("dataset") != spec.id:
        problems.append(f"manifest names dataset {manifest.get('dataset')!r}, not {spec.id!r}")
    files = manifest.get("files")
    if not isinstance(files, list) or not files or not all(_has_path(f) for f in files):
        return None, [*problems, "manifest lists no files (each needs a `path`)"]
    fields = (manifest.get("schema") or {}).get("fields")
    if not isinstance(fields, list) or not all(
        isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields
    ):
        return None, [*problems, "manifest has no schema.fields (each needs a `name`)"]
    return manifest, problems


def _has_path(entry: Any) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("path"), str)


def _inside(release_dir: Path, relative: str) -> Path | None:
    """The file's path if it is a regular file within the release directory, else None."""
    root = release_dir.resolve()
    path = (release_dir / relative).resolve()
    if root not in path.parents or not path.is_file():
        return None
    return path


def _downloadable(release_dir: Path, files: list[dict], present: dict[str, Path]) -> list[str]:
    problems = []
    for entry in files:
        if entry["path"] not in present:
            where = release_dir / entry["path"]
            outside = release_dir.resolve() not in where.resolve().parents
            problems.append(
                f"{entry['path']}: outside the release directory"
                if outside
                else f"{entry['path']}: listed in the manifest but missing"
            )
    return problems


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _integrity(files: list[dict], present: dict[str, Path]) -> list[str]:
    problems = []
    for entry in files:
        path = present.get(entry["path"])
        if path is None:
            problems.append(f"{entry['path']}: cannot be verified (missing)")
            continue
        size = path.stat().st_size
        if entry.get("bytes") != size:
            problems.append(f"{entry['path']}: {size} bytes, manifest records {entry.get('bytes')}")
        digest = hashlib.sha256()
        for chunk in _chunks(path):
            digest.update(chunk)
        recorded = str(entry.get("sha256", "")).removeprefix("sha256:")
        if digest.hexdigest() != recorded:
            problems.append(f"{entry['path']}: sha256 differs from the manifest")
    return problems


def _machine_readable(files: list[dict]) -> list[str]:
    problems = []
    for entry in files:
        fmt = entry.get("format")
        if fmt not in MEDIA_TYPES:
            problems.append(f"{entry['path']}: format {fmt!r} is not csv, json or parquet")
            continue
        media = entry.get("media_type")
        if media not in MEDIA_ALIASES.get(fmt, {MEDIA_TYPES[fmt]}):
            problems.append(f"{entry['path']}: media type {media!r}, expected {MEDIA_TYPES[fmt]}")
    if not any(entry.get("format") == "csv" for entry in files):
        problems.append("no CSV distribution")
    return problems


def _codec(entry: dict) -> str | None:
    try:
        return codecs.lookup(str(entry.get("encoding"))).name
    except LookupError:
        return None


def _parse(path: Path, entry: dict) -> _Parsed:
    fmt = entry.get("format")
    try:
        if fmt == "csv":
            return _parse_csv(path, _codec(entry) or "utf-8")
        if fmt == "json":
            return _parse_json(path)
        if fmt == "parquet":
            return _parse_parquet(path)
    except (OSError, ValueError) as error:
        return _Parsed(problems=[f"{entry['path']}: cannot be parsed ({type(error).__name__})"])
    return _Parsed(problems=[f"{entry['path']}: no parser for format {fmt!r}"])


def _parse_csv(path: Path, codec: str) -> _Parsed:
    # Undecodable bytes are the encoding check's business; structure is judged on the rest.
    if codec == "utf-8":
        codec = "utf-8-sig"  # a stray BOM is reported by encoding_match, not as a column name
    result = _Parsed()
    with path.open(encoding=codec, errors="replace", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
            if header is None:
                return _Parsed(problems=[f"{path.name}: empty file, no header"])
            result.columns = header
            rows = 0
            for row in reader:
                rows += 1
                if len(row) != len(header) and len(result.problems) < MAX_PROBLEMS:
                    result.problems.append(
                        f"{path.name}: line {reader.line_num}: {len(row)} fields, "
                        f"the header has {len(header)}"
                    )
        except csv.Error as error:
            result.problems.append(f"{path.name}: line {reader.line_num}: bad CSV ({error})")
            return result
    result.rows = rows
    if len(set(header)) != len(header) or not all(h.strip() for h in header):
        result.problems.append(f"{path.name}: header has empty or repeated column names")
    return result


def _parse_json(path: Path) -> _Parsed:
    data = json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        return _Parsed(problems=[f"{path.name}: not a JSON array of row objects"])
    columns = list(data[0]) if data else None
    result = _Parsed(columns=columns, rows=len(data))
    if columns is not None:
        for index, row in enumerate(data):
            if list(row) != columns:
                result.problems.append(f"{path.name}: row {index + 1} has other fields or order")
                break
    return result


def _parse_parquet(path: Path) -> _Parsed:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except pa.ArrowException as error:
        return _Parsed(problems=[f"{path.name}: not readable Parquet ({type(error).__name__})"])
    return _Parsed(columns=list(table.column_names), rows=table.num_rows)


def _structured(files: list[dict], parsed: dict[str, _Parsed], rows: Any) -> list[str]:
    problems = []
    for entry in files:
        result = parsed.get(entry["path"])
        if result is None:
            problems.append(f"{entry['path']}: missing, cannot be parsed")
            continue
        problems += result.problems
        if result.rows is not None and isinstance(rows, int) and result.rows != rows:
            problems.append(f"{entry['path']}: {result.rows} rows, manifest records {rows}")
    return problems


def _encoding_match(files: list[dict], present: dict[str, Path]) -> list[str]:
    problems = []
    for entry in files:
        fmt, path = entry.get("format"), present.get(entry["path"])
        if fmt not in TEXT_FORMATS or path is None:
            continue
        declared = entry.get("encoding")
        codec = _codec(entry)
        if not declared:
            problems.append(f"{entry['path']}: no encoding declared")
            continue
        if codec is None:
            problems.append(f"{entry['path']}: declared encoding {declared!r} is unknown")
            continue
        if fmt == "json" and codec not in ("utf-8",):
            problems.append(f"{entry['path']}: JSON must be UTF-8, declared {declared!r}")
        with path.open("rb") as handle:
            starts_with_bom = handle.read(3) == codecs.BOM_UTF8
        if starts_with_bom and codec != "utf-8-sig":
            problems.append(f"{entry['path']}: starts with a UTF-8 BOM but declares {declared!r}")
        line = _first_undecodable_line(path, codec)
        if line is not None:
            problems.append(f"{entry['path']}: line {line} is not valid {declared}")
    return problems


def _first_undecodable_line(path: Path, codec: str) -> int | None:
    """Strictly decode the file in chunks; the 1-based line of the first bad byte, or None."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    lines_before = 0
    for chunk in _chunks(path):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            return lines_before + chunk[: error.start].count(b"\n") + 1
        lines_before += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return lines_before + 1
    return None


def _description(field_entry: dict, lang: str) -> str:
    text = field_entry.get("description")
    if isinstance(text, str):
        return text.strip() if lang == "zh-TW" else ""
    if isinstance(text, dict):
        return str(text.get(lang) or "").strip()
    return ""


def _desc_match(
    spec: DatasetSpec, manifest: dict, fields: list[dict], parsed: dict[str, _Parsed]
) -> list[str]:
    problems = []
    names = [f["name"] for f in fields]
    if not names:
        problems.append("schema.fields is empty")
    for path, result in parsed.items():
        if result.columns is not None and result.columns != names:
            problems.append(f"{path}: columns differ from schema.fields (names or order)")
    spec_names = [c.name for c in spec.columns]
    unknown = [n for n in names if n not in spec_names]
    if unknown:
        problems.append(f"published column(s) not in the spec: {', '.join(unknown)}")
    known = [n for n in names if n in spec_names]
    if known != sorted(known, key=spec_names.index):
        problems.append("schema.fields are not in the spec's column order")
    for entry in fields:
        if entry["name"] not in spec_names:
            continue
        column = spec.column(entry["name"])
        if not column.description.zh_tw.strip():
            problems.append(f"{entry['name']}: no description in the spec")
        manifest_text = _description(entry, "zh-TW")
        if not manifest_text:
            problems.append(f"{entry['name']}: no description in the manifest")
        elif manifest_text != column.description.zh_tw.strip():
            problems.append(f"{entry['name']}: manifest description differs from the spec")
    withheld = {w.get("name") for w in manifest.get("withheld") or [] if isinstance(w, dict)}
    unaccounted = [n for n in spec_names if n not in names and n not in withheld]
    if unaccounted:
        problems.append(f"spec column(s) neither published nor withheld: {', '.join(unaccounted)}")
    return problems


def _bilingual(spec: DatasetSpec, fields: list[dict]) -> list[str]:
    problems = [f"{f['name']}: no English description" for f in fields if not _description(f, "en")]
    if not spec.title.en:
        problems.append("the spec's title has no English text")
    if not spec.description.en:
        problems.append("the spec's description has no English text")
    return problems


def _formats_complete(spec: DatasetSpec, files: list[dict]) -> list[str]:
    published = {f.get("format") for f in files}
    return [
        f"format {fmt} promised by the spec is not published"
        for fmt in spec.formats
        if fmt not in published
    ]
