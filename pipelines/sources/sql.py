"""SQL sources through SQLAlchemy, streamed so a large table never sits in memory at once.

The url comes from the spec with ${ENV} references (secrets never live in specs); errors name
the variable or the table but never print the expanded url, which may hold a password.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pipelines.sources.batching import Row
from pipelines.sources.model import Reject, SourceError
from pipelines.spec.model import ENV_REFERENCE, Source

FETCH_ROWS = 10_000


def expand_url(url: str, env: Mapping[str, str] | None, label: str) -> str:
    """Replace ${VAR} with its value from `env` (default: the process environment).

    >>> expand_url("postgresql://app:${PW}@db/cases", {"PW": "s3cret"}, "x")
    'postgresql://app:s3cret@db/cases'
    """
    values = os.environ if env is None else env
    missing = [name for name in ENV_REFERENCE.findall(url) if name not in values]
    if missing:
        names = ", ".join(dict.fromkeys(missing))
        raise SourceError(f"{label}: source.url: environment variable {names} is not set")
    return ENV_REFERENCE.sub(lambda m: values[m.group(1)], url)


def resolve_sqlite(url: str, project_dir: Path) -> str:
    """A relative sqlite:///path is relative to the project directory, not to the cwd.

    >>> resolve_sqlite("sqlite:///data/cases.db", Path("/srv/agency"))
    'sqlite:////srv/agency/data/cases.db'
    >>> resolve_sqlite("sqlite:////abs/cases.db", Path("/srv/agency"))
    'sqlite:////abs/cases.db'
    """
    prefix, sep, rest = url.partition(":///")
    if not sep or not prefix.startswith("sqlite") or not rest or rest.startswith("/"):
        return url
    if rest.startswith(":memory:") or rest.startswith("file:"):
        return url
    return f"{prefix}:///{(project_dir / rest).resolve()}"


class SqlRows:
    """Columns and streamed rows of a sql source's `table` or `query`."""

    def __init__(
        self,
        source: Source,
        project_dir: Path,
        label: str,
        env: Mapping[str, str] | None,
        fetch_rows: int = FETCH_ROWS,
    ) -> None:
        import sqlalchemy as sa

        assert source.url is not None
        self.label = label
        self.fetch_rows = max(1, fetch_rows)
        url = resolve_sqlite(expand_url(source.url, env, label), project_dir)
        try:
            self._engine = sa.create_engine(url)
        except Exception as error:  # bad url, missing driver
            kind = type(error).__name__
            raise SourceError(f"{label}: cannot use the source url ({kind})") from None
        if source.table:
            # The spec model allows only plain names; quoting still guards reserved words.
            quoted = self._engine.dialect.identifier_preparer.quote_identifier(source.table)
            statement: Any = sa.text(f"SELECT * FROM {quoted}")
        else:
            statement = sa.text(source.query or "")
        try:
            self._connection = self._engine.connect()
            self._result = self._connection.execution_options(
                stream_results=True, yield_per=self.fetch_rows
            ).execute(statement)
        except Exception as error:
            self.close()
            what = f"table {source.table}" if source.table else "query"
            reason = str(getattr(error, "orig", error)).splitlines()[0][:200]
            raise SourceError(f"{label}: cannot read {what}: {reason}") from None
        keys = self._result.keys()  # column names (iterating the result would fetch rows)
        self.columns = [str(k) for k in keys]

    def __enter__(self) -> SqlRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        result = getattr(self, "_result", None)
        if result is not None:
            result.close()
        connection = getattr(self, "_connection", None)
        if connection is not None:
            connection.close()
        engine = getattr(self, "_engine", None)
        if engine is not None:
            engine.dispose()

    def raw(self) -> Iterator[tuple[Any, ...]]:
        """Rows as the driver returns them, fetched `fetch_rows` at a time."""
        while chunk := self._result.fetchmany(self.fetch_rows):
            for row in chunk:
                yield tuple(row)

    def rows(self) -> Iterator[Row | Reject]:
        yield from enumerate(self.raw(), start=1)
