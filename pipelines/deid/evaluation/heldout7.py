"""Held-out evaluation set 7: free-text fields of Taiwanese agencies with gold PII spans.

Why a seventh set: every earlier set has been looked at while the scanner was tuned, so its
figures are no longer an honest estimate of recall and precision on unseen text. This set was
written by an author who never read the scanner, its recognizers or the earlier sets; its
templates, name lists and look-alikes are its own. Its first measurement is the held-out figure.

How it is built: each sample is one record from a genre of agency free text (labour
inspections, home visits, mediation minutes, 1999 hotline transcripts, ...). Texts are written
piece by piece through :class:`_Doc`, which records a span whenever an entity value is
appended, so offsets are exact by construction rather than found again by searching. About a
quarter of the samples are hard negatives: the same genres with only look-alikes (document and
case numbers, company BANs, statute articles, amounts, ordinary dates, place names that begin
with a surname character, job titles without names). Every look-alike number is drawn again
until no identifier validator accepts it, so a detection in a hard negative is a genuine false
positive. Agency service numbers and official e-mail addresses are kept out of every text, so
any phone or e-mail present is a private one.

The "known names" list imitates a dataset's name column: about half of the PERSON mentions use
a name from it, the rest are names that appear in no list, and it also holds names that never
occur in any text (as a real name column would).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout7"]

# Full-width forms of the characters that occur in values (NFKC maps them back one to one).
_FW = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/_"
}
_FW_RATE = 0.12  # share of values written in full-width characters
_HARD_NEGATIVE_RATE = 0.25
_KNOWN_RATE = 0.5  # share of PERSON mentions whose name is in the known list


def _w(words: str, sep: str | None = None) -> list[str]:
    """Split a word list written as one string (compact to read, easy to extend)."""
    return words.split(sep)


# --------------------------------------------------------------------------------------------
# Name material (the author's own lists; surnames weighted roughly by their frequency in Taiwan)
# --------------------------------------------------------------------------------------------
_SURNAMES: tuple[tuple[str, float], ...] = (
    ("陳", 11.1), ("林", 8.3), ("黃", 6.0), ("張", 5.3), ("李", 5.1), ("王", 4.1), ("吳", 4.0),
    ("劉", 3.2), ("蔡", 2.9), ("楊", 2.7), ("許", 2.3), ("鄭", 1.9), ("謝", 1.8), ("郭", 1.7),
    ("洪", 1.6), ("曾", 1.5), ("邱", 1.5), ("廖", 1.5), ("賴", 1.5), ("周", 1.4), ("徐", 1.3),
    ("蘇", 1.3), ("葉", 1.3), ("莊", 1.2), ("呂", 1.2), ("江", 1.1), ("何", 1.1), ("蕭", 1.0),
    ("羅", 1.0), ("高", 0.9), ("潘", 0.8), ("簡", 0.8), ("朱", 0.8), ("鍾", 0.8), ("彭", 0.7),
    ("游", 0.7), ("詹", 0.7), ("胡", 0.7), ("施", 0.7), ("沈", 0.6), ("余", 0.6), ("盧", 0.6),
    ("梁", 0.6), ("趙", 0.5), ("顏", 0.5), ("柯", 0.5), ("翁", 0.5), ("魏", 0.5), ("孫", 0.4),
    ("戴", 0.4), ("范", 0.4), ("方", 0.4), ("宋", 0.4), ("鄧", 0.4), ("杜", 0.3), ("傅", 0.3),
    ("侯", 0.3), ("曹", 0.3), ("薛", 0.3), ("丁", 0.3), ("卓", 0.3), ("阮", 0.2), ("馬", 0.2),
    ("董", 0.2), ("温", 0.2), ("唐", 0.2), ("藍", 0.2), ("石", 0.2), ("蔣", 0.2), ("古", 0.2),
    ("紀", 0.2), ("姚", 0.2), ("連", 0.2), ("馮", 0.2), ("歐", 0.15), ("程", 0.15), ("湯", 0.15),
    ("田", 0.15), ("康", 0.15), ("姜", 0.15), ("白", 0.1), ("汪", 0.1), ("鄒", 0.1), ("尤", 0.1),
    ("巫", 0.1), ("鐘", 0.1), ("黎", 0.1), ("涂", 0.1), ("龔", 0.1), ("嚴", 0.1), ("韓", 0.1),
    ("袁", 0.1), ("金", 0.1), ("童", 0.1), ("陸", 0.1), ("夏", 0.1), ("柳", 0.05), ("凃", 0.05),
    ("邵", 0.05), ("錢", 0.05), ("伍", 0.05), ("倪", 0.05), ("溫", 0.1), ("于", 0.05), ("譚", 0.05),
    ("駱", 0.05), ("熊", 0.05), ("任", 0.05), ("甘", 0.05), ("秦", 0.05), ("顧", 0.05),
    ("毛", 0.05), ("章", 0.05), ("史", 0.05), ("官", 0.05), ("萬", 0.05), ("俞", 0.05),
    ("雷", 0.05), ("粘", 0.05), ("饒", 0.05), ("鄞", 0.03), ("褚", 0.03), ("甯", 0.02),
    ("闕", 0.03), ("練", 0.03), ("鄔", 0.02), ("殷", 0.02), ("麥", 0.02), ("蒲", 0.02),
    ("車", 0.02), ("管", 0.02), ("邢", 0.02), ("艾", 0.02), ("房", 0.02), ("冉", 0.01),
    # Compound surnames are over-weighted (real share is ~0.1 %) so the set covers them.
    ("張簡", 0.5), ("歐陽", 0.4), ("范姜", 0.3), ("司馬", 0.05), ("諸葛", 0.05),
    ("上官", 0.05), ("西門", 0.02),
)  # fmt: skip
_SURNAME_LIST = [s for s, _ in _SURNAMES]
_SURNAME_WEIGHTS = [w for _, w in _SURNAMES]

_F1 = "淑美雅怡佳欣宜思雨婉筱秀麗玉惠靜慧瑞品芷語若郁沛宛珮曉湘映亭詠書心采韻貞素月春碧"
_F2 = "芬玲婷君穎蓁涵萱瑜珍華娟如真雯慧柔妤彤琪卉潔薇鈴蓉霞燕嬌琴鳳菁儀瑄甄嫻姿妮綺"
_M1 = "志建俊家冠承柏宇彥文明國偉士宗凱信嘉子育昱振達永正世博哲睿宏孟峻崇添金榮清坤銘啟耀"
_M2 = "明豪宏傑翰偉賢銘誠廷宇軒霖安勳忠雄峰德仁輝鈞緯皓源隆昌福旺彬哲恩碩祥"
_SINGLE = "潔薇瑩雯琪婕萍勇誠翔傑斌強剛豪"
_OLD_GIVEN = _w(
    "秀英 玉蘭 美惠 麗珠 月娥 金葉 寶珠 素琴 阿桃 春美 秀鳳 淑貞 碧霞 清標 金發 添丁 火旺 "
    "阿土 文雄 榮華 振福 坤山 水木 阿滿 罔市 玉枝 錦雲"
)

_INDIG_HAN_A = _w(
    "巴奈 吉娃斯 尤幹 瓦旦 撒韻 比令 拉娃 伊萬 烏瑪 阿洛 馬耀 拉姆 哈勇 達少 烏杜 蘇拉 莎韻 "
    "阿布 法拉 依婉 帖木 都達 嘎造 娃利"
)
_INDIG_HAN_B = _w(
    "達利 尤命 巴萬 馬紹 瓦歷斯 拉瓦 雅布 沙布 那莫 吉拉 古拉斯 芭翁 阿道 卡造 伊斯坦大 都宜 "
    "索伊 比吼 撒萬 谷慕"
)
_INDIG_LAT_A = _w(
    "Walis Yupas Pasang Temu Iwan Yawi Payan Lituk Sayun Kui Sakinu Panay Ikay Dakis Umav "
    "Calivat Akiw Lahuy Piya Muni"
)
_INDIG_LAT_B = _w(
    "Watan Nawi Tali Yapu Mayaw Batu Baunay Pisuy Kacaw Sulu Tanapima Istanda Tjivuluan Neng "
    "Icyang Kumu Losing Hayung"
)
_INTERPUNCTS = ("·", "‧", "•")

_VN_SUR = _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly")
_VN_MID_F = ["Thi", "Thi Thu", "Thi Ngoc", "Ngoc", "Thu", "Thi Kim"]
_VN_MID_M = ["Van", "Duc", "Minh", "Quang", "Huu", "Thanh"]
_VN_GIV_F = _w("Lan Hoa Huong Mai Thao Trang Linh Nga Phuong Hanh Tuyet Nhung Yen Diem")
_VN_GIV_M = _w("Hung Dung Tuan Nam Hai Long Son Cuong Thang Khoa Phuc Binh")
_VN_DIACRITICS = {
    "Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm", "Thi": "Thị", "Van": "Văn",
    "Huong": "Hương", "Phuong": "Phương", "Hung": "Hùng", "Dung": "Dũng", "Tuan": "Tuấn",
    "Duc": "Đức", "Hoang": "Hoàng", "Ngoc": "Ngọc", "Thu": "Thu",
}  # fmt: skip
_VN_HAN_SUR = "阮陳黎范黃潘武鄧裴杜胡吳丁"
_VN_HAN_MID = "氏文玉明清金"
_VN_HAN_GIV = "芳蘭花香梅草玲娥雄勇俊南海龍山幸秋雪英鸞翠紅"
_ID_A = _w(
    "Siti Sri Dewi Nur Rina Ani Yuli Eka Wati Agus Budi Joko Rudi Ahmad Muhammad Dian Ayu "
    "Putri Indah Fitri"
)
_ID_B = _w(
    "Aminah Wahyuni Lestari Rahayu Susanti Handayani Santoso Setiawan Purnomo Hidayat "
    "Kurniawan Saputra Rahmawati Wulandari Maryati Suryani"
)
_ID_HAN_A = _w("斯莉 希蒂 德薇 努兒 莉娜 雅尼 尤莉 艾卡 阿古斯 布迪 約科 達雅")
_ID_HAN_B = _w("阿米娜 瓦尤妮 萊絲塔莉 拉哈尤 蘇珊蒂 桑托索 哈迪 普特莉 絲莉雅蒂")
_TH_A = _w(
    "Somchai Somsak Sompong Prasert Wichai Anan Kittisak Supachai Nattapong Malee Siriporn "
    "Kanya Pranee Sunisa Wanida Ratana"
)
_TH_B = _w(
    "Srisuk Boonmee Chaiyasit Saengthong Wongsawat Thongdee Kaewmanee Phromma Sukjai Intharak"
)
_TH_HAN_A = _w("頌猜 宋薩 瑪莉 甘雅 蘇妮莎 普拉瑟 威猜 阿南")
_TH_HAN_B = _w("汶米 通迪 西素 蓬瑪 乍亞")
_PH_FIRST = _w(
    "Maria Cristina|Mary Ann|Jocelyn|Rowena|Marites|Jennifer|Lorna|Angelica|Mark Anthony|"
    "John Paul|Jerome|Rodel|Reynaldo|Arnel|Joel|Lovely|Rhea",
    sep="|",
)
_PH_LAST = _w(
    "Santos|Reyes|Cruz|Bautista|Garcia|Mendoza|Villanueva|Ramos|Aquino|Castillo|Flores|"
    "Gonzales|Navarro|Torres|Dizon|Manalo|Dela Cruz|De Leon",
    sep="|",
)
_ROM_SUR = {
    "陳": "CHEN", "林": "LIN", "黃": "HUANG", "張": "CHANG", "李": "LEE", "王": "WANG",
    "吳": "WU", "劉": "LIU", "蔡": "TSAI", "楊": "YANG", "許": "HSU", "鄭": "CHENG",
    "謝": "HSIEH", "郭": "KUO", "洪": "HUNG", "曾": "TSENG", "邱": "CHIU", "廖": "LIAO",
    "賴": "LAI", "周": "CHOU", "徐": "HSU", "葉": "YEH", "莊": "CHUANG", "江": "CHIANG",
}  # fmt: skip
_ROM_SYL = _w(
    "YU TING MEI HUA CHIH MING WEI HSIN CHUN CHIA HAO YI PEI SHU FEN CHIEN HSIANG KUAN TZU "
    "HAN YEN LING HUNG AN JUI PO SHENG HSUAN CHING WEN CHE YUNG"
)
_EN_NICK = _w("amy kevin jerry sunny candy peggy vivian tony jack ivy grace winnie eric allen ken")

# --------------------------------------------------------------------------------------------
# Place material for addresses
# --------------------------------------------------------------------------------------------
_GENERIC_ROADS = _w(
    "中山路 中正路 民族路 民權路 光復路 復興路 建國路 和平路 自強路 文化路 成功路 信義路 仁愛路 "
    "忠孝路 公園路 站前路 民生路 大同路 三民路 四維路 五福路 興南街 長春街 福德街 永安街 博愛街"
)
_CITIES: tuple[tuple[str, str, str, str], ...] = (
    # (city, postal prefix, districts, roads special to it)
    ("臺北市", "1", "中正區 大安區 信義區 士林區 北投區 文山區 內湖區 萬華區",
     "羅斯福路 和平東路 忠孝東路 承德路 木柵路 石牌路 西園路 基隆路"),
    ("台北市", "1", "松山區 中山區 大同區 南港區", "八德路 南京東路 民生東路 重慶北路"),
    ("新北市", "2", "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 汐止區 樹林區 淡水區",
     "重新路 景平路 永貞路 中華路 思源路 北新路 金城路 大觀路"),
    ("桃園市", "3", "桃園區 中壢區 平鎮區 八德區 楊梅區 龜山區 大園區",
     "中山東路 環中東路 延平路 興豐路 介壽路"),
    ("臺中市", "4", "西屯區 北屯區 南屯區 豐原區 大里區 太平區 霧峰區 沙鹿區",
     "臺灣大道 文心路 崇德路 中清路 向上路 永春東路"),
    ("台中市", "4", "西區 東區 南區", "五權路 忠明南路 美村路"),
    ("臺南市", "7", "東區 永康區 安南區 新營區 北區 仁德區 歸仁區",
     "中華東路 長榮路 小東路 安和路"),
    ("高雄市", "8", "三民區 苓雅區 前鎮區 左營區 鳳山區 楠梓區 小港區 岡山區 旗山區",
     "九如路 博愛路 自由路 五甲路 青年路"),
    ("基隆市", "2", "仁愛區 七堵區 安樂區 暖暖區", "愛三路 基金一路"),
    ("新竹市", "3", "東區 北區 香山區", "光復路 經國路 食品路"),
    ("嘉義市", "6", "東區 西區", "垂楊路 友愛路"),
    ("新竹縣", "3", "竹北市 竹東鎮 湖口鄉 新豐鄉", "縣政九路 東寧路"),
    ("苗栗縣", "3", "苗栗市 頭份市 竹南鎮 苑裡鎮", "為公路 尚順路"),
    ("彰化縣", "5", "彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮", "中華西路 員林大道"),
    ("南投縣", "5", "南投市 埔里鎮 草屯鎮 竹山鎮 信義鄉 仁愛鄉", "中興路 太平路"),
    ("雲林縣", "6", "斗六市 虎尾鎮 北港鎮 麥寮鄉 口湖鄉", "雲林路 林森路"),
    ("嘉義縣", "6", "太保市 朴子市 民雄鄉 水上鄉 阿里山鄉", "祥和二路 山子頂"),
    ("屏東縣", "9", "屏東市 潮州鎮 東港鎮 恆春鎮 內埔鄉 三地門鄉", "廣東路 自由路"),
    ("宜蘭縣", "2", "宜蘭市 羅東鎮 蘇澳鎮 礁溪鄉 南澳鄉", "中山路 純精路"),
    ("花蓮縣", "9", "花蓮市 吉安鄉 壽豐鄉 玉里鎮 秀林鄉", "中央路 建國路"),
    ("臺東縣", "9", "臺東市 成功鎮 關山鎮 卑南鄉 太麻里鄉", "更生路 中華路"),
    ("澎湖縣", "8", "馬公市 湖西鄉", "光復路 三多路"),
    ("金門縣", "8", "金城鎮 金湖鎮", "民生路 環島北路"),
)  # fmt: skip
_VILLAGES = _w("中興 東興 永安 福德 新生 和平 南和 大同 長樂 仁和 德安 光明 崙頂 頂寮")

# --------------------------------------------------------------------------------------------
# Look-alike material (for hard negatives and as background in positive texts)
# --------------------------------------------------------------------------------------------
_DOC_PREFIX = _w(
    "府社 府勞 府消 北市社 新北府社 中市勞 高市府社 南市消 桃府農 竹縣府原 花府社 勞動發 "
    "衛部救 農授防 府授財 府民戶"
)
_CASE_WORDS = _w("調 勞檢 家非調 交 陳 救 租補 獎 原補 動收")
_LAWS = _w(
    "勞動基準法第24條 勞動基準法第32條第2項 消防法第6條第1項 個人資料保護法第20條 "
    "社會救助法第5條 鄉鎮市調解條例第26條 動物保護法第12條 道路交通管理處罰條例第43條 "
    "就業服務法第40條 所得稅法第71條 農業天然災害救助辦法第4條 戶籍法第22條 "
    "租金補貼作業規定第8點 原住民族基本法第18條 家事事件法第107條"
)
_COMPANIES = _w(
    "瑞豐機械有限公司 永信物流股份有限公司 新合成食品行 大昌營造有限公司 順發人力仲介有限公司 "
    "金源鐵工廠 宏泰紡織股份有限公司 佳和清潔企業社 東昇電子股份有限公司 綠野農產合作社"
)
# Words that begin with a surname character but name nobody.
_SURNAME_WORDS = _w(
    "林務局 黃金博物館 高雄 王道 陳情 張貼 李子園 吳郭魚 周邊 何時 許可 楊梅 曾經 游泳池 江翠 "
    "白河 石門水庫 金山 林口 連續 馬路 田埂 高鐵 方便 簡易 古蹟 温泉 洪水 朱槿 葉菜 余額 蘇花公路"
)
_TITLES = _w(
    "承辦人員 里長 社工員 調解委員 消防分隊長 個案管理師 館員 村幹事 課長 科員 督導 "
    "勞動檢查員 所長 組長 委員"
)

# Statutes and job titles that fit each genre (a random statute reads as noise to a clerk).
_GENRE_LAWS: dict[str, str] = {
    "labour_inspection": "勞動基準法第24條 勞動基準法第32條第2項 勞基法第38條 職安法第6條",
    "home_visit": "社會救助法第5條 老人福利法第12條 身心障礙者權益保障法第71條",
    "fire_safety": "消防法第6條第1項 消防法第9條 消防法第37條",
    "mediation": "鄉鎮市調解條例第26條 鄉鎮市調解條例第27條 民法第184條",
    "library": "閱覽規則第12條 圖書資料賠償要點第3點",
    "disaster_relief": "農業天然災害救助辦法第4條 農業天然災害救助辦法第7條",
    "hospital_referral": "社會救助法第18條 全民健康保險法第50條",
    "tax_refund": "所得稅法第71條 稅捐稽徵法第28條",
    "rental_subsidy": "租金補貼作業規定第8點 住宅法第9條",
    "animal_shelter": "動物保護法第12條 動物保護法第19條",
    "traffic_accident": "道路交通管理處罰條例第43條 道交條例第35條 道路交通安全規則第102條",
    "hotline_1999": "自來水法第61條 電業法第46條 噪音管制法第6條",
    "migrant_broker": "就業服務法第40條 就業服務法第57條 私立就業服務機構收費項目及金額標準第6條",
    "scholarship": "清寒獎學金設置辦法第5條 原住民族教育法第24條",
    "petition_reply": "行政程序法第170條 道路交通管理處罰條例第56條 廢棄物清理法第27條",
    "household_registration": "戶籍法第22條 戶籍法第46條 姓名條例第1條",
    "indigenous_grant": "原住民族基本法第18條 部落發展補助作業要點第5點",
}
_GENRE_TITLES: dict[str, str] = {
    "labour_inspection": "勞動檢查員 承辦人員 科長",
    "home_visit": "社工員 督導 里長 個案管理師",
    "fire_safety": "消防分隊長 檢查人員 小隊長",
    "mediation": "調解委員 秘書 主席",
    "library": "館員 館長 流通組",
    "disaster_relief": "村幹事 課長 承辦人員",
    "hospital_referral": "社工師 個案管理師 護理長",
    "tax_refund": "承辦人員 審核員 科員",
    "rental_subsidy": "審查委員 承辦人員",
    "animal_shelter": "所長 獸醫師 志工隊長",
    "traffic_accident": "處理員警 分局長 鑑定委員",
    "hotline_1999": "話務人員 派工單位 區公所",
    "migrant_broker": "承辦人員 通譯 科長",
    "scholarship": "導師 主任委員 組長",
    "petition_reply": "承辦人員 里長 課長",
    "household_registration": "戶籍員 主任 課員",
    "indigenous_grant": "承辦人員 部落會議主席 課長",
}

_GENRE_CASE_WORD: dict[str, str] = {
    "labour_inspection": "勞檢", "home_visit": "救", "fire_safety": "消檢", "mediation": "調",
    "library": "館", "disaster_relief": "農救", "hospital_referral": "社轉", "tax_refund": "退",
    "rental_subsidy": "租補", "animal_shelter": "動收", "traffic_accident": "交",
    "hotline_1999": "市民", "migrant_broker": "移申", "scholarship": "獎",
    "petition_reply": "陳", "household_registration": "戶更", "indigenous_grant": "原補",
}  # fmt: skip

_FIELD_RE = re.compile(r"\{(\w+)\}")


class _Doc:
    """Text assembled piece by piece; each entity appended records its exact span."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, piece: str) -> None:
        """Append plain text (no entity)."""
        self._parts.append(piece)
        self._length += len(piece)

    def ent(self, value: str, label: str) -> None:
        """Append an entity value and record its span (offsets come from the running length)."""
        if not value or value != value.strip():
            raise ValueError("entity values must be non-empty and trimmed")
        self.spans.append((self._length, self._length + len(value), label))
        self.add(value)

    @property
    def text(self) -> str:
        """The assembled text."""
        return "".join(self._parts)


