"""Person-name recognizers without an NER model.

Names the dataset itself holds are found by :mod:`known_names`, names in table columns by
:mod:`table`; this module finds the others from their surroundings. Evidence is in the
pattern (a cue, a role, a list, a boundary) and in the name's shape (surname lists, given-name
characters, words that are not names, in :mod:`pipelines.deid.names`); the weaker the
evidence, the lower the score (below 0.85, the leak guard's re-scan threshold, for all but
the cue-less shapes that are names by construction).

* strong cues: :class:`NameAfterCueRecognizer` (申請人王小明, 聯絡人：歐陽志明),
  :class:`NameBeforeCueRecognizer` (王小明先生, 林美華小姐), :class:`NameAfterLabelRecognizer`
  (受文者：王小明　), :class:`NameBeforeRelationRecognizer` (王小明的家長, 王小明您好);
* roles and lists: :class:`NameAfterRoleRecognizer` (里長王小明), :class:`NameBeforeRoleRecognizer`
  (王小明委員), :class:`NameListRecognizer` (王小明、林美華);
* no cue: :class:`NameNoCueRecognizer` (a name at a clause boundary before 於, 來電, 表示 …);
* shapes: :class:`InterpunctNameRecognizer` (瓦歷斯·諾幹), :class:`VietnameseNameRecognizer`
  (阮氏梅, 阮文雄);
* Latin script: :class:`LatinNameAfterCueRecognizer` (SURNAME, GIVEN after a cue),
  :class:`LatinNameRecognizer` (Title Case after roles, labels, in cells, before verbs),
  :class:`LatinNameInFormRecognizer` (Dear …, Name: …, CSV rows),
  :class:`RomanizedNameRecognizer` (Chang Jung-hui, LI, JIA-HAO).

Cue-based patterns declare :class:`~pipelines.deid.recognizers.anchor.Anchor` s, so the bulk
scanner runs them only next to their cue words.
"""

import string
from typing import ClassVar

import regex

from pipelines.deid import names as lex
from pipelines.deid.recognizers.anchor import Anchor, trie_regex
from pipelines.deid.recognizers.base import Span, TwPatternRecognizer
from pipelines.places import CITIES

_STOP = regex.escape(lex.GIVEN_NAME_STOP)
_PREFIX = "|".join(lex.longest_first(lex.PREFIX_CUES))
_SURNAME = (
    "(?:"
    + "|".join(lex.COMPOUND_SURNAMES)
    + "|["
    + "".join(dict.fromkeys(lex.SINGLE_SURNAMES))
    + "])"
)
# Any surname's first character, checked first where a pattern would otherwise try slower
# assertions (a lookbehind over many words) at every position of the text.
_SURNAME_FIRST = "(?=[" + regex.escape(lex.SURNAME_FIRST_CHARS) + "])"
# One given-name character: a Han character that is no stop character and starts no cue.
# 君 is left out of that lookahead: it is also a very common given-name character (程君怡).
_SUFFIX_MULTI = "|".join(c for c in lex.longest_first(lex.SUFFIX_CUES) if len(c) > 1)
# 君 ends a name only before a non-Han character or a function word (王小明君於...).
# 君 before the salutation of a letter or a greeting too (王小明君台鑒, 王小明君您好), and
# before what a letter says the person did (王小明君陳情, 王小明君申請).
_SUFFIX = (
    _SUFFIX_MULTI
    + r"|君(?:(?!\p{Han})|(?=[於已應請之等為在即並]|陳情|申請|[台鈞大惠道]鑒|您好|你好)|$)"
)
# Stop characters that also stand in common given names (王可欣, 陳映彤, 林來福, 李鎮宇, 林罔市):
# given-name characters where what follows shows they do not start the word they usually
# start (可以, 來電, 鎮長). Not 和 (唐和平): as often the "and" between two names, and telling
# the two apart takes a class of every surname in each given-name character, which made
# compiling the recognizers a third slower for 17 names of all the labelled sets.
_SOFT_GIVEN = (
    r"映|可(?![以於否能望是再在得供])"
    r"|來(?![電函文館所院局處訪信說了到自去往回看這此台過臨])"
    r"|鎮(?![長公民所內])|(?<=罔)市"
)  # fmt: skip
_G = r"(?:(?!" + _SUFFIX_MULTI + r")(?:[^\P{Han}" + _STOP + r"]|" + _SOFT_GIVEN + r"))"
# Without the lookahead (cheaper): for names *before* a cue, the final (?=cue) backtracks anyway.
_GP = r"(?:[^\P{Han}" + _STOP + r"]|" + _SOFT_GIVEN + r")"
# Between a cue and its name: a colon and a few spaces, or one space; not a table's cell gap
# (車主    連絡電話: two header cells) nor a line break.
_CUE_GAP = r"(?: ?[:：][ \t]{0,3}| ?)(?:(?:為|是) ?)?"
_TRANSLIT = "[" + "".join(dict.fromkeys(lex.TRANSLIT_CHARS)) + "]"
_DOT = "[" + regex.escape(lex.INTERPUNCTS) + "]"
_NAME_PART = r"(?:(?!" + _PREFIX + r")" + _G + r")"
# 查 is a surname, and the end of 經查 / 調查 / 審查 ...: there it starts no name (經查王某某君).
_NOT_VERB_TAIL = r"(?!(?<=[經調審檢追核備抽稽普勘清巡])查)"
# The same, checked after the surname (cheaper where most positions fail before it).
_NOT_VERB_TAIL_AFTER = r"(?<![經調審檢追核備抽稽普勘清巡]查)"


# A name does not start with a job title or a staff noun (個案管理師, 看護仲介, 個案紀錄表),
# nor, in the weaker-evidence recognizers, with a common word (NOT_NAMES). After a cue these
# words do start real names (聯絡人黃金龍, 葉子涵), so there only TITLE_WORDS are refused.
# 應 and 將 are surnames, and far more often the modals of rules (申請人應檢附, 代理人應攜帶,
# 申請人將於): never a name after a cue. 方 only before 可/得/能 (申請人方可申請).
# Word lists inside assertions are written as prefix-sharing tries (anchor.trie_regex): the same
# words, but a position costs about one branch per character instead of one per word.
# A time of day before the rest of the clause is no name either (案主白天獨居; 個案白天廷，is).
# Words after a strong cue that are no names: a party's seal (義務人印鑑證明), how an
# Indigenous name is spelt (族名羅馬拼音 …; heldout62).
_CUE_THEN_WORD = ("印鑑", "羅馬拼音", "羅馬字")
_CUE_NOT_TITLE = (
    r"(?!" + trie_regex((*lex.TITLE_WORDS, *_CUE_THEN_WORD)) + r"|[應將]|方[可得能]|"
    + trie_regex(lex.TIME_WORDS) + r"(?=\p{Han}{2}))"
)  # fmt: skip
# Words that are no names when they stand alone, but start real ones (湯品與陳列架相關事項 is
# soup; 湯品翰 is a name): before a conjunction, a particle or punctuation.
_ALONE_NOT_NAMES = (
    r"(?:" + trie_regex(lex.NOT_NAMES_ALONE) + r")(?=[與和及、，,。；;的之在於]|$)"
)  # fmt: skip
_NOT_TITLE = r"(?!" + trie_regex((*lex.TITLE_WORDS, *lex.NOT_NAMES)) + "|" + _ALONE_NOT_NAMES + ")"

# Romanised given names are hyphenated (Po-yu, CHIH-HAO) and may end in a one-letter part
# (Lai Yueh O): a word, a hyphen, then a lower-case or capital part.
_TC_WORD = r"[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{0,15})?"
_CAPS_WORD = r"[A-Z]{2,15}(?:-[A-Z]{1,15})?"
_INITIAL = r"(?: [A-Z](?![A-Za-z0-9.]))?"
# Filipino names carry a middle initial with a period (Gemma R. Castillo, RAMIL P. GARCIA).
_MIDDLE = r"(?:[A-Z]\. )?"
_LATIN = (
    r"(?:" + _TC_WORD + r"(?:[ \-]" + _MIDDLE + _TC_WORD + r"){1,3}" + _INITIAL + "|"
    + _CAPS_WORD + r"(?: " + _MIDDLE + _CAPS_WORD + r"){1,3}" + _INITIAL + r")(?![A-Za-z])"
)  # fmt: skip
# 由 stops Chinese names (由於) but is frequent in Japanese given names (由美, 由紀).
# The first characters' class first: most cue matches fail there, before the alternation.
_JAPANESE = (
    "(?=[" + "".join(sorted({w[0] for w in lex.JAPANESE_SURNAMES})) + "])(?:"
    + "|".join(lex.longest_first(lex.JAPANESE_SURNAMES)) + ")"
)  # fmt: skip


# A firm, named with its business number right after (代理人為陳家古早味豆花店（統一編號
# 12345675）); a person's 統一編號 is the national ID, which starts with a letter.
# nor the start of a firm's name, its business number or legal form a few characters on
# (全成電信股份有限公司, 金鼎建設有限公司)
NOT_A_FIRM = (
    r"(?![^\n(]{0,8}\(統一編號[:\s]{0,3}[0-9])(?!\p{Han}{0,4}(?:股份有限|有限)公司)"
    # nor the start of a sole proprietorship's name (金泰塑膠企業社, 永興機械工業社), also
    # where its legal form starts at the name's last character (營業人：金展企業社, heldout63)
    r"(?!\p{Han}{0,3}(?:企業社|實業社|工業社|工程行|商行|電器行|機車行)"
    r"|(?<=[企實工])業社|(?<=工)程行|(?<=電)器行|(?<=機)車行)"
)
# How far past a name's end _NOT_COMPANY reads (8 + the bracket + 統一編號 + 3 + a digit):
# the tail of an end anchor of a pattern that checks it (anchor.py: windows must hold it).
_NOT_COMPANY_READS = 17


def _char_class(chars: str, minus: str = "") -> str:
    return "[" + regex.escape("".join(c for c in dict.fromkeys(chars) if c not in minus)) + "]"


# A first given character must be a frequent given-name character (see names.py); a second
# one is any Han character that stops no name.
_GW1 = _char_class(lex.GIVEN_NAME_CHARS, lex.GIVEN_NAME_STOP)
# 可 stops names (可於, 可否) but starts many modern ones (可馨, 可欣): only before a frequent one.
# So does 君, a title after a name (王某某君), but a given name's first character too (夏柯君嬌,
# 施卓君鳳; heldout63).
_GW = r"(?:" + _GW1 + r"|[可君](?=" + _GW1 + r"))"
# A frequent surname (the only ones names with no cue, and second surnames, start with).
_COMMON = _char_class(lex.COMMON_SURNAMES)

# What ends a name in prose: a verb or particle of agency notes (NAME_FOLLOWERS) or
# punctuation. 君 follows a name only before a non-Han character or a function word
# (as in _SUFFIX). 便 (then) is not the start of 便當, 便利 ... (金福氣便當 is a brand).
_FOLLOWER_FORMS = {
    "君": r"君(?:(?!\p{Han})|(?=[於已應請之等為在即並確業曾仍現則亦均]|[台鈞大惠道]鑒|您好|你好)"
    r"|$)",
    "便": r"便(?![當利民宜條服道])",
}
_FOLLOWERS = "|".join(
    _FOLLOWER_FORMS.get(w) or regex.escape(w) for w in lex.longest_first(lex.NAME_FOLLOWERS)
)
# An opening bracket too: a note on the person follows (王某某（讀者之母）, 王某某（主任委員））;
# a slash: the next field of a list item (2. 王某某／M2571...).
_FOLLOW_PUNCT = "\n\x00，,。；;、）)(/"
# The text's end too ($): the bulk path joins texts with NUL, a single text ends there.
# After a role word, a space ends the name too (forms: 村長 王某某 填報).
_FOLLOW_ANY = r"(?=" + _FOLLOWERS + "|[" + regex.escape(_FOLLOW_PUNCT) + r" ]|$)"

# A surname that is mostly a word (花, 文, 時 ...): before a frequent given-name character, the
# name ending where a name ends (民眾花怡萱女士, 申請人：文芳瑜⏎; not 案主時常獨自).
_WORD_SURNAME = r"(?!" + trie_regex(lex.WORD_SURNAME_WORDS) + ")[" + lex.WORD_SURNAMES + "]"
_WORD_SURNAME_NAME = (
    _WORD_SURNAME + _GW + _G + r"?(?:" + _FOLLOW_ANY + "|(?=" + _SUFFIX_MULTI + "))"
)  # fmt: skip

# A married woman's name (冠夫姓: husband's surname + her own + two given characters, 吳陳苡安)
# after a strong cue: the second surname may be a character that stops other names (陳, 曾),
# so the shape is its own branch, taken only where the name ends there: at a non-Han
# character, a stop character or a cue (not 王金枝君: 君 after a name is no given character).
# Any role word after a name (王某某委員, 沈安家長), as a prefix-sharing trie for lookarounds.
_ROLE_SUFFIX_TRIE = trie_regex(lex.ROLE_SUFFIX_CUES)
_MARRIED_END = (
    r"(?:(?![^\P{Han}" + _STOP + r"])|(?=" + _SUFFIX_MULTI + "|" + _ROLE_SUFFIX_TRIE + "))"
)  # fmt: skip
# The second surname and the two given characters (the role recognizer adds its own ends).
_MARRIED_GIVEN = _COMMON + _GW + r"(?!君(?!\p{Han}))" + _G
_MARRIED_NAME = _SURNAME + _MARRIED_GIVEN + _MARRIED_END


