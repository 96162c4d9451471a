package org.rapport.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.rapport.llm.JudgeAgreement;
import org.rapport.llm.JudgeCrossCheck;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmJudge;
import org.rapport.report.CalibrationReport;
import org.rapport.report.CalibrationText;
import org.rapport.report.Calibrator;
import org.rapport.report.GradeFormat;
import org.rapport.report.GradeJson;
import org.rapport.report.GradeReport;
import org.rapport.report.GradeText;
import org.rapport.report.Gradebook;
import org.rapport.report.HtmlReport;
import org.rapport.report.HumanRating;
import org.rapport.report.HumanRatings;
import org.rapport.report.RaterFit;
import org.rapport.report.RaterFitReport;
import org.rapport.report.TranscriptGrader;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.RubricLibrary;
import org.rapport.store.SupervisedReplies;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.TranscriptReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code grade} and {@code calibrate}: batch-grade transcripts and check the engine against a program's
 * own raters. Parsing and printing only; the work is done by the transcript and report services.
 */
@Component
public class GradeCommands {

    /** Exit status when some input could not be graded or rated (the output lists each one). */
    public static final int SOME_INPUT_FAILED = 1;
    /** Exit status for a command line that cannot be carried out (bad option, missing path, unknown rubric). */
    public static final int USAGE = 2;
    /** Exit status when --judge llm was asked for and the model answered for none of the replies. */
    public static final int JUDGE_UNAVAILABLE = 3;

    private final ObjectProvider<RubricEngines> engines;
    private final ObjectProvider<RubricEngine> singleEngine;
    /** The language model for --judge llm; null where none is configured. Nothing connects until used. */
    private final ObjectProvider<LlmConnection> llm;
    /** For --fit: the rubric folder a derived rubric is written to, and the store's supervisor overrides. */
    private final ObjectProvider<RubricLibrary> library;
    private final ObjectProvider<DataSource> store;
    /** Where clients live: a transcript's own {@code locale}, else {@code --locale}, else the programme default. */
    private final ObjectProvider<org.rapport.locale.LocaleCatalogue> locales;

    /**
     * @param engines      rubric lookup by id, when the application provides one
     * @param singleEngine otherwise, the one engine there is (serving its own rubric id only)
     */
    public GradeCommands(ObjectProvider<RubricEngines> engines, ObjectProvider<RubricEngine> singleEngine) {
        this(engines, singleEngine, null);
    }

    /** @param llm the configured language model, for {@code --judge llm} */
    public GradeCommands(ObjectProvider<RubricEngines> engines, ObjectProvider<RubricEngine> singleEngine,
            ObjectProvider<LlmConnection> llm) {
        this(engines, singleEngine, llm, null, null);
    }

    /**
     * @param library the rubric folder, for {@code calibrate --fit}
     * @param store   the records, whose supervisor overrides count as ratings for {@code calibrate --fit}
     */
    public GradeCommands(ObjectProvider<RubricEngines> engines, ObjectProvider<RubricEngine> singleEngine,
            ObjectProvider<LlmConnection> llm, ObjectProvider<RubricLibrary> library, ObjectProvider<DataSource> store) {
        this(engines, singleEngine, llm, library, store, null);
    }

    /** @param locales the locale catalogue with the programme default (the shipped one when not given) */
    @Autowired
    public GradeCommands(ObjectProvider<RubricEngines> engines, ObjectProvider<RubricEngine> singleEngine,
            ObjectProvider<LlmConnection> llm, ObjectProvider<RubricLibrary> library, ObjectProvider<DataSource> store,
            ObjectProvider<org.rapport.locale.LocaleCatalogue> locales) {
        this.engines = engines;
        this.singleEngine = singleEngine;
        this.llm = llm;
        this.library = library;
        this.store = store;
        this.locales = locales;
    }

    /** {@code grade} with the programme's default locale for transcripts that name none. */
    public void grade(List<String> paths, String rubric, String format, String out, String judge, CommandContext ctx) {
        grade(paths, rubric, format, out, judge, null, ctx);
    }

