package org.rapport.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.store.Assignment;
import org.rapport.store.Assignments;
import org.rapport.store.ProgressReport;
import org.rapport.store.Reviews;
import org.rapport.store.ScoreOverride;
import org.rapport.store.SessionResults;
import org.rapport.store.StoreSettings;
import org.rapport.store.SupervisorComment;
import org.rapport.store.SupervisorViews;
import org.rapport.store.TraineeRoster;
import org.rapport.store.Vendor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** What a supervisor does: enrol and assign, follow progress, review sessions, override and comment. */
@Component
public class SupervisorCommands {

    private static final String GROUP = "Supervision";

    private final TraineeRoster roster;
    private final Assignments assignments;
    private final SessionResults results;
    private final Reviews reviews;
    private final StoreSettings settings;
    private final ObjectProvider<ScenarioLibrary> scenarios;
    private final ZoneId zone = Clock.systemDefaultZone().getZone();

    public SupervisorCommands(TraineeRoster roster, Assignments assignments, SessionResults results, Reviews reviews,
            StoreSettings settings, ObjectProvider<ScenarioLibrary> scenarios) {
        this.scenarios = scenarios;
        this.roster = roster;
        this.assignments = assignments;
        this.results = results;
        this.reviews = reviews;
        this.settings = settings;
    }

    @Command(name = "trainees", group = GROUP, description = "List trainees with their supervisor and assignments.",
            help = "Example: trainees")
    public String trainees() {
        return attempt(() -> SupervisorViews.trainees(roster.trainees(), assignments.standings(null)));
    }

    @Command(name = "assign", group = GROUP, description = "Assign a scenario to a trainee.", help = """
            The scenario must be one in the scenarios folder (when there is one). Enrols the trainee under
            you if new. Assigning the same scenario again changes its due date and minimum score. The
            minimum is on the overall score (1-5) of one finished session.
            Example: assign --trainee alice --scenario gad-hector --due 2026-03-20 --min-score 3.5""")
    public String assign(
            @Option(longName = "trainee", required = true, description = "trainee name") String trainee,
            @Option(longName = "scenario", required = true, description = "scenario id") String scenario,
            @Option(longName = "due", description = "due date, YYYY-MM-DD") String due,
            @Option(longName = "min-score", description = "overall score needed to pass, 1-5") Double minScore,
            @Option(longName = "by", description = "supervisor name [default: your login]") String by) {
        LocalDate dueDate = date(due);
        requireKnownScenario(scenario);
        return attempt(() -> {
            Assignment a = assignments.assign(trainee, scenario, dueDate, minScore, actor(by));
            return "Assigned " + a.scenarioId() + " to " + a.trainee()
                    + (a.due() == null ? "" : ", due " + a.due())
                    + (a.minScore() == null ? "" : ", pass at " + a.minScore()) + ".";
        });
    }

    @Command(name = "assignments", group = GROUP, description = "Assignments and where each stands.", help = """
            Status: not started, in progress, done (finished, no minimum), passed (a finished session reached
            the minimum), overdue (past due without that).
            Example: assignments --trainee alice --json""")
    public String assignments(
            @Option(longName = "trainee", description = "only this trainee") String trainee,
            @Option(longName = "json", description = "print JSON") boolean json) {
        return attempt(() -> SupervisorViews.assignments(assignments.standings(trainee), json, zone));
    }

    @Command(name = "progress", group = GROUP, description = "A trainee's scores over time, per criterion.",
            help = "One row per finished session with reviewed scores, and a sparkline per criterion.\n"
                    + "Example: progress --trainee alice")
    public String progress(
            @Option(longName = "trainee", required = true, description = "trainee name") String trainee,
            @Option(longName = "json", description = "print JSON") boolean json) {
        return attempt(() -> SupervisorViews.progress(ProgressReport.of(trainee, results.of(trainee)), json, zone));
    }

    @Command(name = "review", completionProvider = "sessionIdCompletion", group = GROUP, description = "Read a session turn by turn with scores and feedback.",
            help = "Example: review 20260305-0900-4f2a")
    public String review(@Argument(index = 0, description = "session id") String session) {
        requireSession(session);
        return attempt(() -> SupervisorViews.review(reviews.review(session), zone));
    }

    @Command(name = "override", completionProvider = "sessionIdCompletion", group = GROUP, description = "Give your score for one criterion of one reply.",
            help = """
                    The engine's score stays on record beside yours, with who and when; reviews, progress and
                    the gradebook use yours. A later override of the same score supersedes an earlier one.
                    Example: override S1 --turn 3 --criterion empathy --score 4 --note "named the fear" """)
    public String override(
            @Argument(index = 0, description = "session id") String session,
            @Option(longName = "turn", required = true, description = "turn index (from review)") Integer turn,
            @Option(longName = "criterion", required = true, description = "criterion id, e.g. empathy") String criterion,
            @Option(longName = "score", required = true, description = "your score, 1-5") Integer score,
            @Option(longName = "note", required = true, description = "why") String note,
            @Option(longName = "by", description = "supervisor name [default: your login]") String by) {
        requireSession(session);
        return attempt(() -> {
            ScoreOverride o = reviews.override(session, turn, criterion, score, note, actor(by));
            return "Turn " + o.turnIndex() + " " + o.criterion() + ": engine "
                    + (o.engineScore() == null ? "n/a" : o.engineScore()) + ", now " + o.supervisorScore()
                    + " (by " + o.by() + ").";
        });
    }

    @Command(name = "comment", completionProvider = "sessionIdCompletion", group = GROUP, description = "Comment on a session or one of its turns.",
            help = "Example: comment S1 --turn 3 --text \"Reflect before you ask.\"")
    public String comment(
            @Argument(index = 0, description = "session id") String session,
            @Option(longName = "turn", description = "turn index; omit for the whole session") Integer turn,
            @Option(longName = "text", required = true, description = "the comment") String text,
            @Option(longName = "by", description = "supervisor name [default: your login]") String by) {
        requireSession(session);
        return attempt(() -> {
            SupervisorComment c = reviews.comment(session, turn, text, actor(by));
            return "Comment added to " + c.sessionId() + (c.turnIndex() == null ? "" : " turn " + c.turnIndex()) + ".";
        });
    }

    /**
     * Who is acting: the name given, else on a shared server the database login (row-level security
     * checks it), else the operating-system user.
     */
    String actor(String by) {
        if (by != null && !by.isBlank()) return by;
        if (!settings.embedded() && settings.vendor() == Vendor.POSTGRESQL && settings.user() != null) {
            return settings.user();
        }
        return System.getProperty("user.name");
    }

    /** A typo in a scenario id would make an assignment no session can ever complete. */
    private void requireKnownScenario(String id) {
        ScenarioLibrary library = scenarios.getIfAvailable();
        if (library == null || library.all().isEmpty() || library.find(id).isPresent()) return;
        throw new CommandFailure(2, "no scenario '" + id + "' in " + library.folder() + "; available: "
                + String.join(", ", library.ids()));
    }

    private static void requireSession(String session) {
        if (session == null || session.isBlank()) throw new IllegalArgumentException("give a session id");
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("due date must be YYYY-MM-DD, was '" + text + "'");
        }
    }

    /** Runs a store call; what the store or the database refuses becomes a one-line failure. */
    static String attempt(Supplier<String> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IllegalStateException | DataAccessException e) {
            throw new CommandFailure(reason(e));
        }
    }

    static <T> T attemptValue(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IllegalStateException | DataAccessException e) {
            throw new CommandFailure(reason(e));
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceFirst("^ERROR: ", "");
    }
}