# A nationality is no name (母親為印尼籍（…）: not 印尼; heldout62).
_NOT_NATIONALITY = r"(?!(?:" + "|".join(lex.NATIONALITIES) + r")籍)"


# A kin word between the cue and the name (聯絡人孫子王某某, 聯絡人：女兒王某某), when a surname
# follows it (聯絡人孫子涵 is 孫子涵).
_KIN_AFTER_CUE = (
    r"(?:(?:孫子|孫女|兒子|女兒|長子|長女|次子|次女|媳婦|女婿|配偶|丈夫|妻子|母親|父親|哥哥|姊姊"
    r"|姐姐|弟弟|妹妹)(?=" + _SURNAME + "))?"
)


class NameAfterCueRecognizer(TwPatternRecognizer):
    """A name right after a cue (申請人王小明, 聯絡人：歐陽志明, 移工阿古斯, 申請人 NGUYEN VAN AN).

    One pattern, the cue is evidence and the span is the name only (``\\K``). The name is
    tried as a transliteration first (only when it ends there: 蘇西拉瓦蒂, not the 馬麗 of
    馬麗華), then as a Japanese name in kanji (a known surname, the given name up to the next
    non-name character), then as surname + one or two given characters (forms also print a
    space between them: 林　美華), then in Latin script.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_after_cue",
         r"(?:" + _PREFIX + r")" + _CUE_GAP + _KIN_AFTER_CUE + r"\K" + _NOT_NATIONALITY
         + r"(?:" + _TRANSLIT
         + r"{2,8}(?:" + _DOT
         + _TRANSLIT + r"{1,8})*(?![^\P{Han}" + _STOP + r"])|" + _JAPANESE + r"(?:"
         + _G + r"|由){1,3}(?![^\P{Han}" + _STOP + r"])|" + _CUE_NOT_TITLE + _MARRIED_NAME + "|"
         + _CUE_NOT_TITLE + _SURNAME
         + r"(?: {1,2})?" + _G + "{1,2}|" + _WORD_SURNAME_NAME + "|"
         + _LATIN + ")" + NOT_A_FIRM, 0.75),
    )  # fmt: skip
    CONTEXT = lex.PREFIX_CUES
    ANCHORS: ClassVar[dict[str, Anchor]] = {"name_after_cue": Anchor(lex.PREFIX_CUES, "start")}


_SUFFIX_FIRSTS = "".join(sorted({c[0] for c in lex.SUFFIX_CUES}))
_HONORIFICS = "先生|小姐|女士|太太"  # forms of address after a name


_SALUTATION_TITLES = "同學|先生|小姐|女士|君|老師|阿姨|伯伯"  # all SUFFIX_CUES (the RE2 trigger)
# Who a salutation addresses when it names nobody (各位同學您好, 親愛的家長您好).
_NOT_SALUTED = "各位|全體|親愛|敬愛|本校|新生|全班|大家|所有|各|諸位|同仁|警察|員警"


class NameBeforeCueRecognizer(TwPatternRecognizer):
    """A name right before a cue (陳大文先生, 林美華小姐, 瑪莉亞女士, 王小明君於...)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # The leading lookahead (2-5 Han characters, then a cue's first character) is implied
        # by the rest; it lets most positions fail before the long surname alternation.
        (
            "name_before_cue",
            r"(?=\p{Han}{2,5}["
            + _SUFFIX_FIRSTS
            + r"])"
            # (not thanks or wishes to a title: 辛苦里長, 謝謝老師, 恭喜先生; heldout65)
            + r"(?!辛苦|謝謝|感謝|恭喜)"
            + r"(?:"
            + _SURNAME
            + _NOT_VERB_TAIL_AFTER
            # the last given character may be 來, a verb elsewhere, right before the cue
            # (方福來先生, 林萬來君: names of an older generation); a married name's second
            # surname may be a stop character (吳陳苡安君)
            + r"(?:"
            + _COMMON
            + _GP
            + r"{2}|"
            + _GP
            + r"{1,3}|"
            + _GP
            + r"{0,2}來)|"
            # or a surname that is mostly a word, before a frequent given character (花怡萱女士)
            + _WORD_SURNAME
            + _GW
            + _GP
            + r"?)"
            # (not a deity titled so: 配祀關聖帝君, 文昌帝君; nor an office's staff: 健康中心
            # 護理師您好, heldout62; 部落健康站護理師, heldout65)
            + r"(?!(?<=帝)君)(?<!中心|公所|學校|醫院|診所|單位|機關|分局|站)(?="
            + _SUFFIX
            + r")",
            0.75,
        ),
        (
            "translit_before_cue",
            _TRANSLIT + r"{2,8}(?:" + _DOT + _TRANSLIT + r"{1,8}){0,3}(?=" + _HONORIFICS + ")",
            0.75,
        ),
        (
            # a letter's salutation: a line of the name, a title and a greeting (猜瓦同學您好：,
            # YANTI同學您好), whatever the name's shape; not one to many (各位同學您好)
            "salutation_line",
            r"(?:(?<=[\n\x00])|^)(?!" + _NOT_SALUTED + r")(?:\p{Han}{2,8}(?:" + _DOT
            + r"\p{Han}{1,8}){0,2}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})"
            + r"(?=(?:" + _SALUTATION_TITLES + r")(?:您好|你好))",
            0.75,
        ),
    )  # fmt: skip
    CONTEXT = lex.SUFFIX_CUES
    # A name ends where a cue starts: a surname (one or two characters) and one to three given
    # characters (at most 5); a transliteration at most 8 + 3 * (1 + 8) = 35. The lookaheads
    # read the cue (at most 3 characters) and the one after 君.
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_before_cue": Anchor(
            lex.SUFFIX_CUES, "end", reach=5, tail=4, last="(?:" + _GP + "|來)"
        ),
        "translit_before_cue": Anchor(
            tuple(_HONORIFICS.split("|")), "end", reach=35, tail=2, last=_TRANSLIT
        ),
        # (the title and the greeting: 先生 alone is far more frequent, and each occurrence
        # would cost a window of 50 characters)
        "salutation_line": Anchor(
            tuple(t + g for t in _SALUTATION_TITLES.split("|") for g in ("您好", "你好")),
            "end",
            reach=50,
            tail=4,
        ),
    }


# A name part after an interpunct stops before a word of the following prose.
# 提 stops Chinese names (提出, 提供) but is frequent in transliterations (巴提斯塔).
_TRANSLIT_STOPS = "".join(c for c in dict.fromkeys(lex.TRANSLIT_CHARS) if c in lex.GIVEN_NAME_STOP)
# So do the words that follow names elsewhere (願擔任, 未依, 留下 ...), but for the single
# characters that transliterations use (都, 約).
_PART_STOPS = lex.longest_first(
    (
        *lex.PROSE_AFTER_NAME,
        *(w for w in lex.NAME_FOLLOWERS if len(w) > 1 or w not in lex.TRANSLIT_CHARS),
        "願",
    )
)
# 日 and 路 stop names (日期, 今日, 中山路) but end Indigenous name parts (比雅日·武荖, heldout61;
# 優路‧伊勇, heldout64): inside a part, after another character (路 only as a word's second:
# not 中山路·民生路).
_PART_G = (
    r"(?:(?!"
    + "|".join(map(regex.escape, _PART_STOPS))
    + r")(?:"
    + _G
    + "|["
    + _TRANSLIT_STOPS
    + r"]|(?<=\p{Han})日|(?<=(?<!\p{Han})\p{Han})路))"
)
# Words that stand before a name: cues, roles and kin (房客, 外籍看護, 女兒) and 予 (出租予); not
# 媽, 媽媽, 爸, 爸爸, which are also parts of Indigenous names (媽媽‧諾幹, 烏媽·沙瓦).
_LEADING_WORDS = tuple(
    lex.longest_first(
        {*lex.PREFIX_CUES, *lex.ROLE_PREFIX_CUES, *lex.KIN_AFTER_DE, "予"}
        - {"媽", "媽媽", "爸", "爸爸"}
    )
)
# The part before the first interpunct: no such word (移工‧, 申請人‧, 女兒吉拉‧ are no name parts).
_FIRST_PART_G = (
    r"(?:(?!" + "|".join(_LEADING_WORDS) + r")(?:" + _G + "|[" + _TRANSLIT_STOPS
    + r"]|(?<=\p{Han})日|(?<=(?<!\p{Han})\p{Han})路))"
)  # fmt: skip
# Nor does it start inside such a word (房客阿內爾·某某: not 客阿內爾·某某): not where a word's
# tail follows its head.
_HEADS_OF_TAIL: dict[str, set[str]] = {}
for _word in _LEADING_WORDS:
    for _k in range(1, len(_word)):
        _HEADS_OF_TAIL.setdefault(_word[_k:], set()).add(_word[:_k])
_NOT_INSIDE_LEADING = (
    r"(?!"
    + "|".join(
        r"(?<=" + "|".join(sorted(heads)) + ")" + regex.escape(tail)
        for tail, heads in sorted(_HEADS_OF_TAIL.items())
    )
    + ")"
)


class InterpunctNameRecognizer(TwPatternRecognizer):
    """Han name parts joined by an interpunct (Indigenous and transliterated names)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # The leading lookahead lets most positions fail after a few cheap steps.
        ("interpunct_name",
         r"(?=\p{Han}{1,4}" + _DOT + r"\p{Han})" + _NOT_INSIDE_LEADING + _FIRST_PART_G + r"{1,4}"
         + _DOT + _PART_G
         + r"{1,6}(?:" + _DOT + _PART_G + r"{1,6})?", 0.8),
    )  # fmt: skip


_NOT_NAMES = _NOT_TITLE
_ROLE_PREFIX = "|".join(lex.longest_first(lex.ROLE_PREFIX_CUES))
_ROLE_SUFFIX = "|".join(lex.longest_first(lex.ROLE_SUFFIX_CUES))
# Passport romanisation after a cue: SURNAME, GIVEN-NAME (HUNG, TA-TUNG; Syu, Wen-Hsiung).
# The given name is no field label of a row of particulars (Kaewmanee, Passport EB8039281).
_NOT_A_LABEL = (
    r"(?!(?i:passport|dob|date|no|id|arc|tel|phone|mobile|e-?mail|address|nationality|sex)"
    r"(?![A-Za-z]))"
)
_PASSPORT_LATIN = (
    r"[A-Z][A-Za-z]{1,15}(?:[ -][A-Z][A-Za-z]{1,15})?,\s?" + _NOT_A_LABEL + r"[A-Z][A-Za-z]{1,15}"
    r"(?:[- ]" + _NOT_A_LABEL + r"[A-Z][A-Za-z]{1,15}){0,2}(?![A-Za-z])"
)


_NO_CUE_SURNAME = "(?:" + "|".join(lex.COMPOUND_SURNAMES) + "|" + _COMMON + ")"
# A married woman's own surname after her husband's (陳林美惠): a second frequent surname, when
# a frequent given-name character follows it.
_SECOND_SURNAME = r"(?:" + _COMMON + r"(?=" + _GW + r"))?"
# A rarer surname (賈, 邢, 繆), or one that is also a common word (全, 應, 梅, 龍): only before
# two frequent given-name characters (全玉琴, 應家豪; not 全家, 應該, 龍山).
_RARE = _char_class(lex.RARE_SURNAMES + lex.SINGLE_SURNAMES, lex.COMMON_SURNAMES)
_RARE_NAME = _RARE + r"(?:" + _COMMON + "|" + _RARE + r")?" + _GW + _GW1
# A name is not the start of a company or organisation name (冠軍能源股份有限公司).
_NOT_COMPANY = (
    r"(?!股份|有限|公司|企業|工廠|商行|實業|科技|工業|行號|事務所|協會|學會|基金會|銀行|診所"
    r"|醫院|工程|建設|行社)"
    + NOT_A_FIRM
    # nor a shop (陳家古早味豆花店, 何記洗衣店; 到店 is a verb: 到 stops a name)
    + r"(?!"
    + _GP
    + r"{0,3}(?:店|館)(?![長員主]))"
    # nor a place or thing whose last character says so (曾文溪, 陳家祠, 武德宮, 王子麵), nor a
    # family's firm (陳記機電工程股份有限公司), nor a school (王田國小, heldout65)
    r"(?<![溪潭埤圳坑崙寮厝埔祠宮廟麵記])(?<!國小|國中|高中)"
)


VIETNAMESE_MIDDLES = "玉青德"  # frequent Vietnamese middle names besides 文 and 氏
# A Vietnamese surname before a middle name (文, 玉, 青, 德), in both regex dialects.
VIETNAMESE_TRIGGER = "[" + lex.VIETNAMESE_SURNAMES + "][文" + VIETNAMESE_MIDDLES + "]"
_VIETNAMESE_MIDDLE = "[" + VIETNAMESE_MIDDLES + "]"
_NOT_A_HALL = "(?<![堂宮廟祠館寺院園莊])"
# What food stalls named after a family sell (周氏蝦捲): no Vietnamese given name is made of it.
_FOOD = "[蝦捲麵餅粥飯湯糕肉雞鴨豆粽滷鍋粿醬羹丸酥]"  # a clan hall or temple (陳德星堂) is no name


class VietnameseNameRecognizer(TwPatternRecognizer):
    """Vietnamese-style names with a middle name (氏, 文, 玉, 青, 德)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("vietnamese_thi",
         "[" + lex.VIETNAMESE_SURNAMES + "]氏(?![宗族家祠]|企業)(?!" + _FOOD + "{1,2})" + _G
         + "{1,2}+" + _NOT_COMPANY,
         0.8),
        # 文 after a surname is a middle name in Vietnamese and a given-name character in
        # Taiwanese names alike (阮文雄, 范文同, 陳文雄); 氏 before 宗/族/家/祠 is a clan, before
        # 企業 a firm (陳氏企業社), before food a stall's brand (周氏蝦捲, 林氏粿).
        ("vietnamese_van", "[" + lex.VIETNAMESE_SURNAMES + "]文" + _G + "{1,2}", 0.8),
        ("vietnamese_nguyen", "阮" + _G + "{2,3}", 0.7),
        # four characters with a middle name (范德文雄, 鄧玉金蓮, 杜青翠娥, 武玉氏河): 玉, 青 and
        # 德 also start Taiwanese given names (陳玉華), so the name must end there.
        ("vietnamese_middle",
         "[" + lex.VIETNAMESE_SURNAMES + "]" + _VIETNAMESE_MIDDLE + "(?:氏" + _G + "|" + _G
         + "{2})" + _NOT_A_HALL + _FOLLOW_ANY, 0.6),
    )  # fmt: skip


