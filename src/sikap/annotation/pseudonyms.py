"""Stable annotator pseudonyms: no e-mail address or name ever reaches the repository.

pseudonym = "ann-" + the first 10 hex digits of HMAC-SHA256(salt, lower-cased e-mail). The salt is a
secret of this checkout (SIKAP_PSEUDONYM_SALT in the environment or the untracked `.env`), so the same
person gets the same pseudonym in every round and on every server, and nobody without the salt can test
a guessed address against it. Losing the salt only breaks the link between old and new rounds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from sikap.annotation.errors import AnnotationError

SALT_KEY = "SIKAP_PSEUDONYM_SALT"


def pseudonym(salt: str, email: str) -> str:
    digest = hmac.new(salt.encode("utf-8"), email.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()
    return f"ann-{digest[:10]}"


def load_salt(root: Path, environ: dict | None = None, create: bool = False) -> str:
    """The salt from the environment or `<root>/.env`; with create, a new one is appended to `.env` (0600)."""
    from sikap.studio.server import read_env_file

    env = os.environ if environ is None else environ
    salt = env.get(SALT_KEY) or read_env_file(root / ".env").get(SALT_KEY)
    if salt:
        return salt
    if not create:
        raise AnnotationError("no_salt", f"{SALT_KEY} is not set (environment or {root / '.env'})")
    salt = secrets.token_hex(32)
    path = root / ".env"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(("" if not old or old.endswith("\n") else "\n") + f"{SALT_KEY}={salt}\n")
    os.chmod(path, 0o600)
    return salt


def user_pseudonyms(users: list, salt: str) -> dict[int, str]:
    """Label Studio user id -> pseudonym, from the server's user list (ids are per server, e-mails are not)."""
    return {int(u.id): pseudonym(salt, u.email or f"user-{u.id}") for u in users}


def leaked_emails(data: bytes, users: list) -> list[str]:
    """E-mail addresses of the server's users that occur in `data` (an export must hold none)."""
    return sorted({u.email for u in users if u.email and u.email.encode("utf-8") in data})


MIN_NAME = 3  # shorter names and usernames are too often ordinary words to be checked


def identities(user) -> list[tuple[str, str]]:
    """(kind, text) a person could be recognised by: e-mail, username, first, last and full name."""
    first, last = (getattr(user, "first_name", "") or "").strip(), (getattr(user, "last_name", "") or "").strip()
    found = [("e-mail address", (user.email or "").strip()), ("username", (getattr(user, "username", "") or "").strip()),
             ("full name", f"{first} {last}".strip() if first and last else ""), ("first name", first),
             ("last name", last)]
    return [(kind, text) for kind, text in found if len(text) >= MIN_NAME]


def identity_in(text: str, users: list) -> tuple[object, str] | None:
    """(user, kind) of the first known user whose e-mail, username or name occurs in text (whole words,
    any case), else None."""
    for user in users:
        for kind, needle in identities(user):
            pattern = re.escape(needle) if kind == "e-mail address" else rf"(?<!\w){re.escape(needle)}(?!\w)"
            if re.search(pattern, text, flags=re.IGNORECASE):
                return user, kind
    return None


def free_text(result: list[dict]) -> list[tuple[str, str]]:
    """(field, text) of every free-text answer in an annotation's result (the comment)."""
    return [(str(item.get("from_name")), str(t)) for item in result or [] if item.get("type") == "textarea"
            for t in (item.get("value") or {}).get("text", [])]
