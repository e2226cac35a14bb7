"""Tests of the heldout14 generator only (the scanner is deliberately not run here).

Why: a held-out figure is only meaningful if the gold labels are right, so these tests check the
labels themselves: exact spans, valid values per type, known-name flags, and that nothing
valid-looking is left unlabelled. Assertion messages carry indices and labels, never names or
values, because even synthetic personal data should not end up in CI logs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout14 import generate_heldout14
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

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_ADDRESS = re.compile(
    r"(?:[\u4e00-\u9fff]{2}[市縣])?[\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"(?:[\u4e00-\u9fff]{2}[里村]\d+鄰)?[\u4e00-\u9fff]{2,4}[路街](?:[一二三四五]段)?"
    r"(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號(?:\d+樓(?:之\d+)?|[二三四五六七八九]樓)?"
)
_DATE = re.compile(
    r"(?:民國)?\d{2,3}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\d{3}/\d{2}/\d{2}|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{2,3}\.\d{1,2}\.\d{1,2}"
)
_NUMBER_RUN = re.compile(r"[+(\d][\d\s\-()+./]*\d")
_ID_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9]\d{8}")


def _nfkc(text: str) -> str:
    """Width normalisation that keeps offsets (one character in, one out)."""
    out = []
    for ch in text:
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm if len(norm) == 1 else ch)
    return "".join(out)


def _is_full_width(text: str) -> bool:
    return any("\uff01" <= ch <= "\uff5e" for ch in text)


def _leaks(text: str, spans: list[tuple[int, int, str]], known: list[str]) -> list[str]:
    """Kinds of unlabelled personal data in ``text`` once the gold spans are blanked out."""
    chars = list(_nfkc(text))
    for start, end, _ in spans:
        chars[start:end] = ["█"] * (end - start)
    masked = "".join(chars)
    kinds = []
    for m in _NUMBER_RUN.finditer(masked):
        tokens = m.group().split()
        for i in range(len(tokens)):
            for j in range(i + 1, len(tokens) + 1):
                cand = " ".join(tokens[i:j])
                if phone.is_plausible(cand):
                    kinds.append("phone")
                if creditcard.is_valid(cand):
                    kinds.append("card")
                if nhi.is_valid(cand):
                    kinds.append("12-digit")
    kinds += ["id" for m in _ID_LIKE.finditer(masked) if twid.is_valid(m.group())]
    kinds += ["arc" for m in _ID_LIKE.finditer(masked) if arc.is_valid(m.group())]
    if _EMAIL.search(masked):
        kinds.append("email")
    if any(len(name) >= 3 and name in masked for name in known):
        kinds.append("known name")
    return kinds


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout14()


def _values(samples: list[Sample], label: str) -> list[str]:
    return [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == label]


def test_size_and_types(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    assert len(samples) == 2000
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k for k in known)
    assert len(set(known)) == len(known), "known list has duplicates"


def test_spans_exact(data: tuple[list[Sample], list[str]]) -> None:
    for i, s in enumerate(data[0]):
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label"
            assert prev_end <= start < end <= len(s.text), f"sample {i}: bad {label} offsets"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i}: whitespace at {label} span edge"
            prev_end = end


@pytest.mark.parametrize(
    ("label", "check"),
    [
        ("TW_NATIONAL_ID", twid.is_valid),
        ("TW_RESIDENT_CERT", arc.is_valid),
        ("PHONE", phone.is_plausible),
        ("TW_NHI_CARD", nhi.is_valid),
        ("CREDIT_CARD", creditcard.is_valid),
        ("EMAIL", lambda v: _EMAIL.fullmatch(v) is not None),
        ("PASSPORT", lambda v: _PASSPORT.fullmatch(_nfkc(v)) is not None),
        ("ADDRESS", lambda v: _ADDRESS.fullmatch(_nfkc(v)) is not None),
        ("BIRTH_DATE", lambda v: _DATE.fullmatch(_nfkc(v)) is not None),
    ],
)
def test_values_valid(
    data: tuple[list[Sample], list[str]], label: str, check: Callable[[str], bool]
) -> None:
    values = _values(data[0], label)
    assert values, f"no {label} spans"
    bad = sum(not check(v) for v in values)
    assert bad == 0, f"{bad} invalid {label} values"


def test_resident_cert_both_forms(data: tuple[list[Sample], list[str]]) -> None:
    forms = Counter(_nfkc(v)[1].isdigit() for v in _values(data[0], "TW_RESIDENT_CERT"))
    assert forms[True] > 0 and forms[False] > 0, "need new and old resident certificate forms"


def test_phone_kinds(data: tuple[list[Sample], list[str]]) -> None:
    compact = [phone.compact(v) for v in _values(data[0], "PHONE")]
    mobiles = sum(c.startswith("09") for c in compact)
    assert 0.3 < mobiles / len(compact) < 0.9, "need both mobiles and landlines"


def test_birth_dates_have_cue(data: tuple[list[Sample], list[str]]) -> None:
    for i, s in enumerate(data[0]):
        for start, end, label in s.spans:
            if label == "BIRTH_DATE":
                before, after = s.text[max(0, start - 8) : start], s.text[end : end + 3]
                assert "生日" in before or "出生" in before or "生" in after, f"sample {i}"


def test_known_flags_align(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: flag count"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            in_list = name in known_set or name.replace(" ", "") in known_set
            assert flag == in_list, f"sample {i}: PERSON mention {j} flag mismatch"


def test_unknown_share_and_unused_known(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    flags = [f for s in samples for f in s.known_person]
    unknown = flags.count(False) / len(flags)
    assert 0.4 <= unknown <= 0.6, "unknown PERSON share out of range"
    mentioned = {
        s.text[a:b].replace(" ", "") for s in samples for a, b, lab in s.spans if lab == "PERSON"
    }
    mentioned |= {s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"}
    assert any(k not in mentioned for k in known), "known list should hold unmentioned names"


def test_hard_negatives(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    hard = [s for s in samples if s.hard_negative]
    assert 0.18 <= len(hard) / len(samples) <= 0.32, "hard-negative share out of range"
    for i, s in enumerate(samples):
        if s.hard_negative:
            assert not s.spans and not s.known_person, f"sample {i}: hard negative has spans"
            assert not _leaks(s.text, [], known), f"sample {i}: look-alike is real data"


def test_nothing_valid_outside_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    for i, s in enumerate(samples):
        if not s.hard_negative:
            assert s.spans, f"sample {i}: positive sample without spans"
            kinds = _leaks(s.text, s.spans, known)
            assert not kinds, f"sample {i}: unlabelled {sorted(set(kinds))}"


def test_every_entity_type_present(data: tuple[list[Sample], list[str]]) -> None:
    present = {lab for s in data[0] for *_, lab in s.spans}
    assert present == LABELS, f"missing: {sorted(LABELS - present)}"


def test_full_width_share(data: tuple[list[Sample], list[str]]) -> None:
    values = [
        s.text[a:b] for s in data[0] for a, b, lab in s.spans if lab not in {"PERSON", "EMAIL"}
    ]
    share = sum(_is_full_width(v) for v in values) / len(values)
    assert 0.05 <= share <= 0.2, "full-width share out of range"


def test_reproducible_and_seed_dependent() -> None:
    a, ka = generate_heldout14(n=150, seed=7)
    b, kb = generate_heldout14(n=150, seed=7)
    c, kc = generate_heldout14(n=150, seed=8)
    assert a == b and ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert ka != kc
    assert len(a) == 150
