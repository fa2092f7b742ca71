package io.worklane.api.rest.workitem;

import io.worklane.api.application.bulk.BulkOutcome;
import io.worklane.api.application.bulk.BulkRequest;
import io.worklane.api.application.job.JobService;
import io.worklane.api.rest.job.JobDtos;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.openapi.model.BulkItemResult;
import io.worklane.openapi.model.BulkUpdateRequest;
import io.worklane.openapi.model.BulkUpdateResult;
import java.util.List;
import java.util.Map;

/** A bulk change's REST request → application input, and its outcome → 200 with results or 202 with the job. */
final class BulkRequests {
    private BulkRequests() {
    }

    @SuppressWarnings("unchecked")
    static BulkRequest of(BulkUpdateRequest b) {
        List<Map<String, Object>> operations = b.getOperations() == null ? null
                : b.getOperations().stream().map(o -> (Map<String, Object>) (Map<?, ?>) o).toList();
        // the generated model holds an empty list for keys left out: that is no keys
        List<String> keys = b.getKeys() == null || b.getKeys().isEmpty() ? null : b.getKeys();
        return new BulkRequest(b.getFilter(), keys, operations,
                b.getMode() == null ? BulkRequest.Mode.ATOMIC : BulkRequest.Mode.valueOf(b.getMode().name()),
                Boolean.TRUE.equals(b.getDryRun()));
    }

    static RestResponses.Recorded answer(BulkOutcome o) {
        if (o.job() != null) {
            return new RestResponses.Recorded(202, JobDtos.of(new JobService.JobView(o.job(), List.of())),
                    JobDtos.location(o.job()));
        }
        BulkUpdateResult result = new BulkUpdateResult().bulkId(o.bulkId())
                .mode(BulkUpdateResult.ModeEnum.valueOf(o.mode().name())).dryRun(o.dryRun()).applied(o.applied())
                .total(o.total()).succeeded((int) o.succeeded()).failed((int) o.failed())
                .items(o.items().stream().map(BulkRequests::item).toList());
        return new RestResponses.Recorded(200, result, null);
    }

    private static BulkItemResult item(BulkOutcome.ItemResult r) {
        return new BulkItemResult().id(r.id()).key(r.key())
                .status(r.succeeded() ? BulkItemResult.StatusEnum.SUCCEEDED : BulkItemResult.StatusEnum.FAILED)
                .version(r.version()).deleted(r.succeeded() ? r.deleted() : null).code(r.code()).message(r.message())
                .newKey(r.newKey());
    }
}
