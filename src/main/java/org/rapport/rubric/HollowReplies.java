package org.rapport.rubric;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies that have the form of empathy without being a reply to this client: feeling words or
 * reflection stems with no content word at all, the same words over and over, or text addressed to
 * whoever grades it. Written to game
 * a rubric (or typed in a hurry), they are capped whatever the phrase matching and heads made of them,
 * and the trainee is told why. Every check is one pass over the reply.
 */
final class HollowReplies {

    /** What makes a reply hollow, with the highest score empathy and active listening may then have. */
    enum Kind {
        ADDRESSES_THE_GRADER(1, "the reply speaks to whoever scores it, not to the client"),
        REPEATED(2, "the reply repeats the same words rather than answering the client"),
        FORM_WITHOUT_CONTENT(2, "feeling words or reflection stems with nothing of what the client said"),
        /** The learned hollow-reply head's verdict: no single rule, the reply as a whole reads as built for the score. */
        BUILT_FOR_THE_SCORE(2, "the reply has the look of empathy but, read as a whole, does not answer this client"),
        /** The risk criterion found a risk in the client's line that the reply passed over. */
        PASSES_OVER_RISK(2, "the reply passes over what the client said about their safety");

        final int cap;
        final String evidence;

        Kind(int cap, String evidence) {
            this.cap = cap;
            this.evidence = evidence;
        }

