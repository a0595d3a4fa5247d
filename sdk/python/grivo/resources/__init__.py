from .audit_log import AuditLog
from .campaigns import Campaigns
from .chatbots import Chatbots, Conversations, Leads, Sources
from .contacts import Bulk, Contacts, Imports
from .emails import Emails
from .events import Events
from .forms import Forms
from .inbound_webhooks import InboundWebhooks
from .segments import Segments
from .settings import Settings
from .suppressions import Suppressions
from .tags import Tags
from .templates import Templates
from .webhook_endpoints import Deliveries, WebhookEndpoints

__all__ = [
    "AuditLog",
    "Bulk",
    "Campaigns",
    "Chatbots",
    "Contacts",
    "Conversations",
    "Deliveries",
    "Emails",
    "Events",
    "Forms",
    "Imports",
    "InboundWebhooks",
    "Leads",
    "Segments",
    "Settings",
    "Sources",
    "Suppressions",
    "Tags",
    "Templates",
    "WebhookEndpoints",
]
