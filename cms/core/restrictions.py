"""One privacy setting for a page in every language.

Wagtail keeps a view restriction (password, login, groups) on one page row. The English
translation or alias of a German page is another row, so a restriction set on the German page
after its English copy exists left the copy public: listed by the API, site search, the
English indexes and feeds. Every place that lists pages asks Wagtail's ``.public()`` (or the
API's equivalent), which looks at restrictions by tree path, so the rule is kept at the
source: whatever restriction one version of a page carries, every other version (same
``translation_key``: translations and aliases) carries too, in either direction and
whichever was made first.

- Setting, changing or removing a restriction (the admin's privacy dialog, the shell, a
  migration) copies it to the page's other versions.
- A new translation or alias gets the restriction of its source (Wagtail copies it when the
  new parent is unrestricted; ``copy_for_translation_done`` covers the rest).
- A restriction that disappears because its page is being deleted is not a removal: the
  other versions keep theirs.
"""

from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import copy_for_translation_done

#: Set while this module writes restrictions, so its own writes do not trigger it again.
_syncing: ContextVar[bool] = ContextVar("cimis_restriction_sync", default=False)
#: Pages on their way out in the current deletion.
_deleting: ContextVar[frozenset] = ContextVar("cimis_pages_being_deleted", default=frozenset())


def signature(restriction) -> tuple:
    return (
        restriction.restriction_type,
        restriction.password,
        tuple(sorted(restriction.groups.values_list("pk", flat=True))),
    )


def restrictions_of(page_id: int) -> set[tuple]:
    return {signature(r) for r in PageViewRestriction.objects.filter(page_id=page_id)}


def versions_of(page):
    """The page's other versions: its translations and aliases in every language."""
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def apply_restrictions(page_id: int, wanted: set[tuple]) -> bool:
    """Give one page exactly the wanted restrictions; False when it already had them."""
    if restrictions_of(page_id) == wanted:
        return False
    token = _syncing.set(True)
    try:
        for restriction in PageViewRestriction.objects.filter(page_id=page_id):
            restriction.delete()
        for restriction_type, password, group_ids in sorted(wanted):
            copy = PageViewRestriction(page_id=page_id, restriction_type=restriction_type, password=password)
            copy.save()
            copy.groups.set(group_ids)
    finally:
        _syncing.reset(token)
    return True


def sync_versions(page) -> int:
    """Copy the page's restrictions to its other versions; returns how many changed."""
    wanted = restrictions_of(page.pk)
    return sum(apply_restrictions(other.pk, wanted) for other in versions_of(page).only("pk"))


def sync_all() -> int:
    """Bring every restricted page's versions in line (for data made before this rule)."""
    changed = 0
    for restriction in PageViewRestriction.objects.select_related("page").order_by("pk"):
        changed += sync_versions(restriction.page)
    return changed


# --- Signal handlers -----------------------------------------------------------------------


def restriction_saved(sender, instance, raw=False, **kwargs):
    if raw or _syncing.get():
        return
    sync_versions(instance.page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if _syncing.get() or action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PageViewRestriction):
        sync_versions(instance.page)


def page_about_to_be_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _deleting.set(_deleting.get() | {instance.pk})


def restriction_deleted(sender, instance, **kwargs):
    if _syncing.get() or instance.page_id in _deleting.get():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync_versions(page)


def page_deleted(sender, instance, **kwargs):
    # The row of wagtailcore.Page goes last, after the page type's own row and the
    # restrictions that point at it: only then is the page gone.
    if sender is Page and instance.pk in _deleting.get():
        _deleting.set(_deleting.get() - {instance.pk})


def translation_copied(sender, source_obj, target_obj, **kwargs):
    if isinstance(source_obj, Page) and isinstance(target_obj, Page):
        sync_versions(source_obj)


def connect() -> None:
    uid = "cimis_restrictions_"
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid=uid + "saved")
    post_delete.connect(restriction_deleted, sender=PageViewRestriction, dispatch_uid=uid + "deleted")
    m2m_changed.connect(
        restriction_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid=uid + "groups"
    )
    pre_delete.connect(page_about_to_be_deleted, dispatch_uid=uid + "page_deleting")
    post_delete.connect(page_deleted, dispatch_uid=uid + "page_deleted")
    copy_for_translation_done.connect(translation_copied, dispatch_uid=uid + "translated")
