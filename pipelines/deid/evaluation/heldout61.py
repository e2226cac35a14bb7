"""Held-out evaluation set 61: synthetic Traditional-Chinese free text with gold spans.

Written without looking at the scanner: its author read only the ``Sample`` dataclass and the
identifier checksum helpers (``pipelines/deid/identifiers``), so templates, name pools and
phrasing are independent of whatever the scanner was tuned on.

Six genres, each in several registers (公文 sentences, terse case-log notes, transcribed phone
calls, LINE chat lines, pasted e-mails, labelled forms, tab / CSV / space-aligned tables,
numbered rosters, English mixed into Chinese):

- unemployment-benefit and vocational-training allowance claims (失業給付、職訓生活津貼);
- early-intervention referrals for children with developmental delays (早期療育通報);
- paratransit bookings for wheelchair users (復康巴士預約);
- pawnshop pledge registers reported to police (當鋪典當登記);
- homestay guest registers (民宿旅客登記);
- Indigenous hunting-rifle permits (原住民自製獵槍許可).

About a quarter of the samples are hard negatives: agency prose with document and case numbers,
valid company 統一編號, statute articles, amounts, ordinary dates, place, organisation and
product names and words that start with surname characters, but no personal data at all.
``generate_heldout61`` also returns the "known names" a dataset's own name column would hold:
about half of the PERSON spans are in it, and it holds names that are never mentioned.
"""

from __future__ import annotations

import calendar
import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

P = "PERSON"
NID = "TW_NATIONAL_ID"
ARC = "TW_RESIDENT_CERT"
PH = "PHONE"
EM = "EMAIL"
AD = "ADDRESS"
NHI = "TW_NHI_CARD"
PP = "PASSPORT"
CC = "CREDIT_CARD"
DOB = "BIRTH_DATE"

DOT = "\u2027"  # ‧ hyphenation point, the usual separator in Indigenous names
MIDDOT = "\u00b7"  # · middle dot, the other one people type

Seg = str | tuple[str, str]
Name = str | tuple[str, str]

# --------------------------------------------------------------------------------------------
# Name pools (invented for this set)
# --------------------------------------------------------------------------------------------


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


_SUR_COMMON = tuple("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周")
_SUR_ALL = _SUR_COMMON + tuple(
    "徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓"
    "馬董唐藍石蔣古紀姚連馮程湯田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳邵錢伍倪溫譚駱熊"
    "任甘秦顧毛章史官萬俞雷粘饒"
)
_SUR_COMPOUND = ("歐陽", "張簡", "范姜", "司馬", "上官", "諸葛", "司徒", "東方")
_GIVEN_M = _words(
    "志明 俊傑 建宏 家豪 冠宇 承翰 柏諺 宗翰 育誠 文雄 國華 信義 振榮 明哲 偉倫 士豪 哲瑋 耀文"
    " 正雄 俊宏 志偉 建志 宏達 嘉宏 彥廷 冠廷 柏翰 子軒 宇翔 家銘 俊賢 明輝 永福 昱安 政勳 欣諭"
    " 銘鴻 凱文 智傑 立群 韋辰 啟瑞 政憲 世昌 國棟 俊男"
)
_GIVEN_F = _words(
    "淑芬 美玲 雅婷 怡君 佳穎 欣怡 惠如 秀英 麗珠 玉蘭 淑貞 靜宜 筱涵 詩涵 雅雯 郁婷 佩君 嘉玲"
    " 婉婷 心怡 宜蓁 思妤 淑惠 美惠 麗華 素珍 曉萍 韻如 家瑜 瑞芬 珮瑜 依潔 欣穎 美伶 芳瑜 惠敏"
    " 嘉慧 湘婷 宛蓉 珊妮"
)
_GIVEN_SINGLE = tuple("偉芳傑婷豪琳娟強萍勇")
_OLD_M = _words("金水 添丁 進財 坤龍 天賜 義雄 清標 阿土 火旺 萬得 春生 朝宗 再興 木村 石頭 水龍")
_OLD_F = _words("罔市 阿嬌 秋月 玉梅 金鳳 彩雲 春梅 碧霞 秀琴 月娥 阿桃 素月 錦雲 寶珠 銀花 罔腰")
_CHILD = _words(
    "宥辰 語彤 芯妤 品睿 沐晴 承恩 宸希 以樂 禹安 芊妤 睿恩 恩綺 翊安 柏睿 歆瑜 子芸 宇晨 昀希"
    " 晏寧 宥蓁 品妍 苡安 亦晴 承睿 宥翔 芮綺 沐恩 允寬 詠晞 辰緯 禾昕 星妤"
)

# Indigenous names as (Han transliteration, romanisation) parts, both invented combinations.
_INDIG_FIRST = (
    ("瓦歷斯", "Walis"), ("比令", "Piling"), ("撒韻", "Sayun"), ("巴奈", "Panay"),
    ("拉娃", "Lawa"), ("馬躍", "Mayaw"), ("伊斌", "Iban"), ("尤命", "Yuming"),
    ("哈勇", "Hayung"), ("達利", "Tali"), ("優幹", "Yukan"), ("蘇拉", "Sula"),
    ("巴尚", "Pasang"), ("古拉斯", "Kulas"), ("烏杜", "Udu"), ("比黛", "Bidai"),
    ("雅外", "Yawai"), ("吉娃斯", "Ciwas"), ("達努巴克", "Tanubak"), ("慕阿凱", "Muakai"),
    ("畢浪", "Pilang"), ("那布", "Nabu"), ("伊萬", "Iwan"), ("烏瑪芙", "Umav"),
    ("比雅日", "Biyaz"), ("拉夫", "Lafu"), ("阿洛", "Aro"), ("莎韻", "Sayung"),
    ("畢馬", "Pima"), ("達嘎", "Taka"), ("撒布", "Sabu"), ("卡造", "Kacaw"),
)  # fmt: skip
_INDIG_SECOND = (
    ("諾幹", "Nokan"), ("亞布", "Yabu"), ("武荖", "Wulaw"), ("母路", "Mulu"),
    ("谷幸", "Kusing"), ("比吼", "Pihaw"), ("烏嘎", "Uka"), ("哈用", "Hayung"),
    ("巴燕", "Payan"), ("瓦旦", "Watan"), ("達印", "Taiyin"), ("帖木", "Temu"),
    ("馬紹", "Masao"), ("那威", "Nawi"), ("杜冷", "Tuleng"), ("巴魯", "Palu"),
    ("伊斯坦大", "Istanda"), ("塔古拉", "Takula"), ("拉荷", "Lahok"), ("都達", "Tuta"),
    ("伊斯瑪哈單", "Ismahasan"), ("塔給鞍", "Takian"), ("卡法", "Kafa"), ("依斯南", "Isnan"),
)  # fmt: skip
_VN_SUR = (
    ("阮", "Nguyen"), ("陳", "Tran"), ("黎", "Le"), ("范", "Pham"), ("黃", "Hoang"),
    ("潘", "Phan"), ("武", "Vu"), ("鄧", "Dang"), ("裴", "Bui"), ("杜", "Do"),
    ("胡", "Ho"), ("吳", "Ngo"), ("楊", "Duong"),
)  # fmt: skip
_VN_MID_M = (("文", "Van"), ("德", "Duc"), ("明", "Minh"), ("清", "Thanh"), ("友", "Huu"))
_VN_MID_F = (("氏", "Thi"), ("氏", "Thi"), ("玉", "Ngoc"))
_VN_GIVEN_F = (
    ("秋", "Thu"), ("蘭", "Lan"), ("香", "Huong"), ("花", "Hoa"), ("梅", "Mai"),
    ("翠", "Thuy"), ("鳳", "Phuong"), ("英", "Anh"), ("玲", "Linh"), ("莊", "Trang"),
    ("紅", "Hong"), ("河", "Ha"), ("燕", "Yen"), ("心", "Tam"), ("絨", "Nhung"),
)  # fmt: skip
_VN_GIVEN_M = (
    ("雄", "Hung"), ("勇", "Dung"), ("南", "Nam"), ("俊", "Tuan"), ("海", "Hai"),
    ("光", "Quang"), ("強", "Cuong"), ("龍", "Long"), ("山", "Son"), ("福", "Phuc"),
)  # fmt: skip
_ID_FIRST = _words(
    "Siti Dewi Sri Nur Eka Rina Wulan Ratna Indah Yuli Fitri Ani Lina Putri Ayu Budi Agus Ahmad"
    " Joko Rizky Tri Dian"
)
_ID_LAST = _words(
    "Aminah Lestari Wahyuni Aini Susanti Rahayu Handayani Kurniawati Setiawan Santoso Fauzi"
    " Saputra Permata Maharani Yulianti Nurhasanah Kusuma Pratiwi"
)
_ID_MONO = _words("Sumiati Suparmi Tukiyem Karsih Wartini Sulastri Painem Sarmini Juwariyah")
_ID_HAN = _words(
    "蒂蒂 蘇米亞蒂 伊卡 莉娜 阿古斯 布迪 妮妮 麗娜 安妮莎 斯莉 尤莉亞娜 瓦妮 德薇 娜米 卡希"
    " 蘇拉斯蒂 伊達 努爾 艾妮 西蒂‧阿米娜 德薇‧萊斯塔莉 斯莉‧瓦尤妮"
)
_PH_FIRST = (
    *_words(
        "Maria Jocelyn Rowena Joy Analyn Cristina Marites Lorna Jerome Rey Jonathan Ricardo"
        " Lea Jennifer Rosalie Charmaine"
    ),
    "Mary Grace",
    "Mark Anthony",
    "Ana Marie",
)
_PH_LAST = (
    *_words(
        "Santos Bautista Reyes Villanueva Garcia Ramos Mendoza Aquino Castillo Flores Navarro"
        " Soriano Pascual Manalo"
    ),
    "dela Cruz",
    "de Leon",
)
_PH_HAN = _words(
    "瑪麗亞 喬瑟琳 羅維娜 安娜琳 克莉絲汀娜 瑪莉特絲 蘿娜 傑洛米 瑞卡多 珍妮佛 瑪麗亞‧桑托斯"
)
_TH_FIRST = _words("Somchai Somsak Sompong Anan Suphat Prasert Wichai Boonmee Kanya Malee Siriporn")
_TH_LAST = _words("Saelim Srisuk Boonyarat Chaiyaphum Kongkaew Wongsa Phromma Inthong Saetang")
_TH_HAN = _words("宋猜 頌蓬 阿南 蘇帕 巴色 威猜 汶蜜 甘雅 瑪莉 宋沙 沙旺")
_TOURIST_NAT = {
    "Tanaka Yuki": "日本", "Sato Haruka": "日本", "Yamamoto Ken": "日本", "Aiko Mori": "日本",
    "Kim Minji": "韓國", "Park Jiwon": "韓國", "Lee Seojun": "韓國", "Choi Yuna": "韓國",
    "Lukas Becker": "德國", "Noah Schmidt": "德國", "Lena Hoffmann": "德國",
    "Sarah Miller": "美國", "Emma Wilson": "美國", "Olivia Brown": "美國", "Hannah Lee": "美國",
    "Daniel Ng": "馬來西亞", "Lim Wei Ling": "馬來西亞", "Tan Mei Xin": "馬來西亞",
}  # fmt: skip
_TOURIST = tuple(_TOURIST_NAT)


def _given(r: random.Random, pool: list[str]) -> str:
    return r.choice(_GIVEN_SINGLE) if r.random() < 0.07 else r.choice(pool)


def _sur(r: random.Random) -> str:
    return r.choice(_SUR_COMMON) if r.random() < 0.55 else r.choice(_SUR_ALL)


def _k_han_m(r: random.Random) -> Name:
    return _sur(r) + _given(r, _GIVEN_M)


def _k_han_f(r: random.Random) -> Name:
    return _sur(r) + _given(r, _GIVEN_F)


def _k_old_m(r: random.Random) -> Name:
    return _sur(r) + r.choice(_OLD_M)


