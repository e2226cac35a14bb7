"""Tests of the held-out set 42 generator only (no scanner is run here).

Assertion messages carry sample indices and labels only: the values are look-alike personal
data and must not end up in test logs.
"""

import datetime as dt
import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout42 import generate_heldout42
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
N, SEED = 2000, 1


@cache
def _generated(n: int = N, seed: int = SEED) -> tuple[list[Sample], list[str]]:
    return generate_heldout42(n, seed)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# ---------------------------------------------------------------------------- value checks

_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {m: k for k, m in enumerate(_MONTH_NAMES, 1)}
_ROC = re.compile(r"(?:民國)?(\d{2,3})[年./-](\d{1,2})[月./-](\d{1,2})日?")
_ROC_COMPACT = re.compile(r"(\d{3})(\d{2})(\d{2})")
_WESTERN = re.compile(r"((?:19|20)\d{2})[年./-](\d{1,2})[月./-](\d{1,2})日?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})[ -]([A-Z]{3})[ -]((?:19|20)\d{2})")
_MONTH_NAME_FIRST = re.compile(r"([A-Z]{3}) (\d{1,2}), ((?:19|20)\d{2})")


def _birth_date(value: str) -> dt.date | None:
    text = _nfkc(value).upper()
    ymd: tuple[int, int, int] | None = None
    if m := _ROC.fullmatch(text) or _ROC_COMPACT.fullmatch(text):
        ymd = (int(m[1]) + 1911, int(m[2]), int(m[3]))
    elif m := _WESTERN.fullmatch(text):
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    elif m := _DAY_FIRST.fullmatch(text):
        ymd = (int(m[3]), int(m[2]), int(m[1]))
    elif (m := _DAY_MONTH_NAME.fullmatch(text)) and m[2] in _MONTHS:
        ymd = (int(m[3]), _MONTHS[m[2]], int(m[1]))
    elif (m := _MONTH_NAME_FIRST.fullmatch(text)) and m[1] in _MONTHS:
        ymd = (int(m[3]), _MONTHS[m[1]], int(m[2]))
    if ymd is None or not 1920 <= ymd[0] <= 2024:
        return None
    try:
        return dt.date(*ymd)
    except ValueError:
        return None


