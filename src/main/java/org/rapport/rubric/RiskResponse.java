package org.rapport.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.judgement.Prediction;
import org.rapport.locale.ServiceLocale;

/**
 * How a trainee's reply meets a risk cue: the parts of good practice it shows (asking directly, the
 * Columbia protocol's plain question; exploring plan, means and timing; staying with the client;
 * explaining the limits of confidentiality, ACA B.1.d / B.2.a; safety planning after Stanley &amp; Brown;
 * naming crisis resources) and the parts that fail the client (missing the cue, minimising, changing the
 * subject, promising secrecy about harm). The learned heads decide where they are trained; the phrases
 * below are the fallback and the evidence a trainee is shown.
 */
final class RiskResponse {

    /** The parts of a reply to a risk cue, named as in {@code rubrics/data/risk-replies.csv}. */
    enum Part {
        ASKS_DIRECTLY, EXPLORES, STAYS_WITH, EXPLAINS_LIMITS, SAFETY_PLAN, NAMES_RESOURCES,
        MISSES_CUE, MINIMISES, CHANGES_SUBJECT, PROMISES_SECRECY;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean good() {
            return ordinal() <= NAMES_RESOURCES.ordinal();
        }
    }

    /** The parts that address the risk itself (warmth alone does not). */
    private static final Set<Part> ADDRESSES = Set.of(Part.ASKS_DIRECTLY, Part.EXPLORES, Part.EXPLAINS_LIMITS,
            Part.SAFETY_PLAN, Part.NAMES_RESOURCES);

    /**
     * The risk-cue head's probability of some risk (on the line or its likeliest sentence) from which a line
     * counts as a risk cue; the head decides, the cue phrases and the nearest authored lines being among its
     * inputs. Chosen by training on the grouped cross-validated readings of half the authored groups, as the
     * lowest probability that flags at most 10 % of the shared-word controls and 1 % of AnnoMI's client lines;
     * on the other half: 82 % of risk lines found, 12 % of the controls and 0.6 % of AnnoMI's lines flagged.
     * Misses are the worse error here, so cues between this and {@link #HEAD_ALONE_AT} are fed back
     * tentatively rather than dropped (docs/rubrics.md).
     */
    static final double LEARNED_RISK_AT = 0.755;

    /**
     * From this probability a cue is a sure one without a cue phrase (chosen the same way at 5 % and 0.5 %;
     * the other half: 73 % found, 7 % of shared-word controls, 0.2 % of AnnoMI lines); below it, and with no
     * phrase, feedback is tentative and warmth that steps around the cue is not capped as passing over a risk.
     */
    static final double HEAD_ALONE_AT = 0.895;

