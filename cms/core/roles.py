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
#: A hub's contact messages: read by the roles of that hub only (a permission on the Site, as
#: for the regional libraries). Model label -> name of the Site field.
CONTACT_MESSAGES = {"hubs.ContactSubmission": "site"}
#: The kinds of site that have a contact form (the hubs).
CONTACT_SITE_KINDS = ("hub",)
#: What every role may do besides its site's content.
BASE_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
#: Names of the review workflows and their tasks, as editors read them in the admin. They are
#: stored in the database (Wagtail's workflow and task names are content, not interface
#: strings), so they are declared here in each language and set in the site's default
#: language (``LANGUAGE_CODE``), like the site names of ``CIMIS_SITES``.
WORKFLOW_NAMES = {
    "de": {
        "workflow": "Prüfung {site}",
        "task": "Freigabe durch die Moderation {site}",
        "regional": "Prüfung regionaler Bibliothekseinträge",
        "regional_task": "Freigabe durch die Moderation der Region",
    },
    "en": {
        "workflow": "Review {site}",
        "task": "Approval by the moderators of {site}",
        "regional": "Review of regional library items",
        "regional_task": "Approval by the moderators of the region",
    },
}
#: Names given by earlier versions: found and renamed, never duplicated.
LEGACY_WORKFLOW_NAMES = {
    "workflow": "{key} review",
    "task": "{key} moderators approval",
    "regional": "regional library review",
    "regional_task": "regional library review",
}


def workflow_name(kind: str, site: SiteConfig | None = None, language: str | None = None) -> str:
    """A workflow or task name (``kind`` of ``WORKFLOW_NAMES``) in ``language`` (default: the
    site's default language). The site is named without the "CIMIS" brand the admin already
    carries: "Prüfung Hub Meißen"."""
    from django.conf import settings

    language = language or settings.LANGUAGE_CODE
    names = WORKFLOW_NAMES.get(language.split("-")[0], WORKFLOW_NAMES["en"])
    site_name = ""
    if site is not None:
        site_name = (site.name_en or site.name) if language.startswith("en") else site.name
        site_name = site_name.removeprefix("CIMIS ")
    return names[kind].format(site=site_name)


def known_workflow_names(kind: str, site: SiteConfig | None = None) -> list[str]:
    """Every name this workflow or task may have been given (each language, earlier versions)."""
    names = [workflow_name(kind, site, language) for language in WORKFLOW_NAMES]
    names.append(LEGACY_WORKFLOW_NAMES[kind].format(key=site.key if site else ""))
    return list(dict.fromkeys(names))


#: The workflow of the regional libraries: approved by whoever may publish the item.
REGIONAL_REVIEW_WORKFLOW = "regional"


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
    #: On the contact messages sent through its own site's contact form.
    contact_actions: tuple[str, ...] = ()


MODERATORS = RoleKind(
    key="moderators",
    page_actions=("add", "change", "publish", "bulk_delete", "lock", "unlock"),
    media_actions=("add", "change", "delete", "choose"),
    settings_actions=("change",),
    library_actions=("add", "change", "delete", "publish", "lock", "unlock"),
    approves=True,
    contact_actions=("view",),
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
        return workflow_name("workflow", self.site)

    @property
    def task_name(self) -> str:
        return workflow_name("task", self.site)

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


def contact_models() -> list[str]:
    """The installed models of contact messages."""
    return [label for label in CONTACT_MESSAGES if _installed(label)]


def reads_contact_messages(role: "Role") -> tuple[str, ...]:
    """What a role may do with its own site's contact messages (none on a site without a form)."""
    return role.kind.contact_actions if role.site.kind in CONTACT_SITE_KINDS else ()


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
