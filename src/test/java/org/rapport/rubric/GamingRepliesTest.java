package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;

/**
 * A reply built to game the engine (feeling-word salads, stems without a sentence, nonsense with
 * feeling words, contempt or sarcasm dressed as a reflection, a risk statement ignored, repetition,
 * text addressed to whoever grades it, off-topic self-disclosure, the client's line copied, MI terms or
 * questions stuffed in) scores at most 2 on the criterion it games; a genuine reply written in the same
 * plain, short, typo'd or non-US registers is never capped as hollow. The set the hollow-reply defence was
 * first tuned on (rubrics/data/gaming-replies.csv), and the measuring sets below.
 */
class GamingRepliesTest {

    /** The highest score a gaming reply may keep on the criterion it games. */
    static final int GAMED_AT_MOST = 2;
    /** How the evidence of a reply capped as hollow begins. */
    static final String CAPPED = "not a reply to this client";

    static Stream<Arguments> tuning() {
        AuthoredCorpus c = read("rubrics/data/gaming-replies.csv", List.of("group", "client", "reply", "games", "note"));
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(Arguments.of(c.get(i, "group"), c.get(i, "client"), expanded(c.get(i, "reply"), c.get(i, "note")), c.get(i, "games")));
        }
        return out.stream();
    }

    /**
     * The sets that measure the defence, each written by an author who had not read its rules, on fresh client
     * lines, before the round of tuning named, and scored once after it (since then all but the newest have been
     * tuned on, and docs/rubrics.md says so). Same columns in each: group, kind (gaming or genuine), client,
     * reply, criterion, note.
     */
    static final List<String> MEASURING_SETS = List.of(
            "rubrics/data/gaming-replies-heldout.csv",   // before the first tuning
            "rubrics/data/gaming-replies-blind.csv",     // before the second round of features
            "rubrics/data/gaming-replies-blind2.csv",    // before the third (clauses, fillers, self-focus)
            "rubrics/data/gaming-replies-blind3.csv",    // before the fourth (put-downs, mockery, stories, tentative risk cues)
            "rubrics/data/gaming-replies-blind4.csv",    // before the fifth (lines said back, put-downs after "but", moving on from a risk)
            "src/test/resources/rubric/gaming-replies-blind5.csv",   // before the seventh; scored once after the sixth
            "src/test/resources/rubric/gaming-replies-blind6.csv",   // before the eighth; scored once after the seventh
            "src/test/resources/rubric/gaming-replies-blind7.csv",   // before the ninth; scored once after the eighth
            "src/test/resources/rubric/gaming-replies-blind8.csv",   // before the ninth; scored once with the eighth
            "src/test/resources/rubric/gaming-replies-blind9.csv",   // before the ninth; scored once after it
            "src/test/resources/rubric/gaming-replies-blind10.csv",  // during the tenth, unseen; scored once after it
            "src/test/resources/rubric/gaming-replies-blind11.csv",  // during the eleventh, unseen; scored once after it
            "src/test/resources/rubric/gaming-replies-blind12.csv"); // during the twelfth, unseen; scored once after it

    /** The rows of one kind of every measuring set, the file's name first. */
    static Stream<Arguments> measuring(String kind) {
        List<Arguments> out = new ArrayList<>();
        for (String file : MEASURING_SETS) {
            AuthoredCorpus c = read(file, List.of("group", "kind", "client", "reply", "criterion", "note"));
            String name = Path.of(file).getFileName().toString();
            for (int i = 0; i < c.size(); i++) {
                if (!c.get(i, "kind").equals(kind)) continue;
                out.add(Arguments.of(name, c.get(i, "group"), c.get(i, "client"), expanded(c.get(i, "reply"), c.get(i, "note")),
                        c.get(i, "criterion")));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> gaming() {
        return measuring("gaming");
    }

    static Stream<Arguments> genuine() {
        return measuring("genuine");
    }

    @ParameterizedTest(name = "{0} ({3}): {2}")
    @MethodSource("tuning")
    void aGamingReplyOfTheTuningSetScoresLowOnWhatItGames(String group, String client, String reply, String criterion) {
        assertGamed(client, reply, criterion);
    }

    @ParameterizedTest(name = "{0} {1} ({4}): {3}")
    @MethodSource("gaming")
    void aGamingReplyWrittenBeforeTheRulesScoresLowOnWhatItGames(String file, String group, String client, String reply,
            String criterion) {
        assertGamed(client, reply, criterion);
    }

    /**
     * A genuine reply is never capped as hollow, so it keeps the score the rest of the engine gives it. (That
     * score is not always 3 or more: the engine under-scores some short plain reflections, which is measured
     * and reported, but is not the business of this defence.)
     */
    @ParameterizedTest(name = "{0} {1} ({4}): {3}")
    @MethodSource("genuine")
    void aGenuineReplyWrittenBeforeTheRulesIsNeverCappedAsHollow(String file, String group, String client, String reply,
            String criterion) {
        assertNotCapped(client, reply, criterion);
    }

    private static void assertNotCapped(String client, String reply, String criterion) {
        assumeFalse(KNOWN_MISSES.contains(reply), "a known miss");
        TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(client, reply));
        assertThat(s.evidence()).as("%s on %s", criterion, reply).noneMatch(e -> e.startsWith(CAPPED));
    }

    static Stream<Arguments> quotingTheClient() {
        AuthoredCorpus c = read("src/test/resources/rubric/quoting-the-client.csv", List.of("client", "reply"));
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) out.add(Arguments.of(c.get(i, "client"), c.get(i, "reply")));
        return out.stream();
    }

    /** A reply that quotes a few of the client's words ("When you say \"nobody knows\", ...") is quoting, not parroting. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("quotingTheClient")
    void aReplyThatQuotesTheClientsOwnWordsAndGoesOnIsNeverCappedAsHollow(String client, String reply) {
        TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(client, reply));
        assertThat(s.evidence()).as(reply).noneMatch(e -> e.startsWith(CAPPED));
    }

    /** The coded therapist replies, and the replies of the other authored corpora that none of their poor parts mark. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"therapist-behaviours.csv", "boundary-replies.csv: cold self_focused accepts secrecy_promise",
            "risk-replies.csv: misses_cue minimises changes_subject promises_secrecy", "cultural-replies.csv"})
    void genuineAuthoredRepliesAreNeverTakenForHollowOnes(String source) throws IOException {
        String file = source.split(":")[0];
        List<String> poorParts = source.contains(":") ? List.of(source.split(":")[1].strip().split(" ")) : List.of();
        List<String> columns = new ArrayList<>(List.of("client", "reply"));
        columns.addAll(poorParts);
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("rubrics/data", file), columns);
        List<ReplyContext> replies = new ArrayList<>();
        rows:
        for (int i = 0; i < c.size(); i++) {
            for (String part : poorParts) if (c.get(i, part).equals("1")) continue rows;
            if (file.startsWith("cultural") && !List.of("humble", "acknowledges").contains(c.get(i, "label"))) continue;
            replies.add(ReplyContext.of(c.get(i, "client"), c.get(i, "reply")));
        }
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(replies);
        List<String> capped = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).evidence().stream().anyMatch(e -> e.startsWith(CAPPED))) capped.add(replies.get(i).reply());
        }
        assertThat(replies).isNotEmpty();
        assertThat(capped).as("genuine replies of " + file + " capped as hollow").isEmpty();
    }

    /** Replies the engine still gets wrong (src/test/resources/rubric/gaming-known-misses.txt), reported as skipped. */
    private static final java.util.Set<String> KNOWN_MISSES = knownMisses();

    private static java.util.Set<String> knownMisses() {
        try (var in = GamingRepliesTest.class.getResourceAsStream("/rubric/gaming-known-misses.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertGamed(String client, String reply, String criterion) {
        assumeFalse(KNOWN_MISSES.contains(reply), "a known miss");
        TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(client, reply));
        Integer score = s.score(criterion);
        assertThat(score == null ? 0 : score).as("%s on %s; evidence %s", criterion, abbreviated(reply), s.evidence())
                .isLessThanOrEqualTo(GAMED_AT_MOST);
    }

    private static String expanded(String reply, String note) {
        return HollowReplies.expandedReply(reply, note);
    }

    private static String abbreviated(String reply) {
        return reply.length() <= 200 ? reply : reply.substring(0, 200) + "... (" + reply.length() + " characters)";
    }

    private static AuthoredCorpus read(String file, List<String> columns) {
        try {
            return AuthoredCorpus.read(Path.of(file), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