    @Command(name = "grade", group = "Grading",
            description = "Grade transcript files or folders (JSON, labelled text, CSV) with a rubric",
            help = """
                    grade PATH... [--rubric ID] [--format text|json|csv|html] [--out PATH] [--judge engine|llm]
                          [--locale ID]
                      PATH      transcript files (.json, .txt, .csv) or folders, walked recursively
                      --rubric  rubric id (default: the default rubric)
                      --locale  where the clients live (en-US, en-CA, en-GB, en-IE, en-AU, en-NZ), for
                                transcripts that do not say (a "locale" field, a "# locale:" line or a
                                locale column); decides the crisis lines feedback names. Default:
                                RAPPORT_LOCALE, else en-US
                      --format  text: a readable report (default); json: the grade JSON; csv: one gradebook
                                row per transcript; html: a page per transcript and index.html (needs --out)
                      --out     file to write (text, json, csv) or folder (html); default standard output
                      --judge   engine (default); llm also asks the configured language model (see
                                llm status) to score every reply against the same rubric, and reports its
                                agreement with the engine per criterion; the engine's scores stay the grades
                    Inputs that cannot be read or scored are listed in the output and the exit status is 1.""")
    public void grade(@Arguments List<String> paths,
            @Option(longName = "rubric", description = "rubric id (default rubric when omitted)") String rubric,
            @Option(longName = "format", defaultValue = "text", description = "text, json, csv or html") String format,
            @Option(longName = "out", description = "output file, or folder for html") String out,
            @Option(longName = "judge", defaultValue = "engine", description = "engine, or llm to cross-check with a language model") String judge,
            @Option(longName = "locale", description = "locale of transcripts that name none (default RAPPORT_LOCALE, else en-US)") String locale,
            CommandContext ctx) {
        if (paths == null || paths.isEmpty()) {
            throw new CommandFailure(USAGE, "grade needs at least one transcript file or folder");
        }
        org.rapport.locale.LocaleCatalogue catalogue = locales == null ? org.rapport.locale.LocaleCatalogue.shipped()
                : locales.getIfAvailable(org.rapport.locale.LocaleCatalogue::shipped);
        org.rapport.locale.ServiceLocale clientsLocale = blank(locale) ? catalogue.defaultLocale()
                : parse(() -> catalogue.resolve(locale.strip()));
        GradeFormat gradeFormat = parse(() -> GradeFormat.parse(format));
        boolean llmJudge = checkJudge(judge);
        if (gradeFormat == GradeFormat.HTML && blank(out)) {
            throw new CommandFailure(USAGE, "--format html writes a folder of pages: give it with --out FOLDER");
        }
        RubricEngine engine = engine(rubric);

        TranscriptBatch batch = new TranscriptReader().read(paths.stream().map(Path::of).toList());
        int replies = TranscriptGrader.replyCount(batch.transcripts());
        GradeReport report = new TranscriptGrader(engine, TranscriptGrader.DEFAULT_BATCH, catalogue, clientsLocale)
                .grade(batch, TerminalProgress.forBatch(replies, "Grading"));
        LlmConnection model = llmJudge ? llm.getObject() : null;
        JudgeAgreement agreement = model == null ? null : JudgeCrossCheck.run(report,
                new LlmJudge(model, engine.rubric()), TerminalProgress.forBatch(replies, "Judging"));

        try {
            if (gradeFormat == GradeFormat.HTML) {
                int[] replaced = {0};
                List<Path> pages = HtmlReport.write(report, Path.of(out), Instant.now(), n -> replaced[0] = n);
                ctx.outputWriter().println("Wrote " + pages.size() + " pages to " + out + " (open "
                        + pages.get(0) + ")" + org.rapport.report.OutputFile.note(replaced[0]));
                if (agreement != null) ctx.outputWriter().print(judgeTable(agreement, model));
                ctx.outputWriter().flush();
            } else {
                write(out, ctx, w -> {
                    switch (gradeFormat) {
                        case JSON -> {
                            if (agreement == null) {
                                GradeJson.write(report, w);
                            } else {
                                w.write(JudgeCrossCheck.withJudge(GradeJson.toJson(report), agreement, model.settings()));
                                w.write(System.lineSeparator());
                                w.flush();
                            }
                        }
                        case CSV -> Gradebook.write(report, w);
                        default -> {
                            GradeText.write(report, w);
                            if (agreement != null) {
                                w.write(System.lineSeparator() + judgeTable(agreement, model));
                                w.flush();
                            }
                        }
                    }
                });
                if (agreement != null && gradeFormat == GradeFormat.CSV) {
                    // A gradebook is one row per transcript: the agreement goes beside it, never into it.
                    if (blank(out)) System.err.print(judgeTable(agreement, model));
                    else ctx.outputWriter().print(judgeTable(agreement, model));
                    ctx.outputWriter().flush();
                }
                if (!blank(out)) {
                    ctx.outputWriter().println("Graded " + report.transcripts().size() + " transcripts (" + replies
                            + " trainee replies); wrote " + out);
                    ctx.outputWriter().flush();
                }
            }
        } catch (IOException e) {
            throw new CommandFailure(SOME_INPUT_FAILED, "cannot write " + out + ": " + e.getMessage());
        }
        if (agreement != null && agreement.replies() > 0 && agreement.unreadable() == agreement.replies()) {
            throw new CommandFailure(JUDGE_UNAVAILABLE, agreement.unreachable() == agreement.replies()
                    ? "the language model could not be reached, so the LLM judge gave no verdict (the engine's grades"
                            + " are complete); check 'llm status'"
                    : "the LLM judge gave no usable verdict (the engine's grades are complete); check 'llm status'");
        }
        if (report.hasErrors()) {
            throw new CommandFailure(SOME_INPUT_FAILED, report.errors().size() + " of "
                    + (report.errors().size() + report.transcripts().size()) + " inputs could not be graded: first "
                    + report.errors().get(0));
        }
    }

