import { htmlLang, storedLang } from '../i18n/lang.ts';

/** The one place the web app talks to the server. Every failure becomes an ApiError. */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's `error.details`, e.g. the `{ path, message }` issues of a rejected ruleset. */
  readonly details: unknown;

  /** status 0 means the request never got an HTTP answer (network down, server gone). */
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Fired on window when the server answers 401: the app shows the login page. */
export const UNAUTHENTICATED_EVENT = 'evs:unauthenticated';

/** The CSRF token the server set at sign-in; echoed on every state-changing request. */
function csrfToken(): string | null {
  const m = /(?:^|;\s*)evs_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as a JSON body. */
  json?: unknown;
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData;
  /** Non-2xx statuses whose body is a normal answer for this call (e.g. 422 for a rejected import). */
  acceptStatuses?: readonly number[];
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  // the server answers texts (explanations, labels, errors) in the language the person chose
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': htmlLang[storedLang()],
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  const csrf = method === 'GET' ? null : csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  const parsed = await readBody(response);
  if (isErrorBody(parsed)) {
    if (response.status === 401 && !path.includes('/auth/login')) {
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    }
    throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.details);
  }
  if (!response.ok && !options.acceptStatuses?.includes(response.status)) {
    throw new ApiError(response.status, 'http', response.statusText);
  }
  return { status: response.status, body: parsed as T };
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest<T>(path, options)).body;
}
