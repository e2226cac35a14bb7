"""Name lexicons for model-free person-name detection.

Written for this recognizer (independent of the sample generator's vocabulary), from common
knowledge of Taiwanese naming: the frequent single surnames, compound surnames (classical and
the Taiwanese double surnames such as 張簡 and 范姜), cue words that introduce or follow a
person's name in agency notes, and characters used in transliterations of Southeast-Asian
names. The lists are deliberately conservative: surnames that are also very common words
(於, 同, 本, 文 ...) are left out of the cue-based recognizer to keep precision.
"""

from collections.abc import Iterable

from pipelines.places import district_names


def longest_first(words: Iterable[str]) -> list[str]:
    """The words without repeats, longest first, then in code-point order: an alternation of
    them tries the longest word first, and a pattern's text does not depend on the order of a
    set (the hash seed), so the next process finds it in the compiled-pattern cache
    (regex_cache.py).

    >>> longest_first({"人", "申請人", "代理人", "人"})
    ['代理人', '申請人', '人']
    """
    return sorted(set(words), key=lambda w: (-len(w), w))


# Rare surnames that start no frequent word (甄 and 諸 start 甄選, 甄試, 諸位, 諸多, whose second
# character no given name has): missing until heldout35 – 39 (佟雨萱, 亢聖傑, 闞梓晴, 甄宗賓 …).
# Both lists below hold them. 況 (況慧琪, heldout49) starts only 況且; 亓 (亓秀鳳, heldout52)
# starts no word; 蒯 and 荘 (荘 is 莊 as some registers print it) neither (heldout55).
_RARE_WORDLESS_SURNAMES = "佟亢晁眭卞溥厙牟楚禹闞禚甄諸賁虞邰況亓蒯荘"

# Frequent single-character surnames (Taiwan household registration top ~150 plus some).
SINGLE_SURNAMES: str = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范宋方鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯黃田康姜汪白"
    "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張閻殷"
    "麥孔莫崔武賀褚符包牛龍易喬尹車葛辛柴岳郝聶卜樊應關祝左向梅管苗霍宮甯鄔艾段池"
    # less common but real surnames (Taiwan has ~1,500; these push coverage further)
    "酈儲郁仇查桂鄢闕蒲單臧荊滕蓋寇鮑房裘繆干解宗丘嵇邢滑裴陶羊惠竇衛寧景詹束龐冉"
    "酆隆匡昌欒蕭鞠戚諶冷佘敖伏練婁危翟曲封芮羿儲靳汲邴糜松井富烏焦巴弓牧隗谷車侯宓蓬全"
    "郗班仰秋仲伊宮寧仇欒暴甘鈄厲戎祖武符劉景詹束龍葉幸韶郜黎薊薄印宿白懷蒲邰從鄂索咸籍"
    "凌瞿閔柏覃樂晏湛淩奚"
    "賴卓藺屠蒙池喬陰鬱胥能蒼雙聞莘黨翟譚貢勞逄姬申扶堵冉宰酈雍郤璩桑桂濮牛壽通邊扈燕冀郟浦"
    # further surnames with about a thousand bearers or more in Taiwan (辜, 孟, 賈, 留, 冼 ...);
    # the ones that are mostly ordinary words (文, 利, 華, 花, 海, 平, 時, 成, 尚, 那) stay out
    "辜韋孟賈鄞留冼季喻鈕鄺揭笪席遲穆杭盛刁郎"
    "塗貝隋商蘭戈仉仝禤竺" + _RARE_WORDLESS_SURNAMES
)

# Rarer surnames that are no frequent start of an ordinary word. The weaker-evidence
# recognizers (role words, lists, no cue) accept them only before two frequent given-name
# characters (賈茹薇, 邢佳穎, 繆志強), and as the second surname of a 冠夫姓 name (范戚晴嫻).
# Left out here: prepositions and common words that are also surnames (向, 從, 全, 能, 通, 應,
# 單, 宗, 解, 查, 任, 易, 龍, 武, 季, 席, 盛, 管, 關, 包, 符, 梅, 左, 段, 宮, 冷, 司 ...); the
# same recognizers take them from SINGLE_SURNAMES before two frequent given-name characters.
RARE_SURNAMES: str = (
    "邢繆賈車留冼戚房孟辜韋尹葛辛岳郝聶卜樊祝苗霍甯池裴陶衛嵇滕寇鮑裘闕蒲臧荊柴鄢龐冉佘諶"
    "婁翟靳練邴晏湛覃瞿閔凌奚藺屠胥桑冀郁仇桂于鄞喻鈕鄺揭笪穆杭刁郎喬"
    # also common words (華, 利, 常, 雲): as rare surnames, only before a frequent given-name
    # character (not 文, 時, 花: 曾文水庫, 時間, 花蓮 hold them before one)
    "華利畢常耿舒昝佴鞏魯雲祁齊談豐麻"
    # missing until heldout32 and heldout34 (皮以琳, 屈逸凡, 沙玉英, 籃旭東, 計勞以恩)
    "皮屈沙籃計" + _RARE_WORDLESS_SURNAMES
)

# Surnames that are mostly ordinary words (花蓮, 文件, 時間, 成功, 項目, 安全, 尚未, 陽台): a name
# only right after a cue, before a frequent given-name character, and ending where a name ends
# (民眾花怡萱女士, 案主項美珠獨居 no; 申請人：文芳瑜⏎).
WORD_SURNAMES: str = "花文時成項安尚陽言費植承廉"
# ... and the words they start whose second character is frequent in given names
WORD_SURNAME_WORDS: tuple[str, ...] = (
    "安心", "安全", "安靜", "安排", "安裝", "安置", "安定", "安康", "安寧", "安和", "安養",
    "文化", "文件", "文書", "文字", "文明", "文章", "文宣", "文山", "時間", "時段", "時常",
    "時候", "時效", "時程", "成功", "成立", "成年", "成績", "成員", "成為", "成本", "成家",
    "成果", "項目", "花費", "花園", "花蓮", "花卉", "花蓮", "尚未", "尚可", "尚有", "尚無",
    "陽光", "陽台", "陽明", "文昌", "言論", "言語", "費用", "費率", "費心", "植物", "植栽",
    "植樹", "植入", "植牙", "植被",
    # 承 (承佳雯, heldout49): 承德路, 承天寺, 承先啟後, 承蒙, 承諾, 承認
    "承德", "承天", "承先", "承蒙", "承諾", "承認", "承接", "承辦", "承租", "承攬", "承受",
    # 廉 (廉宇傑, heldout51): 廉價, 廉政, 廉潔, 廉租, 廉能
    "廉價", "廉政", "廉潔", "廉租", "廉能",
)  # fmt: skip

# Compound surnames: classical two-character ones and Taiwanese double surnames (複姓 / 雙姓).
COMPOUND_SURNAMES: tuple[str, ...] = (
    "歐陽", "張簡", "范姜", "司馬", "諸葛", "上官", "東方", "皇甫", "司徒", "夏侯", "尉遲",
    "公孫", "慕容", "長孫", "宇文", "令狐", "端木", "西門", "南宮", "軒轅", "呼延", "鍾離",
    "澹臺", "澹台", "公羊", "張廖", "簡張", "廖張", "周黃", "陳黃", "江謝", "劉張", "范張",
    "徐辜", "楊姜", "張李", "鄭黃", "黃陳", "鮮于", "万俟", "聞人", "赫連",
)  # fmt: skip