    @Command(name = "calibrate", group = "Grading",
            description = "Compare the engine with your own raters' scores, per criterion",
            help = """
                    calibrate --human FILE.csv [--rubric ID] [--format text|json] [--out FILE]
                              [--fit [--as ID] [--data DIR] [--no-overrides]]
                      --human   CSV of human ratings: columns reply (required), client, item_id, rater,
                                boundary, behavior, and one column per criterion id scored 1-5 (blank: not rated)
                      --rubric  rubric id (default: the default rubric)
                      --format  text (default) or json
                      --fit     calibrate the engine to these raters: hold a third of the distinct replies
                                out, retrain the behaviour head on the rest (when behavior is coded) and fit
                                each criterion to your raters' scale, write a derived rubric (--as ID,
                                default RUBRIC-FILENAME) with its own model folder, and report agreement
                                before and after on the held-out third. Supervisors' standing overrides in
                                the store count as ratings unless --no-overrides.
                      --data    the public corpora the behaviour head was trained on (default ../shared/data);
                                without them it is retrained on the rubric's authored data and your rows
                    Reports quadratic-weighted kappa, Spearman's correlation, exact and adjacent agreement,
                    and a confusion table per criterion. Rows that cannot be read are listed; exit status 1.""")
    public void calibrate(
            @Option(longName = "human", description = "CSV file of human ratings") String human,
            @Option(longName = "rubric", description = "rubric id (default rubric when omitted)") String rubric,
            @Option(longName = "format", defaultValue = "text", description = "text or json") String format,
            @Option(longName = "out", description = "output file (default standard output)") String out,
            @Option(longName = "fit", defaultValue = "false", description = "write a rubric calibrated to these raters") Boolean fit,
            @Option(longName = "as", description = "id of the calibrated rubric (with --fit)") String as,
            @Option(longName = "data", defaultValue = "../shared/data", description = "public corpora folder (with --fit)") String data,
            @Option(longName = "no-overrides", defaultValue = "false", description = "leave supervisor overrides out (with --fit)") Boolean noOverrides,
            CommandContext ctx) {
        if (blank(human)) throw new CommandFailure(USAGE, "calibrate needs --human FILE.csv");
        String f = format == null ? "text" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new CommandFailure(USAGE, "unknown format '" + format + "': expected text or json");
        }
        RubricEngine engine = engine(rubric);
        HumanRatings.Result ratings = HumanRatings.read(Path.of(human), engine.rubric().criterionIds());
        if (Boolean.TRUE.equals(fit)) {
            fit(engine.rubric().id(), Path.of(human), ratings, as, data, !Boolean.TRUE.equals(noOverrides), f, out, ctx);
            return;
        }
        CalibrationReport report = new Calibrator(engine).compare(human, ratings);
        writeCalibration(out, ctx, f, report, w -> CalibrationText.write(report, w), report.errors());
    }

    private RubricEngine engine(String rubric) {
        RubricEngines available = engines.getIfAvailable();
        if (available == null) {
            RubricEngine only = singleEngine.getIfUnique();
            if (only == null) throw new CommandFailure(USAGE, "no rubric engine is configured");
            available = id -> {
                if (id == null || id.equals(only.rubric().id())) return only;
                throw new IllegalArgumentException("no rubric '" + id + "' (known: " + only.rubric().id() + ")");
            };
        }
        try {
            return available.forRubric(blank(rubric) ? null : rubric.trim());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(USAGE, e.getMessage());
        }
    }

    /** True for --judge llm (when a language model is configured), false for the engine alone. */
    private boolean checkJudge(String judge) {
        String j = judge == null ? "engine" : judge.trim().toLowerCase(Locale.ROOT);
        if (j.equals("llm")) {
            LlmConnection model;
            try {
                model = llm == null ? null : llm.getIfAvailable();
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null) cause = cause.getCause();
                throw new CommandFailure(USAGE, "the LLM judge cannot start: " + cause.getMessage());
            }
            if (model == null) {
                throw new CommandFailure(USAGE, "the LLM judge is not available: no language model is configured"
                        + " (see 'llm status'); grade with --judge engine (the default)");
            }
            return true;
        }
        if (!j.equals("engine")) throw new CommandFailure(USAGE, "unknown judge '" + judge + "': expected engine or llm");
        return false;
    }

    private static String judgeTable(JudgeAgreement agreement, LlmConnection model) {
        return "Judge: " + model.settings().provider().id() + " " + model.settings().model() + System.lineSeparator()
                + agreement.render();
    }

    private interface Output {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes to the file named by --out (as given), or to the command's output. */
    private static void write(String out, CommandContext ctx, Output output) throws IOException {
        if (blank(out)) {
            PrintWriter w = ctx.outputWriter();
            output.writeTo(w);
            w.flush();
            return;
        }
        int replaced = org.rapport.report.OutputFile.write(Path.of(out), output::writeTo);
        if (replaced > 0) {
            ctx.outputWriter().println("Wrote " + out + org.rapport.report.OutputFile.note(replaced));
            ctx.outputWriter().flush();
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(USAGE, e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void fit(String rubricId, Path file, HumanRatings.Result ratings, String as, String data, boolean overrides,
            String format, String out, CommandContext ctx) {
        RubricLibrary rubrics = library == null ? null : library.getIfAvailable();
        if (rubrics == null) throw new CommandFailure(USAGE, "calibrate --fit needs the rubric folder, which this run has not loaded");
        if (!ratings.errors().isEmpty() && ratings.ratings().isEmpty()) {
            throw new CommandFailure(SOME_INPUT_FAILED, "no rows of the ratings file could be used: first " + ratings.errors().get(0));
        }
        String stem = file.getFileName().toString().replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String derived = blank(as) ? rubricId + "-" + (stem.isEmpty() ? "programme" : stem) : as.trim();
        List<HumanRating> supervised = overrides ? supervisedRatings(rubricId, rubrics) : List.of();
        RaterFitReport report;
        try {
            report = RaterFitReport.of(new RaterFit(rubrics).fit(rubricId, file, ratings, supervised,
                    new RaterFit.Options(derived, Path.of(data)), new PrintWriter(System.err, true)));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(USAGE, "cannot fit: " + e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandFailure(SOME_INPUT_FAILED, "cannot fit: " + e.getMessage());
        }
        writeCalibration(out, ctx, format, report, w -> CalibrationText.write(report, w), ratings.errors());
    }

    /** A calibration's report, as JSON or text, then exit status 1 if rows of the ratings file were left out. */
    private void writeCalibration(String out, CommandContext ctx, String format, Object report, Output text,
            List<org.rapport.transcript.InputError> errors) {
        try {
            write(out, ctx, w -> {
                if (format.equals("json")) {
                    w.write(GradeJson.toJson(report));
                    w.write(System.lineSeparator());
                    w.flush();
                } else {
                    text.writeTo(w);
                }
            });
        } catch (IOException e) {
            throw new CommandFailure(SOME_INPUT_FAILED, "cannot write " + out + ": " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new CommandFailure(SOME_INPUT_FAILED, errors.size()
                    + " rows of the ratings file could not be used: first " + errors.get(0));
        }
    }

    /** Supervisors' standing overrides of this rubric's scores, as ratings (none when there is no store). */
    private List<HumanRating> supervisedRatings(String rubricId, RubricLibrary rubrics) {
        DataSource ds = store == null ? null : store.getIfAvailable();
        if (ds == null) return List.of();
        boolean isDefault = rubricId.equals("core"); // sessions recorded before rubric ids were kept used the core rubric
        java.util.Map<String, java.util.Map<String, Integer>> scores = new java.util.LinkedHashMap<>();
        java.util.Map<String, SupervisedReplies.SupervisedScore> first = new java.util.LinkedHashMap<>();
        for (SupervisedReplies.SupervisedScore s : new SupervisedReplies(ds).standing(rubricId, isDefault)) {
            String key = s.sessionId() + "#" + s.turnIndex();
            scores.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).put(s.criterion(), s.score());
            first.putIfAbsent(key, s);
        }
        List<HumanRating> out = new java.util.ArrayList<>();
        first.forEach((key, s) -> out.add(new HumanRating(0, key, s.by(), s.client(), s.reply(), null, null, scores.get(key))));
        return out;
    }
}
