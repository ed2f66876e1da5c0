"""Label Studio accounts that really log in: sign-up through the server's own invitation form.

The SDK's `users.create` makes a user without a password (the community edition's user serializer has
no password field), so that account can never log in in the browser. The invitation link is the path
the community edition offers for a real account: GET the form (CSRF cookie), POST e-mail and password,
and the new user is logged in; that session then reads the user's own API token. The invitation token
is reset before and after, so the link is used once and never shown to anyone.
Stdlib only (urllib with a cookie jar): the CLI imports this.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from sikap.studio.settings import StudioError

TIMEOUT = 30.0


@dataclass(frozen=True)
class Account:
    user_id: int
    email: str
    password: str
    token: str


def _request(opener, url: str, data: dict | None = None, headers: dict | None = None, method: str | None = None,
             timeout: float = TIMEOUT) -> tuple[int, str, bytes]:
    """(status, final URL, body); HTTP errors are answers too, only the network failing raises."""
    body = None
    if data is not None:
        body = urllib.parse.urlencode(data).encode()
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with opener.open(req, timeout=timeout) as resp:  # noqa: S310 (loopback http only)
            return resp.status, resp.geturl(), resp.read()
    except urllib.error.HTTPError as err:
        text = err.read()
        err.close()
        return err.code, url, text
    except (OSError, urllib.error.URLError) as err:
        raise StudioError(f"cannot reach Label Studio at {url.split('/api')[0].split('/user')[0]}: {err}") from None


def api(url: str, token: str, path: str, method: str = "GET", payload: dict | None = None,
        timeout: float = TIMEOUT) -> dict | list:
    """One JSON call with the admin's token; a refusal is a StudioError naming the call."""
    opener = urllib.request.build_opener()
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    req = urllib.request.Request(url + path, data=None if payload is None else json.dumps(payload).encode(),
                                 headers=headers, method=method)
    try:
        with opener.open(req, timeout=timeout) as resp:  # noqa: S310
            text = resp.read()
    except urllib.error.HTTPError as err:
        detail = err.read()[:200].decode("utf-8", "replace")
        err.close()
        raise StudioError(f"Label Studio at {url} answered {err.code} to {method} {path}: {detail}") from None
    except (OSError, urllib.error.URLError) as err:
        raise StudioError(f"cannot reach Label Studio at {url} ({method} {path}): {err}") from None
    return json.loads(text) if text.strip() else {}


def reset_invitation(url: str, admin_token: str) -> str:
    """A fresh invitation link (the old one stops working); returns its path with the token."""
    api(url, admin_token, "/api/invite/reset-token", method="POST", payload={})
    return str(api(url, admin_token, "/api/invite")["invite_url"])


def _form_errors(html: bytes) -> str:
    text = html.decode("utf-8", "replace")
    found = re.findall(r'class="[^"]*(?:field_errors|error)[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]{3,200})', text)
    return "; ".join(dict.fromkeys(" ".join(f.split()) for f in found)) or "the sign-up form was refused"


def signup(url: str, admin_token: str, email: str, password: str, timeout: float = TIMEOUT) -> Account:
    """Create a user who can log in, through a one-time invitation; returns the user's own token."""
    invite = reset_invitation(url, admin_token)
    try:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        status, _, _ = _request(opener, url + invite, timeout=timeout)
        csrf = next((c.value for c in jar if c.name == "csrftoken"), None)
        if status != 200 or not csrf:
            raise StudioError(f"the sign-up page of {url} answered {status} without a CSRF cookie")
        status, final, body = _request(opener, url + invite, timeout=timeout,
                                       data={"email": email, "password": password, "csrfmiddlewaretoken": csrf},
                                       headers={"Referer": url + invite})
        if "/user/signup" in final:
            raise StudioError(f"Label Studio at {url} refused to sign up {email}: {_form_errors(body)}")
        status, _, body = _request(opener, url + "/api/current-user/whoami", timeout=timeout)
        if status != 200:
            raise StudioError(f"the new account {email} on {url} is not logged in after sign-up ({status})")
        user_id = int(json.loads(body)["id"])
        status, _, body = _request(opener, url + "/api/current-user/token", timeout=timeout)
        if status != 200:
            raise StudioError(f"Label Studio at {url} gave no API token for {email} ({status})")
        token = str(json.loads(body)["token"])
    finally:
        reset_invitation(url, admin_token)  # the link just used stops working
    return Account(user_id=user_id, email=email, password=password, token=token)


def login_works(url: str, email: str, password: str, timeout: float = TIMEOUT) -> bool:
    """The browser's login form accepts the pair (used to check a new account before it is handed out)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _request(opener, url + "/user/login/", timeout=timeout)
    csrf = next((c.value for c in jar if c.name == "csrftoken"), "")
    _, final, _ = _request(opener, url + "/user/login/", timeout=timeout,
                           data={"email": email, "password": password, "csrfmiddlewaretoken": csrf},
                           headers={"Referer": url + "/user/login/"})
    return "/user/login" not in final


def set_name(url: str, admin_token: str, user_id: int, first_name: str) -> None:
    """Show the sikap name in Label Studio (and let the pull's privacy check know it)."""
    api(url, admin_token, f"/api/users/{user_id}/", method="PATCH", payload={"first_name": first_name})
