"""JSON sources: an array of objects, {"data": [...]}, or JSON Lines (one object per line).

Line numbers: for JSON Lines the physical line; for an array the 1-based record number (a pretty
printed array has no single line per record). Source columns are every key seen, in order of
first appearance, so a key that appears only in later records is still found.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipelines.sources.batching import Row
from pipelines.sources.encoding import detect_encoding
from pipelines.sources.model import Reject, SourceError


class JsonRows:
    def __init__(self, path: Path, label: str, encoding: str) -> None:
        self.label = label
        self.path = path
        if not path.is_file():
            raise SourceError(f"{label}: file not found")
        self.encoding = detect_encoding(path, encoding, label)
        self._records: list[object] | None = None
        self.lines_format = self._sniff()
        keys: dict[str, None] = {}
        for _, record in self._raw():
            if isinstance(record, dict):
                keys.update(dict.fromkeys(record))
        self.columns = list(keys)

    def __enter__(self) -> JsonRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self._records = None

    def _sniff(self) -> bool:
        """True for JSON Lines; otherwise loads the array/{"data": [...]} document into memory.

        Decided on the first non-empty line so a large JSON Lines file is never read whole: a
        complete object on that line (other than a one-line {"data": [...]}) means JSON Lines.
        """
        with self.path.open(encoding=self.encoding) as handle:
            first = next((t.strip().lstrip("\ufeff") for t in handle if t.strip()), "")
        if first.startswith("{"):
            try:
                head = json.loads(first)
            except json.JSONDecodeError:
                head = None
            if isinstance(head, dict) and not isinstance(head.get("data"), list):
                return True
        text = self.path.read_text(encoding=self.encoding).lstrip("\ufeff")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise SourceError(f"{self.label}: line {error.lineno}: not valid JSON") from None
        if isinstance(document, dict) and isinstance(document.get("data"), list):
            document = document["data"]
        if not isinstance(document, list):
            raise SourceError(f'{self.label}: expected an array of objects or {{"data": [...]}}')
        self._records = document
        return False

    def _raw(self) -> Iterator[tuple[int, object]]:
        if self._records is not None:
            yield from enumerate(self._records, start=1)
            return
        with self.path.open(encoding=self.encoding) as handle:
            for number, text in enumerate(handle, start=1):
                text = text.strip().lstrip("\ufeff")
                if not text:
                    continue
                try:
                    yield number, json.loads(text)
                except json.JSONDecodeError:
                    yield number, _Invalid()

    def rows(self) -> Iterator[Row | Reject]:
        columns = self.columns
        for number, record in self._raw():
            if isinstance(record, _Invalid):
                yield Reject(number, None, "not valid JSON")
            elif not isinstance(record, dict):
                yield Reject(number, None, f"expected an object, found {type(record).__name__}")
            else:
                yield number, [record.get(key) for key in columns]


class _Invalid:
    """Marker for a JSON Lines line that does not parse."""
