package org.rapport.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The PostgreSQL test server named by {@code RAPPORT_TEST_PG_URL}, {@code RAPPORT_TEST_PG_USER} and
 * {@code RAPPORT_TEST_PG_PASSWORD} (.ci/postgres starts one). Tests needing it are skipped without it.
 */
final class TestPostgres {

    static final String URL = System.getenv("RAPPORT_TEST_PG_URL");

    private TestPostgres() {
    }

    static boolean configured() {
        return URL != null && !URL.isBlank();
    }

    static void assumeConfigured() {
        assumeTrue(configured(),
                "RAPPORT_TEST_PG_URL is not set: PostgreSQL store tests skipped (run .ci/postgres to start a server)");
    }

    static MigratingDataSource ownerDataSource() {
        return login(System.getenv("RAPPORT_TEST_PG_USER"), System.getenv("RAPPORT_TEST_PG_PASSWORD"));
    }

    static MigratingDataSource login(String user, String password) {
        assumeConfigured();
        StoreSettings settings = new StoreSettings(URL, user, password, Path.of("target"), true);
        return new MigratingDataSource(StoreConfiguration.pool(settings), settings);
    }
}
