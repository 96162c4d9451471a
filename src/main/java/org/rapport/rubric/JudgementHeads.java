package org.rapport.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapport.judgement.FeatureSpace;
import org.rapport.judgement.Head;
import org.rapport.judgement.HeadSet;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.Prediction;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.transcript.Turn;

/**
 * The rubric's trained heads and the feature spaces they read. Each head reads the vectors of the encoder
 * it was trained over (its file's {@code encoder}); a batch embeds its texts in one call per encoder, and
 * a text is embedded once per encoder however many heads read it. Absent heads are simply not asked.
 */
final class JudgementHeads {

    /** What the heads say about one reply; null fields where the rubric has no such head. */
    record Judgement(JudgedText text, Vectors vectors, double[] structure, Prediction behaviour, Map<String, Prediction> subtypes,
            Prediction boundaryKind, Map<String, Prediction> boundaryParts, Prediction culturalOpportunity, Prediction culturalDimension, Prediction culturalStance,
            Prediction riskCue, Map<String, Prediction> riskParts, Prediction rupture) {

        /** This judgement with the behaviour and subtype codes of another reading of the reply. */
        Judgement codedAs(Judgement other) {
            return new Judgement(text, vectors, structure, other.behaviour, other.subtypes, boundaryKind, boundaryParts, culturalOpportunity,
                    culturalDimension, culturalStance, riskCue, riskParts, rupture);
        }
    }

    /** A batch's sentence vectors, by encoder name, then text. */
    record Vectors(Map<String, Map<String, float[]>> byEncoder) {

        float[] of(SentenceEmbeddings encoder, String text) {
            Map<String, float[]> v = byEncoder.get(encoder.name());
            return v == null ? null : v.get(text);
        }
    }

    private final HeadSet heads;
    /** Every encoder a head or an exemplar bank reads, by name. */
    private final Map<String, SentenceEmbeddings> encoders = new LinkedHashMap<>();
    private final Cues cues;
    private final org.rapport.judgement.Structure replyStructure;
    /** The risk-cue head's exemplar banks, one per encoder of {@link RiskExemplars#ENCODERS}, and those encoders. */
    private final List<RiskExemplars> riskBanks;
    private final List<SentenceEmbeddings> riskEncoders;
    /**
     * The spaces of the behaviour ensemble's heads, one per encoder ({@link org.rapport.judgement.HeadEnsemble}); the
     * subtype heads are ensembles over the same encoders. Empty without a behaviour head.
     */
    private final List<FeatureSpace> codeSpaces;
    private final org.rapport.judgement.HeadEnsemble behaviourHeads;
    private final Map<String, org.rapport.judgement.HeadEnsemble> subtypeHeads = new LinkedHashMap<>();
    private final FeatureSpace codeSpace, empathySpace, partSpace, clientSpace, culturalLineSpace, culturalSpace, riskCueSpace, riskPartSpace, ruptureSpace, hollowSpace;

