"""Held-out set 27: synthetic, labelled free text of Taiwanese agencies.

Written independently of the scanner (no recognizer, name list or other evaluation set was
consulted). Genres: long-term-care (長照) home-visit assessments, traffic-ticket appeals
(交通違規申訴), pet registration and shelter adoption, military-service (兵役) deferment files,
consumer-protection (消保) mediation minutes and temple-festival (廟會遶境) permit applications.

Every value is synthetic: names are drawn from pools built here, identifiers are generated with
valid checksums, addresses are assembled from real county/district names with random numbers.
``generate_heldout27(n, seed)`` returns ``n`` samples (about a quarter hard negatives) and a
"known names" list that mimics a dataset's applicant-name column.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------------------------
# Name pools (built for this set)
# --------------------------------------------------------------------------------------------


def _w(text: str) -> list[str]:
    """Split a space-separated word list."""
    return text.split()


_COMMON_SURNAMES = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高 簡 "
    "朱 鍾 施 游 詹 沈 彭 胡 余 盧 潘 顏 梁 趙 柯 翁 魏 方 孫 戴 范 宋 鄧 杜 侯 曹 薛 傅 丁 溫 紀 "
    "蔣 歐 藍 連 唐 馬 董 石 卓 程 姚 康 馮 古 姜 湯 汪 白 田 涂 鄒 巫 尤 鐘 龔 嚴 韓 黎 袁 童 陸 "
    "金"
)
_RARE_SURNAMES = _w(
    "錢 邵 夏 倪 伍 莫 孔 毛 俞 任 熊 于 萬 賈 秦 尹 易 辛 凌 甘 崔 段 葛 卜 包 左 池 車 牛 文 史 "
    "成 花 邢 雷 季 官 武 饒 殷 麥 喬 闕 練 粘 利 塗 鄞 褚 全 應 談 封 宮 柳 鄔 商 喻 岳 符 勞 龍 "
    "管 蒲 舒 蓋 房 留 查 滕 冉 戚 苗 鮑 穆 裴 覃 藺 晏 邰 佘 衛 楚 駱 麻 阮 衣 冷 刁 仇 危 盛 單 "
    "湛 蘭 艾"
)
_COMPOUND_SURNAMES = _w(
    "歐陽 張簡 司徒 諸葛 上官 司馬 范姜 東方 夏侯 皇甫 公孫 端木 長孫 慕容 令狐 張廖 西門"
)
_MALE_GIVEN = _w(
    "志明 俊傑 家豪 冠宇 宗翰 承恩 柏翰 彥廷 哲瑋 建宏 文雄 國榮 信宏 正雄 明輝 振興 永福 金龍 "
    "進財 添丁 清水 榮華 世昌 宏達 俊宏 志豪 志偉 建志 智偉 家銘 育誠 冠廷 柏宇 承翰 宇軒 品睿 "
    "宥廷 子豪 昱廷 柏諺 哲宇 定國 耀宗 啟明 景文 英傑 朝陽 文彬 仁傑 國峰 俊良 勝雄 坤山 萬得 "
    "火旺 水木 德勝 天佑 家瑋 維哲 孟哲 冠霖 睿哲 奕辰 柏均 宸睿 承佑 昇翰 紹文 學仁 鴻文 泰源 "
    "崇德 光輝 明哲 政宏 士賢 建良 國華 瑞祥 裕民 金水 阿福 登科 春生 秋雄 炳煌 清海 武雄 昭明 "
    "錦堂 福來 振宇 彥勳 冠良 哲維 育德 立偉 鈞凱 睿恩 宇翔 佑丞 子睿 宥辰 品翔 俊廷 浩宇 博文 "
    "建銘 俊賢 仕豪 偉誠 嘉宏 凱文 信良 昌明 順德 茂盛 旺財 金城 煌輝 銘傳 興隆 義雄 忠信"
)
_FEMALE_GIVEN = _w(
    "淑芬 美玲 雅婷 怡君 佳蓉 靜宜 秀琴 美鳳 玉珍 春嬌 淑惠 麗華 惠美 秀英 月娥 素珍 寶珠 玉蘭 "
    "金花 碧霞 秀蘭 雅琪 欣怡 佩珊 筱涵 詩涵 思妤 品妍 宜蓁 子晴 語彤 婉婷 郁婷 宛蓉 曉雯 慧玲 "
    "惠雯 美惠 淑華 麗珠 秀鳳 月桂 罔市 罔腰 招弟 玉葉 錦雲 寶蓮 素蘭 淑貞 麗卿 美娟 雅雯 佩君 "
    "怡如 珮瑜 靜怡 家瑜 欣妤 姿穎 芳瑜 雅惠 佳穎 心怡 宜庭 羽彤 沛恩 芷晴 以琳 亮妤 詠晴 芊妤 "
    "翠娥 阿嬌 碧珠 秋香 美雲 素卿 玉梅 幸子 春美 金枝 阿蘭 麗雪 綉琴 梅英 瓊芳 雪娥 桂枝 銀妹 "
    "玉霞 淑娟 惠玲 美華 雅芳 姿吟 家綺 佳慧 嘉琪 韻如 玟君 育萱 思穎 宜臻 昀蓁 苡晴 可馨 禹彤"
)
_MALE_SINGLE = _w("傑 強 勇 偉 剛 平 明 輝 斌 凱 翔 誠 彬 豪 震 權 鈞 昇")
_FEMALE_SINGLE = _w("芳 玲 娟 敏 萍 靜 瑩 薇 婷 琳 慧 潔 茹 蓉 君 倩 媛 珊 妮 霞")
# Public figures' names are never generated (a synthetic name must not be a famous person's).
_FAMOUS_WORDS = (
    "侯友宜 吳敦義 呂秀蓮 周杰倫 宋楚瑜 張惠妹 戴資穎 朱立倫 李登輝 林俊傑 林志玲 林書豪 "
    "柯文哲 楊丞琳 游錫堃 王力宏 王建民 王永慶 王金平 盧秀燕 蔡依林 蔡英文 蔣介石 蔣經國 "
    "蕭敬騰 蘇貞昌 賴清德 郭台銘 鄭文燦 陳其邁 陳建仁 陳水扁 陳菊 韓國瑜 馬英九"
)
_FAMOUS = set(_w(_FAMOUS_WORDS))
_IND_HAN = {
    "M": _w(
        "尤幹 瓦旦 巴尚 雅布 羅信 哈勇 德木 伊萬 比浩 谷拉斯 阿里 比令 撒拜 阿洛 伊布 沙布 古納 "
        "達卡"
    ),
    "F": _w("亞外 莎韻 達娜 巴奈 拉菲 蘇瑪 吉娃斯 烏杜 拉娃 娃利 烏瑪芙 拉勒 比黛 慕伊 伊娃"),
}
_IND_HAN_FAMILY = _w(
    "達道 尤命 馬賴 哈告 拉荷 伊斯坦大 谷木 達利 尤道 巴萬 阿布斯 卡造 拉瓦克 塔納 比嵐 瓦歷 哈尼 "
    "伊斯巴利達夫 達給斯 撒固流 巴拉冠 哈魯"
)
_IND_ROM = {
    "M": _w(
        "Yukan Watan Pasang Yabu Losin Hayung Temu Walis Iwan Biung Tiang Kui Calaw Ofad Fotol "
        "Mayaw Akaw Tuku Dakanow"
    ),
    "F": _w(
        "Panay Kolas Sawmah Lafay Dongi Yaway Sayun Tanah Pihu Savi Umav Muakai Ljaljeqaz Sakuliu "
        "Sra Ibu"
    ),
}
_IND_ROM_FAMILY = _w(
    "Tada Yumin Silan Istanda Takisvilainan Tanapima Ispalidav Kacaw Haciwan Pakawyan Rarangic "
    "Tjakisuvung Pavavalung Lavakaw Nakao Batu Kaolo Tahai Tali"
)
_VN_SUR = _w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
_VN_GIVEN = {
    "F": _w("Hoa Lan Mai Hương Trang Hạnh Thu Linh Nga Hồng Tuyết Phương Loan Thúy Yến Ngọc Diễm"),
    "M": _w("Hùng Dũng Nam Tuấn Long Hải Sơn Anh Minh Quang Thắng Cường Phúc"),
}
_VN_MID = {
    "F": _w("Thị Thị Thị Ngọc Thanh"),
    "M": _w("Văn Văn Minh Đức"),
}
_VN_HAN_SUR = _w("阮 陳 黎 范 黃 潘 武 鄧 裴 杜 胡 吳 楊")
_VN_HAN_GIVEN = {
    "F": _w("玉蘭 秋莊 美鳳 清香 金鳳 紅 花 梅 蓮 秋 翠 雪 芳 碧玉 春桃 玉英 海燕"),
    "M": _w("俊 雄 勇 南 海 山 英 明 光 德 文忠"),
}
_ID_GIVEN = {
    "F": _w("Siti Dewi Sri Nur Rina Wati Yuli Ani Ayu Indah Putri Fitri Maya Ratna Yanti Eka"),
    "M": _w("Agus Budi Joko Eko Rudi Adi Bambang Wahyu Hendra Slamet"),
}
_ID_FAMILY = _w(
    "Aminah Rahayu Wulandari Handayani Susilo Setiawan Purnomo Hidayat Kusuma Saputra Sari "
    "Ningsih Utami Lestari Susanti Yulianti"
)
_ID_SINGLE = {
    "F": _w("Sumiati Karsinah Suwarni Tarmini Juwariyah"),
    "M": _w("Sutrisno"),
}
_ID_HAN = {
    "F": _w("希蒂 蒂薇 絲莉 努兒 莉娜 瓦蒂 尤莉 阿妮 阿尤 茵達 普特麗 菲特莉 瑪雅"),
    "M": _w("阿古斯 布迪 佐可 艾柯 魯迪 阿迪"),
}
_ID_HAN_FAMILY = _w(
    "阿米娜 拉哈尤 烏蘭達莉 漢達雅尼 蘇希洛 塞蒂亞萬 普諾摩 希達雅 古蘇瑪 沙普特拉 寧西 烏塔米"
)
_PH_GIVEN = {
    "F": _w(
        "Maria Ana Rosalie Jocelyn Marites Cristina Grace Jennifer Rowena Analyn Lorna Mary Joy "
        "Lovely"
    ),
    "M": _w("Jose Juan Mark Rodel Arnel Jomar Ramon Reynaldo"),
}
_PH_FAMILY = _w(
    "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Castillo Flores "
    "Navarro Soriano Pascual Dela_Cruz Dela_Pena"
)
_PH_HAN = {
    "F": _w("瑪莉亞 安娜 羅莎莉 喬瑟琳 克莉絲汀娜 葛瑞絲 珍妮佛 羅維娜 洛娜"),
    "M": _w("荷西 胡安 馬克 羅德爾 雷納多"),
}
_PH_HAN_FAMILY = _w(
    "桑托斯 雷耶斯 克魯茲 包蒂斯塔 奧坎波 賈西亞 門多薩 托雷斯 維拉紐瓦 拉莫斯 卡斯蒂略"
)
_TH_GIVEN = {
    "F": _w("Malee Siriporn Wanida Nattaya Kanya Pornthip Sudarat Anong Ratchanee"),
    "M": _w("Somchai Somsak Sombat Boonmee Prasert Chalerm Narong Anan"),
}
_TH_FAMILY = _w(
    "Srisuk Wongsawat Saelim Chaiyaporn Kaewkham Boonsong Thongdee Phromma Sukprasert Inthong"
)
_TH_HAN = {
    "F": _w("瑪莉 西莉蓬 娃妮達 娜塔雅 甘雅 蓬蒂 蘇達拉 阿儂"),
    "M": _w("頌猜 頌薩 頌巴 文米 巴實 差冷 納隆"),
}
_TH_HAN_FAMILY = _w("西蘇 翁沙瓦 謝林 猜亞蓬 蓋坎 文頌 通迪 蓬瑪 因通")
_NAT_ZH = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}
_COUNTIES = {
    "臺北市": _w(
        "中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區"
    ),
    "新北市": _w(
        "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 汐止區 樹林區 淡水區 三峽區 "
        "林口區 鶯歌區"
    ),
    "桃園市": _w("桃園區 中壢區 平鎮區 八德區 楊梅區 龜山區 蘆竹區 大溪區 龍潭區"),
    "臺中市": _w("中區 西屯區 北屯區 南屯區 豐原區 大里區 太平區 沙鹿區 大甲區 清水區 霧峰區"),
    "臺南市": _w("中西區 東區 北區 安平區 永康區 新營區 善化區 麻豆區 佳里區 歸仁區"),
    "高雄市": _w("苓雅區 前鎮區 三民區 鳳山區 左營區 鼓山區 楠梓區 岡山區 旗山區 美濃區"),
    "基隆市": _w("仁愛區 信義區 中正區 七堵區 暖暖區 安樂區"),
    "新竹市": _w("東區 北區 香山區"),
    "嘉義市": _w("東區 西區"),
    "新竹縣": _w("竹北市 竹東鎮 湖口鄉 新豐鄉 關西鎮 芎林鄉"),
    "苗栗縣": _w("苗栗市 頭份市 竹南鎮 苑裡鎮 通霄鎮 公館鄉 三義鄉"),
    "彰化縣": _w("彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮 北斗鎮 二林鎮"),
    "南投縣": _w("南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 魚池鄉"),
    "雲林縣": _w("斗六市 虎尾鎮 北港鎮 西螺鎮 斗南鎮 麥寮鄉"),
    "嘉義縣": _w("太保市 朴子市 民雄鄉 大林鎮 水上鄉 新港鄉"),
    "屏東縣": _w("屏東市 潮州鎮 東港鎮 恆春鎮 內埔鄉 萬丹鄉 霧臺鄉"),
    "宜蘭縣": _w("宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 三星鄉"),
    "花蓮縣": _w("花蓮市 吉安鄉 鳳林鎮 玉里鎮 壽豐鄉 秀林鄉"),
    "臺東縣": _w("臺東市 成功鎮 關山鎮 卑南鄉 池上鄉 太麻里鄉"),
    "澎湖縣": _w("馬公市 湖西鄉 白沙鄉 西嶼鄉"),
    "金門縣": _w("金城鎮 金湖鎮 金沙鎮 金寧鄉"),
    "連江縣": _w("南竿鄉 北竿鄉"),
}
_ZIP = dict(
    p.split("=")
    for p in _w(
        "中正區=100 大同區=103 中山區=104 松山區=105 大安區=106 萬華區=108 士林區=111 北投區=112 "
        "內湖區=114 南港區=115 文山區=116 板橋區=220 三重區=241 中和區=235 永和區=234 新莊區=242 "
        "新店區=231 桃園區=330 中壢區=320 西屯區=407 北屯區=406 中西區=700 安平區=708 永康區=710 "
        "苓雅區=802 三民區=807 鳳山區=830 左營區=813 花蓮市=970 宜蘭市=260 羅東鎮=265 臺東市=950 "
        "馬公市=880 金城鎮=893 南竿鄉=209 彰化市=500 員林市=510 斗六市=640 南投市=540 埔里鎮=545 "
        "苗栗市=360 竹北市=302 屏東市=900"
    )
)
_ROADS = _w(
    "中山路 中正路 民生路 民權路 民族路 復興路 光復路 建國路 和平東路 忠孝東路 忠孝西路 成功路 "
    "自由路 文化路 中華路 信義路 仁愛路 博愛路 公園路 大同路 三民路 林森北路 府前路 新興路 中興路 "
    "永康街 長安東路 八德路 南京東路 承德路 重慶南路 莒光路 四維路 五福一路 青年路 崇德路 文心路 "
    "英才路 福星路 大雅路 忠孝路 和平路 育英街 光明街 新生路 勝利路 東門路 開元路 北門路 健康路 "
    "金華路 站前路 環河路 中央路 延平路 龍江街 水源路 港墘路 員山路"
)
_VILLAGES = _w(
    "中興 福德 復興 仁愛 和平 新生 光明 建國 永安 大同 忠孝 民生 長安 東興 西湖 南山 北勢 頂寮 "
    "下厝 後壁 大埔 新庄 頭前 崁頂 溪洲 福安 德興"
)
_CN_DIGITS = "〇一二三四五六七八九"
_DOC_PREFIX = {
    "ltc": _w("府授衛長 北市衛照 新北府社老 中市衛長 高市衛長 竹縣衛長 宜府衛長"),
    "traffic": _w("北市交裁 新北裁申 中市交裁 高市交裁 桃交裁 嘉市交裁"),
    "pet": _w("北市動保救 新北農動 中市動保 高市動保 桃農動 花府農畜"),
    "military": _w("府授兵 北市兵役 新北府民兵 中市兵 高市兵徵 彰府兵"),
    "consumer": _w("府法消 北市法保 新北府法消 中市法消 高市法消 南市法消"),
    "temple": _w("北市警行 中市警行 府授民宗 雲府民宗 南市民宗 嘉府民宗"),
}
_DEITIES = _w(
    "媽祖 保生大帝 關聖帝君 清水祖師 池府千歲 李府千歲 朱府千歲 溫府千歲 玄天上帝 城隍爺 註生娘娘 "
    "三太子"
)
_TEMPLES = _w(
    "鎮瀾宮 朝天宮 天后宮 慈祐宮 南鯤鯓代天府 青山宮 霞海城隍廟 保安宮 受天宮 奉天宮 順天宮 "
    "福德宮 清水巖 聖安宮 玉皇宮"
)
_COMPANIES = _w(
    "康健生活健身股份有限公司 大眾電信股份有限公司 美好家電量販股份有限公司 "
    "樂遊旅行社股份有限公司 晨光補習班 森林系家具有限公司 快捷網購股份有限公司 "
    "金鼎建設股份有限公司 安心保全股份有限公司 幸福婚紗攝影有限公司 優速物流股份有限公司 "
    "好日子美容美髮 綠洲汽車保養廠 王品牛排某分店"
)
_SHELTERS = _w(
    "臺北市動物之家 新北市板橋動物之家 臺中市后里動物之家 高雄市壽山動物保護教育園區 "
    "桃園市動物保護教育園區 臺南市動物之家灣裡站 花蓮縣流浪犬中途之家"
)
_BREEDS = _w(
    "米克斯 柴犬 柯基犬 黃金獵犬 拉布拉多 臺灣犬 貴賓犬 博美犬 法國鬥牛犬 虎斑貓 三花貓 橘貓 "
    "英國短毛貓 黑貓"
)
_PET_NAMES = _w(
    "小黑 布丁 麻糬 豆豆 來福 旺財 饅頭 奶茶 球球 小白 咪咪 皮皮 黑糖 Lucky Momo 阿花 招財 芝麻"
)
_SCHOOLS = _w(
    "國立臺灣大學 國立成功大學 國立清華大學 國立中興大學 逢甲大學 淡江大學 國立高雄科技大學 "
    "私立輔仁大學 國立臺北科技大學 東海大學 國立中山大學 長庚大學 國立陽明交通大學 美國加州大學"
)
_PLACES = _w(
    "忠孝東路四段與敦化南路口 林口區文化三路 中山路與民權路口 火車站前站 黃昏市場旁 "
    "中正路與三民路交岔路口 國道一號南向 台61線西濱快速道路 楊梅交流道匝道 王田交流道附近 "
    "民生路公有停車場出口 學校前紅線"
)
_VIOLATIONS = _w(
    "在禁止臨時停車處所停車 闖紅燈 行駛人行道 違規左轉 未依規定使用方向燈 超速20公里以內 併排停車 "
    "於身心障礙專用停車位違規停車"
)
_LTC_NOTES = _w(
    "案主行動需助行器，白天獨居，夜間由家屬陪伴。 "
    "浴室無扶手，建議申請居家無障礙改善（代碼EC04）。 "
    "案主表示膝蓋痛，黃昏時常感頭暈，已轉介居家護理。 申請居家服務BA01、BA07及交通接送BD03。 "
    "有高血壓、糖尿病史，規律至林口長庚回診。 家中有階梯，曾經在浴室跌倒一次，已衛教防跌。 "
    "進食正常，可自行如廁，洗澡需協助；CMS評為第4級。 冰箱內食物過期，建議連結送餐服務。 "
    "案主聽力退化，溝通時需放慢速度並配合書寫。 居家環境尚稱整潔，唯床邊照明不足。 "
    "案主情緒低落，常常提到老伴過世的事，建議轉介關懷據點。 "
    "排定每週一、三、五上午居服員到宅協助沐浴。"
)
_CONSUMER_CASES = [
    ("健身房會員合約", "業者歇業後拒絕退還剩餘月費", "康健生活健身股份有限公司"),
    ("網購除濕機", "收到商品即故障，客服遲未處理", "快捷網購股份有限公司"),
    ("旅行團費", "行程因颱風取消，業者僅願退還部分訂金", "樂遊旅行社股份有限公司"),
    ("手機門號續約", "業者未告知提前解約金", "大眾電信股份有限公司"),
    ("補習班課程", "中途退班，業者以教材費為由扣款", "晨光補習班"),
    ("婚紗攝影方案", "合約內容與廣告不符", "幸福婚紗攝影有限公司"),
    ("汽車保養", "保養後引擎異音，業者拒絕負責", "綠洲汽車保養廠"),
    ("沙發訂製", "交貨延遲逾兩個月且顏色不符", "森林系家具有限公司"),
    ("冷氣安裝", "安裝後漏水，業者要求另付維修費", "美好家電量販股份有限公司"),
    ("燙髮護髮療程", "預付課程未使用完畢，店家拒絕退費", "好日子美容美髮"),
]


@dataclass(frozen=True)
class _V:
    """A value to place in a text: a gold span (label) with optional person traits."""

    value: str
    label: str
    gender: str = ""
    kind: str = ""


# --------------------------------------------------------------------------------------------
# Leak check (generator side): look-alikes must not be valid personal identifiers by accident
# --------------------------------------------------------------------------------------------

_ID_LIKE = re.compile(r"(?=([A-Z][A-Z0-9](?:[ -]?\d){8}))")
_DIGIT_RUN = re.compile(r"\d(?:[ .-]?\d)*")
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _leaks(text: str, *, mobile: bool) -> bool:
    """Whether ``text`` holds a valid ID, resident cert, card, e-mail (or mobile phone)."""
    t = unicodedata.normalize("NFKC", text).upper()
    for m in _ID_LIKE.finditer(t):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    if _EMAIL_LIKE.search(t):
        return True
    for m in _DIGIT_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        for i in range(len(digits)):
            for k in range(13, min(19, len(digits) - i) + 1):
                if creditcard.is_valid(digits[i : i + k]):
                    return True
            if not mobile:
                continue
            if digits.startswith("09", i) and phone.is_valid(digits[i : i + 10]):
                return True
            if digits.startswith("8869", i) and phone.is_valid("0" + digits[i + 3 : i + 12]):
                return True
    return False


def _fullwidth(s: str) -> str:
    """ASCII → full-width forms (as Taiwanese sources often type digits and letters)."""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def _ascii_fold(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _cn_number(n: int) -> str:
    """Chinese numerals for 1..99 (十二, 二十, 七十八)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


