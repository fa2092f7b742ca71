package io.worklane.api.cache;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.Map;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Reactive plans a native statement whose rows are read anew on every run and keeps every plan
 * under the statement's hash, so that lookups scan them all (ADR 0059). The statements of every write (the
 * outbox's append, the advisory locks) therefore run as updates, whose plans are not kept: here, after many
 * changes, neither has left a plan in the cache, and the cache stays within its bound.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class QueryPlanCacheTest {
    private static final String APPEND = "WITH s AS (UPDATE workspaces SET last_event_seq";
    private static final String LOCK = "SELECT pg_advisory_xact_lock";

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void the_statements_of_every_write_leave_no_plan_behind() {
        String ws = aWorkspace();
        aProject(ws, "QP");
        String parent = aWorkItem(ws, "QP", "Parent").extract().path("key");
        for (int i = 0; i < 20; i++) {
            String key = aWorkItem(ws, "QP", "Planned once " + i).extract().path("key");
            asAdmin().body(Map.of("to", "in_progress")).post(item(ws, key) + "/transitions").then().statusCode(200);
            asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", parent))
                    .patch(item(ws, key)).then().statusCode(200);
        }

        assertThat(plans()).as("the cache is readable (else this test checks nothing)").isNotEmpty();
        assertThat(plansOf(APPEND)).as("plans of the outbox's append after 60 events").isZero();
        assertThat(plansOf(LOCK)).as("plans of the advisory lock after 20 hierarchy changes").isZero();
        assertThat(cache().getNumberOfCachedQueryPlans()).isLessThanOrEqualTo(256);
    }

    private static String item(String ws, String key) {
        return "/api/v1/workspaces/" + ws + "/work-items/" + key;
    }

    /** The cached plans of statements starting with {@code sql}, read from the cache's map of keys. */
    private long plansOf(String sql) {
        return plans().keySet().stream().filter(key -> sqlOf(key).startsWith(sql)).count();
    }

    private Map<?, ?> plans() {
        Object quarkusCache = field(cache(), "queryPlanCache");
        Object caffeine = field(quarkusCache, "cache");
        try {
            Class<?> type = Class.forName("com.github.benmanes.caffeine.cache.Cache", true,
                    caffeine.getClass().getClassLoader());
            return (Map<?, ?>) type.getMethod("asMap").invoke(caffeine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sqlOf(Object key) {
        Object sql = field(key, "sql");
        return sql == null ? "" : sql.toString();
    }

    private static Object field(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private QueryInterpretationCache cache() {
        MappingMetamodel metamodel = (MappingMetamodel) sessions.getMetamodel();
        return metamodel.getTypeConfiguration().getSessionFactory().getQueryEngine().getInterpretationCache();
    }
}