# Where any surname may start a name, it must not start a role word instead (房東：, 主任:
# 工地主任致詞 holds the cue 地主, then 任).
_NOT_ROLE = r"(?!" + _ROLE_PREFIX + r"|(?<=主)任)"


# What follows a role word where a name starts after it: the gap (a space, a colon, 為 or 是)
# or the name's surname (for the anchor, and in RE2: not 5日內回電。).
_AFTER_ROLE = "[" + regex.escape(" :：為是" + lex.SURNAME_FIRST_CHARS + lex.WORD_SURNAMES) + "]"
# RE2 necessary condition of NameAfterRoleRecognizer: a role word, then what _AFTER_ROLE says.
ROLE_PREFIX_TRIGGER = (
    "(?:" + "|".join(regex.escape(c) for c in lex.ROLE_PREFIX_CUES) + ")" + _AFTER_ROLE
)


class NameAfterRoleRecognizer(TwPatternRecognizer):
    """A name right after a role, kinship word or list header (里長林某某, 家長王某某,
    出席：張某某, 來電者陳某某).

    These words also precede ordinary words (委員會, 承辦單位, 冠軍能源公司), so the surname
    must be a frequent one, the first given character a frequent given-name character, and
    the name no common word nor the start of a company name.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        # Second branch: two weak cues together, a role word and a verb or the clause's end
        # (現場主管簡某某表示, 議員助理徐某某將...), so the given-name characters need not be
        # frequent ones.
        # Third branch first: a married name (husband's surname + own: 葉林春玲) that ends there.
        ("name_after_role",
         r"(?:" + _ROLE_PREFIX + r")" + _CUE_GAP + r"\K" + _NOT_NAMES + r"(?:" + _NOT_ROLE
         + _SURNAME + _MARRIED_GIVEN + _NOT_COMPANY + r"(?:" + _FOLLOW_ANY + "|" + _MARRIED_END
         + ")|" + _NO_CUE_SURNAME
         + r" ?" + _GW + r"(?: ?(?!" + _ROLE_SUFFIX_TRIE + ")" + _G + r")?"
         + _NOT_COMPANY + "|" + _NO_CUE_SURNAME + _G
         + "{1,2}" + _NOT_COMPANY
         + _FOLLOW_ANY + "|" + _RARE_NAME + _NOT_COMPANY
         # any surname, also one that is a common word elsewhere (病人關某某預計, 照專晏某某於),
         # when a frequent given-name character and the clause's end or a verb follow
         + "|" + _NOT_ROLE + _SURNAME + _GW + _G + "?" + _NOT_COMPANY + _FOLLOW_ANY
         # a surname that is mostly a word (民眾文某某於…, 家屬花某某來電), ending where a name ends
         + "|" + _WORD_SURNAME_NAME + ")", 0.7),
    )  # fmt: skip
    CONTEXT = lex.ROLE_PREFIX_CUES
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        # After the role: the gap (a space, a colon, 為 or 是) or the name's surname.
        "name_after_role": Anchor(lex.ROLE_PREFIX_CUES, "start", followed_by=_AFTER_ROLE),
    }


class LatinNameAfterCueRecognizer(TwPatternRecognizer):
    """A passport-style Latin name (SURNAME, GIVEN-NAME) after any cue: 陳情人HUNG, TA-TUNG."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("latin_after_cue",
         r"(?:" + _ROLE_PREFIX + "|" + _PREFIX + r")" + _CUE_GAP + r"\K" + _PASSPORT_LATIN, 0.7),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "latin_after_cue": Anchor(lex.ROLE_PREFIX_CUES + lex.PREFIX_CUES, "start"),
    }


# A form label naming a person: a role ending in 人/者/員 (聲請人, 受文者, 被看護者, 訪視員),
# a name field (姓名, 全名, 簽名, 簽章), optionally annotated ((同護照), (簽名)), then a colon.
# NFKC has turned full-width colons and brackets into ASCII ones.
_LABEL_END = r"(?:(?<![每成])人|(?<![再或前後兩二三])者|員|通譯|姓名|全名|本名|簽名|署名|簽章)"
_LABEL = _LABEL_END + r"(?:\([^()\n]{1,12}\))?(?:簽名|簽章|姓名|簽收)?"
# The value ends the field: a non-Han character (space, bracket, punctuation, line end) or a
# title (君, 先生, 建築師 ...).
_FIELD_END = (
    # (not before a count of animals or things: 救傷紀錄：黃頭鷺1隻, heldout51)
    r"(?![0-9]{1,4} ?[隻頭匹條尾箱包個瓶件台輛株])(?=[^\p{Han}A-Za-z]|$|君|"
    + "|".join(lex.longest_first(set(lex.SUFFIX_CUES) | set(lex.ROLE_SUFFIX_CUES)))
    + ")"
)
_NOT_LATIN_COMPANY = r"(?!(?:[A-Za-z]+[ ,.]*){0,3}\b(?:Co|Ltd|Inc|Corp|LLC)\b)"


# What a name field holds when it holds no name (姓名：未填, 姓名：同上, 姓名：詳如附件).
def _name_field(words: str) -> str:
    """A name field's label (one of ``words``, or Name alone: no Latin word before it, since
    "Product Name:" is no person's), a note in brackets, and the colon the match starts at."""
    return r"(?<=(?:" + words + r"|(?<![A-Za-z][ _-]?)(?:Name|NAME))(?:\([^()\n]{1,12}\))? ?):"


_NO_NAME_VALUE = (
    "未填|不詳|不明|同上|同左|同前|同(?:舊)?護照|匿名|待查|待補|本人|詳[如見]|[如見]附|空白|保密"
    "|請填|簽名|蓋章|簽章|姓名"
)


class NameAfterLabelRecognizer(TwPatternRecognizer):
    """The whole value of a form field whose label names a person (受文者：王某某 君,
    主要照顧者：王某某（長子）, 持卡人簽名：王某某, 姓名（同護照）：WANG, TA-MING).

    The label (role + colon) is weaker evidence than a cue, but the value must fill the field:
    a frequent surname, a frequent first given-name character, then the end of the field.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_after_label",
         r"(?<=" + _LABEL + r"):[ \t]*\K(?:" + _NOT_NAMES + r"(?:" + _NO_CUE_SURNAME
         + r"(?: {1,2})?" + _GW + _G + "?|" + _RARE_NAME + ")" + _NOT_COMPANY + _FIELD_END + "|"
         + _NOT_LATIN_COMPANY + _PASSPORT_LATIN + ")", 0.7),
        # A role or a person label, then a colon or a form label's closing bracket (受理員警：,
        # 督導：, 【個案姓名】): the field holds a whole name, so any surname, also one that
        # is a common word elsewhere (梅, 全, 武, 應), before one or two given characters.
        ("name_in_role_field",
         r"(?<=" + _ROLE_PREFIX + "|" + _LABEL + r")(?::|】|\t| ?\| ?)[ \t]*\K" + _NOT_NAMES
         + _SURNAME + r"(?:" + _COMMON + r"(?=" + _G + r"))?(?: {1,2})?" + _G + r"\p{Han}?"
         + _NOT_COMPANY + _FIELD_END, 0.7),
        # A name field (姓名：, 個案姓名：, Name 姓名：, Name: alone) holds a name whatever its
        # shape, also without a surname (頌蓬, 阿平雅, IKA): a value that fills it to the line's
        # end, a punctuation mark or a cell gap, unless it says the name is missing (未填, 不詳).
        # ("Product Name:" is no person's: no Latin word before Name.)
        ("name_field_value",
         _name_field("姓名|全名|本名") + r"[ \t]*\K(?!" + _NO_NAME_VALUE + r")"
         + r"(?:\p{Han}{2,8}(?:" + _DOT + r"\p{Han}{1,8}){0,2}"
         + r"|[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z.]*){0,3})"
         + r"(?=[ \t]{2,}|\t|[ \t]*(?:[\n\x00]|$|[,;。(/|]))", 0.7),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_field_value": Anchor((":",), "start"),
        "name_after_label": Anchor((":",), "start"),
        "name_in_role_field": Anchor((":", "】", "\t", "|", " |"), "start"),
    }


# RE2 necessary condition of NameAfterLabelRecognizer: a person label's last part or a role word,
# then a colon, a tab, a form label's closing bracket or a cell border.
LABEL_NAME_TRIGGER = (
    r"(?:[人者員名章]|簽收|Name|NAME|"
    + "|".join(regex.escape(w) for w in lex.ROLE_PREFIX_CUES)
    + r")(?:\([^()\n]{1,12}\))? ?[:】\t|]"
)


# RE2 necessary condition of LatinNameAfterCueRecognizer: its name shape (cue left out).
LATIN_NAME_TRIGGER = r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?,\s?[A-Z][A-Za-z]"


class NameBeforeRoleRecognizer(TwPatternRecognizer):
    """A name right before a role word (陳某某委員：, 林某某校長); see NameAfterRoleRecognizer
    for the given-name constraint."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_before_role",
         # (not 家長會, nor 幼兒園: 公立幼兒園 is no person's)
         _NOT_NAMES + _SURNAME + _GW + _GP + r"?(?=(?:" + _ROLE_SUFFIX + ")(?![會園]))", 0.7),
    )  # fmt: skip
    CONTEXT = lex.ROLE_SUFFIX_CUES
    # surname (at most 2) + two given characters; the lookaheads read at most 4 characters
    # from the role word's start (NOT_NAMES reads 2 from the match start, inside it).
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_before_role": Anchor(lex.ROLE_SUFFIX_CUES, "end", reach=4, tail=4, last=_GP),
    }


# Where a clause starts: text or line start, punctuation, a digit (13:56王某某來電), the
# joining NUL of the bulk path, or a word that opens a clause (經查, 據, 由, 與 ...).
# '|' and spaces also separate table cells (| 王某某 | 74.04.04 |, 03  王某某  ...).
_BOUNDARY_PUNCT = "\n\t ，,。；;：:、！!？?（(「『」』/|~"
_BOUNDARY_CLASS = "[" + regex.escape(_BOUNDARY_PUNCT + "\x00") + "0-9]"
_BOUNDARY_WORDS = ("經查", "另據", "據", "另", "由", "後由", "請", "經", "且", "惟", "並", "與",
                   "及", "和", "又", "今", "昨",
                   # a person as the object (我再跟某某說, 已通知某某到場, 請幫某某...)
                   "跟", "給", "幫", "讓", "找", "通知", "告知", "認識", "聯絡", "聯繫", "探望",
                   "照顧", "詢問", "告訴", "轉告", "邀請", "委託", "還有", "以及", "協助", "係",
                   "聽到", "看到", "聽見", "看見", "是",
                   # a reply, a refund or an escort to someone (函復某某, 退款予某某, 陪同某某)
                   "函復", "函覆", "電洽", "回覆", "予", "陪同", "受理",
                   # who was seen or heard from (巡查發現某某將…, 接獲某某來電, 說隔壁某某家)
                   "發現", "接獲", "隔壁",
                   # whom to contact (如未收到款項，請洽某某)
                   "請洽", "洽",
                   # the party sued or who caused an accident (我要告某某, 時遭某某駕駛之...)
                   "要告", "控告", "提告", "遭",
                   # a description, then the person (國中三年級的某某，同車的某某可以作證)
                   "的",
                   # heldout47: a proxy's letter, mail sent to, who said what, a found wallet's
                   # owner, a follow-up call (持某某委託書, 寄送某某之罰鍰, 表示某某已搬走,
                   # 內有某某的身分證, 電話追蹤某某)
                   "持", "寄送", "表示", "內有", "追蹤",
                   # who a report is about (室友反映某某整夜咳嗽)
                   "反映",
                   # heldout51: a donation received, a pick-up by one of two people (專戶收受
                   # 某某捐贈, 茲收到某某君捐贈, 由某某或某某接送)
                   "收受", "收到", "或",
                   # heldout56: who just called, whose return is discussed (藥師某某：剛剛某某
                   # 打電話, 討論某某返家評估)
                   "剛剛", "剛才", "討論",
                   # heldout58: who in a list is meant (其中某某、某某為本里獨居長者)
                   "其中",
                   # heldout59: a letter's subject, whom one brings along (主旨：有關某某幼兒…,
                   # 收到 我帶某某跟某某一起)
                   "有關", "我帶",
                   # heldout64: a village's own resident, a referral (轉介本里某某君急難救助)
                   "本里", "本村", "轉介",
                   # heldout67 and 68: a swap of shifts, a clerk's check (可以換某某嗎, 核對某某
                   # 生日)
                   "換", "核對")  # fmt: skip
