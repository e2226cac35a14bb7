"""Held-out evaluation set 62 for the Traditional-Chinese personal-data scanner.

Written without looking at the scanner: its author read only the ``Sample`` dataclass of the
generator module and the checksum helpers in ``pipelines.deid.identifiers``, and invented the
templates and name pools below. Six genres of free text as staff of Taiwanese agencies write it:

* 國家考試報名、試場違規 (national civil-service exam registrations, exam-room violations);
* 學生健康檢查、缺點矯治 (school health checks, follow-up treatment notices);
* 地政士代理買賣登記 (land scriveners' title-transfer filings);
* 外籍配偶生活適應輔導班 (life-adjustment classes for new-immigrant spouses);
* 少年出入不當場所稽查 (inspections of internet cafés and arcades for minors);
* 候選人登記、政見發表會 (election candidate registrations and debates).

Registers: 公文 sentences, terse case-log notes, transcribed phone calls, LINE chat exports,
pasted e-mails, labelled forms, tables (tab, CSV, pipes, aligned spaces), numbered rosters and
English mixed into Chinese. About a quarter of the samples are hard negatives: prose, document
numbers, company 統一編號, statutes, amounts, ordinary dates, masked names (王○明), surname-only
references (林姓少年), products and words that start with surname characters, but no personal
data. Every value is synthetic; identifiers pass the checksum helpers.
"""

import calendar
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

T = TypeVar("T")
Piece = str | tuple[str, str]

_DIGITS = "0123456789"
_WIDE_ALL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {" ": "\u3000"})
_WIDE_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _DIGITS})
_P_KNOWN = 0.55  # chance that a person is drawn from the known-name list
_NEGATIVE_SHARE = 0.25


def _split(spec: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(s.strip() for s in spec.split(sep) if s.strip())


def _pairs(spec: str) -> tuple[tuple[str, str], ...]:
    items = spec.split()
    return tuple(zip(items[::2], items[1::2], strict=True))


# ---------------------------------------------------------------------------------------------
# Name pools (invented for this set)
# ---------------------------------------------------------------------------------------------

_SURNAMES = _pairs(
    "陳 CHEN 林 LIN 黃 HUANG 張 CHANG 李 LI 王 WANG 吳 WU 劉 LIU 蔡 TSAI 楊 YANG 許 HSU "
    "鄭 CHENG 謝 HSIEH 郭 KUO 洪 HUNG 曾 TSENG 邱 CHIU 廖 LIAO 賴 LAI 周 CHOU 徐 HSU 蘇 SU "
    "葉 YEH 莊 CHUANG 呂 LU 江 CHIANG 何 HO 蕭 HSIAO 羅 LO 高 KAO 潘 PAN 簡 CHIEN 朱 CHU "
    "鍾 CHUNG 彭 PENG 游 YU 詹 CHAN 胡 HU 施 SHIH 沈 SHEN 余 YU 趙 CHAO 盧 LU 梁 LIANG 顏 YEN "
    "柯 KO 翁 WENG 魏 WEI 孫 SUN 戴 TAI 范 FAN 方 FANG 宋 SUNG 鄧 TENG 杜 TU 傅 FU 侯 HOU "
    "曹 TSAO 薛 HSUEH 丁 TING 卓 CHO 馬 MA 董 TUNG 唐 TANG 溫 WEN 藍 LAN 石 SHIH 連 LIEN "
    "姚 YAO 白 PAI 田 TIEN 涂 TU 康 KANG 紀 CHI 鄒 TSOU 童 TUNG 程 CHENG 古 KU 巫 WU 官 KUAN"
)
_TOP_SURNAMES = _SURNAMES[:20]
_COMPOUND = _pairs(
    "歐陽 OUYANG 張簡 CHANGCHIEN 范姜 FANCHIANG 司馬 SZUMA 諸葛 CHUKO 上官 SHANGKUAN"
)
_GIVEN = {
    "M": _pairs(
        "志 CHIH 明 MING 家 CHIA 豪 HAO 建 CHIEN 宏 HUNG 俊 CHUN 傑 CHIEH 承 CHENG 翰 HAN "
        "冠 KUAN 宇 YU 柏 PO 勳 HSUN 宗 TSUNG 霖 LIN 彥 YEN 廷 TING 信 HSIN 維 WEI 哲 CHE "
        "瑋 WEI 國 KUO 榮 JUNG 文 WEN 雄 HSIUNG 正 CHENG 德 TE 子 TZU 軒 HSUAN 品 PIN 睿 JUI "
        "育 YU 誠 CHENG 坤 KUN 銘 MING 耀 YAO 昇 SHENG 凱 KAI 鈞 CHUN 振 CHEN 祐 YU 奕 YI "
        "恩 EN 聖 SHENG 嘉 CHIA 仁 JEN 福 FU 泰 TAI 裕 YU 清 CHING 添 TIEN 金 CHIN 水 SHUI"
    ),
    "F": _pairs(
        "淑 SHU 芬 FEN 美 MEI 玲 LING 怡 YI 君 CHUN 雅 YA 婷 TING 佳 CHIA 穎 YING 欣 HSIN "
        "妤 YU 詩 SHIH 涵 HAN 宜 YI 蓁 CHEN 秀 HSIU 英 YING 惠 HUI 珍 CHEN 麗 LI 華 HUA 思 SSU "
        "筱 HSIAO 琪 CHI 郁 YU 雯 WEN 心 HSIN 瑜 YU 靜 CHING 慧 HUI 玉 YU 蘭 LAN 春 CHUN "
        "月 YUEH 梅 MEI 萱 HSUAN 彤 TUNG 晴 CHING 如 JU 真 CHEN 鳳 FENG 嬌 CHIAO 琇 HSIU "
        "蓉 JUNG 瑩 YING 薇 WEI 妍 YEN 萍 PING"
    ),
}
_IND_H = {
    "M": _split("瓦旦 尤命 比令 達利 馬躍 巴萬 撒可努 夏曼 烏杜夫 畢浪 拉荷 阿棟"),
    "F": _split("吉娃斯 巴奈 伊苞 希婻 拉娃 娃莉 麗依京 莎韻 阿妹 烏娜"),
}
_IND_H_FAMILY = _split(
    "達道 諾幹 亞興 比厚 布典 尤瑪 蘇米 瓦歷斯 卡造 馬翊 那莫 拉夫琅斯 伊斯坦大 哈勇"
)
_IND_L = {
    "M": _split("Watan Yuming Pilin Tali Mayaw Pawan Biung Sakinu Temu Yupas Apang Kacaw Haisul"),
    "F": _split("Ipay Siyang Kumu Laway Panay Ipor Yaway Dadu Lisin Sayun Afong Hana"),
}
_IND_L_FAMILY = _split(
    "Tanga Nokan Yashin Piho Putian Yuma Sumi Walis Istanda Masi Namoh Batu Tahos Nawmin Hayung"
)
_VN_SUR_H = _split("阮 陳 黎 范 黃 潘 武 吳 鄧 裴 杜 胡")
_VN_GIVEN_H = {
    "F": _split(
        "秋香 玉蘭 翠娥 金鳳 春梅 碧玉 雪梅 明月 紅絨 美幸 清水 芳 花 蓮 草 貞 垂楊 幸福 海燕"
    ),
    "M": _split("雄 勇 德 光 明 山 國俊 英俊"),
}
_VN_SUR_L = _split("Nguyen Tran Le Pham Hoang Phan Vu Ngo Dang Bui Do Ho Huynh")
_VN_GIVEN_L = {
    "F": _split(
        "Thu Huong|Ngoc Lan|Phuong|Hoa|Hong Nhung|Thanh Thuy|My Hanh|Kim Phung|Xuan Mai|"
        "Bich Ngoc|Tuyet|Lien|Thao|Hang|Diem|Thu Trang|Ngoc Anh",
        "|",
    ),
    "M": _split("Minh|Hung|Dung|Duc|Quang|Tuan|Van Long", "|"),
}
_ID_H_FIRST = {
    "F": _split("西蒂 德維 努爾 絲莉 莉娜 艾卡 安妮 茵達 麗莉絲 芙特莉 卡蒂妮 蘇雅蒂"),
    "M": _split("布迪 阿古斯 喬科 艾可"),
}
_ID_H_LAST = {
    "F": _split("阿米娜 莉斯塔莉 艾妮 瓦尤妮 瑪莉娜 哈達雅妮 蘇亞妮 拉哈尤"),
    "M": _split("桑托索 塞蒂亞萬 蘇西洛"),
}
_ID_L_FIRST = {
    "F": _split("Siti Dewi Nur Sri Rina Eka Ani Indah Tri Lilis Fitri Yuli Ratna Wulan Kartini"),
    "M": _split("Budi Agus Joko Eko Rudi Slamet"),
}
_ID_L_LAST = {
    "F": _split(
        "Aminah Lestari Aini Wahyuni Marlina Fitriani Sumarni Permatasari Handayani Rohmah "
        "Suryani Yanti Rahayu Kurniasih"
    ),
    "M": _split("Santoso Setiawan Susilo Prasetyo Hidayat"),
}
_PH_H_FIRST = {
    "F": _split("瑪麗亞 珍妮佛 羅薇娜 瑪麗貝 克莉絲汀 喬伊 安娜琳 羅莎莉 潔瑪"),
    "M": _split("荷西 馬克 羅德"),
}
_PH_H_LAST = _split("桑托斯 雷耶斯 包蒂斯塔 賈西亞 門多薩 阿基諾 拉莫斯 佛羅瑞斯")
_PH_L_FIRST = {
    "F": _split(
        "Maria|Jennifer|Rowena|Maribel|Cristina|Joy|Analyn|Rosalie|Marites|Lorna|Gemma|"
        "Jocelyn|Mary Grace|Mary Ann|Lovely",
        "|",
    ),
    "M": _split("Jose|Mark Anthony|Rodel|Jomar|Ramil", "|"),
}
_PH_L_LAST = _split(
    "Santos|Reyes|Bautista|Garcia|Dela Cruz|Mendoza|Villanueva|Aquino|Ramos|Castillo|"
    "Flores|Gonzales|Tolentino|De Leon|Manalo",
    "|",
)
_TH_H_FIRST = {
    "F": _split("蘇妮莎 帕妮 瑪萊 甘雅 宛蓬 妮塔雅 詩麗蓬 阿露妮 金塔娜"),
    "M": _split("頌猜 頌薩 巴席"),
}
_TH_H_LAST = _split("賽堂 乍猜 汶密 詩素 通迪 旺薩 蓬瑪")
_TH_L_FIRST = {
    "F": _split("Sunisa Pranee Malai Kanya Wanpen Nittaya Siriporn Arunee Kanokwan Jintana"),
    "M": _split("Somchai Somsak Prasit Anan"),
}
_TH_L_LAST = _split(
    "Saetang Kaewkham Boonmee Srisuk Thongdee Chaiyaphum Rattanakorn Phromma Sukjai Wongsa"
)

_NAT = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}
_NAT_EN = {"vn": "Vietnam", "id": "Indonesia", "ph": "Philippines", "th": "Thailand"}
_LANG = {"vn": "越南語", "id": "印尼語", "ph": "英語及他加祿語", "th": "泰語"}
_HANDLES = _split(
    "sunny happycat lovely ivy daisy kevin jason momo xiaoyu apple mango peggy abby tiger "
    "bluesky coco lucky doudou"
)
_MAIL_DOMAINS = _split(
    "gmail.com yahoo.com.tw hotmail.com outlook.com ms1.hinet.net ms45.hinet.net "
    "pchome.com.tw icloud.com gmail.com yahoo.com"
)


