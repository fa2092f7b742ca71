package io.worklane.persistence.form;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.Forms;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.TenantRows;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FormsRepository implements Forms {
    private static final String SELECT = "SELECT " + FormMapping.COLUMNS + " FROM forms";
    private final Sql sql;
    private final TenantRows<Form> table;

    public FormsRepository(Sql sql) {
        this.sql = sql;
        this.table = new TenantRows<>(sql, SELECT, FormMapping::fromRow, SORT, Form::createdAt, Form::id);
    }

    @Override
    public Uni<Optional<Form>> find(UUID workspaceId, UUID id) {
        return table.find(workspaceId, id);
    }

    @Override
    public Uni<Optional<Form>> findBySlug(String slug) {
        return sql.one(SELECT + " WHERE slug = $1", Tuple.of(slug), FormMapping::fromRow);
    }

    @Override
    public Uni<Page<Form>> list(UUID workspaceId, PageRequest page) {
        return table.oldestFirst(new Params().where("workspace_id = ?", workspaceId), page);
    }

    @Override
    public Uni<Form> insert(Form form) {
        return Writes.persist(FormMapping.copy(form, new FormEntity()), "A form with slug " + form.definition().slug())
                .map(e -> FormMapping.fromEntity(e, form.projectKey()));
    }

    @Override
    public Uni<Form> update(Form changed) {
        return Writes.update(FormEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Form " + changed.definition().slug(), () -> notFound(changed.id()),
                        e -> FormMapping.copy(changed, e)).map(e -> FormMapping.fromEntity(e, changed.projectKey()))
                .onFailure(DomainException.class).transform(e -> slugTaken((DomainException) e, changed));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(FormEntity.class, id, workspaceId, expectedVersion, "Form " + id, () -> notFound(id));
    }

    /** A slug taken by a change says which, as on creation. */
    private static DomainException slugTaken(DomainException e, Form changed) {
        return e.code() == ErrorCode.FORM_SLUG_TAKEN && e.getMessage().isEmpty() ? new DomainException(e.code(),
                "A form with slug " + changed.definition().slug() + " already exists. Choose another.") : e;
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.FORM_NOT_FOUND, "Form", id.toString());
    }
}
