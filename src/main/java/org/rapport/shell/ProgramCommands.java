package org.rapport.shell;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.store.DatabaseLogins;
import org.rapport.store.Gradebook;
import org.rapport.store.ImportOutcome;
import org.rapport.store.StoreStatus;
import org.rapport.store.TranscriptFiles;
import org.rapport.store.TranscriptImport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** What a training program does with its records: import transcripts, export the gradebook, manage logins. */
@Component
public class ProgramCommands {

    private static final String GROUP = "Program";

    private final TranscriptImport importer;
    private final ObjectProvider<RubricEngines> engines;
    private final ObjectProvider<RubricEngine> engine;
    private final ObjectProvider<TranscriptFiles> files;
    private final Gradebook gradebook;
    private final DatabaseLogins logins;
    private final ObjectProvider<org.rapport.scenario.ScenarioLibrary> scenarios;

    public ProgramCommands(TranscriptImport importer, ObjectProvider<RubricEngines> engines,
            ObjectProvider<RubricEngine> engine, ObjectProvider<TranscriptFiles> files, Gradebook gradebook,
            DatabaseLogins logins, ObjectProvider<org.rapport.scenario.ScenarioLibrary> scenarios) {
        this.scenarios = scenarios;
        this.importer = importer;
        this.engines = engines;
        this.engine = engine;
        this.files = files;
        this.gradebook = gradebook;
        this.logins = logins;
    }

    @Command(name = "import", group = GROUP, description = "Import transcripts as scored sessions", help = """
            import PATH... [--trainee NAME] [--scenario ID] [--rubric ID]
            Reads transcript files or folders in the grade input formats (JSON, labelled text, CSV), scores
            every trainee reply with the rubric engine, and stores each transcript as a finished session.
            A transcript belongs to --trainee, or else to the prefix of its id (alice-week3 is alice's).
            Re-running an import, complete or interrupted, adds nothing twice. Exit status 1 when any input
            failed; the others are still imported.
            --scenario must be a scenario in the scenarios folder, as for assign.
            Example: import cohort/ --scenario gad-hector""")
    public String importTranscripts(CommandContext ctx,
            @Arguments List<String> paths,
            @Option(longName = "trainee", description = "attribute every transcript to this trainee") String trainee,
            @Option(longName = "scenario", description = "the scenario they practised [default: imported]")
            String scenario,
            @Option(longName = "rubric", description = "rubric id [default: the default rubric]") String rubric) {
        if (paths == null || paths.isEmpty()) throw new IllegalArgumentException("give transcript files or folders");
        if (scenario != null && !scenario.isBlank()) SupervisorCommands.requireKnownScenario(scenarios.getIfAvailable(), scenario);
        TranscriptFiles reader = files.getIfAvailable();
        if (reader == null) throw new CommandFailure("transcript readers are not available in this build");
        RubricEngine scorer = engine(rubric);
        TranscriptFiles.Loaded loaded = reader.read(paths.stream().map(Path::of).toList());
        List<ImportOutcome> outcomes = SupervisorCommands.attemptValue(
                () -> importer.importAll(loaded.transcripts(), scorer, trainee, scenario,
                        TerminalProgress.forBatch(loaded.transcripts().size(), 10, "Importing", "transcripts")));
        var out = ctx.outputWriter();
        int imported = 0, already = 0, failed = loaded.errors().size();
        for (ImportOutcome o : outcomes) {
            switch (o.kind()) {
                case IMPORTED -> {
                    imported++;
                    out.println("imported " + o.transcriptId() + " -> session " + o.sessionId() + " (" + o.trainee()
                            + ")");
                }
                case ALREADY_IMPORTED -> {
                    already++;
                    out.println("already imported " + o.transcriptId() + " as session " + o.sessionId() + " ("
                            + o.trainee() + ")");
                }
                case FAILED -> {
                    failed++;
                    out.println("failed " + o.transcriptId() + " (" + o.source() + "): " + o.message());
                }
            }
        }
        loaded.errors().forEach(e -> out.println("failed " + e));
        out.println(imported + " imported, " + already + " already imported, " + failed + " failed");
        out.flush();
        if (failed > 0) throw new CommandFailure(failed + " input(s) could not be imported");
        return null;
    }