@dataclass(frozen=True)
class Person:
    """One invented person: the name as written, sex, origin and a passport-style romanisation."""

    name: str
    sex: str  # "M" or "F"
    origin: str  # tw, ind, vn, id, ph, th
    roman: str = ""  # "CHEN MEI LING" for Han names of Taiwanese, else empty


def _make_tw(r: random.Random, sex: str) -> Person:
    roll = r.random()
    if roll < 0.05:
        sur, sur_r = r.choice(_COMPOUND)
    elif roll < 0.65:
        sur, sur_r = r.choice(_TOP_SURNAMES)
    else:
        sur, sur_r = r.choice(_SURNAMES)
    given = r.sample(_GIVEN[sex], 1 if r.random() < 0.1 else 2)
    name = sur + "".join(c for c, _ in given)
    return Person(name, sex, "tw", " ".join([sur_r, *(x for _, x in given)]))


def _make_twm(r: random.Random, sex: str) -> Person:
    husband, own = r.sample(_TOP_SURNAMES, 2)
    given = r.sample(_GIVEN["F"], 2)
    return Person(husband[0] + own[0] + "".join(c for c, _ in given), "F", "tw")


def _make_ind_h(r: random.Random, sex: str) -> Person:
    dot = "‧" if r.random() < 0.75 else "·"
    return Person(r.choice(_IND_H[sex]) + dot + r.choice(_IND_H_FAMILY), sex, "ind")


def _make_ind_l(r: random.Random, sex: str) -> Person:
    return Person(f"{r.choice(_IND_L[sex])} {r.choice(_IND_L_FAMILY)}", sex, "ind")


def _make_vn_h(r: random.Random, sex: str) -> Person:
    middle = "氏" if sex == "F" else "文"
    return Person(r.choice(_VN_SUR_H) + middle + r.choice(_VN_GIVEN_H[sex]), sex, "vn")


def _make_vn_l(r: random.Random, sex: str) -> Person:
    middle = "Thi" if sex == "F" else "Van"
    given = r.choice(_VN_GIVEN_L[sex])
    if given.startswith("Van "):
        return Person(f"{r.choice(_VN_SUR_L)} {given}", sex, "vn")
    return Person(f"{r.choice(_VN_SUR_L)} {middle} {given}", sex, "vn")


def _make_id_h(r: random.Random, sex: str) -> Person:
    first = r.choice(_ID_H_FIRST[sex])
    if r.random() < 0.3:
        return Person(first, sex, "id")
    return Person(first + "‧" + r.choice(_ID_H_LAST[sex]), sex, "id")


def _make_id_l(r: random.Random, sex: str) -> Person:
    first = r.choice(_ID_L_FIRST[sex])
    if r.random() < 0.2:
        return Person(first, sex, "id")
    return Person(f"{first} {r.choice(_ID_L_LAST[sex])}", sex, "id")


def _make_ph_h(r: random.Random, sex: str) -> Person:
    while True:
        name = r.choice(_PH_H_FIRST[sex]) + r.choice("‧·") + r.choice(_PH_H_LAST)
        if len(name) <= 8:
            return Person(name, sex, "ph")


def _make_ph_l(r: random.Random, sex: str) -> Person:
    while True:
        parts = [r.choice(_PH_L_FIRST[sex])]
        if r.random() < 0.4:
            parts.append(r.choice([x for x in _PH_L_LAST if " " not in x]))
        parts.append(r.choice(_PH_L_LAST))
        name = " ".join(parts)
        if len(name.split()) <= 4:
            return Person(name, sex, "ph")


def _make_th_h(r: random.Random, sex: str) -> Person:
    first = r.choice(_TH_H_FIRST[sex])
    if r.random() < 0.35:
        return Person(first, sex, "th")
    return Person(first + "‧" + r.choice(_TH_H_LAST), sex, "th")


def _make_th_l(r: random.Random, sex: str) -> Person:
    return Person(f"{r.choice(_TH_L_FIRST[sex])} {r.choice(_TH_L_LAST)}", sex, "th")


_MAKERS: dict[str, Callable[[random.Random, str], Person]] = {
    "tw": _make_tw,
    "twm": _make_twm,
    "ind_h": _make_ind_h,
    "ind_l": _make_ind_l,
    "vn_h": _make_vn_h,
    "vn_l": _make_vn_l,
    "id_h": _make_id_h,
    "id_l": _make_id_l,
    "ph_h": _make_ph_h,
    "ph_l": _make_ph_l,
    "th_h": _make_th_h,
    "th_l": _make_th_l,
}
_FEMALE_SHARE = {"tw": 0.5, "twm": 1.0, "ind_h": 0.5, "ind_l": 0.5, "vn_h": 0.85, "vn_l": 0.85}
_FEMALE_SHARE |= {"id_h": 0.85, "id_l": 0.85, "ph_h": 0.9, "ph_l": 0.9, "th_h": 0.75}
_FEMALE_SHARE |= {"th_l": 0.75}
# (mentioned, never mentioned) names per kind in the known list
_KNOWN_SIZES = {
    "tw": (170, 26),
    "twm": (10, 3),
    "ind_h": (10, 2),
    "ind_l": (8, 2),
    "vn_h": (14, 3),
    "vn_l": (14, 3),
    "id_h": (8, 2),
    "id_l": (10, 2),
    "ph_h": (6, 1),
    "ph_l": (10, 2),
    "th_h": (6, 1),
    "th_l": (8, 2),
}
_FOREIGN_KINDS = ("vn_h", "vn_l", "vn_h", "vn_l", "id_h", "id_l", "ph_h", "ph_l", "th_h", "th_l")

# ---------------------------------------------------------------------------------------------
# Value pools
# ---------------------------------------------------------------------------------------------

_MOBILE_PREFIXES = _split(
    "0910 0911 0912 0913 0915 0918 0919 0920 0921 0922 0926 0928 0930 0931 0932 0933 0935 "
    "0936 0937 0938 0952 0953 0955 0956 0958 0960 0963 0965 0968 0970 0972 0975 0978 0980 "
    "0981 0983 0987 0988"
)
# (area code, local digits, allowed first local digits)
_LANDLINES = (
    ("02", 8, "2345678"),
    ("03", 7, "345689"),
    ("037", 6, "2345"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "2357"),
    ("06", 7, "2567"),
    ("07", 7, "35678"),
    ("08", 7, "78"),
    ("089", 6, "2356"),
    ("082", 6, "23"),
)
# (postal code, city, district, roads)
_PLACES = (
    ("100", "臺北市", "中正區", _split("羅斯福路一段 杭州南路二段 汀州路三段 南昌路二段")),
    ("106", "臺北市", "大安區", _split("和平東路二段 復興南路一段 信義路四段 辛亥路三段")),
    ("110", "臺北市", "信義區", _split("松仁路 基隆路一段 忠孝東路五段 永吉路")),
    ("114", "臺北市", "內湖區", _split("成功路四段 內湖路一段 康寧路三段")),
    ("220", "新北市", "板橋區", _split("文化路一段 中山路二段 四川路二段 府中路")),
    ("235", "新北市", "中和區", _split("景平路 中和路 員山路 興南路一段")),
    ("241", "新北市", "三重區", _split("重新路四段 正義北路 三和路二段")),
    ("244", "新北市", "林口區", _split("文化三路一段 中山路 忠孝路")),
    ("330", "桃園市", "桃園區", _split("中正路 經國路 大興西路二段 民生路")),
    ("320", "桃園市", "中壢區", _split("中央西路二段 環北路 中北路二段")),
    ("300", "新竹市", "東區", _split("光復路二段 食品路 民族路")),
    ("302", "新竹縣", "竹北市", _split("光明六路 縣政九路 博愛街")),
    ("360", "苗栗縣", "苗栗市", _split("中正路 為公路 府前路")),
    ("400", "臺中市", "中區", _split("中華路一段 自由路二段")),
    ("406", "臺中市", "北屯區", _split("崇德路三段 文心路四段 太原路三段")),
    ("408", "臺中市", "南屯區", _split("公益路二段 大墩路 向上南路一段")),
    ("500", "彰化縣", "彰化市", _split("中山路二段 民族路 旭光路")),
    ("510", "彰化縣", "員林市", _split("中山路一段 員東路二段 大同路一段")),
    ("540", "南投縣", "南投市", _split("中興路 民族路 三和三路")),
    ("640", "雲林縣", "斗六市", _split("大學路三段 雲林路二段")),
    ("600", "嘉義市", "西區", _split("垂楊路 民族路 友忠路")),
    ("621", "嘉義縣", "民雄鄉", _split("建國路二段 中樂路")),
    ("700", "臺南市", "中西區", _split("民生路二段 海安路二段 西門路二段")),
    ("710", "臺南市", "永康區", _split("中華路 中正南路 大灣路")),
    ("800", "高雄市", "新興區", _split("中正三路 民族二路 七賢一路")),
    ("807", "高雄市", "三民區", _split("建工路 大順二路 九如一路")),
    ("813", "高雄市", "左營區", _split("博愛三路 自由三路 裕誠路")),
    ("900", "屏東縣", "屏東市", _split("自由路 中正路 廣東路")),
    ("260", "宜蘭縣", "宜蘭市", _split("中山路三段 神農路二段")),
    ("265", "宜蘭縣", "羅東鎮", _split("公正路 興東路")),
    ("970", "花蓮縣", "花蓮市", _split("中山路 中華路 林森路")),
    ("973", "花蓮縣", "吉安鄉", _split("吉安路二段 中央路三段 仁里二街")),
    ("950", "臺東縣", "臺東市", _split("中華路一段 更生路 四維路二段")),
    ("890", "金門縣", "金城鎮", _split("民生路 民權路")),
    ("880", "澎湖縣", "馬公市", _split("中正路 三民路")),
)
_VILLAGES = _split("中正 仁愛 福德 和平 光明 永安 復興 新生 忠孝 長春")
_CITIES = _split(
    "臺北市 新北市 桃園市 臺中市 臺南市 高雄市 新竹縣 彰化縣 花蓮縣 宜蘭縣 屏東縣 雲林縣"
)

