package io.worklane.domain.workitem;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.List;

/** Orders of the work item list; each is (timestamp, id) so keyset pagination stays stable. */
public enum WorkItemSort {
    CREATED_ASC("createdAt"), CREATED_DESC("-createdAt"), UPDATED_ASC("updatedAt"), UPDATED_DESC("-updatedAt");

    private final String token;

    WorkItemSort(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public boolean descending() {
        return token.startsWith("-");
    }

    public boolean byUpdate() {
        return this == UPDATED_ASC || this == UPDATED_DESC;
    }

    public static WorkItemSort parse(String token) {
        if (token == null) {
            return CREATED_DESC;
        }
        for (WorkItemSort s : values()) {
            if (s.token.equals(token)) {
                return s;
            }
        }
        throw DomainException.validation(List.of(new FieldError("sort", "INVALID_VALUE",
                "must be one of createdAt, -createdAt, updatedAt, -updatedAt")));
    }
}
