"""Held-out set 28: synthetic, labelled free text from six kinds of Taiwanese agency records.

Written without looking at the scanner. Genres: customs passenger declarations and seizure
reports (海關), public-housing repair requests (社會住宅報修), disability-card assessment
records (身心障礙證明鑑定), fishermen's association crew registrations (漁會船員登記),
school-lunch allergy forms (學校午餐過敏調查) and township mediation records (調解委員會).

Every value is synthetic: checksums are computed so IDs, resident certificates and card
numbers are valid, but they are drawn at random and belong to nobody. About a quarter of the
samples are hard negatives holding only public or non-personal look-alikes.
"""

from __future__ import annotations

import calendar
import random
import re
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout28"]

_FW = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/:_"
    }
)


# ---------------------------------------------------------------------------------------------
# Name material (written for this set; common, rare and compound surnames).
# ---------------------------------------------------------------------------------------------
def _words(s: str) -> list[str]:
    """Split a whitespace-separated word list."""
    return s.split()


_TOP_SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高")
_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹施胡沈余盧"
        "梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒"
        "尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹"
        "孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅利華裴樊房全佘左花鮑覃塗喬成符郝戚"
        "牛易岳齊時宮單練冉柴艾查仉佟宓滕鄔蒲卜冷喻封盛穆祁蘭談曲湛車閻聶谷雲麻邢解廉應桂屠"
        "儲晏扶荊刁鞠苗計鄞楚衛寇"
    )
)
_COMPOUND = ["歐陽", "張簡", "司徒", "諸葛", "范姜", "上官", "司馬", "東方", "夏侯", "皇甫"]
_COMPOUND += ["端木", "公孫", "令狐", "慕容", "長孫", "張廖", "西門", "呼延"]

_MALE = _words(
    """
志明 俊傑 建宏 家豪 冠宇 承翰 宗翰 冠廷 柏翰 彥廷 宇軒 品睿 柏宇 俊宏 志豪 文雄 明輝 國華
建華 正雄 金龍 永福 清水 文彬 耀宗 振興 進財 信宏 哲瑋 昱廷 子豪 睿哲 宥辰 承恩 宸睿 冠霖
育誠 柏諺 翊展 博鈞 家銘 政宏 宏達 志偉 俊賢 信良 啟明 世昌 炳坤 榮華 福來 添丁 水木 明德
國棟 宗憲 奕廷 冠佑 柏霖 子軒 睿恩 宇翔 品豪 承佑 秉宏 昌宏 允中 仲達 偉誠 英傑 勝雄 義雄
振宇 瑞祥 煥章 世傑 立偉 東霖 晉豪 聖凱 紹華 銘傳 昆霖 國勝 坤山 火旺 金水 天賜 永昌 文正
崇德 景福 志遠 宏文 政達 敬堯 耀庭 嘉宏 鴻文 俊男 健豪 家瑋 書豪 其昌 奕辰 柏勳 浩然 以恆
少華 冠中 德明 士賢 國輝 振益 明哲 重光 定國 朝陽 清泉 建國 光輝 國強 文龍 旭東 宏仁 智偉
昭宏 仁傑 至誠 孟儒 鈞堯 昱辰 子維 承豪 立群 柏均 政霖 宗穎 建志 阿財 旺來 進興 萬得 金城
德旺 春生 俊良 文祥 振雄
"""
)
_FEMALE = _words(
    """
淑芬 美玲 雅婷 怡君 佩珊 淑惠 美惠 麗華 秀英 玉蘭 雅雯 宜蓁 欣怡 詩涵 佳穎 筱涵 宜庭 品妍
芷若 語彤 子晴 心妤 可馨 淑娟 秀琴 麗娟 美珠 秀蘭 月娥 春嬌 碧霞 素珍 玉梅 寶玉 金枝 靜宜
惠美 佩君 雅惠 怡如 郁婷 婉婷 家瑜 思穎 亭妤 宥蓁 苡晴 詠晴 芯瑜 妍希 禹彤 沛晴 昀蓁 湘婷
曉雯 玉珍 秀鳳 美雲 麗卿 惠玲 淑貞 碧玉 秋月 春蘭 素娥 美鳳 玉琴 靜怡 思妤 雨萱 芊妤 羽彤
詠心 以晴 韻如 琬婷 筱婷 佳蓉 婉瑜 姿穎 采蓁 雅琪 宛臻 若瑜 珮瑜 映彤 嘉琪 盈君 慧敏 麗玲
美娟 淑慧 秀梅 月英 玉燕 素梅 鳳嬌 寶珠 彩雲 碧珠 惠如 怡萱 佳慧 詩婷 郁涵 曉琪 雅芳 美華
淑玲 秀玉 靜雯 湘芸 佳琪 品萱 宜芳 婕妤 芳瑜 美君 惠珍 麗雲 玉霞 雪芬 春美 秋香 素卿 瑞蓮
金鳳 貴美 明珠 麗美 淑華 月霞 秀卿 美蘭 佩蓉 嘉玲 琇瑩 馨儀 涵予 語恩 恩綺 芮綺 安琪 亮妤
妤蓁 阿嬌 罔市 招弟 春桃
"""
)
_FEMALE_SET = set(_FEMALE)
_MALE_SET = set(_MALE)
_NEUTRAL = _words(
    """
子涵 宇恩 品安 承安 欣妍 柏安 語喬 定謙 秉諺 芸安 巧恩 宥安 沐晨 以樂 向晴
"""
)
_SINGLE = list("明傑豪偉強軍華勇斌輝剛健誠毅翔峰昊凱睿恩寧靜婷芳玲萍燕霞娟蓉慧潔瑩琳雯菁瑜萱彤")
_SINGLE += list("晴妍琪薇葳蕾霖澄淳鈞洋諭葦珊璇綺瑋瑄寬緯喬凡")

_IND_HAN_FIRST = ["瓦歷斯", "比令", "尤幹", "馬躍", "巴奈", "伊苞", "拉娃", "阿洛", "達努"]
_IND_HAN_FIRST += ["撒古流", "吉娃斯", "蘇拉", "哈勇", "沙布", "伊凡", "烏瑪", "嘎照", "巴萬"]
_IND_HAN_LAST = ["諾幹", "比吼", "母路", "巴萬", "達給", "谷倖", "亞布", "尤道", "瓦旦"]
_IND_HAN_LAST += ["拉瓦", "拿撒", "馬紹", "拔尚", "撒韵", "卡造", "達利", "阿興", "迪卡"]
_IND_LAT_FIRST = ["Walis", "Yapit", "Sakinu", "Panay", "Iwan", "Tanivu", "Lahuy", "Afas"]
_IND_LAT_FIRST += ["Kolas", "Mayaw", "Lituk", "Sayun", "Umav", "Dakanow", "Ibay", "Yuma"]
_IND_LAT_LAST = ["Nokan", "Tali", "Yalanbu", "Mulu", "Nawi", "Tapari", "Imi", "Foting"]
_IND_LAT_LAST += ["Yotaka", "Biho", "Watan", "Pasang", "Tamapima", "Kacaw", "Sapud", "Hayung"]

