package io.worklane.api.graphql.shared;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.worklane.api.http.RequestStatements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.concurrent.CompletableFuture;

/**
 * Before validation, refuses documents with too many aliases ({@link AliasCap}). Before anything runs,
 * refuses queries whose estimated cost ({@link QueryCost}) is above the limit
 * or that use a batched field with different arguments ({@link BatchedArguments}). Reports the
 * estimate and the SQL statements actually run in {@code extensions.cost} of every response, and gives every error of the response a
 * Worklane code (validation and limit errors come from graphql-java without one).
 */
final class QueryLimits extends SimplePerformantInstrumentation {
    private final int maxCost;
    private final GraphQLMetrics metrics;

    QueryLimits(int maxCost, GraphQLMetrics metrics) {
        this.maxCost = maxCost;
        this.metrics = metrics;
    }

    /** graphql-java's depth check, refusing with a Worklane error instead of its own. */
    static Instrumentation maxDepth(int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth, info -> {
            throw new AbortExecutionException(List.of(ErrorTranslation.queryRefused("TOO_DEEP",
                    "The query is " + info.getDepth() + " levels deep; at most " + maxDepth
                            + " are allowed. Split it into several queries.")));
        });
    }

    private static final class Cost implements InstrumentationState {
        private volatile Integer estimated;
        private final Optional<IntSupplier> statements = RequestStatements.ofThisRequest();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Cost();
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters p,
                                                                         InstrumentationState state) {
        guarded(() -> {
            AliasCap.check(p.getDocument());
            return 0;
        });
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters p,
                                                                         InstrumentationState state) {
        int cost = guarded(() -> QueryCost.of(p.getExecutionContext()));
        ((Cost) state).estimated = cost;
        metrics.cost(p.getExecutionContext().getOperationDefinition().getOperation(), cost);
        if (cost > maxCost) {
            throw new AbortExecutionException(List.of(ErrorTranslation.queryRefused("TOO_COSTLY",
                    "The query's estimated cost is " + cost + "; at most " + maxCost
                            + " is allowed. Ask for smaller pages (first) or fewer nested lists.")));
        }
        guarded(() -> {
            BatchedArguments.check(p.getExecutionContext());
            return 0;
        });
        return SimpleInstrumentationContext.noOp();
    }

    /** A failure of the checks themselves refuses the query with INTERNAL_ERROR (logged), not an HTTP 500. */
    private static int guarded(java.util.function.IntSupplier check) {
        try {
            return check.getAsInt();
        } catch (AbortExecutionException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            throw new AbortExecutionException(List.of(ErrorTranslation.ofFailure(e, List.of(), List.of())));
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters p,
                                                                        InstrumentationState state) {
        List<GraphQLError> errors = ErrorTranslation.normaliseAll(result.getErrors());
        Cost cost = (Cost) state;
        return CompletableFuture.completedFuture(result.transform(b -> {
            b.errors(errors);
            if (cost.estimated != null) {
                b.addExtension("cost", reported(cost));
            }
        }));
    }

    /** The estimate, the limit, and the SQL statements the request has actually run (with its authentication). */
    private Map<String, Object> reported(Cost cost) {
        Map<String, Object> reported = new LinkedHashMap<>();
        reported.put("estimated", cost.estimated);
        reported.put("limit", maxCost);
        cost.statements.ifPresent(s -> reported.put("statements", s.getAsInt()));
        return reported;
    }
}
