"""Tests of the held-out set 40 generator (its gold labels), never of any scanner.

Assertion messages name sample indices and labels only: the values are look-alike personal
data and must not end up in test logs.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout40 import generate_heldout40
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N, SEED = 2000, 1
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


class Dataset:
    """The generated set; its repr shows no text, so failure reports leak no values."""

    def __init__(self, samples: list[Sample], known: list[str]) -> None:
        self.samples = samples
        self.known = known

    def __repr__(self) -> str:
        return f"<heldout40 n={len(self.samples)} known={len(self.known)}>"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset(*generate_heldout40(N, SEED))


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


# ----------------------------------------------------------------------- value checks

_HONORIFICS = ("先生", "小姐", "女士", "老師", "太太", "經理", "阿姨", "阿嬤", "阿公")
_ROLES = (
    "申請人", "家屬", "家長", "旅客", "失主", "拾得人", "經辦人", "承辦人", "負責人",
    "亡者", "墓主", "新住民", "農友", "雇主", "移工", "民眾", "駕駛", "稽查員", "持卡人",
)  # fmt: skip
_PERSON_RE = re.compile(r"[\u3400-\u9fff‧·]{2,16}|[A-Za-z]+(?:[ ‧·][A-Za-z]+){0,4}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ADDRESS_RE = re.compile(
    r"(?:\d{3}(?:\d{3})?)?[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r".*?\d+(?:[之-]\d+)?號(?:\d+樓(?:之\d+)?|[一二三四五六七八九十]+樓|\d+F)?"
)
_PASSPORT_RE = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)}


def _cn_int(text: str) -> int:
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[units] if units else 0)
    return _CN_NUM[text]


def _parse_birth(value: str) -> datetime.date | None:
    v = _nfkc(value)
    cn = "[〇一二三四五六七八九十]+"
    patterns: list[tuple[str, str]] = [
        (rf"民國({cn})年({cn})月({cn})日", "roc-cn"),
        (r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", "roc"),
        (r"(\d{4})[年/.-](\d{1,2})[月/.-](\d{1,2})日?", "west"),
        (r"(\d{2,3})[./](\d{1,2})[./](\d{1,2})", "roc"),
        (r"(\d{4})(\d{2})(\d{2})", "west"),
        (r"(\d{3})(\d{2})(\d{2})", "roc"),
        (r"(\d{2})/(\d{2})/(\d{4})", "dmy"),
        (r"(\d{2}) ([A-Z]{3}) (\d{4})", "dmony"),
    ]
    for pattern, kind in patterns:
        m = re.fullmatch(pattern, v)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind == "roc-cn":
                y, mo, d = _cn_int(a) + 1911, _cn_int(b), _cn_int(c)
            elif kind == "roc":
                y, mo, d = int(a) + 1911, int(b), int(c)
            elif kind == "west":
                y, mo, d = int(a), int(b), int(c)
            elif kind == "dmy":
                y, mo, d = int(c), int(b), int(a)
            else:
                y, mo, d = int(c), _MONTHS[b], int(a)
            date = datetime.date(y, mo, d)
        except (KeyError, ValueError):
            continue
        if 1900 <= date.year <= 2025:
            return date
    return None


def _person_ok(value: str) -> bool:
    return (
        _PERSON_RE.fullmatch(value) is not None
        and not value.endswith(_HONORIFICS)
        and not value.startswith(_ROLES)
    )


def _passport_ok(value: str) -> bool:
    compact = re.sub(r"[\s-]", "", _nfkc(value)).upper()
    return _PASSPORT_RE.fullmatch(compact) is not None and not (
        twid.is_valid(compact) or arc.is_valid(compact)
    )


_CHECKS = {
    "PERSON": _person_ok,
    "TW_NATIONAL_ID": twid.is_valid,
    "TW_RESIDENT_CERT": arc.is_valid,
    "PHONE": lambda v: phone.is_valid(v) or phone.is_plausible(v),
    "EMAIL": lambda v: _EMAIL_RE.fullmatch(_nfkc(v)) is not None,
    "ADDRESS": lambda v: _ADDRESS_RE.fullmatch(re.sub(r"\s", "", _nfkc(v))) is not None,
    "TW_NHI_CARD": nhi.is_valid,
    "PASSPORT": _passport_ok,
    "CREDIT_CARD": creditcard.is_valid,
    "BIRTH_DATE": lambda v: _parse_birth(v) is not None,
}

# ----------------------------------------------------------------------- stray values

_LETTER_START = re.compile(r"(?=([A-Za-z](?:[ -]?[A-Za-z0-9]){9}))")
_NUMBER_RUN = re.compile(r"\+?\d(?:[ \-().]?\d)+")


def _masked(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "■" * (end - start)
    return _nfkc("".join(chars))


def _stray_kinds(text: str, with_phones: bool) -> set[str]:
    """Kinds of valid personal identifiers found in ``text`` (already masked)."""
    found = set()
    for m in _LETTER_START.finditer(text):
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    if _EMAIL_RE.search(text) or "@" in text:
        found.add("EMAIL")
    for m in _NUMBER_RUN.finditer(text):
        run = m.group(0)
        digits = re.sub(r"\D", "", run)
        for size in range(13, 20):
            if any(
                creditcard.is_valid(digits[i : i + size]) for i in range(len(digits) - size + 1)
            ):
                found.add("CREDIT_CARD")
        if not with_phones:
            continue
        windows = [digits[i : i + 10] for i in range(len(digits)) if digits.startswith("09", i)]
        windows += [
            "0" + digits[i + 3 : i + 12] for i in range(len(digits)) if digits.startswith("8869", i)
        ]
        if phone.is_mobile(run) or any(phone.is_mobile(w) for w in windows):
            found.add("PHONE(mobile)")
        if run[0] in "0+" and phone.is_plausible(run):
            found.add("PHONE")
    return found


# ----------------------------------------------------------------------- tests


def test_shape_and_label_counts(dataset: Dataset) -> None:
    samples, known = dataset.samples, dataset.known
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    counts = Counter(label for s in samples for *_, label in s.spans)
    assert set(counts) <= LABELS, sorted(set(counts) - LABELS)
    missing = sorted(LABELS - {lab for lab, c in counts.items() if c > 0})
    assert not missing, f"labels with no span at n={N}: {missing}"
    negatives = sum(s.hard_negative for s in samples)
    assert 0.18 * N <= negatives <= 0.32 * N, negatives
    empty = [i for i, s in enumerate(samples) if not s.hard_negative and not s.spans]
    assert not empty, f"positive samples without spans: {empty[:20]}"
    assert len(known) == len(set(known)), "known-names list has duplicates"


def test_spans_in_range_sorted_non_overlapping_stripped(
    dataset: Dataset,
) -> None:
    samples = dataset.samples
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            piece = s.text[start:end]
            if not (previous_end <= start < end <= len(s.text)) or piece != piece.strip():
                bad.append((i, label))
            previous_end = max(previous_end, end)
    assert not bad, f"bad span offsets (index, label): {bad[:20]}"


def test_every_span_holds_a_valid_value(dataset: Dataset) -> None:
    samples = dataset.samples
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _CHECKS[label](s.text[start:end])
    ]
    assert not bad, f"invalid gold values (index, label): {bad[:20]}"


def test_known_person_matches_list(dataset: Dataset) -> None:
    samples, known = dataset.samples, dataset.known
    known_set = set(known)
    bad, flags, mentioned = [], [], set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(persons) != len(s.known_person):
            bad.append((i, "PERSON"))
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            if (name in known_set) != flag:
                bad.append((i, "PERSON"))
            flags.append(flag)
            mentioned.add(name)
    assert not bad, f"known_person disagrees with the list (index, label): {bad[:20]}"
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"share of known PERSON mentions {share:.2f}"
    never = known_set - mentioned
    assert len(never) >= 10, "the known list should also hold names never mentioned"


def test_negatives_have_no_spans_and_no_personal_identifiers(
    dataset: Dataset,
) -> None:
    samples = dataset.samples
    bad = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        bad += [(i, kind) for kind in sorted(_stray_kinds(_nfkc(s.text), with_phones=True))]
    assert not bad, f"negatives holding personal values (index, kind): {bad[:20]}"


def test_positives_hold_no_unlabelled_identifiers(dataset: Dataset) -> None:
    samples = dataset.samples
    bad = [
        (i, kind)
        for i, s in enumerate(samples)
        if not s.hard_negative
        for kind in sorted(_stray_kinds(_masked(s), with_phones=False))
    ]
    assert not bad, f"unlabelled identifiers outside spans (index, kind): {bad[:20]}"


def test_deterministic_per_seed() -> None:
    first, known_a = generate_heldout40(300, 7)
    second, known_b = generate_heldout40(300, 7)
    other, known_c = generate_heldout40(300, 8)
    same = first == second and known_a == known_b
    assert same, "same seed gave different output"
    differs = [s.text for s in first] != [s.text for s in other] and known_a != known_c
    assert differs, "different seeds gave the same output"


def test_full_width_share_and_variety(dataset: Dataset) -> None:
    samples = dataset.samples
    values = [(s.text[a:b], label) for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= c <= "\uff5e" for c in v) for v, _ in values)
    assert 0.06 <= wide / len(values) <= 0.25, f"full-width share {wide / len(values):.3f}"
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any("‧" in n or "·" in n for n in names), "no interpunct names"
    assert any(n.isascii() for n in names), "no Latin-script names"
    assert any(n[:2] in ("歐陽", "張簡", "司徒", "范姜", "諸葛", "上官") for n in names)
    assert any(len(n) == 2 and not n.isascii() for n in names), "no one-character given names"
    phones = [_nfkc(v) for v, label in values if label == "PHONE"]
    assert any(p.startswith("+886") for p in phones)
    assert any(re.search(r"(#|分機|轉|ext)", p) for p in phones), "no extensions"
    assert any(not phone.is_mobile(p) for p in phones), "no landlines"
    certs = [_nfkc(v).upper() for v, label in values if label == "TW_RESIDENT_CERT"]
    assert any(c[1].isalpha() for c in certs) and any(c[1] in "89" for c in certs)
    texts = "".join(s.text for s in samples)
    absent = [w for w in ("納骨", "戶籍", "課後照顧", "溫泉", "拾得", "救助") if w not in texts]
    assert not absent, f"genres missing: {absent}"
