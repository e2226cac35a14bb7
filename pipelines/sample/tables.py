"""Row generators for the sample agency's tables, chunk by chunk.

Each table is produced as an iterator of row chunks (lists of tuples in column order), so a
million-row build never holds more than one chunk of strings. Every chunk draws from its own
random streams, derived from (seed, table, chunk number): the output depends only on the seed
and the row count, never on timing or on what else was generated before.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from pipelines.sample import fake, text, vocab

CHUNK_ROWS = 20_000
PERIOD_START = date(2023, 1, 1)
PERIOD_END = date(2025, 12, 31)  # the day the agency extracted its records ("as of")
_DAYS = (PERIOD_END - PERIOD_START).days + 1
_TABLE_CODES = {
    "staff": 1,
    "service_applications": 2,
    "petitions": 3,
    "survey_responses": 4,
    "factory_registry": 5,
    "days": 6,
}

Row = tuple[object, ...]


def streams(seed: int, table: str, chunk: int) -> tuple[np.random.Generator, fake.FastRandom]:
    """The numpy and stdlib random sources of one chunk of one table."""
    sequence = np.random.SeedSequence([seed, _TABLE_CODES[table], chunk])
    gen = np.random.default_rng(sequence)
    rng = fake.FastRandom(int(sequence.generate_state(1, np.uint64)[0]))
    return gen, rng


# Dates and ROC text of every day in the period and a bit beyond, looked up by day index (fast).
_DATES = [PERIOD_START + timedelta(days=i) for i in range(_DAYS + 400)]
_ROC_BY_DAY = [fake.roc_date(d) for d in _DATES]
_ROC_COMPACT_BY_DAY = [fake.roc_date(d, "") for d in _DATES]


def _days_and_sequences(seed: int, table: str, total: int) -> tuple[np.ndarray, np.ndarray]:
    """Spread `total` records over the period's days (few on weekends), in date order, with a
    1-based sequence number within each day (as case numbers are issued)."""
    gen, _ = streams(seed, "days", _TABLE_CODES[table])
    weekday = np.array([_DATES[i].weekday() < 5 for i in range(_DAYS)])
    weights = np.where(weekday, 1.0, 0.06)
    counts = gen.multinomial(total, weights / weights.sum())
    day_index = np.repeat(np.arange(_DAYS), counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return day_index, np.arange(total) - starts + 1


class Task(NamedTuple):
    """One chunk's work: picklable, so chunks can be generated in worker processes."""

    seed: int
    chunk: int
    days: np.ndarray  # day index (into the period) of each row
    sequence: np.ndarray  # 1-based number of each row within its day
    names: tuple[str, ...] = ()  # staff names the rows may mention


# `map`, or an ordered parallel map with the same signature (see build.py).
Mapper = Callable[[Callable[[Task], list[Row]], Iterable[Task]], Iterator[list[Row]]]


def _tasks(seed: int, table: str, total: int, names: tuple[str, ...] = ()) -> Iterator[Task]:
    day_index, sequence = _days_and_sequences(seed, table, total)
    for number, start in enumerate(range(0, total, CHUNK_ROWS)):
        stop = min(start + CHUNK_ROWS, total)
        yield Task(seed, number, day_index[start:stop], sequence[start:stop], names)


# --- staff -----------------------------------------------------------------------------------

STAFF_ROWS = 60
STAFF_COLUMNS = ("staff_id", "name", "unit", "title", "office_phone", "email", "onboard_date")


@dataclass(frozen=True)
class Staff:
    rows: list[Row]

    @property
    def handlers(self) -> tuple[str, ...]:
        """Names of staff who handle cases (everyone outside 秘書室)."""
        return tuple(str(r[1]) for r in self.rows if r[2] != "秘書室")


def staff_rows(seed: int) -> Staff:
    """A fixed-size directory of the bureau's staff; case handlers are drawn from it."""
    _, rng = streams(seed, "staff", 0)
    rows: list[Row] = []
    for number in range(1, STAFF_ROWS + 1):
        sex = rng.choice("MF")
        name = fake.han_name(rng, sex=sex, big5_only=True)
        onboard = date(1990, 1, 1) + timedelta(days=rng.randrange(12_500))
        rows.append(
            (
                f"IDB{number:04d}",
                name,
                rng.choice(vocab.UNITS),
                rng.choice(vocab.TITLES),
                f"(02)2754-1255 分機{rng.randrange(100, 900)}",
                fake.email_address(rng, name).split("@")[0] + "@" + vocab.AGENCY_EMAIL_DOMAIN,
                fake.roc_date(onboard),
            )
        )
    return Staff(rows)


# --- service applications --------------------------------------------------------------------

SERVICE_COLUMNS = (
    "case_no",
    "service_item",
    "applicant_name",
    "national_id",
    "phone",
    "email",
    "address",
    "company_name",
    "company_ban",
    "received_date",
    "closed_date",
    "processing_days",
    "statutory_days",
    "status",
    "handler",
    "note",
)
_SERVICES = fake.Weighted(range(len(vocab.SERVICES)), [w for _, _, w in vocab.SERVICES])
_STATUTORY = np.array([days for _, days, _ in vocab.SERVICES])


