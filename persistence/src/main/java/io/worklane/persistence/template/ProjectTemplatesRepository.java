package io.worklane.persistence.template;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.ProjectTemplates;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved templates in {@code project_templates}, merged with the built-in ones (which sort first). */
@ApplicationScoped
public class ProjectTemplatesRepository implements ProjectTemplates {
    static final String SORT = "createdAt";
    private static final String COLUMNS = "SELECT id, workspace_id, name, description, source_project_id, item_count,"
            + " phase_count, milestone_count, dependency_count, duration_days, has_budget, created_by, version,"
            + " created_at";
    /** By creation only: a stable sort keeps the database's order (created_at, id) among equal times. */
    private static final Comparator<ProjectTemplate> ORDER = Comparator.comparing(ProjectTemplate::createdAt);
    private final Sql sql;

    public ProjectTemplatesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<ProjectTemplate>> find(UUID workspaceId, UUID id) {
        ProjectTemplate builtIn = BuiltInTemplates.all().get(id);
        if (builtIn != null) {
            return Uni.createFrom().item(Optional.of(builtIn));
        }
        return sql.one(COLUMNS + ", cast(content AS text) AS content FROM project_templates WHERE workspace_id = $1"
                + " AND id = $2", Tuple.of(workspaceId, id), r -> fromRow(r, TemplateJson.read(r.getString("content"))));
    }

    @Override
    public Uni<Page<ProjectTemplate>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        List<ProjectTemplate> builtIns = BuiltInTemplates.all().values().stream()
                .filter(t -> page.after() == null || after(t, page)).map(ProjectTemplate::withoutContent).toList();
        return sql.list(COLUMNS + " FROM project_templates" + p.clause() + " ORDER BY created_at, id LIMIT "
                        + (page.limit() + 1), p.tuple(), r -> fromRow(r, null))
                .map(saved -> {
                    List<ProjectTemplate> merged = new ArrayList<>(builtIns);
                    merged.addAll(saved);
                    merged.sort(ORDER);
                    return Keyset.page(merged.subList(0, Math.min(merged.size(), page.limit() + 1)), page.limit(),
                            SORT, t -> Keyset.timestampValue(t.createdAt()), ProjectTemplate::id);
                });
    }

    @Override
    public Uni<ProjectTemplate> insert(ProjectTemplate t) {
        return Writes.persist(copy(t), "Project template " + t.name()).map(e -> t);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(ProjectTemplateEntity.class, id, workspaceId, expectedVersion, "Project template " + id,
                () -> DomainException.notFound(ErrorCode.PROJECT_TEMPLATE_NOT_FOUND, "Project template", id.toString()));
    }

    private static boolean after(ProjectTemplate t, PageRequest page) {
        Instant at = Keyset.timestamp(page.after()).toInstant();
        int c = t.createdAt().compareTo(at);
        return c > 0 || (c == 0 && t.id().compareTo(page.after().id()) > 0);
    }

    private static ProjectTemplateEntity copy(ProjectTemplate t) {
        ProjectTemplateEntity e = new ProjectTemplateEntity();
        e.id = t.id();
        e.workspaceId = t.workspaceId();
        e.name = t.name();
        e.description = t.description();
        e.sourceProjectId = t.sourceProjectId();
        e.itemCount = t.summary().items();
        e.phaseCount = t.summary().phases();
        e.milestoneCount = t.summary().milestones();
        e.dependencyCount = t.summary().dependencies();
        e.durationDays = t.summary().durationDays();
        e.hasBudget = t.summary().budget();
        e.content = TemplateJson.write(t.content());
        e.createdBy = t.createdBy();
        e.createdAt = t.createdAt();
        e.updatedAt = t.createdAt();
        return e;
    }

    private static ProjectTemplate fromRow(Row r, io.worklane.domain.template.TemplateContent content) {
        return new ProjectTemplate(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"),
                r.getString("description"), false, r.getUUID("source_project_id"),
                new ProjectTemplate.Summary(r.getInteger("item_count"), r.getInteger("phase_count"),
                        r.getInteger("milestone_count"), r.getInteger("dependency_count"),
                        r.getInteger("duration_days"), r.getBoolean("has_budget")),
                content, r.getString("created_by"), r.getLong("version"), Rows.instant(r, "created_at"));
    }
}
