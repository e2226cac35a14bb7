"""The engine end to end: in memory and from files, the gate, the leak guard, the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import yaml

from pipelines.deid import engine
from pipelines.deid.pseudonym import PseudonymKeyMissing
from tests.test_leakguard import make_spec
from tests.test_treatments import FakeScanner

COLUMNS: list[dict[str, Any]] = [
    {"name": "case_no"},
    {"name": "applicant", "pii": "direct", "treatment": "drop"},
    {"name": "national_id", "pii": "direct", "treatment": "pseudonymize"},
    {"name": "phone", "pii": "direct", "treatment": "mask", "keep_first": 4},
    {"name": "address", "pii": "quasi", "treatment": "generalize", "to": "district"},
    {"name": "age", "type": "integer", "pii": "quasi", "treatment": "generalize", "to": "band",
     "width": 10},
    {"name": "note", "pii": "free_text"},
]  # fmt: skip
NAMES = ["王小明", "陳美玲", "林志豪", "張家宏", "黃雅婷", "李俊傑", "吳怡君", "劉宗翰", "蔡佳穎"]


def source(rows: int = 9) -> pa.Table:
    names = [NAMES[i % len(NAMES)] for i in range(rows)]
    return pa.table(
        {
            "case_no": [f"C-{i:04d}" for i in range(rows)],
            "applicant": names,
            "national_id": [f"A1{i:08d}" for i in range(rows)],
            "phone": [f"09{i:08d}" for i in range(rows)],
            # 8 people in 西屯區 aged 30-39, the last one alone in 北區 aged 70-79
            "address": ["台中市西屯區市政路1號"] * (rows - 1) + ["臺中市北區三民路3號"],
            "age": [31 + i % 8 for i in range(rows - 1)] + [72],
            "note": [f"申請人{n}來電" for n in names],
        }
    )


def run(table: pa.Table, **deid: Any) -> engine.DeidResult:
    return engine.deidentify(table, make_spec(COLUMNS, **deid), key="k", scanner=FakeScanner)


def test_end_to_end_in_memory() -> None:
    result = run(source(), k=5, max_suppression=0.2)
    out, report = result.table, result.report
    assert out.column_names == ["case_no", "national_id", "phone", "address", "age", "note"]
    assert out.num_rows == 8  # the lone 北區 record is suppressed
    assert set(out.column("address").to_pylist()) == {"臺中市西屯區"}
    assert set(out.column("age").to_pylist()) == {"30-39"}
    assert out.column("phone")[0].as_py() == "0900******"
    assert all(n == "申請人〔姓名〕來電" for n in out.column("note").to_pylist())
    assert report.kanon.k_achieved == 8 and report.records_suppressed == 1
    assert not report.blocked and report.leak_guard.passed and report.exit_code == 0
    assert report.entities == {"note": {"PERSON": 8}}
    again = run(source(), k=5, max_suppression=0.2).table
    assert again.column("national_id").equals(out.column("national_id"))  # stable pseudonyms

    document = json.dumps(report.to_dict(), ensure_ascii=False)
    for value in [*NAMES, "A100000001", "0900000001", "市政路"]:
        assert value not in document
    assert json.loads(document)["k_anonymity"]["records_suppressed"] == 1
    text = report.render_text()
    assert "k=8" in text and "leak guard: passed" in text


def test_gate_blocks_and_publishes_nothing() -> None:
    result = run(source(), k=5, max_suppression=0.05)
    assert result.report.blocked and result.report.exit_code == 1
    assert result.table.num_rows == 0 and "max_suppression" in (result.report.reason or "")


def test_leak_guard_blocks_a_name_left_in_a_kept_column() -> None:
    table = source().set_column(0, "case_no", pa.array(["陳美玲的案件"] * 9))
    result = run(table, k=2, max_suppression=0.2)
    assert result.report.blocked and result.table.num_rows == 0
    assert result.report.leak_guard.hits == {"case_no": {"direct:applicant": 8}}
    assert "陳美玲" not in json.dumps(result.report.to_dict(), ensure_ascii=False)


def test_refuses_pseudonyms_without_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENDATA_PSEUDONYM_KEY", raising=False)
    with pytest.raises(PseudonymKeyMissing):
        engine.deidentify(source(), make_spec(COLUMNS), scanner=FakeScanner)


def test_missing_column_is_a_clear_error() -> None:
    with pytest.raises(engine.DeidInputError, match="phone"):
        run(source().drop_columns(["phone"]))


def write_spec(tmp_path: Path, **deid: Any) -> Path:
    spec = make_spec(COLUMNS, **deid).model_dump(by_alias=True, exclude_none=True)
    path = tmp_path / "test-cases.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("source_suffix", "out_suffix"), [(".csv", ".parquet"), (".parquet", ".csv")]
)
def test_file_in_batches_matches_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_suffix: str, out_suffix: str
) -> None:
    monkeypatch.setattr(engine, "BATCH_ROWS", 7)  # several Parquet batches
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    data = tmp_path / f"in{source_suffix}"
    if source_suffix == ".csv":
        pacsv.write_csv(table, data)
    else:
        pq.write_table(table, data)
    out = tmp_path / f"out{out_suffix}"
    spec_path = write_spec(tmp_path, k=5, max_suppression=0.05)
    report = engine.deidentify_file(data, spec_path, out, key="k", scanner=FakeScanner)
    assert not report.blocked and report.rows_in == 40 and report.rows_out == 39
    written = (
        pq.read_table(out)
        if out_suffix == ".parquet"
        else pacsv.read_csv(
            out,
            convert_options=pacsv.ConvertOptions(
                strings_can_be_null=True, column_types={"phone": pa.string()}
            ),
        )
    )
    expected = run(table, k=5, max_suppression=0.05).table
    assert written.column_names == expected.column_names
    for name in ["national_id", "phone", "address", "note"]:
        assert written.column(name).to_pylist() == expected.column(name).to_pylist()


def test_blocked_file_run_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "in.parquet"
    pq.write_table(source(), data)
    out = tmp_path / "out.csv"
    report = engine.deidentify_file(
        data, write_spec(tmp_path, k=5, max_suppression=0.0), out, key="k", scanner=FakeScanner
    )
    assert report.blocked and not out.exists()
    assert not list(tmp_path.glob(".out.csv*"))


def test_end_to_end_with_the_real_text_scanner() -> None:
    table = source().set_column(
        6, "note", pa.array([f"申請人{n}來電，身分證A123456789" for n in NAMES])
    )
    result = engine.deidentify(table, make_spec(COLUMNS, k=5, max_suppression=0.2), key="k")
    notes = result.table.column("note").to_pylist()
    assert result.report.leak_guard.passed and not result.report.blocked
    assert not any(n in note for note in notes for n in NAMES)
    assert not any("A123456789" in note for note in notes)
    assert result.report.entities["note"]["TW_NATIONAL_ID"] == 8


def test_known_names_from_outside_the_table_are_redacted_and_guarded() -> None:
    spec = make_spec(COLUMNS, k=5, max_suppression=0.2)
    table = source().set_column(6, "note", pa.array(["感謝司馬玉美協助"] * 9))
    result = engine.deidentify(table, spec, key="k", scanner=FakeScanner, known_names=["司馬玉美"])
    assert set(result.table.column("note").to_pylist()) == {"感謝〔姓名〕協助"}
    assert result.report.leak_guard.passed
    kept = table.set_column(0, "case_no", pa.array(["司馬玉美"] * 9))
    leaked = engine.deidentify(kept, spec, key="k", scanner=FakeScanner, known_names=["司馬玉美"])
    assert leaked.report.blocked
    assert leaked.report.leak_guard.hits == {"case_no": {"direct:known_names": 8}}


def _batches_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    processes: str,
    table: pa.Table,
    even: bool = False,
) -> tuple[pa.Table | None, dict[str, Any]]:
    monkeypatch.setenv("OPENDATA_DEID_PROCESSES", processes)
    monkeypatch.setattr(engine, "BATCH_ROWS", 8)
    # even: the 40 rows are published as six batches of 7, 7, 7, 7, 7 and 5 (_even_batches)
    monkeypatch.setattr(engine, "EVEN_BATCHES_FROM", 10 if even else 10**9)
    data = tmp_path / "in.parquet"
    pq.write_table(table, data, row_group_size=8)
    out = tmp_path / f"out-{processes}.parquet"
    report = engine.deidentify_file(
        data, write_spec(tmp_path, k=5, max_suppression=0.05), out, key="k", scanner=FakeScanner
    )
    return (pq.read_table(out) if out.exists() else None), report.to_dict()


@pytest.mark.parametrize("even", [False, True])
@pytest.mark.parametrize("leak_row", [None, 4, 13, 35])  # none; in a 1st, 2nd, last batch
def test_batches_published_in_a_helper_match_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leak_row: int | None, even: bool
) -> None:
    # 40 rows in batches of 8: pairs (0,1) and (2,3) go to a forked helper, batch 4 alone.
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    if leak_row is not None:  # an ID left in a kept column: the leak guard must block the run
        case_no = table.column("case_no").to_pylist()
        case_no[leak_row] = f"見 A1{leak_row + 1:08d}"
        table = table.set_column(0, "case_no", pa.array(case_no))
    one, one_report = _batches_run(tmp_path, monkeypatch, "1", table, even)
    two, two_report = _batches_run(tmp_path, monkeypatch, "2", table, even)
    assert two_report == one_report
    if leak_row is None:
        assert one is not None and two is not None and two.equals(one)
        assert one_report["rows_out"] == 39 and one_report["leak_guard"]["passed"]
    else:
        assert one is None and two is None  # blocked: nothing written
        assert one_report["leak_guard"]["hits"] == {"case_no": {"direct:national_id": 1}}


def test_even_batches_hold_every_row_in_order_in_an_even_number_of_equal_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "BATCH_ROWS", 100)
    rows = pa.table({"n": list(range(450))})
    read = [rows.slice(0, 130), rows.slice(130, 7), rows.slice(137, 300), rows.slice(437)]
    batches = list(engine._even_batches(read, rows.num_rows))
    assert [b.num_rows for b in batches] == [75] * 6  # three pairs, at most ~BATCH_ROWS each
    assert pa.concat_tables(batches).equals(rows)
    small = list(engine._even_batches([rows.slice(0, 41)], 41))
    assert [b.num_rows for b in small] == [21, 20]


@pytest.mark.parametrize("processes", ["1", "2"])
def test_the_default_scanner_and_the_survey_in_a_forked_helper_give_what_one_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: str
) -> None:
    """With two processes the survey runs in a forked helper while this process compiles the
    recognizers (engine.deidentify_batches); the published file and report are the same."""
    forked: list[int] = []  # the runs whose survey came back from a helper
    restore = engine._Run.restore_survey
    monkeypatch.setattr(
        engine._Run,
        "restore_survey",
        lambda run, got, parts: forked.append(1) or restore(run, got, parts),
    )
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    notes = [f"{n}於5月1日來電，電話0912-345-678，住台中市西屯區市政路1號" for n in NAMES] * 5
    table = table.set_column(6, "note", pa.array([*notes[:39], "無"]))
    data = tmp_path / "in.parquet"
    pq.write_table(table, data)
    spec = write_spec(tmp_path, k=5, max_suppression=0.05)
    reports, outputs = [], []
    for setting in ("1", processes):
        monkeypatch.setenv("OPENDATA_DEID_PROCESSES", setting)
        out = tmp_path / f"out-{setting}.parquet"
        reports.append(engine.deidentify_file(data, spec, out, key="k").to_dict())
        outputs.append(pq.read_table(out))
    assert reports[1] == reports[0] and outputs[1].equals(outputs[0])
    assert forked == ([1] if processes == "2" else [])
    notes_out = outputs[0].column("note").to_pylist()
    assert notes_out[0] == "〔姓名〕於5月1日來電，電話〔電話〕，住〔地址〕"
    assert reports[0]["rows_out"] == 39 and reports[0]["leak_guard"]["passed"]


def test_gate_generalisation_reused_for_published_rows_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unparseable addresses in every batch, plus on the one row the gate suppresses: publish
    # reuses the gate's generalised column, so it must take the batch's rows, minus suppressed.
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    bad = {2, 9, 16, 23, 30, 37, 39}
    address = [("地址不詳" if i in bad else a) for i, a in enumerate(table["address"].to_pylist())]
    table = table.set_column(4, "address", pa.array(address))
    written, report = _batches_run(tmp_path, monkeypatch, "2", table)
    assert written is not None and report["rows_out"] == 39  # row 39 (alone at 70-79) suppressed
    column = next(c for c in report["columns"] if c["name"] == "address")
    assert column["unparsed"] == 6 and column["cells"] == 39
    nulls = [i for i, v in enumerate(written["address"].to_pylist()) if v is None]
    assert nulls == sorted(bad - {39})
    expected = run(table, k=5, max_suppression=0.05).table
    assert written["address"].to_pylist() == expected["address"].to_pylist()


def _partitioned_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: str, table: pa.Table, parts: int
) -> tuple[pa.Table | None, dict[str, Any]]:
    """deidentify_file on a folder of `parts` Parquet files holding `table`'s rows in order."""
    monkeypatch.setenv("OPENDATA_DEID_PROCESSES", processes)
    monkeypatch.setattr(engine, "BATCH_ROWS", 8)
    folder = tmp_path / f"parts-{parts}"
    folder.mkdir(exist_ok=True)
    size = -(-table.num_rows // parts)
    for i in range(parts):
        pq.write_table(table.slice(i * size, size), folder / f"2026-{i + 1:02d}.parquet")
    out = tmp_path / f"out-{parts}-{processes}.parquet"
    report = engine.deidentify_file(
        folder if parts > 1 else next(folder.iterdir()),
        write_spec(tmp_path, k=5, max_suppression=0.05),
        out,
        key="k",
        scanner=FakeScanner,
    )
    return (pq.read_table(out) if out.exists() else None), report.to_dict()


@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_folder_of_partitions_publishes_what_one_file_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: str
) -> None:
    # The gate is decided over all partitions together: the lone 70-79 record (last row) is
    # suppressed, while a class split 3 + 2 across two files still reaches k = 5.
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    whole, whole_report = _partitioned_run(tmp_path, monkeypatch, "1", table, 1)
    parted, parted_report = _partitioned_run(tmp_path, monkeypatch, processes, table, 5)
    assert whole is not None and parted is not None and parted.equals(whole)
    assert parted_report["rows_out"] == whole_report["rows_out"] == 39
    assert parted_report["k_anonymity"] == whole_report["k_anonymity"]
    assert parted_report["columns"] == whole_report["columns"]
    assert parted_report["leak_guard"]["passed"]


