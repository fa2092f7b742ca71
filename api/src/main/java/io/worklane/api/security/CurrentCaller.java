package io.worklane.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;

/** The caller of the current request, as authenticated by {@link ApiKeyAuthenticationMechanism}. */
@ApplicationScoped
public class CurrentCaller {
    static final String ATTRIBUTE = "worklane.caller";
    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller, when the request carried a credential (on paths open without one, such as signed links). */
    public java.util.Optional<Caller> find() {
        return identity.isAnonymous() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }

    public Caller get() {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new DomainException(ErrorCode.UNAUTHENTICATED,
                    Credentials.HOW_TO_AUTHENTICATE);
        }
        return caller;
    }
}
