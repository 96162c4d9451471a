package org.rapport.rubric;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.judgement.FeatureBlock;
import org.rapport.judgement.FeatureSpace;
import org.rapport.judgement.GroupedCrossValidation;
import org.rapport.judgement.HeadSet;
import org.rapport.judgement.HeadTrainer;
import org.rapport.judgement.HeadTraining;
import org.rapport.judgement.HeadTraining.TrainedHead;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.Provenance;
import org.rapport.judgement.Sha256;
import org.rapport.judgement.TrainerSettings;
import org.rapport.nlp.SentenceEmbeddings;

/**
 * Trains the rubric engine's heads from labelled data and writes them to the rubric's model folder:
 * behaviour and subtypes (AnnoMI plus the authored therapist behaviours), the three EPITOME mechanisms,
 * the boundary a client line tests and the parts of a boundary reply (authored corpora). Prints
 * grouped cross-validated figures for every head. Seeded and deterministic.
 */
public final class JudgementTraining {

    public static final String ANNOMI_ATTRIBUTION = "AnnoMI (Wu et al., ICASSP 2022), expert-annotated MI transcripts";
    public static final String EPITOME_ATTRIBUTION = "EPITOME (Sharma et al., EMNLP 2020), Reddit empathy annotations";
    static final List<String> BEHAVIORS = List.of("question", "reflection", "input", "other");
    static final Map<String, List<String>> SUBTYPES = new LinkedHashMap<>();
    static final List<String> LEVELS = List.of("0", "1", "2");
    static final List<String> BOUNDARY_PARTS = List.of("validates", "limit", "reason", "alternative", "explores", "accepts",
            "secrecy_promise", "self_focused", "cold");
    static final List<String> RISK_PARTS = List.of("asks_directly", "explores", "stays_with", "explains_limits", "safety_plan",
            "names_resources", "misses_cue", "minimises", "changes_subject", "promises_secrecy");
    static final List<String> BINARY = List.of("0", "1");
    /** What a client's cultural opportunity is about (Hays' ADDRESSING dimensions, as the corpus names them). */
    static final List<String> CULTURAL_DIMENSIONS = List.of("faith", "ethnicity", "migration", "language", "gender_identity",
            "sexuality", "class", "disability", "age");
    /** The stance of a reply to a cultural opportunity, from most to least humble. */
    static final List<String> CULTURAL_STANCES = List.of("humble", "acknowledges", "ignores", "assumes", "stereotypes", "imposes");
    /**
     * A client line brings a cultural opportunity when the opportunity head gives it at least this: chosen by
     * {@link #detectionFigures} on the tuning half of the authored groups (fewest false alarms finding 85 %),
     * once the head read cultural markers and the controls that name people, family, school and places
     * (0.5). Once it read how others see the client, losses and ages told in a story the choice was 0.45,
     * but there the shipped scenarios' ordinary lines scored for cultural humility rose from 13 to 15 of 675,
     * so the engine keeps 0.5. With the opportunities said indirectly the tuning half chose 0.5 itself.
     */
    static final double CULTURAL_OPPORTUNITY_AT = 0.5;
    /** Earlier turns that make up a reply's context (before the client's last line). */
    static final int CONTEXT_TURNS = 2;
    static final int AUTHORED_EPOCHS = 15;
    /** Epochs of the risk-cue head (see trainRiskCue). */
    static final int RISK_EPOCHS = 160;

    /**
     * Epochs of the rupture head. At 15 its controls sat close to its ruptures; by grouped cross-validation
     * (30, 45 and 60 compared, threshold chosen on the tuning half of the groups) 60 flagged fewest controls
     * at 85 % found.
     */
    static final int RUPTURE_EPOCHS = 60;
    static final int EPITOME_EPOCHS = 5;

    static {
        SUBTYPES.put("question", List.of("open", "closed"));
        SUBTYPES.put("reflection", List.of("simple", "complex"));
        SUBTYPES.put("input", List.of("information", "advice", "negotiation", "options"));
    }

    /**
     * The encoders of the behaviour and subtype heads: an ensemble of a MiniLM head and an e5-small-v2-q head
     * whose probabilities are averaged ({@link org.rapport.judgement.HeadEnsemble}). Over e5 alone the heads did
     * better on held-out AnnoMI transcripts (behaviour macro-F1 0.742 to 0.760) but coded advice put as a
     * question as a reflection on the replies written blind; the average keeps MiniLM's reading of those and
     * most of e5's gain (figures in docs/rubrics.md, "Encoder choice").
     */
    static final String BEHAVIOUR_ENCODER = SentenceEmbeddings.MINILM + "+" + SentenceEmbeddings.E5_SMALL;

    /**
     * Where the data is and what to train; a blank encoder trains each head over its own ({@link #encoderOf}).
     * {@code scenarioLines}: the shipped scenarios' client lines, which the risk-cue head reads as session talk or their declared risk.
     */
    public record Options(Path publicData, Path authoredData, Path models, String encoder, int folds, TrainerSettings settings,
            boolean write, Path cache, List<ScenarioLine> scenarioLines) {

        public Options {
            scenarioLines = List.copyOf(scenarioLines);
        }
    }

    private final Rubric rubric;
    private final Cues cues;
    /** The sentence-vector caches of this run, one per encoder (none without {@code --cache}). */
    private final Map<String, org.rapport.judgement.VectorCache> caches = new LinkedHashMap<>();
    private Path cacheDir;
    /** The risk-cue head's exemplar banks, one per encoder of RiskExemplars.ENCODERS, written beside it. */
    private List<RiskExemplars> riskBanks;

    public JudgementTraining(Rubric rubric) {
        this.rubric = rubric;
        this.cues = new Cues(rubric.lexicons());
    }

    /** The model folder of a rubric: {@code models/<rubric id>/} beside the rubric files. */
    public static Path modelsOf(Path rubricDirectory, String rubricId) {
        return rubricDirectory.resolve("models").resolve(rubricId);
    }

    /** Feature spaces of the engine's heads, for one encoder. */
    static FeatureSpace replySpace(SentenceEmbeddings encoder, Cues cues, boolean context) {
        // Measured by grouped cross-validation on AnnoMI (MiniLM): adding the context and reply x client
        // blocks to reply, client and structure lowered behaviour macro-F1 from 0.743 to 0.704 (more features
        // than 3,000 utterances support without a penalty), so they are left out.
        EnumSet<FeatureBlock> blocks = EnumSet.of(FeatureBlock.REPLY, FeatureBlock.CLIENT, FeatureBlock.STRUCTURE);
        if (context) blocks.add(FeatureBlock.CONTEXT);
        return new FeatureSpace(blocks, encoder, JudgementStructures.reply(cues));
    }

