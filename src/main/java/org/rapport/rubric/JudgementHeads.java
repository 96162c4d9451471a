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
 * The rubric's trained heads and the feature spaces they read, with one batch of sentence vectors
 * shared by all of them. Absent heads are simply not asked.
 */
final class JudgementHeads {

    /** What the heads say about one reply; null fields where the rubric has no such head. */
    record Judgement(JudgedText text, float[] reply, float[] client, double[] structure, Prediction behaviour, Map<String, Prediction> subtypes,
            Prediction boundaryKind, Map<String, Prediction> boundaryParts, Prediction culturalOpportunity, Prediction culturalDimension, Prediction culturalStance,
            Prediction riskCue, Map<String, Prediction> riskParts, Prediction rupture) {
    }

    private final HeadSet heads;
    private final SentenceEmbeddings encoder;
    private final Cues cues;
    private final org.rapport.judgement.Structure replyStructure;
    /** The risk-cue head's exemplar banks, one per encoder of {@link RiskExemplars#ENCODERS}, and those encoders. */
    private final List<RiskExemplars> riskBanks;
    private final List<SentenceEmbeddings> riskEncoders;
    private final FeatureSpace codeSpace, empathySpace, partSpace, clientSpace, culturalLineSpace, culturalSpace, riskCueSpace, riskPartSpace, ruptureSpace, hollowSpace;

    JudgementHeads(HeadSet heads, Cues cues) {
        this.heads = heads;
        this.cues = cues;
        this.replyStructure = JudgementStructures.reply(cues);
        String name = heads.all().values().stream().map(Head::encoder).findFirst().orElse(SentenceEmbeddings.MINILM);
        this.encoder = heads.isEmpty() ? null : SentenceEmbeddings.named(name);
        this.codeSpace = space(heads.find("behaviour"), cues);
        this.empathySpace = heads.find("empathy/emotional_reactions")
                .map(h -> new FeatureSpace(h.blocks(), encoder, JudgementStructures.empathy(cues, t -> EmpathyMechanisms.NONE))).orElse(null);
        this.partSpace = space(heads.find("boundary-reply/limit"), cues);
        this.clientSpace = heads.find("boundary-kind").map(h -> JudgementTraining.clientSpace(encoder, cues)).orElse(null);
        this.culturalLineSpace = heads.find("cultural-opportunity").map(h -> JudgementTraining.culturalLineSpace(encoder)).orElse(null);
        this.culturalSpace = space(heads.find("cultural-reply"), cues);
        this.riskCueSpace = heads.find("risk-cue").map(h -> JudgementTraining.riskCueSpace(encoder)).orElse(null);
        this.riskBanks = new ArrayList<>();
        this.riskEncoders = new ArrayList<>();
        if (riskCueSpace != null) {
            for (String e : RiskExemplars.ENCODERS) {
                RiskExemplars bank = RiskExemplars.read(heads.directory(), e);
                if (bank.size() == 0) throw new IllegalStateException("the risk-cue head needs " + RiskExemplars.file(e) + " beside it in " + heads.directory());
                riskBanks.add(bank);
                riskEncoders.add(e.equals(encoder.name()) ? encoder : SentenceEmbeddings.named(e));
            }
        }
        this.riskPartSpace = space(heads.find("risk-reply/asks_directly"), cues);
        this.ruptureSpace = heads.find("rupture").map(h -> JudgementTraining.ruptureSpace(encoder, cues)).orElse(null);
        this.hollowSpace = heads.find("hollow").map(h -> JudgementTraining.hollowSpace(encoder, cues)).orElse(null);
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

    /** The space a head file was trained on: the reply structure with the head's own blocks. */
    private FeatureSpace space(Optional<Head> head, Cues cues) {
        return head.map(h -> new FeatureSpace(h.blocks(), encoder, JudgementStructures.reply(cues))).orElse(null);
    }

    boolean isEmpty() {
        return heads.isEmpty();
    }

    SentenceEmbeddings encoder() {
        return encoder;
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
            List<float[]> v = encoder.embedAll(missing);
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
        return heads.find("hollow").get().predict(hollowSpace.assemble(j.text(), j.reply(), j.client(), null));
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
        double[] x = empathySpace.assemble(j.text(), j.reply(), j.client(), null, JudgementStructures.withRules(j.structure(), rules));
        List<Prediction> out = new ArrayList<>();
        for (String m : CorpusEvaluation.MECHANISMS) out.add(heads.find("empathy/" + m).get().predict(x));
        return out;
    }

    static JudgedText judged(ReplyContext r) {
        List<Turn> h = r.history();
        int client = -1;
        for (int i = h.size() - 1; i >= 0; i--) {
            if (!h.get(i).byTrainee()) {
                client = i;
                break;
            }
        }
        int end = client < 0 ? h.size() : client;
        StringBuilder context = new StringBuilder();
        for (int i = Math.max(0, end - JudgementTraining.CONTEXT_TURNS); i < end; i++) {
            if (context.length() > 0) context.append(' ');
            context.append(h.get(i).text());
        }
        return new JudgedText(context.toString(), client < 0 ? "" : h.get(client).text(), r.reply());
    }

    /** Judges a batch: every distinct text is embedded once, in one call. */
    List<Judgement> judgeAll(List<ReplyContext> replies, Map<String, float[]> known) {
        List<JudgedText> texts = replies.stream().map(JudgementHeads::judged).toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (JudgedText t : texts) {
            index.putIfAbsent(t.reply(), index.size());
            index.putIfAbsent(t.client(), index.size());
            if (codeSpace != null && codeSpace.blocks().contains(org.rapport.judgement.FeatureBlock.CONTEXT)) index.putIfAbsent(t.context(), index.size());
        }
        // Texts the engine has already embedded with the same encoder are not embedded again.
        List<String> keys = new ArrayList<>(index.keySet());
        List<String> missing = keys.stream().filter(k -> !known.containsKey(k)).toList();
        Map<String, float[]> fresh = new java.util.HashMap<>();
        if (!missing.isEmpty()) {
            List<float[]> v = encoder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) fresh.put(missing.get(i), v.get(i));
        }
        List<float[]> vectors = new ArrayList<>(keys.size());
        for (String k : keys) vectors.add(known.containsKey(k) ? known.get(k) : fresh.get(k));
        List<ClientLine> lines = replies.stream().map(JudgementHeads::clientLine).toList();
        embedRiskSentences(texts);
        return judgeAll(texts, lines, vectors, index);
    }

