package io.worklane.persistence.workspace;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.workspace.Memberships;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * One statement per sign-in: link the unlinked members with the verified email, and read the linked
 * ones. The SELECT sees the snapshot from before the UPDATE, so a newly linked member is counted once.
 */
@ApplicationScoped
public class MembershipsRepository implements Memberships {
    private static final String SIGN_IN = "WITH linked AS ("
            + " UPDATE members m SET subject = $1, version = m.version + 1, updated_at = now()"
            + " WHERE $2::text IS NOT NULL AND m.subject IS NULL AND m.email = $2"
            + " AND NOT EXISTS (SELECT 1 FROM members o WHERE o.subject = $1 AND o.workspace_id = m.workspace_id)"
            + " RETURNING " + prefixed("m") + ", true AS newly_linked)"
            + " SELECT " + MemberMapping.COLUMNS + ", false AS newly_linked FROM members WHERE subject = $1"
            + " UNION ALL SELECT * FROM linked";
    private final Sql sql;

    public MembershipsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<SignedInMember>> signIn(String subject, String verifiedEmail) {
        return sql.list(SIGN_IN, Tuple.of(subject, verifiedEmail),
                row -> new SignedInMember(MemberMapping.fromRow(row), row.getBoolean("newly_linked")));
    }

    private static String prefixed(String alias) {
        return alias + "." + MemberMapping.COLUMNS.replace(", ", ", " + alias + ".");
    }
}
