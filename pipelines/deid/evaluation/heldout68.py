"""Held-out evaluation set 68: synthetic Traditional-Chinese free text with gold spans.

Written without looking at the scanner (only the ``Sample`` dataclass and the checksum helpers
under ``pipelines/deid/identifiers`` were read), so that the set measures the scanner on text
it was never tuned on. Six genres, each in many registers (公文 sentences, terse case-log notes,
transcribed phone calls, LINE chat lines and exports, pasted e-mails, pasted forms with labels,
pasted tables in tab / CSV / aligned-space / pipe form, numbered rosters, English mixed in):

1. traffic-accident mediation records (車禍調解);
2. household water and electricity hardship waivers (水電費減免);
3. senior learning-centre enrolments (樂齡學習中心報名);
4. hospital discharge and home-oxygen rentals (出院、居家氧氣租借);
5. stolen-bicycle recoveries (自行車尋回);
6. new-resident (新住民) driver's licence and language-class records.

About a quarter of the samples are hard negatives: programme prose, document numbers, company
統一編號 with valid checksums, case numbers, statute articles, amounts, ordinary dates, place
and organisation names, products and words that start with surname characters, and no
personal data at all. ``generate_heldout68`` also returns a list of "known names" (what a
dataset's own name column would hold): about half of the PERSON spans are drawn from it, the
rest from names in no list, and it also holds names that are never mentioned.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _w(words: str) -> tuple[str, ...]:
    """A tuple of the space-separated words."""
    return tuple(words.split())


# Characters that get a full-width form when a value is written "wide" (ＡＢＣ１２３).
_WIDE = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+/_"
    }
)
_WIDE_SHARE = 0.13

# ---------------------------------------------------------------------------------------------
# Name material
# ---------------------------------------------------------------------------------------------

_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫"
    "鐘黎涂龔嚴韓袁金童陸夏柳邵褚"
)
_GIVEN = _w(
    "志明 俊傑 建宏 家豪 冠宇 承恩 柏翰 宗翰 哲瑋 信宏 文雄 金龍 正雄 清輝 國華 榮發 添丁 "
    "宥廷 品睿 彥廷 子軒 宇翔 明哲 振興 水木 阿土 旺財 天賜 俊良 進財 坤山 煌明 "
    "淑芬 美玲 雅婷 怡君 佳穎 麗華 秀英 月娥 玉蘭 素珍 寶珠 阿綢 錦雲 碧霞 鳳嬌 惠美 "
    "詩涵 欣妤 子晴 語彤 思妤 芷瑄 宜蓁 靜宜 佩珊 婉婷 秀蘭 金蓮 春嬌 罔市 招弟 滿妹 "
    "瓊瑤 麗卿 淑惠 秋月 玉霞 素娥 寶玉 梅英 桂枝 阿香 雪卿 麗珠 美惠 雅雯 筱涵 亭妤"
)
_GIVEN_FEMALE_OLD = _w(
    "秀英 月娥 玉蘭 素珍 寶珠 阿綢 錦雲 碧霞 鳳嬌 惠美 秀蘭 金蓮 春嬌 罔市 招弟 滿妹 "
    "麗卿 淑惠 秋月 玉霞 素娥 寶玉 梅英 桂枝 阿香 雪卿 麗珠 美惠 淑芬 美玲 麗華"
)
_GIVEN_ONE = tuple("傑萍華強雯芳勇玲豪瑜慧輝")
_GIVEN_A = "志俊建家冠承柏宗哲信文正清國榮宥品彥子宇明淑美雅怡佳麗秀月玉素惠詩欣語思芷宜靜佩婉"
_GIVEN_B = "明傑宏豪宇恩翰瑋雄龍輝華發廷睿軒翔哲芬玲婷君穎英娥蘭珍霞嬌涵妤晴彤瑄蓁宜珊如萱"
_COMPOUND = ("歐陽", "張簡", "范姜", "張廖", "周黃", "司徒", "諸葛", "上官", "江謝", "廖簡")

_INDIG_FIRST = _w(
    "瓦歷斯 巴奈 比令 尤幹 馬紹 拉娃 伊娃 達道 烏杜夫 杜瓦克 阿洛 帕蘇拉 達利 哈尤 娃旦 "
    "沙力浪 撒韻 馬耀 巴鶴 吉娃斯 瑪雅 蘇飛 嘎照 阿道 莎韻 馬躍 比黛 烏吉"
)
_INDIG_LAST = _w(
    "諾幹 母路 谷幸 阿紀 達道 巴萬 瓦旦 尤命 比漾 哈勇 吉拉 勒巴克 卡造 帖木 拉罕 "
    "基瑪 法拉 古木 達印 沙布 伊斯瑪哈單 巴希"
)
_INDIG_SINGLE = ("伊苞", "撒可努", "巴代", "夏曼", "阿美", "麗依京", "娃利斯")
_INDIG_LAT_FIRST = _w(
    "Walis Panay Mayaw Lavaw Sakinu Tali Yapit Umav Pilin Yukan Kolas Apang Sayun Baki "
    "Lahok Iwan Calaw Namoh Akiyo Dakis"
)
_INDIG_LAT_LAST = _w(
    "Nokan Mulu Kumud Kusang Yalonglong Hayung Tali Valincinan Yabu Watan Foting Batu Silan "
    "Pasang Temu"
)

_VN_FAMILY = _w("Nguyen Tran Le Pham Hoang Vo Bui Dang Do Ngo Duong Huynh")
_VN_MIDDLE = ("Thi", "Van", "Thi Thu", "Thi Ngoc", "Thi Kim", "Van Minh", "Thi Thanh")
_VN_GIVEN = _w("Lan Hoa Mai Huong Hang Trang Nga Linh Hung Tuan Dung Phuong Thao Yen Nhung")
_ID_FIRST = _w("Siti Sri Dewi Nur Rina Wulan Eka Yuli Ani Tuti Endang Rini Susi Agus")
_ID_LAST = _w(
    "Aminah Rahayu Lestari Wahyuni Susanti Handayani Purwanti Fitriani Maryati Suryani "
    "Ningsih Setiawan"
)
_ID_SINGLE = ("Sumiati", "Suparmi", "Karsini", "Darsih", "Warsini", "Sutarmi")
_PH_FIRST = (
    "Maria",
    "Jocelyn",
    "Rowena",
    "Mary Joy",
    "Marites",
    "Analyn",
    "Jennifer",
    "Rosalie",
    "Mark Anthony",
    "Jonathan",
    "Lorna",
    "Cherry Ann",
    "Rhea",
    "Jessa",
)
_PH_LAST = (
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Dela Cruz",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Ramos",
    "Aquino",
    "Manalo",
    "Pascual",
)
_TH_FIRST = _w("Somchai Nattaya Kanya Prasert Siriporn Wanida Anong Somsak Malee Kittisak")
_TH_LAST = _w("Srisuk Boonmee Saetang Wongsa Chaiyaphum Kaewkla Thongdee Sukjai Phromma")

_VN_HAN_FAMILY = "阮陳黎范黃武裴鄧杜吳胡"
_VN_HAN_FEMALE = _w("秋香 玉蘭 翠鸞 紅絨 美蓮 清水 金鳳 玉梅 芳 蓮 蘭 雪 秋恆 碧玄 氏花 青竹")
_VN_HAN_MALE = _w("雄 南 勇 俊 明 德 孝 強 福")
_OTHER_HAN_FIRST = {
    "印尼": _w("西蒂 斯莉 黛薇 努兒 麗娜 烏蘭 艾卡 尤莉 安妮 蘇米亞蒂 卡西妮"),
    "菲律賓": _w("瑪莉亞 喬瑟琳 蘿維娜 瑪莉喬伊 安娜琳 珍妮佛 羅莎莉 蘿娜 雪莉安"),
    "泰國": _w("頌猜 娜塔雅 甘雅 帕瑟 西莉蓬 婉妮達 阿儂 頌薩 瑪莉"),
}
_OTHER_HAN_LAST = {
    "印尼": _w("阿米娜 拉哈尤 蕾絲塔莉 瓦尤妮 蘇珊蒂 韓達雅妮 菲特莉"),
    "菲律賓": _w("桑托斯 雷耶斯 克魯茲 包蒂斯塔 加西亞 門多薩 拉莫斯"),
    "泰國": _w("西蘇 汶米 塞當 翁薩 通迪 蘇齋"),
}

# ---------------------------------------------------------------------------------------------
# Places, organisations, products
# ---------------------------------------------------------------------------------------------

# city: (districts, lowest and highest 3-digit postcode)
_CITIES: dict[str, tuple[str, int, int]] = {
    "臺北市": ("大安區 信義區 中正區 萬華區 士林區 北投區 內湖區 文山區 松山區", 100, 116),
    "新北市": ("板橋區 三重區 中和區 新莊區 土城區 蘆洲區 汐止區 樹林區 淡水區 三峽區", 207, 253),
    "桃園市": ("桃園區 中壢區 平鎮區 八德區 楊梅區 龜山區 蘆竹區", 320, 338),
    "臺中市": ("北屯區 西屯區 南屯區 豐原區 大里區 太平區 沙鹿區 烏日區", 400, 439),
    "臺南市": ("東區 永康區 安南區 仁德區 新營區 歸仁區", 700, 745),
    "高雄市": ("三民區 鳳山區 左營區 苓雅區 前鎮區 楠梓區 岡山區 小港區", 800, 852),
    "基隆市": ("仁愛區 七堵區 安樂區", 200, 206),
    "新竹市": ("東區 北區 香山區", 300, 300),
    "新竹縣": ("竹北市 竹東鎮 湖口鄉 新豐鄉", 302, 315),
    "苗栗縣": ("苗栗市 頭份市 竹南鎮 苑裡鎮", 350, 369),
    "彰化縣": ("彰化市 員林市 和美鎮 鹿港鎮 溪湖鎮", 500, 530),
    "南投縣": ("南投市 草屯鎮 埔里鎮 竹山鎮", 540, 558),
    "雲林縣": ("斗六市 虎尾鎮 麥寮鄉 西螺鎮", 630, 655),
    "嘉義市": ("東區 西區", 600, 600),
    "嘉義縣": ("民雄鄉 太保市 朴子市 水上鄉", 602, 625),
    "屏東縣": ("屏東市 潮州鎮 東港鎮 內埔鄉", 900, 947),
    "宜蘭縣": ("宜蘭市 羅東鎮 礁溪鄉 五結鄉", 260, 272),
    "花蓮縣": ("花蓮市 吉安鄉 新城鄉 壽豐鄉", 970, 983),
    "臺東縣": ("臺東市 卑南鄉 太麻里鄉 成功鎮", 950, 966),
}
_ROADS = _w(
    "中山路 中正路 民生路 復興路 和平東路 忠孝東路 建國路 自由路 三民路 光復路 成功路 文化路 "
    "中華路 仁愛路 信義路 民族路 永安街 福德街 大同路 公園路 環河路 民權路 林森北路 中興路 "
    "新生路 博愛街 育英街 長春路 四維路 五福路 重慶南路 延平北路 臺灣大道 市府路 府前路 "
    "中港路 勝利街 和平街 忠義街 南京東路"
)
_VILLAGES = _w("中正 復興 福德 永安 和平 新生 光明 仁愛 忠孝 大同 興隆 長安 富貴 竹圍")
_CROSS_ROADS = _w("民權路 民族路 中山路 博愛路 建國路 光華街 自強路 大同路 和平路 南京東路")

_ORGS = (
    "伊甸社會福利基金會",
    "弘道老人福利基金會",
    "中華民國紅十字會",
    "臺灣世界展望會",
    "家扶基金會",
    "賽珍珠基金會",
    "南洋台灣姊妹會",
    "勵馨社會福利事業基金會",
    "孫運璿科技人文紀念館",
    "林本源園邸",
    "胡適紀念館",
    "周大觀文教基金會",
    "陳林社區發展協會",
    "黃金海岸社區發展協會",
    "王田里辦公處",
    "蔡家村社區關懷據點",
)
_COMPANIES = (
    "新光產物保險股份有限公司",
    "富邦產物保險股份有限公司",
    "國泰世紀產物保險股份有限公司",
    "和泰產物保險股份有限公司",
    "捷安特股份有限公司",
    "美利達工業股份有限公司",
    "台灣電力股份有限公司",
    "臺灣自來水股份有限公司",
    "永康醫療器材有限公司",
    "佳安醫療儀器行",
    "聯泰醫材股份有限公司",
    "康福輔具有限公司",
    "高鐵通運股份有限公司",
    "林鳳營乳品股份有限公司",
    "張記油飯有限公司",
    "李子園食品股份有限公司",
)
_HOSPITALS = (
    "臺大醫院",
    "林口長庚紀念醫院",
    "臺北榮民總醫院",
    "高雄醫學大學附設中和紀念醫院",
    "中國醫藥大學附設醫院",
    "成大醫院",
    "馬偕紀念醫院",
    "彰化基督教醫院",
    "亞東紀念醫院",
    "奇美醫院",
    "衛福部桃園醫院",
    "花蓮慈濟醫院",
    "羅東博愛醫院",
    "嘉義長庚紀念醫院",
)
_DIAGNOSES = (
    "慢性阻塞性肺病急性惡化",
    "社區型肺炎",
    "鬱血性心衰竭",
    "肺纖維化",
    "COVID-19肺炎後遺症",
    "缺血性腦中風",
    "吸入性肺炎",
    "氣喘急性發作",
    "肺癌術後",
)
_COURSES = (
    "書法",
    "太極拳",
    "智慧手機入門",
    "烏克麗麗",
    "卡拉OK歡唱",
    "樂齡桌遊",
    "石頭彩繪",
    "日語會話",
    "健康律動",
    "台語讀冊",
    "防詐騙講座",
    "園藝治療",
    "LINE與Google地圖應用",
    "國畫",
    "拼布",
    "客家八音",
)
_BIKES = (
    "捷安特 Escape 3",
    "美利達 Crossway",
    "Brompton 折疊車",
    "Tern Link C8",
    "Dahon 摺疊車",
    "淑女車",
    "Specialized 公路車",
    "電動輔助自行車",
    "登山車",
    "捷安特 FastRoad",
    "KHS 小折",
    "YouBike 以外之私人單車",
)
_STATIONS = (
    "大安分局和平東路派出所",
    "板橋分局後埔派出所",
    "第三分局西屯派出所",
    "三民第一分局鼎山派出所",
    "中壢分局興國派出所",
    "新莊分局頭前派出所",
    "永和分局秀朗派出所",
    "楠梓分局加昌派出所",
    "花蓮分局中華派出所",
    "竹北分局竹北派出所",
    "斗六分局公正派出所",
)
_OXY = (
    "Everflo 5L",
    "DeVilbiss 525",
    "Yuwell 9F-5",
    "OC-E80",
    "Inogen One G5",
    "佳新 5L 製氧機",
    "氧氣鋼瓶 D型",
    "氧氣鋼瓶 E型",
)
_LAWS = (
    "鄉鎮市調解條例第26條",
    "道路交通管理處罰條例第62條",
    "社會救助法第16條",
    "刑法第320條",
    "長期照顧服務法第11條",
    "道路交通安全規則第60條",
    "入出國及移民法第23條",
    "終身學習法第9條",
    "強制汽車責任保險法第27條",
    "老人福利法第27條",
    "身心障礙者權益保障法第71條",
    "鄉鎮市調解條例第27條",
    "全民健康保險法第51條",
    "新住民發展基金收支保管及運用辦法第4條",
)
_DOC_PREFIX = (
    "府授社助",
    "北市社助",
    "新北社救",
    "桃市交",
    "中市交調",
    "高市府社助",
    "府交調",
    "移署新",
    "北市教終",
    "衛部照",
    "府授民調",
    "北市警交",
    "新北警刑",
    "中市教終",
)
_PLACES_FIXED = (
    "捷運板橋站2號出口",
    "大佳河濱公園",
    "高美濕地停車場",
    "台74線快速道路",
    "東海大學側門",
    "家樂福前鎮店前",
    "淡水老街入口",
    "中壢火車站後站",
    "林口長庚醫院門口",
    "新莊棒球場旁",
    "黃昏市場旁巷口",
    "國道1號五股交流道下",
    "楊梅埔心交流道",
    "鹿港天后宮前",
    "美術館園道",
)
_NATS = ("越南", "印尼", "菲律賓", "泰國")
_EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "msa.hinet.net",
    "ms45.hinet.net",
    "icloud.com",
    "livemail.tw",
    "seed.net.tw",
)
_EMAIL_WORDS = (
    "lin",
    "chen",
    "wang",
    "huang",
    "chang",
    "lee",
    "wu",
    "liu",
    "tsai",
    "yang",
    "hsu",
    "cheng",
    "hsieh",
    "kuo",
    "hung",
    "tseng",
    "chiu",
    "liao",
    "lai",
    "chou",
    "meiling",
    "yating",
    "chihming",
    "junjie",
    "shufen",
    "weiting",
    "yuhsuan",
    "chiahao",
    "kuanyu",
    "mandy",
    "amy",
    "kevin",
    "jason",
    "apple",
    "sunny",
    "lan",
    "hoa",
    "siti",
    "dewi",
    "mary",
    "grandpa",
    "mama",
    "ahua",
    "xiaomei",
    "nguyen",
    "tran",
    "santos",
    "walis",
    "panay",
)

# ---------------------------------------------------------------------------------------------
# Documents: text plus spans, built from small templates
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None]  # (text, label or None)


def _split_top(body: str) -> list[str]:
    """Split ``a|b{~c|d}|e`` at the '|' that are not inside braces."""
    out, depth, cur = [], 0, []
    for ch in body:
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        depth += (ch == "{") - (ch == "}")
        cur.append(ch)
    out.append("".join(cur))
    return out


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


class _Doc:
    """A sample under construction. Templates hold ``{KIND}`` (a value; upper-case kinds are
    gold spans), ``{KIND#k}`` (the same value wherever ``#k`` recurs) and ``{~a|b|c}`` (one
    alternative, which may itself hold placeholders)."""

    def __init__(self, gen: _Gen) -> None:
        self.gen = gen
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.memo: dict[str, Piece] = {}
        self.nat: str | None = None
        self.minutes: int | None = None  # clock of a chat, so its times only move forward

    # -- low level
    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def emit(self, pieces: list[Piece]) -> None:
        for text, label in pieces:
            if label is None:
                self.add(text)
                continue
            start = self.pos
            self.add(text)
            self.spans.append((start, self.pos, label))
            if label == "PERSON":
                self.known.append(text in self.gen.known_set)

    # -- templates
    def render(self, tpl: str) -> list[Piece]:
        out: list[Piece] = []
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                out.append((tpl[i:], None))
                break
            if j > i:
                out.append((tpl[i:j], None))
            depth, k = 0, j
            while True:
                if tpl[k] == "{":
                    depth += 1
                elif tpl[k] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            inner = tpl[j + 1 : k]
            if inner.startswith("~"):
                out.extend(self.render(self.gen.rng.choice(_split_top(inner[1:]))))
            else:
                out.append(self.slot(inner))
            i = k + 1
        return out

    def fill(self, tpl: str) -> None:
        self.emit(self.render(tpl))

    def slot(self, inner: str) -> Piece:
        if inner in self.memo:
            return self.memo[inner]
        kind = inner.split("#", 1)[0]
        piece = self.gen.value(kind, self)
        if "#" in inner:
            self.memo[inner] = piece
        return piece

    def text(self) -> str:
        return "".join(self.parts)


class _Gen:
    """Seeded source of names and values."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 68)
        self.name_nat: dict[str, str] = {}
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        self.known: list[str] = []
        self._build_names()
        self.known_set = set(self.known)

    # -- names
    def _han(self) -> str:
        r = self.rng
        s = r.choice(_SURNAMES)
        x = r.random()
        if x < 0.45:
            return s + r.choice(_GIVEN)
        if x < 0.9:
            return s + r.choice(_GIVEN_A) + r.choice(_GIVEN_B)
        return s + r.choice(_GIVEN_ONE)

    def _compound(self) -> str:
        r = self.rng
        return r.choice(_COMPOUND) + (
            r.choice(_GIVEN) if r.random() < 0.6 else r.choice(_GIVEN_A) + r.choice(_GIVEN_B)
        )

    def _married(self) -> str:
        r = self.rng
        a, b = r.sample(_SURNAMES, 2)
        return a + b + r.choice(_GIVEN_FEMALE_OLD)

    def _indig_han(self) -> str:
        r = self.rng
        if r.random() < 0.12:
            return r.choice(_INDIG_SINGLE)
        dot = "‧" if r.random() < 0.7 else "·"
        name = r.choice(_INDIG_FIRST) + dot + r.choice(_INDIG_LAST)
        return name if len(name) <= 8 else r.choice(_INDIG_SINGLE)

    def _indig_lat(self) -> str:
        r = self.rng
        return r.choice(_INDIG_LAT_FIRST) + " " + r.choice(_INDIG_LAT_LAST)

    def _foreign_lat(self) -> str:
        r = self.rng
        nat = r.choice(_NATS)
        if nat == "越南":
            name = f"{r.choice(_VN_FAMILY)} {r.choice(_VN_MIDDLE)} {r.choice(_VN_GIVEN)}"
        elif nat == "印尼":
            name = (
                r.choice(_ID_SINGLE)
                if r.random() < 0.2
                else f"{r.choice(_ID_FIRST)} {r.choice(_ID_LAST)}"
            )
        elif nat == "菲律賓":
            name = f"{r.choice(_PH_FIRST)} {r.choice(_PH_LAST)}"
        else:
            name = f"{r.choice(_TH_FIRST)} {r.choice(_TH_LAST)}"
        if r.random() < 0.2:
            name = name.upper()
        self.name_nat.setdefault(name, nat)
        return name

    def _foreign_han(self) -> str:
        r = self.rng
        nat = r.choice(_NATS)
        if nat == "越南":
            if r.random() < 0.75:
                name = r.choice(_VN_HAN_FAMILY) + "氏" + r.choice(_VN_HAN_FEMALE)
            else:
                name = r.choice(_VN_HAN_FAMILY) + "文" + r.choice(_VN_HAN_MALE)
        else:
            first = r.choice(_OTHER_HAN_FIRST[nat])
            x = r.random()
            if x < 0.25:
                name = first
            else:
                dot = "‧" if x < 0.75 else "·"
                name = first + dot + r.choice(_OTHER_HAN_LAST[nat])
            if len(name) > 8:
                name = first
        self.name_nat.setdefault(name, nat)
        return name

    def _build_names(self) -> None:
        plan: tuple[tuple[str, Callable[[], str], int], ...] = (
            ("han", self._han, 420),
            ("compound", self._compound, 50),
            ("married", self._married, 70),
            ("indig_han", self._indig_han, 70),
            ("indig_lat", self._indig_lat, 50),
            ("foreign_han", self._foreign_han, 100),
            ("foreign_lat", self._foreign_lat, 120),
        )
        seen: set[str] = set()
        for cat, make, size in plan:
            names: list[str] = []
            tries = 0
            while len(names) < size and tries < size * 40:
                tries += 1
                name = make()
                if name not in seen:
                    seen.add(name)
                    names.append(name)
            self.rng.shuffle(names)
            a, b = int(len(names) * 0.4), int(len(names) * 0.8)
            self.pools[cat] = (names[:a], names[a:b])
            self.known.extend(names[:a] + names[b:])
        self.rng.shuffle(self.known)

    def person(self, cat: str, doc: _Doc) -> str:
        known, unknown = self.pools[cat]
        name = self.rng.choice(known if self.rng.random() < 0.5 else unknown)
        if cat.startswith("foreign"):
            doc.nat = self.name_nat.get(name, doc.nat)
        return name

    def person_any(self, doc: _Doc) -> str:
        x = self.rng.random()
        for cat, upto in (
            ("han", 0.66),
            ("compound", 0.71),
            ("married", 0.79),
            ("indig_han", 0.86),
            ("indig_lat", 0.89),
            ("foreign_han", 0.945),
        ):
            if x < upto:
                return self.person(cat, doc)
        return self.person("foreign_lat", doc)

    # -- small pieces
    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def letters(self, k: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(pool) for _ in range(k))

    def district(self) -> tuple[str, str]:
        city = self.rng.choice(list(_CITIES))
        return city, self.rng.choice(_CITIES[city][0].split())

    # -- personal values (gold spans)
    def national_id(self) -> str:
        letter = self.rng.choice(sorted(LETTER_CODES))
        body = self.rng.choice("12") + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        return value

    def resident_cert(self) -> str:
        letter = self.rng.choice(sorted(LETTER_CODES))
        if self.rng.random() < 0.7:
            body = self.rng.choice("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.rng.choice("ABCD")
            tail = self.digits(7)
            body = str(LETTER_CODES[second] % 10) + tail
            value = letter + second + tail + id_check_digit(letter, body)
        assert arc.is_valid(value)
        return value

    def mobile(self) -> str:
        r = self.rng
        d = "09" + self.digits(8)
        a, b, c = d[:4], d[4:7], d[7:]
        x = r.random()
        if x < 0.3:
            return f"{a}-{b}-{c}"
        if x < 0.55:
            return d
        if x < 0.65:
            return f"{a} {b} {c}"
        if x < 0.77:
            return f"{a}-{b}{c}"
        if x < 0.89:
            return f"+886-{d[1:4]}-{b}-{c}"
        return f"+886 {d[1:4]} {d[4:]}"

    def landline(self) -> str:
        r = self.rng
        area, size = r.choice(
            (("02", 8), ("02", 8), ("03", 7), ("037", 6), ("04", 7), ("04", 8), ("049", 7),
             ("05", 7), ("06", 7), ("07", 7), ("07", 7), ("08", 7), ("089", 6), ("082", 6))
        )  # fmt: skip
        local = r.choice("2345678") + self.digits(size - 1)
        x = r.random()
        if x < 0.35:
            return f"{area}-{local}"
        if x < 0.65:
            return f"({area}){local[:-4]}-{local[-4:]}"
        if x < 0.85:
            return f"{area}-{local[:-4]}-{local[-4:]}"
        return f"{area} {local}"

    def email(self) -> str:
        r = self.rng
        w = r.choice(_EMAIL_WORDS)
        x = r.random()
        if x < 0.35:
            local = w + self.digits(r.choice((2, 3, 4)))
        elif x < 0.6:
            local = w + r.choice("._") + r.choice(_EMAIL_WORDS)
        elif x < 0.8:
            local = r.choice(_EMAIL_WORDS) + w + self.digits(2)
        else:
            local = w + str(r.randint(1950, 2005))
        return f"{local}@{r.choice(_EMAIL_DOMAINS)}"

    def address(self) -> str:
        r = self.rng
        city, dist = self.district()
        lo, hi = _CITIES[city][1], _CITIES[city][2]
        out = ""
        if r.random() < 0.25:
            out += str(r.randint(lo, hi))
            if r.random() < 0.3:
                out += self.digits(2)
            if r.random() < 0.4:
                out += " "
        if city.startswith("臺") and r.random() < 0.4:
            city = "台" + city[1:]
        out += city + dist
        if r.random() < 0.2:
            out += r.choice(_VILLAGES) + ("村" if dist.endswith("鄉") else "里")
            if r.random() < 0.6:
                out += f"{r.randint(1, 24)}鄰"
        road = r.choice(_ROADS)
        out += road
        if road.endswith(("路", "大道")) and r.random() < 0.35:
            out += r.choice("一二三四五") + "段"
        if r.random() < 0.45:
            out += f"{r.randint(1, 400)}巷"
            if r.random() < 0.35:
                out += f"{r.randint(1, 40)}弄"
        out += str(r.randint(1, 300))
        if r.random() < 0.15:
            out += f"之{r.randint(1, 9)}"
        out += "號"
        x = r.random()
        if x < 0.35:
            out += f"{r.randint(2, 15)}樓"
            if r.random() < 0.3:
                out += f"之{r.randint(1, 6)}"
        elif x < 0.45:
            out += f"{r.randint(2, 15)}F"
        return out

    def nhi_card(self) -> str:
        d = "0000" + self.digits(8)
        x = self.rng.random()
        if x < 0.5:
            return d
        if x < 0.8:
            return f"{d[:4]}-{d[4:8]}-{d[8:]}"
        return f"{d[:4]} {d[4:8]} {d[8:]}"

    def passport(self, doc: _Doc) -> str:
        r = self.rng
        nat = doc.nat
        if nat == "越南":
            value = r.choice("CBN") + self.digits(7)
        elif nat == "印尼":
            value = r.choice("ABCX") + self.digits(7)
        elif nat == "菲律賓":
            value = (
                "P" + self.digits(7) + self.letters(1)
                if r.random() < 0.7
                else "EC" + self.digits(7)
            )
        elif nat == "泰國":
            value = r.choice(("AA", "AB", "AC")) + self.digits(7)
        else:
            value = "3" + self.digits(8)
        assert not twid.is_valid(value) and not arc.is_valid(value)
        return value

    def credit_card(self) -> str:
        r = self.rng
        prefix = r.choice(("4", "4", "51", "52", "53", "54", "55", "62"))
        if r.random() < 0.15:
            prefix = "35" + str(r.randint(28, 89))
        body = prefix + self.digits(15 - len(prefix))
        number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        x = r.random()
        if x < 0.45:
            value = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        elif x < 0.75:
            value = "-".join(number[i : i + 4] for i in range(0, 16, 4))
        else:
            value = number
        assert creditcard.is_valid(value)
        return value

    def birth_date(self, lo: int, hi: int, ad_share: float) -> str:
        r = self.rng
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        if r.random() < ad_share:
            return r.choice(
                (f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}",
                 f"{y}.{m}.{d}", f"{y}/{m}/{d}")
            )  # fmt: skip
        roc = y - 1911
        return r.choice(
            (f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"民國{roc}年{m:02d}月{d:02d}日",
             f"{roc:03d}/{m:02d}/{d:02d}", f"{roc}.{m}.{d}", f"民{roc}.{m:02d}.{d:02d}",
             f"{roc}/{m}/{d}")
        )  # fmt: skip

    # -- ordinary (non-personal) pieces
    def ordinary_date(self) -> str:
        r = self.rng
        y, m, d = r.choice((2023, 2024, 2024, 2025)), r.randint(1, 12), r.randint(1, 28)
        roc = y - 1911
        return r.choice(
            (f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}", f"{roc}.{m}.{d}", f"{y}/{m}/{d}",
             f"{y}-{m:02d}-{d:02d}", f"{m}/{d}", f"{m}月{d}日", f"{roc}年{m}月{d}日",
             f"{m}/{d}（{r.choice('一二三四五六日')}）")
        )  # fmt: skip

    def log_date(self) -> str:
        r = self.rng
        roc, m, d = r.choice((112, 113, 113, 114)), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{roc}{m:02d}{d:02d}", f"{roc}.{m:02d}.{d:02d}", f"{roc}/{m}/{d}"))

    def gov_date(self) -> str:
        r = self.rng
        return f"中華民國{r.choice((112, 113, 114))}年{r.randint(1, 12)}月{r.randint(1, 28)}日"

    def clock(self) -> str:
        r = self.rng
        h, mi = r.randint(8, 21), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return r.choice(
            (f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{'上午' if h < 12 else '下午'}"
             f"{h if h <= 12 else h - 12}點{mi}分", f"{h}時{mi}分", f"{h:02d}{mi:02d}")
        )  # fmt: skip

    def chat_time(self, doc: _Doc) -> str:
        r = self.rng
        if doc.minutes is None:
            doc.minutes = r.randint(7 * 60, 22 * 60)
        else:
            doc.minutes = min(doc.minutes + r.choice((0, 1, 1, 2, 3, 5, 12)), 23 * 60 + 59)
        return f"{doc.minutes // 60:02d}:{doc.minutes % 60:02d}"

    def fee(self) -> str:
        r = self.rng
        n = r.randint(18, 580) * 10
        return r.choice((f"{n}元", f"{n:,}元", f"NT${n:,}", f"新臺幣{n:,}元", f"${n}"))

    def amount(self) -> str:
        r = self.rng
        n = r.choice((r.randint(3, 60) * 500, r.randint(1, 30) * 10000, r.randint(120, 9999)))
        forms = [f"新臺幣{n:,}元", f"NT${n:,}", f"{n}元", f"{n:,}元", f"新台幣{n}元整"]
        if n % 10000 == 0:
            forms.append(f"{n // 10000}萬元")
        return r.choice(forms)

    def doc_number(self) -> str:
        r = self.rng
        return f"{r.choice(_DOC_PREFIX)}字第{r.choice((112, 113, 114))}{self.digits(7)}號"

    def ban_number(self) -> str:
        while True:
            value = self.digits(8)
            if ban.is_valid(value):
                return value

    def case_number(self) -> str:
        r = self.rng
        kind = r.choice(("民調", "調", "刑調", "民事調"))
        return f"{r.choice((112, 113, 114))}年度{kind}字第{r.randint(1, 999):03d}號"

    def place(self) -> str:
        r = self.rng
        x = r.random()
        if x < 0.4:
            a, b = r.sample(_CROSS_ROADS, 2)
            return f"{a}與{b}口"
        if x < 0.55:
            _, dist = self.district()
            return f"{dist}{r.choice(_ROADS)}{r.choice('一二三')}段附近"
        if x < 0.8:
            return r.choice(_PLACES_FIXED)
        spot = r.choice(("旁的7-11", "全家便利商店前", "加油站旁", "國小側門"))
        return f"{r.choice(_ROADS)}{spot}"

    def nat(self, doc: _Doc) -> str:
        if doc.nat is None:
            doc.nat = self.rng.choice(_NATS)
        return doc.nat

    def value(self, kind: str, doc: _Doc) -> Piece:
        r = self.rng
        person = {
            "P": lambda: self.person_any(doc),
            "PHAN": lambda: self.person("han", doc),
            "PELD": lambda: self.person(r.choice(("han", "han", "married", "compound")), doc),
            "PI": lambda: self.person(r.choice(("indig_han", "indig_han", "indig_lat")), doc),
            "PF": lambda: self.person(r.choice(("foreign_han", "foreign_lat")), doc),
            "PFL": lambda: self.person("foreign_lat", doc),
            "PFH": lambda: self.person("foreign_han", doc),
        }
        if kind in person:
            return person[kind](), "PERSON"
        labelled: dict[str, tuple[str, Callable[[], str]]] = {
            "ID": ("TW_NATIONAL_ID", self.national_id),
            "RC": ("TW_RESIDENT_CERT", self.resident_cert),
            "MOB": ("PHONE", self.mobile),
            "TEL": ("PHONE", self.landline),
            "PH": ("PHONE", lambda: self.mobile() if r.random() < 0.6 else self.landline()),
            "EM": ("EMAIL", self.email),
            "AD": ("ADDRESS", self.address),
            "NHI": ("TW_NHI_CARD", self.nhi_card),
            "PP": ("PASSPORT", lambda: self.passport(doc)),
            "CC": ("CREDIT_CARD", self.credit_card),
            "BD": ("BIRTH_DATE", lambda: self.birth_date(1940, 2006, 0.35)),
            "BDS": ("BIRTH_DATE", lambda: self.birth_date(1936, 1962, 0.2)),
            "BDF": ("BIRTH_DATE", lambda: self.birth_date(1972, 2003, 0.75)),
        }
        if kind in labelled:
            label, make = labelled[kind]
            text = make()
            if r.random() < _WIDE_SHARE:
                text = text.translate(_WIDE)
            return text, label
        plain: dict[str, Callable[[], str]] = {
            "date": self.ordinary_date,
            "ldate": self.log_date,
            "gdate": self.gov_date,
            "time": self.clock,
            "hm": lambda: self.chat_time(doc),
            "fee": self.fee,
            "amt": self.amount,
            "n": lambda: str(r.randint(2, 30)),
            "n2": lambda: str(r.randint(10, 99)),
            "n3": lambda: str(r.randint(100, 999)),
            "n6": lambda: f"{r.randint(1, 999999):06d}",
            "pct": lambda: f"{r.randint(30, 98)}.{r.randint(0, 9)}%",
            "year": lambda: str(r.choice((112, 113, 114))),
            "month": lambda: f"{r.randint(1, 12)}月",
            "docno": self.doc_number,
            "ban": self.ban_number,
            "caseno": self.case_number,
            "law": lambda: r.choice(_LAWS),
            "place": self.place,
            "org": lambda: r.choice(_ORGS),
            "company": lambda: r.choice(_COMPANIES),
            "hosp": lambda: r.choice(_HOSPITALS),
            "dx": lambda: r.choice(_DIAGNOSES),
            "course": lambda: r.choice(_COURSES),
            "dist": lambda: self.district()[1],
            "city": lambda: r.choice(list(_CITIES)),
            "road": lambda: r.choice(_ROADS),
            "bike": lambda: r.choice(_BIKES),
            "frame": lambda: self.letters(2) + self.digits(2) + self.letters(1) + self.digits(5),
            "plate": lambda: (
                f"{self.letters(3)}-{self.digits(4)}"
                if r.random() < 0.6
                else f"{self.digits(3)}-{self.letters(3)}"
            ),
            "station": lambda: r.choice(_STATIONS),
            "nat": lambda: self.nat(doc),
            "oxy": lambda: r.choice(_OXY),
            "elecno": lambda: "-".join(self.digits(k) for k in (2, 2, 4, 2, 1)),
            "waterno": lambda: "-".join(self.digits(k) for k in (1, 2, 6, 1)),
            "d3": lambda: r.choice("123456789") + self.digits(2),
            "d4": lambda: self.digits(4),
        }
        text = plain[kind]()
        if kind in ("date", "docno", "amt", "ldate", "fee") and r.random() < 0.04:
            text = text.translate(_WIDE)
        return text, None


