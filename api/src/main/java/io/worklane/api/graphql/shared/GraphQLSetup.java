package io.worklane.api.graphql.shared;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes over error handling and query limits when SmallRye builds the GraphQL engine. The limits stay
 * SmallRye's own settings, {@code quarkus.smallrye-graphql.instrumentation-query-depth} and
 * {@code ...-query-complexity}; complexity is measured as {@link QueryCost} (with {@code first}
 * multipliers), not as a field count. This replaces SmallRye's instrumentation chain with one
 * {@link OperationInstrumentation} but keeps SmallRye's document cache in it: the cache is also the engine's
 * {@code PreparsedDocumentProvider} and stores a document only when its own validation hook runs. The first
 * link records operation times and costs ({@link GraphQLMetrics}, a CDI bean: this service is made by
 * SmallRye, not by CDI). Plain properties are read without SmallRye's per-field context
 * ({@link PlainProperties}). ADR 0087 says what is taken over and why.
 * <p>
 * A service of SmallRye's own (META-INF/services), always on, rather than an observer of the CDI event
 * it fires when {@code quarkus.smallrye-graphql.events.enabled} is set: that setting also fires CDI
 * events around every data fetch, which cost an eighth of the CPU of a GraphQL load (issue #19).
 */
public class GraphQLSetup implements EventingService {
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLMetrics metrics = Arc.container().instance(GraphQLMetrics.class).get();
        Config config = Config.get();
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(metrics);
        config.getQueryDepthInstrumentation().ifPresent(depth -> chain.add(QueryLimits.maxDepth(depth)));
        chain.add(new QueryLimits(config.getQueryComplexityInstrumentation().orElse(Integer.MAX_VALUE), metrics));
        // before the engine below is built: building one fixes the execution strategies with the handler set then
        builder.defaultDataFetcherExceptionHandler(new ErrorHandler());
        GraphQL smallRyes = builder.build();
        documentCache(smallRyes).ifPresent(chain::add);
        return builder.schema(PlainProperties.install(smallRyes.getGraphQLSchema(),
                        "default".equals(config.getFieldVisibility())))
                .instrumentation(new OperationInstrumentation(chain));
    }

    /** SmallRye's document cache, as set on the builder (which has no getters: read off an engine built from it). */
    private static Optional<Instrumentation> documentCache(GraphQL smallRyes) {
        return smallRyes.getPreparsedDocumentProvider() instanceof Instrumentation cache
                ? Optional.of(cache) : Optional.empty();
    }
}
