"""Factories of the core models, used by the tests and the demo alike."""

import factory
import wagtail_factories

from cms.core.models import CMSImage, LegalPage, StandardPage


class CMSImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    description = "Abstraktes Motiv"
    description_en = "Abstract motif"
    credit = "© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl"

    class Meta:
        model = CMSImage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")
    intro = "Kurze Einleitung."

    class Meta:
        model = StandardPage


class LegalPageFactory(wagtail_factories.PageFactory):
    title = "Impressum"
    kind = LegalPage.Kind.IMPRINT
    body = "<p>Angaben gemäß § 5 DDG.</p>"

    class Meta:
        model = LegalPage