def _name_key(name: str) -> str:
    """Case-, space- and punctuation-insensitive key, so unknown names never echo known ones."""
    return re.sub(r"[\s,.\-·‧•]", "", name).casefold()


def _cn_small(n: int) -> str:
    """Chinese numerals for 1..99 (十二, 二十五), as written in dates."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, units = divmod(n, 10)
    head = "十" if tens == 1 else digits[tens] + "十"
    return head + (digits[units] if units else "")


def _cn_digits(n: int) -> str:
    """Digit-by-digit Chinese numerals (一九八六, 一〇二), the usual form of long years."""
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))


class _Gen7:
    """Random source, known-name pool and the value / text builders of held-out set 7."""

    def __init__(self, seed: int, pool_size: int) -> None:
        self.r = random.Random(seed)
        self._last_person: str | None = None
        self.laws: list[str] = _LAWS
        self.titles: list[str] = _TITLES
        self.case_word = _CASE_WORDS[0]
        self.known_pool: dict[str, list[str]] = {"han": [], "indig": [], "foreign": [], "rom": []}
        self.known_keys: set[str] = set()
        self.known_list: list[str] = []
        self._build_known(pool_size)

    # -- helpers ---------------------------------------------------------------------------
    def digits(self, k: int, first: str = "0123456789") -> str:
        """k random digits, the first drawn from ``first``."""
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(k - 1))

    def fw(self, value: str) -> str:
        """Full-width variant of a value in ~12 % of cases (agency text often has them)."""
        if self.r.random() < _FW_RATE:
            return "".join(_FW.get(c, c) for c in value)
        return value

    def pick(self, seq: Sequence[str]) -> str:
        """One element of a sequence."""
        return self.r.choice(seq)

    # -- names -------------------------------------------------------------------------------
    def _surname(self) -> str:
        return self.r.choices(_SURNAME_LIST, _SURNAME_WEIGHTS)[0]

    def _given(self) -> str:
        r = self.r.random()
        if r < 0.07:
            return self.pick(_SINGLE)
        if r < 0.17:
            return self.pick(_OLD_GIVEN)
        if self.r.random() < 0.5:
            return self.pick(_F1) + self.pick(_F2)
        return self.pick(_M1) + self.pick(_M2)

    def han_name(self) -> str:
        """A Han-script Taiwanese name: common, compound, single-given or married form."""
        if self.r.random() < 0.06:  # married name: husband's surname + own full name
            return self._surname() + self._surname() + self.pick(_F1) + self.pick(_F2)
        return self._surname() + self._given()

    def indigenous_name(self) -> str:
        """An Indigenous name, Han transcription or Latin, parts joined by an interpunct."""
        dot = self.pick(_INTERPUNCTS)
        if self.r.random() < 0.65:
            return self.pick(_INDIG_HAN_A) + dot + self.pick(_INDIG_HAN_B)
        sep = dot if self.r.random() < 0.5 else " "
        return self.pick(_INDIG_LAT_A) + sep + self.pick(_INDIG_LAT_B)

    def foreign_name(self) -> str:
        """A migrant worker's or spouse's name (Vietnamese, Indonesian, Thai, Filipino)."""
        kind = self.r.random()
        female = self.r.random() < 0.6
        if kind < 0.2:  # Vietnamese in Han script, as on many resident certificates
            mid = "氏" if female else self.pick(_VN_HAN_MID)
            given = self.pick(_VN_HAN_GIV)
            if self.r.random() < 0.3:
                given += self.pick(_VN_HAN_GIV)
            return self.pick(_VN_HAN_SUR) + mid + given
        if kind < 0.42:  # Vietnamese in Latin script
            parts = [
                self.pick(_VN_SUR),
                self.pick(_VN_MID_F if female else _VN_MID_M),
                self.pick(_VN_GIV_F if female else _VN_GIV_M),
            ]
            name = " ".join(parts)
            if self.r.random() < 0.4:
                return name.upper()
            if self.r.random() < 0.25:
                return " ".join(_VN_DIACRITICS.get(w, w) for w in name.split())
            return name
        if kind < 0.62:  # Indonesian
            if self.r.random() < 0.25:
                return self.pick(_ID_HAN_A) + self.pick(("·", "")) + self.pick(_ID_HAN_B)
            name = self.pick(_ID_A) + " " + self.pick(_ID_B)
            return name.upper() if self.r.random() < 0.4 else name
        if kind < 0.78:  # Thai
            if self.r.random() < 0.25:
                return self.pick(_TH_HAN_A) + "·" + self.pick(_TH_HAN_B)
            name = self.pick(_TH_A) + " " + self.pick(_TH_B)
            return name.upper() if self.r.random() < 0.4 else name
        first, last = self.pick(_PH_FIRST), self.pick(_PH_LAST)  # Filipino
        form = self.r.random()
        if form < 0.3:
            return f"{last.upper()}, {first.upper()}"
        if form < 0.55:
            return f"{last}, {first} {self.pick('ABCDEGLMRS')}."
        return f"{first} {last}"

    def romanized_name(self) -> str:
        """A Taiwanese name romanized passport-style (Wade-Giles), e.g. for visas or e-mails."""
        sur = _ROM_SUR[self.pick(sorted(_ROM_SUR))]
        a, b = self.pick(_ROM_SYL), self.pick(_ROM_SYL)
        form = self.r.random()
        if form < 0.35:
            return f"{sur}, {a}-{b}"
        if form < 0.65:
            return f"{sur.title()} {a.title()}-{b.lower()}"
        if form < 0.85:
            return f"{a.title()}-{b.title()} {sur.title()}"
        return f"{sur} {a}-{b}"

    def _fresh(self, group: str) -> str:
        maker: dict[str, Callable[[], str]] = {
            "han": self.han_name,
            "indig": self.indigenous_name,
            "foreign": self.foreign_name,
            "rom": self.romanized_name,
        }
        return maker[group]()

    def _build_known(self, size: int) -> None:
        """The name column: names used in texts plus ~30 % that never occur anywhere."""
        groups = ("han", "indig", "foreign", "rom")
        weights = (0.72, 0.07, 0.13, 0.08)
        extras: list[str] = []
        while len(self.known_list) + len(extras) < size:
            group = self.r.choices(groups, weights)[0]
            name = self._fresh(group)
            key = _name_key(name)
            if key in self.known_keys:
                continue
            self.known_keys.add(key)
            if self.r.random() < 0.3:
                extras.append(name)
            else:
                self.known_pool[group].append(name)
                self.known_list.append(name)
        self.known_list.extend(extras)
        self.r.shuffle(self.known_list)

    def person(self, d: _Doc, group: str = "han") -> None:
        """Append one PERSON mention: a known name (half the time) or a fresh unknown one."""
        if group == "any":
            group = self.r.choices(("han", "indig", "foreign", "rom"), (0.8, 0.07, 0.08, 0.05))[0]
        if self.r.random() < _KNOWN_RATE and self.known_pool[group]:
            name = self.pick(self.known_pool[group])
        else:
            while True:
                name = self._fresh(group)
                if _name_key(name) not in self.known_keys:
                    break
        if group == "han" and 3 <= len(name) <= 4 and self.r.random() < 0.06:
            cut = 2 if name[:2] in _SURNAME_LIST else 1
            name = name[:cut] + " " + name[cut:]  # typed with a space inside (王 小明)
        self._last_person = name
        d.ent(name, "PERSON")

    def repeat_person(self, d: _Doc) -> None:
        """Mention the previous person again, with the same surface form."""
        if self._last_person is None:
            self.person(d)
        else:
            d.ent(self._last_person, "PERSON")

    # -- identifier values ----------------------------------------------------------------------
    def national_id(self) -> str:
        """A valid 國民身分證統一編號."""
        letter = self.pick(sorted(LETTER_CODES))
        body = self.pick("12") + self.digits(7)
        return self.fw(letter + body + id_check_digit(letter, body))

    def resident_cert(self) -> str:
        """A valid 外來人口統一證號, new form (letter+8/9) or old form (two letters)."""
        letter = self.pick(sorted(LETTER_CODES))
        if self.r.random() < 0.6:
            body = self.pick("89") + self.digits(7)
            return self.fw(letter + body + id_check_digit(letter, body))
        second = self.pick("ABCD")
        tail = self.digits(7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        return self.fw(letter + second + tail + check)

    def mobile(self) -> str:
        """A private mobile number in one of the forms people type."""
        num = "09" + self.digits(8, "1234678")
        a, b, c = num[:4], num[4:7], num[7:]
        forms = (
            num, f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}-{b}{c}", f"{a}{b}-{c}",
            f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}", f"+886{num[1:]}",
            f"886-{a[1:]}-{b}{c}", f"({a}){b}-{c}",
        )  # fmt: skip
        weights = (5, 6, 2, 2, 1, 2, 1, 1, 0.5, 0.5)
        return self.fw(self.r.choices(forms, weights)[0])

    def landline(self) -> str:
        """A private landline (area code, local number, sometimes an extension)."""
        area, local_len = self.r.choices(
            (("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7),
             ("07", 7), ("08", 7), ("089", 6), ("082", 6), ("0826", 5), ("0836", 5)),
            (10, 5, 1, 6, 1, 2, 4, 5, 2, 1, 0.5, 0.2, 0.2),
        )[0]  # fmt: skip
        local = self.digits(local_len, "2345678")
        split = {8: 4, 7: 3, 6: 3, 5: 2}[local_len]
        la, lb = local[:split], local[split:]
        forms = (
            f"{area}-{la}-{lb}",
            f"{area}-{local}",
            f"({area}){la}-{lb}",
            f"({area}) {la} {lb}",
            f"({area}){local}",
            f"{area} {local}",
            f"+886-{area[1:]}-{la}-{lb}",
            f"{area}{local}",
        )
        value = self.r.choices(forms, (5, 4, 3, 1, 2, 1, 1, 1))[0]
        if self.r.random() < 0.15:
            ext = self.digits(self.pick((2, 3, 3, 4)), "123456789")
            value += self.pick(("#", " #", "分機", " 分機 ", " 轉", " ext. ")) + ext
        return self.fw(value)

    def any_phone(self) -> str:
        """Mobile or landline (mobiles dominate in citizen-written text)."""
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    def email(self) -> str:
        """A private e-mail address (never an agency domain)."""
        sur = _ROM_SUR[self.pick(sorted(_ROM_SUR))].lower()
        syl = self.pick(_ROM_SYL).lower()
        local = self.r.choice(
            (
                f"{syl}{self.pick(_ROM_SYL).lower()}.{sur}",
                f"{sur}{syl[0]}{self.digits(4)}",
                f"{self.pick(_EN_NICK)}_{sur}{self.digits(2)}",
                f"{self.pick(_EN_NICK)}{self.digits(3)}",
                f"{sur}.{syl}{self.digits(2)}",
                f"{syl}{sur}",
            )
        )
        domain = self.r.choices(
            ("gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net",
             f"ms{self.r.randint(1, 79)}.hinet.net", "icloud.com", "pchome.com.tw",
             "seed.net.tw", "yahoo.com"),
            (10, 6, 3, 3, 2, 2, 2, 1, 1, 1),
        )[0]  # fmt: skip
        return self.fw(f"{local}@{domain}")

    def address(self) -> str:
        """A postal address down to 號, optionally 樓 / 之, sometimes with a postal code."""
        city, zip_first, districts, roads = self.pick(_CITIES)
        district = self.pick(districts.split())
        parts: list[str] = []
        if self.r.random() < 0.2:
            zip_len = self.pick((3, 3, 5, 6))
            parts.append(zip_first + self.digits(zip_len - 1))
        parts += [city, district]
        rural = district.endswith("鄉") or (district.endswith("鎮") and self.r.random() < 0.5)
        if rural and self.r.random() < 0.6:
            parts.append(f"{self.pick(_VILLAGES)}村{self.r.randint(1, 18)}鄰")
            if self.r.random() < 0.5:
                parts.append(self.pick(_GENERIC_ROADS))
        else:
            if self.r.random() < 0.12:
                parts.append(f"{self.pick(_VILLAGES)}里{self.r.randint(1, 30)}鄰")
            road = self.pick(roads.split() + _GENERIC_ROADS[:8])
            parts.append(road)
            if self.r.random() < 0.35 and not road.endswith("街"):
                parts.append(f"{_cn_small(self.r.randint(1, 5))}段")
            if self.r.random() < 0.4:
                parts.append(f"{self.r.randint(1, 320)}巷")
                if self.r.random() < 0.3:
                    parts.append(f"{self.r.randint(1, 30)}弄")
        no = f"{self.r.randint(1, 399)}"
        if self.r.random() < 0.08:
            no += f"之{self.r.randint(1, 9)}"
        parts.append(no + "號")
        if self.r.random() < 0.35:
            floor = self.r.randint(2, 21)
            parts.append(f"{_cn_small(floor)}樓" if self.r.random() < 0.25 else f"{floor}樓")
            if self.r.random() < 0.2:
                parts.append(f"之{self.r.randint(1, 12)}")
        sep = " " if self.r.random() < 0.05 else ""
        return self.fw(sep.join(parts))

    def nhi(self) -> str:
        """A 12-digit 健保卡號 (shape-only validity)."""
        num = "0000" + self.digits(8) if self.r.random() < 0.6 else self.digits(12, "01")
        form = self.r.random()
        if form < 0.35:
            num = f"{num[:4]} {num[4:8]} {num[8:]}"
        elif form < 0.55:
            num = f"{num[:4]}-{num[4:8]}-{num[8:]}"
        return self.fw(num)

    def passport(self, foreign: bool = False) -> str:
        """A passport number: Taiwanese 9 digits or a foreign worker's form."""
        if not foreign and self.r.random() < 0.7:
            while True:
                value = self.digits(9, "13")
                if not phone.is_plausible(value):
                    return self.fw(value)
        form = self.r.random()
        if form < 0.35:
            value = self.pick("BCN") + self.digits(7)  # Vietnamese
        elif form < 0.6:
            value = self.pick("ABCEX") + self.digits(7)  # Indonesian
        elif form < 0.8:
            value = self.pick(("AA", "AB", "AC")) + self.digits(7)  # Thai
        else:
            value = "P" + self.digits(7) + self.pick("ABC")  # Philippine
        return self.fw(value)

    def credit_card(self) -> str:
        """A Luhn-valid card number with a real issuer prefix, grouped as printed."""
        kind = self.r.random()
        if kind < 0.45:
            head, length = "4", 16
        elif kind < 0.75:
            head, length = "5" + self.pick("12345"), 16
        elif kind < 0.9:
            head, length = "35" + self.pick("2345678"), 16
        else:
            head, length = "3" + self.pick("47"), 15
        body = head + self.digits(length - len(head) - 1)
        num = next(body + c for c in "0123456789" if creditcard.luhn_ok(body + c))
        sep = self.r.choices((" ", "-", ""), (5, 3, 2))[0]
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        return self.fw(sep.join(groups))

    def birth_date(self, young: bool = False) -> str:
        """A birth date, ROC or Western, in digits or Chinese numerals (adult or pupil age)."""
        roc = self.r.randint(90, 110) if young else self.r.randint(25, 92)
        y, m, dd = roc + 1911, self.r.randint(1, 12), self.r.randint(1, 28)
        form = self.r.randint(0, 11)
        roc_cn = _cn_small(roc) if roc < 100 else _cn_digits(roc)
        md_cn = f"{_cn_small(m)}月{_cn_small(dd)}日"
        value = (
            f"民國{roc}年{m}月{dd}日",
            f"{roc}年{m}月{dd}日",
            f"{roc:03d}/{m:02d}/{dd:02d}",
            f"{roc}/{m}/{dd}",
            f"{roc}.{m:02d}.{dd:02d}",
            f"{roc:03d}{m:02d}{dd:02d}",
            f"{y}/{m:02d}/{dd:02d}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{y}年{m}月{dd}日",
            f"民國{roc_cn}年{md_cn}",
            f"{_cn_digits(y)}年{md_cn}",
            f"{roc_cn}年{md_cn}",
        )[form]
        return self.fw(value) if form < 9 else value

    # -- look-alikes (validated to be inert) ------------------------------------------------------
    def inert(self, make: Callable[[], str]) -> str:
        """Draw a look-alike until no identifier validator would accept any digit run in it."""
        while True:
            value = make()
            if _is_inert(value):
                return value

    def docno(self) -> str:
        """An official document number (府社字第1130012345號)."""
        return self.inert(
            lambda: f"{self.pick(_DOC_PREFIX)}字第{self.r.randint(110, 114)}{self.digits(7)}號"
        )

    def case_no(self) -> str:
        """A case / receipt number in one of several agency styles."""
        roc = self.r.randint(110, 114)
        word = self.case_word
        forms = (
            lambda: f"{roc}年度{word}字第{self.r.randint(1, 2999)}號",
            lambda: f"{roc}{word}字第{self.digits(4)}號",
            lambda: f"{roc}{self.digits(2, '01')}{self.digits(6)}",
            lambda: f"{self.pick('ABCDEFGHKMNPRT')}{roc}{self.digits(6)}",  # ID look-alike
            lambda: f"{roc}-{self.digits(3)}-{self.digits(5)}",
        )
        return self.inert(self.r.choice(forms))

    def company_ban(self) -> str:
        """A checksum-valid BAN that no phone validator would take (labelled in the text)."""
        while True:
            value = self.digits(8, "0129")
            if ban.is_valid(value) and _is_inert(value):
                return value

    def date(self) -> str:
        """An ordinary (non-birth) recent date."""
        roc = self.r.randint(111, 114)
        m, dd = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick(
            (f"{roc}年{m}月{dd}日", f"民國{roc}年{m}月{dd}日", f"{roc}/{m:02d}/{dd:02d}",
             f"{roc + 1911}-{m:02d}-{dd:02d}", f"{roc}.{m}.{dd}")
        )  # fmt: skip

    def amount(self) -> str:
        """A money amount as agencies write it."""
        n = self.r.choice((self.r.randint(3, 99) * 100, self.r.randint(1, 50) * 1000))
        wan = f"{n // 10000}萬元" if n % 10000 == 0 else f"{n}元"
        return self.pick((f"新臺幣{n:,}元", f"NT${n:,}", f"{n:,}元", wan, f"每月{n:,}元"))

    def time(self) -> str:
        """A clock time."""
        h, mi = self.r.randint(8, 20), self.pick((0, 10, 15, 20, 30, 40, 45))
        if self.r.random() < 0.5:
            return f"{h}時{mi:02d}分"
        return f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時{mi}分"

    def plate(self) -> str:
        """A vehicle plate (not an entity of this set)."""
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(3))
        return f"{letters}-{self.digits(4)}"

    def chip(self) -> str:
        """A 15-digit animal microchip number (ISO; 900 or Taiwan's 158 prefix)."""
        return self.inert(lambda: self.pick(("900", "158")) + self.digits(12))

    def meter(self) -> str:
        """A power / water account number with separators."""
        return self.inert(
            lambda: (
                f"{self.digits(2)}-{self.digits(2)}-{self.digits(4)}-{self.digits(2)}-"
                f"{self.digits(1)}"
            )
        )

    # -- template rendering -----------------------------------------------------------------------
    def render(self, d: _Doc, template: str) -> None:
        """Write a template; ``{X}`` fields become entities (recorded) or filler text."""
        pos = 0
        for m in _FIELD_RE.finditer(template):
            d.add(template[pos : m.start()])
            self._field(d, m.group(1))
            pos = m.end()
        d.add(template[pos:])

    def _field(self, d: _Doc, key: str) -> None:
        persons = {"P": "han", "PA": "any", "PF": "foreign", "PI": "indig", "PR": "rom"}
        if key in persons:
            self.person(d, persons[key])
            return
        if key == "PREV":
            self.repeat_person(d)
            return
        values: dict[str, tuple[Callable[[], str], str]] = {
            "ID": (self.national_id, "TW_NATIONAL_ID"),
            "ARC": (self.resident_cert, "TW_RESIDENT_CERT"),
            "MOB": (self.mobile, "PHONE"),
            "TEL": (self.landline, "PHONE"),
            "PHONE": (self.any_phone, "PHONE"),
            "EMAIL": (self.email, "EMAIL"),
            "ADDR": (self.address, "ADDRESS"),
            "NHI": (self.nhi, "TW_NHI_CARD"),
            "PASS": (self.passport, "PASSPORT"),
            "PASSF": (lambda: self.passport(foreign=True), "PASSPORT"),
            "CARD": (self.credit_card, "CREDIT_CARD"),
            "BIRTH": (self.birth_date, "BIRTH_DATE"),
            "BIRTHK": (lambda: self.birth_date(young=True), "BIRTH_DATE"),
        }
        if key in values:
            make, label = values[key]
            d.ent(make(), label)
            return
        fillers: dict[str, Callable[[], str]] = {
            "docno": self.docno,
            "case": self.case_no,
            "ban": self.company_ban,
            "date": self.date,
            "amount": self.amount,
            "time": self.time,
            "law": lambda: self.pick(self.laws),
            "co": lambda: self.pick(_COMPANIES),
            "word": lambda: self.pick(_SURNAME_WORDS),
            "title": lambda: self.pick(self.titles),
            "n": lambda: str(self.r.randint(2, 15)),
            "plate": self.plate,
            "chip": self.chip,
            "meter": self.meter,
            "idlabel": lambda: self.pick(
                ("身分證字號：", "身分證統一編號:", "身分證號 ", "ID：", "身分證字號")
            ),
            "tellabel": lambda: self.pick(
                ("電話：", "聯絡電話:", "手機 ", "行動電話：", "TEL:", "電話", "連絡電話：")
            ),
            "birthlabel": lambda: self.pick(
                ("生日：", "出生日期：", "出生年月日:", "生日 ", "出生：", "出生日期 ")
            ),
            "addrlabel": lambda: self.pick(
                ("地址：", "住址:", "戶籍地址：", "居住地 ", "通訊地址：", "現住")
            ),
            "sep": lambda: self.pick(("，", "、", "；", "，")),
        }
        d.add(fillers[key]())

    def roster(self, d: _Doc, title: str, extra: Sequence[str]) -> None:
        """A small table (CSV, TSV, pipe or space-aligned) whose first column holds names."""
        cols = ["姓名", *self.r.sample(list(extra), k=min(len(extra), self.r.randint(2, 3)))]
        style = self.r.randint(0, 3)
        sep = (",", "\t", " | ", "   ")[style]
        d.add(f"\n{title}\n")
        if style == 2:
            d.add("| " + sep.join(cols) + " |\n")
            d.add("|" + "|".join("---" for _ in cols) + "|\n")
        else:
            d.add(sep.join(cols) + "\n")
        cells: dict[str, str] = {
            "身分證字號": "ID", "居留證號": "ARC", "電話": "PHONE", "手機": "MOB",
            "地址": "ADDR", "出生日期": "BIRTH", "電子郵件": "EMAIL", "健保卡號": "NHI",
        }  # fmt: skip
        fillers = {"核定金額": "amount", "申請日期": "date", "案號": "case", "備註": ""}
        for _ in range(self.r.randint(2, 4)):
            if style == 2:
                d.add("| ")
            for i, col in enumerate(cols):
                if i:
                    d.add(sep)
                if col == "姓名":
                    self.person(d, "any" if self.r.random() < 0.3 else "han")
                elif col in cells:
                    self._field(d, cells[col])
                elif fillers.get(col):
                    self._field(d, fillers[col])
                else:
                    d.add(self.pick(("待補件", "已核定", "複查中", "無")))
            d.add(" |\n" if style == 2 else "\n")


