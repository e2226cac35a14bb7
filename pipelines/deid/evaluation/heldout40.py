"""Held-out synthetic test set 40 for the free-text personal-data scanner.

Written without looking at the scanner: texts in Traditional Chinese as staff of Taiwanese
agencies write them, in six genres (funeral and columbarium applications, household
registration counter logs, after-school care and school-bus rosters, hot-spring and hotel
inspections, lost-and-found registers at train stations, farmers' disaster-relief claims).
About a quarter of the samples are hard negatives holding only public or impersonal
look-alikes (document, case and receipt numbers, companies' BANs, statutes, amounts, ordinary
dates, places, organisations, products, words beginning with a surname character).

Every value is synthetic; checksummed identifiers are made valid with the identifier helpers.
"""

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_mod
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------- names


def _w(text: str) -> list[str]:
    """The space-separated words of ``text``."""
    return text.split()


_COMMON_SURNAMES = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 "
    "江 何 蕭 羅 高 潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴"
)
_OTHER_SURNAMES = list(
    dict.fromkeys(
        _w(
            "范 方 宋 鄧 杜 傅 侯 曹 薛 丁 卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 "
            "程 湯 田 康 姜 白 汪 鄒 尤 巫 鐘 黎 涂 龔 嚴 韓 袁 金 童 陸 夏 柳 凃 邵 錢 "
            "伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘 饒 易 常 葛 房 麥 "
            "殷 武 鄞 岳 齊 牛 段 賀 符 莫 申 褚 艾 池 左 查 崔 季 滕 包 蘭 邢 戚 闕 樊 "
            "辛 路 霍 寧 卜 尹 佘 覃 蒲 喻 芮 卞 幸 練 花 仇 麻 冷 郝 孔 鄔 鮑 席 龍 賈"
        )
    )
)
_COMPOUND_SURNAMES = _w("歐陽 張簡 張廖 司徒 范姜 諸葛 上官 東方 皇甫 司馬 端木 夏侯")

_FEMALE_GIVEN = _w(
    "淑芬 淑惠 美玲 雅婷 美惠 麗華 淑娟 淑貞 怡君 淑華 美玉 雅惠 秀英 惠美 麗珠 秀琴 "
    "玉蘭 素貞 靜怡 佩君 怡婷 雅雯 宜蓁 欣怡 佳穎 詩涵 思妤 子涵 品妍 宥蓁 筱涵 芷晴 "
    "語彤 以晴 郁婷 婉婷 馨儀 家榆 采潔 昀蓁 雨萱 若瑜 沛琪 巧玲 翠萍 春嬌 金枝 秀鳳 "
    "碧霞 月娥 寶珠 玉梅 美雲 麗卿 素琴 秋香 惠珍 靜宜 慧敏 曉雯 心怡 佳蓉 姿吟 瑋婷 "
    "宛蓉 育慈 依潔 孟璇 湘婷 禹彤 妍希 苡安 亮妤 羽彤 恩綺 芮綺 語喬 淑玲 秀蘭 美珠 "
    "玉珍 金蓮 惠如 佩珊 怡萱 雅琪 玟君 書瑜 柔安 芯妤 宣妤 詠晴 品彤 可昕 思穎 瑜庭 "
    "欣妍 韻如 婕妤 姵穎 珮瑜 庭瑄 秀枝 阿綢 罔市 玉葉 彩雲 麗雪 素娥 錦雲 鳳嬌 碧玉 "
    "美娟 淑敏 瓊華 麗娟 秀玉 雪芬 明珠 麗美 素梅 秋月 素珠 寶玉 嬌娥 美蘭 月霞 幸子 "
    "春美 惠玲 雅芳 曉玲 佩玲 怡伶 鈺婷 筱婷 郁雯 敏華 嘉玲 雅玲 家瑜 于婷 品君 妤蓁 "
    "雨潔 芸熙 晏綺 子晴 亭妤 沐晴 樂晴 詩晴 凱婷 怡安 意涵 宸瑜 芊芊 巧琳 韋伶 玉珊 "
    "靜雯 惠雯 綉娥 阿嬌 玉霞 秀梅 麗雲 月琴"
)
_MALE_GIVEN = _w(
    "家豪 志明 俊傑 建宏 俊宏 志豪 志偉 承翰 冠宇 宗翰 彥廷 柏翰 家銘 冠廷 宇軒 承恩 "
    "品睿 宥廷 柏宇 子睿 博宇 睿恩 宸睿 定謙 昱辰 恩碩 允浩 品翔 振宇 育誠 建志 文雄 "
    "明輝 金龍 正雄 清水 永福 榮華 國華 建國 志強 進財 天賜 添丁 水木 萬得 福來 俊賢 "
    "明德 正義 信宏 耀庭 世傑 振豐 昆霖 國棟 文彬 俊男 銘鴻 瑞祥 啟明 文忠 炳坤 坤山 "
    "再興 旺財 春生 金水 家瑋 哲維 崇瑋 冠霖 柏睿 信良 聖凱 凱翔 偉倫 明哲 仁傑 政霖 "
    "士豪 致遠 嘉宏 耿豪 晉嘉 紹安 翊豪 浩然 鈞皓 晨皓 子傑 亦辰 阿火 火旺 錦松 茂雄 "
    "德勝 朝宗 勝雄 金生 阿明 有財 順發 萬福 永昌 文祥 俊雄 志成 明宏 建成 宏達 偉銘 "
    "嘉偉 柏勳 宇恩 睿哲 奕辰 宥辰 恩宇 承佑 柏諺 彥宇 冠佑 子翔 祐寧 詠翔 宏毅 俊緯 "
    "振華 國榮 福全 清輝 進興 添福 天來 金城 榮輝 正忠 文華 國雄 明發 昭明 秋田 德福 "
    "坤成 石松 阿昌 順義 耀宗 家興 紹華 昱廷 品言 定宇 峻豪 浩宇 鴻文 俊良 義雄 茂林"
)
_SINGLE_GIVEN = {
    "m": _w("強 偉 傑 勇 明 華 豪 翔 軍 平 鈞 凱 銘 霖 謙 澄 騏 駿 瀚 磊 翰 誠 宏 峰 毅"),
    "f": _w("玲 芳 靜 慧 娟 寧 琪 萱 蓉 璇 馨 蕙 綺 婕 昕 妤 彤 瑜 淳 嵐 薇 蕾 嫻 瑩 菁"),
}

# Indigenous names: (Han transliteration, romanisation); a personal name, then a father's
# or house name.
_IND_FIRST = {
    "m": [
        ("瓦歷斯", "Walis"), ("尤幹", "Yukan"), ("瓦旦", "Watan"), ("比令", "Pilin"),
        ("達利", "Tali"), ("巴彥", "Payan"), ("馬耀", "Mayaw"), ("古拉斯", "Kolas"),
        ("卡照", "Kacaw"), ("吳法", "Ofad"), ("羅幸", "Losin"), ("得木", "Temu"),
        ("巴尚", "Pasang"), ("撒樂", "Salu"), ("達少", "Tasaw"), ("哈勇", "Hayung"),
    ],
    "f": [
        ("巴奈", "Panay"), ("莎韻", "Sayun"), ("拉娃", "Lawa"), ("伊婉", "Iwan"),
        ("吉娃斯", "Ciwas"), ("雅外", "Yaway"), ("阿芙", "Afo"), ("亞尤", "Yayut"),
        ("比黛", "Pitay"), ("依央", "Iyang"), ("姆娃", "Muwa"), ("谷娃", "Kuwa"),
    ],
}  # fmt: skip
_IND_SECOND = [
    ("諾幹", "Nokan"), ("尤命", "Yumin"), ("巴萬", "Pawan"), ("馬賴", "Malay"),
    ("達道", "Tadaw"), ("拉罕", "Lahan"), ("基浪", "Kilang"), ("阿努", "Anu"),
    ("卡造", "Kacaw"), ("吉拉", "Cila"), ("沙力", "Sali"), ("斯基", "Siki"),
    ("羅法思", "Lofas"), ("巴伐樣", "Pavayang"), ("瑪拉歐斯", "Malaus"), ("那都", "Natu"),
    ("比浩", "Piho"), ("烏印", "Uyin"), ("伊斯坦大", "Istanda"), ("達給", "Taki"),
    ("法拉", "Fala"), ("勒格艾", "Legeay"), ("多吉", "Toci"), ("杜瑪", "Tuma"),
]  # fmt: skip

