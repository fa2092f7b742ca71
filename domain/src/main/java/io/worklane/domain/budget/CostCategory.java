package io.worklane.domain.budget;

import java.util.Arrays;
import java.util.Optional;

/** What a cost is for: a budget plans per category and actuals are reported per category. */
public enum CostCategory {
    LABOUR, MATERIALS, SERVICES, TRAVEL, OTHER;

    public static Optional<CostCategory> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
    }

    public static String names() {
        return Arrays.toString(values());
    }
}
