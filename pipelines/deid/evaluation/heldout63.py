"""Held-out evaluation set 63 for the Traditional-Chinese personal-data scanner.

Written without looking at the scanner (nor at its other evaluation sets): the templates, the
name pools and the phrasing were invented for this set only, from the way staff of Taiwanese
agencies write free-text fields (公文 sentences, terse case-log notes, transcribed phone calls,
LINE chat lines, pasted e-mails, pasted forms with labels, pasted tables with tabs, CSV or
aligned spaces, numbered rosters, English mixed into Chinese).

Genres:

- 旅館住宿登記查察: hotel and hostel guest registers checked by police;
- 農藥販賣登記: pesticide retail sales registers;
- 洗腎交通補助: kidney-dialysis transport subsidies;
- 矯正學校懇親: youth correctional-school family visits;
- 狂犬病疫苗接種、咬傷通報: stray dogs biting people and rabies vaccination;
- 節能家電補助: home-appliance recycling and energy-saving subsidy claims.

About a quarter of the samples are hard negatives: government prose, document numbers, company
統一編號 with valid checksums, case numbers, statute articles, amounts, ordinary dates, place
and organisation names, products and words that start with surname characters, but no personal
data. ``generate_heldout63`` also returns a "known names" list (a dataset's own name column):
about half of the PERSON spans are names in it, the rest are in no list, and it also holds
names that are never mentioned.
"""

import random
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

Person = tuple[str, bool]
T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------------------------

_SURNAMES = (
    "陳陳陳陳林林林林黃黃黃張張張李李李王王王吳吳劉劉蔡蔡楊楊許許鄭謝謝洪郭郭邱曾廖賴徐周葉"
    "蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董温"
    "唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵"
)
_F_GIVEN = (
    "美惠淑芬玉秀雅婷怡君佩珊宜靜麗嬌月琴秋蘭桂英鳳素珠筱涵芷"
    "昀妤詠晴欣瑜萱琪儀慧敏貞華霞雪娟菁玲綺蓉"
)
_M_GIVEN = (
    "志明俊傑建宏家豪冠宇承翰柏彥信德國榮政達正雄金水清文睿恩"
    "宥辰瑋韋哲凱偉振福財旺添勝輝峰昌義仁誠賢龍"
)
_COMPOUND = ("歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒")

# Indigenous names: own name, interpunct, father's (or mother's) name.
_INDIG_F = ("巴奈", "撒韻", "拉娃", "伊苞", "吉娃斯", "烏瑪", "莎韻", "蘇拉", "法拉", "阿布")
_INDIG_M = ("瓦歷斯", "尤幹", "比令", "馬躍", "達利", "哈勇", "娃旦", "撒可努", "巴尚", "卡造")
_INDIG_SECOND = (
    "諾幹", "母路", "武荖", "亞布", "比吼", "谷幸", "達德拉凡", "卡給", "尤命", "巴萬",
    "瓦旦", "吉拉", "阿杜", "都宇", "瑪紹", "伊斯坦大", "撒基努", "帕格勒", "卡拉雅",
)  # fmt: skip
_INDIG_ROM_F = ("Panay", "Sayun", "Lawa", "Ipay", "Kiwas", "Uma", "Sula", "Fala", "Abu")
_INDIG_ROM_M = ("Walis", "Yukan", "Pilin", "Mayaw", "Dali", "Hayung", "Watan", "Sakinu",
                "Basang", "Kacaw", "Ofad")  # fmt: skip
_INDIG_ROM_SECOND = (
    "Nokan", "Mulu", "Wulaw", "Yabu", "Piho", "Kusing", "Tadelafan", "Kakay", "Yumin",
    "Pawan", "Watan", "Kila", "Adu", "Tuyu", "Masao", "Istanda", "Sakinu", "Pagelu", "Kalaya",
)  # fmt: skip

_VN_SUR = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
           "Do", "Ho", "Ngo", "Duong", "Ly")  # fmt: skip
_VN_MID_F = ("Thi", "Thi", "Thi", "Ngoc", "Thu")
_VN_MID_M = ("Van", "Van", "Minh", "Duc", "Quoc")
_VN_GIVEN_F = ("Lan", "Hoa", "Huong", "Mai", "Linh", "Trang", "Thao", "Phuong", "Thuy", "Yen",
               "Nhung", "Hanh", "Loan", "Kim", "Diem")  # fmt: skip
_VN_GIVEN_M = ("Hung", "Dung", "Tuan", "Nam", "Hieu", "Tam", "Long", "Thang", "Khanh", "Son",
               "Cuong", "Phuc")  # fmt: skip
_VN_HAN_SUR = "阮陳黎范黃潘武鄧裴吳胡"
_VN_HAN_F = ("玉蘭", "秋香", "春梅", "翠", "雪", "紅", "鸞", "清", "水仙", "金鳳", "美幸", "草")
_VN_HAN_M = ("雄", "勇", "俊", "南", "德", "海", "明孝", "文山", "國忠", "成功", "長", "福")

_ID_FIRST_F = ("Siti", "Dewi", "Sri", "Nur", "Rina", "Eka", "Indah", "Yuli", "Ani", "Ratna",
               "Susi", "Lestari", "Putri", "Endang")  # fmt: skip
_ID_LAST_F = ("Aminah", "Wahyuni", "Hidayah", "Marlina", "Permata Sari", "Astuti", "Rahmawati",
              "Susanti", "Kurniasih", "Wulandari", "Mulyani", "Handayani")  # fmt: skip
_ID_FIRST_M = ("Agus", "Wahyu", "Budi", "Tri", "Joko", "Bambang", "Eko", "Hendra", "Rudi",
               "Slamet")  # fmt: skip
_ID_LAST_M = ("Santoso", "Setiawan", "Hartono", "Prasetyo", "Saputra", "Nugroho", "Kurniawan",
              "Hidayat")  # fmt: skip
_ID_SINGLE_F = ("Suwarni", "Tuminah", "Sukarti", "Karsini", "Mulyati", "Rusmini", "Sutinah")
_ID_HAN_F = ("西蒂", "蒂蒂", "絲莉", "努兒", "麗娜", "艾卡", "英達", "尤莉", "安妮", "拉特娜")
_ID_HAN_LAST_F = ("阿米娜", "拉絲塔利", "瓦尤尼", "希達雅", "瑪琳娜", "阿斯圖蒂", "蘇珊蒂")
_ID_HAN_M = ("阿古斯", "瓦尤", "布迪", "佐科", "艾科", "亨德拉")
_ID_HAN_LAST_M = ("桑托索", "塞提亞灣", "哈托諾", "普拉塞提歐", "努格羅霍", "沙普特拉")
_ID_HAN_SINGLE_F = ("蘇娃妮", "杜米娜", "蘇卡蒂", "卡西妮", "穆雅蒂")

_PH_FIRST_F = ("Maria", "Angelica", "Jennifer", "Rowena", "Marites", "Cristina", "Lovely",
               "Jonalyn", "Mary Grace", "Rosalie", "Jenny", "Analyn")  # fmt: skip
_PH_FIRST_M = ("Jose", "Mark", "Joel", "Rodel", "Arnel", "John Paul", "Ricardo", "Jomar",
               "Noel", "Reynaldo")  # fmt: skip
_PH_LAST = ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos",
            "Aquino", "Castillo", "Dela Cruz", "Manalo", "Pascual", "Soriano",
            "De Leon")  # fmt: skip
_PH_HAN_F = ("瑪莉亞", "珍妮佛", "羅薇娜", "瑪麗黛", "克莉絲汀", "羅莎莉", "珍妮", "安潔")
_PH_HAN_M = ("荷西", "喬爾", "羅德爾", "阿內爾", "馬克", "里卡多")
_PH_HAN_LAST = ("山多斯", "雷耶斯", "克魯茲", "加西亞", "門多薩", "拉莫斯", "阿奎諾", "馬納洛")

_TH_FIRST_F = ("Malee", "Suda", "Pranee", "Kanya", "Jintana", "Wanna", "Siriporn", "Ratana",
               "Nittaya", "Duangjai")  # fmt: skip
_TH_FIRST_M = ("Somchai", "Anan", "Niran", "Sombat", "Wichai", "Somsak", "Prasert", "Sakda",
               "Chatchai", "Thawatchai")  # fmt: skip
_TH_LAST = ("Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Kaewkla", "Thongdee", "Jaidee",
            "Rattanakorn", "Sukprasert", "Phromma", "Saengthong", "Kongkaew")  # fmt: skip
_TH_HAN_F = ("瑪莉", "蘇達", "帕妮", "甘雅", "金塔娜", "旺娜", "詩麗蓬")
_TH_HAN_M = ("頌猜", "阿南", "尼蘭", "頌巴", "威猜", "頌沙", "巴瑟")
_TH_HAN_LAST = ("西蘇", "猜亞蓬", "汪沙瓦", "汶密", "乾克拉", "通迪", "再迪", "拉達納功")

_PERSON_OK = re.compile(r"[\u4e00-\u9fff‧·]{2,8}|[A-Za-z]+(?: [A-Za-z]+){0,3}")


def _dot(r: random.Random) -> str:
    return "‧" if r.random() < 0.7 else "·"


def _case(r: random.Random, name: str) -> str:
    return name.upper() if r.random() < 0.5 else name


def _mk_han(r: random.Random, female: bool) -> str:
    given = _F_GIVEN if female else _M_GIVEN
    n = 2 if r.random() < 0.9 else 1
    return r.choice(_SURNAMES) + "".join(r.choice(given) for _ in range(n))


def _mk_married(r: random.Random, female: bool) -> str:
    husband, own = r.sample(sorted(set(_SURNAMES)), 2)
    return husband + own + r.choice(_F_GIVEN) + r.choice(_F_GIVEN)


def _mk_compound(r: random.Random, female: bool) -> str:
    given = _F_GIVEN if female else _M_GIVEN
    return r.choice(_COMPOUND) + r.choice(given) + r.choice(given)


def _mk_indig(r: random.Random, female: bool) -> str:
    return r.choice(_INDIG_F if female else _INDIG_M) + _dot(r) + r.choice(_INDIG_SECOND)


def _mk_indig_rom(r: random.Random, female: bool) -> str:
    first = r.choice(_INDIG_ROM_F if female else _INDIG_ROM_M)
    return _case(r, f"{first} {r.choice(_INDIG_ROM_SECOND)}")


