"""Word lists for the sample agency: names, places, roads, companies, services.

Kept apart from the generators so the de-identification evaluation can reuse them (e.g. to seed a
surname dictionary or to check that no listed district survives a `to: city` generalization).
Everything is fictional-but-plausible; weights are rough orders of magnitude, not statistics.

Characters outside Big5 (cp950) appear only in the `*_NON_BIG5` lists: real registers hold them
(堃, 喆, 温), and the generator uses them in the UTF-8 database but never in the Big5 CSV.
"""

from __future__ import annotations

# (surname, relative weight, common romanization used in e-mail addresses)
SURNAMES: tuple[tuple[str, int, str], ...] = (
    ("陳", 110, "chen"),
    ("林", 83, "lin"),
    ("黃", 60, "huang"),
    ("張", 53, "chang"),
    ("李", 51, "lee"),
    ("王", 41, "wang"),
    ("吳", 40, "wu"),
    ("劉", 32, "liu"),
    ("蔡", 29, "tsai"),
    ("楊", 26, "yang"),
    ("許", 23, "hsu"),
    ("鄭", 19, "cheng"),
    ("謝", 18, "hsieh"),
    ("郭", 17, "kuo"),
    ("洪", 16, "hung"),
    ("曾", 15, "tseng"),
    ("邱", 15, "chiu"),
    ("廖", 15, "liao"),
    ("賴", 15, "lai"),
    ("周", 14, "chou"),
    ("徐", 13, "hsu"),
    ("蘇", 12, "su"),
    ("葉", 12, "yeh"),
    ("莊", 11, "chuang"),
    ("呂", 11, "lu"),
    ("江", 11, "chiang"),
    ("何", 10, "ho"),
    ("蕭", 10, "hsiao"),
    ("羅", 10, "lo"),
    ("高", 9, "kao"),
    ("潘", 8, "pan"),
    ("簡", 8, "chien"),
    ("朱", 8, "chu"),
    ("鍾", 8, "chung"),
    ("彭", 7, "peng"),
    ("游", 7, "yu"),
    ("詹", 7, "chan"),
    ("胡", 7, "hu"),
    ("施", 7, "shih"),
    ("沈", 6, "shen"),
    ("余", 6, "yu"),
    ("盧", 6, "lu"),
    ("梁", 6, "liang"),
    ("趙", 6, "chao"),
    ("顏", 5, "yen"),
    ("柯", 5, "ko"),
    ("翁", 5, "weng"),
    ("魏", 5, "wei"),
    ("孫", 4, "sun"),
    ("戴", 4, "tai"),
    ("范", 4, "fan"),
    ("方", 4, "fang"),
    ("宋", 4, "sung"),
    ("鄧", 4, "teng"),
    ("杜", 3, "tu"),
    ("傅", 3, "fu"),
    ("侯", 3, "hou"),
    ("曹", 3, "tsao"),
    ("薛", 3, "hsueh"),
    ("丁", 3, "ting"),
    ("卓", 3, "cho"),
    ("阮", 2, "juan"),
    ("馬", 2, "ma"),
    ("董", 2, "tung"),
    ("唐", 2, "tang"),
    ("藍", 2, "lan"),
    ("蔣", 2, "chiang"),
    ("石", 2, "shih"),
    ("紀", 2, "chi"),
    ("姚", 2, "yao"),
    ("連", 2, "lien"),
    ("馮", 2, "feng"),
    ("歐", 2, "ou"),
    ("程", 2, "cheng"),
    ("湯", 2, "tang"),
    ("黎", 1, "li"),
    ("田", 1, "tien"),
    ("康", 1, "kang"),
    ("姜", 1, "chiang"),
    ("白", 1, "pai"),
    ("汪", 1, "wang"),
    ("鄒", 1, "tsou"),
    ("尤", 1, "yu"),
    ("巫", 1, "wu"),
    ("鐘", 1, "chung"),
    ("涂", 1, "tu"),
    ("龔", 1, "kung"),
    ("嚴", 1, "yen"),
    ("韓", 1, "han"),
    ("袁", 1, "yuan"),
    ("金", 1, "chin"),
    ("童", 1, "tung"),
    ("陸", 1, "lu"),
    ("柳", 1, "liu"),
    ("凌", 1, "ling"),
    ("錢", 1, "chien"),
    # compound surnames (複姓): rare, but name splitters must not cut them in half
    ("歐陽", 1, "ouyang"),
    ("張簡", 1, "changchien"),
    ("范姜", 1, "fanchiang"),
    ("司馬", 1, "szuma"),
    ("諸葛", 1, "chuko"),
    ("上官", 1, "shangkuan"),
)
SURNAMES_NON_BIG5: tuple[tuple[str, int, str], ...] = (
    ("温", 1, "wen"),
    ("凃", 1, "tu"),
)