# Foreign residents: (Latin, Han transliteration) parts per nationality and sex.
_VN_SUR = [
    ("NGUYEN", "阮"), ("TRAN", "陳"), ("LE", "黎"), ("PHAM", "范"), ("HOANG", "黃"),
    ("VU", "武"), ("DO", "杜"), ("BUI", "裴"), ("DANG", "鄧"), ("NGO", "吳"),
    ("DUONG", "楊"), ("LY", "李"), ("HO", "胡"), ("TRINH", "鄭"), ("DINH", "丁"),
    ("PHAN", "潘"), ("HUYNH", "黃"), ("VO", "武"),
]  # fmt: skip
_VN_MID = {
    "f": [("THI", "氏"), ("THI", "氏"), ("THI", "氏"), ("NGOC", "玉"), ("KIM", "金")],
    "m": [("VAN", "文"), ("VAN", "文"), ("DUC", "德"), ("HUU", "有"), ("MINH", "明")],
}  # fmt: skip
_VN_GIVEN = {
    "f": [
        ("HA", "河"), ("LAN", "蘭"), ("MAI", "梅"), ("HUONG", "香"), ("HONG", "紅"),
        ("NGA", "娥"), ("HOA", "花"), ("LINH", "玲"), ("PHUONG", "芳"), ("YEN", "燕"),
        ("THAO", "草"), ("NHUNG", "絨"), ("LOAN", "鸞"), ("THUY", "翠"), ("DIEP", "蝶"),
        ("TRANG", "妝"), ("THU", "秋"), ("HIEN", "賢"),
    ],
    "m": [
        ("HUNG", "雄"), ("TUAN", "俊"), ("NAM", "南"), ("HAI", "海"), ("VINH", "榮"),
        ("QUANG", "光"), ("LONG", "龍"), ("SON", "山"), ("DUNG", "勇"), ("CUONG", "強"),
        ("BINH", "平"), ("KHANH", "慶"), ("TRUNG", "忠"), ("THANG", "勝"), ("PHUC", "福"),
        ("TOAN", "全"), ("THANH", "清"),
    ],
}  # fmt: skip
_ID_FIRST = {
    "f": [
        ("SITI", "西蒂"), ("SRI", "絲莉"), ("DEWI", "黛維"), ("NUR", "努兒"), ("RINA", "麗娜"),
        ("YULI", "尤莉"), ("EKA", "艾卡"), ("TUTI", "杜蒂"), ("RATNA", "拉娜"),
        ("LILIS", "莉莉絲"), ("ENDANG", "恩丹"), ("FITRI", "菲特莉"), ("INDAH", "茵達"),
        ("YANTI", "嫣蒂"),
    ],
    "m": [
        ("BUDI", "布迪"), ("AGUS", "阿古斯"), ("WAHYU", "瓦尤"), ("EKO", "艾可"),
        ("DEDI", "德迪"), ("ANDI", "安迪"), ("HENDRA", "亨德拉"), ("YUSUF", "尤素夫"),
        ("RIZKY", "里茲基"), ("ARIF", "阿里夫"),
    ],
}  # fmt: skip
_ID_LAST = {
    "f": [
        ("AMINAH", "阿米娜"), ("WAHYUNI", "瓦由尼"), ("RAHAYU", "拉哈尤"),
        ("SURYANI", "蘇莉雅尼"), ("LESTARI", "勒絲塔莉"), ("NURHAYATI", "努哈雅蒂"),
        ("WULANDARI", "烏蘭達莉"), ("ASTUTI", "阿絲杜蒂"), ("HANDAYANI", "漢達雅尼"),
        ("SUSANTI", "蘇珊蒂"),
    ],
    "m": [
        ("SANTOSO", "山多索"), ("SETIAWAN", "塞蒂亞萬"), ("HIDAYAT", "希達雅"),
        ("SAPUTRA", "沙布特拉"), ("PURNOMO", "普爾諾莫"), ("KURNIAWAN", "古尼亞萬"),
        ("PRASETYO", "普拉塞約"),
    ],
}  # fmt: skip
_ID_MONO = [("SUMARNI", "蘇瑪妮"), ("SUPARMI", "蘇帕米"), ("SULASTRI", "蘇拉絲蒂"),
            ("KARSINI", "卡希妮"), ("TARMINI", "塔米妮"), ("SUTINI", "蘇蒂妮"),
            ("MULYANI", "慕利亞妮"), ("SUNARTI", "蘇娜蒂")]  # fmt: skip
_PH_FIRST = {
    "f": [
        ("MARIA", "瑪麗亞"), ("JOCELYN", "喬瑟琳"), ("ROWENA", "蘿維娜"),
        ("MARITES", "瑪麗特絲"), ("ANALYN", "安娜琳"), ("JENNYLYN", "珍妮琳"),
        ("MARICEL", "瑪莉賽兒"), ("LEONORA", "萊奧諾拉"), ("MARY ANN", "瑪麗安"),
        ("CHERRY", "雪莉"), ("JOVELYN", "喬薇琳"), ("NORMA", "諾瑪"),
    ],
    "m": [
        ("JOEL", "喬爾"), ("RODEL", "羅德爾"), ("ARNEL", "阿內爾"), ("REYNALDO", "雷納多"),
        ("MARK ANTHONY", "馬克安東尼"), ("RICARDO", "李卡多"), ("JUNREY", "俊雷"),
        ("ROMMEL", "隆美爾"),
    ],
}  # fmt: skip
_PH_LAST = [
    ("SANTOS", "桑托斯"), ("REYES", "雷耶斯"), ("CRUZ", "克魯茲"), ("BAUTISTA", "包蒂斯塔"),
    ("GARCIA", "加西亞"), ("MENDOZA", "門多薩"), ("RAMOS", "拉莫斯"),
    ("VILLANUEVA", "維拉紐瓦"), ("TORRES", "托雷斯"), ("FLORES", "弗洛雷斯"),
    ("DELA CRUZ", "德拉克魯茲"), ("CASTILLO", "卡斯蒂略"), ("NAVARRO", "納瓦羅"),
    ("PASCUAL", "帕斯夸爾"), ("MAGBANUA", "馬格巴努亞"), ("DIZON", "迪松"),
]  # fmt: skip
_TH_GIVEN = {
    "f": [
        ("MALEE", "瑪莉"), ("NATTAYA", "娜塔雅"), ("WANIDA", "婉妮達"), ("SUDA", "蘇達"),
        ("SIRIPORN", "詩麗蓬"), ("PRANEE", "帕妮"), ("ARUNEE", "阿魯妮"),
    ],
    "m": [
        ("SOMCHAI", "宋猜"), ("SOMPONG", "頌蓬"), ("PRASERT", "巴瑟"), ("ANAN", "阿南"),
        ("KITTISAK", "吉帝薩"), ("BOONCHU", "汶初"), ("SOMSAK", "頌薩"),
        ("THONGCHAI", "通猜"),
    ],
}  # fmt: skip
_TH_SUR = [
    ("SAELEE", "賽李"), ("KAEWKLA", "蓋克拉"), ("SRISUK", "詩蘇"), ("BOONMEE", "汶米"),
    ("THONGDEE", "通迪"), ("CHAIYASIT", "猜亞席"), ("RATTANAKORN", "拉塔納坤"),
    ("SUKJAI", "蘇齋"), ("PHROMMA", "彭瑪"), ("INTHASON", "因塔頌"), ("WONGSA", "旺薩"),
]  # fmt: skip

_NATIONALITIES = ("越南", "印尼", "菲律賓", "泰國")

# Person kinds used in templates: categories with weights, and the sex if the context fixes
# it (其母, 我老公 ...). Categories: han, married (冠夫姓), ind (Indigenous), fl / fh
# (foreign residents in Latin script / Han transliteration).
_ANY = (("han", 0.64), ("married", 0.05), ("ind", 0.09), ("fl", 0.11), ("fh", 0.11))
_CITIZEN = (("han", 0.86), ("married", 0.07), ("ind", 0.07))
_FOREIGN = (("fl", 0.5), ("fh", 0.5))
_KINDS: dict[str, tuple[tuple[tuple[str, float], ...], str | None]] = {
    "N": (_ANY, None),
    "NT": (_CITIZEN, None),
    "NW": ((("han", 0.8), ("married", 0.12), ("ind", 0.08)), "f"),
    "NM": ((("han", 0.9), ("ind", 0.1)), "m"),
    "NK": ((("han", 0.9), ("ind", 0.1)), None),
    "NF": (_FOREIGN, None),
    "NFW": (_FOREIGN, "f"),
    "NL": ((("fl", 1.0),), None),
    "NI": ((("ind", 1.0),), None),
}
_POOL_WEIGHTS = (("han", 0.66), ("married", 0.06), ("ind", 0.1), ("fl", 0.09), ("fh", 0.09))

# --------------------------------------------------------------------------- places

_COUNTIES: list[tuple[str, list[tuple[str, str]]]] = []
for _line in (
    "臺北市:100中正區,103大同區,104中山區,105松山區,106大安區,108萬華區,110信義區,"
    "111士林區,112北投區,114內湖區,115南港區,116文山區",
    "新北市:220板橋區,221汐止區,231新店區,234永和區,235中和區,236土城區,241三重區,"
    "242新莊區,244林口區,251淡水區,238樹林區,247蘆洲區",
    "桃園市:320中壢區,330桃園區,324平鎮區,326楊梅區,333龜山區,334八德區,335大溪區,338蘆竹區",
    "臺中市:400中區,401東區,403西區,404北區,406北屯區,407西屯區,408南屯區,411太平區,"
    "412大里區,420豐原區,433沙鹿區,437大甲區",
    "臺南市:700中西區,701東區,702南區,704北區,708安平區,709安南區,710永康區,730新營區,"
    "741善化區,732白河區",
    "高雄市:800新興區,801前金區,802苓雅區,804鼓山區,807三民區,813左營區,830鳳山區,"
    "833鳥松區,840大樹區,842旗山區,820岡山區,843美濃區",
    "基隆市:200仁愛區,201信義區,202中正區,203中山區,204安樂區,206七堵區",
    "新竹市:300東區,300北區,300香山區",
    "嘉義市:600東區,600西區",
    "宜蘭縣:260宜蘭市,262礁溪鄉,265羅東鎮,268五結鄉,269冬山鄉,270蘇澳鎮,267大同鄉",
    "花蓮縣:970花蓮市,971新城鄉,972秀林鄉,973吉安鄉,974壽豐鄉,975鳳林鎮,976光復鄉,"
    "981玉里鎮,983富里鄉",
    "臺東縣:950臺東市,951綠島鄉,954卑南鄉,956關山鎮,957海端鄉,958池上鄉,961成功鎮,"
    "962長濱鄉,966達仁鄉",
    "屏東縣:900屏東市,901三地門鄉,913萬丹鄉,920潮州鎮,928東港鎮,945牡丹鄉,946恆春鎮,"
    "908長治鄉,907鹽埔鄉",
    "雲林縣:640斗六市,630斗南鎮,632虎尾鎮,633土庫鎮,646古坑鄉,647莿桐鄉,651北港鎮,"
    "653口湖鄉,655元長鄉,637崙背鄉",
    "嘉義縣:612太保市,613朴子市,621民雄鄉,622大林鎮,603梅山鄉,605阿里山鄉,615六腳鄉,625布袋鎮",
    "彰化縣:500彰化市,510員林市,502芬園鄉,505鹿港鎮,520田中鎮,521北斗鎮,526二林鎮,"
    "515大村鄉,511社頭鄉",
    "南投縣:540南投市,545埔里鎮,557竹山鎮,558鹿谷鄉,552集集鎮,555魚池鄉,546仁愛鄉,556信義鄉",
    "苗栗縣:360苗栗市,351頭份市,350竹南鎮,366銅鑼鄉,369卓蘭鎮,357通霄鎮,367三義鄉,353南庄鄉",
    "新竹縣:302竹北市,310竹東鎮,303湖口鄉,305新埔鎮,313尖石鄉,315峨眉鄉,307芎林鄉",
    "澎湖縣:880馬公市,881西嶼鄉,884白沙鄉,885湖西鄉",
    "金門縣:893金城鎮,891金湖鎮,890金沙鎮,892金寧鄉",
    "連江縣:209南竿鄉,210北竿鄉",
):
    _name, _rest = _line.split(":")
    _COUNTIES.append((_name, [(d[:3], d[3:]) for d in _rest.split(",")]))
