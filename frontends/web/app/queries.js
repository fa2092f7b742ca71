// The GraphQL reads behind the dashboards, one request each (the same shapes as graphql-schema/examples).
export const WORKLOAD = `query Workload($workspace: String!, $from: Date!, $to: Date!) {
  workspace(idOrSlug: $workspace) {
    workload(from: $from, to: $to, granularity: WEEK) {
      from to
      resources { resource { id name } periods { start capacityMinutes allocatedMinutes overallocated } }
    }
  }
}`;

export const BUDGET_BURN = `query BudgetBurn($workspace: String!, $project: String!) {
  workspace(idOrSlug: $workspace) {
    budgets(project: $project) {
      id currency
      summary { asOf cpi planned { amount } actual { amount } eac { amount } months { month planned { amount } actual { amount } } }
    }
  }
}`;

export const SCHEDULE = `query Schedule($workspace: String!, $project: String!) {
  workspace(idOrSlug: $workspace) {
    project(key: $project) {
      key
      schedule { start earliestFinish items { key earlyStart earlyFinish totalFloat critical } }
      workItems(first: 200) { edges { node { key title } } }
    }
  }
}`;