GIVEN_MALE: tuple[str, ...] = tuple(
    "志明家豪建宏俊傑冠宇承翰宗翰柏翰彥廷家銘俊宏文雄國華建志明哲信宏正雄世明"
    "偉誠哲瑋聖傑宇軒冠廷品睿子睿承恩宥廷柏宇冠霖育誠振宇永福金龍清水榮華勝雄"
)
GIVEN_FEMALE: tuple[str, ...] = tuple(
    "淑芬美玲雅婷怡君佳穎欣怡心怡詩涵雅雯惠如秀英麗華淑惠宜蓁佩君思妤品妍"
    "子涵語彤芷若郁婷靜宜美惠玉梅月娥素貞宛如筱涵欣妤家瑜珮瑜婉婷韻如佳蓉"
)
GIVEN_NON_BIG5: tuple[str, ...] = ("堃", "喆", "珉", "媖", "峯", "綉")

# A few well-known placeholder names that officials write in examples and notes.
EXAMPLE_NAMES: tuple[str, ...] = ("王小明", "陳大文", "林美麗")

# Indigenous names: personal name · family or father's name (原住民族傳統名字, 中間以「·」連接).
INDIGENOUS_GIVEN: tuple[str, ...] = (
    "瓦歷斯",
    "尤幹",
    "比令",
    "巴萬",
    "拉娃",
    "伊萬",
    "達利",
    "馬耀",
    "撒韻",
    "巴奈",
    "阿洛",
    "尤命",
    "亞榮隆",
    "卡照",
    "伊斯坦大",
    "拉黑子",
    "瑪莎",
    "吉娃斯",
    "烏杜夫",
    "蘇拉",
)
INDIGENOUS_FAMILY: tuple[str, ...] = (
    "諾幹",
    "達道",
    "谷木",
    "巴尚",
    "瓦旦",
    "母路",
    "蘇路",
    "吉拉",
    "達利",
    "撒可努",
    "尤道",
    "帕格",
    "哈勇",
    "巴代",
    "比西",
    "卡造",
    "貝雅夫",
    "馬紹",
    "阿浪",
    "拉罕",
)
INTERPUNCT = "·"

# Foreign residents (外來人口): transliterated names as they appear on residence permits.
FOREIGN_NAMES: tuple[str, ...] = (
    "阮氏梅",
    "阮氏香",
    "阮文雄",
    "黎氏秋",
    "范氏草",
    "陳氏玉",
    "武文勇",
    "裴氏蓮",
    "黃氏芳",
    "鄧文雄",
    "蘇西·安娜",
    "瑪莉亞·桑托斯",
    "約翰·史密斯",
    "安妮·林",
    "西蒂·努爾",
    "蘇哈托·普拉博沃",
    "阮氏玄",
    "潘文達",
    "吳氏蘭",
    "丁文明",
)


def _names(text: str) -> tuple[str, ...]:
    """Space-separated names as a tuple (keeps the long lists readable)."""
    return tuple(text.split())


