"""Held-out set 23: synthetic Taiwanese agency free text with gold personal-data spans.

Written independently of the scanner. Six genres of staff writing (court-interpreter
assignment logs, animal-control complaint records, community-college enrolment lists,
vaccination outreach notes, dormitory incident reports, post-office registered-mail claim
notes), each with positive templates (personal data, gold spans) and hard negatives
(look-alikes that are public or not personal: document, case and receipt numbers, companies'
統一編號, statute articles, amounts, ordinary dates, place, shop and product names, words that
begin with a surname character).

Template mini-language: ``{a|b|c}`` picks one option (options may nest), ``{PER}``-style
upper-case tokens insert a gold value (``PER1`` binds a person for reuse in one text) and
lower-case tokens insert non-personal filler. Every value is synthetic; all names are made up
by combining surname and given-name lists written for this file.
"""

import itertools
import random
import re
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _words(text: str) -> list[str]:
    """The space-separated words of ``text`` (keeps long word lists readable)."""
    return text.split()


# ----------------------------------------------------------------------------------------
# Name material (written for this file)
# ----------------------------------------------------------------------------------------

_COMMON_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯"
    "翁魏孫戴"
)
_OTHER_SURNAMES = (
    "范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏"
    "柳凃邵錢"
    "伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶易段龍韋池葛褚孟麥殷莫文賀賈管關包向"
    "丘梅華利"
    "裴樊房全佘左花商郝時岳練滕樂車符尚祝覃烏湛卜刁冉喻麻伊苗富聶閻晏冷鄞鈕寇衛桂柴查蒲盛談塗酈戚"
    "鮑滿邢"
)
_COMPOUND_SURNAMES = (
    "歐陽",
    "張簡",
    "司徒",
    "諸葛",
    "上官",
    "范姜",
    "司馬",
    "東方",
    "夏侯",
    "皇甫",
    "公孫",
    "端木",
    "令狐",
    "慕容",
    "長孫",
    "鍾離",
)
_FEMALE_GIVEN = _words(
    "淑芬 美玲 雅婷 怡君 佳穎 欣怡 宜蓁 詩涵 雅雯 淑惠 美惠 麗華 秀英 玉蘭 秀琴 月娥 美珠 淑貞 "
    "惠美 素珍 "
    "麗玲 麗娟 雅惠 佩君 婉婷 筱涵 宜庭 思妤 子晴 品妍 語彤 芷瑄 沛晴 郁婷 家瑜 佳蓉 靜怡 瑞芬 "
    "碧霞 春美 "
    "金枝 秀鳳 玉梅 桂香 美雲 寶珠 鳳嬌 麗雪 淑娟 慧君 心怡 珮瑜 嘉玲 曉薇 若晴 以琳 采潔 亭妤 "
    "宥蓁 苡安 "
    "昀臻 羽彤 紫涵 詠晴 芸熙 宸瑜 書瑤 映彤 可馨 巧玲 秋月 春嬌 素娥 阿滿 罔市 玉霞 麗卿 秀枝 "
    "美琪 玉真 "
    "淑美 秀蘭 碧玉 雪娥 鳳英 月英 幸子 美智 千惠 湘琦 瑋婷 怡萱 姿穎 韻如 宛蓉 佩珊 芳瑜 雅琪 "
    "琬婷 惠雯 "
    "佳玲 雅芳 秋香 翠華 美鳳 素卿 麗美 玉鳳 彩雲 曉琪 欣妤 凱琳 瑜庭 雨萱 芊卉 思彤 筠婷 孟潔 "
    "巧涵 姵君 "
    "乃慈 若華 妙如 靜宜 香君 舒涵 寶月 蓮花 梅子 錦鳳"
)
_MALE_GIVEN = _words(
    "志明 家豪 建宏 俊傑 冠宇 承恩 宗翰 彥廷 柏翰 哲瑋 家銘 文雄 國華 明輝 志強 建志 俊宏 耀宗 "
    "正雄 金龍 "
    "清水 添財 榮發 進財 永福 明德 志偉 信宏 宇軒 宥辰 品睿 子恩 睿哲 柏宇 承翰 昱廷 冠廷 浩然 "
    "嘉偉 政勳 "
    "立偉 振宇 銘傑 俊賢 晉嘉 偉倫 士豪 耀文 世昌 啟明 德華 正義 家興 文彬 坤山 萬得 水木 順發 "
    "天賜 旺財 "
    "阿福 朝陽 國棟 明哲 建良 永昌 秋雄 東海 英傑 仲豪 奕辰 聖傑 宏毅 柏霖 凱文 威廷 孟勳 家維 "
    "俊男 勝雄 "
    "進興 萬來 阿土 春生 金水 炳煌 德昌 瑞祥 志豪 文龍 信義 忠誠 國強 俊良 嘉宏 奕翔 承佑 柏均 "
    "翊豪 育誠 "
    "書豪 定邦 國峰 泰安 鴻文 博文 紹華 守仁 景福 啟東 光輝 秉宏 彥均 立群 宗霖 昌明 克勤 德茂 "
    "崇文 志遠 "
    "玉山 和平 明仁 耀庭 振興 長青 朝宗 世傑"
)
_SINGLE_GIVEN = _words(
    "偉 芳 娟 敏 靜 麗 強 磊 勇 傑 娜 濤 明 超 霞 平 剛 桂 蓉 玲 婷 華 萍 琳 翔 豪 瑜 瑋 婕 晴 宏 "
    "彬 輝 凱 "
    "倫 薇 潔 穎 寧 睿 恩 嵐 鈞 珍 雯 欣 誠 勳 昇 璇"
)

_IND_HAN_GIVEN = _words(
    "瓦歷斯 比令 巴奈 伊苞 尤幹 拉娃 撒韻 馬躍 吉娃斯 阿洛 達利 古拉斯 沙力浪 優席夫 夏曼 希婻 "
    "莎韻 瑪紹 "
    "拉荷 哈勇 巴度 撒可努 芭翁 伐楚古 娃利斯 伊萬 烏杜夫 蘇拉 阿布 比雅日 尤瑪 依婉 哈尼 達卡"
)
_IND_HAN_FAMILY = _words(
    "諾幹 亞布 母路 達給 巴尚 谷木 阿紀 比吼 卡造 達道 瓦旦 那莫 拉瓦 吉努 阿里曼 巴杜 巴萬 蘇飛 "
    "伊斯坦大 塔納皮瑪 勒勒 卡照 藍波安 馬紹 法拉 拉罕 谷慕 卡斯"
)
_IND_ROM_GIVEN = _words(
    "Walis Pilin Panay Ipay Yukan Lawa Sayun Mayaw Ciwas Alo Dali Kulas Salizan Siyang Sapud Iwan "
    "Haisul Pasuya Lahok Kacaw Lifok Ofad Afas Yuma Tanapima Biung Umav Vuvu Laka Temu"
)
_IND_ROM_FAMILY = _words(
    "Nokan Yabu Mulu Takay Pasang Kumu Ciwang Piho Tadaw Watan Namo Kinu Aliman Batu Sufin Istanda "
    "Pawan Taru Lekal Dongi Kaciaw Nikar Tanapima Ruvaniyaw Poiconx"
)

_VN_FAMILY = _words("NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO HO NGO DUONG LY")
_VN_MIDDLE_F = _words("THI THI THI NGOC THU KIM")
_VN_MIDDLE_M = _words("VAN VAN DUC MINH THANH QUOC")
_VN_GIVEN_F = _words("LAN HANG HUONG MAI LINH TRANG NGA HA PHUONG THAO YEN VY NHUNG HOA LOAN TUYET")
_VN_GIVEN_M = _words("HUNG NAM TUAN QUANG DUNG HAI LONG SON KHANH PHUC TAI THANG")
_VN_HAN_FAMILY = "阮陳黎范黃潘武鄧裴杜胡吳楊"
_VN_HAN_MIDDLE = ("氏", "氏", "文", "德", "玉", "清", "明")
_VN_HAN_GIVEN = _words("秋恆 蘭 香 梅 玲 莊 娥 河 勇 雄 南 俊 光 芳 草 燕 碧玄 金鳳 春 翠 海 英")

