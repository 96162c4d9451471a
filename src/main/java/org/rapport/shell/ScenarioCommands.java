package org.rapport.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioException;
import org.rapport.scenario.ScenarioFile;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.scenario.ScenarioOutline;
import org.rapport.scenario.ScenarioProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Scenario commands: scenarios, scenario show, scenario validate. Parsing and printing only. */
@Component
public class ScenarioCommands {

    private static final String GROUP = "Scenarios";
    /** The rubric whose detectors read the beat lines that 'scenario validate' compares with their declarations. */
    static final String DECLARATIONS_RUBRIC = "core";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    // Resolved on first use: listing commands at startup must not read the scenarios folder.
    private final ObjectProvider<ScenarioLibrary> library;
    private final ObjectProvider<ScenarioLoader> loader;
    private final ObjectProvider<org.rapport.locale.LocaleCatalogue> locales;
    private final ObjectProvider<org.rapport.scenario.ReplyFiles> replies;
    private final ObjectProvider<org.rapport.rubric.RubricLibrary> rubrics;
    private final TerminalColumns columns;

    public ScenarioCommands(ObjectProvider<ScenarioLibrary> library, ObjectProvider<ScenarioLoader> loader,
            ObjectProvider<org.rapport.locale.LocaleCatalogue> locales) {
        this(library, loader, locales, null, null, new TerminalColumns(null));
    }