_TOWNS = [d for _, ds in _COUNTIES for _, d in ds]
_TOWN_STEMS = list(dict.fromkeys(t[:-1] for t in _TOWNS if len(t) >= 3))

_ROADS = _w(
    "中山路 中正路 民生路 民權路 民族路 成功路 復興路 光復路 和平路 建國路 自由路 仁愛路 "
    "信義路 忠孝路 文化路 中華路 博愛路 公園路 大同路 三民路 林森路 福德路 興隆路 長春路 "
    "正義路 勝利路 青年路 新生路 府前路 中興路 光明路 永安街 和平街 大仁街 忠義街 福興街 "
    "民有街 建興街 育英街 仁德街 新興路 五福路 四維路 延平路 環河路 站前路 文化街 大智路"
)
_SECTION_ROADS = _w(
    "中山北路 中山南路 忠孝東路 和平東路 基隆路 羅斯福路 中正一路 自由一路 五福一路 "
    "中華二路 環河南路 台灣大道 文心路 中華東路 健康路 南京東路 民權西路 三民路"
)
_VILLAGES = _w(
    "中正 中興 福興 永安 新興 大同 仁和 光明 和平 長安 東興 西勢 下崙 頂寮 後寮 竹圍 "
    "三和 五福 太平 復興 忠孝 仁愛 福德 民生 新庄 北勢 南興 水尾 溪洲 山腳"
)
_CN_DIGITS = "〇一二三四五六七八九"


def _cn(num: int) -> str:
    """Chinese numerals for 1..99 (十, 十二, 二十, 六十五)."""
    if num < 10:
        return _CN_DIGITS[num]
    tens, units = divmod(num, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[units] if units else "")


# --------------------------------------------------------------------------- fillers

_STATIONS = _w(
    "臺北車站 板橋車站 桃園車站 中壢車站 新竹車站 竹南車站 苗栗車站 豐原車站 臺中車站 "
    "彰化車站 員林車站 斗六車站 嘉義車站 新營車站 臺南車站 新左營車站 高雄車站 鳳山車站 "
    "屏東車站 潮州車站 宜蘭車站 羅東車站 礁溪車站 瑞芳車站 花蓮車站 玉里車站 池上車站 "
    "臺東車站 知本車站 七堵車站"
)
_PLACES = _w(
    "林口 王功漁港 黃厝 陳厝寮 石門水庫 鹿港老街 高美濕地 白河 關子嶺 礁溪 北投 四重溪 "
    "知本 瑞穗 泰安 谷關 烏來 金山 中正紀念堂 安平古堡 曾文水庫 蘇澳冷泉 馬祖 林內 "
    "田尾公路花園 柳營 江子翠 高鐵站前 洪雅 白沙屯 石碇"
)
_ORGS = _w(
    "農業部農糧署 內政部移民署 交通部觀光署 衛生福利部 臺灣鐵路公司 勞動部勞動力發展署 "
    "農業部林業及自然保育署 縣政府民政處 縣政府農業處 市政府觀光旅遊局 市政府衛生局 "
    "縣政府教育處 鄉公所農業課 鐵路警察局 消防局 環境保護局 農田水利署"
)
_LAWS = {
    "f": _w("殯葬管理條例 政府採購法 殯葬設施管理自治條例"),
    "h": _w("戶籍法 戶籍法施行細則 國籍法 入出國及移民法 姓名條例 規費法"),
    "s": _w(
        "兒童及少年福利與權益保障法 兒童課後照顧服務班與中心設立及管理辦法 "
        "補習及進修教育法 幼兒教育及照顧法"
    ),
    "t": _w("溫泉法 發展觀光條例 旅館業管理規則 民宿管理辦法 溫泉標章申請使用辦法"),
    "l": _w("民法 鐵路法 鐵路運送規則 遺失物拾得招領處理辦法"),
    "a": _w("農業天然災害救助辦法 災害防救法 農業發展條例 農業保險法"),
}
_CROPS = _w(
    "文旦柚 香蕉 芒果 番石榴 蓮霧 高接梨 甘藍 青蔥 水稻 鳳梨 木瓜 茶葉 甜柿 紅龍果 "
    "洋香瓜 花生 綠竹筍 金針 釋迦 荔枝 高麗菜 西瓜 葡萄 檳榔 柳丁 蒜頭"
)
_DISASTERS = _w(
    "凱米颱風 山陀兒颱風 0520豪雨 低溫寒害 康芮颱風 丹娜絲颱風 0801豪雨 梅雨鋒面豪雨 "
    "海葵颱風 杜蘇芮颱風 焚風 冰雹"
)
_HOTEL_HEADS = _w("山嵐 湯之鄉 川湯 泉都 水美 豐景 雲頂 溪畔 月光 松濤 翠谷 櫻花 碧泉 楓林 椰林")
_HOTEL_TAILS = _w("溫泉會館 溫泉飯店 溫泉旅館 大飯店 渡假村 商務旅館 民宿 溫泉山莊")
_COMPANY_HEADS = _w(
    "大成 永豐 金益 聯發 興隆 福記 長泰 宏達 建安 佳美 順成 鴻盛 全盛 合興 恆通 立信"
)
_COMPANY_TAILS = _w(
    "營造有限公司 交通股份有限公司 實業有限公司 遊覽車客運有限公司 食品股份有限公司 "
    "工程行 企業社 環保科技有限公司 農產運銷合作社"
)
_PRODUCTS = _w(
    "統一肉燥麵 義美小泡芙 乖乖 黑松沙士 台灣啤酒 維力炸醬麵 金蘭醬油 林鳳營鮮乳 "
    "舒跑 光泉豆漿 孔雀餅乾 蘇打餅乾 王子麵 曾拌麵 黃金蕎麥麵 高山茶禮盒"
)
_SHOPS = _w(
    "全家便利商店 7-ELEVEN門市 全聯福利中心 林記豆花 李記米粉湯 陳記蚵仔煎 "
    "黃家肉圓 老街鳳梨酥 高記茶行 丁丁藥局 金石堂書店"
)
_ITEMS = _w(
    "黑色雨傘 保溫瓶 藍色後背包 智慧型手機 無線耳機 悠遊卡 鑰匙一串 紙袋一只 安全帽 "
    "行李箱 筆記型電腦 眼鏡盒 帽子 外套 手提袋 錢包 平板電腦 玩偶"
)
_BRANDS = _w("ASUS Acer Apple 小米 三麗鷗 Sony Samsung OPPO 迪士尼 Nike")
_COLORS = _w("黑 藍 紅 灰 白 綠 粉紅 卡其 深藍 米白")
_SURNAME_WORDS = _w(
    "林地 林班地 黃昏 黃金葛 陳列架 王梨 高麗菜 金針 黃金果 石虎 葉菜類 連日豪雨 洪水 "
    "方便 許可證 周邊 江邊 朱槿 溫度 施肥 簡易 游泳池 謝絕 紀念品 康復 夏季 甘藍 何首烏 "
    "曾文溪 蘇花公路 白鷺鷥 馬路 田埂 向日葵 柯基犬 杜鵑花 龍眼 梅雨 柳丁 程序 常態 "
    "黎明 尤其 全部 車輛 關閉 司法 易燃物 古蹟 文件 包裝 毛巾 左側 石材 丁香 宋體字"
)
_DOC_PREFIXES = {
    "f": _w("府授工 府民殯 北市殯管 府民禮 所殯"),
    "h": _w("府民戶 府戶登 移署北 北市中戶 府授民"),
    "s": _w("府教國 中市教終 府教社 府授教"),
    "t": _w("花府觀 府觀管 觀技 高市衛食 府授觀"),
    "l": _w("臺鐵運 鐵警 臺鐵站 鐵旅"),
    "a": _w("農授糧 府農務 宜府農畜 農糧中 府授農"),
}
_SPAS = _w("礁溪 北投 四重溪 知本 瑞穗 泰安 谷關 烏來 金山 關子嶺 廬山 紅葉 安通 清泉")
_DRILL_ITEMS = _w("防災頭套 水壺 口罩 手電筒 哨子 雨衣")
_SERVICES = _w("戶籍謄本 印鑑證明 出生登記 遷入登記 換發身分證 結婚登記 姓名變更 死亡登記")
_TOPICS = _w("居家安全 親子共讀 職業訓練資訊 健康飲食 交通安全 防詐騙宣導 中文識字")
_SUBJECTS = _w("作業指導 美勞 桌遊 閱讀 英語繪本 體適能 書法 科學實驗")
_HALLS = _w("懷恩廳 追思廳 至善廳 永福廳 慈恩廳")
_TOWER_TAILS = _w("納骨塔 納骨堂 懷恩堂 慈恩塔 永思堂 追遠堂 福田園 靈骨塔")
_SCHOOL_HEADS = _w("光復 中正 信義 仁愛 民族 大同 復興 忠孝 文昌 新興 東光 育英 成功 和平")
_LAND_SECTIONS = _w("頂寮 大埔 新厝 田尾 北勢 竹圍 港口 後壁 埔心 溪底 山腳 番社")
_MARKETS = _w("臺北第一果菜批發市場 西螺果菜市場 溪湖果菜市場 鳳山果菜市場 三重果菜市場")
_WEATHER = _w("豪雨 強風 號誌故障 邊坡落石 電車線故障 平交道事故")
_MONTHS_EN = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")

# --------------------------------------------------------------------------- width

_FW_ALL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_FW_ALL[" "] = "\u3000"
_FW_DIGITS = {d: chr(ord(d) + 0xFEE0) for d in "0123456789"}


def _fw(value: str) -> str:
    """Full-width form of the ASCII characters (Han characters are kept)."""
    return "".join(_FW_ALL.get(c, c) for c in value)


