"""Tests of the held-out set 34 generator: its gold must be valid and reproducible.

Only the generator is tested (no scanner is run). Assertion messages name sample indices and
labels, never the values: they are look-alike personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout34 import generate_heldout34
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

# Full-width ASCII to ASCII, one character for one (offsets stay valid).
_HALF = str.maketrans({chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)})

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PASSPORT = re.compile(r"^(?:\d{9}|[A-Z]\d{7,8}|[A-Z]{2}\d{7}|P\d{7}[A-Z])$")
_ADDRESS = re.compile(
    r"^(?:\d{3}(?:\d{3})?)?"  # postcode
    r"(?:[臺台]?[\u4e00-\u9fff]{1,2}[市縣])?"  # city or county
    r"[\u4e00-\u9fff]{1,3}[區鄉鎮市]"  # district or township
    r".*?\d+(?:之\d+|-\d+)?號"  # house number
    r"(?:\d+樓(?:之\d+|\d+室)?|\d+F|[一二三四五六七八九]樓)?$"
)
_HONORIFICS = ("先生", "小姐", "女士", "阿嬤", "奶奶", "委員", "主委", "里長", "媽媽")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_RUN = re.compile(r"[+(]?\d(?:[ ().\-]?\d)*\)?")


def _parse_birth_date(value: str) -> datetime.date | None:
    v = unicodedata.normalize("NFKC", value)
    m = re.fullmatch(r"(?:民國)?(\d{2,3})[年/.](\d{1,2})[月/.](\d{1,2})日?", v)
    if m or (m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)):
        y, mo, d = int(m[1]) + 1911, int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{4})[年/.\-](\d{1,2})[月/.\-](\d{1,2})日?", v):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    elif m := re.fullmatch(r"(\d{2})[ \-]([A-Z]{3})[ \-](\d{4})", v):
        if m[2] not in _MONTHS:
            return None
        y, mo, d = int(m[3]), _MONTHS.index(m[2]) + 1, int(m[1])
    else:
        return None
    try:
        day = datetime.date(y, mo, d)
    except ValueError:
        return None
    return day if datetime.date(1900, 1, 1) <= day <= datetime.date(2025, 12, 31) else None


def _valid(label: str, value: str) -> bool:
    """Whether ``value`` is a well-formed value of ``label`` (independent of any scanner)."""
    half = unicodedata.normalize("NFKC", value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(half))
    if label == "PASSPORT":
        return bool(_PASSPORT.match(half))
    if label == "ADDRESS":
        return bool(_ADDRESS.match(half))
    if label == "BIRTH_DATE":
        return _parse_birth_date(value) is not None
    if label == "PERSON":
        return (
            not any(ch.isdigit() for ch in half)
            and not any(ch in "：:（）()，,、「」|\t\n" for ch in value.replace(", ", ""))
            and not value.endswith(_HONORIFICS)
            and 2 <= len(value) <= 40
        )
    return False


def _leaked(text: str, spans: list[tuple[int, int, str]], mobile_too: bool) -> list[str]:
    """Kinds of identifiers found in ``text`` outside ``spans``."""
    chars = list(text.translate(_HALF).upper())
    for start, end, _ in spans:
        chars[start:end] = "#" * (end - start)
    masked = "".join(chars)
    found = []
    if "@" in masked:
        found.append("EMAIL")
    for m in _ID_WINDOW.finditer(masked):
        if twid.is_valid(m.group(1)):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.append("TW_RESIDENT_CERT")
    for m in _RUN.finditer(masked):
        digits = re.sub(r"\D", "", m.group(0))
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    found.append("CREDIT_CARD")
        if mobile_too and (
            phone.is_mobile(m.group(0)) or re.search(r"(?<!\d)09\d{8}(?!\d)", digits)
        ):
            found.append("PHONE")
    return found


class _Generated:
    """The set at n=2000, seed 1; its repr hides the values from pytest's tracebacks."""

    def __init__(self) -> None:
        self.samples, self.known = generate_heldout34(2000, 1)

    def __iter__(self):
        return iter((self.samples, self.known))

    def __repr__(self) -> str:
        return "<heldout34 n=2000 seed=1>"


@pytest.fixture(scope="module")
def generated() -> _Generated:
    return _Generated()


def test_shape_and_types(generated):
    samples, known = generated
    assert len(samples) == 2000
    assert all(isinstance(s, Sample) for s in samples)
    well_typed = bool(known) and all(isinstance(k, str) and k for k in known)
    assert well_typed, "known names are non-empty strings"
    unique = len(set(known)) == len(known)
    assert unique, "known names are unique"


def test_spans_in_range_sorted_stripped(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        last_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= start < end <= len(s.text), f"sample {i}: {label} span out of range"
            assert start >= last_end, f"sample {i}: {label} span overlaps or is unsorted"
            value = s.text[start:end]
            stripped = value == value.strip()
            assert stripped, f"sample {i}: {label} span not stripped"
            last_end = end


def test_every_span_holds_a_valid_value(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            ok = _valid(label, s.text[start:end])
            assert ok, f"sample {i}: invalid {label} value"


def test_known_person_flags_match_list(generated):
    samples, known = generated
    known_set = set(known)
    mentioned: set[str] = set()
    flags: list[bool] = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: known_person length"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            agrees = (name in known_set) == flag
            assert agrees, f"sample {i}: PERSON #{j} known flag wrong"
            if flag:
                mentioned.add(name)
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known share {share:.2f}"
    never = len(known_set - mentioned) >= len(known_set) // 10
    assert never, "list has never-mentioned names"


def test_negatives_have_no_spans_and_no_identifiers(generated):
    samples, _ = generated
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        empty = s.spans == [] and s.known_person == []
        assert empty, f"sample {i}: negative with spans"
        leaks = sorted(set(_leaked(s.text, [], mobile_too=True)))
        assert leaks == [], f"sample {i}: negative holds {leaks}"


def test_positives_hold_no_identifier_outside_spans(generated):
    samples, _ = generated
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        has_spans = bool(s.spans)
        assert has_spans, f"sample {i}: positive without spans"
        leaks = sorted(set(_leaked(s.text, s.spans, mobile_too=False)))
        assert leaks == [], f"sample {i}: unlabelled {leaks}"


def test_label_counts_all_non_zero(generated):
    samples, _ = generated
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {label for label, c in counts.items() if c > 0})
    assert not missing, f"labels without spans: {missing}"


def test_full_width_share_and_name_variety(generated):
    samples, _ = generated
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    full = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values)
    assert 0.06 <= full / len(values) <= 0.22, f"full-width share {full / len(values):.2f}"
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    interpuncts = any("‧" in n for n in names) and any("·" in n for n in names)
    assert interpuncts, "Indigenous and transliterated names with interpuncts"
    romanised = sum(n.isascii() for n in names) > 50
    assert romanised, "romanised names"
    compound = any(n.startswith(("歐陽", "張簡", "司徒")) for n in names)
    assert compound, "compound surnames"
    variety = len({n[0] for n in names if not n.isascii()}) >= 150
    assert variety, "surname variety"


def test_deterministic_per_seed():
    a, ka = generate_heldout34(300, 7)
    b, kb = generate_heldout34(300, 7)
    c, kc = generate_heldout34(300, 8)
    same = ka == kb and [(s.text, s.spans, s.hard_negative, s.known_person) for s in a] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b
    ]
    assert same, "same seed, same output"
    differ = [s.text for s in a] != [s.text for s in c] and ka != kc
    assert differ, "different seeds, different output"