# A table cell ends at a tab, a '|' or two spaces (full-width spaces are NFKC spaces). Tables
# also list products and places (| 高麗菜 | 35 |), so a name ending a cell must end with a
# frequent given-name character.
_CELL_ENDS = ("\t", "|", " |", "  ")
_CELL_END = r"(?<=" + _GW1 + r")(?:" + "|".join(regex.escape(w) for w in _CELL_ENDS) + ")"
_NO_CUE_NAME = (
    r"(?:" + _NO_CUE_SURNAME + r"(?:[" + lex.COMMON_SURNAMES + lex.RARE_SURNAMES + r"](?=" + _GW
    + r"))?" + _GW + _G + "?|" + _RARE_NAME + ")"
)  # fmt: skip
# After a clause's boundary: punctuation, a digit, a clause-opening word, or the text's start.
_CLAUSE_START = r"(?:(?<=" + _BOUNDARY_CLASS + "|" + trie_regex(_BOUNDARY_WORDS) + r")|^)"
_FOLLOWERS_RE2 = "|".join(
    regex.escape(w) for w in (*lex.longest_first(lex.NAME_FOLLOWERS), *_CELL_ENDS)
)


# Countries and a brand written in transliteration characters (巴西表示 is no person speaking).
_NOT_A_COUNTRY = r"(?!巴西|古巴|巴拿馬|尼泊爾|索馬利亞|阿拉伯|伊拉克|伊朗|蘇丹|查德|安哥拉|迪士尼)"
# What a person says or does on the phone, after a name with no cue (某某表示, 由某某接聽).
_SPEECH_VERBS = ("表示", "說", "稱", "陳稱", "指出", "自述", "接聽", "坦承", "承認", "否認")


# A chat export's time before the speaker (22:41, 20時56分).
_CHAT_TIME = r"(?:[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}時[0-9]{1,2}分)"


class NameNoCueRecognizer(TwPatternRecognizer):
    """A name with no cue word: at the start of a clause, followed by a typical verb or
    particle of agency notes or by the clause's end (王某某於..., 王某某來電, 出席：A、B、C,
    a signature line, a table cell). Also 冠夫姓 (husband's surname + own: 陳林某某).

    Weak evidence, so a lower score (redacted, but below the leak guard's 0.85), frequent
    surnames only, a frequent first given-name character, and no common word.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_no_cue",
         _SURNAME_FIRST + _CLAUSE_START + _NOT_VERB_TAIL + _NOT_NAMES + _NO_CUE_NAME + _NOT_COMPANY
         + r"(?= ?(?:" + _FOLLOWERS + ")|["
         + regex.escape(_FOLLOW_PUNCT) + r"]|" + _CELL_END + r")", 0.6),
        # who wrote a log entry: a line of the name and 記 alone (王某某記); the text ends with
        # a NUL (PAD_END), and more than 16 spaces after 記 are no signature line
        ("recorder_line",
         _SURNAME_FIRST + r"(?:(?<=[\n\x00])|^)" + _NOT_NAMES + _NO_CUE_NAME + _NOT_COMPANY
         + r"(?=記[ \t]{0,16}[\n\x00])", 0.6),
        # a speaker in minutes: a whole line starts with the name and a colon (王某某：...)
        # (also after a chat export's time: [20時56分] 王某某：…, 22:41 王某某: …; heldout60)
        ("speaker_at_line_start",
         _SURNAME_FIRST + r"(?:(?<=[\n\x00])|^|(?<=(?:^|[\n\x00])\[?" + _CHAT_TIME
         + r"\]?[ \t]))" + _NOT_NAMES + r"(?:" + _NO_CUE_NAME + "|"
         + _NOT_ROLE + _SURNAME + _GW + _G + r"?)" + _NOT_COMPANY + r"(?=:)", 0.6),
        # a transliterated name with no surname at a clause's start, before a verb of speech
        # (送至急診。西蒂表示…, 由艾可接聽): transliteration characters only, whole
        ("translit_no_cue",
         _CLAUSE_START + _NOT_A_COUNTRY
         + _TRANSLIT + r"{2,10}(?:" + _DOT + _TRANSLIT + r"{1,8}){0,2}"
         + r"(?=" + "|".join(_SPEECH_VERBS) + ")", 0.6),
    )  # fmt: skip
    # A match (at most 2 + 1 + 2 characters) ends where a follower or punctuation starts.
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        # forms print a space before the verb too (王某某 協助, 選舉人 王某某 持身分證)
        "name_no_cue": Anchor(
            (
                *lex.NAME_FOLLOWERS,
                *(" " + w for w in lex.NAME_FOLLOWERS),
                *_FOLLOW_PUNCT,
                *_CELL_ENDS,
            ),
            "end",
            reach=5,
            tail=_NOT_COMPANY_READS,
            last=_GP,
        ),
        "speaker_at_line_start": Anchor((":",), "end", reach=5, tail=_NOT_COMPANY_READS, last=_GP),
        # the name's lookaheads read 4 characters from its start, the mark's 18 from 記
        "recorder_line": Anchor(("記",), "end", reach=5, tail=18, last=_GP),
        "translit_no_cue": Anchor(_SPEECH_VERBS, "end", reach=28, tail=2, last=_TRANSLIT),
    }

    PAD_END = True  # a name may end the text (see TwPatternRecognizer.PAD_END)


# RE2 (pyarrow) necessary condition of NameNoCueRecognizer: its pattern without the
# lookarounds (boundary consumed, any Han character for the given names, no NOT_NAMES).
NO_CUE_TRIGGER = (
    r"(?:^|"
    + "["
    + regex.escape(_BOUNDARY_PUNCT)
    + "0-9]"
    + "|"
    + "|".join(_BOUNDARY_WORDS)
    + r")"
    + r"(?:"
    + "|".join(lex.COMPOUND_SURNAMES)
    + "|"
    + _char_class(lex.SINGLE_SURNAMES + lex.COMMON_SURNAMES + lex.RARE_SURNAMES)
    + ")"
    # a second surname (any, as _RARE_NAME's), then a frequent given-name character (_GW)
    + _char_class(lex.SINGLE_SURNAMES + lex.COMMON_SURNAMES + lex.RARE_SURNAMES)
    + r"?(?:"
    + _GW1
    + r"|可)\p{Han}? ?"
    + r"(?:"
    + _FOLLOWERS_RE2
    + "|["
    + regex.escape(_FOLLOW_PUNCT.replace("\x00", ""))
    + r":記]|$)"
    # a transliteration's last character before a verb of speech (translit_no_cue)
    + "|"
    + _TRANSLIT
    + "(?:"
    + "|".join(_SPEECH_VERBS)
    + ")"
)


# A Latin-script personal name in Title Case (Siti Wulandari, Juan Dela Cruz, Nguyen Thi Lan):
# two to four words, particles allowed inside; none of the words a place, organisation or
# product word (Taipei City, Google Maps).
_LATIN_STOP = "|".join(lex.longest_first(lex.LATIN_NOT_NAME_WORDS))
_LATIN_WORD = _TC_WORD
_LATIN_TC = (
    # (the guard reads the capitalised words a name is made of, not a lower-case word after it:
    # My partner Joko Nugroho and I …, heldout66)
    r"(?<![A-Za-z0-9])(?!(?:[A-Z][A-Za-z]*[ -]){0,3}(?=[A-Z])(?:" + _LATIN_STOP + r")(?![A-Za-z]))"
    + _LATIN_WORD + r"(?:[ -](?:(?:de|del|dela|da|dos|van|der|bin|binti) )?" + _MIDDLE
    + _LATIN_WORD + r"){1,3}" + _INITIAL + r"(?![A-Za-z0-9])"
)  # fmt: skip
_LATIN_CAPS = (
    r"(?<![A-Za-z0-9])" + _CAPS_WORD + r"(?: " + _MIDDLE + _CAPS_WORD + r"){1,3}" + _INITIAL
    + r"(?![A-Za-z0-9])"
)  # fmt: skip
# The longest match of either: four words of up to 33 characters (a hyphenated part), three
# gaps of up to 9 (a space, a particle, a middle initial), a final initial.
_LATIN_REACH = 4 * 33 + 3 * 9 + 2

# A date or a time of day as log lines start with them (11/2, 2024-04-23, 113年1月21日,
# 2月18日, 23:40, 21時40分), on NFKC text.
# A time may say the part of the day (上午11時48分, 下午1:44) or be four digits (1511, 0918).
_DAY_PART = "(?:上午|下午|中午|晚上|凌晨|早上)"
# (an ROC year may say so: 民114年11月23日 1920 某某…, heldout64)
_LOG_STAMP = (
    r"(?:(?:民國|民)?[0-9]{2,4}[-/.][0-9]{1,2}(?:[-/.][0-9]{1,2})?|[0-9]{1,2}[-/.][0-9]{1,2}"
    r"|(?:民國|民)?[0-9]{2,4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月[0-9]{1,2}日"
    r"|" + _DAY_PART + r"?(?:[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}時[0-9]{1,2}分)"
    r"|(?:[01][0-9]|2[0-3])[0-5][0-9](?=[ \t]))"
)
# What follows a name in a log line besides the verbs of agency notes (NAME_FOLLOWERS: 出示,
# 陪同, 抵達 …): what the person showed, who came with them, where they went (13:02 王某某健保卡
# 號…, 11:30 王某某家屬抵達登山口).
_LOG_FOLLOWERS = (
    "健保卡", "家屬", "出發", "整理", "報案", "下水", "上山", "下山", "返回", "就醫", "入院",
    "電話", "到院", "到達",
)  # fmt: skip


class NameAfterLogStampRecognizer(TwPatternRecognizer):
    """A name right after the date or time that starts a line of a log or a duty roster
    (3/1　崔某某　長孫某某, - 23:40 李某某晚歸, 113年1月21日 皇甫某某來電): the field after the
    stamp is who; the name ends at a space, a bracket, a verb of agency notes or punctuation."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_after_log_stamp",
         r"(?:(?<=[\n\x00])|^)(?:[-•*][ \t]*)?" + _LOG_STAMP + r"(?:[ \t]+" + _LOG_STAMP
         + r")?[ \t]+\K(?:" + _SURNAME_FIRST + _NOT_NAMES + r"(?:" + _NO_CUE_NAME + "|" + _SURNAME
         + _G + r"{1,2})" + _NOT_COMPANY + r"(?=[ \t(,、:\n\x00]|" + _FOLLOWERS + "|"
         + "|".join(_LOG_FOLLOWERS) + r"|$)"
         # or a Latin name of two words or more, before what the line says of them
         # (2022/02/11 Ly Thi Phuong 退稅支票逾期未兌領, heldout60)
         + r"|(?:" + _LATIN_TC + "|" + _LATIN_CAPS + r")(?=[ \t]*(?:\p{Han}|[(,、:\n\x00])|$))",
         0.6),
    )  # fmt: skip
    PAD_END = True  # a name may end the text (see TwPatternRecognizer.PAD_END)


# A married woman's name (冠夫姓) with no cue: two frequent surnames, then two frequent given-name
# characters (林古詩玲, 鄭曾彥卉). Outside names the shape is rare: of the 10,511 such strings
# the 61 labelled sets held, 10,429 were exactly a name; the others were mostly inside other
# words (感謝范文俊, 楓林溫泉山莊), which the left boundary excludes.
_MARRIED_SHAPE = _COMMON + _COMMON + _GW1 + _GW1
# What may stand right before it: no Han character, or a word that ends where a name starts
# (a clause-opening word, a role, a cue: 茲收到某某君, 陪同長者某某登記, 那位某某視力不過).
_BEFORE_MARRIED = trie_regex((*_BOUNDARY_WORDS, *lex.ROLE_PREFIX_CUES, *lex.PREFIX_CUES))
# RE2 necessary condition of MarriedNameRecognizer: the shape itself.
MARRIED_TRIGGER = _MARRIED_SHAPE


