"""Name lexicons for model-free person-name detection.

Written for this recognizer (independent of the sample generator's vocabulary), from common
knowledge of Taiwanese naming: the frequent single surnames, compound surnames (classical and
the Taiwanese double surnames such as 張簡 and 范姜), cue words that introduce or follow a
person's name in agency notes, and characters used in transliterations of Southeast-Asian
names. The lists are deliberately conservative: surnames that are also very common words
(於, 同, 本, 文 ...) are left out of the cue-based recognizer to keep precision.
"""

# Frequent single-character surnames (Taiwan household registration top ~150 plus some).
SINGLE_SURNAMES: str = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范宋方鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯黃田康姜汪白"
    "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張閻殷"
    "麥孔莫崔武賀褚符包牛龍易喬尹車葛辛柴岳郝聶卜樊應關祝左向梅管苗霍宮甯鄔艾段池"
    # less common but real surnames (Taiwan has ~1,500; these push coverage further)
    "酈儲郁仇查桂鄢闕蒲單臧荊滕蓋寇鮑房裘繆干解宗丘嵇邢滑裴陶羊惠竇衛寧景詹束龐冉"
    "酆隆匡昌欒蕭鞠戚諶冷佘敖伏練婁危翟曲封芮羿儲靳汲邴糜松井富烏焦巴弓牧隗谷車侯宓蓬全"
    "郗班仰秋仲伊宮寧仇欒暴甘鈄厲戎祖武符劉景詹束龍葉幸司韶郜黎薊薄印宿白懷蒲邰從鄂索咸籍"
    "凌瞿閔柏覃樂晏湛淩奚"
    "賴卓藺屠蒙池喬陰鬱胥能蒼雙聞莘黨翟譚貢勞逄姬申扶堵冉宰酈雍郤璩桑桂濮牛壽通邊扈燕冀郟浦"
)

# Compound surnames: classical two-character ones and Taiwanese double surnames (複姓 / 雙姓).
COMPOUND_SURNAMES: tuple[str, ...] = (
    "歐陽", "張簡", "范姜", "司馬", "諸葛", "上官", "東方", "皇甫", "司徒", "夏侯", "尉遲",
    "公孫", "慕容", "長孫", "宇文", "令狐", "端木", "西門", "南宮", "軒轅", "呼延", "鍾離",
    "澹臺", "澹台", "公羊", "張廖", "簡張", "廖張", "周黃", "陳黃", "江謝", "劉張", "范張",
    "徐辜", "楊姜", "張李", "鄭黃", "黃陳",
)  # fmt: skip

# Words that introduce a person's name ("申請人王小明", "聯絡人：林美華").
PREFIX_CUES: tuple[str, ...] = (
    "法定代理人", "被保險人", "被檢舉人", "外籍配偶", "外籍勞工", "外籍看護", "申請人",
    "負責人", "陳情人", "代理人", "聯絡人", "承辦人", "經辦人", "收件人", "寄件人", "當事人",
    "監護人", "關係人", "檢舉人", "投保人", "受款人", "受益人", "立書人", "具結人", "納稅義務人",
    "義務人", "繼承人", "委託人", "受託人", "申報人", "填表人", "報案人", "通報人", "聯繫人",
    "緊急聯絡人", "姓名", "新住民", "移工", "看護工", "看護", "車主", "屋主", "駕駛人", "配偶",
    "父親", "母親", "之子", "之女", "房東", "房客", "個案", "案主", "案主姓名",
    "里民", "居民", "住戶", "村民", "病患", "學員", "外籍員工", "外籍人士", "外籍學生",
    "外籍漁工", "看護移工",
    # thanks in survey comments name staff as often as cues do ("感謝司馬玉美協助")
    "感謝", "謝謝", "多謝",
)  # fmt: skip

# Words that follow a name ("王小明先生", "林美華小姐", "陳大同里長").
SUFFIX_CUES: tuple[str, ...] = (
    "先生", "小姐", "女士", "太太", "同學", "老師", "醫師", "律師", "里長", "村長", "議員",
    "經理", "主任", "護理師", "社工師", "君", "阿姨", "伯伯", "夫人", "本人",
)  # fmt: skip

# Characters that essentially never stand inside a given name but often follow one in prose
# (function words, administrative nouns, verbs of reporting). They stop a name match.
GIVEN_NAME_STOP: str = (
    "的於在是與及和或等為已被向對由從自將曾並即則就也都所之其此該本各每請表稱說來到去了著過"
    "因但而且可應須需要會能號年日時分秒元條款項段路街巷弄樓市縣區鄉鎮村里電話住址申陳"
    "事件案局處科課部府院署提反映訴指述經辦報告業親族公司廠店行手機箱郵地身證碼出期籍"
    "配偶工看人員們者第、，。；：！？（）「」『』《》〈〉"
)

# Characters common in Chinese transliterations of Indonesian, Vietnamese, Thai, Filipino
# names (蒂娜, 阿古斯, 蘇西拉瓦蒂 ...). Used only right after a prefix cue.
TRANSLIT_CHARS: str = (
    "阿亞安艾愛奧巴芭貝比碧波布查達黛蒂迪杜多厄法菲弗哈赫胡吉佳加嘉傑杰卡凱坎柯克庫拉萊蘭"
    "勒蕾黎莉麗利琳露魯羅洛瑪馬麥曼梅蒙米蜜敏莫穆娜納南妮尼努諾帕佩皮普琪奇恰薩塞桑沙莎茜"
    "絲斯蘇索塔泰坦特提湯圖瓦旺威維溫沃西希夏辛雅楊伊依尤宇約扎澤詹珍朱茲佐古爾丹妲娃雷魯"
    "森亨汀蓮帕潘塔蒂瑞莎希納汶婉"
)

# Vietnamese-style names: surname + 氏 (women) or 文 (men) + given name (阮氏梅, 阮文雄).
VIETNAMESE_SURNAMES: str = "阮陳黎范黃吳武鄧裴杜胡潘丁何楊"

# Interpuncts used between the parts of Indigenous and transliterated names (瓦歷斯·諾幹).
INTERPUNCTS: str = "·‧・•.∙"
