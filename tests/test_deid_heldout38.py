"""Tests of the held-out set 38 generator only (no scanner is run here).

Assertion messages name sample indices and labels, never the (look-alike personal) values.
"""

import datetime as dt
import re
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout38 import LABELS, generate_heldout38
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N, SEED = 2000, 1

_FOLD = {c + 0xFEE0: c for c in range(0x21, 0x7F)}
_FULLWIDTH = re.compile("[\uff01-\uff5e]")


@cache
def _generated(n: int = N, seed: int = SEED) -> tuple[list[Sample], list[str]]:
    return generate_heldout38(n, seed)


def _fold(s: str) -> str:
    return s.translate(_FOLD)


# --- per-label validity of gold values --------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_ADDRESS_HEAD = re.compile(r"(?:\d{3,6} ?)?\S{2,3}[市縣]\S{1,4}?[區市鎮鄉]")
_ADDRESS_NUMBER = re.compile(r"\d+(?:之\d+)?號")
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z\u00c0-\u1ef9‧· .,]+")
_HONORIFIC_END = ("先生", "小姐", "女士", "阿嬤", "阿公", "阿伯", "同學", "里長", "村長")
_ROLE_START = ("申請人", "檢舉人", "陳情人", "受處分人", "個案", "學員", "村長", "社工", "承辦")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


_ROC_DATE = re.compile(r"(?:民國|民)?(\d{2,3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_ROC_COMPACT = re.compile(r"(\d{3})(\d{2})(\d{2})")


def _birth_date(value: str) -> dt.date | None:
    v = _fold(value)
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", v)
    if m:
        y, mo, d = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        d, mo, y = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v):
        d, mo, y = int(m[1]), _MONTHS.index(m[2]) + 1, int(m[3])
    elif m := _ROC_DATE.fullmatch(v) or _ROC_COMPACT.fullmatch(v):
        y, mo, d = int(m[1]) + 1911, int(m[2]), int(m[3])
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _valid(label: str, value: str) -> bool:
    folded = _fold(value)
    if label == "PERSON":
        return (
            bool(_NAME.fullmatch(value))
            and 2 <= len(value) <= 40
            and not value.endswith(_HONORIFIC_END)
            and not value.startswith(_ROLE_START)
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value) and len(folded) == 10
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and len(folded) == 10
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_mobile(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(folded))
    if label == "ADDRESS":
        return (
            "\n" not in value
            and bool(_ADDRESS_HEAD.match(folded))
            and bool(_ADDRESS_NUMBER.search(folded))
        )
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(folded))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        day = _birth_date(value)
        return day is not None and dt.date(1900, 1, 1) <= day <= dt.date(2024, 12, 31)
    return False


# --- finders of stray values ------------------------------------------------------------

_ID_LIKE = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9](?:[ -]?\d){8}))")
_DIGITS = re.compile(r"\+?\d(?:[ .\-()]?\d)*")


def _found(text: str, mobiles: bool) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every valid ID/ARC/card/e-mail (and mobile) look-up hit."""
    folded = _fold(text)
    hits = []
    for m in _ID_LIKE.finditer(folded):
        cand, start = m.group(1), m.start(1)
        if twid.is_valid(cand) or arc.is_valid(cand):
            hits.append((start, start + len(cand), "ID"))
    for m in re.finditer("@", folded):
        hits.append((m.start(), m.end(), "EMAIL"))
    for m in _DIGITS.finditer(folded):
        pos = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        digits = "".join(folded[i] for i in pos)
        for k in range(13, 20):
            for i in range(len(digits) - k + 1):
                if creditcard.is_valid(digits[i : i + k]):
                    hits.append((pos[i], pos[i + k - 1] + 1, "CARD"))
        if mobiles:
            if m.group().startswith("+886"):
                hits.append((m.start(), m.end(), "MOBILE"))
            for i in range(len(digits)):
                for window in (digits[i : i + 10], "0" + digits[i : i + 9]):
                    if len(window) == 10 and window.startswith("09") and phone.is_mobile(window):
                        hits.append((pos[i], pos[min(i + 9, len(pos) - 1)] + 1, "MOBILE"))
    return hits


_KIND_LABELS = {
    "ID": {"TW_NATIONAL_ID", "TW_RESIDENT_CERT"},
    "EMAIL": {"EMAIL"},
    "CARD": {"CREDIT_CARD"},
}


# --- tests ------------------------------------------------------------------------------


def test_label_counts_and_shares() -> None:
    samples, _ = _generated()
    assert len(samples) == N
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in LABELS:
        assert counts[label] > 0, f"no span of {label}"
    assert set(counts) <= set(LABELS)
    negatives = sum(s.hard_negative for s in samples)
    assert 0.2 * N <= negatives <= 0.3 * N, "hard-negative share is not about a quarter"
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(bool(_FULLWIDTH.search(v)) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, "full-width share is not about an eighth"


def test_spans_are_in_range_ordered_and_stripped() -> None:
    samples, _ = _generated()
    for i, s in enumerate(samples):
        if s.hard_negative:
            assert s.spans == [] and s.known_person == [], f"sample {i}: negative with spans"
            continue
        assert s.spans, f"sample {i}: positive without spans"
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label"
            assert 0 <= prev_end <= start < end <= len(s.text), f"sample {i} {label}: range/overlap"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} {label}: span not stripped"
            prev_end = end


def test_every_span_holds_a_valid_value() -> None:
    samples, _ = _generated()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad, f"invalid gold values at (sample, label): {bad[:20]}"


def test_known_person_flags_match_the_list() -> None:
    samples, known = _generated()
    known_set = set(known)
    assert len(known_set) == len(known), "known-names list has duplicates"
    mentioned = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(persons) == len(s.known_person), f"sample {i}: known_person length"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i}: PERSON #{j} known flag"
            mentioned.add(name)
            flags.append(flag)
    assert 0.4 <= sum(flags) / len(flags) <= 0.6, "known share of PERSON mentions is not about half"
    assert known_set - mentioned, "known list holds no never-mentioned names"
    assert mentioned - known_set, "no PERSON mention outside the known list"


def test_negatives_hold_no_personal_values() -> None:
    samples, known = _generated()
    names = [k for k in known if len(k) >= 3]
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        kinds = sorted({kind for _, _, kind in _found(s.text, mobiles=True)})
        assert not kinds, f"sample {i}: negative holds {kinds}"
        assert not any(name in s.text for name in names), f"sample {i}: negative holds a known name"


def test_positives_hold_no_valid_values_outside_spans() -> None:
    samples, _ = _generated()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        for start, end, kind in _found(s.text, mobiles=False):
            inside = any(
                a <= start and end <= b and lab in _KIND_LABELS[kind] for a, b, lab in s.spans
            )
            assert inside, f"sample {i}: stray {kind} outside the gold spans"


def test_same_seed_same_output_and_seeds_differ() -> None:
    a = generate_heldout38(150, 11)
    b = generate_heldout38(150, 11)
    c = generate_heldout38(150, 12)
    assert a == b
    assert [s.text for s in a[0]] != [s.text for s in c[0]]
    assert a[1] != c[1]
    assert len(a[0]) == 150
