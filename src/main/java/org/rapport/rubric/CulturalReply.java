package org.rapport.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.Structure;

/**
 * What the cultural-reply head reads besides the reply's and the line's vectors ("cultural-reply"): the
 * reply features every reply head reads, then whether the reply takes up the part of the client's line that
 * carries the opportunity (the clauses that name a faith, heritage, language or other part of who the client
 * is), or only the rest of it, and the form of the reply: an open question about meaning or experience,
 * asking permission, the counsellor naming their own different background, a tentative reading, deciding
 * the meaning, talk of the client's group.
 *
 * <p>Why: read from vectors and the general reply features, the head learnt that a humble reply repeats the
 * cultural word and adds a "what does it mean to you" question. Short open questions that named the part in
 * other words ("What is it like for you, switching languages with her?") read as passing over it, and a
 * skilful reflection of the other part of the line ("you've had a hard week") as nothing in particular. These
 * features say which part of the line a reply answers; they are weighed with the vectors, never rules. The last
 * four came later: a warm reflection that decides what the identity means ("It sounds like your faith gives you
 * strength") read as humble, because "it sounds like" counts as tentative, and a hedged humble reading ("Maybe the
 * rituals matter to you in a different way") as imposing, because "maybe" also starts advice. They say whether the
 * reply hedges its reading, hands it back for correction, and how much of it the client did not say, stated or offered.
 */
final class CulturalReply {