# --------------------------------------------------------------------------------------------
# Text builder
# --------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")


class _Doc:
    """Accumulates text and gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def val(self, v: _V) -> None:
        self.spans.append((self.n, self.n + len(v.value), v.label))
        self.add(v.value)

    def f(self, template: str, **kw: object) -> None:
        """Append ``template`` with ``{key}`` fields filled (``_V`` values become spans)."""
        pieces = _FIELD.split(template)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                if piece:
                    self.add(piece)
            else:
                obj = kw[piece]
                if isinstance(obj, _V):
                    self.val(obj)
                else:
                    self.add(str(obj))

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# Value factory
# --------------------------------------------------------------------------------------------


class _Gen:
    """Draws names, identifiers, look-alikes; all randomness comes from one ``random.Random``."""

    FW_RATE = 0.2

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        size = max(40, n // 3 + 20)
        known: dict[str, tuple[str, str]] = {}
        while len(known) < size:
            name, gender, kind = self._new_name()
            known.setdefault(name, (gender, kind))
        self.known_list = list(known)
        self.known = set(known)
        # Names after the cut are never mentioned (the column holds more applicants than texts).
        cut = int(len(self.known_list) * 0.8)
        self._pool: dict[tuple[str, str], list[str]] = {}
        for name in self.known_list[:cut]:
            gender, kind = known[name]
            self._pool.setdefault((gender, kind), []).append(name)

    # -- basics ---------------------------------------------------------------------------
    def ch(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, k: int) -> str:
        return "".join(self.ch("0123456789") for _ in range(k))

    def fw(self, s: str) -> str:
        return _fullwidth(s) if self.p(self.FW_RATE) else s

    # -- names ----------------------------------------------------------------------------
    def _han(self, gender: str) -> str:
        r = self.rng.random()
        if r < 0.05:
            sur = self.ch(_COMPOUND_SURNAMES)
        elif r < 0.3:
            sur = self.ch(_RARE_SURNAMES)
        else:
            sur = self.ch(_COMMON_SURNAMES)
        if self.p(0.1):
            given = self.ch(_MALE_SINGLE if gender == "M" else _FEMALE_SINGLE)
        else:
            given = self.ch(_MALE_GIVEN if gender == "M" else _FEMALE_GIVEN)
        return sur + given

    def _married(self) -> str:
        return self.ch(_COMMON_SURNAMES) + self.ch(_COMMON_SURNAMES) + self.ch(_FEMALE_GIVEN)

    def _indigenous(self, gender: str) -> str:
        r = self.rng.random()
        if r < 0.7:
            dot = self.ch(["‧", "‧", "·", "·", "・"])
            return self.ch(_IND_HAN[gender]) + dot + self.ch(_IND_HAN_FAMILY)
        given, family = self.ch(_IND_ROM[gender]), self.ch(_IND_ROM_FAMILY)
        return f"{given}‧{family}" if self.p(0.2) else f"{given} {family}"

    def _foreign(self, gender: str, nat: str) -> str:
        han = self.p(0.35)
        dot = self.ch(["‧", "·", "・"])
        if nat == "VN":
            if han:
                mid = "氏" if gender == "F" else "文"
                return self.ch(_VN_HAN_SUR) + mid + self.ch(_VN_HAN_GIVEN[gender])
            name = f"{self.ch(_VN_SUR)} {self.ch(_VN_MID[gender])} {self.ch(_VN_GIVEN[gender])}"
            if self.p(0.6):
                name = _ascii_fold(name)
        elif nat == "ID":
            if han:
                if self.p(0.3):
                    return self.ch(_ID_HAN[gender])
                return self.ch(_ID_HAN[gender]) + dot + self.ch(_ID_HAN_FAMILY)
            if self.p(0.2):
                name = self.ch(_ID_SINGLE[gender])
            else:
                name = f"{self.ch(_ID_GIVEN[gender])} {self.ch(_ID_FAMILY)}"
        elif nat == "PH":
            if han:
                return self.ch(_PH_HAN[gender]) + dot + self.ch(_PH_HAN_FAMILY)
            family = self.ch(_PH_FAMILY).replace("_", " ")
            name = f"{self.ch(_PH_GIVEN[gender])} {family}"
        else:
            if han:
                return self.ch(_TH_HAN[gender]) + dot + self.ch(_TH_HAN_FAMILY)
            name = f"{self.ch(_TH_GIVEN[gender])} {self.ch(_TH_FAMILY)}"
        return name.upper() if self.p(0.3) else name

    def _new_name(
        self, gender: str | None = None, kind: str | None = None, nat: str | None = None
    ) -> tuple[str, str, str]:
        while True:
            g = gender or self.ch("MF")
            k = (
                kind
                or self.rng.choices(
                    ["han", "married", "indigenous", "foreign"], weights=[72, 6, 8, 14]
                )[0]
            )
            if k == "married":
                g = "F"
                name = self._married()
            elif k == "indigenous":
                name = self._indigenous(g)
            elif k == "foreign":
                nat = nat or self.ch(["VN", "ID", "PH", "TH"])
                name = self._foreign(g, nat)
                k = f"foreign:{nat}"
            else:
                name = self._han(g)
            if name not in _FAMOUS:
                return name, g, k

    def _person(self, gender: str, kind: str, nat: str | None = None) -> _V:
        if kind == "married":
            gender = "F"
        if kind == "foreign":
            nat = nat or self.ch(["VN", "ID", "PH", "TH"])
        key = (gender, f"foreign:{nat}" if kind == "foreign" else kind)
        if self.p(0.5):
            pool = self._pool.get(key)
            if pool:
                return _V(self.ch(pool), "PERSON", gender, key[1])
        while True:
            name, g2, k2 = self._new_name(gender, kind, nat)
            if name not in self.known:
                return _V(name, "PERSON", g2, k2)

    def P(self, gender: str | None = None, kinds: tuple[str, ...] | None = None) -> _V:
        """A PERSON value: about half from the known-names list, the rest never listed."""
        kinds = kinds or (
            "han",
            "han",
            "han",
            "han",
            "han",
            "han",
            "married",
            "indigenous",
            "foreign",
        )
        kind = self.ch(kinds)
        return self._person(gender or self.ch("MF"), kind)

    def PF(self, gender: str | None = None, nat: str | None = None) -> _V:
        """A foreign resident (caregiver, spouse, worker)."""
        return self._person(gender or ("F" if self.p(0.8) else "M"), "foreign", nat)

    def kin(self, p: _V, male: str, female: str) -> str:
        """A kinship or role word that fits the person's gender."""
        return self.ch((male if p.gender == "M" else female).split())

    def hon(self, p: _V, elder: bool = False) -> str:
        latin = p.value[:1].isascii()
        if latin:
            return (
                self.ch([" 女士", " 小姐", "女士", ""])
                if p.gender == "F"
                else self.ch([" 先生", "先生", ""])
            )
        if p.gender == "F":
            opts = ["女士", "小姐", "女士"] + (["阿嬤", "奶奶", "阿姨"] if elder else [])
        else:
            opts = ["先生", "先生", "君"] + (["阿公", "伯伯", "爺爺"] if elder else [])
        return self.ch(opts)

    # -- identifiers ----------------------------------------------------------------------
    def ID(self, p: _V | None = None) -> _V:
        letter = self.ch(list(LETTER_CODES))
        sex = "2" if (p is not None and p.gender == "F") else "1"
        if p is None:
            sex = self.ch("12")
        body = sex + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        if self.p(0.04):
            value = value.lower()
        elif self.p(0.05):
            value = f"{value[0]} {value[1:4]} {value[4:7]} {value[7:]}"
        return _V(self.fw(value), "TW_NATIONAL_ID")

    def ARC(self, p: _V | None = None) -> _V:
        letter = self.ch(list(LETTER_CODES))
        if self.p(0.7):
            sex = "9" if (p is None or p.gender == "F") else "8"
            body = sex + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.ch("ABCD") if p is None else ("B" if p.gender == "F" else "A")
            if p is not None and self.p(0.3):
                second = self.ch("CD")
            tail7 = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            value = letter + second + tail7 + check
        assert arc.is_valid(value)
        return _V(self.fw(value), "TW_RESIDENT_CERT")

    def NHI(self) -> _V:
        raw = ("0000" if self.p(0.75) else self.digits(4)) + self.digits(8)
        style = self.ri(0, 3)
        if style == 0:
            value = raw
        elif style == 1:
            value = f"{raw[:4]} {raw[4:8]} {raw[8:]}"
        elif style == 2:
            value = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        else:
            value = f"{raw[:4]}{raw[4:8]} {raw[8:]}"
        return _V(self.fw(value), "TW_NHI_CARD")

    def PP(self, nat: str = "TW") -> _V:
        if nat == "TW":
            value = self.ch("3") + self.digits(8)
        elif nat == "VN":
            value = self.ch("CCB") + self.digits(7)
        elif nat == "ID":
            value = self.ch("ABCX") + self.digits(7)
        elif nat == "PH":
            value = "P" + self.digits(7) + self.ch("ABC")
        elif nat == "TH":
            value = self.ch("ABS") + self.ch("ABCDE") + self.digits(7)
        else:  # US and others
            value = self.ch("56") + self.digits(8)
        return _V(self.fw(value), "PASSPORT")

    def CC(self) -> _V:
        kind = self.rng.choices(["visa", "mc", "jcb", "amex", "cup"], weights=[40, 25, 20, 8, 7])[0]
        if kind == "visa":
            head, length = "4" + self.digits(5), 16
        elif kind == "mc":
            head, length = "5" + self.ch("12345") + self.digits(4), 16
        elif kind == "jcb":
            head, length = "35" + str(self.ri(28, 89)) + self.digits(2), 16
        elif kind == "amex":
            head, length = self.ch(["34", "37"]) + self.digits(4), 15
        else:
            head, length = "62" + self.digits(4), 16
        body = head + self.digits(length - len(head) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                raw = body + d
                break
        if length == 15:
            groups = [raw[:4], raw[4:10], raw[10:]]
        else:
            groups = [raw[i : i + 4] for i in range(0, 16, 4)]
        sep = self.ch([" ", "-", "", " ", "-"])
        value = sep.join(groups)
        assert creditcard.is_valid(value)
        return _V(self.fw(value), "CREDIT_CARD")

    def _mobile_digits(self) -> str:
        while True:
            num = "09" + self.ch("1233456789") + self.digits(7)
            if phone.is_valid(num):
                return num

    def _landline_digits(self) -> tuple[str, str]:
        areas = [
            ("02", 8, "2235678"),
            ("03", 7, "34569"),
            ("037", 6, "2345678"),
            ("04", 8, "22"),
            ("04", 7, "78"),
            ("049", 7, "22"),
            ("05", 7, "2235"),
            ("06", 7, "223"),
            ("07", 7, "233578"),
            ("08", 7, "78"),
            ("089", 6, "33"),
            ("082", 6, "3"),
            ("0836", 5, "2"),
        ]
        area, k, firsts = self.ch(areas)
        for _ in range(30):
            local = self.ch(firsts) + self.digits(k - 1)
            if phone.is_valid(area + local):
                return area, local
        return area, local

    def PH(self, mobile: bool | None = None, ext: bool = True) -> _V:
        if mobile is None:
            mobile = self.p(0.65)
        if mobile:
            num = self._mobile_digits()
            a, b, c = num[:4], num[4:7], num[7:]
            intl = num[1:]
            value = self.ch(
                [
                    num,
                    num,
                    f"{a}-{b}-{c}",
                    f"{a}-{b}-{c}",
                    f"{a}-{b}{c}",
                    f"{a} {b} {c}",
                    f"{a}.{b}.{c}",
                    f"+886-{intl[:3]}-{intl[3:6]}-{intl[6:]}",
                    f"+886 {intl[:3]} {intl[3:6]} {intl[6:]}",
                    f"+886{intl}",
                    f"886-{intl[:3]}-{intl[3:]}",
                    f"({a}){b}{c}",
                ]
            )
        else:
            area, local = self._landline_digits()
            if len(local) == 8:
                loc = self.ch([f"{local[:4]}-{local[4:]}", local, f"{local[:4]} {local[4:]}"])
            elif len(local) == 7:
                loc = self.ch([f"{local[:3]}-{local[3:]}", local, f"{local[:3]} {local[3:]}"])
            elif len(local) == 6:
                loc = self.ch([f"{local[:2]}-{local[2:]}", local, f"{local[:3]}-{local[3:]}"])
            else:
                loc = local
            intl = area[1:]
            value = self.ch(
                [
                    f"({area}){loc}",
                    f"({area}){loc}",
                    f"{area}-{loc}",
                    f"{area}-{loc}",
                    f"{area}{local}",
                    f"({area}) {loc}",
                    f"+886-{intl}-{loc}",
                    f"+886 {intl} {loc}",
                    f"886-{intl}-{loc}",
                ]
            )
            if ext and self.p(0.2):
                value += self.ch(
                    [
                        f" 分機{self.ri(10, 999)}",
                        f"分機{self.ri(100, 9999)}",
                        f"#{self.ri(10, 999)}",
                        f" 轉{self.ri(10, 999)}",
                        f" ext. {self.ri(10, 999)}",
                        f" ext {self.ri(1, 99)}",
                        f" x{self.ri(10, 999)}",
                    ]
                )
        value = self.fw(value)
        assert phone.is_plausible(value)
        return _V(value, "PHONE")

    def EM(self, p: _V | None = None) -> _V:
        stems = [
            "chen",
            "lin",
            "huang",
            "chang",
            "lee",
            "wang",
            "wu",
            "liu",
            "tsai",
            "yang",
            "hsu",
            "cheng",
            "hsieh",
            "kuo",
            "hung",
            "tseng",
            "chiu",
            "liao",
            "lai",
            "chou",
            "ming",
            "yating",
            "kevin",
            "amy",
            "jessie",
            "tommy",
            "lulu",
            "panda",
            "sunny",
            "alice",
            "jason",
            "vivian",
            "peggy",
            "eric",
            "wendy",
            "ahua",
            "meimei",
            "happycat",
            "blue.sky",
            "dora",
            "nini",
            "ivy",
            "kiki",
            "xiaoyu",
            "andy",
        ]
        if p is not None and p.value[:1].isascii() and self.p(0.6):
            parts = re.findall(r"[a-z]+", _ascii_fold(p.value).lower())
            local = ".".join(parts[:2]) if parts else self.ch(stems)
        else:
            local = self.ch(stems)
            r = self.rng.random()
            if r < 0.3:
                local += self.ch(["_", ".", ""]) + self.ch(stems)
            if self.p(0.6):
                local += str(self.ri(1, 9999)) if self.p(0.6) else str(self.ri(1950, 2005))
        domain = self.ch(
            [
                "gmail.com",
                "gmail.com",
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                "msa.hinet.net",
                "ms45.hinet.net",
                "icloud.com",
                "pchome.com.tw",
                "yahoo.com",
                "livemail.tw",
            ]
        )
        value = f"{local}@{domain}"
        if self.p(0.06):
            value = value.upper() if self.p(0.3) else value[0].upper() + value[1:]
        return _V(self.fw(value), "EMAIL")

    def AD(self, county: str | None = None) -> _V:
        county = county or self.ch(list(_COUNTIES))
        district = self.ch(_COUNTIES[county])
        shown = county.replace("臺", "台") if self.p(0.3) else county
        parts = []
        if district in _ZIP and self.p(0.15):
            parts.append(_ZIP[district] + self.ch(["", "", "00", str(self.ri(10, 99))]))
        parts += [shown, district]
        village = self.p(0.2)
        if village:
            parts.append(self.ch(_VILLAGES) + ("村" if district.endswith("鄉") else "里"))
            parts.append(f"{self.ri(1, 30)}鄰")
        if not village or self.p(0.85):
            road = self.ch(_ROADS)
            parts.append(road)
            if road.endswith("路") and self.p(0.35):
                sec = self.ri(1, 5)
                parts.append((_cn_number(sec) if self.p(0.75) else str(sec)) + "段")
            if self.p(0.35):
                parts.append(f"{self.ri(1, 300)}巷")
                if self.p(0.3):
                    parts.append(f"{self.ri(1, 30)}弄")
        floor = self.p(0.4)
        house = self.ri(1, 500)
        if self.p(0.08):
            sub = self.ri(1, 9)
            parts.append(f"{house}號之{sub}" if not floor and self.p(0.6) else f"{house}之{sub}號")
        else:
            parts.append(f"{house}號")
        if floor:
            fl = self.ri(2, 15)
            parts.append(self.ch([f"{fl}樓", f"{fl}樓", f"{_cn_number(fl)}樓", f"{fl}F"]))
            if self.p(0.12):
                parts.append(f"之{self.ri(1, 9)}")
        value = "".join(parts)
        return _V(self.fw(value), "ADDRESS")

    def BD(self, lo: int, hi: int, speech: bool = False) -> _V:
        y, m, d = self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28)
        roc = y - 1911
        styles = [
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}.{m:02d}.{d:02d}",
            f"{roc}/{m}/{d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc:03d}{m:02d}{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m}/{d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m:02d}.{d:02d}",
            f"{roc}-{m:02d}-{d:02d}",
            f"民國{_cn_number(roc)}年{_cn_number(m)}月{_cn_number(d)}日",
        ]
        if speech:
            styles = [f"民國{roc}年{m}月{d}號", f"{roc}年{m}月{d}號", f"{y}年{m}月{d}號"]
        return _V(self.fw(self.ch(styles)), "BIRTH_DATE")

    # -- look-alikes ----------------------------------------------------------------------
    def date(self, roc_only: bool = False) -> str:
        y, m, d = self.ri(112, 114), self.ri(1, 12), self.ri(1, 28)
        styles = [f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"]
        if not roc_only:
            styles += [f"{y + 1911}年{m}月{d}日", f"{y + 1911}/{m}/{d}", f"{m}月{d}日"]
        return self.ch(styles)

    def roc_date(self) -> str:
        y, m, d = self.ri(112, 114), self.ri(1, 12), self.ri(1, 28)
        return f"{y}年{m}月{d}日"

    def time(self) -> str:
        h, mi = self.ri(8, 17), self.ch(["00", "10", "15", "30", "40", "45"])
        return self.ch([f"{h}:{mi}", f"上午{h}時" if h < 12 else f"下午{h - 12}時{mi}分"])

    def docno(self, genre: str) -> str:
        return f"{self.ch(_DOC_PREFIX[genre])}字第{self.ri(112, 114)}{self.digits(7)}號"

    def caseno(self) -> str:
        y = self.ri(112, 114)
        return self.ch(
            [
                f"{y}年度消調字第{self.ri(1, 999):04d}號",
                f"{y}-{self.ri(1, 12):02d}-{self.digits(4)}",
                f"TC{y}{self.digits(5)}",
                f"案號{y}{self.digits(6)}",
                f"No.{self.digits(7)}",
                f"{y}申字第{self.ri(1, 9999)}號",
            ]
        )

    def ban(self) -> str:
        while True:
            head = self.digits(7)
            for d in "0123456789":
                if ban.is_valid(head + d):
                    return head + d

    def ticket(self) -> str:
        return (
            self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ")
            + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ")
            + self.digits(7)
        )

    def chip(self) -> str:
        return "900" + self.ch(["138", "164", "032", "118"]) + self.digits(9)

    def shelter_no(self) -> str:
        return f"{self.ri(112, 114)}{self.ri(1, 12):02d}{self.ri(1, 28):02d}{self.digits(2)}"

    def amount(self, lo: int = 3, hi: int = 2000) -> str:
        """A sum of money between ``lo`` and ``hi`` hundred dollars."""
        v = self.ri(lo, hi) * 100
        s = f"{v:,}"
        return self.ch([f"新臺幣{s}元", f"NT${s}", f"{s}元", f"新台幣{v}元"])

    def staff_ext(self) -> str:
        return f"分機{self.ri(1000, 8999)}"


# --------------------------------------------------------------------------------------------
# Positive templates
# --------------------------------------------------------------------------------------------

_T = Callable[[_Gen, _Doc], None]


def _form(g: _Gen, d: _Doc, rows: list[tuple[str, object]], title: str = "") -> None:
    """Paste a form: ``label：value`` lines with a random separator style."""
    sep = g.ch(["：", "：", ":", "： ", "\t", "　"])
    if title:
        d.add(title + "\n")
    for label, value in rows:
        d.f(f"{label}{sep}{{v}}\n", v=value)


def _ltc_form(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "han", "married", "indigenous"))
    cg = g.P()
    rows: list[tuple[str, object]] = [("個案姓名", p)]
    if g.p(0.8):
        rows.append(("身分證統一編號", g.ID(p)))
    if g.p(0.7):
        rows.append((g.ch(["出生日期", "出生年月日", "生日"]), g.BD(1925, 1955)))
    if g.p(0.7):
        rows.append(("健保卡號", g.NHI()))
    rows.append((g.ch(["戶籍地址", "居住地址", "地址"]), g.AD()))
    if g.p(0.6):
        rows.append(("住家電話", g.PH(False)))
    rel = g.kin(cg, "長子 次子 兒子 外孫 配偶 姪子", "長女 女兒 媳婦 配偶 外孫女 姪女")
    title = g.ch(
        ["長期照顧需要評估紀錄（居家訪視）", "照顧管理評估量表－基本資料", "長照個案家訪紀錄表", ""]
    )
    _form(g, d, rows, title)
    d.f("主要照顧者：{cg}（{rel}），手機{ph}\n", cg=cg, rel=rel, ph=g.PH(True))
    staff = g.P(kinds=("han",))
    d.f("評估日期：{dt}　照專：{s}\n", dt=g.date(True), s=staff)
    d.add(f"CMS等級：第{g.ri(2, 8)}級；ADL {g.ri(20, 90)}分，IADL {g.ri(1, 8)}分。\n")
    d.add("摘要：" + "".join(g.rng.sample(_LTC_NOTES, g.ri(1, 3))))


