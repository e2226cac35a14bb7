"""The extract stage on small real files and a real SQLite database built in tmp_path."""

from __future__ import annotations

import datetime
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from pipelines.sources import (
    RawBatch,
    Reject,
    SourceError,
    coerce,
    read_batches,
    source_columns,
    source_fingerprint,
)
from pipelines.spec import DatasetSpec

PERSON_NAME = "王小明"


def make_spec(source: dict[str, Any], columns: list[dict[str, Any]]) -> DatasetSpec:
    return DatasetSpec.model_validate(
        {
            "id": "test-set",
            "title": "測試",
            "description": "測試資料",
            "publisher": {"unit": "資訊室", "contact": {"name": "A", "email": "a@example.gov.tw"}},
            "source": source,
            "columns": [{"description": c["name"], **c} for c in columns],
            "update_frequency": "monthly",
            "categories": {"theme": "T", "policy": "P", "service": "100"},
        }
    )


# A spec whose columns exercise every type, a renamed Chinese header and a personal column.
COLUMNS = [
    {"name": "case_no", "source_name": "案件編號", "required": True},
    {"name": "name", "source_name": "姓名", "pii": "direct", "treatment": "drop"},
    {"name": "amount", "source_name": "金額", "type": "integer"},
    {"name": "received", "source_name": "收件日期", "type": "date"},
]
HEADER = "案件編號,姓名,金額,收件日期,備註\n"


def csv_spec(path: str = "data/x.csv", encoding: str = "auto", columns=COLUMNS) -> DatasetSpec:
    return make_spec({"kind": "csv", "path": path, "encoding": encoding}, columns)


def write(project: Path, rel: str, data: bytes) -> Path:
    path = project / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def read_all(spec: DatasetSpec, project: Path, **kwargs: Any) -> list[RawBatch]:
    return list(read_batches(spec, project, **kwargs))


def all_rows(batches: list[RawBatch]) -> tuple[pd.DataFrame, list[int], list[Reject]]:
    frame = pd.concat([b.frame for b in batches], ignore_index=True)
    lines = [int(n) for b in batches for n in b.lines()]
    rejects = [r for b in batches for r in b.rejects]
    return frame, lines, rejects


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_renames_selects_and_orders_spec_columns(tmp_path: Path) -> None:
    body = HEADER + "A1,王小明,100,113/05/01,x\nA2,陳大文,200,113/05/02,y\n"
    write(tmp_path, "data/x.csv", body.encode())
    (batch,) = read_all(csv_spec(), tmp_path)
    assert list(batch.frame.columns) == ["case_no", "name", "amount", "received"]
    assert batch.frame["case_no"].tolist() == ["A1", "A2"]
    assert batch.first_line == 2
    assert batch.lines().tolist() == [2, 3]
    assert batch.frame.dtypes.unique().tolist() == [object]
    assert source_columns(csv_spec(), tmp_path) == ["案件編號", "姓名", "金額", "收件日期", "備註"]


def test_csv_batches_are_bounded_and_keep_line_numbers(tmp_path: Path) -> None:
    rows = "".join(f"A{i},某,{i},113/05/01,\n" for i in range(7))
    write(tmp_path, "data/x.csv", (HEADER + rows).encode())
    batches = read_all(csv_spec(), tmp_path, batch_rows=3)
    assert [len(b.frame) for b in batches] == [3, 3, 1]
    assert [b.first_line for b in batches] == [2, 5, 8]
    frame, lines, _ = all_rows(batches)
    assert frame["amount"].tolist() == [str(i) for i in range(7)]
    assert lines == list(range(2, 9))


def test_missing_spec_column_names_it(tmp_path: Path) -> None:
    write(tmp_path, "data/x.csv", "案件編號,姓名,金額\nA1,x,1\n".encode())
    with pytest.raises(SourceError, match=r"data/x\.csv: missing column\(s\): 收件日期"):
        read_all(csv_spec(), tmp_path)


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found"):
        read_all(csv_spec("data/none.csv"), tmp_path)


def test_header_matching_ignores_width_and_spaces(tmp_path: Path) -> None:
    spec = csv_spec(columns=[{"name": "amount", "source_name": "AMOUNT"}])
    write(tmp_path, "data/x.csv", " ＡＭＯＵＮＴ ,other\n5,6\n".encode())
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame["amount"].tolist() == ["5"]


