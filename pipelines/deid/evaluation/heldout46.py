"""Held-out synthetic test set 46 for the free-text personal-data scanner.

Written without reading the scanner, its recognizers, name lists or the other evaluation sets:
only the ``Sample`` dataclass and the checksum helpers of ``pipelines.deid.identifiers`` were
used. The texts imitate what staff of Taiwanese agencies type in six settings:

* 地政事務所 counter logs, letters and heir tables for inheritance and sale registrations;
* 寵物登記 and rabies-vaccination records;
* construction-site safety inspection logs with foreign workers;
* university international-student and dormitory office records;
* police fraud-victim statements (報案筆錄, question-and-answer transcripts);
* hospital emergency-room triage notes and notifications.

About a quarter of the samples are hard negatives: public or impersonal look-alikes only
(document and receipt numbers, companies' 統一編號, land parcels, statutes, amounts, meeting
dates, pet microchips, places, shops, products, words that begin with a surname character).

Every value is synthetic: names are drawn from lists written for this file, identifiers are
random with valid checksums. ``generate_heldout46(n, seed)`` is deterministic for a seed.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_T = TypeVar("_T")


def _words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list."""
    return tuple(text.split())


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

LABELS = (
    PERSON,
    NATIONAL_ID,
    RESIDENT_CERT,
    PHONE,
    EMAIL,
    ADDRESS,
    NHI_CARD,
    PASSPORT,
    CREDIT_CARD,
    BIRTH_DATE,
)

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125
KNOWN_SHARE = 0.5

# ---------------------------------------------------------------------------------------------
# Name material (written for this file).
# ---------------------------------------------------------------------------------------------

_COMMON_SURNAMES = _words(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高 "
    "簡 朱 鍾 施 游 詹 沈 彭 胡 余 盧 潘 顏 梁 趙 柯 翁 魏 方 孫 戴 范 宋 鄧 杜 侯 曹 薛 傅 丁 "
    "温 紀 蔣 歐 藍 連 唐 馬 董 石 卓 程 姚 康 馮 古 姜 湯 汪 白 田 涂 鄒 巫 尤 鐘 龔 嚴 韓 黎 "
    "阮 袁 童 陸 金 錢 邵"
)

_RARE_SURNAMES = _words(
    "粘 佘 笪 竺 戈 翟 仉 冼 闕 晏 牟 岳 甘 倪 凃 殷 麥 官 房 尹 褚 萬 宮 包 易 段 雷 喬 章 辛 "
    "龐 花 池 籃 邢 熊 毛 史 苗 鄔 商 莫 卜 湛 繆 樊 酆 虞 滕 郝 孔 崔 譚 柳 喻 俞 時 伍 吉 冉 "
    "靳 查 秦 賀 寇 霍 桂 符 閻 勞 邰 蒲 鄺 溫 賈 利 練 邴"
)

_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 司徒 范姜 上官 諸葛 東方 皇甫 司馬 夏侯 端木 公孫 長孫 慕容 令狐 鍾離"
)

_FEMALE_GIVEN = _words(
    "美玲 淑芬 雅婷 怡君 佳穎 欣怡 宜蓁 詩涵 婉婷 雅雯 惠如 秀英 玉珍 麗華 秋月 美惠 淑惠 "
    "靜宜 佩珊 筱涵 品妍 子晴 宥蓁 語彤 芷若 思妤 巧玲 瑞芳 碧霞 素珠 金鳳 月娥 春嬌 玉蘭 "
    "翠萍 嘉琪 家瑜 郁婷 慧君 曉雯 姿吟 書瑜 采潔 又綺 芸熙 亭妤 若瑄 沛晴 宛臻 詠晴 昀蓁 "
    "羽彤 恩綺 以涵 禹彤 韻如 琇瑩 珮瑜 乃文 馨儀 蕙蘭 麗卿 秀鳳 玉霞 麗珠 美雲 錦繡 春梅 "
    "寶珠 雪芬 淑貞 慧玲 罔市 罔腰 招弟 阿嬌 秀琴 美珠 素卿 麗娟 玉梅 月霞 金蓮 桂英 淑娟 "
    "美華 雅惠 秀蘭 惠美 玲玲 佳蓉 佩君 怡萱 映彤 彥君 姵岑 紫涵 湘婷 曼婷 思穎 芳瑜 欣妤 "
    "柔安 妍希 語涵 安琪 可欣 心妍 芊妤 雨柔 晏慈 苡安 玟君 婕妤 雅琪 靖雯 昕妤 怡伶 筠婷 "
    "育萱 翊芳 冠伶 孟潔 凱婷 瑋玲 映汝 貞儀 韋伶 倩如 惠婷 宜庭 琬婷 瀞文 惟甄 絜伃 瑀婕 "
    "秀枝 阿滿 金枝 碧雲 月桂 素琴 珮甄 詩婷 郁雯 姿穎"
)

_MALE_GIVEN = _words(
    "志明 家豪 俊傑 建宏 冠宇 承翰 柏翰 宇軒 品睿 宥廷 彥廷 冠廷 俊宏 志偉 文雄 國華 明德 "
    "建志 信宏 振興 金龍 添財 清水 萬得 進發 正雄 榮輝 永福 明輝 世昌 耀宗 德明 英傑 哲瑋 "
    "子翔 紹恩 奕辰 睿恩 承恩 柏宇 禹安 昱廷 博文 書豪 偉誠 嘉祥 健民 宗翰 致遠 忠義 坤山 "
    "火旺 朝陽 順發 進財 國棟 政憲 泰宏 銘哲 崇德 聖傑 翊綸 立群 敬堯 逸凡 亮均 浩然 懷恩 "
    "仁傑 鼎鈞 士豪 冠霖 明哲 世豪 啟明 育成 國斌 振宇 泓毅 秉宏 宏仁 伯勳 俊賢 家銘 智凱 "
    "建良 文彬 東昇 嘉宏 信良 志豪 宗憲 正義 春生 阿土 天賜 福來 水木 金水 永昌 文忠 明宗 "
    "俊男 家瑋 柏均 宇辰 睿杰 恩碩 品翰 宸睿 承佑 宥辰 羿廷 彥宇 昊天 紹軒 聿修 崇瀚 韋翔 "
    "峻豪 凱文 士傑 柏霖 育德 秉諭 禎祥 國峰 德昌 茂盛 錦堂 萬福 榮發 益銘 世雄 建銘 志遠 "
    "俊毅 冠良 政達 哲維 宏達 宜勳 孟儒 彥均 仲凱 偉倫 子毅 晉嘉 尚恩 琮凱 諭霖 楷崴 阿坤 "
    "金生 燦輝 添福"
)

_SINGLE_GIVEN_F = _words("敏 靜 芳 娟 雯 琳 瑜 婷 璇 蓉 晴 萱 慧 寧 昕 彤 瑄 薇 嫣 潔 瑤 珊 嵐 蓁")
_SINGLE_GIVEN_M = _words(
    "強 偉 杰 華 豪 峰 翔 瑋 軒 銘 勳 鈞 睿 凱 恩 甯 彧 昶 喆 竣 璟 倫 斌 剛 霖 宏 昇"
)

# Indigenous names: (romanised, Han transliteration), split by usual gender of the given name.
_INDIGENOUS_GIVEN_M = (
    ("Kacaw", "卡造"),
    ("Mayaw", "馬耀"),
    ("Lisin", "里信"),
    ("Kolas", "古拉斯"),
    ("Fotol", "弗投"),
    ("Calaw", "查勞"),
    ("Yukan", "尤幹"),
    ("Watan", "瓦旦"),
    ("Pasang", "巴尚"),
    ("Temu", "得木"),
    ("Dahu", "達虎"),
    ("Biung", "比勇"),
    ("Tiang", "田仰"),
    ("Sakinu", "撒基努"),
    ("Lavakaw", "拉瓦告"),
    ("Pilin", "比令"),
    ("Tanapima", "達那比瑪"),
)
_INDIGENOUS_GIVEN_F = (
    ("Panay", "巴奈"),
    ("Sawmah", "紹瑪"),
    ("Dongi", "洞依"),
    ("Ofad", "歐法"),
    ("Silan", "喜蘭"),
    ("Yawi", "亞威"),
    ("Muakai", "慕阿凱"),
    ("Umav", "烏瑪芙"),
    ("Savi", "莎比"),
    ("Ipay", "依拜"),
    ("Ciwas", "吉娃斯"),
    ("Iwan", "伊婉"),
    ("Labi", "拉比"),
    ("Pisuy", "畢穗"),
    ("Buya", "布雅"),
    ("Hana", "哈娜"),
)
_INDIGENOUS_FAMILY = (
    ("Kumod", "古穆"),
    ("Hayung", "哈勇"),
    ("Batu", "巴度"),
    ("Istanda", "伊斯坦大"),
    ("Lalin", "拉林"),
    ("Falah", "法拉"),
    ("Tali", "達利"),
    ("Losin", "洛信"),
    ("Rakaw", "拉告"),
    ("Nawi", "那威"),
    ("Takisvilainan", "達給斯菲萊藍"),
    ("Tanapima", "達那比瑪"),
    ("Yupas", "尤帕斯"),
    ("Pavavaljung", "巴瓦瓦隆"),
    ("Lifok", "理佛"),
    ("Sayun", "撒韻"),
)

