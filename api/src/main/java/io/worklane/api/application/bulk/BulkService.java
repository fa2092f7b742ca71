package io.worklane.api.application.bulk;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkItemChange.BulkTarget;
import io.worklane.api.application.job.JobService;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.BulkConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Bulk changes of work items (ADR 0060): the operations are read, the items found, then each item is changed
 * through the use cases of a single change, as the caller, its events carrying one bulkId. Up to
 * {@code worklane.bulk.sync-limit} (1,000) items are answered at once; more are queued as a job.
 */
@ApplicationScoped
public class BulkService {
    private final Access access;
    private final BulkTargets targets;
    private final BulkRuns runs;
    private final JobService jobs;
    private final BulkJob kind;
    private final PatchReader patches;
    private final BulkConfig config;

    public BulkService(Access access, BulkTargets targets, BulkRuns runs, JobService jobs, BulkJob kind,
                       PatchReader patches, BulkConfig config) {
        this.config = config;
        this.access = access;
        this.targets = targets;
        this.runs = runs;
        this.jobs = jobs;
        this.kind = kind;
        this.patches = patches;
    }

    public Uni<BulkOutcome> change(Caller caller, String wsRef, BulkRequest r) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> {
                    BulkOperation op = BulkOperations.parse(r.operations(), patches); // refused before any read
                    return targets.of(caller, ws.id(), r).chain(found -> run(caller.inBulk(Ids.newId()), ws, r, op,
                            found));
                });
    }

    private Uni<BulkOutcome> run(Caller caller, Workspace ws, BulkRequest r, BulkOperation op, List<BulkTarget> found) {
        UUID bulkId = caller.bulkId();
        if (found.size() > config.syncLimit()) {
            return queue(caller, ws.id(), r, found).map(job -> new BulkOutcome(bulkId, r.mode(), r.dryRun(), false,
                    found.size(), List.of(), job));
        }
        String wsRef = ws.id().toString();
        boolean together = r.mode() == BulkRequest.Mode.ATOMIC || r.dryRun();
        var results = together ? runs.together(caller, wsRef, found, op, !r.dryRun())
                : runs.oneByOne(caller, wsRef, found, op);
        return results.map(items -> new BulkOutcome(bulkId, r.mode(), r.dryRun(),
                !r.dryRun() && (r.mode() == BulkRequest.Mode.PER_ITEM || items.stream().allMatch(
                        BulkOutcome.ItemResult::succeeded)), found.size(), items, null));
    }

    @WithTransaction
    public Uni<io.worklane.domain.job.Job> queue(Caller caller, UUID workspaceId, BulkRequest r, List<BulkTarget> found) {
        return jobs.queue(caller, workspaceId, kind, found.size(), BulkJob.input(caller.bulkId(), r, found));
    }
}