def test_big5_is_detected(tmp_path: Path) -> None:
    body = HEADER + "A1,王小明,100,113/05/01,臺北市\n"
    write(tmp_path, "data/x.csv", body.encode("cp950"))
    (batch,) = read_all(csv_spec(), tmp_path)
    assert batch.frame["name"].tolist() == [PERSON_NAME]
    # Declaring it works too, and declaring the wrong encoding is an error, not mojibake.
    (batch,) = read_all(csv_spec(encoding="big5"), tmp_path)
    assert batch.frame["name"].tolist() == [PERSON_NAME]
    with pytest.raises(SourceError, match=r"^data/x\.csv: lines 1, 2: bytes not valid utf-8$"):
        read_all(csv_spec(encoding="utf-8"), tmp_path)


def test_utf8_bom_is_detected_and_not_part_of_the_header(tmp_path: Path) -> None:
    body = HEADER + "A1,王小明,100,113/05/01,\n"
    write(tmp_path, "data/x.csv", body.encode("utf-8-sig"))
    for encoding in ("auto", "utf-8", "utf-8-sig"):
        (batch,) = read_all(csv_spec(encoding=encoding), tmp_path)
        assert batch.frame["case_no"].tolist() == ["A1"]
    assert source_columns(csv_spec(), tmp_path)[0] == "案件編號"


def test_bad_byte_in_utf8_file_is_reported_with_its_line(tmp_path: Path) -> None:
    lines = [HEADER.encode()] + [f"A{i},王小明,1,113/05/01,\n".encode() for i in range(5)]
    lines[4] = b"A3,\xff\xfe,1,113/05/01,\n"  # line 5 of the file
    write(tmp_path, "data/x.csv", b"".join(lines))
    with pytest.raises(SourceError) as error:
        read_all(csv_spec(), tmp_path)
    message = str(error.value)
    assert message == "data/x.csv: line 5: bytes not valid utf-8"


def test_bad_byte_in_big5_file_is_reported_with_its_line(tmp_path: Path) -> None:
    good = [f"A{i},陳大文,1,113/05/01,\n".encode("cp950") for i in range(60)]
    good[55] = b"A55,\x80\x80,1,113/05/01,\n"  # 0x80 is not a CP950 lead byte
    write(tmp_path, "data/x.csv", HEADER.encode("cp950") + b"".join(good))
    with pytest.raises(SourceError, match=r"^data/x\.csv: line 57: bytes not valid cp950$"):
        read_all(csv_spec(), tmp_path)


def test_malformed_rows_are_rejected_with_physical_lines(tmp_path: Path) -> None:
    body = (
        HEADER
        + "A1,甲,1,113/05/01,\n"  # line 2
        + "A2,乙,2,113/05/01\n"  # line 3: 4 fields
        + "A3,丙,3,113/05/01,,extra\n"  # line 4: 6 fields
        + "\n"  # line 5: blank, skipped silently
        + 'A4,"丁\n戊",4,113/05/01,\n'  # lines 6-7: a legitimate multi-line value
        + "A5,己,5,113/05/01,\n"  # line 8
    )
    write(tmp_path, "data/x.csv", body.encode())
    frame, lines, rejects = all_rows(read_all(csv_spec(), tmp_path, batch_rows=2))
    assert frame["case_no"].tolist() == ["A1", "A4", "A5"]
    assert lines == [2, 6, 8]
    assert rejects == [
        Reject(3, None, "expected 5 fields, found 4"),
        Reject(4, None, "expected 5 fields, found 6"),
    ]


def test_a_stray_quote_does_not_swallow_the_following_rows(tmp_path: Path) -> None:
    body = HEADER + "A1,甲,1,113/05/01,\n" + 'A2,"乙,2,113/05/01,\n'
    body += "".join(f"A{i},丙,{i},113/05/01,\n" for i in range(3, 8))
    write(tmp_path, "data/x.csv", body.encode())
    frame, lines, rejects = all_rows(read_all(csv_spec(), tmp_path))
    assert frame["case_no"].tolist() == ["A1", "A3", "A4", "A5", "A6", "A7"]
    assert lines == [2, 4, 5, 6, 7, 8]
    assert [r.line for r in rejects] == [3]
    assert rejects[0].column is None


