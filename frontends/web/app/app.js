// The reference web app: only Worklane's public APIs (REST, GraphQL subscriptions) and Keycloak's standard
// endpoints; no build step, plain ES modules that any static web server can host (config.json beside it).
import { createAuth } from './auth.js';
import { createApi, Problem } from './api.js';
import { renderBoard } from './board.js';
import { subscribeToBoard } from './live.js';
import { renderItem } from './item.js';
import { loadDashboard } from './dashboards.js';

const $ = (id) => document.getElementById(id);
const config = await (await fetch('config.json')).json();
const auth = createAuth(config);
const api = createApi(config, auth, () => showSignIn('Your sign-in has ended. Please sign in again.'));
const view = { workspace: null, project: null, workflow: null, live: null };

// A message, with a button for what to do about it when there is one (e.g. "Reload").
function show(message, action) {
  $('message').replaceChildren(message);
  if (action) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label });
    button.onclick = action.run;
    $('message').append(' ', button);
  }
  $('message').hidden = !message;
}

function showSignIn(message) {
  view.live?.close();
  ['chooser', 'views', 'create', 'board', 'item', 'dashboard'].forEach((id) => ($(id).hidden = true));
  $('sign-in').hidden = false;
  $('session').textContent = '';
  show(message || '');
}

async function start() {
  try {
    await auth.completeSignIn();
  } catch (e) {
    show(e.message);
  }
  if (!auth.signedIn()) return showSignIn();
  $('sign-in').hidden = true;
  $('session').replaceChildren(`Signed in (${auth.who()}) `, signOutButton());
  $('chooser').hidden = false;
  await guard(loadWorkspaces);
}

function signOutButton() {
  const button = document.createElement('button');
  button.textContent = 'Sign out';
  button.onclick = () => { auth.signOut(); showSignIn(); };
  return button;
}

async function loadWorkspaces() {
  const { items } = await api.workspaces();
  fill($('workspace'), items.map((w) => [w.slug, w.name]));
  if (items.length) await chooseWorkspace(items[0].slug);
  else show('You are not a member of any workspace yet. Ask a workspace admin to add you.');
}

async function chooseWorkspace(slug) {
  view.workspace = slug;
  const { items } = await api.projects(slug);
  fill($('project'), items.map((p) => [p.key, `${p.key} — ${p.name}`]));
  if (items.length) await chooseProject(items[0].key);
}

async function chooseProject(key) {
  view.project = key;
  const project = await api.project(view.workspace, key);
  view.workflow = await api.workflow(view.workspace, project.workflow);
  $('views').hidden = false;
  $('item').hidden = true;
  await showView('board');
  view.live?.close();
  view.live = subscribeToBoard({ config, auth, api, workspace: view.workspace, project: key,
    onChange: () => refresh(), onStatus: (s) => ($('live-status').textContent = s) });
  window.worklaneLive = view.live;
}

async function refresh() {
  const { items } = await api.workItems(view.workspace, view.project);
  renderBoard($('board'), { workflow: view.workflow, items, onMove: (k, to) => guard(() => move(k, to)),
    onOpen: (k) => guard(() => openItem(k)) });
}

async function openItem(key) {
  const w = view.workspace;
  const [{ json: item, etag }, transitions, comments, activity] = await Promise.all([api.item(w, key),
    api.transitions(w, key), api.comments(w, key), api.activity(w, key)]);
  renderItem($('item'), { item, transitions, comments, activity,
    onRename: (title) => guard(() => rename(key, title, etag)),
    onMove: (k, to) => guard(async () => { await move(k, to); await openItem(k); }),
    onComment: (body) => guard(async () => { await api.comment(w, key, body); await openItem(key); }),
    onClose: () => ($('item').hidden = true) });
}

// Sent with the ETag the page was drawn from: if someone changed the item since, nothing is overwritten (412)
// and the person is offered a reload.
async function rename(key, title, etag) {
  show('');
  try {
    await api.rename(view.workspace, key, title, etag);
  } catch (e) {
    if (!(e instanceof Problem) || e.status !== 412) throw e;
    return show(e.message, { label: 'Reload', run: () => guard(async () => { show(''); await openItem(key); }) });
  }
  await Promise.all([openItem(key), refresh()]);
}

async function showView(name) {
  show('');
  document.querySelectorAll('#views button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === name)));
  $('board').hidden = $('create').hidden = name !== 'board';
  $('dashboard').hidden = name === 'board';
  if (name === 'board') return refresh();
  await loadDashboard(name, { api, workspace: view.workspace, project: view.project, root: $('dashboard') });
}

async function move(key, to) {
  show('');
  await api.transition(view.workspace, key, to);
  await refresh();
}

async function create(event) {
  event.preventDefault();
  document.querySelectorAll('.field-error').forEach((e) => (e.textContent = ''));
  document.querySelectorAll('#create-form [aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  show('');
  try {
    await api.createWorkItem(view.workspace, { project: view.project, title: $('new-title').value });
    $('new-title').value = '';
    await refresh();
  } catch (e) {
    if (!(e instanceof Problem) || !e.errors.length) throw e;
    for (const error of e.errors) {
      const slot = document.querySelector(`.field-error[data-field="${error.field}"]`);
      if (slot) {
        slot.textContent = error.message;
        document.querySelector(`#create-form [aria-describedby="${slot.id}"]`)?.setAttribute('aria-invalid', 'true');
      }
      else show(`${error.field}: ${error.message}`);
    }
  }
}

// Every failure becomes a message a person understands (problem documents are already phrased by api.js).
async function guard(action) {
  try {
    await action();
  } catch (e) {
    show(e instanceof Problem ? e.message : `Something went wrong: ${e.message}`);
  }
}

function fill(select, options) {
  select.replaceChildren(...options.map(([value, label]) => Object.assign(document.createElement('option'), { value, textContent: label })));
}

$('sign-in-keycloak').onclick = () => auth.signInWithKeycloak();
$('api-key-form').onsubmit = (e) => { e.preventDefault(); auth.useApiKey($('api-key').value.trim()); start(); };
$('workspace').onchange = (e) => guard(() => chooseWorkspace(e.target.value));
$('project').onchange = (e) => guard(() => chooseProject(e.target.value));
$('create-form').onsubmit = (e) => guard(() => create(e));
document.querySelectorAll('#views button').forEach((b) => (b.onclick = () => guard(() => showView(b.dataset.view))));
start();
