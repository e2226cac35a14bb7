"""A fifth, independently written labelled set ("held-out 4") for the de-identification scanner.

Written without looking at the recognizers, the name lists or the other generators, so the
score on it is an honest figure for text the recognizers were never tuned against. The
genres differ from the earlier sets on purpose: household-registration counter logs,
military-service notices, fire-safety inspections, food-sampling records, public-housing
reviews, land-administration letters, hospital SMS copies, parking-ticket appeals, sports
registration lists, cram-school complaints, animal-control reports, indigenous-affairs
subsidy files and new-immigrant service-centre notes.

Labelling conventions (what a careful human annotator would mark):

* PERSON covers the name only (no 先生/君/醫師 cue); surname-only forms (陳先生) are never
  generated, neither as positives nor in negatives, because annotators disagree on them.
* ADDRESS covers a house-level address, including a leading postal code; road names
  without a house number, shop names and land-parcel numbers (地號) are not addresses.
* PHONE includes an attached extension (#12, 分機 12, ext. 12).
* BIRTH_DATE is only a date of birth; event dates (application, inspection, appointment
  dates) stay unlabelled even when they sit next to personal data.
* Agency contact details (hotlines, office e-mails, staff extensions) are left out of the
  texts entirely, so they are neither positives nor negatives.
* Licence plates and ticket numbers appear unlabelled: none of the ten entity types
  covers them.

About a quarter of the samples are hard negatives with no personal data at all but with
look-alikes: 公文 numbers, case numbers, valid business numbers (BAN), statute articles,
amounts, event dates, organisation and place names, job titles, product and lot codes,
words that begin with a common surname character and statistics tables with dates.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid

# ---------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------

# Surnames with romanisation and approximate share (%) of Taiwan's population (household
# registration surname statistics): 陳 about 11 %, 林 8 %, 黃 6 % ... The rare compound
# surnames keep a small weight so that they do occur.
_SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("陳", "Chen", 11.1), ("林", "Lin", 8.3), ("黃", "Huang", 6.0), ("張", "Chang", 5.3),
    ("李", "Lee", 5.1), ("王", "Wang", 4.1), ("吳", "Wu", 4.0), ("劉", "Liu", 3.2),
    ("蔡", "Tsai", 2.9), ("楊", "Yang", 2.7), ("許", "Hsu", 2.3), ("鄭", "Cheng", 1.9),
    ("謝", "Hsieh", 1.8), ("郭", "Kuo", 1.7), ("洪", "Hung", 1.6), ("曾", "Tseng", 1.4),
    ("邱", "Chiu", 1.4), ("廖", "Liao", 1.4), ("賴", "Lai", 1.3), ("周", "Chou", 1.2),
    ("徐", "Hsu", 1.1), ("蘇", "Su", 1.1), ("葉", "Yeh", 1.1), ("莊", "Chuang", 1.0),
    ("呂", "Lu", 1.0), ("江", "Chiang", 0.9), ("何", "Ho", 0.8), ("蕭", "Hsiao", 0.8),
    ("羅", "Lo", 0.8), ("高", "Kao", 0.8), ("簡", "Chien", 0.6), ("潘", "Pan", 0.6),
    ("朱", "Chu", 0.6), ("鍾", "Chung", 0.6), ("彭", "Peng", 0.6), ("游", "Yu", 0.6),
    ("詹", "Chan", 0.5), ("胡", "Hu", 0.5), ("施", "Shih", 0.5), ("沈", "Shen", 0.5),
    ("余", "Yu", 0.5), ("趙", "Chao", 0.4), ("盧", "Lu", 0.4), ("梁", "Liang", 0.4),
    ("顏", "Yen", 0.4), ("柯", "Ko", 0.4), ("孫", "Sun", 0.4), ("魏", "Wei", 0.4),
    ("翁", "Weng", 0.4), ("戴", "Tai", 0.4), ("范", "Fan", 0.3), ("宋", "Sung", 0.3),
    ("方", "Fang", 0.3), ("鄧", "Teng", 0.3), ("杜", "Tu", 0.3), ("傅", "Fu", 0.3),
    ("侯", "Hou", 0.3), ("曹", "Tsao", 0.3), ("薛", "Hsueh", 0.3), ("丁", "Ting", 0.2),
    ("卓", "Cho", 0.2), ("阮", "Juan", 0.2), ("馬", "Ma", 0.2), ("董", "Tung", 0.2),
    ("溫", "Wen", 0.2), ("唐", "Tang", 0.2), ("藍", "Lan", 0.2), ("石", "Shih", 0.2),
    ("蔣", "Chiang", 0.2), ("古", "Ku", 0.2), ("紀", "Chi", 0.2), ("姚", "Yao", 0.2),
    ("連", "Lien", 0.2), ("馮", "Feng", 0.2), ("歐陽", "Ouyang", 0.05),
    ("張簡", "Changchien", 0.03), ("范姜", "Fanchiang", 0.03),
)  # fmt: skip
_SUR_WEIGHTS = [w for _, _, w in _SURNAMES]
_SURNAMES_LONGEST_FIRST = sorted(_SURNAMES, key=lambda s: -len(s[0]))

# Given names as Taiwanese people actually carry them, by sex and generation
# (o: born ~1935-1965, m: ~1965-1990, y: ~1990-2015), with Wade-Giles romanisation.
_GIVEN: tuple[tuple[str, str, str, str], ...] = (
    ("文雄", "Wen-hsiung", "M", "o"), ("正雄", "Cheng-hsiung", "M", "o"),
    ("金龍", "Chin-lung", "M", "o"), ("進財", "Chin-tsai", "M", "o"),
    ("清水", "Ching-shui", "M", "o"), ("明德", "Ming-te", "M", "o"),
    ("國華", "Kuo-hua", "M", "o"), ("永福", "Yung-fu", "M", "o"),
    ("榮輝", "Jung-hui", "M", "o"), ("順發", "Shun-fa", "M", "o"),
    ("添丁", "Tien-ting", "M", "o"), ("建國", "Chien-kuo", "M", "o"),
    ("志明", "Chih-ming", "M", "m"), ("俊宏", "Chun-hung", "M", "m"),
    ("建宏", "Chien-hung", "M", "m"), ("志偉", "Chih-wei", "M", "m"),
    ("家豪", "Chia-hao", "M", "m"), ("信宏", "Hsin-hung", "M", "m"),
    ("俊傑", "Chun-chieh", "M", "m"), ("明哲", "Ming-che", "M", "m"),
    ("宗憲", "Tsung-hsien", "M", "m"), ("志豪", "Chih-hao", "M", "m"),
    ("文彬", "Wen-pin", "M", "m"), ("孟儒", "Meng-ju", "M", "m"),
    ("小明", "Hsiao-ming", "M", "m"), ("政達", "Cheng-ta", "M", "m"),
    ("冠宇", "Kuan-yu", "M", "y"), ("承恩", "Cheng-en", "M", "y"),
    ("宗翰", "Tsung-han", "M", "y"), ("柏翰", "Po-han", "M", "y"),
    ("彥廷", "Yen-ting", "M", "y"), ("冠廷", "Kuan-ting", "M", "y"),
    ("宥廷", "Yu-ting", "M", "y"), ("品睿", "Pin-jui", "M", "y"),
    ("宇翔", "Yu-hsiang", "M", "y"), ("承翰", "Cheng-han", "M", "y"),
    ("子睿", "Tzu-jui", "M", "y"), ("宸睿", "Chen-jui", "M", "y"),
    ("秀英", "Hsiu-ying", "F", "o"), ("麗華", "Li-hua", "F", "o"),
    ("玉蘭", "Yu-lan", "F", "o"), ("秋月", "Chiu-yueh", "F", "o"),
    ("素貞", "Su-chen", "F", "o"), ("月娥", "Yueh-o", "F", "o"),
    ("金枝", "Chin-chih", "F", "o"), ("玉梅", "Yu-mei", "F", "o"),
    ("碧霞", "Pi-hsia", "F", "o"), ("美雲", "Mei-yun", "F", "o"),
    ("淑芬", "Shu-fen", "F", "m"), ("美玲", "Mei-ling", "F", "m"),
    ("淑惠", "Shu-hui", "F", "m"), ("美惠", "Mei-hui", "F", "m"),
    ("雅雯", "Ya-wen", "F", "m"), ("惠如", "Hui-ju", "F", "m"),
    ("佩珊", "Pei-shan", "F", "m"), ("怡君", "Yi-chun", "F", "m"),
    ("雅婷", "Ya-ting", "F", "m"), ("靜怡", "Ching-yi", "F", "m"),
    ("慧玲", "Hui-ling", "F", "m"), ("小燕", "Hsiao-yen", "F", "m"),
    ("佳穎", "Chia-ying", "F", "y"), ("詩涵", "Shih-han", "F", "y"),
    ("欣怡", "Hsin-yi", "F", "y"), ("宜蓁", "Yi-chen", "F", "y"),
    ("子涵", "Tzu-han", "F", "y"), ("品妍", "Pin-yen", "F", "y"),
    ("語彤", "Yu-tung", "F", "y"), ("芷晴", "Chih-ching", "F", "y"),
    ("思妤", "Szu-yu", "F", "y"), ("宥蓁", "Yu-chen", "F", "y"),
    ("苡安", "Yi-an", "F", "y"), ("筱涵", "Hsiao-han", "F", "y"),
    ("天賜", "Tien-tzu", "M", "o"), ("文祥", "Wen-hsiang", "M", "o"),
    ("金水", "Chin-shui", "M", "o"), ("萬得", "Wan-te", "M", "o"),
    ("春生", "Chun-sheng", "M", "o"), ("武雄", "Wu-hsiung", "M", "o"),
    ("振興", "Chen-hsing", "M", "o"), ("錦堂", "Chin-tang", "M", "o"),
    ("福來", "Fu-lai", "M", "o"), ("炳輝", "Ping-hui", "M", "o"),
    ("建志", "Chien-chih", "M", "m"), ("志成", "Chih-cheng", "M", "m"),
    ("俊賢", "Chun-hsien", "M", "m"), ("建良", "Chien-liang", "M", "m"),
    ("國棟", "Kuo-tung", "M", "m"), ("志強", "Chih-chiang", "M", "m"),
    ("家銘", "Chia-ming", "M", "m"), ("明宏", "Ming-hung", "M", "m"),
    ("振宇", "Chen-yu", "M", "m"), ("耀德", "Yao-te", "M", "m"),
    ("世豪", "Shih-hao", "M", "m"), ("致遠", "Chih-yuan", "M", "m"),
    ("銘傑", "Ming-chieh", "M", "m"), ("嘉宏", "Chia-hung", "M", "m"),
    ("柏宇", "Po-yu", "M", "y"), ("家瑋", "Chia-wei", "M", "y"),
    ("宇恩", "Yu-en", "M", "y"), ("睿恩", "Jui-en", "M", "y"),
    ("承佑", "Cheng-yu", "M", "y"), ("品翔", "Pin-hsiang", "M", "y"),
    ("奕辰", "Yi-chen", "M", "y"), ("育誠", "Yu-cheng", "M", "y"),
    ("昱廷", "Yu-ting", "M", "y"), ("哲瑋", "Che-wei", "M", "y"),
    ("亮宇", "Liang-yu", "M", "y"), ("祐寧", "Yu-ning", "M", "y"),
    ("美珠", "Mei-chu", "F", "o"), ("秀琴", "Hsiu-chin", "F", "o"),
    ("春梅", "Chun-mei", "F", "o"), ("玉霞", "Yu-hsia", "F", "o"),
    ("寶珠", "Pao-chu", "F", "o"), ("罔市", "Wang-shih", "F", "o"),
    ("錦雲", "Chin-yun", "F", "o"), ("素娥", "Su-o", "F", "o"),
    ("麗珠", "Li-chu", "F", "o"), ("月英", "Yueh-ying", "F", "o"),
    ("淑娟", "Shu-chuan", "F", "m"), ("玉婷", "Yu-ting", "F", "m"),
    ("雅惠", "Ya-hui", "F", "m"), ("佩君", "Pei-chun", "F", "m"),
    ("家瑜", "Chia-yu", "F", "m"), ("曉雯", "Hsiao-wen", "F", "m"),
    ("慧君", "Hui-chun", "F", "m"), ("婉婷", "Wan-ting", "F", "m"),
    ("佳蓉", "Chia-jung", "F", "m"), ("郁雯", "Yu-wen", "F", "m"),
    ("怡萱", "Yi-hsuan", "F", "m"), ("詩婷", "Shih-ting", "F", "m"),
    ("子晴", "Tzu-ching", "F", "y"), ("雨潔", "Yu-chieh", "F", "y"),
    ("心妤", "Hsin-yu", "F", "y"), ("亭妤", "Ting-yu", "F", "y"),
    ("以晴", "Yi-ching", "F", "y"), ("可馨", "Ko-hsin", "F", "y"),
    ("羽彤", "Yu-tung", "F", "y"), ("昀蓁", "Yun-chen", "F", "y"),
    ("沛瑜", "Pei-yu", "F", "y"), ("妍希", "Yen-hsi", "F", "y"),
    ("宜庭", "Yi-ting", "F", "y"), ("芯瑜", "Hsin-yu", "F", "y"),
    ("偉", "Wei", "M", "m"), ("勇", "Yung", "M", "o"), ("傑", "Chieh", "M", "y"),
    ("婷", "Ting", "F", "y"), ("娟", "Chuan", "F", "m"), ("慧", "Hui", "F", "m"),
)  # fmt: skip

_VIET_SUR = (("阮", "Nguyen"), ("陳", "Tran"), ("黎", "Le"), ("范", "Pham"), ("武", "Vo"),
             ("黃", "Hoang"), ("鄧", "Dang"), ("裴", "Bui"), ("吳", "Ngo"))  # fmt: skip
_VIET_GIVEN_F = (("蘭", "Lan"), ("花", "Hoa"), ("梅", "Mai"), ("秋", "Thu"), ("香", "Huong"),
                 ("玉英", "Ngoc Anh"), ("紅絨", "Hong Nhung"), ("玲", "Linh"), ("妝", "Trang"),
                 ("秋霞", "Thu Ha"))  # fmt: skip
_VIET_GIVEN_M = (("南", "Nam"), ("德", "Duc"), ("雄", "Hung"), ("明", "Minh"), ("俊", "Tuan"))
_INDO_F = ("Siti", "Sri", "Dewi", "Nur", "Rina", "Ika", "Wulan", "Yuli", "Ani", "Eka")
_INDO_F2 = ("Aminah", "Wahyuni", "Lestari", "Hidayah", "Susanti", "Puspitasari", "Rahayu",
            "Sari", "Nurhasanah", "Handayani")  # fmt: skip
_INDO_M = ("Budi", "Agus", "Eko", "Rudi", "Dedi", "Joko")
_INDO_M2 = ("Santoso", "Setiawan", "Prasetyo", "Hidayat", "Saputra", "Wibowo")
_PHIL_FIRST = ("Maria Cristina", "Jocelyn", "Mary Ann", "Rowena", "Jennifer", "Marites",
               "Jose", "Mark Anthony", "Ricardo", "Analyn")  # fmt: skip
_PHIL_LAST = ("Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva",
              "Ramos", "Aquino", "Castillo")  # fmt: skip
_THAI = ("Somchai Wongsa", "Nattaya Srisuk", "Anan Boonmee", "Pranee Kaewkla",
         "Suda Chaiyaporn", "Wichai Thongdee")  # fmt: skip
_WEST_FIRST = ("John", "Emily", "David", "Sarah", "Thomas", "Laura", "Michael", "Anna",
               "James", "Sophie", "Daniel", "Claire")  # fmt: skip
_WEST_LAST = ("Miller", "Carter", "Wilson", "Johnson", "Becker", "Dubois", "Brown",
              "Schmidt", "Taylor", "Martin", "Clarke", "Novak")  # fmt: skip
_JP = (("佐藤", "美咲", "Sato Misaki"), ("田中", "健太", "Tanaka Kenta"),
       ("鈴木", "由美", "Suzuki Yumi"), ("高橋", "翔太", "Takahashi Shota"),
       ("山本", "彩花", "Yamamoto Ayaka"))  # fmt: skip
# Indigenous personal names (transliterated) joined to a father's / family name.
_INDIG_GIVEN = (("瓦旦", "Watan", "M"), ("比令", "Pilin", "M"), ("尤幹", "Yukan", "M"),
                ("哈勇", "Hayung", "M"), ("馬躍", "Mayaw", "M"), ("巴萬", "Pawan", "M"),
                ("阿布", "Apu", "M"), ("吉娃斯", "Ciwas", "F"), ("巴奈", "Panay", "F"),
                ("伊娃", "Iwan", "F"), ("撒韻", "Sayun", "F"), ("雅外", "Yawai", "F"),
                ("比黛", "Pitay", "F"))  # fmt: skip
_INDIG_FAMILY = (("達道", "Tatao"), ("尤命", "Yumin"), ("巴彥", "Payan"), ("吉拉", "Kila"),
                 ("古拉斯", "Kulas"), ("馬賴", "Malay"), ("拉瓦", "Rawa"), ("達給", "Taki"),
                 ("阿浪", "Alang"))  # fmt: skip
_INDIG_DOTS = ("·", "‧", "．", "・")

_KIND_DEFAULT = {"han": 0.86, "han_rom": 0.04, "viet": 0.03, "indo": 0.02, "west": 0.02,
                 "indig": 0.02, "phil": 0.01}  # fmt: skip
_KIND_IMMIGRANT = {"han": 0.3, "viet": 0.3, "indo": 0.18, "phil": 0.1, "thai": 0.06,
                   "jp": 0.03, "west": 0.03}  # fmt: skip
_KIND_INDIGENOUS = {"indig": 0.55, "han": 0.45}
_KIND_SPORTS = {"han": 0.7, "han_rom": 0.12, "west": 0.1, "jp": 0.04, "indig": 0.04}


@dataclass(frozen=True)
class _Person:
    """One generated person: the written name plus what other fields should agree with."""

    name: str
    gender: str  # "M" or "F"
    era: str  # "o", "m" or "y": which generation the given name belongs to
    rom: str  # romanised form, for e-mail local parts
    kind: str = "han"


def _han(rng: random.Random) -> _Person:
    sur, sur_rom, _ = rng.choices(_SURNAMES, weights=_SUR_WEIGHTS)[0]
    given, given_rom, sex, era = rng.choice(_GIVEN)
    return _Person(sur + given, sex, era, f"{sur_rom} {given_rom}")


def _make_person(rng: random.Random, kind: str) -> _Person:
    """A fresh person of ``kind``, written the way such a name appears in agency text."""
    p = _make_person_of(rng, kind)
    return _Person(p.name, p.gender, p.era, p.rom, kind)


def _make_person_of(rng: random.Random, kind: str) -> _Person:
    if kind == "han":
        return _han(rng)
    if kind == "han_rom":
        p = _han(rng)
        sur, given = p.rom.split(" ", 1)
        style = rng.randrange(4)
        if style == 0:
            name = f"{sur} {given}"
        elif style == 1:
            name = f"{given} {sur}"
        elif style == 2:
            name = f"{sur.upper()}, {given.upper()}"
        else:
            name = f"{sur} {given.replace('-', ' ').title()}"
        return _Person(name, p.gender, p.era, p.rom)
    if kind == "viet":
        (s, s_rom), female = rng.choice(_VIET_SUR), rng.random() < 0.8
        g, g_rom = rng.choice(_VIET_GIVEN_F if female else _VIET_GIVEN_M)
        mid, mid_rom = ("氏", "Thi") if female else ("文", "Van")
        if rng.random() < 0.5:
            return _Person(s + mid + g, "F" if female else "M", "m", f"{s_rom} {g_rom}")
        return _Person(f"{s_rom} {mid_rom} {g_rom}", "F" if female else "M", "m", s_rom)
    if kind == "indo":
        if rng.random() < 0.75:
            name = f"{rng.choice(_INDO_F)} {rng.choice(_INDO_F2)}"
            return _Person(name, "F", "m", name)
        name = f"{rng.choice(_INDO_M)} {rng.choice(_INDO_M2)}"
        return _Person(name, "M", "m", name)
    if kind == "phil":
        first = rng.choice(_PHIL_FIRST)
        sex = "M" if first in ("Jose", "Mark Anthony", "Ricardo") else "F"
        return _Person(f"{first} {rng.choice(_PHIL_LAST)}", sex, "m", first)
    if kind == "thai":
        name = rng.choice(_THAI)
        return _Person(name, "M" if name.startswith(("Somchai", "Anan", "Wichai")) else "F",
                       "m", name)  # fmt: skip
    if kind == "jp":
        sur, given, rom = rng.choice(_JP)
        name = sur + given if rng.random() < 0.5 else rom
        return _Person(name, "F" if given in ("美咲", "由美", "彩花") else "M", "m", rom)
    if kind == "west":
        first, last = rng.choice(_WEST_FIRST), rng.choice(_WEST_LAST)
        sex = "F" if first in ("Emily", "Sarah", "Laura", "Anna", "Sophie", "Claire") else "M"
        name = f"{first} {last}" if rng.random() < 0.8 else f"{last.upper()}, {first}"
        return _Person(name, sex, "m", f"{first} {last}")
    # indigenous: transliterated personal name + family / father's name
    (g, g_rom, sex), (f, f_rom) = rng.choice(_INDIG_GIVEN), rng.choice(_INDIG_FAMILY)
    if rng.random() < 0.75:
        return _Person(g + rng.choice(_INDIG_DOTS) + f, sex, "m", f"{g_rom} {f_rom}")
    return _Person(f"{g_rom} {f_rom}", sex, "m", f"{g_rom} {f_rom}")


class _Roster:
    """The known-names list (a dataset's name column) and fresh names outside it."""

    def __init__(self, rng: random.Random, size: int = 700) -> None:
        self.rng = rng
        self.by_kind: dict[str, list[_Person]] = {}
        seen: set[str] = set()
        weights = {"han": 0.8, "han_rom": 0.03, "viet": 0.04, "indo": 0.03, "phil": 0.02,
                   "thai": 0.01, "jp": 0.01, "west": 0.02, "indig": 0.04}  # fmt: skip
        kinds, ws = list(weights), list(weights.values())
        while len(seen) < size:
            kind = rng.choices(kinds, weights=ws)[0]
            p = _make_person(rng, kind)
            if p.name not in seen:
                seen.add(p.name)
                self.by_kind.setdefault(kind, []).append(p)
        self.known = seen

    def pick(self, kinds: dict[str, float]) -> tuple[_Person, bool]:
        """A person for one mention: about half from the known list, half not in it."""
        kind = self.rng.choices(list(kinds), weights=list(kinds.values()))[0]
        if self.rng.random() < 0.5 and self.by_kind.get(kind):
            return self.rng.choice(self.by_kind[kind]), True
        for _ in range(200):
            p = _make_person(self.rng, kind)
            if p.name not in self.known:
                return p, False
        raise RuntimeError("could not draw an unknown name")  # pragma: no cover


# ---------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------

# (county/city, district, postal code, roads) — real districts, codes and roads.
_PLACES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("臺北市", "大安區", "106", ("復興南路一段", "信義路四段", "和平東路二段", "敦化南路二段")),
    ("臺北市", "中山區", "104", ("南京東路二段", "民生東路一段", "林森北路", "中山北路二段")),
    ("臺北市", "士林區", "111", ("中正路", "文林路", "天母西路", "承德路四段")),
    ("臺北市", "萬華區", "108", ("西園路二段", "康定路", "西藏路")),
    ("臺北市", "文山區", "116", ("木柵路三段", "興隆路二段", "景福街")),
    ("新北市", "板橋區", "220", ("文化路一段", "中山路二段", "民生路三段", "四川路二段")),
    ("新北市", "三重區", "241", ("重新路三段", "正義北路", "三和路四段")),
    ("新北市", "新莊區", "242", ("中正路", "思源路", "幸福路")),
    ("新北市", "中和區", "235", ("中和路", "景平路", "連城路")),
    ("新北市", "淡水區", "251", ("中山路", "英專路", "民權路")),
    ("新北市", "烏來區", "233", ("烏來街", "新烏路五段")),
    ("桃園市", "中壢區", "320", ("中央西路二段", "環中東路", "元化路")),
    ("桃園市", "桃園區", "330", ("中正路", "復興路", "經國路")),
    ("新竹市", "東區", "300", ("光復路二段", "東大路一段", "食品路")),
    ("新竹縣", "竹北市", "302", ("光明六路", "縣政九路", "文興路")),
    ("苗栗縣", "頭份市", "351", ("中華路", "自強路", "中正路")),
    ("臺中市", "西屯區", "407", ("臺灣大道三段", "文心路三段", "福星路")),
    ("臺中市", "北區", "404", ("三民路三段", "太原路一段", "五權路")),
    ("臺中市", "豐原區", "420", ("中正路", "圓環東路", "三豐路")),
    ("彰化縣", "彰化市", "500", ("中山路二段", "民族路", "光復路")),
    ("彰化縣", "員林市", "510", ("中山路一段", "三民街", "大同路二段")),
    ("南投縣", "埔里鎮", "545", ("中山路三段", "西安路一段")),
    ("雲林縣", "斗六市", "640", ("大學路三段", "中山路", "雲林路二段")),
    ("嘉義市", "東區", "600", ("民族路", "中山路", "吳鳳北路")),
    ("嘉義縣", "民雄鄉", "621", ("中樂路", "建國路二段")),
    ("臺南市", "東區", "701", ("大學路", "東寧路", "裕農路")),
    ("臺南市", "永康區", "710", ("中華路", "中正南路", "大灣路")),
    ("高雄市", "三民區", "807", ("建工路", "九如二路", "大昌二路")),
    ("高雄市", "苓雅區", "802", ("四維三路", "中正一路", "光華一路")),
    ("高雄市", "鳳山區", "830", ("光遠路", "中山西路", "五甲二路")),
    ("屏東縣", "屏東市", "900", ("自由路", "民生路", "廣東路")),
    ("宜蘭縣", "羅東鎮", "265", ("中正北路", "公正路", "興東路")),
    ("花蓮縣", "花蓮市", "970", ("中山路", "中華路", "林森路")),
    ("臺東縣", "臺東市", "950", ("中華路一段", "更生路", "博愛路")),
    ("基隆市", "仁愛區", "200", ("愛三路", "仁一路", "南榮路")),
    ("澎湖縣", "馬公市", "880", ("中正路", "三民路")),
    ("金門縣", "金城鎮", "893", ("民生路", "莒光路")),
)  # fmt: skip
# Rural townships where addresses are village + neighbourhood (鄰) + number, often
# indigenous townships: (county, township, postal code, villages).
_RURAL: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("花蓮縣", "秀林鄉", "972", ("秀林村", "富世村", "崇德村")),
    ("臺東縣", "卑南鄉", "954", ("南王村", "初鹿村", "溫泉村")),
    ("臺東縣", "蘭嶼鄉", "952", ("紅頭村", "椰油村", "朗島村")),
    ("屏東縣", "三地門鄉", "901", ("三地村", "德文村", "青山村")),
    ("南投縣", "仁愛鄉", "546", ("發祥村", "南豐村", "精英村")),
    ("桃園市", "復興區", "336", ("澤仁里", "三民里", "華陵里")),
    ("雲林縣", "口湖鄉", "653", ("下崙村", "成龍村")),
)  # fmt: skip
_VILLAGE_LI = ("中正里", "民生里", "福德里", "仁愛里", "光明里", "大同里", "忠孝里")

