"""The hub dashboard: panels for the editor's own hub on Wagtail's admin home.

Wagtail's own panels already show what waits for the user's review (the tasks of the
groups the user is in: their own hub's moderators) and the user's own submissions with their
state (orders 210 and 220); these panels add what a hub's editors and moderators need next to
them, creating first and the review before the rest, each scoped to
what the user may edit (their own hub) and nothing else:

- new pages, one click away: a button for each listing the user may add to (news, events,
  matches of their hub);
- English missing or out of date (``cms.translations.status.translation_backlog``);
- scheduled publications;
- recent changes by anyone on the user's pages;
- new contact messages of the user's hub (for those who may read them).
"""

from datetime import timedelta

from django.apps import apps
from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, PageLogEntry, Revision, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

#: How many rows a panel shows, and how far back "new" contact messages and changes reach.
PANEL_ROWS = 8
NEW_MESSAGES_DAYS = 14


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


class DashboardPanel(Component):
    heading = ""
    panel_id = ""

    def __init__(self, user):
        self.user = user

    def get_rows(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            {
                "rows": self.get_rows(),
                "heading": self.heading,
                "panel_id": self.panel_id,
                # A component renders in a fresh context: forms in a panel need the page's token.
                "csrf_token": parent_context.get("csrf_token"),
            }
        )
        return context


def listing_page_models():
    """Page types that are a hub's listing of one kind of page (news, events, matches): one per
    hub, with one type of subpage."""
    return [
        model
        for model in get_page_models()
        if getattr(model, "max_count_per_parent", None) == 1 and len(model.allowed_subpage_models()) == 1
    ]


class QuickCreatePanel(DashboardPanel):
    """ "New news item", "New event", ...: the add form under the right listing of the user's
    own hub, without walking the page tree."""

    order = 105
    heading = _("Create")
    panel_id = "cimis-quick-create"
    template_name = "core/dashboard/quick_create.html"

    def get_rows(self):
        listings = (
            editable_pages(self.user)
            .type(*listing_page_models())
            .filter(locale=Locale.get_default(), alias_of__isnull=True)
            .specific()
            .order_by("path")
        )
        rows = []
        for listing in listings:
            if not listing.permissions_for_user(self.user).can_add_subpage():
                continue
            child = listing.allowed_subpage_models()[0]
            rows.append(
                {
                    "label": child._meta.verbose_name,
                    "site": listing.get_parent().get_admin_display_title(),
                    "url": reverse(
                        "wagtailadmin_pages:add",
                        args=[child._meta.app_label, child._meta.model_name, listing.pk],
                    ),
                }
            )
        return rows


class TranslationBacklogPanel(DashboardPanel):
    order = 225
    heading = _("English missing or out of date")
    panel_id = "cimis-translation-backlog"
    template_name = "core/dashboard/translation_backlog.html"

    def get_rows(self):
        from cms.translations.status import translation_backlog

        return translation_backlog(self.user)[:PANEL_ROWS]


class ScheduledPanel(DashboardPanel):
    order = 240
    heading = _("Scheduled publications")
    panel_id = "cimis-scheduled"
    template_name = "core/dashboard/scheduled.html"

    def get_rows(self):
        pages = editable_pages(self.user).annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        revisions = (
            Revision.page_revisions.filter(approved_go_live_at__isnull=False, object_id__in=pages)
            .select_related("user")
            .order_by("approved_go_live_at")[:PANEL_ROWS]
        )
        return [(revision.approved_go_live_at, revision.as_object(), revision.user) for revision in revisions]


class RecentChangesPanel(DashboardPanel):
    order = 260
    heading = _("Recent changes on your site")
    panel_id = "cimis-recent-changes"
    template_name = "core/dashboard/recent_changes.html"

    def get_rows(self):
        return list(
            PageLogEntry.objects.filter(page__in=editable_pages(self.user).values("pk"))
            .select_related("user", "page")
            .order_by("-timestamp")[:PANEL_ROWS]
        )


class ContactMessagesPanel(DashboardPanel):
    order = 230
    heading = _("New contact messages")
    panel_id = "cimis-contact-messages"
    template_name = "core/dashboard/contact_messages.html"

    def get_rows(self):
        model = apps.get_model("hubs", "ContactSubmission")
        readable = policy_registry.get_by_type(model).sites_user_has_any_permission_for(
            self.user, ["view", "delete"]
        )
        since = timezone.now() - timedelta(days=NEW_MESSAGES_DAYS)
        return list(
            model.objects.filter(site__in=readable, created_at__gte=since).order_by("-created_at")[
                :PANEL_ROWS
            ]
        )


@hooks.register("construct_homepage_panels")
def add_hub_panels(request, panels):
    user = request.user
    panels.extend(
        [
            QuickCreatePanel(user),
            TranslationBacklogPanel(user),
            ScheduledPanel(user),
            ContactMessagesPanel(user),
            RecentChangesPanel(user),
        ]
    )
