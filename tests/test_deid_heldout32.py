"""Tests of the held-out set 32 generator (gold correctness only; no scanner is run here).

Assertion messages carry sample indices and labels only: the values are look-alike personal
data.
"""

import datetime as dt
import random
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout32 import generate_heldout32
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
SEED = 1

_CITIES = {f"{p}{name}" for name in ("北市", "中市", "南市", "東縣") for p in ("臺", "台")} | set(
    [
        "新北市",
        "桃園市",
        "高雄市",
        "基隆市",
        "新竹市",
        "嘉義市",
        "新竹縣",
        "苗栗縣",
        "彰化縣",
        "南投縣",
        "雲林縣",
        "嘉義縣",
        "屏東縣",
        "宜蘭縣",
        "花蓮縣",
        "澎湖縣",
        "金門縣",
        "連江縣",
    ]
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"(?:\d{9}|[A-Z]{1,2}\d{7}[A-Z]?)")
_HONORIFICS = ("先生", "小姐", "女士", "太太", "醫師", "老師", "阿嬤", "阿公", "里長", "讀者")
_ROLES = ("員警", "警員", "行員", "移工", "病人", "家屬", "民眾", "客戶", "申請人", "住戶")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _birth_date(value: str) -> dt.date | None:
    v = _nfkc(value)
    m = re.fullmatch(r"(?:民國)?(\d{2,4})年(\d{1,2})月(\d{1,2})日", v)
    if m is None:
        m = re.fullmatch(r"(\d{2,4})([./-])(\d{1,2})\2(\d{1,2})", v)
        if m is not None:
            m = re.fullmatch(r"(\d+)\D(\d+)\D(\d+)", v)
    if m is not None:
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        d, mo, y = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v):
        if m.group(2) not in _MONTHS:
            return None
        d, mo, y = int(m.group(1)), _MONTHS.index(m.group(2)) + 1, int(m.group(3))
    else:
        return None
    if y < 200:
        y += 1911
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _address_ok(value: str) -> bool:
    v = _nfkc(value)
    v = re.sub(r"^\d{3}(?:\d{2,3})?\s?", "", v)
    if v[:3] not in _CITIES or "號" not in v or len(v) > 60:
        return False
    if not re.search(r"[區鄉鎮市]", v[3:]):
        return False
    return (
        re.search(r"(?:號|樓|之\d+)$", v) is not None
        and re.search(r"\d+(?:[之-]\d+)?號", v) is not None
    )


def _person_ok(value: str) -> bool:
    if re.search(r"[\d@:：，。()（）]", value) or not 2 <= len(value) <= 40:
        return False
    if value.endswith(_HONORIFICS) or value.startswith(_ROLES):
        return False
    han = re.fullmatch(r"[\u4e00-\u9fff]+(?:[‧·][\u4e00-\u9fff]+)?", value)
    latin = re.fullmatch(r"[A-Za-zÀ-ỹĐđ]+(?:[ ‧·][A-Za-zÀ-ỹĐđ]+){1,4}", value)
    mono = re.fullmatch(r"[A-Z][A-Za-z]+", value)
    return bool(han or latin or mono)


