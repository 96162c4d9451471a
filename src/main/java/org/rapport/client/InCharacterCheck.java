package org.rapport.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the model returns before the trainee sees it: a simulated client must stay a client. The
 * system prompt asks for that, but models drift (a disclaimer about being a model, a line of feedback on
 * the trainee's technique, a "Counselor:" line written for the trainee), and any of these would teach the
 * wrong thing and spoil the transcript a supervisor grades. An answer that breaks character is rejected
 * with a {@link Breach}; an accepted one loses a leading "Client:" or name label and is cut to its first
 * {@code maxSentences} sentences, because a client who talks for a page leaves the trainee nothing to do.
 *
 * <p>The patterns look for the model speaking about itself or about the session's craft, not for topics:
 * a client may say "I asked ChatGPT about my symptoms" or "my last therapist never listened", and those
 * stay.
 */
public final class InCharacterCheck {

    public static final int DEFAULT_MAX_SENTENCES = 5;

    /** Ways an answer stops being the client's. */
    public enum Breach {
        CLAIMS_TO_BE_AN_AI("spoke as an AI or language model instead of as the client"),
        TALKS_ABOUT_ITS_INSTRUCTIONS("talked about its instructions, the role-play or the simulation"),
        SPEAKS_FOR_THE_COUNSELOR("wrote lines for the counselor or another speaker"),
        COACHES_THE_TRAINEE("gave the counselor feedback or advice on their technique"),
        EMPTY("said nothing");

        private final String description;

        Breach(String description) {
            this.description = description;
        }

        /** What went wrong, in words for a note to the model and for the session's notice. */
        public String description() {
            return description;
        }
    }

    /** The outcome of a check: the words the client says, or why there are none. */
    public sealed interface Verdict permits InCharacter, OutOfCharacter {
    }

    /** An answer the client may give: label stripped, at most the sentence limit; {@code trimmed} if it was cut. */
    public record InCharacter(String text, boolean trimmed) implements Verdict {
    }

    /** A rejected answer and the words that gave it away (for tests and diagnostics, never the transcript). */
    public record OutOfCharacter(Breach breach, String evidence) implements Verdict {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    private static final String SELF = "(?:an?\\s+)?(?:ai|a\\.i\\.|artificial intelligence|(?:large\\s+)?language\\s+model"
            + "|llm|chat\\s?bot|(?:ai|virtual|digital)\\s+assistant|bot|computer\\s+program)";

    private record Rule(Breach breach, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Breach.CLAIMS_TO_BE_AN_AI, "\\bas\\s+an?\\s+(?:ai|a\\.i\\.|artificial intelligence|(?:large\\s+)?language\\s+model"
                    + "|llm|chat\\s?bot|(?:ai|virtual|digital)\\s+assistant)\\b"),
            rule(Breach.CLAIMS_TO_BE_AN_AI, "\\b(?:i\\s+am|i'm|i’m)\\s+(?:just\\s+|only\\s+|actually\\s+|really\\s+)?"
                    + SELF + "\\b"),
            rule(Breach.CLAIMS_TO_BE_AN_AI, "\\b(?:i\\s+am|i'm|i’m)\\s+not\\s+(?:a\\s+)?(?:real|actual|human)\\s+(?:person|human|client|being)\\b"),
            rule(Breach.CLAIMS_TO_BE_AN_AI, "\\bmy\\s+(?:training\\s+data|knowledge\\s+cutoff|programming)\\b"),
            rule(Breach.CLAIMS_TO_BE_AN_AI, "\\bi\\s+(?:don't|do\\s+not|cannot|can't)\\s+have\\s+(?:personal\\s+experiences|feelings\\s+or\\s+emotions|a\\s+body)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\bsystem\\s+(?:prompt|message|instructions?)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\bmy\\s+(?:instructions|prompt|guidelines)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\b(?:i\\s+was|i've\\s+been|i\\s+have\\s+been|i'm|i\\s+am)\\s+"
                    + "(?:instructed|programmed|told\\s+to\\s+(?:play|act|pretend|stay))\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\b(?:the|these|those|your|previous)\\s+instructions\\s+(?:say|said|tell|told|ask|asked)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\brole[-\\s]?play(?:ing|ed)?\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\b(?:break|breaking|broke|stay|staying|stayed|step(?:ping)?\\s+out\\s+of)\\s+(?:in\\s+)?character\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\b(?:this|the)\\s+simulation\\b|\\bthis\\s+training\\s+(?:exercise|scenario)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\b(?:simulated|fictional|virtual)\\s+(?:client|patient|character|person)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\bas\\s+the\\s+client\\b|\\bplaying\\s+(?:the|a|this)\\s+(?:client|patient|character|role)\\b"),
            rule(Breach.TALKS_ABOUT_ITS_INSTRUCTIONS, "\\(\\s*(?:note|ooc|out of character)\\s*:"),
            // A speaker label at the start of a line or sentence: the model is writing the counselor's part.
            rule(Breach.SPEAKS_FOR_THE_COUNSELOR, "(?:^|[.!?…]\\s+)[*_\\[(]*\\s*(?:counsell?or|therapist|trainee|student"
                    + "|interviewer|clinician|user|assistant|ai|supervisor|feedback|narrator)\\s*[*_\\])]*\\s*:"),
            rule(Breach.COACHES_THE_TRAINEE, "\\bas\\s+your\\s+(?:counsell?or|therapist|clinician|supervisor)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\ba\\s+(?:good|skilled|great|better)\\s+(?:counsell?or|therapist|clinician|listener)"
                    + "\\s+(?:would|should|might|could|will|needs?\\s+to)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\byou\\s+(?:should|could|might|may\\s+want\\s+to|need\\s+to|ought\\s+to)\\s+"
                    + "(?:try\\s+(?:to\\s+)?)?(?:reflect|reflecting|validate|validating|paraphrase|summari[sz]e|empathi[sz]e"
                    + "|use\\s+(?:more\\s+)?(?:open|reflective|empathic)|ask\\s+(?:more\\s+)?(?:open|an\\s+open))\\w*"),
            rule(Breach.COACHES_THE_TRAINEE, "\\btry\\s+(?:reflecting|validating|paraphrasing|summari[sz]ing|asking\\s+(?:an?\\s+)?open)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\b(?:active|reflective)\\s+listening\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\bopen[-\\s]ended\\s+questions?\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\bmotivational\\s+interviewing\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\b(?:complex|simple|double[-\\s]sided)\\s+reflection\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\btherapeutic\\s+(?:alliance|technique|rapport)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\b(?:good|great|nice|excellent)\\s+(?:job|reflection|use\\s+of)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\b(?:your|that)\\s+(?:reflection|response|reply|question)\\s+(?:was|is|shows|showed|could\\s+be|would\\s+be)"
                    + "\\s+(?:very\\s+|really\\s+|quite\\s+)?(?:good|great|excellent|effective|empathic|empathetic|helpful|well)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\b(?:the\\s+client's|the\\s+client)\\s+(?:feelings|emotions|perspective|concerns|needs|experience)\\b"),
            rule(Breach.COACHES_THE_TRAINEE, "\\bin\\s+your\\s+next\\s+(?:response|reply|turn)\\b"));

    private static Rule rule(Breach breach, String regex) {
        return new Rule(breach, Pattern.compile(regex, FLAGS));
    }

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:mr|mrs|ms|dr|st|prof|jr|sr|vs|e\\.g|i\\.e|approx)\\.$", Pattern.CASE_INSENSITIVE);

    private final List<String> labels;
    private final int maxSentences;

    /**
     * @param clientName   the client's full name; "Full Name:", "First:" and "Client:" labels are stripped
     * @param maxSentences the longest answer kept, in sentences (at least 1)
     */
    public InCharacterCheck(String clientName, int maxSentences) {
        Objects.requireNonNull(clientName, "clientName");
        if (maxSentences < 1) throw new IllegalArgumentException("max sentences must be >= 1");
        String name = clientName.strip();
        int space = name.indexOf(' ');
        List<String> l = new ArrayList<>();
        l.add(name);
        if (space > 0) l.add(name.substring(0, space));
        l.add("Client");
        this.labels = List.copyOf(l);
        this.maxSentences = maxSentences;
    }

    public int maxSentences() {
        return maxSentences;
    }

    /** The labels a model may put before the client's words ("Tomasz Nowak", "Tomasz", "Client"). */
    public List<String> labels() {
        return labels;
    }

    /** The whole-answer check: strip a leading label, reject a breach, keep the first sentences. */
    public Verdict review(String answer) {
        String text = stripLabel(answer == null ? "" : answer);
        if (text.isBlank()) return new OutOfCharacter(Breach.EMPTY, "");
        Optional<OutOfCharacter> breach = breach(text);
        if (breach.isPresent()) return breach.get();
        List<Integer> ends = sentenceEnds(text, true);
        if (ends.size() <= maxSentences) return new InCharacter(text, false);
        return new InCharacter(text.substring(0, ends.get(maxSentences - 1)).strip(), true);
    }

    /** The first rule a piece of text breaks, with the words that broke it. */
    public Optional<OutOfCharacter> breach(String text) {
        String t = stripLabel(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(t);
            if (m.find()) return Optional.of(new OutOfCharacter(rule.breach(), m.group().strip()));
        }
        return Optional.empty();
    }

    /** Without a leading "Name:" or "Client:" label (also in bold), and without surrounding space. */
    public String stripLabel(String text) {
        String t = text.strip();
        String bare = t.replaceFirst("^[*_]+", "");
        for (String label : labels) {
            if (bare.regionMatches(true, 0, label, 0, label.length())) {
                String rest = bare.substring(label.length()).replaceFirst("^[*_]*\\s*:\\s*[*_]*", "\u0000");
                if (rest.startsWith("\u0000")) return rest.substring(1).strip();
            }
        }
        return t;
    }

    /**
     * Offsets just past the end of each complete sentence: a run of . ! ? … (with closing quotes or
     * brackets) followed by space and a capital, a digit or an opening quote, or a line break. With
     * {@code atEnd} the text is complete and its unterminated tail counts as a last sentence; without it,
     * only sentences whose end is already confirmed by what follows are listed (for streamed text).
     */
    static List<Integer> sentenceEnds(CharSequence text, boolean atEnd) {
        List<Integer> ends = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (hasWords(text, ends.isEmpty() ? 0 : ends.get(ends.size() - 1), i)) ends.add(i);
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && ".!?…\"'”’)]*".indexOf(text.charAt(end)) >= 0) end++;
                int next = end;
                while (next < n && text.charAt(next) == ' ') next++;
                if (next > end && next < n && startsSentence(text.charAt(next))
                        && !(c == '.' && ABBREVIATION.matcher(text.subSequence(Math.max(0, i - 6), i + 1)).find())) {
                    ends.add(end);
                } else if (end < n && text.charAt(end) == '\n') {
                    ends.add(end);
                } else if (end == n && atEnd) {
                    ends.add(end);
                }
                i = end;
                continue;
            }
            i++;
        }
        int last = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
        if (atEnd && hasWords(text, last, n)) ends.add(n);
        return ends;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(*".indexOf(c) >= 0;
    }

    private static boolean hasWords(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "InCharacterCheck[labels=" + labels + ", maxSentences=" + maxSentences + "]";
    }
}
