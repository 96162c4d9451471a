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
import java.util.function.Supplier;
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
    private final Supplier<RubricLibrary> rubrics;

    @Autowired
    public EvaluationCommands(ObjectProvider<RubricLibrary> rubrics) {
        this.rubrics = rubrics::getObject;
    }

    public EvaluationCommands(RubricLibrary library) {
        this.rubrics = () -> library;
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
        RubricEngine engine = engine(rubric);
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
        out.flush();
    }

    @Command(name = "bench", group = "Rubrics", description = "Time the engine: per-reply latency and batch throughput",
            help = "bench [--replies N] [--annomi PATH] [--rubric ID] — scores N replies one at a time (median and p95 latency) "
                    + "and in batches (utterances per second, with and without the embedding model's load). Uses the "
                    + "AnnoMI-style CSV's therapist turns when the file exists, else built-in sample replies.")
    public String bench(
            @Option(longName = "replies", defaultValue = "500", description = "how many replies to score") Integer replies,
            @Option(longName = "annomi", defaultValue = DEFAULT_ANNOMI, description = "corpus to take replies from") String annomi,
            @Option(longName = "rubric", defaultValue = "core", description = "rubric id") String rubric) {
        int n = replies == null || replies <= 0 ? 500 : replies;
        Path corpus = annomi == null || annomi.equals("none") ? null : Path.of(annomi);
        try {
            List<org.rapport.rubric.ReplyContext> sample = ScoringBenchmark.replies(corpus, n);
            String source = corpus != null && Files.isRegularFile(corpus) ? corpus.toString() : "built-in sample replies";
            return ScoringBenchmark.run(engine(rubric), sample, source).report();
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + annomi + ": " + e.getMessage());
        }
    }

    private RubricEngine engine(String id) {
        try {
            return library().engine(id == null || id.isBlank() ? "core" : id);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
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

    /** The rubric library, or a one-line failure naming the file, line and field of a broken rubric. */
    private RubricLibrary library() {
        try {
            return rubrics.get();
        } catch (org.rapport.rubric.RubricFormatException | java.io.UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        } catch (org.springframework.beans.BeansException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new CommandFailure(cause.getMessage() == null ? e.getMessage() : cause.getMessage());
        }
    }
}