def service_application_chunks(
    seed: int, total: int, staff: Staff, mapper: Mapper = map
) -> Iterator[list[Row]]:
    """申辦案件: one row per application, in order of receipt."""
    return mapper(_service_chunk, _tasks(seed, "service_applications", total, staff.handlers))


def _service_chunk(task: Task) -> list[Row]:
    gen, rng = streams(task.seed, "service_applications", task.chunk)
    days, handlers, n = task.days, task.names, len(task.days)
    service = _SERVICES.indices(gen, n)
    statutory = _STATUTORY[service]
    male = gen.random(n) < 0.62
    foreign = gen.random(n) < 0.03
    ids = fake.national_ids_many(gen, male, foreign)
    bans = fake.bans_many(gen, n)
    roll = gen.random(n)
    # most cases close within the statutory period; returned/withdrawn ones close sooner
    ratio = gen.lognormal(np.log(0.55), 0.45, n) * np.where(roll < 0.10, 0.5, 1.0)
    processing = np.maximum(1, np.rint(statutory * ratio)).astype(int)
    closed = days + processing
    open_case = (closed >= _DAYS) | (gen.random(n) < 0.005)
    handler = gen.integers(0, len(handlers), n)
    # plain lists: indexing numpy arrays element by element is slow in a Python loop
    rows: list[Row] = []
    for (day, number, item, limit, is_male, is_foreign, national_id, ban, status_roll,
         spent, closed_day, is_open, handler_index) in zip(
        days.tolist(), task.sequence.tolist(), service.tolist(),
        statutory.tolist(), male.tolist(), foreign.tolist(), ids, bans, roll.tolist(),
        processing.tolist(), closed.tolist(), open_case.tolist(), handler.tolist(),
        strict=True,
    ):  # fmt: skip
        sex = "M" if is_male else "F"
        name = fake.foreign_name(rng) if is_foreign else fake.person_name(rng, sex=sex)
        company = fake.company_name(rng)
        if is_open:
            status, closed_text, days_taken = "處理中", None, None
        else:
            status = "退件" if status_roll < 0.07 else "撤回" if status_roll < 0.10 else "已結案"
            closed_text, days_taken = _ROC_BY_DAY[closed_day], spent
        handler_name = handlers[handler_index]
        note = text.join(
            text.service_note(rng, (name, sex, company, ban, handler_name, _DATES[day]))
        )
        rows.append((
            f"IDB-{_ROC_COMPACT_BY_DAY[day]}-{number:06d}", vocab.SERVICES[item][0], name,
            national_id, fake.phone_number(rng),
            fake.email_address(rng, name) if rng.random() < 0.85 else None,
            fake.address(rng), company, ban, _ROC_BY_DAY[day], closed_text, days_taken,
            limit, status, handler_name, note,
        ))  # fmt: skip
    return rows


# --- petitions -------------------------------------------------------------------------------

PETITION_COLUMNS = (
    "petition_no",
    "channel",
    "category",
    "petitioner_name",
    "petitioner_phone",
    "content",
    "reply",
    "received_date",
    "replied_date",
    "status",
)
_CHANNELS = fake.Weighted(vocab.PETITION_CHANNELS, (30, 25, 20, 10, 15))
_CATEGORIES = fake.Weighted(vocab.PETITION_CATEGORIES, (30, 30, 15, 10, 15))


def petition_chunks(seed: int, total: int, mapper: Mapper = map) -> Iterator[list[Row]]:
    """陳情: citizens' petitions and the bureau's replies."""
    return mapper(_petition_chunk, _tasks(seed, "petitions", total))


def _petition_chunk(task: Task) -> list[Row]:
    gen, rng = streams(task.seed, "petitions", task.chunk)
    days, n = task.days, len(task.days)
    replied_day = days + np.maximum(1, np.rint(gen.gamma(2.0, 5.0, n))).astype(int)
    rows: list[Row] = []
    for day, number, reply_day in zip(
        days.tolist(), task.sequence.tolist(), replied_day.tolist(), strict=True
    ):
        sex = rng.choice("MF")
        name = fake.person_name(rng, sex=sex)
        phone = fake.phone_number(rng)
        category = str(_CATEGORIES.pick(rng))
        content = text.join(
            text.petition_content(rng, name=name, sex=sex, phone=phone, category=category)
        )
        if reply_day >= _DAYS:
            reply, replied, status = None, None, "處理中"
        else:
            reply = text.join(
                text.petition_reply(
                    rng,
                    name=name,
                    sex=sex,
                    category=category,
                    received=_DATES[day],
                    replied=_DATES[reply_day],
                )
            )
            replied = _ROC_BY_DAY[reply_day]
            status = "移請他機關辦理" if rng.random() < 0.12 else rng.choice(("已回覆", "已結案"))
        rows.append(
            (
                f"P-{_ROC_COMPACT_BY_DAY[day]}-{number:04d}",
                _CHANNELS.pick(rng),
                category,
                name,
                phone,
                content,
                reply,
                _ROC_BY_DAY[day],
                replied,
                status,
            )
        )
    return rows


