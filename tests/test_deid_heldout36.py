"""Tests of the held-out set 36 generator (its gold labels), never of any scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal
data and must not be echoed into logs. So checks go through :func:`_check` (``pytest.fail``
with a message, no assertion introspection) and the fixture's repr hides its contents.
"""

import datetime as dt
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout36 import generate_heldout36
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


class _Set:
    """The generated set, with a repr that shows no text (tracebacks print fixture values)."""

    def __init__(self, samples: list[Sample], known: list[str]):
        self.samples = samples
        self.known = known

    def __repr__(self) -> str:
        return f"<heldout36 set: {len(self.samples)} samples>"


@pytest.fixture(scope="module")
def big() -> _Set:
    return _Set(*generate_heldout36(N, SEED))


def _check(ok: object, message: str) -> None:
    """Fail with ``message`` only (indices and labels), never showing the values."""
    __tracebackhide__ = True
    if not ok:
        pytest.fail(message, pytrace=False)


def _fold(text: str) -> str:
    """Width folding that keeps offsets: each character NFKC-mapped only if it stays one."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


# -- per-label validity -------------------------------------------------------------------

_CITIES = (
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市",
    "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣",
    "臺東縣", "澎湖縣", "金門縣", "連江縣",
)  # fmt: skip
_CITY_ALT = "|".join(sorted({c for city in _CITIES for c in (city, city.replace("臺", "台"))}))
_ADDRESS = re.compile(
    rf"(?:\d{{3}}(?:\d{{2}})?)?(?:{_CITY_ALT})\S{{1,4}}?(?:區|鄉|鎮|市)\S*?"
    r"\d+號(?:之\d+)?(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]\d{7}[A-Z]|[A-Z]{2}\d{7}")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}[‧·][\u4e00-\u9fff]{2,6}")
_LATIN_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,4}")
# No "君": it ends real given names (怡君, 佩君).
_HONORIFICS = ("先生", "小姐", "女士", "阿嬤", "阿公", "伯伯", "同學", "老師", "醫師")
_ROLES = ("申請人", "承辦人", "案主", "個案", "學員", "攤商", "家屬", "配偶", "車主", "委員")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _cn_int(s: str) -> int:
    """Chinese numerals up to 199 (一百零二, 七十八, 十二)."""
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN[ch]
    return total + cur


def _birth_date(value: str) -> dt.date | None:
    v = unicodedata.normalize("NFKC", value)
    m = re.fullmatch(
        r"民國([零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        v,
    )
    if m:
        return dt.date(_cn_int(m[1]) + 1911, _cn_int(m[2]), _cn_int(m[3]))
    m = re.fullmatch(r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", v) or re.fullmatch(
        r"(\d{2,3})[./](\d{1,2})[./](\d{1,2})", v
    )
    if m:
        return dt.date(int(m[1]) + 1911, int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    if m:
        return dt.date(int(m[1]) + 1911, int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?", v)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v)
    if m and m[2] in _MONTHS:
        return dt.date(int(m[3]), _MONTHS.index(m[2]) + 1, int(m[1]))
    return None


def _person_ok(v: str) -> bool:
    if not (_HAN_NAME.fullmatch(v) or _LATIN_NAME.fullmatch(v)):
        return False
    return not v.endswith(_HONORIFICS) and not v.startswith(_ROLES)


def _valid(label: str, value: str) -> bool:
    norm = unicodedata.normalize("NFKC", value)
    if label == "PERSON":
        return _person_ok(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(norm) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(norm) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(norm) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        try:
            d = _birth_date(value)
        except ValueError:  # impossible day or month
            return False
        return d is not None and 1920 <= d.year <= 2015
    return False


# -- look-alike scanning (written for these tests) ------------------------------------------

_PIECES = re.compile(r"[A-Z0-9]+")
_JOINED = re.compile(r"[A-Z0-9]+(?:[ \-][A-Z0-9]+)*")
_MOBILE = re.compile(r"(?:\+?886[ \-.]?|0)9\d{2}[ \-.()]?\d{3}[ \-.]?\d{3}")


def _lookalikes(text: str, mobiles: bool) -> list[tuple[int, int, str]]:
    """Valid IDs, certificates, cards, e-mails (and mobiles), with their ranges."""
    folded = _fold(text)
    upper = folded.upper()
    hits: list[tuple[int, int, str]] = []
    for rx in (_PIECES, _JOINED):
        for m in rx.finditer(upper):
            compact = re.sub(r"[ \-]", "", m.group())
            if len(compact) == 10 and twid.is_valid(compact):
                hits.append((*m.span(), "TW_NATIONAL_ID"))
            if len(compact) == 10 and arc.is_valid(compact):
                hits.append((*m.span(), "TW_RESIDENT_CERT"))
            if compact.isdigit() and 13 <= len(compact) <= 19 and creditcard.is_valid(compact):
                hits.append((*m.span(), "CREDIT_CARD"))
            mobile = compact.isdigit() and compact.startswith("09") and len(compact) == 10
            if mobiles and mobile and phone.is_valid(compact):
                hits.append((*m.span(), "PHONE"))
    hits.extend((*m.span(), "EMAIL") for m in _EMAIL.finditer(folded))
    if mobiles:
        hits.extend((*m.span(), "PHONE") for m in _MOBILE.finditer(folded) if phone.is_valid(m[0]))
    return hits


# -- tests ----------------------------------------------------------------------------------


def test_spans_are_in_range_ordered_disjoint_and_stripped(big):
    samples = big.samples
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            _check(label in LABELS, f"sample {i}: unknown label {label}")
            _check(0 <= start < end <= len(s.text), f"sample {i}: {label} span out of range")
            _check(start >= prev_end, f"sample {i}: {label} span overlaps the previous one")
            value = s.text[start:end]
            _check(value == value.strip(), f"sample {i}: {label} span has outer whitespace")
            prev_end = end


def test_every_span_holds_a_valid_value_of_its_label(big):
    samples = big.samples
    for i, s in enumerate(samples):
        for j, (start, end, label) in enumerate(s.spans):
            _check(_valid(label, s.text[start:end]), f"sample {i} span {j}: invalid {label}")


def test_known_person_flags_match_the_list(big):
    samples, known = big.samples, big.known
    known_set = set(known)
    _check(len(known_set) == len(known), "known-names list has duplicates")
    mentioned: set[str] = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        _check(len(s.known_person) == len(persons), f"sample {i}: known_person length")
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            _check(flag == (name in known_set), f"sample {i} PERSON {j}: known flag")
            flags.append(flag)
            mentioned.add(name)
    share = sum(flags) / len(flags)
    _check(0.4 <= share <= 0.6, f"known share of PERSON mentions is {share:.2f}")
    _check(known_set - mentioned, "the known list must also hold names never mentioned")


def test_hard_negatives_hold_no_spans_and_no_personal_lookalikes(big):
    samples = big.samples
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    _check(0.2 <= share <= 0.3, f"hard-negative share is {share:.2f}")
    for i in negatives:
        s = samples[i]
        _check(not s.spans and not s.known_person, f"sample {i}: negative with spans")
        hits = _lookalikes(s.text, mobiles=True)
        _check(not hits, f"sample {i}: negative holds a valid {hits[0][2] if hits else ''}")


def test_positive_texts_hold_no_unlabelled_ids_cards_or_emails(big):
    samples = big.samples
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        _check(s.spans, f"sample {i}: positive without spans")
        for start, end, label in _lookalikes(s.text, mobiles=False):
            inside = any(a <= start and end <= b for a, b, _ in s.spans)
            _check(inside, f"sample {i}: unlabelled {label} outside the gold spans")


def test_label_counts_and_full_width_share(big):
    samples = big.samples
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in sorted(LABELS):
        _check(counts[label] > 0, f"no {label} at n={N}")
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values) / len(values)
    _check(0.08 <= wide <= 0.2, f"full-width share of structured values is {wide:.2f}")


def test_same_seed_same_output_and_seeds_differ():
    a = generate_heldout36(150, 7)
    b = generate_heldout36(150, 7)
    c = generate_heldout36(150, 8)
    _check(a == b, "the same seed gave different output")
    _check([s.text for s in a[0]] != [s.text for s in c[0]], "different seeds gave the same texts")
    _check(a[1] != c[1], "different seeds gave the same known-names list")
    _check(len(a[0]) == 150, "wrong number of samples")
