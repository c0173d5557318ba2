"""Admin hooks of the imprint (cms.core.imprint): the dashboard warns about incomplete ones."""

from wagtail import hooks

from cms.core.imprint import IncompleteImprintsPanel


@hooks.register("construct_homepage_panels")
def warn_about_incomplete_imprints(request, panels):
    panel = IncompleteImprintsPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)
