"""Query-count pins: every list endpoint with ``fields=*`` costs the same number of queries
for 10 items as for 100, and at most 15 (stock Wagtail: 6 plus about 4 per item)."""

from wagtail.models import Locale

import pytest

from cms.api.resolver import RENDITIONS
from cms.core.factories import CMSImageFactory
from cms.core.models import CMSDocument, CMSImage, CMSRendition, StandardPage
from cms.library import factories as library
from cms.library import models as library_models
from sites.hubs.models import MatchIndexPage, MatchPage
from sites.hubs.models.matches import MatchMethod

from .helpers import api_get

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
ITEMS = 100


@pytest.fixture
def image():
    return CMSImageFactory(file__width=60, file__height=40)


def _bulk(factory, count, **values):
    objects = [factory.build(**values) for _ in range(count)]
    return type(objects[0]).objects.bulk_create(objects)


@pytest.fixture
def many_standard_pages(lausitz_root, image):
    link_target = lausitz_root.get_children().live().first()
    for number in range(ITEMS):
        lausitz_root.add_child(
            instance=StandardPage(
                title=f"Seite {number}",
                slug=f"massen-seite-{number}",
                hero_image=image,
                body=[
                    ("text", f'<p><a linktype="page" id="{link_target.pk}">Link</a></p>'),
                    ("image", {"image": image, "caption": "Bild"}),
                    ("call_to_action", {"heading": "Los", "link_text": "Mehr", "page": link_target}),
                ],
            )
        )


@pytest.fixture
def many_matches(lausitz_root, image):
    index = MatchIndexPage.objects.child_of(lausitz_root).get()
    organisation = library_models.Partner.objects.filter(live=True, locale__language_code="de").first()
    # A match's testimonial is by its own tandem (MatchPage.clean): here its creative's.
    testimonial = library_models.Testimonial.objects.filter(
        live=True, locale__language_code="de", person__role="creative"
    ).first()
    creative = testimonial.person
    methods = list(library_models.MethodCard.objects.filter(live=True, locale__language_code="de")[:2])
    for number in range(ITEMS):
        match = index.add_child(
            instance=MatchPage(
                title=f"Tandem {number}",
                slug=f"tandem-{number}",
                hero_image=image,
                organisation=organisation,
                creative=creative,
                testimonial=testimonial,
                category="online_shop",
                challenge="<p>Herausforderung</p>",
                prototype="<p>Prototyp</p>",
                gallery=[("image", {"image": image, "caption": ""})],
            )
        )
        MatchMethod.objects.bulk_create(
            [
                MatchMethod(match=match, method=method, sort_order=i, locale_id=match.locale_id)
                for i, method in enumerate(methods)
            ]
        )


@pytest.fixture
def many_snippets(image):
    german = Locale.get_default()
    common = {"live": True, "locale": german}
    _bulk(library.MethodCardFactory, ITEMS, image=image, **common)
    _bulk(library.AIToolFactory, ITEMS, logo=image, **common)
    _bulk(library.PartnerFactory, ITEMS, logo=image, **common)
    people = _bulk(library.PersonFactory, ITEMS, portrait=image, organisation=None, **common)
    _bulk(library.TestimonialFactory, ITEMS, person=people[0], image=image, **common)
    _bulk(library.InnovationSpaceFactory, ITEMS, image=image, **common)


@pytest.fixture
def many_media(image, make_page):
    images = CMSImage.objects.bulk_create(
        [CMSImage(title=f"Bild {n}", file=image.file.name, width=60, height=40) for n in range(ITEMS)]
    )
    # They share one file, so they can share its renditions (making 300 would only be slow).
    renditions = image.get_renditions(*RENDITIONS.values()).values()
    CMSRendition.objects.bulk_create(
        [
            CMSRendition(
                image=copy, filter_spec=r.filter_spec, file=r.file.name, width=r.width, height=r.height
            )
            for copy in images
            for r in renditions
        ]
    )
    documents = CMSDocument.objects.bulk_create(
        [CMSDocument(title=f"Dokument {n}", file=image.file.name) for n in range(ITEMS)]
    )
    # A live page uses them all, so the documents endpoint lists them (only used ones are public).
    links = "".join(
        f'<a linktype="document" id="{document.pk}">{document.title}</a>' for document in documents
    )
    make_page(body=[("text", f"<p>{links}</p>")])


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """These pins measure the work of answering; the page cache would answer the repeats."""
    settings.PAGE_CACHE_SECONDS = 0


def _count(client, django_assert_max_num_queries, endpoint, params, limit):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_assert_max_num_queries(MAX_QUERIES), CaptureQueriesContext(connection) as queries:
        response = api_get(client, endpoint, {**params, "fields": "*", "limit": limit})
    assert response.status_code == 200, response.content
    assert len(response.json()["items"]) == limit
    return len(queries)


def assert_constant(client, django_assert_max_num_queries, endpoint, params=None):
    params = params or {}
    api_get(client, endpoint, {**params, "fields": "*", "limit": ITEMS})  # renditions are made once
    at_10 = _count(client, django_assert_max_num_queries, endpoint, params, 10)
    at_100 = _count(client, django_assert_max_num_queries, endpoint, params, ITEMS)
    assert at_10 == at_100, f"{endpoint}: {at_10} queries for 10 items, {at_100} for {ITEMS}"


def test_pages_listing(client, django_assert_max_num_queries, many_standard_pages):
    assert_constant(client, django_assert_max_num_queries, "pages/", {"site": "lausitz.localhost"})


def test_pages_listing_of_a_type_with_streamfield_and_rich_text(
    client, django_assert_max_num_queries, many_standard_pages
):
    params = {"site": "lausitz.localhost", "type": "core.StandardPage"}
    assert_constant(client, django_assert_max_num_queries, "pages/", params)


def test_match_pages_with_snippets_child_relations_and_gallery(
    client, django_assert_max_num_queries, many_matches
):
    params = {"site": "lausitz.localhost", "type": "hubs.MatchPage"}
    assert_constant(client, django_assert_max_num_queries, "pages/", params)


@pytest.mark.parametrize(
    "endpoint", ["methods/", "tools/", "partners/", "people/", "spaces/", "testimonials/"]
)
def test_library_listings(client, django_assert_max_num_queries, many_snippets, endpoint):
    # Newest first: the first 10 are the fixture's items (with images and people), not demo
    # items that may lack them, so 10 and 100 items need the same kinds of queries.
    assert_constant(client, django_assert_max_num_queries, endpoint, {"order": "-id"})


@pytest.mark.parametrize("endpoint", ["images/", "documents/"])
def test_media_listings(client, django_assert_max_num_queries, many_media, endpoint):
    assert_constant(client, django_assert_max_num_queries, endpoint)