    JudgementHeads(HeadSet heads, Cues cues) {
        this.heads = heads;
        this.cues = cues;
        this.replyStructure = JudgementStructures.reply(cues);
        this.behaviourHeads = heads.ensemble("behaviour").orElse(null);
        this.codeSpaces = behaviourHeads == null ? List.of()
                : behaviourHeads.members().stream().map(h -> space(Optional.of(h), cues)).toList();
        this.codeSpace = codeSpaces.isEmpty() ? null : codeSpaces.get(0);
        for (int m = 0; m < codeSpaces.size(); m++) behaviourHeads.members().get(m).requireCompatible(codeSpaces.get(m));
        if (behaviourHeads != null) {
            for (String b : JudgementTraining.SUBTYPES.keySet()) {
                heads.ensemble("subtype/" + b).ifPresent(e -> {
                    if (!e.encoders().equals(behaviourHeads.encoders())) {
                        throw new IllegalArgumentException("head 'subtype/" + b + "' is over " + e.encoders() + " but the behaviour head over "
                                + behaviourHeads.encoders() + ": they read the same vectors");
                    }
                    for (int m = 0; m < codeSpaces.size(); m++) e.members().get(m).requireCompatible(codeSpaces.get(m));
                    subtypeHeads.put(b, e);
                });
            }
        }
        this.empathySpace = heads.find("empathy/emotional_reactions")
                .map(h -> new FeatureSpace(h.blocks(), encoderOf(h), JudgementStructures.empathy(cues, t -> EmpathyMechanisms.NONE))).orElse(null);
        this.partSpace = space(heads.find("boundary-reply/limit"), cues);
        this.clientSpace = heads.find("boundary-kind").map(h -> JudgementTraining.clientSpace(encoderOf(h), cues)).orElse(null);
        this.culturalLineSpace = heads.find("cultural-opportunity").map(h -> JudgementTraining.culturalLineSpace(encoderOf(h))).orElse(null);
        // A stance head trained before the cultural-reply features read the plain reply structure.
        this.culturalSpace = heads.find("cultural-reply").map(h -> h.structure().equals("reply") ? space(Optional.of(h), cues)
                : new FeatureSpace(h.blocks(), encoderOf(h), CulturalReply.structure(cues))).orElse(null);
        this.riskCueSpace = heads.find("risk-cue").map(h -> JudgementTraining.riskCueSpace(encoderOf(h))).orElse(null);
        this.riskBanks = new ArrayList<>();
        this.riskEncoders = new ArrayList<>();
        if (riskCueSpace != null) {
            for (String e : RiskExemplars.ENCODERS) {
                RiskExemplars bank = RiskExemplars.read(heads.directory(), e);
                if (bank.size() == 0) throw new IllegalStateException("the risk-cue head needs " + RiskExemplars.file(e) + " beside it in " + heads.directory());
                riskBanks.add(bank);
                riskEncoders.add(encoderNamed(e));
            }
        }
        this.riskPartSpace = space(heads.find("risk-reply/asks_directly"), cues);
        this.ruptureSpace = heads.find("rupture").map(h -> JudgementTraining.ruptureSpace(encoderOf(h), cues)).orElse(null);
        this.hollowSpace = heads.find("hollow").map(h -> JudgementTraining.hollowSpace(encoderOf(h), cues)).orElse(null);
        for (Head h : heads.all().values()) {
            FeatureSpace s = h.name().equals("hollow") ? hollowSpace : h.name().equals("rupture") ? ruptureSpace
                    : h.name().equals("boundary-kind") ? clientSpace
                    : h.name().startsWith("cultural-") && !h.name().equals("cultural-reply") ? culturalLineSpace
                    : h.name().equals("cultural-reply") ? culturalSpace : h.name().equals("risk-cue") ? riskCueSpace
                    : h.name().startsWith("risk-reply/") ? riskPartSpace
                    : h.name().startsWith("empathy/") ? empathySpace : h.name().startsWith("boundary-reply/") ? partSpace : codeSpace;
            if (s != null) h.requireCompatible(s);
        }
    }

    /** The space a head file was trained on: the reply structure with the head's own blocks and encoder. */
    private FeatureSpace space(Optional<Head> head, Cues cues) {
        return head.map(h -> new FeatureSpace(h.blocks(), encoderOf(h), JudgementStructures.reply(cues))).orElse(null);
    }

    private SentenceEmbeddings encoderOf(Head h) {
        return encoderNamed(h.encoder());
    }

    private SentenceEmbeddings encoderNamed(String name) {
        return encoders.computeIfAbsent(name, SentenceEmbeddings::named);
    }

    /** Every encoder a head or an exemplar bank reads, by name. */
    List<String> encoderNames() {
        return List.copyOf(encoders.keySet());
    }

    /** Whether some head reads this encoder's vectors (so vectors the engine made with it can be handed over). */
    boolean reads(String encoderName) {
        return encoders.containsKey(encoderName);
    }

    boolean isEmpty() {
        return heads.isEmpty();
    }

    boolean judgesCodes() {
        return codeSpace != null;
    }

