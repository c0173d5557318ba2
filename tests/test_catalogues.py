"""The interface catalogues (locale/de, locale/en) are complete, clean and compiled."""

import os
import shutil
from pathlib import Path

from django.core.management import call_command
from django.test import override_settings

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["de", "en"]


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert len(po) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po if e.obsolete] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in po.translated_entries()}
    assert compiled == source


def test_placeholders_survive_translation():
    for entry in catalogue("de").translated_entries():
        for placeholder in ("%(", "{"):
            assert entry.msgid.count(placeholder) == entry.msgstr.count(placeholder) or entry.msgid_plural, (
                entry.msgid
            )


MAKEMESSAGES_IGNORE = [".venv/*", "tests/*", "benchmarks/*", "static/*", "media/*", "artifacts/*"]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed")
def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """Every marked string in the code and templates is in the catalogues, and nothing else."""
    # makemessages writes into any locale/ folder above the files it reads, so it runs in a
    # scratch folder that links only the source trees, never touching the real catalogues.
    root = LOCALE_DIR.parent
    for name in ("cms", "sites"):
        (tmp_path / name).symlink_to(root / name)
    output = tmp_path / "locale"
    output.mkdir()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with override_settings(LOCALE_PATHS=[output]):
            call_command(
                "makemessages", locale=["de"], symlinks=True, ignore_patterns=MAKEMESSAGES_IGNORE, verbosity=0
            )
    finally:
        os.chdir(cwd)
    fresh = polib.pofile(str(output / "de" / "LC_MESSAGES" / "django.po"))
    wanted = {(e.msgctxt, e.msgid) for e in fresh}
    assert len(wanted) > 100
    for language in LANGUAGES:
        have = {(e.msgctxt, e.msgid) for e in catalogue(language) if not e.obsolete}
        assert sorted(wanted - have) == [], (
            f"{language}: strings missing from the catalogue (run make messages)"
        )
        assert sorted(have - wanted) == [], f"{language}: strings no longer in the code"
