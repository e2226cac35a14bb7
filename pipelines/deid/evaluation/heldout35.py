"""Held-out set 35: synthetic agency free text with gold personal-data spans.

Written without looking at the scanner, so that its first measurement on this set is an honest
held-out figure. Six genres of Taiwanese agency writing: blood-donation centre (捐血中心)
registrations and adverse-reaction notes, tax-refund (退稅) counter complaints, fishing-port
(漁港) berth and crew-change registrations, elementary-school parent-teacher contact books
(親師聯絡簿), public-swimming-pool incident logs, and land-expropriation (土地徵收) hearing
minutes. About a quarter of the samples are hard negatives that hold only public or
non-personal look-alikes (document numbers, case numbers, company BANs, statutes, amounts,
ordinary dates, place, organisation and product names).

Every value is synthetic: identifiers are built with the project's checksum helpers, names are
assembled from the lists below. ``generate_heldout35(n, seed)`` is deterministic for a seed.
Spans cover the value only: a name without honorific or role word, a phone number with its
extension, the whole postal address with its postcode, the birth date itself.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
TW_NATIONAL_ID = "TW_NATIONAL_ID"
TW_RESIDENT_CERT = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
TW_NHI_CARD = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CREDIT_CARD = "CREDIT_CARD"
BIRTH_DATE = "BIRTH_DATE"

T = TypeVar("T")

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125

# ---------------------------------------------------------------------------------------------
# Name material (assembled for this set).
# ---------------------------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return s.split()


_SURNAMES_COMMON = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁"
)
_SURNAMES_RARE = (
    "魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒尤巫鐘"
    "涂龔嚴韓袁金童陸夏柳凃邵錢伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜"
    "陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘花左魯安鮑郝穆塗邢蒲成谷常"
    "閻練盛鄔耿聶符申祝繆陽解岳齊籃應單舒畢喬龐翟牛鄞留季覃卜項苗時雲蘭車婁封冉談宮皮"
    "仇戚衛寇桂牟郎商晏匡幸"
)
_SURNAMES_COMPOUND = (
    "歐陽",
    "張簡",
    "司徒",
    "范姜",
    "上官",
    "諸葛",
    "東方",
    "端木",
    "夏侯",
    "公孫",
    "皇甫",
    "司馬",
    "張廖",
    "慕容",
    "令狐",
)

_MALE_MODERN = _words(
    "家豪 冠宇 承恩 宗翰 柏翰 彥廷 冠廷 宇軒 承翰 哲瑋 俊傑 子軒 品睿 宥翔 睿恩 柏宇 宸瑋"
    " 恩碩 禹辰 晨皓 浩宇 秉宏 偉倫 士傑 立群 冠霖 彥儒 育誠 敬堯 振宇 威廷 翊豪 凱文 奕辰"
    " 柏均 宥辰 品翰 恩佑 允睿 承佑 昱廷 紹齊 孟儒 峻豪 韋翰 智凱 聖凱 伯勳 睿哲 宥均 品宏"
    " 定謙 宇恩 以樂 恆毅 沐宸 子睿 柏諺 承希 書豪 祐誠 晉瑋 朝恩 立恆 稟宸 士宏 杰倫 奕廷"
    " 彥博"
)
_MALE_OLD = _words(
    "志明 建宏 家銘 俊宏 信宏 文雄 國華 明輝 志偉 建志 俊賢 志豪 宏明 振興 金龍 阿土 火旺"
    " 清水 坤山 春生 水木 添丁 再興 榮華 正雄 永福 文彬 啟明 致遠 耀德 煥章 嘉祥 崇賢 泰源"
    " 德勝 明道 世昌 英傑 仁傑 鴻文 耀輝 錦堂 金水 天助 朝陽 進財 松柏 景福 建成 國勝 俊男"
    " 明宏 裕民 政憲 文龍 宗憲 昭宏 嘉宏 啟文 振豐 銘鴻 錫坤 家齊 進興 阿義 輝雄 福來 茂雄"
    " 慶祥 萬得 光輝 水源 炳煌 勝利 天來"
)
_FEMALE_MODERN = _words(
    "怡萱 思妤 欣妍 宜蓁 品妍 子晴 語彤 芷涵 佳蓉 心怡 筱婷 育萱 雅琪 婉婷 郁婷 宜庭 芸瑄"
    " 羽彤 可昕 苡晴 沛妤 宥蓁 以安 詠晴 亭妤 恩熙 芮安 卉妍 歆瑜 姿穎 昀臻 映彤 家瑜 若涵"
    " 曉薇 琬婷 依婷 宛蓉 筑筠 馨儀 婕妤 郁雯 千慧 靖雯 欣怡 佳慧 書瑜 珮瑜 品瑄 詩晴 禹彤"
    " 語涵 沐恩 綺恩 妍希 語希 澄安 子媛 采潔 宥安 又瑄 巧恩 芯妤 承恩 晏寧 瑀庭 苡安"
)
_FEMALE_OLD = _words(
    "淑芬 美惠 雅婷 怡君 佳穎 詩涵 雅雯 惠美 淑惠 美玲 麗華 秀英 玉珍 素貞 美珠 月娥 秀蘭"
    " 碧霞 麗珠 春美 靜怡 佩君 慧君 玉婷 嘉玲 美娟 淑娟 秀琴 寶珠 阿滿 罔市 金枝 春嬌 秋月"
    " 麗卿 淑貞 惠珍 瑞芳 素娥 玉蘭 鳳嬌 彩雲 巧玲 秀鳳 美雲 月霞 菊英 雪卿 碧玉 素珍 桂香"
    " 明珠 麗雪 翠玲 冠伶 雅惠 惠婷 美君 麗雯 慧玲 秋香 玉梅 淑娥 素梅 美雪 秀枝 阿桃 錦雲"
    " 月嬌 玉霞 麗娟 秀美 幸子 美智 素蘭"
)
_MALE_SINGLE = "傑豪偉強勇明輝龍翔凱彬毅宏誠斌鈞麟昊睿浩群峰信"
_FEMALE_SINGLE = "芳玲萍華敏靜慧婷雯瑜琪蓉莉珍霞嵐薇娟瑩媛湘潔穎"

# Indigenous personal names and second elements (father's or family name), Han and romanised.
_INDIGENOUS_GIVEN = (
    ("瓦歷斯", "Walis", "M"),
    ("尤瑪", "Yuma", "F"),
    ("瓦旦", "Watan", "M"),
    ("尤幹", "Yukan", "M"),
    ("巴奈", "Panay", "F"),
    ("卡造", "Kacaw", "M"),
    ("馬耀", "Mayaw", "M"),
    ("古拉斯", "Kolas", "M"),
    ("撒可努", "Sakinu", "M"),
    ("慕阿凱", "Muakai", "F"),
    ("比令", "Biling", "M"),
    ("伊布", "Ibu", "F"),
    ("布袞", "Bukun", "M"),
    ("伊萬", "Iwan", "F"),
    ("吉娃斯", "Ciwas", "F"),
    ("拉娃", "Lawa", "F"),
    ("哈勇", "Hayung", "M"),
    ("達利", "Tali", "M"),
    ("阿妹", "Amoy", "F"),
    ("蘇路", "Sulu", "M"),
    ("比黛", "Pitay", "F"),
    ("希瓦", "Siwa", "M"),
    ("法拉", "Fala", "F"),
    ("嘎照", "Ngacaw", "M"),
    ("娥冷", "Ngolem", "F"),
    ("伊斯瑪哈單", "Ismahasan", "M"),
)
_INDIGENOUS_SECOND = (
    ("諾幹", "Nokan"),
    ("達路", "Talu"),
    ("尤命", "Yumin"),
    ("巴萬", "Pawan"),
    ("拉罕", "Lahan"),
    ("伊斯坦大", "Istanda"),
    ("卡比", "Kapi"),
    ("馬賴", "Malay"),
    ("蘇紐", "Sunuy"),
    ("拿威", "Nawi"),
    ("撒韻", "Sayun"),
    ("布拉", "Pura"),
    ("哈尼", "Hani"),
    ("阿給", "Akiy"),
    ("武茂", "Umaw"),
    ("巴燕", "Payan"),
    ("谷勒", "Kule"),
    ("瑪雅", "Maya"),
    ("旮日羿", "Kaji"),
)

_VN_SURNAMES = (
    ("Nguyen", "Nguyễn", "阮"),
    ("Tran", "Trần", "陳"),
    ("Le", "Lê", "黎"),
    ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"),
    ("Huynh", "Huỳnh", "黃"),
    ("Phan", "Phan", "潘"),
    ("Vu", "Vũ", "武"),
    ("Vo", "Võ", "武"),
    ("Dang", "Đặng", "鄧"),
    ("Bui", "Bùi", "裴"),
    ("Do", "Đỗ", "杜"),
    ("Ho", "Hồ", "胡"),
    ("Ngo", "Ngô", "吳"),
    ("Duong", "Dương", "楊"),
    ("Ly", "Lý", "李"),
)
_VN_MIDDLE = {
    "M": (
        ("Van", "Văn", "文"),
        ("Duc", "Đức", "德"),
        ("Minh", "Minh", "明"),
        ("Quoc", "Quốc", "國"),
        ("Huu", "Hữu", "有"),
    ),
    "F": (
        ("Thi", "Thị", "氏"),
        ("Ngoc", "Ngọc", "玉"),
        ("Thu", "Thu", "秋"),
        ("Kim", "Kim", "金"),
        ("Thanh", "Thanh", "青"),
    ),
}
_VN_GIVEN = {
    "M": (
        ("Hung", "Hùng", "雄"),
        ("Nam", "Nam", "南"),
        ("Tuan", "Tuấn", "俊"),
        ("Dung", "Dũng", "勇"),
        ("Long", "Long", "龍"),
        ("Quang", "Quang", "光"),
        ("Hai", "Hải", "海"),
        ("Son", "Sơn", "山"),
        ("Cuong", "Cường", "強"),
        ("Thang", "Thắng", "勝"),
        ("Phuc", "Phúc", "福"),
        ("Binh", "Bình", "平"),
        ("Tien", "Tiến", "進"),
        ("Vinh", "Vinh", "榮"),
    ),
    "F": (
        ("Hoa", "Hoa", "花"),
        ("Lan", "Lan", "蘭"),
        ("Mai", "Mai", "梅"),
        ("Phuong", "Phương", "芳"),
        ("Trang", "Trang", "莊"),
        ("Linh", "Linh", "玲"),
        ("Huong", "Hương", "香"),
        ("Nga", "Nga", "娥"),
        ("Van", "Vân", "雲"),
        ("Yen", "Yến", "燕"),
        ("Hanh", "Hạnh", "幸"),
        ("Tuyet", "Tuyết", "雪"),
        ("Diep", "Điệp", "蝶"),
    ),
}
_ID_FIRST = {
    "M": (
        ("Agus", "阿古斯"),
        ("Budi", "布迪"),
        ("Eko", "艾可"),
        ("Ahmad", "阿赫瑪德"),
        ("Muhammad", "穆罕默德"),
        ("Joko", "約可"),
        ("Slamet", "斯拉梅特"),
        ("Rudi", "魯迪"),
        ("Andi", "安迪"),
        ("Dedi", "德迪"),
        ("Wahyu", "瓦尤"),
        ("Hendra", "亨德拉"),
        ("Teguh", "德古"),
    ),
    "F": (
        ("Siti", "西蒂"),
        ("Dewi", "德薇"),
        ("Sri", "斯莉"),
        ("Nur", "努兒"),
        ("Rina", "麗娜"),
        ("Wati", "瓦蒂"),
        ("Yuni", "尤妮"),
        ("Ani", "安妮"),
        ("Fitri", "菲特莉"),
        ("Indah", "茵達"),
        ("Ratna", "拉特娜"),
        ("Endang", "恩當"),
    ),
}
_ID_LAST = (
    ("Santoso", "桑托索"),
    ("Setiawan", "塞蒂亞萬"),
    ("Prasetyo", "普拉塞約"),
    ("Hidayat", "希達亞特"),
    ("Saputra", "薩普特拉"),
    ("Wijaya", "威查亞"),
    ("Kurniawan", "庫尼亞萬"),
    ("Susanti", "蘇珊蒂"),
    ("Rahayu", "拉哈尤"),
    ("Wahyuni", "瓦尤妮"),
    ("Purnomo", "普諾莫"),
    ("Sutrisno", "蘇特利斯諾"),
    ("Firmansyah", "費曼夏"),
    ("Nurhayati", "努爾哈亞蒂"),
)
_PH_FIRST = {
    "M": (
        ("Jose", "荷西"),
        ("Mark Anthony", "馬克安東尼"),
        ("John Paul", "約翰保羅"),
        ("Rodel", "羅德爾"),
        ("Jerome", "傑羅姆"),
        ("Ramon", "拉蒙"),
        ("Ariel", "艾瑞爾"),
        ("Joel", "喬爾"),
        ("Noel", "諾爾"),
        ("Jayson", "傑森"),
    ),
    "F": (
        ("Maria Cristina", "瑪莉亞克莉絲蒂娜"),
        ("Jennifer", "珍妮佛"),
        ("Rowena", "羅維娜"),
        ("Mary Grace", "瑪麗格蕾絲"),
        ("Maricel", "瑪莉賽"),
        ("Jocelyn", "喬瑟琳"),
        ("Analyn", "安娜琳"),
        ("Rosalie", "蘿莎莉"),
        ("Kristine", "克莉絲汀"),
        ("Marites", "瑪莉蒂絲"),
    ),
}
_PH_LAST = (
    ("Santos", "桑托斯"),
    ("Reyes", "雷耶斯"),
    ("Dela Cruz", "德拉克魯茲"),
    ("Bautista", "包蒂斯塔"),
    ("Garcia", "賈西亞"),
    ("Mendoza", "門多薩"),
    ("Villanueva", "維拉紐瓦"),
    ("Ramos", "拉莫斯"),
    ("Aquino", "阿基諾"),
    ("Castillo", "卡斯蒂略"),
    ("Flores", "弗洛雷斯"),
    ("De Guzman", "德古茲曼"),
    ("Navarro", "納瓦羅"),
    ("Pascual", "帕斯夸爾"),
)
_TH_FIRST = {
    "M": (
        ("Somchai", "宋猜"),
        ("Anan", "阿南"),
        ("Niran", "尼蘭"),
        ("Prasert", "巴頌"),
        ("Sombat", "頌巴"),
        ("Chaiwat", "差瓦"),
        ("Wichai", "威差"),
        ("Surachai", "蘇拉猜"),
        ("Kittipong", "吉迪蓬"),
    ),
    "F": (
        ("Suda", "蘇達"),
        ("Malee", "瑪莉"),
        ("Ratana", "拉塔娜"),
        ("Siriporn", "詩莉蓬"),
        ("Kanya", "甘雅"),
        ("Nittaya", "妮塔雅"),
        ("Pranee", "帕妮"),
        ("Wanida", "婉妮達"),
        ("Jintana", "金塔娜"),
    ),
}
_TH_LAST = (
    ("Saelim", "賽林"),
    ("Srisuk", "詩蘇"),
    ("Wongsa", "翁沙"),
    ("Phromma", "蓬瑪"),
    ("Boonmee", "汶米"),
    ("Kaewmanee", "蓋瑪尼"),
    ("Thongdee", "通迪"),
    ("Sukprasert", "蘇巴頌"),
    ("Chanthawong", "占塔旺"),
    ("Intharasuk", "英塔拉蘇"),
)

# Romanised surnames and nicknames for e-mail local parts.
_ROMAN = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao"
    " lai chou su yeh chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng chan hu"
    " shih shen"
)
_NICK = _words(
    "amy kevin jenny peter sunny happy angel momo vicky tony jack iris ivy ken allen judy"
    " cindy eric wendy jason grace apple candy leo ryan maggie sandy"
)
_MAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com.tw",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "msa.hinet.net",
    "icloud.com",
    "ms45.hinet.net",
    "pchome.com.tw",
    "livemail.tw",
)

# ---------------------------------------------------------------------------------------------
# Places.
# ---------------------------------------------------------------------------------------------

_CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "臺北市": (
        ("中正區", "100"),
        ("大同區", "103"),
        ("中山區", "104"),
        ("松山區", "105"),
        ("大安區", "106"),
        ("萬華區", "108"),
        ("信義區", "110"),
        ("士林區", "111"),
        ("北投區", "112"),
        ("內湖區", "114"),
        ("南港區", "115"),
        ("文山區", "116"),
    ),
    "新北市": (
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
        ("林口區", "244"),
        ("貢寮區", "228"),
        ("萬里區", "207"),
    ),
    "基隆市": (("仁愛區", "200"), ("中正區", "202"), ("七堵區", "206"), ("安樂區", "204")),
    "桃園市": (
        ("桃園區", "330"),
        ("中壢區", "320"),
        ("平鎮區", "324"),
        ("八德區", "334"),
        ("楊梅區", "326"),
        ("蘆竹區", "338"),
        ("大園區", "337"),
        ("龜山區", "333"),
        ("觀音區", "328"),
        ("新屋區", "327"),
    ),
    "新竹市": (("東區", "300"), ("北區", "300"), ("香山區", "300")),
    "新竹縣": (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303"), ("新豐鄉", "304")),
    "苗栗縣": (
        ("苗栗市", "360"),
        ("頭份市", "351"),
        ("竹南鎮", "350"),
        ("後龍鎮", "356"),
        ("通霄鎮", "357"),
    ),
    "臺中市": (
        ("中區", "400"),
        ("西屯區", "407"),
        ("北屯區", "406"),
        ("南屯區", "408"),
        ("豐原區", "420"),
        ("大里區", "412"),
        ("梧棲區", "435"),
        ("沙鹿區", "433"),
        ("大甲區", "437"),
    ),
    "彰化縣": (
        ("彰化市", "500"),
        ("員林市", "510"),
        ("鹿港鎮", "505"),
        ("和美鎮", "508"),
        ("芳苑鄉", "528"),
    ),
    "南投縣": (
        ("南投市", "540"),
        ("埔里鎮", "545"),
        ("草屯鎮", "542"),
        ("竹山鎮", "557"),
        ("信義鄉", "556"),
    ),
    "雲林縣": (
        ("斗六市", "640"),
        ("虎尾鎮", "632"),
        ("西螺鎮", "648"),
        ("北港鎮", "651"),
        ("麥寮鄉", "638"),
        ("口湖鄉", "653"),
    ),
    "嘉義市": (("東區", "600"), ("西區", "600")),
    "嘉義縣": (
        ("太保市", "612"),
        ("朴子市", "613"),
        ("民雄鄉", "621"),
        ("布袋鎮", "625"),
        ("東石鄉", "614"),
    ),
    "臺南市": (
        ("中西區", "700"),
        ("東區", "701"),
        ("南區", "702"),
        ("安平區", "708"),
        ("安南區", "709"),
        ("永康區", "710"),
        ("新營區", "730"),
        ("將軍區", "725"),
        ("七股區", "724"),
    ),
    "高雄市": (
        ("新興區", "800"),
        ("苓雅區", "802"),
        ("鼓山區", "804"),
        ("旗津區", "805"),
        ("前鎮區", "806"),
        ("三民區", "807"),
        ("左營區", "813"),
        ("小港區", "812"),
        ("鳳山區", "830"),
        ("林園區", "832"),
        ("彌陀區", "827"),
        ("茄萣區", "852"),
        ("永安區", "828"),
    ),
    "屏東縣": (
        ("屏東市", "900"),
        ("潮州鎮", "920"),
        ("東港鎮", "928"),
        ("恆春鎮", "946"),
        ("琉球鄉", "929"),
        ("枋寮鄉", "940"),
        ("林邊鄉", "927"),
    ),
    "宜蘭縣": (
        ("宜蘭市", "260"),
        ("羅東鎮", "265"),
        ("蘇澳鎮", "270"),
        ("頭城鎮", "261"),
        ("南澳鄉", "272"),
    ),
    "花蓮縣": (
        ("花蓮市", "970"),
        ("吉安鄉", "973"),
        ("新城鄉", "971"),
        ("玉里鎮", "981"),
        ("豐濱鄉", "977"),
    ),
    "臺東縣": (
        ("臺東市", "950"),
        ("成功鎮", "961"),
        ("池上鄉", "958"),
        ("蘭嶼鄉", "952"),
        ("大武鄉", "965"),
    ),
    "澎湖縣": (("馬公市", "880"), ("湖西鄉", "885"), ("白沙鄉", "884"), ("西嶼鄉", "881")),
    "金門縣": (("金城鎮", "893"), ("金湖鎮", "891"), ("金沙鎮", "890")),
    "連江縣": (("南竿鄉", "209"), ("北竿鄉", "210")),
}
_ROADS = _words(
    "中山路 中正路 民生路 民族路 民權路 成功路 復興路 建國路 光復路 自由路 信義路 仁愛路"
    " 文化路 中華路 新生路 博愛路 公園路 大同路 三民路 五福路 漁港路 海濱路 港口路 大勇路"
    " 中興街 永福街 長春街 福德街 和平街 新興街 勝利街 育英街 水源路 環河路 忠孝路 林森路"
    " 延平路 正義路 和平路 南京東路 忠孝東路 和平東路 市政北七路 文心路 健行路 大業路 七賢二路"
    " 海岸路 鹽埕街 漁市路"
)
_BIG_ROADS = {"中山路", "中正路", "南京東路", "忠孝東路", "和平東路", "文心路", "建國路", "復興路"}
_VILLAGES = _words(
    "和平 永安 新興 港口 東興 海口 福德 中興 仁和 大同 後厝 頂寮 下崙 崙仔 新港 光明"
)
_CN_NUM = "一二三四五六七八九十"

_PORTS = (
    "南方澳",
    "前鎮",
    "八斗子",
    "東港",
    "新竹",
    "梧棲",
    "安平",
    "興達",
    "烏石",
    "富基",
    "正濱",
    "澎湖馬公",
)
_VESSEL_WORDS = (
    "新漁福",
    "金順發",
    "海豐",
    "順興",
    "福聯興",
    "大成",
    "滿春",
    "金漁豐",
    "勝益",
    "永富",
)
_HOSPITALS = (
    "臺大醫院",
    "馬偕紀念醫院",
    "長庚紀念醫院",
    "臺北榮總",
    "高雄醫學大學附設醫院",
    "衛福部基隆醫院",
    "羅東博愛醫院",
    "部立臺南醫院",
    "秀傳紀念醫院",
    "彰化基督教醫院",
    "亞東醫院",
    "國泰綜合醫院",
)
_DONATION_SITES = (
    "台北捐血中心",
    "新竹捐血中心",
    "台中捐血中心",
    "台南捐血中心",
    "高雄捐血中心",
    "花蓮捐血站",
    "板橋捐血站",
    "宜蘭捐血站",
    "公園捐血室",
    "中壢捐血室",
    "東海捐血室",
    "嘉義捐血站",
)
_POOLS = (
    "中正國民運動中心游泳池",
    "文山國民運動中心泳池",
    "市立大同游泳池",
    "土城國民運動中心泳池",
    "竹北市立游泳池",
    "桃園國民運動中心溫水游泳池",
    "臺南市立永福游泳池",
    "鳳山國民運動中心泳池",
    "羅東運動公園游泳池",
    "花蓮縣立游泳池",
)
_SCHOOLS = (
    "中山國小",
    "建功國小",
    "光復國小",
    "文化國小",
    "東門國小",
    "興隆國小",
    "新埔國小",
    "復興國小",
)
_COMPANIES = (
    "大順漁業股份有限公司",
    "宏遠人力仲介有限公司",
    "永豐營造股份有限公司",
    "林記水產行",
    "黃金海岸漁業有限公司",
    "福泰遠洋漁業股份有限公司",
    "高明工程顧問有限公司",
    "全聯實業股份有限公司",
    "陳家肉圓店",
    "金門酒廠實業股份有限公司",
    "游氏水電工程行",
    "王品餐飲股份有限公司",
    "江記水產冷凍廠",
    "長榮海運股份有限公司",
    "萬海航運股份有限公司",
    "統一超商股份有限公司",
)
_PRODUCTS = (
    "王子麵",
    "乖乖",
    "黑松沙士",
    "林鳳營鮮乳",
    "曾拌麵",
    "張君雅小妹妹點心麵",
    "義美小泡芙",
    "金門高粱",
)
_PROJECTS = (
    "桃園航空城計畫",
    "臺南鐵路地下化計畫",
    "國道1號增設交流道工程",
    "高雄捷運黃線",
    "竹科寶山擴建案",
    "台9線南迴公路拓寬",
    "淡北道路新建工程",
    "屏東縣林邊鄉排水改善工程",
    "臺中捷運藍線",
    "彰化溪州都市計畫道路",
)
_LAND_SECTIONS = (
    "橫峰段",
    "埔心段",
    "崁頂段",
    "林口段",
    "黃厝段",
    "陳厝寮段",
    "王田段",
    "高鐵段",
    "溪洲段",
)

_STATUTES = (
    "土地徵收條例第11條",
    "土地徵收條例第30條第1項",
    "土地徵收條例第22條",
    "所得稅法第71條",
    "稅捐稽徵法第28條",
    "加值型及非加值型營業稅法第39條",
    "漁港法第14條",
    "漁業法第45條",
    "就業服務法第46條",
    "國民教育法第20條",
    "醫療法第67條",
    "個人資料保護法第6條",
    "血液製劑條例第8條",
    "行政程序法第102條",
    "游泳池管理規範第5點",
    "兒童及少年福利與權益保障法第43條",
)

_TW_ID_LETTERS = "AAAAAFFFFFHHHBBBEEEDDDKKJJMNPPQRSTTUVWXYZCGIO"

# ---------------------------------------------------------------------------------------------
# Building blocks.
# ---------------------------------------------------------------------------------------------

_FW_MAP = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/:_"
}
_FW_MAP[" "] = "\u3000"
_FW_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-"}


def _fullwidth(s: str) -> str:
    return "".join(_FW_MAP.get(c, c) for c in s)


@dataclass(frozen=True)
class _V:
    """A labelled value inside a text."""

    text: str
    label: str
    known: bool | None = None


@dataclass(frozen=True)
class _P:
    """A person: the name value and the sex the rest of the record agrees with."""

    v: _V
    sex: str
    cat: str
    nat: str = "tw"


def _build(parts: list[str | _V]) -> tuple[str, list[tuple[int, int, str]], list[bool]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    known: list[bool] = []
    pos = 0
    for part in parts:
        if isinstance(part, _V):
            spans.append((pos, pos + len(part.text), part.label))
            if part.label == PERSON:
                known.append(bool(part.known))
            s = part.text
        else:
            s = part
        out.append(s)
        pos += len(s)
    text = "".join(out).rstrip()
    return text, spans, known


class _Gen:
    """Random values for one generated set (names known to the dataset, identifiers, dates)."""

    _CATS = (
        ("adult", 0.40),
        ("elder", 0.10),
        ("child", 0.15),
        ("indigenous", 0.08),
        ("foreign_latin", 0.14),
        ("foreign_han", 0.13),
    )

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.surnames = list(_SURNAMES_COMMON) * 6 + list(_SURNAMES_RARE)
        size = max(60, n // 2)
        self.known_all: set[str] = set()
        self.mentionable: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.known_list: list[str] = []
        for cat, share in self._CATS:
            count = max(6, round(size * share))
            entries: list[tuple[str, str, str]] = []
            while len(entries) < count:
                sex = self.r.choice("MF")
                name, nat = self._fresh_name(cat, sex)
                if name in self.known_all:
                    continue
                self.known_all.add(name)
                entries.append((name, sex, nat))
            cut = max(1, int(count * 0.8))  # the rest stays in the list, never mentioned
            for name, sex, nat in entries[:cut]:
                self.mentionable.setdefault((cat, sex), []).append((name, nat))
            self.known_list.extend(e[0] for e in entries)
        self.r.shuffle(self.known_list)

    # -- small helpers ---------------------------------------------------------------------
    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def ch(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def fw(self, s: str) -> str:
        return _fullwidth(s) if self.p(FULLWIDTH_SHARE) else s

    # -- names -----------------------------------------------------------------------------
    def _surname(self) -> str:
        if self.p(0.05):
            return self.ch(_SURNAMES_COMPOUND)
        return self.ch(self.surnames)

    def _given(self, sex: str, era: str) -> str:
        if self.p(0.06):
            return self.ch(_MALE_SINGLE if sex == "M" else _FEMALE_SINGLE)
        if era == "old":
            return self.ch(_MALE_OLD if sex == "M" else _FEMALE_OLD)
        return self.ch(_MALE_MODERN if sex == "M" else _FEMALE_MODERN)

    def _fresh_name(self, cat: str, sex: str, nat: str = "") -> tuple[str, str]:
        if cat == "child":
            return self._surname() + self._given(sex, "modern"), "tw"
        if cat in ("adult", "elder"):
            era = "old" if cat == "elder" or self.p(0.55) else "modern"
            if sex == "F" and self.p(0.12 if cat == "adult" else 0.35):
                own = self.ch(self.surnames)
                return self.ch(self.surnames) + own + self._given("F", "old"), "tw"  # 冠夫姓
            return self._surname() + self._given(sex, era), "tw"
        if cat == "indigenous":
            han, lat, _ = self.ch([x for x in _INDIGENOUS_GIVEN if x[2] == sex])
            han2, lat2 = self.ch(_INDIGENOUS_SECOND)
            if self.p(0.3):
                return f"{lat} {lat2}", "tw"
            return f"{han}{self.ch('‧‧·')}{han2}", "tw"
        nat = nat or self.ch("vvviipt")
        return self._foreign(sex, cat == "foreign_latin", nat), nat

    def _foreign(self, sex: str, latin: bool, nat: str) -> str:
        if nat == "v":
            s, m, g = self.ch(_VN_SURNAMES), self.ch(_VN_MIDDLE[sex]), self.ch(_VN_GIVEN[sex])
            if not latin:
                return s[2] + m[2] + g[2]
            name = " ".join(x[1] for x in (s, m, g)) if self.p(0.3) else f"{s[0]} {m[0]} {g[0]}"
        elif nat == "i":
            f, last = self.ch(_ID_FIRST[sex]), self.ch(_ID_LAST)
            if not latin:
                return f[1] if self.p(0.25) else f"{f[1]}{self.ch('··‧')}{last[1]}"
            name = f[0] if self.p(0.2) else f"{f[0]} {last[0]}"
        elif nat == "p":
            f, last = self.ch(_PH_FIRST[sex]), self.ch(_PH_LAST)
            if not latin:
                return f"{f[1]}·{last[1]}"
            if self.p(0.2):
                return f"{last[0].upper()}, {f[0].upper()}"
            name = f"{f[0]} {last[0]}"
        else:
            f, last = self.ch(_TH_FIRST[sex]), self.ch(_TH_LAST)
            if not latin:
                return f[1] if self.p(0.3) else f"{f[1]}·{last[1]}"
            name = f"{f[0]} {last[0]}"
        return name.upper() if self.p(0.45) else name

    def person(self, cat: str = "adult", sex: str | None = None, nat: str = "") -> _P:
        """A person of a category; half the time (when one fits) a name of the known list."""
        sex = sex or self.ch("MF")
        if self.p(0.5):
            pool = [e for e in self.mentionable.get((cat, sex), ()) if not nat or e[1] == nat]
            if pool:
                name, got = self.ch(pool)
                return _P(_V(name, PERSON, True), sex, cat, got)
        while True:
            name, got = self._fresh_name(cat, sex, nat)
            if name not in self.known_all:
                return _P(_V(name, PERSON, False), sex, cat, got)

    def foreigner(self, sex: str | None = None, nat: str = "") -> _P:
        return self.person(self.ch(("foreign_latin", "foreign_han")), sex, nat)

    def anyone(self, sex: str | None = None) -> _P:
        cat = self.ch(("adult",) * 6 + ("elder", "indigenous", "foreign_han", "foreign_latin"))
        return self.person(cat, sex)

    def hon(self, p: _P) -> str:
        if p.sex == "M":
            return self.ch(("先生", "先生", ""))
        return self.ch(("小姐", "女士", ""))

    def wrap(self) -> tuple[str, str]:
        """A matching pair of brackets (or commas) around an inserted detail."""
        return self.ch((("（", "）"), ("（", "）"), ("(", ")"), ("，", "，")))

    # -- identifiers -----------------------------------------------------------------------
    def twid(self, sex: str | None = None) -> _V:
        letter = self.ch(_TW_ID_LETTERS)
        sx = "1" if (sex or self.ch("MF")) == "M" else "2"
        body = sx + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        if self.p(0.04):
            value = value.lower()
        return _V(self.fw(value), TW_NATIONAL_ID)

    def arc(self, sex: str | None = None) -> _V:
        letter = self.ch("AAABBCEFFHKMNPRTUW")
        female = (sex or self.ch("MF")) == "F"
        if self.p(0.7):
            body = ("9" if female else "8") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.ch("BD" if female else "AC")
            tail = self.digits(7)
            value = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        return _V(self.fw(value), TW_RESIDENT_CERT)

    def mobile_digits(self) -> str:
        return "09" + self.ch("1123345678") + str(self.r.randrange(10)) + self.digits(6)

    def phone(self, kind: str = "any", ext: bool | None = None) -> _V:
        if kind == "any":
            kind = "mobile" if self.p(0.65) else "land"
        if kind == "mobile":
            d = self.mobile_digits()
            a, b, c = d[:4], d[4:7], d[7:]
            style = self.n(0, 11)
            text = (
                f"{a}-{b}-{c}",
                f"{a}-{b}-{c}",
                d,
                d,
                f"{a} {b} {c}",
                f"{a}-{b}{c}",
                f"{a}.{b}.{c}",
                f"+886-{d[1:4]}-{b}-{c}",
                f"+886 {d[1:4]} {b} {c}",
                f"+886{d[1:]}",
                f"886-{d[1:4]}-{b}-{c}",
                f"({a}){b}-{c}",
            )[style]
            return _V(self.fw(text), PHONE)
        area, local = self._landline()
        if len(local) >= 7:
            grouped = f"{local[:-4]}-{local[-4:]}"
        elif len(local) == 6:
            grouped = self.ch((local, f"{local[:3]}-{local[3:]}"))
        else:
            grouped = local
        style = self.n(0, 8)
        text = (
            f"({area}){grouped}",
            f"{area}-{local}",
            f"{area}-{grouped}",
            f"({area}) {local}",
            f"{area} {grouped.replace('-', ' ')}",
            f"+886-{area[1:]}-{grouped}",
            f"{area}{local}",
            f"({area}){local}",
            f"{area}-{grouped}",
        )[style]
        if ext or (ext is None and self.p(0.25)):
            e = self.digits(self.n(2, 4)).lstrip("0") or "12"
            text += self.ch((f"#{e}", f" 分機{e}", f"分機 {e}", f"轉{e}", f" ext.{e}", f" #{e}"))
        return _V(self.fw(text), PHONE)

    def _landline(self) -> tuple[str, str]:
        area, length, first = self.ch(
            (
                ("02", 8, "23456789"),
                ("02", 8, "2"),
                ("03", 7, "34589"),
                ("037", 6, "23456789"),
                ("04", 8, "2"),
                ("04", 7, "78"),
                ("049", 7, "2"),
                ("05", 7, "2345"),
                ("06", 7, "2359"),
                ("07", 7, "2345678"),
                ("08", 7, "78"),
                ("089", 6, "3"),
                ("082", 6, "3"),
                ("0836", 5, "2"),
            )
        )
        return area, self.ch(first) + self.digits(length - 1)

    def email(self, p: _P | None = None) -> _V:
        style = self.n(0, 5)
        nn = str(self.n(1, 99)) if self.p(0.5) else str(self.n(1950, 2012))
        if p is not None and p.cat in ("foreign_latin", "foreign_han") and self.p(0.7):
            word = self.ch(("budi", "siti", "nguyen", "tran", "maria", "jose", "somchai", "dewi"))
            local = self.ch((f"{word}{nn}", f"{word}.{self.ch(_NICK)}", f"{word}_{nn}"))
            dom = self.ch(("gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com.vn", "hotmail.com"))
        else:
            sur, nick = self.ch(_ROMAN), self.ch(_NICK)
            local = (
                f"{sur}{self.ch(_ROMAN)}{nn}",
                f"{nick}.{sur}",
                f"{nick}{nn}",
                f"{sur}_{nick}",
                f"{nick}{sur}{nn}",
                f"{sur}.{nick}.{nn}",
            )[style]
            dom = self.ch(_MAIL_DOMAINS)
        value = f"{local}@{dom}"
        if self.p(0.05):
            value = value.replace("@", "＠")
        elif self.p(0.06):
            value = _fullwidth(value)
        return _V(value, EMAIL)

    def nhi(self) -> _V:
        d = ("0000" + self.digits(8)) if self.p(0.85) else ("0001" + self.digits(8))
        text = self.ch((d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}", d))
        return _V(self.fw(text), TW_NHI_CARD)

    def passport(self, nat: str | None = None) -> _V:
        nat = nat or self.ch("tvvipth")
        if nat == "t":
            value = "3" + self.digits(8)
        elif nat == "v":
            value = self.ch("BCNC") + self.digits(7)
        elif nat == "i":
            value = self.ch("ABCX") + self.digits(7)
        elif nat == "p":
            value = (
                ("P" + self.digits(7) + self.ch("ABC"))
                if self.p(0.6)
                else ("E" + self.ch("CB") + self.digits(7))
            )
        else:
            value = self.ch(("AA", "AB", "AC")) + self.digits(7)
        return _V(self.fw(value), PASSPORT)

    def card(self) -> _V:
        brand = self.ch(("visa", "visa", "master", "jcb", "jcb", "amex", "unionpay"))
        if brand == "visa":
            head, length = "4" + self.digits(5), 16
        elif brand == "master":
            head, length = "5" + self.ch("12345") + self.digits(4), 16
        elif brand == "jcb":
            head, length = "35" + str(self.n(28, 89)) + self.digits(2), 16
        elif brand == "amex":
            head, length = self.ch(("34", "37")) + self.digits(4), 15
        else:
            head, length = "62" + self.digits(4), 16
        body = head + self.digits(length - len(head) - 1)
        number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        text = self.ch((" ".join(groups), "-".join(groups), number, " ".join(groups)))
        return _V(self.fw(text), CREDIT_CARD)

    def birth(self, lo: int, hi: int, style: str = "any") -> _V:
        y = self.n(lo, hi)
        m = self.n(1, 12)
        d = self.n(1, 28)
        roc = y - 1911
        if style == "any":
            style = self.ch(("roc", "roc", "west", "west", "intl"))
        if style == "roc":
            text = self.ch(
                (
                    f"民國{roc}年{m}月{d}日",
                    f"{roc}年{m}月{d}日",
                    f"{roc}.{m:02}.{d:02}",
                    f"{roc:03}/{m:02}/{d:02}",
                    f"{roc}/{m}/{d}",
                    f"{roc:03}{m:02}{d:02}",
                    f"民國{roc}年{m:02}月{d:02}日",
                    f"{roc}-{m:02}-{d:02}",
                )
            )
        elif style == "west":
            text = self.ch(
                (
                    f"{y}/{m}/{d}",
                    f"{y}-{m:02}-{d:02}",
                    f"{y}年{m}月{d}日",
                    f"{y}.{m:02}.{d:02}",
                    f"{y}/{m:02}/{d:02}",
                    f"西元{y}年{m}月{d}日",
                )
            )
        else:
            mon = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
            text = self.ch(
                (
                    f"{d:02}/{m:02}/{y}",
                    f"{d:02} {mon} {y}",
                    f"{y}-{m:02}-{d:02}",
                    f"{d:02}-{mon}-{y}",
                    f"{d:02}.{m:02}.{y}",
                )
            )
        return _V(self.fw(text), BIRTH_DATE)

    def address(self, city: str | None = None) -> _V:
        city = city or self.ch(list(_CITIES))
        dist, zip3 = self.ch(_CITIES[city])
        out = ""
        if self.p(0.35):
            out = (
                zip3
                + (self.digits(self.ch((2, 3))) if self.p(0.3) else "")
                + self.ch(("", "", " "))
            )
        shown_city = ("台" + city[1:]) if city.startswith("臺") and self.p(0.4) else city
        shown_dist = ("台" + dist[1:]) if dist.startswith("臺") and self.p(0.4) else dist
        out += shown_city + shown_dist
        rural = dist.endswith("鄉") or self.p(0.15)
        if rural and self.p(0.6):
            out += self.ch(_VILLAGES) + ("村" if dist.endswith("鄉") else "里")
            out += f"{self.n(1, 28)}鄰"
            with_road = self.p(0.5)
        else:
            if self.p(0.15):
                out += self.ch(_VILLAGES) + "里" + f"{self.n(1, 30)}鄰"
            with_road = True
        if with_road:
            road = self.ch(_ROADS)
            out += road
            if road in _BIG_ROADS and self.p(0.5):
                out += _CN_NUM[self.n(0, 4)] + "段"
            if self.p(0.45):
                out += f"{self.n(1, 600)}巷"
                if self.p(0.35):
                    out += f"{self.n(1, 40)}弄"
        num = self.n(1, 399)
        if self.p(0.1):
            out += f"{num}-{self.n(1, 9)}號"
        elif self.p(0.1):
            out += f"{num}號之{self.n(1, 9)}"
        else:
            out += f"{num}號"
        if self.p(0.45):
            fl = self.n(2, 15)
            if self.p(0.15) and fl <= 10:
                out += _CN_NUM[fl - 1] + "樓"
            else:
                out += f"{fl}樓"
            if self.p(0.2):
                out += f"之{self.n(1, 6)}"
        if self.p(FULLWIDTH_SHARE):
            out = "".join(_FW_DIGITS.get(c, c) for c in out)
        return _V(out, ADDRESS)

    # -- plain (unlabelled) look-alikes ------------------------------------------------------
    def roc_year(self) -> int:
        return self.n(110, 114)

    def _date(self, date: datetime.date, style: int) -> str:
        y, m, d = date.year - 1911, date.month, date.day
        wd = "一二三四五六日"[date.weekday()]
        return (
            f"{y}年{m}月{d}日",
            f"{y}年{m}月{d}日（星期{wd}）",
            f"{y}/{m:02}/{d:02}",
            f"{m}/{d}",
            f"{m}月{d}日({wd})",
            f"{date.year}/{m}/{d}",
            f"{y}.{m}.{d}",
        )[style]

    def _some_date(self) -> datetime.date:
        return datetime.date(self.roc_year() + 1911, self.n(1, 12), self.n(1, 28))

    def day(self) -> str:
        """An ordinary (non-personal) date: meetings, deadlines, notices."""
        return self._date(self._some_date(), self.n(0, 6))

    def days(self) -> tuple[str, str]:
        """An ordered period written in one style."""
        start = self._some_date()
        end = start + datetime.timedelta(days=self.n(3, 90))
        style = self.n(0, 6)
        return self._date(start, style), self._date(end, style)

    def clock(self) -> str:
        h, mi = self.n(6, 21), self.ch((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        half = "上午" if h < 12 else "下午"
        h12 = h if h <= 12 else h - 12
        return self.ch(
            (
                f"{h:02}:{mi:02}",
                f"{h}:{mi:02}",
                f"{half}{h12}時{mi}分" if mi else f"{half}{h12}時",
                f"{half}{h12}點{mi}分" if mi else f"{half}{h12}點",
            )
        )

    def docno(self, word: str) -> str:
        text = f"{word}字第{self.roc_year()}{self.digits(7)}號"
        return _fullwidth(text) if self.p(0.1) else text

    def case_no(self) -> str:
        y = self.roc_year()
        return self.ch(
            (
                f"{y}{self.n(1, 12):02}{self.n(1, 28):02}-{self.digits(3)}",
                f"{y}-{self.digits(5)}",
                f"收{y}{self.digits(6)}",
                f"第{y}-{self.digits(4)}號",
                f"{y}{self.digits(7)}",
            )
        )

    def invoice(self) -> str:
        while True:
            letters = self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ")
            value = letters + self.ch(("-", "", "")) + self.digits(8)
            if not arc.is_valid(value) and not twid.is_valid(value):
                return value

    def ban_no(self) -> str:
        while True:
            body = self.ch("123456789") + self.digits(6)
            for d in "0123456789":
                if ban.is_valid(body + d):
                    return body + d

    def amount(self, lo: int = 100, hi: int = 90000) -> str:
        v = self.n(lo, hi)
        if v >= 10000 and self.p(0.7):
            v = v // 100 * 100
        if v >= 100000 and self.p(0.2):
            wan, rest = divmod(v, 10000)
            return f"{wan}萬{rest}元" if rest else f"{wan}萬元"
        return self.ch((f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"{v}元"))

    def vessel(self) -> str:
        return f"{self.ch(_VESSEL_WORDS)}{self.n(1, 368)}號"

    def vessel_reg(self) -> str:
        return f"CT{self.n(2, 7)}-{self.n(1000, 9999)}"

    def plot(self) -> str:
        main = self.n(1, 2999)
        sub = f"-{self.n(1, 30)}" if self.p(0.5) else ""
        return f"{self.ch(_LAND_SECTIONS)}{main}{sub}地號"


# ---------------------------------------------------------------------------------------------
# Templates: each returns the parts of one text (plain strings and labelled values).
# ---------------------------------------------------------------------------------------------

Parts = list[str | _V]

_BLOOD = ("A", "B", "O", "AB")
_NAT_NAMES = {"v": "越南", "i": "印尼", "p": "菲律賓", "t": "泰國", "tw": "中華民國"}
_NAT_CODES = {"v": "VN", "i": "ID", "p": "PH", "t": "TH", "tw": "TW"}


def _f(template: str, **values: str | _V) -> Parts:
    """Split ``template`` at ``{key}`` placeholders and put the values (labelled or not) in."""
    parts: Parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(values[piece])
        elif piece:
            parts.append(piece)
    return parts


def _kv(g: _Gen, key: str) -> str:
    """A form field label with one of the separators people type after it."""
    return key + g.ch(("：", "：", ":", "： ", " "))


def _sex(p: _P) -> str:
    return "男" if p.sex == "M" else "女"


def _tw_birth(g: _Gen, lo: int, hi: int) -> _V:
    return g.birth(lo, hi, g.ch(("roc", "roc", "west")))


def _foreign_birth(g: _Gen, lo: int, hi: int) -> _V:
    return g.birth(lo, hi, g.ch(("intl", "intl", "west")))


def _resident_id(g: _Gen, p: _P) -> _V:
    """National ID for citizens, resident certificate for foreign residents."""
    return g.arc(p.sex) if p.nat != "tw" else g.twid(p.sex)


# -- 捐血中心 -------------------------------------------------------------------------------


def _blood_form(g: _Gen) -> Parts:
    p = g.foreigner() if g.p(0.2) else g.anyone()
    title = g.ch(("捐血者基本資料", "捐血登記表", "初次捐血者登錄", "捐血人資料更新"))
    parts = _f("【{t}】{site} {d}\n", t=title, site=g.ch(_DONATION_SITES), d=g.day())
    parts += [_kv(g, g.ch(("姓名", "捐血人", "姓　　名"))), p.v]
    parts += [g.ch(("　", "\n", "  ")), _kv(g, "性別"), _sex(p), "\n"]
    if g.p(0.8):
        birth = _foreign_birth(g, 1965, 2006) if p.nat != "tw" else _tw_birth(g, 1960, 2006)
        parts += [_kv(g, g.ch(("出生日期", "生日", "出生年月日"))), birth, "\n"]
    if p.nat != "tw":
        parts += [_kv(g, g.ch(("居留證號", "統一證號", "居留證統一證號"))), g.arc(p.sex), "\n"]
    else:
        parts += [_kv(g, g.ch(("身分證字號", "身分證統一編號", "身分證號"))), g.twid(p.sex), "\n"]
    if g.p(0.3):
        parts += [_kv(g, "健保卡號"), g.nhi(), "\n"]
    parts += [_kv(g, g.ch(("聯絡電話", "手機", "行動電話"))), g.phone("mobile"), "\n"]
    if g.p(0.4):
        parts += [_kv(g, g.ch(("E-mail", "電子信箱", "Email"))), g.email(p), "\n"]
    if g.p(0.6):
        parts += [_kv(g, g.ch(("通訊地址", "地址", "戶籍地址"))), g.address(), "\n"]
    kind = g.ch(("全血250cc", "全血500cc", "分離術血小板", "分離術血漿"))
    rh = g.ch(("陽性", "陽性", "陽性", "陰性"))
    parts += [_kv(g, "捐血種類"), f"{kind}　血型：{g.ch(_BLOOD)}型 RhD{rh}\n"]
    if g.p(0.5):
        parts.append(
            f"血紅素 {g.n(120, 165) / 10:.1f} g/dL　血壓 {g.n(100, 140)}/{g.n(60, 90)} mmHg\n"
        )
    if g.p(0.5):
        parts += [g.ch(("登錄：", "護理師：", "初篩人員：")), g.person().v]
    return parts


def _blood_reaction(g: _Gen) -> Parts:
    p = g.anyone()
    o, c = g.ch((("（", "）"), ("(", ")")))
    what = g.ch(
        (
            f"抽血約{g.n(150, 450)}cc時自述頭暈、冒冷汗，立即停止採血，",
            "捐血後於休息區起身時眼前發黑，",
            "於分離術進行中嘴唇發麻（疑似檸檬酸鹽反應），",
            "拔針後針扎處出現約3公分血腫，予以加壓止血，",
        )
    )
    care = g.ch(("平躺抬高下肢並給予運動飲料，", "給予鈣片一顆及溫開水，", "冰敷15分鐘，"))
    parts = _f(
        "{t} 捐血人{p}{h}{o}{age}歲，{sex}{c}{what}{care}{m}分鐘後症狀緩解。",
        t=g.clock(), p=p.v, h=g.hon(p), o=o, c=c, age=str(g.n(17, 64)), sex=_sex(p),
        what=what, care=care, m=str(g.n(5, 40)),
    )  # fmt: skip
    if g.p(0.7):
        rel, sex = g.ch(
            (("配偶", None), ("母親", "F"), ("父親", "M"), ("兒子", "M"), ("女兒", "F"))
        )
        rel, sex = g.ch(((rel, sex), ("同事", None), ("男友", "M"), ("室友", None)))
        o, c = g.wrap()
        parts += _f(
            "已聯絡其{rel}{q}{o}{ph}{c}到場陪同返家。",
            rel=rel,
            q=g.person(sex=sex).v,
            o=o,
            c=c,
            ph=g.phone(),
        )
    if g.p(0.4):
        parts += ["\n通報單號 ", g.case_no(), "，已依不良反應處理流程登錄。"]
    parts += ["\n", g.ch(("護理師 ", "記錄：", "處理人員：", "值班護理師")), g.person().v]
    return parts


def _blood_followup(g: _Gen) -> Parts:
    parts: Parts = [g.ch(("追蹤紀錄：\n", "不良反應後續追蹤（電話）\n", "回訪清單\n"))]
    for i in range(g.n(1, 4)):
        p = g.anyone()
        result = g.ch(
            (
                "本人表示已無不適。",
                "未接，留言請回電。",
                "表示手臂瘀青已消退，下次仍願意捐血。",
                "家屬代接，稱本人已返回工作。",
                "建議至鄰近醫院就醫，已協助掛號。",
            )
        )
        parts += _f(
            "{i}. {d} 電話{sp}{ph} 聯繫{p}{h}，{r}\n",
            i=str(i + 1), d=g.day(), sp=g.ch((" ", "")), ph=g.phone(), p=p.v, h=g.hon(p), r=result,
        )  # fmt: skip
    return parts


def _blood_table(g: _Gen) -> Parts:
    sep = g.ch(("\t", "｜", " | ", "  "))
    with_id = g.p(0.5)
    head = ["姓名", "血型", "出生日期", "手機"] + (["身分證字號"] if with_id else [])
    parts = _f("{site} 捐血車 {d} 名冊\n", site=g.ch(_DONATION_SITES), d=g.day())
    parts += [sep.join(head), "\n"]
    for _ in range(g.n(2, 5)):
        p = g.person(g.ch(("adult", "adult", "elder")))
        parts += [p.v, sep, g.ch(_BLOOD), sep, _tw_birth(g, 1960, 2006), sep, g.phone("mobile")]
        if with_id:
            parts += [sep, g.twid(p.sex)]
        parts.append("\n")
    return parts


def _blood_speech(g: _Gen) -> Parts:
    p = g.anyone()
    parts: Parts = [g.ch(("捐血人", "民眾", "捐血者")), p.v]
    parts.append(g.ch(("表示：「", "於櫃檯反映：「", "來電稱：「")))
    choice = g.n(0, 2)
    if choice == 0:
        site = g.ch(_DONATION_SITES)
        parts += _f("我上個月在{s}捐過了，健保卡號是{n}，你們查一下紀錄。」", s=site, n=g.nhi())
    elif choice == 1:
        parts += _f("我的捐血卡寄到舊地址去了，新地址是{a}，麻煩幫我改。」", a=g.address())
    else:
        parts += _f("捐血後的檢驗報告可以寄到我的信箱嗎？{e}。」", e=g.email(p))
    parts.append(g.ch(("\n已於系統更新。", "\n已轉供血組處理。", "")))
    if g.p(0.5):
        parts += [g.ch(("（櫃檯 ", "（經辦 ")), g.person().v, "）"]
    return parts


def _blood_newresident(g: _Gen) -> Parts:
    p = g.foreigner("F" if g.p(0.7) else None)
    o, c = g.wrap()
    return _f(
        "{who}{p}{o}{nat}籍，居留證號{sp}{arc}{c}首次捐血，已確認在臺居留滿一年，"
        "出生日期 {b}。聯絡電話{ph}。",
        who=g.ch(("新住民", "外籍捐血者", "外籍人士")), p=p.v, o=o, c=c, nat=_NAT_NAMES[p.nat],
        sp=g.ch((" ", "")), arc=g.arc(p.sex), b=_foreign_birth(g, 1975, 2003), ph=g.phone("mobile"),
    )  # fmt: skip


def _blood_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    site = g.ch(_DONATION_SITES)
    if k == 0:
        stock = "、".join(f"{t}型 {g.n(2, 9)}.{g.n(0, 9)}日" for t in _BLOOD)
        tail = g.ch(("O型庫存偏低，請民眾踴躍捐血。", "庫存尚稱穩定。", "連假將至，籲請民眾挽袖。"))
        return [f"{site} {g.day()} 血液庫存：{stock}。{tail}"]
    if k == 1:
        place = g.ch(("林口", "高雄", "黃金海岸", "中壢", "羅東")) + g.ch(
            ("火車站前", "市場旁", "運動公園", "區公所廣場")
        )
        return [
            f"捐血車行程：{g.day()} 09:00-17:00 停靠{place}（{g.ch(_ROADS)}與{g.ch(_ROADS)}口）。"
            f"捐全血500cc贈{g.ch(_PRODUCTS)}禮盒，數量有限。"
        ]
    if k == 2:
        return [
            f"依《捐血者健康標準》第{g.n(2, 9)}條，體重未滿45公斤者不得捐全血；"
            f"全血捐血間隔男性{g.ch(('2', '3'))}個月、女性{g.ch(('3', '4'))}個月。\n"
            f"本中心{g.day()}{g.docno('血北業')}函轉衛生福利部修正規定，自{g.day()}起施行。"
        ]
    if k == 3:
        return [
            f"採購案號 {g.case_no()}「採血袋及耗材年度契約」決標公告：得標廠商{g.ch(_COMPANIES)}"
            f"（統一編號{g.ban_no()}），決標金額{g.amount(500000, 9000000)}，履約期限至{g.day()}。"
        ]
    return [
        f"{g.day()}晨會紀錄\n一、上週全血捐血{g.n(800, 5000)}袋，分離術{g.n(100, 900)}袋。\n"
        "二、高溫期間請各站加強休息區冷氣與飲水供應，並提醒捐血人充分進食。\n"
        f"三、黃昏時段人潮較多，{g.ch(('公園', '東海', '中壢'))}捐血室延長服務至21:00。"
    ]


# -- 退稅 ------------------------------------------------------------------------------------


def _tax_complaint(g: _Gen) -> Parts:
    p = g.person(g.ch(("adult", "adult", "elder")))
    o, c = g.ch((("（", "）"), ("　身分證：", ""), (" ", "")))
    content = (
        g.ch(("民眾表示", "陳情人稱", "民眾反映")) + f"其{g.roc_year() - 1}年度綜合所得稅退稅款"
    )
    trouble = g.ch(("迄今未入帳", "被退回", "金額與試算不符"))
    mood = g.ch(("情緒激動，要求說明原因。", "要求本局限期回覆。", "詢問是否因帳戶資料錯誤。"))
    handled = g.ch(
        (
            "經查係存款帳戶已結清，已請其臨櫃改以支票領取。",
            "經查已於第二批撥付，請其向銀行查詢。",
            "已移請審查科釐清扣繳憑單資料。",
        )
    )
    parts = [_kv(g, "案件編號"), g.case_no(), "\n", _kv(g, "陳情人"), p.v, o, g.twid(p.sex), c]
    parts += ["\n", _kv(g, "聯絡電話"), g.phone(), "\n"]
    parts += [f"陳情內容：{content}", g.amount(1000, 60000), f"{trouble}，{mood}\n"]
    parts += [f"處理情形：{handled}\n", g.ch(("承辦：", "承辦人 ", "經辦員：")), g.person().v]
    if g.p(0.4):
        parts += [g.ch(("　", " 電話 ")), g.phone("land", ext=True)]
    return parts


def _tax_card(g: _Gen) -> Parts:
    p = g.anyone()
    reply = g.ch(
        (
            "以信用卡繳納之溢繳稅款依規定退回原發卡機構，約需兩週入帳，已向其說明。",
            "該卡已停用，退稅改以支票寄送戶籍地。",
            "屬重複繳納，已辦理退還。",
        )
    )
    return _f(
        "{who}{p}{h}{how}我去年是用信用卡{card}{paid}，為什麼退稅沒有退回卡裡？」\n經查：{r}",
        who=g.ch(("民眾", "納稅義務人", "")), p=p.v, h=g.hon(p),
        how=g.ch(("臨櫃表示：「", "來電抱怨：「")), card=g.card(), paid=g.ch(("繳的", "刷的")),
        r=reply,
    )  # fmt: skip


def _tax_migrant(g: _Gen) -> Parts:
    p = g.foreigner(nat=g.ch("vvipt"))
    o, c = g.wrap()
    parts = _f(
        "{who}{p}{o}{nat}籍，居留證號{arc}，護照號碼{pp}{c}即將離境，申請{y}年度所得稅{what}。"
        "雇主{comp}（統一編號{ban}）已開立扣繳憑單。",
        who=g.ch(("外籍移工", "外籍勞工", "移工")), p=p.v, o=o, c=c, nat=_NAT_NAMES[p.nat],
        arc=g.arc(p.sex), pp=g.passport(p.nat), y=str(g.roc_year() - 1),
        what=g.ch(("離境結算申報及退稅", "溢扣稅款退還")), comp=g.ch(_COMPANIES), ban=g.ban_no(),
    )  # fmt: skip
    if g.p(0.7):
        contact = g.person()
        parts += ["\n仲介聯絡人 ", contact.v, g.ch((" ", "，")), g.phone()]
        if g.p(0.5):
            parts += ["，Email：", g.email(contact)]
    return parts


def _tax_email_reply(g: _Gen) -> Parts:
    p = g.anyone()
    office = g.ch(
        ("財政部北區國稅局桃園分局", "財政部高雄國稅局三民分局", "財政部臺北國稅局信義分局")
    )
    return _f(
        "{p}{h}您好：\n　您於{d1}來信（{e}）詢問{y}年度退稅進度，經查本案已於{d2}撥入您指定之帳戶，"
        "如有疑問請洽本分局。\n{office} {s}{end}\n電話：{ph}",
        p=p.v, h=g.hon(p) or "君", d1=g.day(), e=g.email(p), y=str(g.roc_year() - 1), d2=g.day(),
        office=office, s=g.person().v, end=g.ch((" 敬上", "")), ph=g.phone("land", ext=True),
    )  # fmt: skip


def _tax_address(g: _Gen) -> Parts:
    p = g.anyone()
    o, c = g.ch((("（", "）"), (" ", " "), ("，身分證", "，")))
    return _f(
        "納稅義務人{p}{o}{id}{c}{how}{a1}。原寄{a2}{why}已重新寄送。",
        p=p.v, o=o, c=c, id=_resident_id(g, p), how=g.ch(("申請變更通訊地址為", "來函更正地址：")),
        a1=g.address(), a2=g.address(),
        why=g.ch(("之退稅支票遭退件，", "之核定通知書查無此人，")),
    )  # fmt: skip


def _tax_dependent(g: _Gen) -> Parts:
    p = g.person(g.ch(("adult", "adult", "indigenous")))
    parent = g.person("elder")
    rel = "父親" if parent.sex == "M" else "母親"
    verdict = g.ch(
        ("經查該員另由其兄弟申報扶養，重複列報，應剔除。", "符合年滿70歲規定，免稅額准予增加50%。")
    )
    return _f(
        "{y}年度申報案件更正：{p}申報扶養其{rel}{q}（{b}生，{idw}{id}），{v}",
        y=str(g.roc_year() - 1), p=p.v, rel=rel, q=parent.v, b=_tw_birth(g, 1930, 1954),
        idw=g.ch(("身分證", "ID ", "身分證字號：")), id=g.twid(parent.sex), v=verdict,
    )  # fmt: skip


def _tax_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    y = g.roc_year()
    if k == 0:
        region, word = g.ch(
            (
                ("北區", "北區國稅法"),
                ("中區", "中區國稅綜所"),
                ("南區", "南區國稅審一"),
                ("臺北", "財北國稅綜所"),
                ("高雄", "財高國稅綜所"),
            )
        )
        return [
            f"財政部{region}國稅局{g.day()}{g.docno(word)}函：{y - 1}年度綜合所得稅"
            f"第{g.n(1, 3)}批退稅款訂於{g.day()}撥入納稅義務人帳戶，未能入帳者改寄退稅支票，"
            f"依{g.ch(_STATUTES[3:5])}辦理。"
        ]
    if k == 1:
        return [
            f"本週臨櫃退稅查詢 {g.n(20, 300)} 件，其中帳戶錯誤 {g.n(1, 20)} 件、"
            f"支票逾期 {g.n(0, 10)} 件、詢問試算 {g.n(5, 80)} 件。\n"
            f"簡訊通知已於{g.day()}發送，請同仁方便時協助說明退稅時程。"
        ]
    if k == 2:
        return [
            f"{g.ch(_COMPANIES)}（統一編號 {g.ban_no()}）申請退還{y - 1}年溢付營業稅額"
            f"{g.amount(10000, 3000000)}，依加值型及非加值型營業稅法第39條規定審核，"
            f"案號{g.case_no()}，應於{g.day()}前補正進項憑證。"
        ]
    if k == 3:
        prize, money = g.ch((("六獎", "200元"), ("五獎", "1,000元"), ("四獎", "4,000元")))
        months = g.ch(("1-2", "3-4", "5-6", "7-8", "9-10", "11-12"))
        return [
            f"民眾持{months}月統一發票 {g.invoice()} 詢問兌獎，經核對為{prize}，獎金{money}；"
            "另說明雲端發票載具與退稅無涉。"
        ]
    return [
        f"退稅櫃檯注意事項（{g.day()}更新）\n"
        f"1. 退稅支票有效期限為1年，逾期請檢附{g.ch(('申請書', '原支票'))}辦理重開。\n"
        f"2. 綜合所得稅退稅款低於{g.ch(('100', '200'))}元者不予退還。\n"
        "3. 金額試算請以財政部電子申報繳稅服務網為準。\n"
        f"4. 收據編號 {g.invoice()} 之臨時收據作廢。"
    ]


# -- 漁港 ------------------------------------------------------------------------------------


def _port_berth(g: _Gen) -> Parts:
    cap = g.person(g.ch(("adult", "adult", "elder", "indigenous")), "M")
    start, end = g.days()
    parts = _f("【{port}漁港 船席申請】\n", port=g.ch(_PORTS))
    parts += [_kv(g, "漁船名"), g.vessel(), "　", _kv(g, "漁船統一編號"), g.vessel_reg(), "\n"]
    parts += [_kv(g, g.ch(("船長", "船主", "負責人"))), cap.v, "\n"]
    parts += [_kv(g, g.ch(("手機", "聯絡電話"))), g.phone(), "\n"]
    if g.p(0.5):
        parts += [_kv(g, "身分證字號"), g.twid("M"), "\n"]
    if g.p(0.4):
        parts += [_kv(g, "戶籍地址"), g.address(), "\n"]
    parts.append(f"申請泊區：第{g.n(1, 8)}泊區　期間：{start}至{end}")
    return parts


def _port_crew_change(g: _Gen) -> Parts:
    sep = g.ch(("\t", " / ", "｜", "  "))
    parts = _f("船員異動申報（{v}，{r}）{d}\n", v=g.vessel(), r=g.vessel_reg(), d=g.day())
    parts += [sep.join(("異動", "姓名", "國籍", "護照號碼", "出生日期")), "\n"]
    for _ in range(g.n(1, 4)):
        p = g.person("foreign_latin", "M" if g.p(0.9) else "F", g.ch("vvipt"))
        parts += [g.ch(("下船", "上船", "上船")), sep, p.v, sep, _NAT_NAMES[p.nat], sep]
        parts += [g.passport(p.nat), sep, _foreign_birth(g, 1970, 2004), "\n"]
    if g.p(0.6):
        parts += ["申報人：", g.person().v, "（", g.ch(_COMPANIES), "）", g.phone()]
    return parts


def _port_incident(g: _Gen) -> Parts:
    owner = g.person(g.ch(("adult", "elder")))
    crew = g.foreigner("M")
    o1, c1 = g.ch((("來電（", "）"), ("以電話 ", " "), ("來電", "")))
    o2, c2 = g.ch((("（居留證號", "）"), ("，統一證號", "，"), ("(ARC ", ")")))
    injury = g.ch(("收網時手部遭纜繩夾傷", "於甲板滑倒疑似骨折", "作業時遭魚鉤刺傷"))
    return _f(
        "{t} {v} 進港，船主{o}{o1}{ph}{c1}告知外籍船員{crew}{o2}{arc}{c2}{inj}，"
        "已由救護車送{h}。{end}",
        t=g.clock(), v=g.vessel(), o=owner.v, o1=o1, c1=c1, ph=g.phone(), crew=crew.v, o2=o2,
        c2=c2, arc=g.arc("M"), inj=injury, h=g.ch(_HOSPITALS),
        end=g.ch(("\n已通報海巡署及勞動部。", "\n請仲介協助翻譯。", "")),
    )  # fmt: skip


def _port_agent(g: _Gen) -> Parts:
    a = g.person()
    crew = g.foreigner("M")
    return _f(
        "{lead}{a}，{ph}，{e}\n代辦船員{crew}{what}事宜，{when}{d}{done}。",
        lead=g.ch(("仲介公司聯絡人 ", "聯絡窗口：", "仲介")), a=a.v, ph=g.phone(), e=g.email(a),
        crew=crew.v, what=g.ch(("之轉換雇主", "之岸置", "之出境")), when=g.ch(("已於", "預計")),
        d=g.day(), done=g.ch(("完成", "送件")),
    )  # fmt: skip


def _port_crewlist(g: _Gen) -> Parts:
    parts: Parts = [g.ch(("外籍船員名冊：\n", "Crew list\n", "在港船員清冊\n"))]
    for i in range(g.n(2, 5)):
        p = g.person("foreign_latin", "M", g.ch("vvipt"))
        ident = g.arc("M") if g.p(0.3) else g.passport(p.nat)
        parts += [f"{i + 1}. ", p.v, f" / {_NAT_CODES[p.nat]} / ", ident, " / "]
        parts += [_foreign_birth(g, 1970, 2004), "\n"]
    return parts


def _port_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    port = g.ch(_PORTS)
    if k == 0:
        start, end = g.days()
        return [
            f"{port}漁港{start}起辦理第{g.n(1, 8)}泊區浚渫工程，船席暫停使用至{end}，"
            f"依漁港法第14條公告周知。施工廠商：{g.ch(_COMPANIES)}。"
        ]
    if k == 1:
        return [
            f"{g.day()} {port}魚市場拍賣行情：鯖魚 {g.n(50, 900)} 箱，均價每公斤{g.n(20, 90)}元；"
            f"白帶魚 {g.n(10, 200)} 箱；黃魚 {g.n(1, 50)} 箱。石斑因颱風影響未進貨。"
        ]
    if k == 2:
        return [
            f"今日進港漁船：{g.vessel()}（{g.vessel_reg()}）、{g.vessel()}（{g.vessel_reg()}）、"
            f"{g.vessel()}。出港：{g.vessel()}。\n冰塊供應正常，加油站營業至18時。"
        ]
    if k == 3:
        name = g.ch(("凱米", "山陀兒", "康芮", "小犬", "海葵"))
        return [
            f"颱風{name}海上警報發布，{port}漁港自{g.clock()}起禁止漁船出港，請各船加強繫纜。"
            f"港區{g.ch(('江面', '洪水', '高潮位'))}警戒，依{g.ch(_STATUTES[6:8])}執行。"
        ]
    return [
        f"漁業署{g.docno('漁四')}函：{g.roc_year()}年度漁船用油補貼，"
        f"每公秉補貼{g.amount(1000, 9000)}，申請期限至{g.day()}止。"
        f"{g.ch(_COMPANIES)}（統一編號 {g.ban_no()}）為油品供應商。"
    ]


# -- 親師聯絡簿 -----------------------------------------------------------------------------


def _school_teacher_note(g: _Gen) -> Parts:
    note = g.ch(
        (
            "今天體育課跑步時跌倒，膝蓋擦傷，已由健康中心擦藥，請回家再留意。",
            "這週數學習作還有兩頁沒有訂正，麻煩協助督促。",
            "今天午餐後說肚子痛，已在保健室休息一節課。",
            "最近上課很專心，發表也很踴躍，值得鼓勵！",
            "和同學在走廊追逐，已提醒注意安全，請家長再叮嚀。",
        )
    )
    return _f(
        "{k}{hi}{note}\n{who}{t} {d}",
        k=g.person("child").v, hi=g.ch(("家長您好：", "爸爸媽媽好，", "家長好：")), note=note,
        who=g.ch(("導師 ", "老師 ", "")), t=g.person("adult").v, d=g.day(),
    )  # fmt: skip


def _school_parent_reply(g: _Gen) -> Parts:
    parent = g.person("adult", g.ch("MF"))
    msg = g.ch(
        (
            f"明天要帶孩子去{g.ch(_HOSPITALS)}回診，會請假一天。",
            "孩子這兩天咳嗽，麻煩老師提醒他多喝水。",
            "週五會由阿嬤來接，謝謝。",
        )
    )
    return _f(
        "老師您好，我是{k}的{role}{p}。{msg}{call}{ph}{end}",
        k=g.person("child").v, role="媽媽" if parent.sex == "F" else "爸爸", p=parent.v, msg=msg,
        call=g.ch(("有事請打", "有任何狀況請撥", "我的手機是")), ph=g.phone("mobile"),
        end=g.ch(("。", "，謝謝！", "")),
    )  # fmt: skip


def _school_emergency(g: _Gen) -> Parts:
    kid = g.person("child")
    parent = g.person(g.ch(("adult", "adult", "foreign_han", "indigenous")))
    rel = g.ch(("父", "父親", "監護人")) if parent.sex == "M" else g.ch(("母", "母親", "祖母"))
    head = f"{g.ch(_SCHOOLS)} {g.n(1, 6)}年{g.n(1, 12)}班 緊急聯絡資料\n"
    parts: Parts = [head, _kv(g, "學生姓名"), kid.v, "　", _kv(g, "座號"), f"{g.n(1, 30)}\n"]
    parts += [_kv(g, "出生日期"), _tw_birth(g, 2012, 2019), "\n"]
    if g.p(0.4):
        parts += [_kv(g, "身分證字號"), g.twid(kid.sex), "\n"]
    parts += [_kv(g, "緊急聯絡人"), parent.v, f"（{rel}）", g.phone("mobile"), "\n"]
    parts += [_kv(g, g.ch(("家中電話", "市話", "住家電話"))), g.phone("land", ext=False), "\n"]
    parts += [_kv(g, g.ch(("住址", "居住地址", "通訊地址"))), g.address()]
    return parts


def _school_newimmigrant(g: _Gen) -> Parts:
    mom = g.person("foreign_han", "F")
    return _f(
        "{k}的母親{m}（{nat}籍）{why}重要通知請以電話聯絡：{ph}。\n"
        "新住民子女教育補助申請表已收，母親居留證號{arc}，{st}",
        k=g.person("child").v, m=mom.v, nat=_NAT_NAMES[mom.nat],
        why=g.ch(("中文閱讀較吃力，", "平日在工廠輪班，")), ph=g.phone("mobile"), arc=g.arc("F"),
        st=g.ch(("待補存摺影本。", "資料齊全。")),
    )  # fmt: skip


def _school_list(g: _Gen) -> Parts:
    title = g.ch(
        ("校外教學回條未交：\n", "午餐費尚未繳交名單\n", "今日未帶聯絡簿：", "家長日出席：")
    )
    parts: Parts = [title]
    inline = not title.endswith("\n")
    bullet = g.ch(("- ", "・", "#", ""))
    k = g.n(2, 6)
    for i in range(k):
        if inline:
            parts += [g.person("child").v, "、" if i < k - 1 else "。"]
        else:
            mark = f"{i + 1}. " if bullet == "#" else bullet
            parts += [mark, g.person("child").v, "\n"]
    return parts


def _school_insurance(g: _Gen) -> Parts:
    parts = _f(
        "{s}校外教學保險名冊（{d}）\n姓名 身分證字號 出生日期\n", s=g.ch(_SCHOOLS), d=g.day()
    )
    for _ in range(g.n(2, 5)):
        k = g.person("child")
        parts += [k.v, " ", g.twid(k.sex), " ", _tw_birth(g, 2012, 2019), "\n"]
    return parts


def _school_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    if k == 0:
        where = g.ch(("川堂", "司令台前", "校門口"))
        return [
            f"明天（{g.day()}）校外教學，請穿運動服、帶水壺與雨具，{g.clock()}在{where}集合，"
            f"請勿攜帶零食（如{g.ch(_PRODUCTS)}）。"
        ]
    if k == 1:
        return [
            f"今日作業：\n1. 國語習作第{g.n(1, 14)}課\n2. 數學課本第{g.n(10, 120)}頁\n"
            "3. 圈詞：黃昏、游泳、高興、方便、林業\n4. 簽名：週末作業單"
        ]
    if k == 2:
        return [
            f"班費收支（{g.day()}）：上期結餘{g.amount(500, 9000)}，"
            f"購買彩色筆{g.amount(100, 900)}，"
            f"{g.ch(_PRODUCTS)}獎勵品{g.amount(100, 900)}。收據編號 {g.invoice()}。"
        ]
    if k == 3:
        return [
            f"{g.ch(_SCHOOLS)}{g.day()}家長日，{g.clock()}於各班教室舉行，"
            "依國民教育法第20條說明本學期課程計畫。"
            f"{g.ch(('周末', '連假'))}期間請注意孩子用水安全，勿至溪邊戲水。"
        ]
    start, end = g.days()
    return [
        f"學校{g.docno('北市中山小學')}通知：{start}至{end}進行流感疫苗接種，"
        f"同意書請於{start}前繳回導師。費用由政府全額補助。"
    ]


# -- 游泳池 ----------------------------------------------------------------------------------


def _pool_incident_form(g: _Gen) -> Parts:
    p = g.anyone()
    year = g.n(1945, 2017)
    parts: Parts = ["事故紀錄\n", _kv(g, "日期"), f"{g.day()} {g.clock()}\n"]
    parts += [_kv(g, "地點"), f"{g.ch(_POOLS)}（第{g.n(1, 8)}水道）\n"]
    parts += [_kv(g, "當事人"), p.v, f"，{2024 - year}歲\n"]
    if g.p(0.5):
        birth = _foreign_birth(g, year, year) if p.nat != "tw" else _tw_birth(g, year, year)
        parts += [_kv(g, "出生日期"), birth, "\n"]
    parts += [_kv(g, "聯絡電話"), g.phone(), "\n"]
    what = g.ch(
        (
            "於深水區抽筋，救生員下水救起，意識清楚。",
            "跳水撞擊池底，頭部擦傷，已冰敷。",
            "池畔奔跑滑倒，右腕疼痛。",
            "於SPA區疑似低血糖昏沉，給予糖水後好轉。",
        )
    )
    parts.append(f"經過：{what}\n")
    if g.p(0.5):
        parts += ["後送：", g.ch(_HOSPITALS), "，健保卡號 ", g.nhi(), "\n"]
    parts += [g.ch(("救生員：", "處理人：", "值班救生員 ")), g.person().v]
    return parts


def _pool_quick(g: _Gen) -> Parts:
    kid = g.person("child")
    parent = g.person("adult", "F" if g.p(0.7) else "M")
    o, c = g.ch((("（", "）"), (" ", " ")))
    return _f(
        "{t} 兒童池 一名{kind}（{k}，{b}生）{what}，救生員{gd}{act}，{role}{p}{o}{ph}{c}到場{end}",
        t=g.clock(), kind="男童" if kid.sex == "M" else "女童", k=kid.v, b=_tw_birth(g, 2013, 2020),
        what=g.ch(("滑倒撞到下巴", "被溜滑梯擦傷背部", "嗆水咳嗽")), gd=g.person().v,
        act=g.ch(("冰敷處理", "檢查無大礙", "協助上岸觀察")),
        role="母親" if parent.sex == "F" else "父親", p=parent.v, o=o, c=c, ph=g.phone("mobile"),
        end=g.ch(("帶回。", "，表示會自行就醫。", "，已簽名確認。")),
    )  # fmt: skip


def _pool_card(g: _Gen) -> Parts:
    p = g.anyone()
    return _f(
        "{who}{p}{what}{how}{sp}{card} 支付{amt}。{where}{a}。",
        who=g.ch(("會員", "民眾")), p=p.v,
        what=g.ch(("遺失季票，", "申請補辦會員卡，", "購買月票，")),
        how=g.ch(("刷卡", "以信用卡")), sp=g.ch((" ", "")), card=g.card(),
        amt=g.amount(300, 6000), where=g.ch(("新卡已寄至", "收據寄送地址：")), a=g.address(),
    )  # fmt: skip


def _pool_complaint(g: _Gen) -> Parts:
    p = g.anyone()
    said = g.ch(
        (
            "更衣室地板太滑，我媽媽差點跌倒，你們要不要處理？",
            "晚上八點後水溫明顯偏低，小朋友冷到發抖。",
            "快速水道常有人逆向游，救生員都不管。",
        )
    )
    o, c = g.ch((("承辦 ", ""), ("（管理組 ", "）")))
    return _f(
        "{who}{p}{how}{said}」\n{reply} {e}。{o}{s}{c}",
        who=g.ch(("民眾", "泳客", "會員")), p=p.v, how=g.ch(("反映：「", "來信表示：「")),
        said=said, reply=g.ch(("回覆寄至", "已回信至", "請回覆至")), e=g.email(p), o=o, c=c,
        s=g.person().v,
    )  # fmt: skip


def _pool_ambulance(g: _Gen) -> Parts:
    p = g.anyone()
    o, c = g.wrap()
    parts = _f(
        "{d} {t} {pool}\n溺水事件：{p}{o}{sex}{c}於深水區沉底，經救生員拉起施行CPR，"
        "{m}分鐘後恢復自主呼吸，119送{h}。\n{idw}{id}\n",
        d=g.day(), t=g.clock(), pool=g.ch(_POOLS), p=p.v, o=o, c=c, sex=_sex(p),
        m=str(g.n(1, 5)), h=g.ch(_HOSPITALS), idw=g.ch(("身分證：", "證號：", "ID：")),
        id=_resident_id(g, p),
    )  # fmt: skip
    if g.p(0.5):
        parts += ["健保卡號：", g.nhi(), "\n"]
    parts += ["家屬：", g.person().v, " ", g.phone(), "\n"]
    if g.p(0.5):
        parts += ["住址：", g.address(), "\n"]
    parts += ["通報 ", g.case_no()]
    return parts


def _pool_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    pool = g.ch(_POOLS)
    if k == 0:
        return [
            f"{g.day()} 水質檢測：餘氯 {g.n(3, 15) / 10:.1f} ppm、pH {g.n(70, 78) / 10:.1f}、"
            f"水溫 {g.n(260, 300) / 10:.1f}°C，符合游泳池管理規範第5點水質標準。"
        ]
    if k == 1:
        start, end = g.days()
        return [f"{pool}{start}至{end}歲修，暫停開放，會員效期順延{g.n(7, 30)}日。"]
    if k == 2:
        return [
            f"救生員排班（{g.day()}）：早班 {g.n(2, 4)} 名、"
            f"午班 {g.n(2, 4)} 名、晚班 {g.n(2, 4)} 名。高溫時段加開戶外池，請加強巡查。"
        ]
    if k == 3:
        start, end = g.days()
        return [
            f"失物招領：黑色蛙鏡一副、{g.ch(('象印', '膳魔師', '虎牌'))}保溫瓶一只、"
            "粉紅色泳帽一頂，"
            f"於{start}在女更衣室拾獲，請至櫃檯認領，保管至{end}。"
        ]
    return [
        f"票價公告：全票{g.n(80, 150)}元、優待票{g.n(40, 90)}元、"
        f"{g.ch(('金卡', '白金卡'))}月票{g.amount(800, 3000)}。"
        f"依{g.docno('府體營')}函調整，自{g.day()}起實施。"
    ]


# -- 土地徵收 --------------------------------------------------------------------------------


def _owner(g: _Gen) -> _P:
    return g.person(g.ch(("adult", "elder", "elder", "indigenous")))


def _land_minutes(g: _Gen) -> Parts:
    place = g.ch(("大園區", "林邊鄉", "寶山鄉", "溪州鄉", "七股區"))
    room = g.ch(("活動中心", "區公所禮堂", "鄉立圖書館會議室"))
    parts = _f(
        "{proj}用地取得 第{n}次公聽會會議紀錄\n時間：{d} {t}\n地點：{place}{room}\n"
        "主持人：{org}{title}{chair}　記錄：{rec}\n出席所有權人：",
        proj=g.ch(_PROJECTS), n=str(g.n(1, 3)), d=g.day(), t=g.clock(), place=place, room=room,
        org=g.ch(("地政局", "工務處", "鄉公所")), title=g.ch(("副局長 ", "科長 ", "秘書 ")),
        chair=g.person().v, rec=g.person().v,
    )  # fmt: skip
    k = g.n(2, 5)
    for i in range(k):
        parts += [_owner(g).v, "、" if i < k - 1 else "（詳簽到簿）"]
    return parts


def _land_statement(g: _Gen) -> Parts:
    said = g.ch(
        (
            "我這塊地是阿公留下來的，你們用公告現值加四成就要徵收，太便宜了！",
            "房子後面那條排水溝要先做好，不然每次下雨都淹水。",
            "補償費可以分期給嗎？我們家三兄弟還沒協調好。",
            "我不同意，要求重新查估市價。",
        )
    )
    answer = g.ch(
        (
            "依土地徵收條例第30條，按徵收當期市價補償，本案已送地價評議委員會評定。",
            "所陳意見將納入會議紀錄並函復。",
            "排水改善已納入細部設計。",
        )
    )
    return _f(
        "所有權人{o}{lp}{plot}）發言：「{said}」\n回應（{org} {r}）：{ans}",
        o=_owner(g).v, lp=g.ch(("（", "（土地：")), plot=g.plot(), said=said,
        org=g.ch(("需地機關", "地政局", "工程顧問公司")), r=g.person().v, ans=answer,
    )  # fmt: skip


def _land_table(g: _Gen) -> Parts:
    sep = g.ch(("\t", "｜", "  "))
    parts: Parts = [sep.join(("編號", "地號", "所有權人", "住址", "電話")), "\n"]
    for i in range(g.n(2, 4)):
        o = g.person(g.ch(("adult", "elder")))
        parts += [str(i + 1), sep, g.plot(), sep, o.v, sep, g.address(), sep, g.phone(), "\n"]
    return parts


def _land_compensation(g: _Gen) -> Parts:
    o = g.person(g.ch(("adult", "elder")))
    return _f(
        "{who}：{o}\n{idw}：{id}\n{aw}：{a}\n徵收土地：{plot}，面積{area}平方公尺\n"
        "補償費：{amt}（含加成補償），{when}{d}{end}",
        who=g.ch(("受領人", "土地所有權人", "補償費領取人")), o=o.v,
        idw=g.ch(("身分證統一編號", "身分證字號")), id=g.twid(o.sex),
        aw=g.ch(("戶籍地址", "通訊地址")), a=g.address(), plot=g.plot(),
        area=f"{g.n(20, 2000)}.{g.n(10, 99)}", amt=g.amount(100000, 30000000),
        when=g.ch(("已存入保管專戶，", "訂於")), d=g.day(), end=g.ch(("發放。", "起領取。")),
    )  # fmt: skip


def _land_heir(g: _Gen) -> Parts:
    heir = g.person("adult")
    parts = _f(
        "原所有權人{dead}已於{d}死亡，繼承人{heir}（{b}{born}檢附繼承系統表申請領取補償費。",
        dead=g.person("elder").v, d=g.day(), heir=heir.v, b=_tw_birth(g, 1950, 1990),
        born=g.ch(("生）", "出生）")),
    )  # fmt: skip
    if g.p(0.6):
        sep = g.ch((" ", "："))
        parts += ["聯絡電話", sep, g.phone(), "；信箱", sep, g.email(heir)]
    else:
        parts += ["其他繼承人", g.person().v, "、", g.person().v, "已出具同意書。"]
    return parts


def _land_neg(g: _Gen) -> Parts:
    k = g.n(0, 4)
    proj = g.ch(_PROJECTS)
    if k == 0:
        start, end = g.days()
        return [
            f"本府{g.day()}{g.docno('府授地徵')}公告：{proj}徵收{g.plot()}等{g.n(5, 300)}筆土地，"
            f"公告期間30日，自{start}起至{end}止，依土地徵收條例第18條辦理。"
        ]
    if k == 1:
        return [
            f"{proj}協議價購價格：第{g.n(1, 9)}地價區段市價每平方公尺{g.amount(8000, 90000)}，"
            f"第{g.n(1, 9)}區段{g.amount(8000, 90000)}，"
            f"已提{g.roc_year()}年第{g.n(1, 4)}次地價評議委員會審議。"
        ]
    if k == 2:
        place = g.ch(("大園區", "林邊鄉", "寶山鄉"))
        return [
            f"本次公聽會訂於{g.day()}{g.clock()}假{place}活動中心舉行，"
            "歡迎土地所有權人及利害關係人出席。會議資料已公開於區公所公布欄。"
        ]
    if k == 3:
        return [
            f"依{g.ch(_STATUTES[:3])}規定，徵收補償費應於公告期滿後15日內發給。"
            f"本案案號{g.case_no()}，工程顧問：{g.ch(_COMPANIES)}（統一編號{g.ban_no()}）。"
        ]
    use = g.ch(("旱田", "林業用地", "石材堆置場", "陳列倉庫"))
    return [
        f"{g.plot()}、{g.plot()}現況為{use}，地上物含{g.ch(('鐵皮屋', '果樹', '墳墓'))}，"
        f"查估金額{g.amount(50000, 5000000)}。高速公路北側部分免徵。"
    ]


_POSITIVE = (
    (
        _blood_form, _blood_reaction, _blood_followup, _blood_table, _blood_speech,
        _blood_newresident,
    ),
    (_tax_complaint, _tax_card, _tax_migrant, _tax_email_reply, _tax_address, _tax_dependent),
    (_port_berth, _port_crew_change, _port_incident, _port_agent, _port_crewlist),
    (
        _school_teacher_note, _school_parent_reply, _school_emergency, _school_newimmigrant,
        _school_list, _school_insurance,
    ),
    (_pool_incident_form, _pool_quick, _pool_card, _pool_complaint, _pool_ambulance),
    (_land_minutes, _land_statement, _land_table, _land_compensation, _land_heir),
)  # fmt: skip
_NEGATIVE = (_blood_neg, _tax_neg, _port_neg, _school_neg, _pool_neg, _land_neg)
GENRES = ("捐血中心", "退稅", "漁港", "親師聯絡簿", "游泳池", "土地徵收")


def generate_heldout35(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        genre = rng.randrange(len(GENRES))
        if rng.random() < NEGATIVE_SHARE:
            text, _, _ = _build(_NEGATIVE[genre](g))
            samples.append(Sample(text, [], True, []))
            continue
        text, spans, known = _build(rng.choice(_POSITIVE[genre])(g))
        samples.append(Sample(text, spans, False, known))
    return samples, list(g.known_list)