def _fw_digits(value: str) -> str:
    return "".join(_FW_DIGITS.get(c, c) for c in value)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _weighted(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    values = [o for o, _ in options]
    weights = [w for _, w in options]
    return rng.choices(values, weights)[0]


# --------------------------------------------------------------------------- values


def _twid_value(rng: random.Random) -> str:
    letter = rng.choice("AAAAABBCDEEFFFFGHHIJKMNOPQTUVWXZ")
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    if rng.random() < 0.03:
        value = value.lower()
    return value


def _arc_value(rng: random.Random) -> str:
    letter = rng.choice("AAAABFFHEDKMNT")
    if rng.random() < 0.65:
        body = rng.choice("89") + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("ABCD")
    tail = _digits(rng, 7)
    code = str(LETTER_CODES[second] % 10)
    return letter + second + tail + id_check_digit(letter, code + tail)


def _mobile_digits(rng: random.Random) -> str:
    while True:
        value = "09" + rng.choice("12345678") + _digits(rng, 7)
        if phone.is_valid(value):
            return value


def _mobile(rng: random.Random) -> str:
    d = _mobile_digits(rng)
    a, b, c = d[:4], d[4:7], d[7:]
    forms = (
        (d, 5), (f"{a}-{b}-{c}", 5), (f"{a}-{b}{c}", 4), (f"{a} {b} {c}", 2),
        (f"{a} {b}{c}", 1), (f"{a}.{b}.{c}", 1), (f"({a}){b}-{c}", 1),
        (f"+886-{a[1:]}-{b}-{c}", 1), (f"+886 {a[1:]} {b} {c}", 1), (f"+886{d[1:]}", 1),
        (f"+886 (0){d[1:]}", 0.5), (f"886-{a[1:]}-{b}-{c}", 0.5), (f"0{a[1:]}{b}-{c}", 0.5),
    )  # fmt: skip
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


_AREAS = (
    ("02", 8, "2345678", 30), ("03", 7, "34589", 10), ("037", 6, "2345", 3),
    ("04", 8, "2", 10), ("04", 7, "78", 4), ("049", 7, "2", 3), ("05", 7, "2357", 6),
    ("06", 7, "2356", 8), ("07", 7, "2345678", 10), ("08", 7, "78", 4), ("089", 6, "3", 2),
    ("082", 6, "3", 1), ("0836", 5, "2", 1),
)  # fmt: skip


def _landline(rng: random.Random) -> str:
    while True:
        area, length, first, _ = rng.choices(_AREAS, [a[3] for a in _AREAS])[0]
        local = rng.choice(first) + _digits(rng, length - 1)
        cut = 4 if length == 8 else 3 if length == 7 else 2 if length == 6 else 1
        p1, p2 = local[:cut], local[cut:]
        forms = (
            (f"({area}){p1}-{p2}", 5), (f"{area}-{p1}-{p2}", 3), (f"{area}-{local}", 4),
            (f"({area}) {p1}-{p2}", 1), (f"({area}){local}", 2), (f"{area} {p1} {p2}", 1),
            (f"+886-{area[1:]}-{p1}-{p2}", 1), (f"{area}{local}", 1),
        )  # fmt: skip
        value = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
        if rng.random() < 0.18:
            ext = _digits(rng, rng.choice((2, 3, 3, 4))).lstrip("0") or "1"
            value += rng.choice(
                (f"#{ext}", f" 分機{ext}", f"分機 {ext}", f" 轉{ext}", f" ext.{ext}", f"轉{ext}")
            )
        if phone.is_plausible(value):
            return value


def _phone(rng: random.Random) -> str:
    return _mobile(rng) if rng.random() < 0.62 else _landline(rng)


_ROMAN = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou mei ling hui chun wei ming chih hao yu ting ya pei hsin chia jung yi an shu fen "
    "kai nguyen tran siti dewi maria santos somchai panay walis"
)
_DOMAINS = (
    ("gmail.com", 6), ("yahoo.com.tw", 3), ("hotmail.com", 2), ("outlook.com", 1),
    ("ms{n}.hinet.net", 2), ("icloud.com", 1), ("livemail.tw", 0.5), ("pchome.com.tw", 0.5),
    ("seed.net.tw", 0.3), ("gmail.com.tw", 0.1), ("mail.edu.tw", 0.3),
)  # fmt: skip


def _email(rng: random.Random) -> str:
    a, b = rng.choice(_ROMAN), rng.choice(_ROMAN)
    num = _digits(rng, rng.choice((2, 2, 3, 4)))
    year = str(rng.randint(1955, 2005))
    local = rng.choice(
        (f"{a}.{b}", f"{a}{b}{num}", f"{a}_{b}", f"{a[0]}{b}{num}", f"{b}{a}{year}", f"{a}{b}",
         f"{a}-{b}{num[:2]}", f"{a}{year[2:]}{b}")
    )  # fmt: skip
    domain = rng.choices([d for d, _ in _DOMAINS], [w for _, w in _DOMAINS])[0]
    domain = domain.replace("{n}", str(rng.randint(1, 79)))
    if rng.random() < 0.08:
        local = local.capitalize()
    return f"{local}@{domain}"


def _village(rng: random.Random, town: str) -> str:
    return rng.choice(_VILLAGES) + ("村" if town.endswith("鄉") else "里")


def _address(rng: random.Random) -> str:
    county, towns = rng.choice(_COUNTIES)
    zip_code, town = rng.choice(towns)
    if county.startswith("臺") and rng.random() < 0.35:
        county = "台" + county[1:]
    parts: list[str] = []
    roll = rng.random()
    if roll < 0.2:
        parts.append(zip_code)
    elif roll < 0.27:
        parts.append(zip_code + _digits(rng, 3))
    parts += [county, town]
    rural = town.endswith("鄉")
    no_road = False
    if rng.random() < (0.45 if rural else 0.15):
        parts.append(_village(rng, town))
        if rng.random() < 0.7:
            parts.append(f"{rng.randint(1, 28)}鄰")
        no_road = rural and rng.random() < 0.35
    if not no_road:
        if rng.random() < 0.3:
            road = rng.choice(_SECTION_ROADS) + _cn(rng.randint(1, 5)) + "段"
        else:
            road = rng.choice(_ROADS)
            if rng.random() < 0.2:
                road += _cn(rng.randint(1, 3)) + "段"
        parts.append(road)
        if rng.random() < 0.25:
            parts.append(f"{rng.randint(1, 400)}巷")
            if rng.random() < 0.35:
                parts.append(f"{rng.randint(1, 30)}弄")
    number = f"{rng.randint(1, 399)}"
    tail = rng.random()
    if tail < 0.1:
        number += f"之{rng.randint(1, 9)}"
    elif tail < 0.14:
        number += f"-{rng.randint(1, 9)}"
    parts.append(number + "號")
    if rng.random() < 0.4:
        fl = rng.randint(2, 15)
        parts.append(
            rng.choice((f"{fl}樓", f"{_cn(fl)}樓", f"{fl}F", f"{fl}樓之{rng.randint(1, 6)}"))
        )
    sep = " " if rng.random() < 0.05 else ""
    return sep.join(parts) if sep else "".join(parts)


def _nhi(rng: random.Random) -> str:
    value = "0000" + _digits(rng, 8) if rng.random() < 0.8 else "000" + _digits(rng, 9)
    sep = rng.choice(("", "", "-", " "))
    return sep.join((value[:4], value[4:8], value[8:])) if sep else value


def _passport(rng: random.Random, nat: str | None) -> str:
    if nat == "越南":
        return rng.choice("CCCNB") + _digits(rng, 7)
    if nat == "印尼":
        return rng.choice("ABCEX") + _digits(rng, 7)
    if nat == "菲律賓":
        return rng.choice(("P" + _digits(rng, 7) + rng.choice("ABC"), "EC" + _digits(rng, 7)))
    if nat == "泰國":
        return rng.choice("ABFGJ") + rng.choice("ABCDEFGHJK") + _digits(rng, 7)
    return "3" + _digits(rng, 8)


def _card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "visa", "mc", "mc", "jcb", "amex", "up"))
    if kind == "visa":
        prefix, length = "4", 16
    elif kind == "mc":
        prefix, length = "5" + str(rng.randint(1, 5)), 16
    elif kind == "jcb":
        prefix, length = "35" + str(rng.randint(28, 89)), 16
    elif kind == "amex":
        prefix, length = rng.choice(("34", "37")), 15
    else:
        prefix, length = "62", 16
    body = prefix + _digits(rng, length - len(prefix) - 1)
    value = next(body + d for d in "0123456789" if creditcard.is_valid(body + d))
    sep = rng.choice(("", "-", "-", " ", " "))
    if not sep:
        return value
    if length == 15:
        return sep.join((value[:4], value[4:10], value[10:]))
    return sep.join(value[i : i + 4] for i in range(0, 16, 4))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, _MONTH_DAYS[m - 1])


def _birth(rng: random.Random, y0: int, y1: int, foreign: bool = False) -> str:
    y, m, d = _ymd(rng, y0, y1)
    r = y - 1911
    forms: list[tuple[str, float]] = [
        (f"民國{r}年{m}月{d}日", 3), (f"{r}年{m}月{d}日", 4), (f"{r}.{m:02d}.{d:02d}", 2),
        (f"{r}/{m:02d}/{d:02d}", 2), (f"{r:03d}{m:02d}{d:02d}", 1), (f"{r}.{m}.{d}", 1),
        (f"{y}-{m:02d}-{d:02d}", 2), (f"{y}/{m}/{d}", 2), (f"{y}年{m}月{d}日", 2),
        (f"{y}.{m:02d}.{d:02d}", 1), (f"{y}{m:02d}{d:02d}", 0.5),
    ]  # fmt: skip
    if r < 100:
        forms += [(f"民國{_cn(r)}年{_cn(m)}月{_cn(d)}日", 1), (f"{r:03d}/{m:02d}/{d:02d}", 0.5)]
    if foreign:
        forms += [(f"{d:02d}/{m:02d}/{y}", 5), (f"{d:02d} {_MONTHS_EN[m - 1]} {y}", 3)]
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


