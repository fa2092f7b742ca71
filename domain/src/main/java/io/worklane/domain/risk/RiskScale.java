package io.worklane.domain.risk;

import io.worklane.domain.shared.Validation;

/** The 1–5 scale of probability and impact. */
public final class RiskScale {
    public static final int MIN = 1;
    public static final int MAX = 5;

    private RiskScale() {
    }

    static void check(Integer value, String field, Validation v) {
        if (value == null) {
            v.require(false, field, "REQUIRED", "is required: 1 (very low) to 5 (very high)");
        } else {
            v.require(value >= MIN && value <= MAX, field, "OUT_OF_RANGE",
                    "must be 1 (very low) to 5 (very high), not " + value);
        }
    }
}
