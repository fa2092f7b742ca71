package io.worklane.api.graphql.shared;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.ExecutionContext;

/**
 * A static estimate of what a query may return, computed before it runs: every selected field
 * counts 1, multiplied by the {@code first} of each connection around it (50 when not given).
 * {@code workspace { workItems(first: 100) { edges { node { id title } } } }} costs
 * 1 + 100 × (1 + 1 + 2) = 401. Lists without {@code first} (assignees, children, comments) count once.
 */
final class QueryCost {
    static final FieldComplexityCalculator FIELD = QueryCost::field;

    private QueryCost() {
    }

    static int of(ExecutionContext context) {
        return QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(FIELD)
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .variables(context.getCoercedVariables())
                .build()
                .calculate();
    }

    private static int field(FieldComplexityEnvironment env, int childrenCost) {
        long cost = 1L + (long) childrenCost * multiplier(env);
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    private static int multiplier(FieldComplexityEnvironment env) {
        if (env.getFieldDefinition().getArgument("first") == null) {
            return 1;
        }
        Object first = env.getArguments().get("first");
        return first instanceof Number n ? Math.max(n.intValue(), 1) : Paging.DEFAULT_FIRST;
    }
}
