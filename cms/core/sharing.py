"""What search engines and link previews read: meta description, canonical URL, OpenGraph and
Twitter cards, and schema.org JSON-LD.

The subject of a response is its page, or the library item a library page shows at its own URL
(``page.context_object_name`` names it in the context, see sites.platform.models.library).
Page types add structured data of their own with a ``structured_data(request, sharing)``
method returning a dict (EventPage does), home pages describe the site's organisation.
"""

import json
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Page

from cms.core import request_memo
from cms.core.i18n import content_language, is_untranslated_alias, real_translations
from cms.core.network import network

#: Language code → OpenGraph locale.
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
#: Large link-preview images (1.91:1); logos are scaled, never cropped.
OG_IMAGE_SPEC = "fill-1200x630"
OG_LOGO_SPEC = "max-1200x630"
DESCRIPTION_LENGTH = 300
NETWORK_NAME = "Cross Innovation Made in Saxony (CIMIS)"

# The escapes of django.utils.html.json_script: no "</script>" or "<!--" can end the element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass
class SharingImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class Sharing:
    """Everything the meta include renders; ``canonical`` and ``og_url`` are absolute."""

    title: str
    description: str
    site_name: str
    og_type: str = "article"
    canonical: str = ""
    og_url: str = ""
    locale: str = ""
    locale_alternates: list[str] = field(default_factory=list)
    image: SharingImage | None = None
    json_ld: list[dict] = field(default_factory=list)
    noindex: bool = False


def json_ld_script(data) -> str:
    """A ``<script type="application/ld+json">`` element, escaped as Django's json_script does.
    Browsers do not run this type, so the Content-Security-Policy's script-src does not apply."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    # Safe: JSON with <, > and & escaped as json_script does, so nothing can end the element.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _image(image, spec, request) -> SharingImage | None:
    if image is None or image.is_svg():
        return None
    rendition = image.get_rendition(spec)
    return SharingImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=image.alt_text,
    )


def _subject(context):
    """(page, library item or None)."""
    page = context.get("page")
    name = getattr(page, "context_object_name", None)
    item = context.get(name) if name else None
    if isinstance(item, Page):
        # Wagtail's own Page.context_object_name puts the page itself there on index views.
        item = None
    return page, item


def _description(*candidates) -> str:
    for text in candidates:
        text = " ".join((text or "").split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def _is_home(page, site_entry) -> bool:
    return site_entry is not None and page.translation_key == site_entry.home.translation_key


def build_sharing(context) -> Sharing | None:
    request = context.get("request")
    if request is None:
        return None
    entries = network(request)
    here = next((entry for entry in entries if entry.current), None)
    site_settings = here.settings if here else None
    site_name = site_settings.localized_display_name if site_settings else NETWORK_NAME
    page, item = _subject(context)
    found = {}

    def site_home():
        """The site's home (specific), read only when a description or image falls back to it."""
        if "home" not in found:
            found["home"] = None
            if here is not None:
                on_home = getattr(page, "pk", None) == here.home.pk
                found["home"] = page if on_home else here.home.specific
        return found["home"]

    def site_description() -> str:
        home = site_home()
        return _description(
            getattr(home, "search_description", ""),
            getattr(home, "intro", ""),
            _("%(site)s is part of Cross Innovation Made in Saxony (CIMIS).") % {"site": site_name},
        )

    language = translation.get_language()

    sharing = Sharing(
        title=site_name,
        description="",
        site_name=site_name,
        locale=OG_LOCALES.get(language, language),
        noindex=bool(context.get("noindex")),
    )
    if item is not None:
        from cms.library.links import library_url

        sharing.title = str(item)
        sharing.description = _description(getattr(item, "summary", "")) or site_description()
        url = library_url(item, request)
        sharing.canonical = request.build_absolute_uri(url or request.path)
        item_locale = request_memo.locale_by_id(item.locale_id) or item.locale
        item_language = item_locale.language_code
        sharing.locale = OG_LOCALES.get(item_language, item_language)
        others = item.get_translations().filter(live=True).values_list("locale__language_code", flat=True)
        sharing.locale_alternates = [OG_LOCALES.get(code, code) for code in sorted(others)]
        picture = getattr(item, "image", None) or getattr(item, "logo", None)
        sharing.image = _image(
            picture, OG_IMAGE_SPEC if getattr(item, "image", None) else OG_LOGO_SPEC, request
        )
    elif page is not None and hasattr(page, "translation_key"):
        sharing.title = page.seo_title or page.title
        sharing.description = (
            _description(page.search_description, getattr(page, "intro", "")) or site_description()
        )
        if is_untranslated_alias(page):
            # An English alias shows the German page: that one is the page to index.
            source = page.alias_of
            sharing.canonical = source.get_full_url(request)
            sharing.noindex = True
        else:
            sharing.canonical = page.get_full_url(request)
        code = content_language(page)
        sharing.locale = OG_LOCALES.get(code, code)
        versions = real_translations(page)
        sharing.locale_alternates = [OG_LOCALES.get(c, c) for c in sorted(versions) if c != code]
        sharing.image = _image(getattr(page, "hero_image", None), OG_IMAGE_SPEC, request)
        if _is_home(page, here):
            sharing.og_type = "website"
            sharing.json_ld.append(organisation_data(here, entries, request))
        structured = getattr(page.specific, "structured_data", None)
        if callable(structured):
            sharing.json_ld.append(structured(request, sharing))
    if not sharing.description:
        sharing.description = site_description()
    if sharing.image is None and site_settings is not None:
        sharing.image = _image(site_settings.logo, OG_LOGO_SPEC, request)
    if sharing.image is None and site_home() is not None:
        sharing.image = _image(getattr(site_home(), "hero_image", None), OG_IMAGE_SPEC, request)
    sharing.og_url = sharing.canonical or request.build_absolute_uri(request.path)
    if sharing.noindex and item is None and page is None:
        sharing.canonical = ""
    return sharing


def organisation_ref(entry) -> dict:
    return {"@type": "Organization", "name": entry.name, "url": entry.url}


def organisation_data(entry, entries, request) -> dict:
    """schema.org Organization of a site: the hubs are members of the network, whose central
    site (the learning platform) lists them; each names the partner that runs it."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": entry.name,
        "url": entry.url,
    }
    logo = _image(entry.settings.logo, OG_LOGO_SPEC, request)
    if logo is not None:
        data["logo"] = logo.url
    if entry.settings.partner_name:
        parent = {"@type": "Organization", "name": entry.settings.partner_name}
        if entry.settings.partner_url:
            parent["url"] = entry.settings.partner_url
        data["parentOrganization"] = parent
    centre = next((other for other in entries if not other.is_hub), None)
    network_data = {"@type": "Organization", "name": NETWORK_NAME}
    if centre is not None:
        network_data["url"] = centre.url
    data["memberOf"] = network_data
    if not entry.is_hub:
        data["member"] = [organisation_ref(other) for other in entries if other.is_hub]
    return data