def _ltc_log(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "married", "indigenous"))
    lines = []
    for _ in range(g.ri(1, 3)):
        lines.append(g.ch(_LTC_NOTES))
    d.f("{dt} {tm} 家訪 {p}{h}，", dt=g.date(), tm=g.time(), p=p, h=g.hon(p, True))
    d.add("".join(lines))
    if g.p(0.7):
        c = g.P()
        rel = g.kin(c, "兒子 孫子 鄰居 外甥 姪子", "女兒 孫女 媳婦 鄰居 外甥女")
        d.f(
            "{rel}{c}表示{what}，聯絡電話{ph}。",
            rel=rel,
            c=c,
            what=g.ch(["週末才能回來", "希望增加居服時數", "願意自付差額", "會陪同回診"]),
            ph=g.PH(),
        )
    if g.p(0.45):
        d.f(g.ch(["健保卡{n}已核對。", "（健保卡號{n}）", "健保IC卡{n}過卡完成。"]), n=g.NHI())
    if g.p(0.3):
        d.f("\n下次訪視：{dt}", dt=g.date())


def _ltc_speech(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "married", "indigenous"))
    c = g.P(gender="F")
    d.add(g.ch(["【訪談逐字】", "訪談摘錄：", "案主自述（照專記錄）：", ""]))
    d.f("「我叫{p}啦，", p=p)
    if g.p(0.6):
        d.f("{bd}生的，", bd=g.BD(1925, 1952, speech=True))
    d.f("住在{a}，", a=g.AD())
    d.f(
        "{what}。有什麼事你打給我{rel}{c}，她電話是{ph}。」",
        what=g.ch(
            [
                "腳不好走，樓梯爬不上去",
                "平常自己煮，現在手會抖",
                "晚上睡不好，常常起來尿尿",
                "老伴走了以後就一個人住",
            ]
        ),
        rel=g.ch(["女兒", "媳婦", "孫女", "大女兒"]),
        c=c,
        ph=g.PH(True),
    )
    if g.p(0.5):
        d.add("\n照專評估：" + g.ch(_LTC_NOTES))


