# ruff: noqa: E501  (templates are CJK text, which ruff counts at double width)
"""Held-out set 52: synthetic, labelled free text of Taiwanese agencies for the deid scanner.

Written without looking at the scanner. Six genres, in Traditional Chinese, in many registers
(公文, case-log notes, transcribed speech, pasted forms, pasted tables, lists):

* 產後護理之家 admission and incident records;
* 住宅區停車證 and 停車位抽籤 lists and case notes;
* 社區大學 course registrations and teacher rosters;
* 預付卡實名登記 of foreign workers and tourists at telecom shops;
* 大學學雜費減免 applications with the parents' details;
* 租屋押金糾紛 mediation records.

About a quarter of the samples are hard negatives: they hold only public or non-personal
look-alikes (document, case and receipt numbers, companies' 統一編號, statute articles, amounts,
ordinary dates, place, organisation, shop and product names, ordinary words that begin with a
surname character) and never a phone number, an address, an e-mail or a person.

Values are wrapped in private-use markers while a text is written, then the markers are turned
into character spans, so a template is ordinary Python building a string.
"""

import datetime
import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout52"]

_OPEN, _MID, _CLOSE = "\ue000", "\ue001", "\ue002"
_MARKED = re.compile(f"{_OPEN}([A-Z_]+){_MID}(.*?){_CLOSE}", re.S)
_FULLWIDTH_SHARE = 0.14
_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5

# ---------------------------------------------------------------------------- name material


def _split(words: str) -> tuple[str, ...]:
    """The space-separated words of a data string."""
    return tuple(words.split())


_SURNAMES = tuple(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘"
        "顏梁趙柯翁魏方孫戴范宋鄧杜侯曹薛傅丁溫紀蔣歐藍連唐馬董石卓程姚康馮古姜湯汪白田涂鄒巫"
        "尤鐘龔嚴韓黎阮袁童陸金錢邵夏俞倪甘秦官毛郝孔左段雷史戚孟邢易辜殷熊凃柳饒聶樊陶費牛龍"
        "岳甯文麥蒲練冼粘鄞伍車褚單闕花利卜危萬賀談喬章翟穆武查池全佘藺酆笪亓任包賈鄔易商"
    )
)
_COMPOUND_SURNAMES = (
    "歐陽", "張簡", "司徒", "諸葛", "上官", "范姜", "東方", "夏侯", "司馬", "公孫", "皇甫",
    "端木", "長孫", "慕容", "令狐", "鍾離",
)  # fmt: skip
_FEMALE_GIVEN = _split(
    "美玲 淑芬 雅婷 怡君 佩君 欣怡 淑惠 美惠 麗華 秀英 雅惠 宜蓁 思妤 詩涵 芷晴 語彤 品妍 子晴 "
    "宥蓁 苡安 心妤 佳穎 筱涵 靜宜 惠珍 素貞 玉蘭 秀琴 月娥 碧霞 春桃 慧敏 婉婷 郁婷 家瑜 瑋婷 "
    "韻如 曉雯 盈君 珮瑜 昀臻 姿吟 巧玲 宛蓉 婕妤 若涵 亭妤 沛珊 馨儀 采潔 語涵 芊羽 紫晴 雨萱 "
    "以晴 可欣 品萱 宜庭 詠晴 翊婷 湘怡 蕙如 美君 秀鳳 麗娟 淑貞 玉珠 金鳳 寶玉 雪芳 靜怡 佳蓉 "
    "琬婷 欣妤 芯瑜 妍希 禹彤 恩綺 羽柔 書瑤 芸熙 玉梅 麗雲 秀枝 阿滿 罔市 彩雲 錦雲 碧珠 瓊瑤 "
    "素娥 秋香 春美 麗珠 惠美 幸惠 梅英 美珠 鳳嬌 素珍 姿穎 芳瑜 怡萱 佩芬 雅雯 慧君 玟君 嘉玲 "
    "柔安 思穎 筠庭 淳恩 心語 沐晴 安琪 雅筑 育萱 庭瑄 韋伶 曉萍 詩婷 鈺婷 倩如 舒婷 梓涵 瑀彤"
)
_MALE_GIVEN = _split(
    "志明 家豪 俊傑 建宏 宗翰 承翰 冠宇 柏翰 彥廷 冠廷 宇軒 品睿 承恩 宥辰 子睿 柏宇 哲瑋 建志 "
    "文雄 國華 明輝 志偉 俊賢 正雄 金龍 榮發 清標 添財 明德 耀宗 振興 瑞祥 文彬 信宏 煒傑 偉倫 "
    "冠霖 博文 睿恩 恩齊 宸瑋 致遠 晉豪 昱辰 家瑋 聖傑 俊宏 嘉偉 志豪 明哲 政宏 威廷 士賢 景翔 "
    "世昌 坤山 阿福 水木 金水 福來 天賜 建國 國雄 萬得 進財 朝陽 宏達 啟銘 紹文 彥君 崇仁 勝雄 "
    "仁傑 宗憲 立偉 育誠 子豪 俊廷 奕辰 浩宇 睿哲 毅安 宥翔 品丞 秉宏 俊毅 峻豪 韋辰 柏諺 翊凱 "
    "哲維 昌霖 德明 義雄 永福 木村 旺財 東興 添丁 秋雄 永和 正義 文賢 光輝 振宇 鴻文 耀仁 承志"
)
# Given-name lists are (female, male) pairs; parts without a sex are shared.
_ONE_CHAR_GIVEN = ("敏靜娟芳萍琳瑜蓉潔寧璇慧玲婷雯婕昕琦華", "偉傑勇強軍誠毅豪倫翔凱瑋霖瀚謙華")
_INDIGENOUS_HAN_GIVEN = (
    _split("巴奈 拉娃 吉娃思 撒韻 烏娜 娃莉絲 伊苞 莎韻 蕥萊 莉慕伊 瑪莎 比黛 阿慕伊"),
    _split(
        "瓦旦 尤幹 伊凡 馬耀 比令 達利 阿布 哈尤 帕蘇拉 沙力浪 依斯坦大 阿洛 拉罕 谷木 高德 達卡 優帕斯"
    ),
)
_INDIGENOUS_HAN_FAMILY = _split(
    "哈勇 諾幹 尤命 巴萬 塔古 拉法 吉努 馬紹 基朗 卡造 達印 比紹 瓦歷 拉夫琅 撒沙勒 "
    "法拉外 伊斯瑪哈單 多奧 瑪拉歐斯 杜瑪"
)
_INDIGENOUS_LATIN_GIVEN = (
    _split("Panay Lawa Ciwas Sayun Una Ipan Mukai Ising Dongi Ubus Api Kolas"),
    _split("Watan Yukan Ivan Mayaw Piling Tali Walis Apu Hayu Sakinu Dakanow Lahok Nakaw Kacaw"),
)
_INDIGENOUS_LATIN_FAMILY = _split(
    "Hayung Nokan Yumin Pawan Takow Lafa Kinu Masaw Kilang Kacaw Daiyin Pisaw Yapu Ali Sawmah "
    "Falahay Istanda Tanapima Dagos Batu"
)
_VIET_SURNAMES = (
    ("Nguyen", "Nguyễn", "阮"), ("Tran", "Trần", "陳"), ("Le", "Lê", "黎"), ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"), ("Phan", "Phan", "潘"), ("Vu", "Vũ", "武"), ("Dang", "Đặng", "鄧"),
    ("Bui", "Bùi", "裴"), ("Do", "Đỗ", "杜"), ("Ngo", "Ngô", "吳"), ("Duong", "Dương", "楊"),
    ("Ly", "Lý", "李"), ("Vo", "Võ", "武"), ("Huynh", "Huỳnh", "黃"),
)  # fmt: skip
_VIET_GIVEN = (
    (
        ("Hoa", "Hoa", "花"), ("Lan", "Lan", "蘭"), ("Huong", "Hương", "香"), ("Mai", "Mai", "梅"),
        ("Linh", "Linh", "玲"), ("Trang", "Trang", "莊"), ("Thao", "Thảo", "草"), ("Phuong", "Phương", "芳"),
        ("Thu", "Thu", "秋"), ("Hanh", "Hạnh", "幸"), ("Ngoc", "Ngọc", "玉"), ("Yen", "Yến", "燕"),
        ("Anh", "Anh", "英"), ("Tam", "Tâm", "心"),
    ),
    (
        ("Nam", "Nam", "南"), ("Hung", "Hùng", "雄"), ("Tuan", "Tuấn", "俊"), ("Dung", "Dũng", "勇"),
        ("Hai", "Hải", "海"), ("Long", "Long", "龍"), ("Hieu", "Hiếu", "孝"), ("Quang", "Quang", "光"),
        ("Duc", "Đức", "德"), ("Thanh", "Thanh", "清"), ("Anh", "Anh", "英"), ("Tam", "Tâm", "心"),
    ),
)  # fmt: skip
_INDO_GIVEN = (
    _split(
        "Siti Sri Dewi Ayu Nur Wahyuni Rahmawati Kurniasih Lestari Susanti Wati Yuliani Rina Eka "
        "Puji Indah Ratna Fitri Ani Suparmi Sumiati Yanti Nining Umi Endang Rohmah Hartini Mulyani"
    ),
    _split("Agus Budi Eko Joko Slamet Ahmad Rudi Kusnadi Iwan Setiawan Dian Tri Bambang Hendra"),
)
_INDO_HAN = (
    _split(
        "蒂蒂 絲莉 黛薇 阿尤 努兒 莉娜 艾卡 因達 娃蒂 蘇珊蒂 蘇米亞蒂 雅妮 菲特莉 拉特娜 黛安 烏米 蘇帕米 哈蒂妮"
    ),
    _split("阿古斯 布迪 艾可 佐科 伊萬 安東 斯拉梅 艾哈邁德 魯迪 班邦"),
)
_PH_GIVEN = (
    _split(
        "Maria Rowena Jocelyn Marilou Jennifer Analyn Rhea Lorna Joy Rosalie Mary Grace Cherry "
        "Mae Liezl Girlie Jonalyn Rachelle Aileen"
    ),
    _split("Arnel Rodel Jomar Jayson Ryan Edwin Romeo Noel Mark Anthony Jerome Renato"),
)
_PH_SURNAMES = _split(
    "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Flores Villanueva Ramos Aquino "
    "Castillo Dizon Manalo Pascual Navarro Soriano Macaraeg Tolentino Gonzales"
)
_PH_HAN_GIVEN = (
    _split("瑪莉亞 羅溫娜 喬瑟琳 珍妮佛 安娜琳 蕾雅 蘿娜 喬伊"),
    _split("阿內爾 羅德爾 萊恩 艾德溫 傑森 諾爾"),
)
_PH_HAN_SUR = _split("桑托斯 雷耶斯 克魯茲 包蒂斯塔 門多薩 加西亞 托雷斯 弗洛雷斯 拉莫斯 阿奎諾")
_TH_GIVEN = (
    _split("Nattaya Siriporn Kanya Malee Pranee Supaporn Wanida Chanida Pornthip Ratchanee"),
    _split("Somchai Somsak Sombat Prasert Wichai Anan Kittisak Thawatchai Boonchu Sompong"),
)
_TH_SURNAMES = _split(
    "Srisuk Boonmee Saetang Thongdee Chaiyaporn Wongsawat Kaewkham Sukjai Phromma Rattanakorn "
    "Inthanon Sriwong Chanthara Khamphan"
)
_TH_HAN_GIVEN = (
    _split("娜塔雅 西莉蓬 甘雅 瑪麗 帕妮 素帕蓬"),
    _split("頌猜 宋沙 頌巴 巴實 威猜 阿南"),
)
_TH_HAN_SUR = _split("西素 汶美 通迪 猜亞蓬 翁沙瓦 乾康 蓬瑪 拉達那功")

