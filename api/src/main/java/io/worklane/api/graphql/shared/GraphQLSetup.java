package io.worklane.api.graphql.shared;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.config.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes over error handling and query limits when SmallRye builds the GraphQL engine (needs
 * {@code quarkus.smallrye-graphql.events.enabled}). The limits stay SmallRye's own settings,
 * {@code quarkus.smallrye-graphql.instrumentation-query-depth} and {@code ...-query-complexity};
 * complexity is measured as {@link QueryCost} (with {@code first} multipliers), not as a field count.
 * This replaces SmallRye's instrumentation chain, which holds nothing else in this application; the
 * first link records operation times and costs ({@link GraphQLMetrics}).
 */
@ApplicationScoped
public class GraphQLSetup {
    void configure(@Observes GraphQL.Builder builder, GraphQLMetrics metrics) {
        Config config = Config.get();
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(metrics);
        config.getQueryDepthInstrumentation().ifPresent(depth -> chain.add(QueryLimits.maxDepth(depth)));
        chain.add(new QueryLimits(config.getQueryComplexityInstrumentation().orElse(Integer.MAX_VALUE), metrics));
        builder.instrumentation(new ChainedInstrumentation(chain))
                .defaultDataFetcherExceptionHandler(new ErrorHandler());
    }
}
