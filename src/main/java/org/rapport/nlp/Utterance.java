package org.rapport.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One utterance prepared for the detectors: its sentences, its words, and the stems of its content
 * words (what a reflection has to track). Plain English heuristics, no model.
 */
public final class Utterance {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+|(?<=[.!?])$|\\s*[\\n;]\\s*");

    /** Words that open a turn without carrying its act ("Okay, so what brings you in?"). */
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhm", "er", "so", "and", "but", "okay", "ok",
            "well", "yeah", "yes", "yep", "right", "alright", "mm", "mmm", "hmm", "mm-hmm", "mhm", "oh", "now", "ah",
            "huh", "all", "sure", "great", "good", "gotcha", "see", "like", "then", "anyway", "hm", "uh-huh", "no",
            "wow", "cool", "fine");

    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "so", "if", "then", "than",
            "to", "of", "in", "on", "at", "by", "for", "with", "about", "from", "into", "over", "up", "down", "out",
            "off", "as", "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing",
            "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his",
            "she", "her", "hers", "it", "its", "we", "us", "our", "they", "them", "their", "this", "that",
            "these", "those", "there", "here", "what", "which", "who", "whom", "when", "where", "why", "how",
            "not", "no", "yes", "yeah", "just", "really", "very", "too", "also", "all", "any", "some", "much",
            "more", "most", "get", "got", "go", "going", "gonna", "know", "think", "like", "um", "uh", "okay", "ok",
            "oh", "well", "right", "mean", "kind", "sort", "thing", "things", "lot", "bit", "now", "one", "way",
            "i'm", "you're", "it's", "that's", "don't", "didn't", "i've", "you've", "i'd", "you'd", "can't", "won't",
            "there's", "he's", "she's", "they're", "we're", "isn't", "wasn't", "doesn't", "hmm", "mm", "mm-hmm",
            "'s", "s", "t", "d", "ll", "re", "ve", "m", "say", "said", "guess", "maybe", "something", "anything",
            "even", "still", "again", "because", "cause", "'cause", "yep", "let", "let's", "want", "wanna", "need");

    private final String text;
    private final String normalised;
    private final List<String> words;
    private final List<String> sentences;
    private final Set<String> contentStems;

    public Utterance(String text) {
        this.text = text == null ? "" : text.strip();
        this.normalised = normalise(this.text);
        List<String> w = new ArrayList<>();
        for (String token : normalised.replace("?", " ").split(" ")) {
            if (!token.isBlank()) w.add(token);
        }
        this.words = List.copyOf(w);
        List<String> s = new ArrayList<>();
        for (String part : SENTENCE_END.split(this.text)) {
            if (!part.isBlank() && part.chars().anyMatch(Character::isLetterOrDigit)) s.add(part.strip());
        }
        this.sentences = List.copyOf(s);
        Set<String> stems = new LinkedHashSet<>();
        for (String token : words) {
            if (token.length() > 2 && !STOPWORDS.contains(token)) stems.add(stem(token));
        }
        this.contentStems = Set.copyOf(stems);
    }

    /** Lower case, curly quotes straightened, punctuation other than ' and ? turned into spaces. */
    public static String normalise(String text) {
        // One pass over the characters rather than three regular expressions: every detector asks for it.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '’' || c == '‘') c = '\'';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
                if (gap && out.length() > 0) out.append(' ');
                out.append(c);
                gap = false;
            } else if (c == '?') {
                if (out.length() > 0) out.append(' ');
                out.append('?');
                gap = true;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Irregular past forms, so that "told" meets "telling" and "felt" meets "feel". */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("told", "tell"), java.util.Map.entry("felt", "feel"), java.util.Map.entry("thought", "think"),
            java.util.Map.entry("went", "go"), java.util.Map.entry("gone", "go"), java.util.Map.entry("made", "make"),
            java.util.Map.entry("kept", "keep"), java.util.Map.entry("lost", "lose"), java.util.Map.entry("left", "leave"),
            java.util.Map.entry("came", "come"), java.util.Map.entry("took", "take"), java.util.Map.entry("taken", "take"),
            java.util.Map.entry("gave", "give"), java.util.Map.entry("given", "give"), java.util.Map.entry("ate", "eat"),
            java.util.Map.entry("eaten", "eat"), java.util.Map.entry("drank", "drink"), java.util.Map.entry("drunk", "drink"),
            java.util.Map.entry("slept", "sleep"), java.util.Map.entry("spent", "spend"), java.util.Map.entry("brought", "bring"),
            java.util.Map.entry("bought", "buy"), java.util.Map.entry("began", "begin"), java.util.Map.entry("begun", "begin"),
            java.util.Map.entry("fought", "fight"), java.util.Map.entry("hurt", "hurt"), java.util.Map.entry("quit", "quit"),
            java.util.Map.entry("smoked", "smoke"), java.util.Map.entry("wore", "wear"), java.util.Map.entry("broke", "break"),
            java.util.Map.entry("broken", "break"), java.util.Map.entry("heard", "hear"), java.util.Map.entry("met", "meet"),
            java.util.Map.entry("ran", "run"), java.util.Map.entry("sat", "sit"), java.util.Map.entry("stood", "stand"),
            java.util.Map.entry("understood", "understand"), java.util.Map.entry("worse", "bad"), java.util.Map.entry("worst", "bad"),
            java.util.Map.entry("children", "child"), java.util.Map.entry("kids", "child"), java.util.Map.entry("kid", "child"),
            java.util.Map.entry("wife", "spouse"), java.util.Map.entry("husband", "spouse"), java.util.Map.entry("mom", "mother"),
            java.util.Map.entry("mum", "mother"), java.util.Map.entry("dad", "father"), java.util.Map.entry("job", "work"));

    /** A crude suffix stripper: enough for "worried"/"worry"/"worrying" to meet. */
    public static String stem(String word) {
        String w = IRREGULAR.getOrDefault(word, word).replace("'", "");
        for (String suffix : new String[] {"ingly", "edly", "ness", "ment", "ing", "ied", "ies", "ed", "ly", "es", "s", "y", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        // worry/worried/worrying all end up as "wor"
        if (w.length() > 3 && (w.endsWith("y") || w.endsWith("i"))) w = w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) w = w.substring(0, w.length() - 1);
        return w;
    }

    public String text() {
        return text;
    }

    public String normalised() {
        return normalised;
    }

    public List<String> words() {
        return words;
    }

    public int wordCount() {
        return words.size();
    }

    public List<String> sentences() {
        return sentences;
    }

    public Set<String> contentStems() {
        return contentStems;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public String lastSentence() {
        return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
    }

    /** Sentences that end with a question mark. */
    public List<String> questions() {
        return sentences.stream().filter(s -> s.strip().endsWith("?")).toList();
    }

    /** The words of a sentence after leading fillers ("okay, so, um, what ..." gives "what ..."). */
    public static String withoutLeadingFillers(String sentence) {
        String[] tokens = normalise(sentence).replace("?", "").strip().split(" ");
        int i = 0;
        while (i < tokens.length - 1 && FILLERS.contains(tokens[i])) i++;
        // "you know," and "I mean," are fillers only in opening position
        if (i + 1 < tokens.length && tokens[i].equals("i") && tokens[i + 1].equals("mean")) i += 2;
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, Math.min(i, tokens.length), tokens.length)).strip();
    }

    /** Share of this utterance's content stems that also occur in {@code other}. */
    public double overlapWith(Utterance other) {
        if (contentStems.isEmpty()) return 0;
        long shared = contentStems.stream().filter(other.contentStems::contains).count();
        return (double) shared / contentStems.size();
    }

    /** Stems this utterance shares with {@code other}. */
    public Set<String> sharedStems(Utterance other) {
        Set<String> shared = new LinkedHashSet<>(contentStems);
        shared.retainAll(other.contentStems);
        return shared;
    }

    /** Count of words that are the speaker speaking of themself (I, me, my...). */
    public int firstPersonCount() {
        int n = 0;
        for (String w : words) {
            if (w.equals("i") || w.startsWith("i'") || w.equals("me") || w.equals("my") || w.equals("myself") || w.equals("mine")) n++;
        }
        return n;
    }

    /** Count of words addressing the listener (you, your...). */
    public int secondPersonCount() {
        int n = 0;
        for (String w : words) {
            if (w.equals("you") || w.startsWith("you'") || w.equals("your") || w.equals("yours") || w.equals("yourself")) n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return text;
    }
}