_CN = "〇一二三四五六七八九"


def _cn(n: int) -> str:
    """Chinese numeral as written in prose: 15 → 十五, 123 → 一百二十三, 105 → 一百零五."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return _CN[h] + "百"
    if r < 10:
        return _CN[h] + "百零" + _CN[r]
    if r < 20:
        return _CN[h] + "百一" + _cn(r)
    return _CN[h] + "百" + _cn(r)


def _cn_digits(n: int) -> str:
    """Digit-by-digit Chinese numerals, common on forms: 390 → 三九〇."""
    return "".join(_CN[int(c)] for c in str(n))


def _fw(s: str) -> str:
    """Full-width form of the ASCII characters (length-preserving)."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s
    )


# ---------------------------------------------------------------------------------------
# One document under construction
# ---------------------------------------------------------------------------------------


@dataclass
class _Ent:
    """A labelled value to place into a template."""

    text: str
    entity: str
    known: bool = False


_SLOT = re.compile(r"\{(\w+)\}")


class _Doc:
    """Accumulates text and gold spans; draws values in the sample's writing style."""

    def __init__(self, rng: random.Random, roster: _Roster) -> None:
        self.rng = rng
        self.roster = roster
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        # Per-sample style: how often values are typed full-width.
        self.fw_rate = rng.choice((0.0, 0.0, 0.0, 0.0, 0.3, 0.9))

    # -- assembly -----------------------------------------------------------------------
    def t(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def e(self, ent: _Ent) -> None:
        self.spans.append((self.pos, self.pos + len(ent.text), ent.entity))
        if ent.entity == "PERSON":
            self.known.append(ent.known)
        self.t(ent.text)

    def f(self, template: str, **values: str | _Ent) -> None:
        """Fill ``{slot}`` placeholders: strings as plain text, :class:`_Ent` as spans."""
        last = 0
        for m in _SLOT.finditer(template):
            self.t(template[last : m.start()])
            v = values[m.group(1)]
            if isinstance(v, _Ent):
                self.e(v)
            else:
                self.t(v)
            last = m.end()
        self.t(template[last:])

    def sample(self) -> Sample:
        return Sample(text="".join(self.parts), spans=self.spans, known_person=self.known)

    # -- values -------------------------------------------------------------------------
    def w(self, s: str) -> str:
        """Maybe full-width, per the sample's style."""
        return _fw(s) if self.fw_rate and self.rng.random() < self.fw_rate else s

    def person(self, kinds: dict[str, float] = _KIND_DEFAULT) -> tuple[_Ent, _Person]:
        p, known = self.roster.pick(kinds)
        name = p.name
        if not known and len(name) == 3 and self.rng.random() < 0.05:
            name = name[0] + self.rng.choice(("　", " ")) + name[1:]  # forms pad the surname
        return _Ent(name, "PERSON", known), p

    def relative(self, p: _Person, era: str, gender: str | None = None) -> tuple[_Ent, _Person]:
        """A family member who shares the surname of Han person ``p`` (else anyone)."""
        if p.kind != "han" or " " in p.name or "\u3000" in p.name:
            return self.person()
        sur = next(s for s, _, _ in _SURNAMES_LONGEST_FIRST if p.name.startswith(s))
        known = [
            q for q in self.roster.by_kind.get("han", [])
            if q.name.startswith(sur) and q.era == era and gender in (None, q.gender)
        ]  # fmt: skip
        if known and self.rng.random() < 0.5:
            q = self.rng.choice(known)
            return _Ent(q.name, "PERSON", True), q
        g, g_rom, sex, _ = self.rng.choice(
            [g for g in _GIVEN if g[3] == era and gender in (None, g[2])]
        )
        name = sur + g
        rom = p.rom.split(" ")[0] + " " + g_rom
        return _Ent(name, "PERSON", name in self.roster.known), _Person(name, sex, era, rom)

    def national_id(self, gender: str | None = None) -> _Ent:
        letter = self.rng.choice("AAAAFFFFHHBBBEEEDDCGJKMNPQTUVWXZIO")
        sex = {"M": "1", "F": "2"}.get(gender or "", self.rng.choice("12"))
        body = sex + "".join(self.rng.choice("0123456789") for _ in range(7))
        number = letter + body + _check_digit(letter, body)
        r = self.rng.random()
        text = number.lower() if r < 0.03 else number
        return _Ent(self.w(text), "TW_NATIONAL_ID")

    def resident_cert(self, gender: str | None = None) -> _Ent:
        letter = self.rng.choice("AAAFFHHBEDT")
        female = gender == "F" if gender else self.rng.random() < 0.6
        tail7 = "".join(self.rng.choice("0123456789") for _ in range(7))
        if self.rng.random() < 0.65:  # new form since 2021
            second = "9" if female else "8"
            number = letter + second + tail7 + _check_digit(letter, second + tail7)
        else:  # old form: second letter counts as its code's units digit
            second = self.rng.choice("BD" if female else "AC")
            digit = str(_LETTER_CODES[second] % 10)
            number = letter + second + tail7 + _check_digit(letter, digit + tail7)
        return _Ent(self.w(number), "TW_RESIDENT_CERT")

    def phone(self, mobile: float = 0.6, ext: bool = True) -> _Ent:
        rng = self.rng
        for _ in range(100):
            if rng.random() < mobile:
                digits = "09" + "".join(rng.choice("0123456789") for _ in range(8))
                if phone.is_valid(digits):
                    return _Ent(self.w(_fmt_mobile(rng, digits)), "PHONE")
                continue
            area, n, firsts = rng.choice(_LANDLINES)
            local = rng.choice(firsts) + "".join(rng.choice("0123456789") for _ in range(n - 1))
            if not phone.is_valid(area + local):
                continue
            text = _fmt_landline(rng, area, local)
            if ext and rng.random() < 0.2:
                x = str(rng.randint(10, 899))
                text += rng.choice((f"#{x}", f" 分機{x}", f" ext. {x}", f"轉{x}"))
            return _Ent(self.w(text), "PHONE")
        raise RuntimeError("no valid phone drawn")  # pragma: no cover

    def email(self, p: _Person | None = None) -> _Ent:
        rng = self.rng
        if p is not None and p.rom.replace(" ", "").replace("-", "").isalpha():
            parts = p.rom.lower().replace("-", "").split()
            local = rng.choice((
                ".".join(parts[::-1]), "".join(parts), parts[0] + "_" + parts[-1],
                parts[-1][:4] + parts[0], "".join(parts) + str(rng.randint(1, 99)),
            ))  # fmt: skip
        else:
            local = rng.choice(("sunny", "happy", "kiwi", "mimi", "ocean", "jack", "amy")) + str(
                rng.randint(10, 2025)
            )
        domain = rng.choice((
            "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
            "ms45.hinet.net", "msa.hinet.net", "icloud.com", "pchome.com.tw",
            "mail.nknu.edu.tw", "g.ncu.edu.tw", "tsmc.com", "asus.com",
        ))  # fmt: skip
        text = f"{local}@{domain}"
        if rng.random() < 0.1:
            text = text.replace("@", " @ ") if rng.random() < 0.3 else text.upper()
        return _Ent(self.w(text), "EMAIL")

    def address(self, rural: bool = False) -> _Ent:
        rng = self.rng
        chinese = rng.random() < 0.12
        num = _cn if chinese and rng.random() < 0.6 else (_cn_digits if chinese else str)
        out: list[str] = []
        if rural:
            county, town, zipc, villages = rng.choice(_RURAL)
            if rng.random() < 0.2:
                out.append(zipc)
            out += [county, town, rng.choice(villages), f"{num(rng.randint(1, 24))}鄰"]
            out.append(f"{num(rng.randint(1, 180))}號")
            text = "".join(out)
            return _Ent(self.w(text) if not chinese else text, "ADDRESS")
        county, dist, zipc, roads = rng.choice(_PLACES)
        r = rng.random()
        if r < 0.15:
            out.append(zipc + " ")
        elif r < 0.22:
            out.append(zipc + f"{rng.randint(0, 99):02d}")
        elif r < 0.25:
            out.append(zipc + f"{rng.randint(0, 999):03d}")
        if rng.random() < 0.85:
            out.append(county.replace("臺", "台") if rng.random() < 0.35 else county)
        out.append(dist)
        if rng.random() < 0.12:
            out.append(rng.choice(_VILLAGE_LI) + f"{num(rng.randint(1, 30))}鄰")
        out.append(rng.choice(roads))
        if rng.random() < 0.35:
            out.append(f"{num(rng.randint(1, 400))}巷")
            if rng.random() < 0.4:
                out.append(f"{num(rng.randint(1, 40))}弄")
        n = rng.randint(1, 350)
        r = rng.random()
        if r < 0.1:
            out.append(f"{num(n)}之{num(rng.randint(1, 9))}號")
        elif r < 0.17:
            out.append(f"{num(n)}號之{num(rng.randint(1, 9))}")
        else:
            out.append(f"{num(n)}號")
        r = rng.random()
        if r < 0.3:
            out.append(f"{num(rng.randint(2, 22))}樓")
        elif r < 0.38:
            out.append(f"{rng.randint(2, 15)}F")
        elif r < 0.48:
            out.append(f"{num(rng.randint(2, 15))}樓之{num(rng.randint(1, 12))}")
        elif r < 0.5:
            out.append("B1")
        text = "".join(out)
        return _Ent(text if chinese else self.w(text), "ADDRESS")

    def nhi(self) -> _Ent:
        head = "0000" if self.rng.random() < 0.8 else f"{self.rng.randint(0, 99):04d}"
        digits = head + "".join(self.rng.choice("0123456789") for _ in range(8))
        sep = self.rng.choice(("", " ", "-", ""))
        return _Ent(self.w(sep.join((digits[:4], digits[4:8], digits[8:]))), "TW_NHI_CARD")

    def passport(self, nationality: str = "TW") -> _Ent:
        rng = self.rng

        def d(k: int) -> str:
            return "".join(rng.choice("0123456789") for _ in range(k))

        forms = {
            "TW": lambda: rng.choice("3") + d(8),
            "VN": lambda: rng.choice("CNB") + d(7),
            "ID": lambda: rng.choice(("X", "B", "C")) + d(7) if rng.random() < 0.7 else "A" + d(7),
            "PH": lambda: "P" + d(7) + rng.choice("ABC"),
            "TH": lambda: "AA" + d(7),
            "JP": lambda: rng.choice(("TK", "TR", "MZ")) + d(7),
            "US": lambda: rng.choice("56") + d(8),
            "EU": lambda: rng.choice(("C", "CF", "XA")) + d(7),
        }
        return _Ent(self.w(forms[nationality]()), "PASSPORT")

    def card(self) -> _Ent:
        rng = self.rng
        prefix, length = rng.choice((("4", 16), ("4", 16), ("5", 16), ("35", 16), ("37", 15),
                                     ("62", 16), ("52", 16)))  # fmt: skip
        if prefix == "5":
            prefix += rng.choice("12345")
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        number = body + _luhn_digit(body)
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        text = rng.choice((" ", "-", "", " ")).join(groups)
        return _Ent(self.w(text), "CREDIT_CARD")

    def birth(
        self, p: _Person | None = None, western: bool = False, years: tuple[int, int] | None = None
    ) -> _Ent:
        span = {"o": (1938, 1966), "m": (1962, 1992), "y": (1990, 2014)}
        lo, hi = years or span.get(p.era if p else "", (1950, 2005))
        y, m, d = self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)
        text = _date(self.rng, y, m, d, western=western)
        return _Ent(self.w(text), "BIRTH_DATE")

    def event_date(self, western: bool = False) -> str:
        y, m, d = self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return _date(self.rng, y, m, d, western=western)

    def roc_event(self) -> str:
        """A plain event date in the agency style (unlabelled)."""
        y, m, d = self.rng.randint(112, 114), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice((f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"))

    def time(self) -> str:
        h, mi = self.rng.randint(8, 17), self.rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
        spoken = f"上午{h}時{mi}分" if h < 12 else f"下午{h - 12 or 12}時{mi}分"
        return self.rng.choice((f"{h:02d}:{mi:02d}", spoken))


_LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip


def _check_digit(letter: str, digits8: str) -> str:
    """The check digit over the letter code and eight digits (weights 1,9,8,...,1,1)."""
    code = _LETTER_CODES[letter]
    total = code // 10 + (code % 10) * 9
    total += sum(w * int(c) for w, c in zip((8, 7, 6, 5, 4, 3, 2, 1), digits8, strict=True))
    return str((10 - total % 10) % 10)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:  # doubled: the check digit will sit to the right
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return str((10 - total % 10) % 10)


# (area code, local length, allowed first local digits)
_LANDLINES = (
    ("02", 8, "23456789"), ("02", 8, "2"), ("03", 7, "34589"), ("037", 6, "2345678"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2357"), ("06", 7, "2"),
    ("07", 7, "35678"), ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"), ("0826", 5, "6"),
    ("0836", 5, "2"),
)  # fmt: skip


def _fmt_mobile(rng: random.Random, d: str) -> str:
    forms = (
        f"{d[:4]}-{d[4:7]}-{d[7:]}", d, f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}-{d[4:]}",
        f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}", f"+886 {d[1:4]} {d[4:]}", f"+886{d[1:]}",
        f"({d[:4]}){d[4:7]}-{d[7:]}",
    )  # fmt: skip
    return rng.choices(forms, weights=(5, 4, 2, 2, 1, 1, 1, 1))[0]


def _fmt_landline(rng: random.Random, area: str, local: str) -> str:
    split = {8: 4, 7: 3, 6: 3, 5: 5}[len(local)]
    grouped = f"{local[:split]}-{local[split:]}" if split < len(local) else local
    forms = (
        f"({area}){grouped}",
        f"{area}-{grouped}",
        f"{area}-{local}",
        f"{area} {grouped}",
        f"+886-{area[1:]}-{grouped}",
        f"({area}) {local}",
    )
    return rng.choices(forms, weights=(4, 4, 2, 1, 1, 1))[0]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date(rng: random.Random, y: int, m: int, d: int, western: bool = False) -> str:
    """A date in one of the forms seen in Taiwanese agency text (ROC and Gregorian)."""
    r = y - 1911
    if western:
        forms = (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d} {_MONTHS[m - 1]} {y}",
            f"{_MONTHS[m - 1]} {d}, {y}",
            f"{y}/{m:02d}/{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
        )
        return rng.choice(forms)  # fmt: skip
    forms = (
        f"民國{r}年{m}月{d}日",
        f"{r}年{m}月{d}日",
        f"{r}年{m:02d}月{d:02d}日",
        f"{r}/{m:02d}/{d:02d}",
        f"{r:03d}/{m:02d}/{d:02d}",
        f"{r}.{m}.{d}",
        f"{r:03d}{m:02d}{d:02d}",
        f"{r}-{m:02d}-{d:02d}",
        f"民國{_cn(r)}年{_cn(m)}月{_cn(d)}日",
        f"{_cn(r)}年{_cn(m)}月{_cn(d)}日",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}年{m}月{d}日",
        f"{y}.{m:02d}.{d:02d}",
        f"{r}.{m:02d}.{d:02d}",
    )
    return rng.choices(forms, weights=(3, 3, 2, 3, 2, 1, 2, 1, 1, 1, 2, 1, 2, 1, 1))[0]


