package org.rapport.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapport.rubric.CorpusEvaluation;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.rubric.ScoringBenchmark;
import org.rapport.session.ClientSimulators;
import org.rapport.session.FeedbackTiming;
import org.rapport.session.PracticeSessions;
import org.rapport.session.ScenarioLookup;
import org.rapport.store.JdbcSessionJournal;
import org.rapport.store.StoreConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Measures the engine against expert-annotated corpora and times it. */
@Component
public class EvaluationCommands {

    static final String DEFAULT_ANNOMI = "../shared/data/annomi-dev.csv";
    static final String DEFAULT_EPITOME = "../shared/data/epitome-dev.csv";

    /** Read on first use, so a broken rubric file fails these commands, not the whole shell. */
    private final RubricsOnFirstUse rubrics;
    private final ObjectProvider<ScenarioLookup> scenarios;
    private final ObjectProvider<ClientSimulators> clients;

    @Autowired
    public EvaluationCommands(ObjectProvider<RubricLibrary> rubrics, ObjectProvider<ScenarioLookup> scenarios,
            ObjectProvider<ClientSimulators> clients) {
        this.rubrics = new RubricsOnFirstUse(rubrics::getObject);
        this.scenarios = scenarios;
        this.clients = clients;
    }

    public EvaluationCommands(RubricLibrary library) {
        this.rubrics = new RubricsOnFirstUse(() -> library);
        this.scenarios = null;
        this.clients = null;
    }

    @Command(name = "evaluate", group = "Rubrics", description = "Grade expert-annotated corpora: accuracy, macro-F1, kappa",
            help = "evaluate [--annomi PATH] [--epitome PATH] [--limit N] [--rubric ID] — codes every therapist utterance of an "
                    + "AnnoMI-style CSV (with the turns before it) and every response of an EPITOME-style CSV, then prints "
                    + "accuracy, macro-F1 and Cohen's kappa per label set with confusion tables. A missing file is skipped "
                    + "with a note; --annomi none or --epitome none skips that corpus.")
    public void evaluate(
            @Option(longName = "annomi", defaultValue = DEFAULT_ANNOMI, description = "AnnoMI-style CSV (or none)") String annomi,
            @Option(longName = "epitome", defaultValue = DEFAULT_EPITOME, description = "EPITOME-style CSV (or none)") String epitome,
            @Option(longName = "limit", defaultValue = "0", description = "at most N utterances per corpus (0 = all)") Integer limit,
            @Option(longName = "rubric", defaultValue = "core", description = "rubric id") String rubric,
            CommandContext ctx) {
        RubricEngine engine = rubrics.engine(rubric);
        int n = limit == null ? 0 : limit;
        List<CorpusEvaluation.LabelSet> sets = new ArrayList<>();
        var out = ctx.outputWriter();
        try {
            if (use(annomi, out)) sets.addAll(CorpusEvaluation.annomi(engine, Path.of(annomi), n));
            if (use(epitome, out)) sets.addAll(CorpusEvaluation.epitome(engine, Path.of(epitome), n));
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot evaluate: " + e.getMessage());
        }
        if (sets.isEmpty()) throw new CommandFailure("no corpus to evaluate: give --annomi PATH and/or --epitome PATH");
        out.print(CorpusEvaluation.report(sets));
        for (String file : new String[] {annomi, epitome}) {
            if (!use(file, new java.io.PrintWriter(java.io.Writer.nullWriter()))) continue;
            String trainedOn = trainedOn(rubrics.library().directory(), rubric, Path.of(file));
            if (trainedOn != null) {
                out.println("note: heads of this rubric (" + trainedOn + ") were trained on " + file + ": their figures above are "
                        + "in-sample; the held-out figures are those 'train' prints (grouped cross-validation).");
            }
        }
        out.flush();
    }

