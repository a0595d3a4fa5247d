"""Verifying the webhooks Grivo sends.

Every delivery carries ``Grivo-Signature: t=<unix seconds>,v1=<hex>``, where the
hex is HMAC-SHA256 of ``"<t>.<raw body>"`` under the endpoint's signing secret
(``whsec_...``), the scheme Stripe uses::

    from grivo.webhooks import construct_event

    event = construct_event(request.body, request.headers.get("Grivo-Signature"), secret)
    if event["type"] == "contact.created":
        ...
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any, Dict, List, Optional, Tuple, Union

from ._errors import GrivoError

SIGNATURE_HEADER = "Grivo-Signature"
DEFAULT_TOLERANCE = 300


def construct_event(
    payload: Union[bytes, str],
    header: Optional[str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: Optional[int] = None,
) -> Dict[str, Any]:
    """Checks the signature of a delivery and returns its event.

    Pass the body exactly as received (bytes or text, before any JSON parsing).
    Raises ``GrivoError`` with code ``invalid_signature`` when the header is
    missing or malformed, no ``v1`` signature matches, or the timestamp is more
    than ``tolerance`` seconds from now (0 turns that check off): answer such a
    request with 400 and do not act on it.
    """
    body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    if not header:
        raise _invalid(f"The {SIGNATURE_HEADER} header is missing.")
    timestamp, signatures = _parse(header)
    if timestamp is None or not signatures:
        raise _invalid(f'The {SIGNATURE_HEADER} header is malformed: expected "t=<unix seconds>,v1=<hex>".')
    expected = _sign(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, signature) for signature in signatures):
        raise _invalid("No signature matches the payload: check the secret, and pass the raw body unparsed.")
    current = int(time.time()) if now is None else now
    if tolerance > 0 and abs(current - timestamp) > tolerance:
        raise _invalid(
            f"The signature's timestamp is more than {tolerance} seconds from now: a replay, or a wrong clock."
        )
    try:
        event = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _invalid("The payload is signed but is not JSON.") from None
    if not isinstance(event, dict):
        raise _invalid("The payload is signed but is not an event object.")
    return event


def sign_payload(payload: Union[bytes, str], secret: str, timestamp: Optional[int] = None) -> str:
    """The ``Grivo-Signature`` header for a payload, as Grivo computes it (for tests of your handler)."""
    body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v1={_sign(secret, t, body)}"


def _sign(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def _parse(header: str) -> Tuple[Optional[int], List[str]]:
    timestamp: Optional[int] = None
    signatures: List[str] = []
    for part in header.split(","):
        key, sep, value = part.partition("=")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "t" and value.isdigit() and len(value) <= 12:
            timestamp = int(value)
        elif key == "v1" and len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value):
            signatures.append(value.lower())
    return timestamp, signatures


def _invalid(message: str) -> GrivoError:
    return GrivoError(message, code="invalid_signature", status=400)
