"""Held-out set 18: synthetic Taiwanese agency free text with labelled personal data.

Written without sight of the scanner, to give an honest held-out measurement. Genres:
household-registration counter notes (戶政事務所), tax-bureau refund and penalty letters
(國稅局), veterans-affairs visit notes (榮民服務處), fishing-port incident logs (漁港),
hospital social-service notes (醫院社工) and temple / community festival permits.

``generate_heldout18(n, seed)`` returns ``(samples, known_names)``. Every value and every name
is synthetic: identifiers are built to pass their checksums, names are drawn from the lists
below (random combinations, not real people).
"""

import random
import re
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_mod
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

Part = str | tuple[str, str, bool]

# --------------------------------------------------------------------------- full width

_FW = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./()+#@"}
)
_FW_LOWER = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz_"})
FULLWIDTH_RATE = 0.13


def to_fullwidth(s: str, lower: bool = False) -> str:
    """Full-width digits, capitals and separators (and lower case when asked)."""
    s = s.translate(_FW)
    return s.translate(_FW_LOWER) if lower else s


# --------------------------------------------------------------------------- name lists


def _words(s: str) -> list[str]:
    """Split a whitespace-separated list."""
    return s.split()


_COMMON_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊江呂何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁"
    "趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董唐藍石蔣古紀姚連馮程湯田康姜白汪鄒尤巫黎"
)
_RARE_SURNAMES = (
    "涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶"
    "段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘邢花冉易鮑喬聶左季牛祝祁甯單郝巴"
    "鄔卜岳蒲竇冷練鄞覃滕晏荊戚郁仇苗靳湛鐘阮歐賴酆蘭鞠談喻"
)
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 張廖 范姜 司徒 上官 諸葛 司馬 夏侯 東方 皇甫 端木 公孫 鍾離 慕容 呼延 周黃 劉張"
)

_FEMALE_GIVEN = _words("""
淑芬 淑惠 淑娟 淑貞 美玲 美惠 美珠 美華 雅婷 雅雯 雅琪 怡君 怡婷 怡如 佳穎 佳蓉 佳琪 婉婷 婉如
詩涵 詩婷 欣怡 欣妤 宜蓁 宜庭 思妤 思穎 品妤 品萱 語彤 語涵 子晴 子涵 芷瑜 芷晴 宥蓁 詠晴 郁婷
郁雯 秀琴 秀英 秀蘭 秀鳳 秀枝 玉蘭 玉梅 玉霞 玉珍 麗華 麗珠 麗娟 麗雲 碧霞 碧雲 月娥 月霞 金鳳
金葉 素貞 素月 春美 春嬌 阿滿 招治 罔市 罔腰 寶珠 寶玉 惠美 惠如 惠雯 靜宜 靜怡 瑞玲 佩珊 佩君
珮瑜 筱涵 筱婷 曉雯 曉萍 慧玲 慧君 綺君 巧玲 韻如 姿吟 家瑜 家綺 俐君 立婷 依婷 亭妤 采潔 安琪
心怡 昱彤 沛晴 若涵 瑀彤 羽彤 苡安 恩綺 芯瑜 妍希 沐晴 書瑤 湘婷 莉雯 琇惠 翠玉 鳳嬌 滿妹 菊妹
桂英 貴美 錦雲 彩雲 淑華 雪芬 瓊慧 幸枝 真真 琬婷 瑄瑄 以琳 亞璇 雨潔 晏如 映彤 可昕 芊妤
""")

_MALE_GIVEN = _words("""
志明 志豪 志偉 志強 建宏 建志 建成 俊傑 俊宏 俊賢 家豪 家銘 家瑋 冠宇 冠廷 宗翰 宗憲 承恩 承翰
宥廷 柏翰 柏宇 品睿 宇軒 彥廷 睿恩 子睿 祐誠 信宏 文雄 文彬 文華 明輝 明德 明哲 正雄 正義 國華
國榮 國棟 金龍 金生 添財 阿土 榮華 振興 德勝 福來 清水 木火 永福 永昌 進財 坤山 昆霖 耀宗 錦堂
輝雄 勝利 再興 天賜 萬福 朝陽 水木 春生 炳坤 茂林 阿福 阿明 嘉宏 瑞祥 啟明 政宏 俊男 世豪 漢忠
仁傑 崇仁 振宇 凱文 奕辰 亦凡 定遠 維安 紹華 鴻文 耀仁 宏達 彥均 奕翔 昱廷 哲瑋 韋翔 書豪 致遠
育誠 詠翔 博文 煥章 克強 守仁 光明 忠義 保國 衛民 復興 自強 立群 鐵雄 長春 樹根 旺財 來福 有財
""")

_ONE_CHAR_GIVEN_F = list("芳娟玲婷萍琳瑜晴彤蓉雯慧珍鳳嬌蘭梅英")
_ONE_CHAR_GIVEN_M = list("偉強勇傑華豪翔鈞恩暉澤謙誠斌輝雄剛毅")

_GIVEN_FIRST = list("宜育欣家承柏品宥冠子思郁妤庭淳語昕靖書秉士佑沛奕彥")
_GIVEN_SECOND = list("安寧軒瑋涵甄萱霖翰綸廷穎潔容蓁琦辰澔晨頤崴愷芸嫺")

# Indigenous personal names (Han transliteration, romanised) and fathers' or family names.
_INDIG_GIVEN = [
    ("巴奈", "Panay"), ("馬耀", "Mayaw"), ("伊萬", "Iwan"), ("瓦旦", "Watan"), ("尤幹", "Yukan"),
    ("比黛", "Pitay"), ("拉娃", "Lawa"), ("哈勇", "Hayung"), ("吉娃斯", "Ciwas"),
    ("撒韻", "Sayun"), ("那莫", "Namoh"), ("達道", "Tadaw"), ("烏瑪芙", "Umav"),
    ("伊布", "Ibu"), ("古拉斯", "Kolas"), ("阿浪", "Alang"), ("蘇諾", "Sunaw"),
    ("基努", "Kinu"), ("尤道", "Yudaw"), ("碧絲", "Pisuy"), ("莎妮", "Sani"), ("都古", "Tuku"),
    ("拉罕", "Lahan"), ("瑪雅", "Maya"), ("阿布", "Abu"), ("慕娃", "Muwa"),
]  # fmt: skip
_INDIG_FAMILY = [
    ("巴萬", "Pawan"), ("達利", "Tali"), ("尤命", "Yumin"), ("嘎造", "Kacaw"),
    ("帖木", "Temu"), ("比令", "Piling"), ("巴度", "Batu"), ("依斯坦達", "Istanda"),
    ("谷木", "Kumu"), ("阿里", "Ali"), ("拉法", "Lafa"), ("撒萬", "Sawan"), ("烏那", "Una"),
    ("法拉", "Fala"), ("魯凱", "Rukai"), ("希瓦", "Siwa"), ("馬賴", "Malay"), ("嘎那", "Kana"),
]  # fmt: skip
_TRIBES = _words("阿美 泰雅 排灣 布農 太魯閣 卑南 魯凱 賽德克 鄒 達悟 撒奇萊雅 噶瑪蘭")

_VN_SUR = _words("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly")
_VN_SUR_DIA = _words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
_VN_GIV_F = _words("Lan Hoa Huong Mai Thu Trang Linh Ha Nga Thao Yen Phuong Hanh Tuyet Diem")
_VN_GIV_M = _words("Hung Dung Tuan Nam Hai Long Hieu Khanh Quang Son Thang Vinh Phuc Binh")
_VN_HAN_SUR = list("阮陳黎范黃潘武鄧裴吳杜胡")
_VN_HAN_GIV_F = _words("蘭 花 香 梅 秋香 玲 河 娥 芳 燕 翠 鸞 春 秋 美 英 草 垂 紅")
_VN_HAN_GIV_M = _words("雄 勇 俊 南 海 龍 孝 慶 德 光 山 勝 榮 福 平")

# Foreign given names by sex ("F" / "M").
_ID_GIV = {
    "F": _words("Sri Siti Ani Rina Yuli Wati Nur Eka Dian Fitri Yanti Rini Dewi Ratna"),
    "M": _words("Agus Budi Joko Eko Bambang Slamet Hendra Rudi Wahyu Dedi"),
}
_ID_FAM = _words("Wahyuni Rahayu Susanti Handayani Purwanti Setiawan Hidayat Santoso Kusuma")
_ID_FAM += _words("Pratiwi Maryati Lestiani Sulistyo Nurhayati Wulandari Saputra")
_ID_SINGLE = {
    "F": _words("Suparmi Sumiati Sulastri Karsiti Tumini Warsini Painem Sutinah Juminah"),
    "M": _words("Sutrisno Sugiono Paijo Kasimin Suparno Mulyono"),
}
_ID_HAN_SYL = list("蘇莉娃蒂妮雅絲米安爾達瑪娜拉卡亞尼芭莎迪努哈")

_PH_GIV = {
    "F": ["Maria Cristina", "Jocelyn", "Rowena", "Marites", "Jennifer", "Mary Grace", "Joy",
          "Lovely", "Rachelle", "Analyn", "Rica Mae", "Gemma"],
    "M": ["Mark", "John Paul", "Rodel", "Ronaldo", "Arnel", "Jerome", "Elmer", "Jun Rey"],
}  # fmt: skip
_PH_FAM = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz",
           "Villanueva", "Ramos", "Aquino", "Castillo", "Flores", "Navarro", "Manalo",
           "Pascual", "Soriano", "Dizon", "Tolentino", "Macaraeg", "Abad"]  # fmt: skip
_PH_HAN_GIV = {
    "F": _words("瑪莉亞 喬瑟琳 羅薇娜 珍妮佛 瑪莉葛瑞斯 喬伊 安娜琳"),
    "M": _words("馬克 約翰保羅 羅德爾 阿奈爾 傑洛米"),
}
_PH_HAN_FAM = _words(
    "桑托斯 雷耶斯 克魯茲 包蒂斯塔 賈西亞 門多薩 拉莫斯 弗洛雷斯 維拉紐瓦 多倫蒂諾"
)

_TH_GIV = {
    "F": _words("Malee Kanya Suda Wanida Pornthip Siriporn Jintana Ratana Nongluck"),
    "M": _words("Somchai Somsak Niran Prasert Anan Chaiya Sombat Kittisak Nattapong Boonsong"),
}
_TH_FAM = _words("Srisuk Wongsawat Boonmee Saelim Chaiyaporn Rattanakorn Thongdee Kaewmanee")
_TH_FAM += _words("Phromma Sukjai Inthong Jaidee Kongkaew Sangthong")
_TH_HAN_GIV = {
    "F": _words("瑪麗 甘雅 蘇達 汪妮達 珍塔娜"),
    "M": _words("頌猜 頌薩 巴瑟 阿南 猜亞 頌巴"),
}
_TH_HAN_FAM = _words("西蘇 翁沙瓦 汶米 賽林 通迪 乍迪 宋通")

_NATIONS = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}

