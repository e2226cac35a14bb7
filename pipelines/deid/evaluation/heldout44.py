"""Held-out set 44: synthetic, labelled free text of Taiwanese agency records.

Written without sight of the scanner, so the first measurement on it is an honest held-out
figure. Genres: vocational-training enrolment and allowance records, job-seeker and employer
registrations at employment-service stations, community elder-care points (dining sign-in
sheets, volunteer logs), labour-insurance injury / maternity / old-age claims, rent-subsidy
applications with landlord details, marriage and divorce registrations (foreign spouses too).

About a quarter of the samples are hard negatives: public or non-personal look-alikes only
(document, case and receipt numbers, companies' BANs, statutes, amounts, ordinary dates,
place, organisation, shop and product names, words beginning with a surname character).

Every value is synthetic; checksummed values are made valid with the identifier helpers.
"""

# CJK text counts double towards the line width; the templates read better unbroken.
# ruff: noqa: E501

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------------------------
# Name material (written for this set; no list is shared with the rest of the repository)
# --------------------------------------------------------------------------------------------


def _w(text: str) -> list[str]:
    """Whitespace-separated words."""
    return text.split()


_SURNAMES_COMMON = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江 何 蕭 羅 高 "
    "潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴"
)
_SURNAMES_MID = _w(
    "范 方 宋 鄧 杜 傅 侯 曹 薛 丁 卓 阮 馬 董 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 田 康 姜 白 "
    "汪 鄒 尤 巫 鐘 涂 龔 嚴 韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 "
    "章 史 官 萬 俞 雷 粘"
)
_SURNAMES_RARE = _w(
    "麥 殷 尹 包 孔 喬 龍 段 牛 霍 向 易 池 閻 寇 封 祝 滕 晏 皮 邢 車 樂 冉 岳 裴 左 屈 商 聶 "
    "桂 覃 繆 房 練 賈 宮 褚 符 黎 莫 鮑 冷 蒲 宗 郝 葛 鄔 巴 鞠 喻 苗 闕 戚 杭 卞 鄞 黨 湛 鈕 "
    "諶 笪 糜 蘭 利 全 華 凌 花 辜 柴 衛 蓋 景 盛 冀 居 武"
)
_SURNAMES_COMPOUND = _w(
    "歐陽 張簡 司徒 范姜 上官 諸葛 司馬 東方 夏侯 皇甫 公孫 慕容 端木 張廖 周黃"
)

_GIVEN_MODERN_F = _w(
    "怡君 雅婷 雅雯 佩君 佩珊 佳穎 佳蓉 欣怡 郁婷 思妤 詩涵 宜蓁 宜庭 品妍 子涵 芷晴 語彤 "
    "羽彤 亭妤 瑋婷 筱涵 家瑜 靜怡 婉婷 珮瑜 雅惠 雅玲 美君 惠雯 佳琪 詩婷 心怡 馨儀 玟君 "
    "怡萱 筱婷 宜臻 若瑜 書瑜 品萱 昀蓁 芳瑜 琬婷 雅筑 湘婷 于婷 思穎 韻如 育萱 舒涵 佳慧 "
    "佳玲 慧婷 惠如 瑞芬 玉婷 家綺 曉雯 嘉玲 以柔 沛緹 可欣 紫涵 芸熙 欣妤 宛蓉 采潔 詠晴 "
    "冠伶 奕君 怡伶 姿吟 郁雯 柔均"
)
_GIVEN_MODERN_M = _w(
    "志明 建宏 俊傑 家豪 冠宇 承翰 宗翰 柏翰 彥廷 冠廷 志豪 建志 俊宏 俊賢 宏明 偉民 偉倫 "
    "信宏 明哲 正宏 世昌 嘉宏 嘉偉 志偉 志強 啟明 耀文 宇軒 子翔 品睿 宥廷 睿恩 承恩 禹辰 "
    "昱廷 柏宇 哲瑋 政達 政宏 振宇 智傑 育誠 裕民 仁傑 嘉豪 詠翔 家銘 明翰 建良 俊毅 宏毅 "
    "庭瑋 冠霖 博文 韋成 彥均 尚恩 凱翔 宗霖 立偉 志軒 子豪 哲宇 浩然 秉諺 致遠 文傑 健誠 "
    "瑞祥 俊男 書緯 士弘 銘哲 奕辰 宸睿 承佑 伯鈞 孟儒 淳安"
)
_GIVEN_ELDER_F = _w(
    "淑芬 淑惠 美玲 淑娟 美惠 麗華 秀英 秀琴 秀蘭 玉蘭 玉英 玉梅 美珠 月娥 阿香 阿桃 阿滿 "
    "罔市 罔腰 金枝 金蓮 春桃 秀鳳 寶珠 月霞 玉葉 碧霞 彩雲 素珠 素貞 麗卿 麗娟 惠美 惠玲 "
    "秋月 秋菊 春美 春嬌 玉珍 玉霞 麗雪 麗珍 淑貞 淑華 淑玲 淑敏 慧玲 素娥 碧玉 翠玉 幸子 "
    "春子 秀子 信子 和子 錦雲 阿粉 阿綢 招治 月桂 金鳳"
)
_GIVEN_ELDER_M = _w(
    "文雄 文彬 明輝 國華 國榮 國雄 振興 金龍 清水 水木 添丁 火旺 萬福 天賜 朝宗 榮華 進財 "
    "金水 勝雄 坤山 炳煌 正雄 正義 永福 永昌 永祥 明德 世明 啟文 德勝 福來 阿土 阿財 金城 "
    "文正 光明 重義 再興 松柏 茂林 清泉 石松 旺來 錦堂 春生 有福 俊雄 順德 添福 連發"
)
_GIVEN_ONE = _w(
    "浩 芳 娟 婷 傑 豪 偉 強 敏 靜 瑜 琪 蓉 玲 輝 明 誠 勇 華 萍 鈞 翔 宏 鴻 潔 薇 霖 昕 睿 穎 嵐 哲 平 娜 瑄 凱 毅 琳"
)

# Names of well-known public people that random combination could produce.
_FAMOUS = frozenset(_w("林俊傑 王建民 陳水扁 馬英九 蔡英文 柯文哲 郭台銘 周杰倫 張惠妹"))

_VN_SURNAMES = [
    ("NGUYEN", "Nguyễn", "阮"), ("TRAN", "Trần", "陳"), ("LE", "Lê", "黎"),
    ("PHAM", "Phạm", "范"), ("HOANG", "Hoàng", "黃"), ("HUYNH", "Huỳnh", "黃"),
    ("VO", "Võ", "武"), ("DANG", "Đặng", "鄧"), ("BUI", "Bùi", "裴"), ("DO", "Đỗ", "杜"),
    ("NGO", "Ngô", "吳"), ("DUONG", "Dương", "楊"), ("LY", "Lý", "李"), ("PHAN", "Phan", "潘"),
    ("TRINH", "Trịnh", "鄭"),
]  # fmt: skip
_VN_GIVEN_F = [
    ("HOA", "Hoa", "花"), ("LAN", "Lan", "蘭"), ("MAI", "Mai", "梅"), ("HUONG", "Hương", "香"),
    ("HANG", "Hằng", "恆"), ("THAO", "Thảo", "草"), ("LINH", "Linh", "玲"),
    ("TRANG", "Trang", "妝"), ("NHUNG", "Nhung", "絨"), ("HANH", "Hạnh", "幸"),
    ("PHUONG", "Phương", "芳"), ("TUYET", "Tuyết", "雪"), ("NGA", "Nga", "娥"),
    ("THU", "Thu", "秋"), ("YEN", "Yến", "燕"), ("DUNG", "Dung", "蓉"), ("DIEM", "Diễm", "艷"),
]  # fmt: skip
_VN_GIVEN_M = [
    ("HUNG", "Hùng", "雄"), ("TUAN", "Tuấn", "俊"), ("NAM", "Nam", "南"), ("LONG", "Long", "龍"),
    ("SON", "Sơn", "山"), ("QUANG", "Quang", "光"), ("DUC", "Đức", "德"), ("HIEU", "Hiếu", "孝"),
    ("HAI", "Hải", "海"), ("THANG", "Thắng", "勝"),
]  # fmt: skip
_VN_MIDDLE = [("NGOC", "Ngọc", "玉"), ("THANH", "Thanh", "清"), ("MINH", "Minh", "明"),
              ("KIM", "Kim", "金"), ("HONG", "Hồng", "紅")]  # fmt: skip
