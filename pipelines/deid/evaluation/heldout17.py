"""Held-out set 17: synthetic Taiwanese agency free text with labelled personal data.

Written without sight of the scanner, so that a first measurement on it is a held-out figure.
Six genres of Traditional Chinese working text (long-term care case notes, public-housing
lottery and tenancy records, labour-dispute mediation minutes, agricultural disaster-subsidy
applications, school counselling referrals, water and power repair tickets), each in several
registers: 公文-style minutes, quick logs, transcribed speech, pasted forms, tables and lists.

About a quarter of the samples are hard negatives: document and case numbers, companies'
統一編號, statute articles, amounts, meeting dates, place, shop and product names, and words
that begin with a surname character, with no private person in them.

All values are generated: the identifiers carry valid checksums (twid, arc, Luhn) and the
phone numbers pass ``identifiers.phone``; no value belongs to a real person on purpose.
"""

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_mod
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _words(s: str, sep: str | None = None) -> list[str]:
    return s.split(sep)


# --------------------------------------------------------------------------------------------
# Name material (written for this set)
# --------------------------------------------------------------------------------------------

_COMMON_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱"
    "鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴"
)
_OTHER_SURNAMES = (
    "范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸"
    "夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀"
    "賈莫文管關向包丘梅華利裴樊房全佘左花苗易練商柴鮑岳喬祝谷甯冉卜滕鄞隋蒲應單郝查常蘭符鄔聶"
    "覃宮路艾晏車穆牛"
)
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 司徒 諸葛 范姜 上官 東方 西門 皇甫 公孫 夏侯 司馬 端木 張廖 周黃 劉張 簡張"
)

_GIVEN_F = _words(
    "怡君 雅婷 淑芬 美玲 淑惠 美惠 麗華 秀英 玉蘭 秀琴 淑貞 佩君 欣怡 雅雯 家瑜 詩涵 宜蓁 筱涵 "
    "子晴 品妍 芷若 語彤 思妤 宥蓁 沛晴 羽彤 心怡 佳穎 郁婷 靜宜 惠如 玉梅 秀鳳 月娥 美華 麗卿 "
    "素珍 碧霞 秀蓮 寶珠 金蓮 玉霞 春美 淑娟 曉萍 慧玲 佩珊 婉婷 瑋婷 雅琪 依婷 佳蓉 筱婷 怡萱 "
    "詠晴 芯瑜 恩綺 語晨 巧玲 亭妤 書瑜 昱彤 韻如 雅惠 宛儒 若瑜 翊涵 姿吟 明珠 翠玉 美雲 月琴 "
    "素娥 麗珠 綉鳳 雪芬 淑華 鳳嬌 玉珍 秋菊 彩雲 秀玉 惠美 郁芬 怡伶 靜怡 馨儀 瑞芳 琬婷 家綺 "
    "佩蓉 曉雯 雅筑 品萱 思穎 玟君 欣妤 芳瑜 怡安 淑萍 美君 秀珠 碧雲 春嬌 玉鳳 麗雪"
)
_GIVEN_M = _words(
    "志明 俊傑 家豪 建宏 志豪 冠宇 承恩 宥廷 品睿 柏翰 宇軒 子傑 彥廷 明哲 文雄 金水 清泉 添丁 "
    "進財 榮華 正雄 國華 建國 永福 天賜 坤山 火旺 振興 俊宏 偉倫 信宏 宗翰 孟儒 昱廷 睿恩 承翰 "
    "博宇 家銘 志偉 俊賢 文彬 建志 國榮 耀東 世昌 明德 春生 水生 添福 旺來 德福 勝雄 國棟 志強 "
    "冠廷 宏達 柏宇 哲瑋 宇翔 致遠 政勳 俊毅 品翰 宥勝 育誠 昭宏 信良 健民 清山 錦堂 萬得 福來 "
    "順興 金龍 瑞祥 彥宏 紹庭 定國 冠霖 煒翔 景翔 家齊 子翔 浩宇 宸睿 恩碩 奕辰 沐恩 宥辰 禹安 "
    "仲凱 明輝 建良 文龍 俊男 嘉宏 士傑 昌明 啟明 永昌"
)
_GIVEN_ELDER_F = _words(
    "罔市 罔腰 招弟 金枝 阿滿 秀英 玉蘭 月娥 寶珠 金蓮 素娥 秀鳳 麗珠 綉鳳 鳳嬌 秋菊 彩雲 幸子 "
    "春美 玉霞 碧霞 阿勉 阿嬌 金葉 玉枝 銀妹 阿桃 秀枝 梅英 春桃 錦雲 淑女 對 嫌 好 玉"
)
_GIVEN_ELDER_M = _words(
    "清泉 添丁 金水 進財 火旺 坤山 阿土 水木 榮華 天賜 旺來 德福 錦堂 萬得 福來 順興 阿成 文雄 "
    "正雄 勝雄 阿海 金生 石頭 炎山 朝宗 登科 義雄 春福"
)
_GIVEN_CHILD = _words(
    "宥辰 品妍 芯妤 睿恩 語宸 詠晴 恩熙 沐恩 宸睿 恩碩 奕辰 禹安 子晴 芷若 語彤 思妤 宥蓁 沛晴 "
    "羽彤 昱彤 亭妤 書瑜 翊涵 宥廷 品睿 柏翰 宇軒 承恩 冠廷 浩宇 家齊 子翔 宥勝 品翰 苡安 以晴 "
    "允歆 采潔 芊妤 晏汝 彥希 睿宸 梓晴 稟睿 少謙 祐丞 紘睿 芮彤 妍希 玥彤 宇恩 昕妤"
)
_GIVEN_FIRST = (
    "志俊家建冠承宥品柏宇子彥明文國永正信宗孟昱博世嘉美淑怡雅佳欣詩宜筱"
    "思郁靜惠秀玉麗月素碧婉佩依曉慧芷語沛心詠芯恩亭書韻若翊姿瑞琬凱彤昕"
)
_GIVEN_SECOND = (
    "明傑豪宏宇恩廷睿翰軒哲雄華國福龍安辰誠達翔勳霖婷君芬"
    "玲惠英蘭琴貞雯瑜涵蓁晴妍妤穎如梅鳳娟萍珊琪萱綺儀慧芳"
)
_GIVEN_ONE = (
    "偉強傑豪翔凱勳瑋昀萱婷琪潔蓉茜嵐芸薇寧彤恩睿哲毅澄晴"
    "安妤綺晟崴穎霖雯菁怡蘭華忠義勇誠正明亮靜慧欣玲珍鳳娟"
)

_IND_HAN_GIVEN = _words(
    "瓦歷斯 比令 尤命 巴奈 拉娃 馬耀 伊拜 烏瑪芙 撒韵 達努 拉虎 古拉斯 吉娃斯 哈勇 阿洛 蘇蘭 "
    "達利 沙力浪 瑪拉斯 伊萬 尤瑪 巴度 拉罕 瓦旦 帕蓋 阿勒 娜麥 阿芙 里佛克 嘎照 希佛"
)
_IND_HAN_FAMILY = _words(
    "諾幹 尤幹 瓦旦 比浩 谷木 庫穗 達道 拉外 撒可努 達海 卡造 吉宏 巴萬 巴干 拉飛 帖木 阿給 "
    "卜袞 尤道 塔納 卡勒盛 瓦濟 尼卡兒 塔納匹瑪 莫那 魯道 撒布"
)
_IND_ROM_GIVEN = _words(
    "Walis Pilin Yuming Panay Lawa Mayaw Ipay Umav Sayun Tanu Lahu Kolas Ciwas Hayung Alo Sulan "
    "Tali Salizan Malas Iwan Yuma Amoy Batu Rahan Watan Pakay Along Namay Afo Lifok Kacaw Sifo"
)
_IND_ROM_FAMILY = _words(
    "Nokan Yukan Watan Pihaw Kumud Kusui Tadaw Lawai Sakinu Tahai Kacaw Kihon Pawan Pakan Lafi "
    "Temu Akiy Pukun Yutaw Tana Kalesing Vaji Nikar Tanapima Mona Rudaw Sapud"
)