# -------------------------------------------------------------------------- place material

_AREAS = (
    ("臺北市", _split("大安區 信義區 中山區 松山區 萬華區 士林區 北投區 內湖區 文山區 中正區"), "1"),
    ("新北市", _split("板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 汐止區 淡水區"), "2"),
    ("桃園市", _split("桃園區 中壢區 平鎮區 八德區 龜山區 楊梅區 蘆竹區"), "3"),
    ("臺中市", _split("西屯區 北屯區 南屯區 西區 北區 豐原區 大里區 太平區"), "4"),
    ("臺南市", _split("東區 北區 安平區 永康區 新營區 仁德區 善化區"), "7"),
    ("高雄市", _split("苓雅區 三民區 左營區 鼓山區 前鎮區 鳳山區 楠梓區 岡山區"), "8"),
    ("基隆市", _split("仁愛區 信義區 七堵區 安樂區"), "2"),
    ("新竹市", _split("東區 北區 香山區"), "3"),
    ("嘉義市", _split("東區 西區"), "6"),
    ("新竹縣", _split("竹北市 竹東鎮 湖口鄉 新豐鄉"), "3"),
    ("苗栗縣", _split("苗栗市 頭份市 竹南鎮 後龍鎮"), "3"),
    ("彰化縣", _split("彰化市 員林市 鹿港鎮 和美鎮"), "5"),
    ("南投縣", _split("南投市 草屯鎮 埔里鎮 信義鄉"), "5"),
    ("雲林縣", _split("斗六市 虎尾鎮 西螺鎮 麥寮鄉"), "6"),
    ("嘉義縣", _split("民雄鄉 太保市 朴子市 水上鄉"), "6"),
    ("屏東縣", _split("屏東市 潮州鎮 東港鎮 內埔鄉"), "9"),
    ("宜蘭縣", _split("宜蘭市 羅東鎮 礁溪鄉 五結鄉"), "2"),
    ("花蓮縣", _split("花蓮市 吉安鄉 壽豐鄉 光復鄉"), "9"),
    ("臺東縣", _split("臺東市 卑南鄉 太麻里鄉 關山鎮"), "9"),
    ("澎湖縣", _split("馬公市 湖西鄉"), "8"),
    ("金門縣", _split("金城鎮 金湖鎮"), "8"),
)  # fmt: skip
_ROADS = _split(
    "中山路 中正路 民生東路 復興南路 忠孝東路 和平西路 建國路 文化路 自由路 光復路 三民路 "
    "民族路 成功路 大同路 博愛路 仁愛路 信義路 福德街 永康街 公園路 中華路 林森路 長春路 "
    "四維路 五福一路 英才路 府前路 東門路 崇德路 西屯路 青海路 文心路 漢口路 健行路 延平路 "
    "中興街 復興街 勝利街 育英街 光明路 明德路 興南街 新生路 環河路 竹林路 重慶北路 南京西路"
)
_VILLAGES = _split("中正里 福德里 仁愛里 和平里 大同里 東興村 忠孝里 新興里 永安村 長春里")
_CN_NUM = "一二三四五六七"

# ---------------------------------------------------------------------- look-alike material

_DOC_PREFIXES = {
    "postpartum": ("北市衛健", "衛部照", "府衛醫", "新北衛醫", "高市衛醫"),
    "parking": ("府授工", "北市交停", "府交停", "南市交停", "府交管"),
    "college": ("新北教社", "桃教終", "中市教終", "高市教社", "北市教終"),
    "sim": ("通傳資源", "通傳平臺", "通傳營管"),
    "tuition": ("臺教學（四）", "臺教高（四）", "臺教技（四）"),
    "deposit": ("北市法調", "新北府法消", "中市法消", "北市地權"),
}  # fmt: skip
_LAWS = {
    "postpartum": ("產後護理機構設置標準第3條", "產後護理機構設置標準第8條", "護理人員法第16條", "護理機構分類設置標準第3條"),
    "parking": ("道路交通管理處罰條例第56條", "停車場法第31條", "停車場法第32條", "道路交通安全規則第112條"),
    "college": ("終身學習法第14條", "社區大學發展條例第5條", "社區大學發展條例第8條"),
    "sim": ("電信管理法第9條", "個人資料保護法第20條", "個人資料保護法第6條第1項"),
    "tuition": ("學雜費減免辦法第4條", "社會救助法第5條之3", "學雜費減免辦法第2條"),
    "deposit": (
        "民法第421條", "民法第423條", "民法第431條", "土地法第99條", "土地法第100條",
        "租賃住宅市場發展及管理條例第7條", "消費者保護法第11條之1",
    ),
}  # fmt: skip
# Phrases holding ordinary words that begin with a common surname character (陳列, 林業, 黃金...).
_SURNAME_WORD_PHRASES = {
    "postpartum": _split(
        "嬰兒室陳列架已加裝防倒扣件 各樓層張貼手部衛生海報 安全門不得上鎖 溫度計每日校正並留紀錄 "
        "黃金週期間暫停開放參觀 施工期間請改走側門 康復中心轉介流程已簡化 游泳課程暫停 "
        "葉酸及鐵劑衛教單張更新 高度超過一百公分之櫃體須固定 白天時段訪客限二人 馬上完成簽到"
    ),
    "parking": _split(
        "周邊道路禁止臨時停車 公告張貼於各棟大廳 施工圍籬設置期間車道縮減 連續假期不收費 "
        "車道高度限制2.1公尺 白天時段開放臨停 許可證逾期者請重新申請 石材鋪面修繕中 "
        "金額以繳費單為準 孔洞已填補 程序比照去年辦理 曾經中籤者本次順位在後"
    ),
    "college": _split(
        "結業作品陳列至月底 與林業署合辦田野調查 游泳課改至室內溫水池 童書繪本工作坊額滿 "
        "花藝課材料費另計 武術社團招生中 講義改用宋體字放大版 學費金額以收據為準 "
        "簡單易學免經驗 高齡學員優先 白天班與夜間班擇一 萬用教室須事先登記"
    ),
    "sim": _split(
        "易付卡陳列架已補貨 萬用充電器缺貨 包裝破損不得退換 儲值金額不足請先加值 "
        "紀錄保存期限依規定辦理 開卡程序約十分鐘 簡單方案適合短期旅客 全額退費須於七日內申請 "
        "馬上開通免等待 連續使用滿三十日贈送通話費"
    ),
    "tuition": _split(
        "證明文件請依序排列 審查程序約需兩週 全額減免者免繳平安保險費以外費用 "
        "減免金額由學雜費直接扣除 紀錄逐年存查 簡單填寫線上表單即可 章程修正後適用 "
        "高教深耕計畫同步補助 曾經申請者仍須重新繳件 文件不全者退件"
    ),
    "deposit": _split(
        "石材地板刮痕屬正常耗損 冷氣葉片損壞應由出租人修繕 洪水造成之損害不可歸責承租人 "
        "牆面孔洞依契約約定修復 文件請攜帶正本 馬上受理當日排程 曾經調解不成立者得另行起訴 "
        "高度爭議案件轉介法律扶助 簡單案件一次結案 連續三期未繳租金得終止契約"
    ),
}

# ------------------------------------------------------------------------------ the builder


_NAME_MAKERS = {
    "h": "_han_name",
    "i": "_indigenous_name",
    "v": "_viet_name",
    "n": "_indo_name",
    "p": "_ph_name",
    "t": "_th_name",
}