_EXAMS = _split(
    "113年公務人員高等考試三級考試|113年公務人員普通考試|114年公務人員初等考試|"
    "114年公務人員特種考試一般警察人員考試|113年專門職業及技術人員高等考試律師考試|"
    "113年公務人員特種考試身心障礙人員考試|114年專門職業及技術人員普通考試記帳士考試|"
    "113年公務人員特種考試原住民族考試|114年公務人員特種考試地方政府公務人員考試|"
    "114年第一次專門職業及技術人員高等考試社會工作師考試",
    "|",
)
_EXAM_CATS = _split(
    "一般行政 人事行政 財稅行政 社會行政 資訊處理 土木工程 戶政 地政 教育行政 法制 會計"
)
_EXAM_SUBJ = _split(
    "行政法|國文（作文與測驗）|法學知識與英文|行政學|民法概要|憲法|經濟學|程式設計|土地法規", "|"
)
_EXAM_SITES = _split(
    "臺北考區國立臺灣師範大學 臺北考區國立臺灣大學 新北考區國立臺北大學三峽校區 "
    "臺中考區國立中興大學 臺南考區國立成功大學 高雄考區國立高雄大學 花蓮考區國立東華大學 "
    "桃園考區國立中央大學 臺東考區國立臺東大學"
)
_VIOLATIONS = (
    ("於考試開始鈴響後逾15分鐘始到達試場", "第3條", "不准入場，該節以缺考論"),
    ("座位抽屜內放置之行動電話於考試中響鈴", "第5條", "扣除該科目成績5分"),
    ("使用未經公告准用之計算機", "第6條", "扣除該科目成績3分"),
    ("於答案卷上書寫與答案無關之文字及符號", "第7條", "扣除該科目成績2分"),
    ("考試結束鈴響後仍繼續作答，經監場人員制止仍不停止", "第5條", "扣除該科目成績5分"),
    ("夾帶書寫法條之紙條", "第4條", "扣考，該科目不予計分"),
    ("未攜帶國民身分證亦無其他身分證明文件", "第2條", "准予先行應試，當日補驗"),
    ("試題本未繳回即離開試場", "第6條", "扣除該科目成績3分"),
)
_SCHOOLS = _split(
    "新北市立江翠國民中學 臺北市大安區仁愛國民小學 臺中市北屯區四張犁國民小學 "
    "高雄市立五福國民中學 桃園市中壢區中平國民小學 花蓮縣吉安鄉北昌國民小學 "
    "臺南市永康區復興國民小學 彰化縣員林市員林國民小學 宜蘭縣羅東鎮公正國民小學"
)
_FINDINGS = _split(
    "視力不良（裸視右0.5、左0.6）|齲齒（未治療3顆）|脊柱側彎疑似|心雜音|頭蝨|"
    "體位過重（BMI 24.8）|扁平足|斜視|辨色力異常|牙結石|聽力異常（左耳）|恆齒齲齒2顆",
    "|",
)
_CLINICS = _split(
    "仁愛眼科診所 晴光牙醫診所 衛生福利部臺北醫院 童綜合醫院 門諾醫院 康健牙醫診所 "
    "大明眼科 光田綜合醫院 聖馬爾定醫院 羅東博愛醫院"
)
_LAND_OFFICES = _split("大安 板橋 中壢 中正 新興 花蓮 永康 鳳山 員林 竹北")
_SECTIONS = _split("大安段二小段 埔墘段 中壢段 北屯段 新興段 國福段 永康段 青埔段 員林段 吉安段")
_SHOPS = _split(
    "星願網路咖啡 極光電競館 夢幻電子遊戲場 捷豹網咖 銀河遊藝場 麥爾網咖 天空之城電子遊戲場 "
    "黑洞電競 巨星遊藝場 魔幻網咖"
)
_PARTIES = _split("民主進步黨 中國國民黨 台灣民眾黨 時代力量 台灣基進 無黨籍 綠黨")
_ADVICE = _split(
    "每半年追蹤一次|先配戴眼鏡，三個月後回診|要做根管治療，分三次|暫時不用處理|"
    "已轉介到大醫院復健科|先點散瞳劑",
    "|",
)


# ---------------------------------------------------------------------------------------------
# The generator state
# ---------------------------------------------------------------------------------------------


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.doc_wide = False
        self.known_used: dict[str, list[Person]] = {}
        names: list[str] = []
        seen: set[str] = set()
        for kind, (used, silent) in _KNOWN_SIZES.items():
            pool: list[Person] = []
            while len(pool) < used + silent:
                p = _MAKERS[kind](self.r, self._sex(kind))
                if p.name not in seen:
                    seen.add(p.name)
                    pool.append(p)
            self.known_used[kind] = pool[:used]
            names.extend(p.name for p in pool)
        self.r.shuffle(names)
        self.known = names
        self.known_set = set(names)

    # -- small helpers -----------------------------------------------------------------------

    def pick(self, *options: T) -> T:
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, k: int, first: str = _DIGITS) -> str:
        return self.r.choice(first) + "".join(self.r.choice(_DIGITS) for _ in range(k - 1))

    def w(self, value: str) -> str:
        """Full-width forms for a share of the values (whole document or single value)."""
        if self.doc_wide or self.chance(0.06):
            return value.translate(_WIDE_DIGITS if self.chance(0.5) else _WIDE_ALL)
        return value

    def _sex(self, kind: str) -> str:
        return "F" if self.r.random() < _FEMALE_SHARE[kind] else "M"

    # -- persons -----------------------------------------------------------------------------

    def person(self, kind: str = "tw", sex: str | None = None) -> Person:
        if kind == "foreign":
            kind = self.r.choice(_FOREIGN_KINDS)
        elif kind == "ind":
            kind = self.pick("ind_h", "ind_h", "ind_l")
        elif kind == "anytw":
            kind = self.pick("tw", "tw", "tw", "tw", "tw", "tw", "twm", "ind_h", "ind_l")
        elif kind == "young":  # children: no married names
            kind = self.pick("tw", "tw", "tw", "tw", "tw", "tw", "ind_h", "ind_l")
        if kind == "twm" and sex == "M":
            kind = "tw"
        if self.chance(_P_KNOWN):
            pool = [p for p in self.known_used[kind] if sex is None or p.sex == sex]
            if pool:
                return self.r.choice(pool)
        while True:
            p = _MAKERS[kind](self.r, sex or self._sex(kind))
            if p.name not in self.known_set:
                return p

    def P(self, p: Person) -> tuple[str, str]:
        return ("PERSON", p.name)

    def PL(self, p: Person) -> tuple[str, str]:
        """A Latin-letter form of a Taiwanese Han name (passport order or Western order)."""
        if not p.roman:
            return self.P(p)
        sur, *given = p.roman.split()
        style = self.r.randrange(4)
        if style == 0:
            value = p.roman
        elif style == 1:
            value = " ".join(x.capitalize() for x in (sur, *given))
        elif style == 2:
            value = "".join(given).capitalize() + " " + sur.capitalize()
        else:
            value = sur.capitalize() + " " + "".join(given).capitalize()
        return ("PERSON", value)

    def title(self, p: Person) -> str:
        return self.pick("先生", "君") if p.sex == "M" else self.pick("小姐", "女士")

    # -- identifiers and contact values ------------------------------------------------------

    def nid(self, p: Person | None = None) -> tuple[str, str]:
        sex = p.sex if p else self.pick("M", "F")
        letter = self.r.choice(tuple(LETTER_CODES))
        body = ("1" if sex == "M" else "2") + self.num(7)
        value = letter + body + id_check_digit(letter, body)
        if self.chance(0.04):
            value = value[0].lower() + value[1:]
        return ("TW_NATIONAL_ID", self.w(value))

    def arc(self, p: Person | None = None) -> tuple[str, str]:
        sex = p.sex if p else self.pick("M", "F")
        letter = self.r.choice("ABCDEFGHJKMNPQTUVXYZ")
        if self.chance(0.65):
            body = ("8" if sex == "M" else "9") + self.num(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.r.choice("ABCD")
            body = str(LETTER_CODES[second] % 10) + self.num(7)
            value = letter + second + body[1:] + id_check_digit(letter, body)
        return ("TW_RESIDENT_CERT", self.w(value))

    def mobile(self) -> tuple[str, str]:
        n = self.r.choice(_MOBILE_PREFIXES) + self.num(6)
        value = self.pick(
            f"{n[:4]}-{n[4:7]}-{n[7:]}",
            n,
            n,
            f"{n[:4]} {n[4:7]} {n[7:]}",
            f"{n[:4]}-{n[4:]}",
            f"+886 {n[1:4]} {n[4:7]} {n[7:]}",
            f"+886-{n[1:]}",
            f"({n[:4]}){n[4:7]}-{n[7:]}",
        )
        return ("PHONE", self.w(value))

    def landline(self) -> tuple[str, str]:
        area, k, first = self.r.choice(_LANDLINES)
        local = self.num(k, first)
        if k == 6:
            value = self.pick(f"{area}-{local}", f"({area}){local}")
        else:
            cut = k - 4
            value = self.pick(
                f"{area}-{local[:cut]}-{local[cut:]}",
                f"({area}){local}",
                f"{area}-{local}",
                f"({area}){local[:cut]}-{local[cut:]}",
                f"{area} {local[:cut]} {local[cut:]}",
            )
        return ("PHONE", self.w(value))

    def phone(self) -> tuple[str, str]:
        return self.mobile() if self.chance(0.7) else self.landline()

    def email(self, p: Person | None = None) -> tuple[str, str]:
        words: list[str] = []
        if p is not None and p.roman:
            sur, *given = p.roman.lower().split()
            words = [sur, "".join(given), sur[0] + "".join(g[0] for g in given)]
        elif p is not None and p.name.isascii():
            parts = p.name.lower().split()
            words = [parts[-1], parts[0], "".join(x[0] for x in parts)]
        if words and self.chance(0.8):
            a, b, c = words
            local = self.pick(
                f"{b}.{a}",
                f"{a}{b}{self.num(2)}",
                f"{c}{self.num(4)}",
                f"{a}_{b}",
                f"{b}{self.num(3)}",
                f"{a}.{c}",
            )
        else:
            local = self.r.choice(_HANDLES) + self.pick("", "_", ".") + self.num(self.pick(2, 3, 4))
        return ("EMAIL", self.w(f"{local}@{self.r.choice(_MAIL_DOMAINS)}"))

    def address(self) -> tuple[str, str]:
        postal, city, district, roads = self.r.choice(_PLACES)
        if city.startswith("臺") and self.chance(0.45):
            city = "台" + city[1:]
        out = []
        if self.chance(0.3):
            out.append(postal + (self.num(2) if self.chance(0.4) else "") + self.pick("", " "))
        out += [city, district]
        if self.chance(0.15):
            unit = "村" if district.endswith("鄉") else "里"
            out.append(f"{self.r.choice(_VILLAGES)}{unit}{self.r.randint(1, 30)}鄰")
        out.append(self.r.choice(roads))
        if self.chance(0.35):
            out.append(f"{self.r.randint(1, 400)}巷")
            if self.chance(0.3):
                out.append(f"{self.r.randint(1, 30)}弄")
        number = self.r.randint(1, 320)
        out.append(f"{number}之{self.r.randint(1, 9)}號" if self.chance(0.12) else f"{number}號")
        if self.chance(0.5):
            floor = self.r.randint(2, 15)
            out.append(self.pick(f"{floor}樓", f"{floor}樓之{self.r.randint(1, 6)}", f"{floor}F"))
        return ("ADDRESS", self.w("".join(out)))

    def nhi(self) -> tuple[str, str]:
        v = "0000" + self.num(8)
        value = self.pick(v, v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}")
        return ("TW_NHI_CARD", self.w(value))

    def passport(self, origin: str) -> tuple[str, str]:
        if origin == "vn":
            value = self.r.choice("BCN") + self.num(7)
        elif origin == "id":
            value = self.r.choice("ABCEX") + self.num(7)
        elif origin == "ph":
            value = "P" + self.num(7) + self.r.choice("ABC")
        elif origin == "th":
            value = self.pick("AA", "AB", "AC") + self.num(7)
        else:
            value = "3" + self.num(8)
        return ("PASSPORT", self.w(value))

    def card(self) -> tuple[str, str]:
        kind = self.r.randrange(5)
        if kind <= 1:
            body = "4" + self.num(14)
        elif kind == 2:
            body = "5" + self.r.choice("12345") + self.num(13)
        elif kind == 3:
            body = "35" + self.pick("28", "30", "60", "89") + self.num(11)
        else:
            body = self.pick("34", "37") + self.num(12)
        number = body + next(d for d in _DIGITS if creditcard.luhn_ok(body + d))
        if len(number) == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return ("CREDIT_CARD", self.w(self.pick(" ", "-", "", " ").join(groups)))

    def bday(self, y0: int, y1: int) -> tuple[str, str]:
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        roc = y - 1911
        value = self.pick(
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m:02d}月{d:02d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}",
            f"民{roc}年{m}月{d}日",
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}",
        )
        return ("BIRTH_DATE", self.w(value))

    # -- unlabelled values -------------------------------------------------------------------

    def date(self) -> str:
        y = self.pick(113, 114)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return self.pick(f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}", f"{m}/{d}")

    def hhmm(self) -> str:
        h, m = self.r.randint(7, 23), self.r.randint(0, 59)
        return self.pick(f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}時{m}分")

    def ban_no(self) -> str:
        while True:
            v = self.num(8)
            if ban.is_valid(v):
                return v

    def docno(self, word: str) -> str:
        return f"{word}字第{self.pick(113, 114)}{self.num(7)}號"

    def caseno(self) -> str:
        """A letter and nine digits that fail the national-ID checksum (a case tracking code)."""
        while True:
            v = self.r.choice("ABCDEFGHKMNPTUVX") + "1" + self.num(8)
            if not twid.is_valid(v):
                return v

    def amount(self, lo: int, hi: int) -> str:
        return f"{self.r.randint(lo, hi):,}"

    def pct(self, lo: float = 5, hi: float = 99) -> str:
        return f"{self.r.uniform(lo, hi):.1f}%"


