"""Held-out evaluation set 26 for the free-text personal-data scanner.

Written without looking at the scanner. Synthetic Traditional Chinese texts from six kinds of
agency records: school counselling-office referrals (輔導室), agricultural disaster-relief
claims (農損補助), labour-inspection complaints (勞動檢查), library reader-card and
lost-and-found logs, water-bill arrears and disconnection notices, and household-registration
(戶政) counter logs. Each sample carries gold character spans; about a quarter are hard
negatives that hold only public or non-personal look-alikes (document and case numbers,
companies' 統一編號, statute articles, amounts, ordinary dates, place, shop and product names,
words that begin with a surname character).

Every name and number is made up; identifiers carry valid checksums so that they look real.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
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


def _w(words: str, sep: str | None = None) -> list[str]:
    """A word list written as one string (keeps the long name lists compact)."""
    return words.split(sep)


LABELS = (
    PERSON,
    TW_NATIONAL_ID,
    TW_RESIDENT_CERT,
    PHONE,
    EMAIL,
    ADDRESS,
    TW_NHI_CARD,
    PASSPORT,
    CREDIT_CARD,
    BIRTH_DATE,
)

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125

# --------------------------------------------------------------------------------------------
# Names (own lists, made for this set)
# --------------------------------------------------------------------------------------------

_COMMON_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾"
    "游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧"
)
_OTHER_SURNAMES = (
    "杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜汪白鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任"
    "甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛莫麥戚褚滕鄞練植池利鄔卜刁祝蒲喬卞仇賀聶晏郝管包封葛谷席寇車龐項解牛胥閻"
    "邢苗岳殷艾左房常易冉裴鮑宮桂芮鞏賈"
)
_COMPOUND_SURNAMES = _w(
    "歐陽 張簡 司徒 諸葛 上官 范姜 東方 皇甫 夏侯 公孫 令狐 慕容 司馬 鍾離 南宮 西門 端木 張廖"
)

_OLD_F = _w(
    "秀英 阿招 罔市 春嬌 月娥 玉蘭 金枝 秀琴 碧霞 素貞 麗卿 玉梅 秀鳳 美雲 寶珠 阿滿 彩雲 錦"
    "雲 桂英 鳳嬌 秋月 秀蘭 "
    "美珠 阿嬌 玉葉 金鳳 翠華 素琴 麗玉 碧玉 秀菊 秀鑾 玉霞 阿桃 金蓮 雪娥 阿足 罔腰 招治 寶"
    "玉 月嬌 玉燕 阿雪 麗香"
)
_OLD_M = _w(
    "金水 火旺 添丁 清水 阿土 天賜 進財 坤山 萬福 旺財 福來 金龍 茂松 進興 阿成 清標 春生 金"
    "城 昭男 義雄 坤成 萬來 "
    "福全 添財 順發 錦堂 文雄 正雄 永福 榮發 敏雄 俊男 水木 阿水 朝宗 金生 新發 炳煌 景福 武"
    "雄 哲雄 信雄 阿財"
)
_MID_F = _w(
    "美玲 淑芬 怡君 惠如 玉珍 麗華 婉婷 靜宜 慧玲 淑惠 美惠 淑貞 雪芬 佩珊 雅琪 韻如 靜怡 嘉"
    "玲 雅惠 曉雯 孟蓉 明珠 "
    "慧君 蕙蘭 瑞芬 小萍 小蘭 湘婷 盈君 虹吟 靖雯 淑美 惠美 宜芳 芳如 巧玲 千惠 雅婷 佳穎 欣"
    "怡 怡萱 家瑜 佩君 依婷 "
    "淑娟 麗娟 美君 秀玲 素珍 玉婷 郁雯 詩婷 雅雯 琇瑩 宛臻 曉萍 碧珠 秋香"
)
_MID_M = _w(
    "志明 建宏 俊傑 家豪 明哲 國華 信宏 偉倫 文彬 志偉 俊宏 建志 家銘 博文 紹華 正義 志豪 俊"
    "賢 秉宏 立群 信安 啟明 "
    "瑞祥 宗憲 智偉 建忠 承志 宏仁 光輝 永昌 國忠 正宏 少康 允中 書豪 政勳 聖文 建廷 嘉宏 宗"
    "翰 冠廷 文傑 志成 俊良 "
    "耀文 健民 世豪 振宇 仁傑 家偉 敬堯 東昇 漢民 德華 偉誠 國棟 世昌 振興 德明 漢忠 耀宗"
)
_YOUNG_F = _w(
    "品妤 子晴 語彤 芷晴 昀蓁 沛瑜 以璇 若瑄 宥蓁 苡安 亭妤 詠晴 可昕 心妤 羽彤 晏如 于庭 舒"
    "涵 采潔 芯瑜 妍希 苡晴 "
    "恩綺 禹彤 品蓉 紫涵 欣妍 沁恩 玟萱 詠甯 家蓁 莉雯 琬婷 慈恩 鈺婷 筠庭 意涵 夢婷 宜蓁 筱"
    "涵 詩涵 思妤 芳瑜 珮瑜 "
    "郁婷 語喬 芊妤 歆婷 采妍 予彤 姵妤 宸瑜 婕妤 苡萱 品涵 瑀彤 以晴"
)
_YOUNG_M = _w(
    "宇軒 冠宇 承恩 柏翰 彥廷 育誠 翔宇 子豪 銘傑 凱翔 祐辰 廷宇 恩碩 睿恩 澤宇 鈞凱 皓宇 瑋"
    "翔 柏宇 宥翔 品睿 承翰 "
    "奕辰 昱廷 柏諺 宸睿 睿哲 宇恩 彥霖 晉嘉 庭瑋 浩宇 孟哲 冠霖 子恆 紹謙 哲瑋 宥廷 柏均 祐"
    "誠 品叡 俊霆 秉諺 宇晨 "
    "承睿 禹辰 定謙 楷崴 昊恩 允晨"
)
_ONE_CHAR_F = "娜瑩靜婷萍琳嵐芬玲珍蓉慧穎瑜雯潔涵敏薇莉岑"
_ONE_CHAR_M = "昇立偉傑恆華凱翔豪誠彬勇強寧軒宏杰倫明輝睿毅"

_IND_HAN_FIRST = _w(
    "瓦歷斯 比令 伊萬 巴奈 尤幹 拉娃 阿洛 吉娃斯 馬耀 撒韻 達卡 以撒 烏杜夫 高金 莎韻 阿道 希"
    "婻 瑪拉歐斯 巴度 "
    "撒可努 尤瑪 拉荷 娃利斯 谷辣斯 督固 法拉 米將 比浪 帖木 伊斯坦大 沙力 哈尤 魯碧"
)
_IND_HAN_LAST = _w(
    "諾幹 亞布 巴萬 達道 瓦旦 哈勇 吉拉卡樣 撒耘 安培 巴勒 拉罕 谷慕特 卡造 亞外 帕蘇 馬紹 沙"
    "勒 阿里曼 索伊 達利 "
    "巴紹 都麗 塔瑪 魯魯 芭翁 基浪 貝林 伊斯瑪哈單 尤道 比厚"
)
_IND_ROM_FIRST = _w(
    "Walis Pilin Iwan Panay Yukan Lava Aro Ciwas Mayaw Sayun Takav Isak Utuf Kolas Futing Sakinu "
    "Yuma Lahe Dagu Falah Batu Kacaw Nikar Pasuya Umav Biung Savi Ljavakaw Tanivu Hana"
)
_IND_ROM_LAST = _w(
    "Nokan Yabu Pawan Tado Yumin Watan Hayung Kaciljayan Ampil Palang Lahan Kumod Yawai Istan"
    "da Pasu "
    "Masao Salu Aliman Soi Tali Basaw Lulu Sufin Looh Yotaka Tjuljaviya Tanapima Ikyav"
)

_VN_LAT_LAST = _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly")
_VN_LAT_MID_F = _w("Thi Ngoc Thanh Hong")
_VN_LAT_MID_M = _w("Van Duc Minh Quoc")
_VN_LAT_GIVEN = _w(
    "Lan Hoa Mai Hung Tuan Linh Trang Huong Dung Nam Thao Phuong Ha Anh Hieu Long Quynh Nhung "
    "Hanh Thuy Cuong Khanh Son Yen"
)
_VN_HAN_LAST = "阮陳黎范黃潘武吳鄧裴杜胡楊"
_VN_HAN_MID_F = "氏氏氏玉紅"
_VN_HAN_MID_M = "文文德明清"
_VN_HAN_GIVEN = "蘭花梅雄俊玲香芳南秋幸娥水青草英恆勇山燕"
_ID_LAT_FIRST = _w(
    "Siti Sri Dewi Nur Eka Rina Agus Budi Wulan Ika Ratna Muhammad Ahmad Yuli Rini Tri Dwi Ani "
    "Ayu Indah Fitri"
)
_ID_LAT_LAST = _w(
    "Aminah Wahyuni Lestari Hidayah Putri Susanti Santoso Setiawan Sari Purnamasari Rizki Fauzi "
    "Ningsih Rahayu Kusuma Handayani Wulandari Suryani Maryati"
)
_ID_LAT_MONO = _w("Sumiati Karsini Tarmini Suyanti Sulastri Juwariyah Warsiti Painem Rusmini")
_ID_HAN_FIRST = _w("絲莉 蒂蒂 阿古斯 布迪 莉娜 伊卡 拉特娜 黛薇 努爾 印達")
_ID_HAN_LAST = _w("瓦尤妮 蘇珊蒂 山多索 瑟蒂亞萬 莎莉 普特麗 拉哈尤 阿米娜 庫蘇瑪")
_ID_HAN_MONO = _w("蘇米雅蒂 卡希妮 蘇拉絲蒂 塔米妮 蘇揚蒂")
_PH_LAT_FIRST = _w(
    "Maria Cristina|Jose|Mary Ann|Rowena|Jocelyn|Mark Anthony|Jennifer|Ramon|Lorna|Joel|Marites|"
    "Rodel|Analyn|Jonel|Rachelle|Arnel|Lovely|Jerome|Kristine",
    "|",
)
_PH_LAT_LAST = _w(
    "Santos|Dela Cruz|Reyes|Bautista|Garcia|Villanueva|Mendoza|Aquino|Castillo|Ramos|Flores|"
    "Mercado|Gonzales|Torres|Navarro|Pascual|Soriano|Dizon",
    "|",
)
_PH_HAN_FIRST = _w("瑪莉亞 荷西 羅維娜 喬瑟琳 珍妮佛 雷蒙 蘿娜 喬爾")
_PH_HAN_LAST = _w("桑托斯 德拉克魯茲 雷耶斯 包蒂斯塔 加西亞 門多薩 拉莫斯 佛羅瑞斯")
_TH_LAT_FIRST = _w(
    "Somchai Somsak Malee Niran Suda Prasert Anong Wichai Supaporn Kittisak Ratana Chaiwat "
    "Siriporn Thanakorn Pornthip"
)
_TH_LAT_LAST = _w(
    "Srisuk Wongsawat Chaiyaporn Boonmee Kaewmanee Saelim Thongdee Phromma Sukjai Rattanakul "
    "Jaidee Chantarasri"
)
_TH_HAN_FIRST = _w("頌猜 宋沙 瑪莉 尼蘭 蘇達 巴實 阿儂 威猜")
_TH_HAN_LAST = _w("西蘇 翁沙瓦 柴亞蓬 本米 甘瑪尼 賽林 通迪")

_NAT_ZH = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

_DISTRICTS_RAW = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 "
    "北投區112 內湖區114 南港區115 文山區116",
    "基隆市": "仁愛區200 信義區201 中正區202 中山區203 安樂區204 暖暖區205 七堵區206",
    "新北市": "萬里區207 金山區208 板橋區220 汐止區221 深坑區222 石碇區223 瑞芳區224 平溪區226 "
    "雙溪區227 貢寮區228 新店區231 坪林區232 烏來區233 永和區234 中和區235 土城區236 三峽區237 "
    "樹林區238 鶯歌區239 三重區241 新莊區242 泰山區243 林口區244 蘆洲區247 五股區248 八里區249 "
    "淡水區251 三芝區252 石門區253",
    "桃園市": "中壢區320 平鎮區324 龍潭區325 楊梅區326 新屋區327 觀音區328 桃園區330 龜山區333 "
    "八德區334 大溪區335 復興區336 大園區337 蘆竹區338",
    "新竹市": "東區300 北區300 香山區300",
    "新竹縣": "竹北市302 湖口鄉303 新豐鄉304 新埔鎮305 關西鎮306 芎林鄉307 寶山鄉308 竹東鎮310 "
    "五峰鄉311 橫山鄉312 尖石鄉313 北埔鄉314 峨眉鄉315",
    "苗栗縣": "竹南鎮350 頭份市351 三灣鄉352 南庄鄉353 獅潭鄉354 後龍鎮356 通霄鎮357 苑裡鎮358 "
    "苗栗市360 造橋鄉361 頭屋鄉362 公館鄉363 大湖鄉364 泰安鄉365 銅鑼鄉366 三義鄉367 西湖鄉368 "
    "卓蘭鎮369",
    "臺中市": "中區400 東區401 南區402 西區403 北區404 北屯區406 西屯區407 南屯區408 太平區411 "
    "大里區412 霧峰區413 烏日區414 豐原區420 后里區421 石岡區422 東勢區423 和平區424 新社區426 "
    "潭子區427 大雅區428 神岡區429 大肚區432 沙鹿區433 龍井區434 梧棲區435 清水區436 大甲區437 "
    "外埔區438 大安區439",
    "彰化縣": "彰化市500 芬園鄉502 花壇鄉503 秀水鄉504 鹿港鎮505 福興鄉506 線西鄉507 和美鎮508 "
    "伸港鄉509 員林市510 社頭鄉511 永靖鄉512 埔心鄉513 溪湖鎮514 大村鄉515 埔鹽鄉516 田中鎮520 "
    "北斗鎮521 田尾鄉522 埤頭鄉523 溪州鄉524 竹塘鄉525 二林鎮526 大城鄉527 芳苑鄉528 二水鄉530",
    "南投縣": "南投市540 中寮鄉541 草屯鎮542 國姓鄉544 埔里鎮545 仁愛鄉546 名間鄉551 集集鎮552 "
    "水里鄉553 魚池鄉555 信義鄉556 竹山鎮557 鹿谷鄉558",
    "嘉義市": "東區600 西區600",
    "嘉義縣": "番路鄉602 梅山鄉603 竹崎鄉604 阿里山鄉605 中埔鄉606 大埔鄉607 水上鄉608 鹿草鄉611 "
    "太保市612 朴子市613 東石鄉614 六腳鄉615 新港鄉616 民雄鄉621 大林鎮622 溪口鄉623 義竹鄉624 "
    "布袋鎮625",
    "雲林縣": "斗南鎮630 大埤鄉631 虎尾鎮632 土庫鎮633 褒忠鄉634 東勢鄉635 臺西鄉636 崙背鄉637 "
    "麥寮鄉638 斗六市640 林內鄉643 古坑鄉646 莿桐鄉647 西螺鎮648 二崙鄉649 北港鎮651 水林鄉652 "
    "口湖鄉653 四湖鄉654 元長鄉655",
    "臺南市": "中西區700 東區701 南區702 北區704 安平區708 安南區709 永康區710 歸仁區711 新化區712 "
    "左鎮區713 玉井區714 楠西區715 南化區716 仁德區717 關廟區718 龍崎區719 官田區720 麻豆區721 "
    "佳里區722 西港區723 七股區724 將軍區725 學甲區726 北門區727 新營區730 後壁區731 白河區732 "
    "東山區733 六甲區734 下營區735 柳營區736 鹽水區737 善化區741 大內區742 山上區743 新市區744 "
    "安定區745",
    "高雄市": "新興區800 前金區801 苓雅區802 鹽埕區803 鼓山區804 旗津區805 前鎮區806 三民區807 "
    "楠梓區811 小港區812 左營區813 仁武區814 大社區815 岡山區820 路竹區821 阿蓮區822 田寮區823 "
    "燕巢區824 橋頭區825 梓官區826 彌陀區827 永安區828 湖內區829 鳳山區830 大寮區831 林園區832 "
    "鳥松區833 大樹區840 旗山區842 美濃區843 六龜區844 內門區845 杉林區846 甲仙區847 桃源區848 "
    "那瑪夏區849 茂林區851 茄萣區852",
    "屏東縣": "屏東市900 三地門鄉901 霧臺鄉902 瑪家鄉903 九如鄉904 里港鄉905 高樹鄉906 鹽埔鄉907 "
    "長治鄉908 麟洛鄉909 竹田鄉911 內埔鄉912 萬丹鄉913 潮州鎮920 泰武鄉921 來義鄉922 萬巒鄉923 "
    "崁頂鄉924 新埤鄉925 南州鄉926 林邊鄉927 東港鎮928 琉球鄉929 佳冬鄉931 新園鄉932 枋寮鄉940 "
    "枋山鄉941 春日鄉942 獅子鄉943 車城鄉944 牡丹鄉945 恆春鎮946 滿州鄉947",
    "宜蘭縣": "宜蘭市260 頭城鎮261 礁溪鄉262 壯圍鄉263 員山鄉264 羅東鎮265 三星鄉266 大同鄉267 "
    "五結鄉268 冬山鄉269 蘇澳鎮270 南澳鄉272",
    "花蓮縣": "花蓮市970 新城鄉971 秀林鄉972 吉安鄉973 壽豐鄉974 鳳林鎮975 光復鄉976 豐濱鄉977 "
    "瑞穗鄉978 萬榮鄉979 玉里鎮981 卓溪鄉982 富里鄉983",
    "臺東縣": "臺東市950 綠島鄉951 蘭嶼鄉952 延平鄉953 卑南鄉954 鹿野鄉955 關山鎮956 海端鄉957 "
    "池上鄉958 東河鄉959 成功鎮961 長濱鄉962 太麻里鄉963 金峰鄉964 大武鄉965 達仁鄉966",
    "澎湖縣": "馬公市880 西嶼鄉881 望安鄉882 七美鄉883 白沙鄉884 湖西鄉885",
    "金門縣": "金沙鎮890 金湖鎮891 金寧鄉892 金城鎮893 烈嶼鄉894 烏坵鄉896",
    "連江縣": "南竿鄉209 北竿鄉210 莒光鄉211 東引鄉212",
}
_DISTRICTS: list[tuple[str, str, str]] = [
    (city, item[:-3], item[-3:]) for city, raw in _DISTRICTS_RAW.items() for item in raw.split()
]
_RURAL_COUNTIES = {
    "雲林縣",
    "嘉義縣",
    "彰化縣",
    "屏東縣",
    "臺南市",
    "南投縣",
    "宜蘭縣",
    "花蓮縣",
    "臺東縣",
}

_ROADS = _w(
    "中正路 中山路 民生路 民權路 民族路 和平東路 復興南路 忠孝東路 信義路 仁愛路 建國北路 光"
    "復路 成功路 "
    "文化路 自由路 博愛路 公園路 中華路 復興路 大同路 三民路 五福路 四維路 永康街 溫州街 龍江"
    "街 福德街 "
    "新生南路 勝利路 育英街 光明路 長春路 南京東路 林森北路 中興路 和平路 新興路 興隆路 仁德"
    "街 正義路 "
    "民有街 建國路 大仁街 忠義路 景平路 環河路 府前路 自強路 健康路 明誠路 五權路 文心路 崇德"
    "路 市政路 "
    "永安路 鹽埕街 東門路 西門路 北門路 公正街 延平路 長安街 莒光路 太平路 水源路 田尾路"
)
_VILLAGES = _w(
    "新興 福興 中和 東興 大同 仁和 永安 崙尾 頂厝 下庄 溪洲 三塊 北勢 南勢 後寮 湖內 竹圍 山腳 "
    "新庄 舊社 中洲 港尾 廣興 龍潭 和平 永豐"
)
_CN_DIGITS = "零一二三四五六七八九"

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

_FW_TABLE = str.maketrans(
    {
        **{c: chr(ord(c) + 0xFEE0) for c in "0123456789-@.()+#/:"},
        **{c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"},
        " ": "\u3000",
    }
)
_FW_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})


def to_fullwidth(value: str) -> str:
    """Full-width forms of ASCII letters, digits and the usual separators (０９１２, Ａ１２３)."""
    return value.translate(_FW_TABLE)


def _cn_number(n: int) -> str:
    """Chinese numerals as written in dates: 7 七, 12 十二, 75 七十五, 105 一百零五."""
    if n >= 100:
        rest = n - 100 * (n // 100)
        head = _CN_DIGITS[n // 100] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + _CN_DIGITS[rest]
        return head + _cn_number(rest) if rest >= 20 else head + "一十" + _cn_tail(rest % 10)
    if n >= 20:
        return _CN_DIGITS[n // 10] + "十" + _cn_tail(n % 10)
    if n >= 10:
        return "十" + _cn_tail(n % 10)
    return _CN_DIGITS[n]


def _cn_tail(d: int) -> str:
    return _CN_DIGITS[d] if d else ""


_ID_WINDOW = re.compile(r"(?=([A-Za-z][A-Za-z0-9][0-9]{8}))")
_DIGIT_RUN = re.compile(r"[0-9](?:[ \-.()]?[0-9])*")
_EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]")


def lookalike_hits(text: str, *, mobiles: bool) -> list[str]:
    """Kinds of valid identifiers found anywhere in ``text`` (used to keep gold clean).

    Deliberately greedy: every window of every digit run is tried, so that a text passes only
    when no reading of it gives a valid national ID, resident certificate, payment card, e-mail
    or (with ``mobiles``) mobile phone number.
    """
    t = unicodedata.normalize("NFKC", text)
    hits = []
    for m in _ID_WINDOW.finditer(t):
        if twid.is_valid(m.group(1)):
            hits.append(TW_NATIONAL_ID)
        if arc.is_valid(m.group(1)):
            hits.append(TW_RESIDENT_CERT)
    for m in _DIGIT_RUN.finditer(t):
        digits = re.sub(r"[^0-9]", "", m.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    hits.append(CREDIT_CARD)
        if mobiles:
            for i in range(len(digits) - 9):
                window = digits[i : i + 10]
                if window.startswith("09") and phone.is_mobile(window):
                    hits.append(PHONE)
            for i in range(len(digits) - 11):
                window = digits[i : i + 12]
                if window.startswith("8869") and phone.is_mobile("0" + window[3:]):
                    hits.append(PHONE)
    if _EMAIL_LIKE.search(t):
        hits.append(EMAIL)
    return hits


def mask_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with every gold span replaced by '□' characters."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = ["□"] * (end - start)
    return "".join(chars)


# --------------------------------------------------------------------------------------------
# Value makers and the document builder
# --------------------------------------------------------------------------------------------


class _World:
    """Random state shared by all samples: the rng and the known-names list.

    Names carry a style (young / adult / elder / indig / foreign) and, where the text relies on
    it (父, 母, 阿嬤, 媳婦...), a gender: "m", "f", or None for names read as either.
    """

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.known: list[str] = []
        self.known_set: set[str] = set()
        self._pools: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {}
        size = max(40, n // 2)
        styles = ["young"] * 20 + ["adult"] * 33 + ["elder"] * 20 + ["indig"] * 9 + ["foreign"] * 18
        while len(self.known) < size:
            style = rng.choice(styles)
            gender = rng.choice("mf")
            name, nat, gender = self._make(style, gender)
            if name in self.known_set:
                continue
            self.known.append(name)
            self.known_set.add(name)
            for g in ("m", "f") if gender is None else (gender,):
                self._pools.setdefault((style, g), []).append((name, nat))
            self._pools.setdefault((style, None), []).append((name, nat))

    # ---- names -------------------------------------------------------------------------
    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.05:
            return self.rng.choice(_COMPOUND_SURNAMES)
        if r < 0.72:
            return self.rng.choice(_COMMON_SURNAMES)
        return self.rng.choice(_OTHER_SURNAMES)

    def _han(self, gender: str, pools: list[list[str]]) -> str:
        if self.rng.random() < 0.07:
            return self._surname() + self.rng.choice(_ONE_CHAR_F if gender == "f" else _ONE_CHAR_M)
        return self._surname() + self.rng.choice(self.rng.choice(pools))

    def _married(self, pool: list[str]) -> str:
        husband = self.rng.choice(_COMMON_SURNAMES)
        own = self.rng.choice(_COMMON_SURNAMES + _OTHER_SURNAMES[:30])
        return husband + own + self.rng.choice(pool)

    def _indigenous(self) -> str:
        rng = self.rng
        if rng.random() < 0.68:
            sep = rng.choice("‧‧‧··")
            return rng.choice(_IND_HAN_FIRST) + sep + rng.choice(_IND_HAN_LAST)
        return rng.choice(_IND_ROM_FIRST) + " " + rng.choice(_IND_ROM_LAST)

    def _foreign(self, nat: str, gender: str) -> str:
        rng = self.rng
        latin = rng.random() < 0.55
        if nat == "VN":
            if latin:
                mid = rng.choice(_VN_LAT_MID_F if gender == "f" else _VN_LAT_MID_M)
                name = f"{rng.choice(_VN_LAT_LAST)} {mid} {rng.choice(_VN_LAT_GIVEN)}"
            else:
                mid = rng.choice(_VN_HAN_MID_F if gender == "f" else _VN_HAN_MID_M)
                return rng.choice(_VN_HAN_LAST) + mid + rng.choice(_VN_HAN_GIVEN)
        elif nat == "ID":
            if latin:
                if rng.random() < 0.3:
                    name = rng.choice(_ID_LAT_MONO)
                else:
                    name = f"{rng.choice(_ID_LAT_FIRST)} {rng.choice(_ID_LAT_LAST)}"
            elif rng.random() < 0.3:
                return rng.choice(_ID_HAN_MONO)
            else:
                return rng.choice(_ID_HAN_FIRST) + "·" + rng.choice(_ID_HAN_LAST)
        elif nat == "PH":
            if latin:
                name = f"{rng.choice(_PH_LAT_FIRST)} {rng.choice(_PH_LAT_LAST)}"
            else:
                return rng.choice(_PH_HAN_FIRST) + "·" + rng.choice(_PH_HAN_LAST)
        elif latin:
            name = f"{rng.choice(_TH_LAT_FIRST)} {rng.choice(_TH_LAT_LAST)}"
        else:
            return rng.choice(_TH_HAN_FIRST) + "·" + rng.choice(_TH_HAN_LAST)
        return name.upper() if rng.random() < 0.3 else name

    def _make(self, style: str, gender: str) -> tuple[str, str | None, str | None]:
        """A fresh name: (name, nationality of a foreign resident, gender it reads as)."""
        rng = self.rng
        f = gender == "f"
        if style == "young":
            pools = [_YOUNG_F, _YOUNG_F, _MID_F] if f else [_YOUNG_M, _YOUNG_M, _MID_M]
            return self._han(gender, pools), None, gender
        if style == "adult":
            if f and rng.random() < 0.15:
                return self._married(_MID_F + _OLD_F), None, gender
            pools = [_MID_F, _MID_F, _YOUNG_F] if f else [_MID_M, _MID_M, _OLD_M]
            return self._han(gender, pools), None, gender
        if style == "elder":
            if f and rng.random() < 0.35:
                return self._married(_OLD_F), None, gender
            pools = [_OLD_F, _OLD_F, _MID_F] if f else [_OLD_M, _OLD_M, _MID_M]
            return self._han(gender, pools), None, gender
        if style == "indig":
            return self._indigenous(), None, None
        nat = rng.choice(["VN"] * 4 + ["ID"] * 3 + ["PH"] * 2 + ["TH"] * 2)
        return self._foreign(nat, gender), nat, gender if nat == "VN" else None

    def draw_person(self, style: str, gender: str | None = None) -> tuple[str, str | None]:
        """A name for a mention: about half from the known list, the rest from no list."""
        rng = self.rng
        if style == "any":
            style = rng.choice(["adult"] * 14 + ["elder"] * 3 + ["indig"] * 2 + ["foreign"] * 3)
        if rng.random() < 0.5:
            pool = self._pools.get((style, gender), [])
            if pool:
                return rng.choice(pool)
        for _ in range(100):
            name, nat, _ = self._make(style, gender or rng.choice("mf"))
            if name not in self.known_set:
                return name, nat
        raise AssertionError("could not draw an unknown name")


class _Doc:
    """Builds one text and its gold spans."""

    def __init__(self, world: _World) -> None:
        self.w = world
        self.rng = world.rng
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    # ---- basics ------------------------------------------------------------------------
    def t(self, *texts: str) -> None:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)

    def v(self, value: str, label: str) -> str:
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))
        if label == PERSON:
            self.known.append(value in self.w.known_set)
        return value

    def text(self) -> str:
        return "".join(self.parts)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def fw(self, value: str) -> str:
        return to_fullwidth(value) if self.p(FULLWIDTH_SHARE) else value

    # ---- people ------------------------------------------------------------------------
    def person(self, style: str = "any", gender: str | None = None) -> str:
        name, _ = self.w.draw_person(style, gender)
        return self.v(name, PERSON)

    def name(self, style: str = "any", gender: str | None = None) -> tuple[str, str | None]:
        """Draw a name without writing it (to write later with :meth:`say`)."""
        return self.w.draw_person(style, gender)

    def say(self, name: str) -> str:
        return self.v(name, PERSON)

    def foreigner(self, gender: str | None = None) -> tuple[str, str]:
        name, nat = self.w.draw_person("foreign", gender)
        assert nat is not None
        self.v(name, PERSON)
        return name, nat

    # ---- identifiers -------------------------------------------------------------------
    def _letter(self) -> str:
        return self.pick("ABCDEFGHJKMNPQTUVXZABCDEFHIJKLMNOPQRSTUVWXYZAFHE")

    def make_twid(self) -> str:
        letter = self._letter()
        body = self.pick("12") + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        if self.p(0.04):
            value = value.lower()
        return self.fw(value)

    def twid(self) -> str:
        return self.v(self.make_twid(), TW_NATIONAL_ID)

    def arc(self) -> str:
        letter = self._letter()
        if self.p(0.6):
            body = self.pick("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        return self.v(self.fw(value), TW_RESIDENT_CERT)

    def nhi(self) -> str:
        raw = ("0000" + self.digits(8)) if self.p(0.75) else ("0" + self.digits(11))
        style = self.pick(["plain", "space", "dash", "space"])
        if style == "space":
            raw = f"{raw[:4]} {raw[4:8]} {raw[8:]}"
        elif style == "dash":
            raw = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        return self.v(self.fw(raw), TW_NHI_CARD)

    def passport(self, nat: str | None = None) -> str:
        if nat == "VN":
            value = self.pick("CCBN") + self.digits(7)
        elif nat == "ID":
            value = self.pick("BCXA") + self.digits(7)
        elif nat == "PH":
            value = (
                "P" + self.digits(7) + self.pick("ABC") if self.p(0.7) else "EC" + self.digits(7)
            )
        elif nat == "TH":
            value = self.pick(["AA", "AB", "AC", "AD"]) + self.digits(7)
        else:
            value = "3" + self.digits(8)
        return self.v(self.fw(value), PASSPORT)

    def card(self) -> str:
        kind = self.pick(["visa", "visa", "visa", "mc", "mc", "jcb", "jcb", "amex", "up"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": ("5" + self.pick("12345"), 16),
            "jcb": ("35" + str(self.num(28, 89)), 16),
            "amex": (self.pick(["34", "37"]), 15),
            "up": ("62", 16),
        }[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        check = next(d for d in "0123456789" if creditcard.luhn_ok(body + d))
        raw = body + check
        sep = self.pick([" ", " ", "-", "", "　"])
        if kind == "amex":
            groups = [raw[:4], raw[4:10], raw[10:]]
        else:
            groups = [raw[i : i + 4] for i in range(0, 16, 4)]
        return self.v(self.fw(sep.join(groups)), CREDIT_CARD)

    def phone(self, kind: str = "any") -> str:
        if kind == "any":
            kind = "mobile" if self.p(0.62) else "land"
        for attempt in range(60):
            value = self._mobile() if kind == "mobile" else self._landline()
            if kind == "mobile":
                ok = phone.is_mobile(value)
            else:  # libphonenumber lags behind some landline ranges: accept the plan's shape late
                ok = phone.is_valid(value) or (attempt > 8 and phone.is_plausible(value))
            if ok:
                return self.v(self.fw(value), PHONE)
        raise AssertionError("no valid phone drawn")

    def _mobile(self) -> str:
        n = "09" + self.digits(8)
        style = self.num(0, 11)
        return [
            f"{n[:4]}-{n[4:7]}-{n[7:]}",
            n,
            f"{n[:4]} {n[4:7]} {n[7:]}",
            f"{n[:4]}-{n[4:]}",
            f"{n[:4]}.{n[4:7]}.{n[7:]}",
            f"({n[:4]}){n[4:7]}-{n[7:]}",
            f"+886-{n[1:4]}-{n[4:7]}-{n[7:]}",
            f"+886 {n[1:4]} {n[4:7]} {n[7:]}",
            f"+886{n[1:]}",
            f"{n[:4]}-{n[4:7]}-{n[7:]}",
            f"{n[:4]} {n[4:]}",
            f"886-{n[1:4]}-{n[4:]}",
        ][style]

    def _landline(self) -> str:
        area, first, size = self.pick(
            [
                ("02", "2345678", 8),
                ("02", "2", 8),
                ("03", "34", 7),
                ("03", "5", 7),
                ("03", "89", 7),
                ("037", "2345678", 6),
                ("04", "2", 8),
                ("04", "78", 7),
                ("049", "2", 7),
                ("05", "2357", 7),
                ("06", "25", 7),
                ("06", "9", 7),
                ("07", "2345678", 7),
                ("08", "78", 7),
                ("089", "3", 6),
                ("082", "3", 6),
                ("0836", "2", 5),
            ]
        )
        local = self.pick(first) + self.digits(size - 1)
        head, tail = (local[:4], local[4:]) if size == 8 else (local[: size - 4], local[-4:])
        style = self.num(0, 8)
        value = [
            f"{area}-{head}-{tail}",
            f"({area}){head}-{tail}",
            f"({area}) {local}",
            f"{area}{local}",
            f"{area}-{local}",
            f"{area} {head} {tail}",
            f"+886-{area[1:]}-{head}-{tail}",
            f"({area}){local}",
            f"{area}-{head}{tail}",
        ][style]
        if self.p(0.28):
            ext = self.digits(self.num(2, 4)).lstrip("0") or "12"
            value += self.pick(
                [f"#{ext}", f" 分機 {ext}", f"分機{ext}", f" ext.{ext}", f" 轉{ext}", f"轉 {ext}"]
            )
        return value

    def email(self, hint: str | None = None) -> str:
        syll = _w(
            "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng "
            "chiu liao lai mei ling yu ting jun hao wei chia hsin yi an kai ming hui shu fang "
            "ya tzu yen po"
        )
        if hint:
            base = re.sub(r"[^a-z]", "", hint.lower())[:12] or self.pick(syll)
        else:
            base = self.pick(syll) + self.pick(["", ".", "_", ""]) + self.pick(syll)
        local = base + self.pick(["", self.digits(2), self.digits(4), str(self.num(1970, 2012))])
        domain = self.pick(
            [
                "gmail.com",
                "gmail.com",
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                f"ms{self.num(1, 79)}.hinet.net",
                "livemail.tw",
                "icloud.com",
            ]
        )
        value = f"{local}@{domain}"
        if self.p(0.05):
            value = value.upper()
        return self.v(self.fw(value), EMAIL)

    def addr(self, rural: bool | None = None) -> str:
        city, dist, zipc = self.pick(_DISTRICTS)
        if rural is None:
            rural = city in _RURAL_COUNTIES and dist[-1] in "鄉鎮" and self.p(0.6)
        if rural and dist[-1] not in "鄉鎮":
            city, dist, zipc = self.pick([x for x in _DISTRICTS if x[1][-1] == "鄉"])
        out = ""
        if self.p(0.45):
            z = self.pick([zipc, zipc, zipc + self.digits(2), zipc + self.digits(3)])
            out += z + self.pick(["", "", " "])
        out += city.replace("臺", "台") if self.p(0.45) else city
        out += dist
        if rural:
            out += self.pick(_VILLAGES) + ("村" if dist.endswith("鄉") else "里")
            out += f"{self.num(1, 24)}鄰"
            if self.p(0.5):
                out += self.pick(_ROADS)
                if self.p(0.3):
                    out += f"{self.num(1, 300)}巷"
            out += f"{self.num(1, 250)}"
            if self.p(0.15):
                out += f"之{self.num(1, 9)}"
            out += "號"
        else:
            if self.p(0.2):
                out += self.pick(_VILLAGES) + f"里{self.num(1, 30)}鄰"
            out += self.pick(_ROADS)
            if self.p(0.4):
                out += self.pick("一二三四五六七") + "段"
            if self.p(0.45):
                out += f"{self.num(1, 400)}巷"
                if self.p(0.35):
                    out += f"{self.num(1, 30)}弄"
            out += f"{self.num(1, 600)}"
            if self.p(0.15):
                out += f"之{self.num(1, 9)}"
            out += "號"
            r = self.rng.random()
            tall = dist.endswith("區") or dist.endswith("市")
            if r < 0.35:
                out += f"{self.num(2, 22 if tall else 5)}樓"
                if self.p(0.3):
                    out += f"之{self.num(1, 12)}"
            elif r < 0.45:
                out += f"{self.num(2, 15)}F" + (f"-{self.num(1, 6)}" if self.p(0.4) else "")
            elif r < 0.5:
                out += f"{self.num(2, 12)}樓{self.num(1, 20)}室"
        if self.p(FULLWIDTH_SHARE):
            out = out.translate(_FW_DIGITS)
        return self.v(out, ADDRESS)

    def birth(self, age: str = "adult", foreign: bool = False) -> str:
        lo, hi = {"young": (2006, 2018), "adult": (1962, 2003), "elder": (1934, 1966)}[age]
        y = self.num(lo, hi)
        m = self.num(1, 12)
        d = self.num(1, 28 if m == 2 else 30)
        r = y - 1911
        mon = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
        if foreign:
            style = self.pick([5, 6, 9, 10, 10, 7])
        else:
            style = self.pick([0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 11, 12])
        value = [
            f"民國{r}年{m}月{d}日",
            f"{r}年{m}月{d}日",
            f"{r}.{m:02}.{d:02}",
            f"{r:03}/{m:02}/{d:02}",
            f"{r}/{m}/{d}",
            f"{y}-{m:02}-{d:02}",
            f"{y}/{m:02}/{d:02}",
            f"{y}年{m}月{d}日",
            f"{y}.{m:02}.{d:02}",
            f"{d:02}/{m:02}/{y}",
            f"{d:02} {mon} {y}",
            f"民國{_cn_number(r)}年{_cn_number(m)}月{_cn_number(d)}日",
            f"{r:03}{m:02}{d:02}",
        ][style]
        return self.v(self.fw(value), BIRTH_DATE)

    # ---- unlabelled material -----------------------------------------------------------
    def date(self) -> str:
        """An ordinary (non-birth) date of the records' own time."""
        return self.date_pair()[0]

    def date_pair(self) -> tuple[str, str]:
        """Two ordinary dates in the same style, the second 3 to 60 days after the first."""
        first = datetime.date(self.num(2023, 2025), self.num(1, 12), self.num(1, 28))
        second = first + datetime.timedelta(days=self.num(3, 60))
        style = self.num(0, 5)
        fw = self.p(FULLWIDTH_SHARE)

        def show(day: datetime.date) -> str:
            r, m, d = day.year - 1911, day.month, day.day
            value = [
                f"{r}年{m}月{d}日",
                f"{r}/{m:02}/{d:02}",
                f"{r}.{m}.{d}",
                f"{day.year}-{m:02}-{d:02}",
                f"{m}/{d}",
                f"{r}年{m:02}月{d:02}日",
            ][style]
            return to_fullwidth(value) if fw else value

        return show(first), show(second)

    def clock(self) -> str:
        return f"{self.num(8, 17):02}:{self.pick(['00', '10', '15', '20', '30', '40', '45', '50'])}"

    def docno(self, org: str | None = None) -> str:
        org = org or self.pick(
            [
                "府授工",
                "府農務",
                "北市勞檢",
                "中市勞動",
                "農授糧",
                "府授教輔",
                "中市戶",
                "高市水",
                "桃市圖",
                "府民戶",
            ]
        )
        return f"{org}字第{self.num(112, 114)}{self.digits(7)}號"

    def ban(self) -> str:
        while True:
            body = self.digits(7)
            for d in "0123456789":
                if ban.is_valid(body + d):
                    return body + d

    def amount(self, lo: int = 1000, hi: int = 300000) -> str:
        n = self.num(lo, hi)
        if n >= 10000 and self.p(0.35):
            w, rest = divmod(n, 10000)
            return f"{w}萬{rest:,}" if rest else f"{w}萬"
        return f"{n:,}"

    def company(self) -> str:
        head = self.pick(
            _w(
                "金協成 大順 福興 台順 宏昇 新亞 佳美 東聯 長興 立昌 聯發 振大 合益 永信 鴻翔 三豐 "
                "全盛 裕隆興 凱達 崇友 瑞展 德昌 益新 榮豐 世紀 南光"
            )
        )
        trade = self.pick(
            _w("精密工業 食品 營造 紡織 電子 物流 清潔 餐飲 塑膠 鋼鐵 保全 印刷 機械")
        )
        form = self.pick(["股份有限公司", "股份有限公司", "有限公司", "企業社", "工程行"])
        return head + trade + form

    def school(self) -> tuple[str, str]:
        kind = self.pick(["國民中學", "國民中學", "國民小學", "高級中學"])
        city = self.pick(
            [
                "臺北市立",
                "新北市立",
                "桃園市立",
                "臺中市立",
                "臺南市立",
                "高雄市立",
                "縣立",
                "彰化縣立",
            ]
        )
        name = self.pick(
            _w(
                "光復 中正 民生 仁愛 建國 新興 大同 福和 復興 三民 東山 龍山 竹圍 五甲 明德 "
                "永康 興南 後甲"
            )
        )
        return city + name + kind, kind


