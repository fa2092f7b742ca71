package io.worklane.api.application.bulk;

import java.util.List;
import java.util.Map;

/**
 * A bulk change as asked: the items (a filter expression of the list language, ADR 0050, or keys), the
 * operations in their JSON form, all or nothing (ATOMIC) or item by item (PER_ITEM), and whether only to try.
 */
public record BulkRequest(String filter, List<String> keys, List<Map<String, Object>> operations, Mode mode,
                          boolean dryRun) {
    public enum Mode { ATOMIC, PER_ITEM }
}
