"""Held-out set 36: synthetic Taiwanese agency free text with gold personal-data spans.

Written independently of the scanner. Six genres: highway-toll (國道通行費) arrears and
appeals, hospice (安寧療護) family-meeting notes, Indigenous students' scholarship
(原住民族獎助學金) review lists, public-market (零售市場) stall transfers, earthquake (震災)
building assessment and relief, and new-resident (新住民) Chinese-class attendance and
counselling logs. About a quarter of the samples are hard negatives holding only public or
non-personal look-alikes. Everything is drawn from ``random.Random(seed)``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_mod
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _w(words: str) -> list[str]:
    """A word list written as one space-separated string."""
    return words.split()


# --------------------------------------------------------------------------------------
# Name material (written for this set)
# --------------------------------------------------------------------------------------

_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤"
    "巫黎涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜"
    "陶易段龍韋池葛麥褚賀利殷鄞練冉包郝龐左文全仲裴滕艾鮑卜向屈應車湛聶邢盛岳植戚符鐘巴舒"
    "喬華鄔麻"
)
# Weighted head: the most common surnames are drawn more often.
_COMMON_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
_COMPOUND_SURNAMES = _w(
    "歐陽 張簡 司徒 范姜 張廖 諸葛 上官 司馬 夏侯 公孫 慕容 皇甫 東方 端木 南宮 西門 長孫 "
    "令狐 宇文 尉遲 鍾離 呼延 澹臺 簡廖"
)
_GIVEN_F = _w(
    "淑芬 淑惠 美玲 雅婷 怡君 佩君 淑娟 美惠 麗華 秀英 雅惠 怡婷 欣怡 佳穎 宜蓁 詩涵 雅筑 "
    "品妍 子晴 語彤 家瑜 思妤 筱涵 靜宜 惠雯 慧玲 秀琴 玉蘭 月娥 碧霞 素珍 寶珠 金枝 秋香 "
    "春梅 麗卿 美雲 芳瑜 珮瑜 婉婷 郁婷 琬婷 姿穎 宛蓉 采潔 亭妤 芷萱 沛瑄 羽彤 苡安 沐晴 "
    "心妍 恩希 玉梅 麗娟 秀鳳 美珠 阿滿 罔市 金鳳 春嬌 素娥 瑞芳 麗雪 玉霞 秋月 寶蓮 碧玉 "
    "美秀 淑貞 惠美 麗玉 月霞 雪芬 幸蓉 佳蓉 佩珊 雅雯 宜庭 詠晴 芯瑜 凱婷 巧雲 映彤 若涵 "
    "書瑜 筠婷 孟璇 曉薇 湘婷 琇瑩 秀蘭 寶猜 美娟 鳳嬌 淑美 燕玲 玉燕 惠珍 麗香 素卿 明珠 "
    "芊芊 巧玲 彩鳳 家甄 靜怡 宜君 姵君 怡萱 韻如 蓓蓓 瑩瑩 靖雯 昕妤 語嫣 筱婷 雨潔 紫涵"
)
_GIVEN_M = _w(
    "志明 家豪 建宏 俊傑 冠宇 承恩 柏翰 宇翔 冠廷 彥廷 明哲 志偉 俊宏 文雄 金龍 正雄 國華 "
    "榮發 坤山 添丁 進財 春生 清水 文賓 士傑 哲瑋 育誠 宗翰 信宏 昱廷 子軒 宥辰 品睿 晨恩 "
    "奕辰 睿恩 宸睿 秉宏 立偉 振宇 凱翔 建志 志豪 國榮 明德 天賜 阿水 火旺 來福 金城 永福 "
    "萬得 文龍 俊男 振興 朝陽 勝雄 光輝 耀宗 宏毅 信良 世昌 建國 國棟 正義 阿財 旺來 銘傳 "
    "偉倫 政宏 威廷 家銘 冠霖 孟哲 柏宇 博文 紹安 承翰 翊豪 韋辰 泓宇 禹安 祐維 竣凱 耀中 "
    "清輝 炳坤 文德 福全 振發 武雄 輝煌 茂盛 順發 有德 春木 炎山 明雄 瑞昌 景福 泰山 中和 "
    "哲宇 聖傑 嘉宏 毓麟 昇平 德馨 維哲 仲凱 子豪 書豪 智凱 庭瑋 謙益 浩然 啟賢 忠義 秉承"
)
_GIVEN_1_F = "芳玲婷娟敏靜慧雯萱琪瑜璇蓉晴蘋珊"
_GIVEN_1_M = "偉傑強明華豪翔勳忠信義仁德彬鈞霖浩澤凱瑋"
# Two-character given names are also composed from these halves (first, second by sex).
_GIVEN_POOL_A = "家宜佳雅怡品子思宇育詠睿彥文明嘉"
_GIVEN_POOL_B_F = "瑜婷君涵晴萱妤穎儀瑄琳蓁綺恩安"
_GIVEN_POOL_B_M = "豪宏廷翰軒辰緯誠銘維祥鈞傑恩安"

_INDIG_FIRST = [
    ("瓦歷斯", "Walis"), ("尤幹", "Yukan"), ("比令", "Pilin"), ("馬躍", "Mayaw"),
    ("巴奈", "Panay"), ("伊萬", "Iwan"), ("拉娃", "Lawa"), ("撒可努", "Sakinu"),
    ("阿道", "Adaw"), ("吉娃斯", "Ciwas"), ("優勞", "Yulaw"), ("達努", "Tanu"),
    ("阿洛", "Alo"), ("嘎照", "Kacaw"), ("莎韻", "Sayun"), ("尤命", "Yumin"),
    ("哈勇", "Hayung"), ("比浪", "Pilang"), ("瑪拉斯", "Maras"), ("芭翁", "Pawng"),
    ("依婉", "Ivan"), ("魯凱", "Rukai"), ("巴杜", "Pattu"), ("拉罕", "Lahan"),
    ("阿慕伊", "Amuy"), ("希瓦", "Siwa"), ("夏曼", "Syaman"), ("希婻", "Sinan"),
]  # fmt: skip
_INDIG_SECOND = [
    ("諾幹", "Nokan"), ("尤道", "Yudaw"), ("達利", "Tali"), ("巴萬", "Pawan"),
    ("吉拉", "Kila"), ("卡照", "Kacaw"), ("拉罕", "Rahan"), ("伊斯坦大", "Istanda"),
    ("馬賴", "Malay"), ("哈尼", "Hani"), ("古拉斯", "Kulas"), ("比雅日", "Piyaz"),
    ("谷木", "Kumu"), ("沙力浪", "Salizan"), ("達給斯", "Takis"), ("瓦旦", "Watan"),
    ("撒韻", "Sayun"), ("索克", "Sokor"), ("都奧", "Tuaw"), ("卡造", "Kacaw"),
    ("藍波安", "Rapongan"), ("馬耀", "Mayaw"), ("巴拉冠", "Palakuan"), ("卡那", "Kana"),
]  # fmt: skip
_VN_SUR = [
    ("阮", "Nguyen"), ("陳", "Tran"), ("黎", "Le"), ("范", "Pham"), ("黃", "Huynh"),
    ("潘", "Phan"), ("武", "Vu"), ("鄧", "Dang"), ("裴", "Bui"), ("杜", "Do"),
    ("胡", "Ho"), ("吳", "Ngo"), ("楊", "Duong"), ("李", "Ly"), ("丁", "Dinh"),
]  # fmt: skip
_VN_MID_F = [
    ("氏", "Thi"), ("氏", "Thi"), ("氏", "Thi"), ("玉", "Ngoc"), ("氏玉", "Thi Ngoc"),
    ("氏秋", "Thi Thu"), ("紅", "Hong"), ("氏清", "Thi Thanh"),
]  # fmt: skip
_VN_MID_M = [("文", "Van"), ("文", "Van"), ("明", "Minh"), ("友", "Huu"), ("德", "Duc")]
_VN_GIVEN_F = [
    ("芳", "Phuong"), ("蘭", "Lan"), ("香", "Huong"), ("秋", "Thu"), ("梅", "Mai"),
    ("英", "Anh"), ("玄", "Huyen"), ("鸞", "Loan"), ("雪", "Tuyet"), ("河", "Ha"),
    ("翠", "Thuy"), ("娥", "Nga"), ("心", "Tam"), ("蓮", "Lien"), ("燕", "Yen"),
    ("草", "Thao"), ("金", "Kim"), ("垂", "Thuy"), ("妝", "Trang"), ("絨", "Nhung"),
    ("貞", "Trinh"),
]  # fmt: skip
_VN_GIVEN_M = [
    ("雄", "Hung"), ("南", "Nam"), ("勇", "Dung"), ("俊", "Tuan"), ("山", "Son"),
    ("海", "Hai"), ("龍", "Long"), ("光", "Quang"), ("清", "Thanh"), ("強", "Cuong"),
]  # fmt: skip
_ID_GIVEN = [
    ("西蒂", "Siti"), ("黛維", "Dewi"), ("絲莉", "Sri"), ("努兒", "Nur"), ("麗娜", "Rina"),
    ("艾卡", "Eka"), ("尤莉", "Yuli"), ("茵達", "Indah"), ("瓦蒂", "Wati"), ("安妮", "Ani"),
    ("阿育", "Ayu"), ("菲特莉", "Fitri"), ("拉特娜", "Ratna"), ("烏蘭", "Wulan"),
]  # fmt: skip
_ID_GIVEN_M = [("阿古斯", "Agus"), ("布迪", "Budi"), ("埃科", "Eko"), ("哈里", "Hari")]
_ID_FAMILY = [
    ("阿米娜", "Aminah"), ("萊斯塔莉", "Lestari"), ("瓦尤妮", "Wahyuni"), ("拉哈玉", "Rahayu"),
    ("蘇珊蒂", "Susanti"), ("韓達雅妮", "Handayani"), ("普萬蒂", "Purwanti"),
    ("庫蘇瑪", "Kusuma"), ("瑪莉亞妮", "Maryani"), ("蘇莉亞妮", "Suryani"), ("寧希", "Ningsih"),
    ("哈塔蒂", "Hartati"), ("尤莉安娜", "Yuliana"), ("蘇米亞蒂", "Sumiati"),
]  # fmt: skip
_PH_GIVEN = [
    ("瑪莉亞", "Maria"), ("喬瑟琳", "Jocelyn"), ("安娜琳", "Analyn"), ("瑪莉特絲", "Marites"),
    ("蘿維娜", "Rowena"), ("蘿娜", "Lorna"), ("克莉絲汀娜", "Cristina"), ("珍妮佛", "Jennifer"),
    ("蘿莎莉", "Rosalie"), ("瑪莉賽", "Maricel"), ("喬伊", "Joy"), ("格蘭達", "Glenda"),
]  # fmt: skip
_PH_GIVEN_M = [("約翰", "John"), ("馬克", "Mark"), ("羅伯托", "Roberto"), ("何塞", "Jose")]
_PH_FAMILY = [
    ("桑托斯", "Santos"), ("雷耶斯", "Reyes"), ("克魯茲", "Dela Cruz"), ("包蒂斯塔", "Bautista"),
    ("賈西亞", "Garcia"), ("門多薩", "Mendoza"), ("拉莫斯", "Ramos"), ("阿基諾", "Aquino"),
    ("維拉紐瓦", "Villanueva"), ("卡斯蒂略", "Castillo"), ("佛洛雷斯", "Flores"),
    ("納瓦羅", "Navarro"),
]  # fmt: skip
_TH_GIVEN = [
    ("娜塔雅", "Nattaya"), ("詩麗蓬", "Siriporn"), ("瑪莉", "Malee"), ("萬妮達", "Wanida"),
    ("甘雅", "Kanya"), ("蘇妮莎", "Sunisa"), ("阿儂", "Anong"),
]  # fmt: skip
_TH_GIVEN_M = [
    ("頌猜", "Somchai"), ("頌沙", "Somsak"), ("巴頌", "Prasert"), ("本米", "Boonmee"),
    ("猜亞", "Chaiya"),
]  # fmt: skip
_TH_FAMILY = [
    ("詩素", "Srisuk"), ("乾瑪妮", "Kaewmanee"), ("謝唐", "Saetang"), ("汶雅叻", "Boonyarat"),
    ("猜亞蓬", "Chaiyaporn"), ("蓬瑪", "Phromma"), ("翁薩", "Wongsa"), ("通迪", "Thongdee"),
    ("素宅", "Sukjai"), ("叻達納功", "Rattanakorn"),
]  # fmt: skip

_KINDS = ("han", "indig", "vn", "idn", "ph", "th")
_NATION_OF = {"vn": "越南", "idn": "印尼", "ph": "菲律賓", "th": "泰國"}
_KIND_OF_NATION = {v: k for k, v in _NATION_OF.items()}
_REL = ("長子", "長女", "次子", "次女", "配偶", "女婿", "媳婦", "孫子", "姪女", "胞弟")
_REL_SEX = {
    "長子": "m", "次子": "m", "女婿": "m", "孫子": "m", "胞弟": "m", "案夫": "m", "兒子": "m",
    "先生": "m", "老公": "m", "父親": "m", "阿公": "m", "伯伯": "m", "弟弟": "m", "子": "m",
    "長女": "f", "次女": "f", "媳婦": "f", "姪女": "f", "案妻": "f", "女兒": "f", "太太": "f",
    "母親": "f", "阿嬤": "f", "姊姊": "f", "女": "f", "妻": "f", "孫女": "f", "前妻": "f",
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

_CITY_TABLE = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 "
    "士林區111 北投區112 內湖區114 南港區115 文山區116",
    "新北市": "板橋區220 三重區241 中和區235 永和區234 新莊區242 新店區231 土城區236 "
    "蘆洲區247 汐止區221 樹林區238 淡水區251 三峽區237 鶯歌區239 林口區244 烏來區233",
    "桃園市": "桃園區330 中壢區320 平鎮區324 八德區334 楊梅區326 蘆竹區338 龜山區333 "
    "龍潭區325 大溪區335 復興區336",
    "臺中市": "中區400 東區401 南區402 西區403 北區404 西屯區407 南屯區408 北屯區406 "
    "豐原區420 大里區412 太平區411 霧峰區413 沙鹿區433 清水區436 和平區424",
    "臺南市": "中西區700 東區701 南區702 北區704 安平區708 安南區709 永康區710 新營區730 "
    "麻豆區721 佳里區722 善化區741 新化區712",
    "高雄市": "新興區800 前金區801 苓雅區802 鹽埕區803 鼓山區804 前鎮區806 三民區807 "
    "楠梓區811 小港區812 左營區813 鳳山區830 岡山區820 旗山區842 美濃區843 茂林區851 "
    "桃源區848",
    "基隆市": "仁愛區200 信義區201 中正區202 中山區203 安樂區204 暖暖區205 七堵區206",
    "新竹市": "東區300 北區300 香山區300",
    "嘉義市": "東區600 西區600",
    "新竹縣": "竹北市302 竹東鎮310 湖口鄉303 新豐鄉304 關西鎮306 尖石鄉313 五峰鄉311",
    "苗栗縣": "苗栗市360 頭份市351 竹南鎮350 苑裡鎮358 通霄鎮357 南庄鄉353 泰安鄉365",
    "彰化縣": "彰化市500 員林市510 鹿港鎮505 和美鎮508 溪湖鎮514 北斗鎮521 二林鎮526",
    "南投縣": "南投市540 埔里鎮545 草屯鎮542 竹山鎮557 集集鎮552 水里鄉553 魚池鄉555 "
    "仁愛鄉546 信義鄉556 中寮鄉541 國姓鄉544",
    "雲林縣": "斗六市640 斗南鎮630 虎尾鎮632 西螺鎮648 北港鎮651 麥寮鄉638",
    "嘉義縣": "太保市612 朴子市613 民雄鄉621 大林鎮622 水上鄉608 竹崎鄉604 阿里山鄉605",
    "屏東縣": "屏東市900 潮州鎮920 東港鎮928 恆春鎮946 內埔鄉912 萬丹鄉913 三地門鄉901 "
    "瑪家鄉903 牡丹鄉945 來義鄉922",
    "宜蘭縣": "宜蘭市260 羅東鎮265 蘇澳鎮270 頭城鎮261 礁溪鄉262 南澳鄉272 大同鄉267",
    "花蓮縣": "花蓮市970 吉安鄉973 壽豐鄉974 鳳林鎮975 光復鄉976 玉里鎮981 秀林鄉972 "
    "萬榮鄉979 卓溪鄉982 瑞穗鄉978 新城鄉971",
    "臺東縣": "臺東市950 成功鎮961 關山鎮956 池上鄉958 卑南鄉954 太麻里鄉963 達仁鄉966 "
    "蘭嶼鄉952 海端鄉957 延平鄉953",
    "澎湖縣": "馬公市880 湖西鄉885 白沙鄉884 西嶼鄉881",
    "金門縣": "金城鎮893 金湖鎮891 金沙鎮890 金寧鄉892",
    "連江縣": "南竿鄉209 北竿鄉210",
}
_CITIES = {c: [(d[:-3], d[-3:]) for d in v.split()] for c, v in _CITY_TABLE.items()}
_ROADS = _w(
    "中山路 中正路 民生路 民權路 民族路 建國路 復興路 和平東路 忠孝東路 信義路 光復路 成功路 "
    "自由路 中華路 文化路 公園路 大同路 林森路 博愛路 三民路 五福路 勝利路 永福街 仁愛街 "
    "福德街 新生街 興隆路 長安街 四維路 國光路 府前路 站前路 金門街 環河路 河堤路 大學路 "
    "中興路 育英街 力行路 青年路 光明路 民有街 縣府路 中美路 國聯一路 富安路 明義街 中原路 "
    "延平路 正氣路 東大路 莒光路 和平路 介壽路 八德路 崇德路 太平路 新興街 文昌街 龍山寺街"
)
_VILLAGES = _w(
    "中正 忠孝 仁愛 和平 福德 永安 新生 長春 光明 大同 復興 建國 文化 東興 西湖 南興 北勢 "
    "頂寮 下林 福興 德興 民享 富世 崇德 銅門 水源 佳民 秀林 新社 竹村 大安 內灣 "
)
_LOCALITIES = _w("富世 民享 崇德 銅門 景美 和中 大坡 紅頭 椰油 溪口 新城 山下 頂厝 坑口 崙仔")

_HOSPITALS = _w(
    "臺大醫院 臺北榮總 馬偕紀念醫院 花蓮慈濟醫院 高雄長庚 成大醫院 臺中榮總 羅東聖母醫院 "
    "門諾醫院 屏東基督教醫院 彰化基督教醫院 亞東醫院 奇美醫院"
)
_MARKETS = _w(
    "東門市場 南門市場 第一公有零售市場 建國市場 新興市場 三民市場 永樂市場 水湳市場 "
    "西螺公有市場 鳳山第一公有市場 羅東公有零售市場 花蓮重慶市場 臺東中央市場 埔里第一市場"
)
_SCHOOLS = _w(
    "國立東華大學 國立臺東大學 國立政治大學 國立屏東科技大學 慈濟大學 輔仁大學 "
    "國立臺灣師範大學 國立暨南國際大學 長榮大學 義守大學 國立臺東專科學校 花蓮高工 "
    "國立臺東高中 國立花蓮女中 屏東縣立來義高中 新竹縣立尖石國中 國立臺中科技大學"
)
_DEPTS = _w(
    "社會工作學系 護理系 民族語言與傳播學系 資訊工程學系 觀光休閒學系 幼兒教育學系 "
    "土木工程學系 體育學系 餐旅管理科 電機科 普通科 音樂學系"
)
_TRIBES = _w(
    "阿美族 泰雅族 排灣族 布農族 卑南族 魯凱族 鄒族 賽夏族 雅美族 邵族 噶瑪蘭族 太魯閣族 "
    "撒奇萊雅族 賽德克族 拉阿魯哇族 卡那卡那富族"
)
_NATIONS = ("越南", "印尼", "菲律賓", "泰國", "柬埔寨", "緬甸", "中國大陸")

_EMAIL_DOMAINS = _w(
    "gmail.com gmail.com gmail.com yahoo.com.tw yahoo.com.tw hotmail.com outlook.com "
    "ms21.hinet.net ms45.hinet.net msa.hinet.net icloud.com ymail.com gms.ndhu.edu.tw "
    "mail.nttu.edu.tw livemail.tw"
)
_ROMAN_SUR = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh hung kuo chiu tseng liao "
    "lai chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung"
)
_ROMAN_SYL = _w("mei hui ya ting chih wei hsin yi chun ling hao jie yu hua ming fang shu pei kai")
_ENGLISH = _w(
    "amy jason kevin vivian grace peter tony sandy judy cindy eric alice winnie jenny nancy "
    "david allen ivy joyce lulu momo kiki ben"
)

_MONTHS_EN = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
_CN_DIGITS = "零一二三四五六七八九"

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

_FW_TABLE = {
    ord(c): ord(c) + 0xFEE0
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-()+.@#/_"
}
_FW_TABLE[ord(" ")] = 0x3000


def _to_fw(s: str) -> str:
    """Full-width forms of ASCII digits, letters and the usual separators."""
    return s.translate(_FW_TABLE)


def _cn(n: int) -> str:
    """Chinese numerals for 0-199 (民國一百零二年, 十二月...)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _CN_DIGITS[rest]
    if rest < 20:
        return "一百一十" + (_CN_DIGITS[rest % 10] if rest % 10 else "")
    return "一百" + _cn(rest)


