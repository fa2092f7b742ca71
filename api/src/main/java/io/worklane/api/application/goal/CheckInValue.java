package io.worklane.api.application.goal;

import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResultKind;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;

/** A check-in's value as the caller wrote it (JSON number or boolean), read for the key result's kind. */
final class CheckInValue {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,4})?");
    private CheckInValue() {
    }

    static BigDecimal of(KeyResult kr, Object value) {
        if (kr.kind() == KeyResultKind.BOOLEAN) {
            if (value instanceof Boolean done) {
                return done ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            throw refused("a BOOLEAN key result is checked in with true (done) or false (not done), not " + shown(value));
        }
        if (kr.kind() == KeyResultKind.WORK) {
            return BigDecimal.ZERO; // refused by KeyResult.checkIn with its own code
        }
        if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return new BigDecimal(n.toString()); // a Double's text is its shortest exact decimal: 0.1 stays 0.1
        }
        if (value instanceof String text && DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        throw refused("a " + kr.kind() + " key result is checked in with a number (or a decimal string), not " + shown(value));
    }

    private static String shown(Object value) {
        return value == null ? "nothing" : value instanceof String s ? "the text '" + s + "'" : String.valueOf(value);
    }

    private static DomainException refused(String message) {
        return DomainException.validation(List.of(new FieldError("value", "INVALID_TYPE", message)));
    }
}
