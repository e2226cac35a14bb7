"""CSV as agencies really export it: Big5 or UTF-8, broken quotes, short rows, cut-off files.

Built on the `csv` module (C speed) with a line-tracking iterator, so each row and each reject
carries the physical line it starts on. A malformed row becomes a Reject and reading goes on;
only an unreadable file (missing, undecodable, no header) is a SourceError.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TextIO

from pipelines.sources.batching import Row
from pipelines.sources.encoding import detect_encoding
from pipelines.sources.model import Reject, SourceError


class _LaggingLines:
    """A second handle on the file that hands out the raw text of given physical lines.

    The csv reader runs at C speed on its own handle and only reports line numbers; when a row
    needs a closer look (a stray quote, a cut-off last row) its raw lines are fetched here.
    Requests only move forward, so the file is read at most twice in total.
    """

    def __init__(self, path: Path, encoding: str) -> None:
        self._path = path
        self._encoding = encoding
        self._handle: TextIO | None = None
        self._done = 0  # lines consumed so far

    def get(self, first: int, last: int) -> list[str]:
        if self._handle is None:
            self._handle = self._path.open(encoding=self._encoding, newline="")
        skip = first - 1 - self._done
        if skip < 0:  # pragma: no cover - requests are monotonic by construction
            raise RuntimeError("line requests must move forward")
        next(islice(self._handle, skip, skip), None)
        lines = list(islice(self._handle, last - first + 1))
        self._done = first - 1 + len(lines)
        return lines

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


class CsvRows:
    """The header and rows of one CSV file. Use as a context manager."""

    def __init__(self, path: Path, label: str, encoding: str, delimiter: str) -> None:
        self.path = path
        self.label = label
        self.delimiter = delimiter
        if not path.is_file():
            raise SourceError(f"{label}: file not found")
        self.encoding = detect_encoding(path, encoding, label)
        self._handle: TextIO = path.open(encoding=self.encoding, newline="")
        self._reader = csv.reader(self._handle, delimiter=delimiter)
        self._lag = _LaggingLines(path, self.encoding)
        self.columns, self.header_line = self._read_header()

    def __enter__(self) -> CsvRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._handle.close()
        self._lag.close()

    def _read_header(self) -> tuple[list[str], int]:
        for row in self._reader:
            if any(cell.strip() for cell in row):
                return [cell.strip().lstrip("\ufeff") for cell in row], self._reader.line_num
        raise SourceError(f"{self.label}: the file is empty (no header row)")

    def _strict(self, text: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text), delimiter=self.delimiter, strict=True))

    def _recover(self, lines: list[str], first: int, width: int) -> Iterator[Row | Reject]:
        """Re-read a multi-line row line by line: a stray quote must not swallow good rows."""
        for offset, text in enumerate(lines):
            line = first + offset
            if not text.strip():
                continue
            try:
                parsed = self._strict(text)
            except csv.Error:
                yield Reject(line, None, "broken quotes (an unterminated quoted field)")
                continue
            row = parsed[0] if parsed else []
            if len(row) == width:
                yield line, row
            else:
                yield Reject(line, None, f"expected {width} fields, found {len(row)}")

    def rows(self) -> Iterator[Row | Reject]:
        """(line, fields) for every well-formed row; Reject(line, None, why) for the others.

        One row of look-ahead: only after the reader is exhausted do we know a row was the
        last one, where a cut-off file shows up as an unterminated quote.
        """
        width = len(self.columns)
        reader = self._reader
        previous = self.header_line
        pending: tuple[int, int, list[str]] | None = None
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                # Typically an unterminated quote that ran past the field size limit.
                if pending is not None:
                    yield from self._check(*pending, width)
                    pending = None
                last = reader.line_num
                yield from self._recover(self._lag.get(previous + 1, last), previous + 1, width)
                previous = last
                continue
            if pending is not None:
                first, end, fields = pending
                if len(fields) == width and first == end:
                    yield first, fields
                else:
                    yield from self._check(first, end, fields, width)
            last = reader.line_num
            pending = (previous + 1, last, row)
            previous = last
        if pending is not None:
            first, end, fields = pending
            raw = self._lag.get(first, end)
            try:
                self._strict("".join(raw))
            except csv.Error:
                yield from self._recover(raw, first, width)
                return
            if end == first:
                yield from self._check(first, end, fields, width)
            elif len(fields) == width and not self._swallowed(raw, width):
                yield first, fields
            else:
                yield from self._recover(raw, first, width)

    def _check(self, first: int, last: int, row: list[str], width: int) -> Iterator[Row | Reject]:
        """A row that is not a plain one-line row of the right width."""
        if not row or (len(row) == 1 and not row[0].strip() and width > 1):
            return  # a blank line
        if last == first:
            if len(row) == width:
                yield first, row
            else:
                yield Reject(first, None, f"expected {width} fields, found {len(row)}")
            return
        raw = self._lag.get(first, last)
        if len(row) == width and not self._swallowed(raw, width):
            yield first, row  # a legitimate multi-line quoted value
        else:
            yield from self._recover(raw, first, width)

    def _swallowed(self, raw: list[str], width: int) -> bool:
        """Whether a multi-line row is really an unclosed quote that ran over whole records.

        A continuation line that is itself a record gives it away: the right width, and a
        first field shaped like this row's own (A2 ... A3, 113-0042 ... 113-0043). A genuine
        multi-line note may hold a pasted table of the same width (姓名,生日,電話,...), but
        its rows do not start with a record key.
        """
        first = next(csv.reader(io.StringIO(raw[0]), delimiter=self.delimiter), [])
        key = _shape(first[0]) if first and first[0].strip() else None
        for text in raw[1:]:
            try:
                parsed = self._strict(text)
            except csv.Error:
                continue
            if parsed and len(parsed[0]) == width and (key is None or _shape(parsed[0][0]) == key):
                return True
        return False


def _shape(cell: str) -> str:
    """A field's shape: runs of digits as 9, of ASCII letters as A, of anything else as X."""
    shape: list[str] = []
    for ch in cell.strip():
        kind = "9" if ch.isdigit() else "A" if ch.isascii() and ch.isalpha() else "X"
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)