def _mk_vn_lat(r: random.Random, female: bool) -> str:
    mid = r.choice(_VN_MID_F if female else _VN_MID_M)
    pool = _VN_GIVEN_F if female else _VN_GIVEN_M
    given = r.choice(pool)
    if r.random() < 0.3:
        given = r.choice(pool) + " " + given
    return _case(r, f"{r.choice(_VN_SUR)} {mid} {given}")


def _mk_vn_han(r: random.Random, female: bool) -> str:
    if female:
        return r.choice(_VN_HAN_SUR) + "氏" + r.choice(_VN_HAN_F)
    return r.choice(_VN_HAN_SUR) + "文" + r.choice(_VN_HAN_M)


def _mk_id_lat(r: random.Random, female: bool) -> str:
    if female and r.random() < 0.2:
        return _case(r, r.choice(_ID_SINGLE_F))
    if female:
        return _case(r, f"{r.choice(_ID_FIRST_F)} {r.choice(_ID_LAST_F)}")
    return _case(r, f"{r.choice(_ID_FIRST_M)} {r.choice(_ID_LAST_M)}")


def _mk_id_han(r: random.Random, female: bool) -> str:
    if female and r.random() < 0.25:
        return r.choice(_ID_HAN_SINGLE_F)
    if female:
        return r.choice(_ID_HAN_F) + _dot(r) + r.choice(_ID_HAN_LAST_F)
    return r.choice(_ID_HAN_M) + _dot(r) + r.choice(_ID_HAN_LAST_M)


def _mk_ph_lat(r: random.Random, female: bool) -> str:
    first = r.choice(_PH_FIRST_F if female else _PH_FIRST_M)
    return _case(r, f"{first} {r.choice(_PH_LAST)}")


def _mk_ph_han(r: random.Random, female: bool) -> str:
    return r.choice(_PH_HAN_F if female else _PH_HAN_M) + _dot(r) + r.choice(_PH_HAN_LAST)


def _mk_th_lat(r: random.Random, female: bool) -> str:
    first = r.choice(_TH_FIRST_F if female else _TH_FIRST_M)
    return _case(r, f"{first} {r.choice(_TH_LAST)}")


def _mk_th_han(r: random.Random, female: bool) -> str:
    first = r.choice(_TH_HAN_F if female else _TH_HAN_M)
    if r.random() < 0.3:
        return first
    return first + _dot(r) + r.choice(_TH_HAN_LAST)


# kind (without the _f / _m suffix) → maker and pool size per sex
_MAKERS: dict[str, tuple[Callable[[random.Random, bool], str], int]] = {
    "han": (_mk_han, 240),
    "compound": (_mk_compound, 24),
    "indig": (_mk_indig, 36),
    "indig_rom": (_mk_indig_rom, 24),
    "vn_lat": (_mk_vn_lat, 30),
    "vn_han": (_mk_vn_han, 24),
    "id_lat": (_mk_id_lat, 30),
    "id_han": (_mk_id_han, 20),
    "ph_lat": (_mk_ph_lat, 30),
    "ph_han": (_mk_ph_han, 20),
    "th_lat": (_mk_th_lat, 30),
    "th_han": (_mk_th_han, 20),
}
_NATS = ("vn", "id", "ph", "th")
_NAT_ZH = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}
_NAT_SHORT = {"vn": "越", "id": "印", "ph": "菲", "th": "泰"}


