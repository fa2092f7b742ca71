package io.worklane.api.application.form;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;

/** 429 for a client address that sent its minute's submissions already; says when to try again. */
public class TooManySubmissions extends DomainException {
    private final long retryAfterSeconds;

    public TooManySubmissions(int limit, long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, "Too many form submissions from this address: at most " + limit
                + " a minute. Retry after " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
