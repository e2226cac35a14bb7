"""Held-out set 50: synthetic Taiwanese agency free text with gold personal-data spans.

Written without looking at the scanner. Genres: environmental-protection inspections and
complaints, farmers' association membership, credit and loan records, tour-bus passenger
manifests, hospital medical-record copy requests, childcare-subsidy applications and
charity food-bank rosters. About a quarter of the samples are hard negatives holding only
public or non-personal look-alikes. Every value is synthetic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout50"]

_T = TypeVar("_T")


def _w(text: str, sep: str | None = None) -> list[str]:
    """Split a word list written as one string."""
    return text.split(sep)


# ---------------------------------------------------------------------------------------------
# Character-width helpers
# ---------------------------------------------------------------------------------------------

_ASCII_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_TO_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _ASCII_ALNUM + "-@.()+#/:"})
_DIGITS_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})
_TO_HALF = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# ---------------------------------------------------------------------------------------------
# Name material (written for this set)
# ---------------------------------------------------------------------------------------------

_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂"
    "龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒麥戚辜鄞殷龍褚賀聶孔易莫"
    "喬郝利艾岳成武孟喻向常祝寇車練葛池蒲左查耿楚闕塗費宮房穆封鄺冉桂佘冼仉繆敖藺隋"
)
_COMPOUND = (
    "歐陽", "張簡", "司徒", "諸葛", "范姜", "上官", "司馬", "東方", "皇甫", "夏侯", "公孫",
    "端木", "令狐", "慕容", "張廖", "周黃", "簡廖", "劉張", "江謝",
)  # fmt: skip

_GIVEN_M = _w(
    "志明 俊宏 家豪 建宏 宗翰 冠宇 承恩 彥廷 柏翰 宇軒 哲瑋 信宏 耀文 國華 正雄 世昌 振豪 德明 "
    "昌隆 育誠 子豪 勝雄 金水 福來 清泉 永福 榮輝 崇文 益銘 淵博 秉宏 恩碩 晉嘉 仁傑 峻豪 逸凡 "
    "睿哲 品睿 偉誠 政達 鴻文 智凱 嘉宏 立人 文雄 明德 俊傑 士豪 冠廷 柏宇 奕辰 承翰 宥辰 睿恩 "
    "宇恩 子睿 品叡 家瑋 明輝 振宇 建志 嘉偉 國棟 進財 阿福 添丁 水木 旺財 春生 坤山 炳煌 "
    "文欽 朝陽 再興 正義 俊賢 國峰 志豪 偉哲 冠霖 柏諺 翊豪 昱廷 浩宇 定遠 天佑 啟銘 正中 "
    "光耀 大鈞 順發 金龍 瑞祥 東昇 茂林 秋雄 耀輝 聰明"
)
_GIVEN_F = _w(
    "淑芬 美玲 雅婷 怡君 佳穎 欣怡 婉婷 佩珊 惠美 秀英 麗華 玉蘭 靜宜 郁婷 筱涵 詩涵 雨涵 "
    "芷晴 思妤 子晴 心怡 語彤 品妍 依婷 曉雯 月娥 素貞 碧霞 春嬌 彩鳳 慧玲 瑞琴 宛蓉 若瑜 "
    "于萱 貞儀 琇瑩 美惠 秀琴 麗娟 玉梅 淑惠 雅雯 怡萱 佳蓉 欣妤 婷婷 佩君 惠如 秀鳳 麗卿 "
    "玉珍 靜怡 郁雯 筱婷 詩婷 雨潔 芷萱 思穎 子涵 心妍 語晨 品萱 依涵 曉萍 月琴 素梅 碧雲 "
    "春美 彩霞 慧君 瑞雪 宛臻 若彤 阿滿 罔市 秀枝 金蓮 玉葉 寶珠 美雲 麗雪 淑貞 雅琪 宜蓁 "
    "沛縈 姵瑄 紫晴 苡安 芯瑜 采潔 宥蓁 以琳 恩綺"
)
_M1 = "志建俊家冠宗明文承彥柏宇哲信耀國正世振德昌育子勝金福清永榮崇益秉恩晉仁峻逸睿品偉政鴻智嘉立"
_M2 = "豪宏賢翔銘傑偉誠安廷翰軒凱霖勳輝雄源生昌華平憲隆宇綸達龍城彬斌成堯治豐義鈞維緯勇"
_F1 = "淑美雅怡佳欣婷佩惠秀麗玉靜宜郁筱詩雨芷思子心語品依曉月素碧春彩慧瑞宛若于貞琇"
_F2 = "芬華惠玲婷君萍珍如文琪涵瑜萱庭儀穎妤潔甄蓉霞娟雯嫻芳鳳蓮英貞嬌琴禎彤恩安晴妍"
_ONE_M = "偉傑強剛誠翔勳倫駿瑋弘新峰斌彬武"
_ONE_F = "靜敏芳華瑩萍雯儀蓉薇璇瑄婕娜玲"

_IND_GIVEN_HAN = _w(
    "瓦歷斯 尤幹 比令 達海 巴奈 拉荷 伊婉 沙布 馬躍 撒韻 阿洛 優勞 吉娃斯 烏杜 巴萬 達利 拉娃 "
    "古拉斯 哈尤 蘇拉 阿布 谷慕 伊苞 法拉 羅法 阿道 卡照 篤佳 巴代 蘇米 帖木 烏嘎 巴尚 撒菲"
)
_IND_FAMILY_HAN = _w(
    "諾幹 尤命 瓦旦 伊斯坦大 達給魯安 馬耀 吉瓦斯 比拉 古勒勒 撒耘 卡造 拉罕 武僅 瑪法琉 基努 "
    "打赫 馬紹 巴拉冠 杜瑪 魯凱 哈勇 伊央 那菲 達魯"
)
_IND_GIVEN_LAT = _w(
    "Walis Yukan Pilin Tahai Panay Lahok Iwan Sapud Mayaw Sayun Aro Yulaw Ciwas Utu Pawan Tali "
    "Lawa Kolas Hayu Sula Apu Kumu Ipor Falah Lofa Adaw Kacaw Tuku Badai Sumi Temu Ukah Pasang Savi"
)
_IND_FAMILY_LAT = _w(
    "Nokan Yumin Watan Istanda Takisvilainan Tanapima Ciwidian Pacidal Mulu Pasuya Tjivuluan "
    "Ljaljeqau Salizan Tanivu Kalitang Lupuh Haruq Lavalian Kalavan Tjaliljing"
)

_VN_SUR = _w("阮 陳 黎 范 黃 潘 武 鄧 裴 杜 吳 楊 胡 丁")
_VN_MID = {"F": _w("氏 玉 金 青 紅"), "M": _w("文 明 德 光 春")}
_VN_GIVEN = {
    "F": _w("蘭 香 秋 雪 梅 草 鳳 英 翠 雲 玄 芳 蓉 霜"),
    "M": _w("雄 勇 明 俊 海 南 成 德 山 興"),
}
_VN_SUR_LAT = _w("NGUYEN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO DUONG")
_VN_MID_LAT = {"F": _w("THI THI NGOC KIM THANH"), "M": _w("VAN VAN MINH DUC QUANG")}
_VN_GIVEN_LAT = {
    "F": _w("LAN HUONG THU MAI HOA NGA LINH TRANG PHUONG HANH YEN THAO DIEP NHUNG"),
    "M": _w("HUNG DUC TUAN NAM DUNG HAI LONG SON THANH KHANH"),
}
_ID_LAT = {
    "F": _w(
        "Siti Aminah|Sri Wahyuni|Nur Hidayah|Rina Susanti|Eka Putri Lestari|Indah Permatasari|"
        "Sutinah|Wartini|Suparmi|Yuliana|Dewi Anggraini|Ani Rahmawati|Tri Handayani|Marni",
        "|",
    ),
    "M": _w(
        "Agus Setiawan|Budi Santoso|Ahmad Fauzi|Wahyu Hidayat|Slamet Riyadi|Joko Susilo|"
        "Rudi Hartono|Dedi Kurniawan|Eko Prasetyo|Hendra Gunawan",
        "|",
    ),
}
_ID_HAN = {
    "F": _w("蘇蒂娜 瑪妮 絲莉 努爾 莉娜 蒂雅 安妮莎 尤莉安娜 薇蒂 蘇帕米"),
    "M": _w("阿古斯 布迪 阿瑪 瓦烏 約可 魯迪 德迪"),
}
_PH_FIRST = {
    "F": _w("Maria|Jocelyn|Rowena|Marites|Jennifer|Analyn|Lorna|Rose Ann|Mary Grace|Liza", "|"),
    "M": _w("Mark|John Paul|Jerome|Rodel|Ramil|Jayson|Noel|Arnel|Rommel", "|"),
}
_PH_LAST = _w(
    "Santos|Reyes|Cruz|Bautista|Garcia|Mendoza|Dela Cruz|Villanueva|Ramos|Castillo|Flores|Navarro",
    "|",
)
_PH_HAN = {"F": _w("瑪麗亞 羅威娜 珍妮佛 瑪莉特 潔西卡"), "M": _w("馬克 傑羅姆 羅德爾 諾埃爾")}
_TH_FIRST = {
    "F": _w("Kanya Malee Suda Siriporn Pranee Ratana Wanida Nongnuch"),
    "M": _w("Somchai Somsak Prasert Sompong Wichai Boonmee Anan Chaiwat"),
}
_TH_LAST = _w(
    "Saelim Srisuk Wongsakul Boonyarit Kaewmanee Thongdee Phromma Sukjai Intharat Chaiyasit"
)
_TH_HAN = {"F": _w("瑪莉 蘇妲 西莉朋 帕妮"), "M": _w("頌猜 頌薩 普拉瑟 汶米")}
_JP_LAST = _w("SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO")
_JP_FIRST = {"F": _w("HANAKO YUKI AYAKA MISAKI"), "M": _w("TARO KENJI HIROSHI DAISUKE")}
_KR_LAST = _w("KIM LEE PARK CHOI JUNG KANG")
_KR_FIRST = {"F": _w("MINJI SEOYEON JIWOO"), "M": _w("MINHO JUNSEO HYUNWOO")}

_ROMAN_SUR = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao lai "
    "chou su yeh chuang lu chiang ho hsiao lo kao pan chien chu"
)
_ROMAN_GIVEN = _w(
    "mei ling wei chih hao ting yi hsuan ya chun hui chia yu jen kai ming wen hsin an pei"
)
_MAIL_DOMAINS = _w(
    "gmail.com yahoo.com.tw hotmail.com outlook.com msa.hinet.net ms12.hinet.net pchome.com.tw "
    "icloud.com livemail.tw seed.net.tw kimo.com yahoo.com"
)

# ---------------------------------------------------------------------------------------------
# Place material
# ---------------------------------------------------------------------------------------------

_COUNTIES: dict[str, tuple[tuple[int, int], list[str]]] = {
    "臺北市": (
        (100, 116),
        _w("中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區"),
    ),
    "新北市": (
        (207, 253),
        _w(
            "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 "
            "蘆洲區 汐止區 樹林區 淡水區 三峽區 林口區"
        ),
    ),
    "桃園市": (
        (320, 338),
        _w("桃園區 中壢區 平鎮區 八德區 楊梅區 蘆竹區 龜山區 大園區 觀音區 新屋區 龍潭區 大溪區"),
    ),
    "臺中市": (
        (400, 439),
        _w("西屯區 北屯區 南屯區 豐原區 大里區 太平區 沙鹿區 清水區 大甲區 霧峰區 烏日區 潭子區"),
    ),
    "臺南市": (
        (700, 745),
        _w("東區 北區 安平區 永康區 新營區 善化區 麻豆區 佳里區 歸仁區 仁德區 安南區"),
    ),
    "高雄市": (
        (800, 852),
        _w("苓雅區 三民區 左營區 鳳山區 前鎮區 小港區 楠梓區 岡山區 旗山區 美濃區 路竹區"),
    ),
    "基隆市": ((200, 206), _w("仁愛區 信義區 中正區 七堵區 安樂區")),
    "新竹市": ((300, 300), _w("東區 北區 香山區")),
    "嘉義市": ((600, 600), _w("東區 西區")),
    "新竹縣": ((302, 315), _w("竹北市 竹東鎮 湖口鄉 新埔鎮 關西鎮 芎林鄉")),
    "苗栗縣": ((350, 369), _w("苗栗市 頭份市 竹南鎮 苑裡鎮 通霄鎮 公館鄉 銅鑼鄉")),
    "彰化縣": (
        (500, 530),
        _w("彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮 北斗鎮 田尾鄉 芳苑鄉 二林鎮 埔心鄉"),
    ),
    "南投縣": ((540, 558), _w("南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 魚池鄉 信義鄉 仁愛鄉")),
    "雲林縣": ((630, 655), _w("斗六市 虎尾鎮 西螺鎮 北港鎮 土庫鎮 元長鄉 麥寮鄉 口湖鄉")),
    "嘉義縣": ((602, 625), _w("太保市 朴子市 民雄鄉 大林鎮 竹崎鄉 水上鄉 布袋鎮 阿里山鄉")),
    "屏東縣": ((900, 947), _w("屏東市 潮州鎮 東港鎮 恆春鎮 萬丹鄉 內埔鄉 枋寮鄉 三地門鄉 牡丹鄉")),
    "宜蘭縣": ((260, 272), _w("宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 冬山鄉 五結鄉 南澳鄉")),
    "花蓮縣": ((970, 983), _w("花蓮市 吉安鄉 壽豐鄉 鳳林鎮 玉里鎮 光復鄉 秀林鄉 萬榮鄉")),
    "臺東縣": ((950, 966), _w("臺東市 成功鎮 關山鎮 池上鄉 鹿野鄉 太麻里鄉 蘭嶼鄉 達仁鄉")),
    "澎湖縣": ((880, 885), _w("馬公市 湖西鄉 白沙鄉 西嶼鄉")),
    "金門縣": ((890, 894), _w("金城鎮 金湖鎮 金沙鎮 金寧鄉")),
    "連江縣": ((209, 212), _w("南竿鄉 北竿鄉")),
}
_ROADS = _w(
    "中山路 中正路 民生路 民權路 民族路 復興路 建國路 "
    "和平東路 忠孝東路 仁愛路 信義路 光復路 自強路 "
    "成功路 文化路 中華路 大同路 三民路 五福路 永安街 "
    "公園路 博愛街 新生路 環河路 府前路 站前路 育英街 "
    "崇德路 長春路 延平路 北門街 水源路 健康路 海埔路 "
    "忠義街 福德街 興隆路 德興街 中興路 光明路 勝利路 "
    "青年路 和平路 永福路"
)
_CITY_ROADS = {
    "臺北市": _w("忠孝東路 和平東路 南京東路 林森北路 重慶南路 羅斯福路 基隆路 敦化南路"),
    "臺中市": _w("臺灣大道 文心路 五權路 英才路"),
    "彰化縣": _w("員林大道 彰鹿路 中山路"),
    "高雄市": _w("九如一路 中華五路 博愛二路"),
}
_VILLAGES = _w(
    "中興 福興 新興 永安 和平 仁愛 大同 光明 長安 東興 "
    "西勢 南勢 北勢 頂寮 下寮 崙仔 竹圍 新厝 後壁 山腳"
)
_SECTIONS = ("一段", "二段", "三段", "四段", "1段", "2段", "3段")
_CN_DIGITS = "〇一二三四五六七八九"

# ---------------------------------------------------------------------------------------------
# Non-personal look-alike material
# ---------------------------------------------------------------------------------------------

_COMPANIES = _w(
    "長榮環保科技股份有限公司 順益紙業股份有限公司 大樹遊覽車客運股份有限公司 永福旅行社有限公司 "
    "金豐化工股份有限公司 台灣聯合製罐股份有限公司 新生砂石有限公司 協興金屬工業股份有限公司 "
    "東南旅行社股份有限公司 日月光遊覽車有限公司 信安醫療器材股份有限公司 全聯實業股份有限公司 "
    "德昌營造有限公司 嘉農生技股份有限公司 福懋食品企業社"
)
_SHOPS = _w(
    "王記豆花 陳家蚵仔煎 林記米粉湯 黃家肉圓 李家豬血糕 "
    "張媽媽麵館 阿美熱炒 吳家烤鴨 老鄭牛肉麵 蔡記雞排"
)
_PRODUCTS = _w(
    "林鳳營鮮乳 黑松沙士 王子麵 張君雅小妹妹點心麵 孔雀香酥脆 乖乖 維力炸醬麵 愛之味麥仔茶 "
    "金門高粱 義美小泡芙 統一肉燥麵 台糖安心豚 池上米 關廟鳳梨酥"
)
_PLACES = _w(
    "林家花園 王功漁港 陳稜路 吳鳳公園 石門水庫 高美濕地 七股鹽山 黃厝漁港 蔡厝社區活動中心 "
    "觀音工業區 大發工業區 彰濱工業區 鹿港老街 田尾公路花園 清水服務區 日月潭 九族文化村 阿里山 "
    "墾丁大街 太魯閣 羅東夜市 駁二藝術特區 旗津渡輪站 江翠國中 林口長庚 何厝國小"
)
_SURNAME_WORDS = _w(
    "陳情 林業 黃昏 王牌 張貼 許可 鄭重 洪水 曾經 周邊 高溫 林地 黃金 江湖 何況 方式 石材 白米 "
    "金額 游泳池 溫度 施工 施肥 簡易 簡章 甘藍 古厝 康復 馬路 童玩 車輛 文件 安全 成本 連續 紀錄 "
    "湯圓 管理 包裝 雷雨 夏季 藍色 葉菜 卓越 程序 蘇打 "
    "楊桃 柳丁 龍眼 甘蔗 田埂 常溫 易碎 房屋 左側 "
    "向日葵 祝福 杜絕 邵族 宋體 孔道 吳郭魚 呂宋島 蔣公路"
)
_SURNAME_SENTENCES = (
    "陳情案件較上月增加，請各區加強巡查。",
    "林業用地違規堆置廢棄物，已移請主管機關處理。",
    "黃昏市場周邊油煙改善情形良好。",
    "許可證展延請於期限前申請。",
    "高溫期間請注意施工人員安全。",
    "連續假期期間暫停受理臨櫃申請。",
    "洪水期間請注意農田排水。",
    "白米、甘藍、柳丁等農產品價格持平。",
    "曾經申請者免重複送件。",
    "何時撥款將另行公告。",
    "簡章請至本會網站下載。",
    "金額以核定公文為準。",
    "周邊道路施工，車輛請改道行駛。",
    "石材業者應設置防塵網並定時灑水。",
    "吳郭魚養殖池排水請依規定處理。",
    "游泳池水質抽驗結果合格。",
    "楊桃、龍眼、甘蔗產銷班會議延期舉行。",
    "溫度超過攝氏36度時暫停戶外活動。",
    "包裝材質應可回收再利用。",
    "程序完備後始得核撥。",
    "紀錄表請保存五年。",
    "常溫保存，易碎物品請小心搬運。",
    "向日葵花海開放參觀至月底。",
    "藍色回收桶請勿放置廚餘。",
    "康復之家物資已送達。",
    "夏季雷雨頻繁，戶外活動請留意天氣。",
    "湯圓、蘇打餅乾列入本期發放品項。",
    "葉菜類受颱風影響價格上漲。",
    "馬路邊違規燃燒稻草者將依法告發。",
    "方式及應備文件詳如附件。",
    "江湖傳言補助將取消，並非事實。",
    "古厝修繕補助受理至年底。",
)
_STATUTES = _w(
    "空氣污染防制法第32條第1項 空氣污染防制法第67條 噪音管制法第9條 噪音管制法第24條 "
    "廢棄物清理法第27條 水污染防治法第7條 醫療法第71條 醫療法第74條 個人資料保護法第6條 "
    "個人資料保護法第15條 農會法第12條 農會法第14條 發展觀光條例第27條 旅行業管理規則第53條 "
    "兒童及少年福利與權益保障法第22條 育兒津貼作業要點第3點 銀行法第12條 社會救助法第5條"
)
_DOC_ORGS = _w(
    "府授工 府環稽 環稽 北市環稽 桃環空 中市環水 南市環廢 高市環局噪 農輔 彰農 衛授家 南市社兒 "
    "高市社婦 交路 觀業 府社助 醫管 農金"
)

# ---------------------------------------------------------------------------------------------
# Value builder
# ---------------------------------------------------------------------------------------------


@dataclass
class _V:
    """A value to place in the text: its string, its label and (for PERSON) its known flag."""

    text: str
    label: str
    known: bool = False
    sex: str = "M"
    foreign: bool = False


class _Doc:
    """Accumulates text and gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, *parts: str | _V) -> _Doc:
        for p in parts:
            if isinstance(p, _V):
                self.spans.append((self.size, self.size + len(p.text), p.label))
                if p.label == "PERSON":
                    self.known.append(p.known)
                s = p.text
            else:
                s = p
            self.parts.append(s)
            self.size += len(s)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def _cn_num(n: int) -> str:
    """1..99 in Chinese numerals as written in dates (十二, 二十, 七十五)."""
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out = ("" if tens == 1 else _CN_DIGITS[tens]) + "十"
    if ones or not tens:
        out += _CN_DIGITS[ones]
    return out


