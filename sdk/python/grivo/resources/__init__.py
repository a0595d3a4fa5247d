from .campaigns import Campaigns
from .chatbots import Chatbots, Conversations, Leads, Sources
from .contacts import Contacts, Imports

__all__ = ["Campaigns", "Chatbots", "Contacts", "Conversations", "Imports", "Leads", "Sources"]