_ID_FIRST = _words(
    "Siti Dewi Sri Nur Rina Yuli Ani Eka Wati Putri Indah Budi Agus Rudi Hendra Ahmad Muhammad Eko "
    "Tri Lilis Yanti Ratna Fitri Rahmat"
)
_ID_LAST = _words(
    "Aminah Lestari Wahyuni Hidayati Rahayu Susanti Setiawan Santoso Purnomo Kurniawan Handayani "
    "Fitriani Sulistyowati Maryati Prasetyo Nurhasanah Saputra Wulandari"
)
_ID_MONONYM = _words(
    "Suyati Sumiyati Karsini Tumini Painem Sulastri Sutini Jumiati Warsinah Rohmah"
)
_ID_HAN = _words(
    "西蒂‧阿米娜 黛薇‧蕾斯塔莉 絲莉‧瓦尤妮 努兒‧哈斯娜 麗娜‧蘇珊蒂 尤莉‧拉哈尤 蘇雅蒂 蘇米亞蒂 "
    "艾卡‧普特莉 阿古斯‧桑托索 布迪‧塞提亞萬 伊娜‧法麗達"
)
_PH_FIRST = _words(
    "Maria Jocelyn Rowena Analyn Jennifer Marites Lorna Jonathan Rodel Arnel Cherry Lovely Joy "
    "Mary_Grace Mark_Anthony John_Paul Rosalie Evangeline Romeo Leonora"
)
_PH_LAST = _words(
    "Santos Reyes Cruz Bautista Dela_Cruz Garcia Mendoza Villanueva Ramos Aquino Castillo Flores "
    "Gonzales Fernandez Manalo Pascual Dizon Soriano"
)
_PH_HAN = _words(
    "瑪莉亞‧桑托斯 喬瑟琳‧雷耶斯 羅薇娜‧克魯茲 珍妮佛‧加西亞 羅德爾‧門多薩 雪莉‧拉莫斯"
)
_TH_FIRST = _words(
    "Somchai Somsak Anan Kanya Malee Sunisa Prasert Wichai Nattapong Siriporn Ratana Boonsong"
)
_TH_LAST = _words(
    "Srisuk Boonmee Chaiyaporn Saetang Wongsawat Thongdee Kaewmanee Phromma Sukjai Inthasorn"
)
_TH_HAN = _words("頌猜‧汶米 宋沙‧席蘇 阿南‧通迪 甘雅‧翁薩瓦 瑪莉‧普拉瑪 蘇妮莎‧蓋瓦瑪尼")

# ----------------------------------------------------------------------------------------
# Places and other filler material
# ----------------------------------------------------------------------------------------

_CITIES: tuple[tuple[str, str, list[str]], ...] = (
    ("臺北市", "100", _words("中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區")),
    ("臺北市", "110", _words("信義區 南港區 文山區 大安區 內湖區")),
    ("新北市", "220", _words("板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 汐止區")),
    ("新北市", "230", _words("淡水區 三峽區 林口區 鶯歌區 樹林區")),
    ("桃園市", "330", _words("桃園區 中壢區 平鎮區 八德區 楊梅區 蘆竹區 龜山區 龍潭區 大溪區")),
    ("臺中市", "400", _words("中區 東區 西屯區 北屯區 南屯區 豐原區 大里區 太平區 沙鹿區 霧峰區")),
    ("臺南市", "700", _words("中西區 東區 安平區 永康區 新營區 仁德區 歸仁區 善化區")),
    ("高雄市", "800", _words("苓雅區 三民區 前鎮區 鳳山區 左營區 楠梓區 小港區 岡山區 鼓山區")),
    ("基隆市", "200", _words("仁愛區 信義區 中正區 七堵區 安樂區")),
    ("新竹市", "300", _words("東區 北區 香山區")),
    ("嘉義市", "600", _words("東區 西區")),
    ("新竹縣", "302", _words("竹北市 竹東鎮 湖口鄉 新豐鄉 尖石鄉")),
    ("苗栗縣", "360", _words("苗栗市 頭份市 竹南鎮 苑裡鎮 泰安鄉")),
    ("彰化縣", "500", _words("彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮")),
    ("南投縣", "540", _words("南投市 埔里鎮 草屯鎮 竹山鎮 信義鄉 仁愛鄉")),
    ("雲林縣", "640", _words("斗六市 虎尾鎮 西螺鎮 北港鎮 麥寮鄉")),
    ("嘉義縣", "612", _words("太保市 朴子市 民雄鄉 水上鄉 阿里山鄉")),
    ("屏東縣", "900", _words("屏東市 潮州鎮 東港鎮 恆春鎮 內埔鄉 三地門鄉")),
    ("宜蘭縣", "260", _words("宜蘭市 羅東鎮 蘇澳鎮 礁溪鄉 南澳鄉")),
    ("花蓮縣", "970", _words("花蓮市 吉安鄉 壽豐鄉 玉里鎮 秀林鄉 光復鄉")),
    ("臺東縣", "950", _words("臺東市 成功鎮 關山鎮 卑南鄉 蘭嶼鄉")),
    ("澎湖縣", "880", _words("馬公市 湖西鄉")),
    ("金門縣", "893", _words("金城鎮 金湖鎮")),
)
_ROADS = _words(
    "中正路 中山路 民生路 民族路 民權路 復興路 和平東路 光復路 成功路 建國路 自由路 忠孝東路 "
    "仁愛路 信義路 "
    "文化路 公園路 中華路 大同路 永福街 福德街 長春路 五福一路 博愛街 新生街 大學路 勝利路 三民路 "
    "林森路 "
    "府前路 自強街 育英街 中興路 重慶北路 延平北路 四維路 八德路 興隆路 景美街 大仁街 光明路"
)
_ROAD_SECTIONS = "一二三四五"
_VILLAGES = _words(
    "中興 和平 福德 新興 東埔 富世 民生 光明 仁愛 永安 大同 復興 長安 忠孝 文化 南興 北勢 頂寮 "
    "下庄 崁頂"
)
_COURTS = _words(
    "臺灣臺北地方法院 臺灣新北地方法院 臺灣士林地方法院 臺灣桃園地方法院 臺灣新竹地方法院 "
    "臺灣臺中地方法院 "
    "臺灣彰化地方法院 臺灣臺南地方法院 臺灣高雄地方法院 臺灣屏東地方法院 臺灣花蓮地方法院 "
    "臺灣高等法院 "
    "福建金門地方法院 臺灣基隆地方法院 臺灣宜蘭地方法院 臺灣嘉義地方法院 臺灣臺北地方檢察署 "
    "臺灣桃園地方檢察署"
)
_CASE_KINDS = _words("易 訴 簡 交易 審易 侵訴 金訴 偵 他 家調 勞訴 簡上 原訴")
_LANGS = _words(
    "越南語 印尼語 泰語 菲律賓語 他加祿語 英語 日語 韓語 柬埔寨語 緬甸語 客家語 阿美族語 泰雅族語 "
    "臺灣手語 粵語"
)
_VACCINES = _words(
    "流感疫苗 新冠XBB疫苗 13價肺炎鏈球菌疫苗 23價肺炎鏈球菌疫苗 帶狀皰疹疫苗 MMR疫苗 五合一疫苗 "
    "日本腦炎疫苗 A型肝炎疫苗 HPV疫苗 Td疫苗 水痘疫苗"
)
_COURSES = _words(
    "烘焙入門 日語初級 太極拳 油畫創作 手機攝影 臺語文讀寫 烏克麗麗 瑜珈伸展 社區導覽員培訓 "
    "新住民中文識字班 "
    "電腦文書處理 咖啡沖煮 書法 木工DIY 客語生活會話 長青樂活健身 家常料理"
)
_SCHOOLS = _words(
    "文山社區大學 大安社區大學 北投社區大學 永和社區大學 蘆荻社區大學 新竹市青草湖社區大學 "
    "高雄市第一社區大學 "
    "臺南市社區大學 花蓮縣社區大學 宜蘭縣羅東社區大學 臺中市海線社區大學"
)
_BRANCHES = _words(
    "臺北北門郵局 板橋府中郵局 臺中民權路郵局 高雄大港埔郵局 新竹東門郵局 臺南成功路郵局 "
    "基隆成功郵局 "
    "花蓮中山路郵局 桃園大興西路郵局 員林中正路郵局 嘉義垂楊路郵局 羅東中正北路郵局"
)
_HOSPITALS = _words(
    "臺大醫院 馬偕紀念醫院 林口長庚醫院 成大醫院 中國醫藥大學附設醫院 花蓮慈濟醫院 亞東醫院 "
    "高雄醫學大學附設中和紀念醫院 臺北榮民總醫院 彰化基督教醫院"
)
_DORMS = _words(
    "男一舍 女二舍 研三舍 女九舍 勝利學舍 宿舍A棟 宿舍B棟 移工宿舍C棟 外籍員工宿舍 第二宿舍"
)
_BREEDS = _words(
    "柯基犬 黃金獵犬 米克斯 柴犬 博美 馬爾濟斯 貴賓犬 台灣犬 比特犬 黑貓 橘貓 虎斑貓 拉不拉多"
)
_COMPANIES = _words(
    "統一超商股份有限公司 台灣大哥大股份有限公司 大同股份有限公司 王品餐飲股份有限公司 "
    "全聯實業股份有限公司 "
    "國泰世華商業銀行 林記冷氣工程行 陳記水電行 金門酒廠實業股份有限公司 黑松股份有限公司 "
    "義美食品股份有限公司 高鐵公司 華南商業銀行 張家口貿易有限公司 黃金海岸物業管理顧問有限公司"
)
_VENDORS = _words(
    "林記冷氣工程行 陳記水電行 何氏水電工程行 大金空調 櫻花熱水器服務中心 金城消防安全設備有限公司 "
    "高力熱處理工業股份有限公司 石家水電行"
)
_PRODUCTS = _words(
    "林鳳營鮮乳 王子麵 張君雅小妹妹點心麵 黑松沙士 金門高粱酒 義美小泡芙 維力炸醬麵 孔雀香酥脆 "
    "華元波的多"
)
_PLACES = _words(
    "林口 王田 陳厝寮 黃厝 張厝 周厝崙 石碇 金山 安平 白河 田尾 馬公 關山 林森北路 羅斯福路 中山堂 "
    "國父紀念館 中正紀念堂 延平郡王祠 大安森林公園 二二八和平公園 高美濕地 何厝 江翠 曾文水庫"
)
_AGENCIES = _words(
    "臺北市動物保護處 新北市政府動物保護防疫處 高雄市動物保護處 臺中市動物保護防疫處 "
    "衛生福利部疾病管制署 "
    "臺北市政府衛生局 中華郵政公司 教育部終身教育司 司法院 勞動部勞動力發展署"
)
_DOC_PREFIXES = _words(
    "府授工 北市動保救 院臺刑 衛授疾 北市衛疾 新北動保檢 高市動保處 郵業 教終 勞動發管 中市社大"
)
_EVENTS = _words(
    "與室友發生口角 酒後喧嘩 違規使用電器 身體不適 晚歸未登記 物品遭竊 於浴室跌倒受傷 發燒嘔吐 "
    "門禁卡遺失"
)
_COMPLAINTS = _words(
    "犬隻整夜吠叫 犬隻遭長期繫留且無遮蔽 疑似虐待貓隻 飼主放養犬隻追咬路人 "
    "頂樓飼養多隻犬隻環境髒亂 "
    "餵食流浪犬造成髒亂 鐵籠內犬隻無飲水"
)

