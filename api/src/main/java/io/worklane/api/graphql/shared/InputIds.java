package io.worklane.api.graphql.shared;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;

/** IDs in inputs are UUIDs; a malformed one is the caller's mistake, reported under its field. */
public final class InputIds {
    private InputIds() {
    }

    public static UUID uuid(String value, String field) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw invalid(field, value);
        }
        return id;
    }

    public static List<UUID> uuids(List<String> values, String field) {
        return values == null ? null : values.stream().map(v -> uuid(v, field)).toList();
    }

    private static DomainException invalid(String field, String value) {
        return DomainException.validation(List.of(new FieldError(field, "INVALID_ID",
                "'" + value + "' is not an id (a UUID such as 0190f5c4-0000-7000-8000-000000000000)")));
    }
}
