"""The imprint's details (§ 5 DDG, § 18 (2) MStV) from a site's settings: what the imprint page
shows, and which required detail is missing.

A missing detail is never a silent gap: the page shows a bracketed placeholder in its place,
the site settings' "Imprint" tab and the admin dashboard warn the editors who can fix it."""

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

#: "Kreativ Kreis Meißen e.V.", "… e. V.": a registered association must name its register.
REGISTERED_ASSOCIATION = re.compile(r"\be\.\s?V\.?\s*$")

PLACEHOLDERS = {
    "partner_name": _("[Organisation name missing – please add it in the site settings]"),
    "contact_address": _("[Address missing – please add it in the site settings]"),
    "representative": _("[Representative missing – please add it in the site settings]"),
    "register": _("[Register entry missing – please add it in the site settings]"),
    "contact_email": _("[E-mail address missing – please add it in the site settings]"),
    "content_responsible": _(
        "[Person responsible for the content missing – please add it in the site settings]"
    ),
}
LABELS = {
    "partner_name": _("Organisation name"),
    "contact_address": _("Postal address"),
    "representative": _("Represented by"),
    "register": _("Register entry (register, court and number)"),
    "contact_email": _("Contact e-mail"),
    "content_responsible": _("Responsible for the content (§ 18 (2) MStV)"),
}


def needs_register_entry(site_settings) -> bool:
    """A register was chosen, or the name says "e.V.": then court and number are required."""
    return bool(site_settings.register_kind) or bool(
        REGISTERED_ASSOCIATION.search(site_settings.partner_name or "")
    )


def missing_details(site_settings) -> list[str]:
    """The keys (of ``LABELS``) of the required imprint details that are empty, in page order."""
    missing = [
        key
        for key in ("partner_name", "contact_address", "representative")
        if not (getattr(site_settings, key) or "").strip()
    ]
    if needs_register_entry(site_settings) and not (
        site_settings.register_kind
        and site_settings.register_court.strip()
        and site_settings.register_number.strip()
    ):
        missing.append("register")
    missing += [
        key
        for key in ("contact_email", "content_responsible")
        if not (getattr(site_settings, key) or "").strip()
    ]
    return missing


@dataclass
class ImprintDetails:
    """What the imprint page shows; a value that is missing is its placeholder instead."""

    settings: object
    missing: list[str]

    def value(self, key):
        if key in self.missing:
            return None
        return getattr(self.settings, key)

    @property
    def placeholders(self):
        return {key: PLACEHOLDERS[key] for key in self.missing}

    @property
    def shows_register(self) -> bool:
        return needs_register_entry(self.settings) or bool(self.settings.register_number)


def imprint_details(site_settings) -> ImprintDetails:
    return ImprintDetails(settings=site_settings, missing=missing_details(site_settings))


class ImprintStatusPanel(Panel):
    """On the "Imprint" tab of the site settings: which required details are still missing
    (as saved), or that the imprint is complete."""

    class BoundPanel(Panel.BoundPanel):
        def render_html(self, parent_context=None):
            instance = self.instance
            missing = missing_details(instance) if instance is not None and instance.pk else list(LABELS)
            if not missing:
                return format_html(
                    '<div class="help-block help-info"><p>{}</p></div>',
                    _("The imprint has every required detail."),
                )
            return format_html(
                '<div class="help-block help-critical" role="alert" data-imprint-missing>'
                "<p>{}</p><ul>{}</ul></div>",
                _(
                    "The imprint is incomplete: these required details are missing and show as "
                    "placeholders on the imprint page. Add them here or on the “Contact” and "
                    "“Identity” tabs."
                ),
                format_html_join("", "<li>{}</li>", ((LABELS[key],) for key in missing)),
            )


class IncompleteImprintsPanel(Component):
    """On the admin's home: the sites whose imprint lacks a required detail, for the users who
    may change those sites' settings, each with a link to fix it."""

    order = 90
    template_name = "core/dashboard/incomplete_imprints.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = self.rows
        return context

    @classmethod
    def for_user(cls, user):
        from cms.core.models import SiteSettings

        sites = SiteSettings.get_permission_policy().sites_user_has_permission_for(user, "change")
        rows = []
        for row in (
            SiteSettings.objects.filter(site__in=sites).select_related("site").order_by("display_name")
        ):
            missing = missing_details(row)
            if missing:
                url = reverse("wagtailsettings:edit", args=["core", "sitesettings", row.site_id])
                rows.append({"settings": row, "url": url, "missing": [LABELS[key] for key in missing]})
        return cls(rows) if rows else None
