"""The admin's own API (``/admin/api/main/images/`` and ``documents/``), limited to what the
signed-in user may choose.

Wagtail registers these endpoints for its choosers and lists every image and document in
them to anyone with admin access, whatever their collection permissions: a regional editor
saw the other hubs' media there. Here they answer only items in collections where the user
has the "choose" permission, as the choosers themselves do.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


class ChoosableOnlyMixin:
    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        collections = policy.collections_user_has_any_permission_for(self.request.user, ["choose"])
        return super().get_queryset().filter(collection__in=collections)


class ChoosableImagesAdminAPIViewSet(ChoosableOnlyMixin, ImagesAdminAPIViewSet):
    pass


class ChoosableDocumentsAdminAPIViewSet(ChoosableOnlyMixin, DocumentsAdminAPIViewSet):
    pass


def register(router) -> None:
    """Replace Wagtail's admin endpoints of the same names (hook ``construct_admin_api``)."""
    router.register_endpoint("images", ChoosableImagesAdminAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAdminAPIViewSet)