def _k_old_f(r: random.Random) -> Name:
    return _sur(r) + r.choice(_OLD_F)


def _k_married(r: random.Random) -> Name:
    husband, own = _sur(r), _sur(r)
    while own == husband:
        own = _sur(r)
    return husband + own + r.choice(_OLD_F + _GIVEN_F[:12])


def _k_compound(r: random.Random) -> Name:
    return r.choice(_SUR_COMPOUND) + r.choice(_GIVEN_M + _GIVEN_F)


def _k_child(r: random.Random) -> Name:
    return _sur(r) + r.choice(_CHILD)


def _k_indig(r: random.Random) -> Name:
    while True:
        (h1, l1), (h2, l2) = r.choice(_INDIG_FIRST), r.choice(_INDIG_SECOND)
        han = h1 + (DOT if r.random() < 0.75 else MIDDOT) + h2
        if len(han) <= 8 and l1 != l2:
            return han, f"{l1} {l2}"


def _vn(r: random.Random, mid: tuple, given: tuple, two: float) -> Name:
    (hs, ls), (hm, lm) = r.choice(_VN_SUR), r.choice(mid)
    parts = [r.choice(given)]
    if r.random() < two:
        second = r.choice(given)
        if second != parts[0]:
            parts.insert(0, second)
    han = hs + hm + "".join(h for h, _ in parts)
    lat = " ".join([ls, lm] + [lt for _, lt in parts])
    return han, lat.upper() if r.random() < 0.35 else lat


def _k_vn_f(r: random.Random) -> Name:
    return _vn(r, _VN_MID_F, _VN_GIVEN_F, 0.45)


def _k_vn_m(r: random.Random) -> Name:
    return _vn(r, _VN_MID_M, _VN_GIVEN_M, 0.2)


def _k_id(r: random.Random) -> Name:
    x = r.random()
    if x < 0.3:
        return r.choice(_ID_HAN)
    name = r.choice(_ID_MONO) if x < 0.45 else f"{r.choice(_ID_FIRST)} {r.choice(_ID_LAST)}"
    return name.upper() if r.random() < 0.3 else name


def _k_ph(r: random.Random) -> Name:
    if r.random() < 0.25:
        return r.choice(_PH_HAN)
    name = f"{r.choice(_PH_FIRST)} {r.choice(_PH_LAST)}"
    return name.upper() if r.random() < 0.25 else name


def _k_th(r: random.Random) -> Name:
    if r.random() < 0.3:
        return r.choice(_TH_HAN)
    name = f"{r.choice(_TH_FIRST)} {r.choice(_TH_LAST)}"
    return name.upper() if r.random() < 0.3 else name


def _k_tourist(r: random.Random) -> Name:
    name = r.choice(_TOURIST)
    return name.upper() if r.random() < 0.3 else name


# kind -> (generator, share of the known list)
_KINDS: dict[str, tuple[Callable[[random.Random], Name], float]] = {
    "han_m": (_k_han_m, 0.2),
    "han_f": (_k_han_f, 0.2),
    "old_m": (_k_old_m, 0.05),
    "old_f": (_k_old_f, 0.05),
    "married": (_k_married, 0.04),
    "compound": (_k_compound, 0.03),
    "child": (_k_child, 0.1),
    "indig": (_k_indig, 0.12),
    "vn_f": (_k_vn_f, 0.06),
    "vn_m": (_k_vn_m, 0.03),
    "id": (_k_id, 0.05),
    "ph": (_k_ph, 0.03),
    "th": (_k_th, 0.02),
    "tourist": (_k_tourist, 0.02),
}

# --------------------------------------------------------------------------------------------
# Places, organisations and other non-personal vocabulary
# --------------------------------------------------------------------------------------------

# (county, district, postal code); district names end in 區鄉鎮市.
_PLACES = (
    ("臺東縣", "臺東市", "950"), ("臺東縣", "達仁鄉", "966"), ("臺東縣", "延平鄉", "953"),
    ("臺東縣", "海端鄉", "957"), ("臺東縣", "池上鄉", "958"), ("臺東縣", "成功鎮", "961"),
    ("花蓮縣", "花蓮市", "970"), ("花蓮縣", "秀林鄉", "972"), ("花蓮縣", "卓溪鄉", "982"),
    ("花蓮縣", "萬榮鄉", "979"), ("花蓮縣", "吉安鄉", "973"), ("南投縣", "仁愛鄉", "546"),
    ("南投縣", "信義鄉", "556"), ("南投縣", "埔里鎮", "545"), ("屏東縣", "三地門鄉", "901"),
    ("屏東縣", "霧台鄉", "902"), ("屏東縣", "牡丹鄉", "945"), ("屏東縣", "來義鄉", "922"),
    ("屏東縣", "屏東市", "900"), ("屏東縣", "潮州鎮", "920"), ("高雄市", "桃源區", "848"),
    ("高雄市", "那瑪夏區", "849"), ("高雄市", "鳳山區", "830"), ("高雄市", "三民區", "807"),
    ("新竹縣", "尖石鄉", "313"), ("新竹縣", "五峰鄉", "311"), ("新竹縣", "竹北市", "302"),
    ("苗栗縣", "泰安鄉", "365"), ("苗栗縣", "頭份市", "351"), ("宜蘭縣", "南澳鄉", "272"),
    ("宜蘭縣", "大同鄉", "267"), ("宜蘭縣", "羅東鎮", "265"), ("桃園市", "復興區", "336"),
    ("桃園市", "中壢區", "320"), ("嘉義縣", "阿里山鄉", "605"), ("嘉義縣", "民雄鄉", "621"),
    ("新北市", "板橋區", "220"), ("新北市", "三重區", "241"), ("新北市", "新莊區", "242"),
    ("新北市", "瑞芳區", "224"), ("臺北市", "大安區", "106"), ("臺北市", "士林區", "111"),
    ("臺中市", "北屯區", "406"), ("臺中市", "豐原區", "420"), ("臺南市", "永康區", "710"),
    ("臺南市", "東區", "701"), ("彰化縣", "員林市", "510"), ("雲林縣", "斗六市", "640"),
)  # fmt: skip
_INDIG_DISTRICTS = _words(
    "達仁鄉 延平鄉 海端鄉 秀林鄉 卓溪鄉 萬榮鄉 仁愛鄉 信義鄉 三地門鄉 霧台鄉 牡丹鄉 來義鄉 桃源區"
    " 那瑪夏區 尖石鄉 五峰鄉 泰安鄉 南澳鄉 大同鄉 復興區 阿里山鄉"
)
_INDIG_PLACES = tuple(p for p in _PLACES if p[1] in _INDIG_DISTRICTS)
_ROADS = _words(
    "中正路 中山路 民生路 民族路 民權路 復興路 和平路 光復路 建國路 自強路 文化路 忠孝路 仁愛路"
    " 信義路 成功路 中華路 博愛路 勝利路 大同路 新生路 福德街 永安街 公園路 光明路 三民路 興隆街"
    " 太平路 長春路 中興路 部落路 環山路 山海路"
)
_VILLAGES = _words(
    "和平 安朔 中興 復興 光明 仁愛 大同 福興 新興 永安 文化 力行 武陵 桃源 忠孝 太平 南興"
)

_JOB_CENTERS = (
    "臺東就業中心", "花蓮就業中心", "屏東就業中心", "三重就業服務站", "板橋就業中心",
    "豐原就業中心", "鳳山就業中心", "中壢就業中心", "羅東就業中心", "埔里就業服務站",
)  # fmt: skip
_BRANCHES = (
    "勞動部勞動力發展署北基宜花金馬分署", "勞動部勞動力發展署桃竹苗分署",
    "勞動部勞動力發展署中彰投分署", "勞動部勞動力發展署雲嘉南分署",
    "勞動部勞動力發展署高屏澎東分署",
)  # fmt: skip
_COMPANIES = (
    "宏昇精密股份有限公司", "永豐紙器有限公司", "東臺灣食品工業股份有限公司",
    "協和電子股份有限公司", "佳鴻物流有限公司", "大成紡織股份有限公司", "福懋餐飲企業社",
    "和平保全股份有限公司", "南嶺冷凍食品有限公司", "旭東塑膠工業股份有限公司",
    "林記鐵工廠", "高昇汽車客運股份有限公司", "金鼎工業股份有限公司", "海洋之星渡假飯店",
)  # fmt: skip
_COURSES = (
    "電腦輔助機械製圖班", "中餐烹調丙級班", "照顧服務員訓練班", "室內配線丙級班",
    "網路行銷實務班", "烘焙食品丙級班", "汽車修護班", "會計事務實務班", "堆高機操作班",
    "原住民族觀光導覽人才班",
)  # fmt: skip
_HOSPITALS = (
    "臺東馬偕紀念醫院", "花蓮慈濟醫院", "臺大兒童醫院", "高雄長庚紀念醫院", "屏東基督教醫院",
    "衛福部臺東醫院", "彰化基督教兒童醫院", "林口長庚兒童醫院", "埔里基督教醫院",
    "羅東博愛醫院", "臺北榮民總醫院", "亞東紀念醫院",
)  # fmt: skip
_PAWNSHOPS = ("大發當舖", "永興當舖", "金順當舖", "合發當舖", "鑫鑫當舖", "萬利當舖", "信大當舖")
_HOMESTAYS = (
    "山嵐民宿", "旭海背包客棧", "太平洋之心民宿", "稻浪民宿", "星空下民宿", "鹿野高台民宿",
    "石梯坪海景民宿", "九份山城民宿", "霧鹿溫泉小屋", "清境雲端民宿",
)  # fmt: skip
_POLICE = (
    "臺東縣警察局大武分局", "南投縣政府警察局仁愛分局", "花蓮縣警察局鳳林分局",
    "屏東縣政府警察局枋寮分局", "新竹縣政府警察局橫山分局", "高雄市政府警察局六龜分局",
    "苗栗縣警察局大湖分局", "臺中市政府警察局第二分局", "新北市政府警察局三重分局",
)  # fmt: skip
_TRIBES = _words(
    "阿美族 泰雅族 排灣族 布農族 卑南族 魯凱族 鄒族 賽夏族 雅美族 太魯閣族 賽德克族"
    " 噶瑪蘭族 撒奇萊雅族 拉阿魯哇族 卡那卡那富族"
)
_PAWN_ITEMS = (
    "勞力士 Datejust 126334 腕錶一只", "18K金項鍊一條（約3.2錢）", "iPhone 15 Pro 256GB 一支",
    "MacBook Air M2 筆電一台", "Canon EOS R6 相機機身一台", "9999純金手鍊一條（約5錢）",
    "山葉機車 勁戰 125cc 一輛", "Sony PS5 主機一台", "鑽石戒指一只（0.5克拉）",
    "GIANT 公路車一台", "Dyson V15 吸塵器一台", "歐米茄 Seamaster 腕錶一只",
)  # fmt: skip
_SYL = _words(
    "chen lin huang mei ling wei jun hsu yu ting chih hao ya hui kai an pei shan ming yi wen"
    " chun hsin tzu li fang yen chia hung"
)
_DOMAINS = (
    "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net", "icloud.com",
    "ms45.hinet.net", "yahoo.com",
)  # fmt: skip
_MOBILE_PREFIX = tuple(f"09{i:02d}" for i in list(range(10, 40)) + list(range(52, 90)))
# (area code, local digits, allowed first local digits)
_LANDLINE = (
    ("02", 8, "2345678"), ("03", 7, "3459"), ("037", 6, "2345"), ("04", 8, "2"),
    ("049", 7, "2"), ("05", 7, "2"), ("06", 7, "2"), ("07", 7, "3578"), ("08", 7, "7"),
    ("089", 6, "3"), ("038", 6, "3"),
)  # fmt: skip

_WIDE = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def _wide(s: str) -> str:
    return "".join(_WIDE.get(c, c) for c in s)


