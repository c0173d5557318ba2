from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from cms.core import request_memo
from cms.core.models import BasePage, SiteSettings
from cms.core.sites import configured_sites
from cms.library.links import library_url
from cms.library.models import AITool, MethodCard
from cms.library.models.methods import Phase
from cms.library.models.tools import DataLocation, GDPRCompliance, Pricing, ToolCategory
from cms.library.pdf import CardSetInfo
from cms.library.pdf import cards_pdf as build_cards_pdf
from sites.hubs.models import MatchCategory, MatchPage

COMPARE_MAX = 3
SLUG = r"^(?P<slug>[-\w]+)/$"
#: The file name of the method-card PDF in each language (without ".pdf").
CARDS_PDF_NAMES = {"de": "methodenkarten", "en": "method-cards"}


def choice(request, name, choices) -> str:
    """A filter value from the query string, or "" if it is not one of the choices."""
    value = request.GET.get(name, "")
    return value if value in choices else ""


def translation_urls(item, request) -> dict[str, str]:
    """URLs of an item's live translations, by language: for the switcher and hreflang."""
    urls = {}
    for version in item.get_translations(inclusive=True).filter(live=True).select_related("locale"):
        url = library_url(version, request)
        if url:
            urls[version.locale.language_code] = url
    return urls


