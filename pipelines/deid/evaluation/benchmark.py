"""Throughput of :meth:`TextScanner.redact_many` versus per-cell Presidio ``analyze``.

Two columns are timed:

* ``dense``: every cell a distinct generated note, 75% of them full of personal data
  (worst case: nothing to de-duplicate, every recognizer busy);
* ``realistic``: a case-note column as agencies keep it: about half short status remarks
  that repeat (已結案, 待補件 ...) or are empty, a third administrative prose without personal
  data, and a fifth notes with personal data.

Presidio runs through :func:`build_analyzer` (the same recognizers, blank spaCy pipeline),
one ``analyze`` call per cell, on a prefix of the column (it is slow; the rate is what counts).
Both are timed in process CPU time, which a busy shared machine distorts less than wall time.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import generate
from pipelines.deid.scan import LANGUAGE, TextScanner, build_analyzer

_STATUS = (
    "已結案", "待補件", "資料齊全", "已函復", "退件", "轉介社會局", "電話通知", "已派員查處",
    "不符資格", "撤案", "重複申請", "已核定", "審查中", "補正完成", "逾期未補正", "同意備查",
    "請依規定辦理", "已轉請主管機關處理", "已於系統登錄", "待會勘", "", "無", "-", "同上",
)  # fmt: skip


@dataclass(frozen=True)
class Throughput:
    """Cells per second of both paths (and the cell counts they were measured on)."""

    column: str
    scanner_cells: int
    scanner_rate: float
    presidio_cells: int
    presidio_rate: float

    @property
    def speedup(self) -> float:
        return self.scanner_rate / self.presidio_rate if self.presidio_rate else float("inf")


def columns(n: int, seed: int) -> tuple[dict[str, list[str | None]], list[str]]:
    """The ``dense`` and ``realistic`` columns of ``n`` cells, and the known names."""
    samples, known = generate(n=n, seed=seed)
    dense: list[str | None] = [s.text for s in samples]
    positives = [s.text for s in samples if s.spans]
    negatives = [s.text for s in samples if s.hard_negative]
    rng = random.Random(seed)
    realistic: list[str | None] = []
    for _ in range(n):
        x = rng.random()
        if x < 0.02:
            realistic.append(None)
        elif x < 0.47:
            realistic.append(rng.choice(_STATUS))
        elif x < 0.80:
            realistic.append(rng.choice(negatives))
        else:
            realistic.append(rng.choice(positives))
    return {"dense": dense, "realistic": realistic}, known


def measure(n: int = 20_000, seed: int = 7, presidio_cells: int = 2_000) -> list[Throughput]:
    """Time ``redact_many`` on each column and Presidio on its first ``presidio_cells``."""
    cols, known = columns(n, seed)
    analyzer = build_analyzer(known)
    # One-time process costs stay outside the timings: pyarrow.compute's first call (~2 s of
    # kernel registration here) and Presidio's lazy recognizer loading.
    TextScanner().redact_many(["暖身"])
    out: list[Throughput] = []
    for name, texts in cols.items():
        scanner = TextScanner(known)  # fresh: no state carried between columns
        t0 = time.process_time()
        scanner.redact_many(texts)
        scan_s = time.process_time() - t0
        head = texts[:presidio_cells]
        analyzer.analyze(text="暖身", language=LANGUAGE)
        t0 = time.process_time()
        for text in head:
            if text:
                analyzer.analyze(text=text, language=LANGUAGE)
        presidio_s = time.process_time() - t0
        out.append(Throughput(name, len(texts), len(texts) / scan_s, len(head),
                              len(head) / presidio_s))  # fmt: skip
    return out
