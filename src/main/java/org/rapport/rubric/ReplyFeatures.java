package org.rapport.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.nlp.Utterance;

/**
 * The structural and lexical features of one reply that the behaviour-code weights refer to by name.
 * Each is a number from 0 to 1. Reflections are recognised by how they track the client's last
 * utterance (shared content words, named feelings, second-person statements), not by stems alone.
 */
final class ReplyFeatures {

    /** Every feature a {@link BehaviorModel} may weigh; the loader rejects other names. */
    static final List<String> NAMES = List.of(
            "question_last", "question_any", "interrogative_form", "open_stem", "closed_stem",
            "elaboration_request", "reflection_stem", "you_start", "you_ratio", "i_start", "i_ratio", "we_ratio",
            "client_overlap", "client_echo", "new_content", "feeling", "new_feeling", "complex_marker",
            "acknowledgement", "affirmation", "structuring", "advice", "information", "negotiation", "options",
            "short", "long", "number", "no_client_line", "tag_question", "statement_then_question", "so_start",
            "content", "third_person", "question_count", "declarative_question", "client_asked", "client_similarity", "preamble",
            "information_density", "advice_density", "modal_statement", "contrast", "amplifier", "permission",
            "answers_client", "generic_you", "sentences", "statement_you_start", "i_think", "past_tense_you",
            "double_sided", "continuation",
            "similar_open", "similar_closed", "similar_simple", "similar_complex", "similar_information", "similar_advice",
            "similar_negotiation", "similar_options", "similar_other");

    /** The exemplar labels whose similarity is also a feature, in the order of the {@code similar_*} names. */
    static final List<String> EXEMPLAR_LABELS = List.of("open", "closed", "simple", "complex", "information", "advice",
            "negotiation", "options", "other");

