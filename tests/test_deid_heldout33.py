"""Tests of the held-out set 33 generator only (gold validity, negatives, determinism).

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout33 import generate_heldout33
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


class _Generated(tuple):
    """The generated set, with a repr that prints no look-alike personal data on failure."""

    def __repr__(self) -> str:
        return f"<heldout33 set n={N} seed=1>"


@pytest.fixture(scope="module")
def generated() -> tuple[list[Sample], list[str]]:
    return _Generated(generate_heldout33(N, 1))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# --- value checks ---------------------------------------------------------------------------

_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN[ch]
    return total + cur


_MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)}
_DATE_FORMS = [
    (r"(?:民國|民)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", "roc"),
    (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
    (
        r"(?:民國)?([零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        "cn",
    ),
    (r"(?:民)?(\d{2,3})[./-](\d{1,2})[./-](\d{1,2})", "roc"),
    (r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})", "ymd"),
    (r"(\d{3})(\d{2})(\d{2})", "roc"),
    (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
    (r"(\d{1,2}) ([A-Z]{3}) (\d{4})", "dmony"),
]


def _birth_date_ok(value: str) -> bool:
    v = _nfkc(value)
    for pattern, kind in _DATE_FORMS:
        m = re.fullmatch(pattern, v)
        if not m:
            continue
        a, b, c = m.groups()
        if kind == "roc":
            y, mo, d = int(a) + 1911, int(b), int(c)
        elif kind == "cn":
            y, mo, d = _cn_int(a) + 1911, _cn_int(b), _cn_int(c)
        elif kind == "ymd":
            y, mo, d = int(a), int(b), int(c)
        elif kind == "dmy":
            y, mo, d = int(c), int(b), int(a)
        else:
            if b not in _MONTHS:
                return False
            y, mo, d = int(c), _MONTHS[b], int(a)
        try:
            date = datetime.date(y, mo, d)
        except ValueError:
            return False
        return datetime.date(1912, 1, 1) <= date <= datetime.date(2024, 12, 31)
    return False


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ADDRESS_END = re.compile(r".*\d+(?:[-之]\d+)?號(?:.*(?:樓|F|室)(?:之\d+)?)?")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_HONORIFICS = ("先生", "小姐", "女士", "同學", "老師", "太太", "醫師")  # 君 ends real names
_ROLES = ("申請人", "原告", "被告", "車主", "個案", "案主", "證人", "法定代理人", "學生")


def _person_ok(v: str) -> bool:
    if not 2 <= len(v) <= 40 or any(ch.isdigit() for ch in v):
        return False
    if v.endswith(_HONORIFICS) or v.startswith(_ROLES):
        return False
    return re.fullmatch(r"[\u3400-\u9fff‧·．]+|[A-Za-z][A-Za-z .]*[A-Za-z]", v) is not None


def _address_ok(v: str) -> bool:
    a = _nfkc(v)
    return (
        re.search(r"[區鄉鎮市縣]", a) is not None
        and re.search(r"(?:路|街|大道|村|里)", a) is not None
        and _ADDRESS_END.fullmatch(a) is not None
    )


def _phone_ok(v: str) -> bool:
    if phone.compact(v).startswith("09"):
        return phone.is_valid(v)
    return phone.is_plausible(v)


CHECKS = {
    "PERSON": _person_ok,
    "TW_NATIONAL_ID": twid.is_valid,
    "TW_RESIDENT_CERT": lambda v: arc.is_valid(v) and not twid.is_valid(v),
    "PHONE": _phone_ok,
    "EMAIL": lambda v: _EMAIL.fullmatch(_nfkc(v)) is not None,
    "ADDRESS": _address_ok,
    "TW_NHI_CARD": nhi.is_valid,
    "PASSPORT": lambda v: (
        _PASSPORT.fullmatch(_nfkc(v)) is not None and not (twid.is_valid(v) or arc.is_valid(v))
    ),
    "CREDIT_CARD": creditcard.is_valid,
    "BIRTH_DATE": _birth_date_ok,
}


# --- detectors of identifiers in free text ----------------------------------------------------

_ID_LIKE = re.compile(r"(?=([A-Z][\s-]?[A-Z0-9](?:[\s-]?\d){8}))")
_DIGITS_SEP = re.compile(r"\d(?:[ -]?\d)+")
_PHONE_RUN = re.compile(r"[+(\d][\d\s().+-]{7,}\d")


def _masked(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = ["□"] * (end - start)
    return _nfkc("".join(chars)).upper()


def _found_ids(text: str) -> list[str]:
    found = []
    for m in _ID_LIKE.finditer(text):
        if twid.is_valid(m.group(1)):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.append("TW_RESIDENT_CERT")
    for m in _DIGITS_SEP.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if any(
            creditcard.is_valid(digits[i : i + size])
            for size in range(13, 20)
            for i in range(len(digits) - size + 1)
        ):
            found.append("CREDIT_CARD")
    if "@" in text:
        found.append("EMAIL")
    return found


def _found_mobiles(text: str) -> bool:
    for m in _PHONE_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if phone.is_mobile(m.group()):
            return True
        if any(phone.is_mobile(digits[i : i + 10]) for i in range(len(digits) - 9)):
            return True
    return False


# --- tests ------------------------------------------------------------------------------------


def test_spans_hold_valid_values(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            valid = CHECKS[label](s.text[start:end])
            assert valid, (i, label)


def test_spans_in_range_sorted_disjoint_stripped(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= prev_end, (i, label)
            value = s.text[start:end]
            assert value == value.strip(), (i, label)
            prev_end = end


def test_known_person_matches_list(generated):
    samples, known = generated
    known_set = set(known)
    assert len(known_set) == len(known)
    assert all(name and name == name.strip() for name in known)
    mentioned, flags = set(), []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), i
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert flag == (name in known_set), (i, j, "PERSON")
            mentioned.add(name)
            flags.append(flag)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    assert len(known_set - mentioned) >= len(known_set) // 10  # the list holds unmentioned names
    assert len(mentioned - known_set) > 100  # and many mentioned names are in no list


def test_negatives(generated):
    samples, _ = generated
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    for i in negatives:
        s = samples[i]
        assert s.spans == [] and s.known_person == [], i
        text = _nfkc(s.text).upper()
        assert _found_ids(text) == [], (i, _found_ids(text))
        assert not _found_mobiles(text), (i, "PHONE")


def test_positives_hold_no_identifier_outside_spans(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, i
        found = _found_ids(_masked(s))
        assert found == [], (i, found)


def test_fullwidth_share(generated):
    samples, _ = generated
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, wide / len(values)


def test_same_seed_same_output_different_seed_differs():
    a = generate_heldout33(150, 42)
    b = generate_heldout33(150, 42)
    c = generate_heldout33(150, 43)
    assert a == b
    assert a[0] != c[0]
    assert len(a[0]) == 150


def test_label_counts_nonzero(generated):
    samples, _ = generated
    assert len(samples) == N
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label
