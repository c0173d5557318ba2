"""Every model change has its migration."""

from django.core.management import call_command

import pytest


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration(capsys):
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=1)
    except SystemExit as exit_:
        pytest.fail(f"missing migrations:\n{capsys.readouterr().out}")
        raise exit_