_ID_PARTS = [
    ("SITI", "西蒂"), ("AMINAH", "阿米娜"), ("SRI", "絲莉"), ("WAHYUNI", "瓦尤妮"),
    ("DEWI", "黛薇"), ("LESTARI", "勒絲塔莉"), ("NUR", "努兒"), ("HALIMAH", "哈莉瑪"),
    ("EKA", "艾卡"), ("PUTRI", "普特麗"), ("WULAN", "烏蘭"), ("SARI", "莎莉"), ("RINA", "莉娜"),
    ("AGUS", "阿古斯"), ("BUDI", "布迪"), ("SANTOSO", "桑托索"), ("ANDI", "安迪"),
    ("PRATAMA", "普拉塔瑪"), ("YULIANA", "尤莉安娜"), ("SUSANTI", "蘇珊蒂"),
    ("RAHAYU", "拉哈尤"), ("NINGSIH", "寧西"), ("FITRI", "菲特莉"), ("INDAH", "茵妲"),
    ("HANDAYANI", "韓達雅妮"), ("SETIAWAN", "瑟提亞萬"), ("MARYATI", "瑪莉雅蒂"),
    ("KUSNADI", "庫斯納迪"), ("LESTIANA", "蕾絲蒂安娜"),
]  # fmt: skip
_PH_GIVEN = [
    ("MARIA", "瑪麗亞"), ("JOCELYN", "喬瑟琳"), ("ROWENA", "羅薇娜"), ("MARICEL", "瑪莉賽"),
    ("JENNIFER", "珍妮佛"), ("ANALYN", "安娜琳"), ("CRISTINA", "克莉絲汀娜"),
    ("GRACE", "葛瑞絲"), ("MARK", "馬克"), ("JOHN PAUL", "約翰保羅"), ("LORNA", "蘿娜"),
    ("MYLENE", "米琳"), ("RODEL", "羅德"), ("JOVELYN", "裘薇琳"),
]  # fmt: skip
_PH_SURNAMES = [
    ("SANTOS", "桑托斯"), ("REYES", "雷耶斯"), ("DELA CRUZ", "德拉克魯茲"),
    ("BAUTISTA", "包蒂斯塔"), ("GARCIA", "賈西亞"), ("MENDOZA", "門多薩"),
    ("TORRES", "托雷斯"), ("RAMOS", "拉莫斯"), ("VILLANUEVA", "維拉紐瓦"),
    ("CASTILLO", "卡斯蒂略"), ("FERNANDEZ", "費南德茲"), ("DIMAANO", "迪馬阿諾"),
]  # fmt: skip
_TH_GIVEN = [
    ("SOMCHAI", "宋猜"), ("SOMSAK", "宋薩"), ("NATTAPONG", "納塔蓬"), ("ANONG", "阿儂"),
    ("MALEE", "瑪莉"), ("SUDA", "蘇妲"), ("PRANEE", "帕妮"), ("WANIDA", "瓦妮達"),
    ("KANYA", "甘雅"), ("SOMPONG", "宋蓬"), ("PRASERT", "帕瑟"), ("BOONMEE", "文米"),
]  # fmt: skip
_TH_SURNAMES = [
    ("SRISUK", "西素"), ("SAENGTHONG", "生通"), ("KAEWMANEE", "蓋瑪尼"),
    ("CHAIYAPORN", "猜亞蓬"), ("PHROMMA", "蓬瑪"), ("THONGDEE", "通迪"), ("BOONSRI", "文西"),
    ("INTHARAT", "因塔拉"),
]  # fmt: skip
_INDIG = [
    ("Panay", "巴奈"), ("Kolas", "谷拉斯"), ("Ofad", "歐法"), ("Mayaw", "馬耀"),
    ("Sawmah", "沙瑪"), ("Calaw", "查勞"), ("Afan", "阿芳"), ("Lekal", "勒嘎"),
    ("Kacaw", "卡造"), ("Hana", "哈娜"), ("Ikar", "伊卡"), ("Nakaw", "那告"),
    ("Futing", "芙丁"), ("Lisin", "里信"), ("Namoh", "娜莫"), ("Tipos", "蒂波絲"),
    ("Watan", "瓦旦"), ("Yukan", "尤幹"), ("Walis", "瓦歷斯"), ("Yabu", "雅布"),
    ("Pisuy", "比穗"), ("Tali", "達利"), ("Batu", "巴度"), ("Hayung", "哈勇"),
    ("Siyat", "希雅特"), ("Losin", "羅信"), ("Pasang", "巴尚"), ("Temu", "鐵木"),
    ("Yayut", "雅幽"), ("Iwan", "伊萬"), ("Tama", "達瑪"), ("Biung", "比勇"),
    ("Savi", "莎薇"), ("Tjinuay", "金努艾"), ("Ljumi", "露米"), ("Sakinu", "撒基努"),
    ("Umav", "烏瑪芙"), ("Valis", "瓦利斯"),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Places, organisations, things
# --------------------------------------------------------------------------------------------

_CITY_TEXT = """
臺北市:中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 北投區112 內湖區114 南港區115 文山區116
新北市:板橋區220 汐止區221 新店區231 永和區234 中和區235 土城區236 三峽區237 樹林區238 鶯歌區239 三重區241 新莊區242 林口區244 蘆洲區247 淡水區251
桃園市:中壢區320 平鎮區324 龍潭區325 楊梅區326 桃園區330 龜山區333 八德區334 大園區337 蘆竹區338
臺中市:中區400 東區401 南區402 西區403 北區404 北屯區406 西屯區407 南屯區408 太平區411 大里區412 霧峰區413 豐原區420 沙鹿區433 清水區436 大甲區437
臺南市:中西區700 東區701 南區702 北區704 安平區708 安南區709 永康區710 歸仁區711 佳里區722 新營區730 善化區741
高雄市:新興區800 前金區801 苓雅區802 鹽埕區803 鼓山區804 前鎮區806 三民區807 楠梓區811 小港區812 左營區813 岡山區820 鳳山區830 大寮區831 林園區832
基隆市:仁愛區200 信義區201 中正區202 七堵區206
新竹市:東區300 北區300 香山區300
新竹縣:竹北市302 湖口鄉303 新豐鄉304 竹東鎮310
苗栗縣:竹南鎮350 頭份市351 苑裡鎮358 苗栗市360
彰化縣:彰化市500 鹿港鎮505 和美鎮508 員林市510 溪湖鎮514
南投縣:南投市540 草屯鎮542 埔里鎮545 信義鄉556 竹山鎮557
雲林縣:斗南鎮630 虎尾鎮632 斗六市640 西螺鎮648 北港鎮651
嘉義市:東區600 西區600
嘉義縣:水上鄉608 太保市612 朴子市613 民雄鄉621
屏東縣:屏東市900 三地門鄉901 內埔鄉912 潮州鎮920 東港鎮928 恆春鎮946
宜蘭縣:宜蘭市260 頭城鎮261 礁溪鄉262 羅東鎮265 蘇澳鎮270
花蓮縣:花蓮市970 秀林鄉972 吉安鄉973 鳳林鎮975 光復鄉976 玉里鎮981
臺東縣:臺東市950 卑南鄉954 關山鎮956 成功鎮961 太麻里鄉963
澎湖縣:馬公市880
金門縣:金城鎮893
"""


def _parse_cities(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for line in text.strip().splitlines():
        city, rest = line.split(":")
        out.append((city, [(item[:-3], item[-3:]) for item in rest.split()]))
    return out


_CITIES = _parse_cities(_CITY_TEXT)
_ROADS = _w(
    "中正路 中山路 民生路 民族路 民權路 復興路 建國路 和平路 成功路 光復路 自由路 忠孝路 "
    "仁愛路 信義路 文化路 中華路 大同路 新生路 公園路 府前路 站前路 永安街 福德街 興隆路 "
    "三民路 中興路 平和街 光明路 長春路 育英街 延平路 博愛路 公正街 新興路 大仁街 勝利路 "
    "正義路 友愛街 青年路 和興路 光華街 環河路 學府路 園林路 四維路 八德路 文昌街 福興路"
)
_CITY_ROADS = {
    "臺北市": _w("羅斯福路 忠孝東路 基隆路 南京東路 和平東路 林森北路 承德路 木柵路 辛亥路"),
    "高雄市": _w("中華一路 九如二路 自由一路 博愛二路 建工路 青年一路 澄清路"),
    "臺中市": _w("臺灣大道 文心路 崇德路 五權路 大墩路 向上路"),
    "臺南市": _w("永華路 東寧路 金華路 小東路 公園南路"),
    "新北市": _w("四川路 中央路 景平路 重新路 中山北路"),
}
_VILLAGES = _w(
    "福興 新興 大同 和平 永安 中興 仁和 長安 光明 文化 忠孝 信義 復興 新生 民生 東興 西勢 南勢 北勢 頂厝 下庄 大安 望美 溫泉 太平"
)

_COURSES = [
    "電腦輔助機械製圖班", "室內配線丙級實作班", "中餐烹調丙級養成班", "烘焙食品創業班",
    "照顧服務員訓練班", "數位行銷與電商實務班", "堆高機操作人員訓練班", "會計實務暨電腦應用班",
    "美容美髮技能班", "水電工程實務班", "智慧製造CNC車床班", "門市服務人員培訓班",
    "園藝治療與景觀維護班", "日語導遊領隊人員班", "網頁設計與程式入門班", "冷凍空調技術班",
]  # fmt: skip
_PLANS = ["失業者職前訓練", "產業人才投資方案", "在職勞工進修訓練", "新住民職業訓練",
          "待業者職前訓練", "原住民族職業訓練"]  # fmt: skip
_STATIONS = [
    "板橋就業中心", "三重就業中心", "桃園就業中心", "中壢就業中心", "臺中就業中心",
    "豐原就業中心", "彰化就業中心", "嘉義就業中心", "臺南就業中心", "高雄就業中心",
    "鳳山就業中心", "屏東就業中心", "花蓮就業中心", "臺東就業中心", "林口就業服務站",
    "楊梅就業服務站", "大里就業服務臺", "新營就業服務站", "岡山就業服務站", "羅東就業服務站",
]  # fmt: skip
_CARE_POINTS = [
    "福興社區關懷據點", "大安里社區照顧關懷據點", "永安社區發展協會關懷據點", "長青食堂",
    "溫泉部落文化健康站", "新生里長青共餐據點", "光明社區關懷站", "和平里松年關懷據點",
]  # fmt: skip
_CO_PREFIX = _w(
    "宏昌 建興 金順 永信 昇達 聯合 大豐 協和 富源 台盛 鼎新 佳茂 新光明 日勝 合隆 正大 益全 長榮興 裕隆發 三洋"
)
_CO_TRADE = _w("精密機械 食品 物流 電子 塑膠 營造 紡織 五金 印刷 環保科技 餐飲 保全 清潔 醫療器材")
_CO_FORM = ["股份有限公司", "有限公司", "企業社", "工業股份有限公司", "實業有限公司"]
_JOBS = ["作業員", "包裝員", "倉管人員", "門市人員", "廚房助手", "照顧服務員", "保全員",
         "清潔人員", "行政助理", "堆高機司機", "品管員", "外送員", "水電學徒", "會計助理"]  # fmt: skip
_RELATIONS = {
    "F": ["母", "配偶", "女兒", "姊姊", "妹妹", "阿姨"],
    "M": ["父", "配偶", "兒子", "哥哥", "弟弟", "舅舅"],
    "": ["配偶", "同居人", "朋友", "鄰居"],
}
_AGENCY = [
    "勞動部勞動力發展署", "勞動部勞工保險局", "臺北市政府勞動局", "新北市政府勞工局",
    "桃園市政府勞動局", "臺中市政府勞工局", "臺南市政府勞工局", "高雄市政府勞工局",
    "內政部國土管理署", "內政部移民署", "臺北市政府社會局", "高雄市政府社會局",
    "勞動部勞動力發展署北基宜花金馬分署", "勞動部勞動力發展署中彰投分署",
    "勞動部勞動力發展署高屏澎東分署", "臺中市大里區戶政事務所", "新北市板橋區戶政事務所",
]  # fmt: skip
_DOC_WORDS = ["府授工字", "勞動發管字", "勞動發訓字", "保普生字", "保職核字", "保老字",
              "北市勞就字", "新北勞資字", "內授國住字", "移署移字", "府社助字", "中市勞職字"]  # fmt: skip
_STATUTES = [
    "就業服務法第24條", "就業保險法第11條第1項第3款", "勞工保險條例第32條",
    "勞工保險條例第58條", "勞工職業災害保險及保護法第42條", "住宅法第9條",
    "戶籍法第9條", "民法第982條", "民法第1050條", "入出國及移民法第23條",
    "職業訓練法第4條", "老人福利法第17條", "個人資料保護法第8條", "就業保險促進就業實施辦法第18條",
]  # fmt: skip
_PRODUCTS = ["王子麵", "林鳳營鮮乳", "金蘭醬油", "黃金蜆精", "白蘭洗衣粉", "義美小泡芙",
             "統一肉燥麵", "桂格燕麥片", "萬家香醬油", "李錦記蠔油", "張君雅小妹妹點心麵",
             "愛之味花生麵筋", "泰山八寶粥"]  # fmt: skip
_SHOPS = ["林家米糕", "陳記蚵仔煎", "黃家麵店", "王記水餃", "全聯福利中心林口店",
          "阿水伯豆花", "劉媽媽便當", "吳家鹽水雞", "老張牛肉麵", "蔡記魯肉飯"]  # fmt: skip
_DISHES = ["白菜滷", "高麗菜炒木耳", "黃金泡菜", "金針排骨湯", "清蒸石斑", "麻婆豆腐",
           "番茄炒蛋", "紅燒獅子頭", "蒲瓜湯", "滷雞腿", "炒空心菜", "冬瓜蛤蜊湯",
           "地瓜稀飯", "洋蔥炒肉絲", "蒸南瓜"]  # fmt: skip
_SURNAME_WORDS = [
    "請於公布欄張貼公告。", "陳列室開放時間為上午9時至下午5時。", "黃昏時段另有健走活動。",
    "高齡長者請由家屬陪同。", "許可證影本請一併檢附。", "方案說明會另行通知。",
    "簡章內容以官網公告為準。", "施工期間請改由側門進出。", "金額以核定公文為準。",
    "包裝材料請分類回收。", "周邊道路施工，請提早出門。", "林業署教室另行借用。",
    "楊桃、甘蔗等時令水果由農會提供。", "夏季溫度高，請多補充水分。", "車輛請停放於指定區域。",
    "雷雨期間戶外活動取消。", "曾經申請者免附相同文件。", "康復期間請勿勉強參加。",
    "連續三個月未出席者視同放棄。", "石材工程已於上月完工。", "何時核撥請留意簡訊通知。",
    "洪水警戒期間暫停戶外課程。", "白天停車位有限。", "游泳池整修暫停開放。",
    "江邊步道暫停開放。", "田野調查成果於陳列室展示。", "范本請至網站下載。",
    "葉片清掃由環保志工負責。", "黎明時段請勿施放鞭炮。", "洪患期間配合防汛。",
]  # fmt: skip

_EMAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
                  "msa.hinet.net", "ms25.hinet.net", "pchome.com.tw", "icloud.com",
                  "livemail.tw", "seed.net.tw"]  # fmt: skip
_ROMAN_SUR = _w("chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung chiu "
              "tseng liao lai chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung "
              "yu peng chan")  # fmt: skip
_ROMAN_GIVEN = _w("yiting yachun chihming weichen hsiuying meiling shuhui chiahao tzuyu "
                "yuhsuan chienhung kuanyu peishan hsinyi junjie mingte yuting shihan "
                "chiaying tingwei wenhsiung yuchen pohan hueiling")  # fmt: skip

# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------

_FW_TABLE = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "\u3000"})
_ID_LETTERS = "ABCDEFGHJKMNPQTUVWXZ" + "ABEFHDNPT"  # weighted towards populous areas


