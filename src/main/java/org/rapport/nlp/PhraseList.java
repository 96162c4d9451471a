package org.rapport.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon of words and phrases matched on word boundaries, case-insensitively. A trailing {@code *}
 * on a word matches any ending ({@code frustrat*} finds frustrated, frustrating); {@code _} stands for
 * any one word ({@code i _ sorry} finds "I am sorry", "I'm so sorry" is covered by listing it); a
 * leading {@code ^} ties the phrase to the start of a clause and a trailing {@code $} to its end
 * ({@code ^ try} is an imperative "Try box breathing", not "you've been trying"; {@code i'd love to $}
 * accepts an invitation, "I'd love to hear about him" does not). Clauses end at . , ; : ! ? and dashes.
 *
 * <p>Besides plain occurrence, a phrase can be asked for as something the speaker <em>asserts</em> (not
 * negated: "I can't text you" does not ask to text) or <em>directs</em> at the listener (asserted, not
 * quoted, not reporting the listener's own words or wishes, not the speaker's own intention): "try to"
 * directs in "try to rest", not in "you've been trying to hold it together" or "I'll try to find out".
 */
public final class PhraseList {

    public static final PhraseList EMPTY = new PhraseList(List.of());

    /** Marks a clause break in the matched text; never part of a word. */
    private static final char BREAK = '\u2029';
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[,:])(?=\\s|$|[\"'”’)])|\\s[-–—]+\\s|[—–]");
    /** A sentence ends at . ; ! ? or a line break; it is marked by two clause breaks. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])(?=\\s|$|[\"'”’)])|\\n");
    private static final Pattern QUOTED = Pattern.compile("[\"“”][^\"“”]{1,200}[\"“”]");

    /** {@code text} with what it quotes taken out (a clause break left in its place): words quoted are not the speaker's own. */
    public static String withoutQuotations(String text) {
        return QUOTED.matcher(text).replaceAll(" . ");
    }

    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "without", "nobody", "nothing", "don't",
            "doesn't", "didn't", "can't", "cannot", "won't", "wouldn't", "shouldn't", "couldn't", "isn't", "aren't",
            "wasn't", "weren't", "haven't", "hasn't", "mustn't", "dont", "cant", "wont", "neither", "nor");

    /**
     * A clause that reports what the listener (or someone in their life) said, wished, felt or tried:
     * what follows is their words, reflected, not the speaker's directive.
     */
    private static final Pattern REPORTED = Pattern.compile("(?:^|\\s)(?:"
            + "(?:you|you've|you'd|you're|part of you)(?:\\s(?:have|had|are|were|just|really|kind of|sort of|been|kept|keep|even|still|also|always|almost|both))*"
            + "\\s(?:wish\\w*|want\\w*|feel\\w*|felt|think\\w*|thought|said|say\\w*|tell\\w*|told|believ\\w*|hop\\w*"
            + "|tr(?:y|ies|ied|ying)|wonder\\w*|worr\\w*|fear\\w*|decid\\w*|mention\\w*|mean\\w*|meant|wanting|doubt\\w*"
            + "|afraid|scared|sure|convinced|struggl\\w*|working|fighting|supposed|call\\w*|see\\w*|blam\\w*)"
            + "|(?:said|says|saying|told|tells|telling|asked|asks|asking|keeps saying|kept saying)"
            + "|(?:he|she|they|he's|she's|they're|i|i'm|we)\\s(?:\\w+\\s)?(?:wants|wanted|wish\\w*|hop\\w*|tr(?:y|ies|ied|ying)|wonder\\w*)"
            + "|(?:he|she|they|he's|she's|they're)\\s(?:\\w+\\s)?(?:think\\w*|thought|feel\\w*|felt|say\\w*|believ\\w*|worr\\w*|expect\\w*|call\\w*|see\\w*|blam\\w*)"
            + "|(?:sounds|feels|seems|feel|felt) like|(?:worry|fear|concern|hope|sense|thought|idea|feeling|reasons?) (?:is|was|being)"
            + ")(?:\\s|$)");

    private static final Set<String> DESCRIBED = Set.of("everything", "anything", "something", "things", "whatever", "stuff", "like");
    private static final String SENTENCE_BREAK = BREAK + " " + BREAK;

    private static final Set<String> SPEAKER = Set.of("i", "i'm", "i'd", "i'll", "i've", "we", "we're", "we'll",
            "we'd", "we've", "let's", "me", "us", "myself");
    private static final Set<String> OTHERS = Set.of("you", "you're", "you'll", "you'd", "you've", "yourself", "your",
            "he", "she", "they", "it", "he's", "she's", "they're", "it's", "that", "this", "people", "someone");

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
        return pattern != null && pattern.matcher(marked(text)).find();
    }

    /** How many times the phrases occur, without overlapping. */
    public int count(String text) {
        if (pattern == null) return 0;
        Matcher m = pattern.matcher(marked(text));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The first occurrence, or null. */
    public String find(String text) {
        if (pattern == null) return null;
        Matcher m = pattern.matcher(marked(text));
        return m.find() ? clean(m.group()) : null;
    }

    /** The first occurrence the speaker asserts (not negated: "I can't text you", "I'm not saying you're wrong"), or null. */
    public String findAsserted(String text) {
        return findWhere(text, false);
    }

    /**
     * The first occurrence the speaker directs at the listener, or null: asserted, outside quotation marks,
     * not inside a clause that reports the listener's own words, wishes or efforts ("you wish it would
     * stop", "your doctor said you need to"), and not the speaker's own intention ("I want to make sure").
     */
    public String findDirected(String text) {
        return findWhere(text, true);
    }

    /**
     * As {@link #findDirected}, and not where "you have to..." describes something in the listener's life after a
     * noun phrase ("now it's become a place you have to avoid", "the one person you need to please"): what the
     * roadblock rules count as telling the client what to do. The learned heads' inputs keep {@link #findDirected},
     * the reading they were trained on.
     */
    public String findInstructed(String text) {
        return findWhere(text, true, true);
    }

    private String findWhere(String text, boolean directed) {
        return findWhere(text, directed, false);
    }

    private String findWhere(String text, boolean directed, boolean instructed) {
        if (pattern == null) return null;
        String source = directed ? withoutQuotations(text) : text;
        String marked = marked(source);
        Matcher m = pattern.matcher(marked);
        while (m.find()) {
            int clauseStart = lastIndexWithin(marked, String.valueOf(BREAK), m.start()) + 1;
            String before = marked.substring(clauseStart, m.start()).strip();
            String[] prior = before.isEmpty() ? new String[0] : before.split(" ");
            if (negated(prior)) continue;
            if (directed) {
                // What the client said, wished or feared governs the whole sentence: "You feel like, when she calls, you have to answer."
                int sentenceStart = lastIndexWithin(marked, SENTENCE_BREAK, m.start());
                String sentence = clean(marked.substring(sentenceStart < 0 ? 0 : sentenceStart + SENTENCE_BREAK.length(), m.start()));
                String firstWord = clean(m.group()).split(" ")[0];
                if (REPORTED.matcher((sentence + " " + firstWord).strip()).find()) continue;
                // "everything you need to afford": a description, not a directive
                if (prior.length > 0 && DESCRIBED.contains(prior[prior.length - 1])) continue;
                if (speakersOwn(prior, firstWord)) continue;
                if (obligationReflected(sentence, firstWord, marked, m.end())) continue;
                if (instructed && firstWord.startsWith("you") && describesSomething(prior)) continue;
            }
            return clean(m.group());
        }
        return null;
    }

    /**
     * A clause that says what an obligation costs the client ("..., and that weighs on you", "..., and you're
     * exhausted"): the sentence before it reports the client's own duty rather than laying one on them.
     */
    private static final Pattern OBLIGATION_FELT = Pattern.compile("^(?:(?:and|but|so|yet)\\s)?(?:"
            + "(?:that|which|this|all that|all of that|it)(?:'s|\\sis|\\shas been|\\smust be|\\scan be|\\sis really|\\sgets)?\\s"
            + "(?:really\\s|so\\s|such\\s|a\\s)?(?:weigh\\w*|wear\\w*|scar\\w*|worr\\w*|frighten\\w*|terrif\\w*|hurt\\w*|matter\\w*|mean\\w*"
            + "|feel\\w*|sounds|tak\\w* a toll|lot|heavy|hard|exhausting|tiring|draining|overwhelming|painful|lonely|weight|burden"
            + "|pressure|stressful|tough|leav\\w* you|mak\\w* you)\\b"
            + "|(?:you're|you are|you feel\\w*|you felt|you've been|you worry\\w*|you wonder\\w*|part of you)\\s"
            + ")");

    /** Sentence openings before a reported obligation: "So you have to...", "And you have to...". */
    private static final Set<String> OPENERS = Set.of("", "so", "and", "and so", "well", "okay so", "so then");

    /**
     * "You have to provide for your children, and that weighs on you" reflects the client's own obligation and
     * what it costs them: an obligation opening the sentence, followed in it by a clause of feeling or meaning.
     */
    private static boolean obligationReflected(String sentenceBefore, String firstWord, String marked, int end) {
        if (!firstWord.startsWith("you") || !OPENERS.contains(sentenceBefore.strip())) return false;
        int sentenceEnd = marked.indexOf(SENTENCE_BREAK, end);
        String rest = marked.substring(end, sentenceEnd < 0 ? marked.length() : sentenceEnd);
        String[] clauses = rest.split(String.valueOf(BREAK));
        for (int i = 1; i < clauses.length; i++) {
            if (OBLIGATION_FELT.matcher(clauses[i].strip()).find()) return true;
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one", "some", "every", "any", "only", "whole");
    private static final Set<String> NOT_A_NOUN = Set.of("is", "was", "are", "were", "be", "been", "and", "but", "so", "then", "now",
            "just", "really", "that", "thing");
    private static final Set<String> SOMEWHERE = Set.of("somewhere", "someone", "somebody", "someplace", "anywhere", "anyone", "everyone", "nowhere");

    /** The clause before the phrase ends in a noun phrase ("a place", "the one person", "somewhere"): the phrase describes it. */
    private static boolean describesSomething(String[] prior) {
        if (prior.length == 0) return false;
        String last = prior[prior.length - 1];
        if (SOMEWHERE.contains(last)) return true;
        if (NOT_A_NOUN.contains(last)) return false;
        for (int i = prior.length - 2; i >= Math.max(0, prior.length - 4); i--) {
            if (DETERMINERS.contains(prior[i])) return true;
        }
        return false;
    }

    /** A negator among the three words before the phrase, in its clause. */
    private static boolean negated(String[] prior) {
        for (int i = Math.max(0, prior.length - 3); i < prior.length; i++) {
            // "Don't be such a baby" orders; the name still lands.
            if (i == 0 && (prior[0].equals("don't") || prior[0].equals("dont"))) continue;
            if (NEGATORS.contains(prior[i]) || prior[i].endsWith("n't")) return true;
        }
        return false;
    }

    /** "I want to make sure...", "we'll try to...": the speaker's own act, unless it turns to the listener first. */
    private static boolean speakersOwn(String[] prior, String firstWord) {
        if (OTHERS.contains(firstWord) || SPEAKER.contains(firstWord)) return false;
        for (int i = prior.length - 1; i >= 0; i--) {
            if (OTHERS.contains(prior[i])) return false;
            if (SPEAKER.contains(prior[i])) return true;
        }
        return false;
    }

    /**
     * The first occurrence whose preceding word is not one of {@code notAfter}, or null: "you feel like"
     * reflects a feeling, "if you feel like" and "sorry you feel like" do something else.
     */
    public String findNotAfter(String text, java.util.Set<String> notAfter) {
        if (pattern == null) return null;
        String normalised = marked(text);
        Matcher m = pattern.matcher(normalised);
        while (m.find()) {
            String before = normalised.substring(Math.max(0, m.start() - LOOK_BACK), m.start()).replace(BREAK, ' ').strip();
            String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
            if (!notAfter.contains(previous)) return clean(m.group());
        }
        return null;
    }

    /** Every occurrence, in order. */
    public List<String> findAll(String text) {
        List<String> found = new ArrayList<>();
        if (pattern == null) return found;
        Matcher m = pattern.matcher(marked(text));
        while (m.find()) found.add(clean(m.group()));
        return found;
    }

    /** Every occurrence the speaker asserts (see {@link #findAsserted}), in order. */
    public List<String> findAllAsserted(String text) {
        List<String> found = new ArrayList<>();
        if (pattern == null) return found;
        String marked = marked(text);
        Matcher m = pattern.matcher(marked);
        while (m.find()) {
            int clauseStart = lastIndexWithin(marked, String.valueOf(BREAK), m.start()) + 1;
            String before = marked.substring(clauseStart, m.start()).strip();
            if (!negated(before.isEmpty() ? new String[0] : before.split(" "))) found.add(clean(m.group()));
        }
        return found;
    }

    /** True when a phrase starts the text (after leading fillers have been stripped by the caller). */
    public boolean startsWith(String text) {
        if (pattern == null) return false;
        Matcher m = pattern.matcher(marked(text));
        return m.find() && m.start() == 0;
    }

    /**
     * The marked forms of the texts asked about lately: one reply meets dozens of lexicons, each of which
     * would otherwise split and normalise it again. Bounded, least recently used out first.
     */
    private static final int MARKED_KEPT = 512;
    private static final RecentlyUsed<String, String> MARKED = new RecentlyUsed<>(MARKED_KEPT);

    /** The text normalised as {@link Utterance#normalise}, with a break mark between clauses. */
    static String marked(String text) {
        String m = MARKED.get(text);
        if (m != null) return m;
        m = markedAfresh(text);
        MARKED.put(text, m);
        return m;
    }

    /** How many marked forms are kept now (at most {@link #MARKED_KEPT}). */
    static int markedKept() {
        return MARKED.size();
    }

    private static String markedAfresh(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            boolean first = true;
            for (String clause : CLAUSE_END.split(sentence)) {
                String n = Utterance.normalise(clause);
                if (n.isEmpty()) continue;
                if (out.length() > 0) out.append(' ').append(first ? SENTENCE_BREAK : String.valueOf(BREAK)).append(' ');
                out.append(n);
                first = false;
            }
        }
        return out.toString();
    }

    /**
     * How far back from an occurrence its clause and sentence are read: far more than any spoken clause,
     * and a bound, so that a reply of one endless clause costs time in proportion to its length rather
     * than to its square (each occurrence would otherwise rescan everything before it).
     */
    static final int LOOK_BACK = 400;

    /** Like {@code text.lastIndexOf(mark, from)}, looking back at most {@link #LOOK_BACK} characters; the
     *  window's start (less one) when the mark is not within it. */
    private static int lastIndexWithin(String text, String mark, int from) {
        int floor = Math.max(0, from - LOOK_BACK);
        for (int i = Math.min(from, text.length() - mark.length()); i >= floor; i--) {
            if (text.startsWith(mark, i)) return i;
        }
        return floor == 0 ? -1 : floor - 1;
    }

    private static String clean(String group) {
        return group.replaceAll("[\\s" + BREAK + "]*" + BREAK + "[\\s" + BREAK + "]*", " ").strip();
    }

    private static String toRegex(String phrase) {
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
        StringBuilder re = new StringBuilder();
        int last = words.length - 1;
        boolean wordBefore = false;
        for (int i = 0; i <= last; i++) {
            String w = words[i];
            if (i == 0 && w.equals("^") && last > 0) {
                re.append("(?:^|(?<=" + BREAK + " ))");
                continue;
            }
            if (i == last && w.equals("$") && last > 0) {
                re.append("(?=\\s*(?:" + BREAK + "|$))");
                continue;
            }
            // Words of a phrase may be split by a clause break ("Yes, but...").
            if (wordBefore) re.append("[\\s" + BREAK + "]+");
            wordBefore = true;
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