    /** The client line a reply answers, with the client's line and the trainee's reply before it. */
    static ClientLine clientLine(ReplyContext r) {
        List<ClientLine> lines = ClientLine.of(r.history(), turn -> !turn.byTrainee(), Turn::text);
        return lines.isEmpty() ? ClientLine.alone("") : lines.get(lines.size() - 1);
    }

    private List<Judgement> judgeAll(List<JudgedText> texts, List<ClientLine> lines, List<float[]> vectors, Map<String, Integer> index) {
        List<Judgement> out = new ArrayList<>(texts.size());
        Map<String, ClientReading> byLine = new java.util.HashMap<>();
        // One reply's structural features serve every head that reads them; the replies' are found on every core.
        boolean structured = codeSpace != null || partSpace != null || culturalSpace != null || riskPartSpace != null;
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, texts.size());
        List<double[]> structures = (texts.size() > 1 ? each.parallel() : each).mapToObj(i -> replyStructure.of(texts.get(i))).toList();
        for (int i = 0; i < texts.size(); i++) {
            JudgedText t = texts.get(i);
            float[] r = vectors.get(index.get(t.reply())), c = vectors.get(index.get(t.client()));
            Integer ci = index.get(t.context());
            float[] ctx = ci == null ? null : vectors.get(ci);
            double[] structure = structured ? structures.get(i) : null;
            Prediction behaviour = null;
            Map<String, Prediction> subtypes = new LinkedHashMap<>();
            if (codeSpace != null) {
                double[] x = codeSpace.assemble(t, r, c, ctx, structure);
                behaviour = heads.find("behaviour").get().predict(x);
                for (String b : JudgementTraining.SUBTYPES.keySet()) {
                    Optional<Head> sh = heads.find("subtype/" + b);
                    if (sh.isPresent()) subtypes.put(b, sh.get().predict(x));
                }
            }
            // The heads on the client's line alone read it once, however many replies answer it.
            ClientReading line = byLine.computeIfAbsent(t.client(), l -> readAhead(l).orElseGet(() -> readClientLine(l, c)));
            Prediction kind = line.kind(), opportunity = line.opportunity(), dimension = line.dimension(), stance = null;
            if (culturalSpace != null && opportunity != null) {
                stance = heads.find("cultural-reply").get().predict(culturalSpace.assemble(t, r, c, ctx, structure));
            }
            Map<String, Prediction> parts = new LinkedHashMap<>();
            if (partSpace != null) {
                double[] x = partSpace.assemble(t, r, c, ctx, structure);
                for (String p : JudgementTraining.BOUNDARY_PARTS) {
                    heads.find("boundary-reply/" + p).ifPresent(h -> parts.put(p, h.predict(x)));
                }
            }
            Prediction risk = line.risk();
            Map<String, Prediction> riskParts = new LinkedHashMap<>();
            // The reply-part heads are asked only when a risk is in play on the client's line.
            if (riskPartSpace != null && RiskCues.flagged(risk) != null) {
                double[] x = riskPartSpace.assemble(t, r, c, ctx, structure);
                for (String p : JudgementTraining.RISK_PARTS) {
                    heads.find("risk-reply/" + p).ifPresent(h -> riskParts.put(p, h.predict(x)));
                }
            }
            // a rupture is read in its context (the client's previous line, the reply before), so not once per line
            Prediction rupture = ruptureSpace == null || t.client().isBlank() ? null
                    : heads.find("rupture").get().predict(ruptureSpace.assemble(JudgementTraining.ruptureText(lines.get(i)), null, c, null));
            out.add(new Judgement(t, r, c, structures.get(i), behaviour, subtypes, kind, parts,
                    opportunity, dimension, stance, risk, riskParts, rupture));
        }
        return out;
    }

    /**
     * The risk-cue head reads each new client line and its sentences with every bank's encoder: embedded here
     * in one call per encoder for the whole batch, on every core, rather than line by line.
     */
    private void embedRiskSentences(List<JudgedText> texts) {
        if (riskCueSpace == null) return;
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        synchronized (readings) {
            for (JudgedText t : texts) if (!t.client().isBlank() && !readings.containsKey(t.client())) lines.add(t.client());
        }
        if (lines.isEmpty()) return;
        List<String> sentences = new ArrayList<>(), all = new ArrayList<>(lines);
        for (String line : lines) sentences.addAll(RiskCues.sentences(line));
        all.addAll(sentences);
        for (SentenceEmbeddings e : riskEncoders) e.embedAll(e == encoder ? sentences : all);
    }

    /** What the heads that read the client's line alone make of it (null fields where a head is absent). */
    private record ClientReading(Prediction kind, Prediction opportunity, Prediction dimension, Prediction risk) {
    }

    /** The reading of a line read ahead ({@link #readAhead(String, float[])}), if it was. */
    private Optional<ClientReading> readAhead(String client) {
        synchronized (readings) {
            return Optional.ofNullable(readings.get(client));
        }
    }

    void forgetReadings() {
        synchronized (readings) {
            readings.clear();
        }
    }

    /**
     * Reads a client line ahead of the replies to it, while the trainee types ({@link RubricScorer#prepare});
     * {@code c} is its vector. The reading depends on the line's text alone, so the reply and its suggestions
     * use it as it is. Lines not read ahead are read in the call that judges the replies to them.
     */
    void readAhead(String client, float[] c) {
        if (readAhead(client).isPresent()) return;
        ClientReading fresh = readClientLine(client, c);
        synchronized (readings) {
            readings.put(client, fresh);
        }
    }

    private static final int LINES_REMEMBERED = 64;
    private final Map<String, ClientReading> readings = new LinkedHashMap<>(LINES_REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClientReading> eldest) {
            return size() > LINES_REMEMBERED;
        }
    };

    private ClientReading readClientLine(String client, float[] c) {
        if (client.isBlank()) return new ClientReading(null, null, null, null);
        JudgedText line = JudgedText.clientLine(client);
        Prediction kind = null, opportunity = null, dimension = null, risk = null;
        if (clientSpace != null) {
            double[] x = clientSpace.assemble(line, null, c, null);
            Optional<Head> kindHead = heads.find("boundary-kind");
            if (kindHead.isPresent()) kind = kindHead.get().predict(x);
        }
        if (culturalLineSpace != null) {
            double[] x = culturalLineSpace.assemble(line, null, c, null);
            Optional<Head> opportunityHead = heads.find("cultural-opportunity");
            if (opportunityHead.isPresent()) opportunity = opportunityHead.get().predict(x);
            Optional<Head> dimensionHead = heads.find("cultural-dimension");
            if (opportunity != null && dimensionHead.isPresent()) dimension = dimensionHead.get().predict(x);
        }
        if (riskCueSpace != null) risk = riskCue(client, c);
        return new ClientReading(kind, opportunity, dimension, risk);
    }

    /** The risk-cue head's likeliest reading of a client line: the whole line or one of its sentences ({@link RiskCues#sentences}). */
    private Prediction riskCue(String client, float[] c) {
        Head head = heads.find("risk-cue").get();
        List<String> sentences = RiskCues.sentences(client);
        List<String> all = new ArrayList<>(sentences.size() + 1);
        all.add(client);
        all.addAll(sentences);
        // The other encoders' vectors of the line and its sentences, for their banks.
        List<List<float[]>> others = new ArrayList<>();
        for (SentenceEmbeddings e : riskEncoders) others.add(e == encoder ? null : e.embedAll(all));
        Prediction best = head.predict(riskFeatures(client, c, others, 0));
        if (sentences.isEmpty()) return best;
        List<float[]> v = encoder.embedAll(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            Prediction p = head.predict(riskFeatures(sentences.get(i), v.get(i), others, i + 1));
            if (RiskCues.riskProbability(p) > RiskCues.riskProbability(best)) best = p;
        }
        return best;
    }

    /** A line's risk-cue features: its vector, its structure and, last, its exemplar features against the bank. */
    private double[] riskFeatures(String line, float[] vector, List<List<float[]>> others, int index) {
        double[] x = riskCueSpace.assemble(JudgedText.clientLine(line), null, vector, null);
        int at = x.length - RiskExemplars.SIZE * riskBanks.size();
        for (int b = 0; b < riskBanks.size(); b++) {
            double[] near = riskBanks.get(b).features(others.get(b) == null ? vector : others.get(b).get(index));
            System.arraycopy(near, 0, x, at, near.length);
            at += near.length;
        }
        return x;
    }
}