    /** The engine for a rubric id (null: the default), like grade chooses it. */
    private RubricEngine engine(String rubric) {
        String id = rubric == null || rubric.isBlank() ? null : rubric.trim();
        RubricEngines available = engines.getIfAvailable();
        if (available != null) {
            try {
                return available.forRubric(id);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(2, e.getMessage());
            }
        }
        RubricEngine only = engine.getIfUnique();
        if (only == null) throw new CommandFailure("no rubric engine is available to score the transcripts");
        if (id != null && !id.equals(only.rubric().id())) {
            throw new CommandFailure(2, "no rubric '" + id + "' (known: " + only.rubric().id() + ")");
        }
        return only;
    }

    /** The gradebook, written to a file or returned as text; the {@code export} command without a session id. */
    public String gradebook(String format, String out) {
        if (!"csv".equalsIgnoreCase(format)) throw new IllegalArgumentException("unknown format '" + format
                + "'; the gradebook exports as csv");
        Gradebook.Sheet sheet = SupervisorCommands.attemptValue(gradebook::sheet);
        // the CSV stays a clean table; what it leaves out is said on standard error
        sheet.notices().forEach(n -> System.err.println("not counted: " + n));
        if (out == null || out.isBlank()) {
            StringWriter text = new StringWriter();
            Gradebook.writeCsv(sheet, text);
            return text.toString().stripTrailing();
        }
        Path file = Path.of(out);
        int replaced;
        try {
            replaced = org.rapport.report.OutputFile.write(file, writer -> Gradebook.writeCsv(sheet, writer));
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("cannot write " + file + ": " + SupervisorCommands.reason(e));
        }
        return "Wrote " + sheet.rows().size() + " gradebook rows to " + file + org.rapport.report.OutputFile.note(replaced);
    }

    @Command(name = {"db", "status"}, group = GROUP, description = "Show which database, which login, and what it can see",
            help = """
                    db status
                      The database in use (embedded H2 or PostgreSQL, its URL without any password), the login,
                      what that login may read and write, and the schema version.""")
    public String dbStatus() {
        StoreStatus status = SupervisorCommands.attemptValue(logins::status);
        StringBuilder text = new StringBuilder()
                .append("database: ").append(status.vendor().folder()).append(" ").append(status.url()).append('\n')
                .append("login:    ").append(status.login()).append(" (").append(status.standing()).append(")\n")
                .append("schema:   version ").append(status.schemaVersion() == null ? "unknown" : status.schemaVersion())
                .append('\n')
                .append("access:   ").append(status.access()).append('\n')
                .append("records visible to this login:");
        status.visibleRecords().forEach((table, count) -> text.append(' ').append(table).append(' ').append(count)
                .append(','));
        return text.substring(0, text.length() - 1);
    }

    @Command(name = {"db", "grant"}, group = GROUP, description = "Create a PostgreSQL login for a trainee or supervisor",
            help = """
                    db grant (--trainee NAME [--supervisor NAME [--move]] | --supervisor NAME) [--password TEXT] [--print]
                    Creates a LOGIN role named like the person, member of rapport_trainee or rapport_supervisor,
                    and puts them on record (a trainee under --supervisor), then says what the record holds. A
                    trainee who already has another supervisor is refused unless --move is given. Run as the
                    database owner. Prints the password once when none is given. --print only shows the SQL.
                    Example: db grant --trainee alice --supervisor dr-lee""")
    public String dbGrant(
            @Option(longName = "trainee", description = "trainee name") String trainee,
            @Option(longName = "supervisor", description = "supervisor name (with --trainee: the trainee's supervisor)")
            String supervisor,
            @Option(longName = "password", description = "login password [default: generated]") String password,
            @Option(longName = "print", description = "only print the SQL") boolean print,
            @Option(longName = "move", description = "move a trainee who has another supervisor") boolean move) {
        DatabaseLogins.Kind kind = trainee != null ? DatabaseLogins.Kind.TRAINEE : DatabaseLogins.Kind.SUPERVISOR;
        String name = trainee != null ? trainee : supervisor;
        if (name == null) throw new IllegalArgumentException("give --trainee NAME or --supervisor NAME");
        String under = trainee != null ? supervisor : null;
        DatabaseLogins.Grant grant = SupervisorCommands.attemptValue(
                () -> logins.grant(kind, name, under, password, !print, move));
        StringBuilder text = new StringBuilder();
        grant.statements().forEach(s -> text.append(s).append(";\n"));
        if (grant.executed()) {
            text.append("Login ").append(grant.login()).append(" can now connect as a ")
                    .append(kind.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(grant.outcome())
                    .append('.');
            if (password == null || password.isBlank()) text.append("\nPassword (shown once): ").append(grant.password());
        } else {
            text.append("(not executed: run as the database owner, replacing '***' with the password)");
        }
        return text.toString();
    }
}
