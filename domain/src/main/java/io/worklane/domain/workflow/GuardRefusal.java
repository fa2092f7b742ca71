package io.worklane.domain.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.List;

/**
 * GUARD_FAILED with what every guard of the transition said, passed or not, so that a client can
 * show the whole checklist; the failed ones are also its field errors ({@code guards[i]}).
 */
public class GuardRefusal extends DomainException {
    private final List<GuardResult> results;

    public GuardRefusal(String message, List<FieldError> failures, List<GuardResult> results) {
        super(ErrorCode.GUARD_FAILED, message, failures);
        this.results = List.copyOf(results);
    }

    public List<GuardResult> results() {
        return results;
    }
}
