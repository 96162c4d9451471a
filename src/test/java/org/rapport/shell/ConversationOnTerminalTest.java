package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.store.JdbcSessionJournal;
import org.rapport.store.MigratingDataSource;
import org.rapport.store.StoreConfiguration;
import org.rapport.transcript.Speaker;

/**
 * Conversation mode at a real terminal: the application in its own JVM on a pseudo-terminal, typed at
 * key by key. Every line is the trainee's reply as typed (apostrophes, double quotes, backslashes,
 * exclamation marks), edited with the arrow keys, recalled with Up, and Ctrl-C neither sends a line nor
 * leaves the session; the same whether the session is started from the operating system's shell or
 * inside Rapport's shell.
 */
class ConversationOnTerminalTest {

    // The line reader puts the terminal in keypad-transmit mode, where arrow keys send ESC O x.
    static final String LEFT = "\u001bOD";
    static final String UP = "\u001bOA";
    static final String HOME = "\u0001";
    static final String CTRL_C = "\u0003";
    static final String ENTER = "\r";

    @TempDir
    Path home;

    @BeforeAll
    static void needsATerminal() {
        assumeTrue(RapportProcess.terminalsAvailable(), "util-linux script provides the pseudo-terminal");
        // A build started in the background of a shell without job control ignores SIGINT, and so does every
        // process it starts: the terminal's Ctrl-C then reaches no one, and these tests could only time out.
        assumeTrue(RapportProcess.interruptsDelivered(), "this build was started with SIGINT ignored, so Ctrl-C cannot be typed");
    }

    @Test
    void startFromTheOperatingSystemShellTakesEveryLineVerbatimWithLineEditing() throws Exception {
        try (RapportProcess rapport = RapportProcess.onTerminal(home, "start", "gad-hector")) {
            rapport.await("you> ");
            // Typed out of order and mended with Home and Left, as a person corrects a reply.
            String tail = "on edge, C:\\notes\\worry.txt!! \"yes\"";
            rapport.type("you're " + tail);
            rapport.type(LEFT.repeat(tail.length()) + "\"always\" " + HOME + "It sounds like " + ENTER);
            rapport.await("you> ");
            rapport.type("I wonder what the nights are like");
            // A terminal drops keys not yet read when Ctrl-C arrives: wait until the line is on screen.
            rapport.await("nights are like");
            rapport.type(CTRL_C);
            rapport.await("that line was not sent");
            rapport.type(CTRL_C);
            rapport.await("the conversation goes on");
            rapport.type(UP + " for you" + ENTER);
            rapport.await("you> ");
            rapport.type("/end" + ENTER);
            rapport.await("Session report");
            assertThat(rapport.waitFor()).isZero();
        }

        SavedSession saved = onlySession();
        assertThat(replies(saved)).containsExactly(
                "It sounds like you're \"always\" on edge, C:\\notes\\worry.txt!! \"yes\"",
                "I wonder what the nights are like for you");
        assertThat(saved.record().status()).isEqualTo(SessionStatus.FINISHED);
    }

    @Test
    void startInsideTheShellReadsRepliesTheSameWayAndReturnsToTheShell() throws Exception {
        try (RapportProcess rapport = RapportProcess.onTerminal(home)) {
            String greeting = rapport.await("rapport> ");
            assertThat(greeting).contains(HelpCommands.GREETING);
            rapport.type("start gad-hector" + ENTER);
            rapport.await("you> ");
            rapport.type("It's a lot, isn't it? You don't get a break from the \"what ifs\"" + ENTER);
            rapport.await("you> ");
            rapport.type(CTRL_C);
            rapport.await("the conversation goes on");
            rapport.type("/end" + ENTER);
            rapport.await("Session report");
            rapport.await("rapport> ");
            rapport.type("exit" + ENTER);
            assertThat(rapport.waitFor()).isZero();
        }

        SavedSession saved = onlySession();
        assertThat(replies(saved)).containsExactly("It's a lot, isn't it? You don't get a break from the \"what ifs\"");
    }

    private SavedSession onlySession() throws Exception {
        try (MigratingDataSource store = StoreConfiguration.embeddedIn(home)) {
            JdbcSessionJournal journal = new JdbcSessionJournal(store, Clock.systemUTC());
            List<SessionRecord> sessions = journal.list(null);
            assertThat(sessions).hasSize(1);
            return journal.load(sessions.get(0).id()).orElseThrow();
        }
    }

    private static List<String> replies(SavedSession saved) {
        return saved.turns().stream().filter(t -> t.speaker() == Speaker.TRAINEE).map(SessionTurn::text).toList();
    }
}
