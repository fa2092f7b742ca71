package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.job.Job;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A chunk of an import's item rows in one transaction (ADR 0083): the rows and the external ids they name are
 * read once; rows new to the workspace are created set-based ({@link ImportCreations}), rows imported before
 * update their items through the single-item use cases as a step does ({@link ImportSteps#item}). A refusal of
 * any row fails the chunk, which the runner then does again row by row.
 */
@ApplicationScoped
class ImportChunk {
    private final ImportStore store;
    private final ImportCreations creations;
    private final ImportSteps steps;

    ImportChunk(ImportStore store, ImportCreations creations, ImportSteps steps) {
        this.store = store;
        this.creations = creations;
        this.steps = steps;
    }

    Uni<Void> run(Job job, Caller caller, int from, int count) {
        return store.rows(job.id(), from, count).chain(rows -> {
            if (rows.size() != count) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "Steps " + from + " to " + (from + count - 1)
                        + " of import " + job.id() + " are not all there.");
            }
            List<ImportedRow> read = rows.stream().map(ImportedRow::new).toList();
            return store.itemsByExternalId(job.workspaceId(), (String) job.input().get("source"), named(read))
                    .chain(imported -> {
                        List<ImportedRow> creates = new ArrayList<>();
                        List<ImportedRow> updates = new ArrayList<>();
                        read.forEach(r -> (imported.containsKey(r.externalId()) ? updates : creates).add(r));
                        return creations.create(job, caller, creates, imported)
                                .chain(() -> inTurn(job, caller, updates));
                    });
        });
    }

    private Uni<Void> inTurn(Job job, Caller caller, List<ImportedRow> updates) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ImportedRow r : updates) {
            all = all.chain(() -> steps.item(job, caller, r.row()));
        }
        return all;
    }

    /** The rows' own external ids and their parents'. */
    private static Set<String> named(List<ImportedRow> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.externalId());
            if (r.parent() != null) {
                ids.add(r.parent());
            }
        });
        return ids;
    }
}
