package org.rapport.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.TurnScore;

/**
 * Candidate "one way to say it" replies built without a language model, from the client's own words
 * (their feeling and the clause that carries it), the scenario's hint and the rubric's rewrite
 * templates. The engine then scores every candidate; see {@link TeachingEngine}.
 */
final class RewriteTemplates {

    /** How many template replies the engine scores per turn (each costs an engine judgement). */
    static final int MAX_CANDIDATES = 2;
    /** The longest clause {words} quotes. */
    static final int QUOTED_WORDS = 10;

    private RewriteTemplates() {
    }

    /** Candidates for a reply whose feedback addresses {@code criterion}, in the rubric's template order. */
    static List<String> candidates(FeedbackGuide guide, ClientWords client, BoundaryKind boundary, String criterion) {
        return filledTemplates(guide, client, boundary, criterion, false);
    }

    /** Every template of the addressed kind that fits this client line, filled (the candidates are a few of them). */
    static List<String> filledTemplates(FeedbackGuide guide, ClientWords client, BoundaryKind boundary, String criterion, boolean every) {
        if (client.content() == null) return List.of();
        Map<String, String> values = values(client);
        // a clause that already says the feeling ("you're scared you'll mess it up") is not told it again
        boolean said = client.feeling() != null && client.content().toLowerCase(java.util.Locale.ROOT).contains(client.feeling().toLowerCase(java.util.Locale.ROOT))
                || client.feelingForm() != null && client.content().toLowerCase(java.util.Locale.ROOT).contains(client.feelingForm());
        if (client.feelingForm() != null && !said) values.put("feeling", client.feelingForm());
        if (values.containsKey("feeling")) mood(values);
        values.put("topic", client.topic() == null ? "that" : client.topic());
        FeedbackGuide.Rewrites r = guide.rewrites();
        if (boundary != null && TurnScore.BOUNDARY_SETTING.equals(criterion)) return boundary(r, boundary, values);
        return templates(r, criterion, values, client, every);
    }

    // "You sound {mood}" and "how {mood} you feel" take one word: "You sound like a failure" says something else
    private static void mood(Map<String, String> values) {
        String feeling = values.get("feeling");
        if (!feeling.contains(" ")) values.put("mood", feeling);
    }

