package io.worklane.persistence.workspace;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MembersRepository implements Members {
    /** Members list in creation order only; the cursor carries this sort token. */
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + MemberMapping.COLUMNS + " FROM members";
    private final Sql sql;

    public MembersRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Member>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                MemberMapping::fromRow);
    }

    @Override
    public Uni<Page<Member>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        String query = SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1);
        return sql.list(query, p.tuple(), MemberMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT,
                        m -> Keyset.timestampValue(m.createdAt()), Member::id));
    }

    @Override
    public Uni<List<Member>> byIds(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.list(SELECT + " WHERE workspace_id = $1 AND id = ANY($2)",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), MemberMapping::fromRow);
    }

    @Override
    public Uni<Member> insert(Member member) {
        MemberEntity entity = MemberMapping.copy(member, new MemberEntity());
        return Writes.persist(entity, "A member with email '" + member.email() + "'")
                .map(MemberMapping::fromEntity);
    }

    @Override
    public Uni<Member> update(Member changed) {
        return Writes.update(MemberEntity.class, changed.id(), changed.workspaceId(), changed.version(), "Member " + changed.email(),
                () -> notFound(changed.id()), e -> MemberMapping.copy(changed, e)).map(MemberMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(MemberEntity.class, id, workspaceId, expectedVersion, "Member " + id, () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.MEMBER_NOT_FOUND, "Member", id.toString());
    }
}