# --------------------------------------------------------------------------------------------
# Genre 1: school counselling office (輔導室) referral records
# --------------------------------------------------------------------------------------------

_REASONS = [
    "近一個月遲到12次，上課常趴睡，與同學互動少。",
    "疑似遭同儕排擠，午休時間獨自待在廁所，不願進教室。",
    "家中經濟困難，父親失業，學生放學後到夜市打工至深夜。",
    "自述情緒低落，有自傷想法，左手腕有割痕。",
    "上課容易分心、衝動，與科任老師發生言語衝突。",
    "長期未繳交作業，學習明顯落後，家長聯繫不易。",
    "父母離異後由祖母照顧，本學期缺席已達15節。",
    "疑似網路成癮，常熬夜打電動，早上叫不起床。",
    "在社群軟體上與校外人士聯繫，導師擔心其安全。",
]


def _grade(d: _Doc, kind: str) -> str:
    if kind == "國民小學":
        return f"{d.num(1, 6)}年{d.num(1, 8)}班"
    if kind == "國民中學":
        return d.pick([f"{d.num(7, 9)}年{d.num(1, 20)}班", f"{d.pick('789')}0{d.num(1, 9)}班"])
    return f"高{d.pick('一二三')}{d.pick('甲乙丙丁忠孝仁愛')}班"


