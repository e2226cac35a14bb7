"""Held-out test set 41 for the free-text personal-data scanner (synthetic, labelled).

Written without looking at the scanner: Traditional-Chinese agency texts in six genres
(long-term-care home visits, labour-dispute mediation, public-library cards and fines,
fire-safety inspections and drills, military-service deferments, fishing licences and
coast-guard boarding logs). About a quarter of the samples are hard negatives that hold only
public or non-personal look-alikes (document and case numbers, company BANs, statute
articles, amounts, ordinary dates, places, organisations, words that begin with a surname).

``generate_heldout41(n, seed)`` returns ``(samples, known_names)``; the known names mimic a
dataset's applicant-name column. Everything random comes from ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout41"]


def _w(words: str) -> list[str]:
    """The whitespace-separated words of ``words``."""
    return words.split()


# --------------------------------------------------------------------------------------
# Name material (assembled for this set; common and rare surnames, compound surnames).
# --------------------------------------------------------------------------------------

_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹施胡沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪"
        "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌"
        "崔尹孔辛武辜陶易段龍韋池麥殷聶樊賀鮑喬左祝岳舒利管莫車花戚商齊葛閻郝苗邢裴湛衛練"
        "褚盛焦寇符艾申覃冉房卜談蒲滕佘仉冼甯龐鄔項植包"
    )
)
_COMPOUND = ["歐陽", "張簡", "司徒", "諸葛", "上官", "范姜", "東方", "皇甫", "公孫", "夏侯"]
_COMPOUND += ["西門", "慕容", "長孫", "令狐", "端木", "尉遲", "張廖", "周黃"]

_GIVEN_M = _w(
    "志明 建宏 俊傑 家豪 承翰 冠宇 宗翰 柏翰 彥廷 哲瑋 信宏 育誠 文彬 國華 明德 建志 俊宏 "
    "世昌 振華 偉倫 士豪 子軒 宇翔 品睿 定宇 承恩 宥廷 睿恩 柏宇 浩宇 家銘 嘉偉 志偉 俊賢 "
    "文傑 明輝 正雄 金龍 清水 永福 添丁 火旺 榮輝 秋雄 進財 金水 萬得 福來 天賜 振興 立德 "
    "國棟 英傑 崇文 耀宗 啟明 紹銘 鴻文 政達 晉豪 奕辰 宸睿 恩碩 允浩 哲宇 煒翔 昱廷 翊安 "
    "祐嘉 紹恩 凱文 峻豪 冠廷 育霖 威廷 建霖 伯勳 秉宏 泰安 盛輝 炳坤 坤山 錦堂 德明 耀明 "
    "文雄 景文 茂林 宏達 勝雄 中興 仁傑 嘉慶 鎮宇 少華 博文 致遠 瑞祥 敬堯 惟中 韶安 廣志 "
    "聖傑 書豪 翰林 懷恩 阿成 水木 春生 旺財 清標 明哲 宏銘 俊毅 東霖 冠霆"
)
_GIVEN_F = _w(
    "淑芬 美玲 雅婷 怡君 佩君 欣怡 宜蓁 詩涵 雅筑 思妤 品妍 子涵 筱涵 心怡 佳穎 佳蓉 婉婷 "
    "惠美 秀英 秀蘭 麗華 美惠 淑貞 玉蘭 月娥 春美 素珍 碧霞 雪梅 美玉 金枝 罔市 秀琴 麗珠 "
    "寶玉 靜宜 怡萱 郁婷 宜庭 芷晴 語彤 苡晴 沛蓉 姿穎 筱雯 紫涵 芳瑜 慧玲 珮瑜 韻如 曉雯 "
    "雅雯 玉婷 如意 秋香 瑞蓮 鳳嬌 錦雲 美雲 昭君 妙音 綺雯 亭妤 巧玲 家瑜 佳玲 瑩瑩 文君 "
    "淑惠 淑娟 麗卿 秀鳳 彩雲 碧蓮 宜臻 若瑄 芮綺 詠晴 采潔 凱婷 思穎 孟涵 禹彤 映彤 郁涵 "
    "昕妤 羽彤 晏寧 詩婷 舒婷 惠珍 素梅 美華 明珠 麗雪 碧珠 雅惠 玉霞 慧君 秀蓮 阿滿 罔腰 "
    "玉燕 春嬌 金蓮 月桂 美鳳 素娥 寶珠 秀枝 麗美 貞慧 育菁 怡伶 嘉琪 筱琪 子晴 沐希"
)
_GIVEN1_M = list("明傑豪偉強勇翔誠斌龍彬鑫凱鈞")
_GIVEN1_F = list("芳玲婷娟萍琪瑜慧蓉雯薇晴妮蕙")

_INDIG_HAN_GIVEN = _w(
    "瓦歷斯 巴奈 尤幹 比令 撒韻 伊凡 馬躍 拉娃 依娃 哈勇 烏杜夫 達利 阿洛 帕蘇拉 撒布 "
    "吉娃斯 瑪芭 莎韻 伊苞 巴勒 瓦旦 谷拉斯 沙力 阿浪 嘎照"
)
_INDIG_HAN_FAMILY = _w(
    "諾幹 庫穗 達道 亞威 瓦旦 尤命 比黛 巴萬 畢馬 卡造 拉罕 雅布 尤道 那莫 沙布 馬耀 "
    "拉拉庫斯 哈露蜜 卡力 瓦濤"
)
_INDIG_LAT_GIVEN = _w(
    "Walis Panay Yukan Piling Sayun Iwan Mayaw Lawa Iwa Hayung Watan Ipay Kolas Sakinu "
    "Afas Laway Dakis Umav Kui Ciwang Tanivu Sawmah Apay"
)
_INDIG_LAT_FAMILY = _w(
    "Nokan Kusui Tado Yawi Watan Yumin Pitay Pawan Kacaw Lahan Yabu Yudaw Namoh Sabu "
    "Yotaka Tanapima Lalan Amo Tali Pusang"
)

_NATS = ["VN", "ID", "PH", "TH"]
_NAT_ZH = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}
_LANG = {"VN": "越南語", "ID": "印尼語", "PH": "菲律賓語", "TH": "泰語"}

_VN_SUR = _w("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Dinh")
_VN_MID = {"F": ["Thi", "Thi", "Ngoc", "Thu", "Kim"], "M": ["Van", "Van", "Duc", "Minh", "Quoc"]}
_VN_GIVEN = {
    "F": _w("Lan Hoa Mai Huong Thao Linh Trang Phuong Anh Thuy Hanh Nhung Yen Ha"),
    "M": _w("Hung Tuan Dung Nam Long Hai Quang Hieu Binh Cuong Son Thang Khoa Phuc"),
}
_ID_GIVEN = {
    "F": _w("Siti Sri Dewi Nur Rina Yuliana Eka Ani Wati Indah Putri Yanti Fitri Ratna"),
    "M": _w("Budi Agus Eko Joko Rudi Ahmad Muhammad Wahyu Dedi Slamet Bambang Hendra"),
}
_ID_LAST = _w(
    "Aminah Hasanah Wahyuni Lestari Rahayu Susanti Kurniawati Setiawan Santoso Hidayat "
    "Saputra Pratama Suryani Handayani Purnomo Nugroho"
)
_PH_GIVEN = {
    "F": [
        "Maria",
        "Rowena",
        "Jocelyn",
        "Marivic",
        "Lovely",
        "Mary Grace",
        "Cristina",
        "Joy",
        "Rhea",
        "Jenalyn",
        "Analyn",
        "Maricel",
    ],
    "M": ["Jose", "Mark Anthony", "Rodel", "Jonel", "Ramil", "Arnel", "Reynaldo", "Jericho"],
}
_PH_LAST = [
    *_w("Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Manalo"),
    *_w("Dizon Pascual Navarro Soriano"),
    "Dela Cruz",
    "Delos Santos",
]
_TH_GIVEN = {
    "F": _w("Anong Suda Malee Kanya Pranee Siriporn Wanida Ratana Sunee Pensri"),
    "M": _w("Somchai Somsak Prasert Wichai Chaiya Sompong Niran Sakda Thanakorn Nattapong"),
}
_TH_LAST = _w(
    "Kaewsai Srisuk Wongsa Saelee Phromma Chaiyasit Boonmee Thongdee Sukjai Inthanon "
    "Rattanakorn Jaidee"
)

_VN_HAN_SUR = list("阮陳黎范黃潘武鄧裴杜胡吳丁何楊")
_VN_HAN_MID = {"F": ["氏"], "M": ["文", "德", "明", "清"]}
_VN_HAN_GIVEN = {"F": list("蘭花梅香秋英芳翠鳳玉鸞"), "M": list("雄俊勇海成泰強龍山福")}
_ID_HAN = {
    "F": _w("西蒂 絲莉 黛薇 努兒 艾卡 麗娜 尤莉安娜 蘇甘蒂 伊瑪 安妮莎 溫蒂 莉絲"),
    "M": _w("布迪 阿古斯 艾可 喬科 魯迪 阿赫瑪 瓦尤 德迪 班邦"),
}
_ID_HAN_LAST = _w("阿米娜 哈莎娜 瓦烏尤尼 萊斯塔莉 普特莉 蘇珊蒂 塞蒂亞萬 桑多索 希達亞")
_PH_HAN = {
    "F": _w("瑪莉亞 羅薇娜 喬瑟琳 瑪莉薇 克莉絲汀娜 瑞雅 安娜琳"),
    "M": _w("荷西 馬克 羅德爾 拉米爾 阿內爾 雷納多"),
}
_PH_HAN_LAST = _w("桑托斯 雷耶斯 克魯茲 包蒂斯塔 加西亞 門多薩 維拉紐瓦 拉莫斯")
_TH_HAN = {
    "F": _w("阿儂 素達 瑪莉 帕妮 甘雅 西麗蓬"),
    "M": _w("頌猜 宋沙克 巴頌 威猜 差雅 尼朗"),
}
_TH_HAN_LAST = _w("甘賽 詩素 翁沙 賽李 通迪 猜雅實 乍迪")

_DOTS = ["‧", "‧", "·", "・"]

# --------------------------------------------------------------------------------------
# Places, organisations and other public material.
# --------------------------------------------------------------------------------------

# (city, town, postal code, rural)
_TOWNS = [
    ("臺北市", "中正區", "100", False), ("臺北市", "大同區", "103", False),
    ("臺北市", "中山區", "104", False), ("臺北市", "松山區", "105", False),
    ("臺北市", "大安區", "106", False), ("臺北市", "萬華區", "108", False),
    ("臺北市", "信義區", "110", False), ("臺北市", "士林區", "111", False),
    ("臺北市", "北投區", "112", False), ("臺北市", "內湖區", "114", False),
    ("臺北市", "文山區", "116", False), ("新北市", "板橋區", "220", False),
    ("新北市", "三重區", "241", False), ("新北市", "中和區", "235", False),
    ("新北市", "永和區", "234", False), ("新北市", "新莊區", "242", False),
    ("新北市", "新店區", "231", False), ("新北市", "汐止區", "221", False),
    ("新北市", "淡水區", "251", False), ("新北市", "林口區", "244", False),
    ("新北市", "烏來區", "233", True), ("桃園市", "桃園區", "330", False),
    ("桃園市", "中壢區", "320", False), ("桃園市", "平鎮區", "324", False),
    ("桃園市", "八德區", "334", False), ("桃園市", "復興區", "336", True),
    ("臺中市", "西屯區", "407", False), ("臺中市", "北屯區", "406", False),
    ("臺中市", "豐原區", "420", False), ("臺中市", "大里區", "412", False),
    ("臺中市", "梧棲區", "435", False), ("臺中市", "和平區", "424", True),
    ("臺南市", "東區", "701", False), ("臺南市", "安平區", "708", False),
    ("臺南市", "永康區", "710", False), ("臺南市", "新營區", "730", False),
    ("高雄市", "苓雅區", "802", False), ("高雄市", "三民區", "807", False),
    ("高雄市", "前鎮區", "806", False), ("高雄市", "鳳山區", "830", False),
    ("高雄市", "旗津區", "805", False), ("高雄市", "桃源區", "848", True),
    ("基隆市", "中正區", "202", False), ("基隆市", "七堵區", "206", False),
    ("新竹市", "東區", "300", False), ("新竹縣", "竹北市", "302", False),
    ("新竹縣", "尖石鄉", "313", True), ("苗栗縣", "頭份市", "351", False),
    ("苗栗縣", "南庄鄉", "353", True), ("彰化縣", "員林市", "510", False),
    ("彰化縣", "鹿港鎮", "505", False), ("南投縣", "埔里鎮", "545", False),
    ("南投縣", "信義鄉", "556", True), ("雲林縣", "斗六市", "640", False),
    ("雲林縣", "口湖鄉", "653", True), ("嘉義市", "西區", "600", False),
    ("嘉義縣", "阿里山鄉", "605", True), ("屏東縣", "屏東市", "900", False),
    ("屏東縣", "東港鎮", "928", False), ("屏東縣", "琉球鄉", "929", True),
    ("屏東縣", "三地門鄉", "901", True), ("宜蘭縣", "蘇澳鎮", "270", False),
    ("宜蘭縣", "羅東鎮", "265", False), ("宜蘭縣", "南澳鄉", "272", True),
    ("花蓮縣", "花蓮市", "970", False), ("花蓮縣", "秀林鄉", "972", True),
    ("臺東縣", "臺東市", "950", False), ("臺東縣", "成功鎮", "961", False),
    ("臺東縣", "蘭嶼鄉", "952", True), ("澎湖縣", "馬公市", "880", False),
    ("金門縣", "金城鎮", "893", False), ("連江縣", "南竿鄉", "209", True),
]  # fmt: skip
_ROADS = _w(
    "中山 中正 民生 民權 民族 和平 復興 光復 成功 自由 建國 中華 三民 博愛 仁愛 信義 忠孝 "
    "文化 公園 大同 林森 府前 長春 新生 中興 福德 延平 興隆 四維 五福 青年 勝利 水源 港口 "
    "漁港 海岸 自強 永福 育英"
)
_VILLAGES = _w("富世 達邦 光復 大同 中興 和平 永安 新社 港口 東河 南澳 復興 忠義 崙埤 金岳")
_CN_DIGITS = "零一二三四五六七八九"

_COMPANY_HEAD = _w(
    "宏昌 大發 佳興 永豐 東昇 聯福 金泰 新和 順益 華展 明揚 鼎盛 信達 冠群 瑞昌 泰豐 "
    "立康 富強 昇陽 嘉禾 安心 樂活"
)
_COMPANY_TAIL = _w(
    "精密工業 營造 物流 餐飲 科技 紡織 保全 清潔 電子 食品 環保 人力仲介 汽車修配 塑膠"
)
_SHOP_KIND = _w("小吃店 KTV 旅館 補習班 洗衣店 卡拉OK 網咖 托嬰中心 美容院 火鍋店 汽車旅館")
_BUILDINGS = _w("長虹大樓 富貴名門社區 松濤大廈 世紀廣場大樓 翠堤社區 碧湖山莊 國宅第二期")
_PORTS = _w(
    "蘇澳漁港 南方澳漁港 東港漁港 前鎮漁港 八斗子漁港 新竹漁港 梧棲漁港 安平漁港 "
    "馬公第三漁港 富岡漁港 成功漁港 烏石漁港 將軍漁港"
)
_VESSEL_HEAD = _w("新順發 金滿福 東隆興 德榮 勝吉利 明昌 海豐 滿春 協和 永盛 福泰 金春億")
_HOSPITALS = [
    "臺北榮民總醫院", "衛生福利部基隆醫院", "高雄長庚紀念醫院", "馬偕紀念醫院臺東分院",
    "國立臺灣大學醫學院附設醫院", "衛生福利部澎湖醫院", "羅東博愛醫院", "花蓮慈濟醫院",
]  # fmt: skip
_SCHOOLS = [
    "國立臺灣大學", "國立成功大學", "國立清華大學", "國立政治大學", "輔仁大學", "東海大學",
    "逢甲大學", "國立高雄科技大學", "國立臺北科技大學", "長庚大學", "國立東華大學",
]  # fmt: skip
_FOREIGN_SCHOOLS = [
    "University of Melbourne", "東京大學", "University of Toronto", "柏林工業大學",
    "University of Washington", "首爾大學",
]  # fmt: skip
_DEPTS = _w("機械工程學系 護理學系 資訊工程學系 法律學系 經濟學系 土木工程學系 物理治療學系")
_BOOKS = [
    "小王子", "黃昏的故鄉", "石門水庫的故事", "高山上的學校", "江湖夜雨十年燈", "臺灣漁業史",
    "長照實務手冊", "消防安全設備概論", "勞動基準法逐條釋義", "周末的早餐", "李子樹下",
    "吳郭魚的秘密", "許願池", "金魚缸裡的海洋", "白色巨塔", "海角七號", "林中的書房",
    "何時再回來", "馬路上的貓", "葉子的旅行", "洪水之後", "安全的家", "方便麵的歷史",
]  # fmt: skip
_AGENCY = {
    "ltc": ["府授社長", "北市衛長照", "新北衛長", "中市衛照", "高市衛長"],
    "labor": ["北市勞資", "新北勞資", "桃勞動字", "中市勞資", "高市勞資"],
    "lib": ["北市圖閱", "新北圖推", "中市圖典", "國圖讀"],
    "fire": ["北市消預", "新北消預", "中市消預", "高市消防預", "府授消預"],
    "mil": ["北市兵徵", "新北民兵", "府民兵", "國防部兵役", "內役署徵"],
    "sea": ["署授漁", "海巡北", "海巡南", "府農漁", "澎漁管"],
}
_STATUTES = {
    "ltc": ["長期照顧服務法", "老人福利法", "身心障礙者權益保障法", "就業服務法"],
    "labor": ["勞動基準法", "勞資爭議處理法", "職業安全衛生法", "就業服務法", "性別平等工作法"],
    "lib": ["圖書館法", "臺北市立圖書館閱覽規則", "新北市立圖書館借閱規則"],
    "fire": ["消防法", "消防法施行細則", "各類場所消防安全設備設置標準", "建築法"],
    "mil": ["兵役法", "兵役法施行法", "免役禁役緩徵緩召實施辦法", "役男出境處理辦法"],
    "sea": ["漁業法", "海岸巡防法", "船員法", "漁船船員管理規則"],
}

_MAIL_PARTS = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu "
    "mei ling yu hsin chia wei ting hao yi jie an ching fang hui shu pei yun wen tzu"
)
_MAIL_DOMAINS = [
    "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net",
    "ms1.hinet.net", "pchome.com.tw", "icloud.com", "seed.net.tw", "livemail.tw",
]  # fmt: skip

_AREAS = [
    ("02", 8, "2345678"), ("02", 8, "2789"), ("03", 7, "34589"), ("037", 6, "2345679"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "23567"),
    ("06", 7, "2359"), ("07", 7, "2345678"), ("08", 7, "78"), ("089", 6, "3"),
    ("082", 6, "3"), ("0836", 5, "2"),
]  # fmt: skip

_LETTERS = sorted(LETTER_CODES)


def _full(s: str) -> str:
    """Full-width form of the ASCII characters of ``s`` (space → ideographic space)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _full_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)


