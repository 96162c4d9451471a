package org.rapport.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small lexicon of the feeling words clients use, each mapped to the word a trainee would reflect
 * back ("terrified" and "scared stiff" both reflect as "scared"). Enough to ground a coaching hint in
 * the client's own line; the rubric engine has its own, fuller lexicon for scoring.
 */
public final class FeelingLexicon {

    /** Surface form (a word or phrase, lower case) to the feeling as reflected. Phrases come first. */
    private static final Map<String, String> FEELINGS = new LinkedHashMap<>();

    static {
        phrase("on edge", "on edge");
        phrase("can't cope", "overwhelmed");
        phrase("cannot cope", "overwhelmed");
        phrase("too much", "overwhelmed");
        phrase("freaking out", "panicked");
        phrase("worn out", "worn out");
        phrase("fed up", "fed up");
        phrase("let down", "let down");
        phrase("left out", "left out");
        phrase("no point", "hopeless");
        phrase("out of control", "out of control");
        phrase("can't switch off", "unable to switch off");
        words("scared", "scared", "scary", "afraid", "frightened", "terrified", "fear", "petrified");
        words("anxious", "anxious", "anxiety", "nervous", "uneasy", "jittery", "tense");
        words("worried", "worried", "worry", "worrying", "worries");
        words("panicked", "panic", "panicky", "panicking");
        words("low", "sad", "down", "low", "miserable", "unhappy", "depressed", "blue", "gutted");
        words("hopeless", "hopeless", "pointless", "empty", "numb");
        words("exhausted", "exhausted", "tired", "drained", "knackered", "weary");
        words("overwhelmed", "overwhelmed", "swamped", "stressed", "overloaded");
        words("ashamed", "ashamed", "shame", "embarrassed", "humiliated", "mortified", "stupid", "pathetic");
        words("guilty", "guilty", "guilt", "blame");
        words("frustrated", "frustrated", "frustrating", "annoyed", "irritated", "angry", "furious", "mad", "livid");
        words("hurt", "hurt", "betrayed", "rejected");
        words("lonely", "lonely", "alone", "isolated");
        words("confused", "confused", "lost", "unsure", "torn");
        words("stuck", "stuck", "trapped");
        words("disgusted", "disgusting", "disgusted", "dirty", "contaminated");
        words("jealous", "jealous", "envious");
        words("relieved", "relieved", "relief");
        words("hopeful", "hopeful", "hope");
        words("grateful", "grateful", "thankful");
    }

    /**
     * Words that name a feeling only after a feeling verb or intensifier ("I feel lost", "so down"), not
     * in "I lost my keys" or "sit down".
     */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("down", "low", "lost", "blue", "mad",
            "hope", "empty", "alone", "stuck", "torn", "hurt", "tense", "dirty", "fear", "blame", "worries", "shame");
    private static final Pattern FEELING_CUE = Pattern.compile(
            "(?<![a-z'])(?:feel|feels|feeling|felt|so|really|pretty|too|very|quite|bit|kind of|sort of|i'm|i am|am|be|been|being|was|were|get|getting|got|just|always|more|less|and|or)\\s+$");

    private static void phrase(String surface, String feeling) {
        FEELINGS.put(surface, feeling);
    }

    private static void words(String feeling, String... surfaces) {
        for (String s : surfaces) FEELINGS.put(s, feeling);
    }

    private FeelingLexicon() {
    }

    /** The distinct feelings named in a line, in the order they appear. */
    public static List<String> feelingsIn(String line) {
        String text = " " + line.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        List<int[]> found = new ArrayList<>();
        List<String> feelings = new ArrayList<>();
        for (Map.Entry<String, String> e : FEELINGS.entrySet()) {
            Matcher m = Pattern.compile("(?<![a-z'])" + Pattern.quote(e.getKey()) + "(?![a-z])").matcher(text);
            while (m.find()) {
                int start = m.start();
                boolean overlaps = found.stream().anyMatch(r -> start < r[1] && m.end() > r[0]);
                boolean cued = !AMBIGUOUS.contains(e.getKey())
                        || FEELING_CUE.matcher(text.substring(Math.max(0, start - 20), start)).find();
                if (!overlaps && cued) {
                    found.add(new int[] {start, m.end(), feelings.size()});
                    feelings.add(e.getValue());
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> ordered = new ArrayList<>();
        for (int[] r : found) {
            String f = feelings.get(r[2]);
            if (!ordered.contains(f)) ordered.add(f);
        }
        return ordered;
    }
}
