"""A stale edit form is refused instead of silently overwriting a newer version (issue 10).

Every edit form of a page or of a model with revisions carries the revision it was opened on
(Wagtail's hidden ``loaded_revision_id`` and ``loaded_revision_created_at`` inputs, rendered
on the server). Wagtail compares them with the latest revision (the view's ``is_out_of_date``)
only for its JavaScript autosave; a form posted the ordinary way (no JavaScript, or the save
button before the editing-session check has run) is saved over whatever another person saved
in the meantime. Here such a POST is refused like that autosave: nothing is saved, the form is
shown again with what the user typed, and a message says what happened, with a button that
reloads the newer version.

The form shown again was rendered now, so it carries the newer revision: saving it again is
the user's explicit decision to replace the other version with theirs (as the conflict dialog
of Wagtail's JavaScript offers). A POST without these inputs (not from the admin's form)
cannot be judged and is let through, as Wagtail does.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.views.snippets import EditView as SnippetEditView

CONFLICT = _(
    "Someone else saved a newer version of this %(kind)s after you opened it, so your changes "
    "have not been saved. Reload to see the newer version (your changes are lost), or save "
    "again to replace it with yours."
)
RELOAD = _("Reload the newer version")


class StaleFormRefusalMixin:
    """For an edit view with Wagtail's revision conflict check (``is_out_of_date``)."""

    def posted_form_is_stale(self) -> bool:
        # The autosave's JSON requests are checked by Wagtail itself.
        return self.request.method == "POST" and not self.expects_json_response and self.is_out_of_date

    def add_conflict_message(self, instance, edit_url):
        kind = instance._meta.verbose_name
        messages.error(
            self.request,
            CONFLICT % {"kind": kind},
            buttons=[messages.button(edit_url, RELOAD)],
        )


class StaleAwarePageEditView(StaleFormRefusalMixin, PageEditView):
    def form_valid(self, form):
        if self.posted_form_is_stale():
            self.add_conflict_message(self.page, self.get_edit_url())
            self.has_unsaved_changes = True
            return self.render_to_response(self.get_context_data())
        return super().form_valid(form)

    def form_invalid(self, form):
        if self.posted_form_is_stale():
            self.add_conflict_message(self.page, self.get_edit_url())
        return super().form_invalid(form)


class StaleAwareSnippetEditView(StaleFormRefusalMixin, SnippetEditView):
    """The edit view of the library snippets (``cms.library.viewsets``)."""

    def is_valid(self, form):
        valid = super().is_valid(form)
        if valid and self.posted_form_is_stale():
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = None  # the conflict message says it all
            return False
        return valid

    def form_invalid(self, form):
        if self.posted_form_is_stale():
            self.add_conflict_message(self.object, self.get_edit_url())
        return super().form_invalid(form)


class StaleAwarePageViewSet(PageViewSet):
    """Wagtail's default page views, with the edit view above. Registered for ``Page``, so
    it replaces Wagtail's fallback viewset (``base_page_viewset``) for every page type."""

    model = Page
    edit_view_class = StaleAwarePageEditView


@hooks.register("register_admin_viewset")
def register_stale_aware_page_views():
    return StaleAwarePageViewSet()
