package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window waits a bounded time for the embedded file, and when another program holds it without sharing,
 * says so in a sentence; once that program lets go, the same window opens the file.
 */
class EmbeddedFileHeldTest {

    @TempDir
    Path home;

    @Test
    void aFileHeldByAProgramThatDoesNotShareIsNamedAfterABoundedWaitAndOpensOnceReleased() throws Exception {
        Process holder = OtherJvm.start(EmbeddedFileHolder.class, home.toString());
        StoreSettings settings = new StoreSettings(null, null, null, home, true);
        try (MigratingDataSource store = new MigratingDataSource(StoreConfiguration.pool(settings), settings, 1_500)) {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");

            long started = System.nanoTime();
            assertThatThrownBy(store::getConnection)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("rapport.mv.db is held by another process that does not share it")
                    .hasMessageNotContaining("org.h2")
                    .hasNoCause();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("waited, but not for ever")
                    .isGreaterThanOrEqualTo(1_000).isLessThan(30_000);

            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).as("holder let go").isTrue();
            try (Connection opened = store.getConnection()) {
                assertThat(opened.isValid(5)).isTrue();
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
