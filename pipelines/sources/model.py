"""The values the extract stage hands on: raw batches, typed tables and rejected rows.

These are deliberately plain dataclasses so the later stages (quality, de-identification,
publishing) and the Dagster assets can consume them without importing any reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa


class SourceError(ValueError):
    """A source that cannot be read at all. One line naming the file (and line/field) or table.

    Messages never contain cell values or connection passwords: they end up in logs and in
    Dagster's UI, which are not cleared for personal data.
    """


@dataclass(frozen=True)
class Reject:
    """One row (or one value of a row) that did not make it into the release.

    `line` is the 1-based physical line of a text file (header = line 1), the sheet row of a
    spreadsheet, the record number of a JSON array, or the row ordinal of a SQL result.
    `column` is None when the whole row is malformed. `reason` never quotes a value of a column
    whose `pii` is anything but "none".
    """

    line: int
    column: str | None
    reason: str


@dataclass
class RawBatch:
    """A slice of the source as text: columns renamed to spec names, in spec order.

    Values are `str` (trimmed, NFKC-normalised unless the column is free text) or None.
    `line_numbers[i]` is the source line of row i; None means rows are contiguous from
    `first_line` (cheaper for the common case of clean files).
    """

    frame: pd.DataFrame
    first_line: int
    line_numbers: np.ndarray | None = None
    rejects: list[Reject] = field(default_factory=list)

    def lines(self) -> np.ndarray:
        """Source line of every row of `frame`, whichever way it is stored."""
        if self.line_numbers is not None:
            return self.line_numbers
        return np.arange(self.first_line, self.first_line + len(self.frame), dtype=np.int64)


@dataclass
class Coerced:
    """A batch typed per the spec. Rows with an unusable value are in `rejects`, not in `table`.

    `line_numbers[i]` is the source line of `table` row i, so later stages can point a steward at
    the line that failed a check.
    """

    table: pa.Table
    rejects: list[Reject]
    line_numbers: np.ndarray | None = None