def _is_inert(value: str) -> bool:
    """Whether no validator accepts the value or any digit run in it (for look-alikes)."""
    flat = value.translate({ord(c): None for c in " -./()"})
    runs = [*re.findall(r"[A-Z]?\d+", flat), flat]
    for run in runs:
        if twid.is_valid(run) or arc.is_valid(run) or creditcard.is_valid(run):
            return False
        digits = re.sub(r"\D", "", run)
        if len(digits) == 12:
            return False  # would have the NHI card shape
        if len(digits) >= 7 and phone.is_plausible(digits):
            return False
        if 13 <= len(digits) <= 19 and creditcard.luhn_ok(digits):
            return False
    return True


# --------------------------------------------------------------------------------------------
# Genres: positive templates (head, bodies, tail), hard-negative templates, optional table
# --------------------------------------------------------------------------------------------
_Genre = dict[str, list[str]]

_GENRES: dict[str, _Genre] = {
    "labour_inspection": {
        "head": [
            "{date}勞動檢查紀錄：{co}（統一編號{ban}），檢查員{P}、{P}會同事業單位負責人{P}實施檢查。",
            "案號{case}　受檢單位：{co}\n檢查人員：{P}\n陪同人員：廠長{P}\n",
            "本局於{date} {time}前往{co}實施勞動條件專案檢查，由{P}主任接待。",
        ],
        "body": [
            "勞工{P}（{idlabel}{ID}）反映加班費未依{law}給付，聯絡電話{PHONE}。",
            "外籍移工{PF}（居留證號{ARC}，護照號碼{PASSF}）稱每日工時逾十二小時，宿舍位於{ADDR}。",
            "{P}表示離職後雇主拒發最後一個月薪資，請將處理結果寄至{EMAIL}。",
            "現場訪談{P}、{P}及{PA}三人，均稱未曾簽署延長工時同意書。",
            "申訴人{P}君，{birthlabel}{BIRTH}，{tellabel}{MOB}，主張遭無預警資遣。",
            "出勤紀錄顯示{PF}於{date}連續工作{n}日未休，雇主{P}承諾改善。",
            "職災勞工{P}健保卡號{NHI}，已協助申請職災醫療給付。",
        ],
        "tail": ["\n承辦人 {P}", "\n檢查員：{P}　{date}", "", "（記錄：{P}）"],
        "neg": [
            "{date}勞動檢查紀錄：{co}（統一編號{ban}）經檢查違反{law}，依法處罰鍰{amount}，"
            "以{docno}函送達。現場勞工計{n}名，{title}已說明申訴管道。",
            "案號{case}　受檢單位：{co}\n檢查結果：加班費計算方式不符{law}，限期{n}日內改善。"
            "\n備註：廠區鄰近{word}，下次檢查併同職安設備複查。",
            "本局{date} {time}至{co}（統一編號{ban}）實施專案檢查，工時紀錄保存不全，"
            "已責由人資部門主管於{date}前補正，罰鍰{amount}。",
        ],
    },
    "home_visit": {
        "head": [
            "家訪紀錄（{date}）\n個案：{P}　{birthlabel}{BIRTH}\n{addrlabel}{ADDR}\n",
            "社工{P}於{date} {time}至案家訪視，案主{P}獨居，",
            "訪視對象：{P}（{idlabel}{ID}）\n訪視人員：社工員{P}、督導{P}\n",
        ],
        "body": [
            "案主與其女{P}同住，女兒手機{MOB}，平日由鄰居{P}協助送餐。",
            "案主健保卡號{NHI}，近三月未就醫，已轉介居家護理。",
            "案主健保IC卡（卡號：{NHI}）遺失，已陪同{P}至健保署補辦。",
            "案主之子{P}表示願負擔部分房租，聯絡方式：{tellabel}{PHONE}。",
            "案主配偶{PF}（居留證{ARC}）為新住民，語言溝通需通譯協助。",
            "今日{P}、{P}均在場，對補助申請無異議。",
            "案主申請中低收入老人生活津貼，每月{amount}，所需資料已請{P}補齊後寄至{EMAIL}。",
        ],
        "tail": ["\n社工員 {P}", "\n督導簽核：{P}", "", "\n紀錄人：{P}　{date}"],
        "table": ["身分證字號", "健保卡號", "電話", "出生日期"],
        "neg": [
            "家訪紀錄（{date}）\n案主獨居於{word}附近，屋況老舊，已依{law}轉介相關資源，"
            "核定補助{amount}。\n訪視人員：{title}",
            "{title}於{date} {time}至案家訪視，案主身體狀況穩定，持續追蹤。案號{case}，"
            "公文{docno}已函覆。",
        ],
    },
    "fire_safety": {
        "head": [
            "消防安全檢查紀錄表（{case}）\n場所名稱：{co}\n管理權人：{P}\n",
            "本分隊於{date}檢查{co}，防火管理人{P}在場。",
        ],
        "body": [
            "現場緊急照明設備故障，限期改善；管理權人手機{MOB}，{addrlabel}{ADDR}。",
            "住戶{P}陳述樓梯間堆放雜物，並提供聯絡電話{TEL}。",
            "複查時由{P}先生陪同，滅火器已更新。",
            "檢舉人{P}（{tellabel}{PHONE}）表示頂樓違建加鎖，妨礙避難。",
        ],
        "tail": ["\n檢查人員：{P}、{P}", "", "\n{P} 簽名"],
        "neg": [
            "消防安全檢查紀錄表（{case}）\n場所名稱：{co}\n檢查結果：違反{law}，"
            "限期{n}日內改善，逾期依法處{amount}罰鍰。\n檢查人員：{title}",
            "本分隊於{date}檢查{word}周邊{n}處營業場所，均已設置偵煙式探測器。",
        ],
    },
    "mediation": {
        "head": [
            "{date}調解委員會會議紀錄\n案號：{case}\n聲請人：{P}\n相對人：{P}\n",
            "調解委員{P}主持，聲請人{P}、相對人{P}均到場。",
        ],
        "body": [
            "{P}：本人同意分{n}期賠償{amount}，匯款後以手機{MOB}通知。",
            "聲請人{PREV}主張鄰居{P}漏水損及天花板，地址{ADDR}。",
            "相對人代理人{P}律師表示，當事人{P}（{idlabel}{ID}）願負擔修繕費用。",
            "雙方同意由{P}、{P}見證，調解成立。",
            "{PREV}補充：賠償款請寄至{ADDR}，或以電子郵件{EMAIL}聯繫。",
        ],
        "tail": ["\n調解委員　{P}", "\n記錄：{P}", ""],
        "neg": [
            "{date}調解委員會會議紀錄\n案號：{case}\n調解事項：相鄰漏水糾紛，依{law}辦理，"
            "雙方同意賠償{amount}，調解成立，送法院核定（{docno}）。",
            "本會{date}召開第{n}次會議，調解委員出席{n}人，審議車禍、租賃糾紛共{n}件。",
        ],
    },
    "library": {
        "head": [
            "逾期通知\n{P} 讀者您好：",
            "圖書遺失賠償紀錄（{date}）\n讀者：{P}　借閱證號{case}\n",
        ],
        "body": [
            "您借閱之圖書已逾期{n}日，請儘速歸還；如有疑問請回覆本信或來電{PHONE}與您確認。",
            "讀者以信用卡{CARD}線上支付賠償金{amount}，收據寄至{EMAIL}。",
            "讀者{P}登記之聯絡地址{ADDR}，通知書遭退回。",
            "代借人{P}表示書籍由其子{P}遺失於{word}。",
        ],
        "tail": ["\n館員 {P} 敬上", "", "\n經辦：{P}"],
        "neg": [
            "逾期通知\n讀者您好：您借閱之圖書《{word}散策》已逾期{n}日，依本館規定每日罰款"
            "{amount}，請儘速歸還。{title}敬上",
            "本館{date}起閉館盤點{n}日，期間預約書順延保留，逾期費用減免至{date}。",
        ],
    },
    "disaster_relief": {
        "head": [
            "農業天然災害救助申請書\n申請人：{P}　{idlabel}{ID}\n",
            "{date}颱風災後現地勘查，勘查人員{P}、{P}，農民{P}陪同。",
        ],
        "body": [
            "受災地點{ADDR}，鄰近{word}，作物受損面積約{n}公頃，{tellabel}{PHONE}。",
            "申請人{PREV}（{birthlabel}{BIRTH}）委託其子{P}代為領款。",
            "原住民農戶{PI}之果園全損，救助金{amount}。",
            "鄰田農友{P}、{P}作證受損屬實。",
            "（聯絡人:{P}，{tellabel}{MOB}）",
        ],
        "tail": ["\n村幹事 {P}", "", "\n承辦：{P}"],
        "neg": [
            "農業天然災害救助公告：{date}豪雨造成{word}地區農損，依{law}辦理現金救助，"
            "每公頃{amount}，申請期間自{date}起{n}日。",
            "{docno}：本鄉受災面積計{n}公頃，已完成勘查{n}件，核撥救助金{amount}。",
        ],
        "table": ["核定金額", "身分證字號", "電話", "地址"],
    },
    "hospital_referral": {
        "head": [
            "社工轉介單\n病患：{P}　{birthlabel}{BIRTH}\n健保卡號：{NHI}\n",
            "個管師{P}於{date}接獲病房轉介，病患{P}需出院準備服務。",
            "轉介單位：社會服務室\n轉介人：{P} 社工師\n個案姓名：{PA}\n",
        ],
        "body": [
            "病患為外籍看護，護照號碼{PASSF}，雇主{P}手機{MOB}。",
            "病患返國探親時於國外就醫，收據英文姓名為{PR}，已協助申請核退。",
            "主要照顧者為案妻{P}，聯絡電話{PHONE}，住{ADDR}。",
            "病患{idlabel}{ID}，經濟困難，申請醫療補助。",
            "家屬{P}持病患健保卡（{NHI}）辦理住院手續。",
            "家屬{P}、{P}對出院安置意見分歧，已安排家庭會議。",
            "病患外籍配偶{PF}，統一證號{ARC}，需協助辦理居留延期。",
        ],
        "tail": ["\n醫務社工 {P}", "", "\n主治醫師：{P}　社工：{P}"],
        "neg": [
            "社工轉介單\n轉介原因：經濟弱勢，依{law}申請醫療補助{amount}。\n轉介人：{title}"
            "\n日期：{date}",
            "本院{date}共受理出院準備轉介{n}件，其中{n}件轉介長照管理中心。",
        ],
    },
    "tax_refund": {
        "head": [
            "{P}君台鑒：",
            "主旨：有關台端申請退還溢繳綜合所得稅一案，復如說明。\n受文者：{P}\n",
        ],
        "body": [
            "台端{idlabel}{ID}，溢繳稅款{amount}，將退入信用卡{CARD}帳戶。",
            "退稅通知書寄送地址為{ADDR}，如有變更請以電子郵件{EMAIL}告知。",
            "台端旅居國外期間，英文姓名{PR}（護照號碼{PASS}）之居住者身分另案認定。",
            "台端配偶{P}之扣繳憑單已補正，聯絡電話{PHONE}。",
            "依{law}規定，{P}應於{date}前補送資料。",
        ],
        "tail": ["\n承辦人：{P}", ""],
        "neg": [
            "主旨：有關台端申請退還溢繳綜合所得稅一案，復如說明。\n說明：依{law}辦理，"
            "退稅款{amount}將於{date}撥付。（{docno}）",
            "本局{date}起受理{n}年度所得稅結算申報更正，{title}將逐案審查。",
        ],
    },
    "rental_subsidy": {
        "head": [
            "租金補貼審查紀錄（{case}）\n申請人：{P}\n",
            "{date}租金補貼審查會議，審查委員{P}、{P}出席。",
        ],
        "body": [
            "申請人{PREV}（{birthlabel}{BIRTH}）租屋於{ADDR}，房東{P}（{tellabel}{PHONE}）。",
            "申請人{idlabel}{ID}，家庭成員{P}、{P}，符合資格，核定{amount}。",
            "補件通知已寄{EMAIL}，逾期未補者駁回。",
            "房東{P}拒絕提供租約影本，申請人改以{MOB}聯繫承辦。",
        ],
        "tail": ["\n審查人員：{P}", ""],
        "neg": [
            "租金補貼審查紀錄（{case}）\n依{law}，本期受理{n}件，核定{n}件，每月補貼{amount}。",
            "{date}租金補貼審查會議：因{word}地區租金調漲，建議上限調整至{amount}。",
        ],
        "table": ["身分證字號", "手機", "地址", "核定金額", "出生日期"],
    },
    "animal_shelter": {
        "head": [
            "認養紀錄\n犬隻晶片號碼：{chip}\n認養人：{P}\n",
            "{date}{P}小姐至本所認養米克斯犬一隻（晶片{chip}）。",
        ],
        "body": [
            "認養人{idlabel}{ID}，{tellabel}{MOB}，飼養地點{ADDR}。",
            "追蹤訪視由志工{P}負責，如聯繫不上改寄{EMAIL}。",
            "原飼主{P}（{tellabel}{PHONE}）同意放棄飼養。",
            "\n聯絡人：{P}\n聯絡電話：{PHONE}\n",
            "認養人與同住家人{P}、{PA}均同意飼養。",
        ],
        "tail": ["\n經辦人 {P}", ""],
        "neg": [
            "認養紀錄\n犬隻晶片號碼：{chip}\n收容日期：{date}，已施打狂犬病疫苗，依{law}完成絕育。",
            "本所{date}收容犬貓{n}隻，開放認養時間{time}至{time}，認養費{amount}。",
        ],
    },
    "traffic_accident": {
        "head": [
            "交通事故初步分析研判表（{case}）\n發生時間：{date} {time}\n",
            "A1類事故：{date} {time}於{word}路段，小客車{plate}與機車碰撞。",
        ],
        "body": [
            "當事人甲：{P}，{birthlabel}{BIRTH}，{idlabel}{ID}。",
            "當事人乙：{PF}（護照{PASSF}），手機{MOB}，受輕傷送醫。",
            "目擊者{P}提供行車紀錄器，聯絡電話{PHONE}。",
            "駕駛人{P}住{ADDR}，酒測值0.00。",
            "乘客{P}、{P}均無受傷。",
            "肇事機車騎士（{P}）未戴安全帽，當事人（{P}）表示對方闖紅燈。",
        ],
        "tail": ["\n處理員警：{P}", ""],
        "neg": [
            "交通事故初步分析研判表（{case}）\n發生時間：{date} {time}\n地點：{word}路口，"
            "小客車{plate}未依標誌停讓，違反{law}，罰鍰{amount}。",
            "{date}本分局轄區發生交通事故{n}件，其中{n}件涉及酒駕，已移送。",
        ],
    },
    "hotline_1999": {
        "head": [
            "1999 通話紀錄\n來電者：{P}\n",
            "市民{P}先生來電反映",
            "來電時間{date} {time}，民眾{P}女士陳述：",
        ],
        "body": [
            "住處{ADDR}附近路燈不亮已{n}日，請回電{MOB}。",
            "本月電費扣款有誤，電號{meter}，信用卡{CARD}被重複扣款，回覆信箱{EMAIL}。",
            "停水未事先公告，家中長輩{P}需洗腎，聯絡電話{PHONE}。",
            "鄰居{P}飼養犬隻夜間吠叫，影響作息。",
        ],
        "tail": ["\n話務員：{P}", ""],
        "neg": [
            "1999 通話紀錄\n民眾反映{word}周邊停水，已派工搶修，預計{time}恢復供水。"
            "案件編號{case}。",
            "{date}停電計{n}戶，電號{meter}等用戶已恢復供電，{title}持續追蹤。",
        ],
    },
    "migrant_broker": {
        "head": [
            "移工申訴紀錄（{case}）\n申訴人：{PF}\n",
            "{date}移工{PF}至本府勞工處申訴仲介超收費用，",
        ],
        "body": [
            "申訴人統一證號{ARC}，護照號碼{PASSF}，手機{MOB}。",
            "仲介專員{P}（{tellabel}{PHONE}）否認收取額外服務費。",
            "雇主{P}同意轉換雇主，新雇主為{P}。",
            "同宿舍移工{PF}、{PF}證述每月被扣{amount}。",
            "通譯{PF}協助翻譯，其居留證號{ARC}。",
        ],
        "tail": ["\n承辦人：{P}", ""],
        "neg": [
            "移工申訴紀錄（{case}）\n仲介{co}（統一編號{ban}）違反{law}，超收服務費"
            "{amount}，處罰鍰並命返還。",
            "{date}本處受理移工申訴{n}件，轉換雇主{n}件，皆已結案（{docno}）。",
        ],
    },
    "scholarship": {
        "head": [
            "{date}清寒獎學金審查委員會會議紀錄\n主席：{P}\n出席委員：{P}、{P}、{P}\n",
            "獎學金初審結果：",
        ],
        "body": [
            "推薦學生{P}（{birthlabel}{BIRTHK}），家長{P}，{tellabel}{PHONE}。",
            "原住民學生{PI}成績優異，建議核給{amount}。",
            "學生{P}之{idlabel}{ID}與存摺戶名不符，請導師{P}協助補件。",
            "得獎名單通知以電子郵件寄{EMAIL}。",
            "交換學生{PR}（Passport No. {PASS}）返國後補提成績單。",
        ],
        "tail": ["\n紀錄：{P}", ""],
        "neg": [
            "{date}清寒獎學金審查委員會會議紀錄\n本學期申請{n}件，核定{n}名，每名{amount}，"
            "依{law}精神辦理。",
            "決議：獎學金發放日訂於{date}，名單另以{docno}公告。",
        ],
        "table": ["身分證字號", "出生日期", "核定金額", "電話"],
    },
    "petition_reply": {
        "head": [
            "{P}先生您好：",
            "陳情人：{P}\n陳情事由：",
            "親愛的{P}女士：",
        ],
        "body": [
            "有關您{date}陳情{word}周邊排水溝堵塞一案，本所已派員清理，如有疑問請以{EMAIL}聯繫。",
            "您所陳{ADDR}前違規停車問題，已請轄區派出所加強取締。",
            "本府已聯繫您的配偶{P}，並於{date}以{MOB}回覆。",
            "陳情人{idlabel}{ID}，代理人{P}，{tellabel}{PHONE}。",
        ],
        "tail": ["\n承辦人 {P}", "", "\n{P} 敬覆"],
        "neg": [
            "有關台端陳情{word}周邊排水溝堵塞一案，本所已於{date}派員清理，特此函復（{docno}）。",
            "主旨：函復台端陳情案件，請查照。\n說明：依{law}辦理，案件編號{case}。",
        ],
    },
    "household_registration": {
        "head": [
            "戶籍登記更正申請\n申請人：{P}\n",
            "戶籍登記更正申請書\n姓名：{P}\n{idlabel}{ID}\n",
            "{date}戶政事務所受理{P}之出生日期更正案，",
        ],
        "body": [
            "原登記出生日期有誤，應更正為{BIRTH}出生，{idlabel}{ID}。",
            "申請人母親{P}（{tellabel}{PHONE}）到場說明，戶籍地{ADDR}。",
            "外籍配偶{PF}（護照號碼{PASSF}，統一證號{ARC}）申請冠夫姓。",
            "證人{P}、{P}簽名確認。",
            "申請人護照英文姓名登記為{PR}，護照號碼{PASS}，與戶籍資料相符。",
        ],
        "tail": ["\n戶籍員 {P}", ""],
        "neg": [
            "戶籍登記更正公告：依{law}規定，{date}起受理{n}件更正，需檢附證明文件，規費{amount}。",
            "{docno}：本所{date}至{date}辦理戶口清查，{title}將逐戶訪查。",
        ],
    },
    "indigenous_grant": {
        "head": [
            "原住民族部落發展補助申請\n申請人：{PI}\n",
            "{date}部落會議，頭目{PI}、青年會長{PI}出席。",
        ],
        "body": [
            "申請人{idlabel}{ID}，{tellabel}{PHONE}，居住於{ADDR}。",
            "部落族人{PI}、{P}協助祭儀籌備，補助{amount}。",
            "文化健康站照服員{PI}（{birthlabel}{BIRTH}）申請進修補助。",
            "結案報告請寄{EMAIL}。",
        ],
        "tail": ["\n承辦 {P}", ""],
        "neg": [
            "原住民族部落發展補助公告：依{law}，本年度補助{n}個部落，每案上限{amount}。",
            "{date}部落會議決議：祭儀經費{amount}，由部落會議主席核撥（{docno}）。",
        ],
        "table": ["身分證字號", "電話", "核定金額"],
    },
}

