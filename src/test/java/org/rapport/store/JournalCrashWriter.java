package org.rapport.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.rapport.client.ClientState;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;

/**
 * Run in its own JVM by the durability test: journals a session's turns into the embedded store under
 * the given home, then dies like a killed process (no shutdown hooks, no close, no finish).
 */
public final class JournalCrashWriter {

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        int replies = Integer.parseInt(args[1]);
        MigratingDataSource dataSource = StoreConfiguration.embeddedIn(home);
        JdbcSessionJournal journal = new JdbcSessionJournal(dataSource, Clock.systemUTC());
        Instant start = Instant.parse("2026-03-05T10:00:00Z");
        journal.begin(new SessionRecord("crashed", "gad-maya", "alice", "scripted", "core", start, null,
                SessionStatus.IN_PROGRESS));
        int index = 0;
        journal.append("crashed", new SessionTurn(index++, Speaker.CLIENT, StoreContractTest.MAYA_OPENS, null,
                new ClientState(2, 6, 0), "opening", start));
        for (int i = 0; i < replies; i++) {
            journal.append("crashed", StoreContractTest.trainee(index++, StoreContractTest.REFLECTION, start));
            journal.append("crashed", new SessionTurn(index++, Speaker.CLIENT, "I suppose so.", null,
                    new ClientState(3, 5, 1), null, start));
        }
        System.out.println("journaled " + index);
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
