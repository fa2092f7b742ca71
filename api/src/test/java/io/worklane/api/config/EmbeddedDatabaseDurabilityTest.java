package io.worklane.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default is durable: the settings the embedded library turns off for tests are on, as
 * PostgreSQL itself reports them ({@code SHOW}); its test fixture keeps them off, which is what makes
 * the difference visible. That a PostgreSQL left running by a killed server is taken over, and that
 * acknowledged writes survive SIGKILLs, is proven on the packaged server (CrashRecoveryIT).
 */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void theDefaultDatabaseSyncsEveryCommitToDisk(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.durable(dir.resolve("postgres"))) {
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void theTestFixtureIsNotDurableSoTheCheckAboveMeansSomething(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.forTests(dir.resolve("postgres"), true)) {
            assertThat(show(database, "fsync")).isEqualTo("off");
            assertThat(show(database, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String show(EmbeddedDatabase database, String setting) throws Exception {
        return query(database, "SHOW " + setting);
    }

    private static String query(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        var config = database.datasourceConfig();
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