@pytest.mark.parametrize("last", ['A3,"丙,3,113/05/01,', "A3,丙,3", 'A3,丙,3,113/05/01,"備'])
def test_a_truncated_file_gives_a_reject_not_a_crash(tmp_path: Path, last: str) -> None:
    body = HEADER + "A1,甲,1,113/05/01,\nA2,乙,2,113/05/01,\n" + last
    write(tmp_path, "data/x.csv", body.encode())
    frame, _, rejects = all_rows(read_all(csv_spec(), tmp_path))
    assert frame["case_no"].tolist() == ["A1", "A2"]
    assert [r.line for r in rejects] == [4]


def test_values_are_trimmed_normalised_and_empty_is_none(tmp_path: Path) -> None:
    columns = [
        {"name": "phone", "pii": "direct", "treatment": "drop"},
        {"name": "note", "pii": "free_text"},
        {"name": "code"},
    ]
    spec = csv_spec(columns=columns)
    write(tmp_path, "data/x.csv", "phone,note,code\n０９１２ ,ＡＢＣ ,  \n".encode())
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame.iloc[0].tolist() == ["0912", "ＡＢＣ", None]


def test_delimiter_is_honoured(tmp_path: Path) -> None:
    spec = make_spec(
        {"kind": "csv", "path": "x.tsv", "delimiter": "\t"}, [{"name": "a"}, {"name": "b"}]
    )
    write(tmp_path, "x.tsv", b"a\tb\n1,5\t2\n")
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame.iloc[0].tolist() == ["1,5", "2"]


# --- coerce ------------------------------------------------------------------------------------

TYPED = [
    {"name": "id", "required": True},
    {"name": "count", "type": "integer"},
    {"name": "ratio", "type": "number"},
    {"name": "active", "type": "boolean"},
    {"name": "day", "type": "date"},
    {"name": "at", "type": "datetime"},
    {"name": "birthday", "type": "date", "pii": "quasi", "treatment": "generalize", "to": "year"},
]


def typed_batch(tmp_path: Path, rows: list[str]) -> tuple[DatasetSpec, RawBatch]:
    spec = csv_spec("t.csv", columns=TYPED)
    body = "id,count,ratio,active,day,at,birthday\n" + "".join(r + "\n" for r in rows)
    write(tmp_path, "t.csv", body.encode())
    (batch,) = read_all(spec, tmp_path)
    return spec, batch


def test_coerce_types_every_column(tmp_path: Path) -> None:
    spec, batch = typed_batch(
        tmp_path,
        [
            '1,"1,234",3.5,是,113/05/01,113/05/01 14:30,0991231',
            '2,"１，２３４",-0.25,N,2024-05-02,2024-05-01T06:30:00Z,民國99年1月2日',
            "3,７,1e3,true,20240503,,",
            "4,12.0,,0,,,",
        ],
    )
    result = coerce(batch, spec)
    assert result.rejects == []
    table = result.table
    assert table.schema.types == [
        pa.string(),
        pa.int64(),
        pa.float64(),
        pa.bool_(),
        pa.date32(),
        pa.timestamp("us"),
        pa.date32(),
    ]
    assert table.column("count").to_pylist() == [1234, 1234, 7, 12]
    assert table.column("ratio").to_pylist() == [3.5, -0.25, 1000.0, None]
    assert table.column("active").to_pylist() == [True, False, True, False]
    assert table.column("day").to_pylist() == [
        datetime.date(2024, 5, 1),
        datetime.date(2024, 5, 2),
        datetime.date(2024, 5, 3),
        None,
    ]
    # An explicit UTC offset is stored as Taiwan local time, like every offset-less value.
    assert table.column("at").to_pylist()[:2] == [
        datetime.datetime(2024, 5, 1, 14, 30),
        datetime.datetime(2024, 5, 1, 14, 30),
    ]
    assert table.column("birthday").to_pylist()[:2] == [
        datetime.date(2010, 12, 31),
        datetime.date(2010, 1, 2),
    ]
    assert result.line_numbers is not None
    assert result.line_numbers.tolist() == [2, 3, 4, 5]


