/**
 * Generated from packages/sdk/openapi.json by `npm run generate`: do not edit.
 * The server's OpenAPI document as TypeScript types, used by the SDK, the
 * dashboard and the widget.
 */

export interface paths {
    "/v1/chatbots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all chatbots
         * @description The chatbots of your workspace, newest first, a page at a time.
         */
        get: operations["listChatbots"];
        put?: never;
        /**
         * Create a new chatbot
         * @description Creates the chatbot and, when it has a website_url, sitemap_url or urls, starts training it in the background (`status: training`). Only `name` is required.
         */
        post: operations["createChatbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chatbot details
         * @description A chatbot's settings, and where its training stands (`status`, `training`, `pages_trained`).
         */
        get: operations["getChatbot"];
        put?: never;
        post?: never;
        /**
         * Delete a chatbot
         * @description Deletes the chatbot with its pages, sources, conversations and leads. Its widget stops answering at once.
         */
        delete: operations["deleteChatbot"];
        options?: never;
        head?: never;
        /**
         * Update chatbot settings
         * @description Changes the fields given and leaves the others. Changing what it trains on does not retrain it: call train (or let retrain_schedule do it).
         */
        patch: operations["updateChatbot"];
        trace?: never;
    };
    "/v1/chatbots/{id}/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train the chatbot on its website again
         * @description Crawls the sources and re-indexes only what changed; the chatbot keeps answering from its current pages meanwhile. While a training is queued, asking again changes nothing; while one runs, asking again stops it at its next step and starts over, taking in what changed meanwhile; the chatbot stays training until the new run ends.
         */
        post: operations["trainChatbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trained pages
         * @description The pages the chatbot was trained on, and those it left out with the reason, by URL.
         */
        get: operations["listChatbotPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the chatbot a question
         * @description Answers from the trained pages only, citing them; `answered: false` when nothing on them answers. Continue a conversation with its `conversation_id`. With `stream: true`, answers as Server-Sent Events: `meta`, `delta`…, `done`.
         */
        post: operations["chatWithChatbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the chatbot's trained pages
         * @description The sections the chat would answer from, ranked, each once, deep-linked to the section. For testing retrieval: nothing is stored and no conversation starts.
         */
        post: operations["searchChatbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Latest first; filter by unanswered questions, rated answers or leads.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/messages/{message_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate an answer
         * @description Thumbs up or down, with an optional comment; rating again replaces it. Counted in the analytics.
         */
        post: operations["rateAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation with its messages
         * @description The conversation's questions and answers, oldest first, with their sources and ratings.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatbot's sources
         * @description Its texts, Q&As, files and crawl settings, newest first, each with its training status.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Add a source
         * @description A text (Markdown accepted; headings become sections), a question with its answer (`qna`), which is given word for word whenever a visitor asks it closely (`from_message_id` takes the question from a conversation), or a file sent as multipart/form-data (`file` part, optional `title` part): PDF (cited per page), Word .docx (its headings become sections), Markdown, plain text or HTML, known by its bytes. `website`, `sitemap` and `urls` are the chatbot's crawl settings, one of each. The source trains in the background (`status`); the chatbot keeps answering meanwhile.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/sources/{source_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description A source and where its training stands.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Its pages leave the index at once.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description A text source takes `title` and `text`; a Q&A source `question`, `answer` and `alternatives`; a file its `title`; a website `url` and `crawl`; a sitemap `url`; urls `urls`. It trains again.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/chatbots/{id}/sources/{source_id}/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train a source again
         * @description As it is: after a failure, for instance. The chatbot keeps answering from its current version meanwhile.
         */
        post: operations["trainSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chatbot's analytics
         * @description Per UTC day: conversations, questions, the share answered, thumbs up and down, leads; and the questions asked most and left unanswered most (wordings with the same analyzed terms count as one). Default: the last 30 days; at most 366.
         */
        get: operations["getChatbotAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description Visitors who left their email in the widget, latest first.
         */
        get: operations["listLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export leads as CSV
         * @description Every lead, latest first, as a CSV download. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: operations["exportLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/refused-origins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List refused widget origins
         * @description The websites whose pages loaded the widget although they are not in the chatbot's allowed_domains, most recently seen first: the 20 most recent are kept. A website that is not an origin's own page (no Origin header) is not listed.
         */
        get: operations["listRefusedOrigins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chatbots/{id}/refused-origins/{origin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Dismiss a refused widget origin
         * @description Takes the origin off the list (after allowing it, or to ignore it). It is listed again if its pages ask for the widget again while it is not allowed.
         */
        delete: operations["deleteRefusedOrigin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all contacts
         * @description Newest first, filtered by search, tag, status or segment. To walk a list that is changing, pass the last id seen as starting_after.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Add a new contact
         * @description Answers 201 with the new contact. A contact with the same email (case-insensitive) answers 409 contact_exists, unless ?upsert=true, which updates it and answers 200.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export contacts as CSV
         * @description Streams every contact matching the filters as CSV, attributes as extra columns. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: operations["exportContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description A contact with its attributes and tags.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Deletes the contact; campaigns being sent skip it.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes the fields given. attributes are merged (a key set to null is removed); tags replace the contact's tags.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description Newest first, each with how many contacts match it now.
         */
        get: operations["listSegments"];
        put?: never;
        /**
         * Create a segment
         * @description Answers 201 with the segment and its live count. Use it as `GET /v1/contacts?segment=`, or as a campaign audience `{"segment": "seg_…"}`.
         */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the contacts of conditions
         * @description How many contacts match these conditions now, without saving them (the builder’s live count).
         */
        post: operations["countSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a segment
         * @description The segment with how many contacts match it now.
         */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        /**
         * Delete a segment
         * @description Contacts are not touched. A draft or scheduled campaign sent to this segment fails to start with a message saying so: give it another audience.
         */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        /**
         * Update a segment
         * @description Changes the fields given; conditions given replace them all. Campaigns not yet sent use the new conditions.
         */
        patch: operations["updateSegment"];
        trace?: never;
    };
    "/v1/contacts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a person's data
         * @description Everything Grivo holds about the contact, as JSON: what to give a person who asks for their data (GDPR article 15).
         */
        get: operations["exportContactData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person
         * @description Removes the person everywhere (GDPR article 17): the contact with its attributes and tags, their consent record, their address in the campaigns sent to them (the campaigns' totals stay), what they wrote to chatbots, transactional emails to them, events that named them, stored Idempotency-Key responses about them, import row errors that quoted their address and their place in bulk actions (a match on their whole address or id, never a part of another's). The address is kept only as a hash, keyed with the server's secret, on the suppression list (reason `erased`), so no import, form or lead mails it again; DELETE /v1/suppressions/{email} with their address lifts it. Emits `contact.deleted` with the id only. Calling it again for the id answers the same.
         */
        post: operations["eraseContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contact's activity
         * @description Newest first: when the contact was added, the CSV imports that created it and last changed it, each campaign message (sent, opened by a person, clicked, bounced, failed, unsubscribed), transactional emails to its address and what happened to them, chatbot conversations and leads, consent, and suppression. Each source gives its latest 200 records (campaigns, emails, conversations), so a very active contact's oldest activity may not be listed.
         */
        get: operations["listContactActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List who received, opened or clicked a campaign
         * @description The recipients to whom one event happened, newest first. The total equals the event's number in GET /v1/campaigns/{id}/stats (sent, unique_opens, unique_clicks, bounced, unsubscribes, failed); for opened and clicked, the counts add up to its opens and clicks.
         */
        get: operations["listCampaignRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/recipients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export who received, opened or clicked a campaign as CSV
         * @description The same recipients as the list, every one of them, by contact id. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: operations["exportCampaignRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import via CSV
         * @description Send the file as multipart/form-data (field `file`; option fields before it) or as a raw `text/csv` body. The header row names the columns: email (required), first_name, last_name, phone, tags, status; any other column becomes an attribute. The file is streamed and stored, then imported in the background: poll GET /v1/contacts/imports/{id}. Rows that fail are reported with their line, not thrown.
         */
        post: operations["importContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact imports
         * @description Your CSV imports, newest first, with their progress and counts.
         */
        get: operations["listContactImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an import and its progress
         * @description Poll it until `status` is completed or failed; `errors` lists the first 100 rows that failed.
         */
        get: operations["getContactImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag, untag, unsubscribe or delete many contacts
         * @description Answers 202 with the action, which runs in the background in batches: follow it with GET /v1/contacts/bulk/{id}. Select the contacts with exactly one of `ids` (at most 1000), `segment` or `filter` (the filters of the contacts list). Tags are compared case-insensitively. `unsubscribe` leaves bounced and complained contacts as they are. Each changed contact emits its webhook event (contact.updated, contact.unsubscribed, contact.deleted).
         */
        post: operations["createContactBulkAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/bulk/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a bulk action and its progress
         * @description Poll it until `status` is `done` or `failed`: `processed` of `total` contacts so far, `changed` of them.
         */
        get: operations["getContactBulkAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's tags
         * @description Every tag your contacts carry, with how many carry it, most used first. Tags are compared case-insensitively everywhere (filters, audiences, segments, imports): `VIP` and `vip` are one tag, shown as first written. `?search=` keeps the tags starting with the text.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all campaigns
         * @description Newest first, optionally only those in one status.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description Creates a draft. Templates are checked now: an invalid one answers 400 invalid_template naming the field, line and reason.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a message
         * @description Renders unsaved templates as a recipient gets them (escaping, unsubscribe footer, text made from the HTML), for contact_id or a sample contact. Links are not rewritten to the click redirect. Invalid templates answer 400 invalid_template.
         */
        post: operations["previewCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count an audience
         * @description How many subscribed contacts a campaign with this audience would be sent to if it started now.
         */
        post: operations["countAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign
         * @description A campaign with its templates, audience, status and sent count.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /**
         * Delete a campaign
         * @description Only while draft or scheduled; otherwise 409 invalid_campaign_state.
         */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /**
         * Update a campaign
         * @description Only while draft or scheduled; otherwise 409 invalid_campaign_state. Templates are checked again.
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/v1/campaigns/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a campaign
         * @description Starts sending a draft now, or at send_at. Every subscribed contact of the audience at that moment receives it exactly once. A campaign that is not a draft answers 409.
         */
        post: operations["sendCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a campaign
         * @description A new draft with the same templates, sender and audience, named "<name> (copy)"; from any status.
         */
        post: operations["duplicateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test
         * @description Sends the campaign now to up to 5 addresses, with "[Test]" before the subject, rendered as contact_id when given (else as the workspace's contact of each address). Not counted in the stats; each address's outcome is in the answer.
         */
        post: operations["sendTestCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a sending campaign
         * @description Takes effect within a second. A campaign in another state answers 409 invalid_campaign_state.
         */
        post: operations["pauseCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused campaign
         * @description Takes effect within a second. A campaign in another state answers 409 invalid_campaign_state.
         */
        post: operations["resumeCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled, sending or paused campaign
         * @description Takes effect within a second. A campaign in another state answers 409 invalid_campaign_state.
         */
        post: operations["cancelCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign analytics
         * @description Deliveries, bounces, opens and clicks (total and unique), unsubscribes, rates, clicks per link and activity per hour.
         */
        get: operations["getCampaignStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Newest first.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description A subject and exactly one of html and markdown (made into HTML now, and kept), optionally text; or `starter`, the id of a starter design whose name, subject, html and text fill the fields not given. The Liquid is checked now: an invalid template answers 400 invalid_template naming the field, line and reason.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/starters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List starter designs
         * @description The email designs shipped with Grivo (newsletter, announcement, plain letter, welcome): responsive, with a text version and an unsubscribe link. Create a template from one with `starter` in POST /v1/templates, or copy its subject, html and text into a campaign.
         */
        get: operations["listTemplateStarters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a template
         * @description A template with its subject, HTML, markdown and text.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description Emails and campaigns made from it keep their content.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a template
         * @description Changes the fields given; the templates are checked again. Emails already accepted keep their content.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/v1/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List emails
         * @description Transactional emails, newest first, optionally only those in one status or to one address.
         */
        get: operations["listEmails"];
        put?: never;
        /**
         * Send an email
         * @description Renders the email now (Liquid over `data`, from the fields given or a template) and sends it in the background: answers 202 with status queued, or suppressed (nothing is sent, `error` says why) when the address is on the suppression list. The sender defaults to the workspace's (PATCH /v1/settings). Retry safely with an `Idempotency-Key`.
         */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an email
         * @description An email with its status and history: queued, sent, failed, delivered, bounced, complained.
         */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace's settings
         * @description The default sender of transactional emails, double opt-in and its confirmation email, and the postal address.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the workspace's settings
         * @description Changes the settings given; null clears one. An invalid address or confirmation template answers 400 naming the field.
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/v1/contacts/{id}/resend-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a pending contact a new confirmation email
         * @description Queues a new double opt-in confirmation email to a `pending` contact, at most once every 5 minutes. A contact that is not pending answers 400; a suppressed address 409.
         */
        post: operations["resendConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Newest first. Secrets are not shown.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description Answers 201 with the endpoint and its signing secret (`whsec_…`), shown only now. Every event of the types it lists is POSTed to its URL, signed in the `Grivo-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description The endpoint, without its secret.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and its delivery log; nothing more is sent to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the fields given. `enabled: true` re-enables an endpoint disabled after 3 days of failures and clears why.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/roll-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret
         * @description Answers with the endpoint and its new secret, shown only now; the old one signs nothing more.
         */
        post: operations["rollWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries to an endpoint
         * @description Newest first, each with its attempts so far; `status` filters.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description Puts the delivery back in line, even one that failed for good; it is attempted within seconds. Answers 202.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit log
         * @description Who did what in the workspace, newest first: API keys created and revoked, campaigns sent, scheduled and cancelled, contact exports, imports and erasures, chatbots and webhook endpoints, settings and members. Filters combine; `since` and `until` take a time or a date. A signed-in member needs the owner or admin role.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description The last 30 days of events, newest first; `type` filters.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description An event of the last 30 days, as webhooks send it.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Emits a `ping` event to this endpoint only (enabled or not) and answers 202 with its delivery, attempted within seconds.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppressed addresses
         * @description Newest first. Hard bounces, repeated soft bounces and complaints are added by themselves; `?email=` keeps the addresses that are, or start with, the value given (case-insensitive).
         */
        get: operations["listSuppressions"];
        put?: never;
        /**
         * Suppress an address
         * @description Answers 201 with the new suppression. An address already suppressed answers 200 with the suppression as it is (its first reason and source are kept). Campaigns skip a suppressed address and transactional email is not sent to it.
         */
        post: operations["createSuppression"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppressions/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a suppression
         * @description Mail may go to the address again. An erased person's suppression (kept only as a hash) is lifted too when the address given is theirs: for a person who came back with new consent. A contact that bounced or complained keeps its status: set it to subscribed with PATCH /v1/contacts/{id} if the person asked for it.
         */
        delete: operations["deleteSuppression"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List forms
         * @description Newest first.
         */
        get: operations["listForms"];
        put?: never;
        /**
         * Create a form
         * @description A subscribe form: its fields (email always, and required), the tags it adds, the consent text, where to go after, and the sites it may be posted from. The answer holds the hosted page (`hosted_url`) and an HTML `snippet` to paste into your site. A submission adds or updates the contact (source `form`) and asks for consent: with double opt-in on, a confirmation email.
         */
        post: operations["createForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a form
         * @description A form with its hosted page URL and snippet.
         */
        get: operations["getForm"];
        put?: never;
        post?: never;
        /**
         * Delete a form
         * @description Its hosted page and snippet stop taking sign-ups; the contacts it added stay.
         */
        delete: operations["deleteForm"];
        options?: never;
        head?: never;
        /**
         * Update a form
         * @description Changes the fields given; `fields` replaces the whole list. Snippets already pasted keep working.
         */
        patch: operations["updateForm"];
        trace?: never;
    };
    "/v1/inbound-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inbound webhooks
         * @description Newest first.
         */
        get: operations["listInboundWebhooks"];
        put?: never;
        /**
         * Create an inbound webhook
         * @description Answers 201 with the URL to give the provider (SES through SNS, SendGrid, Postmark, Mailgun, or Grivo's generic format). Bounces and complaints it reports suppress the address, update the contact and the campaign or email, and emit email.bounced / email.complained / email.delivered events.
         */
        post: operations["createInboundWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inbound webhook
         * @description With its URL (the signing key is never shown again).
         */
        get: operations["getInboundWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete an inbound webhook
         * @description Its URL answers 404 from now on.
         */
        delete: operations["deleteInboundWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a link to choose a new password
         * @description Always answers 202, whether or not the address has an account, so nobody learns who has one. When it has, a link that works for an hour is mailed to it; a newer request replaces the link. Requests are limited per IP address and per email address.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset link, and sign in
         * @description Sets the new password, uses up the link, signs the account out everywhere and opens a new session (the grivo_session cookie).
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your name, email address or password
         * @description A new email address or password needs `current_password`. A new password signs out every other session of the account; this one stays.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/dashboard/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in workspace
         * @description Its name, plan, postal address, default sender and time zone. Every member may read it.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the workspace, or change its address, sender or time zone
         * @description Owners and admins only. Fields left out stay as they are; null clears an optional one.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/dashboard/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace at a glance
         * @description Conversations of every chatbot and how many were answered, leads, contacts (total and new per day) and the last campaigns' open and click rates, over the last 7, 30 or 90 days. Every member may read it.
         */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's members and their roles
         * @description Every member, in the order they joined. Any member may read it.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (their sessions in the workspace end)
         * @description Owners and admins. The owner cannot be removed: they hand the workspace over first.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role, or hand the workspace over
         * @description Owners and admins. `owner` is the owner handing the workspace over: that member becomes owner, the old owner an admin. The owner's own role cannot be changed otherwise.
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/dashboard/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Invitations not yet accepted, revoked or expired. Owners and admins.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by email
         * @description Mails a single-use link that works for 7 days. Inviting an address with a pending invitation replaces it (a new link is mailed, the old one stops working). Owners and admins.
         */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation
         * @description Its link stops working at once. Revoking it again changes nothing. Owners and admins.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation, and sign in to its workspace
         * @description A new address sets a password (and a name). An existing account is signed in as itself (send X-CSRF-Token) or gives its password. The session is then in the invited workspace.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspaces you belong to, with your role
         * @description For the workspace switcher; `current` marks the one this session is in.
         */
        get: operations["listMyWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/session/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch this session to another of your workspaces
         * @description The session (and its CSRF token) stays; what it may do is your role in the new workspace.
         */
        post: operations["switchWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and its workspace (Free plan), and sign in
         * @description Creates the user and a workspace on the Free plan, and signs in: the session is set as the grivo_session cookie. Failed attempts are limited per IP address.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Opens a session, set as the grivo_session cookie; send the CSRF token it answers as X-CSRF-Token on every request that changes something. Failed attempts are limited per IP address and per email.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (ends this session)
         * @description Ends the session and clears its cookie. Other sessions of the user stay signed in.
         */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user, workspace and CSRF token
         * @description Who is signed in, to which workspace, and the CSRF token to send as X-CSRF-Token.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's API keys (never their secrets)
         * @description Every key of the workspace, revoked ones included, in one page.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; its secret is shown this once
         * @description The answer carries the whole key in `secret`, this once: only its hash is kept.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key, effective on its next request
         * @description The key answers 401 invalid_api_key from its next request on. Revoking it again changes nothing.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the plan, its limits, and usage against them
         * @description The workspace's plan limits (null: no limit), what is used of them, and the rate limit's window now.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/chatbots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chatbot's public settings (widget)
         * @description What the widget needs to show itself: the name, colour, position, first words and lead form.
         */
        get: operations["publicGetChatbot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/chatbots/{id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask a question (widget)
         * @description Answers from the trained pages, as the chat endpoint does (with `stream: true`, as Server-Sent Events). Continuing a conversation takes the `conversation_token` its first answer gave, in the x-conversation-token header. Limited per IP address, and per chatbot per day by its plan. Body: at most 16 KB.
         */
        post: operations["publicChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/chatbots/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave contact details (widget)
         * @description The visitor's name and email, kept on the conversation (its token in the x-conversation-token header) and added to the workspace's contacts (tagged as a lead) unless its plan is full. Body: at most 16 KB.
         */
        post: operations["publicCreateLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/chatbots/{id}/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a visitor's conversation (widget)
         * @description Its messages, oldest first, to show again after a page load; the conversation's token in the x-conversation-token header.
         */
        get: operations["publicGetConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/chatbots/{id}/messages/{message_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate an answer (widget)
         * @description Thumbs up or down on an answer of the visitor's own conversation (its token in the x-conversation-token header); rating again replaces it. Body: at most 16 KB.
         */
        post: operations["publicRateAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What every failure answers: `{"error": {"code", "message", "status"}}`. */
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "invalid_token" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "invalid_signature" | "not_signed_in" | "plan_limit_exceeded" | "forbidden" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "already_member" | "invalid_campaign_state" | "suppressed" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                message: string;
                status: number;
                /** @description The parameter, field or header at fault, when there is one. */
                param?: string;
                /** @description Quote it to support: it finds the request in the logs. */
                request_id?: string;
            };
        };
        /**
         * @description Deleted.
         * @example {
         *       "id": "bot_0VbQx3Lk7pZm2RtN",
         *       "deleted": true
         *     }
         */
        Deleted: {
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description The signed-in user and workspace; the session itself is the grivo_session cookie.
         * @example {
         *       "user": {
         *         "id": "usr_0VbPm1Qa7RkT3xLe",
         *         "email": "jane@acme-tools.com",
         *         "name": "Jane Doe"
         *       },
         *       "workspace": {
         *         "id": "ws_0VbPm1Qb2NwY6cHs",
         *         "name": "Acme Tools",
         *         "plan": "free",
         *         "role": "owner",
         *         "time_zone": "UTC"
         *       },
         *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
         *       "expires_at": "2026-04-14T10:30:00Z"
         *     }
         */
        Session: {
            user: {
                id: string;
                email: string;
                name: string | null;
            };
            workspace: {
                id: string;
                name: string;
                plan: string;
                /**
                 * @description Your role in it: members use the workspace, admins also manage it, its one owner also hands it over.
                 * @enum {string}
                 */
                role: "owner" | "admin" | "member";
                /** @description Its IANA time zone (`Europe/Paris`), in which the dashboard takes and shows schedules and hours. */
                time_zone: string;
            };
            /** @description Send it back as the X-CSRF-Token header on every request that changes something. */
            csrf_token: string;
            expires_at: string;
        };
        /**
         * @description An API key, without its secret.
         * @example {
         *       "id": "key_0VbPm4Zc9TfG1vBp",
         *       "name": "Production server",
         *       "prefix": "grv_live_4Fq9",
         *       "created_at": "2026-03-15T10:35:00Z",
         *       "last_used_at": "2026-03-16T08:04:01Z",
         *       "revoked_at": null
         *     }
         */
        ApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the key, to recognise it by. */
            prefix: string;
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
        };
        /**
         * @description The new key, with its secret: shown this once.
         * @example {
         *       "id": "key_0VbPm4Zc9TfG1vBp",
         *       "name": "Production server",
         *       "prefix": "grv_live_4Fq9",
         *       "created_at": "2026-03-15T10:35:00Z",
         *       "last_used_at": null,
         *       "revoked_at": null,
         *       "secret": "grv_live_4Fq9tK2mXw8zR3pL7vN1cB6yH0dQ5sJe"
         *     }
         */
        CreatedApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the key, to recognise it by. */
            prefix: string;
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
            /** @description The whole key. Shown this once: only its hash is kept. */
            secret: string;
        };
        /**
         * @description The workspace's plan, its limits, and what is used of them.
         * @example {
         *       "plan": "free",
         *       "limits": {
         *         "chatbots": 1,
         *         "pages_per_chatbot": 50,
         *         "contacts": 500,
         *         "emails_per_month": 1000,
         *         "chat_messages_per_day": 100,
         *         "requests_per_window": 60,
         *         "window_seconds": 60
         *       },
         *       "usage": {
         *         "chatbots": 1,
         *         "pages_trained": 47,
         *         "largest_chatbot_pages": 47,
         *         "contacts": 212,
         *         "emails_this_month": 0
         *       },
         *       "rate_limit": {
         *         "limit": 60,
         *         "remaining": 59,
         *         "reset_at": "2026-03-16T08:05:00Z"
         *       }
         *     }
         */
        Usage: {
            plan: string;
            limits: {
                /** @description null: no limit */
                chatbots: number | null;
                /** @description null: no limit */
                pages_per_chatbot: number | null;
                /** @description null: no limit */
                contacts: number | null;
                /** @description null: no limit */
                emails_per_month: number | null;
                /** @description null: no limit */
                chat_messages_per_day: number | null;
                requests_per_window: number;
                window_seconds: number;
            };
            usage: {
                chatbots: number;
                /** @description Pages indexed across every chatbot. */
                pages_trained: number;
                largest_chatbot_pages: number;
                contacts: number;
                emails_this_month: number;
            };
            rate_limit: {
                limit: number;
                remaining: number;
                reset_at: string;
            };
        };
        /**
         * @description The workspace's settings.
         * @example {
         *       "default_from_name": "Acme Tools",
         *       "default_from_email": "hello@acme-tools.com",
         *       "double_opt_in": true,
         *       "confirmation_subject": null,
         *       "confirmation_html": null,
         *       "confirmation_expiry_days": 7,
         *       "postal_address": "Acme Tools, 1 Market Street, Springfield"
         *     }
         */
        Settings: {
            /** @description The sender name of emails that give none. */
            default_from_name: string | null;
            /** @description The sender address of transactional emails that give none (POST /v1/emails). */
            default_from_email: string | null;
            /** @description On (the default): people who sign up through a form or a chatbot lead become `pending` and are sent a confirmation email; they become `subscribed` when they confirm. Off: they are subscribed at once. */
            double_opt_in: boolean;
            /** @description Liquid subject of the confirmation email; null: the default one. */
            confirmation_subject: string | null;
            /** @description Liquid HTML of the confirmation email; null: the default one. Variables: `confirm_url` (required), `first_name`, `last_name`, `email`, `workspace_name`, `expiry_days`. */
            confirmation_html: string | null;
            /** @description Days a confirmation link works; pending contacts that have not confirmed by then are deleted. */
            confirmation_expiry_days: number;
            /** @description The postal address shown in email footers and on the preference page. */
            postal_address: string | null;
        };
        /**
         * @description The signed-in workspace: its name and what its emails and schedules use.
         * @example {
         *       "id": "ws_0VbPm1Qb2NwY6cHs",
         *       "name": "Acme Tools",
         *       "plan": "free",
         *       "postal_address": "Acme Tools, 1 Market Street, Springfield",
         *       "default_from_name": "Acme Tools",
         *       "default_from_email": "hello@acme-tools.com",
         *       "time_zone": "Europe/London"
         *     }
         */
        DashboardWorkspace: {
            id: string;
            name: string;
            plan: string;
            /** @description Shown in email footers and on the preference page. */
            postal_address: string | null;
            /** @description The sender name of emails that give none. */
            default_from_name: string | null;
            /** @description The sender address of emails that give none. */
            default_from_email: string | null;
            /** @description IANA time zone the dashboard shows and takes schedules and hourly figures in, e.g. Europe/Paris. */
            time_zone: string;
        };
        /**
         * @description The workspace at a glance: its chatbots' conversations, contacts and last campaigns.
         * @example {
         *       "days": 7,
         *       "from": "2026-03-09",
         *       "to": "2026-03-15",
         *       "chatbots": {
         *         "total": 1,
         *         "conversations": 31,
         *         "questions": 48,
         *         "answered": 44,
         *         "answered_rate": 0.9167,
         *         "leads": 5
         *       },
         *       "contacts": {
         *         "total": 1204,
         *         "new": 37
         *       },
         *       "daily": [
         *         {
         *           "date": "2026-03-15",
         *           "conversations": 6,
         *           "leads": 1,
         *           "new_contacts": 4
         *         }
         *       ],
         *       "campaigns": [
         *         {
         *           "id": "cmp_0VbTz6Kp2HnV9qDf",
         *           "name": "Spring release",
         *           "status": "sent",
         *           "sent": 1180,
         *           "open_rate": 0.4212,
         *           "click_rate": 0.0871,
         *           "started_at": "2026-03-12T09:00:00Z",
         *           "finished_at": "2026-03-12T09:04:10Z"
         *         }
         *       ]
         *     }
         */
        Overview: {
            /** @description Days covered, today included. */
            days: number;
            /** @description First day (UTC) covered, like 2026-03-15. */
            from: string;
            /** @description Last day (UTC) covered: today. */
            to: string;
            chatbots: {
                /** @description Chatbots in the workspace. */
                total: number;
                /** @description Conversations started in the period, across every chatbot. */
                conversations: number;
                /** @description Visitors' questions in the period. */
                questions: number;
                /** @description Questions answered from the trained pages. */
                answered: number;
                /** @description answered / questions, 0 to 1; null when there is nothing to divide. */
                answered_rate: number | null;
                /** @description Visitors who left their contact details in the period. */
                leads: number;
            };
            contacts: {
                /** @description Contacts in the workspace now. */
                total: number;
                /** @description Contacts added in the period (those still in the workspace). */
                new: number;
            };
            /** @description Every day of the period, oldest first. */
            daily: {
                date: string;
                conversations: number;
                leads: number;
                new_contacts: number;
            }[];
            /** @description The last campaigns that started sending, latest first (at most 5), whenever they were sent. */
            campaigns: {
                id: string;
                name: string;
                /** @description sending, paused, sent, cancelled or failed. */
                status: string;
                sent: number;
                /** @description unique_opens / sent, human opens only, 0 to 1; null when there is nothing to divide. */
                open_rate: number | null;
                /** @description unique_clicks / sent, 0 to 1; null when there is nothing to divide. */
                click_rate: number | null;
                started_at: string;
                finished_at: string | null;
            }[];
        };
        /**
         * @description A person who belongs to the workspace, and their role.
         * @example {
         *       "user_id": "usr_0VbPm1Qa7RkT3xLe",
         *       "email": "jane@acme-tools.com",
         *       "name": "Jane Doe",
         *       "role": "owner",
         *       "joined_at": "2026-01-05T10:00:00.000Z"
         *     }
         */
        Member: {
            user_id: string;
            email: string;
            name: string | null;
            /**
             * @description Members use the workspace, admins also manage it, its one owner also hands it over.
             * @enum {string}
             */
            role: "owner" | "admin" | "member";
            joined_at: string;
        };
        /**
         * @description An invitation to join the workspace, mailed as a single-use link.
         * @example {
         *       "id": "inv_0VbPm1Qa7RkT3xLe",
         *       "email": "sam@acme-tools.com",
         *       "role": "member",
         *       "invited_by": "usr_0VbPm1Qa7RkT3xLe",
         *       "created_at": "2026-01-05T10:00:00.000Z",
         *       "expires_at": "2026-01-12T10:00:00.000Z",
         *       "accepted_at": null,
         *       "revoked_at": null
         *     }
         */
        Invitation: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** @description The user id of who invited. */
            invited_by: string | null;
            created_at: string;
            /** @description The link stops working at this time (7 days after it was sent). */
            expires_at: string;
            accepted_at: string | null;
            revoked_at: string | null;
        };
        /**
         * @description A workspace the signed-in user belongs to.
         * @example {
         *       "id": "ws_0VbPm1Qa7RkT3xLe",
         *       "name": "Acme Tools",
         *       "role": "admin",
         *       "current": true
         *     }
         */
        WorkspaceChoice: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** @description Whether this session is signed in to it. */
            current: boolean;
        };
        /**
         * @description A contact of the workspace.
         * @example {
         *       "id": "ct_0VbPq7Tn4GxD8hRc",
         *       "email": "jane@example.org",
         *       "first_name": "Jane",
         *       "last_name": "Doe",
         *       "phone": "+1 415 555 0134",
         *       "attributes": {
         *         "company": "Northwind",
         *         "plan": "pro"
         *       },
         *       "tags": [
         *         "customer",
         *         "newsletter"
         *       ],
         *       "status": "subscribed",
         *       "source": "api",
         *       "created_at": "2026-03-15T10:30:00Z",
         *       "updated_at": "2026-03-15T10:30:00Z"
         *     }
         */
        Contact: {
            /** @description Starts with ct_. */
            id: string;
            email: string;
            first_name: string | null;
            last_name: string | null;
            phone: string | null;
            attributes: {
                [key: string]: unknown;
            };
            tags: string[];
            /** @enum {string} */
            status: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
            /** @enum {string} */
            source: "api" | "import" | "chatbot" | "dashboard" | "form";
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description The message as the recipient gets it.
         * @example {
         *       "subject": "What is new this spring, Jane",
         *       "html": "<p>Hi Jane,</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p><p style=\"font-size:12px\"><a href=\"https://grivo.acme-tools.com/unsubscribe/preview\">Unsubscribe</a></p>",
         *       "text": "Hi Jane,\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].\n\nUnsubscribe: https://grivo.acme-tools.com/unsubscribe/preview"
         *     }
         */
        CampaignPreview: {
            subject: string;
            /** @description With the unsubscribe footer and open pixel; links are left pointing where they go. */
            html: string;
            /** @description As given, or made from the HTML, with the unsubscribe line. */
            text: string;
        };
        /**
         * @description How many would receive it.
         * @example {
         *       "recipients": 1832
         *     }
         */
        AudienceCount: {
            /** @description Subscribed contacts a send of this audience would go to now. */
            recipients: number;
        };
        /**
         * @description An email campaign: its templates, audience and where its sending stands.
         * @example {
         *       "id": "cmp_0VbTz6Kp2HnV9qDf",
         *       "name": "Spring release",
         *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
         *       "from_name": "Acme Tools",
         *       "from_email": "news@acme-tools.com",
         *       "reply_to": "support@acme-tools.com",
         *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
         *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
         *       "text_generated": true,
         *       "audience": {
         *         "tags": [
         *           "customer",
         *           "newsletter"
         *         ],
         *         "match": "any"
         *       },
         *       "status": "draft",
         *       "error": null,
         *       "recipients": 0,
         *       "sent": 0,
         *       "open_rate": null,
         *       "click_rate": null,
         *       "scheduled_at": null,
         *       "started_at": null,
         *       "finished_at": null,
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "updated_at": "2026-03-20T14:00:00Z"
         *     }
         */
        Campaign: {
            /** @description Starts with cmp_. */
            id: string;
            name: string;
            subject: string;
            from_name: string | null;
            from_email: string;
            reply_to: string | null;
            html: string;
            /** @description The plain-text body: as given, or generated from the HTML. */
            text: string;
            /** @description True when text was generated from the HTML (it follows later HTML edits). */
            text_generated: boolean;
            audience: {
                tags: string[];
                /** @enum {string} */
                match: "any" | "all";
                segment?: string;
            };
            /** @enum {string} */
            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
            /** @description Why the campaign failed, when it did. */
            error: string | null;
            /** @description Recipients snapshotted when the send started. */
            recipients: number;
            /** @description Messages sent so far; the stats have the other counts. */
            sent: number;
            /** @description unique_opens / sent, 0 to 1, human opens only (as in the stats); null until a message is sent. */
            open_rate: number | null;
            /** @description unique_clicks / sent, 0 to 1; null until a message is sent. */
            click_rate: number | null;
            scheduled_at: string | null;
            started_at: string | null;
            finished_at: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description What became of each test message.
         * @example {
         *       "data": [
         *         {
         *           "email": "me@acme-tools.com",
         *           "status": "sent",
         *           "error": null
         *         },
         *         {
         *           "email": "review@acme-tools.com",
         *           "status": "sent",
         *           "error": null
         *         }
         *       ]
         *     }
         */
        TestSendResult: {
            data: {
                email: string;
                /** @enum {string} */
                status: "sent" | "failed";
                error: string | null;
            }[];
        };
        /**
         * @description The campaign's deliveries, opens, clicks and unsubscribes. Opens fetched by privacy proxies or at delivery are machine_opens, apart from the human opens, unique_opens and open_rate.
         * @example {
         *       "id": "cmp_0VbTz6Kp2HnV9qDf",
         *       "status": "sent",
         *       "recipients": 1832,
         *       "sent": 1820,
         *       "failed": 4,
         *       "bounced": 6,
         *       "skipped": 2,
         *       "opens": 1204,
         *       "unique_opens": 911,
         *       "machine_opens": 640,
         *       "clicks": 388,
         *       "unique_clicks": 274,
         *       "unsubscribes": 7,
         *       "open_rate": 0.5005,
         *       "click_rate": 0.1505,
         *       "links": [
         *         {
         *           "url": "https://www.acme-tools.com/blog/spring",
         *           "clicks": 388,
         *           "unique_clicks": 274
         *         }
         *       ],
         *       "timeline": [
         *         {
         *           "hour": "2026-04-01T09:00:00Z",
         *           "sent": 1820,
         *           "opens": 702,
         *           "machine_opens": 640,
         *           "clicks": 231
         *         },
         *         {
         *           "hour": "2026-04-01T10:00:00Z",
         *           "sent": 0,
         *           "opens": 502,
         *           "machine_opens": 0,
         *           "clicks": 157
         *         }
         *       ]
         *     }
         */
        CampaignStats: {
            id: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
            /** @description Contacts the campaign was to go to (its audience when the send began). */
            recipients: number;
            /** @description Messages the mail server took that have not bounced since: the recipients report of event sent (GET /v1/campaigns/{id}/recipients). */
            sent: number;
            /** @description Messages that could not be handed to the mail server: event failed. */
            failed: number;
            /** @description Messages refused by the mail server, or reported bounced after it took them: event bounced. */
            bounced: number;
            /** @description Recipients who unsubscribed, were suppressed or were deleted before their turn. */
            skipped: number;
            /** @description Human opens: every load of the tracking image by a person, machine opens left out. */
            opens: number;
            /** @description Recipients who opened it as a person (a human open, or a click, which proves an open even with images off). A recipient whose only opens were machine opens is not counted. The recipients report of event opened lists them. */
            unique_opens: number;
            /** @description Loads of the tracking image by a machine, counted apart and in no rate: a known image proxy or prefetcher (User-Agent a bare `Mozilla/5.0` from Apple Mail Privacy Protection, or containing `GoogleImageProxy` or `YahooMailProxy`), or any load within 10 seconds of the message being sent (a fetch at delivery). A later human open by the same recipient still counts in opens and unique_opens. */
            machine_opens: number;
            /** @description Clicks on the tracked links, every one. */
            clicks: number;
            /** @description Recipients who clicked a link at least once: event clicked. */
            unique_clicks: number;
            /** @description Recipients who unsubscribed through this campaign or reported it as spam: event unsubscribed. */
            unsubscribes: number;
            /** @description unique_opens / sent, 0 to 1: human opens only. */
            open_rate: number;
            /** @description unique_clicks / sent, 0 to 1. */
            click_rate: number;
            links: {
                url: string;
                clicks: number;
                unique_clicks: number;
            }[];
            /** @description One entry per hour with activity, oldest first; its opens add up to opens, its machine_opens to machine_opens. */
            timeline: {
                /** @description ISO 8601, UTC. */
                hour: string;
                sent: number;
                /** @description Human opens in this hour. */
                opens: number;
                /** @description Machine opens in this hour. */
                machine_opens: number;
                clicks: number;
            }[];
        };
        /**
         * @description A URL a mail provider reports bounces, complaints and deliveries to.
         * @example {
         *       "id": "iw_0VbQ1eRt8LwC5mZa",
         *       "provider": "mailgun",
         *       "url": "https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu",
         *       "description": "Mailgun (EU)",
         *       "created_at": "2026-03-15T10:30:00Z"
         *     }
         */
        InboundWebhook: {
            /** @description Starts with iw_. */
            id: string;
            /** @enum {string} */
            provider: "ses" | "sendgrid" | "postmark" | "mailgun" | "generic";
            /** @description Give it to the provider: the token in it is the hook's secret. */
            url: string;
            description: string | null;
            created_at: string;
        };
        /**
         * @description An address the workspace sends nothing to: no campaign, no transactional email.
         * @example {
         *       "email": "jane@example.org",
         *       "email_hash": null,
         *       "reason": "hard_bounce",
         *       "source": "ses",
         *       "created_at": "2026-03-15T10:30:00Z"
         *     }
         */
        Suppression: {
            /** @description Null for an erased person: only `email_hash` is kept. */
            email: string | null;
            /** @description An erased person's address as a keyed hash (HMAC-SHA256, keyed with the server's secret); null for every other suppression. Lift it by removing the address. */
            email_hash: string | null;
            /** @enum {string} */
            reason: "hard_bounce" | "soft_bounces" | "complaint" | "manual" | "unsubscribed" | "erased";
            /** @description Who suppressed it: api, dashboard, ses, sendgrid, postmark, mailgun, generic, mailbox or erasure. */
            source: string;
            created_at: string;
        };
        /**
         * @description A saved set of conditions; who matches is worked out each time it is used.
         * @example {
         *       "id": "seg_0VbQk2Lm8RtY3pWz",
         *       "name": "Engaged customers",
         *       "match": "all",
         *       "conditions": [
         *         {
         *           "field": "tags",
         *           "op": "contains",
         *           "value": "customer"
         *         },
         *         {
         *           "field": "attributes.plan",
         *           "op": "in",
         *           "value": [
         *             "pro",
         *             "business"
         *           ]
         *         },
         *         {
         *           "field": "opened",
         *           "op": "exists",
         *           "value": {
         *             "within_days": 30
         *           }
         *         }
         *       ],
         *       "contacts": 412,
         *       "created_at": "2026-03-15T10:30:00Z",
         *       "updated_at": "2026-03-15T10:30:00Z"
         *     }
         */
        Segment: {
            /** @description Starts with seg_. */
            id: string;
            name: string;
            /** @enum {string} */
            match: "all" | "any";
            conditions: {
                field: string;
                /** @enum {string} */
                op: "eq" | "neq" | "contains" | "starts_with" | "exists" | "not_exists" | "gt" | "lt" | "before" | "after" | "in";
                value?: unknown;
            }[];
            /** @description Contacts matching now, whatever their status (campaigns send to the subscribed ones). */
            contacts: number;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description How many contacts match.
         * @example {
         *       "contacts": 412,
         *       "subscribed": 380
         *     }
         */
        SegmentCount: {
            /** @description Contacts matching now, whatever their status. */
            contacts: number;
            /** @description Of them, those a campaign would be sent to. */
            subscribed: number;
        };
        /**
         * @description A subscribe form: a hosted page and an HTML snippet that add contacts.
         * @example {
         *       "id": "frm_0VbTz6Kp2HnV9qDf",
         *       "name": "Newsletter",
         *       "fields": [
         *         {
         *           "key": "email",
         *           "label": "Email",
         *           "required": true
         *         },
         *         {
         *           "key": "first_name",
         *           "label": "First name",
         *           "required": false
         *         }
         *       ],
         *       "tags": [
         *         "newsletter"
         *       ],
         *       "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
         *       "redirect_url": null,
         *       "allowed_domains": [
         *         "acme-tools.com"
         *       ],
         *       "success_message": "Thanks! Please confirm your address from the email we sent.",
         *       "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
         *       "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "updated_at": "2026-03-20T14:00:00Z"
         *     }
         */
        Form: {
            /** @description Starts with frm_. */
            id: string;
            name: string;
            fields: {
                key: string;
                label: string;
                required: boolean;
            }[];
            tags: string[];
            consent_text: string;
            redirect_url: string | null;
            allowed_domains: string[];
            success_message: string | null;
            /** @description The hosted page of the form, to link to. */
            hosted_url: string;
            /** @description An HTML form to paste into a page of your site; it needs no script. */
            snippet: string;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description A transactional email and what became of it.
         * @example {
         *       "id": "em_0VbTz6Kp2HnV9qDf",
         *       "to": "jane@example.com",
         *       "from_email": "orders@acme-tools.com",
         *       "from_name": "Acme Tools",
         *       "subject": "Your order A-1042 has shipped",
         *       "status": "sent",
         *       "tags": [
         *         "orders"
         *       ],
         *       "template_id": null,
         *       "error": null,
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "sent_at": "2026-03-20T14:00:01Z",
         *       "events": [
         *         {
         *           "type": "queued",
         *           "at": "2026-03-20T14:00:00Z",
         *           "detail": null
         *         },
         *         {
         *           "type": "sent",
         *           "at": "2026-03-20T14:00:01Z",
         *           "detail": null
         *         }
         *       ]
         *     }
         */
        Email: {
            /** @description Starts with em_. */
            id: string;
            to: string;
            from_email: string;
            from_name: string | null;
            /** @description As rendered. */
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "suppressed" | "bounced" | "complained" | "delivered";
            tags: string[];
            template_id: string | null;
            /** @description Why it failed or was suppressed. */
            error: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            sent_at: string | null;
            /** @description What happened to it, oldest first. */
            events: {
                /** @enum {string} */
                type: "queued" | "sent" | "failed" | "suppressed" | "delivered" | "bounced" | "complained" | "opened" | "clicked";
                /** @description ISO 8601, UTC. */
                at: string;
                detail: string | null;
            }[];
        };
        /**
         * @description A reusable message for transactional emails and campaigns.
         * @example {
         *       "id": "tpl_0VbTz6Kp2HnV9qDf",
         *       "name": "Password reset",
         *       "subject": "Reset your password, {{ first_name | default: \"there\" }}",
         *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
         *       "markdown": null,
         *       "text": null,
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "updated_at": "2026-03-20T14:00:00Z"
         *     }
         */
        Template: {
            /** @description Starts with tpl_. */
            id: string;
            name: string;
            subject: string;
            /** @description The HTML template (made from markdown when that was given). */
            html: string;
            /** @description The Markdown the HTML was made from, when given. */
            markdown: string | null;
            /** @description The text template; null: made from the HTML when sending. */
            text: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description An email design shipped with Grivo to start from; replace its sample words with yours.
         * @example {
         *       "id": "plain-letter",
         *       "name": "Plain letter",
         *       "description": "A short personal note: no images, just words.",
         *       "subject": "A quick note from us",
         *       "html": "<!doctype html><html lang=\"en\"><body><p>Hi {{ first_name | default: \"there\" }},</p><p>…</p><p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>",
         *       "text": "Hi {{ first_name | default: \"there\" }},\n\n…\n\nUnsubscribe: {{ unsubscribe_url }}"
         *     }
         */
        TemplateStarter: {
            /** @description Give it as `starter` when creating a template (`POST /v1/templates`). */
            id: string;
            name: string;
            /** @description What the design is for, in one sentence. */
            description: string;
            /** @description The subject template. */
            subject: string;
            /** @description The HTML template: responsive, and linking to {{ unsubscribe_url }}. */
            html: string;
            /** @description The plain-text template. */
            text: string;
        };
        /**
         * @description A confirmation email was queued.
         * @example {
         *       "contact_id": "ct_0dY3kQ2b7Fh3Xa9L",
         *       "status": "pending",
         *       "requested_at": "2026-05-04T10:00:00.000Z"
         *     }
         */
        ResendConfirmation: {
            /** @description The contact the confirmation email is queued for. */
            contact_id: string;
            /**
             * @description The contact stays `pending` until they confirm.
             * @constant
             */
            status: "pending";
            /** @description When the new confirmation was requested (ISO 8601); its link expires `confirmation_expiry_days` later. */
            requested_at: string;
        };
        /**
         * @description A chatbot: its settings and where its training stands.
         * @example {
         *       "id": "bot_0VbQx3Lk7pZm2RtN",
         *       "name": "My Support Bot",
         *       "status": "active",
         *       "pages_trained": 47,
         *       "training": null,
         *       "error": null,
         *       "trained_at": "2026-03-15T10:42:10Z",
         *       "website_url": "https://www.acme-tools.com",
         *       "sitemap_url": null,
         *       "urls": [],
         *       "crawl": {
         *         "max_pages": 500,
         *         "max_depth": 10,
         *         "include": [
         *           "/docs/*",
         *           "/help/*"
         *         ],
         *         "exclude": [
         *           "/docs/archive/*"
         *         ]
         *       },
         *       "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
         *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
         *       "color": "#2563eb",
         *       "position": "bottom-right",
         *       "allowed_domains": [
         *         "acme-tools.com",
         *         "*.acme-tools.com"
         *       ],
         *       "lead_capture": {
         *         "enabled": true,
         *         "when": "unanswered",
         *         "consent": {
         *           "enabled": true,
         *           "text": "Send me news and offers by email. I can unsubscribe at any time."
         *         }
         *       },
         *       "display_name": "Acme Help",
         *       "starter_questions": [
         *         "How do I reset my password?",
         *         "What does the Pro plan include?"
         *       ],
         *       "retrain_schedule": "weekly",
         *       "next_retrain_at": "2026-03-22T10:30:00Z",
         *       "created_at": "2026-03-15T10:30:00Z",
         *       "updated_at": "2026-03-15T10:42:10Z"
         *     }
         */
        Chatbot: {
            /** @description Starts with bot_. */
            id: string;
            name: string;
            /** @enum {string} */
            status: "untrained" | "training" | "active" | "failed";
            /** @description Pages in the index the chatbot answers from. */
            pages_trained: number;
            /** @description Progress while status is training. */
            training: {
                /** @description Pages the crawl has found so far; it only grows during a run. */
                pages_found: number;
                /** @description Pages read so far (indexed, unchanged or skipped). */
                pages_done: number;
                /** @description How many pages this run reads, once known (the page limit was reached); null while the crawl is still finding pages, when no percentage can be given. */
                pages_total: number | null;
            } | null;
            /** @description Why the last training failed. */
            error: string | null;
            trained_at: string | null;
            website_url: string | null;
            sitemap_url: string | null;
            urls: string[];
            crawl: {
                max_pages: number;
                max_depth: number;
                include: string[];
                exclude: string[];
            };
            instructions: string | null;
            welcome_message: string | null;
            color: string;
            /** @enum {string} */
            position: "bottom-right" | "bottom-left";
            allowed_domains: string[];
            lead_capture: {
                enabled: boolean;
                /** @enum {string} */
                when: "start" | "unanswered";
                consent: {
                    enabled: boolean;
                    text: string;
                };
            };
            display_name: string | null;
            starter_questions: string[];
            /** @enum {string} */
            retrain_schedule: "off" | "daily" | "weekly";
            /** @description When the next scheduled crawl is due. */
            next_retrain_at: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description The chatbot's activity per UTC day, and its most asked questions.
         * @example {
         *       "from": "2026-03-15",
         *       "to": "2026-03-16",
         *       "totals": {
         *         "conversations": 31,
         *         "messages": 96,
         *         "questions": 48,
         *         "answered": 44,
         *         "answered_rate": 0.917,
         *         "thumbs_up": 12,
         *         "thumbs_down": 2,
         *         "leads": 5
         *       },
         *       "days": [
         *         {
         *           "date": "2026-03-15",
         *           "conversations": 14,
         *           "messages": 42,
         *           "questions": 21,
         *           "answered": 19,
         *           "answered_rate": 0.905,
         *           "thumbs_up": 5,
         *           "thumbs_down": 1,
         *           "leads": 2
         *         },
         *         {
         *           "date": "2026-03-16",
         *           "conversations": 17,
         *           "messages": 54,
         *           "questions": 27,
         *           "answered": 25,
         *           "answered_rate": 0.926,
         *           "thumbs_up": 7,
         *           "thumbs_down": 1,
         *           "leads": 3
         *         }
         *       ],
         *       "top_questions": [
         *         {
         *           "question": "How do I reset my password?",
         *           "asked": 9,
         *           "unanswered": 0,
         *           "conversation_id": "conv_0VbR2fHq8WcT4kYd"
         *         }
         *       ],
         *       "top_unanswered": [
         *         {
         *           "question": "Do you offer discounts for non-profits?",
         *           "asked": 3,
         *           "unanswered": 3,
         *           "conversation_id": "conv_0VbR1aKd3XmP9sLq"
         *         }
         *       ]
         *     }
         */
        ChatbotAnalytics: {
            from: string;
            to: string;
            totals: {
                conversations: number;
                /** @description Visitors' questions and the chatbot's answers. */
                messages: number;
                questions: number;
                answered: number;
                /** @description answered / questions; null without questions. */
                answered_rate: number | null;
                thumbs_up: number;
                thumbs_down: number;
                leads: number;
            };
            /** @description Every day of the range, oldest first. */
            days: {
                date: string;
                conversations: number;
                /** @description Visitors' questions and the chatbot's answers. */
                messages: number;
                questions: number;
                answered: number;
                /** @description answered / questions; null without questions. */
                answered_rate: number | null;
                thumbs_up: number;
                thumbs_down: number;
                leads: number;
            }[];
            /** @description Asked most, counting wordings with the same terms as one. */
            top_questions: {
                /** @description Its latest wording. */
                question: string;
                asked: number;
                unanswered: number;
                /** @description Where it was last asked. */
                conversation_id: string;
            }[];
            /** @description Left unanswered most. */
            top_unanswered: {
                /** @description Its latest wording. */
                question: string;
                asked: number;
                unanswered: number;
                /** @description Where it was last asked. */
                conversation_id: string;
            }[];
        };
        /**
         * @description The rating the answer now has.
         * @example {
         *       "message_id": "msg_0VbR2fHr1NqB7zVe",
         *       "rating": "down",
         *       "comment": "It links to the old pricing page.",
         *       "created_at": "2026-03-16T08:05:12Z"
         *     }
         */
        MessageFeedback: {
            /** @enum {string} */
            rating: "up" | "down";
            comment: string | null;
            created_at: string;
            message_id: string;
        };
        /** @description A section of a trained page, as the chat would find it. */
        SearchHit: {
            /** @description The page, with the #anchor of the section when it has one. */
            url: string;
            /** @description The page's title. */
            title: string;
            /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
            section: string | null;
            /** @description The sentences of the section that match the query best. */
            snippet: string;
            /** @description Higher is better; comparable within one search only. */
            score: number;
            /** @description The page's language (BCP 47), `und` when unknown. */
            language: string;
        };
        /**
         * @description The best sections, best first.
         * @example {
         *       "data": [
         *         {
         *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *           "title": "Your account",
         *           "section": "Your account › Reset your password",
         *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
         *           "score": 12.84,
         *           "language": "en"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1
         *     }
         */
        SearchResult: {
            data: components["schemas"]["SearchHit"][];
            total: number;
            /** @constant */
            page: 1;
        };
        /**
         * @description A section of a trained page an answer comes from.
         * @example {
         *       "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *       "title": "Your account",
         *       "section": "Your account › Reset your password",
         *       "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
         *     }
         */
        Citation: {
            /** @description The page, with the #anchor of the section when it has one. */
            url: string;
            title: string;
            /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
            section: string | null;
            snippet: string;
        };
        /**
         * @description The answer, citing the sections it comes from.
         * @example {
         *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
         *       "message_id": "msg_0VbR2fHr1NqB7zVe",
         *       "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
         *       "answered": true,
         *       "sources": [
         *         {
         *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *           "title": "Your account",
         *           "section": "Your account › Reset your password",
         *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
         *         }
         *       ]
         *     }
         */
        ChatAnswer: {
            conversation_id: string;
            message_id: string;
            answer: string;
            /** @description false when nothing on the trained pages answers the question. */
            answered: boolean;
            sources: components["schemas"]["Citation"][];
        };
        /** @description The first event of a streamed answer: its ids, whether it is answered, and its sources. */
        ChatStreamMeta: {
            conversation_id: string;
            message_id: string;
            /** @description false when nothing on the trained pages answers the question. */
            answered: boolean;
            sources: components["schemas"]["Citation"][];
        };
        /** @description A piece of the answer's text, in order. */
        ChatStreamDelta: {
            text: string;
        };
        /** @description A visitor's question or the chatbot's answer. */
        Message: {
            id: string;
            /** @enum {string} */
            role: "user" | "assistant";
            content: string;
            answered: boolean | null;
            sources: components["schemas"]["Citation"][];
            /** @description The rating of an answer, when it was rated. */
            feedback: {
                /** @enum {string} */
                rating: "up" | "down";
                comment: string | null;
                created_at: string;
            } | null;
            created_at: string;
        };
        /**
         * @description A conversation, without its messages.
         * @example {
         *       "id": "conv_0VbR2fHq8WcT4kYd",
         *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
         *       "channel": "widget",
         *       "origin": "https://www.acme-tools.com",
         *       "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *       "lead": {
         *         "name": "Jane Doe",
         *         "email": "jane@example.org"
         *       },
         *       "page_url": "https://www.acme-tools.com/pricing",
         *       "first_question": "How do I reset my password?",
         *       "message_count": 4,
         *       "unanswered_count": 0,
         *       "thumbs_up": 1,
         *       "thumbs_down": 0,
         *       "last_message_at": "2026-03-16T08:05:12Z",
         *       "created_at": "2026-03-16T08:04:01Z"
         *     }
         */
        ConversationSummary: {
            /** @description Starts with conv_. */
            id: string;
            chatbot_id: string;
            /** @enum {string} */
            channel: "api" | "widget";
            /** @description The site the widget was used on. */
            origin: string | null;
            /** @description The contact the visitor became, when they left their email. */
            contact_id: string | null;
            lead: {
                name: string | null;
                email: string;
            } | null;
            /** @description The page of the site the chat happened on, as the widget reported it. */
            page_url: string | null;
            first_question: string | null;
            message_count: number;
            /** @description Questions the chatbot could not answer. */
            unanswered_count: number;
            /** @description Answers rated up. */
            thumbs_up: number;
            /** @description Answers rated down. */
            thumbs_down: number;
            last_message_at: string;
            created_at: string;
        };
        /**
         * @description A conversation with its messages, oldest first.
         * @example {
         *       "id": "conv_0VbR2fHq8WcT4kYd",
         *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
         *       "channel": "api",
         *       "origin": null,
         *       "contact_id": null,
         *       "lead": null,
         *       "page_url": null,
         *       "first_question": "How do I reset my password?",
         *       "message_count": 2,
         *       "unanswered_count": 0,
         *       "thumbs_up": 1,
         *       "thumbs_down": 0,
         *       "last_message_at": "2026-03-16T08:04:03Z",
         *       "created_at": "2026-03-16T08:04:01Z",
         *       "messages": [
         *         {
         *           "id": "msg_0VbR2fHq9JtE3wMa",
         *           "role": "user",
         *           "content": "How do I reset my password?",
         *           "answered": null,
         *           "sources": [],
         *           "feedback": null,
         *           "created_at": "2026-03-16T08:04:01Z"
         *         },
         *         {
         *           "id": "msg_0VbR2fHr1NqB7zVe",
         *           "role": "assistant",
         *           "content": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
         *           "answered": true,
         *           "sources": [
         *             {
         *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *               "title": "Your account",
         *               "section": "Your account › Reset your password",
         *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
         *             }
         *           ],
         *           "feedback": {
         *             "rating": "up",
         *             "comment": null,
         *             "created_at": "2026-03-16T08:05:12Z"
         *           },
         *           "created_at": "2026-03-16T08:04:03Z"
         *         }
         *       ]
         *     }
         */
        Conversation: {
            /** @description Starts with conv_. */
            id: string;
            chatbot_id: string;
            /** @enum {string} */
            channel: "api" | "widget";
            /** @description The site the widget was used on. */
            origin: string | null;
            /** @description The contact the visitor became, when they left their email. */
            contact_id: string | null;
            lead: {
                name: string | null;
                email: string;
            } | null;
            /** @description The page of the site the chat happened on, as the widget reported it. */
            page_url: string | null;
            first_question: string | null;
            message_count: number;
            /** @description Questions the chatbot could not answer. */
            unanswered_count: number;
            /** @description Answers rated up. */
            thumbs_up: number;
            /** @description Answers rated down. */
            thumbs_down: number;
            last_message_at: string;
            created_at: string;
            messages: components["schemas"]["Message"][];
        };
        /**
         * @description A visitor who left their email in the widget.
         * @example {
         *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
         *       "name": "Jane Doe",
         *       "email": "jane@example.org",
         *       "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *       "page_url": "https://www.acme-tools.com/pricing",
         *       "origin": "https://www.acme-tools.com",
         *       "first_question": "Do you offer discounts for non-profits?",
         *       "created_at": "2026-03-16T08:06:40Z"
         *     }
         */
        Lead: {
            conversation_id: string;
            name: string | null;
            email: string;
            /** @description The contact the lead became, unless the plan was full. */
            contact_id: string | null;
            page_url: string | null;
            origin: string | null;
            first_question: string | null;
            /** @description When the visitor left their email. */
            created_at: string;
        };
        /**
         * @description A page the chatbot was trained on, or left out.
         * @example {
         *       "id": "page_0VbQx9Cm5YsF1uKb",
         *       "url": "https://www.acme-tools.com/help/account",
         *       "title": "Your account",
         *       "status": "indexed",
         *       "reason": null,
         *       "chunks": 6,
         *       "last_trained_at": "2026-03-15T10:41:52Z"
         *     }
         */
        TrainedPage: {
            id: string;
            url: string;
            title: string;
            /** @enum {string} */
            status: "indexed" | "skipped";
            /** @description Why a skipped page is not in the index. */
            reason: string | null;
            chunks: number;
            last_trained_at: string;
        };
        /**
         * @description Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings.
         * @example {
         *       "id": "src_0VbRb4Wz6PdJ2nQx",
         *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
         *       "type": "qna",
         *       "title": "Do you offer discounts for non-profits?",
         *       "text": null,
         *       "question": "Do you offer discounts for non-profits?",
         *       "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
         *       "alternatives": [
         *         "Is there a non-profit discount?"
         *       ],
         *       "file": null,
         *       "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
         *       "crawl": null,
         *       "urls": null,
         *       "status": "trained",
         *       "error": null,
         *       "characters": 118,
         *       "pages": 1,
         *       "chunks": 1,
         *       "from_message_id": null,
         *       "last_trained_at": "2026-03-16T09:12:03Z",
         *       "created_at": "2026-03-16T09:12:01Z",
         *       "updated_at": "2026-03-16T09:12:03Z"
         *     }
         */
        Source: {
            /** @description Starts with src_. */
            id: string;
            chatbot_id: string;
            /** @enum {string} */
            type: "text" | "qna" | "file" | "website" | "sitemap" | "urls";
            /** @description A text's or file's title, a Q&A's question, a website's or sitemap's URL. */
            title: string;
            /** @description A text source: its text. */
            text: string | null;
            /** @description A Q&A source: its question. */
            question: string | null;
            answer: string | null;
            alternatives: string[] | null;
            /** @description A file source: what was uploaded. */
            file: {
                name: string | null;
                media_type: string;
                size: number;
            } | null;
            /** @description Where answers cite it (a page of this Grivo showing the source); a website's or sitemap's own URL. */
            url: string;
            /** @description A website source: the crawl's options. */
            crawl: {
                max_pages?: number;
                max_depth?: number;
                include?: string[];
                exclude?: string[];
            } | null;
            /** @description A urls source: its pages. */
            urls: string[] | null;
            /** @enum {string} */
            status: "pending" | "training" | "trained" | "failed";
            /** @description Why the last training of this source failed. */
            error: string | null;
            /** @description Of its text (a file's once it is trained). */
            characters: number;
            /** @description Pages it trained into (a crawl's sources: the crawl's, together). */
            pages: number;
            chunks: number;
            from_message_id: string | null;
            last_trained_at: string | null;
            created_at: string;
            updated_at: string;
        };
        /**
         * @description A website the widget was refused on.
         * @example {
         *       "origin": "https://shop.example.com",
         *       "count": 14,
         *       "first_seen_at": "2026-03-14T09:12:00Z",
         *       "last_seen_at": "2026-03-15T17:40:03Z"
         *     }
         */
        RefusedOrigin: {
            /** @description The website, as `https://host[:port]`, whose pages asked for the widget. */
            origin: string;
            /** @description How many widget requests from it were refused. */
            count: number;
            /** @description When it was first refused (ISO 8601). */
            first_seen_at: string;
            /** @description When it was last refused (ISO 8601). */
            last_seen_at: string;
        };
        /**
         * @description The visitor's conversation, oldest message first.
         * @example {
         *       "id": "conv_0VbR2fHq8WcT4kYd",
         *       "messages": [
         *         {
         *           "id": "msg_0VbR2fHq9JtE3wMa",
         *           "role": "user",
         *           "content": "How do I reset my password?",
         *           "answered": null,
         *           "sources": [],
         *           "feedback": null,
         *           "created_at": "2026-03-16T08:04:01Z"
         *         },
         *         {
         *           "id": "msg_0VbR2fHr1NqB7zVe",
         *           "role": "assistant",
         *           "content": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
         *           "answered": true,
         *           "sources": [
         *             {
         *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *               "title": "Your account",
         *               "section": "Your account › Reset your password",
         *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
         *             }
         *           ],
         *           "feedback": null,
         *           "created_at": "2026-03-16T08:04:03Z"
         *         }
         *       ]
         *     }
         */
        PublicConversation: {
            id: string;
            messages: components["schemas"]["Message"][];
        };
        /**
         * @description What the widget shows: the name, colours and first words.
         * @example {
         *       "id": "bot_0VbQx3Lk7pZm2RtN",
         *       "name": "Acme Help",
         *       "starter_questions": [
         *         "How do I reset my password?",
         *         "What does the Pro plan include?"
         *       ],
         *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
         *       "color": "#2563eb",
         *       "position": "bottom-right",
         *       "lead_capture": {
         *         "enabled": true,
         *         "when": "unanswered",
         *         "consent": {
         *           "enabled": true,
         *           "text": "Send me news and offers by email. I can unsubscribe at any time."
         *         }
         *       }
         *     }
         */
        PublicChatbot: {
            id: string;
            /** @description The display_name, else the name. */
            name: string;
            starter_questions: string[];
            welcome_message: string | null;
            color: string;
            /** @enum {string} */
            position: "bottom-right" | "bottom-left";
            lead_capture: {
                enabled: boolean;
                /** @enum {string} */
                when: "start" | "unanswered";
                /** @description Whether the lead form shows a consent checkbox, and its text. */
                consent: {
                    enabled: boolean;
                    text: string;
                };
            };
        };
        /**
         * @description The answer, and the token that makes the conversation the visitor's.
         * @example {
         *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
         *       "message_id": "msg_0VbR2fHr1NqB7zVe",
         *       "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
         *       "answered": true,
         *       "sources": [
         *         {
         *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
         *           "title": "Your account",
         *           "section": "Your account › Reset your password",
         *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
         *         }
         *       ],
         *       "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc"
         *     }
         */
        WidgetChatAnswer: {
            conversation_id: string;
            message_id: string;
            answer: string;
            /** @description false when nothing on the trained pages answers the question. */
            answered: boolean;
            sources: components["schemas"]["Citation"][];
            /** @description Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers. */
            conversation_token: string;
        };
        /** @description The first event of a streamed answer: its ids, the conversation token, whether it is answered, and its sources. */
        WidgetChatStreamMeta: {
            conversation_id: string;
            message_id: string;
            /** @description false when nothing on the trained pages answers the question. */
            answered: boolean;
            sources: components["schemas"]["Citation"][];
            /** @description Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers. */
            conversation_token: string;
        };
        /**
         * @description The lead, kept on the conversation (which starts here if there was none).
         * @example {
         *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
         *       "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc",
         *       "contact_id": "ct_0VbPq7Tn4GxD8hRc"
         *     }
         */
        WidgetLead: {
            conversation_id: string;
            /** @description Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers. */
            conversation_token: string;
            /** @description null when the workspace is at its plan's contact limit; the lead is still kept on the conversation. */
            contact_id: string | null;
        };
        /**
         * @description A CSV import and its progress.
         * @example {
         *       "id": "imp_0VbQ1eRt8LwC5mZa",
         *       "status": "completed",
         *       "filename": "contacts.csv",
         *       "bytes": 48213,
         *       "options": {
         *         "update_existing": true,
         *         "tags": [
         *           "webinar-2026"
         *         ],
         *         "status": null
         *       },
         *       "rows_total": 1204,
         *       "rows_processed": 1204,
         *       "created": 1150,
         *       "updated": 49,
         *       "skipped": 3,
         *       "suppressed": 0,
         *       "failed": 2,
         *       "errors": [
         *         {
         *           "line": 87,
         *           "code": "invalid_row",
         *           "message": "email 'jane@@example.org' is not a valid email address."
         *         }
         *       ],
         *       "error": null,
         *       "created_at": "2026-03-15T11:00:00Z",
         *       "finished_at": "2026-03-15T11:00:04Z"
         *     }
         */
        ContactImport: {
            /** @description Starts with imp_. */
            id: string;
            /** @enum {string} */
            status: "queued" | "processing" | "completed" | "failed";
            filename: string | null;
            bytes: number;
            options: {
                update_existing: boolean;
                tags: string[];
                status: ("subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed") | null;
            };
            /** @description Data rows in the file (header and empty lines not counted). */
            rows_total: number;
            rows_processed: number;
            created: number;
            /** @description Rows that matched a contact that existed, or an earlier row of the file (merged). */
            updated: number;
            /** @description Empty rows, and existing contacts when update_existing is false. */
            skipped: number;
            failed: number;
            /** @description New contacts whose address is suppressed (it bounced, complained or was suppressed by hand): imported as bounced, complained or unsubscribed, never subscribed. */
            suppressed: number;
            /** @description The first 100 rows that failed, with their line numbers. */
            errors: {
                /** @description 1-based line of the file where the row starts (the header is line 1). */
                line: number;
                /** @enum {string} */
                code: "invalid_row" | "plan_limit_exceeded";
                message: string;
            }[];
            /** @description Why the whole import failed, when status is failed. */
            error: string | null;
            created_at: string;
            finished_at: string | null;
        };
        /**
         * @description A bulk action on contacts, run in the background in batches.
         * @example {
         *       "id": "blk_0VbPq7Tn4GxD8hRc",
         *       "action": "tag",
         *       "tags": [
         *         "vip"
         *       ],
         *       "status": "done",
         *       "total": 1280,
         *       "processed": 1280,
         *       "changed": 1275,
         *       "not_found": 0,
         *       "error": null,
         *       "created_at": "2026-03-15T10:30:00Z",
         *       "finished_at": "2026-03-15T10:30:04Z"
         *     }
         */
        ContactBulkAction: {
            /** @description Starts with blk_. */
            id: string;
            /** @enum {string} */
            action: "tag" | "untag" | "unsubscribe" | "delete";
            /** @description The tags added or removed (empty for unsubscribe and delete). */
            tags: string[];
            /**
             * @description queued, running, done, or failed (contacts handled before the failure keep the change).
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /** @description How many contacts were selected when the action was asked for. */
            total: number;
            /** @description How many of them have been handled so far. */
            processed: number;
            /** @description How many contacts the action changed (a contact already tagged is not). */
            changed: number;
            /** @description Ids given that are not contacts of the workspace (any more). */
            not_found: number;
            error: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC; null until done or failed. */
            finished_at: string | null;
        };
        /**
         * @description A tag of the workspace and how many contacts carry it.
         * @example {
         *       "tag": "customer",
         *       "contacts": 1280
         *     }
         */
        Tag: {
            /** @description The tag as first written (on the oldest contact carrying it). Tags are compared case-insensitively: `VIP` and `vip` are one tag. */
            tag: string;
            /** @description How many contacts carry the tag. */
            contacts: number;
        };
        /**
         * @description Everything Grivo holds about a contact's person: the contact (attributes, tags), consent record, campaigns sent and what they did with them, transactional emails, chatbot conversations and what they wrote, suppression.
         * @example {
         *       "exported_at": "2026-03-16T09:00:00Z",
         *       "contact": {
         *         "id": "ct_0VbPq7Tn4GxD8hRc",
         *         "email": "jane@example.org",
         *         "first_name": "Jane",
         *         "last_name": "Doe",
         *         "phone": "+1 415 555 0134",
         *         "attributes": {
         *           "company": "Northwind",
         *           "plan": "pro"
         *         },
         *         "tags": [
         *           "customer",
         *           "newsletter"
         *         ],
         *         "status": "subscribed",
         *         "source": "api",
         *         "created_at": "2026-03-15T10:30:00Z",
         *         "updated_at": "2026-03-15T10:30:00Z"
         *       },
         *       "consent_events": [
         *         {
         *           "type": "given",
         *           "source": "api",
         *           "form_id": null,
         *           "ip": null,
         *           "at": "2026-03-15T10:30:00Z"
         *         }
         *       ],
         *       "campaigns": [
         *         {
         *           "campaign_id": "cmp_0VbPq7Tn4GxD8hRc",
         *           "name": "March news",
         *           "subject": "What is new in March",
         *           "email": "ada@example.com",
         *           "status": "sent",
         *           "sent_at": "2026-03-15T11:00:00Z",
         *           "opened_at": "2026-03-15T12:00:00Z",
         *           "opens": 2,
         *           "clicked_at": null,
         *           "unsubscribed_at": null,
         *           "clicks": []
         *         }
         *       ],
         *       "emails": [],
         *       "conversations": [],
         *       "suppression": null
         *     }
         */
        ContactDataExport: {
            /** @description ISO 8601, UTC. */
            exported_at: string;
            contact: components["schemas"]["Contact"];
            consent_events: {
                /** @description requested, confirmed, expired, given or withdrawn. */
                type: string;
                source: string;
                form_id: string | null;
                ip: string | null;
                /** @description ISO 8601, UTC. */
                at: string;
            }[];
            campaigns: {
                campaign_id: string;
                name: string;
                subject: string;
                /** @description The address it was sent to. */
                email: string;
                status: string;
                sent_at: string | null;
                opened_at: string | null;
                /** @description How many times the person opened it (machine opens by mail privacy proxies are not counted). */
                opens: number;
                clicked_at: string | null;
                unsubscribed_at: string | null;
                clicks: {
                    url: string;
                    clicks: number;
                }[];
            }[];
            emails: {
                id: string;
                to: string;
                from: string;
                subject: string;
                status: string;
                /** @description ISO 8601, UTC. */
                created_at: string;
                sent_at: string | null;
            }[];
            conversations: {
                id: string;
                chatbot_id: string;
                lead_name: string | null;
                lead_email: string | null;
                lead_at: string | null;
                page_url: string | null;
                /** @description ISO 8601, UTC. */
                created_at: string;
                /** @description What the person wrote. */
                messages: {
                    content: string;
                    /** @description ISO 8601, UTC. */
                    created_at: string;
                }[];
            }[];
            /** @description Why the address is suppressed, if it is. */
            suppression: {
                reason: string;
                source: string;
                /** @description ISO 8601, UTC. */
                created_at: string;
            } | null;
        };
        /**
         * @description What an erase removed. It also forgets stored Idempotency-Key responses that named the person, rewords import row errors that quoted their address and takes their id and address out of bulk actions; those are not counted. The same answer for every later call with the id.
         * @example {
         *       "id": "ct_0VbPq7Tn4GxD8hRc",
         *       "erased": true,
         *       "erased_at": "2026-03-16T09:00:00Z",
         *       "campaign_recipients": 3,
         *       "conversations": 1,
         *       "messages": 4,
         *       "emails": 2,
         *       "events": 5
         *     }
         */
        ContactErasure: {
            id: string;
            /** @constant */
            erased: true;
            /** @description When the person was erased (the first call). */
            erased_at: string;
            /** @description Campaign sends whose address was blanked (the counts stay). */
            campaign_recipients: number;
            /** @description Chatbot conversations unlinked from the person. */
            conversations: number;
            /** @description Messages they wrote, blanked. */
            messages: number;
            /** @description Transactional emails to them, blanked. */
            emails: number;
            /** @description Events (webhook payloads) that named their address or id as a whole, blanked. */
            events: number;
        };
        /**
         * @description One thing that happened to a contact.
         * @example {
         *       "type": "campaign.clicked",
         *       "at": "2026-04-01T09:12:40Z",
         *       "campaign_id": "cmp_0VbTz6Kp2HnV9qDf",
         *       "campaign_name": "Spring news",
         *       "count": 2
         *     }
         * @example {
         *       "type": "suppressed",
         *       "at": "2026-04-02T08:00:00Z",
         *       "detail": "hard_bounce"
         *     }
         * @example {
         *       "type": "import.updated",
         *       "at": "2026-03-15T11:00:02Z",
         *       "import_id": "imp_0VbQ1eRt8LwC5mZa",
         *       "filename": "contacts.csv"
         *     }
         */
        ContactActivity: {
            /**
             * @description contact.created (detail: its source); import.created (the CSV import that created the contact) and import.updated (the last import that changed its values; an import whose row changed nothing leaves none); campaign.* (a campaign message: sent, opened by a person or clicked, bounced, failed, unsubscribed); email.* (a transactional email to the address and what happened to it); chat.conversation (a chatbot conversation) and chat.lead (the visitor left their address); consent.* (consent asked, confirmed, given, withdrawn); suppressed (the address went on the suppression list; detail: why).
             * @enum {string}
             */
            type: "contact.created" | "import.created" | "import.updated" | "campaign.sent" | "campaign.opened" | "campaign.clicked" | "campaign.bounced" | "campaign.failed" | "campaign.unsubscribed" | "email.queued" | "email.sent" | "email.failed" | "email.suppressed" | "email.delivered" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "chat.conversation" | "chat.lead" | "consent.requested" | "consent.confirmed" | "consent.expired" | "consent.given" | "consent.withdrawn" | "suppressed";
            /** @description ISO 8601, UTC. */
            at: string;
            campaign_id?: string;
            campaign_name?: string;
            email_id?: string;
            subject?: string;
            chatbot_id?: string;
            conversation_id?: string;
            /** @description import.*: the import (imp_…), as GET /v1/contacts/imports/{id} gives it. */
            import_id?: string;
            /** @description import.*: the imported file's name, when it had one. */
            filename?: string | null;
            /** @description campaign.clicked: the clicks on all its links. */
            count?: number;
            /** @description What else is known: a bounce or failure reason, a suppression reason, a first question, a source. */
            detail?: string | null;
        };
        /**
         * @description A recipient to whom an event of the campaign happened.
         * @example {
         *       "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *       "email": "jane@example.org",
         *       "first_at": "2026-04-01T09:12:40Z",
         *       "count": 3
         *     }
         */
        CampaignRecipient: {
            contact_id: string;
            /** @description The address the message went to. */
            email: string;
            /** @description ISO 8601, UTC: when it first happened (for bounced and failed, when the message was sent; null when it never was). */
            first_at: string | null;
            /** @description How many times it happened to the recipient. opened: their human opens of the tracking image (machine opens left out; 0 when the open is known only from a click, with images off), which add up to the stats' opens; clicked: their clicks on all links, which add up to the stats' clicks. Null for sent, bounced, unsubscribed and failed, which happen once. */
            count: number | null;
        };
        /**
         * @description A URL the workspace’s events are POSTed to, signed with its secret.
         * @example {
         *       "id": "we_0VbTz6Kp2HnV9qDf",
         *       "url": "https://hooks.acme-tools.com/grivo",
         *       "events": [
         *         "contact.created",
         *         "email.bounced"
         *       ],
         *       "description": "CRM sync",
         *       "enabled": true,
         *       "disabled_reason": null,
         *       "failing_since": null,
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "updated_at": "2026-03-20T14:00:00Z"
         *     }
         */
        WebhookEndpoint: {
            /** @description Starts with we_. */
            id: string;
            url: string;
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why the endpoint was disabled, when it was. */
            disabled_reason: string | null;
            /** @description Since when every delivery has failed; null when the last one succeeded. */
            failing_since: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
        };
        /**
         * @description A webhook endpoint with its signing secret, which only create and roll-secret show.
         * @example {
         *       "id": "we_0VbTz6Kp2HnV9qDf",
         *       "url": "https://hooks.acme-tools.com/grivo",
         *       "events": [
         *         "contact.created",
         *         "email.bounced"
         *       ],
         *       "description": "CRM sync",
         *       "enabled": true,
         *       "disabled_reason": null,
         *       "failing_since": null,
         *       "created_at": "2026-03-20T14:00:00Z",
         *       "updated_at": "2026-03-20T14:00:00Z",
         *       "secret": "whsec_4kQ9xT2mB7nV5cR8pL3wZ6yH1jF0dS9a"
         *     }
         */
        WebhookEndpointWithSecret: {
            /** @description Starts with we_. */
            id: string;
            url: string;
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why the endpoint was disabled, when it was. */
            disabled_reason: string | null;
            /** @description Since when every delivery has failed; null when the last one succeeded. */
            failing_since: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description ISO 8601, UTC. */
            updated_at: string;
            /** @description Starts with whsec_. Shown only now: keep it to verify the Grivo-Signature header. */
            secret: string;
        };
        /**
         * @description One event sent to one endpoint: its attempts so far.
         * @example {
         *       "id": "wd_0VbTz7Aa1HnV9qDf",
         *       "endpoint_id": "we_0VbTz6Kp2HnV9qDf",
         *       "event_id": "evt_0VbTz7Aa0KqW5rJy",
         *       "event_type": "contact.created",
         *       "status": "succeeded",
         *       "attempts": 1,
         *       "response_status": 200,
         *       "duration_ms": 84,
         *       "error": null,
         *       "next_attempt_at": null,
         *       "last_attempt_at": "2026-03-20T14:05:01Z",
         *       "created_at": "2026-03-20T14:05:00Z"
         *     }
         */
        WebhookDelivery: {
            /** @description Starts with wd_. */
            id: string;
            endpoint_id: string;
            event_id: string;
            event_type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description The HTTP status of the last attempt, if one answered. */
            response_status: number | null;
            duration_ms: number | null;
            /** @description Why the last attempt failed. */
            error: string | null;
            next_attempt_at: string | null;
            last_attempt_at: string | null;
            /** @description ISO 8601, UTC. */
            created_at: string;
        };
        /**
         * @description Something that happened in the workspace: what webhooks send, kept 30 days.
         * @example {
         *       "id": "evt_0VbTz7Aa0KqW5rJy",
         *       "type": "contact.created",
         *       "created_at": "2026-03-20T14:05:00Z",
         *       "data": {
         *         "id": "ct_0VbPq7Tn4GxD8hRc",
         *         "email": "jane@example.org",
         *         "status": "subscribed"
         *       }
         *     }
         */
        Event: {
            /** @description Starts with evt_. */
            id: string;
            /** @enum {string} */
            type: "contact.created" | "contact.updated" | "contact.unsubscribed" | "contact.deleted" | "lead.created" | "chatbot.trained" | "chatbot.training_failed" | "import.completed" | "campaign.sent" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "email.delivered" | "email.sent" | "email.failed" | "message.unanswered" | "ping";
            /** @description ISO 8601, UTC. */
            created_at: string;
            /** @description The resource as the API shows it, or what happened to an email. */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description One thing done in the workspace, by whom, to what.
         * @example {
         *       "id": "aud_0VbTz7Aa0KqW5rJy",
         *       "action": "api_key.revoked",
         *       "actor": {
         *         "type": "user",
         *         "id": "usr_0VbPq7Tn4GxD8hRc",
         *         "label": "Ana Silva"
         *       },
         *       "resource": {
         *         "type": "api_key",
         *         "id": "key_0VbQx3Lk7pZm2RtN"
         *       },
         *       "details": {
         *         "name": "CI"
         *       },
         *       "created_at": "2026-03-20T14:05:00Z"
         *     }
         */
        AuditEntry: {
            /** @description Starts with aud_. */
            id: string;
            /** @description What was done, resource.verb: api_key.created, api_key.revoked, campaign.sent, campaign.scheduled, campaign.schedule_cancelled, campaign.cancelled, contacts.exported, contact.exported, campaign.recipients_exported, chatbot.leads_exported, contact.erased, contact_import.started, chatbot.deleted, webhook_endpoint.created, webhook_endpoint.deleted, settings.updated, workspace.updated, workspace.ownership_transferred, member.invited, member.joined, member.removed, member.role_changed, invitation.revoked. */
            action: string;
            /** @description Who did it. */
            actor: {
                /** @enum {string} */
                type: "user" | "api_key" | "system";
                /** @description The user's (usr_…) or API key's (key_…) id; null for Grivo itself. */
                id: string | null;
                /** @description The user's name or email, or the key's name, as it was then. */
                label: string;
            };
            /** @description What it was done to. */
            resource: {
                /** @enum {string} */
                type: "api_key" | "campaign" | "contact" | "contact_import" | "chatbot" | "webhook_endpoint" | "workspace" | "member" | "invitation";
                /** @description Null for an action on many (an export of every contact). */
                id: string | null;
            };
            /** @description What else is worth knowing: names of the workspace's own things, ids, settings changed. */
            details: {
                [key: string]: unknown;
            };
            /** @description ISO 8601, UTC. */
            created_at: string;
        };
        /**
         * @description A page of results: `data` holds Chatbot objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "bot_0VbQx3Lk7pZm2RtN",
         *           "name": "My Support Bot",
         *           "status": "active",
         *           "pages_trained": 47,
         *           "training": null,
         *           "error": null,
         *           "trained_at": "2026-03-15T10:42:10Z",
         *           "website_url": "https://www.acme-tools.com",
         *           "sitemap_url": null,
         *           "urls": [],
         *           "crawl": {
         *             "max_pages": 500,
         *             "max_depth": 10,
         *             "include": [
         *               "/docs/*",
         *               "/help/*"
         *             ],
         *             "exclude": [
         *               "/docs/archive/*"
         *             ]
         *           },
         *           "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
         *           "welcome_message": "Hi! Ask me anything about Acme Tools.",
         *           "color": "#2563eb",
         *           "position": "bottom-right",
         *           "allowed_domains": [
         *             "acme-tools.com",
         *             "*.acme-tools.com"
         *           ],
         *           "lead_capture": {
         *             "enabled": true,
         *             "when": "unanswered",
         *             "consent": {
         *               "enabled": true,
         *               "text": "Send me news and offers by email. I can unsubscribe at any time."
         *             }
         *           },
         *           "display_name": "Acme Help",
         *           "starter_questions": [
         *             "How do I reset my password?",
         *             "What does the Pro plan include?"
         *           ],
         *           "retrain_schedule": "weekly",
         *           "next_retrain_at": "2026-03-22T10:30:00Z",
         *           "created_at": "2026-03-15T10:30:00Z",
         *           "updated_at": "2026-03-15T10:42:10Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ChatbotList: {
            data: components["schemas"]["Chatbot"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds TrainedPage objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "page_0VbQx9Cm5YsF1uKb",
         *           "url": "https://www.acme-tools.com/help/account",
         *           "title": "Your account",
         *           "status": "indexed",
         *           "reason": null,
         *           "chunks": 6,
         *           "last_trained_at": "2026-03-15T10:41:52Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        TrainedPageList: {
            data: components["schemas"]["TrainedPage"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds ConversationSummary objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "conv_0VbR2fHq8WcT4kYd",
         *           "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
         *           "channel": "widget",
         *           "origin": "https://www.acme-tools.com",
         *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *           "lead": {
         *             "name": "Jane Doe",
         *             "email": "jane@example.org"
         *           },
         *           "page_url": "https://www.acme-tools.com/pricing",
         *           "first_question": "How do I reset my password?",
         *           "message_count": 4,
         *           "unanswered_count": 0,
         *           "thumbs_up": 1,
         *           "thumbs_down": 0,
         *           "last_message_at": "2026-03-16T08:05:12Z",
         *           "created_at": "2026-03-16T08:04:01Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ConversationSummaryList: {
            data: components["schemas"]["ConversationSummary"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Source objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "src_0VbRb4Wz6PdJ2nQx",
         *           "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
         *           "type": "qna",
         *           "title": "Do you offer discounts for non-profits?",
         *           "text": null,
         *           "question": "Do you offer discounts for non-profits?",
         *           "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
         *           "alternatives": [
         *             "Is there a non-profit discount?"
         *           ],
         *           "file": null,
         *           "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
         *           "crawl": null,
         *           "urls": null,
         *           "status": "trained",
         *           "error": null,
         *           "characters": 118,
         *           "pages": 1,
         *           "chunks": 1,
         *           "from_message_id": null,
         *           "last_trained_at": "2026-03-16T09:12:03Z",
         *           "created_at": "2026-03-16T09:12:01Z",
         *           "updated_at": "2026-03-16T09:12:03Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        SourceList: {
            data: components["schemas"]["Source"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Lead objects.
         * @example {
         *       "data": [
         *         {
         *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
         *           "name": "Jane Doe",
         *           "email": "jane@example.org",
         *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *           "page_url": "https://www.acme-tools.com/pricing",
         *           "origin": "https://www.acme-tools.com",
         *           "first_question": "Do you offer discounts for non-profits?",
         *           "created_at": "2026-03-16T08:06:40Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        LeadList: {
            data: components["schemas"]["Lead"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds RefusedOrigin objects.
         * @example {
         *       "data": [
         *         {
         *           "origin": "https://shop.example.com",
         *           "count": 14,
         *           "first_seen_at": "2026-03-14T09:12:00Z",
         *           "last_seen_at": "2026-03-15T17:40:03Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        RefusedOriginList: {
            data: components["schemas"]["RefusedOrigin"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Contact objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "ct_0VbPq7Tn4GxD8hRc",
         *           "email": "jane@example.org",
         *           "first_name": "Jane",
         *           "last_name": "Doe",
         *           "phone": "+1 415 555 0134",
         *           "attributes": {
         *             "company": "Northwind",
         *             "plan": "pro"
         *           },
         *           "tags": [
         *             "customer",
         *             "newsletter"
         *           ],
         *           "status": "subscribed",
         *           "source": "api",
         *           "created_at": "2026-03-15T10:30:00Z",
         *           "updated_at": "2026-03-15T10:30:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ContactList: {
            data: components["schemas"]["Contact"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Segment objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "seg_0VbQk2Lm8RtY3pWz",
         *           "name": "Engaged customers",
         *           "match": "all",
         *           "conditions": [
         *             {
         *               "field": "tags",
         *               "op": "contains",
         *               "value": "customer"
         *             },
         *             {
         *               "field": "attributes.plan",
         *               "op": "in",
         *               "value": [
         *                 "pro",
         *                 "business"
         *               ]
         *             },
         *             {
         *               "field": "opened",
         *               "op": "exists",
         *               "value": {
         *                 "within_days": 30
         *               }
         *             }
         *           ],
         *           "contacts": 412,
         *           "created_at": "2026-03-15T10:30:00Z",
         *           "updated_at": "2026-03-15T10:30:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        SegmentList: {
            data: components["schemas"]["Segment"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds ContactActivity objects.
         * @example {
         *       "data": [
         *         {
         *           "type": "campaign.clicked",
         *           "at": "2026-04-01T09:12:40Z",
         *           "campaign_id": "cmp_0VbTz6Kp2HnV9qDf",
         *           "campaign_name": "Spring news",
         *           "count": 2
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ContactActivityList: {
            data: components["schemas"]["ContactActivity"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds CampaignRecipient objects.
         * @example {
         *       "data": [
         *         {
         *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
         *           "email": "jane@example.org",
         *           "first_at": "2026-04-01T09:12:40Z",
         *           "count": 3
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        CampaignRecipientList: {
            data: components["schemas"]["CampaignRecipient"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds ContactImport objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "imp_0VbQ1eRt8LwC5mZa",
         *           "status": "completed",
         *           "filename": "contacts.csv",
         *           "bytes": 48213,
         *           "options": {
         *             "update_existing": true,
         *             "tags": [
         *               "webinar-2026"
         *             ],
         *             "status": null
         *           },
         *           "rows_total": 1204,
         *           "rows_processed": 1204,
         *           "created": 1150,
         *           "updated": 49,
         *           "skipped": 3,
         *           "suppressed": 0,
         *           "failed": 2,
         *           "errors": [
         *             {
         *               "line": 87,
         *               "code": "invalid_row",
         *               "message": "email 'jane@@example.org' is not a valid email address."
         *             }
         *           ],
         *           "error": null,
         *           "created_at": "2026-03-15T11:00:00Z",
         *           "finished_at": "2026-03-15T11:00:04Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ContactImportList: {
            data: components["schemas"]["ContactImport"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Tag objects.
         * @example {
         *       "data": [
         *         {
         *           "tag": "customer",
         *           "contacts": 1280
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        TagList: {
            data: components["schemas"]["Tag"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Campaign objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "cmp_0VbTz6Kp2HnV9qDf",
         *           "name": "Spring release",
         *           "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
         *           "from_name": "Acme Tools",
         *           "from_email": "news@acme-tools.com",
         *           "reply_to": "support@acme-tools.com",
         *           "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
         *           "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
         *           "text_generated": true,
         *           "audience": {
         *             "tags": [
         *               "customer",
         *               "newsletter"
         *             ],
         *             "match": "any"
         *           },
         *           "status": "draft",
         *           "error": null,
         *           "recipients": 0,
         *           "sent": 0,
         *           "open_rate": null,
         *           "click_rate": null,
         *           "scheduled_at": null,
         *           "started_at": null,
         *           "finished_at": null,
         *           "created_at": "2026-03-20T14:00:00Z",
         *           "updated_at": "2026-03-20T14:00:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        CampaignList: {
            data: components["schemas"]["Campaign"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Template objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "tpl_0VbTz6Kp2HnV9qDf",
         *           "name": "Password reset",
         *           "subject": "Reset your password, {{ first_name | default: \"there\" }}",
         *           "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
         *           "markdown": null,
         *           "text": null,
         *           "created_at": "2026-03-20T14:00:00Z",
         *           "updated_at": "2026-03-20T14:00:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        TemplateList: {
            data: components["schemas"]["Template"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds TemplateStarter objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "plain-letter",
         *           "name": "Plain letter",
         *           "description": "A short personal note: no images, just words.",
         *           "subject": "A quick note from us",
         *           "html": "<!doctype html><html lang=\"en\"><body><p>Hi {{ first_name | default: \"there\" }},</p><p>…</p><p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>",
         *           "text": "Hi {{ first_name | default: \"there\" }},\n\n…\n\nUnsubscribe: {{ unsubscribe_url }}"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        TemplateStarterList: {
            data: components["schemas"]["TemplateStarter"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Email objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "em_0VbTz6Kp2HnV9qDf",
         *           "to": "jane@example.com",
         *           "from_email": "orders@acme-tools.com",
         *           "from_name": "Acme Tools",
         *           "subject": "Your order A-1042 has shipped",
         *           "status": "sent",
         *           "tags": [
         *             "orders"
         *           ],
         *           "template_id": null,
         *           "error": null,
         *           "created_at": "2026-03-20T14:00:00Z",
         *           "sent_at": "2026-03-20T14:00:01Z",
         *           "events": [
         *             {
         *               "type": "queued",
         *               "at": "2026-03-20T14:00:00Z",
         *               "detail": null
         *             },
         *             {
         *               "type": "sent",
         *               "at": "2026-03-20T14:00:01Z",
         *               "detail": null
         *             }
         *           ]
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        EmailList: {
            data: components["schemas"]["Email"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds WebhookEndpoint objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "we_0VbTz6Kp2HnV9qDf",
         *           "url": "https://hooks.acme-tools.com/grivo",
         *           "events": [
         *             "contact.created",
         *             "email.bounced"
         *           ],
         *           "description": "CRM sync",
         *           "enabled": true,
         *           "disabled_reason": null,
         *           "failing_since": null,
         *           "created_at": "2026-03-20T14:00:00Z",
         *           "updated_at": "2026-03-20T14:00:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds WebhookDelivery objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "wd_0VbTz7Aa1HnV9qDf",
         *           "endpoint_id": "we_0VbTz6Kp2HnV9qDf",
         *           "event_id": "evt_0VbTz7Aa0KqW5rJy",
         *           "event_type": "contact.created",
         *           "status": "succeeded",
         *           "attempts": 1,
         *           "response_status": 200,
         *           "duration_ms": 84,
         *           "error": null,
         *           "next_attempt_at": null,
         *           "last_attempt_at": "2026-03-20T14:05:01Z",
         *           "created_at": "2026-03-20T14:05:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds AuditEntry objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "aud_0VbTz7Aa0KqW5rJy",
         *           "action": "api_key.revoked",
         *           "actor": {
         *             "type": "user",
         *             "id": "usr_0VbPq7Tn4GxD8hRc",
         *             "label": "Ana Silva"
         *           },
         *           "resource": {
         *             "type": "api_key",
         *             "id": "key_0VbQx3Lk7pZm2RtN"
         *           },
         *           "details": {
         *             "name": "CI"
         *           },
         *           "created_at": "2026-03-20T14:05:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        AuditEntryList: {
            data: components["schemas"]["AuditEntry"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Event objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "evt_0VbTz7Aa0KqW5rJy",
         *           "type": "contact.created",
         *           "created_at": "2026-03-20T14:05:00Z",
         *           "data": {
         *             "id": "ct_0VbPq7Tn4GxD8hRc",
         *             "email": "jane@example.org",
         *             "status": "subscribed"
         *           }
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        EventList: {
            data: components["schemas"]["Event"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Suppression objects.
         * @example {
         *       "data": [
         *         {
         *           "email": "jane@example.org",
         *           "email_hash": null,
         *           "reason": "hard_bounce",
         *           "source": "ses",
         *           "created_at": "2026-03-15T10:30:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        SuppressionList: {
            data: components["schemas"]["Suppression"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Form objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "frm_0VbTz6Kp2HnV9qDf",
         *           "name": "Newsletter",
         *           "fields": [
         *             {
         *               "key": "email",
         *               "label": "Email",
         *               "required": true
         *             },
         *             {
         *               "key": "first_name",
         *               "label": "First name",
         *               "required": false
         *             }
         *           ],
         *           "tags": [
         *             "newsletter"
         *           ],
         *           "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
         *           "redirect_url": null,
         *           "allowed_domains": [
         *             "acme-tools.com"
         *           ],
         *           "success_message": "Thanks! Please confirm your address from the email we sent.",
         *           "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
         *           "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
         *           "created_at": "2026-03-20T14:00:00Z",
         *           "updated_at": "2026-03-20T14:00:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        FormList: {
            data: components["schemas"]["Form"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds InboundWebhook objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "iw_0VbQ1eRt8LwC5mZa",
         *           "provider": "mailgun",
         *           "url": "https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu",
         *           "description": "Mailgun (EU)",
         *           "created_at": "2026-03-15T10:30:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        InboundWebhookList: {
            data: components["schemas"]["InboundWebhook"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Member objects.
         * @example {
         *       "data": [
         *         {
         *           "user_id": "usr_0VbPm1Qa7RkT3xLe",
         *           "email": "jane@acme-tools.com",
         *           "name": "Jane Doe",
         *           "role": "owner",
         *           "joined_at": "2026-01-05T10:00:00.000Z"
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        MemberList: {
            data: components["schemas"]["Member"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds Invitation objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "inv_0VbPm1Qa7RkT3xLe",
         *           "email": "sam@acme-tools.com",
         *           "role": "member",
         *           "invited_by": "usr_0VbPm1Qa7RkT3xLe",
         *           "created_at": "2026-01-05T10:00:00.000Z",
         *           "expires_at": "2026-01-12T10:00:00.000Z",
         *           "accepted_at": null,
         *           "revoked_at": null
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        InvitationList: {
            data: components["schemas"]["Invitation"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds WorkspaceChoice objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "ws_0VbPm1Qa7RkT3xLe",
         *           "name": "Acme Tools",
         *           "role": "admin",
         *           "current": true
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        WorkspaceChoiceList: {
            data: components["schemas"]["WorkspaceChoice"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
        /**
         * @description A page of results: `data` holds ApiKey objects.
         * @example {
         *       "data": [
         *         {
         *           "id": "key_0VbPm4Zc9TfG1vBp",
         *           "name": "Production server",
         *           "prefix": "grv_live_4Fq9",
         *           "created_at": "2026-03-15T10:35:00Z",
         *           "last_used_at": "2026-03-16T08:04:01Z",
         *           "revoked_at": null
         *         }
         *       ],
         *       "total": 1,
         *       "page": 1,
         *       "per_page": 20,
         *       "has_more": false
         *     }
         */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            total: number;
            page: number;
            per_page: number;
            has_more: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChatbots: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Chatbot objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "bot_0VbQx3Lk7pZm2RtN",
                     *           "name": "My Support Bot",
                     *           "status": "active",
                     *           "pages_trained": 47,
                     *           "training": null,
                     *           "error": null,
                     *           "trained_at": "2026-03-15T10:42:10Z",
                     *           "website_url": "https://www.acme-tools.com",
                     *           "sitemap_url": null,
                     *           "urls": [],
                     *           "crawl": {
                     *             "max_pages": 500,
                     *             "max_depth": 10,
                     *             "include": [
                     *               "/docs/*",
                     *               "/help/*"
                     *             ],
                     *             "exclude": [
                     *               "/docs/archive/*"
                     *             ]
                     *           },
                     *           "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
                     *           "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *           "color": "#2563eb",
                     *           "position": "bottom-right",
                     *           "allowed_domains": [
                     *             "acme-tools.com",
                     *             "*.acme-tools.com"
                     *           ],
                     *           "lead_capture": {
                     *             "enabled": true,
                     *             "when": "unanswered",
                     *             "consent": {
                     *               "enabled": true,
                     *               "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *             }
                     *           },
                     *           "display_name": "Acme Help",
                     *           "starter_questions": [
                     *             "How do I reset my password?",
                     *             "What does the Pro plan include?"
                     *           ],
                     *           "retrain_schedule": "weekly",
                     *           "next_retrain_at": "2026-03-22T10:30:00Z",
                     *           "created_at": "2026-03-15T10:30:00Z",
                     *           "updated_at": "2026-03-15T10:42:10Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ChatbotList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page or per_page is not a whole number in range; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new chatbot: a name, and what to train it on. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Support Bot",
                 *       "website_url": "https://www.acme-tools.com",
                 *       "crawl": {
                 *         "max_pages": 500,
                 *         "include": [
                 *           "/docs/*",
                 *           "/help/*"
                 *         ]
                 *       },
                 *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                 *       "allowed_domains": [
                 *         "acme-tools.com",
                 *         "*.acme-tools.com"
                 *       ],
                 *       "lead_capture": {
                 *         "enabled": true,
                 *         "when": "unanswered"
                 *       },
                 *       "retrain_schedule": "weekly"
                 *     }
                 */
                "application/json": {
                    /** @description Shown in the dashboard, and to visitors unless display_name is set; 1–100 characters. */
                    name: string;
                    /** @description The start page to train the chatbot on. */
                    website_url?: string | null;
                    /** @description A sitemap (or sitemap index) listing the pages. */
                    sitemap_url?: string | null;
                    /** @description Pages to train on besides the crawl, on any site. */
                    urls?: string[];
                    crawl?: {
                        /** @description Most pages to train on; at most your plan's pages per chatbot (the default). */
                        max_pages?: number;
                        /** @description Most link hops from the start page and sitemap (default 10). */
                        max_depth?: number;
                        /** @description Only URL paths matching one of these (`*` is a wildcard), e.g. `/docs/*`. */
                        include?: string[];
                        /** @description Never URL paths matching one of these; wins over include. */
                        exclude?: string[];
                    };
                    /** @description Extra guidance for how the chatbot answers. */
                    instructions?: string | null;
                    /** @description The widget's first message. */
                    welcome_message?: string | null;
                    color?: string;
                    /** @enum {string} */
                    position?: "bottom-right" | "bottom-left";
                    /** @description Sites the widget may be used on; empty: none. */
                    allowed_domains?: string[];
                    lead_capture?: {
                        enabled: boolean;
                        /**
                         * @description Ask before the first question, or when a question cannot be answered.
                         * @default unanswered
                         * @enum {string}
                         */
                        when?: "start" | "unanswered";
                        /** @description A consent checkbox on the lead form, unticked at first. A visitor who ticks it is asked to confirm by email (double opt-in) or subscribed; one who does not becomes a `non_subscribed` contact. */
                        consent?: {
                            enabled: boolean;
                            /** @default Send me news and offers by email. I can unsubscribe at any time. */
                            text?: string;
                        };
                    };
                    /** @description The name the widget shows visitors; empty or null: the name. */
                    display_name?: string | null;
                    /** @description Up to 4 questions the widget offers visitors to start with. */
                    starter_questions?: string[];
                    /**
                     * @description Crawl the website again on this schedule (only what changed is re-indexed).
                     * @enum {string}
                     */
                    retrain_schedule?: "off" | "daily" | "weekly";
                };
            };
        };
        responses: {
            /** @description A chatbot: its settings and where its training stands. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "name": "My Support Bot",
                     *       "status": "active",
                     *       "pages_trained": 47,
                     *       "training": null,
                     *       "error": null,
                     *       "trained_at": "2026-03-15T10:42:10Z",
                     *       "website_url": "https://www.acme-tools.com",
                     *       "sitemap_url": null,
                     *       "urls": [],
                     *       "crawl": {
                     *         "max_pages": 500,
                     *         "max_depth": 10,
                     *         "include": [
                     *           "/docs/*",
                     *           "/help/*"
                     *         ],
                     *         "exclude": [
                     *           "/docs/archive/*"
                     *         ]
                     *       },
                     *       "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
                     *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *       "color": "#2563eb",
                     *       "position": "bottom-right",
                     *       "allowed_domains": [
                     *         "acme-tools.com",
                     *         "*.acme-tools.com"
                     *       ],
                     *       "lead_capture": {
                     *         "enabled": true,
                     *         "when": "unanswered",
                     *         "consent": {
                     *           "enabled": true,
                     *           "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *         }
                     *       },
                     *       "display_name": "Acme Help",
                     *       "starter_questions": [
                     *         "How do I reset my password?",
                     *         "What does the Pro plan include?"
                     *       ],
                     *       "retrain_schedule": "weekly",
                     *       "next_retrain_at": "2026-03-22T10:30:00Z",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Chatbot"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             *     - `plan_limit_exceeded`: Your plan's chatbots are all in use, or crawl.max_pages or urls exceed its pages per chatbot.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A chatbot: its settings and where its training stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "name": "My Support Bot",
                     *       "status": "active",
                     *       "pages_trained": 47,
                     *       "training": null,
                     *       "error": null,
                     *       "trained_at": "2026-03-15T10:42:10Z",
                     *       "website_url": "https://www.acme-tools.com",
                     *       "sitemap_url": null,
                     *       "urls": [],
                     *       "crawl": {
                     *         "max_pages": 500,
                     *         "max_depth": 10,
                     *         "include": [
                     *           "/docs/*",
                     *           "/help/*"
                     *         ],
                     *         "exclude": [
                     *           "/docs/archive/*"
                     *         ]
                     *       },
                     *       "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
                     *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *       "color": "#2563eb",
                     *       "position": "bottom-right",
                     *       "allowed_domains": [
                     *         "acme-tools.com",
                     *         "*.acme-tools.com"
                     *       ],
                     *       "lead_capture": {
                     *         "enabled": true,
                     *         "when": "unanswered",
                     *         "consent": {
                     *           "enabled": true,
                     *           "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *         }
                     *       },
                     *       "display_name": "Acme Help",
                     *       "starter_questions": [
                     *         "How do I reset my password?",
                     *         "What does the Pro plan include?"
                     *       ],
                     *       "retrain_schedule": "weekly",
                     *       "next_retrain_at": "2026-03-22T10:30:00Z",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Chatbot"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The settings to change; those left out stay as they are. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "instructions": "Answer in the visitor's language.",
                 *       "starter_questions": [
                 *         "How do I reset my password?"
                 *       ]
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /** @description The start page to train the chatbot on. */
                    website_url?: string | null;
                    /** @description A sitemap (or sitemap index) listing the pages. */
                    sitemap_url?: string | null;
                    /** @description Pages to train on besides the crawl, on any site. */
                    urls?: string[];
                    crawl?: {
                        /** @description Most pages to train on; at most your plan's pages per chatbot (the default). */
                        max_pages?: number;
                        /** @description Most link hops from the start page and sitemap (default 10). */
                        max_depth?: number;
                        /** @description Only URL paths matching one of these (`*` is a wildcard), e.g. `/docs/*`. */
                        include?: string[];
                        /** @description Never URL paths matching one of these; wins over include. */
                        exclude?: string[];
                    };
                    /** @description Extra guidance for how the chatbot answers. */
                    instructions?: string | null;
                    /** @description The widget's first message. */
                    welcome_message?: string | null;
                    color?: string;
                    /** @enum {string} */
                    position?: "bottom-right" | "bottom-left";
                    /** @description Sites the widget may be used on; empty: none. */
                    allowed_domains?: string[];
                    lead_capture?: {
                        enabled: boolean;
                        /**
                         * @description Ask before the first question, or when a question cannot be answered.
                         * @default unanswered
                         * @enum {string}
                         */
                        when?: "start" | "unanswered";
                        /** @description A consent checkbox on the lead form, unticked at first. A visitor who ticks it is asked to confirm by email (double opt-in) or subscribed; one who does not becomes a `non_subscribed` contact. */
                        consent?: {
                            enabled: boolean;
                            /** @default Send me news and offers by email. I can unsubscribe at any time. */
                            text?: string;
                        };
                    };
                    /** @description The name the widget shows visitors; empty or null: the name. */
                    display_name?: string | null;
                    /** @description Up to 4 questions the widget offers visitors to start with. */
                    starter_questions?: string[];
                    /**
                     * @description Crawl the website again on this schedule (only what changed is re-indexed).
                     * @enum {string}
                     */
                    retrain_schedule?: "off" | "daily" | "weekly";
                };
            };
        };
        responses: {
            /** @description A chatbot: its settings and where its training stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "name": "My Support Bot",
                     *       "status": "active",
                     *       "pages_trained": 47,
                     *       "training": null,
                     *       "error": null,
                     *       "trained_at": "2026-03-15T10:42:10Z",
                     *       "website_url": "https://www.acme-tools.com",
                     *       "sitemap_url": null,
                     *       "urls": [],
                     *       "crawl": {
                     *         "max_pages": 500,
                     *         "max_depth": 10,
                     *         "include": [
                     *           "/docs/*",
                     *           "/help/*"
                     *         ],
                     *         "exclude": [
                     *           "/docs/archive/*"
                     *         ]
                     *       },
                     *       "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
                     *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *       "color": "#2563eb",
                     *       "position": "bottom-right",
                     *       "allowed_domains": [
                     *         "acme-tools.com",
                     *         "*.acme-tools.com"
                     *       ],
                     *       "lead_capture": {
                     *         "enabled": true,
                     *         "when": "unanswered",
                     *         "consent": {
                     *           "enabled": true,
                     *           "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *         }
                     *       },
                     *       "display_name": "Acme Help",
                     *       "starter_questions": [
                     *         "How do I reset my password?",
                     *         "What does the Pro plan include?"
                     *       ],
                     *       "retrain_schedule": "weekly",
                     *       "next_retrain_at": "2026-03-22T10:30:00Z",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Chatbot"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             *     - `plan_limit_exceeded`: crawl.max_pages or urls exceed your plan's pages per chatbot.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    trainChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A chatbot: its settings and where its training stands. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "name": "My Support Bot",
                     *       "status": "active",
                     *       "pages_trained": 47,
                     *       "training": null,
                     *       "error": null,
                     *       "trained_at": "2026-03-15T10:42:10Z",
                     *       "website_url": "https://www.acme-tools.com",
                     *       "sitemap_url": null,
                     *       "urls": [],
                     *       "crawl": {
                     *         "max_pages": 500,
                     *         "max_depth": 10,
                     *         "include": [
                     *           "/docs/*",
                     *           "/help/*"
                     *         ],
                     *         "exclude": [
                     *           "/docs/archive/*"
                     *         ]
                     *       },
                     *       "instructions": "Answer briefly. When unsure, suggest writing to support@acme-tools.com.",
                     *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *       "color": "#2563eb",
                     *       "position": "bottom-right",
                     *       "allowed_domains": [
                     *         "acme-tools.com",
                     *         "*.acme-tools.com"
                     *       ],
                     *       "lead_capture": {
                     *         "enabled": true,
                     *         "when": "unanswered",
                     *         "consent": {
                     *           "enabled": true,
                     *           "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *         }
                     *       },
                     *       "display_name": "Acme Help",
                     *       "starter_questions": [
                     *         "How do I reset my password?",
                     *         "What does the Pro plan include?"
                     *       ],
                     *       "retrain_schedule": "weekly",
                     *       "next_retrain_at": "2026-03-22T10:30:00Z",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Chatbot"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: The chatbot has nothing to train on (no website_url, sitemap_url or urls), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listChatbotPages: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only pages in the index, or only those left out (with the reason). */
                status?: "indexed" | "skipped";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds TrainedPage objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "page_0VbQx9Cm5YsF1uKb",
                     *           "url": "https://www.acme-tools.com/help/account",
                     *           "title": "Your account",
                     *           "status": "indexed",
                     *           "reason": null,
                     *           "chunks": 6,
                     *           "last_trained_at": "2026-03-15T10:41:52Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["TrainedPageList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatWithChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A question, and the conversation it continues. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "How do I reset my password?",
                 *       "page_url": "https://www.acme-tools.com/pricing"
                 *     }
                 */
                "application/json": {
                    message: string;
                    /** @description Continue this conversation; omit to start a new one. */
                    conversation_id?: string;
                    /**
                     * Format: uri
                     * @description The page the visitor is on; kept on a new conversation.
                     */
                    page_url?: string;
                    /**
                     * @description Answer as Server-Sent Events.
                     * @default false
                     */
                    stream?: boolean;
                };
            };
        };
        responses: {
            /** @description The answer: JSON, or with `stream: true` Server-Sent Events (`event: meta` then `data: {…}`, and so on) — `meta` (ids, sources, answered), `delta` pieces of text, `done` with the whole response (and `error` if it cannot be completed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *       "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *       "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *       "answered": true,
                     *       "sources": [
                     *         {
                     *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *           "title": "Your account",
                     *           "section": "Your account › Reset your password",
                     *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChatAnswer"];
                    /**
                     * @example [
                     *       {
                     *         "event": "meta",
                     *         "data": {
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *           "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ]
                     *         }
                     *       },
                     *       {
                     *         "event": "delta",
                     *         "data": {
                     *           "text": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *         }
                     *       },
                     *       {
                     *         "event": "done",
                     *         "data": {
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *           "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *           "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     ]
                     */
                    "text/event-stream": ({
                        /** @enum {unknown} */
                        event: "meta";
                        data: components["schemas"]["ChatStreamMeta"];
                    } | {
                        /** @enum {unknown} */
                        event: "delta";
                        data: components["schemas"]["ChatStreamDelta"];
                    } | {
                        /** @enum {unknown} */
                        event: "done";
                        data: components["schemas"]["ChatAnswer"];
                    } | {
                        /** @enum {unknown} */
                        event: "error";
                        data: components["schemas"]["Error"];
                    })[];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no conversation with conversation_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description What to search for. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "reset password",
                 *       "limit": 3
                 *     }
                 */
                "application/json": {
                    query: string;
                    /**
                     * @description Sections to return, 1–20 (default 5).
                     * @default 5
                     */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description The best sections, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *           "title": "Your account",
                     *           "section": "Your account › Reset your password",
                     *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *           "score": 12.84,
                     *           "language": "en"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only conversations with (true) or without (false) an unanswered question. */
                unanswered?: "true" | "false";
                /** @description Only conversations with an answer rated so. */
                feedback?: "up" | "down";
                /** @description Only conversations where the visitor left (true) or did not leave (false) their email. */
                lead?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds ConversationSummary objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "conv_0VbR2fHq8WcT4kYd",
                     *           "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *           "channel": "widget",
                     *           "origin": "https://www.acme-tools.com",
                     *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
                     *           "lead": {
                     *             "name": "Jane Doe",
                     *             "email": "jane@example.org"
                     *           },
                     *           "page_url": "https://www.acme-tools.com/pricing",
                     *           "first_question": "How do I reset my password?",
                     *           "message_count": 4,
                     *           "unanswered_count": 0,
                     *           "thumbs_up": 1,
                     *           "thumbs_down": 0,
                     *           "last_message_at": "2026-03-16T08:05:12Z",
                     *           "created_at": "2026-03-16T08:04:01Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationSummaryList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rateAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                message_id: string;
            };
            cookie?: never;
        };
        /** @description Thumbs up or down. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": "down",
                 *       "comment": "It links to the old pricing page."
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    rating: "up" | "down";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description The rating the answer now has. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *       "rating": "down",
                     *       "comment": "It links to the old pricing page.",
                     *       "created_at": "2026-03-16T08:05:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageFeedback"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: The message is a question, not an answer; or a header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no message with message_id in its conversations.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A conversation with its messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conv_0VbR2fHq8WcT4kYd",
                     *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "channel": "api",
                     *       "origin": null,
                     *       "contact_id": null,
                     *       "lead": null,
                     *       "page_url": null,
                     *       "first_question": "How do I reset my password?",
                     *       "message_count": 2,
                     *       "unanswered_count": 0,
                     *       "thumbs_up": 1,
                     *       "thumbs_down": 0,
                     *       "last_message_at": "2026-03-16T08:04:03Z",
                     *       "created_at": "2026-03-16T08:04:01Z",
                     *       "messages": [
                     *         {
                     *           "id": "msg_0VbR2fHq9JtE3wMa",
                     *           "role": "user",
                     *           "content": "How do I reset my password?",
                     *           "answered": null,
                     *           "sources": [],
                     *           "feedback": null,
                     *           "created_at": "2026-03-16T08:04:01Z"
                     *         },
                     *         {
                     *           "id": "msg_0VbR2fHr1NqB7zVe",
                     *           "role": "assistant",
                     *           "content": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ],
                     *           "feedback": {
                     *             "rating": "up",
                     *             "comment": null,
                     *             "created_at": "2026-03-16T08:05:12Z"
                     *           },
                     *           "created_at": "2026-03-16T08:04:03Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no conversation with conversation_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Source objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "src_0VbRb4Wz6PdJ2nQx",
                     *           "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *           "type": "qna",
                     *           "title": "Do you offer discounts for non-profits?",
                     *           "text": null,
                     *           "question": "Do you offer discounts for non-profits?",
                     *           "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
                     *           "alternatives": [
                     *             "Is there a non-profit discount?"
                     *           ],
                     *           "file": null,
                     *           "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
                     *           "crawl": null,
                     *           "urls": null,
                     *           "status": "trained",
                     *           "error": null,
                     *           "characters": 118,
                     *           "pages": 1,
                     *           "chunks": 1,
                     *           "from_message_id": null,
                     *           "last_trained_at": "2026-03-16T09:12:03Z",
                     *           "created_at": "2026-03-16T09:12:01Z",
                     *           "updated_at": "2026-03-16T09:12:03Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["SourceList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page or per_page is not a whole number in range; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "text";
                    title: string;
                    /** @description Plain text or Markdown; its headings become sections, each cited by its own anchor. */
                    text: string;
                } | {
                    /** @enum {string} */
                    type: "qna";
                    /** @description Required unless from_message_id is given. */
                    question?: string;
                    /** @description Given word for word when a visitor asks the question or one of its alternatives. */
                    answer: string;
                    /** @description Other wordings of the question. */
                    alternatives?: string[];
                    /** @description A visitor's question (or the answer to it) from a conversation: its question becomes this one's. */
                    from_message_id?: string;
                } | {
                    /** @enum {string} */
                    type: "file";
                    title?: string;
                } | {
                    /** @enum {string} */
                    type: "website";
                    /** Format: uri */
                    url: string;
                    crawl?: {
                        /** @description Most pages to train on; at most your plan's pages per chatbot (the default). */
                        max_pages?: number;
                        /** @description Most link hops from the start page and sitemap (default 10). */
                        max_depth?: number;
                        /** @description Only URL paths matching one of these (`*` is a wildcard), e.g. `/docs/*`. */
                        include?: string[];
                        /** @description Never URL paths matching one of these; wins over include. */
                        exclude?: string[];
                    };
                } | {
                    /** @enum {string} */
                    type: "sitemap";
                    /** Format: uri */
                    url: string;
                } | {
                    /** @enum {string} */
                    type: "urls";
                    urls: string[];
                };
                /**
                 * @example {
                 *       "file": "returns-policy.pdf",
                 *       "title": "Returns policy"
                 *     }
                 */
                "multipart/form-data": {
                    /** @description The file. */
                    file: string;
                    /** @description Default: the file's own title or name. */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "src_0VbRb4Wz6PdJ2nQx",
                     *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "type": "qna",
                     *       "title": "Do you offer discounts for non-profits?",
                     *       "text": null,
                     *       "question": "Do you offer discounts for non-profits?",
                     *       "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
                     *       "alternatives": [
                     *         "Is there a non-profit discount?"
                     *       ],
                     *       "file": null,
                     *       "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
                     *       "crawl": null,
                     *       "urls": null,
                     *       "status": "trained",
                     *       "error": null,
                     *       "characters": 118,
                     *       "pages": 1,
                     *       "chunks": 1,
                     *       "from_message_id": null,
                     *       "last_trained_at": "2026-03-16T09:12:03Z",
                     *       "created_at": "2026-03-16T09:12:01Z",
                     *       "updated_at": "2026-03-16T09:12:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Source"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: The file is empty; a qna source has no question; or a header, parameter or form field holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A body field or form part this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid (`param` names it), the form has no `file` part, the chatbot already has a source of this crawl type, or the `Idempotency-Key` header is over 255 characters.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             *     - `plan_limit_exceeded`: The chatbot has as many sources, or characters of sources, as your plan allows.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no message with from_message_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body, or the file, is larger than this server accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is neither JSON nor multipart/form-data, a `file` source is not sent as a form, or the file is not a PDF, .docx, Markdown, text or HTML file.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                source_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "src_0VbRb4Wz6PdJ2nQx",
                     *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "type": "qna",
                     *       "title": "Do you offer discounts for non-profits?",
                     *       "text": null,
                     *       "question": "Do you offer discounts for non-profits?",
                     *       "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
                     *       "alternatives": [
                     *         "Is there a non-profit discount?"
                     *       ],
                     *       "file": null,
                     *       "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
                     *       "crawl": null,
                     *       "urls": null,
                     *       "status": "trained",
                     *       "error": null,
                     *       "characters": 118,
                     *       "pages": 1,
                     *       "chunks": 1,
                     *       "from_message_id": null,
                     *       "last_trained_at": "2026-03-16T09:12:03Z",
                     *       "created_at": "2026-03-16T09:12:01Z",
                     *       "updated_at": "2026-03-16T09:12:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Source"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no source with source_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                source_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no source with source_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                source_id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the source's type to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answer": "Yes: registered non-profits get 60% off any plan. Write to sales@acme-tools.com."
                 *     }
                 */
                "application/json": {
                    title?: string;
                    /** @description Plain text or Markdown; its headings become sections, each cited by its own anchor. */
                    text?: string;
                    question?: string;
                    /** @description Given word for word when a visitor asks the question or one of its alternatives. */
                    answer?: string;
                    /** @description Other wordings of the question. */
                    alternatives?: string[];
                    /** Format: uri */
                    url?: string;
                    crawl?: {
                        /** @description Most pages to train on; at most your plan's pages per chatbot (the default). */
                        max_pages?: number;
                        /** @description Most link hops from the start page and sitemap (default 10). */
                        max_depth?: number;
                        /** @description Only URL paths matching one of these (`*` is a wildcard), e.g. `/docs/*`. */
                        include?: string[];
                        /** @description Never URL paths matching one of these; wins over include. */
                        exclude?: string[];
                    };
                    urls?: string[];
                };
            };
        };
        responses: {
            /** @description Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "src_0VbRb4Wz6PdJ2nQx",
                     *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "type": "qna",
                     *       "title": "Do you offer discounts for non-profits?",
                     *       "text": null,
                     *       "question": "Do you offer discounts for non-profits?",
                     *       "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
                     *       "alternatives": [
                     *         "Is there a non-profit discount?"
                     *       ],
                     *       "file": null,
                     *       "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
                     *       "crawl": null,
                     *       "urls": null,
                     *       "status": "trained",
                     *       "error": null,
                     *       "characters": 118,
                     *       "pages": 1,
                     *       "chunks": 1,
                     *       "from_message_id": null,
                     *       "last_trained_at": "2026-03-16T09:12:03Z",
                     *       "created_at": "2026-03-16T09:12:01Z",
                     *       "updated_at": "2026-03-16T09:12:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Source"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A field this source's type does not have; or a header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is invalid (`param` names it), or the source changed meanwhile: read it again and retry.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             *     - `plan_limit_exceeded`: The chatbot's sources would hold more characters than your plan allows.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no source with source_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    trainSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                source_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something a chatbot learns from: a text, a Q&A, a file or one of its crawl settings. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "src_0VbRb4Wz6PdJ2nQx",
                     *       "chatbot_id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "type": "qna",
                     *       "title": "Do you offer discounts for non-profits?",
                     *       "text": null,
                     *       "question": "Do you offer discounts for non-profits?",
                     *       "answer": "Yes: registered non-profits get 50% off any plan. Write to sales@acme-tools.com.",
                     *       "alternatives": [
                     *         "Is there a non-profit discount?"
                     *       ],
                     *       "file": null,
                     *       "url": "https://grivo.acme-tools.com/sources/src_0VbRb4Wz6PdJ2nQx",
                     *       "crawl": null,
                     *       "urls": null,
                     *       "status": "trained",
                     *       "error": null,
                     *       "characters": 118,
                     *       "pages": 1,
                     *       "chunks": 1,
                     *       "from_message_id": null,
                     *       "last_trained_at": "2026-03-16T09:12:03Z",
                     *       "created_at": "2026-03-16T09:12:01Z",
                     *       "updated_at": "2026-03-16T09:12:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Source"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or no source with source_id for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getChatbotAnalytics: {
        parameters: {
            query?: {
                /** @description First day (UTC), inclusive; default 29 days before to. */
                from?: string;
                /** @description Last day (UTC), inclusive; default today. */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chatbot's activity per UTC day, and its most asked questions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-03-15",
                     *       "to": "2026-03-16",
                     *       "totals": {
                     *         "conversations": 31,
                     *         "messages": 96,
                     *         "questions": 48,
                     *         "answered": 44,
                     *         "answered_rate": 0.917,
                     *         "thumbs_up": 12,
                     *         "thumbs_down": 2,
                     *         "leads": 5
                     *       },
                     *       "days": [
                     *         {
                     *           "date": "2026-03-15",
                     *           "conversations": 14,
                     *           "messages": 42,
                     *           "questions": 21,
                     *           "answered": 19,
                     *           "answered_rate": 0.905,
                     *           "thumbs_up": 5,
                     *           "thumbs_down": 1,
                     *           "leads": 2
                     *         },
                     *         {
                     *           "date": "2026-03-16",
                     *           "conversations": 17,
                     *           "messages": 54,
                     *           "questions": 27,
                     *           "answered": 25,
                     *           "answered_rate": 0.926,
                     *           "thumbs_up": 7,
                     *           "thumbs_down": 1,
                     *           "leads": 3
                     *         }
                     *       ],
                     *       "top_questions": [
                     *         {
                     *           "question": "How do I reset my password?",
                     *           "asked": 9,
                     *           "unanswered": 0,
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd"
                     *         }
                     *       ],
                     *       "top_unanswered": [
                     *         {
                     *           "question": "Do you offer discounts for non-profits?",
                     *           "asked": 3,
                     *           "unanswered": 3,
                     *           "conversation_id": "conv_0VbR1aKd3XmP9sLq"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChatbotAnalytics"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: from is after to, or the range is over 366 days; or a header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: from or to is not a date like 2026-03-15.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Lead objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *           "name": "Jane Doe",
                     *           "email": "jane@example.org",
                     *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
                     *           "page_url": "https://www.acme-tools.com/pricing",
                     *           "origin": "https://www.acme-tools.com",
                     *           "first_question": "Do you offer discounts for non-profits?",
                     *           "created_at": "2026-03-16T08:06:40Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["LeadList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page or per_page is not a whole number in range; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportLeads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leads as CSV (UTF-8), as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example email,name,created_at,page_url,first_question,conversation_id,contact_id
                     *     jane@example.org,Jane Doe,2026-03-16T08:06:40Z,https://www.acme-tools.com/pricing,Do you offer discounts for non-profits?,conv_0VbR2fHq8WcT4kYd,ct_0VbPq7Tn4GxD8hRc
                     */
                    "text/csv": string;
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRefusedOrigins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds RefusedOrigin objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "origin": "https://shop.example.com",
                     *           "count": 14,
                     *           "first_seen_at": "2026-03-14T09:12:00Z",
                     *           "last_seen_at": "2026-03-15T17:40:03Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["RefusedOriginList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRefusedOrigin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The refused origin, URL-encoded (`https%3A%2F%2Fshop.example.com`). */
                origin: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The origin is off the list (until the widget is refused there again). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "origin": "https://shop.example.com",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": {
                        origin: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id in your workspace, or this origin is not listed for it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Prefix of the email, first or last name; case-insensitive. */
                search?: string;
                /** @description Only contacts with this tag, compared case-insensitively. */
                tag?: string;
                status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
                /** @description A segment id (seg_…): only its contacts, combined with the other filters. */
                segment?: string;
                /** @description A contact id: list the contacts older than it (a page number cannot be given with it). Walks a list that is changing without skipping or repeating anyone. */
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Contact objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ct_0VbPq7Tn4GxD8hRc",
                     *           "email": "jane@example.org",
                     *           "first_name": "Jane",
                     *           "last_name": "Doe",
                     *           "phone": "+1 415 555 0134",
                     *           "attributes": {
                     *             "company": "Northwind",
                     *             "plan": "pro"
                     *           },
                     *           "tags": [
                     *             "customer",
                     *             "newsletter"
                     *           ],
                     *           "status": "subscribed",
                     *           "source": "api",
                     *           "created_at": "2026-03-15T10:30:00Z",
                     *           "updated_at": "2026-03-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No segment with the id given as `segment` in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: {
                /** @description When a contact with this email exists, update it (200) instead of answering 409. */
                upsert?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new contact. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@example.org",
                 *       "first_name": "Jane",
                 *       "last_name": "Doe",
                 *       "phone": "+1 415 555 0134",
                 *       "attributes": {
                 *         "company": "Northwind",
                 *         "plan": "pro"
                 *       },
                 *       "tags": [
                 *         "customer",
                 *         "newsletter"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Unique in the workspace, compared case-insensitively. */
                    email: string;
                    first_name?: string | null;
                    last_name?: string | null;
                    phone?: string | null;
                    /** @description Custom fields: a JSON object of at most 100 keys. A key is kept as written, trimmed of surrounding whitespace (`favourite coffee` stays `favourite coffee`); CSV imports and the dashboard apply the same rule, and an export imports back under the same keys. */
                    attributes?: {
                        [key: string]: unknown;
                    };
                    tags?: string[];
                    /**
                     * @description Default subscribed.
                     * @enum {string}
                     */
                    status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
                };
            };
        };
        responses: {
            /** @description A contact of the workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ct_0VbPq7Tn4GxD8hRc",
                     *       "email": "jane@example.org",
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "phone": "+1 415 555 0134",
                     *       "attributes": {
                     *         "company": "Northwind",
                     *         "plan": "pro"
                     *       },
                     *       "tags": [
                     *         "customer",
                     *         "newsletter"
                     *       ],
                     *       "status": "subscribed",
                     *       "source": "api",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description A contact of the workspace. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ct_0VbPq7Tn4GxD8hRc",
                     *       "email": "jane@example.org",
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "phone": "+1 415 555 0134",
                     *       "attributes": {
                     *         "company": "Northwind",
                     *         "plan": "pro"
                     *       },
                     *       "tags": [
                     *         "customer",
                     *         "newsletter"
                     *       ],
                     *       "status": "subscribed",
                     *       "source": "api",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             *     - `plan_limit_exceeded`: The workspace has as many contacts as your plan allows.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `contact_exists`: A contact with this email exists (its id is in the message); send ?upsert=true to update it.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportContacts: {
        parameters: {
            query?: {
                /** @description Prefix of the email, first or last name; case-insensitive. */
                search?: string;
                /** @description Only contacts with this tag, compared case-insensitively. */
                tag?: string;
                status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts as CSV (UTF-8), as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,email,first_name,last_name,phone,tags,status,source,created_at,updated_at,company
                     *     ct_0VbPq7Tn4GxD8hRc,jane@example.org,Jane,Doe,+1 415 555 0134,customer;newsletter,subscribed,api,2026-03-15T10:30:00Z,2026-03-15T10:30:00Z,Northwind
                     */
                    "text/csv": string;
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A contact of the workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ct_0VbPq7Tn4GxD8hRc",
                     *       "email": "jane@example.org",
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "phone": "+1 415 555 0134",
                     *       "attributes": {
                     *         "company": "Northwind",
                     *         "plan": "pro"
                     *       },
                     *       "tags": [
                     *         "customer",
                     *         "newsletter"
                     *       ],
                     *       "status": "subscribed",
                     *       "source": "api",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; those left out stay as they are. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "last_name": "Smith",
                 *       "attributes": {
                 *         "plan": "business",
                 *         "trial_ends": null
                 *       },
                 *       "tags": [
                 *         "customer"
                 *       ]
                 *     }
                 */
                "application/json": {
                    email?: string;
                    first_name?: string | null;
                    last_name?: string | null;
                    phone?: string | null;
                    /** @description Merged into the contact's attributes; a key set to null is removed. Custom fields: a JSON object of at most 100 keys. A key is kept as written, trimmed of surrounding whitespace (`favourite coffee` stays `favourite coffee`); CSV imports and the dashboard apply the same rule, and an export imports back under the same keys. */
                    attributes?: {
                        [key: string]: unknown;
                    };
                    /** @description Replaces the contact's tags. */
                    tags?: string[];
                    /** @enum {string} */
                    status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
                };
            };
        };
        responses: {
            /** @description A contact of the workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ct_0VbPq7Tn4GxD8hRc",
                     *       "email": "jane@example.org",
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "phone": "+1 415 555 0134",
                     *       "attributes": {
                     *         "company": "Northwind",
                     *         "plan": "pro"
                     *       },
                     *       "tags": [
                     *         "customer",
                     *         "newsletter"
                     *       ],
                     *       "status": "subscribed",
                     *       "source": "api",
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `contact_exists`: Another contact has this email (its id is in the message).
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSegments: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Segment objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "seg_0VbQk2Lm8RtY3pWz",
                     *           "name": "Engaged customers",
                     *           "match": "all",
                     *           "conditions": [
                     *             {
                     *               "field": "tags",
                     *               "op": "contains",
                     *               "value": "customer"
                     *             },
                     *             {
                     *               "field": "attributes.plan",
                     *               "op": "in",
                     *               "value": [
                     *                 "pro",
                     *                 "business"
                     *               ]
                     *             },
                     *             {
                     *               "field": "opened",
                     *               "op": "exists",
                     *               "value": {
                     *                 "within_days": 30
                     *               }
                     *             }
                     *           ],
                     *           "contacts": 412,
                     *           "created_at": "2026-03-15T10:30:00Z",
                     *           "updated_at": "2026-03-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["SegmentList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new segment. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Engaged customers",
                 *       "match": "all",
                 *       "conditions": [
                 *         {
                 *           "field": "tags",
                 *           "op": "contains",
                 *           "value": "customer"
                 *         },
                 *         {
                 *           "field": "attributes.plan",
                 *           "op": "in",
                 *           "value": [
                 *             "pro",
                 *             "business"
                 *           ]
                 *         },
                 *         {
                 *           "field": "opened",
                 *           "op": "exists",
                 *           "value": {
                 *             "within_days": 30
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Shown to you, not to contacts. */
                    name: string;
                    /**
                     * @description all: a contact matches every condition; any: at least one. No conditions: every contact.
                     * @default all
                     * @enum {string}
                     */
                    match?: "all" | "any";
                    /** @description field: email, first_name, last_name, phone, status, source, tags, created_at, attributes.<key>, or activity: opened, clicked, received. op per field — text fields (first_name, last_name, phone, attributes.<key>): eq, neq, contains, starts_with, exists, not_exists, in; email: eq, neq, contains, starts_with, in; status, source: eq, neq, in; tags: contains (has the tag), neq (does not have it), in (has any of them), exists (has a tag), not_exists (has none); created_at: before, after (an ISO 8601 date or time); attributes.<key> also gt, lt (a number: only attributes holding a JSON number match) and before, after (compared as text, so store dates as ISO 8601); opened, clicked, received: exists (did) or not_exists (did not), value optional {campaign_id?, within_days?}: one campaign, and/or within the last N days (opens are human opens; machine prefetches do not count). Text comparisons ignore case; neq and not_exists also match contacts without the value. in takes an array of 1 to 100 values. */
                    conditions?: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "neq" | "contains" | "starts_with" | "exists" | "not_exists" | "gt" | "lt" | "before" | "after" | "in";
                        value?: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description A saved set of conditions; who matches is worked out each time it is used. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "seg_0VbQk2Lm8RtY3pWz",
                     *       "name": "Engaged customers",
                     *       "match": "all",
                     *       "conditions": [
                     *         {
                     *           "field": "tags",
                     *           "op": "contains",
                     *           "value": "customer"
                     *         },
                     *         {
                     *           "field": "attributes.plan",
                     *           "op": "in",
                     *           "value": [
                     *             "pro",
                     *             "business"
                     *           ]
                     *         },
                     *         {
                     *           "field": "opened",
                     *           "op": "exists",
                     *           "value": {
                     *             "within_days": 30
                     *           }
                     *         }
                     *       ],
                     *       "contacts": 412,
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Conditions to count the contacts of, without saving them. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "match": "all",
                 *       "conditions": [
                 *         {
                 *           "field": "tags",
                 *           "op": "contains",
                 *           "value": "customer"
                 *         },
                 *         {
                 *           "field": "attributes.plan",
                 *           "op": "in",
                 *           "value": [
                 *             "pro",
                 *             "business"
                 *           ]
                 *         },
                 *         {
                 *           "field": "opened",
                 *           "op": "exists",
                 *           "value": {
                 *             "within_days": 30
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description all: a contact matches every condition; any: at least one. No conditions: every contact.
                     * @default all
                     * @enum {string}
                     */
                    match?: "all" | "any";
                    /** @description field: email, first_name, last_name, phone, status, source, tags, created_at, attributes.<key>, or activity: opened, clicked, received. op per field — text fields (first_name, last_name, phone, attributes.<key>): eq, neq, contains, starts_with, exists, not_exists, in; email: eq, neq, contains, starts_with, in; status, source: eq, neq, in; tags: contains (has the tag), neq (does not have it), in (has any of them), exists (has a tag), not_exists (has none); created_at: before, after (an ISO 8601 date or time); attributes.<key> also gt, lt (a number: only attributes holding a JSON number match) and before, after (compared as text, so store dates as ISO 8601); opened, clicked, received: exists (did) or not_exists (did not), value optional {campaign_id?, within_days?}: one campaign, and/or within the last N days (opens are human opens; machine prefetches do not count). Text comparisons ignore case; neq and not_exists also match contacts without the value. in takes an array of 1 to 100 values. */
                    conditions?: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "neq" | "contains" | "starts_with" | "exists" | "not_exists" | "gt" | "lt" | "before" | "after" | "in";
                        value?: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description How many contacts match. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contacts": 412,
                     *       "subscribed": 380
                     *     }
                     */
                    "application/json": components["schemas"]["SegmentCount"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A saved set of conditions; who matches is worked out each time it is used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "seg_0VbQk2Lm8RtY3pWz",
                     *       "name": "Engaged customers",
                     *       "match": "all",
                     *       "conditions": [
                     *         {
                     *           "field": "tags",
                     *           "op": "contains",
                     *           "value": "customer"
                     *         },
                     *         {
                     *           "field": "attributes.plan",
                     *           "op": "in",
                     *           "value": [
                     *             "pro",
                     *             "business"
                     *           ]
                     *         },
                     *         {
                     *           "field": "opened",
                     *           "op": "exists",
                     *           "value": {
                     *             "within_days": 30
                     *           }
                     *         }
                     *       ],
                     *       "contacts": 412,
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No segment with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No segment with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; those left out stay as they are. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Engaged customers (90 days)"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /**
                     * @description all: a contact matches every condition; any: at least one. No conditions: every contact.
                     * @enum {string}
                     */
                    match?: "all" | "any";
                    /** @description Replaces every condition. */
                    conditions?: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "neq" | "contains" | "starts_with" | "exists" | "not_exists" | "gt" | "lt" | "before" | "after" | "in";
                        value?: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description A saved set of conditions; who matches is worked out each time it is used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "seg_0VbQk2Lm8RtY3pWz",
                     *       "name": "Engaged customers",
                     *       "match": "all",
                     *       "conditions": [
                     *         {
                     *           "field": "tags",
                     *           "op": "contains",
                     *           "value": "customer"
                     *         },
                     *         {
                     *           "field": "attributes.plan",
                     *           "op": "in",
                     *           "value": [
                     *             "pro",
                     *             "business"
                     *           ]
                     *         },
                     *         {
                     *           "field": "opened",
                     *           "op": "exists",
                     *           "value": {
                     *             "within_days": 30
                     *           }
                     *         }
                     *       ],
                     *       "contacts": 412,
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "updated_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No segment with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportContactData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything Grivo holds about a contact's person: the contact (attributes, tags), consent record, campaigns sent and what they did with them, transactional emails, chatbot conversations and what they wrote, suppression. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exported_at": "2026-03-16T09:00:00Z",
                     *       "contact": {
                     *         "id": "ct_0VbPq7Tn4GxD8hRc",
                     *         "email": "jane@example.org",
                     *         "first_name": "Jane",
                     *         "last_name": "Doe",
                     *         "phone": "+1 415 555 0134",
                     *         "attributes": {
                     *           "company": "Northwind",
                     *           "plan": "pro"
                     *         },
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "status": "subscribed",
                     *         "source": "api",
                     *         "created_at": "2026-03-15T10:30:00Z",
                     *         "updated_at": "2026-03-15T10:30:00Z"
                     *       },
                     *       "consent_events": [
                     *         {
                     *           "type": "given",
                     *           "source": "api",
                     *           "form_id": null,
                     *           "ip": null,
                     *           "at": "2026-03-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "campaigns": [
                     *         {
                     *           "campaign_id": "cmp_0VbPq7Tn4GxD8hRc",
                     *           "name": "March news",
                     *           "subject": "What is new in March",
                     *           "email": "ada@example.com",
                     *           "status": "sent",
                     *           "sent_at": "2026-03-15T11:00:00Z",
                     *           "opened_at": "2026-03-15T12:00:00Z",
                     *           "opens": 2,
                     *           "clicked_at": null,
                     *           "unsubscribed_at": null,
                     *           "clicks": []
                     *         }
                     *       ],
                     *       "emails": [],
                     *       "conversations": [],
                     *       "suppression": null
                     *     }
                     */
                    "application/json": components["schemas"]["ContactDataExport"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What an erase removed. It also forgets stored Idempotency-Key responses that named the person, rewords import row errors that quoted their address and takes their id and address out of bulk actions; those are not counted. The same answer for every later call with the id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ct_0VbPq7Tn4GxD8hRc",
                     *       "erased": true,
                     *       "erased_at": "2026-03-16T09:00:00Z",
                     *       "campaign_recipients": 3,
                     *       "conversations": 1,
                     *       "messages": 4,
                     *       "emails": 2,
                     *       "events": 5
                     *     }
                     */
                    "application/json": components["schemas"]["ContactErasure"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace (and none erased).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContactActivity: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds ContactActivity objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "campaign.clicked",
                     *           "at": "2026-04-01T09:12:40Z",
                     *           "campaign_id": "cmp_0VbTz6Kp2HnV9qDf",
                     *           "campaign_name": "Spring news",
                     *           "count": 2
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ContactActivityList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page or per_page is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCampaignRecipients: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Default sent. sent: the message was taken by the mail server and has not bounced since (the stats' sent); opened: opened by a person, or clicked (unique_opens); clicked: clicked a link (unique_clicks); bounced (bounced); unsubscribed: unsubscribed or complained from this campaign (unsubscribes); failed: could not be sent (failed). */
                event?: "sent" | "opened" | "clicked" | "bounced" | "unsubscribed" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds CampaignRecipient objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "contact_id": "ct_0VbPq7Tn4GxD8hRc",
                     *           "email": "jane@example.org",
                     *           "first_at": "2026-04-01T09:12:40Z",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignRecipientList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: event, page or per_page is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCampaignRecipients: {
        parameters: {
            query?: {
                /** @description Default sent. sent: the message was taken by the mail server and has not bounced since (the stats' sent); opened: opened by a person, or clicked (unique_opens); clicked: clicked a link (unique_clicks); bounced (bounced); unsubscribed: unsubscribed or complained from this campaign (unsubscribes); failed: could not be sent (failed). */
                event?: "sent" | "opened" | "clicked" | "bounced" | "unsubscribed" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipients as CSV (UTF-8), as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example contact_id,email,event,first_at,count
                     *     ct_0VbPq7Tn4GxD8hRc,jane@example.org,clicked,2026-04-01T09:12:40Z,3
                     */
                    "text/csv": string;
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: event, page or per_page is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importContacts: {
        parameters: {
            query?: {
                /** @description Update contacts that already exist with the fields the file gives (default true); false leaves them untouched. */
                update_existing?: "true" | "false";
                /** @description Added to every imported contact, e.g. tags=customer,newsletter. */
                tags?: string | string[];
                /** @description Status of new contacts (default subscribed), for rows whose file has no `status` column value (a row's own status wins). Existing contacts take it too, except that an import never re-subscribes someone unsubscribed, bounced or complained. */
                status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example email,first_name,last_name,tags
                 *     jane@example.org,Jane,Doe,customer
                 *     sam@example.net,Sam,Lee,
                 */
                "text/csv": string;
                /**
                 * @example {
                 *       "tags": "webinar-2026",
                 *       "file": "email,first_name,last_name,tags\njane@example.org,Jane,Doe,customer\nsam@example.net,Sam,Lee,\n"
                 *     }
                 */
                "multipart/form-data": {
                    /** @enum {string} */
                    update_existing?: "true" | "false";
                    /** @description Comma-separated tags added to every imported contact. */
                    tags?: string;
                    /** @enum {string} */
                    status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
                    /** @description The CSV file; after the options. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description A CSV import and its progress. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "imp_0VbQ1eRt8LwC5mZa",
                     *       "status": "completed",
                     *       "filename": "contacts.csv",
                     *       "bytes": 48213,
                     *       "options": {
                     *         "update_existing": true,
                     *         "tags": [
                     *           "webinar-2026"
                     *         ],
                     *         "status": null
                     *       },
                     *       "rows_total": 1204,
                     *       "rows_processed": 1204,
                     *       "created": 1150,
                     *       "updated": 49,
                     *       "skipped": 3,
                     *       "suppressed": 0,
                     *       "failed": 2,
                     *       "errors": [
                     *         {
                     *           "line": 87,
                     *           "code": "invalid_row",
                     *           "message": "email 'jane@@example.org' is not a valid email address."
                     *         }
                     *       ],
                     *       "error": null,
                     *       "created_at": "2026-03-15T11:00:00Z",
                     *       "finished_at": "2026-03-15T11:00:04Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ContactImport"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, query parameter or form field holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or form field this endpoint does not take; `param` names it.
             *     - `invalid_request`: An option is invalid (`param` names it), the form has no `file` part, or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The file is larger than this server accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is neither multipart/form-data nor text/csv.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContactImports: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds ContactImport objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "imp_0VbQ1eRt8LwC5mZa",
                     *           "status": "completed",
                     *           "filename": "contacts.csv",
                     *           "bytes": 48213,
                     *           "options": {
                     *             "update_existing": true,
                     *             "tags": [
                     *               "webinar-2026"
                     *             ],
                     *             "status": null
                     *           },
                     *           "rows_total": 1204,
                     *           "rows_processed": 1204,
                     *           "created": 1150,
                     *           "updated": 49,
                     *           "skipped": 3,
                     *           "suppressed": 0,
                     *           "failed": 2,
                     *           "errors": [
                     *             {
                     *               "line": 87,
                     *               "code": "invalid_row",
                     *               "message": "email 'jane@@example.org' is not a valid email address."
                     *             }
                     *           ],
                     *           "error": null,
                     *           "created_at": "2026-03-15T11:00:00Z",
                     *           "finished_at": "2026-03-15T11:00:04Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ContactImportList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page or per_page is not a whole number in range; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContactImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV import and its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "imp_0VbQ1eRt8LwC5mZa",
                     *       "status": "completed",
                     *       "filename": "contacts.csv",
                     *       "bytes": 48213,
                     *       "options": {
                     *         "update_existing": true,
                     *         "tags": [
                     *           "webinar-2026"
                     *         ],
                     *         "status": null
                     *       },
                     *       "rows_total": 1204,
                     *       "rows_processed": 1204,
                     *       "created": 1150,
                     *       "updated": 49,
                     *       "skipped": 3,
                     *       "suppressed": 0,
                     *       "failed": 2,
                     *       "errors": [
                     *         {
                     *           "line": 87,
                     *           "code": "invalid_row",
                     *           "message": "email 'jane@@example.org' is not a valid email address."
                     *         }
                     *       ],
                     *       "error": null,
                     *       "created_at": "2026-03-15T11:00:00Z",
                     *       "finished_at": "2026-03-15T11:00:04Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ContactImport"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No import with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContactBulkAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action and the contacts it applies to: exactly one of ids, segment or filter. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "tag" | "untag" | "unsubscribe" | "delete";
                    /** @description For tag and untag: the tags to add or remove (compared case-insensitively). */
                    tags?: string[];
                    /** @description These contacts (ids of other workspaces count as not found). */
                    ids?: string[];
                    /** @description The contacts of this segment (seg_…), as they are when the job runs. */
                    segment?: string;
                    /** @description The contacts the list would show with these filters (an empty object: every contact). Contacts added after the request are left alone. */
                    filter?: {
                        /** @description Prefix of the email, first or last name; case-insensitive. */
                        search?: string;
                        /** @description Only contacts with this tag, compared case-insensitively. */
                        tag?: string;
                        /** @enum {string} */
                        status?: "subscribed" | "unsubscribed" | "bounced" | "complained" | "pending" | "non_subscribed";
                    };
                };
            };
        };
        responses: {
            /** @description A bulk action on contacts, run in the background in batches. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "blk_0VbPq7Tn4GxD8hRc",
                     *       "action": "tag",
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "status": "done",
                     *       "total": 1280,
                     *       "processed": 1280,
                     *       "changed": 1275,
                     *       "not_found": 0,
                     *       "error": null,
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "finished_at": "2026-03-15T10:30:04Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ContactBulkAction"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: The segment given is not one of your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContactBulkAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A bulk action on contacts, run in the background in batches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "blk_0VbPq7Tn4GxD8hRc",
                     *       "action": "tag",
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "status": "done",
                     *       "total": 1280,
                     *       "processed": 1280,
                     *       "changed": 1275,
                     *       "not_found": 0,
                     *       "error": null,
                     *       "created_at": "2026-03-15T10:30:00Z",
                     *       "finished_at": "2026-03-15T10:30:04Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ContactBulkAction"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No bulk action with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only tags starting with this text, compared case-insensitively. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Tag objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "tag": "customer",
                     *           "contacts": 1280
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                status?: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Campaign objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *           "name": "Spring release",
                     *           "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *           "from_name": "Acme Tools",
                     *           "from_email": "news@acme-tools.com",
                     *           "reply_to": "support@acme-tools.com",
                     *           "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *           "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *           "text_generated": true,
                     *           "audience": {
                     *             "tags": [
                     *               "customer",
                     *               "newsletter"
                     *             ],
                     *             "match": "any"
                     *           },
                     *           "status": "draft",
                     *           "error": null,
                     *           "recipients": 0,
                     *           "sent": 0,
                     *           "open_rate": null,
                     *           "click_rate": null,
                     *           "scheduled_at": null,
                     *           "started_at": null,
                     *           "finished_at": null,
                     *           "created_at": "2026-03-20T14:00:00Z",
                     *           "updated_at": "2026-03-20T14:00:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page, per_page or status is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new draft: its templates (given, or from a template), sender and audience. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Spring release",
                 *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                 *       "from_name": "Acme Tools",
                 *       "from_email": "news@acme-tools.com",
                 *       "reply_to": "support@acme-tools.com",
                 *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                 *       "audience": {
                 *         "tags": [
                 *           "customer",
                 *           "newsletter"
                 *         ],
                 *         "match": "any"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Shown to you, not to recipients. */
                    name: string;
                    /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. Required unless template_id is given. */
                    subject?: string;
                    from_name?: string | null;
                    from_email: string;
                    reply_to?: string | null;
                    /** @description Liquid template of the HTML body. Contact data is HTML-escaped. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. Required unless template_id is given. */
                    html?: string;
                    /** @description Liquid template of the plain-text body; generated from the HTML when absent. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    text?: string | null;
                    /** @description Who receives it: subscribed contacts with any (or all) of these tags, or of a segment; neither means every subscribed contact. */
                    audience?: {
                        /** @default [] */
                        tags?: string[];
                        /**
                         * @default any
                         * @enum {string}
                         */
                        match?: "any" | "all";
                        /** @description A segment id: its subscribed contacts, as the segment stands when the send starts. */
                        segment?: string;
                    };
                    /** @description Start from this template (POST /v1/templates): its subject, html and text, where those are not given. */
                    template_id?: string;
                };
            };
        };
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No template with template_id, or no segment with audience.segment, in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The templates to render, and for whom. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                 *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                 *       "contact_id": "ct_0VbPq7Tn4GxD8hRc"
                 *     }
                 */
                "application/json": {
                    /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    subject: string;
                    /** @description Liquid template of the HTML body. Contact data is HTML-escaped. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    html: string;
                    /** @description Liquid template of the plain-text body; generated from the HTML when absent. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    text?: string | null;
                    /** @description Render for this contact of the workspace; without it, for a sample contact. */
                    contact_id?: string;
                };
            };
        };
        responses: {
            /** @description The message as the recipient gets it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subject": "What is new this spring, Jane",
                     *       "html": "<p>Hi Jane,</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p><p style=\"font-size:12px\"><a href=\"https://grivo.acme-tools.com/unsubscribe/preview\">Unsubscribe</a></p>",
                     *       "text": "Hi Jane,\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].\n\nUnsubscribe: https://grivo.acme-tools.com/unsubscribe/preview"
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignPreview"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with contact_id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countAudience: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The audience; no body counts every subscribed contact. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "tags": [
                 *         "customer"
                 *       ],
                 *       "match": "any"
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    tags?: string[];
                    /**
                     * @default any
                     * @enum {string}
                     */
                    match?: "any" | "all";
                    /** @description A segment id: its subscribed contacts, as the segment stands when the send starts. */
                    segment?: string;
                } | null;
            };
        };
        responses: {
            /** @description How many would receive it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recipients": 1832
                     *     }
                     */
                    "application/json": components["schemas"]["AudienceCount"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No segment with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `invalid_campaign_state`: The campaign is no longer a draft or scheduled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; those left out stay as they are. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Our spring release is here",
                 *       "audience": {
                 *         "tags": [
                 *           "customer"
                 *         ],
                 *         "match": "any"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Shown to you, not to recipients. */
                    name?: string;
                    /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    subject?: string;
                    from_name?: string | null;
                    from_email?: string;
                    reply_to?: string | null;
                    /** @description Liquid template of the HTML body. Contact data is HTML-escaped. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    html?: string;
                    /** @description Liquid template of the plain-text body; generated from the HTML when absent. Variables: {{ email }}, {{ first_name }}, {{ last_name }}, {{ phone }}, {{ tags }}, {{ attributes }}, {{ unsubscribe_url }}; each attribute also as itself, {{ company }} for an attribute company (never replacing one of those), or as {{ attributes["favourite coffee"] }} when its key is not a plain name; a missing value renders empty, or {{ company | default: "your team" }}. */
                    text?: string | null;
                    /** @description Who receives it: subscribed contacts with any (or all) of these tags, or of a segment; neither means every subscribed contact. */
                    audience?: {
                        /** @default [] */
                        tags?: string[];
                        /**
                         * @default any
                         * @enum {string}
                         */
                        match?: "any" | "all";
                        /** @description A segment id: its subscribed contacts, as the segment stands when the send starts. */
                        segment?: string;
                    };
                };
            };
        };
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id, or no segment with audience.segment, in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `invalid_campaign_state`: The campaign is no longer a draft or scheduled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description When to send; no body sends now. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "send_at": "2026-04-01T09:00:00Z"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description Schedule the send for this time instead of now.
                     */
                    send_at?: string;
                } | null;
            };
        };
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: send_at is invalid or in the past (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `invalid_campaign_state`: The campaign is not a draft, or its audience is a segment that was deleted.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    duplicateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Where to send the test, and as whom. */
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                    /** @description Render every test as this contact of the workspace (its email included); without it, each address is rendered as the workspace's contact of that address, or with only the address when there is none. */
                    contact_id?: string;
                };
            };
        };
        responses: {
            /** @description What became of each test message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "email": "me@acme-tools.com",
                     *           "status": "sent",
                     *           "error": null
                     *         },
                     *         {
                     *           "email": "review@acme-tools.com",
                     *           "status": "sent",
                     *           "error": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TestSendResult"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id, or no contact with contact_id, in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pauseCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `invalid_campaign_state`: The campaign is not sending.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `invalid_campaign_state`: The campaign is not paused.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An email campaign: its templates, audience and where its sending stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "name": "Spring release",
                     *       "subject": "What is new this spring, {{ first_name | default: \"friend\" }}",
                     *       "from_name": "Acme Tools",
                     *       "from_email": "news@acme-tools.com",
                     *       "reply_to": "support@acme-tools.com",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p>Our spring release is out: <a href=\"https://www.acme-tools.com/blog/spring\">see what is new</a>.</p>",
                     *       "text": "Hi {{ first_name | default: \"there\" }},\n\nOur spring release is out: see what is new [https://www.acme-tools.com/blog/spring].",
                     *       "text_generated": true,
                     *       "audience": {
                     *         "tags": [
                     *           "customer",
                     *           "newsletter"
                     *         ],
                     *         "match": "any"
                     *       },
                     *       "status": "draft",
                     *       "error": null,
                     *       "recipients": 0,
                     *       "sent": 0,
                     *       "open_rate": null,
                     *       "click_rate": null,
                     *       "scheduled_at": null,
                     *       "started_at": null,
                     *       "finished_at": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `invalid_campaign_state`: The campaign is not scheduled, sending or paused.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCampaignStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's deliveries, opens, clicks and unsubscribes. Opens fetched by privacy proxies or at delivery are machine_opens, apart from the human opens, unique_opens and open_rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *       "status": "sent",
                     *       "recipients": 1832,
                     *       "sent": 1820,
                     *       "failed": 4,
                     *       "bounced": 6,
                     *       "skipped": 2,
                     *       "opens": 1204,
                     *       "unique_opens": 911,
                     *       "machine_opens": 640,
                     *       "clicks": 388,
                     *       "unique_clicks": 274,
                     *       "unsubscribes": 7,
                     *       "open_rate": 0.5005,
                     *       "click_rate": 0.1505,
                     *       "links": [
                     *         {
                     *           "url": "https://www.acme-tools.com/blog/spring",
                     *           "clicks": 388,
                     *           "unique_clicks": 274
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "hour": "2026-04-01T09:00:00Z",
                     *           "sent": 1820,
                     *           "opens": 702,
                     *           "machine_opens": 640,
                     *           "clicks": 231
                     *         },
                     *         {
                     *           "hour": "2026-04-01T10:00:00Z",
                     *           "sent": 0,
                     *           "opens": 502,
                     *           "machine_opens": 0,
                     *           "clicks": 157
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignStats"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No campaign with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Template objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "tpl_0VbTz6Kp2HnV9qDf",
                     *           "name": "Password reset",
                     *           "subject": "Reset your password, {{ first_name | default: \"there\" }}",
                     *           "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
                     *           "markdown": null,
                     *           "text": null,
                     *           "created_at": "2026-03-20T14:00:00Z",
                     *           "updated_at": "2026-03-20T14:00:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new template: a subject and exactly one of html and markdown, or a starter design to copy. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The id of a starter design (see GET /v1/templates/starters) to copy: its name, subject, html and text are used for the fields not given. */
                    starter?: string;
                    /** @description Shown to you, not to recipients. Required unless starter is given. */
                    name?: string;
                    /** @description The subject template. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. Required unless starter is given. */
                    subject?: string;
                    /** @description The HTML body template; give html or markdown. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. */
                    html?: string;
                    /** @description The body as Markdown (with Liquid), made into `html` when the template is saved; give html or markdown. */
                    markdown?: string;
                    /** @description The plain-text body template; made from the HTML when sending when absent. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. */
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description A reusable message for transactional emails and campaigns. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_0VbTz6Kp2HnV9qDf",
                     *       "name": "Password reset",
                     *       "subject": "Reset your password, {{ first_name | default: \"there\" }}",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
                     *       "markdown": null,
                     *       "text": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is invalid, neither or both of html and markdown were given, or no starter has that id; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTemplateStarters: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds TemplateStarter objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "plain-letter",
                     *           "name": "Plain letter",
                     *           "description": "A short personal note: no images, just words.",
                     *           "subject": "A quick note from us",
                     *           "html": "<!doctype html><html lang=\"en\"><body><p>Hi {{ first_name | default: \"there\" }},</p><p>…</p><p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>",
                     *           "text": "Hi {{ first_name | default: \"there\" }},\n\n…\n\nUnsubscribe: {{ unsubscribe_url }}"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateStarterList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A reusable message for transactional emails and campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_0VbTz6Kp2HnV9qDf",
                     *       "name": "Password reset",
                     *       "subject": "Reset your password, {{ first_name | default: \"there\" }}",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
                     *       "markdown": null,
                     *       "text": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No template with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No template with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; html or markdown (not both) replaces the body. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Reset your Acme password"
                 *     }
                 */
                "application/json": {
                    /** @description Shown to you, not to recipients. */
                    name?: string;
                    /** @description The subject template. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. */
                    subject?: string;
                    /** @description The HTML body template; give html or markdown. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. */
                    html?: string;
                    /** @description The body as Markdown (with Liquid), made into `html` when the template is saved; give html or markdown. */
                    markdown?: string;
                    /** @description The plain-text body template; made from the HTML when sending when absent. Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; in a campaign made from the template, the contact variables are. */
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description A reusable message for transactional emails and campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_0VbTz6Kp2HnV9qDf",
                     *       "name": "Password reset",
                     *       "subject": "Reset your password, {{ first_name | default: \"there\" }}",
                     *       "html": "<p>Hi {{ first_name | default: \"there\" }},</p><p><a href=\"{{ reset_url }}\">Choose a new password</a>.</p>",
                     *       "markdown": null,
                     *       "text": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is invalid, neither or both of html and markdown were given, or no starter has that id; `param` names it.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No template with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEmails: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                status?: "queued" | "sent" | "failed" | "suppressed" | "bounced" | "complained" | "delivered";
                /** @description Only emails to this address (any case). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Email objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "em_0VbTz6Kp2HnV9qDf",
                     *           "to": "jane@example.com",
                     *           "from_email": "orders@acme-tools.com",
                     *           "from_name": "Acme Tools",
                     *           "subject": "Your order A-1042 has shipped",
                     *           "status": "sent",
                     *           "tags": [
                     *             "orders"
                     *           ],
                     *           "template_id": null,
                     *           "error": null,
                     *           "created_at": "2026-03-20T14:00:00Z",
                     *           "sent_at": "2026-03-20T14:00:01Z",
                     *           "events": [
                     *             {
                     *               "type": "queued",
                     *               "at": "2026-03-20T14:00:00Z",
                     *               "detail": null
                     *             },
                     *             {
                     *               "type": "sent",
                     *               "at": "2026-03-20T14:00:01Z",
                     *               "detail": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["EmailList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: page, per_page, status or to is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One email to one address: subject and html or text, or a template_id, rendered over data. Sent in the background. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The one recipient address.
                     */
                    to: string;
                    /**
                     * Format: email
                     * @description The sender; the workspace's default_from_email (PATCH /v1/settings) when absent.
                     */
                    from_email?: string;
                    /** @description The sender's name; the default_from_name when absent. */
                    from_name?: string;
                    /** Format: email */
                    reply_to?: string;
                    /** @description The subject template; the template's when absent. Liquid: each key of `data` is a variable, and {{ email }} is the recipient address. */
                    subject?: string;
                    /** @description The HTML body template. Liquid: each key of `data` is a variable, and {{ email }} is the recipient address. */
                    html?: string;
                    /** @description The plain-text body template; made from the HTML when absent. Liquid: each key of `data` is a variable, and {{ email }} is the recipient address. */
                    text?: string;
                    /** @description Start from this template: its subject, html and text, each overridden by the field given here. */
                    template_id?: string;
                    /** @description The variables of the templates. */
                    data?: {
                        [key: string]: unknown;
                    };
                    /** @description Labels to find the email by; not sent. */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description A transactional email and what became of it. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "em_0VbTz6Kp2HnV9qDf",
                     *       "to": "jane@example.com",
                     *       "from_email": "orders@acme-tools.com",
                     *       "from_name": "Acme Tools",
                     *       "subject": "Your order A-1042 has shipped",
                     *       "status": "sent",
                     *       "tags": [
                     *         "orders"
                     *       ],
                     *       "template_id": null,
                     *       "error": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "sent_at": "2026-03-20T14:00:01Z",
                     *       "events": [
                     *         {
                     *           "type": "queued",
                     *           "at": "2026-03-20T14:00:00Z",
                     *           "detail": null
                     *         },
                     *         {
                     *           "type": "sent",
                     *           "at": "2026-03-20T14:00:01Z",
                     *           "detail": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Email"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is invalid, a subject or body is missing, or there is no sender (no from_email and no default); `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_template`: A template does not parse or render; the message names the field, line and reason.
             *     - `template_limit_exceeded`: A template is too large or too slow to render; the message names the limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No template with template_id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transactional email and what became of it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "em_0VbTz6Kp2HnV9qDf",
                     *       "to": "jane@example.com",
                     *       "from_email": "orders@acme-tools.com",
                     *       "from_name": "Acme Tools",
                     *       "subject": "Your order A-1042 has shipped",
                     *       "status": "sent",
                     *       "tags": [
                     *         "orders"
                     *       ],
                     *       "template_id": null,
                     *       "error": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "sent_at": "2026-03-20T14:00:01Z",
                     *       "events": [
                     *         {
                     *           "type": "queued",
                     *           "at": "2026-03-20T14:00:00Z",
                     *           "detail": null
                     *         },
                     *         {
                     *           "type": "sent",
                     *           "at": "2026-03-20T14:00:01Z",
                     *           "detail": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Email"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No email with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "default_from_name": "Acme Tools",
                     *       "default_from_email": "hello@acme-tools.com",
                     *       "double_opt_in": true,
                     *       "confirmation_subject": null,
                     *       "confirmation_html": null,
                     *       "confirmation_expiry_days": 7,
                     *       "postal_address": "Acme Tools, 1 Market Street, Springfield"
                     *     }
                     */
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change; those left out stay as they are, null clears one. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "default_from_name": "Acme Tools",
                 *       "default_from_email": "hello@acme-tools.com",
                 *       "double_opt_in": true
                 *     }
                 */
                "application/json": {
                    default_from_name?: string | null;
                    default_from_email?: string | null;
                    double_opt_in?: boolean;
                    confirmation_subject?: string | null;
                    confirmation_html?: string | null;
                    confirmation_expiry_days?: number;
                    postal_address?: string | null;
                };
            };
        };
        responses: {
            /** @description The workspace's settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "default_from_name": "Acme Tools",
                     *       "default_from_email": "hello@acme-tools.com",
                     *       "double_opt_in": true,
                     *       "confirmation_subject": null,
                     *       "confirmation_html": null,
                     *       "confirmation_expiry_days": 7,
                     *       "postal_address": "Acme Tools, 1 Market Street, Springfield"
                     *     }
                     */
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A setting is invalid; `param` names it.
             *     - `invalid_template`: The confirmation template does not render; `param` names the setting.
             *     - `template_limit_exceeded`: The confirmation template is over a template limit.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A confirmation email was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contact_id": "ct_0dY3kQ2b7Fh3Xa9L",
                     *       "status": "pending",
                     *       "requested_at": "2026-05-04T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ResendConfirmation"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: The contact is not pending.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No contact with this id in the workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             *     - `suppressed`: The address is on the suppression list.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: A confirmation email was sent to this contact less than 5 minutes ago.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds WebhookEndpoint objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "we_0VbTz6Kp2HnV9qDf",
                     *           "url": "https://hooks.acme-tools.com/grivo",
                     *           "events": [
                     *             "contact.created",
                     *             "email.bounced"
                     *           ],
                     *           "description": "CRM sync",
                     *           "enabled": true,
                     *           "disabled_reason": null,
                     *           "failing_since": null,
                     *           "created_at": "2026-03-20T14:00:00Z",
                     *           "updated_at": "2026-03-20T14:00:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new webhook endpoint. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.acme-tools.com/grivo",
                 *       "events": [
                 *         "contact.created",
                 *         "email.bounced"
                 *       ],
                 *       "description": "CRM sync"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where Grivo POSTs the events: http:// or https://, no credentials, a public address.
                     */
                    url: string;
                    /** @description The event types to send, or ["*"] for all: contact.created, contact.updated, contact.unsubscribed, contact.deleted, lead.created, chatbot.trained, chatbot.training_failed, import.completed, campaign.sent, email.bounced, email.complained, email.opened, email.clicked, email.delivered, email.sent, email.failed, message.unanswered. */
                    events: ("*" | "contact.created" | "contact.updated" | "contact.unsubscribed" | "contact.deleted" | "lead.created" | "chatbot.trained" | "chatbot.training_failed" | "import.completed" | "campaign.sent" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "email.delivered" | "email.sent" | "email.failed" | "message.unanswered")[];
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description A webhook endpoint with its signing secret, which only create and roll-secret show. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_0VbTz6Kp2HnV9qDf",
                     *       "url": "https://hooks.acme-tools.com/grivo",
                     *       "events": [
                     *         "contact.created",
                     *         "email.bounced"
                     *       ],
                     *       "description": "CRM sync",
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z",
                     *       "secret": "whsec_4kQ9xT2mB7nV5cR8pL3wZ6yH1jF0dS9a"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is invalid (`param` names it): a URL that is not http(s), holds credentials or is not a public address; an unknown event type (`events.N`).
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A URL the workspace’s events are POSTed to, signed with its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_0VbTz6Kp2HnV9qDf",
                     *       "url": "https://hooks.acme-tools.com/grivo",
                     *       "events": [
                     *         "contact.created",
                     *         "email.bounced"
                     *       ],
                     *       "description": "CRM sync",
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where Grivo POSTs the events: http:// or https://, no credentials, a public address.
                     */
                    url?: string;
                    /** @description The event types to send, or ["*"] for all: contact.created, contact.updated, contact.unsubscribed, contact.deleted, lead.created, chatbot.trained, chatbot.training_failed, import.completed, campaign.sent, email.bounced, email.complained, email.opened, email.clicked, email.delivered, email.sent, email.failed, message.unanswered. */
                    events?: ("*" | "contact.created" | "contact.updated" | "contact.unsubscribed" | "contact.deleted" | "lead.created" | "chatbot.trained" | "chatbot.training_failed" | "import.completed" | "campaign.sent" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "email.delivered" | "email.sent" | "email.failed" | "message.unanswered")[];
                    description?: string | null;
                    /** @description true re-enables an endpoint disabled after failing. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A URL the workspace’s events are POSTed to, signed with its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_0VbTz6Kp2HnV9qDf",
                     *       "url": "https://hooks.acme-tools.com/grivo",
                     *       "events": [
                     *         "contact.created",
                     *         "email.bounced"
                     *       ],
                     *       "description": "CRM sync",
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rollWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook endpoint with its signing secret, which only create and roll-secret show. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_0VbTz6Kp2HnV9qDf",
                     *       "url": "https://hooks.acme-tools.com/grivo",
                     *       "events": [
                     *         "contact.created",
                     *         "email.bounced"
                     *       ],
                     *       "description": "CRM sync",
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z",
                     *       "secret": "whsec_4kQ9xT2mB7nV5cR8pL3wZ6yH1jF0dS9a"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds WebhookDelivery objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "wd_0VbTz7Aa1HnV9qDf",
                     *           "endpoint_id": "we_0VbTz6Kp2HnV9qDf",
                     *           "event_id": "evt_0VbTz7Aa0KqW5rJy",
                     *           "event_type": "contact.created",
                     *           "status": "succeeded",
                     *           "attempts": 1,
                     *           "response_status": 200,
                     *           "duration_ms": 84,
                     *           "error": null,
                     *           "next_attempt_at": null,
                     *           "last_attempt_at": "2026-03-20T14:05:01Z",
                     *           "created_at": "2026-03-20T14:05:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event sent to one endpoint: its attempts so far. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wd_0VbTz7Aa1HnV9qDf",
                     *       "endpoint_id": "we_0VbTz6Kp2HnV9qDf",
                     *       "event_id": "evt_0VbTz7Aa0KqW5rJy",
                     *       "event_type": "contact.created",
                     *       "status": "succeeded",
                     *       "attempts": 1,
                     *       "response_status": 200,
                     *       "duration_ms": 84,
                     *       "error": null,
                     *       "next_attempt_at": null,
                     *       "last_attempt_at": "2026-03-20T14:05:01Z",
                     *       "created_at": "2026-03-20T14:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No such endpoint in your workspace, or no such delivery to it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only entries of this action. */
                action?: "api_key.created" | "api_key.revoked" | "campaign.sent" | "campaign.scheduled" | "campaign.schedule_cancelled" | "campaign.cancelled" | "contacts.exported" | "contact.exported" | "campaign.recipients_exported" | "chatbot.leads_exported" | "contact.erased" | "contact_import.started" | "chatbot.deleted" | "webhook_endpoint.created" | "webhook_endpoint.deleted" | "settings.updated" | "workspace.updated" | "workspace.ownership_transferred" | "member.invited" | "member.joined" | "member.removed" | "member.role_changed" | "invitation.revoked";
                /** @description Only what users (`user`), API keys (`api_key`) or Grivo itself (`system`) did. */
                actor_type?: "user" | "api_key" | "system";
                /** @description Only entries about this kind of resource. */
                resource_type?: "api_key" | "campaign" | "contact" | "contact_import" | "chatbot" | "webhook_endpoint" | "workspace" | "member" | "invitation";
                /** @description Only entries at or after this time; a date alone means its start (UTC). */
                since?: string;
                /** @description Only entries at or before this time; a date alone means its end (UTC). */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds AuditEntry objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "aud_0VbTz7Aa0KqW5rJy",
                     *           "action": "api_key.revoked",
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_0VbPq7Tn4GxD8hRc",
                     *             "label": "Ana Silva"
                     *           },
                     *           "resource": {
                     *             "type": "api_key",
                     *             "id": "key_0VbQx3Lk7pZm2RtN"
                     *           },
                     *           "details": {
                     *             "name": "CI"
                     *           },
                     *           "created_at": "2026-03-20T14:05:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A filter or page parameter is invalid, or since is after until; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member who is not an owner or admin of the workspace.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                type?: "contact.created" | "contact.updated" | "contact.unsubscribed" | "contact.deleted" | "lead.created" | "chatbot.trained" | "chatbot.training_failed" | "import.completed" | "campaign.sent" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "email.delivered" | "email.sent" | "email.failed" | "message.unanswered" | "ping";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Event objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_0VbTz7Aa0KqW5rJy",
                     *           "type": "contact.created",
                     *           "created_at": "2026-03-20T14:05:00Z",
                     *           "data": {
                     *             "id": "ct_0VbPq7Tn4GxD8hRc",
                     *             "email": "jane@example.org",
                     *             "status": "subscribed"
                     *           }
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something that happened in the workspace: what webhooks send, kept 30 days. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_0VbTz7Aa0KqW5rJy",
                     *       "type": "contact.created",
                     *       "created_at": "2026-03-20T14:05:00Z",
                     *       "data": {
                     *         "id": "ct_0VbPq7Tn4GxD8hRc",
                     *         "email": "jane@example.org",
                     *         "status": "subscribed"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No event with this id in your workspace (or it is over 30 days old).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event sent to one endpoint: its attempts so far. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wd_0VbTz7Aa1HnV9qDf",
                     *       "endpoint_id": "we_0VbTz6Kp2HnV9qDf",
                     *       "event_id": "evt_0VbTz7Aa0KqW5rJy",
                     *       "event_type": "contact.created",
                     *       "status": "succeeded",
                     *       "attempts": 1,
                     *       "response_status": 200,
                     *       "duration_ms": 84,
                     *       "error": null,
                     *       "next_attempt_at": null,
                     *       "last_attempt_at": "2026-03-20T14:05:01Z",
                     *       "created_at": "2026-03-20T14:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A parameter is invalid (`param` names it), or the `Idempotency-Key` header is over 255 characters.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No webhook endpoint with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSuppressions: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description An address, or the start of one: case-insensitive. */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Suppression objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "email": "jane@example.org",
                     *           "email_hash": null,
                     *           "reason": "hard_bounce",
                     *           "source": "ses",
                     *           "created_at": "2026-03-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["SuppressionList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The address never to mail again. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@example.org"
                 *     }
                 */
                "application/json": {
                    /** @description Compared case-insensitively. */
                    email: string;
                    /**
                     * @description Default manual.
                     * @default manual
                     * @enum {string}
                     */
                    reason?: "hard_bounce" | "soft_bounces" | "complaint" | "manual" | "unsubscribed";
                };
            };
        };
        responses: {
            /** @description An address the workspace sends nothing to: no campaign, no transactional email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "jane@example.org",
                     *       "email_hash": null,
                     *       "reason": "hard_bounce",
                     *       "source": "ses",
                     *       "created_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Suppression"];
                };
            };
            /** @description An address the workspace sends nothing to: no campaign, no transactional email. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "jane@example.org",
                     *       "email_hash": null,
                     *       "reason": "hard_bounce",
                     *       "source": "ses",
                     *       "created_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Suppression"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The suppressed address, URL-encoded (jane%40example.org); an erased person's address lifts their hashed suppression. */
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: The address is not suppressed in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listForms: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Form objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "frm_0VbTz6Kp2HnV9qDf",
                     *           "name": "Newsletter",
                     *           "fields": [
                     *             {
                     *               "key": "email",
                     *               "label": "Email",
                     *               "required": true
                     *             },
                     *             {
                     *               "key": "first_name",
                     *               "label": "First name",
                     *               "required": false
                     *             }
                     *           ],
                     *           "tags": [
                     *             "newsletter"
                     *           ],
                     *           "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
                     *           "redirect_url": null,
                     *           "allowed_domains": [
                     *             "acme-tools.com"
                     *           ],
                     *           "success_message": "Thanks! Please confirm your address from the email we sent.",
                     *           "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
                     *           "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
                     *           "created_at": "2026-03-20T14:00:00Z",
                     *           "updated_at": "2026-03-20T14:00:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["FormList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new form. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter",
                 *       "fields": [
                 *         {
                 *           "key": "email",
                 *           "label": "Email",
                 *           "required": true
                 *         },
                 *         {
                 *           "key": "first_name",
                 *           "label": "First name",
                 *           "required": false
                 *         }
                 *       ],
                 *       "tags": [
                 *         "newsletter"
                 *       ],
                 *       "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
                 *       "redirect_url": null,
                 *       "allowed_domains": [
                 *         "acme-tools.com"
                 *       ],
                 *       "success_message": "Thanks! Please confirm your address from the email we sent."
                 *     }
                 */
                "application/json": {
                    /** @description The heading of the hosted page, and how the dashboard lists the form. */
                    name: string;
                    /** @description Default: the email field alone. */
                    fields?: {
                        key: string;
                        /** @description Shown above the input; default from the key. */
                        label?: string;
                        /** @description Default false (email: true). */
                        required?: boolean;
                    }[];
                    /** @description Added to every contact who submits the form. */
                    tags?: string[];
                    /** @description What the visitor agrees to, shown above the button (for example what you will send and how often). */
                    consent_text: string;
                    /** @description Where a visitor goes after submitting; none: a thank-you page. */
                    redirect_url?: string | null;
                    /** @description Sites the form may be posted from (Origin or Referer); empty: any site. */
                    allowed_domains?: string[];
                    /** @description Shown on the thank-you page. */
                    success_message?: string | null;
                };
            };
        };
        responses: {
            /** @description A subscribe form: a hosted page and an HTML snippet that add contacts. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "frm_0VbTz6Kp2HnV9qDf",
                     *       "name": "Newsletter",
                     *       "fields": [
                     *         {
                     *           "key": "email",
                     *           "label": "Email",
                     *           "required": true
                     *         },
                     *         {
                     *           "key": "first_name",
                     *           "label": "First name",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "newsletter"
                     *       ],
                     *       "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
                     *       "redirect_url": null,
                     *       "allowed_domains": [
                     *         "acme-tools.com"
                     *       ],
                     *       "success_message": "Thanks! Please confirm your address from the email we sent.",
                     *       "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
                     *       "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Form"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is invalid (`param` names it, such as `fields.2.key` for an unknown field key), or the email field is missing or not required.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A subscribe form: a hosted page and an HTML snippet that add contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "frm_0VbTz6Kp2HnV9qDf",
                     *       "name": "Newsletter",
                     *       "fields": [
                     *         {
                     *           "key": "email",
                     *           "label": "Email",
                     *           "required": true
                     *         },
                     *         {
                     *           "key": "first_name",
                     *           "label": "First name",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "newsletter"
                     *       ],
                     *       "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
                     *       "redirect_url": null,
                     *       "allowed_domains": [
                     *         "acme-tools.com"
                     *       ],
                     *       "success_message": "Thanks! Please confirm your address from the email we sent.",
                     *       "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
                     *       "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Form"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No form with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No form with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; those left out stay as they are. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tags": [
                 *         "weekly"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The heading of the hosted page, and how the dashboard lists the form. */
                    name?: string;
                    /** @description The inputs, in order. email is always there and required; other keys at most once. */
                    fields?: {
                        key: string;
                        /** @description Shown above the input; default from the key. */
                        label?: string;
                        /** @description Default false (email: true). */
                        required?: boolean;
                    }[];
                    /** @description Added to every contact who submits the form. */
                    tags?: string[];
                    /** @description What the visitor agrees to, shown above the button (for example what you will send and how often). */
                    consent_text?: string;
                    /** @description Where a visitor goes after submitting; none: a thank-you page. */
                    redirect_url?: string | null;
                    /** @description Sites the form may be posted from (Origin or Referer); empty: any site. */
                    allowed_domains?: string[];
                    /** @description Shown on the thank-you page. */
                    success_message?: string | null;
                };
            };
        };
        responses: {
            /** @description A subscribe form: a hosted page and an HTML snippet that add contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "frm_0VbTz6Kp2HnV9qDf",
                     *       "name": "Newsletter",
                     *       "fields": [
                     *         {
                     *           "key": "email",
                     *           "label": "Email",
                     *           "required": true
                     *         },
                     *         {
                     *           "key": "first_name",
                     *           "label": "First name",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "newsletter"
                     *       ],
                     *       "consent_text": "I agree to receive the monthly newsletter. I can unsubscribe at any time.",
                     *       "redirect_url": null,
                     *       "allowed_domains": [
                     *         "acme-tools.com"
                     *       ],
                     *       "success_message": "Thanks! Please confirm your address from the email we sent.",
                     *       "hosted_url": "https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf",
                     *       "snippet": "<form method=\"post\" action=\"https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit\">…</form>",
                     *       "created_at": "2026-03-20T14:00:00Z",
                     *       "updated_at": "2026-03-20T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Form"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is invalid (`param` names it, such as `fields.2.key` for an unknown field key), or the email field is missing or not required.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No form with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInboundWebhooks: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds InboundWebhook objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "iw_0VbQ1eRt8LwC5mZa",
                     *           "provider": "mailgun",
                     *           "url": "https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu",
                     *           "description": "Mailgun (EU)",
                     *           "created_at": "2026-03-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["InboundWebhookList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A query parameter is invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInboundWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Where a provider reports bounces, complaints and deliveries. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "provider": "mailgun",
                 *       "signing_key": "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
                 *       "description": "Mailgun (EU)"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Whose reports this URL takes: each provider has its own format and signature.
                     * @enum {string}
                     */
                    provider: "ses" | "sendgrid" | "postmark" | "mailgun" | "generic";
                    /** @description sendgrid: the Signed Event Webhook's verification key (required). mailgun: the HTTP webhook signing key (required). postmark: `user:password` to require that basic auth. generic: a secret of 16+ characters to require a Grivo-Signature. ses: none (SNS certificates are configured on the server). */
                    signing_key?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description A URL a mail provider reports bounces, complaints and deliveries to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "iw_0VbQ1eRt8LwC5mZa",
                     *       "provider": "mailgun",
                     *       "url": "https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu",
                     *       "description": "Mailgun (EU)",
                     *       "created_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InboundWebhook"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             *     - `invalid_request`: A field is missing or invalid (`param` names it): sendgrid and mailgun need a signing_key, ses takes none.
             *     - `invalid_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `idempotency_key_in_use`: A request with this `Idempotency-Key` is still being processed: retry shortly.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable.
             *
             *     - `idempotency_key_reused`: This `Idempotency-Key` was used for a different request: use a new key.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInboundWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A URL a mail provider reports bounces, complaints and deliveries to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "iw_0VbQ1eRt8LwC5mZa",
                     *       "provider": "mailgun",
                     *       "url": "https://grivo.example.com/webhooks/inbound/mailgun/3kTq8ZbW1nXc5VfR7mLp0sYd2HgJ4aEu",
                     *       "description": "Mailgun (EU)",
                     *       "created_at": "2026-03-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InboundWebhook"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No inbound webhook with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteInboundWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `unknown_parameter`: A query parameter or body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `missing_api_key`: No API key: send it as `Authorization: Bearer YOUR_API_KEY`.
             *     - `invalid_api_key`: The API key does not exist or was revoked.
             *     - `not_signed_in`: Called with the dashboard's session instead of a key, and the session has ended.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: Called with the dashboard's session without its `X-CSRF-Token` header.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No inbound webhook with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window (or failed keys from your address): retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The address of the account whose password was forgotten. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@acme-tools.com"
                 *     }
                 */
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The same answer whether or not the address has an account. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "If an account uses this address, we have sent it a link to choose a new password. It works for an hour. Check your spam folder if it does not arrive."
                     *     }
                     */
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new password, with the token of the reset link. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "prs_0VbPm1Qa7RkT3xLe.3q2-7wAAAAAAAAAAAAAAAA",
                 *       "password": "a new long passphrase"
                 *     }
                 */
                "application/json": {
                    /** @description The token of the link in the reset email. */
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: The new password is too short, too long or the email address itself.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             *     - `invalid_token`: The link is not valid: expired, used, replaced by a newer one, or altered.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What to change of the signed-in account. A new email or password needs the current password; a new password signs out every other session. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string | null;
                    email?: string;
                    password?: string;
                    /** @description Required to change the email address or the password. */
                    current_password?: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is not valid, or the current password is missing or wrong; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `account_exists`: Another account uses this email address.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in workspace: its name and what its emails and schedules use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ws_0VbPm1Qb2NwY6cHs",
                     *       "name": "Acme Tools",
                     *       "plan": "free",
                     *       "postal_address": "Acme Tools, 1 Market Street, Springfield",
                     *       "default_from_name": "Acme Tools",
                     *       "default_from_email": "hello@acme-tools.com",
                     *       "time_zone": "Europe/London"
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardWorkspace"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What to change; fields left out stay as they are, null clears an optional one. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Tools Ltd",
                 *       "time_zone": "Europe/London"
                 *     }
                 */
                "application/json": {
                    postal_address?: string | null;
                    default_from_name?: string | null;
                    default_from_email?: string | null;
                    name?: string;
                    time_zone?: string;
                };
            };
        };
        responses: {
            /** @description The signed-in workspace: its name and what its emails and schedules use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ws_0VbPm1Qb2NwY6cHs",
                     *       "name": "Acme Tools",
                     *       "plan": "free",
                     *       "postal_address": "Acme Tools, 1 Market Street, Springfield",
                     *       "default_from_name": "Acme Tools",
                     *       "default_from_email": "hello@acme-tools.com",
                     *       "time_zone": "Europe/London"
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardWorkspace"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: Only an owner or admin of the workspace can change it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description How many days the overview covers, ending today (UTC): 7, 30 or 90. */
                days?: "7" | "30" | "90";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace at a glance: its chatbots' conversations, contacts and last campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "days": 7,
                     *       "from": "2026-03-09",
                     *       "to": "2026-03-15",
                     *       "chatbots": {
                     *         "total": 1,
                     *         "conversations": 31,
                     *         "questions": 48,
                     *         "answered": 44,
                     *         "answered_rate": 0.9167,
                     *         "leads": 5
                     *       },
                     *       "contacts": {
                     *         "total": 1204,
                     *         "new": 37
                     *       },
                     *       "daily": [
                     *         {
                     *           "date": "2026-03-15",
                     *           "conversations": 6,
                     *           "leads": 1,
                     *           "new_contacts": 4
                     *         }
                     *       ],
                     *       "campaigns": [
                     *         {
                     *           "id": "cmp_0VbTz6Kp2HnV9qDf",
                     *           "name": "Spring release",
                     *           "status": "sent",
                     *           "sent": 1180,
                     *           "open_rate": 0.4212,
                     *           "click_rate": 0.0871,
                     *           "started_at": "2026-03-12T09:00:00Z",
                     *           "finished_at": "2026-03-12T09:04:10Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Overview"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_request`: days is not 7, 30 or 90; `param` names it.
             *     - `unknown_parameter`: A query parameter this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Member objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "user_id": "usr_0VbPm1Qa7RkT3xLe",
                     *           "email": "jane@acme-tools.com",
                     *           "name": "Jane Doe",
                     *           "role": "owner",
                     *           "joined_at": "2026-01-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No member with this user id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        /** @description The member's new role. `owner` hands the workspace over (owner only): the old owner becomes an admin. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "member";
                };
            };
        };
        responses: {
            /** @description A person who belongs to the workspace, and their role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_id": "usr_0VbPm1Qa7RkT3xLe",
                     *       "email": "jane@acme-tools.com",
                     *       "name": "Jane Doe",
                     *       "role": "owner",
                     *       "joined_at": "2026-01-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No member with this user id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds Invitation objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "inv_0VbPm1Qa7RkT3xLe",
                     *           "email": "sam@acme-tools.com",
                     *           "role": "member",
                     *           "invited_by": "usr_0VbPm1Qa7RkT3xLe",
                     *           "created_at": "2026-01-05T10:00:00.000Z",
                     *           "expires_at": "2026-01-12T10:00:00.000Z",
                     *           "accepted_at": null,
                     *           "revoked_at": null
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who to invite, and as what. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam@acme-tools.com",
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    email: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "admin" | "member";
                };
            };
        };
        responses: {
            /** @description An invitation to join the workspace, mailed as a single-use link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_0VbPm1Qa7RkT3xLe",
                     *       "email": "sam@acme-tools.com",
                     *       "role": "member",
                     *       "invited_by": "usr_0VbPm1Qa7RkT3xLe",
                     *       "created_at": "2026-01-05T10:00:00.000Z",
                     *       "expires_at": "2026-01-12T10:00:00.000Z",
                     *       "accepted_at": null,
                     *       "revoked_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `already_member`: The address is already a member of this workspace.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An invitation to join the workspace, mailed as a single-use link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_0VbPm1Qa7RkT3xLe",
                     *       "email": "sam@acme-tools.com",
                     *       "role": "member",
                     *       "invited_by": "usr_0VbPm1Qa7RkT3xLe",
                     *       "created_at": "2026-01-05T10:00:00.000Z",
                     *       "expires_at": "2026-01-12T10:00:00.000Z",
                     *       "accepted_at": null,
                     *       "revoked_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_request`: The invitation was already accepted.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No invitation with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Accepts an invitation. An existing account signed in as itself needs no password. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "inv_0VbPm1Qa7RkT3xLe.3q2-7wAAAAAAAAAAAAAAAA",
                 *       "password": "a long passphrase",
                 *       "name": "Sam"
                 *     }
                 */
                "application/json": {
                    /** @description The token of the link in the invitation email. */
                    token: string;
                    /** @description A new account's password (10 to 200 characters), or an existing account's own password. */
                    password?: string;
                    /** @description A new account's name. */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A new account's password is missing, too short or too long.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             *     - `invalid_token`: The link is not valid: expired, used, revoked, replaced or altered.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `invalid_credentials`: The address has an account, and it is not signed in nor was its password given.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds WorkspaceChoice objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ws_0VbPm1Qa7RkT3xLe",
                     *           "name": "Acme Tools",
                     *           "role": "admin",
                     *           "current": true
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["WorkspaceChoiceList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    switchWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The workspace to switch this session to; the user must belong to it. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspace_id": "ws_0VbPm1Qa7RkT3xLe"
                 *     }
                 */
                "application/json": {
                    workspace_id: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: You do not belong to a workspace with this id.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new account; its workspace is named after it unless workspace_name is given. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@acme-tools.com",
                 *       "password": "correct horse battery staple",
                 *       "name": "Jane Doe",
                 *       "workspace_name": "Acme Tools"
                 *     }
                 */
                "application/json": {
                    email: string;
                    password: string;
                    name?: string;
                    workspace_name?: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: The email is not valid, or the password is too short, too long or the email address itself; `param` names the field.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict.
             *
             *     - `account_exists`: An account with this email address exists: sign in instead.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many failed sign-in attempts from your address: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The account to sign in to. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@acme-tools.com",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `invalid_credentials`: The email address or password is incorrect.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many failed sign-in attempts: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user and workspace; the session itself is the grivo_session cookie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_0VbPm1Qa7RkT3xLe",
                     *         "email": "jane@acme-tools.com",
                     *         "name": "Jane Doe"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_0VbPm1Qb2NwY6cHs",
                     *         "name": "Acme Tools",
                     *         "plan": "free",
                     *         "role": "owner",
                     *         "time_zone": "UTC"
                     *       },
                     *       "csrf_token": "c2V7nQ4xK9mZ1pL8wR3tY6bH0dF5gJ2s",
                     *       "expires_at": "2026-04-14T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results: `data` holds ApiKey objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_0VbPm4Zc9TfG1vBp",
                     *           "name": "Production server",
                     *           "prefix": "grv_live_4Fq9",
                     *           "created_at": "2026-03-15T10:35:00Z",
                     *           "last_used_at": "2026-03-16T08:04:01Z",
                     *           "revoked_at": null
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A name to recognise the key by. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Production server"
                 *     }
                 */
                "application/json": {
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The new key, with its secret: shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_0VbPm4Zc9TfG1vBp",
                     *       "name": "Production server",
                     *       "prefix": "grv_live_4Fq9",
                     *       "created_at": "2026-03-15T10:35:00Z",
                     *       "last_used_at": null,
                     *       "revoked_at": null,
                     *       "secret": "grv_live_4Fq9tK2mXw8zR3pL7vN1cB6yH0dQ5sJe"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: The name is not 1 to 100 characters.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key, without its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_0VbPm4Zc9TfG1vBp",
                     *       "name": "Production server",
                     *       "prefix": "grv_live_4Fq9",
                     *       "created_at": "2026-03-15T10:35:00Z",
                     *       "last_used_at": "2026-03-16T08:04:01Z",
                     *       "revoked_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `invalid_csrf_token`: The `X-CSRF-Token` header does not carry the session's CSRF token.
             *     - `forbidden`: A signed-in member whose role may not do this: only an owner or admin can.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No API key with this id in your workspace.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's plan, its limits, and what is used of them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "plan": "free",
                     *       "limits": {
                     *         "chatbots": 1,
                     *         "pages_per_chatbot": 50,
                     *         "contacts": 500,
                     *         "emails_per_month": 1000,
                     *         "chat_messages_per_day": 100,
                     *         "requests_per_window": 60,
                     *         "window_seconds": 60
                     *       },
                     *       "usage": {
                     *         "chatbots": 1,
                     *         "pages_trained": 47,
                     *         "largest_chatbot_pages": 47,
                     *         "contacts": 212,
                     *         "emails_this_month": 0
                     *       },
                     *       "rate_limit": {
                     *         "limit": 60,
                     *         "remaining": 59,
                     *         "reset_at": "2026-03-16T08:05:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header or parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized.
             *
             *     - `not_signed_in`: No session cookie, or the session has expired or was ended: sign in again.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publicGetChatbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the widget shows: the name, colours and first words. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bot_0VbQx3Lk7pZm2RtN",
                     *       "name": "Acme Help",
                     *       "starter_questions": [
                     *         "How do I reset my password?",
                     *         "What does the Pro plan include?"
                     *       ],
                     *       "welcome_message": "Hi! Ask me anything about Acme Tools.",
                     *       "color": "#2563eb",
                     *       "position": "bottom-right",
                     *       "lead_capture": {
                     *         "enabled": true,
                     *         "when": "unanswered",
                     *         "consent": {
                     *           "enabled": true,
                     *           "text": "Send me news and offers by email. I can unsubscribe at any time."
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PublicChatbot"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `origin_not_allowed`: The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publicChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A question, and the conversation it continues. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "How do I reset my password?",
                 *       "page_url": "https://www.acme-tools.com/pricing"
                 *     }
                 */
                "application/json": {
                    message: string;
                    /** @description Continue this conversation; omit to start a new one. */
                    conversation_id?: string;
                    /**
                     * Format: uri
                     * @description The page the visitor is on; kept on a new conversation.
                     */
                    page_url?: string;
                    /**
                     * @description Answer as Server-Sent Events.
                     * @default false
                     */
                    stream?: boolean;
                };
            };
        };
        responses: {
            /** @description The answer: JSON, or with `stream: true` Server-Sent Events (`event: meta` then `data: {…}`, and so on) — `meta` (ids, sources, answered), `delta` pieces of text, `done` with the whole response (and `error` if it cannot be completed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *       "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *       "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *       "answered": true,
                     *       "sources": [
                     *         {
                     *           "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *           "title": "Your account",
                     *           "section": "Your account › Reset your password",
                     *           "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *         }
                     *       ],
                     *       "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc"
                     *     }
                     */
                    "application/json": components["schemas"]["WidgetChatAnswer"];
                    /**
                     * @example [
                     *       {
                     *         "event": "meta",
                     *         "data": {
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *           "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ],
                     *           "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc"
                     *         }
                     *       },
                     *       {
                     *         "event": "delta",
                     *         "data": {
                     *           "text": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *         }
                     *       },
                     *       {
                     *         "event": "done",
                     *         "data": {
                     *           "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *           "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *           "answer": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ],
                     *           "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc"
                     *         }
                     *       }
                     *     ]
                     */
                    "text/event-stream": ({
                        /** @enum {unknown} */
                        event: "meta";
                        data: components["schemas"]["WidgetChatStreamMeta"];
                    } | {
                        /** @enum {unknown} */
                        event: "delta";
                        data: components["schemas"]["ChatStreamDelta"];
                    } | {
                        /** @enum {unknown} */
                        event: "done";
                        data: components["schemas"]["WidgetChatAnswer"];
                    } | {
                        /** @enum {unknown} */
                        event: "error";
                        data: components["schemas"]["Error"];
                    })[];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `origin_not_allowed`: The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address this window, or the chatbot has answered as many questions as its plan allows today: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publicCreateLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The visitor's name and email. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Jane Doe",
                 *       "email": "jane@example.org",
                 *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                 *       "consent": true
                 *     }
                 */
                "application/json": {
                    name?: string;
                    email: string;
                    conversation_id?: string;
                    /** @description Whether the visitor ticked the consent checkbox (`lead_capture.consent`). Ticked: they are asked to confirm by email, or subscribed when the workspace has double opt-in off; not ticked (or no checkbox): a new contact is `non_subscribed`, an existing one keeps its status. */
                    consent?: boolean;
                };
            };
        };
        responses: {
            /** @description The lead, kept on the conversation (which starts here if there was none). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation_id": "conv_0VbR2fHq8WcT4kYd",
                     *       "conversation_token": "k7Qx2PZr9mL4vN8tR1wB6cD3fH5jS0aEyUoIgTn2bWc",
                     *       "contact_id": "ct_0VbPq7Tn4GxD8hRc"
                     *     }
                     */
                    "application/json": components["schemas"]["WidgetLead"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid (`param` names it), or the chatbot does not collect contact details.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `origin_not_allowed`: The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publicGetConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visitor's conversation, oldest message first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conv_0VbR2fHq8WcT4kYd",
                     *       "messages": [
                     *         {
                     *           "id": "msg_0VbR2fHq9JtE3wMa",
                     *           "role": "user",
                     *           "content": "How do I reset my password?",
                     *           "answered": null,
                     *           "sources": [],
                     *           "feedback": null,
                     *           "created_at": "2026-03-16T08:04:01Z"
                     *         },
                     *         {
                     *           "id": "msg_0VbR2fHr1NqB7zVe",
                     *           "role": "assistant",
                     *           "content": "Click \"Forgot password\" on the sign-in page and follow the link we email you.",
                     *           "answered": true,
                     *           "sources": [
                     *             {
                     *               "url": "https://www.acme-tools.com/help/account#reset-your-password",
                     *               "title": "Your account",
                     *               "section": "Your account › Reset your password",
                     *               "snippet": "Click \"Forgot password\" on the sign-in page and follow the link we email you."
                     *             }
                     *           ],
                     *           "feedback": null,
                     *           "created_at": "2026-03-16T08:04:03Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: A header, path or query parameter holds a NUL character or an unpaired surrogate.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `origin_not_allowed`: The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id, or no conversation with conversation_id for this visitor (its token missing or wrong).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publicRateAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                message_id: string;
            };
            cookie?: never;
        };
        /** @description Thumbs up or down, and the conversation the answer belongs to. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": "up",
                 *       "conversation_id": "conv_0VbR2fHq8WcT4kYd"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    rating: "up" | "down";
                    comment?: string;
                    /** @description The conversation the answer belongs to. */
                    conversation_id: string;
                };
            };
        };
        responses: {
            /** @description The rating the answer now has. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message_id": "msg_0VbR2fHr1NqB7zVe",
                     *       "rating": "down",
                     *       "comment": "It links to the old pricing page.",
                     *       "created_at": "2026-03-16T08:05:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageFeedback"];
                };
            };
            /**
             * @description Bad request.
             *
             *     - `invalid_parameter`: The message is a question, not an answer; or a header, path or query parameter holds a NUL character or an unpaired surrogate.
             *     - `invalid_json`: The body is not valid JSON.
             *     - `invalid_request`: A field is missing or invalid; `param` names it.
             *     - `unknown_parameter`: A body field this endpoint does not take; `param` names it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden.
             *
             *     - `origin_not_allowed`: The page's origin is not one of the chatbot's `allowed_domains` (or there is no Origin header).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not found.
             *
             *     - `not_found`: No chatbot with this id, no conversation with conversation_id for this visitor (its token missing or wrong), or no message with message_id in it.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload too large.
             *
             *     - `payload_too_large`: The body is larger than this endpoint accepts.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported media type.
             *
             *     - `unsupported_media_type`: The body is not sent as `Content-Type: application/json`.
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too many requests.
             *
             *     - `rate_limit_exceeded`: Too many requests from your address this window: retry after `Retry-After` seconds.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
