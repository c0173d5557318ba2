"""Who may do what in the admin: the roles of every configured site, declared once.

Every site of ``CIMIS_SITES`` gets two groups, ``<key> moderators`` and ``<key> editors``.
What a group may do follows only from its site's kind and its role, so a new hub is a
configuration change. ``manage.py setup_roles`` (also run by ``bootstrap_sites``) creates or
repairs the groups, their permissions and the review workflows from this declaration
(``cms.core.role_setup``); administrators are superusers and need no group.
"""

from dataclasses import dataclass

from django.apps import apps

from cms.core.sites import SiteConfig, configured_sites

#: The shared libraries: edited only by the platform's roles, chosen by everyone.
SHARED_LIBRARY = (
    "library.MethodCard",
    "library.AITool",
    "library.Partner",
    "library.Person",
    "library.Testimonial",
)
#: Libraries whose items belong to a hub region (a foreign key to the hub's Site): each item
#: is edited only by the roles of its region. Model label -> name of the Site field.
REGIONAL_LIBRARY = {
    "library.InnovationSpace": "region",
}
#: Which site kind edits which library.
LIBRARIES_BY_SITE_KIND = {
    "platform": tuple(SHARED_LIBRARY),
    "hub": tuple(REGIONAL_LIBRARY),
}
#: The kind of site whose media collection is the shared one (the platform's).
SHARED_COLLECTION_SITE_KIND = "platform"
#: Everyone may pick the shared collection's images and documents; only its own site edits it.
SHARED_COLLECTION_ACTIONS = ("choose",)
#: What every role may do besides its site's content.
BASE_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
#: The workflow of the regional libraries: approved by whoever may publish the item.
REGIONAL_REVIEW_WORKFLOW = "regional library review"


@dataclass(frozen=True)
class RoleKind:
    """What a role may do on its own site."""

    key: str
    #: On the site's root page in every language (and so on the whole tree below).
    page_actions: tuple[str, ...]
    #: On the images and documents of the site's own collection.
    media_actions: tuple[str, ...]
    #: On the site's settings (every registered per-site setting).
    settings_actions: tuple[str, ...]
    #: On the library items of its site kind (for a regional library: of its region only).
    library_actions: tuple[str, ...]
    #: Approves or rejects what is submitted for review on its site.
    approves: bool


MODERATORS = RoleKind(
    key="moderators",
    page_actions=("add", "change", "publish", "bulk_delete", "lock", "unlock"),
    media_actions=("add", "change", "delete", "choose"),
    settings_actions=("change",),
    library_actions=("add", "change", "delete", "publish", "lock", "unlock"),
    approves=True,
)
# Editors prepare changes and submit them for review. They do not publish, so they neither
# edit site settings (which go live at once) nor delete anything published. They upload media
# and may change their own uploads, not others' (for Wagtail's media, "change" includes
# "delete").
EDITORS = RoleKind(
    key="editors",
    page_actions=("add", "change"),
    media_actions=("add", "choose"),
    settings_actions=(),
    library_actions=("add", "change"),
    approves=False,
)
ROLE_KINDS = (MODERATORS, EDITORS)


@dataclass(frozen=True)
class Role:
    """One group: a role on one site."""

    site: SiteConfig
    kind: RoleKind

    @property
    def group_name(self) -> str:
        return group_name(self.site.key, self.kind.key)

    @property
    def libraries(self) -> tuple[str, ...]:
        """The library models this role edits (only those installed)."""
        return tuple(label for label in LIBRARIES_BY_SITE_KIND.get(self.site.kind, ()) if _installed(label))

    @property
    def owns_shared_collection(self) -> bool:
        return self.site.kind == SHARED_COLLECTION_SITE_KIND


@dataclass(frozen=True)
class SiteWorkflow:
    """The review of one site's pages (and, for the platform, the shared libraries)."""

    site: SiteConfig

    @property
    def name(self) -> str:
        return f"{self.site.key} review"

    @property
    def task_name(self) -> str:
        return f"{self.site.key} moderators approval"

    @property
    def approvers(self) -> str:
        return group_name(self.site.key, MODERATORS.key)

    @property
    def libraries(self) -> tuple[str, ...]:
        """Library models whose review this workflow is (the shared ones go to the platform)."""
        if self.site.kind != SHARED_COLLECTION_SITE_KIND:
            return ()
        return tuple(label for label in SHARED_LIBRARY if _installed(label))


def group_name(site_key: str, kind_key: str) -> str:
    return f"{site_key} {kind_key}"


def declared_roles() -> list[Role]:
    return [Role(site=site, kind=kind) for site in configured_sites() for kind in ROLE_KINDS]


def declared_workflows() -> list[SiteWorkflow]:
    return [SiteWorkflow(site=site) for site in configured_sites()]


def regional_libraries() -> dict[str, str]:
    """The installed regional library models: label -> name of their Site field."""
    return {label: field for label, field in REGIONAL_LIBRARY.items() if _installed(label)}


def role_for(site_key: str, kind_key: str) -> Role:
    for role in declared_roles():
        if (role.site.key, role.kind.key) == (site_key, kind_key):
            return role
    raise KeyError((site_key, kind_key))


def _installed(label: str) -> bool:
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True
