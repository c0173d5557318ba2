"""Demo content of the library: method cards, AI tools, partners, people, testimonials and
innovation spaces, in German with live English translations.

Every firm, person, testimonial and space invented here is marked as an example
(``is_example``); the network partners, the funder and the project lead are real.

Idempotent: every demo item has a fixed translation key, so a second run finds it and creates
nothing, not even a revision. Images are generated into the platform's collection, since the
library belongs to every site and the platform's editors curate it."""

import uuid
from decimal import Decimal

from cms.core.demo import ensure_image
from cms.core.sites import site_config
from cms.core.translation import Bilingual
from cms.library.models import (
    AITool,
    InnovationSpace,
    MethodCard,
    Partner,
    PartnerKind,
    Person,
    Phase,
    Testimonial,
)

from .methods import METHODS
from .people import NETWORK_PARTNERS, OTHER_PARTNERS, PEOPLE, TESTIMONIALS
from .spaces import SPACES
from .tools import TOOLS

DEMO_NAMESPACE = uuid.UUID("6f0c5a52-2f7e-4d7c-9a43-5b1f0c3e8d21")

PHASE_COLOURS = {
    Phase.UNDERSTAND: "#1f4e79",
    Phase.OBSERVE: "#1d5e4a",
    Phase.POINT_OF_VIEW: "#5b3a8c",
    Phase.IDEATE: "#a0461f",
    Phase.PROTOTYPE: "#8a1c3b",
    Phase.TEST: "#24627f",
}
TOOL_COLOUR = "#34495e"
PEOPLE_COLOUR = "#5c4a3d"