# Extra look-alike sentences for hard negatives (roles without names, numbers that are not PII).
_NEG_EXTRA = [
    "\n本案由{title}負責追蹤，{date}前回報辦理情形。",
    "\n（{docno}）",
    "副本抄送{title}。案號{case}。",
    "\n附件：相關照片{n}張，另案以{docno}函送。",
    "經{title}會同{title}確認無誤，依{law}辦理。",
    "\n{word}一帶另有{n}件類似案件，一併列管。",
    "\n協力廠商：{co}（統一編號{ban}），契約金額{amount}。",
]


def _build_positive(g: _Gen7, d: _Doc, genre: _Genre) -> None:
    """Head, one to three bodies, a tail, and sometimes a small table."""
    g._last_person = None
    g.render(d, g.pick(genre["head"]))
    bodies = g.r.sample(genre["body"], k=min(len(genre["body"]), g.r.randint(1, 3)))
    for body in bodies:
        g.render(d, body)
    if "table" in genre and g.r.random() < 0.35:
        g.roster(d, g.pick(("附表：", "名冊", "申請名單如下：")), genre["table"])
    if g.r.random() < 0.3:  # background look-alikes in positive texts too
        g.render(d, g.pick(("（{docno}）", "（案號{case}）", "依{law}辦理。", "（{date}）")))
    g.render(d, g.pick(genre["tail"]))


