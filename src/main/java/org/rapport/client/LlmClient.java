package org.rapport.client;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmUnavailable;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;

/**
 * A client played by a language model from the scenario's profile. Its state follows the rubric engine's
 * scores exactly as a scripted client's does ({@link ClientState#after(TurnScore)}); the state is rendered
 * into the system prompt, so a guarded client stays guarded until trust grows. Beats with
 * {@code after_turn} are spoken word for word once the trainee has replied that many times (scripted
 * boundary tests). A risk the persona carries ({@link org.rapport.scenario.PersonaRisk}) is kept out of the
 * model's answers until a reply asks about it well; the answer to that reply is told to disclose it and
 * carries the risk for scoring, and a beat due that turn waits for the next. When the model cannot answer, the session goes on with an authored line from
 * {@link OfflineFallback}, marked as a fallback line ({@link ClientLineOrigin}); an answer that stopped
 * before it was complete is kept as shown and marked as cut short.
 *
 * <p>Every answer the model gives passes the {@link InCharacterCheck} before it is shown or kept: an
 * answer that breaks character is asked for once more with a short corrective note; if the second one
 * breaks character too, the turn comes from the offline fallback, as for a provider fault. A rejected
 * answer is never shown, kept in the transcript or sent back to the model as memory.
 */
public final class LlmClient implements ClientSimulator {

    /** Exchanges kept in the prompt; older ones drop out so long sessions stay within the model's window. */
    static final int MEMORY_EXCHANGES = 12;
    /** After a failed turn, answer this many replies offline before asking the model again. */
    static final int REST_AFTER_FAULT = 2;
    static final String OPENING_CUE = "(The counselor welcomes you and invites you to begin.)";

    private final Scenario scenario;
    private final LlmConnection model;
    private final OfflineFallback fallback;
    private final InCharacterCheck check;
    private final Deque<Said> memory = new ArrayDeque<>();
    private final Set<String> spokenBeats = new HashSet<>();
    private ClientState state;
    private final ClientReaction reaction;
    /** The injected beat the trainee is now answering: its branches' deltas apply to that reply. */
    private Beat answering;
    private String openingLine;
    private String lastClientLine;
    private int replies;
    private int offlineUntilReply;
    private boolean finished;
    private String lastFault;
    private InCharacterCheck.OutOfCharacter lastRejection;
    /** Why the latest streamed answer was cut short, or null when it was complete. */
    private String lastCutShort;
    /** The answer now due is to a reply that asked well about the persona's risk: the model is told to disclose it. */
    private boolean disclosing;
    /** The persona has answered such a reply before: later answers may go on about it. */
    private boolean disclosed;

    public LlmClient(Scenario scenario, LlmConnection model, OfflineFallback fallback) {
        this(scenario, model, fallback, new InCharacterCheck(scenario.client().name(),
                model.settings().maxSentences()));
    }

    public LlmClient(Scenario scenario, LlmConnection model, OfflineFallback fallback, InCharacterCheck check) {
        this.scenario = java.util.Objects.requireNonNull(scenario, "scenario");
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.fallback = java.util.Objects.requireNonNull(fallback, "fallback");
        this.check = java.util.Objects.requireNonNull(check, "check");
        this.state = scenario.start();
        this.reaction = new ClientReaction(scenario.stateModel(), scenario.start());
    }

    /** An LLM client with the scenario's authored lines as its offline fallback. */
    public static LlmClient of(Scenario scenario, LlmConnection model) {
        return new LlmClient(scenario, model, OfflineFallback.of(scenario));
    }

    /**
     * The scenario's first (non-injected) beat opens the session word for word, so an opening never
     * needs the network; a scenario without one lets the model open.
     */
    @Override
    public ClientTurn opening() {
        Optional<Beat> first = scenario.beats().stream().filter(b -> b.afterTurn() == null).findFirst();
        ClientLineOrigin origin = ClientLineOrigin.SCRIPT;
        String text;
        String beatId = null;
        if (first.isPresent() && present(first.get().client())) {
            text = first.get().client().strip();
            beatId = first.get().id();
            spokenBeats.add(beatId);
        } else {
            lastRejection = null;
            try {
                text = inCharacterOpening();
                origin = ClientLineOrigin.MODEL;
                if (text == null) {
                    lastFault = "answered out of character (" + lastRejection.breach().description() + ")";
                    origin = ClientLineOrigin.fallback(lastFault);
                    text = fallback.choose("", "");
                }
            } catch (LlmUnavailable e) {
                lastFault = e.getMessage();
                origin = ClientLineOrigin.fallback(lastFault);
                text = fallback.choose("", "");
            }
        }
        openingLine = text;
        lastClientLine = text;
        fallback.markUsed(text);
        return new ClientTurn(text, state, beatId, first.map(Beat::boundary).orElse(null), origin,
                beatId == null ? null : scenario.declaredRisk(beatId, null));
    }

