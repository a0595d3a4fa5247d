"""The shapes the API answers with, for type checkers and editors.

Every response is a plain ``dict`` (parsed JSON): these TypedDicts only
describe them. Fields the server adds later are present in the dicts even
before they are listed here.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, TypedDict


class Page(TypedDict):
    data: List[Any]
    total: int
    page: int
    per_page: int
    has_more: bool


class Deleted(TypedDict):
    id: str
    deleted: bool


class Chatbot(TypedDict, total=False):
    id: str
    name: str
    status: str  # untrained | training | active | failed
    pages_trained: int
    training: Optional[Dict[str, Optional[int]]]  # pages_found, pages_done, pages_total (None while finding pages)
    error: Optional[str]
    trained_at: Optional[str]
    website_url: Optional[str]
    sitemap_url: Optional[str]
    urls: List[str]
    crawl: Dict[str, Any]
    instructions: Optional[str]
    welcome_message: Optional[str]
    color: str
    position: str
    allowed_domains: List[str]
    lead_capture: Dict[str, Any]
    display_name: Optional[str]
    starter_questions: List[str]
    retrain_schedule: str
    next_retrain_at: Optional[str]
    created_at: str
    updated_at: str


class TrainedPage(TypedDict, total=False):
    id: str
    url: str
    title: str
    status: str  # indexed | skipped
    reason: Optional[str]
    chunks: int
    last_trained_at: str


class Source(TypedDict, total=False):
    id: str
    chatbot_id: str
    type: str  # text | qna | file | website | sitemap | urls
    title: str
    text: Optional[str]
    question: Optional[str]
    answer: Optional[str]
    alternatives: Optional[List[str]]
    file: Optional[Dict[str, Any]]
    url: str
    crawl: Optional[Dict[str, Any]]
    urls: Optional[List[str]]
    status: str  # pending | training | trained | failed
    error: Optional[str]
    characters: int
    pages: int
    chunks: int
    from_message_id: Optional[str]
    last_trained_at: Optional[str]
    created_at: str
    updated_at: str


class Citation(TypedDict):
    url: str
    title: str
    section: Optional[str]
    snippet: str


class ChatResponse(TypedDict):
    conversation_id: str
    message_id: str
    answer: str
    answered: bool
    sources: List[Citation]


class SearchResponse(TypedDict):
    data: List[Dict[str, Any]]
    total: int
    page: int


class Conversation(TypedDict, total=False):
    id: str
    chatbot_id: str
    channel: str
    origin: Optional[str]
    contact_id: Optional[str]
    lead: Optional[Dict[str, Any]]
    page_url: Optional[str]
    first_question: Optional[str]
    message_count: int
    unanswered_count: int
    thumbs_up: int
    thumbs_down: int
    last_message_at: str
    created_at: str
    messages: List[Dict[str, Any]]  # only from conversations.get


class Lead(TypedDict, total=False):
    conversation_id: str
    name: Optional[str]
    email: str
    contact_id: Optional[str]
    page_url: Optional[str]
    origin: Optional[str]
    first_question: Optional[str]
    created_at: str


class Feedback(TypedDict, total=False):
    message_id: str
    rating: str
    comment: Optional[str]
    created_at: str


class Contact(TypedDict, total=False):
    id: str
    email: str
    first_name: Optional[str]
    last_name: Optional[str]
    phone: Optional[str]
    attributes: Dict[str, Any]
    tags: List[str]
    status: str  # subscribed | unsubscribed | bounced | complained
    source: str
    created_at: str
    updated_at: str


class ContactImport(TypedDict, total=False):
    id: str
    status: str  # queued | processing | completed | failed
    filename: Optional[str]
    bytes: int
    options: Dict[str, Any]
    rows_total: int
    rows_processed: int
    created: int
    updated: int
    skipped: int
    failed: int
    errors: List[Dict[str, Any]]
    error: Optional[str]
    created_at: str
    finished_at: Optional[str]


class Campaign(TypedDict, total=False):
    id: str
    name: str
    subject: str
    from_name: Optional[str]
    from_email: str
    reply_to: Optional[str]
    html: str
    text: str
    text_generated: bool
    audience: Dict[str, Any]
    status: str  # draft | scheduled | sending | paused | sent | cancelled | failed
    error: Optional[str]
    recipients: int
    sent: int
    open_rate: Optional[float]  # unique_opens / sent; None until a message is sent
    click_rate: Optional[float]  # unique_clicks / sent; None until a message is sent
    scheduled_at: Optional[str]
    started_at: Optional[str]
    finished_at: Optional[str]
    created_at: str
    updated_at: str


class CampaignStats(TypedDict, total=False):
    id: str
    status: str
    recipients: int
    sent: int
    failed: int
    bounced: int
    skipped: int
    opens: int
    unique_opens: int
    clicks: int
    unique_clicks: int
    unsubscribes: int
    open_rate: float
    click_rate: float
    links: List[Dict[str, Any]]
    timeline: List[Dict[str, Any]]


class CampaignPreview(TypedDict):
    subject: str
    html: str
    text: str


class AudienceCount(TypedDict):
    recipients: int


class TestSendResult(TypedDict):
    data: List[Dict[str, Any]]


class Template(TypedDict, total=False):
    id: str
    name: str
    subject: str
    html: str
    markdown: Optional[str]
    text: Optional[str]
    created_at: str
    updated_at: str


class TemplateStarter(TypedDict, total=False):
    """An email design shipped with Grivo; ``id`` is what ``starter=`` takes."""

    id: str
    name: str
    description: str
    subject: str
    html: str
    text: str


class Email(TypedDict, total=False):
    id: str
    to: str
    from_email: str
    from_name: Optional[str]
    subject: str
    status: str  # queued | sent | failed | suppressed | bounced | complained | delivered
    tags: List[str]
    template_id: Optional[str]
    error: Optional[str]
    created_at: str
    sent_at: Optional[str]
    events: List[Dict[str, Any]]  # {type, at, detail}


class WorkspaceSettings(TypedDict):
    default_from_name: Optional[str]
    default_from_email: Optional[str]


class WebhookEndpoint(TypedDict, total=False):
    id: str
    url: str
    events: List[str]
    description: Optional[str]
    enabled: bool
    disabled_reason: Optional[str]
    failing_since: Optional[str]
    created_at: str
    updated_at: str
    secret: str  # only from create and roll_secret


class WebhookDelivery(TypedDict, total=False):
    id: str
    endpoint_id: str
    event_id: str
    event_type: str
    status: str  # pending | succeeded | failed
    attempts: int
    response_status: Optional[int]
    duration_ms: Optional[int]
    error: Optional[str]
    next_attempt_at: Optional[str]
    last_attempt_at: Optional[str]
    created_at: str


class Event(TypedDict):
    id: str
    type: str  # contact.created, email.bounced, … ping
    created_at: str
    data: Dict[str, Any]


class AuditEntry(TypedDict):
    id: str
    action: str  # api_key.created, api_key.revoked, campaign.sent, contact.erased, settings.updated, …
    actor: Dict[str, Any]  # {type: user | api_key | system, id, label}
    resource: Dict[str, Any]  # {type, id}
    details: Dict[str, Any]
    created_at: str


class Suppression(TypedDict, total=False):
    email: str
    reason: str  # hard_bounce | soft_bounces | complaint | manual | unsubscribed
    source: str
    created_at: str


class InboundWebhook(TypedDict, total=False):
    id: str
    provider: str  # ses | sendgrid | postmark | mailgun | generic
    url: str
    description: Optional[str]
    created_at: str


class Segment(TypedDict, total=False):
    id: str
    name: str
    match: str  # all | any
    conditions: List[Dict[str, Any]]  # {field, op, value}
    contacts: int
    created_at: str
    updated_at: str


class SegmentCount(TypedDict):
    contacts: int
    subscribed: int


class ContactDataExport(TypedDict, total=False):
    exported_at: str
    contact: Contact
    consent_events: List[Dict[str, Any]]
    campaigns: List[Dict[str, Any]]
    emails: List[Dict[str, Any]]
    conversations: List[Dict[str, Any]]
    suppression: Optional[Dict[str, Any]]


class ContactErasure(TypedDict, total=False):
    id: str
    erased: bool
    erased_at: str
    campaign_recipients: int
    conversations: int
    messages: int
    emails: int
    events: int


class ContactActivity(TypedDict, total=False):
    type: str  # contact.created, campaign.sent, campaign.opened, campaign.clicked, email.bounced, …
    at: str


class ResendConfirmation(TypedDict):
    contact_id: str
    status: str
    requested_at: str


class ContactBulkAction(TypedDict, total=False):
    id: str
    action: str  # tag | untag | unsubscribe | delete
    tags: List[str]
    status: str  # queued | running | done | failed
    total: int
    processed: int
    changed: int
    not_found: int
    error: Optional[str]
    created_at: str
    finished_at: Optional[str]


class Tag(TypedDict):
    tag: str
    contacts: int


class CampaignRecipient(TypedDict, total=False):
    contact_id: Optional[str]
    email: str
    first_at: str
    count: int


class Form(TypedDict, total=False):
    id: str
    name: str
    fields: List[Dict[str, Any]]  # {key, label, required}
    tags: List[str]
    consent_text: str
    redirect_url: Optional[str]
    allowed_domains: List[str]
    success_message: Optional[str]
    hosted_url: str
    snippet: str
    created_at: str
    updated_at: str
