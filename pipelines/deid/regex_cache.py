"""Compiled recognizer patterns, kept on disk between runs (like Python's ``__pycache__``).

The recognizers' patterns are large (surname and cue-word classes of hundreds of characters,
long alternations), and the ``regex`` module parses a pattern in Python: building a scanner
compiled for about 1.5 s, most of a small file's run (1,000 rows: 1.4 s of 1.7 s). A compiled
``regex`` pattern pickles as its compiled code, and loading that is a C call (about 0.1 s for
all of them). So :func:`compile` keeps what it compiled in memory, and :func:`save` writes it
to one file per ``regex`` version; the next process loads a pattern from there instead of
parsing it again. A cached pattern is the very same compiled code, so matching is unchanged.

Where: ``$OPENDATA_CACHE_DIR``, else ``$XDG_CACHE_HOME/opendata``, else ``~/.cache/opendata``;
``OPENDATA_CACHE_DIR=off`` keeps everything in memory. A missing, unreadable, stale or damaged
file only costs the compile; a folder that cannot be written is skipped silently. The file is
read with an unpickler that builds nothing but ``regex`` patterns, so a planted file cannot run
code through it.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

CACHE_ENV = "OPENDATA_CACHE_DIR"
MAX_BYTES = 32 * 2**20  # patterns of other datasets are kept up to this size, then dropped

Key = tuple[str, int]

_compiled: dict[Key, regex.Pattern[str]] = {}  # this process's patterns
_stored: dict[Key, bytes] | None = None  # the file's patterns, pickled (loaded on first use)
_dirty = False  # compiled here and not in the file yet
# Patterns this process compiled ("compiled") or took from the file ("loaded"): the benchmark
# reports them, and a test checks that a second process compiles nothing.
counts = {"compiled": 0, "loaded": 0}


def cache_file() -> Path | None:
    """The cache file for this ``regex`` version, or None when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None and configured.strip().lower() in ("off", "0", "none", ""):
        return None
    if configured:
        folder = Path(configured)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "opendata"
    return folder / f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from this process's memory or the cache file if
    either has it. Raises ``regex.error`` on a bad pattern, as ``regex.compile`` does."""
    global _dirty
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is not None:
        return found
    pickled = _load().get(key)
    if pickled is not None:
        with contextlib.suppress(Exception):  # damaged entry: compile it again
            found = _PatternUnpickler(io.BytesIO(pickled)).load()
    if isinstance(found, regex.Pattern) and found.pattern == pattern:
        counts["loaded"] += 1
    else:
        found = regex.compile(pattern, flags)
        counts["compiled"] += 1
        _dirty = True
    _compiled[key] = found
    return found


def save() -> None:
    """Write the patterns compiled in this process to the cache file (no-op when nothing is
    new). The file keeps the patterns of earlier runs (other datasets' names) up to
    MAX_BYTES; this run's come first."""
    global _dirty, _stored
    path = cache_file()
    if not _dirty or path is None:
        return
    entries = {
        key: pickle.dumps(rx, protocol=pickle.HIGHEST_PROTOCOL) for key, rx in _compiled.items()
    }
    size = sum(len(v) for v in entries.values())
    for key, pickled in _load().items():
        if key not in entries and size + len(pickled) <= MAX_BYTES:
            entries[key] = pickled
            size += len(pickled)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole, then renamed over the old file: a reader never sees half a file,
        # and two runs saving at once leave one complete file.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".regex-", delete=False) as tmp:
            pickle.dump(entries, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError:
        with contextlib.suppress(OSError, NameError):
            os.unlink(tmp.name)
        return
    _stored, _dirty = entries, False


def _load() -> dict[Key, bytes]:
    global _stored
    if _stored is None:
        _stored = {}
        path = cache_file()
        if path is not None and path.is_file():
            with contextlib.suppress(Exception):  # unreadable or damaged: start empty
                with path.open("rb") as f:
                    loaded = _PlainUnpickler(f).load()
                if isinstance(loaded, dict):
                    _stored = loaded
    return _stored


class _PlainUnpickler(pickle.Unpickler):
    """Builds only plain data (the file is a dict of tuples and bytes): no class, no call."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern cache")


class _PatternUnpickler(pickle.Unpickler):
    """Builds one ``regex`` pattern: the only callable allowed is regex's own compile of
    compiled code (what ``pickle.dumps`` of a pattern refers to)."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern cache")
