"""The leak guard: planted direct values and scanner findings are caught, counts never values."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from pipelines.deid import leakguard
from pipelines.spec.model import DatasetSpec


def make_spec(columns: list[dict[str, Any]], **deidentification: Any) -> DatasetSpec:
    return DatasetSpec.model_validate(
        {
            "id": "test-cases",
            "title": "測試",
            "description": "測試資料",
            "publisher": {"unit": "測試組", "contact": {"name": "窗口", "email": "a@b.gov.tw"}},
            "source": {"kind": "csv", "path": "cases.csv"},
            "columns": [{"description": "欄位", **c} for c in columns],
            "update_frequency": "monthly",
            "categories": {"theme": "t", "policy": "p", "service": "I00"},
            "deidentification": deidentification,
        }
    )


SPEC = make_spec(
    [
        {"name": "case_no"},
        {"name": "applicant", "pii": "direct", "treatment": "drop"},
        {"name": "national_id", "pii": "direct", "treatment": "pseudonymize"},
        {"name": "note", "pii": "free_text"},
    ]
)
SOURCE = pa.table(
    {
        "case_no": ["C-1", "C-2", "C-3"],
        "applicant": ["王小明", "陳美", "李"],  # 李: one character, too short to look for
        "national_id": ["A123456789", "B234567890", "C345678901"],
        "note": ["x", "y", "z"],
    }
)


def output(case_no: list[str], note: list[str | None]) -> pa.Table:
    return pa.table({"case_no": case_no, "national_id": ["p1", "p2", "p3"], "note": note})


def test_clean_output_passes() -> None:
    report = leakguard.leak_guard(
        SOURCE, output(["C-1", "C-2", "C-3"], ["無", None, "李先生"]), SPEC
    )
    assert report.passed and report.hits == {}
    assert report.direct_values_checked == 5  # 李 is below the minimum


def test_planted_name_and_id_in_text_are_caught_and_counted_per_kind() -> None:
    notes = ["申請人王小明來電", "身分證Ａ１２３４５６７８９已核對", "陳美、王小明同行"]
    report = leakguard.leak_guard(SOURCE, output(["C-1", "C-2", "C-3"], notes), SPEC)
    assert not report.passed
    assert report.hits == {"note": {"direct:applicant": 2, "direct:national_id": 1}}


def test_direct_value_left_in_a_published_column_is_caught() -> None:
    # case_no is a keep text column: the ID shows up as a substring and as a whole cell
    report = leakguard.leak_guard(
        SOURCE, output(["C-1", "A123456789", "x王小明"], ["", "", ""]), SPEC
    )
    assert report.hits == {"case_no": {"direct:national_id": 1, "direct:applicant": 1}}
    # a non-text column (pseudonymised output) is checked cell by cell
    leaked = output(["C-1", "C-2", "C-3"], [None] * 3).set_column(
        1, "national_id", pa.array(["p1", " B234567890", "p3"])
    )
    report = leakguard.leak_guard(SOURCE, leaked, SPEC)
    assert report.hits == {"national_id": {"direct:national_id": 1}}


class IdScanner:
    """A fake scanner that finds one fixed ID with high confidence."""

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]:
        return list(texts), Counter()

    def count_high_confidence(
        self,
        texts: Sequence[str | None],
        min_score: float = 0.85,
        weights: Sequence[int] | None = None,
    ) -> Counter[str]:
        weights = [1] * len(texts) if weights is None else weights
        hits = sum(w for t, w in zip(texts, weights, strict=True) if "Z100000009" in (t or ""))
        return Counter({"TW_NATIONAL_ID": hits})


def test_scanner_findings_fail_the_guard() -> None:
    out = output(["C-1", "C-2", "C-3"], ["Z100000009", "ok", "ok"])
    report = leakguard.leak_guard(SOURCE, out, SPEC, IdScanner())
    assert report.hits == {"note": {"TW_NATIONAL_ID": 1}}


def test_report_holds_counts_not_values() -> None:
    notes = ["申請人王小明來電", "A123456789", "陳美"]
    report = leakguard.leak_guard(SOURCE, output(["C-1", "C-2", "C-3"], notes), SPEC)
    text = json.dumps(report.to_dict(), ensure_ascii=False)
    assert not report.passed
    for value in ["王小明", "陳美", "A123456789"]:
        assert value not in text


def test_substring_matcher_many_patterns() -> None:
    rng = random.Random(7)
    ids = [f"A1{rng.randrange(10**8):08d}" for _ in range(20_000)]
    names = [a + b + c for a in "王陳林黃張" for b in "小美志家" for c in "明玲豪宏"]
    addresses = [f"臺中市西屯區台灣大道{n}號" for n in range(1000)]
    matcher = leakguard.SubstringMatcher({"id": ids, "name": names, "addr": addresses})
    texts = [f"案件{i}處理中" for i in range(5000)]
    texts[10] = f"補件{ids[123]}完成"
    texts[20] = f"地址{addresses[7]}，{names[3]}"
    texts[30] = "臺中市西屯區台灣大道99999號"  # shares a long prefix only: not a hit
    assert matcher.cells_with(texts) == Counter({"id": 1, "addr": 1, "name": 1})


def test_ids_glued_inside_longer_alphanumeric_tokens_are_not_hits() -> None:
    matcher = leakguard.SubstringMatcher({"phone": ["0926-000095"], "name": ["王小明"]})
    texts = ["IDB-1120926-000095", "電話0926-000095。", "X0926-000095", "0926-0000951", "小王小明"]
    assert matcher.cells_with(texts) == Counter({"phone": 1, "name": 1})


def test_repeated_texts_count_once_per_cell() -> None:
    notes = ["王小明來電", "王小明來電", None]
    report = leakguard.leak_guard(SOURCE, output(["C-1", "C-2", "C-3"], notes), SPEC)
    assert report.hits == {"note": {"direct:applicant": 2}}


def test_real_scanner_catches_values_planted_in_any_text_column_after_redaction() -> None:
    from pipelines.deid.scan import TextScanner

    scanner = TextScanner(["王小明"])
    redacted, _ = scanner.redact_many(["申請人王小明來電", "已結案", None])
    assert leakguard.leak_guard(
        SOURCE, output(["C-1", "C-2", "C-3"], redacted), SPEC, scanner
    ).passed
    # not source values, so only the scanner can see them: an ID in a kept column, a phone
    # and an e-mail appended to notes the redaction had left unchanged
    notes = [redacted[0], "已結案，電話0912-345-678", "寄至a.b@example.com"]
    report = leakguard.leak_guard(
        SOURCE, output(["F131104093", "C-2", "C-3"], notes), SPEC, scanner
    )
    assert report.hits == {"case_no": {"TW_NATIONAL_ID": 1}, "note": {"PHONE": 1, "EMAIL": 1}}


def test_utf8_hashes_equal_for_equal_strings_whatever_the_array_layout() -> None:
    import numpy as np
    import pyarrow as pa

    values = ["王小明", "A123456789", "", "\x00", "\x00\x00", None, "王小明"]
    plain = leakguard.utf8_hashes(pa.array(values, pa.string()))
    assert len(plain) == 6  # nulls are left out
    assert plain[0] == plain[5] and len(set(plain.tolist())) == 5
    sliced = pa.chunked_array([pa.array(["x", *values], pa.string()).slice(1)])
    assert np.array_equal(leakguard.utf8_hashes(sliced), plain)
    assert np.array_equal(leakguard.utf8_hashes(pa.array(values, pa.large_string())), plain)


def test_a_name_that_is_also_a_place_blocks_only_where_it_stands_as_a_name() -> None:
    """An applicant named 高雄: 高雄市 in a note is the city (published), 高雄先生 the person
    (redacted by the scanner; left in, the re-scan blocks it)."""
    from pipelines.deid.scan import TextScanner

    source = pa.table(
        {
            "case_no": ["C-1", "C-2", "C-3"],
            "applicant": ["高雄", "陳美", "王小明"],
            "national_id": ["A123456789", "B234567890", "C345678901"],
            "note": ["x", "y", "z"],
        }
    )
    scanner = TextScanner(["高雄", "陳美", "王小明"])
    notes = ["送高雄市動物保護處收容", "高雄先生來電詢問進度", "高雄榮民總醫院轉介"]
    redacted, _ = scanner.redact_many(notes)
    assert redacted[0] == notes[0] and redacted[2] == notes[2]
    assert "高雄" not in redacted[1]
    cases = ["C-1", "C-2", "C-3"]
    assert leakguard.leak_guard(source, output(cases, redacted), SPEC, scanner).passed
    report = leakguard.leak_guard(source, output(cases, notes), SPEC, scanner)
    assert report.hits == {"note": {"PERSON": 1}}


def test_the_rescan_reads_placeholders_as_empty_brackets() -> None:
    """〔出生日期〕 names what it replaced; before the next cell's date (進塔日期) it would read
    as a birth-date label and block a clean release."""
    from pipelines.deid.scan import TextScanner

    scanner = TextScanner([])
    table = "塔位｜姓名｜出生日期｜進塔日期\nA2-5393｜王小明｜1950/09/09｜114/06/19"
    redacted, _ = scanner.redact_many([table])
    assert redacted[0].endswith("〔出生日期〕｜114/06/19")
    assert scanner.count_high_confidence(redacted) == {}
    assert scanner.count_high_confidence(["出生日期｜114/06/19"]) == {"BIRTH_DATE": 1}
