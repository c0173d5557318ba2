"""What guards a site against one bad click in the page explorer.

- A site's root page and its language roots (the home page in German and in English) can be
  deleted or moved by the administrator only. Wagtail lets anyone with "bulk delete" on a
  page delete it with everything below; a hub or platform moderator holds that on their home
  page, so one POST wiped a whole site with its Site record and settings.
- Even the administrator cannot delete the page a Site record points to: the Site, its
  settings and its innovation spaces would go with it (or the database refuses midway).
  They point the site at another root first.
- Deleting more than a handful of pages (translations and everything below counted) needs
  the typed confirmation. Wagtail shows that field, but accepts a POST that leaves it out.
- The confirmation lists the pages and items that link to the page or anything below it
  (Wagtail's reference index), so nobody deletes a linked page unawares.

Wagtail writes one audit-log entry per deleted page, descendants included.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin import messages
from wagtail.models import Page, PagePermissionTester, ReferenceIndex, Site

#: With this many pages or more (the page, its translations and all below), a typed
#: confirmation is needed. Wagtail's setting of the same name decides the form field.
DELETION_LIMIT_SETTING = "WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT"
#: Links listed on the confirmation; the rest are counted.
REFERENCES_SHOWN = 20


def is_site_root(page) -> bool:
    """A Site's root page, or one of its translations (a language root), or anything at
    the top of the tree."""
    if page.depth <= 2:
        return True
    return Site.objects.filter(root_page__translation_key=page.translation_key).exists()


class SiteRootPermissionTester(PagePermissionTester):
    """Wagtail's tester, with site roots out of reach for everyone but the administrator.
    Moving asks ``can_delete`` too, so this also refuses moves (and bulk moves)."""

    def can_delete(self, ignore_bulk=False):
        if not self.user.is_superuser and is_site_root(self.page):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


def pages_to_delete(page):
    """The page, its translations and aliases, and everything below each of them."""
    query = Page.objects.none()
    for version in Page.objects.filter(translation_key=page.translation_key):
        query |= Page.objects.descendant_of(version, inclusive=True)
    return query


def confirmation_needed(count: int) -> bool:
    return count >= getattr(settings, DELETION_LIMIT_SETTING, 10)


def refuse_deleting_a_site_root(request, page):
    sites = list(Site.objects.filter(root_page=page))
    if not sites:
        return None
    messages.error(
        request,
        _(
            "“%(page)s” is the root page of the site %(site)s. Point the site at another root "
            "page (Settings → Sites) before deleting it."
        )
        % {"page": page.get_admin_display_title(), "site": ", ".join(site.hostname for site in sites)},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def require_typed_confirmation(request, page):
    """Wagtail only checks the typed site name when it is sent; here it must be sent."""
    count = pages_to_delete(page).count()
    expected = getattr(settings, "WAGTAIL_SITE_NAME", "wagtail")
    if not confirmation_needed(count) or request.POST.get("confirm_site_name") == expected:
        return None
    messages.error(
        request,
        ngettext(
            "Deleting this page removes %(count)d page. Type “%(name)s” to confirm.",
            "Deleting this page removes %(count)d pages. Type “%(name)s” to confirm.",
            count,
        )
        % {"count": count, "name": expected},
    )
    return redirect(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def warn_about_links(request, page):
    """Lists, as a warning on the confirmation, what links to the page or its subtree from
    outside it."""
    doomed = pages_to_delete(page)
    doomed_ids = set(doomed.values_list("pk", flat=True))
    sources = {}
    for target in doomed.specific(defer=True):
        for source, _references in ReferenceIndex.get_references_to(target).group_by_source_object():
            if source is None or (isinstance(source, Page) and source.pk in doomed_ids):
                continue
            sources.setdefault((type(source), source.pk), source)
    if not sources:
        return
    shown = list(sources.values())[:REFERENCES_SHOWN]
    items = format_html_join("", "<li>{}</li>", ((describe(source),) for source in shown))
    more = len(sources) - len(shown)
    messages.warning(
        request,
        format_html(
            "{} <ul>{}</ul>{}",
            ngettext(
                "%(count)d page or item links to what you are about to delete. Its links will break:",
                "%(count)d pages or items link to what you are about to delete. Their links will break:",
                len(sources),
            )
            % {"count": len(sources)},
            items,
            ngettext("and %(count)d more.", "and %(count)d more.", more) % {"count": more}
            if more > 0
            else "",
        ),
    )


def describe(source):
    if isinstance(source, Page):
        url = reverse("wagtailadmin_pages:edit", args=[source.pk])
        return format_html('<a href="{}">{}</a> ({})', url, source.get_admin_display_title(), source.locale)
    return format_html("{} ({})", str(source), source._meta.verbose_name)


def before_delete_page(request, page):
    if request.method == "POST":
        return refuse_deleting_a_site_root(request, page) or require_typed_confirmation(request, page)
    if response := refuse_deleting_a_site_root(request, page):
        return response
    warn_about_links(request, page)
    return None
