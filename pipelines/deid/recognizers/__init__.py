"""Presidio recognizers for Taiwanese personal data (language ``zh``).

``default_recognizers(known_names)`` returns one fresh instance of each; register them on an
AnalyzerEngine (see :func:`pipelines.deid.scan.build_analyzer`) or run them through the fast
:class:`pipelines.deid.scan.TextScanner`.
"""

from collections.abc import Iterable, Sequence

from pipelines.deid.recognizers.address import TwAddressRecognizer, TwStreetAddressRecognizer
from pipelines.deid.recognizers.base import LANGUAGE, TwPatternRecognizer
from pipelines.deid.recognizers.contact import EmailRecognizer, TwPhoneRecognizer
from pipelines.deid.recognizers.ids import TwNationalIdRecognizer, TwResidentCertRecognizer
from pipelines.deid.recognizers.known_names import KnownNameRecognizer
from pipelines.deid.recognizers.learned import NameSiblingRecognizer
from pipelines.deid.recognizers.normalize import NormalizedText, normalize
from pipelines.deid.recognizers.other import (
    BirthDateAfterNameRecognizer,
    BirthDateRecognizer,
    CreditCardRecognizer,
    PassportRecognizer,
    TwNhiCardRecognizer,
)
from pipelines.deid.recognizers.person import (
    InterpunctNameRecognizer,
    LatinNameAfterCueRecognizer,
    LatinNameInFormRecognizer,
    LatinNameInHanTextRecognizer,
    LatinNameRecognizer,
    LatinWordAfterCueRecognizer,
    MarriedNameRecognizer,
    NameAfterCueRecognizer,
    NameAfterLabelRecognizer,
    NameAfterLogStampRecognizer,
    NameAfterRoleRecognizer,
    NameAfterRoleWordRecognizer,
    NameBeforeCueRecognizer,
    NameBeforeParticularsRecognizer,
    NameBeforeRelationRecognizer,
    NameBeforeRoleRecognizer,
    NameListRecognizer,
    NameNoCueRecognizer,
    RomanizedNameRecognizer,
    SpacedNameRecognizer,
    VietnameseNameRecognizer,
)
from pipelines.deid.recognizers.table import (
    BirthDateColumnRecognizer,
    NameAfterRecordNumberRecognizer,
    NameColumnRecognizer,
    NhiColumnRecognizer,
    PassportColumnRecognizer,
    TitledListBirthDateRecognizer,
    TitledListNameRecognizer,
)


def default_recognizers(
    known_names: Iterable[str] = (), fixed: Sequence[TwPatternRecognizer] | None = None
) -> list[TwPatternRecognizer]:
    """One instance of every recognizer; the known-name ones only when names are given.
    ``fixed``: the recognizers that do not depend on the names, built before by
    :func:`fixed_recognizers` (compiling them is most of a scanner's start-up)."""
    recognizers = list(fixed) if fixed is not None else fixed_recognizers()
    known = KnownNameRecognizer(known_names)
    if known.size:
        recognizers += [known, NameSiblingRecognizer(known)]
    return recognizers


def fixed_recognizers() -> list[TwPatternRecognizer]:
    """One instance of every recognizer that does not depend on the dataset's names."""
    return [
        TwNationalIdRecognizer(),
        TwResidentCertRecognizer(),
        TwPhoneRecognizer(),
        EmailRecognizer(),
        TwAddressRecognizer(),
        TwStreetAddressRecognizer(),
        TwNhiCardRecognizer(),
        PassportRecognizer(),
        CreditCardRecognizer(),
        BirthDateRecognizer(),
        BirthDateAfterNameRecognizer(),
        BirthDateColumnRecognizer(),
        PassportColumnRecognizer(),
        NameColumnRecognizer(),
        NhiColumnRecognizer(),
        TitledListNameRecognizer(),
        TitledListBirthDateRecognizer(),
        NameAfterRecordNumberRecognizer(),
        NameAfterCueRecognizer(),
        NameBeforeCueRecognizer(),
        NameAfterRoleRecognizer(),
        NameAfterLabelRecognizer(),
        LatinNameAfterCueRecognizer(),
        LatinWordAfterCueRecognizer(),
        NameBeforeRoleRecognizer(),
        NameNoCueRecognizer(),
        InterpunctNameRecognizer(),
        VietnameseNameRecognizer(),
        NameListRecognizer(),
        LatinNameRecognizer(),
        LatinNameInFormRecognizer(),
        NameBeforeRelationRecognizer(),
        RomanizedNameRecognizer(),
        SpacedNameRecognizer(),
        NameBeforeParticularsRecognizer(),
        NameAfterRoleWordRecognizer(),
        LatinNameInHanTextRecognizer(),
        NameAfterLogStampRecognizer(),
        MarriedNameRecognizer(),
    ]


__all__ = [
    "LANGUAGE",
    "BirthDateAfterNameRecognizer",
    "BirthDateColumnRecognizer",
    "BirthDateRecognizer",
    "CreditCardRecognizer",
    "EmailRecognizer",
    "InterpunctNameRecognizer",
    "KnownNameRecognizer",
    "LatinNameAfterCueRecognizer",
    "LatinNameInFormRecognizer",
    "LatinNameInHanTextRecognizer",
    "LatinNameRecognizer",
    "LatinWordAfterCueRecognizer",
    "MarriedNameRecognizer",
    "NameAfterCueRecognizer",
    "NameAfterLabelRecognizer",
    "NameAfterLogStampRecognizer",
    "NameAfterRecordNumberRecognizer",
    "NameAfterRoleRecognizer",
    "NameAfterRoleWordRecognizer",
    "NameBeforeCueRecognizer",
    "NameBeforeParticularsRecognizer",
    "NameBeforeRelationRecognizer",
    "NameBeforeRoleRecognizer",
    "NameColumnRecognizer",
    "NameListRecognizer",
    "NameNoCueRecognizer",
    "NameSiblingRecognizer",
    "NhiColumnRecognizer",
    "NormalizedText",
    "PassportColumnRecognizer",
    "PassportRecognizer",
    "RomanizedNameRecognizer",
    "SpacedNameRecognizer",
    "TitledListBirthDateRecognizer",
    "TitledListNameRecognizer",
    "TwAddressRecognizer",
    "TwNationalIdRecognizer",
    "TwNhiCardRecognizer",
    "TwPatternRecognizer",
    "TwPhoneRecognizer",
    "TwResidentCertRecognizer",
    "TwStreetAddressRecognizer",
    "VietnameseNameRecognizer",
    "default_recognizers",
    "fixed_recognizers",
    "normalize",
]