    boolean judgesEmpathy() {
        return empathySpace != null;
    }

    boolean judgesBoundaryKind() {
        return clientSpace != null;
    }

    boolean judgesRiskCue() {
        return riskCueSpace != null;
    }

    boolean judgesRuptures() {
        return ruptureSpace != null;
    }

    /** The rupture head's reading of client lines, each against the line and reply before it (null without the head). */
    List<Prediction> ruptures(List<ClientLine> lines, Map<String, float[]> known) {
        if (ruptureSpace == null) return null;
        boolean previousVectors = ruptureSpace.blocks().contains(org.rapport.judgement.FeatureBlock.CONTEXT);
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        for (ClientLine l : lines) {
            texts.add(l.text());
            if (previousVectors && !l.previousLine().isBlank()) texts.add(l.previousLine());
        }
        List<String> missing = texts.stream().filter(l -> !known.containsKey(l)).toList();
        Map<String, float[]> vectors = new java.util.HashMap<>(known);
        if (!missing.isEmpty()) {
            List<float[]> v = ruptureSpace.encoder().embedAll(missing);
            for (int i = 0; i < missing.size(); i++) vectors.put(missing.get(i), v.get(i));
        }
        Head head = heads.find("rupture").get();
        List<Prediction> out = new ArrayList<>(lines.size());
        for (ClientLine line : lines) {
            out.add(line.text().isBlank() ? null : head.predict(ruptureSpace.assemble(JudgementTraining.ruptureText(line), null,
                    vectors.get(line.text()), previousVectors ? vectors.get(line.previousLine()) : null)));
        }
        return out;
    }

    boolean judgesHollowReplies() {
        return hollowSpace != null;
    }

    /** The hollow-reply head's reading of one judged reply (null without the head). */
    Prediction hollow(Judgement j) {
        if (hollowSpace == null || j.text().reply().isBlank()) return null;
        return heads.find("hollow").get().predict(hollowSpace.assemble(j.text(), j.vectors().of(hollowSpace.encoder(), j.text().reply()),
                j.vectors().of(hollowSpace.encoder(), j.text().client()), null));
    }

    boolean judgesBoundaryParts() {
        return partSpace != null;
    }

    /** Both cultural-humility heads are there: the opportunity in the client line and the reply's stance. */
    boolean judgesCulturalHumility() {
        return culturalSpace != null && heads.find("cultural-opportunity").isPresent();
    }

    /** The EPITOME heads' levels for one reply, given the rubric's rule levels for it (null without heads). */
    List<Prediction> empathy(Judgement j, EmpathyMechanisms rules) {
        if (empathySpace == null) return null;
        SentenceEmbeddings e = empathySpace.encoder();
        double[] x = empathySpace.assemble(j.text(), j.vectors().of(e, j.text().reply()), j.vectors().of(e, j.text().client()), null,
                JudgementStructures.withRules(j.structure(), rules));
        List<Prediction> out = new ArrayList<>();
        for (String m : CorpusEvaluation.MECHANISMS) out.add(heads.find("empathy/" + m).get().predict(x));
        return out;
    }

    static JudgedText judged(ReplyContext r) {
        StringBuilder context = new StringBuilder();
        for (Turn turn : r.turnsBefore(JudgementTraining.CONTEXT_TURNS)) {
            if (context.length() > 0) context.append(' ');
            context.append(turn.text());
        }
        return new JudgedText(context.toString(), r.clientLine(), r.reply());
    }

