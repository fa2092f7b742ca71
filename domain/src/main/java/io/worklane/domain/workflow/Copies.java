package io.worklane.domain.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies that keep null entries, so validation can name them instead of failing. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