# Words that introduce a person's name ("申請人王小明", "聯絡人：林美華").
PREFIX_CUES: tuple[str, ...] = (
    "法定代理人", "被保險人", "被檢舉人", "外籍配偶", "外籍勞工", "外籍看護", "申請人",
    "負責人", "陳情人", "代理人", "聯絡人", "承辦人", "經辦人", "收件人", "寄件人", "當事人",
    "監護人", "關係人", "檢舉人", "投保人", "受款人", "受益人", "立書人", "具結人", "納稅義務人",
    "義務人", "繼承人", "委託人", "受託人", "申報人", "填表人", "報案人", "通報人", "聯繫人",
    "緊急聯絡人", "姓名", "新住民", "移工", "看護工", "看護", "車主", "屋主", "駕駛人", "配偶",
    "父親", "母親", "之子", "之女", "之孫", "之孫子", "之孫女", "之妻", "之夫", "之母", "之父",
    "之媳", "房東", "房客", "個案", "案主", "案主姓名",
    "里民", "居民", "住戶", "村民", "病患", "學員", "外籍員工", "外籍人士", "外籍學生",
    "外籍漁工", "看護移工", "申訴人", "陳述人", "舉發人", "外籍船員", "外籍讀者",
    # a pet's owner (飼主某某, 原飼主：某某)
    "飼主",
    # debtors and tenants in enforcement files, a name given as such (名字某某, 族名 Voyu …)
    "債務人", "債權人", "承租人", "出租人", "名字", "族名", "漢名", "前夫", "前妻",
    # thanks in survey comments name staff as often as cues do ("感謝司馬玉美協助")
    "感謝", "謝謝", "多謝",
    # who is called what, in reported speech (我爸爸叫高某某，…; 她名叫林某某)
    "我叫", "他叫", "她叫", "名叫", "名字叫", "爸爸叫", "媽媽叫", "父親叫", "母親叫",
    # donors, buyers and who collects (捐款人某某以信用卡…, 訂購人某某, 領取人：某某)
    "捐款人", "訂購人", "領取人",
    # who files a court paper (具狀人：某某, heldout54)
    "具狀人",
    # a lottery winner (中獎人某某委託…, heldout55)
    "中獎人",
    # heldout62: an exam candidate, a land registration's party (應考人某某試題本未繳回,
    # 權利人某某印鑑證明逾有效期; 義務人 is above)
    "應考人", "權利人",
    # heldout67: a name's translation (中文譯名某某，已請本人確認拼寫)
    "譯名",
)  # fmt: skip

# Words that follow a name ("王小明先生", "林美華小姐", "陳大同里長").
SUFFIX_CUES: tuple[str, ...] = (
    "先生", "小姐", "女士", "太太", "同學", "老師", "醫師", "律師", "里長", "村長", "議員",
    "經理", "主任", "護理師", "社工師", "君", "阿姨", "伯伯", "夫人", "本人", "小朋友",
    # the addressee of an official letter (正本：王某某台端)
    "台端", "臺端",
    # how a neighbourhood office and volunteers name elders and peers (某某阿伯來電報名,
    # 某某大姐因出國請假; heldout58)
    "阿伯", "大姐", "大哥",
)  # fmt: skip

# Characters that essentially never stand inside a given name but often follow one in prose
# (function words, administrative nouns, verbs of reporting). They stop a name match.
GIVEN_NAME_STOP: str = (
    "的於在是與及和或等為已被向對由從自將曾並即則就也都所之其此該本各每請表稱說來到去了著過"
    "因但而且可應須需要會能號年日時分秒元條款項段路街巷弄樓市縣區鄉鎮村里電話住址申陳"
    "事件案局處科課部府院署提反訴指述經辦報告業親族公司廠店行手機箱郵地身證碼出期籍"
    "配偶工看人員們者第據受姓隊、，。；：！？（）「」『』《》〈〉"
    # fish (第二名為白帶魚: a fishing competition's catch, heldout56)
    "魚"
    # (not 映: 反 stops 某某反映 already, and 映彤 is a frequent modern name; heldout57)
)

# Characters common in Chinese transliterations of Indonesian, Vietnamese, Thai, Filipino
# names (蒂娜, 阿古斯, 蘇西拉瓦蒂 ...). Used only right after a prefix cue.
TRANSLIT_CHARS: str = (
    "阿亞安艾愛奧巴芭貝比碧波布查達黛蒂迪杜都多厄法菲弗哈赫胡吉佳加嘉傑杰卡凱坎柯克庫拉萊蘭"
    "勒蕾黎莉麗利琳露魯羅洛瑪馬麥曼梅蒙米蜜敏莫穆娜納南妮尼努諾帕佩皮普琪奇恰薩塞桑沙莎茜"
    "絲斯蘇索塔泰坦特提湯圖瓦旺威維溫沃西希夏辛雅楊伊依尤宇約扎澤詹珍朱茲佐古爾丹妲娃雷魯"
    "森亨汀蓮帕潘塔蒂瑞莎希納汶婉"
    # 里 (里漾, 里慕伊) and 科 (佐科) stop Chinese names (村里, 科長), not these
    "里科"
    # Indonesian and Thai names, missing until heldout46 (亨德拉, 德迪, 伊爾凡, 班邦, 法烏齊,
    # 普拉塞堯, 桑托索, 茵妲; 頌蓬, 猜瓦)
    "德恩凡托堯茵頌蓬猜邦班烏齊"
)

# Vietnamese-style names: surname + 氏 (women) or 文 (men) + given name (阮氏梅, 阮文雄).
VIETNAMESE_SURNAMES: str = "阮陳黎范黃吳武鄧裴杜胡潘丁何楊李鄭梅段林梁張謝高周劉蘇"

# Words that follow a name in prose, never part of it: they end an interpunct name part
# (瓦旦·達道發生碰撞, 達利·拉勞關係疏離).
PROSE_AFTER_NAME: tuple[str, ...] = (
    "發生", "關係", "疏離", "碰撞", "表示", "前往", "同住", "居住", "就讀", "目前", "因為",
    "已經", "今天", "昨天", "曾經", "一同", "一起", "家人", "先生", "小姐", "女士", "太太",
    "來電", "申請", "指出", "陳稱", "反映", "駕駛", "騎乘", "受傷", "死亡", "送醫", "返家",
    "離家", "失聯", "報案", "到場", "出院", "住院", "就醫", "工作", "聯絡", "聯繫", "提出",
)  # fmt: skip

# Interpuncts used between the parts of Indigenous and transliterated names (瓦歷斯·諾幹).
INTERPUNCTS: str = "·‧・•.∙"

# --- weaker evidence: role and kinship words, list headers, no cue at all -----------------
# These contexts also precede or follow ordinary words (委員會, 家長會, 單位), so the
# recognizers using them accept only a name whose first given character is a common
# given-name character (below) and which is not a common word (NOT_NAMES).

