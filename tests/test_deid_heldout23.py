"""Tests of the held-out set 23 generator only (gold validity, shape, determinism).

Assertion messages carry sample indices and labels only: the values are look-alike
personal data and must not end up in logs.
"""

import datetime
import random
import re
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout23 import generate_heldout23
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

# Full-width ASCII → ASCII and lower → upper case, one character for one (offsets are kept).
_HALF = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_UPPER = {ord(c): ord(c.upper()) for c in "abcdefghijklmnopqrstuvwxyz"}

_HAN = r"[\u3400-\u9fff]"
_PERSON = re.compile(
    rf"{_HAN}{{2,5}}|{_HAN}{{2,4}}[‧·]{_HAN}{{2,5}}|[A-Za-z]+(?: [A-Za-z]+){{0,4}}"
)
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_PASSPORT_SHAPE = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]\d{7}[A-Z]|[A-Z]{2}\d{7}")
_ADDRESS_SHAPE = re.compile(
    r"(?:\d{3}(?:\d{2})?)?[^\d\s]{2,3}[市縣][^\d\s]{1,4}[區市鎮鄉]"
    r".*(?:路|街|段|巷|弄|村|里|鄰).*\d+ ?(?:[-之]\d+ ?)?號.*"
)
_ADDRESS_END = re.compile(r"(?:號|樓|\dF|之[\d一二三四五六七八九])$")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

_ID_WINDOW = re.compile(r"(?=([A-Z][0-9]{9}|[A-Z]{2}[0-9]{8}))")
_CARD_RUN = re.compile(r"\d(?:[ \-]?\d)+")
_PHONE_RUN = re.compile(r"\+?\(?\d[\d \-.()]*\d")
_EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _half(text: str) -> str:
    return text.translate(_HALF)