# ---------------------------------------------------------------------------------------
# Positive genres
# ---------------------------------------------------------------------------------------


def _household_counter(d: _Doc) -> None:
    """戶政事務所櫃檯紀錄: a log line or a short row table."""
    rng = d.rng
    items = ("戶籍謄本申請", "遷入登記", "出生登記", "結婚登記", "國民身分證換補", "印鑑登記",
             "住址變更", "死亡登記")  # fmt: skip
    if rng.random() < 0.45:
        d.t(f"{rng.choice(('中山', '板橋', '三民', '東區', '豐原'))}戶政事務所 櫃檯受理紀錄 "
            f"{d.roc_event()}\n| 時間 | 項目 | 申請人 | 證號 | 狀態 |\n")  # fmt: skip
        for _ in range(rng.randint(2, 4)):
            p, info = d.person()
            d.f("| {tm} | {item} | {p} | {id} | {st} |\n", tm=d.time(), item=rng.choice(items),
                p=p, id=d.national_id(info.gender),
                st=rng.choice(("完成", "補件", "待審")))  # fmt: skip
        return
    p, info = d.person()
    item = rng.choice(items)
    d.f("{date} {tm} 第{n}號櫃檯\n辦理項目：{item}\n申請人：{p}（{id}）\n",
        date=d.roc_event(), tm=d.time(), n=str(rng.randint(1, 9)), item=item, p=p,
        id=d.national_id(info.gender))  # fmt: skip
    if item == "出生登記":
        baby, _ = d.relative(info, "y")
        d.f("新生兒{baby}，出生日期{bd}，{rel}{p}。\n", baby=baby,
            bd=d.birth(years=(2023, 2025)), rel="父" if info.gender == "M" else "母",
            p=p)  # fmt: skip
    elif item == "結婚登記":
        spouse, si = d.person(_KIND_IMMIGRANT if rng.random() < 0.5 else _KIND_DEFAULT)
        if si.kind == "han":
            d.f("配偶：{sp}（{id}）\n", sp=spouse, id=d.national_id(si.gender))
        elif rng.random() < 0.6:
            d.f("配偶：{sp}，外籍，居留證{arc}\n", sp=spouse, arc=d.resident_cert(si.gender))
        else:
            d.f("配偶：{sp}，護照號碼 {pp}，出生日期 {bd}\n", sp=spouse,
                pp=d.passport(_NATIONALITY.get(si.kind, ("", "VN"))[1]),
                bd=d.birth(si, western=True))  # fmt: skip
    elif item in ("遷入登記", "住址變更"):
        d.f("遷入地址：{a}\n原戶籍地：{b}\n", a=d.address(), b=d.address())
    elif rng.random() < 0.6:
        q, _ = d.person()
        d.f("代理人 {q}，關係：{rel}，聯絡電話{ph}。\n", q=q,
            rel=rng.choice(("配偶", "子", "女", "兄", "受託人")), ph=d.phone())  # fmt: skip
    d.t(rng.choice(("備註：已核對雙證件。", "承辦人員已當場核對。", "民眾反映等候時間過長。", "")))