# Words right before a name that are no PREFIX_CUES: roles, kinship, list headers, contact
# and signature roles ("里長林某某", "家長王某某", "出席：張某某、...", "來電者陳某某").
ROLE_PREFIX_CUES: tuple[str, ...] = (
    # self-introductions in comments and e-mails ("我是王小明，請回電")
    "我是", "我叫", "敝人", "小女子", "在下", "本人", "太太",
    # local and elected roles, officials, staff
    "里長", "村長", "鄰長", "家長", "委員", "主委", "議員", "立委", "鄉長", "鎮長", "市長",
    "校長", "老師", "教師", "導師", "教授", "教練", "同學", "學生", "校友", "學長", "學姊",
    "主任", "組長", "科長", "課長", "股長", "局長", "處長", "院長", "所長", "站長", "隊長",
    "會長", "理事長", "總幹事", "幹事", "社工", "社工員", "社工師", "個管師", "督導", "專員",
    "科員", "技士", "技正", "辦事員", "助理", "秘書", "警員", "員警", "職員", "同仁", "志工",
    "醫師", "護理師", "藥師", "律師", "代書", "董事長", "總經理", "經理", "店長", "老闆",
    "承辦", "經辦", "業務承辦", "本案承辦", "審核人", "核定人", "填報人", "製表人", "窗口",
    # workplace roles and occupations (廠長李某某, 現場主管簡某某, 勞工賴某某)
    "廠長", "主管", "領班", "勞工", "員工", "工人", "店員", "保全", "警衛", "司機", "作業員",
    "技術員", "檢查員", "稽查員", "查核員", "調查員", "督察", "清潔員", "外送員", "業主",
    "地主", "租客", "承租人", "出租人", "股東", "董事", "監事", "理事", "會員", "民眾", "市民",
    "縣民", "記者", "代表", "里幹事", "村幹事", "教官", "護士", "醫生", "工程師", "研究員",
    "實習生", "工讀生", "研究生", "考生", "選手", "球員", "隊員", "義工", "讀者", "家屬",
    "患者", "病友", "院生", "院民",
    # registers and checks (使用人：某某, 受檢人某某, 外籍生某某, 入境旅客某某)
    "使用人", "受檢人", "受讓人", "讓與人", "外籍生", "旅客", "捐血人", "捐血者", "幼生", "製表",
    # veterans' and rescue records (轄內榮民某某, 遺眷某某, 搜救隊某某, 失蹤者某某)
    "榮民", "遺眷", "搜救隊", "巡守員", "失蹤者",
    # a school grade before a pupil (四年級施某某, 財金系三年級范姜某)
    "年級",
    # people in incident and case notes
    "騎士", "駕駛", "乘客", "行人", "傷者", "死者", "嫌犯", "被告", "原告", "證人", "被害人",
    "受害人", "病人", "長者", "學童", "幼童", "孩童", "雇主", "訪客", "受訪者", "陪同者",
    "陪同人", "持卡人", "卡主", "戶長", "戶主", "同居人", "鄰居", "室友", "朋友", "友人",
    "同事", "親友",
    # kinship
    "兒子", "女兒", "長子", "次子", "長女", "次女", "么女", "獨子", "孫子", "孫女", "外孫",
    "丈夫", "妻子", "前夫", "前妻", "未婚夫", "未婚妻", "男友", "女友", "哥哥", "姊姊", "姐姐",
    "弟弟", "妹妹", "胞兄", "胞弟", "胞姊", "胞妹", "兄長", "祖父", "祖母", "外公", "外婆",
    "阿公", "阿嬤", "爸爸", "媽媽", "岳父", "岳母", "公公", "婆婆", "伯父", "叔叔", "舅舅",
    "姑姑", "媳婦", "女婿", "其父", "其母", "其子", "其女", "其夫", "其妻", "其兄", "其弟",
    "其姊", "其妹", "養父", "養母", "繼父", "繼母",
    # contact and signature roles, list headers, awards
    "來電者", "來電人", "寄件者", "收件者", "發信人", "發件人", "致電者", "出席", "列席",
    "缺席", "請假", "出席者", "與會者", "主席", "記錄", "紀錄", "簽到", "得獎者", "得獎",
    "獲獎者", "第一名", "第二名", "第三名", "冠軍", "亞軍", "季軍", "特優", "優等", "佳作",
    # parties in judgments, mediation and protection orders
    "聲請人", "相對人", "告訴人", "上訴人", "抗告人", "自訴人", "辯護人", "受刑人", "受處分人",
    "債權人", "債務人", "加害人", "行為人", "對造人", "被害者", "受文者", "收文者",
    # care files and home visits: the cared-for person and the family (案父 = the client's father)
    "被看護者", "被看護人", "照顧者", "照護者", "受照顧者", "被照顧者", "案父", "案母", "案妻",
    "案夫", "案兄", "案弟", "案姊", "案姐", "案妹", "案女", "案孫", "案祖父", "案祖母",
    # a person's name stated as such
    "全名", "本名", "原名", "化名", "署名",
    # the victim after a verb of an incident (毆打某某，致其受傷)
    "毆打", "打傷", "推倒", "推擠", "辱罵", "恐嚇", "騷擾", "攻擊", "殺害", "性侵", "猥褻",
    "撞傷", "追撞", "咬傷", "砍傷", "刺傷", "掌摑", "痛毆", "踢傷", "霸凌", "跟蹤", "拉扯",
    # the person met after a verb of an inspection or a home visit (現場訪談某某、某某)
    "訪談", "訪視", "訪問", "約談", "面談", "晤談", "電訪", "家訪", "探視", "拜訪", "會同",
    "偕同", "協同", "轉介", "致電", "電聯", "電洽", "回電",
    # owners, holders and payers (飼主, 所有權人, 共有人), a ship's master, an agent, foreigners
    "飼主", "所有權人", "共有人", "管理權人", "使用權人", "繳款人", "繳費人", "付款人", "船長",
    "船員", "漁工", "仲介", "外國人", "外籍人", "新住民",
    # a parent's modest words for their own child or spouse (小女, 犬子, 外子)
    "小女", "小兒", "犬子", "小犬", "愛女", "愛子", "家父", "家母", "外子", "內人",
    # a contact or a report through someone (經與某某電話聯繫, 據某某轉述)
    "經與", "已與", "並與", "另與", "據",
    # overseas compatriots and students in letters of the overseas-community council
    "僑生", "僑胞", "華僑", "僑民",
    # the officer on duty, the client's nephews and in-laws (值班某某, 案姪某某)
    "值班", "值勤", "案姪", "案甥", "案媳", "案孫子", "案孫女", "案外孫",
    # a caller's own words, care managers, tenants and who reported a repair (自稱某某, 照專某某)
    "自稱", "名叫", "照專", "照管專員", "個管員", "承租戶", "租戶", "報修人", "轉介人",
    "房東", "房客", "用戶", "姪子", "姪女", "外甥", "外甥女",
    "案童", "攤商", "役男", "原攤商",
    # dormitories and customers (舍監某某通報, 客戶某某)
    "舍監", "住宿生", "客戶",
    # heldout45's interpunct names took these in (導遊吉拉·某某, 老闆娘烏芭·某某, 子女娃旦‧某某)
    "導遊", "領隊", "老闆娘", "子女", "住民", "消保官", "阿伯",
    # heldout48: volunteer firefighters and police, a newborn (義消某某於…, 新生兒某某，出生日期)
    "義消", "義警", "新生兒",
    # a call or a visit taken (受理某某電話申訴)
    "受理",
    # lost and found, the deceased, who picks a child up, kin who drive one (失主某某, 拾得人某某,
    # 亡者某某, 接送某某, 給阿姨某某載)
    "失主", "拾得人", "亡者", "接送", "阿姨", "嬸嬸", "大姨", "舅媽", "姨丈", "姑丈",
    # heldout49 and 50: births and childcare, repairs, bank customers (產婦某某（38歲）, 幼兒某某
    # （108年生）, 水電師傅某某到場, 外籍儲戶某某)
    "產婦", "孕婦", "幼兒", "嬰兒", "師傅", "儲戶",
    # cousins (車子是借給我表哥某某開的)
    "表哥", "表姊", "表姐", "表弟", "表妹", "堂哥", "堂姊", "堂姐", "堂弟", "堂妹",
    # heldout51: kin in a statement (答：我哥某某，電話…), finders, candidates, villagers
    "我哥", "我媽", "我爸", "我姊", "我姐", "我弟", "我妹", "拾獲人", "候選人", "參選人",
    "擬參選人", "部落", "車長", "手足",
    # heldout52: a husband or wife named by their spouse (已請其先生某某到院, 幫先生某某報名)
    "其先生", "她先生", "我先生", "幫先生", "其太太", "他太太", "我太太", "幫太太",
    # heldout56: foster care (寄養母某某表示, 由寄養家庭某某協助就醫, 兒少某某（…生）, 生母某某為
    # 越南籍, 外籍生父某某，護照…)
    "寄養家庭", "寄養父", "寄養母", "寄養父母", "生父", "生母", "兒少",
    # heldout57: fishing boats, graves, prison visits, formal letters (船東某某表示, 墓主某某,
    # 某某（配偶）接見某某, 台端某某，住…)
    "船東", "墓主", "接見", "接見人", "收容人", "台端",
    # heldout59: temple donors and a client's son (信女某某捐贈, 主要照顧者：案子某某)
    "信士", "信女", "信徒", "善信", "案子",
    # heldout60: a person pointed at or asked for, an interpreter (今天體檢那位某某視力不過,
    # 請問是某某嗎？, [LINE] 通譯某某：)
    "那位", "請問是", "通譯",
    # heldout62: a sale's parties, a debate's host, juveniles found in an arcade, an exam's
    # proctor (賣方某某之印鑑證明, 主持人：某某, 查獲少年某某、某某等4人)
    "賣方", "買方", "主持人", "少年", "監場人員",
    # heldout61: whom a police officer visits (0421 訪查 某某，槍枝…)
    "訪查", "查訪",
    # heldout63: a hotel's guest (509那個客人某某一直沒退房)
    "客人",
    # heldout64: a household in need (轉介本里低收入戶某某君)
    "低收入戶", "中低收入戶",
    # heldout65: a broker's interpreter in a chat export (16:32	仲介翻譯某某	…)
    "翻譯",
)  # fmt: skip

