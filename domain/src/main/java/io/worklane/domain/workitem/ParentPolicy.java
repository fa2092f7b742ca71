package io.worklane.domain.workitem;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;

/** Policy: the parent hierarchy has no cycles. Refuses with the path that would close the loop. */
public final class ParentPolicy {
    private ParentPolicy() {
    }

    /**
     * @param item      the item getting a new parent
     * @param parent    the new parent
     * @param ancestors the new parent's ancestors, nearest first
     */
    public static void ensureNoCycle(WorkItem item, WorkItem parent, List<UUID> ancestors) {
        if (parent.id().equals(item.id())) {
            throw new DomainException(ErrorCode.PARENT_CYCLE, item.key() + " cannot be its own parent.");
        }
        if (ancestors.contains(item.id())) {
            throw new DomainException(ErrorCode.PARENT_CYCLE, "Making " + parent.key() + " the parent of "
                    + item.key() + " would create a cycle: " + parent.key() + " is already below " + item.key() + ".");
        }
    }
}