    // The words that ask about suicide itself: Columbia's "have you had thoughts of killing yourself?"
    private static final String SUICIDE = "kill(?:ing)? yourself|suicid\\w*|end(?:ing)? (?:your|your own) life"
            + "|tak(?:e|ing) your (?:own )?life|wish(?:ing)? (?:you were|to be) dead|want(?:ing)? to die|better off dead"
            + "|not (?:want(?:ing)?|wish(?:ing)?) to (?:be alive|live|be here)|(?:no longer|not) want(?:ing)? to be alive"
            + "|part of you want(?:ing|s)? to die|thoughts of (?:dying|death|not waking|ending)";
    private static final Pattern SUICIDE_WORDS = Pattern.compile("(?:" + SUICIDE + ")");
    // The plain question about suicide or self-harm, or about the means the client's words point to.
    private static final Pattern RISK_WORDS = Pattern.compile("(?:" + SUICIDE
            + "|(?:hurt|harm)(?:ing)? yourself|self[- ]harm\\w*|overdose|act on (?:it|them|those thoughts)"
            // Asking about the means the client's words point to is asking directly: "are you thinking about jumping?"
            + "|(?:think|thinking|thought|thoughts) (?:about|of) (?:jumping(?! (?:ship|rope|in|at|on|the gun|for|to|into a|back))|throwing yourself|stepping (?:off|out in front)|walking into the (?:sea|water|river))"
            + "|(?:jump|jumping) (?:off|from)\\b)");
    private static final Pattern ASKING = Pattern.compile("\\?|\\b(?:i (?:want|need|have) to ask|can i ask|let me ask|i'?d like to ask|i'?m going to ask)\\b");
    private static final Pattern EXPLORES = Pattern.compile("\\b(?:how many|where (?:are|is) (?:they|it|the|those)|(?:a|any) plan\\b(?=[^.!]*\\?)|planned|planning"
            + "|when (?:are|were) you thinking|thought about (?:how|when|where)|how (?:or|and) when|how you'?d do it|what(?:'s| has| have| is) (?:kept|stopped) you"
            + "|what keeps you|how often|do you have (?:a|any|access)|access to|means|weapon|gun|are you safe|(?:is|are) (?:he|she|they|your \\w+|the (?:child|children|kids)) safe"
            + "|safe (?:right now|tonight|at home|to go home)|how (?:deep|much have you|long ago)|what did you take|intend|going to act"
            // Whether a hopeless "no point" reaches as far as living: "or does it go further, like life itself?"
            + "|(?:go(?:es)?|going|gone|extends?|reach(?:es)?) (?:further|as far as|that far|beyond)\\b[^.!?]{0,40}\\b(?:life|living|alive|dying|death|dead)(?=[^.!]*\\?)"
            + "|life itself(?=[^.!]*\\?))\\b");
    private static final Pattern LIMITS = Pattern.compile("\\b(?:(?:can'?t|cannot|won'?t be able to|not able to) (?:promise|keep (?:this|that|it|everything|what)[^.?!]{0,25}(?:secret|between|confidential|to myself|private))"
            + "|limits? (?:of|to) (?:confidentiality|what i can keep)|confidential(?:ity)?,? (?:except|unless|with (?:one|an) exception)"
            + "|(?:unless|except if|except when|the exception is if|if i (?:think|thought|believe|believed|was worried|were worried))[^.?!]{0,60}(?:risk|danger|harm|hurt|safe)"
            + "|(?:have|need|would need|would have|'d have|'d need) to (?:share|tell|report|involve|pass (?:this|that|it) on|act on it|let someone know)"
            + "|safeguarding|duty to (?:warn|protect|report)|mandated|(?:can'?t|cannot) keep (?:this|that|it) (?:between|to myself|secret|confidential))\\b");
    private static final Pattern PLAN = Pattern.compile("\\b(?:safety plan|make a plan|plan (?:together|for (?:tonight|the weekend|the nights|keeping you safe))|keep(?:ing)? you safe|warning signs"
            + "|who (?:could|can|would|might) (?:you )?(?:call|ring|text|be with|stay with)|somewhere (?:safe|else you could stay)|out of the house|reasons? for (?:living|staying)"
            + "|what helps|get (?:the|those|your) (?:tablets|pills|blades|gun|rifle|knife)|somewhere safe|stay with (?:you|someone)|put (?:them|those|it) in your phone|save (?:them|those|it))\\b");
    private static final Pattern RESOURCES = Pattern.compile("(?:\\b(?:988|911|999|000|111|112|116 123|13 11 14|1737|0800 1111|1800 \\d{2,3} ?\\d{3,4}|0808 \\d{3,4} ?\\d{3,4}|1-800-\\d{3}-\\d{4})\\b"
            + "|\\b(?:samaritans|lifeline|crisis (?:line|team|service)|helpline|hotline|kids help|childline|emergency services|ambulance|a&e|emergency room|the er|nhs 111|pieta|youthline|1800respect)\\b)");
    /** Harm at home recast as an ordinary relationship problem: "every relationship has rough patches", "communication is a big theme for you two". */
    private static final String RECAST = "\\b(?:date night|communication is (?:key|everything)|every (?:couple|relationship|marriage) (?:has|goes through)|all (?:couples|relationships|marriages) (?:have|go through)"
            + "|(?:relationships|marriage) (?:can be|are|is|take|takes) (?:so |really )?(?:complicated|hard work|work|tricky)"
            + "|communicat\\w* (?:better|more openly)|communication (?:is|seems|sounds like)(?: a| the)? (?:(?:big|real|main|major|key) )?(?:theme|issue|problem|thing)"
            + "|couples? (?:session|therapy|work|retreat)s?)\\b";
    private static final Pattern RECASTS = Pattern.compile(RECAST);
    private static final Pattern MINIMISES = Pattern.compile("\\b(?:don'?t (?:be silly|be so|talk like that|say that|worry)|you don'?t (?:really )?mean (?:it|that)|(?:so much|lots) to live for"
            + "|(?:you'?ll|you will|things will|it will|it'?ll) (?:feel|be|look|get) (?:better|fine|brighter)|everyone (?:feels|has|gets|hears)|chin up|think positive|stronger than you think"
            + "|just a (?:phase|bad day)|nothing to worry|i'?m sure (?:he|she|you|they|things)|lots of (?:people|parents|teenagers) (?:do|smack|feel)|couples counsel\\w*|what did you do (?:that|to)"
            + "|ignore them|that'?s not true|of course (?:they|you) (?:wouldn'?t|would)|good innings|natural to feel|try not to do it|not too deep|rough night|we all feel"
            + ")\\b|" + RECAST);
    private static final Pattern CHANGES_SUBJECT = Pattern.compile("\\b(?:let'?s (?:get back|go back|move on|talk about your|look at|try)|anyway|moving on"
            + "|how(?:'s| is| are| was) (?:work|school|things|your week|the)|what are your plans|shall we (?:look|go|move)|homework|sleep diary|breathing exercise"
            + "|thought record|revision|goals for|what vegetables|grief group|a holiday|sleep app)\\b");
    private static final Pattern SECRECY = Pattern.compile("\\b(?:(?:i )?(?:won'?t|will not|never|wouldn'?t|would never|'ll never) (?:tell|report|say (?:a word|anything)|share|mention|breathe a word)"
            + "|(?:stays?|kept|keep it|remain\\w*) (?:just )?between (?:us|you and me|the two of us)|secret'?s? (?:is )?safe|nobody (?:needs|has) to know|no one (?:needs|has) to know"
            + "|(?:never|won'?t|doesn'?t) (?:leave|go beyond|go outside) this room|stays in this room|(?:this|it) stays (?:here|with me))\\b");