# Relation words after 的 that make the word before it a person's name (我是某某的家長,
# 某某的媽媽): kinship, care and school relations.
KIN_AFTER_DE: tuple[str, ...] = (
    "家長", "爸爸", "媽媽", "父親", "母親", "爸", "媽", "兒子", "女兒", "孩子", "小孩",
    "先生", "太太", "丈夫", "妻子", "老公", "老婆", "配偶", "哥哥", "姊姊", "姐姐", "弟弟",
    "妹妹", "爺爺", "奶奶", "阿公", "阿嬤", "外公", "外婆", "祖父", "祖母", "孫子", "孫女",
    "監護人", "家屬", "照顧者", "看護", "阿姨", "舅舅", "叔叔", "伯伯", "姑姑", "同學",
    "導師", "班導", "老師", "室友", "女友", "男友", "未婚夫", "未婚妻", "前夫", "前妻",
)  # fmt: skip

# Role words right after a name ("陳某某委員：", "林某某校長") that are no SUFFIX_CUES.
ROLE_SUFFIX_CUES: tuple[str, ...] = (
    "委員", "主委", "立委", "議長", "鄉長", "鎮長", "市長", "縣長", "鄰長", "校長", "教授",
    "教練", "導師", "組長", "科長", "課長", "股長", "局長", "處長", "院長", "所長", "站長",
    "隊長", "會長", "理事長", "董事長", "總經理", "執行長", "總幹事", "幹事", "社工", "督導",
    "專員", "科員", "技士", "技正", "秘書", "助理", "警員", "員警", "護士", "醫生", "牧師",
    "師傅", "同仁", "家長", "爺爺", "奶奶", "阿公", "阿嬤", "志工", "媽媽", "爸爸",
    # a veteran (王某某榮民今日來電)
    "榮民",
    # professional titles ("陳某某建築師事務所", "林某某營養師")
    "建築師", "會計師", "地政士", "技師", "工程師", "藥師", "營養師", "心理師", "治療師",
    "個管師", "管理師", "輔導員", "社工員", "講師", "法官", "檢察官", "書記官",
    # court interpreters and dormitory wardens (王某某通譯來電, 王某某舍監)
    "通譯", "舍監",
    # a child named in a kindergarten's letter (主旨：有關某某幼兒（…生）申請…, heldout59)
    "幼兒",
)  # fmt: skip

