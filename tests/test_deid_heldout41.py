"""Tests of the held-out set 41 generator (its gold labels only, never of any scanner).

Assertion messages carry sample indices and labels only: the values are look-alike
personal data.
"""

import datetime
import functools
import re
import unicodedata
from collections import Counter

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout41 import generate_heldout41
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


@functools.cache
def _data(n: int = N, seed: int = SEED) -> tuple[list[Sample], list[str]]:
    return generate_heldout41(n, seed)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# ---- independent checks of values ------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_CITY = (
    "(?:"
    + "|".join(
        [
            "臺北",
            "台北",
            "新北",
            "桃園",
            "臺中",
            "台中",
            "臺南",
            "台南",
            "高雄",
            "基隆",
            "新竹",
            "苗栗",
            "彰化",
            "南投",
            "雲林",
            "嘉義",
            "屏東",
            "宜蘭",
            "花蓮",
            "臺東",
            "台東",
            "澎湖",
            "金門",
            "連江",
        ]
    )
    + ")"
)
_ADDRESS = re.compile(
    r"(?:\d{3}(?:\d{2,3})?\s?)?"
    + _CITY
    + r"[市縣][\u4e00-\u9fff]{1,3}?[區鄉鎮市]"
    + r"[\u4e00-\u9fff\d]*?\d+號(?:之\d+)?"
    + r"(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?(?:\d+室)?)?"
)
_HAN = r"[\u4e00-\u9fff]"
_PERSON = re.compile(
    rf"{_HAN}{{2,5}}"
    rf"|{_HAN}{{1,5}}[‧·・]{_HAN}{{1,5}}"
    r"|[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){0,4}"
)
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_int(s: str) -> int:
    if "十" not in s:
        return _CN[s]
    head, _, tail = s.partition("十")
    return (_CN[head] if head else 1) * 10 + (_CN[tail] if tail else 0)


_DATES = [
    re.compile(r"(?:民國)?(?P<y>\d{2,4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?P<y>\d{2,4})[./\-](?P<m>\d{1,2})[./\-](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>\d{3})(?P<m>\d{2})(?P<d>\d{2})"),
]
_CN_DATE = re.compile(
    r"民國(?P<y>[一二三四五六七八九十]+)年(?P<m>[一二三四五六七八九十]+)月(?P<d>[一二三四五六七八九十]+)日"
)


def _birth_ok(value: str) -> bool:
    v = _nfkc(value)
    m = _CN_DATE.fullmatch(v)
    if m:
        y, mo, d = (_cn_int(m[k]) for k in "ymd")
    else:
        m = next((p.fullmatch(v) for p in _DATES if p.fullmatch(v)), None)
        if m is None:
            return False
        y, mo, d = (int(m[k]) for k in "ymd")
    if y < 1000:
        y += 1911
    try:
        day = datetime.date(y, mo, d)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= day <= datetime.date(2024, 12, 31)


def _phone_ok(value: str) -> bool:
    national = phone.compact(value)
    if national.startswith("09"):
        return phone.is_valid(value) and not re.search(r"(#|分機|轉|ext)", value)
    return phone.is_plausible(value)


def _person_ok(value: str) -> bool:
    v = _nfkc(value)
    honorific = ("先生", "女士", "小姐", "阿嬤", "阿公", "老師")  # 君 also ends given names
    return bool(_PERSON.fullmatch(v)) and not v.endswith(honorific)


def _valid(label: str, value: str) -> bool:
    checks = {
        "PERSON": _person_ok,
        "TW_NATIONAL_ID": twid.is_valid,
        "TW_RESIDENT_CERT": arc.is_valid,
        "PHONE": _phone_ok,
        "EMAIL": lambda v: bool(_EMAIL.fullmatch(_nfkc(v))),
        "ADDRESS": lambda v: bool(_ADDRESS.fullmatch(_nfkc(v))),
        "TW_NHI_CARD": nhi.is_valid,
        "PASSPORT": lambda v: (
            bool(_PASSPORT.fullmatch(_nfkc(v))) and not twid.is_valid(v) and not arc.is_valid(v)
        ),
        "CREDIT_CARD": creditcard.is_valid,
        "BIRTH_DATE": _birth_ok,
    }
    return checks[label](value)


# ---- scans for leaked identifiers (in negatives, and outside spans in positives) -----------

_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CARD_RUN = re.compile(r"\d(?:[ \-]?\d)*")
_PHONE_RUN = re.compile(r"\+?\(?\d(?:[ \-.()]{0,2}\d)*")


def _has_id(text: str) -> bool:
    t = _nfkc(text).upper()
    return any(twid.is_valid(m[1]) or arc.is_valid(m[1]) for m in _WINDOW.finditer(t))


