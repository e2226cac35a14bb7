"""Identifier modules: doctests plus checks against independently computed values."""

import doctest
import random

import pytest

from pipelines.deid import identifiers
from pipelines.deid.identifiers import arc, ban, creditcard, nhi, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


@pytest.mark.parametrize("module", [arc, ban, creditcard, nhi, phone, twid])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


def _twid_reference(number: str) -> bool:
    # Written independently from the reference table: A=10 ... weights 1,9,8,...,1,1.
    code = LETTER_CODES[number[0]]
    digits = [code // 10, code % 10] + [int(c) for c in number[1:]]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def test_twid_exactly_one_check_digit_per_prefix():
    rng = random.Random(1)
    for _ in range(200):
        letter = rng.choice(sorted(LETTER_CODES))
        body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(7))
        valid = [d for d in "0123456789" if twid.is_valid(letter + body + d)]
        assert len(valid) == 1
        assert _twid_reference(letter + body + valid[0])


def test_twid_known_examples_and_errors():
    assert twid.is_valid("A123456789")
    assert twid.is_valid(" a123456789 ")
    assert twid.is_valid("Ａ１２３４５６７８９")
    with pytest.raises(identifiers.InvalidChecksum):
        twid.validate("A123456780")
    with pytest.raises(identifiers.InvalidComponent):
        twid.validate("A323456789")  # 3 is no gender digit
    with pytest.raises(identifiers.InvalidLength):
        twid.validate("A12345678")
    with pytest.raises(identifiers.InvalidFormat):
        twid.validate("1123456789")
    # every error is a ValueError, as in python-stdnum
    assert issubclass(identifiers.ValidationError, ValueError)


def test_arc_new_and_old_forms():
    new = "A8" + "0000001"
    new += id_check_digit("A", new[1:])
    assert arc.is_valid(new)
    assert not twid.is_valid(new)  # a resident certificate is no national ID
    # old form: second letter C counts as 2 (units digit of its code 12)
    old_digits = "2" + "0123456"
    old = "AC" + old_digits[1:] + id_check_digit("A", old_digits)
    assert arc.is_valid(old)
    assert not arc.is_valid(old[:-1] + str((int(old[-1]) + 1) % 10))
    assert not arc.is_valid("AE01234567")  # E is no old-form second letter
    assert not arc.is_valid("A123456789")  # national-ID shape


def test_ban_rules():
    assert ban.is_valid("04595257")
    # 7th digit 7: valid by the (sum + 1) rule even though sum itself is not divisible by 5
    candidates = [f"{i:06d}7{j}" for i in range(0, 3000, 7) for j in range(10)]
    seventh = [c for c in candidates if ban.is_valid(c) and ban.checksum(c) % 5 != 0]
    assert seventh and all((ban.checksum(c) + 1) % 5 == 0 for c in seventh)
    # the post-2023 rule (divisible by 5) accepts numbers the old one (by 10) refused
    by5 = [f"{i:08d}" for i in range(2000) if ban.checksum(f"{i:08d}") % 10 == 5]
    assert by5 and all(ban.is_valid(x) for x in by5)
    assert not ban.is_valid("04595258")
    with pytest.raises(identifiers.InvalidFormat):
        ban.validate("0459525A")


def test_phone_forms():
    for ok in ["0912-345-678", "0912345678", "0912 345 678", "+886-912-345-678",
               "+886 912 345 678", "(02)2345-6789", "02-23456789", "049-2345678",
               "02-2345-6789#123", "02-2345-6789 分機123", "０９１２－３４５－６７８"]:  # fmt: skip
        assert phone.is_valid(ok), ok
    for bad in ["12345678", "04595257", "0912-345-67", "1130501", "091234567890"]:
        assert not phone.is_plausible(bad), bad
    assert phone.compact("+886-2-2345-6789") == "0223456789"
    assert phone.is_plausible("06-4413175") and not phone.is_valid("06-4413175")


def test_nhi_and_creditcard():
    assert nhi.validate("0000-1234-5678") == "000012345678"
    assert not nhi.is_valid("0000-1234-567")
    assert creditcard.is_valid("4111-1111-1111-1111")
    assert creditcard.is_valid("378282246310005")  # Amex test number
    assert not creditcard.is_valid("4111-1111-1111-1112")