# Frequent given-name characters (modern and old-style). The weaker-evidence recognizers
# require the first given character to be one of them: it keeps 單位, 陳述, 林務, 方法,
# 許可, 張貼, 程序, 黃金週 out (their second character is rare in given names).
GIVEN_NAME_CHARS: str = (
    # frequent in women's names
    "雅怡婷玲慧美淑惠芳佳欣如宜珍華秀麗琪萍瑩雯靜貞琳娟蓉芬鈺妤涵瑜萱筠蓁彤晴潔穎亭婕"
    "姿嘉璇琬瑄伶菁青敏慈恩心雲月霞紅燕鳳蘭梅英菊蓮珠玉寶春秋香娥嬌卿儀薇莉姍珊瑤璟綺"
    "嫺嫻媛嬿柔馨妍妮琦瑋綾羚鈴齡苓憶依宸甯若語諭昀沛湘詩書思品臻葳芸芷茹郁毓喬巧詠"
    "曉筱舒婉婧瑞蕙蕾薰鶯鸞琴瑟璦婀妙姝娸婕嫣楓霏霓凰鵑翠碧素純彩虹麟筑竹蘋茵菱"
    "倩倖幸冰凌珮佩宥侑昕昭晏映柳秦紋絹綉繡羽翎翊翌苡茜蓓蔓蘊虹靖韻頤馥鈞"
    # frequent in men's names
    "志明偉宏豪傑俊建文武家榮勝雄強智信仁義忠德輝峰鋒成誠承翰哲皓浩宇軒翔祥銘威霖賢"
    "彥彬斌凱愷均昌松柏樹森山川海河龍虎鵬飛政正平順福祿壽財發興旺添進益源泉清坤乾"
    "亨利紹耀暉煌燦光亮晨旭昇陽晟昱晃景嵩崇崑岳峻嶸淵濤洋潤澤鴻瀚駿騰聖賓彰睿叡維緯"
    "倫綸達逸尉廷庭霆東子士仕世永泰富貴茂盛炎焜煥燈炳熙勳勛冠宗卓群振鎮鑫錦銓欽鉅錫"
    "鑑啟立良允元友天孝廉章毅勇健康泓弘紘竣寬頌豐璋琮瑛玟玫琇琍璿瑾瑀璞宜舜堯禹湯"
    "裕祐佑禎祺祥麒騏瑲杰傑稜稚鈐鈞銓錚鐘霈霄震奕奎安定宣宏容寰崴嶺帆廣弦彤徽恆恒"
    "恬惟愉慶懋揚敬斐新昶晉晟智暘朝木杉柔桓梓楨榆樺橙欽歆毅汎沅沐治洧津浚淳湧溢滄漢"
    "澄澔灝為煒熠燁爵猷玄琛瑭璘甫百皇盈睿碩祈祖秉程穆竑笙節綱聰肇胤舜芃茗荃莘蔚"
    "虔衍裕詮誼諺謙豫賓趙辰迪逢道遠邦郎鈺鋐鋼錡鍾鎧長雋霖靈鞍韋頡顯飄餘馳驊鯤鼎"
    # further frequent modern characters (博宇, 可馨 see person.py, 芯語, 沂庭, 雨彤)
    "博國樂芯沂岑甄妡媗禾亞采妘予雨丞捷卉伃芊芮菲嵐雍"
    # frequent in Taiwanese names of every generation (育誠, 旻萱, 姵君, 冠楷, 桂英, 瓊華)
    "育憲致旻姵楷桂瓊展"
    "以羿愛紫尚孟仲喻瀅暄沁汶聿劭昊曜璽耕芝宛雁鶴翼儒勤恭堂雪"
    # old-style names (罔市, 添丁, 阿金)
    "罔丁腰招娣阿好滿足查枝葉花粉銀金水火土石勸來進大小"
)

# Words that start with a surname and a frequent given-name character but are ordinary
# vocabulary or place names: never a name in the weaker-evidence recognizers.
NOT_NAMES: tuple[str, ...] = (
    "王道", "王牌", "高雄", "高中", "高齡", "高鐵", "高速", "高達", "高山", "高飛", "高度",
    "班上", "班級", "印章", "丁香", "江翠", "黃金", "金門", "金華",
    "方正", "方便", "方向", "林業", "林園", "林口", "連江", "江山", "石門", "田中", "白天",
    "白河", "古文", "康定", "康健", "安定", "史書", "萬華", "萬安", "萬一", "萬元", "任意",
    "任何", "武昌", "夏天", "秋天", "春天", "何時", "何以", "何如", "余額", "溫柔", "溫泉",
    "溫和", "江河", "洪水", "孔子", "莫非", "毛利", "章程", "包容", "馬上", "馬路", "車子",
    "石油", "羅東", "蘇花", "程序", "陳列", "陳述", "陳情", "陳報", "張貼", "方法", "許可",
    "官方", "官員", "宋朝", "唐朝", "周末", "周全", "周知", "易於", "關係", "關心", "連續",
    "曾經", "游泳", "雷雨", "顧客", "顧問", "管理", "簡易", "簡章", "簡明", "鍾愛", "謝意",
    "謝謝", "楊梅", "葉子", "柯南", "施工", "施政", "施行", "魏晉", "戴上", "傅達", "蔣公",
    "盧森", "童年", "童書", "杜絕", "呂宋", "溫度", "于是", "汪洋", "梁山", "熊貓", "段落",
    "范文", "簡單", "潘朵", "孫子", "邱陵", "湯圓", "鄭重", "錢包", "伍佰", "蔡英", "巫師",
    "紀念", "紀錄", "石頭", "金錢", "金額", "金融", "宗教", "包括", "包含", "符合", "應該",
    "黎明", "康復", "龍山", "長庚",
    # surname + a given-name character that is a common word, or a country / place
    "方可", "韓國", "馬國", "萬國", "歐亞", "康樂", "游樂", "江湖", "石化", "金控", "高麗",
    "林木", "葉菜", "柳丁", "柳橙", "楊柳", "杜鵑", "馬鈴", "包子", "高峰", "任職",
    "施以", "高尚", "官署", "李子", "馬達", "白雲", "金堂", "高堂", "溫暄", "余以",
    # rarer surnames before a frequent given-name character: words (祝福平安, 凌晨時分)
    "祝福", "祝賀", "凌晨", "衛福", "陶藝", "岳父", "岳母", "車輛", "房屋", "留言", "韋伯",
    # animals of conservation notices (石虎 = the leopard cat)
    "石虎",
    # a bus's captain and a study-abroad form's school (車長 某某, 留學學校: heldout54)
    "車長", "留學",
    # a fish (第二名為石斑, heldout56)
    "石斑",
    # 方 + a noun (訪視方式　家訪)
    "方式", "方面", "方案", "方針", "方位",
    # school years and salutations (我是高職二年級的…, 輔導會長官鈞鑒)
    "高職", "高一", "高二", "高三", "官鈞鑒",
    # countries, forest roads, seals (母親為印尼籍, 林道管制, 印章)
    "印尼", "印度", "印章", "印鑑", "林道", "萬餘",
    # feelings in a list of words (圈詞：黃昏、游泳、高興)
    "高興",
    # a language before 通譯 (韓語通譯 待派)
    "韓語",
    # owners, as header cells (序號　車主　身分證統一編號)
    "車主", "屋主", "地主", "船主",
    # deities a temple worships, titled 君 like people (主祀神明：關聖帝君, 文昌帝君)
    "關聖帝", "文昌帝", "孚佑帝", "關帝",
    # case types in a legal-aid list and a mail's recipient (…,1983年5月20日,車禍,09…;
    # 收件者：扶助律師某某; heldout58)
    "車禍", "勞資", "扶助",
    # heldout62: what a rule says one must do (…，應依地政士法第16條…), what pupils are told
    # to wear (提醒學生戴泳帽)
    "應依", "應於", "應即", "應予", "應由", "應向", "應將", "戴泳帽", "戴口罩", "戴安全帽", "戴帽",
    "戴眼鏡", "戴手套",
    # heldout66: a heated pool (游泳（溫水池）); heldout65: thanks to a village chief (辛苦里長)
    "溫水", "辛苦",
    # heldout67: a kind reminder, what happened before, a library's call number (溫馨提醒,
    # 曾發生之…案例, 索書號)
    "溫馨", "曾發生", "索書",
    # …住戶冷氣室外機噪音, 住戶宮廟鞭炮, a timesheet's shift column, a test's administration
    # (施測工具)
    "冷氣", "宮廟", "班別", "施測",
    # heldout68: a landlord signing, a notice, an address book (房東 某某, 已通知本人, 學員通訊錄)
    "房東", "通知", "通訊錄",
)  # fmt: skip
# Words that are no names standing alone but start real names (湯品 is soup, 湯品翰 a name).
NOT_NAMES_ALONE: tuple[str, ...] = ("湯品",)

