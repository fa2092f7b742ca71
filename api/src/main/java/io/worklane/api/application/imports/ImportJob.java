package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.job.JobKind;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.job.Job;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An import as a background job (ADR 0060, 0071): one step per row, kept in {@code import_rows} when the import
 * was asked for, then one per dependency. Each step is its own transaction with the job's checkpoint, so a
 * resumed import never redoes a row, and a refused row is rolled back alone and reported with its row and id.
 */
@ApplicationScoped
public class ImportJob implements JobKind {
    public static final String KIND = "import";
    /** Item rows per transaction (ADR 0083). */
    static final int CHUNK = 500;
    private final ImportStore store;
    private final ImportSteps steps;
    private final ImportChunk chunks;
    /** What the step in flight is about, for its error (ref is asked right after a refused step, on this instance). */
    private final Map<String, String> refs = new ConcurrentHashMap<>();

    public ImportJob(ImportStore store, ImportSteps steps, ImportChunk chunks) {
        this.store = store;
        this.steps = steps;
        this.chunks = chunks;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Uni<Void> step(Job job, Caller caller, int position) {
        return store.row(job.id(), position)
                .map(found -> found.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED,
                        "Step " + position + " of import " + job.id() + " has no row.")))
                .invoke(row -> refs.put(key(job.id(), position), describe(row)))
                .chain(row -> Boolean.TRUE.equals(row.get("dependency"))
                        ? steps.dependency(job, caller, row) : steps.item(job, caller, row))
                .invoke(() -> refs.remove(key(job.id(), position)))
                // a refusal's ref is taken by ref(); any other failure stops the run, and the ref is not needed
                .onFailure(e -> !(e instanceof DomainException)).invoke(() -> refs.remove(key(job.id(), position)));
    }

    /**
     * Item rows go in chunks (ADR 0083); dependencies, which come after them and name items of any chunk, one by
     * one. A chunk never reaches into the dependencies.
     */
    @Override
    public int chunk(Job job, int position) {
        Object dependencies = job.input().get("dependencies");
        int items = job.total() - (dependencies == null ? 0 : ((Number) dependencies).intValue());
        Object size = job.input().get("chunkRows"); // a job may carry its own (tests compare both paths with 1)
        int chunk = size == null ? CHUNK : ((Number) size).intValue();
        return position < items ? Math.min(chunk, items - position) : 1;
    }

    @Override
    public Uni<Void> steps(Job job, Caller caller, int from, int count) {
        return chunks.run(job, caller, from, count);
    }

    @Override
    public String ref(Job job, int position) {
        String ref = refs.remove(key(job.id(), position));
        return ref == null ? "step " + position : ref;
    }

    @Override
    public Map<String, Object> result(Job job) {
        return Map.of("source", job.input().get("source"), "format", job.input().get("format"),
                "creates", job.input().get("creates"), "updates", job.input().get("updates"),
                "dependencies", job.input().get("dependencies"));
    }

    private static String describe(Map<String, Object> row) {
        String ref = Boolean.TRUE.equals(row.get("dependency"))
                ? "row " + row.get("row") + ": " + row.get("successor") + " after " + row.get("predecessor")
                : "row " + row.get("row") + ": " + row.get("externalId");
        return ref.length() <= 200 ? ref : ref.substring(0, 200);
    }

    private static String key(UUID job, int position) {
        return job + "/" + position;
    }
}
