package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;

/** Status of "gad-maya, due 2026-03-10, pass at 3.5" (or without minimum) as sessions come in. */
class AssignmentStatusTest {

    private static final LocalDate DUE = LocalDate.parse("2026-03-10");
    private static final LocalDate BEFORE = DUE.minusDays(3), AFTER = DUE.plusDays(1);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing yet", 3.5, List.of(), BEFORE, AssignmentStatus.NOT_STARTED),
                Arguments.of("nothing and past due", 3.5, List.of(), AFTER, AssignmentStatus.OVERDUE),
                Arguments.of("started, not finished", 3.5, List.of(session(false, null)), BEFORE,
                        AssignmentStatus.IN_PROGRESS),
                Arguments.of("finished below the minimum", 3.5, List.of(session(true, 3.2)), BEFORE,
                        AssignmentStatus.IN_PROGRESS),
                Arguments.of("finished below the minimum, past due", 3.5, List.of(session(true, 3.2)), AFTER,
                        AssignmentStatus.OVERDUE),
                Arguments.of("one of two sessions reached the minimum", 3.5,
                        List.of(session(true, 3.2), session(true, 3.5)), BEFORE, AssignmentStatus.PASSED),
                Arguments.of("passed stays passed after the due date", 3.5, List.of(session(true, 4.0)), AFTER,
                        AssignmentStatus.PASSED),
                Arguments.of("an unfinished session never passes", 3.5, List.of(session(false, 4.5)), BEFORE,
                        AssignmentStatus.IN_PROGRESS),
                Arguments.of("no minimum: a finished session is done", null, List.of(session(true, 2.0)), BEFORE,
                        AssignmentStatus.DONE),
                Arguments.of("no minimum: done late is still done", null, List.of(session(true, 2.0)), AFTER,
                        AssignmentStatus.DONE),
                Arguments.of("no minimum, started only, past due", null, List.of(session(false, null)), AFTER,
                        AssignmentStatus.OVERDUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statusFollowsSessionsDueDateAndMinimum(String situation, Double minScore, List<ScoredSession> sessions,
            LocalDate today, AssignmentStatus expected) {
        Assignment assignment = new Assignment(1, "alice", "gad-maya", DUE, minScore, "dr-lee",
                Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(AssignmentStatus.derive(assignment, sessions, today)).isEqualTo(expected);
    }

    @Test
    void labelsReadAsWords() {
        assertThat(AssignmentStatus.NOT_STARTED.label()).isEqualTo("not started");
        assertThat(AssignmentStatus.IN_PROGRESS.label()).isEqualTo("in progress");
    }

    private static ScoredSession session(boolean finished, Double overall) {
        SessionRecord record = new SessionRecord("s" + System.nanoTime(), "gad-maya", "alice", "scripted", "core",
                Instant.parse("2026-03-05T10:00:00Z"), finished ? Instant.parse("2026-03-05T10:20:00Z") : null,
                finished ? SessionStatus.FINISHED : SessionStatus.IN_PROGRESS);
        TranscriptSummary summary = new TranscriptSummary(Map.of(), new MitiFigures(null, null, null), overall);
        return new ScoredSession(record, summary, summary, 3);
    }
}
