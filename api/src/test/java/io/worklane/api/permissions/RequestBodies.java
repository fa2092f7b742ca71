package io.worklane.api.permissions;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;

/** Request bodies inside the seeded workspace W: the shared builder, filled from W's references. */
final class RequestBodies {
    private final SeededWorkspace table;
    private final io.worklane.api.support.contract.RequestBodies bodies;

    RequestBodies(Contract contract, SeededWorkspace table) {
        this.table = table;
        this.bodies = new io.worklane.api.support.contract.RequestBodies(contract);
    }

    String minimalBody(Operation operation) {
        return bodies.minimalBody(operation, table::valueOf);
    }

    Object parameterValue(Operation.Parameter parameter, String where) {
        return bodies.parameterValue(parameter, table::valueOf, where);
    }
}
