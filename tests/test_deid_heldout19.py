"""Tests of the held-out set 19 generator (its gold labels), never of any scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal data.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout19 import generate_heldout19
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS", "TW_NHI_CARD",
    "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip


@cache
def _big() -> tuple[list[Sample], list[str]]:
    return generate_heldout19(2000, 1)


@pytest.fixture(scope="module")
def big() -> tuple[list[Sample], list[str]]:
    return _big()


# ---- independent checks of values --------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{2,4}[‧·][\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ỹĐđ]+(?:\.? [A-Za-zÀ-ỹĐđ]+\.?)*(?: [A-Za-zÀ-ỹĐđ]+)*")
_ADDRESS = re.compile(
    r"(?:\d{3,6} ?)?[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"[\u4e00-\u9fff0-9之巷弄鄰段]*\d+(?:之\d+)?號(?:之\d+)?"
    r"(?:(?:\d+|[一二三四五六七八九十]+)樓|\d+F)?(?:之\d+)?"
)
_CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
       "九": 9}  # fmt: skip


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


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


def _birth_ok(value: str) -> bool:
    v = _nfkc(value)
    prefix = ""
    for p in ("民國", "西元"):
        if v.startswith(p):
            prefix, v = p, v[len(p) :]
    m = re.fullmatch(
        r"([〇零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        v,
    )
    if m:
        y, mo, d = (_cn_int(x) for x in m.groups())
    elif m := re.fullmatch(
        r"(\d{2,4})(?:年(\d{1,2})月(\d{1,2})日|([/.\-])(\d{1,2})\4(\d{1,2}))", v
    ):
        y = int(m.group(1))
        mo, d = (
            (int(m.group(2)), int(m.group(3))) if m.group(2) else (int(m.group(5)), int(m.group(6)))
        )
        if len(m.group(1)) == 4 and prefix == "民國":
            return False
    elif re.fullmatch(r"\d{7}", v) and not prefix:
        y, mo, d = int(v[:3]), int(v[3:5]), int(v[5:])
    else:
        return False
    if y < 1000:
        if prefix == "西元":
            return False
        y += 1911
    try:
        return 1911 < datetime.date(y, mo, d).year <= 2025
    except ValueError:
        return False


def _value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return bool(_HAN_NAME.fullmatch(value) or _LATIN_NAME.fullmatch(value))
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(value))
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(_nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(_nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_ok(value)
    return False


# ---- independent scan for values that must not appear outside gold spans --------------------


def _width_kept_nfkc(text: str) -> str:
    """NFKC per character, keeping offsets (characters that would expand are left as is)."""
    return "".join(n if len(n := _nfkc(c)) == 1 else c for c in text)


def _findings(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> list[str]:
    """Kinds of valid values found in ``text`` that no span contains."""
    t = _width_kept_nfkc(text).upper()
    found: list[str] = []

    def covered(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b, _ in spans)

    for m in re.finditer(r"(?=([A-Z][A-Z0-9][0-9]{8}))", t):
        s = m.start(1)
        if covered(s, s + 10):
            continue
        if twid.is_valid(m.group(1)):
            found.append("id")
        if arc.is_valid(m.group(1)):
            found.append("resident_cert")
    found += ["email" for m in _EMAIL.finditer(t) if not covered(m.start(), m.end())]
    for run in re.finditer(r"\+?[0-9]+(?:[ \-][0-9]+)*", t):
        groups = [
            (run.start() + g.start(), run.start() + g.end())
            for g in re.finditer(r"[0-9]+", run.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                s, e = groups[i][0], groups[j][1]
                if covered(s, e):
                    continue
                digits = re.sub(r"[^0-9]", "", t[s:e])
                if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
                    found.append("credit_card")
                if mobiles and len(digits) in (10, 12) and phone.is_mobile(digits):
                    found.append("mobile")
    return found


# ---- tests ---------------------------------------------------------------------------------


def test_spans_hold_valid_values(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for a, b, label in s.spans
        if label not in LABELS or not _value_ok(label, s.text[a:b])
    ]
    assert not bad, bad[:20]


def test_spans_in_range_sorted_disjoint_stripped(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for a, b, label in s.spans:
            value = s.text[a:b]
            if not (0 <= a < b <= len(s.text)) or a < prev_end or value != value.strip():
                bad.append((i, label))
            prev_end = b
    assert not bad, bad[:20]


def test_known_person_flags_match_list(big: tuple[list[Sample], list[str]]) -> None:
    samples, names = big
    known = set(names)
    assert len(known) == len(names)
    bad = []
    mentioned: set[str] = set()
    flags: list[bool] = []
    for i, s in enumerate(samples):
        people = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(people) != len(s.known_person):
            bad.append((i, "PERSON"))
            continue
        for name, flag in zip(people, s.known_person, strict=True):
            if (name in known) != flag:
                bad.append((i, "PERSON"))
        mentioned.update(people)
        flags += s.known_person
    assert not bad, bad[:20]
    assert 0.35 < sum(flags) / len(flags) < 0.65
    assert known - mentioned, "the list should also hold names never mentioned"


def test_negatives_are_clean(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 < len(negatives) / len(samples) < 0.3
    bad = []
    for i in negatives:
        s = samples[i]
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        bad += [(i, kind) for kind in _findings(s.text, [], mobiles=True)]
    assert not bad, bad[:20]


def test_positives_hold_nothing_outside_spans(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        if not s.spans:
            bad.append((i, "no spans"))
        bad += [(i, kind) for kind in _findings(s.text, s.spans, mobiles=False)]
    assert not bad, bad[:20]


def test_label_counts_all_nonzero(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    counts = Counter(label for s in samples for _, _, label in s.spans)
    assert set(counts) == LABELS, sorted(LABELS - set(counts))
    assert all(counts[label] > 0 for label in LABELS)


def test_some_values_are_fullwidth(big: tuple[list[Sample], list[str]]) -> None:
    samples, _ = big
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= c <= "\uff5e" for c in v) for v in values)
    assert 0.1 < wide / len(values) < 0.25


def test_same_seed_same_output_other_seed_differs() -> None:
    first = generate_heldout19(150, 42)
    again = generate_heldout19(150, 42)
    other = generate_heldout19(150, 43)
    assert first == again
    assert [s.text for s in first[0]] != [s.text for s in other[0]]
    assert len(first[0]) == 150