_MONTHS_EN = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ROM_SURNAMES = _words(
    "chen lin huang chang li wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao lai "
    "chou "
    "su yeh chuang lu chiang ho hsiao lo kao pan"
)
_ROM_GIVEN = _words(
    "mei ling chih ming chia hao yu ting wei hsin yi chun hui shu fen kuan jung tzu yen an"
)
_ROM_WORDS = _words(
    "happy sunny kitty tiger angel blue lucky candy momo apple ocean star amy jason kevin vivian"
)
_MAIL_DOMAINS = _words(
    "gmail.com gmail.com gmail.com yahoo.com.tw yahoo.com.tw hotmail.com outlook.com "
    "ms12.hinet.net "
    "msa.hinet.net icloud.com seed.net.tw pchome.com.tw yahoo.com livemail.tw"
)

_FW = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_CN_NUM = "零一二三四五六七八九十"

PERSON = "PERSON"


def _fw(s: str) -> str:
    """Full-width form of the ASCII characters of ``s`` (spaces stay)."""
    return "".join(_FW.get(c, c) for c in s)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _cn(n: int) -> str:
    """Chinese numeral for 1..99."""
    if n <= 10:
        return _CN_NUM[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN_NUM[tens]) + "十" + (_CN_NUM[units] if units else "")


# ----------------------------------------------------------------------------------------
# Value makers
# ----------------------------------------------------------------------------------------


def _han_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.04:
        surname = rng.choice(_COMPOUND_SURNAMES)
    elif r < 0.62:
        surname = rng.choice(_COMMON_SURNAMES)
    else:
        surname = rng.choice(_OTHER_SURNAMES)
    r = rng.random()
    if r < 0.1:
        given = rng.choice(_SINGLE_GIVEN)
    elif r < 0.58:
        given = rng.choice(_FEMALE_GIVEN)
    else:
        given = rng.choice(_MALE_GIVEN)
    name = surname + given
    married = given in _FEMALE_GIVEN and len(name) == 3 and rng.random() < 0.08
    if married:  # 冠夫姓: the husband's surname goes first
        name = rng.choice(_COMMON_SURNAMES + _OTHER_SURNAMES[:30]) + name
    return name


def _indigenous_name(rng: random.Random) -> str:
    if rng.random() < 0.65:
        sep = rng.choice(("‧", "‧", "·"))
        return rng.choice(_IND_HAN_GIVEN) + sep + rng.choice(_IND_HAN_FAMILY)
    return rng.choice(_IND_ROM_GIVEN) + " " + rng.choice(_IND_ROM_FAMILY)


def _foreign_name(rng: random.Random) -> str:
    nat = rng.choice(("vn", "vn", "id", "id", "ph", "th"))
    han = rng.random() < 0.35
    if nat == "vn":
        if han:
            return (
                rng.choice(_VN_HAN_FAMILY) + rng.choice(_VN_HAN_MIDDLE) + rng.choice(_VN_HAN_GIVEN)
            )
        if rng.random() < 0.6:
            parts = [rng.choice(_VN_FAMILY), rng.choice(_VN_MIDDLE_F), rng.choice(_VN_GIVEN_F)]
        else:
            parts = [rng.choice(_VN_FAMILY), rng.choice(_VN_MIDDLE_M), rng.choice(_VN_GIVEN_M)]
        name = " ".join(parts)
        return name if rng.random() < 0.6 else name.title()
    if nat == "id":
        if han:
            return rng.choice(_ID_HAN)
        if rng.random() < 0.3:
            name = rng.choice(_ID_MONONYM)
        else:
            name = rng.choice(_ID_FIRST) + " " + rng.choice(_ID_LAST)
        return name.upper() if rng.random() < 0.4 else name
    if nat == "ph":
        if han:
            return rng.choice(_PH_HAN)
        name = (rng.choice(_PH_FIRST) + " " + rng.choice(_PH_LAST)).replace("_", " ")
        return name.upper() if rng.random() < 0.4 else name
    if han:
        return rng.choice(_TH_HAN)
    name = rng.choice(_TH_FIRST) + " " + rng.choice(_TH_LAST)
    return name.upper() if rng.random() < 0.4 else name


