"""Which text encoding a file is in, and where it is broken if it is.

Agency files are UTF-8 (often with a BOM, from Excel) or Big5/CP950 (from older Windows
systems). Guessing wrong silently turns 臺北市 into mojibake that would then be published, so
`auto` only accepts an encoding that decodes the *whole* file strictly; a file that decodes in
none of them is an error naming the broken line(s), never a lossy read.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from pipelines.sources.model import SourceError

CHUNK = 1 << 20
MAX_REPORTED_LINES = 5

# Big5 as written by Windows is CP950 (Big5 plus Microsoft's extra characters); decoding a
# declared "big5" file as cp950 accepts those instead of failing on them.
_CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "big5": "cp950", "cp950": "cp950"}


def _line_chunks(path: Path) -> Iterator[tuple[int, bytes]]:
    """(first line number, bytes) pieces of the file, each ending at a newline.

    Cutting at b"\\n" is safe for UTF-8 and CP950: 0x0A is never part of a multi-byte character.
    """
    line = 1
    with path.open("rb") as handle:
        rest = b""
        while True:
            block = handle.read(CHUNK)
            if not block:
                if rest:
                    yield line, rest
                return
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest = block
                continue
            piece, rest = block[:cut], block[cut:]
            yield line, piece
            line += piece.count(b"\n")


def bad_lines(path: Path, encoding: str, limit: int = MAX_REPORTED_LINES) -> list[int]:
    """Line numbers (1-based, at most `limit`) that do not decode strictly in `encoding`."""
    codec = _CODECS.get(encoding, encoding)
    found: list[int] = []
    for first, piece in _line_chunks(path):
        if first == 1 and codec == "utf-8-sig":
            piece = piece.removeprefix(codecs.BOM_UTF8)
        try:
            piece.decode(codec)
            continue
        except UnicodeDecodeError:
            pass
        for offset, raw in enumerate(piece.splitlines(keepends=True)):
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                found.append(first + offset)
                if len(found) >= limit:
                    return found
    return found


def _decodes(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    try:
        with path.open("rb") as handle:
            while block := handle.read(CHUNK):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _has_multibyte_utf8_prefix(path: Path) -> bool:
    """Whether the file's valid UTF-8 prefix already holds non-ASCII text.

    Then the file *is* UTF-8 with a damaged spot, and the helpful error points at that spot
    rather than at wherever CP950 happens to fail.
    """
    with path.open("rb") as handle:
        head = handle.read(CHUNK)
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        text = head[: error.start].decode("utf-8")
    return not text.isascii()


def _broken(path: Path, label: str, codec: str) -> SourceError:
    lines = bad_lines(path, codec)
    where = "line " if len(lines) == 1 else "lines "
    shown = ", ".join(str(n) for n in lines)
    more = " (and maybe more)" if len(lines) >= MAX_REPORTED_LINES else ""
    return SourceError(f"{label}: {where}{shown}{more}: bytes not valid {codec}")


def detect_encoding(path: Path, declared: str = "auto", label: str | None = None) -> str:
    """The Python codec to read `path` with; SourceError naming the broken lines otherwise.

    A declared encoding wins (but is still checked, so a wrong declaration is an error rather
    than mojibake). `auto` tries UTF-8 (BOM-aware), then CP950, then charset-normalizer.
    """
    label = label or str(path)
    if declared != "auto":
        codec = _CODECS.get(declared, declared)
        if not _decodes(path, codec):
            raise _broken(path, label, codec)
        if codec == "utf-8" and _starts_with_bom(path):
            return "utf-8-sig"  # the BOM would otherwise end up in the first header name
        return codec
    if _utf16_bom(path) and _decodes(path, "utf-16"):
        return "utf-16"  # Excel's "Unicode Text" export
    if _decodes(path, "utf-8"):
        return "utf-8-sig" if _starts_with_bom(path) else "utf-8"
    if _starts_with_bom(path) or _has_multibyte_utf8_prefix(path):
        raise _broken(path, label, "utf-8")
    if _decodes(path, "cp950"):
        return "cp950"
    fallback = _charset_normalizer_guess(path)
    if fallback and _decodes(path, fallback):
        return fallback
    raise _broken(path, label, "cp950")


def _starts_with_bom(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(3) == codecs.BOM_UTF8


def _utf16_bom(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# What the fallback may answer. Single-byte guesses (latin-1, cp1252, ...) decode any bytes at
# all, so accepting them would turn a damaged Big5 file into silent mojibake.
_FALLBACK_ALLOWED = frozenset({"big5hkscs", "utf_16", "utf_16_le", "utf_16_be", "gb18030"})


def _charset_normalizer_guess(path: Path) -> str | None:
    # Last resort only: its guesses on short Chinese text are unreliable, hence the allow-list
    # and the full strict decode the caller still does.
    from charset_normalizer import from_bytes

    with path.open("rb") as handle:
        sample = handle.read(CHUNK)
    best = from_bytes(sample).best()
    if best is None or best.encoding not in _FALLBACK_ALLOWED:
        return None
    return best.encoding
