"""Header-aware table-column recognizers (pipelines/deid/recognizers/table.py).

All names, numbers and dates below are invented for these tests.
"""

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from pipelines.deid.recognizers import (
    BirthDateColumnRecognizer,
    NameColumnRecognizer,
    PassportColumnRecognizer,
)
from pipelines.deid.recognizers.normalize import normalize
from pipelines.deid.recognizers.table import (
    BIRTH_TABLE_TRIGGER,
    PASSPORT_TABLE_TRIGGER,
    PERSON_TABLE_TRIGGER,
)
from pipelines.deid.scan import TextScanner

NAME, PASSPORT, BIRTH = (
    NameColumnRecognizer(),
    PassportColumnRecognizer(),
    BirthDateColumnRecognizer(),
)
TRIGGERS = {
    NAME: PERSON_TABLE_TRIGGER,
    PASSPORT: PASSPORT_TABLE_TRIGGER,
    BIRTH: BIRTH_TABLE_TRIGGER,
}

CSV = (
    "編號,姓名,國籍,護照號碼,出生日期,聯絡電話\n"
    "1,TRAN MINH KHOA,越南,B7730215,1991.04.23,0933-210-554\n"
    '2,"REYES, ANA LOUISE",菲律賓,P2290871K,80-06-14,0955-781-204\n'
    '3,"鄭雅婷",臺灣,312045678,"民國69年12月1日",0921-450-337'
)
TSV = (
    "序\tName\tPassport No.\tDOB\n"
    "1\tSiti Nur Aisyah\tC4417820\t1992-11-30\n"
    "2\t歐陽 志豪\tKB2204519\t3 Mar 1988\n"
    "3\t柯美玲\t308812345\t81/05/06"
)
PIPE = (
    "| 項次 | 申請人 | 護照號碼(Passport No.) | 生日 |\n"
    "|------|--------|------------------------|------|\n"
    "| 1 | 賴俊宏 | M1234567 | 1985-02-28 |\n"
    "| 2 | Wang Hsiao-Wen | AB3390124 | 1990/10/09 |"
)
SPACED = (
    "序號  姓名          護照號碼     出生年月日\n"
    "1     TRAN THI MAI  N4410927     1994-02-17\n"
    "2     蘇志明        350661234    民國68年8月9日"
)
SLASHED = (
    "船員異動申報\n"
    "異動 / 姓名 / 國籍 / 護照號碼 / 出生日期\n"
    "上船 / Rudi Santoso / 印尼 / C3370418 / 1990年7月2日\n"
    "下船 / DELA PAZ, RONALD / 菲律賓 / EB6102937 / 1985/3/14"
)
SINGLE_SPACED = (
    "校外教學保險名冊\n"
    "姓名 身分證字號 出生日期 護照號碼\n"
    "林品妤 A234567890 105年2月1日 無\n"
    "張柏宇 B123456780 2013年3月5日 301234567"
)
EXPECTED = {
    SLASHED: {
        NAME: ["Rudi Santoso", "DELA PAZ, RONALD"],
        PASSPORT: ["C3370418", "EB6102937"],
        BIRTH: ["1990年7月2日", "1985/3/14"],
    },
    SINGLE_SPACED: {
        NAME: ["林品妤", "張柏宇"],
        PASSPORT: ["301234567"],
        BIRTH: ["105年2月1日", "2013年3月5日"],
    },
    CSV: {
        NAME: ["TRAN MINH KHOA", "REYES, ANA LOUISE", "鄭雅婷"],
        PASSPORT: ["B7730215", "P2290871K", "312045678"],
        BIRTH: ["1991.04.23", "80-06-14", "民國69年12月1日"],
    },
    TSV: {
        NAME: ["Siti Nur Aisyah", "歐陽 志豪", "柯美玲"],
        PASSPORT: ["C4417820", "KB2204519", "308812345"],
        BIRTH: ["1992-11-30", "3 Mar 1988", "81/05/06"],
    },
    PIPE: {
        NAME: ["賴俊宏", "Wang Hsiao-Wen"],
        PASSPORT: ["M1234567", "AB3390124"],
        BIRTH: ["1985-02-28", "1990/10/09"],
    },
    SPACED: {
        NAME: ["TRAN THI MAI", "蘇志明"],
        PASSPORT: ["N4410927", "350661234"],
        BIRTH: ["1994-02-17", "民國68年8月9日"],
    },
}


