"""Tests of the held-out set #20 generator (its gold labels), not of any scanner.

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout20 import generate_heldout20
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON",
    "TW_NATIONAL_ID",
    "TW_RESIDENT_CERT",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "TW_NHI_CARD",
    "PASSPORT",
    "CREDIT_CARD",
    "BIRTH_DATE",
}
N = 2000
SEED = 1


class _Set(tuple):
    """(samples, known names), with a repr that shows no look-alike personal data."""

    def __repr__(self) -> str:
        return f"<heldout20 set: {len(self[0])} samples>"


@pytest.fixture(scope="module")
def generated() -> tuple[list[Sample], list[str]]:
    return _Set(generate_heldout20(N, SEED))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _fold(text: str) -> str:
    """Per-character NFKC and upper-casing that keeps offsets aligned with ``text``."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch).upper()
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


# --- value checks ---------------------------------------------------------------------

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PASSPORT = re.compile(r"^[A-Z]{0,2}[0-9]{6,9}[A-Z]?$")
_COUNTIES = {
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市",
    "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣",
    "臺東縣", "澎湖縣", "金門縣", "連江縣",
}  # fmt: skip
_ADDRESS = re.compile(
    r"^(?:\d{3}(?:\d{2,3})?\s?)?"
    r"(?P<county>[臺台][北中南東]市|[臺台][東]縣|\S{2}[縣市])"
    r"\S{1,4}?[區鄉鎮市]"
    r"\S*?\d+(?:-\d+)?號"
    r"(?:之\d+|(?:\d+樓|\d+F|[一二三四五六七八九十]+樓)(?:之\d+)?)?$"
)
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _cn_int(s: str) -> int:
    """Chinese numerals: 七十八, 十一, 二十, 五, or digit by digit (一九八九)."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN[tens] if tens else 1) * 10 + (_CN[ones] if ones else 0)
    value = 0
    for c in s:
        value = value * 10 + _CN[c]
    return value


def _birth_date(value: str) -> dt.date | None:
    v = _nfkc(value)
    cn = "〇一二三四五六七八九十"
    patterns = [
        (rf"^(民國)?([{cn}]+)年([{cn}]+)月([{cn}]+)日$", "cn"),
        (r"^(民國)?(\d{1,3})年(\d{1,2})月(\d{1,2})日$", "roc"),
        (r"^()(\d{2,3})[./](\d{1,2})[./](\d{1,2})$", "roc"),
        (r"^()(\d{4})年(\d{1,2})月(\d{1,2})日$", "west"),
        (r"^()(\d{4})[-./](\d{1,2})[-./](\d{1,2})$", "west"),
        (r"^()(\d{4})(\d{2})(\d{2})$", "west"),
    ]
    for pattern, kind in patterns:
        m = re.match(pattern, v)
        if not m:
            continue
        if kind == "cn":
            y, mo, d = (_cn_int(g) for g in m.groups()[1:])
        else:
            y, mo, d = (int(g) for g in m.groups()[1:])
        if kind != "west":
            y += 1911
        try:
            return dt.date(y, mo, d)
        except ValueError:
            return None
    m = re.match(r"^(\d{1,2}) ([A-Z]{3}) (\d{4})$", v)
    if m and m.group(2) in _MONTHS:
        try:
            return dt.date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        except ValueError:
            return None
    return None


def _valid(label: str, value: str) -> bool:
    v = _nfkc(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(v))
    if label == "PASSPORT":
        return bool(_PASSPORT.match(v)) and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "ADDRESS":
        m = _ADDRESS.match(v)
        return bool(m) and m.group("county").replace("台", "臺") in _COUNTIES
    if label == "BIRTH_DATE":
        d = _birth_date(value)
        return d is not None and dt.date(1920, 1, 1) <= d <= dt.date(2010, 12, 31)
    if label == "PERSON":
        honorifics = ("先生", "小姐", "女士", "同學", "役男", "申請人", "承租人")
        return (
            bool(v)
            and not any(ch.isdigit() for ch in v)
            and not v.endswith(honorifics)
            and not v.startswith(honorifics)
            and "@" not in v
        )
    raise AssertionError(f"unknown label {label}")


# --- leak scanners (independent of the generator's own guard) --------------------------

_ID_CANDIDATE = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")
_NUMBER_RUN = re.compile(r"\+?[0-9](?:[0-9]|[ \-.()](?=[0-9(]))*[0-9]")


def _outside(spans: list[tuple[int, int, str]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e, _ in spans)


def _leaks(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Labels of IDs, certificates, cards and e-mails found outside the gold spans."""
    f = _fold(text)
    found: set[str] = set()
    for m in _ID_CANDIDATE.finditer(f):
        a, value = m.start(1), m.group(1)
        if _outside(spans, a, a + 10):
            if twid.is_valid(value):
                found.add("TW_NATIONAL_ID")
            if arc.is_valid(value):
                found.add("TW_RESIDENT_CERT")
    for m in re.finditer(r"[A-Z0-9._%+-]+@[A-Z0-9.-]+|@", f):
        if _outside(spans, m.start(), m.end()):
            found.add("EMAIL")
    for m in _NUMBER_RUN.finditer(f):
        if _outside(spans, m.start(), m.end()):
            run = m.group()
            pieces = {run, *run.split()}
            if any(creditcard.is_valid(p) for p in pieces):
                found.add("CREDIT_CARD")
    return found