def _normalise_width(text: str) -> str:
    """Length-preserving width folding (full-width ASCII forms and U+3000)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif o == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_RUN = re.compile(r"[A-Za-z0-9]+")
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[ \-][A-Za-z0-9]+)*")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_MOBILE_RE = re.compile(r"(?:\+?886[ \-.]?|0)9\d{2}[ \-.()]?\d{3}[ \-.]?\d{3}")


def _is_suspect(compact: str, with_mobile: bool) -> bool:
    """Whether a separator-free token is a valid ID, certificate, card (or mobile)."""
    if len(compact) == 10 and (twid.is_valid(compact) or arc.is_valid(compact)):
        return True
    if compact.isdigit() and 13 <= len(compact) <= 19 and creditcard.is_valid(compact):
        return True
    return (
        with_mobile and compact.startswith("09") and len(compact) == 10 and phone.is_valid(compact)
    )


def _suspects(text: str, with_mobile: bool) -> list[tuple[int, int]]:
    """Ranges of valid IDs, resident certificates, cards, e-mails (and mobiles)."""
    norm = _normalise_width(text)
    found: list[tuple[int, int]] = []
    for rx in (_RUN, _TOKEN):
        for m in rx.finditer(norm):
            if _is_suspect(m.group().replace(" ", "").replace("-", "").upper(), with_mobile):
                found.append(m.span())
    found.extend(m.span() for m in _EMAIL_RE.finditer(norm))
    if with_mobile:
        for m in _MOBILE_RE.finditer(norm):
            if phone.is_valid(m.group()):
                found.append(m.span())
    return found


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether a look-alike lies outside the gold spans (any at all, for a negative)."""
    for s, e in _suspects(text, with_mobile=negative):
        if negative or not any(a <= s and e <= b for a, b, _ in spans):
            return True
    return False


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def _han_given(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    u = r.random()
    if u < 0.12:
        return r.choice(_GIVEN_1_F if female else _GIVEN_1_M)
    if u < 0.35:
        return r.choice(_GIVEN_POOL_A) + r.choice(_GIVEN_POOL_B_F if female else _GIVEN_POOL_B_M)
    return r.choice(_GIVEN_F if female else _GIVEN_M)


def _han_surname(r: random.Random) -> str:
    return r.choice(_COMMON_SURNAMES) if r.random() < 0.55 else r.choice(_SURNAMES)


def _make_person(r: random.Random, kind: str, sex: str) -> tuple[str, str | None]:
    """A (name as written, other-script form or None) pair of the given kind and sex."""
    female = sex == "f"
    if kind == "han":
        u = r.random()
        if u < 0.07:
            return r.choice(_COMPOUND_SURNAMES) + _han_given(r, female), None
        if u < 0.14 and female:  # 冠夫姓: husband's surname before her own full name
            return _han_surname(r) + _han_surname(r) + _han_given(r, True), None
        return _han_surname(r) + _han_given(r, female), None
    if kind == "indig":
        (h1, l1), (h2, l2) = r.choice(_INDIG_FIRST), r.choice(_INDIG_SECOND)
        han = h1 + r.choice("‧‧·") + h2
        latin = f"{l1} {l2}"
        return (han, latin) if r.random() < 0.65 else (latin, han)
    if kind == "vn":
        hs, ls = r.choice(_VN_SUR)
        hm, lm = r.choice(_VN_MID_F if female else _VN_MID_M)
        hg, lg = r.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)
        han = hs + hm + hg
        latin = f"{ls} {lm} {lg}"
        if r.random() < 0.5:
            latin = latin.upper()
        return (han, latin) if r.random() < 0.55 else (latin, han)
    tables = {
        "idn": (_ID_GIVEN, _ID_GIVEN_M, _ID_FAMILY),
        "ph": (_PH_GIVEN, _PH_GIVEN_M, _PH_FAMILY),
        "th": (_TH_GIVEN, _TH_GIVEN_M, _TH_FAMILY),
    }
    given_f, given_m, family = tables[kind]
    (hg, lg), (hf, lf) = r.choice(given_f if female else given_m), r.choice(family)
    if kind == "idn" and r.random() < 0.2:  # many Indonesians carry a single name
        return (lf, hf) if r.random() < 0.6 else (hf, lf)
    han = hg + r.choice("‧·") + hf
    latin = f"{lg} {lf}"
    if r.random() < 0.35:
        latin = latin.upper()
    return (latin, han) if r.random() < 0.6 else (han, latin)