def _ltc_caregiver(g: _Gen, d: _Doc) -> None:
    nat = g.ch(["ID", "ID", "VN", "PH", "TH"])
    w = g.PF("F" if g.p(0.9) else "M", nat)
    emp = g.P(kinds=("han", "han", "married"))
    rows: list[tuple[str, object]] = [
        ("外籍看護工", w),
        ("國籍", _NAT_ZH[nat]),
        ("居留證號", g.ARC(w)),
    ]
    if g.p(0.6):
        rows.append(("護照號碼", g.PP(nat)))
    if g.p(0.4):
        rows.append(("出生日期", g.BD(1975, 2000)))
    rows.append(("雇主", emp))
    rows.append(("雇主電話", g.PH()))
    rows.append(
        (
            "仲介公司",
            f"{g.ch(['宏福', '安心', '金龍', '國際'])}人力仲介有限公司（統一編號{g.ban()}）",
        )
    )
    g.rng.shuffle(rows[3:])
    _form(g, d, rows, g.ch(["喘息服務／外看資料", "外籍看護基本資料", ""]))
    d.add(g.ch(["備註：看護工每月休假兩日，休假日申請喘息服務。", "備註：外看到職未滿一年。", ""]))


def _ltc_table(g: _Gen, d: _Doc) -> None:
    sep = g.ch(["\t", "｜", " | ", "  "])
    d.add(g.ch(["家屬聯絡表", "聯絡人清冊", "緊急聯絡人"]) + "\n")
    d.add(sep.join(["姓名", "關係", "電話"]) + "\n")
    p = g.P(kinds=("han", "married", "indigenous"))
    d.f(f"{{p}}{sep}案主{sep}{{ph}}\n", p=p, ph=g.PH(False))
    for _ in range(g.ri(1, 3)):
        c = g.P()
        rel = g.kin(c, "長子 次子 孫子 鄰長 女婿", "長女 次女 媳婦 孫女 鄰長")
        if g.p(0.15):
            c, rel = g.PF(), "外籍看護"
        d.f(f"{{c}}{sep}{rel}{sep}{{ph}}\n", c=c, ph=g.PH())


