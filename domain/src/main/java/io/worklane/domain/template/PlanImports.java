package io.worklane.domain.template;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.activity.ActivityEntry;
import java.util.List;

/**
 * Port: writes a new project's plan set-based, in the current transaction — its phases, items (and the
 * project's item counter), their history entries and dependencies in one statement each, whatever
 * their number, so that a 5,000-item template is not 5,000 round trips.
 */
public interface PlanImports {
    Uni<Void> insert(TemplateInstance instance, List<ActivityEntry> history);
}