def _pad(value: str, width: int) -> str:
    """Aligned-space padding (at least two spaces)."""
    return value + " " * max(2, width - len(value) * 2)


# ---------------------------------------------------------------------------------------------
# 國家考試報名、試場違規
# ---------------------------------------------------------------------------------------------


def _ex_form(g: _Gen) -> list[Piece]:
    p = g.person("anytw")
    sep = g.pick("：", ":", "\t", "｜", "： ")
    out: list[Piece] = [
        g.pick(
            "【國家考試報名資料異動申請】",
            "國家考試網路報名　資料更正單",
            "報名表補件（影本已核）",
            "應考人基本資料（自報名系統複製）",
        ),
        "\n",
    ]

    def row(label: str, value: Piece) -> None:
        out.extend((label, sep, value, "\n"))

    row(g.pick("應考人姓名", "姓名", "中文姓名"), g.P(p))
    if p.roman and g.chance(0.3):
        row(g.pick("英文姓名", "英文姓名（同護照）", "Name in English"), g.PL(p))
        if g.chance(0.6):
            row(g.pick("護照號碼", "Passport No."), g.passport("tw"))
    row(g.pick("國民身分證統一編號", "身分證字號", "身分證統一編號"), g.nid(p))
    row(g.pick("出生日期", "出生年月日", "生日"), g.bday(1962, 2003))
    row("應考類科", g.pick(*_EXAMS) + " " + g.pick(*_EXAM_CATS))
    if g.chance(0.7):
        row(g.pick("通訊地址", "通訊處", "戶籍地址"), g.address())
    if g.chance(0.8):
        row(g.pick("行動電話", "手機", "聯絡電話"), g.mobile())
    if g.chance(0.35):
        row(g.pick("住家電話", "日間電話", "電話（夜）"), g.landline())
    if g.chance(0.6):
        row(g.pick("電子郵件", "E-mail", "Email"), g.email(p))
    row(
        g.pick("異動事項", "更正項目", "備註"),
        g.pick(
            "通訊地址變更",
            "手機號碼變更",
            "姓名更正（已檢附戶籍謄本）",
            "申請身心障礙應考人特殊協助",
            "補繳學歷證件影本",
        ),
    )
    return out


def _ex_violation(g: _Gen) -> list[Piece]:
    p = g.person("anytw")
    act, article, penalty = g.pick(*_VIOLATIONS)
    out: list[Piece] = [
        g.date(),
        g.pick(" ", "，", "　"),
        g.pick(*_EXAMS),
        f"第{g.r.randint(1, 4)}節「{g.pick(*_EXAM_SUBJ)}」，",
        g.pick(*_EXAM_SITES),
        f"第{g.r.randint(1, 80)}試場應考人",
        g.P(p),
    ]
    if g.chance(0.5):
        out += ["（入場證號碼", g.num(8, "123"), "）"]
    elif g.chance(0.6):
        out += ["（國民身分證統一編號", g.nid(p), "，", g.bday(1962, 2003), "生）"]
    out += [act, f"，依試場規則{article}規定{penalty}。"]
    if g.chance(0.6):
        a, b = g.person("tw"), g.person("tw")
        out += [g.pick("監場人員", "監試委員"), g.P(a), "、", g.P(b)]
        out.append(
            g.pick(
                "當場製作違規紀錄表，應考人已簽名確認。",
                "在場見證，應考人拒絕於紀錄表簽名。",
                "陳報試務處處理。",
            )
        )
    return out


def _ex_call(g: _Gen) -> list[Piece]:
    p = g.person("anytw")
    q, a = g.pick(("問", "答"), ("承辦", "民眾"), ("A", "B"))
    out: list[Piece] = [
        f"［電話紀錄］{g.date()} {g.hhmm()}\n來電：",
        g.P(p),
        g.pick("（應考人本人）", "（自稱應考人）", ""),
        "\n事由：",
        g.pick("入場證遺失，詢問補印。", "詢問成績單寄送地址可否更改。", "報名資料誤植出生日期。"),
        f"\n{q}：跟您核對一下身分證字號。\n{a}：",
        g.nid(p),
        g.pick("。", "，對。", "……應該沒錯。"),
        f"\n{q}：出生年月日？\n{a}：",
        g.bday(1962, 2003),
        "。\n",
    ]
    if g.chance(0.7):
        out += [
            f"{q}：手機還是",
            g.mobile(),
            f"嗎？\n{a}：",
            g.pick("換了，現在是", "沒有，新的是"),
        ]
        out += [g.mobile(), "。\n"]
    out.append("處理：")
    if g.chance(0.5):
        out += ["已告知可至報名網站自行列印，另以電子郵件寄至", g.email(p), "。"]
    else:
        out += ["改寄", g.address(), "，掛號寄出。"]
    return out


def _ex_mail(g: _Gen) -> list[Piece]:
    p = g.person("tw")
    out: list[Piece] = ["From: ", g.PL(p) if g.chance(0.5) else g.P(p), " <", g.email(p), ">\n"]
    out += [
        "Subject: ",
        g.pick("報名費重複扣款 / duplicate charge", "退費申請", "Re: 報名費繳費問題"),
        "\n\n承辦人您好：\n我是",
        g.pick(*_EXAMS),
        "應考人",
        g.P(p),
        "，身分證字號",
        g.nid(p),
        f"。{g.date()}以信用卡繳報名費時網頁當掉，重刷後發現兩筆扣款（卡號",
        g.card(),
        "），請協助退還其中一筆。\n",
    ]
    if g.chance(0.7):
        out += ["如需聯繫請撥", g.phone(), g.pick("，白天比較方便。\n", "。\n", "，謝謝。\n")]
    out += ["\n", g.P(p), g.pick(" 敬上", "\nSent from my iPhone", " 上")]
    return out


def _ex_csv(g: _Gen) -> list[Piece]:
    out: list[Piece] = [
        g.pick("身心障礙應考人特殊需求", "原住民族考試 族籍查驗", "補驗身分名單"),
        "\n序號,姓名,身分證統一編號,出生年月日,需求\n",
    ]
    for i in range(1, g.r.randint(2, 5) + 1):
        p = g.person("anytw")
        need = g.pick("延長考試時間20分鐘", "放大試卷A3", "點字試卷", "安排一樓試場", "族籍已查驗")
        out += [f"{i},", g.P(p), ",", g.nid(p), ",", g.bday(1962, 2003), f",{need}\n"]
    return out


def _ex_log(g: _Gen) -> list[Piece]:
    out: list[Piece] = []
    for _ in range(g.r.randint(2, 3)):
        p = g.person("anytw")
        out += [g.hhmm(), " ", g.P(p), " "]
        kind = g.r.randrange(3)
        if kind == 0:
            out += ["申請補寄入場證，改寄", g.address(), "，電", g.mobile(), "。\n"]
        elif kind == 1:
            out += ["來電查詢榜單，已核身（生日", g.bday(1962, 2003), "），告知未錄取。\n"]
        else:
            out += ["報名照片不合格，已e-mail通知", g.email(p), "重傳。\n"]
    out.append(g.pick("以上。", "（值班：試務組）", ""))
    return out


def _ex_line(g: _Gen) -> list[Piece]:
    a, b, c = g.person("tw"), g.person("tw"), g.person("anytw")
    return [
        f"[LINE] 與試務組的聊天\n2024/{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}\n",
        "08:12\t",
        g.P(a),
        f"\t第{g.r.randint(1, 60)}試場有位考生沒帶身分證 要讓他先考嗎\n08:13\t",
        g.P(b),
        "\t先寫切結書 名字是",
        g.P(c),
        " 他說生日",
        g.bday(1962, 2003),
        "\n08:15\t",
        g.P(a),
        "\t查了報名資料 身分證",
        g.nid(c),
        g.pick(" 照片核對OK", " 跟他講的一樣", " 沒問題"),
        "\n08:16\t",
        g.P(b),
        "\t👌",
    ]


def _ex_indigenous(g: _Gen) -> list[Piece]:
    sex = g.pick("M", "F")
    han, rom = g.person("ind_h", sex), g.person("ind_l", sex)
    tribe = g.pick("泰雅", "阿美", "排灣", "布農", "太魯閣", "卑南", "賽德克", "魯凱")
    return [
        "113年公務人員特種考試原住民族考試 族籍查驗紀錄：應考人",
        g.P(han),
        "（族名羅馬拼音 ",
        g.P(rom),
        f"，{tribe}族），國民身分證統一編號",
        g.nid(han),
        "，出生日期",
        g.bday(1970, 2003),
        "，戶籍謄本記載之原住民身分與報名資料相符。",
        g.pick("通訊處：", "現住："),
        g.address(),
        "。",
    ]


def _ex_proxy(g: _Gen) -> list[Piece]:
    p, agent = g.person("anytw"), g.person("tw")
    return [
        g.pick("成績複查申請", "委託代辦"),
        "：代理人",
        g.P(agent),
        "持委託書代應考人",
        g.P(p),
        "申請複查",
        g.pick(*_EXAM_SUBJ),
        "成績。委託人身分證",
        g.nid(p),
        "，代理人身分證",
        g.nid(agent),
        "，代理人電話",
        g.phone(),
        g.pick("。", "（晚上）。", "。已收手續費新臺幣50元。"),
    ]


def _exn_notice(g: _Gen) -> list[Piece]:
    y, m = g.pick(113, 114), g.r.randint(1, 10)
    return [
        "考選部公告\n",
        f"中華民國{y}年{m}月{g.r.randint(1, 28)}日\n",
        g.w(g.docno(g.pick("選特", "選專", "選高"))),
        "\n主旨：公告",
        g.pick(*_EXAMS),
        "舉行日期、地點及應考須知。\n依據：典試法第",
        str(g.r.randint(2, 30)),
        "條、公務人員考試法第",
        str(g.r.randint(2, 25)),
        "條。\n公告事項：\n一、報名日期：自",
        f"{y}年{m}月{g.r.randint(1, 10)}日起至{m + 1}月{g.r.randint(1, 20)}日止，一律網路報名。\n",
        f"二、報名費新臺幣{g.amount(800, 2800)}元；低收入戶免繳，中低收入戶減半。\n",
        g.pick("三、考試日期：", "三、筆試日期："),
        g.date(),
        "，分臺北、臺中、臺南、高雄、花蓮、臺東考區舉行。\n",
        "四、應考人應攜帶國民身分證正本應試；逾時15分鐘者不得入場。",
        g.pick("", "\n五、諮詢專線：0800-019-111（免付費）。"),
    ]