# --------------------------------------------------------------------------------------
# The sample builder
# --------------------------------------------------------------------------------------


class _G:
    """Accumulates one sample's text and spans; holds the random source and known names."""

    def __init__(
        self,
        r: random.Random,
        known: list[str],
        other: dict[str, str | None],
        kind_of: dict[str, tuple[str, str]],
    ):
        self.r = r
        self.known_set = set(known)
        self.other = other
        # The list's last names are never mentioned (an applicant column holds more people).
        usable = known[: max(1, int(len(known) * 0.85))]
        self.known_by_kind: dict[tuple[str, str], list[str]] = {}
        for nm in usable:
            self.known_by_kind.setdefault(kind_of[nm], []).append(nm)
        self.reset(False)

    def reset(self, negative: bool) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.pos = 0
        self.negative = negative
        self.fw_all = self.r.random() < 0.09

    # -- text ---------------------------------------------------------------------------
    def t(self, *texts: str) -> None:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)

    def c(self, *options: str) -> str:
        return self.r.choice(options)

    def tc(self, *options: str) -> None:
        self.t(self.r.choice(options))

    def span(self, label: str, value: str) -> None:
        assert not self.negative, "negatives hold no spans"
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))
        if label == "PERSON":
            self.known.append(value in self.known_set)

    def fw(self, s: str) -> str:
        return _to_fw(s) if self.fw_all or self.r.random() < 0.045 else s

    def text(self) -> str:
        return "".join(self.parts)

    # -- people -------------------------------------------------------------------------
    def pick(self, kind: str = "han", sex: str = "") -> str:
        """A name: from the known list about half of the time, else one in no list."""
        r = self.r
        if kind == "any":
            kind = r.choices(_KINDS, (70, 12, 8, 4, 3, 3))[0]
        elif kind == "foreign":
            kind = r.choices(("vn", "idn", "ph", "th"), (50, 22, 16, 12))[0]
        sex = sex or r.choice("fm")
        pool = self.known_by_kind.get((kind, sex)) or []
        if pool and r.random() < 0.5:
            return r.choice(pool)
        while True:
            nm, alt = _make_person(r, kind, sex)
            if nm not in self.known_set and (alt is None or alt not in self.known_set):
                self.other[nm] = alt
                return nm

    def name(self, kind: str = "han", pre: str = "", post: str = "", sex: str = "") -> str:
        nm = self.pick(kind, sex)
        self.t(pre)
        self.span("PERSON", nm)
        self.t(post)
        return nm

    def again(self, nm: str, pre: str = "", post: str = "") -> None:
        self.t(pre)
        self.span("PERSON", nm)
        self.t(post)

    def hon_name(self, kind: str = "han", honorifics: str = "") -> str:
        """A name with a sex-appropriate honorific (or none)."""
        sex = self.c("f", "m")
        words = {"f": ("小姐", "女士", "君", ""), "m": ("先生", "君", "")}[sex]
        if honorifics:
            words = tuple(w for w in honorifics.split("/") if w in words or w == "")
            words = words or ("",)
        return self.name(kind, post=self.c(*words), sex=sex)

    def kin(self, kind: str = "han", rels: tuple[str, ...] = ()) -> str:
        """A relative: a kinship word then a name of the matching sex."""
        rel = self.c(*(rels or _REL))
        self.t(rel)
        return self.name(kind, sex=_REL_SEX.get(rel, ""))

    # -- identifiers ----------------------------------------------------------------------
    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def twid_value(self) -> str:
        r = self.r
        letter = r.choice(sorted(LETTER_CODES))
        body = r.choice("12") + self.digits(7)
        return letter + body + id_check_digit(letter, body)

    def nid(self) -> None:
        v = self.fw(self.twid_value())
        if v.isascii() and self.r.random() < 0.03:
            v = v.lower()
        self.span("TW_NATIONAL_ID", v)

    def arc_value(self) -> str:
        r = self.r
        letter = r.choice(sorted(LETTER_CODES))
        if r.random() < 0.6:
            body = r.choice("89") + self.digits(7)
            return letter + body + id_check_digit(letter, body)
        second = r.choice("ABCD")
        body = str(LETTER_CODES[second] % 10) + self.digits(7)
        return letter + second + body[1:] + id_check_digit(letter, body)

    def arc(self) -> None:
        self.span("TW_RESIDENT_CERT", self.fw(self.arc_value()))

    def nhi(self) -> None:
        v = "0000" + self.digits(8) if self.r.random() < 0.7 else self.digits(12)
        style = self.r.random()
        if style < 0.35:
            v = f"{v[:4]} {v[4:8]} {v[8:]}"
        elif style < 0.6:
            v = f"{v[:4]}-{v[4:8]}-{v[8:]}"
        self.span("TW_NHI_CARD", self.fw(v))

    def passport(self, nat: str = "") -> None:
        r = self.r
        nat = nat or r.choice(("TW", "越南", "印尼", "菲律賓", "泰國"))
        if nat == "越南":
            v = r.choice("BCN") + self.digits(7)
        elif nat == "印尼":
            v = r.choice("ABCX") + self.digits(7)
        elif nat == "菲律賓":
            v = "P" + self.digits(7) + r.choice("ABC")
        elif nat == "泰國":
            v = r.choice(("AA", "AB", "AC", "AF")) + self.digits(7)
        else:
            v = "3" + self.digits(8)
        self.span("PASSPORT", self.fw(v))

    def card(self) -> None:
        r = self.r
        prefix, length = r.choice(
            (("4", 16), ("4", 16), ("5" + r.choice("12345"), 16), ("35" + r.choice("3456"), 16),
             (r.choice(("34", "37")), 15), ("62", 16), ("2" + r.choice("3457"), 16))
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        check = next(d for d in "0123456789" if creditcard.luhn_ok(body + d))
        v = body + check
        sep = r.choice((" ", " ", "-", ""))
        if length == 15:
            v = sep.join((v[:4], v[4:10], v[10:]))
        else:
            v = sep.join(v[i : i + 4] for i in range(0, len(v), 4))
        self.span("CREDIT_CARD", self.fw(v))

    def email(self) -> None:
        r = self.r
        shape = r.random()
        if shape < 0.3:
            local = f"{r.choice(_ENGLISH)}.{r.choice(_ROMAN_SUR)}"
        elif shape < 0.55:
            local = r.choice(_ROMAN_SUR) + r.choice(_ROMAN_SYL) + r.choice(_ROMAN_SYL)
        elif shape < 0.75:
            local = r.choice(_ENGLISH) + str(r.randint(1, 99)).zfill(r.choice((1, 2)))
        elif shape < 0.9:
            local = f"{r.choice(_ROMAN_SUR)}_{r.choice(_ROMAN_SYL)}{r.randint(60, 99)}"
        else:
            local = r.choice(("linh", "thuy", "siti", "dewi", "maria", "joy")) + str(
                r.randint(1985, 2003)
            )
        v = f"{local}@{r.choice(_EMAIL_DOMAINS)}"
        if self.fw_all and r.random() < 0.5:
            v = _to_fw(v)
        self.span("EMAIL", v)

    def mobile(self) -> None:
        r = self.r
        while True:
            num = "09" + self.digits(8)
            if phone.is_valid(num):
                break
        a, b, c = num[:4], num[4:7], num[7:]
        v = r.choice(
            (f"{a}-{b}-{c}", num, f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}-{b}{c}", f"{a}.{b}.{c}",
             f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}", f"+886{num[1:]}", f"({a}){b}{c}",
             f"886-{a[1:]}-{b}{c}", f"{a}{b}-{c}")
        )  # fmt: skip
        self.span("PHONE", self.fw(v))

    def landline(self, ext: bool | None = None, areas: str = "") -> None:
        r = self.r
        plans = (
            ("02", 8, "235678"), ("03", 7, "34589"), ("037", 6, "2345"), ("04", 8, "2"),
            ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2357"), ("06", 7, "2567"),
            ("07", 7, "35678"), ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"),
            ("0836", 5, "2"),
        )  # fmt: skip
        area, k, first = r.choice([p for p in plans if not areas or p[0] in areas.split()])
        for attempt in range(12):
            local = r.choice(first) + self.digits(k - 1)
            if phone.is_valid(area + local) or (attempt > 8 and phone.is_plausible(area + local)):
                break
        cut = {8: 4, 7: 3, 6: r.choice((2, 3)), 5: 1}[k]
        x, y = local[:cut], local[cut:]
        v = r.choice(
            (f"({area}){x}-{y}", f"{area}-{x}-{y}", f"{area}-{local}", f"({area}) {x} {y}",
             f"{area}{local}", f"{area}-{x}{y}", f"+886-{area[1:]}-{x}-{y}",
             f"+886 {area[1:]} {local}", f"({area}){local}")
        )  # fmt: skip
        if ext or (ext is None and r.random() < 0.25):
            e = str(r.choice((r.randint(10, 999), r.randint(1000, 9999), r.randint(100, 99999))))
            v += r.choice(
                ("分機", " 分機", " 分機 ", "#", " #", " ext.", " ext. ", " 轉", "轉", "x")
            )
            v += e
        self.span("PHONE", self.fw(v))

    def phone(self) -> None:
        if self.r.random() < 0.62:
            self.mobile()
        else:
            self.landline()

    def address(self, cities: tuple[str, ...] = ()) -> None:
        r = self.r
        city = r.choice(cities or tuple(_CITIES))
        dist, zp = r.choice(_CITIES[city])
        parts: list[str] = []
        if r.random() < 0.25:
            parts.append(zp + (self.digits(2) if r.random() < 0.3 else ""))
        parts.append(city if r.random() < 0.6 else city.replace("臺", "台"))
        parts.append(dist)
        township = dist.endswith("鄉")
        rural = township and r.random() < 0.5
        if rural or r.random() < 0.3:
            parts.append(r.choice(_VILLAGES) + ("村" if township else "里"))
            if rural or r.random() < 0.7:
                parts.append(f"{r.randint(1, 30)}鄰")
        if rural:
            parts.append(r.choice(_LOCALITIES))
            parts.append(f"{r.randint(1, 250)}號")
            if r.random() < 0.15:
                parts.append(f"之{r.randint(1, 9)}")
        else:
            road = r.choice(_ROADS)
            parts.append(road)
            if road.endswith("路") and r.random() < 0.35:
                sec = r.randint(1, 5)
                parts.append(f"{_cn(sec) if r.random() < 0.7 else sec}段")
            if r.random() < 0.4:
                parts.append(f"{r.randint(1, 320)}巷")
                if r.random() < 0.3:
                    parts.append(f"{r.randint(1, 40)}弄")
            parts.append(f"{r.randint(1, 680)}號")
            house_sub = r.random() < 0.12
            if house_sub:
                parts.append(f"之{r.randint(1, 12)}")
            if r.random() < 0.4:
                fl = r.randint(2, 15 if dist.endswith("區") or dist.endswith("市") else 5)
                # after 之N the floor is written in words (之7三樓), or digits would run together
                parts.append(f"{_cn(fl) if house_sub or r.random() < 0.3 else fl}樓")
                if r.random() < 0.12:
                    parts.append(f"之{r.randint(1, 8)}")
        v = "".join(parts)
        self.span("ADDRESS", _to_fw(v) if self.fw_all or r.random() < 0.05 else v)

    def birth(self, y0: int, y1: int, foreign: bool = False) -> None:
        r = self.r
        first, last = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
        d = dt.date.fromordinal(r.randint(first, last))
        y, m, dd, roc = d.year, d.month, d.day, d.year - 1911
        styles = [
            f"民國{roc}年{m}月{dd}日", f"{roc}年{m}月{dd}日", f"{roc:03d}.{m:02d}.{dd:02d}",
            f"{roc}.{m:02d}.{dd:02d}", f"{roc:03d}/{m:02d}/{dd:02d}", f"{roc}/{m}/{dd}",
            f"{roc:03d}{m:02d}{dd:02d}", f"民國{_cn(roc)}年{_cn(m)}月{_cn(dd)}日",
            f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}/{m}/{dd}", f"{y}年{m}月{dd}日",
            f"{y}.{m:02d}.{dd:02d}",
        ]  # fmt: skip
        if foreign:
            styles = [*styles[8:], f"{dd:02d}/{m:02d}/{y}", f"{dd:02d} {_MONTHS_EN[m - 1]} {y}"]
        v = r.choice(styles)
        self.span("BIRTH_DATE", self.fw(v) if "民國" not in v or r.random() < 0.3 else v)

    # -- non-personal look-alikes ---------------------------------------------------------
    def roc_date(self, year: int | None = None) -> str:
        r = self.r
        y = year or r.choice((111, 112, 113, 113, 114))
        m, d = r.randint(1, 12), r.randint(1, 28)
        return self.c(f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}", f"{m}/{d}")

    def docno(self, orgs: tuple[str, ...]) -> str:
        y = self.c("112", "113", "113", "114")
        return f"{self.r.choice(orgs)}字第{y}{self.digits(7)}號"

    def amount(self, lo: int, hi: int) -> str:
        v = self.r.randint(lo, hi)
        s = f"{v:,}" if self.r.random() < 0.7 else str(v)
        return self.c(f"新臺幣{s}元", f"{s}元", f"NT${s}", f"新台幣{s}元")

    def ban(self) -> str:
        while True:
            v = self.digits(8)
            if ban_mod.is_valid(v):
                return self.fw(v) if self.r.random() < 0.1 else v

    def plate(self) -> str:
        r = self.r
        up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        letters = "".join(r.choice(up) for _ in range(r.choice((2, 3))))
        return self.c(f"{letters}-{self.digits(4)}", f"{self.digits(4)}-{letters[:2]}")

    def gantry(self) -> str:
        return f"0{self.c('1', '3', '5')}F{self.digits(4)}{self.c('N', 'S')}"


