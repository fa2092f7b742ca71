package io.worklane.domain.budget;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Alert thresholds: fractions of the budget at completion, in (0, 10] (1.0 = the whole budget,
 * 1.2 = 20 % over). Kept sorted and without duplicates, written with at least one decimal ("1.0").
 */
public final class Thresholds {
    public static final List<BigDecimal> DEFAULT = List.of(new BigDecimal("0.8"), new BigDecimal("1.0"));
    public static final int MAX = 10;
    private static final Pattern DECIMAL = Pattern.compile("^\\d{1,2}(\\.\\d{1,4})?$");

    private Thresholds() {
    }

    /** The thresholds, or the defaults for null; problems added to {@code v}. */
    public static List<BigDecimal> read(List<String> written, Validation v) {
        if (written == null) {
            return DEFAULT;
        }
        if (written.size() > MAX) {
            v.add(new FieldError("thresholds", "TOO_MANY", "at most " + MAX + " thresholds, not " + written.size()));
            return List.of();
        }
        TreeSet<BigDecimal> out = new TreeSet<>();
        for (int i = 0; i < written.size(); i++) {
            String s = written.get(i);
            String field = "thresholds[" + i + "]";
            if (s == null || !DECIMAL.matcher(s).matches()) {
                v.add(new FieldError(field, "INVALID_THRESHOLD", "must be a decimal string such as \"0.8\" (a fraction"
                        + " of the budget, at most 4 decimals)"));
                continue;
            }
            BigDecimal t = new BigDecimal(s);
            if (t.signum() <= 0 || t.compareTo(BigDecimal.TEN) > 0) {
                v.add(new FieldError(field, "THRESHOLD_OUT_OF_RANGE", "must be more than 0 and at most 10 (a fraction"
                        + " of the budget: 0.8 = 80 %), not " + s));
                continue;
            }
            out.add(normal(t));
        }
        return List.copyOf(out);
    }

    /** One spelling per value: "0.80" and "0.8" are the same threshold, "1" is written "1.0". */
    public static BigDecimal normal(BigDecimal t) {
        BigDecimal stripped = t.stripTrailingZeros();
        return stripped.setScale(Math.max(1, stripped.scale()));
    }
}
