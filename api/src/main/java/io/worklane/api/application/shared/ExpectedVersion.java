package io.worklane.api.application.shared;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;

/** The version a caller based a change on (If-Match or expectedVersion); null means "whatever is current". */
public final class ExpectedVersion {
    private ExpectedVersion() {
    }

    public static void check(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new DomainException(ErrorCode.CONFLICT, what + " is at version " + current + ", not " + expected
                    + ". Read it again and re-apply your change.");
        }
    }
}