@pytest.mark.parametrize("leak_row", [3, 12, 38])  # in the 1st, 2nd (a helper's), last file
def test_each_partition_is_leak_checked_against_its_own_direct_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leak_row: int
) -> None:
    table = source(40).set_column(5, "age", pa.array([str(31 + i % 8) for i in range(39)] + ["72"]))
    case_no = table.column("case_no").to_pylist()
    case_no[leak_row] = f"見 A1{leak_row:08d}"  # the row's own ID left in a kept column
    table = table.set_column(0, "case_no", pa.array(case_no))
    written, report = _partitioned_run(tmp_path, monkeypatch, "2", table, 4)
    assert written is None and report["blocked"]
    assert report["leak_guard"]["hits"] == {"case_no": {"direct:national_id": 1}}


def test_a_name_from_another_partition_is_still_redacted(tmp_path: Path) -> None:
    """Direct values are per partition, but the scanner knows every partition's names."""
    spec_path = write_spec(tmp_path, k=2, max_suppression=0.2)
    folder = tmp_path / "parts"
    folder.mkdir()
    first, second = source(9).slice(0, 5), source(9).slice(5, 4)
    note = ["申請人" + NAMES[i % 4] + "來電" for i in range(4)]
    note[0] = "王小明又來電"  # 王小明 applied in the first file only, no cue here
    pq.write_table(first, folder / "a.parquet")
    pq.write_table(second.set_column(6, "note", pa.array(note)), folder / "b.parquet")
    out = tmp_path / "out.parquet"
    report = engine.deidentify_file(folder, spec_path, out, key="k")
    assert not report.blocked and report.rows_out == 8  # the lone 北區 record suppressed
    assert pq.read_table(out).column("note").to_pylist()[5] == "〔姓名〕又來電"