def test_coerce_rejects_bad_values_and_missing_required(tmp_path: Path) -> None:
    spec, batch = typed_batch(
        tmp_path,
        [
            "1,5,1.5,Y,113/05/01,,",
            '2,"1,23",1.5,Y,113/05/01,,',  # not a number with thousands separators
            "3,x5,1.5,Y,113/05/01,,",
            "4,5,1.5,maybe,113/05/01,,",
            "5,5,1.5,Y,113/02/30,,",
            ",5,1.5,Y,113/05/01,,",
            "7,5,1.5,Y,113/05/01,,0991340",
            "8,99999999999999999999,1.5,Y,113/05/01,,",
        ],
    )
    result = coerce(batch, spec)
    # A missing required value is left to the expectation suite (it fails the dataset).
    assert result.table.column("id").to_pylist() == ["1", None]
    by_line = {r.line: r for r in result.rejects}
    assert len(by_line) == len(result.rejects) == 6
    assert by_line[3] == Reject(3, "count", "not a valid integer: '1,23'")
    assert by_line[4] == Reject(4, "count", "not a valid integer: 'x5'")
    assert by_line[5].column == "active" and "'maybe'" in by_line[5].reason
    assert by_line[6] == Reject(6, "day", "not a valid date: '113/02/30'")
    assert 7 not in by_line
    assert by_line[8] == Reject(8, "birthday", "not a valid date")  # pii: no value quoted
    assert by_line[9].column == "count"
    assert result.line_numbers is not None
    assert result.line_numbers.tolist() == [2, 7]


def test_coerce_never_quotes_personal_values(tmp_path: Path) -> None:
    columns = [
        {"name": "national_id", "pii": "direct", "treatment": "drop", "type": "integer"},
        {"name": "born", "pii": "sensitive", "type": "date", "format": "roc"},
        {"name": "note", "pii": "free_text", "type": "boolean"},
    ]
    spec = csv_spec("p.csv", columns=columns)
    write(tmp_path, "p.csv", "national_id,born,note\nA123456789,2024-05-01,王小明\n".encode())
    (batch,) = read_all(spec, tmp_path)
    result = coerce(batch, spec)
    assert len(result.table) == 0
    assert {r.column for r in result.rejects} == {"national_id", "born", "note"}
    for reject in result.rejects:
        for secret in ("A123456789", "2024-05-01", PERSON_NAME):
            assert secret not in reject.reason
    assert any("expected format roc" in r.reason for r in result.rejects)


def test_coerce_carries_reading_rejects(tmp_path: Path) -> None:
    spec, batch = typed_batch(tmp_path, ["1,5,1.5,Y,113/05/01,,", "2,5"])
    result = coerce(batch, spec)
    assert result.rejects == [Reject(3, None, "expected 7 fields, found 2")]
    assert len(result.table) == 1


# --- spreadsheets ------------------------------------------------------------------------------

SHEET_COLUMNS = [
    {"name": "case_no", "source_name": "案件編號"},
    {"name": "amount", "source_name": "金額", "type": "integer"},
    {"name": "received", "source_name": "收件日期", "type": "date"},
]


def test_excel_is_read_with_sheet_row_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "說明"
    book.active.append(["這張是說明"])
    sheet = book.create_sheet("資料")
    sheet.append(["案件編號", "金額", "收件日期", "備註"])
    sheet.append(["A1", 1200, datetime.datetime(2024, 5, 1), "x"])
    sheet.append([None, None, None, None])
    sheet.append(["A2", 3.0, "113/05/02"])
    book.save(tmp_path / "x.xlsx")
    spec = make_spec({"kind": "excel", "path": "x.xlsx", "sheet": "資料"}, SHEET_COLUMNS)
    frame, lines, rejects = all_rows(read_all(spec, tmp_path))
    assert frame.values.tolist() == [["A1", "1200", "2024-05-01"], ["A2", "3", "113/05/02"]]
    assert lines == [2, 4]
    assert rejects == []
    by_index = make_spec({"kind": "excel", "path": "x.xlsx", "sheet": 1}, SHEET_COLUMNS)
    assert source_columns(by_index, tmp_path) == ["案件編號", "金額", "收件日期", "備註"]
    table = coerce(read_all(spec, tmp_path)[0], spec).table
    assert table.column("received").to_pylist() == [
        datetime.date(2024, 5, 1),
        datetime.date(2024, 5, 2),
    ]
    missing = make_spec({"kind": "excel", "path": "x.xlsx", "sheet": "沒有"}, SHEET_COLUMNS)
    with pytest.raises(SourceError, match="no sheet named"):
        read_all(missing, tmp_path)


