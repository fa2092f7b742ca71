package io.worklane.api.rest.workitem;

import io.worklane.api.application.bulk.PatchReader;
import io.worklane.api.application.workitem.WorkItemPatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A bulk change's {@code set} read exactly as the PATCH of one work item reads its body. */
@ApplicationScoped
public class MergePatchReader implements PatchReader {
    @Override
    public WorkItemPatch read(Map<String, Object> fields) {
        return WorkItemRequests.patch(fields);
    }
}
