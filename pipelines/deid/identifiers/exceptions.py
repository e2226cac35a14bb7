"""Validation errors (ValueError subclasses, mirroring python-stdnum's hierarchy).

Messages never include the offending value: identifiers are personal data.
"""


class ValidationError(ValueError):
    """The value is not a valid identifier of the requested kind."""


class InvalidFormat(ValidationError):
    """The value has characters or structure the identifier cannot have."""


class InvalidLength(ValidationError):
    """The value has the wrong number of characters."""


class InvalidChecksum(ValidationError):
    """The check digit (or check sum) does not match."""


class InvalidComponent(ValidationError):
    """A part of the value (prefix, area code, ...) is not an allowed one."""