# ---------------------------------------------------------------------------------------------
# Tables, rosters and lists
# ---------------------------------------------------------------------------------------------

Column = tuple[str, str]  # (header, template of one cell)


def _table(doc: _Doc, title: str, first: Column, others: tuple[Column, ...]) -> None:
    """A pasted table (tab, CSV, aligned spaces, pipes) or a numbered roster."""
    r = doc.gen.rng
    chosen = sorted(r.sample(range(len(others)), r.randint(2, min(4, len(others)))))
    cols = [first, *(others[i] for i in chosen)]
    rows = []
    for _ in range(r.randint(2, 4)):
        doc.nat = None
        rows.append([doc.render(tpl) for _, tpl in cols])
    if title:
        doc.fill(title)
        doc.add("\n")
    heads = ["".join(t for t, _ in doc.render(h)) for h, _ in cols]
    style = r.choice(("tab", "csv", "space", "pipe", "numbered", "numbered", "labelled"))
    if style in ("tab", "csv"):
        sep = "\t" if style == "tab" else ","
        lead = r.random() < 0.5
        doc.add(sep.join((["序號"] if lead else []) + heads) + "\n")
        for i, row in enumerate(rows, 1):
            if lead:
                doc.add(f"{i}{sep}")
            for j, cell in enumerate(row):
                if j:
                    doc.add(sep)
                doc.emit(cell)
            doc.add("\n")
    elif style == "space":
        texts = [["".join(t for t, _ in cell) for cell in row] for row in rows]
        widths = [
            max([_width(heads[j])] + [_width(t[j]) for t in texts]) + r.choice((2, 3, 4))
            for j in range(len(cols))
        ]
        doc.add(
            "".join(h + " " * (widths[j] - _width(h)) for j, h in enumerate(heads)).rstrip() + "\n"
        )
        for row, trow in zip(rows, texts, strict=True):
            for j, cell in enumerate(row):
                doc.emit(cell)
                if j < len(row) - 1:
                    doc.add(" " * (widths[j] - _width(trow[j])))
            doc.add("\n")
    elif style == "pipe":
        doc.add("| " + " | ".join(heads) + " |\n|" + "---|" * len(heads) + "\n")
        for row in rows:
            doc.add("| ")
            for j, cell in enumerate(row):
                if j:
                    doc.add(" | ")
                doc.emit(cell)
            doc.add(" |\n")
    else:
        mark = r.choice(("{}. ", "({}) ", "{}、", "{}) "))
        sep = r.choice(("，", "、", " / ", "　", "；"))
        for i, row in enumerate(rows, 1):
            doc.add(mark.format(i))
            for j, cell in enumerate(row):
                if j:
                    doc.add(sep)
                if style == "labelled" and j:
                    doc.add(heads[j] + "：")
                doc.emit(cell)
            doc.add("\n")