# Vietnamese: (plain, with diacritics, Han reading).
_VN_SURNAMES = (
    ("Nguyen", "Nguyễn", "阮"),
    ("Tran", "Trần", "陳"),
    ("Le", "Lê", "黎"),
    ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"),
    ("Phan", "Phan", "潘"),
    ("Vu", "Vũ", "武"),
    ("Dang", "Đặng", "鄧"),
    ("Bui", "Bùi", "裴"),
    ("Do", "Đỗ", "杜"),
    ("Ho", "Hồ", "胡"),
    ("Ngo", "Ngô", "吳"),
    ("Duong", "Dương", "楊"),
    ("Ly", "Lý", "李"),
    ("Trinh", "Trịnh", "鄭"),
    ("Dinh", "Đinh", "丁"),
    ("Mai", "Mai", "梅"),
    ("Truong", "Trương", "張"),
)
_VN_MIDDLE_M = (
    ("Van", "Văn", "文"),
    ("Duc", "Đức", "德"),
    ("Minh", "Minh", "明"),
    ("Quoc", "Quốc", "國"),
    ("Huu", "Hữu", "有"),
    ("Thanh", "Thanh", "清"),
)
_VN_MIDDLE_F = (
    ("Thi", "Thị", "氏"),
    ("Ngoc", "Ngọc", "玉"),
    ("Thu", "Thu", "秋"),
    ("Hong", "Hồng", "紅"),
    ("Thi", "Thị", "氏"),
)
_VN_GIVEN_M = (
    ("Hung", "Hùng", "雄"),
    ("Tuan", "Tuấn", "俊"),
    ("Dung", "Dũng", "勇"),
    ("Nam", "Nam", "南"),
    ("Long", "Long", "龍"),
    ("Hai", "Hải", "海"),
    ("Son", "Sơn", "山"),
    ("Quang", "Quang", "光"),
    ("Binh", "Bình", "平"),
    ("Cuong", "Cường", "強"),
    ("Hieu", "Hiếu", "孝"),
    ("Khanh", "Khánh", "慶"),
    ("Duy", "Duy", "維"),
    ("Phuc", "Phúc", "福"),
    ("Vinh", "Vinh", "榮"),
    ("Tien", "Tiến", "進"),
    ("Thang", "Thắng", "勝"),
    ("Toan", "Toàn", "全"),
)
_VN_GIVEN_F = (
    ("Lan", "Lan", "蘭"),
    ("Hoa", "Hoa", "花"),
    ("Mai", "Mai", "梅"),
    ("Huong", "Hương", "香"),
    ("Linh", "Linh", "玲"),
    ("Phuong", "Phương", "芳"),
    ("Trang", "Trang", "妝"),
    ("Hanh", "Hạnh", "幸"),
    ("Thao", "Thảo", "草"),
    ("Yen", "Yến", "燕"),
    ("Nga", "Nga", "娥"),
    ("Anh", "Anh", "英"),
    ("Tam", "Tâm", "心"),
    ("Ha", "Hà", "河"),
    ("Nhung", "Nhung", "絨"),
    ("Thuy", "Thủy", "翠"),
)

_ID_NAMES_F = (
    ("Siti", "西蒂"),
    ("Aminah", "阿米娜"),
    ("Nur", "努爾"),
    ("Hidayati", "希達雅蒂"),
    ("Dewi", "德維"),
    ("Lestari", "蕾絲塔莉"),
    ("Sri", "絲莉"),
    ("Wahyuni", "瓦尤妮"),
    ("Rina", "莉娜"),
    ("Kurniawati", "庫妮娃蒂"),
    ("Yuliana", "尤莉安娜"),
    ("Susanti", "蘇珊蒂"),
    ("Ika", "伊卡"),
    ("Wulan", "烏蘭"),
    ("Ratna", "拉特娜"),
    ("Indah", "茵妲"),
    ("Fitri", "菲特莉"),
    ("Handayani", "韓達雅妮"),
    ("Endang", "恩丹"),
    ("Rahayu", "拉哈尤"),
    ("Yanti", "燕蒂"),
    ("Sumiati", "蘇米雅蒂"),
)
_ID_NAMES_M = (
    ("Agus", "阿古斯"),
    ("Setiawan", "塞蒂亞萬"),
    ("Budi", "布迪"),
    ("Santoso", "桑托索"),
    ("Eko", "艾可"),
    ("Prasetyo", "普拉塞堯"),
    ("Ahmad", "阿瑪德"),
    ("Fauzi", "法烏齊"),
    ("Rudi", "魯迪"),
    ("Hartono", "哈托諾"),
    ("Joko", "佐科"),
    ("Supriyadi", "蘇普里亞迪"),
    ("Bambang", "班邦"),
    ("Suryadi", "蘇里亞迪"),
    ("Sutrisno", "蘇特里斯諾"),
    ("Wahyu", "瓦胡"),
    ("Hendra", "亨德拉"),
    ("Dedi", "德迪"),
    ("Irfan", "伊爾凡"),
    ("Rizky", "里茲基"),
)

_PH_GIVEN_F = (
    ("Maria", "瑪莉亞"),
    ("Jocelyn", "喬瑟琳"),
    ("Rowena", "羅薇娜"),
    ("Marites", "瑪莉特絲"),
    ("Analyn", "安娜琳"),
    ("Jennifer", "珍妮佛"),
    ("Cristina", "克莉絲蒂娜"),
    ("Lorna", "羅娜"),
    ("Rhea", "瑞亞"),
    ("Janet", "珍娜"),
    ("Evelyn", "艾芙琳"),
    ("Lovely", "樂芙莉"),
    ("Glenda", "格蘭達"),
)
_PH_GIVEN_M = (
    ("Mark", "馬克"),
    ("Jerome", "傑羅姆"),
    ("Rodel", "羅德爾"),
    ("Arnel", "阿內爾"),
    ("Joel", "喬爾"),
    ("Ramon", "拉蒙"),
    ("Edwin", "艾德溫"),
    ("Reynaldo", "雷納爾多"),
    ("Noel", "諾爾"),
    ("Ariel", "艾瑞爾"),
    ("Jomar", "喬瑪"),
    ("Christian", "克里斯汀"),
)
_PH_SURNAMES = (
    ("Santos", "桑托斯"),
    ("Reyes", "雷耶斯"),
    ("Garcia", "賈西亞"),
    ("Mendoza", "門多薩"),
    ("Bautista", "包蒂斯塔"),
    ("Villanueva", "維拉紐瓦"),
    ("Ramos", "拉莫斯"),
    ("Castillo", "卡斯蒂略"),
    ("Fernandez", "費南德斯"),
    ("Dizon", "迪松"),
    ("Manalo", "馬納洛"),
    ("Pascual", "帕斯夸爾"),
    ("Soriano", "索里亞諾"),
    ("Navarro", "納瓦羅"),
    ("Gonzales", "岡薩雷斯"),
    ("Mercado", "梅爾卡多"),
    ("Tolentino", "托倫蒂諾"),
    ("Dela Cruz", "德拉克魯茲"),
)

_TH_GIVEN_M = (
    ("Somchai", "頌猜"),
    ("Somsak", "頌薩"),
    ("Anan", "阿南"),
    ("Prasert", "巴實"),
    ("Wichai", "威猜"),
    ("Thongchai", "通猜"),
    ("Boonmee", "汶美"),
    ("Surachai", "素拉猜"),
    ("Chaiwat", "猜瓦"),
    ("Sompong", "頌蓬"),
)
_TH_GIVEN_F = (
    ("Supaporn", "蘇帕蓬"),
    ("Malee", "瑪莉"),
    ("Kanya", "甘雅"),
    ("Siriporn", "詩麗蓬"),
    ("Pranee", "帕尼"),
    ("Nattaya", "娜塔雅"),
    ("Wanida", "萬妮達"),
    ("Apinya", "阿平雅"),
)
_TH_SURNAMES = (
    ("Srisuk", "西蘇"),
    ("Kaewkla", "乾拉"),
    ("Boonyarat", "汶雅叻"),
    ("Saetang", "謝當"),
    ("Wongsa", "旺薩"),
    ("Chaiyaporn", "猜亞蓬"),
    ("Phromma", "彭瑪"),
    ("Thongdee", "通迪"),
    ("Rattanakorn", "叻達那功"),
    ("Sukjai", "素再"),
    ("Intharasuk", "因塔拉素"),
    ("Jaidee", "再迪"),
)

_NATIONALITY = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國", "tw": "中華民國"}

_ROMAN_SURNAMES = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou su yeh chuang lu chiang ho hsiao lo kao chien chu chung shih yu chan pan yen "
    "liang chao ko weng wei fang sun tai fan sung teng tu"
)
_ROMAN_GIVEN = _words(
    "meiling yating chihming weiting hsinyi chiahao yuhsuan pinjui tzuhan kuanyu chunchieh "
    "shuhui yichun peishan chienhung wenhsiung yuting hsiaowen chiaying tsunghan pohan yuchen "
    "chengen minghui shufen ihsuan yuanting jiahui kaiwen ruoxuan"
)
_MAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "msa.hinet.net",
    "icloud.com",
    "yahoo.com",
    "livemail.tw",
)
_EDU_DOMAINS = ("gs.ncku.edu.tw", "ntu.edu.tw", "mail.nchu.edu.tw", "go.thu.edu.tw", "nccu.edu.tw")

# ---------------------------------------------------------------------------------------------
# Places.
# ---------------------------------------------------------------------------------------------

_CITIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "臺北市",
        (
            ("中正區", "100"),
            ("大安區", "106"),
            ("信義區", "110"),
            ("士林區", "111"),
            ("北投區", "112"),
            ("內湖區", "114"),
            ("文山區", "116"),
            ("萬華區", "108"),
        ),
    ),
    (
        "新北市",
        (
            ("板橋區", "220"),
            ("三重區", "241"),
            ("中和區", "235"),
            ("永和區", "234"),
            ("新莊區", "242"),
            ("新店區", "231"),
            ("土城區", "236"),
            ("蘆洲區", "247"),
            ("汐止區", "221"),
            ("淡水區", "251"),
            ("三峽區", "237"),
        ),
    ),
    (
        "桃園市",
        (
            ("桃園區", "330"),
            ("中壢區", "320"),
            ("平鎮區", "324"),
            ("八德區", "334"),
            ("楊梅區", "326"),
            ("龜山區", "333"),
            ("蘆竹區", "338"),
            ("大園區", "337"),
        ),
    ),
    (
        "臺中市",
        (
            ("西屯區", "407"),
            ("北屯區", "406"),
            ("南屯區", "408"),
            ("豐原區", "420"),
            ("大里區", "412"),
            ("太平區", "411"),
            ("沙鹿區", "433"),
            ("清水區", "436"),
        ),
    ),
    (
        "臺南市",
        (
            ("東區", "701"),
            ("永康區", "710"),
            ("安平區", "708"),
            ("新營區", "730"),
            ("仁德區", "717"),
            ("歸仁區", "711"),
            ("佳里區", "722"),
        ),
    ),
    (
        "高雄市",
        (
            ("三民區", "807"),
            ("苓雅區", "802"),
            ("鳳山區", "830"),
            ("左營區", "813"),
            ("前鎮區", "806"),
            ("楠梓區", "811"),
            ("岡山區", "820"),
            ("小港區", "812"),
        ),
    ),
    ("基隆市", (("仁愛區", "200"), ("信義區", "201"), ("七堵區", "206"), ("安樂區", "204"))),
    ("新竹市", (("東區", "300"), ("北區", "300"), ("香山區", "300"))),
    ("新竹縣", (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303"), ("新豐鄉", "304"))),
    ("苗栗縣", (("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350"), ("苑裡鎮", "358"))),
    ("彰化縣", (("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505"), ("和美鎮", "508"))),
    ("南投縣", (("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542"), ("竹山鎮", "557"))),
    ("雲林縣", (("斗六市", "640"), ("虎尾鎮", "632"), ("西螺鎮", "648"), ("北港鎮", "651"))),
    ("嘉義市", (("東區", "600"), ("西區", "600"))),
    ("嘉義縣", (("太保市", "612"), ("朴子市", "613"), ("民雄鄉", "621"), ("水上鄉", "608"))),
    (
        "屏東縣",
        (
            ("屏東市", "900"),
            ("潮州鎮", "920"),
            ("東港鎮", "928"),
            ("恆春鎮", "946"),
            ("內埔鄉", "912"),
        ),
    ),
    ("宜蘭縣", (("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270"), ("礁溪鄉", "262"))),
    (
        "花蓮縣",
        (
            ("花蓮市", "970"),
            ("吉安鄉", "973"),
            ("壽豐鄉", "974"),
            ("玉里鎮", "981"),
            ("光復鄉", "976"),
        ),
    ),
    ("臺東縣", (("臺東市", "950"), ("成功鎮", "961"), ("關山鎮", "956"), ("卑南鄉", "954"))),
    ("澎湖縣", (("馬公市", "880"), ("湖西鄉", "885"))),
    ("金門縣", (("金城鎮", "893"), ("金湖鎮", "891"))),
    ("連江縣", (("南竿鄉", "209"),)),
)

_ROADS = _words(
    "中山路 中正路 民生路 民權路 民族路 建國路 復興路 和平路 仁愛路 信義路 光復路 中華路 "
    "自由路 成功路 文化路 大同路 三民路 博愛路 林森路 公園路 中興路 勝利路 五福路 長春路 "
    "南京東路 忠孝東路 和平東路 羅斯福路 承德路 延平北路 環河南路 安和路 興隆路 府前路 "
    "福德街 永和街 和平街 新生街 文昌街 育英街 仁義街 光明街 忠孝街 民有街 竹圍街 "
    "臺灣大道 中港路 四維路 青年路 七賢路 九如路 大順路 自強街 莒光路 環島路"
)
_SECTIONED = ("中山", "中正", "民生", "建國", "復興", "和平", "信義", "中華", "南京", "忠孝")
_VILLAGES = _words(
    "忠孝 仁愛 和平 中興 光明 福德 永安 大安 新生 文化 民生 復興 東興 西門 南勢 北勢 頂埔 "
    "下莊 中庄 新興 港口 山腳 大同 安和 龍山 崁頂 後壁 水源"
)
_CN_DIGITS = "〇一二三四五六七八九"

# ---------------------------------------------------------------------------------------------
# Full-width forms.
# ---------------------------------------------------------------------------------------------

_FW_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/:,"
_FW_ALL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _FW_ASCII} | {" ": "\u3000"})
_FW_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})


