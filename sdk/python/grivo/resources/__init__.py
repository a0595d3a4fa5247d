from .campaigns import Campaigns
from .chatbots import Chatbots, Conversations, Leads, Sources
from .contacts import Contacts, Imports
from .emails import Emails
from .events import Events
from .inbound_webhooks import InboundWebhooks
from .settings import Settings
from .suppressions import Suppressions
from .templates import Templates
from .webhook_endpoints import Deliveries, WebhookEndpoints

__all__ = [
    "Campaigns",
    "Chatbots",
    "Contacts",
    "Conversations",
    "Deliveries",
    "Emails",
    "Events",
    "Imports",
    "InboundWebhooks",
    "Leads",
    "Settings",
    "Sources",
    "Suppressions",
    "Templates",
    "WebhookEndpoints",
]
