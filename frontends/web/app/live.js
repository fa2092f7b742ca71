// Live board: GraphQL subscription workItemChanged over graphql-transport-ws. Browsers cannot set headers
// on a WebSocket, so the token goes in connection_init. When the socket drops, it reconnects (backing off)
// and first fills the gap from the REST change feed with the events after the last seq it saw.
const QUERY = 'subscription($w: String, $p: String!) { workItemChanged(workspace: $w, projectKey: $p) { seq type data } }';

export function subscribeToBoard({ config, auth, api, workspace, project, onChange, onStatus }) {
  let socket;
  let lastSeq = null;
  let closed = false;
  let attempt = 0;
  let connectedBefore = false;

  async function connect() {
    const url = config.apiBase.replace(/^http/, 'ws') + '/graphql';
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = async () => {
      const token = await auth.token();
      if (!token) { closed = true; socket.close(); onStatus('signed out'); return; } // the app asks to sign in again
      socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
    };
    socket.onmessage = async (message) => {
      const m = JSON.parse(message.data);
      if (m.type === 'connection_ack') {
        attempt = 0;
        // after a drop: replay what was missed, or reload when nothing was seen yet to count from
        if (connectedBefore) await (lastSeq !== null ? fillGap() : onChange({ type: 'resync' }));
        connectedBefore = true;
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { w: workspace, p: project } } }));
        onStatus('live');
      } else if (m.type === 'next' && m.payload.data) {
        const event = m.payload.data.workItemChanged;
        lastSeq = Math.max(lastSeq ?? 0, event.seq);
        onChange(event);
      } else if (m.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    };
    socket.onclose = () => {
      if (closed) return;
      onStatus('reconnecting…');
      const wait = Math.min(30_000, 500 * 2 ** attempt++);
      setTimeout(connect, wait);
    };
  }

  // Events committed while disconnected, in seq order, from the change feed.
  async function fillGap() {
    const page = await api.eventsAfter(workspace, lastSeq);
    for (const event of page.items.filter((e) => e.type.startsWith('work_item.'))) {
      lastSeq = Math.max(lastSeq, event.seq);
      onChange(event);
    }
  }

  connect();
  return {
    close() { closed = true; socket?.close(); },
    drop() { socket?.close(); }, // for trying the reconnection by hand
  };
}
