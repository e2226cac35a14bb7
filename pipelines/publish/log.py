"""The release log: one JSON line per release, appended and fsynced, never rewritten.

Cadence monitoring and reports read it; a crash can at worst leave a truncated last line, which
`read_release_log` skips.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

RELEASE_LOG = "release-log.jsonl"


def append_release_log(out_dir: Path, entry: Mapping[str, Any]) -> None:
    line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
    path = out_dir / RELEASE_LOG
    with open(path, "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def read_release_log(out_dir: Path, dataset: str | None = None) -> list[dict[str, Any]]:
    path = out_dir / RELEASE_LOG
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash; the release it names was never made current
        if dataset is None or entry.get("dataset") == dataset:
            entries.append(entry)
    return entries
