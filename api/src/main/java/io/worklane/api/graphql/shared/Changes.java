package io.worklane.api.graphql.shared;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.Collection;
import java.util.List;

/**
 * GraphQL update inputs → partial changes. GraphQL (as served here) cannot tell an absent field from
 * an explicit null, so null means "unchanged" and nullable fields are cleared by naming them in the
 * input's {@code clear} list. Giving a value and clearing the same field is refused.
 */
public final class Changes {
    private Changes() {
    }

    /** An update's optional {@code expectedVersion} as the use cases take it. */
    public static Long version(Integer expected) {
        return expected == null ? null : expected.longValue();
    }

    public static <T> Change<T> of(T value) {
        return value == null ? Change.absent() : Change.to(value);
    }

    public static <T, F extends Enum<F>> Change<T> of(T value, Collection<F> clear, F field, String name) {
        boolean cleared = clear != null && clear.contains(field);
        if (cleared && value != null) {
            throw DomainException.validation(List.of(new FieldError(name, "CONFLICTING_CHANGE",
                    "is given a value and listed in clear; do one or the other")));
        }
        return cleared ? Change.to(null) : of(value);
    }
}