# Romanised syllables for e-mail local parts.
_ROMAN_SUR = _words("chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng")
_ROMAN_SUR += _words("chiu liao lai chou yeh su chuang chiang lu ho hsiao lo kao pan chien chu")
_ROMAN_GIV = _words("meiling yating ichun chihming chienhung chunchieh chiahao kuanyu tsunghan")
_ROMAN_GIV += _words("shufen huimei peishan hsiaowen yuting weijie tingyu jiahui minghui ahui")
_EN_NICK = _words("amy kevin vicky jason tina eric annie peggy jimmy sandy ken joyce alan wendy")
_MAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net",
                 "ms15.hinet.net", "ms21.hinet.net", "icloud.com", "kimo.com", "livemail.tw",
                 "seed.net.tw", "pchome.com.tw"]  # fmt: skip

# --------------------------------------------------------------------------- places

_CITIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("臺北市", [("中正區", "100"), ("大同區", "103"), ("中山區", "104"), ("松山區", "105"),
               ("大安區", "106"), ("萬華區", "108"), ("信義區", "110"), ("士林區", "111"),
               ("北投區", "112"), ("內湖區", "114"), ("南港區", "115"), ("文山區", "116")]),
    ("新北市", [("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("永和區", "234"),
               ("新莊區", "242"), ("新店區", "231"), ("土城區", "236"), ("蘆洲區", "247"),
               ("淡水區", "251"), ("汐止區", "221"), ("樹林區", "238"), ("瑞芳區", "224"),
               ("萬里區", "207"), ("貢寮區", "228")]),
    ("桃園市", [("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("龜山區", "333"),
               ("八德區", "334"), ("楊梅區", "326"), ("大園區", "337")]),
    ("臺中市", [("中區", "400"), ("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"),
               ("豐原區", "420"), ("大甲區", "437"), ("梧棲區", "435"), ("清水區", "436")]),
    ("臺南市", [("中西區", "700"), ("東區", "701"), ("北區", "704"), ("安平區", "708"),
               ("永康區", "710"), ("將軍區", "725"), ("北門區", "727"), ("安南區", "709")]),
    ("高雄市", [("苓雅區", "802"), ("三民區", "807"), ("前鎮區", "806"), ("左營區", "813"),
               ("鳳山區", "830"), ("鼓山區", "804"), ("旗津區", "805"), ("茄萣區", "852"),
               ("林園區", "832"), ("小港區", "812")]),
    ("基隆市", [("中正區", "202"), ("仁愛區", "200"), ("信義區", "201"), ("安樂區", "204")]),
    ("新竹市", [("東區", "300"), ("北區", "300"), ("香山區", "300")]),
    ("新竹縣", [("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303")]),
    ("苗栗縣", [("苗栗市", "360"), ("竹南鎮", "350"), ("後龍鎮", "356"), ("通霄鎮", "357")]),
    ("彰化縣", [("彰化市", "500"), ("鹿港鎮", "505"), ("員林市", "510"), ("芳苑鄉", "528")]),
    ("南投縣", [("南投市", "540"), ("埔里鎮", "545"), ("竹山鎮", "557")]),
    ("雲林縣", [("斗六市", "640"), ("虎尾鎮", "632"), ("麥寮鄉", "638"), ("口湖鄉", "653")]),
    ("嘉義市", [("東區", "600"), ("西區", "600")]),
    ("嘉義縣", [("太保市", "612"), ("民雄鄉", "621"), ("東石鄉", "614"), ("布袋鎮", "625")]),
    ("屏東縣", [("屏東市", "900"), ("東港鎮", "928"), ("潮州鎮", "920"), ("琉球鄉", "929"),
               ("恆春鎮", "946"), ("枋寮鄉", "940")]),
    ("宜蘭縣", [("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270"), ("頭城鎮", "261")]),
    ("花蓮縣", [("花蓮市", "970"), ("吉安鄉", "973"), ("玉里鎮", "981"), ("秀林鄉", "972")]),
    ("臺東縣", [("臺東市", "950"), ("成功鎮", "961"), ("卑南鄉", "954"), ("蘭嶼鄉", "952")]),
    ("澎湖縣", [("馬公市", "880"), ("湖西鄉", "885"), ("白沙鄉", "884")]),
    ("金門縣", [("金城鎮", "893"), ("金湖鎮", "891")]),
    ("連江縣", [("南竿鄉", "209"), ("北竿鄉", "210")]),
]  # fmt: skip
CITY_NAMES = [c for c, _ in _CITIES]

_ROADS = _words("""
中正路 中山路 民生路 民族路 光復路 復興路 建國路 自由路 和平路 成功路 忠孝路 仁愛路 信義路
文化路 中華路 博愛路 三民路 公園路 大同路 永福街 民權路 林森路 新生路 忠義路 福德街 育英街
長春路 明德路 正氣路 勝利路 五福路 光明路 中興路 港口路 漁港路 海岸路 濱海路 大仁街 仁德街
""")
_TAIPEI_ROADS = _words("""
和平東路 忠孝東路 南京東路 民權東路 信義路 羅斯福路 八德路 延平北路 林森北路 承德路 中山北路
基隆路 復興南路 敦化南路 木柵路 內湖路 重慶北路 西園路 環河南路 師大路 興隆路
""")
_SECTIONS = "一二三四五"
_VILLAGES = _words(
    "福德 永安 中興 和平 仁愛 新生 光明 崙仔 頂寮 海埔 港口 南寮 東興 大林 後壁 新厝"
)

_PORTS = ["南方澳漁港", "八斗子漁港", "東港漁港", "前鎮漁港", "梧棲漁港", "新港漁港", "竹圍漁港",
          "富基漁港", "深澳漁港", "茄萣興達港", "布袋漁港", "將軍漁港", "澎湖馬公第三漁港",
          "大溪漁港", "烏石漁港", "王功漁港", "林邊漁港", "枋寮漁港"]  # fmt: skip
_SHIP_PREFIX = _words("新漁 金滿 順發 德福 海利 祥順 明隆 春億 勝大 永裕 金福 瑞發 漁豐 東昇 合益")
_HOSPITALS = ["臺大醫院", "馬偕紀念醫院", "臺北榮民總醫院", "高雄長庚紀念醫院", "花蓮慈濟醫院",
              "成大醫院", "中國醫藥大學附設醫院", "部立屏東醫院", "羅東博愛醫院", "基隆長庚醫院",
              "衛生福利部澎湖醫院", "臺東馬偕紀念醫院", "彰化基督教醫院", "奇美醫院"]  # fmt: skip
_TEMPLES = ["鎮瀾宮", "朝天宮", "南鯤鯓代天府", "龍山寺", "東港東隆宮", "北港武德宮", "慈祐宮",
            "順天宮", "福安宮", "保安宮", "天后宮", "玄天宮", "清水巖", "受天宮", "開基玉皇宮",
            "鳳山寺", "廣澤尊王廟", "代天府", "福德祠", "五穀宮"]  # fmt: skip
_DEITIES = ["媽祖", "池府王爺", "李府千歲", "朱府千歲", "溫府千歲", "吳府千歲", "保生大帝",
            "玄天上帝", "關聖帝君", "福德正神", "清水祖師", "廣澤尊王", "神農大帝", "三山國王",
            "邢府王爺", "范府千歲"]  # fmt: skip
_COMPANIES = [
    "林記海產有限公司",
    "高雄港埠物流股份有限公司",
    "金順發漁業股份有限公司",
    "王品餐飲股份有限公司",
    "陳氏水產有限公司",
    "黃金蜆生技股份有限公司",
    "大同電器行股份有限公司",
    "吳郭魚養殖合作社",
    "宏達精密工業股份有限公司",
    "石門休閒農場股份有限公司",
    "周家麻油股份有限公司",
    "萬和宮文化事業有限公司",
    "東港旗魚加工股份有限公司",
    "江南營造股份有限公司",
    "鄭家米粉有限公司",
    "蘇澳冷泉觀光股份有限公司",
    "楊梅茶業有限公司",
    "和泰冷凍食品股份有限公司",
]
_PRODUCTS = ["黃金蜆精", "金門高粱酒", "阿里山高山烏龍茶", "鳳梨酥禮盒", "烏魚子禮盒",
             "櫻花蝦醬", "石斑魚排", "黃魚一夜干", "古早味麥芽糖", "林邊蓮霧乾", "蘇澳羊羹",
             "萬丹紅豆", "楊桃汁", "龍眼蜜", "關廟麵"]  # fmt: skip
_OFFICES = [
    "大安區戶政事務所",
    "板橋戶政事務所",
    "東港戶政事務所",
    "蘇澳戶政事務所",
    "前鎮區戶政事務所",
    "花蓮市戶政事務所",
    "馬公市戶政事務所",
    "安南區戶政事務所",
]
_TAX_BRANCHES = ["財政部臺北國稅局大安分局", "財政部北區國稅局板橋分局", "財政部中區國稅局",
                 "財政部南區國稅局屏東分局", "財政部高雄國稅局前鎮稽徵所",
                 "財政部北區國稅局宜蘭分局", "財政部南區國稅局臺南分局"]  # fmt: skip
_VET_OFFICES = [
    "臺北市榮民服務處",
    "新北市榮民服務處",
    "高雄市榮民服務處",
    "花蓮縣榮民服務處",
    "屏東縣榮民服務處",
    "宜蘭縣榮民服務處",
    "澎湖縣榮民服務處",
    "桃園市榮民服務處",
]
_LAWS_BY = {
    "hr": [
        "戶籍法第48條之1",
        "戶籍法第79條",
        "戶籍法施行細則第13條",
        "姓名條例第1條",
        "國籍法第3條",
    ],
    "tax": [
        "所得稅法第71條",
        "所得稅法第110條第1項",
        "稅捐稽徵法第35條",
        "稅捐稽徵法第44條",
        "加值型及非加值型營業稅法第51條",
        "所得稅法第17條",
    ],
    "vet": ["國軍退除役官兵輔導條例第15條", "國軍退除役官兵就養安置辦法第4條", "社會救助法第21條"],
    "port": ["漁港法第14條", "漁港法第17條第2項", "船員法第25條", "漁業法第10條"],
    "hosp": ["醫療法第72條", "社會救助法第21條", "長期照顧服務法第8條", "個人資料保護法第6條"],
    "tmp": [
        "道路交通管理處罰條例第82條",
        "集會遊行法第8條",
        "噪音管制法第8條",
        "空氣污染防制法第32條",
        "爆竹煙火管理條例第4條",
    ],
}
_LAWS = [law for laws in _LAWS_BY.values() for law in laws]
_DOC_WORDS = {
    "hr": ["北市戶一字", "高市戶政字", "東港戶字", "板戶字", "蘇戶登字"],
    "tax": ["北區國稅資字", "南區國稅屏東綜字", "中區國稅法字", "財北國稅大安綜所字"],
    "vet": ["輔服字", "榮服字", "輔壹字"],
    "port": ["漁港管字", "府農漁字", "漁署港字"],
    "hosp": ["院社字", "府社救字", "衛社字"],
    "tmp": ["府民宗字", "府交管字", "高市警交字", "府授工字"],
}
_SERVICES = ["遷入登記", "出生登記", "結婚登記", "身分證補發", "戶籍謄本申請", "印鑑登記",
             "初設戶籍登記", "更改姓名", "死亡登記", "分戶登記", "首次申請護照人別確認",
             "住址變更登記", "收養登記", "監護登記"]  # fmt: skip

# --------------------------------------------------------------------------- builder


def _p(label: str, value: str) -> tuple[str, str, bool]:
    return (label, value, False)


class _B:
    """Accumulates text and gold spans."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, *parts: Part) -> "_B":
        for part in parts:
            if isinstance(part, str):
                self.buf.append(part)
                self.n += len(part)
                continue
            label, value, known = part
            self.spans.append((self.n, self.n + len(value), label))
            if label == "PERSON":
                self.known.append(known)
            self.buf.append(value)
            self.n += len(value)
        return self

    def text(self) -> str:
        return "".join(self.buf)


# --------------------------------------------------------------------------- generator


class _Gen:
    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.known_pool: dict[str, list[str]] = {}
        self.known_set: dict[str, None] = {}
        sizes = {"han:M": max(20, n // 10), "han:F": max(20, n // 10), "indig": max(8, n // 50)}
        for nat in _NATIONS:
            for sex in "FM":
                sizes[f"foreign:{nat}:{sex}"] = max(3, n // (120 if sex == "F" else 180))
        for key, size in sizes.items():
            pool = self.known_pool.setdefault(key, [])
            while len(pool) < size:
                name = self._fresh(key)
                if name not in self.known_set:
                    self.known_set[name] = None
                    pool.append(name)
        # Names that the "applicant column" holds but no text mentions.
        self.unmentioned: list[str] = []
        keys = list(sizes)
        while len(self.unmentioned) < max(10, n // 20):
            name = self._fresh(self.c(keys))
            if name not in self.known_set:
                self.known_set[name] = None
                self.unmentioned.append(name)

    # ---- small helpers
    def c(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def fw(self, s: str, p: float = FULLWIDTH_RATE) -> str:
        return to_fullwidth(s) if self.chance(p) else s

    def digits(self, k: int) -> str:
        return "".join(self.c("0123456789") for _ in range(k))

    def known_names(self) -> list[str]:
        names = [*self.known_set]
        self.r.shuffle(names)
        return names

    # ---- names
    def han_name(self, sex: str | None = None, old: bool = False) -> str:
        r = self.r
        sex = sex or self.c("MF")
        x = r.random()
        if x < 0.06:
            surname = self.c(_COMPOUND_SURNAMES)
        elif x < 0.72:
            surname = self.c(_COMMON_SURNAMES)
        else:
            surname = self.c(_RARE_SURNAMES)
        y = r.random()
        if y < 0.07:
            given = self.c(_ONE_CHAR_GIVEN_F if sex == "F" else _ONE_CHAR_GIVEN_M)
        elif y < 0.78 or old:
            given = self.c(_FEMALE_GIVEN if sex == "F" else _MALE_GIVEN)
        else:
            given = self.c(_GIVEN_FIRST) + self.c(_GIVEN_SECOND)
        if sex == "F" and len(surname) == 1 and self.chance(0.08):
            husband = self.c(_COMMON_SURNAMES)
            if husband != surname:
                return husband + surname + given  # 冠夫姓
        return surname + given

    def indig_name(self) -> str:
        g, f = self.c(_INDIG_GIVEN), self.c(_INDIG_FAMILY)
        form = self.r.random()
        if form < 0.45:
            return g[0] + self.c("‧·") + f[0]
        if form < 0.8:
            return g[1] + self.c([" ", "‧", "·"]) + f[1]
        return g[1] + " " + f[1].upper()

    def foreign_name(self, nat: str | None = None, sex: str | None = None) -> str:
        nat = nat or self.c(["VN", "VN", "ID", "ID", "PH", "TH"])
        sex = sex or ("F" if self.chance(0.6) else "M")
        fem = sex == "F"
        latin = self.chance(0.55)
        if nat == "VN":
            if latin:
                i = self.r.randrange(len(_VN_SUR))
                sur = _VN_SUR_DIA[i] if self.chance(0.2) else _VN_SUR[i]
                mid = ("Thi" if fem else "Van") if self.chance(0.8) else self.c(["Ngoc", "Minh"])
                name = f"{sur} {mid} {self.c(_VN_GIV_F if fem else _VN_GIV_M)}"
                return name.upper() if self.chance(0.25) else name
            mid = "氏" if fem else "文"
            return self.c(_VN_HAN_SUR) + mid + self.c(_VN_HAN_GIV_F if fem else _VN_HAN_GIV_M)
        if nat == "ID":
            if latin:
                if self.chance(0.3):
                    return self.c(_ID_SINGLE[sex])
                name = f"{self.c(_ID_GIV[sex])} {self.c(_ID_FAM)}"
                return name.upper() if self.chance(0.2) else name
            return "".join(self.r.sample(_ID_HAN_SYL, self.c([2, 3, 3, 4])))
        if nat == "PH":
            if latin:
                name = f"{self.c(_PH_GIV[sex])} {self.c(_PH_FAM)}"
                return name.upper() if self.chance(0.2) else name
            return self.c(_PH_HAN_GIV[sex]) + self.c("‧·") + self.c(_PH_HAN_FAM)
        if latin:
            name = f"{self.c(_TH_GIV[sex])} {self.c(_TH_FAM)}"
            return name.upper() if self.chance(0.2) else name
        if self.chance(0.5):
            return self.c(_TH_HAN_GIV[sex])
        return self.c(_TH_HAN_GIV[sex]) + "‧" + self.c(_TH_HAN_FAM)

    def _fresh(self, key: str) -> str:
        kind, *sub = key.split(":")
        if kind == "indig":
            return self.indig_name()
        if kind == "foreign":
            return self.foreign_name(*sub)
        return self.han_name(*sub)

    def P(
        self,
        kind: str = "han",
        p_known: float = 0.5,
        sex: str | None = None,
        nat: str | None = None,
        old: bool = False,
    ) -> tuple[str, str, bool]:
        """A PERSON mention: from the known list with probability ``p_known``."""
        if kind == "any":
            kind = self.c(["han"] * 14 + ["indig"] * 2 + ["foreign"] * 3)
        sex_key = sex or self.c("MF")
        if kind == "han":
            key = "han:" + sex_key
        elif kind == "foreign":
            nat = nat or self.c(["VN", "VN", "ID", "ID", "PH", "TH"])
            key = f"foreign:{nat}:{sex or ('F' if self.chance(0.6) else 'M')}"
        else:
            key = "indig"
        if not old and self.chance(p_known):
            return ("PERSON", self.c(self.known_pool[key]), True)
        while True:
            name = self.han_name(sex_key, old) if kind == "han" else self._fresh(key)
            if name not in self.known_set:
                return ("PERSON", name, False)

    def PK(self, name: str) -> tuple[str, str, bool]:
        """A PERSON mention of a derived name (its known flag looked up)."""
        return ("PERSON", name, name in self.known_set)

    # ---- identifiers
    def nid(self, sex: str | None = None) -> tuple[str, str, bool]:
        letter = self.c(list(LETTER_CODES))
        body = (("1" if sex == "M" else "2") if sex else self.c("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        x = self.r.random()
        if x < 0.05:
            value = value.lower()
        elif x < 0.09:
            value = f"{value[0]} {value[1:4]} {value[4:7]} {value[7:]}"
        elif x < 0.12:
            value = f"{value[:4]}-{value[4:7]}-{value[7:]}"
        return _p("TW_NATIONAL_ID", self.fw(value))

    def arc_no(self, sex: str | None = None) -> tuple[str, str, bool]:
        letter = self.c(list(LETTER_CODES))
        if self.chance(0.6):
            body = {"M": "8", "F": "9"}.get(sex or "", self.c("89")) + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.c("ABCD")
            tail7 = self.digits(7)
            head = str(LETTER_CODES[second] % 10) + tail7
            value = letter + second + tail7 + id_check_digit(letter, head)
        assert arc.is_valid(value)
        return _p("TW_RESIDENT_CERT", self.fw(value))

    def mobile_digits(self) -> str:
        while True:
            d = "09" + self.c("0123456789") + self.digits(7)
            if phone.is_valid(d):
                return d

    def phone_no(self, kind: str = "any") -> tuple[str, str, bool]:
        if kind == "any":
            kind = "mobile" if self.chance(0.6) else "land"
        if kind == "mobile":
            d = self.mobile_digits()
            style = self.r.random()
            if style < 0.3:
                value = d
            elif style < 0.55:
                value = f"{d[:4]}-{d[4:7]}-{d[7:]}"
            elif style < 0.65:
                value = f"{d[:4]}-{d[4:]}"
            elif style < 0.73:
                value = f"{d[:4]} {d[4:7]} {d[7:]}"
            elif style < 0.78:
                value = f"{d[:4]}.{d[4:7]}.{d[7:]}"
            elif style < 0.85:
                value = f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
            elif style < 0.9:
                value = f"+886 {d[1:4]} {d[4:7]} {d[7:]}"
            elif style < 0.94:
                value = f"+886{d[1:]}"
            elif style < 0.97:
                value = f"({d[:4]}){d[4:7]}-{d[7:]}"
            else:
                value = f"886-{d[1:]}"
            assert phone.is_valid(value)
            return _p("PHONE", self.fw(value))
        return self.landline(ext=kind == "office" or self.chance(0.15))

    def landline(self, ext: bool = False) -> tuple[str, str, bool]:
        plans = [("02", 8, "23456789"), ("03", 7, "345689"), ("037", 6, "2345"),
                 ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "23567"),
                 ("06", 7, "235"), ("07", 7, "35678"), ("08", 7, "78"), ("089", 6, "23"),
                 ("082", 6, "3"), ("0836", 5, "2"), ("06", 7, "9"), ("03", 7, "9")]  # fmt: skip
        for _ in range(200):
            area, k, first = self.c(plans)
            local = self.c(first) + self.digits(k - 1)
            if phone.is_valid(area + local):
                break
        split = len(local) - 4 if len(local) >= 7 else 0
        style = self.r.random()
        if split == 0:
            value = self.c([f"{area}-{local}", f"({area}){local}", area + local])
        elif style < 0.3:
            value = f"({area}){local[:split]}-{local[split:]}"
        elif style < 0.55:
            value = f"{area}-{local}"
        elif style < 0.7:
            value = f"{area}-{local[:split]}-{local[split:]}"
        elif style < 0.78:
            value = f"{area} {local[:split]} {local[split:]}"
        elif style < 0.86:
            value = f"+886-{area[1:]}-{local[:split]}-{local[split:]}"
        elif style < 0.93:
            value = area + local
        else:
            value = f"({area}) {local}"
        if ext:
            e = self.digits(self.c([2, 3, 3, 4])).lstrip("0") or "9"
            value += self.c(["#", " #", "分機", " 分機", " 分機 ", "轉", " ext. ", " ext", "x"]) + e
        assert phone.is_valid(value) or phone.is_plausible(value)
        return _p("PHONE", self.fw(value))

    def email(self, name_hint: str | None = None) -> tuple[str, str, bool]:
        x = self.r.random()
        sur, giv = self.c(_ROMAN_SUR), self.c(_ROMAN_GIV)
        if name_hint and all(c.isascii() and (c.isalpha() or c == " ") for c in name_hint):
            bits = name_hint.lower().split()
            local = self.c([".", "_", ""]).join(bits[:2]) + self.c(["", self.digits(2)])
        elif x < 0.25:
            local = f"{giv}{sur}{self.digits(self.c([0, 2, 4]))}"
        elif x < 0.45:
            local = f"{sur}.{giv}"
        elif x < 0.6:
            local = f"{self.c(_EN_NICK)}{self.digits(self.c([2, 4]))}"
        elif x < 0.72:
            local = f"{self.c(_EN_NICK)}_{sur}"
        elif x < 0.85:
            local = f"{sur}{giv[0]}{self.digits(2)}{self.digits(2)}"
        else:
            word = self.c(["happy", "sunny", "fish", "ocean", "blue", "lucky"])
            local = f"{word}.{sur}{self.digits(2)}"
        value = f"{local}@{self.c(_MAIL_DOMAINS)}"
        if self.chance(0.05):
            value = value.upper() if self.chance(0.3) else to_fullwidth(value, lower=True)
        return _p("EMAIL", value)

    def addr(self, city: str | None = None) -> tuple[str, str, bool]:
        entry = next((e for e in _CITIES if e[0] == city), None) if city else None
        cname, dists = entry or self.c(_CITIES)
        dist, zipc = self.c(dists)
        roads = _TAIPEI_ROADS if cname == "臺北市" and self.chance(0.7) else _ROADS
        road = self.c(roads)
        if road.endswith("路") and self.chance(0.35):
            road += self.c(_SECTIONS) + "段"
        parts = []
        if self.chance(0.3):
            zl = zipc + (self.digits(2) if self.chance(0.4) else "")
            parts.append(zl + self.c(["", " "]))
        shown_city = cname.replace("臺", "台") if self.chance(0.3) else cname
        parts.append(shown_city + dist)
        if self.chance(0.2):
            vil = self.c(_VILLAGES) + ("村" if dist.endswith("鄉") else "里")
            parts.append(vil + (f"{self.r.randint(1, 30)}鄰" if self.chance(0.7) else ""))
        parts.append(road)
        if self.chance(0.3):
            parts.append(f"{self.r.randint(1, 400)}巷")
            if self.chance(0.4):
                parts.append(f"{self.r.randint(1, 40)}弄")
        num = str(self.r.randint(1, 600))
        if self.chance(0.08):
            num += f"-{self.r.randint(1, 9)}"
        parts.append(num + "號")
        y = self.r.random()
        if y < 0.12:
            parts.append(f"之{self.r.randint(1, 9)}")
        elif y < 0.5:
            fl = self.r.randint(2, 22)
            parts.append(
                (f"{fl}樓" if self.chance(0.8) else "二三四五六七八九十"[min(fl, 10) - 2] + "樓")
                + (f"之{self.r.randint(1, 8)}" if self.chance(0.3) else "")
            )
        elif y < 0.55:
            parts.append(f"{self.r.randint(1, 12)}樓{self.r.randint(1, 30)}室")
        value = "".join(parts)
        return _p("ADDRESS", self.fw(value))

    def city_only(self) -> str:
        cname, dists = self.c(_CITIES)
        return cname + self.c(dists)[0]

    def nhi(self) -> tuple[str, str, bool]:
        d = ("0000" if self.chance(0.8) else "0" + self.digits(3)) + self.digits(8)
        style = self.r.random()
        if style < 0.55:
            value = d
        elif style < 0.8:
            value = f"{d[:4]} {d[4:8]} {d[8:]}"
        else:
            value = f"{d[:4]}-{d[4:8]}-{d[8:]}"
        return _p("TW_NHI_CARD", self.fw(value))

    def passport(self, nat: str = "TW") -> tuple[str, str, bool]:
        if nat == "TW":
            value = self.c("3") + self.c("0123456") + self.digits(7)
        elif nat == "VN":
            value = self.c("CNB") + self.digits(7)
        elif nat == "ID":
            value = self.c("ABCXE") + self.digits(7)
        elif nat == "PH":
            value = (
                "P" + self.digits(7) + self.c("ABC") if self.chance(0.6) else "P" + self.digits(7)
            )
        else:
            value = self.c(["AA", "AB", "AC", "AD"]) + self.digits(7)
        return _p("PASSPORT", self.fw(value))

    def card(self) -> tuple[str, str, bool]:
        kind = self.c(["visa", "visa", "visa", "mc", "mc", "jcb", "jcb", "amex", "cup"])
        prefix, length = {
            "visa": ("4" + self.digits(3), 16), "mc": ("5" + self.c("12345") + self.digits(2), 16),
            "jcb": ("35" + str(self.r.randint(28, 89)), 16),
            "amex": (self.c(["34", "37"]) + self.digits(2), 15), "cup": ("62" + self.digits(2), 16),
        }[kind]  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                break
        d = body + check
        style = self.r.random()
        if length == 15:
            value = f"{d[:4]} {d[4:10]} {d[10:]}" if style < 0.6 else d
        elif style < 0.45:
            value = " ".join(d[i : i + 4] for i in range(0, 16, 4))
        elif style < 0.8:
            value = "-".join(d[i : i + 4] for i in range(0, 16, 4))
        else:
            value = d
        assert creditcard.is_valid(value)
        return _p("CREDIT_CARD", self.fw(value))

    def birth(self, era: str = "adult") -> tuple[tuple[str, str, bool], int]:
        lo, hi = {"elder": (1924, 1952), "adult": (1945, 2003), "child": (2008, 2023),
                  "baby": (2023, 2024), "any": (1935, 2020)}[era]  # fmt: skip
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        roc = y - 1911
        forms = [
            f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc:03d}.{m:02d}.{d:02d}",
            f"{roc}.{m}.{d}", f"{roc}/{m:02d}/{d:02d}", f"{roc:03d}{m:02d}{d:02d}",
            f"民{roc}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日",
            f"{y}.{m:02d}.{d:02d}", f"西元{y}年{m}月{d}日",
        ]  # fmt: skip
        value = self.c(forms)
        return _p("BIRTH_DATE", self.fw(value)), 2024 - y

    def bd(self, era: str = "adult") -> tuple[str, str, bool]:
        return self.birth(era)[0]

    # ---- look-alikes and context (never spans)
    def day(self) -> str:
        y, m, d = self.r.randint(110, 114), self.r.randint(1, 12), self.r.randint(1, 28)
        forms = [f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{m}/{d}",
                 f"{m}月{d}日", f"民國{y}年{m}月{d}日", f"{y + 1911}-{m:02d}-{d:02d}"]  # fmt: skip
        return self.fw(self.c(forms), 0.08)

    def time(self) -> str:
        h, mi = self.r.randint(6, 22), self.c([0, 5, 10, 15, 20, 30, 40, 45, 50])
        half = f"上午{h}時" if h < 12 else f"下午{h - 12 if h > 12 else h}時"
        return self.c(
            [
                f"{h:02d}:{mi:02d}",
                f"{h}時{mi}分",
                f"{h:02d}{mi:02d}",
                half + (f"{mi}分" if mi else ""),
            ]
        )

    def roc_year(self) -> int:
        return self.r.randint(109, 113)

    def amount(self) -> str:
        v = self.r.randint(30, 9_999) * self.c([1, 10, 100])
        s = f"{v:,}"
        return self.c([f"新臺幣{s}元", f"{s}元", f"NT${s}", f"{v}元"])

    def docno(self, genre: str | None = None) -> str:
        words = _DOC_WORDS[genre or self.c(list(_DOC_WORDS))]
        return f"{self.c(words)}第{self.roc_year()}{self.digits(7)}號"

    def period(self) -> str:
        """A coherent event period (start and end in one style)."""
        y, m, d = self.roc_year() + 1, self.r.randint(1, 12), self.r.randint(1, 24)
        d2 = d + self.r.randint(1, 4)
        forms = [f"{y}年{m}月{d}日至{m}月{d2}日", f"{y}年{m}月{d}日至{d2}日",
                 f"{y}.{m:02d}.{d:02d}至{y}.{m:02d}.{d2:02d}", f"{y}/{m}/{d}～{m}/{d2}",
                 f"{y + 1911}-{m:02d}-{d:02d}至{y + 1911}-{m:02d}-{d2:02d}"]  # fmt: skip
        return self.c(forms)

    def caseno(self, tag: str = "案") -> str:
        while True:
            x = self.r.random()
            if x < 0.3:
                s = f"{self.roc_year()}-{self.digits(4)}"
            elif x < 0.55:
                s = self.c("ABCDEFGHKRS") + self.digits(9)
            elif x < 0.75:
                s = f"{self.roc_year()}{tag}{self.digits(5)}"
            else:
                s = f"R{self.roc_year()}{self.digits(6)}"
            if not (twid.is_valid(s) or arc.is_valid(s)):
                return self.fw(s, 0.08)

    def lot(self) -> str:
        y, m, d = self.r.randint(2023, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c([f"{y}{m:02d}{d:02d}{self.c('ABC')}", f"L{y % 100}{m:02d}-{self.digits(3)}"])

    def ban(self) -> str:
        while True:
            s = self.c("12345678") + self.digits(7)
            if ban_mod.is_valid(s):
                return self.fw(s, 0.08)

    def invoice(self) -> str:
        while True:
            s = self.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.c("ABCDEFGHJKLMNPQRSTUVWXYZ")
            s += self.c(["-", ""]) + self.digits(8)
            if not (arc.is_valid(s) or twid.is_valid(s)):
                return s

    def staff(self) -> tuple[str, str, bool]:
        return self.P("han", p_known=0.15)


# --------------------------------------------------------------------------- stray check


def _norm(text: str) -> str:
    """Width-normalise one character at a time (length-preserving)."""
    return "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in text)


_ID_WIN = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9](?:[ -]?[0-9]){8}))")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_DIGIT_RUN = re.compile(r"[0-9+][0-9 .()+-]*[0-9]")


def _stray(text: str, spans: list[tuple[int, int, str]], mobile: bool) -> bool:
    """Whether a valid ID / certificate / card / e-mail (/ mobile) lies outside all spans."""
    t = _norm(text)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in spans)

    for m in _ID_WIN.finditer(t):
        a, b = m.start(1), m.end(1)
        if free(a, b) and (twid.is_valid(m.group(1)) or arc.is_valid(m.group(1))):
            return True
    for m in _EMAIL.finditer(t):
        if free(m.start(), m.end()):
            return True
    for m in _DIGIT_RUN.finditer(t):
        pos = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        for i in range(len(pos)):
            for k in range(9, 20):
                if i + k > len(pos):
                    break
                a, b = pos[i], pos[i + k - 1] + 1
                if not free(a, b):
                    continue
                digits = "".join(t[p] for p in pos[i : i + k])
                if k >= 13 and creditcard.is_valid(digits):
                    return True
                if mobile and k in (9, 10) and phone.is_mobile(digits):
                    return True
    return False


# --------------------------------------------------------------------------- positive templates

Tpl = Callable[[_Gen, _B], None]


def _sex_of(g: _Gen) -> str:
    return g.c("MF")


def _rel(g: _Gen, words: str) -> tuple[str, str | None]:
    """A relation word and its sex: ``words`` is like "父親:M 母親:F 鄰居:"."""
    word, _, sex = g.c(words.split()).partition(":")
    return word, sex or None


def hr_counter(g: _Gen, b: _B) -> None:
    sex = _sex_of(g)
    who = g.P("han", p_known=0.7, sex=sex)
    svc = g.c(_SERVICES)
    b.add(g.day(), " ", g.time(), g.c(["　臨櫃　", " 櫃台", "：", " "]))
    b.add(g.c(["", "民眾", "申請人"]), who, g.c(["", "君", "先生" if sex == "M" else "小姐"]))
    b.add(g.c(["辦理", "申辦", "來所辦"]), svc, "，")
    if g.chance(0.7):
        b.add(g.c(["身分證", "身分證：", "身分證統一編號", "ID ", "ID："]), g.nid(), "，")
    if g.chance(0.6):
        b.add(g.c(["聯絡電話", "手機", "電話"]), g.c(["", "：", " "]), g.phone_no(), "。")
    else:
        b.add(g.c(["資料齊全，當場辦結。", "缺戶口名簿，請其補件。", "已收規費。"]))
    if g.chance(0.5):
        b.add("\n", g.c(["承辦：", "承辦人 ", "櫃台："]), g.staff())


def hr_form(g: _Gen, b: _B) -> None:
    sex = _sex_of(g)
    b.add(g.c(["【", ""]), g.c(_OFFICES), g.c(["申請書】", "　申請書", " 臨櫃申請書"]), "\n")
    b.add("申請人：", g.P("han", p_known=0.7, sex=sex), "\n")
    b.add(g.c(["國民身分證統一編號：", "身分證字號：", "身分證號："]), g.nid(sex), "\n")
    b.add(g.c(["出生日期：", "出生年月日：", "生日："]), g.bd("adult"), "\n")
    b.add(g.c(["戶籍地址：", "住址：", "現住地址："]), g.addr(), "\n")
    if g.chance(0.4):
        b.add("通訊地址：同戶籍地址\n")
    b.add(g.c(["聯絡電話：", "電話：", "手機："]), g.phone_no(), "\n")
    if g.chance(0.3):
        b.add("電子郵件：", g.email(), "\n")
    b.add("申請事項：", g.c(_SERVICES), "\n")
    b.add(g.c(["受理人員：", "收件人員："]), g.staff(), "　", g.day())


def hr_marriage(g: _Gen, b: _B) -> None:
    nat = g.c(["VN", "ID", "PH", "TH"])
    sex = "F" if g.chance(0.8) else "M"
    spouse = g.P("foreign", p_known=0.6, nat=nat, sex=sex)
    local = g.P("han", p_known=0.6, sex="M" if sex == "F" else "F")
    b.add(g.day(), "　", local, "與", _NATIONS[nat], "籍配偶", spouse)
    b.add("（", g.c(["外僑居留證統一證號", "統一證號", "居留證號"]), g.arc_no(sex))
    if g.chance(0.6):
        b.add("，護照號碼", g.passport(nat))
    b.add("）辦理結婚登記", g.c(["，", "。"]))
    if g.chance(0.5):
        b.add("證人：", g.P("han"), "、", g.P("han"), "。")
    if g.chance(0.5):
        b.add("\n新住民現居", g.addr(), g.c(["，", "。"]))
    if g.chance(0.5):
        b.add("聯絡電話", g.phone_no("mobile"), "。")


def hr_call(g: _Gen, b: _B) -> None:
    rel, era = g.c(
        [("我媽媽", "elder"), ("我阿嬤", "elder"), ("我太太", "adult"), ("我姊姊", "adult")]
    )
    me = g.P("han", p_known=0.4, sex="M" if rel == "我太太" else None)
    her = g.P("han", p_known=0.6, sex="F")
    b.add(g.c(["民眾來電", "電話紀錄", "來電"]), "（", g.time(), "）：「我是", me, "啦，")
    b.add(rel, her, "的身分證不見了，她是", g.bd(era), "生的，")
    b.add("住在", g.addr(), "，要怎麼補辦？」\n")
    b.add(g.c(["已告知", "已說明"]), "攜帶戶口名簿及相片臨櫃辦理，")
    b.add(g.c(["回電", "回撥電話", "來電號碼"]), g.phone_no(), "。")


def hr_married_name(g: _Gen, b: _B) -> None:
    while True:
        wife = g.han_name(sex="F")
        husband = g.han_name(sex="M")
        if len(wife) == 3 and len(husband) == 3 and wife[0] != husband[0]:
            break
    hus_t = g.PK(husband)
    wife_t = g.PK(wife)
    b.add(g.c(["", g.day() + "　"]), wife_t, g.c(["申請冠配偶姓", "申請冠夫姓"]), "，配偶", hus_t)
    b.add("，變更後姓名為", g.PK(husband[0] + wife), "，")
    b.add(g.c(["身分證統一編號", "統一編號"]), g.nid("F"), "不變。")
    if g.chance(0.5):
        b.add("已換發新證。")


def hr_list(g: _Gen, b: _B) -> None:
    heads = ["今日補發身分證名單：", "本日換證清冊", f"初領國民身分證名單（{g.day()}）"]
    b.add(g.c(heads), "\n")
    k = g.r.randint(2, 5)
    for i in range(k):
        b.add(f"{i + 1}. ", g.P("any", p_known=0.6), "（", g.nid(), "）")
        if g.chance(0.3):
            b.add("　", g.c(["已領", "未領", "委託代領"]))
        b.add("\n")
    b.add(g.c(["以上", f"共計{k}人"]), "，承辦", g.staff())


def hr_indigenous(g: _Gen, b: _B) -> None:
    gi, fa = g.c(_INDIG_GIVEN), g.c(_INDIG_FAMILY)
    han = gi[0] + g.c("‧·") + fa[0]
    rom = gi[1] + " " + fa[1]
    b.add(g.P("han", p_known=0.5), g.c(["申請回復傳統名字", "申請以原住民族傳統名字登記"]), "，")
    b.add("登記為", g.PK(han), "，並列羅馬拼音", g.PK(rom), "，")
    b.add(g.c(["身分證", "身分證號"]), g.nid(), "，族別：", g.c(_TRIBES), "族。")


def tax_refund(g: _Gen, b: _B) -> None:
    y = g.roc_year() - 1
    b.add(g.c(_TAX_BRANCHES), g.c(["　函", " 通知"]), "\n")
    sex = _sex_of(g)
    title = g.c(["君", "", "先生" if sex == "M" else "女士"])
    b.add("受文者：", g.P("han", p_known=0.7, sex=sex), title, "\n")
    b.add("主旨：台端", f"{y}", "年度綜合所得稅退稅款", g.amount(), "，因原申報帳戶已結清遭退匯，")
    b.add("請於", g.day(), "前攜帶身分證明文件至本局辦理，請查照。\n")
    b.add("說明：\n一、納稅義務人身分證統一編號：", g.nid(), "。\n")
    b.add("二、依", g.c(_LAWS_BY["tax"]), "辦理。\n")
    b.add("承辦人：", g.staff(), "　電話：", g.phone_no("office"))
    if g.chance(0.4):
        b.add("\n發文字號：", g.docno("tax"))


def tax_penalty(g: _Gen, b: _B) -> None:
    y = g.roc_year() - 1
    b.add("裁處書\n受處分人：", g.P("han", p_known=0.7), "\n")
    b.add("身分證統一編號：", g.nid(), "\n")
    b.add(g.c(["地址：", "送達地址："]), g.addr(), "\n")
    b.add(f"違章事實：{y}年度漏報", g.c(["薪資", "利息", "租賃", "營利", "執行業務"]))
    b.add("所得", g.amount(), "，違反所得稅法第71條規定，依同法第110條處罰鍰", g.amount(), "。\n")
    b.add("文號：", g.docno("tax"), "\n案號：", g.caseno("稅"))


def tax_email(g: _Gen, b: _B) -> None:
    who = g.P("any", p_known=0.6)
    b.add("寄件者：", who, " <", g.email(who[1]), ">\n")
    b.add(
        "收件者：國稅局客服信箱\n主旨：", g.c(["退稅查詢", "請問退稅進度", "補繳稅款問題"]), "\n\n"
    )
    b.add(g.c(["您好，", "承辦人員您好：", "你好"]), "我是", who)
    b.add(f"，{g.roc_year() - 1}年度的退稅到現在還沒收到，")
    b.add(g.c(["身分證字號", "身分證"]), g.nid(), "，", g.c(["手機", "電話"]), g.phone_no())
    b.add("，麻煩幫我查一下，謝謝。\n", who)


def tax_table(g: _Gen, b: _B) -> None:
    sep = g.c([" | ", "\t", "  "])
    b.add(f"{g.roc_year() - 1}年度退稅退匯清冊（第{g.r.randint(1, 30)}頁）\n")
    b.add(sep.join(["序號", "納稅義務人", "身分證統一編號", "退稅金額", "備註"]), "\n")
    for i in range(g.r.randint(2, 5)):
        amt = f"{g.r.randint(300, 90000):,}"
        b.add(str(i + 1), sep, g.P("any", p_known=0.7), sep, g.nid(), sep, amt, sep)
        b.add(g.c(["帳戶結清", "戶名不符", "已領", "待聯繫", "—"]), "\n")
    b.add("製表：", g.staff())


def tax_card(g: _Gen, b: _B) -> None:
    who = g.P("han", p_known=0.6)
    b.add(g.c(["", g.day() + " "]), who, "以信用卡繳納", f"{g.roc_year() - 1}年度綜所稅")
    b.add("，卡號", g.card(), "，金額", g.amount(), "，授權碼", g.digits(6), "。")
    if g.chance(0.5):
        b.add("持卡人與納稅義務人同一人，", g.c(["聯絡", "手機"]), g.phone_no("mobile"), "。")


def tax_call(g: _Gen, b: _B) -> None:
    dep, age = g.birth("elder")
    b.add("來電紀錄 ", g.day(), " ", g.time(), "\n")
    b.add("來電者：", g.P("han", p_known=0.6), "（", g.c(["本人", "配偶", "子女代理"]), "）\n")
    b.add("電話：", g.phone_no(), "\n")
    rel, sex = _rel(g, "父親:M 母親:F 祖母:F 祖父:M")
    b.add("事由：詢問扶養", rel, g.P("han", p_known=0.4, sex=sex), "（", dep)
    b.add(f"生，{age}歲）可否列報免稅額，已說明所得稅法第17條規定。")


def tax_company(g: _Gen, b: _B) -> None:
    b.add(g.c(_COMPANIES), "（統一編號", g.ban(), "）負責人", g.P("han", p_known=0.5))
    b.add("，營業登記地址", g.addr(), "，")
    b.add(f"{g.roc_year()}年{g.r.randint(1, 12)}月營業稅逾期申報，加徵滯報金", g.amount(), "。")
    if g.chance(0.5):
        b.add("\n聯絡人：", g.P("han"), "　", g.phone_no("office"))


def tax_foreigner(g: _Gen, b: _B) -> None:
    nat = g.c(["VN", "ID", "PH", "TH"])
    b.add(
        _NATIONS[nat], "籍", g.c(["移工", "外籍人士", "看護"]), g.P("foreign", p_known=0.6, nat=nat)
    )
    b.add("（護照號碼", g.passport(nat), "，統一證號", g.arc_no(), "）")
    b.add(g.c(["辦理離境結清申報", "申請退還溢扣稅款", "申報綜合所得稅"]), "，應退稅額", g.amount())
    b.add(
        "，雇主",
        g.P("han", p_known=0.4),
        "陪同，",
        g.c(["聯絡電話", "雇主電話"]),
        g.phone_no(),
        "。",
    )


def vet_visit(g: _Gen, b: _B) -> None:
    bd, age = g.birth("elder")
    b.add(
        g.day(), g.c(["家訪：", " 訪視 ", "　居家訪視\n"]), "榮民", g.P("han", p_known=0.6, sex="M")
    )
    b.add(f"（{age}歲，", bd, "生）", g.c(["獨居於", "與配偶同住", "現住"]), g.addr(), "，")
    b.add(
        g.c(["行動緩慢，需助行器", "近日血壓偏高", "精神尚可，食慾普通", "聽力退化，需大聲說話"]),
        "。",
    )
    if g.chance(0.7):
        rel, sex = _rel(g, "其女:F 其子:M 姪子:M 姪女:F 鄰居:")
        b.add(rel, g.P("han", p_known=0.3, sex=sex), g.c(["住", "在"]), g.city_only(), "，")
        b.add("聯絡電話", g.phone_no(), "。")
    b.add(g.c(["已協助申請就養給付。", "已轉介居家服務。", "下月再訪。", "建議安裝緊急救援系統。"]))
    if g.chance(0.7):
        b.add(g.c(["\n服務員 ", "\n訪視人員："]), g.staff())
    else:
        b.add("（", g.staff(), "）")


def vet_short(g: _Gen, b: _B) -> None:
    role, sex = _rel(g, "榮民:M 遺眷:F 榮眷:")
    b.add(g.c(["電訪", "電話關懷", "訪視"]), role, g.P("han", p_known=0.6, sex=sex))
    b.add(
        g.c(
            [
                "，狀況穩定，下週再訪。",
                "，反映膝蓋痛，已約門診。",
                "未接，改日再撥。",
                "，已入住榮家。",
            ]
        )
    )


def vet_widow(g: _Gen, b: _B) -> None:
    b.add("遺眷", g.P("han", p_known=0.6, sex="F"), "（身分證", g.nid("F"), "）申請")
    b.add(g.c(["喪葬補助", "遺眷子女教育補助", "急難救助"]), "，檢附")
    b.add(g.P("han", p_known=0.4, sex="M"), "榮民死亡證明書及戶籍謄本。")
    b.add("\n聯絡人：", g.P("han"), "　", g.phone_no(), "\n")
    if g.chance(0.4):
        b.add("通訊處：", g.addr(), "\n")
    b.add("依", g.c(_LAWS_BY["vet"]), "審核，", g.c(["符合資格", "待補件", "已送本會核定"]), "。")


def vet_clinic_list(g: _Gen, b: _B) -> None:
    b.add(
        g.c(["本週就醫陪同名單", "門診接送名單", "陪同就醫排程"]),
        g.c(["", "（" + g.day() + "）"]),
        "\n",
    )
    for _ in range(g.r.randint(2, 4)):
        b.add(g.c(["- ", "・", "＊"]), g.P("any", p_known=0.6), "，健保卡號", g.nhi(), "，")
        b.add(g.c(_HOSPITALS), g.c(["心臟內科", "眼科", "復健科", "家醫科", "腎臟科"]), "\n")
    b.add("司機：", g.staff(), "（", g.phone_no("mobile"), "）")


def vet_story(g: _Gen, b: _B) -> None:
    b.add("榮民", g.P("han", p_known=0.6, sex="M", old=True), "表示：「我老家在")
    b.add(
        g.c(["山東", "湖南", "四川", "浙江", "廣東", "河南"]),
        f"，民國{g.r.randint(37, 39)}年跟部隊來台灣，",
    )
    b.add(g.c(["現在一個人住", "老伴走了以後就一個人", "孩子都在國外"]), "。」\n住址：", g.addr())
    b.add("\n電話：", g.phone_no("land"), g.c(["（外籍看護代接）", "（鄰居代接）", ""]))
    if g.chance(0.5):
        nat = g.c(["VN", "ID", "PH"])
        b.add("\n看護", g.P("foreign", p_known=0.5, nat=nat), "（", _NATIONS[nat], "籍，居留證號")
        b.add(g.arc_no(), "）")


def port_incident(g: _Gen, b: _B) -> None:
    nat = g.c(["VN", "ID", "PH"])
    ship = g.c(_SHIP_PREFIX) + str(g.r.randint(1, 88)) + "號"
    b.add(g.day(), " ", g.time(), " ", ship, g.c(["返港，", "進港後，", "於港內"]))
    b.add("船長", g.P("han", p_known=0.5), g.c(["通報", "回報"]), _NATIONS[nat], "籍船員")
    b.add(g.P("foreign", p_known=0.5, nat=nat))
    if g.chance(0.6):
        b.add("（護照號碼", g.passport(nat), "）")
    b.add(g.c(["作業時左手遭絞機夾傷", "起網時跌倒頭部撞傷", "身體不適疑似中暑"]))
    b.add("，已送", g.c(_HOSPITALS), "急診。")
    b.add(g.c(["船長電話：", "船長手機 ", "聯絡"]), g.phone_no("mobile"), "。")


def port_table(g: _Gen, b: _B) -> None:
    sep = g.c(["\t", " | "])
    b.add(g.c(_PORTS), "　值班紀錄\n")
    b.add(sep.join(["時間", "船名", "通報人", "聯絡電話", "事由"]), "\n")
    for _ in range(g.r.randint(2, 4)):
        ship = g.c(_SHIP_PREFIX) + str(g.r.randint(1, 88)) + "號"
        b.add(g.time(), sep, ship, sep, g.P("any", p_known=0.5), sep, g.phone_no(), sep)
        b.add(g.c(["主機故障拖回", "靠泊申請", "漁具遺失", "油料補給", "船員就醫"]), "\n")


def port_crew_form(g: _Gen, b: _B) -> None:
    nat = g.c(["VN", "ID", "PH", "TH"])
    b.add("外籍船員資料\n姓名：", g.P("foreign", p_known=0.6, nat=nat), "\n")
    b.add("國籍：", _NATIONS[nat], "\n出生日期：", g.bd("adult"), "\n")
    b.add("護照號碼：", g.passport(nat), "\n")
    b.add(g.c(["居留證號：", "統一證號：", "ARC："]), g.arc_no(), "\n")
    b.add(
        "雇主：", g.P("han", p_known=0.5), "（", g.c(_SHIP_PREFIX), f"{g.r.randint(1, 88)}號船主）"
    )


def port_speech(g: _Gen, b: _B) -> None:
    ship = g.c(_SHIP_PREFIX) + str(g.r.randint(1, 88)) + "號"
    b.add(
        "值班人員紀錄：", g.P("han", p_known=0.5), g.c(["來港務室說", "到辦公室反映", "打電話說"])
    )
    b.add(
        "「我",
        ship,
        g.c(["的錨位被人佔了", "的纜繩被割斷", "旁邊那艘一直漏油"]),
        "，你們要處理啊！」",
    )
    b.add("已請其留下電話", g.phone_no(), "，", g.c(["會同海巡查看。", "轉請管理科處理。"]))


def port_rescue(g: _Gen, b: _B) -> None:
    bd = g.bd("any")
    b.add(
        g.time(), " 於", g.c(_PORTS), g.c(["北堤", "南防波堤", "外港消波塊"]), "發現一名釣客落水，"
    )
    b.add("經", g.c(["海巡署安檢所", "消防分隊", "漁民"]), "救起。身分為", g.P("any", p_known=0.3))
    b.add("，", bd, "生，住", g.addr(), "。")
    if g.chance(0.7):
        rel, sex = _rel(g, "配偶: 兒子:M 女兒:F 父親:M 母親:F")
        b.add("家屬", g.P("han", p_known=0.3, sex=sex), "（", rel, "，")
        b.add(g.phone_no(), "）已到場。")


def port_short(g: _Gen, b: _B) -> None:
    ship = g.c(_SHIP_PREFIX) + str(g.r.randint(1, 88)) + "號"
    b.add(ship, g.c(["船主", "船長", "代理人"]), g.P("han", p_known=0.6), g.c(["電話", " ", "："]))
    b.add(g.phone_no(), g.c(["，油料補助案待補件。", "，申請進港卸魚。", " 已繳清泊港費。"]))


def hosp_note(g: _Gen, b: _B) -> None:
    sex = _sex_of(g)
    bd, age = g.birth(g.c(["elder", "adult", "any"]))
    b.add(
        g.c(["個案", "案主", "病人"]),
        g.P("han", p_known=0.6, sex=sex),
        "，",
        "男" if sex == "M" else "女",
    )
    b.add(f"，{age}歲（", bd, "），健保卡號", g.nhi(), "，")
    b.add(g.c(["因跌倒髖骨骨折", "因中風", "因肺炎", "因車禍多處挫傷"]), "入院。")
    rel, rsex = _rel(g, "案妻:F 案夫:M 案子:M 案女:F 案媳:F")
    b.add("主要照顧者為", rel, g.P("han", p_known=0.3, sex=rsex), "，電話", g.phone_no(), "。")
    b.add(g.c(["評估需申請長照服務。", "經濟困難，協助申請急難救助。", "出院準備中。"]))
    b.add("\n社工師 ", g.staff(), g.c(["", " " + g.day()]))


def hosp_soap(g: _Gen, b: _B) -> None:
    b.add(
        "S：案主",
        g.P("any", p_known=0.6),
        "表示「",
        g.c(["我不想拖累家人", "醫藥費我付不起", "想回家"]),
    )
    b.add("」。\nO：情緒低落，", g.c(["由外籍看護陪同", "獨自就醫", "家屬未到"]), "。\n")
    b.add("A：", g.c(["經濟弱勢", "照顧人力不足", "有自傷風險"]), "。\n")
    b.add(
        "P：轉介",
        g.c(["社會局", "長照管理中心", "原住民族家庭服務中心"]),
        "，聯絡",
        g.P("han", 0.2),
    )
    b.add("社工（", g.phone_no("office"), "）。")


def hosp_indig(g: _Gen, b: _B) -> None:
    b.add(
        "案主",
        g.P("indig", p_known=0.6),
        "（",
        g.c(_TRIBES),
        "族），住",
        g.addr(g.c(["花蓮縣", "臺東縣", "屏東縣"])),
    )
    b.add("，", g.c(["獨居", "與孫同住", "與配偶同住"]), "，身分證", g.nid(), "。")
    if g.chance(0.6):
        b.add(
            "其子",
            g.P(g.c(["indig", "han"]), p_known=0.3),
            "在",
            g.city_only(),
            "工作，電話",
            g.phone_no("mobile"),
            "。",
        )


def hosp_fund(g: _Gen, b: _B) -> None:
    b.add("急難救助申請表\n申請人：", g.P("any", p_known=0.7), "\n")
    b.add(g.c(["身分證號：", "身分證統一編號："]), g.nid(), "\n出生日期：", g.bd("any"), "\n")
    b.add("地址：", g.addr(), "\n", g.c(["手機：", "電話："]), g.phone_no(), "\n")
    if g.chance(0.6):
        b.add(g.c(["E-mail：", "Email: ", "電子郵件："]), g.email(), "\n")
    b.add(
        "申請事由：", g.c(["住院醫療費用", "喪葬費", "家中主要收入者失業"]), "\n核定：", g.amount()
    )


def hosp_migrant(g: _Gen, b: _B) -> None:
    nat = g.c(["VN", "ID", "PH", "TH"])
    b.add(
        _NATIONS[nat], "籍移工", g.P("foreign", p_known=0.6, nat=nat), "（居留證", g.arc_no(), "）"
    )
    b.add(g.c(["工地墜落受傷", "工作時手指截斷", "車禍送醫"]), "，雇主", g.P("han", p_known=0.4))
    b.add("（", g.phone_no(), "）", g.c(["已到院。", "尚未到院。", "表示會負擔醫療費。"]))
    if g.chance(0.5):
        b.add("仲介", g.P("han", p_known=0.2), "，", g.phone_no("mobile"), "。")


def hosp_short(g: _Gen, b: _B) -> None:
    rel, sex = _rel(g, "家屬: 之女:F 之子:M 之妻:F")
    b.add(g.P("any", p_known=0.6), rel, g.P("han", p_known=0.3, sex=sex))
    b.add(
        g.c(["來電", "來訪"]),
        g.c([" ", "，"]),
        g.phone_no(),
        g.c(["，詢問出院準備。", "，詢問看護費用補助。"]),
    )


def hosp_newborn(g: _Gen, b: _B) -> None:
    b.add("產婦", g.P("han", p_known=0.6, sex="F"), "（", g.bd("adult"))
    b.add("生，ID ", g.nid("F"), "），新生兒", g.P("han", p_known=0.2), "出生日期", g.bd("baby"))
    b.add("，", g.c(["早產住保溫箱", "需轉介早療", "母親為未成年"]), "，已通報。")


def hosp_card(g: _Gen, b: _B) -> None:
    b.add(g.P("han", p_known=0.6), "自費醫材", g.amount(), "，以信用卡", g.card(), "支付")
    b.add(g.c(["，收據已交家屬。", "，分三期。", "。"]))


def tmp_permit(g: _Gen, b: _B) -> None:
    t, d = g.c(_TEMPLES), g.c(_DEITIES)
    b.add(t, f"{g.roc_year()}年", d, "聖誕遶境申請書\n")
    b.add(g.c(["申請人（爐主）：", "申請人：", "負責人："]), g.P("han", p_known=0.7), "\n")
    b.add("身分證字號：", g.nid(), "\n聯絡電話：", g.phone_no(), "\n")
    b.add("聯絡地址：", g.addr(), "\n活動日期：", g.period(), "\n")
    b.add("路線：", "、".join(g.c(_ROADS) for _ in range(3)), "\n")
    b.add("依", g.c(_LAWS_BY["tmp"]), "申請道路使用。")


def tmp_committee(g: _Gen, b: _B) -> None:
    b.add(g.c(_TEMPLES), "管理委員會名冊：主任委員", g.P("han", p_known=0.6), "、副主任委員")
    b.add(g.P("han"), "、總幹事", g.P("han", p_known=0.5), "（", g.phone_no(), "）")
    b.add("、財務", g.P("han"), "。")


def tmp_call(g: _Gen, b: _B) -> None:
    b.add(
        g.day(),
        " ",
        g.c(_TEMPLES),
        "總幹事",
        g.P("han", p_known=0.6),
        "來電（",
        g.phone_no(),
        "），",
    )
    b.add(
        "表示", g.c(_DEITIES), "遶境將行經", g.c(_ROADS), "，請協助申請道路使用，已請其檢附路線圖。"
    )


def tmp_community(g: _Gen, b: _B) -> None:
    b.add(
        g.c(["永安", "福德", "和平", "港口", "新生"]),
        "社區",
        g.c(["中秋晚會", "端午划龍舟", "重陽敬老餐會", "尾牙"]),
    )
    b.add("場地使用申請：聯絡人", g.P("any", p_known=0.6), "，手機", g.phone_no("mobile"))
    b.add(
        "，Email：",
        g.email(),
        "，借用",
        g.c(["活動中心", "里民廣場", "國小操場"]),
        "，",
        g.day(),
        "。",
    )


def tmp_donors(g: _Gen, b: _B) -> None:
    b.add(g.c(["添油香芳名錄：", "樂捐芳名："]))
    for i in range(g.r.randint(3, 6)):
        if i:
            b.add(g.c(["、", "　"]))
        b.add(
            g.P("any", p_known=0.6),
            g.c(["", "闔家", "全家"]),
            "　",
            f"{g.r.randint(1, 50) * 100}元",
        )
    if g.chance(0.3):
        b.add("\n", g.P("han"), "信用卡捐款，卡號", g.card())


def tmp_fireworks(g: _Gen, b: _B) -> None:
    b.add(g.P("han", p_known=0.6), "（", g.nid(), "）申請於", g.addr(), "前廣場施放")
    b.add(g.c(["煙火", "蜂炮", "爆竹"]), "，時間", g.day(), " ", g.time(), "，")
    b.add("依", g.c(_LAWS_BY["tmp"]), "辦理，", g.c(["核准。", "請補消防安全計畫。"]))


def generic_form(g: _Gen, b: _B) -> None:
    sex = _sex_of(g)
    b.add(
        g.c(["基本資料", "個案基本資料表", "申請人資料"]),
        "\n姓名：",
        g.P("any", p_known=0.7, sex=sex),
        "\n",
    )
    b.add("性別：", "男" if sex == "M" else "女", "\n出生年月日：", g.bd("any"), "\n")
    b.add("身分證字號：", g.nid(sex), "\n戶籍地址：", g.addr(), "\n")
    x = g.r.random()
    if x < 0.4:
        b.add("通訊地址：同戶籍\n")
    elif x < 0.7:
        b.add("通訊地址：", g.addr(), "\n")
    b.add("電話：", g.phone_no("land"), "\n手機：", g.phone_no("mobile"), "\n")
    if g.chance(0.5):
        b.add("電子信箱：", g.email(), "\n")
    if g.chance(0.4):
        b.add("健保卡號：", g.nhi(), "\n")
    if g.chance(0.3):
        b.add("護照號碼：", g.passport("TW"), "\n")
    b.add("填表日期：", g.day())


_POSITIVE: dict[str, list[Tpl]] = {
    "hr": [hr_counter, hr_form, hr_marriage, hr_call, hr_married_name, hr_list, hr_indigenous],
    "tax": [tax_refund, tax_penalty, tax_email, tax_table, tax_card, tax_call, tax_company,
            tax_foreigner],
    "vet": [vet_visit, vet_short, vet_widow, vet_clinic_list, vet_story],
    "port": [port_incident, port_table, port_crew_form, port_speech, port_rescue, port_short],
    "hosp": [hosp_note, hosp_soap, hosp_indig, hosp_fund, hosp_migrant, hosp_short,
             hosp_newborn, hosp_card],
    "temple": [tmp_permit, tmp_committee, tmp_call, tmp_community, tmp_donors, tmp_fireworks],
    "form": [generic_form],
}  # fmt: skip


# --------------------------------------------------------------------------- negatives

_SURNAME_WORDS = [
    "林務局",
    "高雄港",
    "陳情書",
    "黃金週",
    "王爺",
    "周知",
    "簡訊",
    "施工",
    "石門水庫",
    "楊梅交流道",
    "江翠國中",
    "金門",
    "馬祖",
    "方便",
    "溫馨提醒",
    "高齡者",
    "林邊溪",
    "蘇澳港",
    "宋江陣",
    "週年慶",
    "游泳池",
    "鄭重",
    "程序",
    "白沙灣",
    "曾文溪",
    "田寮",
    "葉菜類",
    "洪水",
    "萬里",
    "龍山寺",
    "關渡",
    "黃昏市場",
    "車城",
    "華山",
    "莊敬路",
    "康健",
    "潘朵拉箱",
    "余光",
    "柯基犬",
    "范例",
]


def neg_hr_notice(g: _Gen, b: _B) -> None:
    b.add(
        "【",
        g.c(_OFFICES),
        "公告】\n自",
        g.day(),
        "起，因",
        g.c(["系統升級", "辦公室整修", "颱風停班"]),
        "，",
    )
    b.add(
        g.c(_SERVICES), g.c(["暫停受理", "改於二樓辦理"]), "，請民眾", g.c(["於", "改於"]), g.day()
    )
    b.add("後洽辦，造成不便敬請見諒，並請各里辦公處", g.c(["周知", "協助周知"]), "。\n")
    b.add("依據：", g.c(_LAWS_BY["hr"]), "。文號：", g.docno("hr"))


def neg_hr_stats(g: _Gen, b: _B) -> None:
    sep = g.c(["\t", " | ", "  "])
    b.add(g.c(_OFFICES), f"{g.roc_year()}年{g.r.randint(1, 12)}月人口統計\n")
    b.add(sep.join(["里別", "戶數", "人口數", "出生", "死亡"]), "\n")
    villages = ["林厝", "黃厝", "王田", "陳厝", "楊梅", "石門", "高樹", "江夏", "新生", "永安"]
    for v in g.r.sample(villages, g.r.randint(2, 5)):
        b.add(v + "里", sep, str(g.r.randint(300, 4000)), sep, str(g.r.randint(900, 12000)), sep)
        b.add(str(g.r.randint(0, 30)), sep, str(g.r.randint(0, 30)), "\n")
    b.add("資料來源：戶役政資訊系統，製表日期", g.day())


def neg_hr_monthly(g: _Gen, b: _B) -> None:
    b.add("本所", f"{g.roc_year()}年{g.r.randint(1, 12)}月受理結婚登記{g.r.randint(10, 90)}對、")
    b.add(
        f"離婚登記{g.r.randint(3, 40)}對、出生登記{g.r.randint(10, 120)}人、",
        f"死亡登記{g.r.randint(10, 90)}人；",
    )
    b.add(
        "新式身分證換發預約自",
        g.day(),
        "起開放，",
        g.c(["請以簡訊通知民眾。", "請各里長協助宣導。"]),
    )


def neg_tax_company(g: _Gen, b: _B) -> None:
    b.add(
        g.c(_COMPANIES),
        "（統一編號",
        g.ban(),
        "）申請",
        f"{g.roc_year() - 1}年度營利事業所得稅退稅，",
    )
    b.add("經審核應退稅額", g.amount(), "，已於", g.day(), "以", g.docno("tax"), "函復；")
    b.add("如有不服，得依", g.c(_LAWS_BY["tax"]), "規定於收到處分書之次日起30日內申請復查。")


def neg_tax_batch(g: _Gen, b: _B) -> None:
    b.add(g.c(_TAX_BRANCHES), f"{g.roc_year() - 1}年度綜所稅第{g.r.randint(1, 9)}批退稅")
    b.add(
        f"{g.r.randint(1000, 90000):,}件，金額",
        g.amount(),
        "，預計",
        g.day(),
        "匯入納稅義務人帳戶；",
    )
    b.add("退稅憑單自", g.caseno("稅"), "起編號。")
    if g.chance(0.4):
        b.add("相關程序依", g.c(_LAWS_BY["tax"]), "辦理。")
    else:
        b.add(g.c(["本案請周知。", "", "查詢請利用簡訊服務。"]))


def neg_tax_penalty(g: _Gen, b: _B) -> None:
    b.add(
        "查", g.c(_COMPANIES), "（統編：", g.ban(), "）", f"{g.roc_year()}年{g.r.randint(1, 12)}月"
    )
    b.add(
        "營業稅漏報銷售額",
        g.amount(),
        "，違反加值型及非加值型營業稅法第35條，依同法第51條處罰鍰",
        g.amount(),
        "，案號",
        g.caseno("稅"),
        "。",
    )


def neg_vet_event(g: _Gen, b: _B) -> None:
    b.add(
        g.c(_VET_OFFICES),
        "訂於",
        g.day(),
        g.c(["（星期三）", "（星期五）", ""]),
        "上午",
        str(g.r.randint(8, 11)),
    )
    b.add(
        "時假", g.c(["榮民之家中山堂", "區公所大禮堂", "高雄港旅運中心", "社區活動中心"]), "辦理「"
    )
    b.add(g.c(["榮民節慶祝大會", "高齡者防詐騙講座", "端午敬老聯誼", "健康檢查服務"]), "」，")
    b.add(
        "報名截止日",
        g.day(),
        "，相關經費依",
        g.c(_LAWS_BY["vet"]),
        "編列，",
        g.c(["請周知。", "請鄭重宣導。"]),
    )


def neg_vet_stats(g: _Gen, b: _B) -> None:
    b.add(f"{g.roc_year()}年{g.r.randint(1, 12)}月訪視統計：獨居榮民{g.r.randint(10, 300)}人次、")
    b.add(f"身心障礙榮民{g.r.randint(5, 80)}人次、遺眷{g.r.randint(5, 120)}人次，")
    b.add(
        f"較上月增加{g.r.randint(1, 20)}%；另協助就養給付申請{g.r.randint(1, 30)}件，金額",
        g.amount(),
        "。",
    )


def neg_port_weather(g: _Gen, b: _B) -> None:
    b.add(
        g.time(), "　", g.c(_PORTS), "：受", g.c(["東北季風", "颱風外圍環流", "西南氣流"]), "影響，"
    )
    b.add(
        g.day(),
        "起漁船暫停出港；",
        g.c(["北堤", "南堤", "卸魚碼頭"]),
        g.c(["消波塊", "護岸", "浮動碼頭"]),
    )
    b.add(
        "施工預計",
        g.day(),
        "完工，工程契約編號",
        g.caseno("工"),
        "，依",
        g.c(_LAWS_BY["port"]),
        "辦理。",
    )


def neg_port_market(g: _Gen, b: _B) -> None:
    b.add(g.c(_PORTS), "魚市場", g.day(), "拍賣行情\n")
    fish = [
        "黃魚",
        "白帶魚",
        "鯖魚",
        "吳郭魚",
        "紅甘",
        "石斑",
        "黃鰭鮪",
        "曼波魚",
        "鬼頭刀",
        "飛魚",
        "櫻花蝦",
    ]
    for _ in range(g.r.randint(2, 5)):
        b.add(g.c(fish), "　", f"{g.r.randint(20, 3000)}公斤　均價每公斤{g.r.randint(40, 900)}元\n")
    b.add(g.c(["今日到港漁船", "進港船筏"]), f"{g.r.randint(5, 90)}艘。")


def neg_hosp_report(g: _Gen, b: _B) -> None:
    b.add(
        g.c(_HOSPITALS),
        f"社工室{g.roc_year()}年第{g.r.randint(1, 4)}季業務報告：",
        f"個案管理{g.r.randint(20, 400)}案、",
    )
    b.add(
        f"經濟補助申請{g.r.randint(10, 200)}件（核准{g.r.randint(5, 100)}件，補助總額",
        g.amount(),
        "），",
    )
    b.add(
        "辦理「",
        g.c(["高齡者跌倒預防", "家庭照顧者支持", "安寧療護", "溫馨關懷"]),
        f"」講座{g.r.randint(1, 12)}場。",
    )


def neg_hosp_notice(g: _Gen, b: _B) -> None:
    b.add(g.c(_HOSPITALS), "社會服務室公告：", g.c(["急難救助基金", "清寒醫療補助", "愛心餐券"]))
    b.add(
        "自",
        g.day(),
        "起受理申請，資格依",
        g.c(_LAWS_BY["hosp"]),
        "及本院作業要點第",
        str(g.r.randint(2, 12)),
    )
    b.add(
        "條辦理，收件編號格式為",
        g.caseno("社"),
        "，",
        g.c(["相關程序請洽社工室。", "請各病房周知。"]),
    )


def neg_temple(g: _Gen, b: _B) -> None:
    t = g.c(_TEMPLES)
    b.add(
        t,
        "（統一編號",
        g.ban(),
        "）申請於",
        g.period(),
        "舉辦「",
        g.c(_DEITIES),
        "聖誕遶境」，",
    )
    b.add(
        "路線經",
        g.c(_ROADS),
        "、",
        g.c(_ROADS),
        "，",
        g.c(["宋江陣", "八家將", "電音三太子"]),
        "隨行，",
    )
    b.add(
        "經",
        g.c(["交通局", "警察分局", "區公所"]),
        "以",
        g.docno("tmp"),
        "核准，並依",
        g.c(_LAWS_BY["tmp"]),
        "辦理交通管制。",
    )


def neg_community(g: _Gen, b: _B) -> None:
    b.add(
        g.c(["永安", "福德", "和平", "港口", "新生", "江翠", "楊梅"]),
        "社區發展協會（統編",
        g.ban(),
        "）",
    )
    b.add(
        f"{g.roc_year()}年", g.c(["中秋晚會", "端午划龍舟", "重陽敬老餐會"]), "補助款", g.amount()
    )
    b.add("，核銷期限", g.day(), "，收據編號", g.caseno("收"), "。")


def neg_invoices(g: _Gen, b: _B) -> None:
    b.add(g.c(["採購核銷明細", "零用金支出明細", "活動經費憑證"]), "\n")
    for _ in range(g.r.randint(2, 4)):
        b.add("統一發票 ", g.invoice(), "　", g.c(_COMPANIES), "　", g.amount(), "\n")
    b.add("合計", g.amount(), "，經辦單位：", g.c(["總務課", "會計室", "社工室"]))


def neg_product(g: _Gen, b: _B) -> None:
    b.add(g.c(_COMPANIES), "（統一編號", g.ban(), "）販售之「", g.c(_PRODUCTS), "」，經")
    b.add(
        g.c(["衛生局", "食品藥物管理署", "縣府"]),
        "抽驗合格，批號",
        g.lot(),
        "，有效日期",
        g.day(),
        "。",
    )


_WORD_SENTENCES = [
    "林務局函請協助宣導：{d}起石門水庫集水區步道封閉施工，請民眾改道並周知。",
    "黃昏市場周邊{d}起施工，請改由莊敬路進出，相關簡訊已發送。",
    "陳情書已於{d}函復，依程序辦理結案。",
    "洪水期間請加強巡查曾文溪堤防，並於{d}前回報。",
    "高齡者游泳池優惠自{d}起實施，詳情請洽服務台。",
    "{d}宋江陣、八家將於龍山寺前廣場演出，請協助交通疏導。",
    "白沙灣、萬里一帶受颱風影響，{d}前暫停開放。",
    "黃金週期間高雄港旅運中心人潮眾多，請鄭重提醒同仁注意安全。",
    "葉菜類價格因洪水上漲，營養室自{d}起調整菜單。",
    "柯基犬等寵物不得進入院區，溫馨提醒家屬配合。",
    "關渡、華山一帶{d}辦理路跑活動，施工車輛請改道。",
    "王爺聖誕期間金門、馬祖航班加開，洽公民眾請提早預約。",
    "林邊溪疏濬工程{d}完工，車城、田寮方向道路恢復通行。",
    "蘇澳港{d}辦理防颱演練，漁船請依程序報備。",
    "方便起見，簡訊通知改由系統自動發送，自{d}起施行。",
    "楊梅交流道匝道{d}夜間封閉，往江翠國中方向請改道。",
]


def neg_words(g: _Gen, b: _B) -> None:
    b.add(g.c(["備忘：", "提醒：", "", "宣導事項\n"]))
    for i, sentence in enumerate(g.r.sample(_WORD_SENTENCES, g.c([1, 2, 2, 3]))):
        b.add(g.c(["", "\n"]) if i else "", sentence.format(d=g.day()))


def neg_log(g: _Gen, b: _B) -> None:
    genre = g.c(["tax", "vet"])
    sender = g.c(_TAX_BRANCHES if genre == "tax" else _VET_OFFICES)
    b.add(g.time(), " 系統維護完成\n", g.time(), " 收到", sender, "函（")
    b.add(g.docno(genre), "），已分文", g.c(["戶籍課", "社工室", "港務科", "總務課"]), "\n")
    b.add(
        g.time(),
        " ",
        g.c(["高雄港", "石門", "蘇澳"]),
        g.c(["停電演練", "消防演練", "颱風防災會議"]),
    )
    b.add(g.c(["，請各課室派員參加", "，已通知各單位", "延期舉行"]))


_LAW_TOPICS = {
    "hr": (
        "所",
        ["申請人應檢附戶口名簿及最近二年內相片", "逾期申請者處新臺幣300元以上900元以下罰鍰"],
    ),
    "tax": ("局", ["逾期未繳者加徵滯納金", "退稅款以匯入申報帳戶為原則"]),
    "vet": ("處", ["就養給付以每月5日撥付", "申請喪葬補助應於事實發生後6個月內提出"]),
    "port": ("處", ["漁船進出港應向港務單位報備", "港區內禁止釣魚及戲水"]),
    "hosp": ("院", ["急難救助以一次為限", "申請人應檢附診斷證明書及收據正本"]),
    "tmp": ("所", ["遶境活動應於10日前申請道路使用", "施放爆竹煙火應避開夜間22時後"]),
}


def neg_law(g: _Gen, b: _B) -> None:
    genre = g.c(list(_LAW_TOPICS))
    unit, topics = _LAW_TOPICS[genre]
    b.add("依", g.c(_LAWS_BY[genre]), "規定，", g.c(topics), "；本", unit, "已於", g.day())
    b.add("以", g.docno(genre), "函知各單位，請", g.c(["周知", "鄭重宣導", "依程序辦理"]), "。")


_NEGATIVE: list[Tpl] = [
    neg_hr_notice, neg_hr_stats, neg_hr_monthly, neg_tax_company, neg_tax_batch, neg_tax_penalty,
    neg_vet_event, neg_vet_stats, neg_port_weather, neg_port_market, neg_hosp_report,
    neg_hosp_notice, neg_temple, neg_community, neg_invoices, neg_product, neg_words, neg_log,
    neg_law,
]  # fmt: skip

NEGATIVE_RATE = 0.25


def generate_heldout18(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    genres = list(_POSITIVE)
    weights = [6, 6, 5, 5, 6, 5, 2]
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < NEGATIVE_RATE
        for _attempt in range(100):
            b = _B()
            if negative:
                rng.choice(_NEGATIVE)(g, b)
            else:
                genre = rng.choices(genres, weights)[0]
                rng.choice(_POSITIVE[genre])(g, b)
            text = b.text()
            if not _stray(text, b.spans, mobile=negative):
                break
        else:  # pragma: no cover - practically unreachable
            raise RuntimeError("could not build a sample without stray identifiers")
        samples.append(Sample(text, b.spans, negative, b.known))
    return samples, g.known_names()


__all__ = ["CITY_NAMES", "generate_heldout18", "to_fullwidth"]
