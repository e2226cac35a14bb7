"""ROC (民國) and Gregorian date parsing as agency data writes it."""

from __future__ import annotations

import datetime

import pytest

from pipelines.sources.rocdate import parse_date, parse_datetime, to_iso

MAY_1_2024 = datetime.date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "113/05/01",
        "113-05-01",
        "113.05.01",
        "113/5/1",
        "1130501",
        "113年5月1日",
        "113 年 5 月 1 日",
        "民國113年5月1日",
        "中華民國113年05月01日",
        "2024-05-01",
        "2024/5/1",
        "20240501",
        "2024年5月1日",
        "１１３／０５／０１",  # full-width digits and slash
        "１１３年５月１日",
        "  113/05/01  ",
        "2024-05-01 00:00:00",  # a date that went through a spreadsheet
    ],
)
def test_auto_accepts_roc_and_gregorian_forms(text: str) -> None:
    assert parse_date(text) == MAY_1_2024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("099/12/31", datetime.date(2010, 12, 31)),
        ("0991231", datetime.date(2010, 12, 31)),
        ("99/12/31", datetime.date(2010, 12, 31)),
        ("民國99年12月31日", datetime.date(2010, 12, 31)),
        ("1/1/1", datetime.date(1912, 1, 1)),
        ("113/02/29", datetime.date(2024, 2, 29)),
    ],
)
def test_roc_years_below_100_and_edges(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, "roc") == expected


@pytest.mark.parametrize(
    "text",
    ["113/02/30", "113/13/01", "0/01/01", "1131301", "113年", "01/05/2024", "abc", "", "11305"],
)
def test_invalid_dates_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_year_only_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match="no month and day"):
        parse_date("民國113年")


@pytest.mark.parametrize("text", ["2024-05-01", "20240501", "2024/5/1"])
def test_roc_mode_refuses_gregorian(text: str) -> None:
    with pytest.raises(ValueError, match="ROC"):
        parse_date(text, "roc")


def test_iso_mode_is_strict() -> None:
    assert parse_date("2024-05-01", "iso") == MAY_1_2024
    for text in ("113/05/01", "2024/05/01", "20240501"):
        with pytest.raises(ValueError, match="ISO"):
            parse_date(text, "iso")


def test_strptime_pattern() -> None:
    assert parse_date("01/05/2024", "%d/%m/%Y") == MAY_1_2024
    with pytest.raises(ValueError, match="format"):
        parse_date("2024-05-01", "%d/%m/%Y")


def test_parse_datetime_forms() -> None:
    assert parse_datetime("113/05/01 14:30") == datetime.datetime(2024, 5, 1, 14, 30)
    assert parse_datetime("1130501") == datetime.datetime(2024, 5, 1)
    assert parse_datetime("2024-05-01T14:30:05") == datetime.datetime(2024, 5, 1, 14, 30, 5)
    aware = parse_datetime("2024-05-01T06:30:00+08:00")
    assert aware.utcoffset() == datetime.timedelta(hours=8)
    assert parse_datetime("01/05/2024 09:00", "%d/%m/%Y %H:%M").hour == 9
    with pytest.raises(ValueError):
        parse_datetime("113/05/01 14:61")


def test_to_iso() -> None:
    assert to_iso("0991231") == "2010-12-31"
    assert to_iso(datetime.datetime(2024, 5, 1, 13, 0)) == "2024-05-01"
    with pytest.raises(ValueError):
        to_iso("not a date")
