"""The pages endpoint: filters, find in both languages, and what each page carries."""

from wagtail.models import Page

import pytest

from cms.core.factories import CMSImageFactory
from sites.hubs.models import EventPage, MatchPage

from .helpers import api_get, ids, items

pytestmark = pytest.mark.django_db

LAUSITZ = "lausitz.localhost"


def test_listing_follows_wagtail_api_v2_conventions(client):
    response = api_get(client, "pages/", {"site": LAUSITZ, "limit": 5})
    data = response.json()
    assert response.status_code == 200
    assert set(data) == {"meta", "items"}
    assert data["meta"]["total_count"] > 5
    assert len(data["items"]) == 5
    first = data["items"][0]
    assert {"id", "meta", "title"} <= set(first)
    assert {"type", "detail_url", "html_url", "slug", "first_published_at", "locale"} <= set(first["meta"])


def test_site_filter_keeps_to_that_sites_tree_in_both_languages(client, sites):
    lausitz = items(api_get(client, "pages/", {"site": LAUSITZ, "limit": 100}))
    assert {item["meta"]["locale"] for item in lausitz} == {"de", "en"}
    assert all(item["meta"]["html_url"].startswith("http://lausitz.localhost/") for item in lausitz)
    meissen_ids = set(ids(api_get(client, "pages/", {"site": "meissen.localhost", "limit": 100})))
    assert meissen_ids.isdisjoint(item["id"] for item in lausitz)


def test_without_site_the_requests_host_decides(client):
    by_host = ids(api_get(client, "pages/", {"limit": 100}, HTTP_HOST=LAUSITZ))
    by_parameter = ids(api_get(client, "pages/", {"site": LAUSITZ, "limit": 100}))
    assert by_host == by_parameter


def test_locale_filter(client):
    english = items(api_get(client, "pages/", {"site": LAUSITZ, "locale": "en", "limit": 100}))
    assert english and {item["meta"]["locale"] for item in english} == {"en"}
    assert all("/en/" in item["meta"]["html_url"] for item in english)


def test_type_filter_exposes_the_types_api_fields(client):
    response = api_get(client, "pages/", {"site": LAUSITZ, "type": "hubs.EventPage", "fields": "*"})
    events = items(response)
    assert events and {event["meta"]["type"] for event in events} == {"hubs.EventPage"}
    assert {
        "kind",
        "start",
        "end",
        "location_name",
        "registration_url",
        "body",
        "intro",
        "hero_image",
    } <= set(events[0])


def test_child_of_and_descendant_of(client, lausitz_root, english_root):
    children = items(api_get(client, "pages/", {"site": LAUSITZ, "child_of": lausitz_root.pk, "limit": 100}))
    assert children and all(item["meta"]["locale"] == "de" for item in children)
    assert {item["id"] for item in children} == set(
        Page.objects.child_of(lausitz_root).live().public().values_list("pk", flat=True)
    )
    descendants = ids(
        api_get(client, "pages/", {"site": LAUSITZ, "descendant_of": lausitz_root.pk, "limit": 100})
    )
    assert set(descendants) == set(
        Page.objects.descendant_of(lausitz_root).live().public().values_list("pk", flat=True)
    )
    # child_of=root follows ?locale=: the English home's children.
    english = ids(
        api_get(client, "pages/", {"site": LAUSITZ, "child_of": "root", "locale": "en", "limit": 100})
    )
    assert set(english) == set(Page.objects.child_of(english_root).live().values_list("pk", flat=True))


def test_translation_of_finds_the_other_language(client, lausitz_root, english_root):
    response = api_get(client, "pages/", {"site": LAUSITZ, "translation_of": lausitz_root.pk})
    assert ids(response) == [english_root.pk]


def test_each_page_lists_its_translations(client, lausitz_root, english_root):
    detail = api_get(client, f"pages/{lausitz_root.pk}/").json()
    assert detail["meta"]["locale"] == "de"
    assert detail["meta"]["translations"] == [
        {
            "id": english_root.pk,
            "locale": "en",
            "title": english_root.title,
            "detail_url": f"http://testserver/api/v2/pages/{english_root.pk}/",
            "html_url": "http://lausitz.localhost/en/",
        }
    ]


@pytest.mark.parametrize(
    "path, language",
    [("/de/matches/", "de"), ("/en/matches/", "en"), ("/en/", "en"), ("/de/", "de"), ("/", "de")],
)
def test_find_resolves_paths_in_both_languages_on_the_given_site(client, path, language):
    response = api_get(client, "pages/find/", {"site": LAUSITZ, "html_path": path})
    assert response.status_code == 302
    assert "site=lausitz.localhost" in response["Location"]
    page = client.get(response["Location"]).json()
    assert page["meta"]["locale"] == language
    assert page["meta"]["html_url"] == f"http://lausitz.localhost{path if path != '/' else '/de/'}"


def test_find_routes_a_full_match_path_in_english(client, english_root):
    match = MatchPage.objects.live().descendant_of(english_root).first()
    response = api_get(
        client, "pages/find/", {"site": LAUSITZ, "html_path": match.get_url(), "fields": "title"}
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).json()["id"] == match.pk


