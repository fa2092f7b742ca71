package io.worklane.api.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;

/** Request bodies aimed at B: the shared builder, filled from B's reference table in one id form. */
final class RequestBodies {
    private final Contract contract;
    private final ReferenceTable table;
    private final io.worklane.api.support.contract.RequestBodies bodies;

    RequestBodies(Contract contract, ReferenceTable table) {
        this.contract = contract;
        this.table = table;
        this.bodies = new io.worklane.api.support.contract.RequestBodies(contract);
    }

    String minimalBody(Operation operation, IdForm form) {
        return bodies.minimalBody(operation, name -> table.valueOf(name, form));
    }

    Object parameterValue(Operation.Parameter parameter, IdForm form, String where) {
        return bodies.parameterValue(parameter, name -> table.valueOf(name, form), where);
    }

    /** True when a required property of the body names one of B's objects (a reference A must not reach). */
    boolean bodyRefersToTheirObjects(Operation operation) {
        if (operation.body() == null) {
            return false;
        }
        JsonNode schema = contract.resolve(operation.body().schema());
        for (JsonNode name : schema.path("required")) {
            if (table.find(name.asText()).filter(o -> !o.isWorkspace()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
