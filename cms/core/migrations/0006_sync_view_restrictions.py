"""Restrictions made before ``cms.core.restrictions`` kept them in line: copy each page's view
restriction to its translations and aliases that have none (never removes one)."""

from django.db import migrations


def copy_restrictions_to_other_versions(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = set(PageViewRestriction.objects.values_list("page_id", flat=True))
    for restriction in PageViewRestriction.objects.select_related("page").order_by("pk"):
        versions = Page.objects.filter(translation_key=restriction.page.translation_key).exclude(
            pk__in=restricted
        )
        for version in versions:
            copy = PageViewRestriction.objects.create(
                page=version, restriction_type=restriction.restriction_type, password=restriction.password
            )
            copy.groups.set(restriction.groups.all())
            restricted.add(version.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_demorecord"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(copy_restrictions_to_other_versions, migrations.RunPython.noop)]
