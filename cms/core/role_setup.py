"""Creates or repairs the groups, permissions and review workflows of ``cms.core.roles``.

Idempotent: a second run changes nothing. A group of the declaration ends up with exactly the
declared permissions (what an administrator added to it by hand is taken away again); other
groups are left alone, except Wagtail's two stock groups, which are removed while nobody is in
them because they grant the whole page tree of every site.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from cms.core.models import PublisherApprovalTask, SiteSettings
from cms.core.roles import (
    BASE_PERMISSIONS,
    REGIONAL_REVIEW_WORKFLOW,
    SHARED_COLLECTION_ACTIONS,
    Role,
    contact_models,
    declared_roles,
    declared_workflows,
    known_workflow_names,
    reads_contact_messages,
    regional_libraries,
    workflow_name,
)
from cms.core.sites import language_roots

STOCK_GROUPS = ("Moderators", "Editors")
STOCK_WORKFLOW = "Moderators approval"
MEDIA_MODELS = ("wagtailimages.Image", "wagtaildocs.Document")


@dataclass
class RolesReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.created or self.updated)


class Permissions:
    """Looks permissions up by model label and action, from one query."""

    def __init__(self):
        self._by_key = {
            (perm.content_type.app_label, perm.codename): perm
            for perm in Permission.objects.select_related("content_type")
        }

    def named(self, dotted: str) -> Permission:
        app_label, codename = dotted.split(".")
        return self._by_key[(app_label, codename)]

    def for_model(self, label: str, actions) -> list[Permission]:
        """The permissions of ``actions`` on the model; actions the model lacks (``publish``
        on a model without drafts) are skipped."""
        opts = apps.get_model(label)._meta
        found = (self._by_key.get((opts.app_label, f"{action}_{opts.model_name}")) for action in actions)
        return [perm for perm in found if perm is not None]


@transaction.atomic
def setup_roles() -> RolesReport:
    report = RolesReport()
    perms = Permissions()
    rows = {
        row.key: row for row in SiteSettings.objects.select_related("site", "collection").exclude(key=None)
    }
    shared_collections = [
        rows[role.site.key].collection
        for role in declared_roles()
        if role.owns_shared_collection and role.site.key in rows and rows[role.site.key].collection
    ]
    for role in declared_roles():
        row = rows.get(role.site.key)
        if row is None:
            raise ImproperlyConfigured(
                f"Site {role.site.key!r} does not exist yet: run bootstrap_sites first."
            )
        group = _ensure_group(role.group_name, report)
        _sync_model_permissions(group, _model_permissions(role, perms), report)
        _sync_page_permissions(group, _language_roots(row.site), _page_permissions(role, perms), report)
        _sync_collection_permissions(
            group, _collection_permissions(role, row, shared_collections, perms), report
        )
        _sync_site_permissions(group, _site_permissions(role, row.site, perms), report)
    _sync_workflows(rows, report)
    _retire_stock_groups_and_workflow(report)
    return report


# --- What the declaration asks for ----------------------------------------------------------


def _model_permissions(role: Role, perms: Permissions) -> set[Permission]:
    wanted = {perms.named(name) for name in BASE_PERMISSIONS}
    regional = regional_libraries()
    for label in role.libraries:
        if label not in regional:
            # A shared library: model-wide permissions.
            wanted.update(perms.for_model(label, role.kind.library_actions))
    return wanted


def _page_permissions(role: Role, perms: Permissions) -> set[Permission]:
    return set(perms.for_model("wagtailcore.Page", role.kind.page_actions))


def _collection_permissions(role, row, shared_collections, perms) -> set[tuple[int, Permission]]:
    wanted = set()
    for label in MEDIA_MODELS:
        if row.collection is not None:
            wanted.update(
                (row.collection.pk, perm) for perm in perms.for_model(label, role.kind.media_actions)
            )
        if not role.owns_shared_collection:
            for collection in shared_collections:
                wanted.update(
                    (collection.pk, perm) for perm in perms.for_model(label, SHARED_COLLECTION_ACTIONS)
                )
    return wanted


def _site_permissions(role: Role, site, perms: Permissions) -> set[tuple[int, Permission]]:
    wanted = set()
    for model in settings_registry:
        if issubclass(model, BaseSiteSetting):
            wanted.update(
                (site.pk, perm) for perm in perms.for_model(model._meta.label, role.kind.settings_actions)
            )
    # A regional library item is edited by the roles of its region: a permission on the site.
    regional = regional_libraries()
    for label in role.libraries:
        if label in regional:
            wanted.update((site.pk, perm) for perm in perms.for_model(label, role.kind.library_actions))
    # The site's contact messages: read by its moderators (sites.hubs.views).
    for label in contact_models():
        wanted.update((site.pk, perm) for perm in perms.for_model(label, reads_contact_messages(role)))
    return wanted


def _language_roots(site) -> list[Page]:
    """The site's root page and its translations: with wagtail-localize every language is
    its own tree, and each needs the permission."""
    return list(language_roots(site))


# --- Applying it ----------------------------------------------------------------------------


def _ensure_group(name: str, report: RolesReport) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.created.append(f"group {name}")
    return group


def _sync(label: str, report: RolesReport, wanted: set, existing: set, add, remove) -> None:
    missing, extra = wanted - existing, existing - wanted
    if missing:
        add(missing)
    if extra:
        remove(extra)
    if missing or extra:
        report.updated.append(f"{label}: {len(missing)} added, {len(extra)} removed")


def _sync_model_permissions(group: Group, wanted: set[Permission], report) -> None:
    _sync(
        f"{group.name}: permissions",
        report,
        {perm.pk for perm in wanted},
        set(group.permissions.values_list("pk", flat=True)),
        lambda ids: group.permissions.add(*ids),
        lambda ids: group.permissions.remove(*ids),
    )


def _sync_page_permissions(group: Group, pages, wanted: set[Permission], report) -> None:
    rows = GroupPagePermission.objects.filter(group=group)
    _sync(
        f"{group.name}: page permissions",
        report,
        {(page.pk, perm.pk) for page in pages for perm in wanted},
        set(rows.values_list("page_id", "permission_id")),
        lambda keys: GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group=group, page_id=page_id, permission_id=perm_id)
            for page_id, perm_id in keys
        ),
        lambda keys: _delete_pairs(rows, "page_id", keys),
    )


def _sync_collection_permissions(group: Group, wanted: set[tuple[int, Permission]], report) -> None:
    rows = GroupCollectionPermission.objects.filter(group=group)
    _sync(
        f"{group.name}: collection permissions",
        report,
        {(collection_id, perm.pk) for collection_id, perm in wanted},
        set(rows.values_list("collection_id", "permission_id")),
        lambda keys: GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(group=group, collection_id=c_id, permission_id=p_id)
            for c_id, p_id in keys
        ),
        lambda keys: _delete_pairs(rows, "collection_id", keys),
    )


def _sync_site_permissions(group: Group, wanted: set[tuple[int, Permission]], report) -> None:
    rows = GroupSitePermission.objects.filter(group=group)
    _sync(
        f"{group.name}: site permissions",
        report,
        {(site_id, perm.pk) for site_id, perm in wanted},
        set(rows.values_list("site_id", "permission_id")),
        lambda keys: GroupSitePermission.objects.bulk_create(
            GroupSitePermission(group=group, site_id=site_id, permission_id=perm_id)
            for site_id, perm_id in keys
        ),
        lambda keys: _delete_pairs(rows, "site_id", keys),
    )


def _delete_pairs(rows, key_field: str, pairs) -> None:
    for key, perm_id in pairs:
        rows.filter(**{key_field: key, "permission_id": perm_id}).delete()


# --- Workflows ------------------------------------------------------------------------------


def _sync_workflows(rows, report: RolesReport) -> None:
    for declared in declared_workflows():
        task = _ensure_task(
            GroupApprovalTask, declared.task_name, report, known_workflow_names("task", declared.site)
        )
        approvers = Group.objects.get(name=declared.approvers)
        if list(task.groups.all()) != [approvers]:
            task.groups.set([approvers])
            report.updated.append(f"{declared.task_name}: approved by {approvers.name}")
        workflow = _ensure_workflow(
            declared.name, task, report, known_workflow_names("workflow", declared.site)
        )
        for root in _language_roots(rows[declared.site.key].site):
            _assign(WorkflowPage, {"page": root}, workflow, f"{declared.name}: {root.url_path}", report)
        for label in declared.libraries:
            content_type = ContentType.objects.get_for_model(apps.get_model(label))
            _assign(
                WorkflowContentType,
                {"content_type": content_type},
                workflow,
                f"{declared.name}: {label}",
                report,
            )

    regional = regional_libraries()
    if regional:
        task = _ensure_task(
            PublisherApprovalTask,
            workflow_name("regional_task"),
            report,
            known_workflow_names("regional_task"),
        )
        workflow = _ensure_workflow(
            workflow_name(REGIONAL_REVIEW_WORKFLOW),
            task,
            report,
            known_workflow_names(REGIONAL_REVIEW_WORKFLOW),
        )
        for label in regional:
            content_type = ContentType.objects.get_for_model(apps.get_model(label))
            _assign(
                WorkflowContentType,
                {"content_type": content_type},
                workflow,
                f"{workflow.name}: {label}",
                report,
            )


def _ensure_task(model, name: str, report: RolesReport, known=()):
    """The task of this name, or the one it had before (another language, an earlier
    version), renamed."""
    task = model.objects.filter(name=name).first() or model.objects.filter(name__in=known).first()
    if task is None:
        task = model.objects.create(name=name)
        report.created.append(f"task {name}")
        return task
    if task.name != name:
        report.updated.append(f"task {task.name} renamed {name}")
        task.name = name
        task.save(update_fields=["name"])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        report.updated.append(f"task {name} reactivated")
    return task


def _ensure_workflow(name: str, task: Task, report: RolesReport, known=()) -> Workflow:
    workflow = Workflow.objects.filter(name=name).first() or Workflow.objects.filter(name__in=known).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        report.created.append(f"workflow {name}")
    elif workflow.name != name:
        report.updated.append(f"workflow {workflow.name} renamed {name}")
        workflow.name = name
        workflow.save(update_fields=["name"])
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        report.updated.append(f"workflow {name} reactivated")
    if list(workflow.workflow_tasks.values_list("task_id", flat=True)) != [task.pk]:
        workflow.workflow_tasks.all().delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        report.updated.append(f"workflow {name}: one step, {task.name}")
    return workflow


def _assign(model, lookup: dict, workflow: Workflow, label: str, report: RolesReport) -> None:
    row = model.objects.filter(**lookup).first()
    if row is None:
        model.objects.create(workflow=workflow, **lookup)
        report.created.append(label)
    elif row.workflow_id != workflow.pk:
        row.workflow = workflow
        row.save(update_fields=["workflow"])
        report.updated.append(label)


def _retire_stock_groups_and_workflow(report: RolesReport) -> None:
    """Wagtail's first migrations make "Moderators" and "Editors" with rights on the root of
    the tree (every site) and a "Moderators approval" workflow on it. Ours replace them; they
    go while unused, so nobody is put into a group that reaches every hub by mistake."""
    for group in Group.objects.filter(name__in=STOCK_GROUPS, user__isnull=True):
        group.delete()
        report.updated.append(f"removed Wagtail's stock group {group.name}")
    stock = Workflow.objects.filter(name=STOCK_WORKFLOW).first()
    if stock is not None and not WorkflowState.objects.filter(workflow=stock).exists():
        tasks = list(Task.objects.filter(workflow_tasks__workflow=stock))
        stock.delete()
        for task in tasks:
            if not task.workflow_tasks.exists() and not task.task_states.exists():
                task.delete()
        report.updated.append(f"removed Wagtail's stock workflow {STOCK_WORKFLOW}")