def found(rec, text: str) -> list[str]:
    return [text[s:e] for s, e, _ in rec.find_normalized(text)]


def trigger_holds(rec, text: str) -> bool:
    """The RE2 prefilter (pyarrow) admits ``text``: it must, wherever ``rec`` finds a cell."""
    return pc.match_substring_regex(pa.array([text]), TRIGGERS[rec]).to_pylist()[0]


@pytest.mark.parametrize(
    "table", list(EXPECTED), ids=["slashed", "single-spaced", "csv", "tsv", "pipe", "spaced"]
)
def test_each_type_is_read_from_its_column(table):
    for rec, cells in EXPECTED[table].items():
        assert found(rec, table) == cells, type(rec).__name__
        assert trigger_holds(rec, table)


def test_scores_and_presidio_entry_point_on_full_width_text():
    assert {s for _, _, s in NAME.find_normalized(CSV)} == {0.7}
    assert {s for _, _, s in PASSPORT.find_normalized(CSV)} == {0.85}
    assert {s for _, _, s in BIRTH.find_normalized(CSV)} == {0.85}
    # full-width bars and letters: NFKC for matching, spans in the original text
    text = "｜姓名｜護照號碼｜出生日期｜\n｜賴俊宏｜Ｍ１２３４５６７｜６９／０１／３１｜"
    for rec, cell in (
        (NAME, "賴俊宏"),
        (PASSPORT, "Ｍ１２３４５６７"),
        (BIRTH, "６９／０１／３１"),
    ):
        assert [text[r.start : r.end] for r in rec.analyze(text, [])] == [cell]


def test_a_header_applies_only_within_its_own_text():
    first = "序號,姓名,護照號碼,生日\n1,林志偉,A1234567,1980-02-28"
    rows = "1,陳怡君,B7654321,1982-03-04"  # the same shape, but no header in its own text
    joined = first + "\x00" + rows
    assert found(NAME, joined) == ["林志偉"]
    assert found(PASSPORT, joined) == ["A1234567"]
    assert found(BIRTH, joined) == ["1980-02-28"]
    # the second text's own header still works, and spans are in the joined text
    joined = rows + "\x00" + first
    base = len(rows) + 1
    assert [(s - base, e - base) for s, e, _ in NAME.find_normalized(joined)] == [
        (first.index("林志偉"), first.index("林志偉") + 3)
    ]


def test_the_table_ends_at_a_blank_line_or_prose():
    text = "姓名\t電話\n林志偉\t02-2345-6789\n\n陳怡君\t02-8765-4321"
    assert found(NAME, text) == ["林志偉"]
    text = "姓名\t電話\n林志偉\t02-2345-6789\n以上名單如附\n陳怡君\t02-8765-4321"
    assert found(NAME, text) == ["林志偉"]
    # a table right after another one, with another separator, has its own header
    text = "姓名\t電話\n林志偉\t02-2345-6789\n| 申請人 | 電話 |\n| 陳怡君 | 02-8765-4321 |"
    assert found(NAME, text) == ["林志偉", "陳怡君"]


def test_one_space_separates_cells_only_under_a_header_of_labels():
    """Prose is spaced too: a line whose words are not all column labels is no header, and a
    row with another number of cells (a name written with a space) is skipped."""
    prose = "申請人 王小明 來電\n陳情 事項 如下"
    assert found(NAME, prose) == []
    text = "姓名 生日\n王 小明 80年1月2日\n陳怡君 81年3月4日"
    assert found(NAME, text) == ["陳怡君"]
    assert found(BIRTH, text) == ["81年3月4日"]


def test_csv_rows_with_another_cell_count_are_skipped():
    # a missing or extra cell shifts the columns: the cell under the header is unknown
    text = "序號,姓名,護照號碼\n1,林志偉,A1234567,多一格\n2,陳怡君\n3,黃柏翰,C2345678"
    assert found(NAME, text) == ["黃柏翰"]
    assert found(PASSPORT, text) == ["C2345678"]