        /** The rubric feedback key for this kind. */
        String feedbackKey() {
            return "hollow_" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Fewer distinct word triples than this share of all triples: the reply says the same thing again and again. */
    static final double DISTINCT_TRIPLES = 0.5;
    private static final int MIN_WORDS_FOR_REPETITION = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern GRADER = Pattern.compile(
            "</?\\s*(reply|conversation|system|prompt|instructions?)\\s*>|\\bsystem\\s*:|\\bgrader\\b|\\b(dear|note to( the)?|attention)\\s+(evaluator|assessor|marker|examiner)\\b|\\b(evaluator|assessor|examiner)\\s+note\\b|\\b(rate|score|mark|grade)\\s+(this|the|my)\\s+(reply|response|answer|turn)\\b|\\bscore\\s*:|\\b(empathy|listening)\\s*[:=]?\\s*5\\b|\\b5\\s*/\\s*5\\b|\\bmaximum score\\b|\\bfull marks\\b|\\bignore (all |the |your )?(previous|above|earlier|prior) instructions\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that carry no content of their own: function words and the words reflection stems are made of. */
    private static final Set<String> NO_CONTENT = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "for", "with", "about", "as", "by",
            "i", "i'm", "im", "me", "my", "you", "you're", "youre", "your", "yours", "we", "us", "it", "it's", "its", "that",
            "this", "there", "is", "are", "was", "be", "been", "am", "do", "does", "did", "have", "has", "had", "what",
            "how", "else", "if", "then", "just", "really", "very", "much", "more", "too", "also", "all", "one",
            "other", "another", "hand", "part", "parts", "feel", "feels", "feeling", "felt", "sound", "sounds", "like",
            "seem", "seems", "hear", "hearing", "heard", "saying", "say", "wonder", "guess", "mean", "mm", "hm", "mm-hm",
            "okay", "ok", "yeah", "yes", "right", "see", "tell", "go", "some", "any", "anything", "something",
            "can", "could", "would", "will", "must", "may", "might", "not", "no", "oh", "wow", "well");

    /** The features the learned hollow-reply head reads besides the sentence vectors, in this order. */
    static final List<String> FEATURES = List.of("feeling_share", "stem_density", "content_share", "content_from_client",
            "content_not_from_client", "copies_client_line", "repetition", "distinct_words", "words_in_sentences", "many_questions",
            "first_person_share", "second_person_share", "sarcasm_cues", "contempt_cues", "technique_terms", "addresses_grader", "length");

    /** Mock sympathy: inputs to the head, which weighs them against everything else in the reply. */
    private static final Pattern SARCASM = Pattern.compile("\\bpoor (you|thing|baby|darling|lamb|little thing|poor thing)\\b|\\bboo[ -]?hoo\\b|\\bdiddums\\b"
            + "|\\bhow (awful|terrible|tragic|dreadful|devastating) for you\\b|\\b(what|such) a (tragedy|catastrophe|disaster)\\b|\\bheart bleeds\\b"
            + "|^\\W*(oh|yeah|right),? (sure|great|wow|please|right|no)\\b|\\bhow (unique|original|brave)\\b|\\bworst thing (that has |that's |that ever )?(ever )?happened"
            + "|\\bhard being you\\b|\\bhard done by\\b|\\b(smallest|tiniest) violin\\b|\\bfirst world problem|\\bcry me a river\\b|\\bmust be (nice|so hard having)\\b"
            + "|\\bi'?m sure you'?re (absolutely|totally|utterly)\\b|\\btotally (terrifying|tragic|devastating)\\b|\\bhow will you (ever )?survive\\b"
            + "|\\bhold back (the|my) tears\\b|\\bsaddest story\\b|\\baww+\\b");
    /** Name-calling and shaming. */
    private static final Pattern CONTEMPT = Pattern.compile("\\b(lazy|pathetic|cowards?|cowardly|cry ?baby|dramatic|drama queen|oversensitive|over-sensitive|too sensitive"
            + "|ridiculous|childish|spoilt|spoiled|weak|slob|drunk|snowflake|attention[- ]seeking|excuses|stupid|idiot|selfish|useless|loser)\\b"
            + "|\\blet yourself go\\b|\\bfeeling sorry for yourself\\b|\\b(toughen|man|grow) up\\b|\\bas you should\\b|\\bembarrassing yourself\\b"
            + "|\\bget a grip\\b|\\bno self-control\\b|\\byour own fault\\b|\\bto be fair you\\b|\\blet'?s be honest\\b|\\b(honestly|frankly),? you'?re\\b");
    /** The names of techniques, said instead of used. */
    private static final Pattern TECHNIQUE = Pattern.compile("\\b(open|closed) questions?\\b|\\b(complex|simple|double-sided|double sided) reflections?\\b|\\baffirmations?\\b"
            + "|\\bsummar(y|ising|izing)\\b|\\b(change|sustain) talk\\b|\\bautonomy support\\b|\\bevok(ing|ed)\\b|\\brolling with resistance\\b|\\brolled with\\b"
            + "|\\bdiscrepancy\\b|\\bself-efficacy\\b|\\boars\\b|\\breflective listening\\b|\\bambivalence\\b|\\bemotional (validation|reactions?)\\b"
            + "|\\bexploration of meaning\\b|\\binterpretations\\b|\\bexplorations\\b|\\breflecting back\\b|\\bmotivational interviewing\\b");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself");
    private static final Set<String> SECOND_PERSON = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "your", "yours", "yourself", "u", "ur");
    private static final Pattern SEGMENT = Pattern.compile("[.!?;,:\u2013\u2014\n]+");

    private final Cues cues;

    HollowReplies(Cues cues) {
        this.cues = cues;
    }

    Optional<Kind> find(String reply) {
        if (GRADER.matcher(reply).find()) return Optional.of(Kind.ADDRESSES_THE_GRADER);
        List<String> words = words(reply);
        if (words.isEmpty()) return Optional.empty();
        if (repeated(words)) return Optional.of(Kind.REPEATED);
        int feelings = cues.feelings.count(reply);
        int stems = cues.reflectionStems.count(reply);
        Set<String> content = new HashSet<>();
        for (String w : words) if (!NO_CONTENT.contains(w) && !cues.feelings.matches(w)) content.add(w);
        if (content.isEmpty() && feelings + stems >= 3) return Optional.of(Kind.FORM_WITHOUT_CONTENT);
        return Optional.empty();
    }

