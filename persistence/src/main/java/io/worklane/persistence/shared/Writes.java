package io.worklane.persistence.shared;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The write side: the session of the use case's transaction (opened by {@code @WithTransaction}
 * in the application service). Flushes eagerly so that a constraint or version failure surfaces
 * here, translated to a domain refusal, and not at commit as an anonymous error.
 */
public final class Writes {
    /** Unique constraints whose violation is a caller's mistake, with the code that says so. */
    private static final Map<String, ErrorCode> UNIQUE = Map.ofEntries(
            Map.entry("work_item_dependencies_pair", ErrorCode.DEPENDENCY_EXISTS),
            Map.entry("work_item_links_pair", ErrorCode.LINK_EXISTS),
            Map.entry("workspaces_slug_key", ErrorCode.WORKSPACE_SLUG_TAKEN),
            Map.entry("members_workspace_id_email_key", ErrorCode.MEMBER_ALREADY_EXISTS),
            Map.entry("projects_workspace_id_key_key", ErrorCode.PROJECT_KEY_TAKEN),
            Map.entry("forms_slug_key", ErrorCode.FORM_SLUG_TAKEN),
            Map.entry("project_members_member", ErrorCode.PROJECT_MEMBER_EXISTS),
            Map.entry("project_members_team", ErrorCode.PROJECT_MEMBER_EXISTS),
            Map.entry("custom_fields_project_id_key_key", ErrorCode.CUSTOM_FIELD_KEY_TAKEN),
            Map.entry("budgets_one_per_project", ErrorCode.BUDGET_ALREADY_EXISTS),
            Map.entry("exchange_rates_pair_date", ErrorCode.EXCHANGE_RATE_ALREADY_EXISTS),
            Map.entry("holidays_workspace_id_day_key", ErrorCode.HOLIDAY_EXISTS),
            Map.entry("resources_member", ErrorCode.MEMBER_ALREADY_A_RESOURCE),
            Map.entry("time_timers_resource_id_key", ErrorCode.TIMER_ALREADY_RUNNING));

    private Writes() {
    }

    public static <T> Uni<T> inSession(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(s -> work.apply(s)).onFailure().transform(Writes::translate);
    }

    /**
     * A native statement of the session whose rows are read: one column as its value (bigint as Long, uuid
     * as UUID), several as {@code Object[]}. Hibernate Reactive cannot reuse the plan of such a statement:
     * each run adds one to its query-plan cache, all under the statement's hash, and later lookups scan
     * them (ADR 0059). Statements whose rows are not needed run as updates instead, whose plans it does not keep.
     */
    public static <R> Mutiny.Query<R> nativeQuery(Mutiny.Session s, String sql) {
        return s.createNativeQuery(sql);
    }

    /** Takes a transaction-scoped advisory lock on {@code key}, held until the use case's transaction ends. */
    public static Uni<Void> advisoryLock(String key) {
        return inSession(s -> advisoryLock(s, key));
    }

    public static Uni<Void> advisoryLock(Mutiny.Session s, String key) {
        // run as an update (its row count unread): Hibernate keeps no plan of it (ADR 0059)
        return s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:k))").setParameter("k", key)
                .executeUpdate().replaceWithVoid();
    }

    public static <E> Uni<E> persist(E entity, String what) {
        return inSession(s -> s.persist(entity).chain(s::flush).replaceWith(entity))
                .onFailure(DomainException.class).transform(e -> withSubject((DomainException) e, what));
    }

    /**
     * Loads a row of the workspace, checks it is still at {@code expectedVersion}, applies
     * {@code copy} and flushes (Hibernate's versioned UPDATE catches a writer that slipped in since).
     */
    public static <E extends VersionedEntity> Uni<E> update(Class<E> type, UUID id, UUID workspaceId,
                                                            long expectedVersion, String what,
                                                            Supplier<DomainException> notFound, Consumer<E> copy) {
        return inSession(s -> load(s, type, id, workspaceId, notFound)
                .invoke(e -> checkVersion(e.version, expectedVersion, what))
                .invoke(copy)
                .call(e -> s.flush()));
    }

    public static <E extends VersionedEntity> Uni<Void> delete(Class<E> type, UUID id, UUID workspaceId,
                                                               long expectedVersion, String what,
                                                               Supplier<DomainException> notFound) {
        return inSession(s -> load(s, type, id, workspaceId, notFound)
                .invoke(e -> checkVersion(e.version, expectedVersion, what))
                .call(s::remove)
                .call(e -> s.flush())
                .replaceWithVoid());
    }

    private static <E extends VersionedEntity> Uni<E> load(Mutiny.Session s, Class<E> type, UUID id, UUID workspaceId,
                                                           Supplier<DomainException> notFound) {
        return s.find(type, id).map(e -> e != null && e.tenantId().equals(workspaceId) ? e : null)
                .onItem().ifNull().failWith(notFound);
    }

    /** Refuses when the stored version is not the one the change was computed from. */
    public static void checkVersion(long stored, long expected, String what) {
        if (stored != expected) {
            throw conflict(what, stored);
        }
    }

    public static DomainException conflict(String what, long current) {
        return new DomainException(ErrorCode.CONFLICT, what + " was changed by someone else (now at version "
                + current + "). Read it again and re-apply your change.");
    }

    static Throwable translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException) {
                return t;
            }
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
                ErrorCode code = UNIQUE.get(cve.getConstraintName());
                if (code != null) {
                    return new DomainException(code, "");
                }
            }
            if (t instanceof StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return new DomainException(ErrorCode.CONFLICT,
                        "The object was changed by someone else meanwhile. Read it again and re-apply your change.");
            }
        }
        return failure;
    }

    private static DomainException withSubject(DomainException e, String what) {
        if (!e.getMessage().isEmpty()) {
            return e;
        }
        return new DomainException(e.code(), what + " already exists. Choose another.");
    }
}
