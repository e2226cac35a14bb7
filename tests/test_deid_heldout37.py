"""Tests of the held-out set 37 generator (its gold labels), never of any scanner.

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime as dt
import random
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout37 import generate_heldout37
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


class _Opaque(tuple):
    """The generated set, with a repr that never prints its (look-alike personal) values."""

    def __repr__(self) -> str:
        return f"<heldout37 set: {len(self[0])} samples>"


@pytest.fixture(scope="module")
def generated() -> tuple[list[Sample], list[str]]:
    return _Opaque(generate_heldout37(N, 1))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- value checks ----------------------------------------------------------------------------

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PASSPORT = re.compile(r"^(?:\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|[A-Z]\d{7}[A-Z])$")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _cn_number(text: str) -> int:
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN[ch]
    return total + current


def _birth_date(value: str) -> dt.date | None:
    v = _nfkc(value)
    m = re.fullmatch(r"(?:民國|民)?(\d{1,4})[年./\-](\d{1,2})[月./\-](\d{1,2})日?", v)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return dt.date(y if y >= 1900 else y + 1911, mo, d)
    m = re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return dt.date(y + 1911, mo, d)
    cn = "[零一二三四五六七八九十百]+"
    m = re.fullmatch(f"(?:民國)?({cn})年({cn})月({cn})日", v)
    if m:
        y, mo, d = (_cn_number(g) for g in m.groups())
        return dt.date(y + 1911, mo, d)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v)
    if m:
        return dt.date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    return None


def _address_ok(value: str) -> bool:
    v = _nfkc(value)
    return bool(
        re.match(r"^(?:\d{3,6} ?)?[\u4e00-\u9fff]{2,3}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]", v)
        and re.search(r"\d+(?:之\d+|-\d+)?號", v)
        and re.search(r"[路街巷村里鄰]", v)
        and re.search(r"(?:號|樓|室|之\d+)$", v)
    )


def _person_ok(value: str) -> bool:
    if re.search(r"\d", value) or len(value) < 2:
        return False
    if value.endswith(("先生", "小姐", "女士", "律師", "老師", "伯伯", "榮民")):
        return False
    return bool(re.fullmatch(r"[\u4e00-\u9fff‧·]+|[A-Za-z][A-Za-z .,·'-]*[A-Za-z]", value))


def _value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return _person_ok(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(_nfkc(value)))
    if label == "ADDRESS":
        return _address_ok(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.match(_nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        try:
            day = _birth_date(value)
        except ValueError:
            return False
        return day is not None and dt.date(1920, 1, 1) <= day <= dt.date(2020, 12, 31)
    return False


# --- stray look-alike scan (independent of the generator's own rejection check) --------------

_ID_LIKE = re.compile(r"(?<![A-Z0-9])[A-Z][ \-]?[A-Z0-9](?:[ \-]?\d){8}(?![0-9])")
_MOBILE_LIKE = re.compile(
    r"(?<![0-9])(?:\+?886[ \-]?|\(?0)9\d{2}\)?[ \-.]?\d{3}[ \-.]?\d{3}(?![0-9])"
    r"|(?<![0-9])09[ \-]?\d{4}[ \-]?\d{4}(?![0-9])"
)
_NUMBER_RUN = re.compile(r"\d+(?:[ \-.]\d+)*")


def _stray(text: str, mobiles: bool) -> list[str]:
    """Kinds of valid personal values found in ``text`` (kinds only, never the values)."""
    norm = _nfkc(text)
    found = []
    if "@" in norm or re.search(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z]", norm):
        found.append("EMAIL")
    for m in _ID_LIKE.finditer(norm.upper()):
        if twid.is_valid(m.group()):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(m.group()):
            found.append("TW_RESIDENT_CERT")
    for m in _NUMBER_RUN.finditer(norm):
        groups = re.split(r"[ \-.]", m.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                digits = "".join(groups[i:j])
                if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
                    found.append("CREDIT_CARD")
    if mobiles:
        found += ["PHONE" for m in _MOBILE_LIKE.finditer(norm) if phone.is_mobile(m.group())]
    return found


def _blank_spans(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


# --- tests -----------------------------------------------------------------------------------


def test_shapes_and_types(generated):
    samples, known = generated
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    names_ok = bool(known) and all(isinstance(k, str) and k == k.strip() and k for k in known)
    assert names_ok, "known names must be non-empty stripped strings"
    unique = len(set(known)) == len(known)
    assert unique, "known names must be unique"


def test_spans_in_range_sorted_non_overlapping_and_stripped(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        last_end = 0
        for k, (start, end, label) in enumerate(s.spans):
            assert label in LABELS, f"sample {i} span {k}: unknown label"
            in_range = 0 <= start < end <= len(s.text)
            assert in_range, f"sample {i} span {k} {label}: out of range"
            ordered = start >= last_end
            assert ordered, f"sample {i} span {k} {label}: overlaps or unsorted"
            stripped = s.text[start:end] == s.text[start:end].strip()
            assert stripped, f"sample {i} span {k} {label}: not stripped"
            last_end = end


def test_every_span_holds_a_valid_value(generated):
    samples, _ = generated
    bad = [
        (i, k, label)
        for i, s in enumerate(samples)
        for k, (start, end, label) in enumerate(s.spans)
        if not _value_ok(label, s.text[start:end])
    ]
    assert not bad, f"invalid gold values (sample, span, label): {bad[:20]}"


def test_known_person_matches_the_list(generated):
    samples, known = generated
    known_set = set(known)
    mentioned: set[str] = set()
    flags: list[bool] = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        same_length = len(s.known_person) == len(persons)
        assert same_length, f"sample {i}: known_person length"
        for k, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            matches = flag == (name in known_set)
            assert matches, f"sample {i} PERSON {k}: known flag"
        mentioned.update(persons)
        flags += s.known_person
    share = sum(flags) / len(flags)
    assert 0.4 <= share <= 0.6, f"known share {share:.2f}"
    unmentioned = len(known_set - mentioned)
    assert unmentioned > 0, "the known list should also hold names never mentioned"


def test_negatives_have_no_spans_and_no_personal_values(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        if s.hard_negative:
            empty = not s.spans and not s.known_person
            assert empty, f"sample {i}: negative with spans"
            kinds = _stray(s.text, mobiles=True)
            assert not kinds, f"sample {i}: negative holds {sorted(set(kinds))}"
        else:
            assert len(s.spans) > 0, f"sample {i}: positive without spans"


def test_positives_hold_no_identifier_outside_spans(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        if not s.hard_negative:
            kinds = _stray(_blank_spans(s), mobiles=False)
            assert not kinds, f"sample {i}: unlabelled {sorted(set(kinds))}"


def test_label_counts_and_proportions(generated):
    samples, _ = generated
    counts = Counter(label for s in samples for _, _, label in s.spans)
    assert set(counts) == LABELS, f"missing labels: {sorted(LABELS - set(counts))}"
    assert all(counts[label] > 0 for label in LABELS)
    negatives = sum(s.hard_negative for s in samples) / len(samples)
    assert 0.2 <= negatives <= 0.3, f"negative share {negatives:.2f}"
    structured = [
        s.text[a:b] for s in samples for a, b, label in s.spans if label not in ("PERSON",)
    ]
    full_width = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in structured)
    assert 0.07 <= full_width / len(structured) <= 0.2, "full-width share"


def test_variety(generated):
    samples, _ = generated
    persons = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    interpunct = any("‧" in p or "·" in p for p in persons)
    assert interpunct, "no Indigenous interpunct names"
    latin = any(re.fullmatch(r"[A-Za-z .,'-]+", p) for p in persons)
    assert latin, "no Latin-script names"
    compound = any(p[:2] in ("歐陽", "張簡", "司徒", "范姜", "諸葛", "上官") for p in persons)
    assert compound, "no compound surnames"
    phones = [_nfkc(s.text[a:b]) for s in samples for a, b, label in s.spans if label == "PHONE"]
    international = any(p.startswith("+886") for p in phones)
    assert international, "no +886 numbers"
    extensions = any(re.search(r"(#|分機|轉|ext)", p) for p in phones)
    assert extensions, "no extensions"
    landlines = any(not phone.compact(p).startswith("09") for p in phones)
    assert landlines, "no landlines"
    lengths = [s.text.count("\n") + 1 for s in samples]
    assert min(lengths) == 1 and max(lengths) >= 10


def test_deterministic_and_seed_sensitive():
    state = random.getstate()
    a = generate_heldout37(150, 7)
    b = generate_heldout37(150, 7)
    c = generate_heldout37(150, 8)
    assert random.getstate() == state, "the global random stream must not be used"
    same = a == b
    assert same, "same seed must give the same output"
    differ = [s.text for s in a[0]] != [s.text for s in c[0]] and a[1] != c[1]
    assert differ, "different seeds must give different output"


def test_small_and_empty():
    samples, known = generate_heldout37(0, 3)
    assert samples == [] and len(known) > 0
    samples, _ = generate_heldout37(5, 3)
    assert len(samples) == 5