    static FeatureSpace empathySpace(SentenceEmbeddings encoder, Cues cues, java.util.function.Function<JudgedText, EmpathyMechanisms> rules) {
        return new FeatureSpace(EnumSet.of(FeatureBlock.REPLY, FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder,
                JudgementStructures.empathy(cues, rules));
    }

    static FeatureSpace riskCueSpace(SentenceEmbeddings encoder) {
        return new FeatureSpace(EnumSet.of(FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder, JudgementStructures.riskLine());
    }

    /**
     * The rupture head's space: the client line's vector and its rupture-line structure, which weighs the
     * line against the client's previous line and the trainee's reply in between (see {@link #ruptureText}).
     */
    static FeatureSpace ruptureSpace(SentenceEmbeddings encoder, Cues cues) {
        // The previous line's and the reply's own vectors were tried as well and found fewer held-out ruptures
        // in context at more false alarms; their lengths, form and roadblocks are in the structure.
        return new FeatureSpace(EnumSet.of(FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder, JudgementStructures.ruptureLine(cues));
    }

    /** A client line as the rupture head judges it: context is the client's previous line, reply the trainee's reply before the line. */
    static JudgedText ruptureText(ClientLine line) {
        return new JudgedText(line.previousLine(), line.text(), line.replyBefore());
    }

    static final List<String> RUPTURES = List.of("none", "withdrawal", "confrontation");

    /** The space of the cultural-opportunity and cultural-dimension heads: the client line's vector and its cultural markers. */
    static FeatureSpace culturalLineSpace(SentenceEmbeddings encoder) {
        // The client-line structure (boundary cues) was tried first: a secrecy request about a parent read as
        // an opportunity with certainty, and lines naming a friend or a grandmother sat near one.
        return new FeatureSpace(EnumSet.of(FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder, CulturalLine.structure());
    }

    /**
     * The cultural-reply head's space: the reply's and the client line's vectors, how near they are in meaning,
     * and the reply features with which part of the line the reply takes up ({@link CulturalReply}).
     */
    static FeatureSpace culturalReplySpace(SentenceEmbeddings encoder, Cues cues) {
        return new FeatureSpace(EnumSet.of(FeatureBlock.REPLY, FeatureBlock.SIMILARITY, FeatureBlock.STRUCTURE), encoder, CulturalReply.structure(cues));
    }

    static FeatureSpace clientSpace(SentenceEmbeddings encoder, Cues cues) {
        return new FeatureSpace(EnumSet.of(FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder, JudgementStructures.clientLine(cues));
    }

    /** Trains every head whose data is there; returns the heads' figures by name. */
    public Map<String, Map<String, Double>> train(Options o, PrintWriter out) throws IOException {
        SentenceEmbeddings encoder = SentenceEmbeddings.named(encoderOf(o, "other"));
        this.cacheDir = o.cache();
        HeadTraining training = groupedTraining(o, o.settings());
        // The authored sets are a tenth of AnnoMI's size: at AnnoMI's two epochs their heads had taken
        // too few steps to move off even odds (a rare part such as "promises secrecy" fired on a third of
        // replies), so they train for more epochs, without label balancing.
        TrainerSettings plain = new TrainerSettings(Math.max(o.settings().epochs(), AUTHORED_EPOCHS), o.settings().learningRate(),
                o.settings().minibatch(), o.settings().seed(), false);
        HeadTraining epitomeTraining = groupedTraining(o, new TrainerSettings(Math.max(o.settings().epochs(), EPITOME_EPOCHS),
                o.settings().learningRate(), o.settings().minibatch(), o.settings().seed(), o.settings().balanced()));
        HeadTraining authoredTraining = groupedTraining(o, plain);
        List<LabelledText> annomiClientLines = new ArrayList<>();
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        List<TrainedHead> heads = new ArrayList<>();
        long start = System.nanoTime();

        // ---- behaviour and subtypes, over their own encoder's vectors
        CodedReplies coded = codedReplies(o.publicData(), o.authoredData(), out);
        List<LabelledText> codes = coded.codes();
        annomiClientLines.addAll(coded.annomiClientLines());
        heads.addAll(trainBehaviour(o, encodersOf(o, "behaviour"), training, coded, figures, out));

        // ---- EPITOME mechanisms
        Path epitome = o.publicData().resolve("epitome-dev.csv");
        if (Files.exists(epitome)) {
            PublicCorpora.Epitome e = PublicCorpora.epitome(epitome);
            out.printf(Locale.ROOT, "encoding %d help-seeker posts and responses...%n", e.texts().size());
            out.flush();
            // The rubric's phrase rules, run without heads, give the rule levels the empathy heads read.
            RubricScorer rulesOnly = new RubricScorer(rubric, SentenceEmbeddings::shared, org.rapport.judgement.HeadSet.EMPTY);
            List<ReplyContext> contexts = e.texts().stream().map(t -> ReplyContext.of(t.client(), t.reply())).toList();
            List<TurnScore> ruled = CorpusEvaluation.scoreInBatches(rulesOnly, contexts);
            Map<JudgedText, EmpathyMechanisms> rules = new java.util.HashMap<>();
            for (int i = 0; i < ruled.size(); i++) rules.put(e.texts().get(i), ruled.get(i).empathy());
            FeatureSpace space = empathySpace(encoder, cues, rules::get).withCache(cache(encoder));
            List<double[]> x = space.featuresAll(e.texts());
            List<Provenance.DataFile> data = List.of(new Provenance.DataFile(epitome.getFileName().toString(), Sha256.of(epitome), e.texts().size()));
            for (int m = 0; m < 3; m++) {
                List<LabelledText> ex = new ArrayList<>();
                for (int i = 0; i < e.texts().size(); i++) ex.add(new LabelledText(e.groups().get(i), e.levels().get(m).get(i), e.texts().get(i)));
                String name = "empathy/" + CorpusEvaluation.MECHANISMS.get(m);
                TrainedHead h = epitomeTraining.train(name, LEVELS, ex, x, space, data, "help-seeker post", EPITOME_ATTRIBUTION);
                heads.add(h);
                figures.put(name, h.figures());
            }
        } else {
            out.println("note: " + epitome + " not found; EPITOME heads not trained");
        }

        // ---- boundary tests on the client line
        TrainedHead boundaryKind = trainBoundaryKind(o, encoder, authoredTraining, coded, figures, out);
        if (boundaryKind != null) heads.add(boundaryKind);

        // ---- parts of a boundary reply
        trainReplyParts(o.authoredData().resolve("boundary-replies.csv"), List.of("group", "kind", "client", "reply"), BOUNDARY_PARTS,
                "boundary-reply/", encoder, authoredTraining, heads, figures, out);

        // ---- ruptures in the client line, read against the line and reply before it
        TrainedHead rupture = trainRupture(o, encoder, plain, figures, out);
        if (rupture != null) heads.add(rupture);

        // ---- cultural opportunities in the client line, and the stance of the reply to one
        heads.addAll(trainCulturalOpportunity(o, encoder, authoredTraining, annomiClientLines, figures, out));
        TrainedHead culturalReply = trainCulturalReply(o, encoder, authoredTraining, figures, out);
        if (culturalReply != null) heads.add(culturalReply);

        // ---- risk cues on the client line, read sentence by sentence
        TrainedHead riskCue = trainRiskCue(o, encoder, plain, annomiClientLines, figures, out);
        if (riskCue != null) heads.add(riskCue);

        // ---- parts of a reply to a risk cue
        trainRiskReplyParts(o, encoder, authoredTraining, heads, figures, out);

        // ---- replies built to game the score
        TrainedHead hollow = trainHollow(o, encoder, codes, plain, figures, out);
        if (hollow != null) heads.add(hollow);

        caches.values().forEach(org.rapport.judgement.VectorCache::save);
        if (o.write()) {
            for (TrainedHead h : heads) HeadSet.write(o.models(), h.members());
            if (riskCue != null) writeRiskBanks(o.models());
            HeadSet.reload(o.models());
        }
        String encoders = encoderOf(o, "behaviour").equals(encoder.name()) ? encoder.name()
                : encoderOf(o, "behaviour") + " (behaviour, subtypes) and " + encoder.name();
        out.printf(Locale.ROOT, "%ntrained %d heads with %s in %.0f s%s%n", heads.size(), encoders,
                (System.nanoTime() - start) / 1e9, o.write() ? "; wrote " + o.models() : " (not written)");
        out.print(report(figures, o.folds()));
        out.flush();
        return figures;
    }

    /**
     * The encoder a head family is trained over when {@code --encoder} names none: {@link #BEHAVIOUR_ENCODER}
     * for the behaviour and subtype heads, MiniLM for every other head.
     */
    static String encoderOf(Options o, String family) {
        String named = o.encoder() != null && !o.encoder().isBlank() ? o.encoder().strip()
                : family.equals("behaviour") ? BEHAVIOUR_ENCODER : SentenceEmbeddings.MINILM;
        // Only the behaviour family trains as an ensemble; every other head takes the first encoder of A+B.
        return family.equals("behaviour") ? named : named.split("\\+")[0].strip();
    }

    /** The encoders of a family: {@code A+B} names an ensemble of a head over each. */
    static List<SentenceEmbeddings> encodersOf(Options o, String family) {
        List<SentenceEmbeddings> out = new ArrayList<>();
        for (String name : encoderOf(o, family).split("\\+")) {
            if (name.isBlank()) throw new IllegalArgumentException("--encoder " + o.encoder() + ": an empty encoder name");
            SentenceEmbeddings e = SentenceEmbeddings.named(name.strip());
            if (out.stream().anyMatch(x -> x.name().equals(e.name()))) throw new IllegalArgumentException("--encoder " + o.encoder() + " names " + name.strip() + " twice");
            out.add(e);
        }
        return out;
    }

    /**
     * Behaviour+subtype on AnnoMI utterances as the engine decides it today: the behaviour head's held-out code,
     * then the subtype the rubric's fitted subtype weights choose for it. Those weights were fitted on all of
     * the development transcripts, so this figure flatters them against the subtype heads' held-out one.
     */
    private Map<String, Double> fittedSubtypeFigures(List<LabelledText> codes, List<String> subtypes, TrainedHead behaviour, PrintWriter out) {
        List<ReplyContext> replies = new ArrayList<>();
        List<String> predicted = new ArrayList<>(), ref = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String b = codes.get(i).label();
            if (!codes.get(i).group().startsWith("annomi:") || behaviour.heldOut().get(i) == null) continue;
            if (!b.equals("other") && subtypes.get(i).isEmpty()) continue;
            replies.add(ReplyContext.of(codes.get(i).text().client(), codes.get(i).text().reply()));
            predicted.add(behaviour.heldOut().get(i).label());
            ref.add(b.equals("other") ? "other" : b + "/" + subtypes.get(i));
        }
        out.printf(Locale.ROOT, "choosing subtypes with the rubric's fitted weights for %d AnnoMI utterances...%n", replies.size());
        out.flush();
        List<String> st = new RubricScorer(rubric, SentenceEmbeddings::shared, org.rapport.judgement.HeadSet.EMPTY).fittedSubtypes(replies, predicted);
        List<String> pred = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) pred.add(predicted.get(i).equals("other") ? "other" : predicted.get(i) + "/" + st.get(i));
        return GroupedCrossValidation.figures(ref, pred, CorpusEvaluation.CODES);
    }

    /** The behaviour head and the subtype head of each behaviour, with their held-out figures in {@code figures}. */
    private List<TrainedHead> trainBehaviour(Options o, List<SentenceEmbeddings> encoders, HeadTraining training, CodedReplies coded,
            Map<String, Map<String, Double>> figures, PrintWriter out) {
        List<TrainedHead> heads = new ArrayList<>();
        List<LabelledText> codes = coded.codes();
        List<String> subtypes = coded.subtypes();
        List<Provenance.DataFile> codeData = coded.data();
        if (!codes.isEmpty()) {
            // One feature space per encoder; with two, every head is an ensemble of a head over each.
            List<FeatureSpace> spaces = new ArrayList<>();
            List<List<double[]>> xs = new ArrayList<>();
            for (SentenceEmbeddings encoder : encoders) {
                FeatureSpace space = replySpace(encoder, cues, false).withCache(cache(encoder));
                out.printf(Locale.ROOT, "encoding %d therapist utterances with %s...%n", codes.size(), encoder.name());
                out.flush();
                spaces.add(space);
                xs.add(space.featuresAll(codes.stream().map(LabelledText::text).toList()));
            }
            String attribution = attribution(codeData);
            TrainedHead behaviour = training.trainEnsemble("behaviour", BEHAVIORS, codes, xs, spaces, codeData, "transcript / authored group", attribution);
            heads.add(behaviour);
            List<String> heldCodes = new ArrayList<>(), refCodes = new ArrayList<>();
            Map<String, TrainedHead> bySubtype = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : SUBTYPES.entrySet()) {
                List<LabelledText> ex = new ArrayList<>();
                List<List<double[]>> xsub = new ArrayList<>();
                for (int m = 0; m < spaces.size(); m++) xsub.add(new ArrayList<>());
                for (int i = 0; i < codes.size(); i++) {
                    if (codes.get(i).label().equals(e.getKey()) && e.getValue().contains(subtypes.get(i))) {
                        LabelledText t = codes.get(i);
                        ex.add(new LabelledText(t.group(), subtypes.get(i), t.text()));
                        for (int m = 0; m < spaces.size(); m++) xsub.get(m).add(xs.get(m).get(i));
                    }
                }
                TrainedHead h = training.trainEnsemble("subtype/" + e.getKey(), e.getValue(), ex, xsub, spaces, codeData, "transcript / authored group", attribution);
                heads.add(h);
                bySubtype.put(e.getKey(), h);
            }
            // Behaviour+subtype, held out: the behaviour ensemble's held-out code, then the subtype heads of that
            // behaviour trained without the utterance's fold, their probabilities averaged.
            int[] fold = new GroupedCrossValidation(o.folds(), o.settings().seed()).assign(codes.stream().map(LabelledText::group).toList());
            List<Map<String, List<org.rapport.judgement.Head>>> foldHeads = new ArrayList<>();
            for (int m = 0; m < spaces.size(); m++) foldHeads.add(subtypeFoldHeads(codes, subtypes, xs.get(m), spaces.get(m), o, fold));
            for (int i = 0; i < codes.size(); i++) {
                String b = codes.get(i).label();
                String ref = b.equals("other") ? "other" : subtypes.get(i).isEmpty() ? null : b + "/" + subtypes.get(i);
                if (ref == null || behaviour.heldOut().get(i) == null) continue;
                String pb = behaviour.heldOut().get(i).label();
                String pred = "other";
                if (!pb.equals("other")) {
                    List<org.rapport.judgement.Prediction> each = new ArrayList<>();
                    for (int m = 0; m < spaces.size(); m++) each.add(foldHeads.get(m).get(pb).get(fold[i]).predict(xs.get(m).get(i)));
                    pred = pb + "/" + org.rapport.judgement.HeadEnsemble.average(each).label();
                }
                refCodes.add(ref);
                heldCodes.add(pred);
            }
            Map<String, Double> combined = GroupedCrossValidation.figures(refCodes, heldCodes, CorpusEvaluation.CODES);
            figures.put("behaviour", behaviour.figures());
            figures.put("behaviour+subtype", combined);
            // The same held-out predictions, AnnoMI utterances only (the figure the corpus's experts are compared on).
            List<String> ra = new ArrayList<>(), pa = new ArrayList<>(), rca = new ArrayList<>(), pca = new ArrayList<>();
            List<String> ro = new ArrayList<>(), po = new ArrayList<>();
            for (int i = 0, k = 0; i < codes.size(); i++) {
                boolean fromAnnomi = codes.get(i).group().startsWith("annomi:");
                if (behaviour.heldOut().get(i) != null) {
                    (fromAnnomi ? ra : ro).add(codes.get(i).label());
                    (fromAnnomi ? pa : po).add(behaviour.heldOut().get(i).label());
                }
                String b = codes.get(i).label();
                String ref = b.equals("other") ? "other" : subtypes.get(i).isEmpty() ? null : b + "/" + subtypes.get(i);
                if (ref == null || behaviour.heldOut().get(i) == null) continue;
                if (fromAnnomi) {
                    rca.add(refCodes.get(k));
                    pca.add(heldCodes.get(k));
                }
                k++;
            }
            if (!ra.isEmpty()) {
                figures.put("behaviour, AnnoMI only", GroupedCrossValidation.figures(ra, pa, BEHAVIORS));
                figures.put("behaviour+subtype, AnnoMI only", GroupedCrossValidation.figures(rca, pca, CorpusEvaluation.CODES));
            }
            if (!ro.isEmpty()) figures.put("behaviour, authored replies only", GroupedCrossValidation.figures(ro, po, BEHAVIORS));
            if (!ra.isEmpty()) figures.put("behaviour+subtype, AnnoMI only, rubric's fitted subtypes", fittedSubtypeFigures(codes, subtypes, behaviour, out));
            bySubtype.forEach((b, h) -> figures.put("subtype/" + b, h.figures()));
        }
        return heads;
    }

    /** This run's vector cache for an encoder, opened on first use; null without {@code --cache}. */
    private org.rapport.judgement.VectorCache cache(SentenceEmbeddings encoder) {
        if (cacheDir == null) return null;
        return caches.computeIfAbsent(encoder.name(), n -> new org.rapport.judgement.VectorCache(cacheDir, encoder));
    }

    /** The hollow-reply head's space: the reply's vector, its product with the client line's, and the hollow features. */
    static FeatureSpace hollowSpace(SentenceEmbeddings encoder, Cues cues) {
        // Chosen by grouped cross-validation on the tuning data (macro-F1 / gaming replies found at 0.8): features
        // and similarity alone 0.784 / 0.39; with the reply's vector 0.846 / 0.49; adding the reply x client
        // product as well 0.836 / 0.46. With the copy, self-focus, platitude and feelings-of-things features
        // and the gaming replies on fresh client lines, 0.873 / 0.53; the same data without them 0.853 / 0.42.
        return new FeatureSpace(EnumSet.of(FeatureBlock.REPLY, FeatureBlock.SIMILARITY, FeatureBlock.STRUCTURE), encoder,
                JudgementStructures.hollow(cues));
    }

    /** The heads that can be trained alone, each from its own data, leaving the other heads' files as they are. */
    public static final List<String> TRAINED_ALONE = List.of("behaviour", "hollow", "rupture", "boundary", "risk", "risk-reply", "cultural");

    /** Trains one head of {@link #TRAINED_ALONE} and writes it beside the others (their files are left as they are). */
    public Map<String, Map<String, Double>> trainOnly(String name, Options o, PrintWriter out) throws IOException {
        if (!TRAINED_ALONE.contains(name)) throw new IllegalArgumentException("--only takes " + String.join(", ", TRAINED_ALONE) + ", not '" + name + "'");
        SentenceEmbeddings encoder = encodersOf(o, name).get(0);
        this.cacheDir = o.cache();
        TrainerSettings plain = new TrainerSettings(Math.max(o.settings().epochs(), AUTHORED_EPOCHS), o.settings().learningRate(),
                o.settings().minibatch(), o.settings().seed(), false);
        long start = System.nanoTime();
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        List<TrainedHead> trained = new ArrayList<>();
        switch (name) {
            // the behaviour head and the subtype heads, at AnnoMI's settings as in the full training
            case "behaviour" -> trained.addAll(trainBehaviour(o, encodersOf(o, name), groupedTraining(o, o.settings()), codedReplies(o.publicData(), o.authoredData(), out), figures, out));
            case "cultural" -> {
                // The opportunity head reads AnnoMI's client lines as "none", as in the full training.
                HeadTraining authoredTraining = groupedTraining(o, plain);
                trained.addAll(trainCulturalOpportunity(o, encoder, authoredTraining,
                        codedReplies(o.publicData(), o.authoredData(), out).annomiClientLines(), figures, out));
                trained.add(trainCulturalReply(o, encoder, authoredTraining, figures, out));
            }
            case "hollow" -> trained.add(trainHollow(o, encoder, codedReplies(o.publicData(), o.authoredData(), out).codes(), plain, figures, out));
            case "boundary" -> trained.add(trainBoundaryKind(o, encoder, groupedTraining(o, plain), codedReplies(o.publicData(), o.authoredData(), out), figures, out));
            case "risk" -> trained.add(trainRiskCue(o, encoder, plain, codedReplies(o.publicData(), o.authoredData(), out).annomiClientLines(), figures, out));
            // the parts of a reply to a risk cue, from their own authored file, leaving the risk-cue head as it is
            case "risk-reply" -> trainRiskReplyParts(o, encoder, groupedTraining(o, plain), trained, figures, out);
            default -> trained.add(trainRupture(o, encoder, plain, figures, out));
        }
        trained.removeIf(java.util.Objects::isNull);
        caches.values().forEach(org.rapport.judgement.VectorCache::save);
        if (!trained.isEmpty() && o.write()) {
            for (TrainedHead h : trained) HeadSet.write(o.models(), h.members());
            if (name.equals("risk")) writeRiskBanks(o.models());
            HeadSet.reload(o.models());
        }
        out.printf(Locale.ROOT, "%ntrained the %s head%s with %s in %.0f s%s%n", name, trained.size() > 1 ? "s" : "", encoderOf(o, name),
                (System.nanoTime() - start) / 1e9, !trained.isEmpty() && o.write() ? "; wrote " + o.models() : " (not written)");
        out.print(report(figures, o.folds()));
        out.flush();
        return figures;
    }

    /**
     * The risk-cue head: authored risk lines and controls sharing their words, each sentence of a control
     * line (and of real clients' lines) as "none" too, and real clients' lines as "none". The engine reads a
     * line whole and sentence by sentence and the likeliest reading decides ({@link RiskCues#sentences}), so
     * the engine's figures are measured the same way: per fold, a head trained without the fold's groups
     * reads each of the fold's lines and its sentences. Null when the authored lines are not there.
     */
    private TrainedHead trainRiskCue(Options o, SentenceEmbeddings encoder, TrainerSettings plain, List<LabelledText> annomiClientLines,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        Path risks = o.authoredData().resolve("client-risk.csv");
        Path annomi = o.publicData().resolve("annomi-dev.csv");
        if (!Files.exists(risks)) {
            out.println("note: " + risks + " not found; risk-cue head not trained");
            return null;
        }
        List<String> labels = new ArrayList<>(List.of("none"));
        for (RiskKind k : RiskKind.values()) labels.add(k.id());
        // -Drapport.risk.scored-files=DIR adds DIR's scored risk-cue files (a candidate, not the shipped head).
        String scoredFiles = System.getProperty("rapport.risk.scored-files", "");
        RiskCorpus corpus = RiskCorpus.read(o.authoredData(), scoredFiles.isBlank() ? null : Path.of(scoredFiles), o.scenarioLines(), labels);
        out.printf(Locale.ROOT, "risk-cue corpus: %d authored lines from %d files (%d repeated lines skipped)%n", corpus.lines().size(),
                corpus.files().size(), corpus.repeatsSkipped());
        List<LabelledText> lines = new ArrayList<>(corpus.lines());
        int authoredRows = lines.size();
        lines.addAll(annomiClientLines);
        // Training examples: every line, and the sentences of lines that carry no risk (a sentence of a risk
        // line may carry none of it, "I'm ready now.", so those are not labelled).
        List<LabelledText> ex = new ArrayList<>(lines);
        int sentenceRows = 0;
        for (LabelledText l : lines) {
            if (!l.label().equals("none")) continue;
            for (String sentence : RiskCues.sentences(l.text().client())) {
                ex.add(new LabelledText(l.group(), "none", JudgedText.clientLine(sentence)));
                sentenceRows++;
            }
        }
        List<Provenance.DataFile> data = new ArrayList<>(corpus.files());
        if (!annomiClientLines.isEmpty()) data.add(new Provenance.DataFile(annomi.getFileName().toString(), Sha256.of(annomi), annomiClientLines.size()));
        FeatureSpace space = riskCueSpace(encoder).withCache(cache(encoder));
        // Every line and sentence read once.
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (LabelledText l : ex) distinct.putIfAbsent(l.text().client(), distinct.size());
        for (LabelledText l : lines) for (String sentence : RiskCues.sentences(l.text().client())) distinct.putIfAbsent(sentence, distinct.size());
        out.printf(Locale.ROOT, "encoding %d client lines and sentences for the risk-cue head...%n", distinct.size());
        out.flush();
        List<String> keys = new ArrayList<>(distinct.keySet());
        List<float[]> vd = cache(encoder) != null ? cache(encoder).embedAll(keys) : encoder.embedAll(keys);
        List<double[]> xd = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) xd.add(space.assemble(JudgedText.clientLine(keys.get(i)), null, vd.get(i), null));
        // The exemplar bank: every authored line. A line's exemplar features leave out its own paraphrase group
        // (and the sentences of a line, the line's group), as a new line never meets its paraphrases in the bank.
        // One bank per encoder of RiskExemplars.ENCODERS.
        // Groups named by -Drapport.risk.evaluate-only (prefixes, comma-separated) are read held out like the rest
        // but never trained on nor put in the banks: two corpora compared on the same rows and the same folds
        // (the folds depend on all the groups), the smaller corpus being the one without those groups.
        List<String> evaluateOnly = java.util.Arrays.stream(System.getProperty("rapport.risk.evaluate-only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        java.util.function.Predicate<String> trainedOn = g -> evaluateOnly.stream().noneMatch(g::startsWith);
        if (!evaluateOnly.isEmpty()) out.println("evaluated but not trained on: groups starting " + evaluateOnly);
        List<LabelledText> authoredLines = lines.subList(0, authoredRows).stream().filter(l -> trainedOn.test(l.group())).toList();
        List<RiskExemplars> banks = new ArrayList<>();
        List<List<float[]>> bankVectors = new ArrayList<>();
        for (String e : RiskExemplars.ENCODERS) {
            List<float[]> ve;
            if (e.equals(encoder.name())) {
                ve = vd;
            } else {
                out.printf(Locale.ROOT, "encoding them with %s for its exemplar features...%n", e);
                out.flush();
                SentenceEmbeddings other = SentenceEmbeddings.named(e);
                org.rapport.judgement.VectorCache otherCache = cache(other);
                ve = otherCache != null ? otherCache.embedAll(keys) : other.embedAll(keys);
            }
            List<float[]> vectors = ve;
            bankVectors.add(vectors);
            banks.add(RiskExemplars.of(authoredLines.stream().map(LabelledText::label).toList(),
                    authoredLines.stream().map(LabelledText::group).toList(), authoredLines.stream().map(l -> l.text().client()).toList(),
                    authoredLines.stream().map(l -> vectors.get(distinct.get(l.text().client()))).toList()));
        }
        java.util.function.BiFunction<String, String, double[]> row = (text, group) -> {
            int k = distinct.get(text);
            double[] v = xd.get(k).clone();
            int at = v.length - RiskExemplars.SIZE * banks.size();
            for (int b = 0; b < banks.size(); b++) {
                double[] near = banks.get(b).features(bankVectors.get(b).get(k), group, text);
                System.arraycopy(near, 0, v, at, near.length);
                at += near.length;
            }
            return v;
        };
        List<double[]> x = new ArrayList<>(ex.stream().map(l -> row.apply(l.text().client(), l.group())).toList());
        // Each authored line also trains once with its phrase features off. The phrases were written with the
        // corpus in view, so across folds they all but decide the label, and a head trained only with them
        // learned little from the line's vector and said "none" to new wordings the phrases missed; with the
        // copies, the vector carries the line alone (grouped cross-validation at 5 % false alarms on the
        // shared-word controls: 66 % found, against 64 % without the copies; phrases not read at all, 23 %).
        for (int i = 0; i < authoredRows; i++) {
            ex.add(lines.get(i));
            x.add(withoutPhrases(x.get(i)));
        }
        // Risk lines are a tenth of the client lines (most are AnnoMI's): trained unbalanced, the head kept
        // even odds for "none" on risk lines worded unlike the corpus, so this head balances its labels.
        // Trained longer than the other authored heads: with the exemplar features, grouped cross-validation at
        // about 10 % false alarms on the shared-word controls found 77 % of risk lines at 15 epochs, 80 % at 40 and
        // 82 % at 160, and spread the probabilities so that a threshold also holds AnnoMI's lines near 1 %.
        TrainerSettings balanced = new TrainerSettings(Math.max(plain.epochs(), RISK_EPOCHS), plain.learningRate(), plain.minibatch(), plain.seed(), true);
        HeadTraining training = groupedTraining(o, balanced);
        List<LabelledText> exTrained = new ArrayList<>();
        List<double[]> xTrained = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            if (!trainedOn.test(ex.get(i).group())) continue;
            exTrained.add(ex.get(i));
            xTrained.add(x.get(i));
        }
        TrainedHead h = training.train("risk-cue", labels, exTrained, xTrained, space, data, "authored group / transcript",
                corpus.attribution() + (annomiClientLines.isEmpty() ? "" : "; client lines as 'none': " + ANNOMI_ATTRIBUTION)
                        + "; " + sentenceRows + " sentences of lines without risk as 'none'; each authored line once more with its phrase features off"
                        + "; exemplar features: cosine to the nearest authored line of each kind and control, in "
                        + String.join(" and ", RiskExemplars.ENCODERS) + " (" + RiskExemplars.file("<encoder>") + "), leaving out the line's own group");
        riskBanks = banks;
        figures.put("risk-cue", h.figures());
        // The engine's reading, held out: per fold, the likeliest of each line's readings.
        int[] fold = new GroupedCrossValidation(o.folds(), o.settings().seed()).assign(ex.stream().map(LabelledText::group).toList());
        HeadTrainer trainer = new HeadTrainer(balanced);
        double[] risk = new double[lines.size()];
        String[] kind = new String[lines.size()];
        for (int f = 0; f < o.folds(); f++) {
            List<double[]> tx = new ArrayList<>();
            List<String> ty = new ArrayList<>();
            for (int i = 0; i < ex.size(); i++) {
                if (fold[i] != f && trainedOn.test(ex.get(i).group())) {
                    tx.add(x.get(i));
                    ty.add(ex.get(i).label());
                }
            }
            org.rapport.judgement.Head head = trainer.train("risk-cue", labels, tx, ty, space, null);
            for (int i = 0; i < lines.size(); i++) {
                if (fold[i] != f) continue;
                String line = lines.get(i).text().client();
                org.rapport.judgement.Prediction best = head.predict(x.get(i));
                for (String sentence : RiskCues.sentences(line)) {
                    org.rapport.judgement.Prediction p = head.predict(row.apply(sentence, lines.get(i).group()));
                    if (RiskCues.riskProbability(p) > RiskCues.riskProbability(best)) best = p;
                }
                risk[i] = RiskCues.riskProbability(best);
                kind[i] = mostLikelyCase(best);
            }
        }
        // The thresholds, chosen on the held-out readings of one half of the groups (even group hashes): the lowest
        // (most risk lines found) at which at most 10 % of the shared-word controls and 1 % of AnnoMI's client lines
        // are flagged, for the engine, and at most 5 % and 0.5 % for a sure cue. Figures of the other half, which
        // played no part in the choice, follow; RiskResponse's thresholds are set from them.
        java.util.function.IntPredicate tuning = i -> (lines.get(i).group().hashCode() & 1) == 0;
        double engineAt = chooseRiskThreshold(lines, risk, authoredRows, tuning, 0.10, 0.01);
        double sureAt = chooseRiskThreshold(lines, risk, authoredRows, tuning, 0.05, 0.005);
        // For authoring and comparing features: every line's held-out reading, written where asked (AnnoMI's lines by transcript only).
        String dump = System.getProperty("rapport.risk.dump");
        if (dump != null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                boolean authored = i < authoredRows;
                b.append(authored ? lines.get(i).label() : "annomi").append('\t').append(lines.get(i).group()).append('\t')
                        .append(kind[i]).append('\t').append(String.format(Locale.ROOT, "%.4f", risk[i])).append('\t')
                        .append(authored ? lines.get(i).text().client() : "").append('\n');
            }
            Files.writeString(Path.of(dump), b.toString());
        }
        for (double t : new double[] {engineAt, sureAt, RiskResponse.LEARNED_RISK_AT, RiskResponse.HEAD_ALONE_AT}) {
            String at = String.format(Locale.ROOT, "risk-cue by sentence at %.3f%s", t, t == engineAt ? " (chosen on the tuning half: engine)"
                    : t == sureAt ? " (chosen on the tuning half: sure)" : t == RiskResponse.LEARNED_RISK_AT ? " (engine now)" : " (sure now)");
            double[] tune = riskRates(lines, risk, t, 0, authoredRows, tuning);
            double[] rep = riskRates(lines, risk, t, 0, authoredRows, tuning.negate());
            double[] realTune = riskRates(lines, risk, t, authoredRows, lines.size(), tuning);
            double[] real = riskRates(lines, risk, t, authoredRows, lines.size(), tuning.negate());
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("tuning_found", round3(tune[0]));
            f.put("tuning_false_alarms", round3(tune[1]));
            f.put("tuning_annomi_false_alarms", round3(realTune[1]));
            f.put("reported_found", round3(rep[0]));
            f.put("reported_false_alarms", round3(rep[1]));
            f.put("reported_annomi_false_alarms", round3(real[1]));
            figures.put(at, f);
        }
        for (double t : new double[] {0.5, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98}) {
            String at = String.format(Locale.ROOT, "risk-cue by sentence at %.2f%s", t,
                    t == RiskResponse.LEARNED_RISK_AT ? " (engine)" : t == RiskResponse.HEAD_ALONE_AT ? " (sure)" : "");
            figures.put(at + ", authored", riskFigures(lines, risk, kind, t, 0, authoredRows));
            if (authoredRows < lines.size()) figures.put(at + ", AnnoMI client lines", riskFigures(lines, risk, kind, t, authoredRows, lines.size()));
        }
        // The engine's held-out reading of each source on its own: a scored file's lines are each their own group, so
        // each fold's head has seen the rest of that author's file; with -Drapport.risk.evaluate-only=<data set>- it has
        // seen none of it, which is how a new author's file is read.
        for (String source : new java.util.LinkedHashSet<>(corpus.sources())) {
            java.util.function.IntPredicate from = i -> corpus.sources().get(i).equals(source);
            figures.put(String.format(Locale.ROOT, "risk-cue at %.3f (engine now), %s", RiskResponse.LEARNED_RISK_AT, source),
                    riskFigures(lines, risk, kind, RiskResponse.LEARNED_RISK_AT, 0, authoredRows, from));
        }
        return h;
    }

    private void writeRiskBanks(Path models) {
        for (int b = 0; b < riskBanks.size(); b++) riskBanks.get(b).write(models.resolve(RiskExemplars.file(RiskExemplars.ENCODERS.get(b))));
    }

    /** The lowest threshold at which the tuning rows' false alarms stay within both shares (authored controls, AnnoMI lines). */
    private static double chooseRiskThreshold(List<LabelledText> lines, double[] risk, int authoredRows, java.util.function.IntPredicate tuning,
            double controls, double real) {
        for (int k = 300; k <= 995; k += 5) {
            double t = k / 1000.0;
            if (riskRates(lines, risk, t, 0, authoredRows, tuning)[1] <= controls && riskRates(lines, risk, t, authoredRows, lines.size(), tuning)[1] <= real) return t;
        }
        return 0.995;
    }

    /** {found, false alarms} shares of lines from..to passing the filter whose held-out risk probability reaches the threshold. */
    private static double[] riskRates(List<LabelledText> lines, double[] risk, double threshold, int from, int to, java.util.function.IntPredicate rows) {
        int cases = 0, found = 0, controls = 0, alarms = 0;
        for (int i = from; i < to; i++) {
            if (!rows.test(i)) continue;
            boolean none = lines.get(i).label().equals("none");
            if (none) controls++;
            else cases++;
            if (risk[i] >= threshold) {
                if (none) alarms++;
                else found++;
            }
        }
        return new double[] {cases == 0 ? 0 : (double) found / cases, controls == 0 ? 0 : (double) alarms / controls};
    }

    private static double round3(double v) {
        return Math.round(1000.0 * v) / 1000.0;
    }

    /** A risk-line feature vector with the phrase features (the last of the risk-line structure) off. */
    private static double[] withoutPhrases(double[] v) {
        double[] z = v.clone();
        int end = z.length - RiskExemplars.SIZE * RiskExemplars.ENCODERS.size();
        java.util.Arrays.fill(z, end - RiskKind.values().length, end, 0);
        return z;
    }

    /** Found, right-kind and false-alarm shares of lines from..to whose held-out risk probability reaches the threshold. */
    private static Map<String, Double> riskFigures(List<LabelledText> lines, double[] risk, String[] kind, double threshold, int from, int to) {
        return riskFigures(lines, risk, kind, threshold, from, to, i -> true);
    }

    /** The same, of the lines from..to passing the filter. */
    private static Map<String, Double> riskFigures(List<LabelledText> lines, double[] risk, String[] kind, double threshold, int from, int to,
            java.util.function.IntPredicate rows) {
        int cases = 0, found = 0, rightKind = 0, controls = 0, alarms = 0;
        for (int i = from; i < to; i++) {
            if (!rows.test(i)) continue;
            boolean flagged = risk[i] >= threshold;
            if (lines.get(i).label().equals("none")) {
                controls++;
                if (flagged) alarms++;
            } else {
                cases++;
                if (flagged) found++;
                if (flagged && kind[i].equals(lines.get(i).label())) rightKind++;
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        if (cases > 0) {
            f.put("found", Math.round(1000.0 * found / cases) / 1000.0);
            f.put("right_kind", Math.round(1000.0 * rightKind / cases) / 1000.0);
        }
        f.put("false_alarms", controls == 0 ? 0 : Math.round(1000.0 * alarms / controls) / 1000.0);
        return f;
    }

    /**
     * The cultural-reply head: the stance of a reply to a client line that brings a cultural opportunity,
     * held out by client line. Null when the authored replies are not there.
     */
    private TrainedHead trainCulturalReply(Options o, SentenceEmbeddings encoder, HeadTraining authoredTraining,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        Path cultural = o.authoredData().resolve("cultural-replies.csv");
        if (!Files.exists(cultural)) {
            out.println("note: " + cultural + " not found; cultural-reply head not trained");
            return null;
        }
        AuthoredCorpus c = AuthoredCorpus.read(cultural, List.of("group", "dimension", "client", "reply", "label"));
        List<LabelledText> ex = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            ex.add(new LabelledText(c.nonEmpty(i, "group"), c.require(i, "label", CULTURAL_STANCES),
                    JudgedText.reply(c.nonEmpty(i, "client"), c.nonEmpty(i, "reply"))));
        }
        // Measured by grouped cross-validation on these replies: the general reply space (reply and client
        // vectors, reply structure) 0.861 macro-F1; with the cultural-reply features 0.870, and the similarity
        // of reply and line 0.874; without the client line's own vector 0.880 (the product of the two vectors
        // 0.856). The line's vector mostly told which client line a reply answered, not how.
        FeatureSpace space = culturalReplySpace(encoder, cues);
        TrainedHead h = authoredTraining.train("cultural-reply", CULTURAL_STANCES, ex, space.withCache(cache(encoder)),
                List.of(c.dataFile("rubrics/data/" + cultural.getFileName())), "authored group (client line)", authored(c));
        figures.put("cultural-reply", h.figures());
        figures.put("cultural-reply, score bands (held out)", stanceBands(h));
        return h;
    }

    /**
     * The cultural-opportunity head (none / opportunity on the client line: authored lines and AnnoMI client
     * lines as none) and the dimension head (what an opportunity is about). Empty when the authored lines are
     * not there.
     */
    private List<TrainedHead> trainCulturalOpportunity(Options o, SentenceEmbeddings encoder, HeadTraining authoredTraining,
            List<LabelledText> annomiClientLines, Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        List<TrainedHead> trained = new ArrayList<>();
        Path annomi = o.publicData().resolve("annomi-dev.csv");
        Path opportunities = o.authoredData().resolve("client-cultural-opportunities.csv");
        if (Files.exists(opportunities)) {
            AuthoredCorpus c = AuthoredCorpus.read(opportunities, List.of("group", "label", "dimension", "text"));
            List<LabelledText> ex = new ArrayList<>(), dims = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                String label = c.require(i, "label", List.of("opportunity", "none"));
                JudgedText line = JudgedText.clientLine(c.nonEmpty(i, "text"));
                ex.add(new LabelledText(c.nonEmpty(i, "group"), label, line));
                if (label.equals("opportunity")) dims.add(new LabelledText(c.nonEmpty(i, "group"), c.require(i, "dimension", CULTURAL_DIMENSIONS), line));
            }
            int authoredRows = ex.size();
            ex.addAll(annomiClientLines);
            List<Provenance.DataFile> data = new ArrayList<>(List.of(c.dataFile("rubrics/data/" + opportunities.getFileName())));
            if (!annomiClientLines.isEmpty()) data.add(new Provenance.DataFile(annomi.getFileName().toString(), Sha256.of(annomi), annomiClientLines.size()));
            FeatureSpace space = culturalLineSpace(encoder).withCache(cache(encoder));
            TrainedHead h = authoredTraining.train("cultural-opportunity", List.of("none", "opportunity"), ex, space,
                    data, "authored group / transcript", authored(c) + (annomiClientLines.isEmpty() ? "" : "; client lines as 'none': " + ANNOMI_ATTRIBUTION));
            trained.add(h);
            figures.put("cultural-opportunity", h.figures());
            figures.putAll(detectionFigures("cultural-opportunity", h, ex.stream().map(LabelledText::group).toList(), authoredRows,
                    CULTURAL_OPPORTUNITY_AT, 0.85));
            TrainedHead d = authoredTraining.train("cultural-dimension", CULTURAL_DIMENSIONS, dims, space,
                    List.of(c.dataFile("rubrics/data/" + opportunities.getFileName())), "authored group", authored(c));
            trained.add(d);
            figures.put("cultural-dimension (of opportunities)", d.figures());
        } else {
            out.println("note: " + opportunities + " not found; cultural-opportunity head not trained");
        }
        return trained;
    }

    /**
     * The rupture head: authored client lines in context (the client's previous line and the trainee's
     * reply), authored lines on their own, and real clients' lines in context as "none". Null when the
     * authored lines are not there.
     */
    private TrainedHead trainRupture(Options o, SentenceEmbeddings encoder, TrainerSettings plain,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        Path ruptures = o.authoredData().resolve("client-ruptures.csv");
        Path annomi = o.publicData().resolve("annomi-dev.csv");
        Path inContext = o.authoredData().resolve("client-ruptures-in-context.csv");
        if (!Files.exists(ruptures)) {
        out.println("note: " + ruptures + " not found; rupture head not trained");
        return null;
        }
        List<LabelledText> ex = new ArrayList<>();
        List<Provenance.DataFile> data = new ArrayList<>();
        String attribution = "";
        if (Files.exists(inContext)) {
            AuthoredCorpus lines = AuthoredCorpus.read(inContext, List.of("group", "label", "previous", "reply", "text"));
            for (int i = 0; i < lines.size(); i++) {
                ex.add(new LabelledText(lines.nonEmpty(i, "group"), lines.require(i, "label", RUPTURES),
                        ruptureText(new ClientLine(lines.get(i, "previous"), lines.get(i, "reply"), lines.nonEmpty(i, "text")))));
            }
            data.add(lines.dataFile("rubrics/data/" + inContext.getFileName()));
            attribution = authored(lines) + "; ";
        }
        // Blind files once scored are training data for the next round; each row is its own group, since
        // their authors did not write paraphrase groups.
        for (Path file : AuthoredCorpus.filesStartingWith(o.authoredData(), "rupture-blind")) {
            AuthoredCorpus scored = AuthoredCorpus.read(file, List.of("label", "previous", "reply", "text"));
            String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
            for (int i = 0; i < scored.size(); i++) {
                ex.add(new LabelledText(String.format(Locale.ROOT, "%s-%03d", name, i + 1), scored.require(i, "label", RUPTURES),
                        ruptureText(new ClientLine(scored.get(i, "previous"), scored.get(i, "reply"), scored.nonEmpty(i, "text")))));
            }
            data.add(scored.dataFile("rubrics/data/" + file.getFileName()));
        }
        int inContextRows = ex.size();
        // Real clients' lines as "none", each with the client's line and the therapist's turn before it, so
        // that ordinary talk is not flagged; a few of them are real ruptures, which makes the false-alarm
        // figure on them an upper bound.
        List<LabelledText> real = Files.exists(annomi) ? PublicCorpora.annomiClientLinesInContext(annomi) : List.of();
        ex.addAll(real);
        if (!real.isEmpty()) data.add(new Provenance.DataFile(annomi.getFileName().toString(), Sha256.of(annomi), real.size()));
        int realEnd = ex.size();
        // Lines written on their own teach the wording; they carry no context features, and the engine reads
        // every line but the opening one in context, so the threshold is chosen on the lines in context.
        AuthoredCorpus c = AuthoredCorpus.read(ruptures, List.of("group", "label", "text"));
        for (int i = 0; i < c.size(); i++) {
            ex.add(new LabelledText(c.nonEmpty(i, "group"), c.require(i, "label", RUPTURES), JudgedText.clientLine(c.nonEmpty(i, "text"))));
        }
        data.add(c.dataFile("rubrics/data/" + ruptures.getFileName()));
        // Real clients' lines outnumber the authored ruptures about seven to one; trained plainly, the head
        // found 71 % of held-out ruptures (withdrawal 54 %), so its labels are balanced.
        HeadTraining balanced = groupedTraining(o, new TrainerSettings(Math.max(plain.epochs(), RUPTURE_EPOCHS), plain.learningRate(),
                plain.minibatch(), plain.seed(), true));
        FeatureSpace space = ruptureSpace(encoder, cues).withCache(cache(encoder));
        TrainedHead h = balanced.train("rupture", RUPTURES, ex, space,
                data, "authored group / transcript", attribution + authored(c) + (real.isEmpty() ? "" : "; client lines in context as 'none': " + ANNOMI_ATTRIBUTION));
        figures.put("rupture", h.figures());
        List<String> groups = ex.stream().map(LabelledText::group).toList();
        figures.putAll(detectionFigures("rupture (lines in context)", h, groups, 0, inContextRows, inContextRows, realEnd,
                RubricScorer.RUPTURE_AT, 0.85));
        figures.put(String.format(Locale.ROOT, "rupture at %.2f (engine), authored lines in context", RubricScorer.RUPTURE_AT),
                ruptureFigures(h, 0, inContextRows, RubricScorer.RUPTURE_AT));
        // A line read with no conversation before it (only the opening line, in a session) meets the head's
        // other prior, so its threshold is chosen the same way on the lines written alone.
        figures.putAll(detectionFigures("rupture (lines alone)", h, groups, realEnd, ex.size(), 0, 0, RubricScorer.RUPTURE_ALONE_AT, 0.85));
        figures.put(String.format(Locale.ROOT, "rupture at %.2f (engine), authored lines alone", RubricScorer.RUPTURE_ALONE_AT),
                ruptureFigures(h, realEnd, ex.size(), RubricScorer.RUPTURE_ALONE_AT));
        return h;
    }

    /**
     * The hollow-reply head: replies written to game the engine (the authored gaming replies) against
     * genuine ones (the coded therapist replies, AnnoMI's among them, and the good replies of the authored
     * boundary, risk and cultural corpora). Genuine replies outnumber gaming ones many times over, so
     * labels are balanced. Null when the gaming replies are not there.
     */
    private TrainedHead trainHollow(Options o, SentenceEmbeddings encoder, List<LabelledText> codes, TrainerSettings plain,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        Path gamingFile = o.authoredData().resolve("gaming-replies.csv");
        if (!Files.exists(gamingFile)) {
            out.println("note: " + gamingFile + " not found; hollow-reply head not trained");
            return null;
        }
        List<LabelledText> ex = new ArrayList<>();
        List<Provenance.DataFile> data = new ArrayList<>();
        AuthoredCorpus gaming = AuthoredCorpus.read(gamingFile, List.of("group", "client", "reply", "games", "note"));
        for (int i = 0; i < gaming.size(); i++) {
            String reply = HollowReplies.expandedReply(gaming.nonEmpty(i, "reply"), gaming.get(i, "note"));
            ex.add(new LabelledText("gaming:" + gaming.nonEmpty(i, "group"), "1", JudgedText.reply(gaming.get(i, "client"), reply)));
        }
        data.add(gaming.dataFile("rubrics/data/" + gamingFile.getFileName()));
        int gamingRows = ex.size();
        for (LabelledText t : codes) ex.add(new LabelledText(t.group(), "0", JudgedText.reply(t.text().client(), t.text().reply())));
        // Good replies of the other authored corpora: the parts that make a reply poor there (cold, missing
        // the risk...) are not what this head judges, so only the replies without them count as genuine.
        genuine(o.authoredData().resolve("boundary-replies.csv"), List.of("cold", "self_focused", "accepts", "secrecy_promise"), null, ex, data);
        genuine(o.authoredData().resolve("risk-replies.csv"), List.of("misses_cue", "minimises", "changes_subject", "promises_secrecy"), null, ex, data);
        genuine(o.authoredData().resolve("cultural-replies.csv"), List.of(), List.of("humble", "acknowledges"), ex, data);
        FeatureSpace space = hollowSpace(encoder, cues).withCache(cache(encoder));
        out.printf(Locale.ROOT, "encoding %d gaming and %d genuine replies for the hollow-reply head...%n", gamingRows, ex.size() - gamingRows);
        out.flush();
        HeadTraining balanced = groupedTraining(o, new TrainerSettings(plain.epochs(), plain.learningRate(), plain.minibatch(),
                plain.seed(), true));
        TrainedHead h = balanced.train("hollow", BINARY, ex, space, data, "authored group / transcript",
                "Rapport contributors, CC BY 4.0" + (codes.stream().anyMatch(t -> t.group().startsWith("annomi:")) ? "; genuine replies from " + ANNOMI_ATTRIBUTION : ""));
        figures.put("hollow", h.figures());
        for (double at : new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9}) {
            figures.put(String.format(Locale.ROOT, "hollow at %.2f%s, held out", at, at == RubricScorer.HOLLOW_AT ? " (engine)" : ""),
                    hollowRates(h, ex, gamingRows, at));
        }
        return h;
    }