def _t(*lines: str) -> str:
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Genre 1: traffic-accident mediation records (車禍調解)
# ---------------------------------------------------------------------------------------------

_TRAFFIC_POS = (
    _t(
        "{dist}調解委員會調解筆錄（{caseno}）",
        "聲請人：{P#a}　{~男|女}　{BD}生",
        "身分證統一編號：{ID}",
        "住所：{AD}",
        "電話：{PH}",
        "相對人：{P#b}　住{AD}　電話{MOB}",
        "{~事實概要|爭議事由}：{date} {time}許，相對人駕駛{plate}號自用小客車"
        "行經{place}，與聲請人所騎機車發生碰撞，致聲請人"
        "{~左腳踝骨折|右手擦挫傷|頭部外傷|膝蓋撕裂傷}。",
        "調解成立內容：相對人願給付聲請人{amt}，於{date}前匯入聲請人{P#a}名下帳戶，"
        "聲請人其餘請求拋棄，雙方不再追究刑事責任。",
    ),
    "{ldate} {P}來電問{caseno}何時開會；已告知{date}下午，對造{P}之保險公司"
    "（{company}）理賠人員會到場。回電{MOB}",
    _t(
        "來電紀錄",
        "時間：{date} {time}",
        "來電者：{P#a}（{~當事人本人|當事人之子|當事人配偶|當事人之女}）",
        "電話：{PH}",
        "內容：{date}在{place}被{~轎車|小貨車|機車|計程車}擦撞，對方駕駛{P}"
        "不願負擔{~機車|電動自行車}修理費{amt}，欲聲請調解。已告知攜帶身分證、"
        "診斷證明書、{~估價單|修車收據}及{~道路交通事故初步分析研判表|現場圖}"
        "至公所{~3|2|4}樓調解會辦理。",
    ),
    _t(
        "{date}",
        "{hm}\t{P#a}\t委員您好 我是上禮拜車禍那個{P#a} 對方說月底才能匯錢",
        "{hm}\t{~調解會承辦|調解秘書}\t好的，請對方先在調解書上簽名，錢匯到您本人帳戶喔",
        "{hm}\t{P#a}\t收到 我手機換號碼了 新的是{MOB}",
    ),
    _t(
        "【車禍調解聲請書】",
        "姓名：{P}",
        "性別：{~男|女}",
        "出生年月日：{BD}",
        "身分證字號：{ID}",
        "戶籍地址：{AD}",
        "通訊地址：{~同戶籍|{AD}}",
        "手機：{MOB}",
        "E-mail：{EM}",
        "對造人：{P}",
        "事故日期：{date}",
        "事故地點：{place}",
        "請求金額：{amt}",
    ),
    "聲請人{PF#a}（{nat}籍，居留證號{RC}）於{date}騎乘{~電動自行車|機車}行經{place}，"
    "與{PHAN}駕駛之自小客車發生擦撞。因{PF#a}中文溝通有限，本次調解由"
    "{~通譯|移民署通譯人員}{PHAN}協助。{PF#a}聯絡方式：{MOB}{~，護照號碼{PP}|}。",
    _t(
        "From: {EM}",
        "Sent: {date} {time}",
        "To: 調解會承辦人",
        "Subject: RE: {caseno} 補件",
        "",
        "承辦人您好，",
        "附件是{P#a}的診斷證明書和{~機車|汽車}維修估價單，和解金{amt}請匯到{P#a}本人帳戶。",
        "有問題請打{MOB}，謝謝。",
        "",
        "{P#a} 敬上",
    ),
    _t(
        "承辦：您好，請問是{P#a}{~先生|小姐|女士}嗎？",
        "民眾：對，我是。",
        "承辦：您{date}那件車禍調解排在{date} {time}，對方{P}也會來，請帶身分證正本。"
        "跟您核對一下，身分證號是{ID}？",
        "民眾：對。啊我搬家了，新地址是{AD}。",
        "承辦：好，幫您更新。",
    ),
    "[理賠] claim no. {d4}{d4} / insured: {P} / 傷者: {P} ({BD}) / contact {MOB} / "
    "調解日 {date}，adjuster 會出席。",
    "{P}與{P}車禍乙案，{date}第{~一|二}次調解{~不成立|成立}；{~不成立原因：金額差距過大。|}"
    "聲請人現住{AD}，日後通知改寄新址。",
)
_TRAFFIC_TABLE = (
    "{~調解會議出席名單|當事人資料（{caseno}）}",
    ("{~姓名|當事人}", "{P}"),
    (
        ("身分別", "{~聲請人|相對人|關係人|保險公司代表}"),
        ("身分證字號", "{ID}"),
        ("電話", "{PH}"),
        ("出生日期", "{BD}"),
        ("住址", "{AD}"),
    ),
)
_TRAFFIC_NEG = (
    "依{law}規定，調解經法院核定後，當事人就該事件不得再行起訴、告訴或自訴。"
    "本所{year}年度受理車禍調解{n3}件，成立率{pct}。",
    _t(
        "{dist}公所　函",
        "發文日期：{gdate}",
        "發文字號：{docno}",
        "主旨：檢送本所{year}年度第{n}次調解委員會議紀錄乙份，請查照。",
        "說明：依{law}辦理。",
        "正本：{dist}調解委員會",
    ),
    "{ldate} A3類事故 {place}，雙方均已離開現場，無人受傷、車損輕微，"
    "警方未製作筆錄，不符聲請要件，本案不予受理。",
    "保險公司資料：{company}，統一編號{ban}，理賠專線0800-{d3}-{d3}。"
    "強制汽車責任保險每一人傷害醫療給付最高{amt}，失能給付最高{amt}。",
    "民眾陳情：{place}黃燈秒數過短，曾多次發生擦撞，請{~交通局|交工處}評估；"
    "另林蔭大道周邊違停嚴重，已函請轄區分局加強取締（{docno}）。",
    "調解委員會{year}年{month}排班：週一、週三上午及週五下午，地點{dist}公所{~3|4}樓"
    "調解室。車禍案件請先備妥初步分析研判表，並於開會前{n}日完成聲請；"
    "高架橋下事故須另附{~現場照片|行車紀錄器影像}。",
    "{caseno}調解不成立，依{law}發給調解不成立證明書，當事人得於{date}前"
    "向{~臺北|新北|臺中|高雄}地方法院起訴。",
)

