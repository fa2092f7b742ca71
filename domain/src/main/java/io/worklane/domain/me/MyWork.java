package io.worklane.domain.me;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;

/** Port: a person's work across workspaces, each read one statement whatever the number of workspaces. */
public interface MyWork {
    /** Open items assigned to them: by last change (ASSIGNED) or by due date (DUE_SOON within {@code days}, OVERDUE). */
    Uni<Page<MyWorkItem>> items(Collection<Membership> memberships, WorkView view, int days, PageRequest page);

    Uni<Page<AwaitedApproval>> approvals(Collection<Membership> memberships, PageRequest page);
}
