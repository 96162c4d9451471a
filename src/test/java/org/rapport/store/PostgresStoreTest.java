package org.rapport.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL server, as the owner (administrator) login. */
class PostgresStoreTest extends StoreContractTest {

    static MigratingDataSource dataSource;

    @BeforeAll
    static void openDatabase() {
        if (TestPostgres.configured()) dataSource = TestPostgres.ownerDataSource();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        if (dataSource != null) dataSource.close();
    }

    @Override
    void assumeAvailable() {
        TestPostgres.assumeConfigured();
    }

    @Override
    String author(String given) {
        return System.getenv("RAPPORT_TEST_PG_USER");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
