"""Tests of the held-out set 44 generator (its gold labels only, never of any scanner).

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout44 import generate_heldout44
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
    samples, known = generate_heldout44(n, seed)
    return tuple(samples), tuple(known)


def _positives() -> list[tuple[int, Sample]]:
    return [(i, s) for i, s in enumerate(_set()[0]) if not s.hard_negative]


def _negatives() -> list[tuple[int, Sample]]:
    return [(i, s) for i, s in enumerate(_set()[0]) if s.hard_negative]


# ---- value checks ------------------------------------------------------------------------------

_WIDTH = str.maketrans({**{chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)}, "\u3000": " "})


def _narrow(text: str) -> str:
    """Full-width ASCII forms to ASCII, one character for one (offsets are kept)."""
    return text.translate(_WIDTH)


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
# year, then 年 month 月 day 日 or the same separator twice
_YMD = r"(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\4(\d{1,2}))"


def _cn_int(s: str) -> int:
    total = 0
    if "百" in s:
        hundreds, s = s.split("百")
        total += _CN_DIGITS[hundreds] * 100
        s = s.lstrip("零")
    if "十" in s:
        tens, s = s.split("十")
        total += (_CN_DIGITS[tens] if tens else 1) * 10
    if s:
        total += _CN_DIGITS[s]
    return total


def _month_day(m: re.Match[str]) -> tuple[int, int]:
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
    return int(month), int(day)


def _birth(value: str) -> datetime.date | None:
    v = unicodedata.normalize("NFKC", value)
    cn = "〇零一二三四五六七八九十百"
    if m := re.fullmatch(rf"民國([{cn}]+)年([{cn}]+)月([{cn}]+)日", v):
        y, mo, d = (_cn_int(x) for x in m.groups())
        y += 1911
    elif m := re.fullmatch(r"(?:民國|民)?(\d{2,3})" + _YMD, v):
        y, mo, d = int(m.group(1)) + 1911, *_month_day(m)
    elif m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v):
        y, mo, d = int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3))
    elif m := re.fullmatch(r"(\d{4})" + _YMD, v):
        y, mo, d = int(m.group(1)), *_month_day(m)
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        d, mo, y = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", v):
        if m.group(2) not in _MONTHS:
            return None
        d, mo, y = int(m.group(1)), _MONTHS.index(m.group(2)) + 1, int(m.group(3))
    else:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_HONORIFICS = ("先生", "小姐", "女士", "阿嬤", "阿公", "奶奶", "伯伯", "大哥", "老師", "阿姨")


def _address_ok(value: str) -> bool:
    v = unicodedata.normalize("NFKC", value)
    return bool(
        re.match(
            r"(?:\d{3}(?:\d{2,3})? ?)?[\u4e00-\u9fff]{2,3}[市縣][\u4e00-\u9fff]{1,4}[區鄉鎮市]", v
        )
        and re.search(r"\d+(?:之\d+)?號", v)
        and re.search(r"(?:號|樓|室|之\d+|\d+F)$", v)
    )


def _person_ok(value: str) -> bool:
    if re.search(r"[0-9０-９@：:（）()]", value) or value.endswith(_HONORIFICS):
        return False
    han = re.fullmatch(r"[\u4e00-\u9fff]{2,6}(?:[‧·][\u4e00-\u9fff]{1,6})*", value)
    latin = re.fullmatch(
        r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff ,.‧]*", value
    )
    return bool(han or latin)


def _phone_ok(value: str) -> bool:
    shape = r"[0-9+()\-. #]+(?:(?:分機|轉|ext\.) ?[0-9]+)?"
    if not re.fullmatch(shape, unicodedata.normalize("NFKC", value)):
        return False
    if phone.compact(value).startswith("09"):
        return phone.is_valid(value)
    return phone.is_plausible(value)


def _value_ok(label: str, value: str) -> bool:
    narrow = _narrow(value)
    checks = {
        "PERSON": lambda: _person_ok(value),
        "TW_NATIONAL_ID": lambda: twid.is_valid(value),
        "TW_RESIDENT_CERT": lambda: arc.is_valid(value) and not twid.is_valid(value),
        "PHONE": lambda: _phone_ok(value),
        "EMAIL": lambda: bool(_EMAIL.fullmatch(narrow)),
        "ADDRESS": lambda: _address_ok(value),
        "TW_NHI_CARD": lambda: (
            nhi.is_valid(value) and bool(re.fullmatch(r"\d{4}[ -]?\d{4}[ -]?\d{4}", narrow))
        ),
        "PASSPORT": lambda: bool(_PASSPORT.fullmatch(narrow.upper())),
        "CREDIT_CARD": lambda: creditcard.is_valid(value),
        "BIRTH_DATE": lambda: (b := _birth(value)) is not None and 1920 <= b.year <= 2010,
    }
    return checks[label]()


# ---- stray look-alikes --------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]\d{8}(?![A-Za-z0-9])")
_DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_PHONE_RUN = re.compile(r"\d[\d \-.()+]*\d")


def _findings(text: str) -> list[tuple[int, int, str]]:
    """Valid IDs, resident certificates, card numbers and e-mail addresses anywhere in ``text``."""
    t = _narrow(text)
    found = []
    for m in _ID_SHAPE.finditer(t):
        if twid.is_valid(m.group()):
            found.append((m.start(), m.end(), "TW_NATIONAL_ID"))
        if arc.is_valid(m.group()):
            found.append((m.start(), m.end(), "TW_RESIDENT_CERT"))
    for m in _EMAIL.finditer(t):
        found.append((m.start(), m.end(), "EMAIL"))
    for m in _DIGIT_RUN.finditer(t):
        bounds = [
            (g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())
        ]
        for i, (a, _) in enumerate(bounds):
            for _, b in bounds[i:]:
                digits = re.sub(r"\D", "", t[a:b])
                if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
                    found.append((a, b, "CREDIT_CARD"))
    return found


def _has_mobile(text: str) -> bool:
    for m in _PHONE_RUN.finditer(_narrow(text)):
        digits = re.sub(r"\D", "", m.group())
        for i in range(len(digits) - 9):
            if digits[i : i + 2] == "09" and phone.is_mobile(digits[i : i + 10]):
                return True
    return False


# ---- tests --------------------------------------------------------------------------------------


def test_same_seed_same_output_and_seeds_differ():
    a, ka = generate_heldout44(150, 11)
    b, kb = generate_heldout44(150, 11)
    c, kc = generate_heldout44(150, 12)
    assert a == b and ka == kb
    assert a != c and ka != kc
    assert len(a) == 150 and all(isinstance(s, Sample) for s in a)


def test_spans_in_range_ordered_non_overlapping_and_stripped():
    for i, s in enumerate(_set()[0]):
        end = 0
        for a, b, label in s.spans:
            assert label in LABELS, (i, label)
            assert end <= a < b <= len(s.text), (i, label)
            value = s.text[a:b]
            assert value == value.strip() and value, (i, label)
            end = b


def test_every_span_holds_a_valid_value_of_its_label():
    bad = Counter()
    for i, s in _positives():
        for a, b, label in s.spans:
            if not _value_ok(label, s.text[a:b]):
                bad[(i, label)] += 1
    assert not bad, sorted(bad)[:20]


def test_known_person_matches_the_known_names_list():
    samples, known = _set()
    known_set = set(known)
    assert len(known_set) == len(known), "known names are unique"
    mentioned, flags = set(), []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), i
        for name, flag in zip(persons, s.known_person, strict=True):
            assert flag == (name in known_set), (i, "PERSON")
            mentioned.add(name)
            flags.append(flag)
    assert 0.4 <= sum(flags) / len(flags) <= 0.6, "about half of the mentions are known"
    assert len(known_set - mentioned) >= 20, "the list holds names never mentioned"


def test_negatives_have_no_spans_and_no_personal_identifier():
    negatives = _negatives()
    assert 0.2 <= len(negatives) / len(_set()[0]) <= 0.3
    for i, s in negatives:
        assert s.spans == [] and s.known_person == [], i
        assert not [label for *_, label in _findings(s.text)], (i, "negative look-alike")
        assert not _has_mobile(s.text), (i, "PHONE")


def test_positives_hold_no_valid_identifier_outside_their_spans():
    for i, s in _positives():
        assert s.spans, i
        for a, b, label in _findings(s.text):
            inside = any(x <= a and b <= y and lab == label for x, y, lab in s.spans)
            assert inside, (i, label)


def test_label_counts_and_full_width_share():
    counts = Counter(label for s in _set()[0] for *_, label in s.spans)
    assert set(counts) == LABELS, sorted(LABELS - set(counts))
    assert all(counts[label] > 0 for label in LABELS)
    values = [s.text[a:b] for s in _set()[0] for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, "about an eighth of the values are full-width"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("民國七十五年三月八日", (1986, 3, 8)), ("0750308", (1986, 3, 8)),
     ("08 MAR 1986", (1986, 3, 8)), ("１９８６／０３／０８", (1986, 3, 8)),
     ("民75.3.8", (1986, 3, 8)), ("75年3月32日", None), ("1986-03/08", None)],
)  # fmt: skip
def test_birth_date_parser_of_these_tests(value, expected):
    got = _birth(value)
    assert (got and (got.year, got.month, got.day)) == expected
