package io.worklane.api.graphql.shared;

import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * SmallRye GraphQL keeps its execution context in a thread-local that a subscription's executions
 * (run on event-loop threads as events arrive) leave behind. Hibernate Validator's locale resolver
 * then takes a later REST request on that thread for a GraphQL one and fails (a 500 instead of a
 * 400). Every HTTP request starts without it; GraphQL requests set their own.
 */
@ApplicationScoped
public class StaleContextReset {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            context.next();
        });
    }
}
