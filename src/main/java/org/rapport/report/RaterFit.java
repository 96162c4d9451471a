package org.rapport.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.rapport.judgement.GroupedCrossValidation;
import org.rapport.judgement.Head;
import org.rapport.judgement.HeadSet;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.Provenance;
import org.rapport.judgement.Sha256;
import org.rapport.judgement.TrainerSettings;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.rubric.JudgementTraining;
import org.rapport.rubric.RaterScales;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.rubric.RubricLoader;
import org.rapport.rubric.RubricScorer;
import org.rapport.rubric.TurnScore;

/**
 * Calibrates the engine to a programme's own raters ({@code calibrate --fit}): the ratings (and the
 * supervisors' standing overrides) are split by reply, a third held out before anything is fitted; on
 * the rest, the behaviour head is retrained with the programme's codes and each criterion gets the
 * programme's reading of the engine's levels. The result is a derived rubric with its own model folder,
 * and agreement before and after on the held-out third.
 */
public final class RaterFit {

    /** Marks a rubric file written here, which a later fit under the same id may replace. */
    public static final String DERIVED_MARK = "# Derived by calibrate --fit";
    /** Fewer training rows than this for a criterion (or for the codes) leave it as the engine has it. */
    public static final int MIN_ROWS = 20;
    private static final long SEED = 20260101L;

    /**
     * @param derivedId  the new rubric's id
     * @param publicData the public corpora's folder (the behaviour head's own training data); may be absent
     */
    public record Options(String derivedId, Path publicData) {
    }

    /** What the fit did and how the held-out third agrees before and after. */
    public record Outcome(String derivedId, Path rubricFile, Path modelFolder, int trainingRows, int heldOutRows,
            int supervisedRows, CalibrationReport before, CalibrationReport after, JudgementTraining.BehaviourFit behaviour,
            RaterScales scales, List<String> notes) {
    }

    private final RubricLibrary library;

    public RaterFit(RubricLibrary library) {
        this.library = library;
    }

    public Outcome fit(String baseId, Path ratingsFile, HumanRatings.Result ratings, List<HumanRating> supervised, Options o,
            PrintWriter progress) throws IOException {
        Rubric base = library.get(baseId);
        String derivedId = o.derivedId();
        if (derivedId == null || !derivedId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("rubric id '" + derivedId + "' must be lower-case letters, digits and hyphens");
        }
        if (derivedId.equals(baseId)) throw new IllegalArgumentException("the derived rubric needs an id other than " + baseId);
        Path dir = library.directory();
        Path rubricFile = dir.resolve(derivedId + ".yaml");
        Path existing = library.find(derivedId).map(r -> library.source(derivedId)).orElse(rubricFile);
        if (Files.exists(existing) && !Files.readString(existing, StandardCharsets.UTF_8).startsWith(DERIVED_MARK)) {
            throw new IllegalArgumentException("rubric " + derivedId + " (" + existing.getFileName()
                    + ") was not derived by calibrate --fit and is not replaced; choose another --as id");
        }

        List<HumanRating> all = new ArrayList<>(ratings.ratings());
        all.addAll(supervised);
        if (all.isEmpty()) throw new IllegalArgumentException("no ratings to fit on");
        // The same reply rated by several raters (or by a rater and a supervisor) stays on one side.
        List<String> groups = all.stream().map(RaterFit::group).toList();
        int[] fold = new GroupedCrossValidation(3, SEED).assign(groups);
        List<HumanRating> training = new ArrayList<>(), heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) (fold[i] == 0 ? heldOut : training).add(all.get(i));
        if (heldOut.isEmpty() || training.isEmpty()) {
            throw new IllegalArgumentException("too few distinct replies to hold a third out (" + groups.stream().distinct().count() + ")");
        }
        List<String> notes = new ArrayList<>();
        String sha = Sha256.of(ratingsFile);
        String fileName = ratingsFile.getFileName().toString();

        // ---- criterion scales, on the training part only
        RubricEngine engine = library.engine(baseId);
        Calibrator before = new Calibrator(engine);
        List<TurnScore> trainingScores = before.scoreDistinct(training);
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        Map<String, int[]> rowsPerLevel = new LinkedHashMap<>();
        for (String criterion : base.criterionIds()) {
            List<int[]> pairs = new ArrayList<>();
            int[] counts = new int[5];
            for (int i = 0; i < training.size(); i++) {
                Integer human = training.get(i).scores().get(criterion), machine = trainingScores.get(i).score(criterion);
                if (human == null || machine == null) continue;
                pairs.add(new int[] {machine, human});
                counts[machine - 1]++;
            }
            if (pairs.size() < MIN_ROWS) {
                if (!pairs.isEmpty()) notes.add(criterion + ": " + pairs.size() + " training rows (fewer than " + MIN_ROWS + "); scale left as the engine's");
                continue;
            }
            List<Integer> fitted = RaterScales.fit(pairs);
            if (!fitted.equals(List.of(1, 2, 3, 4, 5))) {
                levels.put(criterion, fitted);
                rowsPerLevel.put(criterion, counts);
            } else {
                notes.add(criterion + ": your raters read the engine's levels as the engine does; no scale needed");
            }
        }
        RaterScales scales = new RaterScales(levels, List.of(
                "rater scales of rubric " + derivedId + ": your programme's raters' score for each engine level",
                "fitted by calibrate --fit from " + fileName + " (sha256 " + sha + ")" + (supervised.isEmpty() ? ""
                        : " and " + supervised.size() + " standing supervisor overrides"),
                "on " + training.size() + " of " + all.size() + " rows; the other " + heldOut.size()
                        + " (a third of the distinct replies, seed " + SEED + ") were held out for the figures",
                "method: isotonic regression of the raters' mean score on the engine's score, rounded; rows = training rows per level"));

