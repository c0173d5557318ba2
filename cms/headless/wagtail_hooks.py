"""The admin's side of the API: "Preview in front end" for pages and library items, and the
admin's own media endpoints limited to what the user may choose."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.models import Page

from cms.core.permissions import may_edit

from . import preview


class HeadlessPreviewMenuItem(ActionMenuItem):
    """Opens the item's latest saved draft in the external front end (headless preview)."""

    label = _("Preview in front end")
    icon_name = "view"
    order = 15

    def _object(self, context):
        return context.get("page") or context.get("instance")

    def is_shown(self, context):
        obj = self._object(context)
        return (
            context.get("view") == "edit"
            and obj is not None
            and obj.pk is not None
            and may_edit(context["request"].user, obj)
        )

    def get_url(self, parent_context):
        obj = self._object(parent_context)
        model = type(obj.specific) if isinstance(obj, Page) else type(obj)
        return reverse("api_open_preview", args=[model._meta.app_label, model._meta.model_name, obj.pk])


@hooks.register("register_page_action_menu_item")
def page_headless_preview():
    return HeadlessPreviewMenuItem()


@hooks.register("register_snippet_action_menu_item")
def snippet_headless_preview(model):
    from cms.api.endpoints import SnippetEndpoint
    from cms.api.router import api_router

    endpoint = api_router.get_model_endpoint(model)
    if endpoint is not None and issubclass(endpoint[1], SnippetEndpoint):
        return HeadlessPreviewMenuItem()
    return None


@hooks.register("register_admin_urls")
def preview_urls():
    return [
        path(
            "api/preview/<str:app_label>/<str:model_name>/<int:pk>/",
            preview.open_preview,
            name="api_open_preview",
        )
    ]


# After Wagtail's own hooks (order): the last registration of an endpoint name wins.
@hooks.register("construct_admin_api", order=100)
def admin_api_choosable_media_only(router):
    from .admin_media import register

    register(router)
