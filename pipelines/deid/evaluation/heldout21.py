"""Held-out evaluation set 21: synthetic Taiwanese agency free text with gold personal-data spans.

Written independently of the scanner. Six genres of staff writing, in Traditional Chinese:
medical-dispute mediation (醫療爭議調解) minutes, child-welfare home-visit reports, Indigenous
reserve-land (原住民保留地) applications, metro lost-and-found tickets, campus security logs and
land-administration (地政事務所) counter notes. About a quarter of the samples are hard negatives
that hold only public or non-personal look-alikes (document and case numbers, companies' BANs,
statutes, amounts, ordinary dates, place, organisation and product names, words that begin with a
surname character, masked names). Every name and number is synthetic; the identifiers carry valid
checksums so that they look real to a validator.

``generate_heldout21(n, seed)`` returns ``(samples, known_names)``; the known names mimic a
dataset's applicant-name column: about half of the PERSON mentions use one of them, and the list
also holds names that no text mentions.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout21"]

# --------------------------------------------------------------------------------------------
# Name material (written for this set)
# --------------------------------------------------------------------------------------------


def _w(s: str) -> tuple[str, ...]:
    """Words of a space-separated list."""
    return tuple(s.split())


_DOC_PREFIXES = _w(
    "府授工 北市衛醫 新北衛醫 花府原土 東府原經 院臺衛 衛部醫 內授中辦地 北市地登 府社兒少 "
    "原民土 屏府原土 高市衛醫 桃府社兒 府地籍"
)

_SURNAMES_COMMON = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高"
_SURNAMES_MID = (
    "簡朱鍾施游詹沈彭胡余盧潘顏梁趙柯翁魏方孫戴范宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍蔣石古紀姚"
    "連馮歐程湯黎田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪"
)
_SURNAMES_RARE = (
    "于譚駱熊任甘秦顧毛章史官萬俞雷粘饒左易辛管房關全車包殷武賀葛崔尹孟牛聶莫苗麥喬練鮑利"
    "佘褚覃闕塗花植仇查龐滕計談蒲鄔閻鄞佟郝祁奚危幸麻"
)
_SURNAMES_COMPOUND = (
    "張簡",
    "歐陽",
    "司徒",
    "范姜",
    "上官",
    "諸葛",
    "司馬",
    "夏侯",
    "東方",
    "端木",
    "皇甫",
    "公孫",
)

_GIVEN_M = _w(
    "志明 俊傑 建宏 家豪 冠宇 承恩 柏翰 宥廷 宇軒 品睿 彥廷 子翔 明哲 文彬 國華 振宏 志偉 俊宏 "
    "建志 嘉宏 家銘 宗翰 哲瑋 冠廷 承翰 彥宏 育誠 志豪 信宏 文雄 正雄 金龍 進財 永福 添丁 萬福 "
    "坤山 明德 耀宗 秋雄 榮輝 春生 國榮 世傑 政憲 柏宇 品毅 宥辰 睿恩 恩碩 子恩 定宇 立恆 昱廷 "
    "柏均 祐瑋 禹辰 承希 宸睿 博宇 育賢 俊毅 佳興 皓宇 聖凱 凱翔 晉嘉 崇文 啟明 德華 振興 煥章 "
    "裕民 勝雄 清池 水木 阿財 火旺 朝宗 炳輝 明輝 家瑋 聖傑 奕辰 柏霖 冠霖 泓毅 致遠 書豪 敬堯 "
    "昌平 仲達 士弘 允中 懷恩 思齊 立群 建民 德勝 泰源 正義 榮華 天佑 旭東 銘傳 宏達 哲宇 韋辰"
)
_GIVEN_F = _w(
    "淑芬 美玲 雅婷 怡君 佳穎 欣怡 宜蓁 詩涵 家瑜 婉婷 筱涵 品妍 子晴 芷若 思妤 語彤 宥蓁 以晴 "
    "苡安 沛綺 心妤 羽彤 玉蘭 秀英 美惠 麗華 月娥 素琴 惠美 秀琴 淑惠 春嬌 金枝 碧霞 翠玲 玉珠 "
    "麗珍 寶珠 秀鳳 淑貞 雅雯 郁婷 佩君 欣穎 曉薇 靜宜 思穎 宛蓉 珮瑜 瑋婷 姿穎 芳瑜 庭瑄 若瑜 "
    "亭妤 宜庭 婕妤 采潔 恩綺 妍希 芊妤 詠晴 美鳳 秀梅 阿嬌 玉霞 雪華 惠珍 麗卿 素娥 瓊瑤 嘉玲 "
    "佳蓉 怡萱 雅琪 宜臻 蕙如 佩玲 珊珊 美君 鈺婷 湘琪 巧玲 雨涵 語喬 詩婷 凱婷 立穎 琇瑩 昭君 "
    "杏芳 月霞 寶蓮 罔市 招弟 秀蘭 玉梅 淑娟 麗雲 婷婷 依蓉 宛瑜 柔安"
)
_GIVEN_1_M = "偉傑強勇明華翔豪軒宏彬誠毅鈞凱睿淳"
_GIVEN_1_F = "婷芬玲蓉瑩娟萍慧靜瑜薇琳儀倩潔穎"

# Indigenous names: Han transliterations (personal name ‧ father's or family name) and romanised.
_IND_M = _w(
    "瓦歷斯 尤命 比令 哈勇 馬紹 伊凡 阿洛 馬耀 以撒克 烏杜 帕蘇 谷拉斯 吉努 巴萬 拉罕 撒可努 "
    "達卡 畢浪 卡造 法拉 阿布 瑪納 優勞"
)
_IND_F = _w(
    "拉娃 巴奈 娃莉絲 比黛 撒韻 莎韻 吉娃斯 依婉 芭翁 卡娃 麗度兒 伊娃 瑪亞 烏瑪 露娜 蘇美 "
    "阿蔻 莉慕伊 撒布"
)
_IND_FAM = _w(
    "諾幹 達利 阿復 尤道 谷木 瓦旦 比浩 吉拉 貝雅夫 瓦濤 拉互依 阿給 伊斯瑪哈單 卡照 撒耘 "
    "馬賴 吉洛 巫瑪斯 達印 瑪拉歐斯 沙力浪 伊斯坦大 卡奧 拉夫琅斯"
)
_IND_ROM_M = _w(
    "Walis Yuming Pilin Hayung Masao Iwan Aloh Mayaw Isak Pasuya Kulas Biung Sakinu Dakis "
    "Lahok Tanapima Istanda Umav Dayan"
)
_IND_ROM_F = _w(
    "Panay Lawa Sayun Yapit Savi Ibu Kaliting Dongi Ciwas Bakan Sera Muakai Lavaus Ubay"
)
_IND_ROM_FAM = _w(
    "Nokan Tali Kacaw Watan Yukan Silan Temu Batu Piho Isbabanal Takisvilainan Ispalidav "
    "Sufin Pavavalung Tjivuluan Lavalian Yupas Nawi Losing Payan"
)

# Foreign residents: Vietnamese, Indonesian, Filipino, Thai (Latin script and Han transliteration).
_VN_FAM = _w("NGUYEN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO DUONG LY TRUONG")
_VN_F = _w("HOA LAN MAI HUONG THAO LINH TRANG HANH NGA PHUONG THUY HIEN YEN NHUNG")
_VN_M = _w("MINH HUNG TUAN DUNG NAM LONG QUANG HAI THANH KHANH VINH")
_VN_HAN_FAM = "阮陳黎范黃潘武鄧裴杜胡吳楊"
_VN_HAN_F = _w("花 蘭 梅 香 草 玲 幸 娥 芳 秋香 翠 清香 紅 雪 青蓮 玉蘭")
_VN_HAN_M = _w("明 雄 俊 勇 南 龍 光 海 德 成 強 文忠")
_ID_F = _w("Siti Dewi Sri Nur Rina Yuliana Susanti Ratna Indah Wulan Ani Eka Fitri")
_ID_M = _w("Agus Budi Eko Wahyu Joko Slamet Adi Rudi Hendra Dedi Bambang")
_ID_FAM = _w(
    "Aminah Lestari Wahyuni Hidayah Rahayu Setiawan Santoso Prasetyo Kurniawan Saputra Nugroho "
    "Susilo Handayani Marlina"
)
_ID_HAN_F = _w("西蒂 德薇 絲麗 努兒 麗娜 尤莉安娜 蘇珊蒂 拉特娜")
_ID_HAN_M = _w("阿古斯 布迪 艾可 瓦尤 佐科 亨德拉")
_ID_HAN_FAM = _w("阿米娜 莉絲塔麗 瓦育妮 希達雅 拉哈尤 塞蒂亞萬 桑托索 普拉塞蒂約")
_PH_F = _w("Maria Cristina Jocelyn Rowena Analyn Marites Rosalie Liezel Jennifer Lorna")
_PH_M = _w("Jose Ramon Rodel Jomar Arnel Noel Mark Romeo")
_PH_MID = ("Grace", "Anne", "Joy", "Anthony", "Paul")
_PH_FAM = (
    *_w("Santos Reyes Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Flores Navarro"),
    "dela Cruz",
    "De Leon",
)
_PH_HAN_F = _w("瑪麗亞 克莉絲汀娜 喬瑟琳 蘿維娜 安娜琳 瑪莉特絲")
_PH_HAN_M = _w("荷西 拉蒙 羅德爾 阿奈爾")
_PH_HAN_FAM = _w("桑托斯 雷耶斯 德拉克魯茲 包蒂斯塔 賈西亞 門多薩")
_TH_F = _w("Nattaya Kanya Malee Supaporn Siriporn Wanida Pornpimol")
_TH_M = _w("Somchai Somsak Wichai Prasert Anan Chaiwat Surachai")
_TH_FAM = _w("Srisuk Boonmee Chaiyaporn Suwan Thongdee Kaewmanee Sukjai Phromma Saelim")
_TH_HAN_F = _w("娜塔雅 甘雅 瑪莉 蘇帕蓬")
_TH_HAN_M = _w("頌猜 頌薩 威猜 巴頌")
_TH_HAN_FAM = _w("西蘇 汶米 猜亞蓬 蘇萬 通迪")

_ROMAN_SURNAMES = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou su yeh chuang lu"
)
_ROMAN_GIVEN = _w(
    "mingde yating chiahao shufen weiting yuhsuan pinyu tsungyu kevin amy jason vivian sunny "
    "peggy jerry annie hsiaowei chunhung meiling ethan"
)
_EMAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "ms45.hinet.net",
    "icloud.com",
    "livemail.tw",
    "kimo.com",
)

# --------------------------------------------------------------------------------------------
# Places, organisations and other look-alike material
# --------------------------------------------------------------------------------------------

_CITIES = (
    ("臺北市", (("中正區", "100"), ("大安區", "106"), ("信義區", "110"), ("士林區", "111"),
              ("北投區", "112"), ("文山區", "116"), ("內湖區", "114"), ("萬華區", "108"))),
    ("新北市", (("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("永和區", "234"),
              ("新莊區", "242"), ("新店區", "231"), ("林口區", "244"), ("淡水區", "251"),
              ("汐止區", "221"), ("樹林區", "238"))),
    ("桃園市", (("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("龜山區", "333"),
              ("八德區", "334"))),
    ("臺中市", (("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("豐原區", "420"),
              ("大里區", "412"))),
    ("臺南市", (("東區", "701"), ("北區", "704"), ("永康區", "710"), ("新營區", "730"))),
    ("高雄市", (("三民區", "807"), ("苓雅區", "802"), ("前鎮區", "806"), ("鳳山區", "830"),
              ("左營區", "813"))),
    ("基隆市", (("仁愛區", "200"), ("信義區", "201"))),
    ("新竹縣", (("竹北市", "302"),)),
    ("苗栗縣", (("苗栗市", "360"),)),
    ("彰化縣", (("彰化市", "500"), ("員林市", "510"))),
    ("南投縣", (("埔里鎮", "545"),)),
    ("雲林縣", (("斗六市", "640"),)),
    ("屏東縣", (("屏東市", "900"),)),
    ("宜蘭縣", (("宜蘭市", "260"),)),
    ("花蓮縣", (("花蓮市", "970"),)),
    ("臺東縣", (("臺東市", "950"),)),
    ("澎湖縣", (("馬公市", "880"),)),
    ("金門縣", (("金城鎮", "893"),)),
)  # fmt: skip

_ROADS = _w(
    "中山路 中正路 民生路 民族路 民權路 和平路 建國路 復興路 光復路 自強路 成功路 忠孝路 仁愛路 "
    "信義路 文化路 中華路 大同路 三民路 博愛路 公園路 福德街 永安街 長春街 新興街 育英街 自由路 "
    "青年路 四維路 五福路 興隆路 和平東路 忠孝東路 中山北路 羅斯福路 北新路 重新路 文心路"
)
_LI_NAMES = _w("福德 光明 中興 仁愛 和平 忠孝 文化 民生 大安 永和 新生 長春 復興 建國")

_IND_TOWNS = (
    ("臺東縣", "延平鄉", "953", ("桃源村", "鸞山村", "紅葉村"), ("鸞山段", "紅葉段", "桃源段")),
    ("臺東縣", "海端鄉", "957", ("利稻村", "霧鹿村", "崁頂村"), ("利稻段", "霧鹿段", "新武段")),
    ("臺東縣", "達仁鄉", "966", ("土坂村", "台坂村"), ("土坂段", "台坂段")),
    ("臺東縣", "金峰鄉", "964", ("嘉蘭村", "賓茂村"), ("嘉蘭段", "賓茂段")),
    ("臺東縣", "蘭嶼鄉", "952", ("紅頭村", "椰油村", "東清村"), ("紅頭段", "椰油段")),
    ("花蓮縣", "秀林鄉", "972", ("崇德村", "富世村", "秀林村", "銅門村"), ("崇德段", "富世段")),
    ("花蓮縣", "萬榮鄉", "979", ("西林村", "馬遠村", "紅葉村"), ("西林段", "馬遠段")),
    ("花蓮縣", "卓溪鄉", "982", ("卓溪村", "崙山村", "太平村"), ("卓溪段", "崙山段")),
    ("屏東縣", "三地門鄉", "901", ("口社村", "三地村", "大社村"), ("口社段", "三地段")),
    ("屏東縣", "牡丹鄉", "945", ("石門村", "牡丹村"), ("石門段", "牡丹段")),
    ("屏東縣", "瑪家鄉", "903", ("排灣村", "北葉村"), ("排灣段", "北葉段")),
    ("南投縣", "仁愛鄉", "546", ("發祥村", "合作村", "精英村"), ("發祥段", "合作段")),
    ("南投縣", "信義鄉", "556", ("望美村", "東埔村", "地利村"), ("望美段", "東埔段")),
    ("苗栗縣", "泰安鄉", "365", ("錦水村", "梅園村", "清安村"), ("錦水段", "梅園段")),
    ("新竹縣", "尖石鄉", "313", ("玉峰村", "秀巒村", "新樂村"), ("玉峰段", "秀巒段")),
    ("桃園市", "復興區", "336", ("三光里", "華陵里", "澤仁里"), ("三光段", "華陵段")),
    ("臺中市", "和平區", "424", ("梨山里", "自由里"), ("梨山段", "松茂段")),
    ("高雄市", "桃源區", "848", ("梅山里", "勤和里"), ("梅山段", "勤和段")),
    ("宜蘭縣", "大同鄉", "267", ("寒溪村", "南山村"), ("寒溪段", "南山段")),
    ("嘉義縣", "阿里山鄉", "605", ("達邦村", "樂野村", "來吉村"), ("達邦段", "樂野段")),
)
_TRIBES = _w(
    "阿美族 泰雅族 排灣族 布農族 卑南族 魯凱族 鄒族 賽夏族 雅美族 邵族 噶瑪蘭族 太魯閣族 "
    "撒奇萊雅族 賽德克族 拉阿魯哇族 卡那卡那富族"
)
_HOSPITALS = _w(
    "臺大醫院 馬偕紀念醫院 林口長庚紀念醫院 臺北榮民總醫院 中國醫藥大學附設醫院 彰化基督教醫院 "
    "高雄醫學大學附設中和紀念醫院 花蓮慈濟醫院 衛生福利部臺東醫院 奇美醫院 亞東紀念醫院 "
    "國泰綜合醫院 聖保祿醫院 大千綜合醫院 林內科診所 陳婦產科診所 王小兒科診所 黃眼科診所"
)
_DEPTS = _w("急診 骨科 婦產科 一般外科 心臟內科 神經外科 小兒科 眼科 牙科 腸胃科 泌尿科")
_MED_EVENTS = _w(
    "術後傷口感染 延遲診斷 用藥劑量錯誤 住院期間跌倒骨折 產後大出血 麻醉後未甦醒 "
    "內視鏡檢查後腸穿孔 疫苗注射後不良反應 拔牙後神經損傷 急診候診過久致病情惡化"
)
_MED_COUNTIES = _w("臺北市 新北市 桃園市 臺中市 臺南市 高雄市 花蓮縣 臺東縣 屏東縣 宜蘭縣")
_STATIONS = _w(
    "台北車站 市政府 忠孝復興 南京復興 中山 西門 古亭 大安 淡水 北投 劍潭 板橋 新埔 頂溪 "
    "南勢角 景美 動物園 松山 象山 昆陽 南港展覽館 機場第一航廈 美麗島 左營 中央公園 巨蛋 "
    "西子灣 文心森林公園 高鐵臺中站"
)
_LOST_ITEMS = _w(
    "黑色皮夾 咖啡色長夾 藍色背包 白色手提袋 零錢包 卡套 證件夾 灰色後背包 米色托特包 牛皮紙袋"
)
_LOST_MISC = _w(
    "黃色雨傘一把 黑色折疊傘一把 藍牙耳機一副 保溫瓶一個 舊款iPhone手機一支 華碩筆電一台 "
    "外套一件 毛帽一頂 鑰匙一串 悠遊卡一張（無記名） 一卡通一張（無記名） 安全帽一頂 "
    "林鳳營鮮乳一罐 王子麵一袋 眼鏡一副"
)
_SCHOOLS = _w(
    "國立臺灣大學 國立成功大學 國立東華大學 國立臺東大學 國立屏東科技大學 臺北市立大學 "
    "國立政治大學 國立中興大學 高雄醫學大學 輔仁大學 東海大學 慈濟大學"
)
_CAMPUS_PLACES = _w(
    "行政大樓 圖書館 第二學生宿舍 男一舍 女二舍 體育館 游泳池 醫學院 工學院停車場 "
    "側門機車棚 學生活動中心 操場 林蔭大道 管理學院 理學院"
)
_LAND_OFFICES = _w(
    "古亭地政事務所 大安地政事務所 板橋地政事務所 林口地政事務所 中壢地政事務所 "
    "臺中市中興地政事務所 高雄市鳳山地政事務所 花蓮地政事務所 臺東地政事務所 宜蘭地政事務所"
)
_LAND_SECTIONS = _w(
    "龍泉段 大安段 金華段 文化段 林口段 中原段 新民段 後庄段 仁愛段 建國段 公園段 陳厝段 "
    "王田段 石牌段 黃厝段"
)
_COMPANIES = _w(
    "林記便當行 陳家古早味豆花店 王品餐飲股份有限公司 全家便利商店 萊爾富國際 "
    "張媽媽牛肉麵館 高鐵臺灣高速鐵路公司 大同股份有限公司 黃金海岸民宿 江南米行 "
    "何記洗衣店 周大福珠寶 石頭火鍋有限公司 金蘭醬油 李記水電行 宏達電子股份有限公司"
)

# Sentences with words that start with a surname character (no person in any of them).
_FILLERS = (
    "請於白天時段施工，並張貼公告周知。",
    "林務局人員協助確認林道通行狀況。",
    "黃昏後光線不足，請加強巡查。",
    "陳述意見期間至本月底止。",
    "王功漁港周邊道路封閉一日。",
    "高溫特報期間，戶外活動請注意補充水分。",
    "方便起見，相關表格已放置於服務台。",
    "曾經辦理者免再檢附。",
    "許可證影本一份請併案存查。",
    "游泳池周二休館清潔。",
    "程序上須先經協調會議。",
    "金額如有疑義請洽會計室。",
    "馬上辦中心將於下週啟用。",
    "連續假期前請完成盤點。",
    "溫度計校正紀錄已上傳。",
    "簡易流程圖詳附件。",
    "何時開放線上申辦，將另行通知。",
    "石門水庫蓄水率仍偏低。",
    "洪水平原範圍內不得新建。",
    "顏色標示：紅色為急件、黃色為一般件。",
    "全家便利商店可代收規費。",
    "林鳳營鮮乳、王子麵等物資已發放完畢。",
    "白米與黃豆各二十包。",
    "張數不足時請影印補足。",
    "古蹟修復工程持續進行。",
    "萬一遇到地震，請依疏散路線避難。",
    "車廂內請勿飲食。",
    "包裹請至收發室領取。",
    "董事會決議照案通過。",
    "任何疑問請洽承辦單位。",
    "梁柱裂縫已列入補強項目。",
    "藍色回收桶請勿丟廚餘。",
    "鄭重提醒：請勿將個人資料張貼於公布欄。",
    "謝謝各單位協助。",
    "毛巾、牙刷等物資已補齊。",
    "丁字路口增設反光鏡。",
    "卓越服務獎評選結果另案公告。",
    "陸續完成各里說明會。",
    "夏季用電高峰請節約能源。",
    "雷雨期間暫停戶外會勘。",
    "周末值班表已更新。",
    "江翠國中借用場地事宜已回復。",
    "余額不足者請先加值。",
)
_LOOKALIKE_TEXT = (
    "".join((*_FILLERS, *_COMPANIES, *_HOSPITALS, *_STATIONS, *_LAND_SECTIONS, *_CAMPUS_PLACES))
    + "高雄林口金門石門王功江翠陳厝黃厝王田石牌高鐵馬公周知方便"
)

_FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FW_TABLE.update({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz-@.()+#/:"})
_FW_TABLE[" "] = "\u3000"
_FW = str.maketrans(_FW_TABLE)

T = TypeVar("T")
_Mix = tuple[tuple[str, int], ...]

_GENERAL = (("han", 78), ("married", 6), ("indig", 7), ("foreign", 9))
_STAFF = (("han", 90), ("married", 3), ("indig", 7))
_INDIG = (("indig", 55), ("han", 40), ("married", 5))
_FOREIGN = (("foreign", 1),)
_TW = (("han", 88), ("married", 5), ("indig", 7))
_CHILD = (("han", 90), ("indig", 10))


def _cn(n: int) -> str:
    """Chinese numerals for 0..99."""
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "M" or "F"
    kind: str  # han, married, indig, foreign
    nat: str = "TW"
    latin: bool = False


@dataclass(frozen=True)
class _Val:
    text: str
    label: str


@dataclass
class _Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    pos: int = 0
    names: set[str] = field(default_factory=set)

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def v(self, s: str, label: str) -> None:
        self.spans.append((self.pos, self.pos + len(s), label))
        self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


_TOKEN = re.compile(r"\{(\w+)\}")


class _Ctx:
    """Random source, name pools and value makers for one generation run."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.known: list[_Person] = []
        self.known_names: set[str] = set()
        k_used = max(40, n // 2)
        k_unused = max(15, n // 8)
        while len(self.known) < k_used + k_unused:
            p = self._make(self._pick(_GENERAL), None)
            if p.name not in self.known_names:
                self.known.append(p)
                self.known_names.add(p.name)
        self.mentionable: dict[tuple[str, str], list[_Person]] = {}
        for p in self.known[:k_used]:
            self.mentionable.setdefault((p.kind, p.sex), []).append(p)

    # ---- small helpers -------------------------------------------------------------------
    def c(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def _pick(self, mix: _Mix) -> str:
        return self.rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]

    def fw(self, s: str, prob: float = 0.125) -> str:
        return s.translate(_FW) if self.p(prob) else s

    # ---- people --------------------------------------------------------------------------
    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.62:
            return self.c(_SURNAMES_COMMON)
        if r < 0.86:
            return self.c(_SURNAMES_MID)
        if r < 0.96:
            return self.c(_SURNAMES_RARE)
        return self.c(_SURNAMES_COMPOUND)

    def _given(self, sex: str) -> str:
        if self.p(0.1):
            return self.c(_GIVEN_1_M if sex == "M" else _GIVEN_1_F)
        return self.c(_GIVEN_M if sex == "M" else _GIVEN_F)

    def _make(self, kind: str, sex: str | None) -> _Person:
        rng = self.rng
        if kind == "married":
            sex = "F"
        sex = sex or self.c("MF")
        if kind == "han":
            while True:
                name = self._surname() + self._given(sex)
                if name not in _LOOKALIKE_TEXT:
                    return _Person(name, sex, kind)
        if kind == "married":
            husband = self.c(_SURNAMES_COMMON + _SURNAMES_MID)
            own = self.c(_SURNAMES_COMMON + _SURNAMES_MID)
            while own == husband:
                own = self.c(_SURNAMES_COMMON + _SURNAMES_MID)
            return _Person(husband + own + self.c(_GIVEN_F), sex, kind)
        if kind == "indig":
            r = rng.random()
            if r < 0.62:
                first = self.c(_IND_M if sex == "M" else _IND_F)
                sep = "‧" if self.p(0.65) else "·"
                return _Person(first + sep + self.c(_IND_FAM), sex, kind)
            first = self.c(_IND_ROM_M if sex == "M" else _IND_ROM_F)
            sep = " " if r < 0.9 else "·"
            return _Person(first + sep + self.c(_IND_ROM_FAM), sex, kind, latin=True)
        nat = rng.choices(("VN", "ID", "PH", "TH"), weights=(45, 30, 15, 10))[0]
        latin = self.p(0.55)
        f = sex == "F"
        if nat == "VN":
            if latin:
                mid = self.c(("THI", "THI", "NGOC")) if f else self.c(("VAN", "VAN", "HUU"))
                given = self.c(_VN_F if f else _VN_M)
                if f and self.p(0.3):
                    given = self.c(("THANH", "THU", "KIM")) + " " + given
                name = f"{self.c(_VN_FAM)} {mid} {given}"
            else:
                name = (
                    self.c(_VN_HAN_FAM)
                    + ("氏" if f else "文")
                    + self.c(_VN_HAN_F if f else _VN_HAN_M)
                )
        elif nat == "ID":
            if latin:
                parts = [self.c(_ID_F if f else _ID_M)]
                if self.p(0.8):
                    parts.append(self.c(_ID_FAM))
                name = " ".join(parts)
            else:
                name = self.c(_ID_HAN_F if f else _ID_HAN_M) + "‧" + self.c(_ID_HAN_FAM)
        elif nat == "PH":
            if latin:
                first = self.c(_PH_F if f else _PH_M)
                if self.p(0.35):
                    first += " " + self.c(_PH_MID)
                name = f"{first} {self.c(_PH_FAM)}"
            else:
                name = self.c(_PH_HAN_F if f else _PH_HAN_M) + "‧" + self.c(_PH_HAN_FAM)
        else:
            if latin:
                name = f"{self.c(_TH_F if f else _TH_M)} {self.c(_TH_FAM)}"
            else:
                name = self.c(_TH_HAN_F if f else _TH_HAN_M) + "‧" + self.c(_TH_HAN_FAM)
        if latin and self.p(0.5):
            name = name.upper()
        elif latin and nat == "VN":
            name = " ".join(w.capitalize() for w in name.split())
        return _Person(name, sex, "foreign", nat=nat, latin=latin)

    def person(self, d: _Doc, mix: _Mix = _GENERAL, sex: str | None = None) -> _Person:
        kind = self._pick(mix)
        if kind == "married" and sex == "M":
            kind = "han"
        if kind == "married":
            sex = "F"
        want_sex = sex or self.c("MF")
        if self.p(0.5):
            pool = [q for q in self.mentionable.get((kind, want_sex), []) if q.name not in d.names]
            if pool:
                q = self.c(pool)
                d.names.add(q.name)
                return q
        while True:
            q = self._make(kind, want_sex)
            if q.name not in self.known_names and q.name not in d.names:
                d.names.add(q.name)
                return q

    def hon(self, p: _Person) -> str:
        if p.sex == "M":
            return "先生"
        return self.c(("小姐", "女士", "小姐"))

    # ---- identifiers ---------------------------------------------------------------------
    def _digits(self, k: int) -> str:
        return "".join(self.c("0123456789") for _ in range(k))

    def twid(self, sex: str | None = None) -> _Val:
        letter = self.c("ABCDEFGHJKMNPQTUVXZIOW")
        g = {"M": "1", "F": "2"}.get(sex or "", self.c("12"))
        body = g + self._digits(7)
        s = letter + body + id_check_digit(letter, body)
        if self.p(0.03):
            s = s[0].lower() + s[1:]
        return _Val(self.fw(s), "TW_NATIONAL_ID")

    def arc(self) -> _Val:
        letter = self.c("ABCDEFGHJKMNPQTUVXZ")
        if self.p(0.65):
            body = self.c("89") + self._digits(7)
            s = letter + body + id_check_digit(letter, body)
        else:
            second = self.c("ABCD")
            tail = self._digits(7)
            s = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        return _Val(self.fw(s), "TW_RESIDENT_CERT")

    def mobile(self) -> _Val:
        while True:
            n = "09" + self.c("12345678") + self._digits(7)
            if phone.is_valid(n):
                break
        a, b, c = n[:4], n[4:7], n[7:]
        forms = (
            (f"{a}-{b}-{c}", 30),
            (n, 25),
            (f"{a} {b} {c}", 8),
            (f"{a}-{b}{c}", 12),
            (f"+886-{n[1:4]}-{b}-{c}", 6),
            (f"+886 {n[1:4]} {b} {c}", 6),
            (f"+886{n[1:]}", 3),
            (f"{a}.{b}.{c}", 4),
            (f"(+886) {n[1:4]}-{b}-{c}", 3),
            (f"886-{n[1:4]}-{b}-{c}", 3),
        )
        s = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        return _Val(self.fw(s), "PHONE")

    _AREAS = (
        ("02", 8, "235678", 4),
        ("03", 7, "345689", 3),
        ("037", 6, "23456", 3),
        ("04", 8, "2", 4),
        ("049", 7, "2", 3),
        ("05", 7, "25", 3),
        ("06", 7, "256", 3),
        ("07", 7, "35678", 3),
        ("08", 7, "78", 3),
        ("089", 6, "3", 3),
        ("082", 6, "3", 3),
    )

    def landline(self, ext_prob: float = 0.12) -> _Val:
        area, length, firsts, split = self.c(self._AREAS)
        local = ""
        for _ in range(30):
            local = self.c(firsts) + self._digits(length - 1)
            if phone.is_valid(area + local):
                break
        l1, l2 = local[:split], local[split:]
        forms = (
            (f"({area}){l1}-{l2}", 22),
            (f"{area}-{l1}-{l2}", 20),
            (f"{area}-{local}", 22),
            (f"({area}) {l1} {l2}", 5),
            (f"{area} {local}", 6),
            (f"+886-{area[1:]}-{l1}-{l2}", 5),
            (f"+886 {area[1:]} {local}", 3),
            (f"({area}){local}", 10),
        )
        s = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        if self.p(ext_prob):
            e = str(self.rng.randint(1, 9999 if self.p(0.8) else 99))
            s += self.c((f" 分機{e}", f"分機{e}", f"#{e}", f" #{e}", f" 轉{e}", f" ext. {e}"))
        return _Val(self.fw(s), "PHONE")

    def anyphone(self) -> _Val:
        return self.mobile() if self.p(0.65) else self.landline()

    def email(self, p: _Person | None = None) -> _Val:
        if p is not None and p.latin and self.p(0.7):
            words = re.findall(r"[A-Za-z]+", p.name.lower())
            local = self.c((".", "_", "")).join(words[:2]) if len(words) > 1 else words[0]
        else:
            local = self.c(_ROMAN_SURNAMES)
            if self.p(0.7):
                local += self.c((".", "_", "")) + self.c(_ROMAN_GIVEN)
        if self.p(0.6):
            local += str(self.rng.choice((self.rng.randint(1, 99), self.rng.randint(1950, 2012))))
        dom = self.c(_EMAIL_DOMAINS)
        if self.p(0.1):
            dom = self.c(("mail.ntu.edu.tw", "g-mail.nsysu.edu.tw", "ems.ndhu.edu.tw"))
        return _Val(self.fw(f"{local}@{dom}"), "EMAIL")

    def nhi(self) -> _Val:
        n = ("0000" + self._digits(8)) if self.p(0.7) else "0" + self._digits(11)
        s = self.c((n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"))
        return _Val(self.fw(s), "TW_NHI_CARD")

    def card(self) -> _Val:
        kind = self.rng.choices(("visa", "mc", "jcb", "amex", "cup"), weights=(45, 25, 18, 6, 6))[0]
        if kind == "visa":
            body = "4" + self._digits(14)
        elif kind == "mc":
            body = self.c(("51", "52", "53", "54", "55")) + self._digits(13)
        elif kind == "jcb":
            body = "35" + self.c(("28", "40", "66", "89")) + self._digits(11)
        elif kind == "amex":
            body = self.c(("34", "37")) + self._digits(12)
        else:
            body = "62" + self._digits(13)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                n = body + d
                break
        groups = (
            [n[:4], n[4:10], n[10:]] if len(n) == 15 else [n[i : i + 4] for i in range(0, 16, 4)]
        )
        s = self.c((" ".join(groups), "-".join(groups), n, " ".join(groups)))
        return _Val(self.fw(s), "CREDIT_CARD")

    def passport(self, nat: str = "TW") -> _Val:
        if nat == "TW":
            s = "3" + self._digits(8)
        elif nat == "VN":
            s = self.c("CBN") + self._digits(7)
        elif nat == "ID":
            s = self.c("ABCX") + self._digits(7)
        elif nat == "PH":
            s = "P" + self._digits(7) + self.c("ABC")
        else:
            s = self.c(("AA", "AB", "AC")) + self._digits(7)
        return _Val(self.fw(s), "PASSPORT")

    def bday(self, lo: int, hi: int, western: bool = False) -> _Val:
        rng = self.rng
        y = rng.randint(lo, hi)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        roc = y - 1911
        mons = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
        if western:
            forms = (
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d} {mons[m - 1]} {y}",
                f"{y}年{m}月{d}日",
            )
        else:
            forms = [
                f"民國{roc}年{m}月{d}日",
                f"{roc}年{m}月{d}日",
                f"{roc}年{m:02d}月{d:02d}日",
                f"{roc:03d}/{m:02d}/{d:02d}",
                f"{roc}.{m:02d}.{d:02d}",
                f"{roc}.{m}.{d}",
                f"{roc}/{m}/{d}",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}年{m}月{d}日",
                f"{y}.{m}.{d}",
                f"{roc:03d}{m:02d}{d:02d}",
            ]
            if roc < 100:
                forms.append(f"民國{_cn(roc)}年{_cn(m)}月{_cn(d)}日")
        return _Val(self.fw(self.c(forms)), "BIRTH_DATE")

    def address(self) -> _Val:
        rng = self.rng
        city, dists = self.c(_CITIES)
        dist, zipc = self.c(dists)
        if self.p(0.3):
            city = city.replace("臺", "台")
        s = (zipc if self.p(0.12) else "") + city + dist
        if self.p(0.15):
            s += self.c(_LI_NAMES) + f"里{rng.randint(1, 30)}鄰"
        road = self.c(_ROADS)
        s += road
        if road.endswith("路") and self.p(0.35):
            s += _cn(rng.randint(1, 5)) + "段"
        if self.p(0.4):
            s += f"{rng.randint(1, 600)}巷"
            if self.p(0.35):
                s += f"{rng.randint(1, 40)}弄"
        num = str(rng.randint(1, 400))
        s += self.c((f"{num}號", f"{num}號", f"{num}號", f"{num}之{rng.randint(1, 9)}號"))
        if self.p(0.45):
            fl = rng.randint(2, 22)
            s += self.c((f"{fl}樓", f"{fl}樓", f"{_cn(fl)}樓", f"{fl}F"))
            if self.p(0.15):
                s += f"之{rng.randint(1, 12)}"
        return _Val(self.fw(s), "ADDRESS")

    def rural_address(self, town: tuple | None = None) -> _Val:
        rng = self.rng
        county, township, zipc, villages, _ = town or self.c(_IND_TOWNS)
        if self.p(0.25):
            county = county.replace("臺", "台")
        s = (zipc if self.p(0.15) else "") + county + township + self.c(villages)
        r = rng.random()
        if r < 0.55:
            s += f"{rng.randint(1, 20)}鄰{rng.randint(1, 180)}號"
        elif r < 0.8:
            s += f"{rng.randint(1, 20)}鄰{self.c(('中正路', '中山路', '和平路', '部落'))}"
            s += f"{rng.randint(1, 260)}號"
        else:
            s += f"{rng.randint(1, 150)}號"
        if self.p(0.1):
            s += f"之{rng.randint(1, 5)}"
        return _Val(self.fw(s), "ADDRESS")

    # ---- non-personal look-alikes (plain text) --------------------------------------------
    def date(self, western: bool = False) -> str:
        rng = self.rng
        y = rng.choice((2023, 2024, 2024))
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        roc = y - 1911
        if western:
            return self.c((f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"))
        return self.c(
            (f"{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}",
             f"{roc}.{m:02d}.{d:02d}", f"{m}月{d}日", f"{y}/{m:02d}/{d:02d}")
        )  # fmt: skip

    def wdate(self) -> str:
        rng = self.rng
        day = _dt.date(rng.choice((2023, 2024)), rng.randint(1, 12), rng.randint(1, 28))
        wk = "一二三四五六日"[day.weekday()]
        h = rng.randint(9, 16)
        half = "上午" if h < 12 else "下午"
        hh = h if h <= 12 else h - 12
        mm = self.c((0, 0, 30))
        t = f"{half}{hh}時" + (f"{mm}分" if mm else "")
        return f"{day.year - 1911}年{day.month}月{day.day}日（星期{wk}）{t}"

    def hm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.c((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"

    def amount(self) -> str:
        rng = self.rng
        x = rng.randint(1, 250)
        return self.c(
            (f"新臺幣{x}萬元", f"新臺幣{x * 1000 + rng.randint(0, 9) * 100:,}元整",
             f"NT${rng.randint(100, 99999):,}", f"{rng.randint(100, 50000):,}元")
        )  # fmt: skip

    def docno(self) -> str:
        pre = self.c(_DOC_PREFIXES)
        roc = self.c(("112", "113", "113"))
        return f"{pre}字第{roc}{self.c('0123')}{self._digits(6)}號"

    def ban(self) -> str:
        while True:
            s = self.c("1234589") + self._digits(7)
            if ban.is_valid(s):
                return s

    def fillers(self, k: int) -> str:
        return "".join(self.rng.sample(_FILLERS, k))

    def masked(self, roles: tuple[str, ...] = ("民眾", "病患", "男子", "女子")) -> str:
        r = self.rng.random()
        sur = self.c(_SURNAMES_COMMON)
        if r < 0.4:
            return sur + "○" + self.c(_GIVEN_M + _GIVEN_F)[1]
        if r < 0.6:
            return sur + "○○"
        return sur + "姓" + self.c(roles)

    def gen(self, key: str) -> _Val | str:
        makers = {
            "id": self.twid,
            "arc": self.arc,
            "mob": self.mobile,
            "tel": self.landline,
            "otel": lambda: self.landline(0.6),
            "ph": self.anyphone,
            "em": self.email,
            "nhi": self.nhi,
            "cc": self.card,
            "addr": self.address,
            "raddr": self.rural_address,
            "pp": self.passport,
            "bd": lambda: self.bday(1940, 2004),
            "obd": lambda: self.bday(1930, 1960),
            "kbd": lambda: self.bday(2008, 2022),
            "date": self.date,
            "wdate": self.wdate,
            "hm": self.hm,
            "amt": self.amount,
            "doc": self.docno,
            "ban": self.ban,
        }
        return makers[key]()

    def f(self, d: _Doc, template: str, **kw: object) -> None:
        pos = 0
        for m in _TOKEN.finditer(template):
            d.t(template[pos : m.start()])
            key = m.group(1)
            val = kw[key] if key in kw else self.gen(key)
            if isinstance(val, _Person):
                d.v(val.name, "PERSON")
            elif isinstance(val, _Val):
                d.v(val.text, val.label)
            else:
                d.t(str(val))
            pos = m.end()
        d.t(template[pos:])


# --------------------------------------------------------------------------------------------
# Genre 1: 醫療爭議調解
# --------------------------------------------------------------------------------------------


def _med_case(x: _Ctx) -> str:
    return f"{x.c(('112', '113'))}年度醫調字第{x.rng.randint(1, 480)}號"


def _med_minutes(x: _Ctx, d: _Doc) -> None:
    county, hosp = x.c(_MED_COUNTIES), x.c(_HOSPITALS)
    chair = x.person(d, _STAFF)
    rel, sex = x.c((("女兒", "F"), ("兒子", "M"), ("配偶", None), ("母親", "F"), ("父親", "M")))
    appl = x.person(d, sex=sex)
    pt = x.person(d)
    doc = x.person(d, _STAFF)
    x.f(d, f"{county}政府衛生局醫療爭議調解會議紀錄\n")
    x.f(d, f"案號：{_med_case(x)}\n時間：{{wdate}}\n")
    x.f(d, f"地點：本局{_cn(x.rng.randint(2, 9))}樓第{_cn(x.rng.randint(1, 3))}會議室\n")
    x.f(
        d, x.c(("主席：{a}調解委員\n", "主席：調解委員{a}（律師）\n", "主持人：{a}委員\n")), a=chair
    )
    x.f(d, "出席人員：\n")
    x.f(d, x.c(("　申請人：{a}（病人之" + rel + "）", "　申請人 {a}（" + rel + "）")), a=appl)
    if x.p(0.5):
        x.f(d, x.c(("，身分證統一編號：{id}", "，身分證字號{id}")))
    if x.p(0.6):
        x.f(d, x.c(("，聯絡電話：{ph}", "，手機{mob}", "，電話 {ph}")))
    x.f(d, "\n")
    if x.p(0.35):
        x.f(d, "　申請人代理人：{a}律師\n", a=x.person(d, _STAFF))
    x.f(d, f"　相對人：{hosp}，代理人" + x.c(("{a}醫師", "{a}主任", "醫師{a}")), a=doc)
    if x.p(0.5):
        x.f(d, "、{a}（醫事室專員）", a=x.person(d, _STAFF))
    x.f(d, "\n")
    rec = x.person(d, _STAFF)
    x.f(d, x.c(("記錄：{a}\n", "紀錄：{a}\n", "記錄人員：{a}\n")), a=rec)
    x.f(d, "一、案由：\n　病人{a}", a=pt)
    if x.p(0.6):
        x.f(d, x.c(("（{bd}生", "（出生日期{bd}", "（生日{bd}")))
        if x.p(0.4):
            x.f(d, "，健保卡號{nhi}")
        x.f(d, "）")
    event, dept = x.c(_MED_EVENTS), "" if hosp.endswith("診所") else x.c(_DEPTS)
    x.f(d, f"於{{date}}至{hosp}{dept}就診，申請人主張{event}，請求賠償{{amt}}。\n")
    x.f(d, "二、雙方陳述：\n")
    x.f(d, "（一）申請人{a}：「", a=appl)
    x.f(
        d,
        x.c(
            (
                "我們只是想知道當天到底發生什麼事，醫院一直說沒有疏失。",
                "護理師說要等主治醫師，結果等了四個多小時才處理。",
                "出院後傷口一直化膿，回診時醫師只說再觀察。",
            )
        ),
    )
    x.f(d, "」\n（二）相對人代理人{a}：「", a=doc)
    x.f(
        d,
        x.c(
            (
                "依病歷記載處置符合常規，惟願意就家屬感受致歉。",
                "病人到院時檢傷為第三級，處置流程符合規範。",
            )
        ),
    )
    x.f(d, "」\n三、調解結果：")
    if x.p(0.5):
        x.f(d, "調解成立，相對人同意給付{amt}，申請人拋棄其餘請求。")
    else:
        x.f(
            d,
            "調解不成立，依醫療事故預防及爭議處理法第"
            + str(x.rng.randint(15, 30))
            + "條發給證明書。",
        )
    if x.p(0.4):
        x.f(d, "證明書寄送地址：{addr}。")
    x.f(d, "\n")
    if x.p(0.5):
        x.f(d, "簽名：{a}　{b}\n", a=appl, b=chair)


def _med_log(x: _Ctx, d: _Doc) -> None:
    appl = x.person(d)
    case = _med_case(x)
    lines = []
    x.f(d, f"{x.rng.randint(1, 12):02d}/{x.rng.randint(1, 28):02d} {{hm}} ")
    x.f(
        d,
        x.c(
            (
                "來電：{a}（{ph}）詢問",
                "{a}" + x.hon(appl) + "來電（{ph}），詢問",
                "申請人{a}電話{ph}，問",
            )
        ),
        a=appl,
    )
    x.f(d, f"{case}案調解期日，已告知改至{{date}}，並請其攜帶診斷證明書。\n")
    lines.append(1)
    if x.p(0.6):
        pt = x.person(d)
        x.f(d, f"{x.rng.randint(1, 12):02d}/{x.rng.randint(1, 28):02d} 補件：病人{{a}}", a=pt)
        x.f(d, x.c(("之健保卡影本（卡號{nhi}）", "身分證影本（{id}）", "出生證明（{bd}）")))
        x.f(d, "已收，寄件地址{addr}。\n")
    if x.p(0.5):
        x.f(d, "承辦：{a}", a=x.person(d, _STAFF))
        if x.p(0.5):
            x.f(d, "（{otel}）")
        x.f(d, "\n")
    if x.p(0.3):
        x.f(d, "申請人另提供電子郵件{em}以利寄送開會通知。\n", em=x.email(appl))


def _med_speech(x: _Ctx, d: _Doc) -> None:
    rel, sex = x.c(
        (("爸爸", "M"), ("媽媽", "F"), ("先生", "M"), ("太太", "F"), ("阿嬤", "F"), ("兒子", "M"))
    )
    appl, pt = x.person(d), x.person(d, sex=sex)
    doc, chair = x.person(d, _STAFF), x.person(d, _STAFF)
    hosp = x.c(_HOSPITALS)
    x.f(d, "（申請人{a}發言）\n", a=appl)
    x.f(d, f"「我{rel}{{b}}是{{date}}下午送{hosp}急診，", b=pt)
    x.f(d, "等到晚上十點多才有醫師來看，{c}醫師當時說沒事可以回家。", c=doc)
    x.f(d, "我們不是要鬧，只是想知道為什麼沒有早一點開刀。」\n")
    x.f(d, "（相對人代理人{c}醫師回應）\n「病人到院時生命徵象穩定，依檢傷分級處置。", c=doc)
    x.f(d, "我們願意再說明病歷內容。」\n")
    x.f(d, x.c(("調解委員{e}：", "{e}委員：", "主席（{e}）：")), e=chair)
    x.f(d, "「雙方先冷靜，請醫院於兩週內提供護理紀錄，下次會議再談。」\n")
    if x.p(0.5):
        x.f(d, "會後申請人表示聯絡方式變更為{mob}")
        if x.p(0.5):
            x.f(d, "，電子郵件{em}", em=x.email(appl))
        x.f(d, "。\n")


def _med_table(x: _Ctx, d: _Doc) -> None:
    x.f(d, f"{_med_case(x)} 調解會簽到表（{{date}}）\n")
    x.f(d, "身分\t姓名\t聯絡電話\t簽名\n")
    appl = x.person(d)
    x.f(d, "申請人\t{a}\t{ph}\t{a}\n", a=appl)
    if x.p(0.6):
        x.f(d, "申請人（病人之子）\t{a}\t{mob}\t\n", a=x.person(d))
    x.f(d, "相對人代理人\t{a}\t{otel}\t\n", a=x.person(d, _STAFF))
    x.f(d, "調解委員\t{a}\t\t{a}\n", a=x.person(d, _STAFF))
    if x.p(0.3):
        x.f(d, "備註：申請人住址{addr}，出生日期{bd}。\n")


def _med_neg(x: _Ctx, d: _Doc) -> None:
    county, hosp = x.c(_MED_COUNTIES), x.c(_HOSPITALS)
    r = x.rng.random()
    if r < 0.4:
        x.f(d, f"{county}政府衛生局　函\n發文日期：中華民國{{date}}\n發文字號：{{doc}}\n")
        x.f(d, f"主旨：訂於{{wdate}}召開本局{x.c(('112', '113'))}年第{x.rng.randint(1, 12)}次")
        x.f(d, "醫療爭議調解會，請準時出席。\n說明：\n")
        x.f(d, f"一、依醫療事故預防及爭議處理法第{x.rng.randint(10, 30)}條辦理。\n")
        x.f(d, f"二、本次會議審議{x.rng.randint(3, 12)}案，案號{_med_case(x)}至{_med_case(x)}。\n")
        x.f(d, f"三、請{hosp}（統一編號{{ban}}）於{{date}}前補正病歷資料。\n")
        x.f(d, "四、" + x.fillers(1) + "\n")
    elif r < 0.7:
        x.f(d, f"{x.c(('112', '113'))}年度第{x.rng.randint(1, 4)}季醫療爭議調解統計：")
        a, b = x.rng.randint(20, 90), x.rng.randint(5, 19)
        x.f(d, f"受理{a}件，調解成立{b}件，不成立{a - b}件；爭議金額合計{{amt}}。")
        x.f(d, f"{x.c(_DEPTS)}案件占比最高，其次為{x.c(_DEPTS)}。")
        x.f(d, x.fillers(x.rng.randint(0, 2)) + "\n")
    else:
        x.f(d, f"調解成立案例摘要（{_med_case(x)}）：申請人{x.masked()}與{hosp}就")
        x.f(d, f"{x.c(_MED_EVENTS)}爭議達成和解，由醫院給付{{amt}}，")
        x.f(d, "雙方不得再為任何請求。依醫療法第82條，醫事人員執行業務應盡醫療上必要之注意。\n")
        x.f(d, f"發文字號：{{doc}}。{x.fillers(1)}\n")


# --------------------------------------------------------------------------------------------
# Genre 2: 兒少福利家訪
# --------------------------------------------------------------------------------------------


def _cw_form(x: _Ctx, d: _Doc) -> None:
    child = x.person(d, _CHILD)
    foreign_mom = x.p(0.5)
    mom = x.person(d, _FOREIGN if foreign_mom else _TW, sex="F")
    sw = x.person(d, _STAFF)
    sex = "男" if child.sex == "M" else "女"
    x.f(d, x.c(("兒少保護個案家訪紀錄\n", "脆弱家庭訪視紀錄表\n", "【家訪紀錄】\n")))
    x.f(d, x.c(("個案姓名：{a}　性別：", "案主：{a}，")) + sex, a=child)
    x.f(d, x.c(("　出生日期：{kbd}\n", "，生日{kbd}\n")))
    if x.p(0.6):
        x.f(d, "身分證字號：{id}\n", id=x.twid(child.sex))
    if foreign_mom:
        nat = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}[mom.nat]
        x.f(d, f"主要照顧者：{{a}}（母，{nat}籍", a=mom)
        if x.p(0.7):
            x.f(d, x.c(("，居留證號{arc}", "，統一證號：{arc}")))
        if x.p(0.4):
            x.f(d, "，護照號碼{pp}", pp=x.passport(mom.nat))
        if x.p(0.3):
            x.f(d, "，出生日期{b}", b=x.bday(1975, 2000, western=True))
        x.f(d, "）\n")
    else:
        x.f(d, "主要照顧者：{a}（母）\n", a=mom)
    if x.p(0.8):
        x.f(d, "聯絡電話：{ph}\n")
    if x.p(0.8):
        x.f(d, x.c(("居住地址：{addr}\n", "現住地：{addr}\n")))
    x.f(d, "訪視日期：{date}　訪視人員：社工" + x.c(("{a}\n", "員{a}\n")), a=sw)
    x.f(d, "訪視摘要：\n　案母{a}表示", a=mom)
    x.f(
        d,
        x.c(
            (
                "近日白天在工廠輪班，晚上由鄰居協助照顧。",
                "案父失業後情緒不穩，曾有摔東西情形。",
                "經濟困難，房租已積欠兩個月。",
            )
        ),
    )
    x.f(d, "案童{a}目前就讀國小" + _cn(x.rng.randint(1, 6)) + "年級，", a=child)
    x.f(d, x.c(("出席正常。", "導師反映常忘記帶餐費。", "身上未見新傷。")))
    if x.p(0.5):
        dad = x.person(d, _TW, sex="M")
        x.f(d, "案父{a}", a=dad)
        x.f(d, x.c(("本次未在家。", "（{mob}）電話未接。", "於訪視時返家，態度配合。")))
    x.f(d, "\n處遇計畫：連結課後照顧資源，一個月後再訪。\n")


def _cw_narrative(x: _Ctx, d: _Doc) -> None:
    gm = x.person(d, _TW, sex="F")
    child = x.person(d, _CHILD)
    sib = x.person(d, _CHILD)
    sw = x.person(d, _STAFF)
    x.f(d, "本員於{date}至案家訪視，", a=sw)
    x.f(d, x.c(("案祖母{a}", "阿嬤{a}", "祖母{a}（{obd}生）")), a=gm)
    x.f(d, "獨力照顧案童{a}與其" + x.c(("妹", "弟", "姊")) + "{b}，", a=child, b=sib)
    x.f(d, "家中環境尚可，冰箱內有" + x.c(("白米與青菜", "泡麵與鮮乳", "少量食物")) + "。")
    x.f(d, "阿嬤說：「他爸爸去外地做工，很久沒有寄錢回來了。」")
    if x.p(0.5):
        x.f(d, "案父手機{mob}多次未接，")
        x.f(d, x.c(("戶籍地為{addr}，", "目前住居所不明，")))
    x.f(d, "後續將協助申請急難救助。\n")
    x.f(d, x.c(("社工員：{a}\n", "記錄：{a}（{otel}）\n", "——{a}\n")), a=sw)


def _cw_phonelog(x: _Ctx, d: _Doc) -> None:
    k = x.rng.randint(2, 4)
    mom = x.person(d, _GENERAL, sex="F")
    child = x.person(d, _CHILD)
    for i in range(k):
        x.f(d, f"{x.rng.randint(1, 12):02d}{x.rng.randint(1, 28):02d} ")
        if i == 0:
            x.f(d, "電訪 案母{a}（{ph}）：表示案童{b}本週發燒請假。\n", a=mom, b=child)
        elif i == 1:
            x.f(d, "學校" + x.c(("輔導老師", "導師")) + "{a}來電，", a=x.person(d, _STAFF))
            x.f(d, "案童今日到校，精神尚可。\n")
        elif i == 2:
            x.f(d, "與案母約定{date}家訪，地址確認為{addr}。\n")
        else:
            x.f(d, "案母提供健保卡號{nhi}以便辦理醫療補助。\n")


def _cw_table(x: _Ctx, d: _Doc) -> None:
    x.f(d, "家系成員：\n稱謂\t姓名\t出生年月日\t備註\n")
    dad = x.person(d, _TW, sex="M")
    x.f(d, "案父\t{a}\t{bd}\t" + x.c(("臨時工", "貨運司機", "無業")) + "\n", a=dad)
    mom = x.person(d, _GENERAL, sex="F")
    x.f(d, "案母\t{a}\t{bd}\t", a=mom)
    if mom.kind == "foreign":
        x.f(d, "居留證號{arc}\n")
    else:
        x.f(d, "手機{mob}\n")
    for _ in range(x.rng.randint(1, 3)):
        c = x.person(d, _CHILD)
        x.f(d, "案童\t{a}\t{kbd}\t就讀國小\n", a=c)
    if x.p(0.5):
        x.f(d, "住址：{addr}\n")


def _cw_neg(x: _Ctx, d: _Doc) -> None:
    r = x.rng.random()
    county = x.c(_MED_COUNTIES)
    if r < 0.35:
        x.f(d, f"{county}政府社會局{x.c(('112', '113'))}年度兒少保護社工在職訓練\n")
        x.f(d, "時間：{wdate}\n地點：本局第一會議室\n")
        x.f(d, "課程：家訪安全實務、兒童及少年福利與權益保障法第53條責任通報、")
        x.f(d, "兒童及少年性剝削防制條例概論。\n報名期限：{date}。" + x.fillers(1) + "\n")
    elif r < 0.7:
        m = x.rng.randint(1, 12)
        x.f(d, f"本中心{x.c(('112', '113'))}年{m}月家訪統計：完成家訪{x.rng.randint(30, 200)}案、")
        x.f(d, f"電訪{x.rng.randint(50, 400)}案，高風險家庭轉介{x.rng.randint(1, 30)}案。")
        x.f(d, "經費核銷{amt}，核銷文號{doc}。" + x.fillers(x.rng.randint(0, 2)) + "\n")
    else:
        org1, org2 = x.rng.sample(_COMPANIES, 2)
        x.f(d, f"轉介資源：{org1}（統一編號{{ban}}）每週三白天提供餐食；")
        x.f(d, f"{org2}捐贈物資，已於{{date}}入庫。")
        x.f(d, f"個案編號CW-{x.c(('112', '113'))}-{x.rng.randint(1, 999):04d}之")
        x.f(d, f"案童（{x.masked(('女童', '男童'))}）已完成轉介。" + x.fillers(1) + "\n")


# --------------------------------------------------------------------------------------------
# Genre 3: 原住民保留地
# --------------------------------------------------------------------------------------------


def _land_parcel(x: _Ctx, section: str) -> str:
    n = f"{x.rng.randint(1, 1800)}"
    if x.p(0.4):
        n += f"-{x.rng.randint(1, 30)}"
    return f"{section}{n}地號"


def _res_form(x: _Ctx, d: _Doc) -> None:
    town = x.c(_IND_TOWNS)
    county, township, _, _, sections = town
    action = x.c(("設定耕作權", "無償取得所有權", "增劃編", "分配", "設定地上權"))
    x.f(d, f"原住民保留地{action}申請書\n受理機關：{county}{township}公所\n")
    appl = x.person(d, _INDIG)
    x.f(d, x.c(("申請人：{a}", "申 請 人：{a}", "申請人姓名：{a}")), a=appl)
    if appl.kind == "indig" and x.p(0.4):
        x.f(d, "（漢名：{b}）", b=x.person(d, _TW, sex=appl.sex))
    x.f(d, f"　族別：{x.c(_TRIBES)}\n")
    x.f(d, x.c(("出生日期：{bd}\n", "出生年月日：{bd}\n")))
    x.f(d, x.c(("國民身分證統一編號：{id}\n", "身分證字號：{id}\n")), id=x.twid(appl.sex))
    x.f(d, "戶籍地址：{a}\n", a=x.rural_address(town))
    if x.p(0.8):
        x.f(d, "聯絡電話：{ph}\n")
    x.f(
        d, f"土地標示：{_land_parcel(x, x.c(sections))}，面積{x.rng.randint(1, 30) / 100:.4f}公頃\n"
    )
    if x.p(0.5):
        rel, sex = x.c((("長子", "M"), ("配偶", None), ("胞弟", "M"), ("女兒", "F")))
        ag = x.person(d, _INDIG, sex=sex)
        x.f(d, "代理人：{a}（" + rel + "），電話{mob}\n", a=ag)
    x.f(d, "檢附文件：戶籍謄本、土地使用現況說明、四鄰證明書。\n")
    if x.p(0.4):
        x.f(d, "四鄰證明人：{a}、{b}\n", a=x.person(d, _INDIG), b=x.person(d, _INDIG))


def _res_survey(x: _Ctx, d: _Doc) -> None:
    town = x.c(_IND_TOWNS)
    township, sections = town[1], town[4]
    sec = x.c(sections)
    x.f(d, f"{township}原住民保留地會勘紀錄\n時間：{{wdate}}\n地點：{_land_parcel(x, sec)}現場\n")
    appl = x.person(d, _INDIG)
    nb = x.person(d, _INDIG)
    clerk = x.person(d, _STAFF)
    x.f(d, "出席：申請人{a}、鄰地使用人{b}、", a=appl, b=nb)
    x.f(d, x.c(("村長{c}", "部落會議主席{c}", "頭目{c}")), c=x.person(d, _INDIG))
    x.f(d, "、本所承辦人{c}\n", c=clerk)
    crop = x.c(("檳榔", "小米", "生薑", "梅樹", "箭竹筍", "愛玉"))
    x.f(d, f"會勘結果：申請人主張自民國{x.rng.randint(60, 95)}年起於上開土地種植{crop}，")
    x.f(d, "經鄰地使用人{b}到場指界，四至無爭議。", b=nb)
    x.f(
        d,
        "申請人說：「這塊地是我父親",
    )
    x.f(d, x.c(("{e}", "{e}生前")) + "開墾的，我們一直都在這裡種。」\n", e=x.person(d, _INDIG, "M"))
    if x.p(0.5):
        x.f(d, "申請人現住{a}，", a=x.rural_address(town))
        x.f(d, "聯絡電話{ph}。\n")
    x.f(d, f"依原住民保留地開發管理辦法第{x.rng.randint(10, 20)}條辦理。" + x.c(("", "\n")))


def _res_list(x: _Ctx, d: _Doc) -> None:
    town = x.c(_IND_TOWNS)
    township, sections = town[1], town[4]
    x.f(d, f"{township}{x.c(('112', '113'))}年度保留地禁伐補償核定名冊（節錄）\n")
    x.f(d, "編號\t姓名\t身分證字號\t地號\t補償金額\n")
    for i in range(x.rng.randint(2, 5)):
        p = x.person(d, _INDIG)
        x.f(d, f"{i + 1}\t{{a}}\t{{id}}\t{_land_parcel(x, x.c(sections))}\t", a=p, id=x.twid(p.sex))
        x.f(d, "{amt}\n")
    x.f(
        d,
        x.c(("承辦人：{a}\n", "製表：{a}　覆核：{b}\n")),
        a=x.person(d, _STAFF),
        b=x.person(d, _STAFF),
    )


def _res_neg(x: _Ctx, d: _Doc) -> None:
    town = x.c(_IND_TOWNS)
    county, township, _, villages, sections = town
    r = x.rng.random()
    if r < 0.4:
        x.f(d, f"{county}{township}公所　公告\n發文字號：{{doc}}\n")
        act = x.c(("設定耕作權", "增劃編", "無償取得所有權", "收回"))
        x.f(
            d,
            f"主旨：公告本鄉{_land_parcel(x, x.c(sections))}等{x.rng.randint(2, 40)}筆原住民保留地",
        )
        x.f(d, f"{act}案。\n依據：原住民保留地開發管理辦法第{x.rng.randint(10, 20)}條。\n")
        x.f(d, "公告期間：自{date}起30日。" + x.fillers(1) + "\n")
    elif r < 0.7:
        x.f(d, f"{{date}} 上午9時會勘{_land_parcel(x, x.c(sections))}、")
        x.f(d, f"{_land_parcel(x, x.c(sections))}，集合地點：{x.c(villages)}活動中心。")
        x.f(d, "請林務局、農業部農村發展及水土保持署派員參加。" + x.fillers(1) + "\n")
    else:
        x.f(d, f"{x.c(('112', '113'))}年度原住民保留地禁伐補償，每公頃補償{{amt}}，")
        x.f(d, "申請期限至{date}止，受理窗口為本所農業及原住民行政課。")
        x.f(
            d,
            f"本年度核定{x.rng.randint(20, 300)}件，"
            f"其中{x.masked(('地主', '族人', '申請人'))}等人補件中。",
        )
        x.f(d, x.fillers(x.rng.randint(0, 2)) + "\n")


# --------------------------------------------------------------------------------------------
# Genre 4: 捷運遺失物
# --------------------------------------------------------------------------------------------


def _lf_no(x: _Ctx) -> str:
    ymd = f"{x.c(('112', '113'))}{x.rng.randint(1, 12):02d}{x.rng.randint(1, 28):02d}"
    return f"LF-{ymd}-{x.rng.randint(1, 300):04d}"


def _lf_ticket(x: _Ctx, d: _Doc) -> None:
    st = x.c(_STATIONS)
    x.f(d, f"遺失物招領登記單　編號：{_lf_no(x)}\n")
    x.f(
        d,
        f"拾獲時間：{{date}} {{hm}}　拾獲地點：{st}站"
        + x.c(("月台", "廁所", "閘門旁", "車廂"))
        + "\n",
    )
    item = x.c(_LOST_ITEMS)
    x.f(d, f"物品：{item}一只，內有")
    contents = []
    owner = x.person(d)
    if owner.kind == "foreign":
        contents.append(("居留證（{arc}）", {}))
    else:
        contents.append(("身分證（{id}）", {"id": x.twid(owner.sex)}))
    if x.p(0.5):
        contents.append(("健保卡（卡號{nhi}）", {}))
    if x.p(0.45):
        contents.append(("信用卡一張（{cc}）", {}))
    contents.append((f"現金{x.rng.randint(1, 30) * 100}元", {}))
    for i, (tpl, kw) in enumerate(contents):
        x.f(d, ("、" if i else "") + tpl, **kw)
    x.f(d, "\n")
    x.f(d, x.c(("失主：{a}", "證件姓名：{a}", "失主 {a}")), a=owner)
    if x.p(0.7):
        x.f(d, "　電話：{ph}")
    x.f(d, "\n處理：")
    x.f(
        d, x.c(("已電話通知失主，{date}領回。", "聯絡未果，轉送遺失物中心。", "失主本人到站領回。"))
    )
    x.f(d, x.c(("承辦站務員{a}\n", "（站務員{a}）\n", "\n")), a=x.person(d, _STAFF))


def _lf_call(x: _Ctx, d: _Doc) -> None:
    pax = x.person(d)
    st = x.c(_STATIONS)
    x.f(d, "{hm} 旅客{a}", a=pax)
    if x.p(0.5):
        x.f(d, x.hon(pax))
    x.f(d, x.c(("（{ph}）", "，電話{ph}，")))
    if x.p(0.4):
        x.f(d, "e-mail {em}，", em=x.email(pax))
    x.f(d, f"來電詢問於{st}站遺失{x.c(_LOST_MISC)}，")
    x.f(d, x.c(("已請各站協尋。", "系統查無登錄，請其三日後再詢。", "已於淡水線車廂尋獲。")))
    if x.p(0.4):
        x.f(d, "領取時需出示證件，旅客生日{bd}已核對。")
    x.f(d, "\n")


def _lf_foreign(x: _Ctx, d: _Doc) -> None:
    pax = x.person(d, _FOREIGN)
    st = x.c(_STATIONS)
    x.f(d, f"外籍旅客遺失物協尋（{_lf_no(x)}）\n")
    x.f(d, x.c(("姓名 Name: {a}\n", "旅客：{a}\n", "Passenger {a}\n")), a=pax)
    if x.p(0.5):
        x.f(d, x.c(("護照號碼：{pp}\n", "Passport No. {pp}\n")), pp=x.passport(pax.nat))
    else:
        x.f(d, "居留證號：{arc}\n")
    if x.p(0.4):
        x.f(d, "出生日期：{b}\n", b=x.bday(1970, 2003, western=True))
    x.f(d, "聯絡方式：{mob}")
    if x.p(0.5):
        x.f(d, " / {em}", em=x.email(pax))
    x.f(d, f"\n描述：於{st}站遺失{x.c(_LOST_MISC)}，")
    x.f(d, "透過雇主{a}代為聯繫。\n", a=x.person(d, _TW))


def _lf_neg(x: _Ctx, d: _Doc) -> None:
    r = x.rng.random()
    st = x.c(_STATIONS)
    if r < 0.45:
        x.f(d, f"拾得物登記　編號{_lf_no(x)}\n拾得時間：{{date}} {{hm}}\n")
        x.f(d, f"地點：{st}站{x.c(('月台', '出口', '車廂', '電梯旁'))}\n")
        x.f(d, f"物品：{x.c(_LOST_MISC)}\n備註：無記名，未含證件。保管期限至{{date}}。")
        x.f(d, x.fillers(x.rng.randint(0, 1)) + "\n")
    elif r < 0.75:
        x.f(d, f"{x.c(('112', '113'))}年{x.rng.randint(1, 12)}月遺失物統計：")
        x.f(d, f"雨傘{x.rng.randint(100, 900)}件、悠遊卡{x.rng.randint(50, 400)}張、")
        x.f(d, f"手機{x.rng.randint(20, 200)}支、錢包{x.rng.randint(20, 150)}個，")
        x.f(d, f"其中{st}站最多。招領率{x.rng.randint(30, 80)}%。" + x.fillers(1) + "\n")
    else:
        x.f(d, "公告：{date}前拾得之無人認領物品，依民法第807條規定，逾期由本公司處理。")
        x.f(d, f"拍賣所得{{amt}}將依規定辦理。相關文號{{doc}}。{x.fillers(1)}\n")


# --------------------------------------------------------------------------------------------
# Genre 5: 校園安全
# --------------------------------------------------------------------------------------------


def _cs_log(x: _Ctx, d: _Doc) -> None:
    school = x.c(_SCHOOLS)
    x.f(d, f"{school}校安中心值勤日誌　{{date}}\n")
    k = x.rng.randint(2, 4)
    for i in range(k):
        x.f(d, "{hm} ")
        place = x.c(_CAMPUS_PLACES)
        if i == 0:
            st = x.person(d)
            x.f(
                d,
                f"{place}通報："
                + x.c(("學生{a}", "{a}同學", "{a}（" + x.c(("資工系", "護理系", "觀光系")) + "）")),
                a=st,
            )
            x.f(d, x.c(("騎機車擦撞，右膝擦傷，", "於宿舍跌倒，", "疑似過度換氣，")))
            x.f(d, "由值班教官{a}陪同送醫。", a=x.person(d, _STAFF))
            if x.p(0.6):
                x.f(d, "家長{a}（{ph}）已通知。", a=x.person(d, _TW))
            x.f(d, "\n")
        elif i == 1 and x.p(0.6):
            fs = x.person(d, _FOREIGN)
            x.f(d, "外籍生{a}", a=fs)
            x.f(d, x.c(("（居留證{arc}）", "（護照{pp}）")), pp=x.passport(fs.nat))
            x.f(d, f"於{place}遺失手機，已協助報案。\n")
        else:
            x.f(
                d,
                f"{place}"
                + x.c(("路燈故障，已報修。", "門禁刷卡異常，已通知總務處。", "巡查正常。"))
                + "\n",
            )
    x.f(d, x.c(("值勤人員：{a}\n", "值班教官 {a}\n", "記錄 {a}\n")), a=x.person(d, _STAFF))


def _cs_report(x: _Ctx, d: _Doc) -> None:
    st = x.person(d)
    x.f(
        d,
        "校安事件通報單\n事件類別："
        + x.c(("意外事件", "安全維護事件", "疾病事件", "暴力與偏差行為")),
    )
    x.f(d, "\n發生時間：{date} {hm}\n")
    x.f(d, "當事人：{a}，", a=st)
    if st.kind == "foreign":
        x.f(d, "統一證號{arc}，")
    else:
        x.f(d, x.c(("身分證字號{id}，", "")), id=x.twid(st.sex))
    x.f(d, "出生日期{bd}\n", bd=x.bday(1998, 2006))
    x.f(d, "聯絡電話：{mob}" + x.c(("\n", "，電子郵件：{em}\n")), em=x.email(st))
    x.f(d, "通報人：{a}" + x.c(("（宿舍輔導員）\n", "老師\n", "\n")), a=x.person(d, _STAFF))
    x.f(d, "事件摘要：當事人於宿舍與室友")
    x.f(d, "{b}", b=x.person(d))
    x.f(d, "發生口角，無肢體衝突，已由輔導室介入。")
    if x.p(0.4):
        x.f(d, "當事人租屋處{addr}，房東已告知。")
    x.f(d, "\n")


def _cs_neg(x: _Ctx, d: _Doc) -> None:
    school = x.c(_SCHOOLS)
    r = x.rng.random()
    if r < 0.5:
        x.f(d, f"{school}校安中心值勤日誌　{{date}}\n")
        for _ in range(x.rng.randint(2, 4)):
            place = x.c(_CAMPUS_PLACES)
            x.f(d, "{hm} " + place)
            x.f(
                d,
                x.c(
                    (
                        "火警受信總機誤報，經查為煙霧偵測器老化，已復歸。",
                        "路燈故障，報修工單WO-" + str(x.rng.randint(10000, 99999)) + "。",
                        "黃昏時段有野狗聚集，已通知總務處。",
                        "巡查正常。",
                        "漏水，已通知營繕組。",
                    )
                ),
            )
            x.f(d, "\n")
    elif r < 0.75:
        x.f(d, f"{school}{x.c(('112', '113'))}學年度第{x.rng.randint(1, 2)}學期校園安全會議\n")
        x.f(d, "時間：{wdate}\n地點：行政大樓第一會議室\n")
        x.f(d, f"討論事項：一、校外賃居安全訪視（依教育部{{doc}}函）。二、{x.fillers(1)}\n")
    else:
        x.f(
            d,
            f"校安通報CS{x.rng.randint(2023, 2024)}{x.rng.randint(1, 12):02d}"
            f"-{x.rng.randint(1, 99):03d}：",
        )
        x.f(d, "颱風停課，各宿舍加強門窗檢查。" + x.fillers(x.rng.randint(1, 2)) + "\n")


# --------------------------------------------------------------------------------------------
# Genre 6: 地政事務所
# --------------------------------------------------------------------------------------------


def _lo_recv(x: _Ctx) -> str:
    office = x.c(("古亭", "大安", "板橋", "中壢", "鳳山", "花蓮"))
    return f"{x.c(('112', '113'))}年{office}登字第{x.rng.randint(1, 99999):06d}號"


def _lo_counter(x: _Ctx, d: _Doc) -> None:
    x.f(d, f"{{date}} {x.c(_LAND_OFFICES)}臨櫃紀錄\n")
    for _ in range(x.rng.randint(1, 3)):
        r = x.rng.random()
        p = x.person(d, _TW)
        if r < 0.35:
            x.f(d, "・{a}", a=p)
            x.f(d, x.c(("（{id}）", "，身分證{id}，")), id=x.twid(p.sex))
            x.f(d, f"申請{x.c(('第一類謄本', '地籍圖謄本', '異動索引'))}，")
            x.f(d, f"標的{_land_parcel(x, x.c(_LAND_SECTIONS))}，已核發。\n")
        elif r < 0.65:
            q = x.person(d, _TW)
            ag = x.person(d, _STAFF)
            x.f(d, f"・收件字號{_lo_recv(x)}：權利人{{a}}、義務人{{b}}，", a=p, b=q)
            x.f(d, "代理人地政士{c}（{otel}），", c=ag)
            x.f(d, f"買賣移轉{_land_parcel(x, x.c(_LAND_SECTIONS))}，補正事項：印鑑證明逾期。\n")
        else:
            x.f(d, "・住址變更登記：{a}", a=p)
            x.f(d, "，舊址{addr}，新址{addr}")
            if x.p(0.5):
                x.f(d, "，聯絡電話{ph}")
            x.f(d, "。\n")
    if x.p(0.35):
        x.f(d, "規費以信用卡繳納，卡號{cc}，授權碼已記錄。\n")
    x.f(d, x.c(("櫃台：{a}\n", "承辦 {a}\n", "")), a=x.person(d, _STAFF))


def _lo_note(x: _Ctx, d: _Doc) -> None:
    p = x.person(d, _TW)
    heirs = [x.person(d, _TW) for _ in range(x.rng.randint(1, 3))]
    x.f(d, "民眾{a}", a=p)
    if x.p(0.5):
        x.f(d, x.hon(p))
    x.f(
        d,
        "詢問被繼承人",
    )
    x.f(d, "{e}", e=x.person(d, _TW))
    x.f(d, "（{obd}生，已歿）之繼承登記，繼承人為")
    for i, h in enumerate(heirs):
        x.f(d, ("、" if i else "") + "{h}", h=h)
    x.f(d, "。已說明應備文件（依土地登記規則第119條），")
    x.f(d, x.c(("請其備妥後預約送件。", "民眾表示會再與家人討論。")))
    x.f(d, x.c(("聯絡電話{ph}。\n", "\n", "通訊地址{addr}。\n")))


def _lo_form(x: _Ctx, d: _Doc) -> None:
    p = x.person(d, _TW)
    x.f(d, "登記申請書（節錄）\n")
    x.f(d, "權利人\n　姓　　名：{a}\n", a=p)
    x.f(d, "　出生年月日：{bd}\n　統一編號：{id}\n", id=x.twid(p.sex))
    x.f(d, "　住　　所：{addr}\n")
    x.f(d, "代理人\n　姓　　名：{a}\n　電　　話：{otel}\n", a=x.person(d, _STAFF))
    if x.p(0.4):
        x.f(d, "　電子郵件：{em}\n")
    x.f(d, f"收件字號：{_lo_recv(x)}\n")


def _lo_neg(x: _Ctx, d: _Doc) -> None:
    office = x.c(_LAND_OFFICES)
    r = x.rng.random()
    if r < 0.4:
        x.f(d, f"{{date}} {office}櫃台日報：本日收件{x.rng.randint(20, 200)}件，")
        x.f(
            d,
            f"其中買賣移轉{x.rng.randint(5, 40)}件、抵押權設定{x.rng.randint(5, 40)}件，"
            "規費收入{amt}。",
        )
        x.f(d, x.fillers(x.rng.randint(0, 2)) + "\n")
    elif r < 0.7:
        sec = x.c(_LAND_SECTIONS)
        x.f(d, f"{office}公告　{{doc}}\n主旨：{sec}地籍圖重測成果公告，")
        x.f(d, "公告期間自{date}起30日，依土地法第46條之2辦理。")
        x.f(d, f"公有土地{_land_parcel(x, sec)}併同辦理。" + x.fillers(1) + "\n")
    else:
        x.f(d, "常見問答：繼承登記應於繼承開始之日起六個月內申請（土地法第73條），")
        x.f(d, "逾期每逾一個月處應納登記費一倍之罰鍰，最高二十倍。代理人為")
        x.f(
            d,
            f"{x.c(_COMPANIES)}（統一編號{{ban}}）者，應檢附委託書。收件字號{_lo_recv(x)}為範例。\n",
        )


_GENRES = (
    ((_med_minutes, _med_log, _med_speech, _med_table), _med_neg),
    ((_cw_form, _cw_narrative, _cw_phonelog, _cw_table), _cw_neg),
    ((_res_form, _res_survey, _res_list), _res_neg),
    ((_lf_ticket, _lf_call, _lf_foreign), _lf_neg),
    ((_cs_log, _cs_report), _cs_neg),
    ((_lo_counter, _lo_note, _lo_form), _lo_neg),
)

# --------------------------------------------------------------------------------------------
# Self-checks (keep look-alikes from turning into unlabelled personal values)
# --------------------------------------------------------------------------------------------

_IDLIKE = re.compile(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))")
_DIGRUN = re.compile(r"\d[\d \-]*\d")


def _stray_values(text: str) -> bool:
    """Whether ``text`` holds a valid ID, resident cert, card, e-mail or mobile number."""
    t = unicodedata.normalize("NFKC", text)
    if "@" in t:
        return True
    for m in _IDLIKE.finditer(t):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGRUN.finditer(t):
        digits = re.sub(r"\D", "", m.group())
        for i in range(len(digits)):
            if digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                return True
            for k in range(13, 20):
                if i + k <= len(digits) and creditcard.is_valid(digits[i : i + k]):
                    return True
    return False


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "※"
    return "".join(chars)


def generate_heldout21(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    ctx = _Ctx(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        positives, neg = rng.choice(_GENRES)
        while True:
            d = _Doc()
            if negative:
                neg(ctx, d)
            else:
                rng.choice(positives)(ctx, d)
            text = d.text
            if not _stray_values(_masked(text, d.spans)):
                break
        spans = list(d.spans)
        known = [text[s:e] in ctx.known_names for s, e, lab in spans if lab == "PERSON"]
        samples.append(Sample(text, spans, negative, known))
    names = [p.name for p in ctx.known]
    rng.shuffle(names)
    return samples, names
