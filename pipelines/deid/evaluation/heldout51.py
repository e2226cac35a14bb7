"""Held-out set 51: synthetic Taiwanese agency free text with labelled personal data.

Genres (Traditional Chinese, written the way agency staff write): Bureau of Consular Affairs
passport and document-authentication counter logs, drunk-driving and traffic-police case
records, senior denture-subsidy applications and dentist claims, cram-school and after-school
class registrations and complaints, political-donation donor lists and candidate
registrations, wildlife-rescue and bee-hive call logs.

Everything is synthetic: names are drawn from this module's own lists, identifiers are made
with valid checksums from random digits. Deterministic for a seed (``random.Random(seed)``).
About a quarter of the samples are hard negatives holding only public or non-personal
look-alikes (document numbers, case numbers, companies' BANs, statute articles, amounts,
ordinary dates, place, organisation, shop and product names, words starting with a surname).
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
NATIONAL_ID = "TW_NATIONAL_ID"
RESIDENT_CERT = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
NHI_CARD = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CREDIT_CARD = "CREDIT_CARD"
BIRTH_DATE = "BIRTH_DATE"

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125


def _w(words: str) -> tuple[str, ...]:
    """Split a word list; ``_`` joins multi-word entries."""
    return tuple(w.replace("_", " ") for w in words.split())


# ---------------------------------------------------------------------------------------------
# Name material (written for this set; Han surnames, given names by generation, compound
# surnames, married names, Indigenous names, foreign residents' names).
# ---------------------------------------------------------------------------------------------

_SUR_TOP = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊江呂何蕭"
    "羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴"
)
_SUR_MID = (
    "范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸"
    "夏柳凃邵錢伍倪"
    "溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶易段龍韋池葛褚孟麥殷莫賀賈管關包丘梅"
    "利左仲覃岳卜符"
    "喬練艾"
)
_SUR_RARE = "佘靳幸昌危仇蒲戚郁闞湛寇酆冷羊暨繆鄞苗廉談植"
_SUR_COMPOUND = (
    "歐陽", "張簡", "司徒", "范姜", "諸葛", "上官", "東方", "皇甫", "司馬", "夏侯", "令狐",
    "慕容", "公孫", "端木", "尉遲", "鍾離", "長孫",
)  # fmt: skip

_OLD_M = _w(
    "清水 火旺 添丁 天賜 榮輝 振興 錦堂 耀宗 文雄 正雄 國華 金龍 阿土 萬來 水木 金水 進財 福來 阿財"
    " 登科 "
    "明德 永福 金生 阿山 春生 有德 順發 錦坤 坤山 炳輝 建成 連發 德旺 義雄 茂松 朝宗 石松 壽山 再興"
    " 俊雄"
)
_OLD_F = _w(
    "秀英 秀琴 秀蘭 秀鳳 玉蘭 玉梅 玉珍 玉枝 美惠 麗華 麗珠 素月 素珍 碧霞 月娥 春桃 金葉 寶珠 金蓮"
    " 罔市 "
    "阿嬌 阿桃 春美 秋月 月英 金鳳 阿菊 淑貞 梅花 銀花 錦雲 雪娥 鳳嬌 招治 阿粉 彩雲 碧珠 玉霞 美雲"
    " 富美"
)
_MID_M = _w(
    "志明 俊傑 建宏 家豪 志偉 建志 信宏 俊宏 志豪 明哲 士賢 宏達 嘉偉 育誠 哲維 冠宇 承翰 宗翰 彥廷"
    " 冠廷 "
    "宇翔 家瑋 文彬 世昌 建良 志強 國榮 振宇 俊賢 德明 明宏 政憲 泓宇 耀文 仁傑 正忠 啟銘 智凱 柏霖"
    " 偉成"
)
_MID_F = _w(
    "淑芬 美玲 淑惠 雅婷 怡君 佳穎 惠雯 靜宜 佩珊 婉婷 珮瑜 家瑜 依婷 雅雯 曉雯 慧玲 麗君 秀玲 美娟"
    " 淑華 "
    "玉玲 惠如 佳蓉 雅惠 怡伶 欣怡 宜蓁 郁婷 詩涵 雅琪 佳慧 怡如 靜怡 美琪 素貞 淑玲 惠珍 鈺婷 瑞芬"
    " 春嬌"
)
_YOUNG_M = _w(
    "子軒 宥辰 品睿 承恩 睿恩 宸睿 宇恩 柏宇 祐廷 晨皓 昱廷 秉宸 家睿 冠霖 彥均 宥翔 恩碩 睿哲 翊安"
    " 子睿 "
    "博宇 定佑 承睿 宇辰 柏諺 品翰 昕睿 宸佑 恩宇 奕辰"
)
_YOUNG_F = _w(
    "品妍 子晴 芯妤 苡晴 宥蓁 沛恩 詠晴 羽彤 巧芸 思妤 語彤 筱涵 可欣 紫涵 宥榆 芊妤 以恩 亮妤 昀熙"
    " 妍希 "
    "歆妍 心妍 禹彤 詩晴 芷若 若瑜 采潔 語喬 恩綺 玥彤"
)
_M1, _M2 = "志俊建家冠承宗柏彥宇明文國正德世信宏嘉育", "明傑宏豪宇翰廷翔偉志德誠賢達銘凱霖成文華"
_F1, _F2 = "淑美雅怡佳詩欣宜郁惠靜佩婉家依曉慧麗秀玉", "芬玲婷君穎涵怡蓁雯宜珊瑜如琪慧貞珍娟萍華"
_ONE_M = "強偉傑豪勇明華平誠翔宏彬鈞昀堯峰"
_ONE_F = "婷玲芳敏靜慧萍娟薇琪瑋涵茹雯瑩"

_INDIG_FIRST_HAN = _w(
    "瓦歷斯 尤幹 比令 拉娃 巴奈 伊萬 馬耀 吉娃斯 達利 法拉 蘇米 哈勇 尤命 拉互依 希婻 阿洛 柯拉斯"
    " 瓦旦 "
    "比黛 尤瑪 撒韻 馬躍 莎韻 達少 芭翁 亞磊 以撒 娃莉 烏嘎 嘎造"
)
_INDIG_SECOND_HAN = _w(
    "達道 諾幹 巴萬 吉洛 哈勇 瓦旦 瑪琳 撒萬 拉馬 卡造 巴力 阿浪"
    " 谷木 尤道 都瑪 基浪 比浩 帖木 撒固流"
    " 巴蘇亞"
)
_INDIG_FIRST_LAT = _w(
    "Walis Yukan Pilin Lawa Panay Iwan Mayaw Ciwas Dali Fala Sumi Hayung Yumin Lahuy Sayun Tasaw"
    " Isak Ali "
    "Kolas Umav Tanivu Afo Ipay Kacaw Sapud"
)
_INDIG_SECOND_LAT = _w(
    "Nokan Tadaw Pawan Kilang Hayung Watan Temu Lamaw Kacaw Pasuya Tunkan Sidaw Kaciw Tali Piho"
    " Losing Ukah"
)

_VN_SUR = _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly")
_VN_MID_F, _VN_MID_M = _w("Thi Ngoc Thanh Hong"), _w("Van Duc Minh Quoc")
_VN_GIV_F = _w("Huong Lan Mai Hoa Thu Linh Trang Phuong Hanh Dung Nga Yen Thao Nhung Loan")
_VN_GIV_M = _w("Nam Tuan Hung Long Tam Anh Hai Son Dung Khanh Phuc Cuong Thang")
_VN_HAN_SUR = "阮陳黎范黃潘武吳鄧裴杜胡吳楊"
_VN_HAN_GIV_F = "香蘭梅花秋玲芳娥燕蓉青紅絨恆玄"
_VN_HAN_GIV_M = "南俊雄龍心勇英海山強福雲"
_ID_GIV_F = _w("Siti Sri Dewi Nur Eka Rina Yuli Ani Wati Indah Ayu Putri Dian Fitri Endang Sumiati")
_ID_GIV_M = _w("Agus Budi Wahyu Rizky Joko Bambang Adi Hendra Eko Slamet")
_ID_SECOND = _w(
    "Aminah Lestari Susanti Wahyuni Hidayah Rahayu Suryani Kartika Puspita Handayani"
    " Setiawan Santoso"
    " "
    "Saputra Hartono Nurjanah Mulyani"
)
_ID_HAN_FIRST = _w("絲莉 黛薇 努兒 艾卡 莉娜 尤莉 阿妮 瓦蒂 茵達 普特麗 蒂安 恩當")
_ID_HAN_SECOND = _w("阿米娜 萊斯塔莉 蘇珊蒂 瓦猶妮 希達雅 拉哈尤 蘇莉雅妮 卡蒂卡 漢達雅妮 穆莉雅妮")
_PH_GIV_F = _w(
    "Maria Jocelyn Mary_Joy Rowena Marites Lorna Analyn Jenelyn Rhea Cherry Girlie Lovely"
)
_PH_GIV_M = _w("Jomar Jerome Rodel Arnel Ricardo Ramil Mark_Anthony Jun Reynaldo")
_PH_SUR = _w(
    "Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Flores Gonzales "
    "Torres Navarro Pascual Manalo Soriano Dela_Cruz De_Guzman Dela_Pena"
)
_PH_HAN_FIRST = _w("瑪莉亞 喬瑟琳 羅薇娜 瑪麗特 蘿娜 安娜琳 瑞雅 雪莉")
_PH_HAN_SECOND = _w("桑托斯 雷耶斯 包蒂斯塔 加西亞 門多薩 拉莫斯 弗洛雷斯 托雷斯 德拉克魯茲")
_TH_GIV = _w(
    "Somchai Somsak Malee Nattapong Siriporn Supaporn Wichai Prasert Kanya Anong Sunee Chaiwat"
)
_TH_SUR = _w(
    "Saetang Srisuk Boonmee Kaewkla Chaiyasit Wongsa Phromma Sukjai Thongdee Inthasorn Jaidee"
)
_TH_HAN_FIRST = _w("頌猜 宋沙 瑪莉 納塔蓬 詩麗蓬 蘇帕蓬 威猜 帕瑟")
_TH_HAN_SECOND = _w("汶咪 西蘇 宋差 通迪 才迪 坤高 翁沙")
_NAT_ZH = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}

# ---------------------------------------------------------------------------------------------
# Places (real administrative names; the roads are common Taiwanese road names).
# ---------------------------------------------------------------------------------------------

_AREAS: dict[str, tuple[tuple[str, str], ...]] = {}
for _county, _spec in (
    (
        "臺北市",
        "中正100 大同103 中山104 松山105 大安106 萬華108"
        " 信義110 士林111 北投112 內湖114 南港115 文山116",
    ),
    (
        "新北市",
        "板橋220 三重241 中和235 永和234 新莊242 新店231"
        " 土城236 蘆洲247 汐止221 樹林238 淡水251 三峽237",
    ),
    ("桃園市", "桃園330 中壢320 平鎮324 八德334 楊梅326 龜山333 蘆竹338 大溪335 龍潭325"),
    (
        "臺中市",
        "中區400 東區401 南區402 西區403 北區404 北屯406"
        " 西屯407 南屯408 豐原420 大里412 太平411 沙鹿433",
    ),
    ("臺南市", "中西區700 東區701 南區702 北區704 安平708 安南709 永康710 新營730 佳里722"),
    (
        "高雄市",
        "新興800 前金801 苓雅802 鹽埕803 鼓山804 前鎮806"
        " 三民807 楠梓811 小港812 左營813 鳳山830 岡山820",
    ),
    ("基隆市", "仁愛200 信義201 中正202 安樂204 七堵206"),
    ("新竹市", "東區300 北區300 香山300"),
    ("新竹縣", "竹北市302 竹東鎮310 湖口鄉303 新豐鄉304 關西鎮306"),
    ("苗栗縣", "苗栗市360 頭份市351 竹南鎮350 苑裡鎮358 通霄鎮357 公館鄉363"),
    ("彰化縣", "彰化市500 員林市510 鹿港鎮505 和美鎮508 溪湖鎮514 北斗鎮521"),
    ("南投縣", "南投市540 埔里鎮545 草屯鎮542 竹山鎮557 集集鎮552 信義鄉556 仁愛鄉546 魚池鄉555"),
    ("雲林縣", "斗六市640 虎尾鎮632 北港鎮651 西螺鎮648 斗南鎮630"),
    ("嘉義市", "東區600 西區600"),
    ("嘉義縣", "太保市612 朴子市613 民雄鄉621 水上鄉608 竹崎鄉604 阿里山鄉605"),
    ("屏東縣", "屏東市900 潮州鎮920 東港鎮928 恆春鎮946 內埔鄉912 萬丹鄉913 三地門鄉901"),
    ("宜蘭縣", "宜蘭市260 羅東鎮265 蘇澳鎮270 頭城鎮261 礁溪鄉262 冬山鄉269 南澳鄉272"),
    ("花蓮縣", "花蓮市970 吉安鄉973 玉里鎮981 壽豐鄉974 秀林鄉972 光復鄉976"),
    ("臺東縣", "臺東市950 成功鎮961 關山鎮956 卑南鄉954 太麻里鄉963 蘭嶼鄉952"),
    ("澎湖縣", "馬公市880 湖西鄉885 白沙鄉884"),
    ("金門縣", "金城鎮893 金湖鎮891 金沙鎮890 金寧鄉892"),
    ("連江縣", "南竿鄉209 北竿鄉210"),
):
    _AREAS[_county] = tuple(
        (d[:-3] if d[-4] in "區鄉鎮市" else d[:-3] + "區", d[-3:]) for d in _spec.split()
    )
COUNTIES = tuple(_AREAS)

_ROADS = _w(
    "中正路 中山路 民生路 民族路 復興路 光復路 建國路 和平東路 忠孝東路 三民路 自由路 文化路 成功路"
    " 信義路 "
    "仁愛路 博愛路 公園路 大同路 民權路 中華路 勝利路 五福一路 林森北路"
    " 重慶南路 永康街 興安街 光明街"
    " "
    "中興路 福德街 長春路 崇德路 明誠路 府前路 東興路 文心路 育英街 新生路 環河路 溪洲路 港墘路"
    " 中港路"
)
_ROADS_WITH_SECTION = frozenset(
    _w(
        "中正路 中山路 民生路 復興路 建國路 和平東路 忠孝東路 信義路 仁愛路 中華路"
        " 林森北路 重慶南路 新生路 環河路 文心路 中港路"
    )
)
_LI = _w(
    "福德 民生 光華 建國 仁愛 中正 永安 長春 興南 大同 新興 文化 忠孝 和平 光明 龍泉 東勢 西門"
)
_CUN = _w("中興 東光 仁和 大同 福興 長安 和平 光明 新庄 永安 龍泉 豐田 坑口 頂厝 下寮 山腳 溪底")
_RURAL_PLACES = _w("頂厝 下寮 山腳 溪底 後壁 田寮 竹圍 番社 新厝 埤頭")
_CN_DIGITS = "零一二三四五六七八九"

_SPECIES = _w(
    "領角鴞 鳳頭蒼鷹 黑冠麻鷺 臺灣藍鵲 白頭翁 珠頸斑鳩 綠繡眼 夜鷺 大冠鷲"
    " 穿山甲 白鼻心 石虎 赤腹松鼠"
    " "
    "食蟹獴 臺灣獼猴 鼬獾 白面鼯鼠 八哥 家燕 黃頭鷺 斯文豪氏攀蜥 柴棺龜"
)
_SNAKES = _w("龜殼花 雨傘節 眼鏡蛇 臭青母 赤尾青竹絲 南蛇")
_HIVES = _w("虎頭蜂 黃腰胡蜂 黑腹虎頭蜂 中華大虎頭蜂 擬大虎頭蜂 長腳蜂 蜜蜂分封蜂群")
_RESCUE_CENTERS = (
    "特生中心野生動物急救站", "屏科大保育類野生動物收容中心", "臺北市立動物園保育中心",
    "鳥會野鳥救傷中心", "林業保育署野生動物救傷站", "縣立動物收容所",
)  # fmt: skip
_OUTDOOR = (
    "八卦山步道入口", "大坑九號步道", "關渡自然公園旁", "陽明山竹子湖", "壽山登山口", "七星潭海岸",
    "林口國小後門", "黃厝社區活動中心", "石門水庫停車場", "王田交流道下", "溪頭森林遊樂區",
)  # fmt: skip
_HOSPITALS = _w(
    "臺大醫院 長庚醫院 馬偕醫院 臺中榮總 成大醫院 高醫附設醫院 慈濟醫院 彰化基督教醫院 亞東醫院"
)
_CLINICS = _w("美齒 健齒 仁愛 康橋 晴光 大樹 微笑 安心 品悅 明亮 真善美 博愛 永和 長青 松柏")
_SCHOOLS = (
    "育英文理補習班", "長春藤美語短期補習班", "建國數理補習班",
    "明日之星課後照顧班", "小太陽安親班", "快樂兒童課後照顧中心",
    "哈佛文理短期補習班", "卓越數學教室", "菁英文理補習班", "王道數學補習班",
    "林園文理補習班", "黃金葛才藝教室", "高分物理專門店", "陽光兒童課後照顧服務中心",
)  # fmt: skip
_ELEM = _w(
    "中山國小 民生國小 龍山國小 大同國小 文昌國小 光復國小 信義國小 建功國小 永福國小 復興國中"
)
_COMPANIES = (
    "宏達建設股份有限公司", "永豐營造有限公司", "金華興業股份有限公司",
    "大安資訊有限公司", "林園石化工業股份有限公司",
    "黃金海岸旅行社有限公司", "高峰國際開發股份有限公司", "萬家福企業社", "石門實業股份有限公司",
    "全聯通運有限公司", "長青生技股份有限公司", "王品餐飲股份有限公司", "方圓設計工程行",
)  # fmt: skip
_PARTIES = _w("民主進步黨 中國國民黨 台灣民眾黨 時代力量 台灣基進 綠黨")
_BOCA_SITES = ("領務局一樓", "領務局", "中部辦事處", "南部辦事處", "東部辦事處", "雲嘉南辦事處")
_POLICE = (
    "中正第一分局", "大安分局", "三重分局", "中壢分局", "第三分局", "永康分局", "三民第一分局",
    "交通警察大隊", "羅東分局", "花蓮分局",
)  # fmt: skip
_MON = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
_DOMAINS = (
    "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms45.hinet.net", "icloud.com",
    "seed.net.tw", "livemail.tw", "pchome.com.tw", "kimo.com",
)  # fmt: skip
_MAIL_WORDS = _w(
    "mei ling chen wang lin amy kevin tina jay hsu yu ting hao wei chia jenny peter cindy "
    "vivian eric ann lily ming hung sunny happy"
)


_MIXES: dict[str, tuple[tuple[str, float], ...]] = {
    "tw": (("mid", 0.65), ("old", 0.25), ("indig", 0.1)),
    "adult": (("mid", 0.55), ("old", 0.18), ("indig", 0.08), ("foreign", 0.19)),
    "senior": (("old", 0.88), ("indig", 0.12)),
    "child": (("young", 0.93), ("indig", 0.07)),
    "parent": (("mid", 0.78), ("foreign", 0.16), ("indig", 0.06)),
    "staff": (("mid", 0.9), ("indig", 0.05), ("young", 0.05)),
    "foreign": (("foreign", 1.0),),
}


@dataclass(frozen=True)
class _Person:
    name: str
    known: bool
    sex: str  # "M" / "F"
    nat: str  # "TW", "VN", "ID", "PH", "TH"
    base: str


class _Gen:
    """Random source plus the makers of names and values."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.known_pool: dict[str, list[tuple[str, str, str]]] = {}
        self.known_names: list[str] = []
        self._build_known(max(80, n // 2 + 40))
        self.known_set = frozenset(self.known_names)

    # -- basics --------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def maybe_fw(self, s: str) -> str:
        if self.r.random() < FULLWIDTH_SHARE:
            return fullwidth(s)
        return s

    # -- names ---------------------------------------------------------------------------
    def surname(self) -> str:
        x = self.r.random()
        if x < 0.68:
            return self.pick(_SUR_TOP)
        if x < 0.91:
            return self.pick(_SUR_MID)
        if x < 0.96:
            return self.pick(_SUR_RARE)
        return self.pick(_SUR_COMPOUND)

    def make_name(self, base: str) -> tuple[str, str, str]:
        r = self.r
        if base == "foreign":
            return self._foreign_name()
        if base == "indig":
            sex = r.choice("MF")
            if r.random() < 0.7:
                sep = r.choice("‧‧··")
                return self.pick(_INDIG_FIRST_HAN) + sep + self.pick(_INDIG_SECOND_HAN), sex, "TW"
            return f"{self.pick(_INDIG_FIRST_LAT)} {self.pick(_INDIG_SECOND_LAT)}", sex, "TW"
        sex = r.choice("MF")
        lists = {
            "old": (_OLD_M, _OLD_F, 0.35),
            "mid": (_MID_M, _MID_F, 0.05),
            "young": (_YOUNG_M, _YOUNG_F, 0.0),
        }
        males, females, married = lists[base]
        x = r.random()
        if x < 0.07:
            given = self.pick(_ONE_M if sex == "M" else _ONE_F)
        elif x < 0.35:
            given = (
                self.pick(_M1) + self.pick(_M2) if sex == "M" else self.pick(_F1) + self.pick(_F2)
            )
        else:
            given = self.pick(males if sex == "M" else females)
        sur = self.surname()
        if sex == "F" and r.random() < married:
            sur = self.pick(_SUR_TOP + _SUR_MID) + sur  # 冠夫姓: husband's surname first
        return sur + given, sex, "TW"

    def _foreign_name(self) -> tuple[str, str, str]:
        r = self.r
        nat = r.choices(("VN", "ID", "PH", "TH"), (0.4, 0.25, 0.2, 0.15))[0]
        sex = "F" if r.random() < 0.7 else "M"
        han = r.random() < 0.45
        f = sex == "F"
        if nat == "VN":
            if han:
                name = self.pick(_VN_HAN_SUR) + ("氏" if f else "文")
                name += self.pick(_VN_HAN_GIV_F if f else _VN_HAN_GIV_M)
            else:
                mid = self.pick(_VN_MID_F if f else _VN_MID_M)
                giv = self.pick(_VN_GIV_F if f else _VN_GIV_M)
                name = f"{self.pick(_VN_SUR)} {mid} {giv}"
        elif nat == "ID":
            if han:
                name = self.pick(_ID_HAN_FIRST) + self.pick("‧·") + self.pick(_ID_HAN_SECOND)
            elif r.random() < 0.15:
                name = self.pick(_ID_SECOND)  # single-name Indonesians
            else:
                name = f"{self.pick(_ID_GIV_F if f else _ID_GIV_M)} {self.pick(_ID_SECOND)}"
        elif nat == "PH":
            if han:
                name = self.pick(_PH_HAN_FIRST) + self.pick("‧·") + self.pick(_PH_HAN_SECOND)
            else:
                giv = self.pick(_PH_GIV_F if f else _PH_GIV_M)
                name = f"{giv} {self.pick(_PH_SUR)}"
        elif han:
            name = self.pick(_TH_HAN_FIRST) + self.pick("‧·") + self.pick(_TH_HAN_SECOND)
        else:
            name = f"{self.pick(_TH_GIV)} {self.pick(_TH_SUR)}"
        if not han and r.random() < 0.4:
            name = name.upper()  # as printed in passports / ARCs
        return name, sex, nat

    def _build_known(self, k: int) -> None:
        shares = (("mid", 0.45), ("old", 0.2), ("young", 0.15), ("foreign", 0.12), ("indig", 0.08))
        seen: set[str] = set()
        for base, share in shares:
            entries: list[tuple[str, str, str]] = []
            for _ in range(max(6, int(k * share))):
                for _attempt in range(50):
                    entry = self.make_name(base)
                    if entry[0] not in seen:
                        seen.add(entry[0])
                        entries.append(entry)
                        break
            # The last fifth of each pool is never mentioned in any text.
            self.known_pool[base] = entries[: len(entries) * 4 // 5]
            self.known_names.extend(e[0] for e in entries)
        self.r.shuffle(self.known_names)

    def person(self, kind: str) -> _Person:
        mix = _MIXES[kind]
        base = self.r.choices([m[0] for m in mix], [m[1] for m in mix])[0]
        pool = self.known_pool[base]
        if pool and self.r.random() < 0.5:
            name, sex, nat = self.r.choice(pool)
            return _Person(name, True, sex, nat, base)
        while True:
            name, sex, nat = self.make_name(base)
            if name not in self.known_set:
                return _Person(name, False, sex, nat, base)

    def rel(self, p: _Person, male: Sequence[str], female: Sequence[str]) -> str:
        """A kinship or role word that fits the person's sex."""
        return self.pick(male if p.sex == "M" else female)

    def honor(self, p: _Person, senior: bool = False) -> str:
        if senior:
            opts = ("", "", "阿公", "先生") if p.sex == "M" else ("", "", "阿嬤", "女士")
        else:
            opts = ("", "", "", "先生", "君") if p.sex == "M" else ("", "", "", "小姐", "女士")
        return self.pick(opts)

    # -- identifiers ---------------------------------------------------------------------
    def national_id(self, sex: str | None = None) -> str:
        letter = self.pick("AAAABBCDEEFFFGHHIJKLMNOPQRSTTUVWXZ")
        body = ("1" if sex == "M" else "2" if sex == "F" else self.pick("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        return self.maybe_fw(value)

    def resident_cert(self, sex: str | None = None) -> str:
        letter = self.pick("AABCDEFFGHJKMNOPQRSTUVWXYZ")
        if self.chance(0.6):
            second = "8" if sex == "M" else "9" if sex == "F" else self.pick("89")
            body = second + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            tail7 = self.digits(7)
            value = (
                letter
                + second
                + tail7
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            )
        assert arc.is_valid(value)
        return self.maybe_fw(value)

    def mobile(self) -> str:
        while True:
            m = "09" + self.pick(("1", "2", "3", "5", "6", "7", "8")) + self.digits(7)
            if phone.is_valid(m):
                break
        fmts: tuple[Callable[[str], str], ...] = (
            lambda m: m,
            lambda m: m,
            lambda m: f"{m[:4]}-{m[4:7]}-{m[7:]}",
            lambda m: f"{m[:4]}-{m[4:7]}-{m[7:]}",
            lambda m: f"{m[:4]}-{m[4:]}",
            lambda m: f"{m[:4]} {m[4:7]} {m[7:]}",
            lambda m: f"+886-{m[1:4]}-{m[4:7]}-{m[7:]}",
            lambda m: f"+886 {m[1:4]} {m[4:7]} {m[7:]}",
            lambda m: f"+886{m[1:]}",
            lambda m: f"+886(0){m[1:4]}-{m[4:]}",
            lambda m: f"({m[:4]}){m[4:7]}-{m[7:]}",
            lambda m: f"{m[:4]}.{m[4:7]}.{m[7:]}",
            lambda m: f"886-{m[1:4]}-{m[4:7]}-{m[7:]}",
        )
        value = self.maybe_fw(self.r.choice(fmts)(m))
        assert phone.is_valid(value)
        return value

    _LANDLINES = (
        ("02", 8, "2345678"), ("02", 8, "2"), ("03", 7, "34589"), ("037", 6, "2345"),
        ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "23567"),
        ("06", 7, "234569"), ("07", 7, "234567"), ("08", 7, "78"), ("089", 6, "3"),
        ("082", 6, "3"), ("0836", 5, "2"),
    )  # fmt: skip

    def landline(self, extension: float = 0.25) -> str:
        while True:
            area, length, firsts = self.r.choice(self._LANDLINES)
            local = self.pick(firsts) + self.digits(length - 1)
            if phone.is_plausible(area + local):
                break
        cut = {8: 4, 7: 3, 6: 3, 5: 5}[length]
        a, b = local[:cut], local[cut:]
        joined = f"{a}-{b}" if b else a
        fmts = (
            f"({area}){joined}",
            f"({area}){joined}",
            f"{area}-{joined}",
            f"{area}-{joined}",
            f"{area}-{local}",
            f"{area}{local}",
            f"({area}) {a} {b}".strip(),
            f"+886-{area[1:]}-{joined}",
        )
        value = self.pick(fmts)
        if self.chance(extension):
            ext = self.digits(self.r.randint(2, 4)).lstrip("0") or "12"
            value += (
                self.pick(("#", "#", " 分機", "分機", " 分機 ", " 轉", "轉", " ext. ", " ext"))
                + ext
            )
        value = self.maybe_fw(value)
        assert phone.is_plausible(value)
        return value

    def email(self) -> str:
        words = [self.pick(_MAIL_WORDS) for _ in range(self.r.randint(1, 3))]
        local = self.pick((".", "_", "", "-")).join(words)
        if self.chance(0.6):
            local += str(self.r.choice((self.r.randint(1, 99), self.r.randint(1950, 2015))))
        value = f"{local}@{self.pick(_DOMAINS)}"
        if self.chance(0.3):
            value = value.title() if self.chance(0.3) else value
        return self.maybe_fw(value)

    def nhi(self) -> str:
        num = self.pick(("0000", "0000", "0000", "0001")) + self.digits(8)
        fmt = self.pick(("{a}{b}{c}", "{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}"))
        return self.maybe_fw(fmt.format(a=num[:4], b=num[4:8], c=num[8:]))

    def passport(self, nat: str = "TW") -> str:
        if nat == "TW":
            value = self.pick("33333311") + self.digits(8)
        elif nat == "VN":
            value = self.pick("CCBN") + self.digits(7)
        elif nat == "ID":
            value = self.pick("XCAB") + self.digits(7)
        elif nat == "PH":
            value = (
                self.pick(("P", "P", "EB"))
                + self.digits(7)
                + ("" if self.chance(0.3) else self.pick("ABC"))
            )
        else:
            value = self.pick(("AA", "AB", "AC")) + self.digits(7)
        return self.maybe_fw(value)

    def credit_card(self) -> str:
        prefix = self.pick(("4", "4", "4", "51", "52", "53", "54", "55", "35", "37", "62", "2221"))
        length = 15 if prefix == "37" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                num = body + d
                break
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        value = self.pick((" ", "-", "", " ")).join(groups)
        assert creditcard.is_valid(value)
        return self.maybe_fw(value)

    def birth_date(self, lo: int, hi: int, roc_bias: float = 0.6) -> str:
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        roc = y - 1911
        if r.random() < roc_bias:
            fmts = [
                f"民國{roc}年{m}月{d}日",
                f"{roc}年{m}月{d}日",
                f"{roc}.{m:02d}.{d:02d}",
                f"{roc:03d}/{m:02d}/{d:02d}",
                f"{roc:03d}{m:02d}{d:02d}",
                f"{roc}/{m}/{d}",
                f"民國{_cn_number(roc)}年{_cn_number(m)}月{_cn_number(d)}日",
            ]
        else:
            fmts = [
                f"{y}-{m:02d}-{d:02d}",
                f"{y}/{m}/{d}",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}年{m}月{d}日",
                f"{y}.{m:02d}.{d:02d}",
                f"{d:02d} {_MON[m - 1]} {y}",
                f"{d:02d}/{m:02d}/{y}",
            ]
        return self.maybe_fw(r.choice(fmts))

    def address(self, rural: bool | None = None) -> str:
        r = self.r
        county = r.choice(COUNTIES)
        district, zipcode = r.choice(_AREAS[county])
        if rural is None:
            rural = district[-1] in "鄉鎮" and r.random() < 0.5
        parts: list[str] = []
        if r.random() < 0.15:
            parts.append(zipcode)
        parts.append(county.replace("臺", "台") if r.random() < 0.3 else county)
        parts.append(district)
        if rural and district[-1] in "鄉鎮":
            parts.append(self.pick(_CUN) + ("村" if district[-1] == "鄉" else "里"))
            if r.random() < 0.6:
                parts.append(f"{r.randint(1, 24)}鄰")
            if r.random() < 0.5:
                parts.append(self.pick(_RURAL_PLACES))
            else:
                parts.append(self.pick(_ROADS))
            parts.append(f"{r.randint(1, 320)}號")
        else:
            if r.random() < 0.15:
                parts.append(self.pick(_LI) + "里")
                if r.random() < 0.5:
                    parts.append(f"{r.randint(1, 30)}鄰")
            road = self.pick(_ROADS)
            parts.append(road)
            if road in _ROADS_WITH_SECTION and r.random() < 0.4:
                parts.append(_CN_DIGITS[r.randint(1, 5)] + "段")
            if r.random() < 0.35:
                parts.append(f"{r.randint(1, 450)}巷")
                if r.random() < 0.3:
                    parts.append(f"{r.randint(1, 60)}弄")
            num = str(r.randint(1, 420))
            if r.random() < 0.08:
                num += f"之{r.randint(1, 9)}"
            parts.append(num + "號")
            x = r.random()
            if x < 0.3:
                parts.append(f"{r.randint(2, 22)}樓")
            elif x < 0.4:
                parts.append(_cn_number(r.randint(2, 15)) + "樓")
            elif x < 0.47:
                parts.append(f"{r.randint(2, 15)}F")
            if x < 0.4 and r.random() < 0.2:
                parts.append(f"之{r.randint(1, 8)}")
        return self.maybe_fw("".join(parts))

    # -- public look-alikes --------------------------------------------------------------
    def ban_number(self) -> str:
        while True:
            v = self.digits(8)
            if ban.is_valid(v):
                return v

    def doc_number(self, *orgs: str) -> str:
        roc = self.r.randint(110, 114)
        org = self.pick(orgs or ("府授工", "府社老", "衛照", "農林", "交安"))
        return f"{org}字第{roc}{self.digits(7)}號"

    def receipt(self) -> str:
        while True:
            v = (
                self.pick("EFGHJKLMNPQRSTUVWXYZ")
                + self.pick("EFGHJKLMNPQRSTUVWXYZ")
                + self.digits(8)
            )
            if not arc.is_valid(v) and not twid.is_valid(v):
                return self.pick((v, f"{v[:2]}-{v[2:]}"))

    def case_number(self) -> str:
        roc = self.r.randint(111, 114)
        return self.pick(
            (
                f"{roc}{self.digits(6)}",
                f"{roc}-{self.pick('ABCDK')}-{self.digits(5)}",
                f"{roc}年度交字第{self.r.randint(10, 9999)}號",
                f"A{roc}{self.digits(5)}",
                f"{roc}{self.r.randint(1, 12):02d}{self.digits(4)}",
            )
        )

    def amount(self, lo: int = 1000, hi: int = 100000, step: int = 1000) -> str:
        v = self.r.randrange(lo, hi + 1, step)
        return self.pick((f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"新台幣{v}元"))

    def date_ord(self) -> str:
        r = self.r
        roc, m, d = r.randint(111, 114), r.randint(1, 12), r.randint(1, 28)
        wd = "一二三四五六日"[datetime.date(roc + 1911, m, d).weekday()]
        return r.choice(
            (
                f"{roc}年{m}月{d}日",
                f"{m}月{d}日",
                f"{m}/{d}（{wd}）",
                f"{roc + 1911}/{m:02d}/{d:02d}",
                f"{roc}.{m:02d}.{d:02d}",
                f"{roc}年{m}月{d}日（星期{wd}）",
            )
        )

    def clock(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randint(0, 59):02d}"

    def county(self) -> str:
        return self.pick(COUNTIES)

    def district(self) -> str:
        c = self.pick(COUNTIES)
        return c + self.r.choice(_AREAS[c])[0]

    def crossing(self) -> str:
        a, b = self.r.sample(_ROADS, 2)
        return f"{self.district()}{a}與{b}口"


def _cn_number(n: int) -> str:
    """Chinese numerals for 1..199 (民國六十五年, 十二月)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _CN_DIGITS[rest]
    return "一百" + _CN_DIGITS[rest // 10] + "十" + (_CN_DIGITS[rest % 10] if rest % 10 else "")


def fullwidth(s: str) -> str:
    """ASCII letters, digits and ``-@.()+#/`` as their full-width forms; other text unchanged."""
    return "".join(
        chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c in "-@.()+#/") else c for c in s
    )


class _Doc:
    """Builds a text piece by piece, recording the gold spans of the values it appends."""

    def __init__(self, g: _Gen) -> None:
        self.g = g
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *texts: str) -> _Doc:
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, label: str, value: str) -> _Doc:
        assert value and value == value.strip()
        self.spans.append((self.n, self.n + len(value), label))
        return self.t(value)

    def p(self, person: _Person) -> _Doc:
        self.known.append(person.known)
        return self.v(PERSON, person.name)

    def id(self, sex: str | None = None) -> _Doc:
        return self.v(NATIONAL_ID, self.g.national_id(sex))

    def arc(self, sex: str | None = None) -> _Doc:
        return self.v(RESIDENT_CERT, self.g.resident_cert(sex))

    def idof(self, p: _Person) -> _Doc:
        """The right identity number for the person (ID for citizens, ARC for foreigners)."""
        if p.nat == "TW":
            return self.id(p.sex)
        return self.arc(p.sex)

    def mob(self) -> _Doc:
        return self.v(PHONE, self.g.mobile())

    def tel(self) -> _Doc:
        return self.v(PHONE, self.g.landline())

    def phone(self) -> _Doc:
        return self.mob() if self.g.chance(0.65) else self.tel()

    def email(self) -> _Doc:
        return self.v(EMAIL, self.g.email())

    def addr(self, rural: bool | None = None) -> _Doc:
        return self.v(ADDRESS, self.g.address(rural))

    def nhi(self) -> _Doc:
        return self.v(NHI_CARD, self.g.nhi())

    def pp(self, nat: str = "TW") -> _Doc:
        return self.v(PASSPORT, self.g.passport(nat))

    def cc(self) -> _Doc:
        return self.v(CREDIT_CARD, self.g.credit_card())

    def bd(self, lo: int, hi: int, roc_bias: float = 0.6) -> _Doc:
        return self.v(BIRTH_DATE, self.g.birth_date(lo, hi, roc_bias))

    def bdof(self, p: _Person, lo: int, hi: int) -> _Doc:
        return self.bd(lo, hi, 0.65 if p.nat == "TW" else 0.0)

    def text(self) -> str:
        return "".join(self.parts)