def test_ods_is_read(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"案件編號": ["A1", "A2"], "金額": [1200, 7], "收件日期": ["113/05/01", "2024-05-02"]}
    )
    frame.to_excel(tmp_path / "x.ods", engine="odf", index=False, startrow=1)  # a title row gap
    spec = make_spec({"kind": "ods", "path": "x.ods"}, SHEET_COLUMNS)
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame.values.tolist() == [["A1", "1200", "113/05/01"], ["A2", "7", "2024-05-02"]]
    assert batch.lines().tolist() == [3, 4]
    table = coerce(batch, spec).table
    assert table.column("amount").to_pylist() == [1200, 7]


# --- JSON --------------------------------------------------------------------------------------

JSON_COLUMNS = [{"name": "id"}, {"name": "n", "type": "integer"}, {"name": "ok", "type": "boolean"}]
RECORDS = [{"id": "a", "n": 1, "ok": True}, {"id": "b", "n": 2.0, "ok": False, "extra": [1]}]


@pytest.mark.parametrize("shape", ["array", "data", "lines"])
def test_json_shapes(tmp_path: Path, shape: str) -> None:
    if shape == "array":
        text = json.dumps(RECORDS, ensure_ascii=False, indent=2)
    elif shape == "data":
        text = json.dumps({"data": RECORDS, "meta": {}})
    else:
        text = "\n".join(json.dumps(r) for r in RECORDS) + "\n"
    write(tmp_path, "x.json", text.encode())
    spec = make_spec({"kind": "json", "path": "x.json"}, JSON_COLUMNS)
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame.values.tolist() == [["a", "1", "true"], ["b", "2", "false"]]
    assert source_columns(spec, tmp_path) == ["id", "n", "ok", "extra"]
    table = coerce(batch, spec).table
    assert table.column("ok").to_pylist() == [True, False]


def test_json_lines_bad_line_is_a_reject(tmp_path: Path) -> None:
    text = '{"id": "a", "n": 1, "ok": true}\n{"id": "b", "n": \n\n[1, 2]\n{"id": "c"}\n'
    write(tmp_path, "x.jsonl", text.encode())
    spec = make_spec({"kind": "json", "path": "x.jsonl"}, JSON_COLUMNS)
    frame, lines, rejects = all_rows(read_all(spec, tmp_path))
    assert frame["id"].tolist() == ["a", "c"]
    assert lines == [1, 5]
    assert rejects == [
        Reject(2, None, "not valid JSON"),
        Reject(4, None, "expected an object, found list"),
    ]


def test_json_array_syntax_error_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "x.json", b'[\n {"id": "a"},\n {"id": }\n]')
    spec = make_spec({"kind": "json", "path": "x.json"}, JSON_COLUMNS[:1])
    with pytest.raises(SourceError, match=r"x\.json: line 3: not valid JSON"):
        read_all(spec, tmp_path)


# --- SQL ---------------------------------------------------------------------------------------


