"""Tests of the held-out set 18 generator itself (gold validity, shape, determinism).

These never run a scanner. Assertion messages carry sample indices and labels only: the
values are look-alike personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout18 import CITY_NAMES, generate_heldout18
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


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout18(N, 1)


def _width(text: str) -> str:
    """NFKC one character at a time, so that offsets are preserved."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


# ------------------------------------------------------------------ per-label validity

_EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_CITY = "|".join(sorted({c for name in CITY_NAMES for c in (name, name.replace("臺", "台"))}))
_ADDRESS = re.compile(
    rf"(\d{{3}}(\d{{2}})? ?)?({_CITY})[\u4e00-\u9fff]{{1,3}}[區鄉鎮市]"
    r"([\u4e00-\u9fff]{1,3}[里村](\d{1,2}鄰)?)?"
    r"[\u4e00-\u9fff]{1,5}[路街](.段)?(\d+巷)?(\d+弄)?\d+(-\d+)?號"
    r"(之\d+|(\d+|[二三四五六七八九十])樓(之\d+)?|\d+樓\d+室)?"
)
_DATE = re.compile(r"(民國|民|西元)?(\d{1,4})[年./-](\d{1,2})[月./-](\d{1,2})日?")
_DATE7 = re.compile(r"(\d{3})(\d{2})(\d{2})")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z\u00c0-\u1ef9 ‧·'-]+")


def _birth_ok(value: str) -> bool:
    v = _width(value)
    m = _DATE.fullmatch(v)
    if m:
        era, y, mo, d = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
        year = y if (len(m.group(2)) == 4 or era == "西元") else y + 1911
    else:
        m7 = _DATE7.fullmatch(v)
        if not m7:
            return False
        year, mo, d = int(m7.group(1)) + 1911, int(m7.group(2)), int(m7.group(3))
    try:
        day = datetime.date(year, mo, d)
    except ValueError:
        return False
    return datetime.date(1911, 1, 1) < day <= datetime.date(2025, 12, 31)


def _person_ok(value: str) -> bool:
    if not _NAME_CHARS.fullmatch(value) or not 2 <= len(value) <= 40:
        return False
    if value.endswith(("先生", "小姐", "女士")):
        return False
    return not value.startswith(("申請人", "榮民", "案主", "船長", "民眾", "遺眷", "個案"))


def _valid(label: str, value: str) -> bool:
    v = _width(value)
    if label == "PERSON":
        return _person_ok(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.is_valid(value):
            return True
        return not phone.compact(value).startswith("09") and phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL_FULL.fullmatch(v))
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(v))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(v))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_ok(value)
    return False


# ------------------------------------------------------------------ stray look-up

_ID_WINDOW = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9](?:[ -]?\d){8}))")
_EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_NUMBER_RUN = re.compile(r"[+\d][\d ().+-]*\d")


def _strays(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> list[str]:
    """Kinds of valid identifiers found in the text that touch no gold span."""
    t = _width(text)
    found = []

    def outside(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in spans)

    for m in _ID_WINDOW.finditer(t):
        w = m.group(1)
        if outside(m.start(1), m.end(1)):
            if twid.is_valid(w):
                found.append("TW_NATIONAL_ID")
            if arc.is_valid(w):
                found.append("TW_RESIDENT_CERT")
    found += ["EMAIL" for m in _EMAIL_ANY.finditer(t) if outside(m.start(), m.end())]
    for m in _NUMBER_RUN.finditer(t):
        where = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        for i in range(len(where)):
            for k in range(9, min(19, len(where) - i) + 1):
                if not outside(where[i], where[i + k - 1] + 1):
                    continue
                digits = "".join(t[p] for p in where[i : i + k])
                if k >= 13 and creditcard.is_valid(digits):
                    found.append("CREDIT_CARD")
                if mobiles and k <= 10 and phone.is_mobile(digits):
                    found.append("PHONE")
    return found


# ------------------------------------------------------------------ tests


def test_shapes_and_offsets(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    assert len(samples) == N
    for i, s in enumerate(samples):
        assert s.text.strip(), f"sample {i}: empty text"
        ordered = sorted(s.spans)
        for j, (a, b, label) in enumerate(ordered):
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= a < b <= len(s.text), f"sample {i} {label}: span out of range"
            piece = s.text[a:b]
            assert piece == piece.strip(), f"sample {i} {label}: span not stripped"
            if j:
                assert ordered[j - 1][1] <= a, f"sample {i} {label}: overlapping spans"
        persons = [sp for sp in s.spans if sp[2] == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: known_person length"
        if s.hard_negative:
            assert not s.spans and not s.known_person, f"sample {i}: negative with spans"
        else:
            assert s.spans, f"sample {i}: positive without spans"


def test_every_span_is_a_valid_value(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        for a, b, label in s.spans:
            assert _valid(label, s.text[a:b]), f"sample {i} {label}: invalid gold value"


def test_known_person_matches_the_list(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    assert len(known) == len(set(known)), "known list has duplicates"
    known_set = set(known)
    mentioned: set[str] = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert (name in known_set) == flag, f"sample {i} PERSON #{j}: known flag"
            flags.append(flag)
            mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known share {share:.2f}"
    assert known_set - mentioned, "the known list should hold names never mentioned"


def test_negatives_hold_no_personal_identifiers(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i, s in negatives:
        found = _strays(s.text, [], mobiles=True)
        assert not found, f"sample {i}: negative holds {sorted(set(found))}"


def test_positives_hold_no_identifier_outside_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        found = _strays(s.text, s.spans, mobiles=False)
        assert not found, f"sample {i}: unlabelled {sorted(set(found))}"


def test_label_counts_and_variety(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in LABELS:
        assert counts[label] > 0, f"no {label} at n={N}"
    values = [(s.text[a:b], label) for s in samples for a, b, label in s.spans]
    structured = [v for v, label in values if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in structured)
    assert 0.06 <= wide / len(structured) <= 0.22, "full-width share"
    names = [v for v, label in values if label == "PERSON"]
    assert any("‧" in v or "·" in v for v in names), "no interpunct names"
    assert any(v.isascii() and " " in v for v in names), "no Latin-script names"
    assert any(v.startswith(("歐陽", "張簡", "司徒", "范姜", "上官")) for v in names)
    assert any(len(v) == 2 and not v.isascii() for v in names), "no one-character given names"
    phones = [_width(v) for v, label in values if label == "PHONE"]
    assert any(v.startswith("+886") for v in phones)
    assert any(("分機" in v or "#" in v or "轉" in v) for v in phones)
    certs = [_width(v).upper() for v, label in values if label == "TW_RESIDENT_CERT"]
    assert any(v[1] in "89" for v in certs) and any(v[1] in "ABCD" for v in certs)
    births = [_width(v) for v, label in values if label == "BIRTH_DATE"]
    assert any(re.match(r"(19|20)\d\d", v) for v in births)
    assert any("民" in v or re.match(r"0\d\d", v) for v in births)


def test_deterministic_per_seed() -> None:
    def flat(result: tuple[list[Sample], list[str]]) -> tuple:
        samples, known = result
        return (
            [(s.text, tuple(s.spans), s.hard_negative, tuple(s.known_person)) for s in samples],
            known,
        )

    assert flat(generate_heldout18(150, 5)) == flat(generate_heldout18(150, 5))
    assert flat(generate_heldout18(150, 5)) != flat(generate_heldout18(150, 6))
