"""The sample agency generator: determinism, encodings, valid identifiers, scale, and specs that
match the data they describe. Checksums are re-implemented here, independently of the generator."""

from __future__ import annotations

import csv
import io
import random
import re
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

from pipelines.sample import build_sample, row_counts, text, vocab
from pipelines.sample.build import DEFAULT_ROWS
from pipelines.sample.fake import address, person_name, valid_ban, valid_national_id
from pipelines.spec import load_spec, load_specs

REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "assets"
TABLES = ("staff", "service_applications", "petitions", "survey_responses")
FACTORY_HEADERS = [
    "工廠名稱",
    "統一編號",
    "負責人",
    "工廠地址",
    "產業類別代號",
    "工廠狀態",
    "登記日期",
]

# --- independent checksum implementations (from the reference table, not from the generator) ---

_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # codes 10..35 in this order


def id_checksum_ok(value: str) -> bool:
    """國民身分證統一編號 or new-form 外來人口統一證號: letter code digits + 9 digits, weighted."""
    if not re.fullmatch(r"[A-Z][1289]\d{8}", value):
        return False
    code = _LETTERS.index(value[0]) + 10
    digits = [code // 10, code % 10, *map(int, value[1:])]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def ban_sum(value: str) -> int:
    total = 0
    for digit, weight in zip(map(int, value), [1, 2, 1, 2, 1, 2, 4, 1], strict=True):
        product = digit * weight
        total += product // 10 + product % 10
    return total


def ban_checksum_ok(value: str) -> bool:
    """營利事業統一編號 under the ÷5 rule, with the 7th-digit-is-7 special case."""
    if not re.fullmatch(r"\d{8}", value):
        return False
    total = ban_sum(value)
    return total % 5 == 0 or (value[6] == "7" and (total + 1) % 5 == 0)


def test_checksums_reject_typos() -> None:
    # the test's own checkers must be able to fail: a changed digit breaks both
    assert id_checksum_ok("A123456789") and not id_checksum_ok("A123456788")
    assert ban_checksum_ok("04595257") and not ban_checksum_ok("04595258")


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    project = tmp_path_factory.mktemp("idb")
    return build_sample(project)


def rows(database: Path, table: str) -> list[tuple]:
    with sqlite3.connect(database) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def column(database: Path, table: str, name: str) -> list:
    with sqlite3.connect(database) as db:
        return [r[0] for r in db.execute(f"SELECT {name} FROM {table}")]


def factory_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("cp950"), newline="")))


def roc_to_date(value: str) -> date:
    match = re.fullmatch(r"(\d{3})/?(\d{2})/?(\d{2})", value)
    assert match, "not an ROC date"
    year, month, day = map(int, match.groups())
    return date(year + 1911, month, day)


# --- determinism and scale -------------------------------------------------------------------


def test_same_seed_same_data_other_seed_other_data(sample, tmp_path: Path) -> None:
    again = build_sample(tmp_path / "again")
    assert again.factory_csv.read_bytes() == sample.factory_csv.read_bytes()
    for table in TABLES:
        assert rows(again.database, table) == rows(sample.database, table), table
    other = build_sample(tmp_path / "other", seed=7)
    assert other.factory_csv.read_bytes() != sample.factory_csv.read_bytes()
    for table in TABLES:
        assert rows(other.database, table) != rows(sample.database, table), table


def test_worker_processes_give_the_same_data(tmp_path: Path) -> None:
    serial = build_sample(tmp_path / "serial", scale=0.3, workers=1)
    parallel = build_sample(tmp_path / "parallel", scale=0.3, workers=2)
    assert parallel.factory_csv.read_bytes() == serial.factory_csv.read_bytes()
    for table in TABLES:
        assert rows(parallel.database, table) == rows(serial.database, table), table


def test_row_counts_follow_scale(sample, tmp_path: Path) -> None:
    assert sample.rows == {"staff": 60, **DEFAULT_ROWS}
    small = build_sample(tmp_path, scale=0.1)
    assert small.rows["service_applications"] == 300
    assert small.rows["petitions"] == 120
    assert small.rows["survey_responses"] == 200
    assert small.rows["factory_registry"] == 250
    for table in TABLES:
        assert len(rows(small.database, table)) == small.rows[table]
    assert len(factory_rows(small.factory_csv)) == 250 + 1
    assert row_counts(2.5)["service_applications"] == 7500
    with pytest.raises(ValueError):
        row_counts(0)