    /**
     * What the hollow-reply head reads of a reply and the client line it answers: how much of it is
     * feeling words and stems, how much content it has and whether that content is the client's, whether
     * its words form sentences, how repetitive it is, who it is about, and cues of mockery, contempt,
     * technique names and text for a grader. Each value lies in [0, 1]; one pass over each text.
     */
    double[] features(String reply, String client) {
        double[] x = new double[FEATURES.size()];
        List<String> words = words(reply);
        int n = words.size();
        if (n == 0) return x;
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Set<String> clientWords = new HashSet<>(words(client));
        int feelings = 0, content = 0, fromClient = 0, first = 0, second = 0;
        // A long reply repeats its words: each distinct word is looked up once.
        java.util.Map<String, Boolean> isFeeling = new java.util.HashMap<>();
        for (String w : words) {
            boolean feeling = isFeeling.computeIfAbsent(w, cues.feelings::matches);
            if (feeling) feelings++;
            if (!feeling && !NO_CONTENT.contains(w)) {
                content++;
                if (clientWords.contains(w)) fromClient++;
            }
            if (FIRST_PERSON.contains(w)) first++;
            if (SECOND_PERSON.contains(w)) second++;
        }
        int inSentences = 0;
        for (String segment : SEGMENT.split(lower)) {
            int k = words(segment).size();
            if (k >= 4) inSentences += k;
        }
        int questions = 0;
        for (int i = 0; i < reply.length(); i++) if (reply.charAt(i) == '?') questions++;
        int i = 0;
        x[i++] = (double) feelings / n;
        x[i++] = Math.min(1, cues.reflectionStems.count(reply) / Math.max(1, n / 8.0));
        x[i++] = (double) content / n;
        x[i++] = content == 0 ? 0 : (double) fromClient / content;
        x[i++] = (double) (content - fromClient) / n;
        String clientNorm = String.join(" ", words(client));
        x[i++] = clientWords.size() >= 4 && String.join(" ", words).contains(clientNorm) ? 1 : 0;
        x[i++] = repetition(words);
        x[i++] = (double) new HashSet<>(words).size() / n;
        x[i++] = (double) inSentences / n;
        x[i++] = Math.min(1, Math.max(0, questions - 1) / 4.0);
        x[i++] = (double) first / n;
        x[i++] = (double) second / n;
        x[i++] = Math.min(1, hits(SARCASM, lower) / 2.0);
        x[i++] = Math.min(1, hits(CONTEMPT, lower) / 2.0);
        x[i++] = Math.min(1, hits(TECHNIQUE, lower) / 3.0);
        x[i++] = GRADER.matcher(reply).find() ? 1 : 0;
        x[i++] = Math.min(1, Math.log1p(n) / Math.log(1000));
        return x;
    }

    private static int hits(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int k = 0;
        while (m.find()) k++;
        return k;
    }

    /** The share of word triples that repeat an earlier one (0 for a reply too short to tell). */
    private static double repetition(List<String> words) {
        if (words.size() < MIN_WORDS_FOR_REPETITION) return 0;
        Set<String> triples = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) triples.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        return 1 - (double) triples.size() / (words.size() - 2);
    }

    private static boolean repeated(List<String> words) {
        return words.size() >= MIN_WORDS_FOR_REPETITION && 1 - repetition(words) < DISTINCT_TRIPLES;
    }

    /** A gaming-corpus reply as scored: a note "repeat N: ..." stands for the reply said N times over, joined by spaces. */
    static String expandedReply(String reply, String note) {
        if (note == null || !note.startsWith("repeat ")) return reply;
        return String.join(" ", java.util.Collections.nCopies(Integer.parseInt(note.substring(7, note.indexOf(':')).strip()), reply));
    }

    static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) out.add(m.group());
        return out;
    }
}
