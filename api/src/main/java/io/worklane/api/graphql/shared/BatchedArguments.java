package io.worklane.api.graphql.shared;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SmallRye loads all occurrences of a batched field in one request with the arguments of the first
 * occurrence. A query that uses a batched field with different arguments (two aliases of
 * Project.workItems with different filters) would get wrong answers, so it is refused instead.
 */
final class BatchedArguments {
    /** Type.field of every batch resolver that takes arguments. */
    static final Set<String> FIELDS = Set.of("Project.workItems", "WorkItem.activity", "AutomationRule.runs",
            "Webhook.deliveries", "WorkItem.attachments", "WorkItem.commentsConnection", "WorkItem.childrenConnection",
            "WorkItem.timeEntriesConnection", "WorkItem.approvalsConnection", "KeyResult.checkIns");

    private BatchedArguments() {
    }

    static void check(ExecutionContext context) {
        Map<String, Set<Map<String, Object>>> used = new LinkedHashMap<>();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        String field = env.getFieldsContainer().getName() + "." + env.getFieldDefinition().getName();
                        if (FIELDS.contains(field)) {
                            used.computeIfAbsent(field, f -> new HashSet<>()).add(env.getArguments());
                        }
                    }
                });
        used.forEach((field, arguments) -> {
            if (arguments.size() > 1) {
                throw new AbortExecutionException(List.of(ErrorTranslation.queryRefused("CONFLICTING_ARGUMENTS",
                        field + " is used with different arguments in one query, which it cannot answer "
                                + "correctly. Use the same arguments everywhere, or send separate queries.")));
            }
        });
    }
}