def _dw(s: str) -> int:
    """Display width (CJK and full-width characters count twice)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# --------------------------------------------------------------------------------------------
# Value factory
# --------------------------------------------------------------------------------------------


class _Gen:
    """Random source, name pools with the known list, and value makers."""

    def __init__(self, r: random.Random, n: int) -> None:
        self.r = r
        self.known_set: set[str] = set()
        self.known_list: list[str] = []
        self.pick: dict[str, list[Name]] = {}
        total = max(80, n // 2)
        taken: set[str] = set()
        for kind, (fn, share) in _KINDS.items():
            size = max(6, round(total * share))
            entries: list[Name] = []
            for _ in range(size * 40):
                if len(entries) >= size:
                    break
                e = fn(r)
                forms = e if isinstance(e, tuple) else (e,)
                if any(f in taken for f in forms):
                    continue
                taken.update(forms)
                entries.append(e)
                self._know(forms[0])
                if len(forms) > 1 and r.random() < 0.55:
                    self._know(forms[1])
            reserve = max(1, len(entries) // 12)  # in the list, never mentioned
            self.pick[kind] = entries[reserve:]
        r.shuffle(self.known_list)

    def _know(self, name: str) -> None:
        self.known_set.add(name)
        self.known_list.append(name)

    # -- small helpers --------------------------------------------------------------------
    def c(self, *options: str) -> str:
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def sex(self) -> str:
        return self.r.choice("12")

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def w(self, s: str, p: float = 0.12) -> str:
        return _wide(s) if self.r.random() < p else s

    # -- names ----------------------------------------------------------------------------
    def entry(self, kind: str, p_known: float = 0.55) -> Name:
        pool = self.pick[kind]
        if pool and self.r.random() < p_known:
            return self.r.choice(pool)
        fn = _KINDS[kind][0]
        for _ in range(1000):
            e = fn(self.r)
            forms = e if isinstance(e, tuple) else (e,)
            if not any(f in self.known_set for f in forms):
                return e
        raise RuntimeError("name pool exhausted")

    def name(self, kind: str, p_known: float = 0.55, latin: float = 0.3) -> str:
        e = self.entry(kind, p_known)
        if isinstance(e, tuple):
            return e[1] if self.chance(latin) else e[0]
        return e

    def pair(self, kind: str) -> tuple[str, str]:
        e = self.entry(kind)
        assert isinstance(e, tuple)
        return e

    def han(self, sex: str | None = None, p_known: float = 0.55) -> str:
        sex = sex or self.sex()
        return self.name("han_m" if sex == "1" else "han_f", p_known)

    def citizen(self, sex: str | None = None) -> str:
        sex = sex or self.sex()
        x = self.r.random()
        if x < 0.1:
            return self.name("indig", latin=0.15)
        if x < 0.15:
            return self.name("compound")
        if x < 0.22:
            return self.name("old_m" if sex == "1" else "married" if self.chance(0.5) else "old_f")
        return self.han(sex)

    def elder(self, sex: str | None = None) -> str:
        sex = sex or self.sex()
        x = self.r.random()
        if x < 0.15:
            return self.name("indig", latin=0.1)
        if sex == "2" and x < 0.4:
            return self.name("married")
        if x < 0.75:
            return self.name("old_m" if sex == "1" else "old_f")
        return self.han(sex)

    def staff(self) -> str:
        return self.han(p_known=0.3) if self.chance(0.92) else self.name("compound", 0.3)

    def child(self) -> str:
        return self.name("child")

    def newres(self) -> tuple[str, str]:
        """A foreign spouse: (name, nationality)."""
        x = self.r.random()
        if x < 0.6:
            return self.name("vn_f", latin=0.45), "越南"
        if x < 0.8:
            return self.name("id"), "印尼"
        if x < 0.92:
            return self.name("ph"), "菲律賓"
        return self.name("th"), "泰國"

    def migrant(self) -> tuple[str, str]:
        """A migrant worker: (name, nationality)."""
        x = self.r.random()
        if x < 0.45:
            return self.name("id"), "印尼"
        if x < 0.7:
            return self.name(self.c("vn_f", "vn_m"), latin=0.6), "越南"
        if x < 0.88:
            return self.name("ph"), "菲律賓"
        return self.name("th"), "泰國"

    def title(self, sex: str) -> str:
        return self.c("先生", "先生") if sex == "1" else self.c("女士", "小姐")

    # -- personal values ------------------------------------------------------------------
    def nid(self, sex: str | None = None) -> str:
        letter = self.r.choice(tuple(LETTER_CODES))
        body = (sex or self.sex()) + self.digits(7)
        v = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(v)
        if self.chance(0.03):
            return v.lower()
        return self.w(v)

    def arcno(self, sex: str | None = None) -> str:
        letter = self.r.choice(tuple(LETTER_CODES))
        sex = sex or self.sex()
        if self.chance(0.6):
            body = ("8" if sex == "1" else "9") + self.digits(7)
            v = letter + body + id_check_digit(letter, body)
        else:
            second = self.r.choice("ABCD")
            tail = self.digits(7)
            v = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        assert arc.is_valid(v) and not twid.is_valid(v)
        return self.w(v)

    def mobile(self) -> str:
        num = self.r.choice(_MOBILE_PREFIX) + self.digits(6)
        x = self.r.random()
        if x < 0.35:
            s = f"{num[:4]}-{num[4:7]}-{num[7:]}"
        elif x < 0.62:
            s = num
        elif x < 0.72:
            s = f"{num[:4]} {num[4:7]} {num[7:]}"
        elif x < 0.82:
            s = f"{num[:4]}-{num[4:]}"
        elif x < 0.92:
            s = f"+886-{num[1:4]}-{num[4:7]}-{num[7:]}"
        else:
            s = f"+886 {num[1:]}"
        return self.w(s)

    def landline(self) -> str:
        area, k, first = self.r.choice(_LANDLINE)
        local = self.r.choice(first) + self.digits(k - 1)
        half = len(local) - 4
        x = self.r.random()
        if x < 0.35:
            s = f"({area}){local}"
        elif x < 0.65 or k < 7:
            s = f"{area}-{local}"
        elif x < 0.85:
            s = f"{area}-{local[:half]}-{local[half:]}"
        else:
            s = f"({area}) {local[:half]}-{local[half:]}"
        return self.w(s)

    def phone(self) -> str:
        return self.mobile() if self.chance(0.7) else self.landline()

    def email(self, name: str | None = None) -> str:
        if name and name.isascii():
            parts = name.lower().split()
            local = self.c(".".join(parts), "".join(parts), parts[0] + parts[-1][0], parts[-1])
        else:
            local = self.r.choice(_SYL) + self.c("", ".", "_") + self.r.choice(_SYL)
        if self.chance(0.55):
            local += str(self.r.randint(1, 99)) if self.chance(0.5) else self.digits(4)
        return self.w(f"{local}@{self.r.choice(_DOMAINS)}")

    def addr(self, place: tuple[str, str, str] | None = None) -> str:
        county, district, post = place or self.r.choice(_PLACES)
        if county.startswith("臺") and self.chance(0.35):
            county = "台" + county[1:]
        if district.startswith("臺") and self.chance(0.35):
            district = "台" + district[1:]
        out = ""
        if self.chance(0.3):
            out += post + (self.digits(2) if self.chance(0.3) else "") + self.c("", " ")
        out += county + district
        if self.chance(0.45):
            out += self.r.choice(_VILLAGES) + ("里" if district[-1] in "區市" else "村")
            if self.chance(0.4):
                out += f"{self.r.randint(1, 24)}鄰"
        out += self.r.choice(_ROADS)
        if self.chance(0.25):
            out += self.c("一", "二", "三", "四") + "段"
        if self.chance(0.35):
            out += f"{self.r.randint(1, 320)}巷"
            if self.chance(0.3):
                out += f"{self.r.randint(1, 18)}弄"
        out += str(self.r.randint(1, 420))
        if self.chance(0.1):
            out += f"之{self.r.randint(1, 8)}"
        out += "號"
        if self.chance(0.3):
            floor = self.r.randint(2, 14)
            out += self.c(f"{floor}樓", f"{floor}F", f"{floor}樓之{self.r.randint(1, 6)}")
        return self.w(out)

    def nhi(self) -> str:
        num = "0000" + self.digits(8)
        s = self.c(num, f"{num[:4]} {num[4:8]} {num[8:]}", f"{num[:4]}-{num[4:8]}-{num[8:]}")
        return self.w(s)

    def passport(self, nat: str) -> str:
        d = self.digits
        makers = {
            "中華民國": lambda: "3" + d(8),
            "越南": lambda: self.c("C", "B", "N") + d(7),
            "印尼": lambda: self.c("A", "B", "C", "E", "X") + d(7),
            "菲律賓": lambda: "P" + d(7) + self.c("A", "B", "C"),
            "泰國": lambda: self.c("AA", "AB", "AC") + d(7),
            "日本": lambda: self.c("TK", "TR", "MZ") + d(7),
            "韓國": lambda: "M" + d(8),
            "馬來西亞": lambda: "A" + d(8),
            "美國": lambda: self.c("5", "6") + d(8),
            "德國": lambda: "C" + d(8),
        }
        v = makers.get(nat, makers["美國"])()
        assert not twid.is_valid(v) and not arc.is_valid(v)
        return self.w(v)

    def card(self) -> str:
        x = self.r.random()
        if x < 0.45:
            payload = "4" + self.digits(14)
        elif x < 0.75:
            payload = "5" + self.c("1", "2", "3", "4", "5") + self.digits(13)
        elif x < 0.9:
            payload = "35" + self.c("28", "30", "41", "60", "89") + self.digits(11)
        else:
            payload = self.c("34", "37") + self.digits(12)
        num = next(payload + k for k in "0123456789" if creditcard.luhn_ok(payload + k))
        assert creditcard.is_valid(num)
        if len(num) == 15:
            s = self.c(
                num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"
            )
        else:
            sep = self.c(" ", "-", "", " ")
            s = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return self.w(s)

    def dob(self, lo: int = 1945, hi: int = 2003, roc: float = 0.6) -> str:
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, calendar.monthrange(y, m)[1])
        if self.chance(roc):
            ry = y - 1911
            s = self.r.choice(
                (
                    f"民國{ry}年{m}月{dd}日",
                    f"{ry}年{m}月{dd}日",
                    f"{ry}.{m:02d}.{dd:02d}",
                    f"{ry}/{m:02d}/{dd:02d}",
                    f"{ry:03d}/{m:02d}/{dd:02d}",
                    f"民{ry}年{m:02d}月{dd:02d}日",
                    f"{ry}/{m}/{dd}",
                )
            )
        else:
            s = self.r.choice(
                (
                    f"{y}-{m:02d}-{dd:02d}",
                    f"{y}/{m:02d}/{dd:02d}",
                    f"{y}/{m}/{dd}",
                    f"{y}.{m:02d}.{dd:02d}",
                    f"{y}年{m}月{dd}日",
                )
            )
        return self.w(s)

    # -- non-personal values --------------------------------------------------------------
    def ban_no(self) -> str:
        while True:
            v = self.digits(8)
            if ban.is_valid(v):
                return v

    def docno(self, word: str) -> str:
        return f"{word}字第{self.r.choice(('112', '113', '113', '114'))}{self.digits(7)}號"

    def roc_day(self) -> str:
        y = self.r.choice((112, 113, 113, 114))
        m, dd = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c(f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m}.{dd}")

    def md(self) -> str:
        m, dd = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c(f"{m}/{dd}", f"{m:02d}/{dd:02d}", f"{m}月{dd}日", f"{m:02d}{dd:02d}")

    def hm(self) -> str:
        return (
            f"{self.r.randint(7, 18):02d}:{self.c('00', '10', '15', '20', '30', '40', '45', '50')}"
        )

    def money(self) -> str:
        k = self.r.randint(3, 480)
        return self.c(f"新臺幣{k:,}00元", f"NT${k * 100:,}", f"{k * 100:,}元", f"{k}00 元")

    def budget(self) -> str:
        wan, rest = self.r.randint(30, 9800), self.r.randint(1, 99) * 100
        return self.c(f"新臺幣{wan:,}萬{rest:,}元", f"{wan * 10000 + rest:,}元", f"{wan:,}萬元")

    def company(self) -> str:
        return self.r.choice(_COMPANIES)

    def hospital(self) -> str:
        return self.r.choice(_HOSPITALS)

    def indig_place(self) -> tuple[str, str, str]:
        return self.r.choice(_INDIG_PLACES)


# --------------------------------------------------------------------------------------------
# Text builder
# --------------------------------------------------------------------------------------------


class _Doc:
    """Appends text and records spans at their offsets."""

    def __init__(self, g: _Gen) -> None:
        self.g = g
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.n = 0

    def __call__(self, *segs: Seg) -> _Doc:
        for seg in segs:
            if isinstance(seg, str):
                self.parts.append(seg)
                self.n += len(seg)
                continue
            label, value = seg
            if not value or value != value.strip():
                raise ValueError(f"bad {label} value")
            self.spans.append((self.n, self.n + len(value), label))
            if label == P:
                self.flags.append(value in self.g.known_set)
            self.parts.append(value)
            self.n += len(value)
        return self

    def form(self, rows: list[tuple[str, list[Seg]]], colon: str, sep: str) -> None:
        for i, (label, segs) in enumerate(rows):
            if i:
                self(sep)
            self(label, colon, *segs)

    def table(self, rows: list[list[list[Seg]]], style: str) -> None:
        """Rows of cells (each a list of segments) as tab, CSV or space-aligned text."""
        if style in ("\t", ","):
            for i, row in enumerate(rows):
                if i:
                    self("\n")
                for j, cell in enumerate(row):
                    if j:
                        self(style)
                    self(*cell)
            return
        widths = [
            max(sum(_dw(s if isinstance(s, str) else s[1]) for s in row[j]) for row in rows)
            for j in range(len(rows[0]))
        ]
        for i, row in enumerate(rows):
            if i:
                self("\n")
            for j, cell in enumerate(row):
                self(*cell)
                if j < len(row) - 1:
                    used = sum(_dw(s if isinstance(s, str) else s[1]) for s in cell)
                    self(" " * (widths[j] - used + 2))

    def sample(self, negative: bool) -> Sample:
        return Sample("".join(self.parts), list(self.spans), negative, list(self.flags))


Template = Callable[[_Gen, _Doc], None]

# ============================================================================================
# Genre 1: 失業給付、職訓生活津貼
# ============================================================================================

_REASONS = ("歇業", "業務緊縮", "定期契約屆滿", "資遣", "關廠", "虧損減班後終止契約")


def _u_official(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    nm = g.citizen(sex)
    d("主旨：有關", g.c("本轄民眾", "申請人", "民眾", ""), (P, nm), g.c("君", g.title(sex), ""))
    d("（身分證統一編號：", (NID, g.nid(sex)))
    if g.chance(0.4):
        d("，", (DOB, g.dob(1960, 2002)), "生")
    d("）申請", g.c("失業給付", "職業訓練生活津貼", "失業給付及眷屬加給"), "一案，復請查照。\n")
    d(
        "說明：\n一、復 貴分署",
        g.roc_day(),
        g.docno(g.c("北分署就", "高分署就", "中分署訓")),
        "函。\n",
    )
    d("二、旨揭人員於", g.roc_day(), "自", g.company(), "離職，離職證明書載明原因為")
    d(
        g.r.choice(_REASONS),
        "，已於",
        g.roc_day(),
        "至",
        g.r.choice(_JOB_CENTERS),
        "辦理求職登記。\n",
    )
    d("三、通訊地址：", (AD, g.addr()), "；聯絡電話：", (PH, g.phone()), "。")
    if g.chance(0.45):
        d(
            "\n四、本案承辦人：",
            (P, g.staff()),
            "，電話",
            g.c("分機", "#"),
            str(g.r.randint(100, 899)),
            "。",
        )


def _u_log(g: _Gen, d: _Doc) -> None:
    sep = g.c("｜", " / ", "；", "，")
    d(g.md(), " ", (P, g.citizen()), g.c(" 臨櫃", "（臨櫃）", " 來站", " 到站"), sep)
    d(g.c("初次認定", "第2次認定", "第3次失業再認定", "求職登記", "補件（離職證明）"), sep)
    d(
        g.c("ID ", "身分證 ", "身證"),
        (NID, g.nid()),
        sep,
        g.c("手機 ", "cell ", "電話"),
        (PH, g.mobile()),
    )
    d("\n推介 ", g.company(), g.c(" 作業員", " 倉管", " 門市", " 清潔"), " → ")
    d(g.c("未錄取", "廠商稱已額滿", "本人表示通勤太遠", "待廠商回覆", "面試未到"))
    if g.chance(0.5):
        d(
            "\n下次認定 ",
            g.md(),
            g.c("，請帶求職紀錄2份", "，提醒帶存摺封面", "", "（本人說會準時）"),
        )
    if g.chance(0.3):
        d("\n經辦 ", (P, g.staff()))


def _u_form(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    foreign = g.chance(0.3)
    if foreign:
        nm, nat = g.newres()
        sex = "2"
    else:
        nm, nat = g.citizen(sex), ""
    title = g.c(
        "【職業訓練生活津貼申請書】", "失業給付申請書（第一聯）", "職訓生活津貼 申請資料", ""
    )
    if title:
        d(title, "\n")
    rows: list[tuple[str, list[Seg]]] = [(g.c("姓名", "申請人", "學員姓名"), [(P, nm)])]
    body: list[tuple[str, list[Seg]]] = []
    if foreign:
        body.append((g.c("居留證號", "統一證號", "居留證統一證號"), [(ARC, g.arcno(sex))]))
        body.append(("國籍", [nat]))
    else:
        body.append((g.c("身分證字號", "身分證統一編號", "身分證號"), [(NID, g.nid(sex))]))
    body.append((g.c("出生年月日", "出生日期", "生日"), [(DOB, g.dob(1958, 2004))]))
    body.append((g.c("戶籍地址", "通訊地址", "居住地址"), [(AD, g.addr())]))
    body.append((g.c("聯絡電話", "行動電話", "手機"), [(PH, g.phone())]))
    if g.chance(0.45):
        body.append((g.c("E-mail", "電子郵件", "Email"), [(EM, g.email(nm))]))
    g.r.shuffle(body)
    rows += body
    if g.chance(0.6):
        rows.append(("參訓班別", [g.r.choice(_COURSES), g.c("（第2期）", "", "（夜間班）")]))
    else:
        rows.append(("原投保單位", [g.company(), "（統一編號 ", g.ban_no(), "）"]))
    rows.append(("申請身分", [g.c("非自願離職者", "中高齡者", "獨力負擔家計者", "身心障礙者",
                                  "原住民", "新住民")]))  # fmt: skip
    d.form(rows, g.c("：", ":", "　", "： "), g.c("\n", "\n", "；", " | "))


def _u_call(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    nm = g.citizen(sex)
    d("【來電紀錄】", g.roc_day(), " ", g.hm(), " 受話：", (P, g.staff()), "\n")
    d(g.c("來電者自稱", "民眾", "來電民眾"), (P, nm), g.c("，", "（本人），"))
    d(
        "表示：「我",
        g.c("上個月", "五月初", "兩個禮拜前"),
        "就送件了，怎麼",
        g.c("津貼", "失業給付"),
    )
    d("到現在還沒下來？」\n經查其參訓", g.r.choice(_COURSES), "，當月缺課", str(g.r.randint(5, 20)))
    d("小時，超過規定，該月津貼不予發給。已向")
    d((P, nm) if g.chance(0.5) else g.c("來電者", "民眾"), "說明，其稱要再問導師")
    d((P, g.han(p_known=0.3)), g.c("老師", "。", "，稍後再撥"), "\n")
    d(g.c("回撥電話：", "留的電話 ", "callback "), (PH, g.phone()))
    if g.chance(0.35):
        d("\n（來電者提供身分證號 ", (NID, g.nid(sex)), " 供查詢）")


def _u_roster(g: _Gen, d: _Doc) -> None:
    style = g.c(",", "\t", "  ")
    head = [["學號"], ["姓名"], [g.c("身分證/居留證號", "證號")], ["生日"], ["電話"], ["身分別"]]
    rows = [head]
    for i in range(g.r.randint(2, 5)):
        if g.chance(0.25):
            nm, _ = g.newres()
            idv: Seg = (ARC, g.arcno("2"))
            kind = "新住民"
        else:
            nm, idv = g.citizen(), (NID, g.nid())
            kind = g.c("非自願離職", "中高齡", "原住民", "身障")
        rows.append(
            [
                [f"113{g.r.randint(1, 9):02d}{i + 1:02d}"],
                [(P, nm)],
                [idv],
                [(DOB, g.dob(1960, 2004))],
                [(PH, g.mobile())],
                [kind],
            ]
        )
    d(g.c("職前訓練 學員名冊（", "參訓學員資料 ("), g.r.choice(_COURSES), g.c("）\n", ")\n"))
    d.table(rows, style)


def _u_line(g: _Gen, d: _Doc) -> None:
    staff, nm = g.staff(), g.citizen()
    d("[LINE] ", (P, staff), "\n")
    d(
        (P, staff),
        "：",
        (P, nm),
        g.c("同學您好，", "您好～"),
        "明天請帶存摺影本和身分證正反面來補件喔\n",
    )
    d((P, nm), "：", g.c("好 老師", "ok", "收到"), " 我身分證是", (NID, g.nid()))
    d(g.c(" 可以先幫我查6月的有沒有撥嗎", " 上個月的錢好像沒有進來", "，先給你"), "\n")
    d((P, staff), "：", g.c("可以，我查好回您", "好我問一下會計", "了解，稍等"))
    if g.chance(0.4):
        d("\n", (P, nm), "：", g.c("我換手機了 新的是", "新號碼"), (PH, g.mobile()))


def _u_email(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    if g.chance(0.25):
        nm, _ = g.newres()
    else:
        nm = g.citizen(sex)
    staff_sex = g.sex()
    staff = g.han(staff_sex, p_known=0.3)
    d("寄件者: ", (P, nm), " <", (EM, g.email(nm)), ">\n收件者: ", g.r.choice(_JOB_CENTERS))
    d(" 就業服務台\n主旨: RE: 失業給付", g.c("再認定改期", "第2次認定", "補件"), "\n\n")
    d((P, staff), " ", g.title(staff_sex), "您好：\n我是", (P, nm), "，因為", g.md(), "要去")
    d(g.company(), "面試，想把再認定改到隔天，可以嗎？")
    d(g.c("我的電話 ", "手機 ", "有問題請打"), (PH, g.mobile()), "，")
    d(g.c("生日 ", "出生日期 "), (DOB, g.dob(1965, 2003)), "。\n謝謝\n", (P, nm))


def _u_english(g: _Gen, d: _Doc) -> None:
    nm, nat = g.newres()
    spouse = g.han("1")
    d(g.c("新住民 ", "Client ", "NR "), (P, nm), "（", nat, "籍，ARC ", (ARC, g.arcno("2")), "）")
    d(g.c("來詢問 vocational training allowance，", " asked about 職訓生活津貼，"))
    d(g.c("她 ", "DOB "), (DOB, g.dob(1975, 2000, roc=0.3)), g.c(" 生，", "，"))
    d("married to 臺籍 spouse ", (P, spouse), "。建議先報名", g.r.choice(_COURSES), "。")
    d("\nfollow up: ", (PH, g.mobile()), g.c("（本人）", " (LINE same no.)", ""))


def _u_aligned(g: _Gen, d: _Doc) -> None:
    rows = [[["姓名"], ["身分證字號"], ["離職日"], ["原投保單位"]]]
    for _ in range(g.r.randint(2, 4)):
        rows.append([[(P, g.citizen())], [(NID, g.nid())], [g.roc_day()], [g.company()]])
    d(g.c("本週初次認定名單\n", "失業給付 待審清單：\n", ""))
    d.table(rows, "  ")
    if g.chance(0.4):
        d("\n以上請", (P, g.staff()), "於", g.md(), "前完成審核")


def _un_official(g: _Gen, d: _Doc) -> None:
    d(
        "主旨：檢送本分署",
        g.c("113年度", "114年第1季", "113年上半年"),
        "失業給付業務執行概況，請查照。\n",
    )
    d("說明：\n一、依", g.r.choice(_BRANCHES), g.roc_day(), g.docno("分署就"), "函辦理。\n")
    d("二、統計期間初次認定計", f"{g.r.randint(800, 6000):,}", "件，核付金額", g.budget(), "，")
    d("較去年同期", g.c("增加", "減少"), f"{g.r.randint(1, 19)}.{g.r.randint(0, 9)}%。\n")
    d("三、請各就業中心加強推介，並依就業保險法第", g.c("11", "13", "15", "16"), "條規定審核。")


def _un_layoff(g: _Gen, d: _Doc) -> None:
    d("投保單位：", g.company(), "（統一編號 ", g.ban_no(), "）\n")
    d("於", g.roc_day(), "通報大量解僱計畫書，預定解僱勞工", str(g.r.randint(12, 260)), "人，")
    d("依大量解僱勞工保護法第4條規定，應於解僱前60日通知主管機關。")
    d(g.c("本中心已排定", "將於"), g.md(), "至廠區辦理就業服務說明會（地點：員工餐廳）。")


def _un_course(g: _Gen, d: _Doc) -> None:
    d(g.c("【招生公告】", "113年度第2期 職前訓練 ", "課程訊息："), g.r.choice(_COURSES), "\n")
    d(
        "招訓名額：",
        str(g.r.randint(20, 35)),
        "名；訓練時數：",
        str(g.r.randint(280, 900)),
        "小時\n",
    )
    d("開訓日期：", g.roc_day(), "；報名截止：", g.roc_day(), "\n")
    d("符合資格之失業者參訓期間，得依就業保險法第19條之1申請職業訓練生活津貼，")
    d("每月按平均月投保薪資60%發給，最長6個月。")
    d(g.c("\n洽詢：勞動部就業服務專線 0800-777-888", "\n諮詢專線：0800-777-888（週一至週五）", ""))


def _un_stats(g: _Gen, d: _Doc) -> None:
    rows = [[["月份"], ["初次認定件數"], ["核付金額(元)"], ["平均給付天數"]]]
    for m in range(1, g.r.randint(4, 7)):
        rows.append(
            [
                [f"{m}月"],
                [f"{g.r.randint(300, 2400):,}"],
                [f"{g.r.randint(50_000, 900_000) * 100:,}"],
                [str(g.r.randint(60, 170))],
            ]
        )
    d(g.r.choice(_JOB_CENTERS), " 失業給付統計\n")
    d.table(rows, g.c("\t", ",", "  "))


def _un_memo(g: _Gen, d: _Doc) -> None:
    d("簽　於", g.r.choice(_BRANCHES), "\n主旨：", g.c("林業及自然保育署", "高雄市政府勞工局"))
    d("函轉", g.c("林班地", "黃金海岸"), "周邊臨時工作計畫需求，擬請各站協助宣導。\n")
    d(
        "說明：案號",
        g.r.choice(("113", "114")),
        "-",
        g.digits(5),
        "，計畫期間自",
        g.roc_day(),
        "起，",
    )
    d("薪資依每小時", str(g.r.choice((183, 190))), "元核給。陳情案件請依行政程序法第168條處理。")


# ============================================================================================
# Genre 2: 早期療育通報
# ============================================================================================

_DELAYS = (
    "2歲半仍只會說單字，叫名字常無反應",
    "18個月才會獨走，走路不穩易跌倒",
    "眼神接觸少，喜歡排列玩具，轉換活動時大哭",
    "精細動作落後，無法握筆塗鴉",
    "語言理解與表達均落後同齡約一年",
    "早產32週，動作發展追蹤落後",
    "上課坐不住，常跑出教室，與同儕衝突",
)


def _e_form(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    foreign = g.chance(0.3)
    carer, nat = g.newres() if foreign else (g.citizen("2"), "")
    d(g.c("兒童發展通報轉介單\n", "【早期療育通報表】\n", "發展遲緩兒童通報轉介表（第1頁）\n", ""))
    rows: list[tuple[str, list[Seg]]] = [
        (g.c("兒童姓名", "個案姓名", "幼兒姓名"), [(P, g.child())]),
        ("性別", ["男" if sex == "1" else "女"]),
        (g.c("出生日期", "出生年月日", "生日"), [(DOB, g.dob(2019, 2024, roc=0.65))]),
    ]
    if g.chance(0.7):
        rows.append((g.c("身分證字號", "身分證統一編號"), [(NID, g.nid(sex))]))
    if g.chance(0.45):
        rows.append(("健保卡號", [(NHI, g.nhi())]))
    cr: list[Seg] = [(P, carer), g.c("（母）", "（母親）", " 母")]
    if foreign:
        cr += ["，", nat, "籍，", g.c("居留證 ", "統一證號 "), (ARC, g.arcno("2"))]
    rows.append((g.c("主要照顧者", "家長", "聯絡人"), cr))
    if g.chance(0.5):
        rows.append((g.c("家長手機", "手機"), [(PH, g.mobile())]))
    else:
        rows.append((g.c("聯絡電話", "電話"), [(PH, g.phone())]))
    rows.append((g.c("居住地址", "現住地址", "地址"), [(AD, g.addr())]))
    rows.append(("通報單位", [g.hospital()]))
    rows.append(("通報人", [(P, g.staff()), g.c("（職能治療師）", "（兒科醫師）", "（社工師）")]))
    rows.append(("通報原因", [g.r.choice(_DELAYS)]))
    d.form(rows, g.c("：", ":", "："), g.c("\n", "\n", "　"))


def _e_log(g: _Gen, d: _Doc) -> None:
    parent, kid = g.citizen("2"), g.child()
    d(g.md(), g.c(" 電訪", "家訪", " 電聯"), (P, parent), g.c("（母）", "媽媽", "（案母）"), "，")
    d("個案", (P, kid), "（", (DOB, g.dob(2019, 2024)), "生）已排", g.md(), "至", g.hospital())
    d(g.c("做聯合評估。", "兒童發展聯合評估中心評估。"))
    d(g.c("家長擔心費用，已說明評估可申請補助。", "案母表示爸爸不太同意，需再溝通。", ""))
    if g.chance(0.6):
        d(g.c("健保卡號", "健保卡 "), (NHI, g.nhi()), "。")
    if g.chance(0.5):
        d(g.c("案母手機", "聯絡"), (PH, g.mobile()), "。")


def _e_narrative(g: _Gen, d: _Doc) -> None:
    kid = g.child()
    father = g.han("1")
    mom, nat = g.newres()
    d(
        "個案",
        (P, kid),
        "（",
        g.c("男", "女"),
        "，",
        str(g.r.randint(2, 5)),
        "歲），與父",
        (P, father),
    )
    d("、母", (P, mom), "同住於", (AD, g.addr()), "。母親為", nat, "籍配偶")
    if g.chance(0.7):
        d("（", g.c("居留證號", "統一證號", "ARC"), (ARC, g.arcno("2")), "）")
    d("，中文理解有限，需通譯協助。父", g.c("從事板模工", "在漁船工作", "開貨車"), "，早出晚歸，")
    if g.chance(0.5):
        d("祖母", (P, g.elder("2")), "協助照顧，")
    d("聯繫以父親手機", (PH, g.mobile()), "為主。")


def _e_roster(g: _Gen, d: _Doc) -> None:
    rows = [[["編號"], ["幼兒姓名"], ["性別"], ["出生日期"], ["通報來源"], ["家長電話"]]]
    for i in range(g.r.randint(2, 5)):
        rows.append(
            [
                [f"{i + 1:03d}"],
                [(P, g.child())],
                [g.c("男", "女")],
                [(DOB, g.dob(2019, 2024))],
                [g.c("幼兒園", "醫院", "衛生所", "家長自行", "社福中心")],
                [(PH, g.phone())],
            ]
        )
    d(g.c("本月新案\n", "113年第2季 通報新案一覽\n", ""))
    d.table(rows, g.c("  ", "\t", ","))


def _e_line(g: _Gen, d: _Doc) -> None:
    teacher, staff, kid, parent = g.han("2", 0.3), g.staff(), g.child(), g.citizen()
    kg = g.c("向日葵", "小太陽", "快樂天使", "南興國小附設")
    d("[LINE 群組：", kg, "幼兒園 x 通報轉介中心]\n")
    d((P, teacher), "老師：社工您好，中班的", (P, kid), g.c("最近上課常常跑出教室", "還是不太說話"))
    d("，家長", (P, parent), "同意轉介了，電話", (PH, g.mobile()), "\n")
    d("社工 ", (P, staff), "：收到，我先跟家長約家訪，孩子生日是？\n")
    d((P, teacher), "老師：", (DOB, g.dob(2019, 2023)), g.c("", " 喔", "，我看資料卡的"))


def _e_english(g: _Gen, d: _Doc) -> None:
    kid, doc = g.child(), g.han(p_known=0.3)
    d(g.c("Referral note — ", "Ref: ", "轉介摘要 "), "Pt: ", (P, kid), ", DOB ")
    d((DOB, g.dob(2019, 2024, roc=0.2)), ", ", g.c("M", "F"), ". Ref by Dr. ", (P, doc))
    d(" (", g.hospital(), " 兒童發展聯合評估中心)。Dx: ")
    d(g.c("global developmental delay", "speech delay", "suspected ASD", "motor delay"))
    d("，建議 OT/ST 每週各1次。")
    if g.chance(0.6):
        mom = g.citizen("2") if g.chance(0.6) else g.newres()[0]
        d("Mother ", (P, mom), ", tel ", (PH, g.phone()), "。")
    else:
        d("NHI card ", (NHI, g.nhi()), "。")


def _e_call(g: _Gen, d: _Doc) -> None:
    kid = g.child()
    elder = g.chance(0.4)
    caller = g.elder("2") if elder else g.citizen("2")
    d(
        g.c("家長來電：", "【電話】", "來電紀錄 "),
        "「我是",
        (P, kid),
        "的",
        "阿嬤" if elder else "媽媽",
    )
    d("，我叫", (P, caller), "。幼兒園老師說孩子講話比較慢，叫我打來問。」\n")
    d("已說明通報流程，預約", g.md(), "到宅評估。地址：", (AD, g.addr()))
    d("；電話：", (PH, g.phone()))
    if g.chance(0.4):
        d("；孩子身分證", (NID, g.nid()))


def _e_csv(g: _Gen, d: _Doc) -> None:
    rows = [[["通報日期"], ["兒童姓名"], ["出生日期"], ["身分證字號"], ["聯絡人"], ["電話"]]]
    for _ in range(g.r.randint(2, 4)):
        sex, rel = g.r.choice((("2", "(母)"), ("1", "(父)"), ("2", "(祖母)"), ("2", "（母）")))
        rows.append(
            [
                [g.roc_day()],
                [(P, g.child())],
                [(DOB, g.dob(2019, 2024))],
                [(NID, g.nid())],
                [(P, g.citizen(sex)), rel],
                [(PH, g.phone())],
            ]
        )
    d.table(rows, g.c(",", "\t"))


def _en_stats(g: _Gen, d: _Doc) -> None:
    place = g.c("本縣", "本市", "臺東縣", "南投縣", "屏東縣")
    d(place, g.c("113年第1季", "113年上半年", "112年度"), "發展遲緩兒童通報件數計")
    d(
        str(g.r.randint(120, 900)),
        "件，較上期",
        g.c("增加", "減少"),
        f"{g.r.randint(1, 12)}.{g.r.randint(0, 9)}%",
    )
    d("，其中0至3歲占", str(g.r.randint(40, 70)), "%。通報來源以醫療院所最多，幼兒園次之。")
    d(
        "另",
        g.c("高山地區", "金山里", "林邊鄉"),
        "巡迴療育服務計",
        str(g.r.randint(10, 90)),
        "場次。",
    )


def _en_law(g: _Gen, d: _Doc) -> None:
    d("依兒童及少年福利與權益保障法第31條規定，政府應建立六歲以下兒童發展之評估機制，")
    d("對發展遲緩兒童，應按其需要給予早期療育、醫療、就學及家庭支持方面之特殊照顧。")
    d(
        "醫事人員、社工人員、教保服務人員於執行業務時知悉發展遲緩兒童，應通報直轄市、縣（市）主管機關。"
    )
    if g.chance(0.5):
        d("（", g.docno("衛授家"), "函釋參照）")


def _en_resources(g: _Gen, d: _Doc) -> None:
    d(g.c("早療資源一覽：\n", "【轉介資源】\n"))
    for i, h in enumerate(g.r.sample(_HOSPITALS, 3)):
        d(f"{i + 1}. ", h, " 兒童發展聯合評估中心", g.c("（週二、四上午）", "（需預約）", ""), "\n")
    d("兒童發展諮詢專線 0800-", g.digits(3), "-", g.digits(3), "；")
    d("評估補助每案上限", g.money(), "，交通補助依發展遲緩兒童早期療育費用補助作業要點辦理。")


def _en_meeting(g: _Gen, d: _Doc) -> None:
    d("早期療育個案研討會 會議紀錄\n時間：", g.roc_day(), " ", g.hm(), "\n地點：本府第二會議室\n")
    d("主席：社會處副處長　紀錄：通報轉介中心\n")
    d(
        "出席單位：衛生局、教育處、",
        g.hospital(),
        "、",
        g.c("財團法人伊甸社會福利基金會", "早療協會"),
        "\n",
    )
    d(
        "決議：一、",
        g.c("黃金三年", "周歲前"),
        "篩檢宣導請衛生所配合辦理。二、偏鄉交通補助案（案號 ",
    )
    d(g.digits(7), "-", g.digits(2), "）照案通過。")


def _en_tender(g: _Gen, d: _Doc) -> None:
    d(
        g.c("113年度", "114年度"),
        "發展遲緩兒童到宅療育服務委託案（案號 ",
        g.digits(7),
        "-0",
        g.digits(1),
    )
    d("）決標公告：決標金額", g.budget(), "，得標廠商：")
    d(g.c("社團法人臺東縣早期療育協會", "財團法人天主教福利基金會", "財團法人伊甸社會福利基金會"))
    y = g.c("113", "114")
    d("（統一編號 ", g.ban_no(), "）。履約期間自決標次日起至", y, "年12月31日止。")


# ============================================================================================
# Genre 3: 復康巴士預約
# ============================================================================================

_DEST = (
    "臺北榮民總醫院 門診大樓", "洗腎中心", "馬偕醫院 復健科", "長庚醫院 血液透析室",
    "臺東基督教醫院", "衛生所", "日間照顧中心", "區公所", "慈濟醫院 急診大門", "部落文化健康站",
)  # fmt: skip
_AIDS = ("輪椅", "電動輪椅", "需升降尾門", "助行器", "輪椅不可折")


def _p_form(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    rider = g.elder(sex)
    d(g.c("【復康巴士預約單】\n", "預約單 #" + g.digits(6) + "\n", "復康巴士 預約資料\n"))
    rows: list[tuple[str, list[Seg]]] = [
        ("預約日期", [g.md(), " ", g.hm()]),
        (g.c("乘車人", "乘客", "使用者"), [(P, rider), "（", g.r.choice(_AIDS), "）"]),
    ]
    if g.chance(0.6):
        rows.append((g.c("身分證字號", "身分證"), [(NID, g.nid(sex))]))
    if g.chance(0.3):
        rows.append(("出生日期", [(DOB, g.dob(1930, 1975))]))
    rows.append((g.c("上車地址", "上車地點", "起點"), [(AD, g.addr())]))
    rows.append((g.c("目的地", "下車地點", "迄點"), [g.r.choice(_DEST)]))
    rows.append((g.c("聯絡電話", "電話", "聯絡人電話"), [(PH, g.phone())]))
    if g.chance(0.5):
        cg, nat = g.migrant()
        rows.append(("陪同者", [(P, cg), "（", nat, "籍看護）"]))
    elif g.chance(0.5):
        rows.append(("陪同者", [(P, g.citizen()), g.c("（女兒）", "（兒子）", "（媳婦）")]))
    d.form(rows, g.c("：", ":", "　"), "\n")


def _p_call(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    rider = g.elder(sex)
    caller = g.citizen("2")
    who = "爸爸" if sex == "1" else "媽媽"
    d("客服：復康巴士預約中心您好。\n民眾：小姐，我要幫我", who, (P, rider), "訂禮拜三去")
    d(
        g.r.choice(_DEST),
        "，早上",
        g.c("七點半", "八點", "九點十分"),
        "。\n客服：請問乘客身分證字號？\n",
    )
    d("民眾：", (NID, g.nid(sex)), "。\n客服：上車地址？\n民眾：", (AD, g.addr()))
    d(
        g.c("，輪椅坡道在側門。", "，我們住一樓。", "。"),
        "\n客服：回程幾點？\n民眾：十一點半。電話打我的",
    )
    d(
        (PH, g.mobile()),
        "，我是",
        "他" if sex == "1" else "她",
        g.c("女兒", "媳婦"),
        (P, caller),
        "。",
    )


def _p_dispatch(g: _Gen, d: _Doc) -> None:
    style = g.c("\t", ",", "  ")
    rows = [[["日期"], ["時間"], ["乘客"], ["上車地址"], ["目的地"], ["電話"]]]
    day = g.md()
    for _ in range(g.r.randint(2, 4)):
        rows.append(
            [
                [day],
                [g.hm()],
                [(P, g.elder())],
                [(AD, g.addr())],
                [g.r.choice(_DEST)],
                [(PH, g.phone())],
            ]
        )
    if g.chance(0.5):
        d("派車表 車號 KAB-", g.digits(4), "\n")
    else:
        d("排班明細（車號 RAA-", g.digits(4), "）\n")
    d.table(rows, style)


def _p_line(g: _Gen, d: _Doc) -> None:
    cg, _ = g.migrant()
    sex = g.sex()
    elder = g.elder(sex)
    who = "阿公" if sex == "1" else "阿嬤"
    d((P, cg), ": 小姐你好 我是", (P, elder), "的看護\n")
    d(
        (P, cg),
        ": ",
        who,
        " 星期五 要去 ",
        g.hospital(),
        " 復健 ",
        g.c("9點", "早上八點", "10:30"),
        "\n",
    )
    d("客服: 好的 請問", who, "身分證號碼和家屬電話？\n")
    d((P, cg), ": ", (NID, g.nid(sex)), "\n", (P, cg), ": ", (PH, g.mobile()))
    d(g.c(" 是", " 這個是"), who, "的", g.c("女兒", "兒子"), g.c("", " 謝謝", " 🙏"))


def _p_cancel(g: _Gen, d: _Doc) -> None:
    d(g.c("今日取消/未到\n", "No-show & 取消紀錄：\n", ""))
    for i in range(g.r.randint(2, 4)):
        d(f"{i + 1}. ", (P, g.elder()), g.c("　", " ", "，"), g.md(), " ", g.hm(), " ")
        d(g.c("取消（住院）", "未到，司機等10分鐘", "家屬來電取消", "改期"))
        if g.chance(0.4):
            d("，家屬", (P, g.citizen()), " ", (PH, g.mobile()))
        d("\n")
    d("累計未到3次者依規定停權1個月。")


def _p_register(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    nm = g.elder(sex) if g.chance(0.6) else g.citizen(sex)
    d(g.c("新申請 ", "新增會員：", "【新戶】"), (P, nm), "，", (DOB, g.dob(1935, 1995)), "生，")
    d(
        "身障證明 ",
        g.c("肢障 重度", "第7類 中度", "極重度", "多重障礙"),
        "，",
        (NID, g.nid(sex)),
        "，",
    )
    d(
        "住",
        (AD, g.addr()),
        "，",
        g.r.choice(_AIDS),
        "，聯絡人 ",
        (P, g.citizen()),
        " ",
        (PH, g.phone()),
    )
    if g.chance(0.3):
        d("，email ", (EM, g.email()))


def _p_email(g: _Gen, d: _Doc) -> None:
    planner = g.staff()
    pt_sex = g.sex()
    pt = g.elder(pt_sex)
    d(
        "From: ",
        g.hospital(),
        " 出院準備小組 ",
        (P, planner),
        "\nSubject: 出院病人 復康巴士預約\n\n",
    )
    d("您好，病人", (P, pt), "（", (DOB, g.dob(1932, 1970, roc=0.5)), "）預計", g.md(), "出院，")
    d(
        "需輪椅上下車，返家地址：",
        (AD, g.addr()),
        "。家屬",
        (P, g.citizen()),
        "電話 ",
        (PH, g.phone()),
    )
    d("。\n煩請協助安排，謝謝。\n", (P, planner), g.c("\n社工師", "\n個管師", ""))


def _pn_stats(g: _Gen, d: _Doc) -> None:
    d(g.c("本市", "本縣"), "復康巴士計", str(g.r.randint(40, 420)), "輛，", g.c("112", "113"))
    d("年", str(g.r.randint(1, 12)), "月服務", f"{g.r.randint(8000, 90000):,}", "趟次，預約成功率")
    d(f"{g.r.randint(80, 98)}.{g.r.randint(0, 9)}%。尖峰時段（7:00-9:00）以洗腎、復健就醫為主。")


def _pn_fare(g: _Gen, d: _Doc) -> None:
    d("依身心障礙者權益保障法第53條及", g.c("臺東縣", "新北市", "南投縣"), "復康巴士服務管理辦法，")
    d("車資以計程車費率三分之一計收，每趟最低", str(g.r.choice((25, 30, 40))), "元。")
    d("預約專線 ", g.c("0800-", "1999 轉 "), g.digits(3), "-" if g.chance(0.5) else "", g.digits(3))
    d("，受理時間為搭乘日前14日至前1日17:00。")


def _pn_vehicle(g: _Gen, d: _Doc) -> None:
    d("車號 ", g.c("KAB", "RAA", "KAA"), "-", g.digits(4), " 升降尾門故障，已送修至")
    d(g.c("大同汽車股份有限公司", "高昇汽車客運股份有限公司"), "（統一編號 ", g.ban_no(), "），")
    d("維修費用", g.money(), "。", g.roc_day(), "至", g.roc_day(), "調派備用車支援，")
    d(g.c("石門線", "白河線", "高鐵站接駁"), "班次不受影響。")


def _pn_route(g: _Gen, d: _Doc) -> None:
    d(g.c("共乘路線試辦：", "【偏鄉共乘】"), g.c("仁愛鄉公所", "達仁鄉衛生所", "霧台鄉公所"), " → ")
    d(
        g.hospital(),
        "，每週二、五各一班，",
        g.hm(),
        "發車，途經",
        g.c("中正路口", "部落活動中心"),
        "、",
    )
    d(
        g.c("江南國小", "洪水坑", "石牌站"),
        "。案號 ",
        g.digits(3),
        "-",
        g.digits(4),
        "，經費",
        g.budget(),
        "。",
    )


# ============================================================================================
# Genre 4: 當鋪典當登記
# ============================================================================================


def _w_form(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    nm = g.citizen(sex)
    d(g.c("", "【典當登記】", "當舖業典當登記簿\n"), g.r.choice(_PAWNSHOPS), "\n")
    rows: list[tuple[str, list[Seg]]] = [
        ("典當日期", [g.roc_day()]),
        ("當票號碼", ["第", g.digits(6), "號"]),
        (g.c("典當人", "姓名", "出當人"), [(P, nm)]),
        (g.c("出生", "出生年月日"), [(DOB, g.dob(1950, 2005))]),
        (g.c("身分證", "身分證統一編號", "證號"), [(NID, g.nid(sex))]),
        (g.c("住址", "戶籍地"), [(AD, g.addr())]),
    ]
    if g.chance(0.7):
        rows.append(("電話", [(PH, g.phone())]))
    rows.append(("物品", [g.r.choice(_PAWN_ITEMS)]))
    rows.append(("當金", [g.money()]))
    d.form(rows, g.c("：", ":", "　"), g.c("\n", "　", "；"))


def _w_csv(g: _Gen, d: _Doc) -> None:
    rows = [[["當舖名稱"], ["典當人"], ["證號"], ["出生"], ["物品"], ["金額"]]]
    for _ in range(g.r.randint(2, 5)):
        if g.chance(0.2):
            nm, _ = g.migrant()
            idv: Seg = (ARC, g.arcno())
        else:
            nm, idv = g.citizen(), (NID, g.nid())
        item = g.r.choice(_PAWN_ITEMS).replace(",", " ")
        rows.append(
            [
                [g.r.choice(_PAWNSHOPS)],
                [(P, nm)],
                [idv],
                [(DOB, g.dob(1950, 2005))],
                [item],
                [str(g.r.randint(3, 120) * 1000)],
            ]
        )
    x = g.r.random()
    if x < 0.35:
        d("當舖陳報資料（", g.roc_day(), "）\n")
    elif x < 0.7:
        d("典當物品陳報 ", g.roc_day(), "\n")
    d.table(rows, g.c(",", "\t"))


def _w_police(g: _Gen, d: _Doc) -> None:
    sex = g.sex()
    d("轄內", g.r.choice(_PAWNSHOPS), "陳報：", (P, g.citizen(sex)), "（", (DOB, g.dob(1960, 2005)))
    d(
        "生，",
        (NID, g.nid(sex)),
        "）於",
        g.md(),
        "持",
        g.c("金項鍊2條", "筆電1台", "名錶1只", "機車1輛"),
    )
    d("典當，與本分局", g.docno(g.c("東警偵", "仁警刑")), "竊案失物特徵相似，請偵查隊查處。")
    if g.chance(0.4):
        d("承辦：", (P, g.staff()), g.c("巡佐", "警員", "偵查佐"))


def _w_foreign(g: _Gen, d: _Doc) -> None:
    nm, nat = g.migrant()
    d(g.c("典當人 ", "出當人："), (P, nm), "（", nat, "籍，居留證號 ", (ARC, g.arcno()))
    if g.chance(0.6):
        d("，護照 ", (PP, g.passport(nat)))
    d("）持", g.r.choice(_PAWN_ITEMS), "典當，當金", g.money(), "。")
    if g.chance(0.5):
        d("雇主", g.c("", "：", "為"), g.company(), "，手機 ", (PH, g.mobile()), "。")
    else:
        d("住", (AD, g.addr()), "。")


def _w_line(g: _Gen, d: _Doc) -> None:
    officer = g.staff()
    owner = g.citizen()
    d("[LINE] ", (P, owner), "（", g.r.choice(_PAWNSHOPS), "）\n")
    d((P, owner), "：所長 今天有個", (P, g.citizen()), "來當", g.c("筆電", "iPhone", "金戒指"))
    d(" ID ", (NID, g.nid()), " 看起來怪怪的 東西好像不是他的\n")
    d((P, officer), "：", g.c("收到 我請人過去看", "先收著不要流當", "有拍照嗎？"), "\n")
    d((P, owner), "：", g.c("有 傳給你", "有 監視器也有", "他說晚點再來"))


def _w_aligned(g: _Gen, d: _Doc) -> None:
    rows = [[["日期"], ["姓名"], ["身分證號"], ["電話"], ["質物"]]]
    for _ in range(g.r.randint(2, 4)):
        rows.append(
            [
                [g.md()],
                [(P, g.citizen())],
                [(NID, g.nid())],
                [(PH, g.phone())],
                [g.c("金飾", "手機", "機車", "名錶", "相機")],
            ]
        )
    d(g.r.choice(_PAWNSHOPS), g.c(" 本週收當\n", " 收當明細\n"))
    d.table(rows, "  ")


def _w_card(g: _Gen, d: _Doc) -> None:
    nm = g.citizen()
    d(g.c("續當 ", "【續當繳息】"), (P, nm), "，當票第", g.digits(6), "號，利息", g.money(), "，")
    d(g.c("以信用卡支付，卡號 ", "刷卡 "), (CC, g.card()))
    d(g.c("，授權碼 ", "（授權碼 "), g.digits(6), g.c("。", "）。"))
    d(g.c("本人電話 ", "聯絡 "), (PH, g.phone()))


def _wn_law(g: _Gen, d: _Doc) -> None:
    d("依當舖業法第", g.c("15", "18", "21"), "條規定，當舖業收當物品時，應查驗持當人國民身分證")
    d("或其他身分證明文件，並將典當物品、典當人身分資料登錄於簿冊，")
    d("於收當後", g.c("3", "5"), "日內陳報轄區警察機關。違者處", g.money(), "以上罰鍰。")


def _wn_inventory(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_PAWNSHOPS), g.c(" 流當品拍賣清冊\n", " 流當品出清\n"))
    for i, item in enumerate(g.r.sample(_PAWN_ITEMS, 4)):
        d(f"{i + 1}. ", item, "　估價 ", g.money())
        if g.chance(0.4):
            d("　序號 ", g.c("SN", "W", "K"), "-", g.digits(g.r.randint(5, 8)))
        d("\n")
    d("拍賣日期：", g.roc_day(), "　地點：本店二樓")


def _wn_inspect(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_POLICE), g.c(" 113年", " "), str(g.r.randint(1, 12)), "月當舖查察紀錄：")
    d("轄內當舖", str(g.r.randint(3, 20)), "家，查察", str(g.r.randint(3, 20)), "家次，")
    d(g.c("均無違規。", "1家簿冊登載不全，已依當舖業法第29條舉發。"))
    d("查贓比對", str(g.r.randint(0, 40)), "件，尋獲贓物", str(g.r.randint(0, 4)), "件。")


def _wn_register(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_PAWNSHOPS), "（統一編號 ", g.ban_no(), "）申請營業許可證換發，")
    d("許可證字號 ", g.docno("府建商"), "，營業地址變更為", g.c("中山路二段", "民族路", "金華街"))
    d("店面。資本額", g.budget(), "，依當舖業法第5條規定送", g.c("警察局", "本府"), "審查。")


# ============================================================================================
# Genre 5: 民宿旅客登記
# ============================================================================================


def _tourist_nat(name: str) -> str:
    return next(nat for nm, nat in _TOURIST_NAT.items() if nm.upper() == name.upper())


def _guest(g: _Gen) -> tuple[str, str, str, Seg]:
    """(name, nationality, id kind label, id segment) of a homestay guest."""
    x = g.r.random()
    if x < 0.5:
        return g.citizen(), "中華民國", "身分證", (NID, g.nid())
    if x < 0.72:
        nm = g.name("tourist")
        nat = _tourist_nat(nm)
        return nm, nat, "護照", (PP, g.passport(nat))
    nm, nat = g.migrant()
    if g.chance(0.5):
        return nm, nat, "居留證", (ARC, g.arcno())
    return nm, nat, "護照", (PP, g.passport(nat))


def _h_table(g: _Gen, d: _Doc) -> None:
    style = g.c("\t", ",", "  ")
    rows = [[["入住日"], ["房號"], ["姓名"], ["國籍"], ["證件號碼"], ["電話"]]]
    day = g.md()
    for _ in range(g.r.randint(2, 4)):
        nm, nat, _, idv = _guest(g)
        tel: list[Seg] = [(PH, g.phone())] if g.chance(0.75) else ["-"]
        rows.append(
            [[day], [g.c("201", "202", "301", "雙人A", "四人B")], [(P, nm)], [nat], [idv], tel]
        )
    d(g.r.choice(_HOMESTAYS), " 旅客登記簿\n")
    d.table(rows, style)


def _h_email(g: _Gen, d: _Doc) -> None:
    nm = g.name("tourist")
    nat = _tourist_nat(nm)
    m, day = g.r.randint(1, 12), g.r.randint(1, 26)
    d(
        "From: ",
        (P, nm),
        " <",
        (EM, g.email(nm)),
        ">\nSubject: Booking ",
        f"{m}/{day}-{m}/{day + 2}",
    )
    d(g.c("", " (2 nights)", " 訂房"), "\n\n")
    d("Hi, this is ", (P, nm), ". We are 2 adults, arriving around 4pm by train.")
    d(" My passport no. is ", (PP, g.passport(nat)), g.c(" and", ","), " DOB ")
    d(
        (DOB, g.dob(1965, 2004, roc=0.0)),
        ". Could you pick us up at the station? My number in Taiwan: ",
    )
    d((PH, g.mobile()), "\nThanks,\n", (P, nm))


def _h_line(g: _Gen, d: _Doc) -> None:
    nm = g.citizen()
    host = g.c("老闆娘", "小幫手", "民宿主人")
    d((P, nm), "：", host, "我們", g.md(), "兩大一小 雙人房加床 訂金匯了 末五碼", g.digits(5), "\n")
    d(host, "：收到！麻煩給我訂房人全名、身分證字號跟電話，警察要查旅客登記🙏\n")
    d(
        (P, nm),
        "：",
        (P, nm) if g.chance(0.5) else "就我",
        " ",
        (NID, g.nid()),
        " ",
        (PH, g.mobile()),
    )
    if g.chance(0.4):
        d("\n", (P, nm), "：另外一位是我", g.c("先生", "太太", "朋友"), (P, g.citizen()))


def _h_form(g: _Gen, d: _Doc) -> None:
    nm, nat, idk, idv = _guest(g)
    rows: list[tuple[str, list[Seg]]] = [
        (g.c("住客姓名", "Guest", "姓名 Name"), [(P, nm)]),
        (g.c("國籍", "Nationality"), [nat]),
        (idk if g.chance(0.6) else "ID/Passport", [idv]),
        (g.c("電話", "Tel"), [(PH, g.phone())]),
        ("入住/退房", [g.md(), " - ", g.md()]),
    ]
    if g.chance(0.7):
        rows.append((g.c("信用卡擔保", "Card", "訂房擔保卡號"), [(CC, g.card())]))
        rows.append(("有效期限", [f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}"]))
    if g.chance(0.4):
        rows.append((g.c("生日", "DOB"), [(DOB, g.dob(1955, 2004))]))
    d(g.c("", "訂房單 ", "Booking form "), g.r.choice(_HOMESTAYS), "\n")
    d.form(rows, g.c("：", ": "), "\n")


def _h_notes(g: _Gen, d: _Doc) -> None:
    nm, nat, _, idv = _guest(g)
    d(g.c("201房 ", "雙人A ", "302 "), (P, nm), g.c("+1", "+2", "一家四口"), " check-in ", g.hm())
    d(" 證件", g.c("", " "), idv, g.c("", "（" + nat + "）"))
    d(g.c("，", " / "), g.c("要早餐素食", "車停後院", "明早7點退房", "押金已收"))
    if g.chance(0.3):
        d("，", g.c("手機", "tel "), (PH, g.mobile()))


def _h_police(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_POLICE), " ", g.md(), " 查察 ", g.r.choice(_HOMESTAYS), " 旅客登記：\n")
    for i in range(g.r.randint(2, 4)):
        nm, nat, _, idv = _guest(g)
        d(f"{i + 1}. ", (P, nm), "　", nat, "　", idv)
        if g.chance(0.35):
            d("　", (DOB, g.dob(1950, 2006)))
        d("\n")
    d(g.c("登記完整。", "第2筆未登記電話，已口頭勸導。"))


def _hn_license(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_HOMESTAYS), "\n民宿登記證：", g.c("花蓮縣民宿", "臺東縣民宿", "南投縣民宿"))
    d(g.digits(4), "號　房間數：", str(g.r.randint(3, 8)), "間\n")
    d(
        "定價：雙人房 NT$",
        f"{g.r.randint(22, 45) * 100:,}",
        "／四人房 NT$",
        f"{g.r.randint(40, 70) * 100:,}",
    )
    d("\nCheck-in 15:00 / Check-out 11:00，早餐 07:30-09:30")


def _hn_rules(g: _Gen, d: _Doc) -> None:
    d("依民宿管理辦法第", g.c("23", "24", "25"), "條規定，民宿經營者應將旅客資料登記於旅客登記簿，")
    d("並保存一年。發展觀光條例第55條第5項：未領取登記證而經營民宿者，處")
    d(g.money(), "以上罰鍰。", g.c("本府", "觀光處"), g.roc_day(), "已函請各民宿配合辦理。")


def _hn_transport(g: _Gen, d: _Doc) -> None:
    d(
        "交通資訊：自",
        g.c("臺東", "花蓮", "埔里"),
        "火車站搭乘",
        g.c("鼎東客運", "花蓮客運", "南投客運"),
    )
    d(" ", str(g.r.randint(1000, 8200)), " 號班車，於", g.c("石梯坪", "霧鹿", "清境"), "站下車，")
    d(
        "步行約",
        str(g.r.randint(3, 15)),
        "分鐘。自行開車請導航至",
        g.c("台11線", "台20線", "台14甲線"),
    )
    d(str(g.r.randint(10, 120)), "公里處，", g.c("高山", "林道"), "路段夜間請小心。")


def _hn_invoice(g: _Gen, d: _Doc) -> None:
    d("電子發票 ", g.c("AB", "QX", "ZR"), "-", g.digits(8), "\n賣方：", g.r.choice(_HOMESTAYS))
    d(
        "（統一編號 ",
        g.ban_no(),
        "）\n品名：住宿費 ",
        str(g.r.randint(1, 3)),
        "晚\n金額：",
        g.money(),
    )
    d("\n開立日期：", g.roc_day())


# ============================================================================================
# Genre 6: 原住民自製獵槍許可
# ============================================================================================


def _indig_person(g: _Gen, d: _Doc, both: float = 0.35) -> None:
    """An Indigenous person's name in Han, romanised or both forms."""
    han, lat = g.pair("indig")
    x = g.r.random()
    if x < both:
        d((P, han), "（", (P, lat), "）")
    elif x < both + 0.15:
        d((P, lat))
    else:
        d((P, han))