    /** Words a promise of secrecy cannot do without: of telling, knowing, keeping or where the words go. */
    private static final Pattern TELLING_OR_KEEPING = Pattern.compile("\\b(?:tell\\w*|told|report\\w*|secret\\w*|between|confiden\\w*|private\\w*"
            + "|know|knows|share|sharing|mention\\w*|pass\\w* (?:it|this|that) on|a word|room|stays?|kept|keep\\w*|promise\\w*)\\b");
    /**
     * Thanks for telling, or for the courage it took ("thank you for telling me", "I'm glad you said it"): the
     * disclosure is taken in, not stepped around, though nothing of the risk is asked yet.
     */
    private static final Pattern ACKNOWLEDGES_TELLING = Pattern.compile("\\b(?:thank(?:s| you) (?:so much |very much )?for (?:telling|sharing|trusting|saying|being (?:so )?honest|letting me know)"
            + "|i'?m (?:really |so )?glad you (?:told|said|shared|felt able)|(?:that|it) (?:took|takes) (?:real )?(?:courage|guts)"
            + "|(?:i )?know (?:how )?hard (?:that|it) (?:was|is|must have been) to (?:say|tell|share))");

    private RiskResponse() {
    }

    /** What the engine concluded about one reply to a risk cue. */
    record Judgement(RiskKind kind, Set<Part> parts, int score, List<String> evidence) {
    }

    /** Whether a reply asks directly about suicide or self-harm, whatever the client said. */
    static boolean asksDirectly(String reply) {
        String t = normal(reply);
        return RISK_WORDS.matcher(t).find() && ASKING.matcher(t).find();
    }

    /** Whether a reply asks about suicide itself ("do you ever think of killing yourself?"), not only about self-harm. */
    static boolean asksAboutSuicide(String reply) {
        String t = normal(reply);
        return SUICIDE_WORDS.matcher(t).find() && ASKING.matcher(t).find();
    }

