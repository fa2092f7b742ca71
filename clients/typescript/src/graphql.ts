// GraphQL over the same thin layer as REST: the bearer token, retries that honour Retry-After, and
// errors carrying Worklane's stable codes. Operations are typed documents (generated-graphql/), so a
// call's variables and result are checked by the compiler.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ClientOptions, retrying } from './http';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; errors?: { field: string; code: string; message: string }[]; [k: string]: unknown };
}

/** A GraphQL answer with errors (or an HTTP failure): the first error's code, and every error. */
export class GraphQLRequestError extends Error {
  constructor(readonly status: number, readonly errors: GraphQLErrorEntry[], readonly data: unknown) {
    super(errors.map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message)).join('; '));
    this.name = 'GraphQLRequestError';
  }

  /** e.g. WORK_ITEM_NOT_FOUND, CONFLICT, VALIDATION_FAILED */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface GraphQLClient {
  /** Runs one operation and answers its data; any error in the answer is thrown as GraphQLRequestError. */
  request<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
    ...variables: TVariables extends Record<string, never> ? [] : [TVariables]): Promise<TResult>;
}

/** A client for POST {baseUrl}/graphql: `await graphqlClient(options).request(BoardDocument, {workspace: 'acme'})`. */
export function graphqlClient(options: ClientOptions): GraphQLClient {
  const token = typeof options.token === 'string' ? () => options.token as string : options.token;
  const send = retrying(options.fetch ?? fetch, options.maxAttempts ?? 4,
    options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))));
  const url = `${options.baseUrl.replace(/\/+$/, '')}/graphql`;
  return {
    async request(document, ...variables) {
      const response = await send(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${await token()}` },
        body: JSON.stringify({ query: document.toString(), variables: variables[0] ?? {} }),
      });
      const body = await response.json().catch(() => ({})) as { data?: any; errors?: GraphQLErrorEntry[]; code?: string; detail?: string };
      if (body.errors?.length) throw new GraphQLRequestError(response.status, body.errors, body.data ?? null);
      if (!response.ok || body.data === undefined) {
        // not a GraphQL answer: a problem document (401, 429 after the last retry, 503)
        throw new GraphQLRequestError(response.status, [{ message: body.detail ?? `HTTP ${response.status}`,
          extensions: { code: body.code } }], null);
      }
      return body.data;
    },
  };
}