def test_statistics_and_product_tables_are_no_personal_tables():
    stats = "年度,出生數,死亡數,結婚對數\n110,19820527,184172,114606\n111,1150101,207230,124997"
    products = "品名,型號,數量,單價\n高麗菜,A1234567,35,40\n林口茶,B7654321,12,19850228"
    plain = "項目\t說明\t備註\n陳小華\tA1234567\t1980-01-01"  # no personal header at all
    for text in (stats, products, plain):
        for rec in (NAME, PASSPORT, BIRTH):
            assert found(rec, text) == [], (text[:6], type(rec).__name__)
    # the same rows under personal headers are found: the header is what decides
    assert found(BIRTH, stats.replace("出生數", "出生日期")) == ["19820527", "1150101"]


def test_organisations_and_titles_in_a_name_column_are_no_names():
    text = (
        "機關,姓名,職稱\n"
        "臺北市政府,臺北市政府,科長\n"
        "林務局,林務局,技士\n"
        "大同國中,陳主任,主任\n"
        "宏達實業,王先生,專員\n"
        "王品集團,王品集團,經理\n"
        "高雄,高雄市,秘書\n"
        "-,Taipei City Government,N/A\n"
        "-,Not Applicable,-\n"
        "-,林志偉,-"
    )
    assert found(NAME, text) == ["林志偉"]


def test_header_words_must_be_whole_cells():
    # 姓名 inside a longer cell, 護照 in a count, a prose line with full-width commas
    assert found(NAME, "請填寫姓名,電話,地址\n林志偉,0912345678,臺北市") == []
    assert found(PASSPORT, "年度,護照申請件數,核發數\n112,A1234567,B7654321") == []
    text = "說明：本案姓名、護照號碼均已核對，謝謝\n林志偉，A1234567"
    assert found(NAME, text) == [] and found(PASSPORT, text) == []
    # a whole 姓名 cell in a comma line with a sentence in it: prose, not a header
    text = (
        "經承辦人員逐筆核對後確認下列資料均屬正確無誤並已歸檔存查,姓名,電話\n備註,林志偉,0912345678"
    )
    assert found(NAME, text) == []
    assert found(
        NAME, text.replace("經承辦人員逐筆核對後確認下列資料均屬正確無誤並已歸檔存查", "序號")
    ) == ["林志偉"]


def test_shapes_refuse_other_cells():
    text = (
        "姓名\t護照號碼\t出生日期\n"
        "林志偉、陳怡君\tA12345\t1981-02-29\n"  # two names; too few digits; no such date
        "某甲\tabc1234567\t約1980-03-01"  # no surname; lower-case; more than the date
    )
    assert found(NAME, text) == []
    assert found(PASSPORT, text) == []
    assert found(BIRTH, text) == []


def test_bulk_equals_per_text():
    texts = [*EXPECTED, "機關,姓名,職稱\n臺北市政府,陳主任,科長", "姓名：林志偉", "無表格", None]
    texts += [f"{t}\n註：以上{i}" for i, t in enumerate(EXPECTED)]
    scanner = TextScanner(processes=1)
    redacted, counts = scanner.redact_many(texts)
    one_by_one = [scanner.redact(t)[0] if t else t for t in texts]
    assert redacted == one_by_one
    assert counts["PASSPORT"] >= 10 and counts["BIRTH_DATE"] >= 10 and counts["PERSON"] >= 10
    assert "REYES" not in redacted[0] and "B7730215" not in redacted[0]


def test_prefilters_hold_wherever_a_cell_is_found():
    """Random tables of header words, separators, quotes and cells: the RE2 prefilter (bulk)
    and its Python twin (one text) agree, and admit every text where a cell is found."""
    import random

    import regex

    rng = random.Random(11)
    heads = ["姓名", "Name", "護照號碼", "Passport No.", "出生日期", "DOB", "出生日期(民國)",
             "姓名/Name", "序號", "備註", "出生數"]  # fmt: skip
    cells = ["林志偉", "TRAN THI MAI", '"REYES, ANA"', "A1234567", "1980-02-28", "12", "", "臺北"]
    seps = ["\t", "|", ",", "  ", " | ", ", "]
    texts = []
    for _ in range(400):
        sep = rng.choice(seps)
        lines = [sep.join(rng.choice(heads) for _ in range(rng.randrange(2, 5)))]
        for _ in range(rng.randrange(1, 4)):
            lines.append(rng.choice(seps[:1] * 3 + [sep]).join(
                rng.choice(cells) for _ in range(rng.randrange(2, 5))))  # fmt: skip
        pad = rng.choice(["", " ", '"', "\r"])
        texts.append(rng.choice(["", "表：\n", "  "]) + "\n".join(pad + x + pad for x in lines))
    hits = 0
    for rec, trigger in TRIGGERS.items():
        mask = pc.match_substring_regex(pa.array(texts), trigger).to_pylist()
        python = regex.compile(trigger)
        for text, admitted in zip(texts, mask, strict=True):
            assert (python.search(text) is not None) == admitted, text
            if rec.find_normalized(text):
                hits += 1
                assert admitted, text
    assert hits > 20  # the random tables do exercise the recognizers