# 22 縣市 and their 368 鄉鎮市區, in the usual order; landline area code per 縣市.
CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "臺北市",
        "02",
        _names(
            "中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區"
        ),
    ),
    (
        "新北市",
        "02",
        _names(
            "板橋區 三重區 中和區 永和區 新莊區 新店區 樹林區 鶯歌區 三峽區 淡水區 "
            "汐止區 瑞芳區 土城區 蘆洲區 五股區 泰山區 林口區 深坑區 石碇區 坪林區 "
            "三芝區 石門區 八里區 平溪區 雙溪區 貢寮區 金山區 萬里區 烏來區"
        ),
    ),
    (
        "桃園市",
        "03",
        _names(
            "桃園區 中壢區 大溪區 楊梅區 蘆竹區 大園區 龜山區 八德區 龍潭區 平鎮區 "
            "新屋區 觀音區 復興區"
        ),
    ),
    (
        "臺中市",
        "04",
        _names(
            "中區 東區 南區 西區 北區 西屯區 南屯區 北屯區 豐原區 東勢區 大甲區 "
            "清水區 沙鹿區 梧棲區 后里區 神岡區 潭子區 大雅區 新社區 石岡區 外埔區 "
            "大安區 烏日區 大肚區 龍井區 霧峰區 太平區 大里區 和平區"
        ),
    ),
    (
        "臺南市",
        "06",
        _names(
            "新營區 鹽水區 白河區 柳營區 後壁區 東山區 麻豆區 下營區 六甲區 官田區 "
            "大內區 佳里區 學甲區 西港區 七股區 將軍區 北門區 新化區 善化區 新市區 "
            "安定區 山上區 玉井區 楠西區 南化區 左鎮區 仁德區 歸仁區 關廟區 龍崎區 "
            "永康區 東區 南區 北區 安南區 安平區 中西區"
        ),
    ),
    (
        "高雄市",
        "07",
        _names(
            "鹽埕區 鼓山區 左營區 楠梓區 三民區 新興區 前金區 苓雅區 前鎮區 旗津區 "
            "小港區 鳳山區 林園區 大寮區 大樹區 大社區 仁武區 鳥松區 岡山區 橋頭區 "
            "燕巢區 田寮區 阿蓮區 路竹區 湖內區 茄萣區 永安區 彌陀區 梓官區 旗山區 "
            "美濃區 六龜區 甲仙區 杉林區 內門區 茂林區 桃源區 那瑪夏區"
        ),
    ),
    ("基隆市", "02", _names("仁愛區 信義區 中正區 中山區 安樂區 暖暖區 七堵區")),
    ("新竹市", "03", _names("東區 北區 香山區")),
    ("嘉義市", "05", _names("東區 西區")),
    (
        "新竹縣",
        "03",
        _names(
            "竹北市 竹東鎮 新埔鎮 關西鎮 湖口鄉 新豐鄉 芎林鄉 橫山鄉 北埔鄉 寶山鄉 "
            "峨眉鄉 尖石鄉 五峰鄉"
        ),
    ),
    (
        "苗栗縣",
        "037",
        _names(
            "苗栗市 頭份市 苑裡鎮 通霄鎮 竹南鎮 後龍鎮 卓蘭鎮 大湖鄉 公館鄉 銅鑼鄉 "
            "南庄鄉 頭屋鄉 三義鄉 西湖鄉 造橋鄉 三灣鄉 獅潭鄉 泰安鄉"
        ),
    ),
    (
        "彰化縣",
        "04",
        _names(
            "彰化市 員林市 和美鎮 鹿港鎮 溪湖鎮 二林鎮 田中鎮 北斗鎮 花壇鄉 芬園鄉 "
            "大村鄉 永靖鄉 伸港鄉 線西鄉 福興鄉 秀水鄉 埔心鄉 埔鹽鄉 大城鄉 芳苑鄉 "
            "竹塘鄉 社頭鄉 二水鄉 田尾鄉 埤頭鄉 溪州鄉"
        ),
    ),
    (
        "南投縣",
        "049",
        _names(
            "南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 名間鄉 鹿谷鄉 中寮鄉 魚池鄉 國姓鄉 "
            "水里鄉 信義鄉 仁愛鄉"
        ),
    ),
    (
        "雲林縣",
        "05",
        _names(
            "斗六市 斗南鎮 虎尾鎮 西螺鎮 土庫鎮 北港鎮 古坑鄉 大埤鄉 莿桐鄉 林內鄉 "
            "二崙鄉 崙背鄉 麥寮鄉 東勢鄉 褒忠鄉 臺西鄉 元長鄉 四湖鄉 口湖鄉 水林鄉"
        ),
    ),
    (
        "嘉義縣",
        "05",
        _names(
            "太保市 朴子市 布袋鎮 大林鎮 民雄鄉 溪口鄉 新港鄉 六腳鄉 東石鄉 義竹鄉 "
            "鹿草鄉 水上鄉 中埔鄉 竹崎鄉 梅山鄉 番路鄉 大埔鄉 阿里山鄉"
        ),
    ),
    (
        "屏東縣",
        "08",
        _names(
            "屏東市 潮州鎮 東港鎮 恆春鎮 萬丹鄉 長治鄉 麟洛鄉 九如鄉 里港鄉 鹽埔鄉 "
            "高樹鄉 萬巒鄉 內埔鄉 竹田鄉 新埤鄉 枋寮鄉 新園鄉 崁頂鄉 林邊鄉 南州鄉 "
            "佳冬鄉 琉球鄉 車城鄉 滿州鄉 枋山鄉 三地門鄉 霧臺鄉 瑪家鄉 泰武鄉 來義鄉 "
            "春日鄉 獅子鄉 牡丹鄉"
        ),
    ),
    (
        "宜蘭縣",
        "03",
        _names(
            "宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 壯圍鄉 員山鄉 冬山鄉 五結鄉 三星鄉 大同鄉 南澳鄉"
        ),
    ),
    (
        "花蓮縣",
        "03",
        _names(
            "花蓮市 鳳林鎮 玉里鎮 新城鄉 吉安鄉 壽豐鄉 光復鄉 豐濱鄉 瑞穗鄉 富里鄉 "
            "秀林鄉 萬榮鄉 卓溪鄉"
        ),
    ),
    (
        "臺東縣",
        "089",
        _names(
            "臺東市 成功鎮 關山鎮 卑南鄉 鹿野鄉 池上鄉 東河鄉 長濱鄉 太麻里鄉 大武鄉 "
            "綠島鄉 海端鄉 延平鄉 金峰鄉 達仁鄉 蘭嶼鄉"
        ),
    ),
    ("澎湖縣", "06", _names("馬公市 湖西鄉 白沙鄉 西嶼鄉 望安鄉 七美鄉")),
    ("金門縣", "082", _names("金城鎮 金湖鎮 金沙鎮 金寧鄉 烈嶼鄉 烏坵鄉")),
    ("連江縣", "0836", _names("南竿鄉 北竿鄉 莒光鄉 東引鄉")),
)
# Rough population shares (per mille) of the 22 縣市, in CITIES order.
CITY_WEIGHTS: tuple[int, ...] = (
    106,
    173,
    97,
    121,
    79,
    116,
    16,
    19,
    11,
    24,
    23,
    53,
    21,
    29,
    21,
    34,
    19,
    14,
    9,
    5,
    6,
    1,
)

