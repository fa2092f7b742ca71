package io.worklane.domain.filter;

import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an in-memory evaluation needs beyond the item itself: today's date, and for the fields only
 * lists offer (statusCategory, blocked, milestone, references such as {@code me}) the facts around
 * the item. Lists never evaluate in memory (PostgreSQL answers them); this is how the evaluator and
 * the SQL compilation are held to the same meaning.
 */
public interface FilterContext {
    LocalDate today();

    /** The id a reference stands for, or null when nothing has it. */
    default UUID resolve(Ref ref) {
        return null;
    }

    /** The category of the item's state in its workflow; null when unknown. */
    default StateCategory statusCategory(WorkItem item) {
        return null;
    }

    /** Whether a predecessor of the item (any dependency type) is not completed. */
    default boolean blocked(WorkItem item) {
        return false;
    }

    /** The milestones (items of type MILESTONE) the item is a direct predecessor of. */
    default List<UUID> milestones(WorkItem item) {
        return List.of();
    }

    static FilterContext on(LocalDate today) {
        return () -> today;
    }
}