_HAN = "\u4e00-\u9fff"
_ADDRESS = re.compile(
    rf"(?:\d{{3}}(?:\d{{2,3}})?)?(?:[{_HAN}]{{2}}[市縣])?[{_HAN}]{{1,3}}[區鄉鎮市]"
    rf"[{_HAN}\d]*?\d+(?:之\d+)?號(?:[{_HAN}\d]+樓(?:之\d+)?|\d+F)?"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PASSPORT = re.compile(r"[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9}")
_PERSON = re.compile(rf"[{_HAN}A-Za-z][{_HAN}A-Za-z‧·. ]*[{_HAN}A-Za-z]")
_ROLE_WORDS = ("先生", "小姐", "女士", "太太", "醫師", "護理師", "老師", "律師", "同學")


def _valid(label: str, value: str) -> bool:
    if label == "PERSON":
        return bool(_PERSON.fullmatch(value)) and not value.endswith(_ROLE_WORDS)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(_nfkc(value)))
    if label == "ADDRESS":
        text = _nfkc(value)
        return bool(_ADDRESS.fullmatch(text)) and bool(re.search("[路街道村里巷]", text))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(_nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_date(value) is not None
    return False


# ------------------------------------------------------------------ look-alike detectors


def _has_id_or_resident_cert(text: str) -> bool:
    text = _nfkc(text).upper()
    for i in range(len(text) - 9):
        window = text[i : i + 10]
        if re.fullmatch(r"[A-Z][0-9A-D]\d{8}", window) and (
            twid.is_valid(window) or arc.is_valid(window)
        ):
            return True
    return False


def _has_card(text: str) -> bool:
    for run in re.finditer(r"\d(?:[ -]?\d)*", _nfkc(text)):
        digits = re.sub(r"\D", "", run.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
    return False


def _has_email(text: str) -> bool:
    return bool(_EMAIL.search(_nfkc(text)))


def _has_mobile(text: str) -> bool:
    joined = re.sub(r"(?<=\d)[ \-.()]+(?=\d)", "", _nfkc(text))
    for m in re.finditer(r"(?=(?:\+?886|0)(9\d{8}))", joined):
        if phone.is_mobile("0" + m.group(1)):
            return True
    return False


def _blank_spans(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "|" * (end - start)
    return "".join(chars)


# ----------------------------------------------------------------------------------- tests


def test_shape_of_output() -> None:
    samples, known = _generated()
    assert len(samples) == N
    assert all(isinstance(s, Sample) and s.text for s in samples)
    assert known and all(isinstance(name, str) and name == name.strip() for name in known)
    assert len(set(known)) == len(known), "known-names list has duplicates"


def test_spans_in_range_ordered_non_overlapping_and_stripped() -> None:
    samples, _ = _generated()
    for i, sample in enumerate(samples):
        end_before = 0
        for start, end, label in sample.spans:
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= start < end <= len(sample.text), f"sample {i}: {label} out of range"
            assert start >= end_before, f"sample {i}: {label} overlaps or is out of order"
            value = sample.text[start:end]
            assert value == value.strip(), f"sample {i}: {label} not stripped"
            end_before = end


def test_every_span_holds_a_valid_value_of_its_label() -> None:
    samples, _ = _generated()
    for i, sample in enumerate(samples):
        for start, end, label in sample.spans:
            assert _valid(label, sample.text[start:end]), f"sample {i}: invalid {label}"


def test_known_person_flags_match_the_list() -> None:
    samples, known = _generated()
    known_set = set(known)
    flags: list[bool] = []
    mentioned: set[str] = set()
    for i, sample in enumerate(samples):
        names = [sample.text[s:e] for s, e, label in sample.spans if label == "PERSON"]
        assert len(sample.known_person) == len(names), f"sample {i}: known_person length"
        for k, (name, flag) in enumerate(zip(names, sample.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i}: PERSON #{k} known flag"
        flags += sample.known_person
        mentioned.update(names)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, "about half of PERSON mentions should be known names"
    assert known_set - mentioned, "the list should also hold names never mentioned"


def test_negatives_hold_no_spans_and_no_identifiers() -> None:
    samples, _ = _generated()
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert negatives
    for i, sample in negatives:
        assert not sample.spans and not sample.known_person, f"sample {i}: negative with spans"
        text = sample.text
        assert not _has_id_or_resident_cert(text), f"sample {i}: TW_NATIONAL_ID/RESIDENT_CERT"
        assert not _has_card(text), f"sample {i}: CREDIT_CARD"
        assert not _has_email(text), f"sample {i}: EMAIL"
        assert not _has_mobile(text), f"sample {i}: PHONE (mobile)"


def test_positives_hold_no_identifiers_outside_their_spans() -> None:
    samples, _ = _generated()
    for i, sample in enumerate(samples):
        if sample.hard_negative:
            continue
        assert sample.spans, f"sample {i}: positive without spans"
        rest = _blank_spans(sample)
        assert not _has_id_or_resident_cert(rest), f"sample {i}: unlabelled ID/RESIDENT_CERT"
        assert not _has_card(rest), f"sample {i}: unlabelled CREDIT_CARD"
        assert not _has_email(rest), f"sample {i}: unlabelled EMAIL"


def test_same_seed_same_output_and_different_seeds_differ() -> None:
    first = generate_heldout42(300, 7)
    again = generate_heldout42(300, 7)
    other = generate_heldout42(300, 8)
    assert first == again
    assert [s.text for s in first[0]] != [s.text for s in other[0]]
    assert first[1] != other[1]


def test_label_counts_shares_and_genres() -> None:
    samples, _ = _generated()
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, f"no {label} at n={N}"
    hard_share = sum(s.hard_negative for s in samples) / len(samples)
    assert 0.2 <= hard_share <= 0.3, "about a quarter of samples should be hard negatives"
    values = [s.text[a:b] for s in samples for a, b, _ in s.spans]
    full_width = sum(_nfkc(v) != v for v in values) / len(values)
    assert 0.08 <= full_width <= 0.18, "about an eighth of values should be full-width"
    texts = "\n".join(s.text for s in samples)
    for keyword in ("疫苗", "疫調", "申訴", "國民年金", "房屋稅", "交通車", "檢疫"):
        assert keyword in texts, "a genre is missing"


def test_look_alike_detectors_work() -> None:
    """The detectors used above do find real values (guards against vacuous passes)."""
    assert _has_id_or_resident_cert("身分證A123456789號")
    assert _has_id_or_resident_cert("居留證ａｃ０１２３４５６７")
    assert _has_card("卡號4111 1111 1111 1111。")
    assert _has_email("寄到 someone@example.com 謝謝")
    assert _has_mobile("手機+886-912-345-678")
    assert not _has_mobile("府授工字第1130412340號")
    assert _birth_date("民國75年3月2日") == dt.date(1986, 3, 2)
    assert _birth_date("02-MAR-1986") == dt.date(1986, 3, 2)
    assert _valid("ADDRESS", "10617臺北市大安區羅斯福路四段1號3樓")