def _ltc_letter(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "married", "indigenous"))
    c = g.P()
    staff = g.P(kinds=("han",))
    county = g.ch(list(_COUNTIES))
    org = county.replace("市", "市政府").replace("縣", "縣政府") + g.ch(["衛生局", "社會局"])
    d.f("{org}　函\n", org=org)
    d.f("發文日期：中華民國{dt}\n發文字號：{no}\n", dt=g.roc_date(), no=g.docno("ltc"))
    d.f("主旨：轉介本{cty}民眾{p}{h}", cty=county[-1], p=p, h=g.hon(p))
    if g.p(0.6):
        d.f("（身分證統一編號：{i}）", i=g.ID(p))
    d.add("申請長期照顧服務，請惠予評估，請查照。\n說明：\n")
    d.f(
        "一、個案{bd}出生，現居{a}，{why}。\n",
        bd=g.BD(1925, 1955),
        a=g.AD(county),
        why=g.ch(["獨居且行動不便", "近期中風出院", "失智症狀加劇", "由配偶照顧，照顧者負荷過重"]),
    )
    d.f(
        "二、聯絡人：{c}（{rel}），電話：{ph}。\n",
        c=c,
        rel=g.kin(c, "長子 配偶 姪子", "長女 配偶 姪女"),
        ph=g.PH(),
    )
    d.f("三、承辦人：{s}，電話：{ph}。", s=staff, ph=g.PH(False))


def _traffic_petition(g: _Gen, d: _Doc) -> None:
    p = g.P()
    rows: list[tuple[str, object]] = [("陳情人", p)]
    if p.kind.startswith("foreign"):
        rows.append(("居留證號", g.ARC(p)))
        if g.p(0.5):
            rows.append(("護照號碼", g.PP(p.kind[-2:])))
    else:
        rows.append((g.ch(["身分證字號", "身分證統一編號"]), g.ID(p)))
    if g.p(0.4):
        rows.append(("出生年月日", g.BD(1950, 2003)))
    rows.append((g.ch(["住址", "通訊地址"]), g.AD()))
    rows.append((g.ch(["連絡電話", "手機"]), g.PH()))
    if g.p(0.5):
        rows.append(("電子信箱", g.EM(p)))
    _form(g, d, rows, g.ch(["陳情書", "交通違規申訴書", "申訴書"]) + "\n")
    d.f(
        "\n陳情事由：\n本人於{dt}駕駛自用小客車行經{pl}，遭舉發「{v}」（舉發單號：{tk}）。"
        "當時係因{r}，並非故意違規，懇請貴處撤銷舉發。\n\n此致\n{ag}\n\n",
        dt=g.date(),
        pl=g.ch(_PLACES),
        v=g.ch(_VIOLATIONS),
        tk=g.ticket(),
        r=g.ch(
            [
                "家人突發急病送醫",
                "號誌故障",
                "前方車輛拋錨閃避",
                "現場無任何禁停標誌",
                "下車協助行動不便長輩",
            ]
        ),
        ag=g.ch(["臺北市交通事件裁決所", "新北市政府交通事件裁決處", "高雄市交通事件裁決中心"]),
    )
    d.f(
        "陳情人：{p}{sig}\n中華民國{dt}",
        p=p,
        sig=g.ch(["（簽名）", "（簽章）", "", " 敬上"]),
        dt=g.roc_date(),
    )


def _traffic_reply(g: _Gen, d: _Doc) -> None:
    p = g.P()
    h = g.hon(p)
    d.f(
        "{ag}　書函\n受文者：{p}{h}\n",
        ag=g.ch(["臺中市交通事件裁決處", "桃園市政府交通事件裁決所", "臺南市政府交通局"]),
        p=p,
        h=h,
    )
    d.f("發文字號：{no}\n", no=g.docno("traffic"))
    d.f(
        "主旨：台端陳情{dt}於{pl}遭舉發違規（單號{tk}）一案，經查證後{res}，請查照。\n說明：\n",
        dt=g.date(),
        pl=g.ch(_PLACES),
        tk=g.ticket(),
        res=g.ch(["維持原舉發", "予以撤銷", "更正違規事實"]),
    )
    if g.p(0.6):
        d.f("一、復台端{dt}電子郵件（{em}）。\n", dt=g.date(), em=g.EM(p))
    else:
        d.f("一、復台端{dt}陳情書（聯絡電話：{ph}）。\n", dt=g.date(), ph=g.PH())
    d.add("二、依道路交通管理處罰條例第56條第1項規定辦理，罰鍰" + g.amount(6, 36) + "。\n")
    d.add("三、如不服本處分，得於收受後30日內向管轄地方法院行政訴訟庭起訴。\n")
    d.f("正本：{p}{h}（{a}）", p=p, h=h, a=g.AD())


def _traffic_call(g: _Gen, d: _Doc) -> None:
    p = g.P()
    q = g.P()
    d.f("【電話紀錄】{dt} {tm}\n來電者：{p}（{ph}）\n", dt=g.date(), tm=g.time(), p=p, ph=g.PH())
    d.f(
        "內容：陳述違規當時在載{rel}{q}去{where}，",
        rel=g.kin(q, "爸爸 阿公 兒子 先生", "媽媽 阿嬤 太太 女兒"),
        q=q,
        where=g.ch(["醫院急診", "洗腎", "復健"]),
    )
    d.add(g.ch(["附急診證明。", "會補附就醫證明。", "口氣激動。"]))
    d.add("已告知可備文申訴，並提供線上申訴網址。\n")
    d.f("處理人：{s}（{ext}）", s=g.P(kinds=("han",)), ext=g.staff_ext())


def _traffic_webform(g: _Gen, d: _Doc) -> None:
    p = g.P()
    sep = g.ch([" | ", "｜", "\t", "："])
    d.add("線上申訴表單（系統匯出）\n")
    d.f(f"姓名{sep}{{p}}\n", p=p)
    d.f(f"身分證{sep}{{i}}\n", i=g.ID(p) if not p.kind.startswith("foreign") else g.ARC(p))
    d.f(f"手機{sep}{{ph}}\n", ph=g.PH(True))
    d.f(f"Email{sep}{{em}}\n", em=g.EM(p))
    d.add(f"車主{sep}{g.ch(['同申請人', '公司車', '家人名下'])}\n")
    d.add(f"單號{sep}{g.ticket()}\n")
    d.add(
        f"申訴內容{sep}"
        + g.ch(
            [
                "我那天明明有停在格子裡，照片角度有問題，拜託再查一下。",
                "當天號誌壞掉，很多車都這樣開，為什麼只罰我？",
                "我已經在期限內繳費了，為什麼還寄催繳單來？",
                "舉發照片看不清楚車牌，應該不是我的車。",
            ]
        )
    )


def _traffic_payment(g: _Gen, d: _Doc) -> None:
    p = g.P()
    d.f(
        "申訴人{p}{h}稱已於{dt}以信用卡（卡號{cc}）透過監理服務網繳納罰鍰{amt}，",
        p=p,
        h=g.ch(["", "", "君"]),
        dt=g.date(),
        cc=g.CC(),
        amt=g.amount(6, 120),
    )
    d.add(f"惟仍收到催繳通知（單號{g.ticket()}）。經查繳費紀錄已入帳，已通知註銷催繳。")
    if g.p(0.6):
        d.f("回覆方式：{how}", how=g.ch([g.EM(p), g.PH(True)]))


def _traffic_proxy(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "married"))
    q = g.P(kinds=("han", "han", "indigenous"))
    d.add("委託書\n")
    d.f(
        "本人{p}（身分證統一編號{i}）因{why}，茲委託{q}（{rel}，身分證統一編號{j}，"
        "電話{ph}）代為辦理交通違規申訴（單號{tk}）相關事宜。\n",
        p=p,
        i=g.ID(p),
        why=g.ch(["住院中", "出國", "行動不便", "工作無法請假"]),
        q=q,
        rel=g.kin(q, "配偶 兒子 弟弟 朋友", "配偶 女兒 妹妹 朋友"),
        j=g.ID(q),
        ph=g.PH(True),
        tk=g.ticket(),
    )
    d.f("委託人：{p}\n受託人：{q}\n中華民國{dt}", p=p, q=q, dt=g.roc_date())


def _pet_register(g: _Gen, d: _Doc) -> None:
    p = g.P()
    rows: list[tuple[str, object]] = [("飼主姓名", p)]
    if p.kind.startswith("foreign"):
        rows.append(("居留證號", g.ARC(p)))
    else:
        rows.append(("身分證字號", g.ID(p)))
    rows += [("電話", g.PH()), ("地址", g.AD())]
    if g.p(0.3):
        rows.append(("E-mail", g.EM(p)))
    _form(g, d, rows, g.ch(["寵物登記申請書", "犬貓登記資料", "寵物登記（動物醫院代辦）"]))
    d.add(f"寵物名：{g.ch(_PET_NAMES)}　品種：{g.ch(_BREEDS)}　性別：{g.ch(['公', '母'])}\n")
    d.add(f"晶片號碼：{g.chip()}\n絕育：{g.ch(['已絕育', '未絕育（已繳交規費500元）'])}")


