"""Per-object rules that Wagtail's admin does not enforce on its own.

Wagtail's snippet permissions are model-wide, and most snippet views check only the model.
Here a regional library item (an innovation space) is governed by a permission on the Site of
its region (``SitePermissionPolicy``, the mechanism Wagtail uses for per-site settings), and
the snippet views of the library ask of each object what they ask of the model.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.action_menu import get_base_snippet_action_menu_items
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from cms.core.roles import regional_libraries

#: Having any of these on an item means the item is "yours" in listings and choosers.
ITEM_ACTIONS = ("add", "change", "delete", "publish", "view")


def register_policies() -> None:
    """Called from CoreConfig.ready(): Wagtail wants custom policies before any lookup."""
    for label, site_field in regional_libraries().items():
        model = apps.get_model(label)
        register_permission_policy(model, SitePermissionPolicy(model, site_field_name=site_field))


def may_edit(user, obj) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return policy_registry.get(obj).user_has_permission_for_instance(user, "change", obj)


def may_publish(user, obj) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    return policy_registry.get(obj).user_has_permission_for_instance(user, "publish", obj)


def may_delete(user, obj) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_delete()
    return policy_registry.get(obj).user_has_permission_for_instance(user, "delete", obj)


def items_of(user, model):
    """The items of a snippet model this user has any right on."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, ITEM_ACTIONS)


def choosable(user, model):
    """What a chooser offers: published items to everyone, drafts only to those with a right
    on them (a draft of another region's item is not for your pages)."""
    queryset = model._default_manager.all()
    if user.is_superuser or not issubclass(model, DraftStateMixin):
        return queryset
    return queryset.filter(Q(live=True) | Q(pk__in=items_of(user, model).values("pk")))


def choosable_pages(user, pages=None):
    """What the page chooser offers: any published page, drafts only of pages the user may
    explore (a draft of another hub is not for your links). The chooser hook and the server's
    check of submitted forms both ask this."""
    pages = Page.objects.all() if pages is None else pages
    if user.is_superuser:
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    return pages.filter(Q(live=True) | Q(pk__in=explorable.values("pk")))


# --- Snippet views --------------------------------------------------------------------------


class ObjectPermissionMixin:
    """Asks of the object what the view asks of the model: a view that needs "change" on
    the model needs "change" on this item (for a regional item: on its region), and the create
    and edit views offer and accept "publish" only from those who may publish this item."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        actions = self._object_actions()
        if actions and self._is_stored_item(obj) and not self._may(actions, obj):
            raise PermissionDenied
        return obj

    def user_has_permission(self, permission):
        allowed = super().user_has_permission(permission)
        obj = getattr(self, "object", None)
        if allowed and self._is_stored_item(obj):
            allowed = self._may([permission], obj)
        return allowed

    # Publishing from the create and edit forms. Wagtail offers the publish button to whoever
    # holds the model's "publish" permission and accepts the publish action from whoever may
    # publish any instance (for a regional item: on any site), so both are asked again here of
    # the item itself. A publish action the user may not take falls back to saving a draft,
    # which is what Wagtail does with an action that is not available.

    def get_available_actions(self):
        actions = list(super().get_available_actions())
        obj = getattr(self, "object", None)
        if "publish" in actions and self._is_stored_item(obj) and not self._may(["publish"], obj):
            actions.remove("publish")
        return actions

    def form_valid(self, form):
        # On create, the item's region is known only now; on edit, the form may have moved it.
        if getattr(self, "action", None) == "publish" and not self._may(["publish"], form.instance):
            self.action = "create" if self.view_name == "create" else "edit"
            self.saving_as_draft = self.draftstate_enabled
        return super().form_valid(form)

    def _get_action_menu(self):
        menu = super()._get_action_menu()
        if not getattr(self, "draftstate_enabled", False):
            return menu
        replaced = {
            item.name: item
            for item in get_base_snippet_action_menu_items(self.model)
            if item.name in ("action-publish", "action-unpublish")
        }
        items = [item for item in (menu.default_item, *menu.menu_items) if item is not None]
        items = [item for item in items if item.name not in replaced]
        if self._may_publish_from_form() and not getattr(self, "locked_for_user", False):
            shown = ["action-publish"]
            if self.view_name == "edit" and self.object.live:
                shown.append("action-unpublish")
            for name in shown:
                if name in replaced:
                    item = replaced[name]
                    at = next((i for i, other in enumerate(items) if other.order > item.order), len(items))
                    items.insert(at, item)
        menu.default_item = items.pop(0) if items else None
        menu.menu_items = items
        return menu

    def _may_publish_from_form(self) -> bool:
        """On edit: may publish this item. On create: may publish wherever the form lets the
        user file the new item (for a regional item: in every region it may be filed under)."""
        user = self.request.user
        obj = getattr(self, "object", None)
        if self._is_stored_item(obj):
            return self._may(["publish"], obj)
        policy = policy_registry.get_by_type(self.model)
        if not isinstance(policy, SitePermissionPolicy) or user.is_superuser:
            return policy.user_has_permission(user, "publish")
        publishable = policy.sites_user_has_permission_for(user, "publish")
        return (
            publishable.exists()
            and not policy.sites_user_has_permission_for(user, "add")
            .exclude(pk__in=publishable.values("pk"))
            .exists()
        )

    def _is_stored_item(self, obj) -> bool:
        return getattr(obj, "pk", None) is not None and isinstance(obj, self.model)

    def _may(self, actions, obj) -> bool:
        return policy_registry.get(obj).user_has_any_permission_for_instance(self.request.user, actions, obj)

    def _object_actions(self):
        required = getattr(self, "permission_required", None)
        if isinstance(required, str):
            return [required]
        return list(getattr(self, "any_permission_required", None) or ())


class SiteScopedFormMixin:
    """Offers in the form's site field (an item's region) only the sites where the user may
    save the item, so nobody files an item under someone else's region."""

    site_field_name = "site"
    site_action = "change"

    def __init__(self, *args, **kwargs):
        user = kwargs.get("for_user")
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.site_field_name)
        if field is not None and user is not None and not user.is_superuser:
            policy = policy_registry.get_by_type(self._meta.model)
            allowed = policy.sites_user_has_permission_for(user, self.site_action)
            field.queryset = field.queryset.filter(pk__in=allowed.values("pk"))


class ScopedChooseView(ChooseView):
    def get_object_list(self):
        return choosable(self.request.user, self.model_class)


class ScopedChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return choosable(self.request.user, self.model_class)


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return choosable(self.request.user, self.model_class).get(pk=pk)


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return choosable(self.request.user, self.model_class).filter(pk__in=pks)


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ObjectPermissionViewSetMixin:
    """For a SnippetViewSet: listings show only the items the user has a right on, every view
    of one item checks that item, and choosers hide other people's drafts."""

    chooser_viewset_class = ScopedSnippetChooserViewSet

    def get_queryset(self, request):
        return items_of(request.user, self.model)

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update=for_update)
        policy = policy_registry.get_by_type(self.model)
        if not isinstance(policy, SitePermissionPolicy):
            return form_class
        cache = self.__dict__.setdefault("_site_scoped_forms", {})
        if for_update not in cache:
            cache[for_update] = type(
                form_class.__name__,
                (SiteScopedFormMixin, form_class),
                {"site_field_name": policy.site_field_name, "site_action": "change" if for_update else "add"},
            )
        return cache[for_update]

    def construct_view(self, view_class, **kwargs):
        if hasattr(view_class, "get_object"):
            view_class = type(view_class.__name__, (ObjectPermissionMixin, view_class), {})
        return super().construct_view(view_class, **kwargs)
