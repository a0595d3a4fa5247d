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
        /** List all chatbots */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Starts with bot_. */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "untrained" | "training" | "active" | "failed";
                                /** @description Pages in the index the chatbot answers from. */
                                pages_trained: number;
                                /** @description Progress while status is training. */
                                training: {
                                    pages_found: number;
                                    pages_done: number;
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
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a new chatbot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description CreateChatbotBody */
            requestBody: {
                content: {
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
                /** @description Chatbot */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with bot_. */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "untrained" | "training" | "active" | "failed";
                            /** @description Pages in the index the chatbot answers from. */
                            pages_trained: number;
                            /** @description Progress while status is training. */
                            training: {
                                pages_found: number;
                                pages_done: number;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get chatbot details */
        get: {
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
                /** @description Chatbot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with bot_. */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "untrained" | "training" | "active" | "failed";
                            /** @description Pages in the index the chatbot answers from. */
                            pages_trained: number;
                            /** @description Progress while status is training. */
                            training: {
                                pages_found: number;
                                pages_done: number;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a chatbot */
        delete: {
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
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update chatbot settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description UpdateChatbotBody */
            requestBody: {
                content: {
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
                /** @description Chatbot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with bot_. */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "untrained" | "training" | "active" | "failed";
                            /** @description Pages in the index the chatbot answers from. */
                            pages_trained: number;
                            /** @description Progress while status is training. */
                            training: {
                                pages_found: number;
                                pages_done: number;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Crawls the sources and re-indexes only what changed; the chatbot keeps answering from its current pages meanwhile.
         */
        post: {
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
                /** @description Chatbot */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with bot_. */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "untrained" | "training" | "active" | "failed";
                            /** @description Pages in the index the chatbot answers from. */
                            pages_trained: number;
                            /** @description Progress while status is training. */
                            training: {
                                pages_found: number;
                                pages_done: number;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** List trained pages */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                url: string;
                                title: string;
                                /** @enum {string} */
                                status: "indexed" | "skipped";
                                /** @description Why a skipped page is not in the index. */
                                reason: string | null;
                                chunks: number;
                                last_trained_at: string;
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Answers from the trained pages only, citing them. With `stream: true`, answers as Server-Sent Events: `meta`, `delta`…, `done`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description ChatBody */
            requestBody: {
                content: {
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
                /** @description ChatResponse */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversation_id: string;
                            message_id: string;
                            answer: string;
                            /** @description false when nothing on the trained pages answers the question. */
                            answered: boolean;
                            sources: {
                                /** @description The page, with the #anchor of the section when it has one. */
                                url: string;
                                title: string;
                                /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
                                section: string | null;
                                snippet: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description SearchBody */
            requestBody: {
                content: {
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
                /** @description SearchResponse */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                            }[];
                            total: number;
                            /** @enum {number} */
                            page: 1;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Thumbs up or down, with an optional comment; rating again replaces it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    message_id: string;
                };
                cookie?: never;
            };
            /** @description FeedbackBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        rating: "up" | "down";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description FeedbackResponse */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            rating: "up" | "down";
                            comment: string | null;
                            created_at: string;
                            message_id: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get a conversation with its messages */
        get: {
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
                /** @description Conversation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            messages: {
                                id: string;
                                /** @enum {string} */
                                role: "user" | "assistant";
                                content: string;
                                answered: boolean | null;
                                sources: {
                                    /** @description The page, with the #anchor of the section when it has one. */
                                    url: string;
                                    title: string;
                                    /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
                                    section: string | null;
                                    snippet: string;
                                }[];
                                /** @description The rating of an answer, when it was rated. */
                                feedback: {
                                    /** @enum {string} */
                                    rating: "up" | "down";
                                    comment: string | null;
                                    created_at: string;
                                } | null;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** List a chatbot's sources */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a source
         * @description A text (Markdown accepted; headings become sections), a question with its answer (`qna`), which is given word for word whenever a visitor asks it closely (`from_message_id` takes the question from a conversation), or a file sent as multipart/form-data (`file` part, optional `title` part): PDF (cited per page), Word .docx (its headings become sections), Markdown, plain text or HTML, known by its bytes. `website`, `sitemap` and `urls` are the chatbot's crawl settings, one of each. The source trains in the background (`status`); the chatbot keeps answering meanwhile.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description CreateSourceBody */
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
                    "multipart/form-data": {
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
                };
            };
            responses: {
                /** @description Source */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get a source */
        get: {
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
                /** @description Source */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Its pages leave the index at once.
         */
        delete: {
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
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description A text source takes `title` and `text`; a Q&A source `question`, `answer` and `alternatives`. It trains again.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    source_id: string;
                };
                cookie?: never;
            };
            /** @description UpdateSourceBody */
            requestBody: {
                content: {
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
                /** @description Source */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Source */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * A chatbot's analytics
         * @description Per UTC day: conversations, questions, the share answered, thumbs up and down, leads; and the questions asked most and left unanswered most (wordings with the same analyzed terms count as one). Default: the last 30 days.
         */
        get: {
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
                /** @description ChatbotAnalytics */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Every lead, latest first. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
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
        /** List all contacts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Prefix of the email, first or last name; case-insensitive. */
                    search?: string;
                    /** @description Only contacts with this tag. */
                    tag?: string;
                    status?: "subscribed" | "unsubscribed" | "bounced" | "complained";
                    /** @description A contact id: list the contacts older than it. Walks a list that is changing without skipping or repeating anyone. */
                    starting_after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                                status: "subscribed" | "unsubscribed" | "bounced" | "complained";
                                /** @enum {string} */
                                source: "api" | "import" | "chatbot" | "dashboard";
                                /** @description ISO 8601, UTC. */
                                created_at: string;
                                /** @description ISO 8601, UTC. */
                                updated_at: string;
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a new contact
         * @description A contact with the same email (case-insensitive) answers 409 contact_exists, unless ?upsert=true.
         */
        post: {
            parameters: {
                query?: {
                    /** @description When a contact with this email exists, update it (200) instead of answering 409. */
                    upsert?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description CreateContactBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique in the workspace, compared case-insensitively. */
                        email: string;
                        first_name?: string | null;
                        last_name?: string | null;
                        phone?: string | null;
                        /** @description Custom fields: a JSON object (at most 100 keys). */
                        attributes?: {
                            [key: string]: unknown;
                        };
                        tags?: string[];
                        /**
                         * @description Default subscribed.
                         * @enum {string}
                         */
                        status?: "subscribed" | "unsubscribed" | "bounced" | "complained";
                    };
                };
            };
            responses: {
                /** @description Contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            status: "subscribed" | "unsubscribed" | "bounced" | "complained";
                            /** @enum {string} */
                            source: "api" | "import" | "chatbot" | "dashboard";
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Contact */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            status: "subscribed" | "unsubscribed" | "bounced" | "complained";
                            /** @enum {string} */
                            source: "api" | "import" | "chatbot" | "dashboard";
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Streams every contact matching the filters as CSV. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Prefix of the email, first or last name; case-insensitive. */
                    search?: string;
                    /** @description Only contacts with this tag. */
                    tag?: string;
                    status?: "subscribed" | "unsubscribed" | "bounced" | "complained";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Get a contact */
        get: {
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
                /** @description Contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            status: "subscribed" | "unsubscribed" | "bounced" | "complained";
                            /** @enum {string} */
                            source: "api" | "import" | "chatbot" | "dashboard";
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contact */
        delete: {
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
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description UpdateContactBody */
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        first_name?: string | null;
                        last_name?: string | null;
                        phone?: string | null;
                        /** @description Merged into the contact's attributes; a key set to null is removed. */
                        attributes?: {
                            [key: string]: unknown;
                        };
                        /** @description Replaces the contact's tags. */
                        tags?: string[];
                        /** @enum {string} */
                        status?: "subscribed" | "unsubscribed" | "bounced" | "complained";
                    };
                };
            };
            responses: {
                /** @description Contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            status: "subscribed" | "unsubscribed" | "bounced" | "complained";
                            /** @enum {string} */
                            source: "api" | "import" | "chatbot" | "dashboard";
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Send the file as multipart/form-data (field `file`; option fields before it) or as a raw `text/csv` body. The file is streamed and stored, then imported in the background: poll GET /v1/contacts/imports/{id}.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Update contacts that already exist with the fields the file gives (default true); false leaves them untouched. */
                    update_existing?: "true" | "false";
                    /** @description Added to every imported contact, e.g. tags=customer,newsletter. */
                    tags?: string | string[];
                    /** @description Status of new contacts (default subscribed). Existing contacts take it too, except that an import never re-subscribes someone unsubscribed, bounced or complained. */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ContactImport */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with imp_. */
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed";
                            filename: string | null;
                            bytes: number;
                            options: {
                                update_existing: boolean;
                                tags: string[];
                                status: ("subscribed" | "unsubscribed" | "bounced" | "complained") | null;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** List contact imports */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Starts with imp_. */
                                id: string;
                                /** @enum {string} */
                                status: "queued" | "processing" | "completed" | "failed";
                                filename: string | null;
                                bytes: number;
                                options: {
                                    update_existing: boolean;
                                    tags: string[];
                                    status: ("subscribed" | "unsubscribed" | "bounced" | "complained") | null;
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
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get an import and its progress */
        get: {
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
                /** @description ContactImport */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Starts with imp_. */
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed";
                            filename: string | null;
                            bytes: number;
                            options: {
                                update_existing: boolean;
                                tags: string[];
                                status: ("subscribed" | "unsubscribed" | "bounced" | "complained") | null;
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** List all campaigns */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
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
                                };
                                /** @enum {string} */
                                status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                                /** @description Why the campaign failed, when it did. */
                                error: string | null;
                                /** @description Recipients snapshotted when the send started. */
                                recipients: number;
                                /** @description Messages sent so far; the stats have the other counts. */
                                sent: number;
                                scheduled_at: string | null;
                                started_at: string | null;
                                finished_at: string | null;
                                /** @description ISO 8601, UTC. */
                                created_at: string;
                                /** @description ISO 8601, UTC. */
                                updated_at: string;
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a campaign
         * @description Creates a draft. Templates are checked now: an invalid one answers 400 invalid_template naming the field, line and reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description CreateCampaignBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown to you, not to recipients. */
                        name: string;
                        /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". */
                        subject: string;
                        from_name?: string | null;
                        from_email: string;
                        reply_to?: string | null;
                        /** @description Liquid template of the HTML body. Contact data is HTML-escaped. */
                        html: string;
                        /** @description Liquid template of the plain-text body; generated from the HTML when absent. */
                        text?: string | null;
                        /** @description Who receives it: subscribed contacts with any (or all) of these tags; no tags means every subscribed contact. */
                        audience?: {
                            /** @default [] */
                            tags?: string[];
                            /**
                             * @default any
                             * @enum {string}
                             */
                            match?: "any" | "all";
                        };
                    };
                };
            };
            responses: {
                /** @description Campaign */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description PreviewCampaignBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". */
                        subject: string;
                        /** @description Liquid template of the HTML body. Contact data is HTML-escaped. */
                        html: string;
                        /** @description Liquid template of the plain-text body; generated from the HTML when absent. */
                        text?: string | null;
                        /** @description Render for this contact of the workspace; without it, for a sample contact. */
                        contact_id?: string;
                    };
                };
            };
            responses: {
                /** @description CampaignPreview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subject: string;
                            /** @description With the unsubscribe footer and open pixel; links are left pointing where they go. */
                            html: string;
                            /** @description As given, or made from the HTML, with the unsubscribe line. */
                            text: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description AudienceCountBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        tags?: string[];
                        /**
                         * @default any
                         * @enum {string}
                         */
                        match?: "any" | "all";
                    } | null;
                };
            };
            responses: {
                /** @description AudienceCount */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Subscribed contacts a send of this audience would go to now. */
                            recipients: number;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get a campaign */
        get: {
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
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a campaign
         * @description Only while draft or scheduled.
         */
        delete: {
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
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a campaign
         * @description Only while draft or scheduled; otherwise 409 invalid_campaign_state.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description UpdateCampaignBody */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown to you, not to recipients. */
                        name?: string;
                        /** @description Liquid template, e.g. "Hi {{ first_name | default: \"there\" }}". */
                        subject?: string;
                        from_name?: string | null;
                        from_email?: string;
                        reply_to?: string | null;
                        /** @description Liquid template of the HTML body. Contact data is HTML-escaped. */
                        html?: string;
                        /** @description Liquid template of the plain-text body; generated from the HTML when absent. */
                        text?: string | null;
                        /** @description Who receives it: subscribed contacts with any (or all) of these tags; no tags means every subscribed contact. */
                        audience?: {
                            /** @default [] */
                            tags?: string[];
                            /**
                             * @default any
                             * @enum {string}
                             */
                            match?: "any" | "all";
                        };
                    };
                };
            };
            responses: {
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description SendCampaignBody */
            requestBody: {
                content: {
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
                /** @description Campaign */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Sends the campaign now to up to 5 addresses, with "[Test]" before the subject. Not counted in the stats.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description TestCampaignBody */
            requestBody: {
                content: {
                    "application/json": {
                        emails: string[];
                    };
                };
            };
            responses: {
                /** @description TestSendResult */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                email: string;
                                /** @enum {string} */
                                status: "sent" | "failed";
                                error: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            /** @description Why the campaign failed, when it did. */
                            error: string | null;
                            /** @description Recipients snapshotted when the send started. */
                            recipients: number;
                            /** @description Messages sent so far; the stats have the other counts. */
                            sent: number;
                            scheduled_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            /** @description ISO 8601, UTC. */
                            created_at: string;
                            /** @description ISO 8601, UTC. */
                            updated_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Get campaign analytics */
        get: {
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
                /** @description CampaignStats */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "scheduled" | "sending" | "paused" | "sent" | "cancelled" | "failed";
                            recipients: number;
                            sent: number;
                            failed: number;
                            bounced: number;
                            /** @description Recipients who unsubscribed or were deleted before their turn. */
                            skipped: number;
                            opens: number;
                            unique_opens: number;
                            clicks: number;
                            unique_clicks: number;
                            unsubscribes: number;
                            /** @description unique_opens / sent, 0 to 1. */
                            open_rate: number;
                            /** @description unique_clicks / sent, 0 to 1. */
                            click_rate: number;
                            links: {
                                url: string;
                                clicks: number;
                                unique_clicks: number;
                            }[];
                            /** @description One entry per hour with activity, oldest first. */
                            timeline: {
                                /** @description ISO 8601, UTC. */
                                hour: string;
                                sent: number;
                                opens: number;
                                clicks: number;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        /** Create an account and its workspace (Free plan), and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        name?: string;
                        workspace_name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string | null;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                plan: string;
                            };
                            /** @description Send it back as the X-CSRF-Token header on every request that changes something. */
                            csrf_token: string;
                            expires_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string | null;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                plan: string;
                            };
                            /** @description Send it back as the X-CSRF-Token header on every request that changes something. */
                            csrf_token: string;
                            expires_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Sign out (ends this session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** The signed-in user, workspace and CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string | null;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                plan: string;
                            };
                            /** @description Send it back as the X-CSRF-Token header on every request that changes something. */
                            csrf_token: string;
                            expires_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** The workspace's API keys (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                                /** @description The first characters of the key, to recognise it by. */
                                prefix: string;
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                            }[];
                            total: number;
                            page: number;
                            per_page: number;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; its secret is shown this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Revoke an API key, effective on its next request */
        delete: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The first characters of the key, to recognise it by. */
                            prefix: string;
                            created_at: string;
                            last_used_at: string | null;
                            revoked_at: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** The plan, its limits, and usage against them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** A chatbot's public settings (widget) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Continuing a conversation takes the `conversation_token` its first answer gave, in the x-conversation-token header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description ChatBody */
            requestBody: {
                content: {
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
                /** @description WidgetChatResponse */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversation_id: string;
                            message_id: string;
                            answer: string;
                            /** @description false when nothing on the trained pages answers the question. */
                            answered: boolean;
                            sources: {
                                /** @description The page, with the #anchor of the section when it has one. */
                                url: string;
                                title: string;
                                /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
                                section: string | null;
                                snippet: string;
                            }[];
                            /** @description Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers. */
                            conversation_token: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Leave contact details (widget) */
        post: {
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
                        name?: string;
                        email: string;
                        conversation_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversation_id: string;
                            /** @description Proves the conversation is this visitor's: send it as X-Conversation-Token to continue it, read it or rate its answers. */
                            conversation_token: string;
                            /** @description null when the workspace is at its plan's contact limit; the lead is still kept on the conversation. */
                            contact_id: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * A visitor's conversation (widget)
         * @description Its messages, oldest first; the conversation's token in the x-conversation-token header.
         */
        get: {
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
                /** @description PublicConversation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            messages: {
                                id: string;
                                /** @enum {string} */
                                role: "user" | "assistant";
                                content: string;
                                answered: boolean | null;
                                sources: {
                                    /** @description The page, with the #anchor of the section when it has one. */
                                    url: string;
                                    title: string;
                                    /** @description The heading path of the section, e.g. "Built-in Types › Numeric Types". */
                                    section: string | null;
                                    snippet: string;
                                }[];
                                /** @description The rating of an answer, when it was rated. */
                                feedback: {
                                    /** @enum {string} */
                                    rating: "up" | "down";
                                    comment: string | null;
                                    created_at: string;
                                } | null;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
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
         * @description Thumbs up or down on an answer of the visitor's own conversation (its token in the x-conversation-token header).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    message_id: string;
                };
                cookie?: never;
            };
            /** @description PublicFeedbackBody */
            requestBody: {
                content: {
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
                /** @description FeedbackResponse */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            rating: "up" | "down";
                            comment: string | null;
                            created_at: string;
                            message_id: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_request" | "invalid_json" | "unknown_parameter" | "invalid_template" | "invalid_parameter" | "template_limit_exceeded" | "missing_api_key" | "invalid_api_key" | "invalid_credentials" | "not_signed_in" | "plan_limit_exceeded" | "origin_not_allowed" | "invalid_csrf_token" | "not_found" | "route_not_found" | "method_not_allowed" | "idempotency_key_in_use" | "contact_exists" | "account_exists" | "invalid_campaign_state" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "rate_limit_exceeded" | "internal_error" | "llm_unavailable" | "service_unavailable";
                                message: string;
                                status: number;
                                param?: string;
                                request_id?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
