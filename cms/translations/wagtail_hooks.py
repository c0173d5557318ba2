from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from cms.translations.review import submit_for_review
from cms.translations.views import translation_status


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("translation-status/", translation_status, name="cimis_translation_status"),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_for_review,
            name="cimis_translation_submit_for_review",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_active and request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("cimis_translation_status"), icon_name="globe", order=900
    )


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_other_languages(pages: list[Page], action: str):
    """Keep the language trees in step: moving or deleting a page in the admin moves or
    deletes its translations and aliases in the other trees too (Wagtail asks this hook;
    wagtail-localize does not answer it)."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or action not in {"move", "delete"}:
        return None
    return {page: Page.objects.translation_of(page, inclusive=False) for page in pages}