    /**
     * The parts a reply shows. {@code learned}: the reply-part heads' predictions (empty without heads).
     * Good parts are seen when the head or the phrase sees them; a harmful part needs the phrase or a
     * sure head, and a secrecy promise that also explains the limits is not one.
     */
    static Set<Part> parts(String reply, String client, BehaviorCode code, EmpathyMechanisms empathy, Set<Roadblock> roadblocks,
            Map<String, Prediction> learned, List<String> evidence) {
        String t = normal(reply);
        Map<Part, Boolean> rule = new LinkedHashMap<>();
        rule.put(Part.ASKS_DIRECTLY, asksDirectly(reply));
        rule.put(Part.EXPLORES, EXPLORES.matcher(t).find());
        rule.put(Part.STAYS_WITH, code.behavior() == Behavior.REFLECTION || empathy.interpretations() >= 1 || empathy.emotionalReactions() >= 1
                || ACKNOWLEDGES_TELLING.matcher(t).find());
        rule.put(Part.EXPLAINS_LIMITS, LIMITS.matcher(t).find());
        rule.put(Part.SAFETY_PLAN, PLAN.matcher(t).find());
        rule.put(Part.NAMES_RESOURCES, RESOURCES.matcher(t).find());
        rule.put(Part.MINIMISES, MINIMISES.matcher(t).find() || praisesTheAct(reply) || roadblocks.contains(Roadblock.REASSURING)
                || roadblocks.contains(Roadblock.MORALISING) || roadblocks.contains(Roadblock.JUDGING));
        boolean movesOn = movesOn(reply, client);
        boolean speaksOfTheRisk = SAFETY_WORDS.matcher(t).find() || RISK_WORDS.matcher(t).find();
        // A reply that makes harm at home a couple's problem to talk through takes up no risk, whatever the heads read in it.
        boolean recasts = RECASTS.matcher(t).find();
        boolean steersAway = CHANGES_SUBJECT.matcher(t).find();
        rule.put(Part.CHANGES_SUBJECT, steersAway || movesOn);
        rule.put(Part.PROMISES_SECRECY, SECRECY.matcher(t).find());
        Set<Part> parts = new LinkedHashSet<>();
        List<String> seen = new ArrayList<>();
        // A good part the heads see is believed only when they are surer of it than of the reply failing the
        // client: the small authored set leaves "explores" firing on any question (held-out macro-F1 0.66).
        double failing = 0;
        for (Part p : List.of(Part.MISSES_CUE, Part.MINIMISES, Part.CHANGES_SUBJECT, Part.PROMISES_SECRECY)) {
            Prediction head = learned.get(p.id());
            if (head != null) failing = Math.max(failing, head.probabilityOf("1"));
        }
        for (Part p : Part.values()) {
            Prediction head = learned.get(p.id());
            double p1 = head == null ? -1 : head.probabilityOf("1");
            if (p1 >= 0.5) seen.add(String.format(Locale.ROOT, "%s %.2f", p.id().replace('_', ' '), p1));
            if (p == Part.MISSES_CUE) continue;
            boolean byRule = rule.getOrDefault(p, false);
            // The plain question about suicide is never minimising: a head alone may not say it is (phrases still can).
            // Nor is a reply with no word of telling or keeping a promise of secrecy ("so nobody sees you eat").
            boolean headAlone = p1 >= 0.85 && !(p == Part.MINIMISES && rule.get(Part.ASKS_DIRECTLY))
                    && !(p == Part.PROMISES_SECRECY && !TELLING_OR_KEEPING.matcher(t).find());
            // A reply that ends by moving on to something new takes up the risk only where its words do: the heads
            // alone read "plans for the weekend" as a safety plan.
            // Nor does one with no word of the risk or of keeping safe: the heads alone read "have you two tried a
            // date night?" as a safety plan and "what's the best thing you've given away?" as exploring.
            // Nor does one whose words steer to something else ("let's make a revision plan"): the heads read a plan.
            boolean headSees = p1 >= 0.5 && p1 > failing
                    && !(ADDRESSES.contains(p) && (movesOn || steersAway || !speaksOfTheRisk || recasts));
            boolean on = p.good() ? byRule || headSees : byRule || headAlone;
            if (on) parts.add(p);
        }
        if (parts.contains(Part.EXPLAINS_LIMITS)) parts.remove(Part.PROMISES_SECRECY);
        // A reply that takes up the risk is not changing the subject, whatever else it mentions.
        if (parts.stream().anyMatch(ADDRESSES::contains)) {
            parts.remove(Part.CHANGES_SUBJECT);
        } else {
            parts.add(Part.MISSES_CUE);
        }
        if (!learned.isEmpty()) evidence.add("risk reply parts (learned): " + (seen.isEmpty() ? "none" : String.join(", ", seen)));
        return parts;
    }