def _value_ok(label: str, value: str) -> bool:
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value) and not arc.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(_nfkc(value)) is not None
    if label == "ADDRESS":
        return _address_ok(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(_nfkc(value).upper()) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        born = _birth_date(value)
        return born is not None and dt.date(1925, 1, 1) <= born <= dt.date(2012, 12, 31)
    if label == "PERSON":
        return _person_ok(value)
    return False


def _blank_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    out = list(text)
    for s, e, _ in spans:
        for k in range(s, e):
            out[k] = "■"
    return _nfkc("".join(out))


def _forbidden_hits(text: str, with_mobile: bool) -> list[str]:
    """Kinds of valid ID / resident cert / card / e-mail / (mobile) found anywhere in text."""
    hits = []
    if _EMAIL.search(text) or "@" in text:
        hits.append("EMAIL")
    for run in re.findall(r"[A-Za-z0-9][A-Za-z0-9 \-]*", text):
        s = re.sub(r"[^A-Za-z0-9]", "", run).upper()
        for i in range(len(s) - 9):
            w = s[i : i + 10]
            if twid.is_valid(w):
                hits.append("TW_NATIONAL_ID")
            if arc.is_valid(w):
                hits.append("TW_RESIDENT_CERT")
    for run in re.findall(r"\+?\d[\d \-.()]*", text):
        d = re.sub(r"\D", "", run)
        for size in range(13, 20):
            for i in range(len(d) - size + 1):
                if creditcard.is_valid(d[i : i + size]):
                    hits.append("CREDIT_CARD")
        if with_mobile:
            for i in range(len(d)):
                if d.startswith("09", i) and phone.is_valid(d[i : i + 10]) and len(d) - i >= 10:
                    hits.append("PHONE")
                if d.startswith("8869", i) and len(d) - i >= 12 and phone.is_valid(d[i : i + 12]):
                    hits.append("PHONE")
    return hits


@pytest.fixture(scope="module")
def big():
    return generate_heldout32(N, SEED)


def test_shape_and_types(big):
    samples, names = big
    assert len(samples) == N
    assert names and all(isinstance(x, str) and x == x.strip() and x for x in names)
    assert len(set(names)) == len(names)
    for i, s in enumerate(samples):
        assert isinstance(s.text, str) and s.text.strip(), i
        for _start, _end, label in s.spans:
            assert label in LABELS, (i, label)


def test_spans_in_range_sorted_stripped(big):
    samples, _ = big
    for i, s in enumerate(samples):
        prev_end = 0
        for j, (start, end, label) in enumerate(s.spans):
            assert 0 <= start < end <= len(s.text), (i, j, label)
            assert start >= prev_end, f"sample {i} span {j} {label} overlaps"
            prev_end = end
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} span {j} {label} not stripped"


def test_every_span_holds_a_valid_value(big):
    samples, _ = big
    for i, s in enumerate(samples):
        for j, (start, end, label) in enumerate(s.spans):
            assert _value_ok(label, s.text[start:end]), f"sample {i} span {j} {label} invalid"


def test_known_person_flags_match_list(big):
    samples, names = big
    known = set(names)
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i} known_person length"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert flag == (name in known), f"sample {i} PERSON {j} known flag"
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, "about half of the PERSON mentions use a known name"
    corpus = "\n".join(s.text for s in samples)
    never = sum(1 for name in names if name not in corpus)
    assert never >= 10, "the known list also holds names never mentioned"


def test_negatives_have_no_spans_and_no_valid_identifiers(big):
    samples, _ = big
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"negative sample {i} has spans"
        hits = _forbidden_hits(_nfkc(s.text), with_mobile=True)
        assert not hits, f"negative sample {i} holds {sorted(set(hits))}"


def test_positives_hold_no_unlabelled_identifiers(big):
    samples, _ = big
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"positive sample {i} has no spans"
        hits = _forbidden_hits(_blank_spans(s.text, s.spans), with_mobile=False)
        assert not hits, f"sample {i} holds {sorted(set(hits))} outside its spans"


def test_label_counts_all_non_zero(big):
    samples, _ = big
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label


def test_some_values_are_full_width(big):
    samples, _ = big
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(1 for v in values if any("\uff01" <= ch <= "\uff5e" for ch in v))
    assert 0.06 <= wide / len(values) <= 0.2


def test_same_seed_same_output_different_seed_differs():
    random.seed(0)
    a = generate_heldout32(300, 7)
    random.seed(12345)
    b = generate_heldout32(300, 7)
    c = generate_heldout32(300, 8)

    def key(result):
        samples, names = result
        rows = [(s.text, tuple(s.spans), s.hard_negative, tuple(s.known_person)) for s in samples]
        return rows, names

    assert key(a) == key(b)
    assert key(a) != key(c)
    assert [s.text for s in a[0]] != [s.text for s in c[0]]


def test_small_n():
    samples, names = generate_heldout32(5, 3)
    assert len(samples) == 5 and names
