package org.rapport.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Greetings and thanks around what a reply says: "Kia ora, Mereana." or "Thanks, Harold." greets the client and says
 * nothing of what they brought, and the name after a greeting is the person greeted.
 */
public final class Salutations {

    /** Words a greeting ends with, in the Englishes and greetings the scenarios use. */
    static final Set<String> GREETING_ENDS = Set.of("hi", "hello", "hey", "hiya", "ora", "morena", "talofa", "namaste", "salaam",
            "morning", "afternoon", "evening", "thanks", "welcome");

    /** The other words of a greeting, a thank-you or an acknowledgement. */
    private static final Set<String> OTHER_WORDS = Set.of("kia", "salam", "assalamu", "alaikum", "g'day", "good", "thank", "you",
            "okay", "ok", "right", "mm", "mhm", "yes", "yeah", "sure", "cheers", "again", "so", "and");

    private Salutations() {}

    /**
     * Whether a sentence only greets, thanks or names the client ("Kia ora, Mereana.", "Thanks, Harold."): each word a
     * salutation or a capitalised name after the first word.
     */
    public static boolean isSalutation(String sentence) {
        String[] words = sentence.strip().split("[\\s,.!?;:]+");
        int counted = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            counted++;
            boolean name = i > 0 && Character.isUpperCase(w.codePointAt(0));
            String word = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!name && !GREETING_ENDS.contains(word) && !OTHER_WORDS.contains(word)) return false;
        }
        return counted > 0;
    }
}
