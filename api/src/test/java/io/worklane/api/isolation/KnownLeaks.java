package io.worklane.api.isolation;

import java.util.Map;
import java.util.Optional;

/**
 * Cases of the matrix that reveal an isolation bug, disabled (reported as aborted, with the reason)
 * until the bug is fixed, so that the rest of the matrix keeps guarding. Keyed by {@code RestCase.key()}
 * or {@code GraphQLCase.key()}. Remove an entry together with the fix.
 */
final class KnownLeaks {
    /** None known: add an entry (case key → reason) only together with a bug report, remove it with the fix. */
    private static final Map<String, String> DISABLED = Map.of();

    private KnownLeaks() {
    }

    static Optional<String> reasonFor(String caseKey) {
        return Optional.ofNullable(DISABLED.get(caseKey));
    }
}
