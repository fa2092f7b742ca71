package io.worklane.api.support.contract;

/**
 * The matrix met something of the contract it cannot aim at workspace B yet (a path parameter, a
 * required property or input field it cannot fill). Its case fails with this message, which tells the
 * developer what to add, so that a new endpoint is covered or visibly not, never silently skipped.
 */
public final class NotCoveredYet extends RuntimeException {
    public NotCoveredYet(String message) {
        super(message);
    }
}
