package io.worklane.domain.planning;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A named snapshot of a project's plan, never changed once taken: its items ({@link BaselineItem}),
 * the schedule's earliest finish, the budget's BAC (null without a budget) and whether that budget was
 * visible to members. {@code itemCount} is the number of items; a listing leaves {@code items} empty.
 */
public record Baseline(UUID id, UUID workspaceId, UUID projectId, String name, LocalDate finish, Money bac,
                       boolean budgetVisibleToMembers, List<BaselineItem> items, int itemCount, String createdBy,
                       long version, Instant createdAt) {
    public static final int MAX_NAME = 200;

    public Baseline {
        items = List.copyOf(items);
    }

    /** The plan as it stands now; refused (VALIDATION_FAILED) without a name of 1 to 200 characters. */
    public static Baseline take(UUID workspaceId, UUID projectId, String name, ProjectSchedule schedule,
                                List<BaselineItem> items, Money bac, boolean budgetVisibleToMembers, String createdBy,
                                Instant now) {
        String stripped = name == null ? null : name.strip();
        new Validation().text(stripped, "name", 1, MAX_NAME).orThrow();
        return new Baseline(Ids.newId(), workspaceId, projectId, stripped, schedule.earliestFinish(), bac,
                budgetVisibleToMembers, items, items.size(), createdBy, 0, now);
    }

    /** The same baseline without its BAC (for a caller who may not see the project's costs). */
    public Baseline withoutBac() {
        return new Baseline(id, workspaceId, projectId, name, finish, null, budgetVisibleToMembers, items, itemCount,
                createdBy, version, createdAt);
    }
}
