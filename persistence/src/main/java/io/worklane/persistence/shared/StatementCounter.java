package io.worklane.persistence.shared;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts the SQL statements run through {@link Sql}: in all, and per unit of work. An HTTP request's
 * statements are tallied on its own Vert.x (duplicated) context, so what a request reports is exactly
 * its own work whatever background jobs (event purge, key flushes, delivery polls) run beside it.
 */
@ApplicationScoped
public class StatementCounter {
    private static final String TALLY = "worklane.sql-statements";
    private static final ThreadLocal<Tally> ON_THREAD = new ThreadLocal<>();
    private final LongAdder total = new LongAdder();

    /** A count of statements that belongs to one unit of work. */
    public static final class Tally {
        private final AtomicInteger statements = new AtomicInteger();

        public int statements() {
            return statements.get();
        }
    }

    void increment() {
        total.increment();
        currentTally().ifPresent(t -> t.statements.incrementAndGet());
    }

    /** Every statement since start-up, of every request and job. */
    public long total() {
        return total.sum();
    }

    /** Starts a tally for the work on the current duplicated context (an HTTP request); empty elsewhere. */
    public static Optional<Tally> startOnContext() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        ContextLocals.put(TALLY, tally);
        return Optional.of(tally);
    }

    /** The tally of the work in progress here: the calling thread's, else the request's context's. */
    public static Optional<Tally> currentTally() {
        Tally onThread = ON_THREAD.get();
        if (onThread != null) {
            return Optional.of(onThread);
        }
        if (!VertxContext.isOnDuplicatedContext()) {
            return Optional.empty();
        }
        Optional<Tally> own = ContextLocals.get(TALLY);
        return own.isPresent() ? own : ContextLocals.getFromParent(TALLY);
    }

    /**
     * Runs {@code work} on the calling thread and answers how many statements it issued from this thread,
     * for callers outside any request (tests of a repository, tools).
     */
    public static <T> Counted<T> counting(Supplier<T> work) {
        Tally tally = new Tally();
        Tally previous = ON_THREAD.get();
        ON_THREAD.set(tally);
        try {
            T result = work.get();
            return new Counted<>(result, tally.statements());
        } finally {
            ON_THREAD.set(previous);
        }
    }

    /** A result and the statements it took. */
    public record Counted<T>(T result, int statements) {
    }
}
