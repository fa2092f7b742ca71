package io.worklane.api.permissions;

import java.util.Map;
import java.util.Optional;

/**
 * Cases of the matrix where the server enforces something other than docs/permissions.md declares,
 * disabled (reported as aborted, with the reason) until the doc or the code is corrected, so that the
 * rest of the matrix keeps guarding. Keyed by {@link PermissionCase#key()}. Remove an entry with the fix.
 */
final class KnownMismatches {
    /** None known: add an entry (case key → reason) only with a bug report, remove it with the fix. */
    private static final Map<String, String> DISABLED = Map.of();

    private KnownMismatches() {
    }

    static Optional<String> reasonFor(String caseKey) {
        return Optional.ofNullable(DISABLED.get(caseKey));
    }
}