# ---------------------------------------------------------------------------------------------
# Genre 2: household water and electricity hardship waivers (水電費減免)
# ---------------------------------------------------------------------------------------------

_UTILITY_POS = (
    _t(
        "{~低收入戶|中低收入戶}水電費減免申請表",
        "申請人：{PELD}　　出生年月日：{BD}",
        "身分證統一編號：{ID}",
        "用電地址：{AD}",
        "電號：{elecno}",
        "{~水號：{waterno}|自來水：未申請}",
        "聯絡電話：{PH}",
        "證明文號：{docno}",
    ),
    "{ldate} {PELD}（{~獨居長者|身障|低收}）臨櫃，{~台電|自來水公司}欠費{fee}"
    "已寄停{~電|水}通知，協助填減免申請並電聯{~台電服務所|營運所}暫緩。"
    "案主{MOB}，住{AD}。",
    _t(
        "{P#a}：社工你好 這個月電費單{fee} 我付不出來",
        "社工：{P#a}{~阿姨|阿伯|大哥|大姐}別擔心 減免要用您的身分證號跟電號 我幫您填",
        "{P#a}：{ID}",
        "{P#a}：電號我等下拍照傳給你 [照片]",
        "社工：收到～",
    ),
    _t(
        "寄件者：{EM}",
        "主旨：房客電費減免",
        "",
        "社工您好：",
        "房客{P}這個月起電費改信用卡代繳，卡號{CC}，持卡人是他女兒{P}。"
        "減免核定後麻煩回信通知，謝謝。",
        "房東 {P}",
    ),
    "來電：{P#a}之{~子|女|孫}{PHAN}，代{~母親|父親|祖母}詢問水費減免進度。"
    "核對{P#a}生日{BD}、身分證{ID}，表示{~上月|年初}已搬到{AD}，"
    "請更改通知書寄送地址。回電：{PH}。",
    "case #{n3} {P} – 電費減免 pending，缺戶口名簿影本 & 低收證明；contact {MOB} / {EM}；"
    "DOB {BD}。{~下週再追。|已請里長協助。}",
    _t(
        "主旨：核定{PELD}君{year}年度水電費減免，自{month}起生效。",
        "說明：",
        "一、依{law}辦理。",
        "二、申請人身分證統一編號{ID}，設籍{AD}，經審查符合{~中低收入戶|低收入戶}資格。",
        "三、副本抄送台灣電力股份有限公司{dist}服務所。",
    ),
    "{PELD} {~80|75|82|91}歲 獨居 {AD} 電費{fee} 水費{fee} → 已送減免（{ldate}），"
    "鄰居{P}代收通知 {TEL}",
    "{~里長|里幹事}轉介：{PI}一家{~五|六}口，用電地址{AD}，{~夏季電費暴增|水管漏水水費偏高}，"
    "請評估減免。聯絡人{PI}，手機{MOB}。",
)
_UTILITY_TABLE = (
    "{~本月核定名單|減免申請彙整表|{month}送件清冊}",
    ("{~姓名|戶長|申請人}", "{PELD}"),
    (
        ("身分證號", "{ID}"),
        ("電號", "{elecno}"),
        ("用電地址", "{AD}"),
        ("電話", "{PH}"),
        ("類別", "{~低收|中低收|身障}"),
        ("出生", "{BD}"),
    ),
)
_UTILITY_NEG = (
    "依社會救助法第16條及「低收入戶及中低收入戶水電費減免作業要點」，低收入戶每月"
    "用電{n3}度以內基本電費免收，由{company}（統一編號{ban}）配合辦理，"
    "本府{year}年度編列{amt}。",
    "電號{elecno}之用戶為{org}，屬團體用電，非個人戶，不適用本減免，已於{date}函復（{docno}）。",
    "{gdate}停水公告：{dist}{road}一帶因汰換管線，{date}上午9時至下午5時停水，"
    "石門淨水場同步檢修，請民眾提前儲水。",
    _t(
        "月份\t用電度數\t應繳金額\t減免金額",
        "{month}\t{n3}\t{fee}\t{fee}",
        "{month}\t{n3}\t{fee}\t{fee}",
        "{month}\t{n3}\t{fee}\t{fee}",
    ),
    "陳情案件{docno}：民眾反映{dist}路燈不亮、{road}積水，非屬水電費減免範圍，"
    "已移{~工務局|養護工程處}。許多里民詢問減免資格，請里辦公處協助周知。",
    "{year}年度水電費減免統計：核定{n3}戶，減免電費{amt}、水費{amt}；"
    "未核定主要原因為戶籍與用電地址不符（{pct}）。",
    "台電提醒：夏月電價{~6|7|8|9}月起實施，{~王田|黃厝|高厝|林厝}變電所{date}歲修，"
    "{dist}部分地區將短暫停電，詳情請撥1911。",
)