_NAME_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "han": _han_name,
    "ind": _indigenous_name,
    "for": _foreign_name,
}


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    head = rng.choice("12") + _digits(rng, 7)
    return letter + head + id_check_digit(letter, head)


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    if rng.random() < 0.6:
        head = rng.choice("89") + _digits(rng, 7)
        return letter + head + id_check_digit(letter, head)
    second = rng.choice("ABCD")
    tail = _digits(rng, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def _credit_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "visa", "mc", "mc", "jcb", "jcb", "amex", "up"))
    if kind == "visa":
        num = _luhn_complete("4" + _digits(rng, 14))
    elif kind == "mc":
        num = _luhn_complete("5" + rng.choice("12345") + _digits(rng, 13))
    elif kind == "jcb":
        num = _luhn_complete("35" + str(rng.randint(28, 89)) + _digits(rng, 11))
    elif kind == "up":
        num = _luhn_complete("62" + _digits(rng, 13))
    else:
        num = _luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
        sep = rng.choice((" ", "-", ""))
        return sep.join((num[:4], num[4:10], num[10:]))
    style = rng.random()
    if style < 0.45:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if style < 0.8:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def _nhi(rng: random.Random) -> str:
    num = rng.choice(("0000", "0000", "0001", "0002")) + _digits(rng, 8)
    style = rng.random()
    if style < 0.5:
        return num
    if style < 0.8:
        return "-".join((num[:4], num[4:8], num[8:]))
    return " ".join((num[:4], num[4:8], num[8:]))


def _passport(rng: random.Random, foreign: bool | None = None) -> str:
    if foreign is None:
        foreign = rng.random() < 0.65
    if not foreign:
        return rng.choice("13") + _digits(rng, 8)  # Taiwanese passports: 9 digits
    form = rng.choice(("vn", "id", "ph", "ph_old", "th", "us"))
    if form == "vn":
        return rng.choice("CBN") + _digits(rng, 7)
    if form == "id":
        return rng.choice("XABC") + _digits(rng, 7)
    if form == "ph":
        return "P" + _digits(rng, 7) + rng.choice("ABC")
    if form == "ph_old":
        return rng.choice(("EC", "EB")) + _digits(rng, 7)
    if form == "th":
        return rng.choice(("AA", "AB", "AC")) + _digits(rng, 7)
    return rng.choice("56") + _digits(rng, 8)


def _mobile_digits(rng: random.Random) -> str:
    while True:
        num = "09" + rng.choice("012345678") + _digits(rng, 7)
        if phone.is_valid(num):
            return num


def _format_mobile(rng: random.Random, num: str) -> str:
    a, b, c = num[:4], num[4:7], num[7:]
    r = rng.random()
    if r < 0.25:
        return num
    if r < 0.5:
        return f"{a}-{b}-{c}"
    if r < 0.62:
        return f"{a} {b} {c}"
    if r < 0.72:
        return f"{a}-{b}{c}"
    if r < 0.77:
        return f"{a}.{b}.{c}"
    if r < 0.8:
        return f"({a}){b}-{c}"
    intl = num[1:]
    return rng.choice(
        (
            f"+886-{intl[:3]}-{intl[3:6]}-{intl[6:]}",
            f"+886 {intl[:3]} {intl[3:6]} {intl[6:]}",
            f"+886{intl}",
            f"886-{intl[:3]}-{intl[3:]}",
            f"+886 (0){intl[:3]}-{intl[3:6]}-{intl[6:]}",
        )
    )


_AREAS = (
    ("02", 8, "2345678"),
    ("03", 7, "2345689"),
    ("037", 6, "2345"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "2"),
    ("06", 7, "2"),
    ("07", 7, "2"),
    ("08", 7, "7"),
    ("089", 6, "3"),
    ("082", 6, "3"),
)


def _landline(rng: random.Random, extension: bool | None = None) -> str:
    while True:
        area, length, first = rng.choice(_AREAS)
        local = rng.choice(first) + _digits(rng, length - 1)
        if phone.is_valid(area + local):
            break
    cut = 4 if length == 8 else 3 if length == 7 else 2
    dashed = local[:cut] + "-" + local[cut:]
    r = rng.random()
    if r < 0.35:
        text = f"{area}-{dashed}"
    elif r < 0.55:
        text = f"({area}){dashed}"
    elif r < 0.62:
        text = f"({area}) {local}"
    elif r < 0.72:
        text = f"{area}-{local}"
    elif r < 0.78:
        text = f"{area} {local[:cut]} {local[cut:]}"
    elif r < 0.85:
        text = area + local
    elif r < 0.93:
        text = f"+886-{area[1:]}-{dashed}"
    else:
        text = f"+886 {area[1:]} {local[:cut]} {local[cut:]}"
    if extension is None:
        extension = rng.random() < 0.2
    if extension:
        ext = str(rng.randint(1, 9999)) if rng.random() < 0.7 else str(rng.randint(100, 999))
        forms = (f" 分機{ext}", f"分機{ext}", f"#{ext}", f" #{ext}", f" ext. {ext}", f"轉{ext}")
        text += rng.choice((*forms, f" 轉 {ext}", f" 分機 {ext}"))
    return text


def _email(rng: random.Random) -> str:
    r = rng.random()
    sur, giv = rng.choice(_ROM_SURNAMES), rng.choice(_ROM_GIVEN)
    if r < 0.35:
        local = giv + rng.choice(_ROM_GIVEN) + rng.choice((".", "_", "")) + sur
    elif r < 0.6:
        local = (
            sur
            + rng.choice((".", "_", ""))
            + giv
            + rng.choice(("", str(rng.randint(60, 99)), str(rng.randint(1960, 2008))))
        )
    elif r < 0.85:
        local = rng.choice(_ROM_WORDS) + rng.choice(("", "_", ".")) + str(rng.randint(1, 9999))
    else:
        local = sur[0] + giv + str(rng.randint(10, 99))
    return local + "@" + rng.choice(_MAIL_DOMAINS)


def _address(rng: random.Random) -> str:
    city, zip_base, towns = rng.choice(_CITIES)
    town = rng.choice(towns)
    if city.startswith("臺") and rng.random() < 0.35:
        city = "台" + city[1:]
    spaced = rng.random() < 0.12
    sp = " " if spaced else ""

    def n(lo: int, hi: int) -> str:
        return sp + str(rng.randint(lo, hi)) + sp

    out = ""
    r = rng.random()
    if r < 0.15:
        out += zip_base[:2] + str(rng.randint(0, 9))
    elif r < 0.22:
        out += zip_base[:2] + str(rng.randint(0, 9)) + _digits(rng, 2)
    out += city + town
    if town.endswith("鄉") and rng.random() < 0.45:
        out += rng.choice(_VILLAGES) + "村" + n(1, 20) + "鄰"
        if rng.random() < 0.5:
            out += rng.choice(_ROADS)
        out += n(1, 300) + "號"
        return out.strip()
    if rng.random() < 0.18:
        out += rng.choice(_VILLAGES) + "里" + (n(1, 30) + "鄰" if rng.random() < 0.6 else "")
    road = rng.choice(_ROADS)
    out += road
    if road.endswith("路") and rng.random() < 0.35:
        out += rng.choice(_ROAD_SECTIONS) + "段"
    if rng.random() < 0.35:
        out += n(1, 600) + "巷"
        if rng.random() < 0.4:
            out += n(1, 40) + "弄"
    num = str(rng.randint(1, 450))
    r = rng.random()
    if r < 0.08:
        num += "-" + str(rng.randint(1, 9))
    elif r < 0.14:
        num += "之" + str(rng.randint(1, 9))
    out += sp + num + sp + "號"
    r = rng.random()
    if r < 0.5:
        floor = rng.randint(2, 18)
        out += (sp + str(floor) + sp if rng.random() < 0.75 else _cn(floor)) + "樓"
        if rng.random() < 0.25:
            out += "之" + (str(rng.randint(1, 9)) if rng.random() < 0.8 else _cn(rng.randint(1, 9)))
    elif r < 0.55:
        out += str(rng.randint(2, 12)) + "F"
    return out.strip()