# --------------------------------------------------------------------------------------
# Shared fragments
# --------------------------------------------------------------------------------------

_SURNAME_WORDS = _w(
    "黃昏市場 林務局 高速公路 張貼公告 陳列架 許可證 周邊道路 方案 王道 白米 文件 馬上 簡易 "
    "連續假期 施工 康復 溫度 曾經 洪水 葉菜類 石材 田埂 古早味 江邊 游泳池 包裝 程序 關係 "
    "夏季 雷雨 龍眼 車道 全額 成功 方向 易燃物 水電 藍色 紀錄 常態 尤其 凌晨 胡椒 金額 安全 "
    "余額查詢 朱槿 湯品 甘藍 史料 童玩 華語 錢包 雷射 孔洞 杜絕 江湖 宋體字 左轉 車輛 "
    "吳郭魚 毛巾 丁字路口 戴口罩 牛肉麵 范本"
)

_OFFICE_ORGS = {
    "toll": ("北分管", "中分管", "南分管", "路字", "交路"),
    "hospice": ("衛部醫", "北市衛醫", "府衛醫"),
    "scholar": ("原民教", "原教", "府原教"),
    "market": ("北市市處管", "高市經市", "中市經市", "府經市"),
    "quake": ("府建使", "府社救", "府授工", "花府建"),
    "newres": ("移署移輔", "府社新", "府授社"),
}


def _sep(g: _G) -> str:
    return g.c("：", "：", ":", "：", "　")


def _table(
    g: _G, headers: list[str], cells: list[Callable[[], object]], nrows: int, seps: str = ""
) -> None:
    """A table pasted as text: header row, then rows whose cells append themselves."""
    sep = seps or g.c("｜", "\t", " | ", "  ", "，", "　")
    g.t(sep.join(headers), "\n")
    for _ in range(nrows):
        for j, cell in enumerate(cells):
            if j:
                g.t(sep)
            cell()
        g.t("\n")


def _num(g: _G) -> Callable[[], None]:
    counter = {"i": 0}

    def cell() -> None:
        counter["i"] += 1
        g.t(str(counter["i"]))

    return cell


# --------------------------------------------------------------------------------------
# Genre 1: 國道通行費欠費與申訴
# --------------------------------------------------------------------------------------


def _open_close(g: _G) -> tuple[str, str]:
    return g.r.choice((("（", "）"), ("(", ")"), ("，", ""), (" ", ""), ("，電話", "")))


def _toll_letter(g: _G) -> None:
    g.t("受文者：")
    nm = g.hon_name("any")
    g.t("\n")
    if g.r.random() < 0.6:
        g.t("地址", _sep(g))
        g.address()
        g.t("\n")
    g.t("發文日期：中華民國", g.roc_date(113), "\n")
    g.t("發文字號：", g.docno(_OFFICE_ORGS["toll"]), "\n")
    g.t("主旨：有關台端", g.c("申訴", "陳情", "申請"), "國道計程通行費")
    g.tc("誤扣", "重複扣款", "欠費補繳", "逾期加收作業處理費")
    g.t("一案，復如說明，請查照。\n說明：\n一、依據台端", g.roc_date(113), "來函辦理")
    if g.r.random() < 0.5:
        g.t("（申訴人：")
        g.again(nm)
        g.t("，身分證統一編號：")
        g.nid()
        g.t("）")
    g.t("。\n二、經查車號", g.plate(), "於", g.roc_date(113), "行經國道")
    g.t(g.c("1", "3", "5"), "號", g.gantry(), "門架，應繳通行費", g.amount(20, 400), "，")
    g.tc("因eTag感應異常致未扣款", "因儲值帳戶餘額不足", "係車輛過戶前所生", "經核屬實")
    g.t("，", g.c("已辦理退費", "請於文到15日內補繳", "本案免收作業處理費", "尚難同意免繳"), "。\n")
    g.t("三、如有疑義，請洽承辦人")
    g.name("han")
    op, cl = _open_close(g)
    g.t(op)
    g.landline(ext=True, areas="02 03 04 07")
    g.t(cl, "。")