def _cn_number(n: int) -> str:
    """Chinese numerals for 1..99 (三、十二、二十、七十八)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[units] if units else "")


@dataclass(frozen=True)
class _Name:
    text: str
    gender: str  # "M" or "F"
    nat: str  # "tw", "vn", "id", "ph", "th"


_DOC_WORDS: dict[str, tuple[str, ...]] = {
    "land": ("府地籍", "北市地登", "內授中辦地", "高市府地政", "新北地籍", "中市地價"),
    "pet": ("中市動保", "農防", "北市動保", "府農動"),
    "site": ("勞職授", "府授工", "勞職中", "府勞安"),
    "police": ("警刑防", "新北警刑", "警署刑偵", "北市警刑"),
}
_ORGS: dict[str, tuple[str, ...]] = {
    "land": ("新北市政府地政局", "內政部國土管理署", "臺中市政府地政局", "高雄市政府地政局"),
    "site": ("勞動部職業安全衛生署", "高雄市政府勞工局", "臺中市勞動檢查處", "營建工會"),
    "police": ("內政部警政署刑事警察局", "新北市政府警察局", "臺北市政府警察局", "本分局偵查隊"),
}

_FILLERS: dict[str, str] = {
    "pet": "小黑 小白 妞妞 Lucky 咪咪 布丁 豆豆 球球 Momo 阿福 黑糖 麻糬 皮皮 可樂 奶茶 Coco "
    "Bella Max 來福 饅頭 花花 Lulu 大橘 芝麻",
    "breed": "米克斯 柴犬 柯基 貴賓 博美 黃金獵犬 拉布拉多 臺灣犬 法鬥 吉娃娃 馬爾濟斯 雪納瑞 "
    "米克斯貓 英國短毛貓 美國短毛貓 橘貓 三花貓",
    "place": "大安森林公園 市民活動中心 縣立體育館 區公所前廣場 仁愛國小 中正公園 七星潭 "
    "河濱公園 里民活動中心 忠孝國中 光復市場旁 運動公園停車場",
    "hosp": "臺大醫院 榮民總醫院 馬偕紀念醫院 部立臺南醫院 慈濟醫院花蓮本院 "
    "長庚紀念醫院林口院區 成大醫院 高雄榮總 中國醫藥大學附設醫院 聯合醫院仁愛院區",
    "dorm": "女一舍 女二舍 男三舍 研究生宿舍 國際學舍 光復宿舍 勝利宿舍",
    "complaint": "胸悶 呼吸喘 腹痛 發燒 頭暈 車禍擦傷 跌倒頭部撞擊 右手割傷 嘔吐 意識改變 "
    "左下肢疼痛 吞嚥困難 過敏起疹",
    "project": "社會住宅新建工程 國小校舍耐震補強工程 污水下水道第三期工程 集合住宅新建工程 "
    "廠房擴建工程 道路拓寬工程",
    "drug": "Aspirin Plavix Augmentin Tamiflu Panadol Morphine Ketorolac Ceftriaxone",
}


# ---------------------------------------------------------------------------------------------
# The value and name factory.
# ---------------------------------------------------------------------------------------------


class _Factory:
    """Random names, identifiers and fillers, all from one ``random.Random``."""

    def __init__(self, rng: Random, n: int) -> None:
        self.rng = rng
        self.year = 2024
        self.known_set: set[str] = set()
        self.known_list: list[str] = []
        self._pool: dict[str, list[_Name]] = {"t": [], "f": []}
        self._build_known(n)

    # -- helpers -----------------------------------------------------------------------------

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(k))

    def maybe_fullwidth(self, value: str, digits_only: bool = False) -> str:
        if not self.chance(FULLWIDTH_SHARE):
            return value
        return value.translate(_FW_DIGITS if digits_only else _FW_ALL)

    # -- names -------------------------------------------------------------------------------

    def _given(self, gender: str) -> str:
        if self.chance(0.12):
            return self.pick(_SINGLE_GIVEN_M if gender == "M" else _SINGLE_GIVEN_F)
        return self.pick(_MALE_GIVEN if gender == "M" else _FEMALE_GIVEN)

    def taiwanese(self, plain: bool = False, gender: str = "") -> _Name:
        """A Taiwanese citizen's name (Han forms, married names, Indigenous names)."""
        gender = gender or self.pick("MF")
        roll = self.rng.random()
        if not plain and roll < 0.07:
            return self._indigenous(gender)
        if roll < 0.14:
            surname = self.pick(_RARE_SURNAMES)
        elif roll < 0.21:
            surname = self.pick(_COMPOUND_SURNAMES)
        else:
            surname = self.pick(_COMMON_SURNAMES)
        given = self._given(gender)
        if gender == "F" and len(surname) == 1 and self.chance(0.09):
            husband = self.pick(_COMMON_SURNAMES)  # 冠夫姓
            if husband != surname:
                return _Name(husband + surname + given, gender, "tw")
        return _Name(surname + given, gender, "tw")

    def _indigenous(self, gender: str) -> _Name:
        given = self.pick(_INDIGENOUS_GIVEN_M if gender == "M" else _INDIGENOUS_GIVEN_F)
        family = self.pick(_INDIGENOUS_FAMILY)
        roll = self.rng.random()
        if roll < 0.35:
            text = f"{given[1]}‧{family[1]}"
        elif roll < 0.65:
            text = f"{given[1]}·{family[1]}"
        elif roll < 0.9:
            text = f"{given[0]} {family[0]}"
        else:
            text = f"{given[0]}·{family[0]}"
        return _Name(text, gender, "tw")

    def foreign(self, gender: str = "") -> _Name:
        nat = self.pick(("vn", "vn", "vn", "id", "id", "id", "ph", "ph", "th", "th"))
        gender = gender or self.pick("MF")
        latin = self.chance(0.5)
        upper = latin and self.chance(0.35)
        if nat == "vn":
            sur = self.pick(_VN_SURNAMES)
            mid = self.pick(_VN_MIDDLE_M if gender == "M" else _VN_MIDDLE_F)
            giv = self.pick(_VN_GIVEN_M if gender == "M" else _VN_GIVEN_F)
            if not latin:
                text = sur[2] + mid[2] + giv[2]
            else:
                k = 1 if (self.chance(0.25) and not upper) else 0
                text = f"{sur[k]} {mid[k]} {giv[k]}"
        elif nat == "id":
            pool = _ID_NAMES_M if gender == "M" else _ID_NAMES_F
            first = self.pick(pool)
            second = self.pick(pool) if self.chance(0.75) else None
            if second == first:
                second = None
            if latin:
                text = first[0] + (f" {second[0]}" if second else "")
            else:
                sep = self.pick(("·", "‧", ""))
                text = first[1] + (sep + second[1] if second else "")
        elif nat == "ph":
            giv = self.pick(_PH_GIVEN_M if gender == "M" else _PH_GIVEN_F)
            sur = self.pick(_PH_SURNAMES)
            if latin:
                roll = self.rng.random()
                if roll < 0.5:
                    text = f"{giv[0]} {sur[0]}"
                elif roll < 0.75:
                    text = f"{giv[0]} {self.pick('ABCDGLMRST')}. {sur[0]}"
                else:
                    text = f"{sur[0]}, {giv[0]}"
            else:
                text = f"{giv[1]}{self.pick(('·', '‧'))}{sur[1]}"
        else:
            giv = self.pick(_TH_GIVEN_M if gender == "M" else _TH_GIVEN_F)
            sur = self.pick(_TH_SURNAMES)
            if latin:
                text = f"{giv[0]} {sur[0]}"
            else:
                text = giv[1] + (self.pick(("·", "‧")) + sur[1] if self.chance(0.6) else "")
        if upper:
            text = text.upper()
        return _Name(text, gender, nat)

    def _build_known(self, n: int) -> None:
        """The applicant-name column: mentioned names plus names never mentioned."""
        size = max(40, n // 3)
        seen: set[str] = set()
        groups: dict[str, list[_Name]] = {"t": [], "f": []}
        targets = {"t": int(size * 0.8), "f": size - int(size * 0.8)}
        for group, target in targets.items():
            while len(groups[group]) < target:
                name = self.taiwanese() if group == "t" else self.foreign()
                if name.text not in seen:
                    seen.add(name.text)
                    groups[group].append(name)
        for group, names in groups.items():
            cut = max(1, int(len(names) * 0.7))
            self._pool[group] = names[:cut]  # the rest is never mentioned
        everything = [name.text for names in groups.values() for name in names]
        self.rng.shuffle(everything)
        self.known_list = everything
        self.known_set = set(everything)

    def name(self, kind: str, gender: str = "") -> tuple[_Name, bool]:
        """A name of ``kind`` ("t" Taiwanese, "h" plain Han, "f" foreign) and whether known."""
        group = "f" if kind == "f" else "t"
        if self.chance(KNOWN_SHARE):
            pool = self._pool[group]
            if kind == "h":
                pool = [x for x in pool if "‧" not in x.text and "·" not in x.text]
                pool = [x for x in pool if not x.text.isascii()]
            if gender:
                pool = [x for x in pool if x.gender == gender]
            if pool:
                return self.pick(pool), True
        while True:
            if kind == "f":
                fresh = self.foreign(gender)
            else:
                fresh = self.taiwanese(plain=kind == "h", gender=gender)
            if fresh.text not in self.known_set:
                return fresh, False

    # -- identifiers -------------------------------------------------------------------------

    def national_id(self, gender: str = "") -> str:
        letter = self.pick(tuple(LETTER_CODES))
        sex = {"M": "1", "F": "2"}.get(gender) or self.pick("12")
        body = sex + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        return self.maybe_fullwidth(value)

    def resident_cert(self, gender: str = "") -> str:
        letter = self.pick(tuple(LETTER_CODES))
        if self.chance(0.7):
            sex = {"M": "8", "F": "9"}.get(gender) or self.pick("89")
            body = sex + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick({"M": "AC", "F": "BD"}.get(gender) or "ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        assert arc.is_valid(value)
        return self.maybe_fullwidth(value)

    def personal_id(self, name: _Name) -> str:
        """The national ID of a citizen, the resident certificate of a foreign resident."""
        if name.nat == "tw":
            return self.national_id(name.gender)
        return self.resident_cert(name.gender)

    def mobile_number(self) -> str:
        while True:
            number = "09" + self.digits(8)
            if phone.is_valid(number):
                break
        rest = number[1:]
        style = self.rng.randrange(11)
        if style == 0:
            text = number
        elif style in (1, 2):
            text = f"{number[:4]}-{number[4:7]}-{number[7:]}"
        elif style == 3:
            text = f"{number[:4]}-{number[4:]}"
        elif style == 4:
            text = f"{number[:4]} {number[4:7]} {number[7:]}"
        elif style == 5:
            text = f"{number[:4]}.{number[4:7]}.{number[7:]}"
        elif style == 6:
            text = f"+886-{rest[:3]}-{rest[3:6]}-{rest[6:]}"
        elif style == 7:
            text = f"+886 {rest[:3]} {rest[3:6]} {rest[6:]}"
        elif style == 8:
            text = f"+886{rest}"
        elif style == 9:
            text = f"({number[:4]}){number[4:7]}-{number[7:]}"
        else:
            text = f"{number[:4]} {number[4:]}"
        return self.maybe_fullwidth(text)

    _AREAS = (
        ("02", 8, "2356789"),
        ("02", 8, "2"),
        ("03", 7, "345689"),
        ("037", 6, "2345678"),
        ("04", 8, "2"),
        ("04", 7, "78"),
        ("049", 7, "2"),
        ("05", 7, "2356"),
        ("06", 7, "2356"),
        ("07", 7, "2356789"),
        ("08", 7, "7"),
        ("089", 6, "3"),
        ("082", 6, "3"),
        ("0836", 5, "2"),
    )

    def landline(self, extension: bool | None = None) -> str:
        for attempt in range(40):
            area, size, first = self.pick(self._AREAS)
            local = self.pick(first) + self.digits(size - 1)
            if phone.is_valid(area + local) or (attempt > 20 and phone.is_plausible(area + local)):
                break
        cut = {8: 4, 7: 3, 6: 3, 5: 2}[size]
        a, b = local[:cut], local[cut:]
        style = self.rng.randrange(9)
        if style in (0, 1):
            text = f"({area}){a}-{b}"
        elif style == 2:
            text = f"({area}) {a}-{b}"
        elif style in (3, 4):
            text = f"{area}-{a}-{b}"
        elif style == 5:
            text = f"{area}-{local}"
        elif style == 6:
            text = f"{area} {a} {b}"
        elif style == 7:
            text = f"+886-{area[1:]}-{a}-{b}"
        else:
            text = f"({area}){local}"
        if extension is None:
            extension = self.chance(0.25)
        if extension:
            sep = self.pick((" 分機 ", "分機", " #", "#", "轉", " ext. ", " 轉 ", " ext.", " 分機"))
            text += sep + self.digits(self.pick((2, 3, 3, 4, 5)))
        value = self.maybe_fullwidth(text)
        assert phone.is_plausible(value)
        return value

    def any_phone(self) -> str:
        return self.mobile_number() if self.chance(0.65) else self.landline()

    def email(self, student: bool = False) -> str:
        sur, giv = self.pick(_ROMAN_SURNAMES), self.pick(_ROMAN_GIVEN)
        style = self.rng.randrange(8)
        if style == 0:
            local = f"{giv}.{sur}"
        elif style == 1:
            local = f"{sur}{giv}"
        elif style == 2:
            local = f"{giv}{self.rng.randint(60, 99)}"
        elif style == 3:
            local = f"{sur}.{giv}{self.digits(2)}"
        elif style == 4:
            local = f"{giv}_{sur}"
        elif style == 5:
            local = f"{sur[0]}{giv[:3]}{self.digits(4)}"
        elif style == 6:
            foreign = unicodedata.normalize("NFKD", self.foreign().text.replace("Đ", "D"))
            local = re.sub(r"[^a-z]", "", foreign.lower())[:14] or giv
            local += self.digits(self.pick((0, 2, 4)))
        else:
            local = f"{giv}{sur}{self.pick(('', '0', '1', '88', '520', '.tw'))}"
        if student and self.chance(0.6):
            local = self.pick("sSemdb") + self.digits(self.pick((7, 8, 9)))
            domain = self.pick(_EDU_DOMAINS)
        else:
            domain = self.pick(_MAIL_DOMAINS)
        if self.chance(0.15):
            local = local.capitalize()
        return self.maybe_fullwidth(f"{local}@{domain}")

    def address(self) -> str:
        rng = self.rng
        city, districts = self.pick(_CITIES)
        district, zipcode = self.pick(districts)
        if self.chance(0.4):
            city = city.replace("臺", "台")
        parts: list[str] = []
        if self.chance(0.3):
            parts.append(zipcode + self.pick(("", "", " ", self.digits(2))))
        parts += [city, district]
        rural = district.endswith(("鄉", "鎮"))
        if self.chance(0.6 if rural else 0.25):
            parts.append(self.pick(_VILLAGES) + ("村" if district.endswith("鄉") else "里"))
            if self.chance(0.7):
                parts.append(f"{rng.randint(1, 28)}鄰")
        road = self.pick(_ROADS)
        parts.append(road)
        if road.endswith("路") and road[:2] in _SECTIONED and self.chance(0.55):
            parts.append(self.pick("一二三四五") + "段")
        if self.chance(0.4):
            parts.append(f"{rng.randint(1, 450)}巷")
            if self.chance(0.35):
                parts.append(f"{rng.randint(1, 40)}弄")
        number = rng.randint(1, 420)
        roll = rng.random()
        if roll < 0.08:
            parts.append(f"{number}號之{rng.randint(1, 9)}")  # 號之N ends the address
        else:
            if roll < 0.18:
                parts.append(f"{number}之{rng.randint(1, 9)}號")
            else:
                parts.append(f"{number}號")
            if self.chance(0.5):
                parts.append(self._floor())
        return self.maybe_fullwidth("".join(parts), digits_only=True)

    def _floor(self) -> str:
        floor = self.rng.randint(2, 18)
        return self.pick(
            (
                f"{floor}樓",
                f"{floor}樓",
                f"{_cn_number(floor)}樓",
                f"{floor}F",
                f"{floor}樓之{self.rng.randint(1, 12)}",
                f"{floor}樓{self.rng.randint(1, 30)}室",
            )
        )

    def nhi_card(self) -> str:
        number = "0000" + self.digits(8) if self.chance(0.7) else "0" + self.digits(11)
        style = self.rng.randrange(4)
        if style == 0:
            text = number
        elif style == 1:
            text = f"{number[:4]} {number[4:8]} {number[8:]}"
        elif style == 2:
            text = f"{number[:4]}-{number[4:8]}-{number[8:]}"
        else:
            text = number
        return self.maybe_fullwidth(text)

    def passport(self, nat: str) -> str:
        rng = self.rng
        while True:
            if nat == "tw":
                value = self.pick("3133") + self.digits(8)
            elif nat == "vn":
                value = self.pick("CCBN") + self.digits(7)
            elif nat == "id":
                value = self.pick("ABCEX") + self.digits(7)
            elif nat == "ph":
                roll = rng.random()
                if roll < 0.6:
                    value = "P" + self.digits(7) + self.pick("ABC")
                else:
                    value = self.pick(("EB", "EC", "P")) + self.digits(7)
            elif nat == "th":
                value = self.pick(("AA", "AB", "AC", "AD")) + self.digits(7)
            else:
                value = self.pick("AH") + self.digits(8)
            if not phone.is_plausible(value):
                break
        return self.maybe_fullwidth(value)

    def credit_card(self) -> str:
        brand = self.rng.randrange(6)
        if brand == 0:
            prefix, size = "4", 16
        elif brand == 1:
            prefix, size = "5" + self.pick("12345"), 16
        elif brand == 2:
            prefix, size = str(self.rng.randint(3528, 3589)), 16
        elif brand == 3:
            prefix, size = self.pick(("34", "37")), 15
        elif brand == 4:
            prefix, size = "62", 16
        else:
            prefix, size = "4", 16
        body = prefix + self.digits(size - len(prefix) - 1)
        check = next(d for d in "0123456789" if creditcard.luhn_ok(body + d))
        number = body + check
        assert creditcard.is_valid(number)
        sep = self.pick((" ", "-", "", " ", "-"))
        if size == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return self.maybe_fullwidth(sep.join(groups))

    def birth_date(self, arg: str) -> str:
        style, _, ages = arg.partition(",")
        lo, hi = (int(x) for x in (ages or "18-80").split("-"))
        year = 2024 - self.rng.randint(lo, hi)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, calendar.monthrange(year, month)[1])
        if not style:
            style = self.pick(("roc", "roc", "roc", "w"))
        roc = year - 1911
        if style == "roc":
            roll = self.rng.randrange(9)
            if roll == 0:
                text = f"民國{roc}年{month}月{day}日"
            elif roll == 1:
                text = f"{roc}年{month}月{day}日"
            elif roll == 2:
                text = f"{roc}.{month:02d}.{day:02d}"
            elif roll == 3:
                text = f"{roc:03d}/{month:02d}/{day:02d}"
            elif roll == 4:
                text = f"{roc}/{month}/{day}"
            elif roll == 5:
                text = f"{roc:03d}{month:02d}{day:02d}"
            elif roll == 6 and roc < 100:
                text = f"民國{_cn_number(roc)}年{_cn_number(month)}月{_cn_number(day)}日"
            elif roll == 7:
                text = f"民國{roc}年{month:02d}月{day:02d}日"
            else:
                text = f"{roc}年{month:02d}月{day:02d}日"
        elif style == "w":
            text = self.pick(
                (
                    f"{year}/{month:02d}/{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}年{month}月{day}日",
                    f"{year}.{month}.{day}",
                    f"{year}/{month}/{day}",
                )
            )
        else:  # foreign documents
            mon = calendar.month_abbr[month]
            text = self.pick(
                (
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day:02d} {mon.upper()} {year}",
                    f"{day} {calendar.month_name[month]} {year}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}/{month:02d}/{day:02d}",
                )
            )
        return self.maybe_fullwidth(text, digits_only=True)

    # -- fillers (not personal data) ---------------------------------------------------------

    def recent_date(self, arg: str = "") -> str:
        year = (
            self.year if self.chance(0.85) else max(2022, min(2025, self.year + self.pick((-1, 1))))
        )
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        roc = year - 1911
        if arg == "w":
            return self.pick((f"{year}/{month:02d}/{day:02d}", f"{year}-{month:02d}-{day:02d}"))
        if arg == "c":
            return f"{roc}年{month}月{day}日"
        return self.pick(
            (
                f"{roc}年{month}月{day}日",
                f"{roc}年{month}月{day}日",
                f"{roc}/{month:02d}/{day:02d}",
                f"{roc}.{month}.{day}",
                f"{month}/{day}",
                f"{month}月{day}日",
            )
        )

    def clock(self) -> str:
        h, m = self.rng.randint(7, 22), self.pick((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return self.pick((f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}時{m}分"))

    def ban_number(self) -> str:
        while True:
            value = self.digits(8)
            if ban.is_valid(value):
                return self.maybe_fullwidth(value, digits_only=True)

    def doc_number(self, genre: str = "") -> str:
        word = self.pick(
            _DOC_WORDS.get(genre) or tuple(w for ws in _DOC_WORDS.values() for w in ws)
        )
        return f"{word}字第{self.rng.randint(112, 114)}{self.digits(7)}號"

    def receipt(self) -> str:
        office = self.pick(("松山", "大安", "中山", "板橋", "中壢", "鳳山", "北屯", "安平", "羅東"))
        return f"{self.rng.randint(112, 114)}年{office}字第{self.digits(6)}號"

    def parcel(self) -> str:
        section = self.pick(
            (
                "古亭段三小段",
                "西湖段",
                "興雅段一小段",
                "員林段",
                "新莊段",
                "竹圍段",
                "頂埔段",
                "鳳山段",
                "後庄段二小段",
                "港口段",
            )
        )
        return f"{section}{self.digits(4)}-{self.digits(4)}地號"

    def building(self) -> str:
        return f"{self.digits(5)}-{self.digits(3)}建號"

    def company(self) -> str:
        head = self.pick(
            (
                "宏昌",
                "永興",
                "大成",
                "鼎盛",
                "聯發",
                "泰豐",
                "新亞",
                "華城",
                "順益",
                "冠德",
                "昇陽",
                "立晟",
                "長鴻",
                "和欣",
                "金城",
                "陳記",
                "林園",
            )
        )
        tail = self.pick(
            (
                "營造股份有限公司",
                "建設有限公司",
                "工程行",
                "機電工程股份有限公司",
                "不動產開發股份有限公司",
                "鋼構有限公司",
                "土木包工業",
            )
        )
        return head + tail

    def amount(self, arg: str = "") -> str:
        lo, hi = (int(x) for x in (arg or "300-2000000").split("-"))
        value = self.rng.randint(lo, hi)
        if value >= 1000:
            value -= value % 10
        return self.pick(
            (
                f"新臺幣{value:,}元",
                f"新台幣{value}元",
                f"NT${value:,}",
                f"{value:,}元",
            )
        )

    def chip(self) -> str:
        return self.pick(("900", "900", "985", "981", "956")) + self.digits(12)

    def rabies_tag(self) -> str:
        county = self.pick(("北市", "新北", "桃市", "中市", "南市", "高市", "宜縣", "花縣"))
        return f"{self.rng.randint(112, 114)}-{county}-{self.digits(6)}"

    def filler(self, key: str, arg: str) -> str:
        if key == "d":
            return self.recent_date(arg)
        if key == "tm":
            return self.clock()
        if key == "n":
            lo, hi = (int(x) for x in (arg or "2-30").split("-"))
            return str(self.rng.randint(lo, hi))
        if key == "doc":
            return self.doc_number(arg)
        if key == "org":
            return self.pick(_ORGS.get(arg) or tuple(o for os_ in _ORGS.values() for o in os_))
        if key == "chiprange":
            first = self.chip()
            count = self.rng.randint(50, 500)
            last = str(int(first) + count - 1)
            return f"號碼{first}至{last}，共{count}枚"
        if key == "pets3":
            names = list(_words(_FILLERS["pet"]))
            self.rng.shuffle(names)
            return "、".join(names[:3])
        if key == "pbd":
            year = self.rng.randint(2008, 2023)
            month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
            return self.pick((f"{year}/{month:02d}/{day:02d}", f"{year - 1911}.{month}.{day}"))
        if key == "recv":
            return self.receipt()
        if key == "parcel":
            return self.parcel()
        if key == "bldg":
            return self.building()
        if key == "ban":
            return self.ban_number()
        if key == "co":
            return self.company()
        if key == "amt":
            return self.amount(arg)
        if key == "chip":
            return self.chip()
        if key == "tag":
            return self.rabies_tag()
        if key == "lot":
            return self.pick(("LA", "KB", "RX", "TN", "A")) + self.digits(self.pick((4, 5, 6)))
        if key == "case":
            month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
            head = f"{self.rng.randint(112, 114)}{month:02d}{day:02d}"
            return f"{head}-{self.digits(4)}"
        if key == "room":
            return f"{self.pick('ABCDE')}{self.rng.randint(1, 9)}{self.rng.randint(1, 30):02d}"
        if key == "chart":
            return self.digits(8)
        if key == "age":
            lo, hi = (int(x) for x in (arg or "1-95").split("-"))
            return str(self.rng.randint(lo, hi))
        if key == "bp":
            return f"{self.rng.randint(90, 190)}/{self.rng.randint(50, 110)}"
        if key == "bt":
            return f"{self.rng.randint(358, 402) / 10:.1f}"
        if key == "hr":
            return str(self.rng.randint(52, 148))
        if key == "spo2":
            return str(self.rng.randint(84, 100))
        if key == "roc":
            return str(self.year - 1911)
        if key in _FILLERS:
            return self.pick(_FILLERS[key].split())
        raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# Text builder with a tiny template language.
#   {|a|b|c}      one of the options (plain text)
#   {P:k#x}       a person of kind k (t, h, f, or genre default), remembered as x
#   {@x}          mention remembered person x again
#   {hon:x} {rel:x} {sex:x} {nat:x}   gender/nationality words for x
#   {ID} {RC} {PH:m|l|x} {EM} {AD} {NHI} {PP:x|nat} {CC} {BD:style,lo-hi}   entities
#   {d} {tm} {doc} ...     fillers (not personal data)
# ---------------------------------------------------------------------------------------------

_FAMILY_M = ("兒子", "先生", "哥哥", "弟弟", "孫子", "姪子")
_FAMILY_F = ("女兒", "太太", "媳婦", "姊姊", "妹妹", "孫女")
_SLOT = re.compile(r"\{([^{}]*)\}")


class _Text:
    def __init__(self, factory: _Factory, foreign_share: float, negative: bool = False) -> None:
        self.f = factory
        self.foreign_share = foreign_share
        self.negative = negative
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.people: dict[str, _Name] = {}

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)

    def entity(self, value: str, label: str, known: bool = False) -> None:
        assert not self.negative, "hard negatives hold no personal data"
        assert value == value.strip() and value
        start = self.size
        self.add(value)
        self.spans.append((start, self.size, label))
        if label == PERSON:
            self.known.append(known)

    def person(self, kind: str = "", var: str = "", relation: bool = False) -> _Name:
        """Mention a person; ``kind`` is t/h/f (or genre default) with an optional M/F."""
        gender = ""
        if kind[-1:] in ("M", "F"):
            kind, gender = kind[:-1], kind[-1]
        if not kind:
            kind = "f" if self.f.chance(self.foreign_share) else "t"
        name, known = self.f.name(kind, gender)
        if relation:  # a family-relation word before the name (女兒陳美玲)
            male = name.gender == "M"
            self.add(self.f.pick(_FAMILY_M if male else _FAMILY_F))
        self.entity(name.text, PERSON, known)
        if var:
            self.people[var] = name
        return name

    def fill(self, template: str) -> None:
        pos = 0
        for match in _SLOT.finditer(template):
            self.add(template[pos : match.start()])
            self._slot(match.group(1))
            pos = match.end()
        self.add(template[pos:])

    def _slot(self, body: str) -> None:
        f = self.f
        if body.startswith("|"):
            self.add(f.pick(body[1:].split("|")))
            return
        if body.startswith("@"):
            name = self.people[body[1:]]
            self.entity(name.text, PERSON, name.text in f.known_set)
            return
        var = ""
        if "#" in body:
            body, var = body.split("#", 1)
        key, _, arg = body.partition(":")
        if key == "P":
            self.person(arg, var)
        elif key == "R":
            self.person(arg, var, relation=True)
        elif key in ("hon", "rel", "sex", "nat", "pron"):
            self.add(self.word(key, self.people[arg]))
        elif key == "ID":
            gender = self.people[arg].gender if arg else ""
            self.entity(f.national_id(gender), NATIONAL_ID)
        elif key == "RC":
            gender = self.people[arg].gender if arg else ""
            self.entity(f.resident_cert(gender), RESIDENT_CERT)
        elif key == "PID":
            name = self.people[arg]
            label = NATIONAL_ID if name.nat == "tw" else RESIDENT_CERT
            self.entity(f.personal_id(name), label)
        elif key == "PH":
            if arg == "m":
                value = f.mobile_number()
            elif arg == "l":
                value = f.landline(extension=False)
            elif arg == "x":
                value = f.landline(extension=True)
            else:
                value = f.any_phone()
            self.entity(value, PHONE)
        elif key == "EM":
            self.entity(f.email(student=arg == "s"), EMAIL)
        elif key == "AD":
            self.entity(f.address(), ADDRESS)
        elif key == "NHI":
            self.entity(f.nhi_card(), NHI_CARD)
        elif key == "PP":
            nat = self.people[arg].nat if arg in self.people else (arg or "tw")
            self.entity(f.passport(nat), PASSPORT)
        elif key == "CC":
            self.entity(f.credit_card(), CREDIT_CARD)
        elif key == "BD":
            self.entity(f.birth_date(arg), BIRTH_DATE)
        else:
            self.add(f.filler(key, arg))

    def word(self, key: str, name: _Name) -> str:
        male = name.gender == "M"
        if key == "hon":
            if name.nat != "tw":
                return self.f.pick(("先生", "君", "") if male else ("小姐", "女士", ""))
            return self.f.pick(("先生", "君", "先生") if male else ("小姐", "女士", "君"))
        if key == "rel":
            return self.f.pick(
                ("長子", "次子", "三子", "配偶", "孫") if male else ("長女", "次女", "配偶", "孫女")
            )
        if key == "sex":
            return "男" if male else "女"
        if key == "pron":
            return "他" if male else "她"
        return _NATIONALITY[name.nat] + "籍"

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# Genre templates: positives.
# ---------------------------------------------------------------------------------------------


def _land_counter(t: _Text) -> None:
    f = t.f
    t.fill("{d} {tm} 臨櫃｜{|繼承登記|分割繼承登記|判決繼承登記|遺贈登記}\n")
    t.fill("申請人：{P:t#a}（{rel:a}），{|身分證|ID|統編}：{ID:a}\n")
    t.fill("被繼承人：{P:t}，{|民國|}{n:100-113}年{n:1-12}月{n:1-28}日歿\n")
    if f.chance(0.6):
        t.fill("聯絡電話：{PH}\n")
    t.fill(
        "備註：{|缺繼承系統表，已請補正。|戶籍謄本未載繼承人現址，請補件。|遺產稅繳清證明書已附。"
        "|印鑑證明逾期，通知補正。|拋棄繼承文件待法院回函。}\n"
    )
    t.fill("收件字號：{recv}")
    if f.chance(0.5):
        t.fill("\n經辦：{P:h}")


def _land_letter(t: _Text) -> None:
    t.fill("受文者：{P:t#a}{hon:a}\n")
    t.fill("地址：{AD}\n")
    t.fill("發文字號：{doc:land}\n")
    t.fill(
        "主旨：台端申辦{parcel}土地{|繼承|買賣移轉|贈與}登記一案，請於文到15日內補正，請查照。\n"
    )
    t.fill("說明：\n一、依據本所{d}收件{recv}辦理。\n")
    t.fill(
        "二、經查申請書所載義務人{P:t}之{|出生日期|住址|身分證統一編號}與戶籍資料不符，"
        "請檢附戶籍謄本憑辦。\n"
    )
    t.fill("三、如有疑義，請洽承辦人{P:h}，電話{PH:x}。")


def _land_table(t: _Text) -> None:
    f = t.f
    sep = f.pick(("\t", "｜", " | ", "  "))
    t.fill("繼承系統表（節錄）\n被繼承人：{P:t#d}（{|民國|}{n:95-113}年{n:1-12}月歿）\n")
    t.add(sep.join(("繼承人", "稱謂", "出生日期", "身分證統一編號")))
    spouse = f.chance(0.6)
    for row in range(f.rng.randint(1, 4)):
        t.add("\n")
        if row == 0 and spouse:
            name = t.person("t" + ("F" if t.people["d"].gender == "M" else "M"))
            t.add(sep + "配偶")
        else:
            name = t.person("t")
            male = name.gender == "M"
            t.add(
                sep + f.pick(("長子", "次子", "三子", "孫") if male else ("長女", "次女", "三女"))
            )
        t.add(sep)
        t.fill("{BD:roc,20-75}")
        t.add(sep)
        t.entity(t.f.national_id(name.gender), NATIONAL_ID)
    if f.chance(0.5):
        t.fill("\n（以上{|資料|繼承人}經核對戶籍謄本無誤）")


def _land_sale(t: _Text) -> None:
    f = t.f
    if f.chance(0.5):
        t.fill(
            "買賣登記：買方{P:t#a}（{ID:a}）向{co}（統一編號{ban}）購買{AD}房地，"
            "{bldg}，總價{amt:3000000-28000000}。\n"
        )
    else:
        t.fill(
            "{d}收件，買賣移轉。出賣人{P:t}、買受人{P:t}，標的{parcel}及其上建物（門牌{AD}）。\n"
        )
    t.fill("代理人：地政士{P:h}（{PH}）")
    if f.chance(0.4):
        t.fill("，電子郵件{EM}")
    t.fill("。\n{|實價登錄已併案申報。|契稅繳款書已附。|土地增值稅單待補。}")


def _land_call(t: _Text) -> None:
    f = t.f
    if f.chance(0.5):
        who, kind = f.pick((("我爸爸", "tM"), ("我媽媽", "tF"), ("我阿公", "tM"), ("阮阿母", "tF")))
        t.fill(
            "{d} 民眾{P:t#a}來電（{PH:m}）：「" + who + "{P:" + kind + "}上個月過世，房子在{AD}，"
        )
        t.fill(
            "{|兄弟姊妹要怎麼辦繼承？|可以只登記給我一個人嗎？|超過半年會不會被罰？}」\n"
            "回覆：已說明應備文件及逾期罰鍰規定，並請其以電子郵件{EM}收取補正清單。"
        )
    else:
        t.fill(
            "電話紀錄 {tm}\n來電者：{P:t#c}（{rel:c}）\n"
            "事由：詢問{P:t}名下{parcel}之分割繼承\n"
            "回電號碼：{PH}\n處理：{|已寄送申請書表|請其臨櫃辦理|轉登記課}"
        )


def _pet_form(t: _Text) -> None:
    f = t.f
    t.fill("【寵物登記{|申請書|資料卡}】\n")
    t.fill("飼主姓名：{P#a}　{|身分證字號|身分證（居留證）號|證號}：{PID:a}\n")
    if f.chance(0.5):
        t.fill("出生年月日：{BD:,20-80}\n")
    t.fill("聯絡電話：{PH}")
    if f.chance(0.5):
        t.fill("　E-mail：{EM}")
    t.fill("\n戶籍地址：{AD}\n")
    t.fill("寵物名：{pet}　品種：{breed}　性別：{|公|母}（{|已絕育|未絕育}）\n")
    t.fill("晶片號碼：{chip}　寵物出生日期：{pbd}")


def _pet_vaccine(t: _Text) -> None:
    f = t.f
    if f.chance(0.5):
        t.fill(
            "{d} {|巡迴注射站|本院門診}為飼主{P#a}之{breed}「{pet}」施打狂犬病疫苗，"
            "注射牌號{tag}，{|下次補強日期|建議追加日期}{d}。飼主手機{PH:m}。"
        )
    else:
        t.fill("狂犬病預防注射紀錄\n")
        sep = f.pick(("｜", "\t", " / "))
        t.add(sep.join(("飼主", "電話", "動物", "牌號")))
        for _ in range(f.rng.randint(1, 4)):
            t.add("\n")
            t.person()
            t.add(sep)
            t.fill("{PH}")
            t.add(sep)
            t.fill("{breed}「{pet}」")
            t.add(sep)
            t.fill("{tag}")


def _pet_lost(t: _Text) -> None:
    t.fill(
        "{d} {tm} 飼主{P#a}{hon:a}來電，{|表示|稱}其{breed}「{pet}」於{place}附近走失，"
        "晶片號碼{chip}。{|已協助於平台公告協尋|已通報收容所比對}，如尋獲請聯絡{PH}"
    )
    if t.f.chance(0.4):
        t.fill("，或寄信至{EM}")
    t.add("。")


def _pet_transfer(t: _Text) -> None:
    t.fill(
        "寵物轉讓（飼主變更）\n原飼主：{P#a}（{PID:a}）\n新飼主：{P#b}（{PID:b}）\n"
        "新飼主住址：{AD}\n新飼主電話：{PH}\n晶片號碼：{chip}\n"
        "{|經辦|承辦}：{P:h}　{d}"
    )


def _site_log(t: _Text) -> None:
    f = t.f
    t.fill("{d} 工地安全巡檢紀錄（{co}／{project}）\n巡檢人員：{P:h}\n")
    t.fill("1. 施工架{|第3層|外側|東側}未設置下拉桿，已要求改善。\n")
    t.fill("2. 移工{P:f#a}（{nat:a}，居留證號{RC:a}）高處作業未繫安全帶，現場指導並記點。\n")
    if f.chance(0.6):
        t.fill("3. {P:f#b}護照{PP:b}影本及{|體檢報告|勞保加保證明}未歸檔，請{|仲介|人事}補送。\n")
    t.fill("工地主任：{P:h}　{|手機|電話}：{PH}")


def _site_accident(t: _Text) -> None:
    f = t.f
    t.fill("職災通報：{P:f#a}（{nat:a}，")
    if f.chance(0.6):
        t.fill("{BD:,20-45}生，")
    t.fill(
        "居留證號{RC:a}）於{d} {tm}在{project}{|自施工架墜落|遭鋼筋刺傷左腳|搬運模板時扭傷腰部}，"
    )
    t.fill("送{hosp}急診。")
    if f.chance(0.5):
        t.fill("健保卡號{NHI}。")
    t.fill("\n雇主{co}聯絡人{P:h}（{PH}）已於8小時內通報勞動檢查機構。")


def _site_roster(t: _Text) -> None:
    f = t.f
    sep = f.pick(("\t", "｜", " | ", "  "))
    t.fill("{co} 外籍移工名冊（{d}更新）\n")
    t.add(sep.join(("姓名", "國籍", "護照號碼", "居留證號", "手機")))
    for _ in range(f.rng.randint(1, 5)):
        t.add("\n")
        name = t.person("f")
        t.add(sep + _NATIONALITY[name.nat] + sep)
        t.entity(f.passport(name.nat), PASSPORT)
        t.add(sep)
        t.entity(f.resident_cert(name.gender), RESIDENT_CERT)
        t.add(sep)
        t.entity(f.mobile_number(), PHONE)


def _site_speech(t: _Text) -> None:
    t.fill(
        "{tm} 領班{P:h}{|說|表示}：「{P:f#a}今天{|請假|沒來上工|身體不舒服}，手機{PH:m}打不通，"
        "{pron:a}住在{AD}。」\n已請仲介{P:h}（{PH}）協助聯繫。"
    )


def _uni_form(t: _Text) -> None:
    f = t.f
    t.fill("International Student Record / 外籍生資料\n")
    t.fill("Name 姓名：{P:f#a}\nNationality 國籍：{nat:a}\n")
    t.fill("Passport No. 護照號碼：{PP:a}\n")
    if f.chance(0.7):
        t.fill("ARC No. 居留證號：{RC:a}\n")
    t.fill("Date of Birth 出生日期：{BD:fr,18-35}\n")
    t.fill("E-mail：{EM:s}\nMobile 手機：{PH:m}")
    if f.chance(0.4):
        t.fill("\n健保卡號：{NHI}")


def _uni_dorm(t: _Text) -> None:
    f = t.f
    t.fill(
        "{d} {tm} {dorm}{room}室友反映{P:f#a}{|發燒不退|整夜咳嗽|腹痛嘔吐}，"
        "值班輔導員{P:h}陪同前往{hosp}急診，已聯繫{|家長|緊急聯絡人}{P:f}（{PH}）。"
    )
    roll = f.rng.random()
    if roll < 0.35:
        t.fill("學生居留證號{RC:a}已提供院方。")
    elif roll < 0.6:
        t.fill("學生已出示健保卡（{NHI}）。")


def _uni_notice(t: _Text) -> None:
    t.fill(
        "{P:f#a}同學您好：\n您的居留證（{RC:a}）將於{d}到期，請於到期前30日內向移民署申請延期，"
        "並將新證影本寄至本處信箱。\n\n國際事務處 {P:h} 敬上\n{PH:x}"
    )


def _uni_housing(t: _Text) -> None:
    t.fill(
        "校外賃居登記\n學生：{P}（{|大一|大三|碩一|博二|交換生}）\n租屋地址：{AD}\n"
        "房東：{P:t}　電話：{PH:m}\n學生聯絡信箱：{EM:s}\n{|訪視日期|登記日期}：{d}"
    )


def _police_qa(t: _Text) -> None:
    f = t.f
    t.fill("調查筆錄\n時間：{d} {tm}\n問：你的姓名、出生年月日、身分證統一編號、住址及聯絡電話？\n")
    t.fill("答：我叫{P:t#a}，{BD:,18-85}生，身分證{ID:a}，住{AD}，電話{PH:m}。\n")
    t.fill("問：你今日因何事到派出所？\n")
    t.fill(
        "答：我在{d}接到自稱{|銀行客服|電商客服|檢察官|健保署人員}的電話，顯示號碼是{PH}，"
        "對方說我{|的訂單設定錯誤|涉及洗錢案|的帳戶被凍結}，"
    )
    if f.chance(0.6):
        t.fill("要我報信用卡{CC}的卡號跟背面三碼，後來被刷了{amt:3000-200000}。\n")
    else:
        t.fill("叫我去ATM操作，總共轉出{amt:3000-500000}。\n")
    t.fill("問：以上所述是否實在？\n答：實在。\n受詢問人：{@a}")


def _police_summary(t: _Text) -> None:
    f = t.f
    t.fill(
        "報案摘要：被害人{P#a}（{sex:a}，{age:18-85}歲）於{d}在{|臉書社團|網購平台|交友軟體}"
        "{|購買演唱會門票|投資虛擬貨幣|購買二手手機}，遭詐騙{amt:1000-900000}。"
    )
    if f.chance(0.5):
        t.fill("詐團要求其以電子郵件{EM}回傳證件照片。")
    if f.chance(0.5):
        t.fill("被害人信用卡{CC}遭盜刷，已請發卡行止付。")
    t.fill("\n聯絡方式：{PH}　案件編號：{case}")


def _police_foreign(t: _Text) -> None:
    t.fill(
        "外籍人士報案紀錄（通譯{P:h}在場）\n報案人：{P:f#a}（{nat:a}，護照號碼{PP:a}，居留證{RC:a}）\n"
        "報案人稱：「{|我在臉書看到打工廣告|有人說可以幫我辦貸款|仲介叫我先付保證金}，"
        "匯了{amt:5000-80000}後對方就封鎖我。」\n聯絡電話：{PH:m}\n住所：{AD}"
    )


def _police_list(t: _Text) -> None:
    f = t.f
    t.fill("{d} 受理詐欺被害人清冊\n")
    for i in range(f.rng.randint(2, 4)):
        t.fill(f"{i + 1}. ")
        name = t.person()
        t.add(f.pick(("，", "　", " ")))
        t.entity(f.personal_id(name), NATIONAL_ID if name.nat == "tw" else RESIDENT_CERT)
        t.add("，")
        t.fill("{PH}，損失{amt:1000-300000}\n")
    t.fill("製表：{P:h}")


def _er_triage(t: _Text) -> None:
    f = t.f
    t.fill("{tm} 到院　檢傷{|一|二|三|四|五}級\n")
    t.fill("病人：{P#a}　{sex:a}/{age:1-95}y　病歷號：{chart}\n")
    if f.chance(0.7):
        t.fill("ID：{PID:a}　")
    t.fill("健保卡號：{NHI}\n")
    t.fill("主訴：{complaint}\nV/S：BT {bt} HR {hr} BP {bp} SpO2 {spo2}%\n")
    if f.chance(0.2):
        t.fill("陪同：外籍看護{P:f}，家屬電話{PH}")
    else:
        t.fill("家屬：{R:t}，電話{PH}")
    if f.chance(0.4):
        t.fill("\n檢傷護理師：{P:h}")


def _er_notify(t: _Text) -> None:
    t.fill(
        "法定傳染病通報單（摘要）\n個案姓名：{P#a}\n性別：{sex:a}\n出生日期：{BD:,1-95}\n"
        "{|身分證統一編號|身分證/居留證號}：{PID:a}\n居住地址：{AD}\n聯絡電話：{PH}\n"
        "疾病：{|登革熱|麻疹|恙蟲病|流感併發重症}　通報日期：{d}\n通報醫師：{P:h}"
    )


def _er_caregiver(t: _Text) -> None:
    t.fill(
        "{tm} 病人{P:t#a}（{age:65-98}歲）由外籍看護{P:f#b}（居留證{RC:b}）陪同，"
        "{|跌倒後|進食嗆咳後|發燒兩天後}送至急診。{@b}表示{|病人|長輩}{|早上還正常|昨晚開始喘|晚上有跌倒}。"
        "家屬{P:t}（{PH:m}）{|正趕來|電話中已同意處置|要求轉院}。"
    )


def _er_register(t: _Text) -> None:
    f = t.f
    sep = f.pick(("\t", "｜", " | "))
    t.fill("急診掛號（{d} 夜班）\n")
    t.add(sep.join(("姓名", "出生日期", "健保卡號", "檢傷")))
    for _ in range(f.rng.randint(2, 5)):
        t.add("\n")
        t.person()
        t.add(sep)
        t.fill("{BD:,1-95}")
        t.add(sep)
        t.fill("{NHI}")
        t.add(sep + f.pick("12345"))


_POSITIVE = {
    "land": (0.04, (_land_counter, _land_letter, _land_table, _land_sale, _land_call)),
    "pet": (0.06, (_pet_form, _pet_vaccine, _pet_lost, _pet_transfer)),
    "site": (0.3, (_site_log, _site_accident, _site_roster, _site_speech)),
    "uni": (0.6, (_uni_form, _uni_dorm, _uni_notice, _uni_housing)),
    "police": (0.1, (_police_qa, _police_summary, _police_foreign, _police_list)),
    "er": (0.15, (_er_triage, _er_notify, _er_caregiver, _er_register)),
}

# ---------------------------------------------------------------------------------------------
# Hard negatives: public or impersonal look-alikes only.
# ---------------------------------------------------------------------------------------------

_NEGATIVE_TEMPLATES = {
    "land": (
        "{d} 登記課收件統計：{|繼承|買賣|抵押權設定|拍賣|贈與}登記{n:5-60}件、測量{n:3-20}件，"
        "{|連續假期前夕|月底|}臨櫃等候最長{n:10-50}分鐘。\n其中{recv}因{|繼承系統表漏列|"
        "登記原因證明文件不符|規費短繳}經通知補正，依土地登記規則第56條辦理。\n規費收入合計{amt}。",
        "{org:land}　函\n發文日期：中華民國{d:c}\n發文字號：{doc:land}\n"
        "主旨：有關{|地價稅|土地公告現值|"
        "地籍清理|實價登錄}作業事宜，請查照。\n說明：\n一、依{|平均地權條例第46條|土地法第34條之1|"
        "地籍清理條例第11條}規定辦理。\n二、{parcel}等{n:2-15}筆土地，公告土地現值每平方公尺{amt:"
        "8000-900000}。\n三、請於{d}前張貼公告於所轄各里辦公處。",
        "買賣移轉登記（法人）：出賣人{co}（統一編號{ban}）、買受人{co}（統一編號{ban}），"
        "標的{parcel}及{bldg}，登記總價{amt:5000000-90000000}，實價登錄{|已|預計}於{d}完成。",
        "繼承登記常見補正事項：\n1. 繼承系統表未依民法第1138條順序填列。\n2. 遺產稅繳清證明書影本"
        "未蓋「與正本相符」章。\n3. 逾期申請者，依土地法第73條按月處登記費1倍罰鍰，最高20倍。\n"
        "4. {|林地|農地|山坡地}移轉另須檢附{|農業用地作農業使用證明書|林業用地證明}。\n"
        "5. {|黃昏|中午}時段臨櫃人潮較多，建議預約；{|張貼|許可}公告請見本所一樓布告欄。",
    ),
    "pet": (
        "{roc}年度狂犬病疫苗巡迴注射公告\n日期：{d}上午9時至11時30分\n地點：{place}\n"
        "費用：每劑{amt:150-300}，{|65歲以上|身心障礙}飼主{|免費|半價}\n注意事項：{|請以牽繩或提籠攜帶|"
        "貓咪請裝外出籠|柯基、柴犬等中型犬請戴嘴套}，依動物保護法第20條辦理。",
        "本月寵物登記{n:80-900}隻（犬{n:50-600}、貓{n:20-300}），絕育補助{n:10-200}件；新登記寵物名"
        "前三名為{pets3}。毛孩晶片植入後請於30日內辦理登記，逾期依動物保護法第31條處罰鍰"
        "{amt:3000-15000}。",
        "晶片庫存點交：批號{lot}，{chiprange}，已點交{place}臨時站。"
        "{|黃金獵犬|拉布拉多|臺灣犬}認養活動同步於{d}舉行。",
        "動物醫院查核紀錄：{|陳記|林口|和平|黃金}動物醫院（統一編號{ban}）疫苗冷藏溫度2-8°C"
        "{|符合|略高}，{|Rabisin|Nobivac Rabies|Defensor}批號{lot}效期{d:w}，{|周邊|週邊}環境清潔"
        "{|良好|待改善}。依{doc:pet}辦理。",
    ),
    "site": (
        "{d} 工地安全衛生自動檢查（{project}）\n1. 施工架{|第3層|外側}未設置交叉拉桿，違反營造安全"
        "衛生設施標準第45條，限{d}前改善。\n2. 開口部分護欄高度不足90公分，依職業安全衛生設施規則"
        "第224條辦理。\n3. 高空工作車檢查合格，{|方向|高度}限制器正常。\n"
        "承攬商：{co}（統一編號{ban}）",
        "勞動檢查處分：{co}違反職業安全衛生法第6條第1項，處罰鍰{amt:30000-300000}，"
        "處分書字號{doc:site}，限期{d}前繳納。",
        "今日進場：SD420W鋼筋{n:5-80}噸、預拌混凝土{n:20-300}立方公尺、H型鋼H300×150共{n:10-90}支；"
        "{|黃色|藍色}警示帶{n:5-40}捲、安全帽{n:10-60}頂。{|連續|午後}雷陣雨停止吊掛作業。",
        "移工安全衛生教育訓練：{d} 14:00-17:00於工務所2樓，越南籍{n:3-30}人、印尼籍{n:3-30}人、"
        "泰國籍{n:1-20}人參加，使用{|越南語|印尼語|泰語}教材；講師由{org:site}派員。",
    ),
    "uni": (
        "{roc}學年度第{|1|2}學期宿舍費用：四人房{amt:9000-16000}、雙人房{amt:14000-26000}，"
        "請於{d}前至{|第一銀行|郵局|校務系統}繳納；逾期依學生宿舍管理辦法第{n:8-20}條酌收滯納金。",
        "外國學生居留證辦理說明：入境後15日內至內政部移民署各縣市服務站申請；健康檢查應於{d}前完成，"
        "未完成者{|暫緩|無法}辦理{|入住|選課}。",
        "宿舍設備報修統計：{dorm}{n:5-60}件（冷氣{n:1-30}、熱水器{n:1-20}），{|黃昏|夜間}時段水壓"
        "不穩，總務處營繕組已請{co}（統一編號{ban}）檢修，預計{d}完工。",
        "國際文化週：{d}至{d}，地點{place}，越南河粉、印尼沙嗲、泰式奶茶攤位各{n:2-8}攤，"
        "{|林蔭大道|學生活動中心}周邊禁止停放機車；活動經費{amt:20000-200000}。",
    ),
    "police": (
        "{|近期|本週}轄區{|假投資|解除分期付款|假網拍|假冒檢警}詐騙案件{n:5-90}件，財損{amt}；"
        "詐團多以{|LINE群組|社群廣告|釣魚簡訊}誘騙，請民眾提高警覺，依刑法第339條之4偵辦。",
        "{org:police}{doc:police}函：自{d}起實施人頭帳戶專案查核，各分局應於每月{n:1-10}日前彙報，"
        "並{|連續|每週}加強超商ATM周邊巡邏。",
        "受理報案統計（{d}）：詐欺{n:3-40}件、竊盜{n:1-30}件、交通事故{n:2-50}件；"
        "刑案紀錄表編號{case}等{n:2-9}件已陳報{org:police}。",
        "反詐騙宣導：{d}於{place}辦理，對象為{|高齡長者|大專新生|移工}約{n:30-300}人，發放防詐小卡，"
        "並提醒{|高報酬|保證獲利|免費}投資群組皆為詐騙。",
    ),
    "er": (
        "{d} {tm} 急診床位：留觀{n:10-60}床、待住院{n:0-40}人、檢傷一級{n:0-6}人；"
        "{|啟動|未啟動}大量傷患應變，{|高壓氧艙|負壓隔離室}{|可用|維修中}。",
        "疑似急性冠心症（檢傷第二級）：10分鐘內完成12導程心電圖，給予{drug} 300 mg，"
        "Troponin I於{n:2-6}小時後複驗；{|方便|必要}時會診心臟科。",
        "藥品回收通知：{drug}（批號{lot}，效期{d:w}）依藥事法第80條辦理回收，請各單位於{d}前清點，"
        "{|回收量|庫存}約{n:10-400}盒。",
        "傳染病通報提醒：{|登革熱|麻疹|恙蟲病|流感併發重症}屬法定傳染病，應於{|24小時|一週}內通報；"
        "本月本院共通報{n:0-30}例，{|高|偏高|持平}於去年同期。",
    ),
}


# ---------------------------------------------------------------------------------------------
# Leak checks shared by generation (regenerate on accidental look-alikes).
# ---------------------------------------------------------------------------------------------

_WIDE = str.maketrans({chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)} | {"\u3000": " "})
_ID_LIKE = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9][ -]?\d{8}))")
_DIGIT_RUN = re.compile(r"\d(?:[ \-.]?\d)*")


