"""Fake personal and business data with Taiwanese shapes: IDs, BANs, names, phones, addresses.

Every generator takes the random source as an argument (a seeded `random.Random` for scalars, a
numpy `Generator` for the bulk `*_many` versions), so the same seed always gives the same data.
Identifiers carry valid check digits: a de-identifier that only looks for checksum-valid IDs must
still find every one of them.
"""

from __future__ import annotations

import random
import string
from bisect import bisect
from collections.abc import Sequence
from datetime import date

import numpy as np

from pipelines.sample import vocab

# --- random sources --------------------------------------------------------------------------


class FastRandom(random.Random):
    """`random.Random` whose `choice` and `randrange` cost one `random()` call each.

    The stdlib versions loop over `getrandbits` to be exactly uniform; for fake data the bias
    of scaling a 53-bit float (under 2**-40 for these small ranges) does not matter, and the
    generator calls these millions of times. Seeded the same way, it is just as deterministic.
    """

    def choice(self, seq):  # type: ignore[no-untyped-def, override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if step != 1:
            return super().randrange(start, stop, step)
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))


# --- weighted choice -------------------------------------------------------------------------


class Weighted:
    """A fixed population with weights; `pick` is one `random()` call and a bisect (fast)."""

    def __init__(self, items: Sequence[object], weights: Sequence[float]) -> None:
        if len(items) != len(weights) or not items:
            raise ValueError("items and weights must be non-empty and of equal length")
        self.items = tuple(items)
        total = 0.0
        cumulative: list[float] = []
        for weight in weights:
            total += weight
            cumulative.append(total)
        # the last bound is infinite so that bisect never runs past the end, whatever rounding
        cumulative[-1] = float("inf")
        self.cumulative = cumulative
        self.total = total
        self.probabilities = np.asarray(weights, dtype=float) / total

    def pick(self, rng: random.Random) -> object:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]

    def indices(self, gen: np.random.Generator, n: int) -> np.ndarray:
        """`n` indices into `items`, drawn with the weights (vectorized)."""
        return gen.choice(len(self.items), size=n, p=self.probabilities)


# --- identifiers -----------------------------------------------------------------------------

# Letter → two-digit code of the national ID (I, O, W, X, Y, Z are out of alphabetical order).
ID_LETTER_CODES: dict[str, int] = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "I": 34,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "O": 35,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "W": 32,
    "X": 30,
    "Y": 31,
    "Z": 33,
}
_ID_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1)  # the 11th weight (1) applies to the check digit
_CITY_PICK = Weighted(range(len(vocab.CITIES)), vocab.CITY_WEIGHTS)
_ID_LETTERS_BY_CITY = [vocab.ID_LETTER_BY_CITY[city] for city, _, _ in vocab.CITIES]