def _exn_rules(g: _Gen) -> list[Piece]:
    a = g.r.randint(3, 8)
    return [
        f"國家考試試場規則第{a}條：應考人有下列各款情事之一者，扣除其該科目成績",
        str(g.pick(2, 3, 5)),
        "分：一、自備計算機不符規定。二、行動電話或穿戴式裝置未關機。",
        "三、於試場內飲食、吸菸或高聲喧嘩。\n第",
        str(a + 1),
        "條：有前條各款情事情節重大者，扣考並不予計分；其涉及刑責者，移送法辦。",
        g.pick("（本規則自發布日施行）", f"（{g.date()}修正發布）", ""),
    ]


def _exn_stats(g: _Gen) -> list[Piece]:
    sep = g.pick("\t", ",", "  |  ")
    out: list[Piece] = [
        g.pick(*_EXAMS),
        "各考區報考及到考人數\n",
        sep.join(("考區", "報考人數", "到考人數", "到考率")),
        "\n",
    ]
    for area in g.r.sample(_split("臺北 新北 桃園 臺中 臺南 高雄 花蓮 臺東 金門"), 5):
        a = g.r.randint(300, 30000)
        b = int(a * g.r.uniform(0.6, 0.95))
        num_sep = "" if sep == "," else ","
        cells = (area, f"{a:{num_sep}}", f"{b:{num_sep}}", f"{b / a * 100:.2f}%")
        out += [sep.join(cells), "\n"]
    out.append(g.pick("資料來源：考選部統計年報", "（含身心障礙應考人）", ""))
    return out


def _exn_log(g: _Gen) -> list[Piece]:
    s = g.pick("陳", "林", "黃", "張", "李", "王")
    return [
        g.date(),
        " 試務檢討：第",
        str(g.r.randint(1, 60)),
        f"試場{s}姓應考人提前離場一案，經查監場紀錄與錄影一致，維持扣分處分（案號",
        g.caseno(),
        "）。另林口考區高度近視應考人放大試卷印製數量不足，請印務組增印；",
        "榜示名單：王○明、林○玉、",
        g.pick("張○豪", "許○婷", "蔡○宏"),
        "等",
        str(g.r.randint(20, 90)),
        "名。簡章第",
        str(g.r.randint(3, 20)),
        "點周知各考區。",
    ]


# ---------------------------------------------------------------------------------------------
# 學生健康檢查、缺點矯治
# ---------------------------------------------------------------------------------------------


def _grade_class(g: _Gen) -> tuple[str, str]:
    grade, cls = g.r.randint(1, 6), g.r.randint(1, 12)
    return g.pick(f"{grade}年{cls}班", f"{grade}{cls:02d}班", f"{grade}年級{cls}班"), str(grade)


def _sc_notice(g: _Gen) -> list[Piece]:
    kid, parent = g.person("young"), g.person("anytw")
    cls, _ = _grade_class(g)
    findings = g.r.sample(_FINDINGS, g.r.randint(1, 2))
    out: list[Piece] = [
        g.pick(*_SCHOOLS),
        "　學生健康檢查缺點矯治通知單\n親愛的家長您好：\n貴子弟 ",
        cls,
        f" {g.r.randint(1, 32)}號 ",
        g.P(kid),
    ]
    if g.chance(0.6):
        out += ["（", g.bday(2009, 2018), "生）"]
    out.append(f"於{g.date()}健康檢查，發現下列項目需進一步檢查或治療：\n")
    out += [f"□ {f}\n" for f in findings]
    out += [
        f"請於{g.date()}前至醫療院所複查，並將回條交回健康中心。\n",
        "- - - - - - - - （回條）- - - - - - - -\n學生姓名：",
        g.P(kid),
        "　家長簽名：",
        g.P(parent),
        "\n聯絡電話：",
        g.phone(),
        f"\n就醫院所：{g.pick(*_CLINICS)}",
        f"　診斷：{g.pick('已配鏡', '已治療', '追蹤中', '＿＿＿＿')}",
    ]
    return out


def _sc_table(g: _Gen) -> list[Piece]:
    with_nhi = g.chance(0.6)
    head = (
        ["班級", "座號", "姓名", "出生日期"] + (["健保卡號"] if with_nhi else []) + ["初檢", "複檢"]
    )
    out: list[Piece] = ["\t".join(head), "\n"]
    cls = f"{g.r.randint(1, 6)}{g.r.randint(1, 12):02d}"
    for seat in sorted(g.r.sample(range(1, 31), g.r.randint(2, 5))):
        p = g.person("young")
        out += [f"{cls}\t{seat:02d}\t", g.P(p), "\t", g.bday(2009, 2018)]
        if with_nhi:
            out += ["\t", g.nhi()]
        out.append(f"\t{g.pick(*_FINDINGS)}\t{g.pick('已矯治', '未回條', '追蹤中', '轉介')}\n")
    return out


def _sc_nurse(g: _Gen) -> list[Piece]:
    kid = g.person("young")
    rel = g.pick("母親", "父親", "阿嬤", "外婆")
    carer = g.person("anytw", "M" if rel == "父親" else "F")
    cls, _ = _grade_class(g)
    out: list[Piece] = [
        f"護理紀錄 {g.date()} {g.hhmm()} {cls} ",
        g.P(kid),
        f"，{rel}",
        g.P(carer),
        "來電（",
        g.phone(),
        f"），表示已至{g.pick(*_CLINICS)}複檢，{g.pick(*_ADVICE)}。",
    ]
    if g.chance(0.5):
        out += ["健保卡號", g.nhi(), "已登錄系統。"]
    else:
        out.append(g.pick("座位調至前排。", "下學期再追蹤。", "已結案。"))
    return out


def _sc_parent_mail(g: _Gen) -> list[Piece]:
    kid = g.person("young")
    mom = g.person("anytw", "F")
    cls, _ = _grade_class(g)
    return [
        g.pick("老師您好：\n", "導師好～\n", "健康中心護理師您好：\n"),
        "我是",
        cls,
        g.P(kid),
        "的媽媽",
        g.P(mom),
        f"。孩子的{g.pick(*_FINDINGS)}回條我有簽，但他說弄丟了😅 我們{g.date()}已經在",
        g.pick(*_CLINICS),
        f"看過，醫生說{g.pick(*_ADVICE)}。\n有問題可以打給我 ",
        g.mobile(),
        g.pick("，或寄信到 ", "，email: ", "／"),
        g.email(mom),
        "\n謝謝您！",
    ]


def _sc_transfer(g: _Gen) -> list[Piece]:
    kid = g.person("young")
    rel = g.pick("父", "母")
    carer = g.person("anytw", "M" if rel == "父" else "F")
    sep = g.pick("：", ":", "\t")
    return [
        f"轉入生資料（{g.date()}）\n姓名{sep}",
        g.P(kid),
        f"\n性別{sep}{'男' if kid.sex == 'M' else '女'}\n身分證統一編號{sep}",
        g.nid(kid),
        f"\n出生日期{sep}",
        g.bday(2009, 2018),
        f"\n原就讀學校{sep}{g.pick(*_SCHOOLS)}\n戶籍地址{sep}",
        g.address(),
        *([f"\n健保卡號{sep}", g.nhi()] if g.chance(0.5) else []),
        f"\n特殊疾病{sep}{g.pick('氣喘', '蠶豆症', '先天性心臟病（已手術）', '無', '癲癇')}\n",
        f"緊急聯絡人{sep}{rel} ",
        g.P(carer),
        "　",
        g.mobile(),
    ]


def _sc_line(g: _Gen) -> list[Piece]:
    teacher, nurse = g.person("tw", "F"), g.person("tw", "F")
    k1, k2, mom = g.person("young"), g.person("young"), g.person("anytw", "F")
    return [
        f"LINE 記錄（{g.pick(*_SCHOOLS)}健康中心）\n07:52\t",
        g.P(teacher),
        "\t護理師早 我們班",
        g.P(k1),
        "跟",
        g.P(k2),
        "的回條還沒交\n07:55\t",
        g.P(nurse),
        "\t好～",
        g.P(k2),
        "的媽媽",
        g.P(mom),
        "上次說會寄email\n08:03\t",
        g.P(teacher),
        "\t她說換手機了 新號碼 ",
        g.mobile(),
        "\n08:04\t",
        g.P(nurse),
        "\t收到 我再打",
    ]


def _sc_immigrant(g: _Gen) -> list[Piece]:
    kid = g.person("tw")
    mom = g.person("foreign", "F")
    dad = g.person("tw", "M")
    cls, _ = _grade_class(g)
    return [
        cls,
        " ",
        g.P(kid),
        f"，母親為{_NAT[mom.origin]}籍（",
        g.P(mom),
        "，居留證號",
        g.arc(mom),
        f"），中文閱讀較吃力，缺點矯治通知已請通譯以{_LANG[mom.origin]}說明；父",
        g.P(dad),
        g.pick("在外地工作", "跑遠洋漁船", "在工地上班"),
        "，聯絡電話",
        g.mobile(),
        "。",
    ]


def _sc_aligned(g: _Gen) -> list[Piece]:
    out: list[Piece] = [
        f"轉介名單（{g.pick(*_FINDINGS)}）\n",
        "座號  姓名          出生日期        家長手機\n",
    ]
    for seat in sorted(g.r.sample(range(1, 31), g.r.randint(2, 4))):
        p = g.person("young")
        bd = g.bday(2009, 2018)
        out += [f"{seat:<4}  ", g.P(p), " " * max(2, 14 - 2 * len(p.name)), bd]
        out += [" " * max(2, 16 - len(bd[1])), g.mobile(), "\n"]
    return out


def _scn_stats(g: _Gen) -> list[Piece]:
    return [
        f"{g.pick(*_CITIES)}政府教育局 {g.pick(112, 113)}學年度學生健康檢查統計摘要：",
        "國小一年級受檢",
        g.amount(2000, 30000),
        f"人，受檢率{g.pick('98.7%', '99.2%', '97.5%')}；齲齒率{g.pct()}，視力不良率{g.pct()}。",
        "依學校衛生法第8條及學生健康檢查實施辦法，各校應於",
        g.date(),
        "前完成缺點矯治追蹤並上傳系統（",
        g.w(g.docno(g.pick("臺教國署學", "北市教體", "府教體"))),
        "）。",
    ]


def _scn_notice(g: _Gen) -> list[Piece]:
    return [
        "健康檢查當日注意事項：一、",
        g.date(),
        f"上午8時起於活動中心舉行，承辦醫院為{g.pick(*_CLINICS)}。",
        "二、請穿著方便穿脫之運動服，女生請將長髮綁起。三、檢查項目：身高、體重、視力、",
        "聽力、口腔、脊柱胸廓、皮膚。四、未能到檢者請於一週內至特約醫院補檢，費用每人新臺幣",
        g.amount(150, 450),
        "元由學校支應。",
        g.pick("", "洽詢專線：0800-580-580。", "連續假期後一週內完成補檢。"),
    ]