def _leaks(text: str, spans: list[tuple[int, int, str]], check_mobile: bool) -> bool:
    """Whether ``text`` holds a valid ID, certificate, card or e-mail outside ``spans``."""
    plain = text.translate(_WIDE)

    def outside(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for match in _ID_LIKE.finditer(plain):
        start, end = match.start(1), match.end(1)
        value = match.group(1)
        if outside(start, end) and (twid.is_valid(value) or arc.is_valid(value)):
            return True
    for idx, ch in enumerate(plain):
        if ch == "@" and outside(idx, idx + 1):
            return True
    for match in _DIGIT_RUN.finditer(plain):
        if not outside(match.start(), match.end()):
            continue
        run = match.group()
        pieces = [run, *re.split(r"[ \-.]", run)]
        if any(creditcard.is_valid(p) for p in pieces):
            return True
        if check_mobile:
            bare = re.sub(r"\D", "", run)
            if re.search(r"09\d{8}|8869\d{8}", bare):
                return True
    return False


def _negative(factory: _Factory, genre: str) -> Sample:
    while True:
        t = _Text(factory, 0.0, negative=True)
        t.fill(factory.pick(_NEGATIVE_TEMPLATES[genre]))
        text = t.text()
        if not _leaks(text, [], check_mobile=True):
            return Sample(text=text, spans=[], hard_negative=True, known_person=[])


def _positive(factory: _Factory, genre: str) -> Sample:
    foreign_share, templates = _POSITIVE[genre]
    while True:
        t = _Text(factory, foreign_share)
        factory.pick(templates)(t)
        text = t.text()
        if t.spans and not _leaks(text, t.spans, check_mobile=False):
            return Sample(text=text, spans=t.spans, hard_negative=False, known_person=t.known)


def generate_heldout46(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = Random(seed)
    factory = _Factory(rng, n)
    genres = tuple(_POSITIVE)
    samples: list[Sample] = []
    for _ in range(n):
        genre = factory.pick(genres)
        factory.year = rng.randint(2023, 2025)
        if rng.random() < NEGATIVE_SHARE:
            samples.append(_negative(factory, genre))
        else:
            samples.append(_positive(factory, genre))
    return samples, list(factory.known_list)
