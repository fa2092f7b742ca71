// The views beside the board: each reads what it shows in one GraphQL request and draws it (charts.js).
import { renderBurn, renderGantt, renderHeatmap } from './charts.js';
import { BUDGET_BURN, SCHEDULE, WORKLOAD } from './queries.js';

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The Monday of this week and seven weeks after it: the heatmap's eight columns. */
function weeks(now = Date.now()) {
  const today = Math.floor(now / DAY) * DAY;
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  return { from: iso(monday), to: iso(monday + 55 * DAY) };
}

const LOADERS = {
  async workload({ api, workspace, root }) {
    const data = await api.graphql(WORKLOAD, { workspace, ...weeks() });
    renderHeatmap(root, data.workspace.workload);
  },
  async budget({ api, workspace, project, root }) {
    const data = await api.graphql(BUDGET_BURN, { workspace, project });
    renderBurn(root, data.workspace.budgets);
  },
  async schedule({ api, workspace, project, root }) {
    const data = await api.graphql(SCHEDULE, { workspace, project });
    renderGantt(root, data.workspace.project);
  },
};

export function loadDashboard(name, context) {
  return LOADERS[name](context);
}