def test_rebuild_replaces_files_and_leaves_no_temporaries(tmp_path: Path) -> None:
    first = build_sample(tmp_path, scale=0.2)
    second = build_sample(tmp_path, scale=0.1)  # fresh database, not appended to
    assert len(rows(second.database, "service_applications")) == 300
    assert first.database == second.database
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == [
        "factory-registry.csv",
        "idb.sqlite",
    ]


# --- the Big5 CSV ----------------------------------------------------------------------------


def test_factory_csv_is_big5_and_parses(sample) -> None:
    raw = sample.factory_csv.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really Big5, not UTF-8 that happens to be ASCII
    assert raw.decode("big5") == raw.decode("cp950")  # no cp950-only characters either
    table = factory_rows(sample.factory_csv)
    assert table[0] == FACTORY_HEADERS
    body = table[1:]
    assert len(body) == sample.rows["factory_registry"]
    codes = {c for c, _ in vocab.INDUSTRY_CODES}
    for record in body:
        assert len(record) == 7
        assert record[4] in codes  # two digits, leading zero kept ("08")
        assert record[5] in ("生產中", "歇業", "停工")
        assert re.fullmatch(r"\d{7}", record[6])
        assert date(1975, 1, 1) <= roc_to_date(record[6]) <= date(2025, 12, 31)
    assert any("·" in record[2] for record in body)  # Indigenous names survive cp950


# --- identifiers -----------------------------------------------------------------------------


def test_every_identifier_passes_its_checksum(sample) -> None:
    ids = column(sample.database, "service_applications", "national_id")
    assert all(id_checksum_ok(value) for value in ids)
    resident_share = sum(value[1] in "89" for value in ids) / len(ids)
    assert 0.01 < resident_share < 0.06  # ~3% foreign applicants with the new-form number
    bans = column(sample.database, "service_applications", "company_ban")
    bans += [record[1] for record in factory_rows(sample.factory_csv)[1:]]
    assert all(ban_checksum_ok(value) for value in bans)
    # the generator also produces BANs valid only through the 7th-digit special case
    assert any(b[6] == "7" and ban_sum(b) % 5 != 0 for b in bans)


def test_ids_written_into_free_text_are_valid(sample) -> None:
    notes = column(sample.database, "service_applications", "note")
    notes += column(sample.database, "petitions", "content")
    found = [m for note in notes if note for m in re.findall(r"[A-Z][1289]\d{8}", note)]
    assert len(found) > 50
    assert all(id_checksum_ok(value) for value in found)


def test_scalar_generators_are_valid_and_seeded() -> None:
    first = random.Random(3)
    values = [valid_national_id(first) for _ in range(500)] + [valid_ban(first) for _ in range(500)]
    assert all(id_checksum_ok(v) for v in values[:500])
    assert all(ban_checksum_ok(v) for v in values[500:])
    second = random.Random(3)
    assert values[:5] == [valid_national_id(second) for _ in range(5)]


# --- contact data and names ------------------------------------------------------------------


def test_phones_are_real_numbers_in_mixed_formats(sample) -> None:
    phones = column(sample.database, "service_applications", "phone")
    formats = set()
    for value in phones:
        normalized = unicodedata.normalize("NFKC", value)
        formats.add(re.sub(r"\d", "9", value))
        number = re.split(r"#| 分機", normalized)[0]
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, "TW"))
    assert len(formats) > 15  # many ways of writing a number, including full-width ones
    assert any(unicodedata.normalize("NFKC", v) != v for v in phones)


def test_addresses_start_with_a_known_city_and_district(sample) -> None:
    known = vocab.city_districts()
    addresses = column(sample.database, "service_applications", "address")
    addresses += [record[3] for record in factory_rows(sample.factory_csv)[1:]]
    for value in addresses:
        normalized = unicodedata.normalize("NFKC", value).replace("台", "臺")
        assert any(normalized.startswith(k) for k in known)
    assert len(vocab.CITIES) == 22 and len(known) == 368