def _toll_caselog(g: _G) -> None:
    g.t(g.roc_date(113), " ")
    g.tc("來電", "臨櫃", "網路申訴", "客服轉單")
    g.t(g.c("：", "，", " "))
    g.tc("車主", "民眾", "申訴人", "")
    nm = g.name("any")
    op, cl = _open_close(g)
    g.t(op)
    g.phone()
    g.t(cl, "，")
    g.tc("稱車輛已於", "表示", "反映")
    g.t(g.roc_date(113), g.c("過戶給", "轉賣給", "借給"))
    if g.r.random() < 0.6:
        g.kin("any", ("朋友", "前妻", "兒子", "女兒", "同事"))
    else:
        g.name("han")
    g.t("，欠費單仍寄到", g.c("原戶籍地", "舊址", ""))
    if g.r.random() < 0.7:
        g.address()
    g.t("，請求轉正。")
    g.tc("已請其提供過戶證明", "請其至監理站調閱異動紀錄", "已轉區工處處理", "告知補件方式")
    if g.r.random() < 0.55:
        g.t("，資料寄", g.c("", " ", "至"))
        g.email()
    g.t("。")
    if g.r.random() < 0.4:
        g.t("\n（補記）")
        g.again(nm)
        g.t(g.c("下午再來電催辦", "表示不接受處理結果", "已補件"), "。")


def _toll_call(g: _G) -> None:
    g.t("客服錄音摘要（", g.roc_date(113), "）\n")
    sex = g.c("f", "m")
    g.t("民眾：喂，我是")
    g.name("any", sex=sex)
    g.t(g.c("啦", "", "喔"), "，你們寄那個欠費的單子給我，可是我那天根本沒有上高速公路啊。\n")
    g.t("客服：好的，請問您的身分證字號？\n民眾：")
    if g.r.random() < 0.25:
        g.arc()
    else:
        g.nid()
    g.t("。\n客服：車號是？\n民眾：", g.plate(), "。\n")
    g.t("客服：我們查到", g.roc_date(113), "有經過", g.gantry(), "門架，金額", g.amount(30, 300))
    g.t("。\n民眾：那是我")
    spouse = ("先生",) if sex == "f" else ("太太",)
    rel = g.c("兒子", "女兒", *spouse)
    g.t(rel, "開的啦，")
    g.name("han", sex=_REL_SEX[rel])
    g.t(g.c("他", "她") if rel == "" else ("她" if _REL_SEX[rel] == "f" else "他"))
    g.tc("沒跟我講", "應該有繳", "在外地工作")
    g.t("。\n客服：那麻煩留個電話，我們再回覆您。\n民眾：")
    g.phone()
    g.t("。")
    if g.r.random() < 0.3:
        g.t("\n處理人員：")
        g.name("han")
        g.t(g.c("", "（代理）"))


def _toll_form(g: _G) -> None:
    g.t(g.c("國道通行費補繳申請書", "國道計程通行費申訴單", "通行費退費申請表"), "\n")
    fields: list[tuple[str, Callable[[], object]]] = [
        ("申請人", lambda: g.name("any")),
        (g.c("身分證字號", "身分證統一編號", "國民身分證統一編號"), g.nid),
        (g.c("出生日期", "出生年月日"), lambda: g.birth(1950, 2004)),
        (g.c("聯絡電話", "手機", "電話"), g.phone),
        (g.c("電子郵件", "E-mail", "Email"), g.email),
        (g.c("通訊地址", "戶籍地址", "地址"), g.address),
        ("車號", lambda: g.t(g.plate())),
        (g.c("扣款信用卡號", "信用卡卡號", "退款信用卡"), g.card),
        ("欠費金額", lambda: g.t(g.amount(30, 9000))),
    ]
    keep = [f for i, f in enumerate(fields) if i in (0, 6) or g.r.random() < 0.6]
    if g.r.random() < 0.15:
        keep.insert(2, ("護照號碼（租車人）", lambda: g.passport()))
    for key, fn in keep:
        g.t(key, _sep(g))
        fn()
        g.t("\n" if g.r.random() < 0.75 else "　")
    g.t("申請日期：", g.roc_date(113))


def _toll_table(g: _G) -> None:
    g.t(g.c("113年度逾期未繳通行費追繳清冊", "欠費催繳名單（第2批）", "申訴案件彙整表"), "\n")
    cells: list[Callable[[], object]] = [
        _num(g),
        lambda: g.name("any"),
        lambda: g.t(g.plate()),
        lambda: g.t(g.amount(30, 5000)),
        g.phone,
    ]
    heads = ["序號", "車主", "車號", "欠費金額", "聯絡電話"]
    if g.r.random() < 0.3:
        cells.insert(2, g.nid)
        heads.insert(2, "身分證字號")
    _table(g, heads, cells, g.r.randint(2, 5))
    g.t("製表：")
    g.name("han")


def _toll_foreign(g: _G) -> None:
    g.tc("移工", "外籍勞工", "外籍人士")
    nat = g.c("越南", "印尼", "菲律賓", "泰國")
    nm = g.name(_KIND_OF_NATION[nat])
    g.t("（", nat, "籍，")
    if g.r.random() < 0.6:
        g.t("護照號碼")
        g.passport(nat)
        g.t("，")
    g.t("居留證號")
    g.arc()
    g.t("）駕駛雇主")
    g.name("han")
    g.t(g.c("名下", "所有之", ""), "車輛", g.plate(), "，")
    g.t("累計欠繳通行費", g.amount(200, 8000), "，")
    g.tc("雇主表示將代為繳納", "已通知仲介公司協助", "本人已至超商補繳")
    g.t("。")
    if g.r.random() < 0.5:
        g.t("聯絡：")
        g.again(nm)
        g.t(" ")
        g.mobile()


# --------------------------------------------------------------------------------------
# Genre 2: 安寧療護家庭會議紀錄
# --------------------------------------------------------------------------------------


def _hospice_meeting(g: _G) -> None:
    g.t(g.c("安寧家庭會議紀錄", "家庭會議記錄", "【安寧共照】家庭會議"), "\n")
    g.t("日期：", g.roc_date(113), g.c("　", "  ", "\n"), "地點：", g.c("9B", "12A", "7東"))
    g.t("病房會談室\n病人：")
    g.name("han")
    g.t("（", str(g.r.randint(58, 96)), "歲，", g.c("肺癌", "肝癌", "胰臟癌", "大腸癌", "口腔癌"))
    g.t(g.c("末期", "第四期", "合併骨轉移"), "）\n出席：主治醫師")
    g.name("han")
    g.t("、", g.c("專科護理師", "安寧護理師", "護理長"))
    g.name("han")
    g.t("、社工師")
    sw = g.name("han")
    for _ in range(g.r.randint(1, 3)):
        g.t("、")
        g.kin()
    g.t("\n討論：\n1. 醫師說明病人目前")
    g.tc("意識清楚但進食量少", "已出現譫妄", "疼痛控制尚可", "呼吸喘需氧氣")
    g.t("，預估存活期", g.c("數週", "一至兩個月", "數日"), "。\n2. ")
    g.kin()
    g.t("表示「", g.c("爸爸之前有說過不要插管", "媽媽想回家", "希望能再撐到過年"), "」。\n")
    g.t("決議：", g.c("家屬同意簽署DNR", "轉居家安寧", "持續症狀控制", "安排宗教師探視"), "。\n")
    g.t("紀錄：")
    g.again(sw)


def _hospice_note(g: _G) -> None:
    g.tc("社工紀錄", "護理紀錄", "個管師紀錄", "")
    g.t(g.c(" ", "：", "\n"), g.roc_date(113), " ")
    g.tc("案主", "病人", "個案")
    sex = g.c("f", "m")
    nm = g.name("han", sex=sex)
    g.t("之")
    g.kin("han", ("女", "子", "孫", "孫女", "妻" if sex == "m" else "女"))
    g.t(g.c("來電", "至護理站", "於門診"))
    op, cl = _open_close(g)
    g.t(op)
    g.mobile()
    g.t(cl, "，表示", "父親" if sex == "m" else "母親")
    g.tc("在家喘", "疼痛加劇", "在家無人照顧", "想了解安寧病房費用")
    g.t("，預計", g.roc_date(113), "入住安寧病房。")
    if g.r.random() < 0.6:
        g.t("案主健保卡號", g.c("", "：", " "))
        g.nhi()
        g.t("，")
    if g.r.random() < 0.6:
        g.t("出生", g.c("", "日期"))
        g.birth(1928, 1965)
        g.t("，")
    g.t("已告知須攜帶", g.c("DNR意願書", "病歷摘要", "身分證"), "。")
    if g.r.random() < 0.3:
        g.t("\n")
        g.again(nm)
        g.t("本人意識清楚，可表達意願。")


def _hospice_speech(g: _G) -> None:
    g.t("家屬發言（逐字）：\n")
    for _ in range(g.r.randint(1, 3)):
        g.t(g.c("家屬", "", "家屬代表"))
        rel = g.c(*_REL)
        g.name("han", sex=_REL_SEX.get(rel, ""))
        g.t("（", rel, "）：「")
        g.tc(
            "我爸之前有說過不要插管，我們兄弟姊妹都同意。",
            "阿母講伊要轉去厝，不要死在醫院。",
            "可以再打營養針嗎？我不想放棄。",
            "醫生你就照實講，我媽其實都知道。",
            "我姊在國外，要等她回來再決定。",
        )
        g.t("」\n")
    g.t("醫師")
    g.name("han")
    g.t("回應：", g.c("將尊重病人意願", "安排下週再開會", "先以舒適照護為主"), "。")


def _hospice_form(g: _G) -> None:
    g.t(g.c("安寧住院意願評估表", "安寧居家療護收案表", "預立醫療照護諮商紀錄單"), "\n")

    def carer() -> None:
        rel = g.c(*_REL)
        g.name("any", sex=_REL_SEX.get(rel, ""))
        g.t("　關係", _sep(g), rel)

    fields: list[tuple[str, Callable[[], object]]] = [
        ("病人姓名", lambda: g.name("any")),
        ("身分證字號", g.nid),
        (g.c("出生年月日", "生日"), lambda: g.birth(1925, 1970)),
        (g.c("健保卡號", "健保卡卡號"), g.nhi),
        ("主要照顧者", carer),
        (g.c("照顧者電話", "聯絡電話"), g.phone),
        ("醫療委任代理人", lambda: (g.name("han"), g.t("　身分證字號", _sep(g)), g.nid())),
        (g.c("住址", "居住地址", "戶籍地"), g.address),
        ("家屬E-mail", g.email),
    ]
    for i, (key, fn) in enumerate(fields):
        if i == 0 or g.r.random() < 0.6:
            g.t(key, _sep(g))
            fn()
            g.t("\n")
    g.t("評估者：")
    g.name("han")
    g.t(g.c("（安寧護理師）", " RN", ""))


def _hospice_table(g: _G) -> None:
    g.t(g.c("出席名單", "家庭會議出席者", "聯絡窗口"), "\n")

    sep = g.c("｜", "\t", " | ", "  ", "，")

    def role_and_name() -> None:  # two columns: the role decides the name's sex
        rel = g.c("主治醫師", "社工師", "心理師", "宗教師", *_REL)
        g.t(rel, sep)
        g.name("han", sex=_REL_SEX.get(rel, ""))

    _table(g, ["職稱/關係", "姓名", "聯絡方式"], [role_and_name, g.phone], g.r.randint(2, 5), sep)


