package org.rapport.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.rapport.rubric.RubricEngines;
import org.rapport.session.SessionJournal;
import org.rapport.transcript.InputError;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.TranscriptReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The store's beans. The database is opened (and migrated) by the first command that needs it, never
 * at start-up: creating these beans touches no connection.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    StoreSettings storeSettings(Environment environment) {
        return StoreSettings.from(environment);
    }

    @Bean(destroyMethod = "close")
    MigratingDataSource rapportDataSource(StoreSettings settings) {
        return new MigratingDataSource(pool(settings), settings);
    }

    /**
     * An embedded database of its own in {@code folder}, for work that must not touch the user's records
     * (the benchmark's timed sessions). Close it when done.
     */
    public static MigratingDataSource embeddedIn(java.nio.file.Path folder) {
        StoreSettings settings = new StoreSettings(null, null, null, folder, true);
        return new MigratingDataSource(pool(settings), settings);
    }

    /** A small pool that connects on first use (the no-argument constructor starts nothing). */
    static HikariDataSource pool(StoreSettings settings) {
        // The embedded database's server for other local processes listens on the loopback interface
        // only (H2 would otherwise listen on every interface, guarded by a random key).
        if (settings.embedded() && System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("rapport-store");
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.jdbcUser());
        pool.setPassword(settings.jdbcPassword());
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(0);
        // An idle shell lets go of its connections soon, so that it does not go on serving the embedded
        // database to other processes when it has nothing to do.
        pool.setIdleTimeout(10_000);
        pool.setConnectionTimeout(10_000);
        return pool;
    }

    /** Replies are kept as entered, before they are scored, in files under the data folder. */
    @Bean
    SessionJournal sessionJournal(MigratingDataSource dataSource, StoreSettings settings, ObjectProvider<Clock> clock) {
        return new org.rapport.session.EnteredReplyFiles(new JdbcSessionJournal(dataSource, clock(clock)),
                settings.home().toAbsolutePath().resolve("entered-replies"));
    }

    @Bean
    TraineeRoster traineeRoster(MigratingDataSource dataSource, ObjectProvider<Clock> clock) {
        return new TraineeRoster(dataSource, clock(clock));
    }

    /**
     * On a shared server what a trainee's login wrote is re-scored before it is shown as a grade, and a
     * practice session is replayed against its scenario (client lines, states, the client's ratings); the
     * engine is loaded only when such a session is read. The single-user store takes scores as stored.
     */
    @Bean
    Rescoring rescoring(StoreSettings settings, ObjectProvider<RubricEngines> engines,
            ObjectProvider<org.rapport.rubric.RubricLibrary> rubrics,
            ObjectProvider<org.rapport.session.ScenarioLookup> scenarios) {
        if (settings.vendor() != Vendor.POSTGRESQL) return Rescoring.TRUST_STORED;
        return new Rescoring(() -> {
            RubricEngines available = engines.getIfAvailable();
            if (available != null) return available;
            return id -> rubrics.getObject().engine(id == null || id.isBlank()
                    ? org.rapport.rubric.RubricConfiguration.DEFAULT_RUBRIC : id);
        }, id -> scenarios.getObject().get(id));
    }

    @Bean
    Assignments assignments(MigratingDataSource dataSource, ObjectProvider<Clock> clock, SessionResults results) {
        return new Assignments(dataSource, clock(clock), results);
    }

    @Bean
    SessionResults sessionResults(MigratingDataSource dataSource, Rescoring rescoring) {
        return new SessionResults(dataSource, rescoring);
    }

    @Bean
    Reviews reviews(MigratingDataSource dataSource, ObjectProvider<Clock> clock, Rescoring rescoring) {
        return new Reviews(dataSource, clock(clock), rescoring);
    }

    @Bean
    Gradebook gradebook(MigratingDataSource dataSource, ObjectProvider<Clock> clock, SessionResults results) {
        return new Gradebook(dataSource, clock(clock), results);
    }

    @Bean
    DatabaseLogins databaseLogins(MigratingDataSource dataSource, StoreSettings settings) {
        return new DatabaseLogins(dataSource, settings);
    }

    @Bean
    TranscriptImport transcriptImport(MigratingDataSource dataSource, ObjectProvider<Clock> clock) {
        return new TranscriptImport(dataSource, clock(clock));
    }

    /** Import reads the same formats as grade, with the same per-file errors. */
    @Bean
    TranscriptFiles transcriptFiles() {
        return paths -> {
            TranscriptBatch batch = new TranscriptReader().read(paths);
            return new TranscriptFiles.Loaded(batch.transcripts(),
                    batch.errors().stream().map(InputError::toString).toList());
        };
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemDefaultZone);
    }
}