def _birth_date(rng: random.Random, child: bool = False) -> str:
    y = rng.randint(2013, 2024) if child else rng.randint(1935, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    roc = y - 1911
    forms = (
        f"民國{roc}年{m}月{d}日",
        f"民國{roc}年{m:02d}月{d:02d}日",
        f"{roc}年{m}月{d}日",
        f"{roc}.{m:02d}.{d:02d}",
        f"{roc:03d}/{m:02d}/{d:02d}",
        f"{roc}/{m}/{d}",
        f"民{roc}.{m}.{d}",
        f"{roc:03d}{m:02d}{d:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}年{m}月{d}日",
        f"{y}.{m:02d}.{d:02d}",
        f"{d:02d} {_MONTHS_EN[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
    )
    return rng.choice(forms)


# ----------------------------------------------------------------------------------------
# Non-personal filler
# ----------------------------------------------------------------------------------------


def _ordinary_date(rng: random.Random) -> str:
    roc, m, d = rng.randint(111, 114), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{roc}年{m}月{d}日",
            f"{roc}/{m:02d}/{d:02d}",
            f"{roc}.{m}.{d}",
            f"{roc + 1911}-{m:02d}-{d:02d}",
            f"{m}月{d}日",
            f"{m}/{d}",
            f"{roc + 1911}年{m}月{d}日",
        )
    )


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(8, 21), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    return rng.choice(
        (
            f"{h:02d}:{mi:02d}",
            f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時{mi}分",
            f"{h}點",
        )
    )


def _amount(rng: random.Random) -> str:
    v = rng.choice(
        (500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3600, 4500, 6000, 15000, 30000, 60000)
    )
    if rng.random() < 0.3:
        v += rng.randint(1, 99) * 10
    return f"{v:,}" if rng.random() < 0.7 else str(v)


def _ban(rng: random.Random) -> str:
    while True:
        num = _digits(rng, 8)
        if ban.is_valid(num):
            return num


def _doc_no(rng: random.Random) -> str:
    word = rng.choice(("字", "字", "授字", "檢字"))
    return f"{rng.choice(_DOC_PREFIXES)}{word}第{rng.randint(111, 114)}{_digits(rng, 7)}號"


def _case_no(rng: random.Random) -> str:
    return f"{rng.randint(110, 114)}年度{rng.choice(_CASE_KINDS)}字第{rng.randint(1, 3999)}號"


def _receipt_no(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(111, 114)}{rng.choice(('A', 'B', 'DP', 'AC'))}{_digits(rng, 6)}"
    if r < 0.7:
        return f"{rng.randint(111, 114)}-{_digits(rng, 5)}"
    return f"第{_digits(rng, 8)}號"


def _invoice(rng: random.Random) -> str:
    letters = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("EFGHJKLMNPQRSTUVWXYZ")
    return letters + rng.choice(("-", "", "")) + _digits(rng, 8)


def _intl_mail(rng: random.Random) -> str:
    return (
        rng.choice(("RR", "EE", "CP", "LX", "RB"))
        + _digits(rng, 9)
        + rng.choice(("TW", "VN", "ID", "JP"))
    )


_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "date": _ordinary_date,
    "time": _time,
    "amt": _amount,
    "ban": _ban,
    "docno": _doc_no,
    "caseno": _case_no,
    "receipt": _receipt_no,
    "invoice": _invoice,
    "intl": _intl_mail,
    "mailno": lambda r: _digits(r, 6),
    "num": lambda r: str(r.randint(2, 30)),
    "month": lambda r: str(r.randint(1, 12)),
    "day": lambda r: str(r.randint(1, 28)),
    "vendor": lambda r: r.choice(_VENDORS),
    "year": lambda r: str(r.randint(112, 114)),
    "court": lambda r: r.choice(_COURTS),
    "lang": lambda r: r.choice(_LANGS),
    "vaccine": lambda r: r.choice(_VACCINES),
    "course": lambda r: r.choice(_COURSES),
    "school": lambda r: r.choice(_SCHOOLS),
    "branch": lambda r: r.choice(_BRANCHES),
    "hospital": lambda r: r.choice(_HOSPITALS),
    "dorm": lambda r: r.choice(_DORMS),
    "room": lambda r: f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(1, 9)}",
    "breed": lambda r: r.choice(_BREEDS),
    "company": lambda r: r.choice(_COMPANIES),
    "product": lambda r: r.choice(_PRODUCTS),
    "place": lambda r: r.choice(_PLACES),
    "agency": lambda r: r.choice(_AGENCIES),
    "event": lambda r: r.choice(_EVENTS),
    "complaint": lambda r: r.choice(_COMPLAINTS),
    "road": lambda r: r.choice(_ROADS),
    "district": lambda r: r.choice(r.choice(_CITIES)[2]),
    "city": lambda r: r.choice(_CITIES)[0],
    "lot": lambda r: (
        r.choice(("EX", "AT", "SP", "MK", "FL")) + _digits(r, 4) + r.choice(("", "A", "B"))
    ),
    "auth": lambda r: _digits(r, 6),
    "chip": lambda r: "900" + _digits(r, 12),
    "age": lambda r: str(r.randint(18, 92)),
}

# ----------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------
# Value tokens: PER (any person), HAN, FOR (foreign resident), IND (Indigenous), each with an
# optional digit to reuse the same person; ID, ARC, PHONE, MOB, TEL, EXT (landline with an
# extension), MAIL, ADDR, NHI, PP (passport, any), FPP (foreign passport), TWPP, CC, BD.


def _rows(header: str, row: str, lo: int, hi: int) -> Callable[[random.Random], str]:
    def build(rng: random.Random) -> str:
        return header + "\n".join(row for _ in range(rng.randint(lo, hi)))

    return build


_Template = str | Callable[[random.Random], str]

