package io.worklane.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the SQL statements of the read side; a test reads it before and after a query. */
@ApplicationScoped
public class StatementCounter {
    private final AtomicLong count = new AtomicLong();

    void increment() {
        count.incrementAndGet();
    }

    public long current() {
        return count.get();
    }
}
