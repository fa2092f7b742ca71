package io.worklane.api.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The clock of use cases, at PostgreSQL's precision so what is returned equals what is read back later. */
@ApplicationScoped
public class Now {
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