_INTERPRETER_POS: tuple[_Template, ...] = (
    "{date} {time} {court}{caseno}，{lang}通譯{PER}{老師|}到庭，"
    "{日費|通譯費}新臺幣{amt}元已核發。聯絡電話{PHONE}。",
    "主旨：檢送本院特約通譯{PER1}{君|}{lang}排班表，請查照。\n說明：\n一、"
    "{PER1}{君|}身分證統一編號{ID}，通訊地址{ADDR}。\n二、如需聯繫請撥{MOB}或電子郵件{MAIL}。",
    "通譯姓名：{PER}\n語別：{lang}\n身分證字號：{ID}\n行動電話：{MOB}\nE-mail：{MAIL}\n"
    "戶籍地址：{ADDR}",
    _rows(
        "日期｜時間｜案號｜語別｜通譯｜電話\n",
        "{date}｜{time}｜{caseno}｜{lang}｜{PER}｜{PHONE}",
        2,
        5,
    ),
    "{PER1}通譯來電表示：「我{date}下午那庭沒辦法去，可以請{PER2}代班嗎？{她|他}的電話是{MOB}。"
    "」已轉知書記官。",
    "被告{FOR}（{越南|印尼|泰國|菲律賓}籍，居留證號{ARC}，護照號碼{FPP}）於{date}應訊，"
    "由{lang}通譯{PER}傳譯。",
    "{PER} {lang} {MOB} 可支援{date}、{date}",
    "{PER}老師{lang}，{date}臨時請假，改由{PER}支援；{二人|兩位}聯絡方式：{PHONE}、{PHONE}",
    "證人{FOR}，{女|男}，{BD}生，外僑居留證統一證號{ARC}，住{ADDR}，{date}到庭作證，使用{lang}。",
    "特約通譯報到單\n姓名 {PER}\n出生年月日 {BD}\n身分證 {ID}\n語言 {lang}\n郵局帳戶戶名同上\n"
    "簽名：{PER}",
    "此致\n{court}\n\n具結人 通譯 {PER}\n電話：{PHONE}\n中華民國{year}年{month}月{day}日",
    "{caseno}通譯費請款：{PER}（{ID}）{amt}元、{PER}（{ID}）{amt}元，已送會計室。",
    "{date} 書記官聯絡{PER1}，無人接聽；改撥住家電話{TEL}，{PER1}家人表示{她|他}出國，"
    "改派{PER2}（{MOB}）。",
    "Interpreter: {FOR}  Language: {lang}  Tel: {PHONE}  Email: {MAIL}  Passport No.: {FPP}",
)
_INTERPRETER_NEG: tuple[_Template, ...] = (
    "{court}{caseno}，{date} {time}開庭，需{lang}通譯一名，請各通譯於{date}前回覆。"
    "通譯費依法院通譯倫理規範及相關要點辦理，每次新臺幣{amt}元。",
    "本院{year}年度特約通譯{lang}組共{num}名，{date}辦理在職研習，地點：{court}第{num}法庭，"
    "請{周知|查照}。",
    "{docno}函：修正法院特約通譯約聘辦法第{num}條，自{date}生效。",
    "通譯費收據編號{receipt}，金額新臺幣{amt}元，由{court}會計室{date}撥付。",
    "{caseno} {lang}通譯 已派 {date} {time}\n{caseno} {lang}通譯 待派 {date}\n{caseno} 取消",
    "林務、地政類案件之專業用語對照表已更新，{lang}組請於{date}前於內部系統下載；高雄、"
    "屏東兩院另行通知。",
)

_ANIMAL_POS: tuple[_Template, ...] = (
    "{date} {time} 民眾{PER}（{MOB}）來電陳情，{district}{road}{附近|巷內|一帶}{complaint}，"
    "請派員稽查。",
    "陳情人：{PER}\n聯絡電話：{PHONE}\n事發地點：{ADDR}\n陳情內容：{complaint}。\n"
    "處理情形：{date}派員前往，飼主{PER}{表示會改善|不在家，已留通知單}。",
    "受處分人：{PER}\n身分證統一編號：{ID}\n出生日期：{BD}\n地址：{ADDR}\n"
    "違反事實：{date}於上址飼養之{breed}未辦理寵物登記，違反動物保護法第19條第1項規定。",
    "陳情人說：「我是住{ADDR}的{PER}啦，隔壁那隻{breed}每天叫到半夜，你們打{MOB}找我就好。」",
    "協助誘捕志工：{PER}、{PER}、{PER}（{MOB}）",
    "寄件者：{PER} <{MAIL}>\n主旨：檢舉{road}{complaint}\n內容：已經好幾天了，請盡快處理，"
    "我的手機{MOB}。",
    "移工{FOR}代雇主{PER}通報，{ADDR}有受傷貓隻，聯絡{PHONE}。",
    "{date}稽查紀錄：現場{ADDR}，飼主{PER}（{BD}生）在場，犬隻晶片號碼{chip}，已完成絕育，"
    "勸導後結案。",
    "案件{receipt}｜陳情人 {PER}｜電話 {PHONE}｜地點 {ADDR}｜狀態 已派案",
    "{PER1}女士再度來電，說{PER2}家的狗又跑出來咬了她的{breed}，要求提供對方電話，"
    "已婉拒並請{PER1}留下聯絡電話{MOB}。",
    "飼主{PER}，{ID}，{TEL}，於{date}至本處認領{breed}一隻，繳納收容費{amt}元。",
    "{IND}（{PHONE}）反映部落內有{breed}遭獸鋏夾傷，地點{ADDR}附近產業道路。",
)
_ANIMAL_NEG: tuple[_Template, ...] = (
    "{date}本處於{place}辦理犬貓絕育巡迴，共完成{num}隻，"
    "經費新臺幣{amt}元由{company}（統一編號{ban}）贊助。",
    "本案{docno}，依動物保護法第5條第2項及第25條規定辦理，請於{date}前函復。",
    "{place}一帶有黑色{breed}出沒，已通知捕犬隊，收容編號{receipt}。",
    "{agency}與林業及自然保育署於{date}在{place}聯合巡查，未發現違規捕獸鋏。",
    "{year}年度寵物登記{num}萬餘隻，{district}{breed}登記數最多；黃昏時段遛狗請繫牽繩。",
    "收容所{date}進所：{breed}×{num}、{breed}×{num}；出所認養{num}隻；死亡0。周知各組。",
    "{company}門市前有貓隻受困於{product}紙箱，已由消防局協助救出，無人受傷。",
)

_COLLEGE_POS: tuple[_Template, ...] = (
    _rows(
        "{course}（{year}{春|秋}季班）報名名單\n序號  姓名  出生日期  電話  E-mail\n",
        "{num}  {PER}  {BD}  {PHONE}  {MAIL}",
        2,
        6,
    ),
    "學員{PER}以信用卡繳納學費{amt}元，卡號{CC}，授權碼{auth}。",
    "姓名：{PER}　性別：{男|女}\n出生日期：{BD}\n身分證字號：{ID}\n通訊地址：{ADDR}\n"
    "手機：{MOB}\n緊急聯絡人：{PER}（{配偶|子女|母親}）{PHONE}",
    "{PER}阿姨說她跟{PER}要一起報{course}，學費想用長青優惠，已請她補身分證影本，電話{MOB}。",
    "新住民{FOR}報名{course}，居留證{ARC}，電話{MOB}，由{PER}老師協助填表。",
    _rows("{school} {course} 候補名單\n", "{PER}／{PHONE}", 1, 4),
    "退費申請：{PER}，{course}，退費{amt}元，原刷卡{CC}，刷退作業約{num}個工作天。",
    "講師{PER}（{MAIL}，{MOB}）本學期開設{course}，鐘點費撥入本人帳戶。",
    "{date} {PER}來電：「我上禮拜報名的{course}，收據地址要寫{ADDR}，麻煩幫我改一下。」",
    "學員資料異動\n原：{PER}　{ADDR}\n新：{PER}　{ADDR}\n電話：{PHONE}　E-mail：{MAIL}",
    "{IND}、{PER}、{FOR}三位完成{course}全勤，頒發結業證書。",
)
_COLLEGE_NEG: tuple[_Template, ...] = (
    "{course}開課公告：{date}起每週{三|四}晚上7點，地點{school}，學費新臺幣{amt}元，名額{num}人。",
    "本校{year}年{春|秋}季班共開設{num}門課，含{course}、{course}，報名截止{date}。",
    "發票號碼{invoice}，{company}統一編號{ban}，金額{amt}元，品名：{course}教材。",
    "依社區大學發展條例第9條，{school}{year}年度獲補助新臺幣{amt}萬元，{docno}核定。",
    "{course}教室移至{place}活動中心二樓，{date}起適用，請學員周知。",
    "期末成果展{date}於{school}{中庭|禮堂|一樓大廳}舉行，展出{course}、{course}作品，並提供{product}試吃。",
)

