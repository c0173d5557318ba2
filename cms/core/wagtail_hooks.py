"""Admin hooks of the roles (``cms.core.roles``): per-object checks on snippets, the guarded
wagtail-localize views, and an explorer that opens at the editor's own site."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from cms.core import localize_guard, page_protection
from cms.core.dashboard import add_hub_panels  # noqa: F401  (registers the hub dashboard panels)
from cms.core.imprint_hooks import warn_about_incomplete_imprints  # noqa: F401  (registers its hook)
from cms.core.permissions import choosable_pages, may_delete, may_edit
from cms.core.stale_edits import register_stale_aware_page_views  # noqa: F401  (registers its hook)
from cms.core.upstream_strings import translate_the_translation_editors_heading  # noqa: F401


@hooks.register("register_admin_urls", order=-100)
def guard_wagtail_localize():
    return localize_guard.urlpatterns()


# Before wagtail-localize's own before_edit_snippet hook, which opens its translation editor.
@hooks.register("before_edit_snippet", order=-100)
def refuse_editing_an_item_of_someone_else(request, instance):
    if not may_edit(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-100)
def refuse_deleting_an_item_of_someone_else(request, instances):
    if not all(may_delete(request.user, instance) for instance in instances):
        raise PermissionDenied


def start_page(user):
    """Where the page explorer opens. Wagtail opens it at the closest common ancestor of the
    pages a user has rights on; with one tree per language that is the root of everything,
    so a hub editor would start above their hub. Open at their site's home page in the admin
    language instead (its translations are one click away)."""
    policy = policy_registry.get_by_type(Page)
    root = policy.explorable_root_instance(user)
    if root is None or user.is_superuser or not root.is_root():
        return root
    pages = policy.instances_with_direct_explore_permission(user)
    if len({page.translation_key for page in pages}) != 1:
        return root
    active = Locale.get_active()
    return next((page for page in pages if page.locale_id == active.pk), pages[0])


class SiteExplorerMenuItem(ExplorerMenuItem):
    def get_context(self, request):
        context = super().get_context(request)
        if page := start_page(request.user):
            context["start_page_id"] = page.pk
        return context

    def render_component(self, request):
        component = super().render_component(request)
        if (page := start_page(request.user)) and hasattr(component, "start_page_id"):
            component.start_page_id = page.pk
        return component


@hooks.register("construct_main_menu")
def open_explorer_at_own_site(request, menu_items):
    for index, item in enumerate(menu_items):
        if item.name == "explorer" and not isinstance(item, SiteExplorerMenuItem):
            menu_items[index] = SiteExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )


class OwnPagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count: of the pages the user may edit, not of every site."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        if not user.is_superuser:
            policy = policy_registry.get_by_type(Page)
            context["total_pages"] = (
                policy.instances_user_has_any_permission_for(user, {"add", "change", "publish"})
                .distinct()
                .count()
            )
            context["root_page"] = start_page(user) or context["root_page"]
            context["site_name"] = str(getattr(context["root_page"], "title", context["site_name"]))
        return context


@hooks.register("construct_homepage_summary_items")
def count_own_pages(request, summary_items):
    for index, item in enumerate(summary_items):
        if type(item) is PagesSummaryItem:
            summary_items[index] = OwnPagesSummaryItem(request)


@hooks.register("construct_page_chooser_queryset")
def hide_other_sites_drafts(pages, request):
    """Links may point to any published page; drafts only to your own."""
    return choosable_pages(request.user, pages)


@hooks.register("before_delete_page")
def guard_page_deletion(request, page):
    return page_protection.before_delete_page(request, page)


@hooks.register("before_serve_page")
def record_what_the_page_shows(page, request, serve_args, serve_kwargs):
    """The page cache stores the answer with the tags of what it shows (cms.core.cache_tags)."""
    from cms.core import cache_tags, request_memo

    cache_tags.depends_on(request, cache_tags.shown_by(page, request_memo.site_id_of(page)))