def _military(d: _Doc) -> None:
    """兵役 notices: enlistment call-up, physical-grade result, deferral."""
    rng = d.rng
    p, info = d.person({"han": 0.9, "han_rom": 0.02, "indig": 0.08})
    v = rng.randrange(3)
    if v == 0:
        d.f("{p}君（國民身分證統一編號：{id}，{bd}生）：\n台端應於{date}{tm}前往{place}報到，"
            "接受{n}梯次常備兵役徵集入營。\n戶籍地址：{addr}\n",
            p=p, id=d.national_id("M"), bd=d.birth(_Person("", "M", "y", "")),
            date=d.roc_event(), tm=d.time(),
            place=rng.choice(("臺中火車站前廣場", "新竹縣體育館", "高雄市鳳山區公所")),
            n=str(rng.randint(1, 190)), addr=d.address())  # fmt: skip
    elif v == 1:
        d.f("役男體位判定結果通知\n役男姓名 {p}\n出生日期 {bd}\n身分證號 {id}\n判定體位：{g}\n"
            "通訊地址：{addr}\n行動電話：{ph}\n",
            p=p, bd=d.birth(_Person("", "M", "y", "")), id=d.national_id("M"),
            g=rng.choice(("常備役體位", "替代役體位", "免役體位")), addr=d.address(),
            ph=d.phone(mobile=0.95))  # fmt: skip
        if rng.random() < 0.4:
            d.f("複檢醫院：{h}，健保卡號：{nhi}\n",
                h=rng.choice(("國軍桃園總醫院", "署立臺中醫院")),
                nhi=d.nhi())  # fmt: skip
    else:
        d.f("經查役男 {p} 因就讀{school}，申請緩徵至{date}，核與兵役法施行法第35條規定相符，"
            "准予緩徵。其父{father}已於{date2}到所補正在學證明。",
            p=p, school=rng.choice(("國立成功大學", "私立逢甲大學", "國立清華大學研究所")),
            date=d.roc_event(), father=d.person()[0], date2=d.roc_event())  # fmt: skip
    del info


