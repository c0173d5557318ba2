"""Wagtail's reports, scoped to what a role may explore.

Upstream, a hub moderator's "Page types usage" counts every site's pages and names the last
edited page of each type, whichever hub it is in; "Locked pages" offers every user who locks
a page anywhere as a filter; "Site history" shows every log entry of a model the role has any
permission on (a Lausitz innovation space to a Meißen moderator, with the editor's name);
the workflow reports list every workflow on such a model and every requester. Here each of
them keeps to the pages under the role's own roots and the items it has a right on.
Superusers see the upstream reports.

Wagtail resolves its own report URLs before any ``register_admin_urls`` hook, so
``cms/urls.py`` mounts :data:`urlpatterns` just ahead of the admin.
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet, LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry, Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

import django_filters

from cms.core.permissions import items_of

User = get_user_model()


def explorable_pages(user, prefix=""):
    """A Q on pages (through ``prefix``, e.g. "pages__") under the roots the user explores."""
    roots = policy_registry.get_by_type(Page).instances_with_direct_explore_permission(user)
    conditions = [Q(**{f"{prefix}path__startswith": root.path}) for root in roots]
    return reduce(or_, conditions) if conditions else Q(**{f"{prefix}pk__in": []})


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    def get_queryset(self):
        user = self.request.user
        if user.is_superuser:
            return super().get_queryset()
        self.queryset = ContentType.objects.filter(model__in=self.page_models)
        queryset = self.filter_queryset(self.queryset)
        language_code = self.filters.form.cleaned_data.get("page_locale")
        site_root_path = self.filters.form.cleaned_data.get("site")
        pages = explorable_pages(user)
        counted = explorable_pages(user, "pages__")
        if language_code:
            pages &= Q(locale__language_code=language_code)
            counted &= Q(pages__locale__language_code=language_code)
        if site_root_path:
            pages &= Q(path__startswith=site_root_path)
            counted &= Q(pages__path__startswith=site_root_path)
        latest = (
            Page.objects.filter(pages, content_type=OuterRef("pk"))
            .order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
            .values("pk")[:1]
        )
        return queryset.annotate(
            count=Count("pages", filter=counted), last_edited_page_id=Subquery(latest)
        ).order_by("-count", "app_label", "model")


class ScopedLockedPagesFilterSet(LockedPagesReportFilterSet):
    """Offers as "locked by" only those who locked a page the user may edit."""

    locked_by = django_filters.ModelChoiceFilter(
        label=LockedPagesReportFilterSet.base_filters["locked_by"].label,
        empty_label=LockedPagesReportFilterSet.base_filters["locked_by"].extra.get("empty_label"),
        field_name="locked_by",
        queryset=lambda request: lockers_for(request.user),
    )


def lockers_for(user):
    pages = policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")
    lockers = User.objects.filter(pk__in=pages.filter(locked=True).values("locked_by"))
    if not user.is_superuser:
        lockers = lockers | User.objects.filter(pk=user.pk, locked_pages__isnull=False)
    return lockers.distinct().order_by(User.USERNAME_FIELD)


class ScopedLockedPagesView(LockedPagesView):
    filterset_class = ScopedLockedPagesFilterSet


def visible_log_entries(log_model, user):
    """The log entries a user may see: upstream's rule, and for a model whose items belong
    to a site (cms.core.permissions), only those of items the user has a right on."""
    entries = log_model.objects.viewable_by_user(user)
    if user.is_superuser or not issubclass(log_model, ModelLogEntry):
        return entries
    scoped = Q()
    for content_type_id in entries.values_list("content_type_id", flat=True).distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not isinstance(policy_registry.get_by_type(model), SitePermissionPolicy):
            continue
        ids = [str(pk) for pk in items_of(user, model).values_list("pk", flat=True)]
        scoped &= ~Q(content_type_id=content_type_id) | Q(object_id__in=ids)
    return entries.filter(scoped)


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        user = self.request.user
        ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            ids.update(visible_log_entries(log_model, user).values_list("user_id", flat=True))
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedLogEntriesView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def get_filtered_queryset(self):
        if self.request.user.is_superuser:
            return super().get_filtered_queryset()
        # Upstream's union of per-model subqueries, built from the scoped entries.
        self.log_models = list(log_action_registry.get_log_entry_models())
        combined = None
        for index, log_model in enumerate(self.log_models):
            sub = (
                visible_log_entries(log_model, self.request.user)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            sub = self.filter_queryset(sub).order_by()
            combined = sub if combined is None else combined.union(sub, all=True)
        return combined.order_by("-timestamp")


def _visible_states(states, user):
    """Workflow or task states on objects the user may edit (pages are scoped upstream)."""
    if user.is_superuser:
        return states
    page_type = ContentType.objects.get_for_model(Page)
    allowed = []
    for state in states:
        workflow_state = getattr(state, "workflow_state", state)
        if workflow_state.base_content_type_id == page_type.pk:
            allowed.append(state.pk)
            continue
        obj = workflow_state.content_object
        if obj is not None and policy_registry.get(obj).user_has_any_permission_for_instance(
            user, ["change", "publish"], obj
        ):
            allowed.append(state.pk)
    return states.model.objects.filter(pk__in=allowed)


def requesters_for(request):
    """Offers as "requested by" only those who started a workflow the user may see."""
    upstream = WorkflowView()
    upstream.request = request
    states = _visible_states(WorkflowView.get_queryset(upstream), request.user)
    return User.objects.filter(pk__in=states.values("requested_by")).order_by(User.USERNAME_FIELD)


class ScopedWorkflowFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(
        label=WorkflowReportFilterSet.base_filters["requested_by"].label,
        field_name="requested_by",
        queryset=requesters_for,
    )


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowFilterSet

    def get_queryset(self):
        states = super().get_queryset()
        if self.request.user.is_superuser:
            return states
        return (
            _visible_states(states, self.request.user)
            .select_related("workflow", "requested_by")
            .prefetch_related("content_object", "content_object__latest_revision")
            .order_by("-created_at")
        )


class ScopedWorkflowTasksView(WorkflowTasksView):
    filterset_class = WorkflowTasksReportFilterSet

    def get_queryset(self):
        states = super().get_queryset()
        if self.request.user.is_superuser:
            return states
        visible = _visible_states(states.select_related("workflow_state"), self.request.user)
        return states.filter(pk__in=visible.values("pk"))


REPORTS = [
    ("locked/", ScopedLockedPagesView, "locked_pages"),
    ("workflow/", ScopedWorkflowView, "workflow"),
    ("workflow_tasks/", ScopedWorkflowTasksView, "workflow_tasks"),
    ("site-history/", ScopedLogEntriesView, "site_history"),
    ("page-types-usage/", ScopedPageTypesUsageReportView, "page_types_usage"),
]

#: Mounted at /admin/reports/ ahead of Wagtail's admin URLs. Unnamed: ``reverse()`` keeps
#: giving Wagtail's names, whose paths these are.
urlpatterns = decorate_urlpatterns(
    [
        pattern
        for prefix, view, _name in REPORTS
        for pattern in (
            path(prefix, view.as_view()),
            path(f"{prefix}results/", view.as_view(results_only=True)),
        )
    ],
    lambda view: never_cache(require_admin_access(view)),
)