def _r_form(g: _Gen, d: _Doc) -> None:
    sex = g.c("1", "1", "1", "2")
    place = g.indig_place()
    d(g.c("自製獵槍申請書\n", "【原住民自製獵槍持有許可申請】\n", ""))
    d(g.c("申請人：", "姓名："))
    if g.chance(0.8):
        _indig_person(g, d)
    else:
        d((P, g.han(sex)))
    d(
        "\n族別：",
        g.r.choice(_TRIBES),
        "\n",
        g.c("身分證統一編號：", "身分證字號："),
        (NID, g.nid(sex)),
    )
    d(
        "\n",
        g.c("出生年月日：", "生日："),
        (DOB, g.dob(1950, 2004)),
        "\n戶籍地址：",
        (AD, g.addr(place)),
    )
    d("\n聯絡電話：", (PH, g.phone()), "\n獵槍種類：自製獵槍（", g.c("長槍", "魚槍"), "）1支\n")
    d("用途：", g.c("狩獵、祭典", "傳統文化祭儀", "生活工具"))


def _r_official(g: _Gen, d: _Doc) -> None:
    place = g.indig_place()
    d("主旨：有關本鄉", g.r.choice(_VILLAGES), "村族人")
    _indig_person(g, d, both=0.25)
    d(g.c("君", "先生", ""), "申請自製獵槍持有許可一案，請 貴分局核辦。\n說明：\n")
    d("一、經本所初審，申請人符合槍砲彈藥刀械管制條例第20條第1項規定。\n二、申請人")
    d(g.c("身分證統一編號", "國民身分證統一編號"), (NID, g.nid("1")), "，設籍", (AD, g.addr(place)))
    if g.chance(0.4):
        d("，電話", (PH, g.phone()))
    d("。\n三、檢附申請書、戶口名簿影本各1份。\n")
    if g.chance(0.5):
        d("承辦人：", (P, g.staff()), g.c("（民政課）", "（原住民行政課）", ""))
    else:
        d("副本：", g.r.choice(_POLICE))


