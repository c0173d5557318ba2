"""Factories of the hub page types, for tests."""

import datetime

import factory
import wagtail_factories

from sites.hubs.models import (
    ContactPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HubHomePage,
    InnovationSpacePage,
    MatchCategory,
    MatchIndexPage,
    MatchPage,
    NewsIndexPage,
    NewsPage,
)


class HubHomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hub {n}")

    class Meta:
        model = HubHomePage


class MatchIndexPageFactory(wagtail_factories.PageFactory):
    title = "Matches"

    class Meta:
        model = MatchIndexPage


class MatchPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Match {n}")
    category = MatchCategory.WEBSITE
    challenge = "<p>Die Website war veraltet.</p>"
    prototype = "<p>Eine neue Website.</p>"

    class Meta:
        model = MatchPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    kind = EventKind.PEER_LEARNING
    start = factory.LazyFunction(lambda: datetime.datetime(2027, 6, 1, 17, tzinfo=datetime.UTC))
    end = factory.LazyFunction(lambda: datetime.datetime(2027, 6, 1, 19, tzinfo=datetime.UTC))
    location_name = "Rathaus"

    class Meta:
        model = EventPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Neuigkeiten"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Meldung {n}")
    date = datetime.date(2026, 1, 15)

    class Meta:
        model = NewsPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Kontakt"

    class Meta:
        model = ContactPage


class InnovationSpacePageFactory(wagtail_factories.PageFactory):
    title = "Innovationsorte"

    class Meta:
        model = InnovationSpacePage