def _hospice_caregiver(g: _G) -> None:
    g.t("外籍看護")
    nat = g.c("印尼", "越南", "菲律賓")
    g.name(_KIND_OF_NATION[nat], sex="f")
    g.t("（", nat, "籍，居留證號")
    g.arc()
    g.t("）全天陪伴病人")
    word = g.c("阿嬤", "阿公", "伯伯", "女士", "")
    g.name("han", sex=_REL_SEX.get(word, "f" if word == "女士" else ""))
    g.t(word, "，")
    g.tc("夜間照顧吃力", "與家屬溝通需通譯", "表示病人晚上常叫痛")
    g.t("。請社工")
    g.name("han")
    g.t("協助", g.c("申請喘息服務", "安排通譯", "聯繫仲介"), "，仲介聯絡電話")
    g.landline()
    g.t("。")


# --------------------------------------------------------------------------------------
# Genre 3: 原住民族獎助學金審查
# --------------------------------------------------------------------------------------


def _stu(g: _G) -> str:
    return g.name(g.c("indig", "indig", "han"))


def _scholar_list(g: _G) -> None:
    g.t(g.c("113學年度第1學期原住民族獎助學金審查名單", "原住民學生助學金初審結果"), "\n")

    def masked_id() -> None:
        g.t(g.c(*"ABCDEFGHKMNPQTUV"), g.c("1", "2"), g.digits(2), "****", g.digits(2))

    cells: list[Callable[[], object]] = [
        _num(g),
        lambda: _stu(g),
        lambda: g.t(g.c(*_TRIBES)),
        lambda: g.t(g.c(*_SCHOOLS), g.c(*_DEPTS)),
        lambda: g.t(str(g.r.randint(68, 96))),
        lambda: g.t(g.c("通過", "通過", "補件", "不通過")),
    ]
    headers = ["編號", "姓名", "族別", "學校系級", "學業成績", "審查結果"]
    if g.r.random() < 0.3:
        cells.insert(2, masked_id)
        headers.insert(2, "身分證字號")
    elif g.r.random() < 0.2:
        cells.insert(2, lambda: g.birth(1999, 2009))
        headers.insert(2, "出生日期")
    _table(g, headers, cells, g.r.randint(2, 5))
    g.t("審查委員：")
    g.name("han")
    g.t("、")
    g.name(g.c("han", "indig"))


def _scholar_letter(g: _G) -> None:
    g.t("主旨：核定貴校學生")
    first = _stu(g)
    k = g.r.randint(2, 6)
    g.t("等", str(k), "名113學年度第", g.c("1", "2"), "學期原住民族獎助學金，請查照。\n說明：\n")
    g.t("一、依據", g.docno(_OFFICE_ORGS["scholar"]), "函辦理。\n")
    g.t("二、獲核定學生名單如下：")
    g.again(first)
    g.t("（", g.c(*_TRIBES), "）")
    for _ in range(g.r.randint(1, 3)):
        g.t("、")
        _stu(g)
        g.t("（", g.c(*_TRIBES), "）")
    g.t("，每名", g.amount(8000, 35000), "。\n三、請於", g.roc_date(113), "前完成撥款。\n")
    g.t("承辦人：")
    g.name("han")
    g.t(g.c("　電話：", "　", " 聯絡電話 "))
    g.landline(ext=True, areas="02 03 089 08 049")


def _scholar_note(g: _G) -> None:
    nm = _stu(g)
    g.t("（", g.c(*_TRIBES), "，", g.c(*_SCHOOLS), "）", g.c("：", "－", "，"))
    g.tc("成績證明缺漏", "族語認證證書影本不清", "家庭年所得證明過期", "低收入戶證明未附")
    g.t("，已以email ")
    g.email()
    g.t(" 通知補件；", g.c("電話", "手機"))
    g.mobile()
    g.t(g.c("未接", "已留言", "已聯繫到本人"), "。")
    if g.r.random() < 0.5:
        g.t("\n")
        g.kin(g.c("han", "indig"), ("母親", "父親", "阿嬤", "姊姊"))
        g.t("表示會協助")
        g.again(nm)
        g.t("於", g.roc_date(113), "前補齊。")


def _scholar_form(g: _G) -> None:
    g.t("原住民族學生獎助學金申請表\n")
    fields: list[tuple[str, Callable[[], object]]] = [
        ("學生姓名", lambda: g.name("han")),
        ("族名（羅馬拼音）", lambda: g.name("indig")),
        ("族別", lambda: g.t(g.c(*_TRIBES))),
        ("身分證字號", g.nid),
        ("出生日期", lambda: g.birth(1998, 2010)),
        ("就讀學校", lambda: g.t(g.c(*_SCHOOLS))),
        (
            "戶籍地址",
            lambda: g.address(("花蓮縣", "臺東縣", "屏東縣", "南投縣", "新竹縣", "桃園市")),
        ),
        ("聯絡電話", g.phone),
        ("電子信箱", g.email),
    ]
    for i, (key, fn) in enumerate(fields):
        if i in (0, 2) or g.r.random() < 0.6:
            g.t(key, _sep(g))
            fn()
            g.t(g.c("\n", "\n", "；"))
    g.t("家長（監護人）簽章：")
    g.name(g.c("han", "indig"))


def _scholar_meeting(g: _G) -> None:
    g.t("審查會議發言摘要\n")
    g.tc("委員", "主席")
    g.name("han")
    g.t("：這位")
    nm = _stu(g)
    g.t("同學的", g.c("族語認證是中高級", "成績有進步", "服務學習時數不足"), "，")
    g.tc("建議通過。", "我建議補件後再議。", "大家有沒有意見？")
    g.t("\n委員")
    g.name(g.c("indig", "han"))
    g.t("：我同意，另外")
    g.again(nm)
    g.t("的")
    g.kin(g.c("indig", "han"), ("弟弟", "姊姊"))
    g.t("去年也有申請過。")


# --------------------------------------------------------------------------------------
# Genre 4: 零售市場攤位轉讓
# --------------------------------------------------------------------------------------


def _stall(g: _G) -> str:
    return g.c(f"第{g.r.randint(1, 180)}號攤位", f"{g.c('A', 'B', 'C')}區{g.r.randint(1, 60)}號攤")


def _market_form(g: _G) -> None:
    g.t("零售市場攤（舖）位使用權轉讓申請書\n")
    g.t("市場名稱：", g.c(*_MARKETS), "　攤位號碼：", _stall(g), "\n")
    g.t("讓與人：")
    g.name("any")
    if g.r.random() < 0.7:
        g.t("　身分證字號：")
        g.nid()
    if g.r.random() < 0.6:
        g.t("　電話：")
        g.phone()
    g.t("\n受讓人：")
    foreign = g.r.random() < 0.3
    g.name("foreign" if foreign else "han")
    g.t("　", g.c("居留證號" if foreign else "身分證字號"), "：")
    if foreign:
        g.arc()
    else:
        g.nid()
    if g.r.random() < 0.6:
        g.t("\n受讓人出生年月日：")
        g.birth(1955, 2000, foreign=foreign)
    if g.r.random() < 0.7:
        g.t("\n受讓人住址：")
        g.address(("臺北市", "新北市", "臺中市", "高雄市", "臺南市", "宜蘭縣", "花蓮縣"))
    g.t("\n營業項目：", g.c("蔬果", "肉品", "水產", "熟食", "南北貨", "花卉"))
    g.t("\n轉讓原因：", g.c("年邁退休", "讓與直系血親", "讓與配偶", "健康因素"), "\n")
    if g.r.random() < 0.35:
        g.t("使用費自動扣繳信用卡：")
        g.card()
        g.t("\n")
    g.t("申請日期：", g.roc_date(113))


def _market_letter(g: _G) -> None:
    g.t("主旨：", g.c(*_MARKETS), _stall(g), "攤商")
    holder = g.hon_name("any", "君/")
    g.t("申請將攤位使用權轉讓予其")
    g.kin(g.c("han", "han", "foreign"), ("子", "女", "配偶", "媳婦"))
    g.t("一案，", g.c("准予備查", "准予轉讓", "歉難同意"), "，請查照。\n說明：\n")
    g.t("一、復台端", g.roc_date(113), "申請書。\n二、依《零售市場管理條例》第", g.c("11", "12"))
    g.t("條及本市公有零售市場攤位使用規則辦理。\n三、受讓人應於", g.roc_date(113))
    g.t("前繳清保證金", g.amount(3000, 30000), "。\n正本：")
    g.again(holder)
    g.t(g.c("君", "台端", ""))
    if g.r.random() < 0.6:
        g.t("（")
        g.address()
        g.t("）")


def _market_log(g: _G) -> None:
    g.t(g.roc_date(113), " 市場管理員")
    g.name("han")
    g.t("回報：", _stall(g), "實際經營者為登記攤商")
    g.name("han")
    g.t("之", g.c("配偶", "媳婦"))
    nat = g.c("越南", "印尼", "泰國")
    g.name(_KIND_OF_NATION[nat], sex="f")
    g.t("（", nat, "籍")
    if g.r.random() < 0.7:
        g.t("，居留證號")
        g.arc()
    g.t("），與登記不符，")
    g.tc("已通知限期辦理轉讓", "請其補正資料", "將提自治會討論")
    g.t("。")
    if g.r.random() < 0.5:
        g.t("聯絡電話")
        g.phone()
        g.t("。")


def _market_table(g: _G) -> None:
    g.t(g.c(*_MARKETS), " 攤位使用人一覽（", g.roc_date(113), "更新）\n")
    cells: list[Callable[[], object]] = [
        lambda: g.t(str(g.r.randint(1, 120))),
        lambda: g.name("any"),
        lambda: g.t(g.c("蔬果", "豬肉", "雞鴨", "魚貨", "熟食", "乾貨", "花卉")),
        g.phone,
    ]
    _table(g, ["攤號", "使用人", "營業項目", "電話"], cells, g.r.randint(2, 6))


def _market_speech(g: _G) -> None:
    g.t("（訪談紀錄）攤商")
    g.name("han")
    g.t("說：「阿我做", g.c("三十幾", "二十", "四十"), "年了，")
    g.tc("腳不好了", "孩子都在台北", "想休息了")
    g.t("，要交給我")
    if g.r.random() < 0.5:
        g.kin("foreign", ("媳婦",))
    else:
        g.kin("han", ("媳婦", "女兒"))
    g.t("，她", g.c("很認真", "嫁來十年了", "每天都在幫忙"), "。」\n")
    g.t("受讓人電話：")
    g.mobile()
    if g.r.random() < 0.5:
        g.t("；生日：")
        g.birth(1965, 1998)


# --------------------------------------------------------------------------------------
# Genre 5: 震災建物評估與救助
# --------------------------------------------------------------------------------------

_QUAKE_CITIES = ("花蓮縣", "花蓮縣", "臺南市", "高雄市", "南投縣", "宜蘭縣", "臺東縣")


def _quake_form(g: _G) -> None:
    g.t(g.c("建築物緊急危險評估表", "震損建物初評紀錄"), "\n評估日期：", g.roc_date(113), "\n")
    g.t("建物地址：")
    g.address(_QUAKE_CITIES)
    g.t("\n所有權人：")
    g.name("any")
    if g.r.random() < 0.7:
        g.t(g.c("　聯絡電話：", "　電話：", "\n聯絡電話："))
        g.phone()
    if g.r.random() < 0.4:
        g.t("\n身分證字號：")
        g.nid()
    g.t("\n評估結果：", g.c("紅單（危險）", "黃單（暫停使用）", "綠單（安全）"), "\n")
    g.t("評估人員：")
    g.name("han")
    g.t(g.c("（結構技師）", "（土木技師）", " 建築師", ""))
    if g.r.random() < 0.5:
        g.t("、")
        g.name("han")