def _school_form(d: _Doc) -> None:
    sch, kind = d.school()
    colon = d.pick(["：", "：", ":", "　"])
    d.t(f"{sch}輔導室　學生轉介單\n轉介日期{colon}{d.date()}\n學生姓名{colon}")
    d.person("young")
    d.t(f"　班級{colon}{_grade(d, kind)}　座號{colon}{d.num(1, 32)}\n")
    if d.p(0.6):
        d.t(d.pick(["出生日期", "生日", "出生年月日"]) + colon)
        d.birth("young")
        d.t("\n")
    if d.p(0.45):
        d.t(d.pick(["身分證字號", "身分證統一編號", "身分證號"]) + colon)
        d.twid()
        d.t("\n")
    d.t(d.pick(["監護人", "家長", "家長／監護人"]) + colon)
    relation, age, gender = d.pick(
        [
            ("母", "adult", "f"),
            ("父", "adult", "m"),
            ("祖母", "elder", "f"),
            ("外婆", "elder", "f"),
            ("姑姑", "adult", "f"),
            ("伯父", "adult", "m"),
            ("祖父", "elder", "m"),
        ]
    )
    d.person(age, gender)
    d.t(f"（{relation}）　{d.pick(['聯絡電話', '電話', '手機'])}{colon}")
    d.phone()
    d.t("\n")
    if d.p(0.6):
        d.t(d.pick(["住址", "現住地址", "通訊地址"]) + colon)
        d.addr()
        d.t("\n")
    if d.p(0.25):
        d.t("健保卡號" + colon)
        d.nhi()
        d.t("（轉介身心科就醫用）\n")
    d.t(
        f"轉介原因{colon}{d.pick(_REASONS)}\n轉介人{colon}"
        f"{d.pick(['導師 ', '導師', '生教組長 ', ''])}"
    )
    d.person("adult")
    if d.p(0.4):
        d.t(f"\n輔導教師{colon}")
        d.person("adult")