    static final List<String> EXTRA = List.of("culture_words", "culture_marker", "other_marker", "rest_words", "passes_over", "takes_up_nothing",
            "meaning_question", "experience_question", "permission_to_ask", "own_difference", "tentative", "decides_meaning", "group_talk",
            "directive", "hedged", "checks_reading", "asserts_new_meaning", "offers_new_meaning", "reassures", "praises", "invites_to_stay");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;:]+\\s*|,\\s+(?=(and|but|so|because|though|since|when|while)\\b)"
            + "|\\s+(and|but|because|though|while)\\s+|\\s+[-\u2013\u2014]+\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** Words that carry no content of the client's line. */
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "for",
            "with", "about", "as", "by", "from", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "am", "do",
            "does", "did", "have", "has", "had", "it", "it's", "its", "i", "i'm", "im", "you", "you're", "your", "he", "she", "they", "we",
            "him", "her", "them", "his", "their", "my", "me", "our", "us", "what", "when", "how", "if", "not", "can", "could", "would",
            "will", "must", "there", "who", "which", "where", "because", "than", "like", "into", "up", "out", "can't", "don't", "isn't",
            "that's", "just", "really", "very", "much", "more", "too", "also", "all", "one", "some", "any", "every", "get", "got", "go",
            "going", "know", "think", "feel", "feels", "felt", "feeling", "say", "says", "said", "way", "thing", "things", "now", "then",
            "still", "even", "ever", "never", "no", "yes", "yeah", "okay", "ok", "well", "right", "mm", "honestly", "sounds", "sound",
            "seems", "seem", "being", "make", "makes", "made", "want", "wants", "let", "lot", "bit", "kind", "sort", "something",
            "anything", "nothing", "everything", "someone", "anyone", "everyone", "here", "why", "i've", "you've", "i'd", "you'd",
            "they're", "we're", "she's", "he's", "doesn't", "didn't", "won't", "wasn't", "aren't", "haven't", "tell", "tells", "told");
    /** An open question about what something means to the client. */
    private static final Pattern MEANING_QUESTION = words("what (does|did|do|would|might|has) (\\w+ ){0,4}mean"
            + "|what (is|was|'s|are) (\\w+ ){0,3}(important|meaningful|precious|sacred) (to|for|about)|what matters (most )?(to|for) you"
            + "|mean(s|t)? to you|means for you|place (does|did) (\\w+ ){0,3}(have|hold|play)|how (do|did) you make sense"
            + "|how (do|does|did|would) (\\w+ ){0,3}(fit|sit) (with|for|in)|what (part|role) (does|did)|what do you (make|believe|take) of"
            + "|how do you see (it|this|that)|what is it about|what('s| is) (that|it) (about|for you)|how (would|do) you (describe|put it|name)");
    /** An open question about the client's experience. */
    private static final Pattern EXPERIENCE_QUESTION = words("what (is|was|'s|has|have) (\\w+ ){0,2}(it|that|this|those|these)( \\w+){0,2} (been )?like"
            + "|what('s| is| was) (\\w+ ){0,3}like for you|how (does|did|is|has|was) (\\w+ ){0,3}(feel|felt|been|going|sit|sat|land|landed)"
            + "|how do you feel (about|when|in)|how (are|were) you (finding|living|carrying|holding|managing|coping)"
            + "|tell me (more|about|what|how)|can you (tell|say) (me )?(more|a bit|something|what|how)|say (a bit )?more"
            + "|what (comes up|happens) (for|in) you|what('s| is) (that|it) (been )?like|i('m| am) curious (what|how|about)"
            + "|help me understand|walk me through|what (was|is) (\\w+ ){0,3}(hardest|hard|best|worst) (about|for)");
    private static final Pattern PERMISSION = words("would it be (ok|okay|alright|all right)|may i ask|can i ask|could i ask"
            + "|is it (ok|okay|alright|all right) (if|to|with you)|would you be (willing|open|happy|comfortable)|do you mind if"
            + "|if you('d| would) like to|only if you want|if you('re| are) (comfortable|happy|willing|open)|whatever you want to share"
            + "|are you (ok|okay|happy|comfortable) (with|talking|to talk|if)|would you like to (tell|talk|say|share)"
            + "|would it be (helpful|useful)|is it all right|if that's (ok|okay|all right|alright)( with you)?|no pressure|you lead|would you be open"
            + "|if it feels right|only if it (feels|helps)|would you tell me|could we (stay|spend|take|look|talk)");
    /** The counsellor naming their own different background, or inviting the client to teach them. */
    private static final Pattern OWN_DIFFERENCE = words("i('m| am) not (\\w+ ){0,2}(myself|from)|i('m| am) not (a |an )?\\w+ myself"
            + "|i don't share|i (don't|do not) have (that|the same|your) (\\w+ )?(background|experience|faith|language)"
            + "|(my|our) (own )?(background|upbringing|experience|culture|faith)s? (is|are|was|were) (\\w+ )?different"
            + "|i (don't|do not|may not|might not|wouldn't|won't) (really |fully )?(know|understand|get) (much|a lot|enough|what|how|all)"
            + "|teach me|help me (understand|learn)|you('re| are) the (expert|one who knows)|i('d| would) (like|love|want) to (learn|understand|hear)"
            + "|i (won't|wouldn't|don't want to|shouldn't) (assume|presume|pretend|guess)|rather than (assume|guess|presume)"
            + "|from (the )?outside|(my|our) (own )?(background|culture|faith|family) (is|was)|different from (mine|my own)"
            + "|i('m| am) (new|a stranger) to|i (haven't|have not) (lived|been through)"
            + "|i('m| am) (\\w+ ){0,3}(younger|older) than you|i('m| am) (a )?(good deal|fair bit|lot|bit|much|quite a lot|quite a bit) (younger|older)"
            + "|i('ve| have)? (never|not) (used|lived|been|had to|made|lost)|i (haven't|have not|didn't) (had to|made|been|lost|grow up|grown up)"
            + "|i('m| am) (white|sighted|hearing|straight|cis|not trans|not disabled)|(english|it) is my only language|i can('t| not) know (that|it|this)"
            + "|i won't pretend|i can only hear (this|it|that) from you|from the inside");
    private static final Pattern TENTATIVE = words("i wonder|i('m| am) (curious|wondering)|curious|if i('ve| have) (got|understood|heard)"
            + "|am i (right|close)|correct me|is that (right|close|fair)|tell me if|perhaps|maybe|it sounds like|it seems|if i('m| am) hearing"
            + "|i imagine|i could be wrong|i might be wrong|does that fit");
    /** Deciding for the client what it means to them. */
    private static final Pattern DECIDES = words("must (be|feel|have|make|mean)|obviously|clearly|of course|i('m| am) sure|no doubt|surely"
            + "|(it's|that's|this is) (really |just |probably |all )?(because|about|down to|your way of)|what you really|deep down"
            + "|the real (issue|problem|reason)|is just|are just|probably (why|because|the reason)|i can tell"
            + "|you('re| are)? probably|underneath (it|all)|at your age");
    /** Talk of the client's group rather than the client. */
    private static final Pattern GROUP_TALK = words("in your (culture|community|religion|faith|country|tradition|family's culture)"
            + "|your (people|culture|religion|community|lot|generation) (are|is|tend|usually|often|always|do|don't|can)"
            + "|(people|families|parents|women|men|kids|communities|folk) (like yours|from your|in your|of your)"
            + "|tend to|usually|typically|in general|generally|they all|a lot of (\\w+ )?(people|families|parents|men|women)"
            + "|most (\\w+ )?(people|families|parents|men|women)|(\\w+s) are (known|usually|often|always|very)");
    /** A reading offered as one possibility: "maybe", "I wonder if", "though I may be wrong". */
    private static final Pattern HEDGE = words("maybe|perhaps|might|i wonder|i('m| am) wondering|i('m| am) guessing|i imagine|i could be wrong"
            + "|i may (be|have)|i might (be|have)|could it be|i('m| am) not sure|i don't want to (assume|guess|put words)|i('d| would) rather (not guess|hear|you told)"
            + "|you('d| would) know (better|far better)|in case i've|if i've not");
    /** The reading handed back for the client to correct: "is that close?", "or is it something else?". */
    private static final Pattern CHECKS = words("is that (right|close|fair|it|how it (is|feels)|part of it)|am i (right|close|off)|does that fit"
            + "|or is it|or have i|correct me|tell me if|if i('ve| have) (got|not got)|if i've not|or something else|or is it (different|something else)"
            + "|is it something like|have i got (that|it) (right|wrong)"
            + "|is that near( it)?|is that how it is|is that right|did i get that|does that (sound|ring) (right|true)|where i('m| am) off|where i get it wrong"
            + "|tell me if i|please correct|if i (miss|misread|get)");
    private static final Pattern DIRECTIVE = words("you should|you need to|you must|you have to|you've got to|try to|i('d| would) (suggest|recommend|advise)"
            + "|why don't you|why not|the best thing|it's best|it would be (better|best|good)|you ought|stop (\\w+ing)|just (tell|ignore|do|accept|leave)"
            + "|don't let|you can't let|let it go|move on|get over");

    /**
     * Reassurance that settles the matter for the client ("You don't have to pick", "it's just a form", "what
     * matters is how you see yourself"): warm in tone, it imposes the counsellor's reading. Blind replies of
     * this kind scored as humble.
     */
    private static final Pattern REASSURES = words("you don't have to|you do not have to|it's (just|only) (a|an|paperwork|words)|you're (just )?you"
            + "|what matters is|the only (opinion|thing) that (counts|matters)|try not to|don't let (it|them)|no need to|nothing to be (ashamed|embarrassed)"
            + "|not worth|ignore (them|it)|let it go|take it as|they mean (it )?(well|kindly)|at least|be proud|stop worrying|don't worry|you'll be fine"
            + "|kids will be kids|it was probably|your feelings are valid|doesn't matter what");
    /** Praise of something in the line that is not the opportunity ("It's good that you and your husband…"). */
    private static final Pattern PRAISES = words("it's (so )?(good|great|lovely|wonderful|nice|brilliant) (that|to)|how (lovely|wonderful|nice)"
            + "|good for you|that's (so )?(great|lovely|wonderful|brilliant)|it's nice that");
    /** An invitation to stay with the part a while, which asks nothing yet ("Could we spend some time on it?"). */
    private static final Pattern STAY = words("spend (some |a bit of )?time (on|with)|stay(ed)? with (that|it|this)|talk(ed)? (more|a bit more) about"
            + "|take some time (with|on)|look at what|come back to (that|it)");

    private CulturalReply() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}'])(" + alternatives + ")(?![\\p{L}'])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /** The cultural-reply head's structure: the reply structure's features, then {@link #EXTRA}. */
    static Structure structure(Cues cues) {
        Structure reply = JudgementStructures.reply(cues);
        List<String> names = new ArrayList<>(reply.names());
        names.addAll(EXTRA);
        List<String> all = List.copyOf(names);
        return Structure.of("cultural-reply", all, t -> withExtra(reply.of(t), t));
    }

    /** The reply structure's features already read for a reply, with the cultural features after them. */
    static double[] withExtra(double[] replyFeatures, JudgedText t) {
        double[] extra = extra(t.client(), t.reply());
        double[] x = java.util.Arrays.copyOf(replyFeatures, replyFeatures.length + extra.length);
        System.arraycopy(extra, 0, x, replyFeatures.length, extra.length);
        return x;
    }

    /** The features of {@link #EXTRA} for a reply to a client line. */
    static double[] extra(String client, String reply) {
        String said = client.replace('\u2019', '\'');
        String answer = reply.replace('\u2019', '\'');
        // The clauses that carry the opportunity: those that name a part of who the client is, else (a lived
        // identity named in no marker word) the whole line.
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE_BREAK.split(said)) if (!c.isBlank()) clauses.add(c);
        Set<String> culture = new HashSet<>(), rest = new HashSet<>();
        for (String c : clauses) (CulturalLine.marked(c) ? culture : rest).addAll(contentStems(c));
        if (culture.isEmpty()) {
            culture.addAll(rest);
            rest.clear();
        }
        rest.removeAll(culture);
        Set<String> replied = contentStems(answer);
        int cultureHits = 0, restHits = 0;
        for (String w : replied) {
            if (culture.contains(w)) cultureHits++;
            else if (rest.contains(w)) restHits++;
        }
        // The reply's markers read as the client would say them ("your family" as "my family").
        boolean[] lineDims = CulturalLine.dimensionsNamed(said), replyDims = CulturalLine.dimensionsNamed(asClient(answer));
        boolean lineNames = false, same = false, other = false;
        for (int i = 0; i < lineDims.length; i++) lineNames |= lineDims[i];
        for (int i = 0; i < replyDims.length; i++) {
            if (!replyDims[i]) continue;
            if (lineDims[i] || !lineNames) same = true;
            else other = true;
        }
        double cultureWords = Math.min(1, cultureHits / 2.0), restWords = Math.min(1, restHits / 2.0);
        boolean takesUpCulture = cultureHits > 0 || same;
        String lower = answer.toLowerCase(Locale.ROOT);
        // A reflection that adds a meaning the client did not say: stated as the client's truth it decides
        // for them ("It sounds like your faith gives you strength"); offered as a guess to correct, or asked,
        // it is humble ("Maybe the fast steadies you, or is it something else?"). The share of the reply's
        // content words that are not the client's, read apart for the two.
        boolean hedged = HEDGE.matcher(lower).find(), checks = CHECKS.matcher(lower).find();
        boolean offered = hedged || checks || lower.contains("?");
        Set<String> own = contentStems(HEDGE.matcher(CHECKS.matcher(lower).replaceAll(" ")).replaceAll(" "));
        Set<String> line = contentStems(said);
        int added = 0;
        for (String w : own) if (!line.contains(w)) added++;
        double addedShare = own.isEmpty() ? 0 : (double) added / own.size();
        return new double[] {
                cultureWords,
                same ? 1 : 0,
                other ? 1 : 0,
                restWords,
                !takesUpCulture && restHits > 0 ? 1 : 0,
                !takesUpCulture && restHits == 0 ? 1 : 0,
                MEANING_QUESTION.matcher(lower).find() ? 1 : 0,
                EXPERIENCE_QUESTION.matcher(lower).find() ? 1 : 0,
                PERMISSION.matcher(lower).find() ? 1 : 0,
                OWN_DIFFERENCE.matcher(lower).find() ? 1 : 0,
                TENTATIVE.matcher(lower).find() ? 1 : 0,
                DECIDES.matcher(lower).find() ? 1 : 0,
                GROUP_TALK.matcher(lower).find() ? 1 : 0,
                DIRECTIVE.matcher(lower).find() ? 1 : 0,
                hedged ? 1 : 0,
                checks ? 1 : 0,
                offered ? 0 : addedShare,
                offered ? addedShare : 0,
                REASSURES.matcher(lower).find() ? 1 : 0,
                PRAISES.matcher(lower).find() ? 1 : 0,
                STAY.matcher(lower).find() ? 1 : 0,
        };
    }

    /** The reply's second person as the client's first ("your family" read as "my family"), for the markers. */
    private static String asClient(String reply) {
        return reply.replaceAll("(?i)\\byou're\\b", "I'm").replaceAll("(?i)\\byou are\\b", "I am").replaceAll("(?i)\\byours\\b", "mine")
                .replaceAll("(?i)\\byour\\b", "my").replaceAll("(?i)\\byou\\b", "I");
    }

    /** The content words of a text, stemmed. */
    private static Set<String> contentStems(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || FUNCTION.contains(w)) continue;
            out.add(HollowReplies.stem(w));
        }
        return out;
    }
}
