"""The dataset spec: the steward's description of one dataset (`assets/<id>.yaml`).

Every later stage reads these models and nothing else about the dataset, so field names here are
the product's vocabulary. `docs/spec.md` documents every field for stewards; keep the two in step.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLUMN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ENV_REFERENCE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")

Status = Literal["draft", "approved", "retired"]
SourceKind = Literal["sql", "csv", "excel", "ods", "json"]
Encoding = Literal["auto", "utf-8", "utf-8-sig", "big5", "cp950"]
ColumnType = Literal["string", "integer", "number", "boolean", "date", "datetime"]
Pii = Literal["none", "direct", "quasi", "sensitive", "free_text"]
TreatmentName = Literal["keep", "drop", "redact", "mask", "pseudonymize", "generalize", "scan_text"]
OpennessLevel = Literal["open", "restricted", "closed"]
LicenseId = Literal["ogdl-tw-1.0", "cc-by-4.0", "cc0-1.0"]
UpdateFrequency = Literal[
    "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly", "irregular", "never"
]
Format = Literal["csv", "json", "parquet"]
PartitionEvery = Literal["day", "month", "year"]
DriftPolicy = Literal["fail", "warn"]

# What a column gets when the spec names no treatment: the safe choice for its kind of data.
DEFAULT_TREATMENT: dict[str, str] = {
    "none": "keep",
    "direct": "drop",
    "quasi": "keep",
    "sensitive": "keep",
    "free_text": "scan_text",
}


class SpecModel(BaseModel):
    """Base: unknown keys are errors, so a typo in a spec is caught rather than ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class LocalizedText(SpecModel):
    """Text in Traditional Chinese (required) and English (recommended for the catalog)."""

    zh_tw: str = Field(alias="zh-TW", min_length=1)
    en: str | None = None

    def get(self, lang: str) -> str:
        """The text in `lang` ("zh-TW" or "en"), falling back to Chinese."""
        return self.en if lang == "en" and self.en else self.zh_tw


def _localized(value: object) -> object:
    # A plain string is accepted as the Chinese text: the common case in column descriptions.
    return {"zh-TW": value} if isinstance(value, str) else value


Localized = Annotated[LocalizedText, BeforeValidator(_localized)]


class Contact(SpecModel):
    name: str
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = None


class Publisher(SpecModel):
    unit: str = Field(min_length=1, description="The agency unit that owns the dataset.")
    contact: Contact


class Source(SpecModel):
    """Where the records come from. File paths are relative to the project directory."""

    kind: SourceKind
    path: str | None = None
    encoding: Encoding = "auto"
    delimiter: str = Field(default=",", min_length=1, max_length=1)
    sheet: str | int | None = None
    url: str | None = None
    table: str | None = None
    query: str | None = None

    @model_validator(mode="after")
    def _check_kind(self) -> Source:
        if self.kind == "sql":
            if not self.url:
                raise ValueError('a sql source needs `url` (e.g. "${CASES_DB_URL}")')
            if bool(self.table) == bool(self.query):
                raise ValueError("a sql source needs exactly one of `table` or `query`")
            if self.path:
                raise ValueError("a sql source takes `url`, not `path`")
            _reject_inline_secret(self.url)
        else:
            if not self.path:
                raise ValueError(f"a {self.kind} source needs `path`")
            if self.url or self.table or self.query:
                raise ValueError(f"a {self.kind} source takes `path`, not url/table/query")
        if self.table and not COLUMN_NAME.match(self.table):
            raise ValueError(f"table {self.table!r} is not a plain table name")
        return self


def _reject_inline_secret(url: str) -> None:
    """Secrets reach specs only as ${ENV} references: specs are committed and published."""
    match = re.match(r"^[a-z0-9+]+://([^/@]*)@", url)
    if match and ":" in match.group(1):
        password = match.group(1).split(":", 1)[1]
        if not ENV_REFERENCE.fullmatch(password):
            raise ValueError(
                "the url holds a password; write it as ${ENV_VAR} (or put the whole url in one)"
            )


