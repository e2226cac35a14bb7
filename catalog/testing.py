"""Test helpers: a small sample project and releases written exactly per the output contract.

Tests of the catalog, its exports, the server and the portal need published releases without
running the pipeline. `write_fake_release` writes what docs/architecture.md promises (files,
manifest with real sha256 and sizes, the relative `current` symlink switched with os.replace,
an appended release-log line), so a catalog piece that passes against it will read the real
publisher's output too.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from catalog.model import MANIFEST, RELEASE_LOG, read_current_manifest
from pipelines.spec.model import DatasetSpec
from pipelines.spec.project import Project, load_project

DEFAULT_WHEN = datetime(2026, 11, 27, 5, 50, tzinfo=UTC)
MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def published_columns(spec: DatasetSpec) -> list[str]:
    """Columns that survive de-identification (dropped ones are withheld)."""
    return [c.name for c in spec.columns if c.effective_treatment != "drop"]


def _csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180 line endings
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return buffer.getvalue().encode("utf-8")


def arrow_table(spec: DatasetSpec, rows: list[dict[str, Any]]) -> pa.Table:
    """The published columns of `rows` as an Arrow table typed by the spec (ISO date strings ok)."""
    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("s", tz="UTC"),
    }
    arrays = {}
    for name in published_columns(spec):
        column = spec.column(name)
        values = [row.get(name) for row in rows]
        if column.type == "date":
            values = [date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        elif column.type == "datetime":
            values = [
                datetime.fromisoformat(v.replace("Z", "+00:00")) if isinstance(v, str) else v
                for v in values
            ]
        arrays[name] = pa.array(values, type=types[column.type])
    return pa.table(arrays)


def manifest_fields(spec: DatasetSpec) -> list[dict[str, Any]]:
    """The manifest's `schema.fields` for the published columns of `spec`."""
    published = set(published_columns(spec))
    return [
        {
            "name": c.name,
            "type": c.type,
            "description": c.description.model_dump(by_alias=True),
            "pii": c.pii,
            "treatment": c.effective_treatment,
        }
        for c in spec.columns
        if c.name in published
    ]