    public ScenarioCommands(ObjectProvider<ScenarioLibrary> library, ObjectProvider<ScenarioLoader> loader,
            ObjectProvider<org.rapport.locale.LocaleCatalogue> locales, ObjectProvider<org.rapport.scenario.ReplyFiles> replies) {
        this(library, loader, locales, replies, null, new TerminalColumns(null));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ScenarioCommands(ObjectProvider<ScenarioLibrary> library, ObjectProvider<ScenarioLoader> loader,
            ObjectProvider<org.rapport.locale.LocaleCatalogue> locales, ObjectProvider<org.rapport.scenario.ReplyFiles> replies,
            ObjectProvider<org.rapport.rubric.RubricLibrary> rubrics, TerminalColumns columns) {
        this.library = library;
        this.loader = loader;
        this.locales = locales;
        this.replies = replies;
        this.rubrics = rubrics;
        this.columns = columns;
    }

    @Command(name = "scenarios", group = GROUP, description = "List the practice scenarios",
            help = """
                    scenarios [--json]
                      Lists every valid scenario in the scenarios folder (rapport --scenarios DIR, or
                      RAPPORT_SCENARIOS_DIR; default ./scenarios): id, title, presentation, mode and difficulty. --json prints a
                      JSON array of the same fields and the client's locale, for scripts. Files with problems are left out; run
                      'scenario validate' to see why.""")
    public String scenarios(@Option(longName = "json", description = "print a JSON array") boolean json,
            CommandContext ctx) {
        ScenarioLibrary lib = library.getObject();
        lib.folderProblem().ifPresent(problem -> {
            throw new CommandFailure(problem);
        });
        List<Scenario> all = lib.all();
        if (json) return json(all, locales.getObject().defaultLocale().id());
        StringBuilder out = new StringBuilder();
        out.append(all.isEmpty() ? "No scenarios in " + lib.folder() + "." : ScenarioOutline.table(all, columns.width(ctx)));
        int broken = lib.broken().size();
        if (broken > 0) {
            out.append("\n\n").append(broken).append(broken == 1 ? " file" : " files").append(" in ")
                    .append(lib.folder()).append(" could not be loaded; run 'scenario validate' to see why.");
        }
        return out.toString();
    }

    @Command(name = "scenario show", group = GROUP, completionProvider = "scenarioIdCompletion",
            description = "Show a scenario: client, objectives, beats and boundary tests",
            help = """
                    scenario show ID
                      Prints the client profile, learning objectives (with the checks that say they were met),
                      an outline of the beats and where each branch leads, and the boundary tests.""")
    public String show(@Argument(index = 0, description = "scenario id (Tab completes)") String id) {
        if (id == null || id.isBlank()) throw new CommandFailure("scenario show needs a scenario id; list them with: scenarios");
        try {
            return ScenarioOutline.describe(library.getObject().get(id.trim()));
        } catch (ScenarioException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    @Command(name = "scenario validate", group = GROUP, description = "Check scenario files and report every problem",
            help = """
                    scenario validate [PATH...]
                      Checks scenario files, or every .yaml/.yml file in the given folders (default: the
                      scenarios folder). Prints each problem as file:line: field: message and exits with a
                      non-zero status when there is any. A scripted scenario of the scenarios folder also needs
                      its skilled and novice reply files, ID-good.txt and ID-poor.txt, in the replies folder
                      (property rapport.replies-dir). Warnings (file:line: field: warning: ...) do not fail the
                      check: in scripted play a beat's boundary: and risk: decide what its lines test and carry,
                      and a warning names a line the engine's detectors read as a boundary test or a risk it
                      does not declare (or another kind), or a branch that tests boundary_setting or
                      risk_and_safety in a beat that declares none, so the author can declare it or reword.""")
    public void validate(@Arguments List<String> paths, CommandContext ctx) {
        if ((paths == null || paths.isEmpty()) && library.getObject().folderProblem().isPresent()) {
            throw new CommandFailure(library.getObject().folderProblem().get());
        }
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(library.getObject().folder())
                : paths.stream().map(Path::of).toList();
        List<ScenarioFile> files = loader.getObject().readAll(targets);
        PrintWriter out = ctx.outputWriter();
        if (files.isEmpty()) {
            throw new CommandFailure("no scenario files (.yaml, .yml) in " + String.join(", ",
                    targets.stream().map(Path::toString).toList()));
        }
        int problems = 0, broken = 0, warnings = 0;
        org.rapport.rubric.RubricLibrary rubricLibrary = rubrics == null ? null : rubrics.getIfAvailable();
        org.rapport.scenario.DeclarationCheck declarations = null;
        try {
            if (rubricLibrary != null) declarations = new org.rapport.scenario.DeclarationCheck(rubricLibrary.engine(DECLARATIONS_RUBRIC));
        } catch (RuntimeException e) {
            ctx.outputWriter().println("note: beat lines not compared with their declarations (rubric " + DECLARATIONS_RUBRIC + ": " + e.getMessage() + ")");
        }
        org.rapport.scenario.ReplyFiles replyFiles = replies == null ? null : replies.getIfAvailable();
        Path shipped = library.getObject().folder().toAbsolutePath().normalize();
        for (ScenarioFile file : files) {
            List<ScenarioProblem> found = new java.util.ArrayList<>(file.problems());
            // The library's own scripted scenarios come with their authored reply files.
            if (replyFiles != null && file.path().toAbsolutePath().normalize().startsWith(shipped)) found.addAll(replyFiles.problems(file));
            for (ScenarioProblem p : found) out.println(p);
            problems += found.size();
            if (!found.isEmpty()) broken++;
            // In scripted play a beat's declarations decide: a line the detectors read otherwise is worth an author's look.
            if (declarations != null && file.scenario().isPresent()) {
                List<ScenarioProblem> warned = declarations.warnings(file.path(), file.scenario().get());
                warned.forEach(out::println);
                warnings += warned.size();
            }
        }
        out.flush();
        String checked = files.size() + (files.size() == 1 ? " file" : " files");
        if (problems > 0) {
            throw new CommandFailure(problems + (problems == 1 ? " problem" : " problems") + " in " + broken + " of "
                    + checked);
        }
        out.println("All " + checked + " valid" + (warnings == 0 ? "." : ", with " + warnings + (warnings == 1 ? " warning" : " warnings")
                + " about what beat lines declare."));
        out.flush();
    }

    private static String json(List<Scenario> scenarios, String programmeLocale) {
        List<Map<String, String>> rows = scenarios.stream().map(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("title", s.title());
            row.put("presentation", s.presentation());
            row.put("mode", s.mode());
            row.put("difficulty", s.difficulty());
            row.put("locale", s.locale() == null ? programmeLocale : s.locale());
            return row;
        }).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