# ---------------------------------------------------------------------------------------------
# Genre 3: senior learning-centre enrolments (樂齡學習中心報名)
# ---------------------------------------------------------------------------------------------

_SENIOR_POS = (
    _t(
        "{dist}樂齡學習中心 {year}年{~春季|秋季}班報名表",
        "課程：{course}",
        "姓名：{PELD}",
        "出生日期：{BDS}",
        "電話：{PH}",
        "住址：{AD}",
        "緊急聯絡人：{P}（{~子|女|媳|孫|配偶}）{MOB}",
    ),
    _t(
        "{P#a}：老師好～我阿母{PELD#b}想報{course} 她{~七十幾歲了|不太會用手機}可以嗎",
        "志工：當然可以喔 麻煩給我阿嬤的生日跟家裡電話",
        "{P#a}：{BDS} 家裡{TEL}",
        "志工：好的，{PELD#b}阿嬤報名完成，第一堂{date} {time}",
    ),
    "{date} 新生{PELD}，{~退休國小老師|退休公務員|以前在市場賣菜|剛從南部搬來跟兒子住}，"
    "身分證{ID}，{~膝蓋退化|聽力較弱|視力不好}請安排前排；家屬{P}電話{MOB}。",
    _t(
        "Subject: 樂齡報名 {course}",
        "",
        "老師好，我幫{~爸爸|媽媽|公公|婆婆}{PELD}報名{course}，{~他|她}是{BDS}出生，住{AD}。",
        "聯絡我就好：{EM}，手機{MOB}。Thank you!",
    ),
    _t(
        "電話報名紀錄（{date}）",
        "{PELD#a}{~阿伯|阿姨|先生|女士}本人來電，要報{course}跟{course}。",
        "生日：{BDS}",
        "電話：{TEL}",
        "住：{AD}",
        "備註：{PELD#a}說孫女{PHAN}會載{~他|她}來。",
    ),
    "茲證明學員{PELD}（{BDS}生）於{year}年度參加本中心「{course}」課程，時數{n2}小時，特此證明。",
    "volunteer log {ldate}: {P} 到課，{P} absent（{~感冒|回診|去喝喜酒}），"
    "new member {PELD} signed up — tel {PH}。",
    "{~復興區|仁愛鄉|光復鄉|卑南鄉}部落樂齡班新學員：{PI}（{BDS}），"
    "由{~女兒|孫子}{PI}陪同報名，聯絡{MOB}。",
    _t(
        "姓名 {PELD}",
        "生日 {BDS}",
        "身分證 {ID}",
        "電話 {PH}",
        "想上的課 {course}、{course}",
        "怎麼知道本中心 {~里長廣播|朋友介紹|看到布條}",
    ),
)
_SENIOR_TABLE = (
    "{course}班 學員名冊",
    ("姓名", "{PELD}"),
    (
        ("性別", "{~男|女}"),
        ("生日", "{BDS}"),
        ("電話", "{PH}"),
        ("地址", "{AD}"),
        ("緊急聯絡人", "{P}"),
        ("身分證", "{ID}"),
    ),
)
_SENIOR_NEG = (
    "{dist}樂齡學習中心{year}年度{~春季|秋季}課程：{course}（週{~一|二|三}上午）、"
    "{course}（週{~四|五}下午），每班上限{n2}人，材料費{amt}。依教育部{docno}函辦理。",
    "本中心由{org}承辦，統一編號{ban}；{year}年度獲教育部補助{amt}，執行率{pct}。",
    "溫馨提醒：{date}因{~颱風|場地消毒|里民大會}停課一次，高齡友善講座改至{date}舉行。"
    "周邊停車不易，請多利用公車{n2}路。",
    "樂齡學習成果展{date}起於{~中正紀念堂|國父紀念館|中山堂|孫運璿科技人文紀念館}展出"
    "書法、石頭彩繪、葉拓作品共{n3}件，歡迎闔家參觀。",
    _t(
        "{gdate} {docno}",
        "主旨：函送{year}年度樂齡學習中心評鑑結果，貴中心列為{~優等|甲等}，請查照。",
        "說明：依{law}辦理；獎勵金{amt}請於{date}前檢據請款。",
    ),
    "課程回饋統計：{course}滿意度{pct}、{course}滿意度{pct}；許多長輩反映希望增開{course}，"
    "另有學員建議把{~陳|林|黃}家古厝導覽納入戶外教學。",
    _t(
        "課程\t時段\t教室\t人數",
        "{course}\t週{~一|二|三}上午\t{~A|B|C}{~1|2}\t{n2}",
        "{course}\t週{~四|五}下午\t{~A|B|C}{~1|2}\t{n2}",
    ),
)

