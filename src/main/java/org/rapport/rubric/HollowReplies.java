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
        /** "Mum, comparing, cousin, doctor": the client's words listed back, with nothing that holds them in a sentence. */
        KEYWORDS_WITHOUT_A_SENTENCE(2, "the client's own words listed back with no sentence that says anything about them"),
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
            "first_person_share", "second_person_share", "sarcasm_cues", "contempt_cues", "technique_terms", "addresses_grader", "length",
            "function_word_share", "repeated_content", "longest_client_run", "keeps_client_first_person", "self_focused_segments",
            "own_feelings", "own_things", "stock_phrases", "feelings_of_things");

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
    /**
     * Platitudes and claims to know, said in place of hearing this client: inputs to the head (the rubric's
     * reassuring roadblocks are counted with them).
     */
    private static final Pattern STOCK = Pattern.compile("\\b(everything|it all) happens for a reason\\b|\\btime (heals|is a (great )?healer)\\b|\\bstay (strong|positive)\\b"
            + "|\\bsending (you )?(hugs|love|prayers|positive vibes|good vibes|light)\\b|\\b(good|positive) vibes\\b|\\bi know (exactly )?how you feel\\b|\\bi (totally|completely) (understand|get it|get that)\\b"
            + "|\\bit is what it is\\b|\\bsilver lining\\b|\\bchin up\\b|\\bbright side\\b|\\b(in )?a better place\\b|\\bgod has a plan\\b"
            + "|\\bhang in there\\b|\\byou'?ve got this\\b|\\bbelieve in yourself\\b|\\bwhat doesn'?t kill you\\b|\\btomorrow is another day\\b|\\btomorrow'?s another day\\b"
            + "|\\bthings will get better\\b|\\bit gets better\\b|\\bkeep your head up\\b|\\bthis too shall pass\\b|\\bonwards and upwards\\b"
            + "|\\bplenty more fish\\b|\\bno pain,? no gain\\b|\\bthoughts and prayers\\b|\\bbelieve me,? i know\\b|\\bi'?ve been there\\b|\\bsame here\\b");
    /** Words that only hold a sentence together: a reply with none of them is a list, not a sentence. */
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "for",
            "with", "about", "as", "by", "from", "that", "this", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did",
            "have", "has", "had", "it", "it's", "its", "i", "i'm", "you", "you're", "your", "he", "she", "they", "we", "him", "her",
            "them", "his", "their", "my", "me", "what", "when", "how", "if", "not", "can", "could", "would", "will", "must", "there",
            "who", "which", "where", "because", "than", "like", "into", "up", "out", "can't", "don't", "isn't", "it'll", "that's");
    /** People (and the self's parts) who can feel things: a feeling given to anything else is nonsense unless the client named it. */
    private static final Set<String> PEOPLE = Set.of("mum", "mom", "mother", "mam", "ma", "dad", "father", "pa", "parent", "parents", "son", "sons", "daughter",
            "daughters", "kid", "kids", "child", "children", "boy", "boys", "girl", "girls", "baby", "husband", "wife", "partner", "boyfriend",
            "girlfriend", "friend", "friends", "mate", "mates", "family", "brother", "brothers", "sister", "sisters", "sibling", "siblings",
            "boss", "manager", "teacher", "teachers", "colleague", "colleagues", "people", "person", "everyone", "someone", "somebody",
            "nobody", "team", "doctor", "nurse", "coach", "gran", "granny", "grandmother", "grandfather", "grandad", "grandpa", "grandma", "nan",
            "aunt", "auntie", "uncle", "cousin", "nephew", "niece", "neighbour", "neighbor", "flatmate", "roommate", "ex", "fiance", "fiancee",
            "carer", "client", "self", "heart", "mind", "body", "gut", "part", "side", "one", "ones", "folks", "relatives", "in-laws", "group",
            "class", "community", "congregation", "church", "household", "bairns", "wee", "lad", "lass", "guy", "guys", "man", "woman", "men", "women");
    private static final Set<String> DETERMINERS = Set.of("the", "your", "a", "an", "his", "her", "their", "my", "our", "this", "that", "those", "these");
    private static final Set<String> ATTRIBUTING = Set.of("is", "are", "was", "were", "feels", "feel", "felt", "seems", "seem", "seemed", "looks", "look", "gets", "got");
    private static final Set<String> INTENSIFIERS = Set.of("so", "really", "very", "deeply", "quite", "truly", "terribly", "a", "bit", "little", "too", "rather");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself");
    private static final Set<String> SECOND_PERSON = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "your", "yours", "yourself", "u", "ur");
    private static final Pattern SEGMENT = Pattern.compile("[.!?;,:\u2013\u2014\n]+");

    private final Cues cues;

    HollowReplies(Cues cues) {
        this.cues = cues;
    }

    /** At least this many words, none of them holding a sentence together, every content word the client's: a list of their keywords. */
    static final int KEYWORDS_LISTED = 5;

    Optional<Kind> find(String reply, String client) {
        if (GRADER.matcher(reply).find()) return Optional.of(Kind.ADDRESSES_THE_GRADER);
        List<String> words = words(reply);
        if (words.isEmpty()) return Optional.empty();
        if (repeated(words)) return Optional.of(Kind.REPEATED);
        int feelings = cues.feelings.count(reply);
        int stems = cues.reflectionStems.count(reply);
        Set<String> content = new HashSet<>();
        for (String w : words) if (!NO_CONTENT.contains(w) && !cues.feelings.matches(w)) content.add(w);
        if (content.isEmpty() && feelings + stems >= 3) return Optional.of(Kind.FORM_WITHOUT_CONTENT);
        if (words.size() >= KEYWORDS_LISTED && functionShare(words) == 0 && !content.isEmpty() && words(client).containsAll(content)) {
            return Optional.of(Kind.KEYWORDS_WITHOUT_A_SENTENCE);
        }
        return Optional.empty();
    }

    /**
     * What the hollow-reply head reads of a reply and the client line it answers: how much of it is
     * feeling words and stems, how much content it has and whether that content is the client's, whether
     * its words form sentences, how repetitive it is, whether it says the client's line back unchanged, who
     * it is about (the speaker's own feelings and things), platitudes, feelings given to things, and cues of
     * mockery, contempt, technique names and text for a grader. Each value lies in [0, 1].
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
        x[i++] = functionShare(words);
        x[i++] = repeatedContent(words);
        List<String> clientList = words(client);
        double[] copy = copied(words, clientList);
        x[i++] = copy[0];
        x[i++] = copy[1];
        double[] self = selfFocus(lower, clientWords);
        x[i++] = self[0];
        x[i++] = self[1];
        x[i++] = self[2];
        int reassuring = cues.roadblocks.containsKey(Roadblock.REASSURING) && cues.roadblocks.get(Roadblock.REASSURING).findDirected(reply) != null ? 1 : 0;
        x[i++] = Math.min(1, (hits(STOCK, lower) + reassuring) / 2.0);
        x[i++] = Math.min(1, feelingsOfThings(words, clientWords, isFeeling) / 2.0);
        return x;
    }

    private static double functionShare(List<String> words) {
        int k = 0;
        for (String w : words) if (FUNCTION.contains(w)) k++;
        return (double) k / words.size();
    }

    /** The share of content words that repeat one said earlier in the reply: a short reply can also say one thing again and again. */
    private static double repeatedContent(List<String> words) {
        Set<String> seen = new HashSet<>();
        int content = 0, again = 0;
        for (String w : words) {
            if (NO_CONTENT.contains(w)) continue;
            content++;
            if (!seen.add(w)) again++;
        }
        return content == 0 ? 0 : (double) again / content;
    }

    /** Runs of this many of the client's words, in order, are the client's line said again rather than ordinary shared words ("i want to"). */
    private static final int COPIED_RUN = 4;

    /**
     * The client's line said back: the longest run of at least {@link #COPIED_RUN} of the client's words, in
     * the client's order, as a share of the line (up to 8 words), and the share of the client's first-person
     * words the reply says inside such runs, unchanged ("my mum keeps"), where a reflection turns them to "you".
     */
    private static double[] copied(List<String> reply, List<String> client) {
        if (client.isEmpty()) return new double[2];
        int best = 0;
        boolean[] inRun = new boolean[reply.size()];
        int[] prev = new int[client.size() + 1];
        for (int i = 0; i < reply.size(); i++) {
            int[] cur = new int[client.size() + 1];
            for (int j = 0; j < client.size(); j++) {
                if (!reply.get(i).equals(client.get(j))) continue;
                int run = cur[j + 1] = prev[j] + 1;
                best = Math.max(best, run);
                if (run >= COPIED_RUN) for (int k = i - run + 1; k <= i; k++) inRun[k] = true;
            }
            prev = cur;
        }
        int firstInClient = 0, kept = 0;
        for (String w : client) if (FIRST_PERSON.contains(w)) firstInClient++;
        for (int i = 0; i < reply.size(); i++) if (inRun[i] && FIRST_PERSON.contains(reply.get(i))) kept++;
        double run = best < COPIED_RUN ? 0 : Math.min(1, best / (double) Math.min(client.size(), 8));
        return new double[] {run, firstInClient == 0 ? 0 : Math.min(1, (double) kept / firstInClient)};
    }

    /**
     * Who the reply is about: the share of its parts in the first person with no "you" in them; its parts
     * that give the speaker's own feelings; and the speaker's own things ("my car") the client never named.
     */
    private double[] selfFocus(String lower, Set<String> clientWords) {
        int parts = 0, self = 0, feelings = 0, things = 0;
        for (String segment : SEGMENT.split(lower)) {
            List<String> w = words(segment);
            if (w.size() < 2) continue;
            parts++;
            boolean first = false, second = false;
            for (int j = 0; j < w.size(); j++) {
                if (FIRST_PERSON.contains(w.get(j))) first = true;
                if (SECOND_PERSON.contains(w.get(j))) second = true;
                if (w.get(j).equals("my") && j + 1 < w.size() && !clientWords.contains(w.get(j + 1))) things++;
            }
            if (first && !second) {
                self++;
                if (cues.feelings.matches(segment)) feelings++;
            }
        }
        return new double[] {parts == 0 ? 0 : (double) self / parts, Math.min(1, feelings / 2.0), Math.min(1, things / 2.0)};
    }

    /**
     * Feelings given to things: "the kettle feels misunderstood", "a heartbroken cucumber". Only people (and
     * what the client named) feel; a feeling on anything else is the look of empathy without its sense.
     */
    private int feelingsOfThings(List<String> words, Set<String> clientWords, java.util.Map<String, Boolean> isFeeling) {
        int k = 0;
        for (int i = 1; i < words.size(); i++) {
            if (!isFeeling.getOrDefault(words.get(i), false)) continue;
            // "a heartbroken cucumber": the feeling describes the word after it.
            if (DETERMINERS.contains(words.get(i - 1)) && i + 1 < words.size() && isThing(words.get(i + 1), clientWords, isFeeling)) {
                k++;
                continue;
            }
            // "the kettle feels (deeply) misunderstood": the feeling is said of the subject before the verb.
            int v = i - 1;
            while (v > 0 && INTENSIFIERS.contains(words.get(v))) v--;
            if (v < 2 || !ATTRIBUTING.contains(words.get(v))) continue;
            String subject = words.get(v - 1);
            boolean determined = DETERMINERS.contains(words.get(v - 2)) || (v >= 3 && DETERMINERS.contains(words.get(v - 3)));
            if (determined && isThing(subject, clientWords, isFeeling)) k++;
        }
        return k;
    }

    private boolean isThing(String word, Set<String> clientWords, java.util.Map<String, Boolean> isFeeling) {
        return !NO_CONTENT.contains(word) && !FUNCTION.contains(word) && !PEOPLE.contains(word) && !clientWords.contains(word)
                && !isFeeling.computeIfAbsent(word, cues.feelings::matches) && !word.endsWith("ing") && !word.endsWith("ly");
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