def _fw(text: str) -> str:
    """Full-width forms of ASCII letters, digits and punctuation (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _mark(value: str, label: str) -> str:
    return f"{_OPEN}{label}{_MID}{value}{_CLOSE}"


class _Gen:
    """Random value makers for one generation run (all randomness from one ``Random``)."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.known_by_kind: dict[tuple[str, bool], list[str]] = {}
        self.known: list[str] = []
        self._build_known(n)

    # -- basics
    def c(self, *options):
        return self.r.choice(options)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def fw(self, value: str) -> str:
        return _fw(value) if self.chance(_FULLWIDTH_SHARE) else value

    def sep(self) -> str:
        return self.c("：", "：", "：", ":", "： ", " ", "：　")

    # -- names (``female`` picks the given-name list; 0 = female, 1 = male)
    def _han_name(self, female: bool) -> str:
        x = self.r.random()
        sex = 0 if female else 1
        given = self.pick(_FEMALE_GIVEN if female else _MALE_GIVEN)
        if x < 0.07:
            one = self.pick(_ONE_CHAR_GIVEN[sex])
            return self.pick(_COMPOUND_SURNAMES) + (given if self.chance(0.8) else one)
        if x < 0.15 and female:  # 冠夫姓
            return self.pick(_SURNAMES) + self.pick(_SURNAMES) + given
        if x < 0.22:
            return self.pick(_SURNAMES) + self.pick(_ONE_CHAR_GIVEN[sex])
        return self.pick(_SURNAMES) + given

    def _indigenous_name(self, female: bool) -> str:
        sex = 0 if female else 1
        if self.chance(0.6):
            dot = self.c("‧", "‧", "·")
            return self.pick(_INDIGENOUS_HAN_GIVEN[sex]) + dot + self.pick(_INDIGENOUS_HAN_FAMILY)
        return f"{self.pick(_INDIGENOUS_LATIN_GIVEN[sex])} {self.pick(_INDIGENOUS_LATIN_FAMILY)}"

    def _latin_case(self, name: str) -> str:
        return name.upper() if self.chance(0.5) else name

    def _viet_name(self, female: bool) -> str:
        sex = 0 if female else 1
        sur, given = self.pick(_VIET_SURNAMES), self.pick(_VIET_GIVEN[sex])
        if self.chance(0.35):
            return sur[2] + ("氏" if female else "文") + given[2]
        form = 1 if self.chance(0.25) else 0
        middle = ("Thị" if form else "Thi") if female else ("Văn" if form else "Van")
        parts = [sur[form], middle, given[form]]
        if self.chance(0.3):
            extra = self.pick(_VIET_GIVEN[sex])[form]
            if extra != given[form]:
                parts.insert(2, extra)
        name = " ".join(parts)
        return name.upper() if form == 0 and self.chance(0.5) else name

    def _indo_name(self, female: bool) -> str:
        sex = 0 if female else 1
        if self.chance(0.35):
            first, second = self.r.sample(_INDO_HAN[sex], 2)
            return first + ("‧" + second if self.chance(0.4) else "")
        parts = self.r.sample(_INDO_GIVEN[sex], self.c(1, 2, 2, 2, 3))
        if len(parts) == 1:
            parts.append(self.c("Ningsih", "Wulandari", "Susilo", "Saputra", "Hidayat", "Pratama"))
        return self._latin_case(" ".join(parts))

    def _ph_name(self, female: bool) -> str:
        sex = 0 if female else 1
        if self.chance(0.3):
            return self.pick(_PH_HAN_GIVEN[sex]) + "‧" + self.pick(_PH_HAN_SUR)
        given = " ".join(self.r.sample(_PH_GIVEN[sex], self.c(1, 1, 2)))
        surname, middle = self.r.sample(_PH_SURNAMES, 2)
        middle = " " + middle if self.chance(0.3) else ""
        return self._latin_case(f"{given}{middle} {surname}")

    def _th_name(self, female: bool) -> str:
        sex = 0 if female else 1
        if self.chance(0.3):
            return self.pick(_TH_HAN_GIVEN[sex]) + "‧" + self.pick(_TH_HAN_SUR)
        return self._latin_case(f"{self.pick(_TH_GIVEN[sex])} {self.pick(_TH_SURNAMES)}")

    def _fresh(self, kind: str, female: bool) -> str:
        make = getattr(self, _NAME_MAKERS[kind])
        while True:
            name = make(female)
            if name not in self.known_set:
                return name

    def _build_known(self, n: int) -> None:
        kinds = ("h",) * 14 + ("i", "i", "v", "v", "n", "p", "t")
        mentioned = max(42, n // 5)
        never = max(12, n // 12)
        self.known_set: set[str] = set()
        order: list[str] = []
        for i in range(mentioned + never):
            kind = kinds[(i // 2) % len(kinds)] if i < len(kinds) * 4 else self.pick(kinds)
            female = i % 2 == 0
            name = self._fresh(kind, female)
            self.known_set.add(name)
            order.append(name)
            if i < mentioned:
                self.known_by_kind.setdefault((kind, female), []).append(name)
        self.r.shuffle(order)
        self.known = order

    def _kind(self, kind: str) -> str:
        if kind == "f":
            return self.c("v", "v", "v", "n", "n", "n", "p", "p", "t")
        if kind == "x":
            return self.c(*("h" * 16 + "iivnpt"))
        if kind == "y":  # a mother in a Taiwanese family: some are new residents
            return self.c(*("h" * 12 + "ivvvnpt"))
        return kind

    def name(self, kind: str = "x", female: bool | None = None) -> str:
        kind = self._kind(kind)
        if female is None:
            female = self.chance(0.55)
        pool = self.known_by_kind.get((kind, female))
        if pool and self.chance(_KNOWN_SHARE):
            return self.pick(pool)
        return self._fresh(kind, female)

    def P(self, kind: str = "x", female: bool | None = None) -> str:
        return _mark(self.name(kind, female), "PERSON")

    def F(self, kind: str = "x") -> str:
        """A woman's name."""
        return self.P(kind, True)

    def M(self, kind: str = "x") -> str:
        """A man's name."""
        return self.P(kind, False)

    # -- identifiers
    def id_raw(self, sex: str = "") -> str:
        letter = self.pick(tuple(LETTER_CODES))
        body = (sex or self.c("1", "2")) + self.digits(7)
        return letter + body + id_check_digit(letter, body)

    def ID(self, sex: str = "") -> str:
        value = self.id_raw(sex)
        x = self.r.random()
        if x < 0.05:
            value = value.lower()
        elif x < 0.09:
            value = f"{value[0]} {value[1:]}"
        elif x < 0.12:
            value = f"{value[0]}-{value[1:]}"
        return _mark(self.fw(value), "TW_NATIONAL_ID")

    def arc_raw(self) -> str:
        letter = self.pick(tuple(LETTER_CODES))
        if self.chance(0.65):
            body = self.c("8", "9") + self.digits(7)
            return letter + body + id_check_digit(letter, body)
        second = self.c("A", "B", "C", "D")
        tail = self.digits(7)
        return (
            letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        )

    def ARC(self) -> str:
        value = self.arc_raw()
        if self.chance(0.05):
            value = value.lower()
        elif self.chance(0.04):
            value = f"{value[:2]} {value[2:]}"
        return _mark(self.fw(value), "TW_RESIDENT_CERT")

    def mobile_raw(self) -> str:
        while True:
            number = "09" + self.c(*"012345678") + self.digits(7)
            if phone.is_valid(number):
                return number

    def MOB(self) -> str:
        d = self.mobile_raw()
        forms = (
            d, d, f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]}-{d[4:]}",
            f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}{d[4:7]}-{d[7:]}", f"{d[:2]}-{d[2:6]}-{d[6:]}",
            f"+886 {d[1:4]} {d[4:7]} {d[7:]}", f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}", f"+886{d[1:]}",
            f"+886-{d[1:]}", f"886-{d[1:4]}-{d[4:7]}-{d[7:]}", f"({d[:4]}){d[4:]}",
            f"{d[:4]}.{d[4:7]}.{d[7:]}", f"+886 (0){d[1:4]}-{d[4:]}",
        )  # fmt: skip
        return _mark(self.fw(self.pick(forms)), "PHONE")

    _LANDLINE_PLANS = (
        ("02", 8, "23456789"), ("02", 8, "2"), ("03", 7, "2345689"), ("037", 6, "2345"),
        ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2"), ("06", 7, "2"),
        ("07", 7, "3578"), ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"), ("0826", 5, "6"),
    )  # fmt: skip

    def landline_raw(self) -> tuple[str, str]:
        for _ in range(40):
            area, length, first = self.pick(self._LANDLINE_PLANS)
            local = self.pick(first) + self.digits(length - 1)
            if phone.is_valid(area + local):
                return area, local
        return "02", "2" + self.digits(7)

    def TEL(self, ext: float = 0.25) -> str:
        a, loc = self.landline_raw()
        if len(loc) == 8:
            grouped = f"{loc[:4]}-{loc[4:]}"
        elif len(loc) == 7:
            grouped = self.c(f"{loc[:3]}-{loc[3:]}", loc)
        else:
            grouped = loc
        value = self.c(
            f"{a}-{grouped}", f"{a}-{loc}", f"({a}){grouped}", f"({a}) {loc}", f"{a} {loc}",
            a + loc, f"+886-{a[1:]}-{grouped}", f"+886 {a[1:]} {loc}", f"（{a}）{grouped}",
        )  # fmt: skip
        if self.chance(ext):
            value += self.c("#", " #", " 分機", "分機 ", " 轉", " ext. ", " ext ", "轉") + (
                self.digits(self.c(2, 3, 3, 4)).lstrip("0") or "12"
            )
        return _mark(self.fw(value), "PHONE")

    def PH(self) -> str:
        return self.MOB() if self.chance(0.7) else self.TEL()

    _EMAIL_TOKENS = (
        "amy", "kevin", "jason", "vivian", "peggy", "winnie", "eric", "tony", "jessica", "allen",
        "chen", "lin", "wang", "huang", "chang", "liu", "tsai", "yang", "hsu", "cheng", "wu",
        "meiling", "yating", "chihming", "weilun", "hoa", "mai", "siti", "dewi", "joy", "rhea",
        "somchai", "panay", "mayaw", "mama", "baby", "sunny", "happy", "cat", "lulu", "momo",
    )  # fmt: skip
    _EMAIL_DOMAINS = (
        "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
        "msa.hinet.net", "ms45.hinet.net", "icloud.com", "yahoo.com", "livemail.tw",
        "yahoo.com.vn", "yahoo.co.id", "gmail.com.ph",
    )  # fmt: skip

    def EMAIL(self, domain: str = "") -> str:
        tok = [self.pick(self._EMAIL_TOKENS) for _ in range(self.c(1, 2, 2))]
        local = self.c(".", "_", "", "-").join(tok)
        if self.chance(0.6):
            local += self.digits(self.c(2, 4, 6))
        if self.chance(0.1):
            local = local.capitalize()
        value = f"{local}@{domain or self.pick(self._EMAIL_DOMAINS)}"
        return _mark(self.fw(value) if self.chance(0.5) else value, "EMAIL")

    def addr_raw(self, area: tuple | None = None) -> str:
        city, districts, zip1 = area or self.pick(_AREAS)
        district = self.pick(districts)
        if self.chance(0.3):
            city = city.replace("臺", "台")
        parts = [city, district]
        if self.chance(0.25):
            parts.append(
                self.pick(_VILLAGES) + (f"{self.r.randint(1, 30)}鄰" if self.chance(0.6) else "")
            )
        road = self.pick(_ROADS)
        parts.append(road)
        if road.endswith("路") and self.chance(0.45):
            parts.append(self.pick(_CN_NUM) + "段")
        if self.chance(0.45):
            parts.append(f"{self.r.randint(1, 600)}巷")
            if self.chance(0.35):
                parts.append(f"{self.r.randint(1, 40)}弄")
        parts.append(f"{self.r.randint(1, 399)}號")
        if self.chance(0.2):
            parts.append(f"之{self.r.randint(1, 9)}")
        if self.chance(0.5):
            floor = self.r.randint(2, 23)
            parts.append(self.c(f"{floor}樓", f"{floor}樓", f"{floor}F"))
            if self.chance(0.2):
                parts.append(f"之{self.r.randint(1, 12)}")
        text = "".join(parts)
        if self.chance(0.25):
            z = zip1 + self.digits(2)
            if self.chance(0.3):
                z += self.digits(self.c(2, 3))
            text = z + self.c("", " ") + text
        return text

    def ADDR(self) -> str:
        return _mark(self.fw(self.addr_raw()), "ADDRESS")

    def NHI(self) -> str:
        d = "0000" + self.digits(8) if self.chance(0.6) else self.digits(12)
        value = self.c(d, d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}")
        return _mark(self.fw(value), "TW_NHI_CARD")

    def PASS(self, nat: str = "tw") -> str:
        if nat == "tw":
            value = self.c("3", "3", "3", "1", "2") + self.digits(8)
        elif nat == "vn":
            value = self.c("B", "C", "C", "N") + self.digits(7)
        elif nat == "id":
            value = self.c("A", "B", "C", "X") + self.digits(7)
        elif nat == "ph":
            value = self.c("P" + self.digits(7) + self.c(*"ABC"), "EC" + self.digits(7))
        elif nat == "th":
            value = self.c("AA", "AB", "AC", "AD", "AE") + self.digits(7)
        elif nat == "jp":
            value = self.c("TK", "TR", "MZ") + self.digits(7)
        elif nat == "kr":
            value = "M" + self.digits(8)
        else:
            value = self.digits(9)
        return _mark(self.fw(value), "PASSPORT")

    def CC(self) -> str:
        prefix, length = self.c(
            ("4", 16), ("4", 16), ("4", 16), ("5" + self.c(*"12345"), 16), ("35", 16),
            ("37", 15), ("62", 16),
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                number = body + d
                break
        if length == 15:
            grouped = [number[:4], number[4:10], number[10:]]
        else:
            grouped = [number[i : i + 4] for i in range(0, 16, 4)]
        value = self.c(number, " ".join(grouped), "-".join(grouped), " ".join(grouped))
        return _mark(self.fw(value), "CREDIT_CARD")

    _MONTHS = _split("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")

    def BD(self, lo: int = 1960, hi: int = 2000, style: str = "tw") -> str:
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        roc = y - 1911
        tw = (
            f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}年{m:02d}月{d:02d}日",
            f"{roc:03d}.{m:02d}.{d:02d}", f"{roc}.{m}.{d}", f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日",
        )  # fmt: skip
        foreign = (
            f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
            f"{d:02d} {self._MONTHS[m - 1]} {y}", f"{d}{self._MONTHS[m - 1]}{y}", f"{y}年{m}月{d}日",
        )  # fmt: skip
        value = self.pick(foreign if style == "foreign" else tw)
        return _mark(self.fw(value), "BIRTH_DATE")

    # -- fillers (not personal)
    def roc_date(self, y: tuple[int, int] = (112, 114)) -> str:
        yy, m, d = self.r.randint(*y), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c(f"{yy}年{m}月{d}日", f"{yy}/{m:02d}/{d:02d}", f"{yy}.{m}.{d}", f"{m}月{d}日")

    def short_date(self) -> str:
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c(f"{m}/{d}", f"{m}月{d}日", f"{m:02d}/{d:02d}")

    def hm(self) -> str:
        return f"{self.r.randint(7, 22):02d}:{self.c('00', '10', '15', '20', '30', '45', '50')}"

    def docno(self, genre: str) -> str:
        return f"{self.pick(_DOC_PREFIXES[genre])}字第{self.r.randint(112, 114)}{self.digits(7)}號"

    def ban_no(self) -> str:
        while True:
            v = self.c("2", "4", "5", "8", "1", "3", "6", "7") + self.digits(7)
            if ban.is_valid(v):
                return v

    def amount(self) -> str:
        n = self.r.randint(3, 600) * 100
        return self.c(f"新臺幣{n:,}元", f"NT$ {n:,}", f"{n:,}元", f"新台幣{n}元", f"${n:,}")

    def caseno(self, kind: str = "case") -> str:
        y = self.r.randint(112, 114)
        if kind == "mediation":
            return self.c(
                f"{y}年民調字第{self.r.randint(1, 999):04d}號", f"{y}-調-{self.digits(4)}",
                f"{y}年度調字第{self.r.randint(1, 2999)}號",
            )  # fmt: skip
        if kind == "receipt":
            return self.c(
                f"No.{self.digits(7)}", f"R{y}{self.digits(6)}", f"{y}{self.digits(2)}-{self.digits(5)}",
                f"PO-{y}{self.digits(2)}-{self.digits(3)}",
            )  # fmt: skip
        return self.c(
            f"{y}{self.digits(4)}-{self.digits(4)}", f"{y}{self.digits(6)}", f"PK{y}{self.digits(7)}",
            f"{y}{self.digits(2)}{self.digits(5)}", f"A{y}-{self.digits(5)}",
        )  # fmt: skip

    def invoice(self) -> str:
        letters = self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return self.c(f"{letters}-{self.digits(8)}", f"{letters}{self.digits(8)}")

    def plate(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(
            f"{self.pick(L)}{self.pick(L)}{self.pick(L)}-{self.digits(4)}",
            f"{self.pick(L)}{self.pick(L)}-{self.digits(4)}",
            f"{self.digits(4)}-{self.pick(L)}{self.pick(L)}",
        )

    def student_no(self) -> str:
        return self.c("B", "B", "M", "A", "4", "1") + f"{self.r.randint(109, 113)}{self.digits(5)}"

    def law(self, genre: str) -> str:
        return self.pick(_LAWS[genre])

    def district(self) -> str:
        return self.pick(self.pick(_AREAS)[1])

    def period(self) -> str:
        """A start and end date (an application period, road works, an exhibition)."""
        y, m, d = self.ymd()
        start = datetime.date(y + 1911, m, d)
        end = start + datetime.timedelta(days=self.r.randint(5, 75))
        y2, m2, d2 = end.year - 1911, end.month, end.day
        return self.c(
            f"{y}年{m}月{d}日至{y2}年{m2}月{d2}日", f"{y}/{m:02d}/{d:02d}～{y2}/{m2:02d}/{d2:02d}",
            f"{y}年{m}月{d}日起至{y2}年{m2}月{d2}日止",
        )  # fmt: skip

    def words(self, genre: str, k: int = 1) -> list[str]:
        return self.r.sample(_SURNAME_WORD_PHRASES[genre], k)

    def place(self) -> str:
        city, districts, _ = self.pick(_AREAS)
        return self.c(
            city + self.pick(districts), self.pick(districts) + "公所", self.pick(_ROADS) + "口",
            self.pick(_ROADS) + self.pick(_CN_NUM) + "段沿線", city + "政府", city,
        )  # fmt: skip

    def ymd(self) -> tuple[int, int, int]:
        return self.r.randint(112, 114), self.r.randint(1, 12), self.r.randint(1, 28)


# ------------------------------------------------------------------------- genre material

_CENTERS = (
    "晨曦產後護理之家", "安禾產後護理之家", "月光森林產後護理之家", "親親寶貝產後護理之家",
    "好孕來產後護理之家", "康寧產後護理之家", "馨園產後護理之家", "百合產後護理之家",
)  # fmt: skip
_COLLEGES = (
    "文山社區大學", "大安社區大學", "板橋社區大學", "中壢社區大學", "臺中市西屯社區大學",
    "高雄市旗美社區大學", "新竹市香山社區大學", "花蓮縣洄瀾社區大學", "永和社區大學",
)  # fmt: skip
_COURSES = (
    "陶藝入門", "太極拳養生", "英語會話初級", "日語五十音", "手機攝影", "水彩風景寫生",
    "烘焙點心", "臺語生活會話", "瑜珈伸展", "社區導覽員培訓", "多肉植物栽培", "Python 程式入門",
    "咖啡手沖", "國畫山水", "越南語入門", "烏克麗麗", "書法楷書", "有機農耕",
)  # fmt: skip
_SHOPS = (
    "中華電信板橋民族直營門市", "台灣大哥大桃園中正加盟門市", "遠傳電信中壢車站門市",
    "中華電信桃園機場第二航廈櫃檯", "台灣之星台中一中門市", "遠傳電信高雄火車站門市",
    "中華電信新莊中正特約服務中心", "台灣大哥大東港加盟門市",
)  # fmt: skip
_PLANS = (
    "如意卡 4G 吃到飽 30 天", "易付卡上網 15 天 NT$300", "預付卡 10 日無限上網", "儲值卡 500 元",
    "旅客卡 7 日 5G 不限量", "預付卡語音 300 元",
)  # fmt: skip
_SCHOOLS = (
    "國立臺北科技大學", "國立成功大學", "國立高雄科技大學", "私立逢甲大學", "國立東華大學",
    "私立輔仁大學", "國立中興大學", "私立文藻外語大學", "國立臺東大學", "私立長庚大學",
)  # fmt: skip
_DEPTS = (
    "資訊工程系", "護理系", "企業管理系", "外文系", "機械工程系", "社會工作學系", "幼兒保育系",
    "觀光餐旅系", "土木工程系", "數位媒體設計系",
)  # fmt: skip
_WAIVERS = (
    "低收入戶學生", "中低收入戶學生", "原住民學生", "身心障礙人士子女", "特殊境遇家庭子女",
    "軍公教遺族", "身心障礙學生",
)  # fmt: skip
_NATS = (("越南", "v", "vn"), ("印尼", "n", "id"), ("菲律賓", "p", "ph"), ("泰國", "t", "th"))


def _nat(g: _Gen) -> tuple[str, str, str]:
    return g.pick(_NATS)


_MEN = ("（先生）", "(夫)", "（夫）", "（子）", "（兒子）", "（舅舅）")
_WOMEN = ("（母）", "（婆婆）", "（女）", "（祖母）", "（阿姨）")


def _relative(g: _Gen, relation: str) -> str:
    """A Taiwanese relative's name followed by the relation (name's sex fits it)."""
    if relation in _MEN:
        return g.M("h") + relation
    if relation in _WOMEN:
        return g.F("h") + relation
    return g.P("h") + relation


def _foreigner(g: _Gen) -> str:
    nat = _nat(g)
    return f"{g.P(nat[1])}（{nat[0]}籍）"


# ---------------------------------------------------------------- positive templates


def _pp_admission(g: _Gen) -> str:
    foreign = g.chance(0.25)
    nat = _nat(g)
    mother = g.F(nat[1] if foreign else "y")
    s = g.sep
    head = g.c(
        f"【{g.pick(_CENTERS)}】入住登記表", f"{g.pick(_CENTERS)} 住房資料", "入住登記（櫃檯）", ""
    )
    lines = [f"產婦姓名{s()}{mother}"]
    if g.chance(0.7):
        lines.append(
            f"{g.c('出生日期', '出生年月日', '生日')}{s()}{g.BD(1978, 2002, 'foreign' if foreign else 'tw')}"
        )
    if foreign:
        lines.append(f"國籍{s()}{nat[0]}　居留證號{s()}{g.ARC()}")
    elif g.chance(0.8):
        lines.append(f"{g.c('身分證字號', '身分證號', '身分證統一編號', 'ID')}{s()}{g.ID('2')}")
    if g.chance(0.5):
        lines.append(f"{g.c('健保卡號', '健保卡卡號')}{s()}{g.NHI()}")
    lines.append(f"{g.c('聯絡電話', '手機', '電話')}{s()}{g.MOB()}")
    if g.chance(0.6):
        lines.append(f"{g.c('戶籍地址', '通訊地址', '住址')}{s()}{g.ADDR()}")
    if g.chance(0.7):
        lines.append(
            f"{g.c('緊急聯絡人', '配偶', '家屬')}{s()}{_relative(g, g.c('（配偶）', '（先生）', '(夫)', '', '（母）'))}"
            f"{g.c('　', ' ', '，')}{g.c('電話', '手機', 'TEL')}{s()}{g.PH()}"
        )
    if g.chance(0.5):
        lines.append(
            f"新生兒{s()}{g.c('男', '女')}，出生日期 {g.BD(2023, 2025)}，體重{g.r.randint(2500, 3900)}公克"
        )
    if g.chance(0.3):
        card = g.CC()
        lines.append(f"訂金{g.amount()}以信用卡{g.c(card, '（卡號 ' + card + '）')}刷付")
    if g.chance(0.4):
        lines.append(
            f"入住日期{s()}{g.roc_date()}　房型{s()}{g.c('單人套房', '雙人房', 'VIP套房', '親子房')}"
        )
    middle = lines[1:-1]
    g.r.shuffle(middle)
    body = "\n".join([lines[0], *middle, lines[-1]] if len(lines) > 1 else lines)
    if g.chance(0.3):
        body += f"\n{g.c('填表人', '經辦', '櫃檯')}{s()}{g.P('h')}"
    return f"{head}\n{body}" if head else body


def _pp_incident(g: _Gen) -> str:
    room = f"{g.r.randint(2, 6)}{g.r.randint(1, 2)}{g.r.randint(1, 9)}"
    nurse, mother = g.P("h"), g.F("y")
    t = g.hm()
    event = g.c(
        "新生兒吐奶後膚色稍暗，立即側躺拍背，約一分鐘後恢復",
        "產婦於浴室起身時頭暈跌坐，無明顯外傷",
        "新生兒經皮黃疸值14.2 mg/dL，已依醫囑照光",
        "家屬自行將新生兒抱離嬰兒室，經勸導後歸還",
        "產婦反映傷口疼痛加劇，體溫38.3度",
    )
    x = g.r.random()
    if x < 0.35:
        return (
            f"{g.roc_date()} {t} 異常事件通報\n{room}房產婦{mother}，{event}。"
            f"值班護理師{nurse}已通知{g.c('小兒科', '婦產科', '值班')}{g.P('h')}醫師，"
            f"{g.c('並電話告知家屬', '家屬')}{g.P('h')}{g.c('（', '，電話')}{g.PH()}{g.c('）', '')}，家屬表示了解。"
        )
    if x < 0.7:
        return (
            f"{g.short_date()} 夜班 {t}\n- {room} {mother}：{event}\n- 處置：生命徵象穩定，持續觀察\n"
            f"- 通報人：{nurse}" + (f"\n- 產婦健保卡 {g.NHI()} 已影印存檔" if g.chance(0.4) else "")
        )
    return (
        f"事件經過：{t}護理師{nurse}巡房時發現{event}。產婦{mother}"
        f"{g.c('（', '，')}{g.c('出生日期', '生日')}{g.BD(1980, 2002)}{g.c('）', '）', '')}"
        f"{g.c('表示', '說')}：「{g.c('我以為寶寶只是睡著了。', '我剛剛只是想自己去洗澡。', '拜託先不要跟我婆婆講。')}」"
        f"已請其先生{g.M('h')}到院，聯絡電話{g.MOB()}。"
    )


def _pp_table(g: _Gen) -> str:
    rows = []
    head = g.c(
        "房號 | 產婦 | 聯絡人 | 電話", "房號\t產婦姓名\t家屬\t聯絡電話", "房號,產婦,家屬,電話"
    )
    sep = " | " if "|" in head else ("\t" if "\t" in head else ",")
    for _ in range(g.r.randint(1, 4)):
        rel = g.c("（夫）", "(夫)", "（母）", "（婆婆）", "")
        rows.append(
            sep.join(
                [f"{g.r.randint(2, 6)}0{g.r.randint(1, 9)}", g.F("y"), _relative(g, rel), g.PH()]
            )
        )
    title = g.c(f"{g.pick(_CENTERS)} {g.short_date()} 住房一覽", "本週入住名單", "")
    return "\n".join(([title] if title else []) + [head] + rows)


def _pp_call(g: _Gen) -> str:
    return g.c(
        f"{g.short_date()} 來電紀錄：{g.M('h')}{g.c('先生', '')}來電（{g.MOB()}），詢問其太太{g.F('y')}"
        f"下月入住事宜，已說明需攜帶媽媽手冊及健保卡（{g.NHI()}），訂房金可匯款或刷卡。",
        f"客服轉達：「您好，我是{g.F('y')}，預產期是{g.roc_date()}，想確認房型，"
        f"我的email是{g.EMAIL()}，麻煩回信。」處理人：{g.P('h')}",
        f"退房結帳：產婦{g.F('y')}，住{g.r.randint(14, 30)}天，總金額{g.amount()}，"
        f"信用卡{g.CC()}，發票抬頭個人，寄送地址{g.ADDR()}。",
    )


def _pk_application(g: _Gen) -> str:
    s = g.sep
    lines = [
        g.c("住宅區停車證申請書", "居民停車證申請（線上表單）", "路邊停車位居民優惠申請", ""),
        f"申請人{s()}{g.P()}",
        f"{g.c('身分證字號', '身分證統一編號', '國民身分證')}{s()}{g.ID()}",
        f"設籍地址{s()}{g.ADDR()}",
        f"車號{s()}{g.plate()}　{g.c('車主', '行照車主')}{s()}{g.c('同申請人', g.P())}",
        f"{g.c('聯絡電話', '手機', '電話')}{s()}{g.PH()}",
    ]
    if g.chance(0.4):
        lines.append(f"E-mail{s()}{g.EMAIL()}")
    if g.chance(0.3):
        lines.append(f"自動扣繳信用卡{s()}{g.CC()}")
    if g.chance(0.3):
        lines.append(f"{g.c('申請日期', '填表日期')}{s()}{g.roc_date()}")
    return "\n".join(x for x in lines if x)


def _pk_lottery(g: _Gen) -> str:
    y = g.r.randint(112, 114)
    title = g.c(
        f"{y}年度{g.c('松濤', '幸福', '興安', '國宅', '青年')}社區地下停車位抽籤結果",
        f"{y}年{g.r.randint(1, 12)}月停車位抽籤名單（內部）",
        "車位抽籤登記",
    )
    lines = [title]
    style = g.c("list", "table", "csv")
    if style == "table":
        lines.append("序號 | 車位 | 姓名 | 車號 | 電話")
    elif style == "csv":
        lines.append("序號,姓名,身分證字號,車位")
    for i in range(1, g.r.randint(2, 6)):
        slot = f"{g.c('B1', 'B2', 'B3')}-{g.r.randint(1, 180):03d}"
        if style == "list":
            lines.append(f"{i}. {g.P()}　{slot}{g.c('', '　' + g.plate())}")
        elif style == "table":
            lines.append(f"{i} | {slot} | {g.P()} | {g.plate()} | {g.PH()}")
        else:
            lines.append(f"{i},{g.P()},{g.ID()},{slot}")
    if g.chance(0.5):
        lines.append(f"監督人：{g.P('h')}　紀錄：{g.P('h')}")
    return "\n".join(lines)


def _pk_note(g: _Gen) -> str:
    return g.c(
        f"{g.short_date()} {g.P()}（{g.MOB()}）反映其居民停車證遭他人冒用，已請其攜帶行照及身分證"
        f"（{g.ID()}）至本處臨櫃辦理。承辦：{g.P('h')}",
        f"住戶{g.P()}稱車位抽籤時未接獲通知，查系統留存手機為{g.PH()}，通訊地址{g.ADDR()}，"
        f"經查通知已於{g.roc_date()}寄出。",
        f"您好，我是住在{g.ADDR()}的{g.P()}，想詢問停車證換發需要什麼文件？\n"
        f"{g.c('聯絡方式', '電話')}：{g.MOB()}\n{g.EMAIL()}",
        f"補件通知：申請人{g.P()}所附戶口名簿影本缺{g.c('配偶', '本人')}頁，請於{g.roc_date()}前補正，"
        f"逾期依{g.law('parking')}規定辦理。電話通知 {g.PH()} 未接，改寄{g.EMAIL()}。",
    )


def _cc_registration(g: _Gen) -> str:
    s = g.sep
    person = g.P()
    lines = [
        g.c(
            f"{g.pick(_COLLEGES)} {g.r.randint(112, 114)}-{g.c('1', '2')} 學員報名表",
            "線上報名資料匯出",
            "",
        ),
        f"{g.c('學員姓名', '姓名', '報名人')}{s()}{person}",
        f"{g.c('出生日期', '生日', '出生年月日')}{s()}{g.BD(1945, 2004)}",
        f"{g.c('身分證字號', '身分證號')}{s()}{g.ID()}",
        f"{g.c('手機', '行動電話', '聯絡電話')}{s()}{g.MOB()}",
    ]
    if g.chance(0.6):
        lines.append(f"{g.c('E-mail', 'Email', '電子信箱')}{s()}{g.EMAIL()}")
    if g.chance(0.5):
        lines.append(f"{g.c('通訊地址', '地址')}{s()}{g.ADDR()}")
    lines.append(
        f"{g.c('報名課程', '課程')}{s()}「{g.pick(_COURSES)}」{g.c('', '、「' + g.pick(_COURSES) + '」')}"
    )
    if g.chance(0.3):
        lines.append(f"學費{g.amount()}，{g.c('65歲以上半價', '身障優待', '早鳥九折', '原價')}")
    if g.chance(0.3):
        lines.append(f"信用卡號{s()}{g.CC()}")
    if g.chance(0.25):
        lines.append(f"緊急聯絡人{s()}{g.P()}　{g.PH()}")
    if g.chance(0.12):
        lines.append(
            f"{g.c('證件', '身分證明')}{s()}{g.c('護照', '中華民國護照')} {g.PASS('tw')}（旅居海外）"
        )
    return "\n".join(x for x in lines if x)


def _cc_roster(g: _Gen) -> str:
    head = g.c("課程 | 講師 | 手機 | Email", "課程名稱\t教師\t聯絡電話", "講師名冊：")
    lines = [g.c(f"{g.pick(_COLLEGES)}講師名冊", ""), head]
    for _ in range(g.r.randint(1, 4)):
        course = g.pick(_COURSES)
        if "|" in head:
            lines.append(f"{course} | {g.P()} | {g.MOB()} | {g.EMAIL()}")
        elif "\t" in head:
            lines.append(f"{course}\t{g.P()}\t{g.PH()}")
        else:
            lines.append(f"- {g.P()}老師（{course}），{g.MOB()}{g.c('', '，戶籍' + g.ADDR())}")
    return "\n".join(x for x in lines if x)


def _cc_note(g: _Gen) -> str:
    return g.c(
        f"{g.P()}老師反映本學期「{g.pick(_COURSES)}」教室冷氣故障，請總務{g.P('h')}協助報修；老師手機{g.MOB()}。",
        f"學員{g.P()}申請退費，已上課{g.r.randint(1, 5)}週，依規定退{g.c('七成', '五成', '半數')}學費，"
        f"款項將匯入本人帳戶，並以{g.EMAIL()}通知。",
        f"{g.short_date()} 電話：{g.F()}阿姨說她要幫先生{g.M('h')}報名{g.pick(_COURSES)}，"
        f"先生的生日是{g.BD(1940, 1965)}，電話一樣是{g.TEL()}。",
        f"感謝{g.P()}、{g.P()}、{g.P()}三位講師支援成果展，鐘點費{g.amount()}將於月底撥付。",
    )


def _sim_form(g: _Gen) -> str:
    nat = _nat(g)
    s = g.sep
    worker = g.chance(0.6)
    lines = [
        g.c("預付卡申辦資料（實名登記）", f"{g.pick(_SHOPS)} 預付卡實名登記", "門號開通登記", ""),
        f"門號{s()}{g.MOB()}",
        f"{g.c('用戶姓名', '姓名', 'Name')}{s()}{g.P(nat[1])}",
        f"國籍{s()}{nat[0]}",
        f"{g.c('護照號碼', '護照號', 'Passport No.')}{s()}{g.PASS(nat[2])}",
    ]
    if worker:
        lines.append(f"{g.c('居留證號', '統一證號', '居留證統一證號', 'ARC')}{s()}{g.ARC()}")
    if g.chance(0.6):
        lines.append(f"{g.c('出生日期', 'DOB', '生日')}{s()}{g.BD(1972, 2004, 'foreign')}")
    if worker and g.chance(0.6):
        lines.append(f"{g.c('在臺地址', '居住地址', '宿舍地址')}{s()}{g.ADDR()}")
    if worker and g.chance(0.5):
        lines.append(
            f"{g.c('雇主', '仲介')}{s()}{g.c(g.P('h'), g.c('順發精密工業', '大同人力仲介有限公司'))}　{g.TEL()}"
        )
    if g.chance(0.25):
        lines.append(f"E-mail{s()}{g.EMAIL()}")
    lines.append(f"方案{s()}{g.pick(_PLANS)}")
    if g.chance(0.3):
        lines.append(f"經辦{s()}{g.P('h')}")
    return "\n".join(x for x in lines if x)


def _sim_local(g: _Gen) -> str:
    s = g.sep
    lines = [
        g.c("預付卡申辦（本國籍）", f"{g.pick(_SHOPS)} 實名登記", ""),
        f"門號{s()}{g.MOB()}",
        f"姓名{s()}{g.P('h')}",
        f"{g.c('第一證件', '身分證')}{s()}{g.c('身分證 ', '')}{g.ID()}",
        f"{g.c('第二證件', '第二證件（健保卡）')}{s()}{g.c('健保卡 ', '')}{g.NHI()}",
    ]
    if g.chance(0.5):
        lines.append(f"{g.c('出生日期', '生日')}{s()}{g.BD(1950, 2006)}")
    if g.chance(0.4):
        lines.append(f"{g.c('帳單地址', '通訊地址')}{s()}{g.ADDR()}")
    if g.chance(0.3):
        lines.append(f"代辦人{s()}{_relative(g, g.c('（子）', '（女）', '（孫）'))}")
    return "\n".join(x for x in lines if x)


def _sim_log(g: _Gen) -> str:
    nat = _nat(g)
    return g.c(
        f"{g.hm()} {nat[0]}籍移工{g.P(nat[1])}由仲介{g.P('h')}（{g.MOB()}）陪同辦理預付卡，"
        f"以居留證{g.ARC()}及護照{g.PASS(nat[2])}雙證件登記，門號{g.MOB()}已開通。",
        f"{g.c(f'{nat[0]}旅客' + g.P(nat[1]) + '持護照' + g.PASS(nat[2]), '僑居海外國人' + g.P('h') + '持我國護照' + g.PASS('tw'))}申辦{g.pick(_PLANS)}，"
        f"入境日期{g.roc_date()}，聯絡信箱{g.EMAIL()}。",
        f"{g.short_date()} 客人{g.P(nat[1])}說：「{g.c('我的卡不能上網', '我要換新的卡，舊的不見了', '老闆說要用這個號碼')}」"
        f"原門號{g.MOB()}，核對居留證{g.ARC()}無誤後補卡。",
        f"{g.P(nat[1])}（{nat[0]}，{g.BD(1975, 2004, 'foreign')}生）儲值失敗，信用卡{g.CC()}遭拒，改付現金。",
    )


def _sim_table(g: _Gen) -> str:
    lines = [g.c("今日預付卡登記", "門號 | 姓名 | 證號 | 國籍", "No.\t門號\t姓名\t居留證")]
    for i in range(1, g.r.randint(2, 5)):
        nat = _nat(g)
        lines.append(
            g.c(
                f"{g.MOB()} | {g.P(nat[1])} | {g.ARC()} | {nat[0]}",
                f"{i}\t{g.MOB()}\t{g.P(nat[1])}\t{g.ARC()}",
                f"{i}. {g.P(nat[1])} {g.PASS(nat[2])} {g.MOB()}",
            )
        )
    return "\n".join(lines)


def _tw_application(g: _Gen) -> str:
    s = g.sep
    waiver = g.pick(_WAIVERS)
    student_kind = "i" if waiver == "原住民學生" else "x"
    new_res = g.chance(0.25)
    nat = _nat(g)
    lines = [
        g.c(
            f"{g.pick(_SCHOOLS)} 學雜費減免申請表",
            f"{g.r.randint(112, 114)}學年度第{g.c('1', '2')}學期學雜費減免申請",
            "",
        ),
        f"學生姓名{s()}{g.P(student_kind)}　學號{s()}{g.student_no()}",
        f"系級{s()}{g.pick(_DEPTS)}{g.c('一', '二', '三', '四')}年級",
        f"{g.c('身分證字號', '身分證統一編號')}{s()}{g.ID()}",
        f"減免類別{s()}{waiver}",
    ]
    if g.chance(0.6):
        lines.append(f"出生日期{s()}{g.BD(1999, 2007)}")
    if g.chance(0.8):
        lines.append(f"父親{s()}{g.M('h')}{g.c('　身分證' + s() + g.ID('1'), '', '（歿）')}")
    if new_res:
        lines.append(f"母親{s()}{g.F(nat[1])}（{nat[0]}籍）　居留證號{s()}{g.ARC()}")
    elif g.chance(0.8):
        lines.append(f"母親{s()}{g.F('y')}{g.c('　身分證' + s() + g.ID('2'), '')}")
    lines.append(f"{g.c('戶籍地址', '通訊地址')}{s()}{g.ADDR()}")
    lines.append(f"{g.c('家長聯絡電話', '聯絡電話', '手機')}{s()}{g.PH()}")
    if g.chance(0.4):
        lines.append(
            f"{g.c('學生信箱', 'E-mail')}{s()}{g.EMAIL(g.c('', 'mail.ntut.edu.tw', 'gs.ncku.edu.tw'))}"
        )
    if g.chance(0.3):
        lines.append(f"{g.c('家長出生日期', '父出生日期')}{s()}{g.BD(1955, 1985)}")
    return "\n".join(x for x in lines if x)


def _tw_mail(g: _Gen) -> str:
    role = g.c("媽媽", "爸爸", "家長")
    student = g.P()
    parent = {"媽媽": g.F("y"), "爸爸": g.M("h")}.get(role) or g.P("h")
    reason = g.c("剛取得中低收入戶證明", "申請特殊境遇家庭", "我去年中風無法工作", "家裡剛遭遇火災")
    return g.c(
        f"承辦人您好：\n我是{g.pick(_DEPTS)}{student}的{role}{parent}，"
        f"因為{reason}，想補申請學雜費減免。"
        f"證明文件稍後寄到學校，若有問題請打{g.PH()}找我。\n{parent} 敬上\n{g.EMAIL()}",
        f"{g.short_date()} 生輔組紀錄：{student}（{g.student_no()}）申請{g.pick(_WAIVERS)}減免，戶籍謄本顯示"
        f"父{g.M('h')}、母{g.F('y')}，{g.c('缺低收入戶證明正本', '資料齊全', '戶籍地與通訊地不符')}，已以手機{g.MOB()}通知。",
        f"Dear 承辦人, 我是{student}的監護人{_relative(g, g.c('（祖母）', '（舅舅）', '（阿姨）'))}，"
        f"身分證{g.ID()}，地址{g.ADDR()}，他父母{g.c('均已過世', '離婚後失聯')}，請問可以申請減免嗎？",
    )


def _tw_list(g: _Gen) -> str:
    lines = [g.c("減免初審名冊", "學號\t姓名\t減免身分\t出生日期", "學號,姓名,身分證字號,類別")]
    for _ in range(g.r.randint(1, 4)):
        if "\t" in lines[0]:
            lines.append(
                f"{g.student_no()}\t{g.P(g.c('x', 'i'))}\t{g.pick(_WAIVERS)}\t{g.BD(1999, 2006)}"
            )
        elif "," in lines[0]:
            lines.append(f"{g.student_no()},{g.P(g.c('x', 'i'))},{g.ID()},{g.pick(_WAIVERS)}")
        else:
            lines.append(
                f"・{g.P(g.c('x', 'i'))}（{g.pick(_DEPTS)}）{g.pick(_WAIVERS)}，家長{g.P('h')} {g.PH()}"
            )
    return "\n".join(lines)


def _dp_record(g: _Gen) -> str:
    y, m, d = g.ymd()
    tenant, landlord = g.P(), g.P("h")
    amount = g.amount()
    lines = [
        g.c(
            f"{g.district()}調解委員會調解筆錄",
            "押金返還爭議調解紀錄",
            f"調解案號：{g.caseno('mediation')}",
        ),
        f"聲請人：{tenant}{g.c('，住' + g.ADDR(), '')}{g.c('，電話' + g.PH(), '')}",
        f"相對人：{landlord}，{g.c('住', '戶籍地')}{g.ADDR()}",
    ]
    if g.chance(0.3):
        lines.append(
            f"{g.c('相對人代理人', '代理人')}：{_relative(g, g.c('（配偶）', '（兒子）', '（律師）'))}"
        )
    lines.append(
        f"調解事由：聲請人於{y - g.r.randint(1, 3)}年承租{g.c('雅房', '套房', '公寓', '店面')}，"
        f"租約於{y}年{m}月{d}日屆滿，相對人以{g.c('牆面污損', '冷氣損壞', '提前解約', '欠繳水電費')}為由"
        f"拒不返還押金{amount}。"
    )
    lines.append(
        g.c(
            f"調解結果：雙方同意相對人於{g.roc_date()}前返還押金{g.amount()}。",
            f"調解不成立，聲請人表示將依{g.law('deposit')}提起訴訟。",
            "雙方同意於下次調解期日再議。",
        )
    )
    if g.chance(0.5):
        lines.append(f"調解委員：{g.P('h')}　書記：{g.P('h')}")
    if g.chance(0.3):
        lines.insert(2, f"　　身分證統一編號：{g.ID()}{g.c('，出生日期' + g.BD(1950, 2000), '')}")
    return "\n".join(lines)


def _dp_transcript(g: _Gen) -> str:
    tenant, landlord = g.P(), g.P("h")
    lines = [
        f"房客{tenant}：「{g.c('我搬走的時候都有拍照，牆壁是原本就裂的。', '押金兩個月，我一毛都沒拿回來。', '他一直說要扣清潔費，但契約沒寫。')}」",
        f"房東{landlord}：「{g.c('冷氣是你弄壞的，修理費就要八千。', '你提早搬走，違約金本來就要扣。', '我有傳訊息給你，你都不回。')}」",
    ]
    if g.chance(0.6):
        lines.append(f"調解委員{g.P('h')}：「雙方各退一步，押金先退{g.amount()}好不好？」")
    if g.chance(0.5):
        lines.append(
            f"（{tenant}{g.c('當場提供', '補充')}聯絡電話{g.PH()}，{g.c('房東', '相對人')}地址為{g.ADDR()}）"
        )
    if g.chance(0.3):
        lines.insert(0, f"{g.roc_date()} 第{g.c('一', '二')}次調解 逐字紀錄")
    return "\n".join(lines)


def _dp_log(g: _Gen) -> str:
    return g.c(
        f"{g.short_date()} {g.P()}來所詢問押金爭議，房東{g.P('h')}拒還{g.amount()}，建議先寄存證信函，"
        f"留電{g.MOB()}。",
        f"補正：聲請人{g.P()}之身分證字號應為{g.ID()}，原筆錄誤植，已更正。",
        f"相對人{g.P('h')}未到場，通知書寄{g.ADDR()}遭退回，改以電話{g.PH()}聯繫。",
        f"聲請人{_foreigner(g)}以居留證{g.ARC()}申請調解，"
        f"由通譯{g.P('h')}協助，{g.c('房東', '相對人')}{g.P('h')}同意退還押金。",
        f"申請人：{g.P()}\n{g.c('e-mail', 'Email', '信箱')}：{g.EMAIL()}\n"
        f"{g.c('手機', '電話')}：{g.MOB()}\n事由：押金{g.amount()}未返還",
    )


_POSITIVE: dict[str, tuple[Callable[[_Gen], str], ...]] = {
    "postpartum": (_pp_admission, _pp_admission, _pp_incident, _pp_table, _pp_call),
    "parking": (_pk_application, _pk_lottery, _pk_lottery, _pk_note),
    "college": (_cc_registration, _cc_registration, _cc_roster, _cc_note),
    "sim": (_sim_form, _sim_form, _sim_log, _sim_table, _sim_local),
    "tuition": (_tw_application, _tw_application, _tw_mail, _tw_list),
    "deposit": (_dp_record, _dp_transcript, _dp_log),
}

# --------------------------------------------------------------- negative templates


def _compose(g: _Gen, genre: str, makers: tuple[Callable[[], str], ...]) -> str:
    """One to four sentences from ``makers``, some with an ordinary surname-initial phrase."""
    k = g.c(1, 1, 2, 2, 3, 4)
    parts = [make() for make in g.r.sample(makers, min(k, len(makers)))]
    if g.chance(0.6):
        parts.insert(g.r.randint(0, len(parts)), g.words(genre)[0] + "。")
    return g.c("", "", "\n").join(parts)


def _neg_postpartum(g: _Gen) -> str:
    center = g.pick(_CENTERS)
    makers = (
        lambda: (
            f"主旨：有關貴機構申請增設產後護理床位{g.r.randint(4, 20)}床案，復請查照。\n說明：\n"
            f"一、復貴機構{g.roc_date()}函。\n二、依{g.law('postpartum')}規定，請補送{g.c('建築物使用執照影本', '消防安全設備檢修申報書')}。\n"
            f"三、本案併{g.docno('postpartum')}函辦理。"
        ),
        lambda: (
            f"{center}（統一編號{g.ban_no()}）訂於{g.roc_date()}{g.c('上午9', '上午10', '下午2', '下午3')}時辦理消防演練，於{g.r.randint(2, 6)}樓護理站集合。"
        ),
        lambda: (
            f"本月採購嬰兒床{g.r.randint(2, 12)}張，合計{g.amount()}，發票號碼{g.invoice()}，"
            f"供應商{g.c('康健醫療器材有限公司', '寶貝屋企業社', '安心母嬰用品行')}（統編{g.ban_no()}）。"
        ),
        lambda: (
            f"衛生局{g.roc_date()}督導考核結果：感染管制{g.c('優等', '甲等', '合格')}，複查日期{g.roc_date()}，文號{g.docno('postpartum')}。"
        ),
        lambda: (
            f"{center}{g.c('單人套房', '雙人房', 'VIP套房')}每日{g.amount()}，{g.c('含月子餐', '不含月子餐')}，{g.roc_date()}起調整。"
        ),
        lambda: (
            f"{g.roc_date()}入住{g.r.randint(3, 30)}床、退房{g.r.randint(1, 12)}床，住房率{g.r.randint(40, 99)}%。"
        ),
        lambda: f"依{g.law('postpartum')}，護理人員與新生兒比例不得低於1:{g.c('5', '4')}。",
    )
    return _compose(g, "postpartum", makers)


def _neg_parking(g: _Gen) -> str:
    y = g.r.randint(112, 114)
    makers = (
        lambda: (
            f"{y}年度住宅區停車位抽籤公告\n一、抽籤日期：{g.roc_date()}{g.c('上午10時', '下午2時30分')}\n"
            f"二、地點：{g.district()}{g.c('公所3樓禮堂', '行政中心會議室', '區民活動中心')}\n"
            f"三、車位計{g.r.randint(40, 320)}格，月租{g.amount()}\n四、依{g.law('parking')}及本府{g.docno('parking')}函辦理。\n"
        ),
        lambda: f"{g.place()}路面改善工程期間（{g.period()}），路邊停車格暫停收費。",
        lambda: (
            f"停車費繳費單號{g.caseno()}，金額{g.amount()}，逾期加收{g.c('工本費', '補繳費用')}{g.amount()}。"
        ),
        lambda: (
            f"收件清單：{g.caseno()}、{g.caseno()}、{g.caseno()}，共{g.r.randint(3, 40)}件，預計{g.roc_date()}完成審查。"
        ),
        lambda: (
            f"{g.c('信義', '松山', '板橋', '北屯')}區{g.c('A', 'B', 'C')}{g.r.randint(1, 9)}停車場共{g.r.randint(20, 400)}格，其中身障車位{g.r.randint(2, 12)}格。"
        ),
        lambda: (
            f"管理單位：{g.c('台灣聯通停車場開發股份有限公司', '俥亭國際股份有限公司', '嘟嘟房停車場')}（統一編號{g.ban_no()}），契約期間至{g.roc_date()}。"
        ),
    )
    return _compose(g, "parking", makers)


def _neg_college(g: _Gen) -> str:
    course = g.pick(_COURSES)
    college = g.pick(_COLLEGES)
    makers = (
        lambda: (
            f"課程代碼 {g.r.randint(112, 114)}{g.c('A', 'B', 'C')}-{g.digits(4)}「{course}」每週{g.c('一', '二', '三', '四', '五')} "
            f"19:00-21:00，學費{g.amount()}；上課地點：{g.district()}{g.c('中正國中美術教室', '區民活動中心2樓', '圖書館B1')}。"
        ),
        lambda: (
            f"{college}{g.r.randint(112, 114)}學年度第{g.c('1', '2')}學期招生簡章，依{g.law('college')}辦理，報名期間{g.period()}。"
        ),
        lambda: (
            f"主旨：核定貴校{g.r.randint(112, 114)}年度補助經費{g.amount()}。\n說明：依本局{g.docno('college')}函辦理，請於{g.roc_date()}前檢據核銷。\n"
        ),
        lambda: (
            f"成果展：「{course}」作品{g.r.randint(5, 40)}件、「{g.pick(_COURSES)}」{g.r.randint(3, 20)}件，展期{g.period()}。"
        ),
        lambda: f"{college}（統一編號{g.ban_no()}）收據{g.caseno('receipt')}，金額{g.amount()}。",
        lambda: (
            f"本學期開設{g.r.randint(40, 180)}門課，學員{g.r.randint(800, 5000)}人次，滿意度{g.r.randint(80, 99)}%。"
        ),
    )
    return _compose(g, "college", makers)


def _neg_sim(g: _Gen) -> str:
    shop = g.pick(_SHOPS)
    makers = (
        lambda: (
            f"{shop} 本月促銷：{g.pick(_PLANS)}，加購SIM卡{g.amount()}，活動至{g.roc_date()}止。"
        ),
        lambda: (
            f"進貨單{g.caseno('receipt')}：預付卡{g.r.randint(50, 500)}張，發票{g.invoice()}，供應商統編{g.ban_no()}。"
        ),
        lambda: f"依{g.law('sim')}，外籍旅客申辦預付卡須出示護照及第二證件。",
        lambda: (
            f"{shop}今日結帳金額{g.amount()}，刷卡{g.r.randint(1, 40)}筆、現金{g.r.randint(1, 60)}筆。"
        ),
        lambda: (
            f"{g.c('iPhone 15 Pro 256GB', 'Galaxy A55', 'Redmi Note 13', '4G分享器')}庫存{g.r.randint(0, 30)}台，"
            f"序號{g.c(' ', '：', ' S/N ')}{g.pick('KLMNPQRSTUVWXYZ')}{g.c('3', '4', '5', '6', '7', '0')}{g.digits(8)}。"
        ),
        lambda: (
            f"{g.c('中華電信', '台灣大哥大', '遠傳電信')}（統一編號{g.ban_no()}）{g.roc_date()}起調整預付卡資費，詳見{g.docno('sim')}函。"
        ),
    )
    return _compose(g, "sim", makers)


def _neg_tuition(g: _Gen) -> str:
    school = g.pick(_SCHOOLS)
    makers = (
        lambda: (
            f"{school}{g.r.randint(112, 114)}學年度學雜費減免申請期間為{g.period()}，逾期不予受理。"
        ),
        lambda: f"相關規定詳見{g.law('tuition')}。",
        lambda: (
            f"主旨：函轉教育部{g.docno('tuition')}函，有關學雜費減免事宜，請查照。\n說明：本學期減免總額{g.amount()}。\n"
        ),
        lambda: (
            f"本學期{g.pick(_WAIVERS)}減免共{g.r.randint(10, 400)}人，核定總額{g.amount()}，較去年{g.c('增加', '減少')}{g.r.randint(1, 20)}%。"
        ),
        lambda: (
            f"收費專戶：{g.c('臺灣銀行', '第一銀行', '郵局')}，{school}統一編號{g.ban_no()}，繳費單號{g.caseno()}。"
        ),
        lambda: (
            f"{g.pick(_DEPTS)}{g.c('一', '二', '三', '四')}年級學雜費{g.amount()}，學分費每學分{g.amount()}。"
        ),
    )
    return _compose(g, "tuition", makers)


def _neg_deposit(g: _Gen) -> str:
    makers = (
        lambda: (
            f"依{g.c('民法第421條', '租賃住宅市場發展及管理條例第7條')}規定，押金不得超過{g.c('二個月', '2個月')}租金總額；超過部分承租人得以之抵付租金。"
        ),
        lambda: (
            f"{g.district()}調解委員會{g.r.randint(112, 114)}年{g.r.randint(1, 12)}月受理租賃爭議{g.r.randint(5, 80)}件，調解成立率{g.r.randint(30, 90)}%。"
        ),
        lambda: (
            f"{g.caseno('mediation')}調解期日改訂於{g.roc_date()} {g.hm()}，地點{g.district()}調解委員會。"
        ),
        lambda: (
            f"租賃住宅服務業{g.c('好室租賃管理股份有限公司', '安家包租代管有限公司', '幸福宅租賃有限公司')}"
            f"（統一編號{g.ban_no()}）遭檢舉未依規定簽訂書面契約，依{g.law('deposit')}及{g.docno('deposit')}函處理。"
        ),
        lambda: "調解書經法院核定後與民事確定判決有同一效力（鄉鎮市調解條例第27條）。",
        lambda: (
            f"本會調解免收費用，{g.c('每週二、四', '每週一至五')}{g.c('上午9時至12時', '下午2時至5時')}受理，{g.roc_date()}起恢復夜間調解。"
        ),
    )
    return _compose(g, "deposit", makers)


_NEGATIVE: dict[str, Callable[[_Gen], str]] = {
    "postpartum": _neg_postpartum,
    "parking": _neg_parking,
    "college": _neg_college,
    "sim": _neg_sim,
    "tuition": _neg_tuition,
    "deposit": _neg_deposit,
}

# ------------------------------------------------------------------------------- checks


def _runs(text: str, start_re: str, keep: Callable[[str], bool], seps: str, limit: int):
    """Yield alnum runs starting at ``start_re`` matches, skipping single separators."""
    for m in re.finditer(start_re, text):
        chars: list[str] = []
        j = m.start()
        while j < len(text) and len(chars) < limit:
            ch = text[j]
            if keep(ch):
                chars.append(ch)
            elif not (ch in seps and chars and j + 1 < len(text) and keep(text[j + 1])):
                break
            j += 1
        yield "".join(chars)


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether the text holds a valid ID/ARC/card/e-mail (or, in negatives, a mobile) off-span."""
    masked = list(text)
    for s, e, _ in spans:
        masked[s:e] = "■" * (e - s)
    norm = unicodedata.normalize("NFKC", "".join(masked)).upper()
    alnum = lambda ch: ch.isascii() and ch.isalnum()  # noqa: E731
    digit = lambda ch: ch.isascii() and ch.isdigit()  # noqa: E731
    for run in _runs(norm, r"(?<![A-Z0-9])[A-Z]", alnum, " -", 10):
        if len(run) == 10 and (twid.is_valid(run) or arc.is_valid(run)):
            return True
    for run in _runs(norm, r"(?<![0-9])[0-9]", digit, " -", 19):
        if any(creditcard.is_valid(run[:k]) for k in range(13, len(run) + 1)):
            return True
        if (
            negative
            and len(run) >= 9
            and (run.startswith(("09", "8869")) or phone.is_mobile(run[:10]))
        ):
            return True
    return "@" in norm if negative else bool(re.search(r"[A-Z0-9._%+-]+@[A-Z0-9-]+\.", norm))


def _unmark(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = last = 0
    for m in _MARKED.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        value = m.group(2)
        spans.append((pos, pos + len(value), m.group(1)))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def generate_heldout52(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    g = _Gen(random.Random(seed), n)
    genres = tuple(_POSITIVE)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = g.pick(genres)
        negative = g.chance(_NEGATIVE_SHARE)
        marked = _NEGATIVE[genre](g) if negative else g.pick(_POSITIVE[genre])(g)
        text, spans = _unmark(marked.strip())
        if negative == bool(spans) or _stray(text, spans, negative):
            continue
        known = [text[s:e] in g.known_set for s, e, label in spans if label == "PERSON"]
        samples.append(Sample(text, spans, negative, known))
    return samples, list(g.known)