def _school_log(d: _Doc) -> None:
    _, kind = d.school()
    d.t(f"{d.date()} {d.clock()} ")
    d.person("adult")
    d.t(d.pick(["老師（導師）來電：", "導師來輔導室反映，", "老師line："]))
    d.person("young")
    d.t(
        f"（{_grade(d, kind)}"
        f"）{d.pick(['今天又沒到校，', '第三節後就不見人影，', '連續三天請病假，'])}"
    )
    d.t(d.pick(["家裡電話沒人接。", "班上同學說他在網咖。", "聯絡簿都沒簽。"]))
    if d.p(0.5):
        d.t("打給母親")
        d.person(d.pick(["adult", "adult", "foreign"]), "f")
        d.t("手機")
        d.phone("mobile")
        d.t(d.pick(["，母親說孩子在外婆家。", "，無人接聽，已留言。", "，母親表示會帶去看醫生。"]))
    else:
        d.t("聯絡阿嬤")
        d.person("elder", "f")
        d.t("（")
        d.phone()
        d.t("），阿嬤說孫子發燒在家。")
    d.t(d.pick(["\n→ 明日家訪。", "\n→ 列入觀察，下週追蹤。", "\n→ 通報學務處並轉介社工。", ""]))


def _school_speech(d: _Doc) -> None:
    d.t(f"晤談紀錄（第{d.num(1, 9)}次，{d.date()}）\n個案：")
    d.person("young")
    d.t("\n個案說：「我爸叫")
    d.person("adult", "m")
    d.t(
        d.pick(
            ["，他喝醉就會摔東西……", "，他都在大陸工作很少回來，", "，他叫我不要跟老師講家裡的事，"]
        )
    )
    d.t("我不想回家，可以去住我姑姑")
    d.person("adult", "f")
    d.t("那裡嗎？")
    if d.p(0.6):
        d.t("她住在")
        d.addr()
        d.t("，")
    d.t(d.pick(["她電話是", "你可以打給她，", "她的手機"]))
    d.phone("mobile")
    d.t("。」\n")
    d.t(d.pick(["處遇：依兒少權法進行通報，", "處遇：與導師討論後，"]))
    d.t(d.pick(["並聯繫社會局社工。", "安排下週再晤談。"]))
    d.t("\n輔導教師：")
    d.person("adult")


