// Worklane's TypeScript client: the fetch-based client generated from openapi.yaml (generated/), typed
// GraphQL operations generated from graphql-schema/examples (generated-graphql/, sent by graphqlClient), plus the
// thin layer every front end needs: a bearer token (API key or a renewable access token), retries that
// honour Retry-After, Idempotency-Key, paging over nextCursor, problem documents, webhook verification.
import { Configuration, ResponseError } from '../generated';
import { Webhook } from 'standardwebhooks';
import { ClientOptions, retrying } from './http';

export * from '../generated';
export { ClientOptions, retrying, waitMs } from './http';
export { graphqlClient, GraphQLClient, GraphQLErrorEntry, GraphQLRequestError } from './graphql';
/** Typed GraphQL operations, one per file of graphql-schema/examples (e.g. graphql.BoardDocument). */
export * as graphql from '../generated-graphql/operations';

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
