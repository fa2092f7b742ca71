// The hand-written layer over real HTTP: a scripted server on loopback, the generated APIs on top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { configuration, idempotencyKey, pages, problemOf, verifyWebhook, waitMs, WorkspacesApi } from '../src';

const WORKSPACE = { id: '0190f0e2-0000-7000-8000-000000000001', slug: 'acme', name: 'Acme', version: 0,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

async function serve(script: (n: number, req: IncomingMessage) => [number, Record<string, string>, unknown]) {
  const seen: IncomingMessage[] = [];
  let n = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(req);
    const [status, headers, body] = script(++n, req);
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((r) => server.close(r)) };
}

test('a 429 is repeated after Retry-After with the same Idempotency-Key, and the API key is sent', async () => {
  const server = await serve((n) => (n === 1 ? [429, { 'Retry-After': '3' }, { status: 429, code: 'RATE_LIMITED' }] : [201, {}, WORKSPACE]));
  const waits: number[] = [];
  try {
    const api = new WorkspacesApi(configuration({ baseUrl: server.url, token: 'wl_test', sleep: async (ms) => { waits.push(ms); } }));
    const key = idempotencyKey();
    const created = await api.createWorkspace({ workspaceCreate: { slug: 'acme', name: 'Acme' }, idempotencyKey: key });
    assert.equal(created.slug, 'acme');
    assert.deepEqual(waits, [3000]);
    assert.equal(server.seen.length, 2);
    for (const req of server.seen) {
      assert.equal(req.headers['idempotency-key'], key);
      assert.equal(req.headers.authorization, 'Bearer wl_test');
    }
  } finally {
    await server.close();
  }
});

test('a validation problem is not retried and reads as fields', async () => {
  const server = await serve(() => [400, {}, { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'slug', code: 'PATTERN', message: 'lower-case letters' }] }]);
  try {
    const api = new WorkspacesApi(configuration({ baseUrl: server.url, token: async () => 'token-1', sleep: async () => {} }));
    const failure = await api.createWorkspace({ workspaceCreate: { slug: 'A B', name: 'x' } }).catch((e) => e);
    const problem = await problemOf(failure);
    assert.equal(problem?.code, 'VALIDATION_FAILED');
    assert.deepEqual(problem?.errors.map((e) => e.field), ['slug']);
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});

test('pages follow nextCursor until it is null', async () => {
  const server = await serve((n) => [200, {}, n === 1 ? { items: [WORKSPACE], nextCursor: 'c1' } : { items: [{ ...WORKSPACE, slug: 'beta' }], nextCursor: null }]);
  try {
    const api = new WorkspacesApi(configuration({ baseUrl: server.url, token: 'wl_test' }));
    const slugs: string[] = [];
    for await (const ws of pages((cursor) => api.listWorkspaces({ cursor, limit: 1 }))) slugs.push(ws.slug);
    assert.deepEqual(slugs, ['acme', 'beta']);
    assert.match(server.seen[1].url ?? '', /cursor=c1/);
  } finally {
    await server.close();
  }
});

test('Retry-After as seconds, as an HTTP date, or missing', () => {
  assert.equal(waitMs('12', 1), 12_000);
  assert.equal(waitMs('Wed, 25 Nov 2026 17:00:30 GMT', 1, Date.parse('2026-11-25T17:00:00Z')), 30_000);
  assert.equal(waitMs(null, 3), 2_000);
});

test('webhook deliveries verify with the secret, either secret while rotating, and nothing else', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const other = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
  const body = '{"type":"work_item.created","seq":7,"data":{"key":"ENG-1"}}';
  const now = new Date();
  const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign('msg_1', now, body) };
  assert.equal(verifyWebhook(secret, headers, body).seq, 7);
  assert.equal(verifyWebhook([other, secret], headers, body).data.key, 'ENG-1');
  assert.throws(() => verifyWebhook(other, headers, body));
  assert.throws(() => verifyWebhook(secret, headers, body.replace('7', '8')));
});