# ---------------------------------------------------------------------------------------------
# Genre 4: hospital discharge and home-oxygen rentals (出院、居家氧氣租借)
# ---------------------------------------------------------------------------------------------

_OXYGEN_POS = (
    _t(
        "出院準備服務紀錄",
        "病人：{PELD}　{~男|女}",
        "出生日期：{BDS}　身分證號：{ID}",
        "健保卡號：{NHI}",
        "診斷：{dx}",
        "{~預計|}出院日期：{date}",
        "主要照顧者：{P}（{~配偶|長子|女兒|媳婦}）電話{MOB}",
        "居家地址：{AD}",
        "氧氣：{~建議出院後使用氧氣製造機|需租借氧氣鋼瓶}，流量{~1|2|3|4}L/min，已轉介{company}。",
    ),
    _t(
        "居家氧氣製造機租賃契約",
        "承租人：{P}　身分證字號：{ID}",
        "使用人：{PELD}（{~父|母|配偶|岳母}）",
        "裝機地址：{AD}",
        "機型：{oxy}　月租：{amt}",
        "付款方式：信用卡自動扣款　卡號：{CC}",
        "聯絡電話：{PH}",
    ),
    "外籍看護{PF#c}（護照{PP}）代為領取氧氣鋼瓶{~2|3}支，雇主{P}電話{MOB}。"
    "{PF#c}已完成氧氣使用及防火衛教。",
    "{time} 家屬{P#a}來電：阿公{PELD#b}{date}出院後晚上會喘，"
    "氧氣機{~一直嗶嗶叫|濃度顯示偏低|有燒焦味}，請廠商到府檢查。地址{AD}，回電{MOB}。"
    "{P#a}說下午都在家。",
    _t(
        "[{hm}] {P#a}：個管師你好 我爸{PELD#b}健保卡號{NHI} 生日{BDS}",
        "[{hm}] {P#a}：想申請長照的氧氣機租借補助",
        "[{hm}] 個管師：收到～要附醫師診斷證明書喔，我{date}去家訪",
    ),
    _t(
        "Hi 個管師,",
        "Patient: {PFL}",
        "DOB: {BDF}",
        "ARC: {RC}",
        "Passport: {PP}",
        "Discharge {date}，home O2 {~2|3}L/min，contact {EM} / {MOB}。Thanks",
    ),
    _t(
        "氧氣機回收單　{ldate}",
        "使用人{PELD}已於{date}{~過世|轉入護理之家|病情好轉不需使用}，"
        "家屬{P}同意回收{oxy}，押金{amt}退至原信用卡{CC}。",
    ),
    "{~7A|8B|5W|12東}病房 {PELD} {~82|76|90}y/o {dx} 明日D/C，家屬{P} {PH}，"
    "居家O2已聯絡廠商，住{AD}。",
    "{hosp}轉介單：{PELD}，{BDS}生，健保卡{NHI}，{dx}出院，需居家氧氣；"
    "配偶{PELD}行動不便，由{~長子|次女}{P}（{MOB}）負責聯絡。",
)
_OXYGEN_TABLE = (
    "{~居家氧氣租借名冊|本週出院個案|{hosp}出院準備轉介清單}",
    ("姓名", "{PELD}"),
    (
        ("出生日期", "{BD}"),
        ("身分證", "{ID}"),
        ("健保卡號", "{NHI}"),
        ("電話", "{PH}"),
        ("機型", "{oxy}"),
        ("地址", "{AD}"),
    ),
)
_OXYGEN_NEG = (
    "{hosp}出院準備服務流程：一、病人入院{n2}小時內完成篩選；二、由個管師評估；"
    "三、轉介長期照顧管理中心。依{law}辦理。",
    "氧氣製造機{oxy}，製造商{company}（統一編號{ban}），衛部醫器製字第{n6}號；"
    "月租{amt}，押金{amt}，到府安裝免費。",
    "{date}庫存：氧氣鋼瓶D型{n}支、E型{n}支，氧氣製造機{n}台，高流量鼻導管{n2}組。"
    "林口、桃園兩區配送車於{time}出車。",
    "健保署公告：居家氧氣治療給付條件依全民健康保險醫療服務給付項目及支付標準辦理，"
    "{year}年起每月上限{amt}。葉克膜及呼吸器依其他規定。",
    "衛教單：使用氧氣時嚴禁煙火，機器離牆{n2}公分以上；濕化瓶每{n}日清洗；"
    "如停電請改用鋼瓶並撥打{~119|0800-{d3}-{d3}}。",
    _t(
        "{gdate} {docno}",
        "主旨：{year}年度長照輔具租賃補助，氧氣製造機每月補助{amt}，"
        "請各{~醫院|特約廠商}依規定申報。",
    ),
    "{hosp}{~胸腔內科|出院準備小組}{month}統計：出院個案{n3}人，需居家氧氣{n2}人，"
    "轉介{company}{n2}件、其他廠商{n}件。",
)

