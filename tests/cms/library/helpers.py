"""Helpers of the library tests: admin URLs, and POST data for the admin forms as the browser
sends it."""

import datetime
from decimal import Decimal

from django.db import models
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

PUBLISHING_FIELDS = {"go_live_at": "", "expire_at": ""}


def admin_url(model, view: str, *args) -> str:
    """The URL of one of a library model's admin views, e.g. ``admin_url(AITool, "edit", pk)``."""
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


def _form_value(value):
    if value is None:
        return ""
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def form_data(item, fields, **changes) -> dict:
    """The named fields of ``item`` as form data, with ``changes`` applied."""
    data = {name: _form_value(getattr(item, name)) for name in fields}
    data.update({name: _form_value(value) for name, value in changes.items()})
    return {**PUBLISHING_FIELDS, **data}


TOOL_FIELDS = [
    "name", "slug", "vendor", "url", "category", "pricing", "summary", "logo", "data_location",
    "gdpr_compliant", "data_protection_notes", "usefulness", "ease_of_use", "data_protection", "cost",
    "verdict", "evaluated_on",
]  # fmt: skip
SPACE_FIELDS = [
    "name", "kind", "region", "street", "postcode", "city", "latitude", "longitude", "url",
    "description", "image",
]  # fmt: skip
METHOD_FIELDS = [
    "title", "slug", "phase", "summary", "duration_minutes", "group_size_min", "group_size_max",
    "difficulty", "materials", "image",
]  # fmt: skip


def tool_form_data(tool, **changes) -> dict:
    return form_data(tool, TOOL_FIELDS, **changes)


def space_form_data(space, **changes) -> dict:
    return form_data(space, SPACE_FIELDS, **changes)


def method_form_data(method, steps=None, **changes) -> dict:
    """A method card's form data; ``steps`` is a list of (title, text), else the card's own."""
    if steps is None:
        steps = [(step.value["title"], step.value["text"]) for step in method.steps]
    return {
        **form_data(method, METHOD_FIELDS, **changes),
        **nested_form_data({"steps": streamfield([("step", {"title": t, "text": x}) for t, x in steps])}),
    }