class MarriedNameRecognizer(TwPatternRecognizer):
    """A married name standing alone (那位石何韋蘭視力不過, 茲收到林古詩玲君繳回, 長者徐魏罔腰登記):
    its shape is the evidence, wherever it ends, where it starts no longer word."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("married_name",
         r"(?=" + _MARRIED_SHAPE + r")(?:(?<!\p{Han})|(?<=" + _BEFORE_MARRIED + r"))"
         + _NOT_NAMES + _MARRIED_SHAPE + _NOT_COMPANY, 0.6),
    )  # fmt: skip


# RE2 necessary condition of NameAfterLogStampRecognizer: a line that starts with a stamp.
LOG_STAMP_TRIGGER = (
    r"(?m:^)(?:[-•*][ \t]*)?(?:民國|民)?(?:" + _DAY_PART + r"?[0-9]{1,4}[-/.:年月時][0-9]"
    r"|[0-9]{4}[ \t])"
)


# --- round three: two weak cues together, lists, Latin-script names --------------------------

# A list item holding a name-shaped word, then the end of the item.
_LIST_ITEM = (
    _NOT_NAMES + r"(?:" + _NO_CUE_SURNAME + _GW + _G + "?|" + _RARE_NAME + r")"
    + r"(?:[、，,。；;()\n\x00\t ]|等|及|和|與)"
)  # fmt: skip


# What opens an item of a list: a number (2. / 2、 / 2) / (2)), a bullet (-, •, *), or a
# Chinese numeral as 公文 number their items ((一), 二、).
# (a circled number, ①, is a digit and a space after NFKC: ① 某某　2020-01-20, heldout64)
LIST_BULLET = (
    r"(?:\(?[0-9]{1,3}[.、)]|[0-9]{1,2} |[-•*]|\([一二三四五六七八九十]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}、)"
)
NUMBERED_LINE_TRIGGER = r"(?m:^)" + LIST_BULLET + r" ?[\p{Han}A-Z]"  # both regex dialects


class NameListRecognizer(TwPatternRecognizer):
    """The first name of a list, whatever precedes it (訪談王某某、林某某、...): a name-shaped
    word (any surname) followed by 、 and another name-shaped word with a frequent surname
    (NameNoCue finds the later ones); and a name opening a numbered line (2. 王某某 阿嬤)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_list_head",
         _NOT_NAMES + _SURNAME + _GW + _G + "?" + _NOT_COMPANY + r"(?=、" + _LIST_ITEM
         + ")", 0.6),
        # a numbered or bulleted line that starts with a name (2. 王某某 阿嬤 新竹, 1. 王某某,…,
        # (3) 王某某 K2801..., - 王某某／香蕉)
        # (or a romanised name alone on its line: 5. Laway Tanga, heldout62)
        ("numbered_item",
         r"(?:(?<=[\n\x00])|^)" + LIST_BULLET + r" ?\K(?:" + _NOT_NAMES + _NO_CUE_NAME
         + _NOT_COMPANY + r"(?=[ ,:\t\n\x00/]|$)|(?:" + _LATIN_TC + "|" + _LATIN_CAPS
         + r")(?=[ \t]*(?:[\n\x00]|$)))", 0.6),
    )  # fmt: skip
    # A match (at most 5 characters) ends where 、 starts; the lookahead reads the next item
    # (、 + at most 5 + 2 characters).
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_list_head": Anchor(("、",), "end", reach=5, tail=_NOT_COMPANY_READS, last=_GP),
    }

    PAD_END = True  # a name may end the text (see TwPatternRecognizer.PAD_END)


# Romanised Taiwanese names with a hyphenated given name, anywhere: Chen Mei-ling, WU CHIA-HAO,
# LIN, YU-TING, Lin Yu-Ting. The surname must be a known romanised one.
_ROMAN_SURNAME = (
    r"(?:"
    + "|".join(lex.longest_first({w for s in lex.ROMAN_SURNAMES for w in (s, s.upper())}))
    + ")"
)
# Place and organisation words in any case (Chung Hwa-Telecom, NAME: TAIPEI CITY), but not the
# month abbreviations: Jun, Jan and Mar are also romanised given-name syllables (Chia-Jun).
_MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_STOP_ANY_CASE = (
    r"(?i:"
    + "|".join(lex.longest_first(set(lex.LATIN_NOT_NAME_WORDS) - _MONTH_ABBR))
    + r")(?![A-Za-z])"
)
_ROMAN_HYPHEN = (
    r"(?<![A-Za-z0-9])(?!(?:[A-Za-z]+(?:[ -]|, ?(?=[A-Z]))){1,3}"
    + _STOP_ANY_CASE
    + ")"
    + _ROMAN_SURNAME
    + r"(?:, ?| )(?:[A-Z][a-z]{1,6}-[A-Za-z][a-z]{1,6}"
    r"|[A-Z]{1,6}-[A-Z]{1,6})(?![A-Za-z0-9-])"
)


_LATIN_BOUNDARY = r"(?:(?<=[" + regex.escape("\n\t ，,。；;：:、！!？?(「『」』/|\x00") + r"])|^)"
# A title after the name (Daniel Carter醫師, Siti Lan 小姐); 君 and 本人 are no titles here.
_TITLE_AFTER = "|".join(
    lex.longest_first(
        {w for w in (*lex.SUFFIX_CUES, *lex.ROLE_SUFFIX_CUES) if len(w) > 1 and w != "本人"}
    )
)
# English labels and salutations before a name (Dear Lee Mei-ling, Name: SMITH, John).
_EN_CUES = (
    "Dear", "DEAR", "Name", "NAME", "Full name", "Full Name", "FULL NAME", "English name",
    "English Name", "Applicant", "APPLICANT", "Contact person", "Contact", "Attn", "ATTN",
    "Patient", "Guardian", "Owner", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof",
    # people in bilingual forms of courts, employers and landlords (Interpreter: LE NGOC HOA)
    "Interpreter", "Employer", "Caregiver", "Tenant", "Spouse", "Witness", "Caller",
    "Signature", "Signed by", "Reported by", "Requester", "Client",
    # travellers in quarantine and border records (Traveller LY MINH LONG (passport …))
    "Traveller", "Traveler", "Passenger",
    # heldout57: prison visits, letters and school reports in English (Visitor: PHAM HUU SON,
    # My name is Chia Yu Huang, student 某某 (G9), mother 某某 contact …, grandfather 某某)
    "Visitor", "Inmate", "My name is", "my name is", "Student", "student", "Mother", "mother",
    "Father", "father", "Grandfather", "grandfather", "Grandmother", "grandmother",
    # heldout58: volunteers, delivery riders and insurance claims (Volunteer: BUI THI MAI,
    # Rider name: …, Insured: …, Supervisor: 某某)
    "Volunteer", "Insured", "Supervisor", "Claimant", "Victim",
    # heldout64: survivors' pension files (Deceased: 某某 / ID …, Kids: 某某 (DOB …))
    "Deceased", "Kids", "Kid", "Child", "Children", "Son", "Daughter",
    # heldout59: a parent writing to a kindergarten (Hello teacher, I am Malee Saengthong, …)
    "I am",
    # heldout60: a shelter's English notes (Husband 某某 有前科)
    "Husband", "husband", "Wife", "wife",
    # heldout62: a parent's message, a bilingual form (Hi 老師, this is Kanya Rattanakorn,
    # Name in English: Lin Hsin Yi)
    "this is", "This is", "Name in English",
    # heldout61: a mail's sender, a homestay's booking form (From: Tan Mei Xin <…>, Guest: …)
    "From:", "FROM:", "Guest", "GUEST",
    # heldout63: an incident's English note (Foreign worker Indah Mulyani bitten by …)
    "Foreign worker", "foreign worker", "Migrant worker", "migrant worker", "Worker", "worker",
    # heldout66: a paratransit log and a couple's e-mail in English (passenger 某某 (wheelchair,
    # driver 某某 applied first aid, caregiver …, My partner … and I)
    "passenger", "driver", "Driver", "caregiver", "My partner", "my partner", "Partner",
    "partner",
    # heldout65: rent-subsidy checks, licence renewals, columbarium bookings in English
    "Landlord", "landlord", "Grandson", "grandson", "Granddaughter", "granddaughter",
    "deceased", "guardian", "employer", "tenant",
    # heldout68: an insurance claim's note (… / insured: 某某 / 傷者: …)
    "insured",
)  # fmt: skip
# "Name" alone labels a person only when no other word precedes it (Product Name: ... is no
# person) or a person word does (Patient Name, Given Name).
_PERSON_NAME_WORDS = (
    "Full", "English", "Given", "Family", "Last", "First", "Applicant", "Patient", "Contact",
    "Owner", "Guardian", "Person", "Holder", "Employee", "Student", "Parent", "Spouse",
    "Passenger", "Driver", "Insured", "Child", "Mother", "Father", "Legal", "Your", "Worker",
    "Rider", "Volunteer",
)  # fmt: skip
_NAME_GUARD = r"(?:(?<![A-Za-z][ _-]?)|(?<=(?i:" + "|".join(_PERSON_NAME_WORDS) + r")[ _-]?))"
_EN_CUE = (
    r"(?<![A-Za-z])(?:" + _NAME_GUARD + r"(?:Name|NAME)|(?<=(?:"
    + "|".join(_PERSON_NAME_WORDS) + r")[ _-])name|"
    + "|".join(lex.longest_first(c for c in _EN_CUES if c not in ("Name", "NAME")))
    + r")(?:\.|:|,)?[ \t]*(?:\([^()\n]{1,12}\))?[:,]?[ \t]*"
)  # fmt: skip
_LATIN_STOP_ANY_CASE = r"(?!(?:[A-Za-z]+(?:[ -]|, ?(?=[A-Z]))){0,3}" + _STOP_ANY_CASE + ")"
# The same over the words of one name only (no comma between them).
_LATIN_STOP_IN_NAME = r"(?!(?:[A-Z][A-Za-z]*[ -]){0,3}(?=[A-Z])" + _STOP_ANY_CASE + ")"
# What introduces a one-word name in English writing (I am Tarmini, Dear Sutrisno, From: …).
_EN_WORD_CUES = (
    "My name is", "my name is", "I am", "I'm", "this is", "This is", "Dear", "DEAR", "From:",
    "FROM:",
    # honorifics of Indonesian, Filipino and Thai speakers, a witness (heldout65)
    *lex.HONORIFICS,
    # labels of a one-word name (Patient: Sumiati, heldout68)
    "Patient:", "Applicant:", "Claimant:", "Guest:", "Visitor:",
)  # fmt: skip
# A letter's closing, the sender's name on the next line.
_CLOSINGS = (
    "Best regards", "Best Regards", "Kind regards", "Kind Regards", "Regards", "Sincerely",
    "Yours sincerely", "Yours faithfully", "Thanks", "Thank you", "Best wishes", "Cheers",
)  # fmt: skip
# A one-word Latin name (Indonesians often have one: Budi, SUMIATI) after a cue, a role word or
# a nationality (印尼籍移工 WARSINI（居留證…）), ending where a name ends: a bracketed note, a
# comma, 、, the line's end or a title.
_LATIN_WORD_CUE = (
    r"(?:" + _ROLE_PREFIX + "|" + _PREFIX + "|(?:" + "|".join(lex.NATIONALITIES) + r")籍\(?)"
)
_ONE_WORD = r"(?:[A-Z][a-z]{2,15}|[A-Z]{3,15})"
# ... or, Title Case or of four capitals or more (not an acronym: ATM, APP, VIP), right before
# Han text (移工BUDI透過通譯陳述, 客戶Wartini申請)
_LATIN_ONE_WORD = (
    r"(?:" + _ONE_WORD + r"(?![A-Za-z0-9])(?=[ \t]?(?:[(,、<\n\x00]|$|先生|小姐|女士))"
    + r"|(?:[A-Z][a-z]{2,15}|[A-Z]{4,15})(?![A-Za-z0-9])(?=\p{Han}))"
)  # fmt: skip