Template = Callable[[_Gen, _Doc], None]


# =============================================================================================
# 1. 領事事務局：護照申請、文件驗證櫃台紀錄
# =============================================================================================


def _boca_counter(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t(g.clock(8, 16), " ", g.pick(_BOCA_SITES), f"{g.r.randint(1, 28)}號櫃台：")
    d.p(p).t(
        g.honor(p),
        g.pick(
            (
                "申辦護照換發",
                "首次申請護照",
                "申請護照（急件）",
                "申辦遺失補發護照",
                "護照效期不足換照",
            )
        ),
    )
    if g.chance(0.6):
        d.t(g.pick(("，舊照號碼", "，舊護照號碼：", "，原護照 "))).pp()
    d.t(g.pick(("，身分證", "，身分證號", "，ID ", "，身分證字號："))).id(p.sex)
    if g.chance(0.7):
        d.t(g.pick(("，聯絡電話", "，手機", "，電話：", "，TEL "))).phone()
    if g.chance(0.12):
        d.t("，規費以信用卡").cc().t("支付")
    d.t(
        g.pick(
            (
                "。照片背景不符規格，請其重拍後再送件。",
                f"。已收件，取件日{g.date_ord()}。",
                "。缺戶籍謄本，請補件。",
                "。",
                "。申請人表示下週出國，已改急件。",
            )
        )
    )


def _boca_form(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t(g.pick(("普通護照申請書（網路填表列印）\n", "【護照申請書】\n", "護照申請資料\n")))
    d.t("中文姓名：").p(p).t(
        "\n外文姓名：", g.pick(("同舊護照", "（依舊照拼音）", "另附外文姓名對照表")), "\n"
    )
    d.t(g.pick(("出生日期：", "出生年月日："))).bdof(p, 1945, 2010).t("\n")
    d.t(g.pick(("身分證統一編號：", "國民身分證統一編號："))).id(p.sex).t("\n")
    if g.chance(0.7):
        d.t(g.pick(("戶籍地址：", "通訊地址：", "住址："))).addr().t("\n")
    d.t(g.pick(("行動電話：", "手機：", "聯絡電話："))).mob().t("\n")
    if g.chance(0.5):
        d.t(g.pick(("E-mail：", "電子郵件：", "Email: "))).email().t("\n")
    if g.chance(0.5):
        d.t("舊護照號碼：").pp().t("\n")
    if g.chance(0.4):
        q = g.person("tw")
        d.t("緊急聯絡人：").p(q).t(
            f"（{g.rel(q, ('配偶', '父', '子', '兄', '弟'), ('配偶', '母', '女', '姊', '妹'))}）"
        ).mob()
    else:
        d.t("備註：", g.pick(("無", "役男已出境核准", "未滿十四歲由法定代理人陪同")))


def _boca_auth(g: _Gen, d: _Doc) -> None:
    f = g.person("foreign")
    spouse = g.person("tw")
    doc = g.pick(("結婚證書", "單身證明", "出生證明", "無犯罪紀錄證明", "學歷證明"))
    nat = _NAT_ZH[f.nat]
    d.t(g.pick(("文件驗證：", "【文件證明組】", "驗證櫃台紀錄 ")), f"{nat}籍")
    d.p(f).t(g.pick(("（護照號碼", "（護照 ", "，護照號碼"))).pp(f.nat).t(
        g.pick(("）", "）", "，"))
    )
    d.t(f"{doc}驗證，")
    if g.chance(0.6):
        d.t("配偶").p(spouse).t(g.pick(("陪同辦理，", "代為送件，", "到場，")))
    if g.chance(0.6):
        d.t(g.pick(("居留證號", "統一證號", "居留證統一證號："))).arc(f.sex).t("，")
    d.t(g.pick(("已收件，", "文件齊備，", "缺中文譯本，請補件後再審，")))
    d.t("預計", g.date_ord(), "取件。")
    if g.chance(0.3):
        d.t("聯絡電話").phone().t("。")


def _boca_call(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t(g.pick(("民眾", "來電者", "")))
    d.p(p).t(g.honor(p), g.pick(("來電：", "電話詢問：", "來電表示：")))
    d.t(
        g.pick(
            (
                "「我護照下禮拜要出國才發現過期，可以辦急件嗎？",
                "「我女兒的護照可以我自己去代辦嗎？",
                "「我在網路上填好表了，可是照片上傳一直失敗，",
                "「文件驗證那個單身證明要多久才好？",
            )
        )
    )
    d.t(g.pick(("我電話是", "你們打", "回撥這支", "我手機")))
    d.mob().t(g.pick(("。」", "就好。」", "，謝謝。」")))
    d.t(
        g.pick(
            ("已告知急件規費並請其攜帶身分證正本。", "已說明委任代理規定。", "已轉資訊室協助。", "")
        )
    )


def _boca_agent(g: _Gen, d: _Doc) -> None:
    agent = g.person("staff")
    d.t(g.pick(("旅行社代送：", "代理送件 ", "【代送】")))
    d.p(agent).t(
        f"（{g.pick(('雄獅', '東南', '可樂', '山富', '長榮'))}旅行社職員）"
        f"代送{g.r.randint(3, 9)}件，申請人："
    )
    people = [g.person("tw") for _ in range(g.r.randint(2, 4))]
    for i, q in enumerate(people):
        if i:
            d.t(g.pick(("、", "、", "，")))
        d.p(q)
    missing = g.r.choice(people)
    d.t(g.pick(("。其中", "。\n", "；")))
    d.p(missing).t(
        g.pick(("委任書未簽名，退件。", "之照片不符規格，請重拍。", "缺國民身分證影本。"))
    )


def _boca_lost(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t("護照遺失申報\n申請人：").p(p).t("\n出生日期：").bdof(p, 1950, 2008)
    d.t("\n遺失護照號碼：").pp().t(
        "\n遺失地點：", g.pick((*_OUTDOOR, "桃園機場第二航廈", "曼谷素萬那普機場"))
    )
    d.t("\n報案證明單號：", g.case_number())
    if g.chance(0.6):
        d.t("\n聯絡方式：").phone()
        if g.chance(0.4):
            d.t(" / ").email()


def _boca_table(g: _Gen, d: _Doc) -> None:
    sep = g.pick(("\t", "｜", " | "))
    d.t(
        g.pick(("今日急件取件名冊\n", "取件登記\n", "")),
        sep.join(("序號", "姓名", "護照號碼", "取件日")),
        "\n",
    )
    for i in range(g.r.randint(2, 5)):
        q = g.person("tw")
        d.t(str(i + 1), sep).p(q).t(sep).pp().t(sep, g.date_ord(), "\n")
    closing = g.pick(("（代領者須出示委任書）", "", "承辦人簽章："))
    d.t(closing)
    if closing == "承辦人簽章：":
        d.p(g.person("staff"))


def _boca_mail(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    officer = g.person("staff")
    d.p(p).t(g.pick((" 您好：", "君 您好：", " 先生/女士您好：")), "\n")
    d.t("您申請之文件驗證案件（收件號 ", g.case_number(), "）已完成審核，請於", g.date_ord())
    d.t("後持收據至櫃台領取。\n如有疑問請洽承辦人。\n\n外交部領事事務局 文件證明組\n")
    d.p(officer).t(g.pick(("\n電話 ", "  TEL：", "\n"))).tel()


_BOCA_POS: tuple[Template, ...] = (
    _boca_counter, _boca_form, _boca_auth, _boca_call,
    _boca_agent, _boca_lost, _boca_table, _boca_mail,
)  # fmt: skip


def _boca_neg_fee(g: _Gen, d: _Doc) -> None:
    d.t(
        f"公告：自{g.date_ord()}起普通護照規費維持新臺幣1,300元，急件每提前1個工作天加收新臺幣300元，"
        f"依護照條例第{g.r.randint(10, 30)}條及護照規費收費標準辦理。"
    )


def _boca_neg_stats(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(_BOCA_SITES)}本週受理護照{g.r.randint(300, 4000)}件、"
        f"文件驗證{g.r.randint(50, 900)}件，"
        f"駐外館處轉來{g.r.randint(5, 200)}件，平均處理{g.r.randint(3, 8)}個工作天。"
        + g.pick(
            (
                "高峰時段為上午10時至12時。",
                "黃昏時段人潮較少。",
                "林口、桃園地區民眾多至中部辦事處辦理。",
            )
        )
    )


def _boca_neg_letter(g: _Gen, d: _Doc) -> None:
    d.t(
        f"本局{g.date_ord()}{g.doc_number('領二', '領三', '領一')}函："
        "有關東南亞國家結婚證書驗證作業，"
        f"請各駐外館處依說明{_CN_DIGITS[g.r.randint(1, 5)]}辦理，並副知移民署。"
    )


def _boca_neg_agency(g: _Gen, d: _Doc) -> None:
    d.t(
        f"代送單位：{g.pick(('雄獅', '東南', '可樂', '山富', '長榮', '黃金海岸'))}旅行社"
        f"（統一編號{g.ban_number()}），"
        f"本日送件{g.r.randint(2, 40)}件，收據號碼{g.receipt()}，"
        f"規費合計{g.amount(1300, 52000, 100)}。"
    )


def _boca_neg_closed(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(_BOCA_SITES)}{g.date_ord()}因"
        f"{g.pick(('系統維護', '颱風停班', '消防演練'))}停止受理，"
        + g.pick(
            (
                "改至南部辦事處辦理。",
                "已受理案件順延一日取件。",
                "請民眾改日前往，高鐵站接駁車停駛。",
            )
        )
    )


_BOCA_NEG: tuple[Template, ...] = (
    _boca_neg_fee,
    _boca_neg_stats,
    _boca_neg_letter,
    _boca_neg_agency,
    _boca_neg_closed,
)


# =============================================================================================
# 2. 酒駕及交通事故案件紀錄
# =============================================================================================


def _dui_record(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    officer = g.person("staff")
    d.t(f"{g.date_ord()} {g.r.randint(0, 23)}時{g.r.randint(0, 59)}分，駕駛人").p(p)
    if g.chance(0.7):
        d.t("（").idof(p).t("）")
    d.t(g.pick(("駕駛自用小客車", "騎乘普通重型機車", "駕駛營業小貨車")), "行經", g.crossing())
    d.t("，經本分局員警").p(officer).t(g.pick(("攔查", "執行路檢攔停", "巡邏發現蛇行攔停")))
    d.t(f"，吐氣酒精濃度每公升0.{g.r.randint(16, 99)}毫克，")
    d.t(
        g.pick(
            (
                "已依刑法第185條之3移送地檢署偵辦。",
                "依道路交通管理處罰條例第35條舉發。",
                "當場移置保管車輛。",
            )
        )
    )


def _dui_form(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.t(f"案件編號：{g.case_number()}\n當事人：").p(p).t("\n出生日期：").bdof(p, 1955, 2005)
    d.t("\n", "身分證字號：" if p.nat == "TW" else "居留證號：").idof(p)
    if g.chance(0.75):
        d.t("\n住址：").addr()
    d.t("\n聯絡電話：").phone()
    d.t(f"\n酒測值：0.{g.r.randint(16, 99)} mg/L\n處理單位：{g.pick(_POLICE)}")
    if g.chance(0.6):
        d.t("\n處理員警：").p(g.person("staff"))


def _dui_crash(g: _Gen, d: _Doc) -> None:
    a, b = g.person("adult"), g.person("adult")
    d.t(g.pick(("A2類交通事故：", "A3類事故：", "事故概述：")))
    d.p(a).t("騎乘機車與").p(b).t("駕駛之自用小客車於", g.crossing(), "發生碰撞，")
    d.p(a).t(f"受輕傷送{g.pick(_HOSPITALS)}，")
    if g.chance(0.3):
        d.t("（健保卡號").nhi().t("），")
    d.p(b).t(f"酒測值0.{g.r.randint(16, 99)}mg/L，")
    if g.chance(0.5):
        d.t("行動電話").mob().t("，")
    d.t(g.pick(("全案依公共危險罪偵辦。", "現場圖已繪製完成。", "雙方同意調解。")))


def _dui_statement(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t("問：你的姓名、出生年月日、身分證字號？\n答：我叫").p(p).t("，")
    d.bd(1960, 2004, 0.9).t("生，身分證").id(p.sex).t("。\n")
    d.t(
        "問：你今天喝了什麼？喝多少？\n答：",
        g.pick(("兩瓶啤酒而已。", "跟朋友吃薑母鴨，喝了一點米酒。", "高粱兩杯。")),
        "\n",
    )
    d.t("問：住哪裡？\n答：").addr().t("。")
    if g.chance(0.5):
        q = g.person("parent")
        d.t(
            "\n問：家屬聯絡方式？\n答：",
            g.rel(q, ("我爸爸", "我哥", "我先生"), ("我太太", "我媽", "我姊")),
        )
        d.p(q).t("，電話").mob().t("。")


def _dui_migrant(g: _Gen, d: _Doc) -> None:
    f = g.person("foreign")
    agent = g.person("staff")
    d.t(g.pick(("移工", "外籍勞工", "外籍看護工")), "").p(f)
    d.t(f"（{_NAT_ZH[f.nat]}籍，", g.pick(("居留證號", "統一證號"))).arc(f.sex).t("）")
    d.t(f"無照騎乘機車，酒測0.{g.r.randint(16, 99)}，通知仲介")
    d.p(agent).t(g.pick(("到場，仲介電話", "到場處理，聯絡電話", "，電話"))).phone().t("。")
    if g.chance(0.4):
        d.t("護照號碼").pp(f.nat).t("已影印附卷。")


def _dui_quicklog(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.t(g.clock(), " ", g.pick(_ROADS), " 攔停 ").p(p)
    outcome = g.pick(
        ("拒測，依道交條例35條4項舉發，車輛移置保管場。", "酒測0.31，移送。", "酒後騎乘，同車乘客")
    )
    d.t(" ", outcome)
    if outcome.endswith("乘客"):
        d.p(g.person("adult")).t("亦飲酒，通知家屬接回。")


_DUI_POS: tuple[Template, ...] = (
    _dui_record,
    _dui_form,
    _dui_crash,
    _dui_statement,
    _dui_migrant,
    _dui_quicklog,
)


def _dui_neg_stats(g: _Gen, d: _Doc) -> None:
    d.t(
        f"本分局{g.r.randint(111, 114)}年{g.r.randint(1, 12)}月份取締酒駕{g.r.randint(10, 90)}件，"
        f"其中肇事{g.r.randint(1, 9)}件、拒測{g.r.randint(0, 6)}件，"
        "依道路交通管理處罰條例第35條第1項舉發，"
        f"罰鍰合計{g.amount(300000, 9000000, 1000)}。"
    )


def _dui_neg_checkpoint(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.crossing()}{g.date_ord()}晚間實施酒駕路檢，執行時段22時至翌日2時，"
        f"請同仁於21時30分在{g.pick(_POLICE)}集合，黃色反光背心及指揮棒自行攜帶。"
    )


def _dui_neg_ticket(g: _Gen, d: _Doc) -> None:
    d.t(
        f"舉發單號{g.receipt()}，違規地點：{g.crossing()}，"
        f"違規事實：{g.pick(('闖紅燈', '違規停車', '未依規定左轉'))}，"
        f"應到案日期{g.date_ord()}，罰鍰{g.amount(600, 3600, 300)}。"
    )


def _dui_neg_campaign(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(('監理站', '交通警察大隊', '衛生局'))}於{g.date_ord()}"
        f"在{g.pick(_OUTDOOR)}舉辦反酒駕宣導，"
        f"發放文宣{g.r.randint(200, 3000)}份，並與{g.pick(_COMPANIES)}合作推廣代駕服務。"
    )


def _dui_neg_fee(g: _Gen, d: _Doc) -> None:
    d.t(
        f"車輛移置費小型車{g.amount(500, 2500, 100)}，保管費每日{g.r.randint(1, 4) * 100}元，"
        f"依{g.county()}車輛移置保管收費自治條例第{g.r.randint(3, 12)}條收取；"
        f"公文{g.doc_number('府交停', '府授交')}。"
    )


_DUI_NEG: tuple[Template, ...] = (
    _dui_neg_stats,
    _dui_neg_checkpoint,
    _dui_neg_ticket,
    _dui_neg_campaign,
    _dui_neg_fee,
)


# =============================================================================================
# 3. 老人假牙補助申請與牙醫申報
# =============================================================================================


def _dent_form(g: _Gen, d: _Doc) -> None:
    s = g.person("senior")
    d.t(g.county(), "老人假牙補助申請表\n申請人：").p(s).t("\n出生日期：").bd(1930, 1959, 0.85)
    d.t("\n身分證字號：").id(s.sex).t("\n戶籍地址：").addr()
    if g.chance(0.7):
        c = g.person("parent")
        kin = g.rel(c, ("長子", "次子", "女婿", "孫子"), ("長女", "次女", "媳婦", "孫女"))
        d.t("\n聯絡人：").p(c).t(f"（{kin}）　電話：").phone()
    else:
        d.t("\n聯絡電話：").phone()
    d.t(
        "\n補助類別：",
        g.pick(("全口活動假牙（上下顎）", "上顎全口活動假牙", "局部活動假牙", "下顎局部活動假牙")),
    )


def _dent_claim(g: _Gen, d: _Doc) -> None:
    s = g.person("senior")
    dentist = g.person("staff")
    d.t(f"{g.pick(_CLINICS)}牙醫診所申報：個案").p(s)
    d.t(g.pick(("（健保卡號", "（健保卡 ", "，健保卡號："))).nhi().t(g.pick(("），", "），", "，")))
    d.t(
        g.date_ord(), "完成", g.pick(("上顎活動假牙裝置", "全口活動假牙", "下顎局部活動假牙")), "，"
    )
    d.t(f"申請補助{g.amount(8000, 40000, 1000)}，", g.pick(("醫師", "主治醫師：", "牙醫師"))).p(
        dentist
    ).t("。")


def _dent_visit(g: _Gen, d: _Doc) -> None:
    s = g.person("senior")
    sw = g.person("staff")
    c = g.person("parent")
    d.t(g.pick(("社工", "個管員", "居服督導"))).p(sw).t("訪視：").p(s).t(g.honor(s, senior=True))
    d.t(g.pick(("獨居，", "與孫同住，", "", "領有中低收入老人生活津貼，")))
    d.t("假牙鬆動無法咀嚼，", g.rel(c, ("兒子", "女婿", "孫子"), ("女兒", "媳婦", "孫女"))).p(c)
    d.t("住").addr().t("，", g.pick(("手機", "電話", "聯絡電話"))).mob()
    d.t("，", g.pick(("同意協助陪同就醫。", "表示假日可陪同至診所。", "希望先電話聯繫再訪。")))


def _dent_complaint(g: _Gen, d: _Doc) -> None:
    caller = g.person("parent")
    s = g.person("senior")
    d.t(g.pick(("民眾", "陳情人", ""))).p(caller).t(
        g.honor(caller), "來電反映其", g.rel(s, ("父親", "公公", "岳父"), ("母親", "婆婆", "岳母"))
    )
    d.p(s).t(f"於{g.pick(_CLINICS)}牙醫診所裝假牙後疼痛，診所拒絕調整。")
    d.t(g.pick(("來電號碼", "回電", "聯絡電話："))).phone().t("。")
    d.t(g.pick(("已轉衛生所查處。", "已請診所說明。", "建議先回診調整。")))


def _dent_list(g: _Gen, d: _Doc) -> None:
    d.t(f"第{g.r.randint(1, 12)}批核定名單（{g.county()}）：\n")
    for i in range(g.r.randint(3, 7)):
        s = g.person("senior")
        d.t(f"{i + 1}. ").p(s).t(f"（{g.district()}）{g.pick(('全口', '局部', '上顎', '下顎'))}\n")
    d.t("以上名單請各區衛生所轉知。")


def _dent_lowincome(g: _Gen, d: _Doc) -> None:
    s = g.person("senior")
    d.p(s).t("，").bd(1930, 1959, 0.8).t(g.pick(("生，", "出生，")))
    d.t(g.pick(("中低收入戶，", "低收入戶第二款，", "一般戶，")), "身分證").id(s.sex)
    d.t("，健保卡").nhi().t("，住").addr(True if g.chance(0.4) else None).t("。")


def _dent_signature(g: _Gen, d: _Doc) -> None:
    s = g.person("senior")
    c = g.person("parent")
    d.t("切結書\n本人").p(s).t("保證未曾領取其他政府機關同性質之假牙補助，如有不實願負法律責任。\n")
    d.t("立切結書人：").p(s).t("\n身分證統一編號：").id(s.sex).t("\n代筆人：").p(c)
    d.t(
        "（",
        g.rel(c, ("子", "孫"), ("女", "媳", "孫女")),
        "）\n中華民國",
        str(g.r.randint(112, 114)),
        "年",
        str(g.r.randint(1, 12)),
        "月",
    )


_DENT_POS: tuple[Template, ...] = (
    _dent_form, _dent_claim, _dent_visit, _dent_complaint,
    _dent_list, _dent_lowincome, _dent_signature,
)  # fmt: skip


def _dent_neg_contract(g: _Gen, d: _Doc) -> None:
    a, b = g.r.sample(_CLINICS, 2)
    d.t(
        f"{g.county()}老人假牙補助合約院所更新：{a}牙醫診所（統一編號{g.ban_number()}）、{b}牙醫診所，"
        "請各區衛生所轉知，林口、楊梅地區另增設巡迴服務點。"
    )


def _dent_neg_rule(g: _Gen, d: _Doc) -> None:
    d.t(
        f"依{g.county()}老人假牙裝置補助實施計畫第{_CN_DIGITS[g.r.randint(2, 9)]}點，"
        f"全口活動假牙補助上限為{g.amount(15000, 40000, 5000)}，"
        f"申請期限至{g.date_ord()}止，逾期不予受理。"
    )


def _dent_neg_budget(g: _Gen, d: _Doc) -> None:
    d.t(
        f"本季核銷{g.r.randint(40, 900)}件，經費執行率{g.r.randint(40, 99)}%，"
        f"剩餘經費{g.amount(100000, 9000000, 1000)}，"
        f"{g.pick(('將於下季追加預算。', '黃金存摺專案另案簽辦。', '陳列於年度成果報告。'))}"
    )


def _dent_neg_letter(g: _Gen, d: _Doc) -> None:
    d.t(
        f"衛生局{g.date_ord()}{g.doc_number('府衛醫', '衛照', '府衛長')}函："
        "請合約院所於每月5日前上傳申報資料，"
        f"並檢附X光片及施作前後照片，{g.pick(('張貼', '公告'))}於診所明顯處。"
    )


_DENT_NEG: tuple[Template, ...] = (
    _dent_neg_contract,
    _dent_neg_rule,
    _dent_neg_budget,
    _dent_neg_letter,
)


# =============================================================================================
# 4. 補習班、課後照顧班報名與陳情
# =============================================================================================


def _cram_form(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    par = g.person("parent")
    d.t(g.pick(_SCHOOLS), "報名表\n學生姓名：").p(kid).t("\n生日：").bd(2008, 2019, 0.5)
    d.t(f"\n就讀學校：{g.pick(_ELEM)}{g.r.randint(1, 6)}年{g.r.randint(1, 12)}班\n家長：").p(par)
    d.t(f"（{g.rel(par, ('父', '父', '祖父'), ('母', '母', '祖母'))}）\n手機：").mob()
    if par.nat != "TW" and g.chance(0.7):
        d.t("\n家長居留證號：").arc(par.sex)
    if g.chance(0.2):
        d.t("\n學生健保卡號：").nhi()
    if g.chance(0.6):
        d.t("\n住址：").addr()
    if g.chance(0.5):
        d.t("\nEmail：").email()
    if g.chance(0.35):
        d.t("\n繳費方式：信用卡 ").cc()
    else:
        d.t("\n繳費方式：", g.pick(("現金", "轉帳", "月繳")))


def _cram_complaint(g: _Gen, d: _Doc) -> None:
    par = g.person("parent")
    kid = g.person("child")
    school = g.pick(_SCHOOLS)
    d.t("陳情人").p(par).t(
        g.rel(kid, ("表示，其子", "陳稱：其孩子"), ("表示，其女", "陳稱：其孩子"))
    )
    d.p(kid).t(
        f"於{school}上課期間",
        g.pick(("遭老師體罰", "被鎖在教室內", "退費遭拒", "未經同意被拍照上傳粉專")),
    )
    d.t("，要求教育局派員稽查。陳情人電話").phone()
    if g.chance(0.5):
        d.t("，e-mail ").email()
    d.t("。", g.pick(("已排定", "預計")), g.date_ord(), "會同消防局前往稽查。")


def _cram_pickup(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    a, b = g.person("parent"), g.person("senior")
    d.t(g.pick(("接送授權：", "【接送名單】", "接送同意書 "))).p(kid)
    d.t(g.pick(("同學", "小朋友", "")), "由").p(a).t("或").p(b).t(g.pick(("接送", "接回")))
    d.t("，").p(b).t(g.pick(("電話", "手機", "聯絡電話"))).phone().t("。非授權人員一律不得接回。")


def _cram_staff(g: _Gen, d: _Doc) -> None:
    sep = g.pick(("｜", "\t", ","))
    d.t(g.pick(_SCHOOLS), "教職員名冊\n", sep.join(("姓名", "職稱", "身分證字號", "到職日")), "\n")
    for _ in range(g.r.randint(2, 5)):
        t = g.person("staff")
        d.p(t).t(sep, g.pick(("班主任", "教師", "教師", "行政人員", "課輔老師")), sep).id(t.sex).t(
            sep, g.date_ord(), "\n"
        )
    d.t("（已完成性侵害犯罪紀錄查閱）")


def _cram_refund(g: _Gen, d: _Doc) -> None:
    kid = g.person("child")
    par = g.person("parent")
    d.t("退費申請：學生").p(kid).t("，家長").p(par)
    d.t(f"，已上課{g.r.randint(1, 20)}堂，依補習及進修教育法規定退還{g.amount(1000, 30000, 100)}，")
    d.t("退款帳戶戶名").p(par).t("。")
    if g.chance(0.35):
        d.t(g.pick(("原刷卡", "原信用卡"))).cc().t("已辦理刷退。")
    else:
        d.t("以現金退還。")


def _cram_line(g: _Gen, d: _Doc) -> None:
    par = g.person("parent")
    kid = g.person("child")
    teacher = g.person("staff")
    d.t("[LINE] ").p(par).t("：老師，").p(kid).t(
        g.pick(("今天發燒請假喔", "今天會晚一點到", "明天阿嬤來接")), "\n"
    )
    d.t("[LINE] ").p(teacher).t("：好的，收到～\n")
    if g.chance(0.5):
        d.t("[LINE] ").p(par).t("：有事打我手機 ").mob()


_CRAM_POS: tuple[Template, ...] = (
    _cram_form,
    _cram_complaint,
    _cram_pickup,
    _cram_staff,
    _cram_refund,
    _cram_line,
)


def _cram_neg_brochure(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(_SCHOOLS)}（立案字號：{g.doc_number('北市教終', '府教終', '中市教終')}）"
        "招生簡章：國小數學班每週二、四18:30-20:30，"
        f"學費每月{g.amount(2000, 12000, 500)}，黃昏時段提供點心。"
    )


def _cram_neg_inspect(g: _Gen, d: _Doc) -> None:
    n = g.r.randint(10, 60)
    d.t(
        f"教育局{g.date_ord()}稽查{n}家補習班，{g.r.randint(1, 9)}家未依規定公告收費，"
        f"依補習及進修教育法第{g.r.randint(9, 30)}條限期改善；"
        f"{g.pick(_SCHOOLS)}、{g.pick(_SCHOOLS)}已改善完成。"
    )


def _cram_neg_fire(g: _Gen, d: _Doc) -> None:
    d.t(
        f"課後照顧班防火設備檢查：滅火器{g.r.randint(2, 8)}具，逃生指示燈正常，"
        f"下次檢查日{g.date_ord()}。"
        + g.pick(("安全梯堆放雜物已清除。", "石膏板隔間合格。", "施工中區域已封閉。"))
    )


def _cram_neg_notice(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(_SCHOOLS)}公告：{g.date_ord()}颱風停課一天，補課時間另行通知。"
        f"{g.pick(('學費收據編號', '發票號碼'))}{g.receipt()}請妥善保存。"
    )


_CRAM_NEG: tuple[Template, ...] = (
    _cram_neg_brochure,
    _cram_neg_inspect,
    _cram_neg_fire,
    _cram_neg_notice,
)


# =============================================================================================
# 5. 政治獻金捐贈名冊、候選人登記
# =============================================================================================


def _pol_csv(g: _Gen, d: _Doc) -> None:
    d.t(
        g.pick(
            ("序號,捐贈者,身分證字號,地址,金額\n", "序號,捐贈者姓名,身分證統一編號,住址,捐贈金額\n")
        )
    )
    for i in range(g.r.randint(2, 5)):
        if g.chance(0.15):
            d.t(f"{i + 1},{g.pick(_COMPANIES)},{g.ban_number()},,{g.r.randint(1, 50) * 10000}\n")
            continue
        p = g.person("tw")
        d.t(f"{i + 1},").p(p).t(",").id(p.sex).t(",").addr().t(f",{g.r.randint(1, 100) * 1000}\n")


def _pol_candidate(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t(g.pick(("候選人登記：", "參選登記資料 ", "【候選人】")))
    d.p(p).t("，", "男" if p.sex == "M" else "女", "，出生").bd(1950, 1995, 0.7)
    d.t(
        "，學歷：",
        g.pick(("國立臺灣大學法律學系", "私立文化大學", "高雄醫學大學", "國立中興大學碩士")),
    )
    d.t("，戶籍地址：").addr().t(f"，推薦政黨：{g.pick((*_PARTIES, '無', '無'))}。")
    if g.chance(0.4):
        d.t("競選辦事處聯絡電話").tel().t("。")


def _pol_receipt(g: _Gen, d: _Doc) -> None:
    p = g.person("adult" if g.chance(0.2) else "tw")
    d.t(f"收據編號{g.case_number()}：茲收到").p(p).t(g.honor(p))
    d.t(f"捐贈{g.amount(500, 100000, 500)}整，捐贈方式：", g.pick(("信用卡（", "信用卡 ")))
    d.cc().t(g.pick(("）", "）")))
    if g.chance(0.5):
        d.t("，捐贈者地址").addr()
    d.t("。")


def _pol_anomaly(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    cand = g.person("tw")
    d.t("查核發現：").p(p).t(
        f"單筆捐贈{g.amount(120000, 600000, 10000)}，超過個人對同一擬參選人"
    ).p(cand)
    d.t("之捐贈上限新臺幣10萬元，", g.pick(("聯絡電話", "電話"))).phone()
    d.t("，已函請說明。" if g.chance(0.5) else "，已退還超額部分。")


def _pol_return(g: _Gen, d: _Doc) -> None:
    cand = g.person("tw")
    p = g.person("tw")
    d.t("擬參選人").p(cand).t("之政治獻金專戶收受").p(p)
    d.t(
        f"捐贈{g.amount(1000, 100000, 1000)}，",
        "其中超過年度捐贈上限部分，依政治獻金法第15條於一個月內退還。",
    )
    d.t("退還地址：").addr().t("；捐贈者", g.pick(("E-mail ", "電子信箱："))).email()


def _pol_list(g: _Gen, d: _Doc) -> None:
    d.t(f"{g.pick(_PARTIES)}{g.county()}議員第{g.r.randint(1, 12)}選區登記參選名單：\n")
    for i in range(g.r.randint(2, 5)):
        p = g.person("tw")
        d.t(f"（{_CN_DIGITS[i + 1]}）").p(p).t(g.pick(("，現任", "，新人", "，前任里長", "")), "\n")
    d.t("以上人選送中央提名委員會核定。")


_POL_POS: tuple[Template, ...] = (
    _pol_csv,
    _pol_candidate,
    _pol_receipt,
    _pol_anomaly,
    _pol_return,
    _pol_list,
)


def _pol_neg_law(g: _Gen, d: _Doc) -> None:
    d.t(
        "政治獻金法第18條規定，個人對同一擬參選人每年捐贈總額不得超過新臺幣10萬元，"
        f"營利事業不得超過新臺幣100萬元；違者依第{g.r.randint(26, 30)}條處罰。"
    )


def _pol_neg_companies(g: _Gen, d: _Doc) -> None:
    a, b = g.r.sample(_COMPANIES, 2)
    d.t(
        f"營利事業捐贈：{a}（統一編號{g.ban_number()}）{g.amount(50000, 1000000, 10000)}；"
        f"{b}（統一編號{g.ban_number()}）{g.amount(50000, 1000000, 10000)}。"
    )


def _pol_neg_letter(g: _Gen, d: _Doc) -> None:
    d.t(
        f"監察院{g.date_ord()}{g.doc_number('院台申肆')}函，請擬參選人於選舉投票日後三個月內申報會計報告書，"
        "逾期未申報者依法處罰。"
    )


def _pol_neg_lottery(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.county()}第{g.r.randint(1, 12)}選區候選人號次抽籤訂於{g.date_ord()}上午10時於"
        f"{g.pick(('選委會禮堂', '縣府大禮堂', '中正紀念堂演講廳'))}舉行，"
        "請候選人或其代理人準時出席。"
    )


def _pol_neg_party(g: _Gen, d: _Doc) -> None:
    d.t(
        f"政黨：{g.pick(_PARTIES)}，收入合計{g.amount(1000000, 90000000, 1000)}，"
        f"支出合計{g.amount(1000000, 90000000, 1000)}，結餘滾存下年度。"
    )


_POL_NEG: tuple[Template, ...] = (
    _pol_neg_law,
    _pol_neg_companies,
    _pol_neg_letter,
    _pol_neg_lottery,
    _pol_neg_party,
)


# =============================================================================================
# 6. 野生動物救傷、捕蜂捉蛇通報
# =============================================================================================


def _wild_bee(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.t(g.clock(), " ", g.pick(("民眾", "", "通報人"))).p(p).t(g.honor(p), "來電，")
    d.addr().t(g.pick(("屋簷下", "後院龍眼樹上", "鐵皮屋頂", "冷氣室外機內")))
    d.t(
        f"有{g.pick(_HIVES)}窩約{g.r.randint(10, 60)}公分，"
        f"已派{g.pick(('第二分隊', '義消', '捕蜂小組'))}處理。"
    )
    d.t(g.pick(("回電", "聯絡電話", "手機"))).phone().t("。")


def _wild_rescue(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.t(f"救傷紀錄：{g.pick(_SPECIES)}1隻，拾獲人").p(p)
    if p.nat != "TW" and g.chance(0.5):
        d.t(f"（{_NAT_ZH[p.nat]}籍，居留證").arc(p.sex).t("）")
    d.t(f"，拾獲地點{g.pick(_OUTDOOR)}，", g.pick(("連絡電話", "電話"))).phone()
    d.t(
        f"，傷況：{g.pick(('左翼骨折', '疑似車撞', '脫水', '誤觸黏鼠板'))}，"
        f"後送{g.pick(_RESCUE_CENTERS)}。"
    )


def _wild_speech(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.p(p).t("：「", g.pick(("你們快來啦，", "拜託一下，", "我跟你講，")))
    d.t("我家", g.pick(("廚房", "浴室", "雞舍", "門口鞋櫃")), f"有一條好大的{g.pick(_SNAKES)}！」")
    d.t("地址").addr().t("，電話").phone().t("。")


def _wild_roster(g: _Gen, d: _Doc) -> None:
    people = [g.person("tw") for _ in range(4)]
    d.t("志工排班：").p(people[0]).t("、").p(people[1]).t("、").p(people[2]).t("（週六）；")
    d.p(people[3]).t("（週日），聯絡窗口").p(people[0]).t(" ").mob()


def _wild_mail(g: _Gen, d: _Doc) -> None:
    p = g.person("adult")
    d.t("寄件者：").email().t(
        "\n主旨：", g.pick(("撿到受傷的鳥", "路邊有穿山甲", "請問猴子受傷怎麼辦")), "\n"
    )
    d.t(f"您好，我在{g.pick(_OUTDOOR)}撿到{g.pick(_SPECIES)}，")
    d.t(g.pick(("我叫", "我是"))).p(p).t("，電話").mob().t("，")
    d.t(g.pick(("請問要送去哪裡？", "牠現在放在紙箱裡。", "麻煩盡快回覆。")), "\n").p(p).t(" 敬上")


def _wild_indigenous(g: _Gen, d: _Doc) -> None:
    p = g.person("tw")
    d.t(g.pick(("部落", "", "巡山員")), "").p(p)
    d.t(f"通報：於{g.pick(('林道12K', '產業道路旁', '部落獵徑'))}發現{g.pick(_SPECIES)}受困獸鋏，")
    d.t("住址").addr(True).t("，", g.pick(("手機", "電話"))).mob().t("，已請保育署巡查。")


_WILD_POS: tuple[Template, ...] = (
    _wild_bee,
    _wild_rescue,
    _wild_speech,
    _wild_roster,
    _wild_mail,
    _wild_indigenous,
)


def _wild_neg_stats(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.county()}消防局{g.r.randint(111, 114)}年{g.r.randint(1, 12)}月"
        f"捕蜂捉蛇勤務共{g.r.randint(100, 2000)}件，其中虎頭蜂{g.r.randint(50, 900)}件、"
        f"黃腰胡蜂{g.r.randint(10, 300)}件、蛇類{g.r.randint(10, 400)}件。"
    )


def _wild_neg_found(g: _Gen, d: _Doc) -> None:
    d.t(
        f"{g.pick(_SPECIES)}1隻於{g.pick(_OUTDOOR)}發現，已送{g.pick(_RESCUE_CENTERS)}救傷，"
        f"傷況{g.pick(('穩定', '左翼骨折已固定', '待觀察'))}，案號{g.case_number()}。"
    )


def _wild_neg_notice(g: _Gen, d: _Doc) -> None:
    d.t(
        f"林業及自然保育署{g.pick(('臺中', '花蓮', '屏東', '新竹'))}分署公告："
        f"{g.date_ord()}起為{g.pick(_SPECIES)}繁殖季，"
        f"請民眾勿進入{g.pick(_OUTDOOR)}周邊，黃昏後林道禁止通行。"
    )


def _wild_neg_roadkill(g: _Gen, d: _Doc) -> None:
    d.t(
        f"石虎路殺熱點：{g.crossing()}，已設置減速標誌{g.r.randint(2, 12)}面"
        f"及動物通道{g.r.randint(1, 4)}處，"
        f"經費{g.amount(50000, 3000000, 1000)}，公文{g.doc_number()}。"
    )


def _wild_neg_species(g: _Gen, d: _Doc) -> None:
    d.t(
        f"本月救傷物種：{'、'.join(g.r.sample(_SPECIES, 4))}，其中白頭翁與黃頭鷺多為幼鳥離巢，"
        "請民眾先觀察親鳥是否在附近，勿自行餵食。"
    )


_WILD_NEG: tuple[Template, ...] = (
    _wild_neg_stats,
    _wild_neg_found,
    _wild_neg_notice,
    _wild_neg_roadkill,
    _wild_neg_species,
)

_GENRES: tuple[tuple[tuple[Template, ...], tuple[Template, ...]], ...] = (
    (_BOCA_POS, _BOCA_NEG),
    (_DUI_POS, _DUI_NEG),
    (_DENT_POS, _DENT_NEG),
    (_CRAM_POS, _CRAM_NEG),
    (_POL_POS, _POL_NEG),
    (_WILD_POS, _WILD_NEG),
)

# ---------------------------------------------------------------------------------------------
# Self-checks (regenerate a text rather than emit a wrong label)
# ---------------------------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9][0-9]{8}(?![A-Za-z0-9])")
_DIGIT_RUN = re.compile(r"[0-9](?:[ -]?[0-9])*")
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MOBILE_SHAPE = re.compile(
    r"(?<![0-9])(?:\+?886[ -]?|0)9[0-9]{2}[ .-]?[0-9]{3}[ .-]?[0-9]{3}(?![0-9])"
)


def normalize_keep_offsets(text: str) -> str:
    """NFKC per character where it maps to one character, so offsets stay aligned."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    norm = normalize_keep_offsets(text)

    def covered(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e, _ in spans)

    for m in _ID_SHAPE.finditer(norm):
        if (twid.is_valid(m.group()) or arc.is_valid(m.group())) and not covered(*m.span()):
            return True
    for m in _DIGIT_RUN.finditer(norm):
        digits = sum(c.isdigit() for c in m.group())
        if 13 <= digits <= 19 and creditcard.is_valid(m.group()) and not covered(*m.span()):
            return True
    for m in _EMAIL_SHAPE.finditer(norm):
        if not covered(*m.span()):
            return True
    if negative:
        for m in _MOBILE_SHAPE.finditer(norm):
            if phone.is_valid(m.group()):
                return True
    return False


def generate_heldout51(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list (an applicant-name column)."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    while len(samples) < n:
        positives, negatives = rng.choice(_GENRES)
        negative = rng.random() < NEGATIVE_SHARE
        d = _Doc(g)
        rng.choice(negatives if negative else positives)(g, d)
        text = d.text()
        assert not negative or not d.spans
        if (not negative and not d.spans) or _stray(text, d.spans, negative):
            continue
        samples.append(
            Sample(
                text=text, spans=list(d.spans), hard_negative=negative, known_person=list(d.known)
            )
        )
    return samples, list(g.known_names)