_VN_HAN_SURNAMES = "阮陳黎范黃潘武吳鄧裴杜胡丁"
_VN_HAN_GIVEN_F = _words(
    "芳 蘭 秋香 玉英 草 翠 河 香 梅 花 雪 鸞 紅 恆 秋 月 幸 鳳 碧 清 玉蓮 金鳳"
)
_VN_HAN_GIVEN_M = _words("雄 勇 俊 明 海 德 雲 山 龍 強 輝 文進 光榮 成功")
_VN_LAT = {
    "sur": _words("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong"),
    "sur_d": _words("Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô Dương"),
    "f": _words("Lan Huong Mai Hoa Tuyet Thu Trang Linh Thao Nga Hanh Phuong Yen Nhung"),
    "f_d": _words("Lan Hương Mai Hoa Tuyết Thu Trang Linh Thảo Nga Hạnh Phương Yến Nhung"),
    "m": _words("Hung Dung Tuan Nam Hai Duc Long Quang Thanh Son Khoa"),
    "m_d": _words("Hùng Dũng Tuấn Nam Hải Đức Long Quang Thanh Sơn Khoa"),
}
_ID_LAT_GIVEN = _words(
    "Siti Sri Dewi Nur Rina Eka Yuli Tri Dian Ratna Endang Ani Lilis Wati Fitri Budi Agus Ahmad "
    "Muhammad Rudi Joko Hendra Yuliana Nurul Indah"
)
_ID_LAT_FAMILY = _words(
    "Aminah Wahyuni Lestari Hidayah Marlina Putri Astuti Wulandari Purnamasari Sari Susilowati "
    "Rahmawati Suryani Santoso Setiawan Fauzi Rizki Kurniawan Hartono Saputra Handayani Nurjanah "
    "Rohmah Sulastri"
)
_ID_LAT_SINGLE = _words("Suparmi Sumiati Sulastri Karsinah Tarwiyah Suwarni Warsini Painem Rusmini")
_ID_HAN_GIVEN = _words(
    "西蒂 絲莉 黛薇 努兒 麗娜 伊卡 尤莉 蒂妮 迪安 拉特娜 "
    "恩丹 安妮 莉莉絲 瓦蒂 布迪 阿古斯 阿瑪德 魯迪 佐科"
)
_ID_HAN_FAMILY = _words(
    "阿米娜 瓦胡尤妮 萊斯塔里 希達亞 瑪琳娜 普特莉 阿絲圖蒂 蘇珊托 塞蒂亞萬 法烏奇 哈托諾 莎普特拉"
)
_ID_HAN_SINGLE = _words("蘇帕米 蘇米亞蒂 蘇拉絲蒂 卡西娜 蘇瓦妮 娃西妮")
_PH_LAT_GIVEN = _words(
    "Maria Cristina|Jocelyn|Mary Joy|Rowena|Mark Anthony|John Paul|Jennifer|Rodel|Analyn|Lorna|"
    "Marites|Ricardo|Jonalyn|Rhea|Girlie|Arnel|Jerome|Cherry Ann|Lovely|Joel|Aileen|Rommel",
    sep="|",
)
_PH_LAT_FAMILY = _words(
    "Santos|Dela Cruz|Reyes|Bautista|Garcia|Mendoza|Aquino|Villanueva|Ramos|Castillo|Flores|"
    "Gonzales|Ocampo|Navarro|Tolentino|Mercado|Pascual|Soriano|Manalo|Dizon|De Guzman",
    sep="|",
)
_PH_HAN_GIVEN = _words(
    "瑪莉亞 喬瑟琳 瑪莉喬伊 羅維娜 馬克 約翰保羅 珍妮佛 羅德爾 安娜琳 洛娜 瑪莉特斯 里卡多 艾琳"
)
_PH_HAN_FAMILY = _words(
    "桑托斯 德拉克魯茲 雷耶斯 包蒂斯塔 加西亞 門多薩 阿基諾 維拉紐瓦 拉莫斯 卡斯蒂略 弗洛雷斯"
)
_TH_LAT_GIVEN = _words(
    "Somchai Somsak Anan Prasert Wichai Malee Suda Nattapong Kittisak Sompong Pranee Siriporn "
    "Chaiwat Thanawat Apinya Kanya Supachai"
)
_TH_LAT_FAMILY = _words(
    "Saetang Boonmee Srisuk Chaiyaphum Thongdee Suksawat Kaewmanee Wongsa Jaidee Phromma "
    "Sukprasert Inthasan"
)
_TH_HAN_GIVEN = _words("宋猜 頌沙 阿南 巴色 威差 瑪莉 蘇妲 納塔蓬 吉迪薩 頌蓬 巴妮 詩莉蓬 猜瓦")
_TH_HAN_FAMILY = _words("賽唐 汶米 詩素 差耶蓬 通迪 素沙瓦 蓋瑪妮 翁沙 再迪 蓬瑪")

_NATIONALITY = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}

# Romanisation syllables for e-mail local parts.
_ROM = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao lai "
    "chou yu ting wei ming chun hui mei ling hao jie yi hsin ya chia wen kai yen chih tzu pei shu "
    "fang hua jun yun an ning hsuan chieh tung"
)
_MAIL_DOMAINS = (
    ["gmail.com"] * 6
    + ["yahoo.com.tw"] * 3
    + ["hotmail.com", "outlook.com", "msa.hinet.net", "ms15.hinet.net", "pchome.com.tw"]
    + ["icloud.com", "kimo.com", "seed.net.tw", "livemail.tw"]
)

# --------------------------------------------------------------------------------------------
# Address material: county, then district + 3-digit postal code
# --------------------------------------------------------------------------------------------

_DISTRICTS_TEXT = """
臺北市 大安區106 中正區100 信義區110 士林區111 北投區112 內湖區114 文山區116 萬華區108 松山區105
新北市 板橋區220 三重區241 中和區235 新莊區242 新店區231 土城區236 淡水區251 汐止區221 樹林區238
桃園市 桃園區330 中壢區320 八德區334 龜山區333 平鎮區324 楊梅區326 大溪區335 復興區336
基隆市 仁愛區200 七堵區206 安樂區204
新竹市 東區300 北區300 香山區300
新竹縣 竹北市302 竹東鎮310 湖口鄉303 尖石鄉313 五峰鄉311
苗栗縣 苗栗市360 頭份市351 竹南鎮350 泰安鄉365 公館鄉363
臺中市 西屯區407 北屯區406 南屯區408 豐原區420 大里區412 太平區411 霧峰區413 和平區424 東勢區423
彰化縣 彰化市500 員林市510 鹿港鎮505 溪湖鎮514 二林鎮526 芳苑鄉528
南投縣 南投市540 埔里鎮545 草屯鎮542 信義鄉556 仁愛鄉546 水里鄉553 竹山鎮557
雲林縣 斗六市640 虎尾鎮632 西螺鎮648 北港鎮651 古坑鄉646 林內鄉643
嘉義市 東區600 西區600
嘉義縣 太保市612 民雄鄉621 朴子市613 阿里山鄉605 竹崎鄉604 梅山鄉603
臺南市 東區701 永康區710 新營區730 麻豆區721 安南區709 善化區741 玉井區714 楠西區715
高雄市 苓雅區802 三民區807 鳳山區830 左營區813 楠梓區811 岡山區820 旗山區842 美濃區843 那瑪夏區849
屏東縣 屏東市900 潮州鎮920 東港鎮928 恆春鎮946 內埔鄉912 三地門鄉901 霧臺鄉902 來義鄉922
宜蘭縣 宜蘭市260 羅東鎮265 礁溪鄉262 冬山鄉269 南澳鄉272 大同鄉267
花蓮縣 花蓮市970 吉安鄉973 玉里鎮981 秀林鄉972 萬榮鄉979 光復鄉976
臺東縣 臺東市950 成功鎮961 關山鎮956 池上鄉958 達仁鄉966 蘭嶼鄉952
澎湖縣 馬公市880 湖西鄉885
金門縣 金城鎮893 金湖鎮891
連江縣 南竿鄉209
"""


def _parse_districts() -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for line in _DISTRICTS_TEXT.strip().splitlines():
        county, *rest = line.split()
        out.append((county, [(m[:-3], m[-3:]) for m in rest]))
    return out


_DISTRICTS = _parse_districts()
_ROADS = _words(
    "中正路 中山路 民生路 民權路 民族路 建國路 復興路 光復路 自由路 三民路 成功路 文化路 公園路 "
    "中華路 府前路 大同路 仁愛路 信義路 博愛路 林森路 長春路 青年路 明德路 和平路 忠孝路 新生路 "
    "光明路 勝利路 興南路 環河路 站前路 中興路 延平路 福德路 永安路 育英路 仁和路 德興路"
)
_STREETS = _words(
    "永福街 福德街 興南街 和平街 中興街 仁愛街 民生街 大仁街 "
    "崇德街 文昌街 長安街 新興街 忠孝街 自強街 大同街"
)
_VILLAGES = _words(
    "中山 福德 光明 仁愛 和平 永興 東興 南勢 新興 大安 長安 頂庄 下寮 復興 平和 豐年 太平 德興 "
    "忠孝 龍潭 山腳 田心 崁頂 竹圍 溪洲 北勢 內湖 頂厝 後庄 番社"
)
_CN = "零一二三四五六七八九"