    @Command(name = "bench", group = "Rubrics",
            description = "Time Rapport: start-up, live feedback per reply, engine latency and batch throughput",
            help = "bench [--replies N] [--annomi PATH] [--rubric ID] [--startup RUNS] [--session ID] — scores N replies one "
                    + "at a time (median and p95 latency) and in batches (utterances per second, with and without the "
                    + "embedding model's load), using the AnnoMI-style CSV's therapist turns when the file exists, else "
                    + "built-in sample replies. Then times start-up (a one-shot 'help', started like this process; "
                    + "--startup 0 skips it) and the wait for live feedback in a scripted session (--session ID, "
                    + "'none' skips it): scoring the reply, the client's answer and saving both turns, on a throw-away "
                    + "database so no records are touched.")
    public String bench(
            @Option(longName = "replies", defaultValue = "500", description = "how many replies to score") Integer replies,
            @Option(longName = "annomi", defaultValue = DEFAULT_ANNOMI, description = "corpus to take replies from") String annomi,
            @Option(longName = "rubric", defaultValue = "core", description = "rubric id") String rubric,
            @Option(longName = "startup", defaultValue = "5", description = "start-up runs to time (0 skips)") Integer startup,
            @Option(longName = "session", defaultValue = "gad-hector", description = "scripted scenario to time live feedback on (none skips)") String session) {
        int n = replies == null || replies <= 0 ? 500 : replies;
        Path corpus = annomi == null || annomi.equals("none") ? null : Path.of(annomi);
        StringBuilder report = new StringBuilder();
        try {
            List<org.rapport.rubric.ReplyContext> sample = ScoringBenchmark.replies(corpus, n);
            String source = corpus != null && Files.isRegularFile(corpus) ? corpus.toString() : "built-in sample replies";
            report.append(ScoringBenchmark.run(rubrics.engine(rubric), sample, source).report().stripTrailing());
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + annomi + ": " + e.getMessage());
        }
        if (startup != null && startup > 0) {
            try {
                StartupTiming.Figures s = StartupTiming.measure(startup);
                report.append(String.format(java.util.Locale.ROOT,
                        "%nstart-up, one-shot 'help' (%d runs): median %.2f s, min %.2f s, max %.2f s",
                        s.runs(), s.medianMs() / 1000, s.minMs() / 1000, s.maxMs() / 1000));
            } catch (Exception e) {
                report.append("\nstart-up: not measured (").append(e.getMessage()).append(")");
            }
        }
        if (session != null && !session.equals("none") && scenarios != null) {
            report.append("\n").append(feedbackTiming(session, rubric));
        }
        return report.toString();
    }

    /** Realistic replies of mixed quality; any scripted scenario answers them. */
    private static final List<String> TIMED_REPLIES = List.of(
            "It sounds like you've been carrying a lot on your own.",
            "What would you like to talk about today?",
            "Have you tried making a list before bed?",
            "Part of you wants things to change, and part of you is worried about what that would cost.",
            "How has that been for you this week?",
            "You should really talk to your doctor about that.",
            "So the worry shows up most at night, when everything is quiet.",
            "I can hear how tired you are of feeling this way.",
            "What do you make of that?",
            "You're worried that if you let go of it, something bad will happen.");

    private String feedbackTiming(String scenarioId, String rubric) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rapport-bench");
            try (var database = StoreConfiguration.embeddedIn(folder)) {
                var journal = new JdbcSessionJournal(database, java.time.Clock.systemUTC());
                var sessions = new PracticeSessions(scenarios.getObject(), clients.getObject(),
                        id -> rubrics.engine(rubric), journal, java.time.Clock.systemUTC(), new java.util.Random(1));
                // The first session meets every class of the session, store and client paths for the first time in
                // this process; the next ones are what a trainee waits for once the program has been in use.
                FeedbackTiming.Figures first = FeedbackTiming.measure(sessions, scenarioId, TIMED_REPLIES);
                List<String> twice = new ArrayList<>(TIMED_REPLIES);
                twice.addAll(TIMED_REPLIES);
                FeedbackTiming.Figures later = FeedbackTiming.measure(sessions, scenarioId, twice);
                return String.format(java.util.Locale.ROOT,
                        "live feedback, scenario %s (score, client answer, both turns saved), first session of this process "
                                + "(%d replies): first %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms; CPU %.1f ms per reply "
                                + "(all threads), %.1f ms on the session's thread"
                                + "%nlive feedback, the next sessions (%d replies): median %.1f ms, p95 %.1f ms, max %.1f ms; "
                                + "CPU %.1f ms per reply (all threads), %.1f ms on the session's thread"
                                + "%n  (timed from Enter; each client line is read while the trainee types: median %.1f ms of reading ahead in the first "
                                + "session, %.1f ms in the next, whose suggestions it has scored before)",
                        scenarioId, first.replies(), first.firstMs(), first.medianMs(), first.p95Ms(), first.maxMs(), first.cpuMs(),
                        first.threadCpuMs(), later.replies(), later.medianMs(), later.p95Ms(), later.maxMs(), later.cpuMs(),
                        later.threadCpuMs(), first.readAheadMs(), later.readAheadMs());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        } catch (Exception e) {
            return "live feedback: not measured (" + e.getMessage() + ")";
        } finally {
            if (folder != null) org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }


    /** The heads whose provenance names this file's SHA-256, or null. */
    static String trainedOn(Path rubricDir, String rubric, Path file) {
        try {
            String sha = org.rapport.judgement.Sha256.of(file);
            List<String> names = new ArrayList<>();
            for (var h : org.rapport.judgement.HeadSet.of(org.rapport.rubric.JudgementTraining.modelsOf(rubricDir, rubric)).all().values()) {
                if (h.provenance() != null && h.provenance().data().stream().anyMatch(d -> d.sha256().equals(sha))) names.add(h.name());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean use(String path, java.io.PrintWriter out) {
        if (path == null || path.isBlank() || path.equals("none")) return false;
        if (!Files.isRegularFile(Path.of(path))) {
            out.println("skipped " + path + ": file not found");
            return false;
        }
        return true;
    }

}
