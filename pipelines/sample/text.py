"""Free text of the sample agency: case notes, petitions, replies and survey comments.

Texts are built from segments `(text, label)`; `label` names the kind of personal data a segment
holds (PERSON, PHONE, NATIONAL_ID, EMAIL, ADDRESS) or is None for everything else, including the
look-alikes a scanner must leave alone (document numbers such as 經授工字第11320412340號, statute
articles, amounts, dates, case numbers, company BANs). `spans()` turns segments into character
offsets, so the de-identification evaluation gets ground truth for free.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from pipelines.sample import fake, vocab

Segment = tuple[str, str | None]
Span = tuple[int, int, str]


def join(segments: list[Segment]) -> str:
    return "".join(text for text, _ in segments)


def spans(segments: list[Segment]) -> list[Span]:
    """(start, end, label) of every labelled segment, as offsets into `join(segments)`."""
    found: list[Span] = []
    offset = 0
    for text, label in segments:
        if label:
            found.append((offset, offset + len(text), label))
        offset += len(text)
    return found


# --- harmless look-alikes --------------------------------------------------------------------


def doc_number(rng: random.Random, roc_year: int) -> str:
    """An official letter number, e.g. 經授工字第11320412340號 (year + 8 digits)."""
    return f"{rng.choice(vocab.DOC_WORDS)}第{roc_year}{rng.randrange(10**8):08d}號"


def statute_article(rng: random.Random) -> str:
    article = f"{rng.choice(vocab.STATUTES)}第{rng.randrange(1, 60)}條"
    return article + (f"第{rng.randrange(1, 5)}項" if rng.random() < 0.3 else "")


def amount(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"新臺幣{rng.randrange(10, 5000) * 1000:,}元"
    return f"新臺幣{rng.randrange(5, 3000)}萬元"


def plain_date(rng: random.Random, day: date) -> str:
    if rng.random() < 0.6:
        return f"{day.year - 1911}年{day.month}月{day.day}日"
    return fake.roc_date(day)


def _other_person(rng: random.Random) -> tuple[str, str]:
    sex = rng.choice("MF")
    return fake.person_name(rng, sex=sex), sex


# --- service application notes ---------------------------------------------------------------

NoteContext = tuple[str, str, str, str, str, date]  # applicant, sex, company, ban, handler, day


def _n_progress(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    applicant, sex, _, _, _, day = ctx
    return [
        ("申請人", None),
        (applicant, "PERSON"),
        (fake.honorific(sex) + "來電詢問案件進度，已告知預計", None),
        (plain_date(rng, day) + "後完成審查。聯絡電話：", None),
        (fake.phone_number(rng), "PHONE"),
        ("。", None),
    ]


def _n_supplement(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    day = ctx[5] + timedelta(days=rng.randrange(1, 6))
    return [
        (
            f"補件通知已於{plain_date(rng, day)}寄出，請申請人依{statute_article(rng)}規定"
            f"於{rng.choice((7, 10, 14, 30))}日內補正。",
            None,
        )
    ]


def _n_subsidy(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    day = ctx[5]
    return [
        (
            f"依本局{plain_date(rng, day)}{doc_number(rng, day.year - 1911)}函辦理，"
            f"核定補助金額{amount(rng)}。",
            None,
        )
    ]


def _n_contact(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    name, _ = _other_person(rng)
    return [
        ("聯絡人", None),
        (name, "PERSON"),
        ("（", None),
        (fake.phone_number(rng), "PHONE"),
        ("），E-mail：", None),
        (fake.email_address(rng, name), "EMAIL"),
        ("。", None),
    ]


def _n_agent(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    name, sex = _other_person(rng)
    return [
        ("代理人", None),
        (name, "PERSON"),
        (fake.honorific(sex) + "代為送件，身分證字號", None),
        (fake.valid_national_id(rng, sex=sex), "NATIONAL_ID"),
        ("，已核對委任書。", None),
    ]


def _n_address(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    return [
        ("工廠地址變更為", None),
        (fake.address(rng), "ADDRESS"),
        ("，已函請地方政府協助現場勘查。", None),
    ]


def _n_company(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    _, _, company, ban, _, day = ctx
    prior = day.replace(day=1)
    return [
        (
            f"本案與{company}（統一編號{ban}）前案"
            f"（IDB-{fake.roc_date(prior, '')}-{rng.randrange(1, 999):06d}）合併審查。",
            None,
        )
    ]


def _n_id_mismatch(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    applicant, sex, _, _, _, _ = ctx
    return [
        ("申請人身分證號", None),
        (fake.valid_national_id(rng, sex=sex), "NATIONAL_ID"),
        ("與公司登記負責人不符，請", None),
        (applicant, "PERSON"),
        (fake.honorific(sex) + "補附授權書。", None),
    ]


def _n_callback(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    applicant, sex, _, _, _, _ = ctx
    return [
        ("電話聯繫", None),
        (applicant, "PERSON"),
        (fake.honorific(sex) + "未果，改以", None),
        (fake.mobile_number(rng), "PHONE"),
        (f"簡訊通知，請於{rng.randrange(3, 8)}日內回電。", None),
    ]


def _n_rejected(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    return [(f"退件原因：檢附文件不齊，依{statute_article(rng)}規定辦理。", None)]


def _n_visit(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    applicant, sex, _, _, handler, day = ctx
    day += timedelta(days=rng.randrange(3, 15))
    return [
        (plain_date(rng, day) + "會勘，", None),
        (applicant, "PERSON"),
        (fake.honorific(sex) + "陪同，承辦人", None),
        (handler, "PERSON"),
        ("確認現場設備與登記內容相符。", None),
    ]


def _n_foreign(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    return [
        ("外籍員工", None),
        (fake.foreign_name(rng), "PERSON"),
        ("居留證號", None),
        (fake.valid_resident_id(rng), "NATIONAL_ID"),
        ("，已附勞動部聘僱許可。", None),
    ]


def _n_email(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    applicant = ctx[0]
    return [
        ("核准函電子檔已寄至", None),
        (fake.email_address(rng, applicant), "EMAIL"),
        (f"，紙本另以{doc_number(rng, ctx[5].year - 1911)}函寄送。", None),
    ]


_NOTE_PARTS: fake.Weighted = fake.Weighted(
    (
        _n_progress,
        _n_supplement,
        _n_subsidy,
        _n_contact,
        _n_agent,
        _n_address,
        _n_company,
        _n_id_mismatch,
        _n_callback,
        _n_rejected,
        _n_visit,
        _n_foreign,
        _n_email,
    ),
    (14, 12, 8, 10, 6, 4, 6, 3, 6, 6, 5, 2, 5),
)


def service_note(rng: random.Random, ctx: NoteContext) -> list[Segment]:
    """A case note: empty for about one case in five, else one to three sentences."""
    if rng.random() < 0.2:
        return []
    segments: list[Segment] = []
    for _ in range(1 if rng.random() < 0.6 else rng.randrange(2, 4)):
        part: Callable[[random.Random, NoteContext], list[Segment]] = _NOTE_PARTS.pick(rng)  # type: ignore[assignment]
        segments.extend(part(rng, ctx))
    return segments


# --- petitions -------------------------------------------------------------------------------

_ISSUES: dict[str, tuple[str, ...]] = {
    "環境污染": ("夜間排放刺鼻異味", "廢水排入灌溉溝渠", "機台噪音擾鄰", "粉塵飄散影響住家"),
    "工廠管理": (
        "農地上疑似未登記工廠",
        "工廠違規擴建鐵皮屋",
        "廠區堆放大量廢棄物",
        "貨車進出占用道路",
    ),
    "補助": (
        "補助款撥付延遲",
        "補助計畫審查結果不公",
        "詢問中小企業補助資格",
        "補助申請系統無法上傳",
    ),
    "產業園區": ("園區道路坑洞未修補", "園區路燈故障", "土地租金調漲過高", "園區排水不良積水"),
    "其他": ("承辦人員態度不佳", "網站資料未更新", "詢問工廠登記流程", "建議延長臨櫃服務時間"),
}


def petition_content(
    rng: random.Random, *, name: str, sex: str, phone: str, category: str
) -> list[Segment]:
    """A petition as citizens write it: often signed, with phone, address and sometimes ID."""
    issue = rng.choice(_ISSUES[category])
    city, district = fake.city_district(rng)
    segments: list[Segment] = []
    if rng.random() < 0.6:
        segments += [
            ("本人", None),
            (name, "PERSON"),
            ("，住", None),
            (fake.address(rng), "ADDRESS"),
            ("，", None),
        ]
    segments.append(
        (
            f"反映{city}{district}一帶{issue}，已持續{rng.randrange(2, 13)}個月，"
            "懇請貴局儘速派員處理。",
            None,
        )
    )
    if rng.random() < 0.3:
        segments += [
            ("涉及業者為", None),
            (fake.company_name(rng), None),
            ("，負責人", None),
            (fake.person_name(rng), "PERSON"),
            ("。", None),
        ]
    if rng.random() < 0.55:
        segments += [("聯絡電話", None), (phone, "PHONE"), ("。", None)]
    if rng.random() < 0.15:
        segments += [
            ("身分證字號", None),
            (fake.valid_national_id(rng, sex=sex), "NATIONAL_ID"),
            ("。", None),
        ]
    if rng.random() < 0.2:
        segments += [("回覆請寄", None), (fake.email_address(rng, name), "EMAIL"), ("。", None)]
    return segments


def petition_reply(
    rng: random.Random, *, name: str, sex: str, category: str, received: date, replied: date
) -> list[Segment]:
    """An official reply: mostly prose with document numbers; sometimes addresses the petitioner."""
    segments: list[Segment] = []
    if rng.random() < 0.35:
        segments += [(name, "PERSON"), (fake.honorific(sex) + "您好：", None)]
    else:
        segments.append(("臺端您好：", None))
    roc = replied.year - 1911
    segments.append(
        (
            f"有關臺端{plain_date(rng, received)}反映{category}一案，本局業以"
            f"{plain_date(rng, replied)}{doc_number(rng, roc)}函請地方主管機關依"
            f"{statute_article(rng)}規定查處，並副知臺端。",
            None,
        )
    )
    if rng.random() < 0.25:
        segments.append((f"如有疑義，請洽本局{rng.choice(vocab.UNITS)}。", None))
    segments.append(("敬祝 平安", None))
    return segments


# --- survey comments -------------------------------------------------------------------------

_PRAISE = (
    "承辦人員很親切，說明清楚。",
    "線上申辦很方便。",
    "處理速度比預期快，謝謝。",
    "臨櫃等候時間短，服務很好。",
)
_COMPLAINTS = (
    "等待時間太久。",
    "網站操作不直覺，找不到表單。",
    "補件要求反覆，希望一次說明。",
    "電話常常沒人接。",
    "希望增加夜間或假日服務。",
)


def survey_comment(rng: random.Random, *, staff_names: tuple[str, ...]) -> list[Segment]:
    """A survey comment: often empty; sometimes names a staff member or leaves a phone number."""
    roll = rng.random()
    if roll < 0.45:
        return []
    if roll < 0.7:
        return [(rng.choice(_PRAISE + _COMPLAINTS), None)]
    if roll < 0.85:
        staff = rng.choice(staff_names)
        return [("感謝", None), (staff, "PERSON"), ("協助，" + rng.choice(_PRAISE), None)]
    name, _ = _other_person(rng)
    return [
        (rng.choice(_COMPLAINTS) + "我是", None),
        (name, "PERSON"),
        ("，請回電", None),
        (fake.phone_number(rng), "PHONE"),
        ("。", None),
    ]
