package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.Provenance;

/**
 * The risk-cue head's authored lines: {@code client-risk.csv} (columns group, label, text; rows sharing a group
 * are paraphrases) and, when asked for, more: companion files {@code client-risk-*.csv} beside it, and scored
 * risk-cue files {@code risk-cues-*.csv} from a folder (columns kind, text), each written by an author who had
 * not seen the head and scored once before it is trained on (docs/rubrics.md). A row of those files is its own
 * group, named after its data set and row. The shipped head reads client-risk.csv alone; the rest is for
 * comparing candidates ({@code -Drapport.risk.scored-files=DIR}). A line already read from an earlier file is
 * skipped, so that no line meets itself in the exemplar bank. {@code sources} names, for each line, the scored
 * data set it came from, or "client-risk" for the grouped files.
 */
record RiskCorpus(List<LabelledText> lines, List<String> sources, List<Provenance.DataFile> files, String attribution, int repeatsSkipped) {

    /** client-risk.csv, and with {@code scoredFiles} (null: none) its companions and the folder's scored files. */
    static RiskCorpus read(Path authoredData, Path scoredFiles, List<String> labels) throws IOException {
        List<Path> grouped = new ArrayList<>();
        grouped.add(authoredData.resolve("client-risk.csv"));
        if (scoredFiles != null) grouped.addAll(csvFiles(authoredData, "client-risk-"));
        Reader r = new Reader(labels);
        for (Path file : grouped) {
            AuthoredCorpus c = AuthoredCorpus.read(file, List.of("group", "label", "text"));
            r.add(c, "rubrics/data/" + file.getFileName(), "label", i -> c.nonEmpty(i, "group"), "client-risk");
        }
        for (Path file : scoredFiles == null ? List.<Path>of() : csvFiles(scoredFiles, "risk-cues-")) {
            AuthoredCorpus c = AuthoredCorpus.read(file, List.of("kind", "text"));
            String dataset = c.metadata().getOrDefault("dataset", file.getFileName().toString().replaceFirst("\\.csv$", ""));
            r.add(c, file.getFileName().toString(), "kind", i -> dataset + "-" + (i + 1), dataset);
        }
        return new RiskCorpus(List.copyOf(r.lines), List.copyOf(r.sources), List.copyOf(r.files), String.join("; ", r.attributions), r.skipped);
    }

    /** The lines read so far, across files. */
    private static final class Reader {
        final List<String> labels;
        final List<LabelledText> lines = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<Provenance.DataFile> files = new ArrayList<>();
        final Set<String> attributions = new LinkedHashSet<>();
        final Set<String> seen = new HashSet<>();
        int skipped;

        Reader(List<String> labels) {
            this.labels = labels;
        }

        void add(AuthoredCorpus c, String shownAs, String labelColumn, IntFunction<String> group, String source) {
            files.add(c.dataFile(shownAs));
            attributions.add(JudgementTraining.authored(c));
            for (int i = 0; i < c.size(); i++) {
                String text = c.nonEmpty(i, "text");
                LabelledText l = new LabelledText(group.apply(i), c.require(i, labelColumn, labels), JudgedText.clientLine(text));
                if (seen.add(key(text))) {
                    lines.add(l);
                    sources.add(source);
                } else {
                    skipped++;
                }
            }
        }
    }

    private static List<Path> csvFiles(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".csv");
            }).sorted().toList();
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