def _school_table(d: _Doc) -> None:
    _, kind = d.school()
    sep = d.pick(["\t", "｜", " | ", "  "])
    cols = ["編號", "姓名", "班級", "出生日期", "家長", "聯絡電話"]
    d.t(
        f"{d.num(112, 114)}學年度第{d.pick('12')}"
        f"學期高關懷學生名冊（{d.pick(['節錄', '輔導室留存', '請勿外流'])}）\n"
    )
    d.t(sep.join(cols) + "\n")
    for i in range(d.num(2, 4)):
        d.t(f"{i + 1}{sep}")
        d.person("young")
        d.t(f"{sep}{_grade(d, kind)}{sep}")
        d.birth("young")
        d.t(sep)
        d.person(d.pick(["adult", "adult", "elder", "foreign"]))
        d.t(sep)
        d.phone()
        d.t("\n")


def _school_mail(d: _Doc) -> None:
    d.t("家長")
    d.person(d.pick(["adult", "adult", "foreign"]))
    d.t(f"於{d.date()}來信（")
    d.email()
    d.t("）表示")
    d.person("young")
    d.t(d.pick(["在校遭同學取綽號，", "被同學在群組裡嘲笑，", "午餐被同學拿走，"]))
    d.t("要求輔導室介入。已回覆並約")
    d.t(d.date())
    d.t("面談。")
    if d.p(0.5):
        d.t("家長另留手機")
        d.phone("mobile")
        d.t("，上班時間請勿來電。")
    d.t("\n承辦：")
    d.person("adult")


def _school_neg(d: _Doc) -> None:
    kind = d.num(0, 3)
    if kind == 0:
        d.t(
            f"主旨：本校訂於{d.date()}（星期{d.pick('一二三四五')}）下午{d.num(1, 4)}"
            f"時{d.pick(['', '30分'])}"
        )
        d.t(
            f"於{d.pick(['三樓會議室', '輔導室團諮室', '圖書館視聽室'])}"
            f"召開{d.pick(['個案研討會', '學生輔導工作委員會', '認輔教師座談'])}，"
            "請各班導師準時出席。\n"
        )
        d.t(
            f"說明：依據學生輔導法第{d.num(6, 12)}條及教育局{d.date()}{d.docno('府授教輔')}函辦理。"
        )
    elif kind == 1:
        group = d.pick(
            [
                "黃昏之後",
                "林間漫步",
                "高飛的風箏",
                "陳年心事大掃除",
                "王牌情緒管理員",
                "江湖夜雨十年燈",
            ]
        )
        d.t(
            f"輔導室「{group}」成長團體開放報名：對象為{d.pick(['七', '八', '五', '六'])}"
            f"年級學生，共{d.num(6, 10)}次，"
        )
        d.t(
            f"每週{d.pick('一二三四五')}第{d.pick('五六七')}節，名額{d.num(8, 15)}名，"
            f"請於{d.date()}前至輔導室登記，額滿為止。"
        )
    elif kind == 2:
        d.t(
            f"{d.num(112, 114)}學年度第{d.pick('12')}"
            f"學期輔導室個案統計：一級輔導{d.num(40, 300)}人次、二級輔導{d.num(10, 60)}案、"
        )
        d.t(f"三級轉介{d.num(1, 12)}案；家庭議題占{d.num(20, 45)}%，人際議題占{d.num(10, 35)}%，")
        d.t(f"學習議題占{d.num(5, 25)}%。已依{d.docno('府授教輔')}陳報教育局。")
    else:
        d.t(f"認輔志工研習：{d.date()}上午9時至12時，講題「青少年自傷行為的辨識」，")
        d.t(f"研習時數3小時，地點本校{d.pick(['高字樓', '明德樓', '林蔭大道旁活動中心'])}。")
        d.t("請於研習前一日完成線上報名，並自備環保杯。")


# --------------------------------------------------------------------------------------------
# Genre 2: agricultural disaster relief (農損補助)
# --------------------------------------------------------------------------------------------

_DISASTERS = [
    "凱米颱風",
    "山陀兒颱風",
    "0520豪雨",
    "低溫寒害",
    "梅雨鋒面豪雨",
    "康芮颱風",
    "乾旱",
    "焚風",
]
_CROPS = [
    "水稻",
    "香蕉",
    "文旦",
    "高麗菜",
    "芒果",
    "鳳梨",
    "番石榴",
    "蓮霧",
    "落花生",
    "玉米",
    "蔥",
    "西瓜",
    "茶",
    "竹筍",
]


def _rural_district(d: _Doc) -> tuple[str, str]:
    city, dist, _ = d.pick([x for x in _DISTRICTS if x[0] in _RURAL_COUNTIES])
    return city, dist


def _farm_form(d: _Doc) -> None:
    city, dist = _rural_district(d)
    fname, _ = d.name("elder")
    d.t(f"{city}{dist}農業天然災害現金救助申請書\n災害別：{d.pick(_DISASTERS)}\n申請人：")
    d.say(fname)
    d.t(d.pick(["　出生年月日：", "\n出生日期：", "　生日："]))
    d.birth("elder")
    d.t(d.pick(["\n身分證統一編號：", "\n身分證字號：", "　ID："]))
    d.twid()
    d.t(d.pick(["\n戶籍地址：", "\n通訊地址：", "\n住址："]))
    d.addr()
    d.t("\n聯絡電話：")
    d.phone()
    if d.p(0.4):
        d.t("　行動電話：")
        d.phone("mobile")
    area = f"{d.num(1, 250) / 100:.2f}"
    d.t(f"\n受害土地：{d.pick(_VILLAGES)}段{d.num(1, 1500)}-{d.num(1, 30)}地號，面積{area}公頃，")
    d.t(
        f"作物{d.pick(_CROPS)}，損害率{d.num(20, 100)}"
        f"%\n申請救助金額：新臺幣{d.amount(5000, 200000)}元\n"
    )
    d.t("申請人簽章：")
    d.say(fname)
    if d.p(0.35):
        d.t("（代理人：")
        d.person("adult")
        d.t("）")


def _farm_log(d: _Doc) -> None:
    _, dist = _rural_district(d)
    d.t(f"{d.date()} {dist}公所受理")
    gender = d.pick("mf")
    d.person("elder", gender)
    d.t(d.pick(["君", "", "先生" if gender == "m" else "女士"]))
    if d.p(0.6):
        d.t("（")
        d.twid()
        d.t("）")
    crop = d.pick(_CROPS)
    d.t(f"{d.pick(_DISASTERS)}{crop}農損救助申請，{d.pick(_VILLAGES)}段{d.num(1, 999)}地號，")
    d.t(f"{d.num(5, 300) / 100:.2f}公頃。由")
    d.person("adult")
    d.t(d.pick(["、", "及"]))
    d.person("adult")
    d.t(
        f"會同村長現勘，損害率{d.num(20, 100)}"
        f"%，{d.pick(['符合救助標準。', '未達20%不予救助。', '待補照片後再審。'])}"
    )
    d.t(d.pick(["手機", "聯絡電話", "連絡電話："]))
    d.phone()
    d.t("。")


def _farm_speech(d: _Doc) -> None:
    crop = d.pick(_CROPS)
    d.t(f"現勘紀錄（{d.date()}）\n農民")
    gender = d.pick("mf")
    d.person("elder", gender)
    d.t(d.pick(["阿伯", "", "先生"] if gender == "m" else ["阿嬤", "", "女士"]))
    d.t(f"表示：「這甲{crop}攏總倒了了，剩沒幾欉，拜託你們卡緊咧。")
    d.t(d.pick(["我不識字，", "我耳朵不好，", "我手機不會用，"]))
    d.t("要找就打我後生")
    d.person("adult", "m")
    d.t("的電話")
    d.phone("mobile")
    d.t("。」\n")
    if d.p(0.5):
        d.t("農民出生日期：")
        d.birth("elder")
        d.t("，")
    d.t(f"已拍照{d.num(6, 24)}張存檔。\n勘查人員：")
    d.person("adult")