        // ---- the behaviour head, when the programme coded replies
        JudgementTraining.BehaviourFit behaviour = null;
        List<LabelledText> coded = new ArrayList<>();
        for (HumanRating r : training) {
            if (r.behavior() != null) coded.add(new LabelledText(group(r), r.behavior().json(), JudgedText.reply(r.client(), r.reply())));
        }
        Path baseModels = JudgementTraining.modelsOf(dir, baseId);
        Head shipped = HeadSet.of(baseModels).find("behaviour").orElse(null);
        if (coded.size() >= MIN_ROWS && shipped != null) {
            progress.println("retraining the behaviour head with " + coded.size() + " of your coded replies...");
            progress.flush();
            behaviour = new JudgementTraining(base).fitBehaviour(shipped, coded,
                    new Provenance.DataFile(fileName, sha, coded.size()), o.publicData(), dir.resolve("data"),
                    TrainerSettings.DEFAULT, progress);
            notes.add(String.format(Locale.ROOT, "behaviour head: on a validation third of the training replies, retrained %.3f against shipped %.3f macro-F1: %s",
                    behaviour.fittedF1(), behaviour.shippedF1(), behaviour.head() == null ? "kept the shipped head" : "retrained head used"));
        } else if (!coded.isEmpty()) {
            notes.add("behaviour head: " + coded.size() + " coded training replies (fewer than " + MIN_ROWS + "); kept the shipped head");
        }

        // ---- write the derived rubric and its model folder
        Path models = JudgementTraining.modelsOf(dir, derivedId);
        replaceFolder(baseModels, models);
        // The retrained head was validated alone against the shipped one, so it judges alone: its siblings over
        // other encoders, trained without the programme's codes, are removed.
        if (behaviour != null && behaviour.head() != null) HeadSet.write(models, List.of(behaviour.head()));
        if (!scales.isEmpty()) writeAtomically(models.resolve(RaterScales.FILE), scales.format(rowsPerLevel));
        String text = derivedText(Files.readString(library.source(baseId), StandardCharsets.UTF_8), baseId, derivedId, fileName, sha);
        writeAtomically(rubricFile, text);
        Rubric derived = new RubricLoader().load(rubricFile);
        RubricEngine after = new RubricScorer(derived, SentenceEmbeddings::shared, HeadSet.reload(models));

        String heldOutSource = fileName + " (held-out third)";
        HumanRatings.Result held = new HumanRatings.Result(heldOut, ratings.errors());
        return new Outcome(derivedId, rubricFile, models, training.size(), heldOut.size(), supervised.size(),
                before.compare(heldOutSource, held), new Calibrator(after).compare(heldOutSource, held), behaviour, scales, notes);
    }

    private static String group(HumanRating r) {
        return (r.client() + "\u0000" + r.reply()).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * The base rubric's text under a new id and title. Its calibration cases are left out: they pin the
     * base engine's scores, which the programme's scale means to change.
     */
    static String derivedText(String baseText, String baseId, String derivedId, String file, String sha) {
        List<String> out = new ArrayList<>();
        out.add(DERIVED_MARK + " from rubric " + baseId + " and " + file + " (sha256 " + sha + ").");
        out.add("# Its model folder holds the retrained heads and rater-scales.csv; fit again rather than edit by hand.");
        boolean skipping = false;
        for (String line : baseText.split("\r?\n", -1)) {
            boolean topLevel = line.matches("[a-z_]+:.*");
            if (topLevel) skipping = line.startsWith("calibration:");
            if (skipping) continue;
            if (line.startsWith("id:")) line = "id: " + derivedId;
            else if (line.startsWith("title:")) line = line.stripTrailing() + " (calibrated to " + file.replace("\"", "") + ")";
            else if (line.startsWith("version:")) line = "version: \"" + unquoted(line.substring(8)) + "+" + sha.substring(0, 8) + "\"";
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String unquoted(String v) {
        v = v.strip();
        return v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }

    private static void replaceFolder(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> s = Files.walk(from)) {
            // The heads and the exemplar banks the risk-cue head reads beside it.
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".exemplars")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
