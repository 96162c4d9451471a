package org.rapport.rubric;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.nlp.Utterance;
import org.rapport.report.Agreement;

/**
 * Tuning aid: refits a rubric's {@code behavior_model} to an expert-coded AnnoMI-style corpus and shows
 * whether the fit generalises. The transcripts are split into two halves (alternate transcripts in file
 * order); weights fitted on each half are scored on the other, then weights fitted on all transcripts are
 * printed as YAML to paste into the rubric. Only those aggregate weights leave this program.
 *
 * <p>The model is the engine's own: per label, bias + Σ weight × feature + semantic_weight × (exemplar
 * similarity − mean over labels), a softmax over the four behaviours and, within each behaviour, over its
 * subtypes. The loss is cross-entropy with classes weighted by the inverse square root of their frequency
 * (so rare codes count), an L2 penalty on the feature weights, and the rubric's calibration cases plus
 * any specification cases given held as heavily weighted examples.
 *
 * <p>Arguments: rubric file, corpus CSV, optional specification cases (YAML list of calibration cases),
 * optional behaviour and subtype L2 penalties (default 0.001 and 0.001).
 */
public final class FitBehaviorWeights {

    private static final List<String> BEHAVIORS = List.of("question", "reflection", "input", "other");
    private static final Map<String, List<String>> SUBTYPES = Map.of(
            "question", List.of("open", "closed"),
            "reflection", List.of("simple", "complex"),
            "input", List.of("information", "advice", "negotiation", "options"));
    private static final double CASE_WEIGHT = 20;

    /** One coded utterance: its transcript, reference codes, feature vector and exemplar similarities. */
    record Example(String transcript, String behavior, String subtype, double[] x, Map<String, Double> similarity) {
    }

    /** A fitted softmax: per label bias and weights, and the shared semantic weight. */
    record Softmax(List<String> labels, double[] bias, double[][] w, double semantic) {
    }

    public static void main(String[] args) throws Exception {
        Rubric rubric = new RubricLoader().load(Path.of(args[0]));
        List<CalibrationCase> cases = new ArrayList<>(rubric.calibration());
        if (args.length > 2) {
            cases.addAll(new YAMLMapper().readValue(Path.of(args[2]).toFile(), new TypeReference<List<CalibrationCase>>() {
            }));
        }
        double lambda = args.length > 3 ? Double.parseDouble(args[3]) : 0.001;
        double subLambda = args.length > 4 ? Double.parseDouble(args[4]) : 0.001;

        List<Example> corpus = examples(rubric, Path.of(args[1]), cases);
        List<Example> constraints = corpus.stream().filter(e -> e.transcript() == null).toList();
        List<Example> coded = corpus.stream().filter(e -> e.transcript() != null).toList();
        List<String> transcripts = new ArrayList<>(new LinkedHashSet<>(coded.stream().map(Example::transcript).toList()));
        List<List<Example>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (Example e : coded) halves.get(transcripts.indexOf(e.transcript()) % 2).add(e);

        for (int h = 0; h < 2; h++) {
            Map<String, Softmax> fitted = fit(halves.get(h), constraints, lambda, subLambda);
            System.out.printf(Locale.ROOT, "fitted on half %d, scored on half %d: %s%n", h + 1, 2 - h, score(fitted, halves.get(1 - h)));
        }
        Map<String, Softmax> all = fit(coded, constraints, lambda, subLambda);
        System.out.printf(Locale.ROOT, "fitted on all, scored on all: %s%n", score(all, coded));
        System.out.println(yaml(all));
    }

