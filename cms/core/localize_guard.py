"""wagtail-localize's admin views, checked per object.

wagtail-localize 1.14 lets anyone with the global "submit translation" permission translate,
and sync (and publish) the translations of, *any* page or snippet, and checks snippets in its
translation editor by model only. Its URLs are copied here with every view wrapped in a check
on the object concerned, and resolved before the originals (the ``register_admin_urls`` hook
runs first); ``reverse()`` still finds the original names and the same paths. Remove when
wagtail-localize checks objects itself.
"""

from functools import wraps

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, include, path

from wagtail.models import Page, TranslatableMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation as edit_translation_views
from wagtail_localize.views import report, snippets_api

from cms.core.permissions import choosable, may_edit, may_publish


def _page(kwargs):
    return get_object_or_404(Page, pk=kwargs["page_id"]).specific


def _snippet(kwargs):
    try:
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError as error:
        raise Http404 from error
    return get_object_or_404(model, pk=kwargs["pk"])


def _target(kwargs):
    translation = get_object_or_404(Translation, pk=kwargs["translation_id"])
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def _existing_targets(source):
    for translation in source.translations.filter(enabled=True):
        try:
            yield translation.get_target_instance()
        except ObjectDoesNotExist:
            continue


def may_submit_page(request, **kwargs):
    return may_edit(request.user, _page(kwargs))


def may_submit_snippet(request, **kwargs):
    instance = _snippet(kwargs)
    policy = policy_registry.get(instance)
    return policy.user_has_permission(request.user, "add") and may_edit(request.user, instance)


def may_sync(request, **kwargs):
    source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
    targets = list(_existing_targets(source))
    if not may_edit(request.user, source.get_source_instance()):
        return False
    if not all(may_edit(request.user, target) for target in targets):
        return False
    publishing = request.method == "POST" and request.POST.get("publish_translations")
    return not publishing or all(may_publish(request.user, target) for target in targets)


def may_edit_target(request, **kwargs):
    return may_edit(request.user, _target(kwargs))


def anyone(request, **kwargs):
    return True


class ScopedSnippetsAPI(snippets_api.SnippetViewSet):
    """The snippet titles of the translation editor's choosers: what the user may choose."""

    def get_queryset(self):
        return choosable(self.request.user, self.get_model())


class ScopedTranslationsReport(report.TranslationsReportView):
    """The translations report, of what the user may edit."""

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_superuser:
            return queryset
        page_policy = policy_registry.get_by_type(Page)
        keys = list(
            page_policy.instances_user_has_any_permission_for(user, {"add", "change", "publish"}).values_list(
                "translation_key", flat=True
            )
        )
        for model in get_snippet_models():
            if issubclass(model, TranslatableMixin):
                editable = policy_registry.get_by_type(model).instances_user_has_any_permission_for(
                    user, {"change"}
                )
                keys.extend(editable.values_list("translation_key", flat=True))
        return queryset.filter(source__object_id__in=keys)


#: Every URL of wagtail-localize's admin and its check; a URL missing here is refused, so an
#: upgrade that adds one fails loudly (a test lists them) instead of opening a hole.
GUARDS = {
    "javascript_catalog": anyone,
    "submit_page_translation": may_submit_page,
    "submit_snippet_translation": may_submit_snippet,
    "update_translations": may_sync,
    "edit_string_translation": may_edit_target,
    "edit_override": may_edit_target,
    "download_pofile": may_edit_target,
    "upload_pofile": may_edit_target,
    "machine_translate": may_edit_target,
    "preview_translation": may_edit_target,
    "stop_translation": may_edit_target,
    "convert_to_alias": may_submit_page,
    "translations_report": anyone,
    "translations_report_results": anyone,
    "snippets_api_listing": anyone,
    "snippets_api_detail": anyone,
}
REPLACEMENTS = {
    "translations_report": ScopedTranslationsReport.as_view(),
    "translations_report_results": ScopedTranslationsReport.as_view(results_only=True),
    "snippets_api_listing": ScopedSnippetsAPI.as_view({"get": "list"}),
    "snippets_api_detail": ScopedSnippetsAPI.as_view({"get": "retrieve"}),
}


def install() -> None:
    """wagtail-localize's translation editor asks "may this user edit this snippet?" of the
    model only (``user.has_perm``); a regional item's rights are per object (a Site
    permission), so hub editors could not translate their own innovation spaces. Ask the
    object's policy instead. Called from CoreConfig.ready(); remove with the rest."""
    edit_translation_views.user_can_edit_instance = may_edit


def refuse(request, **kwargs):
    return False


def guarded(view, check):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not check(request, **kwargs):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def original_patterns() -> list[URLPattern]:
    (localize,) = localize_hooks.register_admin_urls()
    return list(localize.url_patterns)


def urlpatterns():
    patterns = [
        URLPattern(
            pattern.pattern,
            guarded(REPLACEMENTS.get(pattern.name, pattern.callback), GUARDS.get(pattern.name, refuse)),
            pattern.default_args,
            pattern.name,
        )
        for pattern in original_patterns()
    ]
    return [path("localize/", include((patterns, "cimis_localize_guard")))]
