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
import org.rapport.store.ReviewDocuments;
import org.rapport.store.ScoreOverride;
import org.rapport.store.SessionReview;
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
    private final ObjectProvider<org.rapport.rubric.RubricLibrary> rubrics;
    private final Clock clock = Clock.systemDefaultZone();
    private final ZoneId zone = clock.getZone();

    public SupervisorCommands(TraineeRoster roster, Assignments assignments, SessionResults results, Reviews reviews,
            StoreSettings settings, ObjectProvider<ScenarioLibrary> scenarios,
            ObjectProvider<org.rapport.rubric.RubricLibrary> rubrics) {
        this.scenarios = scenarios;
        this.rubrics = rubrics;
        this.roster = roster;
        this.assignments = assignments;
        this.results = results;
        this.reviews = reviews;
        this.settings = settings;
    }

    /** The skills a session's rubric picks its "three things to practise" from (none for an unknown rubric). */
    private java.util.List<org.rapport.rubric.FeedbackGuide.Skill> skills(String rubricId) {
        org.rapport.rubric.RubricLibrary library = rubrics.getIfAvailable();
        if (library == null || rubricId == null) return java.util.List.of();
        return library.find(rubricId).map(r -> r.feedback().practise()).orElse(java.util.List.of());
    }

    @Command(name = "trainees", group = GROUP, description = "List trainees with their supervisor and assignments",
            help = """
                    trainees
                      Every trainee on record: supervisor, assignments, how many passed or done, how many overdue.""")
    public String trainees() {
        return attempt(() -> {
            Assignments.Overview overview = assignments.overview(null);
            return SupervisorViews.withNotices(SupervisorViews.trainees(roster.trainees(), overview.standings()),
                    overview.notices());
        });
    }

    @Command(name = "assign", group = GROUP, description = "Assign a scenario to a trainee", help = """
            assign --trainee NAME --scenario ID [--due YYYY-MM-DD] [--min-score 1-5] [--by NAME]
              The scenario must be one in the scenarios folder. Enrols the trainee under you if new. Assigning
              the same scenario again changes its due date and minimum score. The minimum is on the overall
              score (1-5) of one finished session started after the assignment; a due date in the past is
              refused.
              Example: assign --trainee alice --scenario gad-hector --due 2026-03-20 --min-score 3.5""")
    public String assign(
            @Option(longName = "trainee", required = true, description = "trainee name") String trainee,
            @Option(longName = "scenario", required = true, description = "scenario id") String scenario,
            @Option(longName = "due", description = "due date, YYYY-MM-DD") String due,
            @Option(longName = "min-score", description = "overall score needed to pass, 1-5") Double minScore,
            @Option(longName = "by", description = "supervisor name [default: your login]") String by) {
        LocalDate dueDate = date(due);
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new CommandFailure(OneShotCommand.USAGE, "due date " + dueDate + " is in the past; give today ("
                    + LocalDate.now(clock) + ") or a later date");
        }
        if (minScore != null && (minScore < 1 || minScore > 5)) {
            throw new CommandFailure(OneShotCommand.USAGE, "--min-score is an overall score from 1 to 5, not "
                    + SupervisorViews.number(minScore));
        }
        requireKnownScenario(scenario);
        return attempt(() -> {
            Assignment a = assignments.assign(trainee, scenario, dueDate, minScore, actor(by));
            return "Assigned " + a.scenarioId() + " to " + a.trainee()
                    + (a.due() == null ? "" : ", due " + a.due())
                    + (a.minScore() == null ? "" : ", pass at " + a.minScore()) + ".";
        });
    }

    @Command(name = "assignments", group = GROUP, description = "List assignments and where each stands", help = """
            assignments [--trainee NAME] [--json]
              Soonest due first (those without a due date last). Only sessions started after the assignment
              count for it. Status: not started, in progress, done (a finished session with replies, no
              minimum), passed (a finished session reached the minimum), overdue (past due without that).
              A session ended before its first reply is abandoned: it finishes nothing.
              Example: assignments --trainee alice --json""")
    public String assignments(
            @Option(longName = "trainee", description = "only this trainee") String trainee,
            @Option(longName = "json", description = "print JSON") boolean json) {
        return attempt(() -> {
            Assignments.Overview overview = assignments.overview(trainee);
            return json ? SupervisorViews.assignments(overview.standings(), true, zone)
                    : SupervisorViews.withNotices(SupervisorViews.assignments(overview.standings(), false, zone),
                            overview.notices());
        });
    }

    @Command(name = "progress", group = GROUP, description = "Show a trainee's scores over time, per criterion",
            help = """
                    progress --trainee NAME [--json]
                      One row per finished session with reviewed scores, and a sparkline per criterion.
                      Example: progress --trainee alice""")
    public String progress(
            @Option(longName = "trainee", required = true, description = "trainee name") String trainee,
            @Option(longName = "json", description = "print JSON") boolean json) {
        return attempt(() -> {
            SessionResults.Results theirs = results.of(trainee);
            if (theirs.sessions().isEmpty() && roster.trainee(trainee).isEmpty()) {
                throw new CommandFailure(OneShotCommand.USAGE, "unknown trainee '" + trainee + "'; trainees on record: "
                        + knownTrainees());
            }
            return SupervisorViews.progress(ProgressReport.of(trainee, theirs), json, zone);
        });
    }

    @Command(name = "review", completionProvider = "sessionIdCompletion", group = GROUP, description = "Read a session turn by turn with scores and feedback",
            help = """
                    review SESSION [--format text|json|html] [--out FILE]
                      Every turn with the engine's scores, the reviewed scores, each override (withdrawals
                      included) and each comment. html is a printable page (A4) naming the session and trainee
                      on every page.
                      Example: review 20260305-0900-4f2a --format html --out review.html""")
    public String review(@Argument(index = 0, description = "session id") String session,
            @Option(longName = "format", description = "text, json or html (default text)") String format,
            @Option(longName = "out", description = "file to write (default: standard output)") String out) {
        requireSession(session);
        String chosen = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("text", "json", "html").contains(chosen)) {
            throw new CommandFailure(OneShotCommand.USAGE, "--format must be text, json or html, not '" + format + "'");
        }
        String document = attempt(() -> {
            SessionReview review = reviews.review(session);
            return switch (chosen) {
                case "json" -> ReviewDocuments.json(review, skills(review.record().rubricId()));
                case "html" -> ReviewDocuments.html(review, zone, skills(review.record().rubricId()));
                default -> SupervisorViews.review(review, zone, skills(review.record().rubricId()));
            };
        });
        if (out == null || out.isBlank()) return document;
        int replaced;
        try {
            replaced = org.rapport.report.OutputFile.write(java.nio.file.Path.of(out), document);
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage());
        }
        return "Wrote the review of " + session + " to " + out + org.rapport.report.OutputFile.note(replaced);
    }

    @Command(name = "override", completionProvider = "sessionIdCompletion", group = GROUP, description = "Give your score for one criterion of one reply",
            help = """
                    override SESSION --turn N --criterion ID (--score 1-5 [--applies] | --clear) --note TEXT [--by NAME]
                      The engine's score stays on record beside yours, with who and when; reviews, progress and
                      the gradebook use yours. A later override of the same score supersedes an earlier one;
                      --clear withdraws yours, so the engine's counts again (the withdrawal stays on record).
                      Where the engine found the criterion not applicable (n/a), a score needs --applies.
                      Example: override S1 --turn 3 --criterion empathy --score 4 --note "named the fear" """)
    public String override(
            @Argument(index = 0, description = "session id") String session,
            @Option(longName = "turn", required = true, description = "turn index (from review)") Integer turn,
            @Option(longName = "criterion", required = true, description = "criterion id, e.g. empathy") String criterion,
            @Option(longName = "score", description = "your score, 1-5") Integer score,
            @Option(longName = "clear", description = "withdraw your earlier score for this criterion") boolean clear,
            @Option(longName = "applies", description = "the criterion applied although the engine found it n/a") boolean applies,
            @Option(longName = "note", required = true, description = "why") String note,
            @Option(longName = "by", description = "supervisor name [default: your login]") String by) {
        requireSession(session);
        if (clear == (score != null)) {
            throw new CommandFailure(OneShotCommand.USAGE, clear ? "give --score or --clear, not both"
                    : "give --score 1-5, or --clear to withdraw your earlier score");
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new CommandFailure(OneShotCommand.USAGE, "--score is 1 to 5, not " + score);
        }
        if (clear) {
            return attempt(() -> {
                ScoreOverride o = reviews.withdraw(session, turn, criterion, note, actor(by));
                return "Turn " + o.turnIndex() + " " + o.criterion() + ": your override is withdrawn; the engine's "
                        + (o.engineScore() == null ? "n/a" : o.engineScore()) + " counts again (by " + o.by() + ").";
            });
        }
        return attempt(() -> {
            ScoreOverride o = reviews.override(session, turn, criterion, score, note, actor(by), applies);
            return "Turn " + o.turnIndex() + " " + o.criterion() + ": engine "
                    + (o.engineScore() == null ? "n/a" : o.engineScore()) + ", now " + o.supervisorScore()
                    + " (by " + o.by() + ").";
        });
    }

    @Command(name = "comment", completionProvider = "sessionIdCompletion", group = GROUP, description = "Comment on a session or one of its turns",
            help = """
                    comment SESSION [--turn N] --text TEXT [--by NAME]
                      Adds your comment to the session, or to one turn of it; review shows it.
                      Example: comment S1 --turn 3 --text "Reflect before you ask." """)
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
     * Who is acting: on a shared server the database login (the database records it as the author),
     * else the name given, else the operating-system user.
     */
    String actor(String by) {
        if (!settings.embedded() && settings.vendor() == Vendor.POSTGRESQL && settings.user() != null) {
            // the database records the login as the author whatever is given; say so rather than pretend
            if (by != null && !by.isBlank() && !by.equals(settings.user())) {
                throw new CommandFailure(OneShotCommand.USAGE, "on a shared server you act as your login, "
                        + settings.user() + "; --by cannot name " + by);
            }
            return settings.user();
        }
        if (by != null && !by.isBlank()) return by;
        return System.getProperty("user.name");
    }

    /** A typo in a scenario id would make an assignment no session can ever complete. */
    private void requireKnownScenario(String id) {
        requireKnownScenario(scenarios.getIfAvailable(), id);
    }

    /** Refuses (exit status 2) a scenario id the library does not have, naming those it has. */
    static void requireKnownScenario(ScenarioLibrary library, String id) {
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

    private String knownTrainees() {
        java.util.List<String> names = roster.trainees().stream().map(org.rapport.store.Trainee::name).toList();
        return names.isEmpty() ? "none yet" : String.join(", ", names);
    }

    /**
     * Runs a store call; what the store or the database refuses becomes a one-line failure: a bad value
     * or unknown id (exit status 2), or a refusal by the database (1).
     */
    static String attempt(Supplier<String> call) {
        return attemptValue(call);
    }

    static <T> T attemptValue(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(OneShotCommand.USAGE, reason(e));
        } catch (IllegalStateException | DataAccessException e) {
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
