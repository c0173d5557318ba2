"""Factories of the platform page types, for tests."""

import factory
import wagtail_factories

from sites.platform.models import (
    GuideIndexPage,
    HowToGuidePage,
    InterviewPage,
    MaterialsPage,
    MethodLibraryPage,
    PrototypeGalleryPage,
    ToolCataloguePage,
)


class MethodLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Methoden"

    class Meta:
        model = MethodLibraryPage


class ToolCataloguePageFactory(wagtail_factories.PageFactory):
    title = "Werkzeuge"

    class Meta:
        model = ToolCataloguePage


class PrototypeGalleryPageFactory(wagtail_factories.PageFactory):
    title = "Galerie"

    class Meta:
        model = PrototypeGalleryPage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Anleitungen"

    class Meta:
        model = GuideIndexPage


class HowToGuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Anleitung {n}")
    steps = factory.LazyFunction(
        lambda: [("step", {"title": "Anfangen", "text": "<p>Los geht's.</p>", "image": None})]
    )

    class Meta:
        model = HowToGuidePage


class InterviewPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Interview {n}")
    body = factory.LazyFunction(lambda: [("text", "<p>Frage und Antwort.</p>")])

    class Meta:
        model = InterviewPage


class MaterialsPageFactory(wagtail_factories.PageFactory):
    title = "Materialien"

    class Meta:
        model = MaterialsPage
