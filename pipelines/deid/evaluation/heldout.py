"""A second, independently written labelled set for measuring the text scanner (held out).

The project's own set (:mod:`pipelines.deid.evaluation.generator`) is what the recognizers
were tuned against, so recall on it says little about text the scanner has never seen. This
set was written without looking at the recognizers, their lexicons or the sample generator:
its own name lists, its own address parts and its own templates, modelled on how Taiwanese
agency text is actually written — social-work case notes, 陳情 petitions, 1999 call-centre
logs, survey comments, inspection reports, meeting minutes and e-mails to the agency.

Templates hold slots such as ``{P1}`` (a person) or ``{NID}`` (a national ID); the same slot
repeated in one template is the same value (names recur in real notes). Slot kinds that are
personal data carry a gold span over exactly the inserted value (cue words and honorifics such
as 先生 stay outside the span); the others (ordinary dates, document numbers, company BANs,
amounts, statutes, places without house numbers, model numbers) are distractors with no span.
About a quarter of the samples are hard negatives: agency prose full of digits, codes and
organisation names and no personal data at all.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --- persons -----------------------------------------------------------------------------------
# Single-character surnames, common ones first and then rarer ones seen in Taiwan (粘, 佘, 冼 …).
_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余"
    "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康"
    "粘佘冼凃闕鄞滕官戚褚龐練留邢賈車全繆利巫涂尤甘房池鐘"
)
# Two-character surnames actually registered in Taiwan (張簡, 范姜 and 張廖 are local).
_COMPOUND = ("歐陽", "張簡", "范姜", "張廖", "司馬", "上官", "諸葛", "司徒", "夏侯", "公孫", "端木")
_MALE = "宏志俊明偉文建家冠承柏子宇翔哲睿昱皓廷恩凱翰鈞祐澤德榮輝信仁義勳崇彬瑋霖軒毅銘泓"
_FEMALE = "淑美雅怡佩惠秀麗芳君玲婷萱涵妤蓁瑄晴琪雯慧珍娟瑜欣筠綺姿嫻蓉菁薇茹潔妮"
# Given names of an older generation, written as one piece.
_OLD_GIVEN = ("罔市", "招弟", "金枝", "秀鑾", "月娥", "水木", "添丁", "阿嬌", "來福", "春桃",
              "玉燕", "錦雲", "火旺", "清標", "碧珠")  # fmt: skip
# Indigenous names: personal name · father's / family name, written with an interpunct.
_INDI_FIRST = ("瓦旦", "伊萬", "尤命", "比黛", "吉娃斯", "哈勇", "拉娃", "馬紹", "烏杜",
               "巴尚", "達利", "芭翁", "伊斯坦大", "撒韻", "阿洛", "莎韻", "尤勞", "畢馬",
               "蘇瑪")  # fmt: skip
_INDI_SECOND = ("達道", "巴萬", "諾幹", "阿給", "斯凡", "卡造", "伊斯瑪哈單", "拉勞", "尤幹",
                "蘇路", "巴燕", "哈魯克", "達努", "吉拉", "巴干", "撒抵")  # fmt: skip
# U+00B7, U+2027 (Big5's 0xA145, common in agency files), U+30FB, U+FF0E, U+2022.
_INTERPUNCTS = ("·", "‧", "・", "．", "•")
# Vietnamese spouses' names as written in household registers: surname, 氏 / 文, given.
_VN_SURNAMES = "阮陳黎范黃武潘鄧吳裴杜胡"
_VN_GIVEN = ("垂莊", "翠", "鳳", "草", "恆", "幸", "福", "竹", "霞", "桃", "雪", "青", "俊", "海",
             "龍", "越", "翠玲", "金鳳", "紅絨", "氏娥")  # fmt: skip
# Indonesian / Filipino names in Chinese transliteration (caregivers, fishermen, students).
_SEA_FIRST = ("伊莎", "努莉雅", "蘇莉絲蒂雅妮", "瑞絲瑪", "烏米", "艾卡", "阿尤", "蘿莎莉",
              "梅莉莎", "喬安娜", "克莉絲汀", "費南多", "阿里夫", "哈迪")  # fmt: skip
_SEA_LAST = ("普特麗", "薩利", "溫達莉", "桑托斯", "雷耶斯", "克魯茲", "加西亞", "巴提斯塔",
             "蘇吉托", "哈利揚托")  # fmt: skip
# Latin script: Taiwanese passport romanisation (Wade-Giles / Tongyong / Hanyu) and foreign.
_ROM_SURNAMES = ("CHEN", "LIN", "HUANG", "CHANG", "LI", "WANG", "WU", "LIU", "TSAI", "YANG",
                 "HSU", "CHENG", "HSIEH", "KUO", "HUNG", "TSENG", "CHIU", "LIAO", "JHANG",
                 "SYU")  # fmt: skip
_ROM_GIVEN = ("MEI-LING", "TA-TUNG", "CHIH-HAO", "YU-TING", "SHU-FEN", "CHUN-HUNG", "PEI-SHAN",
              "KUAN-YU", "YI-CHUN", "WEN-HSIUNG", "HSIAO-WEN", "JIA-HAO", "Yuting",
              "Zihan")  # fmt: skip
# (given names, family names) by nationality, so a Latin name reads like one person's name.
_FOREIGN_NAMES = (
    (("Siti", "Ayu", "Rizky", "Budi", "Dwi"), ("Rahmawati", "Pratama", "Lestiyani", "Santoso")),
    (("Maria Cristina", "Juan Carlos", "Agnes", "Rosalinda"), ("Reyes", "Bautista", "Villanueva",
                                                               "Dela Cruz")),
    (("Nguyen Thi", "Tran Van", "Pham Thi", "Le Thi"), ("Thu Trang", "Hung", "Lan", "Hoa")),
    (("Jessica", "Michael", "Emily"), ("Anderson", "Miller", "Brown")),
    (("Somchai", "Suda"), ("Wongsakul", "Srisuk")),
)  # fmt: skip

# --- addresses ---------------------------------------------------------------------------------
_COUNTIES: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {
    "臺北市": (("大安區", "萬華區", "士林區", "北投區", "內湖區", "文山區", "南港區",
               "松山區"), (100, 116)),
    "新北市": (("三重區", "新莊區", "永和區", "中和區", "汐止區", "淡水區", "土城區", "蘆洲區",
               "樹林區", "鶯歌區"), (207, 253)),
    "桃園市": (("桃園區", "平鎮區", "龜山區", "八德區", "楊梅區", "大溪區", "龍潭區"), (320, 338)),
    "臺中市": (("北屯區", "南屯區", "豐原區", "大里區", "太平區", "沙鹿區", "霧峰區"), (400, 439)),
    "臺南市": (("永康區", "安平區", "東區", "新營區", "仁德區", "歸仁區", "麻豆區"), (700, 745)),
    "高雄市": (("苓雅區", "前鎮區", "左營區", "鼓山區", "小港區", "岡山區", "旗山區"), (800, 852)),
    "基隆市": (("仁愛區", "七堵區", "暖暖區"), (200, 206)),
    "新竹市": (("東區", "香山區"), (300, 300)),
    "嘉義市": (("西區", "東區"), (600, 600)),
    "新竹縣": (("竹東鎮", "湖口鄉", "新豐鄉", "竹北市"), (302, 315)),
    "苗栗縣": (("頭份市", "竹南鎮", "苑裡鎮"), (350, 369)),
    "彰化縣": (("彰化市", "鹿港鎮", "和美鎮", "溪湖鎮"), (500, 530)),
    "南投縣": (("南投市", "埔里鎮", "竹山鎮", "仁愛鄉"), (540, 558)),
    "雲林縣": (("虎尾鎮", "北港鎮", "西螺鎮"), (630, 655)),
    "嘉義縣": (("民雄鄉", "朴子市", "水上鄉"), (602, 625)),
    "屏東縣": (("屏東市", "東港鎮", "恆春鎮", "內埔鄉", "霧臺鄉"), (900, 947)),
    "宜蘭縣": (("宜蘭市", "頭城鎮", "蘇澳鎮"), (260, 272)),
    "花蓮縣": (("花蓮市", "玉里鎮", "壽豐鄉", "秀林鄉"), (970, 983)),
    "臺東縣": (("臺東市", "成功鎮", "關山鎮", "太麻里鄉", "達仁鄉"), (950, 966)),
    "澎湖縣": (("湖西鄉", "白沙鄉"), (880, 885)),
    "金門縣": (("金湖鎮", "金沙鎮"), (890, 896)),
    "連江縣": (("南竿鄉", "北竿鄉"), (209, 212)),
}  # fmt: skip
_ROADS = ("景美街", "和平西路", "重慶北路", "承德路", "延平北路", "中華路", "南京東路", "長安西路",
          "新生南路", "基隆路", "環河南路", "文心路", "五權西路", "公益路", "崇德路", "河南路",
          "自強路", "青年路", "七賢路", "九如路", "建工路", "民族路", "勝利路", "東門路", "府連路",
          "海安路", "大同路", "中央路", "民權路", "三民路", "光明路", "永安街", "福德街", "育英街",
          "新興街", "興中街", "長春路", "復興路", "中華東路", "環中路")  # fmt: skip
_VILLAGES = ("福德", "中興", "新生", "光明", "永安", "忠孝", "仁愛", "和平", "長春", "復興")
_CN_DIGITS = "〇一二三四五六七八九"

# --- e-mail ------------------------------------------------------------------------------------
_MAIL_USERS = ("mlchen0412", "tatung.lin", "hsiaomei_wu", "kevin.huang1987", "siti.rahma88",
               "nguyenthu2020", "a0937", "jessie-tsai", "yuting.chang", "peggy_liao", "ahong66",
               "sunnyday.kuo", "bigbear520", "momo.hsu", "jerry_tseng", "rosa.reyes")  # fmt: skip
_MAIL_DOMAINS = ("gmail.com", "yahoo.com.tw", "outlook.com", "hotmail.com.tw", "ms45.hinet.net",
                 "pchome.com.tw", "icloud.com", "seed.net.tw", "mail.nkust.edu.tw",
                 "mail.tpc.gov.tw", "kimo.com", "ymail.com")  # fmt: skip

# --- distractors (no personal data) ------------------------------------------------------------
_DOC_PREFIX = ("經授工字第", "府授社助字第", "北市衛食藥字第", "衛部醫字第", "台內戶字第",
               "院臺規字第", "高市勞資字第", "府環空字第", "中市教特字第",
               "移署北服字第")  # fmt: skip
_LAWS = ("個人資料保護法第6條第1項第2款", "社會救助法第5條之3", "食品安全衛生管理法第8條",
         "噪音管制法第9條", "道路交通管理處罰條例第56條第1項", "行政程序法第102條",
         "勞動基準法第24條", "老人福利法第41條", "兒童及少年福利與權益保障法第53條",
         "建築法第25條", "廢棄物清理法第27條第1款")  # fmt: skip
_ORGS = ("臺北市政府社會局", "衛生福利部中央健康保險署", "新北市政府環境保護局", "內政部移民署",
         "勞動部勞動力發展署", "臺中市政府警察局第六分局", "高雄市立凱旋醫院", "國立成功大學",
         "中華郵政股份有限公司", "台灣電力公司", "桃園市政府衛生局", "彰化縣政府建設處",
         "花蓮縣卓溪鄉公所", "國家發展委員會")  # fmt: skip
_COMPANIES = ("永豐食品有限公司", "大成營造股份有限公司", "日日鮮餐飲企業社", "宏達清潔工程行",
              "三和環保科技股份有限公司", "好味道小吃店", "金鑫資源回收場")  # fmt: skip
_PLACES = ("中山路與民生路口", "大安森林公園", "捷運台北車站M8出口", "重新路四段一帶", "夜市入口",
           "五股交流道", "第一果菜批發市場", "河濱自行車道", "國小後門", "市立圖書館前廣場",
           "彰化火車站前", "光華商場附近")  # fmt: skip
_MODELS = ("KDL-55W800C", "EPSON L3210", "iPhone 15 Pro", "TN-2480", "ThinkPad T14 Gen 3",
           "HP LaserJet Pro M404dn", "RT-AX88U", "DCS-8300LH", "NVR-0416A",
           "PM2.5-S300")  # fmt: skip
_TITLES = ("長照2.0服務說明會", "113年度第2次食品安全聯合稽查檢討", "社區治安座談會",
           "防汛整備工作會議", "個人資料保護稽核", "市民陳情案件處理研習")  # fmt: skip
_HOTLINES = ("1999", "1957", "1966", "113", "165", "1955", "1922", "1925")
_SCHOOLS = ("市立中正國中", "縣立文化國小", "私立育德高中", "國立臺東高商")


# --- templates ---------------------------------------------------------------------------------
# Slot kinds: P (person, mostly Han), PF (foreign worker / spouse), PI (Indigenous),
# PL (Latin script), NID, ARC, MOB, TEL, PHONE, EMAIL, ADDR (full), ADDRS (no county),
# PADDR (with postal code), NHI, PASS, CARD, BDAY; distractors DATE, TIME, DOCNO, CASENO, BAN,
# AMT, LAW, ORG, CO, PLACE, MODEL, TITLE, HOTLINE, SCHOOL, N, INV, DIST, ROAD.
_POSITIVE = (
    # social-work case notes
    "{DATE}社工員{P1}至案家訪視，案主{P2}（{BDAY}生）與其子{P3}同住於{ADDR}，案主表示近日膝蓋"
    "疼痛，已轉介長照中心。",
    "個案姓名：{P}　身分證字號：{NID}　出生日期：{BDAY}\n聯絡電話：{PHONE}　戶籍地址：{ADDR}",
    "{P}於{DATE}到所辦理低收入戶複查，自述目前打零工維生，手機{MOB}，願配合後續訪視。",
    "案主之女{P1}來電（{MOB}），稱母親{P2}已於上週出院，希望延後家訪。",
    "訪視摘要：{P1}，{N}歲，獨居，住{ADDRS}，鄰居{P2}每日協助送餐，屋內堆放雜物有跌倒風險。",
    "外籍看護{PF}（居留證號{ARC}）陪同雇主{P}就醫，雇主健保卡號{NHI}。",
    "案主{PF}為越南籍配偶，統一證號：{ARC}，育有二子，與配偶{P}同住{ADDR}，目前在工廠上夜班。",
    "{P1}、{P2}夫婦於{ADDRS}經營早餐店，近期因疫情收入減少，申請急難救助{AMT}。",
    "兒少保護通報：被害人{P1}（{BDAY}生，身分證{NID}），通報人為導師{P2}，已依{LAW}於24小時內通報。",
    "（續前）後由里長{P1}協助聯繫家屬{P2}，家屬表示會儘快返家，本案持續追蹤。",
    "經查{P}君戶籍設於{ADDR}，惟實際居住地不明，依{LAW}辦理公示送達。",
    "{PI}（漢名{P}）申請原住民身分回復，檢附戶籍謄本，現住{ADDR}。",
    "部落會議由頭目{PI1}主持，{PI2}、{P}等人出席，討論{PLACE}土地返還事宜。",
    # petitions (陳情 / 首長信箱)
    "陳情人：{P}\n聯絡電話：{TEL}\n地址：{ADDR}\n陳情內容：住家旁工地每天清晨五點就開始施工，噪音"
    "嚴重，懇請貴局派員稽查。",
    "市長您好，我是住在{ADDRS}的居民{P}，家門口的路燈已經壞了兩個多月，晚上很暗很危險，麻煩盡快"
    "處理，謝謝！聯絡方式：{MOB}",
    "本人{P}，身分證統一編號{NID}，前於{DATE}向貴所申請土地複丈，迄今未獲回覆，請儘速辦理。",
    "敬啟者：\n小女{P1}就讀{SCHOOL}，日前在校遭同學言語霸凌，學校處理消極，請貴局督導。\n請與我聯絡"
    " {EMAIL} 或 {MOB}。\n家長 {P2} 敬上",
    "我家樓下{ADDRS}的餐廳油煙直接排到後巷，已經檢舉三次都沒改善！！我的電話{PHONE}，{P}",
    "陳情人{P1}陳稱其鄰居{P2}長期在樓梯間堆放回收物，有公共安全疑慮，請消防局查處。",
    "為{PLACE}違規停車問題陳情，陳情人{P}（{PHONE}，{EMAIL}），希望增設紅線。",
    # 1999 / call-centre logs
    "{TIME} 來電者{P}（{PHONE}）反映{DIST}{ROAD}路面坑洞，已派工單轉養護工程處。",
    "民眾{P}來電查詢退費進度，核對身分證後四碼無誤，告知預計{DATE}入帳，回撥電話{PHONE}。",
    "來電號碼：{PHONE}\n姓名：{P}\n事由：信用卡{CARD}遭盜刷，請求協助報案。",
    "{P1}女士來電表示其父{P2}（出生年月日：{BDAY}）失智走失，最後出現地點{PLACE}，已通報派出所。",
    "{TIME}{P}來電，情緒激動，稱已經等了三個月，要求主管回電{MOB}。",
    "移工{PF}來電反映雇主{P1}扣留其護照（護照號碼{PASS}），由仲介{P2}代轉，聯絡電話{MOB}。",
    "客服紀錄｜{DATE}｜{P}｜{PHONE}｜詢問長照交通接送申請資格｜已答覆",
    # survey comments
    "承辦人{P}小姐服務態度很好，很有耐心，給一百分！",
    "櫃台的{P}先生講話很不客氣，希望改進。",
    "希望能增加停車位，假日根本找不到位子。如需聯絡：{EMAIL}",
    "{P}（{MOB}）：整體滿意，但等候時間太長，建議線上抽號。",
    "感謝{P1}護理師和{P2}醫師的照顧，家母住院期間受到很多幫忙。",
    "我是{P}，上次填過問卷了，這次又寄來，請不要再寄到{ADDR}了。",
    # inspection reports
    "稽查日期：{DATE}\n受稽查場所：{CO}（負責人{P}，統一編號{BAN}）\n地址：{ADDR}\n稽查結果：廚房未"
    "設置病媒防治設施，限期改善。",
    "現場由店長{P1}陪同，本局稽查員{P2}、{P3}會同檢查，發現逾期原料三批，當場封存。",
    "{DATE}會同{ORG}至{ADDRS}稽查，負責人{P}不在場，由員工{PF}代為簽收。",
    "檢查紀錄：工地主任{P}（手機{MOB}）表示{MODEL}監視器故障，已報修。",
    # meeting minutes
    "出席：{P1}、{P2}、{P3}\n列席：{P4}\n主席：{P5}　　紀錄：{P6}",
    "{P1}委員：建議本案補充資料後再議。\n{P2}委員：同意{P1}委員意見。\n決議：照案通過。",
    "主席{P}致詞：（略）\n壹、報告事項：{TITLE}辦理情形。",
    "請假：{P1}（公假）、{P2}（事假）",
    "志工名單：{P1}、{P2}、{P3}、{P4}、{PF}",
    "得獎名單如下：第一名{P1}，第二名{P2}，第三名{P3}，各頒發獎金{AMT}。",
    # e-mails to the agency
    "寄件者：{P} <{EMAIL}>\n主旨：申請補發畢業證書\n您好，我是校友{P}，身分證字號{NID}，"
    "麻煩協助補發，謝謝。",
    "您好，\n我的護照號碼是{PASS}，想詢問居留證延期需要準備哪些文件？\n{PL}\nTel: {PHONE}",
    "Dear Sir/Madam,\nMy name is {PL}, ARC No. {ARC}. I would like to ask about my health "
    "insurance. Please contact me at {EMAIL}. Thanks.",
    "By the way 我同事{PL}也想報名，她的 email 是 {EMAIL}。",
    "收件人：{P} 先生\n寄送地址：{PADDR}\n電話：{PHONE}",
    "---\n{P}\n{ORG}　約聘研究員\nTEL：{TEL}\nE-mail：{EMAIL}",
    # forms / tables pasted into free text
    "申請人{P}，出生日期{BDAY}，護照號碼{PASS}，通訊地址{ADDR}，電子郵件{EMAIL}。",
    "繳款人：{P}　信用卡號：{CARD}　有效期限：08/29",
    "{P}\t{NID}\t{MOB}\t{ADDR}",
    "報名表\n姓名：{P}\n性別：女\n生日：{BDAY}\n手機：{MOB}\n信箱：{EMAIL}",
    "緊急聯絡人：{P}（配偶）電話：{TEL}",
    "附件：{P}之戶口名簿影本、身分證影本（{NID}）各1份。",
    "被保險人{P}，健保卡號{NHI}，於{DATE}至{ORG}急診。",
    "外國人{PL}，護照{PASS}，居留證{ARC}，出生{BDAY}。",
    # free narrative
    "{P}於{DATE}下午到場並簽收公文。",
    "{P1}與{P2}於{DATE}在{PLACE}發生口角，經員警到場排解，雙方均未提告。",
    "{P}同學於{DATE}在校內跌倒，送醫後無大礙，家長{P2}已到校接回。",
    "{P}：「我已經等了三個月了，你們到底有沒有在處理？」",
    "據{P1}轉述，{P2}平日以資源回收維生，與兒子{P3}關係疏離。",
    "經與{P}電話聯繫（{PHONE}），其表示願意出席調解。",
    "交通事故當事人：{P}（{NID}），駕駛自用小客車沿{ROAD}行駛，與機車騎士{P2}發生碰撞。",
    "本案承辦：{P}　電話：{TEL}　Email：{EMAIL}",
    "承辦人：{P}　聯絡電話：{TEL}分機{N4}　傳真：{TEL2}",
    "{P}持健保卡（卡號{NHI}）至本院掛號，櫃台發現卡片遭他人冒用，已通報健保署。",
    "刷卡授權失敗紀錄：持卡人{PL}，卡號{CARD}，授權碼{N4}，請持卡人聯繫發卡銀行。",
    "移民署通知：{PF}（統一證號{ARC}，護照號碼{PASS}）居留期限將於{DATE}屆滿。",
    "漁工{PF}居留證{ARC}遺失，船長{P}陪同至服務站申請補發。",
)

_NEGATIVE = (
    "主旨：檢送「{TITLE}」會議紀錄1份，請查照。\n說明：依據本府{DATE}{DOCNO}函辦理。",
    "本公司統一編號{BAN}，資本額新臺幣{AMT}，主要營業項目為食品製造及批發。",
    "臺灣臺北地方法院{CASENO}，原告請求給付新臺幣{AMT}，駁回。",
    "依{LAW}規定，公務機關對個人資料之蒐集或處理，應有特定目的。",
    "{DATE}起{PLACE}一帶實施交通管制，請用路人改道行駛。",
    "本次採購之設備型號為{MODEL}，共{N}台，總價{AMT}。",
    "發票號碼：{INV}，金額{AMT}，開立日期{DATE}。",
    "如有疑問請洽{ORG}，或撥打{HOTLINE}專線。",
    "承辦人員應於收文後{N}日內辦結，經科長核章後送秘書室歸檔。",
    "網購訂單編號{ORDER}已於{DATE}出貨，預計三日內送達。",
    "{YEAR}年度預算數{AMT}，截至{DATE}執行率{PCT}%。",
    "本案經{ORG}審查，符合{LAW}規定，准予備查。",
    "會議地點：本府12樓第一會議室；出席人員：各局處代表、里長及社區發展協會理事長。",
    "{DIST}{ROAD}拓寬工程預計{DATE}完工，工程經費{AMT}。",
    "統計期間：{DATE}至{DATE2}，受理陳情{N}件，結案率{PCT}%，平均處理天數{N2}日。",
    "營業人名稱：{CO}　統一編號：{BAN}　稅籍編號：{N9}",
    "函轉{ORG}{DATE}{DOCNO}函，請各單位配合辦理。",
    "請於公告欄張貼，並將陳列品移至林務局展示館，高雄場次另行通知。",
    "本局組長、科員及約僱人員共{N}人參加{TITLE}。",
    "男性{N4}人、女性{N4B}人，平均年齡{N}.{N1}歲，較去年增加{PCT}%。",
    "標案案號：{TENDER}，決標金額{AMT}，得標廠商{CO}。",
    "土地標示：{DIST}龍泉段三小段{N}-{N1}地號，面積{N4}平方公尺。",
    "表單編號{FORMNO}，請以A4紙張列印後填寫。",
    "電號{ELEC}之用電契約變更，請至{ORG}服務所辦理。",
    "本法自民國{YEAR}年{M}月{D}日施行。",
    "{ORG}陳情案件處理要點第{N}點修正，自{DATE}生效。",
    "機房UPS型號{MODEL}，序號SN{SERIAL}，保固至{DATE}。",
    "第{N}屆第{N1}次委員會議紀錄，主席致詞（略），決議：照案通過。",
    "受理編號{CASENO2}之案件已結案，相關資料依檔案法保存{N}年。",
    "{PLACE}周邊路段於{DATE}上午進行防汛演練，請民眾配合。",
    "社會局、警察局及衛生局應於{N}日內提出改善方案，並副知研考會。",
    "本市{YEAR}年低收入戶計{N4}戶，中低收入戶{N4B}戶，補助金額合計{AMT}。",
    "購買{MODEL}印表機碳粉匣{N}盒，單價{AMT}，經費由業務費項下支應。",
    "請參閱網址 https://www.gov.taipei/News.aspx?n={N4} 之公告內容。",
)  # fmt: skip

_SLOT = re.compile(r"\{([A-Z]+)(\d*B?)\}")
# Distractor kinds whose digits are part of the kind, not a slot index.
_NUMBERED_KINDS = frozenset({"DATE2", "CASENO2", "N1", "N2", "N4", "N4B", "N9"})
_PERSON_KINDS = ("P", "PF", "PI", "PL")
_ENTITY = {"NID": "TW_NATIONAL_ID", "ARC": "TW_RESIDENT_CERT", "MOB": "PHONE", "TEL": "PHONE",
           "PHONE": "PHONE", "EMAIL": "EMAIL", "ADDR": "ADDRESS", "ADDRS": "ADDRESS",
           "PADDR": "ADDRESS", "NHI": "TW_NHI_CARD", "PASS": "PASSPORT", "CARD": "CREDIT_CARD",
           "BDAY": "BIRTH_DATE"}  # fmt: skip
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-()+#"}
_FW_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}


def _luhn_digit(partial: str) -> str:
    """The check digit that makes ``partial + digit`` pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def _cn_number(n: int) -> str:
    """1–99 in Chinese numerals as written in addresses (十二, 二十三)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "") if n >= 10 else _CN_DIGITS[n]


class _Writer:
    """Draws slot values; one instance per generated set (its own seeded RNG)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.known: dict[str, list[str]] = {k: [] for k in _PERSON_KINDS}
        self.known_set: set[str] = set()
        sizes = {"P": 320, "PF": 60, "PI": 30, "PL": 40}
        for kind, size in sizes.items():
            while len(self.known[kind]) < size:
                name = self._name(kind)
                if name not in self.known_set:
                    self.known[kind].append(name)
                    self.known_set.add(name)

    # --- persons ------------------------------------------------------------------------------
    def _han(self) -> str:
        r = self.r
        pool = _MALE if r.random() < 0.5 else _FEMALE
        roll = r.random()
        if roll < 0.06:
            return r.choice(_SURNAMES) + r.choice(_OLD_GIVEN)
        if roll < 0.12:
            return r.choice(_SURNAMES) + r.choice(pool)  # single-character given name
        given = "".join(r.sample(pool, 2))
        if roll < 0.19:
            return r.choice(_COMPOUND) + given
        if roll < 0.24:  # 冠夫姓: husband's surname before her own (older women's records)
            return "".join(r.sample(_SURNAMES, 2)) + "".join(r.sample(_FEMALE, 2))
        return r.choice(_SURNAMES) + given

    def _foreign(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.4:
            mid = "氏" if r.random() < 0.7 else "文"
            return r.choice(_VN_SURNAMES) + mid + r.choice(_VN_GIVEN)
        if roll < 0.75:
            first = r.choice(_SEA_FIRST)
            if r.random() < 0.4:
                return first
            return first + r.choice(_INTERPUNCTS[:3]) + r.choice(_SEA_LAST)
        return self._latin(foreign=True)

    def _indigenous(self) -> str:
        r = self.r
        return r.choice(_INDI_FIRST) + r.choice(_INTERPUNCTS) + r.choice(_INDI_SECOND)

    def _latin(self, foreign: bool | None = None) -> str:
        r = self.r
        if foreign is None:
            foreign = r.random() < 0.5
        if foreign:
            firsts, lasts = r.choice(_FOREIGN_NAMES)
            return f"{r.choice(firsts)} {r.choice(lasts)}"
        sur, given = r.choice(_ROM_SURNAMES), r.choice(_ROM_GIVEN)
        style = r.random()
        if style < 0.35:
            return f"{sur}, {given}"
        if style < 0.7:
            return f"{sur} {given}"
        return f"{given.title()} {sur.title()}"

    def _name(self, kind: str) -> str:
        if kind == "PF":
            return self._foreign()
        if kind == "PI":
            return self._indigenous()
        if kind == "PL":
            return self._latin()
        roll = self.r.random()  # a plain {P} is mostly Han but may be anyone
        if roll < 0.06:
            return self._indigenous()
        if roll < 0.13:
            return self._foreign()
        if roll < 0.16:
            return self._latin()
        return self._han()

    def person(self, kind: str) -> tuple[str, bool]:
        """A name and whether it is in the known list (about half the mentions are not)."""
        if self.r.random() < 0.5:
            return self.r.choice(self.known[kind]), True
        while True:
            name = self._name(kind)
            if name not in self.known_set:
                return name, False

    # --- identifiers --------------------------------------------------------------------------
    def _fw(self, value: str, p: float = 0.08) -> str:
        return value.translate(str.maketrans(_FULLWIDTH)) if self.r.random() < p else value

    def national_id(self) -> str:
        r = self.r
        letter = r.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
        digits8 = r.choice("12") + "".join(r.choices("0123456789", k=7))
        value = letter + digits8 + id_check_digit(letter, digits8)
        roll = r.random()
        if roll < 0.04:
            value = value.lower()
        elif roll < 0.08:
            value = f"{value[:1]} {value[1:]}"
        return self._fw(value, 0.1)

    def resident_cert(self) -> str:
        r = self.r
        letter = r.choice("ABCDEFGHJKMNPQRSTUVXYZ")
        if r.random() < 0.6:  # new form (since 2021): letter, 8 / 9, eight digits
            digits8 = r.choice("89") + "".join(r.choices("0123456789", k=7))
            value = letter + digits8 + id_check_digit(letter, digits8)
        else:  # old form: two letters (second A-D), eight digits
            second = r.choice("ABCD")
            head = str(LETTER_CODES[second] % 10) + "".join(r.choices("0123456789", k=7))
            value = letter + second + head[1:] + id_check_digit(letter, head)
        return self._fw(value, 0.1)

    def mobile(self) -> str:
        r = self.r
        d = "09" + r.choice("1235678") + "".join(r.choices("0123456789", k=7))
        forms = (
            d, f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]}-{d[4:]}", f"{d[:4]} {d[4:7]} {d[7:]}",
            f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}", f"+886 {d[1:4]} {d[4:7]} {d[7:]}", f"+886{d[1:]}",
            f"(+886){d[1:4]}-{d[4:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]} {d[4:]}",
        )  # fmt: skip
        weights = (5, 6, 3, 2, 1, 1, 1, 1, 0.5, 1)
        return self._fw(r.choices(forms, weights=weights)[0], 0.1)

    def landline(self) -> str:
        r = self.r
        area, first, n = r.choice((
            ("02", "2", 8), ("02", "8", 8), ("03", "3", 7), ("03", "4", 7), ("03", "5", 7),
            ("03", "9", 7), ("04", "2", 8), ("04", "7", 7), ("05", "2", 7), ("05", "5", 7),
            ("06", "2", 7), ("07", "3", 7), ("07", "7", 7), ("08", "7", 7), ("037", "3", 6),
            ("049", "2", 7), ("089", "3", 6), ("082", "3", 6), ("0836", "2", 5),
            ("0836", "6", 5),
        ))  # fmt: skip
        sub = first + "".join(r.choices("0123456789", k=n - 1))
        # Six to eight digits are grouped before the last four (2345-6789, 345-6789, 35-2794);
        # Matsu's five-digit numbers (0836-22381) are written in one piece.
        head, tail = (sub[:-4], sub[-4:]) if len(sub) > 5 else ("", sub)
        dashed = f"{head}-{tail}" if head else tail
        spaced = f"{head} {tail}" if head else tail
        forms = (
            f"({area}){dashed}", f"{area}-{dashed}", f"{area}-{sub}", f"({area}) {spaced}",
            f"{area}{sub}", f"+886-{area[1:]}-{dashed}", f"+886 {area[1:]} {spaced}",
            f"（{area}）{dashed}",
        )  # fmt: skip
        value = r.choices(forms, weights=(6, 6, 3, 1, 1, 1, 1, 1))[0]
        roll = r.random()
        ext = str(r.randint(10, 8999))
        if roll < 0.08:
            value += f"#{ext}"
        elif roll < 0.12:
            value += f" ext. {ext}"
        elif roll < 0.16:
            value += f"-{ext}"
        return self._fw(value, 0.08)

    def email(self) -> str:
        r = self.r
        user = r.choice(_MAIL_USERS)
        if user == "a0937":
            user += "".join(r.choices("0123456789", k=6))
        elif r.random() < 0.3:
            user += str(r.randint(1, 99))
        value = f"{user}@{r.choice(_MAIL_DOMAINS)}"
        roll = r.random()
        if roll < 0.04:
            value = value.replace("@", "(at)")
        elif roll < 0.08:
            value = value.replace("@", " [at] ")
        elif roll < 0.11:
            value = value.translate(
                str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz@."})
            )
        return value

    def address(self, county: bool = True, postal: bool = False) -> str:
        r = self.r
        name = r.choice(tuple(_COUNTIES))
        districts, (lo, hi) = _COUNTIES[name]
        parts: list[str] = []
        if postal:
            code = str(r.randint(lo, hi))
            form = r.random()
            if form < 0.3:
                code += f"{r.randint(1, 99):02d}"
            elif form < 0.6:
                code += f"{r.randint(1, 999):03d}"
            parts.append(code + ("" if r.random() < 0.6 else " "))
        if county or postal:
            parts.append(name.replace("臺", "台") if r.random() < 0.3 else name)
        parts.append(r.choice(districts))
        if r.random() < 0.2:
            parts.append(f"{r.choice(_VILLAGES)}{'村' if '鄉' in parts[-1] else '里'}")
            parts.append(f"{r.randint(1, 30)}鄰")
        road = r.choice(_ROADS)
        parts.append(road)
        if road.endswith("路") and r.random() < 0.4:
            parts.append(f"{_cn_number(r.randint(1, 7))}段")
        cn = r.random() < 0.08  # house numbers written in Chinese numerals
        num = (lambda n: _cn_number(n)) if cn else str
        if r.random() < 0.45:
            parts.append(f"{num(r.randint(1, 99) if cn else r.randint(1, 420))}巷")
            if r.random() < 0.35:
                parts.append(f"{num(r.randint(1, 40))}弄")
        parts.append(f"{num(r.randint(1, 99) if cn else r.randint(1, 360))}")
        if r.random() < 0.15:
            parts.append(f"之{r.randint(1, 9)}" if r.random() < 0.6 else f"-{r.randint(1, 9)}")
        parts.append("號")
        roll = r.random()
        if roll < 0.15:
            parts.append(f"{_cn_number(r.randint(1, 23))}樓")
        elif roll < 0.45:
            parts.append(f"{r.randint(1, 23)}樓")
        elif roll < 0.5:
            parts.append(f"{r.randint(2, 15)}F")
        if roll < 0.45 and r.random() < 0.15:
            parts.append(f"之{r.randint(1, 12)}")
        if r.random() < 0.04:
            parts.append(f"{r.randint(1, 30)}室")
        value = "".join(parts)
        if r.random() < 0.08:
            value = value.translate(str.maketrans(_FW_DIGITS))
        return value

    def nhi(self) -> str:
        r = self.r
        d = ("0000" if r.random() < 0.7 else "".join(r.choices("0123456789", k=4))) + "".join(
            r.choices("0123456789", k=8)
        )
        forms = (d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}")
        return self._fw(r.choice(forms), 0.08)

    def passport(self) -> str:
        r = self.r
        digits = lambda k: "".join(r.choices("0123456789", k=k))  # noqa: E731
        return r.choice((
            "3" + digits(8), "3" + digits(8), "1" + digits(8),  # Taiwan: nine digits
            "C" + digits(7), "N" + digits(7),  # Vietnam
            "X" + digits(7), "B" + digits(7),  # Indonesia
            "P" + digits(7) + r.choice("ABC"),  # Philippines
            "TK" + digits(7), "AA" + digits(7),  # Japan, Thailand
        ))  # fmt: skip

    def card(self) -> str:
        r = self.r
        prefix, length = r.choice((("4", 16), ("4", 16), ("53", 16), ("55", 16), ("2221", 16),
                                   ("3567", 16), ("3540", 16), ("37", 15), ("62", 16)))  # fmt: skip
        body = prefix + "".join(r.choices("0123456789", k=length - len(prefix) - 1))
        d = body + _luhn_digit(body)
        if length == 15:
            forms = (d, f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}")
        else:
            groups = [d[i : i + 4] for i in range(0, 16, 4)]
            forms = (d, " ".join(groups), "-".join(groups), "-".join(groups))
        return self._fw(r.choice(forms), 0.06)

    def birth_date(self) -> str:
        r = self.r
        year = r.randint(1935, 2015)
        month, day = r.randint(1, 12), r.randint(1, 28)
        roc = year - 1911
        forms = (
            f"民國{roc}年{month}月{day}日", f"{roc}年{month}月{day}日",
            f"{roc}.{month:02d}.{day:02d}",
            f"{roc:03d}/{month:02d}/{day:02d}", f"{roc:03d}{month:02d}{day:02d}",
            f"{year}/{month:02d}/{day:02d}", f"{year}-{month:02d}-{day:02d}",
            f"{year}年{month}月{day}日",
            f"民國{self._cn_year(roc)}年{_cn_number(month)}月{_cn_number(day)}日",
            f"{roc}/{month}/{day}",
        )  # fmt: skip
        return self._fw(r.choices(forms, weights=(4, 3, 2, 2, 1, 2, 2, 1, 1, 1))[0], 0.05)

    @staticmethod
    def _cn_year(roc: int) -> str:
        if roc < 100:
            return _cn_number(roc)
        rest = roc - 100
        if rest == 0:
            return "一百"
        return "一百" + (
            "零" + _CN_DIGITS[rest]
            if rest < 10
            else _CN_DIGITS[rest // 10] + "十" + (_CN_DIGITS[rest % 10] if rest % 10 else "")
        )

    # --- distractors --------------------------------------------------------------------------
    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(110, 114), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y + 1911}-{m:02d}-{d:02d}",
                         f"{y}.{m}.{d}", f"{m}月{d}日", f"民國{y}年{m}月{d}日"))  # fmt: skip

    def distractor(self, kind: str) -> str:
        r = self.r
        digits = lambda k: "".join(r.choices("0123456789", k=k))  # noqa: E731
        if kind in ("DATE", "DATE2"):
            return self.date()
        if kind == "TIME":
            return f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
        if kind == "DOCNO":
            return f"{r.choice(_DOC_PREFIX)}{r.randint(111, 114)}{digits(r.choice((7, 8)))}號"
        if kind == "CASENO":
            court = r.choice(("訴", "簡上", "勞訴", "易"))
            return f"{r.randint(108, 113)}年度{court}字第{r.randint(1, 3999)}號"
        if kind == "CASENO2":
            return f"{r.randint(111, 114)}{r.randint(1, 12):02d}{digits(6)}"
        if kind == "BAN":
            while True:
                value = digits(8)
                if ban.is_valid(value):
                    return value
        if kind == "AMT":
            amount = r.choice((r.randint(1, 999) * 100, r.randint(1000, 9_999_999)))
            return r.choice((f"新臺幣{amount:,}元", f"NT${amount:,}", f"{amount:,}元"))
        if kind == "INV":
            letters = "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZ", k=2))
            return letters + r.choice(("-", "")) + digits(8)
        if kind == "FORMNO":  # letter + nine digits that fails the ID checksum
            while True:
                value = r.choice("ABFKMRST") + r.choice("34567") + digits(8)
                if not twid.is_valid(value) and not arc.is_valid(value):
                    return value
        if kind == "ORDER":
            return f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(4)}"
        if kind == "TENDER":
            return f"{r.randint(111, 114)}{digits(4)}{r.choice('ABCE')}{digits(2)}"
        if kind == "ELEC":
            return f"{digits(2)}-{digits(2)}-{digits(4)}-{digits(2)}-{digits(1)}"
        if kind == "SERIAL":
            return "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=12))
        if kind == "N9":
            return digits(9)
        simple: dict[str, Callable[[], str]] = {
            "LAW": lambda: r.choice(_LAWS), "ORG": lambda: r.choice(_ORGS),
            "CO": lambda: r.choice(_COMPANIES), "PLACE": lambda: r.choice(_PLACES),
            "MODEL": lambda: r.choice(_MODELS), "TITLE": lambda: r.choice(_TITLES),
            "HOTLINE": lambda: r.choice(_HOTLINES), "SCHOOL": lambda: r.choice(_SCHOOLS),
            "N": lambda: str(r.randint(2, 90)), "N1": lambda: str(r.randint(1, 9)),
            "N2": lambda: str(r.randint(3, 30)), "N4": lambda: str(r.randint(1000, 9999)),
            "N4B": lambda: str(r.randint(1000, 9999)), "PCT": lambda: f"{r.uniform(1, 99):.1f}",
            "YEAR": lambda: str(r.randint(110, 114)), "M": lambda: str(r.randint(1, 12)),
            "D": lambda: str(r.randint(1, 28)),
            "DIST": lambda: r.choice(_COUNTIES[r.choice(tuple(_COUNTIES))][0]),
            "ROAD": lambda: r.choice(_ROADS),
        }  # fmt: skip
        return simple[kind]()

    def value(self, kind: str) -> tuple[str, str | None, bool | None]:
        """(text, entity or None, known flag for persons)."""
        if kind in _PERSON_KINDS:
            name, known = self.person(kind)
            return name, "PERSON", known
        makers: dict[str, Callable[[], str]] = {
            "NID": self.national_id, "ARC": self.resident_cert, "MOB": self.mobile,
            "TEL": self.landline, "EMAIL": self.email, "NHI": self.nhi, "PASS": self.passport,
            "CARD": self.card, "BDAY": self.birth_date,
            "PHONE": lambda: self.mobile() if self.r.random() < 0.55 else self.landline(),
            "ADDR": lambda: self.address(county=True), "ADDRS": lambda: self.address(county=False),
            "PADDR": lambda: self.address(postal=True),
        }  # fmt: skip
        if kind in makers:
            return makers[kind](), _ENTITY[kind], None
        return self.distractor(kind), None, None

    def render(self, template: str) -> Sample:
        """Fill a template's slots, recording gold spans for personal-data slots."""
        out: list[str] = []
        pos = 0
        length = 0
        spans: list[tuple[int, int, str]] = []
        known: list[bool] = []
        cache: dict[str, tuple[str, str | None, bool | None]] = {}
        for m in _SLOT.finditer(template):
            literal = template[pos : m.start()]
            out.append(literal)
            length += len(literal)
            key = m.group(1) + m.group(2)
            kind = key if key in _NUMBERED_KINDS else m.group(1)
            if key not in cache:
                cache[key] = self.value(kind)
            text, entity, is_known = cache[key]
            if entity is not None:
                spans.append((length, length + len(text), entity))
                if entity == "PERSON":
                    known.append(bool(is_known))
            out.append(text)
            length += len(text)
            pos = m.end()
        out.append(template[pos:])
        return Sample(text="".join(out), spans=spans, known_person=known)


def generate_heldout(n: int = 2000, seed: int = 11) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list.

    The known-names list holds what a dataset's name column would: about half the PERSON
    mentions come from it, the rest are names absent from it (unknown-name recall).
    """
    w = _Writer(seed)
    samples: list[Sample] = []
    for _ in range(n):
        if w.r.random() < 0.25:
            sample = w.render(w.r.choice(_NEGATIVE))
            sample.hard_negative = True
        else:
            sample = w.render(w.r.choice(_POSITIVE))
            if w.r.random() < 0.2:  # positives also carry agency prose with digits and codes
                tail = w.render(w.r.choice(_NEGATIVE))
                sample.text += "\n" + tail.text
        samples.append(sample)
    known = [name for kind in _PERSON_KINDS for name in w.known[kind]]
    return samples, known