def test_presidio_analyzer_engine_agrees_with_the_scanner():
    from pipelines.deid.scan import analyzer_findings, build_analyzer

    analyzer, scanner = build_analyzer(), TextScanner(processes=1)
    for table in EXPECTED:
        assert analyzer_findings(analyzer, table) == scanner.find(table)


def test_amounts_with_thousands_commas_in_a_full_width_comma_table():
    """NFKC makes a full-width comma and a thousands comma alike: 139,960 splits into two
    cells, which are joined back so that the row keeps the header's width."""
    text = (
        "編號，戶長，身分證字號，出生日期，受損地址，核定金額\n"
        "1，葉雅婷，G196028757，054/01/23，宜蘭縣蘇澳鎮忠孝路4號，新臺幣139,960元"
    )
    from pipelines.deid.recognizers.normalize import normalize

    normalized = normalize(text).text
    assert found(BIRTH, normalized) == ["054/01/23"]
    assert found(NAME, normalized) == ["葉雅婷"]


def test_a_row_holding_a_role_word_is_no_new_header():
    """案主 heads a name column, and is also a value of a relation column: a row with a phone
    number in it is a row, so the relation column's 孫女 below is not read as a name."""
    text = "姓名|關係|電話\n王秀蘭|案主|0912-345-678\n陳美惠|孫女|0987-654-321"
    assert found(NAME, text) == ["王秀蘭", "陳美惠"]


def test_spaces_inside_the_last_cells_of_a_one_space_table():
    """A phone or address holding spaces in the last column leaves the columns before it in
    place; the last column itself is not read then."""
    text = "姓名 出生日期 電話\n陳怡君 81年3月4日 0912 345 678"
    assert found(NAME, text) == ["陳怡君"]
    assert found(BIRTH, text) == ["81年3月4日"]


def test_latin_names_split_by_the_spaces_of_a_one_space_table():
    """A Latin name's words are rejoined until the row has the header's width, so the columns
    after it stay in place; one Latin word of four letters or more is a name in a name column
    (SUNARTI), a form label is not (個案姓名 某某⏎DOB 06/07/1980 is a key-value form)."""
    text = "座號 姓名 出生日期 家長 電話\n1 Panay Anu 20180131 SUNARTI 0937.164.782"
    assert found(NAME, text) == ["Panay Anu", "SUNARTI"]
    assert found(BIRTH, text) == ["20180131"]
    form = "個案姓名 蕭某某\n性別 男\nDOB 06/07/1980"
    assert found(NAME, form) == []
    # digit groups split by the spaces that split the cells (full-width ones, after NFKC)
    from pipelines.deid.recognizers import NhiColumnRecognizer

    cards = "序號 姓名 健保卡號 服務項目\n1 盧某某 0000 8261 7784 BA07協助沐浴"
    assert found(NhiColumnRecognizer(), cards) == ["0000 8261 7784"]