class LatinWordAfterCueRecognizer(TwPatternRecognizer):
    """A one-word Latin name after a cue, role word or nationality (移工 Budi（居留證…）)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("latin_word_after_cue",
         _LATIN_WORD_CUE + _CUE_GAP + r"\K" + _LATIN_STOP_ANY_CASE + _LATIN_ONE_WORD, 0.7),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "latin_word_after_cue": Anchor(
            (*lex.ROLE_PREFIX_CUES, *lex.PREFIX_CUES, *(n + "籍" for n in lex.NATIONALITIES)),
            "start",
        ),
    }


# RE2 necessary condition of LatinWordAfterCueRecognizer: a Han character (a cue's last) or a
# colon or a space, then a Latin word that ends at a bracket, comma, line end or title, or a
# Title-Case or long capital word before Han text.
LATIN_WORD_TRIGGER = (
    r"(?:\p{Han}|[:：] ?| |\()(?:" + _ONE_WORD + r"[ \t]?(?:[(,、<\n]|$|先生|小姐|女士)"
    + r"|(?:[A-Z][a-z]{2,15}|[A-Z]{4,15})\p{Han})"
)  # fmt: skip


# A row of a comma-separated table: the line starts with a number, the name is the next cell.
# Title-Case words there are also products and places (1,Fresh Milk,30), so such a name must
# be followed by a personal field (sex, a date); a romanised name (Lee Po-yu) or a
# SURNAME, Given one need not.
_CSV_PERSONAL = r"(?=,\s?(?:男|女|[MF](?![A-Za-z])|(?i:male|female)|[0-9]{2,4}[-/.][0-9]))"


class LatinNameRecognizer(TwPatternRecognizer):
    """Title-Case Latin-script names (migrant workers, foreign spouses): after a role word or
    a person label (鄰居Maria Rahayu, 申訴人：Siti Lan), filling a table cell (\\tSiti Lan\\n),
    or at a clause start before a verb, a salutation or a title (Dewi Cruz陳稱..., A：Siti
    Wulandari 先生/小姐)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("latin_after_role",
         r"(?:" + _ROLE_PREFIX + r")" + _CUE_GAP + r"\K(?:" + _LATIN_TC + "|" + _LATIN_CAPS
         + ")", 0.7),
        # a nationality, then the name ending the clause (其母親為泰國籍Vu Duc Dung。, heldout57)
        ("latin_after_nationality",
         r"(?:" + "|".join(lex.NATIONALITIES) + r")籍[ \t]?\(?\K(?:" + _LATIN_TC + "|"
         + _LATIN_CAPS + r")(?=[ \t]?(?:[。，,、；;\n\x00]|$))", 0.7),
        # an Indigenous name's romanisation right after it (伊苞‧哈勇 / Ipay Hayung, 阿菲‧達利，
        # Afi Tali; heldout57)
        ("latin_after_interpunct_name",
         r"(?<=\p{Han}" + _DOT + r"\p{Han}{1,8}[ \t]?)(?:/|,)[ \t]?\K" + _LATIN_TC, 0.7),
        # a person label, also a statement's (陳述意見：Juan Dela Cruz)
        ("latin_after_label",
         r"(?<=" + _LABEL + r"|意見|對象|代表)(?::|】)[ \t]*\K" + _LATIN_TC, 0.7),
        # a whole table cell (毛毯2\tSiti Lan\n, | Siti Lan |)
        ("latin_cell",
         r"[\t|] *\K" + _LATIN_TC + r"(?= *(?:[\t|\n\x00]|$))", 0.6),
        ("latin_before_verb",
         _LATIN_BOUNDARY + _LATIN_TC + r"(?= ?(?:" + _FOLLOWERS + "|" + _TITLE_AFTER + "))", 0.6),
        # a name field's romanisation after its Han form, in brackets or not (外國人姓名：范玉草
        # PHAM NGOC THAO, heldout49; 姓名：阮明雄 (Nguyen Minh Hung))
        ("latin_after_han_in_name_field",
         _name_field("姓名|名字|全名") + r"[ \t]*\p{Han}{2,8}[ \t]?(?:[\[(][ \t]?)?\K(?:"
         + _LATIN_TC + "|" + _LATIN_CAPS + r")(?=[ \t]?[\])]|[ \t]*(?:[\n\x00,;]|$))", 0.7),
        # a romanised name before its Han name in brackets (Interview slot 5: Hana Ispalakan
        # （吳國明）, heldout60): the pair says both are one person's names
        ("latin_before_han_name",
         # (or before a bracket that gives the person's birth date or sex and age: 19號 Biung
         # Piho（100/06/30生）, Watan Putian（男，15歲）; heldout62)
         r"(?:" + _LATIN_TC + "|" + _LATIN_CAPS + r")(?=[ \t]?\((?:(?:" + _SURNAME + _G
         + r"{1,2}|" + _TRANSLIT + r"{2,8})\)|[^()\n]{1,14}[生歲]\)))", 0.7),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        # the match's lookahead reads a space, the bracket, up to 15 characters and ")"
        "latin_before_han_name": Anchor(("(", " ("), "end", reach=_LATIN_REACH, tail=18),
        "latin_after_nationality": Anchor(tuple(n + "籍" for n in lex.NATIONALITIES), "start"),
        "latin_after_interpunct_name": Anchor(("/", ","), "start"),
        "latin_after_role": Anchor(lex.ROLE_PREFIX_CUES, "start"),
        "latin_after_label": Anchor((":", "】"), "start"),
        "latin_cell": Anchor(("\t", "|"), "start"),
        "latin_after_han_in_name_field": Anchor((":",), "start"),
    }


# RE2 necessary condition of LatinNameRecognizer: two Title-Case words (particles between).
LATIN_TC_TRIGGER = (
    r"[A-Z][a-z]+[ -](?:[a-z]+ )?(?:[A-Z]\. )?[A-Z][a-z]|[A-Z]{2,} (?:[A-Z]\. )?[A-Z]{2,}"
)


class LatinNameInFormRecognizer(TwPatternRecognizer):
    """Latin-script names after an English label or salutation (Dear Lee Mei-ling, Name: SMITH,
    John, Mr. Ken Ito) and in the name cell of a comma-separated row (7,Chen Mei-ling,女,...)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # an English label or salutation (Dear Lee Mei-ling, Name: SMITH, John, Mr. Ken Ito)
        # (the guard reads past a comma only for SURNAME, Given: My name is Irene Chen, ROC
        # passport … is no stop word's, heldout57)
        ("latin_after_en_cue",
         _EN_CUE + r"\K(?:" + _LATIN_STOP_ANY_CASE + _PASSPORT_LATIN + "|" + _LATIN_STOP_IN_NAME
         + r"(?:" + _LATIN_TC + "|" + _LATIN_CAPS + "))", 0.7),
        # one word after a self-introduction, a salutation or a mail's sender (I am Tarmini,
        # mother of …; From: Karsini <…>; heldout57 and 59), ending where a name ends
        ("latin_word_after_en_cue",
         r"(?<![A-Za-z])(?:" + "|".join(_EN_WORD_CUES) + r")[ \t]*\K" + _LATIN_STOP_IN_NAME
         + _ONE_WORD + r"(?![A-Za-z0-9])(?=[ \t]?(?:[(,.!<\n\x00]|$))", 0.7),
        # the sender under a letter's closing (Best regards,⏎Sutrisno; heldout57), alone on
        # its line
        ("name_after_closing",
         r"(?<![A-Za-z])(?:" + "|".join(_CLOSINGS) + r")[,!.]?[ \t]*\n[ \t]*\K"
         + _LATIN_STOP_IN_NAME + r"(?:" + _LATIN_TC + "|" + _LATIN_CAPS + "|" + _ONE_WORD + "|"
         + _NOT_NAMES + _SURNAME + _GW + _G + r"?)(?=[ \t]*(?:[\n\x00]|$))", 0.7),
        # ... and a Han name after one, in English text (student 某某 (G9), mother 某某 contact)
        ("han_after_en_cue",
         _EN_CUE + r"\K" + _NOT_NAMES + _SURNAME + _SECOND_SURNAME + _GW + _G + r"?(?![\p{Han}"
         + regex.escape(lex.INTERPUNCTS) + r"])", 0.7),
        # the name cell of a comma-separated row (7,Chen Mei-ling,女,... / 8,SMITH, John,M,...)
        ("latin_csv_cell",
         r"^[0-9]{1,6},\s?\K" + _LATIN_STOP_ANY_CASE + r"(?:" + _ROMAN_HYPHEN + "(?=,)|(?:"
         + _PASSPORT_LATIN + "|" + _LATIN_TC + "|" + _LATIN_CAPS + r")(?=,)" + _CSV_PERSONAL
         + ")", 0.7),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        # ("name" after a person word too: Rider name: …)
        "latin_after_en_cue": Anchor((*_EN_CUES, "name"), "start"),
        "latin_word_after_en_cue": Anchor(_EN_WORD_CUES, "start"),
        "name_after_closing": Anchor(_CLOSINGS, "start"),
        "han_after_en_cue": Anchor((*_EN_CUES, "name"), "start"),
    }

    # A row may start the text: the bulk path joins texts with NUL, where ``^`` does not match.
    def find_normalized(self, text: str) -> list[Span]:
        """As the base class, with NULs read as line ends (one character each: spans keep)."""
        return super().find_normalized(text.replace("\x00", "\n") if "\x00" in text else text)


# RE2 necessary condition of LatinNameInFormRecognizer: an English cue word, or a line that
# starts with a number, a comma and a capital letter.
LATIN_FORM_TRIGGER = (
    r"(?:" + "|".join((*_EN_CUES, *_EN_WORD_CUES)) + r")|[A-Za-z][ _-]name"
    r"|(?:^|\n)[0-9]{1,6},\s?[A-Z]|(?:" + "|".join(_CLOSINGS) + r")[,!.]?[ \t]*\n"
)  # fmt: skip


# --- round four: names before 的 + a relation, salutations, romanised names -----------------
_KIN = "|".join(lex.longest_first(lex.KIN_AFTER_DE))
# The name before a relation or a salutation: any surname (the relation is good evidence),
# optionally a second one (冠夫姓), a space forms print, a frequent first given character. Not
# a family (王家的兒子) nor a preposition before a name (向王某某的家長).
_REL_NAME = (
    _NOT_VERB_TAIL + r"(?![向從])" + _NOT_NAMES + _SURNAME + _SECOND_SURNAME + r"(?: {1,2})?"
    + _GW + _GP + r"?(?<![家氏府])"
)  # fmt: skip


# 的 + a relation, or in writing 之 + a relation or a one-character kin word (王某某之母,
# 幼生王某某之家長).
_KIN_SINGLE = "父母子女妻夫兄弟姊妹孫"
_KIN_AHEAD = r"(?=的(?:" + _KIN + ")|之(?:" + _KIN + "|[" + _KIN_SINGLE + "]))"
_KIN_WORDS = (
    *("的" + k for k in lex.KIN_AFTER_DE),
    *("之" + k for k in (*lex.KIN_AFTER_DE, *_KIN_SINGLE)),
)


class NameBeforeRelationRecognizer(TwPatternRecognizer):
    """A name before 的 and a relation word (我是王某某的家長, 林某某的媽媽) or before a
    salutation (【某醫院】王某某您好)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_before_kin", _REL_NAME + _KIN_AHEAD, 0.7),
        # (a space too before the greeting, as notices print it: 植某某 您好：)
        ("name_before_greeting", _REL_NAME + r"(?= ?(?:您好|你好))", 0.7),
    )
    # surname (2) + second surname (1) + spaces (2) + two given characters = 7; the lookahead
    # reads 的 or 之 + the relation word, or the greeting.
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_before_kin": Anchor(_KIN_WORDS, "end", reach=7, tail=4, last=_GP),
        "name_before_greeting": Anchor(
            ("您好", "你好", " 您好", " 你好"), "end", reach=7, tail=3, last=_GP
        ),
    }


# RE2 necessary condition of NameBeforeRelationRecognizer.
RELATION_TRIGGER = (
    r"\p{Han}(?:的(?:" + _KIN + r")|之(?:" + _KIN + "|[" + _KIN_SINGLE + r"])| ?您好| ?你好)"
)


class RomanizedNameRecognizer(TwPatternRecognizer):
    """A romanised Taiwanese name with a hyphenated given name, with or without a cue."""

    ENTITY = "PERSON"
    PATTERNS = (("romanized_name", _ROMAN_HYPHEN, 0.7),)
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "romanized_name": Anchor(
            tuple({w for s in lex.ROMAN_SURNAMES for w in (s, s.upper())}), "start"
        ),
    }


# RE2 necessary condition of RomanizedNameRecognizer: a space or a comma, then a hyphenated
# given name.
ROMAN_TRIGGER = r"[A-Za-z](?:, ?| )[A-Za-z]{1,6}-[A-Za-z]"


# --- round five: spaced names, a name before its particulars, role words by their ending,
# Latin-script names inside Han prose ------------------------------------------------------

# Han prose puts no space between characters; forms and tables print names spaced out
# (黃 佩恩, 劉 宏 雄, 張 家雄). A space after a frequent surname, before a frequent given-name
# character, is the evidence; the name must end there (no Han character follows, or a verb).
# A married name is spaced out too (廖 嚴 金 鳳, 湯 宋睿華): a second surname after the space.
_SPACED_NAME = _NO_CUE_SURNAME + " (?:" + _COMMON + " ?)?" + _GW + "(?: ?" + _G + ")?"
_NAME_ENDS = r"(?=[^\p{Han}]|$|" + _FOLLOWERS + "|" + _SUFFIX + ")"
# How letters and forms end under the writer's name.
_SIGNOFFS = "敬上|謹上|拜上|敬覆|敬啟|謹啟|簽名|簽章|簽收|敬陳|謹陳"