def _cn_num(n: int) -> str:
    """Chinese numerals for 1..99 (十二, 七十八, 二十)."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[units] if units else "")


_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_DIGIT_RUN = re.compile(r"\d(?:[ \-]?\d)*")


def _harmless(s: str) -> bool:
    """Whether a look-alike code holds no valid ID, resident certificate or card number."""
    t = unicodedata.normalize("NFKC", s).upper()
    for m in _WINDOW.finditer(t):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return False
    for m in _DIGIT_RUN.finditer(t):
        ds = re.sub(r"\D", "", m.group())
        for length in range(13, 20):
            for i in range(len(ds) - length + 1):
                if creditcard.is_valid(ds[i : i + length]):
                    return False
        if "09" in ds and len(ds) >= 10:
            return False
    return True


# --------------------------------------------------------------------------------------
# Building blocks.
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "M" or "F"
    kind: str  # han, married, indig, or a nationality code (VN, ID, PH, TH)
    known: bool


_SLOT = re.compile(r"\{(\w+)\}")


class _Doc:
    """Appends text and records the spans of the values put in."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.pos = 0

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def v(self, value: str, label: str) -> None:
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))

    def p(self, person: _Person) -> None:
        self.v(person.name, "PERSON")
        self.known.append(person.known)

    def f(self, template: str, **slots: object) -> None:
        """Append ``template``; ``{x}`` slots take a person, a (value, label) or plain text."""
        pos = 0
        for m in _SLOT.finditer(template):
            self.t(template[pos : m.start()])
            val = slots[m.group(1)]
            if isinstance(val, _Person):
                self.p(val)
            elif isinstance(val, tuple):
                self.v(val[0], val[1])
            else:
                self.t(str(val))
            pos = m.end()
        self.t(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


class _Gen:
    """Random material: names, identifiers, dates, look-alikes."""

    FW = 0.27  # share of structured values in full-width forms (about 1/8 of all spans)

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.pool: list[_Person] = []
        names: list[str] = []
        seen: set[str] = set()
        mentionable = max(20, n // 5)
        silent = max(6, n // 25)
        while len(names) < mentionable + silent:
            sex, kind, name = self._fresh_any()
            if name.casefold() in seen:
                continue
            seen.add(name.casefold())
            names.append(name)
            if len(names) <= mentionable:
                self.pool.append(_Person(name, sex, kind, True))
        self.known_fold = seen
        self.known = names[:]
        rng.shuffle(self.known)

    # -- small helpers ---------------------------------------------------------------
    def c(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int, first: str = "0123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(k - 1))

    def fw(self, s: str) -> str:
        return _full(s) if self.chance(self.FW) else s

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    # -- names -----------------------------------------------------------------------
    def _han(self, sex: str) -> str:
        sur = self.c(_COMPOUND) if self.chance(0.07) else self.c(_SURNAMES)
        if self.chance(0.08):
            given = self.c(_GIVEN1_M if sex == "M" else _GIVEN1_F)
        else:
            given = self.c(_GIVEN_M if sex == "M" else _GIVEN_F)
        return sur + given

    def _fresh_local(self, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.c("MF")
        r = self.rng.random()
        if r < 0.07 and sex == "F":
            husband = self.c(_SURNAMES[:60])
            own = self.c(_SURNAMES)
            while own == husband:
                own = self.c(_SURNAMES)
            return "F", "married", husband + own + self.c(_GIVEN_F)
        if r < 0.13:
            if self.chance(0.6):
                parts = [self.c(_INDIG_HAN_GIVEN), self.c(_INDIG_HAN_FAMILY)]
                return sex, "indig", self.c(_DOTS).join(parts)
            return sex, "indig", f"{self.c(_INDIG_LAT_GIVEN)} {self.c(_INDIG_LAT_FAMILY)}"
        return sex, "han", self._han(sex)

    def _fresh_foreign(self, nat: str, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.c("MF")
        if self.chance(0.5):  # Han transliteration
            if nat == "VN":
                name = self.c(_VN_HAN_SUR) + self.c(_VN_HAN_MID[sex]) + self.c(_VN_HAN_GIVEN[sex])
            else:
                first, last = {
                    "ID": (_ID_HAN, _ID_HAN_LAST),
                    "PH": (_PH_HAN, _PH_HAN_LAST),
                    "TH": (_TH_HAN, _TH_HAN_LAST),
                }[nat]
                name = self.c(first[sex])
                if nat != "ID" or self.chance(0.7):
                    name += self.c(_DOTS[1:]) + self.c(last)
            return sex, nat, name
        if nat == "VN":
            parts = [self.c(_VN_SUR), self.c(_VN_MID[sex]), self.c(_VN_GIVEN[sex])]
        elif nat == "ID":
            parts = [self.c(_ID_GIVEN[sex])]
            if self.chance(0.75):
                parts.append(self.c(_ID_LAST))
        elif nat == "PH":
            parts = [self.c(_PH_GIVEN[sex]), self.c(_PH_LAST)]
        else:
            parts = [self.c(_TH_GIVEN[sex]), self.c(_TH_LAST)]
        name = " ".join(parts)
        if self.chance(0.6):
            name = name.upper()
        return sex, nat, name

    def _fresh_any(self) -> tuple[str, str, str]:
        if self.chance(0.3):
            return self._fresh_foreign(self.c(_NATS))
        return self._fresh_local()

    def _pick(self, foreign: bool, nat: str | None, sex: str | None) -> _Person:
        if self.chance(0.5):
            cands = [
                p
                for p in self.pool
                if (p.kind in _NATS) == foreign
                and (nat is None or p.kind == nat)
                and (sex is None or p.sex == sex)
            ]
            if cands:
                return self.c(cands)
        while True:
            if foreign:
                got, kind, name = self._fresh_foreign(nat or self.c(_NATS), sex)
            else:
                got, kind, name = self._fresh_local(sex)
            if name.casefold() not in self.known_fold:
                return _Person(name, got, kind, False)

    def local(self, sex: str | None = None) -> _Person:
        return self._pick(False, None, sex)

    def foreigner(self, nat: str | None = None, sex: str | None = None) -> _Person:
        return self._pick(True, nat, sex)

    def when(self) -> str:
        """A date and a time of day, joined as people write them."""
        day, tod = self.date(), self.time()
        if day.endswith("日") and not tod[0].isdigit():
            return day + tod
        return f"{day} {tod}"

    def hon(self, p: _Person, none: float = 0.4) -> str:
        if p.kind in _NATS or self.chance(none):
            return ""
        if p.sex == "M":
            return self.c(["先生", "先生", "君"])
        return self.c(["女士", "小姐", "女士"])

    def elder(self, p: _Person) -> str:
        if p.kind in _NATS:
            return ""
        if p.sex == "M":
            return self.c(["阿公", "爺爺", "伯伯", "先生", ""])
        return self.c(["阿嬤", "奶奶", "阿姨", "女士", ""])

    # -- identifiers -----------------------------------------------------------------
    def tw_id(self, who: _Person | str | None = None) -> tuple[str, str]:
        if isinstance(who, _Person):
            who = "1" if who.sex == "M" else "2"
        letter = self.c(_LETTERS)
        body = (who or self.c("12")) + self.digits(7)
        return self.fw(letter + body + id_check_digit(letter, body)), "TW_NATIONAL_ID"

    def arc(self) -> tuple[str, str]:
        letter = self.c(_LETTERS)
        if self.chance(0.7):
            body = self.c("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.c("ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        return self.fw(value), "TW_RESIDENT_CERT"

    def mobile(self) -> tuple[str, str]:
        while True:
            d = "09" + self.digits(8)
            if phone.is_valid(d):
                break
        a, b, c = d[:4], d[4:7], d[7:]
        forms = [
            d, d, f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}{c}", f"{a} {b} {c}",
            f"{a}.{b}.{c}", f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}",
            f"+886{d[1:]}", f"(+886) {d[1:]}", f"886-{a[1:]}-{b}-{c}", f"+886-(0){a[1:]}-{b}{c}",
        ]  # fmt: skip
        return self.fw(self.c(forms)), "PHONE"

    def landline(self, ext: float = 0.25) -> tuple[str, str]:
        area, k, first = self.c(_AREAS)
        local = self.digits(k, first)
        for _ in range(30):
            if phone.is_valid(area + local):
                break
            local = self.digits(k, first)
        if not phone.is_plausible(area + local):  # pragma: no cover - plan lengths above fit
            raise AssertionError("landline generator out of plan")
        if k == 8:
            loc = self.c([f"{local[:4]}-{local[4:]}", local, f"{local[:4]} {local[4:]}"])
        elif k == 7:
            loc = self.c([f"{local[:3]}-{local[3:]}", local, local])
        else:
            loc = self.c([local, f"{local[:3]}-{local[3:]}" if k == 6 else local])
        forms = [
            f"{area}-{loc}", f"({area}){loc}", f"({area}) {loc}", f"{area}{local}",
            f"{area}-{loc}", f"+886-{area[1:]}-{loc}", f"+886 {area[1:]} {loc.replace('-', ' ')}",
        ]  # fmt: skip
        value = self.c(forms)
        if self.chance(ext):
            e = self.digits(self.c([2, 3, 3, 4]), "123456789")
            value += self.c([f"#{e}", f" 分機 {e}", f"分機{e}", f" 轉{e}", f"轉 {e}", f" ext. {e}"])
        return self.fw(value), "PHONE"

    def phone(self) -> tuple[str, str]:
        return self.mobile() if self.chance(0.6) else self.landline()

    def email(self, p: _Person | None = None) -> tuple[str, str]:
        parts = [self.c(_MAIL_PARTS) for _ in range(self.c([1, 2, 2, 3]))]
        sep = self.c(["", ".", "_", ""])
        local = sep.join(parts)
        if self.chance(0.5):
            local += str(self.n(1, 9999)) if self.chance(0.7) else str(self.n(60, 99))
        if self.chance(0.1):
            local = local.capitalize()
        value = f"{local}@{self.c(_MAIL_DOMAINS)}"
        return (_full(value) if self.chance(0.06) else value), "EMAIL"

    def nhi(self) -> tuple[str, str]:
        d = ("0000" + self.digits(8)) if self.chance(0.6) else self.digits(12, "0123")
        forms = [d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}", d]
        return self.fw(self.c(forms)), "TW_NHI_CARD"

    def passport(self, nat: str = "TW") -> tuple[str, str]:
        while True:
            if nat == "TW":
                v = self.digits(9, "3")
            elif nat == "VN":
                v = self.c("BCN") + self.digits(7)
            elif nat == "ID":
                v = self.c("ABCXE") + self.digits(7)
            elif nat == "PH":
                if self.chance(0.6):
                    v = "P" + self.digits(7) + self.c("ABCDEF")
                else:
                    v = self.c(["EB", "EC"]) + self.digits(7)
            else:
                v = self.c(["AA", "AB", "AC"]) + self.digits(7)
            if _harmless(v):
                return self.fw(v), "PASSPORT"

    def card(self) -> tuple[str, str]:
        kind = self.c(["visa", "visa", "mc", "jcb", "amex", "up"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": ("5" + self.c("12345"), 16),
            "jcb": ("35" + self.c("2345678"), 16),
            "amex": (self.c(["34", "37"]), 15),
            "up": ("62", 16),
        }[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        d = next(body + x for x in "0123456789" if creditcard.luhn_ok(body + x))
        if length == 15:
            forms = [d, f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}"]
        else:
            g = [d[i : i + 4] for i in range(0, 16, 4)]
            forms = [
                d,
                " ".join(g),
                "-".join(g),
                " ".join(g),
                "".join(g[:2]) + " " + "".join(g[2:]),
            ]
        return self.fw(self.c(forms)), "CREDIT_CARD"

    def birth(self, lo: int = 1930, hi: int = 2006) -> tuple[str, str]:
        y, m, d = self.n(lo, hi), self.n(1, 12), self.n(1, 28)
        roc = y - 1911
        forms = [
            f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}年{m:02d}月{d:02d}日",
            f"{roc}.{m:02d}.{d:02d}", f"{roc:03d}/{m:02d}/{d:02d}", f"{roc:03d}{m:02d}{d:02d}",
            f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}",
            f"{roc}/{m}/{d}",
        ]  # fmt: skip
        if self.chance(0.08):
            return f"民國{_cn_num(roc)}年{_cn_num(m)}月{_cn_num(d)}日", "BIRTH_DATE"
        return self.fw(self.c(forms)), "BIRTH_DATE"

    def address(self, floor: bool = True) -> tuple[str, str]:
        city, town, zipc, rural = self.c(_TOWNS)
        if self.chance(0.3):
            city = city.replace("臺", "台")
        out = ""
        if self.chance(0.3):
            out = self.c([zipc, zipc + self.digits(2), zipc + self.digits(3)])
            out += self.c(["", " "])
        out += city + town
        if rural and self.chance(0.7):
            v = self.c(_VILLAGES)
            out += f"{v}村{self.n(1, 20)}鄰"
            out += self.c(["", f"{v}", f"{self.c(_ROADS)}路"]) + f"{self.n(1, 250)}號"
        else:
            if self.chance(0.2):
                out += f"{self.c(_VILLAGES)}里{self.n(1, 30)}鄰"
            road = self.c(_ROADS)
            kind = self.c(["路", "路", "路", "街", "大道"])
            if kind == "路" and self.chance(0.4):
                road += self.c("東西南北")
            out += road + kind
            if kind != "街" and self.chance(0.4):
                sec = self.n(1, 5)
                out += (_CN_DIGITS[sec] if self.chance(0.7) else str(sec)) + "段"
            if self.chance(0.45):
                out += f"{self.n(1, 400)}巷"
                if self.chance(0.4):
                    out += f"{self.n(1, 30)}弄"
            out += f"{self.n(1, 399)}號"
            if self.chance(0.15):
                out += f"之{self.n(1, 9)}"
            if floor and self.chance(0.5):
                fl = self.n(2, 15)
                out += self.c([f"{fl}樓", f"{_cn_num(fl)}樓", f"{fl}樓之{self.n(1, 6)}"])
                if self.chance(0.1):
                    out += f"{self.n(1, 20)}室"
        if self.chance(self.FW):
            out = _full_digits(out)
        return out, "ADDRESS"

    # -- public material -------------------------------------------------------------
    def date(self) -> str:
        roc = self.c([112, 113, 113, 114])
        m, d = self.n(1, 12), self.n(1, 28)
        forms = [
            f"{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}", f"{roc}.{m}.{d}",
            f"{roc + 1911}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{m}/{d}",
        ]  # fmt: skip
        return self.c(forms)

    def time(self) -> str:
        h, mi = self.n(8, 17), self.c([0, 0, 10, 15, 30, 45])
        ap = "上午" if h < 12 else "下午"
        h12 = h if h <= 12 else h - 12
        forms = [
            f"{ap}{h12}時" + (f"{mi}分" if mi else ""), f"{h}:{mi:02d}", f"{h:02d}{mi:02d}時",
        ]  # fmt: skip
        return self.c(forms)

    def amount(self) -> str:
        v = self.n(3, 950) * self.c([10, 100, 100, 1000])
        forms = [f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"新台幣{v}元"]
        if v >= 10000 and v % 10000 == 0:
            forms.append(f"新臺幣{v // 10000}萬元")
        return self.c(forms)

    def ban(self) -> str:
        while True:
            v = self.digits(8, "123456789")
            if ban.is_valid(v) and _harmless(v):
                return self.fw(v)

    def docno(self, genre: str) -> str:
        roc = self.c([112, 113, 114])
        while True:
            tail = self.digits(7, "0123456789")
            v = f"{self.c(_AGENCY[genre])}字第{roc}{tail}號"
            if _harmless(v):
                return v

    def code(self, prefix: str = "") -> str:
        roc = self.c([112, 113, 114])
        while True:
            forms = [
                f"{prefix}{roc}{self.digits(6)}", f"{roc}-{self.digits(5, '123456789')}",
                f"No.{self.digits(7, '12345678')}", f"{self.c('RLKQT')}{roc}{self.digits(6)}",
                f"{self.c('ABCDEFGHJKQRSTVWXYZ')}{self.c('ABCDEFGHJKQRSTVWXYZ')}-{self.digits(8)}",
            ]  # fmt: skip
            v = self.c(forms)
            if _harmless(v):
                return v

    def company(self) -> str:
        tail = self.c(["股份有限公司", "有限公司", "企業社", "股份有限公司"])
        return self.c(_COMPANY_HEAD) + self.c(_COMPANY_TAIL) + tail

    def shop(self) -> str:
        return self.c(_COMPANY_HEAD) + self.c(_SHOP_KIND)

    def vessel(self) -> str:
        return f"{self.c(_VESSEL_HEAD)}{self.n(1, 388)}號"

    def ct(self) -> str:
        return f"CT{self.n(1, 7)}-{self.digits(4, '0123456789')}"

    def article(self, genre: str) -> str:
        law = self.c(_STATUTES[genre])
        art = f"第{self.n(2, 80)}條"
        if self.chance(0.4):
            art += f"第{self.n(1, 5)}項"
        if self.chance(0.2):
            art += f"第{self.n(1, 9)}款"
        return law + art

    def isbn(self) -> str:
        core = "978" + self.c(["957", "986", "626"]) + self.digits(6)
        s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(core))
        full = core + str((10 - s % 10) % 10)
        return f"{full[:3]}-{full[3:6]}-{full[6:10]}-{full[10:12]}-{full[12]}"

    def barcode(self) -> str:
        while True:
            v = self.c(["3111", "3121", "2111"]) + self.digits(10)
            if _harmless(v):
                return v


# --------------------------------------------------------------------------------------
# Texts. Each template fills a _Doc; positives must add at least one span.
# --------------------------------------------------------------------------------------


_REL_SEX = {
    "長子": "M", "次子": "M", "兒子": "M", "孫子": "M", "外甥": "M", "姪子": "M", "鄰長": None,
    "配偶": None, "次女": "F", "女兒": "F", "媳婦": "F", "孫女": "F", "姪女": "F", "乾女兒": "F",
    "（父）": "M", "（母）": "F", "（兄）": "M", "": None,
}  # fmt: skip


def _kin(g: _Gen, rels: list[str]) -> tuple[str, _Person]:
    """A relation word and a person whose sex fits it."""
    rel = g.c(rels)
    return rel, g.local(_REL_SEX[rel])


def _sep(g: _Gen) -> str:
    return g.c(["：", "：", ":", "　", " "])


def _table_sep(g: _Gen) -> str:
    return g.c(["\t", "｜", " | ", "　"])


# ---- long-term care ----------------------------------------------------------------


def _ltc_form(g: _Gen, d: _Doc) -> None:
    case = g.local()
    s = _sep(g)
    d.f(
        "居家服務督導訪視紀錄\n訪視日期{s}{dt}　訪視方式{s}{how}\n",
        s=s,
        dt=g.date(),
        how=g.c(["家訪", "電訪", "家訪"]),
    )
    d.f("個案姓名{s}{p}　性別{s}{sex}", s=s, p=case, sex="男" if case.sex == "M" else "女")
    if g.chance(0.7):
        d.f("　出生日期{s}{b}", s=s, b=g.birth(1925, 1960))
    d.t("\n")
    if g.chance(0.6):
        d.f("身分證字號{s}{i}\n", s=s, i=g.tw_id("1" if case.sex == "M" else "2"))
    if g.chance(0.6):
        d.f("{lab}{s}{a}\n", lab=g.c(["住址", "居住地址", "戶籍地址"]), s=s, a=g.address())
    if g.chance(0.7):
        rel, fam = _kin(g, ["長子", "次女", "媳婦", "配偶", "孫子", "姪女"])
        d.f(
            "聯絡人{s}{f}（{rel}）　電話{s}{ph}\n",
            s=s,
            f=fam,
            rel=rel,
            ph=g.phone(),
        )
    d.f("CMS等級{s}第{lv}級　居服員{s}{w}\n", s=s, lv=g.n(2, 8), w=g.local())
    d.t("訪視摘要：")
    d.t(
        g.c(
            [
                "案主意識清楚，可簡單對答，下肢無力需一人協助移位。",
                "案主近日食慾差，體重較上月下降約2公斤，已建議家屬回診。",
                "居家環境雜物多，浴室無止滑墊，已衛教防跌並轉介輔具評估。",
                "案主白天獨居，夜間由家屬返家照顧，目前服務內容符合需求。",
            ]
        )
    )
    if g.chance(0.5):
        d.f("\n督導：{p}", p=g.local())


def _ltc_note(g: _Gen, d: _Doc) -> None:
    case = g.local()
    form = g.n(0, 3)
    rel, fam = _kin(g, ["女兒", "兒子", "媳婦", "孫女"] if form == 0 else ["外甥", "鄰長", "姪子"])
    if form == 0:
        d.f(
            "{dt} 電訪{c}{h}{rel}{f}（{ph}），表示{h2}近日{sym}，已轉知居服員{w}下週加強{act}。",
            dt=g.date(),
            c=case,
            h=g.elder(case),
            rel=rel,
            f=fam,
            ph=g.mobile(),
            h2=g.c(["阿嬤", "老人家", "案主"]),
            sym=g.c(["睡不好", "食慾差", "常跌倒", "情緒低落"]),
            w=g.local(),
            act=g.c(["備餐", "陪同散步", "協助沐浴", "觀察血壓"]),
        )
    elif form == 1:
        d.f(
            "案主{c}獨居於{a}，緊急聯絡人為{rel}{f}{h}，手機{ph}。",
            c=case,
            a=g.address(),
            rel=rel,
            f=fam,
            h=g.hon(fam),
            ph=g.mobile(),
        )
    elif form == 2:
        d.f(
            "{dt} 居服員{w}到府服務，{c}{h}血壓{bp}，{msg}",
            dt=g.when(),
            w=g.local(),
            c=case,
            h=g.elder(case),
            bp=f"{g.n(110, 170)}/{g.n(60, 100)}",
            msg=g.c(["已通知家屬。", "無其他異狀。", "建議回診心臟科。"]),
        )
    else:
        d.f(
            "＃{dt} 個管師{m}：{c}（健保卡號{nh}）本月起新增BA20陪伴服務，{f}同意自付額。",
            dt=g.date(),
            m=g.local(),
            c=case,
            nh=g.nhi(),
            f=fam,
        )


def _ltc_caregiver(g: _Gen, d: _Doc) -> None:
    nat = g.c(["ID", "ID", "ID", "PH", "VN"])
    fw = g.foreigner(nat, "F" if g.chance(0.85) else None)
    emp, case = g.local(), g.local()
    zh = _NAT_ZH[nat]
    if g.chance(0.5):
        d.f(
            "案家聘有{zh}籍看護{fw}（居留證號{arc}），中文溝通尚可，白天由{fw2}協助翻身拍背及管灌。",
            zh=zh,
            fw=fw,
            arc=g.arc(),
            fw2=fw,
        )
        d.f(
            "雇主{e}{h}表示{fw}的居留證將於{dt}到期，已提醒向移民署辦理展延。",
            e=emp,
            h=g.hon(emp),
            fw=fw,
            dt=g.date(),
        )
    else:
        d.f(
            "主要照顧者：外籍看護工 {fw}（{zh}，護照號碼 {pp}）\n", fw=fw, zh=zh, pp=g.passport(nat)
        )
        d.f(
            "被照顧者：{c}，{age}歲，{dx}\n",
            c=case,
            age=g.n(68, 98),
            dx=g.c(["中風後右側偏癱", "失智症中度", "帕金森氏症", "巴金森合併骨折術後"]),
        )
        d.f("喘息服務期間由居服員{w}接手，{fw}返國探親{n}天。", w=g.local(), fw=fw, n=g.n(7, 30))
    if g.chance(0.4):
        d.f("\n{fw}表示：「阿嬤晚上會叫，我睡不好。」已轉介家庭照顧者支持服務。", fw=fw)


def _ltc_speech(g: _Gen, d: _Doc) -> None:
    fam, case, fw = g.local(), g.local("F"), g.foreigner(g.c(["ID", "PH", "VN"]), "F")
    d.f(
        "（家訪逐字摘錄）家屬{f}：「我媽{c}現在住在{a}，平常都是{zh}看護{w}在顧，",
        f=fam,
        c=case,
        a=g.address(),
        zh=_NAT_ZH[fw.kind],
        w=fw,
    )
    d.f("有事打我手機{ph}就好，白天我在上班比較不方便接。」", ph=g.mobile())
    if g.chance(0.5):
        d.f("\n督導回應：會請居服員{w}每週二、四到府。", w=g.local())


def _ltc_table(g: _Gen, d: _Doc) -> None:
    sep = _table_sep(g)
    d.t(g.c(["本月新收個案名冊\n", "居家服務個案清冊（節錄）\n", ""]))
    cols = ["序號", "姓名", "身分證字號", g.c(["健保卡號", "出生日期"]), "服務項目"]
    d.t(sep.join(cols) + "\n")
    for i in range(g.n(2, 4)):
        p = g.local()
        d.f(
            "{i}{s}{p}{s}{id}{s}{x}{s}{svc}\n",
            i=i + 1,
            s=sep,
            p=p,
            id=g.tw_id(p),
            x=g.nhi() if cols[3] == "健保卡號" else g.birth(1925, 1960),
            svc=g.c(["BA07協助沐浴", "BA15家務協助", "BA02基本日常照顧", "BA20陪伴服務"]),
        )
    d.t(g.c(["製表：", "承辦人："]))
    d.p(g.local())


def _ltc_payment(g: _Gen, d: _Doc) -> None:
    payer = g.local()
    d.f(
        "案家{m}自付額{amt}，由{p}{h}以信用卡（卡號{cc}）繳納，收據編號{code}",
        m=f"{g.n(1, 12)}月份",
        amt=g.amount(),
        p=payer,
        h=g.hon(payer),
        cc=g.card(),
        code=g.code("LTC"),
    )
    if g.chance(0.6):
        d.f("，電子收據寄送至{em}", em=g.email())
    d.t("。")
    if g.chance(0.4):
        d.f("\n聯絡電話：{ph}", ph=g.landline())


def _ltc_meeting(g: _Gen, d: _Doc) -> None:
    ppl = [g.local() for _ in range(g.n(2, 4))]
    d.t("個案討論會紀錄\n出席：")
    roles = ["督導", "居服員", "個管師", "社工", "護理師", ""]
    for i, p in enumerate(ppl):
        if i:
            d.t("、")
        d.t(g.c(roles))
        d.p(p)
    case = g.local()
    d.f("\n個案：{c}（{b}生）\n", c=case, b=g.birth(1928, 1958))
    d.f(
        "討論：{c}日前於浴室跌倒，{who}建議加裝扶手；家屬{f}希望增加服務時數。",
        c=case,
        who=g.c(["物理治療師", "個管師"]),
        f=g.local(),
    )


def _neg_ltc(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 3)
    if form == 0:
        d.t(
            f"主旨：檢送本局{g.date()}召開「{g.c([113, 114])}年度長照2.0"
            "居家服務特約單位聯繫會議」紀錄1份，"
            "請查照。\n"
        )
        d.t(
            f"說明：一、依{g.article('ltc')}規定辦理。\n二、"
            f"本案文號{g.docno('ltc')}，會議地點為本局{g.n(2, 9)}樓會議室。\n"
        )
        d.t(f"三、請各單位於{g.date()}前完成{g.c(['服務紀錄', '核銷資料', '人力盤點'])}上傳。")
    elif form == 1:
        d.t(
            f"{g.c([112, 113])}年第{g.n(1, 4)}季居家服務使用人數{g.n(800, 9000):,}人，"
            f"服務時數{g.n(10000, 90000):,}小時，"
        )
        d.t(
            f"核銷金額{g.amount()}。"
            f"特約單位{g.c(['福安', '康寧', '慈心', '長青'])}居家長照機構（統一編號{g.ban()}）"
        )
        d.t(f"本季申報遲延，依契約第{g.n(5, 20)}條扣款{g.amount()}。")
    elif form == 2:
        d.t("輔具租賃項目包括電動床、移位腰帶、輪椅等，補助上限")
        d.t(f"{g.amount()}，申請期限至{g.date()}止。黃昏時段居服人力不足，")
        d.t("請各單位研議調整排班；王道養生便當與林家手工麵線已簽約供應共餐據點。")
    else:
        d.t(f"長照專線與據點異動公告（{g.date()}）：{g.c(['文山', '北投', '鳳山', '竹北'])}區")
        d.t(
            f"「高齡友善共餐據點」自{g.date()}起遷至"
            f"{g.c(['活動中心二樓', '里民會館', '教會一樓'])}，"
        )
        d.t(f"每週一、三、五{g.time()}供餐，餐費每人{g.n(30, 60)}元；許可證字號{g.code()}。")


# ---- labour dispute ----------------------------------------------------------------


def _labor_record(g: _Gen, d: _Doc) -> None:
    app, agent, med = g.local(), g.local(), g.local()
    s = _sep(g)
    city = g.c(["臺北市", "新北市", "桃園市", "臺中市", "高雄市"])
    d.t(f"{city}勞資爭議調解紀錄\n案號{s}{g.c([112, 113, 114])}年度勞資調字第{g.n(10, 2999)}號\n")
    d.t(f"調解日期{s}{g.when()}\n")
    d.f("申請人{s}{a}", s=s, a=app)
    if g.chance(0.6):
        d.f("　身分證統一編號{s}{i}", s=s, i=g.tw_id(app))
    d.t("\n")
    if g.chance(0.5):
        d.f("住址{s}{ad}\n", s=s, ad=g.address())
    if g.chance(0.6):
        d.f("電話{s}{ph}\n", s=s, ph=g.phone())
    d.t(f"相對人{s}{g.company()}（統一編號{s}{g.ban()}）\n")
    d.f(
        "代理人{s}{ag}（{role}）\n調解委員{s}{m}\n",
        s=s,
        ag=agent,
        role=g.c(["人資經理", "廠長", "律師", "負責人之配偶"]),
        m=med,
    )
    d.t(
        f"爭議內容：申請人主張相對人積欠{g.n(1, 12)}月份薪資{g.amount()}及資遣費，"
        f"依勞動基準法第{g.c([11, 14, 17, 22, 24, 38, 39])}條請求給付。\n"
    )
    d.t(
        g.c(
            [
                "調解結果：成立。",
                "調解結果：不成立，申請人表示將另循司法途徑處理。",
                "調解結果：雙方同意延期再議。",
            ]
        )
    )


def _labor_foreign(g: _Gen, d: _Doc) -> None:
    nat = g.c(["VN", "VN", "TH", "PH", "ID"])
    w, interp = g.foreigner(nat), g.local()
    d.f("申請人{w}（{zh}籍，", w=w, zh=_NAT_ZH[nat])
    if g.chance(0.6):
        d.f("護照號碼{pp}，", pp=g.passport(nat))
    d.f("居留證號{arc}）主張仲介{co}超收服務費", arc=g.arc(), co=g.company())
    d.t(f"{g.amount()}，並遭雇主扣留護照。")
    d.f(
        "通譯{i}在場協助翻譯，{w}表示：「我每個月只拿到{n}元。」",
        i=interp,
        w=w,
        n=f"{g.n(8, 22)}000",
    )
    if g.chance(0.5):
        d.f("\n申請人聯絡電話：{ph}", ph=g.mobile())


def _labor_speech(g: _Gen, d: _Doc) -> None:
    app, boss, rep = g.local(), g.local(), g.local()
    d.f(
        "申請人{a}陳述：「我在那邊做了{y}年，老闆{b}突然叫我不用來了，連資遣費都沒給，",
        a=app,
        y=_cn_num(g.n(2, 15)),
        b=boss,
    )
    d.t(g.c(["加班費也都沒算。」", "我有打卡紀錄可以證明。」", "我現在每個月房貸都繳不出來。」"]))
    d.f(
        "\n相對人代表{r}{h}表示：「{a}是自己離職的，公司有留存離職單。」",
        r=rep,
        h=g.hon(rep, 0.7),
        a=app,
    )


def _labor_note(g: _Gen, d: _Doc) -> None:
    p = g.local()
    form = g.n(0, 2)
    if form == 0:
        d.f(
            "{dt} {p}{h}來電（{ph}）詢問調解進度，已告知排定{dt2}。",
            dt=g.date(),
            p=p,
            h=g.hon(p),
            ph=g.mobile(),
            dt2=g.date(),
        )
    elif form == 1:
        d.f(
            "補件通知：請申請人{p}於{dt}前補正勞保投保資料，回覆信箱{em}。",
            p=p,
            dt=g.date(),
            em=g.email(),
        )
    else:
        d.f(
            "{p}（{i}）今日臨櫃申請調解，相對人為{co}，已收件，收件編號{code}。",
            p=p,
            i=g.tw_id(p),
            co=g.company(),
            code=g.code(),
        )


def _labor_attendance(g: _Gen, d: _Doc) -> None:
    d.t("出席人員簽名\n")
    for role in g.rng.sample(
        ["申請人", "相對人代理人", "調解人", "記錄", "通譯", "申請人之配偶"], g.n(3, 4)
    ):
        p = g.foreigner() if role == "通譯" and g.chance(0.3) else g.local()
        d.f("{r}{sp}{p}\n", r=role, sp=g.c(["　", "：", " "]), p=p)
    if g.chance(0.6):
        d.f("承辦人聯絡電話：{ph}", ph=g.landline(0.7))


def _neg_labor(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 2)
    if form == 0:
        d.t(
            f"本局{g.c([112, 113])}年受理勞資爭議調解案件計{g.n(800, 6000):,}件，"
            f"調解成立率{g.n(45, 72)}%。"
        )
        d.t(
            f"依{g.article('labor')}規定，"
            f"調解委員應於指派後{g.c(['七', '十'])}日內提出調解方案。函號{g.docno('labor')}。"
        )
    elif form == 1:
        d.t(
            f"相對人{g.company()}（統一編號{g.ban()}）經兩次通知未到場，依{g.article('labor')}處{g.amount()}罰鍰，"
        )
        d.t(
            f"限於{g.date()}前繳納，繳費單號{g.code()}；"
            f"逾期移送行政執行署{g.c(['臺北', '新北', '桃園'])}分署。"
        )
    else:
        d.t(
            f"{g.company()}於{g.date()}通報大量解僱計畫，"
            f"預計資遣{g.n(20, 300)}人，依大量解僱勞工保護法第4條"
        )
        d.t(
            f"應於{g.c(['60', '六十'])}日前通知主管機關。協商會議訂於{g.when()}召開，"
            f"地點{g.c(['本局3樓大禮堂', '林口區公所會議室', '高雄加工出口區管理處'])}。"
        )


# ---- library -----------------------------------------------------------------------


def _lib_overdue(g: _Gen, d: _Doc) -> None:
    p = g.local()
    d.f("讀者{p}{h}", p=p, h=g.hon(p, 0.6))
    if g.chance(0.5):
        d.f("（借閱證以身分證號{i}申辦）", i=g.tw_id(p))
    d.t(
        f"於{g.date()}借閱《{g.c(_BOOKS)}》等{g.n(2, 9)}冊，"
        f"逾期{g.n(3, 90)}日，應繳逾期費{g.n(10, 300)}元。"
    )
    if g.chance(0.5):
        d.f("已以簡訊通知{ph}。", ph=g.mobile())


def _lib_form(g: _Gen, d: _Doc) -> None:
    s = _sep(g)
    alien = g.chance(0.2)
    p = g.foreigner() if alien else g.local()
    d.f("借閱證申請書\n申請人姓名{s}{p}\n出生日期{s}{b}\n", s=s, p=p, b=g.birth(1940, 2006))
    d.f("身分證/居留證號{s}{i}\n", s=s, i=g.arc() if alien else g.tw_id(p))
    if g.chance(0.7):
        d.f("通訊地址{s}{a}\n", s=s, a=g.address())
    d.f("手機{s}{ph}\n", s=s, ph=g.mobile())
    if g.chance(0.7):
        d.f("E-mail{s}{em}\n", s=s, em=g.email())
    if g.chance(0.4):
        d.f("法定代理人{s}{gd}（未滿12歲者填寫）\n", s=s, gd=g.local())
    d.t(g.c(["□同意接收電子報", "■同意接收電子報", "本人已詳閱借閱規則"]))


def _lib_notice(g: _Gen, d: _Doc) -> None:
    p = g.local()
    d.f(
        "{p} 您好：\n您借閱的館藏《{b}》（條碼{bc}）已逾期{n}天，",
        p=p,
        b=g.c(_BOOKS),
        bc=g.barcode(),
        n=g.n(2, 60),
    )
    d.t("請儘速歸還或至本館網站線上續借，逾期費每冊每日5元。\n")
    d.t(g.c(["新北市立圖書館 敬啟", "臺北市立圖書館 讀者服務組", "高雄市立圖書館 流通組"]))
    if g.chance(0.5):
        d.f("\n（本信件寄送至{em}，請勿直接回覆）", em=g.email())


def _lib_card_pay(g: _Gen, d: _Doc) -> None:
    p = g.local()
    d.f(
        "逾期罰款{amt}已由讀者{p}以信用卡{cc}線上繳納，交易序號{code}。",
        amt=g.amount(),
        p=p,
        cc=g.card(),
        code=g.code(),
    )
    if g.chance(0.4):
        d.f("發卡行來電確認（{ph}），持卡人即本人。", ph=g.landline())


def _lib_foreign(g: _Gen, d: _Doc) -> None:
    fp = g.foreigner()
    d.f("外籍讀者{fp}以居留證{arc}辦理借閱證，", fp=fp, arc=g.arc())
    d.f("聯絡電話{ph}，住址{a}。", ph=g.phone(), a=g.address())
    d.t(g.c(["已說明多元文化館藏位置。", f"推薦{_LANG[fp.kind]}書區。", "協助申請電子書帳號。"]))


def _lib_table(g: _Gen, d: _Doc) -> None:
    sep = _table_sep(g)
    d.t(f"逾期未還名單（{g.date()}）\n姓名{sep}電話{sep}逾期冊數{sep}應繳金額\n")
    for _ in range(g.n(2, 5)):
        d.f(
            "{p}{s}{ph}{s}{n}{s}{amt}\n",
            p=g.local(),
            s=sep,
            ph=g.phone(),
            n=g.n(1, 8),
            amt=f"{g.n(10, 400)}元",
        )
    d.t("以上請流通組於本週內電話催還。")


def _neg_lib(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 2)
    if form == 0:
        d.t(
            f"本館自{g.date()}起調整開放時間，週一及國定假日休館；"
            f"逾期費每冊每日5元，上限{g.n(100, 300)}元。"
        )
        d.t(f"依{g.article('lib')}辦理。文號{g.docno('lib')}。")
    elif form == 1:
        d.t(
            f"新書上架：《{g.c(_BOOKS)}》ISBN {g.isbn()}，"
            f"索書號{g.n(100, 999)}.{g.n(1, 99)} {g.n(1000, 9999)}，"
        )
        d.t(
            f"條碼{g.barcode()}，共{g.n(1, 6)}冊，"
            f"典藏於{g.c(['總館4樓', '石牌分館', '江子翠分館', '林口分館'])}。"
        )
    else:
        d.t(
            f"{g.c([112, 113])}年{g.n(1, 12)}月逾期統計：逾期冊數{g.n(100, 3000):,}冊，"
            f"罰款收入{g.amount()}，"
        )
        d.t(f"收據號碼自{g.code()}起。陳列架周邊張貼新版借閱規則，金額計算方式同前。")


# ---- fire safety -------------------------------------------------------------------


def _fire_inspect(g: _Gen, d: _Doc) -> None:
    s = _sep(g)
    d.t(f"消防安全檢查紀錄表\n檢查日期{s}{g.date()}\n場所名稱{s}{g.shop()}\n")
    d.f("場所地址{s}{a}\n", s=s, a=g.address())
    owner, mgr = g.local(), g.local()
    d.f("管理權人{s}{o}　電話{s}{ph}\n", s=s, o=owner, ph=g.phone())
    d.f("防火管理人{s}{m}", s=s, m=mgr)
    if g.chance(0.4):
        d.f("（身分證統一編號{i}）", i=g.tw_id(mgr))
    d.t("\n檢查結果：")
    d.t(g.c(["滅火器壓力不足2具、", "避難方向指示燈故障1處、", "安全門前堆放雜物、"]))
    d.t(g.c(["緩降機未定期保養，", "火警受信總機故障，", "防火門無法自動關閉，"]))
    d.t(f"限期{g.date()}前改善，逾期依{g.article('fire')}處{g.amount()}罰鍰。")


def _fire_drill(g: _Gen, d: _Doc) -> None:
    d.t(f"{g.date()}於{g.c(_BUILDINGS)}辦理自衛消防編組演練，")
    d.f("指揮官{a}，", a=g.local())
    d.t("通報班")
    d.p(g.local())
    d.t("、滅火班")
    d.p(g.local())
    if g.chance(0.5):
        d.t("、")
        d.p(g.local())
    d.f(
        "、避難引導班{a}，參與人數{n}人，全程{m}分鐘完成疏散。",
        a=g.local(),
        n=g.n(20, 180),
        m=g.n(3, 15),
    )
    if g.chance(0.5):
        d.f("\n聯絡人：{p}　{ph}", p=g.local(), ph=g.phone())


def _fire_home(g: _Gen, d: _Doc) -> None:
    elder, fam = g.local(), g.local()
    d.f(
        "本分隊至{e}{h}住處（{a}）安裝住宅用火災警報器{n}只，",
        e=elder,
        h=g.elder(elder),
        a=g.address(),
        n=g.c(["2", "3", "二"]),
    )
    d.f("並宣導瓦斯爐使用安全；家屬{f}聯絡電話{ph}。", f=fam, ph=g.phone())


def _fire_complaint(g: _Gen, d: _Doc) -> None:
    p = g.local()
    d.f(
        "民眾{p}{h}（{ph}）檢舉{a}一樓鐵捲門常時關閉，影響逃生，",
        p=p,
        h=g.hon(p),
        ph=g.mobile(),
        a=g.address(floor=False),
    )
    d.t(
        f"本局於{g.date()}派員會勘，"
        f"{g.c(['屬實，已開立限期改善通知單。', '未發現違規情事。', '現場無人應門，擇期複查。'])}"
    )
    if g.chance(0.3):
        d.f("回覆已寄{em}。", em=g.email())


def _fire_dorm(g: _Gen, d: _Doc) -> None:
    nat = g.c(["VN", "TH", "PH", "ID"])
    boss = g.foreigner(nat)
    d.f(
        "移工宿舍（{a}）住宿{n}人，舍監{b}（居留證號{arc}）",
        a=g.address(),
        n=g.n(12, 80),
        b=boss,
        arc=g.arc(),
    )
    d.t("表示各寢室均有獨立式偵煙器；")
    d.f("雇主{co}現場負責人{m}承諾於{dt}前增設滅火器。", co=g.company(), m=g.local(), dt=g.date())


def _neg_fire(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 2)
    if form == 0:
        d.t(
            f"本局訂於{g.date()}辦理{g.c([113, 114])}年度防火管理人複訓講習，"
            f"地點：{g.c(['消防局4樓禮堂', '江翠國中活動中心', '高雄展覽館'])}，"
        )
        d.t(
            f"報名至{g.date()}止，依{g.article('fire')}規定，每{g.c(['三', '3'])}年應接受複訓一次。"
        )
    elif form == 1:
        d.t(
            f"{g.shop()}消防安全設備檢修申報，申報編號{g.code('FS')}，檢修機構{g.company()}（統一編號{g.ban()}）。"
        )
        d.t("不合格項目：出口標示燈電池老化、排煙設備未動作；石膏板隔間符合規定。")
    else:
        d.t(
            f"{g.c([112, 113])}年{g.c(['信義區', '鳳山區', '中壢區', '花蓮市'])}"
            f"火災{g.n(10, 200)}件，"
            f"財損{g.amount()}，"
        )
        d.t(f"起火原因以電氣因素居多；黃昏及凌晨時段應加強巡查。相關公文：{g.docno('fire')}。")


# ---- military service ---------------------------------------------------------------


def _mil_form(g: _Gen, d: _Doc) -> None:
    s = _sep(g)
    p = g.local("M")
    d.t(g.c(["役男申請緩徵（在學）申請書\n", "延期徵集入營申請表\n"]))
    d.f("役男姓名{s}{p}\n出生日期{s}{b}\n", s=s, p=p, b=g.birth(1996, 2006))
    d.f("身分證統一編號{s}{i}\n", s=s, i=g.tw_id("1"))
    if g.chance(0.7):
        d.f("戶籍地址{s}{a}\n", s=s, a=g.address())
    d.t(f"就讀學校{s}{g.c(_SCHOOLS)}　{g.c(_DEPTS)}　{g.c(['一', '二', '三', '四'])}年級\n")
    d.f("聯絡電話{s}{ph}\n", s=s, ph=g.phone())
    if g.chance(0.5):
        rel, parent = _kin(g, ["", "（父）", "（母）"])
        d.f("家長{s}{q}{h}", s=s, q=parent, h=rel)


def _mil_letter(g: _Gen, d: _Doc) -> None:
    p = g.local("M")
    d.f(
        "主旨：核准役男{p}（{b}生，身分證統一編號{i}）緩徵至{dt}，請查照。\n",
        p=p,
        b=g.birth(1996, 2006),
        i=g.tw_id("1"),
        dt=g.date(),
    )
    d.t(f"說明：\n一、依{g.article('mil')}規定辦理。\n二、復台端{g.date()}申請書。\n")
    d.f("正本：{p}{h}\n", p=p, h=g.c(["君", "先生", ""]))
    if g.chance(0.5):
        d.f(
            "副本：{co}區公所兵役課（承辦人{q}，{ph}）",
            co=g.c(["信義", "板橋", "中壢", "北屯", "苓雅"]),
            q=g.local(),
            ph=g.landline(0.8),
        )


def _mil_call(g: _Gen, d: _Doc) -> None:
    son, mom = g.local("M"), g.local("F")
    d.f(
        "{dt} 役男{s}母親{m}來電（{ph}），詢問出國就學申請", dt=g.date(), s=son, m=mom, ph=g.phone()
    )
    d.t(g.c(["，已說明需檢附在學證明正本。", "應備文件，已寄送表單。", "，另告知役男須本人簽名。"]))
    if g.chance(0.4):
        d.f("役男生日{b}，已逾{a}歲。", b=g.birth(1995, 2005), a=g.c(["19", "二十"]))


def _mil_abroad(g: _Gen, d: _Doc) -> None:
    p = g.local("M")
    rel, kin = _kin(g, ["", "（父）", "（母）", "（兄）"])
    d.f(
        "役男{p}就讀{sc}，護照號碼{pp}，申請{y}學年度出境就學，",
        p=p,
        sc=g.c(_FOREIGN_SCHOOLS),
        pp=g.passport(),
        y=g.c([113, 114]),
    )
    d.f("海外聯絡email {em}", em=g.email())
    if g.chance(0.5):
        d.f(
            "，國內聯絡人{q}{h}（{ph}）",
            q=kin,
            h=rel,
            ph=g.mobile(),
        )
    d.t("。")


def _mil_list(g: _Gen, d: _Doc) -> None:
    d.t(g.c(["本梯次核准延期徵集名單：\n", "緩徵核准名冊（節錄）\n"]))
    for i in range(g.n(2, 5)):
        d.f("{i}. {p}　{id}\n", i=i + 1, p=g.local("M"), id=g.tw_id("1"))
    d.t(f"以上共計{g.n(2, 40)}名，依{g.article('mil')}辦理。")


def _neg_mil(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 2)
    if form == 0:
        d.t(f"{g.c([93, 94, 95])}年次役男徵兵檢查自{g.date()}起分梯實施，地點：{g.c(_HOSPITALS)}，")
        d.t(f"依{g.article('mil')}規定，未按時到檢者依法處理。洽詢時間{g.time()}至17時。")
    elif form == 1:
        d.t(
            f"替代役第{g.n(200, 280)}梯次{g.c(['一般', '警察', '社會'])}役役男入營日期{g.date()}，"
            "報到地點成功嶺營區，"
        )
        d.t(f"請攜帶健保卡影本；費用由國防部支應，每人補助{g.amount()}。")
    else:
        d.t(f"國防部{g.docno('mil')}函：修正「役男申請出境作業要點」第{g.n(3, 12)}點，")
        d.t(f"自{g.date()}生效，司法院釋字第{g.n(400, 800)}號解釋意旨併予參照。")


# ---- fishing and coast guard --------------------------------------------------------


def _sea_board(g: _Gen, d: _Doc) -> None:
    s = _sep(g)
    d.t(f"{g.when()} 於{g.c(_PORTS)}實施{g.c(['出港', '進港'])}安檢\n")
    d.t(f"船名{s}{g.vessel()}（{g.ct()}）\n")
    cap = g.local("M")
    d.f("船長{s}{c}", s=s, c=cap)
    if g.chance(0.6):
        d.f("　身分證字號{s}{i}", s=s, i=g.tw_id(cap))
    nat = g.c(["ID", "ID", "PH", "VN"])
    k = g.n(1, 3)
    own = g.n(1, 3)
    d.t(f"\n船員{s}{k + own}人（本國籍{own}人，{_NAT_ZH[nat]}籍{k}人）\n外籍船員{s}")
    for i in range(k):
        if i:
            d.t("、")
        d.f("{w}（護照{pp}）", w=g.foreigner(nat, "M"), pp=g.passport(nat))
    d.t(
        "\n檢查結果："
        + g.c(
            [
                "人船證相符，准予出港。",
                "救生衣數量不足，已勸導補足。",
                "漁船船員手冊逾期，當場告誡。",
            ]
        )
    )


def _sea_licence(g: _Gen, d: _Doc) -> None:
    s = _sep(g)
    d.t(g.c(["漁業執照換發申請書\n", "漁船船員名冊異動申報\n"]))
    owner = g.local()
    d.f("申請人（船主）{s}{p}\n身分證統一編號{s}{i}\n", s=s, p=owner, i=g.tw_id(owner))
    if g.chance(0.7):
        d.f("地址{s}{a}\n", s=s, a=g.address())
    d.f("電話{s}{ph}\n", s=s, ph=g.phone())
    d.t(f"漁船名稱{s}{g.vessel()}　漁船統一編號{s}{g.ct()}\n")
    d.t(f"作業漁法{s}{g.c(['延繩釣', '刺網', '扒網', '一支釣'])}　規費{g.amount()}")


def _sea_incident(g: _Gen, d: _Doc) -> None:
    nat = g.c(["ID", "PH", "VN"])
    w, cap = g.foreigner(nat, "M"), g.local("M")
    d.f(
        "外籍船員{w}（居留證{arc}）於作業時左手遭捲揚機夾傷，由船長{c}以衛星電話通報，",
        w=w,
        arc=g.arc(),
        c=cap,
    )
    d.t(f"本隊派{g.c(['PP-10036', 'CP-1012', 'PP-3587'])}艇接駁，{g.time()}送抵{g.c(_HOSPITALS)}。")
    if g.chance(0.5):
        d.f("{w}健保卡號{nh}。", w=w, nh=g.nhi())


def _sea_speech(g: _Gen, d: _Doc) -> None:
    cap = g.local("M")
    ws = [g.foreigner(g.c(["ID", "PH"]), "M") for _ in range(g.n(1, 2))]
    d.f("（詢問筆錄摘要）船長{c}：「", c=cap)
    for i, w in enumerate(ws):
        if i:
            d.t("跟")
        d.p(w)
    d.t("他們昨天都有在船上，我們是凌晨三點出港的，")
    d.t(g.c(["船上沒有其他人。」", "回來的時候才發現少一個救生圈。」", "漁獲都在冰艙裡。」"]))
    if g.chance(0.5):
        d.f("\n船長聯絡電話{ph}。", ph=g.mobile())


def _sea_table(g: _Gen, d: _Doc) -> None:
    sep = _table_sep(g)
    d.t(f"{g.vessel()}船員名冊\n序號{sep}姓名{sep}國籍{sep}護照號碼{sep}職務\n")
    for i in range(g.n(2, 5)):
        nat = g.c(["ID", "PH", "VN"])
        d.f(
            "{i}{s}{w}{s}{zh}{s}{pp}{s}{job}\n",
            i=i + 1,
            s=sep,
            w=g.foreigner(nat, "M"),
            zh=_NAT_ZH[nat],
            pp=g.passport(nat),
            job=g.c(["船員", "輪機", "廚師"]),
        )
    d.f("船長簽章：{c}", c=g.local())


def _neg_sea(g: _Gen, d: _Doc) -> None:
    form = g.n(0, 2)
    if form == 0:
        d.t(
            f"{g.c(_PORTS)}今日進出港漁船計{g.n(20, 180)}艘，"
            f"{g.c(['東北風', '西南風'])}{g.n(4, 7)}級，浪高{g.n(1, 4)}公尺，"
        )
        d.t(f"{g.time()}起暫停{g.c(['膠筏', '娛樂漁船'])}出港；江面與港區航道無異常漂流物。")
    elif form == 1:
        d.t(
            f"漁船「{g.vessel()}」（{g.ct()}）於北緯{g.n(21, 26)}度{g.n(0, 59)}分、"
            f"東經{g.n(118, 123)}度{g.n(0, 59)}分作業，"
        )
        d.t(f"經查使用違規漁具，依{g.article('sea')}處{g.amount()}罰鍰，文號{g.docno('sea')}。")
    else:
        y, m = g.c([113, 114]), g.n(2, 6)
        d.t(f"漁業署公告{y}年鯖鰺漁業休漁期自{y}年{m}月1日至{m + 1}月{g.n(15, 30)}日止，")
        d.t(
            f"期間{g.c(['蘇澳', '東港', '澎湖'])}地區漁船應停泊於指定港口，"
            f"違者依{g.article('sea')}處分。吳郭魚養殖業者不在此限。"
        )


_POSITIVE = [
    _ltc_form, _ltc_note, _ltc_caregiver, _ltc_speech, _ltc_table, _ltc_payment, _ltc_meeting,
    _labor_record, _labor_foreign, _labor_speech, _labor_note, _labor_attendance,
    _lib_overdue, _lib_form, _lib_notice, _lib_card_pay, _lib_foreign, _lib_table,
    _fire_inspect, _fire_drill, _fire_home, _fire_complaint, _fire_dorm,
    _mil_form, _mil_letter, _mil_call, _mil_abroad, _mil_list,
    _sea_board, _sea_licence, _sea_incident, _sea_speech, _sea_table,
]  # fmt: skip
_NEGATIVE = [_neg_ltc, _neg_labor, _neg_lib, _neg_fire, _neg_mil, _neg_sea]


def generate_heldout41(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        d = _Doc()
        if rng.random() < 0.25:
            rng.choice(_NEGATIVE)(g, d)
            samples.append(Sample(d.text(), [], True, []))
        else:
            rng.choice(_POSITIVE)(g, d)
            samples.append(Sample(d.text(), d.spans, False, d.known))
    return samples, list(g.known)
