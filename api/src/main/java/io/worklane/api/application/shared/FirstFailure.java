package io.worklane.api.application.shared;

import io.smallrye.mutiny.CompositeException;

/**
 * Reads run at once ({@code Uni.combine().all().unis(…).collectFailures()}) fail with every failure, in the
 * order the reads were given. A caller answers the first of them, so that the refusal is the one the same
 * reads in turn would have given, whichever finished first.
 */
public final class FirstFailure {
    private FirstFailure() {
    }

    public static Throwable of(Throwable failure) {
        return failure instanceof CompositeException all && !all.getCauses().isEmpty() ? all.getCauses().get(0)
                : failure;
    }
}
