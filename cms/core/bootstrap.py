"""Creates or repairs the configured sites: locales, page trees, collections, settings and
legal pages. Idempotent: a second run changes nothing; a changed host name is re-applied."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from cms.core.legal import LEGAL_PAGES
from cms.core.models import LegalPage, SiteSettings
from cms.core.role_setup import setup_roles
from cms.core.sites import SiteConfig, configured_sites
from cms.core.translation import Bilingual, translate

STOCK_WELCOME_TITLE = "Welcome to your new Wagtail site!"


@dataclass
class BootstrapReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def ensure_locales() -> tuple[Locale, Locale]:
    """The source locale (LANGUAGE_CODE, German) and the other content languages."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _ = Locale.objects.get_or_create(language_code=code)
    source = locales[settings.LANGUAGE_CODE]
    targets = [locale for code, locale in locales.items() if code != settings.LANGUAGE_CODE]
    return source, targets


def _remove_stock_welcome_site(report: BootstrapReport) -> None:
    """Wagtail's first migration makes a placeholder site and page; ours replace them."""
    for site in Site.objects.filter(
        root_page__content_type__model="page", root_page__content_type__app_label="wagtailcore"
    ):
        root = site.root_page
        if root.title == STOCK_WELCOME_TITLE and root.numchild == 0:
            site.delete()
            root.delete()
            report.updated.append("removed Wagtail's placeholder site")


def _create_home(config: SiteConfig, source_locale: Locale):
    model = config.root_page_model
    home = model(title=config.name, slug=config.key, locale=source_locale)
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    return home


def _ensure_collection(config: SiteConfig, site_settings: SiteSettings, report: BootstrapReport) -> None:
    if site_settings.collection_id:
        return
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=config.name).first()
    if collection is None:
        collection = root.add_child(name=config.name)
        report.created.append(f"collection {config.name}")
    site_settings.collection = collection
    site_settings.save(update_fields=["collection"])


def _ensure_legal_pages(config, site_settings, home, source_locale, targets, report) -> None:
    partner = escape(config.partner or config.name)
    for kind, text in LEGAL_PAGES.items():
        field_name = f"{kind.value}_page"
        page = getattr(site_settings, field_name)
        strings = Bilingual()
        if page is None:
            page = LegalPage.objects.child_of(home).filter(kind=kind).first()
        if page is None:
            body = "".join(
                f"<p>{strings(de.format(partner=partner), en.format(partner=partner))}</p>"
                for de, en in text["paragraphs"]
            )
            page = LegalPage(
                title=strings(*text["title"]),
                slug=strings(*text["slug"]),
                kind=kind,
                body=body,
                locale=source_locale,
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            report.created.append(f"{config.key}: {kind.label}")
        else:
            for de, en in (text["title"], text["slug"], *text["paragraphs"]):
                strings(de.format(partner=partner), en.format(partner=partner))
        setattr(site_settings, field_name, page)
        site_settings.save(update_fields=[field_name])
        for locale in targets:
            translate(page, locale, strings)


def ensure_site(config: SiteConfig, source_locale, targets, report: BootstrapReport) -> Site:
    port = settings.CIMIS_SITE_PORT
    site_settings = SiteSettings.objects.filter(key=config.key).select_related("site").first()
    if site_settings is None:
        home = _create_home(config, source_locale)
        site = Site.objects.create(
            hostname=config.hostname,
            port=port,
            root_page=home,
            site_name=config.name,
            is_default_site=False,
        )
        site_settings = SiteSettings.objects.create(
            site=site,
            key=config.key,
            display_name=config.name,
            display_name_en=config.name_en,
            partner_name=config.partner,
            partner_url=config.partner_url,
            primary_colour=config.primary_colour,
        )
        report.created.append(f"site {config.key} ({config.hostname})")
    site = site_settings.site
    if (site.hostname, site.port) != (config.hostname, port):
        site.hostname, site.port = config.hostname, port
        site.save(update_fields=["hostname", "port"])
        report.updated.append(f"site {config.key} now at {config.hostname}:{port}")

    if config.name_en and not site_settings.display_name_en and site_settings.display_name == config.name:
        # Sites made before the English name existed get the configured one, unless their
        # editors renamed the site.
        site_settings.display_name_en = config.name_en
        site_settings.save(update_fields=["display_name_en"])
        report.updated.append(f"site {config.key}: English name {config.name_en}")

    home = site.root_page.specific
    for locale in targets:
        translate(home, locale, {config.name: config.name_en} if config.name_en else {})
    _ensure_collection(config, site_settings, report)
    _ensure_legal_pages(config, site_settings, home, source_locale, targets, report)
    return site


def _ensure_default_site(configs: list[SiteConfig]) -> None:
    default_key = next(c.key for c in configs if c.default)
    default_site_id = SiteSettings.objects.get(key=default_key).site_id
    Site.objects.exclude(pk=default_site_id).filter(is_default_site=True).update(is_default_site=False)
    Site.objects.filter(pk=default_site_id, is_default_site=False).update(is_default_site=True)


@transaction.atomic
def bootstrap_sites() -> BootstrapReport:
    report = BootstrapReport()
    configs = configured_sites()
    source_locale, targets = ensure_locales()
    _remove_stock_welcome_site(report)
    for config in configs:
        ensure_site(config, source_locale, targets, report)
    _ensure_default_site(configs)
    # New German pages made in the admin get English aliases until they are translated.
    for locale in targets:
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source_locale})
    # The editor and moderator groups of every site, their permissions and review workflows.
    roles = setup_roles()
    report.created.extend(roles.created)
    report.updated.extend(roles.updated)
    return report
