package org.rapport.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon of words and phrases matched on word boundaries, case-insensitively. A trailing {@code *}
 * on a word matches any ending ({@code frustrat*} finds frustrated, frustrating); {@code _} stands for
 * any one word ({@code i _ sorry} finds "I am sorry", "I'm so sorry" is covered by listing it).
 */
public final class PhraseList {

    public static final PhraseList EMPTY = new PhraseList(List.of());

    private final List<String> phrases;
    private final Pattern pattern;

    public PhraseList(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        if (this.phrases.isEmpty()) {
            pattern = null;
        } else {
            StringBuilder alternation = new StringBuilder();
            for (String p : this.phrases) {
                if (alternation.length() > 0) alternation.append('|');
                alternation.append(toRegex(p));
            }
            pattern = Pattern.compile("(?<![a-z0-9'])(?:" + alternation + ")(?![a-z0-9'])");
        }
    }

    public static PhraseList of(List<String> phrases) {
        return phrases == null ? EMPTY : new PhraseList(phrases);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** True when any phrase occurs in the text. */
    public boolean matches(String text) {
        return pattern != null && pattern.matcher(Utterance.normalise(text)).find();
    }

    /** The first occurrence, or null. */
    public String find(String text) {
        if (pattern == null) return null;
        Matcher m = pattern.matcher(Utterance.normalise(text));
        return m.find() ? m.group() : null;
    }

    /**
     * The first occurrence whose preceding word is not one of {@code notAfter}, or null: "you feel like"
     * reflects a feeling, "if you feel like" and "sorry you feel like" do something else.
     */
    public String findNotAfter(String text, java.util.Set<String> notAfter) {
        if (pattern == null) return null;
        String normalised = Utterance.normalise(text);
        Matcher m = pattern.matcher(normalised);
        while (m.find()) {
            String before = normalised.substring(0, m.start()).strip();
            String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
            if (!notAfter.contains(previous)) return m.group();
        }
        return null;
    }

    /** Every occurrence, in order. */
    public List<String> findAll(String text) {
        List<String> found = new ArrayList<>();
        if (pattern == null) return found;
        Matcher m = pattern.matcher(Utterance.normalise(text));
        while (m.find()) found.add(m.group());
        return found;
    }

    /** True when a phrase starts the text (after leading fillers have been stripped by the caller). */
    public boolean startsWith(String text) {
        if (pattern == null) return false;
        Matcher m = pattern.matcher(Utterance.normalise(text));
        return m.find() && m.start() == 0;
    }

    private static String toRegex(String phrase) {
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (re.length() > 0) re.append("\\s+");
            if (w.equals("_")) {
                re.append("[a-z0-9']+");
            } else if (w.endsWith("*")) {
                re.append(Pattern.quote(w.substring(0, w.length() - 1))).append("[a-z0-9']*");
            } else {
                re.append(Pattern.quote(w));
            }
        }
        return re.toString();
    }
}