# ... and districts written alone (至下午4時，金山、石門、林口停水): every 鄉鎮市區 that starts
# with a surname, without its suffix (pipelines/places.py).
NOT_NAMES += tuple(
    d for d in district_names() if d[0] in SINGLE_SURNAMES + RARE_SURNAMES and d not in NOT_NAMES
)

# Job titles and staff nouns. After a cue (個案管理師, 看護仲介, 個案關懷員) they are no name:
# several start with a surname character (管, 仲, 通, 解, 關, 董, 牧, 班, 包, 宗 ...). Every
# name pattern refuses a name starting with one of them (nor with one of NOT_NAMES).
TITLE_WORDS: tuple[str, ...] = (
    "管理師", "管理員", "管理人", "管理者", "管理", "關懷員", "關懷", "關務員", "關務", "仲介",
    "通譯", "解說員", "解說", "董事", "牧師", "班導", "班長", "包商", "車手", "司機", "宗教",
    "房務", "衛教師", "衛教", "康復師", "游泳", "萬能", "全職", "兼職", "專任", "專職", "童工",
    "社工師", "社工員", "社工", "心理師", "營養師", "治療師", "輔導員", "輔導", "督導", "專員",
    "志工", "護理師", "藥師", "醫師", "技師", "建築師", "會計師", "工程師", "設計師", "講師",
    "照服員", "居服員", "個管師", "研究員", "調查員", "書記官", "法官", "檢察官", "觀護人",
    "通報人員", "承辦人員", "警員", "幹事", "秘書", "助理", "組長", "主任", "經理",
    # staff and case-file nouns after 個案 / 看護 / 移工 (個案紀錄表, 個案康復情形)
    "紀錄", "康復", "包括", "包含", "符合", "關係", "管道", "費用",
    # a migrant workers' dormitory, and 周知 (to make known) after 學員 / 民眾
    "宿舍", "周知",
)  # fmt: skip

# Times of day or week that start with a surname's character and follow a cue as often as a
# name does (案主白天獨居, 個案平日由…): no name when the clause goes on after them (白天廷 is).
TIME_WORDS: tuple[str, ...] = ("白天", "平日", "假日", "夜間")

# Frequent surnames for names with no cue at all (the rare ones such as 全, 通, 能, 從, 應,
# 向 are also very common words).
COMMON_SURNAMES: str = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余"
    "盧梁趙顏柯翁魏孫戴范宋方鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯田康姜"
    "汪白鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪譚駱熊甘秦顧毛章史官萬俞雷粘饒閻殷"
    "麥孔莫崔賀褚鄔艾"
)

# Every character a surname can start with: name patterns check it first, so that most
# positions of a text fail at once.
SURNAME_FIRST_CHARS: str = "".join(
    dict.fromkeys(
        SINGLE_SURNAMES + COMMON_SURNAMES + RARE_SURNAMES + "".join(c[0] for c in COMPOUND_SURNAMES)
    )
)

# What follows a name written with no cue, at the start of a clause: verbs and particles of
# agency notes ("王某某於...到所", "王某某來電", "王某某持健保卡", "王某某與李某某...").
NAME_FOLLOWERS: tuple[str, ...] = (
    "於", "與", "及", "和", "已", "持", "到", "在", "至", "向", "對", "因", "並", "也", "都",
    "即", "又", "曾", "未", "稱", "說", "君", "等人", "等", "之", "的", "則", "便", "所", "自",
    "來電", "來函", "來信", "來所", "來訪", "表示", "陳稱", "陳述", "指出", "反映", "申請",
    "前往", "親自", "自述", "夫婦", "先前", "今日", "今天", "昨日", "昨天", "目前", "現年",
    "現住", "報名", "領取", "簽收", "到場", "臨櫃", "繳交", "同意", "主張", "提出", "詢問",
    "要求", "簽名", "辦理", "出席", "缺席", "請假", "負責", "留下", "擔任", "獲得", "榮獲", "一家",
    "全家", "同住", "居住", "就讀", "任職", "送件", "告知", "答應", "拒絕", "希望", "認為",
    "敬上", "謹上", "拜上", "敬啟", "啟",
    # heldout47: who answered, opened a case, paid twice, went abroad (由某某接聽, 某某開案)
    "接聽", "開案", "重複", "立即", "出國", "搬走", "委託書",
    # a patient's symptoms (室友反映某某整夜咳嗽, 某某發燒兩天)
    "整夜", "腹痛", "發燒", "咳嗽", "嘔吐", "頭暈",
    # what a passenger lost (站務：某某遺失悠遊卡)
    "遺失",
    # who collects or applies for someone (由志工某某代領送達, 由雇主某某代為申請)
    "代領", "代為", "代收", "代簽",
    # who drove (車子是借給我表哥某某開的)
    "開的", "開車",
    # heldout51: donations of money (收受某某捐贈新台幣…; not 物資由王品捐贈: firms give goods),
    # pick-ups and who can be called (由某某或某某接送，某某聯絡電話…, 某某手機…), reports,
    # pledges, who lives alone
    "捐贈新臺幣", "捐贈新台幣", "捐贈NT", "捐款新臺幣", "捐款新台幣", "接送", "接回", "聯絡電話",
    "手機", "電話", "或", "通報", "保證", "獨居", "到院",
    # heldout55: disputes, proxies and particulars (某某vs某某 停車糾紛, 中獎人某某委託某某代為兌獎,
    # 過戶予某某，某某出生日期…)
    "vs", "VS", "委託", "出生",
    # a pronoun picking the name up (那是我女兒開的，王某某她在外地工作)
    "她", "他",
    # what a log says the person did (陪同王某某離開, 與王某某同行, 王某某出示居留證)
    "離開", "出示", "抵達", "同行", "交接", "電話諮詢",
    # reported by or reached through (據某某轉述, 經與某某電話聯繫)
    "轉述", "轉告", "電話聯繫", "電話聯絡", "電聯",
    # judgments and incident reports (王某某犯傷害罪, 與王某某發生口角, 王某某竟徒手...)
    "犯", "係", "竟", "遂", "發生", "明知", "基於", "意圖", "涉犯", "涉嫌", "見狀", "不滿",
    "酒後", "駕駛", "騎乘", "徒手", "持刀", "隨即", "互毆", "爭吵", "口角",
    # adverbs after a subject (王某某亦在場, 李某某另表示, 林某某將持續追蹤)
    "亦", "另", "將", "均", "皆", "仍", "當場", "隨後", "旋即", "在場", "到庭", "到案", "坦承",
    "供稱", "證稱", "自稱", "聲稱",
    # a salutation (Q&A replies, letters: 王某某您好, 王某某鈞鑒)
    "您好", "你好", "鈞鑒", "台鑒", "大鑒", "惠鑒", "道鑒",
    # what staff named in a note do (營養師王某某確認菜單, 改由王某某代班, 請督導王某某核章)
    "確認", "核章", "核閱", "出任", "代班", "值班", "協助", "陪同", "處理", "說明", "提供",
    "填寫", "簽署", "聯繫", "帶領", "主持", "回覆", "回報", "發現", "目睹", "看到",
    # witnesses, statements and duties in minutes (王某某、李某某見證, 王某某補充：, 王某某應於)
    "見證", "作證", "證述", "會同", "補充", "補齊", "應於", "應依", "應即", "三人", "二人",
    "兩人", "四人", "兩位", "二位", "三位", "敬覆",
    # interpreters (通譯某某傳譯)
    "翻譯", "傳譯",
    # what staff and parties do in case files (請某某通知, 由某某點交 / 代理 / 製作筆錄)
    "通知", "點交", "代理", "製作", "溝通", "擅自", "核對", "轉交", "發言", "可以", "在場",
    "配合", "一行人", "沿", "借", "借錢", "大聲", "不願", "願意", "不肯", "」", "』",
    "共有", "還", "約", "叫",
    # reported speech and what applicants do next (「...」王某某提到, 王某某補附診斷證明)
    "提到", "補附", "補正", "補件", "通過", "過去",
    # incident reports: the injured and the tested (王某某左腳擦傷, 王某某酒測值0.00), a case
    # taken by the officer on duty (值班某某受理), where someone lives (案姪某某住高雄市)
    "左腳", "右腳", "左手", "右手", "頭部", "受傷", "擦傷", "骨折", "輕傷", "送醫", "酒測",
    "受理", "住", "吵架", "預計", "車禍", "持續", "遞補", "因病", "因年邁", "過世",
    # how someone paid or called, what they claimed or applied for (王某某以信用卡繳納,
    # 王某某領回遺失手機, 王某某申辦死亡登記)
    "以信用卡", "以電話", "以現金", "以匯款", "領回", "繳回", "申辦", "陳情", "請求",
    # whose house, what they sent, denied or could not do, and when (其父某某名下房屋, 家長某某
    # 傳訊, 至某某住處, 某某無症狀, 某某否認發燒, 我先生某某去年過世)
    "名下", "住處", "住所", "傳訊", "無法", "無症狀", "否認", "承認", "去年", "今年", "前年",
    # a register's change of officer (主任委員由某某變更為某某), a pupil's transfer and absence
    # (主旨：某某轉學證明, 到校辦理某某轉出, 導師：某某連續19天未到校)
    "變更為", "轉學", "轉出", "轉入", "連續",
    # the last of a list of people who did something (住民甲、乙、丙完成接種)
    "完成",
    # heldout56: pharmacy and foster-care notes (請通知某某回診, 某某打電話說藥袋少一包, 請某某
    # 回電, 討論某某返家評估, 表示某某適應良好)
    "回診", "回電", "打電話", "返家", "適應",
    # heldout59: a lottery's result, plans and company (表示某某抽中…, 我請某某明天一早過去,
    # 我帶某某跟某某一起)
    "抽中", "明天", "明日", "一起", "跟",
    # heldout60: protection orders, a committee's advice, arrivals, a question (相對人某某聲請,
    # 委員某某建議, 某某剛到派出所了, 請問是某某嗎)
    "聲請", "建議", "剛到", "嗎",
    # heldout62: a party's seal certificate (權利人某某印鑑證明逾有效期)
    "印鑑",
    # heldout61: a guest and their party in a homestay's log (302 某某+2 check-in)
    "+1", "+2", "+3", "+4", "+5",
    # heldout64: a parent's morning message (老師早安～某某昨晚有點咳嗽)
    "昨晚",
    # heldout68: whose particulars a clerk checks (核對某某生日…)
    "生日",
)  # fmt: skip

