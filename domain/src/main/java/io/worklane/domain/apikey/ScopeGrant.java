package io.worklane.domain.apikey;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Policy: a key hands out no more than it holds. Creating a key grants its scopes; rotating a key
 * grants them again (to the new secret) and revoking one takes them away, so each needs every scope
 * of the key concerned. A held {@code admin} covers all scopes, a held {@code :write} its {@code :read}.
 */
public final class ScopeGrant {
    private ScopeGrant() {
    }

    /** The scopes among {@code wanted} that {@code held} does not cover, in {@link Scope} order. */
    public static List<Scope> notHeld(Collection<Scope> wanted, Collection<Scope> held) {
        return wanted.stream().filter(s -> !s.isGrantedBy(held)).distinct().sorted().toList();
    }

    /**
     * Refuses with INSUFFICIENT_SCOPE naming the missing scopes.
     *
     * @param action what the caller tries, e.g. "grant" or "rotate a key with"
     */
    public static void ensureHeld(Collection<Scope> wanted, Collection<Scope> held, String action) {
        List<Scope> missing = notHeld(wanted, held);
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, "You cannot " + action + " scopes you do not hold: "
                    + missing.stream().map(Scope::value).collect(Collectors.joining(", ")) + ".");
        }
    }
}