class SpacedNameRecognizer(TwPatternRecognizer):
    """A Han name printed with a space after the surname (王 小明, 陳 志 明), anywhere, or
    with a space before its cue (王小明 君, 王小明 先生)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # (not 許 of a time: 21時許 某某阿伯來電, heldout58)
        ("spaced_name",
         r"(?<![A-Za-z0-9])(?<![\p{Han}A-Za-z0-9] )(?!(?<=[時分])許)" + _NOT_NAMES + _SPACED_NAME
         + _NOT_COMPANY + _NAME_ENDS, 0.6),
        ("name_space_cue",
         _SURNAME + _NOT_VERB_TAIL_AFTER + _GP + r"{1,3}(?= (?:" + _SUFFIX + r"))", 0.75),
        # a signature or a greeting printed after a space (王小明 敬上, 王小明 讀者您好：)
        ("name_space_signoff",
         r"(?<![A-Za-z0-9\p{Han}])" + _NOT_NAMES + _SURNAME + _SECOND_SURNAME + _GP
         + r"{1,2}(?= (?:" + _SIGNOFFS + r"|\p{Han}{0,3}(?:您好|你好)))", 0.7),
    )  # fmt: skip


# RE2 necessary condition of SpacedNameRecognizer: a space after a surname or before a cue.
SPACED_NAME_TRIGGER = (
    r"(?:" + "|".join(lex.COMPOUND_SURNAMES) + "|" + _COMMON + r") \p{Han}|\p{Han} (?:"
    + "|".join(lex.SUFFIX_CUES) + "|" + _SIGNOFFS + r"|\p{Han}{0,3}(?:您好|你好))"
)  # fmt: skip

# A person's particulars right after the name, as case files and rosters list them:
# 王小明，身分證A123..., 林美華(女，75年生), 莊淑珍 生日 10/3, Tran Van Hung，居留證 ...
_COUNTY_NAMES = tuple(
    dict.fromkeys(name for city, _, _ in CITIES for name in (city, city.replace("臺", "台")))
)
_PARTICULARS = (
    "生日", "出生", "身分證", "身份證", "居留證", "統一證號", "護照", "性別", "年齡", "現年",
    "電話", "手機", "住址", "地址", "戶籍", "ID", "男,", "女,", "男)", "女)", "男、", "女、",
    "男性", "女性",
    # in English (1) Tran Van Hai  passport C2517004; heldout59)
    "passport", "Passport", "PASSPORT", "ARC", "DOB",
    # the sex cell of a row whose cells a slash or a bar parts (麥某某 / 男 / 40歲 / …)
    "男/", "女/", "男 /", "女 /", "男|", "女|", "男 |", "女 |",
    # an address that starts with its 縣市 (某某某 台中市南屯區… 欠18月: a roster's row)
    *_COUNTY_NAMES,
)  # fmt: skip
# NFKC turned the full-width comma, colon and bracket into ASCII ones.
_PARTICULAR_GAPS = tuple(
    a + b + c
    for a in ("", " ", "\t")
    for b in ("", ",", ":", "(", "/", "|")
    for c in ("", " ", "\t")
)
# or a phone number straight after the name (1. 王小明　(089)123-456, 王小明 0912-...).
_PHONE_STARTS = ("0", "+886")
# A Han name needs a gap before its particulars (聯絡電話, 住家地址 are words); a phone number
# follows a name after a space or a comma (王小明　0912-...; in 聯絡電話：0912 a label).
# (as _PARTICULAR_AHEAD reads it: a space, tab or comma, then up to two of these or : and ( )
_SPACE_GAPS = tuple(
    a + b + c
    for a in " \t,"
    for b in ("", " ", "\t", ",", ":", "(")
    for c in ("", " ", "\t", ",", ":", "(")
)
_PARTICULAR_WORDS = (
    *(g + p for g in _PARTICULAR_GAPS if g for p in _PARTICULARS),
    *(g + p for g in _SPACE_GAPS for p in (*_PHONE_STARTS, *string.ascii_uppercase)),
)
_NOT_KIN_CELL = r"(?!" + trie_regex(lex.KIN_AFTER_DE) + r"[ \t,:(])"
# nor a surname before a kin word (邵 鈞 惠 阿嬤 台中市…: 惠 is no surname of 阿嬤)
_NO_KIN_AFTER = r"(?! ?" + trie_regex(lex.KIN_AFTER_DE) + ")"
# or an ID or resident certificate number in the next cell (1　王小明　A123456789　…)
_ID_SHAPE = r"[A-Z](?:[0-9A-D][0-9]{8}|[A-Z][0-9]{8})(?![0-9])"
# (a nationality's one-character abbreviation may come first, as a hostel's guest check writes
# it: 205 Rowena Bautista 菲 居留證 F…, heldout63)
_PARTICULAR_AHEAD = (
    r"(?=[ \t]?(?:[越泰印菲緬柬][ \t])?[,:(/|]?[ \t]?(?:"
    + "|".join(regex.escape(p) for p in lex.longest_first(_PARTICULARS))
    + r")(?![A-Za-z])|[ \t,][ \t,:(]{0,2}(?:0[2-9][-0-9) ]|\+886|"
    + _ID_SHAPE
    + r"))"
)
_LATIN_ANY = r"(?:" + _PASSPORT_LATIN + "|" + _LATIN_TC + "|" + _LATIN_CAPS + ")"
# After a Latin name, Han text is a gap of its own: an ID document right after it is the
# person's (如Eka Kusuma護照號碼..., Tran Van Hung居留證).
_ID_PARTICULARS = ("護照", "居留證", "身分證", "身份證", "統一證號")


# Words before an ID document that start with a surname's character: prepositions, verbs of
# checking it (已查驗身分證), a header cell (車主　身分證統一編號), a former nationality (原籍越南),
# both parties (雙方身分證).
_NOT_BEFORE_ID = r"(?![向從籍]|查[驗核看對]|[車屋地船]主|雙方)"
# An ID document, or a note of nationality or kinship in brackets, right after a name.
_BRACKET_NOTES = ("關係:", *(n + "籍" for n in lex.NATIONALITIES))
_ID_DOCUMENT_AHEAD = (
    r"(?=[ \t]?[,(]?[ \t]?(?:" + "|".join(_ID_PARTICULARS) + r")|[ \t]?\((?:"
    + "|".join(_BRACKET_NOTES) + "))"
)  # fmt: skip
_ID_DOCUMENT_WORDS = (
    *(g + d for g in ("", " ", ",", " ,", ", ", "\t", "\t,", "(", " (") for d in _ID_PARTICULARS),
    *(g + "(" + n for g in ("", " ", "\t") for n in _BRACKET_NOTES),
)

# A nationality in the next cell of a row (1. Bui Van Hai / VN / …, 上船 / Joko / 印尼 / …): the
# cell before it holds the person's name. Anchored at the gap and the nationality.
_NATIONALITY_WORDS = (*lex.NATIONALITIES, *lex.NATIONALITY_CODES)
_CELL_SEPARATORS = ("/", "|", "\t", ",")
_NATIONALITY_AFTER_WORDS = (
    *(
        a + sep + b + nat
        for a in ("", " ", "  ")
        for sep in _CELL_SEPARATORS
        for b in ("", " ", "  ")
        for nat in _NATIONALITY_WORDS
    ),
    # cells spaced by spaces (Maryani  印尼  缺; a full-width space is one after NFKC)
    *(gap + nat for gap in (" ", "  ", "   ") for nat in _NATIONALITY_WORDS),
)
# (spaces alone separate cells too, then the nationality's cell ends at a space or the line)
_NATIONALITY_AFTER = (
    r"(?=(?:[ \t]*[/|\t,][ \t]*|[ ]{1,3})(?:(?:" + "|".join(lex.NATIONALITIES) + r")籍?|(?:"
    + "|".join(lex.longest_first(lex.NATIONALITY_CODES)) + r")(?![A-Za-z]))"
    + r"(?:[ \t]*[/|\t,]|[ ]|[ \t]*(?:\n|\x00|$)))"
)  # fmt: skip
# The start of a row's cell: after a separator, or at a line's start (after a list number).
_CELL_START = r"(?<=(?:^|[\n\x00])[ \t]*(?:[0-9]{1,3}[.、)]|-)?[ \t]*|[/|\t][ \t]*)"


# A note in brackets saying a foreign resident is meant: a nationality (（印尼籍）) or a foreign
# spouse (薇蒂（外籍配偶）, heldout50).
# Also said in the sentence: 生母某某為越南籍 (heldout56).
_FOREIGN_NOTES = (*(n + "籍" for n in lex.NATIONALITIES), "外籍配偶)", "新住民)")
_FOREIGN_NOTE = "|".join(regex.escape(n) for n in _FOREIGN_NOTES)
_NATIONALITY_STATED = tuple("為" + n + "籍" for n in lex.NATIONALITIES)
_IN_BRACKETS = r"[ \t]?\((?:" + _FOREIGN_NOTE + ")"
_STATED = "|".join(_NATIONALITY_STATED)
_FOREIGN_NOTE_AHEAD = r"(?=" + _IN_BRACKETS + "|" + _STATED + ")"
# ... after a name of any shape, which ends there (in brackets) or before the stated note
_FOREIGN_NOTE_AFTER_OTHER = (
    r"(?:(?![\p{Han}" + regex.escape(lex.INTERPUNCTS) + r"])(?=" + _IN_BRACKETS + ")|(?="
    + _STATED + "))"
)  # fmt: skip
# A Latin name's country alone in brackets, also in English or as a code (3. Vu Thi Linh
# （越南）護照…, Visitor: Pham Huu Son (VN); heldout57): only after a Latin name, since Han
# words stand before a country in brackets too (產地（日本）).
_COUNTRY_ALONE = (*lex.NATIONALITIES, *lex.NATIONALITY_CODES, *lex.EN_COUNTRY_NAMES)
_COUNTRY_NOTE_AHEAD = (
    r"(?=[ \t]?\((?:" + "|".join(lex.longest_first(_COUNTRY_ALONE)) + r")\))"
)  # fmt: skip
# ... and where such a note starts, after the gap a name may leave before it (the anchor words)
_FOREIGN_NOTE_WORDS = (
    *(g + "(" + n for g in ("", " ", "\t") for n in _FOREIGN_NOTES),
    *_NATIONALITY_STATED,
)
_COUNTRY_NOTE_WORDS = tuple(g + "(" + n + ")" for g in ("", " ", "\t") for n in _COUNTRY_ALONE)


# A name of any shape (a transliteration: 阿平雅, 蘇特里斯諾, 瓦旦‧馬紹) where the row or the
# bracket after it says it is a person's; no cue, role or kin word inside (移工阿平雅).
_OTHER_NAME_PARTS = _FIRST_PART_G + r"{2,8}(?:" + _DOT + _PART_G + r"{1,8}){0,2}"
_OTHER_NAME = _OTHER_NAME_PARTS + r"(?![\p{Han}" + regex.escape(lex.INTERPUNCTS) + "])"
# A row's cell of transliteration characters only (a row's other cells are labels: 月份 | 越南).
_TRANSLIT_NAME = (
    _TRANSLIT + r"{2,8}(?:" + _DOT + _TRANSLIT + r"{1,8}){0,2}(?![\p{Han}" + regex.escape(
        lex.INTERPUNCTS) + "])"
)  # fmt: skip


class NameBeforeParticularsRecognizer(TwPatternRecognizer):
    """A name at a clause or line start followed by the person's particulars (ID, birth date,
    sex, phone): 王小明，身分證..., 林美華(女，..., 莊淑珍 生日..., Dewi Santoso，居留證 ...."""

    ENTITY = "PERSON"
    PATTERNS = (
        # (not a kin word in its own cell: 祖母　E2…, the relation column of a family table)
        ("han_before_particulars",
         r"(?:(?<=" + _BOUNDARY_CLASS + r")|^)" + _NOT_NAMES + _NOT_KIN_CELL + _SURNAME
         + _SECOND_SURNAME + _NO_KIN_AFTER
         + r"(?: ?" + _G + r"){1,2}" + _NOT_COMPANY + r"(?=[ \t,:(/|])" + _PARTICULAR_AHEAD, 0.7),
        ("latin_before_particulars",
         r"(?<![A-Za-z0-9])" + _LATIN_STOP_ANY_CASE + _LATIN_ANY + r"(?:(?=[ \t,:(/|])"
         + _PARTICULAR_AHEAD + r"|(?=" + "|".join(_ID_PARTICULARS) + r"))", 0.7),
        # in brackets, right before the person's ID or resident certificate glued to the name
        # (・A案（某某R192115686）凌晨入住, heldout60): the shape only, the ID's checksum is
        # the ID recognizer's
        ("han_glued_to_id_in_brackets",
         # (the glued number's shape first: it rejects most brackets before the name's
         # lookaheads are read)
         r"\(\K(?=\p{Han}{2,5}[A-Z][0-9A-D][0-9]{8}(?![0-9]))" + _NOT_NAMES + _SURNAME
         + _SECOND_SURNAME + _G + r"{1,2}(?=[A-Z][0-9A-D][0-9]{8}(?![0-9]))", 0.7),
        # right before an ID document or a note of nationality or kinship in brackets, after
        # any word (改派王某某（身分證…, 住宿生王某某，身分證字號…, 授權王某某（關係：外婆）):
        # strong evidence, so no boundary is needed before the name, only no surname's
        # character (a preposition such as 向 would otherwise start it) and a frequent first
        # given character (not 露宿車站，身分證號…)
        ("han_before_id_document",
         r"(?<![" + regex.escape(lex.SURNAME_FIRST_CHARS) + r"])" + _NOT_BEFORE_ID + _NOT_NAMES
         + _SURNAME + _SECOND_SURNAME + r" ?" + _GW + r"(?: ?" + _G + r")?" + _NOT_COMPANY
         + _ID_DOCUMENT_AHEAD, 0.7),
        # a whole cell before a nationality's: a Han name, Latin words, or one Latin word
        # (Joko / 印尼: Indonesians often have one name)
        # (a transliteration without a surname too: 蘇特里斯諾 / 印尼 / A699…)
        ("name_before_nationality",
         _CELL_START + r"(?:" + _NOT_NAMES + _SURNAME + _SECOND_SURNAME + r"(?: ?" + _G
         + r"){1,2}|" + _TRANSLIT_NAME + "|" + _LATIN_STOP_ANY_CASE + r"(?:"
         + _LATIN_ANY + r"|[A-Z][A-Za-z'-]{1,20}(?![A-Za-z])))" + _NATIONALITY_AFTER, 0.7),
        # any name, transliterations too, right before its nationality in brackets (職災通報：
        # 亨德拉（印尼籍…, 移工阿平雅（泰國籍…), after a non-Han character or a cue, role or kin
        # word, and holding none of them
        ("other_before_nationality_note",
         r"(?:(?<=[^\p{Han}])|^|(?<=" + trie_regex(_LEADING_WORDS) + r"))" + _NOT_INSIDE_LEADING
         + _OTHER_NAME_PARTS + _FOREIGN_NOTE_AFTER_OTHER, 0.7),
        # a transliteration (its characters only) right after a cue, role or kin word and
        # right before an ID document (外籍生父某某，護照P…, heldout56)
        ("translit_before_id_document",
         r"(?<=" + trie_regex(_LEADING_WORDS) + r")" + _NOT_INSIDE_LEADING + _TRANSLIT_NAME
         + _ID_DOCUMENT_AHEAD, 0.7),
        # ... and a Latin name, one word too ([Wartini]（越南籍）為本會會員)
        ("latin_before_nationality_note",
         r"(?<![A-Za-z0-9])" + _LATIN_STOP_ANY_CASE + r"(?:" + _LATIN_ANY
         + r"|[A-Z][a-z]{2,15}|[A-Z]{4,15})(?![A-Za-z0-9])(?:" + _FOREIGN_NOTE_AHEAD + "|"
         + _COUNTRY_NOTE_AHEAD + ")", 0.7),
    )  # fmt: skip
    # A match ends where a particular (with the gap before it) starts: a Han name is at most
    # 2 + 1 + 2 * 2 characters, a Latin one at most about 70; the lookahead reads the gap and
    # the word (at most 3 + 4 characters) and the letter after it, or an ID (3 + 10 + 1).
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "han_before_particulars": Anchor(
            _PARTICULAR_WORDS, "end", reach=7, tail=_NOT_COMPANY_READS, last=r"\p{Han}"
        ),
        "han_glued_to_id_in_brackets": Anchor(("(",), "start"),
        "han_before_id_document": Anchor(
            _ID_DOCUMENT_WORDS, "end", reach=7, tail=_NOT_COMPANY_READS, last=r"\p{Han}"
        ),
        "latin_before_particulars": Anchor(
            (*_PARTICULAR_WORDS, *_ID_PARTICULARS), "end", reach=80, tail=14, last=r"[A-Za-z]"
        ),
        # the gap and nationality (at most 2 + 1 + 2 + 4 characters), 籍, the next gap
        "name_before_nationality": Anchor(
            _NATIONALITY_AFTER_WORDS, "end", reach=80, tail=16, last=r"[A-Za-z\p{Han}]"
        ),
        "translit_before_id_document": Anchor(
            _ID_DOCUMENT_WORDS, "end", reach=28, tail=_NOT_COMPANY_READS, last=r"\p{Han}"
        ),
        "other_before_nationality_note": Anchor(
            _FOREIGN_NOTE_WORDS, "end", reach=28, tail=8, last=r"\p{Han}"
        ),
        "latin_before_nationality_note": Anchor(
            (*_FOREIGN_NOTE_WORDS, *_COUNTRY_NOTE_WORDS),
            "end",
            reach=80,
            tail=16,
            last=r"[A-Za-z]",
        ),
    }


# RE2 necessary condition of NameBeforeParticularsRecognizer: a Han character or a letter,
# the gap, a particular.
PARTICULARS_TRIGGER = (
    r"[\p{Han}A-Za-z](?:[ \t][,:(/|]?|[,:(/|])[ \t]?(?:"
    + "|".join(regex.escape(p) for p in _PARTICULARS)
    + r")|[\p{Han}A-Za-z][ \t,][ \t,:(]{0,2}(?:0[2-9][-0-9) ]|\+886)"
    # a Latin name right before an ID document
    + r"|[A-Za-z](?:"
    + "|".join(_ID_PARTICULARS)
    + ")"
    # a name, then an ID or resident certificate number (also glued to it)
    + r"|[\p{Han}A-Za-z][ \t,][ \t,:(]{0,2}[A-Z][0-9A-Z][0-9]{8}|\p{Han}[A-Z][0-9A-D][0-9]{8}"
    # a name, then an ID document or a bracketed note of nationality or kinship
    + r"|\p{Han}[ \t]?[,(]?[ \t]?(?:"
    + "|".join(_ID_PARTICULARS)
    + r")|\p{Han}[ \t]?\((?:"
    + "|".join(_BRACKET_NOTES)
    + r")"
    # a name of any script, then a note that a foreign resident is meant
    + r"|[\p{Han}A-Za-z][ \t]?\((?:"
    + _FOREIGN_NOTE
    + r")|[A-Za-z][ \t]?\((?:"
    + "|".join(_COUNTRY_ALONE)
    + r")\)|[\p{Han}A-Za-z](?:"
    + _STATED
    + r")"
    # a name's cell, then a nationality's
    + r"|[\p{Han}A-Za-z](?:[ \t]*[/|\t,][ \t]*| {1,3})(?:"
    + "|".join(_NATIONALITY_WORDS)
    + r")"
)

# Job, role and kin nouns end in a few characters (營養師, 管理員, 目擊者, 副所長, 巡佐, 督導,
# 導遊, 旅客, 駕駛, 法官, 護士, 3年8班, 拾得人, 遺屬, 用戶, 監工, 農民, 農友, 長輩, 頭目, 通譯,
# 屋主, 役男, 與兄). One right before a name-shaped word that ends a clause or is followed by a
# verb is two weak cues together, as in NameAfterRoleRecognizer.
_ROLE_ENDINGS = "師員者長警佐導遊客駛官士班人屬戶工民友輩目譯主男女兄弟姊妹"


# The ends of the cue words NameAfterCue / NameAfterRole read already (申請人, 聯絡人, 里長):
# a name after them is theirs, and skipping them here saves most of this pattern's work.
def _cue_heads(ending: str) -> list[str]:
    """The cue words ending in ``ending``, without it (申請 for 人), longest first."""
    return lex.longest_first(
        {
            w[:-1]
            for w in (*lex.PREFIX_CUES, *lex.ROLE_PREFIX_CUES)
            if len(w) > 1 and w[-1] == ending
        }
    )


def _role_ending(ending: str) -> str:
    heads = _cue_heads(ending)
    return ("(?<!" + "|".join(heads) + ")" if heads else "") + ending


_ROLE_ENDING = "(?:" + "|".join(_role_ending(e) for e in _ROLE_ENDINGS) + ")"


_OCCUPATION_ENDINGS = "員師譯官"  # 人員, 技師, 通譯, 法官: a full name may follow them
# Between the role and the name: nothing, a space, or 為 / 有 (營養師為某某, 同行者有某某).
_ROLE_GAPS = ("", " ", "為", "有")


class NameAfterRoleWordRecognizer(TwPatternRecognizer):
    """A name after any word ending like a role noun, then a verb or the clause's end
    (營養師陳某某確認, 複查人員葉某某。, 導遊楊某某未..., 3年8班李某某(座號...). Not 傅 after
    師: 師傅 is a word (水電師傅王某某: the role recognizer takes 王某某)."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_after_role_word",
         r"(?<=[\p{Han}0-9])" + _ROLE_ENDING + r"(?:為|有)? ?\K(?!(?<=師)傅)" + _NOT_NAMES + r"(?:"
         + _NO_CUE_SURNAME + _SECOND_SURNAME + r" ?" + _GW + r"(?: ?" + _G + r")?|" + _RARE_NAME
         + r")" + _NOT_COMPANY + _FOLLOW_ANY, 0.6),
        # after an occupation (人員, 通譯, 技師 ...), a full three-character name before any verb
        # (經鄉公所人員林某某現場勘查, 由通譯陳某某傳譯); a place's name is no occupation
        # (員林市員林國民小學, heldout62)
        ("name_after_occupation",
         r"(?<=\p{Han})(?<![市縣鄉鎮區村里])[" + _OCCUPATION_ENDINGS + r"](?:為|有)? ?\K"
         + _NOT_NAMES + _COMMON + _GW
         + _G + _NOT_COMPANY + r"(?=\p{Han})", 0.6),
    )  # fmt: skip
    # Anchored at a role ending followed by a surname's first character or a gap: these
    # characters end many words (申請人, 會員), and most of them start no name.
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "name_after_role_word": Anchor(
            (
                *(e + f for e in _ROLE_ENDINGS for f in lex.SURNAME_FIRST_CHARS),
                *(e + gap for e in _ROLE_ENDINGS for gap in _ROLE_GAPS if gap),
            ),
            "start",
            # the ends of cue words are skipped in the C scan, as the pattern skips them
            not_after={e: _cue_heads(e) for e in _ROLE_ENDINGS},
        ),
        "name_after_occupation": Anchor(
            (
                *(e + f for e in _OCCUPATION_ENDINGS for f in lex.COMMON_SURNAMES),
                *(e + gap for e in _OCCUPATION_ENDINGS for gap in _ROLE_GAPS if gap),
            ),
            "start",
        ),
    }


