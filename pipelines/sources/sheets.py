"""Spreadsheets: .xlsx (openpyxl, streamed in read-only mode) and .ods (odfpy through pandas).

Row numbers are the sheet's own (header row included), which is what a steward sees in Excel or
LibreOffice. The header is the first non-empty row; fully empty rows are skipped silently; cells
beyond the header are ignored (spreadsheets often carry stray notes to the right).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pipelines.sources.batching import Row
from pipelines.sources.model import Reject, SourceError


def _empty(row: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _header(row: Sequence[object]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in row]


class _SheetRows:
    """Shared logic: find the header, then pad/cut each row to the header's width."""

    label: str
    columns: list[str]

    def __enter__(self) -> _SheetRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - overridden where there is something to close
        pass

    def _numbered(self) -> Iterator[tuple[int, Sequence[object]]]:
        raise NotImplementedError

    def _start(self) -> None:
        self._iter = self._numbered()
        for _number, row in self._iter:
            if not _empty(row):
                self.columns = _header(row)
                while self.columns and not self.columns[-1]:
                    self.columns.pop()
                return
        raise SourceError(f"{self.label}: the sheet is empty (no header row)")

    def rows(self) -> Iterator[Row | Reject]:
        width = len(self.columns)
        for number, row in self._iter:
            if _empty(row):
                continue
            cells = list(row[:width])
            if len(cells) < width:
                cells.extend([None] * (width - len(cells)))
            yield number, cells


def _pick_sheet(names: list[str], sheet: str | int | None, label: str) -> str:
    """`sheet` is a name or a 0-based index; None means the first sheet."""
    if sheet is None:
        return names[0]
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise SourceError(f"{label}: sheet index {sheet} out of range ({len(names)} sheets)")
    if sheet in names:
        return sheet
    raise SourceError(f"{label}: no sheet named {sheet!r} (sheets: {', '.join(names)})")


class ExcelRows(_SheetRows):
    def __init__(self, path: Path, label: str, sheet: str | int | None) -> None:
        from openpyxl import load_workbook

        self.label = label
        if not path.is_file():
            raise SourceError(f"{label}: file not found")
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many types for a damaged file
            kind = type(error).__name__
            raise SourceError(f"{label}: not a readable .xlsx file ({kind})") from None
        name = _pick_sheet(self._book.sheetnames, sheet, label)
        self._sheet = self._book[name]
        # Some exporters write a wrong <dimension>; read-only mode would then cut rows short.
        reset = getattr(self._sheet, "reset_dimensions", None)
        if reset is not None:
            reset()
        self._start()

    def _numbered(self) -> Iterator[tuple[int, Sequence[object]]]:
        for row in self._sheet.iter_rows():
            cells = [c for c in row if getattr(c, "row", None) is not None]
            if not cells:
                continue
            number = cells[0].row
            # read-only rows may start after column A when leading cells are empty
            values: list[Any] = [None] * (cells[-1].column)
            for cell in cells:
                values[cell.column - 1] = cell.value
            yield number, values

    def close(self) -> None:
        self._book.close()


class OdsRows(_SheetRows):
    """ODS files are read whole (pandas/odfpy has no streaming reader); they are rarely large."""

    def __init__(self, path: Path, label: str, sheet: str | int | None) -> None:
        import pandas as pd

        self.label = label
        if not path.is_file():
            raise SourceError(f"{label}: file not found")
        try:
            book = pd.ExcelFile(path, engine="odf")
            name = _pick_sheet([str(n) for n in book.sheet_names], sheet, label)
            frame = book.parse(name, header=None, dtype=object)
        except SourceError:
            raise
        except Exception as error:
            kind = type(error).__name__
            raise SourceError(f"{label}: not a readable .ods file ({kind})") from None
        self._values = [
            [None if _isna(v) else v for v in row] for row in frame.itertuples(index=False)
        ]
        self._start()

    def _numbered(self) -> Iterator[tuple[int, Sequence[object]]]:
        # pandas keeps interior empty rows of an ODS sheet, so position + 1 is the sheet row.
        for index, row in enumerate(self._values):
            yield index + 1, row


def _isna(value: object) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
