// Typed GraphQL operations over real HTTP: a scripted server on loopback answers like Worklane's /graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { graphql, graphqlClient, GraphQLRequestError } from '../src';

type Answer = [number, Record<string, string>, unknown];

async function serve(script: (n: number, body: any) => Answer) {
  const seen: { headers: IncomingMessage['headers']; url?: string; body: any }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => {
      const body = JSON.parse(text);
      seen.push({ headers: req.headers, url: req.url, body });
      const [status, headers, answer] = script(seen.length, body);
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((r) => server.close(r)) };
}

const BOARD = { workspace: { id: 'w1', name: 'Acme', projects: { edges: [{ node: { id: 'p1', key: 'ENG', name: 'Engineering',
  lead: null, workItems: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: 'c1' }, edges: [{ node: {
    id: 'i1', key: 'ENG-1', title: 'Write the spec', status: 'in_progress', priority: 'HIGH', dueDate: null, assignees: [] } }] } } }] } } };

test('an example operation is sent as its text with typed variables, and its data comes back typed', async () => {
  const server = await serve(() => [200, {}, { data: BOARD }]);
  try {
    const client = graphqlClient({ baseUrl: server.url, token: 'wl_test' });
    const board = await client.request(graphql.BoardDocument, { workspace: 'acme', first: 20 });
    const item = board.workspace?.projects.edges[0].node.workItems.edges[0].node;
    assert.equal(item?.key, 'ENG-1');
    const priority: graphql.Priority | undefined = item?.priority;
    assert.equal(priority, 'HIGH');
    const sent = server.seen[0];
    assert.equal(sent.url, '/graphql');
    assert.equal(sent.headers.authorization, 'Bearer wl_test');
    assert.match(sent.body.query, /^\s*query Board\(\$workspace: String!/m);
    assert.deepEqual(sent.body.variables, { workspace: 'acme', first: 20 });
  } finally {
    await server.close();
  }
});

test('every example of graphql-schema/examples is a typed document', () => {
  const documents = Object.entries(graphql).filter(([name]) => name.endsWith('Document'));
  for (const name of ['BoardDocument', 'CreateWorkItemDocument', 'TransitionWorkItemDocument', 'GanttDocument',
    'PortfolioRollupDocument', 'ProjectHealthDocument', 'LiveBoardDocument', 'WebhooksDocument']) {
    assert.ok(documents.some(([n]) => n === name), `${name} is generated`);
  }
  for (const [name, document] of documents) assert.match(String(document), /^\s*(query|mutation|subscription|fragment) /m, name);
});

test('errors carry the stable code, and a refused transition its guards in the data', async () => {
  const server = await serve(() => [200, {}, { data: { transitionWorkItem: null },
    errors: [{ message: 'Work item ENG-9 does not exist.', path: ['transitionWorkItem'], extensions: { code: 'WORK_ITEM_NOT_FOUND' } }] }]);
  try {
    const client = graphqlClient({ baseUrl: server.url, token: async () => 'token-1' });
    const failure = await client.request(graphql.TransitionWorkItemDocument, { input: { workspace: 'acme', workItem: 'ENG-9', to: 'done' } })
      .catch((e) => e);
    assert.ok(failure instanceof GraphQLRequestError);
    assert.equal(failure.code, 'WORK_ITEM_NOT_FOUND');
    assert.deepEqual(failure.data, { transitionWorkItem: null });
  } finally {
    await server.close();
  }
});

test('a 429 before GraphQL ran is repeated after Retry-After; a problem document is an error with its code', async () => {
  const server = await serve((n) => (n === 1 ? [429, { 'Retry-After': '2' }, { status: 429, code: 'RATE_LIMITED' }]
    : [401, {}, { status: 401, code: 'UNAUTHENTICATED', detail: 'The API key is not valid.' }]));
  const waits: number[] = [];
  try {
    const client = graphqlClient({ baseUrl: server.url, token: 'wl_bad', sleep: async (ms) => { waits.push(ms); } });
    const failure = await client.request(graphql.MyInboxDocument).catch((e) => e);
    assert.deepEqual(waits, [2000]);
    assert.equal(failure.status, 401);
    assert.equal(failure.code, 'UNAUTHENTICATED');
    assert.equal(server.seen.length, 2);
  } finally {
    await server.close();
  }
});

// Compile-time checks: tsc fails the build if the generated types stop guarding these.
export function typeChecks(client: ReturnType<typeof graphqlClient>) {
  // @ts-expect-error the board needs its workspace
  void client.request(graphql.BoardDocument, {});
  // @ts-expect-error first is a number
  void client.request(graphql.BoardDocument, { workspace: 'acme', first: '20' });
}