_VACCINE_POS: tuple[_Template, ...] = (
    "{date} 到宅接種：{PER}（{BD}生，健保卡號{NHI}），住{ADDR}，已施打{vaccine}。"
    "家屬{PER}電話{PHONE}。",
    "個案姓名：{PER}\n身分證號：{ID}\n出生日期：{BD}\n健保卡號：{NHI}\n聯絡電話：{PHONE}\n"
    "接種疫苗：{vaccine}",
    "外籍看護{FOR}（居留證{ARC}）陪同{PER}阿{公|嬤}至本所接種{vaccine}，"
    "{PER}阿{公|嬤}健保卡號{NHI}。",
    _rows("未完成接種名冊（{district}）：\n", "{PER}／{BD}／{PHONE}", 2, 5),
    "家屬{PER}：「我媽{PER}的健保卡號是{NHI}，她行動不便，可以請護理師來家裡打嗎？我手機{MOB}。」",
    "{IND}（{BD}）住{ADDR}，部落健康站通知接種{vaccine}，聯絡人{PER} {PHONE}",
    "接種後追蹤：{PER}，{age}歲，{date}接種{vaccine}後發燒，已電話({PHONE})關懷。",
    "{PER1}小朋友（{BDK}）{vaccine}第{二|三}劑逾期，母親{PER2}表示會於{date}帶來；"
    "{PER2}身分證{ID}。",
    "外籍勞工{FOR}，護照{FPP}，出生日期{BD}，{vaccine}已接種，雇主{PER}聯絡電話{EXT}。",
    "通知單寄送地址：{ADDR}\n收件人：{PER}\n如有疑問請洽本所預防保健組{EXT}",
    "醫師{PER}評估可接種；護理師{PER}執行；{date}。",
)
_VACCINE_NEG: tuple[_Template, ...] = (
    "{year}年度{vaccine}{date}開打，{district}衛生所接種時段為週一至週五上午8時至11時30分，"
    "請攜帶健保卡。",
    "{vaccine}批號{lot}，效期{date}，本週配送{num}劑至{district}衛生所。",
    "依傳染病防治法第27條辦理，{district}設立{num}處接種站，{docno}函請各里辦公處協助宣導。",
    "高齡長者接種率{num}%，較去年同期提升；金門、馬祖離島巡迴接種於{date}完成。",
    "{hospital}合約院所名單更新，共{num}家；冷鏈溫度紀錄均正常，無異常事件。",
    "疫苗廠商{company}（統一編號{ban}）請款{amt}元，發票{invoice}。",
)

_DORM_POS: tuple[_Template, ...] = (
    "事件報告\n時間：{date} {time}\n地點：{dorm}{room}室\n當事人：{PER}、{PER}\n"
    "經過：雙方{因噪音起爭執|發生口角|因借用物品起衝突|因冷氣溫度爭吵}，經舍監勸導後返回寢室。",
    "移工宿舍{room}房{FOR}（居留證號{ARC}，護照號碼{FPP}）於{date}晚間{event}，由舍監{PER}通報，"
    "聯絡{MOB}。",
    "舍監日誌 {date}\n- 23:40 {PER}晚歸，已登記\n- {FOR}反映冷氣故障\n- "
    "家長{PER}來電({PHONE})詢問退宿",
    "學生{PER}（{BD}生）因{event}送{hospital}，家長{PER}已到院，緊急聯絡電話{PHONE}，"
    "戶籍地址{ADDR}。",
    "{PER1}說：「我室友{PER2}從昨天就沒回來，{她|他}手機{MOB}都沒人接。」已通報教官。",
    "{dorm}{room}室住宿生名單：{PER}、{PER}、{PER}、{IND}",
    "住宿生{PER}，身分證字號{ID}，{date}辦理退宿，押金{amt}元退至原帳戶，聯絡信箱{MAIL}。",
    "仲介公司來電：{FOR}已於{date}轉換雇主，新住址{ADDR}，居留證號{ARC}不變。",
    "緊急聯絡人：{PER}（{父|母|兄|姊}）{PHONE}／{PER}（{父|母|兄|姊}）{PHONE}",
    "{dorm}門禁紀錄異常：{PER}的門禁卡於{date} {time}被{PER}借用，兩人皆已約談。",
    "{FOR}、{FOR}兩人在{dorm}{event}，翻譯{PER}到場協助，警方受理編號{receipt}。",
)
_DORM_NEG: tuple[_Template, ...] = (
    "{dorm}於{date}進行消防安全檢查，{num}間寢室延長線不合格，依學生宿舍管理要點第12點辦理。",
    "{dorm}熱水器報修單{receipt}，廠商{vendor}（統編{ban}）預計{date}到場，費用{amt}元。",
    "宿舍門禁時間自{date}起調整為晚上12點，請住宿生周知。",
    "{dorm}{room}室冷氣漏水，已報修；{dorm}交誼廳{product}販賣機故障，廠商{date}更換。",
    "{year}學年度宿舍床位{num}床，候補{num}人，抽籤結果於{date}公告於宿舍服務中心公布欄。",
    "颱風警報期間，{dorm}一樓門窗加固，曾經淹水之地下室暫停使用。",
)

_POST_POS: tuple[_Template, ...] = (
    "{date}寄件人{PER}持收據至{branch}查詢掛號{mailno}，收件人{PER}，收件地址{ADDR}，表示未收到。"
    "寄件人電話{PHONE}。",
    "補償申請\n申請人：{PER}\n身分證統一編號：{ID}\n地址：{ADDR}\n電話：{PHONE}\n"
    "郵件號碼：{mailno}\n補償金額：{amt}元",
    "收件人{FOR}（Passport No. {FPP}）領取國際包裹{intl}，代領人{PER}，身分證{ID}。",
    "客戶{PER}以信用卡{CC}支付國際快捷郵資{amt}元，Email：{MAIL}。",
    "{PER}小姐來電：「我在網路上買東西寄到{ADDR}，掛號號碼{mailno}，到現在還沒到。」回撥{MOB}。",
    "招領逾期退回：收件人{PER}，{ADDR}，原寄件人{PER}，{date}退回{branch}。",
    "查詢單號{receipt}\n寄件人：{PER}　電話：{PHONE}\n收件人：{PER}　電話：{PHONE}\n"
    "內容物：{product}",
    "{FOR}持居留證{ARC}申辦包裹代領，{date}已核對本人。",
    "{PER}先生表示包裹破損，內裝{product}，要求賠償{amt}元，已請{PER}填寫損失補償申請書。",
    "寄件人：{PER}\n{ADDR}\n收件人：{PER} 先生\n{ADDR}\n{MOB}",
    "{IND}反映部落信箱常收不到郵件，請投遞士改投{ADDR}，電話{TEL}。",
)
_POST_NEG: tuple[_Template, ...] = (
    "{branch}自{date}起調整營業時間，國內掛號郵資{amt}元，依郵政法相關規定辦理。",
    "查詢掛號{mailno}：{date}由{branch}收寄，{date}投遞成功。",
    "國際包裹{intl}已於{date}退回原寄局，原因：地址不詳。",
    "{branch}{date}郵件處理量：掛號{num}千件、包裹{num}百件，較上月增加。",
    "{docno}：郵政禮券面額{amt}元，{company}（統一編號{ban}）採購，發票{invoice}。",
    "春節期間{branch}暫停收寄生鮮包裹，{product}等食品請提早寄送。",
)