def _r_roster(g: _Gen, d: _Doc) -> None:
    d(g.r.choice(_POLICE), g.c(" 自製獵槍許可名冊\n", " 獵槍查訪名單\n"))
    place = g.indig_place()
    for i in range(g.r.randint(2, 5)):
        d(f"{i + 1}. ")
        if g.chance(0.75):
            han, lat = g.pair("indig")
            d((P, han if g.chance(0.75) else lat))
        else:
            d((P, g.han("1")))
        d(g.c(" ", "　"), (DOB, g.dob(1948, 2004)), g.c(" ", "　"), (NID, g.nid("1")))
        if g.chance(0.5):
            d(g.c(" ", "　"), (AD, g.addr(place)))
        d("\n")
    d("（許可證字號 ", g.docno("仁警保"), "）")


def _r_visit(g: _Gen, d: _Doc) -> None:
    d(g.md(), g.c(" 派出所查訪 ", " 訪查 ", "，"))
    _indig_person(g, d, both=0.2)
    d("，", g.c("獵槍保管於住處鐵櫃，", "槍枝隨身上山未在家，", "槍枝完好，"), "槍枝編號 ")
    d(g.c("NT", "TT", "HL"), "-113-", g.digits(4), "，", g.c("無異常。", "已提醒勿借他人使用。"))
    if g.chance(0.5):
        d("本人手機 ", (PH, g.mobile()))


