package org.rapport.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.rapport.session.Coach;
import org.rapport.session.Conversation;
import org.rapport.session.PracticeSession;
import org.rapport.session.PracticeSessions;
import org.rapport.session.RepliesFile;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionGradeJson;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.TranscriptWriter;
import org.rapport.transcript.Turn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Practice commands: start, play, sessions, resume, export. Parsing and printing only. */
@Component
public class SessionCommands {

    private static final String GROUP = "Practice";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    // Resolved on first use, so the shell reaches its prompt without loading the engine or the store.
    private final ObjectProvider<PracticeSessions> sessions;
    private final ObjectProvider<Coach> coach;
    private final ObjectProvider<ProgramCommands> program;
    private final ObjectProvider<Terminal> terminal;
    private final String defaultTrainee;

    public SessionCommands(ObjectProvider<PracticeSessions> sessions, ObjectProvider<Coach> coach,
            ObjectProvider<ProgramCommands> program, ObjectProvider<Terminal> terminal,
            @Value("${rapport.trainee:${rapport.db.user:${user.name:trainee}}}") String defaultTrainee) {
        this.terminal = terminal;
        this.sessions = sessions;
        this.coach = coach;
        this.program = program;
        this.defaultTrainee = defaultTrainee;
    }

    @Command(name = "start", alias = {"practise", "practice"}, group = GROUP, completionProvider = "scenarioIdCompletion",
            description = "Practise with a simulated client in conversation mode",
            help = """
                    start ID [--trainee NAME] [--client scripted|llm] [--exam]   (also: practise ID)
                      Opens a session with the scenario's client. Every line you type is a reply; /hint, /score,
                      /transcript, /end and /help control the session. Live feedback follows each reply unless
                      --exam is given. The session is saved after every turn; end of input (Ctrl-D) leaves it
                      in progress, and 'resume' continues it.""")
    public void start(@Argument(index = 0, description = "scenario id (Tab completes)") String id,
            @Option(longName = "trainee", description = "who is practising (default: RAPPORT_TRAINEE or the login name)") String trainee,
            @Option(longName = "client", description = "scripted or llm (default: the scenario's mode)") String client,
            @Option(longName = "exam", description = "no live feedback, hints or running scores until the report") boolean exam,
            CommandContext ctx) throws Exception {
        String scenarioId = required(id, "start needs a scenario id; list them with: scenarios");
        // at a terminal, the engine reads each client line while the trainee types
        PracticeSession session = guarded(() -> service().start(scenarioId, trainee(trainee), client)).readingAhead();
        Conversation conversation = conversation(session, ctx.outputWriter(), exam, width(ctx));
        conversation.introduce();
        converse(conversation, ctx);
    }

    @Command(name = "resume", completionProvider = "sessionIdCompletion", group = GROUP, description = "Continue an unfinished session",
            help = """
                    resume [ID] [--exam]
                      Continues a session that was interrupted (end of input, a closed terminal, a crash).
                      Without ID, the most recently started session still in progress.""")
    public void resume(@Argument(index = 0, description = "session id (default: the latest in progress)") String id,
            @Option(longName = "exam", description = "no live feedback, hints or running scores until the report") boolean exam,
            CommandContext ctx) throws Exception {
        PracticeSession session = guarded(() -> service().resume(id)).readingAhead();
        session.judgementChange().ifPresent(notice -> ctx.outputWriter().println(notice + "\n"));
        Conversation conversation = conversation(session, ctx.outputWriter(), exam, width(ctx));
        conversation.recap();
        converse(conversation, ctx);
    }