def _cn_num(n: int) -> str:
    """Chinese numeral for 0..199 (as written in dates and road sections)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _CN[rest]
    return "一百" + _CN[rest // 10] + "十" + (_CN[rest % 10] if rest % 10 else "")


_FW = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.()+#/:"
}
_FW[" "] = "\u3000"


def _fullwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


# --------------------------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    name: str
    known: bool


@dataclass(frozen=True)
class _Val:
    text: str
    label: str


_FIELD = re.compile(r"\{(\w+)\}")


class _Doc:
    """Accumulates text and records the span of every value as it is written."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def put(self, val: object) -> None:
        if isinstance(val, _Person):
            self.spans.append((self._len, self._len + len(val.name), "PERSON"))
            self.known.append(val.known)
            self.t(val.name)
        elif isinstance(val, _Val):
            self.spans.append((self._len, self._len + len(val.text), val.label))
            self.t(val.text)
        else:
            self.t(str(val))

    def f(self, template: str, **kw: object) -> None:
        pos = 0
        for m in _FIELD.finditer(template):
            self.t(template[pos : m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(template[pos:])

    @property
    def text(self) -> str:
        return "".join(self._parts)


# --------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------

_ID_LETTERS = sorted(LETTER_CODES)
_NAME_KINDS = ("han", "married", "ind", "vn", "id", "ph", "th")
_KIND_WEIGHTS = (72, 8, 7, 5, 3, 3, 2)


class _Gen:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self._build_known(max(60, n // 3 + 30))

    # ---- helpers -----------------------------------------------------------------------
    def pick(self, seq):  # type: ignore[no-untyped-def]
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(k))

    def fw(self, s: str, p: float = 0.125) -> str:
        return _fullwidth(s) if self.chance(p) else s

    # ---- names ---------------------------------------------------------------------------
    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.04:
            return self.pick(_COMPOUND_SURNAMES)
        if r < 0.66:
            return self.pick(_COMMON_SURNAMES)
        return self.pick(_OTHER_SURNAMES)

    def _han(self, style: str = "adult") -> str:
        sur = self._surname()
        if self.chance(0.08):
            return sur + self.pick(_GIVEN_ONE)
        if style == "elder_f":
            return sur + self.pick(_GIVEN_ELDER_F)
        if style == "elder":
            return sur + self.pick(_GIVEN_ELDER_F + _GIVEN_ELDER_M)
        if style == "child":
            return sur + self.pick(_GIVEN_CHILD)
        if self.chance(0.6):
            return sur + self.pick(_GIVEN_F + _GIVEN_M)
        return sur + self.pick(_GIVEN_FIRST) + self.pick(_GIVEN_SECOND)

    def _fresh(self, kind: str) -> str:
        if kind == "married":
            husband = self.pick(_COMMON_SURNAMES)
            own = self._han("elder_f")
            while own.startswith(husband):
                own = self._han("elder_f")
            return husband + own
        if kind == "ind":
            if self.chance(0.7):
                sep = self.pick("‧‧‧·")
                return self.pick(_IND_HAN_GIVEN) + sep + self.pick(_IND_HAN_FAMILY)
            return self.pick(_IND_ROM_GIVEN) + " " + self.pick(_IND_ROM_FAMILY)
        if kind == "vn":
            female = self.chance(0.75)
            if self.chance(0.5):
                mid = "氏" if female else self.pick(["文", "文", "明", "德"])
                given = self.pick(_VN_HAN_GIVEN_F if female else _VN_HAN_GIVEN_M)
                return self.pick(_VN_HAN_SURNAMES) + mid + given
            d = "_d" if self.chance(0.3) else ""
            mid = ("Thị" if d else "Thi") if female else ("Văn" if d else "Van")
            given = self.pick(_VN_LAT[("f" if female else "m") + d])
            if self.chance(0.3):
                given = self.pick(_VN_LAT[("f" if female else "m") + d]) + " " + given
            out = f"{self.pick(_VN_LAT['sur' + d])} {mid} {given}"
            return out.upper() if self.chance(0.25) else out
        if kind == "id":
            if self.chance(0.5):
                if self.chance(0.2):
                    return self.pick(_ID_LAT_SINGLE)
                out = self.pick(_ID_LAT_GIVEN) + " " + self.pick(_ID_LAT_FAMILY)
                return out.upper() if self.chance(0.25) else out
            if self.chance(0.2):
                return self.pick(_ID_HAN_SINGLE)
            return self.pick(_ID_HAN_GIVEN) + self.pick("·‧") + self.pick(_ID_HAN_FAMILY)
        if kind == "ph":
            if self.chance(0.6):
                out = self.pick(_PH_LAT_GIVEN) + " " + self.pick(_PH_LAT_FAMILY)
                if self.chance(0.2):
                    fam = self.pick(_PH_LAT_FAMILY)
                    out = f"{fam.upper()}, {self.pick(_PH_LAT_GIVEN).upper()}"
                return out
            return self.pick(_PH_HAN_GIVEN) + self.pick("·‧") + self.pick(_PH_HAN_FAMILY)
        if kind == "th":
            if self.chance(0.55):
                out = self.pick(_TH_LAT_GIVEN) + " " + self.pick(_TH_LAT_FAMILY)
                return out.upper() if self.chance(0.25) else out
            return self.pick(_TH_HAN_GIVEN) + self.pick("·‧") + self.pick(_TH_HAN_FAMILY)
        style = kind if kind in ("elder", "elder_f", "child") else "adult"
        return self._han(style)

    def _build_known(self, size: int) -> None:
        names: list[tuple[str, str]] = []
        seen: set[str] = set()
        while len(names) < size:
            kind = self.rng.choices(_NAME_KINDS, weights=_KIND_WEIGHTS)[0]
            style = self.pick(["adult", "adult", "elder", "child"]) if kind == "han" else kind
            name = self._fresh(style)
            if name not in seen:
                seen.add(name)
                names.append((name, kind))
        self.rng.shuffle(names)
        cut = (len(names) * 3) // 4  # the last quarter are never mentioned
        self.mention: dict[str, list[str]] = {k: [] for k in _NAME_KINDS}
        for name, kind in names[:cut]:
            self.mention[kind].append(name)
        self.known_set = seen
        self.known_list = [name for name, _ in names]
        self.rng.shuffle(self.known_list)

    def person(self, kind: str = "adult") -> _Person:
        """A person mention; about half draw a name from the known list."""
        if kind == "foreign":
            kind = self.pick(["vn", "vn", "id", "id", "ph", "th"])
        if kind == "elder_f" and self.chance(0.4):
            kind = "married"
        pool_kind = kind if kind in _NAME_KINDS else "han"
        for _ in range(100):
            pool = self.mention[pool_kind]
            if pool and self.chance(0.5):
                name, known = self.pick(pool), True
            else:
                name = self._fresh(kind)
                if name in self.known_set:
                    continue
                known = False
            if name not in self.used:
                self.used.add(name)
                return _Person(name, known)
        raise AssertionError("name pools exhausted")

    # ---- identifiers -----------------------------------------------------------------
    def twid(self) -> _Val:
        letter = self.pick(_ID_LETTERS)
        body = self.pick("12") + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        if self.chance(0.04):
            value = value.lower()
        return _Val(self.fw(value), "TW_NATIONAL_ID")

    def arc(self) -> _Val:
        letter = self.pick(_ID_LETTERS)
        if self.chance(0.6):
            body = self.pick("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        return _Val(self.fw(value), "TW_RESIDENT_CERT")

    def mobile(self) -> _Val:
        while True:
            num = "09" + self.digits(8)
            if phone.is_valid(num):
                break
        a, b, c = num[:4], num[4:7], num[7:]
        fmt = self.rng.choices(
            [
                f"{a}-{b}-{c}",
                num,
                f"{a} {b} {c}",
                f"{a}-{b}{c}",
                f"{a}.{b}.{c}",
                f"({a}){b}-{c}",
                f"+886-{a[1:]}-{b}-{c}",
                f"+886 {a[1:]} {b} {c}",
                f"+886{num[1:]}",
                f"886-{a[1:]}-{b}{c}",
                f"(+886) {a[1:]}-{b}-{c}",
            ],
            weights=[30, 22, 8, 10, 2, 3, 6, 5, 4, 2, 2],
        )[0]
        return _Val(self.fw(fmt), "PHONE")

    _AREAS = (
        ("02", 8, "2345678", 30),
        ("03", 7, "3458", 10),
        ("037", 6, "2345", 3),
        ("04", 8, "2", 12),
        ("04", 7, "78", 5),
        ("049", 7, "2", 4),
        ("05", 7, "2356", 7),
        ("06", 7, "2356", 10),
        ("07", 7, "23567", 12),
        ("08", 7, "78", 5),
        ("089", 6, "3", 2),
        ("082", 6, "3", 1),
        ("0836", 5, "2", 1),
    )

    def landline(self, ext: float = 0.25) -> _Val:
        areas = self._AREAS
        area, length, firsts, _ = self.rng.choices(areas, weights=[a[3] for a in areas])[0]
        for _ in range(40):
            local = self.pick(firsts) + self.digits(length - 1)
            if phone.is_valid(area + local):
                break
        half = length - 4 if length >= 7 else length // 2
        loc_d = f"{local[:half]}-{local[half:]}"
        loc_s = f"{local[:half]} {local[half:]}"
        fmt = self.rng.choices(
            [
                f"({area}){loc_d}",
                f"{area}-{loc_d}",
                f"{area}-{local}",
                f"{area}{local}",
                f"({area}) {loc_s}",
                f"{area} {loc_s}",
                f"+886-{area[1:]}-{loc_d}",
                f"({area}){local}",
            ],
            weights=[22, 22, 18, 6, 6, 6, 5, 8],
        )[0]
        if self.chance(ext):
            e = self.digits(self.pick([2, 3, 3, 4]))
            e = str(self.rng.randint(1, 9)) + e[1:]
            fmt += self.pick(
                [f"#{e}", f" 分機{e}", f"分機{e}", f" 分機 {e}", f" 轉{e}", f" ext.{e}"]
            )
        return _Val(self.fw(fmt), "PHONE")

    def phone(self) -> _Val:
        return self.mobile() if self.chance(0.65) else self.landline()

    def email(self) -> _Val:
        s1, s2 = self.pick(_ROM), self.pick(_ROM)
        yy = self.rng.randint(60, 99)
        local = self.pick(
            [
                f"{s1}{s2}{yy}",
                f"{s1}.{s2}",
                f"{s2}_{s1}{self.rng.randint(1, 999)}",
                f"{s1}{s2}{self.pick(_ROM)}",
                f"{s1}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}",
                f"{s1[0]}{s2}.{s1}",
                f"{s2}-{s1}{yy}",
            ]
        )
        return _Val(f"{local}@{self.pick(_MAIL_DOMAINS)}", "EMAIL")

    def address(self, rural: bool | None = None, zip_p: float = 0.2) -> _Val:
        county, districts = self.pick(_DISTRICTS)
        district, zip3 = self.pick(districts)
        county_txt = county
        if county_txt.startswith("臺") and self.chance(0.35):
            county_txt = "台" + county_txt[1:]
        parts = []
        if self.chance(zip_p):
            zipc = self.pick([zip3, zip3, zip3 + self.digits(2), zip3 + self.digits(3)])
            parts.append(zipc + self.pick(["", " "]))
        if not (self.chance(0.08) and district.endswith("區")):
            parts.append(county_txt)
        parts.append(district)
        is_rural = district.endswith("鄉") if rural is None else rural
        no = str(self.rng.randint(1, 320))
        if is_rural and self.chance(0.6):
            parts.append(self.pick(_VILLAGES) + ("村" if district.endswith("鄉") else "里"))
            if self.chance(0.7):
                parts.append(f"{self.rng.randint(1, 24)}鄰")
            if self.chance(0.5):
                parts.append(self.pick(_ROADS))
        else:
            if self.chance(0.3):
                suffix = "里" if not district.endswith("鄉") else "村"
                parts.append(self.pick(_VILLAGES) + suffix)
                if self.chance(0.6):
                    parts.append(f"{self.rng.randint(1, 30)}鄰")
            if self.chance(0.75):
                road = self.pick(_ROADS)
                if self.chance(0.35):
                    k = self.rng.randint(1, 5)
                    road += (_cn_num(k) if self.chance(0.75) else str(k)) + "段"
            else:
                road = self.pick(_STREETS)
            parts.append(road)
            if self.chance(0.35):
                parts.append(f"{self.rng.randint(1, 480)}巷")
                if self.chance(0.3):
                    parts.append(f"{self.rng.randint(1, 60)}弄")
        if self.chance(0.1):
            no += f"之{self.rng.randint(1, 9)}"
        parts.append(no + "號")
        if not is_rural and self.chance(0.45):
            floor = self.rng.randint(2, 15)
            r = self.rng.random()
            if r < 0.15:
                parts.append(f"{_cn_num(floor)}樓")
            elif r < 0.25:
                parts.append(f"{floor}F")
            elif r < 0.35:
                parts.append(f"{floor}樓{floor}{self.rng.randint(1, 9):02d}室")
            else:
                parts.append(f"{floor}樓")
            if self.chance(0.15):
                parts.append(f"之{self.rng.randint(1, 9)}")
        return _Val(self.fw("".join(parts)), "ADDRESS")

    def nhi(self) -> _Val:
        num = "0000" + self.digits(8) if self.chance(0.85) else "000" + self.digits(9)
        fmt = self.pick(
            [num, num, f"{num[:4]} {num[4:8]} {num[8:]}", f"{num[:4]}-{num[4:8]}-{num[8:]}"]
        )
        return _Val(self.fw(fmt), "TW_NHI_CARD")

    def passport(self, nat: str = "tw") -> _Val:
        if nat == "tw":
            value = self.pick("33333332") + self.digits(8)
        elif nat == "vn":
            value = self.pick("CCCBN") + self.digits(7)
        elif nat == "id":
            value = self.pick("BCXEA") + self.digits(7)
        elif nat == "ph":
            value = (
                "P" + self.digits(7) + self.pick("ABC")
                if self.chance(0.7)
                else "EC" + self.digits(7)
            )
        else:
            value = self.pick(["AA", "AB", "AC", "AD"]) + self.digits(7)
        return _Val(self.fw(value), "PASSPORT")

    def card(self) -> _Val:
        brand = self.pick(["visa", "visa", "visa", "mc", "mc", "jcb", "jcb", "amex", "cup"])
        if brand == "visa":
            body, length = "4" + self.digits(5), 16
        elif brand == "mc":
            body, length = self.pick(["51", "52", "53", "54", "55"]) + self.digits(4), 16
        elif brand == "jcb":
            body, length = f"35{self.rng.randint(28, 89)}" + self.digits(2), 16
        elif brand == "amex":
            body, length = self.pick(["34", "37"]) + self.digits(4), 15
        else:
            body, length = "62" + self.digits(4), 16
        body += self.digits(length - 1 - len(body))
        check = next(d for d in "0123456789" if creditcard.luhn_ok(body + d))
        num = body + check
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        sep = self.pick([" ", " ", "-", "", "-"])
        return _Val(self.fw(sep.join(groups)), "CREDIT_CARD")

    def birth(self, y0: int, y1: int, western: bool | None = None) -> tuple[_Val, int]:
        y = self.rng.randint(y0, y1)
        m = self.rng.randint(1, 12)
        days = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        d = self.rng.randint(1, days)
        if western is None:
            western = self.chance(0.3)
        roc = y - 1911
        if western:
            mon = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
            forms = [
                (f"{y}/{m:02d}/{d:02d}", 5),
                (f"{y}-{m:02d}-{d:02d}", 3),
                (f"{y}年{m}月{d}日", 4),
                (f"{y}.{m}.{d}", 1),
                (f"{d:02d}/{m:02d}/{y}", 1),
                (f"{d:02d}-{mon}-{y}", 1),
            ]
        else:
            forms = [
                (f"民國{roc}年{m}月{d}日", 6),
                (f"{roc}年{m}月{d}日", 6),
                (f"{roc}年{m:02d}月{d:02d}日", 2),
                (f"{roc:03d}/{m:02d}/{d:02d}", 4),
                (f"{roc}/{m}/{d}", 3),
                (f"{roc}.{m:02d}.{d:02d}", 2),
                (f"{roc:03d}{m:02d}{d:02d}", 1),
                (f"民國{_cn_num(roc)}年{_cn_num(m)}月{_cn_num(d)}日", 1),
            ]
        text = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        return _Val(self.fw(text), "BIRTH_DATE"), y

    # ---- look-alikes (never personal) ----------------------------------------------------
    def odate(self, short: bool = True) -> str:
        y = self.pick([112, 113, 113, 114])
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 28)
        forms = [
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}.{m}.{d}",
            f"{y + 1911}/{m:02d}/{d:02d}",
        ]
        if short:
            forms += [f"{m}月{d}日", f"{m}/{d}"]
        return self.fw(self.pick(forms))

    def weekday(self) -> str:
        return self.pick("一二三四五六日")

    def amount(self, lo: int = 1000, hi: int = 300000) -> str:
        a = self.rng.randint(lo // 100, hi // 100) * 100
        return self.fw(
            self.pick([f"新臺幣{a:,}元", f"新台幣{a:,}元", f"{a:,}元", f"NT${a:,}", f"{a}元"])
        )

    def ban(self) -> str:
        while True:
            num = self.digits(8)
            if ban_mod.is_valid(num):
                return self.fw(num)

    def docno(self) -> str:
        head = self.pick(
            [
                "府授工字第", "北市社助字第", "勞動關字第",
                "農授防字第", "衛部顧字第", "府勞資字第",
                "高市社宅字第", "中市都更字第", "臺教學(二)字第",
                "府農務字第", "水管字第", "府授社老字第",
            ]
        )  # fmt: skip
        return self.fw(f"{head}{self.pick(['112', '113', '113', '114'])}{self.digits(7)}號")

    def caseno(self) -> str:
        y = self.pick(["112", "113", "113", "114"])
        return self.fw(
            self.pick(
                [
                    f"{y}勞調字第{self.rng.randint(1, 2999):04d}號",
                    f"{y}-{self.pick(['社宅', 'LTC', '農損', '輔', 'W'])}-{self.digits(4)}",
                    f"{self.pick('RWEC')}{y}{self.digits(4)}{self.digits(4)}",
                    f"No.{self.digits(7)}",
                    f"{y}{self.rng.randint(1, 12):02d}{self.digits(5)}",
                ]
            )
        )


# --------------------------------------------------------------------------------------------
# Shared phrase pools
# --------------------------------------------------------------------------------------------

_RELS = [
    "長子",
    "次子",
    "長女",
    "女兒",
    "兒子",
    "媳婦",
    "配偶",
    "孫女",
    "姪子",
    "案妻",
    "案夫",
    "三女",
]
_DX = [
    "中度失智症", "中風後左側偏癱", "帕金森氏症", "糖尿病併右下肢截肢", "退化性膝關節炎",
    "髖關節骨折術後", "慢性腎臟病（每週洗腎三次）", "心衰竭", "視力退化、重聽", "輕度失智合併憂鬱",
]  # fmt: skip
_SERVICES = [
    "居家服務", "日間照顧", "喘息服務",
    "交通接送", "輔具購置（四腳拐、洗澡椅）", "居家無障礙改善（扶手）",
    "專業服務（居家復能）", "營養餐飲", "家庭托顧", "到宅沐浴車",
]  # fmt: skip
_CARE_STATUS = [
    "案家環境尚整潔，浴室無扶手，建議加裝。",
    "案主白天獨自在家，午餐由鄰居協助。",
    "照顧者表示壓力大，夜間需起身多次。",
    "案主拒絕申請外籍看護，希望由家人照顧。",
    "近一個月跌倒兩次，下肢無力。",
    "案主意識清楚，可簡單對答，但常重複問同一件事。",
    "家屬希望先試用日照兩週再決定。",
    "案主服藥順從性差，藥袋堆放客廳。",
]
_COMPANIES = [
    "宏昌營造有限公司", "大發保全股份有限公司", "順益清潔企業社", "全興精密工業股份有限公司",
    "新光物業管理顧問股份有限公司", "永信食品行", "鼎盛餐飲股份有限公司", "東元紡織廠股份有限公司",
    "金展電子股份有限公司", "和豐人力仲介有限公司", "長青機構（財團法人）", "福源水電工程行",
    "聯合客運股份有限公司", "佳美美容美髮坊",
]  # fmt: skip
_DISPUTES = [
    "積欠工資", "資遣費給付", "延長工時工資（加班費）", "違法解僱", "職業災害補償", "特休未休工資",
    "未依規定投保勞保", "預扣工資及仲介費", "未給付年終獎金", "調職爭議",
]  # fmt: skip
_CROPS = [
    "柑橘",
    "香蕉",
    "竹筍",
    "高接梨",
    "文旦",
    "芒果",
    "番石榴",
    "甘藍",
    "水稻",
    "鳳梨",
    "木瓜",
    "蓮霧",
    "茶",
    "落花生",
]
_DISASTERS = [
    "113年0520豪雨", "凱米颱風", "山陀兒颱風", "113年2月低溫", "海葵颱風", "康芮颱風",
    "112年0801豪雨", "114年1月寒害",
]  # fmt: skip
_LAND_SECTIONS = [
    "崁頭厝",
    "華山",
    "樟湖",
    "麻園",
    "水碓",
    "內寮",
    "大埔",
    "頂埔",
    "後壁寮",
    "田尾",
    "竹山",
    "溪底",
]
_HOUSING = [
    "興隆",
    "青年",
    "健康",
    "廣慈",
    "明倫",
    "東明",
    "林口",
    "秀峰",
    "大龍峒",
    "永和",
    "豐原安康",
    "凱旋青樹",
    "中路二號",
]
_SCHOOL_REASONS = [
    "情緒起伏大，上課常趴睡", "與同學發生肢體衝突", "長期缺曠課（本學期已累計14節）",
    "疑似有自傷行為（手腕有劃痕）", "疑似遭同儕排擠",
    "學習落後，作業缺交", "家庭經濟困難，午餐未帶",
    "拒學，早上在家不肯出門",
]  # fmt: skip
_FAULTS = [
    "水表前管線漏水", "停水，鄰居有水",
    "水壓不足，二樓以上無水", "路面冒水", "屋內電表跳脫無法復歸",
    "巷口路燈不亮", "變壓器有異音",
    "電線掉落在院子", "欠費停電，已繳費請求復電", "水質混濁有鐵鏽味",
]  # fmt: skip
_STAFF_ROLES = ["個管員", "照專", "社工", "督導", "承辦人", "記錄", "個管師"]


# --------------------------------------------------------------------------------------------
# Genre: 長照 case-manager notes
# --------------------------------------------------------------------------------------------


def _care_visit(g: _Gen, d: _Doc) -> None:
    p = g.person(g.pick(["elder", "elder_f", "elder_f"]))
    bd, y = g.birth(1926, 1958)
    cg = g.person("adult")
    d.f("{date} 家訪紀錄\n", date=g.odate())
    if g.chance(0.5):
        d.f("個案{p}（{age}歲），{dx}。", p=p, age=2024 - y, dx=g.pick(_DX))
    else:
        d.f("案主：{p}，生日{bd}，診斷{dx}。", p=p, bd=bd, dx=g.pick(_DX))
    d.f("主要照顧者為{rel}{cg}，", rel=g.pick(_RELS), cg=cg)
    d.f("聯絡電話{ph}", ph=g.phone())
    d.t(g.pick(["。\n", "（晚上較好聯絡）。\n", "，白天上班。\n"]))
    d.t(g.pick(_CARE_STATUS))
    if g.chance(0.5):
        d.t(g.pick(_CARE_STATUS))
    d.f("\n評估CMS第{k}級，擬提供{s}。\n", k=g.rng.randint(2, 8), s=g.pick(_SERVICES))
    if g.chance(0.3):
        d.f("案家地址：{a}\n", a=g.address())
    d.f("{role} {sm}", role=g.pick(_STAFF_ROLES), sm=g.person("adult"))


def _care_form(g: _Gen, d: _Doc) -> None:
    p = g.person(g.pick(["elder", "elder_f"]))
    bd, _ = g.birth(1925, 1960)
    rows: list[tuple[str, object]] = [
        (g.pick(["申請人姓名", "個案姓名", "姓名"]), p),
        (g.pick(["身分證字號", "身分證統一編號", "身分證號"]), g.twid()),
        (g.pick(["出生日期", "出生年月日", "生日"]), bd),
    ]
    if g.chance(0.6):
        rows.append((g.pick(["健保卡號", "健保卡卡號"]), g.nhi()))
    rows.append((g.pick(["戶籍地址", "戶籍地"]), g.address()))
    if g.chance(0.4):
        rows.append(("居住地址", g.address()))
    elif g.chance(0.5):
        rows.append(("居住地址", "同戶籍"))
    c = g.person("adult")
    rows.append(("聯絡人", c))
    rows.append(("關係", g.pick(_RELS)))
    rows.append((g.pick(["聯絡電話", "手機", "電話"]), g.phone()))
    if g.chance(0.25):
        rows.append(("E-mail", g.email()))
    rows.append(("申請項目", g.pick(_SERVICES)))
    head = g.pick(
        ["【長照需要評估申請】", "長期照顧服務申請書", "■ 長照2.0 需要評估申請表（轉貼）", ""]
    )
    if head:
        d.t(head + "\n")
    _form(g, d, rows)
    if g.chance(0.5):
        d.f("受理日期：{dt}　受理人：{s}", dt=g.odate(short=False), s=g.person("adult"))


def _form(g: _Gen, d: _Doc, rows: list[tuple[str, object]]) -> None:
    style = g.pick(["lines", "lines", "lines", "inline", "pipe", "tab", "bracket"])
    colon = g.pick(["：", "：", ":", "： "])
    for i, (label, val) in enumerate(rows):
        last = i == len(rows) - 1
        if style == "lines":
            d.t(label + colon)
            d.put(val)
            d.t("\n")
        elif style == "inline":
            d.t(label + colon)
            d.put(val)
            d.t("\n" if i % 2 or last else "　")
        elif style == "pipe":
            d.t("| " + label + " | ")
            d.put(val)
            d.t(" |\n")
        elif style == "tab":
            d.t(label + "\t")
            d.put(val)
            d.t("\n")
        else:
            d.t("【" + label + "】")
            d.put(val)
            d.t("\n")


def _care_call(g: _Gen, d: _Doc) -> None:
    caller = g.person("adult")
    elder = g.person(g.pick(["elder", "elder_f"]))
    r, rel = g.pick(
        [("兒子", "媽媽"), ("女兒", "爸爸"), ("媳婦", "婆婆"), ("孫子", "阿嬤"), ("孫女", "阿公")]
    )
    d.f("{dt} 來電紀錄\n", dt=g.odate())
    d.f("來電者自稱{caller}，是{elder}的{r}，", caller=caller, elder=elder, r=r)
    d.f(
        "表示：「我{rel}最近跌倒，走路都要扶著，晚上也睡不好，想問可不可以有人來家裡幫忙洗澡。」",
        rel=rel,
    )
    staff = g.person("adult")
    d.f("\n已派照專{s}於{dt}前往", s=staff, dt=g.odate())
    if g.chance(0.7):
        d.f("{a}", a=g.address())
    else:
        d.t("案家")
    d.f("評估，回撥電話：{ph}", ph=g.phone())
    if g.chance(0.4):
        d.f("、{ph2}", ph2=g.phone())
    d.t("。")


def _care_foreign(g: _Gen, d: _Doc) -> None:
    nat = g.pick(["vn", "id", "id", "ph", "th"])
    fp = g.person(nat)
    elder = g.person(g.pick(["elder", "elder_f"]))
    emp = g.person("adult")
    d.f("外籍看護{fp}（{n}籍", fp=fp, n=_NATIONALITY[nat])
    if g.chance(0.7):
        d.f("，居留證號{a}", a=g.arc())
    if g.chance(0.5):
        d.f("，護照號碼{pp}", pp=g.passport(nat))
    d.f(
        "）自{dt}起照顧{e}，雇主為其{r}{emp}。",
        dt=g.odate(),
        e=elder,
        r=g.pick(["長子", "女兒", "兒子"]),
        emp=emp,
    )
    d.t(
        g.pick(
            [
                "看護反映雇主要求兼做店內工作，已提醒雇主依規定辦理。",
                "看護中文溝通尚可，能協助翻身、拍背及備餐。",
                "看護表示每月休假未落實，將轉知勞工局協處。",
                "看護將於下月返國休假，期間申請喘息服務銜接。",
            ]
        )
    )
    if g.chance(0.5):
        d.f("\n看護手機：{m}", m=g.mobile())
    if g.chance(0.4):
        d.f("\n雇主聯絡方式：{ph}", ph=g.phone())


def _care_table(g: _Gen, d: _Doc) -> None:
    sep = g.pick(["\t", " | ", "，", "  "])
    cols = ["序號", "姓名", "出生年月日", "電話", "服務項目"]
    d.t(
        g.pick(["本週新案一覽", "113年度喘息服務名單（節錄）", "待派案清單", "日照中心候補名單"])
        + "\n"
    )
    d.t(sep.join(cols) + "\n")
    for i in range(g.rng.randint(2, 5)):
        d.t(f"{i + 1}{sep}")
        d.put(g.person(g.pick(["elder", "elder_f", "elder_f"])))
        d.t(sep)
        d.put(g.birth(1925, 1960)[0])
        d.t(sep)
        d.put(g.phone())
        d.t(sep + g.pick(_SERVICES) + "\n")
    if g.chance(0.5):
        d.f("製表：{s}", s=g.person("adult"))


def _care_referral(g: _Gen, d: _Doc) -> None:
    nurse = g.person("adult")
    p = g.person(g.pick(["elder", "elder_f"]))
    hosp = g.pick(["市立聯合醫院", "部立醫院", "區域教學醫院", "榮民總醫院分院", "慈濟醫院"])
    d.f("轉介單位：{h}出院準備小組\n", h=hosp)
    d.f("聯絡人：{n} 護理師", n=nurse)
    if g.chance(0.7):
        d.f("　Email：{e}", e=g.email())
    d.f("\n病人{p}預計{dt}出院，", p=p, dt=g.odate())
    if g.chance(0.6):
        d.f("健保卡號 {nhi}，", nhi=g.nhi())
    d.f("出院後返回{a}居住，需{s}。", a=g.address(), s=g.pick(_SERVICES))
    if g.chance(0.5):
        payer = g.person("adult")
        d.f("\n部分負擔由家屬{payer}以信用卡{c}按月扣繳。", payer=payer, c=g.card())


def _care_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        d.f(
            "依{doc}函辦理，長照服務給付及支付基準修正，自{dt}生效。\n"
            "居家服務BA01基本身體清潔單價調整為{amt}，交通接送補助上限不變。"
            "請各A單位於{dl}前完成系統參數設定，並張貼公告於服務據點。",
            doc=g.docno(),
            dt=g.odate(short=False),
            amt=g.amount(200, 900),
            dl=g.odate(),
        )
    elif k == 1:
        d.f(
            "本中心{m}月新增個案{a}案、結案{b}案，平均媒合天數{c}天。\n"
            "下次督導會議訂於{dt}（{w}）下午2時，地點：衛生局三樓會議室。\n"
            "議程：一、高風險個案追蹤；二、輔具租借流程；三、林務局步道長者健走活動協辦。",
            m=g.rng.randint(1, 12),
            a=g.rng.randint(10, 80),
            b=g.rng.randint(3, 40),
            c=round(g.rng.uniform(1.5, 9.0), 1),
            dt=g.odate(),
            w=g.weekday(),
        )
    elif k == 2:
        d.f(
            "輔具補助項目：電動照顧床（型號{mdl}）補助上限{a}；輪椅A款{b}。"
            "廠商：{co}，統一編號{ban}。\n"
            "註：高風險家庭請優先排程，陳情案件依{doc}辦理。",
            mdl=g.fw(g.pick(["KM-8211", "HB-302", "TC-88A", "MF-5"])),
            a=g.amount(8000, 20000),
            b=g.amount(3000, 9000),
            co=g.pick(_COMPANIES),
            ban=g.ban(),
            doc=g.docno(),
        )
    else:
        d.f(
            "{area}長照據點巡迴：\n- {d1} 石門區老梅社區活動中心 健康促進\n"
            "- {d2} 楊梅區埔心里集會所 "
            "周邊道路施工，請改走中山路\n- {d3} 黃金海岸延長照顧專車停駛一次\n案件編號：{c}",
            area=g.pick(["新北", "桃園", "臺中", "高雄"]),
            d1=g.odate(),
            d2=g.odate(),
            d3=g.odate(),
            c=g.caseno(),
        )


# --------------------------------------------------------------------------------------------
# Genre: 社會住宅 lottery and tenancy
# --------------------------------------------------------------------------------------------


def _housing_lease(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.f("{h}社會住宅租賃契約基本資料\n", h=g.pick(_HOUSING))
    rows: list[tuple[str, object]] = [
        ("承租人", p),
        (g.pick(["身分證統一編號", "身分證字號"]), g.twid()),
    ]
    if g.chance(0.5):
        rows.append(("出生日期", g.birth(1955, 2002)[0]))
    rows.append(("戶籍地址", g.address()))
    rows.append(("緊急聯絡人", g.person("adult")))
    rows.append(("關係", g.pick(["父", "母", "兄", "姊", "配偶", "朋友"])))
    rows.append(("行動電話", g.mobile()))
    if g.chance(0.5):
        rows.append(("租金繳納", "信用卡自動扣繳"))
        rows.append(("卡號", g.card()))
    else:
        rows.append(("租金繳納", "超商代收"))
    if g.chance(0.3):
        rows.append(("電子信箱", g.email()))
    _form(g, d, rows)
    d.f("簽約日期：{dt}", dt=g.odate(short=False))


def _housing_lottery(g: _Gen, d: _Doc) -> None:
    d.f(
        "{h}社會住宅第{k}期 抽籤結果（{t}）\n",
        h=g.pick(_HOUSING),
        k=g.rng.randint(1, 4),
        t=g.pick(["正取", "備取"]),
    )
    sep = g.pick(["\t", "  ", "｜"])
    d.t(sep.join(["籤號", "申請人", "身分別", "房型"]) + "\n")
    for _ in range(g.rng.randint(2, 6)):
        d.t(g.fw(f"{g.rng.randint(1, 999):03d}") + sep)
        d.put(g.person(g.pick(["adult", "adult", "elder", "ind", "foreign"])))
        d.t(sep + g.pick(["一般戶", "低收入戶", "身障", "原住民", "青年", "65歲以上", "新住民"]))
        d.t(sep + g.pick(["1房", "2房", "3房", "套房"]) + "\n")
    if g.chance(0.5):
        d.f("公告日期：{dt}，未列名者請於{dl}前洽詢。", dt=g.odate(), dl=g.odate())


def _housing_repair_note(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    spouse_kind = g.pick(["vn", "id", "ph", "adult", "adult"])
    sp = g.person(spouse_kind)
    d.f("{dt} 承租戶{p}來電反映浴室天花板漏水，", dt=g.odate(), p=p)
    d.t(g.pick(["已派物管人員查看。", "已聯絡廠商估價。", "樓上住戶不在家，改約時間。"]))
    if spouse_kind in _NATIONALITY:
        d.f(
            "\n其配偶{sp}（{n}籍，統一證號{a}）一併登記為同住家屬",
            sp=sp,
            n=_NATIONALITY[spouse_kind],
            a=g.arc(),
        )
        if g.chance(0.4):
            d.f("，護照號碼{pp}", pp=g.passport(spouse_kind))
        d.t("。")
    else:
        d.f("\n同住家屬：{sp}（配偶）", sp=sp)
        if g.chance(0.5):
            d.f("，身分證{i}", i=g.twid())
        d.t("。")
    d.f("\n回電：{ph}", ph=g.phone())


def _housing_newimm(g: _Gen, d: _Doc) -> None:
    nat = g.pick(["vn", "id", "ph", "th"])
    fp = g.person(nat)
    d.f("申請人{fp}，原籍{n}，", fp=fp, n=_NATIONALITY[nat])
    if g.chance(0.6):
        d.f("護照號碼{pp}，", pp=g.passport(nat))
    d.f("已取得居留證（統一證號{a}），", a=g.arc())
    if g.chance(0.6):
        bd, _ = g.birth(1975, 2000, western=g.chance(0.6))
        d.f("出生日期{bd}，", bd=bd)
    d.t(g.pick(["與兩名子女同住，", "目前單親扶養一子，", "配偶已歿，"]))
    d.f("現居{a}，", a=g.address())
    d.t(g.pick(["符合弱勢戶資格。", "所得證明待補。", "已完成資格審查。"]))
    if g.chance(0.6):
        d.f("\n聯絡電話{ph}", ph=g.mobile())
        if g.chance(0.5):
            d.f("；通譯{t}協助", t=g.person("adult"))
        d.t("。")


def _housing_mail(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.f("申請人{p}以電子郵件（{e}）補件：", p=p, e=g.email())
    d.t(g.pick(["112年度綜合所得稅清單、", "戶籍謄本、", "身障證明影本、"]))
    d.t(g.pick(["在職證明。", "租賃契約影本。", "低收入戶證明。"]))
    d.f("\n補件期限{dl}，", dl=g.odate())
    d.t(g.pick(["逾期視同放棄。", "已通知收件。", "附件無法開啟，已請重寄。"]))
    if g.chance(0.5):
        d.f("\n承辦 {s}", s=g.person("adult"))
        if g.chance(0.5):
            d.f(" {ph}", ph=g.landline(ext=0.7))


def _housing_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        d.f(
            "{h}社會住宅第{p}期共釋出{n}戶，受理期間自{a}至{b}止，抽籤日期另行公告。"
            "申請資格依住宅法第4條及{doc}辦理。",
            h=g.pick(_HOUSING),
            p=g.rng.randint(1, 4),
            n=g.rng.randint(80, 900),
            a=g.odate(),
            b=g.odate(),
            doc=g.docno(),
        )
    elif k == 1:
        d.f(
            "租金標準（{y}年度）：\n1房型 每月{a}\n2房型 每月{b}\n管理費 每坪{c}\n"
            "車位另計。押金為二個月租金。",
            y=g.pick(["113", "114"]),
            a=g.amount(6000, 12000),
            b=g.amount(10000, 20000),
            c=g.amount(50, 120),
        )
    elif k == 2:
        d.f(
            "公告：{h}社宅{bd}棟電梯保養，預計{dt}上午9時至12時停用，"
            "造成不便敬請見諒。營運廠商：{co}（統一編號：{ban}）。",
            h=g.pick(_HOUSING),
            bd=g.pick(["A", "B", "C", "D2", "E"]),
            dt=g.odate(),
            co=g.pick(_COMPANIES),
            ban=g.ban(),
        )
    else:
        d.f(
            "都發局 案號{c}\n{h}基地第二期工程進度：結構體完成{p}%，"
            "預計{dt}取得使用執照。周邊道路（中正路、高鐵橋下）夜間施工，許可證號{doc}。",
            c=g.caseno(),
            h=g.pick(_HOUSING),
            p=g.rng.randint(20, 95),
            dt=g.odate(),
            doc=g.docno(),
        )


# --------------------------------------------------------------------------------------------
# Genre: 勞資爭議調解 minutes
# --------------------------------------------------------------------------------------------


def _labour_minutes(g: _Gen, d: _Doc) -> None:
    city = g.pick(["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "彰化縣", "屏東縣"])
    d.f("{c}政府勞資爭議調解紀錄\n", c=city)
    d.f("一、調解時間：{dt}（星期{w}）下午2時\n", dt=g.odate(short=False), w=g.weekday())
    d.t("二、調解地點：本府勞動局第" + g.pick("一二三") + "調解室\n")
    worker = g.person("adult")
    d.f("三、申請人（勞方）：{w}", w=worker)
    if g.chance(0.6):
        d.f("　出生年月日：{bd}", bd=g.birth(1960, 2004)[0])
    if g.chance(0.7):
        d.f("　身分證字號：{i}", i=g.twid())
    d.t("\n")
    if g.chance(0.6):
        d.f("　　住址：{a}", a=g.address())
        d.f("　電話：{ph}\n", ph=g.phone())
    d.f("四、相對人（資方）：{co}（統一編號：{ban}）\n", co=g.pick(_COMPANIES), ban=g.ban())
    d.f("　　代表人：{r}", r=g.person("adult"))
    if g.chance(0.5):
        d.f("　代理人：{r}", r=g.person("adult"))
    d.f("\n五、調解委員：{m}\n", m=g.person("adult"))
    d.f(
        "六、爭議內容：{x}。申請人主張相對人應給付{amt}。\n",
        x=g.pick(_DISPUTES),
        amt=g.amount(8000, 480000),
    )
    d.t(
        "七、調解結果："
        + g.pick(
            [
                "調解成立，相對人同意分兩期給付。",
                "調解不成立，建議循司法途徑。",
                "雙方同意另訂期日再議。",
            ]
        )
    )
    if g.chance(0.4):
        d.f("\n記錄：{s}", s=g.person("adult"))


def _labour_migrant(g: _Gen, d: _Doc) -> None:
    nat = g.pick(["vn", "id", "ph", "th"])
    fp = g.person(nat)
    d.f("申請人{fp}（{n}籍移工", fp=fp, n=_NATIONALITY[nat])
    if g.chance(0.7):
        d.f("，護照號碼：{pp}", pp=g.passport(nat))
    if g.chance(0.7):
        d.f("，居留證號：{a}", a=g.arc())
    d.f("）與雇主{co}發生{x}爭議。", co=g.pick(_COMPANIES), x=g.pick(_DISPUTES))
    if g.chance(0.5):
        d.f("出生日期{bd}。", bd=g.birth(1975, 2003, western=True)[0])
    interp = g.person("adult")
    d.f("\n通譯：{i}（{lang}）", i=interp, lang=_NATIONALITY[nat] + "語")
    d.f("\n仲介公司聯絡人：{c} {ph}", c=g.person("adult"), ph=g.phone())
    if g.chance(0.5):
        d.f("\n申請人手機：{m}", m=g.mobile())


def _labour_intake(g: _Gen, d: _Doc) -> None:
    w = g.person(g.pick(["adult", "adult", "ind"]))
    d.f("{dt} 勞工{w}", dt=g.odate(), w=w)
    d.f("來電（{m}）稱", m=g.mobile())
    d.t(
        g.pick(
            [
                "上月底被口頭解僱，公司未給資遣費，",
                "連續三個月加班費未發，",
                "工作時左手被機台夾傷，公司不願補償，",
                "離職後公司扣押最後一個月薪水，",
            ]
        )
    )
    d.t(g.pick(["已說明申請調解流程。", "建議先蒐集打卡紀錄。", "已寄送申請書。"]))
    if g.chance(0.5):
        d.f("申請書寄至{a}。", a=g.address())
    if g.chance(0.4):
        d.f("另留電子信箱{e}。", e=g.email())


def _labour_transcript(g: _Gen, d: _Doc) -> None:
    w = g.person("adult")
    boss = g.person("adult")
    med = g.person("adult")
    d.t("【調解會議逐字紀錄（節錄）】\n")
    d.f("調解委員{m}：請勞方先說明。\n", m=med)
    d.f("{w}：我從去年{mo}月就沒拿到加班費，每天都做到晚上九點。\n", w=w, mo=g.rng.randint(1, 12))
    d.f("資方代表{b}：「加班都要事先申請，他沒有申請。」\n", b=boss)
    d.f("{w}：主管都用LINE叫我留下來，訊息我都有留。\n", w=w)
    d.t(
        g.pick(
            [
                "委員：請雙方提供出勤紀錄，下次再議。",
                "委員：資方是否同意以折衷金額和解？",
                "（休息十分鐘）",
            ]
        )
    )
    if g.chance(0.5):
        d.f("\n勞方聯絡電話：{ph}", ph=g.phone())


def _labour_email(g: _Gen, d: _Doc) -> None:
    lawyer = g.person("adult")
    w = g.person("adult")
    d.f("勞方代理人{l}律師", l=lawyer)
    d.f("（e-mail：{e}，電話{ph}）", e=g.email(), ph=g.landline(ext=0.5))
    d.f("來函表示當事人{w}", w=w)
    if g.chance(0.5):
        d.f("（{bd}生）", bd=g.birth(1965, 2000)[0])
    d.t("不同意資方提出之和解金額，請求另訂調解期日。")


def _labour_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        d.f(
            "依勞動基準法第24條、第32條規定，延長工作時間之工資，"
            "前2小時按平日每小時工資額加給三分之一以上。另依同法第38條，特別休假因年度終結未休之日數，"
            "雇主應發給工資。函釋：{doc}。",
            doc=g.docno(),
        )
    elif k == 1:
        d.f(
            "本局{y}年第{q}季受理勞資爭議調解案件{n}件，調解成立率{r}%。"
            "其中工資爭議占{p}%，資遣費爭議次之。會議定於{dt}召開檢討。",
            y=g.pick(["112", "113"]),
            q=g.pick("一二三四"),
            n=f"{g.rng.randint(300, 3000):,}",
            r=round(g.rng.uniform(40, 70), 1),
            p=g.rng.randint(30, 60),
            dt=g.odate(),
        )
    elif k == 2:
        d.f(
            "案號：{c}\n申請人（勞方）與相對人{co}（統一編號{ban}）之積欠工資爭議，"
            "雙方同意於{dl}前由相對人給付{amt}，分{n}期匯款。",
            c=g.caseno(),
            co=g.pick(_COMPANIES),
            ban=g.ban(),
            dl=g.odate(),
            amt=g.amount(20000, 300000),
            n=g.rng.randint(2, 6),
        )
    else:
        d.f(
            "勞資爭議處理法第11條：調解委員會應於組成後7日內召開調解會議。"
            "本府另依{doc}辦理獨任調解人遴聘，承辦單位：勞動局勞資關係科，"
            "程序說明會於{dt}在江翠國中禮堂舉行。",
            doc=g.docno(),
            dt=g.odate(),
        )


# --------------------------------------------------------------------------------------------
# Genre: 農業天然災害救助
# --------------------------------------------------------------------------------------------


def _land(g: _Gen) -> str:
    no = f"{g.rng.randint(1, 1999)}" + (f"-{g.rng.randint(1, 30)}" if g.chance(0.3) else "")
    return g.fw(f"{g.pick(_LAND_SECTIONS)}段{no}地號")


def _agri_form(g: _Gen, d: _Doc) -> None:
    p = g.person(g.pick(["adult", "elder", "elder", "ind"]))
    d.t(g.pick(["農業天然災害現金救助申請書\n", "現金救助申請（轉錄）\n", ""]))
    rows: list[tuple[str, object]] = [("災害別", g.pick(_DISASTERS)), ("申請人", p)]
    rows.append((g.pick(["身分證統一編號", "身分證字號"]), g.twid()))
    if g.chance(0.6):
        rows.append(("出生日期", g.birth(1940, 1990)[0]))
    rows.append((g.pick(["通訊地址", "戶籍地址"]), g.address(rural=g.chance(0.6))))
    rows.append(("聯絡電話", g.phone()))
    rows.append(("受害作物", g.pick(_CROPS)))
    rows.append(("受害面積", g.fw(f"{g.rng.uniform(0.05, 3.5):.2f}") + "公頃"))
    rows.append(("地號", _land(g)))
    _form(g, d, rows)
    if g.chance(0.4):
        d.f("代理人：{a}（{r}）", a=g.person("adult"), r=g.pick(["子", "女", "配偶"]))


def _agri_village(g: _Gen, d: _Doc) -> None:
    vill = g.pick(_VILLAGES) + g.pick(["村", "里"])
    d.f("{v}辦公處彙整：{dis}受損情形\n", v=vill, dis=g.pick(_DISASTERS))
    people = [
        g.person(g.pick(["adult", "elder", "elder_f", "ind"])) for _ in range(g.rng.randint(2, 4))
    ]
    d.t("農民")
    for i, pp in enumerate(people):
        if i:
            d.t("、")
        d.put(pp)
    d.f("等{n}戶申報{c}倒伏，", n=len(people), c=g.pick(_CROPS))
    d.t(g.pick(["請公所儘速會勘。", "已拍照存證。", "其中一戶因颱風前已採收，不列入。"]))
    if g.chance(0.6):
        d.f("\n村長聯絡電話{ph}", ph=g.phone())
        d.t("（村長 ")
        d.put(g.person("adult"))
        d.t("）")


def _agri_inspect(g: _Gen, d: _Doc) -> None:
    a, b, c = g.person("adult"), g.person("adult"), g.person(g.pick(["adult", "elder", "ind"]))
    d.f(
        "會勘人員{a}（公所）、{b}（農會）於{dt}會同申請人{c}至{land}現場查估，",
        a=a,
        b=b,
        dt=g.odate(),
        c=c,
        land=_land(g),
    )
    d.f("{crop}受害率約{r}成，", crop=g.pick(_CROPS), r=g.rng.randint(2, 9))
    d.t(g.pick(["達救助標準。", "未達救助標準。", "部分田區已翻耕，無法認定。"]))
    if g.chance(0.5):
        d.f("\n申請人住{ad}，電話{ph}。", ad=g.address(rural=True), ph=g.phone())


def _agri_ind(g: _Gen, d: _Doc) -> None:
    p = g.person("ind")
    tribe = g.pick(["馬太鞍", "太巴塱", "司馬庫斯", "好茶", "達瑪巒", "南王", "撒奇萊雅", "土坂"])
    d.f("申請人{p}（{t}部落）", p=p, t=tribe)
    if g.chance(0.6):
        d.f("，{bd}出生", bd=g.birth(1945, 1985)[0])
    d.f(
        "，種植{c}約{a}公頃，因{dis}土石流淤積受損。",
        c=g.pick(_CROPS),
        a=round(g.rng.uniform(0.1, 2), 2),
        dis=g.pick(_DISASTERS),
    )
    d.f("\n身分證：{i}", i=g.twid())
    if g.chance(0.6):
        d.f("\n地址：{ad}", ad=g.address(rural=True))
    if g.chance(0.5):
        d.f("\n部落會議主席{x}協助說明。", x=g.person("ind"))


def _agri_list(g: _Gen, d: _Doc) -> None:
    d.f(
        "{dis} 現金救助核定名冊（{t}）\n",
        dis=g.pick(_DISASTERS),
        t=g.pick(["第一批", "第二批", "補件"]),
    )
    for i in range(g.rng.randint(2, 5)):
        d.t(g.pick([f"{i + 1}. ", f"({i + 1}) ", "- "]))
        d.put(g.person(g.pick(["adult", "elder", "elder_f", "ind"])))
        d.t(g.pick(["，", " ", "／"]))
        if g.chance(0.6):
            d.put(g.twid())
            d.t(g.pick(["，", " ", "／"]))
        d.t(g.pick(_CROPS) + " " + g.amount(3000, 120000) + "\n")


def _agri_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        d.f(
            "農業部公告{dis}造成雲林縣古坑鄉、嘉義縣竹崎鄉及臺南市楠西區等地區{c}受損，"
            "列為現金救助地區，救助額度每公頃{amt}。公告文號：{doc}。",
            dis=g.pick(_DISASTERS),
            c=g.pick(_CROPS),
            amt=g.amount(20000, 80000),
            doc=g.docno(),
        )
    elif k == 1:
        d.f(
            "依農業天然災害救助辦法第5條，受害農民應於公告之日起10日內提出申請。"
            "本所受理件數：{c1}{n1}件、{c2}{n2}件，合計{t}件，勘查日期排定{a}至{b}。",
            c1=g.pick(_CROPS),
            n1=(n1 := g.rng.randint(5, 120)),
            c2=g.pick(_CROPS),
            n2=(n2 := g.rng.randint(5, 80)),
            t=n1 + n2,
            a=g.odate(),
            b=g.odate(),
        )
    elif k == 2:
        d.f(
            "災區範圍：{land}至{land2}一帶，曾文溪沿岸田埂沖毀，石虎出沒區域請勿使用除草劑。"
            "高麗菜價格受影響，批發市場均價每公斤{p}元。",
            land=_land(g),
            land2=_land(g),
            p=g.rng.randint(15, 90),
        )
    else:
        d.f(
            "救助金撥付進度：第{k}批{n}件已於{dt}撥入申請人帳戶，"
            "金額合計{amt}。退件原因多為地號錯誤或重複申請。聯絡窗口：農會推廣股。",
            k=g.rng.randint(1, 4),
            n=g.rng.randint(10, 400),
            dt=g.odate(),
            amt=g.amount(100000, 9000000),
        )


# --------------------------------------------------------------------------------------------
# Genre: 學校輔導轉介
# --------------------------------------------------------------------------------------------


def _school_referral(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    d.t(g.pick(["學生輔導轉介單\n", "【二級輔導轉介】\n", "輔導室轉介表（內部）\n"]))
    grade = g.pick(["七年", "八年", "九年", "五年", "六年"])
    rows: list[tuple[str, object]] = [
        ("學生姓名", kid),
        ("班級", f"{grade}{g.rng.randint(1, 18)}班"),
        ("座號", str(g.rng.randint(1, 32))),
        ("出生日期", g.birth(2009, 2016)[0]),
    ]
    if g.chance(0.5):
        rows.append(("身分證字號", g.twid()))
    if g.chance(0.3):
        rows.append(("健保卡號", g.nhi()))
    rows.append((g.pick(["監護人", "家長"]), g.person(g.pick(["adult", "adult", "vn", "id"]))))
    rows.append(("聯絡電話", g.mobile()))
    if g.chance(0.4):
        rows.append(("住址", g.address()))
    rows.append(("轉介人", g.person("adult")))
    rows.append(("轉介原因", g.pick(_SCHOOL_REASONS)))
    _form(g, d, rows)


def _school_log(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    peer = g.person("child")
    d.f("{dt} 第{k}次晤談\n", dt=g.odate(), k=g.rng.randint(1, 9))
    d.f("{kid}表示最近和{peer}吵架，", kid=kid, peer=peer)
    d.t(g.pick(["覺得全班都站在對方那邊。", "下課都自己待在圖書館。", "晚上睡不著，一直滑手機。"]))
    d.t(g.pick(["\n談話中情緒穩定，", "\n談到家裡時哭泣，", "\n"]))
    d.t(g.pick(["約定下週同一時間再談。", "已告知導師留意。", "評估暫無立即危險。"]))
    if g.chance(0.5):
        d.f("\n輔導老師 {t}", t=g.person("adult"))


def _school_parent(g: _Gen, d: _Doc) -> None:
    parent = g.person(g.pick(["adult", "adult", "vn", "id", "ph"]))
    kid = g.person("child")
    d.f("已電聯{kid}家長{p}（{m}），", kid=kid, p=parent, m=g.mobile())
    d.t(
        g.pick(
            [
                "家長表示孩子在家也很少說話，",
                "家長工作忙，晚上十點後才能聯絡，",
                "家長同意轉介至心理師，",
            ]
        )
    )
    if g.chance(0.6):
        d.f("並提供email {e}以利寄送會議紀錄。", e=g.email())
    else:
        d.t("會再與家人討論。")
    if g.chance(0.4):
        d.f("\n母親出生日期{bd}（新住民，需通譯）。", bd=g.birth(1978, 1995, western=True)[0])


def _school_meeting(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    att = [g.person("adult") for _ in range(g.rng.randint(2, 4))]
    d.f("個案會議紀錄\n日期：{dt}\n個案：{kid}\n出席：", dt=g.odate(short=False), kid=kid)
    roles = ["導師", "輔導老師", "學務主任", "社工師", "心理師", "特教老師"]
    for i, a in enumerate(att):
        if i:
            d.t("、")
        d.f("{r}{a}", r=g.pick(roles), a=a)
    d.t(
        "\n決議："
        + g.pick(
            [
                "一、申請三級輔導資源；二、每週固定晤談一次。",
                "轉介社會局兒少保護，並通報。",
                "由導師先行家訪。",
            ]
        )
    )
    if g.chance(0.5):
        d.f("\n家訪地址：{a}", a=g.address())


def _school_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 2)
    if k == 0:
        d.f(
            "本校{y}學年度第{s}學期輔導工作計畫：依學生輔導法第6條及{doc}辦理，"
            "三級輔導轉介流程修訂如附件。簡報檔請於{dl}前上傳。",
            y=g.pick(["113", "114"]),
            s=g.pick("12"),
            doc=g.docno(),
            dl=g.odate(),
        )
    elif k == 1:
        d.f(
            "{g}年級校外教學訂於{dt}（{w}），地點：國立自然科學博物館，每人費用{amt}，"
            "含保險與遊覽車。童軍團另於黎明時分集合，請勿遲到。",
            g=g.pick("三四五七八"),
            dt=g.odate(),
            w=g.weekday(),
            amt=g.amount(300, 1500),
        )
    else:
        d.f(
            "輔導室公告：諮商預約請至輔導室登記，週一至週五第{a}至{b}節開放。"
            "生命教育週活動（{dt}起）：向日葵卡片、杜鵑花步道健走，冠軍班級頒發圖書禮券{amt}。",
            a=g.rng.randint(1, 3),
            b=g.rng.randint(5, 8),
            dt=g.odate(),
            amt=g.amount(500, 3000),
        )


# --------------------------------------------------------------------------------------------
# Genre: 水電維修工單
# --------------------------------------------------------------------------------------------


def _util_ticket(g: _Gen, d: _Doc) -> None:
    rows: list[tuple[str, object]] = [
        (g.pick(["報修單號", "工單編號"]), g.caseno()),
        (
            "報修時間",
            g.odate(short=False) + f" {g.rng.randint(6, 22):02d}:{g.rng.randint(0, 59):02d}",
        ),
        ("報修人", g.person(g.pick(["adult", "adult", "elder"]))),
        ("電話", g.phone()),
        ("地址", g.address()),
        ("故障描述", g.pick(_FAULTS)),
        ("派工人員", g.person("adult")),
    ]
    if g.chance(0.3):
        rows.insert(4, ("備用電話", g.phone()))
    _form(g, d, rows)


def _util_short(g: _Gen, d: _Doc) -> None:
    shape = g.rng.randint(0, 2)
    if shape == 0:
        d.f(
            "{a} {f}，用戶{p} {m}，已派員。",
            a=g.address(),
            f=g.pick(_FAULTS),
            p=g.person("adult"),
            m=g.mobile(),
        )
    elif shape == 1:
        d.f(
            "{p}{h}來電：{f}。地址{a}，",
            p=g.person("adult"),
            h=g.pick(["先生", "小姐", ""]),
            f=g.pick(_FAULTS),
            a=g.address(),
        )
        d.f("回電{ph}。", ph=g.phone())
    else:
        d.f(
            "#{c} {f}｜{a}｜{p}｜{ph}",
            c=g.caseno(),
            f=g.pick(_FAULTS),
            a=g.address(),
            p=g.person("adult"),
            ph=g.phone(),
        )


def _util_card(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.f("用戶{p}申請{k}費改以信用卡代繳，卡號{c}", p=p, k=g.pick(["水", "電"]), c=g.card())
    d.t("，有效期限" + g.fw(f"{g.rng.randint(1, 12):02d}/{g.rng.randint(25, 31)}") + "。")
    if g.chance(0.6):
        d.f("\n持卡人出生日期：{bd}", bd=g.birth(1950, 2000)[0])
    if g.chance(0.5):
        d.f("\n身分證字號：{i}", i=g.twid())
    if g.chance(0.5):
        d.f("\n電子帳單寄送：{e}", e=g.email())
    d.f("\n用電地址：{a}", a=g.address())


def _util_mail(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.f("{p}來信（{e}）反映", p=p, e=g.email())
    d.t(g.pick(["本期水費暴增為上期的三倍，", "帳單地址錯誤，", "停電時間過長冰箱食物損壞，"]))
    d.t(g.pick(["要求查表。", "請更正為新址", "要求賠償。"]))
    if d.text.endswith("新址"):
        d.f("：{a}。", a=g.address())
    if g.chance(0.5):
        d.f("\n處理人員：{s}　{ph}", s=g.person("adult"), ph=g.landline(ext=0.6))


def _util_neg(g: _Gen, d: _Doc) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        d.f(
            "計畫性停水公告：{dt}22時至翌日6時，大安區和平東路二段、復興南路一段部分地區停水，"
            "降壓範圍含中山路與民生路口一帶。請用戶預先儲水。",
            dt=g.odate(),
        )
    elif k == 1:
        d.f(
            "本週工單統計：漏水{a}件、停電{b}件、路燈{c}件，平均到場時間{m}分鐘。"
            "高壓電塔巡檢另案辦理（案號{cn}）。",
            a=g.rng.randint(10, 120),
            b=g.rng.randint(1, 40),
            c=g.rng.randint(1, 60),
            m=g.rng.randint(25, 90),
            cn=g.caseno(),
        )
    elif k == 2:
        d.f(
            "領料單 {cn}\nPVC管 2吋×6m 3支\n閘閥（凡而）{a}個\n電纜 {mdl} 50m\n"
            "供應商：{co}（統編{ban}）",
            cn=g.caseno(),
            a=g.rng.randint(1, 6),
            mdl=g.fw(g.pick(["XLPE-22KV", "PVC-5.5", "CV-38"])),
            co=g.pick(_COMPANIES),
            ban=g.ban(),
        )
    else:
        d.f(
            "台電公司公告：{st}變電所設備檢修，{dt}上午8時至下午4時，"
            "金山、石門、林口部分饋線將輪流停電。依電業法第{art}條辦理，函號{doc}。",
            st=g.pick(["龍潭", "梅山", "白河", "花蓮", "湖口"]),
            dt=g.odate(),
            art=g.rng.randint(20, 60),
            doc=g.docno(),
        )


_POSITIVE = [
    _care_visit, _care_form, _care_call, _care_foreign, _care_table, _care_referral,
    _housing_lease, _housing_lottery, _housing_repair_note, _housing_newimm, _housing_mail,
    _labour_minutes, _labour_migrant, _labour_intake, _labour_transcript, _labour_email,
    _agri_form, _agri_village, _agri_inspect, _agri_ind, _agri_list,
    _school_referral, _school_log, _school_parent, _school_meeting,
    _util_ticket, _util_short, _util_card, _util_mail,
]  # fmt: skip
_NEGATIVE = [_care_neg, _housing_neg, _labour_neg, _agri_neg, _school_neg, _util_neg]


# --------------------------------------------------------------------------------------------
# Leak guard: no unlabelled strong identifiers outside spans
# --------------------------------------------------------------------------------------------

_ID_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][0-9A-Da-d]\d{8}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_MOBILE_RE = re.compile(r"(?<!\d)(?:\+?886[ -]?|0)9\d{2}[ -.]?\d{3}[ -.]?\d{3}(?!\d)")


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = ["□"] * (e - s)
    masked = unicodedata.normalize("NFKC", "".join(chars))
    for m in _ID_RE.finditer(masked):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    if any(creditcard.is_valid(m.group()) for m in _CARD_RE.finditer(masked)):
        return True
    if _EMAIL_RE.search(masked):
        return True
    return negative and any(phone.is_mobile(m.group()) for m in _MOBILE_RE.finditer(masked))


def generate_heldout17(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list (an applicant-name column)."""
    g = _Gen(n, seed)
    samples: list[Sample] = []
    while len(samples) < n:
        negative = g.chance(0.25)
        g.used = set()
        d = _Doc()
        if negative:
            g.pick(_NEGATIVE)(g, d)
        else:
            g.pick(_POSITIVE)(g, d)
        text = d.text.strip("\n")
        if text != d.text.rstrip("\n") or not text:  # leading newlines would shift spans
            continue
        if _leaks(text, d.spans, negative):
            continue
        if negative:
            assert not d.spans
        samples.append(Sample(text, list(d.spans), negative, list(d.known)))
    return samples, list(g.known_list)