    /**
     * The client judging themself ("I know it's stupid", "I'm so pathetic", "it's my fault"), turned round: the
     * group before the judgement, the judgement itself.
     */
    private static final java.util.regex.Pattern SELF_JUDGEMENT = java.util.regex.Pattern.compile(
            "^(?:you (?:know|think|guess|feel like) (?:that )?)?((?:you're|you are|you were|you've been|it's|it is|it was|this is|that's|that is)\\b"
                    + ".*\\b(?:stupid|pathetic|an idiot|idiot|useless|worthless|a failure|weak|ridiculous|silly|dumb|a mess|selfish|lazy"
                    + "|a burden|your (?:own )?fault)\\b.*)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * What a reflection says back of the client's words: a self-judgement as the client's own voice ("you're
     * telling yourself it's stupid"), since "It sounds like you know it's stupid" would agree with it.
     */
    static String reflected(String content) {
        java.util.regex.Matcher m = SELF_JUDGEMENT.matcher(content);
        return m.matches() ? "you're telling yourself " + m.group(1) : content;
    }

    /** The client's words under each placeholder whose frame their shape fits. */
    private static Map<String, String> values(ClientWords client) {
        Map<String, String> values = new HashMap<>();
        // Each placeholder takes only the shape of words its frame fits: {content} a clause or a noun phrase
        // ("It sounds like ..."), {clause} a clause ("So ..., and ..."), {state} how the client is ("You feel ...").
        WordsShape shape = WordsShape.of(client.content());
        String content = reflected(client.content());
        if (shape == WordsShape.CLAUSE || shape == WordsShape.NOUN_PHRASE) {
            values.put("content", content);
            values.put("Content", capitalised(content));
        }
        if (shape == WordsShape.CLAUSE) {
            values.put("clause", content);
            values.put("Clause", capitalised(content));
        }
        // "Disgusting, I know" says how a thing is, not how the client is: "You feel disgusting" would turn it on them
        if (shape == WordsShape.FEELING && !client.content().split("[\\s,]+")[0].toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
            values.put("state", client.content());
        }
        // the client's words as they said them, quoted: any shape, when short enough to quote
        // a word or two ("Scary") said back in quotes ("When you say 'Scary', ...") reads as mimicry: three words at least
        if (client.clause() != null && client.clause().split("\\s+").length <= QUOTED_WORDS && client.clause().split("\\s+").length >= 3) {
            values.put("words", client.clause().replace('"', '\''));
            values.put("Words", capitalised(client.clause().replace('"', '\'')));
        }
        return values;
    }

    private static List<String> boundary(FeedbackGuide.Rewrites r, BoundaryKind boundary, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        FeedbackGuide.BoundaryRewrite kind = r.boundaryKinds().get(boundary.id());
        if (kind == null || r.boundary() == null) return out;
        for (String validate : r.boundaryValidate()) {
            String opening = filled(validate, values);
            if (opening == null) continue;
            Map<String, String> b = new HashMap<>(values);
            b.put("validate", opening);
            b.put("limit", capitalised(kind.limit()));
            b.put("reason", kind.reason());
            b.put("alternative", kind.alternative());
            String s = filled(r.boundary(), b);
            if (s != null) out.add(s);
        }
        return out;
    }

    private static List<String> templates(FeedbackGuide.Rewrites r, String criterion, Map<String, String> values, ClientWords client,
            boolean every) {
        List<String> out = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        if (TurnScore.ACTIVE_LISTENING.equals(criterion)) {
            templates.addAll(r.form());
            templates.addAll(r.understanding());
        } else {
            templates.addAll(r.understanding());
            templates.addAll(r.form());
        }
        List<String> all = new ArrayList<>();
        for (String t : templates) {
            String s = filled(t, values);
            if (s != null && !all.contains(s)) all.add(s);
        }
        if (every) return all;
        // The engine scores each candidate: a few suffice, the first of the addressed kind and others in
        // turn by the client's line, so that different clients hear different phrasings.
        if (all.size() <= MAX_CANDIDATES) return all;
        out.add(all.get(0));
        int start = Math.floorMod(client.content().hashCode(), all.size() - 1);
        for (int k = 0; out.size() < MAX_CANDIDATES; k++) out.add(all.get(1 + Math.floorMod(start + k, all.size() - 1)));
        return out;
    }

    /**
     * Replies to a risk cue of {@code kind}: they ask directly and calmly in the client's words and name
     * {@code locale}'s crisis line, emergency number or domestic abuse line where the template does.
     */
    static List<String> risk(FeedbackGuide guide, ClientWords client, org.rapport.rubric.RiskKind kind,
            org.rapport.locale.ServiceLocale locale) {
        List<String> templates = guide.rewrites().risk().getOrDefault(kind.id(), List.of());
        if (templates.isEmpty() || client.content() == null) return List.of();
        Map<String, String> values = values(client);
        if (client.feelingForm() != null) values.put("feeling", client.feelingForm());
        if (values.containsKey("feeling")) mood(values);
        if (!locale.crisisLines().isEmpty()) values.put("crisis_line", named(locale.crisisLines().get(0)));
        values.put("emergency", locale.emergency());
        if (locale.domesticViolence() != null) values.put("domestic_violence", named(locale.domesticViolence()));
        List<String> out = new ArrayList<>();
        for (String t : templates) {
            String s = filled(t, values);
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out;
    }

    /**
     * Replies that take up a cultural opportunity by asking what it means to this client, in the words of the
     * first sentence of the client's line that names a part of who they are (else, unless {@code onlyWhereNamed},
     * the clause that carries most: the opportunity head reads lines that name no marker too).
     */
    static List<String> cultural(FeedbackGuide guide, String clientLine, ClientWords client, boolean onlyWhereNamed) {
        List<String> templates = guide.rewrites().cultural();
        String said = ClientWords.wholeClauseWhere(clientLine, org.rapport.rubric.CulturalLine::marked);
        if (said == null && !onlyWhereNamed && client.clause() != null) {
            said = ClientWords.wholeClauseWhere(clientLine, sentence -> sentence.contains(client.clause()));
        }
        // every frame here takes a clause ("It sounds like at church they tell you ...", "since you came out ...")
        if (templates.isEmpty() || said == null) return List.of();
        String opening = ClientWords.secondPerson(said).replaceFirst("(?i)^(?:ever since|since|when|after|before|now that|back home)\\s+", "");
        String main = opening.replaceFirst("(?i)^(?:at|in|on|back|over)\\s+(?:[\\p{L}'-]+,?\\s+){1,3}?(?=(?:they|you|he|she|it|people|everyone|everybody|nobody)\\b)", "");
        if (WordsShape.of(main) != WordsShape.CLAUSE) return List.of();
        // "sounds like" takes no preposition next, nor does a sentence open on one: "So at church they tell you ..."
        boolean prepositionFirst = !main.equals(opening);
        Map<String, String> values = new HashMap<>();
        values.put("cultural", said.replace('"', '\''));
        String yours = reflected(ClientWords.secondPerson(said));
        values.put("cultural_yours", yours);
        values.put("Cultural_yours", capitalised(yours));
        List<String> out = new ArrayList<>();
        for (String t : templates) {
            if (prepositionFirst && !t.startsWith("So {cultural_yours}")) continue;
            String s = filled(t, values);
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out;
    }

    /** A service as a reply says it: "Samaritans on 116 123", "988 Suicide & Crisis Lifeline". */
    private static String named(org.rapport.locale.CrisisLine line) {
        // a name that is itself a question ("Need to talk? 1737") goes in brackets after its number
        if (line.name().contains("?")) return line.number() + " (" + line.name().replace(line.number(), "").strip() + ")";
        return line.name().contains(line.number()) ? line.name() : line.name() + " on " + line.number();
    }

    /** The template with every placeholder filled, or null when one has no value for this client line. */
    static String filled(String template, Map<String, String> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z_]+)\\}").matcher(template);
        while (m.find()) if (!values.containsKey(m.group(1))) return null;
        String s = FeedbackWriter.fill(template, values).replace(", ,", ",").replace("..", ".");
        // a sentence that opens on a filled-in name ("the National Domestic Abuse Helpline ...") opens with a capital
        Matcher opens = SENTENCE_START.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (opens.find()) opens.appendReplacement(sb, Matcher.quoteReplacement(opens.group(1) + opens.group(2).toUpperCase(java.util.Locale.ROOT)));
        opens.appendTail(sb);
        return capitalised(sb.toString());
    }

    private static final java.util.regex.Pattern SENTENCE_START = java.util.regex.Pattern.compile("([.?!] )([a-z])");

    static String capitalised(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
