package io.worklane.domain.project;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.List;

/** Orders of the project list, each backed by an index for keyset pagination. */
public enum ProjectSort {
    KEY_ASC("key"), KEY_DESC("-key"), CREATED_ASC("createdAt"), CREATED_DESC("-createdAt");

    private final String token;

    ProjectSort(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public boolean descending() {
        return token.startsWith("-");
    }

    public static ProjectSort parse(String token) {
        if (token == null) {
            return CREATED_ASC;
        }
        for (ProjectSort s : values()) {
            if (s.token.equals(token)) {
                return s;
            }
        }
        throw DomainException.validation(List.of(new FieldError("sort", "INVALID_VALUE",
                "must be one of key, -key, createdAt, -createdAt")));
    }
}