def _r_interview(g: _Gen, d: _Doc) -> None:
    han, lat = g.pair("indig")
    ch = g.han("1")
    d("問：你的姓名、出生年月日、身分證字號？\n答：我叫", (P, han if g.chance(0.7) else lat))
    d(
        g.c("，漢名", "，身分證上是"),
        (P, ch),
        "，",
        (DOB, g.dob(1955, 2003)),
        "生，",
        (NID, g.nid("1")),
    )
    d("。\n問：槍枝何時製作？\n答：", g.c("去年打耳祭前", "前年", "小米收穫祭之前"), "自己做的。\n")
    d("問：住哪裡？\n答：", (AD, g.addr(g.indig_place())), "。")


def _r_english(g: _Gen, d: _Doc) -> None:
    han, lat = g.pair("indig")
    d("Hunter ", (P, lat), " (", (P, han), ")", g.c(", permit renewed ", " — 許可展延 "))
    d(g.roc_day(), "。ID ", (NID, g.nid("1")), "; tel ", (PH, g.phone()))
    d(g.c("; gun stored at home.", "；槍枝已檢查 OK。", ""))


def _rn_law(g: _Gen, d: _Doc) -> None:
    d("槍砲彈藥刀械管制條例第20條第1項：原住民未經許可，製造、運輸或持有自製獵槍、")
    d("其主要組成零件或彈藥，供作生活工具之用者，處新臺幣2千元以上2萬元以下罰鍰。")
    d("另依原住民族基本法第19條，原住民得在原住民族地區依法從事獵捕野生動物之非營利行為。")


