package io.worklane.persistence.form;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.form.FormSubmission;
import io.worklane.domain.form.FormSubmissions;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Submissions in native SQL: written in the use case's session, read on the pool. */
@ApplicationScoped
public class FormSubmissionsRepository implements FormSubmissions {
    private final Sql sql;

    public FormSubmissionsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Void> insert(FormSubmission s) {
        return Writes.inSession(session -> session.createNativeQuery("INSERT INTO form_submissions (id, workspace_id,"
                        + " form_id, work_item_id, submitter_email, token_hash, created_at) VALUES (:id, :ws, :form, :item,"
                        + " :email, :hash, :at)")
                .setParameter("id", s.id()).setParameter("ws", s.workspaceId()).setParameter("form", s.formId())
                .setParameter("item", s.workItemId()).setParameter("email", s.submitterEmail())
                .setParameter("hash", s.tokenHash()).setParameter("at", s.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<FormSubmission>> findByTokenHash(UUID formId, String hash) {
        return sql.one("SELECT id, workspace_id, form_id, work_item_id, submitter_email, token_hash, created_at"
                + " FROM form_submissions WHERE token_hash = $1 AND form_id = $2", Tuple.of(hash, formId),
                FormSubmissionsRepository::fromRow);
    }

    private static FormSubmission fromRow(Row r) {
        return new FormSubmission(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("form_id"),
                r.getUUID("work_item_id"), r.getString("submitter_email"), r.getString("token_hash"),
                Rows.instant(r, "created_at"));
    }
}