def generate_heldout7(n: int = 2000, seed: int = 79) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples of agency free text and the known-names list.

    ``known_person`` marks, per PERSON span, whether the mention (exactly, or with spaces
    removed) is in the returned list, so name-column-aware scanning can be scored separately.
    """
    g = _Gen7(seed, pool_size=max(80, n // 4))
    known = set(g.known_list)
    names = sorted(_GENRES)
    samples: list[Sample] = []
    while len(samples) < n:
        name = g.pick(names)
        genre = _GENRES[name]
        g.laws = _w(_GENRE_LAWS[name])
        g.titles = _w(_GENRE_TITLES[name])
        g.case_word = _GENRE_CASE_WORD[name]
        d = _Doc()
        hard = g.r.random() < _HARD_NEGATIVE_RATE
        if hard:
            for k, template in enumerate(g.r.sample(genre["neg"], k=g.r.randint(1, 2))):
                g.render(d, ("\n" if k else "") + template)
            if g.r.random() < 0.5:
                g.render(d, g.pick(_NEG_EXTRA))
        else:
            _build_positive(g, d, genre)
        text = d.text
        if not hard and not d.spans:
            continue
        flags = [
            text[s:e] in known or text[s:e].replace(" ", "") in known
            for s, e, label in d.spans
            if label == "PERSON"
        ]
        samples.append(Sample(text=text, spans=d.spans, hard_negative=hard, known_person=flags))
    return samples, list(g.known_list)