    @Override
    public ClientTurn respond(String reply, TurnScore score, Consumer<String> partial) {
        Consumer<String> out = partial == null ? t -> { } : partial;
        Optional<Beat> injected = afterReply(score);
        if (injected.isPresent()) {
            Beat beat = injected.get();
            String text = beat.client().strip();
            out.accept(text);
            remember(reply, text);
            return new ClientTurn(text, state, beat.id(), beat.boundary(), ClientLineOrigin.SCRIPT, beat.risk());
        }

        String text;
        ClientLineOrigin origin;
        if (replies < offlineUntilReply) {
            origin = ClientLineOrigin.fallback("resting after " + lastFault);
            text = fallback.choose(reply, lastClientLine, score, state);
            out.accept(text);
        } else {
            lastRejection = null;
            try {
                text = inCharacterAnswer(reply, out);
                if (text == null) {
                    // Two answers out of character: the model is not unreachable, so no rest is needed,
                    // but this turn is the scenario's own words.
                    lastFault = "answered out of character (" + lastRejection.breach().description() + ")";
                    origin = ClientLineOrigin.fallback(lastFault);
                    text = fallback.choose(reply, lastClientLine, score, state);
                    out.accept(text);
                } else {
                    lastFault = null;
                    origin = lastCutShort == null ? ClientLineOrigin.MODEL : ClientLineOrigin.cutShort(lastCutShort);
                }
            } catch (LlmUnavailable e) {
                lastFault = e.getMessage();
                offlineUntilReply = replies + 1 + REST_AFTER_FAULT;
                origin = ClientLineOrigin.fallback(lastFault);
                text = fallback.choose(reply, lastClientLine, score, state);
                out.accept(text);
            }
        }
        remember(reply, text);
        // The answer to a reply that asked well about the persona's risk carries it, whoever's words it is in.
        return new ClientTurn(text, state, null, null, origin, scenario.declaredRisk(null, score));
    }

    @Override
    public void resume(List<Exchange> past) {
        if (openingLine == null) {
            // Resumed without opening(): the authored opening is known without asking the model.
            authoredOpening().ifPresent(first -> {
                openingLine = first.client().strip();
                lastClientLine = openingLine;
                spokenBeats.add(first.id());
                fallback.markUsed(openingLine);
            });
        }
        for (Exchange exchange : past) {
            afterReply(exchange.score());
            fallback.markUsed(exchange.clientAnswer());
            remember(exchange.reply(), exchange.clientAnswer());
        }
    }

    /** The scenario's first non-injected beat, when it has a line: the session opens with it word for word. */
    private Optional<Beat> authoredOpening() {
        return scenario.beats().stream().filter(b -> b.afterTurn() == null && present(b.client())).findFirst();
    }

    /** How the client's state moves with a reply's score, and the injected beat now due, as in {@link #respond}. */
    private Optional<Beat> afterReply(TurnScore score) {
        react(score);
        replies++;
        disclosed |= disclosing;
        disclosing = scenario.declaredRisk(null, score) != null;
        // A direct question about the risk is answered now; a scripted beat due this turn waits for the next.
        Optional<Beat> due = disclosing ? Optional.empty() : dueBeat();
        due.ifPresent(beat -> {
            spokenBeats.add(beat.id());
            finished = beat.end();
            answering = beat;
        });
        return due;
    }

