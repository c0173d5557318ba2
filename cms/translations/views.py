from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.auth import user_has_any_page_permission
from wagtail.models import Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.core.models import SiteSettings
from cms.translations.status import (
    CURRENT,
    MISSING,
    OUTDATED,
    STATE_LABELS,
    library_rows,
    page_rows,
    target_locales,
)


def translation_status(request):
    """Every page and library item of one site × language, with its state and a link."""
    if not user_has_any_page_permission(request.user):
        raise PermissionDenied
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    choices = [
        row
        for row in SiteSettings.objects.select_related("site").exclude(key=None).order_by("display_name")
        if editable.descendant_of(row.site.root_page, inclusive=True).exists()
    ]
    chosen = next(
        (row for row in choices if row.key == request.GET.get("site")), choices[0] if choices else None
    )
    state = request.GET.get("state", "")
    sections = []
    if chosen is not None:
        site: Site = chosen.site
        is_platform = site.is_default_site
        sections.append((_("Pages"), page_rows(site, editable)))
        if request.user.is_superuser or is_platform or request.user.has_perm("library.change_methodcard"):
            sections.append((_("Library"), library_rows(None if is_platform else site)))
    counts = dict.fromkeys(STATE_LABELS, 0)
    for _title, rows in sections:
        for row in rows:
            for cell in row.cells.values():
                counts[cell.state] += 1
    if state in STATE_LABELS:
        sections = [
            (title, [row for row in rows if any(cell.state == state for cell in row.cells.values())])
            for title, rows in sections
        ]
    return TemplateResponse(
        request,
        "translations/status.html",
        {
            "choices": choices,
            "chosen": chosen,
            "state": state,
            "states": [(key, STATE_LABELS[key], counts[key]) for key in (MISSING, OUTDATED, CURRENT)],
            "locales": target_locales(),
            "sections": sections,
        },
    )