def make_db(path: Path, rows: list[tuple[Any, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE IF EXISTS cases")
        db.execute("CREATE TABLE cases (case_no TEXT, amount INTEGER, received TEXT, n REAL)")
        db.executemany("INSERT INTO cases VALUES (?, ?, ?, ?)", rows)
    # sqlite3's context manager commits but does not close; the file is complete either way.


SQL_COLUMNS = [
    {"name": "case_no"},
    {"name": "amount", "type": "integer"},
    {"name": "received", "type": "date"},
]
SQL_ROWS = [(f"A{i}", i * 10, "113/05/01", 0.5) for i in range(25)]


def sql_spec(**source: Any) -> DatasetSpec:
    return make_spec({"kind": "sql", "url": "${CASES_DB_URL}", **source}, SQL_COLUMNS)


def test_sql_table_streams_in_batches_with_env_url(tmp_path: Path) -> None:
    make_db(tmp_path / "data" / "cases.db", SQL_ROWS)
    env = {"CASES_DB_URL": "sqlite:///data/cases.db"}  # relative: resolved against the project
    batches = read_all(sql_spec(table="cases"), tmp_path, batch_rows=10, env=env)
    assert [len(b.frame) for b in batches] == [10, 10, 5]
    frame, lines, _ = all_rows(batches)
    assert frame["case_no"].tolist() == [r[0] for r in SQL_ROWS]
    assert frame["amount"].tolist()[:2] == ["0", "10"]
    assert lines == list(range(1, 26))
    table = coerce(batches[0], sql_spec(table="cases")).table
    assert table.column("received").to_pylist()[0] == datetime.date(2024, 5, 1)
    assert source_columns(sql_spec(table="cases"), tmp_path, env) == [
        "case_no",
        "amount",
        "received",
        "n",
    ]


def test_sql_query_is_run_as_given(tmp_path: Path) -> None:
    make_db(tmp_path / "cases.db", SQL_ROWS)
    env = {"CASES_DB_URL": "sqlite:///cases.db"}
    spec = sql_spec(query="SELECT case_no, amount, received FROM cases WHERE amount >= 200")
    (batch,) = read_all(spec, tmp_path, env=env)
    assert batch.frame["case_no"].tolist() == [f"A{i}" for i in range(20, 25)]


def test_sql_missing_env_variable_is_named(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="environment variable CASES_DB_URL is not set"):
        read_all(sql_spec(table="cases"), tmp_path, env={})


def test_sql_env_expands_inside_url_and_errors_hide_it(tmp_path: Path) -> None:
    make_db(tmp_path / "cases.db", SQL_ROWS)
    spec = make_spec(
        {"kind": "sql", "url": "sqlite:///${DB_DIR}/cases.db", "table": "cases"}, SQL_COLUMNS
    )
    (batch,) = read_all(spec, tmp_path, env={"DB_DIR": str(tmp_path)})
    assert len(batch.frame) == 25
    wrong = make_spec({"kind": "sql", "url": "${U}", "table": "nope"}, SQL_COLUMNS)
    with pytest.raises(SourceError, match="table nope") as error:
        read_all(wrong, tmp_path, env={"U": f"sqlite:///{tmp_path}/cases.db"})
    assert str(tmp_path) not in str(error.value)


def test_sql_fingerprint_ignores_row_order_but_not_content(tmp_path: Path) -> None:
    env = {"CASES_DB_URL": "sqlite:///cases.db"}
    spec = sql_spec(table="cases")
    make_db(tmp_path / "cases.db", SQL_ROWS)
    first = source_fingerprint(spec, tmp_path, env)
    make_db(tmp_path / "cases.db", list(reversed(SQL_ROWS)))
    assert source_fingerprint(spec, tmp_path, env) == first
    make_db(tmp_path / "cases.db", [*SQL_ROWS[:-1], ("A24", 241, "113/05/01", 0.5)])
    changed = source_fingerprint(spec, tmp_path, env)
    assert changed != first and changed.startswith("sha256:")
    make_db(tmp_path / "cases.db", SQL_ROWS[:-1])
    assert source_fingerprint(spec, tmp_path, env) not in (first, changed)


def test_file_fingerprint_is_sha256_of_the_bytes(tmp_path: Path) -> None:
    data = (HEADER + "A1,王小明,1,113/05/01,\n").encode("cp950")
    write(tmp_path, "data/x.csv", data)
    expected = "sha256:" + hashlib.sha256(data).hexdigest()
    assert source_fingerprint(csv_spec(), tmp_path) == expected


def test_an_unclosed_quote_that_lines_up_by_chance_is_still_caught(tmp_path: Path) -> None:
    # The quote opened on line 3 closes inside line 5; the merged "row" has 5 fields by chance.
    body = (
        HEADER
        + "A1,甲,1,113/05/01,\n"
        + 'A2,"broken,1,2,3\n'
        + "A3,x\n"
        + 'A4,乙,"1,200",113/05/01,note\n'
        + "A5,丙,5,113/05/01,\n"
    )
    write(tmp_path, "data/x.csv", body.encode())
    frame, lines, rejects = all_rows(read_all(csv_spec(), tmp_path))
    assert frame["case_no"].tolist() == ["A1", "A4", "A5"]
    assert lines == [2, 5, 6]
    assert [r.line for r in rejects] == [3, 4]


def test_multi_line_value_on_the_last_row_is_kept(tmp_path: Path) -> None:
    body = HEADER + "A1,甲,1,113/05/01,\n" + 'A2,乙,2,113/05/01,"第一行\n第二行"'
    write(tmp_path, "data/x.csv", body.encode())
    frame, lines, rejects = all_rows(read_all(csv_spec(), tmp_path))
    assert frame["case_no"].tolist() == ["A1", "A2"]
    assert lines == [2, 3]
    assert rejects == []


def test_an_unclosed_quote_running_past_the_field_limit_recovers(tmp_path: Path) -> None:
    # csv's field size limit (128 KiB) stops the runaway quote; the lines it ate are re-read.
    good = [f"B{i},某,{i},113/05/01,{'x' * 60}\n" for i in range(3000)]
    body = HEADER + "A1,甲,1,113/05/01,\n" + 'A2,"runaway,2,113/05/01,\n' + "".join(good)
    write(tmp_path, "data/x.csv", body.encode())
    frame, lines, rejects = all_rows(read_all(csv_spec(), tmp_path))
    assert [(r.line, r.column) for r in rejects] == [(3, None)]
    assert len(frame) == 3001
    assert lines == [2, *range(4, 3004)]


def test_utf16_unicode_text_export_is_detected(tmp_path: Path) -> None:
    spec = make_spec(
        {"kind": "csv", "path": "x.txt", "delimiter": "\t"},
        [{"name": "case_no", "source_name": "案件編號"}, {"name": "city", "source_name": "縣市"}],
    )
    write(tmp_path, "x.txt", "案件編號\t縣市\r\nA1\t臺北市\r\n".encode("utf-16"))
    (batch,) = read_all(spec, tmp_path)
    assert batch.frame.values.tolist() == [["A1", "臺北市"]]


def test_undecodable_in_every_encoding_is_an_error_not_mojibake(tmp_path: Path) -> None:
    # 0x80 0x80 is neither UTF-8 nor CP950; a lenient single-byte guess must not be taken.
    write(tmp_path, "data/x.csv", HEADER.encode("cp950") + b"A1,\x80\x80,1,113/05/01,\n")
    with pytest.raises(SourceError, match=r"^data/x\.csv: line 2: bytes not valid cp950$"):
        read_all(csv_spec(), tmp_path)


def test_header_only_file_gives_one_empty_typed_batch(tmp_path: Path) -> None:
    write(tmp_path, "data/x.csv", HEADER.encode())
    (batch,) = read_all(csv_spec(), tmp_path)
    assert len(batch.frame) == 0
    assert list(batch.frame.columns) == ["case_no", "name", "amount", "received"]
    table = coerce(batch, csv_spec()).table
    assert table.num_rows == 0 and table.schema.field("received").type == pa.date32()
    write(tmp_path, "data/x.csv", b"\n\n")
    with pytest.raises(SourceError, match="no header row"):
        read_all(csv_spec(), tmp_path)


def test_damaged_spreadsheet_is_a_source_error(tmp_path: Path) -> None:
    write(tmp_path, "x.xlsx", b"PK\x03\x04 not really a zip")
    spec = make_spec({"kind": "excel", "path": "x.xlsx"}, SHEET_COLUMNS)
    with pytest.raises(SourceError, match=r"^x\.xlsx: not a readable \.xlsx file"):
        read_all(spec, tmp_path)


def test_a_note_holding_a_pasted_table_of_the_files_width_is_one_row(tmp_path: Path) -> None:
    """A quoted multi-line note may paste a table whose lines have as many commas as a record
    (姓名,電話,...): they are part of the note, since they do not start with a record key."""
    note = '"名冊：\n姓名,電話,出生日期,金額,備註\n王某,0912,52/3/20,100,無\n以上"'
    body = HEADER + f"A1,甲,1,113/05/01,{note}\nA2,乙,2,113/05/01,\n"
    write(tmp_path, "data/x.csv", body.encode())
    columns = [*COLUMNS, {"name": "note", "source_name": "備註", "pii": "free_text"}]
    frame, lines, rejects = all_rows(read_all(csv_spec(columns=columns), tmp_path))
    assert frame["case_no"].tolist() == ["A1", "A2"]
    assert frame["note"].iloc[0].count("\n") == 3
    assert lines == [2, 6] and rejects == []