def _pet_adopt(g: _Gen, d: _Doc) -> None:
    p = g.P()
    d.add(g.ch(_SHELTERS) + " 認養紀錄\n")
    d.add(f"收容編號：{g.shelter_no()}　{g.ch(_BREEDS)}　晶片：{g.chip()}\n")
    rows: list[tuple[str, object]] = [("認養人", p)]
    if g.p(0.6):
        rows.append(("出生日期", g.BD(1955, 2003)))
    rows.append(("身分證字號", g.ID(p) if not p.kind.startswith("foreign") else g.ARC(p)))
    rows.append(("住址", g.AD()))
    rows.append(("電話", g.PH()))
    g.rng.shuffle(rows[1:])
    _form(g, d, rows)
    d.f("認養日期：{dt}\n", dt=g.date())
    if g.p(0.4):
        d.f("規費以信用卡{cc}支付{amt}。\n", cc=g.CC(), amt=g.amount(1, 15))
    d.add("切結：認養人同意依動物保護法善盡飼主責任，並配合追蹤訪視。")


def _pet_foreigner(g: _Gen, d: _Doc) -> None:
    nat = g.ch(["VN", "ID", "PH", "TH"])
    p = g.PF(nat=nat)
    d.add(g.ch(["Adoption record / 認養紀錄\n", "外籍人士認養資料\n"]))
    d.f("Adopter 認養人: {p}\n", p=p)
    d.f("ARC 居留證: {a}\n", a=g.ARC(p))
    if g.p(0.6):
        d.f("Passport 護照: {pp}\n", pp=g.PP(nat))
    d.f("Tel: {ph}\n", ph=g.PH(True))
    if g.p(0.7):
        d.f("E-mail: {em}\n", em=g.EM(p))
    d.add(f"Animal: {g.ch(_BREEDS)}（收容編號{g.shelter_no()}）\n")
    d.add(g.ch(["已說明每年須回報飼養狀況。", "房東同意飼養書面已附。", ""]))


def _pet_list(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.date()} {g.ch(['門診登記', '晶片植入名單', '絕育補助預約'])}：\n")
    for i in range(g.ri(2, 5)):
        p = g.P()
        bullet = g.ch([f"{i + 1}. ", f"{i + 1}、", "- ", "・"])
        d.f(f"{bullet}{{p}}　{g.ch(_BREEDS)}「{g.ch(_PET_NAMES)}」　{{ph}}\n", p=p, ph=g.PH())


def _pet_lost(g: _Gen, d: _Doc) -> None:
    p = g.P()
    q = g.P(kinds=("han",))
    d.f(
        "飼主{p}來電：「我家的{b}昨天晚上在{pl}跑掉了，晶片是登記在我{rel}{q}名下，"
        "你們有消息打{ph}就好。」\n",
        p=p,
        b=g.ch(_BREEDS),
        pl=g.ch(["河濱公園", "黃昏市場", "林口運動公園", "學校操場附近"]),
        rel=g.kin(q, "先生 爸爸 兒子", "太太 媽媽 女兒"),
        q=q,
        ph=g.PH(True),
    )
    d.add(
        g.ch(
            [
                "已協助張貼協尋公告。",
                "已查詢本所近三日收容資料，無符合犬隻。",
                "已轉知各動物醫院留意。",
            ]
        )
    )
    if g.p(0.4):
        d.f("飼主住址：{a}", a=g.AD())


def _pet_fee(g: _Gen, d: _Doc) -> None:
    p = g.P()
    d.f(
        "寵物登記費及絕育補助：飼主{p}以信用卡{cc}刷卡支付{amt}，",
        p=p,
        cc=g.CC(),
        amt=g.amount(1, 20),
    )
    d.add(f"收據編號{g.caseno()}。")
    if g.p(0.5):
        d.f("補助款將匯入飼主帳戶，聯絡電話{ph}。", ph=g.PH())


def _mil_form(g: _Gen, d: _Doc) -> None:
    p = g.P(gender="M", kinds=("han", "han", "han", "indigenous"))
    rows: list[tuple[str, object]] = [
        ("姓名", p),
        ("出生日期", g.BD(1998, 2006)),
        ("身分證統一編號", g.ID(p)),
        ("戶籍地址", g.AD()),
        ("聯絡電話", g.PH(True)),
    ]
    if g.p(0.4):
        rows.append(("電子郵件", g.EM(p)))
    if g.p(0.35):
        rows.append(("健保卡號", g.NHI()))
    school = g.ch(_SCHOOLS)
    _form(g, d, rows, g.ch(["役男申請緩徵申請書", "役男緩召／緩徵申請表", "在學緩徵申請"]))
    d.add(f"就讀學校：{school}　學號：{g.ch('BMDR')}{g.digits(8)}\n")
    d.add(f"申請理由：{g.ch(['在學緩徵', '出境就學', '研究所在學'])}，預定畢業日期{g.date()}。")


def _mil_decision(g: _Gen, d: _Doc) -> None:
    p = g.P(gender="M", kinds=("han", "han", "indigenous"))
    d.f(
        "{org}　函\n發文字號：{no}\n",
        org=g.ch(["臺北市政府兵役局", "新北市政府民政局", "高雄市政府兵役處", "彰化縣政府"]),
        no=g.docno("military"),
    )
    d.f("主旨：核定役男{p}（{bd}生", p=p, bd=g.BD(1998, 2006))
    if g.p(0.7):
        d.f("，身分證統一編號{i}", i=g.ID(p))
    d.f("）因在學緩徵，緩徵期限至{dt}止，請查照。\n", dt=g.date(True))
    d.add("說明：依兵役法施行法第48條及免役禁役緩徵緩召實施辦法規定辦理。\n")
    d.f("副本：役男{p}（{a}）", p=p, a=g.AD())


def _mil_call(g: _Gen, d: _Doc) -> None:
    p = g.P(gender="M", kinds=("han", "han", "indigenous"))
    m = g.P(gender="F", kinds=("han", "married", "foreign"))
    d.f("{dt} 役男{p}之母{m}來電（{ph}），", dt=g.date(), p=p, m=m, ph=g.PH())
    d.add(
        g.ch(
            [
                "稱役男現就讀研究所碩士班，詢問緩徵應備文件。",
                "稱役男出國交換一年，想知道出境是否要先申請。",
                "表示家中經濟困難，詢問家庭因素補充兵申請方式。",
            ]
        )
    )
    d.add("已說明需檢附在學證明，並可線上申辦。")
    if g.p(0.5):
        d.f("\n承辦：{s}", s=g.P(kinds=("han",)))


def _mil_overseas(g: _Gen, d: _Doc) -> None:
    p = g.P(gender="M", kinds=("han", "han"))
    d.f(
        "役男{p}為{c}僑民，持中華民國護照（護照號碼{pp}）",
        p=p,
        c=g.ch(["美國", "加拿大", "澳洲", "馬來西亞"]),
        pp=g.PP("TW"),
    )
    if g.p(0.5):
        d.f("，出生日期{bd}", bd=g.BD(1999, 2006))
    d.add("，申請僑民役男出境許可。")
    q = g.P()
    d.f("在臺聯絡人{q}，電話{ph}", q=q, ph=g.PH())
    if g.p(0.6):
        d.f("，email {em}", em=g.EM(p))
    d.add("。")


def _mil_table(g: _Gen, d: _Doc) -> None:
    sep = g.ch(["\t", "｜", " | "])
    d.add(f"{g.ri(112, 114)}年度緩徵核定名冊（第{g.ri(1, 12)}批）\n")
    d.add(sep.join(["序號", "姓名", "身分證統一編號", "緩徵原因", "期限"]) + "\n")
    for i in range(g.ri(2, 5)):
        p = g.P(gender="M", kinds=("han", "han", "han", "indigenous"))
        why = g.ch(["在學", "出境就學", "研究所"])
        d.f(f"{i + 1}{sep}{{p}}{sep}{{i}}{sep}{why}{sep}{g.date(True)}\n", p=p, i=g.ID(p))


def _mil_family(g: _Gen, d: _Doc) -> None:
    p = g.P(gender="M", kinds=("han", "indigenous"))
    f = g.P(kinds=("han", "married"))
    d.f("家庭因素申請補充兵調查表\n役男：{p}（{bd}）\n", p=p, bd=g.BD(1998, 2005))
    d.f(
        "{rel}：{f}，{state}。\n",
        rel="父" if f.gender == "M" else "母",
        f=f,
        state=g.ch(["罹患重大傷病", "中度身心障礙", "已失業兩年"]),
    )
    d.f("健保卡號（家屬）：{n}\n", n=g.NHI())
    d.f("現住地址：{a}\n", a=g.AD())
    d.add("村里幹事訪查意見：家境清寒屬實。")


def _con_minutes(g: _Gen, d: _Doc) -> None:
    p = g.P()
    rep = g.P(kinds=("han",))
    chair = g.P(kinds=("han",))
    item, issue, company = g.rng.choice(_CONSUMER_CASES)
    d.add(f"消費爭議調解委員會第{g.ri(1, 40)}次會議紀錄\n")
    d.f("時間：{dt} {tm}\n", dt=g.date(True), tm=g.time())
    d.f("主席：{c}（調解委員）\n", c=chair)
    d.f("出席：申訴人{p}", p=p)
    if g.p(0.5):
        d.f("（電話{ph}）", ph=g.PH())
    d.f("、相對人{co}（統一編號{b}）代理人{r}\n", co=company, b=g.ban(), r=rep)
    d.add(f"案號：{g.caseno()}\n案由：申訴人購買{item}，{issue}。\n")
    d.add("調解結果：")
    if g.p(0.5):
        d.f(
            "相對人同意於{dt}前退款{amt}至申訴人信用卡（卡號{cc}）。",
            dt=g.date(),
            amt=g.amount(),
            cc=g.CC(),
        )
    else:
        d.add(g.ch(["雙方未能達成共識，調解不成立。", f"相對人同意退還{g.amount()}，調解成立。"]))


def _con_email(g: _Gen, d: _Doc) -> None:
    p = g.P()
    item, issue, company = g.rng.choice(_CONSUMER_CASES)
    em = g.EM(p)
    d.f("寄件者：{p} <{em}>\n主旨：申訴{item}\n\n您好，我是{p}，", p=p, em=em, item=item)
    d.add(
        f"{g.ch(['去年', '上個月', '今年初'])}在{company}購買{item}，{issue}，"
        "打客服好幾次都沒有下文。"
    )
    if g.p(0.5):
        d.f("我是用信用卡{cc}付款的，", cc=g.CC())
    d.f(
        "麻煩幫忙處理，我的電話是{ph}。\n{sig}",
        ph=g.PH(True),
        sig=g.ch(["謝謝", "感謝您", "敬祝 順安"]),
    )


def _con_log(g: _Gen, d: _Doc) -> None:
    p = g.P()
    d.f("{dt} 申訴人{p}（{ph}）到場補件：", dt=g.date(), p=p, ph=g.PH())
    if p.kind.startswith("foreign"):
        d.f("居留證影本（{i}）、", i=g.ARC(p))
        if g.p(0.5):
            d.f("護照影本（{pp}）、", pp=g.PP(p.kind[-2:]))
    else:
        d.f("身分證影本（{i}）、", i=g.ID(p))
    d.add(g.ch(["發票影本、合約書。", "刷卡簽單、對話截圖。", "統一發票及保固卡。"]))
    d.add(f"相對人統一編號{g.ban()}，案號{g.caseno()}。")


def _con_bank(g: _Gen, d: _Doc) -> None:
    p = g.P()
    company = g.ch(_COMPANIES)
    d.f(
        "申訴人{p}稱其信用卡{cc}遭{co}於{dt}重複扣款{amt}，",
        p=p,
        cc=g.CC(),
        co=company,
        dt=g.date(),
        amt=g.amount(),
    )
    d.add("已向發卡銀行提出爭議帳款，銀行要求消保官協助。")
    if g.p(0.6):
        d.f("申訴人通訊地址：{a}。", a=g.AD())
    if g.p(0.3):
        d.f("出生日期：{bd}。", bd=g.BD(1955, 2000))