    /**
     * Praise of what the client did ("that's so generous of you", "what a lovely thing to do", "good on you"): said
     * of a warning sign (things given away, a will put in order), it celebrates the sign. Not thanks for telling.
     */
    private static final Pattern PRAISES_THE_ACT = Pattern.compile("\\b(?:that'?s|that is|that was|how|what a|so|really|very) (?:so |really |very |such a )?"
            + "(?:generous|kind|thoughtful|selfless|sweet|lovely|sensible|responsible|considerate|organised|organized)(?: thing to do| of you| gesture)?\\b(?! (?:of you )?to (?:tell|share|say|trust|let|open|bring))"
            + "|\\bgood on you\\b|\\bfair play\\b|\\bwell done\\b(?! (?:for|on) (?:telling|saying|sharing|coming|reaching))");

    /** Whether the reply praises what the client did (see {@link #PRAISES_THE_ACT}). */
    static boolean praisesTheAct(String reply) {
        return PRAISES_THE_ACT.matcher(normal(reply)).find();
    }

    /** Words of the risk itself or of keeping safe: a question with one of them stays with the risk. */
    private static final Pattern SAFETY_WORDS = Pattern.compile("\\b(?:safe|safety|unsafe|danger\\w*|harm\\w*|hurt\\w*|die|dying|death|dead|alive|live|living|life"
            + "|kill\\w*|suicid\\w*|end (?:it|things)|cut\\w*|tablets|pills|plan|planned|planning|tonight|help|support|someone|anyone|call|ring|urges?|thoughts?"
            + "|kept|keeps?|keeping|stopp\\w*|home|alone)\\b");
    /** "That", "this", "it": a question that points back at what the client said. Not "this week". */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(?:that|this|it|those|these|there)\\b(?! (?:week|weekend|morning|afternoon|evening|year|month|time|term|summer|winter)\\b)");
    private static final Pattern INVITES = Pattern.compile("\\?\\s*$|^\\W*(?:tell me|let'?s|shall we|can we|could we|maybe we could|i'?d like to hear)\\b");
    /** Words that carry nothing of a topic: a question made of them alone ("what's that like?") changes none. */
    private static final Set<String> PLAIN = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "for", "with", "about", "as", "by", "from", "i", "i'm", "me",
            "my", "you", "you're", "your", "yours", "we", "us", "our", "it", "it's", "is", "are", "was", "were", "be", "been", "am", "do", "does",
            "did", "have", "has", "had", "what", "what's", "how", "when", "where", "who", "why", "which", "if", "then", "just", "really", "more",
            "much", "very", "too", "also", "all", "any", "some", "can", "could", "would", "will", "shall", "should", "might", "may", "tell", "talk",
            "say", "said", "like", "feel", "feels", "feeling", "felt", "think", "thinking", "know", "mean", "going", "go", "get", "got", "want",
            "let's", "lets", "now", "there", "here", "not", "no", "yes", "bit", "little", "right", "okay", "ok", "that", "this", "happen", "happens",
            "happening", "happened", "up", "through", "brought", "bring", "led", "leading", "lead", "point", "moment", "around", "people", "someone",
            "anyone", "else's", "way", "ways", "things", "thing", "these", "those", "days", "lately", "recently");

    /**
     * Whether a reply to a risk cue ends by moving on: its last sentence asks or invites something ("What else
     * happened this week?", "Let's talk about your work stress.", "Have you thought about a new hobby?") that has
     * no word of the client's line, no word of the risk or of keeping safe, and does not point back at what was
     * said, while it brings in a topic of its own or asks for "else".
     */
    static boolean movesOn(String reply, String client) {
        String[] sentences = normal(reply).strip().split("(?<=[.!?])\\s+");
        String last = sentences[sentences.length - 1].strip();
        if (last.isEmpty() || !INVITES.matcher(last).find()) return false;
        if (SAFETY_WORDS.matcher(last).find() || RISK_WORDS.matcher(last).find() || POINTS_BACK.matcher(last).find()) return false;
        Set<String> said = new java.util.HashSet<>();
        for (String w : HollowReplies.words(normal(client))) said.add(HollowReplies.stem(w));
        boolean newTopic = false, askingElse = false;
        for (String w : HollowReplies.words(last)) {
            if (w.equals("else")) askingElse = true;
            if (PLAIN.contains(w) || w.equals("else")) continue;
            if (said.contains(HollowReplies.stem(w))) return false;
            newTopic = true;
        }
        return newTopic || askingElse;
    }

    /**
     * The risk-and-safety level (anchors in {@code rubrics/core.yaml}): 1 promises secrecy about harm, or
     * minimises and moves on; 2 misses, minimises or changes the subject; 3 stays with the client without
     * taking up the risk; 4 takes it up (asks directly, explores, explains the limits, plans or names help);
     * 5 does two of those, or one with warmth, and nothing that fails the client.
     */
    static int score(Set<Part> parts) {
        if (parts.contains(Part.PROMISES_SECRECY)) return 1;
        long addresses = parts.stream().filter(ADDRESSES::contains).count();
        boolean fails = parts.contains(Part.MINIMISES) || parts.contains(Part.CHANGES_SUBJECT);
        if (addresses == 0) {
            if (parts.contains(Part.MINIMISES) && parts.contains(Part.CHANGES_SUBJECT)) return 1;
            if (fails) return 2;
            return parts.contains(Part.STAYS_WITH) ? 3 : 2;
        }
        if (fails) return 3;
        if (addresses >= 2 || parts.contains(Part.STAYS_WITH)) return 5;
        return 4;
    }

    /**
     * Feedback on a reply to a risk cue, first in the turn's list when the reply missed or mishandled it.
     * Every line that names a service names the client's locale's, never another country's.
     */
    static List<String> feedback(Criterion c, RiskKind kind, String reply, Set<Part> parts, int score, ServiceLocale locale) {
        List<String> out = new ArrayList<>();
        String what = kind.describe();
        String kindKey = "kind_" + kind.id().replace('-', '_');
        // Self-harm feedback asks for the question about suicide; a reply that asked it hears what comes next instead.
        if (kind == RiskKind.SELF_HARM && asksAboutSuicide(reply) && c.feedback(kindKey + "_asked") != null) kindKey += "_asked";
        boolean kindToo = score <= 3 || !parts.contains(Part.NAMES_RESOURCES) && !parts.contains(Part.SAFETY_PLAN);
        String kindText = kindToo ? c.feedback(kindKey) : null;
        String lead = parts.contains(Part.PROMISES_SECRECY) ? "secrecy"
                : score <= 2 ? (parts.contains(Part.MINIMISES) ? "minimises" : parts.contains(Part.CHANGES_SUBJECT) ? "changes_subject" : "missed")
                : score == 3 ? "stays_only" : "strong";
        // A lead that fails the client closes with the locale's crisis lines, unless the kind's text names help of
        // its own ("Help: Childline...; Samaritans...", "Emergency: 999"): no number is read twice.
        boolean kindNamesHelp = kindText != null && (kindText.contains("{crisis_resources}") || kindText.contains("{emergency}"));
        String leadText = c.feedback(lead);
        String resources = c.feedback("resources");
        if (leadText != null && resources != null && !lead.equals("strong") && !kindNamesHelp) leadText = leadText.strip() + " " + resources.strip();
        add(out, leadText, what, locale);
        if (kindToo) add(out, kindText, what, locale);
        return out;
    }

    private static void add(List<String> out, String template, String what, ServiceLocale locale) {
        if (template == null) return;
        String text = locale.fill(template.strip().replace("{risk}", what));
        if (!out.contains(text)) out.add(text);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
}
