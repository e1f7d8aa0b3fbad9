// Generated from the server's OpenAPI document by `npm run api:types`; do not edit.

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a local account; sets the session and CSRF cookies */
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
                        login: string;
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
                                login: string;
                                displayName: string;
                                organisation: string;
                                roles: string[];
                                departments: string[];
                                debtorId: string | null;
                                /** Format: date */
                                today: string;
                            };
                            csrfToken: string;
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, roles and departments */
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
                            id: string;
                            login: string;
                            displayName: string;
                            organisation: string;
                            roles: string[];
                            departments: string[];
                            debtorId: string | null;
                            /** Format: date */
                            today: string;
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
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (other sessions end) */
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
                        current: string;
                        next: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the organisation with roles and departments */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a user */
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
                        login: string;
                        displayName: string;
                        password?: string;
                        roles: ("admin" | "finance" | "clerk" | "social_worker" | "auditor" | "policy" | "citizen")[];
                        departments?: string[];
                        /** Format: uuid */
                        debtorId?: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user password (ends their sessions, lifts a lockout) */
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
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate or deactivate a user */
        put: {
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
                        active: boolean;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens (never the secret) */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is in this answer only */
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
                        name: string;
                        actions: string[];
                        departments?: string[];
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API token */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consents and mandates (a social worker sees their own) */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Record a debtor's consent or mandate for a social worker
         * @description An administrator records it for any social worker (userId); a social worker for themselves only. The person is named by debtorId or by nationalNumber. By national number the consent is recorded whether or not the person has claims (201 with debtorId null either way, so the answer does not tell who owes the city); it covers the person once EvS knows them under that number.
         */
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
                        /** Format: uuid */
                        userId?: string;
                        /** Format: uuid */
                        debtorId?: string;
                        nationalNumber?: string;
                        kind?: "consent" | "mandate";
                        purpose: string;
                        validFrom: string;
                        validUntil: string;
                        evidenceRef: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a consent now (a social worker: one of their own) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the access log (who read or changed whose data) */
        get: {
            parameters: {
                query?: {
                    debtorId?: string;
                    actor?: string;
                    action?: string;
                    from?: string;
                    until?: string;
                    limit?: number;
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
    "/api/v1/access-log/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the access log by a person (name or national number, in the body) and/or staff member, paged and sorted by time
         * @description `person`: a national number in any notation, or a fragment of the name (all records found, merged ones included). `actor`: a fragment of a staff member’s name or login, or an actor label (`user:<id>`, `cli`, `system`). Pages of `limit` lines (default 50) from `offset`, newest first unless `order` is `oldest`; `total` counts every match.
         */
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
                        person?: string;
                        actor?: string;
                        action?: string;
                        from?: string;
                        until?: string;
                        limit?: number;
                        offset?: number;
                        order?: "newest" | "oldest";
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debtors/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who looked at this person (a citizen sees organisations and roles) */
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
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the identity provider (when OIDC is configured) */
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
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider sends the browser back */
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
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments of the organisation */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add a department */
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
                        code: string;
                        name: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claim categories with their limitation period */
        get: {
            parameters: {
                query?: {
                    department?: string;
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
    "/api/v1/departments/{code}/categories/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or edit a claim category (limitation period as ISO duration, e.g. P5Y) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fiscal?: boolean;
                        limitationPeriod?: string;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claim-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a department claims CSV (multipart field `file`, or a text/csv body)
         * @description Fields (multipart) or query parameters: department (code), partial, dryRun, lang (nl|fr|en). All-or-nothing by default: 422 with the row errors and nothing written. With partial=true the good rows are imported and rejectedFile links to a CSV of the bad rows.
         */
        post: {
            parameters: {
                query?: {
                    department?: string;
                    partial?: string;
                    dryRun?: string;
                    lang?: "nl" | "fr" | "en";
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
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: {
                                row: number;
                                field: string;
                                /** @description the column as the file names it */
                                column: string;
                                value: string;
                                message: string;
                            }[];
                            rejectedFile: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: {
                                row: number;
                                field: string;
                                /** @description the column as the file names it */
                                column: string;
                                value: string;
                                message: string;
                            }[];
                            rejectedFile: string | null;
                        } | {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/claim-imports/{id}/rejected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows of an import as CSV (same columns plus an error column) */
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
    "/api/v1/debtors/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search debtors by name, national number or customer number (POST: numbers never in URLs) */
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
                        query: string;
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
                            results: {
                                id: string;
                                name: string;
                                birthDate: string | null;
                                city: string | null;
                                open: number;
                                claimCount: number;
                            }[];
                            /** @description More people match than the results show: refine the query */
                            hasMore: boolean;
                            /** @description The most results one search returns */
                            limit: number;
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
    "/api/v1/debtor-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Possible same persons (name + birth date + address) waiting for a decision */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "confirmed" | "rejected";
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
    "/api/v1/debtor-suggestions/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look-alike pairs side by side (records, claims per department, open totals), largest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "confirmed" | "rejected";
                    page?: number;
                    pageSize?: number;
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
    "/api/v1/debtors/{id}/look-alikes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open look-alike suggestions this person takes part in */
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
    "/api/v1/debtor-suggestions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm: merge the two debtors (can be undone) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debtor-suggestions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject: they are different people (with the reason, kept with the decision) */
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
                        reason?: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debtor-merges/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge: everything that moved goes back */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debtors/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The global claims overview of one person; amounts in cents */
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
                            debtor: {
                                id: string;
                                name: string;
                                birthDate: string | null;
                                nationalNumber: string | null;
                                address: string | null;
                                householdId: string | null;
                                customerNumbers: {
                                    department: string;
                                    customerNumber: string;
                                }[];
                            };
                            claims: {
                                department: string;
                                claimId: string;
                                category: string;
                                principal: number;
                                charges: number;
                                paid: number;
                                open: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: date */
                                limitationDate: string;
                                timeBarred: boolean;
                                daysOverdue: number;
                                status: "open" | "paid" | "cancelled";
                            }[];
                            totals: {
                                principal: number;
                                charges: number;
                                paid: number;
                                open: number;
                            };
                            byDepartment: {
                                department: string;
                                open: number;
                                count: number;
                            }[];
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
    "/api/v1/eligibility/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of the ruleset, with the one in force today */
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
                            versions: {
                                version: number;
                                effectiveFrom: string;
                                name: string;
                                createdBy: string;
                                createdAt: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a new version (validated; numbered by the server; takes effect on effectiveFrom) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
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
                            version: number;
                            effectiveFrom: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/rulesets/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version as JSON (`latest` for the newest) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: "latest" | number;
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
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** People and open euros per profile under the active and a draft ruleset, and the moves */
        post: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        draft: unknown;
                        /** Format: date */
                        date?: string;
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
                            date: string;
                            activeVersion: number;
                            active: {
                                Vermogend: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                                GeringeAfbetaalmogelijkheid: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                                Onvermogend: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                            };
                            draft: {
                                Vermogend: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                                GeringeAfbetaalmogelijkheid: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                                Onvermogend: {
                                    people: number;
                                    openCents: number;
                                    eligible: number;
                                };
                            };
                            moves: {
                                from: string;
                                to: string;
                                people: number;
                                openCents: number;
                            }[];
                            becameEligible: number;
                            lostEligibility: number;
                        } | string;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/sweeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sweeps run, newest first, with their counts */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /** Sweep now: evaluate everyone with open claims on a date (default today); idempotent */
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
                        /** Format: date */
                        date?: string;
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
                            sweepId: string;
                            /** Format: date */
                            date: string;
                            rulesetVersion: number;
                            people: number;
                            eligible: number;
                            changed: number;
                            worklist: number;
                            signals: number;
                            alreadyDone: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local rights granted or withdrawn, after a cursor (yes/no per person per period; CSV too) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                    format?: "json" | "csv";
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
    "/api/v1/eligibility/reductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reductions (OSLO Vermindering) proposed on issued invoices from granted local rights */
        get: {
            parameters: {
                query?: {
                    status?: "proposed" | "accepted" | "rejected";
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
                            items: {
                                id: string;
                                claimId: string;
                                departmentClaimId: string;
                                department: string;
                                category: string;
                                debtorId: string;
                                right: string;
                                periodFrom: string;
                                periodTo: string | null;
                                amount: number;
                                proposedAmount: number;
                                status: "proposed" | "accepted" | "rejected";
                                createdAt: string;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                note: string | null;
                            }[];
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
    "/api/v1/eligibility/reductions/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose reductions for the rights granted under the ruleset in force (idempotent) */
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
                        /** Format: date */
                        date?: string;
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
                            date: string;
                            rulesetVersion: number;
                            proposed: number;
                            proposedCents: number;
                            rights: {
                                right: string;
                                department: string;
                                proposed: number;
                            }[];
                            skipped: {
                                right: string;
                                department: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/reductions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: the claim is lowered by the reduction (at most what is still open) */
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
                        note?: string;
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
                            id: string;
                            claimId: string;
                            departmentClaimId: string;
                            department: string;
                            category: string;
                            debtorId: string;
                            right: string;
                            periodFrom: string;
                            periodTo: string | null;
                            amount: number;
                            proposedAmount: number;
                            status: "proposed" | "accepted" | "rejected";
                            createdAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/reductions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the proposed reduction */
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
                        note?: string;
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
                            id: string;
                            claimId: string;
                            departmentClaimId: string;
                            department: string;
                            category: string;
                            debtorId: string;
                            right: string;
                            periodFrom: string;
                            periodTo: string | null;
                            amount: number;
                            proposedAmount: number;
                            status: "proposed" | "accepted" | "rejected";
                            createdAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a social-fact feed (text/csv body, or a JSON feed document); idempotent
         * @description One kind and one source per file (docs/eligibility.md, src/eligibility/FEEDS.md). All or nothing unless partial=true; a rejected file answers 422 with the row errors.
         */
        post: {
            parameters: {
                query: {
                    kind: "social_status" | "legal_status" | "income" | "credit_default" | "household" | "early_signal";
                    source: string;
                    partial?: boolean;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility/people/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcome only: eligible, profile (OSLO Solvabiliteitstype) and since when; never the facts */
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
                            debtorId: string;
                            eligible: boolean;
                            profile: string;
                            /** Format: date */
                            since: string;
                            /** Format: date */
                            evaluatedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/people/{id}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why: facts used (source, period), conditions met and not, weights, score, ruleset version */
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
                            debtorId: string;
                            eligible: boolean;
                            profile: string;
                            /** Format: date */
                            since: string;
                            /** Format: date */
                            evaluatedOn: string;
                        } & {
                            score: number;
                            rights: string[];
                            explanation: unknown;
                            sentences: {
                                summary: string;
                                eligibility: {
                                    met: boolean;
                                    sentence: string;
                                    rule: string;
                                    parts: string[];
                                };
                                conditions: {
                                    met: boolean;
                                    sentence: string;
                                    rule: string;
                                    parameter: string;
                                    weight: number;
                                }[];
                                rights: {
                                    met: boolean;
                                    sentence: string;
                                    rule: string;
                                    code: string;
                                }[];
                                facts: string[];
                            };
                            recomputed: boolean;
                            matchesDecision: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/people/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The social facts known about a person (every period, with source) and the household */
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
                            debtorId: string;
                            facts: unknown[];
                            household: {
                                members: number;
                                fact: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New eligible, no longer eligible, changed profiles and early signals to work through
         * @description Paged, filtered and sorted on the server. Without parameters: the open items, newest first, at most 500 (as before); `total` counts every item matching the filter.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "accepted" | "dismissed";
                    reason?: "new_eligible" | "no_longer_eligible" | "profile_changed" | "early_signal";
                    profile?: "Vermogend" | "GeringeAfbetaalmogelijkheid" | "Onvermogend";
                    department?: string;
                    q?: string;
                    sort?: "date" | "name" | "open" | "score";
                    order?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
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
                            items: {
                                id: string;
                                debtorId: string;
                                name: string;
                                reason: string;
                                profileBefore: string | null;
                                profileAfter: string | null;
                                eligibleAfter: boolean | null;
                                openCents: number;
                                score: number | null;
                                departments: number | null;
                                status: string;
                                resolution: string | null;
                                evaluationDate: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
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
    "/api/v1/eligibility/worklist/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: with the person's consent the EvS file is opened (open claims bundled); without, the decision is recorded */
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
                        consent?: {
                            /** Format: date */
                            date: string;
                            form: string;
                            evidence: string;
                        };
                        claimIds?: string[];
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
                            id: string;
                            debtorId: string;
                            status: string;
                            resolution: string;
                            fileId: string | null;
                            bundled: number;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/eligibility/worklist/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss with a reason */
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
                        reason: string;
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
                            id: string;
                            debtorId: string;
                            status: string;
                            resolution: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/hub/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the address book (name, code, company number) */
        get: {
            parameters: {
                query?: {
                    query?: string;
                    role?: "counsellor" | "creditor";
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
                            participants: {
                                code: string;
                                name: string;
                                inside: boolean;
                                ownOrganisation: boolean;
                                department: string | null;
                                companyNumber: string | null;
                                role: "counsellor" | "creditor" | "both";
                                acceptsNationalNumber: boolean;
                                priorConsent: boolean;
                                requiresConsent: boolean;
                                country: string;
                                contacts: {
                                    name: string;
                                    email?: string;
                                    phone?: string;
                                }[];
                                active: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an organisation to the address book */
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
                        code: string;
                        name: string;
                        kind: "inside" | "outside";
                        department?: string;
                        companyNumber?: string;
                        role: "counsellor" | "creditor" | "both";
                        acceptsNationalNumber?: boolean;
                        priorConsent?: boolean;
                        requiresConsent?: boolean;
                        country?: "BE" | "NL";
                        contacts?: {
                            name: string;
                            email?: string;
                            phone?: string;
                        }[];
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
                            code: string;
                            name: string;
                            inside: boolean;
                            ownOrganisation: boolean;
                            department: string | null;
                            companyNumber: string | null;
                            role: "counsellor" | "creditor" | "both";
                            acceptsNationalNumber: boolean;
                            priorConsent: boolean;
                            requiresConsent: boolean;
                            country: string;
                            contacts: {
                                name: string;
                                email?: string;
                                phone?: string;
                            }[];
                            active: boolean;
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
    "/api/v1/hub/participants/{code}": {
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
        /** Change an address-book entry your organisation manages */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        role?: "counsellor" | "creditor" | "both";
                        acceptsNationalNumber?: boolean;
                        priorConsent?: boolean;
                        requiresConsent?: boolean;
                        contacts?: {
                            name: string;
                            email?: string;
                            phone?: string;
                        }[];
                        active?: boolean;
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
                            code: string;
                            name: string;
                            inside: boolean;
                            ownOrganisation: boolean;
                            department: string | null;
                            companyNumber: string | null;
                            role: "counsellor" | "creditor" | "both";
                            acceptsNationalNumber: boolean;
                            priorConsent: boolean;
                            requiresConsent: boolean;
                            country: string;
                            contacts: {
                                name: string;
                                email?: string;
                                phone?: string;
                            }[];
                            active: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/hub/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participants you act as */
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
                            participants: {
                                code: string;
                                name: string;
                                inside: boolean;
                                ownOrganisation: boolean;
                                department: string | null;
                                companyNumber: string | null;
                                role: "counsellor" | "creditor" | "both";
                                acceptsNationalNumber: boolean;
                                priorConsent: boolean;
                                requiresConsent: boolean;
                                country: string;
                                contacts: {
                                    name: string;
                                    email?: string;
                                    phone?: string;
                                }[];
                                active: boolean;
                            }[];
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
    "/api/v1/hub/message-schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of each message type's body, from which the web app builds its forms */
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
                            schemas: {
                                [key: string]: unknown;
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
    "/api/v1/hub/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unconfirmed messages: urgent first, then oldest */
        get: {
            parameters: {
                query?: {
                    as?: string;
                    type?: string;
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
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            }[];
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
    "/api/v1/hub/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sent log (metadata only) */
        get: {
            parameters: {
                query?: {
                    as?: string;
                    type?: string;
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
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            }[];
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
    "/api/v1/hub/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue and due-soon answers, both ways */
        get: {
            parameters: {
                query?: {
                    as?: string;
                    type?: string;
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
                            toAnswer: {
                                overdue: {
                                    message: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        conversationId: string;
                                        /** @example notice */
                                        type: string;
                                        sender: string;
                                        senderName: string;
                                        recipient: string;
                                        recipientName: string;
                                        debtorReference: string;
                                        inReplyTo: string | null;
                                        urgent: boolean;
                                        supplementary: boolean;
                                        sentAt: string;
                                        /** Format: date */
                                        sentOn: string;
                                        /** Format: date */
                                        expiresOn: string;
                                        /** Format: date */
                                        dueOn: string | null;
                                        fetched: boolean;
                                        /** Format: date */
                                        confirmedOn: string | null;
                                        /** Format: date */
                                        answeredOn: string | null;
                                        /** Format: date */
                                        expiredOn: string | null;
                                        purged: boolean;
                                    };
                                    /** Format: date */
                                    dueOn: string;
                                    workingDaysOverdue: number;
                                }[];
                                dueSoon: {
                                    message: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        conversationId: string;
                                        /** @example notice */
                                        type: string;
                                        sender: string;
                                        senderName: string;
                                        recipient: string;
                                        recipientName: string;
                                        debtorReference: string;
                                        inReplyTo: string | null;
                                        urgent: boolean;
                                        supplementary: boolean;
                                        sentAt: string;
                                        /** Format: date */
                                        sentOn: string;
                                        /** Format: date */
                                        expiresOn: string;
                                        /** Format: date */
                                        dueOn: string | null;
                                        fetched: boolean;
                                        /** Format: date */
                                        confirmedOn: string | null;
                                        /** Format: date */
                                        answeredOn: string | null;
                                        /** Format: date */
                                        expiredOn: string | null;
                                        purged: boolean;
                                    };
                                    /** Format: date */
                                    dueOn: string;
                                    workingDaysLeft: number;
                                }[];
                            };
                            awaiting: {
                                overdue: {
                                    message: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        conversationId: string;
                                        /** @example notice */
                                        type: string;
                                        sender: string;
                                        senderName: string;
                                        recipient: string;
                                        recipientName: string;
                                        debtorReference: string;
                                        inReplyTo: string | null;
                                        urgent: boolean;
                                        supplementary: boolean;
                                        sentAt: string;
                                        /** Format: date */
                                        sentOn: string;
                                        /** Format: date */
                                        expiresOn: string;
                                        /** Format: date */
                                        dueOn: string | null;
                                        fetched: boolean;
                                        /** Format: date */
                                        confirmedOn: string | null;
                                        /** Format: date */
                                        answeredOn: string | null;
                                        /** Format: date */
                                        expiredOn: string | null;
                                        purged: boolean;
                                    };
                                    /** Format: date */
                                    dueOn: string;
                                    workingDaysOverdue: number;
                                }[];
                                dueSoon: {
                                    message: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        conversationId: string;
                                        /** @example notice */
                                        type: string;
                                        sender: string;
                                        senderName: string;
                                        recipient: string;
                                        recipientName: string;
                                        debtorReference: string;
                                        inReplyTo: string | null;
                                        urgent: boolean;
                                        supplementary: boolean;
                                        sentAt: string;
                                        /** Format: date */
                                        sentOn: string;
                                        /** Format: date */
                                        expiresOn: string;
                                        /** Format: date */
                                        dueOn: string | null;
                                        fetched: boolean;
                                        /** Format: date */
                                        confirmedOn: string | null;
                                        /** Format: date */
                                        answeredOn: string | null;
                                        /** Format: date */
                                        expiredOn: string | null;
                                        purged: boolean;
                                    };
                                    /** Format: date */
                                    dueOn: string;
                                    workingDaysLeft: number;
                                }[];
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
    "/api/v1/hub/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages of one conversation (metadata) */
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
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            }[];
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
    "/api/v1/hub/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one message (validated per type) */
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
                        as?: string;
                        debtorReference: string;
                        urgent: boolean;
                        body: unknown;
                        type: string;
                        recipient: string;
                        /** Format: uuid */
                        conversationId?: string;
                        /** Format: uuid */
                        inReplyTo?: string;
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversationId: string;
                            /** @example notice */
                            type: string;
                            sender: string;
                            senderName: string;
                            recipient: string;
                            recipientName: string;
                            debtorReference: string;
                            inReplyTo: string | null;
                            urgent: boolean;
                            supplementary: boolean;
                            sentAt: string;
                            /** Format: date */
                            sentOn: string;
                            /** Format: date */
                            expiresOn: string;
                            /** Format: date */
                            dueOn: string | null;
                            fetched: boolean;
                            /** Format: date */
                            confirmedOn: string | null;
                            /** Format: date */
                            answeredOn: string | null;
                            /** Format: date */
                            expiredOn: string | null;
                            purged: boolean;
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
    "/api/v1/hub/balance-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One balance request to several creditors (consent above the threshold) */
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
                        as?: string;
                        debtorReference: string;
                        urgent: boolean;
                        body: unknown;
                        recipients: string[];
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
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            }[];
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
    "/api/v1/hub/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a message (counts as fetched; written to the access log) */
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
                            message: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            };
                            body: unknown | (never | null);
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
    "/api/v1/hub/messages/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm receipt: it leaves the inbox of every colleague */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
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
    "/api/v1/hub/messages/{id}/draft-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An answer to a balance request drafted from the EvS overview, to check and send */
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
                            type: string;
                            body: unknown;
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
    "/api/v1/hub/csv/{type}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The empty upload file of a message type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    type: string;
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
    "/api/v1/hub/csv/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the unconfirmed messages of one type as CSV (header X-Hub-Download names the download to confirm) */
        get: {
            parameters: {
                query?: {
                    as?: string;
                };
                header?: never;
                path: {
                    type: string;
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
        /** Upload a CSV batch of one type (text/csv); one bad row rejects the whole file */
        post: {
            parameters: {
                query?: {
                    as?: string;
                };
                header?: never;
                path: {
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** @example notice */
                                type: string;
                                sender: string;
                                senderName: string;
                                recipient: string;
                                recipientName: string;
                                debtorReference: string;
                                inReplyTo: string | null;
                                urgent: boolean;
                                supplementary: boolean;
                                sentAt: string;
                                /** Format: date */
                                sentOn: string;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: date */
                                dueOn: string | null;
                                fetched: boolean;
                                /** Format: date */
                                confirmedOn: string | null;
                                /** Format: date */
                                answeredOn: string | null;
                                /** Format: date */
                                expiredOn: string | null;
                                purged: boolean;
                            }[];
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
    "/api/v1/hub/downloads/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm every message of a CSV download */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
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
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs (newest first); status=dead lists those waiting for an admin */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "running" | "done" | "dead";
                    name?: string;
                    limit?: number;
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
                            jobs: {
                                id: string;
                                name: string;
                                slot: string;
                                today: string;
                                status: "queued" | "running" | "done" | "dead";
                                attempts: number;
                                maxAttempts: number;
                                runAt: string;
                                lastError: string | null;
                                finishedAt: string | null;
                            }[];
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
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a dead job again (fresh attempts) */
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
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
    "/api/v1/debtors/{id}/oslo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A debtor's file as OSLO Schuldbeheer JSON-LD (application/ld+json) */
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
                /** @description OSLO Schuldbeheer JSON-LD (erkende standaard 2025-05-15) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "@context": string;
                            "@graph": {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/oslo-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import claims from an OSLO Schuldbeheer JSON-LD document (application/ld+json body)
         * @description The document must conform to the OSLO SHACL shapes (422 oslo_shapes with the violations otherwise). Its claims are then imported like a CSV: same row validation and report, all-or-nothing unless partial=true, importing the same document again changes nothing. Without ?department= the department is read from each claim identifier, one import per department.
         */
        post: {
            parameters: {
                query?: {
                    department?: string;
                    partial?: string;
                    dryRun?: string;
                    lang?: "nl" | "fr" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
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
                            imports: {
                                department: string;
                                rejectedWhole: boolean;
                                report: {
                                    rows: number;
                                    created: number;
                                    updated: number;
                                    unchanged: number;
                                    rejected: {
                                        row: number;
                                        field: string;
                                        /** @description the column as the file names it */
                                        column: string;
                                        value: string;
                                        message: string;
                                    }[];
                                    rejectedFile: string | null;
                                };
                                subjects: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imports: {
                                department: string;
                                rejectedWhole: boolean;
                                report: {
                                    rows: number;
                                    created: number;
                                    updated: number;
                                    unchanged: number;
                                    rejected: {
                                        row: number;
                                        field: string;
                                        /** @description the column as the file names it */
                                        column: string;
                                        value: string;
                                        message: string;
                                    }[];
                                    rejectedFile: string | null;
                                };
                                subjects: string[];
                            }[];
                        } | {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/reports/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPIs per month, per department and in total (cents; cells describing fewer than 5 people are "< 5") */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                            months: string[];
                            departments: string[];
                            costModel: {
                                reminderCost: number;
                                paidReminders: number;
                                formalNotice: "book-xix" | "fixed";
                                formalNoticeCost: number;
                                bailiffCostPerClaim: number;
                                bailiffAfterDays: number;
                            };
                            rows: {
                                month: string;
                                department: string;
                                metric: string;
                                unit: "cents" | "count";
                                value: number | "< 5";
                            }[];
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
    "/api/v1/reports/kpis.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every KPI figure as CSV (month;department;metric;unit;value) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
    "/api/v1/reports/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregated, anonymised statistics for one period (2026, 2026-Q2 or 2026-05) as CSV; see docs/reports.md */
        get: {
            parameters: {
                query: {
                    period: string;
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
    "/api/v1/reports/cost-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The collection cost model (defaults: Book XIX WER caps) */
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
                            reminderCost: number;
                            paidReminders: number;
                            formalNotice: "book-xix" | "fixed";
                            formalNoticeCost: number;
                            bailiffCostPerClaim: number;
                            bailiffAfterDays: number;
                        };
                    };
                };
            };
        };
        /** Set the collection cost model */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reminderCost: number;
                        paidReminders: number;
                        formalNotice: "book-xix" | "fixed";
                        formalNoticeCost: number;
                        bailiffCostPerClaim: number;
                        bailiffAfterDays: number;
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
                            reminderCost: number;
                            paidReminders: number;
                            formalNotice: "book-xix" | "fixed";
                            formalNoticeCost: number;
                            bailiffCostPerClaim: number;
                            bailiffAfterDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/business-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate scenarios side by side against the status quo (nothing is saved) */
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
                        scenarios: {
                            name: string;
                            inputs: {
                                /** @description Take people reached and their debt from the what-if of a stored version or a draft */
                                ruleset?: {
                                    version?: number;
                                    /** @description A ruleset document (validated as a ruleset) */
                                    draft?: unknown;
                                };
                                peopleReached: number;
                                averageDebtPerPerson: number;
                                claimsPerPerson: number;
                                repaymentRatePct: number;
                                statusQuoRecoveryPct: number;
                                bailiffSharePct: number;
                                staffMinutesPerFile: number;
                                staffCostPerHour: number;
                                costModel: {
                                    reminderCost: number;
                                    paidReminders: number;
                                    formalNotice: "book-xix" | "fixed";
                                    formalNoticeCost: number;
                                    bailiffCostPerClaim: number;
                                    bailiffAfterDays: number;
                                };
                            };
                        }[];
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
                            scenarios: {
                                name: string;
                                outcome: {
                                    peopleReached: number;
                                    debtInScope: number;
                                    expectedRecovery: number;
                                    statusQuoRecovery: number;
                                    costsAvoided: number;
                                    claimsNotToBailiff: number;
                                    staffCost: number;
                                    netEffect: number;
                                };
                                source: {
                                    /** @enum {string} */
                                    kind: "typed";
                                    rulesetError?: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "ruleset";
                                    version: number | null;
                                    date: string;
                                    eligible: number;
                                    openCents: number;
                                };
                            }[];
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
    "/api/v1/reports/business-case.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The business case of the given scenarios as a PDF report with its charts */
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
                        scenarios: {
                            name: string;
                            inputs: {
                                /** @description Take people reached and their debt from the what-if of a stored version or a draft */
                                ruleset?: {
                                    version?: number;
                                    /** @description A ruleset document (validated as a ruleset) */
                                    draft?: unknown;
                                };
                                peopleReached: number;
                                averageDebtPerPerson: number;
                                claimsPerPerson: number;
                                repaymentRatePct: number;
                                statusQuoRecoveryPct: number;
                                bailiffSharePct: number;
                                staffMinutesPerFile: number;
                                staffCostPerHour: number;
                                costModel: {
                                    reminderCost: number;
                                    paidReminders: number;
                                    formalNotice: "book-xix" | "fixed";
                                    formalNoticeCost: number;
                                    bailiffCostPerClaim: number;
                                    bailiffAfterDays: number;
                                };
                            };
                        }[];
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved business-case scenarios with their outcome */
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
                            scenarios: {
                                id: string;
                                name: string;
                                inputs: {
                                    /** @description Take people reached and their debt from the what-if of a stored version or a draft */
                                    ruleset?: {
                                        version?: number;
                                        /** @description A ruleset document (validated as a ruleset) */
                                        draft?: unknown;
                                    };
                                    peopleReached: number;
                                    averageDebtPerPerson: number;
                                    claimsPerPerson: number;
                                    repaymentRatePct: number;
                                    statusQuoRecoveryPct: number;
                                    bailiffSharePct: number;
                                    staffMinutesPerFile: number;
                                    staffCostPerHour: number;
                                    costModel: {
                                        reminderCost: number;
                                        paidReminders: number;
                                        formalNotice: "book-xix" | "fixed";
                                        formalNoticeCost: number;
                                        bailiffCostPerClaim: number;
                                        bailiffAfterDays: number;
                                    };
                                };
                                outcome: {
                                    peopleReached: number;
                                    debtInScope: number;
                                    expectedRecovery: number;
                                    statusQuoRecovery: number;
                                    costsAvoided: number;
                                    claimsNotToBailiff: number;
                                    staffCost: number;
                                    netEffect: number;
                                };
                                source: {
                                    /** @enum {string} */
                                    kind: "typed";
                                    rulesetError?: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "ruleset";
                                    version: number | null;
                                    date: string;
                                    eligible: number;
                                    openCents: number;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save a scenario under its name (replaces one of the same name) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        inputs: {
                            /** @description Take people reached and their debt from the what-if of a stored version or a draft */
                            ruleset?: {
                                version?: number;
                                /** @description A ruleset document (validated as a ruleset) */
                                draft?: unknown;
                            };
                            peopleReached: number;
                            averageDebtPerPerson: number;
                            claimsPerPerson: number;
                            repaymentRatePct: number;
                            statusQuoRecoveryPct: number;
                            bailiffSharePct: number;
                            staffMinutesPerFile: number;
                            staffCostPerHour: number;
                            costModel: {
                                reminderCost: number;
                                paidReminders: number;
                                formalNotice: "book-xix" | "fixed";
                                formalNoticeCost: number;
                                bailiffCostPerClaim: number;
                                bailiffAfterDays: number;
                            };
                        };
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
                            id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved scenario */
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
                            /** @enum {string} */
                            status: "deleted";
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
    "/api/v1/payments/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bank statement file (CODA or camt.053): multipart field `file`, or the raw bytes
         * @description All-or-nothing: a file that does not parse or whose balances do not add up is refused (422) with nothing written. Statements and lines imported before are skipped. Amounts in cents.
         */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
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
                            lines: number;
                            duplicates: number;
                            matched: number;
                            unmatched: number;
                            /** @description cents */
                            allocated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/unmatched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unmatched queue: credits without a usable reference, with suggestions and their reasons */
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
                            items: {
                                id: string;
                                bookingDate: string;
                                amount: number;
                                counterpartyName: string | null;
                                counterpartyIban: string | null;
                                communication: string | null;
                                reference: string | null;
                                reason: string;
                                suggestions: {
                                    planId: string;
                                    reference: string;
                                    debtorName: string;
                                    score: number;
                                    reasons: string[];
                                }[];
                            }[];
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
    "/api/v1/payments/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a queued payment to a plan, with a reason */
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
                        /** Format: uuid */
                        planId: string;
                        reason: string;
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
                            allocated: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A queued payment that is not for EvS: hand it to a department/ledger, or record its refund */
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
                        /** @enum {string} */
                        kind: "not_for_evs";
                        target: string;
                        note: string;
                    } | {
                        /** @enum {string} */
                        kind: "refunded";
                        iban: string;
                        note: string;
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
                            resolution: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/plan-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find running plans to assign a queued payment to, by OGM (any notation, or a part) or debtor name */
        get: {
            parameters: {
                query: {
                    q: string;
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
                            plans: {
                                id: string;
                                /** @description 12 digits */
                                reference: string;
                                debtorName: string;
                                status: string;
                                /** @description cents */
                                open: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment history of a plan: payments, allocations, instalments, claims, credit and refunds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
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
                            plan: {
                                id: string;
                                reference: string;
                                status: string;
                                strategy: string;
                                debtorId: string;
                                startAmount: number;
                                paid: number;
                                allocated: number;
                                credit: number;
                            };
                            claims: {
                                id: string;
                                claimId: string;
                                department: string;
                                bundledOpen: number;
                                allocated: number;
                                open: number;
                            }[];
                            instalments: {
                                seq: number;
                                dueDate: string;
                                amount: number;
                                paid: number;
                                status: string;
                            }[];
                            payments: {
                                id: string;
                                bookingDate: string;
                                amount: number;
                                kind: string;
                                status: string;
                                match: string | null;
                                matchNote: string | null;
                                surplus: number;
                                reversalOf: string | null;
                                allocations: {
                                    claimId: string;
                                    department: string;
                                    part: string;
                                    amount: number;
                                }[];
                            }[];
                            refunds: {
                                amount: number;
                                reason: string;
                                decidedOn: string;
                                decidedBy: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/plans/{planId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund (part of) a plan's credit by a recorded decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        reason: string;
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
                            credit: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What EvS payments allocated to one claim (claims.id) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    claimId: string;
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
                            allocations: {
                                paymentId: string;
                                planId: string;
                                claimId: string;
                                part: string;
                                amount: number;
                                date: string;
                            }[];
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
    "/api/v1/payments/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliation of a period: allocations per department and every other euro, adding up to the bank total */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    department?: string;
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
                            from: string;
                            to: string;
                            bankTotal: number;
                            rows: {
                                kind: string;
                                department: string | null;
                                amount: number;
                            }[];
                            allocations: {
                                date: string;
                                department: string;
                                claimId: string;
                                paymentId: string;
                                part: string;
                                amount: number;
                            }[];
                            resolutions: {
                                date: string;
                                kind: string;
                                target: string;
                                paymentId: string;
                                amount: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
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
    "/api/v1/payments/reconciliation.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same reconciliation as CSV (allocations, summary rows, bank total) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    department?: string;
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
    "/api/v1/debtors/{id}/evs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's EvS files and plans, and the open claims that could be bundled */
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
                            files: {
                                id: string;
                                status: string;
                                milestone: string;
                                openedAt: string;
                                referral: boolean;
                                plans: {
                                    id: string;
                                    status: string;
                                    reference: string;
                                    startAmount: number;
                                    monthly: number;
                                    paid: number;
                                    version: number;
                                }[];
                            }[];
                            candidates: {
                                id: string;
                                department: string;
                                claimId: string;
                                category: string;
                                dueDate: string;
                                open: number;
                                charges: number;
                                /** Format: date */
                                limitationDate: string;
                                timeBarred: boolean;
                                disputed: boolean;
                                participates: boolean;
                                bundled: boolean;
                            }[];
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
    "/api/v1/evs-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the EvS file of a person with consent; bundles and freezes the chosen claims */
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
                        /** Format: uuid */
                        debtorId: string;
                        consent: {
                            /** Format: date */
                            date: string;
                            form: string;
                            evidence: string;
                        };
                        claimIds?: string[];
                        partner?: {
                            /** Format: uuid */
                            debtorId: string;
                            consent: {
                                /** Format: date */
                                date: string;
                                form: string;
                                evidence: string;
                            };
                        };
                        waiveCharges?: boolean;
                        timeBarredReason?: string;
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
                            fileId: string;
                            bundled: number;
                            open: number;
                            waived: number;
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
    "/api/v1/evs-files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An EvS file: consent, milestone, bundled claims, referral flag */
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
                            debtorId: string;
                            partnerDebtorId: string | null;
                            status: string;
                            milestone: string;
                            openedAt: string;
                            consent: {
                                date: string;
                                form: string;
                                evidence: string;
                            };
                            referral: boolean;
                            referralDetails: {
                                [key: string]: unknown;
                            } | null;
                            planId: string | null;
                            claims: {
                                id: string;
                                department: string;
                                claimId: string;
                                category: string;
                                /** Format: date */
                                dueDate: string;
                                open: number;
                                /** Format: date */
                                limitationDate: string;
                                timeBarred: boolean;
                                timeBarredReason: string | null;
                                waived: number;
                                status: string;
                            }[];
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
    "/api/v1/evs-files/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a file; its claims are released to the departments */
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
                        reason: string;
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
                            /** @enum {string} */
                            status: "closed";
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
    "/api/v1/evs-files/{id}/plan-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capacity (legal table, living allowance, fixed costs) and plan options to compare
         * @description When no term fits the capacity, the answer carries the referral figures and the file is flagged for referral to debt mediation (once, audited as plans.file_flagged_for_referral).
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
            requestBody: {
                content: {
                    "application/json": {
                        netIncome: number;
                        adults: number;
                        children: number;
                        fixedCosts: {
                            label: string;
                            amount: number;
                        }[];
                        incomeKind?: "work" | "replacement";
                        profile?: string;
                    } & {
                        terms?: number[];
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
                            startAmount: number;
                            affordability: {
                                capacity: number;
                                protectedIncome: number;
                                seizableMax: number;
                                tableVersion: string;
                                warnings: {
                                    [key: string]: unknown;
                                }[];
                                warningTexts: string[];
                                explanation: {
                                    [key: string]: unknown;
                                }[];
                                policy: {
                                    [key: string]: unknown;
                                } | null;
                            };
                            options: {
                                basis: string;
                                monthly: number;
                                months: number;
                                lastAmount: number;
                                lastDue: string | null;
                                problem: string | null;
                                fit: string | null;
                            }[];
                            referral: {
                                startAmount: number;
                                capacity: number;
                                maxMonths: number;
                                monthlyAtMaxTerm: number;
                            } | null;
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
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voorstel: propose a plan for the file (monthly amount, number of months or capacity) */
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
                        /** Format: uuid */
                        fileId: string;
                        monthly?: number;
                        months?: number;
                        /** Format: date */
                        firstDue?: string;
                        strategy?: "pro_rata" | "oldest_first" | "priority";
                        affordability?: {
                            netIncome: number;
                            adults: number;
                            children: number;
                            fixedCosts: {
                                label: string;
                                amount: number;
                            }[];
                            incomeKind?: "work" | "replacement";
                            profile?: string;
                        };
                        overCapacityReason?: string;
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
                            planId: string;
                            reference: string;
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
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan: schedule, claims, OSLO activities and balances over time */
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
                            status: string;
                            reference: string;
                            formattedReference: string;
                            startAmount: number;
                            monthly: number;
                            paid: number;
                            balance: number;
                            version: number;
                            fileId: string;
                            debtorId: string;
                            strategy: string;
                            basis: string;
                            legalTableVersion: string | null;
                            legalTableWarning: string | null;
                            cancellationReason: string | null;
                            overCapacityReason: string | null;
                            acceptedOn: string | null;
                            acceptedChannel: string | null;
                            instalments: {
                                dueDate: string;
                                amount: number;
                                paid: number;
                            }[];
                            claims: {
                                department: string;
                                claimId: string;
                                open: number;
                                bundledOpen: number;
                                allocated: number;
                                /** Format: date */
                                limitationDate: string | null;
                                timeBarred: boolean;
                                timeBarredReason: string | null;
                            }[];
                            activities: {
                                type: string;
                                osloClass: string;
                                dateTime: string;
                                actor: string;
                                actorName?: string;
                                reason: string | null;
                                amount: number | null;
                            }[];
                            balances: {
                                date: string;
                                balance: number;
                                due: number;
                                paid: number;
                                arrears: number;
                                credit: number;
                            }[];
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
    "/api/v1/plans/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aanvaarding by the person, recorded with its date and channel (optimistic version) */
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
                        version?: number;
                        /** Format: date */
                        acceptedOn?: string;
                        channel?: "letter_signed" | "counter" | "phone" | "email";
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
                            version: number;
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
    "/api/v1/plans/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wijziging: a new schedule for what remains */
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
                        version: number;
                        reason: string;
                        monthly?: number;
                        months?: number;
                        /** Format: date */
                        firstDue?: string;
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
                            version: number;
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
    "/api/v1/plans/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schrapping, with a reason */
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
                        version?: number;
                        reason: string;
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
                            version: number;
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
    "/api/v1/plans/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afbetaling: a payment received on the plan */
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
                        version?: number;
                        amount: number;
                        /** Format: date */
                        date: string;
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
                            version: number;
                            status: string;
                            surplus: number;
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
    "/api/v1/plans/{id}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan letter as PDF (Dutch; ?lang=fr for French, ?lang=en for English) */
        get: {
            parameters: {
                query?: {
                    lang?: "nl" | "fr" | "en";
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
    "/api/v1/plans/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The EPC QR code (SEPA credit transfer) for one monthly amount with the OGM */
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
    "/api/v1/debtors/{id}/offer-letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proactive offer letter to a candidate (PDF) */
        get: {
            parameters: {
                query?: {
                    lang?: "nl" | "fr" | "en";
                    monthly?: number;
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
    "/api/v1/plan-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Creditor details for letters and the plan policy (minimum, term, norms) */
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
                    content?: never;
                };
            };
        };
        /** Change the plan settings (any subset of the fields) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditorName?: string;
                        iban?: string;
                        bic?: string | null;
                        contact?: string;
                        contactService?: string | null;
                        contactPerson?: string | null;
                        contactPhone?: string | null;
                        /** Format: email */
                        contactEmail?: string | null;
                        place?: string;
                        minInstalment?: number;
                        maxMonths?: number;
                        dayOfMonth?: number;
                        waiveCharges?: boolean;
                        missedThreshold?: number;
                        livingAllowance?: {
                            firstAdult: number;
                            otherAdult: number;
                            perChild: number;
                            source?: string;
                        };
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
                            creditorName: string;
                            iban: string;
                            bic: string | null;
                            contact: string;
                            contactService: string | null;
                            contactPerson: string | null;
                            contactPhone: string | null;
                            contactEmail: string | null;
                            place: string;
                            minInstalment: number;
                            maxMonths: number;
                            dayOfMonth: number;
                            waiveCharges: boolean;
                            missedThreshold: number;
                            livingAllowance: {
                                [key: string]: unknown;
                            };
                            policy: {
                                [key: string]: unknown;
                            };
                            country: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal tables of non-seizable income (shipped and added), with their sources */
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
                            tables: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a dated, sourced legal table (validated; no code change needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
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
                            version: string;
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
    "/api/v1/evs-files/{id}/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file's milestone, open tasks and timeline (milestones, contacts, tasks, plan activities, reminders) */
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
                            milestone: string;
                            milestoneLabel: string;
                            openTasks: number;
                            timeline: {
                                date: string;
                                kind: string;
                                text: string;
                                actor: string;
                                actorName?: string;
                                note: string | null;
                                status: string | null;
                                id: string | null;
                            }[];
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
    "/api/v1/evs-files/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a milestone (VNG Routekaart Financiële Zorgen) */
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
                        milestone: string;
                        /** Format: date */
                        on: string;
                        note?: string;
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
                            milestone: string;
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
    "/api/v1/evs-files/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a contact attempt (letter, phone, email, sms, home_visit; reached or not) */
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
                        channel: string;
                        /** Format: date */
                        on: string;
                        reached: boolean;
                        note?: string;
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
    "/api/v1/evs-files/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a follow-up task with a due date */
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
                        title: string;
                        /** Format: date */
                        due: string;
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
    "/api/v1/journey-tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task done */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "done";
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
    "/api/v1/feed/{department}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's feed of its claims' EvS state (bundled, plan_active, paid, released, …): poll with after=<cursor> */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    department: string;
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
                            events: {
                                seq: number;
                                type: string;
                                occurredAt: string;
                                department: string;
                                claimId: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            next: number | null;
                            cursor: number;
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
    "/api/v1/feed/{department}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department's feed after a cursor as CSV */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    department: string;
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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints per department */
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
                    content?: never;
                };
            };
        };
        put?: never;
        /** Register a signed webhook for a department; the secret is returned once */
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
                        department: string;
                        url: string;
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
                            secret: string;
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
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a webhook */
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log (attempts, status, next retry) */
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
