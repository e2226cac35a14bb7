"""Seeded labelled synthetic notes for measuring detection quality.

The templates and name lists here are the evaluation's own (not the sample generator's and
not the recognizer's lexicon): surnames include ones the recognizer does not list, given
names are drawn character by character, and every template is written to read like a case
note of a Taiwanese agency. Each positive sample carries gold spans; hard negatives carry
none and must come out untouched.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --- vocabularies (evaluation-only) ------------------------------------------------------
_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范宋方鄧杜傅侯曹薛丁卓馬董唐藍石蔣古紀姚連馮歐程湯田康姜汪白鄒尤巫鐘"
    "黎涂龔嚴韓袁金童陸夏柳邵錢伍倪于譚駱熊任甘秦顧毛章史萬俞雷饒閻殷麥孔莫崔"
    "武賀符包牛龍易喬尹葛辛柴岳郝聶卜樊應關祝左梅管霍宮艾段池酈儲郁仇"
)
_COMPOUND = ("歐陽", "張簡", "范姜", "司馬", "諸葛", "上官", "司徒", "張廖", "東方", "皇甫")
_GIVEN = (
    "志明俊傑家豪建宏冠宇宗翰承恩彥廷柏翰品睿淑芬美玲雅婷怡君佩珊惠如麗華秀英玉蘭淑惠"
    "宜蓁欣怡思妤詠晴子涵文彬國強永福金水阿土春嬌秀月碧霞麗娟靜宜心怡筱涵書豪嘉偉哲瑋"
)
_INDIGENOUS = (
    "瓦歷斯·諾幹", "馬躍·比吼", "巴奈·母路", "尤瑪·達陸", "夏曼·藍波安", "撒可努·亞榮隆",
    "拓拔斯·塔瑪匹瑪", "比令·亞布", "伊苞·達德拉凡", "阿道·巴辣夫", "麗依京·尤瑪",
    "孫大川·巴厄拉邦", "利格拉樂·阿𡠄", "沙力浪·達岌斯菲芝萊藍", "瑪達拉·達努巴克",
)  # fmt: skip
_VN_SURNAMES = "阮陳黎范黃武"
_VN_GIVEN = "梅蘭雄春玉明芳秋香貞英娥水清德勇"
_TRANSLIT = ("蘇西拉瓦蒂", "阿古斯", "蒂娜", "瑪莉亞", "安妮莎", "努爾", "西蒂", "拉哈尤")

_COUNTIES = (
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市",
    "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣",
    "臺東縣", "澎湖縣", "金門縣", "台北市", "台中市",
)  # fmt: skip
_DISTRICTS = ("中正區", "板橋區", "中壢區", "西屯區", "東區", "鳳山區", "竹北市", "員林市",
              "草屯鎮", "斗六市", "太保市", "潮州鎮", "羅東鎮", "吉安鄉", "卑南鄉", "馬公市",
              "金城鎮", "北區", "信義區", "三民區")  # fmt: skip
_ROADS = ("中山路", "民生東路", "復興南路", "中正路", "建國北路", "和平東路", "光復街",
          "自由路", "成功路", "文化街", "仁愛路", "忠孝東路", "博愛街", "府前大道", "大業路",
          "八德路", "林森北路", "市府路", "四維街")  # fmt: skip
_CN_NUM = "一二三四五六七八九"
_MAIL_USERS = ("wang.xm", "lin1988", "mei_hua", "chen.ts", "a0912", "kuo.yc", "jasper.lee")
_MAIL_DOMAINS = ("gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net", "mail.ntu.edu.tw")
_AREA = (("02", 8), ("03", 7), ("04", 8), ("037", 6), ("049", 7), ("05", 7), ("06", 7), ("07", 7),
         ("08", 7), ("089", 6), ("082", 6))  # fmt: skip

_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-@.()+#"}


@dataclass
class Sample:
    """A text with its gold spans (start, end, entity); hard negatives have none."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    hard_negative: bool = False
    known_person: list[bool] = field(default_factory=list)  # per PERSON span, in known list


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.known_names: list[str] = []

    # -- values ----------------------------------------------------------------------------
    def fw(self, s: str) -> str:
        """Full-width variant in ~15% of values."""
        return "".join(_FULLWIDTH.get(c, c) for c in s) if self.r.random() < 0.15 else s

    def twid(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        body = self.r.choice("12") + "".join(self.r.choice("0123456789") for _ in range(7))
        return self.fw(letter + body + id_check_digit(letter, body))

    def arc(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        if self.r.random() < 0.6:
            body = self.r.choice("89") + "".join(self.r.choice("0123456789") for _ in range(7))
            return self.fw(letter + body + id_check_digit(letter, body))
        second = self.r.choice("ABCD")
        digits = str(LETTER_CODES[second] % 10) + "".join(
            self.r.choice("0123456789") for _ in range(7)
        )
        return self.fw(letter + second + digits[1:] + id_check_digit(letter, digits))

    def phone(self) -> str:
        r = self.r
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        if r.random() < 0.55:
            body = "9" + r.choice("1234678") + d(7)
            fmt = r.randrange(5)
            if fmt == 0:
                s = f"0{body[:3]}-{body[3:6]}-{body[6:]}"
            elif fmt == 1:
                s = "0" + body
            elif fmt == 2:
                s = f"0{body[:3]} {body[3:6]} {body[6:]}"
            elif fmt == 3:
                s = f"+886-{body[:3]}-{body[3:6]}-{body[6:]}"
            else:
                s = f"+886 {body[:3]} {body[3:]}"
        else:
            area, n = r.choice(_AREA)
            local = r.choice("2345678") + d(n - 1)
            fmt = r.randrange(4)
            if fmt == 0:
                s = f"({area}){local[:-4]}-{local[-4:]}"
            elif fmt == 1:
                s = f"{area}-{local}"
            elif fmt == 2:
                s = f"{area}-{local[:-4]}-{local[-4:]}"
            else:
                s = f"+886-{area[1:]}-{local}"
            ext = r.random()
            if ext < 0.15:
                s += f"#{d(3)}"
            elif ext < 0.3:
                s += f" 分機{d(3)}"
        return self.fw(s)

    def email(self) -> str:
        return f"{self.r.choice(_MAIL_USERS)}{self.r.randrange(100)}@{self.r.choice(_MAIL_DOMAINS)}"

    def address(self, county: bool = True) -> str:
        r = self.r
        parts = []
        if county:
            if r.random() < 0.3:
                parts.append(
                    str(r.randrange(100, 983))
                    + (str(r.randrange(10, 99)) if r.random() < 0.5 else "")
                )
            parts.append(r.choice(_COUNTIES))
        if county or r.random() < 0.5:
            parts.append(r.choice(_DISTRICTS))
        road = r.choice(_ROADS)
        if r.random() < 0.4:
            road += r.choice(_CN_NUM) + "段"
        parts.append(road)
        if r.random() < 0.35:
            parts.append(f"{r.randrange(1, 300)}巷")
            if r.random() < 0.4:
                parts.append(f"{r.randrange(1, 30)}弄")
        parts.append(f"{r.randrange(1, 600)}號")
        if r.random() < 0.5:
            parts.append(f"{r.randrange(1, 25)}樓")
            if r.random() < 0.3:
                parts.append(f"之{r.randrange(1, 9)}")
        return "".join(parts)

    def person(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.12:
            return r.choice(_COMPOUND) + "".join(r.sample(_GIVEN, r.choice((1, 2))))
        if x < 0.22:
            return r.choice(_INDIGENOUS)
        if x < 0.32:
            return (
                r.choice(_VN_SURNAMES)
                + r.choice("氏文")
                + "".join(r.sample(_VN_GIVEN, r.choice((1, 2))))
            )
        return r.choice(_SURNAMES) + "".join(r.sample(_GIVEN, r.choice((1, 2, 2, 2))))

    def roc_date(self) -> str:
        return (
            f"{self.r.randrange(100, 115)}年{self.r.randrange(1, 13)}月{self.r.randrange(1, 29)}日"
        )

    def doc_no(self) -> str:
        word = self.r.choice(("經授工字", "府授社字", "北市衛字", "院臺法字"))
        return f"{word}第{self.r.randrange(10**10, 10**11)}號"


# Templates: {P} cue-introduced person, {K} person known from the dataset (no cue), {ID}, {ARC},
# {TEL}, {MAIL}, {ADDR}; {D} a date and {DOC} a document number are not personal.
_TEMPLATES = (
    "申請人{P}（身分證字號{ID}）於{D}臨櫃申請低收入戶資格，聯絡電話{TEL}。",
    "陳情人{P}來電{TEL}反映{ADDR}前路燈故障，請派員查處。",
    "{K}於{D}以電子郵件{MAIL}詢問補助進度，已依{DOC}函復。",
    "聯絡人：{P}，行動電話：{TEL}，E-mail：{MAIL}",
    "外籍配偶{P}（居留證號{ARC}）申請歸化，戶籍地址{ADDR}。",
    "本案由{P}先生於{D}提出，住址{ADDR}，連絡電話{TEL}。",
    "民眾{K}反映住家附近噪音，經查{ADDR}之工廠已依法裁處。",
    "移工{P}之雇主來電{TEL}，居留證{ARC}將於{D}到期。",
    "{P}小姐之身分證號為{ID}，手機{TEL}，信箱{MAIL}。",
    "代理人{P}代為送件，被代理人{K}，地址：{ADDR}",
    "個案{K}，統一證號{ARC}，由社工追蹤，電話{TEL}。",
    "承辦人{P}已於{D}電話聯繫申請人，確認通訊地址為{ADDR}。",
    "檢舉人{P}要求保密，其身分證{ID}與電話{TEL}僅供內部使用。",
    "{P}女士於{D}臨櫃，代其母{K}辦理長照服務申請。",
    "負責人{P}，公司地址{ADDR}，連絡信箱{MAIL}。",
    # phrasing variations: other cues, no county, mixed order, line breaks
    "據里民{P}表示，{ADDR2}旁水溝堵塞已逾一週。",
    "收件人：{P}\n寄送地址：{ADDR2}\n電話：{TEL}",
    "經查{K}確於{D}遷入{ADDR}，與戶籍資料相符。",
    "通報人{P}（電話{TEL}）稱其鄰居{K}疑似獨居需關懷。",
    "被保險人{P}身分證統一編號{ID}，投保單位統一編號{BAN}。",
    "{K}、{K}夫婦申請育兒津貼，聯絡手機{TEL}。",
    "請{P}君於{D}前補正文件，逾期依規定駁回。",
    "案主{P}之緊急聯絡人為{P}，電話{TEL}。",
)

_NEGATIVES = (
    "依{DOC}函辦理，本案請各機關於{D}前回復。",
    "本公司統一編號{BAN}，依營業稅法第15條規定申報，應納稅額新臺幣{AMT}元。",
    "案件編號IDB-{CASE}，已於{D}結案，罰鍰新臺幣{AMT}元整。",
    "依據個人資料保護法第{ART}條及同法施行細則第17條辦理去識別化作業。",
    "本府{D}召開會議，出席人數{NUM}人，決議事項共{SMALL}項。",
    "補助款新臺幣{AMT}元已於{D}撥付，統一編號{BAN}之廠商已完成請款。",
    "中山路道路拓寬工程預算{AMT}元，預計{D}完工，工程編號{CASE}。",
    "本部{DOC}公告修正第{ART}條至第{ART2}條，自{D}施行。",
    "受理件數{NUM}件，較去年同期增加{SMALL}%，平均處理天數{SMALL}日。",
    "請承辦人員於期限內完成審查，並將結果陳報局長核定。",
    "民眾反映事項已轉請主管機關依權責處理，並副知本府法制處。",
    "臺北市政府社會局辦理身心障礙者生活補助，申請資格依相關規定辦理。",
    # cue words and number shapes without any person behind them
    "本年度申請人數{NUM}人，負責人員{SMALL}名，聯絡人資料請以公文更新。",
    "受理期間{D}至{D}，逾期不予受理，電話諮詢時間為上午9時至下午5時。",
    "各鄉鎮市區公所應於{D}前將中山路、民生東路沿線清查結果報府。",
    "代理人制度依行政程序法第{ART}條規定，陳情人得委任代理人。",
    "發文日期：{D}\n發文字號：{DOC}\n速別：普通件\n附件：統計表{SMALL}份",
    "計畫經費新臺幣{AMT}元，執行率{SMALL}.5%，預計{ISO}完成驗收。",
    "王道精神與誠信原則為本府施政核心，林業及自然保育署協辦。",
    "本府{D}公告，申請書表可至臺北市中正區市府路辦理，傳真另行通知。",
)


def _ban(r: random.Random) -> str:
    from pipelines.deid.identifiers import ban

    while True:
        v = "".join(r.choice("0123456789") for _ in range(8))
        if ban.is_valid(v):
            return v


def generate(
    n: int = 2000, seed: int = 7, negative_share: float = 0.25
) -> tuple[list[Sample], list[str]]:
    """``n`` samples (about ``negative_share`` hard negatives) and the known-name list.

    The known-name list holds every ``{K}`` person (names a dataset's name column would
    carry); ``{P}`` persons are deliberately *not* in it, so cue-based detection is measured.
    """
    g = _Gen(seed)
    r = g.r
    samples: list[Sample] = []
    for _ in range(n):
        if r.random() < negative_share:
            tpl = r.choice(_NEGATIVES)
            text = tpl.format(
                DOC=g.doc_no(),
                D=g.roc_date(),
                BAN=_ban(r),
                AMT=f"{r.randrange(1, 999)},{r.randrange(100, 999)}",
                CASE=f"{r.randrange(1100101, 1141231)}-{r.randrange(0, 999999):06d}",
                ART=r.randrange(1, 60),
                ART2=r.randrange(60, 90),
                NUM=r.randrange(10, 5000),
                SMALL=r.randrange(1, 30),
                ISO=f"{r.randrange(2020, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",
            )
            samples.append(Sample(text=text, hard_negative=True))
            continue
        tpl = r.choice(_TEMPLATES)
        sample = Sample(text="")
        out: list[str] = []
        pos = 0
        i = 0
        while i < len(tpl):
            if tpl[i] != "{":
                out.append(tpl[i])
                pos += 1
                i += 1
                continue
            j = tpl.index("}", i)
            slot = tpl[i + 1 : j]
            i = j + 1
            entity, value = {
                "P": lambda: ("PERSON", g.person() if r.random() > 0.1 else r.choice(_TRANSLIT)),
                "K": lambda: ("PERSON", g.person()),
                "ID": lambda: ("TW_NATIONAL_ID", g.twid()),
                "ARC": lambda: ("TW_RESIDENT_CERT", g.arc()),
                "TEL": lambda: ("PHONE", g.phone()),
                "MAIL": lambda: ("EMAIL", g.email()),
                "ADDR": lambda: ("ADDRESS", g.address()),
                "ADDR2": lambda: ("ADDRESS", g.address(county=False)),
                "BAN": lambda: ("", _ban(r)),
                "D": lambda: ("", g.roc_date()),
                "DOC": lambda: ("", g.doc_no()),
            }[slot]()
            if slot == "K":
                g.known_names.append(value)
            if entity:
                sample.spans.append((pos, pos + len(value), entity))
                if entity == "PERSON":
                    sample.known_person.append(slot == "K")
            out.append(value)
            pos += len(value)
        sample.text = "".join(out)
        samples.append(sample)
    return samples, sorted(set(g.known_names))