def _fire_inspection(d: _Doc) -> None:
    """消防安全檢查紀錄."""
    rng = d.rng
    place = rng.choice(("長青護理之家", "大發KTV", "金都旅社", "宏昌工業股份有限公司",
                        "快樂兒童補習班", "明星網咖", "福壽宮"))  # fmt: skip
    p, info = d.person()
    d.f("消防安全設備檢查紀錄表\n場所名稱：{pl}\n場所地址：{addr}\n管理權人：{p}　電話：{ph}\n"
        "檢查日期：{date}\n",
        pl=place, addr=d.address(), p=p, ph=d.phone(), date=d.roc_event())  # fmt: skip
    if rng.random() < 0.5:
        q, _ = d.person()
        d.f("防火管理人：{q}（{id}）\n", q=q, id=d.national_id())
    d.t(rng.choice((
        "缺失事項：滅火器逾期3具、緩降機未標示，限期於30日內改善。",
        "缺失事項：緊急照明燈故障2具；依消防法第37條得處新臺幣2萬元以上10萬元以下罰鍰。",
        "檢查結果：合格。",
    )))  # fmt: skip
    if rng.random() < 0.4:
        q, _ = d.person()
        d.f("\n現場由{q}陪同檢查，{p}本人不在場。", q=q,
            p=_Ent(p.text, "PERSON", p.known))  # fmt: skip
    del info


