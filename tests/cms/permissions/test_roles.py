"""The roles are declared once and applied by an idempotent command; a new hub is
configuration; the demo accounts hold the roles of DESIGN §4."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission, Workflow

import pytest

from cms.core.models import SiteSettings
from cms.core.roles import declared_roles
from cms.library.models import AITool

from .conftest import HUB_KEYS

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "group permissions": Permission.objects.filter(group__isnull=False).count(),
        "page": GroupPagePermission.objects.count(),
        "collection": GroupCollectionPermission.objects.count(),
        "site": GroupSitePermission.objects.count(),
        "workflows": sorted(Workflow.objects.values_list("name", "active")),
    }


def setup_roles() -> str:
    out = StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


def test_setup_roles_twice_changes_nothing():
    before = snapshot()
    assert setup_roles().strip() == "roles up to date"
    assert snapshot() == before


def test_setup_roles_repairs_what_was_changed_by_hand(sites):
    before = snapshot()
    editors = Group.objects.get(name="meissen editors")
    GroupPagePermission.objects.filter(group=editors).first().delete()
    editors.permissions.add(Permission.objects.get(codename="change_image"))  # every collection
    GroupSitePermission.objects.create(
        group=editors,
        site=sites["lausitz"],
        permission=Permission.objects.get(codename="change_sitesettings"),
    )
    output = setup_roles()
    assert "meissen editors" in output
    assert snapshot() == before


def test_wagtails_stock_groups_and_workflow_are_gone():
    """They grant the root of the tree, i.e. every hub."""
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_no_role_holds_a_global_permission_on_media_settings_or_regional_items():
    scoped = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"]
    ) | Permission.objects.filter(codename__in=["change_sitesettings", "change_innovationspace"])
    for role in declared_roles():
        group = Group.objects.get(name=role.group_name)
        assert not group.permissions.filter(pk__in=scoped).exists(), role.group_name


def test_demo_accounts_hold_the_roles_of_the_design():
    groups = {user.username: [g.name for g in user.groups.all()] for user in get_user_model().objects.all()}
    assert groups["admin"] == []
    assert groups["platform"] == ["platform moderators"]
    for key in HUB_KEYS:
        assert groups[key] == [f"{key} moderators"]
        assert groups[f"{key}-editor"] == [f"{key} editors"]


# DESIGN §4, as a table: (account, site, may edit, may publish). The HTTP matrix in
# test_pages.py reads its expectations from the declaration; this pins the declaration.
DESIGN_4 = [
    ("meissen", "meissen", True, True),
    ("meissen", "lausitz", False, False),
    ("meissen", "platform", False, False),
    ("lausitz", "lausitz", True, True),
    ("erzgebirge", "erzgebirge", True, True),
    ("erzgebirge", "meissen", False, False),
    ("meissen-editor", "meissen", True, False),
    ("lausitz-editor", "lausitz", True, False),
    ("erzgebirge-editor", "erzgebirge", True, False),
    ("meissen-editor", "erzgebirge", False, False),
    ("platform", "platform", True, True),
    ("platform", "meissen", False, False),
]


@pytest.mark.parametrize(("username", "site_key", "edit", "publish"), DESIGN_4)
def test_design_table(sites, username, site_key, edit, publish):
    user = get_user_model().objects.get(username=username)
    tester = sites[site_key].root_page.permissions_for_user(user)
    assert (tester.can_edit(), tester.can_publish()) == (edit, publish)


def test_only_the_platform_curates_the_shared_library():
    tool = AITool.objects.first()
    for username in ["meissen", "meissen-editor", "lausitz"]:
        assert not get_user_model().objects.get(username=username).has_perm("library.change_aitool"), username
    platform = get_user_model().objects.get(username="platform")
    assert platform.has_perms(["library.change_aitool", "library.publish_aitool"])
    assert tool is not None


def test_a_new_hub_is_a_configuration_change(settings, locale_en):
    settings.CIMIS_SITES = [
        *settings.CIMIS_SITES,
        {"key": "vogtland", "kind": "hub", "hostname": "vogtland.localhost", "name": "CIMIS Hub Vogtland"},
    ]
    call_command("bootstrap_sites", verbosity=0)
    row = SiteSettings.objects.get(key="vogtland")
    moderators = Group.objects.get(name="vogtland moderators")
    roots = {row.site.root_page_id, row.site.root_page.get_translation(locale_en).pk}
    assert (
        set(GroupPagePermission.objects.filter(group=moderators).values_list("page_id", flat=True)) == roots
    )
    assert GroupCollectionPermission.objects.filter(group=moderators, collection=row.collection).exists()
    assert GroupSitePermission.objects.filter(group=moderators, site=row.site).exists()
    assert Group.objects.filter(name="vogtland editors").exists()
    assert row.site.root_page.get_translation(locale_en).get_workflow().name == "Prüfung Hub Vogtland"
