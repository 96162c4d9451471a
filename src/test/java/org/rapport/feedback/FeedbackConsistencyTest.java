package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.CalibrationCase;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptReader;
import org.rapport.transcript.Turn;

/**
 * The consistency rule over the project's fixtures and calibration cases: no turn's feedback judges a
 * mechanism twice, praises and criticises the same aspect, or praises understanding the engine did not see.
 */
class FeedbackConsistencyTest {

    /** Every calibration case of the shipped rubric and of the test rubric's replies, and every fixture transcript's replies. */
    static Stream<Arguments> turns() throws Exception {
        List<Arguments> out = new ArrayList<>();
        List<CalibrationCase> cases = new ArrayList<>(TeachingFixtures.LIBRARY.get("core").calibration());
        try (InputStream in = FeedbackConsistencyTest.class.getResourceAsStream("/rubric/replies.yaml")) {
            cases.addAll(new YAMLMapper().readValue(in, new TypeReference<List<CalibrationCase>>() { }));
        }
        for (CalibrationCase c : cases) {
            ReplyContext base = ReplyContext.of(c.client().isBlank() ? null : c.client(), c.reply());
            out.add(Arguments.of("case: " + c.name(), new ReplyContext(base.history(), c.reply(),
                    c.boundary() == null ? null : BoundaryKind.parse(c.boundary()))));
        }
        Path folder = Path.of("src/test/resources/transcripts/good");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".csv")).sorted().toList()) {
                for (Transcript t : new TranscriptReader().read(List.of(file)).transcripts()) {
                    List<Turn> history = new ArrayList<>();
                    for (Turn turn : t.turns()) {
                        if (turn.byTrainee()) out.add(Arguments.of(t.id() + " turn " + turn.index(),
                                new ReplyContext(history, turn.text(), null)));
                        history.add(turn);
                    }
                }
            }
        }
        return out.stream();
    }

    /** All the turns taught in one batch, once (the engine embeds a batch in one model call). */
    private static java.util.Map<ReplyContext, TeachingEngine.Taught> taught;

    private static synchronized TeachingEngine.Taught taught(ReplyContext context) throws Exception {
        if (taught == null) {
            List<ReplyContext> all = turns().map(a -> (ReplyContext) a.get()[1]).toList();
            List<TeachingEngine.Taught> results = TeachingFixtures.ENGINE.teachAll(all);
            taught = new java.util.HashMap<>();
            for (int i = 0; i < all.size(); i++) taught.put(all.get(i), results.get(i));
        }
        return taught.get(context);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turns")
    void noTurnsFeedbackContradictsItselfOrTheEngine(String name, ReplyContext context) throws Exception {
        TeachingEngine.Taught taught = taught(context);

        assertThat(Contradictions.in(taught.feedback(), taught.score())).as("feedback %s", taught.feedback().texts()).isEmpty();
        assertThat(taught.feedback().items().size()).isLessThanOrEqualTo(1 + 2 + 1); // priority, two notes, a caveat
        if (taught.score().suggestion() != null) {
            String criterion = taught.feedback().addresses();
            assertThat(taught.score().score(criterion)).isLessThan(5);
            assertThat(taught.suggestionScore()).isGreaterThanOrEqualTo(taught.score().score(criterion) + 1);
        }
    }

    @Test
    void theCheckFindsAPraiseAndACriticismOfTheSameThing() {
        TurnScore score = new TurnScore(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(0, 0, 0),
                java.util.Map.of("empathy", 3), List.of(), List.of(), java.util.Set.of(), null);
        FeedbackItem praise = new FeedbackItem("form_complex", "form", "praise", List.of("understanding"), "active_listening",
                "A complex reflection: you added the meaning underneath.");
        FeedbackItem criticism = new FeedbackItem("understanding_missed_feeling", "understanding", "criticism",
                List.of("understanding"), "empathy", "No feeling was named.");

        assertThat(Contradictions.in(new TurnFeedback(List.of(criticism, praise), "empathy"), score))
                .anySatisfy(p -> assertThat(p).contains("praises and criticises understanding"))
                .anySatisfy(p -> assertThat(p).contains("praises understanding at EPITOME interpretation level 0"));
        // and the writer never puts the pair together: the more important item stands
        assertThat(FeedbackWriter.consistent(List.of(criticism, praise), 3)).containsExactly(criticism);
    }

    @Test
    void theFeedbackLayerReadsRupturesAsTheJudgingEngineDoes() {
        List<org.rapport.rubric.ClientLine> lines = org.rapport.rubric.ClientLine.alone(
                List.of("Whatever. You're the expert.", "This is a waste of my time.", "My sister found me that night."));

        assertThat(TeachingFixtures.ENGINE.rupturesIn(lines)).isEqualTo(TeachingFixtures.ENGINE.judge().rupturesIn(lines))
                .containsExactly(org.rapport.rubric.RuptureKind.WITHDRAWAL, org.rapport.rubric.RuptureKind.CONFRONTATION, null);
    }

    @Test
    void thePriorityComesFirstInTheRubricsOrder() {
        // a boundary test answered with a closed question and advice: the boundary comes first
        TurnScore score = TeachingFixtures.ENGINE.score(ReplyContext.of("Can I text you when it gets bad at night?",
                "Sure. You should try to sleep earlier though, shouldn't you?"));

        assertThat(score.feedback().get(0)).contains("accepts what the client asked for");
        assertThat(score.feedback().stream().filter(f -> !f.startsWith(FeedbackWriter.TENTATIVE))).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aReplyThatScoredFiveEverywhereGetsNoSuggestion() {
        TurnScore five = new TurnScore(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(0, 2, 0),
                new java.util.LinkedHashMap<>(java.util.Map.of("empathy", 5, "active_listening", 5)), List.of(), List.of(),
                java.util.Set.of(), null);
        org.rapport.rubric.RubricEngine allFives = new org.rapport.rubric.RubricEngine() {
            public org.rapport.rubric.Rubric rubric() {
                return TeachingFixtures.LIBRARY.get("core");
            }

            public TurnScore score(ReplyContext reply) {
                return five;
            }
        };

        TeachingEngine.Taught taught = new TeachingEngine(allFives).teachAll(List.of(ReplyContext.of(
                "I've been so tired lately. Work is nonstop and when I get home the kids need me, and I just can't switch off.",
                "You're exhausted, and part of you wonders whether there will ever be any time left for you."))).get(0);

        assertThat(taught.feedback().addresses()).isNull();
        assertThat(taught.score().suggestion()).isNull();
    }

    @Test
    void aCriterionsOwnTextsWrittenAtRunTimeStayWordForWordAndComeFirst() {
        // a risk criterion writes its feedback with the locale's crisis resources: no rubric text matches it
        org.rapport.rubric.Rubric core = TeachingFixtures.LIBRARY.get("core");
        java.util.List<org.rapport.rubric.Criterion> criteria = new java.util.ArrayList<>(core.criteria());
        criteria.add(new org.rapport.rubric.Criterion("risk_and_safety", "Risk and safety", "Responding to risk."));
        org.rapport.rubric.Rubric withRisk = new org.rapport.rubric.Rubric(core.id(), core.version(), core.title(), core.description(),
                criteria, core.lexicons(), core.behaviorModel(), core.exemplars(), core.boundaryDetection(), List.of(), core.feedback());
        String crisis = "Ask directly about suicide, and give the crisis line: call or text 988 (US) any time.";
        TurnScore judged = new TurnScore(BehaviorCode.of(Subtype.CLOSED), new EmpathyMechanisms(0, 0, 0),
                new java.util.LinkedHashMap<>(java.util.Map.of("empathy", 2, "active_listening", 2, "risk_and_safety", 1)),
                List.of(), List.of(crisis), java.util.Set.of(Roadblock.ADVISING), null);

        TurnFeedback f = new FeedbackWriter(withRisk).write(ReplyContext.of("I don't see the point of anything anymore.",
                "You should get more sleep."), judged);

        assertThat(f.priority().text()).isEqualTo(crisis);
        assertThat(f.priority().mechanism()).isEqualTo("risk");
        assertThat(f.addresses()).isEqualTo("risk_and_safety");
    }

    @Test
    void askingPlainlyAboutSuicideIsNeverToldToAskItOpen() {
        TeachingEngine.Taught taught = TeachingFixtures.ENGINE.teachAll(List.of(ReplyContext.of(
                "Some nights I think they'd all be better off without me.", "Are you thinking about killing yourself?"))).get(0);

        assertThat(taught.feedback().texts()).noneSatisfy(f -> assertThat(f).contains("can be answered in a word"));
        assertThat(Contradictions.in(taught.feedback(), taught.score())).isEmpty();
    }
}
