// The item page: the item's fields (the title editable, with If-Match), the moves it may make now (each refused
// one with its guards' reasons), its comments with a form to add one, and its activity (who changed what, newest first).
import { el } from './dom.js';

export function renderItem(root, { item, transitions, comments, activity, onMove, onComment, onRename, onClose }) {
  const close = el('button', { type: 'button', className: 'close' }, 'Close');
  close.onclick = onClose;
  root.replaceChildren(
    el('h2', { id: 'item-title', tabIndex: -1 }, `${item.key} ${item.title}`), close,
    rename(item, onRename), facts(item), moves(item, transitions, onMove), discussion(comments, onComment), history(activity));
  root.hidden = false;
  root.querySelector('h2').focus?.();
}

function rename(item, onRename) {
  const form = el('form', { id: 'rename-form' });
  const input = el('input', { id: 'rename-title', name: 'title', value: item.title });
  form.append(el('label', { htmlFor: 'rename-title' }, 'Title'), input, el('button', { type: 'submit' }, 'Save title'));
  form.onsubmit = (e) => { e.preventDefault(); onRename(input.value); };
  return form;
}

function facts(item) {
  const dl = el('dl', { className: 'facts' });
  const rows = [['Status', item.status], ['Priority', item.priority], ['Due', item.dueDate || '—'],
    ['Labels', (item.labels || []).join(', ') || '—'], ['Description', item.description || '—']];
  rows.forEach(([term, value]) => dl.append(el('dt', {}, term), el('dd', {}, value)));
  return dl;
}

function moves(item, transitions, onMove) {
  const section = el('section', { 'aria-labelledby': 'moves-title', id: 'item-moves' });
  section.append(el('h3', { id: 'moves-title' }, 'Move'));
  for (const t of transitions.items) {
    const button = el('button', { type: 'button', 'data-to': t.to }, `${t.name} → ${t.to}`);
    button.onclick = () => onMove(item.key, t.to);
    const reasons = t.guards.filter((g) => !g.passed).map((g) => g.reason);
    if (!t.allowed) button.setAttribute('aria-describedby', `why-${t.to}`);
    section.append(button);
    if (!t.allowed) section.append(el('span', { id: `why-${t.to}`, className: 'why' }, `Not yet: ${reasons.join(' ')}`));
  }
  return section;
}

function discussion(comments, onComment) {
  const section = el('section', { 'aria-labelledby': 'comments-title', id: 'item-comments' });
  const list = el('ol', { className: 'comments' });
  comments.items.forEach((c) => list.append(el('li', {}, `${c.author.name || c.author.id}: ${c.body}`)));
  const form = el('form', { id: 'comment-form' });
  const input = el('textarea', { id: 'comment-body', name: 'body', rows: 2, required: true });
  form.append(el('label', { htmlFor: 'comment-body' }, 'Add a comment'), input, el('button', { type: 'submit' }, 'Comment'));
  form.onsubmit = (e) => { e.preventDefault(); onComment(input.value); };
  section.append(el('h3', { id: 'comments-title' }, `Comments (${comments.items.length})`), list, form);
  return section;
}

function history(activity) {
  const section = el('section', { 'aria-labelledby': 'activity-title', id: 'item-activity' });
  const list = el('ol', { className: 'activity' });
  for (const a of activity.items) {
    const who = a.actor.name || a.actor.id;
    const what = a.field === 'created' ? 'created the item'
      : `changed ${a.field}${a.before !== undefined ? ` from ${show(a.before)}` : ''}${a.after !== undefined ? ` to ${show(a.after)}` : ''}`;
    list.append(el('li', {}, `${new Date(a.occurredAt).toLocaleString()} — ${who} ${what}`));
  }
  section.append(el('h3', { id: 'activity-title' }, 'Activity'), list);
  return section;
}

const show = (v) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