# Countries of foreign residents in English, as notes and crew lists write them after a name
# (Pham Huu Son (Vietnam)); no part of a name.
EN_COUNTRY_NAMES: tuple[str, ...] = (
    "Vietnam", "Indonesia", "Philippines", "Thailand", "Malaysia", "Myanmar", "Cambodia", "Japan",
    "Korea", "India",
)  # fmt: skip

# Latin-script words that are no part of a personal name: places, organisations, products,
# weekdays and months, letter words. A Title-Case phrase holding one is no name (Taipei City,
# Google Maps, Happy New Year).
LATIN_NOT_NAME_WORDS: tuple[str, ...] = (
    "City", "County", "District", "Township", "Village", "Road", "Rd", "Street", "St",
    "Avenue", "Ave", "Lane", "Alley", "Section", "Sec", "Floor", "Building", "Tower", "Plaza",
    "Park", "Station", "Airport", "Port", "Harbor", "Bridge", "River", "Mountain", "Lake",
    "Island", *EN_COUNTRY_NAMES, "Taiwan", "Taipei", "Kaohsiung", "Taichung", "Tainan",
    "Taoyuan", "Hsinchu",
    "Keelung", "Chiayi", "Yilan", "Hualien", "Taitung", "Pingtung", "Penghu", "Kinmen",
    "Company", "Co", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Group", "Holdings",
    "Bank", "Insurance", "Trading", "Technology", "Tech", "Industrial", "Industries",
    "International", "Enterprise", "Enterprises", "Service", "Services", "Solutions",
    "Systems", "University", "College", "School", "Academy", "Institute", "Hospital",
    "Clinic", "Center", "Centre", "Foundation", "Association", "Society", "Council",
    "Committee", "Ministry", "Department", "Bureau", "Office", "Agency", "Administration",
    "Government", "Police", "Court", "Church", "Temple", "Hotel", "Restaurant", "Cafe",
    "Coffee", "Tea", "Market", "Mart", "Store", "Shop", "Mall", "Express", "Airlines",
    "Line", "Pay", "Google", "Apple", "Microsoft", "Facebook", "Instagram", "Youtube",
    "Teams", "Meet", "Zoom", "Maps", "Drive", "Word", "Excel", "Windows", "Android",
    "Report", "Plan", "Project", "Program", "Meeting", "Form", "Card", "Number", "Date",
    "List", "Passenger", "Passengers", "Manifest",
    "Name", "Email", "Mail", "Phone", "Mobile", "Tel", "Fax", "Address", "Passport", "Visa",
    "Happy", "New", "Year", "Dear", "Thank", "Thanks", "Best", "Regards", "Sincerely",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "The", "And", "For", "With", "From", "Total",
    # addressees that are no names (Dear Valued Customer, Dear Hiring Manager)
    "Sir", "Madam", "Customer", "Customers", "Valued", "Member", "Members", "Colleague",
    "Colleagues", "Team", "Parent", "Parents", "Guardian", "Applicant", "Applicants", "User",
    "Users", "Guest", "Guests", "Friend", "Friends", "Partner", "Partners", "Student",
    "Students", "Resident", "Residents", "Citizen", "Citizens", "All", "Hiring", "Manager",
    "Director", "Officer", "Staff", "Support", "Admissions", "Editor", "Board", "Mr", "Mrs",
    "Ms", "Dr", "Prof", "Accounts", "Payable", "Receivable", "Finance", "Human", "Resources",
    "Sales", "Marketing", "Purchasing", "Procurement", "Legal", "Telecom", "Power", "Steel",
    "Airline", "Motor", "Motors", "Electric", "Electronics", "Chemical", "Foods", "Food",
    # brands and product words seen in agency notes (lost property, complaints, purchases)
    "Uber", "Eats", "Foodpanda", "Nintendo", "Switch", "Samsung", "Toyota", "Honda", "Yamaha",
    "Giant", "Costco", "iPhone", "iPad", "Sony", "PlayStation", "Xbox", "Dyson", "Panasonic",
    "Nike", "Adidas", "Uniqlo", "Starbucks", "Seven", "Eleven", "Family", "Mart", "Pro", "Max",
    "Plus", "Mini", "Air", "Watch", "Book", "Pad", "Phone", "Card", "Pass", "Easy", "Go",
    "Online", "App", "Store", "Cloud", "Free", "Smart", "Home", "Kitchen", "Pay",
    # what follows I am / Dear besides a name (I am Indonesian, Dear Teacher, I am Sorry)
    "Indonesian", "Vietnamese", "Filipino", "Filipina", "Thai", "Taiwanese", "Chinese",
    "Malaysian", "Burmese", "Cambodian", "Japanese", "Korean", "American", "Teacher",
    "Teachers", "Everyone", "Sorry", "Fine", "Here", "Glad", "Writing", "Calling", "Pregnant",
    "Married", "Single", "Muslim", "Catholic", "Buddhist", "Principal",
    # a passenger's particulars in an English note (- Pax DOB 1990-01-01, heldout66), a
    # language (Tieng Viet, heldout65)
    "Pax", "DOB", "Tieng",
    # (HONORIFICS, below, are no name words either)
    # Indigenous ceremonies a village announces (武陵部落Malahtangia訂於…舉行, heldout61)
    "Malahtangia", "Ilisin", "Mayasvi", "Maleveq", "Masalut", "Mangayau", "Malastapang",
    "Mapasvut", "Miaman", "Kataguan",
)  # fmt: skip
# Honorifics before a foreign resident's one-word name (Mbak Tri, Ate Joy, Khun Suda;
# heldout65; not Ibu, an Atayal name too: Ibu Tanapima) and a witness's label (Witness Juariah
# (ARC …)): no name words themselves, but cues before one (person.py).
HONORIFICS: tuple[str, ...] = ("Mbak", "Ate", "Kuya", "Khun", "Witness")
LATIN_NOT_NAME_WORDS += HONORIFICS

