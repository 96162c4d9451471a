package org.rapport.rubric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.Provenance;
import org.rapport.judgement.Sha256;

/**
 * The risk-cue head's authored lines: {@code client-risk.csv} and its companions {@code client-risk-*.csv}
 * (columns group, label, text; rows sharing a group are paraphrases), the scored risk-cue files
 * {@code risk-cues-*.csv} beside them (columns kind, text), each written by an author who had not seen the head
 * and scored once before it was trained on (docs/rubrics.md), and the shipped scenarios' client lines. A row of a
 * scored file is its own group, named after its data set and row; a scenario's lines are one group. A further
 * folder of scored files can be added to compare candidates ({@code -Drapport.risk.scored-files=DIR}). A line
 * already read from an earlier file is skipped, so that no line meets itself in the exemplar bank. {@code sources}
 * names, for each line, the scored data set it came from, "scenarios", or "client-risk" for the grouped files.
 */
record RiskCorpus(List<LabelledText> lines, List<String> sources, List<Provenance.DataFile> files, String attribution, int repeatsSkipped) {

    /** The authored folder's risk files, {@code moreScored}'s scored files (null: none), then the scenario lines. */
    static RiskCorpus read(Path authoredData, Path moreScored, List<ScenarioLine> scenarioLines, List<String> labels) throws IOException {
        List<Path> grouped = new ArrayList<>();
        grouped.add(authoredData.resolve("client-risk.csv"));
        grouped.addAll(AuthoredCorpus.filesStartingWith(authoredData, "client-risk-"));
        Reader r = new Reader(labels);
        for (Path file : grouped) {
            AuthoredCorpus c = AuthoredCorpus.read(file, List.of("group", "label", "text"));
            r.add(c, "rubrics/data/" + file.getFileName(), "label", i -> c.nonEmpty(i, "group"), "client-risk");
        }
        List<Path> scored = new ArrayList<>(AuthoredCorpus.filesStartingWith(authoredData, "risk-cues-"));
        if (moreScored != null) scored.addAll(AuthoredCorpus.filesStartingWith(moreScored, "risk-cues-"));
        for (Path file : scored) {
            AuthoredCorpus c = AuthoredCorpus.read(file, List.of("kind", "text"));
            String dataset = c.metadata().getOrDefault("dataset", file.getFileName().toString().replaceFirst("\\.csv$", ""));
            String shownAs = file.getParent().equals(authoredData) ? "rubrics/data/" + file.getFileName() : file.getFileName().toString();
            r.add(c, shownAs, "kind", i -> dataset + "-" + (i + 1), dataset);
        }
        r.addScenarioLines(scenarioLines);
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
                add(new LabelledText(group.apply(i), c.require(i, labelColumn, labels), JudgedText.clientLine(c.nonEmpty(i, "text"))), source);
            }
        }

        void addScenarioLines(List<ScenarioLine> scenarioLines) {
            if (scenarioLines.isEmpty()) return;
            StringBuilder all = new StringBuilder();
            for (ScenarioLine s : scenarioLines) {
                String label = s.risk() == null ? "none" : s.risk().id();
                all.append(s.scenario()).append('\t').append(label).append('\t').append(s.text()).append('\n');
                add(new LabelledText("scenario-" + s.scenario(), label, JudgedText.clientLine(s.text())), "scenarios");
            }
            files.add(new Provenance.DataFile("scenarios/*.yaml (client lines)", Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8)),
                    scenarioLines.size()));
            attributions.add("the shipped scenarios' client lines, Rapport contributors");
        }

        private void add(LabelledText l, String source) {
            if (seen.add(key(l.text().client()))) {
                lines.add(l);
                sources.add(source);
            } else {
                skipped++;
            }
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