def test_find_answers_404_for_an_unknown_path_and_a_path_on_another_site(client, sites, make_page):
    assert api_get(client, "pages/find/", {"site": LAUSITZ, "html_path": "/en/nope/"}).status_code == 404
    make_page(parent=sites["meissen"].root_page, slug="nur-in-meissen")
    found = api_get(client, "pages/find/", {"site": "meissen.localhost", "html_path": "/de/nur-in-meissen/"})
    assert found.status_code == 302
    response = api_get(client, "pages/find/", {"site": LAUSITZ, "html_path": "/de/nur-in-meissen/"})
    assert response.status_code == 404
    assert response.json()["message"]


def test_detail_url_works_from_any_host(client, lausitz_root):
    listing = items(api_get(client, "pages/", {"site": LAUSITZ, "limit": 1}, HTTP_HOST="meissen.localhost"))
    detail_url = listing[0]["meta"]["detail_url"]
    assert detail_url.startswith("http://meissen.localhost/api/v2/pages/")
    assert client.get(detail_url, HTTP_HOST="meissen.localhost").status_code == 200


def test_streamfield_is_structured_json_with_images_inline(client):
    match = MatchPage.objects.live().filter(locale__language_code="en").exclude(gallery=[]).first()
    data = api_get(client, f"pages/{match.pk}/").json()
    block = data["gallery"][0]
    assert block["type"] == "image" and block["id"]
    image = block["value"]["image"]
    assert {"id", "title", "alt", "credit", "width", "height", "renditions"} <= set(image)
    assert image["alt"] == match.gallery[0].value["image"].description_en  # the page's language
    assert set(image["renditions"]) == {"thumbnail", "medium", "large"}
    thumbnail = image["renditions"]["thumbnail"]
    assert thumbnail["url"].startswith("http://testserver/media/")
    assert (thumbnail["width"], thumbnail["height"]) == (480, 320)


def test_related_snippets_are_inline_in_the_pages_language(client):
    match = MatchPage.objects.live().filter(locale__language_code="en").first()
    data = api_get(client, f"pages/{match.pk}/").json()
    assert data["organisation"]["meta"]["type"] == "library.Partner"
    assert data["organisation"]["meta"]["locale"] == "en"
    methods = [link["method"] for link in data["method_links"]]
    assert methods and all(method["meta"]["type"] == "library.MethodCard" for method in methods)
    assert all(method["title"] and method["meta"]["detail_url"] for method in methods)


def test_rich_text_links_and_images_are_expanded_to_real_urls(client, make_page, lausitz_root, locale_en):
    target = EventPage.objects.live().descendant_of(lausitz_root).first()
    image = CMSImageFactory()
    document_link = f'<a linktype="page" id="{target.pk}">Termin</a>'
    page = make_page(
        body=[
            (
                "text",
                f'<p>{document_link} <embed embedtype="image" id="{image.pk}" format="fullwidth" alt="x"/></p>',
            )
        ]
    )
    data = api_get(client, f"pages/{page.pk}/").json()
    html = data["body"][0]["value"]
    assert f'href="{target.full_url}"' in html
    assert "linktype" not in html
    assert '<img src="http://testserver/media/images/' in html


def test_rich_text_link_in_an_english_page_leads_to_the_english_translation(client, lausitz_root, locale_en):
    target = EventPage.objects.live().descendant_of(lausitz_root).first()
    english_target = target.get_translation(locale_en)
    from cms.core.models import StandardPage

    english_page = StandardPage.objects.live().filter(locale=locale_en).first()
    english_page.body = [("text", f'<p><a linktype="page" id="{target.pk}">Event</a></p>')]
    english_page.save_revision().publish()
    html = api_get(client, f"pages/{english_page.pk}/").json()["body"][0]["value"]
    assert f'href="{english_target.full_url}"' in html


def test_untranslated_english_alias_shows_german_content_and_says_so(client, make_page, locale_en):
    german = make_page(title="Nur auf Deutsch")
    alias = german.copy_for_translation(locale_en, alias=True)
    data = api_get(client, f"pages/{alias.pk}/").json()
    assert data["meta"]["locale"] == "en"
    assert data["meta"]["alias_of"]["id"] == german.pk
    assert data["title"] == "Nur auf Deutsch"


def test_a_listing_in_both_languages_gives_each_page_its_own_languages_alt_texts(
    client, make_page, english_root
):
    image = CMSImageFactory(description="Ein Bild", description_en="A picture")
    german = make_page(slug="mit-bild", hero_image=image)
    english = make_page(parent=english_root, slug="with-picture", hero_image=image)
    params = {"site": LAUSITZ, "type": "core.StandardPage", "fields": "hero_image", "limit": 100}
    shown = {item["id"]: item["hero_image"] for item in items(api_get(client, "pages/", params))}
    assert (shown[german.pk]["alt"], shown[english.pk]["alt"]) == ("Ein Bild", "A picture")
