"""Held-out synthetic set 32 for the free-text personal-data scanner.

Written independently of the scanner: six genres of Taiwanese agency free text (police
anti-fraud counter interventions at banks and post offices, hospital call-centre appointment
logs, interlibrary-loan and overdue notices, scooter-parking ticket appeals, migrant-worker
dormitory inspections, village-office neighbourhood-watch duty logs), in several registers
(公文, quick case-log notes, transcribed speech, pasted forms, pasted tables, lists).

Every value is synthetic: identifiers are generated with valid checksums, names are drawn at
random from pools written for this module. About a quarter of the samples are hard negatives
holding only public or non-personal look-alikes (document numbers, case and receipt numbers,
companies' 統一編號, statute articles, amounts, ordinary dates, place, organisation, shop and
product names, ordinary words that begin with a surname character).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
from collections.abc import Callable, Sequence

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------- name pools


def _w(words: str) -> list[str]:
    """Split a whitespace-separated word pool."""
    return words.split()


_COMMON_SURNAMES = _w("陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐")
_SURNAMES = list(
    dict.fromkeys(
        _w("""
        陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江 何 蕭 羅
        高 潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 曹
        薛 丁 卓 阮 馬 董 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 田 康 姜 白 汪 鄒 尤 巫 鐘 黎 涂
        龔 嚴 韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞
        雷 粘 饒 闕 凌 崔 尹 孔 辛 武 辜 陶 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫 管 關 向 包 丘
        梅 利 華 裴 樊 房 全 佘 左 花 符 練 鄞 卜 喬 岳 牛 易 冉 苗 單 鮑 蒲 查 祝 應 艾 商 車
        聶 談 項 郝 籃 戚 滕 蘭 皮 宗 寇 仇 閻 柴 冷 魯 麻 荊 晏 芮 牟 邢 屈 時 危 鄔 湛 覃 楚
        """)
    )
)
_COMPOUND_SURNAMES = _w(
    "歐陽 張簡 張廖 范姜 司徒 諸葛 上官 司馬 東方 西門 公孫 皇甫 令狐 夏侯 端木 慕容 尉遲 鮮于 呼延"
)
_GIVEN2 = list(
    dict.fromkeys(
        _w("""
        志明 春嬌 淑芬 美玲 雅婷 怡君 家豪 冠宇 宗翰 承恩 俊傑 建宏 志豪 佳穎 欣怡 靜宜 秀英
        麗華 美惠 玉蘭 素貞 秀琴 月娥 金枝 阿滿 淑惠 慧君 麗珠 秋月 碧霞 寶玉 明德 文雄 正雄
        金龍 國華 建國 永福 清水 天賜 火旺 添丁 阿土 金水 榮輝 振興 煥章 瑞祥 文彬 崇德 耀宗
        彥廷 柏翰 品妤 芷晴 語彤 宥辰 睿恩 子晴 沛蓁 昱辰 宇軒 詠晴 凱翔 鈺婷 思妤 家瑜 雅雯
        郁婷 佩珊 婉婷 筱涵 怡萱 琬婷 詩涵 芳瑜 宜蓁 書瑋 冠廷 柏宇 哲維 承翰 彥均 品睿 宥翔
        于庭 姿穎 欣妤 瑋倫 嘉玲 心怡 曉雯 美君 惠如 淑娟 秀鳳 玉珍 麗娟 素娥 阿嬌 招治 罔市
        秀枝 玉葉 春梅 秋菊 冬梅 金蓮 桂英 淑珍 美雲 雪花 麗雲 翠玉 瓊瑤 碧蓮 惠美 智仁 信宏
        明哲 志偉 俊宏 建志 家銘 志成 文正 世昌 進財 坤山 水木 阿德 萬得 順發 有福 旺來 茂雄
        俊賢 嘉偉 士傑 立群 育誠 宏彬 政勳 博文 聖凱 孟儒 致遠 奕廷 亭妤 以琳 恩慈 佳蓉 宛蓉
        芸安 若涵 紫涵 采葳 羽彤 禹彤 芊妤 妍希 苡安 翊晴 玟君 筠婷 靖雯 韻如 慧玲 鳳嬌 美珠
        阿香 秀蘭 麗卿 淑貞 素琴 月桂 銀鳳 金鳳 秀霞 美鳳 幸子 良子 春子 政宏 國榮 俊男 福順
        明輝 健民 益豐 啟明 昭宏 光耀 勝雄 清風 海濱 振豪 逸凡 子翔 少凡 博宇 晉豪 彥宏 翊豪
        宸瑋 睿哲 昀蓁 亮妤 湘婷 雅惠 彩鳳 玉梅 淑卿 秀珠 碧珠 惠珍 麗玲 素蘭 瑞琴 麗美 美月
        家慶 錦榮 永昌 德明 耀輝 建良 榮華 朝宗 仁傑 柏均 彥霖 嘉宏 昌霖 子豪 宏達 浩然 立德
        紹安 乃文 珮瑜 瀞文 芷瑄 妍蓁 歆瑀 蘊慈 沛晴 貞儀 馨儀 宛臻 庭瑄 婕妤 采潔 思穎 昀瑾
        鎮宇 廷宇 晟睿 泓霖 煒翔 承諺 崇佑 冠霖 詠翔 翔宇 耕宇 聿修 柏諺 彥甫 尚儒 紹齊 建霖
        月琴 富美 順妹 阿桃 阿蜜 秀妹 來好 玉鳳 香妹 滿妹 金妹 新妹 秀滿 淑滿 阿鳳 麗鳳 美枝
        """)
    )
)
_GIVEN1 = _w(
    "偉 芳 娟 敏 靜 麗 強 磊 勇 傑 娜 濤 明 超 秀 霞 平 剛 瑜 萱 婷 翔 豪 誠 銘 嘉 昕 彤 恩 "
    "宇 辰 瑋 涵 琪 晴 妤 蓁 榮 雄 德 仁 義 潔 玲 珍 雯 慧 寧 璇 蓉 琳 鈞 霖 澤 愷 樺 薇"
)
_IND_HAN_A = _w(
    "瓦旦 尤幹 比令 巴奈 烏杜 拉娃 伊娃 達利 馬躍 阿道 撒韻 吉娃斯 哈勇 優席夫 蘇飛 伊萬 莎韻 "
    "阿洛 拉罕 古勒勒 撒基努 巴勒克 伊苞 娃利斯 沙力浪 瑪拉絲 卡比 達卡 畢恩 嘎吶 麗度兒 "
    "烏瑪芙 法拉 卡拉 尤命 拉瓦克 蘇妮 吉拉 馬沙"
)
_IND_HAN_B = _w(
    "達利 諾幹 尤道 瓦旦 巴萬 拉互伊 馬紹 吉拉 卡造 撒伊 伊斯坦大 巴勒 阿勒 路寶 達給斯 "
    "那莫 馬耀 拉菲 卡那 巴拉 阿里曼 薩古 谷木 犮納 拉夫琅 斯卡羅 尤瑪 比厚"
)
_IND_ROM_A = _w(
    "Yapit Walis Pasang Iwan Piling Umav Sakinu Lavakaw Kolas Dakis Hayung Temu Ciwas Bakan "
    "Panay Sayun Uming Ipay Lisin Yuraw Malia Mayaw Nakaw Sakuliu Tanivu Dremedreman Ukah"
)
_IND_ROM_B = _w(
    "Tali Yukan Pawan Watan Nomin Kacaw Lahok Batu Nokan Taru Pusi Sinsin Kulas Mukan "
    "Tanapima Ljaljeng Sawmah Istanda Calaw Fotol"
)
_VN_SUR = _w("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Trinh Dinh")
_VN_SUR_D = _w("Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh")
_VN_MID = _w("Thi Van Thi Duc Minh Ngoc Thanh Huu Thi Kim")
_VN_MID_D = _w("Thị Văn Thị Đức Minh Ngọc Thanh Hữu Thị Kim")
_VN_GIV = _w(
    "Lan Hoa Huong Mai Thu Trang Nam Hung Tuan Dung Linh Phuong Hai Long Quang Yen Nga Anh "
    "Hien Thao Tam Loan Cuong Khanh"
)
_VN_GIV_D = _w(
    "Lan Hoa Hương Mai Thu Trang Nam Hùng Tuấn Dũng Linh Phương Hải Long Quang Yến Nga Anh "
    "Hiền Thảo Tâm Loan Cường Khánh"
)
_VN_HAN_SUR = _w("阮 陳 黎 范 黃 潘 武 鄧 裴 杜 胡 吳 楊 李 丁")
_VN_HAN_MID = _w("氏 文 氏 德 明 玉 清 金")
_VN_HAN_GIV = _w("蘭 花 香 梅 秋 莊 南 雄 俊 勇 玲 芳 海 龍 光 燕 娥 英 賢 翠 鸞 恆 慶 草")
_ID_FIRST = _w(
    "Siti Sri Dewi Nur Ani Rina Ika Yuli Wati Eka Agus Budi Joko Rudi Tri Nining Lilis Umi"
)
_ID_LAST = _w(
    "Aminah Wahyuni Rahayu Lestari Handayani Susanti Purwanti Kurniawati Setiawan Santoso "
    "Hidayat Saputra Wijaya Pratama Fitriani Maryati Rohmah Nurhayati"
)
_ID_MONO = _w("Suparmi Sumiati Karsini Paijem Tukiyem Warsini Sulastri Suyanto Sugiarto Darmi")
_ID_HAN_A = _w("絲莉 西蒂 黛薇 努兒 伊娜 安妮莎 莉娜 法蒂瑪 尤莉 蘇珊蒂 艾卡 阿古斯 妮寧 烏米")
_ID_HAN_B = _w("瓦育妮 阿米娜 拉哈尤 勒斯塔莉 韓達雅妮 蘇珊提 普拉塔瑪 哈迪亞 瑪莉雅蒂 努爾哈雅蒂")
_PH_FIRST = [
    *_w(
        "Maria Jocelyn Rowena Marites Analyn Jennifer Michelle Rodel Jomar Jerome Ramil Rhea "
        "Lovely Arnel Jonalyn Rosalie"
    ),
    *["Mary Grace", "Cherry Ann", "Mark Anthony", "John Paul", "Mary Joy"],
]
_PH_LAST = [
    *_w(
        "Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Fernandez "
        "Navarro Pascual Dizon Manalo Soriano Magbanua Dimaculangan"
    ),
    *["Dela Cruz", "De Guzman", "Delos Santos"],
]
_PH_HAN_A = _w("瑪莉亞 喬瑟琳 羅薇娜 珍妮佛 蜜雪兒 羅德爾 瑪莉葛瑞絲 安娜琳 潔洛米 羅莎莉")
_PH_HAN_B = _w("桑托斯 雷耶斯 克魯茲 包蒂斯塔 加西亞 門多薩 維拉紐瓦 拉莫斯 卡斯蒂略 納瓦羅")
_TH_FIRST = _w(
    "Somchai Somsak Anan Prasert Wichai Sombat Chaiwat Kittisak Nattapong Malee Siriporn "
    "Boonsong Thawatchai Sunan"
)
_TH_LAST = _w(
    "Srisuk Saetang Boonmee Chaiyaporn Kongkaew Thongdee Phromma Sukjai Wongsa Inthong "
    "Khamphiu Sangthong"
)
_TH_HAN_A = _w("宋猜 頌沙 阿南 巴頌 威猜 宋巴 差哇 吉滴薩 瑪莉 詩麗蓬 汶頌 塔瓦猜")
_TH_HAN_B = _w("頌蘇 通迪 翁薩 汶米 宋通 坎披 桑通")

_KINDS = ("han", "ind", "vn", "id", "ph", "th")
_KIND_SHARE = (0.56, 0.1, 0.1, 0.09, 0.08, 0.07)
_NATION = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}

# --------------------------------------------------------------------------- place pools

_CITIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("臺北市", [("大安區", "106"), ("信義區", "110"), ("中正區", "100"), ("萬華區", "108"),
              ("士林區", "111"), ("北投區", "112"), ("內湖區", "114"), ("文山區", "116")]),
    ("新北市", [("板橋區", "220"), ("三重區", "241"), ("新莊區", "242"), ("中和區", "235"),
              ("永和區", "234"), ("新店區", "231"), ("汐止區", "221"), ("淡水區", "251")]),
    ("桃園市", [("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("龜山區", "333"),
              ("八德區", "334"), ("觀音區", "328")]),
    ("臺中市", [("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("豐原區", "420"),
              ("大里區", "412"), ("沙鹿區", "433")]),
    ("臺南市", [("中西區", "700"), ("東區", "701"), ("永康區", "710"), ("新營區", "730"),
              ("安南區", "709")]),
    ("高雄市", [("苓雅區", "802"), ("三民區", "807"), ("鳳山區", "830"), ("左營區", "813"),
              ("前鎮區", "806"), ("岡山區", "820")]),
    ("基隆市", [("仁愛區", "200"), ("七堵區", "206")]),
    ("新竹市", [("東區", "300"), ("北區", "300")]),
    ("嘉義市", [("西區", "600"), ("東區", "600")]),
    ("新竹縣", [("竹北市", "302"), ("湖口鄉", "303"), ("竹東鎮", "310")]),
    ("苗栗縣", [("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350")]),
    ("彰化縣", [("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505")]),
    ("南投縣", [("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542")]),
    ("雲林縣", [("斗六市", "640"), ("虎尾鎮", "632"), ("麥寮鄉", "638")]),
    ("嘉義縣", [("民雄鄉", "621"), ("太保市", "612")]),
    ("屏東縣", [("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928")]),
    ("宜蘭縣", [("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270")]),
    ("花蓮縣", [("花蓮市", "970"), ("吉安鄉", "973"), ("玉里鎮", "981")]),
    ("臺東縣", [("臺東市", "950"), ("卑南鄉", "954"), ("關山鎮", "956")]),
    ("澎湖縣", [("馬公市", "880")]),
    ("金門縣", [("金城鎮", "893")]),
    ("連江縣", [("南竿鄉", "209")]),
]  # fmt: skip
_RURAL: list[tuple[str, str, str, list[str]]] = [
    ("南投縣", "仁愛鄉", "546", ["南豐村", "互助村", "法治村"]),
    ("屏東縣", "霧臺鄉", "902", ["好茶村", "阿禮村"]),
    ("臺東縣", "延平鄉", "953", ["桃源村", "紅葉村"]),
    ("花蓮縣", "秀林鄉", "972", ["崇德村", "富世村", "水源村"]),
    ("宜蘭縣", "三星鄉", "266", ["大義村", "天送埤村"]),
    ("雲林縣", "口湖鄉", "653", ["下崙村", "成龍村"]),
    ("彰化縣", "芳苑鄉", "528", ["王功村", "漢寶村"]),
    ("苗栗縣", "南庄鄉", "353", ["東村", "蓬萊村"]),
    ("嘉義縣", "阿里山鄉", "605", ["樂野村", "達邦村"]),
    ("新竹縣", "尖石鄉", "313", ["義興村", "錦屏村"]),
]
_ROADS = _w(
    "中山路 中正路 民生路 民族路 建國路 復興路 和平東路 忠孝東路 仁愛路 信義路 光復路 成功路 "
    "自由路 三民路 文化路 大同路 公園路 博愛路 中華路 林森路 長春路 育英街 永和街 福德街 新生路 "
    "勝利路 五福一路 青年路 健康路 大學路 府前路 延平路 環河路 學府路 光明街 新興街 興隆路 "
    "吉林路 四維路 市民大道 中港路 英才路 文心路 崇德路 漢口路 西門路 東門路 北門路 開元路 "
    "裕民街 龍江路 重慶北路 承德路 莒光路 四川路 公館路 吳鳳路 華興街 南京東路 八德路"
)
_CN_NUM = _w("一 二 三 四 五 六 七 八 九 十")
_STATIONS = _w("新興 忠孝 民權 長安 福德 大同 光復 中山 東門 西門 三民 成功 建國 仁愛 和平 興隆")
_BANKS = _w(
    "臺灣銀行 土地銀行 合作金庫銀行 第一銀行 華南銀行 彰化銀行 兆豐銀行 臺灣企銀 玉山銀行 "
    "國泰世華銀行 台新銀行 中國信託 永豐銀行 聯邦銀行 元大銀行 陽信銀行 板信商銀"
)
_AREA_BRANCH = _w(
    "中壢 板橋 三重 新莊 豐原 員林 斗六 鳳山 左營 苓雅 永康 新營 竹北 頭份 羅東 花蓮 臺東 "
    "民生 南京東路 西屯 北屯 中和 永和 內湖 士林 北投 屏東 潮州 埔里 草屯"
)
_LIBRARIES = [
    "國家圖書館",
    "臺北市立圖書館總館",
    "新北市立圖書館總館",
    "國立公共資訊圖書館",
    "高雄市立圖書館總館",
    "臺南市立圖書館新總館",
    "國立臺灣大學圖書館",
    "國立成功大學圖書館",
    "國立清華大學圖書館",
    "國立臺灣圖書館",
    "桃園市立圖書館總館",
    "國立中興大學圖書館",
]
_BOOKS = [
    "臺灣野鳥手繪圖鑑",
    "統計學導論（第五版）",
    "高雄港史",
    "黃金比例設計學",
    "林業經營學",
    "簡單做麵包",
    "台灣老街散步地圖",
    "Python資料分析實戰",
    "日治時期地方志彙編",
    "陳列設計入門",
    "原住民族語言教材（阿美語）",
    "長照2.0實務手冊",
    "臺灣民俗祭典圖說",
    "移民工文學獎作品集",
    "海洋生物與潮間帶",
    "公共衛生學概論",
    "小學生的自然觀察筆記",
    "都市計畫法規彙編",
    "台語文讀本",
    "客家菜餐桌",
]
_ARTICLES = [
    "都市更新中的居住正義",
    "移工宿舍空間治理之研究",
    "高齡者詐騙受害風險因子分析",
    "臺灣原住民族傳統領域調查方法",
    "機車停車格收費政策評估",
    "社區守望相助隊的組織與變遷",
    "門診預約制度與病人等候時間",
    "十九世紀臺灣茶葉貿易",
]
_DEPTS = _w(
    "家醫科 心臟內科 新陳代謝科 骨科 眼科 耳鼻喉科 皮膚科 婦產科 小兒科 復健科 神經內科 "
    "胸腔內科 腸胃科 泌尿科 身心科 牙科 中醫科 腎臟科"
)
_HOSPITALS = [
    "本院",
    "市立聯合醫院",
    "署立醫院",
    "區域教學醫院",
    "榮民總醫院",
    "基督教醫院",
    "佛教慈濟醫院",
    "長庚紀念醫院",
]
_SCAMS = _w(
    "假投資 假網拍 假冒檢警 猜猜我是誰 假愛情交友 解除分期付款 假中獎 假買家 假求職 "
    "假親友借錢 假冒公務機關"
)
_FRAUD_REASONS = [
    "要買房子付頭期款",
    "要借給朋友週轉",
    "兒子欠債要幫忙還",
    "投資老師說穩賺不賠",
    "網友要寄包裹需要關稅",
    "要繳檢察官說的監管帳戶保證金",
    "要買黃金存起來",
    "手機收到簡訊說帳戶被凍結",
    "要匯給在國外工作的男友",
    "要購買遊戲點數",
]
_FRAUD_RESULTS = [
    "勸阻成功，客戶打消匯款念頭。",
    "經員警說明詐騙手法後，客戶同意暫停交易，保全金額如上。",
    "客戶一度堅持提領，經聯繫家屬到場後放棄。",
    "客戶表示會再考慮，已提醒可撥打反詐騙專線查證。",
    "已協助客戶辦理帳戶警示並報案。",
    "客戶執意交易，已依程序陳報主管並留存紀錄。",
]
_PARK_PLACES = [
    "中山北路二段人行道旁機車格",
    "市府轉運站周邊",
    "捷運站2號出口旁",
    "黃昏市場前機車停車格",
    "文化中心停車場",
    "火車站後站機車停車場",
    "林森北路與長安東路口",
    "高鐵站接駁區",
    "區公所前廣場",
    "大學路機車停車格",
]
_PARK_AGENCIES = [
    "臺北市停車管理工程處",
    "新北市政府交通局",
    "高雄市政府交通局",
    "臺中市政府交通局停車管理處",
    "桃園市政府停車管理處",
    "臺南市政府交通局",
]
_PARK_REASONS = [
    "當時停車格標線模糊，無法辨識為收費格",
    "本人已於當日以超商繳納停車費，卻仍收到催繳單",
    "機車於該時段已被借出，並非停放於該處",
    "開單時間與本人繳費收據時間相差不到十分鐘",
    "現場並無收費告示牌",
    "同一時段重複開立兩張停車單",
]
_COMPANIES = [
    "欣旺精密工業股份有限公司",
    "永豐紡織股份有限公司",
    "宏益電子股份有限公司",
    "大成食品有限公司",
    "協和金屬工業股份有限公司",
    "東海營造有限公司",
    "新泰漁業股份有限公司",
    "富源塑膠股份有限公司",
    "華光光電股份有限公司",
    "順利製鞋股份有限公司",
]
_BROKERS = [
    "大眾人力仲介有限公司",
    "全球人力資源管理顧問有限公司",
    "亞太國際人力仲介股份有限公司",
    "永信人力資源有限公司",
    "金峰國際人力有限公司",
]
_DORM_ISSUES = [
    "滅火器逾期未換",
    "每房住宿人數超過規定",
    "浴廁數量不足",
    "逃生通道堆放雜物",
    "未設置緊急照明設備",
    "床鋪間距不足",
    "飲水機未定期更換濾心",
    "寢室通風不良",
    "延長線串接使用",
    "廚房排油煙設備故障",
]
_DORM_COMPLAINTS = [
    "宿舍冷氣壞了兩個禮拜",
    "一個房間住了十個人",
    "仲介扣了我們的錢",
    "晚上熱水都沒有",
    "老闆說不能出去",
    "廁所只有一間，大家都要排隊",
    "我的護照被公司拿走",
]
_VILLAGES = _w(
    "中正里 福德里 大同里 忠孝里 和平村 新興里 仁愛里 光明里 永安里 復興村 成功里 龍山里"
)
_WATCH_EVENTS = [
    "路燈故障，已拍照通報區公所",
    "可疑人士在巷內徘徊，上前關心後離去",
    "機車停放占用消防通道",
    "流浪犬聚集，已通報動保處",
    "水溝蓋鬆動，放置警示三角錐",
    "颱風前巡查，排水溝暢通",
    "公園廁所燈未關，已協助關閉",
    "有住戶家門未關，按電鈴提醒",
    "垃圾子車旁有大型家具棄置",
    "空屋窗戶破損，通報里辦公處",
]
_SUR_EVENTS = _w(
    "黃金週 周年慶 連假 梅雨季 雷陣雨特報 洪水警戒 高溫特報 曾文溪水位警戒 春節 清明連假 端午連假 "
    "中秋連假 施工 文化季 花季 童軍露營 游泳池整修 石門水庫洩洪"
)
_SUR_TOPICS = _w(
    "黃金投資詐騙 高齡金融安全 簡訊詐騙 錢包保管 包裹代領詐騙 安全帽配戴 林業與山林安全 "
    "溫度與中暑防治 華語學習 關懷獨居長者 方便就醫 程序正義 紀錄片欣賞 康復之路 花圃認養 "
    "江河水資源 史料整理 童玩製作 葉菜栽培 易付卡詐騙 車道安全 孔蓋安全 馬路如虎 白內障防治"
)
_SUR_PLACES = _w(
    "林森路 高鐵站前 金山南路 石門水庫 林口 白河 田中 馬公 關山 成功路 黃金博物館 江子翠 "
    "周厝崙 曾文水庫 何厝 高美濕地 金城 洪厝 花壇 王功漁港 游厝 石碇 莊敬路 簡易站"
)
_SHOPS = _w(
    "林記豆花 王家牛肉麵 老張燒餅 黃家滷味 高記茶莊 陳家米糕 吳記肉圓 阿蘭檳榔 金福氣便當 "
    "大樹藥局 好鄰居超商 全家便利商店 7-ELEVEN 頂好超市 寶雅 小北百貨"
)
_PRODUCTS = [
    "iPhone 15",
    "LINE Pay",
    "街口支付",
    "GASH點數卡",
    "MyCard點數",
    "Apple禮品卡",
    "悠遊卡",
    "一卡通",
    "Google Play禮物卡",
    "Switch遊戲主機",
    "USDT虛擬貨幣",
    "Dyson吸塵器",
]
_STATUTES = {
    "fraud": [
        "刑法第339條之4第1項第2款",
        "洗錢防制法第19條",
        "詐欺犯罪危害防制條例第9條",
        "銀行法第45條之2",
    ],
    "hosp": ["醫療法第72條", "個人資料保護法第6條", "全民健康保險法第80條", "醫療法第58條"],
    "lib": ["圖書館法第8條", "著作權法第48條", "圖書館法第9條"],
    "park": [
        "道路交通管理處罰條例第56條第1項第1款",
        "停車場法第32條",
        "行政程序法第102條",
        "訴願法第79條第1項",
    ],
    "dorm": ["就業服務法第57條第5款", "就業服務法第19條", "消防法第6條", "建築法第77條"],
    "watch": ["地方制度法第59條", "社會秩序維護法第68條", "災害防救法第27條"],
}
_DOC_PREFIX = _w(
    "府授工 北市警刑 高市交停 衛授食 勞動發管 金管銀國 中市社助 桃警刑 新北圖推 內授中社 "
    "北市停管 南市交停 竹縣勞資 警署刑防"
)
_EMAIL_WORDS = _w(
    "amy jenny kevin jason tina chen lin wang huang chang hsu tsai yang wu liu mei ling yu hui "
    "chun wei jie hao ting hsiu nguyen siti maria somchai lovely sunny happy momo kiki apple "
    "grace peggy vivian eric allen cindy alice bear cat"
)
_EMAIL_DOMAINS = _w(
    "gmail.com yahoo.com.tw hotmail.com outlook.com ms1.hinet.net msa.hinet.net icloud.com "
    "ntu.edu.tw mail.nsysu.edu.tw gms.ndhu.edu.tw yahoo.com seed.net.tw livemail.tw"
)
_MONTHS = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")

# --------------------------------------------------------------------------- helpers

_FW_TABLE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)} | {0x20: 0x3000}
_FW_DIGITS = {c: c + 0xFEE0 for c in range(0x30, 0x3A)}
_FW_P = 0.125


def _to_fullwidth(s: str, digits_only: bool = False) -> str:
    return s.translate(_FW_DIGITS if digits_only else _FW_TABLE)


class _Doc:
    """Accumulates text and gold spans; call with strings and (value, label) tuples."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def __call__(self, *pieces: str | tuple[str, str]) -> None:
        for piece in pieces:
            if isinstance(piece, tuple):
                value, label = piece
                self.spans.append((self.pos, self.pos + len(value), label))
                text = value
            else:
                text = piece
            self.parts.append(text)
            self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Ctx:
    """Random choices and value makers sharing one ``random.Random``."""

    def __init__(self, rng: random.Random, known: dict[str, list[str]]) -> None:
        self.rng = rng
        self.known = known
        self.known_set = {name for names in known.values() for name in names}
        self.fresh: set[str] = set()

    # -- basics
    def pick(self, seq: Sequence[str]) -> str:
        return self.rng.choice(seq)

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def rint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def fw(self, s: str, digits_only: bool = False) -> str:
        return _to_fullwidth(s, digits_only) if self.maybe(_FW_P) else s

    # -- people
    def person(self, kind: str = "han") -> str:
        if kind == "any":
            kind = self.rng.choices(_KINDS, _KIND_SHARE)[0]
        if kind == "foreign":
            kind = self.pick(("vn", "id", "ph", "th"))
        if self.maybe(0.5) and self.known[kind]:
            return self.pick(self.known[kind])
        for _ in range(40):
            name = _make_name(self.rng, kind)
            if name not in self.known_set:
                self.fresh.add(name)
                return name
        raise RuntimeError("name pools exhausted")

    def worker(self) -> tuple[str, str]:
        """A foreign resident's name and nationality code."""
        kind = self.rng.choices(("vn", "id", "ph", "th"), (0.38, 0.34, 0.16, 0.12))[0]
        return self.person(kind), kind

    def hon(self) -> str:
        return self.rng.choices(["先生", "小姐", "女士", ""], [3, 3, 2, 3])[0]

    # -- identifiers
    def twid(self) -> str:
        letter = self.pick(list(LETTER_CODES))
        value = letter + self.pick("12") + self.digits(7)
        value += id_check_digit(letter, value[1:])
        assert twid.is_valid(value)
        if self.maybe(0.04):
            value = value.lower() if self.maybe(0.5) else value[0].lower() + value[1:]
        return self.fw(value)

    def arc(self) -> str:
        letter = self.pick(list(LETTER_CODES))
        if self.maybe(0.7):
            body = self.pick("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            head = str(LETTER_CODES[second] % 10) + self.digits(7)
            value = letter + second + head[1:] + id_check_digit(letter, head)
        assert arc.is_valid(value)
        return self.fw(value)

    def mobile(self) -> str:
        while True:
            d = "09" + self.digits(8)
            if phone.is_valid(d):
                break
        a, b, c, n = d[:4], d[4:7], d[7:], d[1:]
        forms = [
            f"{a}-{b}-{c}",
            d,
            f"{a} {b} {c}",
            f"{a}-{b}{c}",
            f"{a}.{b}.{c}",
            f"+886-{n[:3]}-{n[3:6]}-{n[6:]}",
            f"+886 {n[:3]} {n[3:6]} {n[6:]}",
            f"+886{n}",
            f"(+886){n}",
            f"{a} {b}{c}",
            f"886-{n[:3]}-{n[3:6]}-{n[6:]}",
        ]
        value = self.rng.choices(forms, [8, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1])[0]
        assert phone.is_valid(value)
        return self.fw(value)

    def landline(self, ext: float = 0.25) -> str:
        areas = [
            ("02", 8, "2345678", 9),
            ("03", 7, "345689", 4),
            ("037", 6, "2345", 1),
            ("04", 8, "2", 4),
            ("04", 7, "78", 2),
            ("049", 7, "2", 1),
            ("05", 7, "2356", 2),
            ("06", 7, "2356", 3),
            ("07", 7, "3567", 4),
            ("08", 7, "7", 1),
            ("089", 6, "3", 1),
            ("082", 6, "3", 1),
            ("0836", 5, "2", 1),
        ]
        a, k, first, _ = self.rng.choices(areas, [w[3] for w in areas])[0]
        while True:
            local = self.pick(first) + self.digits(k - 1)
            if phone.is_plausible(a + local):
                break
        if k == 8:
            ls = f"{local[:4]}-{local[4:]}"
        elif k >= 6:
            ls = f"{local[:3]}-{local[3:]}" if self.maybe(0.6) else local
        else:
            ls = local
        if self.maybe(0.3):
            ls = ls.replace("-", "")
        forms = [
            f"{a}-{ls}",
            f"({a}){ls}",
            f"({a}) {ls}",
            f"{a}{local}",
            f"{a} {ls}",
            f"+886-{a[1:]}-{ls}",
            f"+886 {a[1:]} {local}",
        ]
        value = self.rng.choices(forms, [6, 6, 2, 2, 2, 1, 1])[0]
        if self.maybe(ext):
            e = self.digits(self.rint(2, 4)).lstrip("0") or "1"
            value += self.pick(
                [
                    f" 分機 {e}",
                    f"分機{e}",
                    f"#{e}",
                    f" #{e}",
                    f" 轉 {e}",
                    f"轉{e}",
                    f" ext. {e}",
                    f" x{e}",
                ]
            )
        assert phone.is_plausible(value)
        return self.fw(value)

    def phone(self) -> str:
        return self.mobile() if self.maybe(0.65) else self.landline()

    def email(self) -> str:
        local = self.pick(_EMAIL_WORDS)
        if self.maybe(0.7):
            local += self.pick(["", ".", "_", ""]) + self.pick(_EMAIL_WORDS)
        if self.maybe(0.6):
            local += self.digits(self.rint(2, 4))
        if self.maybe(0.1):
            local = local.capitalize()
        value = f"{local}@{self.pick(_EMAIL_DOMAINS)}"
        return self.fw(value)

    def address(self) -> str:
        if self.maybe(0.18):
            county, town, zip3, villages = self.pick(_RURAL)
            parts = [county, town, self.pick(villages), f"{self.rint(1, 18)}鄰"]
            if self.maybe(0.5):
                parts.append(self.pick(_ROADS))
            parts.append(f"{self.rint(1, 180)}號")
        else:
            city, dists = self.rng.choice(_CITIES)
            dist, zip3 = self.rng.choice(dists)
            parts = [city, dist, self.pick(_ROADS)]
            if self.maybe(0.35):
                parts.append(f"{self.pick(_CN_NUM[:5])}段")
            if self.maybe(0.45):
                parts.append(f"{self.rint(1, 420)}巷")
                if self.maybe(0.35):
                    parts.append(f"{self.rint(1, 40)}弄")
            no = str(self.rint(1, 350))
            r = self.rng.random()
            if r < 0.1:
                no += f"之{self.rint(1, 6)}"
            elif r < 0.16:
                no += f"-{self.rint(1, 6)}"
            parts.append(f"{no}號")
            if self.maybe(0.5):
                fl = self.rint(2, 15)
                if fl <= 10 and self.maybe(0.3):
                    parts.append(f"{_CN_NUM[fl - 1]}樓")
                else:
                    parts.append(f"{fl}樓")
                if self.maybe(0.2):
                    parts.append(f"之{self.rint(1, 8)}")
        if parts[0].startswith("臺") and self.maybe(0.4):
            parts[0] = "台" + parts[0][1:]
        value = "".join(parts)
        if self.maybe(0.4):
            zip_code = zip3 + (self.digits(self.pick([2, 3])) if self.maybe(0.3) else "")
            value = zip_code + self.pick(["", " "]) + value
        return self.fw(value, digits_only=True)

    def nhi(self) -> str:
        d = ("0000" + self.digits(8)) if self.maybe(0.85) else ("00" + self.digits(10))
        value = self.rng.choices(
            [d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"], [4, 3, 3]
        )[0]
        return self.fw(value)

    def passport(self, kind: str = "tw") -> str:
        if kind == "vn":
            value = self.pick("CBN") + self.digits(7)
        elif kind == "id":
            value = self.pick("ABCX") + self.digits(7)
        elif kind == "ph":
            value = (
                ("P" + self.digits(7) + self.pick("ABC"))
                if self.maybe(0.7)
                else "EC" + self.digits(7)
            )
        elif kind == "th":
            value = self.pick(["AA", "AB", "AC", "AE"]) + self.digits(7)
        else:
            value = "3" + self.digits(8)
        return self.fw(value)

    def card(self) -> str:
        brand = self.rng.choices(["visa", "mc", "jcb", "amex", "up"], [5, 4, 3, 1, 1])[0]
        if brand == "visa":
            head, length = "4", 16
        elif brand == "mc":
            head, length = self.pick(["51", "52", "53", "54", "55"]), 16
        elif brand == "jcb":
            head, length = str(self.rint(3528, 3589)), 16
        elif brand == "amex":
            head, length = self.pick(["34", "37"]), 15
        else:
            head, length = "62", 16
        body = head + self.digits(length - len(head) - 1)
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                break
        d = body + check
        assert creditcard.is_valid(d)
        groups = (
            [d[:4], d[4:10], d[10:]] if length == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
        )
        sep = self.rng.choices([" ", "-", ""], [4, 3, 2])[0]
        return self.fw(sep.join(groups))

    def birth(self) -> str:
        y = self.rint(1935, 2008)
        m = self.rint(1, 12)
        dd = self.rint(1, 28 if m == 2 else 30)
        r = y - 1911
        forms = [
            f"民國{r}年{m}月{dd}日",
            f"{r}年{m}月{dd}日",
            f"{r}.{m:02d}.{dd:02d}",
            f"{r:03d}/{m:02d}/{dd:02d}",
            f"{r}/{m}/{dd}",
            f"{r:03d}{m:02d}{dd:02d}",
            f"{y}/{m}/{dd}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{y}年{m}月{dd}日",
            f"{dd:02d}/{m:02d}/{y}",
            f"{y}.{m:02d}.{dd:02d}",
            f"{dd:02d} {_MONTHS[m - 1]} {y}",
        ]
        value = self.rng.choices(forms, [4, 4, 2, 2, 2, 2, 3, 2, 2, 1, 1, 1])[0]
        return self.fw(value, digits_only=True)

    # -- non-personal filler
    def event_date(self) -> str:
        dt = _dt.date(2023, 1, 1) + _dt.timedelta(days=self.rint(0, 900))
        r = dt.year - 1911
        wd = "一二三四五六日"[dt.weekday()]
        forms = [
            f"{r}年{dt.month}月{dt.day}日",
            f"{r}/{dt.month:02d}/{dt.day:02d}",
            f"{r}.{dt.month}.{dt.day}",
            f"{dt.year}/{dt.month}/{dt.day}",
            f"{dt.month}/{dt.day}",
            f"{dt.month}月{dt.day}日（{wd}）",
            f"{r}年{dt.month}月{dt.day}日（星期{wd}）",
        ]
        return self.pick(forms)

    def clock(self) -> str:
        h, m = self.rint(7, 22), self.pick(["00", "05", "10", "15", "20", "30", "40", "45", "50"])
        return self.pick(
            [
                f"{h:02d}:{m}",
                f"{h}時{m}分",
                f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}點{m}分",
            ]
        )

    def amount(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return f"{self.rint(3, 300)}萬"
        if r < 0.6:
            return f"{self.rint(10, 980) * 1000:,}"
        if r < 0.8:
            return f"{self.rint(1, 99)}萬{self.rint(1, 9)}千"
        return str(self.rint(2, 90) * 1000)

    def docno(self) -> str:
        return f"{self.pick(_DOC_PREFIX)}字第{self.rint(112, 114)}{self.digits(7)}號"

    def caseno(self) -> str:
        roc = self.rint(112, 114)
        forms = [
            f"{roc}年度偵字第{self.rint(100, 39999)}號",
            f"{roc}-{self.pick(['北', '中', '南', 'A', 'K'])}-{self.digits(5)}",
            f"{roc}{self.rint(1, 12):02d}{self.rint(1, 28):02d}{self.digits(4)}",
            f"{self.pick(['R', 'KX', 'TP', 'Q'])}{roc}-{self.digits(6)}",
            f"第{self.digits(6)}號",
        ]
        return self.pick(forms)

    def receipt(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return self.pick(letters) + self.pick(letters) + self.pick(["-", ""]) + self.digits(8)

    def ban(self) -> str:
        weights = (1, 2, 1, 2, 1, 2, 4, 1)
        while True:
            d = self.pick("123456789") + self.digits(7)
            total = sum(
                (w * int(c)) // 10 + (w * int(c)) % 10 for w, c in zip(weights, d, strict=True)
            )
            if total % 10 == 0 or (d[6] == "7" and (total + 1) % 10 == 0):
                return d

    def station(self) -> str:
        return f"{self.pick(_STATIONS)}派出所"

    def bank(self) -> str:
        if self.maybe(0.25):
            return f"{self.pick(_AREA_BRANCH)}郵局"
        return f"{self.pick(_BANKS)}{self.pick(_AREA_BRANCH)}分行"


def _make_name(rng: random.Random, kind: str) -> str:
    c = rng.choice
    if kind == "han":
        r = rng.random()
        if r < 0.06:
            sur = c(_COMPOUND_SURNAMES)
        elif r < 0.5:
            sur = c(_COMMON_SURNAMES)
        else:
            sur = c(_SURNAMES)
        given = c(_GIVEN1) if rng.random() < 0.12 else c(_GIVEN2)
        if len(sur) == 1 and rng.random() < 0.06:
            sur = c([s for s in _COMMON_SURNAMES if s != sur]) + sur  # 冠夫姓
        return sur + given
    if kind == "ind":
        if rng.random() < 0.6:
            return c(_IND_HAN_A) + c("‧‧·") + c(_IND_HAN_B)
        return c(_IND_ROM_A) + c([" ", " ", "‧", "·"]) + c(_IND_ROM_B)
    if kind == "vn":
        r = rng.random()
        if r < 0.45:
            return c(_VN_HAN_SUR) + c(_VN_HAN_MID) + c(_VN_HAN_GIV)
        if r < 0.6:
            i, j, k = (rng.randrange(len(x)) for x in (_VN_SUR_D, _VN_MID_D, _VN_GIV_D))
            return f"{_VN_SUR_D[i]} {_VN_MID_D[j]} {_VN_GIV_D[k]}"
        name = f"{c(_VN_SUR)} {c(_VN_MID)} {c(_VN_GIV)}"
        return name.upper() if rng.random() < 0.5 else name
    if kind == "id":
        r = rng.random()
        if r < 0.35:
            a = c(_ID_HAN_A)
            return a + c("··‧") + c(_ID_HAN_B) if rng.random() < 0.6 else a + c(_ID_HAN_B)[:2]
        name = c(_ID_MONO) if r < 0.5 else f"{c(_ID_FIRST)} {c(_ID_LAST)}"
        return name.upper() if rng.random() < 0.5 else name
    if kind == "ph":
        if rng.random() < 0.3:
            return c(_PH_HAN_A) + c("·‧") + c(_PH_HAN_B)
        name = f"{c(_PH_FIRST)} {c(_PH_LAST)}"
        return name.upper() if rng.random() < 0.4 else name
    if rng.random() < 0.4:  # th
        a = c(_TH_HAN_A)
        return a + "·" + c(_TH_HAN_B) if rng.random() < 0.4 else a
    name = f"{c(_TH_FIRST)} {c(_TH_LAST)}"
    return name.upper() if rng.random() < 0.4 else name


def _build_known(rng: random.Random, size: int) -> dict[str, list[str]]:
    known: dict[str, list[str]] = {k: [] for k in _KINDS}
    seen: set[str] = set()
    for kind, share in zip(_KINDS, _KIND_SHARE, strict=True):
        target = max(8, round(size * share))
        for _ in range(target * 30):
            if len(known[kind]) >= target:
                break
            name = _make_name(rng, kind)
            if name not in seen:
                seen.add(name)
                known[kind].append(name)
    return known


# --------------------------------------------------------------------------- look-alike guard

_ALNUM_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 \-]*")
_DIGIT_RUN = re.compile(r"[+\d][\d \-().]*")


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "□" * (e - s)
    return unicodedata.normalize("NFKC", "".join(chars))


def _unsafe(text: str, negative: bool) -> bool:
    """Whether text (spans already masked) holds an unlabelled ID/ARC/card/e-mail/mobile."""
    if "@" in text:
        return True
    for run in _ALNUM_RUN.findall(text):
        s = re.sub(r"[ \-]", "", run).upper()
        for i in range(len(s) - 9):
            w = s[i : i + 10]
            if w[0].isalpha() and w[2:].isdigit() and (twid.is_valid(w) or arc.is_valid(w)):
                return True
    for run in _DIGIT_RUN.findall(text):
        d = re.sub(r"\D", "", run)
        for k in range(13, 20):
            for i in range(len(d) - k + 1):
                if creditcard.is_valid(d[i : i + k]):
                    return True
        if negative:
            for i in range(len(d) - 9):
                if d[i : i + 2] == "09" and phone.is_valid(d[i : i + 10]):
                    return True
                if (
                    d[i : i + 4] == "8869"
                    and len(d) - i >= 12
                    and phone.is_valid("0" + d[i + 3 : i + 12])
                ):
                    return True
    return False


# --------------------------------------------------------------------------- genre: anti-fraud

Template = Callable[[_Ctx, _Doc], None]

_P = "PERSON"


def _fraud_form(c: _Ctx, d: _Doc) -> None:
    where = c.bank()
    cust, clerk, cop = c.person("any"), c.person("han"), c.person("han")
    d(f"{where} 臨櫃關懷提問通報單\n通報日期：{c.event_date()}　時間：{c.clock()}\n")
    d("客戶姓名：", (cust, _P), f"（{c.pick('男女')}，{c.rint(55, 89)}歲）\n")
    if c.maybe(0.7):
        d(c.pick(["身分證統一編號：", "身分證字號：", "ID："]), (c.twid(), "TW_NATIONAL_ID"), "\n")
    if c.maybe(0.5):
        d(c.pick(["出生日期：", "出生年月日：", "生日："]), (c.birth(), "BIRTH_DATE"), "\n")
    if c.maybe(0.75):
        d(c.pick(["聯絡電話：", "手機：", "電話："]), (c.phone(), "PHONE"), "\n")
    if c.maybe(0.2):
        d("戶籍地址：", (c.address(), "ADDRESS"), "\n")
    d(
        f"事由：客戶欲{c.pick(['臨櫃提領現金', '匯款至他行帳戶', '解除定存', '購買金條'])}新"
        f"臺幣{c.amount()}元，"
        f"自稱{c.pick(_FRAUD_REASONS)}，經{c.pick(['行員', '理專', '櫃員', '窗口人員'])}",
        (clerk, _P),
        f"依關懷提問表詢問，研判疑似{c.pick(_SCAMS)}詐騙，即通報{c.station()}，由員警",
        (cop, _P),
        "到場協助。\n",
        f"處理結果：{c.pick(_FRAUD_RESULTS)}",
    )
    if c.maybe(0.4):
        d("\n填表人：", (clerk, _P), f"　主管覆核：{c.pick(['已閱', '核', '如擬'])}")


def _fraud_log(c: _Ctx, d: _Doc) -> None:
    cust, cop = c.person("any"), c.person("han")
    d(f"{c.clock()} 接獲{c.bank()}通報，")
    d(c.pick(["警員", "員警", "巡佐", "所長"]), (cop, _P), "到場，")
    d("客戶", (cust, _P), c.hon(), f"（{c.rint(60, 88)}歲）稱")
    d(c.pick(["網友", "LINE上的投資助理", "自稱檢察官的人", "電商客服", "臉書認識的朋友"]))
    d(f"要求{c.pick(['匯款', '購買' + c.pick(_PRODUCTS), '提供網銀帳密', '交付現金'])}，")
    if c.maybe(0.35):
        d("對方曾要求其提供信用卡號", (c.card(), "CREDIT_CARD"), "及背面三碼，")
    d(c.pick(["經勸導後打消念頭", "已當場勸阻", "暫緩交易", "已聯絡其女兒到場"]))
    if c.maybe(0.6):
        d("，留存電話", (c.phone(), "PHONE"))
    d("。")
    if c.maybe(0.3):
        d(" 生日", (c.birth(), "BIRTH_DATE"), "，身分證", (c.twid(), "TW_NATIONAL_ID"), "已核對。")


def _fraud_speech(c: _Ctx, d: _Doc) -> None:
    cust, clerk = c.person("han"), c.person("han")
    d(f"【{c.bank()}臨櫃對話紀錄（錄音轉文字）】\n")
    d("行員：請問您今天要匯這筆錢是做什麼用途？\n")
    d(
        f"客戶：{c.pick(['我姪子', '我孫子', '一個朋友', '投資公司的人'])}說"
        f"要{c.pick(_FRAUD_REASONS)}啦。\n"
    )
    d("行員：那先跟您確認資料，請問大名？\n客戶：")
    d((cust, _P), "。")
    if c.maybe(0.6):
        d("身分證是", (c.twid(), "TW_NATIONAL_ID"), "。")
    d("\n")
    if c.maybe(0.6):
        d(
            "行員：聯絡電話呢？\n客戶：",
            (c.phone(), "PHONE"),
            c.pick(["，這是我手機。", "。", "，打這支比較找得到我。"]),
            "\n",
        )
    if c.maybe(0.4):
        d("行員：出生年月日？\n客戶：", (c.birth(), "BIRTH_DATE"), "。\n")
    d(
        f"行員：{c.pick(['阿姨', '伯伯', '大哥', '大姐'])}，這個很像{c.pick(_SCAMS)}詐騙，我"
        f"們請警察來跟您說明一下好嗎？\n"
    )
    d("（記錄：", (clerk, _P), f"，{c.event_date()}）")


def _fraud_table(c: _Ctx, d: _Doc) -> None:
    d(f"{c.pick(_AREA_BRANCH)}分局轄區金融機構攔阻詐騙案件彙整（{c.event_date()}）\n")
    sep = c.pick(["\t", " | ", "，", "  "])
    d(sep.join(["日期", "機構", "客戶", "年齡", "類型", "攔阻金額", "處理員警"]), "\n")
    for _ in range(c.rint(2, 4)):
        cust, cop = c.person("any"), c.person("han")
        d(sep.join([c.event_date(), c.bank(), ""]), (cust, _P))
        d(sep + sep.join([str(c.rint(45, 90)), c.pick(_SCAMS), c.amount(), ""]), (cop, _P), "\n")


def _fraud_post(c: _Ctx, d: _Doc) -> None:
    cust, clerk, cop = c.person("any"), c.person("han"), c.person("han")
    d(f"中華郵政{c.pick(_AREA_BRANCH)}郵局　{c.event_date()}\n")
    d("民眾", (cust, _P), c.pick(["君", "", "女士", "先生"]))
    d(f"欲以郵政匯票寄出新臺幣{c.amount()}元，收件地址為")
    d(c.pick(["一處", "某"]), c.pick(["超商店到店門市", "私人信箱", "空屋"]), "。窗口人員")
    d((clerk, _P), "察覺有異，報請", c.station(), "，員警", (cop, _P), "到場了解，")
    d(f"確認為{c.pick(_SCAMS)}詐騙。")
    if c.maybe(0.5):
        d("民眾住址：", (c.address(), "ADDRESS"), "；")
    if c.maybe(0.5):
        d("聯絡電話：", (c.phone(), "PHONE"), "。")
    if c.maybe(0.3):
        d("信用卡號", (c.card(), "CREDIT_CARD"), "已通知發卡銀行停卡。")


def _fraud_neg(c: _Ctx, d: _Doc) -> None:
    r = c.rint(0, 2)
    if r == 0:
        d(
            f"{c.pick(_BANKS)}{c.pick(_AREA_BRANCH)}分行{c.rint(112, 114)}年第{c.rint(1, 4)}"
            f"季臨櫃關懷提問成果：\n"
            f"一、攔阻疑似詐騙案件{c.rint(3, 30)}件，保全金額新臺幣{c.amount()}元。\n"
            f"二、依{c.docno()}函，持續配合{c.station()}辦理{c.pick(_SUR_TOPICS)}宣導。\n"
            f"三、常見手法為{c.pick(_SCAMS)}及{c.pick(_SCAMS)}，詐團多要求購買{c.pick(_PRODUCTS)}。\n"
            f"四、相關罰則見{c.pick(_STATUTES['fraud'])}。"
        )
    elif r == 1:
        d(
            f"{c.event_date()} 反詐騙宣導活動：假日於{c.pick(_SHOPS)}前廣場設攤，"
            f"提醒民眾"
            f"「{c.pick(['不聽、不信、不轉帳', '解除分期是詐騙', '投資保證獲利必是詐騙'])}」。"
            f"本次活動經費{c.amount()}元，核銷單據編號{c.receipt()}，"
            f"協辦單位{c.pick(_COMPANIES)}（統一編號{c.ban()}）。"
        )
    else:
        d(
            f"受理案件編號：{c.caseno()}\n案類：{c.pick(_SCAMS)}詐欺（{c.pick(_STATUTES['fraud'])}）\n"
            f"被害人：年約{c.rint(6, 8)}0歲{c.pick(['男性', '女性'])}長者（資料依規定不予揭露）\n"
            f"損失金額：新臺幣{c.amount()}元，款項經由{c.pick(_PRODUCTS)}轉出。\n"
            f"已於{c.event_date()}函請{c.pick(_BANKS)}凍結警示帳戶（{c.docno()}）。"
        )


# --------------------------------------------------------------------------- ge


def _hosp_log(c: _Ctx, d: _Doc) -> None:
    caller, doctor = c.person("any"), c.person("han")
    d(f"[{c.event_date()} {c.clock()}] 預約專線來電\n")
    self_call = c.maybe(0.5)
    d(
        "來電者：",
        (caller, _P),
        "（病人本人）\n" if self_call else f"（病人{c.pick(['女兒', '兒子', '配偶', '看護'])}）\n",
    )
    patient = caller if self_call else c.person("any")
    d("病人：", (patient, _P))
    if c.maybe(0.6):
        d("　生日：", (c.birth(), "BIRTH_DATE"))
    if c.maybe(0.5):
        d("　身分證：", (c.twid(), "TW_NATIONAL_ID"))
    if c.maybe(0.3):
        d(c.pick(["　健保卡：", "　健保卡號 ", "　IC卡號："]), (c.nhi(), "TW_NHI_CARD"))
    d(f"\n預約：{c.pick(_DEPTS)} ", (doctor, _P), c.pick(["醫師", " 醫師", "主任", "醫師門診"]))
    d(f" {c.event_date()} {c.pick(['上午診', '下午診', '夜診'])} 第{c.rint(1, 60)}號\n")
    if c.maybe(0.8):
        d("回撥電話：", (c.phone(), "PHONE"), "\n")
    d(
        "備註：",
        c.pick(["初診，提醒攜帶健保卡", "複診改期", "需輪椅協助", "要求女醫師", "已簡訊通知"]),
    )


def _hosp_speech(c: _Ctx, d: _Doc) -> None:
    caller, patient, doctor = c.person("han"), c.person("any"), c.person("han")
    d("家屬", (caller, _P), "來電：「我")
    d(c.pick(["爸爸", "媽媽", "阿嬤", "先生", "太太"]), (patient, _P), "，")
    if c.maybe(0.6):
        d((c.birth(), "BIRTH_DATE"), "生的，")
    d(
        "要掛",
        (doctor, _P),
        f"醫師的{c.pick(_DEPTS)}，上次他說{c.pick(['三個月', '兩週', '一個月'])}後回診……」",
    )
    d(f"已協助預約{c.event_date()}，並提醒攜帶健保卡")
    if c.maybe(0.6):
        d("（卡號", (c.nhi(), "TW_NHI_CARD"), "）")
    d("。")
    if c.maybe(0.5):
        d("聯絡電話", (c.phone(), "PHONE"), "。")


def _hosp_form(c: _Ctx, d: _Doc) -> None:
    sep = c.pick(["：", "｜", ": ", "\t"])
    d(f"{c.pick(_HOSPITALS)}網路掛號異常單\n")
    d(f"姓名{sep}", (c.person("any"), _P), "\n")
    if c.maybe(0.7):
        d(f"身分證字號{sep}", (c.twid(), "TW_NATIONAL_ID"), "\n")
    elif c.maybe(0.6):
        d(f"居留證號{sep}", (c.arc(), "TW_RESIDENT_CERT"), "\n")
    if c.maybe(0.6):
        d(f"健保卡號{sep}", (c.nhi(), "TW_NHI_CARD"), "\n")
    d(f"出生年月日{sep}", (c.birth(), "BIRTH_DATE"), "\n")
    if c.maybe(0.7):
        d(f"電話{sep}", (c.phone(), "PHONE"), "\n")
    if c.maybe(0.4):
        d(f"E-mail{sep}", (c.email(), "EMAIL"), "\n")
    d(
        f"科別{sep}{c.pick(_DEPTS)}\n問題{sep}"
        f"{c.pick(['重複掛號', '系統顯示查無此人', '看診號碼錯誤', '無法取消掛號'])}"
    )


def _hosp_list(c: _Ctx, d: _Doc) -> None:
    d(f"{c.event_date()} 待回電名單（{c.pick(_DEPTS)}停診通知）：\n")
    for i in range(1, c.rint(2, 5) + 1):
        d(f"{i}. ", (c.person("any"), _P), c.pick(["，", " ", "／"]), (c.phone(), "PHONE"))
        d(c.pick(["，已改約", "，未接", "，留言", "，請改掛其他醫師", ""]), "\n")
    d("承辦：", (c.person("han"), _P))


def _hosp_email(c: _Ctx, d: _Doc) -> None:
    p = c.person("any")
    d("病人", (p, _P), "透過電子郵件（", (c.email(), "EMAIL"), "）申請")
    d(f"{c.pick(['診斷證明書', '病歷複本', '出院摘要', '疫苗接種紀錄'])}，")
    d(f"經核對{c.pick(['身分證', '居留證', '護照'])}後，")
    if c.maybe(0.5):
        d("以掛號寄至", (c.address(), "ADDRESS"), "。")
    else:
        d(f"通知於{c.event_date()}至一樓服務台領取。")
    if c.maybe(0.4):
        d("費用新臺幣", f"{c.rint(1, 5)}00元", "，以信用卡", (c.card(), "CREDIT_CARD"), "支付。")


def _hosp_neg(c: _Ctx, d: _Doc) -> None:
    r = c.rint(0, 2)
    if r == 0:
        d(
            f"門診異動公告：{c.pick(_DEPTS)}自{c.event_date()}起，週{c.pick('一二三四五')}下午診暫停，"
            f"改於週{c.pick('一二三四五六')}上午開診。依{c.pick(_STATUTES['hosp'])}及{c.docno()}函辦理，"
            f"已預約病人由客服中心另行通知。{c.pick(_SUR_EVENTS)}期間停車"
            f"場{c.pick(['暫停開放', '改為臨時停車'])}。"
        )
    elif r == 1:
        d(
            f"{c.rint(112, 114)}年{c.rint(1, 12)}月預約專線統計：總來電{c.rint(8000, 30000):,}通，"
            f"接通率{c.rint(70, 98)}%，平均等候{c.rint(20, 180)}秒。\n"
            f"網路掛號占{c.rint(40, 70)}%，{c.pick(_DEPTS)}及{c.pick(_DEPTS)}額滿最快。\n"
            f"院內超商（{c.pick(_SHOPS)}）代收掛號費收據號碼{c.receipt()}起。"
        )
    else:
        d(
            f"採購案號：{c.rint(112, 114)}A{c.digits(3)}　"
            f"品項：{c.pick(['血壓計', '輪椅', '溫度計', '點滴架'])}"
            f"{c.rint(10, 80)}組\n"
            f"得標廠商：{c.pick(_COMPANIES)}，統一編號{c.ban()}，決標金額新臺幣{c.amount()}元。\n"
            f"驗收日期：{c.event_date()}。"
        )


# --------------------------------------------------------------------------- genre: library


def _lib_overdue(c: _Ctx, d: _Doc) -> None:
    lib = c.pick(_LIBRARIES)
    reader = c.person("any")
    d(
        (reader, _P),
        c.pick([" 讀者您好：", "君 您好：", " 先生/女士您好：", "　讀者　鈞鑒："]),
        "\n",
    )
    days = c.rint(3, 90)
    d(f"您於{c.event_date()}借閱之下列資料已逾期{days}日，請儘速歸還：\n")
    for i in range(c.rint(1, 3)):
        d(f"{i + 1}.《{c.pick(_BOOKS)}》 到期日：{c.event_date()}\n")
    d(f"逾期費用累計新臺幣{days * 5}元，未繳清前暫停借閱權限。\n")
    d(f"{lib} 流通服務組 敬啟")
    if c.maybe(0.5):
        d("\n服務電話：", (c.landline(ext=0.6), "PHONE"))
    if c.maybe(0.3):
        d("\n（本通知寄送至", (c.email(), "EMAIL"), "）")


def _lib_ill(c: _Ctx, d: _Doc) -> None:
    req, staff = c.person("any"), c.person("han")
    d(f"館際合作申請 #{c.rint(1000, 99999)}：申請人", (req, _P))
    d(
        f"（{c.pick(['研究生', '教師', '大學部', '校友', '一般讀者'])}）",
        c.pick(["，", "，e-mail：", "，信箱"]),
    )
    d((c.email(), "EMAIL"))
    d(f"，申請複印〈{c.pick(_ARTICLES)}〉，由{c.pick(_LIBRARIES)}提供，")
    d(f"已於{c.event_date()}以電子郵件通知取件。承辦：", (staff, _P))
    if c.maybe(0.3):
        d("；申請人另留手機", (c.mobile(), "PHONE"))


def _lib_mail(c: _Ctx, d: _Doc) -> None:
    d(f"催還通知單第{c.rint(2, 3)}次寄送紀錄\n")
    for _ in range(c.rint(1, 3)):
        d("收件人：", (c.person("any"), _P), c.pick(["　", "\n", "；"]))
        d("寄送地址：", (c.address(), "ADDRESS"), "\n")
    d(f"寄出日期：{c.event_date()}，掛號號碼{c.digits(6)}。")


def _lib_table(c: _Ctx, d: _Doc) -> None:
    d("讀者姓名,書名,到期日,逾期天數,聯絡方式\n")
    for _ in range(c.rint(2, 5)):
        d((c.person("any"), _P), f",{c.pick(_BOOKS)},{c.event_date()},{c.rint(1, 60)},")
        if c.maybe(0.5):
            d((c.phone(), "PHONE"))
        else:
            d((c.email(), "EMAIL"))
        d("\n")


def _lib_speech(c: _Ctx, d: _Doc) -> None:
    reader = c.person("any")
    d(f"讀者來電（{c.clock()}）：「我是", (reader, _P), f"，我借的《{c.pick(_BOOKS)}》")
    d(
        c.pick(
            ["已經還了，怎麼還說我逾期", "可以再續借嗎", "不小心弄濕了怎麼辦", "搬家了要改地址"]
        ),
        "。」",
    )
    if c.maybe(0.5):
        d("新地址：", (c.address(), "ADDRESS"), "。")
    if c.maybe(0.4):
        d("生日", (c.birth(), "BIRTH_DATE"), "核對無誤。")
    d("已轉流通組處理。")


def _lib_neg(c: _Ctx, d: _Doc) -> None:
    r = c.rint(0, 2)
    lib = c.pick(_LIBRARIES)
    if r == 0:
        d(
            f"{lib}公告（{c.docno()}）：自{c.event_date()}起館際合作複印費每頁新臺"
            f"幣{c.rint(2, 5)}元，"
            f"逾期費每日每冊{c.rint(3, 10)}元，依{c.pick(_STATUTES['lib'])}規定辦理。"
            f"{c.pick(_SUR_EVENTS)}期間閉館，還書箱照常開放。"
        )
    elif r == 1:
        d(
            f"新書介紹：\n《{c.pick(_BOOKS)}》 索書號 {c.rint(100, 999)}.{c.rint(1, 99)}"
            f" {c.digits(4)}\n"
            f"《{c.pick(_BOOKS)}》 ISBN 978-957-{c.digits(3)}-{c.digits(3)}-{c.digits(1)}\n"
            f"本批採購由{c.pick(_COMPANIES)}（統一編號 {c.ban()}）得標，總價{c.amount()}元。"
        )
    else:
        d(
            f"館際合作統計：{c.rint(112, 114)}年借入{c.rint(100, 900)}件、借"
            f"出{c.rint(100, 900)}件，"
            f"合作館以{c.pick(_LIBRARIES)}、{c.pick(_LIBRARIES)}為最多。"
            f"{c.pick(_SUR_TOPICS)}主題書展於{c.event_date()}至{c.event_date()}舉行，地點在{c.pick(_SHOPS)}旁展區。"
        )


# --------------------------------------------------------------------------- genre: parking appeals


def _park_letter(c: _Ctx, d: _Doc) -> None:
    who = c.person("any")
    agency = c.pick(_PARK_AGENCIES)
    d(f"陳述書\n受文者：{agency}\n陳述人：", (who, _P), "\n")
    if c.maybe(0.75):
        d("身分證統一編號：", (c.twid(), "TW_NATIONAL_ID"), "\n")
    elif c.maybe(0.7):
        d("統一證號：", (c.arc(), "TW_RESIDENT_CERT"), "\n")
    if c.maybe(0.5):
        d("出生日期：", (c.birth(), "BIRTH_DATE"), "\n")
    d(c.pick(["住址：", "通訊地址：", "地址："]), (c.address(), "ADDRESS"), "\n")
    if c.maybe(0.8):
        d("電話：", (c.phone(), "PHONE"), "\n")
    d(
        f"陳述事由：本人於{c.event_date()}將機車停放於{c.pick(_PARK_PLACES)}，經貴處開立停車繳費通知單，"
    )
    d(
        f"惟{c.pick(_PARK_REASONS)}，請求撤銷。\n此致\n{agency}\n陳述人：",
        (who, _P),
        c.pick(["（簽章）", " 敬上", ""]),
    )


def _park_log(c: _Ctx, d: _Doc) -> None:
    who, staff = c.person("any"), c.person("han")
    d(f"收文{c.docno()}：", (who, _P), c.pick(["申訴", "陳情", "來函表示"]))
    d(
        f"：「{c.pick(_PARK_REASONS)}。」經"
        f"查{c.pick(['屬實，撤銷該筆', '不符撤銷要件，維持原處分', '已於期限內繳納，註銷催繳'])}，"
    )
    if c.maybe(0.6):
        d("回覆至", (c.email(), "EMAIL"), "。")
    else:
        d("以電話", (c.phone(), "PHONE"), "告知。")
    d("承辦", (staff, _P), c.pick(["", "（分機" + c.digits(3) + "）"]))


def _park_speech(c: _Ctx, d: _Doc) -> None:
    who = c.person("any")
    d(f"民眾來電（{c.clock()}）：「我叫", (who, _P), "，我的車子停在")
    d(f"{c.pick(_PARK_PLACES)}，明明有繳錢還被開單……」請其提供繳費收據照片，")
    d(c.pick(["回電", "聯絡手機", "留電"]), (c.phone(), "PHONE"))
    if c.maybe(0.4):
        d("，收據寄", (c.email(), "EMAIL"))
    d("。")
    if c.maybe(0.3):
        d("該民眾以信用卡", (c.card(), "CREDIT_CARD"), "綁定自動扣繳。")


def _park_list(c: _Ctx, d: _Doc) -> None:
    d(f"{c.event_date()} 停車費申訴案件分辦：\n")
    for i in range(c.rint(2, 4)):
        d(f"（{_CN_NUM[i]}）", (c.person("any"), _P), c.pick(["：", "，"]))
        d(f"{c.pick(_PARK_PLACES)}，")
        if c.maybe(0.5):
            d("地址", (c.address(), "ADDRESS"), "，")
        d(f"交{c.pick(['第一科', '第二科', '收費組', '法制組'])}。\n")


def _park_neg(c: _Ctx, d: _Doc) -> None:
    r = c.rint(0, 2)
    if r == 0:
        d(
            f"{c.pick(_PARK_AGENCIES)}函（{c.docno()}）\n主旨：{c.pick(_PARK_PLACES)}自{c.event_date()}起實施機車停車收費，"
            f"每次新臺幣{c.rint(10, 30)}元，請查照。\n說明：依{c.pick(_STATUTES['park'])}辦理，"
            f"收費系統由{c.pick(_COMPANIES)}（統一編號{c.ban()}）建置。"
        )
    elif r == 1:
        d(
            f"訴願決定書 {c.caseno()}\n案由：停車費事件\n主文：訴願駁回。\n"
            f"理由：依{c.pick(_STATUTES['park'])}，停車格標線清楚，{c.pick(_SUR_PLACES)}路段亦設有告示，原處分並無違誤。"
        )
    else:
        d(
            f"{c.rint(112, 114)}年度停車費申訴統計：受理{c.rint(500, 5000):,}件，撤"
            f"銷{c.rint(50, 400)}件，"
            f"主要地點為{c.pick(_PARK_PLACES)}、{c.pick(_PARK_PLACES)}。超商代收（{c.pick(_SHOPS)}）"
            f"單據號碼{c.receipt()}等{c.rint(2, 9)}筆重複入帳，已於{c.event_date()}退費。"
        )


# --------------------------------------------------------------------------- genre: dormitories


def _dorm_record(c: _Ctx, d: _Doc) -> None:
    d(f"外國人生活照顧服務計畫查察紀錄表\n查察日期：{c.event_date()}\n")
    d(f"雇主：{c.pick(_COMPANIES)}（統一編號{c.ban()}）\n")
    d("宿舍地址：", (c.address(), "ADDRESS"), "\n")
    d(f"仲介：{c.pick(_BROKERS)}")
    if c.maybe(0.5):
        d("，聯絡人", (c.person("han"), _P), " ", (c.phone(), "PHONE"))
    d("\n")
    for _ in range(c.rint(1, 2)):
        name, kind = c.worker()
        d("受訪移工：", (name, _P), f"（{_NATION[kind]}籍")
        if c.maybe(0.8):
            d("，居留證號", (c.arc(), "TW_RESIDENT_CERT"))
        if c.maybe(0.5):
            d("，護照號碼", (c.passport(kind), "PASSPORT"))
        d("）\n")
    d("查察人員：", (c.person("han"), _P), "、", (c.person("any"), _P), "\n")
    d(f"查察結果：{c.pick(_DORM_ISSUES)}，限期{c.rint(7, 30)}日內改善。")


def _dorm_table(c: _Ctx, d: _Doc) -> None:
    sep = c.pick(["\t", " | ", "｜"])
    d(f"宿舍住宿名冊（{c.pick(_COMPANIES)}）\n")
    d(sep.join(["房號", "姓名", "國籍", "居留證號", "護照號碼", "手機"]), "\n")
    for _ in range(c.rint(2, 5)):
        name, kind = c.worker()
        d(f"{c.rint(1, 6)}0{c.rint(1, 9)}{sep}", (name, _P), f"{sep}{_NATION[kind]}{sep}")
        d((c.arc(), "TW_RESIDENT_CERT"), sep, (c.passport(kind), "PASSPORT"), sep)
        if c.maybe(0.7):
            d((c.mobile(), "PHONE"))
        else:
            d("—")
        d("\n")


def _dorm_speech(c: _Ctx, d: _Doc) -> None:
    name, kind = c.worker()
    interp = c.person("han") if c.maybe(0.5) else c.person(kind)
    d("移工", (name, _P), "表示（經通譯", (interp, _P), "翻譯）：")
    d(f"「{c.pick(_DORM_COMPLAINTS)}。」")
    if c.maybe(0.6):
        d("其聯絡電話", (c.mobile(), "PHONE"))
        if c.maybe(0.4):
            d("，LINE同號")
        d("。")
    if c.maybe(0.4):
        d("出生日期", (c.birth(), "BIRTH_DATE"), "，")
        d("居留證", (c.arc(), "TW_RESIDENT_CERT"), "。")
    d(f"已轉介{c.pick(['勞工局', '勞工局外國人諮詢窗口', '法律扶助基金會', '勞動部移工服務站'])}。")


def _dorm_notes(c: _Ctx, d: _Doc) -> None:
    d(f"{c.event_date()} 宿舍抽查（{c.pick(_BROKERS)}陪同）\n")
    for _ in range(c.rint(2, 4)):
        name, kind = c.worker()
        d("- ", (name, _P), f"：{c.pick(_DORM_ISSUES)}")
        r = c.rng.random()
        if r < 0.3:
            d("，護照由本人保管（", (c.passport(kind), "PASSPORT"), "）")
        elif r < 0.5:
            d("，統一證號", (c.arc(), "TW_RESIDENT_CERT"))
        elif r < 0.6:
            d("，健保卡號", (c.nhi(), "TW_NHI_CARD"), "尚未寄達，已請仲介追蹤")
        d("\n")
    d("紀錄：", (c.person("han"), _P))


def _dorm_neg(c: _Ctx, d: _Doc) -> None:
    r = c.rint(0, 2)
    if r == 0:
        d(
            f"{c.rint(112, 114)}年度移工宿舍聯合稽查計畫\n一、稽查對象：{c.pick(_COMPANIES)}"
            f"等{c.rint(10, 60)}家事業單位。\n"
            f"二、依據：{c.pick(_STATUTES['dorm'])}、{c.docno()}。\n"
            f"三、重點：{c.pick(_DORM_ISSUES)}、{c.pick(_DORM_ISSUES)}。\n"
            f"四、經費：新臺幣{c.amount()}元。"
        )
    elif r == 1:
        d(
            f"仲介評鑑結果：{c.pick(_BROKERS)}（統一編號{c.ban()}）評為{c.pick('ABC')}級，"
            f"{c.pick(_BROKERS)}（統一編號{c.ban()}）評為{c.pick('ABC')}級。"
            f"受評期間{c.event_date()}至{c.event_date()}，案號{c.caseno()}。"
        )
    else:
        d(
            f"宿舍{c.pick(['三', '四', '五'])}樓{c.pick(_DORM_ISSUES)}，已請{c.pick(_COMPANIES)}"
            f"於{c.event_date()}前改善；改善前後照片存檔。另{c.pick(_SUR_EVENTS)}期間宿舍"
            f"加強{c.pick(['消防', '用電', '門禁'])}檢查，參考{c.pick(_STATUTES['dorm'])}。"
        )


# --------------------------------------------------------------------------- ge


def _watch_log(c: _Ctx, d: _Doc) -> None:
    village = c.pick(_VILLAGES)
    d(
        f"{village}守望相助隊 巡守日誌\n日期：{c.event_date()}　班別"
        f"：{c.pick(['晚班 20:00-24:00', '大夜 00:00-04:00', '早班 05:00-07:00'])}\n"
    )
    d("值勤隊員：", (c.person("any"), _P), c.pick(["、", "，", " "]), (c.person("han"), _P), "\n")
    d(f"巡守路線：{c.pick(_ROADS)}→{c.pick(_ROADS)}→{c.pick(_SHOPS)}\n")
    d(f"狀況：{c.clock()}於{c.pick(_ROADS)}{c.rint(1, 200)}巷口{c.pick(_WATCH_EVENTS)}。")
    if c.maybe(0.5):
        d("住戶", (c.person("any"), _P), c.hon(), "（", (c.address(), "ADDRESS"), "）反映")
        d(f"{c.pick(['鄰居噪音', '機車被移動', '門口有陌生人按電鈴', '路燈不亮'])}")
        if c.maybe(0.6):
            d("，聯絡電話", (c.phone(), "PHONE"))
        d("。")
    d(
        "\n",
        c.pick(["里長：", "隊長：", "核閱："]),
        (c.person("han"), _P),
        c.pick(["（簽名）", "", "（章）"]),
    )


def _watch_notes(c: _Ctx, d: _Doc) -> None:
    d(f"{c.pick(_VILLAGES)}辦公處 值班紀錄 {c.event_date()}\n")
    for _ in range(c.rint(2, 4)):
        r = c.rng.random()
        d(f"{c.clock()} ")
        if r < 0.35:
            d((c.person("any"), _P), c.pick(["來電", "來訪", "到處"]), f"：{c.pick(_WATCH_EVENTS)}")
            if c.maybe(0.5):
                d("（", (c.phone(), "PHONE"), "）")
        elif r < 0.6:
            d("訪視獨居長者", (c.person("han"), _P), c.pick(["阿嬤", "阿公", "伯", "姨"]))
            d("，住", (c.address(), "ADDRESS"), "，精神狀況良好")
        elif r < 0.8:
            d(f"{c.pick(_WATCH_EVENTS)}")
        else:
            d("代收", (c.person("any"), _P), f"的{c.pick(['掛號信', '包裹', '社會局補助公文'])}")
            if c.maybe(0.4):
                d("，生日", (c.birth(), "BIRTH_DATE"))
        d("\n")
    d("值班：", (c.person("han"), _P))


def _watch_roster(c: _Ctx, d: _Doc) -> None:
    d(f"{c.pick(_VILLAGES)}巡守隊{c.rint(1, 12)}月份排班表\n")
    sep = c.pick(["\t", " ", "／", "｜"])
    for _ in range(c.rint(2, 5)):
        d(f"{c.event_date()}{sep}", (c.person("any"), _P), sep)
        if c.maybe(0.6):
            d((c.mobile(), "PHONE"))
        else:
            d(c.pick(["請假", "代班", "支援"]))
        d("\n")
    d(f"隊員保險已於{c.event_date()}投保（保單號碼{c.receipt()}），隊員身分證號請以紙本繳交。")


def _watch_request(c: _Ctx, d: _Doc) -> None:
    who = c.person("any")
    d(f"{c.pick(_VILLAGES)}辦公處 路燈/監視器報修申請\n申請人：", (who, _P))
    if c.maybe(0.5):
        d("（身分證：", (c.twid(), "TW_NATIONAL_ID"), "）")
    d("\n地址：", (c.address(), "ADDRESS"))
    d("\n電話：", (c.phone(), "PHONE"))
    if c.maybe(0.3):
        d("\n電子信箱：", (c.email(), "EMAIL"))
    d(
        f"\n報修項目：{c.pick(['路燈不亮', '監視器鏡頭歪斜', '反射鏡破損', '路面坑洞'])}，位"
        f"置：{c.pick(_ROADS)}與{c.pick(_ROADS)}口"
    )


def _watch_neg(c: _Ctx, d: _Doc) -> None:
    village = c.pick(_VILLAGES)
    r = c.rint(0, 2)
    if r == 0:
        d(
            f"{village}守望相助隊{c.rint(112, 114)}年{c.rint(1, 12)}月份勤務統計：出"
            f"勤{c.rint(20, 62)}班次，"
            f"通報{c.pick(['路燈故障', '可疑人士', '違規停車', '流浪犬'])}等事件{c.rint(1, 12)}件。"
            f"依{c.docno()}函，"
            f"補助裝備費新臺幣{c.amount()}元，購"
            f"置{c.pick(['反光背心', '手電筒', '安全帽', '無線電'])}。"
        )
    elif r == 1:
        d(
            f"{village}里民大會：{c.event_date()}晚上7點於{village}活動中心舉行，"
            f"議程：一、{c.pick(_SUR_TOPICS)}講座籌備；二、{c.pick(_ROADS)}"
            f"{c.pick(['路燈', '側溝', '人行道'])}改善案；"
            f"三、{c.pick(_SHOPS)}前違停問題。請里民踴躍出席。"
        )
    else:
        d(
            f"巡守隊經費核銷：{c.pick(_SHOPS)}收據{c.receipt()}，金額{c.rint(200, 9000)}元；"
            f"{c.pick(_COMPANIES)}（統一編號{c.ban()}）發票{c.receipt()}，金額{c.amount()}元。"
            f"核銷依{c.pick(_STATUTES['watch'])}辦理。"
        )


_GENRES: list[tuple[list[Template], Template]] = [
    ([_fraud_form, _fraud_log, _fraud_speech, _fraud_table, _fraud_post], _fraud_neg),
    ([_hosp_log, _hosp_speech, _hosp_form, _hosp_list, _hosp_email], _hosp_neg),
    ([_lib_overdue, _lib_ill, _lib_mail, _lib_table, _lib_speech], _lib_neg),
    ([_park_letter, _park_log, _park_speech, _park_list], _park_neg),
    ([_dorm_record, _dorm_table, _dorm_speech, _dorm_notes], _dorm_neg),
    ([_watch_log, _watch_notes, _watch_roster, _watch_request], _watch_neg),
]


def generate_heldout32(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    rng = random.Random(seed)
    known = _build_known(rng, max(60, n // 2))
    ctx = _Ctx(rng, known)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        positives, neg_template = rng.choice(_GENRES)
        for _attempt in range(100):
            doc = _Doc()
            template = neg_template if negative else rng.choice(positives)
            template(ctx, doc)
            text = doc.text
            if not _unsafe(_masked(text, doc.spans), negative):
                break
        else:  # pragma: no cover - never observed
            raise RuntimeError("could not build a clean sample")
        flags = [text[s:e] in ctx.known_set for s, e, label in doc.spans if label == _P]
        samples.append(Sample(text, list(doc.spans), negative, flags))
    corpus = "\n".join(s.text for s in samples)
    names = [name for kind in _KINDS for name in known[kind]]
    extra = 0
    while extra < max(10, len(names) // 10):
        name = _make_name(rng, rng.choices(_KINDS, _KIND_SHARE)[0])
        if name not in ctx.known_set and name not in corpus and name not in names:
            names.append(name)
            extra += 1
    rng.shuffle(names)
    return samples, names
