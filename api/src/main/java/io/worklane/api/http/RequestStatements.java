package io.worklane.api.http;

import io.vertx.ext.web.Router;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.persistence.shared.StatementCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Tallies the SQL statements of each HTTP request on its own context, so that GraphQL can report them
 * in {@code extensions.cost.statements} and, when {@code worklane.diagnostics.sql-statements-header} is
 * on (development and tests), every response carries them in {@value #HEADER}. Background jobs keep
 * their statements out of any request's tally.
 */
@ApplicationScoped
public class RequestStatements {
    public static final String HEADER = "Worklane-Sql-Statements";

    private final boolean header;

    RequestStatements(WorklaneConfig config) {
        this.header = config.diagnostics().sqlStatementsHeader();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            StatementCounter.startOnContext().filter(tally -> header).ifPresent(tally ->
                    context.addHeadersEndHandler(v -> context.response().putHeader(HEADER,
                            Integer.toString(tally.statements()))));
            context.next();
        });
    }

    /** The current request's tally, to read when its work is done; empty outside a request. */
    public static Optional<IntSupplier> ofThisRequest() {
        return StatementCounter.currentTally().map(tally -> tally::statements);
    }
}
