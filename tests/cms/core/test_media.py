"""Images carry alt text and a credit, and the credit shows wherever the image does."""

from django.core.exceptions import ValidationError

import pytest
from bs4 import BeautifulSoup

from cms.core.colours import validate_brand_colour
from cms.core.factories import CMSImageFactory, StandardPageFactory
from cms.core.models import CMSImage, SiteSettings

pytestmark = pytest.mark.django_db


def test_hero_image_renders_with_alt_text_and_credit(client, sites):
    image = CMSImageFactory(
        title="Werkstatt",
        description="Zwei Menschen an einer Werkbank",
        description_en="Two people at a workbench",
        credit="© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl",
    )
    page = StandardPageFactory(parent=sites["meissen"].root_page, title="Werkstattbericht", hero_image=image)
    soup = BeautifulSoup(client.get(page.get_url(), HTTP_HOST="meissen.localhost").content, "html.parser")
    figure = soup.select_one("figure.credited-image")
    assert figure.img["alt"] == "Zwei Menschen an einer Werkbank"
    assert figure.select_one(".credited-image__credit").get_text() == (
        "© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl"
    )


def test_image_block_in_the_body_shows_caption_and_credit(client, sites):
    image = CMSImageFactory(credit="© Kreative Lausitz // Foto: Jana Beispiel")
    page = StandardPageFactory(
        parent=sites["lausitz"].root_page,
        body=[("image", {"image": image, "caption": "Kick-off in Cottbus"})],
    )
    soup = BeautifulSoup(client.get(page.get_url(), HTTP_HOST="lausitz.localhost").content, "html.parser")
    caption = soup.select_one(".block-image figcaption")
    assert "Kick-off in Cottbus" in caption.get_text()
    assert "© Kreative Lausitz // Foto: Jana Beispiel" in caption.get_text()


def test_demo_images_all_have_credits_and_alt_text_in_both_languages():
    images = CMSImage.objects.all()
    assert images.exists()
    for image in images:
        assert image.credit
        assert image.description
        assert image.description_en


def test_each_site_keeps_its_media_in_its_own_collection(sites):
    collections = {SiteSettings.for_site(site).collection for site in sites.values()}
    assert None not in collections
    assert len(collections) == 4
    for key, site in sites.items():
        hero = CMSImage.objects.get(file__contains=f"{key}-hero")
        assert hero.collection == SiteSettings.for_site(site).collection


@pytest.mark.parametrize("colour", ["#1f4e79", "#8a1c3b", "#000000"])
def test_brand_colours_with_enough_contrast_pass(colour):
    validate_brand_colour(colour)


@pytest.mark.parametrize("colour", ["#ffcc00", "#ffffff", "red", "#12345", ""])
def test_brand_colours_that_are_malformed_or_too_light_are_rejected(colour):
    with pytest.raises(ValidationError):
        validate_brand_colour(colour)