# ---------------------------------------------------------------------------------------------
# Genre 5: stolen-bicycle recoveries (自行車尋回)
# ---------------------------------------------------------------------------------------------

_BIKE_POS = (
    _t(
        "{station}　自行車尋回通知",
        "失主：{P}　電話：{PH}",
        "身分證字號：{ID}",
        "車種：{bike}　車身號碼：{frame}",
        "尋獲地點：{place}",
        "尋獲日期：{date}",
        "請失主攜帶身分證及購車證明至本所認領。",
    ),
    "{ldate} 報案人{P}之{bike}（{~黑|白|灰|紅|藍}色）於{place}尋獲，已電話通知（{MOB}），"
    "本人表示{~明日|週末|下班後}來領。",
    _t(
        "{P#a}：警察先生你好，請問我的車找到了嗎？是{bike}",
        "{~派出所|值班警員}：您好，請提供報案人姓名與手機",
        "{P#a}：{P#a}，{MOB}",
        "{~派出所|值班警員}：查到了，{date}在{place}尋獲，請帶身分證來領。",
    ),
    "Owner: {PFL} (student, ARC {RC}), bike: {bike}, found at {place} on {date}. "
    "Tel {MOB}, email {EM}. 已通知本人，{~未|已}領回。",
    _t(
        "寄件者：{EM}",
        "主旨：我的自行車（車身號碼{frame}）",
        "",
        "您好，我是{P}，{date}在{place}被偷的{bike}，看到公告好像有尋獲，請問可以去領嗎？",
        "我的電話{PH}，地址{AD}。謝謝！",
    ),
    "{time} 電話通知失主{P#a}：{~其|她|他}的{bike}已尋獲。{P#a}表示目前在外地，"
    "委託{~弟弟|女兒|同事}{P}代領，已告知需帶雙方身分證影本及委託書。{P#a}身分證{ID}。",
    _t(
        "認領切結書",
        "本人{P}（身分證統一編號：{ID}，出生年月日：{BD}）確為下列自行車之所有人：",
        "{bike}，車身號碼{frame}，{date}認領無誤。",
        "住址：{AD}",
        "電話：{PH}",
    ),
    "{ldate} 失車尋回：{~{PI}|{PF}}（{MOB}）{bike}，{place}，待領。",
    "巡邏發現{place}有{bike}上鎖棄置逾{n}日，比對E化平台為{P}於{date}報失之車輛，"
    "已聯繫本人{PH}，{~約定|預計}{date}領回。",
)
_BIKE_TABLE = (
    "{~{month}尋回自行車清冊|待領自行車一覽|{station}尋獲車輛}",
    ("{~車主|報案人|失主}", "{P}"),
    (
        ("車種", "{bike}"),
        ("車身號碼", "{frame}"),
        ("電話", "{PH}"),
        ("尋獲地點", "{place}"),
        ("身分證", "{ID}"),
    ),
)
_BIKE_NEG = (
    "{year}年{~第一|第二|第三}季自行車失竊統計：{dist}受理{n2}件，尋回{n2}件，"
    "尋回率{pct}；熱點為{place}及{place}。",
    "無主自行車公告：{place}停放之{bike}（車身號碼{frame}）等{n2}輛，"
    "公告{n}日後無人認領，依民法第807條規定辦理拍賣。",
    "自行車防竊烙碼活動{date}於{place}舉行，由{org}協辦，現場提供免費烙碼及車鎖（{company}贊助）。",
    "竊盜罪依刑法第320條處五年以下有期徒刑、拘役或{amt}以下罰金。{station}提醒："
    "停車請上雙鎖，林蔭步道、高架橋下等處為失竊熱點。",
    _t(
        "{gdate} {docno}",
        "主旨：函轉{year}年度自行車失竊防制宣導計畫，請轉知轄區里辦公處。",
        "說明：依{law}及本局{docno}函辦理。",
    ),
    "失竊車輛特徵：{bike}，{~黑|銀|白}色，車身號碼{frame}，"
    "{~前輪變形|後座加裝籃子|把手貼有卡通貼紙}；{date}於{place}尋獲，"
    "目前由{station}保管，尚未確認車主。",
    "{station}{month}勤務：自行車竊案{n}件、尋回{n}件，{~江翠|石牌|黃金}河濱自行車道"
    "加強巡邏，{~曾|何}時段另案說明。",
)

