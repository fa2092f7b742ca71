// The dashboards: a workload heatmap (resources × weeks, over-allocation marked), a budget burn chart
// (planned, actual and EAC, cumulative by month) and a Gantt chart of the critical-path schedule. Each
// chart is drawn in SVG and also given as a table, so that it reads without sight and from the keyboard.
import { el } from './dom.js';

export function renderHeatmap(root, workload) {
  const weeks = workload.resources[0]?.periods.map((p) => p.start) ?? [];
  const table = el('table', { className: 'heatmap', id: 'heatmap' });
  const head = el('tr');
  head.append(el('th', { scope: 'col' }, 'Resource'), ...weeks.map((w) => el('th', { scope: 'col' }, `Week of ${w}`)));
  table.append(el('caption', {}, `Allocated ÷ capacity, ${workload.from} to ${workload.to}`), head);
  for (const row of workload.resources) {
    const tr = el('tr', { 'data-resource': row.resource.name });
    tr.append(el('th', { scope: 'row' }, row.resource.name), ...row.periods.map(cell));
    table.append(tr);
  }
  root.replaceChildren(el('h2', {}, 'Workload'), table);
}

function cell(period) {
  const ratio = period.capacityMinutes > 0 ? period.allocatedMinutes / period.capacityMinutes : 0;
  const hours = (m) => Math.round(Number(m) / 60);
  const text = `${hours(period.allocatedMinutes)} / ${hours(period.capacityMinutes)} h${period.overallocated ? ' over' : ''}`;
  const td = el('td', { className: period.overallocated ? 'over' : '', 'data-week': period.start }, text);
  td.style.background = `hsl(${Math.max(0, 120 - 120 * Math.min(ratio, 1.2))}, 70%, ${95 - 35 * Math.min(ratio, 1)}%)`;
  return td;
}

export function renderBurn(root, budgets) {
  root.replaceChildren(el('h2', {}, 'Budget burn'));
  if (!budgets.length) return root.append(el('p', {}, 'This project has no budget.'));
  for (const budget of budgets) {
    root.append(budget.summary.months.length > 1 ? burnChart(budget)
      : el('p', {}, 'No monthly plan to draw yet: spread the budget lines over months (phases).'), burnTable(budget));
  }
}

function burnChart(budget) {
  const months = budget.summary.months;
  let planned = 0, actual = 0;
  const points = months.map((m) => ({ month: m.month, planned: (planned += +m.planned.amount), actual: (actual += +m.actual.amount) }));
  const eac = budget.summary.eac ? +budget.summary.eac.amount : null;
  const top = Math.max(planned, actual, eac ?? 0, 1);
  const x = (i) => 40 + (i * 520) / Math.max(points.length - 1, 1);
  const y = (v) => 190 - (v * 170) / top;
  const line = (key, cls) => el('polyline', { class: cls, points: points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ') });
  const svg = el('svg', { viewBox: '0 0 600 210', role: 'img', 'aria-labelledby': `burn-${budget.id}`, class: 'burn' });
  svg.append(el('title', { id: `burn-${budget.id}` }, `Planned, actual and EAC in ${budget.currency}`), line('planned', 'planned'), line('actual', 'actual'));
  if (eac !== null) svg.append(el('line', { class: 'eac', x1: 40, x2: 560, y1: y(eac), y2: y(eac) }));
  return svg;
}

function burnTable(budget) {
  const s = budget.summary;
  const table = el('table', { className: 'burn-figures', id: `burn-figures-${budget.id}` });
  table.append(el('caption', {}, `Budget in ${budget.currency} as of ${s.asOf}`));
  for (const [label, value] of [['Planned', s.planned.amount], ['Actual', s.actual.amount], ['EAC', s.eac?.amount ?? '—'],
    ['CPI', s.cpi ?? '—']]) {
    const tr = el('tr');
    tr.append(el('th', { scope: 'row' }, label), el('td', { 'data-figure': label }, value));
    table.append(tr);
  }
  return table;
}

export function renderGantt(root, project) {
  const items = project.schedule.items;
  const titles = Object.fromEntries(project.workItems.edges.map((e) => [e.node.key, e.node.title]));
  const day = (d) => Date.parse(d) / 86_400_000;
  const start = day(project.schedule.start);
  const span = Math.max(day(project.schedule.earliestFinish) - start + 1, 1);
  const svg = el('svg', { viewBox: `0 0 600 ${items.length * 24 + 10}`, role: 'img', 'aria-labelledby': 'gantt-title', class: 'gantt' });
  svg.append(el('title', { id: 'gantt-title' }, `Schedule of ${project.key}, critical path in red`));
  items.forEach((it, i) => {
    const x = 150 + ((day(it.earlyStart) - start) * 440) / span;
    const width = Math.max(((day(it.earlyFinish) - day(it.earlyStart) + 1) * 440) / span, 2);
    svg.append(el('text', { x: 4, y: i * 24 + 20 }, it.key),
      el('rect', { x, y: i * 24 + 6, width, height: 16, class: it.critical ? 'critical' : 'bar', 'data-key': it.key }));
  });
  const table = el('table', { className: 'gantt-items', id: 'gantt-items' });
  table.append(el('caption', {}, `Earliest finish ${project.schedule.earliestFinish}`));
  for (const it of items) {
    const tr = el('tr', { 'data-key': it.key, className: it.critical ? 'critical' : '' });
    tr.append(el('th', { scope: 'row' }, `${it.key} ${titles[it.key] ?? ''}`), el('td', {}, `${it.earlyStart} → ${it.earlyFinish}`),
      el('td', {}, it.critical ? 'critical' : `${it.totalFloat} days float`));
    table.append(tr);
  }
  root.replaceChildren(el('h2', {}, 'Schedule'), svg, table);
}
