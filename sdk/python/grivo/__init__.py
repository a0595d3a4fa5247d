"""The Python client of the Grivo API.

    from grivo import Grivo, GrivoError

    client = Grivo(api_key="...", base_url="http://localhost:3000")
    bot = client.chatbots.create(name="Support")
    for contact in client.contacts.list(tag="vip"):
        print(contact["email"])

Webhook deliveries are verified with ``grivo.webhooks.construct_event``.
"""

from ._client import Grivo
from ._errors import GrivoError
from ._pagination import Paginator
from ._sse import ChatStream, ServerSentEvent
from ._version import __version__
from . import webhooks

__all__ = ["ChatStream", "Grivo", "GrivoError", "Paginator", "ServerSentEvent", "__version__", "webhooks"]
