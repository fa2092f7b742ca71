package io.worklane.it.bench;

/** A load of the speed benchmark: its wrk script, the path it loads, and its target as a share of pgbench. */
enum Scenario {
    REST_ITEM("rest-item", "/api/v1/workspaces/bench/work-items/PA-7", 0.16),
    GRAPHQL_ITEM("graphql-item", "/graphql", 0.12),
    GRAPHQL_BOARD("graphql-board", "/graphql", 0.008),
    REST_LIST("rest-list", "/api/v1/workspaces/bench/work-items?project=PC&limit=100", 0.0),
    REST_CREATE("rest-create", "/api/v1/workspaces/bench/work-items", 0.025);

    final String script;
    final String path;
    /** The least requests per second per pgbench transaction per second; 0 where the issue sets none. */
    final double target;

    Scenario(String script, String path, double target) {
        this.script = script;
        this.path = path;
        this.target = target;
    }
}