_VN_FAM = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo"]
_VN_MID = ["Thi", "Van", "Duc", "Ngoc", "Minh", "Thanh", "Quoc"]
_VN_GIV = ["Hoa", "Lan", "Huong", "Mai", "Nam", "Hung", "Tuan", "Linh", "Trang", "Thao"]
_VN_GIV += ["Dung", "Phuong", "Quang", "Long", "Hai", "Anh", "Thu Hang", "Kim Ngan", "Bich"]
_VN_HAN_FAM = list("阮陳黎范武裴杜吳鄧")
_VN_HAN_GIV = ["芳", "秋恆", "玉蘭", "青", "雄", "南", "海", "春", "梅", "香", "越", "英明"]
_VN_HAN_GIV += ["金銀", "碧", "秋水", "文勇", "德海", "翠"]
_ID_FIRST = ["Siti", "Dewi", "Sri", "Rina", "Nur", "Eko", "Budi", "Agus", "Wayan", "Putu"]
_ID_FIRST += ["Yuli", "Tri", "Ani", "Lestari", "Rahmat", "Indah", "Dian"]
_ID_LAST = ["Aminah", "Rahayu", "Wahyuni", "Marlina", "Prasetyo", "Santoso", "Setiawan"]
_ID_LAST += ["Hidayat", "Susanti", "Kurniawan", "Wulandari", "Saputra", "Handayani"]
_ID_MONO = ["Sumiati", "Karsih", "Suyanti", "Sumarni", "Warsini", "Tukinah", "Samsudin"]
_ID_HAN = ["蘇米雅蒂", "伊娜", "絲莉娃蒂", "伊爾瑪", "妮塔", "蘇珊蒂", "雅尼", "莉娜"]
_PH_FIRST = ["Maria Cristina", "Jocelyn", "Rowena", "Mark Anthony", "Jennifer", "Rodel"]
_PH_FIRST += ["Joel", "Marites", "Jonathan", "Lorna", "Ariel", "Mary Grace", "Rommel"]
_PH_LAST = ["Santos", "Dela Cruz", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva"]
_PH_LAST += ["Ramos", "Aquino", "Castillo", "Fernandez", "Domingo", "Pascual"]
_TH_FIRST = ["Somchai", "Suda", "Prasert", "Anong", "Somsak", "Malee", "Wichai", "Niran"]
_TH_LAST = ["Srisuk", "Kaewmanee", "Boonmee", "Chaiyaphum", "Thongdee", "Saelim", "Phrom"]
_TH_HAN = ["宋猜", "頌沙", "瑪莉", "阿儂", "尼蘭", "威猜"]

_NATS = ["越南", "印尼", "菲律賓", "泰國"]

# Romanised pieces for e-mail local parts.
_ROM_SUR = ["chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu"]
_ROM_SUR += ["cheng", "hsieh", "kuo", "hung", "tseng", "chiu", "liao", "lai", "chou", "su"]
_ROM_GIV = ["meiling", "yating", "chihming", "junjie", "hao", "ting", "yuki", "amy", "kevin"]
_ROM_GIV += ["jason", "vicky", "peggy", "annie", "tony", "jerry", "iris", "wei", "hsin", "yu"]
_ROM_GIV += ["chun", "shufen", "yijun", "peishan", "kuanyu", "chenghan", "ivy", "sandy"]
_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net"]
_DOMAINS += ["ms12.hinet.net", "icloud.com", "pchome.com.tw", "livemail.tw", "seed.net.tw"]

# ---------------------------------------------------------------------------------------------
# Places: (city, district, postal code, roads); rural villages have no road.
# ---------------------------------------------------------------------------------------------
_URBAN: list[tuple[str, str, str, list[str]]] = [
    ("臺北市", "大安區", "106", ["復興南路一段", "和平東路二段", "信義路四段", "安和路一段"]),
    ("臺北市", "中正區", "100", ["羅斯福路一段", "汀州路三段", "南昌路二段", "杭州南路一段"]),
    ("臺北市", "士林區", "111", ["中正路", "文林路", "承德路四段", "天母東路"]),
    ("臺北市", "萬華區", "108", ["西園路二段", "萬大路", "康定路", "青年路"]),
    ("臺北市", "內湖區", "114", ["成功路四段", "康寧路三段", "內湖路一段"]),
    ("新北市", "板橋區", "220", ["文化路一段", "中山路二段", "民生路三段", "縣民大道二段"]),
    ("新北市", "三重區", "241", ["重新路四段", "正義北路", "三和路三段"]),
    ("新北市", "新莊區", "242", ["中正路", "思源路", "幸福路"]),
    ("新北市", "中和區", "235", ["景平路", "中和路", "員山路"]),
    ("新北市", "淡水區", "251", ["中山路", "學府路", "民權路"]),
    ("基隆市", "中正區", "202", ["中正路", "義一路", "北寧路"]),
    ("桃園市", "中壢區", "320", ["中央西路二段", "環北路", "元化路"]),
    ("桃園市", "龜山區", "333", ["萬壽路二段", "文化一路"]),
    ("新竹市", "東區", "300", ["光復路二段", "食品路", "民族路"]),
    ("新竹縣", "竹北市", "302", ["光明六路", "嘉豐五路", "中正西路"]),
    ("苗栗縣", "竹南鎮", "350", ["光復路", "中華路", "博愛街"]),
    ("臺中市", "北屯區", "406", ["崇德路三段", "文心路四段", "東山路一段"]),
    ("臺中市", "西屯區", "407", ["臺灣大道三段", "河南路二段", "西屯路二段"]),
    ("臺中市", "梧棲區", "435", ["中央路一段", "大智路二段"]),
    ("彰化縣", "鹿港鎮", "505", ["中山路", "民族路", "復興路"]),
    ("南投縣", "埔里鎮", "545", ["中山路二段", "西安路一段"]),
    ("雲林縣", "斗六市", "640", ["大學路三段", "中山路", "雲林路二段"]),
    ("嘉義市", "西區", "600", ["垂楊路", "友愛路", "民族路"]),
    ("臺南市", "東區", "701", ["東門路二段", "裕農路", "崇學路"]),
    ("臺南市", "安平區", "708", ["安平路", "建平路", "慶平路"]),
    ("臺南市", "永康區", "710", ["中華路", "永大路二段"]),
    ("高雄市", "鳳山區", "830", ["光遠路", "中山東路", "五甲二路"]),
    ("高雄市", "前鎮區", "806", ["漁港中二路", "中華五路", "瑞隆路"]),
    ("高雄市", "三民區", "807", ["建國二路", "九如一路", "大昌二路"]),
    ("高雄市", "旗津區", "805", ["中洲三路", "旗津三路"]),
    ("屏東縣", "東港鎮", "928", ["光復路二段", "中正路一段", "船頭路"]),
    ("屏東縣", "琉球鄉", "929", ["中山路", "三民路"]),
    ("宜蘭縣", "蘇澳鎮", "270", ["南安路", "中山路一段", "江夏路"]),
    ("宜蘭縣", "羅東鎮", "265", ["中正北路", "公正路", "興東路"]),
    ("花蓮縣", "花蓮市", "970", ["中山路", "中華路", "林森路"]),
    ("花蓮縣", "吉安鄉", "973", ["中央路三段", "吉安路二段"]),
    ("臺東縣", "成功鎮", "961", ["中華路", "大同路", "港邊路"]),
    ("臺東縣", "臺東市", "950", ["中華路一段", "更生路", "四維路二段"]),
    ("澎湖縣", "馬公市", "880", ["中正路", "光明路", "民族路"]),
    ("金門縣", "金城鎮", "893", ["民生路", "莒光路一段"]),
]
_RURAL: list[tuple[str, str, str, list[str]]] = [
    ("南投縣", "信義鄉", "556", ["東埔村", "望美村", "地利村"]),
    ("花蓮縣", "秀林鄉", "972", ["富世村", "秀林村", "崇德村"]),
    ("臺東縣", "達仁鄉", "966", ["安朔村", "土坂村"]),
    ("嘉義縣", "東石鄉", "614", ["東石村", "猿樹村"]),
    ("屏東縣", "三地門鄉", "901", ["三地村", "口社村"]),
    ("連江縣", "南竿鄉", "209", ["介壽村", "復興村", "馬祖村"]),
    ("新竹縣", "尖石鄉", "313", ["嘉樂村", "新樂村"]),
]
_LI = ["中興", "復興", "光明", "仁愛", "福德", "文化", "新生", "和平", "永安", "民生", "港口"]

_PORTS = ["臺北關", "高雄關", "臺中關", "基隆關"]
_AIRPORTS = ["桃園機場第一航廈", "桃園機場第二航廈", "松山機場", "小港機場", "臺中機場"]
_FLIGHT_CODES = ["BR", "CI", "JX", "IT", "VJ", "GA", "PR", "TG", "VN", "CX", "MM", "5J"]
_ORIGINS = ["胡志明市", "河內", "雅加達", "馬尼拉", "曼谷", "香港", "大阪", "泗水", "宿霧"]
_GOODS = ["肉鬆2包", "香腸1.5公斤", "新鮮芒果4顆", "未稅香菸5條", "電子菸主機3組", "燕窩12盒"]
_GOODS += ["中藥材（川芎）2公斤", "豬肉乾3包", "鴨血糕", "榴槤乾", "動物用疫苗1盒", "金飾約80公克"]
_REPAIRS = ["浴室天花板漏水", "廚房水龍頭滴水", "冷氣不冷", "大門電子鎖故障", "陽台排水孔堵塞"]
_REPAIRS += ["熱水器無法點火", "臥室插座跳電", "窗戶密合不良會進雨", "馬桶水箱不止水", "壁癌剝落"]
_HOUSING = ["興隆公共住宅", "青年公共住宅", "明倫社會住宅", "小檜溪青埔社會住宅", "凱旋青樹"]
_HOUSING += ["五股新城社會住宅", "豐原安康社宅", "新市社會住宅"]
_DISAB = ["第1類（神經系統構造及精神、心智功能）", "第2類（眼、耳及相關構造與感官功能及疼痛）"]
_DISAB += [
    "第4類（循環、造血、免疫與呼吸系統構造及其功能）",
    "第7類（神經、肌肉、骨骼之移動相關構造及其功能）",
]
_LEVEL = ["輕度", "中度", "重度", "極重度"]
_HOSPITALS = [
    "本院復健科",
    "衛福部花蓮醫院",
    "臺大醫院雲林分院",
    "高雄長庚精神科",
    "馬偕醫院臺東分院",
]
_VESSELS = ["新豐財", "金順發", "勝利", "永福興", "福聯成", "海龍", "順億", "金漁豐", "東隆"]
_SCHOOLS = ["中山國小", "光復國小", "東港國中", "仁愛國小", "文林國中", "福興國小", "大同國小"]
_ALLERGENS = ["花生", "蝦", "蟹", "蛋", "牛奶", "奇異果", "芒果", "小麥", "堅果", "魷魚", "鳳梨"]
_ALLERGENS += ["黃豆", "楊桃", "柳丁", "李子", "芝麻", "蕎麥", "白帶魚"]
_DISPUTES = ["車禍損害賠償", "鄰地竹林越界", "租賃押金返還", "噪音與漏水糾紛", "工資給付"]
_DISPUTES += ["借款返還", "寵物咬傷醫療費", "停車位使用糾紛", "農地灌溉水路", "修繕費用分擔"]
_TOWNS = ["鹿港鎮", "東港鎮", "蘇澳鎮", "麻豆區", "埔里鎮", "竹南鎮", "吉安鄉", "成功鎮", "斗六市"]
_RELS_F = ["母親", "女兒", "配偶", "胞姊", "媳婦", "阿嬤"]
_RELS_M = ["父親", "兒子", "配偶", "胞兄", "女婿", "阿公"]
_RELS_N = ["家屬", "看護", "配偶", "子女", "親戚"]

_PLANTS = ["楊桃", "柳丁", "李子", "甘蔗苗", "葉菜類", "胡椒", "花生", "白米", "金桔", "高麗菜"]
_FIXTURES = ["管線", "游泳池", "景觀池塘", "施工圍籬", "白鐵欄杆", "藍色鐵皮屋頂", "石材地坪"]
_ACTIVITIES = ["童軍", "游泳", "田野調查", "古蹟巡禮", "黎明健走", "夏季營隊", "康輔"]
_CLOSINGS: dict[str, list[str]] = {
    "customs": [
        "顏色標示不清之包裹，將由關稅組查驗。",
        "許多旅客詢問何時實施，將陸續公告。",
        "相關紀錄已依程序陳核。",
    ],
    "housing": [
        "尤其梅雨季期間，請住戶多加注意。",
        "白天施工期間噪音較大，敬請見諒。",
        "許可證效期屆滿前請張貼公告周知。",
    ],
    "disability": [
        "相關紀錄已依程序陳核。",
        "如有疑義請馬上洽承辦單位。",
        "康復之友協會將陸續聯繫。",
    ],
    "fishery": [
        "柳丁、楊桃、吳郭魚及丁香魚等產品依官方價格收購。",
        "高雄港、王功漁港周邊道路另有交通管制。",
        "董事會決議，利息及金額計算方式維持原章程。",
    ],
    "school": [
        "餐點以葉菜類及石斑魚為主，湯品改用姜母鴨湯底。",
        "童軍團凌晨集合，錢包、毛巾、湯匙請自備。",
        "黃昏市場與陳列室參訪時間不變。",
    ],
    "mediation": [
        "請各單位杜絕類似情形。",
        "相關紀錄已依程序陳核。",
        "許多民眾詢問何時開放，將陸續公告，謝謝配合。",
    ],
}

# Organisations, shops and products (public, not persons).
_ORGS = ["全聯福利中心", "統一超商", "台灣中油", "長榮航空", "中華郵政", "台灣大哥大"]
_ORGS += ["林口長庚醫院", "高雄榮民總醫院", "義美食品股份有限公司"]
_IMPORTERS = ["順成冷凍食品行", "宏達貿易股份有限公司", "永信藥局", "新東陽", "大福漁具行"]
_CONTRACTORS = ["金鼎水電行", "宏昌營造有限公司", "大安冷氣工程行", "永固防水工程有限公司"]
_CATERERS = ["義美食品股份有限公司", "美味餐盒食品有限公司", "佳豐團膳股份有限公司"]
_SUPPLIERS = ["大福漁具行", "台灣中油", "順成冷凍食品行", "東港區漁會"]
_ASSOCIATIONS = ["東港區漁會", "蘇澳區漁會", "南方澳漁會", "梧棲區漁會"]
_PRODUCTS = ["萬寶路香菸", "Panadol普拿疼", "iPhone 15 Pro", "雪花秀面霜", "愛之味麥仔茶"]
_PRODUCTS += ["IQOS加熱菸", "Dyson吸塵器", "克寧奶粉", "金門高粱58度", "Nintendo Switch"]
_STATUTES = ["海關緝私條例第39條", "個人資料保護法第6條", "身心障礙者權益保障法第6條"]
_STATUTES += ["鄉鎮市調解條例第27條", "漁業法第41條", "學校衛生法第23條", "住宅法第35條"]
_STATUTES += ["動物傳染病防治條例第45條", "菸酒管理法第46條", "民法第184條第1項"]


_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_ID_WINDOW = re.compile(r"(?<!\d)(?=([A-Z][A-Z0-9]\d{8})(?!\d))")
_CARD_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
_MOBILE_RUN = re.compile(r"(?<!\d)(?:\+?886|0)9\d{8}(?!\d)")


def _stray(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether separators-free text holds a valid ID, certificate, card or mobile by accident.

    Accidental ones arise where two pieces meet (a key and a value, a value and a number);
    a sample holding one outside its gold spans is drawn again.
    """
    kept = [(i, ch) for i, ch in enumerate(text.translate(_HALF).upper()) if ch not in " -\t()."]
    compact = "".join(ch for _, ch in kept)
    found: list[tuple[int, int]] = []
    for m in _ID_WINDOW.finditer(compact):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            found.append((m.start(1), m.end(1)))
    found += [(m.start(), m.end()) for m in _CARD_RUN.finditer(compact)]
    found += [(m.start(), m.end()) for m in _MOBILE_RUN.finditer(compact)]
    for a, b in found:
        start, end = kept[a][0], kept[b - 1][0] + 1
        if not any(s <= start and end <= e for s, e, _ in spans):
            return True
    return False


def _fw(s: str) -> str:
    """Full-width ASCII letters, digits and punctuation (as Taiwanese forms often print)."""
    return s.translate(_FW)


class _Builder:
    """Concatenates text pieces and records gold spans by offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, *pieces: str) -> _Builder:
        for s in pieces:
            self._parts.append(s)
            self._len += len(s)
        return self

    def val(self, value: str, label: str) -> _Builder:
        start = self._len
        self.add(value)
        self.spans.append((start, self._len, label))
        return self

    def person(self, name: tuple[str, bool]) -> _Builder:
        self.val(name[0], "PERSON")
        self.known.append(name[1])
        return self

    def text(self) -> str:
        return "".join(self._parts)


class _Gen:
    """All random choices go through one ``random.Random``."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.fwall = False
        self.nat: dict[str, str] = {}
        self.known: list[str] = []
        self.known_set: set[str] = set()
        self.by_kind: dict[str, list[str]] = {"han": [], "ind": [], "for": []}
        size = 240 + n // 3
        while len(self.known) < size:
            kind = self.r.choices(("han", "ind", "for"), (75, 8, 17))[0]
            nm = self._fresh(kind)
            if nm in self.known_set:
                continue
            self.known.append(nm)
            self.known_set.add(nm)
            self.by_kind[kind].append(nm)

    # -- small helpers ------------------------------------------------------------------------
    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def f(self, s: str) -> str:
        """Full-width forms for about an eighth of the values."""
        if self.fwall or self.r.random() < 0.05:
            return _fw(s)
        return s

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def sep(self) -> str:
        return self.r.choice(["：", "：", ":", "： ", "　", " "])

    # -- names --------------------------------------------------------------------------------
    def _surname(self) -> str:
        if self.r.random() < 0.5:
            return self.r.choice(_TOP_SURNAMES)
        return self.r.choice(_SURNAMES)

    def _han(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.07:
            return r.choice(_COMPOUND) + r.choice(_MALE + _FEMALE + _NEUTRAL)
        if x < 0.13:  # 冠夫姓: husband's surname, own surname, given name
            a, b = self._surname(), self._surname()
            while b == a:
                b = self._surname()
            return a + b + r.choice(_FEMALE)
        if x < 0.23:
            return self._surname() + r.choice(_SINGLE)
        return self._surname() + r.choice(_MALE + _FEMALE + _NEUTRAL)

    def _ind(self) -> str:
        r = self.r
        if r.random() < 0.7:
            return r.choice(_IND_HAN_FIRST) + r.choice("‧·") + r.choice(_IND_HAN_LAST)
        return f"{r.choice(_IND_LAT_FIRST)} {r.choice(_IND_LAT_LAST)}"

    def _foreign(self) -> str:
        r = self.r
        nat = r.choice(_NATS)
        if nat == "越南":
            if r.random() < 0.45:
                nm = r.choice(_VN_HAN_FAM) + r.choice(["氏", "文", ""]) + r.choice(_VN_HAN_GIV)
            else:
                nm = f"{r.choice(_VN_FAM)} {r.choice(_VN_MID)} {r.choice(_VN_GIV)}"
                nm = nm.upper() if r.random() < 0.5 else nm
        elif nat == "印尼":
            y = r.random()
            if y < 0.25:
                nm = r.choice(_ID_MONO)
            elif y < 0.4:
                nm = r.choice(_ID_HAN)
            else:
                nm = f"{r.choice(_ID_FIRST)} {r.choice(_ID_LAST)}"
            nm = nm.upper() if r.random() < 0.3 else nm
        elif nat == "菲律賓":
            mid = f" {r.choice('ABCDGMRS')}." if r.random() < 0.4 else ""
            nm = f"{r.choice(_PH_FIRST)}{mid} {r.choice(_PH_LAST)}"
            nm = nm.upper() if r.random() < 0.3 else nm
        else:
            if r.random() < 0.25:
                nm = r.choice(_TH_HAN)
            else:
                nm = f"{r.choice(_TH_FIRST)} {r.choice(_TH_LAST)}"
        self.nat.setdefault(nm, nat)
        return nm

    def _fresh(self, kind: str) -> str:
        if kind == "han":
            return self._han()
        if kind == "ind":
            return self._ind()
        return self._foreign()

    def name(self, kind: str = "any") -> tuple[str, bool]:
        """A person's name: half from the known list, half from nowhere."""
        if kind == "any":
            kind = self.r.choices(("han", "ind", "for"), (82, 8, 10))[0]
        if self.r.random() < 0.5 and self.by_kind[kind]:
            return self.r.choice(self.by_kind[kind]), True
        for _ in range(200):
            nm = self._fresh(kind)
            if nm not in self.known_set:
                return nm, False
        raise AssertionError("could not draw an unknown name")

    def rel(self, nm: str, female: list[str], male: list[str], neutral: list[str]) -> str:
        """A relation word that fits the gender the given name suggests."""
        if len(nm) >= 3 and nm[-2:] in _FEMALE_SET:
            return self.r.choice(female + neutral)
        if len(nm) >= 3 and nm[-2:] in _MALE_SET:
            return self.r.choice(male + neutral)
        return self.r.choice(neutral)

    def is_foreign(self, nm: str) -> bool:
        return nm in self.nat

    # -- identifiers --------------------------------------------------------------------------
    def twid(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        d8 = self.r.choice("12") + self.digits(7)
        v = letter + d8 + id_check_digit(letter, d8)
        assert twid.is_valid(v)
        if self.r.random() < 0.05:
            v = v[0].lower() + v[1:]
        return self.f(v)

    def arc(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        if self.r.random() < 0.6:
            d8 = self.r.choice("89") + self.digits(7)
            v = letter + d8 + id_check_digit(letter, d8)
        else:
            second = self.r.choice("ABCD")
            d8 = str(LETTER_CODES[second] % 10) + self.digits(7)
            v = letter + second + d8[1:] + id_check_digit(letter, d8)
        assert arc.is_valid(v)
        return self.f(v)

    def mobile(self) -> str:
        r = self.r
        while True:
            num = "09" + self.digits(8)
            if phone.is_valid(num):
                break
        a, b, c = num[:4], num[4:7], num[7:]
        form = r.choice(
            [
                f"{a}-{b}-{c}",
                f"{a}-{b}-{c}",
                num,
                num,
                f"{a} {b} {c}",
                f"{a}-{b}{c}",
                f"+886-{a[1:]}-{b}-{c}",
                f"+886 {a[1:]} {b} {c}",
                f"+886{num[1:]}",
                f"({a}){b}-{c}",
                f"{a}.{b}.{c}",
                f"886-{a[1:]}-{b}{c}",
            ]
        )
        form = self.f(form)
        assert phone.is_valid(form)
        return form

    _AREAS = (
        ("02", 8, "2345678"),
        ("03", 7, "345689"),
        ("037", 6, "2345678"),
        ("04", 8, "2"),
        ("04", 7, "78"),
        ("049", 7, "2"),
        ("05", 7, "2357"),
        ("06", 7, "2356"),
        ("07", 7, "2356789"),
        ("08", 7, "78"),
        ("089", 6, "3"),
        ("082", 6, "3"),
        ("0836", 5, "2"),
    )

    def landline(self, ext: bool | None = None) -> str:
        r = self.r
        while True:
            area, k, first = r.choice(self._AREAS)
            local = r.choice(first) + self.digits(k - 1)
            cut = {8: 4, 7: 3, 6: r.choice((2, 3)), 5: 2}[k]
            l1, l2 = local[:cut], local[cut:]
            form = r.choice(
                [f"({area}){local}", f"{area}-{local}", f"{area} {local}"]
                if k == 5
                else [
                    f"({area}){l1}-{l2}",
                    f"({area}){local}",
                    f"{area}-{local}",
                    f"{area}-{l1}-{l2}",
                    f"{area} {local}",
                    f"+886-{area[1:]}-{l1}-{l2}",
                    f"({area}) {l1}-{l2}",
                    f"{area}-{l1} {l2}",
                ]
            )
            if ext or (ext is None and r.random() < 0.15):
                e = str(r.randint(1, 9999)) if r.random() < 0.7 else str(r.randint(10, 99))
                form += r.choice(
                    [
                        f" 分機{e}",
                        f"分機{e}",
                        f"#{e}",
                        f" #{e}",
                        f" 轉{e}",
                        f" ext. {e}",
                        f" ext.{e}",
                    ]
                )
            form = self.f(form)
            if phone.is_plausible(form):
                return form

    def phone(self) -> str:
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    def email(self, foreign: str | None = None) -> str:
        r = self.r
        if foreign:
            parts = [p for p in foreign.lower().replace(".", "").split() if p.isascii()]
            base = ".".join(parts[:2]) if parts else r.choice(_ROM_GIV)
            local = base + (self.digits(r.randint(0, 4)) if r.random() < 0.7 else "")
        else:
            s, g = r.choice(_ROM_SUR), r.choice(_ROM_GIV)
            local = r.choice(
                [
                    f"{s}.{g}",
                    f"{g}{s}{self.digits(2)}",
                    f"{g}{self.digits(r.randint(2, 4))}",
                    f"{s}_{g}",
                    f"{g}.{s}{self.digits(4)}",
                    f"{s}{g[:1]}{self.digits(3)}",
                ]
            )
        value = f"{local}@{r.choice(_DOMAINS)}"
        if r.random() < 0.08:
            value = value.capitalize()
        return self.f(value)

    def address(self) -> str:
        r = self.r
        if r.random() < 0.15:
            county, town, zipc, villages = r.choice(_RURAL)
            core = f"{county}{town}{r.choice(villages)}{r.randint(1, 18)}鄰"
            if r.random() < 0.3:
                core += f"{r.randint(1, 120)}之{r.randint(1, 5)}號"
            else:
                core += f"{r.randint(1, 260)}號"
        else:
            city, dist, zipc, roads = r.choice(_URBAN)
            core = city + dist
            if r.random() < 0.2:
                core += f"{r.choice(_LI)}里{r.randint(1, 30)}鄰"
            core += r.choice(roads)
            if r.random() < 0.4:
                core += f"{r.randint(1, 320)}巷"
                if r.random() < 0.4:
                    core += f"{r.randint(1, 25)}弄"
            core += f"{r.randint(1, 380)}號"
            y = r.random()
            if y < 0.35:
                core += f"{r.randint(2, 22)}樓"
            elif y < 0.45:
                core += f"{r.randint(2, 15)}樓之{r.randint(1, 6)}"
            elif y < 0.52:
                core += f"{r.randint(2, 15)}F"
            elif y < 0.57:
                core += f"之{r.randint(1, 3)}"
        if r.random() < 0.3:
            core = core.replace("臺", "台", 1)
        if r.random() < 0.12:
            core = zipc + core
        return self.f(core)

    def nhi(self) -> str:
        v = self.r.choice(["0000", "0000", "0001", "0000"]) + self.digits(8)
        form = self.r.choice([v, v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
        return self.f(form)

    def passport(self, nat: str | None = None) -> str:
        r = self.r
        if nat is None:
            v = r.choice("33331") + self.digits(8)
        elif nat == "越南":
            v = r.choice("CCB") + self.digits(7)
        elif nat == "印尼":
            v = r.choice("ABCX") + self.digits(7)
        elif nat == "菲律賓":
            v = (
                "P" + self.digits(7) + r.choice("ABC")
                if r.random() < 0.6
                else r.choice(["EB", "EC"]) + self.digits(7)
            )
        else:
            v = r.choice(["AA", "AB", "AC"]) + self.digits(7)
        return self.f(v)

    def card(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "master", "jcb", "jcb", "amex", "unionpay"])
        prefix, length = {
            "visa": ("4", 16),
            "master": (str(r.randint(51, 55)), 16),
            "jcb": (str(r.randint(3528, 3589)), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "unionpay": ("62", 16),
        }[kind]
        body = prefix + self.digits(length - 1 - len(prefix))
        num = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        assert creditcard.is_valid(num)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        form = r.choice([" ".join(groups), "-".join(groups), num, " ".join(groups)])
        return self.f(form)

    def birth(self, lo: int = 1940, hi: int = 2003, western: bool = False) -> str:
        r = self.r
        y, m = r.randint(lo, hi), r.randint(1, 12)
        d = r.randint(1, calendar.monthrange(y, m)[1])
        roc = y - 1911
        months = [
            "JAN",
            "FEB",
            "MAR",
            "APR",
            "MAY",
            "JUN",
            "JUL",
            "AUG",
            "SEP",
            "OCT",
            "NOV",
            "DEC",
        ]
        west = [
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d} {months[m - 1]} {y}",
            f"{y}{m:02d}{d:02d}",
        ]
        roc_forms = [
            f"民國{roc}年{m}月{d}日",
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc}/{m}/{d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc:03d}{m:02d}{d:02d}",
            f"民{roc}.{m}.{d}",
        ]
        pool = west if western or r.random() < 0.25 else roc_forms
        return self.f(r.choice(pool))

    # -- public look-alikes -------------------------------------------------------------------
    def odate(self) -> str:
        """An ordinary recent date (meeting, visit, deadline): never a birth date."""
        r = self.r
        y, m = r.randint(111, 114), r.randint(1, 12)
        d = r.randint(1, 28)
        return self.f(
            r.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}"])
        )

    def short_date(self) -> str:
        return f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}"

    def ban(self) -> str:
        while True:
            v = self.digits(8)
            if ban.is_valid(v):
                return self.f(v)

    def docno(self) -> str:
        r = self.r
        org = r.choice(["府授工", "北市社", "高市衛", "關緝", "漁二", "東鄉民", "教國署", "屏府農"])
        kind = r.choice(["字", "字", "一字", "二字"])
        return self.f(f"{org}{kind}第{r.randint(111, 114)}{self.digits(7)}號")

    def caseno(self, year: int = 0, num: int = 0, kind: str | None = None) -> str:
        r = self.r
        year = year or r.randint(111, 114)
        num = num or r.randint(1, 899)
        kind = r.choice(["民", "刑", ""]) if kind is None else kind
        return self.f(f"{year}年{kind}調字第{num:04d}號")

    def invoice(self) -> str:
        while True:
            v = "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + self.digits(
                8
            )
            if not arc.is_valid(v):
                return self.f(self.r.choice([v, f"{v[:2]}-{v[2:]}"]))

    def receipt(self) -> str:
        """A 12-digit receipt / declaration number (NHI-card look-alike, not a card)."""
        return self.f(f"{self.r.randint(111, 114)}{self.digits(9)}")

    def container(self) -> str:
        r = self.r
        owner = "".join(r.choice("ABCDEFGHIKMNOPSTUWY") for _ in range(3)) + "U"
        return self.f(owner + self.digits(7))

    def declaration(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEFX") for _ in range(2))
        return self.f(f"{letters}/{r.randint(11, 14)}/{self.digits(3)}/{self.digits(5)}")

    def flight(self) -> str:
        return self.f(self.r.choice(_FLIGHT_CODES) + str(self.r.randint(10, 899)))

    def vessel(self) -> str:
        return f"{self.r.choice(_VESSELS)}{self.r.randint(1, 88)}號"

    def vessel_no(self) -> str:
        return self.f(f"CT{self.r.randint(1, 7)}-{self.digits(4)}")

    def money(self) -> str:
        r = self.r
        n = r.choice([r.randint(1, 99) * 1000, r.randint(1, 50) * 10000, r.randint(3, 900) * 100])
        return r.choice([f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"新台幣{n // 1000}千元"])

    def masked(self) -> str:
        """A masked name (already de-identified): 陳○○, 王Ｏ明."""
        r = self.r
        s = self._surname()
        return r.choice(
            [f"{s}○○", f"{s}○{r.choice(_SINGLE)}", f"{s}ＯＯ", f"{s}Ｏ{r.choice(_SINGLE)}"]
        )

    # -- generic key/value forms --------------------------------------------------------------
    def emit(self, b: _Builder, kind: str, who: str | None = None) -> None:
        """Append one personal value of ``kind`` (a label plus how it is drawn)."""
        nat = self.nat.get(who or "")
        if kind == "id":
            b.val(self.twid(), "TW_NATIONAL_ID")
        elif kind == "arc":
            b.val(self.arc(), "TW_RESIDENT_CERT")
        elif kind == "mobile":
            b.val(self.mobile(), "PHONE")
        elif kind == "landline":
            b.val(self.landline(), "PHONE")
        elif kind == "phone":
            b.val(self.phone(), "PHONE")
        elif kind == "email":
            b.val(self.email(who if nat else None), "EMAIL")
        elif kind == "addr":
            b.val(self.address(), "ADDRESS")
        elif kind == "nhi":
            b.val(self.nhi(), "TW_NHI_CARD")
        elif kind == "passport":
            b.val(self.passport(nat), "PASSPORT")
        elif kind == "card":
            b.val(self.card(), "CREDIT_CARD")
        elif kind == "birth":
            b.val(self.birth(1960, 2004, western=True) if nat else self.birth(), "BIRTH_DATE")
        elif kind == "birth_child":
            b.val(self.birth(2010, 2019), "BIRTH_DATE")
        else:
            raise ValueError(kind)

    _KEYS: dict[str, list[str]] = {  # noqa: RUF012
        "id": ["身分證字號", "身分證統一編號", "身分證號", "ID", "國民身分證統一編號"],
        "arc": ["居留證號", "統一證號", "居留證統一證號", "ARC No.", "外來人口統一證號"],
        "mobile": ["手機", "行動電話", "聯絡手機", "手機號碼"],
        "landline": ["市話", "住家電話", "電話(H)", "公司電話"],
        "phone": ["電話", "聯絡電話", "連絡電話", "TEL", "聯絡方式"],
        "email": ["電子郵件", "E-mail", "Email", "電子信箱", "信箱"],
        "addr": ["地址", "住址", "戶籍地址", "通訊地址", "現住地址", "居住地址"],
        "nhi": ["健保卡號", "健保卡卡號", "健保卡號碼"],
        "passport": ["護照號碼", "護照號", "Passport No.", "護照"],
        "card": ["信用卡號", "卡號", "信用卡卡號"],
        "birth": ["出生日期", "生日", "出生年月日", "DOB"],
        "birth_child": ["出生日期", "生日", "出生年月日"],
    }

    def key(self, kind: str) -> str:
        return self.r.choice(self._KEYS[kind])

    def form(
        self,
        b: _Builder,
        title: str,
        rows: list[tuple[str, str | tuple[str, bool] | Callable[[], str]]],
        who: str | None = None,
    ) -> None:
        """A form pasted as text: one ``key：value`` per line (or two per line)."""
        r = self.r
        b.add(title)
        twocol = r.random() < 0.3
        sep_kv = self.sep()
        for i, (k, v) in enumerate(rows):
            if i == 0 or not twocol or i % 2 == 0:
                b.add("\n")
            else:
                b.add(r.choice(["　", "　　", "  ", "\t"]))
            b.add(k + sep_kv)
            if isinstance(v, tuple):
                b.person(v)
            elif callable(v):
                b.add(v())
            elif v in self._KEYS:
                self.emit(b, v, who)
            else:
                b.add(v)

    def kv(self, b: _Builder, kind: str, who: str | None = None) -> None:
        k = self.key(kind)
        seps = ["：", ": ", " "] if k[-1].isascii() else ["：", "", " ", ":"]
        b.add(k, self.r.choice(seps))
        self.emit(b, kind, who)

    # =========================================================================================
    # Genres: positives
    # =========================================================================================
    def customs(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(5)
        who = self.name()
        nm = who[0]
        foreign = self.is_foreign(nm)
        doc = "passport" if foreign or r.random() < 0.4 else "id"
        if shape == 0:  # formal seizure report
            b.add(
                f"{self.odate()}{r.choice(['', '上午', '下午', '晚間'])}，本關{r.choice(_AIRPORTS)}"
            )
            b.add(
                f"旅檢人員於{self.flight()}班機（自{r.choice(_ORIGINS)}）入境旅客行李檢查時，查獲"
            )
            b.add(f"{self.nat[nm]}籍旅客" if foreign else "旅客")
            b.person(who).add("（")
            self.kv(b, doc, nm)
            if r.random() < 0.6:
                b.add("，")
                self.kv(b, "birth", nm)
            b.add(f"）攜帶未申報之{r.choice(_GOODS)}，")
            b.add(f"核已違反{r.choice(_STATUTES[:1] + _STATUTES[7:9])}規定，")
            b.add(r.choice(["貨物依法沒入", "處貨價一倍罰鍰", "移請防檢署處理"]) + "。")
            if r.random() < 0.5:
                b.add(r.choice(["旅客在臺住址：", "旅客聯絡地址為", "在臺聯絡地："]))
                self.emit(b, "addr")
                b.add("，電話")
                self.emit(b, "phone")
                b.add("。")
            if r.random() < 0.3:
                b.add(f"\n承辦人：{r.choice(['稽核', '關務員', '課長'])} ")
                b.person(self.name("han"))
        elif shape == 1:  # declaration form pasted as text
            rows: list = [("姓名", who), (self.key(doc), doc), (self.key("birth"), "birth")]
            rows.append(("航班", self.flight))
            if r.random() < 0.6:
                rows.append((self.key("phone"), "phone"))
            if r.random() < 0.5:
                rows.append(("在臺住址", "addr"))
            if r.random() < 0.3:
                rows.append((self.key("email"), "email"))
            rows.append(("申報事項", lambda: r.choice(["無", "攜帶超額外幣", "攜帶應稅物品"])))
            self.form(
                b,
                r.choice(["中華民國海關旅客申報單", "【旅客申報資料】", "申報單影本轉錄"]),
                rows,
                nm,
            )
        elif shape == 2:  # quick case log
            b.add(f"{self.short_date()} {self.flight()} ")
            b.add(r.choice(["旅客", "pax ", "", "入境旅客"]))
            b.person(who)
            b.add(
                f" 帶{r.choice(_GOODS)}未申報",
                f"，{r.choice(['罰3千', '沒入', '口頭勸導', '開處分書'])}",
            )
            if r.random() < 0.7:
                b.add(r.choice(["，手機 ", "，電話:", "，tel "]))
                self.emit(b, "mobile")
            if r.random() < 0.3:
                b.add("，刷卡繳罰鍰 卡號")
                self.emit(b, "card")
            b.add(r.choice(["", "。", "，已結"]))
        elif shape == 3:  # transcribed interview
            b.add("問：請問你的姓名？\n答：我叫")
            b.person(who)
            b.add("。\n問：")
            if foreign:
                b.add("你的護照號碼、居留證號碼？\n答：護照")
                self.emit(b, "passport", nm)
                b.add("，居留證")
                self.emit(b, "arc", nm)
            else:
                b.add("身分證字號？\n答：")
                self.emit(b, "id")
            b.add(f"。\n問：這些{r.choice(_GOODS)}是誰的？\n答：是")
            friend = self.name()
            b.add(r.choice(["我朋友", "我同事", "我表哥"]))
            b.person(friend)
            b.add("託我帶的，他的電話是")
            self.emit(b, "mobile")
            b.add("，我不知道要申報。")
        else:  # refund / fine payment with a card and e-mail
            b.add("旅客")
            b.person(who)
            b.add(f"於{self.odate()}申請{r.choice(['退還溢繳稅款', '分期繳納罰鍰', '補辦申報'])}，")
            b.add(r.choice(["以信用卡", "使用信用卡"]) + "（")
            self.emit(b, "card")
            b.add(f"）繳納{self.money()}，收據寄送電子郵件")
            self.emit(b, "email", nm)
            b.add("。")
            if r.random() < 0.5:
                b.add(f"案號{self.declaration()}。")

    def housing(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(4)
        who = self.name("any" if r.random() < 0.3 else "han")
        site = r.choice(_HOUSING)
        unit = f"{r.choice('ABCDE')}棟{r.randint(2, 15)}樓之{r.randint(1, 12)}"
        if shape == 0:  # repair form
            rows: list = [
                (
                    "報修單號",
                    lambda: self.f(f"R{r.randint(111, 114)}{self.digits(4)}-{self.digits(3)}"),
                )
            ]
            rows.append((r.choice(["承租人", "住戶姓名", "申請人"]), who))
            rows.append(("社宅/戶號", lambda: f"{site} {unit}"))
            if r.random() < 0.35:
                rows.append(("戶籍地址", "addr"))
            rows.append((self.key("phone"), "phone"))
            if r.random() < 0.3:
                rows.append((self.key("email"), "email"))
            rows.append(("報修項目", lambda: r.choice(_REPAIRS)))
            rows.append(
                ("可配合時段", lambda: r.choice(["平日晚上", "週六上午", "隨時", "下午3點後"]))
            )
            self.form(
                b, r.choice(["社會住宅報修單", "【線上報修】", "住戶修繕申請表"]), rows, who[0]
            )
        elif shape == 1:  # case log line(s)
            for _ in range(r.randint(1, 3)):
                w = self.name("any" if r.random() < 0.3 else "han")
                b.add(f"{self.short_date()} ")
                b.person(w)
                b.add(f"({r.choice('ABCDE')}{r.randint(2, 15)}F-{r.randint(1, 12)}) ")
                b.add(r.choice(["來電反映", "LINE反映", "臨櫃反映", "管理室轉知"]))
                b.add(f"{r.choice(_REPAIRS)}，{r.choice(['約', '已排'])}{self.short_date()}維修")
                if r.random() < 0.7:
                    b.add(r.choice(["，電話", "，手機 ", " 聯絡:"]))
                    self.emit(b, "phone")
                b.add("\n")
        elif shape == 2:  # formal letter
            b.add(f"主旨：有關本市{site}住戶")
            b.person(who)
            b.add(r.choice(["君", "先生", "女士", ""]))
            b.add(f"反映{r.choice(_REPAIRS)}一案，請查照。\n說明：\n一、依據{self.docno()}辦理。\n")
            b.add(f"二、經本處於{self.odate()}派員會勘，")
            b.add(
                r.choice(["確認係公共管線老化所致，將由廠商於十日內修復。", "屬住戶自行修繕範圍。"])
            )
            b.add("\n三、住戶聯絡方式：")
            self.emit(b, "phone")
            if r.random() < 0.5:
                b.add("、")
                self.emit(b, "email")
            b.add("。")
            if r.random() < 0.4:
                b.add("\n四、租金自動扣繳信用卡號")
                self.emit(b, "card")
                b.add("，本月已扣款成功。")
        else:  # table pasted as text
            d = r.choice(["\t", " | ", "｜"])
            b.add(d.join(["日期", "住戶", "房號", "電話", "項目"]) + "\n")
            for _ in range(r.randint(2, 4)):
                w = self.name("any" if r.random() < 0.3 else "han")
                b.add(self.short_date() + d)
                b.person(w)
                b.add(d + f"{r.choice('ABCDE')}{r.randint(2, 15)}-{r.randint(1, 12)}" + d)
                self.emit(b, "phone")
                b.add(d + r.choice(_REPAIRS) + "\n")

    def disability(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(4)
        who = self.name("han" if r.random() < 0.85 else "ind")
        rel = self.name("han" if r.random() < 0.7 else "any")
        if shape == 0:  # assessment record as a form
            rows: list = [("個案姓名", who), ("性別", lambda: r.choice(["男", "女"]))]
            rows.append((self.key("birth"), "birth"))
            rows.append((self.key("id"), "id"))
            if r.random() < 0.7:
                rows.append((self.key("nhi"), "nhi"))
            rows.append(("戶籍地址", "addr"))
            rows.append(("障礙類別", lambda: r.choice(_DISAB)))
            rows.append(("等級", lambda: r.choice(_LEVEL)))
            rows.append(("ICF編碼", lambda: f"b{r.randint(110, 780)}.{r.randint(1, 4)}"))
            rows.append((f"聯絡人（{self.rel(rel[0], _RELS_F, _RELS_M, _RELS_N)}）", rel))
            rows.append((self.key("phone"), "phone"))
            self.form(
                b,
                r.choice(["身心障礙鑑定紀錄表", "【身障鑑定個案資料】", "身心障礙證明申請"]),
                rows,
            )
        elif shape == 1:  # narrative
            b.add(r.choice(["案主", "個案", "申請人"]))
            b.person(who)
            b.add("，")
            self.emit(b, "birth")
            b.add(r.choice(["生，", "出生，"]))
            b.add(
                f"於{self.odate()}至{r.choice(_HOSPITALS)}接受鑑定，",
                f"由{self.rel(rel[0], _RELS_F, _RELS_M, _RELS_N)}",
            )
            b.person(rel)
            b.add(f"陪同。評估結果為{r.choice(_DISAB)}{r.choice(_LEVEL)}，")
            b.add(f"證明效期至{r.randint(116, 120)}年{r.randint(1, 12)}月。")
            if r.random() < 0.6:
                b.add("證明寄送地址：")
                self.emit(b, "addr")
                b.add("。")
            if r.random() < 0.4:
                b.add("個案健保卡號")
                self.emit(b, "nhi")
                b.add("已核對無誤。")
        elif shape == 2:  # phone-call note, transcribed speech
            b.add(f"{self.short_date()} 案家屬")
            b.person(rel)
            b.add(f"（{self.rel(rel[0], _RELS_F, _RELS_M, _RELS_N)}）來電：「我")
            b.add(r.choice(["家人", "家裡長輩", "家屬", ""]))
            b.person(who)
            b.add(f"的證明{r.choice(['快到期了', '寄丟了', '要換新制'])}，要怎麼辦？」")
            b.add(f"已說明須重新鑑定，{r.choice(['回撥號碼', '留下電話', '聯絡電話'])}")
            self.emit(b, "phone")
            b.add("。")
        else:  # social worker list
            b.add(f"{self.odate()} 待複評名單：\n")
            for i in range(r.randint(2, 4)):
                w = self.name("han" if r.random() < 0.85 else "ind")
                b.add(f"{i + 1}. ")
                b.person(w)
                b.add(f"（{r.choice(_LEVEL)}）")
                if r.random() < 0.6:
                    b.add(" 身分證")
                    self.emit(b, "id")
                if r.random() < 0.5:
                    b.add(" 電話")
                    self.emit(b, "phone")
                b.add("\n")
            b.add("社工 ")
            b.person(self.name("han"))

    def fishery(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(4)
        owner = self.name("han" if r.random() < 0.85 else "ind")
        ves, vno = self.vessel(), self.vessel_no()
        if shape == 0:  # crew roster
            b.add(f"漁船名稱：{ves}　漁船統一編號：{vno}\n")
            b.add(r.choice(["船長", "船主", "負責人"]) + "：")
            b.person(owner)
            b.add("（")
            self.kv(b, "id")
            b.add("）\n船員名冊：\n")
            for i in range(r.randint(1, 4)):
                crew = self.name("for")
                nm = crew[0]
                b.add(f"{i + 1}. ")
                b.person(crew)
                b.add(f"　{self.nat[nm]}籍　")
                if r.random() < 0.5:
                    self.kv(b, "passport", nm)
                else:
                    self.kv(b, "arc", nm)
                if r.random() < 0.3:
                    b.add("　")
                    self.kv(b, "birth", nm)
                b.add("\n")
        elif shape == 1:  # association log line
            crew = self.name("for")
            b.add(f"{self.short_date()} {ves}船主")
            b.person(owner)
            b.add("來會辦理外籍船員")
            b.person(crew)
            b.add(f"({self.nat[crew[0]]})")
            b.add(r.choice(["境內僱用登記", "轉換雇主", "離船申報"]))
            b.add("，居留證")
            self.emit(b, "arc", crew[0])
            if r.random() < 0.6:
                b.add("，仲介聯絡人")
                b.person(self.name("han"))
                b.add(r.choice(["手機", " ", " tel:"]))
                self.emit(b, "mobile")
            b.add("。")
        elif shape == 2:  # member data form
            rows: list = [("會員姓名", owner), (self.key("birth"), "birth"), (self.key("id"), "id")]
            rows.append(("住址", "addr"))
            rows.append((self.key("phone"), "phone"))
            rows.append(("所屬漁船", lambda: f"{ves}（{vno}）"))
            if r.random() < 0.4:
                rows.append((self.key("nhi"), "nhi"))
            self.form(
                b, r.choice(["漁會會員資料異動表", "甲類會員資格審查", "【會員基本資料】"]), rows
            )
        else:  # formal letter on crew welfare
            crew = self.name("for")
            b.add(f"主旨：檢送{ves}外籍船員")
            b.person(crew)
            b.add(f"（{self.nat[crew[0]]}籍，")
            self.kv(b, "passport", crew[0])
            b.add(
                f"）{r.choice(['工傷就醫', '薪資爭議', '遣返'])}",
                f"相關資料，請查照。\n說明：該員於{self.odate()}",
            )
            b.add(f"在{r.choice(['東港', '前鎮', '南方澳', '梧棲', '八斗子'])}漁港作業時受傷，")
            b.add("雇主")
            b.person(owner)
            b.add("已陪同就醫，雇主聯絡電話")
            self.emit(b, "phone")
            b.add("。")

    def school(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(4)
        kid = self.name("han" if r.random() < 0.88 else "any")
        parent = self.name("han" if r.random() < 0.75 else "any")
        cls = f"{r.choice('一二三四五六')}年{r.choice('一二三四五六七八')}班"
        allergen = "、".join(r.sample(_ALLERGENS, r.randint(1, 3)))
        if shape == 0:  # allergy form
            rows: list = [("班級", lambda: cls), ("座號", lambda: str(r.randint(1, 30)))]
            rows.append(("學生姓名", kid))
            rows.append((self.key("birth_child"), "birth_child"))
            if r.random() < 0.3:
                rows.append((self.key("id"), "id"))
            rows.append(("過敏原", lambda: allergen))
            rows.append(("過敏反應", lambda: r.choice(["蕁麻疹", "呼吸困難", "嘴唇腫", "腹瀉"])))
            rows.append((r.choice(["家長姓名", "監護人", "家長簽名"]), parent))
            rows.append((self.key("phone"), "phone"))
            if r.random() < 0.5:
                rows.append(("家長" + self.key("email"), "email"))
            if r.random() < 0.25:
                rows.append((self.key("nhi"), "nhi"))
            title = f"{r.choice(_SCHOOLS)}學童食物過敏調查表"
            self.form(b, r.choice([title, f"【{title}】", "午餐過敏原調查回條"]), rows)
        elif shape == 1:  # nurse note
            b.add(f"{r.randint(1, 6)}{r.randint(1, 9):02d} ")
            b.person(kid)
            b.add(f" 對{allergen}過敏，午餐改供{r.choice(['替代水果', '素食餐', '自備便當'])}。")
            b.add(self.rel(parent[0], ["母親", "阿嬤"], ["父親", "阿公"], ["家長"]))
            b.person(parent)
            b.add(
                f"表示{r.choice(['曾送急診', '有氣喘病史', '症狀輕微'])}",
                "，已建議隨身攜帶腎上腺素筆。",
            )
        elif shape == 2:  # parent message, transcribed
            b.add("老師您好，我是")
            b.person(kid)
            b.add("的" + self.rel(parent[0], ["媽媽"], ["爸爸"], ["家長"]))
            b.add(f"，孩子對{allergen}過敏，麻煩午餐幫忙注意，有問題可以打")
            self.emit(b, "mobile")
            b.add(r.choice(["找我", "給我", ""]) + "，謝謝！")
            if r.random() < 0.4:
                b.add("\n——")
                b.person(parent)
        else:  # class list
            b.add(f"{cls}過敏學生一覽（{self.odate()}更新）\n")
            for _ in range(r.randint(2, 5)):
                k = self.name("han" if r.random() < 0.88 else "any")
                b.person(k)
                b.add(f"：{'、'.join(r.sample(_ALLERGENS, r.randint(1, 2)))}")
                if r.random() < 0.4:
                    b.add("，家長電話 ")
                    self.emit(b, "phone")
                b.add("\n")
            b.add("導師：")
            b.person(self.name("han"))

    def mediation(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(4)
        a, c = self.name(), self.name()
        if shape == 0:  # formal record
            b.add(f"{r.choice(_TOWNS)}調解委員會調解筆錄\n{self.caseno()}\n聲請人：")
            b.person(a)
            b.add("，")
            self.emit(b, "birth", a[0])
            b.add("生，")
            self.kv(b, "arc" if self.is_foreign(a[0]) else "id", a[0])
            b.add("，住")
            self.emit(b, "addr")
            b.add(r.choice(["\n對造人：", "\n相對人："]))
            b.person(c)
            b.add("，住")
            self.emit(b, "addr")
            if r.random() < 0.7:
                b.add("，電話")
                self.emit(b, "phone")
            b.add("\n調解委員：")
            b.person(self.name("han"))
            b.add(
                f"\n調解事由：{r.choice(_DISPUTES)}\n調解成立內容：對造人願給付聲請人{self.money()}，"
            )
            b.add(f"於{self.odate()}前匯入聲請人指定帳戶，聲請人其餘請求拋棄。")
        elif shape == 1:  # transcribed statements
            b.add("聲請人")
            b.person(a)
            b.add("陳述：「那天是")
            b.person(c)
            b.add(r.choice(["先倒車撞到我的機車", "家的竹子倒到我們田裡", "一直沒有還我押金"]))
            b.add(f"，我有{r.choice(['照片', '錄影', '收據'])}可以證明。」\n相對人")
            b.person(c)
            b.add(f"稱：「我願意賠，但{self.money()}太多。」")
        elif shape == 2:  # case log
            b.add(f"{self.caseno()} {r.choice(_DISPUTES)}\n")
            b.add(f"{self.odate()}第{r.randint(1, 3)}次調解，")
            b.person(a)
            b.add(" vs ")
            b.person(c)
            b.add(f"，{r.choice(['成立', '不成立', '改期', '聲請人未到'])}。")
            if r.random() < 0.7:
                b.add("通知書寄")
                self.emit(b, "addr")
            if r.random() < 0.4:
                b.add("；聲請人E-mail ")
                self.emit(b, "email", a[0])
        else:  # application form
            rows: list = [("聲請人", a), (self.key("birth"), "birth")]
            rows.append(
                (
                    self.key("arc" if self.is_foreign(a[0]) else "id"),
                    "arc" if self.is_foreign(a[0]) else "id",
                )
            )
            rows.append(("住居所", "addr"))
            rows.append((self.key("phone"), "phone"))
            rows.append(("對造人", c))
            rows.append(("對造人地址", "addr"))
            rows.append(("事由", lambda: r.choice(_DISPUTES)))
            self.form(
                b, r.choice(["調解聲請書", "【調解聲請】", "民事調解聲請書（代填）"]), rows, a[0]
            )

    # =========================================================================================
    # Genres: hard negatives (public or non-personal look-alikes only)
    # =========================================================================================
    def customs_neg(self, b: _Builder) -> None:
        r = self.r
        shape = r.randrange(3)
        if shape == 0:
            b.add(
                f"本關於{self.odate()}查獲{r.choice(_PRODUCTS)}走私案，報單號碼{self.declaration()}，"
            )
            b.add(f"貨櫃{self.container()}，貨主為{r.choice(_IMPORTERS)}（統一編號{self.ban()}），")
            b.add(
                f"依{r.choice(_STATUTES[:1] + _STATUTES[7:9])}",
                f"處{self.money()}罰鍰，原處分文號{self.docno()}。",
            )
        elif shape == 1:
            b.add(
                f"{r.choice(_AIRPORTS)}旅檢統計（{self.odate()}）：入境航班{r.randint(20, 140)}班，"
            )
            b.add(
                f"查獲肉製品{r.randint(1, 40)}件、{self.pick(_PLANTS)}等植物{r.randint(0, 9)}件，"
            )
            b.add(
                f"其中{self.flight()}班機{r.randint(1, 5)}",
                f"件。旅客{self.masked()}已依規定處罰，本件不另公告。",
            )
        else:
            b.add(f"公告：自{self.odate()}起，旅客攜帶{r.choice(_PRODUCTS)}超過限量者應申報，")
            b.add(f"未申報者依{r.choice(_STATUTES)}處理。相關規定詳見{self.docno()}函。")
            b.add(f"繳款收據編號{self.receipt()}、發票{self.invoice()}請妥善保存。")

    def housing_neg(self, b: _Builder) -> None:
        r = self.r
        site = r.choice(_HOUSING)
        if r.random() < 0.5:
            b.add(
                f"{site}{self.odate()}報修統計：",
                f"共{r.randint(10, 90)}件，其中漏水{r.randint(1, 20)}件、",
            )
            b.add(
                f"{self.pick(_FIXTURES)}相關{r.randint(1, 9)}件。維修廠",
                f"商{r.choice(_CONTRACTORS)}（統一編號{self.ban()}），",
            )
            b.add(f"合約總價{self.money()}，完工期限{self.odate()}。")
        else:
            b.add(
                f"主旨：{site}{r.choice(['公共區域', '地下停車場', '頂樓'])}{self.pick(_FIXTURES)}",
                "維護，請查照。\n",
            )
            b.add(f"說明：一、依{self.docno()}及{_STATUTES[6]}辦理。\n二、")
            b.add(
                f"{self.odate()}上午9時至12時停水，發票號碼{self.invoice()}。住戶{self.masked()}反映事項另案處理。"
            )

    def disability_neg(self, b: _Builder) -> None:
        r = self.r
        if r.random() < 0.5:
            b.add(
                f"依{_STATUTES[2]}規定，鑑定費由衛生局支付",
                f"。{self.odate()}共完成鑑定{r.randint(20, 300)}案，",
            )
            b.add(f"{r.choice(_DISAB)}占{r.randint(5, 40)}%，ICF編碼以b{r.randint(110, 780)}為多。")
            b.add(f"{r.choice(_HOSPITALS)}鑑定量最多。收據編號{self.receipt()}。")
        else:
            b.add(f"會議紀錄（{self.odate()}）\n一、{r.choice(_HOSPITALS)}報告新制鑑定流程。\n")
            b.add(
                f"二、個案{self.masked()}之申覆案，決議維持原等級。\n三、下次會議{self.odate()}，"
            )
            b.add(f"地點本局{r.randint(2, 9)}樓會議室；文號{self.docno()}。")

    def fishery_neg(self, b: _Builder) -> None:
        r = self.r
        if r.random() < 0.5:
            b.add(f"漁船{self.vessel()}（漁船統一編號{self.vessel_no()}）於{self.odate()}進港，")
            b.add(
                f"卸魚{r.choice(['鬼頭刀', '丁香魚', '石斑魚', '白帶魚', '黃鰭鮪'])}",
                f"{r.randint(1, 40)}噸。",
            )
            b.add(
                f"依{_STATUTES[4]}，漁獲申報書編號{self.receipt()}。補給自{r.choice(_SUPPLIERS)}。"
            )
        else:
            b.add(
                f"{r.choice(_ASSOCIATIONS)}理監事會議{self.odate()}召開，",
                f"議案：一、外籍船員宿舍{self.pick(_FIXTURES)}修繕，",
            )
            b.add(
                f"預算{self.money()}；二、{self.vessel()}",
                f"等{r.randint(2, 12)}艘參加{r.choice(['休漁', '娛樂漁業'])}輔導；",
            )
            b.add(f"三、船員{self.masked()}申訴案已函覆（{self.docno()}）。")

    def school_neg(self, b: _Builder) -> None:
        r = self.r
        if r.random() < 0.5:
            b.add(
                f"{r.choice(_SCHOOLS)}{r.randint(112, 114)}學年度午餐供應商：{r.choice(_CATERERS)}"
            )
            b.add(f"（統一編號{self.ban()}）。本週菜單含{'、'.join(r.sample(_ALLERGENS, 3))}，")
            b.add(f"過敏學童{r.randint(2, 30)}名已改供替代餐。依{_STATUTES[5]}辦理。")
        else:
            b.add(f"家長請注意：{self.odate()}起午餐費每餐{r.randint(35, 70)}元，")
            b.add(
                f"{r.choice(['低收入戶', '中低收入戶'])}學生免費",
                f"。{self.pick(_ACTIVITIES)}活動{self.odate()}截止報名，",
            )
            b.add(
                f"繳費單號{self.receipt()}；本校公文{self.docno()}。學生{self.masked()}等得獎名單另公布。"
            )

    def mediation_neg(self, b: _Builder) -> None:
        r = self.r
        if r.random() < 0.5:
            yr, lo = r.randint(111, 114), r.randint(1, 500)
            b.add(f"{r.choice(_TOWNS)}調解委員會{self.odate()}月報：受理{r.randint(10, 80)}件，")
            b.add(
                f"成立率{r.randint(50, 90)}%，案號{self.caseno(yr, lo, '民')}",
                f"至{self.caseno(yr, lo + r.randint(5, 60), '民')}。",
            )
            b.add(f"{r.choice(_DISPUTES)}最多。依{_STATUTES[3]}送法院核定。")
        else:
            b.add(
                f"{self.caseno()}：聲請人{self.masked()}與{r.choice(_ORGS)}間{r.choice(_DISPUTES)}事件，"
            )
            b.add(f"業經{self.odate()}調解成立，給付{self.money()}，法院核定文號{self.docno()}。")


_GENRES: list[tuple[str, str]] = [
    ("customs", "customs_neg"),
    ("housing", "housing_neg"),
    ("disability", "disability_neg"),
    ("fishery", "fishery_neg"),
    ("school", "school_neg"),
    ("mediation", "mediation_neg"),
]


def generate_heldout28(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    rng = random.Random(seed)
    gen = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        gen.fwall = rng.random() < 0.08
        pos, neg = rng.choice(_GENRES)
        negative = rng.random() < 0.25
        while True:
            b = _Builder()
            getattr(gen, neg if negative else pos)(b)
            if rng.random() < (0.35 if negative else 0.1):
                ends_sentence = b.text().rstrip().endswith(("。", "」", "！"))
                b.add(rng.choice(["", "\n"]) if ends_sentence else "\n", rng.choice(_CLOSINGS[pos]))
            text = b.text().rstrip()
            if not _stray(text, b.spans):
                break
        if negative:
            samples.append(Sample(text, [], True, []))
        else:
            samples.append(Sample(text, list(b.spans), False, list(b.known)))
    return samples, list(gen.known)
