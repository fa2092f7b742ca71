// The board: one column per workflow state, one card per work item. A card moves by drag and drop, or from
// the keyboard with its "Move to" list; the server decides (transitions with guards) and a refusal is shown.
// Its key opens the item page.
import { el } from './dom.js';

// Re-rendering replaces every card, which would end a drag in progress: an update that changes nothing leaves the
// board as it is, and one that arrives during a drag waits for the drop.
export function renderBoard(root, board) {
  followDrags(root);
  if (root.dragging) {
    root.pending = board;
    return;
  }
  const { workflow, items, onMove, onOpen } = board;
  const signature = JSON.stringify([workflow.states, items]);
  if (signature === root.signature) return;
  root.signature = signature;
  root.replaceChildren(...workflow.states.map((state) => column(state, items.filter((i) => i.status === state.key), workflow, onMove, onOpen)));
}

function followDrags(root) {
  if (root.followsDrags) return;
  root.followsDrags = true;
  root.addEventListener('dragstart', () => { root.dragging = true; });
  root.addEventListener('dragend', () => {
    root.dragging = false;
    const pending = root.pending;
    root.pending = null;
    if (pending) renderBoard(root, pending);
  });
}

function column(state, items, workflow, onMove, onOpen) {
  const section = el('section', { className: 'column', 'data-state': state.key, 'aria-labelledby': `col-${state.key}` });
  const title = el('h2', { id: `col-${state.key}` }, `${state.name} (${items.length})`);
  const list = el('ul');
  items.forEach((item) => list.append(card(item, workflow, onMove, onOpen)));
  section.append(title, list);
  section.addEventListener('dragover', (e) => { e.preventDefault(); section.classList.add('drop-target'); });
  section.addEventListener('dragleave', () => section.classList.remove('drop-target'));
  section.addEventListener('drop', (e) => {
    e.preventDefault();
    section.classList.remove('drop-target');
    const key = e.dataTransfer.getData('text/plain');
    if (key) onMove(key, state.key);
  });
  return section;
}

function card(item, workflow, onMove, onOpen) {
  const li = el('li', { className: 'card', draggable: 'true', tabIndex: 0, 'data-key': item.key, 'aria-label': `${item.key} ${item.title}` });
  li.addEventListener('dragstart', (e) => e.dataTransfer.setData('text/plain', item.key));
  const select = el('select', { 'aria-label': `Move ${item.key} to` });
  select.append(el('option', { value: '' }, 'Move to…'));
  workflow.states.filter((s) => s.key !== item.status).forEach((s) => select.append(el('option', { value: s.key }, s.name)));
  select.addEventListener('change', () => select.value && onMove(item.key, select.value));
  const open = el('button', { type: 'button', className: 'key', 'aria-label': `Open ${item.key}` }, item.key);
  open.onclick = () => onOpen(item.key);
  li.append(open, el('span', {}, item.title), el('br'), select);
  return li;
}
