package org.rapport.rubric;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.nlp.Utterance;

/**
 * The rubric engine: judges a trainee reply from its structure (question form, second-person
 * statements, how it tracks the client's last words and feelings), the rubric's lexicons (feeling
 * words, roadblocks, boundary cues) and its semantic closeness to the rubric's exemplar replies.
 * Stateless apart from cached exemplar vectors; safe to share between threads.
 */
public final class RubricScorer implements RubricEngine {

    private static final List<String> BEHAVIOR_IDS = List.of("question", "reflection", "input", "other");
    private static final Map<String, List<String>> SUBTYPES_OF = Map.of(
            "question", List.of("open", "closed"),
            "reflection", List.of("simple", "complex"),
            "input", List.of("information", "advice", "negotiation", "options"),
            "other", List.of());

    private final Rubric rubric;
    private final Cues cues;
    private final java.util.function.Supplier<SentenceEmbeddings> embeddings;
    private volatile ExemplarVectors exemplarVectors;
    /** The trained heads; when a head is absent, the phrase rules below decide that judgement alone. */
    private final JudgementHeads heads;
    /** A programme's own reading of the levels (a rubric derived by {@code calibrate --fit}); usually none. */
    private final RaterScales scales;
    private final HollowReplies hollow;
    private final String judgementVersion;

    public RubricScorer(Rubric rubric) {
        this(rubric, SentenceEmbeddings::shared, org.rapport.judgement.HeadSet.EMPTY);
    }

    public RubricScorer(Rubric rubric, java.util.function.Supplier<SentenceEmbeddings> embeddings) {
        this(rubric, embeddings, org.rapport.judgement.HeadSet.EMPTY);
    }

    public RubricScorer(Rubric rubric, java.util.function.Supplier<SentenceEmbeddings> embeddings, org.rapport.judgement.HeadSet heads) {
        this(rubric, embeddings, heads, null);
    }

    /**
     * {@code rubricFile} is the SHA-256 of the file the rubric was read from (null when it was not read
     * from one); with the model folder's fingerprint it makes the {@link #judgementVersion()}.
     */
    public RubricScorer(Rubric rubric, java.util.function.Supplier<SentenceEmbeddings> embeddings, org.rapport.judgement.HeadSet heads,
            String rubricFile) {
        this.rubric = rubric;
        String files = (rubricFile == null ? "" : rubricFile) + heads.fingerprint();
        this.judgementVersion = files.isEmpty() ? rubric.version()
                : rubric.version() + "+" + org.rapport.judgement.Sha256.of(files.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
        this.cues = new Cues(rubric.lexicons());
        this.embeddings = embeddings;
        this.heads = new JudgementHeads(heads, cues);
        this.hollow = new HollowReplies(cues);
        this.scales = heads == org.rapport.judgement.HeadSet.EMPTY ? RaterScales.NONE : RaterScales.in(heads.directory());
    }

    @Override
    public Rubric rubric() {
        return rubric;
    }

    @Override
    public String judgementVersion() {
        return judgementVersion;
    }

    @Override
    public TurnScore score(ReplyContext reply) {
        return scoreAll(List.of(reply)).get(0);
    }

    @Override
    public List<TurnScore> scoreAll(List<ReplyContext> replies) {
        if (replies.isEmpty()) return List.of();
        SentenceEmbeddings model = embeddings.get();
        ExemplarVectors exemplars = exemplars(model);
        // One model call for all replies and client lines of the batch.
        List<String> texts = new ArrayList<>(replies.size() * 3);
        boolean shared = !heads.isEmpty() && heads.reads(model.name());
        for (ReplyContext r : replies) {
            texts.add(r.reply());
            texts.add(requestPart(r.clientLine()));
        }
        // The heads read the whole client line: embedded in the same call when they use the same encoder.
        if (shared) for (ReplyContext r : replies) texts.add(r.clientLine());
        List<float[]> vectors = model.embedAll(texts);
        Map<String, float[]> known = new java.util.HashMap<>();
        if (shared) for (int i = 0; i < texts.size(); i++) known.putIfAbsent(texts.get(i), vectors.get(i));
        List<JudgementHeads.Judgement> judged = heads.isEmpty() ? null : codedAfterOpeningClaims(replies,
                heads.judgeAll(replies, model.name(), known), model.name(), known);
        java.util.function.IntFunction<TurnScore> one = i -> onRaterScales(aboutWhomTheClientSpoke(unlessHollow(judge(replies.get(i), vectors.get(2 * i),
                vectors.get(2 * i + 1), exemplars, judged == null ? null : judged.get(i)), replies.get(i), judged == null ? null : judged.get(i)), replies.get(i)));
        // Each reply's judgement depends on its own texts and vectors only: the replies of a call (a batch, or
        // a live reply with its suggestions) are judged on every core, as the encoder encodes them.
        return replies.size() == 1 ? List.of(one.apply(0)) : java.util.stream.IntStream.range(0, replies.size()).parallel().mapToObj(one).toList();
    }

    /**
     * "I get it. You're the eldest, ...": MITI codes an utterance by what it does, and a claim of understanding that
     * opens what is said to the client does nothing by itself, so its behaviour is coded from what follows the claim;
     * the other heads (a mocking "Oh I totally understand, ...") read the whole reply. "I understand. Fasting must be
     * tiring." says nothing to the client in particular and is coded whole.
     */
    private List<JudgementHeads.Judgement> codedAfterOpeningClaims(List<ReplyContext> replies, List<JudgementHeads.Judgement> judged,
            String encoder, Map<String, float[]> known) {
        List<Integer> claimed = new ArrayList<>();
        List<ReplyContext> rests = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            String rest = afterOpeningClaim(replies.get(i).reply());
            if (rest == null || new Utterance(rest).secondPersonCount() == 0) continue;
            claimed.add(i);
            rests.add(replies.get(i).withReply(rest));
        }
        if (claimed.isEmpty()) return judged;
        List<JudgementHeads.Judgement> out = new ArrayList<>(judged);
        List<JudgementHeads.Judgement> restJudged = heads.judgeAll(rests, encoder, known);
        for (int k = 0; k < claimed.size(); k++) out.set(claimed.get(k), judged.get(claimed.get(k)).codedAs(restJudged.get(k)));
        return out;
    }

