"""The state of every page and library item of a site in every target language.

States: "current" (translated, and the German source has not changed since), "outdated"
(the German source was published after its translation was last synced), "missing" (no
translation, or only an alias that shows the German text)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from cms.library.models import AITool, InnovationSpace, MethodCard, Partner, Person, Testimonial

CURRENT, OUTDATED, MISSING = "current", "outdated", "missing"
STATE_LABELS = {CURRENT: _("Translated and current"), OUTDATED: _("Out of date"), MISSING: _("Missing")}
LIBRARY_MODELS = (MethodCard, AITool, Partner, Person, Testimonial, InnovationSpace)


@dataclass
class Cell:
    state: str
    url: str
    locale_id: int | None = None
    #: ``url`` is wagtail-localize's "translate" form: a POST of the locale creates the translation.
    creates: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Row:
    title: str
    kind: str
    source_url: str
    cells: dict
    instance: object = None


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"))


def submit_url(url: str, locale) -> str:
    """wagtail-localize's "translate" form with the missing language already ticked."""
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def _state(source_changed_at, source, version, is_alias) -> str:
    if version is None or is_alias:
        return MISSING
    if source is not None and source_changed_at and source_changed_at > source.last_updated_at:
        return OUTDATED
    return CURRENT


def page_rows(site, pages_queryset=None) -> list[Row]:
    source_locale = Locale.get_default()
    root = site.root_page.get_translation_or_none(source_locale) or site.root_page
    pages = pages_queryset if pages_queryset is not None else Page.objects.all()
    pages = list(
        pages.descendant_of(root, inclusive=True)
        .filter(locale=source_locale, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )
    keys = [page.translation_key for page in pages]
    sources = {
        s.object_id: s for s in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    rows = []
    targets = target_locales()
    versions = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.filter(translation_key__in=keys, locale__in=targets).only(
            "id", "translation_key", "locale_id", "alias_of_id"
        )
    }
    for page in pages:
        cells = {}
        source = sources.get(page.translation_key)
        for locale in targets:
            version = versions.get((page.translation_key, locale.pk))
            is_alias = version is not None and version.alias_of_id is not None
            state = _state(page.last_published_at, source, version, is_alias)
            if (
                state == MISSING
            ):  # no version, or an alias: the "translate" form makes a translation of either
                url = submit_url(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), locale)
            elif state == OUTDATED:
                url = reverse("wagtail_localize:update_translations", args=[source.pk])
            else:
                url = reverse("wagtailadmin_pages:edit", args=[version.pk])
            cells[locale.language_code] = Cell(state, url, locale.pk, creates=state == MISSING)
        rows.append(
            Row(
                title=page.title,
                kind=page.content_type.model_class()._meta.verbose_name,
                source_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                cells=cells,
            )
        )
    return rows


def library_rows(site=None) -> list[Row]:
    """Library items; for a hub, only the innovation spaces of its region."""
    source_locale = Locale.get_default()
    targets = target_locales()
    rows = []
    for model in LIBRARY_MODELS:
        items = model.objects.filter(locale=source_locale).order_by("pk")
        if site is not None:
            if model is not InnovationSpace:
                continue
            items = items.filter(region=site)
        items = list(items)
        keys = [item.translation_key for item in items]
        sources = {
            s.object_id: s for s in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
        }
        versions = {
            (v.translation_key, v.locale_id): v
            for v in model.objects.filter(translation_key__in=keys, locale__in=targets)
        }
        meta = model._meta
        for item in items:
            cells = {}
            source = sources.get(item.translation_key)
            for locale in targets:
                version = versions.get((item.translation_key, locale.pk))
                state = _state(item.last_published_at, source, version, is_alias=False)
                if state == MISSING:
                    url = submit_url(
                        reverse(
                            "wagtail_localize:submit_snippet_translation",
                            args=[meta.app_label, meta.model_name, item.pk],
                        ),
                        locale,
                    )
                elif state == OUTDATED:
                    url = reverse("wagtail_localize:update_translations", args=[source.pk])
                else:
                    url = reverse(
                        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[version.pk]
                    )
                cells[locale.language_code] = Cell(state, url, locale.pk, creates=state == MISSING)
            rows.append(
                Row(
                    title=str(item),
                    kind=meta.verbose_name,
                    source_url=reverse(
                        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[item.pk]
                    ),
                    cells=cells,
                    instance=item,
                )
            )
    return rows


@dataclass
class BacklogRow:
    """A page or library item whose translation into ``language`` is missing or out of date."""

    site: str
    title: str
    kind: str
    language: str
    state: str
    url: str
    source_url: str
    locale_id: int | None = None
    creates: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]


def translation_backlog(user) -> list[BacklogRow]:
    """What the user's hub still has to translate: every page the user may edit (and, on a
    hub, its innovation spaces; on the platform, the shared libraries, for those who edit
    them) whose translation is missing or out of date, out of date first. For the hub
    dashboard."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from cms.core.models import SiteSettings
    from cms.core.permissions import may_edit

    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    backlog = []
    for settings_row in (
        SiteSettings.objects.select_related("site").exclude(key=None).order_by("display_name")
    ):
        site = settings_row.site
        if not editable.descendant_of(site.root_page, inclusive=True).exists():
            continue
        rows = page_rows(site, editable)
        library_site = None if site.is_default_site else site
        library = [row for row in library_rows(library_site) if _may_edit_source(user, row, may_edit)]
        for row in [*rows, *library]:
            for language, cell in row.cells.items():
                if cell.state != CURRENT:
                    backlog.append(
                        BacklogRow(
                            site=settings_row.display_name,
                            title=row.title,
                            kind=str(row.kind),
                            language=language,
                            state=cell.state,
                            url=cell.url,
                            source_url=row.source_url,
                            locale_id=cell.locale_id,
                            creates=cell.creates,
                        )
                    )
    backlog.sort(key=lambda row: row.state != OUTDATED)
    return backlog


def _may_edit_source(user, row, may_edit) -> bool:
    return getattr(row, "instance", None) is None or may_edit(user, row.instance)
