package org.rapport.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, String> values = new HashMap<>();
        // Each placeholder takes only the shape of words its frame fits: {content} a clause or a noun phrase
        // ("It sounds like ..."), {clause} a clause ("So ..., and ..."), {state} how the client is ("You feel ...").
        WordsShape shape = WordsShape.of(client.content());
        if (shape == WordsShape.CLAUSE || shape == WordsShape.NOUN_PHRASE) {
            values.put("content", client.content());
            values.put("Content", capitalised(client.content()));
        }
        if (shape == WordsShape.CLAUSE) {
            values.put("clause", client.content());
            values.put("Clause", capitalised(client.content()));
        }
        if (shape == WordsShape.FEELING) values.put("state", client.content());
        // the client's words as they said them, quoted: any shape, when short enough to quote
        if (client.clause() != null && client.clause().split("\\s+").length <= QUOTED_WORDS) {
            values.put("words", client.clause().replace('"', '\''));
            values.put("Words", capitalised(client.clause().replace('"', '\'')));
        }
        // a clause that already says the feeling ("you're scared you'll mess it up") is not told it again
        boolean said = client.feeling() != null && client.content().toLowerCase(java.util.Locale.ROOT).contains(client.feeling().toLowerCase(java.util.Locale.ROOT))
                || client.feelingForm() != null && client.content().toLowerCase(java.util.Locale.ROOT).contains(client.feelingForm());
        if (client.feelingForm() != null && !said) values.put("feeling", client.feelingForm());
        values.put("topic", client.topic() == null ? "that" : client.topic());
        FeedbackGuide.Rewrites r = guide.rewrites();
        List<String> out = new ArrayList<>();
        if (boundary != null && TurnScore.BOUNDARY_SETTING.equals(criterion)) {
            FeedbackGuide.BoundaryRewrite kind = r.boundaryKinds().get(boundary.id());
            if (kind != null && r.boundary() != null) {
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
            }
            return out;
        }
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

    /** The template with every placeholder filled, or null when one has no value for this client line. */
    static String filled(String template, Map<String, String> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z_]+)\\}").matcher(template);
        while (m.find()) if (!values.containsKey(m.group(1))) return null;
        String s = FeedbackWriter.fill(template, values);
        return capitalised(s.replace(", ,", ",").replace("..", "."));
    }

    static String capitalised(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
