package io.worklane.api.graphql.shared;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import java.util.List;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * GraphQL operations as metrics: {@code worklane_graphql_operations_seconds} by operation type and
 * outcome (from the parsed document to the result; for a subscription, its setup) and
 * {@code worklane_graphql_cost} by type (the estimate that {@link QueryLimits} also reports), and
 * {@code worklane_graphql_documents_validated_total}: documents parsed and validated, which the document cache
 * spares for a document seen before (ADR 0087), so it grows with new documents, not with requests. Meters
 * are made once: recording allocates nothing. Operation names are the client's choice, so they are not
 * tags (their number would be unbounded).
 */
@Singleton
@Startup
public class GraphQLMetrics extends SimplePerformantInstrumentation {
    private final Map<OperationDefinition.Operation, Timer> succeeded = new EnumMap<>(OperationDefinition.Operation.class);
    private final Map<OperationDefinition.Operation, Timer> failed = new EnumMap<>(OperationDefinition.Operation.class);
    private final Map<OperationDefinition.Operation, DistributionSummary> costs =
            new EnumMap<>(OperationDefinition.Operation.class);
    private final Counter validated;

    GraphQLMetrics(MeterRegistry registry) {
        validated = Counter.builder("worklane.graphql.documents.validated")
                .description("GraphQL documents parsed and validated (a cached document is not)").register(registry);
        // made at start, not with the engine (built on the first request), so the series exist from the first scrape
        for (OperationDefinition.Operation type : OperationDefinition.Operation.values()) {
            String tag = type.name().toLowerCase(java.util.Locale.ROOT);
            succeeded.put(type, timer(registry, tag, "ok"));
            failed.put(type, timer(registry, tag, "errors"));
            costs.put(type, DistributionSummary.builder("worklane.graphql.cost").tag("type", tag)
                    .description("Estimated cost of GraphQL operations (fields times the page sizes above them)")
                    .serviceLevelObjectives(10, 100, 1_000, 10_000, 100_000).register(registry));
        }
    }

    private static Timer timer(MeterRegistry registry, String type, String outcome) {
        return Timer.builder("worklane.graphql.operations").tag("type", type).tag("outcome", outcome)
                .description("Time of GraphQL operations, from the parsed document to the result").register(registry);
    }

    /** Called by {@link QueryLimits} with the estimate it computed anyway. */
    void cost(OperationDefinition.Operation type, int estimated) {
        costs.get(type).record(estimated);
    }

    private static final class Started implements InstrumentationState {
        private final long at = System.nanoTime();
        private volatile OperationDefinition.Operation type;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started();
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters p,
                                                                         InstrumentationState state) {
        validated.increment();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters p,
                                                                         InstrumentationState state) {
        ((Started) state).type = p.getExecutionContext().getOperationDefinition().getOperation();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters p,
                                                                        InstrumentationState state) {
        if (state instanceof Started started && started.type != null) {
            Timer timer = (result.getErrors().isEmpty() ? succeeded : failed).get(started.type);
            timer.record(System.nanoTime() - started.at, TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(result);
    }
}
