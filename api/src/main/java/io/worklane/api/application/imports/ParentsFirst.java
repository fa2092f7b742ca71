package io.worklane.api.application.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items of an import in an order that creates every parent before its children (a child's step finds its
 * parent by external id, committed by an earlier step); the file's order otherwise. Rows whose parents form a
 * cycle are reported and left out.
 */
final class ParentsFirst {
    private ParentsFirst() {
    }

    static List<Map<String, Object>> order(List<Map<String, Object>> items, List<ImportProblem> problems,
                                           String parentColumn) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        items.forEach(i -> byId.put((String) i.get("externalId"), i));
        List<Map<String, Object>> ordered = new ArrayList<>(items.size());
        Set<String> placed = new HashSet<>();
        for (Map<String, Object> item : items) {
            List<Map<String, Object>> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<String, Object> at = item;
            boolean cycle = false;
            // walk up to the first ancestor already placed (or outside the file), then place them top down
            while (at != null && !placed.contains((String) at.get("externalId"))) {
                if (!seen.add((String) at.get("externalId"))) {
                    cycle = true;
                    break;
                }
                chain.add(at);
                at = byId.get((String) at.get("parent"));
            }
            if (cycle) {
                problems.add(new ImportProblem((Integer) item.get("row"), parentColumn == null ? "parent" : parentColumn,
                        "PARENT_CYCLE", "the parents of '" + item.get("externalId") + "' lead back to it; an item"
                        + " cannot be its own ancestor"));
                continue;
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                placed.add((String) chain.get(i).get("externalId"));
                ordered.add(chain.get(i));
            }
        }
        return ordered;
    }
}
