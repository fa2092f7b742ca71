package io.worklane.api.application.imports;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.attachment.OffTheEventLoop;
import io.worklane.api.application.job.JobService;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.job.Job;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports work items from a file (ADR 0071). The caller's access is checked first, then the file and its
 * mapping are read and every row checked against the project (off the event loop: a file may hold 100,000
 * rows). A dry run answers the check and writes nothing; a real import with problems is refused with them
 * (400, nothing written); one without is queued as an {@code import} job whose steps are its rows, each
 * created or updated through the single-item use cases.
 */
@ApplicationScoped
public class ImportService {
    /** The most problems a refusal lists (a report lists up to {@link #PROBLEMS_SHOWN}). */
    static final int ERRORS_SHOWN = 100;
    public static final int PROBLEMS_SHOWN = 1000;
    private final Access access;
    private final OffTheEventLoop blocking;
    private final ImportContexts contexts;
    private final JobService jobs;
    private final ImportJob kind;
    private final ImportStore store;

    public ImportService(Access access, OffTheEventLoop blocking, ImportContexts contexts, JobService jobs,
                         ImportJob kind, ImportStore store) {
        this.access = access;
        this.blocking = blocking;
        this.contexts = contexts;
        this.jobs = jobs;
        this.kind = kind;
        this.store = store;
    }

    /** Reads the upload with {@code read} once the caller may import here, then checks it, and queues it unless a dry run. */
    public Uni<ImportOutcome> start(Caller caller, String wsRef, Supplier<ImportRequest> read) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> blocking.run(() -> ImportFields.withPreset(read.get())).chain(request -> contexts.of(ws, request)
                        .chain(ctx -> blocking.run(() -> ImportCheck.of(request.table(), ctx)))
                        .chain(plan -> answer(caller, ws, request.mapping(), plan))));
    }

    private Uni<ImportOutcome> answer(Caller caller, Workspace ws, ImportMapping mapping, ImportPlan plan) {
        if (mapping.dryRun()) {
            return Uni.createFrom().item(new ImportOutcome(mapping, plan, null));
        }
        if (!plan.problems().isEmpty()) {
            throw DomainException.validation(plan.problems().stream().limit(ERRORS_SHOWN)
                    .map(ImportProblem::asFieldError).toList());
        }
        return queue(caller, ws, mapping, plan).map(job -> new ImportOutcome(mapping, plan, job));
    }

    @WithTransaction
    public Uni<Job> queue(Caller caller, Workspace ws, ImportMapping mapping, ImportPlan plan) {
        return jobs.queue(caller, ws.id(), kind, plan.steps().size(), input(mapping, plan))
                .call(job -> store.insertRows(job.id(), plan.steps()));
    }

    private static Map<String, Object> input(ImportMapping mapping, ImportPlan plan) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("format", mapping.format().name());
        input.put("source", mapping.sourceOrDefault());
        input.put("projectId", plan.projectId().toString());
        input.put("fields", mapping.columns().values().stream().distinct().sorted().toList());
        input.put("creates", plan.creates());
        input.put("updates", plan.updates());
        input.put("dependencies", plan.dependencies());
        return input;
    }
}
