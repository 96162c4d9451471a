package org.rapport.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database, as a trainee's own machine runs it. */
class H2StoreTest extends StoreContractTest {

    @TempDir
    static Path home;
    static MigratingDataSource dataSource;

    @BeforeAll
    static void openDatabase() {
        dataSource = StoreConfiguration.embeddedIn(home);
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        dataSource.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