# Romanised Taiwanese surnames (Wade-Giles, Tongyong, Hanyu Pinyin and Hokkien / Hakka
# spellings as passports print them). With a hyphenated given name they make a name with no
# cue at all (Chen Mei-ling, WU CHIA-HAO, LIN, YU-TING).
ROMAN_SURNAMES: tuple[str, ...] = (
    "Chen", "Chan", "Tan", "Lin", "Lim", "Huang", "Hwang", "Ng", "Chang", "Zhang", "Cheung",
    "Lee", "Li", "Wang", "Ong", "Wu", "Goh", "Liu", "Lau", "Tsai", "Cai", "Chua", "Yang",
    "Yeo", "Hsu", "Xu", "Khor", "Cheng", "Zheng", "Teh", "Hsieh", "Xie", "Kuo", "Guo",
    "Hung", "Hong", "Tseng", "Zeng", "Chiu", "Qiu", "Liao", "Lai", "Chou", "Zhou", "Su",
    "Yeh", "Ye", "Chuang", "Zhuang", "Lu", "Lyu", "Chiang", "Jiang", "Ho", "He", "Hsiao",
    "Xiao", "Lo", "Luo", "Kao", "Gao", "Pan", "Chien", "Jian", "Chu", "Zhu", "Chung", "Zhong",
    "Yu", "You", "Peng", "Chan", "Zhan", "Hu", "Shih", "Shi", "Shen", "Liang", "Chao", "Zhao",
    "Yen", "Yan", "Ko", "Ke", "Wei", "Sun", "Tai", "Dai", "Fan", "Sung", "Song", "Fang",
    "Teng", "Deng", "Tu", "Du", "Fu", "Hou", "Tsao", "Cao", "Hsueh", "Xue", "Ting", "Ding",
    "Cho", "Juan", "Ruan", "Ma", "Tung", "Dong", "Wen", "Tang", "Lan", "Ku", "Gu", "Chi", "Ji",
    "Yao", "Lien", "Lian", "Feng", "Ou", "Tien", "Tian", "Kang", "Pai", "Bai", "Tsou", "Zou",
    "Kung", "Gong", "Han", "Yuan", "Chin", "Jin", "Kim", "Hsia", "Xia", "Shao", "Ni", "Hsiung",
    "Xiong", "Jen", "Ren", "Kan", "Gan", "Mao", "Kuan", "Guan", "Wan", "Lei", "Jao", "Rao",
    "Tsui", "Cui", "Meng", "Sheng", "Chia", "Jia", "Hsing", "Xing", "Mou", "Miao", "Yin",
    "Tsang", "Tso", "Yuen", "Wong", "Fong", "Leung", "Kwok", "Tsang", "Mak", "Mok",
)  # fmt: skip

# Japanese surnames written in kanji (鈴木由美, 佐藤花子): foreign spouses and residents.
JAPANESE_SURNAMES: tuple[str, ...] = (
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡邊", "渡辺", "山本", "中村", "小林", "加藤",
    "吉田", "山田", "佐佐木", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "池田",
    "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田",
    "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "齋藤", "斎藤", "齊藤", "福田", "太田",
    "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "松田", "竹內", "竹内",
    "小野", "田村", "中山", "和田", "石田", "森田", "上田", "柴田", "酒井", "工藤", "橫山",
    "横山", "宮崎", "宮本", "內田", "内田", "高木", "安藤", "島田", "谷口", "大野", "丸山",
    "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "增田", "増田", "小山", "大塚",
    "平野", "菅原", "久保", "松井", "千葉", "岩崎", "櫻井", "桜井", "木下", "野口", "松尾",
    "菊地", "野村", "新井", "渡部", "大西", "北村", "中川", "森本", "吉川", "山内", "安田",
)  # fmt: skip

# Countries of Taiwan's foreign residents and visitors, as rosters name them.
NATIONALITIES: tuple[str, ...] = (
    "印尼", "越南", "菲律賓", "泰國", "馬來西亞", "緬甸", "柬埔寨", "日本", "韓國", "美國",
    "英國", "加拿大", "澳洲", "印度", "德國", "法國", "新加坡", "香港", "澳門", "蒙古",
)  # fmt: skip

# The same countries' ISO 3166 codes (alpha-2 and alpha-3), as crew lists write them; a code
# counts only as a cell of its own (Bui Van Hai / VN / C8438740).
NATIONALITY_CODES: tuple[str, ...] = (
    "ID", "IDN", "VN", "VNM", "PH", "PHL", "TH", "THA", "MY", "MYS", "MM", "MMR", "KH", "KHM",
    "JP", "JPN", "KR", "KOR", "US", "USA", "GB", "GBR", "CA", "CAN", "AU", "AUS", "IN", "IND",
    "DE", "DEU", "FR", "FRA", "SG", "SGP", "HK", "HKG", "MO", "MAC", "MN", "MNG",
)  # fmt: skip
