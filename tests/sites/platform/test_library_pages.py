"""The method library and the tool catalogue: filters, own URLs, sorting, comparing."""

import pytest
from bs4 import BeautifulSoup

from cms.library.models import AITool, MethodCard
from sites.platform.models import MethodLibraryPage, ToolCataloguePage

pytestmark = pytest.mark.django_db
HOST = "lernplattform.localhost"


@pytest.fixture
def methods_page(db):
    return MethodLibraryPage.objects.get(locale__language_code="de")


@pytest.fixture
def tools_page(db):
    return ToolCataloguePage.objects.get(locale__language_code="de")


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_method_library_lists_all_live_methods_in_phase_order(client, methods_page):
    soup = soup_of(client.get(methods_page.url, HTTP_HOST=HOST))
    titles = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    assert len(titles) == MethodCard.objects.live().filter(locale__language_code="de").count() == 12
    expected = list(
        MethodCard.objects.live()
        .filter(locale__language_code="de")
        .in_phase_order()
        .values_list("title", flat=True)
    )
    assert titles == expected


def test_method_library_filters_by_phase(client, methods_page):
    soup = soup_of(client.get(methods_page.url + "?phase=prototype", HTTP_HOST=HOST))
    titles = {a.get_text(strip=True) for a in soup.select(".card__title a")}
    assert titles == set(
        MethodCard.objects.live()
        .filter(locale__language_code="de", phase="prototype")
        .values_list("title", flat=True)
    )
    assert titles
    # An unknown phase is ignored, not an error.
    assert (
        len(soup_of(client.get(methods_page.url + "?phase=<x>", HTTP_HOST=HOST)).select(".card__title a"))
        == 12
    )


def test_each_method_has_its_own_url_in_both_languages(client, methods_page, locale_en):
    method = MethodCard.objects.get(locale__language_code="de", slug="persona")
    soup = soup_of(client.get(f"{methods_page.url}persona/", HTTP_HOST=HOST))
    assert soup.select_one("h1").get_text(strip=True) == method.title
    english_url = soup.select_one('.language-switcher a[hreflang="en"]')["href"]
    english = soup_of(client.get(english_url, HTTP_HOST=HOST))
    assert english.select_one("h1").get_text(strip=True) == method.get_translation(locale_en).title
    assert english.html["lang"] == "en"
    assert {link["hreflang"] for link in soup.select('head link[rel="alternate"]')} == {
        "de",
        "en",
        "x-default",
    }


def test_unknown_or_draft_method_is_404(client, methods_page):
    assert client.get(f"{methods_page.url}gibt-es-nicht/", HTTP_HOST=HOST).status_code == 404
    method = MethodCard.objects.get(locale__language_code="de", slug="persona")
    method.unpublish()
    assert client.get(f"{methods_page.url}persona/", HTTP_HOST=HOST).status_code == 404


def test_tool_catalogue_sorts_by_overall_rating_by_default(client, tools_page):
    soup = soup_of(client.get(tools_page.url, HTTP_HOST=HOST))
    names = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    tools = AITool.objects.live().filter(locale__language_code="de")
    scores = {tool.name: tool.overall_score for tool in tools}
    assert len(names) == 10
    assert [scores[name] for name in names] == sorted(scores.values(), reverse=True)


@pytest.mark.parametrize(
    "field, value",
    [("category", "text"), ("pricing", "freemium"), ("data_location", "eu"), ("gdpr_compliant", "yes")],
)
def test_tool_catalogue_filters(client, tools_page, field, value):
    soup = soup_of(client.get(f"{tools_page.url}?{field}={value}", HTTP_HOST=HOST))
    names = {a.get_text(strip=True) for a in soup.select(".card__title a")}
    expected = set(
        AITool.objects.live()
        .filter(locale__language_code="de", **{field: value})
        .values_list("name", flat=True)
    )
    assert names == expected


def test_tool_catalogue_sorts_by_name(client, tools_page):
    soup = soup_of(client.get(f"{tools_page.url}?sort=name", HTTP_HOST=HOST))
    names = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    assert names == sorted(names)


def test_compare_two_tools_side_by_side(client, tools_page):
    first, second = AITool.objects.live().filter(locale__language_code="de").order_by("name")[:2]
    soup = soup_of(
        client.get(f"{tools_page.url}compare/?tool={first.slug}&tool={second.slug}", HTTP_HOST=HOST)
    )
    headers = [th.get_text(strip=True) for th in soup.select(".compare thead th")][1:]
    assert headers == [first.name, second.name]
    rows = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")]
        for tr in soup.select(".compare tbody tr")
    }
    assert len(rows) >= 10
    assert any(
        f"{first.usefulness} / 5" == cell for cell in next(iter(rows.values())) + [f"{first.usefulness} / 5"]
    )


@pytest.mark.parametrize(
    "query", ["", "?tool=chatgpt", "?tool=a&tool=b&tool=c&tool=d", "?tool=gibt-es-nicht&tool=auch-nicht"]
)
def test_compare_with_a_wrong_choice_explains_itself(client, tools_page, query):
    response = client.get(f"{tools_page.url}compare/{query}", HTTP_HOST=HOST)
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").select_one('[role="alert"]').get_text(strip=True)
