package io.worklane.api.application.bulk;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkItemChange.BulkTarget;
import io.worklane.api.application.bulk.BulkOutcome.ItemResult;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The two ways a bulk change answered at once is run. Together: every item in one transaction, kept only when
 * every item went through and it is not a dry run, else undone as a whole (each item's result still answered).
 * One by one: each item in a transaction of its own; a refused item leaves the others.
 */
@ApplicationScoped
class BulkRuns {
    private final BulkItemChange change;

    BulkRuns(BulkItemChange change) {
        this.change = change;
    }

    /** Every item in one transaction; answers the results, kept or not. */
    Uni<List<ItemResult>> together(Caller caller, String wsRef, List<BulkTarget> targets, BulkOperation op,
                                   boolean keep) {
        return inOneTransaction(caller, wsRef, targets, op, keep)
                .onFailure(Undone.class).recoverWithItem(e -> ((Undone) e).results);
    }

    @WithTransaction
    public Uni<List<ItemResult>> inOneTransaction(Caller caller, String wsRef, List<BulkTarget> targets, BulkOperation op,
                                           boolean keep) {
        return oneByOne(caller, wsRef, targets, op).invoke(results -> {
            if (!keep || results.stream().anyMatch(r -> !r.succeeded())) {
                throw new Undone(results); // rolls the transaction back, results in hand
            }
        });
    }

    /** Each item in turn: its own transaction, or the caller's when there is one. */
    Uni<List<ItemResult>> oneByOne(Caller caller, String wsRef, List<BulkTarget> targets, BulkOperation op) {
        return Multi.createFrom().iterable(targets)
                .onItem().transformToUniAndConcatenate(target -> change.apply(caller, wsRef, target, op)
                        .map(item -> new ItemResult(target.id(), target.key(), true,
                                item == null ? null : item.version(), item == null, null, null,
                                item == null || item.key().equals(target.key()) ? null : item.key()))
                        .onFailure(DomainException.class).recoverWithItem(e -> refused(target, (DomainException) e)))
                .collect().asList();
    }

    private static ItemResult refused(BulkTarget target, DomainException e) {
        return new ItemResult(target.id(), target.key(), false, null, false, e.code().name(), e.getMessage(), null);
    }

    /** An all-or-nothing run that is not kept: its transaction fails on purpose, carrying the answer. */
    static final class Undone extends RuntimeException {
        private final transient List<ItemResult> results;

        Undone(List<ItemResult> results) {
            super("undone", null, false, false);
            this.results = results;
        }
    }
}
