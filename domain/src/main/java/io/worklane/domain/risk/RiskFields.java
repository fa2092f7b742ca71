package io.worklane.domain.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Policy: a risk's recorded fields as JSON values, and what changed between two versions of it. */
public final class RiskFields {
    private RiskFields() {
    }

    /** Every field a person can change, plus exposure (it changes with them); null values included. */
    public static Map<String, Object> of(Risk r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", r.title());
        f.put("description", r.description());
        f.put("category", r.category());
        f.put("probability", r.probability());
        f.put("impact", r.impact());
        f.put("exposure", r.exposure());
        f.put("owner", r.ownerId() == null ? null : r.ownerId().toString());
        f.put("proximityDate", r.proximityDate() == null ? null : r.proximityDate().toString());
        f.put("response", r.response() == null ? null : r.response().name());
        f.put("mitigationPlan", r.mitigationPlan());
        f.put("status", r.status().name());
        f.put("mitigationItems", r.mitigationItemIds().stream().map(UUID::toString).toList());
        return f;
    }

    /** The fields that differ, each as {@code {"before": …, "after": …}}, in field order. */
    public static Map<String, Map<String, Object>> diff(Risk before, Risk after) {
        Map<String, Object> old = of(before);
        Map<String, Object> now = of(after);
        Map<String, Map<String, Object>> changed = new LinkedHashMap<>();
        old.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", value);
                pair.put("after", now.get(field));
                changed.put(field, pair);
            }
        });
        return changed;
    }

    /** The history's name of a change: a move out of the open statuses closes, one back into them reopens. */
    public static String kindOf(Risk before, Risk after) {
        if (before.isOpen() && !after.isOpen()) {
            return "closed";
        }
        return !before.isOpen() && after.isOpen() ? "reopened" : "updated";
    }
}