class LibraryIndexPage(RoutablePageMixin, BasePage):
    """Shared behaviour of the platform pages that give library items their own URLs."""

    model = None
    detail_template = ""
    context_object_name = "object"

    parent_page_types = ["platform.PlatformHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def items(self):
        return self.model.objects.live().localized(self.locale)

    @re_path(SLUG, name="detail")
    def detail(self, request, slug):
        item = self.model.objects.live().filter(locale=self.locale, slug=slug).first()
        if item is None:
            raise Http404
        context = self.get_context(request)
        context[self.context_object_name] = item
        context["alternate_urls"] = translation_urls(item, request)
        return TemplateResponse(request, self.detail_template, context)


class MethodLibraryPage(LibraryIndexPage):
    """The design-thinking method cards, filterable by phase; each method has its own URL."""

    model = MethodCard
    detail_template = "library/method_card.html"
    context_object_name = "method"

    class Meta:
        verbose_name = _("method library")
        verbose_name_plural = _("method libraries")

    @path("", name="index")
    def index(self, request):
        phase = choice(request, "phase", Phase.values)
        methods = self.items().select_related("image", "locale").in_phase_order()
        if phase:
            methods = methods.in_phase(phase)
        return self.render(
            request,
            context_overrides={
                "methods": methods,
                "phase": phase,
                "phases": Phase.choices,
                "cards_pdf_url": self.cards_pdf_url(request),
            },
        )

    def cards_pdf_name(self) -> str:
        return CARDS_PDF_NAMES.get(self.locale.language_code, CARDS_PDF_NAMES["en"])

    def cards_pdf_url(self, request=None) -> str | None:
        """Where every live card of this language is, as one PDF (None if the page has no URL)."""
        url = self.get_url(request)
        if url is None:
            return None
        return url + self.reverse_subpage("cards_pdf")

    def cards_pdf_info(self, cards, request) -> CardSetInfo:
        site = self.get_site()
        own = SiteSettings.for_site(site) if site else None
        hub_keys = [config.key for config in configured_sites() if config.is_hub]
        partners = [
            row.partner_name
            for row in SiteSettings.objects.filter(key__in=hub_keys).order_by("display_name")
            if row.partner_name
        ]
        published = [card.last_published_at for card in cards if card.last_published_at]
        with translation.override(self.locale.language_code):
            notice = own.localized_funding_notice if own else ""
        return CardSetInfo(
            language=self.locale.language_code,
            publisher=own.partner_name if own else "",
            partners=partners,
            source_url=self.get_full_url(request) or "",
            funding_notice=notice,
            updated=max(published) if published else None,
        )

    # Wagtail serves only paths ending in "/" (no ".pdf"); the file name comes with the
    # Content-Disposition header. Defined here, it takes precedence over a method called "pdf".
    @path("pdf/", name="cards_pdf")
    def cards_pdf(self, request):
        """Every live card in the page's language as one PDF, built from the library on request
        and revalidated by ETag, so it is never older than the cards themselves."""
        name = self.cards_pdf_name()
        cards = list(self.items().in_phase_order())
        data, etag = build_cards_pdf(cards, self.cards_pdf_info(cards, request))
        etag = f'"{etag}"'
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            return not_modified
        response = HttpResponse(data, content_type="application/pdf")
        response["ETag"] = etag
        response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        response["X-Content-Type-Options"] = "nosniff"
        # Cached anywhere, but checked with the ETag before every use.
        patch_cache_control(response, no_cache=True)
        return response


TOOL_SORTS = {
    "rating": ("-overall_score", "name"),
    "name": ("name",),
    "data_protection": ("-data_protection", "name"),
    "cost": ("-cost", "name"),
}


class ToolCataloguePage(LibraryIndexPage):
    """The rated catalogue of AI tools: filter, sort by rating, compare two or three."""

    model = AITool
    detail_template = "library/ai_tool.html"
    context_object_name = "tool"

    class Meta:
        verbose_name = _("tool catalogue")
        verbose_name_plural = _("tool catalogues")

    def filtered(self, request):
        filters = {
            "category": choice(request, "category", ToolCategory.values),
            "pricing": choice(request, "pricing", Pricing.values),
            "data_location": choice(request, "data_location", DataLocation.values),
            "gdpr_compliant": choice(request, "gdpr_compliant", GDPRCompliance.values),
        }
        sort = choice(request, "sort", TOOL_SORTS) or "rating"
        tools = self.items().with_overall_score().select_related("logo", "locale")
        tools = tools.filter(**{name: value for name, value in filters.items() if value})
        return tools.order_by(*TOOL_SORTS[sort]), filters, sort

    @path("", name="index")
    def index(self, request):
        tools, filters, sort = self.filtered(request)
        return self.render(
            request,
            context_overrides={
                "tools": tools,
                "filters": filters,
                "sort": sort,
                "filter_fields": [
                    {"name": name, "label": label, "choices": choices, "value": filters[name]}
                    for name, label, choices in (
                        ("category", _("Category"), ToolCategory.choices),
                        ("pricing", _("Pricing"), Pricing.choices),
                        ("data_location", _("Where data is processed"), DataLocation.choices),
                        ("gdpr_compliant", _("GDPR"), GDPRCompliance.choices),
                    )
                ],
                "sorts": [
                    ("rating", _("Overall rating")),
                    ("name", _("Name")),
                    ("data_protection", _("Data protection")),
                    ("cost", _("Cost")),
                ],
                "compare_max": COMPARE_MAX,
            },
        )

    @path("compare/", name="compare")
    def compare(self, request):
        slugs = list(dict.fromkeys(request.GET.getlist("tool")))
        error = None
        if not 2 <= len(slugs) <= COMPARE_MAX:
            error = _("Choose two or three tools to compare.")
        tools = []
        if error is None:
            found = {t.slug: t for t in self.items().with_overall_score().filter(slug__in=slugs)}
            tools = [found[slug] for slug in slugs if slug in found]
            if len(tools) != len(slugs):
                error = _("One of the chosen tools does not exist.")
        status = 400 if error else 200
        response = self.render(
            request,
            template="platform/tool_compare.html",
            context_overrides={"tools": tools, "error": error, "catalogue_url": self.get_url(request)},
        )
        response.status_code = status
        return response


class PrototypeGalleryPage(BasePage):
    """Every live match page of every hub: filter by region and category, paginated; each
    card links to the match on its hub's site."""

    per_page = 12
    parent_page_types = ["platform.PlatformHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("prototype gallery")
        verbose_name_plural = _("prototype galleries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hub_keys = [config.key for config in configured_sites() if config.is_hub]
        regions = {
            row.key: row
            for row in sorted(
                (row for row in request_memo.all_site_settings().values() if row.key in hub_keys),
                key=lambda row: row.display_name,
            )
        }
        region = choice(request, "region", regions)
        category = choice(request, "category", MatchCategory.values)
        matches = (
            request_memo.public(MatchPage.objects.live())
            .filter(locale=self.locale)
            .in_region(regions[region].site if region else None)
            .in_category(category)
            .for_listing()
            .order_by("title")
        )
        query = "&".join(
            f"{name}={value}" for name, value in (("region", region), ("category", category)) if value
        )
        context.update(
            {
                "matches_page": Paginator(matches, self.per_page).get_page(request.GET.get("page")),
                "regions": [(key, row.display_name) for key, row in regions.items()],
                "region": region,
                "categories": MatchCategory.choices,
                "category": category,
                "query": query,
            }
        )
        return context
