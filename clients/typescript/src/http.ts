// What REST and GraphQL calls share: the options, and retries that honour Retry-After.

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