def test_names_leading_the_rows_of_a_titled_list():
    from pipelines.deid.recognizers import TitledListNameRecognizer
    from pipelines.deid.recognizers.table import LIST_TITLE_TRIGGER

    rec = TitledListNameRecognizer()
    amounts = "補助核定名單（節錄）\n端木韋英　7200元\n郭余家賢　新臺幣61,100元\n林口區　5,000元"
    mail = (
        "埔里郵局 招領簿 2023/12/05\nCP689152954TW　林洪于婷　代領\n592563　龐瑞萍　退回\n"
        "261299　NIRAN SAETANG　居留證V979123456"
    )
    inline = "通譯名冊（印尼語）：布莎，居留證T852123456，電話0912345678"
    inline_amounts = "補助核定名單：林志明　1,000元、陳美玲　2,000元"
    for text, names in (
        (amounts, ["端木韋英", "郭余家賢"]),  # a district is no name
        (mail, ["林洪于婷", "龐瑞萍", "NIRAN SAETANG"]),  # not who collected (代領)
        (inline, ["布莎"]),
        (inline_amounts, ["林志明", "陳美玲"]),
    ):
        normalized = normalize(text).text
        assert found(rec, normalized) == names
        assert pc.match_substring_regex(pa.array([normalized]), LIST_TITLE_TRIGGER)[0].as_py()
    assert {s for _, _, s in rec.find_normalized(normalize(amounts).text)} == {0.7}
    # full-width text through Presidio's entry point: spans in the original text
    assert [amounts[r.start : r.end] for r in rec.analyze(amounts, [])] == ["端木韋英", "郭余家賢"]


def test_a_titled_list_needs_a_title_of_people_rows_of_data_and_ends_at_a_blank_line():
    from pipelines.deid.recognizers import TitledListNameRecognizer

    rec = TitledListNameRecognizer()
    # goods: a 清冊 lists things (白米 and 毛巾 have a surname's shape)
    assert found(rec, "物資清冊（112/09/03）\n白米\t226箱\n毛巾\t121包") == []
    # a sentence naming a list is no title; rows without a digit are prose
    assert found(rec, "名單如附件，請陳組長核閱。\n王小明 1000元") == []
    assert found(rec, "得獎名單\n恭喜以下得獎者\n林志明 第1名") == ["林志明"]
    assert found(rec, "得獎名單\n林志明 陳美玲") == []
    # a blank line or the end of a text (NUL, the bulk path's joint) ends the list
    assert found(rec, "核定名單\n林志明 1,000元\n\n陳美玲 2,000元") == ["林志明"]
    assert found(rec, "核定名單\n林志明 1,000元\x00陳美玲 2,000元") == ["林志明"]
    # English form labels are no names
    assert found(rec, "旅客名單\nFlight 航班：BR 212") == []


def test_a_header_pasted_right_after_a_sentence():
    # a CSV header glued to the sentence before it (NFKC makes the prose's full-width commas
    # ','): the cells after the last one ending a sentence, or the label ending a long cell
    text = (
        "病患某某，病歷號8044146，處方醫師溫德仁。日期,病患姓名,出生日期,藥品,數量\n"
        "9月27日,余瑩華,36.12.27,Codeine 30mg,14"
    )
    assert found(BIRTH, normalize(text).text) == ["36.12.27"]
    glued = "保險資料：某某 身分證N173155087 出生88年01月27日姓名,身分證字號,出生年月日\n"
    glued += "溫瑜,N173155087,88年01月27日"
    assert found(BIRTH, glued) == ["88年01月27日"]
    assert trigger_holds(BIRTH, glued)
    # prose whose last clause only mentions a label is no header of the lines after it
    prose = "民眾來電詢問補發手續，並詢問出生日期,承辦說明,已處理\n5/1,另案,3"
    assert found(BIRTH, prose) == []


def test_birth_dates_in_a_titled_list_of_elders_or_children():
    from pipelines.deid.recognizers import TitledListBirthDateRecognizer
    from pipelines.deid.recognizers.table import LIST_TITLE_TRIGGER

    rec = TitledListBirthDateRecognizer()
    elders = (
        "部落長者名冊（關懷據點）\n伊苞‧哈勇 / Ipay Hayung　40/08/02　(089)920713\n"
        "瓦歷斯‧瓦旦（Walis Watan）　39年12月11日\nSayun Kusin　33/11/6\n林美華　(02)2345-6789"
    )
    children = "大同國小附設幼兒園 114學年度 5歲班 備取名單\n1. 曾予恩　109.09.11　家長 曾某某"
    for text, dates in (
        (elders, ["40/08/02", "39年12月11日", "33/11/6"]),  # not a phone after the name
        (children, ["109.09.11"]),
    ):
        normalized = normalize(text).text
        assert found(rec, normalized) == dates
        assert pc.match_substring_regex(pa.array([normalized]), LIST_TITLE_TRIGGER)[0].as_py()
    # a list of people of no age: a date after a name there is a decision's, a visit's …
    assert found(rec, normalize("補助核定名單\n王小明　113/05/01　核定").text) == []