def _con_speech(g: _Gen, d: _Doc) -> None:
    p = g.P()
    item, issue, _ = g.rng.choice(_CONSUMER_CASES)
    d.f("申訴人{p}：「我買的是{item}，結果{issue}，", p=p, item=item, issue=issue)
    d.add(g.ch(["我真的很生氣。", "我只是想拿回我的錢。", "他們一直推給總公司。"]))
    d.add("」\n相對人代表：「我們願意再跟總公司反映。」\n")
    d.f("（申訴人聯絡地址：{a}；電話{ph}）", a=g.AD(), ph=g.PH())


def _con_table(g: _Gen, d: _Doc) -> None:
    sep = g.ch(["\t", "｜", " | "])
    d.add(f"{g.ri(112, 114)}年{g.ri(1, 12)}月申訴案件清單\n")
    d.add(sep.join(["案號", "申訴人", "聯絡電話", "相對人", "狀態"]) + "\n")
    for _ in range(g.ri(2, 4)):
        p = g.P()
        d.f(
            f"{g.caseno()}{sep}{{p}}{sep}{{ph}}{sep}{g.ch(_COMPANIES)}{sep}"
            f"{g.ch(['調解中', '已結案', '待補件'])}\n",
            p=p,
            ph=g.PH(),
        )


def _tmp_form(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "han", "indigenous"))
    temple, deity = g.ch(_TEMPLES), g.ch(_DEITIES)
    rows: list[tuple[str, object]] = [
        ("申請人（負責人）", p),
        ("職稱", f"{temple}{g.ch(['主任委員', '總幹事', '管理人', '爐主'])}"),
        ("身分證統一編號", g.ID(p)),
    ]
    if g.p(0.5):
        rows.append(("出生年月日", g.BD(1945, 1985)))
    rows += [("住址", g.AD()), ("聯絡電話", g.PH())]
    _form(
        g,
        d,
        rows,
        g.ch(["集會遊行（宗教慶典）路權申請書", "遶境活動申請書", "宗教活動道路使用申請"]),
    )
    d.add(f"活動名稱：{temple}{deity}聖誕遶境\n日期：{g.date()}起{g.ri(1, 3)}日\n")
    d.add(f"預估人數：約{g.ri(3, 80) * 100}人；陣頭{g.ri(3, 30)}陣。")


def _tmp_approval(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "indigenous"))
    temple = g.ch(_TEMPLES)
    d.f(
        "主旨：貴{t}申請於{dt}辦理{deity}遶境活動使用道路一案，准予備查，請查照。\n",
        t=temple[-1],
        dt=g.date(),
        deity=g.ch(_DEITIES),
    )
    d.f(
        "說明：一、依{t}{dt}申請書辦理（發文字號{no}）。\n",
        t=temple,
        dt=g.date(True),
        no=g.docno("temple"),
    )
    d.add("二、活動期間應派員維持交通秩序，鞭炮施放應遵守環保規定。\n")
    d.f("三、現場聯絡人：{p}，手機{ph}", p=p, ph=g.PH(True))
    if g.p(0.5):
        q = g.P()
        d.f("；副聯絡人{q}，{ph}", q=q, ph=g.PH())
    d.add("。")


def _tmp_roster(g: _Gen, d: _Doc) -> None:
    sep = g.ch(["\t", "｜", " | ", "："])
    d.add(f"{g.ch(_TEMPLES)}遶境工作編組\n")
    for role in g.rng.sample(
        [
            "頭旗",
            "鑼鼓陣",
            "神轎組",
            "交管組",
            "醫護組",
            "香擔",
            "爐主",
            "副爐主",
            "報馬仔",
            "後勤組",
        ],
        g.ri(2, 5),
    ):
        p = g.P()
        if g.p(0.15):
            p = g.PF()
        d.f(f"{role}{sep}{{p}}{sep}{{ph}}\n", p=p, ph=g.PH(True))


def _tmp_note(g: _Gen, d: _Doc) -> None:
    p = g.P(kinds=("han", "han", "married"))
    q = g.P(kinds=("han", "indigenous"))
    d.f("爐主{p}、副爐主{q}", p=p, q=q)
    d.add(g.ch(["已完成擲筊，", "率信眾於廟埕集合，", "負責安排隨香客休息站，"]))
    d.add(f"{g.date()}晚間{g.ri(6, 10)}時起駕，沿{g.ch(_ROADS)}、{g.ch(_ROADS)}繞行。")
    if g.p(0.5):
        d.f("爐主住址：{a}。", a=g.AD())
    if g.p(0.5):
        d.f("有問題請聯繫{q}（{ph}）。", q=q, ph=g.PH())


def _tmp_volunteer(g: _Gen, d: _Doc) -> None:
    nat = g.ch(["VN", "ID", "PH", "TH"])
    w = g.PF(nat=nat)
    d.f("外籍志工{w}（{n}籍，居留證{a}）", w=w, n=_NAT_ZH[nat], a=g.ARC(w))
    d.add(g.ch(["協助香客奉茶，", "參與隨香服務，", "擔任翻譯志工，"]))
    d.f("保險已投保，緊急聯絡人{c}，電話{ph}。", c=g.P(), ph=g.PH())


def _tmp_complaint(g: _Gen, d: _Doc) -> None:
    p = g.P()
    d.f(
        "民眾{p}{h}（{a}）陳情：",
        p=p,
        h=g.ch(["", "君", "先生" if p.gender == "M" else "女士"]),
        a=g.AD(),
    )
    d.add(
        g.ch(
            [
                "遶境隊伍凌晨施放鞭炮，嚴重影響家中長輩睡眠。",
                "陣頭占用車道，救護車無法通行。",
                "廟方搭棚占用騎樓，請依法處理。",
            ]
        )
    )
    d.f("聯絡電話{ph}。", ph=g.PH())


_POSITIVE: dict[str, list[_T]] = {
    "ltc": [_ltc_form, _ltc_log, _ltc_speech, _ltc_caregiver, _ltc_table, _ltc_letter],
    "traffic": [
        _traffic_petition,
        _traffic_reply,
        _traffic_call,
        _traffic_webform,
        _traffic_payment,
        _traffic_proxy,
    ],
    "pet": [_pet_register, _pet_adopt, _pet_foreigner, _pet_list, _pet_lost, _pet_fee],
    "military": [_mil_form, _mil_decision, _mil_call, _mil_overseas, _mil_table, _mil_family],
    "consumer": [_con_minutes, _con_email, _con_log, _con_bank, _con_speech, _con_table],
    "temple": [_tmp_form, _tmp_approval, _tmp_roster, _tmp_note, _tmp_volunteer, _tmp_complaint],
}

# --------------------------------------------------------------------------------------------
# Hard-negative templates (look-alikes only: public, organisational or not personal)
# --------------------------------------------------------------------------------------------