    /** Rows of an authored reply corpus with none of the given parts marked (and, if given, one of the labels), as genuine. */
    private static void genuine(Path file, List<String> withoutParts, List<String> labels, List<LabelledText> ex, List<Provenance.DataFile> data)
            throws IOException {
        if (!Files.exists(file)) return;
        List<String> columns = new ArrayList<>(List.of("group", "client", "reply"));
        columns.addAll(withoutParts);
        if (labels != null) columns.add("label");
        AuthoredCorpus c = AuthoredCorpus.read(file, columns);
        String prefix = file.getFileName().toString().replace(".csv", "") + ":";
        rows:
        for (int i = 0; i < c.size(); i++) {
            for (String part : withoutParts) if (c.get(i, part).equals("1")) continue rows;
            if (labels != null && !labels.contains(c.get(i, "label"))) continue;
            ex.add(new LabelledText(prefix + c.nonEmpty(i, "group"), "0", JudgedText.reply(c.get(i, "client"), c.nonEmpty(i, "reply"))));
        }
        data.add(c.dataFile("rubrics/data/" + file.getFileName()));
    }

    /** Held out, at a threshold: the share of gaming replies found, and of genuine replies (AnnoMI's, authored) flagged. */
    private static Map<String, Double> hollowRates(TrainedHead h, List<LabelledText> ex, int gamingRows, double threshold) {
        int[] n = new int[3], flagged = new int[3];
        for (int i = 0; i < ex.size(); i++) {
            if (h.heldOut().get(i) == null) continue;
            int k = i < gamingRows ? 0 : ex.get(i).group().startsWith("annomi:") ? 1 : 2;
            n[k]++;
            if (h.heldOut().get(i).probabilityOf("1") >= threshold) flagged[k]++;
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("gaming_found", n[0] == 0 ? 0 : Math.round(1000.0 * flagged[0] / n[0]) / 1000.0);
        if (n[1] > 0) f.put("annomi_flagged", Math.round(1000.0 * flagged[1] / n[1]) / 1000.0);
        f.put("authored_genuine_flagged", n[2] == 0 ? 0 : Math.round(1000.0 * flagged[2] / n[2]) / 1000.0);
        return f;
    }

    /** Training over the given settings with folds grouped by the options' seed: the same folds for every head. */
    private static HeadTraining groupedTraining(Options o, TrainerSettings settings) {
        return new HeadTraining(new HeadTrainer(settings), new GroupedCrossValidation(o.folds(), o.settings().seed()));
    }

    /** The heads of the parts of a reply to a risk cue, from their authored file. */
    private void trainRiskReplyParts(Options o, SentenceEmbeddings encoder, HeadTraining training, List<TrainedHead> heads,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        trainReplyParts(o.authoredData().resolve("risk-replies.csv"), List.of("group", "client", "reply"), RISK_PARTS,
                "risk-reply/", encoder, training, heads, figures, out);
    }

    /**
     * One binary head per labelled part of a reply (boundary replies, replies to a risk cue): the replies
     * are embedded once and every part's head reads the same vectors.
     */
    private void trainReplyParts(Path file, List<String> leadingColumns, List<String> parts, String prefix, SentenceEmbeddings encoder,
            HeadTraining training, List<TrainedHead> heads, Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        if (!Files.exists(file)) {
            out.println("note: " + file + " not found; " + prefix.substring(0, prefix.length() - 1) + " heads not trained");
            return;
        }
        List<String> columns = new ArrayList<>(leadingColumns);
        columns.addAll(parts);
        AuthoredCorpus c = AuthoredCorpus.read(file, columns);
        FeatureSpace space = replySpace(encoder, cues, false).withCache(cache(encoder));
        List<JudgedText> texts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            texts.add(JudgedText.reply(c.get(i, "client"), c.nonEmpty(i, "reply")));
            groups.add(c.nonEmpty(i, "group"));
        }
        List<double[]> x = space.featuresAll(texts);
        for (String part : parts) {
            List<LabelledText> ex = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) ex.add(new LabelledText(groups.get(i), c.require(i, part, BINARY), texts.get(i)));
            String name = prefix + part;
            TrainedHead h = training.train(name, BINARY, ex, x, space, List.of(c.dataFile("rubrics/data/" + file.getFileName())),
                    "authored group", authored(c));
            heads.add(h);
            figures.put(name, h.figures());
        }
    }

    /**
     * The share of the tuning half's boundary tests the chosen threshold must find: the 90 % and one
     * point to spare, since at exactly 90 % on the tuning half the held-out tests (60 of them) fell below it.
     */
    static final double BOUNDARY_FOUND_TARGET = 0.91;

    /**
     * The boundary-kind head: the authored boundary tests and controls, and real clients' lines as "none",
     * short ones too ("Sure.", "Mm, yeah.", "Is that normal?"): without them a two-word acknowledgement was
     * read as a boundary test, never having been shown one that is not. Null when the authored lines are not there.
     */
    private TrainedHead trainBoundaryKind(Options o, SentenceEmbeddings encoder, HeadTraining authoredTraining, CodedReplies coded,
            Map<String, Map<String, Double>> figures, PrintWriter out) throws IOException {
        Path annomi = o.publicData().resolve("annomi-dev.csv");
        Path tests = o.authoredData().resolve("client-boundary-tests.csv");
        if (!Files.exists(tests)) {
            out.println("note: " + tests + " not found; boundary-kind head not trained");
            return null;
        }
        List<LabelledText> annomiClientLines = new ArrayList<>(coded.annomiClientLines());
        int shortFrom = annomiClientLines.size();
        annomiClientLines.addAll(coded.annomiShortClientLines());
        AuthoredCorpus c = AuthoredCorpus.read(tests, List.of("group", "label", "text"));
        List<String> labels = new ArrayList<>(List.of("none"));
        for (BoundaryKind k : BoundaryKind.values()) labels.add(k.id());
        List<LabelledText> ex = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            ex.add(new LabelledText(c.nonEmpty(i, "group"), c.require(i, "label", labels), JudgedText.clientLine(c.nonEmpty(i, "text"))));
        }
        int authoredRows = ex.size();
        ex.addAll(annomiClientLines);
        List<Provenance.DataFile> data = new ArrayList<>(List.of(c.dataFile("rubrics/data/" + tests.getFileName())));
        if (!annomiClientLines.isEmpty()) data.add(new Provenance.DataFile(annomi.getFileName().toString(), Sha256.of(annomi), annomiClientLines.size()));
        TrainedHead h = authoredTraining.train("boundary-kind", labels, ex, clientSpace(encoder, cues).withCache(cache(encoder)),
                data, "authored group / transcript", authored(c) + (annomiClientLines.isEmpty() ? "" : "; client lines as 'none': " + ANNOMI_ATTRIBUTION));
        figures.put("boundary-kind", h.figures());
        figures.putAll(detectionFigures("boundary-kind", h, ex.stream().map(LabelledText::group).toList(), authoredRows,
                RubricScorer.LEARNED_BOUNDARY_AT, BOUNDARY_FOUND_TARGET));
        if (shortFrom < annomiClientLines.size()) {
            double[] f = detectionRates(h, RubricScorer.LEARNED_BOUNDARY_AT, authoredRows + shortFrom, ex.size(), i -> h.heldOut().get(i) != null);
            figures.put(String.format(Locale.ROOT, "boundary-kind at %.2f (engine), AnnoMI client lines under four words", RubricScorer.LEARNED_BOUNDARY_AT),
                    detectionMap(f, null));
        }
        return h;
    }

    /** Coded therapist replies: AnnoMI when its file is there, and the authored therapist behaviours. */
    record CodedReplies(List<LabelledText> codes, List<String> subtypes, List<Provenance.DataFile> data,
            List<LabelledText> annomiClientLines, List<LabelledText> annomiShortClientLines) {
    }

    private CodedReplies codedReplies(Path publicData, Path authoredData, PrintWriter out) throws IOException {
        Path annomi = publicData.resolve("annomi-dev.csv");
        Path behaviours = authoredData.resolve("therapist-behaviours.csv");
        List<LabelledText> codes = new ArrayList<>(), annomiClientLines = new ArrayList<>(), annomiShortClientLines = new ArrayList<>();
        List<String> subtypes = new ArrayList<>();
        List<Provenance.DataFile> codeData = new ArrayList<>();
        if (Files.exists(annomi)) {
            PublicCorpora.Annomi a = PublicCorpora.annomi(annomi, CONTEXT_TURNS);
            // Client lines of real sessions, nearly all not testing any boundary: "none" examples for the
            // boundary head, so that ordinary talk about family, gifts or phones is not flagged.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (LabelledText t : a.examples()) {
                String line = t.text().client();
                if (!seen.add(line)) continue;
                // Lines under four words ("Yeah.", "Is that normal?") are the boundary head's alone.
                (new org.rapport.nlp.Utterance(line).wordCount() >= 4 ? annomiClientLines : annomiShortClientLines)
                        .add(new LabelledText(t.group(), "none", JudgedText.clientLine(line)));
            }
            codes.addAll(a.examples());
            subtypes.addAll(a.subtypes());
            codeData.add(new Provenance.DataFile(annomi.getFileName().toString(), Sha256.of(annomi), a.examples().size()));
        } else {
            out.println("note: " + annomi + " not found; behaviour heads train on authored data only");
        }
        if (Files.exists(behaviours)) {
            AuthoredCorpus c = AuthoredCorpus.read(behaviours, List.of("group", "client", "reply", "behavior", "subtype"));
            for (int i = 0; i < c.size(); i++) {
                String b = c.require(i, "behavior", BEHAVIORS);
                String s = c.get(i, "subtype");
                if (!b.equals("other")) c.require(i, "subtype", SUBTYPES.get(b));
                codes.add(new LabelledText("authored:" + c.nonEmpty(i, "group"), b, JudgedText.reply(c.get(i, "client"), c.nonEmpty(i, "reply"))));
                subtypes.add(b.equals("other") ? "" : s);
            }
            codeData.add(c.dataFile("rubrics/data/" + behaviours.getFileName()));
        }
        return new CodedReplies(codes, subtypes, codeData, annomiClientLines, annomiShortClientLines);
    }

    /**
     * What fitting a programme's behaviour codes gave: the head to ship (null when the rubric's own head
     * did better on the programme's validation part, and is kept), and both heads' macro-F1 there.
     */
    public record BehaviourFit(org.rapport.judgement.Head head, double shippedF1, double fittedF1, int validationRows, int weight) {
    }

    /**
     * Retrains the behaviour head on the rubric's own training data plus a programme's coded replies,
     * each counted {@code weight} times so that a few hundred rows can move a head trained on thousands.
     * The programme's rows are split by group first: the head trained without the validation part must
     * beat the rubric's shipped head there, or the shipped head is kept. The head returned is then
     * trained on all of the programme's rows.
     */
    public BehaviourFit fitBehaviour(org.rapport.judgement.Head shipped, List<LabelledText> programme, Provenance.DataFile programmeFile,
            Path publicData, Path authoredData, TrainerSettings settings, PrintWriter out) throws IOException {
        SentenceEmbeddings encoder = SentenceEmbeddings.named(shipped.encoder());
        FeatureSpace space = replySpace(encoder, cues, false);
        shipped.requireCompatible(space);
        CodedReplies base = codedReplies(publicData, authoredData, out);
        out.printf(Locale.ROOT, "encoding %d coded replies and %d of the programme's...%n", base.codes().size(), programme.size());
        out.flush();
        List<double[]> baseX = space.featuresAll(base.codes().stream().map(LabelledText::text).toList());
        List<double[]> progX = space.featuresAll(programme.stream().map(LabelledText::text).toList());
        int weight = (int) Math.max(1, Math.min(20, Math.round(0.25 * Math.max(1, base.codes().size()) / Math.max(1, programme.size()))));
        int[] fold = new GroupedCrossValidation(3, settings.seed()).assign(programme.stream().map(LabelledText::group).toList());
        List<String> ref = new ArrayList<>(), byShipped = new ArrayList<>(), byFitted = new ArrayList<>();
        HeadTrainer trainer = new HeadTrainer(settings);
        org.rapport.judgement.Head candidate = trainer.train("behaviour", BEHAVIORS, with(baseX, progX, fold, weight, false),
                labels(base.codes(), programme, fold, weight, false), space, null);
        for (int i = 0; i < programme.size(); i++) {
            if (fold[i] != 0) continue;
            ref.add(programme.get(i).label());
            byShipped.add(shipped.predict(progX.get(i)).label());
            byFitted.add(candidate.predict(progX.get(i)).label());
        }
        double shippedF1 = GroupedCrossValidation.figures(ref, byShipped, BEHAVIORS).get("macro_f1");
        double fittedF1 = GroupedCrossValidation.figures(ref, byFitted, BEHAVIORS).get("macro_f1");
        if (ref.isEmpty() || fittedF1 <= shippedF1) return new BehaviourFit(null, shippedF1, fittedF1, ref.size(), weight);
        List<Provenance.DataFile> data = new ArrayList<>(base.data());
        data.add(programmeFile);
        Provenance provenance = new Provenance(data, trainer.describe(), settings, base.codes().size() + weight * programme.size(),
                "the programme's rows split by group: a third validated the head against the shipped one ("
                        + String.format(Locale.ROOT, "macro-F1 %.3f against %.3f", fittedF1, shippedF1) + "); each programme row counted "
                        + weight + " times",
                GroupedCrossValidation.figures(ref, byFitted, BEHAVIORS), attribution(base.data()) + "; the programme's own raters");
        org.rapport.judgement.Head head = trainer.train("behaviour", BEHAVIORS, with(baseX, progX, fold, weight, true),
                labels(base.codes(), programme, fold, weight, true), space, provenance);
        return new BehaviourFit(head, shippedF1, fittedF1, ref.size(), weight);
    }

    /** The base examples, then the programme's (without the validation fold unless {@code all}), repeated. */
    private static List<double[]> with(List<double[]> base, List<double[]> programme, int[] fold, int weight, boolean all) {
        List<double[]> x = new ArrayList<>(base);
        for (int i = 0; i < programme.size(); i++) if (all || fold[i] != 0) for (int k = 0; k < weight; k++) x.add(programme.get(i));
        return x;
    }

    private static List<String> labels(List<LabelledText> base, List<LabelledText> programme, int[] fold, int weight, boolean all) {
        List<String> y = new ArrayList<>(base.stream().map(LabelledText::label).toList());
        for (int i = 0; i < programme.size(); i++) if (all || fold[i] != 0) for (int k = 0; k < weight; k++) y.add(programme.get(i).label());
        return y;
    }

    private Map<String, List<org.rapport.judgement.Head>> subtypeFoldHeads(List<LabelledText> codes, List<String> subtypes,
            List<double[]> x, FeatureSpace space, Options o, int[] fold) {
        HeadTrainer trainer = new HeadTrainer(o.settings());
        Map<String, List<org.rapport.judgement.Head>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : SUBTYPES.entrySet()) {
            List<org.rapport.judgement.Head> perFold = new ArrayList<>();
            for (int f = 0; f < o.folds(); f++) {
                List<double[]> xs = new ArrayList<>();
                List<String> ys = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    if (fold[i] != f && codes.get(i).label().equals(e.getKey()) && e.getValue().contains(subtypes.get(i))) {
                        xs.add(x.get(i));
                        ys.add(subtypes.get(i));
                    }
                }
                perFold.add(trainer.train("subtype/" + e.getKey(), e.getValue(), xs, ys, space, null));
            }
            out.put(e.getKey(), perFold);
        }
        return out;
    }

    /** Found, right kind and false alarms of rows from..to, with the engine's rule at a threshold ({@link RubricScorer#ruptureOf}). */
    static Map<String, Double> ruptureFigures(TrainedHead h, int from, int to, double threshold) {
        return ruptureFigures(h, from, to, threshold, i -> true);
    }

    private static Map<String, Double> ruptureFigures(TrainedHead h, int from, int to, double threshold, java.util.function.IntPredicate rows) {
        int ruptures = 0, found = 0, rightKind = 0, controls = 0, alarms = 0;
        for (int i = from; i < to; i++) {
            if (h.heldOut().get(i) == null || !rows.test(i)) continue;
            RuptureKind read = RubricScorer.ruptureOf(h.heldOut().get(i), threshold);
            String ref = h.reference().get(i);
            if (ref.equals("none")) {
                controls++;
                if (read != null) alarms++;
            } else {
                ruptures++;
                if (read != null) found++;
                if (read != null && read.id().equals(ref)) rightKind++;
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        if (ruptures > 0) {
            f.put("found", Math.round(1000.0 * found / ruptures) / 1000.0);
            f.put("right_kind", Math.round(1000.0 * rightKind / ruptures) / 1000.0);
        }
        f.put("false_alarms", controls == 0 ? 0 : Math.round(1000.0 * alarms / controls) / 1000.0);
        return f;
    }

    /** Of the lines that test a boundary, the share found as some boundary; of the others, the share flagged. */
    static Map<String, Double> boundaryFigures(TrainedHead h, int from, int to) {
        int tests = 0, found = 0, rightKind = 0, controls = 0, alarms = 0;
        for (int i = from; i < to; i++) {
            if (h.heldOut().get(i) == null) continue;
            String ref = h.reference().get(i), pred = h.heldOut().get(i).label();
            if (ref.equals("none")) {
                controls++;
                if (!pred.equals("none")) alarms++;
            } else {
                tests++;
                if (!pred.equals("none")) found++;
                if (pred.equals(ref)) rightKind++;
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        if (tests == 0) {
            f.put("false_alarms", controls == 0 ? 0 : Math.round(1000.0 * alarms / controls) / 1000.0);
            return f;
        }
        f.put("found", tests == 0 ? 0 : Math.round(1000.0 * found / tests) / 1000.0);
        f.put("right_kind", tests == 0 ? 0 : Math.round(1000.0 * rightKind / tests) / 1000.0);
        f.put("false_alarms", controls == 0 ? 0 : Math.round(1000.0 * alarms / controls) / 1000.0);
        return f;
    }


    /**
     * Found, right-kind and false-alarm figures of a client-line detector, held out, with the engine's rule:
     * a line is flagged when one minus the head's "none" reaches the threshold. The threshold is chosen on
     * the held-out predictions of one half of the groups (even group hashes) as the lowest false alarms that
     * still find {@code minFound} of the authored cases; the figures are given for the other half, which
     * played no part in the choice, and for all rows, at the engine's threshold and at the chosen one.
     */
    static Map<String, Map<String, Double>> detectionFigures(String name, TrainedHead h, List<String> groups, int authoredRows,
            double engineAt, double minFound) {
        return detectionFigures(name, h, groups, 0, authoredRows, authoredRows, h.reference().size(), engineAt, minFound);
    }

    /** As above, with the authored cases in rows authoredFrom..authoredTo and AnnoMI's client lines in rows realFrom..realTo. */
    static Map<String, Map<String, Double>> detectionFigures(String name, TrainedHead h, List<String> groups, int authoredFrom, int authoredTo,
            int realFrom, int realTo, double engineAt, double minFound) {
        boolean kinds = h.head().labels().size() > 2;
        java.util.function.IntPredicate tuning = i -> h.heldOut().get(i) != null && (groups.get(i).hashCode() & 1) == 0;
        java.util.function.IntPredicate reported = i -> h.heldOut().get(i) != null && (groups.get(i).hashCode() & 1) == 1;
        java.util.function.IntPredicate all = i -> h.heldOut().get(i) != null;
        double best = engineAt, bestAlarms = 2;
        // Heads trained long on small authored sets are sure of themselves, so the grid is finer near 1.
        for (int k = 20; k <= 99; k += k < 90 ? 5 : 1) {
            double t = k / 100.0;
            double[] f = detectionRates(h, t, authoredFrom, authoredTo, tuning);
            if (f[0] >= minFound && f[2] < bestAlarms) {
                bestAlarms = f[2];
                best = t;
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (double t : best == engineAt ? new double[] {engineAt} : new double[] {engineAt, best}) {
            String at = String.format(Locale.ROOT, " at %.2f", t) + (t != engineAt ? " (chosen on the tuning half)"
                    : t == best ? " (engine; also the choice on the tuning half)" : " (engine)");
            out.put(name + at + ", authored", detectionMap(detectionRates(h, t, authoredFrom, authoredTo, all), kinds));
            out.put(name + at + ", authored, reported half", detectionMap(detectionRates(h, t, authoredFrom, authoredTo, reported), kinds));
            if (realFrom < realTo) {
                out.put(name + at + ", AnnoMI client lines", detectionMap(detectionRates(h, t, realFrom, realTo, all), null));
                out.put(name + at + ", AnnoMI, reported half", detectionMap(detectionRates(h, t, realFrom, realTo, reported), null));
            }
        }
        return out;
    }

    private static Map<String, Double> detectionMap(double[] f, Boolean kinds) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (kinds != null) {
            m.put("found", Math.round(1000.0 * f[0]) / 1000.0);
            if (kinds) m.put("right_kind", Math.round(1000.0 * f[1]) / 1000.0);
        }
        m.put("false_alarms", Math.round(1000.0 * f[2]) / 1000.0);
        return m;
    }

    /** {found, right kind, false alarms} shares of rows from..to passing the filter, flagged at P(not none) ≥ threshold. */
    private static double[] detectionRates(TrainedHead h, double threshold, int from, int to, java.util.function.IntPredicate rows) {
        int cases = 0, found = 0, rightKind = 0, controls = 0, alarms = 0;
        for (int i = from; i < to; i++) {
            if (!rows.test(i)) continue;
            org.rapport.judgement.Prediction p = h.heldOut().get(i);
            boolean flagged = 1 - p.probabilityOf("none") >= threshold;
            if (h.reference().get(i).equals("none")) {
                controls++;
                if (flagged) alarms++;
            } else {
                cases++;
                if (flagged) found++;
                if (flagged && mostLikelyCase(p).equals(h.reference().get(i))) rightKind++;
            }
        }
        return new double[] {cases == 0 ? 0 : (double) found / cases, cases == 0 ? 0 : (double) rightKind / cases,
                controls == 0 ? 0 : (double) alarms / controls};
    }

    /** The likeliest label other than "none". */
    private static String mostLikelyCase(org.rapport.judgement.Prediction p) {
        String best = "none";
        double q = -1;
        for (Map.Entry<String, Double> e : p.probabilities().entrySet()) {
            if (!e.getKey().equals("none") && e.getValue() > q) {
                q = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }



    /**
     * The targets of the cultural-humility criterion on held-out replies: of the humble replies, the share
     * the engine would score 4 or more; of the ignoring and assuming replies (and of the stereotyping and
     * imposing ones), the share it would score 2 or less.
     */
    static Map<String, Double> stanceBands(TrainedHead h) {
        int humble = 0, humbleHigh = 0, missed = 0, missedLow = 0, harmful = 0, harmfulLow = 0;
        for (int i = 0; i < h.reference().size(); i++) {
            if (h.heldOut().get(i) == null) continue;
            String ref = h.reference().get(i);
            int score = RubricScorer.culturalScore(h.heldOut().get(i).label());
            switch (ref) {
                case "humble" -> { humble++; if (score >= 4) humbleHigh++; }
                case "ignores", "assumes" -> { missed++; if (score <= 2) missedLow++; }
                case "stereotypes", "imposes" -> { harmful++; if (score <= 2) harmfulLow++; }
                default -> { }
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("humble_scored_4_or_more", humble == 0 ? 0 : Math.round(1000.0 * humbleHigh / humble) / 1000.0);
        f.put("ignoring_or_assuming_scored_2_or_less", missed == 0 ? 0 : Math.round(1000.0 * missedLow / missed) / 1000.0);
        f.put("stereotyping_or_imposing_scored_2_or_less", harmful == 0 ? 0 : Math.round(1000.0 * harmfulLow / harmful) / 1000.0);
        return f;
    }

    private static String attribution(List<Provenance.DataFile> data) {
        List<String> a = new ArrayList<>();
        for (Provenance.DataFile d : data) a.add(d.file().startsWith("annomi") ? ANNOMI_ATTRIBUTION : "Rapport contributors, CC BY 4.0");
        return String.join("; ", a);
    }

    static String authored(AuthoredCorpus c) {
        return c.metadata().getOrDefault("author", "Rapport contributors") + ", " + c.metadata().getOrDefault("licence", "CC BY 4.0");
    }

    /** The figures table printed by training and evaluation. */
    public static String report(Map<String, Map<String, Double>> figures, int folds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%ngrouped %d-fold cross-validation (no group in training and test at once)%n", folds));
        s.append(String.format(Locale.ROOT, "%-40s %6s %9s %8s %7s  %s%n", "head", "n", "macro-F1", "accuracy", "kappa", "recall per label"));
        for (Map.Entry<String, Map<String, Double>> e : figures.entrySet()) {
            Map<String, Double> f = e.getValue();
            if (!f.containsKey("macro_f1")) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", e.getKey()));
                f.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.3f", k.replace('_', ' '), v)));
                s.append(line).append(System.lineSeparator());
                continue;
            }
            StringBuilder recall = new StringBuilder();
            f.forEach((k, v) -> {
                if (k.startsWith("recall_")) recall.append(String.format(Locale.ROOT, "%s %.2f; ", k.substring(7), v));
            });
            s.append(String.format(Locale.ROOT, "%-40s %6.0f %9.3f %8.3f %7.3f  %s%n", e.getKey(), f.get("n"), f.get("macro_f1"),
                    f.get("accuracy"), f.get("kappa"), recall.toString().strip()));
        }
        return s.toString();
    }
}