    @Command(name = "play", group = GROUP, description = "Run a session from a file of replies, without a terminal",
            help = """
                    play ID --replies FILE [--trainee NAME] [--client scripted|llm] [--exam] [--json]
                      One reply per line of FILE; blank lines and # comments are skipped. Prints the
                      conversation with feedback (none with --exam) and the session report, or with --json
                      the session in the grade output format, with the client's final state in the summary.""")
    public void play(@Argument(index = 0, description = "scenario id") String id,
            @Option(longName = "replies", required = true, description = "file with one reply per line") String replies,
            @Option(longName = "trainee", description = "who is practising") String trainee,
            @Option(longName = "client", description = "scripted or llm (default: the scenario's mode)") String client,
            @Option(longName = "exam", description = "no live feedback until the report") boolean exam,
            @Option(longName = "json", description = "print the grade output JSON") boolean json,
            CommandContext ctx) {
        String scenarioId = required(id, "play needs a scenario id; list them with: scenarios");
        guarded(() -> service().scenario(scenarioId));
        if (client != null && !client.isBlank() && !List.of(PracticeSessions.SCRIPTED, PracticeSessions.LLM)
                .contains(client.strip().toLowerCase(Locale.ROOT))) {
            throw new CommandFailure(OneShotCommand.USAGE, "--client must be scripted or llm, not '" + client + "'");
        }
        List<String> lines;
        try {
            lines = RepliesFile.read(Path.of(replies));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandFailure("cannot read replies file " + replies + ": no such file");
        } catch (IOException e) {
            throw new CommandFailure("cannot read replies file " + replies + ": " + e.getMessage());
        }
        if (lines.isEmpty()) throw new CommandFailure(replies + " has no replies (one per line; # starts a comment)");
        PrintWriter out = ctx.outputWriter();
        if (json) {
            PracticeSession session = guarded(() -> service().play(scenarioId, trainee(trainee), client, lines,
                    (r, result) -> { }));
            out.println(SessionGradeJson.of(session));
        } else {
            PracticeSession session = guarded(() -> service().start(scenarioId, trainee(trainee), client));
            Conversation conversation = conversation(session, out, exam, org.rapport.terminal.TextWrap.DEFAULT_WIDTH);
            conversation.introduce();
            conversation.play(lines);
        }
        out.flush();
    }

    @Command(name = "sessions", group = GROUP, description = "List practice sessions",
            help = """
                    sessions [--trainee NAME] [--json]
                      Sessions newest first: id, trainee, scenario, start time, turns, status.""")
    public void sessions(@Option(longName = "trainee", description = "only this trainee's sessions") String trainee,
            @Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx)
            throws JsonProcessingException {
        PracticeSessions service = service();
        List<SessionRow> rows = guarded(() -> service.list(blankToNull(trainee)).stream()
                .map(r -> SessionRow.of(r, service.load(r.id()))).toList());
        PrintWriter out = ctx.outputWriter();
        if (json) {
            out.println(JSON.writeValueAsString(rows));
        } else if (rows.isEmpty()) {
            out.println(trainee == null ? "No sessions yet. Start one with: start ID" : "No sessions for " + trainee + ".");
        } else {
            int t = Math.max(7, rows.stream().mapToInt(r -> r.trainee().length()).max().orElse(0));
            int s = Math.max(8, rows.stream().mapToInt(r -> r.scenario().length()).max().orElse(0));
            String format = "%-18s  %-" + t + "s  %-" + s + "s  %-16s  %5s  %s%n";
            out.printf(Locale.ROOT, format, "ID", "TRAINEE", "SCENARIO", "STARTED (UTC)", "TURNS", "STATUS");
            for (SessionRow r : rows) {
                out.printf(Locale.ROOT, format, r.id(), r.trainee(), r.scenario(), MINUTE.format(r.started()), r.turns(),
                        r.status().replace('_', ' '));
            }
        }
        out.flush();
    }