    /**
     * Judges a batch: every distinct text is embedded once per encoder that reads it, in one call per
     * encoder. {@code known} are vectors the engine already made with {@code knownEncoder}; they are not made again.
     */
    List<Judgement> judgeAll(List<ReplyContext> replies, String knownEncoder, Map<String, float[]> known) {
        List<JudgedText> texts = replies.stream().map(JudgementHeads::judged).toList();
        Map<SentenceEmbeddings, java.util.Set<String>> wanted = new LinkedHashMap<>();
        List<FeatureSpace> replySpaces = java.util.stream.Stream.concat(codeSpaces.stream(),
                java.util.stream.Stream.of(partSpace, culturalSpace, riskPartSpace, empathySpace, hollowSpace)).filter(java.util.Objects::nonNull).toList();
        List<FeatureSpace> lineSpaces = java.util.stream.Stream.of(clientSpace, culturalLineSpace, ruptureSpace, riskCueSpace)
                .filter(java.util.Objects::nonNull).toList();
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        for (JudgedText t : texts) {
            for (FeatureSpace s : replySpaces) {
                want(wanted, s.encoder(), t.reply());
                want(wanted, s.encoder(), t.client());
                if (s.blocks().contains(org.rapport.judgement.FeatureBlock.CONTEXT)) want(wanted, s.encoder(), t.context());
            }
            for (FeatureSpace s : lineSpaces) want(wanted, s.encoder(), t.client());
            lines.add(t.client());
        }
        // A line already read (ahead, or by an earlier call of the batch) needs none of its risk-cue vectors again.
        // The readings are taken now: one dropped from the bounded store before the heads run would lack them.
        Map<String, ClientReading> read = new java.util.HashMap<>();
        for (String line : lines) {
            Optional<ClientReading> r = readAheadOf(line);
            if (r.isPresent()) read.put(line, r.get());
            else wantRiskSentences(wanted, line);
        }
        List<ClientLine> clientLines = replies.stream().map(JudgementHeads::clientLine).toList();
        return judgeAll(texts, clientLines, vectors(wanted, knownEncoder, known), read);
    }

    /** The risk-cue head reads the line and each of its sentences, in its own vectors and in each bank's. */
    private void wantRiskSentences(Map<SentenceEmbeddings, java.util.Set<String>> wanted, String line) {
        if (riskCueSpace == null || line.isBlank()) return;
        for (SentenceEmbeddings e : riskEncoders) want(wanted, e, line);
        for (String sentence : RiskCues.sentences(line)) {
            want(wanted, riskCueSpace.encoder(), sentence);
            for (SentenceEmbeddings e : riskEncoders) want(wanted, e, sentence);
        }
    }

    /** The wanted texts' vectors, one call per encoder; {@code known} ones (made with {@code knownEncoder}) are not made again. */
    private static Vectors vectors(Map<SentenceEmbeddings, java.util.Set<String>> wanted, String knownEncoder, Map<String, float[]> known) {
        Map<String, Map<String, float[]>> byEncoder = new LinkedHashMap<>();
        for (Map.Entry<SentenceEmbeddings, java.util.Set<String>> w : wanted.entrySet()) {
            SentenceEmbeddings e = w.getKey();
            Map<String, float[]> v = new java.util.HashMap<>();
            boolean reuse = e.name().equals(knownEncoder);
            List<String> missing = new ArrayList<>();
            for (String text : w.getValue()) {
                float[] k = reuse ? known.get(text) : null;
                if (k != null) v.put(text, k);
                else missing.add(text);
            }
            if (!missing.isEmpty()) {
                List<float[]> fresh = e.embedAll(missing);
                for (int i = 0; i < missing.size(); i++) v.put(missing.get(i), fresh.get(i));
            }
            byEncoder.put(e.name(), v);
        }
        return new Vectors(byEncoder);
    }

    /**
     * Reads a client line ahead of the replies to it, while the trainee types ({@link RubricScorer#prepare}). The
     * reading depends on the line's text alone, so the reply and its suggestions use it as it is; lines not read
     * ahead are read in the call that judges the replies to them.
     */
    void readAhead(String client) {
        if (client.isBlank() || readAheadOf(client).isPresent()) return;
        Map<SentenceEmbeddings, java.util.Set<String>> wanted = new LinkedHashMap<>();
        for (FeatureSpace s : java.util.stream.Stream.of(clientSpace, culturalLineSpace, riskCueSpace).filter(java.util.Objects::nonNull).toList()) {
            want(wanted, s.encoder(), client);
        }
        wantRiskSentences(wanted, client);
        readings.put(client, readClientLine(client, vectors(wanted, null, Map.of())));
    }

