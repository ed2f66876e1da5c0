"""Pseudonyms are stable, keyed, and the salt stays out of git (mode 600 .env)."""

from __future__ import annotations

import stat

import pytest

from sikap.annotation.errors import AnnotationError
from sikap.annotation.pseudonyms import SALT_KEY, identity_in, leaked_emails, load_salt, pseudonym


def test_stable_keyed_and_case_insensitive():
    a = pseudonym("salt-1", "Ayu@Example.org")
    assert a == pseudonym("salt-1", "ayu@example.org") and a.startswith("ann-") and len(a) == 14
    assert a != pseudonym("salt-2", "ayu@example.org")  # without the salt, a guessed address cannot be tested
    assert a != pseudonym("salt-1", "budi@example.org")


def test_salt_from_env_or_created_once_in_dotenv(tmp_path):
    assert load_salt(tmp_path, environ={SALT_KEY: "from-env"}) == "from-env"
    with pytest.raises(AnnotationError) as err:
        load_salt(tmp_path, environ={})
    assert err.value.code == "no_salt"
    (tmp_path / ".env").write_text("OTHER=1")
    salt = load_salt(tmp_path, environ={}, create=True)
    assert len(salt) == 64 and load_salt(tmp_path, environ={}, create=True) == salt
    assert (tmp_path / ".env").read_text() == f"OTHER=1\n{SALT_KEY}={salt}\n"
    assert stat.S_IMODE((tmp_path / ".env").stat().st_mode) == 0o600


def test_leaked_emails():
    class U:
        def __init__(self, email):
            self.email = email

    users = [U("ayu@example.org"), U("budi@example.org"), U(None)]
    assert leaked_emails(b'{"comment": "ask ayu@example.org"}', users) == ["ayu@example.org"]
    assert leaked_emails(b'{"completed_by": 3}', users) == []


def test_comments_are_checked_for_every_users_email_username_and_name():
    from types import SimpleNamespace as U

    users = [U(email="budi.s@example.org", username="budi.s", first_name="Budi", last_name="Santoso"),
             U(email="ayu@example.org", username="ayu", first_name="ayu", last_name="")]
    assert identity_in("ask Budi Santoso about it", users)[1] == "full name"
    assert identity_in("BUDI.S said so", users)[1] == "username"
    assert identity_in("mail budi.s@example.org", users)[1] == "e-mail address"
    assert identity_in("seen by santoso", users)[1] == "last name"
    assert identity_in("ayu: read again", users)[0].email == "ayu@example.org"
    assert identity_in("the quote is framed as hostile; Budiman agrees", users) is None  # whole words only
    assert identity_in("kayu and rayuan are words", users) is None