def demo_translation_key(model, key: str) -> uuid.UUID:
    """The fixed translation key of a demo item: how a second run recognises it."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{model._meta.label_lower}:{key}")


def ensure_item(context, model, key: str, strings: Bilingual, **values):
    """Find the German demo item or create and publish it; then make sure it has its live
    translations. An item that exists is left as it is (an editor may have changed it); one
    that an editor deleted stays deleted (None)."""
    translation_key = demo_translation_key(model, key)

    def create():
        item = model(translation_key=translation_key, locale=context.source_locale, **values)
        item.save()
        item.save_revision().publish()
        return item

    return context.ensure(
        f"snippet:{model._meta.label_lower}:{key}",
        create,
        find=lambda: model.objects.filter(
            translation_key=translation_key, locale=context.source_locale
        ).first(),
        strings=strings,
    )


def _image(context, key, *, title, alt_de, alt_en, colour, seed):
    return ensure_image(
        context,
        f"library-{key}",
        title=title,
        alt_de=alt_de,
        alt_en=alt_en,
        colour=colour,
        collection=context.settings_for("platform").collection,
        seed=seed,
    )


def _ensure_methods(context) -> None:
    for number, data in enumerate(METHODS):
        s = Bilingual()
        title_de, title_en = data["title"]
        image = _image(
            context,
            f"method-{data['key']}",
            title=f"Methodenkarte: {title_de}",
            alt_de=f"Abstrakte Grafik als Titelbild der Methode „{title_de}“",
            alt_en=f"Abstract graphic as the cover image of the method “{title_en}”",
            colour=PHASE_COLOURS[data["phase"]],
            seed=100 + number,
        )
        ensure_item(
            context,
            MethodCard,
            data["key"],
            s,
            title=s(title_de, title_en),
            slug=s(*data["slug"]),
            phase=data["phase"],
            summary=s(*data["summary"]),
            duration_minutes=data["duration"],
            group_size_min=data["group"][0],
            group_size_max=data["group"][1],
            difficulty=data["difficulty"],
            materials=s(*data["materials"]),
            steps=[("step", {"title": s(*title), "text": s(*text)}) for title, text in data["steps"]],
            image=image,
        )


def _ensure_tools(context) -> None:
    for number, data in enumerate(TOOLS):
        s = Bilingual()
        logo = _image(
            context,
            f"tool-{data['key']}",
            title=f"KI-Werkzeug: {data['name']} (Platzhalter)",
            alt_de=f"Platzhalter-Grafik für das Logo von {data['name']}",
            alt_en=f"Placeholder graphic for the {data['name']} logo",
            colour=TOOL_COLOUR,
            seed=200 + number,
        )
        usefulness, ease_of_use, data_protection, cost = data["ratings"]
        ensure_item(
            context,
            AITool,
            data["key"],
            s,
            name=data["name"],
            slug=data["key"],
            vendor=data["vendor"],
            url=data["url"],
            category=data["category"],
            pricing=data["pricing"],
            summary=s(*data["summary"]),
            data_location=data["data_location"],
            gdpr_compliant=data["gdpr"],
            data_protection_notes=s(*data["notes"]),
            usefulness=usefulness,
            ease_of_use=ease_of_use,
            data_protection=data_protection,
            cost=cost,
            verdict=s(*data["verdict"]),
            evaluated_on=data["evaluated_on"],
            logo=logo,
        )


def _ensure_partners(context) -> dict[str, Partner]:
    partners = {}
    for number, (site_key, description) in enumerate(NETWORK_PARTNERS.items()):
        if site_key not in context.sites:
            continue
        config = site_config(site_key)
        s = Bilingual()
        logo = _image(
            context,
            f"partner-{site_key}",
            title=f"Logo: {config.partner} (Platzhalter)",
            alt_de=f"Platzhalter-Grafik für das Logo von {config.partner}",
            alt_en=f"Placeholder graphic for the {config.partner} logo",
            colour=config.primary_colour,
            seed=300 + number,
        )
        partners[site_key] = ensure_item(
            context,
            Partner,
            f"network-{site_key}",
            s,
            name=config.partner,
            kind=PartnerKind.NETWORK_PARTNER,
            region=context.sites[site_key] if config.is_hub else None,
            website=config.partner_url,
            logo=logo,
            description=s(*description),
        )
    for number, data in enumerate(OTHER_PARTNERS):
        s = Bilingual()
        name_de, name_en = data["name"]
        logo = _image(
            context,
            f"partner-{data['key']}",
            title=f"Logo: {name_de} (Platzhalter)",
            alt_de=f"Platzhalter-Grafik für das Logo von {name_de}",
            alt_en=f"Placeholder graphic for the {name_en} logo",
            colour=PEOPLE_COLOUR,
            seed=320 + number,
        )
        partners[data["key"]] = ensure_item(
            context,
            Partner,
            data["key"],
            s,
            name=s(name_de, name_en),
            kind=data["kind"],
            region=context.sites.get(data["region"]) if data["region"] else None,
            website=data.get("website", ""),
            logo=logo,
            description=s(*data["description"]),
            is_example=data.get("example", True),
        )
    return partners


def _ensure_people(context, partners) -> dict[str, Person]:
    people = {}
    for number, data in enumerate(PEOPLE):
        s = Bilingual()
        portrait = _image(
            context,
            f"person-{data['key']}",
            title=f"Porträt: {data['name']} (Platzhalter)",
            alt_de=f"Abstrakte Grafik anstelle eines Porträtfotos von {data['name']}",
            alt_en=f"Abstract graphic in place of a portrait photo of {data['name']}",
            colour=PEOPLE_COLOUR,
            seed=400 + number,
        )
        people[data["key"]] = ensure_item(
            context,
            Person,
            data["key"],
            s,
            name=data["name"],
            role=data["role"],
            job_title=s(*data["job_title"]),
            organisation=partners.get(data["organisation"]) if data["organisation"] else None,
            bio=s(*data["bio"]),
            portrait=portrait,
            region=context.sites.get(data["region"]) if data["region"] else None,
            is_example=data["example"],
        )
    return people


def _ensure_testimonials(context, people) -> None:
    for data in TESTIMONIALS:
        s = Bilingual()
        person = people.get(data["person"]) if data["person"] else None
        values = {"quote": s(*data["quote"]), "person": person, "is_example": data.get("example", True)}
        ensure_item(context, Testimonial, data["key"], s, **values)


def _ensure_spaces(context) -> None:
    for site_key, spaces in SPACES.items():
        site = context.sites.get(site_key)
        if site is None:
            continue
        colour = context.settings_for(site_key).primary_colour
        for number, data in enumerate(spaces):
            s = Bilingual()
            name_de, name_en = data["name"]
            image = _image(
                context,
                f"space-{data['key']}",
                title=f"Innovationsort: {name_de}",
                alt_de=f"Abstrakte Grafik als Bild für {name_de}",
                alt_en=f"Abstract graphic as the picture for {name_en}",
                colour=colour,
                seed=500 + 10 * list(SPACES).index(site_key) + number,
            )
            latitude, longitude = data["position"]
            ensure_item(
                context,
                InnovationSpace,
                data["key"],
                s,
                name=s(name_de, name_en),
                kind=data["kind"],
                region=site,
                street=data["street"],
                postcode=data["postcode"],
                city=data["city"],
                latitude=Decimal(latitude),
                longitude=Decimal(longitude),
                url=f"https://{data['key']}.example/",
                description=s(*data["description"]),
                image=image,
                is_example=True,
            )


def load(context) -> None:
    # Partners before people before testimonials: a translation links to the translation of
    # the item it refers to, which must exist first.
    partners = _ensure_partners(context)
    people = _ensure_people(context, partners)
    _ensure_testimonials(context, people)
    _ensure_methods(context)
    _ensure_tools(context)
    _ensure_spaces(context)
