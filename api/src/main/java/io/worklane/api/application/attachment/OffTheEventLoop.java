package io.worklane.api.application.attachment;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;

/**
 * Runs blocking work (files, the S3 client) on a worker thread and comes back on the caller's Vert.x
 * context, where the reactive session of a use case may be used again.
 */
@ApplicationScoped
public class OffTheEventLoop {
    private final Vertx vertx;

    public OffTheEventLoop(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> Uni<T> run(Callable<T> work) {
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(work, false).toCompletionStage());
    }
}