def _has_card(text: str) -> bool:
    for m in _CARD_RUN.finditer(_nfkc(text)):
        ds = re.sub(r"\D", "", m.group())
        for length in range(13, 20):
            for i in range(len(ds) - length + 1):
                if creditcard.is_valid(ds[i : i + length]):
                    return True
    return False


def _has_email(text: str) -> bool:
    t = _nfkc(text)
    return "@" in t or bool(_EMAIL.search(t))


def _has_mobile(text: str) -> bool:
    for m in _PHONE_RUN.finditer(_nfkc(text)):
        ds = re.sub(r"\D", "", m.group())
        cands = [ds[i : i + 10] for i in range(len(ds) - 9) if ds.startswith("09", i)]
        cands += ["0" + ds[i + 3 : i + 12] for i in range(len(ds) - 11) if ds.startswith("8869", i)]
        if any(phone.is_mobile(c) for c in cands):
            return True
    return False


def _masked(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


# ---- tests -------------------------------------------------------------------------------


def test_shape_and_negative_share():
    samples, known = _data()
    assert len(samples) == N
    typed = all(isinstance(s, Sample) for s in samples)
    assert typed, "samples must be Sample instances"
    names_ok = all(isinstance(k, str) and k and k == k.strip() for k in known)
    assert names_ok, "known names must be non-empty stripped strings"
    share = sum(s.hard_negative for s in samples) / N
    assert 0.2 <= share <= 0.3, f"hard-negative share {share:.3f}"


def test_spans_in_range_sorted_and_stripped():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            in_range = label in LABELS and prev_end <= start < end <= len(s.text)
            if not in_range:
                bad.append((i, label, "offsets"))
            elif s.text[start:end] != s.text[start:end].strip():
                bad.append((i, label, "not stripped"))
            prev_end = end
    assert not bad, f"bad spans (sample, label): {bad[:10]}"


def test_every_span_holds_a_valid_value():
    samples, _ = _data()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad, f"invalid values (sample, label): {bad[:10]}"


def test_known_person_matches_list():
    samples, known = _data()
    known_set = set(known)
    unique = len(known_set) == len(known)
    assert unique, "duplicate known names"
    mentioned, flags, bad = set(), [], []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        if len(s.known_person) != len(persons):
            bad.append(i)
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            if flag != (name in known_set):
                bad.append(i)
            mentioned.add(name)
            flags.append(flag)
    assert not bad, f"known_person mismatches in samples {bad[:10]}"
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known-person share {share:.3f}"
    silent = len(known_set - mentioned)
    assert silent > 0, "the list should hold names never mentioned"


def test_negatives_hold_no_spans_and_no_identifiers():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        checks = {
            "spans": bool(s.spans or s.known_person),
            "TW_NATIONAL_ID/TW_RESIDENT_CERT": _has_id(s.text),
            "CREDIT_CARD": _has_card(s.text),
            "EMAIL": _has_email(s.text),
            "PHONE": _has_mobile(s.text),
        }
        bad += [(i, what) for what, hit in checks.items() if hit]
    assert not bad, f"negatives holding look-alike personal data (sample, label): {bad[:10]}"


def test_positives_hold_no_identifiers_outside_spans():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        rest = _masked(s)
        checks = {
            "no spans": not s.spans,
            "TW_NATIONAL_ID/TW_RESIDENT_CERT": _has_id(rest),
            "CREDIT_CARD": _has_card(rest),
            "EMAIL": _has_email(rest),
            "PHONE": _has_mobile(rest),
        }
        bad += [(i, what) for what, hit in checks.items() if hit]
    assert not bad, f"values outside spans (sample, label): {bad[:10]}"


def test_deterministic_per_seed():
    a = generate_heldout41(150, 7)
    b = generate_heldout41(150, 7)
    c = generate_heldout41(150, 8)
    same = a == b
    assert same, "same seed must give the same output"
    differs = [s.text for s in a[0]] != [s.text for s in c[0]] and a[1] != c[1]
    assert differs, "different seeds must give different output"


def test_label_counts_all_nonzero():
    samples, _ = _data()
    counts = Counter(label for s in samples for _, _, label in s.spans)
    missing = sorted(LABELS - {k for k, v in counts.items() if v > 0})
    assert not missing, f"labels without spans: {missing}"


def test_full_width_share():
    samples, _ = _data()
    spans = [s.text[a:b] for s in samples for a, b, _ in s.spans]
    wide = sum(_nfkc(v) != v for v in spans) / len(spans)
    assert 0.09 <= wide <= 0.17, f"full-width share {wide:.3f}"


def test_small_and_odd_sizes():
    for n in (0, 1, 5):
        samples, known = generate_heldout41(n, 3)
        sized = len(samples) == n and len(known) > 0
        assert sized, f"size {n}"
