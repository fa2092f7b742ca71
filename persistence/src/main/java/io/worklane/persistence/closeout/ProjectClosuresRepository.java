package io.worklane.persistence.closeout;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.closeout.ProjectClosure;
import io.worklane.domain.closeout.ProjectClosures;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Close-outs: written once in the closing transaction (never changed), read in keyset pages. */
@ApplicationScoped
public class ProjectClosuresRepository implements ProjectClosures {
    private static final String SELECT = "SELECT id, workspace_id, project_id, project_key, project_name, outcome,"
            + " lessons_learned, final_status, forced, overridden::text AS overridden, closed_by, closed_at"
            + " FROM project_closures";
    private final Sql sql;

    public ProjectClosuresRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<ProjectClosure> insert(ProjectClosure c) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO project_closures (id, workspace_id, project_id,"
                        + " project_key, project_name, outcome, lessons_learned, final_status, forced, overridden,"
                        + " closed_by, closed_at) VALUES (:id, :ws, :project, :key, :name, :outcome, :lessons, :status,"
                        + " :forced, cast(cast(:overridden AS text) AS jsonb), :by, :at)")
                .setParameter("id", c.id()).setParameter("ws", c.workspaceId()).setParameter("project", c.projectId())
                .setParameter("key", c.projectKey()).setParameter("name", c.projectName())
                .setParameter("outcome", c.outcome()).setParameter("lessons", c.lessonsLearned())
                .setParameter("status", c.finalStatus().name()).setParameter("forced", c.forced())
                .setParameter("overridden", Json.write(c.overridden().stream().map(e -> Map.of("field", e.field(),
                        "code", e.code(), "message", e.message())).toList()))
                .setParameter("by", c.closedBy()).setParameter("at", c.closedAt())
                .executeUpdate()).replaceWith(c);
    }

    @Override
    public Uni<Page<ProjectClosure>> list(UUID workspaceId, UUID projectId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .whereIf(projectId != null, "project_id = ?", projectId);
        if (page.after() != null) {
            p.where(Keyset.after("closed_at", "id", true, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list(SELECT + p.clause() + " ORDER BY closed_at DESC, id DESC LIMIT " + (page.limit() + 1),
                        p.tuple(), ProjectClosuresRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "-closedAt", c -> Keyset.timestampValue(c.closedAt()),
                        ProjectClosure::id));
    }

    private static ProjectClosure fromRow(Row r) {
        List<FieldError> overridden = Json.objects(r.getString("overridden")).stream().map(m -> new FieldError(
                (String) m.get("field"), (String) m.get("code"), (String) m.get("message"))).toList();
        return new ProjectClosure(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getString("project_key"), r.getString("project_name"), r.getString("outcome"),
                r.getString("lessons_learned"), ProjectStatus.valueOf(r.getString("final_status")),
                r.getBoolean("forced"), overridden, r.getString("closed_by"), Rows.instant(r, "closed_at"));
    }
}
