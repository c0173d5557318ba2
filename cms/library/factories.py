"""Factories of the library snippets, used by the tests and the demo alike.

Each item is saved with a first revision, as the admin saves it, and that revision is
published unless the item is created as a draft (``live=False``)."""

from decimal import Decimal

from wagtail.models import Locale

import factory

from cms.core.factories import CMSImageFactory
from cms.core.sites import site_for_key
from cms.library.models import (
    AITool,
    DataLocation,
    Difficulty,
    GDPRCompliance,
    InnovationSpace,
    MethodCard,
    Partner,
    PartnerKind,
    Person,
    PersonRole,
    Phase,
    Pricing,
    SpaceKind,
    Testimonial,
    ToolCategory,
)


class LibrarySnippetFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def revision(obj, create, extracted, **kwargs):
        if not create:
            return
        revision = obj.save_revision()
        if obj.live:
            revision.publish()


class MethodCardFactory(LibrarySnippetFactory):
    title = factory.Sequence(lambda n: f"Methode {n}")
    slug = factory.Sequence(lambda n: f"methode-{n}")
    phase = Phase.IDEATE
    summary = "Viele Ideen in kurzer Zeit, jede Stimme zählt."
    duration_minutes = 30
    group_size_min = 3
    group_size_max = 6
    difficulty = Difficulty.EASY
    materials = "Papier\nStifte"
    steps = factory.LazyFunction(
        lambda: [
            ("step", {"title": "Vorbereiten", "text": "Frage aufschreiben."}),
            ("step", {"title": "Durchführen", "text": "Ideen sammeln."}),
        ]
    )
    image = factory.SubFactory(CMSImageFactory)

    class Meta:
        model = MethodCard


class AIToolFactory(LibrarySnippetFactory):
    name = factory.Sequence(lambda n: f"Werkzeug {n}")
    slug = factory.Sequence(lambda n: f"werkzeug-{n}")
    vendor = "Beispiel GmbH"
    url = factory.Sequence(lambda n: f"https://werkzeug-{n}.example/")
    category = ToolCategory.TEXT
    pricing = Pricing.FREEMIUM
    summary = "Schreibt Texte nach Vorgabe."
    data_location = DataLocation.EU
    gdpr_compliant = GDPRCompliance.YES
    data_protection_notes = "Server in Frankfurt am Main."
    usefulness = 4
    ease_of_use = 4
    data_protection = 4
    cost = 4
    verdict = "Solide für den Alltag."
    logo = factory.SubFactory(CMSImageFactory)

    class Meta:
        model = AITool


class PartnerFactory(LibrarySnippetFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = PartnerKind.COMPANY
    region = factory.LazyFunction(lambda: site_for_key("meissen"))
    website = factory.Sequence(lambda n: f"https://organisation-{n}.example/")
    description = "Ein Betrieb im ländlichen Sachsen."

    class Meta:
        model = Partner


class PersonFactory(LibrarySnippetFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = PersonRole.CREATIVE
    job_title = "Grafikdesignerin"
    bio = "Gestaltet Marken für kleine Betriebe."
    portrait = factory.SubFactory(CMSImageFactory)
    region = factory.LazyFunction(lambda: site_for_key("lausitz"))

    class Meta:
        model = Person


class TestimonialFactory(LibrarySnippetFactory):
    quote = "Das Tandem hat uns Mut gemacht, Neues auszuprobieren."
    author_name = "Erika Muster"
    author_role = "Inhaberin einer Bäckerei"

    class Meta:
        model = Testimonial


class InnovationSpaceFactory(LibrarySnippetFactory):
    name = factory.Sequence(lambda n: f"Makerspace {n}")
    kind = SpaceKind.MAKERSPACE
    region = factory.LazyFunction(lambda: site_for_key("erzgebirge"))
    street = "Markt 1"
    postcode = "09456"
    city = "Annaberg-Buchholz"
    latitude = Decimal("50.579600")
    longitude = Decimal("13.003900")
    url = "https://makerspace.example/"
    description = "Werkstatt mit 3D-Druckern und Lasercutter."
    image = factory.SubFactory(CMSImageFactory)

    class Meta:
        model = InnovationSpace