def _farm_list(d: _Doc) -> None:
    _, dist = _rural_district(d)
    sep = d.pick(["\t", " ", "｜", "，"])
    d.t(f"{dist}{d.pick(_DISASTERS)}救助金核撥清冊（第{d.num(1, 9)}批）\n")
    d.t(sep.join(["序號", "姓名", "身分證字號", "作物", "金額"]) + "\n")
    for i in range(d.num(2, 5)):
        d.t(f"{i + 1}{sep}")
        if d.p(0.18):
            d.foreigner()
            d.t(sep)
            d.arc()
        else:
            d.person("elder")
            d.t(sep)
            d.twid()
        d.t(f"{sep}{d.pick(_CROPS)}{sep}{d.amount(3000, 150000)}\n")
    d.t(f"合計新臺幣{d.amount(50000, 900000)}元")


def _farm_agent(d: _Doc) -> None:
    gender = d.pick("mf")
    d.t("申請人")
    d.person("elder", gender)
    d.t(d.pick(["年邁行動不便，", "住院中，", "因中風無法親自到所，"]))
    d.t("委託")
    spouse = "f" if gender == "m" else "m"
    relation, agent_gender, foreign = d.pick(
        [
            ("媳婦", "f", False),
            ("女兒", "f", False),
            ("兒子", "m", False),
            ("配偶", spouse, False),
            ("外籍媳婦", "f", True),
            ("外籍看護", None, True),
        ]
    )
    d.t(relation)
    if foreign:
        _, nat = d.foreigner(agent_gender)
        d.t(f"（{_NAT_ZH[nat]}籍，統一證號")
        d.arc()
        d.t("）")
    else:
        d.person("elder" if relation == "配偶" else "adult", agent_gender)
        d.t("（")
        d.twid()
        d.t("）")
    d.t("代為申請，代理人電話")
    d.phone()
    d.t(
        "。"
        f"救助金撥入申請人農會帳戶，{d.pick(['委託書已附。', '已核對印鑑。', '委託書正本留存。'])}"
    )


def _farm_neg(d: _Doc) -> None:
    kind = d.num(0, 3)
    crop, crop2 = d.pick(_CROPS), d.pick(_CROPS)
    city, dist = _rural_district(d)
    if kind == 0:
        d.t(
            f"{city}政府公告：{d.num(112, 114)}年{d.pick(_DISASTERS)}造成本縣{crop}、{crop2}"
            "等作物受損，"
        )
        d.t(
            f"經農業部{d.docno('農授糧')}公告列為救助地區，救助額度{crop}"
            f"每公頃新臺幣{d.amount(20000, 150000)}元。"
        )
        start, end = d.date_pair()
        d.t(f"受理期間自{start}起至{end}止，請農民攜帶身分證明文件至{dist}公所申請。")
        d.t(f"依農業天然災害救助辦法第{d.num(3, 12)}條辦理。")
    elif kind == 1:
        d.t(
            f"{dist}公所彙整：{d.pick(_DISASTERS)}轄內受損面積計{d.num(10, 900)}.{d.num(1, 9)}"
            "公頃，"
        )
        d.t(
            f"林業{d.num(1, 90)}公頃、果樹{d.num(1, 200)}"
            f"公頃（{d.pick(['黃金果、文旦', '芒果、荔枝', '高接梨、柿子'])}），"
        )
        d.t(
            f"{d.pick(['黃豆', '紅豆', '落花生'])}{d.num(1, 50)}公頃；"
            f"預估救助金額新臺幣{d.amount(100000, 9000000)}元，"
        )
        d.t(f"已於{d.date()}陳報縣府。")
    elif kind == 2:
        sep = d.pick(["｜", "\t", "  "])
        d.t(f"作物別{sep}救助額度（元／公頃）\n")
        for c in d.rng.sample(_CROPS, d.num(3, 5)):
            d.t(f"{c}{sep}{d.amount(15000, 180000)}\n")
        d.t(f"※依{d.docno('農授糧')}辦理，損害率20%以上始予救助。")
    else:
        d.t(f"{d.date()}農損現勘行程：上午{dist}{d.pick(_VILLAGES)}村、下午{d.pick(_VILLAGES)}村，")
        d.t(f"{d.pick(['林務局', '農會', '改良場'])}派員{d.num(2, 5)}名協助；")
        d.t(f"{d.pick(['林鳳營', '王功', '陳厝寮', '高樹'])}一帶道路積水，請改道行駛。")


# --------------------------------------------------------------------------------------------
# Genre 3: labour inspection (勞動檢查) complaint records
# --------------------------------------------------------------------------------------------

_ISSUES = [
    "雇主扣留護照及居留證，每月另扣「保管費」。",
    "每日工作12小時，每月只休兩天，加班費未依法給付。",
    "宿舍12人一間，無熱水，廁所損壞兩個月未修。",
    "仲介每月收取服務費超過規定，且未開立收據。",
    "雇主未替其投保勞保、健保，受傷後拒絕給付醫藥費。",
    "工資低於基本工資，薪資單未列明扣款項目。",
    "被要求到許可以外的工作場所打掃老闆的家。",
]


def _labour_form(d: _Doc) -> None:
    d.t(f"勞工申訴案件紀錄表　案號：{d.num(112, 114)}勞申字第{d.num(100, 9999)}號\n申訴人：")
    _, nat = d.foreigner()
    d.t(f"（{_NAT_ZH[nat]}籍，{d.pick(['製造業', '看護工', '營造業', '漁工'])}）\n")
    d.t(d.pick(["居留證號：", "統一證號：", "ARC："]))
    d.arc()
    d.t(d.pick(["　護照號碼：", "\n護照號碼：", "　Passport No.："]))
    d.passport(nat)
    if d.p(0.5):
        d.t("\n出生日期：")
        d.birth("adult", foreign=True)
    d.t("\n聯絡電話：")
    d.phone("mobile")
    d.t(f"\n被申訴單位：{d.company()}（統一編號：{d.ban()}）\n")
    if d.p(0.5):
        d.t(f"仲介公司：{d.pick(['新亞人力仲介', '東聯國際人力', '佳美人力資源'])}有限公司\n")
    d.t(f"申訴事項：{d.pick(_ISSUES)}\n通譯：")
    d.person(d.pick(["adult", "foreign"]))


def _labour_log(d: _Doc) -> None:
    d.t(f"{d.date()} {d.clock()} ")
    d.person("adult")
    d.t("來電（")
    d.phone()
    d.t(
        f"），反映任職之{d.company()}自{d.num(1, 12)}"
        f"月起{d.pick(['未給付加班費', '遲發薪資', '未提撥勞退'])}，"
    )
    d.t(
        f"每日工時達{d.num(10, 14)}"
        f"小時，{d.pick(['請求協助並希望匿名。', '要求本處派員檢查。', '已向勞工局申請調解。'])}"
    )
    if d.p(0.35):
        d.t("住址：")
        d.addr()
        d.t("。")
    d.t(d.pick(["承辦人：", "\n承辦：", " 受理人員："]))
    d.person("adult")


def _labour_speech(d: _Doc) -> None:
    d.t("申訴人")
    d.person(d.pick(["adult", "adult", "indig"]))
    d.t("口述：「我在")
    d.t(d.company())
    d.t(f"做{d.pick(['包裝', '鷹架', '送貨', '洗碗', '作業員'])}，老闆")
    d.person("adult")
    d.t(f"說試用期不用保勞健保，薪水只給{d.amount(15000, 26000)}，")
    d.t(d.pick(["我問他就叫我不要做了。", "做滿三個月也沒有加。", "加班都沒有算錢。"]))
    d.t("」\n申訴人身分證：")
    d.twid()
    d.t("，出生")
    d.birth("adult")
    d.t(d.pick(["，手機", "，聯絡", "，電話"]))
    d.phone("mobile")
    d.t("。")


def _labour_mail(d: _Doc) -> None:
    d.t(f"{d.date()}收到電子郵件申訴，寄件人")
    name, nat = d.name(d.pick(["adult", "foreign"]))
    d.say(name)
    d.t("（")
    d.email(name if nat else None)
    d.t(f"），附薪資單照片{d.num(2, 6)}張，內容指{d.company()}積欠{d.num(1, 12)}月薪資")
    d.t(f"新臺幣{d.amount(20000, 90000)}元。已請")
    d.person("adult")
    d.t("回覆並約談雇主")
    d.person("adult")
    d.t(d.pick(["。", "，預定下週三到場檢查。"]))


def _labour_table(d: _Doc) -> None:
    sep = d.pick(["／", "\t", "｜"])
    d.t(f"{d.company()}移工集體申訴名單\n")
    d.t(sep.join(["編號", "姓名", "國籍", "居留證號", "護照號碼"]) + "\n")
    for i in range(d.num(2, 4)):
        d.t(f"{i + 1}{sep}")
        _, nat = d.foreigner()
        d.t(f"{sep}{_NAT_ZH[nat]}{sep}")
        d.arc()
        d.t(sep)
        d.passport(nat)
        d.t("\n")
    d.t("聯絡人：")
    d.person("foreign")
    d.t(" ")
    d.phone("mobile")


def _labour_neg(d: _Doc) -> None:
    kind = d.num(0, 4)
    if kind == 0:
        d.t(f"{d.company()}（統一編號{d.ban()}）經本處於{d.date()}實施勞動檢查，")
        d.t(
            f"查有違反勞動基準法第{d.pick(['24', '32', '36', '38', '30'])}條第{d.num(1, 3)}項規定，"
        )
        d.t(
            f"依同法第79條處新臺幣{d.amount(20000, 1000000)}元罰鍰，並限期於{d.date()}"
            f"前改善（{d.docno('北市勞檢')}）。"
        )
    elif kind == 1:
        wage, hours, safety, other = d.num(20, 120), d.num(10, 80), d.num(5, 40), d.num(5, 60)
        total = wage + hours + safety + other
        d.t(f"{d.num(112, 114)}年{d.num(1, 12)}月份受理申訴案件計{total}件：工資爭議{wage}件、")
        d.t(
            f"工時{hours}件、職業安全{safety}件、其他{other}件；"
            f"移工申訴{d.num(1, total // 3)}件，已結案{d.num(total // 3, total)}件。"
        )
    elif kind == 2:
        d.t(
            f"本年度高溫作業專案檢查對象：{d.pick(['營造業', '物流業', '外送平台業', '農林業'])}，"
            f"共{d.num(30, 200)}家，"
        )
        d.t(f"重點為高氣溫戶外作業危害預防（職業安全衛生設施規則第{d.num(300, 325)}條之1），")
        d.t("檢查期間{}至{}。".format(*d.date_pair()))
    elif kind == 3:
        sep = d.pick(["｜", "\t"])
        d.t(sep.join(["事業單位", "統一編號", "違反法條", "罰鍰"]) + "\n")
        for _ in range(d.num(2, 4)):
            d.t(
                f"{d.company()}{sep}{d.ban()}{sep}勞基法第{d.pick(['24', '32', '36', '39'])}"
                f"條{sep}{d.amount(20000, 500000)}\n"
            )
        d.t("（依勞動基準法第80條之1公布）")
    elif kind == 4:
        d.t(
            f"勞資爭議調解案號{d.num(112, 114)}勞調字第{d.digits(4)}號：{d.company()}企業工會與資方"
        )
        d.t(f"就年終獎金發放標準達成協議，每人發給{d.num(1, 3)}.{d.num(0, 9)}個月，")
        d.t(f"並於{d.date()}前撥付；依勞資爭議處理法第23條，調解成立視為爭議當事人間之契約。")