def _quake_roll(g: _G) -> None:
    g.t(g.c("受災戶名冊", "震災慰助金發放清冊", "租金補貼核定名單"), "\n")
    cols: list[tuple[str, Callable[[], object]]] = [
        ("編號", _num(g)),
        ("戶長", lambda: g.name("any")),
        ("身分證字號", g.nid),
        ("出生日期", lambda: g.birth(1935, 1990)),
        ("受損地址", lambda: g.address(_QUAKE_CITIES)),
        ("受損程度", lambda: g.t(g.c("全倒", "半倒", "毀損"))),
        ("核定金額", lambda: g.t(g.amount(20000, 200000))),
    ]
    keep = [c for i, c in enumerate(cols) if i < 2 or g.r.random() < (0.25 if i == 3 else 0.6)]
    _table(g, [h for h, _ in keep], [f for _, f in keep], g.r.randint(1, 4))
    g.t("承辦：")
    g.name("han")


def _quake_visit(g: _G) -> None:
    g.t(g.roc_date(113), " 訪視 ")
    word = g.c("阿嬤", "阿公", "先生", "女士", "", "伯伯")
    nm = g.name("any", post=word, sex={"女士": "f"}.get(word, _REL_SEX.get(word, "")))
    g.t("（", g.c("獨居", "與孫同住", "身障"), "，", str(g.r.randint(65, 93)), "歲），住")
    g.address(_QUAKE_CITIES)
    g.t("，房屋", g.c("半倒", "牆面龜裂", "列黃單"), "，")
    g.tc("已協助申請租金補貼", "暫住親友家", "轉介至收容所")
    g.t("。聯絡人")
    g.kin("han", ("孫子", "女兒", "鄰長", "兒子", "孫女"))
    g.t(" ")
    g.mobile()
    if g.r.random() < 0.4:
        g.t("；")
        g.again(nm)
        g.t("生日")
        g.birth(1930, 1960)
    g.t("。")


def _quake_letter(g: _G) -> None:
    g.t("主旨：核撥")
    g.name("any")
    k = g.r.randint(2, 30)
    g.t("等", str(k), "戶", g.c("0403地震", "震災"), "慰助金，請查照。\n說明：\n")
    g.t("一、依據《災害防救法》及本縣災害救助金核發作業要點辦理。\n")
    g.t("二、每戶核發", g.amount(10000, 200000), "，已匯入受災戶指定帳戶。\n")
    g.t("三、如未收到款項，請洽")
    g.name("han")
    op, cl = _open_close(g)
    g.t(op)
    g.landline(ext=True, areas="03 06 07 049 089")
    g.t(cl, "。")
    if g.r.random() < 0.4:
        g.t("或來信 ")
        g.email()


def _quake_tourists(g: _G) -> None:
    g.t(g.c("太魯閣受困旅客名單", "震後受傷旅客送醫紀錄"), "（", g.roc_date(113), "）\n")
    for i in range(g.r.randint(1, 4)):
        g.t(f"{i + 1}. ")
        nat = g.c("TW", "TW", "越南", "印尼", "菲律賓", "泰國")
        g.name(_KIND_OF_NATION.get(nat, "han"))
        g.t(g.c("，", "／", "　"), "國籍", "臺灣" if nat == "TW" else nat, "，護照")
        g.passport(nat)
        if g.r.random() < 0.4:
            g.t("，生日")
            g.birth(1950, 2010, foreign=nat != "TW")
        if nat == "TW" and g.r.random() < 0.3:
            g.t("，健保卡")
            g.nhi()
        g.t("，", g.c("已送慈濟醫院", "輕傷", "已由直升機吊掛", "已返回飯店"), "\n")
    g.t("回報人：")
    g.name("han")
    g.t(g.c("（消防局）", "（國家公園管理處）", ""))


def _quake_donation(g: _G) -> None:
    g.t(g.c("震災專戶捐款紀錄", "賑災捐款信用卡授權單"), "\n")
    for _ in range(g.r.randint(1, 3)):
        g.t("捐款人", _sep(g))
        g.name("any")
        g.t(
            g.c("　", "，"),
            "金額",
            _sep(g),
            g.amount(500, 100000),
            g.c("　", "，"),
            "信用卡號",
            _sep(g),
        )
        g.card()
        if g.r.random() < 0.4:
            g.t(g.c("　收據寄送", "，收據寄"), _sep(g))
            g.address()
        elif g.r.random() < 0.4:
            g.t(g.c("　電子收據", "，收據寄"), _sep(g))
            g.email()
        g.t("\n")
    g.t("經辦：")
    g.name("han")


def _quake_speech(g: _G) -> None:
    g.t("受訪者")
    g.name("any", sex="f")
    g.t("：「地震那時候我在", g.c("三樓", "廚房", "睡覺"), "，整個房子")
    g.tc("一直搖", "歪掉了", "玻璃都破了")
    g.t("，我")
    g.kin("han", ("老公", "兒子", "鄰居"))
    g.t("把我背下來的。」\n（訪員：")
    g.name("han")
    g.t("，", g.roc_date(113), "）")


# --------------------------------------------------------------------------------------
# Genre 6: 新住民華語班出缺勤與輔導
# --------------------------------------------------------------------------------------

_SPOUSE_NATIONS = ("越南", "越南", "越南", "印尼", "印尼", "菲律賓", "泰國", "中國大陸")


def _spouse(g: _G) -> str:
    """A new-resident student: mostly women, from the usual countries of origin."""
    nat = g.c(*_SPOUSE_NATIONS)
    g.name(_KIND_OF_NATION.get(nat, "han"), sex="f" if g.r.random() < 0.92 else "m")
    return nat


def _newres_attend(g: _G) -> None:
    g.t(
        g.c("新住民華語班", "新住民識字班", "生活華語進階班"),
        "出席紀錄（第",
        str(g.r.randint(1, 4)),
    )
    g.t("期）\n")
    start = dt.date(2024, g.r.randint(1, 11), g.r.randint(1, 28))
    days = [start + dt.timedelta(days=7 * i) for i in range(3)]
    sep = g.c("｜", "\t", " | ", "  ", "，", "　")
    g.t(sep.join(["學員", "國籍", *(f"{d.month}/{d.day}" for d in days)]), "\n")
    for _ in range(g.r.randint(2, 6)):
        g.t(sep, _spouse(g))
        for _day in days:
            g.t(sep, g.c("✓", "✓", "✓", "請假", "缺", "V", "O"))
        g.t("\n")
    g.t("授課教師：")
    g.name("han")


def _newres_counsel(g: _G) -> None:
    g.t("個案")
    nat = g.c("越南", "印尼", "菲律賓", "泰國")
    nm = g.name(_KIND_OF_NATION[nat], sex="f")
    g.t("（", nat, "籍，", str(g.r.randint(22, 48)), "歲")
    if g.r.random() < 0.6:
        g.t("，居留證號")
        g.arc()
    if g.r.random() < 0.25:
        g.t("，", g.c("生日", "出生"))
        g.birth(1976, 2002, foreign=True)
    g.t("），與配偶")
    g.name("han", sex="m")
    g.t("育有", g.c("一子", "二子", "一女", "一子一女"), "。")
    g.tc("本週缺課兩次，", "近期情緒低落，", "反映婆婆不讓她出門上課，", "想報考機車駕照，")
    g.t("已", g.c("電訪", "家訪", "約談"), "，")
    if g.r.random() < 0.7:
        g.t("手機")
        g.mobile()
        g.t("，")
    g.t(g.c("轉介家庭服務中心", "持續追蹤", "安排通譯陪同"), "。")
    if g.r.random() < 0.4:
        g.t("\n輔導員")
        g.name("han")
        g.t("記")
    if g.r.random() < 0.2:
        g.t("\n（", g.roc_date(113), "追蹤：")
        g.again(nm)
        g.t("已恢復上課）")


def _newres_interpreter(g: _G) -> None:
    g.t("通譯")
    g.name(g.c("vn", "idn", "han"), sex="f")
    g.t("轉述：「她說", g.c("婆婆不讓她出門上課", "孩子發燒所以請假", "想找工作"), "。」\n")
    g.t("學員")
    _spouse(g)
    g.t("：「老師，我", g.c("下禮拜", "明天"), "要去移民署", g.c("辦居留證", "延期"), "。」\n")
    g.t("老師")
    g.name("han")
    g.t("：", g.c("好，記得帶護照。", "沒問題，補課時間再通知。"))


def _newres_form(g: _G) -> None:
    g.t("新住民學習課程報名表\n")
    nat = g.c("越南", "印尼", "菲律賓", "泰國")
    nm = g.pick(_KIND_OF_NATION[nat], "f")
    alt = g.other.get(nm)
    if alt and nm[0].isascii():
        nm, alt = alt, nm
    g.t("姓名（中文）", _sep(g))
    g.span("PERSON", nm)
    if alt:
        g.t("\n姓名（護照英文）", _sep(g))
        g.span("PERSON", alt)
    g.t("\n國籍", _sep(g), nat, "\n")
    fields: list[tuple[str, Callable[[], object]]] = [
        ("護照號碼", lambda: g.passport(nat)),
        (g.c("居留證號", "統一證號"), g.arc),
        ("出生日期", lambda: g.birth(1975, 2002, foreign=True)),
        (g.c("電話", "手機"), g.mobile),
        ("住址", g.address),
        ("Email", g.email),
        ("健保卡號", g.nhi),
        ("配偶姓名", lambda: g.name("han", sex="m")),
    ]
    for key, fn in fields:
        if g.r.random() < 0.55:
            g.t(key, _sep(g))
            fn()
            g.t("\n")
    g.t("報名日期", _sep(g), g.roc_date(113))


def _newres_list(g: _G) -> None:
    g.t(g.c("本週請假學員", "需追蹤學員", "結業名單"), "：\n")
    for i in range(g.r.randint(2, 4)):
        g.t(f"{i + 1}. " if g.r.random() < 0.6 else "- ")
        _spouse(g)
        op, cl = g.r.choice((("（", "）"), ("，", ""), (" ", "")))
        g.t(op, g.c("病假", "工作", "孩子生病", "返鄉探親", "結業"))
        if g.r.random() < 0.35:
            g.t("，電話")
            g.mobile()
        g.t(cl, "\n")


# --------------------------------------------------------------------------------------
# Hard negatives
# --------------------------------------------------------------------------------------


