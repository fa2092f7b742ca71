package io.worklane.api.graphql.shared;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The engine's one instrumentation: its links (metrics, limits, SmallRye's document cache) act per operation
 * only (validation, the operation's start, its result). graphql-java's ChainedInstrumentation asks every link
 * about every field and every object, and building those per-field contexts was an eighth of the CPU of a
 * board query (issue #19); as a {@link SimplePerformantInstrumentation} this one answers "nothing" per field,
 * which graphql-java skips (ADR 0087).
 */
final class OperationInstrumentation extends SimplePerformantInstrumentation {
    private final List<Instrumentation> links;

    OperationInstrumentation(List<Instrumentation> links) {
        this.links = List.copyOf(links);
    }

    /** Each link's own state, by position. */
    private record States(List<InstrumentationState> each) implements InstrumentationState {
        InstrumentationState of(int link) {
            return each.get(link);
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        List<InstrumentationState> each = new ArrayList<>(links.size());
        links.forEach(link -> each.add(link.createState(parameters)));
        return new States(each);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters p,
                                                                         InstrumentationState state) {
        return all(state, (link, own) -> link.beginValidation(p, own));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters p,
                                                                         InstrumentationState state) {
        return all(state, (link, own) -> link.beginExecuteOperation(p, own));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters p,
                                                                        InstrumentationState state) {
        CompletableFuture<ExecutionResult> outcome = CompletableFuture.completedFuture(result);
        for (int i = 0; i < links.size(); i++) {
            Instrumentation link = links.get(i);
            InstrumentationState own = ((States) state).of(i);
            outcome = outcome.thenCompose(r -> link.instrumentExecutionResult(r, p, own));
        }
        return outcome;
    }

    /** Every link's context for one step, told of the step's end together. */
    private <T> InstrumentationContext<T> all(InstrumentationState state,
                                              BiFunction<Instrumentation, InstrumentationState, InstrumentationContext<T>> begin) {
        List<InstrumentationContext<T>> contexts = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            InstrumentationContext<T> context = begin.apply(links.get(i), ((States) state).of(i));
            if (context != null) {
                contexts.add(context);
            }
        }
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                contexts.forEach(InstrumentationContext::onDispatched);
            }

            @Override
            public void onCompleted(T result, Throwable t) {
                contexts.forEach(c -> c.onCompleted(result, t));
            }
        };
    }
}
