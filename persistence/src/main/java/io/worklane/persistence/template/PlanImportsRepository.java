package io.worklane.persistence.template;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.template.PlanImports;
import io.worklane.domain.template.TemplateInstance;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Writes a new project's plan with one statement per table, whatever its size: the rows travel as one
 * JSON array each and PostgreSQL spreads them out ({@code jsonb_to_recordset}), which has no limit on
 * the number of rows as bind parameters would (65,535). Parents and items are one statement, so the
 * foreign key on parent_id is checked once at its end.
 */
@ApplicationScoped
public class PlanImportsRepository implements PlanImports {

    @Override
    public Uni<Void> insert(TemplateInstance instance, List<ActivityEntry> history) {
        if (instance.items().isEmpty() && instance.phases().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var project = instance.items().isEmpty() ? instance.phases().get(0).projectId()
                : instance.items().get(0).projectId();
        return Writes.inSession(s -> run(s, PlanRows.PHASES, PlanRows.phases(instance.phases()))
                .chain(() -> run(s, PlanRows.ITEMS, PlanRows.items(instance.items())))
                .chain(() -> s.createNativeQuery("UPDATE projects SET last_item_number = :n WHERE id = :id")
                        .setParameter("n", (long) instance.items().size()).setParameter("id", project).executeUpdate())
                .chain(() -> run(s, PlanRows.HISTORY, PlanRows.history(history)))
                .chain(() -> run(s, PlanRows.DEPENDENCIES, PlanRows.dependencies(instance.dependencies()))))
                .replaceWithVoid();
    }

    private static Uni<Integer> run(Mutiny.Session s, String sql, String rows) {
        if ("[]".equals(rows)) {
            return Uni.createFrom().item(0);
        }
        return s.createNativeQuery(sql).setParameter("rows", rows).executeUpdate();
    }
}