    /** The reading of a line read ahead, if it was. */
    private Optional<ClientReading> readAheadOf(String client) {
        return Optional.ofNullable(readings.get(client));
    }

    void forgetReadings() {
        readings.clear();
    }

    private final org.rapport.nlp.RecentlyUsed<String, ClientReading> readings = new org.rapport.nlp.RecentlyUsed<>(512);

    private static void want(Map<SentenceEmbeddings, java.util.Set<String>> wanted, SentenceEmbeddings e, String text) {
        if (!text.isBlank()) wanted.computeIfAbsent(e, k -> new java.util.LinkedHashSet<>()).add(text);
    }

    /** The client line a reply answers, with the client's line and the trainee's reply before it. */
    static ClientLine clientLine(ReplyContext r) {
        List<ClientLine> lines = ClientLine.of(r.history(), turn -> !turn.byTrainee(), Turn::text);
        return lines.isEmpty() ? ClientLine.alone("") : lines.get(lines.size() - 1);
    }

    private List<Judgement> judgeAll(List<JudgedText> texts, List<ClientLine> lines, Vectors vectors, Map<String, ClientReading> read) {
        // The heads on the client's line alone read each distinct line once, however many replies answer it, and
        // keep the reading: a batch's later calls (the suggestions for its replies) answer the same lines.
        List<String> distinct = texts.stream().map(JudgedText::client).distinct().toList();
        Map<String, ClientReading> byLine = new java.util.concurrent.ConcurrentHashMap<>();
        onEveryCore(distinct.size()).forEach(i -> {
            String l = distinct.get(i);
            ClientReading r = read.get(l);
            if (r == null) {
                r = readClientLine(l, vectors);
                if (!l.isBlank()) readings.put(l, r);
            }
            byLine.put(l, r);
        });
        // One reply's structural features serve every head that reads them; each reply depends on its own texts
        // and vectors only, so the replies are judged on every core.
        boolean structured = codeSpace != null || partSpace != null || culturalSpace != null || riskPartSpace != null;
        return onEveryCore(texts.size()).mapToObj(i -> judge(texts.get(i), lines.get(i), byLine.get(texts.get(i).client()), vectors,
                replyStructure.of(texts.get(i)), structured)).toList();
    }