def _rn_stats(g: _Gen, d: _Doc) -> None:
    d(g.c("內政部警政署", "原住民族委員會"), "統計：", g.c("113年", "112年"), "核准自製獵槍許可")
    d(f"{g.r.randint(400, 3000):,}", "件，其中", g.c("臺東縣", "花蓮縣", "南投縣"), "占")
    d(str(g.r.randint(15, 40)), "%。", g.roc_day(), "起受理線上申請，案號格式為 ")
    d(g.r.choice(("113", "114")), "-", g.digits(6), "。")


def _rn_spec(g: _Gen, d: _Doc) -> None:
    d("自製獵槍規格（槍砲彈藥刀械許可及管理辦法第2條）：\n")
    d(
        "一、槍管長度",
        str(g.r.randint(30, 60)),
        "公分以上；二、口徑",
        g.c("0.27", "0.22"),
        "英吋以下；",
    )
    d("三、須逐次由槍口裝填火藥或使用打擊式底火。\n")
    d(g.c("金屬", "石材"), "零件由", g.company(), "（統一編號 ", g.ban_no(), "）代工者不適用。")


def _rn_festival(g: _Gen, d: _Doc) -> None:
    place = g.indig_place()
    d(place[0], place[1], g.r.choice(_VILLAGES), "部落", g.c("打耳祭", "小米收穫祭", "Malahtangia"))
    d("訂於", g.roc_day(), "舉行，依野生動物保育法第21條之1，部落得於祭典期間獵捕山羌、山豬，")
    d("申請核定數量：山羌", str(g.r.randint(5, 30)), "隻、山豬", str(g.r.randint(2, 15)), "頭。")
    d(g.c("高山", "林班"), "區域請遵守獵區劃定。")


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