def _mobiles(text: str) -> bool:
    f = _fold(text)
    for m in _NUMBER_RUN.finditer(f):
        run = m.group()
        if any(phone.is_mobile(p) for p in {run, *run.split()}):
            return True
    return False


# --- tests ----------------------------------------------------------------------------


def test_shapes_and_spans(generated: tuple[list[Sample], list[str]]) -> None:
    samples, _ = generated
    assert len(samples) == N
    for i, s in enumerate(samples):
        assert isinstance(s, Sample), i
        last_end = -1
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= last_end, (i, label, "overlap or unsorted")
            last_end = end
            value = s.text[start:end]
            stripped = value == value.strip()
            assert stripped, (i, label, "not stripped")
        if s.hard_negative:
            assert s.spans == [], i
            assert s.known_person == [], i
        else:
            assert s.spans, i


def test_every_span_holds_a_valid_value(generated: tuple[list[Sample], list[str]]) -> None:
    samples, _ = generated
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            ok = _valid(label, s.text[start:end])
            assert ok, (i, label)


def test_known_person_matches_the_list(generated: tuple[list[Sample], list[str]]) -> None:
    samples, known = generated
    known_set = set(known)
    assert len(known_set) == len(known), "duplicate names in the known list"
    mentioned: set[str] = set()
    flags: list[bool] = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), i
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            agrees = (name in known_set) == flag
            assert agrees, (i, j, "PERSON")
        mentioned.update(persons)
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, round(share, 3)
    assert any(name not in mentioned for name in known), "list has no unmentioned names"
    assert any(not f for f in flags), "no unknown names"


def test_negatives_hold_no_personal_identifiers(generated: tuple[list[Sample], list[str]]) -> None:
    samples, _ = generated
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32, len(negatives)
    for i, s in negatives:
        leaks = sorted(_leaks(s.text, []))
        assert leaks == [], (i, leaks)
        has_mobile = _mobiles(s.text)
        assert not has_mobile, (i, "PHONE")
        has_at = "@" in _nfkc(s.text)
        assert not has_at, (i, "EMAIL")


def test_positives_hold_no_identifier_outside_spans(
    generated: tuple[list[Sample], list[str]],
) -> None:
    samples, _ = generated
    for i, s in enumerate(samples):
        if not s.hard_negative:
            leaks = sorted(_leaks(s.text, s.spans))
            assert leaks == [], (i, leaks)


def test_label_counts_and_full_width_share(generated: tuple[list[Sample], list[str]]) -> None:
    samples, _ = generated
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.06 <= wide / len(values) <= 0.22, round(wide / len(values), 3)


def test_name_variety(generated: tuple[list[Sample], list[str]]) -> None:
    samples, _ = generated
    names = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    assert any("‧" in n or "·" in n or "・" in n for n in names), "interpunct names"
    assert any(n.isascii() and " " in n for n in names), "latin-script names"
    assert any(n[:2] in ("歐陽", "張簡", "司徒", "范姜", "諸葛", "上官") for n in names), "compound"
    assert any(len(n) == 2 and not n.isascii() for n in names), "one-character given names"
    assert len(names) > 1000, len(names)


def test_deterministic_for_a_seed() -> None:
    a = generate_heldout20(150, 42)
    b = generate_heldout20(150, 42)
    c = generate_heldout20(150, 43)
    same = a == b
    assert same, "same seed gave different output"
    differ = [s.text for s in a[0]] != [s.text for s in c[0]] and a[1] != c[1]
    assert differ, "different seeds gave the same output"