# --- satisfaction survey ---------------------------------------------------------------------

SURVEY_COLUMNS = (
    "response_id",
    "survey_date",
    "age",
    "gender",
    "district",
    "channel",
    "score_overall",
    "score_speed",
    "score_attitude",
    "comment",
)
# Respondents answer at the bureau's service centres, so most live near one of them.
SURVEY_HOT_DISTRICTS: tuple[str, ...] = vocab.INDUSTRIAL_DISTRICTS[:12]
SURVEY_HOT_SHARE = 0.9
_GENDERS = fake.Weighted([g for g, _ in vocab.SURVEY_GENDERS], [w for _, w in vocab.SURVEY_GENDERS])
_SURVEY_CHANNELS = fake.Weighted(vocab.SURVEY_CHANNELS, (40, 35, 15, 10))


def survey_chunks(seed: int, total: int, staff: Staff, mapper: Mapper = map) -> Iterator[list[Row]]:
    """滿意度調查: one row per response; scores 1–5, mostly satisfied."""
    return mapper(_survey_chunk, _tasks(seed, "survey_responses", total, staff.handlers))


def _survey_chunk(task: Task) -> list[Row]:
    gen, rng = streams(task.seed, "survey_responses", task.chunk)
    days, staff_names, n = task.days, task.names, len(task.days)
    age = np.clip(np.rint(gen.normal(45, 11, n)), 18, 90).astype(int)
    overall = np.clip(np.rint(gen.normal(4.1, 0.9, n)), 1, 5).astype(int)
    speed = np.clip(overall + gen.integers(-1, 2, n), 1, 5)
    attitude = np.clip(overall + gen.integers(-1, 2, n), 1, 5)
    rows: list[Row] = []
    for day, number, age_years, score, score_speed, score_attitude in zip(
        days.tolist(), task.sequence.tolist(), age.tolist(), overall.tolist(),
        speed.tolist(), attitude.tolist(), strict=True,
    ):  # fmt: skip
        if rng.random() < SURVEY_HOT_SHARE:
            district = rng.choice(SURVEY_HOT_DISTRICTS)
        else:
            district = "".join(fake.city_district(rng))
        comment = text.join(text.survey_comment(rng, staff_names=staff_names))
        rows.append(
            (
                f"SV-{_ROC_COMPACT_BY_DAY[day]}-{number:04d}",
                _ROC_BY_DAY[day],
                age_years,
                _GENDERS.pick(rng),
                district,
                _SURVEY_CHANNELS.pick(rng),
                score,
                score_speed,
                score_attitude,
                comment or None,
            )
        )
    return rows


# --- factory registry (CSV, Big5) ------------------------------------------------------------

FACTORY_HEADERS = (
    "工廠名稱",
    "統一編號",
    "負責人",
    "工廠地址",
    "產業類別代號",
    "工廠狀態",
    "登記日期",
)
_INDUSTRIES = fake.Weighted([c for c, _ in vocab.INDUSTRY_CODES], vocab.INDUSTRY_WEIGHTS)
_FACTORY_STATUS = fake.Weighted(
    [s for s, _ in vocab.FACTORY_STATUSES], [w for _, w in vocab.FACTORY_STATUSES]
)
_REGISTRY_START = date(1975, 1, 1)


def _factory_address(rng: random.Random) -> str:
    # half the factories sit in the industrial districts (every 縣市 name has three characters)
    place = None
    if rng.random() < 0.5:
        hot = rng.choice(vocab.INDUSTRIAL_DISTRICTS)
        place = (hot[:3], hot[3:])
    return fake.address(rng, place=place, floors=False)


def factory_chunks(seed: int, total: int, mapper: Mapper = map) -> Iterator[list[Row]]:
    """工廠登記: public register of factories (負責人 is published by law). Every value is drawn
    from Big5-only vocabulary, since the file is written in cp950."""
    return mapper(_factory_chunk, _tasks(seed, "factory_registry", total))


def _factory_chunk(task: Task) -> list[Row]:
    gen, rng = streams(task.seed, "factory_registry", task.chunk)
    n = len(task.days)
    span = (PERIOD_END - _REGISTRY_START).days
    bans = fake.bans_many(gen, n)
    # registrations skew recent: more factories registered in later years
    registered = np.rint(span * np.sqrt(gen.random(n))).astype(int)
    rows: list[Row] = []
    for ban, offset in zip(bans, registered.tolist(), strict=True):
        day = _REGISTRY_START + timedelta(days=offset)
        rows.append(
            (
                fake.company_name(rng) + rng.choice(vocab.FACTORY_SITE_SUFFIX),
                ban,
                fake.person_name(rng, big5_only=True),
                _factory_address(rng),
                _INDUSTRIES.pick(rng),
                _FACTORY_STATUS.pick(rng),
                fake.roc_date(day, ""),
            )
        )
    return rows
