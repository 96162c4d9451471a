package org.rapport.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapport.nlp.PhraseList;
import org.rapport.nlp.Salutations;
import org.rapport.nlp.Utterance;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * Turns the engine's judgement of a reply into feedback a trainee learns from: one candidate item per
 * mechanism (risk, boundary, roadblock, understanding, form), each quoting the part of the reply it is
 * about and naming what in the client's line was missed; the most important first, in the rubric's
 * order; praise and criticism of the same aspect never both. Plain Java, no model calls.
 */
public final class FeedbackWriter {

    /** Roadblocks from the most to the least harmful: the first one found is the one the item names. */
    private static final List<Roadblock> SEVERITY = List.of(Roadblock.JUDGING, Roadblock.NAME_CALLING, Roadblock.MORALISING,
            Roadblock.WITHDRAWING, Roadblock.REASSURING, Roadblock.ORDERING, Roadblock.WARNING, Roadblock.ADVISING,
            Roadblock.PERSUADING, Roadblock.ANALYSING, Roadblock.INTERROGATING, Roadblock.PRAISING);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)\\}");
    private static final int QUOTE_WORDS = 12;
    private static final Set<String> DANGLING_AT_CUT = Set.of("and", "but", "or", "so", "the", "a", "an", "of", "to", "in", "on",
            "at", "for", "with", "your", "my", "that", "if", "when", "because", "you", "i", "is", "are", "was");
    /** How the engine opens its caveat on a code the learned heads are unsure of. */
    static final String TENTATIVE = "This reply reads most like";
    /** The engine's lessons on a reply it capped: not a reply to this client, or about the wrong person. */
    private static final Pattern CAPPED_LESSON = Pattern.compile("empathy/(hollow_.*|wrong_person)");

    private final Rubric rubric;
    private final FeedbackGuide guide;
    private final PhraseList feelings;
    /** The engine's feedback texts, back to criterion and key ("empathy/only_claims"). */
    private final Map<String, String> keyOfText = new HashMap<>();
    /** The engine's texts with placeholders it fills at run time ("The reply says \"{pronoun}\"..."), as patterns. */
    private final Map<Pattern, String> keyOfTemplate = new LinkedHashMap<>();

    public FeedbackWriter(Rubric rubric) {
        this.rubric = rubric;
        this.guide = rubric.feedback();
        this.feelings = PhraseList.of(rubric.lexicons().feelings());
        for (Criterion c : rubric.criteria()) {
            c.feedback().forEach((key, text) -> {
                if (text == null) return;
                keyOfText.put(text.strip(), c.id() + "/" + key);
                if (PLACEHOLDER.matcher(text).find()) keyOfTemplate.put(template(text.strip()), c.id() + "/" + key);
                // The engine fills a text's service placeholders with the client's locale's ("{crisis_resources}").
                org.rapport.locale.LocaleCatalogue locales = org.rapport.locale.LocaleCatalogue.shipped();
                for (String id : locales.ids()) keyOfText.putIfAbsent(locales.resolve(id).fill(text.strip()).strip(), c.id() + "/" + key);
            });
        }
    }

    public Rubric rubric() {
        return rubric;
    }

    public FeedbackGuide guide() {
        return guide;
    }

    /** What the client's line says, read with this rubric's feeling words. */
    public ClientWords clientWords(ReplyContext context) {
        return ClientWords.of(context.clientLine(), context.hint(), feelings, guide.feelingForms());
    }

    /** The feedback on one reply. With a rubric that defines no feedback items, the engine's own texts. */
    public TurnFeedback write(ReplyContext context, TurnScore score) {
        if (guide.isEmpty()) {
            List<FeedbackItem> raw = score.feedback().stream()
                    .map(t -> new FeedbackItem("engine", "form", "guidance", List.of(), null, t)).toList();
            return new TurnFeedback(raw, null);
        }
        ClientWords client = clientWords(context);
        Set<String> rawKeys = new HashSet<>();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        // Texts an engine writes at run time (a risk criterion's, with the locale's crisis resources) are no
        // rubric text: they belong to the criterion kept word for word that applies to this reply.
        // The most important of them by the rubric's priority (risk before culture), whatever order the map keeps.
        String composing = guide.criteria().keySet().stream().filter(c -> score.score(c) != null)
                .min(java.util.Comparator.comparingInt((String c) -> guide.rank(guide.criteria().get(c))).thenComparing(c -> c))
                .orElse(null);
        // the engine's own lesson on a reply it capped (hollow, about the wrong person), if it gave one
        String cappedLesson = null;
        for (String text : score.feedback()) {
            String key = keyOf(text.strip());
            if (key == null && composing != null && !text.startsWith(TENTATIVE)) key = composing + "/written";
            if (key == null) continue;
            rawKeys.add(key);
            if (cappedLesson == null && CAPPED_LESSON.matcher(key).matches()) cappedLesson = text.strip();
            String criterion = key.substring(0, key.indexOf('/'));
            if (guide.criteria().containsKey(criterion)) kept.computeIfAbsent(criterion, k -> new ArrayList<>()).add(text.strip());
        }
        List<FeedbackItem> candidates = new ArrayList<>();
        // A criterion's own texts (a risk criterion's crisis resources) stay word for word, as one item.
        kept.forEach((criterion, texts) -> {
            Integer s = score.score(criterion);
            candidates.add(new FeedbackItem(criterion, guide.criteria().get(criterion), s != null && s >= 4 ? "praise" : "criticism",
                    List.of(criterion), criterion, String.join(" ", texts)));
        });
        boundary(context, score, client, rawKeys, candidates);
        roadblock(context, score, client, candidates);
        understanding(context, score, client, rawKeys, cappedLesson, candidates);
        if (score.boundary() == null) form(context, score, client, rawKeys, candidates);
        candidates.sort(java.util.Comparator.comparingInt(i -> guide.rank(i.mechanism())));
        List<FeedbackItem> chosen = new ArrayList<>(consistent(candidates, 1 + guide.notes()));
        // A code the heads are unsure of: the engine's caveat follows the items it qualifies.
        if (!score.feedback().isEmpty() && score.feedback().get(0).startsWith(TENTATIVE) && !chosen.isEmpty()) {
            chosen.add(new FeedbackItem("tentative", "form", "guidance", List.of(), null, score.feedback().get(0)));
        }
        return new TurnFeedback(chosen, addresses(chosen, score));
    }

    /** The criterion and key of one of the engine's texts ("empathy/wrong_person"), or null when it is none of them. */
    private String keyOf(String text) {
        String key = keyOfText.get(text);
        if (key != null) return key;
        for (Map.Entry<Pattern, String> t : keyOfTemplate.entrySet()) if (t.getKey().matcher(text).matches()) return t.getValue();
        return null;
    }

    /** A text whose placeholders stand for any words. */
    private static Pattern template(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(from, m.start()))).append(".+?");
            from = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(text.substring(from))).toString(), Pattern.DOTALL);
    }

    /**
     * The items in order, skipping any that judges a mechanism already judged or praises what an earlier
     * item criticises (or the reverse): the more important item stands.
     */
    static List<FeedbackItem> consistent(List<FeedbackItem> ordered, int max) {
        List<FeedbackItem> chosen = new ArrayList<>();
        for (FeedbackItem item : ordered) {
            if (chosen.size() >= max) break;
            if (conflicts(chosen, item)) continue;
            chosen.add(item);
        }
        return chosen;
    }

    /** True when {@code item} would judge a mechanism twice or contradict an item already chosen. */
    static boolean conflicts(List<FeedbackItem> chosen, FeedbackItem item) {
        for (FeedbackItem c : chosen) {
            if (c.judges() && item.judges() && c.mechanism().equals(item.mechanism())) return true;
            if (c.judges() && item.judges() && !c.tone().equals(item.tone())) {
                for (String aspect : item.about()) if (c.about().contains(aspect)) return true;
            }
            if (c.text().equals(item.text())) return true;
        }
        return false;
    }

    /**
     * The criterion a better reply addresses: the priority item's when it criticises, else the
     * lowest-scoring criterion below 5; null when every criterion that applied scored 5.
     */
    private String addresses(List<FeedbackItem> items, TurnScore score) {
        for (FeedbackItem i : items) {
            if ("criticism".equals(i.tone()) && i.criterion() != null && score.score(i.criterion()) != null) return i.criterion();
        }
        String lowest = null;
        for (Map.Entry<String, Integer> e : score.scores().entrySet()) {
            if (e.getValue() == null || e.getValue() >= 5) continue;
            if (lowest == null || e.getValue() < score.score(lowest)) lowest = e.getKey();
        }
        return lowest;
    }

    // ------------------------------------------------------------------ the mechanisms

    private void boundary(ReplyContext context, TurnScore score, ClientWords client, Set<String> raw, List<FeedbackItem> out) {
        if (score.boundary() == null || score.score(TurnScore.BOUNDARY_SETTING) == null) return;
        String kind = score.boundary().id().replace('-', ' ');
        String b = TurnScore.BOUNDARY_SETTING + "/";
        Map<String, String> values = new HashMap<>();
        values.put("kind", kind);
        String cue;
        String id;
        if (raw.contains(b + "secrecy_promise")) {
            id = "boundary_secrecy";
            cue = evidenceCue(score, "boundary reply secrecy promise");
        } else if (raw.contains(b + "accepts")) {
            id = "boundary_accepts";
            cue = evidenceCue(score, "boundary reply accepts");
        } else if (raw.contains(b + "self_disclosure")) {
            id = "boundary_self_disclosure";
            cue = evidenceCue(score, "boundary reply self disclosure");
        } else if (raw.contains(b + "cold")) {
            id = "boundary_cold";
            cue = evidenceCue(score, "boundary reply cold");
        } else if (raw.contains(b + "strong") && score.score(TurnScore.BOUNDARY_SETTING) >= 4) {
            id = "boundary_strong";
            cue = evidenceCue(score, "boundary reply limit");
        } else {
            List<String> parts = new ArrayList<>();
            for (String part : List.of("validate", "limit", "reason", "alternative")) {
                if (raw.contains(b + part) && guide.boundaryParts().containsKey(part)) parts.add(guide.boundaryParts().get(part));
            }
            if (parts.isEmpty()) return;
            id = "boundary_missing";
            cue = evidenceCue(score, "boundary reply limit");
            values.put("parts", listed(parts));
            String guidance = rubric.criterion(TurnScore.BOUNDARY_SETTING)
                    .map(c -> c.feedback("kind_" + score.boundary().id().replace('-', '_'))).orElse(null);
            org.rapport.locale.ServiceLocale locale = context.locale() != null ? context.locale()
                    : org.rapport.locale.LocaleCatalogue.shipped().defaultLocale();
            values.put("guidance", guidance == null ? "" : locale.fill(guidance.strip()));
        }
        add(out, id, context, client, cue, values);
    }

    private void roadblock(ReplyContext context, TurnScore score, ClientWords client, List<FeedbackItem> out) {
        if (score.roadblocks().isEmpty()) return;
        Roadblock worst = SEVERITY.stream().filter(score.roadblocks()::contains).findFirst()
                .orElse(score.roadblocks().iterator().next());
        String explanation = rubric.criterion(TurnScore.ACTIVE_LISTENING).map(c -> c.feedback(worst.json())).orElse(null);
        if (explanation == null) explanation = "a roadblock to listening (" + worst.json().replace('_', ' ') + ").";
        Map<String, String> values = new HashMap<>();
        values.put("roadblock", explanation.strip());
        add(out, "roadblock", context, client, evidenceCue(score, "roadblock " + worst.json()), values);
    }

    private void understanding(ReplyContext context, TurnScore score, ClientWords client, Set<String> raw, String cappedLesson,
            List<FeedbackItem> out) {
        if (client.clause() == null) return; // the trainee spoke first: there was nothing to understand yet
        Integer empathy = score.score(TurnScore.EMPATHY);
        if (empathy == null) return;
        // A reply the engine capped (hollow, about the wrong person) is told why, in the engine's own lesson:
        // any other word on understanding would miss the point. It is about tracking this client, not the
        // form of understanding, which the reply may well have had (EPITOME's level stays the form's).
        if (cappedLesson != null) {
            out.add(new FeedbackItem("understanding_capped", "understanding", "criticism", List.of("tracking"), TurnScore.EMPATHY, cappedLesson));
            return;
        }
        int interpretation = score.empathy().interpretations();
        if (interpretation == 2) {
            // praise for naming what the client lives through only where the engine saw it named
            if (empathy >= 4) add(out, "understanding_named", context, client, evidenceCue(score, "interpretation"), Map.of());
        } else if (interpretation == 1 || raw.contains(TurnScore.EMPATHY + "/only_claims")) {
            add(out, "understanding_claimed", context, client, evidenceCue(score, "interpretation"), Map.of());
        } else if (empathy < 4) {
            // a reply that names a feeling ("there wasn't a moment for your own grief") is not told the feeling went unnamed
            boolean namesFeeling = ClientWords.namesFeeling(context.reply(), feelings);
            add(out, client.feeling() != null && !client.fromHint() && !namesFeeling ? "understanding_missed_feeling" : "understanding_missed_meaning",
                    context, client, null, Map.of());
        }
    }

    private void form(ReplyContext context, TurnScore score, ClientWords client, Set<String> raw, List<FeedbackItem> out) {
        String al = TurnScore.ACTIVE_LISTENING + "/";
        boolean untracked = raw.contains(al + "no_tracking");
        String id;
        String cue = null;
        var code = score.codes();
        if (raw.contains(al + "risk_question")) {
            // asking plainly about suicide is the skill: the criterion's own text, never "ask it open"; where the
            // risk criterion already praises the reply for it, saying it again adds nothing
            Integer risk = score.score(TurnScore.RISK_AND_SAFETY);
            if (score.risk() != null && risk != null && risk >= 4) return;
            String text = rubric.criterion(TurnScore.ACTIVE_LISTENING).map(c -> c.feedback("risk_question")).orElse(null);
            if (text != null) out.add(new FeedbackItem("risk_question", "form", "praise", List.of("form", "question"),
                    TurnScore.ACTIVE_LISTENING, text.strip()));
            return;
        } else if (raw.contains(al + "spoken_about")) {
            id = "form_spoken_about";
        } else if (raw.contains(al + "repair")) {
            id = "form_repair";
        } else if (untracked && client.clause() != null && code.behavior() != Behavior.OTHER) {
            id = "form_untracked";
        } else {
            id = switch (code.behavior()) {
                // "adds what they implied" praises understanding: only where the engine saw an interpretation
                case REFLECTION -> code.is(Subtype.COMPLEX) && score.empathy().interpretations() == 2 ? "form_complex" : "form_simple";
                case QUESTION -> code.is(Subtype.OPEN) ? "form_open" : "form_closed";
                case INPUT -> score.roadblocks().contains(Roadblock.ADVISING) ? null
                        : score.evidence().contains(org.rapport.rubric.RubricScorer.ASKS_PERMISSION) ? "form_permission" : "form_input";
                case OTHER -> client.clause() == null ? null : "form_other";
            };
            if (code.behavior() == Behavior.QUESTION) cue = lastQuestion(context.reply());
        }
        if (id != null) add(out, id, context, client, cue, Map.of());
    }

    // ------------------------------------------------------------------ filling in a text

    private void add(List<FeedbackItem> out, String id, ReplyContext context, ClientWords client, String cue, Map<String, String> extra) {
        FeedbackGuide.Item item = guide.items().get(id);
        if (item == null) return;
        Map<String, String> values = new HashMap<>(extra);
        values.put("quote", quote(context.reply(), cue, context.clientLine()));
        values.put("missed", missed(client, context.reply()));
        values.put("feeling", client.feelingForm() == null ? "the feeling" : client.feelingForm());
        out.add(new FeedbackItem(id, item.mechanism(), item.tone(), item.about(), item.criterion(), fill(item.text(), values)));
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").replace(" .", ".").strip();
    }

    /** Feeling forms said with a preposition ("under pressure", "in pain", "full of dread"), not an adjective. */
    private static final Pattern STATE_PHRASE = Pattern.compile("(?:under|in|full of|on|at|out of)\\b");

    /** What in the client's line the reply did not take up: their feeling, or the clause that carries it. */
    static String missed(ClientWords client, String reply) {
        if (client.clause() == null) return "what they brought";
        String clause = "\"" + client.clause() + "\"";
        if (client.feeling() != null && !client.fromHint()
                && !new Utterance(reply).contentStems().contains(Utterance.stem(client.feeling().toLowerCase(Locale.ROOT).replaceAll(".* ", "")))) {
            // the client's own word, quoted: "the proud in ..." is not English, "'proud' in ..." is;
            // and a clause that is the word alone ("Scary is... yeah") is not quoted a second time
            String word = "'" + client.feeling().toLowerCase(Locale.ROOT) + "'";
            return client.clause().strip().split("\\s+").length <= 2 ? word : word + " in " + clause;
        }
        if (client.fromHint() && client.feelingForm() != null) {
            // "feeling under pressure under it" repeats itself; a state said with a preposition is "being" in
            return clause + (STATE_PHRASE.matcher(client.feelingForm()).lookingAt()
                    ? " — and being " + client.feelingForm() + " beneath it" : " — feeling " + client.feelingForm() + " under it");
        }
        return clause;
    }

    /**
     * The sentence of the reply holding {@code cue}; without one, the statement that takes up most of the
     * client's words (then the one with most content; a question only where no statement takes any up), so
     * that a greeting or the client's name before the reflection is not what the feedback quotes. At most
     * twelve words.
     */
    static String quote(String reply, String cue, String clientLine) {
        List<String> sentences = new Utterance(reply).sentences();
        String sentence = sentences.isEmpty() ? reply.strip() : substantive(sentences, clientLine);
        if (cue != null) {
            String c = cue.toLowerCase(Locale.ROOT);
            for (String s : sentences) {
                if (s.toLowerCase(Locale.ROOT).replace('’', '\'').contains(c)) {
                    sentence = s;
                    break;
                }
            }
        }
        String[] words = sentence.strip().split("\\s+");
        if (words.length <= QUOTE_WORDS) return sentence.strip().replace('"', '\'');
        // cut at twelve words, but not on "and", "the" or a comma: the quote should end on a word that carries sense
        int end = QUOTE_WORDS;
        while (end > QUOTE_WORDS / 2 && DANGLING_AT_CUT.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        String q = String.join(" ", java.util.Arrays.copyOf(words, end)).replaceAll("[,;:–—-]+$", "") + "...";
        return q.replace('"', '\'');
    }

    private static String substantive(List<String> allSentences, String clientLine) {
        Utterance client = new Utterance(clientLine == null ? "" : clientLine);
        // "Kia ora." shares the client's own greeting, "Hi Zainab." her name: neither is what the reply says
        List<String> saying = allSentences.stream().filter(s -> !Salutations.isSalutation(s)).toList();
        List<String> sentences = saying.isEmpty() ? allSentences : saying;
        // a statement that takes up the client's words is what a reflection or an understanding is about;
        // the question after it ("What's it like, having Eoin 'giving out'?") often shares more words
        String statement = best(sentences.stream().filter(s -> !s.strip().endsWith("?")).toList(), client, true);
        return statement != null ? statement : best(sentences, client, false);
    }

    private static String best(List<String> sentences, Utterance client, boolean mustShare) {
        String best = null;
        int bestShared = -1, bestContent = -1;
        for (String s : sentences) {
            Utterance u = new Utterance(s);
            int shared = u.sharedStems(client).size(), content = u.contentStems().size();
            if (mustShare && shared == 0) continue;
            if (shared > bestShared || (shared == bestShared && content > bestContent)) {
                best = s;
                bestShared = shared;
                bestContent = content;
            }
        }
        return best;
    }

    /** The quoted cue of the first evidence line starting with {@code prefix}, or null. */
    private static String evidenceCue(TurnScore score, String prefix) {
        for (String e : score.evidence()) {
            if (!e.startsWith(prefix)) continue;
            Matcher m = QUOTED.matcher(e);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String lastQuestion(String reply) {
        List<String> q = new Utterance(reply).questions();
        return q.isEmpty() ? null : q.get(q.size() - 1);
    }

    private static String listed(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