# --------------------------------------------------------------------------------------------
# Genre 4: library reader cards and lost-and-found
# --------------------------------------------------------------------------------------------

_BOOKS = [
    "林中小屋",
    "高山上的孩子",
    "黃昏的故鄉",
    "江南舊事",
    "許多的雨天",
    "老屋顏",
    "海風酒店",
    "台灣野鳥圖鑑",
    "陳舊的時光",
]


def _library_card(d: _Doc) -> None:
    d.t(f"辦證紀錄 {d.date()}\n讀者姓名：")
    name, nat = d.name(d.pick(["adult", "young", "elder", "foreign", "indig"]))
    d.say(name)
    if nat:
        d.t("\n居留證號：")
        d.arc()
    else:
        d.t(d.pick(["\n證件號碼：", "\n身分證字號：", "\n身分證："]))
        d.twid()
    if d.p(0.7):
        d.t(d.pick(["\n生日：", "\n出生日期："]))
        d.birth(d.pick(["adult", "young"]), foreign=bool(nat))
    d.t(d.pick(["\n手機：", "\n電話：", "\n聯絡電話："]))
    d.phone()
    if d.p(0.6):
        d.t(d.pick(["\nEmail：", "\nE-mail：", "\n電子信箱："]))
        d.email(name if nat else None)
    if d.p(0.6):
        d.t("\n通訊地址：")
        d.addr()
    d.t("\n經辦：")
    d.person("adult")


def _library_lost(d: _Doc) -> None:
    place = d.pick(["三樓自修室", "兒童室", "B1停車場", "一樓新書區", "期刊區沙發"])
    d.t(f"{d.date()} {place}拾獲{d.pick(['黑色皮夾一只', '紅色零錢包一個', '卡套一個'])}，內有")
    parts = d.num(0, 2)
    if parts in (0, 2):
        d.t("健保卡（姓名")
        name, _ = d.name("any")
        d.say(name)
        d.t("，卡號")
        d.nhi()
        d.t("）")
    if parts in (1, 2):
        d.t("、" if parts == 2 else "")
        d.t("信用卡一張（卡號")
        d.card()
        if d.p(0.35):
            d.t("，持卡人")
            d.person("any")
        d.t("）")
        if parts == 1:
            d.t("及借書證（")
            d.person("any")
            d.t("）")
    d.t(f"及現金{d.num(100, 3000)}元。")
    d.t(d.pick(["經查讀者資料，已撥打", "已電話通知", "讀者資料留存電話"]))
    d.phone()
    d.t(d.pick(["，留言未接。", "，本人將於明日領回。", "，無人接聽。"]))
    if d.p(0.4):
        d.t("\n拾獲人：")
        d.person("any")
        d.t(d.pick(["（讀者）", "（志工）", ""]))


def _library_table(d: _Doc) -> None:
    sep = d.pick(["｜", "\t", " | "])
    d.t(sep.join(["日期", "拾得物", "地點", "失主", "聯絡方式", "領回簽名"]) + "\n")
    for _ in range(d.num(2, 4)):
        d.t(
            f"{d.num(1, 12)}/{d.num(1, 28)}{sep}"
            f"{d.pick(['學生證', '悠遊卡', '眼鏡', '水壺', '筆電充電器', '外套'])}{sep}"
        )
        d.t(f"{d.pick(['3F自修室', '兒童室', '服務台前', '二樓廁所'])}{sep}")
        if d.p(0.75):
            name, _ = d.name(d.pick(["young", "adult", "foreign"]))
            d.say(name)
            d.t(sep)
            if d.p(0.8):
                d.phone()
            else:
                d.email()
            d.t(sep)
            if d.p(0.5):
                d.say(name)
            else:
                d.t("未領")
        else:
            d.t(f"不明{sep}—{sep}未領")
        d.t("\n")


def _library_note(d: _Doc) -> None:
    if d.p(0.5):
        d.t("讀者")
        d.person(d.pick(["adult", "young", "elder"]))
        d.t("（證號")
        d.twid()
        d.t(
            f"）{d.pick(['反映借書證遺失，申請補發', '申請換發實體借閱證'])}，已核對身分證件，"
            f"收工本費{d.pick(['50', '100'])}元。"
        )
        if d.p(0.5):
            d.t("新證寄送地址：")
            d.addr()
            d.t("。")
    else:
        d.t("外籍讀者")
        name, nat = d.foreigner()
        d.t("持護照")
        d.passport(nat)
        d.t("申辦臨時借閱證，效期六個月，聯絡信箱")
        d.email(name)
        d.t("。")
    opening, closing = d.pick([("（櫃台：", "）"), ("／經辦", ""), (" 值班：", ""), ("（", "）")])
    d.t(opening)
    d.person("adult")
    d.t(closing)


def _library_overdue(d: _Doc) -> None:
    d.t("逾期催還：")
    d.person(d.pick(["adult", "young", "indig"]))
    d.t(f"，借閱《{d.pick(_BOOKS)}》等{d.num(1, 6)}冊，逾期{d.num(5, 120)}日，已寄送通知至")
    d.email()
    d.t("，並以電話")
    d.phone()
    d.t(d.pick(["聯繫，讀者表示週末歸還。", "聯繫未果。", "聯繫，家長代為回覆。"]))


def _isbn(d: _Doc) -> str:
    body = "978957" + d.digits(6)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return f"{full[:3]}-{full[3:6]}-{full[6:9]}-{full[9:12]}-{full[12]}"


def _library_neg(d: _Doc) -> None:
    kind = d.num(0, 3)
    if kind == 0:
        theme = d.pick(["黃昏的故鄉", "林間小旅行", "高山的呼喚", "江河之子", "石頭與花"])
        d.t(
            f"本館{d.num(1, 12)}月主題書展「{theme}」，"
            f"展期{'至'.join(d.date_pair())}，地點二樓期刊區。"
        )
        d.t(
            f"精選館藏{d.num(40, 300)}冊，如《{d.pick(_BOOKS)}》（ISBN {_isbn(d)}，"
            f"索書號 {d.num(100, 999)}.{d.num(1, 99)} {d.num(1000, 9999)}）。"
        )
    elif kind == 1:
        d.t(f"{d.num(1, 12)}月遺失物招領：")
        items = [
            "兒童室拾獲藍色水壺一個",
            "B1停車場拾獲黑色雨傘一把",
            "三樓拾獲眼鏡一副",
            "自修室拾獲耳機一副",
            "廁所拾獲保溫杯一個",
        ]
        for item in d.rng.sample(items, d.num(2, 4)):
            d.t(f"{d.num(1, 12)}/{d.num(1, 28)}{item}；")
        d.t("請失主於保管期限6個月內攜帶相關證明至一樓服務台認領（依民法第803條）。")
    elif kind == 2:
        d.t(f"借閱規則：每證可借{d.num(5, 20)}冊，借期{d.pick(['21', '28', '30'])}日，可續借1次；")
        d.t(
            f"逾期每冊每日滯還金新臺幣{d.pick(['5', '10'])}元。館藏條碼C{d.digits(9)}"
            f"之資料因破損暫停流通（{d.docno('桃市圖')}）。"
        )
    else:
        d.t(
            f"{d.date()}閉館公告：因{d.pick(['消防設備檢修', '電力系統維護', '颱風'])}，"
            f"本館及{d.pick(['林口', '高樹', '王功', '陳厝'])}分館"
        )
        d.t(f"暫停開放一日，還書箱照常使用，預約書保留期限順延{d.num(2, 7)}日。")


# --------------------------------------------------------------------------------------------
# Genre 5: water-bill arrears and disconnection notices
# --------------------------------------------------------------------------------------------


def _waterno(d: _Doc) -> str:
    return f"{d.num(1, 12)}-{d.num(10, 99)}-{d.digits(6)}-{d.num(0, 9)}"


def _water_notice(d: _Doc) -> None:
    d.person(d.pick(["adult", "elder", "indig", "foreign"]))
    d.t(d.pick([" 先生／女士 台鑒：\n", " 君 台鑒：\n", " 用戶 您好：\n"]))
    d.t("　貴戶用水地址：")
    d.addr()
    d.t(f"\n　水號：{_waterno(d)}\n")
    d.t(
        f"　{d.num(112, 114)}年{d.pick(['1-2', '3-4', '5-6', '7-8', '9-10', '11-12'])}"
        f"月水費計新臺幣{d.amount(300, 9000)}元，"
    )
    due, stop = d.date_pair()
    d.t(f"已逾繳費期限{due}，經催繳仍未繳納。依自來水法第{d.pick(['61', '63'])}條及營業章程規定，")
    d.t(f"訂於{stop}起停止供水，請儘速繳納。\n台灣自來水公司第{d.num(1, 12)}區管理處")


def _water_call(d: _Doc) -> None:
    for _ in range(d.num(1, 3)):
        d.t(f"{d.date()} 電催：")
        d.person(d.pick(["adult", "elder"]))
        d.t(d.pick(["／", " ", "，"]))
        d.phone()
        d.t(f"／欠{d.num(2, 6)}期共{d.amount(500, 12000)}元，")
        d.t(
            d.pick(
                [
                    "本人表示週五前繳清。",
                    "家屬表示人在醫院。",
                    "空號。",
                    "答應分期。",
                    "房客已搬走。",
                ]
            )
        )
        d.t("\n")


def _water_card(d: _Doc) -> None:
    d.t("信用卡代繳水費約定書\n用戶名稱：")
    user, _ = d.name("adult")
    d.say(user)
    d.t(f"\n水號：{_waterno(d)}\n持卡人：")
    if d.p(0.6):
        d.say(user)
    else:
        d.person("adult")
    d.t("\n身分證字號：")
    d.twid()
    d.t("\n信用卡號：")
    d.card()
    d.t(f"\n有效期限：{d.num(1, 12):02}/{d.num(26, 31)}\n聯絡電話：")
    d.phone()
    if d.p(0.6):
        d.t("\n電子郵件：")
        d.email()
    d.t(f"\n申請日期：{d.date()}")


def _water_landlord(d: _Doc) -> None:
    d.t("房東")
    d.person(d.pick(["elder", "adult"]))
    d.t("來電說：「那間租給")
    d.person(d.pick(["adult", "foreign", "young"]))
    d.t(d.pick(["，人上個月就搬走了，", "，房租欠兩個月也跑了，", "，說好水費房客自己繳，"]))
    d.t("帳單改寄到")
    d.addr()
    d.t("給我。」房東手機")
    d.phone("mobile")
    d.t(d.pick(["。", "，已更新通訊資料。", "，請營業股處理。"]))


def _water_list(d: _Doc) -> None:
    sep = d.pick(["\t", " ", "｜"])
    d.t(f"停水名單（{d.date()}執行）\n")
    d.t(sep.join(["水號", "用戶", "用水地址", "欠費金額"]) + "\n")
    for _ in range(d.num(2, 4)):
        d.t(f"{_waterno(d)}{sep}")
        d.person(d.pick(["adult", "elder"]))
        d.t(sep)
        d.addr()
        d.t(f"{sep}{d.amount(500, 15000)}\n")