    /**
     * What an LLM client of {@code scenario} is bound to after each of {@code scores} (the replies'
     * scores, in order), worked out without a model: the state the reply leaves the client in, and the
     * injected beat spoken word for word in answer, if one was due. Element 0 is the opening: its beat
     * when the scenario has an authored opening. Used to check a stored session against its scenario.
     */
    public static List<ExpectedLine> replay(Scenario scenario, List<TurnScore> scores) {
        LlmClient client = new LlmClient(scenario);
        List<ExpectedLine> out = new ArrayList<>();
        // as opening() does: the first non-injected beat opens, when it has a line, and sets the boundary tested
        Optional<Beat> first = scenario.beats().stream().filter(b -> b.afterTurn() == null).findFirst();
        Optional<Beat> opening = first.filter(b -> present(b.client()));
        opening.ifPresent(b -> client.spokenBeats.add(b.id()));
        out.add(new ExpectedLine(opening.map(b -> b.client().strip()).orElse(null), opening.map(Beat::id).orElse(null),
                first.map(Beat::boundary).orElse(null), client.state, opening.map(Beat::risk).orElse(null)));
        for (TurnScore score : scores) {
            Optional<Beat> due = client.afterReply(score);
            String beatId = due.map(Beat::id).orElse(null);
            out.add(new ExpectedLine(due.map(b -> b.client().strip()).orElse(null), beatId,
                    due.map(Beat::boundary).orElse(null), client.state, scenario.declaredRisk(beatId, score)));
        }
        return out;
    }

    /** For {@link #replay}: the client's state machinery with no model behind it (never asked to speak). */
    private LlmClient(Scenario scenario) {
        this.scenario = java.util.Objects.requireNonNull(scenario, "scenario");
        this.model = null;
        this.fallback = new OfflineFallback(scenario, () -> {
            throw new IllegalStateException("a replay chooses no lines");
        });
        this.check = new InCharacterCheck(scenario.client().name(), 4);
        this.state = scenario.start();
        this.reaction = new ClientReaction(scenario.stateModel(), scenario.start());
    }

    /**
     * The base reaction every client has to a reply's scores; for the reply to an injected beat, then the
     * deltas of the first of its branches whose conditions hold, as a scripted client would apply them.
     */
    private void react(TurnScore score) {
        ClientState before = state;
        state = reaction.afterReply(state, score);
        Beat beat = answering;
        answering = null;
        if (beat == null) return;
        ClientState base = state;
        for (Branch branch : beat.branches()) {
            boolean holds;
            try {
                holds = branch.when().stream().allMatch(c -> c.holdsFor(score, base));
            } catch (RuntimeException e) {
                holds = false;
            }
            if (holds) {
                state = reaction.afterTurn(before, base, branch.trust(), branch.distress(), branch.disclosure());
                return;
            }
        }
    }

    @Override
    public ClientState state() {
        return state;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /**
     * Why the last turn went offline (a short cause such as "HTTP 503", "timed out" or "answered out of
     * character (...)"), or null.
     */
    public String lastFault() {
        return lastFault;
    }

    /** The last answer the check rejected during the latest turn (the words that gave it away), or null. */
    public InCharacterCheck.OutOfCharacter lastRejection() {
        return lastRejection;
    }

    /**
     * The model's answer to a reply, streamed through the check; asked once more with a corrective note
     * if it breaks character before anything was shown. Null when both answers broke character.
     */
    private String inCharacterAnswer(String reply, Consumer<String> out) {
        String first = streamChecked(messagesFor(reply, null), out);
        if (first != null) return first;
        return streamChecked(messagesFor(reply, correction(lastRejection)), out);
    }

    /** One streamed attempt: the shown text, or null (with {@link #lastRejection} set) if nothing passed. */
    private String streamChecked(List<ChatMessage> messages, Consumer<String> out) {
        SpeakerPrefixFilter shown = new SpeakerPrefixFilter(out, speakerPrefixes());
        CheckedStream checked = new CheckedStream(check, shown);
        LlmConnection.Streamed streamed = model.streamAnswer(messages, checked);
        checked.finish();
        shown.finish();
        String text = clean(checked.released());
        checked.breach().ifPresent(b -> lastRejection = b);
        // Past the sentence limit the rest is dropped by design; otherwise what stopped the answer stands.
        lastCutShort = checked.breach().isPresent()
                ? "a later sentence " + checked.breach().get().breach().description() + " and was withheld"
                : checked.limitReached() ? null : streamed.cutShort();
        if (text.isBlank()) {
            // Nothing reached the screen: a breach in the first sentence, or an answer of nothing but a label.
            if (checked.breach().isEmpty()) lastRejection = new InCharacterCheck.OutOfCharacter(
                    InCharacterCheck.Breach.EMPTY, "");
            return null;
        }
        // A later sentence broke character after earlier ones were shown: the turn is what was shown.
        return text;
    }

    /** An opening written by the model (a scenario without an authored one), checked whole. */
    private String inCharacterOpening() {
        String note = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            List<ChatMessage> messages = List.of(SystemMessage.from(systemPrompt() + (note == null ? "" : note)),
                    UserMessage.from(OPENING_CUE));
            InCharacterCheck.Verdict verdict = check.review(clean(model.chat(messages)));
            if (verdict instanceof InCharacterCheck.InCharacter ok) return ok.text();
            lastRejection = (InCharacterCheck.OutOfCharacter) verdict;
            note = correction(lastRejection);
        }
        return null;
    }

