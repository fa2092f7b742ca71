package io.worklane.api.isolation;

import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
/**
 * One case of the REST matrix: an operation, aimed with A's key at B's objects named in one form.
 * {@code notCovered} says why no request could be built (the case then fails with it).
 */
record RestCase(Operation operation, IdForm form, RestRequest request, String notCovered) {

    String name() {
        return operation.id() + " (" + operation.method() + " " + operation.path() + ") " + form.description()
                + ": 404 for A";
    }

    /** The key of this case in {@link KnownLeaks}. */
    String key() {
        return operation.id() + " " + form;
    }
}