_GENRES: tuple[tuple[tuple[Template, ...], tuple[Template, ...]], ...] = (
    (
        (_u_official, _u_log, _u_form, _u_call, _u_roster, _u_line, _u_email, _u_english,
         _u_aligned),
        (_un_official, _un_layoff, _un_course, _un_stats, _un_memo),
    ),
    (
        (_e_form, _e_log, _e_narrative, _e_roster, _e_line, _e_english, _e_call, _e_csv),
        (_en_stats, _en_law, _en_resources, _en_meeting, _en_tender),
    ),
    (
        (_p_form, _p_call, _p_dispatch, _p_line, _p_cancel, _p_register, _p_email),
        (_pn_stats, _pn_fare, _pn_vehicle, _pn_route),
    ),
    (
        (_w_form, _w_csv, _w_police, _w_foreign, _w_line, _w_aligned, _w_card),
        (_wn_law, _wn_inventory, _wn_inspect, _wn_register),
    ),
    (
        (_h_table, _h_email, _h_line, _h_form, _h_notes, _h_police),
        (_hn_license, _hn_rules, _hn_transport, _hn_invoice),
    ),
    (
        (_r_form, _r_official, _r_roster, _r_visit, _r_interview, _r_english),
        (_rn_law, _rn_stats, _rn_spec, _rn_festival),
    ),
)  # fmt: skip

_ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CARD_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MOBILE_RE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def _leaks(s: Sample) -> bool:
    """Whether a checksum-valid identifier, card, e-mail (or, in a negative, a mobile number)
    lies outside the gold spans: such a sample would have wrong gold labels."""
    norm = "".join(
        n if len(n := unicodedata.normalize("NFKC", ch).upper()) == 1 else ch for ch in s.text
    )

    def outside(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y, _ in s.spans)

    for m in _ID_RE.finditer(norm):
        v = m.group(1)
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(m.start(), m.start() + 10):
            return True
    for m in _CARD_RE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return True
    if any(outside(m.start(), m.end()) for m in _EMAIL_RE.finditer(norm)):
        return True
    if s.hard_negative:
        return any(phone.is_mobile(m.group()) for m in _MOBILE_RE.finditer(norm))
    return False


def generate_heldout61(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` samples (about a quarter hard negatives) and the known-names list, per ``seed``."""
    r = random.Random(seed * 1_000_003 + 61)
    g = _Gen(r, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = r.random() < 0.25
        positives, negatives = r.choice(_GENRES)
        for _attempt in range(100):
            d = _Doc(g)
            r.choice(negatives if negative else positives)(g, d)
            sample = d.sample(negative)
            if not _leaks(sample) and (negative or sample.spans):
                break
        else:
            raise RuntimeError("could not draw a clean sample")
        samples.append(sample)
    return samples, list(g.known_list)