# First letters of the national ID by the 縣市 where it was first issued (A 臺北市, F 新北市, ...);
# merged cities keep both old letters (臺中市 B, 臺中縣 L).
ID_LETTER_BY_CITY: dict[str, str] = {
    "臺北市": "AY",
    "新北市": "F",
    "桃園市": "H",
    "臺中市": "BL",
    "臺南市": "DR",
    "高雄市": "ES",
    "基隆市": "C",
    "新竹市": "O",
    "嘉義市": "I",
    "新竹縣": "J",
    "苗栗縣": "K",
    "彰化縣": "N",
    "南投縣": "M",
    "雲林縣": "P",
    "嘉義縣": "Q",
    "屏東縣": "T",
    "宜蘭縣": "G",
    "花蓮縣": "U",
    "臺東縣": "V",
    "澎湖縣": "X",
    "金門縣": "W",
    "連江縣": "Z",
}

# Road names; 路 often take a 段, 街 rarely do.
ROADS: tuple[str, ...] = (
    "中山路",
    "中正路",
    "民生路",
    "民族路",
    "民權路",
    "復興路",
    "建國路",
    "和平路",
    "光復路",
    "中華路",
    "自由路",
    "成功路",
    "文化路",
    "忠孝東路",
    "忠孝西路",
    "仁愛路",
    "信義路",
    "博愛路",
    "公園路",
    "大同路",
    "三民路",
    "五福路",
    "中興路",
    "環河路",
    "工業路",
    "工業一路",
    "工業三路",
    "經國路",
    "東興路",
    "南京東路",
    "羅斯福路",
    "敦化南路",
    "基隆路",
    "臺灣大道",
    "文心路",
    "英才路",
    "市政路",
    "青海路",
    "國光路",
    "永福路",
    "府前路",
    "博愛二路",
    "中山一路",
    "四維三路",
    "新興路",
    "龍江路",
    "健康路",
    "育英路",
    "明德路",
    "興中路",
)
STREETS: tuple[str, ...] = (
    "中正街",
    "中山街",
    "民生街",
    "仁愛街",
    "新生街",
    "光明街",
    "和平街",
    "大德街",
    "永興街",
    "文昌街",
    "福德街",
    "長安街",
    "成功街",
    "延平街",
    "復興街",
    "忠孝街",
)
VILLAGE_SUFFIX: tuple[str, ...] = ("村", "里")
VILLAGE_NAMES: tuple[str, ...] = (
    "中興",
    "新興",
    "福德",
    "東興",
    "西勢",
    "南勢",
    "北勢",
    "大湖",
    "山腳",
    "溪洲",
    "頂厝",
    "下寮",
)
CHINESE_SECTIONS: tuple[str, ...] = ("一段", "二段", "三段", "四段", "五段", "六段", "七段")