class _Gen:
    """Random value factory bound to one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.known_set: set[str] = set()
        self.known_by_cat: dict[str, list[tuple[str, str]]] = {"local": [], "foreign": []}
        self.nat_of: dict[str, str] = {}

    # -- small helpers -------------------------------------------------------------------------
    def c(self, seq: Sequence[_T]) -> _T:
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def num(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def fw(self, s: str, prob: float = 0.125) -> str:
        return s.translate(_TO_FULL) if self.p(prob) else s

    def fwd(self, s: str, prob: float = 0.125) -> str:
        return s.translate(_DIGITS_FULL) if self.p(prob) else s

    # -- names ---------------------------------------------------------------------------------
    def _han(self, sex: str, surname: str | None = None) -> str:
        rng = self.rng
        if surname is None:
            surname = rng.choice(_COMPOUND) if rng.random() < 0.07 else rng.choice(_SURNAMES)
        r = rng.random()
        if r < 0.45:
            given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
        elif r < 0.9:
            a, b = (_M1, _M2) if sex == "M" else (_F1, _F2)
            given = rng.choice(a) + rng.choice(b)
            while given[0] == given[1]:
                given = rng.choice(a) + rng.choice(b)
        else:
            given = rng.choice(_ONE_M if sex == "M" else _ONE_F)
        return surname + given

    def _fresh(self, kind: str) -> tuple[str, str, str]:
        """A new (name, sex, category) of ``kind``."""
        rng = self.rng
        sex = rng.choice("MF")
        if kind == "any":
            kind = rng.choices(["local", "foreign"], [0.8, 0.2])[0]
        if kind == "local":
            r = rng.random()
            if r < 0.84:
                return self._han(sex), sex, "local"
            if r < 0.91:
                h, w = rng.sample(_SURNAMES, 2)
                return h + w + rng.choice(_GIVEN_F), "F", "local"
            if r < 0.96:
                sep = rng.choice(("‧", "‧", "·"))
                return rng.choice(_IND_GIVEN_HAN) + sep + rng.choice(_IND_FAMILY_HAN), sex, "local"
            return rng.choice(_IND_GIVEN_LAT) + " " + rng.choice(_IND_FAMILY_LAT), sex, "local"
        if kind == "tourist" and rng.random() < 0.35:
            if rng.random() < 0.6:
                name = rng.choice(_JP_LAST) + " " + rng.choice(_JP_FIRST[sex])
                self.nat_of.setdefault(name, "JP")
                return name, sex, "foreign"
            name = rng.choice(_KR_LAST) + " " + rng.choice(_KR_FIRST[sex])
            self.nat_of.setdefault(name, "KR")
            return name, sex, "foreign"
        nat = rng.choices(["VN", "ID", "PH", "TH"], [0.4, 0.3, 0.18, 0.12])[0]
        latin = rng.random() < 0.5
        if nat == "VN":
            if latin:
                name = " ".join(
                    (
                        rng.choice(_VN_SUR_LAT),
                        rng.choice(_VN_MID_LAT[sex]),
                        rng.choice(_VN_GIVEN_LAT[sex]),
                    )
                )
                if rng.random() < 0.3:
                    name = name.title()
            else:
                name = rng.choice(_VN_SUR) + rng.choice(_VN_MID[sex]) + rng.choice(_VN_GIVEN[sex])
                if rng.random() < 0.4:
                    name += rng.choice(_VN_GIVEN[sex])
        elif nat == "ID":
            name = rng.choice(_ID_LAT[sex]) if latin else rng.choice(_ID_HAN[sex])
            if not latin and rng.random() < 0.5:
                name += rng.choice(("‧", "·")) + rng.choice(_ID_HAN[rng.choice("MF")])
        elif nat == "PH":
            if latin:
                name = rng.choice(_PH_FIRST[sex]) + " " + rng.choice(_PH_LAST)
                if rng.random() < 0.3:
                    name = name.upper()
            else:
                name = (
                    rng.choice(_PH_HAN[sex]) + "‧" + rng.choice(_w("桑托斯 雷耶斯 克魯茲 加西亞"))
                )
        else:
            if latin:
                name = rng.choice(_TH_FIRST[sex]) + " " + rng.choice(_TH_LAST)
            else:
                name = rng.choice(_TH_HAN[sex]) + "‧" + rng.choice(_w("賽林 希蘇 通迪 汶雅立"))
        self.nat_of.setdefault(name, nat)
        return name, sex, "foreign"

    def build_known(self, size: int) -> list[str]:
        names: list[str] = []
        while len(names) < size:
            name, sex, cat = self._fresh("any")
            if name in self.known_set:
                continue
            self.known_set.add(name)
            names.append(name)
            # about a quarter of the list is never mentioned
            if self.rng.random() < 0.75:
                self.known_by_cat[cat].append((name, sex))
        self.rng.shuffle(names)
        return names

    def person(self, kind: str = "any", sex: str | None = None) -> _V:
        cats = (
            ("foreign",)
            if kind in ("foreign", "tourist")
            else ("local",)
            if kind == "local"
            else ("local", "foreign")
        )
        if self.p(0.5):
            pool = [(n, s, c) for c in cats for n, s in self.known_by_cat[c]]
            if sex:
                pool = [x for x in pool if x[1] == sex] or pool
            if pool:
                name, s, c = self.c(pool)
                return _V(name, "PERSON", True, s, c == "foreign")
        while True:
            name, s, c = self._fresh(kind)
            if sex and s != sex:
                continue
            if name not in self.known_set:
                return _V(name, "PERSON", False, s, c == "foreign")

    def child_of(self, parent: _V) -> _V:
        """A child, usually with the parent's (Han) surname."""
        sex = self.c("MF")
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", parent.text) and self.p(0.8):
            sur = next((c for c in _COMPOUND if parent.text.startswith(c)), parent.text[0])
            name = self._han(sex, sur)
            if name in self.known_set:
                return _V(name, "PERSON", True, sex)
            return _V(name, "PERSON", False, sex)
        return self.person("local", sex)

    def hon(self, v: _V) -> str:
        if v.sex == "M":
            return self.c(("先生", "先生", "君"))
        return self.c(("小姐", "女士", "女士", "君"))

    # -- identifiers ---------------------------------------------------------------------------
    def _letter(self) -> str:
        return self.c("AAAABBCDEFFFFGHHHIJKLMNOPQRSTTUVWXZ")

    def twid_raw(self, sex: str | None = None) -> str:
        letter = self._letter()
        head = ("1" if sex == "M" else "2" if sex == "F" else self.c("12")) + self.num(7)
        return letter + head + id_check_digit(letter, head)

    def twid(self, sex: str | None = None) -> _V:
        v = self.twid_raw(sex)
        r = self.rng.random()
        if r < 0.03:
            v = v.lower()
        elif r < 0.05:
            v = " ".join(v)
        return _V(self.fw(v), "TW_NATIONAL_ID")

    def arc(self) -> _V:
        letter = self._letter()
        if self.p(0.65):
            head = self.c("89") + self.num(7)
            v = letter + head + id_check_digit(letter, head)
        else:
            second = self.c("ABCD")
            tail7 = self.num(7)
            v = (
                letter
                + second
                + tail7
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            )
        assert arc.is_valid(v)
        return _V(self.fw(v), "TW_RESIDENT_CERT")

    def mobile_raw(self) -> str:
        while True:
            n = "09" + self.num(8)
            if phone.is_mobile(n):
                return n

    def mobile(self) -> _V:
        n = self.mobile_raw()
        a, b, c = n[:4], n[4:7], n[7:]
        style = self.c(
            (
                n,
                n,
                f"{a}-{b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}-{b}{c}",
                f"{a} {b} {c}",
                f"{a}{b}-{c}",
                f"+886-{n[1:4]}-{b}-{c}",
                f"+886 {n[1:4]} {b} {c}",
                f"+886{n[1:]}",
                f"886-{n[1:]}",
                f"({a}){b}-{c}",
                f"{a}.{b}.{c}",
                f"{a} {b}{c}",
            )
        )
        return _V(self.fw(style), "PHONE")

    def landline(self) -> _V:
        areas = (
            ("02", 8, "235678"),
            ("03", 7, "34589"),
            ("037", 6, "2345"),
            ("04", 8, "2"),
            ("04", 7, "78"),
            ("049", 7, "2"),
            ("05", 7, "2357"),
            ("06", 7, "25"),
            ("07", 7, "3578"),
            ("08", 7, "7"),
            ("089", 6, "3"),
            ("082", 6, "3"),
            ("0836", 5, "2"),
        )
        while True:
            area, k, first = self.c(areas)
            local = self.c(first) + self.num(k - 1)
            if phone.is_valid(area + local) or (
                area in ("06", "08", "089") and phone.is_plausible(area + local)
            ):
                break
        h = len(local) - 4
        loc = self.c((f"{local[:h]}-{local[h:]}", local, f"{local[:h]} {local[h:]}"))
        style = self.c(
            (
                f"({area}){loc}",
                f"{area}-{loc}",
                f"{area}-{loc}",
                f"{area} {loc}",
                f"（{area}）{loc}",
                f"+886-{area[1:]}-{loc}",
                area + local,
            )
        )
        if self.p(0.25):
            ext = self.num(self.c((2, 3, 3, 4)))
            style += self.c(("#", " #", "分機", " 分機", "轉", " ext.", " ext. ", "-分機")) + ext
            if style.endswith("-分機" + ext):
                style = style.replace("-分機", " 分機")
        return _V(self.fw(style), "PHONE")

    def phone(self) -> _V:
        return self.mobile() if self.p(0.68) else self.landline()

    def email(self) -> _V:
        rng = self.rng
        sur, giv = rng.choice(_ROMAN_SUR), rng.choice(_ROMAN_GIVEN) + rng.choice(_ROMAN_GIVEN)
        local = self.c(
            (
                f"{sur}{giv}",
                f"{giv}.{sur}",
                f"{sur}_{giv}",
                f"{sur}{giv}{self.num(2)}",
                f"{giv}{self.num(4)}",
                f"{sur}.{giv}{self.num(3)}",
                f"{giv[:3]}{sur}{self.num(2)}",
            )
        )
        if self.p(0.15):
            local = local.capitalize()
        return _V(self.fw(f"{local}@{rng.choice(_MAIL_DOMAINS)}", 0.08), "EMAIL")

    def address(self, county: str | None = None) -> _V:
        rng = self.rng
        county = county or rng.choice(list(_COUNTIES))
        (zlo, zhi), towns = _COUNTIES[county]
        town = rng.choice(towns)
        shown = county.replace("臺", "台") if county.startswith("臺") and self.p(0.35) else county
        out = ""
        if self.p(0.3):
            zipc = str(rng.randint(zlo, zhi))
            if self.p(0.3):
                zipc += self.num(2)
            out = zipc + self.c(("", "", " "))
        out += shown + town
        rural = town.endswith("鄉") or self.p(0.15)
        if rural or self.p(0.25):
            out += rng.choice(_VILLAGES) + ("村" if town.endswith("鄉") else "里")
            if self.p(0.6):
                out += f"{rng.randint(1, 30)}鄰"
        if rural and self.p(0.25):
            out += f"{rng.randint(1, 250)}號"
        else:
            road = rng.choice(_CITY_ROADS.get(county, _ROADS) if self.p(0.5) else _ROADS)
            out += road
            if road.endswith("路") and self.p(0.4):
                out += rng.choice(_SECTIONS)
            if self.p(0.35):
                out += f"{rng.randint(1, 600)}巷"
                if self.p(0.35):
                    out += f"{rng.randint(1, 40)}弄"
            out += f"{rng.randint(1, 400)}"
            if self.p(0.12):
                out += f"之{rng.randint(1, 9)}"
            out += "號"
            if self.p(0.45):
                fl = rng.randint(2, 18)
                out += self.c(
                    (
                        f"{fl}樓",
                        f"{fl}樓",
                        f"{_cn_num(fl)}樓",
                        f"{fl}F",
                        f"{fl}樓之{rng.randint(1, 6)}",
                    )
                )
        return _V(self.fwd(out), "ADDRESS")

    def nhi(self) -> _V:
        n = ("0000" + self.num(8)) if self.p(0.7) else self.c("123456789") + self.num(11)
        style = self.c((n, n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"))
        return _V(self.fw(style), "TW_NHI_CARD")

    def passport(self, nat: str = "TW") -> _V:
        if nat == "TW":
            v = self.c("33332") + self.num(8)
        elif nat == "VN":
            v = self.c("CCNPB") + self.num(7)
        elif nat == "ID":
            v = self.c("ABCE") + self.num(7)
        elif nat == "PH":
            v = (
                "P" + self.num(7) + self.c("ABC")
                if self.p(0.6)
                else "E" + self.c("BC") + self.num(7)
            )
        elif nat == "TH":
            v = "A" + self.c("ABC") + self.num(7)
        elif nat == "JP":
            v = self.c(("TK", "TR", "MZ", "TZ")) + self.num(7)
        elif nat == "KR":
            v = "M" + self.num(8)
        else:  # MY
            v = self.c("AH") + self.num(8)
        return _V(self.fw(v, 0.08), "PASSPORT")

    def card_raw(self) -> str:
        kind = self.c(
            ("visa", "visa", "visa", "master", "master", "jcb", "jcb", "amex", "union", "diners")
        )
        if kind == "visa":
            body, length = "4" + self.num(5), 16
        elif kind == "master":
            body, length = self.c(("51", "52", "53", "54", "55", "2221", "2720")) + self.num(3), 16
        elif kind == "jcb":
            body, length = "35" + str(self.rng.randint(28, 89)) + self.num(2), 16
        elif kind == "amex":
            body, length = self.c(("34", "37")) + self.num(4), 15
        elif kind == "union":
            body, length = "62" + self.num(4), 16
        else:
            body, length = "36" + self.num(4), 14
        body += self.num(length - len(body) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                return body + d
        raise AssertionError("unreachable")

    def card(self) -> _V:
        n = self.card_raw()
        if len(n) in (14, 15):
            groups = [n[:4], n[4:10], n[10:]]
        else:
            groups = [n[i : i + 4] for i in range(0, 16, 4)]
        style = self.c((" ".join(groups), " ".join(groups), "-".join(groups), n))
        return _V(self.fw(style), "CREDIT_CARD")

    def birth(self, lo: int = 1935, hi: int = 2005, west: float = 0.2) -> _V:
        rng = self.rng
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
        if m != 2 and self.p(0.1):
            d = rng.randint(29, 30)
        if self.p(west):
            mon = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
            s = self.c(
                (
                    f"{y}-{m:02d}-{d:02d}",
                    f"{y}/{m}/{d}",
                    f"{y}/{m:02d}/{d:02d}",
                    f"{y}.{m:02d}.{d:02d}",
                    f"{y}年{m}月{d}日",
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d:02d} {mon} {y}",
                    f"{d} {mon.title()} {y}",
                )
            )
        else:
            r = y - 1911
            s = self.c(
                (
                    f"民國{r}年{m}月{d}日",
                    f"{r}年{m}月{d}日",
                    f"{r}年{m}月{d}日",
                    f"{r}.{m:02d}.{d:02d}",
                    f"{r}/{m:02d}/{d:02d}",
                    f"{r:03d}/{m:02d}/{d:02d}",
                    f"{r:03d}{m:02d}{d:02d}",
                    f"民國{_cn_num(r)}年{_cn_num(m)}月{_cn_num(d)}日"
                    if r < 100
                    else f"民國{r}年{m}月{d}日",
                    f"{r}.{m}.{d}",
                    f"{r}年{m:02d}月{d:02d}日",
                )
            )
        return _V(self.fwd(s), "BIRTH_DATE")

    def child_birth(self) -> _V:
        return self.birth(2019, 2024, 0.15)

    # -- non-personal look-alikes -------------------------------------------------------------
    def date(self, roc_only: bool = False) -> str:
        y, m, d = self.c((112, 113, 113, 114)), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if roc_only:
            return f"{y}年{m}月{d}日"
        return self.c(
            (
                f"{y}年{m}月{d}日",
                f"{y}年{m}月{d}日",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m}.{d}",
                f"{y}{m:02d}{d:02d}",
                f"{y + 1911}-{m:02d}-{d:02d}",
                f"{y + 1911}/{m}/{d}",
            )
        )

    def time(self) -> str:
        h, mi = self.rng.randint(7, 22), self.rng.randint(0, 59)
        return self.c((f"{h:02d}:{mi:02d}", f"{h}時{mi}分", f"{h}:{mi:02d}"))

    def doc_no(self) -> str:
        y = self.c((112, 113, 114))
        return f"{self.c(_DOC_ORGS)}字第{y}{self.num(7)}號"

    def case_no(self) -> str:
        y = self.c((112, 113, 114))
        return self.c(
            (
                f"{y}{self.num(7)}",
                f"EP{y}-{self.num(4)}-{self.num(3)}",
                f"{y}-環-{self.num(5)}",
                f"R{y}{self.num(4)}-{self.num(4)}",
                f"第{y}{self.num(5)}號",
                f"{y}A{self.num(6)}",
                f"L{y}{self.num(2)}-{self.num(3)}",
                f"{y}{self.num(9)}",
            )
        )

    def ban(self) -> str:
        while True:
            n = self.num(8)
            if ban.is_valid(n):
                return n

    def amount(self) -> str:
        rng = self.rng
        return self.c(
            (
                f"新臺幣{rng.randint(1, 99)}萬{rng.randint(1, 9)},000元",
                f"新臺幣{rng.randint(1, 999):,}元",
                f"NT${rng.randint(100, 99999):,}",
                f"{rng.randint(1, 500) * 100:,}元",
                f"{rng.randint(2, 80)}萬元",
                f"新台幣{rng.randint(1000, 9999999):,}元整",
            )
        )

    def bad_id(self) -> str:
        """A letter and nine digits that is neither a valid ID nor a resident certificate."""
        while True:
            v = self._letter() + self.c("12") + self.num(8)
            if not twid.is_valid(v) and not arc.is_valid(v):
                return v


# ---------------------------------------------------------------------------------------------
# Phrase material
# ---------------------------------------------------------------------------------------------

_ISSUES = {
    "噪音": [
        "隔壁鐵皮工廠夜間機台運轉聲很大，吵到無法入睡",
        "附近卡拉OK每晚唱到凌晨一點",
        "工地清晨五點就開始打樁",
        "樓下商家冷氣室外機運轉噪音持續整夜",
        "廟會陣頭鞭炮聲持續到深夜",
    ],
    "異味": [
        "附近養豬場飄出臭味，連日無法開窗",
        "工業區傍晚有刺鼻塑膠味",
        "隔壁餐廳油煙直接排到後巷",
        "堆肥場發出酸臭味",
        "夜間聞到類似溶劑的化學味",
    ],
    "露天燃燒": [
        "田裡有人焚燒稻草，煙霧瀰漫",
        "空地有人燒廢棄物，黑煙很嗆",
        "果園燃燒修剪下來的枝葉",
        "河堤邊有人燒垃圾",
        "鄰田每天傍晚燃燒甘蔗葉",
    ],
    "粉塵": ["砂石車進出揚塵嚴重", "工地未灑水，粉塵飄進屋內", "鐵工廠噴砂作業粉塵外逸"],
    "廢水": ["水溝排出有顏色的廢水", "工廠半夜偷排廢水到灌溉渠道", "洗車場廢水流到馬路"],
}
_ACTIONS = (
    "已派員前往稽查",
    "已轉請清潔隊協處",
    "現場未發現異狀，將持續巡查",
    "已告發並限期改善",
    "已請陳情人提供錄影佐證",
    "已通知業者於7日內改善",
    "列入夜間專案稽查",
)
_RELATIONS = ("本人", "配偶", "子", "女", "父", "母", "兄", "姊", "孫", "法定代理人")
_PURPOSES = ("保險理賠", "轉院就醫", "申請身心障礙鑑定", "勞保失能給付", "個人留存", "訴訟使用")
_ITEMS = (
    "白米2包", "沙拉油1瓶", "罐頭6罐", "麵條1箱", "奶粉2罐", "衛生紙1串", "醬油1瓶", "米粉3包",
    "餅乾1盒", "洗衣粉1包", "燕麥片2包", "鮮乳2瓶",
)  # fmt: skip
_TOURS = (
    "阿里山二日遊",
    "花東縱谷三日遊",
    "日月潭一日遊",
    "墾丁三日遊",
    "金門戰地二日遊",
    "太魯閣一日遊",
)


def _join_items(g: _Gen) -> str:
    return "、".join(g.rng.sample(_ITEMS, g.rng.randint(1, 4)))


# ---------------------------------------------------------------------------------------------
# Positive templates
# ---------------------------------------------------------------------------------------------


def _env_form(g: _Gen, d: _Doc) -> None:
    kind = g.c(list(_ISSUES))
    p = g.person("local")
    d.add(g.c(("公害陳情案件受理單", "環保陳情紀錄表", "【陳情案件登記】")), "\n")
    d.add(f"案號：{g.case_no()}\n受理日期：{g.date()} {g.time()}\n")
    d.add(g.c(("陳情人：", "陳情人姓名：", "姓名：")), p, "\n")
    if g.p(0.8):
        d.add(g.c(("聯絡電話：", "電話：", "連絡電話：")), g.phone(), "\n")
    if g.p(0.5):
        d.add(g.c(("住址：", "通訊地址：", "地址：")), g.address(), "\n")
    if g.p(0.25):
        d.add("電子信箱：", g.email(), "\n")
    d.add(f"陳情類別：{kind}\n陳情內容：{g.c(_ISSUES[kind])}。\n")
    d.add(f"處理情形：{g.c(_ACTIONS)}。")
    if g.p(0.4):
        d.add("\n承辦人：", g.person("local"))


def _env_log(g: _Gen, d: _Doc) -> None:
    kind = g.c(list(_ISSUES))
    p = g.person("local")
    lead = g.c((f"{g.date()} {g.time()} ", f"{g.time()} ", ""))
    d.add(lead, g.c(("接獲", "受理", "")), "民眾" if g.p(0.3) else "", p)
    if g.p(0.5):
        d.add(g.hon(p))
    d.add("（", g.phone(), "）")
    d.add(f"來電反映{g.c(_ISSUES[kind])}，{g.c(_ACTIONS)}。")
    if g.p(0.3):
        d.add(
            f"\n{g.time()} 稽查員回報：",
            g.c(("現場確有異味", "已勸導停止燃燒", "測得噪音超標", "未見燃燒跡象")),
            "。",
        )


def _env_speech(g: _Gen, d: _Doc) -> None:
    kind = g.c(list(_ISSUES))
    p = g.person("local")
    d.add(g.c(("來電逐字紀錄：", "民眾來電（錄音轉譯）：", "電話紀錄：")), "\n")
    d.add("「喂，我要檢舉啦，我叫", p, "，住在", g.address(), "，")
    d.add(f"{g.c(_ISSUES[kind])}，已經好幾天了。")
    if g.p(0.7):
        d.add("你們來之前先打給我，我電話", g.phone(), "。")
    d.add("」\n")
    d.add(f"值機人員回覆：已受理，{g.c(_ACTIONS)}。")


def _env_penalty(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add(
        g.c(
            ("臺中市政府環境保護局", "桃園市政府環境保護局", "彰化縣環境保護局", "屏東縣環境保護局")
        )
    )
    d.add(" 裁處書\n")
    d.add(f"發文字號：{g.doc_no()}\n")
    d.add("受處分人：", p, "\n")
    if g.p(0.7):
        d.add(g.c(("出生年月日：", "出生日期：")), g.birth(), "\n")
    d.add(g.c(("身分證統一編號：", "身分證字號：", "國民身分證統一編號：")), g.twid(p.sex), "\n")
    d.add(g.c(("地址：", "住所：", "戶籍地址：")), g.address(), "\n")
    d.add(f"違反法條：{g.c(_STATUTES[:5])}\n")
    d.add(f"裁處金額：{g.amount()}\n")
    d.add(f"繳款期限：{g.date()}前")


def _env_inspection(g: _Gen, d: _Doc) -> None:
    owner = g.person("local")
    d.add(f"稽查紀錄（{g.date()}）\n")
    d.add(f"稽查對象：{g.c(_COMPANIES)}（統一編號：{g.ban()}）\n")
    d.add(g.c(("負責人：", "負責人姓名：")), owner)
    if g.p(0.5):
        d.add("（身分證字號", g.twid(owner.sex), "）")
    d.add("\n")
    d.add("工廠地址：", g.address(), "\n")
    if g.p(0.6):
        mate = g.person("any")
        d.add(
            "現場陪同人員：",
            mate,
            g.c(("（廠務主管）", "（環保專責人員）", "")),
            "，電話",
            g.phone(),
            "\n",
        )
    d.add(
        "稽查結果：",
        g.c(("煙道採樣中", "廢氣處理設備未正常操作", "廢水排放口未設置採樣口", "無違規情事")),
        "。\n",
    )
    d.add("稽查人員：", g.person("local"), "、", g.person("local"))


def _env_email(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    kind = g.c(list(_ISSUES))
    d.add("寄件者：", g.email(), "\n主旨：", kind, "陳情\n\n")
    d.add("環保局您好：\n我是住在", g.address(), "的住戶，")
    d.add(f"{g.c(_ISSUES[kind])}，請派人處理，謝謝。\n")
    d.add(g.c(("", "住戶 ", "陳情人 ")), p, "\n")
    if g.p(0.6):
        d.add(g.phone())


def _env_short(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    kind = g.c(("露天燃燒", "異味", "噪音"))
    d.add(f"{g.c(_PLACES[9:20])}附近{kind}，報案人", p, " ", g.phone())


def _farm_form(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add(g.c(("OO區農會會員入會申請書", "農會會員資格申請", "會員資料異動申請表")), "\n")
    d.add("姓名：", p, "　性別：", "男" if p.sex == "M" else "女", "\n")
    d.add(g.c(("出生日期：", "出生年月日：", "生日：")), g.birth(1940, 1995, 0.1), "\n")
    d.add("身分證字號：", g.twid(p.sex), "\n")
    d.add(g.c(("戶籍地址：", "通訊地址：", "住址：")), g.address(), "\n")
    if g.p(0.6):
        d.add("住家電話：", g.landline(), "\n")
    d.add("行動電話：", g.mobile(), "\n")
    d.add(
        "農地坐落：",
        g.c(["新興段", "頂寮段", "崙仔段", "後壁段", "竹圍段"]),
        f"{g.rng.randint(1, 999)}地號\n",
    )
    if g.p(0.6):
        d.add("介紹人：", g.person("local"), f"（會員編號{g.num(6)}）")


def _farm_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", "｜", "  ", " | "))
    d.add(sep.join(("會員編號", "姓名", "身分證字號", "聯絡電話")), "\n")
    for _ in range(g.rng.randint(2, 5)):
        p = g.person("local")
        d.add(g.num(6), sep, p, sep, g.twid(p.sex), sep, g.phone(), "\n")
    d.add(f"（資料截至{g.date()}）")


def _farm_note(g: _Gen, d: _Doc) -> None:
    p, q = g.person("local"), g.person("local")
    d.add(f"{g.date()}　")
    d.add(
        "會員",
        p,
        g.c(("", g.hon(p))),
        f"來會辦理{g.c(('會員資格繼承', '地址變更', '農保加保', '老農津貼申請'))}，",
    )
    d.add(g.c(("其配偶", "其子", "其女", "代理人")), q, "同行")
    if g.p(0.5):
        d.add("，留存聯絡手機", g.mobile())
    d.add("。")
    if g.p(0.4):
        d.add("新地址：", g.address(), "。")
    if g.p(0.3):
        d.add(f"\n經辦：{g.c(('推廣股', '會務股', '保險部'))}")


def _farm_foreign_spouse(g: _Gen, d: _Doc) -> None:
    w = g.person("foreign", "F")
    h = g.person("local", "M")
    d.add(w, g.c(("（越南籍）", "（印尼籍）", "（外籍配偶）", "")), "為本會會員", h, "之配偶，")
    d.add(g.c(("居留證號", "統一證號", "外僑居留證號碼")), g.arc(), "，")
    if g.p(0.5):
        d.add("出生日期", g.birth(1975, 2000, 0.7), "，")
    d.add(f"申請參加{g.c(('新住民農業技能班', '農業保險', '家政班'))}，聯絡電話", g.phone(), "。")


def _farm_elder(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add("老農津貼申請案：", p, "，", g.birth(1930, 1960, 0.05), "生，")
    d.add("身分證", g.twid(p.sex), "，戶籍", g.address(), "。")
    d.add(f"農保年資{g.rng.randint(15, 45)}年，{g.c(('符合資格', '待補件', '送審中'))}。")


def _loan_record(g: _Gen, d: _Doc) -> None:
    p, q = g.person("local"), g.person("local")
    d.add(g.c(("授信案件摘要", "放款申請資料", "貸款審核表")), f"（案號{g.case_no()}）\n")
    d.add("借款人：", p, "　身分證字號：", g.twid(p.sex), "\n")
    if g.p(0.5):
        d.add("出生日期：", g.birth(1950, 2000), "\n")
    d.add(f"借款金額：{g.amount()}　用途：{g.c(('購置農機', '週轉金', '購屋', '修繕房屋'))}\n")
    d.add("保證人：", q, "（", g.twid(q.sex), "）\n")
    d.add("通訊地址：", g.address(), "\n聯絡電話：", g.phone())
    if g.p(0.3):
        d.add("\n電子郵件：", g.email())


def _loan_collection(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add("催收紀錄 借戶：", p, "\n")
    for _ in range(g.rng.randint(2, 4)):
        d.add(f"{g.date()} ")
        if g.p(0.6):
            d.add(g.c(("電催，手機", "撥打手機", "電催 行動")), g.mobile())
        else:
            d.add(g.c(("撥打住家", "撥打公司", "撥住宅電話")), g.landline())
        d.add(
            g.c(("未接", "，本人接聽，承諾月底前繳納", "，由家屬接聽，表示會轉告", "，空號")), "\n"
        )
    if g.p(0.5):
        d.add("寄發催告函至", g.address(), "。")


def _card_autopay(g: _Gen, d: _Doc) -> None:
    p = g.person("any")
    d.add("客戶", p, f"申請以信用卡扣繳{g.c(('貸款本息', '保費', '會費'))}，卡號", g.card())
    if g.p(0.5):
        d.add("，持卡人生日", g.birth())
    d.add(f"，有效期限{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}。")
    if g.p(0.4):
        d.add("扣款通知寄至", g.email(), "。")


def _credit_inquiry(g: _Gen, d: _Doc) -> None:
    rows = g.rng.randint(1, 3)
    d.add("聯徵查詢登記\n")
    for i in range(rows):
        p = g.person("local")
        d.add(
            f"{i + 1}. ",
            p,
            " ",
            g.twid(p.sex),
            f" 查詢理由：{g.c(('新業務申請', '原業務往來', '保證人'))}\n",
        )
    d.add("查詢人員：", g.person("local"))


def _manifest_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", "｜", "  "))
    d.add(f"遊覽車旅客名單　{g.c(_TOURS)}　出發日：{g.date()}\n")
    d.add(sep.join(("序號", "姓名", "身分證字號/護照號碼", "出生日期", "手機")), "\n")
    for i in range(g.rng.randint(3, 7)):
        if g.p(0.7):
            p = g.person("local")
            doc = g.twid(p.sex)
            b = g.birth(1940, 2015, 0.1)
        else:
            p = g.person("tourist")
            doc = g.arc() if g.p(0.3) else g.passport(g.nat_of.get(p.text, "MY"))
            b = g.birth(1950, 2010, 0.8)
        d.add(f"{i + 1}", sep, p, sep, doc, sep, b, sep)
        if g.p(0.7):
            d.add(g.mobile())
        d.add("\n")
    d.add("司機：", g.person("local"), "　車號：", f"KA{g.c('ABCDE')}-{g.num(4)}")


def _manifest_list(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.c(('旅客名冊', '參團名單', '乘客名單'))}（{g.c(_TOURS)}）：\n")
    for i in range(g.rng.randint(2, 6)):
        p = g.person("local")
        if g.p(0.25):
            d.add(f"{i + 1}. ", p, "／護照", g.passport("TW"))
        else:
            d.add(f"{i + 1}. ", p, "／", g.twid(p.sex))
        if g.p(0.5):
            d.add("／", g.birth(1945, 2015, 0.1))
        d.add("\n")
    if g.p(0.5):
        d.add("緊急聯絡人：", g.person("local"), " ", g.phone())


def _foreign_group(g: _Gen, d: _Doc) -> None:
    d.add(f"Inbound group / 入境團體 {g.c(_TOURS)}\n")
    for _ in range(g.rng.randint(2, 4)):
        p = g.person("tourist")
        d.add(
            "Name: ",
            p,
            " / Passport No.: ",
            g.passport(g.nat_of.get(p.text, "MY")),
            " / DOB: ",
            g.birth(1950, 2010, 1.0),
            "\n",
        )
    d.add("領隊：", g.person("local"), "，手機", g.mobile())


def _driver_guide(g: _Gen, d: _Doc) -> None:
    a, b = g.person("local"), g.person("local")
    d.add(f"{g.date()} {g.c(_TOURS)} 出車資料：司機", a, "（", g.phone(), "），")
    d.add(g.c(("領隊", "導遊", "隨車人員")), b, "（", g.mobile(), "）。")
    d.add(
        f"集合地點：{g.c(('台北車站東三門', '板橋火車站北二門', '台中朝馬轉運站', '高雄巨蛋站'))}。"
    )


def _booking(g: _Gen, d: _Doc) -> None:
    p = g.person("any")
    d.add("訂單備註：訂購人", p, f"，{g.c(_TOURS)}共{g.rng.randint(2, 6)}人，")
    d.add("以信用卡（", g.card(), f"）刷卡付訂金{g.amount()}，")
    d.add(g.c(("Email：", "聯絡信箱 ", "e-mail ")), g.email(), "，手機", g.mobile(), "。")


def _insurance_list(g: _Gen, d: _Doc) -> None:
    d.add("旅行平安險投保名單\n")
    for _ in range(g.rng.randint(2, 5)):
        p = g.person("any")
        if p.foreign:
            doc = g.arc() if g.p(0.5) else g.passport(g.nat_of.get(p.text, "VN"))
        else:
            doc = g.twid(p.sex)
        d.add(p, "  ", doc, "  ", g.birth(1940, 2015, 0.2), "\n")
    d.add(f"保額：{g.amount()}")


def _medrec_form(g: _Gen, d: _Doc) -> None:
    pat = g.person("any")
    rel = g.c(_RELATIONS)
    d.add(g.c(("病歷複製申請書", "病歷資料複製申請", "【病歷複印申請】")), "\n")
    d.add("病人姓名：", pat, f"　病歷號碼：{g.num(8)}\n")
    d.add("出生日期：", g.birth(1930, 2020, 0.2), "\n")
    if pat.foreign:
        d.add("居留證號：", g.arc(), "\n")
    else:
        d.add("身分證字號：", g.twid(pat.sex), "\n")
    if g.p(0.75):
        d.add(g.c(("健保卡號：", "健保IC卡號：", "健保卡卡號：")), g.nhi(), "\n")
    if rel == "本人":
        d.add("申請人：本人\n")
    else:
        app = g.person("local")
        d.add("申請人：", app, f"（與病人關係：{rel}）\n")
        d.add("申請人身分證字號：", g.twid(app.sex), "\n")
    d.add("聯絡電話：", g.phone(), "\n")
    if g.p(0.4):
        d.add("郵寄地址：", g.address(), "\n")
    d.add(f"申請用途：{g.c(_PURPOSES)}　申請日期：{g.date()}")


def _medrec_note(g: _Gen, d: _Doc) -> None:
    pat, rel = g.person("local"), g.person("local")
    who = g.c(("之女", "之子", "之配偶", "的媳婦", "之孫"))
    d.add("病人", pat, who, rel, "持委託書及雙方身分證正本申請影印")
    d.add(f"{g.date()}至{g.date()}{g.c(('門診病歷', '住院病歷摘要', '急診紀錄', '檢驗報告'))}，")
    d.add(g.c(("已收費", "已開立收據", "已告知三個工作天後領取")), "。")
    if g.p(0.6):
        d.add("病人健保卡號", g.nhi(), "。")
    if g.p(0.5):
        d.add("聯絡：", g.phone())


def _medrec_foreign(g: _Gen, d: _Doc) -> None:
    pat = g.person("foreign")
    d.add(
        "外籍病人",
        pat,
        g.c(("（印尼籍看護工）", "（越南籍）", "（菲律賓籍）", "")),
        "申請病歷複本，",
    )
    d.add("居留證號", g.arc())
    if g.p(0.6):
        d.add("，護照號碼", g.passport(g.nat_of.get(pat.text, "ID")))
    d.add("，出生日期", g.birth(1970, 2002, 0.8), "。")
    if g.p(0.4):
        d.add("健保卡號", g.nhi(), "。")
    if g.p(0.6):
        emp = g.person("local")
        d.add("由雇主", emp, "代為申請，雇主電話", g.phone(), "。")


def _medrec_reply(g: _Gen, d: _Doc) -> None:
    p = g.person("any")
    d.add(p, g.c(("您好：", " 先生/女士您好：", "君您好：")), "\n")
    d.add(
        f"您於{g.date()}申請之病歷複本已完成，",
        g.c(("將以掛號寄至", "寄送地址：")),
        g.address(),
        "。\n",
    )
    d.add("如有疑問請回信或來電。\n")
    d.add(
        g.c(("病歷室 ", "醫療事務組 ", "病歷管理課 ")), g.person("local"), g.c((" 敬上", "", " 上"))
    )
    if g.p(0.5):
        d.add("\n", g.landline())


def _medrec_log(g: _Gen, d: _Doc) -> None:
    d.add(f"病歷複製申請登記（{g.date()}）\n")
    for _ in range(g.rng.randint(2, 4)):
        p = g.person("any")
        d.add(f"- 病歷號{g.num(7)}，", p, "，", g.c(("本人申請", "家屬代申請", "保險公司委託")))
        if g.p(0.5):
            d.add("，", g.phone())
        d.add("\n")


def _child_form(g: _Gen, d: _Doc) -> None:
    par = g.person("local")
    kid = g.child_of(par)
    d.add(g.c(("育兒津貼申請書", "托育準公共化補助申請表", "育兒津貼（0-未滿5歲）申請")), "\n")
    d.add("申請人：", par, "（", g.c(("父", "母")), "）\n")
    d.add("申請人身分證統一編號：", g.twid(par.sex), "\n")
    d.add("兒童姓名：", kid, "\n兒童出生日期：", g.child_birth(), "\n")
    d.add("兒童身分證字號：", g.twid(kid.sex), "\n")
    if g.p(0.3):
        d.add("兒童健保卡號：", g.nhi(), "\n")
    d.add("戶籍地址：", g.address(), "\n聯絡電話：", g.phone(), "\n")
    if g.p(0.4):
        d.add(f"匯款帳戶：郵局 局號{g.num(7)} 帳號{g.num(7)}\n")
    if g.p(0.3):
        d.add("電子信箱：", g.email(), "\n")
    d.add(f"申請日期：{g.date()}")


def _child_log(g: _Gen, d: _Doc) -> None:
    par = g.person("local")
    kid = g.child_of(par)
    d.add(f"{g.date()} ", par, g.c(("", g.hon(par))), "來電詢問育兒津貼進度，")
    d.add(g.c(("其子", "其女", "幼兒")), kid, "（", g.child_birth(), "生）")
    d.add(
        g.c(("資料已齊全，預計下月撥款", "尚缺戶口名簿影本，已請其補件", "已核定，告知撥款日期")),
        "。",
    )
    if g.p(0.5):
        d.add("回電號碼：", g.phone())


def _child_foreign_mother(g: _Gen, d: _Doc) -> None:
    mom = g.person("foreign", "F")
    dad = g.person("local", "M")
    kid = g.child_of(dad)
    d.add("父：", dad, "（", g.twid("M"), "）\n")
    d.add("母：", mom, "（居留證號", g.arc(), "）\n")
    d.add("幼兒：", kid, "，", g.child_birth(), "出生\n")
    d.add(f"托育人員登記證號：{g.c(('北市', '新北', '桃', '中市'))}托登字第{g.num(6)}號\n")
    d.add("聯絡手機：", g.mobile())


def _child_notice(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add(p, g.c(("君：", " 先生/女士：", "您好：")), "\n")
    d.add(f"您申請之{g.c(('113年度育兒津貼', '托育補助', '育兒津貼加碼'))}業經審核通過，")
    d.add(
        f"自{g.date()}起按月撥入您指定之帳戶，",
        f"每月{g.c(('5,000', '6,000', '7,000', '8,000', '13,000'))}元。\n",
    )
    d.add("通知寄送地址：", g.address(), "\n")
    d.add(f"發文字號：{g.doc_no()}")


def _food_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", "｜", "  "))
    d.add(
        f"{g.c(('食物銀行物資發放簽收表', '愛心物資領取名冊', '實物銀行發放紀錄'))}　{g.date()}\n"
    )
    d.add(sep.join(("編號", "姓名", "電話", "地址", "品項", "簽名")), "\n")
    for i in range(g.rng.randint(2, 5)):
        p = g.person("any")
        d.add(f"{i + 1:02d}", sep, p, sep, g.phone(), sep)
        d.add(g.address() if g.p(0.7) else "（同上）", sep, _join_items(g), sep)
        d.add(_V(p.text, "PERSON", p.known, p.sex) if g.p(0.5) else "代領", "\n")


def _food_note(g: _Gen, d: _Doc) -> None:
    p, v = g.person("local"), g.person("local")
    d.add(
        f"今日發放共{g.rng.randint(12, 80)}戶。",
        p,
        g.c(("（獨居長者）", "（身障）", "（低收入戶）", "")),
    )
    d.add("住", g.address(), "，行動不便，由志工", v, "代領送達。")
    if g.p(0.5):
        d.add(f"下次發放：{g.date()}。")


def _food_list(g: _Gen, d: _Doc) -> None:
    d.add(g.c(("本週物資領取名單：\n", "待送物資：\n", "")))
    for i in range(g.rng.randint(2, 6)):
        p = g.person("any")
        d.add(f"{i + 1}. ", p, " ", g.phone(), "  ", _join_items(g), "\n")


def _food_donor(g: _Gen, d: _Doc) -> None:
    p = g.person("local")
    d.add("捐款人", p, "以信用卡", g.card(), f"捐款{g.amount()}，")
    d.add("收據寄送地址：", g.address())
    if g.p(0.5):
        d.add("，報稅用身分證字號", g.twid(p.sex))
    d.add("。")


def _food_signin(g: _Gen, d: _Doc) -> None:
    p = g.person("any")
    d.add("領取人：", p, "\n")
    if g.p(0.5):
        if p.foreign:
            d.add("居留證號：", g.arc(), "\n")
        else:
            d.add("身分證字號：", g.twid(p.sex), "\n")
    d.add(f"品項：{_join_items(g)}\n")
    d.add("簽收：", _V(p.text, "PERSON", p.known, p.sex), f"　{g.date()}")


def _one_liner(g: _Gen, d: _Doc) -> None:
    p = g.person("any")
    form = g.rng.randint(0, 5)
    if form == 0:
        d.add("請回電", p, g.hon(p), "，", g.phone())
    elif form == 1:
        d.add(p, " ", g.mobile())
    elif form == 2:
        d.add("聯絡人：", p, "／", g.phone(), "／", g.email())
    elif form == 3:
        d.add("「", p, "」", g.c(("已領取", "未到", "改期領取")))
    elif form == 4:
        d.add(p, "，", g.birth(), "生，住", g.address())
    else:
        d.add("健保卡號", g.nhi(), "（", p, "）")


_POSITIVE = (
    _env_form, _env_log, _env_speech, _env_penalty, _env_inspection, _env_email, _env_short,
    _farm_form, _farm_table, _farm_note, _farm_foreign_spouse, _farm_elder,
    _loan_record, _loan_collection, _card_autopay, _credit_inquiry,
    _manifest_table, _manifest_list, _foreign_group, _driver_guide, _booking, _insurance_list,
    _medrec_form, _medrec_note, _medrec_foreign, _medrec_reply, _medrec_log,
    _child_form, _child_log, _child_foreign_mother, _child_notice,
    _food_table, _food_note, _food_list, _food_donor, _food_signin, _one_liner,
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Hard-negative templates (public or non-personal look-alikes only)
# ---------------------------------------------------------------------------------------------


def _neg_env_notice(g: _Gen, d: _Doc) -> None:
    d.add(f"發文日期：中華民國{g.date(True)}\n發文字號：{g.doc_no()}\n")
    d.add(f"主旨：檢送本局{g.c(('113年4月份', '第2季', '上半年'))}空氣品質稽查結果，請查照。\n")
    d.add(f"說明：一、依據環境部{g.date()}{g.doc_no()}函辦理。\n")
    d.add(f"二、{g.c(_COMPANIES)}（統一編號：{g.ban()}）違反{g.c(_STATUTES[:5])}規定，")
    d.add(f"處{g.amount()}罰鍰。\n三、{g.c(_SURNAME_SENTENCES)}")


def _neg_env_measure(g: _Gen, d: _Doc) -> None:
    d.add(f"噪音測量紀錄\n測量地點：{g.c(_PLACES)}周邊{g.c(_ROADS)}與{g.c(_ROADS)}口\n")
    d.add(f"測量時間：{g.date()} {g.time()}\n")
    d.add(f"均能音量Leq {g.rng.randint(45, 85)}.{g.rng.randint(0, 9)} dB(A)，")
    d.add(f"管制標準{g.c((50, 55, 60, 65, 70))} dB(A)，{g.c(('超過', '未超過'))}管制標準。\n")
    d.add(f"儀器編號：RION NL-{g.rng.randint(20, 52)}，校正日期{g.date()}。")


def _neg_env_case(g: _Gen, d: _Doc) -> None:
    kind = g.c(list(_ISSUES))
    d.add(f"案號：{g.case_no()}　陳情類別：{kind}\n")
    d.add(f"陳情地點：{g.c(_PLACES)}附近\n")
    d.add(f"處理情形：{g.c(_ACTIONS)}，{g.c(('已結案', '持續列管', '移請建設處'))}。\n")
    d.add(f"列管期限：{g.date()}。依{g.c(_STATUTES[:5])}規定辦理。")


def _neg_farm_meeting(g: _Gen, d: _Doc) -> None:
    if g.p(0.5):
        y, m, dd = g.rng.randint(40, 80), g.rng.randint(1, 12), g.rng.randint(1, 28)
        d.add(f"本會成立於民國{y}年{m}月{dd}日，")
    d.add(f"本會訂於{g.date(True)}上午9時假本會三樓禮堂召開第{g.rng.randint(15, 21)}屆")
    d.add(f"第{g.rng.randint(1, 4)}次會員代表大會，")
    d.add(
        f"應出席代表{g.rng.randint(40, 90)}人。議程：一、",
        g.c(("112年度決算", "113年度預算", "章程修正")),
        "案；",
    )
    d.add(
        f"二、{g.c(_SURNAME_WORDS)}{g.c(('補助', '推廣', '改良'))}計畫案。",
        f"依農會法第{g.rng.randint(10, 40)}條辦理。",
    )


def _neg_farm_product(g: _Gen, d: _Doc) -> None:
    d.add(f"本會推出「{g.c(('金鑽鳳梨', '溪州黑米', '埔里茭白筍', '麻豆文旦', '池上米'))}」禮盒，")
    d.add(f"每盒{g.amount()}，即日起至{g.date()}止，與{g.c(_PRODUCTS)}搭售另有優惠。")
    if g.p(0.5):
        d.add(f"產銷履歷追溯碼：{g.num(2)}{g.c('ABCDEFG')}{g.num(6)}。")


def _neg_loan_product(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.c(('青年從農創業貸款', '農機貸款', '購地貸款', '災害低利貸款'))}：")
    d.add(
        f"利率{g.rng.randint(1, 2)}.{g.num(2)}%，",
        f"額度最高新臺幣{g.c((100, 200, 300, 500, 1000))}萬元，",
    )
    d.add(
        f"申辦期限至{g.date()}，依",
        g.c(("農業發展條例", "農業金融法", "銀行法")),
        f"第{g.rng.randint(2, 60)}條規定。",
    )
    d.add(f"本專案核准文號：{g.doc_no()}。")


def _neg_credit_stats(g: _Gen, d: _Doc) -> None:
    d.add(f"信用部{g.c((112, 113))}年第{g.rng.randint(1, 4)}季營運概況：")
    d.add(f"存款總額新臺幣{g.rng.randint(10, 90)}億{g.rng.randint(1000, 9999)}萬元，")
    d.add(
        f"放款總額新臺幣{g.rng.randint(5, 60)}億{g.rng.randint(1000, 9999)}萬元，",
        f"逾放比率0.{g.num(2)}%，",
    )
    d.add(f"資本適足率{g.rng.randint(10, 16)}.{g.num(2)}%。{g.c(_SURNAME_SENTENCES)}")


def _neg_itinerary(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.c(_TOURS)} 行程\n")
    places = g.rng.sample(_PLACES, 4)
    d.add(f"第一天：{g.time()} 集合 → {places[0]} → {places[1]}（午餐：{g.c(_SHOPS)}）\n")
    d.add(f"第二天：{places[2]} → {places[3]} → 賦歸\n")
    d.add(f"團費：每人{g.amount()}（含{g.c(('旅平險', '門票', '午餐'))}）。")
    d.add(f"承辦旅行社：{g.c(_COMPANIES[3:5])}（交觀甲字第{g.num(4)}號，統一編號{g.ban()}）")


def _neg_bus(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.c(_COMPANIES[2:3] + _COMPANIES[9:10])}（統一編號{g.ban()}）")
    d.add(f"車號KA{g.c('ABCDE')}-{g.num(4)}，出廠年份{g.rng.randint(2015, 2023)}年，")
    d.add(f"定期檢驗日期{g.date()}，依{g.c(_STATUTES[12:14])}規定投保，保險單號{g.num(12)}。")


def _neg_hospital(g: _Gen, d: _Doc) -> None:
    d.add("病歷複製申請須知\n")
    d.add(f"一、依{g.c(_STATUTES[5:7])}及個人資料保護法第{g.rng.randint(3, 20)}條規定辦理。\n")
    d.add(f"二、費用：每張新臺幣{g.rng.randint(2, 10)}元，光碟每片{g.rng.randint(100, 300)}元。\n")
    d.add(
        f"三、受理時間：週一至週五{g.time()}至{g.time()}，{g.c(('連續假期', '颱風假'))}暫停受理。\n"
    )
    d.add(f"四、自{g.date()}起，表單編號{g.bad_id()}改版。")


def _neg_childcare(g: _Gen, d: _Doc) -> None:
    d.add(f"依衛生福利部{g.date()}{g.doc_no()}令，育兒津貼自{g.date()}起調整為")
    d.add(f"第1名子女每月{g.c((5000, 6000))}元，第2名子女每月{g.c((6000, 7000))}元。")
    d.add(
        f"申請截止日為{g.date()}，逾期依{g.c(_STATUTES[14:16])}辦理。收件編號格式如{g.case_no()}。"
    )


def _neg_food(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.date()}物資發放統計：")
    stats = "、".join(
        f"{x}{g.rng.randint(10, 200)}{u}"
        for x, u in (("白米", "包"), ("沙拉油", "瓶"), ("罐頭", "罐"))
    )
    d.add(stats, f"，另有{g.c(_PRODUCTS)}{g.rng.randint(10, 90)}箱由{g.c(_COMPANIES)}捐贈。")
    d.add(f"捐贈收據編號：{g.case_no()}。服務{g.rng.randint(30, 300)}戶。")


def _neg_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", "｜", "  "))
    d.add(sep.join(("鄉鎮市區", "件數", "金額")), "\n")
    county = g.c(list(_COUNTIES))
    for town in g.rng.sample(_COUNTIES[county][1], min(4, len(_COUNTIES[county][1]))):
        d.add(town, sep, str(g.rng.randint(1, 300)), sep, f"{g.rng.randint(1000, 999999):,}", "\n")
    d.add(f"資料來源：{county}政府，統計至{g.date()}。")


def _neg_words(g: _Gen, d: _Doc) -> None:
    d.add("".join(g.rng.sample(_SURNAME_SENTENCES, g.rng.randint(2, 4))))
    d.add(f"{g.c(_SHOPS)}前道路施工期間，請經{g.c(_PLACES)}往{g.c(_PLACES)}改道。")
    d.add(f"參考文號{g.doc_no()}。")


def _neg_barcode(g: _Gen, d: _Doc) -> None:
    d.add(f"物資品項：{g.c(_PRODUCTS)}　條碼：471{g.num(10)}　數量{g.rng.randint(1, 99)}箱\n")
    d.add(f"繳費單號：{g.num(12)}　交易序號：{g.c('23456')}{g.num(15)}\n")
    d.add(f"發票號碼：{g.c(('AB', 'QW', 'ZX', 'KM'))}-{g.num(8)}　{g.amount()}")


_NEGATIVE = (
    _neg_env_notice, _neg_env_measure, _neg_env_case, _neg_farm_meeting, _neg_farm_product,
    _neg_loan_product, _neg_credit_stats, _neg_itinerary, _neg_bus, _neg_hospital,
    _neg_childcare, _neg_food, _neg_table, _neg_words, _neg_barcode,
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Stray-value check (used to reject a draft that holds an unlabelled identifier by accident)
# ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_IDWIN_RE = re.compile(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))")
_RUN_RE = re.compile(r"\d+(?:[ -]\d+)*")
_MOBILE_RE = re.compile(r"(?=((?:\+?886[ -]?|0)?9\d{2}[ -]?\d{3}[ -]?\d{3}))")


def _inside(s: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(a <= s and e <= b for a, b, _ in spans)


def _has_stray(text: str, spans: list[tuple[int, int, str]]) -> bool:
    t = text.translate(_TO_HALF)
    for m in _IDWIN_RE.finditer(t):
        w = m.group(1)
        if (twid.is_valid(w) or arc.is_valid(w)) and not _inside(m.start(), m.start() + 10, spans):
            return True
    if any(not _inside(m.start(), m.end(), spans) for m in _EMAIL_RE.finditer(t)):
        return True
    for m in _MOBILE_RE.finditer(t):
        w = m.group(1)
        if phone.is_mobile(w) and not _inside(m.start(), m.start() + len(w), spans):
            return True
    for m in _RUN_RE.finditer(t):
        groups = [
            (m.start() + x.start(), m.start() + x.end()) for x in re.finditer(r"\d+", m.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                s, e = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", t[s:e])
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and creditcard.is_valid(digits) and not _inside(s, e, spans):
                    return True
    return False


def generate_heldout50(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    g = _Gen(rng)
    known = g.build_known(max(40, n // 2))
    samples: list[Sample] = []
    while len(samples) < n:
        negative = rng.random() < 0.28
        template = rng.choice(_NEGATIVE if negative else _POSITIVE)
        d = _Doc()
        template(g, d)
        text = d.text()
        if _has_stray(text, d.spans) or (not negative and not d.spans):
            continue
        samples.append(Sample(text.rstrip(), list(d.spans), negative, list(d.known)))
    return samples, known