def _water_neg(d: _Doc) -> None:
    kind = d.num(0, 4)
    city, dist, _ = d.pick(_DISTRICTS)
    road = d.pick(_ROADS)
    if kind == 0:
        rng_txt = d.pick(
            [
                f"1號至{d.num(99, 399)}號（單號）",
                "全段",
                f"{d.num(1, 50)}巷至{d.num(51, 200)}巷",
                f"2號至{d.num(100, 300)}號（雙號）",
            ]
        )
        d.t(
            f"停水公告：因{road}汰換管線工程，{d.date()}22時至翌日6時，{city}{dist}{road}{rng_txt}停止供水，"
        )
        d.t(d.pick(["高樓層用戶恢復供水時間較晚，", "附近地區水壓可能降低，", ""]))
        d.t("請用戶預先儲水。")
    elif kind == 1:
        d.t(
            f"第{d.num(1, 12)}區管理處{d.num(1, 12)}月欠費停水戶數{d.num(10, 300)}戶，"
            f"恢復供水{d.num(5, 200)}戶，"
        )
        d.t(f"欠費總額新臺幣{d.amount(100000, 9000000)}元；{dist}服務所催繳率{d.num(60, 99)}%。")
    elif kind == 2:
        d.t("水價說明：每月用水1至10度每度新臺幣7.35元，11至30度每度9.45元，31至50度每度11.55元，")
        d.t("51度以上每度12.075元；基本費依水表口徑計收，另代徵水源保育與回饋費每度0.5元。")
    elif kind == 4:
        d.t(
            f"{d.date()}{dist}{road}與{d.pick(_ROADS)}口發生漏水，"
            f"已派{d.pick(['第一', '第二', '夜間'])}搶修班前往，"
        )
        d.t(f"預計{d.clock()}完成；施工期間{road}單線通行（{d.docno('高市水')}）。")
    elif kind == 3:
        d.t(f"請購案{d.num(112, 114)}-{d.digits(4)}：水表{d.num(200, 3000)}只，")
        d.t(
            f"得標廠商{d.company()}（統一編號{d.ban()}），"
            f"決標金額新臺幣{d.amount(100000, 5000000)}元，"
        )
        d.t(f"統一發票{d.pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}{d.pick('ABCD')}{d.digits(8)}已入帳。")


# --------------------------------------------------------------------------------------------
# Genre 6: household registration (戶政) counter logs
# --------------------------------------------------------------------------------------------

_SERVICES = [
    "戶籍謄本申請",
    "遷入登記",
    "出生登記",
    "結婚登記",
    "初領國民身分證",
    "補領身分證",
    "死亡登記",
    "更名登記",
    "印鑑登記",
]


def _hr_counter(d: _Doc) -> None:
    for _ in range(d.num(1, 3)):
        d.t(f"{d.date()} {d.clock()} 櫃台{d.num(1, 8)}　{d.pick(_SERVICES)}　申請人")
        d.person(d.pick(["adult", "elder", "indig"]))
        d.t("（")
        d.twid()
        d.t("）")
        if d.p(0.2):
            d.t(d.pick(["，以健保卡核對身分，卡號", "，未帶身分證，核對健保卡"]))
            d.nhi()
        if d.p(0.45):
            d.t("，代理人")
            d.person("adult")
            d.t(f"（{d.pick(['子', '女', '配偶', '孫', '受託人'])}）")
            if d.p(0.5):
                d.t("，代理人身分證")
                d.twid()
        d.t(d.pick(["　承辦", "，承辦人", " 經辦"]))
        d.person("adult")
        d.t("\n")


def _plain_han(d: _Doc, gender: str) -> tuple[str, str]:
    """A Han name of a single-character surname and a two-character given name, and its surname."""
    while True:
        name, nat = d.name("adult", gender)
        if nat is None and len(name) == 3 and name[:2] not in _COMPOUND_SURNAMES:
            return name, name[0]


def _hr_married(d: _Doc) -> None:
    own, _ = _plain_han(d, "f")
    husband, husband_surname = _plain_han(d, "m")
    d.t(f"{d.date()} 當事人")
    d.say(own)
    d.t("申請冠配偶姓，配偶")
    d.say(husband)
    d.t("，變更後姓名為")
    d.v(husband_surname + own, PERSON)
    d.t(d.pick(["，已換發國民身分證", "，已收規費", "，換證照片已附"]))
    if d.p(0.5):
        d.t("，統一編號")
        d.twid()
        d.t("不變")
    d.t("。")


def _hr_indigenous(d: _Doc) -> None:
    d.t(f"{d.date()} ")
    d.person("adult")
    d.t("申請回復傳統名字，登記為「")
    sep = d.pick("‧‧·")
    han = d.pick(_IND_HAN_FIRST) + sep + d.pick(_IND_HAN_LAST)
    d.v(han, PERSON)
    d.t("」")
    if d.p(0.6):
        d.t("，並以羅馬拼音「")
        d.v(d.pick(_IND_ROM_FIRST) + " " + d.pick(_IND_ROM_LAST), PERSON)
        d.t("」並列")
    d.t("；出生日期")
    d.birth(d.pick(["adult", "elder"]))
    d.t("，身分證統一編號")
    d.twid()
    d.t("不變。")


def _hr_spouse(d: _Doc) -> None:
    d.t("外籍配偶")
    _, nat = d.foreigner()
    d.t(f"（{_NAT_ZH[nat]}籍，護照號碼")
    d.passport(nat)
    if d.p(0.6):
        d.t("，居留證號")
        d.arc()
    d.t("）與國人")
    d.person("adult")
    d.t("（")
    d.twid()
    d.t(f"）{d.pick(['辦理結婚登記', '辦理初設戶籍', '申請歸化後之初設登記'])}，")
    d.t(d.pick(["雙方住址", "戶籍地址", "共同住所"]))
    d.addr()
    d.t("。")
    if d.p(0.5):
        d.t("外籍配偶出生日期")
        d.birth("adult", foreign=True)
        d.t("，")
    d.t("聯絡電話")
    d.phone()
    d.t("。")


def _hr_form(d: _Doc) -> None:
    applicant, _ = d.name(d.pick(["adult", "elder", "indig"]))
    sep = d.pick(["：", ":", "　"])
    d.t(f"{d.pick(['戶籍登記申請書', '國民身分證申請書', '戶籍謄本申請書'])}\n姓名{sep}")
    d.say(applicant)
    d.t(f"\n出生日期{sep}")
    d.birth(d.pick(["adult", "elder"]))
    d.t(f"\n國民身分證統一編號{sep}")
    d.twid()
    d.t(f"\n戶籍地址{sep}")
    d.addr()
    d.t(f"\n通訊電話{sep}")
    d.phone()
    d.t(f"\n申請項目{sep}{d.pick(_SERVICES)}\n申請人簽章{sep}")
    d.say(applicant)
    d.t(f"\n申請日期{sep}{d.date()}")


def _hr_call(d: _Doc) -> None:
    d.t("民眾")
    d.person(d.pick(["adult", "adult", "foreign"]))
    d.t("來電（")
    d.phone()
    d.t("）：「我")
    relation, gender = d.pick([("阿公", "m"), ("爸爸", "m"), ("媽媽", "f"), ("阿嬤", "f")])
    d.t(relation)
    d.person("elder", gender)
    d.t(
        d.pick(
            [
                "上個月過世，死亡登記要帶什麼？",
                "住在安養院，要怎麼遷戶口？",
                "身分證不見了，我可以幫他補辦嗎？",
            ]
        )
    )
    d.t("」已告知需帶")
    d.t(d.pick(["死亡證明書及申請人印章", "委託書、雙方身分證及印章", "戶口名簿及照片"]))
    d.t("，可至任一戶所辦理。")


def _hr_neg(d: _Doc) -> None:
    kind = d.num(0, 4)
    if kind == 0:
        d.t(
            f"本所{d.num(1, 12)}月份受理結婚登記{d.num(10, 90)}件、離婚登記{d.num(3, 40)}件、"
            f"出生登記{d.num(5, 70)}件、"
        )
        d.t(f"死亡登記{d.num(5, 80)}件，遷入{d.num(50, 900)}人、遷出{d.num(50, 900)}人，")
        d.t(f"人口數較上月{d.pick(['增加', '減少'])}{d.num(1, 300)}人。")
    elif kind == 1:
        d.t("依戶籍法第48條規定，戶籍登記之申請，應於事件發生之日起30日內為之；")
        d.t("無正當理由未於法定期間為登記者，依第79條處新臺幣300元以上900元以下罰鍰。")
        d.t(f"（{d.docno('中市戶')}）")
    elif kind == 2:
        d.t(
            f"戶籍謄本每張新臺幣15元；本所服務時間週一至週五上午8時至下午5時，每週{d.pick('二四')}延長至晚上8時。"
        )
        d.t(f"{d.date()}起{d.pick(['黃昏市場旁', '林森路口', '高鐵站'])}臨時服務站暫停服務。")
    elif kind == 3:
        d.t(f"線上申辦案件編號{d.pick('ABCDEFGHJKMNPQTUVXZ')}{d.num(112, 114)}{d.digits(8)}")
        d.t(
            f"（{d.pick(['戶籍謄本', '門牌證明', '印鑑證明'])}）已於{d.date()}核發，"
            f"規費收據第{d.digits(7)}號，"
        )
        d.t(f"新臺幣{d.pick(['15', '30', '45'])}元已由線上刷卡完成繳納。")
    else:
        d.t(
            f"{d.date()}戶政業務聯繫會報：一、{d.num(113, 114)}"
            f"年度簡化作業方案已函頒（{d.docno('府民戶')}）。"
        )
        d.t(f"二、自然人憑證到期換發{d.num(100, 900)}件。三、陳情案件{d.num(0, 9)}件均已回覆。")


_POSITIVES: list[Callable[[_Doc], None]] = [
    _school_form,
    _school_log,
    _school_speech,
    _school_table,
    _school_mail,
    _farm_form,
    _farm_log,
    _farm_speech,
    _farm_list,
    _farm_agent,
    _labour_form,
    _labour_log,
    _labour_speech,
    _labour_mail,
    _labour_table,
    _library_card,
    _library_lost,
    _library_table,
    _library_note,
    _library_overdue,
    _water_notice,
    _water_call,
    _water_card,
    _water_landlord,
    _water_list,
    _hr_counter,
    _hr_married,
    _hr_indigenous,
    _hr_spouse,
    _hr_form,
    _hr_call,
]
_NEGATIVES: list[Callable[[_Doc], None]] = [
    _school_neg,
    _farm_neg,
    _labour_neg,
    _library_neg,
    _water_neg,
    _hr_neg,
]


def generate_heldout26(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    world = _World(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < NEGATIVE_SHARE
        for _attempt in range(50):
            doc = _Doc(world)
            rng.choice(_NEGATIVES if negative else _POSITIVES)(doc)
            text = doc.text()
            if negative:
                if doc.spans or lookalike_hits(text, mobiles=True):
                    continue
            elif not doc.spans or lookalike_hits(mask_spans(text, doc.spans), mobiles=False):
                continue
            samples.append(Sample(text, list(doc.spans), negative, list(doc.known)))
            break
        else:
            raise AssertionError("could not draw a clean sample")
    return samples, list(world.known)