    private static java.util.stream.IntStream onEveryCore(int n) {
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, n);
        return n > 1 ? each.parallel() : each;
    }

    private Judgement judge(JudgedText t, ClientLine clientLine, ClientReading line, Vectors vectors, double[] all, boolean structured) {
        double[] structure = structured ? all : null;
        Prediction behaviour = null;
        Map<String, Prediction> subtypes = new LinkedHashMap<>();
        if (codeSpace != null) {
            // One vector per encoder of the ensemble; the grade's probabilities are the averaged ones.
            List<double[]> x = new ArrayList<>(codeSpaces.size());
            for (FeatureSpace s : codeSpaces) x.add(assemble(s, t, vectors, structure));
            behaviour = behaviourHeads.predict(x);
            subtypeHeads.forEach((b, e) -> subtypes.put(b, e.predict(x)));
        }
        Prediction kind = line.kind(), opportunity = line.opportunity(), dimension = line.dimension(), stance = null;
        if (culturalSpace != null && opportunity != null) {
            double[] own = culturalSpace.structure().id().equals("reply") ? structure : CulturalReply.withExtra(structure, t);
            stance = heads.find("cultural-reply").get().predict(assemble(culturalSpace, t, vectors, own));
        }
        Map<String, Prediction> parts = new LinkedHashMap<>();
        if (partSpace != null) {
            double[] x = assemble(partSpace, t, vectors, structure);
            for (String p : JudgementTraining.BOUNDARY_PARTS) {
                heads.find("boundary-reply/" + p).ifPresent(h -> parts.put(p, h.predict(x)));
            }
        }
        Prediction risk = line.risk();
        Map<String, Prediction> riskParts = new LinkedHashMap<>();
        // The reply-part heads are asked only when a risk is in play on the client's line.
        if (riskPartSpace != null && RiskCues.flagged(risk) != null) {
            double[] x = assemble(riskPartSpace, t, vectors, structure);
            for (String p : JudgementTraining.RISK_PARTS) {
                heads.find("risk-reply/" + p).ifPresent(h -> riskParts.put(p, h.predict(x)));
            }
        }
        // a rupture is read in its context (the client's previous line, the reply before), so not once per line
        Prediction rupture = ruptureSpace == null || t.client().isBlank() ? null
                : heads.find("rupture").get().predict(ruptureSpace.assemble(JudgementTraining.ruptureText(clientLine), null,
                        vectors.of(ruptureSpace.encoder(), t.client()), null));
        return new Judgement(t, vectors, all, behaviour, subtypes, kind, parts,
                opportunity, dimension, stance, risk, riskParts, rupture);
    }

    /** A reply's features in a space, from that space's encoder's vectors. */
    private static double[] assemble(FeatureSpace space, JudgedText t, Vectors vectors, double[] structure) {
        SentenceEmbeddings e = space.encoder();
        return space.assemble(t, vectors.of(e, t.reply()), vectors.of(e, t.client()), vectors.of(e, t.context()), structure);
    }

    /** What the heads that read the client's line alone make of it (null fields where a head is absent). */
    private record ClientReading(Prediction kind, Prediction opportunity, Prediction dimension, Prediction risk) {
    }

    private ClientReading readClientLine(String client, Vectors vectors) {
        if (client.isBlank()) return new ClientReading(null, null, null, null);
        JudgedText line = JudgedText.clientLine(client);
        Prediction kind = null, opportunity = null, dimension = null, risk = null;
        if (clientSpace != null) {
            double[] x = clientSpace.assemble(line, null, vectors.of(clientSpace.encoder(), client), null);
            Optional<Head> kindHead = heads.find("boundary-kind");
            if (kindHead.isPresent()) kind = kindHead.get().predict(x);
        }
        if (culturalLineSpace != null) {
            double[] x = culturalLineSpace.assemble(line, null, vectors.of(culturalLineSpace.encoder(), client), null);
            Optional<Head> opportunityHead = heads.find("cultural-opportunity");
            if (opportunityHead.isPresent()) opportunity = opportunityHead.get().predict(x);
            Optional<Head> dimensionHead = heads.find("cultural-dimension");
            if (opportunity != null && dimensionHead.isPresent()) dimension = dimensionHead.get().predict(x);
        }
        if (riskCueSpace != null) risk = riskCue(client, vectors);
        return new ClientReading(kind, opportunity, dimension, risk);
    }

    /** The risk-cue head's likeliest reading of a client line: the whole line or one of its sentences ({@link RiskCues#sentences}). */
    private Prediction riskCue(String client, Vectors vectors) {
        Head head = heads.find("risk-cue").get();
        Prediction best = head.predict(riskFeatures(client, vectors));
        for (String sentence : RiskCues.sentences(client)) {
            Prediction p = head.predict(riskFeatures(sentence, vectors));
            if (RiskCues.riskProbability(p) > RiskCues.riskProbability(best)) best = p;
        }
        return best;
    }

    /** A line's risk-cue features: its vector, its structure and, last, its exemplar features against each bank. */
    private double[] riskFeatures(String line, Vectors vectors) {
        double[] x = riskCueSpace.assemble(JudgedText.clientLine(line), null, vectors.of(riskCueSpace.encoder(), line), null);
        int at = x.length - RiskExemplars.SIZE * riskBanks.size();
        for (int b = 0; b < riskBanks.size(); b++) {
            double[] near = riskBanks.get(b).features(vectors.of(riskEncoders.get(b), line));
            System.arraycopy(near, 0, x, at, near.length);
            at += near.length;
        }
        return x;
    }
}
