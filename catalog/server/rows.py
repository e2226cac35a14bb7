"""The rows API: filtered, sorted, paged reads of a dataset's current Parquet release.

Safety rests on two rules. Column names in the query string are only ever looked up in the
file's own schema, and the identifier put into SQL is the schema's name (quoted), never the
caller's text. Values are always bound parameters, cast to the column's DuckDB type by DuckDB
itself, so a value cannot change the statement.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
RESERVED = {"limit", "offset", "_sort"}
# Column types we can compare a query-string value with. Anything else (lists, structs, blobs)
# is refused as a filter rather than guessed at.
FILTERABLE_PREFIXES = (
    "VARCHAR",
    "BIGINT",
    "INTEGER",
    "SMALLINT",
    "TINYINT",
    "HUGEINT",
    "UBIGINT",
    "UINTEGER",
    "USMALLINT",
    "UTINYINT",
    "DOUBLE",
    "FLOAT",
    "DECIMAL",
    "BOOLEAN",
    "DATE",
    "TIMESTAMP",
)


class RowsQueryError(ValueError):
    """A bad request: names the query parameter at fault (CKAN's Validation Error shape)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class RowsQuery:
    filters: tuple[tuple[str, tuple[str, ...]], ...]  # column -> accepted values (OR)
    sort: tuple[tuple[str, bool], ...]  # (column, descending)
    limit: int
    offset: int


def _int_param(name: str, raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise RowsQueryError(name, f"{name} must be an integer") from None
    if value < low:
        raise RowsQueryError(name, f"{name} must be at least {low}")
    return min(value, high)


def quote_identifier(name: str) -> str:
    """A DuckDB quoted identifier (only ever applied to names taken from the file's schema)."""
    return '"' + name.replace('"', '""') + '"'


def parquet_columns(con: duckdb.DuckDBPyConnection, parquet: Path) -> dict[str, str]:
    """Column name -> DuckDB type, in file order."""
    described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(parquet)]).fetchall()
    return {row[0]: row[1] for row in described}


def parse_query(params: Iterable[tuple[str, str]], columns: dict[str, str]) -> RowsQuery:
    """Check a query string against the schema; raises RowsQueryError naming the parameter."""
    pairs = list(params)
    single = {k: v for k, v in pairs if k in RESERVED}
    limit = _int_param("limit", single.get("limit"), DEFAULT_LIMIT, 0, MAX_LIMIT)
    offset = _int_param("offset", single.get("offset"), 0, 0, MAX_OFFSET)
    filters: dict[str, list[str]] = {}
    for key, value in pairs:
        if key in RESERVED:
            continue
        if key not in columns:
            raise RowsQueryError(key, f"unknown column {key!r}; see the dataset schema")
        if not columns[key].startswith(FILTERABLE_PREFIXES):
            raise RowsQueryError(key, f"column {key!r} cannot be filtered")
        filters.setdefault(key, []).append(value)
    sort: list[tuple[str, bool]] = []
    for item in (single.get("_sort") or "").split(","):
        item = item.strip()
        if not item:
            continue
        descending = item.startswith("-")
        name = item.lstrip("-")
        if name not in columns:
            raise RowsQueryError("_sort", f"cannot sort by unknown column {name!r}")
        sort.append((name, descending))
    return RowsQuery(
        filters=tuple((k, tuple(v)) for k, v in filters.items()),
        sort=tuple(sort),
        limit=limit,
        offset=offset,
    )


def build_sql(query: RowsQuery, columns: dict[str, str]) -> tuple[str, str, list[Any]]:
    """(select SQL, count SQL, parameters after the parquet path) for a checked query."""
    where: list[str] = []
    values: list[Any] = []
    for name, accepted in query.filters:
        # The type and identifier come from the schema; only the values come from the caller.
        cast = f"CAST(? AS {columns[name]})"
        ident = quote_identifier(name)
        where.append(f"{ident} IN ({', '.join([cast] * len(accepted))})")
        values.extend(accepted)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    order_terms = [
        f"{quote_identifier(name)} {'DESC' if desc else 'ASC'} NULLS LAST"
        for name, desc in query.sort
    ]
    order = f" ORDER BY {', '.join(order_terms)}" if order_terms else ""
    select = f"SELECT * FROM read_parquet(?){clause}{order} LIMIT ? OFFSET ?"
    count = f"SELECT count(*) FROM read_parquet(?){clause}"
    return select, count, values


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
            return value.isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bytes):
        return None
    return value


def _check_values(
    con: duckdb.DuckDBPyConnection, query: RowsQuery, columns: dict[str, str]
) -> None:
    """Refuse values that do not convert to their column's type, naming the column.

    The message does not repeat the value: it may be personal data typed by the caller.
    """
    for name, accepted in query.filters:
        for value in accepted:
            converted = con.execute(f"SELECT TRY_CAST(? AS {columns[name]})", [value]).fetchone()
            if converted is None or converted[0] is None:
                raise RowsQueryError(name, f"value is not a valid {columns[name]} for {name!r}")


def query_rows(parquet: Path, params: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Run a rows query over one Parquet file: {"total", "limit", "offset", "fields", "rows"}."""
    con = duckdb.connect(":memory:")
    try:
        columns = parquet_columns(con, parquet)
        query = parse_query(params, columns)
        _check_values(con, query, columns)
        select, count, values = build_sql(query, columns)
        path = str(parquet)
        total = con.execute(count, [path, *values]).fetchone()[0]
        cursor = con.execute(select, [path, *values, query.limit, query.offset])
        names = [d[0] for d in cursor.description]
        rows = [
            {name: _json_value(value) for name, value in zip(names, row, strict=True)}
            for row in cursor.fetchall()
        ]
    finally:
        con.close()
    return {
        "total": int(total),
        "limit": query.limit,
        "offset": query.offset,
        "fields": [{"name": name, "type": kind} for name, kind in columns.items()],
        "rows": rows,
    }
