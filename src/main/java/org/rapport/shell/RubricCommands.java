package org.rapport.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rapport.report.TextTable;
import org.rapport.rubric.Calibration;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** Lists, shows and checks the rubrics that score trainee replies. */
@Component
public class RubricCommands {

    /** Read on first use, so a broken rubric file fails these commands, not the whole shell. */
    private final RubricsOnFirstUse rubrics;

    @Autowired
    public RubricCommands(ObjectProvider<RubricLibrary> rubrics) {
        this.rubrics = new RubricsOnFirstUse(rubrics::getObject);
    }

    public RubricCommands(RubricLibrary library) {
        this.rubrics = new RubricsOnFirstUse(() -> library);
    }

    @Command(name = "rubrics", group = "Rubrics", description = "List the rubrics: id, version, title, criteria",
            help = "rubrics\n  Lists every rubric in the rubrics folder (rapport --rubrics DIR, or RAPPORT_RUBRICS_DIR; default ./rubrics).")
    public String rubrics() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "version", "title", "criteria"));
        for (Rubric r : rubrics.library().all()) {
            rows.add(List.of(r.id(), r.version(), r.title(), String.join(", ", r.criterionIds())));
        }
        return TextTable.of(rows).withRule().render();
    }

    @Command(name = "rubric show", completionProvider = "rubricIdCompletion", group = "Rubrics", description = "Show a rubric's criteria and level anchors",
            help = "rubric show ID — prints each criterion with its description and the anchored levels 1 to 5.")
    public String show(@Argument(index = 0, description = "rubric id, e.g. core") String id) {
        if (id == null || id.isBlank()) throw new CommandFailure(2, "rubric show needs a rubric id; try: rubrics");
        Rubric r = find(id);
        StringBuilder out = new StringBuilder();
        out.append(r.title()).append(" (").append(r.id()).append(", version ").append(r.version()).append(")\n");
        out.append("source: ").append(rubrics.library().source(r.id())).append('\n');
        if (!r.description().isBlank()) out.append(wrap(r.description().strip(), "")).append('\n');
        for (Criterion c : r.criteria()) {
            out.append('\n').append(c.name()).append(" [").append(c.id()).append("]\n");
            if (c.description() != null && !c.description().isBlank()) out.append(wrap(c.description().strip(), "  ")).append('\n');
            for (Map.Entry<Integer, String> level : c.levels().entrySet()) {
                out.append("  ").append(level.getKey()).append("  ").append(level.getValue().strip()).append('\n');
            }
        }
        out.append('\n').append(r.calibration().size()).append(" calibration cases; run: rubric check ").append(r.id()).append('\n');
        return out.toString();
    }

    @Command(name = "rubric check", completionProvider = "rubricIdCompletion", group = "Rubrics", description = "Score each rubric's calibration cases; fail on disagreement",
            help = "rubric check [ID] — runs the calibration cases written in the rubric (all rubrics when no id is given), "
                    + "prints PASS or FAIL per case, and exits non-zero when the engine disagrees with any.")
    public void check(@Argument(index = 0, defaultValue = "", description = "rubric id (default: all)") String id,
            CommandContext ctx) {
        List<Rubric> selected = id == null || id.isBlank() ? rubrics.library().all() : List.of(find(id));
        int failed = 0, total = 0;
        var out = ctx.outputWriter();
        for (Rubric r : selected) {
            out.println("rubric " + r.id() + " (version " + r.version() + ")");
            for (Calibration.CaseResult result : Calibration.check(rubrics.library().engine(r.id()))) {
                total++;
                out.println((result.passed() ? "  PASS  " : "  FAIL  ") + result.name());
                for (String d : result.disagreements()) out.println("          " + d);
                if (!result.passed()) failed++;
            }
        }
        out.println((total - failed) + "/" + total + " calibration cases agree");
        out.flush();
        if (failed > 0) throw new CommandFailure(failed + " calibration case" + (failed == 1 ? "" : "s") + " disagree");
    }

    private Rubric find(String id) {
        return rubrics.library().find(id).orElseThrow(() -> new CommandFailure(2, "no rubric '" + id + "'; available: "
                + String.join(", ", rubrics.library().all().stream().map(Rubric::id).toList())));
    }

    private static String wrap(String text, String indent) {
        return org.rapport.terminal.TextWrap.wrap(text, org.rapport.terminal.TextWrap.DEFAULT_WIDTH, indent, indent).stripTrailing();
    }


}
