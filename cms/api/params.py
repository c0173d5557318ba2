"""Parsing of query parameters: every bad value becomes a 400 with a message, never a 500.

Stock Wagtail API v2 lets some values through to the database (a NUL byte, an integer past
the column's range, a date that is not a date), where they fail as server errors; these
helpers stop them at the door.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError

#: Largest id or offset accepted: 2**31 − 1, the top of a signed 32-bit integer — the id
#: column of Wagtail's own tables (pages, documents). The project's 64-bit ids stay far
#: below it, and an offset past it would never find anything anyway.
MAX_INTEGER = 2**31 - 1


def reject_nul_bytes(query_dict) -> None:
    """NUL bytes cannot be stored or searched in PostgreSQL and break SQLite's full-text
    search: refuse them in every parameter, names included."""
    for name, values in query_dict.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(_("null characters are not allowed (parameter '%s')") % name.strip("\x00"))


def parse_integer(value: str, name: str, *, minimum: int = 0, maximum: int = MAX_INTEGER) -> int:
    """An integer between ``minimum`` and ``maximum``, or a 400 that says which parameter."""
    try:
        number = int(value)
    except (TypeError, ValueError) as error:
        raise BadRequestError(_("%(name)s must be an integer") % {"name": name}) from error
    if not minimum <= number <= maximum:
        raise BadRequestError(
            _("%(name)s must be between %(minimum)d and %(maximum)d")
            % {"name": name, "minimum": minimum, "maximum": maximum}
        )
    return number


def parse_id(value: str, name: str) -> int:
    """A positive object id."""
    return parse_integer(value, name, minimum=1)


def parse_field_value(field, value: str, name: str):
    """A filter value converted by the model field itself (dates, numbers, booleans …)."""
    from django.db import models

    if isinstance(field, models.BooleanField):
        lowered = value.lower()
        if lowered in {"true", "1"}:
            return True
        if lowered in {"false", "0"}:
            return False
        raise BadRequestError(_("%(name)s must be true or false") % {"name": name})
    if isinstance(field, models.ForeignKey):
        return parse_integer(value, name, minimum=0)
    if isinstance(field, (models.IntegerField, models.AutoField)):
        return parse_integer(value, name, minimum=-MAX_INTEGER)
    try:
        converted = field.to_python(value)
        if field.choices and converted not in {choice for choice, _label in field.flatchoices}:
            raise ValidationError("not a choice")
    except ValidationError as error:
        raise BadRequestError(
            _("'%(value)s' is not a valid value for %(name)s") % {"value": value, "name": name}
        ) from error
    return converted