_GENRES: tuple[tuple[tuple[_Template, ...], tuple[_Template, ...]], ...] = (
    (_INTERPRETER_POS, _INTERPRETER_NEG),
    (_ANIMAL_POS, _ANIMAL_NEG),
    (_COLLEGE_POS, _COLLEGE_NEG),
    (_VACCINE_POS, _VACCINE_NEG),
    (_DORM_POS, _DORM_NEG),
    (_POST_POS, _POST_NEG),
)

_VALUE_TOKEN = re.compile(
    r"^(PER|HAN|FOR|IND|ID|ARC|PHONE|MOB|TEL|EXT|MAIL|ADDR|NHI|PP|FPP|TWPP|CC|BDK|BD)(\d?)$"
)
_FULLWIDTH_P = 0.15

# ----------------------------------------------------------------------------------------
# Look-alike guard (regenerates samples whose text holds a valid value outside gold)
# ----------------------------------------------------------------------------------------

_HALF = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_HALF.update({ord(c): ord(c.upper()) for c in "abcdefghijklmnopqrstuvwxyz"})
_ID_WINDOW = re.compile(r"(?=([A-Z][0-9]{9}|[A-Z]{2}[0-9]{8}))")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ \-.()]{0,2}\d)+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _inside(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def _clean(text: str, spans: list[tuple[int, int, str]]) -> bool:
    norm = text.translate(_HALF)
    for m in _ID_WINDOW.finditer(norm):
        s = m.start(1)
        value = m.group(1)
        if (twid.is_valid(value) or arc.is_valid(value)) and not _inside(s, s + 10, spans):
            return False
    for m in _EMAIL.finditer(norm):
        if not _inside(m.start(), m.end(), spans):
            return False
    for m in _DIGIT_RUN.finditer(norm):
        groups = re.split(r"[ \-.()]+", m.group().lstrip("+"))
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                digits = "".join(groups[i:j])
                card = 13 <= len(digits) <= 19 and creditcard.is_valid(digits)
                if card and not _inside(m.start(), m.end(), spans):
                    return False
                tel = 8 <= len(digits) <= 12 and phone.is_plausible(digits)
                if tel and not any(s < m.end() and m.start() < e for s, e, _ in spans):
                    return False
    return True


# ----------------------------------------------------------------------------------------
# Renderer
# ----------------------------------------------------------------------------------------


class _Renderer:
    def __init__(self, rng: random.Random, known: dict[str, list[str]], taken: set[str]) -> None:
        self.rng = rng
        self.known = known
        self.taken = taken
        self.reset()

    def reset(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.bound: dict[str, tuple[str, bool]] = {}
        self.used: set[str] = set()  # names already in this text (no accidental repeats)

    def lit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s: str, label: str, known: bool = False) -> None:
        start = self.pos
        self.lit(s)
        self.spans.append((start, self.pos, label))
        if label == PERSON:
            self.flags.append(known)

    def person(self, kind: str) -> tuple[str, bool]:
        rng = self.rng
        if kind == "PER":
            r = rng.random()
            kind = "han" if r < 0.8 else "for" if r < 0.93 else "ind"
        else:
            kind = {"HAN": "han", "FOR": "for", "IND": "ind"}[kind]
        if rng.random() < 0.5 and self.known[kind]:
            for _ in range(20):
                name = rng.choice(self.known[kind])
                if name not in self.used:
                    self.used.add(name)
                    return name, True
        while True:
            name = _NAME_MAKERS[kind](rng)
            if name not in self.taken and name not in self.used:
                self.used.add(name)
                return name, False

    def structured(self, kind: str) -> tuple[str, str]:
        rng = self.rng
        if kind == "ID":
            return _national_id(rng), "TW_NATIONAL_ID"
        if kind == "ARC":
            return _resident_cert(rng), "TW_RESIDENT_CERT"
        if kind == "PHONE":
            if rng.random() < 0.6:
                return _format_mobile(rng, _mobile_digits(rng)), "PHONE"
            return _landline(rng), "PHONE"
        if kind == "MOB":
            return _format_mobile(rng, _mobile_digits(rng)), "PHONE"
        if kind == "TEL":
            return _landline(rng), "PHONE"
        if kind == "EXT":
            return _landline(rng, extension=True), "PHONE"
        if kind == "MAIL":
            return _email(rng), "EMAIL"
        if kind == "ADDR":
            return _address(rng), "ADDRESS"
        if kind == "NHI":
            return _nhi(rng), "TW_NHI_CARD"
        if kind == "PP":
            return _passport(rng), "PASSPORT"
        if kind == "FPP":
            return _passport(rng, foreign=True), "PASSPORT"
        if kind == "TWPP":
            return _passport(rng, foreign=False), "PASSPORT"
        if kind == "CC":
            return _credit_card(rng), "CREDIT_CARD"
        return _birth_date(rng, child=kind == "BDK"), "BIRTH_DATE"

    def token(self, tok: str) -> None:
        m = _VALUE_TOKEN.match(tok)
        if m is None:
            text = _FILLERS[tok](self.rng)
            if tok in ("date", "docno", "caseno", "amt") and self.rng.random() < 0.08:
                text = _fw(text)
            self.lit(text)
            return
        kind = m.group(1)
        if kind in ("PER", "HAN", "FOR", "IND"):
            if m.group(2) and tok in self.bound:
                name, known = self.bound[tok]
            else:
                name, known = self.person(kind)
                if m.group(2):
                    self.bound[tok] = (name, known)
            self.value(name, PERSON, known)
            return
        text, label = self.structured(kind)
        if self.rng.random() < _FULLWIDTH_P:
            text = _fw(text)
        self.value(text, label)

    def render(self, tpl: str) -> None:
        i = 0
        while i < len(tpl):
            if tpl[i] != "{":
                k = tpl.find("{", i)
                k = len(tpl) if k < 0 else k
                self.lit(tpl[i:k])
                i = k
                continue
            depth, j, cuts = 0, i, []
            while True:
                c = tpl[j]
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        break
                elif c == "|" and depth == 1:
                    cuts.append(j)
                j += 1
            inner = tpl[i + 1 : j]
            if cuts:
                bounds = [i, *cuts, j]
                options = [tpl[a + 1 : b] for a, b in itertools.pairwise(bounds)]
                self.render(self.rng.choice(options))
            else:
                self.token(inner)
            i = j + 1


def _known_names(rng: random.Random, n: int) -> tuple[dict[str, list[str]], list[str]]:
    """Per-kind pools of mentionable known names, and the whole list (with unmentioned ones)."""
    sizes = {"han": max(20, n * 3 // 10), "for": max(8, n // 14), "ind": max(5, n // 30)}
    pools: dict[str, list[str]] = {}
    seen: set[str] = set()
    everything: list[str] = []
    for kind, size in sizes.items():
        pool: list[str] = []
        extra = max(2, size // 6)  # names in the list that no text mentions
        tries = 0
        while len(pool) < size + extra and tries < 50 * (size + extra):
            tries += 1
            name = _NAME_MAKERS[kind](rng)
            if name not in seen:
                seen.add(name)
                pool.append(name)
        pools[kind] = pool[:size]
        everything.extend(pool)
    rng.shuffle(everything)
    return pools, everything


def generate_heldout23(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    pools, known_list = _known_names(rng, n)
    renderer = _Renderer(rng, pools, set(known_list))
    samples: list[Sample] = []
    while len(samples) < n:
        negative = rng.random() < 0.28  # the guard rejects negatives a little more often
        positives, negatives = rng.choice(_GENRES)
        template = rng.choice(negatives if negative else positives)
        tpl = template if isinstance(template, str) else template(rng)
        renderer.reset()
        renderer.render(tpl)
        text = "".join(renderer.parts)
        spans = list(renderer.spans)
        if negative != (not spans) or not _clean(text, spans):
            continue
        samples.append(
            Sample(text, spans, hard_negative=negative, known_person=list(renderer.flags))
        )
    return samples, known_list
