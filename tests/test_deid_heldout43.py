"""Tests of the held-out set 43 generator (its gold labels), not of any scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal data.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
import unicodedata
from collections import Counter

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout43 import generate_heldout43
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000
SEED = 1
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

_MASK = "■"
_ID_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[ -]?\d(?:[ -]?\d){7,8}(?!\d)")
_RUN_RE = re.compile(r"\+?\d+(?:[ \-.()]\d+)*")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

_MOBILE_SHAPE = re.compile(r"(?:886|0)?9\d{8}")
_PASSPORT_RE = re.compile(r"3[0-3]\d{7}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_ADDRESS_RE = re.compile(
    r"(?:\d{3}(?:\d{2})?)?(?:[\u4e00-\u9fff]{2}[市縣])?[\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r".*?\d+(?:之\d+)?號(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_ADDRESS_STREET = re.compile(r"路|街|大道|巷|村|部落|山下")
_PERSON_RE = re.compile(r"[\u4e00-\u9fff]+(?:[‧·][\u4e00-\u9fff]+)?|[A-Za-z]+(?:[ ‧·][A-Za-z]+)*")
_HONORIFICS = ("先生", "小姐", "女士", "阿姨", "阿伯", "大哥", "社工", "技士", "里長")
_ROLES = ("申請人", "案主", "個案", "家屬", "屋主", "檢舉人", "陳情人", "民眾", "看護", "社工")
_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()  # noqa: SIM905


@functools.cache
def _data() -> tuple[list[Sample], list[str]]:
    # Not a fixture: pytest would print fixture values (look-alike personal data) on failure.
    return generate_heldout43(N, SEED)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _outside(sample: Sample) -> str:
    """The text with every gold span masked, NFKC-normalised."""
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = _MASK * (end - start)
    return _nfkc("".join(chars))


def _digit_windows(text: str) -> list[str]:
    """Every run of digit groups (joined by single separators) and its contiguous sub-runs."""
    out = []
    for run in _RUN_RE.findall(text):
        groups = re.findall(r"\d+", run)
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                out.append("".join(groups[i:j]))
    return out


def _found_ids(text: str) -> bool:
    return any(twid.is_valid(m) or arc.is_valid(m) for m in _ID_RE.findall(text))


def _found_cards(text: str) -> bool:
    return any(13 <= len(w) <= 19 and creditcard.is_valid(w) for w in _digit_windows(text))


def _found_mobiles(text: str) -> bool:
    return any(_MOBILE_SHAPE.fullmatch(w) and phone.is_mobile(w) for w in _digit_windows(text))


def _birth_date_ok(value: str) -> bool:
    v = _nfkc(value)
    roc = re.fullmatch(r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", v) or re.fullmatch(
        r"(\d{2,3})[./-](\d{1,2})[./-](\d{1,2})", v
    )
    west = re.fullmatch(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})", v) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", v
    )
    try:
        if roc:
            y, m, d = int(roc[1]) + 1911, int(roc[2]), int(roc[3])
        elif west:
            y, m, d = int(west[1]), int(west[2]), int(west[3])
        elif en := re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", v):
            y, m, d = int(en[3]), _MONTHS.index(en[2]) + 1, int(en[1])
        else:
            return False
        born = datetime.date(y, m, d)
    except ValueError:
        return False
    return datetime.date(1915, 1, 1) <= born <= datetime.date(2015, 12, 31)


def _phone_ok(value: str) -> bool:
    if phone.compact(value).startswith("09"):
        return phone.is_valid(value)
    return phone.is_plausible(value)


def _person_ok(value: str) -> bool:
    v = value.strip()
    if v != value or not _PERSON_RE.fullmatch(v) or len(v) < 2:
        return False
    return not (v.endswith(_HONORIFICS) or v.startswith(_ROLES))


_CHECKS = {
    "PERSON": _person_ok,
    "TW_NATIONAL_ID": twid.is_valid,
    "TW_RESIDENT_CERT": arc.is_valid,
    "PHONE": _phone_ok,
    "EMAIL": lambda v: bool(_EMAIL_RE.fullmatch(_nfkc(v))),
    "ADDRESS": lambda v: bool(_ADDRESS_RE.fullmatch(_nfkc(v)) and _ADDRESS_STREET.search(v)),
    "TW_NHI_CARD": nhi.is_valid,
    "PASSPORT": lambda v: bool(_PASSPORT_RE.fullmatch(_nfkc(v))),
    "CREDIT_CARD": creditcard.is_valid,
    "BIRTH_DATE": _birth_date_ok,
}


def _fingerprint(samples: list[Sample], known: list[str]) -> str:
    h = hashlib.sha256()
    for s in samples:
        h.update(repr((s.text, s.spans, s.hard_negative, s.known_person)).encode())
    h.update(repr(known).encode())
    return h.hexdigest()


def test_size_and_structure() -> None:
    samples, known = _data()
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k for k in known)
    bad = []
    for i, s in enumerate(samples):
        persons = sum(1 for *_, label in s.spans if label == "PERSON")
        if s.hard_negative and (s.spans or s.known_person):
            bad.append((i, "negative-with-spans"))
        if not s.hard_negative and not s.spans:
            bad.append((i, "positive-without-spans"))
        if len(s.known_person) != persons:
            bad.append((i, "known_person-length"))
    assert not bad, f"structure problems (index, label): {bad[:20]}"
    share = sum(s.hard_negative for s in samples) / N
    assert 0.2 <= share <= 0.3, f"hard-negative share {share:.3f}"


def test_spans_in_range_sorted_disjoint_stripped() -> None:
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            if label not in LABELS:
                bad.append((i, "unknown-label"))
                continue
            value = s.text[start:end]
            in_order = 0 <= previous_end <= start < end <= len(s.text)
            if not in_order or not value or value != value.strip():
                bad.append((i, label))
            previous_end = end
    assert not bad, f"bad span offsets (index, label): {bad[:20]}"


def test_every_span_holds_a_valid_value() -> None:
    samples, _ = _data()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _CHECKS[label](s.text[start:end])
    ]
    assert not bad, f"invalid gold values (index, label): {bad[:20]}"


def test_known_person_matches_the_list() -> None:
    samples, known = _data()
    known_set = set(known)
    bad = []
    mentioned = set()
    flags = []
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        for name, flag in zip(names, s.known_person, strict=True):
            if (name in known_set) != flag:
                bad.append((i, "PERSON"))
            mentioned.add(name)
            flags.append(flag)
    assert not bad, f"known_person mismatches (index, label): {bad[:20]}"
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known share {share:.3f}"
    assert len(known_set - mentioned) >= len(known_set) // 5, "list lacks never-mentioned names"


def test_negatives_hold_no_personal_identifiers() -> None:
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        text = _nfkc(s.text)
        if _found_ids(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _found_cards(text):
            bad.append((i, "CREDIT_CARD"))
        if "@" in text or _EMAIL_RE.search(text):
            bad.append((i, "EMAIL"))
        if _found_mobiles(text):
            bad.append((i, "PHONE"))
        if any(phone.is_valid(run) for run in _RUN_RE.findall(text) if len(run) >= 9):
            bad.append((i, "PHONE"))
    assert not bad, f"look-alikes that are valid identifiers (index, label): {bad[:20]}"


def test_positives_hold_no_identifier_outside_spans() -> None:
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        text = _outside(s)
        if _found_ids(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _found_cards(text):
            bad.append((i, "CREDIT_CARD"))
        if _EMAIL_RE.search(text):
            bad.append((i, "EMAIL"))
    assert not bad, f"unlabelled identifiers (index, label): {bad[:20]}"


def test_same_seed_same_output_other_seed_differs() -> None:
    first = _fingerprint(*generate_heldout43(150, 7))
    assert first == _fingerprint(*generate_heldout43(150, 7))
    assert first != _fingerprint(*generate_heldout43(150, 8))


def test_label_counts_and_full_width_share() -> None:
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {label for label, c in counts.items() if c > 0})
    assert not missing, f"labels never produced: {missing}"
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(1 for v in values if _nfkc(v) != v) / len(values)
    assert 0.08 <= wide <= 0.2, f"full-width share {wide:.3f}"