# ---------------------------------------------------------------------------------------------
# Genre 6: new-resident (新住民) driver's licence and language-class records
# ---------------------------------------------------------------------------------------------

_RESIDENT_POS = (
    _t(
        "新住民機車駕照考照輔導班報名表",
        "姓名：{PF}",
        "國籍：{nat}",
        "居留證號：{RC}",
        "護照號碼：{PP}",
        "出生日期：{BDF}",
        "手機：{MOB}",
        "住址：{AD}",
        "配偶：{PHAN}",
    ),
    _t(
        "{PF#a}：老師好 我是{PF#a} 明天考筆試要帶什麼",
        "老師：居留證正本、體檢表、2吋照片2張喔",
        "{PF#a}：好 我的居留證號{RC} 對嗎",
        "老師：對～加油！",
    ),
    "{ldate} {PF}（{nat}）通過{~機車|汽車}路考，配偶{PHAN}陪同；下期華語班{~已報名|考慮中}。"
    "聯絡{MOB}。",
    _t(
        "Dear teacher,",
        "My name is {PFL#a}. I want to join the Chinese class on {date}. "
        "My phone is {MOB} and my ARC number is {RC}. I live at {AD}.",
        "Thank you,",
        "{PFL#a}",
    ),
    _t(
        "主旨：核發{PF}君（{nat}籍，統一證號{RC}）普通重型機車駕駛執照乙案，復請查照。",
        "說明：",
        "一、復貴會{gdate}{docno}函。",
        "二、該員出生日期{BDF}，已於{date}完成筆試及路考。",
    ),
    _t(
        "來電者：{PHAN}（{PF#w}的{~先生|丈夫|婆婆}）",
        "事由：{PF#w}想報名{date}開課的華語班{~初級|中級}，但{~晚上要顧小孩|白天要上班}，"
        "問有沒有週末班。",
        "電話：{PH}",
        "處理：已登記候補，{PF#w}居留證號{RC}。",
    ),
    "language class 出席：{PF}、{PF}、{PF} absent；{PF} 換新居留證 new no. {RC}，tel {MOB}。",
    _t(
        "{PF#a}你好，{date}的機車考試改到{time}喔",
        "ok 謝謝老師 我的新電話{MOB}",
        "收到，{PF#a}的居留證{~快|下個月}到期了，記得先去{~移民署|服務站}延期",
    ),
    "{~移民署|服務站}轉介：{PF}，{nat}籍，{BDF}生，{~初級華語|中級華語|機車筆試}需求，"
    "護照{PP}，住{AD}，由{~社工|通譯}{PHAN}協助。",
)
_RESIDENT_TABLE = (
    "{~華語班第{n}期學員名單|機車考照班名冊|新住民學員通訊錄}",
    ("{~姓名|學員|Name}", "{PF}"),
    (
        ("國籍", "{nat}"),
        ("居留證號", "{RC}"),
        ("護照號碼", "{PP}"),
        ("出生日期", "{BDF}"),
        ("手機", "{MOB}"),
        ("住址", "{AD}"),
    ),
)
_RESIDENT_NEG = (
    "{year}年新住民華語班開課：{dist}{~新住民家庭服務中心|社區大學|國小夜間部}，"
    "每週{~二|四}晚上7點，免費並提供臨時托育。經費來源：新住民發展基金（{docno}）。",
    "外籍人士考領駕照須持有效居留證，且居留期間須在{n}個月以上；筆試題庫提供越南文、"
    "印尼文、泰文、英文及柬埔寨文版本，依道路交通安全規則第{n2}條辦理。",
    _t(
        "{gdate} {docno}",
        "主旨：檢送{year}年度新住民機車考照輔導班成果報告，計結訓{n2}人，及格率{pct}，請查照。",
    ),
    "新住民火炬計畫{date}於{place}舉辦多元文化嘉年華，邀請{org}設攤，"
    "現場有越南河粉、印尼沙嗲、泰式奶茶等美食。",
    "駕訓補助：每人最高補助{amt}，由{company}（統一編號{ban}）承辦，名額{n2}名，額滿為止。",
    "通譯人才資料庫更新：越南語{n2}人、印尼語{n2}人、泰語{n}人、他加祿語{n}人；"
    "{~高雄|林口|宜蘭}地區仍缺柬埔寨語通譯。",
    _t(
        "國籍,報名人數,結訓人數,及格率",
        "越南,{n2},{n2},{pct}",
        "印尼,{n2},{n2},{pct}",
        "菲律賓,{n},{n},{pct}",
        "泰國,{n},{n},{pct}",
    ),
)

# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------

Table = tuple[str, Column, tuple[Column, ...]]
_GENRES: dict[str, tuple[tuple[str, ...], Table, tuple[str, ...]]] = {
    "traffic": (_TRAFFIC_POS, _TRAFFIC_TABLE, _TRAFFIC_NEG),
    "utility": (_UTILITY_POS, _UTILITY_TABLE, _UTILITY_NEG),
    "senior": (_SENIOR_POS, _SENIOR_TABLE, _SENIOR_NEG),
    "oxygen": (_OXYGEN_POS, _OXYGEN_TABLE, _OXYGEN_NEG),
    "bike": (_BIKE_POS, _BIKE_TABLE, _BIKE_NEG),
    "resident": (_RESIDENT_POS, _RESIDENT_TABLE, _RESIDENT_NEG),
}
_NEGATIVE_SHARE = 0.25


def generate_heldout68(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    gen = _Gen(seed)
    r = gen.rng
    samples: list[Sample] = []
    for _ in range(n):
        positives, table, negatives = _GENRES[r.choice(sorted(_GENRES))]
        negative = r.random() < _NEGATIVE_SHARE
        while True:
            doc = _Doc(gen)
            if negative:
                doc.fill(r.choice(negatives))
                assert not doc.spans
                break
            pick = r.randrange(len(positives) + 2)
            if pick >= len(positives):
                _table(doc, *table)
            else:
                doc.fill(positives[pick])
            if doc.spans:
                break
        samples.append(
            Sample(
                text=doc.text().rstrip("\n"),
                spans=doc.spans,
                hard_negative=negative,
                known_person=doc.known,
            )
        )
    return samples, list(gen.known)
