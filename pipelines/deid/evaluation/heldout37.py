"""Held-out set 37: synthetic agency free text with gold personal-data spans.

Written independently of the scanner (only the ``Sample`` dataclass and the identifier
checksum helpers were consulted), so the first measurement on it is a held-out figure.

Genres, all in Traditional Chinese as agency staff write them:

* 榮民服務處 home-visit and pension records (公文, case notes, forms, tables);
* 救溺 water-rescue and drowning-prevention patrol logs and incident forms;
* 法律扶助 legal-aid intake interviews, review minutes and signatures;
* 山難搜救 / forest-fire reports with climbing-party rosters;
* 境外漁工 migrant-fisher wage-dispute mediation records;
* 圖書館 library volunteer rosters and programme sign-up sheets.

About a quarter of the samples are hard negatives: the same genres with only public or
non-personal look-alikes (公文字號, case and receipt numbers, valid 統一編號 of companies,
statute articles, amounts, ordinary dates, places, organisations, shops, products and words
that begin with a surname character). About an eighth of the structured values are written
in full-width forms.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

FULLWIDTH_RATE = 0.125
NEGATIVE_RATE = 0.25
KNOWN_RATE = 0.5


def _w(text: str) -> list[str]:
    """Words of a space-separated list."""
    return text.split()


# ---------------------------------------------------------------------------------------------
# Name material (own lists)
# ---------------------------------------------------------------------------------------------

_SURNAMES_COMMON = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 "
    "羅 高 簡 朱 鍾 施 游 詹 沈 彭 胡 余"
)
_SURNAMES_OTHER = _w(
    "盧 潘 顏 梁 趙 柯 翁 魏 方 孫 戴 范 宋 鄧 杜 侯 曹 薛 傅 丁 溫 紀 蔣 歐 藍 連 唐 馬 "
    "董 石 卓 程 姚 康 馮 古 姜 湯 汪 白 田 涂 鄒 巫 尤 鐘 龔 嚴 韓 黎 金 阮 陸 倪 夏 童 "
    "邵 柳 錢 袁 段 俞 譚 孔 甘 艾 于 辜 麥 符 蒲 冉 房 裴 凌 闕 官 褚 晏 喬 龐 苗 雷 池 "
    "毛 舒 穆 岳 伍 殷 葛 賀 饒 項 祝 練 粘 柴 常 萬 滕 佘 商 鄔 欒 牛 聶 焦 喻 郝 衛 "
    "熊 任 崔 秦 尹 封 應 武 賈 談 仇 易 閻 車 時 向 鮑 邢 左 包 華"
)
_SURNAMES_COMPOUND = _w("歐陽 張簡 司徒 范姜 諸葛 上官 司馬 夏侯 皇甫 端木 張廖 東方 公孫 慕容")

_GIVEN_MALE = _w(
    "志明 建宏 俊傑 家豪 冠宇 宗翰 承翰 彥廷 柏翰 冠廷 子豪 信宏 明哲 志豪 建志 俊宏 "
    "志偉 家銘 文傑 正雄 國華 振宇 偉倫 宏仁 柏宇 品睿 承恩 宥廷 冠霖 育誠 明輝 嘉偉 "
    "凱文 士豪 政達 永昌 耀中 世豪 哲瑋 宇軒 昱辰 博文 睿恩 翊銘 子翔 晉豪 柏勳 崇德 "
    "建良 俊毅 啟賢 明道 東昇 勝雄 金城 進興 朝陽 清標"
)
_GIVEN_FEMALE = _w(
    "怡君 雅婷 淑芬 美玲 惠雯 佳蓉 雅惠 欣怡 佩君 郁婷 筱涵 詩涵 宜蓁 思妤 品妍 芷瑄 "
    "雅琪 靜怡 婉婷 慧君 淑惠 佳穎 玉婷 珮瑜 曉薇 育婷 家瑜 心怡 麗華 秀鳳 瑞敏 孟儒 "
    "筱雯 若瑜 沛綺 亭妤 庭瑄 湘羚 宛蓁 韻如 美惠 素卿 碧雲 鳳嬌 麗卿"
)
_GIVEN_YOUNG = _w(
    "宥辰 品妤 子晴 芯瑜 宇恩 詠晴 晨恩 語彤 恩綺 睿哲 禹希 昕妍 采潔 妍希 柏睿 宸睿 "
    "沐恩 芊妤 以安 允希 書妍 承睿 恩熙 禹安 子芸 沛晴 芸熙 旻叡 謙佑 侑恩 芮安 心妍 "
    "昊宇 宥蓁 亮均 品碩 姵瑄 羽彤 秉宸 子喬"
)
_GIVEN_VETERAN = _w(
    "振華 國棟 興邦 德昌 維新 紹武 占魁 鴻儒 秉義 立功 福生 寶山 長順 永福 世傑 仲武 "
    "子良 耀祖 汝霖 培元 定國 克強 保忠 繼光 樹森 錫銘 天祥 文斌 金水 清泉 萬福 火旺 "
    "春生 進財 添丁 水木 炳煌 榮華 瑞麟 漢卿 家駒 傳芳 承業 鐵民 守仁 光宗 有德 雲程"
)
_GIVEN_OLD_FEMALE = _w(
    "秀英 淑貞 玉蘭 桂英 美玉 月娥 素珍 阿滿 罔市 金枝 秀琴 春嬌 玉枝 寶珠 麗珠 彩雲 "
    "碧霞 月霞 淑華 玉琴 秀蘭 桂芳 阿桃 金鳳 素娥 雪梅 美華 招治 玉霞 錦雲 秀梅 阿綢 "
    "罔腰 秋菊 玉葉"
)
_GIVEN_ONE = _w(
    "偉 傑 強 勇 芳 娟 靜 華 敏 瑩 翔 豪 萍 慧 玲 剛 彬 霖 琪 婷 倩 昀 澤 薇 蓉 嵐 誠 毅 鈞 璇"
)
_COMBO_A = "家志俊建宗冠承柏子彥宇明信育品思詩雅欣佳郁宜芷婉玉淑美惠秀麗文國永嘉士"
_COMBO_B = "豪宏傑翰廷宇恩睿安妤涵婷君瑜蓁萱晴芬玲惠雯蓉華鳳誠維銘勳賢"

_INDIG_HAN_GIVEN = _w(
    "巴奈 瓦歷斯 尤幹 比令 伊凡 拉娃 阿布斯 烏媽 馬耀 撒韻 達努 哈勇 羅幸 吉娃斯 拉罕 "
    "諾幹 伊斯坦大 沙力浪 娃旦 阿洛 瑪莎 蘇密 法拉 以撒 卡路 達道 阿樂 希娃 巴尚 多奧 "
    "谷拉斯 媽媽 伊苞 莎瓏 阿里 拉瓦"
)
_INDIG_HAN_FAMILY = _w(
    "尤命 諾幹 巴萬 達利 卡造 拉拉 哈露 瓦旦 亞外 塔古 伊萬 阿道 吉拉 馬賴 巴代 卡夫 "
    "路安 多雅 都宛 谷哇 撒古流 伊央 卡照 沙瓦 谷斯 比浩 伊斯瑪哈單 達給斯 烏茂"
)
_INDIG_LATIN_GIVEN = _w(
    "Walis Yukan Piling Iwan Lawa Abus Umav Mayaw Sayun Tanu Hayung Losing Kiwas Lahan "
    "Nokan Istanda Salizan Watan Alo Masa Sumi Fala Isak Kalu Tadaw Panay Siwa Apu Ciwang "
    "Payen Temu Baunay Lituk Sakinu Tjuku Vuvu Tipus"
)
_INDIG_LATIN_FAMILY = _w(
    "Yukan Nokan Pawan Tali Kacaw Lala Halu Watan Yawai Taku Iwan Adaw Kila Malay Pasang "
    "Tanapima Takisvilainan Istasipal Palalavi Ruljuvuan Tjakisuvung Nomin Sulu Mulu Tahai "
    "Hosungan Pilin Sawmah Kolas"
)
_TAO_PREFIX = ("夏曼", "希婻", "希", "夏本")

_VN_FAMILY = [
    ("Nguyen", "阮"), ("Tran", "陳"), ("Le", "黎"), ("Pham", "范"), ("Hoang", "黃"),
    ("Phan", "潘"), ("Vu", "武"), ("Dang", "鄧"), ("Bui", "裴"), ("Do", "杜"), ("Ho", "胡"),
    ("Ngo", "吳"), ("Duong", "楊"), ("Ly", "李"),
]  # fmt: skip
_VN_MID_M = [
    ("Van", "文"),
    ("Duc", "德"),
    ("Huu", "有"),
    ("Minh", "明"),
    ("Quoc", "國"),
    ("Cong", "公"),
]
_VN_MID_F = [("Thi", "氏"), ("Thi", "氏"), ("Thi", "氏"), ("Ngoc", "玉")]
_VN_GIVEN_M = [
    ("Hung", "雄"), ("Tuan", "俊"), ("Dung", "勇"), ("Nam", "南"), ("Long", "龍"), ("Quang", "光"),
    ("Hai", "海"), ("Thanh", "清"), ("Son", "山"), ("Binh", "平"), ("Cuong", "強"), ("Phuc", "福"),
    ("Tai", "才"), ("Khoa", "科"), ("Duy", "維"), ("Hieu", "孝"),
]  # fmt: skip
_VN_GIVEN_F = [
    ("Mai", "梅"), ("Lan", "蘭"), ("Hoa", "花"), ("Thao", "草"), ("Huong", "香"), ("Linh", "玲"),
    ("Phuong", "芳"), ("Hang", "姮"), ("Nga", "娥"), ("Yen", "燕"), ("Trang", "妝"), ("Thuy", "翠"),
    ("Nhung", "絨"), ("Hanh", "幸"),
]  # fmt: skip
_ID_FIRST = [
    ("Agus", "阿古斯"), ("Budi", "布迪"), ("Eko", "艾科"), ("Slamet", "斯拉梅特"),
    ("Wahyu", "瓦尤"),
    ("Rizki", "利茲基"), ("Andi", "安迪"), ("Dedi", "德迪"), ("Hendra", "亨德拉"), ("Joko", "佐科"),
    ("Yusuf", "尤素夫"), ("Arif", "阿里夫"), ("Rudi", "魯迪"), ("Bambang", "班邦"),
    ("Irwan", "伊爾萬"), ("Siti", "西蒂"), ("Sri", "詩莉"), ("Dewi", "德薇"), ("Nur", "努爾"),
    ("Wulan", "烏蘭"), ("Ayu", "阿尤"), ("Rina", "莉娜"),
]  # fmt: skip
_ID_SINGLE = [
    ("Suparman", "蘇帕曼"), ("Sutrisno", "蘇特里斯諾"), ("Mulyadi", "穆里亞迪"),
    ("Karyono", "卡里約諾"), ("Sumiati", "蘇米亞蒂"), ("Warsini", "瓦爾西妮"), ("Darto", "達托"),
]  # fmt: skip
_ID_SECOND = [
    ("Setiawan", "塞蒂亞萬"), ("Santoso", "桑托索"), ("Prasetyo", "普拉塞提約"),
    ("Hidayat", "希達亞特"), ("Saputra", "沙普特拉"), ("Wijaya", "威佳亞"),
    ("Kurniawan", "庫尼亞萬"), ("Nugroho", "努格羅霍"), ("Susanto", "蘇珊托"), ("Rahman", "拉赫曼"),
    ("Hakim", "哈基姆"), ("Firmansyah", "費爾曼夏"), ("Wahyuni", "瓦尤妮"), ("Rahayu", "拉哈尤"),
    ("Handayani", "韓達亞妮"), ("Lestari", "萊絲塔莉"),
]  # fmt: skip
_PH_FIRST = [
    ("Jerome", "傑羅姆"), ("Mark", "馬克"), ("Jose", "荷西"), ("Ronaldo", "羅納多"),
    ("Rogelio", "羅赫略"), ("Arnel", "阿內爾"), ("Jessie", "傑西"), ("Noel", "諾爾"),
    ("Edwin", "艾德溫"), ("Rodel", "羅德爾"), ("Maricel", "瑪麗塞爾"), ("Rowena", "羅維娜"),
    ("Jocelyn", "喬瑟琳"), ("Analyn", "安娜琳"), ("Lorna", "羅娜"),
]  # fmt: skip
_PH_LAST = [
    ("Reyes", "雷耶斯"), ("Santos", "桑托斯"), ("Bautista", "包蒂斯塔"), ("Garcia", "加西亞"),
    ("Villanueva", "維拉紐瓦"), ("Mendoza", "門多薩"), ("Ramos", "拉莫斯"),
    ("Castillo", "卡斯蒂約"),
    ("Flores", "佛洛雷斯"), ("Pascual", "帕斯誇爾"), ("Manalo", "馬納洛"), ("Soriano", "索里亞諾"),
    ("Tolentino", "托倫蒂諾"), ("Dela Cruz", "德拉克魯茲"),
]  # fmt: skip
_TH_FIRST = [
    ("Somchai", "頌猜"), ("Somsak", "頌薩"), ("Prasert", "巴頌"), ("Wichai", "威猜"),
    ("Anan", "阿南"),
    ("Boonmee", "文米"), ("Suda", "素達"), ("Malee", "瑪莉"), ("Kanya", "甘雅"), ("Sombat", "頌巴"),
]  # fmt: skip
_TH_LAST = [
    ("Saelim", "沙林"), ("Wongsa", "翁薩"), ("Kaewmanee", "蓋瑪尼"), ("Srisuk", "詩蘇"),
    ("Thongdee", "通迪"), ("Boonyarat", "文雅叻"), ("Phrommin", "蓬敏"),
]  # fmt: skip
_NATIONS = ("越南", "印尼", "菲律賓", "泰國")

# Romanisations for e-mail local parts.
_ROM_SURNAME = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou su yeh chuang lu chiang ho hsiao lo kao chien chu chung shih yu chan shen peng"
)
_ROM_GIVEN = _w(
    "ming hui yu ting wei chun chia hao yi hsin mei ling chih hung kai jen tzu yen shu fang "
    "pei wen hsiang ying tsung po an chieh"
)
_MAIL_DOMAINS = _w(
    "gmail.com gmail.com gmail.com yahoo.com.tw yahoo.com.tw hotmail.com outlook.com "
    "msa.hinet.net ms15.hinet.net ms27.hinet.net icloud.com pchome.com.tw seed.net.tw"
)

# ---------------------------------------------------------------------------------------------
# Places (own gazetteer)
# ---------------------------------------------------------------------------------------------

_CITIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("臺北市", [("中正區", "100"), ("大同區", "103"), ("中山區", "104"), ("松山區", "105"),
             ("大安區", "106"), ("萬華區", "108"), ("信義區", "110"), ("士林區", "111"),
             ("北投區", "112"), ("內湖區", "114"), ("南港區", "115"), ("文山區", "116")]),
    ("新北市", [("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("永和區", "234"),
             ("新莊區", "242"), ("新店區", "231"), ("淡水區", "251"), ("汐止區", "221"),
             ("三峽區", "237"), ("瑞芳區", "224"), ("平溪區", "226"), ("烏來區", "233"),
             ("貢寮區", "228")]),
    ("桃園市", [("桃園區", "330"), ("中壢區", "320"), ("龍潭區", "325"), ("大溪區", "335"),
             ("復興區", "336"), ("平鎮區", "324")]),
    ("臺中市", [("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("豐原區", "420"),
             ("大甲區", "437"), ("和平區", "424"), ("梧棲區", "435")]),
    ("臺南市", [("東區", "701"), ("中西區", "700"), ("安南區", "709"), ("永康區", "710"),
             ("新營區", "730"), ("安平區", "708")]),
    ("高雄市", [("前鎮區", "806"), ("苓雅區", "802"), ("三民區", "807"), ("鳳山區", "830"),
             ("旗津區", "805"), ("小港區", "812"), ("茂林區", "851"), ("桃源區", "848"),
             ("林園區", "832")]),
    ("基隆市", [("中正區", "202"), ("仁愛區", "200"), ("七堵區", "206"), ("暖暖區", "205")]),
    ("新竹市", [("東區", "300"), ("北區", "300"), ("香山區", "300")]),
    ("新竹縣", [("竹北市", "302"), ("尖石鄉", "313"), ("五峰鄉", "311"), ("竹東鎮", "310")]),
    ("苗栗縣", [("苗栗市", "360"), ("頭份市", "351"), ("南庄鄉", "353"), ("泰安鄉", "365")]),
    ("彰化縣", [("彰化市", "500"), ("鹿港鎮", "505"), ("員林市", "510"), ("和美鎮", "508")]),
    ("南投縣", [("南投市", "540"), ("埔里鎮", "545"), ("仁愛鄉", "546"), ("信義鄉", "556"),
             ("魚池鄉", "555")]),
    ("雲林縣", [("斗六市", "640"), ("虎尾鎮", "632"), ("麥寮鄉", "638")]),
    ("嘉義縣", [("太保市", "612"), ("阿里山鄉", "605"), ("朴子市", "613"), ("東石鄉", "614")]),
    ("屏東縣", [("屏東市", "900"), ("東港鎮", "928"), ("恆春鎮", "946"), ("琉球鄉", "929"),
             ("三地門鄉", "901"), ("牡丹鄉", "945")]),
    ("宜蘭縣", [("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270"), ("南澳鄉", "272"),
             ("大同鄉", "267"), ("頭城鎮", "261")]),
    ("花蓮縣", [("花蓮市", "970"), ("吉安鄉", "973"), ("秀林鄉", "972"), ("玉里鎮", "981"),
             ("壽豐鄉", "974")]),
    ("臺東縣", [("臺東市", "950"), ("成功鎮", "961"), ("海端鄉", "957"), ("蘭嶼鄉", "952"),
             ("延平鄉", "953"), ("太麻里鄉", "963")]),
    ("澎湖縣", [("馬公市", "880"), ("湖西鄉", "885")]),
    ("金門縣", [("金城鎮", "893"), ("金湖鎮", "891")]),
]  # fmt: skip
_ROADS = _w(
    "中山路 中正路 民生路 民族路 民權路 成功路 復興路 光復路 和平路 建國路 自由路 信義路 "
    "仁愛路 忠孝路 中華路 文化路 公園路 大同路 博愛路 三民路 五福路 林森路 長春路 育英街 "
    "新興街 永安街 光明街 勝利街 福德街 中山北路 建國北路 和平東路 忠孝東路 羅斯福路 "
    "重新路 永貞路 景平路 英專路 北新路 漁港路 海岸路 環港街 榮民路 眷村街"
)
_VILLAGES = _w(
    "利稻 霧鹿 新武 崁頂 福山 碧候 金岳 東澳 武塔 梅山 紅葉 桃源 勤和 瑪家 北葉 達仁 "
    "土坂 南王 椰油 東清 朗島 紅頭 清流 中原 精英 春陽"
)
_LI = _w("福德 永興 中興 光明 仁愛 和平 文化 大同 新生 長安 民生 興隆")
_CN_DIGITS = "零一二三四五六七八九"


def _cn(num: int) -> str:
    """Chinese numerals for 1-199 (民國四十五年, 十二月)."""
    if num < 10:
        return _CN_DIGITS[num]
    if num < 20:
        return "十" + (_CN_DIGITS[num % 10] if num % 10 else "")
    if num < 100:
        return _CN_DIGITS[num // 10] + "十" + (_CN_DIGITS[num % 10] if num % 10 else "")
    rest = num - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _CN_DIGITS[rest]
    if rest < 20:
        return "一百一" + _cn(rest)
    return "一百" + _cn(rest)


def _fw(text: str, digits_only: bool = False) -> str:
    """Full-width forms of ASCII (or only of the digits)."""
    out = []
    for ch in text:
        if digits_only:
            out.append(chr(ord(ch) + 0xFEE0) if ch.isdigit() and ch.isascii() else ch)
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _roc_stamp(rng: random.Random) -> str:
    """A recent ROC date written as seven digits (1130612), as case numbers begin."""
    return f"{rng.randint(111, 114)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


# ---------------------------------------------------------------------------------------------
# Look-alike check (used to reject a draw that accidentally holds a personal value)
# ---------------------------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"(?<![A-Z0-9])[A-Z][ -]?[A-Z0-9](?:[ -]?\d){8}(?![0-9])")
_DIGIT_RUN = re.compile(r"\d+(?:[ \-.]\d+)*")
_MOBILE_SHAPE = re.compile(
    r"(?<![0-9])(?:(?:\+|00)?886[ \-]?(?:\(0\))?|\(?0?)9\d{2}\)?[ \-.]?\d{3}[ \-.]?\d{3}(?![0-9])"
)


def _stray_personal(text: str) -> bool:
    """Whether ``text`` holds a valid ID, certificate, card, mobile or e-mail."""
    norm = unicodedata.normalize("NFKC", text)
    if "@" in norm:
        return True
    upper = norm.upper()
    for m in _ID_SHAPE.finditer(upper):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    for m in _MOBILE_SHAPE.finditer(norm):
        if phone.is_mobile(m.group()):
            return True
    for m in _DIGIT_RUN.finditer(norm):
        groups = re.split(r"[ \-.]", m.group())
        for i in range(len(groups)):
            total = ""
            for g in groups[i:]:
                total += g
                if len(total) > 19:
                    break
                if len(total) >= 13 and creditcard.is_valid(total):
                    return True
    return False


def _safe_filler(value: str) -> bool:
    return not _stray_personal(value)


# ---------------------------------------------------------------------------------------------
# Filler vocabulary (unlabelled)
# ---------------------------------------------------------------------------------------------

_DOC_PREFIXES = _w(
    "府授工字 府消救字 輔服字 輔壹字 北市消指字 勞動發管字 農漁字 法扶總字 林保字 "
    "北市圖推字 高市海洋漁字 嘉縣消字 輔北服字 海巡救字 新北府勞資字 東府原字 花消救字"
)
_LAWS = (
    "法律扶助法第5條", "法律扶助法第13條第1項", "勞動基準法第22條", "勞動基準法第59條",
    "國軍退除役官兵輔導條例第16條", "遠洋漁業條例第26條", "森林法第34條", "國家公園法第13條",
    "境外僱用非我國籍船員許可及管理辦法第13條", "水域遊憩活動管理辦法第5條",
    "災害防救法第24條", "圖書館法第8條", "志願服務法第9條", "消防法第14條",
    "勞資爭議處理法第11條", "民法第1084條",
)  # fmt: skip
_WPLACES = (
    "碧潭", "新店溪陽光橋下", "大漢溪山鶯橋旁", "基隆河社子段", "白沙灣", "福隆海水浴場",
    "翡翠灣", "旗津海水浴場", "墾丁南灣", "大鵬灣", "秀姑巒溪", "龍洞灣", "南勢溪烏來段",
    "大豹溪", "油羅溪", "美濃湖", "外木山海灘", "北門井仔腳", "蘇澳無尾港", "七星潭",
)  # fmt: skip
_MOUNTAINS = (
    "合歡山北峰", "雪山主峰", "嘉明湖", "奇萊主山", "玉山北峰", "大霸尖山", "南湖大山",
    "北大武山", "志佳陽大山", "加里山", "鳶嘴山", "白姑大山", "閂山", "能高越嶺道", "武陵四秀",
    "聖稜線", "郡大山", "關山嶺山",
)  # fmt: skip
_HUTS = (
    "三六九山莊", "排雲山莊", "向陽山屋", "嘉明湖避難山屋", "雲稜山莊", "七卡山莊", "天池山莊",
    "成功山屋", "檜谷山莊", "審馬陣山屋", "圓峰山屋",
)  # fmt: skip
_TRAILS = (
    "雪山登山步道", "玉山登山步道", "嘉明湖國家步道", "能高越嶺道", "奇萊登山步道",
    "加里山步道", "大武山步道", "合歡山步道", "霞喀羅古道", "八通關古道",
)  # fmt: skip
_ORGS = (
    "行政院國軍退除役官兵輔導委員會", "臺北市榮民服務處", "花蓮縣榮民服務處",
    "財團法人法律扶助基金會", "內政部消防署", "新北市政府消防局", "南投縣政府消防局",
    "農業部林業及自然保育署", "海洋委員會海巡署", "勞動部勞動力發展署", "農業部漁業署",
    "高雄市政府海洋局", "屏東縣政府勞動暨青年發展處", "國立公共資訊圖書館",
    "社團法人中華民國紅十字會", "中華民國山岳協會", "新北市救難協會",
)  # fmt: skip
_COMPANY_HEADS = _w(
    "順發 新興 宏昌 金豐 大成 永利 東昇 海洋之星 建豐 聯亞 立德 林園 黃金 高峰 萬海 安順 全德 鴻運"
)
_COMPANY_KINDS = ("漁業股份有限公司", "實業有限公司", "人力仲介有限公司", "企業社",
                  "貿易股份有限公司", "國際人力資源有限公司", "營造有限公司")  # fmt: skip
_SHOPS = ("林家小館", "陳記豆花", "高家麵店", "吳記米粉湯", "黃金海岸民宿", "老張牛肉麵",
          "阿美小吃部", "王記便當", "周家蚵仔煎", "江頭雜貨店")  # fmt: skip
_PRODUCTS = (
    "GARMIN inReach Mini 2", "Motorola T82無線電", "ICOM IC-V86手持無線電", "拋繩袋（30公尺）",
    "Petzl頭燈", "CE認證救生衣", "AED自動體外心臟電擊去顫器", "MSR PocketRocket爐頭",
    "保暖鋁箔毯", "救生圈", "伸縮救援竿", "iPad平板電腦", "RFID自助借書機", "Kindle電子書閱讀器",
)  # fmt: skip
_HOSPITALS = (
    "臺北榮民總醫院", "花蓮慈濟醫院", "埔里基督教醫院", "馬偕紀念醫院淡水院區", "高雄榮總",
    "部立臺東醫院", "羅東博愛醫院", "衛生福利部南投醫院", "亞東紀念醫院", "恆春旅遊醫院",
)  # fmt: skip
_BANKS = ("臺灣銀行", "中華郵政", "國泰世華銀行", "玉山銀行", "台新銀行", "第一銀行", "合作金庫")
_COURTS = ("臺灣臺北地方法院", "臺灣高雄地方法院", "臺灣屏東地方法院", "臺灣花蓮地方法院",
           "臺灣新北地方法院", "臺灣高等法院")  # fmt: skip
_LAF_BRANCHES = ("臺北分會", "新北分會", "桃園分會", "臺中分會", "高雄分會", "花蓮分會",
                 "臺東分會", "屏東分會", "宜蘭分會", "基隆分會")  # fmt: skip
_FOREST_BRANCHES = ("南投分署", "花蓮分署", "臺東分署", "新竹分署", "嘉義分署", "屏東分署")
_LIBRARIES = (
    "臺北市立圖書館北投分館", "新北市立圖書館淡水分館", "高雄市立圖書館總館",
    "臺中市立圖書館南屯分館", "國立公共資訊圖書館", "臺東縣立圖書館", "花蓮縣文化局圖書館",
    "基隆市公共圖書館", "屏東縣立圖書館總館",
)  # fmt: skip
_PROGRAMMES = (
    "寒假說故事志工培訓", "樂齡學習講座", "親子共讀繪本時間", "新住民中文識字班",
    "暑期青少年閱讀營", "真人圖書館", "族語繪本共讀", "銀髮族平板課程", "志工基礎訓練",
    "英語繪本說故事", "桌遊閱讀夜",
)  # fmt: skip
_BOOKS = (
    "《小魚的海洋之旅》", "《林中小屋》", "《黃色小鴨去旅行》", "《高山上的學校》",
    "《白鷺鷥回家》", "《安全過馬路》", "《江河的故事》", "《山羌的森林》", "《石頭湯》",
    "《夏天的祕密》", "《馬路上的小蝸牛》", "《金色的稻田》",
)  # fmt: skip
_PUBLISHERS = ("小魯文化", "遠流", "信誼基金", "玉山社", "聯經", "青林國際")
_HALLS = ("榮光活動中心", "眷村文化園區", "區民活動中心", "本處三樓會議室", "社區關懷據點")
_POOLS = ("市立游泳池", "運動中心室內泳池", "國民運動中心", "大學游泳館")
_SCHOOLS = ("中正國小", "光復國中", "和平國小", "復興高中", "信義國中", "民生國小")
_LINBAN = ("大甲溪事業區", "丹大事業區", "巒大事業區", "阿里山事業區", "大武事業區", "秀姑巒事業區")

# ---------------------------------------------------------------------------------------------
# Templates. ``{KIND}`` is a slot (``{KIND#1}`` repeats the same value within a sample);
# ``{a|b|}`` picks one alternative (which may hold slots).
# ---------------------------------------------------------------------------------------------

_VET_POS: list[str] = [
    "主旨：有關轄內榮民{NV#1}{君|先生|}申請{就養給付|喪葬補助|急難救助|三節慰問金}一案，請查照。\n"
    "說明：\n一、依{DOC}辦理。\n"
    "二、{NV#1}{君|}（身分證統一編號：{ID}，{BDV}生）現居{ADDR}，經本處服務員於{DATE}訪視，"
    "{生活尚可自理|行動不便，需人協助|獨居，由鄰居協助照料|罹患失智症，由外籍看護照顧}。\n"
    "三、聯絡電話：{TEL}。",
    "{DATE} 家訪 {NV#1}（{AGEV}歲）。{血壓偏高，已提醒回診|膝關節退化，行走需助行器|"
    "聽力差，說話需大聲|精神狀況良好}，{配偶|女兒|媳婦|鄰居}{NW}在家陪同。電話{MOB}。"
    "{下月再訪|兩週後追蹤|轉介長照中心}。",
    "姓名：{NV}\n出生日期：{BDV}\n身分證字號：{ID}\n戶籍地址：{ADDR}\n聯絡電話：{TEL}\n"
    "緊急聯絡人：{NM}（{子|女|姪子|媳婦|鄰居}）{MOB}",
    "{NV#1}表示：「我民國{ARRIVE}年跟部隊來臺灣，{老家在山東|老家在湖南，早就沒人了|"
    "退伍以後一直住在眷村|太太走了以後就一個人住}，有什麼事都找{NW}，她住我隔壁。」\n"
    "服務員{NA}記錄",
    "請 {NW}{女士|}於{DATE}前攜帶印章、{NV}{君|}榮民證及{戶口名簿|除戶謄本}至本處辦理"
    "{遺眷|喪葬}補助。\n承辦人：{NA}　電話：{OFF}",
    "{NV}{伯伯|老先生|榮民}今日{上午|下午}來電（{TEL}）反映{就養金未入帳，經查係帳戶異動所致|"
    "助聽器故障，經查已送原廠維修|房屋漏水，經查已轉修繕廠商處理}，已{回電|當面}說明。",
    "訪視{NV}，健保卡號{NHI}，卡片{遺失|磨損}已協助{申請補發|換發}。",
    "{NV#1}擬赴大陸探親，護照號碼{PP}，預計{DATE}出發，由{NW}陪同。",
    "榮民{NV}{DATE}{在家跌倒送醫|於{HOSP}病逝}，其{長子|女兒|姪子}{NA}（{MOB}，{MAIL}）"
    "請本處協助{申請看護補助|辦理後事}。",
    "{NV}榮民遭詐騙，信用卡{CC}遭盜刷{AMT}，已協助向{BANK}掛失並至派出所報案。",
    "【訪視摘要】{NV}／{AGEV}歲／{BDV}生／{ADDR}\n{NW}{（配偶）|（女兒）}電話{TEL}",
    "遺眷{NW}（{BDV}生，{ID}）申請遺眷加發，{DOC}核定，款項{AMT}已撥入帳戶。",
]
_VET_NEG: list[str] = [
    "主旨：檢送本處{YEAR}年度{三節慰問|春節慰問|重陽敬老}作業計畫乙份，請查照。\n說明：\n"
    "一、依{DOC}辦理。\n二、本年度慰問金每人{AMT}，請各服務區於{DATE}前完成發放並回報執行情形。",
    "{DATE}{重陽敬老|榮民節}活動於{HALL}舉辦，出席{NUM}人，經費{AMT}由業務費項下支應。",
    "依{LAW}規定，就養榮民每月就養金為{AMT}，自{DATE}起調整，請轉知所屬。",
    "{DATE}服務區會報紀錄\n一、{上月|本季}訪視達成率{PCT}，{高於|低於}目標值。\n"
    "二、{DOC}函轉{防詐騙宣導|居家安全檢查}事項，請確實轉知。\n三、下次會報訂於{DATE}{TIME}。",
    "眷村{文化園區|活動中心}修繕工程由{COMPANY}（統一編號{BAN}）得標，決標金額{AMT}，"
    "預計{DATE}完工，林業署協助移植老樹。",
    "本處{YEAR}年度訪視統計：獨居{NUM}人、失智{NUM}人、住院{NUM}人，許多個案需長照協助；"
    "黃昏時段跌倒事件較多，已請各服務區加強宣導。",
    "主旨：函轉{LAW}修正條文，自{DATE}生效。\n說明：依{DOC}辦理，請周知轄內服務員。",
    "{SHOP}{DATE}捐贈{便當|月餅|粽子}{NUM}份予{HALL}，已依規定開立收據（收據編號{CASE}）。",
]
_VET_POS_LINES: list[str] = [
    "{TIME} 訪視{NV}，{精神尚可|血壓偏高}，{NW}陪同。",
    "{TIME} {NV}來電（{TEL}）詢問{就養金|醫療補助}。",
    "{TIME} 協助{NV}（{ID}）辦理{換證|地址變更}，新址{ADDR}。",
    "{TIME} 電聯{NV}之{女兒|兒子}{NA}，{MOB}。",
    "{TIME} {NV}健保卡號{NHI}，已送{HOSP}。",
]
_VET_NEG_LINES: list[str] = [
    "{TIME} 出發至{CITY}服務區。",
    "{TIME} 返回本處，整理訪視紀錄。",
    "{TIME} 參加{DOC}說明會。",
    "{TIME} 至{HALL}布置{重陽|春節}活動場地。",
    "{TIME} 公務車{加油|送保養}，里程{NUM}公里。",
    "{TIME} 受理電話諮詢{NUM}通。",
]

_WATER_POS: list[str] = [
    "{TIME} 於{WPLACE}接獲報案，{NA}（{AGE}歲）{戲水時|釣魚時|撿拾物品時}落水，由巡守員{NA}"
    "{拋繩|以救生圈}救起，意識清楚，送{HOSP}。報案人手機{MOB}。",
    "事故類別：溺水\n發生地點：{WPLACE}\n當事人：{NY}，{BDY}生，就讀{SCHOOL}\n"
    "戶籍地：{ADDR}\n家屬：{NA}（{父|母|祖母}），電話{TEL}",
    "報案人{NA}稱：「我朋友{NM}下去撿{拖鞋|球|釣竿}，一下子就沒上來了！」",
    "今日巡守隊員：{NA}、{NI}、{NA}、{NA}，由隊長{NA}帶隊，巡查{WPLACE}至{WPLACE}，"
    "勸離戲水民眾{NUM}人。",
    "失蹤者{NF#1}（{NATION}籍移工，居留證號{ARC}），同行友人{NF}表示{NF#1}{TIME}下水後即未浮出。"
    "雇主{NA}電話{TEL}。",
    "傷者{NA}，健保卡號{NHI}，由{HOSP}收治。",
    "{NA}{先生|小姐|}，{BDA}生，於{WPLACE}溺水獲救，家屬{NW}地址{ADDR}。",
    "救生員證核發名單：{NA}（{ID}）、{NI}（{ID}）",
    "{WPLACE}救溺志工{NA}{回報|通報}：{NY}等{FEW}名學生於警戒區戲水，已勸離，"
    "並通知{SCHOOL}{老師|生教組}。聯絡電話{TEL}",
    "救難協會出勤紀錄\n出勤人員：{NA}、{NA}、{NI}\n回報人：{NA}（{MOB}）\n"
    "地點：{WPLACE}\n結果：{尋獲，送醫|未尋獲，明日續搜}",
]
_WATER_NEG: list[str] = [
    "{TIME} {WPLACE}巡查，水位{正常|偏高|略退}，{天候晴|午後雷陣雨|東北季風強勁}，無異狀。",
    "依{LAW}，{WPLACE}自{DATE}起公告為禁止水域，違者處{AMT}罰鍰。",
    "本隊{DATE}辦理救生員複訓，地點{POOL}，費用{AMT}，報名至{DATE}止。",
    "採購品項：{PRODUCT}{NUM}組、救生圈{NUM}個，廠商{COMPANY}（統一編號{BAN}），"
    "發票號碼{INV}，總價{AMT}。",
    "{YEAR}年{MONTH}溺水事件統計：{CITY}{NUM}件，以游泳及戲水占多數；黃昏及假日為高風險時段，"
    "請加強巡守。",
    "{WPLACE}警示牌{NUM}面已於{DATE}更新，{SHOP}旁河堤缺口已通報{ORG}修復。",
    "主旨：{YEAR}年度防溺宣導計畫，請查照。\n說明：依{DOC}辦理，宣導場次{NUM}場，"
    "經費{AMT}，江邊及溪流段為重點。",
]
_WATER_POS_LINES: list[str] = [
    "{TIME} {WPLACE}發現{NA}獨自下水，已勸導上岸。",
    "{TIME} 巡守員{NA}、{NM}交接。",
    "{TIME} 民眾{NA}來電（{MOB}）通報{WPLACE}有人戲水。",
    "{TIME} 協尋{NY}，家屬{NA}在場。",
]
_WATER_NEG_LINES: list[str] = [
    "{TIME} {WPLACE}巡查，無異狀。",
    "{TIME} {WPLACE}水位偏高，已設置警示牌。",
    "{TIME} 勸離戲水民眾{NUM}名。",
    "{TIME} 返隊，{車輛|船艇}保養。",
    "{TIME} 高溫特報，加強{WPLACE}巡邏。",
    "{TIME} 雷雨，暫停巡守，人員於{SHOP}前待命。",
]

_LEGAL_POS: list[str] = [
    "申請人：{NA}\n身分證統一編號：{ID}\n出生年月日：{BDA}\n住址：{ADDR}\n電話：{TEL}\n"
    "電子郵件：{MAIL}\n案由：{給付工資|返還借款|離婚|車禍損害賠償|確認本票債權不存在}\n對造：{NA}",
    "{DATE}面談。申請人{NA}陳述：{前夫|雇主|房東|對造}{NA}自{DATE}起未{給付扶養費|支付工資|"
    "返還押金}，曾以LINE聯繫未果。申請人手機{MOB}，希望以電話聯繫，勿寄信至{ADDR}。",
    "「我是{NA}的{太太|女兒|媽媽}，他{上個月|去年}{被詐騙集團騙走存款|在工地受傷}，」{NW}說，"
    "「他不識字，所以我陪他來。」",
    "申請人{NF}（護照號碼{PPF}，居留證號{ARC}）主張仲介公司{COMPANY}超收服務費{AMT}，請求返還。",
    "審查委員：{NA}律師、{NA}律師、{NA}\n決議：准予全部扶助，指派{NA}律師承辦。",
    "{BRANCH}專職律師 {NA}\nE-mail：{MAIL}\nTEL：{OFF}",
    "案號{CASE}，受扶助人{NA}（{BDA}生），聯絡人{NM}，{TEL}。",
    "申請人表示其信用卡（卡號{CC}）遭{前男友|前同事}{NA}盜刷，已向{BANK}申請停卡。",
    "申請人{NA}現居國外，護照號碼{PP}，委任其{弟弟|姊姊}{NA}代為出庭。",
    "資力審查：申請人{NI}，{CITY}原住民，{低收入戶|中低收入戶}，健保卡號{NHI}。",
    "受扶助人 {NA}\n承辦律師 {NA}\n{DATE}開庭，請受扶助人攜帶身分證（{ID}）準時到庭。",
    "{NA}：我跟{NA}是同居關係，小孩是{BDY}出生的，他都不給生活費。\n記錄：{NA}",
]
_LEGAL_NEG: list[str] = [
    "本會{BRANCH}{DATE}第{NUM}次審查會議，計審查{NUM}件，准予扶助{FEW}件，依{LAW}駁回{FEW}件。",
    "案號{CASE}已於{DATE}結案，律師酬金{AMT}，依{DOC}撥付。",
    "{COURT}{YEAR}年度{勞訴|訴|家調|簡上}字第{NUM}號判決：被告應給付原告{AMT}，"
    "及自{DATE}起至清償日止之法定遲延利息。",
    "資力審查標準：{CITY}單身每月可處分收入{AMT}以下，且可處分資產{AMT}以下者，{LAW}參照。",
    "{COMPANY}（統一編號{BAN}）積欠工資案，已移送{CITY}勞工局，{DATE}{TIME}召開協調會。",
    "法律諮詢時間：每週{二|三|四}{TIME}至{TIME}，地點{BRANCH}{二樓|一樓服務台}，{預約制|現場登記}。",
    "{BRANCH}{YEAR}年{MONTH}受理統計：{家事|勞資|消費}案件{NUM}件，許多案件涉及{LAW}；"
    "平均審查時間{NUM}日。",
]
_LEGAL_POS_LINES: list[str] = [
    "{TIME} 受理{NA}電話諮詢（{MOB}），{家事|勞資}案件。",
    "{TIME} 申請人{NA}補件，{ID}。",
    "{TIME} 寄發審查通知予{NA}，地址{ADDR}。",
    "{TIME} {NA}律師回報{CASE}開庭結果。",
]
_LEGAL_NEG_LINES: list[str] = [
    "{TIME} 受理電話諮詢{NUM}通。",
    "{TIME} 審查會議，審查{NUM}件。",
    "{TIME} {CASE}卷宗歸檔。",
    "{TIME} 收文{DOC}。",
    "{TIME} 影印{NUM}頁，費用{AMT}。",
]

_MTN_POS: list[str] = [
    "{DATE}{TIME}接獲{NA}報案，其{兄|妹|同事|男友}{NA}等{FEW}人於{MOUNTAIN}{迷途|失聯|受困}，"
    "最後通聯{TIME}，手機{MOB}。入山證號{PERMIT}。",
    "救援經過：{TIME}搜救隊於{TRAIL}{FEW}K處尋獲{NA}，{意識清楚|輕度失溫|左腳骨折}，"
    "由{NI}等人以擔架後送至{HUT}。",
    "{DATE}{MOUNTAIN}森林火災，{FOREST}巡山員{NI}、{NA}發現火點，報案電話{TEL}。",
    "領隊：{NA}（{MOB}）\n嚮導：{NI}（{MOB}）\n留守人：{NM}（{TEL}）",
    "隊員{NA}回憶：「{NA}說他腳抽筋，叫我們先走，我們就在{HUT}等。」",
    "緊急聯絡人：{NA}，{TEL}，{ADDR}",
    "外籍隊員{NF}（護照{PPF}，{BDF}生）與{NA}同行，{DATE}自{MOUNTAIN}登山口入山。",
    "傷者{NA}（{ID}），健保卡號{NHI}，經直升機後送{HOSP}。",
    "{HUT}床位預約：{NA}，信用卡{CC}，{FEW}床，{DATE}入住。",
    "失聯者：{NA}，{男|女}，{BDA}生，{ID}，住{ADDR}，{MOB}。",
    "{FOREST}{DATE}林火巡查：巡山員{NI}、{NI}於{LINBAN}第{NUM}林班發現{煙點|餘燼}，已通報{ORG}。",
]
_MTN_NEG: list[str] = [
    "{TRAIL}{FEW}K至{HUT}路段因{坍方|颱風倒木}封閉，自{DATE}起至{DATE}止，依{LAW}公告。",
    "本分隊{YEAR}年{MONTH}出勤{NUM}次，其中山域救援{FEW}次，空勤總隊支援{FEW}架次，{FOREST}協助。",
    "{MOUNTAIN}（海拔{ELEV}公尺），{HUT}床位{NUM}，入園申請須於{DATE}前完成。",
    "森林火災通報：{DATE}{TIME}{LINBAN}第{NUM}林班延燒約{NUM}公頃，已於{TIME}撲滅，原因{雷擊|不明|"
    "燃燒廢棄物}。",
    "裝備檢查清單：{PRODUCT}、頭燈、{PRODUCT}、保暖衣物、高熱量食物；高山夜間溫度可能降至攝氏"
    "{FEW}度以下，黃昏前應抵達山屋。",
    "主旨：{YEAR}年度山域事故搜救演練，請查照。\n說明：依{DOC}辦理，演練地點{MOUNTAIN}，"
    "日期{DATE}，經費{AMT}。",
    "{HUT}{DATE}起整修，期間住宿改至{HUT}，石頭步道段請注意落石。",
]
_MTN_POS_LINES: list[str] = [
    "{TIME} 聯繫留守人{NA}（{MOB}）。",
    "{TIME} 搜救隊{NA}、{NI}出發。",
    "{TIME} 尋獲{NA}，{意識清楚|失溫}。",
    "{TIME} {NA}家屬{NW}抵達登山口。",
]
_MTN_NEG_LINES: list[str] = [
    "{TIME} 抵達{HUT}，天氣{晴|濃霧|強風}。",
    "{TIME} 搜救隊出發，沿{TRAIL}上行。",
    "{TIME} 空勤直升機{起飛|無法起飛，雲層過低}。",
    "{TIME} 前進指揮所設於{HUT}。",
    "{TIME} 溫度{FEW}度，風速增強。",
]

_FISH_POS: list[str] = [
    "勞資爭議調解紀錄\n申請人：{NF#1}（{NATION}籍，居留證號{ARC}）\n相對人：{SHIP}船主{NA}\n"
    "調解委員：{NA}\n申請人主張：{DATE}至{DATE}薪資{USD}未付。\n通譯：{NA}",
    "漁工{NF}、{NF}、{NF}經{仲介|船長}{NA}介紹上{SHIP}，{DATE}出港。",
    "{NF#1}（透過通譯{NA}）：「船長{NA}每天要我們工作十八小時，薪水只給{USD}。」",
    "申請人{NF}在臺聯絡電話{MOB}，{LINE|WhatsApp}同號；E-mail：{MAIL}。",
    "雇主{NA}（身分證{ID}）同意於{DATE}前給付{AMT}，並負擔{NF}返國機票。",
    "船員{NF}，{BDF}生，護照{PPF}，居留證號{ARC}，宿舍地址{ADDR}。",
    "調解委員{NA}、{NA}；{NATION}語通譯{NF}。申請人{NF}未到場，由社工{NA}代理。",
    "{SHIP}船長{NA}稱：「{NF}自己不做了，不是我們不給錢。」",
    "申請人：{NF}\n國籍：{NATION}\n出生日期：{BDF}\n護照號碼：{PPF}\n在臺手機：{MOB}",
]
_FISH_NEG: list[str] = [
    "{SHIP}（漁船統一編號{CT}）{DATE}進港，依{LAW}辦理檢查，船上外籍船員{NUM}名，薪資匯款紀錄齊全。",
    "本府{DATE}召開境外僱用非我國籍船員協調會，出席單位：{ORG}、{ORG}、{COMPANY}。",
    "{COMPANY}（統一編號{BAN}）於{DATE}完成仲介許可展延，許可文號{DOC}。",
    "依{LAW}，境外僱用船員月薪不得低於{USD}，{DATE}起適用。",
    "{YEAR}年漁工勞資爭議受理{NUM}件，調解成立{FEW}件，爭議金額合計{AMT}；其中{SHIP}案涉及"
    "{NUM}名船員，已於{DATE}結案。",
    "主旨：檢送{YEAR}年度漁工權益宣導資料，請查照。\n說明：依{DOC}辦理，宣導地點{CITY}各漁港，"
    "越南語、印尼語及菲律賓語版本各{NUM}份。",
]
_FISH_POS_LINES: list[str] = [
    "{TIME} {NF}到場，通譯{NA}。",
    "{TIME} 電聯船主{NA}（{TEL}）。",
    "{TIME} {NF}出示居留證（{ARC}）。",
    "{TIME} 社工{NA}陪同{NF}離開。",
]
_FISH_NEG_LINES: list[str] = [
    "{TIME} 調解開始，雙方到場。",
    "{TIME} 休息十分鐘。",
    "{TIME} {SHIP}資料調閱完成。",
    "{TIME} 調解不成立，建議循司法途徑。",
    "{TIME} 金額試算：{AMT}。",
]

_LIB_POS: list[str] = [
    "志工{NA}（志工證號{VOL}）{DATE}服務{FEW}小時，服務內容：{說故事|書籍上架|櫃台借還|導覽}。",
    "您好，我想幫孩子{NY}報名{PROG}，{他|她}{BDY}出生，聯絡信箱{MAIL}，電話{MOB}。\n{NA} 敬上",
    "借閱證申請\n姓名：{NA}\n出生日期：{BDA}\n身分證統一編號：{ID}\n住址：{ADDR}\nE-mail：{MAIL}",
    "{NA}老師{DATE}{TIME}帶讀{BOOK}，{NI}協助{阿美族語|泰雅族語|布農族語}翻譯。",
    "逾期通知：讀者{NA}，借閱{BOOK}已逾期{NUM}天，請於{DATE}前歸還。電話{TEL}",
    "新住民{NF}報名{PROG}，居留證號{ARC}，住{ADDR}，手機{MOB}。",
    "志工名單：{NA}、{NM}、{NY}、{NW}、{NI}",
    "讀者{NA}以信用卡{CC}線上繳納{PROG}材料費{AMT}。",
    "{PROG}講師：{NA}\n聯絡窗口：{NA}　{OFF}　{MAIL}",
    "「{NA}阿姨每次說故事小朋友都很愛，」館員{NA}說。",
    "借閱證補發：{NA}，{ARC}，{BDF}生。",
]
_LIB_NEG: list[str] = [
    "{LIBRARY}自{DATE}起{休館|調整開放時間}，{因空調設備更新|配合消防安全檢查}，造成不便敬請見諒。",
    "{PROG}（{DATE}{TIME}，{LIBRARY}{三樓多功能室|B1演講廳}），名額{NUM}名，額滿為止。",
    "新書介紹：{BOOK}（ISBN {ISBN}），{PUB}出版，索書號{CALL}。",
    "{LIBRARY}{YEAR}年{MONTH}借閱統計：借閱{NUM}冊、{NUM}人次，童書借閱最多，週末時段人潮最多。",
    "本館採購{PRODUCT}乙批，得標廠商{COMPANY}（統編{BAN}），決標金額{AMT}，依{DOC}辦理驗收。",
    "主旨：{YEAR}年度志工招募計畫，請查照。\n說明：依{LAW}辦理，招募名額{NUM}名，"
    "{DATE}至{DATE}受理報名，請至服務台索取表件。",
    "{BOOK}、{BOOK}、{BOOK}已上架於{LIBRARY}兒童室，高度較低的書架方便孩子取閱。",
]
_LIB_POS_LINES: list[str] = [
    "{TIME} 志工{NA}簽到。",
    "{TIME} {NY}家長{NA}來電（{MOB}）取消報名。",
    "{TIME} 讀者{NA}辦證，{ID}。",
    "{TIME} {NA}、{NM}整理書車。",
]
_LIB_NEG_LINES: list[str] = [
    "{TIME} 開館，整理還書箱。",
    "{TIME} {PROG}場地布置。",
    "{TIME} 自助借書機故障，已報修。",
    "{TIME} 閉館，清點{NUM}冊。",
    "{TIME} 上架新書{NUM}冊。",
]


def _vet_table(rng: random.Random) -> str:
    sep = rng.choice(["｜", "\t", " | ", "  "])
    head = sep.join(["序號", "姓名", "出生日期", "給付別", "金額"])
    rows = [f"{{YEAR}}年{{MONTH}}{rng.choice(['就養給付', '醫療補助'])}核發清冊", head]
    for i in range(1, rng.randint(2, 7)):
        kind = rng.choice(["就養給付", "三節慰問金", "醫療補助", "喪葬補助"])
        rows.append(sep.join([str(i), "{NV}", "{BDV}", kind, "{AMT}"]))
    return "\n".join(rows)


def _water_roster(rng: random.Random) -> str:
    rows = ["救溺志工排班表（{YEAR}年{MONTH}）"]
    for _ in range(rng.randint(2, 6)):
        pair = rng.choice(["{NA}、{NM}", "{NA}", "{NI}、{NA}", "{NA}、{NA}、{NM}"])
        rows.append("{DATE}　{WPLACE}　" + pair)
    rows.append(rng.choice(["聯絡人：{NA} {MOB}", "隊長 {NA}（{MOB}）", "值班電話：{OFF}"]))
    return "\n".join(rows)


def _mtn_roster(rng: random.Random) -> str:
    cols = rng.choice(
        [
            ["職稱", "姓名", "出生日期", "身分證字號", "手機"],
            ["職稱", "姓名", "身分證字號", "緊急聯絡電話"],
            ["姓名", "出生日期", "手機"],
        ]
    )
    sep = rng.choice(["｜", "\t", " / ", "，"])
    rows = [rng.choice(["登山隊員名冊", "入山人員名冊（{MOUNTAIN}，{DATE}入山）", "隊員名單"])]
    rows.append(sep.join(cols))
    for i in range(rng.randint(2, 8)):
        role = "領隊" if i == 0 else rng.choice(["嚮導", "隊員", "隊員", "隊員", "背工"])
        name = "{NI}" if role in ("嚮導", "背工") else rng.choice(["{NA}", "{NA}", "{NM}"])
        cells = {
            "職稱": role,
            "姓名": name,
            "出生日期": "{BDA}",
            "身分證字號": "{ID}",
            "手機": "{MOB}",
            "緊急聯絡電話": "{TEL}",
        }
        rows.append(sep.join(cells[c] for c in cols))
    return "\n".join(rows)


def _fish_table(rng: random.Random) -> str:
    sep = rng.choice(["｜", "\t", " | "])
    rows = ["{SHIP}外籍船員名冊", sep.join(["姓名", "國籍", "護照號碼", "居留證號"])]
    for _ in range(rng.randint(2, 6)):
        rows.append(sep.join(["{NF}", "{NATION}", "{PPF}", "{ARC}"]))
    return "\n".join(rows)


def _lib_signup(rng: random.Random) -> str:
    sep = rng.choice(["｜", "\t", " | ", "、"])
    rows = ["{PROG}報名表", sep.join(["編號", "姓名", "年齡", "家長", "聯絡電話"])]
    for i in range(1, rng.randint(2, 8)):
        rows.append(sep.join([str(i), "{NY}", "{AGEY}", "{NA}", "{MOB}"]))
    return "\n".join(rows)


_GENRES: dict[str, dict[str, list]] = {
    "veterans": {
        "pos": [*_VET_POS, _vet_table],
        "neg": _VET_NEG,
        "pos_lines": _VET_POS_LINES,
        "neg_lines": _VET_NEG_LINES,
        "head": ["{DATE} 訪視工作日誌", "服務員工作紀錄（{DATE}）", "{DATE}"],
    },
    "water": {
        "pos": [*_WATER_POS, _water_roster],
        "neg": _WATER_NEG,
        "pos_lines": _WATER_POS_LINES,
        "neg_lines": _WATER_NEG_LINES,
        "head": ["{DATE} {WPLACE}巡守日誌", "救溺巡守紀錄 {DATE}", "{DATE}（{WPLACE}）"],
    },
    "legal": {
        "pos": _LEGAL_POS,
        "neg": _LEGAL_NEG,
        "pos_lines": _LEGAL_POS_LINES,
        "neg_lines": _LEGAL_NEG_LINES,
        "head": ["{DATE} 值班紀錄", "{BRANCH}{DATE}工作日誌"],
    },
    "mountain": {
        "pos": [*_MTN_POS, _mtn_roster],
        "neg": _MTN_NEG,
        "pos_lines": _MTN_POS_LINES,
        "neg_lines": _MTN_NEG_LINES,
        "head": ["搜救時序紀錄（{DATE}）", "{MOUNTAIN}搜救案時序", "{DATE} 林火處置時序"],
    },
    "fishers": {
        "pos": [*_FISH_POS, _fish_table],
        "neg": _FISH_NEG,
        "pos_lines": _FISH_POS_LINES,
        "neg_lines": _FISH_NEG_LINES,
        "head": ["{DATE} 調解處理紀錄", "{SHIP}爭議案處理經過"],
    },
    "library": {
        "pos": [*_LIB_POS, _lib_signup],
        "neg": _LIB_NEG,
        "pos_lines": _LIB_POS_LINES,
        "neg_lines": _LIB_NEG_LINES,
        "head": ["{DATE} 志工值班紀錄", "{LIBRARY}服務台日誌 {DATE}"],
    },
}

_SLOT = re.compile(r"\{([A-Z]+)(?:#(\d+))?\}")
_PERSON_KINDS = ("NV", "NW", "NA", "NY", "NI", "NF")


def _split_top(inner: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


class _Generator:
    """Holds the random stream, the known-name pools and the value makers."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.last_nation = "印尼"
        size = 15 + n // 20
        self.pools: dict[str, list[tuple[str, str | None]]] = {}
        seen: set[str] = set()
        known: list[str] = []
        for kind in _PERSON_KINDS:
            pool: list[tuple[str, str | None]] = []
            while len(pool) < size:
                name, nation = self._fresh(kind)
                if name not in seen:
                    seen.add(name)
                    pool.append((name, nation))
                    known.append(name)
            self.pools[kind] = pool
        # Applicants in the column who are never mentioned in any text.
        extra = 0
        while extra < 6 + size // 3:
            name, _ = self._fresh(rng.choice(_PERSON_KINDS))
            if name not in seen:
                seen.add(name)
                known.append(name)
                extra += 1
        rng.shuffle(known)
        self.known_list = known
        self.known = seen
        self.makers: dict[str, Callable[[], tuple[str, str | None]]] = {
            "ID": lambda: (self._maybe_fw(self._twid()), "TW_NATIONAL_ID"),
            "ARC": lambda: (self._maybe_fw(self._arc()), "TW_RESIDENT_CERT"),
            "TEL": lambda: (self._phone(mobile=self.rng.random() < 0.65), "PHONE"),
            "MOB": lambda: (self._phone(mobile=True), "PHONE"),
            "OFF": lambda: (self._phone(mobile=False, ext=0.6), "PHONE"),
            "MAIL": lambda: (self._email(), "EMAIL"),
            "ADDR": lambda: (self._address(), "ADDRESS"),
            "NHI": lambda: (self._maybe_fw(self._nhi()), "TW_NHI_CARD"),
            "PP": lambda: (self._maybe_fw("3" + _digits(self.rng, 8)), "PASSPORT"),
            "PPF": lambda: (self._maybe_fw(self._foreign_passport()), "PASSPORT"),
            "CC": lambda: (self._maybe_fw(self._card()), "CREDIT_CARD"),
            "BDV": lambda: (self._birth(1924, 1958), "BIRTH_DATE"),
            "BDA": lambda: (self._birth(1945, 2004), "BIRTH_DATE"),
            "BDY": lambda: (self._birth(2008, 2019, western=0.35), "BIRTH_DATE"),
            "BDF": lambda: (self._birth(1975, 2004, western=0.7, foreign=True), "BIRTH_DATE"),
        }

    # -- names ---------------------------------------------------------------------------------

    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.06:
            return self.rng.choice(_SURNAMES_COMPOUND)
        if r < 0.36:
            return self.rng.choice(_SURNAMES_OTHER)
        return self.rng.choice(_SURNAMES_COMMON)

    def _combo(self) -> str:
        return self.rng.choice(_COMBO_A) + self.rng.choice(_COMBO_B)

    def _given(self, weights: list[tuple[float, object]]) -> str:
        r = self.rng.random()
        for w, source in weights:
            if r < w:
                return source() if callable(source) else self.rng.choice(source)
            r -= w
        return self._combo()

    def _fresh(self, kind: str) -> tuple[str, str | None]:
        rng = self.rng
        if kind == "NV":
            given = self._given([(0.55, _GIVEN_VETERAN), (0.15, _GIVEN_ONE)])
            return self._surname() + given, None
        if kind == "NW":
            given = self._given(
                [(0.7, _GIVEN_OLD_FEMALE), (0.22, _GIVEN_FEMALE), (0.08, _GIVEN_ONE)]
            )
            if rng.random() < 0.35:  # 冠夫姓
                return rng.choice(_SURNAMES_COMMON) + rng.choice(_SURNAMES_COMMON) + given, None
            return self._surname() + given, None
        if kind == "NA":
            given = self._given(
                [(0.36, _GIVEN_MALE), (0.36, _GIVEN_FEMALE), (0.08, _GIVEN_ONE), (0.2, self._combo)]
            )
            return self._surname() + given, None
        if kind == "NY":
            given = self._given([(0.7, _GIVEN_YOUNG), (0.05, _GIVEN_ONE)])
            return self._surname() + given, None
        if kind == "NI":
            return self._indigenous(), None
        return self._foreign()

    def _indigenous(self) -> str:
        rng = self.rng
        r = rng.random()
        sep = rng.choice("‧‧·")
        if r < 0.5:
            return rng.choice(_INDIG_HAN_GIVEN) + sep + rng.choice(_INDIG_HAN_FAMILY)
        if r < 0.6:
            return rng.choice(_TAO_PREFIX) + sep + rng.choice(_INDIG_HAN_GIVEN)
        name = rng.choice(_INDIG_LATIN_GIVEN) + " " + rng.choice(_INDIG_LATIN_FAMILY)
        if rng.random() < 0.25:
            name = name.upper()
        elif rng.random() < 0.2:
            name = name.replace(" ", "·")
        return name

    def _foreign(self) -> tuple[str, str]:
        rng = self.rng
        nation = rng.choices(_NATIONS, weights=[35, 40, 17, 8])[0]
        han = rng.random() < 0.4
        if nation == "越南":
            fam = rng.choice(_VN_FAMILY)
            if rng.random() < 0.5:
                mid, given = rng.choice(_VN_MID_M), rng.choice(_VN_GIVEN_M)
            else:
                mid, given = rng.choice(_VN_MID_F), rng.choice(_VN_GIVEN_F)
            if han:
                return fam[1] + mid[1] + given[1], nation
            latin = f"{fam[0]} {mid[0]} {given[0]}"
        elif nation == "印尼":
            if rng.random() < 0.25:
                single = rng.choice(_ID_SINGLE)
                if han:
                    return single[1], nation
                latin = single[0]
            else:
                first, second = rng.choice(_ID_FIRST), rng.choice(_ID_SECOND)
                if han:
                    sep = rng.choice(["‧", "·", ""])
                    return (first[1] + sep + second[1]) if rng.random() < 0.6 else first[1], nation
                latin = f"{first[0]} {second[0]}"
        elif nation == "菲律賓":
            first, last = rng.choice(_PH_FIRST), rng.choice(_PH_LAST)
            if han:
                return first[1] + "‧" + last[1], nation
            r = rng.random()
            if r < 0.3:
                latin = f"{first[0]} {rng.choice('ABCDGMPRST')}. {last[0]}"
            elif r < 0.5:
                latin = f"{last[0].upper()}, {first[0].upper()}"
                return latin, nation
            else:
                latin = f"{first[0]} {last[0]}"
        else:
            first, last = rng.choice(_TH_FIRST), rng.choice(_TH_LAST)
            if han:
                return first[1], nation
            latin = f"{first[0]} {last[0]}"
        if rng.random() < 0.4:
            latin = latin.upper()
        return latin, nation

    def person(self, kind: str) -> str:
        rng = self.rng
        if kind == "NM":
            kind = rng.choices(["NA", "NI", "NF", "NW", "NY"], weights=[60, 12, 10, 12, 6])[0]
        if rng.random() < KNOWN_RATE:
            name, nation = rng.choice(self.pools[kind])
        else:
            while True:
                name, nation = self._fresh(kind)
                if name not in self.known:
                    break
        if nation:
            self.last_nation = nation
        return name

    # -- structured values -----------------------------------------------------------------------

    def _maybe_fw(self, value: str, digits_only: bool = False) -> str:
        if self.rng.random() < FULLWIDTH_RATE:
            return _fw(value, digits_only)
        return value

    def _twid(self) -> str:
        rng = self.rng
        letter = rng.choice(sorted(LETTER_CODES))
        body = rng.choice("12") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
        if rng.random() < 0.04:
            value = value[0].lower() + value[1:]
        return value

    def _arc(self) -> str:
        rng = self.rng
        letter = rng.choice(sorted(LETTER_CODES))
        if rng.random() < 0.7:
            body = rng.choice("89") + _digits(rng, 7)
            return letter + body + id_check_digit(letter, body)
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        return letter + second + tail + check

    def _nhi(self) -> str:
        rng = self.rng
        number = ("0000" + _digits(rng, 8)) if rng.random() < 0.6 else ("000" + _digits(rng, 9))
        style = rng.random()
        if style < 0.4:
            return number
        sep = " " if style < 0.7 else "-"
        return sep.join((number[:4], number[4:8], number[8:]))

    def _foreign_passport(self) -> str:
        rng = self.rng
        nation = self.last_nation
        if nation == "越南":
            return rng.choice("CBN") + _digits(rng, 7)
        if nation == "印尼":
            return rng.choice("ABCEX") + _digits(rng, 7)
        if nation == "菲律賓":
            if rng.random() < 0.6:
                return "P" + _digits(rng, 7) + rng.choice("ABC")
            return rng.choice(["EB", "EC"]) + _digits(rng, 7)
        return rng.choice(["AA", "AB", "AC"]) + _digits(rng, 7)

    def _card(self) -> str:
        rng = self.rng
        kind = rng.choices(
            ["visa", "mc", "mc2", "jcb", "amex", "up"], weights=[40, 20, 5, 20, 8, 7]
        )[0]
        prefix = {
            "visa": "4",
            "mc": "5" + rng.choice("12345"),
            "mc2": str(rng.randint(2221, 2720)),
            "jcb": str(rng.randint(3528, 3589)),
            "amex": rng.choice(["34", "37"]),
            "up": "62",
        }[kind]
        length = 15 if kind == "amex" else 16
        body = prefix + _digits(rng, length - 1 - len(prefix))
        number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        style = rng.random()
        if style < 0.3:
            return number
        sep = " " if style < 0.7 else "-"
        if kind == "amex":
            return sep.join((number[:4], number[4:10], number[10:]))
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def _phone(self, mobile: bool, ext: float = 0.1) -> str:
        rng = self.rng
        for _ in range(50):
            if mobile:
                compact = "09" + _digits(rng, 8)
                if phone.is_valid(compact):
                    break
            else:
                area, local_len = rng.choices(
                    [("02", 8), ("03", 7), ("037", 6), ("04", 8), ("04", 7), ("049", 7), ("05", 7),
                     ("06", 7), ("07", 7), ("08", 7), ("089", 6), ("082", 6), ("0826", 5),
                     ("0836", 5)],
                    weights=[30, 12, 4, 12, 4, 4, 7, 8, 10, 5, 3, 1, 1, 1],
                )[0]  # fmt: skip
                first = rng.choice("2345678") if area == "02" else rng.choice("23456789")
                compact = area + first + _digits(rng, local_len - 1)
                if phone.is_valid(compact):
                    break
        value = self._format_mobile(compact) if mobile else self._format_land(compact, ext)
        if rng.random() < FULLWIDTH_RATE:
            value = _fw(value)
        ok = phone.is_valid(value) if mobile else phone.is_plausible(value)
        return value if ok else compact

    def _format_mobile(self, c: str) -> str:
        rng = self.rng
        styles = [
            c,
            f"{c[:4]}-{c[4:7]}-{c[7:]}",
            f"{c[:4]}-{c[4:7]}-{c[7:]}",
            f"{c[:4]}-{c[4:]}",
            f"{c[:4]} {c[4:7]} {c[7:]}",
            f"{c[:4]}.{c[4:7]}.{c[7:]}",
            f"+886-{c[1:4]}-{c[4:7]}-{c[7:]}",
            f"+886 {c[1:4]} {c[4:7]} {c[7:]}",
            f"+886{c[1:]}",
            f"886-{c[1:4]}-{c[4:7]}-{c[7:]}",
            f"({c[:4]}){c[4:7]}-{c[7:]}",
            f"{c[:2]}-{c[2:6]}-{c[6:]}",
        ]
        return rng.choice(styles)

    def _format_land(self, c: str, ext: float) -> str:
        rng = self.rng
        area_len = 2
        for a in ("0826", "0836", "037", "049", "089", "082"):
            if c.startswith(a):
                area_len = len(a)
                break
        area, local = c[:area_len], c[area_len:]
        half = {8: 4, 7: 3, 6: 3, 5: 5}[len(local)]
        dashed = f"{local[:half]}-{local[half:]}" if half < len(local) else local
        spaced = f"{local[:half]} {local[half:]}" if half < len(local) else local
        value = rng.choice(
            [
                f"{area}-{dashed}",
                f"({area}){dashed}",
                f"({area}) {spaced}",
                f"{area}-{local}",
                f"({area}){local}",
                c,
                f"{area} {spaced}",
                f"+886-{area[1:]}-{dashed}",
                f"+886 {area[1:]} {spaced}",
            ]
        )
        if rng.random() < ext:
            num = str(rng.randint(1, 9)) + _digits(rng, rng.choice([1, 2, 2, 3, 3, 4]))
            value += (
                rng.choice(["#", " #", "分機", " 分機", " 分機 ", "轉", " ext.", " ext. ", "ext"])
                + num
            )
        return value

    def _email(self) -> str:
        rng = self.rng
        sn, g1, g2 = rng.choice(_ROM_SURNAME), rng.choice(_ROM_GIVEN), rng.choice(_ROM_GIVEN)
        local = rng.choice(
            [
                f"{sn}{g1}{g2}",
                f"{g1}{g2}.{sn}",
                f"{sn}_{g1[0]}{g2[0]}",
                f"{sn}{g1}{rng.randint(50, 99)}",
                f"{g1}{g2}{rng.randint(1000, 9999)}",
                f"{sn}.{g1}-{g2}",
                f"{rng.choice(_INDIG_LATIN_GIVEN).lower()}.{rng.choice(_INDIG_LATIN_FAMILY).lower()}",
                f"{rng.choice(_VN_FAMILY)[0].lower()}{rng.choice(_VN_GIVEN_M)[0].lower()}"
                f"{rng.randint(80, 99)}",
                f"{rng.choice(_ID_FIRST)[0].lower()}{rng.choice(_ID_SECOND)[0].lower()}",
            ]
        )
        if rng.random() < 0.15:
            local = local.capitalize()
        value = f"{local}@{rng.choice(_MAIL_DOMAINS)}"
        if rng.random() < 0.06:
            value = _fw(value)
        return value

    def _address(self) -> str:
        rng = self.rng
        city, districts = rng.choice(_CITIES)
        dist, zipcode = rng.choice(districts)
        if city.startswith("臺") and rng.random() < 0.3:
            city = "台" + city[1:]
        parts = []
        if rng.random() < 0.2:
            parts.append(
                rng.choice([zipcode, zipcode + _digits(rng, 2), zipcode + _digits(rng, 3)])
            )
            if rng.random() < 0.5:
                parts.append(" ")
        parts += [city, dist]
        num = str(rng.randint(1, 320))
        if dist.endswith("鄉") and rng.random() < 0.6:
            parts.append(rng.choice(_VILLAGES) + "村")
            if rng.random() < 0.7:
                parts.append(f"{rng.randint(1, 24)}鄰")
            if rng.random() < 0.4:
                parts.append(rng.choice(["中正路", "大同巷", "復興路", "部落", "中山路"]))
            parts.append(num + "號")
        else:
            if rng.random() < 0.15:
                parts.append(rng.choice(_LI) + "里" + f"{rng.randint(1, 30)}鄰")
            road = rng.choice(_ROADS)
            parts.append(road)
            if road.endswith("路") and rng.random() < 0.35:
                parts.append(_cn(rng.randint(1, 5)) + "段")
            if rng.random() < 0.4:
                parts.append(f"{rng.randint(1, 600)}巷")
                if rng.random() < 0.35:
                    parts.append(f"{rng.randint(1, 40)}弄")
            r = rng.random()
            if r < 0.12:
                num += f"之{rng.randint(1, 9)}"
            elif r < 0.18:
                num += f"-{rng.randint(1, 9)}"
            parts.append(num + "號")
            if rng.random() < 0.5:
                floor = rng.randint(2, 18)
                parts.append((_cn(floor) if rng.random() < 0.2 else str(floor)) + "樓")
                if rng.random() < 0.15:
                    parts.append(f"之{rng.randint(1, 6)}")
                elif rng.random() < 0.05:
                    parts.append(f"{rng.randint(1, 20)}室")
        value = "".join(parts)
        if rng.random() < FULLWIDTH_RATE:
            value = _fw(value, digits_only=True)
        return value

    def _birth(self, y0: int, y1: int, western: float = 0.25, foreign: bool = False) -> str:
        rng = self.rng
        day = dt.date(y0, 1, 1) + dt.timedelta(
            days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days)
        )
        y, m, d = day.year, day.month, day.day
        roc = y - 1911
        if rng.random() < western:
            forms = [
                f"{y}-{m:02d}-{d:02d}",
                f"{y}/{m}/{d}",
                f"{y}年{m}月{d}日",
                f"{y}.{m:02d}.{d:02d}",
                f"{y}/{m:02d}/{d:02d}",
            ]
            if foreign:
                mon = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
                forms += [f"{d:02d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"]
        else:
            forms = [
                f"民國{roc}年{m}月{d}日",
                f"{roc}年{m}月{d}日",
                f"{roc:03d}.{m:02d}.{d:02d}",
                f"{roc}.{m}.{d}",
                f"{roc}/{m:02d}/{d:02d}",
                f"民{roc}.{m}.{d}",
                f"{roc:03d}{m:02d}{d:02d}",
            ]
            if y < 1990:
                forms += [
                    f"民國{_cn(roc)}年{_cn(m)}月{_cn(d)}日",
                    f"{_cn(roc)}年{_cn(m)}月{_cn(d)}日",
                ]
        value = rng.choice(forms)
        if rng.random() < FULLWIDTH_RATE:
            value = _fw(value)
        return value

    # -- fillers ----------------------------------------------------------------------------------

    def _event_date(self) -> str:
        rng = self.rng
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1460))
        y, m, d = day.year, day.month, day.day
        roc = y - 1911
        value = rng.choice(
            [
                f"{roc}年{m}月{d}日",
                f"{roc}/{m:02d}/{d:02d}",
                f"{roc}.{m}.{d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}年{m}月{d}日",
                f"{m}月{d}日",
                f"{m}/{d}",
                f"{roc:03d}{m:02d}{d:02d}",
                f"{roc}年{m}月{d}日（{'一二三四五六日'[day.weekday()]}）",
            ]
        )
        return self._maybe_fw(value)

    def _time(self) -> str:
        rng = self.rng
        minute = rng.randint(5 * 12, 22 * 12) * 5
        return self._clock(minute, rng.randrange(3))

    @staticmethod
    def _clock(minute: int, style: int) -> str:
        h, mi = divmod(minute, 60)
        if style == 0:
            return f"{h:02d}:{mi:02d}"
        if style == 1:
            return f"{h:02d}{mi:02d}"
        half = "上午" if h < 12 else ("中午" if h == 12 else "下午")
        return f"{half}{h if h <= 12 else h - 12}時" + (f"{mi}分" if mi else "")

    def _doc(self) -> str:
        rng = self.rng
        value = f"{rng.choice(_DOC_PREFIXES)}第{rng.randint(111, 114)}{_digits(rng, 7)}號"
        return self._maybe_fw(value, digits_only=True)

    def _case(self) -> str:
        rng = self.rng
        while True:
            r = rng.random()
            if r < 0.3:
                office = rng.choice("北中南東")
                value = f"{rng.randint(111, 114)}年度{office}扶字第{rng.randint(1, 9999)}號"
            elif r < 0.5:
                value = f"{_roc_stamp(rng)}-{_digits(rng, 3)}"
            elif r < 0.65:
                value = "1" + _digits(rng, 12)
            elif r < 0.85:
                value = rng.choice("ABEFGHKMRST") + _digits(rng, 9)
            else:
                value = rng.choice("QRSTUVWXYZ") + rng.choice("ABCDEFGH") + _digits(rng, 8)
            if _safe_filler(value):
                return self._maybe_fw(value)

    def _ban(self) -> str:
        rng = self.rng
        while True:
            value = _digits(rng, 8)
            if ban.is_valid(value) and _safe_filler(value):
                return self._maybe_fw(value)

    def _amount(self) -> str:
        rng = self.rng
        n = rng.choice(
            [rng.randint(1, 99) * 100, rng.randint(1, 999) * 1000, rng.randint(1000, 99999)]
        )
        return rng.choice(
            [f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"新台幣{n}元", f"{n // 1000}千元"]
        )

    def _usd(self) -> str:
        n = self.rng.randint(300, 650)
        return self.rng.choice([f"美金{n}元", f"USD {n}", f"US${n}", f"每月{n}美元"])

    def _invoice(self) -> str:
        rng = self.rng
        while True:
            value = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            value += "-" + _digits(rng, 8)
            if _safe_filler(value) and _safe_filler(value.replace("-", "")):
                return value

    def _isbn(self) -> str:
        rng = self.rng
        while True:
            body = "978" + rng.choice(["986", "957", "626"]) + _digits(self.rng, 6)
            total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            check = str((10 - total % 10) % 10)
            value = f"{body[:3]}-{body[3:6]}-{body[6:10]}-{body[10:]}-{check}"
            if _safe_filler(value):
                return value

    def _ship(self) -> str:
        rng = self.rng
        return (
            rng.choice("新金順滿福大") + rng.choice("昇發興益春億豐") + f"{rng.randint(1, 888)}號"
        )

    def _filler(self, kind: str) -> str:
        rng = self.rng
        simple: dict[str, Callable[[], str]] = {
            "DATE": self._event_date,
            "TIME": self._time,
            "DOC": self._doc,
            "CASE": self._case,
            "BAN": self._ban,
            "AMT": self._amount,
            "USD": self._usd,
            "INV": self._invoice,
            "ISBN": self._isbn,
            "SHIP": self._ship,
            "LAW": lambda: rng.choice(_LAWS),
            "WPLACE": lambda: rng.choice(_WPLACES),
            "MOUNTAIN": lambda: rng.choice(_MOUNTAINS),
            "HUT": lambda: rng.choice(_HUTS),
            "TRAIL": lambda: rng.choice(_TRAILS),
            "ORG": lambda: rng.choice(_ORGS),
            "COMPANY": lambda: rng.choice(_COMPANY_HEADS) + rng.choice(_COMPANY_KINDS),
            "SHOP": lambda: rng.choice(_SHOPS),
            "PRODUCT": lambda: rng.choice(_PRODUCTS),
            "HOSP": lambda: rng.choice(_HOSPITALS),
            "BANK": lambda: rng.choice(_BANKS),
            "COURT": lambda: rng.choice(_COURTS),
            "BRANCH": lambda: "法扶" + rng.choice(_LAF_BRANCHES),
            "FOREST": lambda: "林業保育署" + rng.choice(_FOREST_BRANCHES),
            "LIBRARY": lambda: rng.choice(_LIBRARIES),
            "PROG": lambda: rng.choice(_PROGRAMMES),
            "BOOK": lambda: rng.choice(_BOOKS),
            "PUB": lambda: rng.choice(_PUBLISHERS),
            "HALL": lambda: rng.choice(_HALLS),
            "POOL": lambda: rng.choice(_POOLS),
            "SCHOOL": lambda: rng.choice(_SCHOOLS),
            "LINBAN": lambda: rng.choice(_LINBAN),
            "CITY": lambda: rng.choice(_CITIES)[0],
            "NATION": lambda: self.last_nation,
            "NUM": lambda: str(rng.randint(12, 60)),
            "FEW": lambda: str(rng.randint(1, 9)),
            "AGE": lambda: str(rng.randint(16, 78)),
            "AGEV": lambda: str(rng.randint(84, 101)),
            "AGEY": lambda: str(rng.randint(5, 14)),
            "YEAR": lambda: str(rng.randint(111, 114)),
            "MONTH": lambda: f"{rng.randint(1, 12)}月",
            "ARRIVE": lambda: str(rng.choice([38, 38, 39, 39, 40, 42, 43])),
            "PCT": lambda: f"{rng.randint(60, 99)}.{rng.randint(0, 9)}%",
            "ELEV": lambda: f"{rng.randint(1800, 3952):,}",
            "CT": lambda: f"CT{rng.randint(1, 7)}-{_digits(rng, 4)}",
            "VOL": lambda: rng.choice(
                [f"V{_digits(rng, 5)}", f"{rng.randint(105, 113)}{_digits(rng, 3)}"]
            ),
            "CALL": lambda: f"{_digits(rng, 3)}.{_digits(rng, 2)} {_digits(rng, 4)}",
            "PERMIT": lambda: _roc_stamp(rng) + _digits(rng, 3),
        }
        return simple[kind]()

    # -- rendering ------------------------------------------------------------------------------

    def _pick(self, s: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            if s[i] != "{":
                out.append(s[i])
                i += 1
                continue
            depth, j = 0, i
            while True:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = s[i + 1 : j]
            parts = _split_top(inner)
            out.append(self._pick(self.rng.choice(parts)) if len(parts) > 1 else "{" + inner + "}")
            i = j + 1
        return "".join(out)

    def render(self, template: str) -> tuple[str, list[tuple[int, int, str]]]:
        s = self._pick(template)
        refs: dict[tuple[str, str], tuple[str, str | None]] = {}
        pieces: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = last = 0
        for m in _SLOT.finditer(s):
            literal = s[last : m.start()]
            pieces.append(literal)
            pos += len(literal)
            kind, ref = m.group(1), m.group(2)
            key = (kind, ref or "")
            if ref and key in refs:
                value, label = refs[key]
            elif kind in ("NV", "NW", "NA", "NY", "NI", "NF", "NM"):
                value, label = self.person(kind), "PERSON"
            elif kind in self.makers:
                value, label = self.makers[kind]()
            else:
                value, label = self._filler(kind), None
            if ref:
                refs[key] = (value, label)
            if label:
                spans.append((pos, pos + len(value), label))
            pieces.append(value)
            pos += len(value)
            last = m.end()
        pieces.append(s[last:])
        text = "".join(pieces)
        if "{" in text or "}" in text:
            raise ValueError("unresolved template slot")
        return text, spans

    def template(self, genre: dict[str, list], negative: bool) -> str:
        rng = self.rng
        if rng.random() < 0.25:  # a multi-line log, in time order
            pool = genre["neg_lines"] if negative else genre["neg_lines"] + genre["pos_lines"]
            k = rng.randint(2, len(pool))
            lines = rng.sample(pool, k)
            if not negative and not any(line in genre["pos_lines"] for line in lines):
                lines[rng.randrange(k)] = rng.choice(genre["pos_lines"])
            style = rng.randrange(3)
            minute = rng.randint(5 * 60, 12 * 60)
            for i, line in enumerate(lines):
                minute = min(minute + rng.choice([5, 10, 15, 20, 30, 45, 60, 90]), 23 * 60 + 55)
                lines[i] = line.replace("{TIME}", self._clock(minute, style), 1)
            if rng.random() < 0.7:
                lines.insert(0, rng.choice(genre["head"]))
            if not negative and rng.random() < 0.3:
                lines.append(rng.choice(["記錄：{NA}", "值班人員 {NA}", "{NA} 陳", "填表人：{NA}"]))
            return "\n".join(lines)
        chosen = rng.choice(genre["neg" if negative else "pos"])
        return chosen(rng) if callable(chosen) else chosen

    def sample(self) -> Sample:
        rng = self.rng
        negative = rng.random() < NEGATIVE_RATE
        genre = _GENRES[rng.choice(sorted(_GENRES))]
        while True:
            self.last_nation = rng.choice(_NATIONS)
            text, spans = self.render(self.template(genre, negative))
            if negative and spans:
                raise ValueError("negative template produced a span")
            if not negative and not spans:
                continue
            outside = list(text)
            for start, end, _ in spans:
                outside[start:end] = "■" * (end - start)
            if _stray_personal("".join(outside)):
                continue
            known = [text[s:e] in self.known for s, e, lab in spans if lab == "PERSON"]
            return Sample(text=text, spans=spans, hard_negative=negative, known_person=known)


def generate_heldout37(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    rng = random.Random(seed)
    gen = _Generator(rng, n)
    samples = [gen.sample() for _ in range(n)]
    return samples, list(gen.known_list)
