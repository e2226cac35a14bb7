"""Column treatments: each one's output, NFKC linking, stable keyed pseudonyms, missing key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import pyarrow as pa
import pytest

from pipelines.deid import generalize, pseudonym, treatments
from pipelines.spec.model import Column


def col(**kwargs: object) -> Column:
    return Column.model_validate({"name": "c", "description": "欄位", **kwargs})


def test_redact_replaces_values_and_keeps_nulls() -> None:
    out = treatments.redact(pa.array(["王小明", None, "A123456789"]))
    assert out.to_pylist() == [treatments.REDACTED, None, treatments.REDACTED]


@pytest.mark.parametrize(
    ("value", "first", "last", "expected"),
    [
        ("0912345678", 4, 0, "0912******"),
        ("A123456789", 3, 2, "A12*****89"),
        ("Ａ１２３４５６７８９", 3, 2, "A12*****89"),  # NFKC before masking
        ("王小明", 1, 1, "王*明"),
        ("王明", 1, 1, "王*"),  # too short: keep_last gives way so something is hidden
        ("王", 1, 1, "*"),
        ("王明", 0, 2, "*明"),
    ],
)
def test_mask(value: str, first: int, last: int, expected: str) -> None:
    assert treatments.mask(pa.array([value]), first, last).to_pylist() == [expected]


def test_mask_hides_at_least_one_character_of_every_value() -> None:
    values = ["a", "ab", "abc", "abcd", "abcde"]
    for masked, original in zip(
        treatments.mask(pa.array(values), 2, 2).to_pylist(), values, strict=True
    ):
        assert "*" in masked and masked != original and len(masked) == len(original)


def test_pseudonyms_are_stable_keyed_and_link_nfkc_variants() -> None:
    key = b"secret"
    values = pa.array(["A123456789", "Ａ１２３４５６７８９ ", "B234567890", None, "A123456789"])
    first = pseudonym.pseudonymize(values, key).to_pylist()
    again = pseudonym.pseudonymize(values, key).to_pylist()
    assert first == again  # stable across calls (and so across runs: no salt, no state)
    assert first[0] == first[1] == first[4]  # full-width and padded copies link
    assert first[0] != first[2] and first[3] is None
    assert len(first[0]) == pseudonym.TOKEN_HEX_CHARS and int(first[0], 16) >= 0
    other_key = pseudonym.pseudonymize(values, b"other").to_pylist()
    assert other_key[0] != first[0]  # keyed: unknown key, unknown token


def test_pseudonymize_refuses_without_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pseudonym.KEY_ENV, raising=False)
    with pytest.raises(pseudonym.PseudonymKeyMissing, match=pseudonym.KEY_ENV):
        pseudonym.resolve_key(None)
    monkeypatch.setenv(pseudonym.KEY_ENV, "from-env")
    assert pseudonym.resolve_key(None) == b"from-env"


def test_generalize_dates() -> None:
    values = pa.array(["2024-05-03", "2023-12-31", None, "not a date"])
    assert generalize.date_to(values, "month").to_pylist() == ["2024-05", "2023-12", None, None]
    assert generalize.date_to(values, "year").to_pylist() == ["2024", "2023", None, None]
    import datetime as dt

    dates = pa.array([dt.date(2024, 5, 3), None])
    assert generalize.date_to(dates, "month").to_pylist() == ["2024-05", None]


def test_generalize_age_bands() -> None:
    out = generalize.age_band(pa.array([34, 7, 40, None, 99]), 10).to_pylist()
    assert out == ["30-39", "0-9", "40-49", None, "90-99"]
    assert generalize.age_band(pa.array(["34", "x"]), 5).to_pylist() == ["30-34", None]


def test_generalize_bins() -> None:
    out = generalize.number_bins(pa.array([5, 1000, 9999.5, 10000, None]), [1000, 10000])
    assert out.to_pylist() == ["< 1000", "[1000, 10000)", "[1000, 10000)", ">= 10000", None]


@pytest.mark.parametrize(
    ("address", "city", "district"),
    [
        ("407台中市西屯區台灣大道三段99號", "臺中市", "臺中市西屯區"),
        ("桃園市平鎮區中豐路1號", "桃園市", "桃園市平鎮區"),
        ("臺南市新市區中山路", "臺南市", "臺南市新市區"),
        ("新竹縣竹北市光明六路1號", "新竹縣", "新竹縣竹北市"),
        ("高雄市路竹區中山路1號", "高雄市", "高雄市路竹區"),
        ("嘉義縣阿里山鄉1號", "嘉義縣", "嘉義縣阿里山鄉"),
        ("ｎｏｗｈｅｒｅ", None, None),
    ],
)
def test_generalize_addresses(address: str, city: str | None, district: str | None) -> None:
    values = pa.array([address])
    assert generalize.address_city(values).to_pylist() == [city]
    assert generalize.address_district(values).to_pylist() == [district]


def test_apply_counts_unparsed_generalisations() -> None:
    column = col(pii="quasi", treatment="generalize", to="district")
    treated = treatments.apply(pa.array(["臺中市西屯區x路", "somewhere", None, "  "]), column)
    assert treated.values is not None
    assert treated.values.to_pylist() == ["臺中市西屯區", None, None, None]
    assert treated.unparsed == 1  # blank and null are missing, not unparsed


def test_apply_drop_and_keep() -> None:
    values = pa.array([1, 2])
    assert treatments.apply(values, col(pii="direct", treatment="drop")).values is None
    kept = treatments.apply(values, col(type="integer")).values
    assert kept is not None and kept.to_pylist() == [1, 2]


class FakeScanner:
    """Follows the TextScanner interface: redacts the known names only."""

    def __init__(self, known_names: Iterable[str] = ()) -> None:
        self.names = sorted(known_names, key=len, reverse=True)

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]:
        counts: Counter[str] = Counter()
        out: list[str | None] = []
        for text in texts:
            if text is not None:
                for name in self.names:
                    counts["PERSON"] += text.count(name)
                    text = text.replace(name, "〔姓名〕")
            out.append(text)
        return out, counts

    def count_high_confidence(
        self,
        texts: Sequence[str | None],
        min_score: float = 0.85,
        weights: Sequence[int] | None = None,
    ) -> Counter[str]:
        return Counter()


def test_scan_text_uses_names_from_name_columns() -> None:
    table = pa.table(
        {
            "applicant": ["王小明", "陳美玲", "林志豪"],
            "national_id": ["A123456789", "B234567890", "C345678901"],
        }
    )
    columns = [col(pii="direct").model_copy(update={"name": n}) for n in table.column_names]
    names = treatments.known_names(table, columns)
    assert names == ["林志豪", "王小明", "陳美玲"]  # IDs are not a name column
    treated = treatments.scan_text(pa.array(["王小明來電", None, "無"]), FakeScanner(names))
    assert treated.values is not None
    assert treated.values.to_pylist() == ["〔姓名〕來電", None, "無"]
    assert treated.entities == Counter({"PERSON": 1})


def test_address_generalisation_takes_one_pass_with_the_same_result() -> None:
    # _group_or_null must equal the match-then-replace it replaced, nulls and newlines included
    values = pa.array(["407台中市西屯區台灣大道三段99號", "臺中市西屯區x\n路", None, "", "高雄市",
                       "abc", "新竹縣竹北市光明六路1號"])  # fmt: skip
    text = generalize._address_text(values)
    for pattern in (
        generalize._PREFIX + f"({generalize._CITY}).*$",
        generalize._PREFIX + f"({generalize._CITY}{generalize._DISTRICT}).*$",
    ):
        expected = generalize._regex_or_null(text, pattern, r"\1")
        assert generalize._group_or_null(text, pattern).equals(expected)
    assert generalize.address_district(values).to_pylist()[:2] == ["臺中市西屯區", None]


def test_a_roster_of_han_indigenous_and_latin_names_is_a_name_column() -> None:
    """Migrant workers' and Indigenous names make up part of many rosters: the column is still
    a name column, so the scanner knows its names (else the leak guard blocks the release)."""
    roster = ["王小明", "陳美玲", "林 志豪", "瓦歷斯·諾幹", "Siti Rahayu", "NGUYEN VAN AN",
              "CHEN, YU-TING", "黃淑芬"]  # fmt: skip
    assert treatments.looks_like_names(pa.array(roster))
    others = ["臺北市中正區重慶南路一段122號", "A123456789", "0912-345-678", "someone@example.com",
              "新竹科學園區管理局", "2024-05-01", "Taipei 101"]  # fmt: skip
    for values in (others, ["第1組", "第2組", "第3組"]):
        assert not treatments.looks_like_names(pa.array(values))
