// Who the app acts as: a pasted API key, or a person signed in with Keycloak (authorization code + PKCE S256,
// public client worklane-web). Tokens live in sessionStorage: gone when the tab closes.
const KEY = 'worklane.auth';

export function createAuth(config) {
  const kc = config.keycloak;
  const realmUrl = kc ? `${kc.url}/realms/${kc.realm}/protocol/openid-connect` : null;
  const redirectUri = location.origin + location.pathname;
  let state = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  const save = (s) => { state = s; s ? sessionStorage.setItem(KEY, JSON.stringify(s)) : sessionStorage.removeItem(KEY); };

  async function signInWithKeycloak() {
    const verifier = randomString(48);
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const nonce = randomString(16);
    sessionStorage.setItem('worklane.pkce', JSON.stringify({ verifier, nonce }));
    const query = new URLSearchParams({ client_id: kc.clientId, response_type: 'code', scope: 'openid',
      redirect_uri: redirectUri, state: nonce, code_challenge: challenge, code_challenge_method: 'S256' });
    location.assign(`${realmUrl}/auth?${query}`);
  }

  // Back from Keycloak with ?code=…: exchange it (with the verifier only this tab knows) for tokens.
  async function completeSignIn() {
    const params = new URLSearchParams(location.search);
    const pkce = JSON.parse(sessionStorage.getItem('worklane.pkce') || 'null');
    if (!params.has('code') || !pkce || params.get('state') !== pkce.nonce) return false;
    sessionStorage.removeItem('worklane.pkce');
    history.replaceState(null, '', redirectUri);
    await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri,
      client_id: kc.clientId, code_verifier: pkce.verifier });
    return true;
  }

  async function tokenRequest(form) {
    const response = await fetch(`${realmUrl}/token`, { method: 'POST', body: new URLSearchParams(form) });
    if (!response.ok) { save(null); throw new Error('Your sign-in has ended. Please sign in again.'); }
    const t = await response.json();
    save({ kind: 'oidc', accessToken: t.access_token, refreshToken: t.refresh_token,
      expiresAt: Date.now() + t.expires_in * 1000, name: claims(t.access_token).email });
  }

  // One renewal at a time: the requests that find the token stale together all wait for the same refresh.
  let renewing = null;
  function renew() {
    renewing ??= refresh().finally(() => { renewing = null; });
    return renewing;
  }
  async function refresh() {
    if (state?.kind !== 'oidc' || !state.refreshToken) { save(null); return false; }
    try {
      await tokenRequest({ grant_type: 'refresh_token', refresh_token: state.refreshToken, client_id: kc.clientId });
      return true;
    } catch { return false; }
  }

  return {
    signedIn: () => state !== null,
    who: () => (state?.kind === 'oidc' ? state.name : 'API key ' + state?.token?.slice(0, 10) + '…'),
    useApiKey: (token) => save({ kind: 'key', token }),
    signInWithKeycloak,
    completeSignIn,
    signOut: () => save(null),
    // The bearer for the next request; an access token close to expiry is renewed first. Null means "sign in
    // again" (no session, or the refresh token was refused: session ended or revoked).
    async token() {
      if (!state) return null;
      if (state.kind === 'key') return state.token;
      if (Date.now() > state.expiresAt - 30_000 && !(await renew())) return null;
      return state.accessToken;
    },
    // After a 401: renew once with the refresh token; false means "sign in again".
    renew,
  };
}

function randomString(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(buffer) {
  return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function claims(jwt) {
  return JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
}
