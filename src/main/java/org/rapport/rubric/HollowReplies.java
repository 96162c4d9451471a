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
        /** "You feel. You think. You wonder.", "Well, kind of, sort of, you know": fragments, none of them a clause that says something. */
        FRAGMENTS_WITHOUT_A_CLAUSE(2, "fragments (feeling words, stems or fillers) with no clause that says anything about the client"),
        /** The speaker's own feelings about the speaker's own life, with nothing said to or about the client. */
        ABOUT_THE_SPEAKER(2, "the reply is about the speaker's own life and feelings, not the client's"),
        /** "You feel worried, but honestly you're a pushover": a reflection that ends in name-calling aimed at the client. */
        PUTS_THE_CLIENT_DOWN(2, "the reply puts the client down rather than understanding them"),
        /** "You've put on three stone since your knee operation and you hate how you look.": the client's line, pronouns turned, and nothing more. */
        SAYS_THE_LINE_BACK(2, "the client's own line said back word for word, with nothing of what it means to them"),
        /** "Boo hoo", "I'm sure you're absolutely heartbroken": stock mockery, never said in earnest. */
        MOCKS(2, "the reply mocks the client's feelings rather than understanding them"),
        /** "That's only a bit of slagging. What are you into yourself?": what the client said made light of, then something else asked about. */
        DISMISSES(2, "the reply makes light of what the client said and moves on to something else"),
        /** "It sounds like you feel the exam hall was a sea of jellybeans": images of things after a reflection stem, in place of what the client said. */
        IMAGES_FOR_MEANING(2, "images of things dressed as a reflection, with nothing of what the client's words mean to them"),
        /** "That sounds upsetting, but at least they're noticing you": the feeling heard, then made light of. */
        MINIMISES(2, "the reply seems to hear the client, then makes light of what they feel"),
        /** "It sounds like you're stressed! Our partner app offers 20% off": an advertisement after a stem. */
        SELLS(2, "the reply sells something rather than answering the client"),
        /** "You said, 'I feel completely understood'": the client quoted, or told what they want, in words they never used. */
        PUTS_WORDS_IN_THE_CLIENTS_MOUTH(2, "the reply tells the client they said or want what they never said"),
        /** "Sacrificed they everything away throwing": the client's own words said back in a jumble. */
        SCRAMBLES(2, "the client's own words said back in a jumble, with no sentence of them"),
        /** "It sounds like you have a car. What make is it, out of interest?": a detail beside the point asked about. */
        ASKS_BESIDE_THE_POINT(2, "the reply asks about a detail beside the point rather than what the client said matters to them"),
        /** "Totally valid! Your feelings are valid...", "I hear you. I see you. I feel you.", a row of emoji: stock sympathy strung together. */
        STRINGS_STOCK_PHRASES(2, "stock phrases of sympathy or validation strung together, with nothing of what the client said"),
        /** "Your somatic hyperarousal within a trauma-informed frame": the client's experience named in jargon. */
        LABELS_IN_JARGON(2, "the client's experience named in clinical or theory jargon rather than heard"),
        /** "So you're stressed. By the way, where do you see yourself in five years?": a phrase of understanding, then a new subject. */
        CHANGES_THE_SUBJECT(2, "the reply hears the client in a phrase, then changes the subject"),
        /** "It sounds like what you really need is to start journaling": advice in the words of a reflection. */
        ADVISES_AS_REFLECTION(2, "advice dressed as a reflection: the reply tells the client what to do"),
        /** "You're absolutely right, your wife sounds controlling, I support you one hundred percent": siding, not understanding. */
        TAKES_SIDES(2, "the reply takes the client's side against others rather than understanding them"),
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
            "</?\\s*(reply|conversation|system|prompt|instructions?)\\s*>|\\bsystem\\s*:|\\bgrader\\b|\\b(dear|note to( the)?|attention)\\s+(evaluator|assessor|marker|examiner)\\b|\\b(evaluator|assessor|examiner)\\s+note\\b|\\b(rate|score|mark|grade)\\s+(this|the|my)\\s+(reply|response|answer|turn)\\b|\\bscore\\s*:|\\b(empathy|listening)\\s*[:=]?\\s*5\\b|\\b5\\s*/\\s*5\\b|\\bmaximum score\\b|\\bfull marks\\b|\\bignore (all |the |your )?(previous|above|earlier|prior) instructions\\b"
            // rubric terms said of the reply itself: "Active listening shown:", "Empathic reflection:", "Validation given", "I'm actively listening"
            + "|\\bactive(ly)? listening\\b|\\bempathic (reflection|response|statement)\\s*:|\\b(validation|empathy|reflection|summary) (given|shown|provided|demonstrated|offered)\\b",
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
            "own_feelings", "own_things", "stock_phrases", "feelings_of_things", "words_in_clauses", "fragment_share", "filler_share",
            "bare_stem_segments", "speaker_only", "contempt_at_client", "feelings_of_things_loose", "content_shift");

    /** Mock sympathy: inputs to the head, which weighs them against everything else in the reply. */
    private static final Pattern SARCASM = Pattern.compile("\\bpoor (you|thing|baby|darling|lamb|little thing|poor thing)\\b|\\bboo[ -]?hoo\\b|\\bdiddums\\b"
            + "|\\bhow (awful|terrible|tragic|dreadful|devastating) for you\\b|\\b(what|such) a (tragedy|catastrophe|disaster)\\b|\\bheart bleeds\\b"
            + "|^\\W*(oh|yeah|right),? (sure|great|wow|please|right|no)\\b|\\bhow (unique|original|brave)\\b|\\bworst thing (that has |that's |that ever )?(ever )?happened"
            + "|\\bhard being you\\b|\\bhard done by\\b|\\b(smallest|tiniest) violin\\b|\\bfirst world problem|\\bcry me a river\\b|\\bmust be (nice|so hard having)\\b"
            + "|\\bi'?m sure you'?re (absolutely|totally|utterly)\\b|\\btotally (terrifying|tragic|devastating)\\b|\\bhow will you (ever )?survive\\b"
            + "|\\bhold back (the|my) tears\\b|\\bsaddest story\\b|\\baww+\\b");
    /** Name-calling and shaming. */
    private static final Pattern CONTEMPT = Pattern.compile("\\b(lazy|pathetic|cowards?|cowardly|cry ?baby|(so|being|too|very|overly|bit) dramatic|drama queen|oversensitive|over-sensitive|too sensitive"
            + "|ridiculous|childish|spoilt|spoiled|weak|slob|(a|just a) drunk(?! driv)|snowflake|attention[- ]seeking|excuses|stupid|idiot|selfish|useless|loser)\\b"
            + "|\\blet yourself go\\b|\\bfeeling sorry for yourself\\b|\\b(toughen|man|grow) up\\b(?! to\\b)|\\bas you should\\b|\\bembarrassing yourself\\b"
            + "|\\bpushover\\b|\\bsoft touch\\b|\\bdoormat\\b|\\b(whining|whinging|moaning)\\b|\\bnaive\\b|\\bgullible\\b"
            + "|\\bmilking it\\b|\\bget over it\\b|\\bsuck it up\\b|\\b(only have|have only) yourself to blame\\b|\\bbrought (it|this|that) on yourself\\b|\\byour own doing\\b"
            + "|\\b(which|that)( honestly| frankly)? is what happens when you\\b"
            + "|\\bungrateful\\b|\\ba real (man|woman|men|mum|mom|mother|dad|father|parent|son|daughter|wife|husband|friend|christian|muslim|believer) (would|wouldn't|does|doesn't|should)\\b"
            + "|\\b(should|ought to) be (grateful|thankful|ashamed)\\b|\\b(at|for) your age,? you (should|shouldn't|ought)\\b"
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
    /**
     * Where a reply breaks into fragments: punctuation, and anything that is not a word (emoji, symbols). Not
     * quotation marks: in 'When you say "nobody knows", ...' the client's words are part of the clause.
     */
    private static final Pattern FRAGMENT_BREAK = Pattern.compile("[^\\p{L}\\p{N}'\"\u201c\u201d\\s-]+|\\s-+\\s|\\s-+$|^-+\\s");
    /** Phrases that fill a pause and carry nothing: taken out before a fragment is read for a clause. */
    private static final Pattern FILLER = Pattern.compile("\\b(you know|i mean|kind of|sort of|kinda|sorta|i guess|i suppose|in a (way|sense)|if you like|as it were"
            + "|basically|literally|actually|anyway|anyways|whatever|um+|uh+|erm|er|hmm+|mm+|mm-hm+|uh-huh|okay|ok|well|like|right|so|yeah|honestly)\\b");
    /** The verbs reflection stems are made of ("you feel", "I sense", "I wonder"): on their own they say nothing of the client. */
    private static final Set<String> STEM_VERBS = Set.of("feel", "feels", "feeling", "felt", "think", "thinking", "thought", "wonder", "wondering", "sense",
            "sensing", "notice", "noticing", "believe", "know", "knowing", "mean", "meaning", "say", "saying", "said", "hear", "hearing", "heard",
            "imagine", "understand", "understanding", "suppose", "guess", "see", "seeing", "seem", "seems", "sound", "sounds", "get", "want", "need");
    /** Words that only finish a stem ("it seems as though"): no content, and no clause made of them. */
    private static final Set<String> STEM_PARTS = Set.of("though");
    /** Words that make a fragment a clause: a verb that holds it together, or a subject. */
    private static final Set<String> VERBAL = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
            "can", "could", "would", "will", "must", "may", "might", "should", "shall", "can't", "don't", "doesn't", "didn't", "won't", "wouldn't",
            "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "couldn't", "shouldn't", "that's", "it's", "you're", "youre", "i'm", "im", "he's",
            "she's", "they're", "we're", "there's", "what's", "you've", "i've", "they've", "we've", "you'd", "i'd", "you'll", "i'll", "it'll",
            "i", "you", "he", "she", "they", "we", "it", "this", "that", "there");

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
        List<String> clientWords = words(client);
        if (listsFeelingsOnly(reply, words, content, clientWords) || MENU.matcher(reply).find()) {
            return Optional.of(Kind.FORM_WITHOUT_CONTENT);
        }
        if (words.size() >= KEYWORDS_LISTED && functionShare(words) == 0 && !content.isEmpty() && clientWords.containsAll(content)) {
            return Optional.of(Kind.KEYWORDS_WITHOUT_A_SENTENCE);
        }
        Fragments f = fragments(reply);
        if (words.size() >= FRAGMENTS_AT_LEAST && f.parts() >= FRAGMENT_PARTS && f.clauseWords() == 0) {
            if (feelings + stems >= 3 || f.bareStems() >= 3 || 3 * f.fillerWords() >= 2 * words.size()) return Optional.of(Kind.FRAGMENTS_WITHOUT_A_CLAUSE);
            // Echoing one or two of the client's words as a question ("Five, six drinks?") is a reflection, not a list.
            if (f.content().size() >= 3 && reply.indexOf('?') < 0 && f.content().stream().allMatch(w -> saidBy(w, clientWords))) {
                return Optional.of(Kind.KEYWORDS_WITHOUT_A_SENTENCE);
            }
        }
        // "How does that feel, how does that feel for you...": nothing of the client, and the same words again.
        if (content.isEmpty() && repeatsWords(words)) return Optional.of(Kind.REPEATED);
        if (saysTheLineBack(words, clientWords)) return Optional.of(Kind.SAYS_THE_LINE_BACK);
        if (listsTheClientsPhrases(reply, words, clientWords) || listsThenLeaves(reply, clientWords)) return Optional.of(Kind.KEYWORDS_WITHOUT_A_SENTENCE);
        if (sameOpeningOverAndOver(reply)) return Optional.of(Kind.REPEATED);
        if (imagesForMeaning(reply, clientWords) >= IMAGES_AT_LEAST) return Optional.of(Kind.IMAGES_FOR_MEANING);
        if (leavesAStemHanging(reply) && !content.isEmpty() && content.stream().allMatch(w -> echoes(w, clientWords))) {
            return Optional.of(Kind.KEYWORDS_WITHOUT_A_SENTENCE);
        }
        if (aboutTheSpeaker(reply, words, feelings) || SELF_PRAISE.matcher(reply).find()) return Optional.of(Kind.ABOUT_THE_SPEAKER);
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (PLACEHOLDER.matcher(reply).find() || BARE_STEM.matcher(lower).matches()) return Optional.of(Kind.FORM_WITHOUT_CONTENT);
        if (genericQuestionsOnly(reply)) return Optional.of(Kind.FORM_WITHOUT_CONTENT);
        if (oneWordOverAndOver(words, clientWords)) return Optional.of(Kind.REPEATED);
        if (scrambles(words, clientWords)) return Optional.of(Kind.SCRAMBLES);
        if (SALES.matcher(lower).find()) return Optional.of(Kind.SELLS);
        if (misquotes(reply, clientWords) || WANTS_TO_TALK.matcher(lower).find() && newWordsOnly(lower, WANTS_TO_TALK, clientWords)
                || givesJoy(lower, clientWords)) {
            return Optional.of(Kind.PUTS_WORDS_IN_THE_CLIENTS_MOUTH);
        }
        if (minimises(lower)) return Optional.of(Kind.MINIMISES);
        if (stringsStockPhrases(reply, lower, clientWords)) return Optional.of(Kind.STRINGS_STOCK_PHRASES);
        if (jargonTerms(lower, client.toLowerCase(Locale.ROOT)) >= JARGON_AT_LEAST) return Optional.of(Kind.LABELS_IN_JARGON);
        if (changesTheSubject(lower, clientWords)) return Optional.of(Kind.CHANGES_THE_SUBJECT);
        if (advisesAsReflection(lower, clientWords)) return Optional.of(Kind.ADVISES_AS_REFLECTION);
        if (hits(SIDING, lower) >= SIDING_AT_LEAST) return Optional.of(Kind.TAKES_SIDES);
        if (TRIVIA.matcher(lower).find() && feelings == 0) return Optional.of(Kind.ASKS_BESIDE_THE_POINT);
        if (MOCK_OFFER.matcher(lower).find()) return Optional.of(Kind.MOCKS);
        if (MOCKERY.matcher(lower).find() || EXAGGERATED.matcher(lower).find() || MOCK_GLAMOUR.matcher(lower).find()) return Optional.of(Kind.MOCKS);
        if (putsDown(lower, new HashSet<>(clientWords))) return Optional.of(Kind.PUTS_THE_CLIENT_DOWN);
        if (makesLight(lower) && RiskResponse.movesOn(reply, client)) return Optional.of(Kind.DISMISSES);
        if (echoes(reply, words.size())) return Optional.of(Kind.REPEATED);
        if (hits(LABEL, reply) >= 2) return Optional.of(Kind.FORM_WITHOUT_CONTENT);
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
        // One or two words ("Numb.", "So hurt.") can be a whole reflection: their share of feeling words tells nothing.
        x[i++] = n < 3 ? 0 : (double) feelings / n;
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
        // A few of the client's words in quotation marks ('When you say "nobody knows"') are quoted, not parroted.
        double[] copy = copied(words(withoutShortQuotes(reply)), clientList);
        x[i++] = copy[0];
        x[i++] = copy[1];
        double[] self = selfFocus(lower, clientWords);
        x[i++] = self[0];
        x[i++] = self[1];
        x[i++] = self[2];
        int reassuring = cues.roadblocks.containsKey(Roadblock.REASSURING) && cues.roadblocks.get(Roadblock.REASSURING).findDirected(reply) != null ? 1 : 0;
        x[i++] = Math.min(1, (hits(STOCK, lower) + reassuring) / 2.0);
        x[i++] = Math.min(1, feelingsOfThings(words, clientWords, isFeeling) / 2.0);
        Fragments f = fragments(reply);
        // Too short to tell ("Numb.", "Third time. Gutted."): read as said in a sentence, as a reply that short can be.
        x[i++] = n < FRAGMENTS_AT_LEAST ? 1 : Math.min(1, (double) f.clauseWords() / n);
        x[i++] = f.parts() < 2 ? 0 : Math.min(1, (f.parts() - clauses(reply)) / (double) f.parts());
        x[i++] = Math.min(1, (double) f.fillerWords() / n);
        x[i++] = f.parts() == 0 ? 0 : (double) f.bareStems() / f.parts();
        // A short "I'm really glad." is warmth, not a story about the speaker: only a reply long enough to tell one counts.
        // "I can imagine how lonely the evenings have been" speaks of the client's life with one "I": a story needs more.
        x[i++] = second == 0 && reply.indexOf('?') < 0 && n >= SPEAKER_ONLY_AT_LEAST && first >= 2 ? Math.min(1, first / 3.0) * Math.min(1, feelings / 2.0) : 0;
        x[i++] = Math.min(1, contemptAtClient(lower, clientWords) / 1.0);
        x[i++] = Math.min(1, looseFeelingsOfThings(words, clientWords, isFeeling) / 2.0);
        x[i++] = contentShift(lower, clientWords);
        return x;
    }

    /** How many of a reply's fragments stand as a clause (see {@link #fragments}). */
    private int clauses(String reply) {
        int k = 0;
        for (String segment : FRAGMENT_BREAK.split(reply.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            if (!words(segment).isEmpty() && fragments(segment).clauseWords() > 0) k++;
        }
        return k;
    }

    /**
     * Name-calling aimed at the client: a contempt cue the client did not use of themselves, not negated ("you're
     * not lazy"), in a part of the reply that speaks of the client or passes judgement ("which is", "to be fair").
     */
    private static int contemptAtClient(String lower, Set<String> clientWords) {
        int k = 0;
        for (String segment : SEGMENT.split(lower)) {
            Matcher m = CONTEMPT.matcher(segment);
            while (m.find()) {
                List<String> cue = words(m.group());
                if (!cue.isEmpty() && clientWords.containsAll(cue)) continue;
                List<String> before = words(segment.substring(0, m.start()));
                boolean negated = false;
                for (int j = Math.max(0, before.size() - 3); j < before.size(); j++) {
                    String w = before.get(j);
                    if (w.equals("not") || w.equals("no") || w.endsWith("n't") || w.equals("never")) negated = true;
                }
                if (negated) continue;
                boolean aimed = false;
                for (String w : words(segment)) if (SECOND_PERSON.contains(w)) aimed = true;
                if (aimed || segment.contains("which is") || segment.contains("to be fair") || segment.contains("honest")) k++;
            }
        }
        return k;
    }

    /** Mockery no one says in earnest (a subset of {@link #SARCASM}, whose other cues can be sincere: "poor thing", "aww"). */
    private static final Pattern MOCKERY = Pattern.compile("\\bboo[ -]?hoo\\b|\\bdiddums\\b|\\bheart bleeds\\b|\\b(smallest|tiniest) violin\\b|\\bcry me a river\\b"
            + "|\\bfirst world problem|\\bhow will you (ever )?survive\\b|\\bhold back (the|my) tears\\b|\\bsaddest story\\b"
            + "|\\bi'?m sure you'?re (absolutely|totally|utterly)\\b|\\bso (terribly |awfully )?hard being (you|(this|that|so) (sensitive|emotional|dramatic|delicate|fragile|soft|touchy))\\b");
    /** Candour markers among the contempt cues: a turn of phrase, not a name called, so no rule on their own. */
    private static final Pattern CANDOUR = Pattern.compile("let'?s be honest|(honestly|frankly),? you'?re|to be fair you");
    /** Words that put a name called into someone's mouth or mind ("calling yourself lazy", "scared they'll think you're weak"). */
    private static final Set<String> REPORTING = Set.of("feel", "feels", "feeling", "felt", "call", "calls", "called", "calling", "think", "thinks",
            "thinking", "thought", "say", "says", "said", "saying", "tell", "tells", "told", "see", "sees", "seen", "saw", "look", "looks", "worry",
            "worried", "worrying", "afraid", "scared", "fear", "fears", "label", "labelled", "labeled", "accuse", "accused", "judge", "judged",
            "treat", "treated", "as", "means", "mean", "makes", "make", "believe", "believes", "made", "notice", "noticed", "noticing",
            "realise", "realised", "realize", "realized", "know", "knew", "learned", "learnt", "seeing", "wonder", "wondering");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");
    /** A quotation in double or single marks; a single mark opens only where no letter comes before it ("you're" holds none). */
    private static final Pattern QUOTED_ANY_MARKS = Pattern.compile(QUOTED.pattern() + "|\u2018[^\u2019]{1,200}?\u2019(?!\\p{L})|(?<!\\p{L})'.{1,200}?'(?!\\p{L})");
    private static final Set<String> NEGATING = Set.of("not", "no", "never", "nobody", "none", "without", "nothing", "hardly");

    /**
     * A name called and aimed at the client: a contempt cue (not a candour marker alone) the client did not use of
     * themselves, in a sentence that speaks to the client, with no negation and no word that reports it as someone's
     * words or fear in the five words before it ("you're not lazy", "your boss called you lazy", "scared of looking weak").
     */
    static boolean putsDown(String lower, Set<String> clientWords) {
        // Words in quotation marks are someone else's; "you know" is a filler, not said to anyone.
        String said = QUOTED.matcher(lower).replaceAll(" ").replace("you know", " ");
        for (String sentence : said.split("[.!?;\n]+")) {
            List<String> all = words(sentence);
            boolean aimed = false;
            for (String w : all) if (SECOND_PERSON.contains(w)) aimed = true;
            if (!aimed) continue;
            Matcher m = CONTEMPT.matcher(sentence);
            SentenceWords cursor = new SentenceWords(sentence);
            while (m.find()) {
                if (CANDOUR.matcher(m.group()).matches()) continue;
                List<String> cue = words(m.group());
                if (cue.isEmpty() || clientWords.containsAll(cue)) continue;
                // Only the words since the last "but": "you feel torn, but honestly a real man would..." is not reported speech.
                cursor.moveTo(m.start(), m.end());
                if (!cursor.excusedWithin(5)) return true;
            }
            Matcher c = COMPARED.matcher(sentence);
            cursor = new SentenceWords(sentence);
            while (c.find()) {
                cursor.moveTo(c.start(), c.end());
                if (cursor.contrastBefore() && !cursor.excusedWithin(Integer.MAX_VALUE)) return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTRAST = Set.of("but", "yet", "though", "although", "honestly", "frankly");

    /**
     * The client set against others who would be glad of their lot ("most mums would give anything for a healthy
     * baby", "other people have it far worse"): a put-down by comparison when it follows a "but" or "honestly".
     */
    private static final Pattern COMPARED = Pattern.compile("\\b(?:most|plenty of|lots of|loads of|so many|many|other|a lot of|some) (?:[\\p{L}'-]+ ){0,2}(?:would|'d)"
            + " (?:give anything|give their right arm|kill for|love to have|be grateful|be glad|be thankful|jump at)\\b"
            + "|\\b(?:others|other people|some people|lots of people|plenty of people|many people|people) (?:have|had) it (?:much |far |a lot |way )?worse\\b");

    /**
     * A sentence's words, read once, and a cursor that moves forward from cue to cue (cues come in order): what
     * was said before a cue since the last contrast ("but", "honestly"), and whether a negation or a reporting
     * word there excuses it. Reading in place keeps every cue's look back linear in the sentence's length.
     */
    private static final class SentenceWords {
        private final List<String> words = new java.util.ArrayList<>();
        private final List<int[]> spans = new java.util.ArrayList<>();
        private int before, after, lastContrast = -1, lastExcusing = -1, lastNegation = -1;
        /** Whether the sentence has a word of the first person, and of the second. */
        final boolean firstPerson, secondPerson;

        SentenceWords(String sentence) {
            Matcher w = WORD.matcher(sentence.replace('\u2019', '\''));
            boolean first = false, second = false;
            while (w.find()) {
                words.add(w.group());
                spans.add(new int[] {w.start(), w.end()});
                first |= FIRST_PERSON.contains(w.group());
                second |= SECOND_PERSON.contains(w.group());
            }
            firstPerson = first;
            secondPerson = second;
        }

        void moveTo(int start, int end) {
            while (before < words.size() && spans.get(before)[1] <= start) {
                String w = words.get(before);
                if (CONTRAST.contains(w)) lastContrast = before;
                if (negates(w)) lastNegation = before;
                if (negates(w) || REPORTING.contains(w)) lastExcusing = before;
                before++;
            }
            while (after < words.size() && spans.get(after)[0] < end) after++;
        }

        boolean contrastBefore() {
            return lastContrast >= 0;
        }

        /** A negation or reporting word among the last {@code n} words before the cue, since the last contrast. */
        boolean excusedWithin(int n) {
            return lastExcusing > lastContrast && lastExcusing >= before - n;
        }

        /** A negation among the last {@code n} words before the cue, contrast or not. */
        boolean negatedWithin(int n) {
            return lastNegation >= 0 && lastNegation >= before - n;
        }

        List<String> next(int n) {
            return words.subList(after, Math.min(words.size(), after + n));
        }
    }

    /** An intensifier said three times over ("so, so, so hurt"): sympathy played up until it mocks. */
    private static final Pattern EXAGGERATED = Pattern.compile("\\b(so|very|really|soo+),? \\1,? \\1\\b");
    /**
     * Distress recast as fame, or a prop for it offered ("must be like being a celebrity", "shall I fetch you some
     * sunglasses?"): sarcasm, never said in earnest to someone who is hurting.
     */
    private static final Pattern MOCK_GLAMOUR = Pattern.compile("\\blike being (?:a |an |the )?(?:celebrity|famous|film star|movie star|rock star|pop star|superstar|royalty|vip|queen|king|princess|star)\\b"
            + "|\\b(?:shall|should|can|could|let) (?:i|me) (?:fetch|get|bring|grab|order|find|roll out) (?:you )?(?:some |a |an |your |the )?(?:[\\p{L}'-]+ )?"
            + "(?:sunglasses|shades|autographs?|trophy|medal|crown|tiara|red carpet|violin|paparazzi|bodyguards?|oscar|award|fan club)\\b");
    /**
     * What the client said made light of ("that's only a bit of slagging", "which is totally fine"): with a last
     * sentence that moves on to something new ({@link RiskResponse#movesOn}), the reply dismisses the client.
     */
    private static final Pattern MAKES_LIGHT = Pattern.compile("\\b(?:it'?s|that'?s|this is|it was|that was|it is|that is) (?:only|just) (?:a bit of|a little bit of|a bit|a joke|banter|teasing|messing|a laugh|a phase|words)\\b"
            + "|\\b(?:only|just) (?:a bit of|a bit of harmless) (?:banter|fun|slagging|teasing|craic|messing|a laugh)\\b|\\bjust (?:banter|a bit of fun|messing about|joking)\\b|\\bno big deal\\b|\\bnot (?:such )?a big deal\\b"
            + "|\\b(?:boys|lads|kids|girls) will be (?:boys|lads|kids|girls)\\b|\\bdon'?t take it (?:so )?(?:seriously|personally|to heart)\\b"
            + "|\\b(?:which|that|and that)(?:'s| is) (?:totally|perfectly|completely|absolutely) (?:fine|normal|okay|ok)\\b|\\bhappens to (?:everyone|everybody|all of us)\\b");
    /**
     * An offer to call the emergency services: mockery when the client's line carries no risk and no bodily
     * emergency ("forgot my birthday" and "shall I call an ambulance?"); the scorer asks, as it knows the risk.
     */
    private static final Pattern EMERGENCY_OFFER = Pattern.compile("\\b(shall|should|do you want me to|want me to|let me|i'?ll|i will|i could)( i)? (call|ring|phone|get)"
            + " (you )?(an ambulance|the police|999|911|000|112|the emergency services|emergency services|the fire brigade|a doctor|the paramedics)\\b");
    private static final Pattern BODILY_EMERGENCY = Pattern.compile("\\b(chest|breath\\w*|bleed\\w*|blood|collaps\\w*|unconscious|faint\\w*|overdos\\w*|took|taken|swallowed"
            + "|pills|tablets|fell|fallen|fall|injur\\w*|hurt|hurts|pain|heart|stroke|seizure|fit|numb|dizzy|attack\\w*|hit|hitting|kill\\w*|die|dying|dead|suicid\\w*|harm)\\b");

    /** Whether the reply offers emergency help that nothing in the client's line calls for. */
    static boolean offersEmergencyHelpUncalledFor(String reply, String client) {
        String r = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return EMERGENCY_OFFER.matcher(r).find() && !BODILY_EMERGENCY.matcher(client.toLowerCase(Locale.ROOT)).find();
    }

    /** A reflection stem opening a sentence: what follows it there is what the reply says the client means. */
    private static final Pattern LEAD_STEM = Pattern.compile("^\\W*(?:(?:so|and|okay|ok|yeah|right|well|mm|hmm|wow|oh)\\W+)*(?:(?:it |that |this )?(?:sounds|seems|looks) (?:like|as if|as though)(?: you feel(?: like| that)?)?"
            + "|(?:it |that |this )seems(?: that)?|you(?:'re| are)? feel(?:ing)?(?: like| that)?|i hear(?: that)?|what i'?m hearing is|you'?re saying(?: that)?)\\s+");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
    /** The client's own "you" in a reflected clause: a clause with it speaks of the client, however figurative. */
    private static final Set<String> CLIENT_AS_SUBJECT = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "yourself");
    private static final Set<String> RELATING = Set.of("to", "with", "for", "of", "about", "towards", "at", "by");
    /** Words before "like" that make it a stem or a wish, not a simile: "sounds like", "you'd like". */
    private static final Set<String> NOT_A_SIMILE = Set.of("feel", "feels", "felt", "feeling", "sound", "sounds", "seem", "seems", "look", "looks", "just", "would", "i'd",
            "you'd", "we'd", "they'd", "more", "something", "anything", "things", "stuff", "much", "really");
    /** This many images in a reflected clause and it is a picture, not a reflection. */
    static final int IMAGES_AT_LEAST = 2;

    /**
     * Images of things where the client's meaning should be, after a reflection stem and with no "you" in the clause:
     * a thing cast as another thing ("your phone is a haunted lighthouse", "group chats are like the weather"), a
     * simile ("shaped like spoons"), an image drawn out ("a sea of jellybeans"), and a thing that judges or feels
     * towards another thing ("the alphabet was unfair to the number seven": two). A "thing" is neither a person nor
     * a word of the client's. Counted per reflected clause; the most found in one.
     */
    int imagesForMeaning(String reply, List<String> client) {
        int most = 0;
        java.util.Map<String, Boolean> isFeeling = new java.util.HashMap<>();
        for (String sentence : reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[.!?;]+")) {
            Matcher m = LEAD_STEM.matcher(sentence);
            if (!m.find()) continue;
            List<String> w = words(sentence.substring(m.end()));
            if (w.stream().anyMatch(CLIENT_AS_SUBJECT::contains)) continue;
            int images = 0, drawnOut = 0;
            for (int i = 1; i < w.size(); i++) {
                String word = w.get(i), before = w.get(i - 1);
                // "a bridge of feelings over the river of language": a thing "of" a bare word, the image drawn out
                if (word.equals("of") && i >= 2 && THING_MARKERS.contains(w.get(i - 2)) && foreignThing(before, client, isFeeling) && i + 1 < w.size()
                        && !FUNCTION.contains(w.get(i + 1)) && !DETERMINERS.contains(w.get(i + 1)) && !NO_CONTENT.contains(w.get(i + 1))) {
                    drawnOut++;
                }
                boolean nounBefore = !NO_CONTENT.contains(before) && !FUNCTION.contains(before) && !VERBAL.contains(before);
                if (COPULA.contains(word) && nounBefore && i + 1 < w.size() && (THING_MARKERS.contains(w.get(i + 1)) || w.get(i + 1).equals("like"))) {
                    int j = vehicle(w, i + 1, client, isFeeling);
                    if (j > 0) {
                        images++;
                        // "a sea of jellybeans": the image drawn out
                        if (j + 2 < w.size() && w.get(j + 1).equals("of") && foreignThing(w.get(j + 2), client, isFeeling)) images++;
                        continue;
                    }
                }
                if (word.equals("like") && !COPULA.contains(before) && !NOT_A_SIMILE.contains(before) && !FIRST_PERSON.contains(before) && vehicle(w, i, client, isFeeling) > 0) {
                    images++;
                    continue;
                }
                // "the alphabet was unfair to the number seven": a thing, a judgement, a preposition, another thing
                if ((COPULA.contains(word) || ATTRIBUTING.contains(word)) && foreignThing(before, client, isFeeling) && i >= 2 && DETERMINERS.contains(w.get(i - 2))) {
                    int k = i + 1;
                    while (k < w.size() && INTENSIFIERS.contains(w.get(k))) k++;
                    if (k + 2 < w.size() && !FUNCTION.contains(w.get(k)) && RELATING.contains(w.get(k + 1)) && vehicle(w, k + 1, client, isFeeling) > 0) images += 2;
                }
            }
            most = Math.max(most, images + (drawnOut >= DRAWN_OUT_AT_LEAST ? IMAGES_AT_LEAST : 0));
        }
        return most;
    }

    /** This many things "of" something in one reflected clause and it is an extended metaphor. */
    static final int DRAWN_OUT_AT_LEAST = 3;

    /** The index of a thing within the three words after {@code from} (a marker or "like" at it), or -1. */
    private int vehicle(List<String> w, int from, List<String> client, java.util.Map<String, Boolean> isFeeling) {
        for (int j = from + 1; j < Math.min(w.size(), from + 4); j++) {
            if (THING_MARKERS.contains(w.get(j))) continue;
            if (foreignThing(w.get(j), client, isFeeling)) return j;
        }
        return -1;
    }

    private boolean foreignThing(String word, List<String> client, java.util.Map<String, Boolean> isFeeling) {
        return isThing(word, Set.of(), isFeeling) && !echoes(word, client) && !VERBAL.contains(word) && !STEM_VERBS.contains(word);
    }

    /** From this many words a reply can list the client's phrases back; from this many fragments, a list. */
    static final int LISTED_AT_LEAST = 8;
    static final int LISTED_PARTS = 4;

    /**
     * The client's own phrases listed back after a stem ("It sounds like you feel the fireworks, the truck, the
     * worst, the Fourth of July, you feel it all."): four fragments or more, three of them no clause, three content
     * words or more and every one of them the client's, and no question. Listing asks nothing and adds nothing.
     */
    private boolean listsTheClientsPhrases(String reply, List<String> words, List<String> client) {
        if (words.size() < LISTED_AT_LEAST || reply.indexOf('?') >= 0 || client.isEmpty()) return false;
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int parts = 0, loose = 0;
        Set<String> content = new HashSet<>();
        for (String segment : FRAGMENT_BREAK.split(lower)) {
            List<String> w = words(segment);
            if (w.isEmpty()) continue;
            parts++;
            if (fragments(segment).clauseWords() == 0) loose++;
            for (String word : w) {
                if (NO_CONTENT.contains(word) || FUNCTION.contains(word) || STEM_VERBS.contains(word) || STEM_PARTS.contains(word) || cues.feelings.matches(word)) continue;
                if (!echoes(word, client)) return false;
                content.add(word);
            }
        }
        return parts >= LISTED_PARTS && loose >= 3 && content.size() >= 3;
    }

    /** An announced summary ("So:", "To summarise:", "Okay, so") before a list: not part of the list. */
    private static final Pattern SUMMARY_OPENER = Pattern.compile("^\\W*(?:(?:okay|ok|right|alright|so|to summari[sz]e|in summary|summing up|recap|what i (?:heard|hear|'?m hearing)|i heard)\\b\\W*)*"
            + "(?:(?:the|your) (?:(?:key|main|big) )?(?:themes|points|topics|issues|things) (?:(?:i'?m hearing|i hear|you'?ve raised) )?(?:are|were)\\b\\W*)?");
    /** "Everything you're saying": not the client's "every day" said back. */
    private static final Set<String> EVERY = Set.of("everything", "everyone", "everybody", "everywhere");
    /** This many bare items, the client's words each, make the first sentence a list of keywords. */
    static final int LISTED_THEN_LEFT_AT_LEAST = 4;

    /**
     * "Staying late, new system, young lads, struggling. Tell me more about that.", "So: drought, bank, paperwork,
     * four generations. Have you spoken to an adviser?": a first sentence that only lists the client's words, four
     * items or more with no clause among them, and then nothing more of what the client said: a summary's look
     * with no sentence that says anything about them.
     */
    private boolean listsThenLeaves(String reply, List<String> client) {
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher end = SENTENCE_END.matcher(lower);
        if (client.isEmpty() || !end.find()) return false;
        String list = SUMMARY_OPENER.matcher(lower.substring(0, end.start())).replaceFirst("");
        String rest = lower.substring(end.end());
        if (words(rest).isEmpty()) return false;
        int items = 0;
        for (String item : list.split(",")) {
            List<String> w = words(item);
            if (w.isEmpty() || w.size() > 3 || fragments(item).clauseWords() > 0) return false;
            boolean saysSomething = false;
            for (String word : w) {
                if (FUNCTION.contains(word) || NO_CONTENT.contains(word)) continue;
                if (!echoes(word, client)) return false;
                saysSomething = true;
            }
            if (saysSomething) items++;
        }
        if (items < LISTED_THEN_LEFT_AT_LEAST) return false;
        for (String word : words(rest)) {
            if (!FUNCTION.contains(word) && !NO_CONTENT.contains(word) && !EVERY.contains(word) && word.length() >= 4 && echoes(word, client)) return false;
        }
        return true;
    }

    /** The end of a sentence: a full stop, "!" or "?" and the space after it, or a colon or dash before a new clause. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s+|$)");
    /** This many sentences opening with the same three words: one frame said over and over. */
    static final int SAME_OPENING_AT_LEAST = 3;

    /**
     * "It sounds like you're saying you're a caregiver. It sounds like you've been in Toronto six years. It sounds like
     * you send money home.", "Every morning you put on the suit. Every morning you sit in the café.": three sentences or
     * more that open with the same three words, and every sentence of the reply so opened.
     */
    private static boolean sameOpeningOverAndOver(String reply) {
        String[] sentences = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[.!?]+\\s+|[.!?]+$");
        java.util.Map<String, Integer> openings = new java.util.HashMap<>();
        int counted = 0;
        for (String sentence : sentences) {
            List<String> w = words(sentence);
            if (w.isEmpty()) continue;
            counted++;
            if (w.size() >= 3) openings.merge(String.join(" ", w.subList(0, 3)), 1, Integer::sum);
        }
        int sentencesSaid = counted;
        return sentencesSaid >= SAME_OPENING_AT_LEAST && openings.values().stream().anyMatch(k -> k == sentencesSaid);
    }

    /** "[EMOTION]", "{situation}", "<feeling>": a template's slots left unfilled. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\s*[A-Z][A-Z_ /-]{2,}\\s*]|\\{\\s*[a-zA-Z_]{3,}\\s*}|<\\s*[A-Z][A-Z_]{2,}\\s*>|(?i:\\[(?:insert|feeling|emotion|situation|client'?s?|the client)\\b[^\\]]*])");
    /** A stem and nothing after it: "It sounds like you feel", "What I'm hearing is...". */
    private static final Pattern BARE_STEM = Pattern.compile("\\W*(?:so,? )?(?:(?:it|that) (?:sounds|seems|looks) like(?: you(?: feel| are feeling|'re feeling)?(?: like| that)?)?"
            + "|(?:it|that) sounds as (?:if|though)(?: you)?|you(?:'re| are)? feel(?:ing)?(?: like| that)?|what i'?m hearing is(?: that)?|i hear(?: that)?(?: you)?(?: feel| saying)?"
            + "|i'?m hearing(?: that)?(?: you)?|i sense(?: that)?(?: you)?)\\W*");
    /** Words a generic question about feelings is made of, besides function words and feeling words. */
    private static final Set<String> GENERIC_QUESTION = Set.of("make", "makes", "made", "come", "comes", "coming", "up", "now", "right", "today",
            "feelings", "emotions", "emotion", "does", "did", "are", "were", "about", "that", "this", "how", "what", "and", "you", "for", "is", "it",
            "in", "there", "any", "where", "your", "body", "notice", "noticing", "moment", "exactly", "really");
    /** This many questions, each only a generic question about feelings, and nothing else: the look of exploring. */
    static final int GENERIC_QUESTIONS_AT_LEAST = 3;

    /** Words of a stock invitation to go on ("Tell me more.", "I'd love for you to tell me more."), besides those of a generic question. */
    private static final Set<String> GENERIC_INVITATION = Set.of("tell", "me", "more", "i'd", "love", "please", "go", "on", "elaborate", "share");

    /**
     * "How did that make you feel? And how do you feel about that? How are you feeling now?", "Tell me more. Tell me more
     * about that. Can you tell me more?": three or more generic questions or invitations to go on, and nothing else.
     */
    private boolean genericQuestionsOnly(String reply) {
        String[] parts = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("(?<=[?.!])");
        int questions = 0;
        for (String part : parts) {
            List<String> said = words(part);
            if (said.isEmpty()) continue;
            boolean invitation = said.contains("tell") && said.contains("more");
            if (!part.strip().endsWith("?") && !invitation) return false;
            for (String w : said) {
                if (!NO_CONTENT.contains(w) && !GENERIC_QUESTION.contains(w) && !STEM_VERBS.contains(w) && !cues.feelings.matches(w)
                        && !(invitation && GENERIC_INVITATION.contains(w))) return false;
            }
            questions++;
        }
        return questions >= GENERIC_QUESTIONS_AT_LEAST;
    }

    /** Words that name the technique rather than say anything: "reflecting chemo back to you". */
    private static final Set<String> TECHNIQUE_WORDS = Set.of("reflecting", "reflect", "reflected", "back", "hearing", "saying", "noticing", "i'm", "picking");

    /**
     * One or two words of the client's, each three times or more on average, and no other word with content: "It
     * sounds like chemo. What I'm hearing is chemo.", "You said 'text, man.' Text. Text, man. That's what I'm hearing: text."
     */
    private static boolean oneWordOverAndOver(List<String> words, List<String> client) {
        Set<String> said = new HashSet<>();
        int times = 0;
        for (String word : words) {
            String w = word.replaceAll("^'+|'+$", ""); // "You said 'text, man.'"
            if (w.isEmpty() || NO_CONTENT.contains(w) || FUNCTION.contains(w) || STEM_VERBS.contains(w) || TECHNIQUE_WORDS.contains(w)) continue;
            if (said.add(w) && said.size() > 2) return false;
            times++;
        }
        return !said.isEmpty() && times >= 3 * said.size() && said.stream().allMatch(w -> saidBy(w, client));
    }

    /** From this many words a reply can be the client's line in a jumble. */
    static final int SCRAMBLED_AT_LEAST = 8;

    /**
     * The client's words in a jumble: at least {@link #SCRAMBLED_AT_LEAST} words, nine in ten of them the client's,
     * but fewer than half of the reply's neighbouring word pairs neighbours in the client's line too. Pairs, not the
     * longest common order, keep this linear in the length of the two lines.
     */
    static boolean scrambles(List<String> reply, List<String> client) {
        if (reply.size() < SCRAMBLED_AT_LEAST || client.size() < SCRAMBLED_AT_LEAST) return false;
        java.util.Map<String, Integer> left = new java.util.HashMap<>();
        for (String w : client) left.merge(w, 1, Integer::sum);
        int theirs = 0;
        for (String w : reply) {
            Integer k = left.get(w);
            if (k != null && k > 0) {
                theirs++;
                left.put(w, k - 1);
            }
        }
        if (theirs < 0.9 * reply.size()) return false;
        Set<String> clientPairs = new HashSet<>();
        for (int j = 0; j + 1 < client.size(); j++) clientPairs.add(client.get(j) + ' ' + client.get(j + 1));
        int inOrder = 0;
        for (int i = 0; i + 1 < reply.size(); i++) {
            if (clientPairs.contains(reply.get(i) + ' ' + reply.get(i + 1))) inOrder++;
        }
        return inOrder < 0.5 * (reply.size() - 1);
    }

    /** Selling: a discount, a code, a partner's product. */
    private static final Pattern SALES = Pattern.compile("\\b\\d+ ?% off\\b|\\b(?:promo|discount|voucher|coupon|referral) code\\b|\\b(?:with|use|using|enter) (?:the |my )?code\\b"
            + "|\\bour (?:partner|sponsor|affiliate)s?\\b|\\bsponsored by\\b|\\b(?:free trial|first month free|sign up today|subscribe now|limited[- ]time offer|buy now)\\b"
            + "|\\bsend you the link\\b|\\b(?:our|my) (?:[\\w+-]+ ){0,4}(?:programme|program|course|app|package|membership) (?:is|was) (?:designed|made|built) for\\b");
    /** A quotation put to the client as theirs: "You said, '...'", "in your words, \"...\"". */
    private static final Pattern CLAIMED_QUOTE = Pattern.compile("\\b(?:you said|you told me|you say|in your (?:own )?words|your words were)\\W{0,3}?"
            + "(?:\"([^\"]{12,})\"|\u201c([^\u201d]{12,})\u201d|\u2018([^\u2019]{12,})\u2019|'(.{12,}?)'(?!\\p{L}))");
    /** "What I'm hearing is that you'd like to talk about ...": a wish given to the client. */
    private static final Pattern WANTS_TO_TALK = Pattern.compile("\\b(?:hearing|sounds like|seems like|saying) (?:is )?(?:that )?you(?:'d| would) like to (?:talk|chat|focus|think) (?:about|on) ([^.?!]+)");

    /** Joy given to the client: "you're excited to surprise your kids", "you've been really enjoying your time off", "how thrilled you are". */
    private static final Pattern JOY_GIVEN = Pattern.compile("\\b(?:you'?re|you are|you'?ve been|you were|you feel|you)"
            + " (?:(?:so|really|very|quite|just|feeling|all|absolutely|truly|been|be) ){0,3}(?:excited|thrilled|delighted|happy|overjoyed|elated|enjoying|enjoy"
            + "|glad|inspired|full of energy)\\b|\\bhow (?:thrilled|excited|happy|delighted|glad) you (?:are|must be|feel)\\b");
    /** A sentence that opens as a reflection: what follows is said to be the client's. */
    private static final Pattern REFLECTION_OPENING = Pattern.compile("^\\W*(?:(?:okay|ok|so|right|well),?\\s+)?(?:it sounds like|sounds like|it seems like|so you|so what i'?m hearing"
            + "|what i'?m hearing|i can (?:hear|see|tell)|i hear|you'?re saying)\\b");
    /** Words with which a client says something is good: where one is said (and not denied), joy may be theirs. */
    private static final Pattern GOOD_SAID = Pattern.compile("^(?:excit\\w*|thrill\\w*|delight\\w*|happy|happier|happiest|happiness|overjoyed|elated|enjoy\\w*|glad"
            + "|inspir\\w*|energ\\w*|lov(?:e|ed|es|ely|ing)|great|good|nice|wonderful|amazing|brilliant|fantastic|fun|proud|relieved|relief|hope\\w*|better|best"
            + "|grateful|thankful|lucky|yay|woo\\w*)$");
    /** Words that deny, besides any ending in "n't"; texted forms without the apostrophe too. */
    private static final Set<String> DENIALS = Set.of("not", "never", "no", "nothing", "hardly", "nobody", "dont", "cant", "wont", "didnt",
            "havent", "isnt", "aint");
    /** A client line this short gives no ground for saying what it did not say. */
    static final int JOY_CLIENT_WORDS_AT_LEAST = 12;

    /**
     * The client's line turned round: a sentence that opens as a reflection tells the client they feel joy ("It sounds
     * like ... you're excited to surprise your kids", to a man who has not told them he was laid off), and the client,
     * in a line of some length that denies or cannot do something, said nothing good, or only denied it ("I'm not
     * inspiring, I'm knackered").
     */
    private static boolean givesJoy(String lower, List<String> client) {
        if (client.size() < JOY_CLIENT_WORDS_AT_LEAST || !JOY_GIVEN.matcher(lower).find()) return false;
        boolean joyReflected = false;
        for (String sentence : lower.split("(?<=[.!?])\\s+")) {
            // a question ("So you're happy with the date?") checks; it does not tell
            if (!sentence.strip().endsWith("?") && REFLECTION_OPENING.matcher(sentence).find() && JOY_GIVEN.matcher(sentence).find()) joyReflected = true;
        }
        if (!joyReflected) return false;
        boolean denies = false;
        for (int i = 0; i < client.size(); i++) {
            String w = client.get(i);
            if (denial(w)) denies = true;
            if (!GOOD_SAID.matcher(w).find()) continue;
            boolean denied = false;
            for (int j = Math.max(0, i - 3); j < i; j++) denied |= denial(client.get(j));
            if (!denied) return false;
        }
        return denies;
    }

    private static boolean denial(String word) {
        return DENIALS.contains(word) || word.endsWith("n't");
    }

    /** A quotation given to the client with less than half of its content words theirs. */
    private boolean misquotes(String reply, List<String> client) {
        Matcher m = CLAIMED_QUOTE.matcher(reply.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int content = 0, theirs = 0;
            String quoted = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            for (String w : words(quoted)) {
                if (NO_CONTENT.contains(w) || FUNCTION.contains(w)) continue;
                content++;
                if (echoes(w, client)) theirs++;
            }
            if (content >= 3 && 2 * theirs < content) return true;
        }
        return false;
    }

    /** Whether the words a pattern captured carry content and none of it the client's. */
    private boolean newWordsOnly(String lower, Pattern p, List<String> client) {
        Matcher m = p.matcher(lower);
        if (!m.find()) return false;
        int content = 0;
        for (String w : words(m.group(1))) {
            if (NO_CONTENT.contains(w) || FUNCTION.contains(w) || cues.feelings.matches(w)) continue;
            if (echoes(w, client)) return false;
            content++;
        }
        return content >= 1;
    }

    /**
     * Making light of what the client feels, each a roadblock (reassuring, moralising) dressed after a reflection:
     * "some people are completely invisible", "just don't blow it", "stop making it such a thing", "your daughter
     * knows best", "we all do that", "if it was that bad you'd have left". Not when negated or reported ("you worry they'll say you should stop making a fuss").
     */
    private static final Pattern MINIMISING = Pattern.compile("\\bsome people (?:are|have it|have|get)(?: [\\p{L}'-]+){0,2} (?:worse|invisible|nothing|no one)\\b"
            + "|\\b(?:it |things )?could (?:always )?be (?:a lot |much |far |way )?worse\\b|\\b(?:just )?don'?t (?:blow|mess|screw|muck|cock) (?:it|this|that)(?: up)?\\b"
            + "|\\bstop making (?:(?:it|this|that)(?: such)? |such )?(?:a )?(?:thing|fuss|drama|big deal|song and dance)\\b|\\b(?:he|she|they|your [\\p{L}-]+|the [\\p{L}-]+) knows? best\\b"
            + "|\\bwe all do (?:that|it|this)\\b|\\beveryone does (?:that|it|this)\\b|\\bif it (?:was|were|had been|is) (?:really |that |so |as )+bad\\b");
    /**
     * Milder cues: two of them, or one after a contrast, make light. "Everyone gets a bit jumpy" and "that's what
     * matters" normalise or close a feeling; each is mild, since a counsellor may say either once in earnest.
     */
    private static final Pattern MINIMISING_MILD = Pattern.compile("\\bha(?:ha)+\\b|\\blol\\b|\\byou'?re (?:totally|completely|perfectly) normal\\b|\\bdon'?t stress\\b"
            + "|\\bno need to (?:worry|stress|panic)\\b|\\bat least\\b|\\b(?:sweetheart|sweetie|sweetpea|darling|hun)\\b"
            + "|\\b(?:everyone|everybody|we all) (?:gets?|feels?) (?:a bit |a little |a wee bit )?[\\p{L}'-]+ (?:with|about|at|when|after|before|over|in|sometimes|now and then)\\b"
            + "|\\bthat'?s (?:all )?(?:what|that) (?:really )?matters\\b");
    /**
     * What "at least" means when it counts: the words after it that make it a quantity or a hedge ("at least one
     * person", "at least twice", "at least in my opinion", "at least while he's sick"), not making light.
     */
    private static final Set<String> AT_LEAST_AS_MEASURE = Set.of("one", "two", "three", "four", "five", "six", "ten", "a", "an", "once", "twice",
            "some", "half", "for", "in", "while", "until", "till", "with", "partly", "somewhat", "that", "as", "most", "part", "every", "each",
            "on", "to", "by", "if", "when", "and", "or", "but", "so", "then");

    private static boolean minimises(String lower) {
        String said = QUOTED.matcher(lower).replaceAll(" ");
        int mild = 0;
        for (String sentence : said.split("[.!?;\n]+")) {
            SentenceWords whole = new SentenceWords(sentence);
            // Laughing at oneself, or a hedge about one's own life, in a sentence with no "you": peer talk, not a put-down.
            boolean ownLife = whole.firstPerson && !whole.secondPerson;
            for (Pattern p : List.of(MINIMISING, MINIMISING_MILD)) {
                Matcher m = p.matcher(sentence);
                SentenceWords cursor = new SentenceWords(sentence);
                while (m.find()) {
                    cursor.moveTo(m.start(), m.end());
                    if (cursor.excusedWithin(5)) continue;
                    if (p == MINIMISING) return true;
                    String cue = m.group();
                    if ((cue.startsWith("ha") || cue.equals("lol")) && whole.firstPerson) continue;
                    if (cue.equals("at least") && (ownLife || cursor.next(1).isEmpty() || AT_LEAST_AS_MEASURE.contains(cursor.next(1).get(0))
                            || Character.isDigit(cursor.next(1).get(0).charAt(0)))) {
                        continue;
                    }
                    // "but at least", "..., sweetheart, but": a mild cue tied to a contrast
                    boolean contrast = cursor.contrastBefore() || cursor.next(3).stream().anyMatch(CONTRAST::contains);
                    mild += contrast ? 2 : 1;
                    if (mild >= 2) return true;
                }
            }
        }
        return false;
    }

    /** Words that validate or claim presence by name ("valid", "I validate you", "I'm present with you"): stock, not content. */
    private static final Set<String> VALIDATING = Set.of("valid", "validate", "validates", "validated", "validating", "validation", "present",
            "understood", "acknowledged", "seen", "heard", "honoured", "honored", "witnessed", "held", "sorry", "here");
    /** "Your identity is valid", "You are enough", "I'm sending you so much love and validation right now": stock sentences whole. */
    private static final Pattern STOCK_SENTENCE = Pattern.compile("(?:your [\\w' ]{1,20}|you|that|this|it|they|all of (?:it|that|this)|everything you feel)"
            + " (?:is|are) (?:so |totally |completely |absolutely |100% )*valid|(?:you are|you're) (?:more than )?enough"
            + "|(?:i'?m |i am )?sending (?:you )?(?:so much |lots of |all (?:my|the) )?(?:love|hugs|light|strength|positive vibes|good vibes|healing)"
            + "(?: and [\\w ]{1,20}?)?(?: right now| your way| to you)?");
    /** Words that only turn a stock phrase up: "totally", "truly", "so full of". */
    private static final Set<String> AMPLIFIERS = Set.of("so", "totally", "completely", "truly", "deeply", "really", "very", "fully", "absolutely",
            "utterly", "entirely", "full", "such", "incredibly", "genuinely", "100");
    /** This many parts of stock sympathy, three in four of the reply's parts, with this many feeling, stem or validating words among them. */
    static final int STOCK_PARTS_AT_LEAST = 4;
    static final int STOCK_WORDS_AT_LEAST = 4;
    /** Of them, this many a feeling word, a stem or a validating word the lists name (not only a word that reads as a feeling). */
    static final int STOCK_NAMED_AT_LEAST = 3;
    /** This many emoji, as many as the reply's words or more, and no word of the client's: the reply is padding. */
    static final int EMOJI_AT_LEAST = 4;

    /**
     * Stock sympathy strung together: four parts or more (split at punctuation and emoji), three in four of them
     * nothing but feeling words, stems, amplifiers, validating words ("valid", "I validate you") and words that hold
     * a phrase together, or a word on its own that reads as a feeling ("infuriating", "disheartening") and is not
     * the client's; with four such words or more and no question ("Totally valid! Your feelings are valid, your
     * guilt is valid..."; "I hear you. I see you. I feel you. I'm with you."). Or emoji for the reply's words: four
     * or more, at least as many as its words, and none of its words the client's. One pass over the parts.
     */
    private boolean stringsStockPhrases(String reply, String lower, List<String> client) {
        int emoji = 0;
        for (int i = 0; i < reply.length(); ) {
            int cp = reply.codePointAt(i);
            if (Character.getType(cp) == Character.OTHER_SYMBOL) emoji++;
            i += Character.charCount(cp);
        }
        List<String> all = words(lower);
        if (emoji >= EMOJI_AT_LEAST && emoji >= all.size() && all.stream().noneMatch(w -> !NO_CONTENT.contains(w) && !FUNCTION.contains(w) && echoes(w, client))) {
            return true;
        }
        if (reply.indexOf('?') >= 0) return false;
        int parts = 0, stock = 0, formWords = 0, named = 0;
        for (String segment : FRAGMENT_BREAK.split(lower)) {
            List<String> w = words(segment);
            if (w.isEmpty()) continue;
            parts++;
            if (STOCK_SENTENCE.matcher(segment.strip()).matches()) {
                stock++;
                formWords++;
                named++;
                continue;
            }
            boolean onlyStock = true;
            int form = 0;
            for (String word : w) {
                boolean feeling = cues.feelings.matches(word);
                if (feeling || VALIDATING.contains(word) || STEM_VERBS.contains(word)) {
                    form++;
                    named++;
                }
                if (feeling || VALIDATING.contains(word) || AMPLIFIERS.contains(word) || NO_CONTENT.contains(word) || FUNCTION.contains(word)
                        || STEM_VERBS.contains(word) || STEM_PARTS.contains(word)) {
                    continue;
                }
                // "infuriating", "disheartening": a word that reads as a feeling, in a part of its own
                if (w.size() <= 3 && FEELING_LIKE.matcher(word).matches() && !echoes(word, client)) {
                    form++;
                    continue;
                }
                onlyStock = false;
            }
            if (onlyStock) {
                stock++;
                formWords += form;
            }
        }
        // "Walking, swimming, yoga, cycling" is a list, not sympathy: some of the words must be feelings, stems or validation by name.
        return stock >= STOCK_PARTS_AT_LEAST && 4 * stock >= 3 * parts && formWords >= STOCK_WORDS_AT_LEAST && named >= STOCK_NAMED_AT_LEAST;
    }

    /** "I'm really proud of how accepting I'm being", "as a fully trained ally": the trainee praising the trainee. */
    private static final Pattern SELF_PRAISE = Pattern.compile("\\bproud of (?:how (?:[\\w-]+ ){0,4}i'?m being|myself for)\\b"
            + "|\\bi'?m being (?:so |really |very |extremely )?(?:accepting|non-?judg(?:e)?mental|supportive|empathetic|empathic|patient|understanding)\\b"
            + "|\\bas a (?:fully |properly |highly )?(?:trained|qualified|certified|experienced) (?:[\\w+-]+ ){0,2}(?:ally|counsell?or|therapist|professional|listener)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "(a) scared (b) embarrassed (c) annoyed": feelings offered as a multiple-choice question. */
    private static final Pattern MENU = Pattern.compile("\\(\\s*a\\s*\\)[^()]{1,60}\\(\\s*b\\s*\\)[^()]{1,60}\\(\\s*c\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** A list of this many feeling words or more ("sadness, frustration, exhaustion, grief, loneliness") names everything. */
    static final int FEELINGS_LISTED_AT_LEAST = 5;
    static final int HEDGED_WORDS_AT_MOST = 45;

    /**
     * "I hear so much sadness, frustration, exhaustion, grief, loneliness, shame and longing in what you're sharing":
     * a run of {@link #FEELINGS_LISTED_AT_LEAST} feeling words or more, joined by commas and "and", and not one word of
     * the reply besides them that the client said. It could be sent to anyone.
     */
    private boolean listsFeelingsOnly(String reply, List<String> words, Set<String> content, List<String> clientWords) {
        if (content.stream().anyMatch(w -> !EVERY.contains(w) && !w.equals("every") && echoes(w, clientWords))) return false;
        // "You may be feeling sad, or perhaps not sad at all; maybe angry, or calm; perhaps guilty": as many, hedged, in
        // a short reply (a long one can name that many while it says what the client lives through)
        if (words.size() <= HEDGED_WORDS_AT_MOST && new HashSet<>(cues.feelings.findAll(reply)).size() >= FEELINGS_LISTED_AT_LEAST) return true;
        int run = 0, longest = 0;
        for (String item : reply.toLowerCase(Locale.ROOT).split(",|\\band\\b|\\bor\\b")) {
            List<String> w = words(item);
            if (w.isEmpty()) continue;
            // a run opens on any clause that ends in a feeling ("I hear so much sadness"); after that, each item is a
            // feeling word with at most two words before it
            boolean endsInFeeling = cues.feelings.matches(w.get(w.size() - 1));
            run = endsInFeeling && (run == 0 || w.size() <= 3) ? run + 1 : endsInFeeling ? 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest >= FEELINGS_LISTED_AT_LEAST;
    }

    /** The endings of words that read as a feeling when they stand on their own in a list. */
    private static final Pattern FEELING_LIKE = Pattern.compile("[\\p{L}-]{4,}(?:ing|ed|ful|ive|ous|ening)");

    /**
     * Clinical and theory jargon, said to the client about the client: "somatic hyperarousal", "trauma-informed",
     * "anticipatory grief", "humour-based deflection", "an ableist microaggression as described by the social model".
     * A term the client used is theirs, not jargon.
     */
    private static final Pattern JARGON = Pattern.compile("\\b(?:somatic|hyperarous\\w*|hypervigilan\\w*|dysregulat\\w*|dissonance|neurocognitive|neurodivergen\\w*"
            + "|microaggressions?|ableis[mt]|attun(?:e|ed|ing|ement)|pathologi[sz]\\w*|maladaptive|catastrophi[sz]\\w*|cognitive distortions?|coping (?:style|mechanisms?|strateg\\w+)"
            + "|anticipatory grief|attachment (?:style|wounds?|injur\\w+)|trauma response|inner child|window of tolerance|emotional (?:regulation|dysregulation)"
            + "|social model|spousal|familial|intergenerational|enmeshment|codependen\\w+|deflection|salient|empathically|affective|(?:nervous system )?activation"
            + "|(?:trauma|person|client|solution|strengths?|evidence|humou?r|shame|fear|anxiety|values)-(?:informed|centred|centered|based|focused|driven|led)"
            + "|you(?:'re| are) (?:presenting|showing|displaying|exhibiting)(?: with)?|(?:classic|textbook|typical) (?:\\w+ ){0,2}(?:symptoms?|signs|presentation)"
            + "|(?:recogni[sz]ed|well-documented|documented|diagnosable|known) (?:syndrome|phenomenon|condition|disorder)|per the literature"
            + "|according to the (?:literature|research|dsm)|(?:a )?normal stage of|\\w+ features complicated by|symptoms of (?:a |an )?\\w+ disorder|what you'?re describing is (?:called |known as )?[\\w-]+,"
            // a diagnosis given to the client: "adjustment disorder", "perinatal OCD with checking compulsions", "anhedonia"
            + "|(?:adjustment|anxiety|panic|personality|eating|mood|bipolar|depressive|obsessive-compulsive|stress|attachment) disorders?|diagnos(?:is|es|able)"
            + "|anhedoni\\w*|psychomotor \\w+|chemical imbalance|clinical(?:ly)? (?:depress\\w+|anxi\\w+|significant)|depressive (?:symptoms?|episodes?)"
            + "|ocd|ptsd|compulsions|magical[- ]thinking|perinatal|postpartum psychosis|rumination|somati[sz]ation"
            + "|culturally (?:responsive|informed|attuned)|(?:spiritual|cognitive|affective|somatic|emotional)-(?:cognitive|somatic|affective|emotional|relational)\\w*)\\b");
    /** This many jargon terms and the reply names the client's experience in jargon. */
    static final int JARGON_AT_LEAST = 2;

    private static int jargonTerms(String lower, String client) {
        Matcher m = JARGON.matcher(lower);
        int k = 0;
        while (m.find()) if (!client.contains(m.group())) k++;
        return k;
    }

    /** A sentence that announces a new subject: "By the way,", "Anyway,", "Quick question,", "On a lighter note". */
    private static final Pattern SUBJECT_CHANGE = Pattern.compile("(?:^|[.!?]\\s+)\\W*(?:by the way|btw|anyway|anyways|anyhow|quick question|random question|on (?:another|a (?:different|lighter|brighter|happier|separate|other)) note"
            + "|changing the subject|change of subject|moving on|unrelated|totally unrelated|side note|speaking of [\\w']+)\\b\\W+");

    /**
     * A new subject announced after a sentence of understanding ("By the way, have you thought about where you see
     * yourself in five years?"): what follows the marker asks something ("?" or "tell me"), with two content words
     * or more of which under a third are the client's ("Anyway, Toronto winters! Have you got yourself a decent coat?").
     */
    private boolean changesTheSubject(String lower, List<String> client) {
        Matcher m = SUBJECT_CHANGE.matcher(lower);
        if (!m.find() || m.start() == 0) return false;
        String rest = lower.substring(m.end());
        if (rest.indexOf('?') < 0 && !rest.contains("tell me")) return false;
        int content = 0, theirs = 0;
        for (String w : words(rest)) {
            if (NO_CONTENT.contains(w) || FUNCTION.contains(w) || STEM_VERBS.contains(w) || cues.feelings.matches(w)) continue;
            content++;
            if (echoes(w, client)) theirs++;
        }
        return content >= 2 && 3 * theirs < content;
    }

    /** Advice in the clause a stem introduces: "what you really need is to...", "you're feeling that you should sit them down". */
    private static final Pattern ADVICE_AS_REFLECTION = Pattern.compile("\\b(?:(?:sounds|seems|looks) like|i hear(?: that)?|what i'?m hearing is(?: that)?|you(?:'re| are) feeling(?: that| like)?)"
            + " (?:what you (?:really |actually |truly )?need (?:is|to do is)|(?:you(?:'re| are) feeling (?:that |like )?)?you (?:really |just |definitely )?(?:should|ought to|need to|must))"
            + " ((?:to )?(?:start|try|sit|tell|go|get|stop|ask|call|make|take|leave|confront|put|set|write|have|book|join|find|see)\\b[^.!?;]*)");
    /** This many words of a plan the client never spoke of, and the "reflection" is advice. */
    static final int ADVICE_WORDS_AT_LEAST = 4;

    private boolean advisesAsReflection(String lower, List<String> client) {
        Matcher m = ADVICE_AS_REFLECTION.matcher(lower);
        if (!m.find()) return false;
        int fresh = 0;
        for (String w : words(m.group(1))) {
            if (NO_CONTENT.contains(w) || FUNCTION.contains(w) || cues.feelings.matches(w)) continue;
            if (!echoes(w, client)) fresh++;
        }
        return fresh >= ADVICE_WORDS_AT_LEAST;
    }

    /**
     * Siding with the client against someone, or agreeing without reserve: "you're absolutely right", "your wife
     * sounds really controlling", "I support you one hundred percent". One is an opinion; two take sides.
     */
    private static final Pattern SIDING = Pattern.compile("\\byou(?:'re| are) (?:absolutely|totally|completely|so|one hundred percent|100%?) right\\b"
            + "|\\bi (?:totally |completely |fully )?(?:support|agree with|back|side with|stand with) you (?:one hundred|a hundred|100|all the way|completely|totally|fully)"
            + "|\\b(?:he|she|they|your [\\p{L}-]+) (?:sounds?|is|are|seems?) (?:really |so |very |just |a bit )?(?:controlling|toxic|unreasonable|crazy|impossible|ridiculous|a nightmare)\\b"
            + "|\\byou(?:'re| are) not (?:a |an )?[\\p{L}-]+ at all\\b");
    static final int SIDING_AT_LEAST = 2;

    /** A detail beside the point: the make of the car, its colour, the dog's breed, asked in a reply with no feeling in it. */
    private static final Pattern TRIVIA = Pattern.compile("\\bwhat (?:make|model|colou?r|brand|breed) (?:is|was|are|were)\\b[^.!?]*\\?"
            + "|\\bdid you (?:see|catch|read) the (?:latest )?news\\b|\\bwhat'?s your (?:view|opinion|take) on\\b[^.!?]*\\?");
    /**
     * Offers no one makes in earnest: to do the client's growing-up for them ("shall I write you a little permission
     * slip?") or to tell the world ("should I call the newspapers?").
     */
    private static final Pattern MOCK_OFFER = Pattern.compile("\\bpermission slip\\b|\\b(?:shall|should|can|could) i (?:hold your hand|write you a (?:little )?(?:note|sick note|excuse note))\\b"
            + "|\\b(?:shall|should|can|could|let) (?:i|me) (?:call|ring|phone|alert|tell|write to) (?:the )?(?:newspapers|papers|press|media|tabloids|bbc|news)\\b");

    /**
     * Negations typed without their apostrophe ("it doesnt sound like just banter"). Listed, since many words
     * end in "nt" without negating anything ("important", "different", "went", "meant").
     */
    static final Set<String> NEGATIONS_WITHOUT_APOSTROPHE = Set.of("dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt",
            "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "mustnt", "neednt", "aint", "shant", "mightnt");

    /** Whether a word negates what follows it: "not", "never", "doesn't", "doesnt". */
    static boolean negates(String word) {
        return NEGATING.contains(word) || word.endsWith("n't") || NEGATIONS_WITHOUT_APOSTROPHE.contains(word);
    }

    /** Whether the reply makes light of something, not negated ("that doesn't sound like just a bit of banter"). */
    static boolean makesLight(String lower) {
        Matcher m = MAKES_LIGHT.matcher(lower);
        SentenceWords cursor = new SentenceWords(lower);
        while (m.find()) {
            cursor.moveTo(m.start(), m.end());
            if (!cursor.negatedWithin(4)) return true;
        }
        return false;
    }

    /** A client line of fewer words can be said back whole as a plain simple reflection ("You're scared of the dark."). */
    static final int LINE_BACK_AT_LEAST = 8;
    /** Words a line said back may add: "so", "it sounds like", "you're saying". */
    private static final int LINE_BACK_EXTRA = 5;

    /**
     * The client's line said back word for word with the pronouns turned ("I hate how I look" as "you hate how
     * you look"): at least nine in ten of the line's words, in its order, and nothing added but stem or function
     * words. Only a reply about the line's length is compared, so the work is bounded by the (limited) client line.
     */
    static boolean saysTheLineBack(List<String> reply, List<String> client) {
        if (client.size() < LINE_BACK_AT_LEAST || reply.size() > client.size() + LINE_BACK_EXTRA) return false;
        List<String> r = reply.stream().map(HollowReplies::turned).toList(), c = client.stream().map(HollowReplies::turned).toList();
        int[][] common = new int[r.size() + 1][c.size() + 1];
        for (int i = r.size() - 1; i >= 0; i--) {
            for (int j = c.size() - 1; j >= 0; j--) {
                common[i][j] = r.get(i).equals(c.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        if (common[0][0] < 0.9 * c.size()) return false;
        // the reply's words outside the common run: each must carry nothing of its own
        int i = 0, j = 0;
        while (i < r.size()) {
            if (j < c.size() && r.get(i).equals(c.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                i++;
                j++;
            } else if (j < c.size() && common[i][j + 1] >= common[i + 1][j]) {
                j++;
            } else {
                String w = reply.get(i++);
                if (!NO_CONTENT.contains(w) && !FUNCTION.contains(w) && !STEM_VERBS.contains(w)) return false;
            }
        }
        return true;
    }

    /** The client's "I" and the reply's "you" as one word, so that a line said back reads as the same words. */
    private static String turned(String word) {
        // "havent" and "haven't" are one word: a line typed without apostrophes is still the same line.
        String w = word.replace("'", "");
        return switch (w) {
            case "i", "me", "you" -> "\u00b7you";
            case "my", "your" -> "\u00b7your";
            case "mine", "yours" -> "\u00b7yours";
            case "myself", "yourself" -> "\u00b7yourself";
            case "im", "youre" -> "\u00b7you're";
            case "ive", "youve" -> "\u00b7you've";
            case "id", "youd" -> "\u00b7you'd";
            case "ill", "youll" -> "\u00b7you'll";
            case "am", "are" -> "\u00b7are";
            case "was", "were" -> "\u00b7were";
            default -> w;
        };
    }

    /** A sentence that ends on a stem waiting for what it introduces ("... you feel sounds like."). */
    private static final Pattern HANGING_STEM = Pattern.compile("(?<!what it |what that |how it |how that )\\b(sounds|seems|looks|feels) like\\W*$|\\bas (if|though)\\W*$|\\bpart of you\\W*$");

    private static boolean leavesAStemHanging(String reply) {
        for (String sentence : reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[.!?]+")) {
            if (HANGING_STEM.matcher(sentence.strip()).find()) return true;
        }
        return false;
    }

    /** A word the client said, or one of its forms ("criticise" for "criticises"): the first five letters agree. */
    private static boolean echoes(String word, List<String> client) {
        if (saidBy(word, client)) return true;
        if (word.length() < 5) return false;
        for (String c : client) if (c.length() >= 5 && c.regionMatches(0, word, 0, 5)) return true;
        return false;
    }

    /** Some three words said twice over, in a reply long enough to say three words twice. */
    private static boolean repeatsWords(List<String> words) {
        return words.size() > 2 && distinctTriples(words) < words.size() - 2;
    }

    private static int distinctTriples(List<String> words) {
        Set<String> triples = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) triples.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        return triples.size();
    }

    /** How many feelings the reply gives to things, read widely (see {@link #looseFeelingsOfThings}). */
    int feelingsGivenToThings(String reply, String client) {
        return looseFeelingsOfThings(words(reply), new HashSet<>(words(client)), new java.util.HashMap<>());
    }

    /** Possessives that also mark a thing as a thing ("its socks"). */
    private static final Set<String> THING_MARKERS = Set.of("the", "a", "an", "its", "this", "that", "these", "those", "some");
    private static final Set<String> OF = Set.of("of", "by", "about", "for", "to", "with", "at");

    /**
     * Feelings given to things, read more widely than {@link #feelingsOfThings}: a thing that "feels" anything
     * ("the ocean feels misunderstood"), a feeling about, by or for a thing the client never named ("ashamed of
     * the Tuesday clouds"), and "you feel like a" thing ("a retired teaspoon"). Noisier: an input, never a rule.
     */
    private int looseFeelingsOfThings(List<String> words, Set<String> clientWords, java.util.Map<String, Boolean> isFeeling) {
        int k = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            // "the ocean feels ...": a thing after a marker, then a verb of feeling.
            if ((w.equals("feels") || w.equals("feel") || w.equals("felt")) && i >= 2 && isThing(words.get(i - 1), clientWords, isFeeling)
                    && (THING_MARKERS.contains(words.get(i - 2)) || i >= 3 && THING_MARKERS.contains(words.get(i - 3)))) {
                k++;
                continue;
            }
            // "ashamed of the (Tuesday) clouds": a feeling, a preposition, a marker, then a thing within two words.
            if (isFeeling.computeIfAbsent(w, cues.feelings::matches) && OF.contains(words.get(i + 1)) && i + 3 < words.size()
                    && THING_MARKERS.contains(words.get(i + 2))) {
                for (int j = i + 3; j < Math.min(words.size(), i + 5); j++) {
                    if (isThing(words.get(j), clientWords, isFeeling)) {
                        k++;
                        break;
                    }
                }
                continue;
            }
            // "you feel like a retired teaspoon", "part of you is a (cheerful) volcano".
            boolean likened = w.equals("like") && i >= 1 && words.get(i - 1).startsWith("feel");
            boolean called = (w.equals("is") || w.equals("are")) && i >= 1 && words.get(i - 1).equals("you") || w.equals("you're");
            if ((likened || called) && THING_MARKERS.contains(words.get(i + 1))) {
                for (int j = i + 2; j < Math.min(words.size(), i + 4); j++) {
                    if (isThing(words.get(j), clientWords, isFeeling)) {
                        k++;
                        break;
                    }
                }
            }
        }
        return k;
    }

    /**
     * The share of the reply's parts that have content words and none of the client's: parts about something
     * else altogether (a new topic, the speaker's life, nonsense).
     */
    private double contentShift(String lower, Set<String> clientWords) {
        List<String> client = new java.util.ArrayList<>(clientWords);
        int parts = 0, away = 0;
        for (String segment : SEGMENT.split(lower)) {
            List<String> w = words(segment);
            if (w.size() < 2) continue;
            boolean hasContent = false, fromClient = false;
            for (String word : w) {
                if (NO_CONTENT.contains(word) || FUNCTION.contains(word) || STEM_VERBS.contains(word) || cues.feelings.matches(word)) continue;
                hasContent = true;
                if (saidBy(word, client)) fromClient = true;
            }
            if (!hasContent) continue;
            parts++;
            if (!fromClient) away++;
        }
        return parts == 0 ? 0 : (double) away / parts;
    }

    /** A reply of fragments is only judged from this many words and this many fragments: "Angry, hurt, betrayed." can be a reply. */
    static final int FRAGMENTS_AT_LEAST = 6;
    static final int FRAGMENT_PARTS = 4;

    /**
     * A reply read as fragments: how many there are; how many of its words stand in a clause (three words
     * or more, with a verb or subject and a word that says something once fillers are taken out); how many
     * fragments are a bare stem ("you feel", "I sense", "part of you": nothing but a pronoun and a stem verb or
     * function words); how many words are fillers; and the content words (neither function, stem, filler nor feeling).
     */
    record Fragments(int parts, int clauseWords, int bareStems, int fillerWords, Set<String> content) {
    }

    Fragments fragments(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int parts = 0, clauseWords = 0, bare = 0, fillerWords = 0;
        Set<String> content = new HashSet<>();
        for (String segment : FRAGMENT_BREAK.split(lower)) {
            List<String> all = words(segment);
            if (all.isEmpty()) continue;
            parts++;
            List<String> kept = words(FILLER.matcher(segment).replaceAll(" "));
            fillerWords += all.size() - kept.size();
            boolean verbal = false, saying = false, pronoun = false;
            int meaningful = 0;
            for (String w : kept) {
                if (VERBAL.contains(w)) verbal = true;
                if (SECOND_PERSON.contains(w) || FIRST_PERSON.contains(w)) pronoun = true;
                boolean empty = NO_CONTENT.contains(w) || FUNCTION.contains(w) || STEM_VERBS.contains(w) || STEM_PARTS.contains(w);
                if (!empty) {
                    meaningful++;
                    saying = true;
                    if (!cues.feelings.matches(w)) content.add(w);
                }
            }
            // Three words as said ("that's so hard"), of which fillers alone ("in a sense") make no clause.
            if (all.size() >= 3 && verbal && saying) clauseWords += all.size();
            else if (!kept.isEmpty() && meaningful == 0 && (pronoun || kept.size() >= 2)) bare++;
        }
        return new Fragments(parts, clauseWords, bare, fillerWords, content);
    }

    /** A word the client said, allowing for its ending ("son's" and "son", "missed" and "miss", "working" and "work"). */
    private static boolean saidBy(String word, List<String> client) {
        String w = stem(word);
        for (String c : client) if (stem(c).equals(w)) return true;
        return false;
    }

    /** A word without its commonest endings, so that "son's" and "son", "missed" and "miss" meet. */
    static String stem(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        for (String end : new String[] {"ing", "ed", "es", "s"}) {
            if (s.length() > end.length() + 3 && s.endsWith(end)) return s.substring(0, s.length() - end.length());
        }
        return s;
    }

    /** "Reflection: you feel. Validation: ...": parts of a reply headed by a one-word label, as in a form rather than speech. */
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?;]\\s*)\\p{L}+\\s*:\\s*\\S");

    /**
     * A sentence and then its own words again as fragments ("...your son's school play, sixty-hour weeks, school
     * play."): at least two fragments that are no clause, each with a content word other than a feeling and
     * every content word one the reply has already said, together a quarter of the reply or more.
     */
    private boolean echoes(String reply, int n) {
        String lower = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Set<String> said = new HashSet<>();
        int echoes = 0, echoWords = 0;
        for (String segment : FRAGMENT_BREAK.split(lower)) {
            List<String> w = words(segment);
            if (w.isEmpty()) continue;
            List<String> content = new java.util.ArrayList<>();
            for (String word : w) {
                if (!NO_CONTENT.contains(word) && !FUNCTION.contains(word) && !STEM_VERBS.contains(word) && !cues.feelings.matches(word)) content.add(word);
            }
            boolean clause = fragments(segment).clauseWords() > 0;
            if (!clause && !content.isEmpty() && said.containsAll(content)) {
                echoes++;
                echoWords += w.size();
            }
            said.addAll(content);
        }
        return echoes >= 2 && 4 * echoWords >= n;
    }

    /** From this many words a reply with no "you" in it, no question and the speaker's feelings in it is about the speaker. */
    static final int SPEAKER_ONLY_AT_LEAST = 12;

    /**
     * The speaker talking about their own life: nothing in the second person, no question to the client, the
     * first person throughout (at least three times) and at least two feelings, all of them the speaker's. A
     * brief self-disclosure that turns back to the client ("...How are you holding up?") has a "you" or a question.
     */
    private static boolean aboutTheSpeaker(String reply, List<String> words, int feelings) {
        if (words.size() < SPEAKER_ONLY_AT_LEAST || reply.indexOf('?') >= 0) return false;
        // "When I was your age": the client's age is where the speaker's story starts, not something said about the client.
        List<String> told = words(YOUR_AGE.matcher(reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("$1 "));
        int first = 0;
        for (String w : told) {
            if (SECOND_PERSON.contains(w)) return false;
            if (FIRST_PERSON.contains(w)) first++;
        }
        // A story told in the first person five times over needs no feeling words to be about the speaker.
        return first >= 3 && feelings >= 2 || first >= SPEAKER_STORY;
    }

    private static final Pattern YOUR_AGE = Pattern.compile("\\b(at|was|were) your age\\b");
    /** The first person this many times with no "you" and no question: the speaker's story, whatever its feeling words. */
    static final int SPEAKER_STORY = 5;

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
    /** The longest quotation that counts as quoting the client rather than handing their line back. */
    static final int QUOTED_AT_MOST = 12;

    /** The reply without its quotations of at most {@link #QUOTED_AT_MOST} words. */
    static String withoutShortQuotes(String reply) {
        Matcher m = QUOTED_ANY_MARKS.matcher(reply);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(words(m.group()).size() <= QUOTED_AT_MOST ? " " : m.group()));
        m.appendTail(out);
        return out.toString();
    }

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

    /** Words that can follow "a relief" or "so hurt" without being a thing the feeling is given to. */
    private static final Set<String> NOT_THINGS = Set.of("after", "before", "over", "under", "since", "until", "while", "when", "where", "through",
            "because", "though", "although", "even", "again", "now", "then", "here", "there", "today", "tonight", "yet", "still", "too", "enough",
            "way", "time", "thing", "things", "lot", "bit", "moment", "place", "feeling", "sense", "kind", "sort", "day", "days", "week", "weeks");

    private boolean isThing(String word, Set<String> clientWords, java.util.Map<String, Boolean> isFeeling) {
        return !NO_CONTENT.contains(word) && !FUNCTION.contains(word) && !PEOPLE.contains(word) && !clientWords.contains(word) && !NOT_THINGS.contains(word)
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
        return 1 - (double) distinctTriples(words) / (words.size() - 2);
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