def _birth_date_ok(value: str) -> bool:
    v = _half(value).upper()
    candidates: list[tuple[int, int, int]] = []
    patterns = (
        (r"(?:民國|民)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", "roc"),
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
        (r"(?:民國|民)?(\d{2,3})[./](\d{1,2})[./](\d{1,2})", "roc"),
        (r"(\d{3})(\d{2})(\d{2})", "roc"),
        (r"(\d{1,2}) ([A-Z]{3}) (\d{4})", "mon"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
    )
    for pattern, kind in patterns:
        m = re.fullmatch(pattern, v)
        if m is None:
            continue
        a, b, c = m.groups()
        if kind == "roc":
            candidates.append((int(a) + 1911, int(b), int(c)))
        elif kind == "ymd":
            candidates.append((int(a), int(b), int(c)))
        elif kind == "mon" and b in _MONTHS:
            candidates.append((int(c), _MONTHS.index(b) + 1, int(a)))
        elif kind == "dmy":
            candidates += [(int(c), int(b), int(a)), (int(c), int(a), int(b))]
    for y, m_, d in candidates:
        try:
            day = datetime.date(y, m_, d)
        except ValueError:
            continue
        if 1920 <= day.year <= 2025:
            return True
    return False


def _valid(label: str, value: str) -> bool:
    norm = _half(value)
    if label == "PERSON":
        return _PERSON.fullmatch(value) is not None
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL_SHAPE.fullmatch(norm) is not None
    if label == "ADDRESS":
        return _ADDRESS_SHAPE.fullmatch(norm) is not None and bool(_ADDRESS_END.search(norm))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT_SHAPE.fullmatch(norm) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_date_ok(value)
    return False


def _inside(start: int, end: int, spans: list[tuple[int, int, str]], labels: set[str]) -> bool:
    return any(s <= start and end <= e and lab in labels for s, e, lab in spans)


def _id_findings(text: str) -> list[tuple[int, int, str]]:
    """Valid national IDs / resident certificates anywhere in the text (any window)."""
    norm = _half(text).translate(_UPPER)
    found = []
    for m in _ID_WINDOW.finditer(norm):
        value, s = m.group(1), m.start(1)
        if twid.is_valid(value):
            found.append((s, s + 10, "TW_NATIONAL_ID"))
        elif arc.is_valid(value):
            found.append((s, s + 10, "TW_RESIDENT_CERT"))
    return found


def _card_findings(text: str) -> list[tuple[int, int]]:
    norm = _half(text)
    found = []
    for m in _CARD_RUN.finditer(norm):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
            found.append((m.start(), m.end()))
    return found


def _email_findings(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMAIL_ANY.finditer(_half(text))]


def _has_mobile(text: str) -> bool:
    for m in _PHONE_RUN.finditer(_half(text)):
        run = m.group()
        if phone.is_mobile(run):
            return True
        groups = [g for g in re.split(r"[ \-.()]+", run.lstrip("+")) if g]
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                if phone.is_mobile("".join(groups[i:j])):
                    return True
    return False


def _check(condition: bool, message: str) -> None:
    """Fail with ``message`` only: no traceback, so no look-alike value reaches the log."""
    if not condition:
        pytest.fail(message, pytrace=False)


class _Generated(tuple):
    """The generator's output with an opaque repr (tracebacks would print the values)."""

    def __repr__(self) -> str:
        return "<heldout23 output>"


@pytest.fixture(scope="module")
def generated() -> _Generated:
    return _Generated(generate_heldout23(N, 1))


def test_returns_samples_and_known_names(generated):
    samples, known = generated
    _check(len(samples) == N, "wrong number of samples")
    _check(all(isinstance(s, Sample) for s in samples), "samples must be Sample objects")
    _check(bool(known), "known-name list is empty")
    _check(all(k and k == k.strip() for k in known), "known-name list has blank/unstripped entries")
    _check(len(set(known)) == len(known), "known-name list has duplicates")


def test_spans_in_range_sorted_nonoverlapping_and_stripped(generated):
    samples, _ = generated
    for i, sample in enumerate(samples):
        previous_end = 0
        for start, end, label in sample.spans:
            _check(label in LABELS, f"sample {i}: unknown label {label}")
            _check(0 <= start < end <= len(sample.text), f"sample {i}: {label} out of range")
            _check(start >= previous_end, f"sample {i}: {label} overlaps or is out of order")
            value = sample.text[start:end]
            _check(value == value.strip(), f"sample {i}: {label} span not stripped")
            previous_end = end


def test_every_span_holds_a_valid_value(generated):
    samples, _ = generated
    for i, sample in enumerate(samples):
        for start, end, label in sample.spans:
            _check(_valid(label, sample.text[start:end]), f"sample {i}: invalid {label} value")


def test_person_spans_exclude_honorifics_and_roles(generated):
    samples, _ = generated
    suffixes = ("先生", "小姐", "女士", "老師", "阿姨", "通譯")
    for i, sample in enumerate(samples):
        for start, end, label in sample.spans:
            if label == "PERSON":
                value = sample.text[start:end]
                _check(not value.endswith(suffixes), f"sample {i}: PERSON span has a role word")


def test_known_person_flags_match_the_list(generated):
    samples, known = generated
    known_set = set(known)
    mentioned: set[str] = set()
    flags_total = flags_known = 0
    for i, sample in enumerate(samples):
        persons = [sample.text[s:e] for s, e, lab in sample.spans if lab == "PERSON"]
        _check(len(sample.known_person) == len(persons), f"sample {i}: known_person length")
        for flag, name in zip(sample.known_person, persons, strict=True):
            _check(flag == (name in known_set), f"sample {i}: PERSON known flag mismatch")
            flags_total += 1
            flags_known += flag
            mentioned.add(name)
    _check(0.4 <= flags_known / flags_total <= 0.6, "about half of mentions should be known")
    _check(bool(known_set - mentioned), "the known list should also hold names never mentioned")


def test_hard_negatives(generated):
    samples, _ = generated
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    _check(0.2 <= len(negatives) / len(samples) <= 0.3, "about a quarter should be negatives")
    for i in negatives:
        sample = samples[i]
        _check(not sample.spans and not sample.known_person, f"sample {i}: negative has spans")
        _check(not _id_findings(sample.text), f"sample {i}: negative holds an ID/ARC")
        _check(not _card_findings(sample.text), f"sample {i}: negative holds a card number")
        _check(not _email_findings(sample.text), f"sample {i}: negative holds an e-mail")
        _check(not _has_mobile(sample.text), f"sample {i}: negative holds a mobile phone")


def test_positives_hold_no_unlabelled_identifiers(generated):
    samples, _ = generated
    for i, sample in enumerate(samples):
        if sample.hard_negative:
            continue
        _check(bool(sample.spans), f"sample {i}: positive without spans")
        spans = sample.spans
        for s, e, label in _id_findings(sample.text):
            _check(_inside(s, e, spans, {label}), f"sample {i}: {label} outside gold")
        for s, e in _card_findings(sample.text):
            _check(_inside(s, e, spans, {"CREDIT_CARD"}), f"sample {i}: CREDIT_CARD outside gold")
        for s, e in _email_findings(sample.text):
            _check(_inside(s, e, spans, {"EMAIL"}), f"sample {i}: EMAIL outside gold")


def test_label_counts_all_nonzero(generated):
    samples, _ = generated
    counts = Counter(label for s in samples for _, _, label in s.spans)
    missing = LABELS - {label for label, c in counts.items() if c > 0}
    _check(not missing, f"labels without spans: {sorted(missing)}")


def test_some_values_are_full_width(generated):
    samples, _ = generated
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    _check(0.08 <= wide / len(values) <= 0.2, "about an eighth of values should be full-width")


def test_deterministic_and_seed_dependent():
    state = random.getstate()
    first = generate_heldout23(200, 5)
    _check(random.getstate() == state, "generator must not touch the global random state")
    _check(generate_heldout23(200, 5) == first, "same seed gave different output")
    other = generate_heldout23(200, 6)
    _check([s.text for s in other[0]] != [s.text for s in first[0]], "seeds gave same texts")
    _check(other[1] != first[1], "seeds gave the same known-name list")