# Company names: brand word + trade word + legal form.
COMPANY_BRANDS: tuple[str, ...] = (
    "宏達",
    "台達",
    "永豐",
    "大同",
    "長榮",
    "新光",
    "國泰",
    "振興",
    "鴻圖",
    "金豐",
    "聯發",
    "華新",
    "正隆",
    "順發",
    "旭昇",
    "群益",
    "瑞興",
    "昌益",
    "東元",
    "南亞",
    "中鋼",
    "勝華",
    "益全",
    "亞昕",
    "晶元",
    "嘉聯",
    "全興",
    "裕隆",
    "福懋",
    "統興",
    "大成",
    "廣達",
    "明泰",
    "協和",
    "冠軍",
    "佳世",
    "合勤",
    "鼎新",
    "寶成",
    "台光",
    "誠品",
    "宜特",
    "聚亨",
    "興農",
)
COMPANY_TRADES: tuple[str, ...] = (
    "精密工業",
    "機械",
    "電子",
    "科技",
    "塑膠工業",
    "食品",
    "化學",
    "金屬工業",
    "紡織",
    "光電",
    "鋼鐵",
    "材料",
    "生技",
    "印刷",
    "汽車零件",
    "模具",
    "五金",
    "環保科技",
    "能源",
    "半導體",
    "家具",
    "製藥",
    "橡膠",
    "玻璃",
)
COMPANY_FORMS: tuple[tuple[str, int], ...] = (
    ("股份有限公司", 60),
    ("有限公司", 30),
    ("企業社", 5),
    ("工廠", 5),
)
FACTORY_SITE_SUFFIX: tuple[str, ...] = ("", "", "", "一廠", "二廠", "桃園廠", "臺中廠", "高雄廠")

# IDB services: (name, statutory processing days). Statutory days are plausible, not official.
SERVICES: tuple[tuple[str, int, int], ...] = (
    # name, statutory days, relative weight
    ("工廠登記", 14, 30),
    ("工廠變更登記", 10, 22),
    ("產業創新條例投資抵減", 30, 10),
    ("補助計畫申請", 60, 12),
    ("進口貨物用途證明", 7, 14),
    ("產業園區土地租售", 30, 6),
    ("特定工廠登記", 30, 4),
    ("工業用地證明", 14, 2),
)
SERVICE_STATUSES: tuple[str, ...] = ("已結案", "處理中", "退件", "撤回")

