"""`opendata deid` on a steward's own file: the pipeline's reader (Big5, ROC dates, headers by
source_name), the spec's treatments, the report, and the exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipelines.cli import main

SPEC = """
id: complaints
status: approved
title: {zh-TW: 陳情, en: Complaints}
description: 陳情紀錄
publisher: {unit: 秘書室, contact: {name: 承辦人, email: sec@example.gov.tw}}
source: {kind: csv, path: complaints.csv}
primary_key: [ref]
columns:
  - {name: ref, source_name: 編號, description: 編號}
  - {name: received, source_name: 收文日期, type: date, format: roc, description: 收文日期}
  - {name: name, source_name: 陳情人, description: 陳情人, pii: direct}
  - {name: content, source_name: 內容, description: 內容, pii: free_text}
update_frequency: monthly
categories: {theme: 一般, policy: 一般, service: I00}
deidentification: {k: 2}
"""


def test_deid_reads_big5_and_removes_people(tmp_path: Path) -> None:
    (tmp_path / "complaints.yaml").write_text(SPEC, encoding="utf-8")
    source = tmp_path / "complaints.csv"
    source.write_bytes(
        "編號,收文日期,陳情人,內容\r\n"
        "A1,113/05/01,王大明,陳情人王大明反映噪音，電話0912-345-678\r\n"
        "A2,1130502,林美玲,請聯絡林美玲小姐，身分證A123456789\r\n"
        "A3,113年5月3日,陳志強\r\n".encode("cp950")
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["deid", str(source), "--spec", str(tmp_path / "complaints.yaml"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "malformed input rows left out: 1" in result.output
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == '"ref","received","content"'
    assert "2024-05-01" in text and "2024-05-02" in text
    for personal in ("王大明", "林美玲", "0912-345-678", "A123456789"):
        assert personal not in text and personal not in result.output
    assert "〔電話〕" in text and "〔身分證號〕" in text


def test_deid_exits_non_zero_when_the_gate_blocks(tmp_path: Path) -> None:
    spec = SPEC.replace(
        "{name: received, source_name: 收文日期, type: date, format: roc,",
        "{name: received, source_name: 收文日期, type: date, format: roc, pii: quasi,",
    ).replace("{k: 2}", "{k: 5, max_suppression: 0.1}")
    (tmp_path / "complaints.yaml").write_text(spec, encoding="utf-8")
    source = tmp_path / "complaints.csv"
    source.write_text(
        "編號,收文日期,陳情人,內容\nA1,113/05/01,王大明,無\nA2,113/05/02,林美玲,無\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["deid", str(source), "--spec", str(tmp_path / "complaints.yaml"), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "BLOCKED" in result.output and not out.exists()


def test_a_missing_column_is_named_once_without_a_helper_traceback(tmp_path: Path) -> None:
    """The survey runs in a forked helper (engine.deidentify_batches); when the input is bad,
    the helper fails quietly and this process raises the one-line error itself. (A process of
    its own: the helper writes to the real stderr, which an in-process runner does not see.)"""
    (tmp_path / "complaints.yaml").write_text(SPEC, encoding="utf-8")
    source = tmp_path / "complaints.csv"
    source.write_text("編號,收文日期,陳情人\nA1,113/05/01,王大明\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    run = subprocess.run(
        [sys.executable, "-c", "from pipelines.cli import main; main()", "deid", str(source),
         "--spec", str(tmp_path / "complaints.yaml"), "--out", str(out)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "OPENDATA_DEID_PROCESSES": "2"}, timeout=120,
    )  # fmt: skip
    printed = run.stdout + run.stderr
    assert run.returncode != 0 and not out.exists()
    assert printed.count("missing column(s): 內容 (content)") == 1, printed
    assert "Traceback" not in printed and "王大明" not in printed


def test_deid_reads_a_folder_of_monthly_files(tmp_path: Path) -> None:
    (tmp_path / "complaints.yaml").write_text(SPEC, encoding="utf-8")
    months = tmp_path / "months"
    months.mkdir()
    (months / "11305.csv").write_bytes(
        "編號,收文日期,陳情人,內容\r\nA1,113/05/01,王大明,陳情人王大明反映噪音\r\n"
        "A2,113/05/02,林美玲,無\r\n".encode("cp950")
    )
    (months / "11306.csv").write_text(  # a broken row, and May's petitioner named in June
        "編號,收文日期,陳情人,內容\nB1,113/06/01,陳志強,王大明的鄰居也來電\nB2,113/06/02\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(
        main, ["deid", str(months), "--spec", str(tmp_path / "complaints.yaml"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "malformed input rows left out: 1" in result.output
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.column("ref").to_pylist() == ["A1", "A2", "B1"]
    assert table.column("content").to_pylist()[2] == "〔姓名〕的鄰居也來電"