def _recent_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2023, 2025)
    r = y - 1911
    return rng.choice(
        (f"{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{r}/{m:02d}/{d:02d}", f"{r}.{m}.{d}",
         f"{m}月{d}日", f"{m}/{d}", f"{y}/{m}/{d}", f"{y}-{m:02d}-{d:02d}")
    )  # fmt: skip


def _roc_long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2023, 2025)
    return f"{y - 1911}年{m}月{d}日"


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(8, 17), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    half = "上午" if h < 12 else "下午"
    h12 = h if h < 13 else h - 12
    return rng.choice(
        (f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{half}{h12}時{mi}分", f"{half}{h12}點")
    )


def _ban(rng: random.Random) -> str:
    while True:
        value = _digits(rng, 8)
        if value[0] != "0" and ban_mod.is_valid(value):
            return value


def _id_lookalike_ok(value: str) -> bool:
    return not (twid.is_valid(value) or arc.is_valid(value))


def _receipt(rng: random.Random) -> str:
    while True:
        value = rng.choice("ABCEFHKLMNPRSTW") + str(rng.randint(112, 114)) + _digits(rng, 6)
        if _id_lookalike_ok(value):
            return value


def _invoice(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        value = rng.choice(letters) + rng.choice(letters) + "-" + _digits(rng, 8)
        if _id_lookalike_ok(value):
            return value


def _caseno(rng: random.Random) -> str:
    r = rng.randint(112, 114)
    return rng.choice(
        (f"{r}-{rng.choice(('農損', '殯', '溫', '遺', '戶', '觀'))}-{_digits(rng, 4)}",
         f"{r}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}",
         f"W{r}{_digits(rng, 4)}", f"{r}年度第{rng.randint(1, 999)}號",
         f"LF-{r}{rng.randint(1, 12):02d}-{_digits(rng, 3)}")
    )  # fmt: skip


def _docno(rng: random.Random, genre: str) -> str:
    return f"{rng.choice(_DOC_PREFIXES[genre])}字第{rng.randint(112, 114)}{_digits(rng, 7)}號"


def _amount(rng: random.Random, low: int, high: int, step: int) -> str:
    value = rng.randint(low // step, high // step) * step
    return f"{value:,}" if rng.random() < 0.8 else str(value)


def _law(rng: random.Random, genre: str) -> str:
    law = rng.choice(_LAWS[genre])
    art = rng.randint(2, 120)
    if rng.random() < 0.5:
        return f"《{law}》第{art}條"
    return f"{law}第{art}條第{rng.randint(1, 4)}項"


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCKLMNRTW") for _ in range(3))
    return f"{letters}-{_digits(rng, 4)}"


def _tower(rng: random.Random) -> str:
    head = rng.choice(_TOWN_STEMS) + rng.choice(("", "第一", "第二", "公立"))
    return head + rng.choice(_TOWER_TAILS)


def _hotel(rng: random.Random) -> str:
    head = rng.choice(_HOTEL_HEADS + _SPAS)
    return head + rng.choice(_HOTEL_TAILS)


def _company(rng: random.Random) -> str:
    return rng.choice(_COMPANY_HEADS) + rng.choice(_COMPANY_TAILS)


def _school(rng: random.Random) -> str:
    return rng.choice(_TOWN_STEMS) + rng.choice(_SCHOOL_HEADS) + "國小"


def _land(rng: random.Random) -> str:
    return f"{rng.choice(_LAND_SECTIONS)}段{rng.randint(1, 2999)}-{rng.randint(1, 30)}地號"


def _train(rng: random.Random) -> str:
    kind = rng.choice(("自強號", "區間車", "莒光號", "普悠瑪", "太魯閣號", "區間快車"))
    return f"{kind}{rng.randint(101, 4299)}次"


_TEXT: dict[str, Callable[[random.Random], str]] = {
    "date": _recent_date,
    "rocdate": _roc_long_date,
    "time": _time,
    **{f"docno{g}": (lambda r, g=g: _docno(r, g)) for g in _DOC_PREFIXES},
    "caseno": _caseno,
    "rcpt": _receipt,
    "invoice": _invoice,
    "ban": _ban,
    "amt": lambda r: _amount(r, 100, 30_000, r.choice((10, 50, 100))),
    "amtm": lambda r: _amount(r, 10_000, 500_000, 1000),
    "amtb": lambda r: _amount(r, 500_000, 30_000_000, 10_000),
    "market": lambda r: r.choice(_MARKETS),
    "spa": lambda r: r.choice(_SPAS),
    "store": lambda r: r.choice(
        ("全聯福利中心", "全家便利商店", "7-ELEVEN門市", "家樂福", "好市多")
    ),
    "areab": lambda r: f"{r.randint(100, 30000) / 100:.2f}",
    "drill": lambda r: r.choice(_DRILL_ITEMS),
    "fee": lambda r: r.choice(("200", "200", "100", "150", "50")),
    "sem": lambda r: r.choice("12"),
    "nnnn": lambda r: str(r.randint(1000, 9999)),
    **{f"law{g}": (lambda r, g=g: _law(r, g)) for g in _LAWS},
    "plate": _plate,
    "tower": _tower,
    "hotel": _hotel,
    "company": _company,
    "school": _school,
    "land": _land,
    "train": _train,
    "station": lambda r: r.choice(_STATIONS),
    "town": lambda r: r.choice(_TOWNS),
    "county": lambda r: r.choice(_COUNTIES)[0],
    "place": lambda r: r.choice(_PLACES),
    "road": lambda r: r.choice(_ROADS),
    "org": lambda r: r.choice(_ORGS),
    "crop": lambda r: r.choice(_CROPS),
    "disaster": lambda r: r.choice(_DISASTERS),
    "product": lambda r: r.choice(_PRODUCTS),
    "shop": lambda r: r.choice(_SHOPS),
    "item": lambda r: r.choice(_ITEMS),
    "brand": lambda r: r.choice(_BRANDS),
    "color": lambda r: r.choice(_COLORS),
    "word": lambda r: r.choice(_SURNAME_WORDS),
    "service": lambda r: r.choice(_SERVICES),
    "topic": lambda r: r.choice(_TOPICS),
    "subject": lambda r: r.choice(_SUBJECTS),
    "hall": lambda r: r.choice(_HALLS),
    "weather": lambda r: r.choice(_WEATHER),
    "cemetery": lambda r: r.choice(_TOWN_STEMS) + f"第{_cn(r.randint(1, 9))}公墓",
    "village": lambda r: r.choice(_VILLAGES) + r.choice("村里"),
    "rel": lambda r: r.choice(("配偶", "子女", "孫子女", "手足", "姪甥", "三親等旁系血親")),
    "kin": lambda r: r.choice(("阿公", "阿嬤", "舅舅", "阿姨", "姑姑", "外婆", "叔叔", "爸爸")),
    "kinw": lambda r: r.choice(("阿嬤", "阿姨", "姑姑", "外婆", "大姨", "嬸嬸")),
    "sex": lambda r: r.choice("男女"),
    "route": lambda r: r.choice(("A線", "B線", "紅線", "藍線", "1號車", "2號車", "山線", "海線")),
    "room": lambda r: str(r.randint(2, 9) * 100 + r.randint(1, 30)),
    "slot": lambda r: f"{r.choice('ABCD')}{r.randint(1, 4)}-{_digits(r, 4)}",
    "lf": lambda r: f"{r.randint(112, 114)}{r.randint(1, 12):02d}-{_digits(r, 3)}",
    "cert": lambda r: f"{r.randint(105, 113)}救字第{_digits(r, 4)}號",
    "auth": lambda r: _digits(r, 6),
    "year": lambda r: str(r.randint(112, 115)),
    "term": lambda r: str(r.randint(112, 114)),
    "n": lambda r: str(r.randint(1, 9)),
    "nn": lambda r: str(r.randint(10, 99)),
    "nnn": lambda r: str(r.randint(100, 999)),
    "big": lambda r: f"{r.randint(1000, 99999):,}",
    "temp": lambda r: str(r.randint(36, 48)),
    "ph": lambda r: f"{r.randint(65, 92) / 10:.1f}",
    "pct": lambda r: str(r.randint(20, 100)),
    "area": lambda r: f"{r.randint(5, 480) / 100:.2f}",
}

# --------------------------------------------------------------------------- templates
# Upper-case placeholders become labelled spans, lower-case ones plain text; a trailing
# digit ({N1}) repeats the same value within a sample.

_FUNERAL_POS = [
    "{tower}使用申請書\n亡者姓名：{NT1}　性別：{sex}\n身分證統一編號：{ID}\n"
    "出生日期：{BDO}\n死亡日期：{date}\n申請人：{NT2}（與亡者關係：{rel}）\n"
    "聯絡電話：{TEL}\n通訊地址：{ADDR}",
    "{date} {N1}來電詢問其父{NM2}骨灰進塔事宜，已告知須備死亡證明書、除戶謄本及印章，"
    "請其上班時間臨櫃辦理。回電：{MOB}",
    "主旨：核准{NT1}君申請使用{tower}櫃位乙處安奉其母{NW2}骨灰，請查照。\n說明：\n"
    "一、依據{NT1}君{date}申請書辦理。\n二、使用規費新臺幣{amtm}元已繳清（收據編號{rcpt}）。\n"
    "三、許可證寄送地址：{ADDR}。\n正本：{NT1}",
    "家屬{N1}表示：「我媽媽{NW2}是{BDO}出生的，身分證是{ID}，想放在我爸旁邊的位子。」"
    "已協助查詢{tower}空位。",
    "{date} {N1}以信用卡繳納{tower}永久管理費新臺幣{amtm}元，卡號{CARD}，授權碼{auth}。\n"
    "經辦人：{NT2}",
    "申請人{NF1}（{nat}籍配偶，居留證號{ARC}）為亡者{NT2}之配偶，代為申請火化許可，聯絡手機{MOB}。",
    "{date}聯合奠祭家屬名單\n1. {N1}（家屬代表，{MOB}）\n2. {N2}\n3. {N3}、{N4}\n"
    "請於當日上午7時30分前至{hall}報到。",
    "{N1} 樹葬申請 電話{TEL} 地址{ADDR}",
    "已將{tower}使用許可證電子檔寄至申請人{N1}信箱{MAIL}，正本請於{date}前攜帶身分證至本所領取。",
    "{cemetery}遷葬登記：墓主{NT1}，家屬{N2}（{rel}），戶籍地址{ADDR}，手機{MOB}。預定{date}起掘。",
    "切結書\n立切結書人願遵守{tower}管理規定，如有違反願無條件遷出。\n此致\n{town}公所\n"
    "立切結書人：{NT1}\n身分證字號：{ID}\n住址：{ADDR}\n電話：{TEL}\n中華民國{rocdate}",
    "{NI1}家屬申請{cemetery}土葬，已現勘墓基位置，聯絡人{N2} {MOB}",
    "{NT1}過世後健保卡（卡號{NHI}）由家屬{N2}繳回註銷，並辦理{tower}進塔。",
    "亡者{NL1}為{nat}籍移工，護照號碼{PASS}，遺體由仲介協助運回，聯絡人{NT2}（{TEL}）。",
    "進塔日期改為{date}，申請人{N1}：「那天是我爸{NM2}的生日，{BDO}，想選那天。」",
    "委託書\n委託人：{NT1}（{ID}）\n受託人：{N2}，電話{MOB}\n委託事項：代辦{tower}骨灰罐遷出。",
]
_FUNERAL_NEG = [
    "{town}第二公墓納骨堂擴建工程（案號{caseno}）依{law}辦理，預算金額新臺幣{amtb}元，"
    "由{company}（統一編號{ban}）得標，預定{date}完工。",
    "公告：本所{tower}自{date}起至{date}止辦理內部整修，暫停受理進塔申請；"
    "清明節期間開放時間延長至下午6時。",
    "{org}函　{docno}\n主旨：檢送{year}年度公立殯葬設施使用規費收費標準修正草案，"
    "請於{date}前表示意見。\n說明：依{law}辦理。",
    "清明連假掃墓交通管制：{road}往{place}方向實施單向通行，另加開接駁車，"
    "高齡長輩請多利用；林班地周邊嚴禁焚燒金紙。",
    "本日收入：火化規費{n}件計{amt}元、納骨塔使用費{n}件計{amtm}元，收據{rcpt}等{nn}張已送出納。",
    "{tower}櫃位統計：A區{nnnn}位已使用{nnnn}位，B區尚餘{nnn}位；黃金葛盆栽、"
    "易燃物請勿放置於櫃位前。",
    "聯合奠祭場地：{hall}，{date}上午8時，禮儀服務由{company}（統一編號{ban}）"
    "承攬，契約金額{amtb}元。",
    "殯葬設施巡檢：{cemetery}排水溝淤積、陳列架鏽蝕，已請{company}於{date}前修繕，"
    "依{law}列管（{caseno}）。",
]

_HOUSEHOLD_POS = [
    "{time} 櫃台{n} {NT1}辦理出生登記，新生兒{NK2}，出生日期{BDN}，父{NM3}、母{NW4}，"
    "戶籍地址{ADDR}。",
    "新住民{NF1}（{nat}籍，護照號碼{PASS}）申請初設戶籍，已持居留證（{ARC}），"
    "配偶{NT2}陪同，聯絡電話{MOB}。",
    "{NT1}申請補發國民身分證（{ID}），自述於{date}在{place}附近遺失，已比對相片影像無誤，"
    "收規費{fee}元。",
    "遷入登記｜{NT1}｜由{county}遷入｜新址：{ADDR}",
    "民眾{N1}來電（{TEL}）詢問印鑑證明申請，告知須本人攜帶身分證及印章辦理。",
    "結婚登記\n夫：{NM1}　身分證：{ID}　出生：{BD}\n妻：{NFW2}　居留證：{ARC}　"
    "出生：{BDF}\n住址：{ADDR}",
    "{NT1}申請改名，新名「{NT2}」，理由：與直系尊親屬名字相同。",
    "{NT1}申請回復原住民族傳統名字為「{NI2}」，並依規定並列羅馬拼音。",
    "{NF1} 外籍配偶 居留證{ARC} 生日{BDF} 詢問歸化國籍應備文件，代辦人{NT2}。",
    "{NT1}申辦其母{NW2}死亡登記，死者身分證{ID}，出生{BDO}，死亡證明書正本已收。",
    "{N1}請求將戶籍謄本寄到{MAIL}，已告知須臨櫃或以自然人憑證線上申請。",
    "{NT1}未帶身分證，僅出示健保卡（卡號{NHI}）及駕照，依規定請其補件後再辦。",
    "「我老公{NM1}去外地工作，我自己來辦小孩的戶口。」（{NFW2}，{nat}籍，手機{MOB}）",
    "姓名：{NL1}\n國籍：{nat}\n護照號碼：{PASS}\n出生日期：{BDF}\n在臺地址：{ADDR}\n"
    "聯絡電話：{MOB}",
    "{date}{time}\n{N1} 換證 OK\n{NT2} 謄本×2 OK\n{NT3} 遷出 缺印章，回電{MOB}",
    "分居登記聲請人{NT1}，現居地{ADDR}，請勿對外提供，承辦人{NT2}（{LAND}）。",
]
_HOUSEHOLD_NEG = [
    "戶政業務宣導關鍵字：{word}、{service}、{word}；{town}戶政事務所{date}更新。",
    "本所於{date}（週六）上午8時至12時加班受理戶籍登記（{docno}），依{law}辦理，請民眾多加利用。",
    "今日櫃台統計：出生登記{n}件、結婚登記{n}件、遷入登記{nn}件、初設戶籍{n}件，"
    "規費收入新臺幣{amt}元，號碼牌發至A{nnn}號。",
    "新住民培力課程：{date}於{place}活動中心辦理，主題「{topic}」，由{org}補助，"
    "報名請洽各區戶政事務所。",
    "{town}人口統計（{date}）：設籍人口{big}人，較上月增加{nn}人；出生{nn}人、死亡{nn}人。",
    "戶役政資訊系統於{date}晚間10時至翌日6時停機維護（維護案號{caseno}），期間暫停跨機關查詢。",
    "門牌整編公告：{road}自{date}起改編，舊門牌請保留至{date}，依門牌整編辦法辦理；"
    "周邊商家如{shop}請配合更新招牌。",
    "移民業務聯合服務站：{org}每月第{n}個週三派員進駐，受理居留延期與{service}諮詢，不收任何費用。",
    "戶政規費收據{rcpt}等{n}張作廢，已依{law}陳報，金額新臺幣{amt}元。",
]

_SCHOOL_POS = [
    "娃娃車{route}\n{place}站：{NK1}、{NK2}\n{road}站：{NK3}\n駕駛：{NT4}　"
    "隨車人員：{NT5}（{MOB}）",
    "{NK1}今天由{kin1}接送，{kin1}手機{MOB}，已告知導師{NT2}。",
    "家長{N1}來電反映{NK2}在車上與同學發生衝突，已請隨車老師{NT3}了解並回電{TEL}。",
    "學生姓名：{NK1}\n身分證統一編號：{ID}\n出生年月日：{BDK}\n健保卡號：{NHI}\n"
    "戶籍地址：{ADDR}\n家長／監護人：{NT2}　聯絡電話：{TEL}\n電子信箱：{MAIL}",
    "{NK1}（母親{NFW2}，{nat}籍）需加強注音符號練習，已與母親約{date}面談，聯絡方式{MOB}。",
    "課後照顧費{amt}元，家長{N1}以信用卡（{CARD}）線上繳納，收據已交{NK2}帶回。",
    "請假紀錄\n- {NK1}：發燒（家長{N2}來電）\n- {NK3}：家庭因素\n- {NK4}：看牙醫",
    "接送授權書\n本人{NT1}（身分證字號{ID}）授權{NW2}（{kinw}，電話{MOB}）於放學時接送{NK3}。",
    "{date} {time} {NK1}下車時跌倒擦傷膝蓋，已電話通知家長{N2}（{TEL}），"
    "由隨車人員{NT3}陪同至{town}衛生所處理。",
    "幼童專用車駕駛{NT1}，出生{BD}，身分證{ID}，職業駕照已查驗，聯絡電話{MOB}。",
    "{NK1}媽媽說：「{NK1}這禮拜都給{kinw}{NW2}載，有事打{MOB}。」",
    "轉入生{NK1}，原就讀{school}，新址{ADDR}，家長{N2}，電子郵件{MAIL}。",
    "課照老師{NT1}、{NT2}、{NI3}本學期排班如附件，代課聯絡{NT4} {MOB}。",
]
_SCHOOL_NEG = [
    "{school}{term}學年度課後照顧班開班公告：依{law}辦理，每月收費新臺幣{amt}元，"
    "低收入戶及中低收入戶免費。報名期間{date}至{date}。",
    "幼童專用車{plate}定期檢驗合格，檢驗日期{date}，下次檢驗期限{date}。"
    "車輛所有人：{company}（統一編號{ban}）。",
    "路線調整：{route}自{date}起改經{road}，{place}站暫停停靠，請家長留意。",
    "點心採購：{product}{n}箱、{product}{n}箱，發票號碼{invoice}，合計新臺幣{amt}元，向{store}採購。",
    "本週課程：週一{subject}、週三{subject}、週五{subject}；{date}防災演練，請攜帶{drill}。",
    "黃金葛、向日葵種植觀察紀錄表請於{date}前交回，共{n}班{nn}份；高溫期間戶外活動暫停。",
    "{school}課後照顧班經費核銷：鐘點費{amt}元、材料費{amt}元，核定文號{docno}。",
]

_HOTEL_POS = [
    "稽查日期：{date}\n業者：{hotel}（統一編號{ban}）\n負責人：{NT1}\n營業地址：{ADDR}\n"
    "聯絡電話：{LAND}\n稽查結果：大眾池水溫{temp}℃，總菌落數不符標準，限期{n}日內改善。\n"
    "稽查人員：{NT2}、{NT3}",
    "旅客{N1}（{MOB}）投訴{date}入住{hotel}時，房內溫泉水混濁且有異味，要求退費，已轉請業者回覆。",
    "住宿登記抽查：\n{room}房 {NL1}（{nat}）護照{PASS}\n{room}房 {NT2} 身分證{ID}\n"
    "{room}房 {NT3} 未登記證件號碼，已請業者補正。",
    "稽查員{NT1}、{NT2}會同{org}人員到場，現場負責人{NT3}拒絕於紀錄上簽名，依{law}舉發。",
    "{N1}陳情其信用卡（{CARD}）於{date}遭{hotel}重複刷卡新臺幣{amt}元，已請業者提出交易明細。",
    "現場清潔人員{NF1}（居留證號{ARC}）表示池水每日更換一次，與業者{NT2}說法不符。",
    "改善計畫書請業者於{date}前寄回，業者聯絡窗口{NT1}，電子郵件{MAIL}，電話{TEL}。",
    "經理{NT1}：「我們的溫泉水每天都換，不信你去問{N2}。」",
    "{date}{hotel}旅客{N1}（出生{BD}）於大浴池滑倒，由{NT2}陪同就醫，家屬聯絡地址：{ADDR}。",
    "救生員名冊：{NT1}（{cert}）、{NT2}（{cert}）、{NI3}（{cert}），值班手機{MOB}。",
    "民宿登記：{hotel}，經營者{NT1}，身分證統一編號{ID}，住址{ADDR}，電話{TEL}。",
    "複查{hotel}：負責人{NT1}已完成改善，檢附水質報告（{caseno}），聯絡人{N2} {LAND}",
]
_HOTEL_NEG = [
    "{date}溫泉標章年度查核結果：{hotel}、{hotel}、{hotel}等{n}家合格，{hotel}限期改善。"
    "依溫泉法及溫泉標章申請使用辦法辦理。",
    "水質檢驗報告編號{caseno}：泉溫{temp}℃、pH值{ph}、總菌落數{nnn} CFU/mL，大腸桿菌群未檢出。",
    "{hotel}（統一編號{ban}）旅館業登記證第{nnn}號，客房{nn}間，定價新臺幣{amt}元至{amt}元。",
    "裁處書{docno}：{company}違反{law}，處新臺幣{amtm}元罰鍰，並限期改善。",
    "{spa}溫泉區聯合稽查：{date}上午9時於遊客中心集合，參與單位：{org}、{org}。",
    "溫泉取用費：{hotel}{date}申報取用量{big}立方公尺，應繳新臺幣{amt}元（{rcpt}）。",
    "夏季旅遊旺季公安檢查：{hotel}逃生通道堆放毛巾及陳列架，已限期{n}日內改善。",
]

_LOST_POS = [
    "{date} {time} {station}第{n}月台拾得黑色皮夾一只，內有身分證（{NT1}，{ID}）、"
    "健保卡（{NHI}）、信用卡一張（{CARD}）及現金新臺幣{amt}元。\n拾得人：{N2}（{MOB}）",
    "失主{N1}來電（{TEL}）詢問遺失於{train}第{n}車之後背包，特徵：{color}色、"
    "有{brand}吊飾，已請{station}協尋。",
    "護照一本（{NL1}，{nat}，{PASS}）於{station}售票口拾得，已通知失主，失主聯絡信箱{MAIL}。",
    "{NT1}領回遺失手機，核對身分證{ID}無誤，經辦人{NT2}。",
    "居留證拾得：姓名{NF1}，統一證號{ARC}，出生日期{BDF}，已移送鐵路警察局。",
    "拾得人{N1}表示：「我是在{station}往{station}的{train}上，座位底下撿到的。」",
    "失主{N1}請求寄回，地址：{ADDR}，收件電話{TEL}，運費到付。",
    "悠遊卡及健保卡各一張，健保卡姓名{NK1}，卡號{NHI}，出生{BDK}，已聯絡學校轉知家長。",
    "{time} {station} {item} 失主{N1} {MOB} 已領回",
    "拾得信用卡一張，持卡人{NL1}，卡號{CARD}，依規定剪角後送發卡銀行。",
    "遺失物認領切結：本人{NT1}確為{item}之所有人，如有不實願負法律責任。\n"
    "認領人簽名：{NT1}\n聯絡電話：{MOB}",
    "{station}站務員{NT1}於{train}車廂清潔時拾得{item}，內有{N2}之名片及手機號碼{MOB}，"
    "已電話聯繫。",
]
_LOST_NEG = [
    "{station}公告欄關鍵詞：{word}、{word}、遺失物、{item}；開放資料更新日期{date}。",
    "{station}遺失物招領公告：{date}拾得雨傘{n}把、水壺{n}個、{product}一袋，"
    "依民法第803條及第807條規定，逾6個月無人認領者歸拾得人所有。",
    "遺失物編號{caseno}：{color}色後背包，內有{product}、筆記型電腦（{brand}）、充電器，"
    "保管於{station}站務室。",
    "{train}於{date}因{weather}延誤{nn}分鐘，旅客退票依{law}辦理。",
    "本週招領物品：{item}、{item}、{item}，收據號碼{rcpt}，保管期限至{date}止。",
    "{station}站務室遺失物月報：收件{nn}件、領回{nn}件、移送{org}{n}件；另拾得統一發票"
    "{invoice}一張（消費金額{amt}元，{shop}開立）。",
    "{station}月台施工：{date}起第{n}月台封閉，旅客請改至第{n}月台候車；柯基犬等寵物請裝籠。",
]

_FARM_POS = [
    "{disaster}農業災害現金救助申請書\n申請人：{NT1}\n身分證字號：{ID}\n出生年月日：{BD}\n"
    "戶籍地址：{ADDR}\n聯絡電話：{TEL}\n災損作物：{crop}，面積{area}公頃\n坐落地號：{land}",
    "{NT1}代理其父{NM2}申請{crop}災害救助，委託書及{NM2}身分證影本（{ID}）已附。",
    "雇主{NT1}所僱移工{NF2}（居留證號{ARC}）協助搶收{crop}時受傷，已通報{org}。",
    "{date} 現勘 {village} {N1} {crop} 損失率{pct}% 電話{MOB}",
    "救助金撥入申請人{NT1}之帳戶，{NT1}另請求以簡訊通知手機{MOB}。",
    "{NI1}（{village}）種植{crop}{area}公頃，受{disaster}影響全數倒伏，由村幹事{NT2}陪同申請。",
    "農友{NM1}說：「{crop}攏予水淹去矣，阮某{NW2}彼坵田嘛仝款。」",
    "申請人{N1}詢問救助進度，已回覆至{MAIL}。",
    "更正：前報{NT1}申請案出生日期誤植，應為{BD}，地址更正為{ADDR}。",
    "申請人{NT1}未帶身分證，以健保卡（{NHI}）核對身分後受理。",
    "{disaster}災後復耕：{NT1}、{NI2}、{NT3}申請低利貸款，聯絡窗口{NT4}（{LAND}）。",
]
_FARM_NEG = [
    "本則救助公告資料標籤：{word}、{crop}、{word}、{disaster}（{county}，{date}更新）。",
    "{org}公告：{disaster}（{date}）造成{county}{crop}受損，經公告為現金救助地區，"
    "救助額度每公頃新臺幣{amtm}元，申請期限至{date}止，依{law}辦理。",
    "現勘統計：{town}受理{nn}件，核定面積{areab}公頃，核定救助金額新臺幣{amtb}元，"
    "不予救助{n}件（損失率未達20%）。",
    "{org}　{docno}\n主旨：請於{date}前完成{disaster}災損查報，逾期不予受理。\n說明：依{law}辦理。",
    "{crop}、{crop}產地價格：{date}每公斤{nn}元，較上週上漲{n}%；{market}交易量{big}公斤。",
    "高接梨穗嫁接補助：每公頃{amtm}元，穗條供應廠商為{company}（統一編號{ban}）。",
    "連日豪雨致{town}林地崩塌，{road}封閉，農田水利署搶修經費{amtb}元（{caseno}）。",
    "石虎友善農地補助：{county}核定{nn}處，葉菜類及龍眼園優先，申請期限{date}。",
]

# --------------------------------------------------------------------------- builders


def _roster(doc: "_Doc") -> None:
    doc.render("{school}課後照顧班名冊（{term}學年度第{sem}學期）\n")
    sep = doc.rng.choice(("｜", "　", " "))
    doc.render(sep.join(("座號", "姓名", "出生日期", "家長", "緊急聯絡電話")) + "\n")
    for i in range(1, doc.rng.randint(2, 6) + 1):
        doc.render(f"{i}{sep}{{NK}}{sep}{{BDK}}{sep}{{N}}{sep}{{MOB}}\n")
    doc.render("導師：{NT}")


def _lost_register(doc: "_Doc") -> None:
    doc.render("{station}遺失物登記簿\n編號｜拾得時間｜物品｜拾得人｜失主／聯絡\n")
    for _ in range(doc.rng.randint(2, 5)):
        doc.render("{lf}｜{date} {time}｜{item}｜{N}｜")
        if doc.rng.random() < 0.6:
            doc.render("{N}／{TEL}\n")
        else:
            doc.render("待招領\n")


def _funeral_table(doc: "_Doc") -> None:
    doc.render("櫃位編號｜亡者姓名｜出生日期｜進塔日期｜申請人｜聯絡電話\n")
    for _ in range(doc.rng.randint(1, 4)):
        doc.render("{slot}｜{NT}｜{BDO}｜{date}｜{N}｜{TEL}\n")


def _claims_table(doc: "_Doc") -> None:
    doc.render("{disaster}救助申請彙整表（{town}）\n序\t申請人\t身分證字號\t作物\t面積\t電話\n")
    for i in range(1, doc.rng.randint(2, 6) + 1):
        doc.render(f"{i}\t{{NT}}\t{{ID}}\t{{crop}}\t{{area}}\t{{TEL}}\n")


def _counter_table(doc: "_Doc") -> None:
    doc.render("號碼牌｜申辦人｜業務別｜聯絡電話\n")
    for _ in range(doc.rng.randint(2, 5)):
        doc.render("A{nnn}｜{N}｜{service}｜{MOB}\n")


def _templates(tpls: list[str], genre: str) -> list[Callable[["_Doc"], None]]:
    def one(tpl: str) -> Callable[["_Doc"], None]:
        return lambda doc: doc.render(tpl)

    return [
        one(t.replace("{law}", "{law" + genre + "}").replace("{docno}", "{docno" + genre + "}"))
        for t in tpls
    ]


_Builder = Callable[["_Doc"], None]
_GENRES: list[tuple[str, list[_Builder], list[_Builder]]] = [
    ("funeral", [*_templates(_FUNERAL_POS, "f"), _funeral_table], _templates(_FUNERAL_NEG, "f")),
    (
        "household",
        [*_templates(_HOUSEHOLD_POS, "h"), _counter_table],
        _templates(_HOUSEHOLD_NEG, "h"),
    ),
    ("school", [*_templates(_SCHOOL_POS, "s"), _roster, _roster], _templates(_SCHOOL_NEG, "s")),
    ("hotel", _templates(_HOTEL_POS, "t"), _templates(_HOTEL_NEG, "t")),
    ("lost", [*_templates(_LOST_POS, "l"), _lost_register], _templates(_LOST_NEG, "l")),
    ("farm", [*_templates(_FARM_POS, "a"), _claims_table], _templates(_FARM_NEG, "a")),
]

# --------------------------------------------------------------------------- documents

_PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
_VALUE_LABELS = {
    "ID": "TW_NATIONAL_ID", "ARC": "TW_RESIDENT_CERT", "TEL": "PHONE", "MOB": "PHONE",
    "LAND": "PHONE", "MAIL": "EMAIL", "ADDR": "ADDRESS", "NHI": "TW_NHI_CARD",
    "PASS": "PASSPORT", "CARD": "CREDIT_CARD", "BD": "BIRTH_DATE", "BDO": "BIRTH_DATE",
    "BDK": "BIRTH_DATE", "BDN": "BIRTH_DATE", "BDF": "BIRTH_DATE",
}  # fmt: skip


class _Names:
    """Known-names list (the applicant column) and fresh names that are in no list."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.nat_of: dict[str, str] = {}
        self.pools: dict[str, list[str]] = {c + g: [] for c, _ in _POOL_WEIGHTS for g in "fm"}
        self.known_set: set[str] = set()
        self.known: list[str] = []
        mentioned = max(40, n // 4)
        for i in range(mentioned + max(10, n // 25)):
            cat = _weighted(rng, _POOL_WEIGHTS)
            sex = "f" if cat == "married" else rng.choice("fm")
            name = self._fresh(cat, sex)
            while name in self.known_set:
                name = self._fresh(cat, sex)
            self.known_set.add(name)
            self.known.append(name)
            if i < mentioned:  # the others are in the list but never mentioned
                self.pools[cat + sex].append(name)
        rng.shuffle(self.known)

    def _fresh(self, cat: str, sex: str) -> str:
        rng = self.rng
        if cat == "han":
            return _han_name(rng, sex)
        if cat == "married":
            return _married_name(rng)
        if cat == "ind":
            return _indigenous_name(rng, sex)
        name, nat = _foreign_name(rng, sex, latin=cat == "fl")
        self.nat_of[name] = nat
        return name

    def mention(self, kind: str) -> tuple[str, str | None]:
        """A name for a mention of ``kind`` and its nationality (foreign residents)."""
        cats, sex = _KINDS[kind]
        cat = _weighted(self.rng, cats)
        sex = "f" if cat == "married" else sex or self.rng.choice("fm")
        pool = self.pools[cat + sex]
        if self.rng.random() < 0.5 and pool:
            name = self.rng.choice(pool)
        else:
            name = self._fresh(cat, sex)
            while name in self.known_set:
                name = self._fresh(cat, sex)
        return name, self.nat_of.get(name)


def _han_name(rng: random.Random, sex: str) -> str:
    r = rng.random()
    if r < 0.06:
        surname = rng.choice(_COMPOUND_SURNAMES)
    elif r < 0.64:
        surname = rng.choice(_COMMON_SURNAMES)
    else:
        surname = rng.choice(_OTHER_SURNAMES)
    if rng.random() < 0.08:
        return surname + rng.choice(_SINGLE_GIVEN[sex])
    return surname + rng.choice(_FEMALE_GIVEN if sex == "f" else _MALE_GIVEN)


def _married_name(rng: random.Random) -> str:
    husband = rng.choice(_COMMON_SURNAMES)
    own = rng.choice(_COMMON_SURNAMES + _OTHER_SURNAMES[:40])
    while own == husband:
        own = rng.choice(_COMMON_SURNAMES)
    return husband + own + rng.choice(_FEMALE_GIVEN)


def _indigenous_name(rng: random.Random, sex: str) -> str:
    (a_han, a_rom), (b_han, b_rom) = rng.choice(_IND_FIRST[sex]), rng.choice(_IND_SECOND)
    r = rng.random()
    if r < 0.45:
        return f"{a_han}‧{b_han}"
    if r < 0.65:
        return f"{a_han}·{b_han}"
    if r < 0.72:
        return a_han + b_han
    if r < 0.8:
        return f"{a_rom}‧{b_rom}"
    return f"{a_rom} {b_rom}"


def _foreign_name(rng: random.Random, sex: str, latin: bool) -> tuple[str, str]:
    nat = rng.choice(_NATIONALITIES)
    parts: list[tuple[str, str]]
    if nat == "越南":
        parts = [rng.choice(_VN_SUR), rng.choice(_VN_MID[sex]), rng.choice(_VN_GIVEN[sex])]
        if rng.random() < 0.4:
            parts.insert(2, rng.choice(_VN_GIVEN[sex]))
        if not latin:
            return "".join(h for _, h in parts), nat
    elif nat == "印尼":
        if sex == "f" and rng.random() < 0.3:
            parts = [rng.choice(_ID_MONO)]
        else:
            parts = [rng.choice(_ID_FIRST[sex]), rng.choice(_ID_LAST[sex])]
    elif nat == "菲律賓":
        parts = [rng.choice(_PH_FIRST[sex]), rng.choice(_PH_LAST)]
        if rng.random() < 0.3:
            parts.insert(1, rng.choice(_PH_LAST))
    else:
        parts = [rng.choice(_TH_GIVEN[sex]), rng.choice(_TH_SUR)]
    if latin:
        name = " ".join(lat for lat, _ in parts)
        return (name if rng.random() < 0.65 else name.title()), nat
    dot = rng.choice(("‧", "‧", "·", ""))
    return dot.join(h for _, h in parts), nat


class _Doc:
    """A text under construction with its gold spans."""

    def __init__(self, rng: random.Random, names: _Names) -> None:
        self.rng = rng
        self.names = names
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.fw = rng.random() < 0.1
        self.nat: str | None = None

    def text(self) -> str:
        return "".join(self.parts)

    def _add(self, value: str, label: str | None = None) -> None:
        start = self.length
        self.parts.append(value)
        self.length += len(value)
        if label:
            self.spans.append((start, self.length, label))
            if label == "PERSON":
                self.known.append(value in self.names.known_set)

    def render(self, tpl: str) -> None:
        pos = 0
        for m in _PLACEHOLDER.finditer(tpl):
            self._add(tpl[pos : m.start()])
            key, num = m.group(1), m.group(2)
            if num and key + num in self.cache:
                value, label = self.cache[key + num]
            else:
                value, label = self._make(key)
                if num:
                    self.cache[key + num] = (value, label)
            self._add(value, label)
            pos = m.end()
        self._add(tpl[pos:])

    def _make(self, key: str) -> tuple[str, str | None]:
        rng = self.rng
        if key in _KINDS:
            name, nat = self.names.mention(key)
            if nat:
                self.nat = nat
            return name, "PERSON"
        if key == "nat":
            return self.nat or rng.choice(_NATIONALITIES), None
        if key in _VALUE_LABELS:
            value = self._value(key)
            if self.fw or rng.random() < 0.04:
                value = _fw(value)
            return value, _VALUE_LABELS[key]
        value = _TEXT[key](rng)
        return (_fw_digits(value) if self.fw else value), None

    def _value(self, key: str) -> str:
        rng = self.rng
        makers: dict[str, Callable[[], str]] = {
            "ID": lambda: _twid_value(rng),
            "ARC": lambda: _arc_value(rng),
            "TEL": lambda: _phone(rng),
            "MOB": lambda: _mobile(rng),
            "LAND": lambda: _landline(rng),
            "MAIL": lambda: _email(rng),
            "ADDR": lambda: _address(rng),
            "NHI": lambda: _nhi(rng),
            "PASS": lambda: _passport(rng, self.nat),
            "CARD": lambda: _card(rng),
            "BD": lambda: _birth(rng, 1950, 2000),
            "BDO": lambda: _birth(rng, 1925, 1965),
            "BDK": lambda: _birth(rng, 2012, 2019),
            "BDN": lambda: _birth(rng, 2023, 2024),
            "BDF": lambda: _birth(rng, 1975, 2003, foreign=True),
        }
        return makers[key]()


# --------------------------------------------------------------------------- guard

_ID_SHAPE = re.compile(r"(?=([A-Z][ -]?[A-Z0-9](?:[ -]?[0-9]){8}))")
_DIGIT_RUN = re.compile(r"\+?[0-9](?:[ \-()]?[0-9])*")


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether a valid ID, certificate, card, e-mail (or, in negatives, phone) is unlabelled."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "□" * (end - start)
    outside = unicodedata.normalize("NFKC", "".join(chars)).upper()
    if "@" in outside:
        return True
    if any(not _id_lookalike_ok(m.group(1)) for m in _ID_SHAPE.finditer(outside)):
        return True
    for m in _DIGIT_RUN.finditer(outside):
        run = m.group(0)
        digits = re.sub(r"\D", "", run)
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
        if negative and run[0] in "0+" and (phone.is_valid(run) or phone.is_plausible(run)):
            return True
        if (
            negative
            and "09" in digits
            and any(phone.is_mobile(digits[i : i + 10]) for i in range(len(digits) - 9))
        ):
            return True
    return False


# --------------------------------------------------------------------------- entry point


def generate_heldout40(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    names = _Names(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        _, positives, negatives = rng.choice(_GENRES)
        while True:
            doc = _Doc(rng, names)
            rng.choice(negatives if negative else positives)(doc)
            text = doc.text()
            if not _stray(text, doc.spans, negative):
                break
        samples.append(
            Sample(text=text, spans=doc.spans, hard_negative=negative, known_person=doc.known)
        )
    return samples, list(names.known)