    static List<Example> examples(Rubric rubric, Path csv, List<CalibrationCase> cases) throws Exception {
        List<String[]> items = new ArrayList<>(); // transcript, behaviour, subtype, client line, reply
        CsvRows rows = CsvRows.read(csv);
        String transcript = null;
        String lastClient = "";
        int sinceClient = 0;
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i, "transcript_id");
            if (!id.equals(transcript)) {
                transcript = id;
                lastClient = "";
                sinceClient = 0;
            }
            String text = rows.get(i, "utterance_text");
            boolean therapist = rows.get(i, "interlocutor").strip().equalsIgnoreCase("therapist");
            if (therapist && !rows.get(i, "behaviour").isBlank()) {
                String b = rows.get(i, "behaviour").strip();
                // The evaluation gives each utterance the six turns before it; a client line further back is not seen.
                items.add(new String[] {id, b.equals("therapist_input") ? "input" : b, rows.get(i, "subtype").strip(),
                        sinceClient < 6 ? lastClient : "", text});
            }
            if (therapist) {
                sinceClient++;
            } else {
                lastClient = text;
                sinceClient = 0;
            }
        }
        for (CalibrationCase c : cases) {
            if (c.expect().behavior() == null) continue;
            items.add(new String[] {null, c.expect().behavior(), c.expect().subtype() == null ? "" : c.expect().subtype(), c.client(), c.reply()});
        }
        Cues cues = new Cues(rubric.lexicons());
        SentenceEmbeddings model = SentenceEmbeddings.shared();
        RubricScorer.ExemplarVectors exemplars = new RubricScorer.ExemplarVectors(rubric.exemplars(), model);
        List<Example> out = new ArrayList<>();
        for (int s = 0; s < items.size(); s += 256) {
            List<String[]> batch = items.subList(s, Math.min(items.size(), s + 256));
            List<String> texts = new ArrayList<>();
            for (String[] it : batch) {
                texts.add(it[4]);
                texts.add(RubricScorer.requestPart(it[3]));
            }
            List<float[]> v = model.embedAll(texts);
            for (int j = 0; j < batch.size(); j++) {
                String[] it = batch.get(j);
                ReplyFeatures f = new ReplyFeatures(new Utterance(it[4]), new Utterance(it[3]), cues);
                f.setClientSimilarity(SentenceEmbeddings.cosine(v.get(2 * j), v.get(2 * j + 1)));
                Map<String, Double> similarity = new LinkedHashMap<>();
                for (String label : ReplyFeatures.EXEMPLAR_LABELS) similarity.put(label, exemplars.similarity("behavior", label, v.get(2 * j)));
                f.setExemplarSimilarities(similarity);
                double[] x = new double[ReplyFeatures.NAMES.size()];
                for (int k = 0; k < x.length; k++) x[k] = f.get(ReplyFeatures.NAMES.get(k));
                out.add(new Example(it[0], it[1], it[2], x, similarity));
            }
        }
        return out;
    }

    static Map<String, Softmax> fit(List<Example> data, List<Example> constraints, double lambda, double subLambda) {
        Map<String, Softmax> fitted = new LinkedHashMap<>();
        Softmax behaviors = train(BEHAVIORS, data, constraints, Example::behavior, lambda, Double.NaN);
        fitted.put("behavior", behaviors);
        for (String b : BEHAVIORS) {
            List<String> subtypes = SUBTYPES.get(b);
            if (subtypes == null) continue;
            List<Example> within = data.stream().filter(e -> e.behavior().equals(b) && subtypes.contains(e.subtype())).toList();
            List<Example> cases = constraints.stream().filter(e -> e.behavior().equals(b) && subtypes.contains(e.subtype())).toList();
            fitted.put(b, train(subtypes, within, cases, Example::subtype, subLambda, behaviors.semantic()));
        }
        return fitted;
    }

    /** The semantic term of each label: similarity to its exemplars (a behaviour: its closest subtype's) minus the mean. */
    static double[] semantic(List<String> labels, Example e) {
        double[] s = new double[labels.size()];
        double mean = 0;
        for (int l = 0; l < s.length; l++) {
            List<String> of = SUBTYPES.getOrDefault(labels.get(l), List.of(labels.get(l)));
            double best = -1;
            for (String x : of) best = Math.max(best, e.similarity().get(x));
            s[l] = best;
            mean += best / s.length;
        }
        for (int l = 0; l < s.length; l++) s[l] -= mean;
        return s;
    }

    /** Full-batch Adam on the weighted, penalised cross-entropy; {@code fixedSemantic} NaN means fit it too. */
    static Softmax train(List<String> labels, List<Example> data, List<Example> constraints,
            java.util.function.Function<Example, String> label, double lambda, double fixedSemantic) {
        List<Example> all = new ArrayList<>(data);
        all.addAll(constraints);
        int n = all.size(), c = labels.size(), d = ReplyFeatures.NAMES.size();
        int[] y = new int[n];
        double[] count = new double[c];
        for (int i = 0; i < n; i++) {
            y[i] = labels.indexOf(label.apply(all.get(i)));
            if (i < data.size()) count[y[i]]++;
        }
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = i < data.size() ? Math.sqrt(data.size() / (count[y[i]] + 1)) : Double.NaN;
            if (i < data.size()) total += weight[i];
        }
        double mean = total / Math.max(1, data.size());
        for (int i = 0; i < n; i++) weight[i] = i < data.size() ? weight[i] / mean : CASE_WEIGHT;
        double norm = 0;
        for (double w : weight) norm += w;
        double[][] sem = new double[n][];
        for (int i = 0; i < n; i++) sem[i] = semantic(labels, all.get(i));

        int p = c + c * d + 1; // biases, weights, semantic weight
        double[] theta = new double[p], m = new double[p], v = new double[p], g = new double[p];
        theta[p - 1] = Double.isNaN(fixedSemantic) ? 5 : fixedSemantic;
        double rate = 0.05;
        for (int step = 1; step <= 3000; step++) {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                double[] z = new double[c];
                double max = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < c; l++) {
                    double s = theta[l] + theta[p - 1] * sem[i][l];
                    double[] x = all.get(i).x();
                    for (int k = 0; k < d; k++) s += theta[c + l * d + k] * x[k];
                    z[l] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int l = 0; l < c; l++) sum += (z[l] = Math.exp(z[l] - max));
                for (int l = 0; l < c; l++) {
                    double delta = (z[l] / sum - (l == y[i] ? 1 : 0)) * weight[i] / norm;
                    g[l] += delta;
                    double[] x = all.get(i).x();
                    for (int k = 0; k < d; k++) g[c + l * d + k] += delta * x[k];
                    g[p - 1] += delta * sem[i][l];
                }
            }
            for (int k = c; k < c + c * d; k++) g[k] += 2 * lambda * theta[k];
            if (!Double.isNaN(fixedSemantic)) g[p - 1] = 0;
            for (int k = 0; k < p; k++) {
                m[k] = 0.9 * m[k] + 0.1 * g[k];
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
                double mh = m[k] / (1 - Math.pow(0.9, step)), vh = v[k] / (1 - Math.pow(0.999, step));
                theta[k] -= rate * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        double[] bias = java.util.Arrays.copyOfRange(theta, 0, c);
        double[][] w = new double[c][];
        for (int l = 0; l < c; l++) w[l] = java.util.Arrays.copyOfRange(theta, c + l * d, c + (l + 1) * d);
        return new Softmax(labels, bias, w, theta[p - 1]);
    }

    static String predict(Softmax model, Example e) {
        double[] sem = semantic(model.labels(), e);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < model.labels().size(); l++) {
            double s = model.bias()[l] + model.semantic() * sem[l];
            for (int k = 0; k < e.x().length; k++) s += model.w()[l][k] * e.x()[k];
            if (s > bestScore) {
                bestScore = s;
                best = l;
            }
        }
        return model.labels().get(best);
    }

    static String score(Map<String, Softmax> fitted, List<Example> data) {
        List<String> refB = new ArrayList<>(), predB = new ArrayList<>(), refC = new ArrayList<>(), predC = new ArrayList<>();
        for (Example e : data) {
            String b = predict(fitted.get("behavior"), e);
            refB.add(e.behavior());
            predB.add(b);
            String ref = e.behavior().equals("other") || e.subtype().isEmpty() ? e.behavior() : e.behavior() + "/" + e.subtype();
            if (!CorpusEvaluation.CODES.contains(ref)) continue;
            refC.add(ref);
            predC.add(fitted.containsKey(b) ? b + "/" + predict(fitted.get(b), e) : b);
        }
        Agreement<String> behaviors = Agreement.of(refB, predB, BEHAVIORS), codes = Agreement.of(refC, predC, CorpusEvaluation.CODES);
        return String.format(Locale.ROOT, "4 behaviours macro-F1 %.3f kappa %.3f; behaviour+subtype macro-F1 %.3f kappa %.3f",
                behaviors.macroF1(), behaviors.kappa(), codes.macroF1(), codes.kappa());
    }

    static String yaml(Map<String, Softmax> fitted) {
        StringBuilder out = new StringBuilder("behavior_model:\n");
        out.append(String.format(Locale.ROOT, "  semantic_weight: %.2f%n  behaviors:%n", fitted.get("behavior").semantic()));
        appendLabels(out, fitted.get("behavior"));
        out.append("  subtypes:\n");
        for (String b : BEHAVIORS) if (fitted.containsKey(b)) appendLabels(out, fitted.get(b));
        return out.toString();
    }

    private static void appendLabels(StringBuilder out, Softmax model) {
        for (int l = 0; l < model.labels().size(); l++) {
            double[] w = model.w()[l];
            Integer[] order = new Integer[w.length];
            for (int k = 0; k < w.length; k++) order[k] = k;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
            List<String> parts = new ArrayList<>();
            for (int k : order) {
                if (Math.abs(w[k]) >= 0.03) parts.add(String.format(Locale.ROOT, "%s: %.2f", ReplyFeatures.NAMES.get(k), w[k]));
            }
            out.append(String.format(Locale.ROOT, "    %s:%n      bias: %.2f%n      weights: {%s}%n",
                    model.labels().get(l), model.bias()[l], String.join(", ", parts)));
        }
    }
}