    @Override
    public List<String> encoders() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(embeddings.get().name());
        names.addAll(heads.encoderNames());
        return List.copyOf(names);
    }

    /** Embeds the client's line (whole and its request part) and lets the client-line heads read it. */
    @Override
    public void prepare(ReplyContext next) {
        String client = next.clientLine();
        if (client == null || client.isBlank()) return;
        SentenceEmbeddings model = embeddings.get();
        exemplars(model);
        model.embedAll(List.of(client, requestPart(client)));
        if (!heads.isEmpty()) heads.readAhead(client);
    }

    @Override
    public void forgetRemembered() {
        heads.forgetReadings();
    }

    /**
     * The subtype the rubric's fitted subtype weights give each reply, given its behaviour ("other" has none):
     * how the engine chooses a learned behaviour's subtype, for training to compare with the subtype heads.
     */
    List<String> fittedSubtypes(List<ReplyContext> replies, List<String> behaviours) {
        SentenceEmbeddings model = embeddings.get();
        ExemplarVectors exemplars = exemplars(model);
        List<String> out = new ArrayList<>(replies.size());
        for (int from = 0; from < replies.size(); from += 256) {
            List<ReplyContext> batch = replies.subList(from, Math.min(replies.size(), from + 256));
            List<String> texts = new ArrayList<>(batch.size() * 2);
            for (ReplyContext r : batch) {
                texts.add(r.reply());
                texts.add(requestPart(r.clientLine()));
            }
            List<float[]> v = model.embedAll(texts);
            for (int i = 0; i < batch.size(); i++) {
                String b = behaviours.get(from + i);
                if (b.equals("other")) {
                    out.add("");
                    continue;
                }
                ReplyFeatures f = new ReplyFeatures(new Utterance(batch.get(i).reply()), new Utterance(batch.get(i).clientLine()), cues);
                f.setClientSimilarity(SentenceEmbeddings.cosine(v.get(2 * i), v.get(2 * i + 1)));
                out.add(fittedSubtype(f, v.get(2 * i), exemplars, b));
            }
        }
        return out;
    }

    @Override
    public float[] clientVector(String clientLine) {
        if (clientLine == null || clientLine.isBlank()) return null;
        // the encoder remembers the lines it embedded lately: the line just judged is not embedded again
        return embeddings.get().embed(clientLine);
    }

    private ExemplarVectors exemplars(SentenceEmbeddings model) {
        ExemplarVectors e = exemplarVectors;
        if (e == null) {
            synchronized (this) {
                e = exemplarVectors;
                if (e == null) {
                    e = new ExemplarVectors(rubric.exemplars(), model);
                    exemplarVectors = e;
                }
            }
        }
        return e;
    }

    // ------------------------------------------------------------------ one reply

    private TurnScore judge(ReplyContext context, float[] replyVector, float[] clientVector, ExemplarVectors ex,
            JudgementHeads.Judgement judged) {
        Utterance reply = new Utterance(context.reply());
        Utterance client = new Utterance(context.clientLine());
        ReplyFeatures f = new ReplyFeatures(reply, client, cues);
        f.setClientSimilarity(SentenceEmbeddings.cosine(replyVector, clientVector));
        List<String> evidence = new ArrayList<>();

        Confidence confidence = Confidence.NONE;
        BehaviorCode code;
        if (judged != null && judged.behaviour() != null) {
            confidence = learnedCode(judged);
            code = codeOf(confidence);
            // The subtype comes from the rubric's fitted subtype weights (an L2 logistic fit over the same
            // features, held-out behaviour+subtype macro-F1 0.46 / 0.44 on AnnoMI halves) rather than the SGD
            // subtype heads (0.41 grouped cross-validated); the heads' probability of that subtype is kept.
            if (code.behavior() != Behavior.OTHER) {
                code = BehaviorCode.of(Subtype.parse(fittedSubtype(f, replyVector, ex, code.behavior().json())));
                confidence = confidence.withSubtype(code.subtype().json());
            }
            evidence.add("behaviour: " + (code.subtype() == null ? "other" : code.subtype().json() + " " + code.behavior().json())
                    + String.format(java.util.Locale.ROOT, " (probability %.2f)", confidence.code()) + describe(f, code));
        } else {
            code = code(f, replyVector, ex, evidence);
        }
        Set<Roadblock> roadblocks = roadblocks(f, code, evidence);
        BehaviorCode recoded = offeredWithPermission(f, notAReflection(f, code, roadblocks, evidence), roadblocks, evidence);
        if (recoded != code) confidence = Confidence.NONE.equals(confidence) ? confidence : confidence.recoded(recoded);
        code = recoded;
        EmpathyMechanisms empathy = empathy(f, code, replyVector, ex, evidence);
        if (judged != null && heads.judgesEmpathy()) {
            // Advisory: on held-out EPITOME posts the learned levels do not yet beat the rubric's rules
            // (explorations 0.605 against 0.66), and EPITOME's Reddit raters do not count a counsellor's
            // reflection of feeling as an interpretation the way the rubric's anchors do; the rules decide.
            List<org.rapport.judgement.Prediction> levels = heads.empathy(judged, empathy);
            evidence.add(String.format(java.util.Locale.ROOT, "EPITOME heads (advisory): emotional reactions %s (p %.2f), interpretations %s (p %.2f), explorations %s (p %.2f)",
                    levels.get(0).label(), levels.get(0).probability(), levels.get(1).label(), levels.get(1).probability(),
                    levels.get(2).label(), levels.get(2).probability()));
        }
        // Immediacy: naming one's own part in a misstep and inviting the client back (rupture repair).
        String repair = cues.repair.findAsserted(context.reply());
        if (repair != null) evidence.add("immediacy: acknowledges the trainee's own part (\"" + repair + "\") — a rupture-repair move");
        RuptureKind rupture = judged == null ? null : ruptureOf(judged.rupture(), thresholdFor(JudgementHeads.clientLine(context)));
        boolean repairs = repair != null;
        if (rupture != null) {
            evidence.add(String.format(java.util.Locale.ROOT, "the client's line shows a %s rupture (probability %.2f)", rupture.id(),
                    judged.rupture().probability()));
            // Repair (Safran & Muran): name what happened, own one's part, invite the client's view. Two of
            // the three, or one with an empathic reflection, is a repair the client can feel.
            String names = cues.ruptureNaming.findAsserted(context.reply());
            String invites = cues.repairInvitation.findAsserted(context.reply());
            int moves = (names != null ? 1 : 0) + (repair != null ? 1 : 0) + (invites != null ? 1 : 0);
            // A reflection, or a statement about the client followed by a question (reflect, then invite).
            boolean reflects = code.behavior() == Behavior.REFLECTION && empathy.interpretations() >= 1
                    || f.is("statement_then_question") && (f.is("reflection_stem") || f.get("you_ratio") >= 0.3);
            if (moves >= 2 || moves == 1 && reflects) {
                repairs = roadblocks.isEmpty();
                List<String> parts = new ArrayList<>();
                if (names != null) parts.add("names what happened (\"" + names + "\")");
                if (repair != null) parts.add("owns a part (\"" + repair + "\")");
                if (invites != null) parts.add("invites the client's view (\"" + invites + "\")");
                if (parts.size() < 2) parts.add("reflects the client's experience");
                evidence.add("repairs the rupture: " + String.join(", ", parts));
            }
        }

        BoundaryKind boundary = context.boundary();
        if (context.scripted()) {
            // A beat's own line: its author declared what it tests (nothing, when boundary is null).
            if (boundary != null) evidence.add("boundary test declared by the scenario: " + boundary.id());
        } else if (boundary == null && judged != null && judged.boundaryKind() != null) {
            // With a trained head, the head decides; the cue phrases are among its inputs and are not asked
            // again, so a word such as "sick note" or "TikTok" cannot make a test of a line about one's week.
            BoundaryKind learned = learnedBoundary(judged.boundaryKind(), ruledOut(client));
            if (learned != null) {
                boundary = learned;
                evidence.add(String.format(java.util.Locale.ROOT, "boundary test (learned): %s, probability %.2f of a test",
                        learned.id(), 1 - judged.boundaryKind().probabilityOf("none")));
            }
        } else if (boundary == null && !client.isEmpty()) {
            boundary = boundaryTest(client, clientVector, ex);
        }
        Integer boundaryScore = null;
        List<String> boundaryFeedback = new ArrayList<>();
        if (boundary != null) {
            evidence.add("client tests a boundary: " + boundary.id());
            boundaryScore = boundaryReply(f, boundary, replyVector, ex, evidence, boundaryFeedback,
                    judged == null ? Map.of() : judged.boundaryParts());
        }

        // Risk: what the client's line discloses or hints at, and how the reply meets it.
        RiskKind risk = context.risk();
        boolean riskTentative = false;
        if (risk != null) {
            // The author wrote the line as carrying this risk: it is judged as one whatever the detectors read.
            evidence.add("client discloses a risk (declared by the scenario): " + risk.id());
        } else if (!client.isEmpty() && !context.scripted()) { // a beat's own line declares none
            org.rapport.judgement.Prediction cue = judged == null ? null : judged.riskCue();
            RiskKind named = RiskCues.find(client.text());
            if (cue != null) {
                // With the head, the head decides (its likeliest sentence); the phrases are among its inputs.
                risk = RiskCues.flagged(cue);
                riskTentative = risk != null && !RiskCues.sure(cue, client.text());
                if (risk != null) evidence.add(String.format(java.util.Locale.ROOT, "risk cue (learned): %s, probability %.2f of a risk%s%s", risk.id(),
                        RiskCues.riskProbability(cue), named == null ? "" : "; cue phrases: " + named.id(), riskTentative ? "; tentative" : ""));
            } else if (named != null) {
                risk = named;
                evidence.add("risk cue (phrases): " + risk.id());
            }
        }
        boolean riskEnquiry = RiskResponse.asksDirectly(context.reply());
        if (riskEnquiry) {
            // Asking plainly about suicide is the skill (Columbia protocol), not an interrogation.
            roadblocks = new java.util.HashSet<>(roadblocks);
            roadblocks.remove(Roadblock.INTERROGATING);
            evidence.add("asks directly about suicide or self-harm");
        }
        Integer riskScore = null;
        Set<RiskResponse.Part> riskParts = Set.of();
        if (risk != null) {
            riskParts = RiskResponse.parts(context.reply(), context.clientLine() == null ? "" : context.clientLine(), code, empathy, roadblocks,
                    judged == null ? Map.of() : judged.riskParts(), evidence);
            riskScore = RiskResponse.score(riskParts);
            evidence.add("risk reply: " + String.join(", ", riskParts.stream().map(RiskResponse.Part::id).toList())
                    + "; risk and safety " + riskScore + "/5");
        }

        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> feedback = new ArrayList<>();
        List<String> riskFeedback = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            switch (c.id()) {
                case TurnScore.EMPATHY -> scores.put(c.id(), empathyScore(c, f, code, empathy, roadblocks,
                        boundaryScore != null && boundaryScore >= 3 && boundaryValidates(f, boundary), repairs, feedback));
                case TurnScore.ACTIVE_LISTENING -> {
                    scores.put(c.id(), listeningScore(c, f, code, roadblocks, boundary, boundaryScore, repairs, riskEnquiry,
                            SpokenAbout.theClient(context.reply(), context.clientLine()), feedback));
                    // A rupture answered with more of what caused it (advice, persuading, reassurance) widens it.
                    if (rupture != null && !repairs && (code.behavior() == Behavior.INPUT || !roadblocks.isEmpty())) {
                        add(feedback, c.feedback("rupture_" + rupture.id()));
                    }
                }
                case TurnScore.BOUNDARY_SETTING -> {
                    scores.put(c.id(), boundaryScore);
                    // Crisis options in boundary feedback (after-hours contact) are the client's locale's.
                    for (String key : boundaryFeedback) add(feedback, clientsLocale(context).fill(c.feedback(key)));
                }
                case TurnScore.RISK_AND_SAFETY -> {
                    scores.put(c.id(), riskScore);
                    if (risk != null) {
                        riskFeedback.addAll(RiskResponse.feedback(c, risk, context.reply(), riskParts, riskScore, clientsLocale(context)));
                        // A cue only the head sees, without much certainty, is offered as a possibility.
                        if (riskTentative && !riskFeedback.isEmpty()) riskFeedback.set(0, "Possibly: " + riskFeedback.get(0));
                    }
                }
                case TurnScore.CULTURAL_HUMILITY -> scores.put(c.id(), culturalHumility(c, code, judged, evidence, feedback));
                default -> scores.put(c.id(), null); // a criterion this engine has no detector for
            }
        }
        if (confidence.tentative() && !feedback.isEmpty()) {
            // A code the heads are unsure of is offered as a reading, not a verdict.
            feedback.add(0, tentative(code, confidence));
            evidence.add(String.format(java.util.Locale.ROOT, "tentative: the code's probability is %.2f", confidence.code()));
        }
        // A missed or mishandled risk cue is the first thing the trainee reads about this turn.
        if (riskScore != null && riskScore <= 3) feedback.addAll(0, riskFeedback);
        else riskFeedback.forEach(line -> add(feedback, line));
        return new TurnScore(code, empathy, scores, evidence, feedback, roadblocks, boundary, confidence, risk, riskEnquiry);
    }

    /** Where the client lives: the context's locale, else the programme default. */
    private static org.rapport.locale.ServiceLocale clientsLocale(ReplyContext context) {
        return context.locale() != null ? context.locale() : org.rapport.locale.LocaleCatalogue.shipped().defaultLocale();
    }

    /**
     * The hollow-reply head's probability from which a reply is capped as built for the score rather than
     * said to the client. Chosen on the head's grouped cross-validation as the lowest of the thresholds the training
     * reports (0.5 to 0.9) that flags none of the held-out authored genuine replies and at most 0.5 % of AnnoMI's
     * (gaming found / AnnoMI / authored flagged: 0.7: 74 % / 0.6 % / 0.3 %; 0.8: 67 % / 0.3 % / 0 %;
     * 0.85: 64 % / 0.3 % / 0 %). The rules and the risk cap find more.
     */
    static final double HOLLOW_AT = 0.80;

    /**
     * The head's probability from which a reply that also gives a feeling to a thing neither a person nor named
     * by the client is capped: the two readings agree, so the head need not be as sure on its own.
     */
    static final double HOLLOW_WITH_THINGS_AT = 0.65;

    /**
     * The head's probability of some rupture (withdrawal or confrontation together) from which a line counts
     * as one: chosen on the held-out predictions of the even-hash half of the authored groups of lines in
     * context (see {@link JudgementTraining#detectionFigures}) as the fewest false alarms that still find 85 %,
     * before the blind lines in context were measured; chosen again (0.35 before) when the head was trained
     * for {@link JudgementTraining#RUPTURE_EPOCHS} epochs (0.25), and again once the head read complaints,
     * sarcasm, later topic shifts, arrangements and short answers against the length of the line before (0.30),
     * and again once it read challenges, who a complaint is about, ready agreement to advice and plain answers
     * to closed questions (0.35), and again once it read who a line is about, reported speech, answers to the
     * client's own question or after being given time, answers that go on, "I know" said back and suggestions
     * and reassurance the lexicons missed, with 114 more authored lines in context (0.45). Once it read the line's own
     * signs of a rupture whatever the reply (complaints about the work or the counsellor, denial, appeasing), with 183
     * more lines, the tuning half chose 0.35; 0.45 stays, since at 0.35 five of the rupture files read before flag
     * more controls than they are held to. With the plain-wording features and 221 more lines the tuning half chose
     * 0.40; 0.45 stays, where every file read before holds its floor.
     */
    static final double RUPTURE_AT = 0.45;

    /** As {@link #RUPTURE_AT}, for a line read with no line or reply before it, chosen the same way on the lines written alone (0.65 before the challenge and offer features, 0.70 since). */
    static final double RUPTURE_ALONE_AT = 0.70;

    /** The threshold for a line read in context, or alone where nothing came before it. */
    static double thresholdFor(ClientLine line) {
        return line.previousLine().isBlank() && line.replyBefore().isBlank() ? RUPTURE_ALONE_AT : RUPTURE_AT;
    }

    /**
     * A rupture when the head's probability of either kind together is at least the threshold, of the
     * kind it finds more likely; else null. Summing the kinds counts a line torn between withdrawal and
     * confrontation (a curt "Fine. Whatever.") as the rupture it is.
     */
    static RuptureKind ruptureOf(org.rapport.judgement.Prediction p, double threshold) {
        if (p == null) return null;
        double withdrawal = p.probabilityOf("withdrawal"), confrontation = p.probabilityOf("confrontation");
        if (withdrawal + confrontation < threshold) return null;
        return withdrawal >= confrontation ? RuptureKind.WITHDRAWAL : RuptureKind.CONFRONTATION;
    }

    @Override
    public List<RuptureKind> rupturesIn(List<ClientLine> clientLines) {
        if (!heads.judgesRuptures()) return RubricEngine.super.rupturesIn(clientLines);
        List<org.rapport.judgement.Prediction> p = heads.ruptures(clientLines, Map.of());
        List<RuptureKind> out = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            ClientLine l = clientLines.get(i);
            out.add(ruptureOf(p.get(i), thresholdFor(l)));
        }
        return out;
    }

    /**
     * A reply with the form of empathy but nothing of this client in it keeps at most its kind's cap on
     * empathy and active listening, whatever the cues and heads made of it; its lesson comes first.
     */
    private TurnScore unlessHollow(TurnScore t, ReplyContext r, JudgementHeads.Judgement judged) {
        String client = r.clientLine() == null ? "" : r.clientLine();
        HollowReplies.Kind kind = hollow.find(r.reply(), client).orElse(null);
        org.rapport.judgement.Prediction learned = kind == null && judged != null ? heads.hollow(judged) : null;
        if (learned != null && learned.probabilityOf("1") >= HOLLOW_AT) kind = HollowReplies.Kind.BUILT_FOR_THE_SCORE;
        // Where the reply also gives a feeling to a thing ("unfair to the number seven"), the head need be less sure.
        if (kind == null && learned != null && learned.probabilityOf("1") >= HOLLOW_WITH_THINGS_AT
                && hollow.feelingsGivenToThings(r.reply(), client) > 0) {
            kind = HollowReplies.Kind.BUILT_FOR_THE_SCORE;
        }
        // Warmth that steps around a risk the client has just named is not accurate empathy.
        Integer risk = t.score(TurnScore.RISK_AND_SAFETY);
        // "Shall I call an ambulance?" to a forgotten birthday: where no risk is in play, the offer mocks.
        if (kind == null && risk == null && HollowReplies.offersEmergencyHelpUncalledFor(r.reply(), client)) {
            kind = HollowReplies.Kind.MOCKS;
        }
        // Only a sure cue: a tentative one may not be a risk at all.
        boolean sureRisk = judged == null || judged.riskCue() == null || RiskCues.sure(judged.riskCue(), client);
        // A tentative cue counts too when the risk-reply head is plain that the reply both misses it and moves on:
        // "that's lovely, how is school going?" after letters left "in case I'm not around".
        // So does a reply that plainly moves on to something new ("what else happened this week?") when the head is plain it misses the cue.
        // And so does one the head is plain both misses the cue and makes light of it ("what a wonderful memory you must have!"),
        // or praises the sign itself ("that's so generous of you!" to things given away).
        boolean plainlyPassedOver = judged != null && (passesOver(judged.riskParts())
                || plainly(judged.riskParts(), "misses_cue") && (RiskResponse.movesOn(r.reply(), client)
                        || plainly(judged.riskParts(), "minimises") || RiskResponse.praisesTheAct(r.reply())));
        if (kind == null && risk != null && (sureRisk || plainlyPassedOver) && risk <= HollowReplies.Kind.PASSES_OVER_RISK.cap) {
            kind = HollowReplies.Kind.PASSES_OVER_RISK;
        }
        if (kind == null) return t;
        String evidence = String.format(java.util.Locale.ROOT, "not a reply to this client: %s%s (empathy and active listening at most %d)",
                kind.evidence, kind == HollowReplies.Kind.BUILT_FOR_THE_SCORE
                        ? String.format(java.util.Locale.ROOT, " (hollow-reply head, probability %.2f)", learned.probabilityOf("1")) : "", kind.cap);
        String key = kind.feedbackKey();
        return capped(t, kind.cap, evidence, rubric.criterion(TurnScore.EMPATHY).map(c -> c.feedback(key)).orElse(null), false);
    }

    /**
     * The most a reply whose "he" or "she" can mean no one the client spoke of keeps on empathy and active
     * listening: it may follow the client's words, but not whom they were about, and a client hears that at once.
     */
    static final int WRONG_PERSON_CAP = 3;

    /** A reply about someone of the wrong gender ("he hurt you" after "my wife left me") is capped, its lesson first. */
    private TurnScore aboutWhomTheClientSpoke(TurnScore t, ReplyContext r) {
        String client = r.clientLine();
        if (client == null || client.isBlank()) return t;
        // the few turns before the client's line: who was spoken of lately
        List<String> earlier = r.turnsBefore(3).stream().map(org.rapport.transcript.Turn::text).toList();
        org.rapport.nlp.PeopleSpokenOf.WrongPerson wrong = org.rapport.nlp.PeopleSpokenOf.in(earlier, client, r.reply()).orElse(null);
        if (wrong == null) return t;
        String evidence = String.format(java.util.Locale.ROOT, "about someone else: the reply says \"%s\" where the client spoke of their %s"
                + " (empathy and active listening at most %d)", wrong.pronoun(), wrong.person(), WRONG_PERSON_CAP);
        String lesson = rubric.criterion(TurnScore.EMPATHY).map(c -> c.feedback("wrong_person"))
                .map(text -> text.replace("{pronoun}", wrong.pronoun()).replace("{person}", wrong.person())).orElse(null);
        // told even where the scores were already low: who was meant is the first thing to put right
        return capped(t, WRONG_PERSON_CAP, evidence, lesson, true);
    }

    /**
     * The score with empathy and active listening at most {@code cap}, the reason in the evidence and its lesson
     * first; unchanged when neither was above the cap, unless {@code tellAnyway}.
     */
    private TurnScore capped(TurnScore t, int cap, String reason, String lesson, boolean tellAnyway) {
        Map<String, Integer> capped = new LinkedHashMap<>(t.scores());
        boolean lowered = false;
        for (String id : List.of(TurnScore.EMPATHY, TurnScore.ACTIVE_LISTENING)) {
            Integer s = capped.get(id);
            if (s != null && s > cap) {
                capped.put(id, cap);
                lowered = true;
            }
        }
        if (!lowered && !tellAnyway) return t;
        List<String> evidence = new ArrayList<>(t.evidence());
        evidence.add(reason);
        List<String> feedback = new ArrayList<>();
        if (lesson != null) feedback.add(lesson);
        // Praise of the form the reply borrowed would contradict the lesson.
        java.util.Set<String> praise = new java.util.HashSet<>();
        rubric.criterion(TurnScore.EMPATHY).map(c -> c.feedback("strong")).ifPresent(praise::add);
        rubric.criterion(TurnScore.ACTIVE_LISTENING).map(c -> c.feedback("complex_reflection")).ifPresent(praise::add);
        for (String f : t.feedback()) if (!praise.contains(f)) feedback.add(f);
        return t.withScores(capped, evidence, feedback);
    }

    /**
     * The risk-reply head's probability of both "misses the cue" and "changes the subject" from which a reply to a
     * tentative cue is capped as passing over it. Tentative cues flag about 0.4 % of AnnoMI's client lines beyond
     * the sure ones, so this can cap at most that share of its replies, and fewer at so plain a reading.
     */
    static final double PASSED_OVER_AT = 0.9;

    /** Whether the risk-reply head is plain ({@link #PASSED_OVER_AT}) that the reply has this part. */
    private static boolean plainly(Map<String, org.rapport.judgement.Prediction> parts, String part) {
        org.rapport.judgement.Prediction p = parts.get(part);
        return p != null && p.probabilityOf("1") >= PASSED_OVER_AT;
    }

    /**
     * Plain that the reply misses the cue and moves on, and not plain that it stays with the line: parts that
     * say both read a line that carries no risk (a cane and a road read as self-harm), not a reply that steps around one.
     */
    private static boolean passesOver(Map<String, org.rapport.judgement.Prediction> parts) {
        return plainly(parts, "misses_cue") && plainly(parts, "changes_subject") && !plainly(parts, "stays_with");
    }

    /** Criterion scores on the programme's scale, each change named in the evidence. */
    private TurnScore onRaterScales(TurnScore t) {
        if (scales.isEmpty()) return t;
        Map<String, Integer> scaled = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>(t.evidence());
        t.scores().forEach((criterion, score) -> {
            Integer s = scales.apply(criterion, score);
            if (!java.util.Objects.equals(s, score)) {
                evidence.add(String.format(java.util.Locale.ROOT, "%s %d on the engine's scale is %d on your programme's raters' scale", criterion, score, s));
            }
            scaled.put(criterion, s);
        });
        return t.withScores(scaled, evidence, t.feedback());
    }

    /** The opening line of feedback on a reply whose code the heads are unsure of. */
    static String tentative(BehaviorCode code, Confidence c) {
        String name = code.subtype() == null ? "talk that is not a question, reflection or advice"
                : (code.subtype().json().matches("[aeiou].*") ? "an " : "a ") + code.subtype().json() + " " + code.behavior().json();
        String weigh = ": take what is said about its form as a suggestion to weigh, not a verdict.";
        if (code.subtype() != null && c.subtypes().isEmpty() && !c.behaviours().isEmpty()) {
            // a rule recoded the reply against the heads: "most like" would not be the heads' reading
            return String.format(java.util.Locale.ROOT, "The engine's rules read this reply as %s, which its learned heads give only %.0f %% likelihood",
                    name, 100 * c.code()) + weigh;
        }
        if (code.subtype() != null && c.subtypes().getOrDefault(code.subtype().json(), 1.0) < 0.5) {
            // the kind comes from the fitted subtype weights, not the subtype head: the joint figure would name
            // a reading with a few per cent likelihood as the most likely one
            String behaviour = code.behavior().json();
            return String.format(java.util.Locale.ROOT, "This reply reads most like %s, but the engine is unsure, giving %.0f %% likelihood that it is %s %s at all and "
                    + "less to its kind", name, 100 * c.behaviours().getOrDefault(behaviour, c.code()), behaviour.matches("[aeiou].*") ? "an" : "a", behaviour) + weigh;
        }
        return String.format(java.util.Locale.ROOT, "This reply reads most like %s, but the engine is unsure, giving that reading %.0f %% likelihood",
                name, 100 * c.code()) + weigh;
    }

    private static Confidence learnedCode(JudgementHeads.Judgement j) {
        org.rapport.judgement.Prediction b = j.behaviour();
        String behaviour = b.label();
        org.rapport.judgement.Prediction sub = j.subtypes().get(behaviour);
        Map<String, Double> subtypes = sub == null ? Map.of() : sub.probabilities();
        double p = b.probability() * (sub == null ? 1 : sub.probability());
        return new Confidence(b.probabilities(), subtypes, p);
    }

    private static BehaviorCode codeOf(Confidence c) {
        String behaviour = null;
        double best = -1;
        for (Map.Entry<String, Double> e : c.behaviours().entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                behaviour = e.getKey();
            }
        }
        if ("other".equals(behaviour) || c.subtypes().isEmpty()) return BehaviorCode.other();
        String subtype = null;
        best = -1;
        for (Map.Entry<String, Double> e : c.subtypes().entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                subtype = e.getKey();
            }
        }
        return BehaviorCode.of(Subtype.parse(subtype));
    }

    // ------------------------------------------------------------------ behaviour codes (MITI / AnnoMI)

    private BehaviorCode code(ReplyFeatures f, float[] v, ExemplarVectors ex, List<String> evidence) {
        BehaviorModel model = rubric.behaviorModel();
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (String label : ReplyFeatures.EXEMPLAR_LABELS) {
            double s = ex.similarity("behavior", label, v);
            if (s > -1) byLabel.put(label, s);
        }
        f.setExemplarSimilarities(byLabel);
        Map<String, Double> semantic = new LinkedHashMap<>();
        for (String b : BEHAVIOR_IDS) {
            List<String> labels = b.equals("other") ? List.of("other") : SUBTYPES_OF.get(b);
            double best = -1;
            for (String label : labels) best = Math.max(best, ex.similarity("behavior", label, v));
            semantic.put(b, best);
        }
        String behavior = argmax(BEHAVIOR_IDS, model.behaviors(), f, semantic, model.semanticWeight());
        List<String> subtypes = SUBTYPES_OF.get(behavior);
        if (subtypes.isEmpty()) {
            evidence.add("behaviour: other" + describeOther(f));
            return BehaviorCode.other();
        }
        Map<String, Double> subSemantic = new LinkedHashMap<>();
        for (String s : subtypes) subSemantic.put(s, ex.similarity("behavior", s, v));
        String subtype = argmax(subtypes, model.subtypes(), f, subSemantic, model.semanticWeight());
        BehaviorCode code = BehaviorCode.of(Subtype.parse(subtype));
        evidence.add("behaviour: " + subtype + " " + behavior + describe(f, code));
        return code;
    }

    /** The subtype of a behaviour by the rubric's fitted subtype weights and exemplar closeness. */
    private String fittedSubtype(ReplyFeatures f, float[] v, ExemplarVectors ex, String behavior) {
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (String label : ReplyFeatures.EXEMPLAR_LABELS) {
            double s = ex.similarity("behavior", label, v);
            if (s > -1) byLabel.put(label, s);
        }
        f.setExemplarSimilarities(byLabel);
        List<String> subtypes = SUBTYPES_OF.get(behavior);
        // A question whose form asks for yes or no ("Do you go shopping often?", "Have you always been scared?")
        // is closed whatever it resembles: MITI codes the form, and the feedback praises an open one.
        if (behavior.equals("question") && f.is("closed_stem") && !f.is("open_stem") && !f.is("elaboration_request")) return "closed";
        Map<String, Double> subSemantic = new LinkedHashMap<>();
        for (String st : subtypes) subSemantic.put(st, ex.similarity("behavior", st, v));
        BehaviorModel model = rubric.behaviorModel();
        return argmax(subtypes, model.subtypes(), f, subSemantic, model.semanticWeight());
    }

    private static String argmax(List<String> labels, Map<String, BehaviorModel.LabelWeights> weights, ReplyFeatures f,
            Map<String, Double> semantic, double semanticWeight) {
        double mean = semantic.values().stream().filter(s -> s > -1).mapToDouble(Double::doubleValue).average().orElse(0);
        String best = labels.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String label : labels) {
            BehaviorModel.LabelWeights w = weights.get(label);
            double score = w == null ? 0 : w.bias();
            if (w != null) {
                for (Map.Entry<String, Double> e : w.weights().entrySet()) score += e.getValue() * f.get(e.getKey());
            }
            double s = semantic.getOrDefault(label, -1.0);
            if (s > -1) score += semanticWeight * (s - mean);
            if (score > bestScore) {
                bestScore = score;
                best = label;
            }
        }
        return best;
    }

    private String describe(ReplyFeatures f, BehaviorCode code) {
        List<String> why = new ArrayList<>();
        switch (code.behavior()) {
            case QUESTION -> {
                if (f.questionSentence != null) why.add("asks \"" + clip(f.questionSentence) + "\"");
                if (code.is(Subtype.OPEN)) why.add("invites the client to say more in their own words");
                else why.add("can be answered in a word or two");
            }
            case REFLECTION -> {
                Set<String> shared = f.reply.sharedStems(f.client);
                // Name the words as the trainee wrote them, not their stems.
                Set<String> words = new LinkedHashSet<>();
                for (String w : f.reply.words()) {
                    if (w.length() > 2 && shared.contains(Utterance.stem(w))) words.add(w);
                }
                if (!words.isEmpty()) why.add("tracks the client's words (" + String.join(", ", limit(words, 4)) + ")");
                List<String> feelings = cues.feelings.findAll(f.reply.text());
                if (!feelings.isEmpty()) why.add("names a feeling (" + String.join(", ", limit(new LinkedHashSet<>(feelings), 3)) + ")");
                if (code.is(Subtype.COMPLEX)) why.add("adds meaning the client implied");
                else why.add("stays close to what the client said");
            }
            case INPUT -> {
                String cue = firstNonNull(cues.advice.findDirected(f.reply.text()), cues.negotiation.find(f.reply.text()),
                        cues.options.find(f.reply.text()), cues.information.find(f.reply.text()));
                if (cue != null) why.add("\"" + cue + "\"");
            }
            default -> {
            }
        }
        return why.isEmpty() ? "" : " — " + String.join("; ", why);
    }

    private String describeOther(ReplyFeatures f) {
        if (f.is("acknowledgement")) return " — a minimal encourager or courtesy";
        if (f.is("affirmation")) return " — an affirmation";
        if (f.is("structuring")) return " — structures the session";
        return "";
    }

    // ------------------------------------------------------------------ EPITOME mechanisms

    private EmpathyMechanisms empathy(ReplyFeatures f, BehaviorCode code, float[] v, ExemplarVectors ex, List<String> evidence) {
        String text = f.reply.text();
        double semER = ex.contrast("empathy", "emotional_reactions", "none", v);
        double semEX = ex.contrast("empathy", "explorations", "none", v);

        int er = 0;
        String erCue = cues.emotionStrong.find(text);
        if (erCue != null) er = 2;
        else if ((erCue = cues.emotionWeak.find(text)) != null) er = 1;
        else if (semER > 0.14) er = 1;
        if (er > 0) evidence.add("emotional reaction (" + (er == 2 ? "strong" : "weak") + ")" + (erCue != null ? ": \"" + erCue + "\"" : ""));

        int ip = 0;
        // Interpreting is said, not asked ("why do you feel like that?" explores), and not in a condition
        // ("if you feel like talking") or a condolence ("sorry you're feeling low" is a reaction).
        String statements = statementsOf(f.reply);
        // "I can imagine how you feel" claims understanding without naming anything: weak, like "I understand"
        String emptyValidation = emptyValidation(statements);
        String ipCue = cues.interpretStrong.findNotAfter(
                emptyValidation == null ? statements : statements.replace(emptyValidation, " "), NOT_INTERPRETING_AFTER);
        String ipWhy = null;
        boolean aboutClient = f.is("you_start") || f.is("reflection_stem");
        boolean tracksClient = f.get("client_echo") > 0.3 || f.get("client_similarity") >= 0.3;
        // A complex reflection (the learned code: it adds what the client implied) needs no shared words to track them.
        boolean reflectsFeeling = code.behavior() == Behavior.REFLECTION && namesFeeling(f) && aboutClient
                && (tracksClient || code.is(Subtype.COMPLEX));
        if (ipCue != null) {
            ip = 2;
        } else if (reflectsFeeling) {
            ip = 2;
            ipWhy = "reflects the client's feeling";
        } else if ((ipWhy = validatedFeeling(statements)) != null) {
            ip = 2; // "I can hear how scary Thursday feels" names the inferred feeling in the first person
        } else if (code.is(Subtype.COMPLEX) && aboutClient && f.get("client_echo") > 0.3) {
            ip = 2;
            ipWhy = "reflects meaning the client implied";
        } else if ((code.is(Subtype.COMPLEX) || code.behavior() == Behavior.QUESTION && f.is("statement_then_question"))
                && tracksClient && saysBackOnly(f, statements)) {
            // "It hit you without warning, and now the supermarket itself feels dangerous": the client's experience
            // said back to them, in other words and with nothing else in the reply, names what they live through;
            // so it does when a question follows it ("..., and still it doesn't feel right. What's that like?").
            ip = 2;
            ipWhy = "says back what the client is living through";
        } else if (code.is(Subtype.SIMPLE) && aboutClient && tracksClient && saysBackOnly(f, statements)) {
            // "Your whole body freezes when he raises his voice": the client's experience said back to them, and
            // nothing else, shows some understanding (the rubric's level 3), though it infers nothing new
            ip = 1;
            ipWhy = "says back what the client is living through, in their terms";
        } else if (sharesExperience(f.reply)) {
            ip = 2; // EPITOME counts relating a similar experience of one's own as understanding
            ipWhy = "relates a similar experience";
        } else if (showsAfterClaiming(f, code)) {
            ip = 2;
            ipWhy = "claims understanding, then says back what the client is living through";
        } else if ((ipCue = cues.interpretWeak.find(text)) != null) {
            ip = 1; // claims understanding without showing it
        } else if (emptyValidation != null) {
            ip = 1;
            ipWhy = "claims understanding without naming the feeling";
        }
        if (ip > 0) evidence.add("interpretation (" + (ip == 2 ? "strong" : "weak") + ")"
                + (ipCue != null ? ": \"" + ipCue + "\"" : ipWhy != null ? ": " + ipWhy : ""));

        int xp = 0;
        List<String> questions = f.reply.questions();
        // An exploration asks the client about their experience: it addresses them, or is a generic
        // "what happened?"; questions the responder asks of themself or the world are not explorations.
        List<String> exploring = questions.stream()
                .filter(q -> !cues.notExploring.matches(q))
                // "Have you asked for an MRI?" asks after a solution, not the client's experience
                .filter(q -> cues.adviceQuestions.findDirected(q) == null)
                .filter(q -> !rhetorical(f.reply, q))
                .filter(q -> new Utterance(q).secondPersonCount() > 0 || cues.exploreGeneric.matches(q))
                .toList();
        if (!exploring.isEmpty()) {
            String q = exploring.get(exploring.size() - 1);
            Utterance question = new Utterance(q);
            // Generic when the stock invitation is nearly all there is: "what's on your mind?" asks
            // nothing in particular, "what happened at work yesterday?" does.
            String genericCue = cues.exploreGeneric.find(q);
            java.util.Set<String> beyondCue = new java.util.HashSet<>(question.contentStems());
            if (genericCue != null) beyondCue.removeAll(new Utterance(genericCue).contentStems());
            boolean generic = genericCue != null && beyondCue.size() <= 1;
            boolean specific = !question.contentStems().isEmpty() || cues.feelings.matches(q);
            xp = generic || !specific ? 1 : 2;
            evidence.add("exploration (" + (xp == 2 ? "strong" : "weak") + "): \"" + clip(q) + "\"");
        } else if (invitesExperience(f.reply)) {
            // "I'm curious what it would mean to you..." explores without a question mark
            xp = f.reply.secondPersonCount() > 0 ? 2 : 1;
            evidence.add("exploration (" + (xp == 2 ? "strong" : "weak") + "): invites the client's experience");
        } else if (code.behavior() == Behavior.QUESTION && questions.isEmpty() && !cues.notExploring.matches(text)) {
            xp = 1; // a question without a question mark, as transcribed speech often has
        } else if (semEX > 0.12 && questions.stream().anyMatch(q -> !rhetorical(f.reply, q))) {
            xp = 1;
        }
        return new EmpathyMechanisms(er, ip, xp);
    }

    /**
     * A reply that only says the client's experience back to them: its statements speak to the client ("you",
     * "your"), it is brief (two sentences, at most some 27 words), and it neither advises, nor generalises ("if
     * you", "you can"), nor starts from the speaker, nor makes light of what was said ({@code discounting}).
     */
    private boolean saysBackOnly(ReplyFeatures f, String statements) {
        return !statements.isBlank() && new Utterance(statements).secondPersonCount() > 0 && nothingButSayingBack(f, statements);
    }

    /**
     * "I understand. Every rose out there is his, and not knowing their names makes losing him feel even bigger":
     * the claim opens a reflection that then shows what was understood, so the reply is judged by the rest. The
     * rest must follow the client's words and say nothing else; a complex reflection needs no "you" to be about
     * them ("his roses"), a simple one does.
     */
    private boolean showsAfterClaiming(ReplyFeatures f, BehaviorCode code) {
        if (code.behavior() != Behavior.REFLECTION) return false;
        String shown = afterOpeningClaim(f.reply.text());
        if (shown == null) return false;
        ReplyFeatures rest = new ReplyFeatures(new Utterance(shown), f.client, cues);
        String statements = statementsOf(rest.reply);
        return rest.get("client_echo") > 0.3 && !statements.isBlank()
                && (code.is(Subtype.COMPLEX) || new Utterance(statements).secondPersonCount() > 0)
                && nothingButSayingBack(rest, statements);
    }

    /** The reply's sentences that are said, not asked, joined. */
    private static String statementsOf(Utterance reply) {
        return String.join(" ", reply.sentences().stream().filter(x -> !x.strip().endsWith("?")).toList());
    }

    /** What follows a reply's opening claim of understanding ("I understand.", "I get it,"), or null when it has none or nothing follows. */
    private String afterOpeningClaim(String reply) {
        java.util.regex.Matcher m = CLAUSE_END.matcher(reply);
        if (!m.find()) return null;
        String claim = Utterance.withoutLeadingFillers(reply.substring(0, m.start()));
        String rest = reply.substring(m.end()).strip();
        return rest.isEmpty() || !claim.equals(cues.interpretWeak.find(claim)) ? null : rest;
    }

    /** The end of a reply's first clause: "I understand." or "I get it," before what follows. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[,;:.!\u2014]\\s*|\\s+-\\s+");

    /** Nothing in the reply but what the client lives through: no advice, proposal, generic "you" or discounting. */
    private boolean nothingButSayingBack(ReplyFeatures f, String statements) {
        return f.reply.sentences().size() <= 2 && !f.is("long") && !f.is("advice")
                && !UNNEGATED_MODAL.matcher(statements.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')).find()
                && !GENERIC_YOU.matcher(f.reply.text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')).find() && !f.is("i_start") && cues.discounting.find(f.reply.text()) == null
                && !PROPOSAL.matcher(statements).find();
    }

    /**
     * "You can try", "it will pass", "people often": a statement of what could be, not of what the client lives
     * through. "You can't get a word out" says what they live through.
     */
    /** "If you", "you can", "you'll find": you as anyone; not "you can't", which is the client. */
    private static final java.util.regex.Pattern GENERIC_YOU = java.util.regex.Pattern.compile(
            "\\b(?:if you|when you|you can|you could|you might|you may|you'll find|you'll)\\b(?!')");
    private static final java.util.regex.Pattern UNNEGATED_MODAL = java.util.regex.Pattern.compile(
            "\\b(?:can|could|may|might|will|would|tends? to|usually|often|sometimes)\\b(?!')");

    /** "Let's make a revision plan so you feel more in control" proposes what to do; it says nothing back. */
    private static final java.util.regex.Pattern PROPOSAL = java.util.regex.Pattern.compile(
            "(?:^|[.;!?]\\s+)(?:(?:so|okay|ok|right|well),?\\s+)?(?:let's|let us|lets|shall we)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A question the responder answers at once ("Can it be hard? Yes."), or one buried in the middle of a
     * long post of their own views, argues rather than asks: it does not invite the client's experience.
     */
    private static boolean rhetorical(Utterance reply, String question) {
        List<String> sentences = reply.sentences();
        int at = sentences.indexOf(question);
        if (at < 0) return false;
        if (at + 1 < sentences.size()) {
            String next = Utterance.withoutLeadingFillers(sentences.get(at + 1));
            if (next.matches("(yes|no|nope|yep|of course|absolutely|not at all|exactly)( .*)?") && !next.contains("?")) return true;
        }
        return sentences.size() >= RHETORICAL_MIN_SENTENCES && at > 0 && at < sentences.size() - 2;
    }

    /** From this many sentences on, a reply is a post of the responder's own rather than a turn of talk. */
    private static final int RHETORICAL_MIN_SENTENCES = 4;

    private static final Set<String> NOT_INTERPRETING_AFTER = Set.of("if", "when", "whenever", "anytime", "how", "what",
            "why", "sorry", "hear", "about", "whatever");

    /** "I can hear / see / imagine / tell how (much) ...", "I understand that ...": first-person validation openers. */
    private static final java.util.regex.Pattern VALIDATION = java.util.regex.Pattern.compile(
            "^i (?:can |could )?(?:really |only |just )?(?:hear|see|imagine|tell|sense|understand|get)"
                    + " (?:just )?(?:how|that|what|why)(?: much)? (.+)");

    /** Words that say a feeling exists without naming it: "I understand how you feel" validates nothing specific. */
    private static final Set<String> UNSPECIFIC = Set.of("feel", "feeling", "mean", "say", "way", "thing", "hard", "tough",
            "difficult", "real", "there");

    /**
     * First-person validation that names the client's inferred feeling or experience ("I can hear how scary it is to
     * think of Thursday without me", "I can see how much this matters to you") interprets as a reflection of feeling
     * does; "I understand how you feel" names nothing and is left to the weak cues. Returns the evidence, or null.
     */
    private String validatedFeeling(String statements) {
        for (String clause : statements.split("[,;:.!]")) {
            java.util.regex.Matcher m = VALIDATION.matcher(Utterance.withoutLeadingFillers(clause));
            if (!m.find()) continue;
            String said = m.group(1);
            String feeling = cues.feelings.find(said);
            if (feeling != null && !UNSPECIFIC.contains(feeling)) return "validates the client's feeling (" + feeling + ")";
            if (specific(said)) return "validates the client's experience (" + clip(said) + ")";
        }
        return null;
    }

    /** The first validation clause that names nothing ("I can imagine how you feel"), as written, or null. */
    private String emptyValidation(String statements) {
        for (String clause : statements.split("[,;:.!]")) {
            java.util.regex.Matcher m = VALIDATION.matcher(Utterance.withoutLeadingFillers(clause));
            if (!m.find()) continue;
            String said = m.group(1);
            String feeling = cues.feelings.find(said);
            if ((feeling == null || UNSPECIFIC.contains(feeling)) && !specific(said)) return clause;
        }
        return null;
    }

    private static boolean specific(String said) {
        java.util.Set<String> stems = new java.util.HashSet<>(new Utterance(said).contentStems());
        UNSPECIFIC.forEach(w -> stems.remove(Utterance.stem(w)));
        return !stems.isEmpty();
    }

    /** A sentence that asks for the client's experience in statement form: "I wonder what...", "Tell me about...". */
    private boolean invitesExperience(Utterance reply) {
        for (String s : reply.sentences()) {
            String lead = Utterance.withoutLeadingFillers(s);
            if (lead.startsWith("i'm curious") || lead.startsWith("i am curious") || lead.startsWith("i wonder")
                    || cues.elaboration.startsWith(lead)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern OPINION = java.util.regex.Pattern.compile(
            "^(think|would|'d|d|believe|suggest|recommend|hope|guess|know|mean|agree|understand|can't imagine|wish|want|wanted"
            + "|am sorry|'m sorry|m sorry|promise|bet|doubt|'m not sure|am not sure|'ll|will|'m going|am going|need to|have to"
            + "|was wondering|wonder|'m wondering|am wondering|just want|like to|see|notice|hear|appreciate|thank|can|could"
            + "|'m here|am here|'m glad|am glad|'m curious|am curious|get|have a few|have some|have a couple|have another"
            + "|won't|'m worried|am worried|'m concerned|am concerned|'m not able|am not able|can't|cannot|keep|'d rather|need)");

    private static final Set<String> INVITING_ME = Set.of("let", "tell", "message", "pm", "dm", "text", "to", "call",
            "ask", "show", "email", "contact", "excuse", "forgive", "trust", "believe");

    /** A first-person account of one's own life ("I went through the same last year"), not an opinion about the client's. */
    static boolean sharesExperience(Utterance reply) {
        int experience = 0;
        List<String> w = reply.words();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (word.equals("i") || word.startsWith("i'")) {
                String rest = (word.length() > 1 ? word.substring(1) + " " : "") + String.join(" ", w.subList(i + 1, Math.min(w.size(), i + 3)));
                if (!OPINION.matcher(rest.strip()).find()) experience++;
            } else if (word.equals("my") || word.equals("myself")) {
                experience++;
            } else if (word.equals("me") && (i == 0 || !INVITING_ME.contains(w.get(i - 1)))) {
                experience++; // "it helped me", "same for me"; but "tell me", "message me" invite, not relate
            }
        }
        return experience >= 2 && reply.firstPersonCount() > reply.secondPersonCount();
    }

    /**
     * A suggestion, however the reply echoes the client's words: one that opens "maybe you could" or "you could
     * try" (asked or not: "Maybe you could take an English class to build confidence?"), or a bare "try to" opening
     * the reply or a clause ("..., try to trust her"). The behaviour heads over e5 vectors read such replies as
     * reflections of the client's topic; a reflection says back, it does not propose.
     */
    static final java.util.regex.Pattern SUGGESTION = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:so|well|okay|ok|and),?\\s+)?(?:(?:maybe|perhaps)\\s+you\\s+(?:could|can|might)\\b|you\\s+(?:could|can|might)\\s+try\\b)"
                    + "|(?:^|[,;.!?])\\s*(?:(?:and|so|but|then)\\s+)?(?:just\\s+)?try\\s+to\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Roadblocks that tell, reassure or judge: a reply built on one is not a reflection, however it echoes the client. */
    private static final Set<Roadblock> DIRECTING = EnumSet.of(Roadblock.ADVISING, Roadblock.ORDERING, Roadblock.REASSURING,
            Roadblock.MORALISING, Roadblock.JUDGING, Roadblock.NAME_CALLING);

    /**
     * "Don't say that, you're not a burden" repeats the client's word but contradicts their experience;
     * MITI codes such a turn by what it does (advice, information, or other), not by what it echoes.
     */
    private BehaviorCode notAReflection(ReplyFeatures f, BehaviorCode code, Set<Roadblock> roadblocks, List<String> evidence) {
        if (code.behavior() != Behavior.REFLECTION) return code;
        java.util.regex.Matcher suggested = SUGGESTION.matcher(f.reply.text().replace('\u2019', '\''));
        if (suggested.find()) {
            evidence.removeIf(e -> e.startsWith("behaviour: "));
            evidence.add(0, "behaviour: advice input — \"" + suggested.group().replaceFirst("^[,;.!?\\s]+", "").strip()
                    + "\" suggests what the client could do rather than reflects");
            return BehaviorCode.of(Subtype.ADVICE);
        }
        if (f.is("question_last") && f.is("interrogative_form") && !f.is("tag_question") && saysNothingOfTheClient(f.reply)) {
            // "That sounds difficult. Have you always been scared of dogs?": a stock reaction, then a question. Nothing
            // of the client is said back; the question is the act.
            BehaviorCode asked = BehaviorCode.of(f.is("closed_stem") && !f.is("open_stem") ? Subtype.CLOSED : Subtype.OPEN);
            evidence.removeIf(e -> e.startsWith("behaviour: "));
            evidence.add(0, "behaviour: " + asked.subtype().json() + " question — a question after a remark that says nothing of the client");
            return asked;
        }
        List<Roadblock> directing = roadblocks.stream().filter(DIRECTING::contains).toList();
        if (directing.isEmpty()) return code;
        BehaviorCode recoded;
        if (roadblocks.contains(Roadblock.ADVISING) || roadblocks.contains(Roadblock.ORDERING) && cues.advice.findDirected(f.reply.text()) != null) {
            recoded = BehaviorCode.of(Subtype.ADVICE);
        } else if (f.is("information") || f.is("number")) {
            recoded = BehaviorCode.of(Subtype.INFORMATION);
        } else {
            recoded = BehaviorCode.other();
        }
        evidence.removeIf(e -> e.startsWith("behaviour: "));
        evidence.add(0, "behaviour: " + (recoded.behavior() == Behavior.OTHER ? "other" : recoded.subtype().json() + " input")
                + " — echoes the client but " + directing.get(0).json().replace('_', '-') + " rather than reflects");
        return recoded;
    }

    /** The evidence line of a reply that asks before it shares: feedback praises it instead of calling it unasked-for. */
    public static final String ASKS_PERMISSION = "asks permission before sharing";

    /** "I can share some things that help, if you'd like": an offer that leaves the choice with the client. */
    private static final java.util.regex.Pattern OFFER_WITH_PERMISSION = java.util.regex.Pattern.compile(
            "\\b(?:i can|i could|i'd be happy to|i would be happy to|happy to) (?:share|tell you|go through|show you|talk (?:you )?through|suggest|offer|explain)\\b"
                    + "[^.?!;]*?\\b(?:if you(?:'d| would)? like|if you want|if (?:that|it)(?:'s| is| would be| would)? (?:ok|okay|all right|alright|helpful|help|helps))\\b"
                    + "|\\b(?:would it help if i|shall i (?:share|tell|go through|explain))\\b");

    /**
     * An offer to share, with the client's permission asked and nothing yet told or advised: MITI's seeking
     * collaboration, not advice. The heads read the offer's words ("things that help with panic") as advice.
     */
    private BehaviorCode offeredWithPermission(ReplyFeatures f, BehaviorCode code, Set<Roadblock> roadblocks, List<String> evidence) {
        String text = f.reply.text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        boolean asks = f.is("permission") || OFFER_WITH_PERMISSION.matcher(text).find();
        if (!asks) return code;
        evidence.add(ASKS_PERMISSION);
        boolean toldOrAdvised = f.is("information") || f.is("number") || cues.advice.findDirected(f.reply.text()) != null
                || roadblocks.contains(Roadblock.ADVISING) || roadblocks.contains(Roadblock.ORDERING);
        if (code.behavior() != Behavior.INPUT || code.is(Subtype.NEGOTIATION) || toldOrAdvised) return code;
        evidence.removeIf(e -> e.startsWith("behaviour: "));
        evidence.add(0, "behaviour: negotiation input — offers to share and asks permission first, telling nothing yet");
        return BehaviorCode.of(Subtype.NEGOTIATION);
    }

    /** Every statement of the reply is free of "you" and "your": nothing in it says anything back to the client. */
    private static boolean saysNothingOfTheClient(Utterance reply) {
        for (String sentence : reply.sentences()) {
            if (!sentence.strip().endsWith("?") && new Utterance(sentence).secondPersonCount() > 0) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ roadblocks (Gordon)

    /** Roadblocks that tell the client what to do or think. */
    private static final Set<Roadblock> DIRECTIVES = EnumSet.of(Roadblock.ADVISING, Roadblock.ORDERING, Roadblock.MORALISING,
            Roadblock.WARNING);
    /** A client saying what they must, should or need to do: a reflection may say it back to them. */
    private static final java.util.regex.Pattern VOICED_OBLIGATION = java.util.regex.Pattern.compile(
            "\\b(?:have to|has to|had to|need to|needs to|needed to|got to|gotta|should|shouldn't|ought|must|mustn't|supposed to|can't|cannot|"
                    + "told me to|tells me to|telling me to|wants me to|want me to|makes me|made me)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile(
            "^(?:when|whenever|if|because|as|since|after|before|unless|while|until|once|like|that)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code cue} opens a clause of its own after a complete one ("..., you need to cut down"), rather
     * than completing a reflection ("You feel you have to...") or following a subordinate clause ("You feel
     * like, when she calls, you have to answer").
     */
    static boolean opensItsOwnClause(String text, String cue) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        int at = lower.indexOf(cue.toLowerCase(java.util.Locale.ROOT));
        if (at <= 0) return false;
        String before = lower.substring(0, at).stripTrailing();
        before = before.replaceFirst("(?:\\s(?:and|so|but|then))$", "").stripTrailing();
        if (before.isEmpty() || ",;:\u2013\u2014-".indexOf(before.charAt(before.length() - 1)) < 0) return false;
        String head = before.substring(0, before.length() - 1);
        int start = Math.max(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')), Math.max(head.lastIndexOf('.'), head.lastIndexOf('?')));
        String segment = head.substring(start + 1).strip();
        return segment.split("\\s+").length >= 3 && !SUBORDINATE.matcher(segment).find();
    }

    private Set<Roadblock> roadblocks(ReplyFeatures f, BehaviorCode code, List<String> evidence) {
        Set<Roadblock> found = EnumSet.noneOf(Roadblock.class);
        String text = f.reply.text();
        for (Map.Entry<Roadblock, org.rapport.nlp.PhraseList> e : cues.roadblocks.entrySet()) {
            // A roadblock is the trainee directing or judging the client, not quoting or reflecting them.
            String cue = DIRECTIVES.contains(e.getKey()) ? e.getValue().findInstructed(text) : e.getValue().findDirected(text);
            // A judgement or a label wrapped in a reflection stem ("it sounds like you're just lazy") is
            // still the trainee's, unless the client used those words of themselves.
            if (cue == null && (e.getKey() == Roadblock.JUDGING || e.getKey() == Roadblock.NAME_CALLING)) {
                String asserted = e.getValue().findAsserted(text);
                if (asserted != null && !e.getValue().matches(f.client.text())) cue = asserted;
            }
            // A directive after a reflection ("it sounds like you're heading the same way as your da, you need to
            // cut down") is the trainee's, not the client's words said back, when the client voiced no such
            // obligation ("I have to", "I should") and it is not a quotation.
            if (cue == null && DIRECTIVES.contains(e.getKey()) && !f.client.text().isBlank()
                    && !VOICED_OBLIGATION.matcher(f.client.text()).find()) {
                String unquoted = org.rapport.nlp.PhraseList.withoutQuotations(text);
                String asserted = e.getValue().findAsserted(unquoted);
                if (asserted != null && !e.getValue().matches(f.client.text()) && opensItsOwnClause(unquoted, asserted)) cue = asserted;
            }
            if (cue != null) {
                found.add(e.getKey());
                evidence.add("roadblock " + e.getKey().json() + ": \"" + cue + "\"");
            }
        }
        // Advice the client did not ask for is the commonest roadblock; the behaviour code already saw it.
        String adviceCue = cues.advice.findInstructed(text);
        if (code.is(Subtype.ADVICE) && adviceCue != null && !found.contains(Roadblock.ADVISING)) {
            found.add(Roadblock.ADVISING);
            evidence.add("roadblock advising: \"" + adviceCue + "\" tells the client what to do");
        }
        // A suggestion asked as a question ("Have you tried just telling yourself he's fine?") is still advice.
        // Its own lexicon: the learned heads read the advice cues, and this rule must not change what they read.
        String suggested = found.contains(Roadblock.ADVISING) ? null : cues.adviceQuestions.findDirected(text);
        if (suggested != null) {
            found.add(Roadblock.ADVISING);
            evidence.add("roadblock advising: \"" + suggested + "\" suggests a solution as a question");
        }
        // Question after question, or a closed "why did you", reads as an interrogation.
        long questionCount = f.reply.questions().size();
        if (questionCount >= 3 && !found.contains(Roadblock.INTERROGATING)) {
            found.add(Roadblock.INTERROGATING);
            evidence.add("roadblock interrogating: " + questionCount + " questions in one turn");
        }
        return found;
    }

    // ------------------------------------------------------------------ boundaries (ACA 2014, APA)

    /**
     * Cultural humility (multicultural orientation: Owen, Hook, Davis), judged only where the client's line
     * brings a cultural opportunity; null otherwise, and without the two learned heads (no phrase rule can
     * tell curiosity about a client's faith from an assumption about it).
     */
    private Integer culturalHumility(Criterion c, BehaviorCode code, JudgementHeads.Judgement judged, List<String> evidence,
            List<String> feedback) {
        if (judged == null || judged.culturalOpportunity() == null || judged.culturalStance() == null) return null;
        org.rapport.judgement.Prediction opportunity = judged.culturalOpportunity();
        if (opportunity.probabilityOf("opportunity") < JudgementTraining.CULTURAL_OPPORTUNITY_AT) return null;
        org.rapport.judgement.Prediction stance = judged.culturalStance();
        int score = culturalScore(stance.label());
        // A humble reply that also reflects the client's meaning, or asks openly, reaches the top anchor.
        if (score == 4 && stance.probability() >= 0.6
                && (code.is(Subtype.COMPLEX) || code.is(Subtype.OPEN))) score = 5;
        evidence.add(String.format(java.util.Locale.ROOT, "cultural opportunity (learned): probability %.2f%s",
                opportunity.probabilityOf("opportunity"), judged.culturalDimension() == null ? ""
                        : ", about " + judged.culturalDimension().label().replace('_', ' ')));
        evidence.add(String.format(java.util.Locale.ROOT, "cultural stance (learned): %s, probability %.2f; cultural humility %d/5",
                stance.label(), stance.probability(), score));
        String key = stance.label().equals("humble") ? "strong" : stance.label();
        // The example question fits what the opportunity is about, where the dimension head is sure of it:
        // a client who spoke of dropping out of uni is not asked about Ramadan.
        org.rapport.judgement.Prediction dimension = judged.culturalDimension();
        String fitting = dimension == null || dimension.probability() < DIMENSION_SURE_AT ? null
                : c.feedback(key + "_" + dimension.label());
        add(feedback, fitting != null ? fitting : c.feedback(key));
        return score;
    }

    /**
     * The dimension head's probability from which feedback's example question is the dimension's own. The head's
     * held-out macro-F1 is 0.68 over nine labels: below this the generic question is the safer example.
     */
    static final double DIMENSION_SURE_AT = 0.6;

    /** The cultural-humility level of a reply's stance: the criterion's anchors. */
    static int culturalScore(String stance) {
        return switch (stance) {
            case "humble" -> 4;
            case "acknowledges" -> 3;
            case "ignores", "assumes" -> 2;
            default -> 1; // stereotypes, imposes
        };
    }

    /**
     * A client line tests a boundary when the head gives "some boundary test" (one minus its "none") at
     * least this probability. Chosen by {@code train} on the held-out predictions of half of the authored
     * groups as the lowest false-alarm rate that still finds 91 % of tests (see docs/rubrics.md).
     */
    static final double LEARNED_BOUNDARY_AT = 0.94;

    /**
     * The kind the head sees when it sees a test: its likeliest kind, unless the client names that kind
     * only to rule it out ("I know I can't text you"); null when the head sees no test.
     */
    static BoundaryKind learnedBoundary(org.rapport.judgement.Prediction p, Set<BoundaryKind> ruledOut) {
        if (1 - p.probabilityOf("none") < LEARNED_BOUNDARY_AT) return null;
        BoundaryKind best = null;
        double bestP = -1;
        for (BoundaryKind k : BoundaryKind.values()) {
            double q = p.probabilityOf(k.id());
            if (q > bestP) {
                bestP = q;
                best = k;
            }
        }
        return ruledOut.contains(best) ? null : best;
    }

    /** Kinds the client names only to rule them out ("I know I can't text you"). */
    private Set<BoundaryKind> ruledOut(Utterance client) {
        Set<BoundaryKind> out = EnumSet.noneOf(BoundaryKind.class);
        cues.boundaryTests.forEach((kind, phrases) -> {
            if (phrases.matches(client.text()) && phrases.findAllAsserted(client.text()).isEmpty()) out.add(kind);
        });
        return out;
    }

    /** The boundary a client line tests, from cue phrases first and semantic closeness second; null when none. */
    BoundaryKind boundaryTest(Utterance client, float[] clientVector, ExemplarVectors ex) {
        if (client.isEmpty()) return null;
        // The most specific cue wins: "give you a hug" is a touch request, not a gift.
        BoundaryKind cued = null;
        int cueLength = 0;
        for (Map.Entry<BoundaryKind, org.rapport.nlp.PhraseList> e : cues.boundaryTests.entrySet()) {
            // "I can't text you" does not ask to.
            for (String cue : e.getValue().findAllAsserted(client.text())) {
                if (cue.length() > cueLength) {
                    cueLength = cue.length();
                    cued = e.getKey();
                }
            }
        }
        if (cued != null) return cued;
        // A kind the client names only to rule it out ("I know I can't text you") is not being tested.
        Set<BoundaryKind> ruledOut = EnumSet.noneOf(BoundaryKind.class);
        cues.boundaryTests.forEach((kind, phrases) -> {
            if (phrases.matches(client.text())) ruledOut.add(kind);
        });
        // Semantic closeness alone is trusted only when the client is speaking to the counsellor:
        // talk about friends' weekends or one's own kids resembles the exemplars in topic, not in act.
        String request = Utterance.normalise(requestPart(client.text()))
                .replaceAll("\\b(you know|thank you|you guys|y'all)\\b", " ");
        if (new Utterance(request).secondPersonCount() == 0) return null;
        double none = ex.similarity("boundary_tests", "none", clientVector);
        BoundaryKind best = null;
        double bestSim = rubric.boundaryDetection().similarity();
        for (BoundaryKind k : BoundaryKind.values()) {
            if (ruledOut.contains(k)) continue;
            double s = ex.similarity("boundary_tests", k.id(), clientVector);
            if (s > bestSim && s > none + rubric.boundaryDetection().margin()) {
                bestSim = s;
                best = k;
            }
        }
        return best;
    }

    private Integer boundaryReply(ReplyFeatures f, BoundaryKind kind, float[] v, ExemplarVectors ex,
            List<String> evidence, List<String> feedbackKeys, Map<String, org.rapport.judgement.Prediction> learned) {
        String text = f.reply.text();
        Map<String, String> found = new LinkedHashMap<>();
        for (String key : Lexicons.BOUNDARY_REPLY_KEYS) {
            // "I'm not going to give you my number" does not accept, "I don't think I can't" does not limit.
            String cue = key.equals("accepts") || key.equals("secrecy_promise")
                    ? cues.boundaryReply(key).findAsserted(text) : cues.boundaryReply(key).find(text);
            if (cue != null) found.put(key, cue);
        }
        boolean validates = found.containsKey("validates") || f.is("feeling") && f.reply.secondPersonCount() > 0;
        boolean limit = found.containsKey("limit");
        boolean reason = found.containsKey("reason");
        boolean alternative = found.containsKey("alternative");
        boolean explores = found.containsKey("explores") || !f.reply.questions().isEmpty();
        // "Sure" accepts only when it answers the request ("Sure, here's my number"), not inside "make sure".
        boolean accepts = found.containsKey("accepts") && (found.get("accepts").contains(" ")
                || opensASentence(f.reply, found.get("accepts")));
        if (found.containsKey("accepts") && !accepts) found.remove("accepts");
        // "...stays between us unless you're in danger" explains the limits; only an unqualified promise is secrecy.
        boolean secrecy = found.containsKey("secrecy_promise") && !limit;
        boolean cold = found.containsKey("cold");
        // Extended talk about oneself moves the session to the counsellor.
        boolean selfFocused = found.containsKey("self_disclosure") && f.reply.firstPersonCount() >= 4
                && f.reply.firstPersonCount() > 2 * f.reply.secondPersonCount();
        double semantic = ex.contrast("boundary_replies", "high", "low", v);
        if (!learned.isEmpty()) {
            // The reply-part heads decide each part; the cue phrases found stay as evidence.
            // A part that holds the frame is seen when the head or its cue phrase sees it; a part that breaks
            // the frame (and caps the score at 1 or 2) needs the head's word and either its cue or a sure head:
            // on held-out authored replies the harmful-part heads are the least precise (cold 0.71, secrecy 0.62 macro-F1).
            Map<String, Double> p1 = new LinkedHashMap<>();
            learned.forEach((k, p) -> p1.put(k, p.probabilityOf("1")));
            validates = validates || p1.getOrDefault("validates", 0.0) >= 0.5;
            limit = limit || p1.getOrDefault("limit", 0.0) >= 0.5;
            reason = reason || p1.getOrDefault("reason", 0.0) >= 0.5;
            alternative = alternative || p1.getOrDefault("alternative", 0.0) >= 0.5;
            explores = explores || p1.getOrDefault("explores", 0.0) >= 0.5;
            accepts = harmful(accepts, p1.get("accepts"));
            secrecy = harmful(secrecy, p1.get("secrecy_promise")) && !limit;
            selfFocused = harmful(selfFocused, p1.get("self_focused"));
            cold = harmful(cold, p1.get("cold"));
            List<String> seen = new ArrayList<>();
            learned.forEach((k, p) -> {
                if (p.probabilityOf("1") >= 0.5) seen.add(String.format(java.util.Locale.ROOT, "%s %.2f", k.replace('_', ' '), p.probabilityOf("1")));
            });
            evidence.add("boundary reply parts (learned): " + (seen.isEmpty() ? "none" : String.join(", ", seen)));
        }

        found.forEach((k, cue) -> evidence.add("boundary reply " + k.replace('_', ' ') + ": \"" + cue + "\""));
        // A small gift may be accepted with thought (ACA A.10.f); elsewhere accepting breaks the frame.
        boolean acceptable = kind == BoundaryKind.GIFT || kind == BoundaryKind.PERSONAL_INFORMATION;
        int score;
        if (secrecy) {
            score = 1;
            feedbackKeys.add("secrecy_promise");
        } else if (accepts && !limit && !acceptable) {
            score = 1;
            feedbackKeys.add("accepts");
        } else if (selfFocused) {
            score = 2;
            feedbackKeys.add("self_disclosure");
        } else if (cold && !validates) {
            score = limit ? 2 : 1;
            feedbackKeys.add("cold");
        } else {
            // With a small gift or a personal question, thoughtful acceptance that explores the meaning
            // holds the frame as well as a limit does.
            // Graciously accepting a small token is within the frame (ACA A.10.f); exploring it is better still.
            // A brief answer to a personal question that turns back to the client also keeps the focus theirs.
            boolean briefAndReturned = kind == BoundaryKind.PERSONAL_INFORMATION && explores && f.reply.wordCount() <= 30;
            boolean frameHeld = limit || (kind == BoundaryKind.GIFT && validates)
                    || (acceptable && validates && explores) || briefAndReturned;
            int parts = (validates ? 1 : 0) + (frameHeld ? 1 : 0) + (reason ? 1 : 0) + ((alternative || explores) ? 1 : 0);
            score = 1 + parts;
            if (!frameHeld) score = Math.min(score, 2);
            if (semantic > 0.06 && score < 5 && frameHeld) score++;
            if (semantic < -0.06 && score > 1) score--;
            if (cold) score = Math.min(score, 3);
            if (accepts && !acceptable) score = Math.min(score, 2);
            if (!validates) feedbackKeys.add("validate");
            if (!frameHeld) feedbackKeys.add("limit");
            if (!reason) feedbackKeys.add("reason");
            if (!alternative && !explores) feedbackKeys.add("alternative");
            if (score >= 4) feedbackKeys.add("strong");
        }
        feedbackKeys.add("kind_" + kind.id().replace('-', '_'));
        score = Math.max(1, Math.min(5, score));
        evidence.add("boundary setting " + score + "/5" + (semantic != 0 ? String.format(java.util.Locale.ROOT, " (closer to %s exemplars)", semantic >= 0 ? "well-held" : "poorly held") : ""));
        return score;
    }

    private static boolean harmful(boolean cue, Double head) {
        if (head == null) return cue;
        return head >= 0.5 && (cue || head >= 0.85);
    }

    private static boolean opensASentence(Utterance reply, String word) {
        for (String s : reply.sentences()) {
            if (Utterance.normalise(s).startsWith(word)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ criterion scores

    /** A feeling word, or an experience named as felt ("you feel judged", "left out"): what a reflection of feeling names. */
    private boolean namesFeeling(ReplyFeatures f) {
        return f.is("feeling") || cues.feltExperiences.matches(f.reply.text());
    }

    /** On a boundary turn, acknowledging the feeling or intent behind the request is empathy too. */
    private boolean boundaryValidates(ReplyFeatures f, BoundaryKind boundary) {
        return boundary != null && cues.boundaryReply("validates").matches(f.reply.text());
    }

    private Integer empathyScore(Criterion c, ReplyFeatures f, BehaviorCode code, EmpathyMechanisms m,
            Set<Roadblock> roadblocks, boolean validatesRequest, boolean repair, List<String> feedback) {
        double points = m.emotionalReactions() * 0.75 + m.interpretations() + m.explorations() * 0.75;
        if (validatesRequest) points += 1;
        // Owning one's part in a rupture shows the client their experience of the session was heard.
        if (repair) points += 2.5;
        if (code.is(Subtype.COMPLEX)) points += 1;
        else if (code.is(Subtype.SIMPLE)) points += 0.5;
        if (f.is("new_feeling") && code.behavior() == Behavior.REFLECTION) points += 0.5;
        // Level 1 is for replies that dismiss or judge; a neutral reply without any roadblock is a 2.
        int score = Math.max(2, 1 + (int) Math.round(Math.min(4, points)));
        int penalty = 0;
        for (Roadblock r : roadblocks) {
            penalty = Math.max(penalty, switch (r) {
                // Reassurance tells the client the feeling is not needed: as dismissive as judging.
                case JUDGING, MORALISING, NAME_CALLING, WITHDRAWING, REASSURING -> 2;
                case ORDERING, WARNING, ADVISING, PERSUADING, ANALYSING -> 1;
                default -> 0;
            });
        }
        score = Math.max(1, Math.min(5, score - penalty));
        if (score >= 4) add(feedback, c.feedback("strong"));
        else if (m.interpretations() == 1 && (cues.interpretWeak.matches(f.reply.text()) || emptyValidation(f.reply.text()) != null)) add(feedback, c.feedback("only_claims"));
        else if (!namesFeeling(f) && !validatesRequest) add(feedback, c.feedback("no_feeling"));
        if (score < 4 && m.explorations() == 0 && code.behavior() != Behavior.REFLECTION) add(feedback, c.feedback("explore"));
        if (roadblocks.contains(Roadblock.REASSURING)) add(feedback, c.feedback("reassuring"));
        if (repair) add(feedback, c.feedback("repair"));
        return score;
    }

    private static boolean askedPermission(ReplyFeatures f) {
        return f.is("permission") || OFFER_WITH_PERMISSION.matcher(f.reply.text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')).find();
    }

    private Integer listeningScore(Criterion c, ReplyFeatures f, BehaviorCode code, Set<Roadblock> roadblocks,
            BoundaryKind boundary, Integer boundaryScore, boolean repair, boolean riskEnquiry, boolean spokenAbout, List<String> feedback) {
        boolean tracks = f.get("client_echo") > 0.3 || f.get("client_overlap") >= 0.25 || f.get("client_similarity") >= 0.3
                || f.is("no_client_line");
        int score = switch (code.behavior()) {
            case REFLECTION -> code.is(Subtype.COMPLEX) ? 5 : 4;
            case QUESTION -> code.is(Subtype.OPEN) ? (tracks ? 4 : 3) : (tracks ? 3 : 2);
            // asking before sharing, after saying back what the client said, is MI's elicit-provide-elicit at its best
            case INPUT -> code.is(Subtype.NEGOTIATION) && tracks && f.reply.sentences().size() > 1 && askedPermission(f) ? 4
                    : code.is(Subtype.ADVICE) ? 2 : 3;
            case OTHER -> f.is("acknowledgement") || f.is("affirmation") ? 3 : 2;
        };
        // A "reflection" that picks up nothing the client said is not yet listening.
        if (code.behavior() == Behavior.REFLECTION && !tracks) score = 3;
        for (Roadblock r : roadblocks) {
            if (r != Roadblock.PRAISING) score--;
        }
        // Stating a limit is information by form; on a boundary turn a well-held limit is attentive.
        if (boundaryScore != null && boundaryScore >= 4) score = Math.max(score, 4);
        // Immediacy attends to the relationship itself: the client's experience of not being heard.
        if (repair && roadblocks.isEmpty()) score = Math.max(score, 4);
        // A plain, closed question about suicide is good practice, never "try an open question".
        if (riskEnquiry && roadblocks.isEmpty()) score = Math.max(score, 4);
        // Speaking about the client to an interpreter leaves the client out, however well the question is put.
        if (spokenAbout) score = Math.min(score, 3);
        score = Math.max(1, Math.min(5, score));
        if (spokenAbout) add(feedback, c.feedback("spoken_about"));
        if (boundary != null) {
            for (Roadblock r : roadblocks) add(feedback, c.feedback(r.json()));
            return score; // the boundary criterion's feedback speaks to this turn
        }
        if (riskEnquiry) {
            add(feedback, c.feedback("risk_question"));
            for (Roadblock r : roadblocks) add(feedback, c.feedback(r.json()));
            return score;
        }
        String key = switch (code.behavior()) {
            case REFLECTION -> code.is(Subtype.COMPLEX) ? "complex_reflection" : "simple_reflection";
            case QUESTION -> code.is(Subtype.OPEN) ? "open_question" : "closed_question";
            case INPUT -> code.is(Subtype.ADVICE) ? "advice" : "input";
            case OTHER -> "other";
        };
        add(feedback, c.feedback(repair ? "repair" : key));
        for (Roadblock r : roadblocks) add(feedback, c.feedback(r.json()));
        if (!tracks && code.behavior() != Behavior.OTHER) add(feedback, c.feedback("no_tracking"));
        return score;
    }

    // ------------------------------------------------------------------ small things

    /**
     * The end of a client line, where a request to the counsellor sits ("...anyway, could I text you?"):
     * only this part is compared with boundary exemplars, which also keeps long posts cheap to embed.
     */
    static String requestPart(String clientLine) {
        List<String> sentences = new Utterance(clientLine).sentences();
        if (sentences.isEmpty()) return "";
        String tail = String.join(" ", sentences.subList(Math.max(0, sentences.size() - 2), sentences.size()));
        String[] words = tail.split("\\s+");
        return words.length <= 40 ? tail : String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 40, words.length));
    }

    private static void add(List<String> feedback, String text) {
        if (text != null && !feedback.contains(text)) feedback.add(text.strip());
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    private static List<String> limit(Set<String> s, int n) {
        return s.stream().limit(n).toList();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    /** Exemplar vectors by group and label, computed once per engine. */
    static final class ExemplarVectors {
        private final Map<String, Map<String, List<float[]>>> groups = new LinkedHashMap<>();

        ExemplarVectors(Exemplars exemplars, SentenceEmbeddings model) {
            put("behavior", exemplars.behavior(), model);
            put("empathy", exemplars.empathy(), model);
            put("boundary_tests", exemplars.boundaryTests(), model);
            put("boundary_replies", exemplars.boundaryReplies(), model);
        }

        private void put(String group, Map<String, List<String>> byLabel, SentenceEmbeddings model) {
            Map<String, List<float[]>> vectors = new LinkedHashMap<>();
            byLabel.forEach((label, texts) -> vectors.put(label, texts.isEmpty() ? List.of() : model.embedCached(texts)));
            groups.put(group, vectors);
        }

        /** Mean of the two highest similarities to a label's exemplars; -1 when it has none. */
        double similarity(String group, String label, float[] v) {
            List<float[]> vs = groups.getOrDefault(group, Map.of()).getOrDefault(label, List.of());
            if (vs.isEmpty()) return -1;
            double first = -1, second = -1;
            for (float[] e : vs) {
                double s = SentenceEmbeddings.cosine(v, e);
                if (s > first) {
                    second = first;
                    first = s;
                } else if (s > second) {
                    second = s;
                }
            }
            return second < -0.5 ? first : (first + second) / 2;
        }

        /** How much closer to one label than to another (0 when either has no exemplars). */
        double contrast(String group, String label, String against, float[] v) {
            double a = similarity(group, label, v), b = similarity(group, against, v);
            return a < -0.5 || b < -0.5 ? 0 : a - b;
        }
    }
}