def _scn_table(g: _Gen) -> list[Piece]:
    sep = g.pick("\t", ",")
    out: list[Piece] = [sep.join(("班級", "應檢人數", "實檢人數", "齲齒人數", "矯治完成率")), "\n"]
    for _ in range(g.r.randint(3, 6)):
        n = g.r.randint(20, 32)
        cells = (f"{g.r.randint(1, 6)}{g.r.randint(1, 12):02d}", str(n), str(n - g.r.randint(0, 2)))
        out += [sep.join((*cells, str(g.r.randint(0, 15)), g.pct())), "\n"]
    return out


def _scn_masked(g: _Gen) -> list[Piece]:
    s = g.pick("林", "陳", "黃", "高", "游")
    return [
        f"{g.date()} 健康中心日誌：三年五班{s}姓學童疑似頭蝨，已通知家長並發放衛教單；",
        "高年級游泳課前請導師提醒學生戴泳帽。施工期間健康中心暫移至",
        g.pick("活動中心一樓", "圖書館旁", "行政大樓二樓"),
        "，請周知。備品：優碘、酒精棉片、OK繃、",
        g.pick("沙威隆", "黃藥水", "綠油精"),
        "。學生王○明（",
        str(g.r.randint(1, 6)),
        "年級）之矯治回條已收。",
    ]


# ---------------------------------------------------------------------------------------------
# 地政士代理買賣登記
# ---------------------------------------------------------------------------------------------


def _parcel(g: _Gen) -> str:
    return f"{g.pick(*_SECTIONS)}{g.num(4, '0')}-{g.pick('0000', '0001', '0003')}地號"


def _cert(g: _Gen) -> str:
    return f"({g.r.randint(80, 112)}){g.pick('台內地登', '臺內地登')}字第{g.num(6, '0')}號"


def _ld_form(g: _Gen) -> list[Piece]:
    sep, gap = g.pick(("：", "　"), (":", "  "), ("\t", "\t"), ("：", "，"))
    office = g.pick(*_LAND_OFFICES)
    out: list[Piece] = [
        f"土地登記申請書（買賣）　收件{office}字第{g.num(6, '0')}號\n",
        "原因：買賣（原因發生日期：",
        g.date(),
        "）\n標示：",
        _parcel(g),
        "\n",
    ]
    for role in ("權利人", "義務人"):
        p = g.person("anytw")
        out += [role, sep, g.P(p), gap, "統一編號", sep, g.nid(p), gap, "出生年月日", sep]
        out += [g.bday(1940, 1996), gap, "住所", sep, g.address(), "\n"]
    agent = g.person("tw")
    out += ["代理人", sep, g.P(agent), "（地政士）", gap, "證書字號", sep, _cert(g), gap, "電話"]
    out += [sep, g.phone()]
    return out


def _ld_mail(g: _Gen) -> list[Piece]:
    buyer, seller, agent = g.person("anytw"), g.person("anytw"), g.person("tw")
    out: list[Piece] = [
        g.P(buyer),
        g.title(buyer),
        "您好：\n關於",
        _parcel(g),
        "買賣過戶，目前進度如下：\n1. 土地增值稅單已核發，應納稅額新臺幣",
        g.amount(20000, 900000),
        f"元，請於{g.date()}前繳納。\n2. 賣方",
        g.P(seller),
        f"之印鑑證明日期為{g.date()}，尚在有效期內。\n3. 請補身分證影本（",
        g.nid(buyer),
        "）正反面及戶籍謄本一份。\n如有疑問請撥",
        g.landline(),
        g.pick("或我的手機", "，急件請打"),
        g.mobile(),
        "。\n",
        g.pick("大發", "永信", "安家", "誠正"),
        "地政士事務所　",
        g.P(agent),
    ]
    return out


def _ld_foreign(g: _Gen) -> list[Piece]:
    buyer = g.person(g.pick("vn_l", "id_l", "ph_l", "th_l", "vn_h", "th_h"))
    seller, agent = g.person("anytw"), g.person("tw")
    return [
        "外國人取得土地權利案件（互惠審查）\n權利人：",
        g.P(buyer),
        f"（國籍：{_NAT[buyer.origin]}）\n護照號碼：",
        g.passport(buyer.origin),
        "\n外僑居留證統一證號：",
        g.arc(buyer),
        "\n出生日期：",
        g.bday(1965, 1998),
        "\n在臺住址：",
        g.address(),
        "\n義務人：",
        g.P(seller),
        "（統一編號",
        g.nid(seller),
        "）\n代理人：",
        g.P(agent),
        "地政士，聯絡電話",
        g.phone(),
    ]


def _ld_log(g: _Gen) -> list[Piece]:
    out: list[Piece] = []
    for _ in range(g.r.randint(2, 3)):
        agent, party = g.person("tw"), g.person("anytw")
        out += [
            f"{g.date()} 收件{g.pick(*_LAND_OFFICES)}字第{g.num(6, '0')}號，代理人",
            g.P(agent),
            "地政士送件；補正：",
        ]
        if g.chance(0.5):
            out += [g.pick("義務人", "權利人"), g.P(party), "印鑑證明逾有效期"]
        else:
            out += [
                "權利人",
                g.P(party),
                "出生日期與戶籍資料不符（申請書填",
                g.bday(1940, 1996),
                "）",
            ]
        out += ["，已電告（", g.phone(), "）。\n"]
    return out


def _ld_card(g: _Gen) -> list[Piece]:
    agent, holder = g.person("tw"), g.person("anytw")
    fee = g.r.randint(800, 9000)
    return [
        f"規費繳納紀錄：{g.pick(*_LAND_OFFICES)}地政事務所 收件號{g.num(6, '0')}，登記費新臺幣",
        f"{fee:,}元、書狀費新臺幣{80 * g.r.randint(1, 4)}元，由代理人",
        g.P(agent),
        "以信用卡（持卡人：",
        g.P(holder),
        "，卡號",
        g.card(),
        f"）刷卡繳納，授權碼{g.num(6)}。",
    ]