def _pools(
    r: random.Random,
) -> tuple[dict[str, list[str]], dict[str, list[str]], list[str]]:
    """Per kind: names in the known list that are used, names in no list; and the known list."""
    seen: set[str] = set()
    known: dict[str, list[str]] = {}
    unknown: dict[str, list[str]] = {}
    never: list[str] = []
    plan = [(f"{k}_{sx}", make, size, sx == "f") for k, (make, size) in _MAKERS.items()
            for sx in ("f", "m")]  # fmt: skip
    plan.append(("married_f", _mk_married, 60, True))
    for kind, make, size, female in plan:
        names: list[str] = []
        tries = 0
        while len(names) < size and tries < size * 60:
            tries += 1
            name = make(r, female)
            if name in seen or not _PERSON_OK.fullmatch(name):
                continue
            seen.add(name)
            names.append(name)
        k = int(len(names) * 0.45)
        nv = max(1, len(names) // 10)
        known[kind] = names[:k]
        never.extend(names[k : k + nv])
        unknown[kind] = names[k + nv :]
    known_list = [n for names in known.values() for n in names] + never
    r.shuffle(known_list)
    return known, unknown, known_list


# --------------------------------------------------------------------------------------------
# Places, organisations, products
# --------------------------------------------------------------------------------------------

_DISTRICTS: dict[str, tuple[tuple[str, str], ...]] = {
    "臺北市": (("中正區", "100"), ("大安區", "106"), ("士林區", "111"), ("文山區", "116"),
               ("內湖區", "114")),
    "新北市": (("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("新莊區", "242"),
               ("土城區", "236"), ("汐止區", "221")),
    "桃園市": (("中壢區", "320"), ("平鎮區", "324"), ("八德區", "334"), ("龜山區", "333")),
    "臺中市": (("北屯區", "406"), ("西屯區", "407"), ("大里區", "412"), ("豐原區", "420"),
               ("太平區", "411")),
    "臺南市": (("永康區", "710"), ("安南區", "709"), ("東區", "701"), ("新營區", "730"),
               ("佳里區", "722")),
    "高雄市": (("鳳山區", "830"), ("三民區", "807"), ("左營區", "813"), ("岡山區", "820"),
               ("旗山區", "842"), ("美濃區", "843")),
    "基隆市": (("七堵區", "206"), ("安樂區", "204")),
    "新竹縣": (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303")),
    "苗栗縣": (("頭份市", "351"), ("苑裡鎮", "358"), ("通霄鎮", "357")),
    "彰化縣": (("員林市", "510"), ("鹿港鎮", "505"), ("溪湖鎮", "514"), ("二林鎮", "526")),
    "南投縣": (("草屯鎮", "542"), ("埔里鎮", "545"), ("竹山鎮", "557"), ("信義鄉", "556")),
    "雲林縣": (("斗六市", "640"), ("虎尾鎮", "632"), ("西螺鎮", "648"), ("北港鎮", "651"),
               ("麥寮鄉", "638")),
    "嘉義縣": (("民雄鄉", "621"), ("朴子市", "613"), ("太保市", "612")),
    "屏東縣": (("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928"), ("內埔鄉", "912"),
               ("三地門鄉", "901")),
    "宜蘭縣": (("羅東鎮", "265"), ("礁溪鄉", "262"), ("蘇澳鎮", "270")),
    "花蓮縣": (("花蓮市", "970"), ("吉安鄉", "973"), ("玉里鎮", "981"), ("秀林鄉", "972")),
    "臺東縣": (("臺東市", "950"), ("成功鎮", "961"), ("卑南鄉", "954"), ("關山鎮", "956")),
    "澎湖縣": (("馬公市", "880"),),
}  # fmt: skip
_ROADS = ("中山路", "中正路", "民生路", "民族路", "光復路", "復興路", "和平路", "建國路", "忠孝路",
          "仁愛路", "自強路", "成功路", "文化路", "中華路", "大同路", "公園路", "府前路", "勝利路",
          "博愛街", "永安街", "長春街", "福德街", "新生街", "站前街", "育英街", "環河路", "健康路",
          "三民路", "五福路", "林森路", "信義街", "大業路")  # fmt: skip
_VILLAGES = ("中興", "福德", "新興", "永安", "東興", "和平", "仁和", "大湖", "山腳", "頂庄", "崙背")

_HOTELS = ("晴川商務旅館", "港都青年旅舍", "老街背包客棧", "縱谷星空民宿", "海灣渡假會館",
           "站前星辰旅店", "西門膠囊旅館", "山嵐溫泉山莊", "南灣衝浪民宿", "舊城驛棧",
           "林間小屋民宿", "高峰商旅", "金沙灣旅店", "石板屋民宿", "黃昏碼頭青旅")  # fmt: skip
_SHOPS = ("豐收農藥行", "永興農業資材行", "新農農藥行", "福田種苗農藥店", "大地農資行",
          "金穗農業資材社", "田園農藥行", "嘉禾農藥行")  # fmt: skip
_PESTICIDES = ("益達胺 9.6% 溶液", "陶斯松 40.8% 乳劑", "嘉磷塞異丙胺鹽 41% 溶液",
               "亞滅培 20% 水溶性粉劑", "克凡派 10% 水懸劑", "賽速安 25% 水分散性粒劑",
               "加保扶 3% 粒劑", "丁基加保扶 5% 粒劑", "納乃得 40% 水溶性粉劑",
               "芬普尼 4.95% 水懸劑")  # fmt: skip
_CROPS = ("水稻", "高麗菜", "茶", "檳榔", "芒果", "番石榴", "玉米", "西瓜", "蓮霧", "葉菜類")
_HOSPITALS = ("安康腎臟科診所", "仁愛醫院血液透析室", "衛生福利部屏東醫院", "埔里基督教醫院",
              "博愛聯合診所洗腎中心", "員榮醫院", "大千綜合醫院", "慈恩洗腎診所",
              "臺東馬偕紀念醫院", "國軍花蓮總醫院")  # fmt: skip
_CODE_HEADS = ("01", "03", "04", "05", "11", "12", "15", "35")  # 醫事機構代碼, never 09
_ER = ("衛生福利部屏東醫院", "埔里基督教醫院", "員榮醫院", "大千綜合醫院", "臺東馬偕紀念醫院",
       "國軍花蓮總醫院", "彰化基督教醫院", "奇美醫院", "羅東博愛醫院")  # fmt: skip
_SCHOOLS = ("誠正中學", "明陽中學", "敦品中學", "勵志中學")
_BRANDS = ("國際牌", "日立", "大金", "三洋", "東元", "聲寶", "LG", "夏普", "禾聯", "三菱")
_MODELS = ("NR-C611XV", "RAC-40JP", "FTXV41NVLT", "SR-C580DV1", "RHSX49NJ", "HR-FB46DV",
           "MA28WC", "GR-B490S", "SJ-MW46", "MR-BXC46ER")  # fmt: skip
_ITEMS = ("變頻冷氣", "電冰箱", "除濕機", "冷暖空調", "雙門冰箱", "窗型冷氣")
_COMPANIES = ("林園實業股份有限公司", "高昇電器行", "王品家電有限公司", "金展企業社",
              "黃金海岸開發股份有限公司", "陳列設計有限公司", "石門農產運銷合作社",
              "江南旅宿管理顧問有限公司", "何記電器行", "洪福興業股份有限公司")  # fmt: skip
_DOGS = ("小黑", "阿福", "Lucky", "妹妹", "旺財", "Money", "花花", "黑輪", "來福", "Kuro")
_DOG_DESC = ("黃色米克斯", "黑色中型犬", "白底黃斑土狗", "虎斑犬", "黑白花色成犬", "棕色幼犬")
_BODY = ("左小腿", "右小腿", "右手虎口", "左手前臂", "右大腿", "臀部", "左腳踝")

_LANDMARKS = ("金城武樹", "石門水庫", "林田山林業文化園區", "高美濕地", "王功漁港", "柯子林溪")
_DOC_WORDS = {
    "police": ("北市警中分字", "中市警四分字", "高市警鳳分字", "投警埔字", "花警行字"),
    "npa": ("警署刑防字", "警署行字"),
    "agri": ("農防字", "農藥字", "防檢三字"),
    "social": ("府社助字", "府授社救字", "府社福字"),
    "school": ("法矯署教字", "誠中教字", "明中輔字", "敦中教字"),
    "energy": ("經能字", "能技字", "府環循字"),
}
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_DIGITS = "0123456789"


class _Doc:
    """A text built piece by piece, with its gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *texts: str) -> "_Doc":
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)
        return self

    def v(self, value: str, label: str) -> "_Doc":
        self.spans.append((self.pos, self.pos + len(value), label))
        return self.t(value)

    def p(self, person: Person) -> "_Doc":
        self.known.append(person[1])
        return self.v(person[0], "PERSON")

    def sample(self) -> Sample:
        return Sample("".join(self.parts), self.spans, False, self.known)


class _G:
    """Random choices: people, identifiers, dates, places."""

    def __init__(
        self, r: random.Random, known: dict[str, list[str]], unknown: dict[str, list[str]]
    ) -> None:
        self.r = r
        self.known_pool = known
        self.unknown_pool = unknown

    # --- basics
    def ch(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def maybe(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(_DIGITS) for _ in range(n))

    def wide(self, s: str) -> str:
        if self.maybe(0.13):
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
        return s

    # --- people
    def person(self, *kinds: str) -> Person:
        kind = self.ch(kinds)
        flag = self.maybe(0.5)
        pool = (self.known_pool if flag else self.unknown_pool)[kind]
        return self.ch(pool), flag

    def sx(self, sex: str | None) -> str:
        return sex or ("f" if self.maybe(0.5) else "m")

    def local(self, sex: str | None = None, rom: bool = False) -> Person:
        """A Taiwanese resident (Han, compound surname, married name, Indigenous)."""
        sex = self.sx(sex)
        kinds = [f"han_{sex}"] * 8 + [f"compound_{sex}", f"indig_{sex}"]
        if sex == "f":
            kinds += ["married_f", "married_f"]
        if rom:
            kinds.append(f"indig_rom_{sex}")
        return self.person(*kinds)

    def female(self) -> Person:
        return self.local("f")

    def male(self) -> Person:
        return self.local("m")

    def student(self) -> Person:
        return self.local("m" if self.maybe(0.85) else "f")

    def nat(self) -> str:
        return self.ch(_NATS)

    def foreign(
        self, nat: str | None = None, latin: bool | None = None, sex: str | None = None
    ) -> Person:
        """A foreign resident, in Latin letters or in Han transliteration."""
        if latin is None:
            latin = self.maybe(0.55)
        nat = nat or self.nat()
        return self.person(f"{nat}_{'lat' if latin else 'han'}_{self.sx(sex)}")

    def anyone(self, sex: str | None = None) -> Person:
        if self.maybe(0.22):
            return self.foreign(sex=sex)
        return self.local(sex, rom=True)

    # --- identifiers
    def tid(self, sex: str | None = None) -> str:
        letter = self.ch(_LETTERS)
        d8 = (sex or self.ch("12")) + self.digits(7)
        v = letter + d8 + id_check_digit(letter, d8)
        if self.maybe(0.05):
            v = v.lower()
        return self.wide(v)

    def arc(self) -> str:
        letter = self.ch(_LETTERS)
        if self.maybe(0.6):
            d8 = self.ch("89") + self.digits(7)
            v = letter + d8 + id_check_digit(letter, d8)
        else:
            second = self.ch("ABCD")
            tail = self.digits(7)
            v = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        return self.wide(v)

    def mob(self) -> str:
        n = "09" + self.digits(8)
        forms = (
            n,
            f"{n[:4]}-{n[4:7]}-{n[7:]}",
            f"{n[:4]}-{n[4:7]}-{n[7:]}",
            f"{n[:4]} {n[4:7]} {n[7:]}",
            f"{n[:4]}-{n[4:]}",
            f"+886-{n[1:4]}-{n[4:7]}-{n[7:]}",
            f"+886 {n[1:]}",
        )
        return self.wide(self.ch(forms))

    def tel(self) -> str:
        area, length = self.ch(
            (("02", 8), ("04", 8), ("03", 7), ("037", 6), ("049", 7), ("05", 7), ("06", 7),
             ("07", 7), ("08", 7), ("089", 6))
        )  # fmt: skip
        local = str(self.ri(2, 8)) + self.digits(length - 1)
        forms: tuple[str, ...] = (f"{area}-{local}", f"({area}){local}", area + local)
        if length >= 7:
            forms += (f"{area}-{local[:-4]}-{local[-4:]}", f"({area}){local[:-4]}-{local[-4:]}")
        return self.wide(self.ch(forms))

    def phone(self) -> str:
        return self.mob() if self.maybe(0.75) else self.tel()

    def mail(self) -> str:
        syl = ("amy", "kevin", "jason", "yuting", "hsiu", "chen", "lin", "wang", "mei", "ling",
               "tsai", "huang", "ming", "jie", "ngoc", "lan", "siti", "dewi", "maria", "ahbao",
               "cindy", "peggy", "tony", "kuo", "yao", "hung", "wei", "chia")  # fmt: skip
        local = self.ch(syl) + self.ch((".", "_", "", "-")) + self.ch(syl)
        if self.maybe(0.6):
            local += self.digits(self.ch((2, 3, 4)))
        domain = self.ch(("gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
                          "ms45.hinet.net", "icloud.com", "livemail.tw"))  # fmt: skip
        return self.wide(f"{local}@{domain}")

    def addr(self) -> str:
        city = self.ch(tuple(_DISTRICTS))
        dist, zipc = self.ch(_DISTRICTS[city])
        shown = city.replace("臺", "台", 1) if city.startswith("臺") and self.maybe(0.3) else city
        s = ""
        if self.maybe(0.35):
            s += zipc + (self.digits(2) if self.maybe(0.4) else "") + self.ch(("", " "))
        s += shown + dist
        if dist[-1] in "鄉鎮" and self.maybe(0.6):
            s += self.ch(_VILLAGES) + self.ch(("村", "里"))
            if self.maybe(0.5):
                s += f"{self.ri(1, 24)}鄰"
        elif self.maybe(0.3):
            s += self.ch(_VILLAGES) + "里"
        s += self.ch(_ROADS)
        if self.maybe(0.3):
            s += self.ch("一二三四五") + "段"
        if self.maybe(0.35):
            s += f"{self.ri(1, 400)}巷"
            if self.maybe(0.3):
                s += f"{self.ri(1, 30)}弄"
        s += str(self.ri(1, 350))
        if self.maybe(0.15):
            s += f"之{self.ri(1, 5)}"
        s += "號"
        if self.maybe(0.4):
            s += f"{self.ri(2, 15)}樓" if self.maybe(0.8) else f"{self.ri(2, 15)}F"
            if s.endswith("樓") and self.maybe(0.2):
                s += f"之{self.ri(1, 6)}"
        return self.wide(s)

    def nhi(self) -> str:
        n = self.ch(("0000", "0000", "0000", "0001")) + self.digits(8)
        forms = (n, f"{n[:4]}-{n[4:8]}-{n[8:]}", f"{n[:4]} {n[4:8]} {n[8:]}")
        return self.wide(self.ch(forms))

    def pp(self, nat: str = "tw") -> str:
        if nat == "tw":
            v = "3" + self.digits(8)
        elif nat == "vn":
            v = self.ch("CBN") + self.digits(7)
        elif nat == "id":
            v = self.ch("CBX") + self.digits(7)
        elif nat == "ph":
            v = "P" + self.digits(7) + self.ch("ABC")
        else:
            v = self.ch(("AA", "AB", "AC")) + self.digits(7)
        return self.wide(v)

    def card(self) -> str:
        kind = self.ch(("visa", "visa", "mc", "jcb", "up", "amex"))
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = "5" + str(self.ri(1, 5)) + self.digits(13)
        elif kind == "jcb":
            body = "35" + str(self.ri(28, 89)) + self.digits(11)
        elif kind == "up":
            body = "62" + self.digits(13)
        else:
            body = self.ch(("34", "37")) + self.digits(12)
        num = next(body + d for d in _DIGITS if creditcard.luhn_ok(body + d))
        sep = self.ch((" ", "-", "", " "))
        if len(num) == 15:
            v = sep.join((num[:4], num[4:10], num[10:]))
        else:
            v = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return self.wide(v)

    def dob(self, lo: int, hi: int, ad: bool | None = None) -> str:
        y = 2024 - self.ri(lo, hi)
        m, d = self.ri(1, 12), self.ri(1, 28)
        roc = y - 1911
        if ad is None:
            ad = self.maybe(0.35)
        if ad:
            forms = (f"{y}-{m:02}-{d:02}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}.{m:02}.{d:02}",
                     f"{y}/{m:02}/{d:02}")  # fmt: skip
        else:
            forms = (f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}.{m:02}.{d:02}",
                     f"{roc}/{m:02}/{d:02}", f"民{roc}.{m}.{d}", f"{roc:03d}.{m:02}.{d:02}",
                     f"{roc}/{m}/{d}")  # fmt: skip
        return self.wide(self.ch(forms))

    # --- ordinary things (never labelled)
    def ev(self, style: str | None = None) -> str:
        y, m, d = self.ri(2023, 2024), self.ri(1, 12), self.ri(1, 28)
        style = style or self.ch(("roc", "rocslash", "rocdot", "md", "ad"))
        if style == "roc":
            return f"{y - 1911}年{m}月{d}日"
        if style == "rocslash":
            return f"{y - 1911}/{m:02}/{d:02}"
        if style == "rocdot":
            return f"{y - 1911}.{m}.{d}"
        if style == "md":
            return f"{m}/{d}"
        return f"{y}-{m:02}-{d:02}"

    def hhmm(self) -> str:
        return f"{self.ri(0, 23):02}{self.ch(('00', '05', '10', '20', '30', '40', '45', '50'))}"

    def clock(self) -> str:
        return f"{self.ri(7, 23)}:{self.ch(('00', '05', '15', '20', '30', '40', '45', '55'))}"

    def clocks(self, n: int) -> list[str]:
        """``n`` increasing chat timestamps."""
        m = self.ri(7 * 60, 21 * 60)
        out = []
        for _ in range(n):
            out.append(f"{m // 60}:{m % 60:02}")
            m = min(m + self.ri(1, 25), 23 * 60 + 59)
        return out

    def village(self, town: str) -> str:
        return self.ch(_VILLAGES) + ("村" if town[-1] in "鄉鎮" else "里")

    def county(self) -> str:
        return self.ch(tuple(_DISTRICTS))

    def town(self) -> str:
        city = self.county()
        return city + self.ch(_DISTRICTS[city])[0]

    def ban_no(self) -> str:
        while True:
            v = self.digits(8)
            if ban.is_valid(v):
                return v

    def docno(self, kind: str) -> str:
        word = self.ch(_DOC_WORDS[kind])
        return f"{word}第{self.ri(112, 113)}{self.digits(7)}號"

    def id_word(self) -> str:
        return self.ch(("身分證字號", "身分證統一編號", "身分證號", "身分證", "ID", "證號"))


# --------------------------------------------------------------------------------------------
# 1. 旅館住宿登記查察
# --------------------------------------------------------------------------------------------


def _hotel_memo(g: _G) -> Sample:
    d = _Doc()
    officer, guest, mate = g.local(), g.local(), g.anyone()
    d.t("一、本所警員").p(officer).t(f"於{g.ev('roc')}{g.ri(20, 23)}時{g.ri(0, 5)}0分前往轄內「")
    d.t(
        g.ch(_HOTELS),
        "」實施旅宿業查察，經核對住宿旅客登記資料，計有旅客",
        str(g.ri(4, 30)),
        "名。\n",
    )
    d.t("二、其中旅客").p(guest).t("（", g.id_word(), "：").v(g.tid(), "TW_NATIONAL_ID")
    d.t("，").v(g.dob(19, 70), "BIRTH_DATE").t(
        f"生）登記住宿{g.ri(2, 9)}0{g.ri(1, 9)}號房，同行友人"
    )
    d.p(mate).t("未攜帶證件，經口述出生年月日為").v(g.dob(19, 70), "BIRTH_DATE")
    d.t("，聯絡電話").v(g.mob(), "PHONE").t("，已請業者補正登記。\n")
    d.t("三、經查詢均非通緝及失蹤人口，現場無異狀，請鑒核。")
    return d.sample()


def _hotel_log(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.ev('md')} {g.hhmm()} 臨檢 {g.ch(_HOTELS)}\n")
    for _ in range(g.ri(1, 3)):
        d.t(f"{g.ri(2, 6)}0{g.ri(1, 8)} ")
        if g.maybe(0.3):
            nat = g.nat()
            d.p(g.foreign(nat, latin=True)).t(f" {_NAT_SHORT[nat]} 居留證 ")
            d.v(g.arc(), "TW_RESIDENT_CERT")
        else:
            d.p(g.local()).t(" ").v(g.tid(), "TW_NATIONAL_ID")
        d.t(" ").v(g.dob(19, 75), "BIRTH_DATE")
        if g.maybe(0.5):
            d.t(" 手機").v(g.mob(), "PHONE")
        d.t(g.ch((" ok", " 正常", " 無異", " 已核")), "\n")
    d.t(g.ch(("櫃台稱另一房客外出未歸，明日複查。", "餘無異狀。", "登記簿缺漏2筆已請補正。")))
    return d.sample()


def _hotel_table(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.ch(_HOTELS)} 住宿登記簿（{g.ev('roc')}）\n")
    d.t("房號\t姓名\t證件號碼\t出生日期\t聯絡電話\t入住\t退房\n")
    for _ in range(g.ri(2, 4)):
        room = f"{g.ri(2, 8)}{g.ri(0, 1)}{g.ri(1, 9)}"
        d.t(room, "\t")
        if g.maybe(0.35):
            nat = g.nat()
            d.p(g.foreign(nat, latin=g.maybe(0.7))).t("\t")
            if g.maybe(0.5):
                d.v(g.pp(nat), "PASSPORT")
            else:
                d.v(g.arc(), "TW_RESIDENT_CERT")
        else:
            d.p(g.local()).t("\t").v(g.tid(), "TW_NATIONAL_ID")
        d.t("\t").v(g.dob(19, 80), "BIRTH_DATE").t("\t")
        if g.maybe(0.75):
            d.v(g.phone(), "PHONE")
        d.t(f"\t{g.ri(10, 23)}:{g.ri(0, 5)}0\t{g.ch(('未退', '隔日11:00', '續住'))}\n")
    return d.sample()


def _hotel_csv(g: _G) -> Sample:
    d = _Doc()
    d.t("booking_id,check_in,guest_name,nationality,doc_no,phone,email\n")
    for _ in range(g.ri(2, 4)):
        nat = g.ch(("TW", "TW", "VN", "ID", "PH", "TH"))
        d.t(f"BK{g.digits(6)},{g.ev('ad')},")
        if nat == "TW":
            d.p(g.local(rom=True)).t(f",{nat},")
            if g.maybe(0.5):
                d.v(g.tid(), "TW_NATIONAL_ID")
            else:
                d.v(g.pp("tw"), "PASSPORT")
        else:
            d.p(g.foreign(nat.lower(), latin=True)).t(f",{nat},").v(g.pp(nat.lower()), "PASSPORT")
        d.t(",")
        if g.maybe(0.7):
            d.v(g.mob(), "PHONE")
        d.t(",")
        if g.maybe(0.6):
            d.v(g.mail(), "EMAIL")
        d.t("\n")
    return d.sample()


def _hotel_card(g: _G) -> Sample:
    d = _Doc()
    nat = g.nat()
    country = {"vn": "Vietnam 越南", "id": "Indonesia 印尼", "ph": "Philippines 菲律賓",
               "th": "Thailand 泰國"}[nat]  # fmt: skip
    d.t("旅客登記卡 Registration Card\n姓名 Name：").p(g.foreign(nat, latin=True))
    d.t(f"\n國籍 Nationality：{country}\n護照號碼 Passport No.：").v(g.pp(nat), "PASSPORT")
    d.t("\n出生日期 Date of Birth：").v(g.dob(20, 55, ad=True), "BIRTH_DATE")
    if g.maybe(0.6):
        d.t("\n居留證號 ARC No.：").v(g.arc(), "TW_RESIDENT_CERT")
    d.t("\n電話 Tel：").v(g.mob(), "PHONE")
    if g.maybe(0.6):
        d.t("\nE-mail：").v(g.mail(), "EMAIL")
    d.t("\n在臺住址 Address in Taiwan：").v(g.addr(), "ADDRESS")
    if g.maybe(0.4):
        d.t("\n押金 Deposit：信用卡 ").v(g.card(), "CREDIT_CARD")
    d.t(f"\n房號 Room：{g.ri(2, 9)}0{g.ri(1, 9)}　住宿 {g.ev('ad')} ~ {g.ri(1, 5)} nights")
    return d.sample()


def _hotel_line(g: _G) -> Sample:
    d = _Doc()
    a, b = g.local(), g.anyone()
    t = g.clocks(5)
    d.t(f"[{t[0]}] 民宿老闆：報告學長，今天入住的 ").p(a).t(" 身分證是 ")
    d.v(g.tid(), "TW_NATIONAL_ID").t("，說是跟 ").p(b).t(" 一起的\n")
    d.t(f"[{t[1]}] 派出所：收到，{g.ch(('麻煩', '請'))}再傳一下客人的電話\n")
    d.t(f"[{t[2]}] 民宿老闆：").v(g.mob(), "PHONE").t("\n")
    if g.maybe(0.5):
        d.t(f"[{t[3]}] 民宿老闆：生日寫").v(g.dob(18, 60), "BIRTH_DATE").t(" 這樣\n")
    d.t(f"[{t[4]}] 派出所：{g.ch(('👍', 'OK 謝謝', '了解，晚點過去看一下'))}")
    return d.sample()


def _hotel_call(g: _G) -> Sample:
    d = _Doc()
    title = g.ch(("", "", "先生", "小姐"))
    guest = g.anyone({"先生": "m", "小姐": "f"}.get(title))
    d.t(f"110轉來電話紀錄（{g.clock()}）\n報案人：喂，我是「{g.ch(_HOTELS)}」櫃台啦，")
    d.t(f"{g.ri(2, 6)}0{g.ri(1, 9)}那個客人")
    d.p(guest).t(title, "一直沒退房，敲門都沒人應。\n")
    d.t("員警：客人有留電話嗎？\n報案人：有啊，").v(g.mob(), "PHONE")
    d.t("，可是打了好幾次都關機。登記的生日是").v(g.dob(20, 70), "BIRTH_DATE").t("。\n")
    if g.maybe(0.5):
        d.t("員警：他住哪裡知道嗎？\n報案人：登記卡寫").v(g.addr(), "ADDRESS").t("。\n")
    d.t("員警：好，我們派人過去，先不要自己開門。")
    return d.sample()


def _hotel_english(g: _G) -> Sample:
    d = _Doc()
    nat = g.nat()
    d.t(f"Night audit note {g.ev('ad')}: guest ").p(g.foreign(nat, latin=True))
    d.t(" (passport ").v(g.pp(nat), "PASSPORT")
    d.t(") paid deposit by card ").v(g.card(), "CREDIT_CARD")
    nat2 = g.nat()
    d.t(f"；另住{g.ri(2, 8)}0{g.ri(1, 9)}的{_NAT_ZH[nat2]}籍房客").p(g.foreign(nat2))
    d.t(" 說明天 check-out，警方查察時已出示 ARC ").v(g.arc(), "TW_RESIDENT_CERT")
    d.t("。FYI 值班 ").p(g.local()).t(g.ch(("", "（櫃台）")))
    return d.sample()


def _hotel_neg_prose(g: _G) -> str:
    return (
        f"依發展觀光條例第24條及旅館業管理規則第{g.ri(20, 29)}條規定，旅宿業者應將旅客登記資料"
        f"保存半年以上。本分局於{g.ri(112, 113)}年{g.ri(1, 12)}月份計查察轄內旅宿業者"
        f"{g.ri(12, 60)}家，查獲未辦理登記之日租套房{g.ri(1, 5)}處，已依規定函送{g.county()}政府"
        f"觀光旅遊局處理（{g.docno('police')}），處罰鍰新臺幣{g.ri(3, 30)}萬元整。"
    )


def _hotel_neg_stats(g: _G) -> str:
    rows = "".join(
        f"{m}月\t{g.ri(20, 60)}\t{g.ri(400, 2000):,}\t{g.ri(0, 6)}\n"
        for m in range(g.ri(1, 6), g.ri(7, 12) + 1)
    )
    head = f"{g.county()}旅宿查察統計（{g.ri(112, 113)}年）\n"
    return head + f"月份\t查察家數\t住宿人次\t違規件數\n{rows}"


def _hotel_neg_registry(g: _G) -> str:
    return (
        f"「{g.ch(_HOTELS)}」營業人：{g.ch(_COMPANIES)}，統一編號{g.ban_no()}，"
        f"旅館業登記證：{g.county()}旅館{g.digits(3)}號，客房數{g.ri(8, 120)}間，"
        f"地點位於{g.town()}{g.ch(_VILLAGES)}里，鄰近{g.ch(_LANDMARKS)}。"
        f"{g.ev('roc')}複查合格，案號{g.ri(112, 113)}-旅-{g.digits(4)}。"
    )


def _hotel_neg_line(g: _G) -> str:
    t = g.clocks(3)
    return (
        f"[{t[0]}] 派出所：各位民宿業者好，依警政署來函（{g.docno('npa')}），"
        f"{g.ev('md')}起連續假期請於旅客入住時確實查驗證件並登記，外籍旅客請登記護照號碼。\n"
        f"[{t[1]}] 派出所：另提醒黃金週期間住宿量大，如有可疑人士請直接撥110，謝謝大家配合🙏\n"
        f"[{t[2]}] {g.ch(_HOTELS)}：收到"
    )


def _hotel_neg_log(g: _G) -> str:
    hs = g.r.sample(_HOTELS, 3)
    return (
        f"{g.ev('md')} {g.hhmm()}-{g.hhmm()} 查察轄內旅宿3家（{'、'.join(hs)}），住宿登記均完整，"
        f"無可疑旅客。周邊停車場巡查車輛{g.ri(5, 40)}部無異。案號{g.ri(112, 113)}-{g.digits(4)}。"
    )


# --------------------------------------------------------------------------------------------
# 2. 農藥販賣登記
# --------------------------------------------------------------------------------------------


def _pest_table(g: _G) -> Sample:
    d = _Doc()
    d.t(
        f"{g.ch(_SHOPS)} 限制使用農藥販賣紀錄簿\n日期\t購買人\t身分證字號\t電話\t住址\t品名\t數量\n"
    )
    for _ in range(g.ri(2, 4)):
        d.t(g.ev(g.ch(("rocslash", "rocdot"))), "\t").p(g.local()).t("\t")
        d.v(g.tid(), "TW_NATIONAL_ID").t("\t")
        if g.maybe(0.8):
            d.v(g.phone(), "PHONE")
        d.t("\t")
        if g.maybe(0.6):
            d.v(g.addr(), "ADDRESS")
        else:
            d.t(g.ch(("同上", "未填", "同戶籍")))
        d.t(f"\t{g.ch(_PESTICIDES)}\t{g.ri(1, 6)}{g.ch(('瓶', '公升', '包', '罐'))}\n")
    return d.sample()


def _pest_memo(g: _G) -> Sample:
    d = _Doc()
    owner, buyer = g.local(), g.local()
    d.t(f"經本處派員於{g.ev('roc')}赴{g.ch(_SHOPS)}（負責人").p(owner)
    d.t(f"）稽查，抽查限制使用農藥販賣紀錄，發現該店於{g.ev('roc')}售出{g.ch(_PESTICIDES)}")
    d.t(f"{g.ri(2, 10)}瓶予購買人").p(buyer).t("（國民身分證統一編號").v(g.tid(), "TW_NATIONAL_ID")
    d.t("），惟紀錄簿未載明購買人住址，經業者當場補登為").v(g.addr(), "ADDRESS")
    d.t(f"。已依農藥管理法相關規定限期{g.ri(7, 30)}日內改正，並副知{g.county()}政府農業處。")
    return d.sample()


def _pest_log(g: _G) -> Sample:
    d = _Doc()
    nat = g.ch(("th", "th", "id", "vn"))
    worker, boss = g.foreign(nat), g.local()
    d.t(f"{g.ev('rocdot')} 巡 {g.ch(_SHOPS)}：{_NAT_ZH[nat][:2]}籍移工").p(worker)
    d.t(f"購買{g.ch(_PESTICIDES)} {g.ri(1, 4)}瓶，登記居留證").v(g.arc(), "TW_RESIDENT_CERT")
    d.t("，雇主").p(boss).t("（").v(g.mob(), "PHONE").t("）")
    d.t(g.ch(("電話確認屬實。", "稱用於自家果園。", "未接，待複查。")))
    return d.sample()


def _pest_aligned(g: _G) -> Sample:
    d = _Doc()
    d.t("編號  購買人        出生日期      電話            作物\n")
    for i in range(1, g.ri(3, 5)):
        nm = g.local()
        dob = g.dob(28, 85)
        ph = g.phone()
        d.t(f"{i:02}    ").p(nm).t(" " * max(2, 12 - 2 * len(nm[0])))
        d.v(dob, "BIRTH_DATE").t(" " * max(2, 14 - len(dob))).v(ph, "PHONE")
        d.t(" " * max(2, 16 - len(ph)), g.ch(_CROPS), "\n")
    return d.sample()


def _pest_form(g: _G) -> Sample:
    d = _Doc()
    d.t("限制使用農藥購買登記表\n購買人姓名：").p(g.anyone())
    d.t("\n出生年月日：").v(g.dob(25, 85), "BIRTH_DATE")
    d.t(f"\n{g.id_word()}：").v(g.tid(), "TW_NATIONAL_ID")
    d.t("\n聯絡電話：").v(g.phone(), "PHONE")
    d.t("\n住址：").v(g.addr(), "ADDRESS")
    d.t(f"\n使用作物：{g.ch(_CROPS)}　面積：{g.ri(1, 30) / 10}公頃\n購買品項：{g.ch(_PESTICIDES)}")
    d.t(f"\n販賣業者：{g.ch(_SHOPS)}（執照號碼 府農植販字第{g.digits(5)}號）")
    if g.maybe(0.3):
        d.t("\n付款：刷卡 ").v(g.card(), "CREDIT_CARD")
    return d.sample()


def _pest_line(g: _G) -> Sample:
    d = _Doc()
    old = g.male()
    d.t("農藥行老闆娘：阿伯").p(old).t(f"剛剛又來買{g.ch(_PESTICIDES)}，他說身分證放在家，")
    d.t("我先抄健保卡號 ").v(g.nhi(), "TW_NHI_CARD").t(" 可以嗎？\n")
    d.t("輔導員：健保卡號不行喔，一定要身分證字號，請他下次來補。\n")
    d.t("農藥行老闆娘：好，他兒子剛剛拿來了 ").v(g.tid("1"), "TW_NATIONAL_ID")
    d.t("，兒子電話 ").v(g.mob(), "PHONE")
    return d.sample()


def _pest_mail(g: _G) -> Sample:
    d = _Doc()
    owner = g.local()
    d.t("寄件者：").p(owner).t(" <").v(g.mail(), "EMAIL").t(">\n收件者：植物保護科\n")
    d.t(f"主旨：RE: 限制使用農藥銷售紀錄補正\n\n承辦人您好，我是{g.ch(_SHOPS)}負責人").p(owner)
    d.t(f"，補正{g.ev('rocslash')}銷售紀錄如下：\n購買人：").p(g.local())
    d.t("\n身分證：").v(g.tid(), "TW_NATIONAL_ID").t("\n電話：").v(g.phone(), "PHONE")
    d.t("\n如有不足再請告知，謝謝。")
    return d.sample()


def _pest_neg_prose(g: _G) -> str:
    return (
        f"主旨：重申巴拉刈自109年2月1日起禁止販賣及使用，請轄內農藥販賣業者配合辦理。\n"
        f"說明：一、依據農業部{g.docno('agri')}函辦理。二、限制使用農藥之販賣，應登載購買人"
        f"資料並保存{g.ri(2, 3)}年，違反者依農藥管理法處新臺幣{g.ri(3, 6)}萬元以上罰鍰。"
        f"三、本縣{g.ri(112, 113)}年度計稽查農藥販賣業者{g.ri(80, 240)}家次，不合格{g.ri(1, 9)}家。"
    )


def _pest_neg_products(g: _G) -> str:
    rows = "".join(
        f"{p.split()[0]}\t{' '.join(p.split()[1:])}\t農藥{g.ch(('製', '輸'))}字第{g.digits(5)}號\t"
        f"{g.ch(('中等毒', '輕毒', '低毒'))}\n"
        for p in g.r.sample(_PESTICIDES, 3)
    )
    return (
        f"品名\t劑型\t許可證字號\t毒性\n{rows}安全採收期請依標示，葉菜類施用後至少{g.ri(6, 21)}天。"
    )


def _pest_neg_company(g: _G) -> str:
    return (
        f"{g.ch(_COMPANIES)}（統一編號{g.ban_no()}）申請農藥販賣業執照變更登記，執照號碼"
        f"府農植販字第{g.digits(5)}號，營業地點由{g.town()}遷至{g.town()}，"
        f"管理人員已完成{g.ri(16, 24)}小時訓練（證書{g.ri(110, 113)}農訓字第{g.digits(4)}號）。"
        f"{g.ev('roc')}現勘符合規定，准予變更。"
    )


def _pest_neg_stats(g: _G) -> str:
    return (
        f"{g.ri(112, 113)}年上半年{g.county()}農藥殘留抽驗：抽驗{g.ch(_CROPS)}等"
        f"{g.ri(120, 400)}件，不合格{g.ri(2, 15)}件（不合格率{g.ri(1, 6)}.{g.ri(0, 9)}%），"
        f"主要為{g.ch(('陶斯松', '芬普尼', '加保扶'))}超量，"
        f"已移請{g.ch(('林業及自然保育署', '農糧署', '動植物防疫檢疫署'))}追查來源。"
    )


# --------------------------------------------------------------------------------------------
# 3. 洗腎交通補助
# --------------------------------------------------------------------------------------------


def _dial_form(g: _G) -> Sample:
    d = _Doc()
    sex = g.ch("12")
    pat = g.male() if sex == "1" else g.female()
    d.t("洗腎病患交通補助申請書\n申請人：").p(pat).t(
        f"\t性別：{'男' if sex == '1' else '女'}\t出生："
    )
    d.v(g.dob(45, 90), "BIRTH_DATE").t(f"\n{g.id_word()}：").v(g.tid(sex), "TW_NATIONAL_ID")
    d.t("\t健保卡號：").v(g.nhi(), "TW_NHI_CARD")
    d.t("\n戶籍地址：").v(g.addr(), "ADDRESS")
    rel = g.ch(("女兒", "兒子", "配偶", "媳婦", "孫子", "孫女"))
    csex = {"女兒": "f", "媳婦": "f", "孫女": "f", "兒子": "m", "孫子": "m"}.get(rel)
    if rel == "配偶":
        csex = "f" if sex == "1" else "m"
    d.t(f"\n透析院所：{g.ch(_HOSPITALS)}\t每週透析{g.ri(2, 3)}次\n聯絡人：").p(g.local(csex))
    d.t(f"（{rel}）").v(g.phone(), "PHONE")
    return d.sample()


def _dial_note(g: _G) -> Sample:
    d = _Doc()
    pat, carer = g.local(), g.foreign(g.ch(("id", "id", "vn", "ph")), sex="f")
    d.t("個案").p(pat).t(f"，{g.ri(55, 90)}歲，每週一三五至{g.ch(_HOSPITALS)}洗腎，由外籍看護")
    d.p(carer).t(
        f"陪同搭乘計程車往返，單趟約{g.ri(150, 600)}元。申請{g.ri(112, 113)}年第{g.ri(1, 4)}季"
    )
    d.t("交通補助，身分證").v(g.tid(), "TW_NATIONAL_ID").t("，健保卡").v(g.nhi(), "TW_NHI_CARD")
    d.t("。看護居留證").v(g.arc(), "TW_RESIDENT_CERT").t("，")
    d.t(g.ch(("資料齊全，陳核。", "缺透析證明，已電話通知家屬補件。", "續予補助。")))
    return d.sample()


def _dial_call(g: _G) -> Sample:
    d = _Doc()
    pat, son = g.male(), g.local()
    d.t("（電話紀錄）社工：您好，這裡是社會處，請問是").p(pat)
    d.t(g.ch(("先生", "伯伯", "阿伯")), "的家屬嗎？\n家屬：對，我是他兒子").p(son)
    d.t("，有什麼事？\n社工：補助申請書的健保卡號少一碼，可以再唸一次嗎？\n家屬：喔，")
    d.v(g.nhi(), "TW_NHI_CARD").t("。他生日是").v(g.dob(50, 90), "BIRTH_DATE")
    d.t("。你們有事打我手機").v(g.mob(), "PHONE").t("就好，我爸耳朵不好。")
    return d.sample()


def _dial_csv(g: _G) -> Sample:
    d = _Doc()
    d.t("序號,姓名,身分證字號,健保卡號,透析院所,趟數,核定金額\n")
    for i in range(1, g.ri(3, 5)):
        d.t(f"{i},").p(g.local()).t(",").v(g.tid(), "TW_NATIONAL_ID").t(",")
        d.v(g.nhi(), "TW_NHI_CARD")
        trips = g.ri(8, 13)
        d.t(f",{g.ch(_HOSPITALS)},{trips},{trips * 200}\n")
    return d.sample()


def _dial_mail(g: _G) -> Sample:
    d = _Doc()
    kid, pat = g.local(), g.male()
    d.t("From: ").p(kid).t(" <").v(g.mail(), "EMAIL").t(">\nSubject: 洗腎交通補助 補件（")
    d.p(pat).t("）\n\n承辦人您好：\n附上家父").p(pat).t("之透析證明及存摺影本，出生日期")
    d.v(g.dob(55, 90), "BIRTH_DATE").t("，現住").v(g.addr(), "ADDRESS")
    d.t("。如有問題請撥").v(g.phone(), "PHONE").t("，謝謝。\n").p(kid).t(" 敬上")
    return d.sample()


def _dial_roster(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.ri(112, 113)}年{g.ri(1, 12)}月洗腎交通補助撥款名冊\n")
    for i in range(1, g.ri(3, 6)):
        d.t(f"{i}. ").p(g.anyone()).t("（").v(g.tid(), "TW_NATIONAL_ID")
        d.t(f"）{g.ch(_HOSPITALS)} {g.ri(8, 13)}趟\n")
    d.t(f"承辦：社會救助科 分機{g.ri(200, 399)}")
    return d.sample()


def _dial_line(g: _G) -> Sample:
    d = _Doc()
    title = g.ch(("阿嬤", "阿公", "先生", "女士"))
    nurse, pat = g.female(), g.local("f" if title in ("阿嬤", "女士") else "m")
    d.t("個管師 ").p(nurse).t("：").p(pat)
    d.t(title, "的家屬您好，交通補助需要補健保卡影本喔\n")
    d.t("家屬：好的，卡號先給您 ").v(g.nhi(), "TW_NHI_CARD")
    d.t("\n家屬：地址有換，現在住 ").v(g.addr(), "ADDRESS")
    d.t("\n個管師 ").p(nurse).t("：收到👌")
    return d.sample()


def _dial_neg_plan(g: _G) -> str:
    return (
        f"依{g.county()}洗腎病患交通補助實施計畫，補助對象為設籍本縣滿6個月、每週接受血液透析"
        f"{g.ri(2, 3)}次以上之腎臟病患者，每趟補助新臺幣{g.ch((100, 150, 200, 250))}元，"
        f"每月上限{g.ri(20, 30) * 100:,}元，請於每季結束後{g.ri(10, 30)}日內檢附透析證明申請"
        f"（{g.docno('social')}）。"
    )


def _dial_neg_table(g: _G) -> str:
    rows = "".join(
        f"{h}\t{g.ch(_CODE_HEADS)}{g.digits(8)}\t{g.ri(20, 160)}床\t"
        f"{g.ch(('週一至週六', '週一三五', '全週'))}\n"
        for h in g.r.sample(_HOSPITALS, 3)
    )
    return f"特約透析院所\t醫事機構代碼\t床數\t服務時段\n{rows}"


def _dial_neg_memo(g: _G) -> str:
    return (
        f"FYI {g.ri(112, 113)}年Q{g.ri(1, 4)} 洗腎交通補助核銷：共{g.ri(300, 900)}人次，"
        f"總額NT${g.ri(200, 900):,},{g.digits(3)}，預算執行率{g.ri(60, 99)}%，"
        f"請會計室 check 後於{g.ev('md')}前回覆。另高齡透析人數較去年增加{g.ri(2, 12)}%。"
    )


def _dial_neg_rule(g: _G) -> str:
    return (
        f"依社會救助法第{g.ri(10, 20)}條及身心障礙者權益保障法第{g.ri(50, 60)}條，"
        f"透析交通補助與復康巴士不得重複申領；金門縣、連江縣及澎湖縣離島居民搭機就醫另依"
        f"離島就醫交通補助辦法辦理。案號{g.ri(112, 113)}社助{g.digits(5)}。"
    )


# --------------------------------------------------------------------------------------------
# 4. 矯正學校懇親
# --------------------------------------------------------------------------------------------


def _corr_table(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.ch(_SCHOOLS)} {g.ev('roc')} 懇親家屬名冊\n學生編號\t學生姓名\t出生\t懇親家屬\t關係\t")
    d.t("證件號碼\t聯絡電話\n")
    for _ in range(g.ri(2, 4)):
        d.t(f"{g.ri(112, 113)}{g.digits(3)}\t").p(g.student()).t("\t")
        d.v(g.dob(14, 19), "BIRTH_DATE").t("\t")
        if g.maybe(0.3):
            d.p(g.foreign(sex="f")).t(f"\t{g.ch(('母', '繼母', '母'))}\t")
            d.v(g.arc(), "TW_RESIDENT_CERT")
        else:
            rel = g.ch(("父", "母", "祖母", "姑姑", "外婆", "兄"))
            d.p(g.local("m" if rel in "父兄" else "f")).t(f"\t{rel}\t")
            d.v(g.tid("1" if rel in "父兄" else "2"), "TW_NATIONAL_ID")
        d.t("\t").v(g.phone(), "PHONE").t("\n")
    return d.sample()


def _corr_memo(g: _G) -> Sample:
    d = _Doc()
    stu, mom = g.student(), g.female()
    d.t(f"主旨：檢送本校{g.ri(112, 113)}年母親節懇親活動家屬名冊乙份，請查照。\n說明：\n")
    d.t("一、學生").p(stu).t("（").v(g.dob(14, 19), "BIRTH_DATE").t("生）之母").p(mom)
    d.t("申請入校懇親，經查驗身分證").v(g.tid("2"), "TW_NATIONAL_ID").t("無誤。\n")
    d.t("二、家屬聯絡電話").v(g.phone(), "PHONE").t("，住址").v(g.addr(), "ADDRESS")
    d.t(f"，已寄發入校通知。\n三、副本抄送本校輔導處（{g.docno('school')}）。")
    return d.sample()


def _corr_log(g: _G) -> Sample:
    d = _Doc()
    nat = g.ch(("vn", "vn", "id", "ph", "th"))
    stu, mom = g.student(), g.foreign(nat, sex="f")
    d.t(f"{g.ev('md')} 懇親 ").p(stu).t(" 母").p(mom)
    d.t(f"（{_NAT_ZH[nat][:2]}籍，居留證").v(g.arc(), "TW_RESIDENT_CERT")
    d.t(f"）及弟到校，會談{g.ri(30, 60)}分鐘，{g.ch(('情緒穩定', '學生落淚', '母親攜帶水果'))}。")
    if g.maybe(0.5):
        d.t("母手機換號：").v(g.mob(), "PHONE").t("。")
    d.t("導師 ").p(g.local()).t(" 記")
    return d.sample()


def _corr_call(g: _G) -> Sample:
    d = _Doc()
    stu, gran = g.male(), g.person("han_f", "married_f")
    d.t(f"家屬來電（{g.clock()}，教誨師接聽）：\n「我是").p(stu)
    d.t("的阿嬤啦，我叫").p(gran).t("，懇親那天我要帶他愛吃的滷肉飯進去可不可以？")
    d.t("我沒有手機，你打我家裡").v(g.tel(), "PHONE").t("，晚上我都在。」\n")
    d.t("處理：告知外食需於前三日申請，已登記阿嬤出生日期").v(g.dob(60, 85), "BIRTH_DATE")
    d.t("供入校查驗。")
    return d.sample()


def _corr_line(g: _G) -> Sample:
    d = _Doc()
    mom = g.female()
    d.t("導師：").p(mom).t(f"媽媽您好，懇親日是{g.ev('md')}(六)上午9點，請攜帶身分證正本喔\n")
    d.t("家長：好的老師，我身分證號碼是").v(g.tid("2"), "TW_NATIONAL_ID")
    d.t("，我先生").p(g.male()).t("也會一起去\n導師：那也請提供先生的身分證號，方便先送門禁\n")
    d.t("家長：").v(g.tid("1"), "TW_NATIONAL_ID").t("\n導師：收到，謝謝🙏")
    return d.sample()


def _corr_form(g: _G) -> Sample:
    d = _Doc()
    d.t("懇親申請單\n學生姓名：").p(g.student()).t(
        f"　班級：{g.ch(('忠', '孝', '仁', '愛'))}{g.ri(1, 6)}班\n"
    )
    rel = g.ch(("父", "母", "兄", "姊", "祖父", "舅舅", "母"))
    sex = "f" if rel in "母姊" else "m"
    if g.maybe(0.7):
        d.t("申請人：").p(g.local(sex)).t(f"　關係：{rel}\n")
        d.t("身分證號：").v(g.tid("2" if sex == "f" else "1"), "TW_NATIONAL_ID")
    else:
        nat = g.nat()
        d.t("申請人：").p(g.foreign(nat, sex=sex)).t(f"　關係：{rel}（{_NAT_ZH[nat]}籍）\n")
        d.t("護照號碼：").v(g.pp(nat), "PASSPORT")
    d.t("\n出生年月日：").v(g.dob(30, 75), "BIRTH_DATE")
    d.t("\n電話：").v(g.phone(), "PHONE")
    if g.maybe(0.5):
        d.t("　Email：").v(g.mail(), "EMAIL")
    d.t("\n通訊地址：").v(g.addr(), "ADDRESS")
    d.t(f"\n申請日期：{g.ev('roc')}")
    return d.sample()


def _corr_list(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.ch(_SCHOOLS)}懇親日入校人員（{g.ev('md')}）\n")
    for i in range(1, g.ri(3, 5)):
        d.t(f"{i}. 學生").p(g.student()).t("（").v(g.dob(14, 19), "BIRTH_DATE").t("）— ")
        if g.maybe(0.5):
            d.t("父 ").p(g.anyone("m")).t("、").p(g.foreign(sex="f"))
            d.t(g.ch(("（繼母）", "（母，外籍）")))
        else:
            d.t(g.ch(("母 ", "外婆 ", "姑姑 "))).p(g.anyone("f"))
        d.t("\n")
    return d.sample()


def _corr_neg_notice(g: _G) -> str:
    return (
        f"依少年矯正學校設置及教學實施通則及{g.ch(_SCHOOLS)}懇親實施要點，本校訂於"
        f"{g.ev('roc')}上午9時至12時舉辦懇親活動，家屬每名學生以{g.ri(3, 5)}人為限，"
        f"請攜帶身分證明文件正本，於校門口完成安全檢查。飲食以密封包裝為限，禁止攜帶"
        f"打火機、刀剪及含酒精飲料。（{g.docno('school')}）"
    )


def _corr_neg_table(g: _G) -> str:
    slots = "".join(
        f"{t}\t{a}\t{g.ch(('大禮堂', '輔導室', '會客室', '中庭'))}\n"
        for t, a in (("09:00", "報到、安檢"), ("09:30", "校長致詞"), ("10:00", "親子餐敘"),
                     ("11:30", "才藝表演"))
    )  # fmt: skip
    return f"時間\t活動\t地點\n{slots}承辦：學務處 輔導科"


def _corr_neg_stats(g: _G) -> str:
    return (
        f"{g.ri(112, 113)}年度各矯正學校懇親統計：誠正中學{g.ri(8, 12)}場、"
        f"明陽中學{g.ri(6, 10)}場、敦品中學{g.ri(4, 8)}場、勵志中學{g.ri(4, 8)}場，"
        f"家屬參與{g.ri(800, 2400):,}人次，"
        f"較去年成長{g.ri(2, 18)}%。另辦理遠距接見{g.ri(100, 600)}場次。"
    )


def _corr_neg_rule(g: _G) -> str:
    return (
        f"依少年矯正學校設置及教學實施通則第{g.ri(60, 80)}條，學生之接見及通信，除有妨害"
        f"矯正教育之虞外，不得限制。高關懷學生之家屬接見，得由輔導教師陪同。"
        f"張貼於{g.ch(('會客室', '大門', '穿堂'))}之公告自{g.ev('roc')}起生效。"
    )


# --------------------------------------------------------------------------------------------
# 5. 狂犬病疫苗接種、咬傷通報
# --------------------------------------------------------------------------------------------


def _dog_form(g: _G) -> Sample:
    d = _Doc()
    sex = g.ch("12")
    d.t("動物咬傷通報單\n被咬傷者：").p(g.male() if sex == "1" else g.female())
    d.t(f"\t性別：{'男' if sex == '1' else '女'}\t出生日期：").v(g.dob(4, 85), "BIRTH_DATE")
    d.t("\n身分證號：").v(g.tid(sex), "TW_NATIONAL_ID")
    d.t("\n聯絡電話：").v(g.phone(), "PHONE").t("\n住址：").v(g.addr(), "ADDRESS")
    d.t(f"\n咬傷時間：{g.ev('rocslash')} {g.clock()}\n咬傷部位：{g.ch(_BODY)}\n")
    d.t(f"動物：犬（{g.ch(('流浪', '家犬', '放養'))}，{g.ch(_DOG_DESC)}）\n")
    d.t(f"處置：已至{g.ch(_ER)}就醫，犬隻留置觀察10日")
    return d.sample()


def _dog_log(g: _G) -> Sample:
    d = _Doc()
    vic = g.anyone()
    town = g.town()
    d.t(f"{g.ev('md')} {g.hhmm()} {town}{g.village(town)} 民眾").p(vic)
    d.t(f"於田邊遭野犬咬傷{g.ch(_BODY)}，已送{g.ch(_ER)}；犬隻已捕捉留檢。聯絡")
    d.v(g.phone(), "PHONE")
    if g.maybe(0.5):
        d.t("，生日").v(g.dob(5, 85), "BIRTH_DATE")
    d.t("。防疫員 ").p(g.local()).t(" 回報")
    return d.sample()


def _dog_roster(g: _G) -> Sample:
    d = _Doc()
    d.t(f"{g.town()}狂犬病疫苗巡迴注射紀錄（{g.ev('roc')}）\n晶片號碼\t犬名\t飼主\t電話\t地址\n")
    for _ in range(g.ri(2, 4)):
        d.t(f"{g.ch(('900', '985'))}{g.digits(12)}\t{g.ch(_DOGS)}\t").p(g.local()).t("\t")
        d.v(g.phone(), "PHONE").t("\t")
        if g.maybe(0.7):
            d.v(g.addr(), "ADDRESS")
        else:
            d.t("同村")
        d.t("\n")
    return d.sample()


def _dog_call(g: _G) -> Sample:
    d = _Doc()
    caller = g.female()
    d.t("民眾來電：「喂，我住").v(g.addr(), "ADDRESS")
    d.t("，我們家阿弟昨天放學被隔壁放養的狗咬到腳，要不要打狂犬病疫苗？」\n")
    d.t("承辦：請問您貴姓？\n民眾：「我叫").p(caller).t("，手機").v(g.mob(), "PHONE")
    d.t("，小孩是").v(g.dob(6, 12), "BIRTH_DATE").t("出生的。」\n")
    d.t("處理：建議就醫評估，已通報動物防疫所派員訪視犬隻。")
    return d.sample()


def _dog_english(g: _G) -> Sample:
    d = _Doc()
    worker = g.foreign(latin=True)
    d.t("Foreign worker ").p(worker).t(" bitten by stray dog at 工地 (").t(g.town())
    d.t("), ARC ").v(g.arc(), "TW_RESIDENT_CERT").t(", DOB ").v(
        g.dob(20, 45, ad=True), "BIRTH_DATE"
    )
    d.t("。雇主聯絡人").p(g.local()).t(" ").v(g.phone(), "PHONE")
    d.t("，已安排 PEP 第1劑，follow up on day 3, 7, 14.")
    return d.sample()


def _dog_line(g: _G) -> Sample:
    d = _Doc()
    chief = g.male()
    t = g.clocks(4)
    d.t(f"[{t[0]}] 村長 ").p(chief).t("：剛剛")
    who = g.ch(("阿伯", "的孫子", "太太", "阿姨", ""))
    vic = g.local("m" if who == "阿伯" else "f" if who in ("太太", "阿姨") else None, rom=True)
    d.p(vic).t(who, "在活動中心前面被黑狗咬了，人已經送醫\n")
    d.t(f"[{t[1]}] 動保所：請村長提供被咬者電話，我們要追蹤\n")
    d.t(f"[{t[2]}] 村長 ").p(chief).t("：").v(g.mob(), "PHONE")
    d.t(f"\n[{t[3]}] 動保所：收到，明天{g.ch(('上午', '下午'))}去捕犬")
    return d.sample()


def _dog_csv(g: _G) -> Sample:
    d = _Doc()
    d.t("通報編號,通報日期,被咬者,出生日期,電話,咬傷部位,動物來源\n")
    for _ in range(g.ri(2, 4)):
        d.t(f"R{g.ri(112, 113)}-{g.digits(4)},{g.ev('rocslash')},").p(g.anyone()).t(",")
        d.v(g.dob(3, 85), "BIRTH_DATE").t(",")
        if g.maybe(0.8):
            d.v(g.phone(), "PHONE")
        d.t(f",{g.ch(_BODY)},{g.ch(('流浪犬', '家犬', '鼬獾', '貓'))}\n")
    return d.sample()


def _dog_neg_prose(g: _G) -> str:
    return (
        f"依動物傳染病防治條例第{g.ri(10, 14)}條規定，飼主應每年為犬貓施打狂犬病疫苗。"
        f"自102年起臺灣累計確認鼬獾狂犬病病例{g.ri(800, 1000)}例，"
        f"{g.ri(112, 113)}年新增病例集中於{g.ch(('南投縣', '臺東縣', '臺中市', '高雄市'))}山區。"
        f"民眾遭動物抓咬傷請立即以肥皂及清水沖洗15分鐘並就醫，疫情諮詢請撥1922。"
    )


def _dog_station(g: _G) -> str:
    town = g.town()
    if g.maybe(0.5):
        return town + g.village(town) + g.ch(("活動中心", "辦公處"))
    return town + g.ch(_VILLAGES) + g.ch(("土地公廟前", "國小操場", "市場停車場"))


def _dog_neg_schedule(g: _G) -> str:
    rows = "".join(
        f"{g.ev('md')}\t{g.ch(('09:00-10:00', '10:30-11:30', '14:00-15:00'))}\t{_dog_station(g)}\n"
        for _ in range(3)
    )
    fee = g.ch((100, 150, 200))
    return f"狂犬病疫苗巡迴注射站\n日期\t時間\t地點\n{rows}每劑收費新臺幣{fee}元，植入晶片另計。"


def _dog_neg_stats(g: _G) -> str:
    return (
        f"{g.county()}{g.ri(112, 113)}年動物咬傷通報{g.ri(200, 900)}件，其中犬隻{g.ri(60, 80)}%、"
        f"貓{g.ri(10, 25)}%；犬貓狂犬病疫苗注射率{g.ri(60, 85)}.{g.ri(0, 9)}%，"
        f"收容所捕捉遊蕩犬{g.ri(1000, 4000):,}隻，絕育{g.ri(500, 2000):,}隻。動物保護專線1959。"
    )


def _dog_neg_notice(g: _G) -> str:
    town = g.town()
    return (
        f"公告：{town}{g.village(town)}周邊山區發現鼬獾屍體，"
        f"經{g.ch(('動植物防疫檢疫署', '獸醫研究所'))}檢驗確認為狂犬病"
        f"（案號{g.ri(112, 113)}-RB-{g.digits(3)}），請居民勿接觸野生動物，"
        f"家中犬貓請於{g.ev('roc')}前完成補強注射。高風險地區名單詳見附表。"
    )


# --------------------------------------------------------------------------------------------
# 6. 節能家電補助
# --------------------------------------------------------------------------------------------


def _invoice(g: _G) -> str:
    letters = g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + g.ch("EFGHJKLMNPQRSTUVWXYZ")
    return f"{letters}-{g.digits(8)}"


def _app_form(g: _G) -> Sample:
    d = _Doc()
    d.t("節能家電補助申請表\n申請人姓名：").p(g.anyone())
    d.t(f"\n{g.id_word()}：")
    if g.maybe(0.8):
        d.v(g.tid(), "TW_NATIONAL_ID")
    else:
        d.v(g.arc(), "TW_RESIDENT_CERT")
    d.t("\n電話：").v(g.phone(), "PHONE").t("\n電子信箱：").v(g.mail(), "EMAIL")
    d.t("\n設置地址：").v(g.addr(), "ADDRESS")
    d.t(f"\n購買品項：{g.ch(_BRANDS)} {g.ch(_MODELS)} {g.ch(_ITEMS)}（能效{g.ri(1, 2)}級）")
    d.t(f"\n發票號碼：{_invoice(g)}　購買日期：{g.ev('rocslash')}")
    if g.maybe(0.5):
        d.t("\n退款方式：刷退至信用卡 ").v(g.card(), "CREDIT_CARD")
    return d.sample()


def _app_note(g: _G) -> Sample:
    d = _Doc()
    who = g.local()
    d.t("民眾").p(who).t(f"臨櫃申請汰換舊{g.ch(_ITEMS)}補助，因發票抬頭為{g.ch(_COMPANIES)}")
    d.t(f"（統編{g.ban_no()}），不符個人申請資格，已說明並退件。")
    d.p(who).t("表示將請店家重開發票，聯絡電話").v(g.phone(), "PHONE").t("。")
    return d.sample()


def _app_mail(g: _G) -> Sample:
    d = _Doc()
    who = g.anyone()
    d.t("From: ").p(who).t(" <").v(g.mail(), "EMAIL").t(">\nSubject: 節能家電補助進度查詢\n\n")
    d.t(
        f"您好，我在{g.ev('rocslash')}線上申請{g.ch(_ITEMS)}補助，"
        f"申請編號{g.ri(112, 113)}-E-{g.digits(6)}，"
    )
    d.t("到現在還沒收到款項。我的身分證字號").v(g.tid(), "TW_NATIONAL_ID")
    d.t("，電話").v(g.mob(), "PHONE").t("，麻煩幫我查一下，thanks!\n\n").p(who)
    return d.sample()


def _app_csv(g: _G) -> Sample:
    d = _Doc()
    d.t("申請編號,申請人,身分證字號,品項,補助金額,電話\n")
    for _ in range(g.ri(2, 4)):
        d.t(f"{g.ri(112, 113)}E{g.digits(5)},").p(g.anyone()).t(",")
        d.v(g.tid(), "TW_NATIONAL_ID")
        d.t(f",{g.ch(_ITEMS)},{g.ch((2000, 3000, 5000))},")
        if g.maybe(0.8):
            d.v(g.phone(), "PHONE")
        d.t("\n")
    return d.sample()


def _app_call(g: _G) -> Sample:
    d = _Doc()
    who = g.female()
    d.t("1999轉接電話紀錄：\n民眾：「我是").p(who)
    d.t(f"，上個月買了{g.ch(_BRANDS)}的{g.ch(_ITEMS)}，舊的被回收業者載走了，")
    d.t("可是他們說回收聯單要寫我的地址，我寫").v(g.addr(), "ADDRESS")
    d.t("這樣對嗎？」\n承辦：對的。請問您生日？\n民眾：「").v(g.dob(30, 80), "BIRTH_DATE")
    d.t("。」\n承辦：好，查到了，款項會匯入您登記的帳戶。")
    return d.sample()


def _app_aligned(g: _G) -> Sample:
    d = _Doc()
    d.t("收件日期    申請人          電話             品項\n")
    for _ in range(g.ri(2, 4)):
        nm, ph = g.local(), g.phone()
        d.t(g.ev("rocslash"), "   ").p(nm).t(" " * max(2, 14 - 2 * len(nm[0])))
        d.v(ph, "PHONE").t(" " * max(2, 17 - len(ph)), g.ch(_ITEMS), "\n")
    return d.sample()


def _app_line(g: _G) -> Sample:
    d = _Doc()
    clerk = g.local()
    t = g.clocks(3)
    d.t(f"[{t[0]}] 電器行：承辦 ").p(clerk).t(" 你好，幫客人問補助，客人是 ").p(g.anyone())
    d.t("，身分證 ").v(g.tid(), "TW_NATIONAL_ID")
    d.t(f"\n[{t[1]}] 承辦：系統顯示已核准，{g.ev('md')}撥款\n")
    d.t(f"[{t[2]}] 電器行：感謝🙏 客人另外問能不能改寄 ").v(g.mail(), "EMAIL")
    return d.sample()


def _app_neg_rules(g: _G) -> str:
    return (
        f"經濟部能源署{g.ri(112, 113)}年度節能家電補助：購買能源效率1級或2級之冷氣機、電冰箱，"
        f"每台補助新臺幣{g.ch(('2,000', '3,000', '5,000'))}元，每戶以{g.ri(2, 3)}台為限，"
        f"須汰換{g.ri(8, 10)}年以上舊機並完成回收。受理期間自{g.ev('roc')}起至額滿為止"
        f"（{g.docno('energy')}）。諮詢專線0800-{g.ri(100, 899)}-{g.ri(100, 899)}。"
    )


def _app_neg_products(g: _G) -> str:
    rows = "".join(
        f"{g.ch(_BRANDS)}\t{m}\t{g.ch(_ITEMS)}\t{g.ri(1, 2)}級\t{g.ri(180, 650)}\n"
        for m in g.r.sample(_MODELS, 3)
    )
    return f"品牌\t型號\t品項\t能效等級\t年耗電量(度)\n{rows}"


def _app_neg_dealers(g: _G) -> str:
    cs = g.r.sample(_COMPANIES, 3)
    lines = "".join(f"{i}. {c}（統一編號{g.ban_no()}）{g.town()}\n" for i, c in enumerate(cs, 1))
    return f"節能家電補助合作經銷商（{g.ev('roc')}更新）\n{lines}"


def _app_neg_stats(g: _G) -> str:
    return (
        f"截至{g.ev('roc')}，{g.county()}受理節能家電補助{g.ri(5000, 30000):,}件，核撥"
        f"{g.ri(2000, 9000):,}萬元，其中冷氣機占{g.ri(40, 70)}%。"
        f"預估年節電{g.ri(300, 2000):,}萬度，"
        f"相當於減碳{g.ri(1, 9)}千公噸。江翠、石門、金山等地區申請量成長最快。"
    )


# --------------------------------------------------------------------------------------------

_Pos = Callable[[_G], Sample]
_Neg = Callable[[_G], str]

_GENRES: tuple[tuple[tuple[_Pos, ...], tuple[_Neg, ...]], ...] = (
    (
        (_hotel_memo, _hotel_log, _hotel_table, _hotel_csv, _hotel_card, _hotel_line,
         _hotel_call, _hotel_english),
        (_hotel_neg_prose, _hotel_neg_stats, _hotel_neg_registry, _hotel_neg_line,
         _hotel_neg_log),
    ),
    (
        (_pest_table, _pest_memo, _pest_log, _pest_aligned, _pest_form, _pest_line, _pest_mail),
        (_pest_neg_prose, _pest_neg_products, _pest_neg_company, _pest_neg_stats),
    ),
    (
        (_dial_form, _dial_note, _dial_call, _dial_csv, _dial_mail, _dial_roster, _dial_line),
        (_dial_neg_plan, _dial_neg_table, _dial_neg_memo, _dial_neg_rule),
    ),
    (
        (_corr_table, _corr_memo, _corr_log, _corr_call, _corr_line, _corr_form, _corr_list),
        (_corr_neg_notice, _corr_neg_table, _corr_neg_stats, _corr_neg_rule),
    ),
    (
        (_dog_form, _dog_log, _dog_roster, _dog_call, _dog_english, _dog_line, _dog_csv),
        (_dog_neg_prose, _dog_neg_schedule, _dog_neg_stats, _dog_neg_notice),
    ),
    (
        (_app_form, _app_note, _app_mail, _app_csv, _app_call, _app_aligned, _app_line),
        (_app_neg_rules, _app_neg_products, _app_neg_dealers, _app_neg_stats),
    ),
)  # fmt: skip


def generate_heldout63(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    r = random.Random(seed * 1_000_003 + 63)
    known, unknown, known_list = _pools(r)
    g = _G(r, known, unknown)
    samples: list[Sample] = []
    for _ in range(n):
        positives, negatives = g.ch(_GENRES)
        if r.random() < 0.25:
            samples.append(Sample(g.ch(negatives)(g), [], True, []))
        else:
            samples.append(g.ch(positives)(g))
    return samples, known_list
