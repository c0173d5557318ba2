from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import blocks_for
from cms.core.models import BasePage
from sites.hubs.ical import calendar_response


class EventKind(models.TextChoices):
    KICK_OFF = "kick_off", _("Kick-off")
    PEER_LEARNING = "peer_learning", _("Peer learning")
    EXPERT_EVENT = "expert_event", _("Expert event")
    CLOSING_EVENT = "closing_event", _("Closing event")
    OTHER = "other", _("Other")


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=now)).order_by(
            "start"
        )

    def past(self, now=None):
        now = now or timezone.now()
        return self.exclude(pk__in=self.upcoming(now).values("pk")).order_by("-start")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(RoutablePageMixin, BasePage):
    """A hub's events: upcoming first, then past ones; the whole calendar as iCalendar."""

    parent_page_types = ["hubs.HubHomePage"]
    subpage_types = ["hubs.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def events(self):
        return EventPage.objects.child_of(self).live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.events()
        context["upcoming_events"] = events.upcoming()
        context["past_events"] = events.past()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(
            self.events().order_by("start"), request, filename=f"{self.get_site().hostname}.ics"
        )


class EventPage(RoutablePageMixin, BasePage):
    """An event of a hub: kick-off, peer learning, expert event or closing event."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.OTHER)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    location_name = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("body"))

    objects = EventManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("location_name"), FieldPanel("address"), FieldPanel("online_url")], heading=_("Where")
        ),
        FieldPanel("registration_url"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("location_name"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("location_name"),
        TranslatableField("address"),
        TranslatableField("body"),
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("location_name"),
        APIField("address"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("body"),
    ]
    parent_page_types = ["hubs.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})

    @property
    def is_past(self) -> bool:
        return (self.end or self.start) < timezone.now()

    def structured_data(self, request, sharing) -> dict:
        """schema.org Event, for cms.core.sharing's JSON-LD."""
        from sites.hubs.structured_data import event_data

        return event_data(self, request, sharing)

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response([self], request, filename=f"{self.slug}.ics")
