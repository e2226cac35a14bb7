"""Tests of the held-out set 26 generator only (gold validity, shape, determinism).

Assertion messages carry sample indices and labels only: the values are look-alike personal
data and must not end up in test logs.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout26 import LABELS, generate_heldout26
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000
SEED = 1


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout26(N, SEED)


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


# ---- per-label validity (written independently of the generator) ---------------------------

_EXTENSION = re.compile(r"\s?(?:#|分機|轉|ext\.)\s?\d{1,6}$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_ADDRESS = re.compile(
    r"(?:\d{3}(?:\d{2,3})?\s?)?"
    r"[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"(?:[\u4e00-\u9fff]{1,3}[村里]\d{1,2}鄰)?"
    r"(?:[\u4e00-\u9fff]{1,5}[路街](?:[一二三四五六七八九]段)?)?"
    r"(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:\d+樓(?:之\d+)?|\d+F(?:-\d+)?|\d+樓\d+室)?"
)
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_PERSON = re.compile(
    r"[\u4e00-\u9fff]{2,5}"
    r"|[\u4e00-\u9fff]{1,6}[‧·][\u4e00-\u9fff]{1,6}"
    r"|[A-Za-z]+(?: [A-Za-z]+){0,3}"
)
_HONORIFICS = ("先生", "小姐", "女士", "老師", "同學", "阿伯", "阿嬤", "申請人", "讀者")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _cn_int(text: str) -> int:
    total = 0
    if "百" in text:
        head, text = text.split("百")
        total += _CN[head] * 100
        text = text.lstrip("零")
    if "十" in text:
        tens, text = text.split("十")
        total += (_CN[tens] if tens else 1) * 10
    if text:
        total += _CN[text]
    return total


def _birth_date(value: str) -> datetime.date | None:
    s = _nfkc(value)
    if m := re.fullmatch(r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", s):
        y, mo, d = int(m[1]) + 1911, int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{2,3})([./])(\d{1,2})\2(\d{1,2})", s):
        y, mo, d = int(m[1]) + 1911, int(m[3]), int(m[4])
    elif m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", s):
        y, mo, d = int(m[1]) + 1911, int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", s):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
    elif m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    elif m := re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", s):
        if m[2] not in _MONTHS:
            return None
        y, mo, d = int(m[3]), _MONTHS.index(m[2]) + 1, int(m[1])
    elif m := re.fullmatch(
        r"民國([零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        s,
    ):
        y, mo, d = _cn_int(m[1]) + 1911, _cn_int(m[2]), _cn_int(m[3])
    else:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _valid(label: str, value: str) -> bool:
    s = _nfkc(value)
    if label == "TW_NATIONAL_ID":
        return bool(re.fullmatch(r"[A-Za-z][12]\d{8}", s)) and twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return bool(re.fullmatch(r"[A-Za-z](?:[89]|[A-Da-d])\d{8}", s)) and arc.is_valid(value)
    if label == "PHONE":
        core = _EXTENSION.sub("", s)
        shaped = bool(re.fullmatch(r"[0-9(+][0-9 ()+.\-]*[0-9]", core))
        return shaped and (phone.is_valid(value) or phone.is_plausible(value))
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(s))
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(s))
    if label == "TW_NHI_CARD":
        return bool(re.fullmatch(r"\d{4}[ \-]?\d{4}[ \-]?\d{4}", s)) and nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(s))
    if label == "CREDIT_CARD":
        return bool(re.fullmatch(r"\d{4}(?:[ \-]?\d{2,6}){2,3}", s)) and creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        day = _birth_date(value)
        return day is not None and 1920 <= day.year <= 2020
    if label == "PERSON":
        return bool(_PERSON.fullmatch(value)) and not value.endswith(_HONORIFICS)
    return False


# ---- look-alike detection outside gold --------------------------------------------------------


def _mask(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = ["\u25a1"] * (end - start)
    return "".join(chars)


def _found(text: str, *, mobiles: bool) -> set[str]:
    """Kinds of valid identifiers anywhere in ``text``, trying every window of every digit run."""
    t = _nfkc(text)
    kinds: set[str] = set()
    for m in re.finditer(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))", t):
        if twid.is_valid(m[1]):
            kinds.add("TW_NATIONAL_ID")
        if arc.is_valid(m[1]):
            kinds.add("TW_RESIDENT_CERT")
    for m in re.finditer(r"\d(?:[ \-.()]?\d)*", t):
        digits = re.sub(r"\D", "", m[0])
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if creditcard.is_valid(digits[i:j]):
                    kinds.add("CREDIT_CARD")
            if mobiles and digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                kinds.add("PHONE")
            if mobiles and digits.startswith("8869", i) and phone.is_mobile(digits[i : i + 12]):
                kinds.add("PHONE")
    if re.search(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]", t):
        kinds.add("EMAIL")
    return kinds


# ---- tests ---------------------------------------------------------------------------------


def test_size_and_types(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k.strip() == k and k for k in known)
    assert len(set(known)) == len(known)


def test_spans_in_range_non_overlapping_and_stripped(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in sorted(s.spans):
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= start < end <= len(s.text), f"sample {i} {label}: out of range"
            assert start >= previous_end, f"sample {i} {label}: overlapping spans"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} {label}: span not stripped"
            previous_end = end


def test_every_span_holds_a_valid_value(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _valid(label, s.text[start:end]), f"sample {i} {label}: invalid gold value"


def test_known_person_flags_match_the_list(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    flags: list[bool] = []
    mentioned: set[str] = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i} PERSON: flag count"
        for name, flag in zip(persons, s.known_person, strict=True):
            assert flag == (name in known_set), f"sample {i} PERSON: known flag"
        flags += s.known_person
        mentioned.update(persons)
    share = sum(flags) / len(flags)
    assert 0.4 <= share <= 0.6, f"known share {share:.2f}"
    assert known_set - mentioned, "the known list should also hold names never mentioned"


def test_negatives_have_no_spans_and_no_lookalikes_that_validate(
    data: tuple[list[Sample], list[str]],
) -> None:
    samples, _ = data
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    for i, s in negatives:
        assert not s.spans and not s.known_person, f"sample {i}: negative with spans"
        found = _found(s.text, mobiles=True)
        assert not found, f"sample {i}: negative holds valid {sorted(found)}"


def test_positives_hold_no_valid_identifier_outside_spans(
    data: tuple[list[Sample], list[str]],
) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: positive without spans"
        found = _found(_mask(s), mobiles=False)
        assert not found, f"sample {i}: valid {sorted(found)} outside gold spans"


def test_label_counts_all_non_zero(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in LABELS:
        assert counts[label] > 0, f"label {label} never generated"


def test_variety_of_forms(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    values: dict[str, list[str]] = {}
    for s in samples:
        for a, b, label in s.spans:
            values.setdefault(label, []).append(s.text[a:b])
    structured = [v for label, vs in values.items() if label != "PERSON" for v in vs]
    fullwidth = sum(_nfkc(v) != v for v in structured) / len(structured)
    assert 0.07 <= fullwidth <= 0.2, f"full-width share {fullwidth:.2f}"
    phones = [_nfkc(v) for v in values["PHONE"]]
    assert any(_EXTENSION.search(v) for v in phones), "PHONE: no extension"
    assert any(v.startswith(("+886", "886")) for v in phones), "PHONE: no +886 form"
    assert any(
        not v.startswith(("09", "(09", "+886 9", "+886-9", "+8869", "886-9")) for v in phones
    )
    names = values["PERSON"]
    assert any("‧" in v for v in names) and any("·" in v for v in names), "PERSON: no interpunct"
    assert any(re.fullmatch(r"[A-Za-z ]+", v) for v in names), "PERSON: no Latin-script name"
    assert any(v[:2] in ("歐陽", "張簡", "司徒") for v in names), "PERSON: no compound surname"
    assert any(len(v) == 2 and "\u4e00" <= v[0] <= "\u9fff" for v in names), "PERSON: no 2-char"
    certs = [_nfkc(v).upper() for v in values["TW_RESIDENT_CERT"]]
    assert any(v[1] in "89" for v in certs) and any(v[1] in "ABCD" for v in certs)


def test_deterministic_for_a_seed_and_seed_dependent() -> None:
    def key(result: tuple[list[Sample], list[str]]) -> tuple:
        samples, known = result
        return (
            [(s.text, tuple(s.spans), s.hard_negative, tuple(s.known_person)) for s in samples],
            tuple(known),
        )

    random.seed(0)
    first = key(generate_heldout26(150, 7))
    random.seed(12345)  # global random state must not matter
    second = key(generate_heldout26(150, 7))
    other = key(generate_heldout26(150, 8))
    assert first == second
    assert first[0] != other[0]
