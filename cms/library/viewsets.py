"""The admin of the library: one snippet viewset per model, grouped in a "Library" menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.permissions import ObjectPermissionViewSetMixin
from cms.core.stale_edits import StaleAwareSnippetEditView
from cms.library.deletion import LibraryDeleteView
from cms.library.models import AITool, InnovationSpace, MethodCard, Partner, Person, Testimonial


def status_columns():
    # Labels given lazily: the columns are built once, at start-up, not per request.
    return [
        LocaleColumn(label=_("Locale")),
        LiveStatusTagColumn(label=_("Status")),
        UpdatedAtColumn(label=_("Updated")),
    ]


class LibraryViewSet(ObjectPermissionViewSetMixin, SnippetViewSet):
    """Per-object permissions (an innovation space belongs to its region's editors), see
    cms.core.permissions."""

    list_per_page = 50
    # Refuses while pages use the item, and deletes a source's translations with it.
    delete_view_class = LibraryDeleteView
    delete_template_name = "library/admin/confirm_delete.html"
    # Refuses a stale edit form posted without JavaScript (cms.core.stale_edits).
    edit_view_class = StaleAwareSnippetEditView
    copy_view_enabled = True
    inspect_view_enabled = True


class MethodCardViewSet(LibraryViewSet):
    model = MethodCard
    icon = "clipboard-list"
    menu_label = _("Method cards")
    list_display = ["title", "phase", "duration_minutes", "difficulty", *status_columns()]
    list_filter = ["phase", "difficulty", "live"]
    ordering = ["title"]


class AIToolViewSet(LibraryViewSet):
    model = AITool
    icon = "cogs"
    menu_label = _("AI tools")
    list_display = ["name", "vendor", "category", "pricing", "data_location", *status_columns()]
    list_filter = ["category", "pricing", "data_location", "gdpr_compliant", "live"]
    ordering = ["name"]


class PartnerViewSet(LibraryViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "region", *status_columns()]
    list_filter = ["kind", "region", "live"]
    ordering = ["name"]


class PersonViewSet(LibraryViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "role", "organisation", "region", *status_columns()]
    list_filter = ["role", "region", "live"]
    ordering = ["name"]


class TestimonialViewSet(LibraryViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    list_display = ["__str__", *status_columns()]
    list_filter = ["live"]


class InnovationSpaceViewSet(LibraryViewSet):
    model = InnovationSpace
    icon = "site"
    menu_label = _("Innovation spaces")
    list_display = ["name", "kind", "city", "region", *status_columns()]
    list_filter = ["kind", "region", "live"]
    ordering = ["name"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "folder-open-inverse"
    menu_name = "library"
    menu_order = 150
    items = (
        MethodCardViewSet,
        AIToolViewSet,
        PartnerViewSet,
        PersonViewSet,
        TestimonialViewSet,
        InnovationSpaceViewSet,
    )
