"""Tests of the held-out set 27 generator (gold quality only; no scanner is run here).

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout27 import generate_heldout27
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
_COUNTIES = [
    *("臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市"),
    *("新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣"),
    *("臺東縣", "澎湖縣", "金門縣", "連江縣"),
]
_COUNTY_RE = "|".join(sorted(set(_COUNTIES) | {c.replace("臺", "台") for c in _COUNTIES}))
_ADDRESS_RE = re.compile(
    rf"^(?:\d{{3,5}})?(?:{_COUNTY_RE})[^\d\s，。：:]{{1,4}}?[區鄉鎮市]"
    r"[^\s，。：:；（）()]*?\d+號(?:之\d+)?(?:(?:\d+|[一二三四五六七八九十]+)樓|\d+F)?(?:之\d+)?$"
)
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_PASSPORT_RE = re.compile(r"^(?:\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z])$")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_ID_LIKE = re.compile(r"(?=([A-Z][A-Z0-9](?:[ -]?\d){8}))")
_RUN = re.compile(r"\d(?:[ .\-]?\d)*")


@pytest.fixture(scope="module")
def data():
    return generate_heldout27(N, SEED)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _cn_int(s: str) -> int:
    """Chinese numerals up to 99 (七十八, 十二, 五)."""
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_CN[head] if head else 1) * 10 + (_CN[tail] if tail else 0)
    return _CN[s]


def _birth_date(value: str) -> datetime.date | None:
    v = _nfkc(value)
    cn = "([〇一二三四五六七八九十]+)"
    m = re.fullmatch(f"民國{cn}年{cn}月{cn}日", v)
    if m:
        y, mo, d = (_cn_int(x) for x in m.groups())
    else:
        m = (
            re.fullmatch(r"(?:民國)?(\d{1,4})年(\d{1,2})月(\d{1,2})[日號]", v)
            or re.fullmatch(r"(\d{2,4})([./-])(\d{1,2})\2(\d{1,2})", v)
            or re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
        )
        if not m:
            return None
        nums = [int(x) for x in m.groups() if x.isdigit()]
        y, mo, d = nums
    if y < 1000:
        y += 1911
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _person_ok(v: str) -> bool:
    return 1 < len(v) <= 40 and all(c.isalpha() or c in " ‧·・" for c in v) and "  " not in v


def _valid(label: str, value: str) -> bool:
    if value != value.strip() or not value:
        return False
    if label == "PERSON":
        return _person_ok(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_mobile(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL_RE.match(_nfkc(value)))
    if label == "ADDRESS":
        return bool(_ADDRESS_RE.match(_nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT_RE.match(_nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        d = _birth_date(value)
        return d is not None and datetime.date(1900, 1, 1) < d < datetime.date(2010, 1, 1)
    return False


def _found(text: str, mobile: bool) -> set[str]:
    """Kinds of valid personal identifiers anywhere in ``text`` (any window, any width)."""
    t = _nfkc(text).upper()
    kinds = set()
    for m in _ID_LIKE.finditer(t):
        if twid.is_valid(m.group(1)):
            kinds.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            kinds.add("TW_RESIDENT_CERT")
    if "@" in t:
        kinds.add("EMAIL")
    for m in _RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        for i in range(len(digits)):
            if any(creditcard.is_valid(digits[i : i + k]) for k in range(13, 20)):
                kinds.add("CREDIT_CARD")
            if mobile and digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                kinds.add("MOBILE")
            if (
                mobile
                and digits.startswith("8869", i)
                and phone.is_mobile("0" + digits[i + 3 : i + 12])
            ):
                kinds.add("MOBILE")
    return kinds


def _masked(text: str, spans) -> str:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "|" * (e - s)
    return "".join(chars)


def test_shape_and_label_counts(data):
    samples, _ = data
    assert len(samples) == N
    counts = Counter(label for s in samples for _, _, label in s.spans)
    unknown_labels = sorted(set(counts) - LABELS)
    assert not unknown_labels
    missing = sorted(LABELS - {lab for lab, c in counts.items() if c > 0})
    assert not missing
    negatives = sum(s.hard_negative for s in samples)
    assert 0.18 * N < negatives < 0.32 * N
    empty_positive = [i for i, s in enumerate(samples) if not s.hard_negative and not s.spans]
    assert not empty_positive


def test_spans_in_range_sorted_disjoint_stripped(data):
    samples, _ = data
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if not (0 <= start < end <= len(s.text)) or start < prev_end or value != value.strip():
                bad.append((i, label))
            prev_end = end
    assert not bad


def test_span_values_are_valid(data):
    samples, _ = data
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad[:30]


def test_span_boundaries_do_not_cut_values(data):
    samples, _ = data
    bad = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            before = _nfkc(s.text[start - 1]) if start else ""
            after = _nfkc(s.text[end]) if end < len(s.text) else ""
            value = _nfkc(s.text[start:end])
            if label == "PERSON":
                cut = (value[0].isascii() and before[-1:].isascii() and before[-1:].isalpha()) or (
                    value[-1].isascii() and after[:1].isascii() and after[:1].isalpha()
                )
            else:
                cut = (before[-1:].isascii() and before[-1:].isalnum()) or (
                    after[:1].isascii() and after[:1].isalnum()
                )
            if cut:
                bad.append((i, label))
    assert not bad[:30]


def test_known_person_flags(data):
    samples, known = data
    known_set = set(known)
    assert len(known_set) == len(known)
    bad, flags, mentioned = [], [], set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        if len(persons) != len(s.known_person):
            bad.append((i, "PERSON"))
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            if (name in known_set) != flag:
                bad.append((i, "PERSON"))
            flags.append(flag)
            mentioned.add(name)
    assert not bad[:30]
    share = sum(flags) / len(flags)
    assert 0.35 < share < 0.65
    never_mentioned = len(known_set - mentioned)
    assert never_mentioned >= 0.1 * len(known_set)


def test_hard_negatives_hold_no_identifiers(data):
    samples, _ = data
    bad = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        if s.spans or s.known_person:
            bad.append((i, "SPANS"))
        bad += [(i, kind) for kind in sorted(_found(s.text, mobile=True))]
    assert not bad[:30]
    with_digits = sum(any(c.isdigit() for c in _nfkc(s.text)) for s in samples if s.hard_negative)
    assert with_digits > 0.8 * sum(s.hard_negative for s in samples)


def test_positives_hold_no_identifiers_outside_spans(data):
    samples, _ = data
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        bad += [(i, kind) for kind in sorted(_found(_masked(s.text, s.spans), mobile=False))]
    assert not bad[:30]


def test_full_width_share(data):
    samples, _ = data
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    everything = sum(len(s.spans) for s in samples)
    assert 0.08 < wide / everything < 0.2
    assert 0.12 < wide / len(values) < 0.3


def test_genres_and_name_variety(data):
    samples, _ = data
    markers = {
        "ltc": ("長照", "照專", "家訪", "CMS", "看護", "照顧"),
        "traffic": ("舉發", "違規", "陳情", "裁決"),
        "pet": ("認養", "飼主", "晶片", "寵物", "犬"),
        "military": ("役男", "緩徵", "兵役", "替代役"),
        "consumer": ("申訴人", "調解", "消費", "消保"),
        "temple": ("遶境", "爐主", "宮", "千歲"),
    }
    for genre, words in markers.items():
        hits = sum(any(w in s.text for w in words) for s in samples)
        assert hits > 0.08 * N, genre
    names = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"]
    assert len(set(names)) > 1000
    assert sum(n[:2] in {"歐陽", "張簡", "司徒", "諸葛", "上官", "范姜"} for n in names) > 5
    assert sum(("‧" in n or "·" in n or "・" in n) for n in names) > 50
    assert sum(n.isascii() for n in names) > 50
    assert sum(len(n) == 4 and not any(c in n for c in "‧·・ ") for n in names) > 50


def test_same_seed_same_output_different_seed_differs():
    a, ka = generate_heldout27(150, 7)
    b, kb = generate_heldout27(150, 7)
    c, kc = generate_heldout27(150, 8)
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    assert not differing
    same_known = ka == kb
    assert same_known
    other = sum(x.text != y.text for x, y in zip(a, c, strict=True))
    assert other > 100
    other_known = ka != kc
    assert other_known
