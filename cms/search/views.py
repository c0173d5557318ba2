"""Search on each site: its own pages in the visitor's language, and the shared library
items that have pages of their own (methods and tools on the platform), never another
site's pages."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, Site

from cms.library.links import library_url
from cms.library.models import AITool, MethodCard

from .query import search_words

MAX_QUERY = 200
PER_PAGE = 10
LIBRARY_MODELS = (MethodCard, AITool)


def site_results(site, locale, query):
    root = site.root_page.get_translation_or_none(locale) or site.root_page
    pages = Page.objects.live().public().descendant_of(root, inclusive=True).filter(locale=locale)
    return list(pages.search(query, operator="and"))


def library_results(locale, query, request):
    results = []
    for model in LIBRARY_MODELS:
        for item in model.objects.live().filter(locale=locale).search(query, operator="and"):
            url = library_url(item, request)
            if url:
                results.append(
                    {
                        "title": str(item),
                        "url": url,
                        "kind": model._meta.verbose_name,
                        "summary": item.summary,
                    }
                )
    return results


def search_urls() -> dict[str, str]:
    """The search page's path in every content language."""
    urls = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("search")
    return urls


def search(request):
    query = search_words(request.GET.get("q", "")[:MAX_QUERY])
    site = Site.find_for_request(request)
    locale = Locale.objects.get(language_code=translation.get_language())
    hits = []
    if query and site is not None:
        for page in site_results(site, locale, query):
            specific = page.specific
            hits.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "kind": specific._meta.verbose_name,
                    "summary": getattr(specific, "intro", "") or page.search_description,
                }
            )
        hits += library_results(locale, query, request)
    results = Paginator(hits, PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "paginator_query": f"q={query}" if query else "",
            # The switcher leads to the search in the other language (with the visitor's
            # query); result lists are not for search engines.
            "alternate_urls": search_urls(),
            "noindex": True,
        },
    )
