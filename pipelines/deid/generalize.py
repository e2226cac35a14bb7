"""Generalisation: coarsen a quasi-identifier so that many people share each published value.

Every function takes a pyarrow array and returns a string array of the coarser labels. A value
that cannot be parsed becomes null rather than passing through: publishing the raw value of a
column the steward asked to coarsen would defeat the point. Callers count those nulls
(`unparsed`) so the steward sees when a column's format is not what the spec assumed.
"""

from __future__ import annotations

from itertools import pairwise

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.deid.pseudonym import normalize_text

# The 22 current 縣市 plus the five pre-2010/2014 counties that still appear in older records.
CITIES = (
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市",
    "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣",
    "臺東縣", "澎湖縣", "金門縣", "連江縣",
    "臺北縣", "桃園縣", "臺中縣", "臺南縣", "高雄縣",
)  # fmt: skip
_CITY = "(?:" + "|".join(CITIES) + ")"
# Optional leading postal code (3, 5 or 6 digits) and spaces, then the city.
_PREFIX = r"^[0-9]{0,6}\s*"
# A 鄉鎮市區 name is 1-3 characters plus its suffix. The lazy match stops at the first suffix
# character, except that 鄉/鎮/市 directly followed by 區 belong to the name (平鎮區, 前鎮區,
# 新市區, 左鎮區): that alternative is tried first. Digits and the address words 巷弄號段樓
# never occur inside a district name (路 and 街 do: 路竹區, 番路鄉). RE2, which pyarrow uses,
# has no look-ahead.
_DISTRICT = r"[^0-9巷弄號段樓之,，\s]{1,3}?(?:[鄉鎮市]區|[鄉鎮市區])"


def _strings(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    out = normalize_text(values)
    return out.combine_chunks() if isinstance(out, pa.ChunkedArray) else out


def _regex_or_null(values: pa.Array, pattern: str, replacement: str) -> pa.Array:
    """`replacement` where `pattern` matches, null elsewhere."""
    matched = pc.match_substring_regex(values, pattern)
    replaced = pc.replace_substring_regex(values, pattern, replacement, max_replacements=1)
    return pc.if_else(matched, replaced, pa.scalar(None, pa.string()))


def _group_or_null(values: pa.Array, pattern: str) -> pa.Array:
    """The first group of `pattern` where it matches, null elsewhere (one RE2 pass: what
    `_regex_or_null(values, pattern, r"\1")` returns, without its second pass)."""
    if not len(values):
        return pa.array([], pa.string())
    named = pattern.replace("(", "(?P<g>", 1)
    return pc.struct_field(pc.extract_regex(values, named), "g")  # null where no match


def date_to(values: pa.Array | pa.ChunkedArray, to: str) -> pa.Array:
    """Dates (date/timestamp or ISO strings) to "2024-05" (to=month) or "2024" (to=year)."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_temporal(values.type):
        return pc.strftime(values, "%Y-%m" if to == "month" else "%Y")
    text = _strings(values)
    if to == "month":
        return _regex_or_null(text, r"^(\d{4})[-/.](\d{2}).*$", r"\1-\2")
    return _regex_or_null(text, r"^(\d{4})(?:[-/.]\d.*)?$", r"\1")


def _numbers(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """float64, with unparseable strings as null."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        return pc.cast(values, pa.float64())
    text = _strings(values)
    numeric = pc.match_substring_regex(text, r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
    text = pc.if_else(numeric, text, pa.scalar(None, pa.string()))
    return pc.cast(text, pa.float64())


def age_band(values: pa.Array | pa.ChunkedArray, width: int) -> pa.Array:
    """Numbers to bands of `width`: 34 → "30-39" (width 10), 7 → "5-9" (width 5)."""
    numbers = _numbers(values)
    low = pc.cast(pc.multiply(pc.floor(pc.divide(numbers, float(width))), float(width)), pa.int64())
    high = pc.add(low, width - 1)
    return pc.binary_join_element_wise(pc.cast(low, pa.string()), pc.cast(high, pa.string()), "-")


def _edge(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def bin_labels(edges: list[float]) -> list[str]:
    """Labels for the len(edges)+1 intervals: "< e0", "[e0, e1)", ..., ">= en"."""
    labels = [f"< {_edge(edges[0])}"]
    labels += [f"[{_edge(a)}, {_edge(b)})" for a, b in pairwise(edges)]
    labels.append(f">= {_edge(edges[-1])}")
    return labels


def number_bins(values: pa.Array | pa.ChunkedArray, edges: list[float]) -> pa.Array:
    """Numbers to the label of the half-open interval [edge_i, edge_i+1) they fall in."""
    numbers = _numbers(values)
    index = pa.array([0] * len(numbers), pa.int32())
    for edge in edges:  # a handful of edges: one vectorised comparison each
        index = pc.add(index, pc.cast(pc.greater_equal(numbers, edge), pa.int32()))
    index = pc.if_else(pc.is_nan(numbers), pa.scalar(None, pa.int32()), index)
    return pa.array(bin_labels(edges), pa.string()).take(index)


def _address_text(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    # 台 and 臺 are both in everyday use; the official names use 臺.
    return pc.replace_substring(_strings(values), "台", "臺")


def address_city(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Addresses to their 縣市: "407台中市西屯區台灣大道三段99號" → "臺中市"."""
    return _group_or_null(_address_text(values), _PREFIX + f"({_CITY}).*$")


def address_district(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Addresses to 縣市 + 鄉鎮市區: "臺中市西屯區台灣大道三段99號" → "臺中市西屯區"."""
    return _group_or_null(_address_text(values), _PREFIX + f"({_CITY}{_DISTRICT}).*$")


def generalize(
    values: pa.Array | pa.ChunkedArray,
    to: str,
    *,
    width: int | None = None,
    bins: list[float] | None = None,
) -> pa.Array:
    """Dispatch on the spec's `to`."""
    if to in ("month", "year"):
        return date_to(values, to)
    if to == "band":
        return age_band(values, width or 10)
    if to == "bins":
        if not bins:
            raise ValueError("`to: bins` needs bin edges")
        return number_bins(values, bins)
    if to == "city":
        return address_city(values)
    if to == "district":
        return address_district(values)
    raise ValueError(f"unknown generalisation {to!r}")