# Units (組室) and titles of the fictional bureau; staff work in these.
UNITS: tuple[str, ...] = (
    "綜合規劃組",
    "產業政策組",
    "金屬機電工業組",
    "電子資訊工業組",
    "民生化工業組",
    "永續發展組",
    "產業園區組",
    "工廠管理組",
    "秘書室",
)
TITLES: tuple[str, ...] = ("科長", "技正", "專員", "技士", "科員", "約聘人員")

PETITION_CHANNELS: tuple[str, ...] = ("首長信箱", "電子郵件", "電話", "臨櫃", "1999")
PETITION_CATEGORIES: tuple[str, ...] = ("環境污染", "工廠管理", "補助", "產業園區", "其他")
PETITION_STATUSES: tuple[str, ...] = ("已回覆", "處理中", "已結案", "移請他機關辦理")

SURVEY_CHANNELS: tuple[str, ...] = ("臨櫃", "線上申辦", "電話", "電子郵件")
SURVEY_GENDERS: tuple[tuple[str, int], ...] = (("男", 54), ("女", 42), ("不願透露", 4))

# 行業標準分類 中類 codes of manufacturing (C) that factory registrations use.
INDUSTRY_CODES: tuple[tuple[str, str], ...] = (
    ("08", "食品及飼品製造業"),
    ("09", "飲料製造業"),
    ("11", "紡織業"),
    ("12", "成衣及服飾品製造業"),
    ("13", "皮革、毛皮及其製品製造業"),
    ("14", "木竹製品製造業"),
    ("15", "紙漿、紙及紙製品製造業"),
    ("16", "印刷及資料儲存媒體複製業"),
    ("17", "石油及煤製品製造業"),
    ("18", "化學原材料製造業"),
    ("19", "其他化學製品製造業"),
    ("20", "藥品及醫用化學製品製造業"),
    ("21", "橡膠製品製造業"),
    ("22", "塑膠製品製造業"),
    ("23", "非金屬礦物製品製造業"),
    ("24", "基本金屬製造業"),
    ("25", "金屬製品製造業"),
    ("26", "電子零組件製造業"),
    ("27", "電腦、電子產品及光學製品製造業"),
    ("28", "電力設備及配備製造業"),
    ("29", "機械設備製造業"),
    ("30", "汽車及其零件製造業"),
    ("31", "其他運輸工具及其零件製造業"),
    ("32", "家具製造業"),
    ("33", "其他製造業"),
    ("34", "產業用機械設備維修及安裝業"),
)
# Rough shares of registered factories per industry code (金屬製品 and 機械 dominate).
INDUSTRY_WEIGHTS: tuple[int, ...] = (
    7,
    1,
    4,
    1,
    1,
    2,
    2,
    3,
    1,
    2,
    2,
    1,
    2,
    8,
    3,
    3,
    22,
    4,
    3,
    4,
    13,
    4,
    2,
    2,
    2,
    1,
)
FACTORY_STATUSES: tuple[tuple[str, int], ...] = (("生產中", 85), ("歇業", 10), ("停工", 5))

# Statutes and document words that appear in official prose (harmless, must survive scanning).
STATUTES: tuple[str, ...] = (
    "工廠管理輔導法",
    "產業創新條例",
    "產業創新條例施行細則",
    "工廠管理輔導法施行細則",
    "中小企業發展條例",
    "貨物進口用途證明作業要點",
    "行政程序法",
    "個人資料保護法",
)
DOC_WORDS: tuple[str, ...] = ("經授工字", "經工字", "工地字", "工中字", "經授中字")
EMAIL_DOMAINS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 50),
    ("yahoo.com.tw", 18),
    ("hotmail.com", 8),
    ("msa.hinet.net", 10),
    ("ms1.hinet.net", 3),
    ("outlook.com", 6),
    ("example.com.tw", 5),
)
AGENCY_EMAIL_DOMAIN = "idb.example.gov.tw"