class Column(SpecModel):
    """One source column, what it means, how personal it is and what to do with it."""

    name: str = Field(pattern=COLUMN_NAME.pattern)
    source_name: str | None = Field(
        default=None,
        description="The header or field in the source when it differs (e.g. 工廠名稱).",
    )
    type: ColumnType = "string"
    format: str | None = Field(
        default=None,
        description="For dates: `roc` (民國), `iso`, or a strptime pattern such as %Y/%m/%d.",
    )
    description: Localized
    required: bool = False
    pii: Pii = "none"
    public_basis: str | None = Field(
        default=None,
        description="The law that makes this column public although it names people or places "
        "(e.g. 工廠管理輔導法 for a factory's responsible person); the leak guard then does not "
        "scan it for entities, but still checks it for direct identifiers.",
    )
    treatment: TreatmentName | None = None
    # Treatment parameters; each is valid only with its treatment (checked below).
    keep_first: int | None = Field(default=None, ge=0)
    keep_last: int | None = Field(default=None, ge=0)
    to: Literal["month", "year", "band", "city", "district", "bins"] | None = None
    width: int | None = Field(default=None, gt=0)
    bins: list[float] | None = None

    @property
    def effective_treatment(self) -> str:
        return self.treatment or DEFAULT_TREATMENT[self.pii]

    @model_validator(mode="after")
    def _check_treatment(self) -> Column:
        treatment = self.effective_treatment
        if self.pii == "direct" and treatment == "keep":
            raise ValueError(
                "a `pii: direct` column cannot be kept; choose drop, redact, mask or pseudonymize"
            )
        if self.public_basis and self.pii != "none":
            raise ValueError("public_basis is for public columns (`pii: none`)")
        if self.pii == "free_text" and treatment == "keep":
            raise ValueError("a `pii: free_text` column cannot be kept; use scan_text or drop")
        if (self.keep_first is not None or self.keep_last is not None) and treatment != "mask":
            raise ValueError("keep_first/keep_last go with `treatment: mask`")
        if treatment == "mask" and self.keep_first is None and self.keep_last is None:
            raise ValueError("`treatment: mask` needs keep_first and/or keep_last")
        if treatment == "generalize":
            if self.to is None:
                raise ValueError("`treatment: generalize` needs `to` (month, year, band, ...)")
            if self.to == "bins" and not self.bins:
                raise ValueError("`to: bins` needs `bins`, the ascending bin edges")
            if self.to == "band" and self.width is None:
                raise ValueError("`to: band` needs `width`, the size of each band")
        elif self.to or self.bins or self.width:
            raise ValueError("to/width/bins go with `treatment: generalize`")
        if self.bins and self.bins != sorted(self.bins):
            raise ValueError("`bins` must be in ascending order")
        return self


class Openness(SpecModel):
    level: OpennessLevel = "open"
    legal_basis: str | None = Field(
        default=None, description="The law or rule that limits access; required unless open."
    )

    @model_validator(mode="after")
    def _legal_basis(self) -> Openness:
        if self.level != "open" and not self.legal_basis:
            raise ValueError(f"openness `{self.level}` needs `legal_basis`")
        return self


class Categories(SpecModel):
    """data.gov.tw classifications: 主題分類, 施政分類, 服務分類 (codes such as I00)."""

    theme: str
    policy: str
    service: str = Field(pattern=r"^[1-9A-I]00$")


class Partition(SpecModel):
    by: str = Field(pattern=COLUMN_NAME.pattern)
    every: PartitionEvery = "month"
    start: str = Field(
        pattern=r"^\d{4}-\d{2}(-\d{2})?$",
        description="First period (YYYY-MM or YYYY-MM-DD, Gregorian).",
    )


class Deidentification(SpecModel):
    """Gate settings for quasi-identifiers (see docs/spec.md for the defaults' rationale)."""

    k: int = Field(default=5, ge=2)
    l_diversity: int = Field(default=2, ge=1)
    max_suppression: float = Field(default=0.05, ge=0, le=1)


class Quality(SpecModel):
    max_reject_rate: float = Field(default=0.01, ge=0, le=1)
    drift: DriftPolicy = "fail"


class DatasetSpec(SpecModel):
    id: str = Field(pattern=SLUG.pattern, max_length=80)
    status: Status = "draft"
    title: Localized
    description: Localized
    publisher: Publisher
    source: Source
    primary_key: list[str] = Field(default_factory=list)
    columns: list[Column] = Field(min_length=1)
    openness: Openness = Openness()
    license: LicenseId = "ogdl-tw-1.0"
    update_frequency: UpdateFrequency
    categories: Categories
    keywords: list[str] = Field(default_factory=list)
    formats: list[Format] = Field(default_factory=lambda: ["csv", "json", "parquet"])
    partition: Partition | None = None
    deidentification: Deidentification = Deidentification()
    quality: Quality = Quality()

    @field_validator("formats")
    @classmethod
    def _formats(cls, formats: list[str]) -> list[str]:
        if not formats:
            raise ValueError("list at least one format")
        if len(set(formats)) != len(formats):
            raise ValueError("formats are listed twice")
        return formats

    @model_validator(mode="after")
    def _check_columns(self) -> DatasetSpec:
        names = [c.name for c in self.columns]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"columns listed twice: {', '.join(dupes)}")
        for key in self.primary_key:
            if key not in names:
                raise ValueError(f"primary_key names {key!r}, which is not a column")
            column = self.column(key)
            if column.effective_treatment in ("drop", "redact", "scan_text"):
                raise ValueError(
                    f"primary_key column {key!r} cannot be {column.effective_treatment}ed"
                )
        if self.partition:
            if self.partition.by not in names:
                raise ValueError(f"partition.by names {self.partition.by!r}, which is not a column")
            if self.column(self.partition.by).type not in ("date", "datetime"):
                raise ValueError(f"partition.by column {self.partition.by!r} must be a date")
        return self

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    @property
    def is_published(self) -> bool:
        return self.status == "approved"
