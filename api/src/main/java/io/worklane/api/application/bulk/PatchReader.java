package io.worklane.api.application.bulk;

import io.worklane.api.application.workitem.WorkItemPatch;
import java.util.Map;

/**
 * Reads a {@code set} operation as the PATCH of one item reads its body (the same fields, the same refusals).
 * Implemented where the PATCH body is read (the REST layer), so the two never drift apart.
 */
public interface PatchReader {
    /** The patch, or a 400 VALIDATION_FAILED naming each unknown field and wrong type. */
    WorkItemPatch read(Map<String, Object> fields);
}
