package io.worklane.persistence.apikey;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.pgclient.PgException;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.shared.Actor;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/** Rows of {@code api_keys} ↔ {@link ApiKey}, and the constraint that keeps a key to one successor. */
final class ApiKeyRows {
    static final String COLUMNS = "id, workspace_id, name, prefix, hash, scopes::text AS scopes, instance_admin,"
            + " created_by_kind, created_by_id, created_by_name, created_at, expires_at, revoked_at, last_used_at,"
            + " rotated_from";
    /** The unique index of V2__api_key_management.sql on rotated_from. */
    private static final String ONE_SUCCESSOR = "api_keys_rotated_from_key";

    private ApiKeyRows() {
    }

    static ApiKey fromRow(Row r) {
        Actor creator = new Actor(Actor.Kind.valueOf(r.getString("created_by_kind")), r.getString("created_by_id"),
                r.getString("created_by_name"));
        return new ApiKey(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"), r.getString("prefix"),
                r.getString("hash"), Set.copyOf(Json.stringList(r.getString("scopes"))), r.getBoolean("instance_admin"),
                creator, Rows.instant(r, "created_at"), Rows.instant(r, "expires_at"), Rows.instant(r, "revoked_at"),
                Rows.instant(r, "last_used_at"), r.getUUID("rotated_from"));
    }

    /** True when the failure is a second successor of one key (two rotations of it, even concurrent ones). */
    static boolean isSecondSuccessor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && ONE_SUCCESSOR.equals(cve.getConstraintName())) {
                return true;
            }
            if (t instanceof PgException pg && ONE_SUCCESSOR.equals(pg.getConstraint())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
