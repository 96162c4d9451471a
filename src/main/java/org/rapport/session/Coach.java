package org.rapport.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapport.rubric.BoundaryKind;
import org.rapport.scenario.Beat;

/**
 * Coaching for the next reply, grounded in what the client just said: a boundary test gets the shape
 * of a good boundary reply; otherwise the feelings in the client's line become a reflection stem, and
 * what the line is about becomes an open question.
 */
public final class Coach {

    private static final Pattern ABOUT = Pattern.compile("\\babout ([^.,;!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MY = Pattern.compile("\\bmy ((?:[a-z'-]+ ){0,2}?[a-z'-]+)(?=[ .,;!?]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(I'm|I am|I've|I'd|I'll|I was|I|me|my|mine|myself|we're|we|us|our)\\b", Pattern.CASE_INSENSITIVE);

    private final Function<String, List<String>> feelings;

    /** {@code feelings} names the feelings in a line, in order of appearance. */
    public Coach(Function<String, List<String>> feelings) {
        this.feelings = feelings;
    }

    public Coach() {
        this(FeelingLexicon::feelingsIn);
    }

    /** A hint for answering {@code clientLine}, spoken from {@code beat} (null for a free line). */
    public Hint hint(Beat beat, BoundaryKind boundary, String clientLine) {
        String authored = beat == null ? null : beat.hint();
        List<String> suggestions = new ArrayList<>();
        if (boundary != null) suggestions.add(boundaryStem(boundary));
        List<String> named = feelings.apply(clientLine);
        String topic = topic(clientLine);
        if (!named.isEmpty()) {
            String feeling = listed(named.subList(0, Math.min(3, named.size())));
            // the feeling is "about" what the same sentence is about, not whatever the line mentions elsewhere
            String about = feelingSentence(clientLine).map(Coach::topic).orElse(null);
            suggestions.add(about == null
                    ? "reflect the feeling: \"It sounds like you feel " + feeling + " right now...\""
                    : "reflect the feeling: \"It sounds like you feel " + feeling + " about " + about + "...\"");
        }
        if (topic != null) {
            suggestions.add("ask an open question: \"Could you tell me more about " + topic + "?\"");
        } else if (named.isEmpty()) {
            suggestions.add("ask an open question: \"Could you tell me more about that?\" or reflect what you"
                    + " heard in your own words before asking anything else");
        } else {
            suggestions.add("ask an open question: \"What is the " + named.get(0) + " like for you?\"");
        }
        return new Hint(authored, suggestions);
    }

    /** The first sentence of the line that names a feeling. */
    private java.util.Optional<String> feelingSentence(String line) {
        for (String sentence : line.split("(?<=[.!?])\\s+")) {
            if (!feelings.apply(sentence).isEmpty()) return java.util.Optional.of(sentence);
        }
        return java.util.Optional.empty();
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> words) {
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** What the line is about, turned to the second person ("my sister" becomes "your sister"), or null. */
    static String topic(String line) {
        Matcher about = ABOUT.matcher(line);
        if (about.find()) return secondPerson(trimWords(about.group(1), 8));
        Matcher my = MY.matcher(line);
        if (my.find()) return "your " + secondPerson(my.group(1));
        return null;
    }

    private static String trimWords(String text, int max) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(max, words.length)));
    }

    static String secondPerson(String text) {
        Matcher m = FIRST_PERSON.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "i'm", "i am" -> "you're";
                case "i've" -> "you've";
                case "i'd" -> "you'd";
                case "i'll" -> "you'll";
                case "i was" -> "you were";
                case "i", "me" -> "you";
                case "my" -> "your";
                case "mine" -> "yours";
                case "myself" -> "yourself";
                case "we're" -> "you're";
                case "we", "us" -> "you";
                case "our" -> "your";
                default -> m.group(1);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The shape of a good boundary reply (ACA 2014), with an alternative that fits the request. */
    static String boundaryStem(BoundaryKind kind) {
        String alternative = switch (kind) {
            case GIFT -> "explore what the gift means to them";
            case SOCIAL_MEDIA -> "keep contact to sessions and the agency's channels";
            case AFTER_HOURS_CONTACT -> "agree a plan for bad nights: a crisis line, and time for it next session";
            case ROMANTIC_OR_PHYSICAL -> "say the relationship stays a professional one and explore the feelings in session";
            case PERSONAL_INFORMATION -> "a brief answer at most, then return the focus to them";
            case DUAL_RELATIONSHIP -> "keep one relationship, the counseling one, and explain why that protects them";
            case CONFIDENTIALITY -> "explain what stays private and its limits (risk of serious harm, the law)";
            case OUTSIDE_SCOPE -> "name who can help with that (a prescriber, a forensic evaluator) and offer a referral";
            case SESSION_TIME -> "note the time kindly and offer to start with this next session";
            case PAYMENT -> "point to the agency's arrangements and explore any worry about cost";
        };
        return "this is a boundary test (" + kind.id() + "): acknowledge the wish, state the limit kindly in"
                + " the first person with a reason tied to their welfare, and offer an alternative: " + alternative;
    }
}
