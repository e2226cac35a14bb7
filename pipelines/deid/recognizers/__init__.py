"""Presidio recognizers for Taiwanese personal data (language ``zh``).

``default_recognizers(known_names)`` returns one fresh instance of each; register them on an
AnalyzerEngine (see :func:`pipelines.deid.scan.build_analyzer`) or run them through the fast
:class:`pipelines.deid.scan.TextScanner`.
"""

from collections.abc import Iterable

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
    NameAfterCueRecognizer,
    NameAfterLabelRecognizer,
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
    NameColumnRecognizer,
    NhiColumnRecognizer,
    PassportColumnRecognizer,
)


def default_recognizers(known_names: Iterable[str] = ()) -> list[TwPatternRecognizer]:
    """One instance of every recognizer; the known-name one only when names are given."""
    recognizers: list[TwPatternRecognizer] = [
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
        NameAfterCueRecognizer(),
        NameBeforeCueRecognizer(),
        NameAfterRoleRecognizer(),
        NameAfterLabelRecognizer(),
        LatinNameAfterCueRecognizer(),
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
    ]
    known = KnownNameRecognizer(known_names)
    if known.size:
        recognizers += [known, NameSiblingRecognizer(known)]
    return recognizers


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
    "NameAfterCueRecognizer",
    "NameAfterLabelRecognizer",
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
    "TwAddressRecognizer",
    "TwNationalIdRecognizer",
    "TwNhiCardRecognizer",
    "TwPatternRecognizer",
    "TwPhoneRecognizer",
    "TwResidentCertRecognizer",
    "TwStreetAddressRecognizer",
    "VietnameseNameRecognizer",
    "default_recognizers",
    "normalize",
]