def _fw(s: str) -> str:
    """Full-width form (０９１２, Ａ１２３...) as Taiwanese sources print it."""
    return s.translate(_FW_TABLE)


class _Person(NamedTuple):
    name: str
    known: bool


class _Doc:
    """Accumulates text and gold spans (start, end, label) in text order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.pos = 0

    def t(self, *texts: str) -> _Doc:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)
        return self

    def v(self, value: str, label: str) -> _Doc:
        if not value or value != value.strip():
            raise ValueError("span values are non-empty and stripped")
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))
        return self

    def per(self, p: _Person) -> _Doc:
        self.v(p.name, "PERSON")
        self.known.append(p.known)
        return self

    def text(self) -> str:
        return "".join(self.parts)


class _G:
    """Random value makers for one set (one ``random.Random``)."""

    def __init__(self, rng: random.Random, pools: dict[str, list[str]], known: frozenset[str]):
        self.r = rng
        self.pools = pools
        self.known = known
        self.fw = False  # whole document printed in full-width forms
        self.sex: dict[str, str] = {}  # "F" / "M" for names whose given name tells
        self.kinds: dict[str, str] = {}  # the kind each generated name was made as

    # ---- formatting ------------------------------------------------------------------------
    def w(self, s: str) -> str:
        """A structured value, full-width in full-width documents (and now and then)."""
        return _fw(s) if self.fw or self.r.random() < 0.03 else s

    def n(self, s: str) -> str:
        """An ordinary number in running text (full-width in full-width documents)."""
        return _fw(s) if self.fw else s

    def colon(self) -> str:
        return self.r.choice(["：", "：", "：", ":", "： "])

    # ---- names -----------------------------------------------------------------------------
    def _han(self, elder: bool) -> str:
        r = self.r
        x = r.random()
        if x < 0.05:
            sur = r.choice(_SURNAMES_COMPOUND)
        elif x < 0.6:
            sur = r.choice(_SURNAMES_COMMON)
        elif x < 0.85:
            sur = r.choice(_SURNAMES_MID)
        else:
            sur = r.choice(_SURNAMES_RARE)
        female = r.random() < (0.6 if elder else 0.5)
        old = r.random() < (0.8 if elder else 0.2)
        if r.random() < 0.08:
            given, sex = r.choice(_GIVEN_ONE), ""
        elif female:
            given, sex = r.choice(_GIVEN_ELDER_F if old else _GIVEN_MODERN_F), "F"
        else:
            given, sex = r.choice(_GIVEN_ELDER_M if old else _GIVEN_MODERN_M), "M"
        if elder and sex == "F" and len(sur) == 1 and r.random() < 0.35:
            sur = r.choice(_SURNAMES_COMMON + _SURNAMES_MID) + sur  # 冠夫姓: husband's first
        self.sex[sur + given] = sex
        return sur + given

    def _indig(self) -> str:
        r = self.r
        a, b = r.sample(_INDIG, 2)
        x = r.random()
        if x < 0.45:
            return a[1] + "‧" + b[1]
        if x < 0.65:
            return a[1] + "·" + b[1]
        if x < 0.8:
            return a[0] + " " + b[0]
        return a[0] + "‧" + b[0]

    def _vn(self) -> str:
        r = self.r
        sur = r.choice(_VN_SURNAMES)
        female = r.random() < 0.8
        mid = (
            ("THI", "Thị", "氏")
            if female and r.random() < 0.7
            else ("VAN", "Văn", "文")
            if not female and r.random() < 0.6
            else r.choice(_VN_MIDDLE)
        )
        given = r.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)
        x = r.random()
        if x < 0.4:
            name = sur[2] + mid[2] + given[2]
        elif x < 0.75:
            name = f"{sur[0]} {mid[0]} {given[0]}"
        elif x < 0.9:
            name = f"{sur[1]} {mid[1]} {given[1]}"
        else:
            name = " ".join(p.capitalize() for p in (sur[0], mid[0], given[0]))
        self.sex[name] = "F" if female else "M"
        return name

    def _id(self) -> str:
        r = self.r
        parts = r.sample(_ID_PARTS, r.choice([1, 2, 2, 2]))
        x = r.random()
        if x < 0.35:
            return "‧".join(p[1] for p in parts)
        if x < 0.85:
            return " ".join(p[0] for p in parts)
        return " ".join(p[0].capitalize() for p in parts)

    def _ph(self) -> str:
        r = self.r
        g, s = r.choice(_PH_GIVEN), r.choice(_PH_SURNAMES)
        x = r.random()
        if x < 0.3:
            return g[1] + "‧" + s[1]
        if x < 0.6:
            return f"{g[0]} {s[0]}"
        if x < 0.75:
            return f"{s[0]}, {g[0]}"
        if x < 0.88:
            return f"{g[0]} {r.choice('ABCDLMRS')}. {s[0]}"
        return f"{g[0].title()} {s[0].title()}"

    def _th(self) -> str:
        r = self.r
        g, s = r.choice(_TH_GIVEN), r.choice(_TH_SURNAMES)
        x = r.random()
        if x < 0.25:
            return g[1]
        if x < 0.45:
            return g[1] + "‧" + s[1]
        if x < 0.85:
            return f"{g[0]} {s[0]}"
        return f"{g[0].title()} {s[0].title()}"

    def fresh(self, kind: str) -> str:
        make: dict[str, Callable[[], str]] = {
            "han": lambda: self._han(False),
            "elder": lambda: self._han(True),
            "indig": self._indig,
            "vn": self._vn,
            "id": self._id,
            "ph": self._ph,
            "th": self._th,
        }
        while True:
            name = make[kind]()
            self.kinds.setdefault(name, kind)
            if name not in _FAMOUS:
                return name

    def person(self, kind: str = "han") -> _Person:
        """A person: half the time one from the known-names list, else a name in no list."""
        if kind == "foreign":
            kind = self.r.choice(_NATS)
        if self.r.random() < 0.5 and self.pools[kind]:
            return _Person(self.r.choice(self.pools[kind]), True)
        while True:
            name = self.fresh(kind)
            if name not in self.known:
                return _Person(name, False)

    def dual(self, kind: str) -> tuple[_Person, _Person]:
        """One person's name in Han script and in Latin script (Vietnamese or Indigenous)."""
        r = self.r
        if kind == "vn":
            sur, given = r.choice(_VN_SURNAMES), r.choice(_VN_GIVEN_F)
            mid = ("THI", "Thị", "氏") if r.random() < 0.7 else r.choice(_VN_MIDDLE)
            han, latin = sur[2] + mid[2] + given[2], f"{sur[0]} {mid[0]} {given[0]}"
        else:
            a, b = r.sample(_INDIG, 2)
            han, latin = a[1] + r.choice("‧·") + b[1], f"{a[0]} {b[0]}"
        for name in (han, latin):
            self.kinds.setdefault(name, kind)
            if kind == "vn":
                self.sex.setdefault(name, "F")
        return _Person(han, han in self.known), _Person(latin, latin in self.known)

    def foreign(self, p: _Person) -> bool:
        return self.kinds.get(p.name) in ("vn", "id", "ph", "th")

    def sexed(self, kind: str, want: str) -> _Person:
        """A person whose given name does not tell the other sex (draws a few times)."""
        for _ in range(30):
            p = self.person(kind)
            if self.sex.get(p.name, "") in ("", want):
                return p
        return p

    def id_of(self, d: _Doc, p: _Person, labels: tuple[str, str] = ("身分證", "居留證")) -> None:
        """The person's national ID, or resident certificate for a foreign resident."""
        if self.foreign(p):
            d.t(labels[1]).v(self.arc(), "TW_RESIDENT_CERT")
        else:
            d.t(labels[0]).v(self.twid(), "TW_NATIONAL_ID")

    def hon(self, p: _Person, formal: bool = False) -> str:
        """An honorific after the name, gendered only when the given name tells."""
        sex = self.sex.get(p.name, "")
        if sex == "F":
            return self.r.choice(["女士", "小姐"] if formal else ["小姐", "小姐", "姐", "女士"])
        if sex == "M":
            return self.r.choice(["先生"] if formal else ["先生", "先生", "大哥"])
        return self.r.choice(["君", ""] if formal else [""])

    def relation(self, p: _Person) -> str:
        return self.r.choice(_RELATIONS[self.sex.get(p.name, "")])

    def people(self, k: int, kind: str = "han") -> list[_Person]:
        out: list[_Person] = []
        while len(out) < k:
            p = self.person(kind)
            if p.name not in [q.name for q in out]:
                out.append(p)
        return out

    # ---- identifiers -----------------------------------------------------------------------
    def twid(self) -> str:
        r = self.r
        letter = r.choice(_ID_LETTERS)
        body = r.choice("12") + "".join(r.choice("0123456789") for _ in range(7))
        return self.w(letter + body + id_check_digit(letter, body))

    def arc(self) -> str:
        r = self.r
        letter = r.choice(_ID_LETTERS)
        tail = "".join(r.choice("0123456789") for _ in range(7))
        if r.random() < 0.6:
            second = r.choice("89")
            value = letter + second + tail + id_check_digit(letter, second + tail)
        else:
            second = r.choice("ABCD")
            code = str(LETTER_CODES[second] % 10)
            value = letter + second + tail + id_check_digit(letter, code + tail)
        return self.w(value)

    def nhi(self) -> str:
        r = self.r
        digits = r.choice(["0000", "0000", "0001", "0002"]) + "".join(
            r.choice("0123456789") for _ in range(8)
        )
        sep = r.choice(["", "", " ", "-"])
        return self.w(sep.join((digits[:4], digits[4:8], digits[8:])))

    def passport(self, nat: str = "tw") -> str:
        r = self.r

        def digits(k: int) -> str:
            return "".join(r.choice("0123456789") for _ in range(k))

        if nat == "tw":
            value = r.choice("33332") + digits(8)
        elif nat == "vn":
            value = r.choice("BCCN") + digits(7)
        elif nat == "id":
            value = r.choice(["A", "B", "X", "C", "E"]) + digits(7)
        elif nat == "ph":
            value = (
                "P" + digits(7) + r.choice("ABC")
                if r.random() < 0.7
                else r.choice(["EB", "EC", "XX"]) + digits(7)
            )
        else:
            value = r.choice(["AA", "AB", "AC", "AD"]) + digits(7)
        return self.w(value)

    def card(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "visa", "mc", "mc", "jcb", "amex", "up"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": ("5" + r.choice("12345"), 16),
            "jcb": ("35" + r.choice("2345678"), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "up": ("62", 16),
        }[kind]
        body = prefix + "".join(r.choice("0123456789") for _ in range(length - 1 - len(prefix)))
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                number = body + check
                break
        sep = r.choice([" ", " ", "-", ""])
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return self.w(sep.join(groups))

    # ---- phones ----------------------------------------------------------------------------
    def _mobile_digits(self) -> str:
        r = self.r
        for _ in range(30):
            d = "09" + r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(7))
            if phone.is_valid(d):
                return d
        return "0912" + "".join(r.choice("0123456789") for _ in range(6))

    def mobile(self) -> str:
        r = self.r
        d = self._mobile_digits()
        x = r.random()
        if x < 0.3:
            s = f"{d[:4]}-{d[4:7]}-{d[7:]}"
        elif x < 0.5:
            s = d
        elif x < 0.62:
            s = f"{d[:4]}-{d[4:]}"
        elif x < 0.74:
            s = f"{d[:4]} {d[4:7]} {d[7:]}"
        elif x < 0.78:
            s = f"{d[:4]}.{d[4:7]}.{d[7:]}"
        elif x < 0.86:
            s = f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
        elif x < 0.92:
            s = f"+886 {d[1:4]} {d[4:7]} {d[7:]}"
        elif x < 0.96:
            s = f"+886{d[1:]}"
        else:
            s = f"886-{d[1:4]}-{d[4:]}"
        return self.w(s)

    def _land_digits(self, area: str | None = None) -> tuple[str, str]:
        r = self.r
        areas = [("02", 8), ("02", 8), ("03", 7), ("037", 6), ("04", 8), ("04", 7), ("049", 7),
                 ("05", 7), ("06", 7), ("07", 7), ("07", 7), ("08", 7), ("089", 6), ("082", 6),
                 ("0826", 5), ("0836", 5)]  # fmt: skip
        code, k = next(a for a in areas if a[0] == area) if area else r.choice(areas)
        best = ""
        for _ in range(25):
            local = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(k - 1))
            if phone.is_valid(code + local):
                return code, local
            if not best and phone.is_plausible(code + local):
                best = local
        return code, best or ("2" + "3" * (k - 1))

    def landline(self, ext: bool = False, area: str | None = None) -> str:
        r = self.r
        code, local = self._land_digits(area)
        cut = {8: 4, 7: 3, 6: 2}.get(len(local), len(local))
        a, b = local[:cut], local[cut:]
        x = r.random()
        if not b:  # 0826 / 0836: five local digits, written unbroken
            s = r.choice([f"({code}){a}", f"{code}-{a}", code + a])
        elif x < 0.3:
            s = f"({code}){a}-{b}"
        elif x < 0.55:
            s = f"{code}-{a}-{b}"
        elif x < 0.7:
            s = f"{code}-{local}"
        elif x < 0.78:
            s = f"({code}) {a} {b}"
        elif x < 0.84:
            s = f"{code} {a} {b}"
        elif x < 0.9:
            s = code + local
        else:
            s = f"+886-{code[1:]}-{a}-{b}"
        if ext:
            e = "".join(r.choice("0123456789") for _ in range(r.choice([2, 3, 3, 4])))
            e = str(int(e) or 1) if e.startswith("0") else e
            s += r.choice([f"#{e}", f" 分機{e}", f"分機 {e}", f"轉{e}", f" ext. {e}", f" #{e}"])
        return self.w(s)

    def any_phone(self) -> str:
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    # ---- e-mail, address, dates --------------------------------------------------------------
    def email(self, name: str | None = None) -> str:
        r = self.r
        plain = unicodedata.normalize("NFKD", (name or "").replace("Đ", "D").replace("đ", "d"))
        latin = re.sub(r"[^a-z ]", "", plain.lower()).split()
        if latin and r.random() < 0.8:
            local = r.choice([".", "", "_"]).join(latin[:3])
        else:
            local = r.choice(_ROMAN_SUR) + r.choice([".", "", "_", ""]) + r.choice(_ROMAN_GIVEN)
            if r.random() < 0.3:
                local = r.choice(_ROMAN_GIVEN) + r.choice(_ROMAN_SUR)[:1]
        if r.random() < 0.45:
            local += str(r.choice([r.randint(1, 99), r.randint(1960, 2005), r.randint(100, 999)]))
        if r.random() < 0.06:
            local = "a" + self._mobile_digits()
        domain = r.choice(_EMAIL_DOMAINS)
        value = f"{local}@{domain}"
        if r.random() < 0.1:
            value = value.capitalize()
        return _fw(value) if self.fw and r.random() < 0.5 else value

    def address(self) -> str:
        r = self.r
        city, dists = r.choice(_CITIES)
        dist, zipc = r.choice(dists)
        out = ""
        if r.random() < 0.35:
            z = zipc if r.random() < 0.6 else zipc + f"{r.randint(1, 99):02d}"
            out += z + r.choice(["", " "])
        out += city.replace("臺", "台") if r.random() < 0.3 else city
        out += dist
        rural = dist.endswith("鄉")
        if rural or r.random() < 0.25:
            out += r.choice(_VILLAGES) + ("村" if rural else "里")
            if r.random() < 0.6:
                out += f"{r.randint(1, 30)}鄰"
        if rural and r.random() < 0.3:
            out += f"{r.randint(1, 120)}號"
            return self.w(out)
        road = r.choice(_ROADS + _CITY_ROADS.get(city, []))
        out += road
        if road.endswith("路") and road[-2] not in "一二三四" and r.random() < 0.35:
            out += r.choice(["一段", "二段", "三段", "四段"])
        if r.random() < 0.35:
            out += f"{r.randint(1, 400)}巷"
            if r.random() < 0.4:
                out += f"{r.randint(1, 30)}弄"
        num = r.randint(1, 350)
        y = r.random()
        if y < 0.1:
            out += f"{num}之{r.randint(1, 9)}號"
        else:
            out += f"{num}號"
        z = r.random()
        if z < 0.3:
            pass
        elif z < 0.6:
            out += f"{r.randint(2, 15)}樓"
        elif z < 0.72:
            out += f"{r.randint(2, 15)}樓之{r.randint(1, 9)}"
        elif z < 0.8:
            out += f"之{r.randint(1, 9)}"
        elif z < 0.9:
            out += f"{r.randint(2, 15)}F"
        else:
            fl = r.randint(2, 15)
            out += f"{fl}樓{fl}{r.randint(1, 12):02d}室"
        return self.w(out)

    def birth(self, lo: int = 1950, hi: int = 2000, style: str = "any") -> str:
        r = self.r
        year = r.randint(lo, hi)
        m, d = r.randint(1, 12), r.randint(1, 28)
        roc = year - 1911
        if style == "any":
            style = "roc" if r.random() < 0.65 else "west"
        if style == "roc":
            forms = [
                f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc:03d}年{m:02d}月{d:02d}日",
                f"{roc}.{m:02d}.{d:02d}", f"{roc:03d}.{m:02d}.{d:02d}", f"{roc}/{m}/{d}",
                f"{roc:03d}/{m:02d}/{d:02d}", f"民{roc}.{m}.{d}", f"{roc:03d}{m:02d}{d:02d}",
                f"民國{_cn(roc)}年{_cn(m)}月{_cn(d)}日",
            ]  # fmt: skip
        else:
            forms = [
                f"{year}-{m:02d}-{d:02d}", f"{year}/{m:02d}/{d:02d}", f"{year}/{m}/{d}",
                f"{year}年{m}月{d}日", f"{year}.{m:02d}.{d:02d}",
            ]  # fmt: skip
            if style == "foreign":  # as copied from a passport or a foreign certificate
                mon = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
                forms += [f"{d:02d}/{m:02d}/{year}", f"{d:02d} {mon} {year}", f"{d} {mon} {year}"]
        return self.w(r.choice(forms))

    # ---- ordinary (non-personal) material ------------------------------------------------------
    def roc_year(self) -> int:
        return self.r.choice([112, 113, 113, 114])

    def date(self) -> str:
        r = self.r
        y, m, d = self.roc_year(), r.randint(1, 12), r.randint(1, 28)
        forms = [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
                 f"{y + 1911}-{m:02d}-{d:02d}", f"{y}年{m:02d}月{d:02d}日"]  # fmt: skip
        return self.n(r.choice(forms))

    def formal_date(self) -> str:
        r = self.r
        return self.n(f"{self.roc_year()}年{r.randint(1, 12)}月{r.randint(1, 28)}日")

    def date_pair(self) -> tuple[str, str]:
        """Two ordered dates of one year, written alike (a period, a deadline and an exam)."""
        r = self.r
        y = self.roc_year()
        (m1, d1), (m2, d2) = sorted((r.randint(1, 12), r.randint(1, 28)) for _ in range(2))
        k = r.randint(0, 2)
        out = []
        for m, d in ((m1, d1), (m2, d2)):
            out.append([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"][k])
        return self.n(out[0]), self.n(out[1])

    def amount(self, lo: int, hi: int, step: int = 100) -> str:
        r = self.r
        v = r.randrange(lo, hi, step)
        return self.n(r.choice([f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"新台幣{v}元"]))

    def company(self) -> str:
        r = self.r
        return r.choice(_CO_PREFIX) + r.choice(_CO_TRADE) + r.choice(_CO_FORM)

    def ban(self) -> str:
        r = self.r
        while True:
            v = "".join(r.choice("0123456789") for _ in range(8))
            if ban.is_valid(v):
                return self.n(v)

    def docno(self) -> str:
        r = self.r
        k = r.choice([7, 7, 8])
        tail = "".join(r.choice("0123456789") for _ in range(k))
        return f"{r.choice(_DOC_WORDS)}第{self.n(str(self.roc_year()) + tail)}號"

    def caseno(self) -> str:
        r = self.r
        y = self.roc_year()
        forms = [
            f"{y}-{r.choice(['TP', 'NT', 'KH', 'TC'])}-{r.randint(1, 99999):05d}",
            f"{y}{r.choice(['租補', '職訓', '就服', '勞保'])}字第{r.randint(1, 99999):05d}號",
            f"R{y}-{r.randint(1, 12):02d}-{r.randint(1, 99999):05d}",
            f"{r.choice(['TPE', 'KHH', 'TXG'])}{y}{r.randint(0, 9999999):07d}",
            f"第{y}{r.randint(0, 999999):06d}號",
        ]
        return self.n(r.choice(forms))

    def place(self) -> tuple[str, str]:
        city, dists = self.r.choice(_CITIES)
        return city, self.r.choice(dists)[0]


def _cn(n: int) -> str:
    """Chinese numerals for 1..199 (民國七十五年三月八日)."""
    digits = "〇一二三四五六七八九"
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + digits[rest]
        return "一百" + ("一" + _cn(rest) if rest < 20 else _cn(rest))
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# --------------------------------------------------------------------------------------------
# Positive documents
# --------------------------------------------------------------------------------------------

Field = tuple[str, Callable[[_Doc], object]]


def _form(g: _G, d: _Doc, fields: list[Field]) -> None:
    """Fields as pasted from a web form: one a line, or several on a line."""
    r = g.r
    colon = g.colon()
    inline = r.random() < 0.35
    for i, (label, add) in enumerate(fields):
        if i:
            d.t(r.choice(["　", "  ", "；"]) if inline and r.random() < 0.6 else "\n")
        d.t(label + colon)
        add(d)


def _pick(g: _G, fields: list[Field], keep: int) -> list[Field]:
    """The first ``keep`` fields always, then a random subset of the rest, in order."""
    head, tail = fields[:keep], fields[keep:]
    return head + [f for f in tail if g.r.random() < 0.7]


def _p_training_form(g: _G, d: _Doc) -> None:
    r = g.r
    kind = r.choice(["han", "han", "han", "indig", "foreign"])
    foreign = kind == "foreign"
    p = g.person(r.choice(_NATS) if foreign else kind)
    relative = g.person("han")
    plan = r.choice(_PLANS)
    opening, closing = r.choice([("【", "】\n"), ("■ ", "\n"), ("", "\n"), ("", "\n------\n")])
    d.t(f"{opening}{g.n(str(g.roc_year()))}年度{plan}報名資料{closing}")
    if kind == "indig" and r.random() < 0.3:
        han, rom = g.dual("indig")
        name_field: Field = ("姓名", lambda d: d.per(han).t("（").per(rom).t("）"))
    else:
        name_field = (r.choice(["姓名", "學員姓名", "報名者"]), lambda d: d.per(p))
    fields: list[Field] = [
        name_field,
        ("班別", lambda d: d.t(r.choice(_COURSES))),
        (
            "性別",
            lambda d: d.t(
                {"F": "女", "M": "男"}.get(g.sex.get(p.name, ""), "") or r.choice("男女")
            ),
        ),
    ]
    if foreign:
        fields.append(
            (
                r.choice(["居留證號", "統一證號", "居留證統一證號"]),
                lambda d: d.v(g.arc(), "TW_RESIDENT_CERT"),
            )
        )
    else:
        fields.append(
            (
                r.choice(["身分證字號", "身分證統一編號", "身分證號"]),
                lambda d: d.v(g.twid(), "TW_NATIONAL_ID"),
            )
        )
    fields += [
        (
            r.choice(["出生日期", "生日", "出生年月日"]),
            lambda d: d.v(g.birth(1960, 2004), "BIRTH_DATE"),
        ),
        (r.choice(["行動電話", "手機", "聯絡電話"]), lambda d: d.v(g.mobile(), "PHONE")),
        (r.choice(["住家電話", "市話", "電話(日)"]), lambda d: d.v(g.landline(), "PHONE")),
        (
            r.choice(["E-mail", "電子郵件", "Email", "電子信箱"]),
            lambda d: d.v(g.email(p.name), "EMAIL"),
        ),
        (r.choice(["通訊地址", "戶籍地址", "聯絡地址"]), lambda d: d.v(g.address(), "ADDRESS")),
        (
            "緊急聯絡人",
            lambda d: d.per(relative).t(f"（{g.relation(relative)}）").v(g.mobile(), "PHONE"),
        ),
        (
            "身分別",
            lambda d: d.t(
                r.choice(["一般", "中高齡者", "身心障礙者", "獨力負擔家計者", "新住民", "原住民"])
            ),
        ),
    ]
    if plan == "產業人才投資方案" or r.random() < 0.15:
        fields.append(
            (
                "繳費方式",
                lambda d: (
                    d.t("信用卡，卡號")
                    .v(g.card(), "CREDIT_CARD")
                    .t(f"，有效期限{g.n(f'{r.randint(1, 12):02d}/{r.randint(26, 31)}')}")
                ),
            )
        )
    _form(g, d, _pick(g, fields, 2))
    if r.random() < 0.4:
        d.t(f"\n備註：{r.choice(['已繳交切結書', '待補存摺影本', '甄試通過，正取', '備取第3名'])}")


def _p_allowance_log(g: _G, d: _Doc) -> None:
    r = g.r
    staff = g.person("han")
    d.t(r.choice(["職訓生活津貼 個案紀錄\n", "【津貼案件處理紀錄】\n", "", "案件追蹤：\n"]))
    entries = r.randint(1, 4)
    for _ in range(entries):
        y, m, dd = g.roc_year(), r.randint(1, 12), r.randint(1, 28)
        d.t(
            g.n(
                f"{y}/{m:02d}/{dd:02d} {r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])} "
            )
        )
        p = g.person(r.choice(["han", "han", "han", "indig", "foreign"]))
        x = r.randint(0, 6)
        if x == 0:
            d.t("學員").per(p).t("來電詢問職訓生活津貼撥款進度，已告知約於每月10日前入帳。")
        elif x == 1:
            d.per(p).t(f"請假{r.randint(1, 3)}日（家中有事），已通知導師").per(g.person()).t("。")
        elif x == 2:
            d.per(p).t("反映手機號碼變更為").v(g.mobile(), "PHONE").t("，已更新系統資料。")
        elif x == 3:
            d.t("寄發津貼核定通知予").per(p).t("（").v(g.address(), "ADDRESS").t("）。")
        elif x == 4:
            d.per(p).t("之生活津貼申請因未檢附存摺影本退件，請其於")
            d.t(g.date()).t("前補件。")
        elif x == 5:
            d.t("與").per(p).t("確認出生日期為").v(g.birth(1965, 2003), "BIRTH_DATE")
            d.t("，系統原登錄有誤，已更正。")
        else:
            d.t("學員").per(p).t("（")
            g.id_of(d, p)
            d.t("）出席率未達八成，依規定停發當月津貼。")
        d.t("\n")
    d.t(r.choice(["承辦：", "紀錄：", "—", "承辦人 "])).per(staff)


def _p_jobseeker_speech(g: _G, d: _Doc) -> None:
    r = g.r
    foreign = r.random() < 0.3
    nat = r.choice(_NATS)
    p = g.person(nat if foreign else r.choice(["han", "han", "indig"]))
    station = r.choice(_STATIONS)
    d.t(f"{station}求職登記（{r.choice(['臨櫃', '電話', '現場徵才活動'])}）\n")
    d.t(r.choice(["求職者自述：", "口述紀錄：", "個案表示："]))
    d.t(r.choice(["「我叫", "「我是", "「你好，我是"])).per(p).t("，")
    if foreign:
        land = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}[nat]
        how = "嫁過來" if g.sex.get(p.name) != "M" and r.random() < 0.7 else "來臺灣"
        d.t(f"從{land}{how}{g.n(str(r.randint(3, 15)))}年了，")
        d.t("居留證號碼是").v(g.arc(), "TW_RESIDENT_CERT").t("，")
    else:
        d.t(f"今年{g.n(str(r.randint(22, 62)))}歲，")
    d.t(f"以前在{r.choice(['工廠', '餐廳', '超商', '工地', '物流倉庫'])}做{r.choice(_JOBS)}，")
    d.t(f"想找{r.choice(['附近', '中部', '可以排班', '白天'])}的工作。")
    d.t(r.choice(["電話打", "有事打我手機", "可以打"])).v(g.mobile(), "PHONE")
    d.t(r.choice(["就找得到我。」", "。」", "，晚上比較方便。」"]))
    if r.random() < 0.5:
        d.t("\n就服員").per(g.person()).t(
            f"建議參加{r.choice(_COURSES)}，並推介{r.choice(_JOBS)}職缺{g.n(str(r.randint(1, 4)))}筆。"
        )
    if r.random() < 0.3:
        d.t("\n另留電子信箱").v(g.email(p.name), "EMAIL").t("供寄送職缺資訊。")


def _p_employer(g: _G, d: _Doc) -> None:
    r = g.r
    contact = g.person("han")
    city, dist = g.place()
    fields: list[Field] = [
        ("事業單位名稱", lambda d: d.t(g.company())),
        ("統一編號", lambda d: d.t(g.ban())),
        (
            "聯絡人",
            lambda d: d.per(contact).t(
                r.choice(["（人資）", "（經理）", "", g.hon(contact), "（負責人）"])
            ),
        ),
        ("聯絡電話", lambda d: d.v(g.landline(ext=r.random() < 0.6), "PHONE")),
        ("手機", lambda d: d.v(g.mobile(), "PHONE")),
        ("E-mail", lambda d: d.v(g.email(), "EMAIL")),
        ("職缺", lambda d: d.t(f"{r.choice(_JOBS)} {g.n(str(r.randint(1, 10)))}名")),
        ("薪資", lambda d: d.t("月薪" + g.amount(28000, 45000, 500) + "起")),
        ("工作地點", lambda d: d.t(city + dist)),
    ]
    d.t(r.choice(["雇主求才登記表\n", f"{r.choice(_STATIONS)} 求才登記\n", ""]))
    _form(g, d, _pick(g, fields, 4))


def _p_dining_sheet(g: _G, d: _Doc) -> None:
    r = g.r
    point = r.choice(_CARE_POINTS)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    d.t(f"{point}　{g.n(str(g.roc_year()))}年{g.n(str(m))}月共餐簽到表（{g.n(f'{m}/{dd}')}）\n")
    sep = r.choice(["\t", "｜", "　", " | "])
    cols = ["編號", "姓名", "出生年月日", "緊急聯絡電話", "簽到"]
    with_id = r.random() < 0.25
    if with_id:
        cols.insert(2, "身分證字號")
    d.t(sep.join(cols) + "\n")
    rows = g.people(r.randint(2, 7), "elder")
    for i, p in enumerate(rows, 1):
        d.t(g.n(str(i)) + sep).per(p).t(sep)
        if with_id:
            d.v(g.twid(), "TW_NATIONAL_ID").t(sep)
        d.v(g.birth(1930, 1960, "roc"), "BIRTH_DATE").t(sep)
        d.v(g.any_phone(), "PHONE").t(sep)
        d.t(r.choice(["✔", "V", "○", "請假", "✔（素）"]) + "\n")
    d.t("志工：").per(g.person())
    if r.random() < 0.5:
        d.t("、").per(g.person())


def _p_volunteer_log(g: _G, d: _Doc) -> None:
    r = g.r
    d.t(f"{r.choice(_CARE_POINTS)} 志工服務紀錄 {g.date()}\n")
    vols = g.people(r.randint(1, 3))
    d.t("今日值班志工：")
    for i, v in enumerate(vols):
        if i:
            d.t("、")
        d.per(v)
    d.t("\n")
    elder = g.person("elder")
    kin = g.person("han")
    x = r.randint(0, 3)
    if x == 0:
        role = {"F": ["阿嬤", "奶奶", "阿姨"], "M": ["阿公", "伯伯", "爺爺"]}.get(
            g.sex.get(elder.name, ""), ["長輩", ""]
        )
        kin_role = {"F": ["女兒", "媳婦"], "M": ["兒子", "女婿"]}.get(
            g.sex.get(kin.name, ""), ["家屬", "孫子"]
        )
        d.per(elder).t(f"{r.choice(role)}今日未到，電話聯繫其{r.choice(kin_role)}").per(kin)
        d.t("（").v(g.mobile(), "PHONE").t("），表示身體不適，明日再來。\n")
    elif x == 1:
        d.t("量血壓：").per(elder).t(g.n(f" {r.randint(110, 170)}/{r.randint(60, 100)}"))
        d.t("，偏高，已提醒回診。\n")
    elif x == 2:
        d.t("家訪").per(elder).t("（").v(g.address(), "ADDRESS").t(
            "），獨居，冰箱食物不足，轉介社工"
        ).per(kin).t("。\n")
    else:
        d.t("新加入長輩").per(elder).t("，生日").v(g.birth(1932, 1958), "BIRTH_DATE")
        d.t("，聯絡人：").per(kin).t(" ").v(g.any_phone(), "PHONE").t("\n")
    d.t(f"共餐人數{g.n(str(r.randint(12, 45)))}人，{r.choice(_DISHES)}、{r.choice(_DISHES)}。")


def _p_injury_letter(g: _G, d: _Doc) -> None:
    r = g.r
    kind = r.choice(["han", "han", "han", "indig", "foreign"])
    foreign = kind == "foreign"
    p = g.person(r.choice(_NATS) if foreign else kind)
    agency = "勞動部勞工保險局"
    d.t(f"{agency}　函\n")
    d.t("受文者：").per(p).t(r.choice(["君", " 君", g.hon(p, True)]) + "\n")
    d.t(f"發文日期：中華民國{g.formal_date()}\n發文字號：{g.docno()}\n")
    kind = r.choice(["職業傷病給付", "失能給付", "職業災害醫療給付"])
    d.t(f"主旨：台端申請{kind}一案，經審查核定如說明，請查照。\n說明：\n")
    d.t("一、台端（")
    if foreign:
        d.t("統一證號：").v(g.arc(), "TW_RESIDENT_CERT")
    else:
        d.t("身分證統一編號：").v(g.twid(), "TW_NATIONAL_ID")
    law = r.choice([_STATUTES[4], "勞工保險條例第34條"])
    d.t(f"）於{g.date()}在{g.company()}工作時受傷，經審查符合{law}規定。\n")
    d.t(f"二、核定給付{g.amount(5000, 250000, 1)}，將匯入台端指定帳戶。\n")
    if r.random() < 0.6:
        d.t("正本：").per(p).t("君（").v(g.address(), "ADDRESS").t("）\n")
    d.t(f"副本：{g.company()}\n")
    if r.random() < 0.6:
        d.t("承辦人：").per(g.person()).t("　電話：").v(g.landline(ext=True, area="02"), "PHONE")


def _p_maternity(g: _G, d: _Doc) -> None:
    r = g.r
    foreign = r.random() < 0.35
    nat = r.choice(_NATS)
    p = g.sexed(nat if foreign else "han", "F")
    d.t(r.choice(["勞保生育給付申請（受理摘要）\n", "生育給付 案件摘要：", "受理生育給付：\n"]))
    d.t("被保險人").per(p).t("，")
    if foreign:
        d.t("統一證號").v(g.arc(), "TW_RESIDENT_CERT").t("，")
        if r.random() < 0.5:
            d.t("護照號碼").v(g.passport(nat), "PASSPORT").t("，")
    else:
        d.t("身分證號").v(g.twid(), "TW_NATIONAL_ID").t("，")
    d.t("出生日期").v(g.birth(1984, 2002), "BIRTH_DATE").t("，")
    d.t(f"於{g.date()}分娩{r.choice(['一胎', '雙胞胎'])}，投保單位{g.company()}。")
    if r.random() < 0.5:
        d.t("\n檢附健保卡影本（卡號").v(g.nhi(), "TW_NHI_CARD").t("）及出生證明。")
    if r.random() < 0.5:
        d.t("\n配偶").per(g.person("han")).t("代為送件，聯絡電話").v(g.mobile(), "PHONE").t("。")
    d.t(f"\n依{_STATUTES[2]}規定，按平均月投保薪資一次給與60日。")


def _p_oldage_foreign(g: _G, d: _Doc) -> None:
    r = g.r
    if r.random() < 0.5:
        p = g.person(r.choice(["elder", "han"]))
        d.t(r.choice(["老年年金給付申請 ", "勞保老年給付\n", "【老年給付】"]))
        d.t("申請人").per(p).t("（").v(g.birth(1955, 1965), "BIRTH_DATE").t("生）")
        d.t(f"，年資{g.n(str(r.randint(15, 40)))}年，")
        d.t("戶籍地址").v(g.address(), "ADDRESS").t("。")
        with_id = r.random() < 0.5
        if with_id:
            d.t("\n身分證號：").v(g.twid(), "TW_NATIONAL_ID")
        if r.random() < 0.5:
            d.t("；" if with_id else "\n").t("健保卡號：").v(g.nhi(), "TW_NHI_CARD")
        d.t(f"\n{r.choice(['擬請領老年年金', '試算老年年金'])}，每月約{g.amount(8000, 30000, 1)}。")
    else:
        nat = r.choice(["vn", "id", "ph", "th"])
        p = g.person(nat)
        d.t("外籍勞工加保資料\n")
        d.t(f"雇主：{g.company()}（{g.ban()}）\n")
        d.t("姓名：").per(p).t(
            f"　國籍：{dict(vn='越南', id='印尼', ph='菲律賓', th='泰國')[nat]}\n"
        )
        d.t("護照號碼：").v(g.passport(nat), "PASSPORT")
        d.t("　居留證號：").v(g.arc(), "TW_RESIDENT_CERT").t("\n")
        d.t("出生日期：").v(g.birth(1975, 2003, "foreign"), "BIRTH_DATE")
        d.t(f"　加保日期：{g.date()}")
        if r.random() < 0.4:
            d.t("\n仲介聯絡人：").per(g.person()).t(" ").v(
                g.landline(ext=r.random() < 0.5), "PHONE"
            )


def _p_rent_form(g: _G, d: _Doc) -> None:
    r = g.r
    tenant_foreign = r.random() < 0.15
    tenant = g.person("foreign" if tenant_foreign else r.choice(["han", "han", "han", "indig"]))
    landlord = g.person(r.choice(["han", "elder"]))
    d.t(
        r.choice(
            [
                "租金補貼申請書（摘錄）\n",
                f"{g.n(str(g.roc_year()))}年度300億元中央擴大租金補貼\n",
                "",
            ]
        )
    )
    fields: list[Field] = [
        ("申請人", lambda d: d.per(tenant)),
        (
            "統一證號" if tenant_foreign else "身分證字號",
            lambda d: d.v(
                g.arc() if tenant_foreign else g.twid(),
                "TW_RESIDENT_CERT" if tenant_foreign else "TW_NATIONAL_ID",
            ),
        ),
        ("出生日期", lambda d: d.v(g.birth(1960, 2003), "BIRTH_DATE")),
        ("聯絡電話", lambda d: d.v(g.mobile(), "PHONE")),
        ("租賃住宅地址", lambda d: d.v(g.address(), "ADDRESS")),
        ("出租人（房東）", lambda d: d.per(landlord)),
        ("出租人電話", lambda d: d.v(g.any_phone(), "PHONE")),
        ("出租人戶籍地址", lambda d: d.v(g.address(), "ADDRESS")),
        ("月租金", lambda d: d.t(g.amount(6000, 28000, 500))),
        ("租期", lambda d: d.t("{}至{}".format(*g.date_pair()))),
        ("E-mail", lambda d: d.v(g.email(tenant.name), "EMAIL")),
    ]
    _form(g, d, _pick(g, fields, 1))
    if r.random() < 0.25:
        d.t("\n租金以信用卡代繳，卡號").v(g.card(), "CREDIT_CARD")


def _p_rent_log(g: _G, d: _Doc) -> None:
    r = g.r
    tenant = g.person(r.choice(["han", "han", "foreign", "indig"]))
    landlord = g.person(r.choice(["han", "elder"]))
    d.t(f"{g.date()} 租補案件（案號{g.caseno()}）電話紀錄：\n")
    x = r.randint(0, 3)
    if x == 0:
        d.t("房東").per(landlord).t("不同意申報租賃所得，申請人").per(tenant).t(
            "詢問是否仍可申請。"
        )
        d.t("已說明申請租金補貼不需房東同意，並可依住宅法申請相關協助。")
    elif x == 1:
        d.t("申請人").per(tenant).t("來電：「喂，我那個租金補貼怎麼還沒下來？我電話")
        d.v(g.mobile(), "PHONE").t("啦，你們再打給我。」")
    elif x == 2:
        d.per(tenant).t("搬家，新租屋處").v(g.address(), "ADDRESS").t("，房東").per(landlord)
        d.t("（").v(g.any_phone(), "PHONE").t("）已同意提供租約影本。")
    else:
        d.t("補件通知：").per(tenant).t("君請於").t(g.date()).t("前補附房東").per(landlord)
        d.t("之建物所有權狀影本，郵寄至本局或寄電子郵件（回覆至").v(
            g.email(tenant.name), "EMAIL"
        ).t("）。")
    if r.random() < 0.5:
        d.t("\n—").per(g.person())


def _p_marriage(g: _G, d: _Doc) -> None:
    r = g.r
    husband = g.sexed("han", "M")
    nat = r.choice(["vn", "vn", "id", "ph", "th", "tw", "tw"])
    d.t(r.choice(["結婚登記申請書\n", "【結婚登記】\n", "結婚登記 受理紀錄\n"]))
    man = "男" if g.sex.get(husband.name) == "M" else r.choice(["甲方", "一方"])
    d.t(f"當事人（{man}）：").per(husband)
    d.t("　國民身分證統一編號：").v(g.twid(), "TW_NATIONAL_ID")
    d.t("　出生日期：").v(g.birth(1965, 1998, "roc"), "BIRTH_DATE").t("\n")
    d.t(f"當事人（{r.choice(['乙方', '他方', '配偶'])}）：")
    if nat == "tw":
        wife = g.sexed("han", "F")
        d.per(wife).t("　國民身分證統一編號：").v(g.twid(), "TW_NATIONAL_ID")
        d.t("　出生日期：").v(g.birth(1968, 2000, "roc"), "BIRTH_DATE").t("\n")
    else:
        if nat == "vn" and r.random() < 0.5:
            han, latin = g.dual("vn")
            d.per(han).t("（").per(latin).t("）")
        else:
            d.per(g.person(nat))
        land = dict(vn="越南", id="印尼", ph="菲律賓", th="泰國")[nat]
        d.t(f"　國籍：{land}　護照號碼：").v(g.passport(nat), "PASSPORT")
        if r.random() < 0.6:
            d.t("　居留證號：").v(g.arc(), "TW_RESIDENT_CERT")
        d.t("　出生日期：").v(g.birth(1985, 2002, "foreign"), "BIRTH_DATE").t("\n")
    d.t(f"結婚日期：{g.date()}\n住址：").v(g.address(), "ADDRESS").t("\n")
    w1, w2 = g.people(2)
    d.t("證人：").per(w1).t(r.choice(["、", "，", " "])).per(w2)
    if r.random() < 0.5:
        d.t(f"\n依{_STATUTES[7]}辦理，已換發戶口名簿。")


def _p_divorce(g: _G, d: _Doc) -> None:
    r = g.r
    a = g.person("han")
    b = g.person(r.choice(["han", "han", "foreign"]))
    d.t(r.choice(["離婚登記：", "【兩願離婚登記】", "戶政受理紀錄："]))
    d.t("雙方當事人").per(a).t("與").per(b).t(f"於{g.date()}兩願離婚，")
    d.t(f"依{_STATUTES[8]}以書面為之，並經證人二人簽名。")
    if r.random() < 0.7:
        d.t("\n").per(a).t("身分證號").v(g.twid(), "TW_NATIONAL_ID").t("；").per(b)
        g.id_of(d, b, ("身分證號", "居留證號"))
        d.t("。")
    if r.random() < 0.5:
        d.t(f"\n未成年子女{r.choice(['一名', '二名'])}由").per(a).t("單獨行使親權。")
    if r.random() < 0.4:
        d.t("\n聯絡電話：").v(g.any_phone(), "PHONE")


def _p_short(g: _G, d: _Doc) -> None:
    r = g.r
    p = g.person(r.choice(["han", "han", "han", "elder", "indig", "foreign"]))
    x = r.randint(0, 9)
    if x == 0:
        d.per(p).t(" ").v(g.mobile(), "PHONE")
    elif x == 1:
        d.t("請回電").per(p).t(g.hon(p) + " ").v(g.any_phone(), "PHONE")
    elif x == 2:
        d.t("房東 ").per(p).t(" ").v(g.mobile(), "PHONE").t(" 晚上打")
    elif x == 3:
        d.t("email給").per(p).t("：").v(g.email(p.name), "EMAIL")
    elif x == 4:
        d.t("「").per(p).t(f"」已領取{r.choice(['結訓證書', '津貼', '健保卡影本'])}")
    elif x == 5:
        d.per(p).t("／").v(g.twid(), "TW_NATIONAL_ID").t("／").v(g.birth(), "BIRTH_DATE")
    elif x == 6:
        d.t("寄件：").per(p).t(" ").v(g.address(), "ADDRESS")
    elif x == 7:
        d.t("健保卡號").v(g.nhi(), "TW_NHI_CARD").t("（").per(p).t("）")
    elif x == 8:
        d.t("轉介").per(p).t("至").t(r.choice(_STATIONS)).t("，手機").v(g.mobile(), "PHONE")
    else:
        d.per(p).t("的居留證").v(g.arc(), "TW_RESIDENT_CERT").t("已過期，請其先至移民署更新。")


def _p_roster(g: _G, d: _Doc) -> None:
    r = g.r
    d.t(f"{r.choice(_COURSES)} 學員名冊（第{g.n(str(r.randint(1, 4)))}期）\n")
    style = r.randint(0, 2)
    for i, p in enumerate(g.people(r.randint(2, 6), r.choice(["han", "han", "indig"])), 1):
        if style == 0:
            d.t(g.n(f"{i}. ")).per(p).t("（").v(g.twid(), "TW_NATIONAL_ID").t("）\n")
        elif style == 1:
            d.t(g.n(f"{i}") + "、").per(p).t("　").v(g.mobile(), "PHONE").t("\n")
        else:
            d.t(g.n(f"({i}) ")).per(p).t("，").v(g.birth(1965, 2004), "BIRTH_DATE").t("生\n")
    d.t("導師：").per(g.person()).t(f"　開訓日：{g.date()}")


def _p_email(g: _G, d: _Doc) -> None:
    r = g.r
    p = g.person(r.choice(["han", "han", "foreign"]))
    addr = g.email(p.name)
    d.t("From: ").per(p).t(" <").v(addr, "EMAIL").t(">\n")
    d.t(
        f"主旨：詢問{r.choice(['產投課程補助', '職訓生活津貼', '租金補貼審查進度', '勞保生育給付'])}\n\n"
    )
    d.t("承辦人您好：\n")
    d.t(f"我上個月報名了{r.choice(_COURSES)}，想請問補助何時核撥？")
    if r.random() < 0.5:
        g.id_of(d, p, ("我的身分證字號是", "我的居留證號碼是"))
        d.t("。")
    d.t("\n如需聯絡請打").v(g.mobile(), "PHONE").t("，謝謝。\n")
    d.per(p).t(r.choice([" 敬上", "", " 上"]))


def _p_selfpay(g: _G, d: _Doc) -> None:
    r = g.r
    p = g.person("han")
    d.t("產業人才投資方案 自付額繳費紀錄\n")
    d.t("學員：").per(p).t(f"　課程：{r.choice(_COURSES)}\n")
    d.t(f"自付額{g.amount(1000, 9000, 100)}，").t(
        r.choice(["刷卡", "信用卡授權扣款", "以信用卡繳納"])
    )
    d.t("，卡號").v(g.card(), "CREDIT_CARD").t(f"，授權碼{g.n(str(r.randint(100000, 999999)))}。")
    if r.random() < 0.5:
        d.t("\n收據寄送地址：").v(g.address(), "ADDRESS")
    if r.random() < 0.3:
        holder = g.person()
        d.t("\n持卡人非本人（").per(holder).t("，").t(g.relation(holder)).t("）。")


_POSITIVE: list[tuple[Callable[[_G, _Doc], None], int]] = [
    (_p_training_form, 10), (_p_allowance_log, 8), (_p_jobseeker_speech, 7), (_p_employer, 6),
    (_p_dining_sheet, 7), (_p_volunteer_log, 6), (_p_injury_letter, 6), (_p_maternity, 6),
    (_p_oldage_foreign, 6), (_p_rent_form, 8), (_p_rent_log, 6), (_p_marriage, 7),
    (_p_divorce, 4), (_p_short, 9), (_p_roster, 5), (_p_email, 4), (_p_selfpay, 4),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Hard negatives: only public or non-personal look-alikes
# --------------------------------------------------------------------------------------------


def _n_letter(g: _G, d: _Doc) -> None:
    r = g.r
    subjects = [
        f"檢送本府{g.roc_year()}年度失業者職業訓練計畫核定表1份",
        f"有關{g.roc_year()}年度租金補貼擴大方案第二梯次受理期程",
        "轉知勞動部修正「勞工保險職業災害保險給付標準」",
        "為辦理社區照顧關懷據點年度評鑑，請各據點於期限內張貼公告",
        "函轉外籍配偶辦理結婚登記應備文件",
    ]
    d.t(f"{r.choice(_AGENCY)}　函\n發文日期：中華民國{g.formal_date()}\n發文字號：{g.docno()}\n")
    d.t(
        f"速別：{r.choice(['普通件', '速件', '最速件'])}\n主旨：{r.choice(subjects)}，請查照。\n說明：\n"
    )
    d.t(f"一、依據{r.choice(_STATUTES)}及{r.choice(_AGENCY)}{g.date()}{g.docno()}函辦理。\n")
    d.t(
        f"二、{r.choice(['本案經費', '補助金額', '核定經費'])}計{g.amount(100000, 9000000, 1000)}，"
    )
    d.t(f"請於{g.date()}前完成核銷{r.choice(['程序', '作業'])}。\n")
    d.t(f"正本：{r.choice(_AGENCY)}、{r.choice(_STATIONS)}\n副本：{r.choice(_AGENCY)}")


def _n_course(g: _G, d: _Doc) -> None:
    r = g.r
    city, dist = g.place()
    d.t(f"{g.roc_year()}年度第{r.randint(1, 4)}期{r.choice(_PLANS)}「{r.choice(_COURSES)}」")
    deadline, exam = g.date_pair()
    d.t(f"即日起受理報名，報名截止日{deadline}，甄試日{exam}。")
    d.t(
        f"訓練時數{g.n(str(r.choice([300, 360, 480, 600])))}小時，名額{g.n(str(r.randint(20, 32)))}名，"
    )
    d.t(
        f"訓練費用由政府全額補助。上課地點：{city}{dist}{r.choice(['職訓場', '區民活動中心', '林業署教室'])}。"
    )
    if r.random() < 0.5:
        d.t(
            f"\n簡章請至{r.choice(_STATIONS)}索取，相關事項依{r.choice(_STATUTES)}辦理。{r.choice(_SURNAME_WORDS)}"
        )


def _n_vacancy(g: _G, d: _Doc) -> None:
    r = g.r
    city, dist = g.place()
    for _ in range(r.randint(1, 3)):
        d.t(
            f"{g.company()}（統一編號{g.ban()}）徵求{r.choice(_JOBS)}{g.n(str(r.randint(1, 8)))}名，"
        )
        d.t(f"月薪{g.amount(27470, 42000, 10)}起，工作地點{city}{dist}，")
        d.t(f"{r.choice(['需輪班', '週休二日', '供午餐', '有員工宿舍'])}。\n")
    d.t(f"以上職缺由{r.choice(_STATIONS)}於{g.date()}現場徵才活動媒合。")


def _n_menu(g: _G, d: _Doc) -> None:
    r = g.r
    d.t(f"{r.choice(_CARE_POINTS)} 本週共餐菜單\n")
    for day in r.sample(["一", "二", "三", "四", "五"], r.randint(2, 5)):
        d.t(f"週{day}：{'、'.join(r.sample(_DISHES, 3))}\n")
    d.t(f"物資捐贈：{r.choice(_PRODUCTS)}{g.n(str(r.randint(1, 9)))}箱、{r.choice(_PRODUCTS)}")
    d.t(f"{g.n(str(r.randint(1, 9)))}箱（{r.choice(_SHOPS)}、{g.company()}提供）。\n")
    d.t(f"活動：{r.choice(['黃昏健走', '桌遊', '懷舊歌曲', '楊桃採果', '陳列室參觀'])}，")
    d.t(f"{r.choice(['白天', '下午'])}溫度高請多喝水。{r.choice(_SURNAME_WORDS)}")


def _n_rules(g: _G, d: _Doc) -> None:
    r = g.r
    x = r.randint(0, 2)
    if x == 0:
        d.t(f"依{_STATUTES[2]}規定，生育給付按被保險人分娩或早產當月起前6個月平均月投保薪資")
        d.t(f"一次給與60日，最高投保薪資{g.amount(45800, 45801, 1)}。")
    elif x == 1:
        d.t(
            f"依{_STATUTES[3]}，被保險人年滿{g.n('65')}歲，保險年資合計滿15年者，得請領老年年金給付。"
        )
        d.t(f"{g.roc_year()}年度平均給付金額{g.amount(15000, 25000, 1)}。")
    else:
        d.t(f"依{_STATUTES[4]}，職業傷病給付於不能工作之第4日起發給，前2個月按平均月投保薪資")
        d.t("百分之百發給，第3個月起發給百分之七十，同一期間不得重複請領。")
    if r.random() < 0.5:
        d.t(f"（參考{r.choice(_AGENCY)}{g.date()}{g.docno()}函）")


def _n_stats(g: _G, d: _Doc) -> None:
    r = g.r
    city, _ = g.place()
    d.t(f"{city}{g.roc_year()}年度租金補貼：申請件數{g.n(f'{r.randint(5000, 90000):,}')}件，")
    d.t(f"核定{g.n(f'{r.randint(3000, 50000):,}')}件，核定率{g.n(str(r.randint(60, 95)))}%，")
    d.t(f"平均每戶每月補貼{g.amount(2000, 8000, 100)}。\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"受理編號{g.caseno()}：{r.choice(['審查中', '已核定', '退件補正', '不符資格'])}\n")
    d.t(f"資料截至{g.date()}，統計單位：{r.choice(_AGENCY)}。")


def _n_procedure(g: _G, d: _Doc) -> None:
    r = g.r
    x = r.randint(0, 1)
    if x == 0:
        d.t("外籍配偶辦理結婚登記應備文件：\n")
        d.t("一、經我國駐外館處驗證之結婚證書及中譯本。\n二、外籍配偶護照正本及影本。\n")
        d.t(f"三、{r.choice(['規費', '證件費'])}{g.amount(100, 600, 25)}。\n")
        d.t(f"依{_STATUTES[6]}，應於結婚後{g.n('30')}日內向{r.choice(_AGENCY[15:])}申請。")
    else:
        d.t(f"兩願離婚登記須雙方親自到場，依{_STATUTES[8]}應有二人以上證人簽名。")
        d.t(
            f"本所{g.date()}起週三夜間延長服務至{g.n('20:00')}，敬請配合。{r.choice(_SURNAME_WORDS)}"
        )


def _n_minutes(g: _G, d: _Doc) -> None:
    r = g.r
    d.t(f"{r.choice(_STATIONS)} {g.roc_year()}年第{g.n(str(r.randint(1, 12)))}次業務會議紀錄\n")
    d.t(f"時間：{g.date()}（星期{r.choice('一二三四五')}）下午{g.n(str(r.randint(1, 4)))}時\n")
    d.t(f"地點：本站{r.choice(['二樓會議室', '陳列室', '第一會議室'])}\n")
    d.t("主席：站長　　紀錄：就業服務員\n")
    d.t(f"決議：一、{r.choice(_COURSES)}延長報名至{g.date()}。二、")
    d.t(
        f"經費{g.amount(20000, 500000, 1000)}由{r.choice(_AGENCY)}補助。三、{r.choice(_SURNAME_WORDS)}"
    )


def _n_receipts(g: _G, d: _Doc) -> None:
    r = g.r
    sep = r.choice(["\t", "｜", "　"])
    d.t(sep.join(["收據號碼", "廠商", "統一編號", "金額", "日期"]) + "\n")
    for _ in range(r.randint(2, 5)):
        d.t(sep.join([g.caseno(), g.company(), g.ban(), g.amount(500, 90000, 10), g.date()]) + "\n")
    d.t(
        f"合計{g.amount(10000, 300000, 10)}，核銷依{r.choice(_STATUTES)}辦理。{r.choice(_SURNAME_WORDS)}"
    )


_NEGATIVE: list[tuple[Callable[[_G, _Doc], None], int]] = [
    (_n_letter, 5), (_n_course, 5), (_n_vacancy, 5), (_n_menu, 4), (_n_rules, 4),
    (_n_stats, 4), (_n_procedure, 3), (_n_minutes, 3), (_n_receipts, 4),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Self-check: no stray checksum-valid value outside the gold (re-draw the sample if one slips)
# --------------------------------------------------------------------------------------------

_NORM = str.maketrans({**{chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)}, "\u3000": " "})
_ID_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9][0-9]{8}(?![A-Za-z0-9])")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_RUN_RE = re.compile(r"[0-9]+(?:[ \-][0-9]+)*")
_PHONE_RUN_RE = re.compile(r"[0-9][0-9 \-.()+]*[0-9]|[0-9]")


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    norm = text.translate(_NORM)

    def covered(a: int, b: int, label: str) -> bool:
        return not negative and any(s <= a and b <= e and lab == label for s, e, lab in spans)

    for m in _ID_RE.finditer(norm):
        for label, ok in (("TW_NATIONAL_ID", twid.is_valid), ("TW_RESIDENT_CERT", arc.is_valid)):
            if ok(m.group()) and not covered(m.start(), m.end(), label):
                return True
    for m in _EMAIL_RE.finditer(norm):
        if not covered(m.start(), m.end(), "EMAIL"):
            return True
    for m in _RUN_RE.finditer(norm):
        groups = [(g.start(), g.end()) for g in re.finditer(r"[0-9]+", m.group())]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                a, b = m.start() + groups[i][0], m.start() + groups[j][1]
                digits = re.sub(r"[^0-9]", "", norm[a:b])
                if (
                    13 <= len(digits) <= 19
                    and creditcard.is_valid(digits)
                    and not covered(a, b, "CREDIT_CARD")
                ):
                    return True
    if negative:
        for m in _PHONE_RUN_RE.finditer(norm):
            digits = re.sub(r"[^0-9]", "", m.group())
            for i in range(len(digits)):
                if digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                    return True
                if digits.startswith("8869", i) and phone.is_mobile("0" + digits[i + 3 : i + 12]):
                    return True
    return False


# --------------------------------------------------------------------------------------------
# Known names and the public entry point
# --------------------------------------------------------------------------------------------

_NATS = ["vn", "vn", "vn", "id", "id", "ph", "th"]
_KIND_SHARE = [("han", 0.5), ("elder", 0.22), ("indig", 0.07), ("vn", 0.09), ("id", 0.05),
               ("ph", 0.04), ("th", 0.03)]  # fmt: skip


def _known_names(g: _G, n: int) -> tuple[list[str], dict[str, list[str]]]:
    """The applicant-name column: per kind, 80% mentioned in texts, 20% never mentioned."""
    total = max(120, n // 3)
    seen: dict[str, None] = {}
    pools: dict[str, list[str]] = {}
    for kind, share in _KIND_SHARE:
        want = max(5, round(total * share))
        names: list[str] = []
        tries = 0
        while len(names) < want and tries < want * 50:
            tries += 1
            name = g.fresh(kind)
            if name not in seen:
                seen[name] = None
                names.append(name)
        pools[kind] = names[: max(1, int(len(names) * 0.8))]
    column = list(seen)
    g.r.shuffle(column)
    return column, pools


def _weighted(
    rng: random.Random, table: list[tuple[Callable[[_G, _Doc], None], int]]
) -> Callable[[_G, _Doc], None]:
    funcs = [f for f, _ in table]
    weights = [w for _, w in table]
    return rng.choices(funcs, weights)[0]


def generate_heldout44(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    rng = random.Random(seed)
    g = _G(rng, {}, frozenset())
    known, pools = _known_names(g, n)
    g.pools, g.known = pools, frozenset(known)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        fw = rng.random() < 0.1
        while True:
            g.fw = fw
            d = _Doc()
            _weighted(rng, _NEGATIVE if negative else _POSITIVE)(g, d)
            text = d.text()
            if not _stray(text, d.spans, negative):
                break
        samples.append(
            Sample(text=text, spans=d.spans, hard_negative=negative, known_person=d.known)
        )
    return samples, known