def _neg_ltc(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    if k == 0:
        d.add(
            f"長照2.0服務說明：本{g.ch(['縣', '市'])}自{g.date(True)}起調整交通接送服務（代碼BD03）"
            f"給付額度，CMS第2至8級者每月上限{g.amount(15, 30)}，依長期照顧服務法第10條辦理。"
            f"相關公文：{g.docno('ltc')}。"
        )
    elif k == 1:
        d.add(
            f"服務單位訪視排程（{g.ri(112, 114)}年第{g.ri(1, 4)}季）：\n"
            f"・林口區、黃昏市場周邊社區據點每週三上午巡迴\n"
            f"・楊梅區據點因施工暫停，恢復日期另行公告\n"
            f"・{g.ch(['高樹鄉', '石岡區', '田尾鄉', '金山區'])}關懷據點{g.date()}起增開共餐"
        )
    elif k == 2:
        d.add(
            f"{g.ch(['財團法人弘道老人福利基金會', '社團法人長照服務協會', '某居家長照機構'])}"
            f"（統一編號{g.ban()}）{g.ri(112, 114)}年度特約續約，核定服務項目BA01至BA20，"
            f"特約期間至{g.date(True)}止，文號{g.docno('ltc')}。"
        )
    else:
        d.add(
            f"會議紀錄：{g.date()}{g.time()}召開長照資源整合會議，"
            f"決議：一、居服員時薪調整為{g.amount(2, 5)}；"
            f"二、各區個管量以{g.ri(100, 200)}案為上限；"
            f"三、下次會議訂於{g.date()}。"
        )


def _neg_traffic(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    if k == 0:
        total = g.ri(200, 900)
        rev = g.ri(20, 120)
        d.add(
            f"本市{g.ri(112, 114)}年{g.ri(1, 12)}月交通違規申訴案件統計：受理{total}件，"
            f"撤銷舉發{rev}件，維持原處分{total - rev}件。依道路交通管理處罰條例第56條第1項第1款，"
            f"違規停車罰鍰為新臺幣600元至1,200元。"
        )
    elif k == 1:
        d.add(
            f"舉發單號{g.ticket()}之申訴案已逾期限，依違反道路交通管理事件統一裁罰基準及處理細則"
            f"第{g.ri(10, 60)}條辦理，應繳罰鍰{g.amount(6, 36)}，繳納期限{g.date()}。"
        )
    elif k == 2:
        d.add(
            f"公告：{g.ch(_PLACES)}自{g.date()}起增設科學儀器執法（{g.ch(_VIOLATIONS)}），"
            f"試辦期間{g.ri(1, 3)}個月僅勸導不舉發。文號：{g.docno('traffic')}。"
        )
    else:
        d.add(
            f"高速公路局提醒：連續假期{g.date()}至{g.date()}國道實施高乘載管制，"
            f"{g.ch(['林口', '楊梅', '王田', '新營'])}交流道匝道儀控加強，"
            f"違規者依道路交通管理處罰條例第33條處{g.amount(30, 60)}。"
        )


def _neg_pet(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    if k == 0:
        d.add(f"{g.ch(_SHELTERS)}待認養犬貓：\n")
        for _ in range(g.ri(2, 4)):
            d.add(
                f"收容編號{g.shelter_no()}｜{g.ch(_BREEDS)}｜{g.ch(['公', '母'])}｜"
                f"晶片{g.chip()}｜{g.ch(['已絕育', '未絕育', '已施打狂犬病疫苗'])}\n"
            )
    elif k == 1:
        d.add(
            f"{g.ri(112, 114)}年度犬貓絕育補助即日起受理，每隻補助{g.amount(5, 30)}，"
            f"名額用罄為止，截止日{g.date(True)}。依動物保護法第22條規定，"
            f"寵物登記費絕育者免收。({g.docno('pet')})"
        )
    elif k == 2:
        d.add(
            f"產品回收公告：{g.ch(['黃金獵犬專用', '柯基犬成犬', '全齡貓'])}飼料"
            f"（批號{g.ch('ABCDEFGH')}{g.digits(6)}，有效日期{g.date()}）"
            f"檢出黃麴毒素超標，{g.ch(['毛孩樂寵物食品有限公司', '汪喵生技股份有限公司'])}"
            f"（統一編號{g.ban()}）已下架。"
        )
    else:
        d.add(
            f"{g.date()}收容統計：入所{g.ri(10, 90)}隻，認養{g.ri(5, 60)}隻，"
            f"返家{g.ri(1, 20)}隻。{g.ch(['林務局', '高雄市動保處'])}協助捕捉野狗{g.ri(1, 15)}隻，"
            f"經評估後安置於{g.ch(_SHELTERS)}。"
        )


def _neg_military(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    if k == 0:
        d.add(
            f"依兵役法施行法第48條規定，役男因在學申請緩徵者，應於每學期開學後"
            f"{g.ri(1, 3)}個月內由學校造冊送戶籍地公所。{g.ri(112, 114)}年度受理期限至"
            f"{g.date(True)}止。"
        )
    elif k == 1:
        d.add(
            f"本所{g.ri(112, 114)}年度第{g.ri(1, 6)}梯次徵兵檢查訂於{g.date()}"
            f"{g.time()}於{g.ch(['國軍桃園總醫院', '衛福部豐原醫院', '高雄榮民總醫院'])}辦理，"
            f"請役男攜帶國民身分證及印章準時報到。文號{g.docno('military')}。"
        )
    elif k == 2:
        d.add(
            f"替代役{g.ri(230, 260)}梯次訓練期程：{g.date()}入營，成功嶺營區受訓"
            f"{g.ri(3, 5)}週，結訓後分發{g.ch(['警察役', '消防役', '社會役', '環保役'])}。"
        )
    else:
        d.add(
            f"{g.ri(112, 114)}年役男出境統計：申請{g.ri(1000, 9000)}件，核准率"
            f"{g.ri(90, 99)}%；在學緩徵{g.ri(5000, 20000)}人，較上年度增加{g.ri(1, 9)}%。"
        )


def _neg_consumer(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    if k == 0:
        d.add(
            f"{g.ch(_COMPANIES)}（統一編號{g.ban()}）{g.ri(112, 114)}年消費爭議案件共"
            f"{g.ri(5, 60)}件，已調解成立{g.ri(1, 5)}件。消保官提醒業者依消費者保護法"
            f"第{g.ch(['17', '19', '22', '36'])}條規定辦理。"
        )
    elif k == 1:
        d.add(
            f"消費者保護法第19條第1項規定，通訊交易之消費者得於收受商品後七日內解除契約，"
            f"無須說明理由及負擔任何費用。案號{g.caseno()}之爭議已於{g.date()}結案。"
        )
    elif k == 2:
        d.add(
            f"消費警訊：近期有{g.ch(['王子麵', '陳年高粱', '林鳳營鮮奶', '金蘭醬油'])}"
            f"假冒促銷網站，{g.ch(['周末', '連假'])}期間請民眾提高警覺。"
            f"詳見{g.docno('consumer')}。"
        )
    else:
        d.add(
            f"調解委員會{g.date()}{g.time()}第{g.ri(1, 40)}次會議：排定案件{g.ri(5, 20)}件，"
            f"收據號碼No.{g.digits(7)}至No.{g.digits(7)}，繳費期限{g.date()}。"
        )


def _neg_temple(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 3)
    temple = g.ch(_TEMPLES)
    if k == 0:
        d.add(
            f"{temple}{g.ch(_DEITIES)}遶境進香路線：{g.date()}晚間{g.ri(8, 11)}時起駕，"
            f"行經{g.ch(_ROADS)}、{g.ch(_ROADS)}，預計{g.date()}回駕安座。"
            f"交通管制路段請改道。"
        )
    elif k == 1:
        d.add(
            f"{temple}管理委員會（統一編號{g.ban()}）申請遶境路權許可，"
            f"案號{g.docno('temple')}，依集會遊行法第8條免申請許可，准予備查。"
        )
    elif k == 2:
        d.add(
            f"遶境注意事項：\n一、鞭炮施放時段為{g.ri(7, 9)}時至{g.ri(20, 22)}時。\n"
            f"二、隨香客請配合{g.ch(['池府千歲', '李府千歲', '朱府千歲'])}神轎動線，勿搶轎。\n"
            f"三、香油錢收據編號{g.caseno()}，可至廟方服務台查詢。"
        )
    else:
        d.add(
            f"{g.ch(['大甲媽祖', '北港媽祖', '白沙屯媽祖', '西港刈香', '東港迎王'])}"
            f"進香活動{g.ri(112, 114)}年參與人次約{g.ri(10, 200)}萬，"
            f"沿途設置醫療站{g.ri(5, 40)}處，經費{g.amount()}由{temple}自籌。"
        )


def _neg_ltc2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    if k == 0:
        d.add(
            f"{g.date()}起，巴氏量表（ADL）評分修正版適用於新案，舊案於複評時轉換。"
            f"照顧組合{g.ch(['BA07', 'BA12', 'CA07', 'DA01'])}支付價格調整為{g.amount(3, 20)}，"
            f"請各A單位於{g.date()}前完成系統更新。"
        )
    elif k == 1:
        d.add(
            f"居家失能個案家庭醫師照護方案：特約醫事機構共{g.ri(20, 90)}家，"
            f"{g.ch(['黃金', '陳年', '林園', '高樹'])}社區醫療群加入，"
            f"醫師意見書費用每份{g.amount(10, 15)}，申報期限為次月{g.ri(5, 20)}日。"
        )
    else:
        lines = [
            f"１．{g.ch(['周邊', '何時', '曾經', '方便'])}問題："
            f"輔具租借點增設於{g.ch(_COUNTIES['新北市'])}",
            f"２．{g.ri(112, 114)}年度預算{g.amount(10000, 90000)}，執行率{g.ri(60, 99)}%",
            f"３．石門、金山、萬里三區巡迴車{g.date()}起每週{g.ch('一二三四五')}發車",
        ]
        d.add("長照業務聯繫會報決議：\n" + "\n".join(g.rng.sample(lines, g.ri(2, 3))))


def _neg_traffic2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    if k == 0:
        d.add(
            f"違規停車移置保管費：小型車{g.amount(2, 3)}、機車{g.amount(1, 1)}，"
            f"保管場位於{g.ch(_PLACES)}附近，開放時間每日8時至22時，"
            f"領車請攜帶行照，依道路交通管理處罰條例第{g.ch(['56', '57', '62'])}條辦理。"
        )
    elif k == 1:
        d.add(
            f"道路交通安全規則第{g.ri(90, 140)}條修正草案預告：{g.date()}至{g.date()}"
            f"受理各界意見，相關文號{g.docno('traffic')}。張貼於本局網站公告欄。"
        )
    else:
        d.add(
            f"{g.ch(['連續', '周末', '清明'])}假期交通疏導：{g.ch(_PLACES)}、{g.ch(_PLACES)}"
            f"實施車流管制，{g.ch(['高速公路局', '公路局'])}呼籲用路人改道，"
            f"違規舉發件數較去年同期減少{g.ri(3, 30)}%。"
        )


def _neg_pet2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    if k == 0:
        d.add(
            f"狂犬病疫苗巡迴注射：{g.date()}上午9時至12時於{g.ch(_VILLAGES)}里活動中心，"
            f"每劑{g.amount(1, 3)}，寵物登記同步受理，{g.ch(['黃金獵犬', '柯基犬', '米克斯'])}"
            f"等犬隻請繫牽繩。"
        )
    elif k == 1:
        d.add(
            f"{g.ri(112, 114)}年寵物登記統計：犬{g.ri(10000, 90000)}隻、貓{g.ri(5000, 40000)}隻，"
            f"絕育率{g.ri(40, 80)}%。品種前三名：{'、'.join(g.rng.sample(_BREEDS, 3))}。"
        )
    else:
        d.add(
            f"{g.ch(_SHELTERS)}{g.date()}送養會："
            f"地點{g.ch(['大安森林公園', '林口運動公園', '高雄夢時代廣場'])}"
            f"，共{g.ri(10, 40)}隻犬貓參加，現場提供晶片掃描與{g.ch(['王子麵', '零食'])}兌換活動。"
        )


def _neg_military2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    if k == 0:
        d.add(
            f"役男出境應經核准，在學役男因奉派出國研究、進修者，依役男出境處理辦法第"
            f"{g.ri(4, 8)}條辦理，每次不得逾{g.ri(1, 4)}個月，文號{g.docno('military')}。"
        )
    elif k == 1:
        d.add(
            f"體位判定標準修正：BMI {g.ri(15, 17)}以下或{g.ri(32, 35)}以上判定替代役體位，"
            f"自{g.date()}起適用。常備役訓練期間為{g.ch(['4個月', '1年'])}。"
        )
    else:
        d.add(
            f"{g.ch(['成功嶺', '關東橋', '大坪頂'])}新訓中心{g.date()}開放懇親，"
            f"接駁車於{g.ch(['臺中高鐵站', '新竹火車站', '左營高鐵站'])}上車，"
            f"每人車資{g.amount(1, 2)}。"
        )


def _neg_consumer2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    if k == 0:
        d.add(
            f"{g.ch(['健身中心', '瘦身美容', '汽車買賣', '國外旅遊'])}"
            f"定型化契約應記載及不得記載事項"
            f"修正，自{g.date()}生效，違反者依消費者保護法第56條之1處{g.amount(30, 300)}罰鍰。"
        )
    elif k == 1:
        d.add(
            f"{g.ch(['家家樂家電', '優速物流', '美好家電量販'])}於{g.date()}召回"
            f"{g.ch(['電暖器', '除濕機', '行動電源'])}"
            f"（型號{g.ch('ABDKMX')}{g.ch('ABCGT')}-{g.ri(100, 999)}，"
            f"批號{g.digits(8)}），消費者可至門市退貨，統一編號{g.ban()}。"
        )
    else:
        d.add(
            f"{g.ri(112, 114)}年第{g.ri(1, 4)}季消費申訴案件{g.ri(1000, 9000)}件，前三名為"
            f"{'、'.join(g.rng.sample([c[0] for c in _CONSUMER_CASES], 3))}。"
            f"陳情專區自{g.date()}起改版。"
        )


def _neg_temple2(g: _Gen, d: _Doc) -> None:
    k = g.ri(0, 2)
    temple = g.ch(_TEMPLES)
    if k == 0:
        d.add(
            f"{temple}{g.ri(112, 114)}年進香團報名：每人{g.amount(5, 30)}，含香旗、帽子及平安符，"
            f"{g.date()}截止，額滿為止。遊覽車於{g.ch(_ROADS)}廟前集合。"
        )
    elif k == 1:
        d.add(
            f"財團法人{temple}（統一編號{g.ban()}）第{g.ri(5, 20)}屆董事會於{g.date()}召開，"
            f"議決{g.ch(_DEITIES)}聖誕祭典預算{g.amount(1000, 20000)}，"
            f"依宗教團體法規定報主管機關備查。"
        )
    else:
        d.add(
            f"遶境交通管制公告（{g.docno('temple')}）：\n"
            f"・{g.date()} 18時至24時　{g.ch(_ROADS)}、{g.ch(_ROADS)}全線封閉\n"
            f"・{g.date()} 6時至12時　{g.ch(_PLACES)}改道行駛\n"
            f"・{g.ch(['黃昏', '周末'])}市集暫停一次"
        )


_NEGATIVE: dict[str, list[_T]] = {
    "ltc": [_neg_ltc, _neg_ltc2],
    "traffic": [_neg_traffic, _neg_traffic2],
    "pet": [_neg_pet, _neg_pet2],
    "military": [_neg_military, _neg_military2],
    "consumer": [_neg_consumer, _neg_consumer2],
    "temple": [_neg_temple, _neg_temple2],
}

GENRES = tuple(_POSITIVE)


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "|" * (e - s)
    return "".join(chars)


def generate_heldout27(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        genre = g.ch(GENRES)
        negative = rng.random() < 0.25
        while True:
            d = _Doc()
            if negative:
                g.ch(_NEGATIVE[genre])(g, d)
                if not d.spans and not _leaks(d.text, mobile=True):
                    break
            else:
                g.ch(_POSITIVE[genre])(g, d)
                text = d.text
                if d.spans and not _leaks(_masked(text, d.spans), mobile=False):
                    break
        text = d.text
        known = [text[s:e] in g.known for s, e, lab in d.spans if lab == "PERSON"]
        samples.append(Sample(text, list(d.spans), negative, known))
    return samples, list(g.known_list)