    private static final Set<String> WH = Set.of("what", "what's", "how", "why", "where", "when", "who", "which",
            "whose", "whom", "how's", "where's", "who's", "why's");
    private static final Set<String> AUX = Set.of("do", "does", "did", "is", "are", "was", "were", "can", "could",
            "would", "will", "should", "have", "has", "had", "may", "might", "shall", "don't", "doesn't", "didn't",
            "isn't", "aren't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "haven't", "hasn't", "am");
    private static final Pattern TAG = Pattern.compile("(?i)(,\\s*|\\b)(right|correct|yeah|no|huh|isn't it|is that right|is that correct|does that sound right|am i right|did i get that right)\\?\\s*$");
    // Grammar, not rubric content: the connectives of a double-sided reflection, the intensifiers of an
    // amplified one, the modal verbs of explaining and suggesting, and asking leave to give input.
    private static final Pattern CONTRAST = Pattern.compile("\\b(but|yet|although|though|even though|even if|at the same time|on the other hand|whereas|while)\\b");
    private static final Pattern AMPLIFIER = Pattern.compile("\\b(really|never|always|completely|totally|absolutely|at all|nothing|everything|everyone|no one|nobody|anything|so much|the only|entirely)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(can|could|may|might|will|would|tends? to|usually|often|sometimes)\\b");
    private static final Pattern PERMISSION = Pattern.compile("\\b(would it be (okay|ok|alright|all right)|is it (okay|ok) (if|with you)|(can|could|may) i (share|tell|give|offer|suggest|ask|mention)|do you mind if i|would you mind if i|would you like (me to|to hear|some information|some ideas)|(are you|would you be) interested in)\\b");
    private static final Pattern GENERIC_YOU = Pattern.compile("\\b(if you|when you|you can|you could|you might|you may|you'll find|you'll)\\b");
    private static final Pattern I_THINK = Pattern.compile("^(i think|i believe|i feel like|i guess|i'm (wondering|thinking|curious)|i wonder|i know|i've (seen|found|heard)|in my experience)\\b");
    // "You ... <past tense>": the listener's own past, reflected. The parts are found one after the other
    // (see inOrder) rather than as "you.*said", which retried the rest of the reply from every "you".
    private static final Pattern YOU = Pattern.compile("\\b(you|you've|you had|you were|you did|you said|you told|you mentioned|you went|you tried)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(\\w+ed|said|told|went|was|were|had|did|got|felt|thought|came)\\b");
    // Both sides of ambivalence in one reflection, and finishing the client's sentence for them: marks of a
    // complex reflection.
    private static final Pattern TWO_SIDES = Pattern.compile("\\b(on (the )?one hand|(and|but) at the same time|and yet|but (also|then again|on the other hand))");
    private static final Pattern PART_OF_YOU = Pattern.compile("\\bpart of you\\b");
    private static final Pattern ANOTHER_PART = Pattern.compile("\\b(part|another|other)");
    private static final Pattern YOU_WANT = Pattern.compile("\\byou (want|like|know|feel|think|enjoy)\\b");
    private static final Pattern TURN = Pattern.compile("\\b(but|yet|and at the same time|while)\\b");
    private static final Pattern YOU_AGAIN = Pattern.compile("\\byou\\b");
    private static final Pattern CONTINUATION = Pattern.compile("^(and|because|which|even though|so that|except|unless|until|or|like|almost like) ");
    private static final Pattern NUMBER = Pattern.compile("\\d|%|\\bpercent\\b|\\bhalf\\b|\\btwice\\b|\\btimes (a|per) (day|week)\\b");

    final Utterance reply;
    final Utterance client;
    final Map<String, Double> values = new LinkedHashMap<>();
    final String questionSentence;

    ReplyFeatures(Utterance reply, Utterance client, Cues cues) {
        this.reply = reply;
        this.client = client;
        List<String> sentences = reply.sentences();
        List<String> questions = reply.questions();
        String last = reply.lastSentence();
        boolean lastIsQuestion = last.strip().endsWith("?");
        questionSentence = lastIsQuestion ? last : questions.isEmpty() ? null : questions.get(questions.size() - 1);
        put("question_last", lastIsQuestion);
        put("question_any", !questions.isEmpty() && !lastIsQuestion);
        put("tag_question", questionSentence != null && TAG.matcher(questionSentence).find()
                && Utterance.withoutLeadingFillers(questionSentence).split(" ").length > 3
                && !startsWithAny(questionSentence, WH) && !startsWithAny(questionSentence, AUX));
        put("statement_then_question", sentences.size() > 1 && lastIsQuestion);

        String lead = questionSentence != null ? askingClause(questionSentence) : last;
        String stripped = Utterance.withoutLeadingFillers(lead);
        String firstWord = stripped.isEmpty() ? "" : stripped.split(" ")[0];
        put("interrogative_form", WH.contains(firstWord) || AUX.contains(firstWord));
        // "How much...?" is closed although "how" opens most open questions: the longer stem decides.
        String openMatch = cues.openStems.startsWith(stripped) ? cues.openStems.find(stripped) : null;
        String closedMatch = cues.closedStems.startsWith(stripped) ? cues.closedStems.find(stripped) : null;
        boolean elaborates = cues.elaboration.matches(lead);
        boolean closedMoreSpecific = closedMatch != null && (openMatch == null || closedMatch.length() > openMatch.length());
        put("open_stem", (openMatch != null && !closedMoreSpecific) || elaborates);
        put("closed_stem", closedMatch != null && !elaborates && (openMatch == null || closedMoreSpecific));
        put("elaboration_request", cues.elaboration.matches(reply.text()));

        String opening = Utterance.withoutLeadingFillers(sentences.isEmpty() ? "" : firstContentSentence(sentences));
        String openingWord = opening.isEmpty() ? "" : opening.split(" ")[0];
        boolean stem = false;
        for (String s : sentences) {
            if (cues.reflectionStems.startsWith(Utterance.withoutLeadingFillers(s))) stem = true;
        }
        put("reflection_stem", stem);
        put("you_start", openingWord.equals("you") || openingWord.startsWith("you'") || openingWord.equals("your"));
        put("i_start", openingWord.equals("i") || openingWord.startsWith("i'") || openingWord.equals("my"));
        int words = Math.max(1, reply.wordCount());
        values.put("you_ratio", Math.min(1.0, reply.secondPersonCount() * 6.0 / words));
        values.put("i_ratio", Math.min(1.0, reply.firstPersonCount() * 6.0 / words));
        long we = reply.words().stream().filter(w -> w.equals("we") || w.equals("us") || w.equals("let's") || w.equals("we're") || w.equals("we'll") || w.equals("our")).count();
        values.put("we_ratio", Math.min(1.0, we * 6.0 / words));

        boolean hasClient = !client.isEmpty();
        put("no_client_line", !hasClient);
        double overlap = hasClient ? reply.overlapWith(client) : 0;
        values.put("client_overlap", overlap);
        values.put("client_echo", hasClient ? Math.min(1.0, reply.sharedStems(client).size() / 3.0) : 0);
        values.put("new_content", reply.contentStems().isEmpty() ? 0 : Math.min(1.0, (1 - overlap) * reply.contentStems().size() / 6.0));
        List<String> feelings = cues.feelings.findAll(reply.text());
        put("feeling", !feelings.isEmpty());
        put("new_feeling", feelings.stream().anyMatch(f -> !Utterance.normalise(client.text()).contains(f)));
        put("complex_marker", cues.complexMarkers.matches(reply.text()));
        put("acknowledgement", isAcknowledgementOnly(reply, cues));
        put("affirmation", cues.affirmations.matches(reply.text()));
        put("structuring", cues.structuring.matches(reply.text()));
        put("advice", cues.advice.findDirected(reply.text()) != null);
        put("information", cues.information.matches(reply.text()));
        put("negotiation", cues.negotiation.matches(reply.text()));
        put("options", cues.options.matches(reply.text()));
        put("short", reply.wordCount() <= 3);
        values.put("long", Math.min(1.0, Math.max(0, reply.wordCount() - 12) / 30.0));
        put("number", NUMBER.matcher(reply.normalised()).find());
        // "So..." opens most summaries and many reflections in MI talk.
        String[] tokens = reply.normalised().split(" ");
        int t = 0;
        while (t < tokens.length - 1 && Set.of("okay", "ok", "yeah", "alright", "right", "all", "mm-hmm", "um", "uh", "and").contains(tokens[t])) t++;
        put("so_start", t < tokens.length && tokens[t].equals("so"));
        values.put("content", Math.min(1.0, reply.contentStems().size() / 5.0));
        long third = reply.words().stream().filter(w -> w.equals("people") || w.equals("they") || w.equals("it's") || w.equals("there's") || w.equals("research") || w.equals("someone") || w.equals("most")).count();
        values.put("third_person", Math.min(1.0, third / 2.0));
        // "So it's a way to cope with stress?" — statement word order with a rising end is a reflection.
        put("declarative_question", questionSentence != null && !WH.contains(firstWord) && !AUX.contains(firstWord)
                && !cues.openStems.startsWith(stripped) && !stripped.isEmpty()
                && java.util.Arrays.stream(stripped.split(" ")).noneMatch(WH::contains)
                && stripped.split(" ").length <= 25 && !cues.elaboration.matches(reply.text()));
        put("client_asked", client.text().strip().endsWith("?"));
        // Words said before the final question: a long statement with a question tacked on is mostly statement.
        int before = 0;
        if (questionSentence != null) {
            for (String s : sentences) {
                if (s.equals(questionSentence)) break;
                before += new Utterance(s).wordCount();
            }
        }
        values.put("preamble", Math.min(1.0, before / 30.0));
        values.put("question_count", Math.min(1.0, questions.size() / 3.0));

        // Counts as well as presence: one stray cue word is weak evidence, several make a pattern.
        values.put("information_density", Math.min(1.0, new java.util.HashSet<>(cues.information.findAll(reply.text())).size() / 4.0));
        values.put("advice_density", Math.min(1.0, new java.util.HashSet<>(cues.advice.findAll(reply.text())).size() / 2.0));
        String norm = reply.normalised();
        int modal = 0, youStatements = 0, statements = 0;
        for (String sentence : sentences) {
            if (sentence.strip().endsWith("?")) continue;
            statements++;
            String ns = Utterance.withoutLeadingFillers(sentence);
            if (MODAL.matcher(ns).find()) modal++;
            String w0 = ns.isEmpty() ? "" : ns.split(" ")[0];
            if (w0.equals("you") || w0.startsWith("you'") || w0.equals("your") || ns.startsWith("it sounds") || ns.startsWith("sounds like")
                    || ns.startsWith("so you") || ns.startsWith("it seems")) youStatements++;
        }
        values.put("modal_statement", Math.min(1.0, modal / 2.0));
        values.put("statement_you_start", statements == 0 ? 0 : (double) youStatements / statements);
        put("contrast", CONTRAST.matcher(norm).find());
        values.put("amplifier", Math.min(1.0, countMatches(AMPLIFIER, norm) / 2.0));
        put("permission", PERMISSION.matcher(norm).find());
        put("answers_client", client.text().strip().endsWith("?") && !lastIsQuestion);
        values.put("generic_you", Math.min(1.0, countMatches(GENERIC_YOU, norm) / 2.0));
        values.put("sentences", Math.min(1.0, (sentences.size() - 1) / 4.0));
        put("i_think", I_THINK.matcher(Utterance.withoutLeadingFillers(opening)).find());
        put("past_tense_you", pastTenseYou(norm));
        put("double_sided", doubleSided(norm));
        String bare = norm.replaceFirst("^((um|uh|mm|mm-hmm|mhm|hmm|yeah|okay|ok|right) )+", "");
        put("continuation", hasClient && CONTINUATION.matcher(bare).find());
    }

    /** A "you" and, later in the reply, a verb in the past tense. */
    static boolean pastTenseYou(CharSequence norm) {
        return inOrder(norm, YOU, PAST);
    }

    /**
     * Both sides of ambivalence: "on the one hand", "and yet"; "part of you ... (an)other part"; "you want
     * ... but ... you".
     */
    static boolean doubleSided(CharSequence norm) {
        return TWO_SIDES.matcher(norm).find() || inOrder(norm, PART_OF_YOU, ANOTHER_PART)
                || inOrder(norm, YOU_WANT, TURN, YOU_AGAIN);
    }

    /**
     * Whether each pattern occurs after the one before, as {@code a.*b.*c} would find, in one pass over the
     * text. The regular expression retries everything after each {@code a} when no {@code b} follows, which
     * costs time in the square of a reply's length; taking the first {@code a}, then the first {@code b}
     * after it, finds the same: each pattern here matches whole words from a word start, so its first
     * match is also the one that ends first.
     */
    static boolean inOrder(CharSequence text, Pattern... steps) {
        int from = 0;
        for (Pattern step : steps) {
            java.util.regex.Matcher m = step.matcher(text).region(from, text.length()).useTransparentBounds(true);
            if (!m.find()) return false;
            from = m.end();
        }
        return true;
    }

    private static int countMatches(Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * How close the reply's meaning is to the client's last words (sentence vectors), scaled so that
     * unrelated text is 0 and a close paraphrase 1: reflections track meaning, not only words.
     */
    void setClientSimilarity(double cosine) {
        values.put("client_similarity", client.isEmpty() ? 0 : Math.max(0, Math.min(1, (cosine - 0.15) / 0.5)));
    }

    /**
     * Similarity to each label's exemplar replies, relative to the mean over labels (so that a long reply
     * close to everything is not close to anything in particular), scaled so that typical contrasts
     * span about -1 to 1. Lets a behaviour weigh closeness to a particular subtype's exemplars.
     */
    void setExemplarSimilarities(Map<String, Double> byLabel) {
        double mean = byLabel.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        for (String label : EXEMPLAR_LABELS) {
            values.put("similar_" + label, 3 * (byLabel.getOrDefault(label, mean) - mean));
        }
    }

    double get(String name) {
        return values.getOrDefault(name, 0.0);
    }

    boolean is(String name) {
        return get(name) > 0.5;
    }

    private void put(String name, boolean value) {
        values.put(name, value ? 1.0 : 0.0);
    }

    /**
     * The clause that asks: in "You said 'not sleeping' - what's the night like?" a statement leads into the
     * question, and its form is read from the words after the last spaced dash, colon or semicolon when they open
     * with a question word. A sentence that itself opens as a question keeps its own form. Commas are left out:
     * read after a comma too, AnnoMI's held-out figures fell a little (behaviour + subtype 0.533 to 0.529).
     */
    private static String askingClause(String question) {
        if (startsWithAny(question, WH) || startsWithAny(question, AUX)) return question;
        int cut = -1;
        for (int i = question.length() - 2; i > 0 && cut < 0; i--) {
            char c = question.charAt(i);
            boolean spacedDash = (c == '-' || c == '\u2013' || c == '\u2014') && question.charAt(i - 1) == ' '
                    && question.charAt(i + 1) == ' ';
            if (spacedDash || ((c == ':' || c == ';') && question.charAt(i + 1) == ' ')) cut = i + 1;
        }
        if (cut < 0) return question;
        String clause = question.substring(cut).strip();
        return startsWithAny(clause, WH) ? clause : question;
    }

    private static boolean startsWithAny(String sentence, Set<String> words) {
        String s = Utterance.withoutLeadingFillers(sentence);
        return !s.isEmpty() && words.contains(s.split(" ")[0]);
    }

    /** The first sentence that is more than a filler ("Okay." "Mm-hmm." are skipped). */
    private static String firstContentSentence(List<String> sentences) {
        for (String s : sentences) {
            if (Utterance.withoutLeadingFillers(s).split(" ").length > 1) return s;
        }
        return sentences.get(0);
    }

    /** "Mm-hmm." "Okay, yeah." "Hi, Emily." — the whole turn is a minimal encourager or courtesy. */
    private static boolean isAcknowledgementOnly(Utterance reply, Cues cues) {
        if (reply.isEmpty()) return true;
        // Only a short reply can be an acknowledgement alone; deciding that first keeps the removal of
        // each acknowledgement word below from rescanning a long reply once per "and" or "so".
        if (reply.wordCount() > 8) return false;
        String rest = reply.normalised().replace("?", " ");
        for (String phrase : cues.acknowledgements.findAll(reply.text())) rest = rest.replaceFirst("\\b" + java.util.regex.Pattern.quote(phrase) + "\\b", " ");
        String[] left = rest.strip().isEmpty() ? new String[0] : rest.strip().split("\\s+");
        return left.length <= 1;
    }
}
