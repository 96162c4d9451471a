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
        FORM_WITHOUT_CONTENT(2, "feeling words or reflection stems with nothing of what the client said");

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
            "</\\s*(reply|conversation|system|prompt)|\\bsystem\\s*:|\\bgrader\\b|\\brate this reply\\b|\\bscore\\s*:|\\bempathy\\s*[:=]?\\s*5\\b|\\bignore (all |the )?(previous|above) instructions\\b",
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

    private static boolean repeated(List<String> words) {
        if (words.size() < MIN_WORDS_FOR_REPETITION) return false;
        Set<String> triples = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) triples.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        return triples.size() < DISTINCT_TRIPLES * (words.size() - 2);
    }

    static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) out.add(m.group());
        return out;
    }
}
