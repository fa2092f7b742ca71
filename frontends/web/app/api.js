// The REST API as the app uses it: bearer auth, problem documents turned into errors a person can read,
// a renewed token after a 401 (or a request to sign in again).
export class Problem extends Error {
  constructor(status, body) {
    super(describe(status, body));
    this.status = status;
    this.code = body.code;
    this.errors = body.errors || [];
    this.guards = body.guards || [];
  }
}

function describe(status, body) {
  if (status === 412) return 'Someone changed this in the meantime. Reload to see their change, then try again.';
  if (body.code === 'GUARD_FAILED') {
    const blocking = (body.guards || []).filter((g) => !g.passed).map((g) => `• ${g.reason}`);
    return `This move is not allowed yet:\n${blocking.join('\n')}`;
  }
  if (status === 401) return 'Your sign-in has ended. Please sign in again.';
  if (status === 403) return `You may not do this (${body.detail || body.title}).`;
  return body.detail || body.title || `The server answered ${status}.`;
}

export function createApi(config, auth, onSignedOut) {
  // The answer's body and its ETag (for If-Match on a later change).
  async function send(method, path, body, headers = {}, retried = false) {
    const token = await auth.token();
    if (!token) { onSignedOut(); throw new Problem(401, {}); }
    const response = await fetch(config.apiBase + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status === 401 && !retried && (await auth.renew())) return send(method, path, body, headers, true);
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (response.status === 401) onSignedOut();
    if (!response.ok) throw new Problem(response.status, json || {});
    return { json, etag: response.headers.get('ETag') };
  }
  const request = async (...args) => (await send(...args)).json;
  const ws = (slug) => `/api/v1/workspaces/${encodeURIComponent(slug)}`;
  return {
    workspaces: () => request('GET', '/api/v1/workspaces?limit=200'),
    projects: (w) => request('GET', `${ws(w)}/projects?limit=200`),
    project: (w, key) => request('GET', `${ws(w)}/projects/${key}`),
    workflow: (w, id) => request('GET', `${ws(w)}/workflows/${id}`),
    workItems: (w, project) => request('GET', `${ws(w)}/work-items?project=${project}&limit=200`),
    createWorkItem: (w, body) => request('POST', `${ws(w)}/work-items`, body, { 'Idempotency-Key': crypto.randomUUID() }),
    transition: (w, key, to) => request('POST', `${ws(w)}/work-items/${key}/transitions`, { to }),
    eventsAfter: (w, seq) => request('GET', `${ws(w)}/events?afterSeq=${seq}&limit=200`),
    item: (w, key) => send('GET', `${ws(w)}/work-items/${key}`),
    // If-Match: the change applies only to the version the person saw; else 412 "someone changed this"
    rename: (w, key, title, etag) => request('PATCH', `${ws(w)}/work-items/${key}`, { title }, { 'If-Match': etag }),
    transitions: (w, key) => request('GET', `${ws(w)}/work-items/${key}/transitions`),
    comments: (w, key) => request('GET', `${ws(w)}/work-items/${key}/comments?limit=200`),
    comment: (w, key, body) => request('POST', `${ws(w)}/work-items/${key}/comments`, { body }, { 'Idempotency-Key': crypto.randomUUID() }),
    activity: (w, key) => request('GET', `${ws(w)}/work-items/${key}/activity?limit=50`),
    graphql: async (query, variables) => {
      const answer = await request('POST', '/graphql', { query, variables });
      if (answer.errors?.length) throw new Problem(400, { code: answer.errors[0].extensions?.code, detail: answer.errors.map((e) => e.message).join(' ') });
      return answer.data;
    },
  };
}