def _ld_csv(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["權利人,統一編號,出生年月日,住址,權利範圍\n"]
    k = g.r.randint(2, 4)
    for _ in range(k):
        p = g.person("anytw")
        out += [g.P(p), ",", g.nid(p), ",", g.bday(1940, 1996), ",", g.address(), f",1/{k}\n"]
    return out


def _ld_call(g: _Gen) -> list[Piece]:
    agent, party = g.person("tw"), g.person("anytw")
    return [
        f"地政事務所來電紀錄 {g.date()}\n承辦：請問是",
        g.P(agent),
        "地政士嗎？",
        g.P(party),
        "那件還缺東西。\n地政士：是，我是。缺什麼？\n承辦：權利人的出生日期申請書寫",
        g.bday(1940, 1996),
        "，戶籍資料不一樣，請確認。\n地政士：我跟當事人確認，",
        g.pick("她", "他"),
        "電話",
        g.mobile(),
        "，我先打給",
        g.pick("她。", "他。", "當事人。"),
    ]


def _ld_line(g: _Gen) -> list[Piece]:
    client = g.person("anytw", "F")
    husband, agent = g.person("tw", "M"), g.person("tw")
    return [
        "13:05\t",
        g.P(client),
        "\t代書您好 我先生",
        g.P(husband),
        "的身分證影本要正反面嗎\n13:07\t",
        g.P(agent),
        "\t要喔 正反面都要 他生日是",
        g.bday(1940, 1996),
        "對嗎 系統帶出來怪怪的\n13:09\t",
        g.P(client),
        "\t對 他手機",
        g.mobile(),
        " 你直接打給他",
    ]


def _ldn_doc(g: _Gen) -> list[Piece]:
    return [
        "內政部函 ",
        g.w(g.docno(g.pick("內授中辦地", "台內地"))),
        "\n主旨：有關地政士代理申辦土地登記，應依地政士法第",
        str(g.r.randint(16, 27)),
        "條及土地登記規則第",
        str(g.r.randint(30, 60)),
        "條規定辦理，請轉知所屬地政事務所查照。\n說明：",
        g.pick(*_LAND_OFFICES),
        "地政事務所收件號",
        g.num(6, "0"),
        "一案，義務人印鑑證明逾期，嗣後應確實審核。",
    ]


def _ldn_company(g: _Gen) -> list[Piece]:
    a = g.pick(
        "宏林建設股份有限公司", "連城開發有限公司", "高峰營造股份有限公司", "江興實業有限公司"
    )
    b = g.pick("台灣土地開發股份有限公司", "方圓資產管理有限公司", "簡單生活建設股份有限公司")
    return [
        "權利人：",
        a,
        "（統一編號",
        g.ban_no(),
        "）\n義務人：",
        b,
        "（統一編號",
        g.ban_no(),
        "）\n標示：",
        _parcel(g),
        "，權利範圍全部，申報地價每平方公尺新臺幣",
        g.amount(3000, 90000),
        "元；契約書立契日期",
        g.date(),
        "。",
    ]


def _ldn_fee(g: _Gen) -> list[Piece]:
    return [
        "依土地法第76條，登記費按申報地價或權利價值千分之一計收；書狀費每張新臺幣80元。",
        "逾期申請者依土地法第73條每逾一個月處應納登記費額一倍之罰鍰，最高至二十倍。",
        g.pick("平均地權條例", "土地稅法"),
        "第",
        str(g.r.randint(30, 47)),
        f"條之規定另行辦理。{g.date()}起公告現值調整",
        g.pick("3.2%", "1.8%", "5.0%"),
        "。",
    ]


def _ldn_stats(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["實價登錄統計（住宅大樓，每坪萬元）\n"]
    for dist in g.r.sample(_split("大安區 板橋區 中壢區 北屯區 永康區 新興區 竹北市 吉安鄉"), 4):
        out.append(f"{dist}  {g.r.uniform(15, 120):.1f}  交易{g.r.randint(10, 900)}件\n")
    out.append(g.pick("資料期間：", "統計至："))
    out.append(g.date())
    return out


# ---------------------------------------------------------------------------------------------
# 外籍配偶生活適應輔導班
# ---------------------------------------------------------------------------------------------


def _im_roster(g: _Gen) -> list[Piece]:
    out: list[Piece] = [
        f"{g.pick(113, 114)}年度外籍配偶生活適應輔導班（第{g.r.randint(1, 6)}期）學員名冊\n"
    ]
    style = g.pick("{}. ", "{}、", "({}) ")
    for i in range(1, g.r.randint(3, 5) + 1):
        p = g.person("foreign")
        mark = style.format(i)
        out += [mark, g.P(p), f"（{_NAT[p.origin]}）", g.pick(" 居留證 ", " ARC: ", "　統一證號")]
        out += [g.arc(p)]
        if g.chance(0.7):
            out += [g.pick("　手機 ", " tel ", " "), g.mobile()]
        out.append("\n")
    return out


def _im_form(g: _Gen) -> list[Piece]:
    p = g.person("foreign")
    spouse = g.person("anytw", "M" if p.sex == "F" else "F")
    sep = g.pick("：", ":", "\t")
    out: list[Piece] = [
        "輔導班報名表\n學員姓名",
        sep,
        g.P(p),
        f"\n原屬國籍{sep}{_NAT[p.origin]}\n護照號碼{sep}",
        g.passport(p.origin),
        f"\n居留證統一證號{sep}",
        g.arc(p),
        f"\n出生日期{sep}",
        g.bday(1975, 2003),
        f"\n配偶姓名{sep}",
        g.P(spouse),
        f"\n聯絡地址{sep}",
        g.address(),
        f"\n手機{sep}",
        g.mobile(),
    ]
    if g.chance(0.4):
        out += [f"\n健保卡號{sep}", g.nhi()]
    if g.chance(0.5):
        kid = g.person("tw")
        out += [f"\n托育需求{sep}有（子女", g.P(kid), f"，{g.r.randint(1, 5)}歲）"]
    return out


def _im_log(g: _Gen) -> list[Piece]:
    p = g.person("foreign", "F")
    husband, mil = g.person("tw", "M"), g.person("anytw", "F")
    return [
        f"{g.date()} 家訪：",
        g.P(p),
        f"（{_NAT[p.origin]}籍）與夫",
        g.P(husband),
        "同住，婆婆",
        g.P(mil),
        g.pick("反對其參加課程，經說明後同意試上。", "需照顧，僅能參加週六班。", "支持其學中文。"),
        g.pick("居留證", "統一證號"),
        g.arc(p),
        "效期至",
        g.date(),
        "，提醒辦理延期。",
    ]


def _im_msg(g: _Gen) -> list[Piece]:
    p = g.person(g.pick("vn_l", "id_l", "ph_l", "th_l"), "F")
    out: list[Piece] = [
        g.pick("Hi 老師, ", "老師好 ", "Teacher 您好, "),
        "this is ",
        g.P(p),
        g.pick(", my phone ", "，我的電話 ", ". Phone: "),
        g.mobile(),
        g.pick(
            "，下禮拜的課我要請假 because my son is sick",
            " 我明天不能去上課 sorry 🙏",
            "，機車駕照那堂課可以補嗎？",
        ),
    ]
    if g.chance(0.5):
        out += [g.pick(" my ARC no. is ", " 居留證 ", " (ARC "), g.arc(p)]
        out.append(")" if out[-2] == " (ARC " else "")
    return out


def _im_aligned(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["姓名                      國籍      居留證號        出生日期\n"]
    for _ in range(g.r.randint(2, 4)):
        p = g.person("foreign")
        out += [g.P(p), " " * max(2, 26 - (len(p.name) if p.name.isascii() else 2 * len(p.name)))]
        out += [_pad(_NAT[p.origin], 10), g.arc(p), "    ", g.bday(1975, 2003), "\n"]
    return out


def _im_ngo_mail(g: _Gen) -> list[Piece]:
    p = g.person("foreign")
    worker = g.person("tw")
    return [
        "寄件者：",
        g.pick("社團法人新住民關懷協會", "南洋姊妹會", "新住民家庭服務中心"),
        "\n主旨：輔導班學員資料補件\n承辦您好，附件為本次輔導班學員",
        g.P(p),
        "的資料：護照 ",
        g.passport(p.origin),
        "、居留證 ",
        g.arc(p),
        "、電子信箱 ",
        g.email(p),
        "。\nShe prefers messages in ",
        g.pick("Vietnamese", "Bahasa Indonesia", "English", "Thai"),
        ".\n社工 ",
        g.P(worker),
        " ",
        g.landline(),
        g.pick(" 分機 213", "", " #18"),
    ]


def _im_call(g: _Gen) -> list[Piece]:
    wife = g.person("foreign", "F")
    husband = g.person("tw", "M")
    return [
        f"電話紀錄 {g.hhmm()}：先生",
        g.P(husband),
        "來電，太太",
        g.P(wife),
        f"（{_NAT[wife.origin]}）因{g.pick('懷孕產檢', '工廠加班', '回娘家')}",
        "本週請假；詢問結業時數是否足夠。核對居留證",
        g.arc(wife),
        "，出生",
        g.bday(1975, 2003),
        "。回電",
        g.mobile(),
        "。",
    ]


def _im_sign(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["結業證書簽收,姓名,國籍,護照號碼,簽收日期\n"]
    for i in range(1, g.r.randint(2, 4) + 1):
        p = g.person("foreign")
        out += [f"{i},", g.P(p), f",{_NAT[p.origin]},", g.passport(p.origin), f",{g.date()}\n"]
    return out


def _imn_notice(g: _Gen) -> list[Piece]:
    return [
        "內政部移民署",
        str(g.pick(113, 114)),
        "年度外籍配偶生活適應輔導班開課公告：課程內容包括生活適應、語言學習、居留及定居法令、",
        "子女教養、衛生保健、就業權益及消費者保護。上課地點：",
        g.pick("花蓮縣吉安鄉公所3樓會議室", "新北市新住民家庭服務中心", "高雄市鳳山區公所禮堂"),
        "。課程免費並提供臨時托育，洽詢專線：",
        g.pick("1990", "0800-024-111", "各縣市服務站"),
        "。",
    ]


def _imn_schedule(g: _Gen) -> list[Piece]:
    sep = g.pick("\t", " | ")
    out: list[Piece] = [sep.join(("日期", "時間", "課程", "授課單位")), "\n"]
    for _ in range(g.r.randint(3, 5)):
        unit = g.pick(
            "家庭教育中心", "衛生局", "移民署服務站", "監理站", "勞動力發展署", "消保官室"
        )
        course = g.pick("居留及定居法令", "機車考照輔導", "子女教養", "衛生保健", "就業權益")
        out += [sep.join((g.date(), g.pick("09:00-12:00", "13:30-16:30"), course, unit)), "\n"]
    return out


def _imn_funding(g: _Gen) -> list[Piece]:
    return [
        "核定函：",
        g.w(g.docno("移署移輔")),
        "，補助社團法人",
        g.pick("花蓮縣", "臺中市", "屏東縣"),
        "新住民關懷協會（統一編號",
        g.ban_no(),
        "）辦理生活適應輔導班，新住民發展基金補助新臺幣",
        g.amount(50000, 300000),
        "元，請於",
        g.date(),
        "前檢據核銷。",
    ]


def _imn_stats(g: _Gen) -> list[Piece]:
    return [
        f"本年度開設{g.r.randint(5, 30)}班，結訓學員{g.r.randint(100, 600)}人，",
        f"其中越南籍占{g.pct()}、印尼籍{g.pct()}；另有{g.r.randint(3, 40)}人參加機車考照輔導，",
        "通過率",
        g.pct(),
        "。吉安鄉、林口區及楊梅區報名最踴躍。",
    ]


# ---------------------------------------------------------------------------------------------
# 少年出入不當場所稽查
# ---------------------------------------------------------------------------------------------


def _cf_form(g: _Gen) -> list[Piece]:
    owner, kid = g.person("anytw"), g.person("young")
    parent = g.person("anytw")
    sep = g.pick("：", ":", "\t")
    return [
        f"稽查日期{sep}{g.date()} {g.hhmm()}\n場所名稱{sep}{g.pick(*_SHOPS)}\n統一編號{sep}",
        g.ban_no(),
        f"\n負責人{sep}",
        g.P(owner),
        f"\n在場少年{sep}",
        g.P(kid),
        "（",
        g.bday(2007, 2012),
        "生，身分證",
        g.nid(kid),
        f"），就讀{g.pick('國中二年級', '國中三年級', '高一', '國小六年級')}\n處理情形{sep}",
        "通知家長",
        g.P(parent),
        "到場帶回，聯絡電話",
        g.mobile(),
        "；業者依兒少法第47條移送。",
    ]


def _cf_log(g: _Gen) -> list[Piece]:
    a, b = g.person("young", "M"), g.person("young")
    age = g.r.randint(13, 17)
    return [
        f"{g.hhmm()} 巡查{g.pick(*_SHOPS)}，發現少年2名：",
        g.P(a),
        f"（男，{age}歲）、",
        g.P(b),
        f"（{'男' if b.sex == 'M' else '女'}，",
        g.bday(2007, 2012),
        "生），當場勸離，通報",
        g.pick(*_CITIES),
        "少年輔導委員會。",
    ]


def _cf_call(g: _Gen) -> list[Piece]:
    kid = g.person("young", "M")
    rel = g.pick("爸爸", "媽媽", "阿公", "阿嬤")
    parent = g.person("anytw", "F" if rel in ("媽媽", "阿嬤") else "M")
    who = g.pick("警員", "輔導員", "承辦")
    return [
        f"{who}：請問是",
        g.P(kid),
        "的家長嗎？\n家長：我是他",
        rel,
        "，",
        g.P(parent),
        "。他又跑去那裡喔？\n",
        f"{who}：是，現在在{g.pick(*_SHOPS)}，請您過來帶他。他說生日是",
        g.bday(2007, 2012),
        "？\n家長：對啦。我現在在上班，你們打這支",
        g.mobile(),
        "給我太太。",
    ]


def _cf_pipe(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["| 編號 | 姓名 | 性別 | 出生年月日 | 身分證字號 | 監護人 | 電話 |\n"]
    out.append("|---|---|---|---|---|---|---|\n")
    for i in range(1, g.r.randint(2, 4) + 1):
        kid, guardian = g.person("young"), g.person("anytw")
        out += [f"| {i} | ", g.P(kid), f" | {'男' if kid.sex == 'M' else '女'} | "]
        out += [g.bday(2007, 2012), " | ", g.nid(kid), " | ", g.P(guardian), " | ", g.phone()]
        out.append(" |\n")
    return out


def _cf_letter(g: _Gen) -> list[Piece]:
    a, b = g.person("young"), g.person("young")
    return [
        f"主旨：函送本府{g.pick(113, 114)}年第{g.r.randint(1, 4)}季少年出入不當場所稽查結果，",
        "請查照。\n說明：\n一、",
        g.pick(*_SHOPS),
        "於",
        g.date(),
        "深夜查獲少年",
        g.P(a),
        "、",
        g.P(b),
        "等",
        str(g.r.randint(2, 5)),
        "人，依兒童及少年福利與權益保障法第47條規定處理。\n二、少年",
        g.P(a),
        "（身分證統一編號",
        g.nid(a),
        "）戶籍地為",
        g.address(),
        "，已函請戶籍地社會處追蹤輔導。",
    ]


def _cf_line(g: _Gen) -> list[Piece]:
    w1, w2 = g.person("tw"), g.person("tw")
    kid, mom = g.person("young"), g.person("anytw", "F")
    return [
        "[輔導員群組]\n22:41 ",
        g.P(w1),
        f"：剛剛在{g.pick(*_SHOPS)}又看到",
        g.P(kid),
        "\n22:43 ",
        g.P(w2),
        "：他媽",
        g.P(mom),
        "說今天在工廠加班 電話",
        g.mobile(),
        "打不通\n22:44 ",
        g.P(w1),
        "：我先陪他等 明天再家訪",
    ]


def _cf_foreign(g: _Gen) -> list[Piece]:
    kid = g.person(g.pick("vn_l", "id_l", "th_l", "ph_l"), "M")
    return [
        f"{g.date()} {g.pick(*_SHOPS)}稽查：在場少年",
        g.P(kid),
        f"（{_NAT[kid.origin]}籍，{g.r.randint(14, 17)}歲，居留證",
        g.arc(kid),
        "），中文溝通困難，以英語說明；",
        g.pick("已聯繫其父工作之工廠", "由仲介公司人員到場", "請學校輔導老師協助"),
        "，電話",
        g.phone(),
        "。",
    ]


def _cfn_law(g: _Gen) -> list[Piece]:
    return [
        "兒童及少年福利與權益保障法第47條：少年不得出入酒家、特種咖啡茶室、限制級電子遊戲場",
        "及其他涉及賭博、色情、暴力等經主管機關認定足以危害其身心健康之場所。違反者依第95條",
        "處新臺幣",
        g.pick("2萬元以上10萬元以下", "5萬元以上25萬元以下"),
        "罰鍰，並公告場所負責人姓名。電子遊戲場業管理條例第17條另有規定。",
        g.pick("", f"（{g.date()}修正）"),
    ]


def _cfn_store(g: _Gen) -> list[Piece]:
    return [
        g.pick(*_SHOPS),
        "（統一編號",
        g.ban_no(),
        "）營業登記項目：資訊休閒業；",
        g.date(),
        f" {g.hhmm()}稽查，在場消費者{g.r.randint(5, 40)}人均已成年，",
        "未發現少年；營業場所距離國中小學超過",
        str(g.pick(200, 500, 990)),
        "公尺，符合規定。案號",
        g.caseno(),
        "。",
    ]


def _cfn_stats(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["行政區\t稽查家次\t查獲少年人次\t裁罰件數\n"]
    for d in g.r.sample(_split("中正區 板橋區 三重區 桃園區 北屯區 永康區 三民區 花蓮市"), 4):
        out.append(f"{d}\t{g.r.randint(10, 200)}\t{g.r.randint(0, 30)}\t{g.r.randint(0, 8)}\n")
    return out


def _cfn_products(g: _Gen) -> list[Piece]:
    return [
        f"{g.pick(*_SHOPS)}店內販售王子麵、科學麵、黑松沙士、",
        g.pick("林鳳營鮮乳", "金牌台灣啤酒（未陳列）", "伯朗咖啡"),
        "；設有夾娃娃機",
        str(g.r.randint(2, 20)),
        "台、",
        g.pick("普通級電子遊戲機", "賽車模擬機", "跳舞機"),
        str(g.r.randint(2, 30)),
        "台。張貼「未滿18歲禁止進入」告示，高度符合規定；",
        "江經理表示週末會加強門禁。",
    ]


# ---------------------------------------------------------------------------------------------
# 候選人登記、政見發表會
# ---------------------------------------------------------------------------------------------


_ELECTIONS = (
    ("臺北市", "臺北市第4屆市議員選舉"),
    ("新北市", "新北市第4屆市議員選舉"),
    ("桃園市", "桃園市第4屆市議員選舉"),
    ("花蓮縣", "花蓮縣第21屆縣議員選舉"),
    ("彰化縣", "彰化縣第21屆縣議員選舉"),
    ("宜蘭縣", "宜蘭縣羅東鎮第19屆鎮長選舉"),
    ("花蓮縣", "花蓮縣吉安鄉第19屆鄉長選舉"),
    ("臺中市", "臺中市北屯區仁美里里長選舉"),
    ("中央", "第11屆立法委員選舉"),
    ("中央", "第11屆山地原住民立法委員選舉"),
)


def _election(g: _Gen) -> str:
    return g.pick(*_ELECTIONS)[1]


def _el_form(g: _Gen) -> list[Piece]:
    p = g.person("anytw")
    sep = g.pick("：", ":", "\t")
    out: list[Piece] = [
        f"選舉種類{sep}{_election(g)}\n選舉區{sep}第{g.r.randint(1, 12)}選舉區\n候選人姓名{sep}",
        g.P(p),
        f"\n出生年月日{sep}",
        g.bday(1950, 1995),
        f"\n性別{sep}{'男' if p.sex == 'M' else '女'}\n身分證統一編號{sep}",
        g.nid(p),
        f"\n戶籍地址{sep}",
        g.address(),
        f"\n推薦政黨{sep}{g.pick(*_PARTIES)}\n",
    ]
    if g.chance(0.8):
        out += [f"聯絡電話{sep}", g.phone(), "\n"]
    if g.chance(0.5):
        out += [f"電子信箱{sep}", g.email(p), "\n"]
    return out


def _el_order(g: _Gen) -> list[Piece]:
    out: list[Piece] = [f"{_election(g)}政見發表會 抽籤結果（發表順序）\n"]
    style = g.pick("{}. ", "第{}位：", "{}號 ")
    for i in range(1, g.r.randint(3, 5) + 1):
        out += [style.format(i), g.P(g.person("anytw")), "\n"]
    out += ["主持人：", g.P(g.person("tw"))]
    return out


def _el_debate(g: _Gen) -> list[Piece]:
    host, cand = g.person("tw"), g.person("anytw")
    k = g.r.randint(1, 6)
    return [
        "主持人",
        g.P(host),
        f"：接下來請{k}號候選人",
        g.P(cand),
        "發表政見，時間15分鐘。\n",
        g.P(cand),
        "：各位鄉親大家好，我是",
        g.P(cand),
        g.pick(
            "，從小在這裡長大，",
            "，感謝大家冒雨前來，",
            "，今天我要講三件事：",
        ),
        g.pick("長照據點要增加，", "國中營養午餐要免費，", "路燈要修，"),
        "拜託大家",
        g.pick("支持！", "投我一票！", "給我機會！"),
    ]


def _el_indigenous(g: _Gen) -> list[Piece]:
    sex = g.pick("M", "F")
    han, rom = g.person("ind_h", sex), g.person("ind_l", sex)
    return [
        "第11屆山地原住民立法委員選舉 候選人",
        g.P(han),
        "（族名 ",
        g.P(rom),
        "），",
        g.bday(1955, 1990),
        "生，戶籍",
        g.address(),
        "，經查具原住民身分，登記文件齊全，准予登記。",
    ]


def _el_mail(g: _Gen) -> list[Piece]:
    cand, aide = g.person("anytw"), g.person("tw")
    return [
        "選委會承辦您好：\n",
        g.P(cand),
        "競選總部補送候選人登記文件（保證金已匯款），",
        "聯絡人",
        g.P(aide),
        " ",
        g.mobile(),
        "，Email ",
        g.email(aide),
        "。\n",
        g.pick("Best regards,", "敬祝 平安", "謝謝！"),
        "\n",
        g.PL(aide) if g.chance(0.4) else g.P(aide),
    ]


def _el_log(g: _Gen) -> list[Piece]:
    cand, aide = g.person("anytw"), g.person("tw")
    return [
        f"受理登記 {g.hhmm()} 候選人",
        g.P(cand),
        "由助理",
        g.P(aide),
        "代為送件",
        g.pick("，缺戶籍謄本，請於", "，學歷證明影本未驗，請於", "，照片規格不符，請於"),
        g.date(),
        "前補件。助理電話",
        g.mobile(),
        "。",
    ]


def _el_csv(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["號次,姓名,性別,出生年月日,政黨\n"]
    for i in range(1, g.r.randint(2, 5) + 1):
        p = g.person("anytw")
        sex = "男" if p.sex == "M" else "女"
        out += [f"{i},", g.P(p), f",{sex},", g.bday(1950, 1995), f",{g.pick(*_PARTIES)}\n"]
    return out


def _eln_notice(g: _Gen) -> list[Piece]:
    where, name = g.pick(*_ELECTIONS)
    m, d = g.r.randint(1, 10), g.r.randint(1, 20)
    return [
        "中央選舉委員會公告\n" if where == "中央" else f"{where}選舉委員會公告\n",
        g.w(g.docno("中選務" if where == "中央" else "選一")),
        "\n主旨：公告",
        name,
        f"候選人登記事項。\n一、登記期間：{g.pick(113, 114)}年{m}月{d}日至{m}月{d + 4}日，",
        "每日上午8時30分至下午5時。\n二、保證金：新臺幣",
        g.pick("20萬元", "12萬元", "5萬元"),
        "，得票數不足規定者不予發還。\n三、依公職人員選舉罷免法第",
        str(g.r.randint(24, 35)),
        "條規定辦理。",
    ]


def _eln_logistics(g: _Gen) -> list[Piece]:
    return [
        "政見發表會 時間：",
        g.date(),
        " 19:00 地點：",
        g.pick("中正紀念堂前廣場", "逸仙國小禮堂", "吉安鄉立體育館", "林口區公所"),
        "。每位候選人發表15分鐘，依抽籤順序進行，",
        g.pick("公共電視", "有線電視", "選委會YouTube頻道"),
        "同步直播。現場禁止張貼文宣，施工圍籬區域請勿進入。",
    ]


def _eln_results(g: _Gen) -> list[Piece]:
    return [
        f"{_election(g)}投票結果：投票率{g.pct(45, 78)}，有效票",
        g.amount(10000, 900000),
        "張，無效票",
        g.amount(100, 9000),
        f"張。{g.pick(*_PARTIES)}得票率{g.pct(2, 55)}，",
        g.pick("較上屆增加", "較上屆減少"),
        str(g.r.randint(1, 9)),
        "個百分點。當選證書於",
        g.date(),
        "頒發。",
    ]


def _eln_parties(g: _Gen) -> list[Piece]:
    return [
        "本屆推薦候選人之政黨：",
        "、".join(g.r.sample(_PARTIES, 4)),
        "及小民參政歐巴桑聯盟。連署人數應達選舉人總數百分之",
        g.pick("一點五", "二", "三"),
        "；連署書於",
        g.date(),
        "截止收件，逾期不予受理。何時領表請洽",
        g.pick("選務課", "各鄉鎮市區公所", "戶政事務所"),
        "。",
    ]


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

Template = Callable[[_Gen], list[Piece]]

_GENRES: tuple[tuple[tuple[Template, ...], tuple[Template, ...]], ...] = (
    (
        (
            _ex_form,
            _ex_violation,
            _ex_call,
            _ex_mail,
            _ex_csv,
            _ex_log,
            _ex_line,
            _ex_indigenous,
            _ex_proxy,
        ),
        (_exn_notice, _exn_rules, _exn_stats, _exn_log),
    ),
    (
        (
            _sc_notice,
            _sc_table,
            _sc_nurse,
            _sc_parent_mail,
            _sc_transfer,
            _sc_line,
            _sc_immigrant,
            _sc_aligned,
        ),
        (_scn_stats, _scn_notice, _scn_table, _scn_masked),
    ),
    (
        (_ld_form, _ld_mail, _ld_foreign, _ld_log, _ld_card, _ld_csv, _ld_call, _ld_line),
        (_ldn_doc, _ldn_company, _ldn_fee, _ldn_stats),
    ),
    (
        (
            _im_roster,
            _im_form,
            _im_log,
            _im_msg,
            _im_aligned,
            _im_ngo_mail,
            _im_call,
            _im_sign,
        ),
        (_imn_notice, _imn_schedule, _imn_funding, _imn_stats),
    ),
    (
        (_cf_form, _cf_log, _cf_call, _cf_pipe, _cf_letter, _cf_line, _cf_foreign),
        (_cfn_law, _cfn_store, _cfn_stats, _cfn_products),
    ),
    (
        (_el_form, _el_order, _el_debate, _el_indigenous, _el_mail, _el_log, _el_csv),
        (_eln_notice, _eln_logistics, _eln_results, _eln_parties),
    ),
)


def _assemble(pieces: Sequence[Piece], known: set[str], negative: bool) -> Sample:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    flags: list[bool] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, str):
            parts.append(piece)
            pos += len(piece)
            continue
        label, value = piece
        if negative or not value or value != value.strip():
            raise ValueError(f"bad {label} piece in a {'negative' if negative else 'positive'}")
        spans.append((pos, pos + len(value), label))
        if label == "PERSON":
            flags.append(value in known)
        parts.append(value)
        pos += len(value)
    return Sample("".join(parts).rstrip(), spans, negative, flags)


def generate_heldout62(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-name list."""
    g = _Gen(seed)
    negatives = set(g.r.sample(range(n), round(n * _NEGATIVE_SHARE)))
    samples = []
    for i in range(n):
        positives, hard = g.r.choice(_GENRES)
        negative = i in negatives
        g.doc_wide = g.chance(0.07)
        pieces = g.r.choice(hard if negative else positives)(g)
        samples.append(_assemble(pieces, g.known_set, negative))
    return samples, list(g.known)