def _food_sampling(d: _Doc) -> None:
    """食品抽驗紀錄 naming the shop owner; the shop's BAN is unlabelled (not personal)."""
    rng = d.rng
    shop = rng.choice(("阿忠麵線", "林記肉圓", "黃家豆花", "好味道小吃店", "鮮果園果汁吧",
                       "老張牛肉麵", "大同便當", "興旺早餐店"))  # fmt: skip
    p, info = d.person()
    item = rng.choice(("蔬菜", "豆干", "珍珠粉圓", "油炸用油", "冰塊", "魚丸"))
    d.f("抽驗編號：F{y}-{n}\n商號：{shop}（負責人：{p}，統一編號{ban}）\n營業地址：{addr}\n"
        "抽驗日期：{date}　品項：{item}　批號：{lot}\n",
        y=str(rng.randint(112, 114)), n=f"{rng.randint(1, 999):04d}", shop=shop, p=p,
        ban=_valid_ban(rng), addr=d.address(), date=d.roc_event(), item=item,
        lot=f"L{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}")  # fmt: skip
    if rng.random() < 0.5:
        d.f("結果：{res}，已通知負責人{p}（手機{ph}）到局說明。", res=rng.choice(
            ("防腐劑苯甲酸超標", "大腸桿菌群超標", "農藥殘留超過容許量")),
            p=_Ent(p.text, "PERSON", p.known), ph=d.phone(mobile=0.95))  # fmt: skip
    else:
        d.t("結果：符合食品安全衛生管理法第15條規定。")
    del info


def _public_housing(d: _Doc) -> None:
    """社會住宅申請審查."""
    rng = d.rng
    p, info = d.person()
    d.f("申請編號 SH{n}\n申請人 {p}，{bd}生，身分證 {id}\n",
        n=str(rng.randint(1130001, 1139999)), p=p, bd=d.birth(info),
        id=d.national_id(info.gender))  # fmt: skip
    if rng.random() < 0.6:
        sp, spi = d.person(_KIND_IMMIGRANT if rng.random() < 0.2 else _KIND_DEFAULT)
        ch, chi = d.relative(info if info.gender == "M" else spi, "y")
        d.f("家庭成員：配偶{sp}、{rel}{ch}（{bd}）\n", sp=sp, ch=ch, bd=d.birth(chi),
            rel="子" if chi.gender == "M" else "女")  # fmt: skip
        if spi.kind != "han" and rng.random() < 0.7:
            d.f("配偶居留證號：{arc}\n", arc=d.resident_cert(spi.gender))
    d.f("現住址：{a}\n聯絡方式：{ph} / {em}\n", a=d.address(), ph=d.phone(),
        em=d.email(info))  # fmt: skip
    d.t(rng.choice((
        f"審查結果：符合資格，弱勢加權{rng.randint(1, 5)}分，列候補第{rng.randint(1, 400)}順位。",
        "審查結果：所得超過門檻，不予核定。",
        "審查意見：請補附租賃契約及114年度所得清單。",
    )))  # fmt: skip


def _land_admin(d: _Doc) -> None:
    """地政事務所 letters; parcel numbers (地號) stay unlabelled."""
    rng = d.rng
    parcel = (f"{rng.choice(('龍泉段三小段', '福德段', '頂埔段一小段', '新興段'))}"
              f"{rng.randint(1, 999)}{rng.choice(('', '-1', '-3'))}地號")  # fmt: skip
    p, info = d.person()
    if rng.random() < 0.5:
        d.f("受文者：{p}君\n地址：{addr}\n主旨：有關台端申請{parcel}土地{what}一案，請於文到15日內"
            "補正，逾期駁回，請查照。\n說明：依據台端{date}申請書辦理。",
            p=p, addr=d.address(), parcel=parcel, what=rng.choice(("分割", "鑑界", "複丈")),
            date=d.roc_event())  # fmt: skip
    else:
        q, qi = d.person()
        d.f("{parcel}土地登記資料：所有權人{p}（統一編號{id}，住{addr}）持分二分之一、{q}"
            "（出生{bd}）持分二分之一。共有人{q2}另於{date}申請抵押權塗銷。",
            parcel=parcel, p=p, id=d.national_id(info.gender), addr=d.address(), q=q,
            bd=d.birth(qi), q2=_Ent(q.text, "PERSON", q.known), date=d.roc_event())  # fmt: skip


def _hospital_sms(d: _Doc) -> None:
    """Copies of appointment SMS messages kept by a hospital (Chinese or English)."""
    rng = d.rng
    hosp = rng.choice(("台大醫院", "榮總", "中國醫藥大學附設醫院", "高醫", "花蓮慈濟", "馬偕"))
    p, info = d.person(_KIND_DEFAULT)
    doc, _ = d.person()
    dept = rng.choice(("家醫科", "心臟內科", "骨科", "眼科", "小兒科", "身心科"))
    if rng.random() < 0.7:
        d.f("簡訊副本 收件人:{ph}\n【{h}】{p}您好，您已預約{date}{tm} {dept}{doc}醫師門診，"
            "看診號{n}號，請攜帶健保卡。",
            ph=d.phone(mobile=1.0), h=hosp, p=p, date=d.event_date(), tm=d.time(), dept=dept,
            doc=doc, n=str(rng.randint(1, 60)))  # fmt: skip
        if rng.random() < 0.5:
            d.f("\n掛號資料：{p}，健保卡號{nhi}，生日{bd}", p=_Ent(p.text, "PERSON", p.known),
                nhi=d.nhi(), bd=d.birth(info))  # fmt: skip
    else:
        pr, _ = d.person({"han_rom": 0.6, "west": 0.3, "indo": 0.1})
        d.f("SMS copy to {ph}: [{h}] Dear {p}, your appointment with Dr. {doc} ({dept}) is on "
            "{date}. NHI card no. {nhi}, DOB {bd}. Reply 1 to confirm.",
            ph=d.phone(mobile=1.0), h=rng.choice(("NTUH", "VGH", "CMUH")), p=pr,
            doc=d.person({"han_rom": 1.0})[0],
            dept=rng.choice(("Cardiology", "ENT", "Dermatology")),
            date=d.event_date(western=True), nhi=d.nhi(),
            bd=d.birth(None, western=True))  # fmt: skip


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{letters}-{rng.randint(1000, 9999)}"


def _parking_appeal(d: _Doc) -> None:
    """停車費 / 違規停車 appeals written by the owner."""
    rng = d.rng
    p, info = d.person()
    road = rng.choice(("中山路", "民生東路", "文化路一段", "中華路"))
    d.f("陳述人：{p}\n車號：{plate}\n單號：{ticket}\n陳述內容：本人於{date}將車停於{road}路邊停車格，"
        "{why}",
        p=p, plate=_plate(rng), ticket=f"P{rng.randint(10**9, 10**10 - 1)}", date=d.roc_event(),
        road=road, why=rng.choice(("因格線模糊遭誤開罰單，請撤銷。",
                                  "已於期限內繳費仍收到催繳通知。",
                                  "當時為送醫急救，附上診斷證明。")))  # fmt: skip
    r = rng.random()
    if r < 0.4:
        d.f("\n已於當日以信用卡{cc}繳納，附刷卡單影本。", cc=d.card())
    d.f("\n聯絡電話：{ph}　E-mail：{em}", ph=d.phone(), em=d.email(info))
    if rng.random() < 0.5:
        d.f("\n通訊地址：{addr}", addr=d.address())


def _sports_registration(d: _Doc) -> None:
    """賽事報名清單: table rows or an English registration line."""
    rng = d.rng
    event = rng.choice(("2025 臺北馬拉松", "日月潭環湖路跑", "太魯閣峽谷馬拉松", "高雄鐵人三項"))
    if rng.random() < 0.65:
        d.t(
            f"{event} 報名清單（{rng.choice(('半程組', '全程組', '健跑組'))}）\n"
            "序號,姓名,性別,出生日期,證號,手機,緊急聯絡人\n"
        )
        for i in range(rng.randint(2, 4)):
            p, info = d.person(_KIND_SPORTS)
            foreign = info.rom == p.text and info.rom.isascii() and rng.random() < 0.7
            ident = (
                d.passport(rng.choice(("US", "EU", "JP")))
                if foreign
                else d.national_id(info.gender)
            )
            d.f("{i},{p},{g},{bd},{id},{ph},{c}\n", i=str(i + 1), p=p,
                g="男" if info.gender == "M" else "女", bd=d.birth(info, western=foreign), id=ident,
                ph=d.phone(mobile=1.0), c=d.person()[0])  # fmt: skip
        if rng.random() < 0.3:
            d.f("報名費由 {cc} 刷卡支付。", cc=d.card())
        return
    p, info = d.person({"west": 0.5, "han_rom": 0.3, "jp": 0.2})
    d.f("Registration #{n} ({ev})\nName: {p}\nPassport No.: {pp}\nDOB: {bd}\nMobile: {ph}\n"
        "Email: {em}\nPayment: card {cc}",
        n=str(rng.randint(1000, 9999)), ev=event, p=p,
        pp=d.passport(rng.choice(("US", "EU", "JP", "TW"))), bd=d.birth(info, western=True),
        ph=d.phone(mobile=1.0), em=d.email(info), cc=d.card())  # fmt: skip