def _parquet_bytes(spec: DatasetSpec, rows: list[dict[str, Any]]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(arrow_table(spec, rows), sink)
    return sink.getvalue()


def _temporal(spec: DatasetSpec, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    for column in spec.columns:
        if column.type in ("date", "datetime") and column.effective_treatment != "drop":
            values = sorted(str(r[column.name])[:10] for r in rows if r.get(column.name))
            if values:
                return {"column": column.name, "start": values[0], "end": values[-1]}
    return None


def write_fake_release(
    out_dir: Path,
    spec: DatasetSpec,
    rows: list[dict[str, Any]],
    version: int = 1,
    when: datetime = DEFAULT_WHEN,
) -> Path:
    """Write release `version` of `spec` with `rows` (published column names); return its dir.

    `data_changed` carries over from the current release when the rows are unchanged, as the
    real publisher does, so catalog code can be tested on metadata-only releases.
    """
    columns = published_columns(spec)
    dataset_dir = out_dir / "datasets" / spec.id
    release_dir = dataset_dir / f"v{version}"
    release_dir.mkdir(parents=True, exist_ok=False)

    data_fingerprint = "sha256:" + _sha256(_canonical([[r.get(c) for c in columns] for r in rows]))
    spec_fingerprint = "sha256:" + _sha256(_canonical(spec.model_dump(mode="json", by_alias=True)))
    created = _iso(when)
    data_changed = created
    previous = read_current_manifest(out_dir, spec.id)
    if previous and previous[1].get("data_fingerprint") == data_fingerprint:
        data_changed = previous[1]["data_changed"]

    payloads = {
        "csv": _csv_bytes(columns, rows),
        "json": json.dumps(
            [{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=1
        ).encode("utf-8"),
        "parquet": _parquet_bytes(spec, rows),
    }
    files = []
    for fmt in spec.formats:
        name = f"{spec.id}.{fmt}"
        (release_dir / name).write_bytes(payloads[fmt])
        files.append(
            {
                "path": name,
                "format": fmt,
                "media_type": MEDIA_TYPES[fmt],
                "encoding": None if fmt == "parquet" else "utf-8",
                "bytes": len(payloads[fmt]),
                "sha256": _sha256(payloads[fmt]),
            }
        )
    manifest = {
        "manifest_version": 1,
        "dataset": spec.id,
        "version": version,
        "created": created,
        "data_changed": data_changed,
        "metadata_changed": created,
        "spec_fingerprint": spec_fingerprint,
        "source_fingerprint": data_fingerprint,
        "data_fingerprint": data_fingerprint,
        "rows": len(rows),
        "temporal": _temporal(spec, rows),
        "schema": {"fields": manifest_fields(spec)},
        "withheld": [
            {"name": c.name, "reason": f"pii: {c.pii}, treatment drop"}
            for c in spec.columns
            if c.name not in columns
        ],
        "files": files,
        "deidentification": {"entities_removed": 0, "records_suppressed": 0},
        "quality": {"level": "gold", "passed": True},
    }
    (release_dir / MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
    )

    link = dataset_dir / f".current-{version}"
    link.unlink(missing_ok=True)
    link.symlink_to(f"v{version}")
    os.replace(link, dataset_dir / "current")

    log_entry = {
        "dataset": spec.id,
        "version": version,
        "created": created,
        "data_changed": data_changed,
        "metadata_changed": created,
        "rows": len(rows),
        "data_fingerprint": data_fingerprint,
        "spec_fingerprint": spec_fingerprint,
        "path": f"datasets/{spec.id}/v{version}",
        "update_frequency": spec.update_frequency,
        "quality_level": "gold",
        "deid": {"entities_removed": 0, "records_suppressed": 0},
    }
    with (out_dir / RELEASE_LOG).open("a", encoding="utf-8") as log:
        log.write(json.dumps(log_entry, ensure_ascii=False) + "\n")
    return release_dir


# --- the sample project -------------------------------------------------------------------------

_CONTACT = {"name": "王小明", "email": "opendata@idb.example.gov.tw", "phone": "02-2754-1255"}

SAMPLE_SPECS: dict[str, dict[str, Any]] = {
    "factory-registrations": {
        "id": "factory-registrations",
        "status": "approved",
        "title": {"zh-TW": "工廠登記清冊", "en": "Factory registrations"},
        "description": {
            "zh-TW": "依工廠管理輔導法登記之工廠名稱、地址與產業類別。",
            "en": "Registered factories with address and industry category.",
        },
        "publisher": {"unit": "產業發展組", "contact": _CONTACT},
        "source": {"kind": "csv", "path": "data/factories.csv"},
        "primary_key": ["factory_id"],
        "columns": [
            {"name": "factory_id", "description": {"zh-TW": "工廠登記編號", "en": "Factory id"}},
            {"name": "name", "description": {"zh-TW": "工廠名稱", "en": "Factory name"}},
            {"name": "city", "description": {"zh-TW": "縣市", "en": "City or county"}},
            {
                "name": "registered_on",
                "type": "date",
                "description": {"zh-TW": "登記日期", "en": "Registration date"},
            },
            {
                "name": "employees",
                "type": "integer",
                "description": {"zh-TW": "員工人數", "en": "Employees"},
            },
        ],
        "license": "ogdl-tw-1.0",
        "update_frequency": "monthly",
        "categories": {"theme": "產業經濟", "policy": "經濟發展", "service": "I00"},
        "keywords": ["工廠", "登記"],
    },
    "service-applications": {
        "id": "service-applications",
        "status": "approved",
        "title": {"zh-TW": "補助申請案件", "en": "Subsidy applications"},
        "description": {
            "zh-TW": "中小企業補助申請案件之受理與核定結果（已去識別化）。",
            "en": "Subsidy applications received and decided (de-identified).",
        },
        "publisher": {"unit": "中小企業輔導組", "contact": _CONTACT},
        "source": {"kind": "csv", "path": "data/applications.csv"},
        "primary_key": ["case_no"],
        "columns": [
            {"name": "case_no", "description": {"zh-TW": "案件編號", "en": "Case number"}},
            {
                "name": "applicant_name",
                "pii": "direct",
                "description": {"zh-TW": "申請人姓名", "en": "Applicant name"},
            },
            {
                "name": "received_date",
                "type": "date",
                "description": {"zh-TW": "收件日期", "en": "Date received"},
            },
            {
                "name": "amount",
                "type": "number",
                "description": {"zh-TW": "核定金額（元）", "en": "Amount granted (NTD)"},
            },
            {
                "name": "approved",
                "type": "boolean",
                "description": {"zh-TW": "是否核定", "en": "Approved"},
            },
        ],
        "openness": {
            "level": "restricted",
            "legal_basis": "個人資料保護法第20條；僅限學術研究申請使用",
        },
        "license": "cc-by-4.0",
        "update_frequency": "quarterly",
        "categories": {"theme": "就業及勞動", "policy": "經濟發展", "service": "600"},
        "keywords": ["補助", "中小企業"],
        "formats": ["csv", "json"],
    },
    "industrial-parks": {
        "id": "industrial-parks",
        "status": "approved",
        "title": {"zh-TW": "工業區基本資料", "en": "Industrial parks"},
        "description": {"zh-TW": "編定工業區之名稱、面積與所在縣市。", "en": "Industrial parks."},
        "publisher": {"unit": "工業區組", "contact": _CONTACT},
        "source": {"kind": "csv", "path": "data/parks.csv"},
        "columns": [
            {"name": "park", "description": {"zh-TW": "工業區名稱", "en": "Park"}},
            {"name": "city", "description": {"zh-TW": "縣市", "en": "City or county"}},
            {
                "name": "designated_on",
                "type": "date",
                "description": {"zh-TW": "編定日期", "en": "Date designated"},
            },
            {
                "name": "area_ha",
                "type": "number",
                "description": {"zh-TW": "面積（公頃）", "en": "Area (ha)"},
            },
        ],
        "license": "cc0-1.0",
        "update_frequency": "irregular",
        "categories": {"theme": "產業經濟", "policy": "經濟發展", "service": "I00"},
        "keywords": ["工業區"],
    },
}

SAMPLE_ROWS: dict[str, list[dict[str, Any]]] = {
    "factory-registrations": [
        {
            "factory_id": "F0001",
            "name": "臺北精密工業",
            "city": "臺北市",
            "registered_on": "2023-01-05",
            "employees": 42,
        },
        {
            "factory_id": "F0002",
            "name": "新竹半導體材料",
            "city": "新竹縣",
            "registered_on": "2024-06-30",
            "employees": 310,
        },
        {
            "factory_id": "F0003",
            "name": "高雄鋼構",
            "city": "高雄市",
            "registered_on": "2025-12-01",
            "employees": 88,
        },
    ],
    "service-applications": [
        {"case_no": "A-001", "received_date": "2025-01-03", "amount": 150000.0, "approved": True},
        {"case_no": "A-002", "received_date": "2025-02-14", "amount": 0.0, "approved": False},
    ],
    "industrial-parks": [
        {"park": "林口工業區", "city": "新北市", "designated_on": "1978-05-01", "area_ha": 104.5},
        {"park": "大發工業區", "city": "高雄市", "designated_on": "1983-11-15", "area_ha": 377.0},
    ],
}

SAMPLE_CONFIG: dict[str, Any] = {
    "agency": {
        "name": {"zh-TW": "經濟部工業局（範例）", "en": "Industrial Development Bureau (sample)"},
        "oid": "2.16.886.101.20003.20006",
        "homepage": "https://www.example.gov.tw/idb/",
        "email": "opendata@idb.example.gov.tw",
    },
    "base_url": "https://data.example.gov.tw/",
    "output": "public",
}


def sample_project(tmp_path: Path) -> Project:
    """A project directory under tmp_path with three approved specs.

    factory-registrations (open, OGDL, monthly, a date column), service-applications (restricted
    with a legal basis, CC BY, quarterly, a dropped direct identifier, csv+json only) and
    industrial-parks (open, CC0, irregular).
    """
    root = tmp_path / "project"
    (root / "assets").mkdir(parents=True)
    (root / "opendata.yaml").write_text(
        yaml.safe_dump(SAMPLE_CONFIG, allow_unicode=True), encoding="utf-8"
    )
    for dataset_id, data in SAMPLE_SPECS.items():
        (root / "assets" / f"{dataset_id}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return load_project(root)


def publish_sample(project: Project, out_dir: Path | None = None) -> Path:
    """Release v1 of every sample spec into out_dir (default: the project's output); return it."""
    out_dir = out_dir if out_dir is not None else project.default_output
    out_dir.mkdir(parents=True, exist_ok=True)
    for spec in project.specs:
        write_fake_release(out_dir, spec, SAMPLE_ROWS[spec.id])
    return out_dir