    /**
     * The note added to the system prompt after a rejected answer. It goes at the end of the one system
     * message, not as a second one, because several local chat templates refuse a system message that is
     * not first. The rejected answer itself is not sent back.
     */
    String correction(InCharacterCheck.OutOfCharacter rejected) {
        String first = firstName(scenario.client().name());
        return "\n\n# Correction\nYour last answer could not be used: it " + rejected.breach().description()
                + ". Answer the counselor's last message again as " + first + ", in the first person, in at most "
                + "four sentences: no speaker labels, no feedback or advice for the counselor, and nothing about "
                + "being a model, a role or instructions.";
    }

    /** The system prompt for the current state: profile, style, state guidance and rules. */
    public String systemPrompt() {
        PersonaPrompt.Risk risk = disclosing ? PersonaPrompt.Risk.ASKED : disclosed ? PersonaPrompt.Risk.TOLD : PersonaPrompt.Risk.KEPT;
        return PersonaPrompt.build(scenario.client(), state, openingLine, risk);
    }

    /** The messages sent for a reply: system prompt, recent exchanges, then the reply as the user's message. */
    List<ChatMessage> messagesFor(String reply) {
        return messagesFor(reply, null);
    }

    private List<ChatMessage> messagesFor(String reply, String correction) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(correction == null ? systemPrompt() : systemPrompt() + correction));
        for (Said e : memory) {
            messages.add(UserMessage.from(e.reply()));
            messages.add(AiMessage.from(e.answer()));
        }
        messages.add(UserMessage.from(reply));
        return messages;
    }

    /** The earliest injected beat now due and not yet spoken (several due at once are spoken on later turns). */
    private Optional<Beat> dueBeat() {
        return scenario.beats().stream()
                .filter(b -> b.afterTurn() != null && b.afterTurn() <= replies && !spokenBeats.contains(b.id()))
                .min(Comparator.comparingInt(Beat::afterTurn));
    }

    private void remember(String reply, String answer) {
        memory.addLast(new Said(reply, answer));
        while (memory.size() > MEMORY_EXCHANGES) memory.removeFirst();
        lastClientLine = answer;
    }

    private List<String> speakerPrefixes() {
        return check.labels().stream().map(label -> label + ":").toList();
    }

    /** Models sometimes prefix a speaker name or wrap the line in quotes; the transcript gets the words. */
    String clean(String text) {
        String t = check.stripLabel(text);
        if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** One remembered round: the trainee's words and the client's answer. */
    private record Said(String reply, String answer) {
    }

    /**
     * Holds back the first streamed tokens until it is clear whether they spell a speaker prefix
     * ("Daniel:"), so the terminal shows the same words the transcript keeps.
     */
    static final class SpeakerPrefixFilter implements Consumer<String> {

        private final Consumer<String> out;
        private final List<String> prefixes;
        private final StringBuilder pending = new StringBuilder();
        private boolean decided;
        /** After a stripped prefix, the space that followed it is dropped too. */
        private boolean trimLeading;

        SpeakerPrefixFilter(Consumer<String> out, List<String> prefixes) {
            this.out = out;
            this.prefixes = prefixes;
        }

        @Override
        public void accept(String token) {
            if (decided) {
                if (trimLeading) {
                    token = token.stripLeading();
                    if (token.isEmpty()) return;
                    trimLeading = false;
                }
                out.accept(token);
                return;
            }
            pending.append(token);
            String head = pending.toString().stripLeading();
            for (String prefix : prefixes) {
                if (head.length() >= prefix.length() && head.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    decided = true;
                    String rest = head.substring(prefix.length()).stripLeading();
                    if (rest.isEmpty()) trimLeading = true;
                    else out.accept(rest);
                    return;
                }
            }
            boolean mayStillBePrefix = prefixes.stream().anyMatch(p -> head.length() < p.length()
                    && p.regionMatches(true, 0, head, 0, head.length()));
            if (!mayStillBePrefix) {
                decided = true;
                out.accept(pending.toString());
            }
        }

        /** Releases anything still held back once the answer is complete. */
        void finish() {
            if (!decided && pending.length() > 0) out.accept(pending.toString());
            decided = true;
        }
    }
}