def _cram_complaint(d: _Doc) -> None:
    """補習班申訴, colloquial and written by a parent."""
    rng = d.rng
    parent, pinfo = d.person()
    child, cinfo = d.person()
    teacher, _ = d.person()
    cram = rng.choice(("明師文理補習班", "長春藤美語", "菁英數學", "學霸升學補習班"))
    d.f("我是{c}的{rel}{par}，小孩在{cram}上課，{t}老師上課一直罵學生，還把小孩的考卷貼在門口，"
        "繳了{amt}元學費說要退費都不理我們！！",
        c=child, rel=rng.choice(("媽媽", "爸爸", "家長")),
        par=parent if rng.random() < 0.5 else "", cram=cram,
        t=teacher, amt=f"{rng.randint(8, 48)},{rng.randint(0, 9)}00")  # fmt: skip
    if rng.random() < 0.5:
        d.f("（家長 {pa}）", pa=parent)
    r = rng.random()
    if rng.random() < 0.3:
        d.f("\n學費是用信用卡{cc}刷的，請退回原卡。", cc=d.card())
    if r < 0.5:
        d.f("\n我電話{ph}，email {em}，麻煩盡快回覆", ph=d.phone(mobile=0.9), em=d.email(pinfo))
    else:
        d.f("\n聯絡人：{pa}，住{addr}，手機{ph}", pa=_Ent(parent.text, "PERSON", parent.known)
            if rng.random() < 0.5 else d.person()[0], addr=d.address(),
            ph=d.phone(mobile=1.0))  # fmt: skip
    del cinfo


def _animal_control(d: _Doc) -> None:
    """動物管制 / 動物保護 reports naming the reporter and the owner."""
    rng = d.rng
    rep, _ = d.person()
    owner, oinfo = d.person()
    d.f("案由：民眾{rep}（{ph}）通報{road}一帶有{animal}{what}。\n",
        rep=rep, ph=d.phone(), road=rng.choice(("中正路與民權路口", "河濱公園", "市場後巷")),
        animal=rng.choice(("黑色米克斯犬", "柴犬", "黃狗", "流浪貓群")),
        what=rng.choice(("咬傷路人", "長期吠叫", "無人看管", "遭虐待")))  # fmt: skip
    d.f("處理情形：查獲飼主{o}，住{addr}，國民身分證{id}，依動物保護法第{art}條{act}。",
        o=owner, addr=d.address(), id=d.national_id(oinfo.gender),
        art=rng.choice(("7", "20", "25")),
        act=rng.choice(("予以勸導", "處新臺幣3,000元罰鍰", "命其限期改善")))  # fmt: skip
    if rng.random() < 0.4:
        d.f(
            "\n{o}表示犬隻已施打狂犬病疫苗，將補辦寵物登記。",
            o=_Ent(owner.text, "PERSON", owner.known),
        )


def _indigenous_subsidy(d: _Doc) -> None:
    """原住民族 subsidy files: traditional name, Han name, tribe, rural address."""
    rng = d.rng
    p, info = d.person({"indig": 1.0})
    tribe = rng.choice(("阿美族", "泰雅族", "排灣族", "布農族", "太魯閣族", "卑南族", "達悟族"))
    d.f("申請人：{p}", p=p)
    if rng.random() < 0.5:
        d.f("（漢名：{h}）", h=d.person({"han": 1.0})[0])
    d.f("，族別：{tribe}，身分證字號：{id}，出生：{bd}\n戶籍地址：{addr}\n",
        tribe=tribe, id=d.national_id(info.gender), bd=d.birth(None),
        addr=d.address(rural=rng.random() < 0.7))  # fmt: skip
    d.t(rng.choice((
        f"補助項目：原住民族建購住宅補助，核定新臺幣{rng.randint(10, 40)}萬元。",
        "補助項目：原住民學生獎助學金，核定新臺幣8,000元。",
        "補助項目：急難救助，核發新臺幣1萬元，已撥入申請人帳戶。",
    )))  # fmt: skip
    if rng.random() < 0.35:
        d.f("\n另申請原住民健保費補助，健保IC卡號{nhi}。", nhi=d.nhi())
    if rng.random() < 0.5:
        d.f("\n部落聯絡人{c}，電話{ph}。", c=d.person(_KIND_INDIGENOUS)[0], ph=d.phone())


def _immigrant_centre(d: _Doc) -> None:
    """新住民服務中心 notes, with ARC and passport numbers."""
    rng = d.rng
    p, info = d.person(_KIND_IMMIGRANT)
    nat = _NATIONALITY.get(info.kind, ("大陸地區", ""))
    d.f("{date} 新住民{p}（{nat}，居留證號{arc}",
        date=d.roc_event(), p=p, nat=nat[0], arc=d.resident_cert(info.gender))  # fmt: skip
    if nat[1] and rng.random() < 0.6:
        d.f("，{cue}{pp}", cue=rng.choice(("護照號碼", "護照 ", "Passport No. ")),
            pp=d.passport(nat[1]))  # fmt: skip
    d.f("）來中心諮詢{topic}，", topic=rng.choice(("歸化測試", "居留延期", "家暴保護令", "就業媒合",
                                                 "子女入學")))  # fmt: skip
    if rng.random() < 0.6:
        sp, _ = d.person()
        d.f("配偶{sp}陪同。", sp=sp)
    d.f("聯絡電話 {ph}", ph=d.phone(mobile=0.9))
    if rng.random() < 0.4:
        d.f("，住{addr}", addr=d.address())
    if rng.random() < 0.3:
        d.f("。Client email: {em}", em=d.email(info))
    if rng.random() < 0.3:
        d.f("。生日 {bd}", bd=d.birth(info, western=rng.random() < 0.5))
    d.t("。")


_NATIONALITY = {"viet": ("越南籍", "VN"), "indo": ("印尼籍", "ID"),
                "phil": ("菲律賓籍", "PH"), "thai": ("泰國籍", "TH"), "jp": ("日本籍", "JP"),
                "west": ("美國籍", "US")}  # fmt: skip

_POSITIVE = (
    _household_counter, _military, _fire_inspection, _food_sampling, _public_housing,
    _land_admin, _hospital_sms, _parking_appeal, _sports_registration, _cram_complaint,
    _animal_control, _indigenous_subsidy, _immigrant_centre,
)  # fmt: skip


def _valid_ban(rng: random.Random) -> str:
    """A valid business number (統一編號): identifies a business, never personal."""
    while True:
        number = "".join(rng.choice("0123456789") for _ in range(8))
        if ban.is_valid(number):
            return number


# Hospital copies and immigrant notes carry the rarer types (NHI, passport, ARC).
_POSITIVE_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 1.4, 1.0, 1.1, 1.0, 0.9, 1.0, 1.4)


# ---------------------------------------------------------------------------------------
# Hard negatives: no personal data, many look-alikes
# ---------------------------------------------------------------------------------------

_ORGS = ("臺北市政府消防局", "新北市政府衛生局", "高雄市動物保護處", "中山區公所",
         "內政部移民署", "原住民族委員會", "林務局", "國立臺灣大學醫學院附設醫院",
         "陳家牛肉麵", "林記肉圓", "黃家豆花", "張氏宗祠", "王品集團", "吳郭魚養殖合作社",
         "高雄榮民總醫院", "馬偕紀念醫院", "洪水防治中心", "江翠國中")  # fmt: skip
# Sentences opening with a word whose first character is a common surname (陳情, 林業 ...).
_SURNAME_SENTENCES = (
    "陳情案件依行政程序法規定處理。",
    "林業及自然保育署協助辦理。",
    "黃色網線區禁止臨時停車。",
    "張貼公告於各里辦公處。",
    "許可證有效期間為3年。",
    "洪水期間暫停受理現場申請。",
    "曾經申請核准者不得重複申請。",
    "周邊道路將實施交通管制。",
    "葉菜類檢體另送實驗室複驗。",
    "江邊步道暫停開放。",
    "何時恢復開放另行公告。",
    "高度超過2公尺之招牌應申請雜項執照。",
    "簡易程序案件於30日內結案。",
    "游泳池救生設備另案檢查。",
    "施工期間請配合戴口罩。",
    "溫度紀錄應保存1年。",
    "連續3次未到者取消資格。",
    "古蹟周邊禁止施放煙火。",
    "顏色標示依附表辦理。",
    "方向指示牌已更新。",
    "石材步道完工後開放通行。",
    "董事會決議延後辦理。",
    "杜絕違規攤販為本年度重點。",
    "程序不符者退件。",
    "謝謝各界配合。",
    "鄭重呼籲民眾勿輕信來路不明訊息。",
    "蘇打餅乾等包裝食品抽驗合格。",
    "王道在於依法行政。",
    "莊園民宿消防設備複查合格。",
    "卓越獎評選另行辦理。",
)
_TITLES = ("承辦人", "股長", "課長", "分隊長", "稽查員", "護理師", "教練", "班主任", "里長",
           "村幹事", "社工員", "地政士", "獸醫師", "通譯人員")  # fmt: skip