def test_names_include_compound_surnames_and_indigenous_names() -> None:
    rng = random.Random(11)
    names = [person_name(rng) for _ in range(5000)]
    assert any(n.startswith(("歐陽", "張簡", "范姜")) for n in names)
    assert any(vocab.INTERPUNCT in n for n in names)
    big5 = [person_name(rng, big5_only=True) for _ in range(5000)]
    for value in big5 + [address(rng) for _ in range(2000)]:
        value.encode("cp950")


def test_annotated_spans_point_at_the_personal_data() -> None:
    rng = random.Random(5)
    context = ("王小明", "M", "宏達電子股份有限公司", "04595257", "林美麗", date(2024, 5, 1))
    labels: set[str] = set()
    for _ in range(300):
        segments = text.service_note(rng, context)
        note = text.join(segments)
        for start, end, label in text.spans(segments):
            labels.add(label)
            value = note[start:end]
            if label == "NATIONAL_ID":
                assert id_checksum_ok(value)
            elif label == "EMAIL":
                assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", value)
            elif label == "PHONE":
                assert len(re.findall(r"\d", unicodedata.normalize("NFKC", value))) >= 8
    assert labels == {"PERSON", "PHONE", "NATIONAL_ID", "EMAIL", "ADDRESS"}


# --- table logic -----------------------------------------------------------------------------


def test_service_dates_and_status_are_consistent(sample) -> None:
    with sqlite3.connect(sample.database) as db:
        records = db.execute(
            "SELECT received_date, closed_date, processing_days, status, case_no "
            "FROM service_applications"
        ).fetchall()
    for received, closed, days, status, case_no in records:
        start = roc_to_date(received)
        assert date(2023, 1, 1) <= start <= date(2025, 12, 31)
        assert case_no.startswith(f"IDB-{received.replace('/', '')}-")
        if status == "處理中":
            assert closed is None and days is None
        else:
            assert status in ("已結案", "退件", "撤回")
            assert (roc_to_date(closed) - start).days == days >= 1
    notes = column(sample.database, "service_applications", "note")
    assert 0.1 < sum(not n for n in notes) / len(notes) < 0.35  # some notes are empty


def test_survey_values_in_range(sample) -> None:
    with sqlite3.connect(sample.database) as db:
        records = db.execute(
            "SELECT age, gender, district, score_overall, score_speed, score_attitude "
            "FROM survey_responses"
        ).fetchall()
    districts = set(vocab.city_districts())
    for age, gender, district, *scores in records:
        assert 18 <= age <= 90
        assert gender in ("男", "女", "不願透露")
        assert district in districts
        assert all(1 <= s <= 5 for s in scores)


# --- specs -----------------------------------------------------------------------------------


def test_all_specs_load_with_one_draft() -> None:
    specs = load_specs(ASSETS)
    by_id = {s.id: s for s in specs}
    expected = {"service-applications", "petitions", "satisfaction-survey", "factory-registry"}
    assert expected <= {s.id for s in specs if s.status == "approved"}
    assert by_id["staff-directory"].status == "draft"
    assert by_id["service-applications"].partition is not None


@pytest.mark.parametrize("path", sorted(ASSETS.glob("*.yaml")), ids=lambda p: p.stem)
def test_spec_matches_the_sample_data(path: Path, sample) -> None:
    spec = load_spec(path)
    project = sample.database.parent.parent
    names = [c.name for c in spec.columns]
    for col in spec.columns:
        assert col.description.zh_tw and col.description.en, col.name
    if spec.source.kind == "sql":
        assert spec.source.url == "sqlite:///data/idb.sqlite"
        assert (project / "data" / "idb.sqlite").exists()
        with sqlite3.connect(sample.database) as db:
            actual = [r[1] for r in db.execute(f"PRAGMA table_info({spec.source.table})")]
        assert actual, f"table {spec.source.table} missing"
        assert names == actual  # every column described, in source order
    else:
        assert spec.source.path and (project / spec.source.path).exists()
        assert [c.source_name for c in spec.columns] == factory_rows(sample.factory_csv)[0]