def _id_check_digit(letter: str, body8: str) -> str:
    """The 10th character that makes `letter + body8 + check` pass the ID checksum."""
    code = ID_LETTER_CODES[letter]
    digits = (code // 10, code % 10, *(int(c) for c in body8))
    total = sum(w * d for w, d in zip(_ID_WEIGHTS, digits, strict=True))
    return str((10 - total % 10) % 10)


def valid_national_id(rng: random.Random, *, sex: str | None = None) -> str:
    """A 國民身分證統一編號 with a valid check digit; `sex` "M"/"F" sets the 2nd character."""
    letters = _ID_LETTERS_BY_CITY[_CITY_PICK.pick(rng)]  # type: ignore[index]
    letter = letters[0] if len(letters) == 1 else rng.choice(letters)
    sex = sex or rng.choice("MF")
    body = ("1" if sex == "M" else "2") + f"{rng.randrange(10_000_000):07d}"
    return letter + body + _id_check_digit(letter, body)


def valid_resident_id(rng: random.Random, *, sex: str | None = None) -> str:
    """A new-form 外來人口統一證號 (since 2021): letter, 8 (male) or 9 (female), same checksum."""
    letter = rng.choice("ABCDEFGHJKMNPQTUVXZ")
    sex = sex or rng.choice("MF")
    body = ("8" if sex == "M" else "9") + f"{rng.randrange(10_000_000):07d}"
    return letter + body + _id_check_digit(letter, body)


_LETTER_ARRAY = np.array(sorted(ID_LETTER_CODES))
_CODE_ARRAY = np.array([ID_LETTER_CODES[c] for c in _LETTER_ARRAY])
_CITY_FIRST_LETTER = np.array(
    [int(np.searchsorted(_LETTER_ARRAY, letters[0])) for letters in _ID_LETTERS_BY_CITY]
)


def national_ids_many(
    gen: np.random.Generator, male: np.ndarray, foreign: np.ndarray | None = None
) -> list[str]:
    """Valid IDs for each row: `male` (bool array) sets the sex digit; `foreign` rows get the new
    外來人口統一證號 form (2nd digit 8/9) instead of a national ID (2nd digit 1/2)."""
    n = len(male)
    letter_index = _CITY_FIRST_LETTER[_CITY_PICK.indices(gen, n)]
    if foreign is not None and foreign.any():
        letter_index = np.where(foreign, gen.integers(0, 26, n), letter_index)
    sex_digit = np.where(male, 1, 2)
    if foreign is not None:
        sex_digit = np.where(foreign, sex_digit + 7, sex_digit)
    body = gen.integers(0, 10, size=(n, 7))
    code = _CODE_ARRAY[letter_index]
    total = code // 10 + (code % 10) * 9 + sex_digit * 8
    total = total + body @ np.array([7, 6, 5, 4, 3, 2, 1])
    check = (10 - total % 10) % 10
    digits = np.column_stack([sex_digit, body, check]).astype(np.uint8) + ord("0")
    tails = digits.tobytes().decode("ascii")
    letters = _LETTER_ARRAY[letter_index]
    return [letters[i] + tails[i * 9 : i * 9 + 9] for i in range(n)]


_BAN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def _ban_sum(digits: Sequence[int]) -> int:
    """Sum of the digit sums of digit × weight (the BAN checksum's core)."""
    products = (d * w for d, w in zip(digits, _BAN_WEIGHTS, strict=True))
    return sum((p // 10) + (p % 10) for p in products)


def valid_ban(rng: random.Random) -> str:
    """An 8-digit 營利事業統一編號 valid under the current ÷5 rule.

    When the 7th digit is 7 (its product 28 may count as 10 or as 1), half of those BANs are
    made valid only through the special case `(sum + 1) % 5 == 0`, so checkers must know it.
    """
    first7 = [rng.randrange(10) for _ in range(7)]
    partial = _ban_sum([*first7, 0])
    special = 1 if first7[6] == 7 and rng.random() < 0.5 else 0
    # the last weight is 1, so the last digit adds itself: one of the two digits that fit ÷5
    last = (-partial - special) % 5 + 5 * rng.randrange(2)
    return "".join(map(str, first7)) + str(last)


def bans_many(gen: np.random.Generator, n: int) -> list[str]:
    """`n` valid BANs (vectorized `valid_ban`)."""
    digits = gen.integers(0, 10, size=(n, 8))
    products = digits[:, :7] * np.array(_BAN_WEIGHTS[:7])
    partial = (products // 10 + products % 10).sum(axis=1)
    special = ((digits[:, 6] == 7) & (gen.random(n) < 0.5)).astype(int)
    digits[:, 7] = (-partial - special) % 5 + 5 * gen.integers(0, 2, n)
    text = (digits.astype(np.uint8) + ord("0")).tobytes().decode("ascii")
    return [text[i * 8 : i * 8 + 8] for i in range(n)]


# --- names -----------------------------------------------------------------------------------

_SURNAMES = Weighted(vocab.SURNAMES, [w for _, w, _ in vocab.SURNAMES])
_ROMAN_BY_SURNAME = {s: r for s, _, r in (*vocab.SURNAMES, *vocab.SURNAMES_NON_BIG5)}
_COMPOUND = tuple(s for s in _ROMAN_BY_SURNAME if len(s) == 2)
# GIVEN_MALE / GIVEN_FEMALE are written as runs of common two-character given names.
_GIVEN_PAIRS_MALE = tuple(a + b for a, b in zip(*[iter(vocab.GIVEN_MALE)] * 2, strict=True))
_GIVEN_PAIRS_FEMALE = tuple(a + b for a, b in zip(*[iter(vocab.GIVEN_FEMALE)] * 2, strict=True))


def han_name(rng: random.Random, *, sex: str | None = None, big5_only: bool = False) -> str:
    """A Han Chinese name: weighted surname (compound ones included) and a 1–2 character given
    name drawn from male or female characters. Unless `big5_only`, about 1 in 200 names holds a
    character outside Big5, as real registers do."""
    surname = _SURNAMES.pick(rng)[0]  # type: ignore[index]
    male = (sex or rng.choice("MF")) == "M"
    roll = rng.random()
    if roll < 0.65:  # a common two-character given name
        given = rng.choice(_GIVEN_PAIRS_MALE if male else _GIVEN_PAIRS_FEMALE)
    else:  # a rarer combination, or a single character
        pool = vocab.GIVEN_MALE if male else vocab.GIVEN_FEMALE
        given = rng.choice(pool) + rng.choice(pool) if roll < 0.93 else rng.choice(pool)
    if not big5_only and rng.random() < 0.005:
        if rng.random() < 0.3:
            surname = rng.choice(vocab.SURNAMES_NON_BIG5)[0]
        else:
            given = given[:-1] + rng.choice(vocab.GIVEN_NON_BIG5)
    return surname + given


def indigenous_name(rng: random.Random) -> str:
    """A traditional Indigenous name written with the interpunct, e.g. 瓦歷斯·諾幹."""
    return (
        rng.choice(vocab.INDIGENOUS_GIVEN) + vocab.INTERPUNCT + rng.choice(vocab.INDIGENOUS_FAMILY)
    )


def foreign_name(rng: random.Random) -> str:
    """A transliterated name of a foreign resident, e.g. 阮氏梅."""
    return rng.choice(vocab.FOREIGN_NAMES)


def person_name(rng: random.Random, *, sex: str | None = None, big5_only: bool = False) -> str:
    """A citizen's name: mostly Han, about 2% Indigenous names with the interpunct."""
    if rng.random() < 0.02:
        return indigenous_name(rng)
    return han_name(rng, sex=sex, big5_only=big5_only)


def honorific(sex: str) -> str:
    """先生 / 小姐 as officials write after a name."""
    return "先生" if sex == "M" else "小姐"


# --- contact data ----------------------------------------------------------------------------

_FULLWIDTH = str.maketrans("0123456789-()#", "０１２３４５６７８９－（）＃")

# (local number length, allowed leading digits) per 縣市, matching its area code in vocab.CITIES.
_LOCAL_NUMBERS: dict[str, tuple[int, str]] = {
    "臺北市": (8, "2"),
    "新北市": (8, "2"),
    "基隆市": (8, "2"),
    "桃園市": (7, "34"),
    "新竹市": (7, "5"),
    "新竹縣": (7, "5"),
    "宜蘭縣": (7, "9"),
    "花蓮縣": (7, "8"),
    "苗栗縣": (6, "3"),
    "臺中市": (8, "2"),
    "彰化縣": (7, "7"),
    "南投縣": (7, "2"),
    "雲林縣": (7, "56"),
    "嘉義市": (7, "2"),
    "嘉義縣": (7, "2"),
    "臺南市": (7, "2"),
    "澎湖縣": (7, "9"),
    "高雄市": (7, "3"),
    "屏東縣": (7, "7"),
    "臺東縣": (6, "3"),
    "金門縣": (6, "3"),
    "連江縣": (5, "2"),
}
_MOBILE_PREFIXES = (
    "0910",
    "0911",
    "0912",
    "0916",
    "0919",
    "0920",
    "0921",
    "0922",
    "0926",
    "0928",
    "0930",
    "0932",
    "0933",
    "0935",
    "0936",
    "0937",
    "0952",
    "0955",
    "0958",
    "0963",
    "0968",
    "0970",
    "0972",
    "0975",
    "0978",
    "0981",
    "0985",
    "0988",
)
_MOBILE_FORMATS = Weighted(
    ("dash", "plain", "space", "intl-dash", "intl", "dash2", "fullwidth", "fullwidth-dash"),
    (35, 30, 4, 5, 4, 10, 8, 4),
)
_LANDLINE_FORMATS = Weighted(
    ("paren", "dash", "dash2", "paren-plain", "ext-hash", "ext-word", "fullwidth"),
    (30, 25, 25, 8, 5, 4, 3),
)


def mobile_number(rng: random.Random) -> str:
    """A mobile number in one of the ways people write it (0912-345-678, +886912345678, ...)."""
    prefix = rng.choice(_MOBILE_PREFIXES)
    rest = f"{rng.randrange(1_000_000):06d}"
    style = _MOBILE_FORMATS.pick(rng)
    if style == "dash":
        return f"{prefix}-{rest[:3]}-{rest[3:]}"
    if style == "plain":
        return prefix + rest
    if style == "space":
        return f"{prefix} {rest[:3]} {rest[3:]}"
    if style == "intl-dash":
        return f"+886-{prefix[1:]}-{rest[:3]}-{rest[3:]}"
    if style == "intl":
        return f"+886{prefix[1:]}{rest}"
    if style == "dash2":
        return f"{prefix}-{rest}"
    if style == "fullwidth":
        return (prefix + rest).translate(_FULLWIDTH)
    return f"{prefix}-{rest[:3]}-{rest[3:]}".translate(_FULLWIDTH)


def landline_number(rng: random.Random, city: str | None = None) -> str:
    """A landline of `city` (random by population if None): (02)2345-6789, 049-2345678, ..."""
    if city is None:
        city = vocab.CITIES[_CITY_PICK.pick(rng)][0]  # type: ignore[index]
    area = next(code for name, code, _ in vocab.CITIES if name == city)
    length, leads = _LOCAL_NUMBERS[city]
    local = rng.choice(leads) + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
    split = length - 4
    grouped = f"{local[:split]}-{local[split:]}"
    style = _LANDLINE_FORMATS.pick(rng)
    if style == "paren":
        return f"({area}){grouped}"
    if style == "dash":
        return f"{area}-{local}"
    if style == "dash2":
        return f"{area}-{grouped}"
    if style == "paren-plain":
        return f"({area}){local}"
    if style == "ext-hash":
        return f"{area}-{grouped}#{rng.randrange(100, 1000)}"
    if style == "ext-word":
        return f"{area}-{grouped} 分機{rng.randrange(100, 1000)}"
    return f"{area}-{local}".translate(_FULLWIDTH)


def phone_number(rng: random.Random, *, city: str | None = None, mobile_share: float = 0.65) -> str:
    """A mobile (by default 65%) or landline number in a mix of real-world formats."""
    if rng.random() < mobile_share:
        return mobile_number(rng)
    return landline_number(rng, city)


_LOCAL_WORDS = ("", "", ".", "_")


def email_address(rng: random.Random, name: str | None = None) -> str:
    """An e-mail address; with `name` the local part starts with its surname's romanization."""
    surname = ""
    if name:
        surname = name[:2] if name[:2] in _COMPOUND else name[:1]
    roman = _ROMAN_BY_SURNAME.get(surname) or rng.choice(vocab.SURNAMES)[2]
    initials = rng.choice(string.ascii_lowercase) + rng.choice(string.ascii_lowercase)
    tail = str(rng.randrange(1960, 2006)) if rng.random() < 0.5 else str(rng.randrange(1000))
    local = roman + rng.choice(_LOCAL_WORDS) + initials + (tail if rng.random() < 0.7 else "")
    domain = _EMAIL_DOMAINS.pick(rng)
    return f"{local}@{domain}"


_EMAIL_DOMAINS = Weighted([d for d, _ in vocab.EMAIL_DOMAINS], [w for _, w in vocab.EMAIL_DOMAINS])


# --- places ----------------------------------------------------------------------------------


def _district_weight(city: str, district: str) -> float:
    key = city + district
    if key in vocab.DISTRICT_WEIGHTS:
        return vocab.DISTRICT_WEIGHTS[key]
    if key in vocab.MOUNTAIN_TOWNSHIPS:
        return 0.15
    return {"市": 4.0, "鎮": 1.5, "鄉": 0.7}.get(district[-1], 1.0)


# Per 縣市, its districts weighted (so within-city choice is not uniform).
_DISTRICT_PICKS = [
    Weighted(districts, [_district_weight(city, d) for d in districts])
    for city, _, districts in vocab.CITIES
]


def city_district(rng: random.Random, *, city_index: int | None = None) -> tuple[str, str]:
    """A (縣市, 鄉鎮市區) pair: 縣市 by population, then 鄉鎮市區 by vocab.DISTRICT_WEIGHTS."""
    if city_index is None:
        city_index = _CITY_PICK.pick(rng)  # type: ignore[assignment]
    city = vocab.CITIES[city_index][0]  # type: ignore[index]
    return city, str(_DISTRICT_PICKS[city_index].pick(rng))  # type: ignore[index]


def address(
    rng: random.Random,
    *,
    city_index: int | None = None,
    place: tuple[str, str] | None = None,
    variants: bool = True,
    floors: bool = True,
) -> str:
    """A full address: 縣市 鄉鎮市區 [村里 鄰] 路/街 [段] [巷 [弄]] 號 [之] [樓 [之]].

    `place` fixes the (縣市, 鄉鎮市區); `floors=False` leaves out 樓 (factories are mostly at
    ground level).
    With `variants`, a few addresses are written as people do: 台 for 臺 (8%) or full-width
    digits (3%). Every address starts with its 縣市 and 鄉鎮市區, so generalizing to district is a
    prefix match once 台/臺 is normalized.
    """
    city, district = place or city_district(rng, city_index=city_index)
    parts = [city, district]
    if district[-1] in "鄉鎮" and rng.random() < 0.3:
        village = rng.choice(vocab.VILLAGE_NAMES) + rng.choice(vocab.VILLAGE_SUFFIX)
        parts.append(f"{village}{rng.randrange(1, 25)}鄰")
    if rng.random() < 0.78:
        parts.append(rng.choice(vocab.ROADS))
        if rng.random() < 0.45:
            parts.append(rng.choice(vocab.CHINESE_SECTIONS[:4]))
    else:
        parts.append(rng.choice(vocab.STREETS))
    if rng.random() < 0.4:
        parts.append(f"{rng.randrange(1, 400)}巷")
        if rng.random() < 0.35:
            parts.append(f"{rng.randrange(1, 40)}弄")
    number = rng.randrange(1, 600)
    if rng.random() < 0.08:
        parts.append(f"{number}之{rng.randrange(1, 10)}號")
    else:
        parts.append(f"{number}號")
    if floors and rng.random() < 0.5:
        parts.append(f"{rng.randrange(1, 25)}樓")
        if rng.random() < 0.12:
            parts.append(f"之{rng.randrange(1, 10)}")
    text = "".join(parts)
    if variants:
        roll = rng.random()
        if roll < 0.08:
            text = text.replace("臺", "台")
        elif roll < 0.11:
            text = text.translate(_FULLWIDTH)
    return text


def company_name(rng: random.Random) -> str:
    """A company name: brand word, trade and legal form, e.g. 宏達精密工業股份有限公司."""
    form = _COMPANY_FORMS.pick(rng)
    return rng.choice(vocab.COMPANY_BRANDS) + rng.choice(vocab.COMPANY_TRADES) + str(form)


_COMPANY_FORMS = Weighted([f for f, _ in vocab.COMPANY_FORMS], [w for _, w in vocab.COMPANY_FORMS])


# --- dates -----------------------------------------------------------------------------------


def roc_date(day: date, sep: str = "/") -> str:
    """民國 date as agencies write it: 113/05/01 (or yyyMMdd, 1130501, with sep="")."""
    return f"{day.year - 1911:03d}{sep}{day.month:02d}{sep}{day.day:02d}"
