"""The compiled-pattern cache (pipelines/deid/regex_cache.py): a second process loads what the
first compiled, matches the same, and a planted or damaged file costs only a compile."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from pipelines.deid import regex_cache

ROOT = Path(__file__).resolve().parents[1]

# Builds the scanner's fixed recognizers (as every run does) and reports the cache's counts.
_BUILD = """
import json
from pipelines.deid import regex_cache
from pipelines.deid.recognizers import fixed_recognizers
from pipelines.deid.scan import TextScanner
scanner = TextScanner(["王小明"], fixed=fixed_recognizers(), processes=1)
texts, entities = scanner.redact_many(["申請人王大明，電話0912-345-678，身分證A123456789。"])
print(json.dumps({"counts": regex_cache.counts, "found": [texts[0], dict(entities)]}))
"""


def _build(cache: Path, seed: str) -> dict:
    env = {**os.environ, regex_cache.CACHE_ENV: str(cache), "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _BUILD], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def test_a_second_process_compiles_nothing_and_finds_the_same(tmp_path: Path) -> None:
    first = _build(tmp_path, "1")
    assert first["counts"]["compiled"] > 50  # the recognizers' patterns, compiled and saved
    assert list(tmp_path.glob("regex-*.pickle"))
    # Another hash seed too: a pattern built from a set must not change its text (else the
    # cache would miss it in every new process).
    second = _build(tmp_path, "2")
    assert second["counts"]["compiled"] == 0
    assert second["counts"]["loaded"] >= first["counts"]["compiled"]
    assert second["found"] == first["found"]
    text, counts = first["found"]
    assert "王大明" not in text and "0912" not in text and "A123456789" not in text
    assert counts == {"PERSON": 1, "PHONE": 1, "TW_NATIONAL_ID": 1}


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """This process's cache emptied, its file in tmp_path."""
    monkeypatch.setenv(regex_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(regex_cache, "_compiled", {})
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_dirty", False)
    monkeypatch.setattr(regex_cache, "counts", {"compiled": 0, "loaded": 0})
    return tmp_path


def _forget() -> None:
    """As a new process: nothing in memory, the file read again."""
    regex_cache._compiled.clear()
    regex_cache._stored = None


def test_a_pattern_from_the_file_matches_as_compiled(fresh: Path) -> None:
    pattern = r"(?<=申請人)\p{Han}{2,3}(?=先生|小姐)|[A-Z][12][0-9]{8}"
    text = "申請人王小明先生，A123456789，申請人陳美小姐"
    compiled = regex_cache.compile(pattern)
    regex_cache.save()
    _forget()
    loaded = regex_cache.compile(pattern)
    assert loaded is not compiled
    assert regex_cache.counts == {"compiled": 1, "loaded": 1}
    assert [m.span() for m in loaded.finditer(text)] == [
        m.span() for m in regex.finditer(pattern, text)
    ]
    assert loaded.findall(text) == ["王小明", "A123456789", "陳美"]


def test_flags_are_part_of_the_key(fresh: Path) -> None:
    plain = regex_cache.compile("^b")
    multiline = regex_cache.compile("^b", regex.MULTILINE)
    assert plain.findall("a\nb") == [] and multiline.findall("a\nb") == ["b"]


class _Planted:
    def __reduce__(self) -> tuple:
        return (os.system, ("touch planted",))


def test_a_planted_file_runs_no_code(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(fresh)
    path = regex_cache.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    # An entry that would call os.system instead of building a pattern ...
    path.write_bytes(pickle.dumps({("a+", 0): pickle.dumps(_Planted())}))
    assert regex_cache.compile("a+").findall("caab") == ["aa"]
    assert regex_cache.counts == {"compiled": 1, "loaded": 0}
    # ... and a whole file that would.
    _forget()
    path.write_bytes(pickle.dumps(_Planted()))
    assert regex_cache.compile("b+").findall("abb") == ["bb"]
    assert not (fresh / "planted").exists()


def test_a_damaged_file_is_replaced(fresh: Path) -> None:
    path = regex_cache.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x80\x05not a pickle")
    regex_cache.compile("x[0-9]+")
    regex_cache.save()
    _forget()
    assert regex_cache.compile("x[0-9]+").findall("x12 y3") == ["x12"]
    assert regex_cache.counts == {"compiled": 1, "loaded": 1}


def test_off_writes_nothing(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_cache.CACHE_ENV, "off")
    assert regex_cache.cache_file() is None
    assert regex_cache.compile("q+").findall("qq") == ["qq"]
    regex_cache.save()
    assert list(fresh.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_skipped(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = fresh / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(regex_cache.CACHE_ENV, str(blocker / "cache"))
    regex_cache.compile("z+")
    regex_cache.save()  # no error
    assert regex_cache.compile("z+").findall("zz") == ["zz"]