    @Command(name = "export", completionProvider = "sessionIdCompletion", group = GROUP,
            description = "Write a session's transcript, or the gradebook, for other tools",
            help = """
                    export ID [--format json|text|csv] [--out FILE]
                      A session's transcript as JSON, labelled text (Client:/Trainee:) or CSV, the formats
                      'grade' reads (default json).
                    export --format csv [--out FILE]
                      Without a session id: the gradebook, one CSV row per trainee and assignment (and per
                      scenario practised without assignment): trainee, scenario, status, due, min_score,
                      sessions, finished, best_overall, a mean per criterion, last_session. Scores are
                      reviewed scores (supervisor overrides applied).
                    Prints to standard output unless --out is given.""")
    public void export(@Argument(index = 0, description = "session id; leave out for the gradebook") String id,
            @Option(longName = "format", description = "json, text or csv (default: json for a session, csv for the gradebook)") String format,
            @Option(longName = "out", description = "file to write (default: standard output)") String outFile,
            CommandContext ctx) {
        if (id == null || id.isBlank()) {
            ctx.outputWriter().println(program.getObject().gradebook(format == null ? "csv" : format, outFile));
            ctx.outputWriter().flush();
            return;
        }
        if (format == null) format = "json";
        String chosenFormat = format;
        String sessionId = required(id, "export needs a session id; list them with: sessions");
        TranscriptFormat chosen = guarded(() -> TranscriptFormat.parse(chosenFormat));
        SavedSession saved = guarded(() -> service().load(sessionId));
        StringWriter written = new StringWriter();
        try {
            Transcript transcript = withLocale(transcript(saved), saved);
            // Labelled text is one line per turn: a turn saved with line breaks is written on one line.
            if (chosen == TranscriptFormat.TEXT) transcript = onOneLinePerTurn(transcript);
            new TranscriptWriter().write(List.of(transcript), chosen, written);
        } catch (IOException e) {
            throw new CommandFailure("cannot write session " + sessionId + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        String text = written.toString();
        if (outFile == null || outFile.isBlank()) {
            ctx.outputWriter().print(text);
        } else {
            int replaced;
            try {
                replaced = org.rapport.report.OutputFile.write(Path.of(outFile), text);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + outFile + ": " + e.getMessage());
            }
            ctx.outputWriter().println("Wrote session " + sessionId + " to " + outFile
                    + org.rapport.report.OutputFile.note(replaced));
        }
        ctx.outputWriter().flush();
    }

    /** One line of the session list. */
    record SessionRow(String id, String trainee, String scenario, String client, Instant started, Instant ended,
            int turns, int replies, String status) {

        static SessionRow of(SessionRecord r, SavedSession saved) {
            int replies = (int) saved.turns().stream().filter(t -> t.score() != null).count();
            return new SessionRow(r.id(), r.trainee(), r.scenarioId(), r.clientMode(), r.startedAt(), r.endedAt(),
                    saved.turns().size(), replies, r.status() != SessionStatus.FINISHED ? "in_progress"
                            : replies == 0 ? "abandoned" : "finished");
        }
    }

    static Transcript onOneLinePerTurn(Transcript t) {
        return new Transcript(t.id(), t.source(), t.turns().stream()
                .map(turn -> new Turn(turn.index(), turn.speaker(), Conversation.oneLine(turn.text()))).toList(), t.locale());
    }

    /** The transcript with its scenario's locale, so that grading the export names the same crisis lines. */
    private Transcript withLocale(Transcript t, SavedSession saved) {
        try {
            var scenario = service().scenario(saved.record().scenarioId());
            String locale = scenario == null ? null : scenario.serviceLocale(org.rapport.locale.LocaleCatalogue.shipped()).id();
            return new Transcript(t.id(), t.source(), t.turns(), locale);
        } catch (RuntimeException scenarioGone) {
            return t; // the scenario file was removed since: the export still has every turn
        }
    }

    static Transcript transcript(SavedSession saved) {
        List<Turn> turns = saved.turns().stream().sorted(Comparator.comparingInt(SessionTurn::index))
                .map(t -> new Turn(t.index(), t.speaker(), t.text())).toList();
        return new Transcript(saved.record().id(), "session " + saved.record().id(), turns);
    }

    private void converse(Conversation conversation, CommandContext ctx) throws Exception {
        try (TerminalLines.Replies replies = TerminalLines.open(ctx.inputReader(), terminal, ctx.outputWriter())) {
            conversation.run(replies);
        }
    }

    /** The client's lines (a model's answers among them) reach the terminal with control characters shown, not obeyed. */
    private Conversation conversation(PracticeSession session, PrintWriter out, boolean exam, int width) {
        return new Conversation(session, coach.getObject(), org.rapport.terminal.TerminalText.writer(out), exam, width);
    }

    private int width(CommandContext ctx) {
        return new TerminalColumns(terminal).width(ctx);
    }

    private PracticeSessions service() {
        return sessions.getObject();
    }

    private String trainee(String given) {
        return given == null || given.isBlank() ? defaultTrainee : given.strip();
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) throw new CommandFailure(OneShotCommand.USAGE, message);
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Turns the service's refusals into one-line command failures: a bad value or unknown id (unknown
     * scenario or session, --client robot) is a usage error, exit status 2.
     */
    private static <T> T guarded(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(OneShotCommand.USAGE, e.getMessage());
        } catch (org.rapport.scenario.ScenarioException e) {
            // an unknown id is a usage error; a scenario file with problems is a failure of its own
            throw new CommandFailure(e.problems().isEmpty() ? OneShotCommand.USAGE : 1, e.getMessage());
        } catch (IllegalStateException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
