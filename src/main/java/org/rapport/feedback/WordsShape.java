package org.rapport.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The grammatical shape of the client's words a suggestion reuses, so that a template never pastes a
 * fragment into a frame it does not fit ("It sounds like tired all the way down."). Read with plain
 * word lists, no tagger: a clause opens with its subject and has a verb; a feeling fragment opens with
 * how the client is ("tired all the way down", "scared it'll happen on the motorway"); a noun phrase
 * is a thing or a list of things ("the stove, the door, the stove again"); anything else (a question,
 * a verb or preposition first: "only on weekends") fits no frame and is left out of templates.
 */
public enum WordsShape {
    /** "you're a grown woman", "the house is so quiet": fits "It sounds like ..." and "So ..., and ...". */
    CLAUSE,
    /** "tired all the way down": fits "You sound ..." and "You're ...". */
    FEELING,
    /** "the stove, the door, the stove again": fits "It sounds like ...". */
    NOUN_PHRASE,
    /** Fits no frame. */
    OTHER;

    // "I" is the counsellor once the client's words are turned round ("you don't know that" becomes "I don't
    // know that"): no frame reflects that back, so it opens no clause here.
    static final Set<String> SUBJECTS = Set.of("you", "you're", "you've", "you'd", "you'll", "he",
            "she", "it", "they", "we", "he's", "she's", "it's", "they're", "they've", "we're", "there", "there's", "that's", "everyone",
            "everybody", "nobody", "someone", "somebody", "everything", "nothing", "people", "nobody's", "everyone's", "no-one", "this");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "your", "my", "his", "her", "their", "our", "this", "that", "these",
            "those", "every", "all", "some", "no", "any", "another", "each", "both", "one", "two", "three", "four", "five", "ten");
    /** Auxiliaries and common verbs: a subject followed by one of these (or a word in -ed/-s) is a clause. */
    static final Set<String> VERBS = Set.of("is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did",
            "can", "can't", "cannot", "could", "couldn't", "will", "won't", "would", "wouldn't", "should", "shouldn't", "must", "might",
            "may", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "go", "goes",
            "went", "get", "gets", "got", "feel", "feels", "felt", "think", "thinks", "thought", "know", "knows", "knew", "say", "says",
            "said", "make", "makes", "made", "keep", "keeps", "kept", "want", "wants", "need", "needs", "take", "takes", "took", "come",
            "comes", "came", "see", "sees", "saw", "tell", "tells", "told", "lie", "lies", "lay", "hate", "hates", "love", "loves",
            "try", "tries", "tried", "seem", "seems", "start", "starts", "put", "puts", "leave", "leaves", "left", "let", "lets",
            "mean", "means", "meant", "check", "become", "became", "give", "gives", "gave", "hurt", "hurts", "cry", "cries", "cried",
            "still", "just", "never", "always", "barely", "only", "really", "even", "also", "drive", "drives", "ate", "eat", "eats",
            "sleep", "sleeps", "work", "works", "wish", "hope", "hopes", "worry", "worries", "pick", "picks", "cross", "crosses",
            "stop", "stops", "call", "calls", "ring", "rings", "hear", "hears", "heard", "look", "looks", "looked", "learn", "learns",
            "cut", "drink", "drinks", "drank", "live", "lives", "miss", "misses", "remember", "forget", "forgot", "laugh");
    /** Words after which no subject follows in a clause the frames can take. */
    static final Set<String> NOT_OPENING = Set.of("what", "why", "how", "when", "where", "who", "which", "whether", "if", "because",
            "in", "on", "at", "with", "for", "from", "about", "after", "before", "since", "to", "of", "by", "as", "like", "than",
            "and", "but", "or", "so", "not", "only", "maybe", "probably", "anyway", "whatever", "please", "yes", "no", "also",
            "more", "less", "too", "again", "being", "having", "getting", "perhaps", "then", "just", "totally", "enough", "up",
            "down", "out", "off", "over", "here", "there");
    /** Words of {@link #NOT_OPENING} that a list of things may hold ("the stove, the door, the stove again"). */
    static final Set<String> IN_A_THING = Set.of("of", "and", "again", "too", "more", "less", "enough", "up", "down", "out", "off",
            "over", "here", "there", "in", "on", "at");
    /** Adverbs a clause may open with before its subject ("now the house is so quiet"). */
    static final Set<String> LEADING_ADVERBS = Set.of("now", "sometimes", "lately", "recently", "still", "often", "always", "then",
            "today", "yesterday", "tonight", "these days", "honestly", "really", "just", "actually", "basically", "even");
    /** Words that acknowledge rather than say anything ("Okay.", "Fine, I guess."). */
    static final Set<String> ACKNOWLEDGING = Set.of("okay", "ok", "fine", "alright", "well", "right", "sure", "yes", "yeah", "yep",
            "no", "nope", "sorry", "thanks", "thank", "huh", "mm", "hmm", "oh", "um", "uh", "dunno", "whatever", "maybe", "aye", "ha", "haha", "lol",
            "mhm", "fair", "exactly", "totally", "true", "good", "great", "cool", "nice", "wow", "god", "jeez");
    /** Intensifiers before a feeling word ("so tired", "just useless"). */
    static final Set<String> INTENSIFIERS = Set.of("so", "really", "just", "too", "very", "pretty", "quite", "totally", "completely",
            "absolutely", "bloody", "super", "a", "bit", "little", "kind", "sort", "of", "kinda", "more", "less", "properly");
    /** Words that say how someone is without a lexicon entry. */
    static final Set<String> STATES = Set.of("grey", "gray", "numb", "empty", "stupid", "weird", "sick", "sad",
            "bad", "low", "lost", "alone", "done", "broken", "useless", "worthless", "wired", "flat", "fragile", "shaky", "awful",
            "terrible", "rubbish", "crap", "disgusting", "pathetic", "ugly", "hopeless", "restless", "jumpy");

    /** Words that, first, show the subject was dropped or a question or command begins ("can't sleep", "tell me"). */
    static final Set<String> VERB_FIRST = Set.of("am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
            "did", "can", "could", "will", "would", "should", "must", "might", "feel", "felt", "think", "thought", "know", "knew",
            "hate", "need", "want", "keep", "kept", "get", "got", "go", "went", "tried", "try", "take", "took", "tell", "told", "make",
            "made", "gave", "give", "lie", "said", "say", "let", "come", "came", "see", "saw", "ate", "cried", "left", "put",
            "woke", "wake", "fell", "found", "spent", "ran", "sat", "stood", "drove", "slept", "broke", "forgot", "began", "heard",
            "brought", "bought", "missed", "started", "stopped", "ended", "walked", "turned", "lay", "threw", "wrote", "rang");
    /** Verbs that make a thing at the start of the words into a clause's subject ("the house is so quiet"). */
    static final Set<String> AFTER_A_THING = Set.of("is", "are", "was", "were", "has", "had", "have", "been", "keeps", "kept", "went",
            "goes", "gets", "got", "made", "makes", "said", "says", "won't", "can't", "doesn't", "didn't", "isn't", "wasn't", "never",
            "always", "still", "moved", "left", "died", "thinks", "wants", "will", "would", "can", "could", "should", "might");
    /** Adjectives of how someone is, beside the rubric's feeling words that are adjectives. */
    static final Set<String> ADJECTIVES = Set.of("tired", "scared", "afraid", "angry", "upset", "anxious", "nervous", "lonely", "ashamed",
            "guilty", "hurt", "furious", "miserable", "calm", "happy", "glad", "proud", "sad", "bitter", "tense", "stuck", "torn",
            "confused", "jealous", "vulnerable", "insecure", "desperate", "heartbroken", "devastated", "hopeful", "relieved",
            "exhausted", "drained", "terrified", "frightened", "embarrassed", "humiliated", "overwhelmed", "stressed", "frustrated",
            "helpless", "powerless", "mad", "unsure", "uncertain", "uneasy", "worried", "depressed", "unhappy", "isolated", "rejected",
            "betrayed", "disappointed", "discouraged", "defeated", "trapped", "numb", "empty", "inadequate", "grateful", "thankful",
            "excited", "motivated", "determined", "confident", "peaceful", "unsafe", "crushed", "panicky", "restless", "jumpy");

    /** The shape of {@code words} (second person, as a suggestion reuses them). */
    public static WordsShape of(String words) {
        if (words == null || words.isBlank()) return OTHER;
        List<String> w = tokens(words);
        if (w.isEmpty()) return OTHER;
        int at = 0;
        while (at < w.size() - 1 && LEADING_ADVERBS.contains(w.get(at))) at++;
        String first = w.get(at);
        if (ACKNOWLEDGING.contains(first)) return OTHER;
        int s = at;
        while (s < w.size() - 1 && INTENSIFIERS.contains(w.get(s))) s++;
        if (state(w.get(s))) return FEELING;
        // a question, a reason, a verb or a preposition first fits no frame ("because he said so", "hate it here");
        // a condition or a time may lead a clause ("if you don't say it right you start again")
        if (NOT_OPENING.contains(first) && !LEADS_A_CLAUSE.contains(first) || VERB_FIRST.contains(first) || first.endsWith("n't")) {
            return OTHER;
        }
        // a subject and, next, a word that can be its verb: "you rang the school", "every time your phone buzzes you think"
        for (int i = at; i < w.size(); i++) {
            String t = w.get(i);
            if (!SUBJECTS.contains(t)) continue;
            if (t.contains("'")) return CLAUSE;
            if (i + 1 < w.size() && !FUNCTION.contains(w.get(i + 1)) && !state(w.get(i + 1))) return CLAUSE;
        }
        boolean thing = DETERMINERS.contains(first) || !SUBJECTS.contains(first) && !state(first);
        if (thing) {
            // a thing and, within a few words, its verb: "the house is so quiet", "mum's been gone a year"
            for (int i = at + 1; i < Math.min(w.size(), at + 6); i++) {
                if (AFTER_A_THING.contains(w.get(i))) return CLAUSE;
            }
            if (first.endsWith("'s") && at + 1 < w.size() && Set.of("so", "really", "just", "very", "too", "not", "a", "an", "the")
                    .contains(w.get(at + 1))) {
                return CLAUSE;
            }
            for (int i = at + 1; i < Math.min(w.size(), at + 4); i++) {
                if (w.get(i).length() > 4 && w.get(i).endsWith("ed")) return CLAUSE;   // "your wife passed"
            }
            if (nounPhrase(w, words)) return NOUN_PHRASE;
        }
        return OTHER;
    }

    /** Words that open a clause's leading condition or time. */
    static final Set<String> LEADS_A_CLAUSE = Set.of("if", "when", "whenever");
    /** Words that cannot be the verb after a subject. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "with", "for",
            "from", "about", "by", "as", "than", "so", "too", "here", "there", "now", "then", "you", "it", "that", "this", "all");

    /** A thing named plainly: with its determiner ("the nights"), a list of things ("work, money, the kids") or a plural ("lifts"). */
    private static boolean nounPhrase(List<String> w, String words) {
        if (w.stream().anyMatch(t -> SUBJECTS.contains(t) || AFTER_A_THING.contains(t) || t.endsWith("n't") || ACKNOWLEDGING.contains(t)
                || VERB_FIRST.contains(t) || state(t) || NOT_OPENING.contains(t) && !IN_A_THING.contains(t))) {
            return false;
        }
        if (w.size() == 1) return w.get(0).endsWith("s") && !w.get(0).endsWith("ss") && !w.get(0).contains("'");
        if (DETERMINERS.contains(w.get(0))) return true;
        String[] parts = words.split(",");
        if (parts.length < 2) return false;
        for (String part : parts) {
            int n = tokens(part).size();
            if (n == 0 || n > 4) return false;
        }
        return true;
    }

    private static boolean state(String word) {
        return STATES.contains(word) || ADJECTIVES.contains(word);
    }

    private static boolean hasVerb(List<String> w, int from, int within) {
        for (int i = from; i < Math.min(w.size(), from + within); i++) {
            String t = w.get(i);
            if (VERBS.contains(t) || t.endsWith("ed") || t.endsWith("n't") || t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) return true;
        }
        return false;
    }

    static List<String> tokens(String words) {
        List<String> out = new ArrayList<>();
        for (String t : words.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z0-9'-]+")) {
            String s = t.replaceAll("^'+|'+$", "");
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }
}
