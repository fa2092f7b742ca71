// Worklane's TypeScript client: the fetch-based client generated from openapi.yaml (generated/), plus the
// thin layer every front end needs: a bearer token (API key or a renewable access token), retries that
// honour Retry-After, Idempotency-Key, paging over nextCursor, problem documents, webhook verification.
import { Configuration, ResponseError } from '../generated';
import { Webhook } from 'standardwebhooks';

export * from '../generated';

export interface ClientOptions {
  /** e.g. "https://worklane.example.com" (the API lives under /api/v1 there) */
  baseUrl: string;
  /** an API key ("wl_…") or a function giving the current access token (asked on every request) */
  token: string | (() => string | Promise<string>);
  /** most attempts in all, the first included (default 4; 1 turns retries off) */
  maxAttempts?: number;
  /** the fetch to use (default: the global one) */
  fetch?: typeof fetch;
  /** how a retry waits (tests record the waits instead) */
  sleep?: (ms: number) => Promise<void>;
}

/** A Configuration for the generated APIs: `new WorkItemsApi(configuration(options))`. */
export function configuration(options: ClientOptions): Configuration {
  const token = typeof options.token === 'string' ? () => options.token as string : options.token;
  const baseFetch = options.fetch ?? fetch;
  return new Configuration({
    basePath: options.baseUrl.replace(/\/+$/, ''),
    fetchApi: retrying(baseFetch, options.maxAttempts ?? 4, options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))),
    middleware: [{
      pre: async (context) => {
        const headers = new Headers(context.init.headers as HeadersInit);
        headers.set('Authorization', `Bearer ${await token()}`);
        return { url: context.url, init: { ...context.init, headers } };
      },
    }],
  });
}

/** 429 and 503 were not processed: repeat after Retry-After (seconds or HTTP-date), else back off from 500 ms. */
export function retrying(inner: typeof fetch, maxAttempts: number, sleep: (ms: number) => Promise<void>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    for (let attempt = 1; ; attempt++) {
      const response = await inner(input, init);
      if (attempt >= maxAttempts || (response.status !== 429 && response.status !== 503)) return response;
      await sleep(waitMs(response.headers.get('Retry-After'), attempt));
    }
  }) as typeof fetch;
}

export function waitMs(retryAfter: string | null, attempt: number, now: number = Date.now()): number {
  const cap = 60_000;
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Math.min(cap, Number(retryAfter.trim()) * 1000);
  const at = retryAfter ? Date.parse(retryAfter) : NaN;
  if (!Number.isNaN(at)) return Math.min(cap, Math.max(0, at - now));
  return Math.min(cap, 500 * 2 ** (attempt - 1));
}

/** A fresh key for the Idempotency-Key header of a POST; reuse it when you repeat the same request. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** Every item of a list operation, following nextCursor until it is absent or null. */
export async function* pages<T>(fetchPage: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string | null }>): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  errors: { field: string; code: string; message: string }[];
  guards: { type: string; passed: boolean; reason: string }[];
}

/** The problem document of a failed call (status, stable code, field errors, guard reasons). */
export async function problemOf(error: unknown): Promise<Problem | null> {
  if (!(error instanceof ResponseError)) return null;
  const body = await error.response.clone().json().catch(() => ({}));
  return { status: error.response.status, code: body.code, title: body.title, detail: body.detail,
    errors: body.errors ?? [], guards: body.guards ?? [] };
}

/**
 * For webhook receivers: the delivered event if one of the secrets (whsec_…; two while rotating) signed this
 * raw body with these headers (Standard Webhooks); otherwise it throws. Old timestamps are refused.
 */
export function verifyWebhook(secrets: string | string[], headers: Record<string, string>, rawBody: string): any {
  let last: unknown;
  for (const secret of Array.isArray(secrets) ? secrets : [secrets]) {
    try {
      return new Webhook(secret).verify(rawBody, headers);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
