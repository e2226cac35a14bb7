"""Name contexts learned from the dataset's known names (pipelines/deid/recognizers/learned.py),
through the scanner and through the engine."""

from __future__ import annotations

import pyarrow as pa

from pipelines.deid.engine import deidentify
from pipelines.deid.recognizers.known_names import KnownNameRecognizer
from pipelines.deid.recognizers.learned import MIN_NAMES, learn
from pipelines.deid.scan import TextScanner
from pipelines.spec.model import DatasetSpec

KNOWN = ["林雅婷", "陳建宏", "黃淑芬", "張志豪", "王美惠"]
# names that no column holds, in the same phrase
UNKNOWN = ["高秀蘭", "蔡明哲", "吳佳穎"]


def _texts(names: list[str]) -> list[str]:
    return [f"本場由{name}擔綱演出，敬請期待。" for name in names]


def _found(scanner: TextScanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.find(text) if f.entity == "PERSON"]


def test_a_phrase_around_known_names_finds_the_names_no_column_holds():
    scanner = TextScanner(KNOWN)
    text = _texts(UNKNOWN[:1])[0]
    assert _found(scanner, text) == []  # no rule knows 由…擔綱
    assert scanner.learn(_texts(KNOWN) + _texts(UNKNOWN)) > 0
    assert _found(scanner, text) == ["高秀蘭"]
    # a name-shaped word only: ordinary words in the same phrase stay
    assert _found(scanner, "本場由國樂團擔綱演出") == []
    assert _found(scanner, "本場由陳記機電公司擔綱演出") == []  # a family's firm (陳記)
    # the bulk path (the engine's) uses what was learned too
    redacted, counts = scanner.redact_many(_texts(UNKNOWN))
    assert counts["PERSON"] == len(UNKNOWN)
    assert not any(name in text for name in UNKNOWN for text in redacted)


def test_a_context_needs_enough_different_known_names():
    few = KNOWN[: MIN_NAMES - 1]
    assert learn(_texts(few) * 5, KnownNameRecognizer(KNOWN)) is None
    assert learn(_texts(KNOWN[:MIN_NAMES]), KnownNameRecognizer(KNOWN)) is not None


def test_punctuation_and_values_around_names_are_not_learned():
    # a comma precedes the known names, but mostly it precedes ordinary words
    texts = [f"今日會勘，{name}到場" for name in KNOWN]
    texts += [f"今日會勘，{word}良好" for word in ("天氣", "路況", "現場", "排水", "設備") * 4]
    # an e-mail or phone number before a name belongs to the value, not to the phrase
    texts += [f"09{i}2345678 {name}" for i, name in enumerate(KNOWN)]
    learned = learn(texts, KnownNameRecognizer(KNOWN))
    assert learned is None or "勘，" not in learned.lefts
    assert learned is None or not any(c[-1].isdigit() for c in learned.lefts)


def test_what_is_learned_holds_no_name():
    learned = learn(_texts(KNOWN) + _texts(UNKNOWN), KnownNameRecognizer(KNOWN))
    assert learned is not None
    contexts = "".join(learned.lefts + learned.rights)
    assert not any(ch in contexts for name in KNOWN + UNKNOWN for ch in name[1:])


def test_a_longer_name_holding_a_known_one_teaches_nothing():
    # 王美 is known; in 王美惠 it is only the start of another name: 惠 + what follows is no
    # context
    texts = [f"{n}擔任志工" for n in ("王美惠", "王美玲", "王美華")]
    assert learn(texts, KnownNameRecognizer(["王美"])) is None
    assert learn(texts, KnownNameRecognizer(["王美惠", "王美玲", "王美華"])) is not None


def test_a_scanner_without_known_names_learns_nothing():
    scanner = TextScanner([])
    assert scanner.learn(_texts(UNKNOWN)) == 0
    assert scanner.learned is None


def test_the_engine_learns_from_the_free_text_before_scanning_it():
    spec = DatasetSpec.model_validate(
        {
            "id": "performances",
            "title": {"zh-TW": "演出紀錄"},
            "description": {"zh-TW": "演出紀錄"},
            "publisher": {"unit": "某文化局", "contact": {"name": "窗口", "email": "a@b.tw"}},
            "source": {"kind": "csv", "path": "x.csv"},
            "primary_key": ["id"],
            "columns": [
                {"name": "id", "description": {"zh-TW": "編號"}},
                {
                    "name": "performer",
                    "description": {"zh-TW": "演出者"},
                    "pii": "direct",
                    "treatment": "drop",
                },
                {
                    "name": "note",
                    "description": {"zh-TW": "備註"},
                    "pii": "free_text",
                    "treatment": "scan_text",
                },
            ],
            "update_frequency": "monthly",
            "license": "ogdl-tw-1.0",
            "categories": {"theme": "文化", "policy": "文化", "service": "100"},
        }
    )
    notes = _texts(KNOWN) + _texts(UNKNOWN)
    table = pa.table(
        {
            "id": [str(i) for i in range(len(notes))],
            "performer": KNOWN + ["某甲"] * len(UNKNOWN),
            "note": notes,
        }
    )
    result = deidentify(table, spec)
    published = "\n".join(result.table.column("note").to_pylist())
    assert not any(name in published for name in KNOWN + UNKNOWN)
    assert published.count("〔姓名〕") == len(notes)


def test_cells_beside_a_known_name_in_a_row_are_names():
    from pipelines.deid.recognizers.learned import NameSiblingRecognizer

    scanner = TextScanner(["陽懷恩"])
    roster = "排班表\n7/3　陽懷恩　謝天賜　章錦堂\n7/4　王大同　李小四"
    assert _found(scanner, roster)[:3] == ["陽懷恩", "謝天賜", "章錦堂"]
    # the row holding a known name; not the next row, which holds none
    siblings = NameSiblingRecognizer(KnownNameRecognizer(["陽懷恩"]))
    text = roster.replace("　", " ")  # as NFKC reads it
    assert [text[s:e] for s, e, _ in siblings.find_normalized(text)] == ["謝天賜", "章錦堂"]
    # dates, crops, amounts and words beside the name stay
    assert _found(scanner, "- 陽懷恩 甘藍 NT$590 同意") == ["陽懷恩"]
