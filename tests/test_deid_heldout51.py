"""Tests of the held-out set 51 generator (its gold labels and its promises, not any scanner).

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout51 import COUNTIES, generate_heldout51
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


@cache
def _set(n: int = 2000, seed: int = 1) -> tuple[tuple[Sample, ...], tuple[str, ...]]:
    samples, known = generate_heldout51(n, seed)
    return tuple(samples), tuple(known)


def _norm(text: str) -> str:
    """NFKC per character where that keeps one character, so offsets stay valid."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


# --- validators of one gold value per label ---------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_COUNTY_ALT = "|".join(
    sorted({c for county in COUNTIES for c in (county, county.replace("臺", "台"))})
)
_ADDRESS = re.compile(
    rf"(?:\d{{3,6}})?(?:{_COUNTY_ALT})\S{{1,4}}?[區鄉鎮市]\S*?"
    r"\d+(?:之\d+)?號(?:之\d+)?(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?|\d+F)?"
)
_PASSPORT = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_HONORIFICS = ("先生", "小姐", "女士", "阿嬤", "阿公", "醫師", "老師", "同學", "小朋友")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_int(s: str) -> int:
    """Chinese numerals up to 199 (六十五, 一百零二, 十二)."""
    total = 0
    if "百" in s:
        head, s = s.split("百", 1)
        total += 100 * (_CN[head] if head else 1)
        s = s.lstrip("零")
    if "十" in s:
        head, s = s.split("十", 1)
        total += 10 * (_CN[head] if head else 1)
    if s:
        total += _CN[s]
    return total


def _birth_date(value: str) -> datetime.date | None:
    v = _norm(value)
    m = re.fullmatch(
        r"民國([零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        v,
    )
    if m:
        y, mo, d = (_cn_int(x) for x in m.groups())
        return datetime.date(y + 1911, mo, d)
    mons = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v)
    if m and m.group(2) in mons:
        return datetime.date(int(m.group(3)), mons.index(m.group(2)) + 1, int(m.group(1)))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for pattern, roc in (
        (r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", True),
        (r"(\d{2,3})[./](\d{1,2})[./](\d{1,2})", True),
        (r"(\d{3})(\d{2})(\d{2})", True),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", False),
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", False),
        (r"(\d{4})(\d{2})(\d{2})", False),
    ):
        m = re.fullmatch(pattern, v)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            return datetime.date(y + 1911 if roc else y, mo, d)
    return None


def _valid(label: str, value: str) -> bool:
    if label == "PERSON":
        return (
            0 < len(value) <= 40
            and not any(c.isdigit() or c in "@:：（）()" for c in value)
            and not value.endswith(_HONORIFICS)
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(_norm(value)) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(_norm(value)) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(nhi.compact(value)) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        try:
            day = _birth_date(value)
        except (ValueError, KeyError):
            return False
        return day is not None and 1900 <= day.year <= 2025
    return False


# --- look-alike scanning used for negatives and for text outside spans --------------------------

_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9][0-9]{8}(?![A-Za-z0-9])")
_DIGIT_RUN = re.compile(r"[0-9](?:[ -]?[0-9])*")
_EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MOBILE_SHAPE = re.compile(
    r"(?<![0-9])(?:\+?886[ -]?|0)9[0-9]{2}[ .()-]*[0-9]{3}[ .-]?[0-9]{3}(?![0-9])"
)


def _findings(text: str) -> list[tuple[int, int, str]]:
    """Valid IDs, resident certificates, card numbers, e-mails and mobiles anywhere in ``text``."""
    norm = _norm(text)
    found = []
    for m in _ID_SHAPE.finditer(norm):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            found.append((m.start(), m.end(), "ID/ARC"))
    for m in _DIGIT_RUN.finditer(norm):
        digits = sum(c.isdigit() for c in m.group())
        if 13 <= digits <= 19 and creditcard.is_valid(m.group()):
            found.append((m.start(), m.end(), "CREDIT_CARD"))
    for m in _EMAIL_ANY.finditer(norm):
        found.append((m.start(), m.end(), "EMAIL"))
    for m in _MOBILE_SHAPE.finditer(norm):
        if phone.is_mobile(m.group()):
            found.append((m.start(), m.end(), "MOBILE"))
    return found


# --- tests ---------------------------------------------------------------------------------------


def test_types_and_size():
    samples, known = _set()
    assert len(samples) == 2000
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k == k.strip() for k in known)
    assert len(set(known)) == len(known), "known-names list has duplicates"
    small, _ = generate_heldout51(3, 5)
    assert len(small) == 3
    assert generate_heldout51(0, 5)[0] == []


def test_spans_in_range_ordered_non_overlapping_stripped():
    samples, _ = _set()
    for i, s in enumerate(samples):
        last_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= last_end, f"overlap or unsorted spans in sample {i} ({label})"
            value = s.text[start:end]
            assert value == value.strip(), (i, label)
            last_end = end


def test_every_span_holds_a_valid_value_of_its_label():
    samples, _ = _set()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad, f"invalid gold values (sample, label): {bad[:20]}"


def test_known_person_flags_match_the_list():
    samples, known = _set()
    known_set = set(known)
    mentioned: set[str] = set()
    flags = []
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(names), f"sample {i}: known_person length"
        for j, (name, flag) in enumerate(zip(names, s.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i}: PERSON span {j} known flag"
            mentioned.add(name)
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known share {share:.2f}"
    assert len(known_set - mentioned) >= len(known_set) // 10, "list lacks never-mentioned names"


def test_negatives_hold_no_spans_and_no_personal_identifiers():
    samples, _ = _set()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"negative {i} has spans"
        kinds = sorted({kind for *_, kind in _findings(s.text)})
        assert not kinds, f"negative {i} holds {kinds}"


def test_positives_hold_identifiers_only_inside_spans():
    samples, _ = _set()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"positive {i} without spans"
        for start, end, kind in _findings(s.text):
            if kind == "MOBILE":
                continue
            inside = [lab for a, b, lab in s.spans if a <= start and end <= b]
            assert inside, f"sample {i}: {kind} outside spans"
            if kind == "ID/ARC":
                assert inside[0] in ("TW_NATIONAL_ID", "TW_RESIDENT_CERT"), (i, inside[0])
            elif kind == "CREDIT_CARD":
                assert inside[0] == "CREDIT_CARD", (i, inside[0])
            else:
                assert inside[0] == "EMAIL", (i, inside[0])


def test_same_seed_same_output_different_seed_differs():
    a = generate_heldout51(150, 42)
    b = generate_heldout51(150, 42)
    c = generate_heldout51(150, 43)
    assert a == b
    assert [s.text for s in a[0]] != [s.text for s in c[0]]
    assert a[1] != c[1]


def test_label_counts_all_non_zero():
    samples, _ = _set()
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {label for label, k in counts.items() if k > 0})
    assert not missing, f"labels never produced: {missing}"


def test_some_values_are_full_width():
    samples, _ = _set()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= c <= "\uff5e" for c in v) for v in values)
    assert 0.06 <= wide / len(values) <= 0.2, f"full-width share {wide / len(values):.2f}"