def _neg_toll(g: _G) -> None:
    v = g.r.random()
    if v < 0.35:
        g.t("發文字號：", g.docno(_OFFICE_ORGS["toll"]), "\n")
        g.t("主旨：公告", g.roc_date(114), "起國道", g.c("1", "3", "5"), "號", g.gantry())
        g.t("門架因", g.c("施工", "設備汰換", "車道調整"), "暫停計費，請查照。\n")
        g.t("說明：依《公路法》第", g.c("24", "27", "75"), "條及《高速公路及快速公路交通管制規則》")
        g.t(
            "第", str(g.r.randint(2, 20)), "條辦理。", g.c("連續假期", "周邊道路"), "另有交通管制。"
        )
    elif v < 0.7:
        g.t("遠通電收股份有限公司（統一編號", g.ban(), "）", g.roc_date(113), "通行費帳務日結：")
        g.t("總額", g.amount(1000000, 90000000), "，補繳筆數", str(g.r.randint(100, 9000)), "筆，")
        g.t("收據號碼", g.c("A", "B", "C", "K", "X"), g.c("A", "B", "D", "W"), "-", g.digits(8))
        g.t("至", g.digits(8), "。", g.c("金額", "程序"), "經核無誤。")
    else:
        g.t("案號", _sep(g), g.c("", "TOLL-"), "113", g.digits(4), "-", g.digits(4), "\n")
        g.t("處理結果：申訴", g.c("有理由", "無理由"), "，")
        g.t("通行費", g.amount(20, 900), "，作業處理費", g.amount(100, 300), "，")
        g.t(
            "繳納期限",
            g.roc_date(113),
            "。",
            g.c("高速公路", "車道", "方向"),
            "資料以門架紀錄為準。",
        )


def _neg_hospice(g: _G) -> None:
    v = g.r.random()
    if v < 0.4:
        g.t(
            g.c(*_HOSPITALS), g.c("安寧共照小組", "緩和醫療科"), "113年度第", str(g.r.randint(1, 6))
        )
        g.t("次會議紀錄\n時間：", g.roc_date(113), "\n")
        g.t("一、依《安寧緩和醫療條例》第", g.c("4", "5", "7"), "條及《病人自主權利法》第")
        g.t(g.c("8", "9", "14"), "條，修訂DNR意願書", g.c("簽署程序", "文件"), "。\n")
        g.t(
            "二、ACP門診諮商費用",
            g.amount(2000, 3500),
            "，",
            g.c("尤其", "常態"),
            "於週三下午開診。",
        )
    elif v < 0.7:
        g.t("藥品採購：", g.c("嗎啡(Morphine)", "芬太尼貼片", "Haloperidol"), "，")
        g.t("廠商", g.c("永信藥品", "生達化學製藥", "台灣東洋藥品"), "（統一編號", g.ban(), "），")
        g.t("單價", g.amount(30, 3000), "，合約編號", g.c("", "H"), "113-", g.digits(5), "。")
    else:
        g.t("安寧病房", g.c("溫度", "安全", "水電"), "檢查：", g.roc_date(113), "完成，")
        g.t(
            "病床",
            str(g.r.randint(8, 20)),
            "床全數正常，",
            g.c("陳列架", "毛巾", "包裝"),
            "已補齊。",
        )
        g.t("志工服務時數本月合計", str(g.r.randint(200, 900)), "小時。")


def _neg_scholar(g: _G) -> None:
    v = g.r.random()
    if v < 0.5:
        g.t("發文字號：", g.docno(_OFFICE_ORGS["scholar"]), "\n主旨：")
        m = g.r.randint(1, 10)
        g.t("114學年度原住民族獎助學金申請期間自114年", str(m), "月1日至114年", str(m + 1))
        g.t(
            "月",
            str(g.r.randint(15, 30)),
            "日止，請轉知所屬學生。\n說明：依《原住民族教育法》第",
            g.c("24", "25", "26"),
        )
        g.t("條及《原住民族委員會原住民學生獎助學金實施要點》辦理，")
        g.t("每名", g.amount(10000, 35000), "，名額", str(g.r.randint(100, 3000)), "名。")
    else:
        g.t(g.c(*_SCHOOLS), "113學年度", g.c(*_TRIBES), "學生", str(g.r.randint(5, 300)), "名，")
        g.t("獲獎比率", str(g.r.randint(20, 90)), "%，總金額", g.amount(100000, 9000000), "。")
        g.t("族語認證", g.c("中級", "中高級", "高級"), "以上加分，", g.c("簡易", "全額"), "補助。")


def _neg_market(g: _G) -> None:
    v = g.r.random()
    if v < 0.4:
        g.t("發文字號：", g.docno(_OFFICE_ORGS["market"]), "\n主旨：", g.c(*_MARKETS))
        g.t("自", g.roc_date(114), "起", g.c("整修", "改建", "耐震補強"), "，攤商暫遷")
        g.t(g.c("黃昏市場", "臨時攤區", "停車場"), "營業，請查照。\n")
        g.t("說明：依《零售市場管理條例》第", g.c("6", "11", "12", "15"), "條辦理。")
    elif v < 0.75:
        g.t(g.c("王記豆花", "陳記肉圓", "林家古早味", "黃家牛肉麵", "李錦記"), "（統一編號")
        g.t(g.ban(), "）申請於", g.c(*_MARKETS), "設置", g.c("廣告看板", "冷藏櫃", "陳列架"), "，")
        g.t(
            "月租",
            g.amount(800, 6000),
            "。",
            g.c("張貼公告", "許可證"),
            "期限",
            g.roc_date(114),
            "。",
        )
    else:
        g.t("市場清潔：", g.c("葉菜類", "吳郭魚", "龍眼"), "殘渣每日", str(g.r.randint(1, 3)))
        g.t("次清運，費用", g.amount(5000, 90000), "；", g.c("江邊", "車道", "丁字路口"), "攤架")
        g.t(
            "不得占用。商品",
            g.c("張君雅小妹妹", "王子麵", "乖乖", "黑松沙士"),
            "促銷期至",
            g.roc_date(),
        )
        g.t("。")


def _neg_quake(g: _G) -> None:
    v = g.r.random()
    if v < 0.45:
        g.t("發文字號：", g.docno(_OFFICE_ORGS["quake"]), "\n主旨：", g.roc_date(113))
        g.t("地震（規模", str(g.r.randint(55, 74) / 10), "）後", g.c("花蓮市", "吉安鄉", "壽豐鄉"))
        g.t(
            "建物初評結果：紅單",
            str(g.r.randint(2, 60)),
            "棟、黃單",
            str(g.r.randint(5, 90)),
            "棟。\n",
        )
        g.t("說明：依《災害防救法》第", g.c("31", "44", "48"), "條辦理；")
        g.t(g.c("天王星大樓", "統帥飯店", "富凱大樓"), "已", g.c("拆除", "封閉"), "。")
    else:
        g.t("慰助金發放統計：全倒每戶", g.amount(100000, 200000), "，半倒每戶")
        g.t(g.amount(20000, 100000), "，合計", str(g.r.randint(10, 900)), "戶。")
        g.t(
            "案號",
            g.c("113震字第", "震救"),
            g.digits(5),
            "號。",
            g.c("洪水", "雷雨", "凌晨"),
            "亦列警戒。",
        )


def _neg_newres(g: _G) -> None:
    v = g.r.random()
    if v < 0.5:
        g.t("發文字號：", g.docno(_OFFICE_ORGS["newres"]), "\n主旨：")
        g.t(
            "113年新住民發展基金補助",
            g.c("華語", "識字", "親子共學"),
            "課程",
            str(g.r.randint(3, 40)),
        )
        g.t("班，開班日期", g.roc_date(113), "。\n說明：依《入出國及移民法》第", g.c("51", "89"))
        g.t("條及新住民發展基金補助作業要點辦理，每班補助", g.amount(30000, 120000), "。")
    else:
        g.t("課程安排：", g.c("越南語", "印尼語", "泰語"), "通譯", str(g.r.randint(1, 5)), "名，")
        g.t("教室位於", g.c("中正國小", "仁愛國中", "民生社區活動中心"), "，")
        g.t(
            g.c("簡易", "常態"), "出席率", str(g.r.randint(60, 98)), "%。教材費", g.amount(100, 800)
        )
        g.t("，", g.c("全額", "半額"), "補助。")


_POSITIVE = {
    "toll": (_toll_letter, _toll_caselog, _toll_call, _toll_form, _toll_table, _toll_foreign),
    "hospice": (_hospice_meeting, _hospice_note, _hospice_speech, _hospice_form,
                _hospice_table, _hospice_caregiver),
    "scholar": (_scholar_list, _scholar_letter, _scholar_note, _scholar_form, _scholar_meeting),
    "market": (_market_form, _market_letter, _market_log, _market_table, _market_speech),
    "quake": (_quake_form, _quake_roll, _quake_visit, _quake_letter, _quake_speech,
              _quake_tourists, _quake_donation),
    "newres": (_newres_attend, _newres_counsel, _newres_interpreter, _newres_form, _newres_list),
}  # fmt: skip
_NEGATIVE = {
    "toll": _neg_toll,
    "hospice": _neg_hospice,
    "scholar": _neg_scholar,
    "market": _neg_market,
    "quake": _neg_quake,
    "newres": _neg_newres,
}


def _neg_extra(g: _G) -> None:
    """A closing line of ordinary words (surname-initial words, places, statutes)."""
    w = g.r.sample(_SURNAME_WORDS, 2)
    g.t(
        g.c("\n備註：", "\n", "\n附帶說明："),
        w[0],
        "與",
        w[1],
        "相關事項，",
        g.c("另案辦理", "請各單位配合"),
    )
    g.t(
        "（",
        g.c("林口", "楊梅", "高美濕地", "陳有蘭溪", "王功漁港", "蘇澳", "白河", "田尾"),
        "一帶）。",
    )


def _known_names(
    r: random.Random, count: int
) -> tuple[list[str], dict[str, str | None], dict[str, tuple[str, str]]]:
    """The applicant-name column: unique names of every kind, in column order."""
    kinds = r.choices(_KINDS, (70, 12, 8, 4, 3, 3), k=count)
    names: list[str] = []
    other: dict[str, str | None] = {}
    kind_of: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for kind in kinds:
        sex = r.choice("fm")
        while True:
            nm, alt = _make_person(r, kind, sex)
            if nm not in seen and (alt is None or alt not in seen):
                break
        seen.add(nm)
        if alt:
            seen.add(alt)
        names.append(nm)
        other[nm] = alt
        kind_of[nm] = (kind, sex)
    return names, other, kind_of


def generate_heldout36(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    r = random.Random(seed)
    known, other, kind_of = _known_names(r, max(60, n // 4))
    g = _G(r, known, other, kind_of)
    genres = tuple(_POSITIVE)
    samples: list[Sample] = []
    for _ in range(n):
        genre = r.choice(genres)
        negative = r.random() < 0.25
        for _attempt in range(200):
            g.reset(negative)
            if negative:
                _NEGATIVE[genre](g)
                if r.random() < 0.6:
                    _neg_extra(g)
            else:
                r.choice(_POSITIVE[genre])(g)
            text = g.text()
            if not _leaks(text, g.spans, negative):
                break
        else:  # pragma: no cover - the leak check essentially never fails 200 times
            raise RuntimeError("could not draw a clean sample")
        samples.append(Sample(text, list(g.spans), negative, list(g.known)))
    return samples, list(known)
