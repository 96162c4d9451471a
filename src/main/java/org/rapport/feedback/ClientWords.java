package org.rapport.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapport.nlp.PhraseList;
import org.rapport.nlp.Utterance;

/**
 * What a client's line says, in the words feedback and suggested replies reuse: the feeling named (or,
 * failing that, the one the scenario's hint names), the clause that carries it turned to the second
 * person, and what the line is about.
 *
 * @param feeling     the feeling word as the client used it ("embarrassing"), or null
 * @param feelingForm the feeling as a reflection says it ("embarrassed"), or null
 * @param clause      the client's clause as they said it ("I'm a grown woman"), or null for an empty line
 * @param content     that clause in the second person ("you're a grown woman"), or null
 * @param topic       what the line is about, in the second person ("your sister"), or null
 * @param fromHint    true when the feeling comes from the scenario's hint, not the client's words
 */
public record ClientWords(String feeling, String feelingForm, String clause, String content, String topic, boolean fromHint) {

    private static final Pattern STAGE = Pattern.compile("\\([^)]*\\)");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:um+|uh+|erm|so|well|yeah|yes|no|like|honestly|i mean|okay|ok|look|anyway|and|but|oh|right|sorry)[,.]?\\s+"
                    // openers that frame what follows ("So, fun fact, I'm not dying"): only with their comma, as
                    // "listen" or "see" without one is the verb
                    + "|(?:fun fact|plot twist|spoiler alert|news flash|truth is|the truth is|thing is|the thing is|to be honest|tbh|basically|listen|see)[,:]\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile(
            "\\b(I'm|I am|Im|I've|Ive|I'd|I'll|I wasn't|I wasnt|I was|was I|I|me|my|mine|myself|we're|we|us|our|ours|you're|youre|you|your|yours|yourself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT = Pattern.compile("\\babout ([^.,;!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MY = Pattern.compile("\\bmy ([a-z-]+(?:'s [a-z-]+)?)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 18;
    /** Lexicon entries that say something is hard without naming how it feels. */
    private static final Set<String> VAGUE = Set.of("feel", "feeling", "tough", "difficult", "hard time", "so hard", "really hard",
            "hard for you", "hard on you", "pain", "heavy", "moved", "lost", "safe", "in control");

    /** Feeling words with another everyday sense: "Is that mad?", "never touched a drop", "feeling down the pub". */
    private static final Set<String> TWO_SENSES = Set.of("mad", "touched", "cross", "down", "low", "blue", "moved", "crazy", "sick");
    private static final Pattern SAID_OF_SOMEONE = Pattern.compile(
            "\\b(?:i'm|im|i am|i was|i feel|i felt|i get|i got|feeling|feel|felt|so|really|very|pretty|a bit|makes me|made me|he's|she's|"
                    + "they're|he was|she was|they were|he is|she is|you're|get|got|gets|go|went|been)\\s+$", Pattern.CASE_INSENSITIVE);

    /** A feeling word with two senses counts only where it is said of someone ("I'm so mad at him"), not "Is that mad?". */
    private static boolean saidOfSomeone(String sentence, String feeling) {
        if (!TWO_SENSES.contains(feeling.toLowerCase(Locale.ROOT))) return true;
        String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int at = lower.indexOf(feeling.toLowerCase(Locale.ROOT));
        return at > 0 && SAID_OF_SOMEONE.matcher(lower.substring(0, at)).find();
    }

    /** Whether {@code text} names a feeling, not only that something is hard ("tough", "heavy"). */
    static boolean namesFeeling(String text, PhraseList feelings) {
        return feelings.findAll(text).stream().anyMatch(f -> !VAGUE.contains(f.toLowerCase(Locale.ROOT)));
    }

    /** Reads a client line; {@code hint} (may be null) supplies the feeling when the line names none. */
    public static ClientWords of(String clientLine, String hint, PhraseList feelings, Map<String, String> forms) {
        String line = clientLine == null ? "" : STAGE.matcher(clientLine).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) return new ClientWords(null, null, null, null, null, false);
        List<String> sentences = new Utterance(line).sentences();
        String feeling = null;
        String feelingSentence = null;
        for (String s : sentences) {
            for (String f : feelings.findAll(s)) {
                if (!VAGUE.contains(f.toLowerCase(Locale.ROOT)) && saidOfSomeone(s, f)) {
                    feeling = f;
                    feelingSentence = s;
                    break;
                }
            }
            if (feeling != null) break;
        }
        boolean fromHint = false;
        if (feeling == null && hint != null) {
            // a hint speaks to the counsellor: "stay calm" is how to be, not what the client feels
            for (String f : feelings.findAll(COUNSELLOR_MANNER.matcher(hint).replaceAll(" "))) {
                if (!VAGUE.contains(f.toLowerCase(Locale.ROOT))) {
                    feeling = f;
                    fromHint = true;
                    break;
                }
            }
        }
        String clause = clause(feelingSentence != null ? feelingSentence : weightiest(sentences), feeling);
        String content = clause == null ? null : secondPerson(clause);
        return new ClientWords(feeling, feeling == null ? null : form(feeling, forms), clause, content, topic(line), fromHint);
    }

    /**
     * The first sentence of {@code clientLine} that {@code carries} accepts and that can be said back whole: a
     * statement, not spoken to the counsellor, whose quotable clause keeps its end (nothing cut or broken off
     * but what follows a comma); else null.
     */
    static String wholeClauseWhere(String clientLine, java.util.function.Predicate<String> carries) {
        String line = clientLine == null ? "" : STAGE.matcher(clientLine).replaceAll(" ").replaceAll("\\s+", " ").strip();
        for (String s : new Utterance(line).sentences()) {
            // a fragment opening on "-ing" ("Calling me from the kitchen") is no clause to say back
            if (!carries.test(s) || s.strip().endsWith("?") || SPOKEN_TO.matcher(s).find() || s.contains("\"")
                    || s.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).endsWith("ing")) continue;
            String c = clause(s, null);
            // whole: the sentence ends there, or goes on after a comma ("..., but I've been praying for two years")
            if (c != null && (ending(s).endsWith(ending(c)) || s.contains(ending(c) + ","))) return c;
        }
        return null;
    }

    private static final Pattern SPOKEN_TO = Pattern.compile("\\b(?:you|your|you're|youre|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);

    private static String ending(String s) {
        return s.strip().replaceAll("[.!?…,;:\"“”]+$", "").strip();
    }

    /**
     * The sentence that carries most: content words count, later sentences (what the client ends on) count
     * more, questions to the counsellor and greetings less.
     */
    private static String weightiest(List<String> sentences) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int n = sentences.size();
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i);
            String lead = Utterance.normalise(s);
            // a clause about the client themself ("I", "my") reads as a reflection once turned to "you"
            boolean personal = FIRST_PERSON.matcher(s).find();
            boolean toCounsellor = new Utterance(s).secondPersonCount() > 0;
            double score = new Utterance(s).contentStems().size() + (n == 1 ? 0 : 2.0 * i / (n - 1)) + (personal ? 2 : 0) - (toCounsellor ? 2 : 0)
                    - (s.strip().endsWith("?") ? 2 : 0) - (GREETING.matcher(lead).lookingAt() ? 3 : 0);
            if (score >= bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** "Stay calm and warm", "keep curious", "be gentle": a hint's advice on the counsellor's own manner. */
    private static final Pattern COUNSELLOR_MANNER = Pattern.compile(
            "\\b(?:stay|keep|remain|be|sound|staying|keeping|remaining|being)\\s+\\w+(?:\\s*(?:,|and|but)\\s*\\w+)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|Im|Ive|me|my|myself|we|our)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GREETING = Pattern.compile("(hi|hello|hey|sorry|thanks|thank you|good morning|good afternoon)\\b");
    /** Words a quoted clause should not end on ("...yelled at me in front"). */
    private static final Set<String> DANGLING = Set.of("in", "of", "the", "a", "an", "to", "and", "at", "with", "for", "on",
            "my", "your", "but", "or", "because", "so", "that", "from", "about", "like", "just", "i", "is", "was", "then");

    /**
     * The part of a sentence worth quoting: fillers and quotation marks off, the whole sentence when it is
     * short, else its opening clauses up to eighteen words (the opening keeps the sentence's subject).
     */
    static String clause(String sentence, String feeling) {
        if (sentence == null) return null;
        String s = LEADING.matcher(sentence.strip().replaceAll("[\"“”]", "").replaceFirst("^[A-Z][A-Z'-]+:\\s*", "").replaceFirst("^[.…\\s]+", "")).replaceFirst("")
                .replaceAll("[.!?…]+$", "").strip();
        // a line the client quotes ('I don't remember.') is their words, without the quotation marks
        if (s.matches("^['‘].*['’]$") || s.matches("^['‘][^'‘’]*$")) s = s.replaceAll("^['‘]|['’]$", "").replaceAll("[.!?…]+$", "").strip();
        // an aside at the end ("Disgusting, I know") is not part of what the client said about themself
        s = TRAILING_ASIDE.matcher(s).replaceFirst("").strip();
        // a conjunction left hanging after a comma ("Everyone thinks I'm fine, so.") trails off; it says nothing
        s = s.replaceFirst("(?i),\\s*(?:so|and|but|or|then)$", "").strip();
        if (s.isEmpty()) return null;
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS) {
            // cut at the last clause boundary within the limit, else at the limit
            String[] parts = s.split("(?<=[,;:—–])\\s+");
            StringBuilder kept = new StringBuilder();
            for (String part : parts) {
                int n = kept.length() == 0 ? 0 : kept.toString().split("\\s+").length;
                if (n + part.split("\\s+").length > MAX_WORDS) break;
                kept.append(kept.length() == 0 ? "" : " ").append(part);
            }
            if (kept.toString().split("\\s+").length >= 5) {
                s = kept.toString();
            } else {
                int cut = MAX_WORDS;
                // before the last joining word within the limit, so that the quote ends on a whole clause
                // ("...told me to come here", not "...told me to come here or she'd")
                for (int i = MAX_WORDS; i >= 6; i--) {
                    if (JOINING.contains(words[i].toLowerCase(Locale.ROOT))) {
                        cut = i;
                        break;
                    }
                }
                while (cut > 4 && DANGLING.contains(words[cut - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", ""))) cut--;
                s = String.join(" ", java.util.Arrays.copyOf(words, cut));
            }
        }
        s = s.replaceAll("[,;:—–.…]+$", "").strip();
        // a sentence broken off ("she has to deal with my... whatever this is") ends on its last whole word
        String[] kept = s.split("\\s+");
        int end = kept.length;
        while (end > 1 && BROKEN_OFF.contains(kept[end - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", ""))) end--;
        return String.join(" ", java.util.Arrays.copyOf(kept, end)).replaceAll("[,;:—–.…]+$", "").strip();
    }

    /** Words that open a new clause: a long sentence is cut before one. */
    private static final Set<String> JOINING = Set.of("and", "or", "but", "because", "so", "when", "while", "until", "unless",
            "if", "then", "though", "although", "cos", "cause");

    private static final Pattern TRAILING_ASIDE = Pattern.compile(
            ",?\\s*\\b(?:i know|you know|i guess|i suppose|honestly|to be honest|like|right|yeah|lol|haha)$", Pattern.CASE_INSENSITIVE);
    /** Words a clause does not end on when the client broke off. */
    private static final Set<String> BROKEN_OFF = Set.of("the", "a", "an", "my", "your", "our", "his", "their", "with", "of",
            "and", "but", "or", "because", "i'm", "im", "i", "i've", "i'd", "i'll", "it's", "is", "was", "to");

    /** "I", "my", "we" become "you", "your"; "you" (the counsellor) becomes "me". */
    public static String secondPerson(String text) {
        Matcher m = PERSON.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean[] generic = genericYouSentences(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (generic[m.start()] && word.startsWith("you")) {
                // "Seventy-eight, you get tired": the client's "you" is anyone's, and said back it stays "you"
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
                continue;
            }
            String replacement = switch (word) {
                case "i'm", "i am", "im", "we're" -> "you're";
                case "i've", "ive" -> "you've";
                case "i'd" -> "you'd";
                case "i'll" -> "you'll";
                case "i was" -> "you were";
                case "i wasn't", "i wasnt" -> "you weren't";
                case "was i" -> "were you";
                case "i", "me", "we", "us" -> "you";
                case "my", "our" -> "your";
                case "mine", "ours" -> "yours";
                case "myself" -> "yourself";
                case "you're", "youre" -> "I'm";
                case "you" -> m.start() == 0 || SUBJECT_AFTER.contains(nextWord(text, m.end())) ? "I" : "me";
                case "your" -> "my";
                case "yours" -> "mine";
                case "yourself" -> "myself";
                default -> m.group(1);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        // "whenever someone compliments me I think" turned round needs its clause break: "compliments you, you think"
        String s = out.toString().replaceAll("\\b([Yy]ou) you\\b", "$1, you");
        // Only a capital that merely opens the sentence goes. A name keeps its own: the first word stays
        // capitalised when it is not a common opening word and the line capitalises other names
        // mid-sentence ("Derek didn't bring Keoni back").
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !(Character.isUpperCase(s.charAt(1)))
                && (OPENING_WORDS.contains(s.split("[\\s,.;:!?]", 2)[0].toLowerCase(Locale.ROOT)) || !NAME_MID_SENTENCE.matcher(s).find())) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * A "you" that means anyone, in a frame that sets it up: an age before it ("Seventy-eight, you get
     * tired"), "at my age", "when you're old", "back home", "in my day". "As a counsellor, you..." or "if you're a
     * counsellor" speak to the counsellor, as do "when you said" and "if you tell", and are not matched.
     */
    private static final Pattern GENERIC_YOU = Pattern.compile(
            "(?:\\b\\d{2}|\\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?|\\bat (?:my|our|your|that|this) age"
                    + "|\\bin (?:my|our|those) days?|\\bback home|\\bback then|\\bwhere I(?:'m| am| come) from|\\bround here"
                    + "|\\bin (?:my|our|this) (?:job|line of work|family|culture|community|village|church))\\s*,\\s*you\\b"
                    + "|\\b(?:when|once) you(?:'re| are) (?:a|an|old|older|young|my age|over|under|in your|\\d{2})\\b"
                    + "|\\b(?:when|once) you (?:get|reach|hit) (?:to|old|older|my age|\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    /** For each character of the text, whether it lies in a statement whose "you" is anyone's (see {@link #GENERIC_YOU}). */
    private static boolean[] genericYouSentences(String text) {
        boolean[] generic = new boolean[text.length() + 1];
        int from = 0;
        for (String s : new Utterance(text).sentences()) {
            int at = text.indexOf(s, from);
            if (at < 0) continue;
            from = at + s.length();
            if (!s.endsWith("?") && GENERIC_YOU.matcher(s).find()) java.util.Arrays.fill(generic, at, from, true);
        }
        return generic;
    }

    /** A capitalised word after another word of the same sentence (not "I"): a sign the line uses names. */
    private static final Pattern NAME_MID_SENTENCE = Pattern.compile("[\\p{L},;:] +(?!I\\b|I')\\p{Lu}\\p{Ll}");

    /** Common words that are capitalised only because they open a sentence. */
    private static final Set<String> OPENING_WORDS = Set.of("you", "your", "you're", "you've", "you'd", "you'll", "yours",
            "yourself", "me", "my", "we", "we're", "our", "us", "it", "it's", "its", "he", "he's", "his", "him", "she", "she's",
            "her", "they", "they're", "their", "them", "there", "there's", "this", "that", "that's", "these", "those", "the",
            "a", "an", "every", "everyone", "everybody", "everything", "nobody", "no", "nothing", "nowhere", "someone",
            "something", "some", "all", "any", "anything", "when", "whenever", "if", "because", "so", "and", "but", "or",
            "then", "just", "since", "after", "before", "now", "still", "even", "sometimes", "maybe", "what", "how", "why",
            "who", "where", "work", "mum", "mom", "dad", "people", "things", "life", "home", "school", "not", "never",
            "always", "only", "being", "having", "getting", "going", "trying", "feeling", "thinking", "last", "one", "two",
            "most", "mostly", "whether", "honestly", "like", "yeah", "well", "okay", "ok");

    /** Words after which "you" is the one doing something ("you won't tell"), so it becomes "I". */
    private static final Set<String> SUBJECT_AFTER = Set.of("won't", "will", "would", "wouldn't", "can", "can't", "could", "couldn't",
            "are", "were", "aren't", "have", "haven't", "had", "do", "don't", "did", "didn't", "should", "shouldn't", "might",
            "must", "never", "always", "just", "really", "think", "know", "said", "say", "see", "feel", "get", "want", "need");

    private static String nextWord(String text, int from) {
        String rest = text.substring(from).stripLeading();
        int end = 0;
        while (end < rest.length() && (Character.isLetter(rest.charAt(end)) || rest.charAt(end) == '\'')) end++;
        return rest.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** What the line is about, in the second person, or null. */
    static String topic(String line) {
        Matcher about = ABOUT.matcher(line);
        if (about.find()) {
            String[] w = about.group(1).strip().split("\\s+");
            return secondPerson(String.join(" ", java.util.Arrays.copyOf(w, Math.min(6, w.length))));
        }
        Matcher my = MY.matcher(line);
        if (my.find()) return "your " + secondPerson(my.group(1));
        return null;
    }

    /** The feeling as an adjective a reflection can use. */
    static String form(String feeling, Map<String, String> forms) {
        String f = feeling.toLowerCase(Locale.ROOT).strip();
        String mapped = forms.get(f);
        if (mapped != null) return mapped;
        for (String lead : List.of("feeling ", "feel ", "felt ", "so ", "really ")) {
            if (f.startsWith(lead)) return form(f.substring(lead.length()), forms);
        }
        return f;
    }

    /** The stems of the client's content words and feeling, to tell whether a reply reuses any of them. */
    public static Set<String> stems(String clientLine) {
        return new HashSet<>(new Utterance(clientLine == null ? "" : clientLine).contentStems());
    }

    /** Every content word of a text that is in {@code stems}. */
    public static List<String> shared(String text, Set<String> stems) {
        List<String> out = new ArrayList<>();
        for (String w : new Utterance(text).words()) {
            if (w.length() > 2 && stems.contains(Utterance.stem(w))) out.add(w);
        }
        return out;
    }
}