# RE2 necessary condition of NameAfterRoleWordRecognizer.
ROLE_WORD_TRIGGER = (
    r"[\p{Han}0-9][" + _ROLE_ENDINGS + r"](?:為|有)? ?(?:" + "|".join(lex.COMPOUND_SURNAMES)
    + "|" + _COMMON + "|" + _RARE + ")"
)  # fmt: skip

# Before a Latin-script name in Han text: a role noun's ending (管理員Le Thi Tuan, 管理員：…,
# 旅客為…, 同行者有…), a list separator (、, 及), a signature's 敬上, 由 / 之 (改由Lo Lingpei
# 代班, 推薦之Xie Chiafang出任), a clause or line start
# (not any form label: 品項：Fresh Milk);
# after it: a verb of agency notes, a title, punctuation or the line's end. Brands and models
# sit between other words (使用Toyota Altis上課, Uber Eats一台), so Han text on one side is
# not enough.
_LATIN_BEFORE = (
    r"(?:(?<=[" + _ROLE_ENDINGS + r"、由之的「『\n\t|\x00]|\| |[" + _ROLE_ENDINGS
    + r"](?:: ?| |為|有)|\p{Han}[,(] ?|(?:敬上|謹上)[ \t]+)|^"
    # after 及, a name of two words at least (not 及Wi-Fi)
    + r"|(?<=及 ?)(?=[A-Za-z][A-Za-z'-]*,? [A-Za-z]))"
)  # fmt: skip
# Any Han word before it when a verb of agency notes follows (同船Yuli Susanti協助送醫).
# (or after a clause's punctuation or a line's start: 送至急診。MAI DUC PHUC表示…)
_LATIN_BEFORE_VERB = r"(?:(?<=[\p{Han}。,、:;「」『』(\n\x00])|^)"
_LATIN_AFTER = (
    r"(?= ?(?:" + _FOLLOWERS + "|" + _TITLE_AFTER + r"|[、,;:)(。」』\n\t|\x00]"
    r"| (?![0-9A-Za-z])|$))"
)  # fmt: skip


class LatinNameInHanTextRecognizer(TwPatternRecognizer):
    """A Latin-script name (Dewi Santoso, Tran Van Hung, CHEUNG, HAO PEI) in Han prose,
    between a role noun, a list separator or a clause start and a verb, a title or
    punctuation; no place, organisation or product word inside (LATIN_NOT_NAME_WORDS)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # Indigenous names romanised with an interpunct (Umav‧Tanapima, Iwan·Istanda): that
        # joint is evidence anywhere.
        ("latin_interpunct",
         r"(?<![A-Za-z])[A-Z][a-z]{1,15}(?:[" + regex.escape(lex.INTERPUNCTS.replace(".", ""))
         + r"][A-Z][a-z]{1,15}){1,3}(?![A-Za-z])", 0.7),
        ("latin_in_han_text",
         _LATIN_BEFORE + r"(?<![A-Za-z0-9] ?)" + _LATIN_STOP_ANY_CASE + _LATIN_ANY
         + _LATIN_AFTER, 0.6),
        ("latin_before_verb_in_han_text",
         _LATIN_BEFORE_VERB + _LATIN_STOP_ANY_CASE + _LATIN_ANY + r"(?=" + _FOLLOWERS + ")", 0.6),
    )  # fmt: skip


# RE2 necessary condition of LatinNameInHanTextRecognizer: two capitalised words, or the
# passport form SURNAME, GIVEN.
LATIN_IN_HAN_TRIGGER = (
    r"[A-Z][a-z]+[ -](?:[a-z]+ )?(?:[A-Z]\. )?[A-Z][a-z]|[A-Z]{2,},? (?:[A-Z]\. )?[A-Z]{2,}"
    r"|[A-Z][A-Za-z]+, ?[A-Z]"
    r"|[a-z][" + regex.escape(lex.INTERPUNCTS.replace(".", "")) + r"][A-Z]"
)