# Within a 縣市, people and firms concentrate in county seats and big urban districts and are
# sparse in mountain townships; these relative weights (default 1 for 區, 1.5 鎮, 0.7 鄉, 4 for a
# 縣轄市) shape where addresses fall, which decides how many rows a k-anonymity gate suppresses.
DISTRICT_WEIGHTS: dict[str, float] = {
    "新北市板橋區": 4,
    "新北市三重區": 3.5,
    "新北市中和區": 3.5,
    "新北市新莊區": 3.5,
    "新北市新店區": 2.5,
    "新北市土城區": 2,
    "新北市永和區": 2,
    "新北市汐止區": 1.7,
    "新北市樹林區": 1.6,
    "新北市蘆洲區": 1.7,
    "桃園市桃園區": 3.5,
    "桃園市中壢區": 3.5,
    "桃園市平鎮區": 2,
    "桃園市八德區": 2,
    "桃園市楊梅區": 1.5,
    "桃園市蘆竹區": 1.5,
    "桃園市龜山區": 1.5,
    "臺中市北屯區": 3,
    "臺中市西屯區": 2.8,
    "臺中市大里區": 2.4,
    "臺中市太平區": 2.2,
    "臺中市南屯區": 2,
    "臺中市豐原區": 2,
    "臺南市永康區": 4,
    "臺南市安南區": 3,
    "臺南市東區": 3,
    "臺南市北區": 2,
    "臺南市南區": 2,
    "臺南市中西區": 1.5,
    "臺南市仁德區": 1.5,
    "臺南市歸仁區": 1.2,
    "臺南市新營區": 1.2,
    "高雄市鳳山區": 4,
    "高雄市三民區": 4,
    "高雄市左營區": 2.5,
    "高雄市前鎮區": 2.4,
    "高雄市楠梓區": 2.3,
    "高雄市苓雅區": 2.1,
    "高雄市小港區": 1.8,
    "高雄市鼓山區": 1.7,
    "彰化縣員林市": 3,
    "屏東縣屏東市": 4,
    "雲林縣斗六市": 3,
    "嘉義縣民雄鄉": 2,
}
MOUNTAIN_TOWNSHIPS: tuple[str, ...] = (
    "新北市烏來區",
    "桃園市復興區",
    "臺中市和平區",
    "高雄市茂林區",
    "高雄市桃源區",
    "高雄市那瑪夏區",
    "新竹縣尖石鄉",
    "新竹縣五峰鄉",
    "苗栗縣泰安鄉",
    "南投縣信義鄉",
    "南投縣仁愛鄉",
    "嘉義縣阿里山鄉",
    "屏東縣三地門鄉",
    "屏東縣霧臺鄉",
    "屏東縣瑪家鄉",
    "屏東縣泰武鄉",
    "屏東縣來義鄉",
    "屏東縣春日鄉",
    "屏東縣獅子鄉",
    "屏東縣牡丹鄉",
    "宜蘭縣大同鄉",
    "宜蘭縣南澳鄉",
    "花蓮縣秀林鄉",
    "花蓮縣萬榮鄉",
    "花蓮縣卓溪鄉",
    "臺東縣海端鄉",
    "臺東縣延平鄉",
    "臺東縣金峰鄉",
    "臺東縣達仁鄉",
    "臺東縣蘭嶼鄉",
    "金門縣烏坵鄉",
)
# Districts with industrial parks and the bureau's service centres: survey respondents and
# factory sites cluster here.
INDUSTRIAL_DISTRICTS: tuple[str, ...] = (
    "臺北市中正區",
    "新北市新莊區",
    "新北市板橋區",
    "桃園市中壢區",
    "桃園市桃園區",
    "新竹市東區",
    "臺中市西屯區",
    "彰化縣彰化市",
    "臺南市永康區",
    "臺南市安南區",
    "高雄市前鎮區",
    "高雄市楠梓區",
    "桃園市觀音區",
    "桃園市大園區",
    "新北市五股區",
    "新北市土城區",
    "臺中市大肚區",
    "臺中市大里區",
    "彰化縣鹿港鎮",
    "雲林縣麥寮鄉",
    "臺南市新市區",
    "高雄市大社區",
    "高雄市小港區",
    "屏東縣屏東市",
)


def city_districts() -> tuple[str, ...]:
    """Every 縣市 + 鄉鎮市區 (e.g. 臺中市西屯區), longest first so prefix matching is greedy."""
    names = (city + district for city, _, districts in CITIES for district in districts)
    return tuple(sorted(names, key=lambda name: (-len(name), name)))