def _doc_no(rng: random.Random) -> str:
    head = rng.choice(("府授消預字", "北市衛食藥字", "高市動保字", "中市地登字", "原民經字",
                       "移署中服字", "新北兵徵字"))  # fmt: skip
    return f"{head}第{rng.randint(112, 114)}{rng.randint(0, 99999999):08d}號"


def _neg_statistics(d: _Doc) -> None:
    rng = d.rng
    topic, cols = rng.choice((
        ("消防安全檢查", ("檢查家數", "不合格", "罰鍰件數")),
        ("食品抽驗", ("抽驗件數", "不合格件數", "移送件數")),
        ("戶籍登記", ("出生", "死亡", "結婚")),
        ("流浪犬捕捉", ("捕捉數", "認領養", "安樂死")),
        ("新住民諮詢", ("越南", "印尼", "其他")),
    ))  # fmt: skip
    d.t(
        f"{rng.randint(112, 114)}年{topic}統計表（{rng.choice(_ORGS)}）\n| 月份 | "
        + " | ".join(cols)
        + " |\n"
    )
    y = rng.randint(112, 114)
    for m in range(1, rng.randint(4, 8)):
        vals = " | ".join(str(rng.randint(0, 480)) for _ in cols)
        d.t(f"| {rng.choice((f'{y}/{m:02d}', f'{y}年{m}月', f'{y}-{m:02d}'))} | {vals} |\n")
    d.t(f"資料更新日期：{d.roc_event()}。" + rng.choice(_SURNAME_SENTENCES))


def _neg_official_letter(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"發文日期：中華民國{rng.randint(112, 114)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n"
        f"發文字號：{_doc_no(rng)}\n速別：普通件\n"
        "主旨：檢送「"
        + rng.choice(("公共場所消防安全", "社會住宅包租代管", "市有土地標售", "犬貓絕育補助"))
        + f"」實施計畫1份，請{rng.choice(('查照', '轉知所屬', '依說明辦理'))}。\n"
        "說明：一、依據"
        + rng.choice(("消防法第6條", "住宅法第19條第1項", "土地法第25條", "動物保護法第22條"))
        + f"規定辦理。二、請各{rng.choice(_TITLES)}於{d.roc_event()}前提送"
        f"相關資料，逾期不予受理。\n正本：{rng.choice(_ORGS)}　副本：{rng.choice(_ORGS)}"
    )


def _neg_food_summary(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(_ORGS)}{d.roc_event()}抽驗市售"
        + rng.choice(("葉菜類", "豆製品", "冰品", "肉品"))
        + f"{rng.randint(20, 150)}件，{rng.randint(0, 9)}件不合格。不合格業者"
        + rng.choice(("陳家牛肉麵", "林記肉圓", "黃家豆花", "大同便當"))
        + f"（統一編號{_valid_ban(rng)}）已依食品安全衛生管理法第44條第1項第2款處新臺幣"
        f"{rng.choice(('6萬', '12萬', '3萬'))}元罰鍰，產品批號L{rng.randint(2023, 2025)}"
        f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}、型號FX-{rng.randint(100, 9999)}A"
        f"已下架。案號：{rng.randint(112, 114)}年度食字第{rng.randint(1, 4999)}號。"
    )


def _neg_parking_notice(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"自{d.roc_event()}起，{rng.choice(('中山路', '文化路一段', '中華路', '民生東路'))}與"
        f"{rng.choice(('民權路', '復興路', '林森路', '博愛路'))}口路邊停車格調整為每小時"
        f"{rng.choice(('20', '30', '40'))}元，上午{rng.randint(7, 9)}時至"
        f"下午{rng.randint(5, 9)}時收費，"
        f"週日及國定假日免費。逾期未繳者依道路交通管理處罰條例第56條處"
        f"新臺幣{rng.choice(('300', '600', '1,200'))}元以上罰鍰。"
        f"{rng.choice(_SURNAME_SENTENCES)}標線"
        f"工程期間，{rng.choice(_TITLES)}將現場引導。"
    )


def _neg_sports(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(('2025 臺北馬拉松', '日月潭環湖路跑', '高雄鐵人三項'))}簡章\n比賽日期："
        f"{d.event_date()}\n集合地點：{rng.choice(('市政府廣場', '向山遊客中心', '蓮池潭'))}\n"
        f"組別：全程42.195K（報名費NT$1,500）、半程21K（NT$1,200）、健跑5K（NT$600）\n"
        f"報名期間：{d.roc_event()}至{d.roc_event()}，名額{rng.randint(3, 30)},000人，額滿為止。"
        f"\n晶片計時，關門時間{rng.randint(5, 7)}小時，補給區設於終點。"
        + rng.choice(_SURNAME_SENTENCES)
    )


def _neg_land(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(('龍泉段三小段', '福德段', '頂埔段一小段'))}{rng.randint(1, 999)}地號等"
        f"{rng.randint(2, 40)}筆土地，"
        f"面積合計{rng.randint(100, 9999)}.{rng.randint(10, 99)}平方公尺，"
        f"{rng.randint(112, 114)}年公告土地現值每平方公尺新臺幣{rng.randint(20, 900)},000元。"
        f"依土地法第{rng.choice(('46', '58', '73'))}條辦理"
        f"{rng.choice(('重測', '地價調查', '標售'))}，"
        f"公告期間30日，{rng.choice(_TITLES)}受理異議。"
    )


def _neg_military(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.randint(113, 114)}年次役男第{rng.randint(1, 200)}梯次常備兵役徵集，"
        f"預定{d.roc_event()}入營，本梯次徵集{rng.randint(100, 2000)}人，"
        f"其中{rng.randint(1, 90)}人申請延期。依兵役法施行法第{rng.randint(10, 60)}條規定，"
        f"體位判定結果將於{d.roc_event()}寄發，相關事項請向戶籍地公所"
        f"兵役課洽詢。文號{_doc_no(rng)}。"
    )


def _neg_cram(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(('明師文理補習班', '長春藤美語', '菁英數學'))}（立案字號{_doc_no(rng)}）"
        f"經{d.roc_event()}稽查，收費超過備查標準每期{rng.randint(1, 9)},000元，"
        f"逃生動線不足{rng.randint(1, 5)}處，依補習及進修教育法第"
        f"{rng.choice(('9', '24'))}條命限期改善；{rng.choice(_TITLES)}將於{d.roc_event()}複查。"
    )


def _neg_immigrant(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"新住民服務中心{rng.randint(113, 114)}年下半年課程："
        f"{rng.choice(('中文識字班', '機車考照班', '烘焙班'))}"
        f"每週{rng.choice('一二三四五六')}{d.time()}上課，共{rng.randint(6, 18)}堂；"
        f"提供越南語、印尼語、泰語通譯人員。{rng.choice(_SURNAME_SENTENCES)}報名至"
        f"{d.roc_event()}止，名額{rng.randint(15, 40)}名。"
    )


def _neg_animal(d: _Doc) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(_ORGS)}{d.roc_event()}於"
        f"{rng.choice(('河濱公園', '中正路與民權路口', '市場後巷'))}"
        f"捕捉流浪犬{rng.randint(1, 12)}隻，已送"
        f"{rng.choice(('壽山動物保護教育園區', '板橋動物之家'))}"
        f"收容，開放認養。依動物保護法第{rng.choice(('20', '22', '25'))}條，棄養者處新臺幣"
        f"{rng.choice(('3萬', '5萬', '15萬'))}元罰鍰。說明會於{d.roc_event()}舉行。"
        + rng.choice(_SURNAME_SENTENCES)
    )


_NEGATIVE = (
    _neg_statistics, _neg_official_letter, _neg_food_summary, _neg_parking_notice,
    _neg_sports, _neg_land, _neg_military, _neg_cram, _neg_immigrant, _neg_animal,
)  # fmt: skip


# ---------------------------------------------------------------------------------------
# Consistency checks and the public entry point
# ---------------------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"[A-Z][A-D0-9]\d{8}", re.IGNORECASE)
_PHONE_SHAPE = re.compile(r"(?:\+886|0)[\d\-\s()]{7,14}\d")
_CARD_SHAPE = re.compile(r"\d[\d\- ]{11,22}\d")


def _stray_identifier(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a valid ID, resident certificate, phone or card number lies outside the spans.

    Unlabelled text must not contain what the annotation scheme would label: a generated
    statistic or document number that happens to form a valid value is re-drawn.
    """
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "□" * (e - s)
    masked = unicodedata.normalize("NFKC", "".join(chars))
    for m in _ID_SHAPE.finditer(masked):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    for m in _PHONE_SHAPE.finditer(masked):
        if phone.is_valid(m.group().strip()):
            return True
    return any(creditcard.is_valid(m.group()) for m in _CARD_SHAPE.finditer(masked))


def generate_heldout4(n: int = 2000, seed: int = 41) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about 25 % hard negatives) and the known-names list.

    The known list stands for a dataset's name column: it holds 700 names, and about
    half of the PERSON mentions are drawn from it (``known_person`` flags them), the rest are
    fresh names outside it. Deterministic for a given ``seed``.
    """
    rng = random.Random(seed)
    roster = _Roster(rng)
    samples: list[Sample] = []
    while len(samples) < n:
        negative = rng.random() < 0.25
        doc = _Doc(rng, roster)
        if negative:
            rng.choice(_NEGATIVE)(doc)
        else:
            rng.choices(_POSITIVE, weights=_POSITIVE_WEIGHTS)[0](doc)
        sample = doc.sample()
        if _stray_identifier(sample.text, sample.spans):
            continue
        if negative:
            if any(name in sample.text for name in roster.known):
                continue
            sample.hard_negative = True
        samples.append(sample)
    return samples, sorted(roster.known)
