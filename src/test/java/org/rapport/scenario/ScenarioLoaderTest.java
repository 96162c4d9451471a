package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.client.ClientState;
import org.rapport.rubric.BoundaryKind;

class ScenarioLoaderTest {

    static final Path VALID = Path.of("src/test/resources/scenarios/valid");
    static final Path BROKEN = Path.of("src/test/resources/scenarios/broken");

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void readsAScriptedScenarioIntoItsRecords() {
        Scenario s = loader.load(VALID.resolve("first-session.yaml"));

        assertThat(s.id()).isEqualTo("first-session");
        assertThat(s.title()).isEqualTo("Jordan, 34: the sister's idea");
        assertThat(s.presentation()).isEqualTo("generalized-anxiety");
        assertThat(s.difficulty()).isEqualTo("beginner");
        assertThat(s.mode()).isEqualTo("scripted");
        assertThat(s.summary()).startsWith("Jordan booked this first session");
        assertThat(s.client().name()).isEqualTo("Jordan Reyes");
        assertThat(s.client().age()).isEqualTo(34);
        assertThat(s.client().pronouns()).isEqualTo("they/them");
        assertThat(s.client().presentingConcern()).isEqualTo("Can't stop running through everything that could go wrong");
        assertThat(s.client().coreBeliefs()).containsExactly("If I relax, I'll miss something and it will be my fault");
        assertThat(s.client().emotions()).containsExactly("anxious", "tired");
        assertThat(s.client().history()).isNull();
        assertThat(s.client().style()).isEqualTo(ConversationalStyle.RESERVED);
        assertThat(s.start()).isEqualTo(new ClientState(3, 6, 1));

        assertThat(s.objectives()).hasSize(2);
        assertThat(s.objectives().get(0).text()).isEqualTo("Reflect the worry before offering any strategy");
        assertThat(s.objectives().get(0).metWhen()).extracting(Condition::subject, Condition::accepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reached", List.of("worries")),
                        org.assertj.core.groups.Tuple.tuple("empathy", List.of(">=3.5")));

        assertThat(s.beats()).extracting(Beat::id)
                .containsExactly("opening", "guarded", "worries", "late-texts", "closing");
        Beat opening = s.firstBeat();
        assertThat(opening.line()).isEqualTo(28);
        assertThat(opening.hint()).startsWith("Jordan is ambivalent");
        assertThat(opening.branches()).hasSize(3);
        Branch empathic = opening.branches().get(0);
        assertThat(empathic.when()).containsExactly(new Condition("empathy", List.of(">=4"), 32));
        assertThat(empathic.say()).isEqualTo("Yeah... that's about it.");
        assertThat(empathic.trust()).isEqualTo(1);
        assertThat(empathic.disclosure()).isEqualTo(1);
        assertThat(empathic.distress()).isZero();
        assertThat(empathic.next()).isEqualTo("worries");
        assertThat(opening.branches().get(2).isFallback()).isTrue();

        Beat lateTexts = s.beat("late-texts").orElseThrow();
        assertThat(lateTexts.boundary()).isEqualTo(BoundaryKind.AFTER_HOURS_CONTACT);
        assertThat(lateTexts.branches().get(1).next()).as("a branch without next stays").isNull();
        assertThat(s.beat("worries").orElseThrow().branches().get(1).when().get(0).accepted())
                .containsExactly("advising", "reassuring");
        assertThat(s.beat("closing").orElseThrow().end()).isTrue();
        assertThat(s.beat("closing").orElseThrow().branches()).isEmpty();
    }

    @Test
    void readsAnLlmScenarioWhoseBeatsAreInjectedByTurn() {
        Scenario s = loader.load(VALID.resolve("llm-persona.yaml"));

        assertThat(s.mode()).isEqualTo("llm");
        assertThat(s.client().history()).startsWith("Grew up caring");
        assertThat(s.client().style()).isEqualTo(ConversationalStyle.PLEASING);
        assertThat(s.beats()).extracting(Beat::afterTurn).containsExactly(4, 8);
        assertThat(s.firstBeat().boundary()).isEqualTo(BoundaryKind.GIFT);
    }

    /** Each broken fixture has one kind of mistake; the problem names its line and field. */
    @ParameterizedTest(name = "{0}: line {1}, {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown-next          | 18 | beats[opening].branches[0].next           | unknown beat 'midle' (did you mean 'middle'?)    | 1
            unreachable-beat      | 28 | beats[orphan]                             | unreachable                                       | 1
            no-ending             | 11 | beats                                     | no ending: mark the closing beat(s) with end: true | 1
            trapped               | 11 | beats                                     | no ending beat is reachable from 'opening'        | 2
            trapped               | 32 | beats[closing]                            | unreachable                                       | 2
            missing-fallback      | 23 | beats[middle].branches                    | no fallback                                       | 1
            fallback-not-last     | 24 | beats[middle].branches[0]                 | never tried; move it last                         | 2
            unknown-subject       | 15 | beats[opening].branches[0].when.empathi   | unknown subject 'empathi'                         | 1
            impossible-comparison | 15 | beats[opening].branches[0].when.empathy   | '>=7' can never hold: empathy is on 1-5           | 1
            not-a-comparison      | 15 | beats[opening].branches[0].when.empathy   | 'high' is not a comparison                        | 1
            bad-behavior          | 24 | beats[middle].branches[0].when.behavior   | 'advice' is not a behaviour                       | 1
            bad-roadblock         | 24 | beats[middle].branches[0].when.roadblock  | 'lecturing' is not a roadblock                    | 1
            bad-mechanism         | 24 | beats[middle].branches[0].when.explorations | '3' can never hold: explorations is on 0-2      | 1
            subtype-mismatch      | 24 | beats[middle].branches[0].when.subtype    | subtype simple never goes with behavior question  | 1
            bad-boundary          | 22 | beats[middle].boundary                    | 'after-hours' is not a boundary kind              | 1
            bad-risk              | 22 | beats[middle].risk                        | 'self_harm' is not a risk kind; use one of suicide, self-harm, harm-to-others, abuse, domestic-violence, acute-crisis (did you mean 'self-harm'?) | 1
            duplicate-beat        | 28 | beats[2].id                               | duplicate beat id 'middle' (first used on line 21) | 1
            id-mismatch           |  1 | id                                        | 'other-name' does not match the file name         | 1
            missing-required      |  1 | title                                     | missing                                           | 2
            missing-required      |  5 | client.age                                | missing                                           | 2
            no-objectives         |  1 | objectives                                | missing                                           | 1
            state-out-of-range    | 10 | start.trust                               | 12 is outside 0-10                                | 1
            stay-without-say      | 24 | beats[middle].branches[0].say             | a branch that stays in its beat must say something | 1
            objective-checks      |  9 | objectives[0].met_when.reached            | 'middel' is not a beat of this scenario           | 2
            objective-checks      |  9 | objectives[0].met_when.behavior           | tested on one reply                               | 2
            otherwise-key         | 19 | beats[opening].branches[1].otherwise      | a fallback is a branch without 'when'             | 2
            bad-enums             |  3 | presentation                              | 'anxiety' is not allowed                          | 3
            bad-enums             |  4 | difficulty                                | 'hard' is not allowed                             | 3
            bad-enums             |  6 | client.style                              | 'guarded' is not a style                          | 3
            bad-locale            |  6 | locale                                    | 'en-UK' is not allowed; use one of en-AU, en-CA, en-GB | 1
            not-yaml              | 15 | (yaml)                                    | not valid YAML                                    | 1
            """)
    void reportsEachMistakeWithItsLineAndField(String name, int line, String field, String message, int problems) {
        Path file = BROKEN.resolve(name + ".yaml");

        ScenarioFile result = loader.read(file);

        assertThat(result.valid()).isFalse();
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems()).as(result.problems().toString()).hasSize(problems);
        assertThat(result.problems()).as(result.problems().toString())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void aBeatCarriesItsAuthoredGoodRepliesInOrder(@TempDir Path dir) throws IOException {
        Path file = withOpening(dir, """
                    good_replies:
                      - "Coming here was your sister's idea, and you're not sure what to make of it yet."
                      - "It sounds like part of you isn't sure this is for you."
                """, "");

        Beat opening = loader.load(file).beat("opening").orElseThrow();

        assertThat(opening.goodReplies()).containsExactly("Coming here was your sister's idea, and you're not sure what to make of it yet.",
                "It sounds like part of you isn't sure this is for you.");
        assertThat(loader.load(VALID.resolve("first-session.yaml")).beat("worries").orElseThrow().goodReplies()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '    good_replies: "Just one reply, not a list."'                      | beats[opening].good_replies    | must be a list
            '    good_replies: ["You are not sure yet.", "you are NOT sure yet."]' | beats[opening].good_replies[1] | repeats an earlier good reply
            '    good_replies: ["   "]'                                            | beats[opening].good_replies    | list items must be text
            """)
    void goodRepliesAreCheckedAtTheEdge(String yaml, String field, String message, @TempDir Path dir) throws IOException {
        ScenarioFile result = loader.read(withOpening(dir, yaml + "\n", ""));

        assertThat(result.problems()).as(result.problems().toString()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(field))
                .satisfies(p -> assertThat(p.message()).contains(message));
    }

    @Test
    void anEndingBeatTakesNoGoodRepliesAndAReplyIsATurnLong(@TempDir Path dir) throws IOException {
        String tooLong = "You sound worn out. ".repeat(25).strip();
        ScenarioFile result = loader.read(withOpening(dir, "    good_replies: [\"" + tooLong + "\"]\n",
                "    good_replies: [\"See you next week.\"]\n"));

        assertThat(result.problems()).extracting(ScenarioProblem::field)
                .containsExactlyInAnyOrder("beats[opening].good_replies[0]", "beats[closing].good_replies");
        assertThat(result.problems()).extracting(ScenarioProblem::message)
                .anySatisfy(m -> assertThat(m).contains("a reply is at most 400"))
                .anySatisfy(m -> assertThat(m).contains("nobody replies to it"));
    }

    @Test
    void aBeatDeclaresTheRiskItsLineCarries(@TempDir Path dir) throws IOException {
        Beat opening = loader.load(withOpening(dir, "    risk: self-harm\n", "")).beat("opening").orElseThrow();

        assertThat(opening.risk()).isEqualTo(org.rapport.rubric.RiskKind.SELF_HARM);
        assertThat(loader.load(VALID.resolve("first-session.yaml")).beat("worries").orElseThrow().risk()).isNull();
    }

    @Test
    void anLlmPersonaCarriesARiskItDisclosesWhenAsked(@TempDir Path dir) throws IOException {
        Scenario s = loader.load(persona(dir, """
                  risk:
                    kind: suicide
                    disclose: when_asked
                    detail: "Some nights she thinks her family would be better off without her."
                """));

        assertThat(s.client().risk()).isEqualTo(new PersonaRisk(org.rapport.rubric.RiskKind.SUICIDE,
                PersonaRisk.Disclosure.WHEN_ASKED, "Some nights she thinks her family would be better off without her."));
        assertThat(loader.load(VALID.resolve("llm-persona.yaml")).client().risk()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  risk: {kind: suicidal, detail: x}"                       | client.risk.kind     | "'suicidal' is not a risk kind"
            "  risk: {kind: suicide, disclose: always, detail: x}"      | client.risk.disclose | "'always' is not a way to disclose; use one of when_asked"
            "  risk: {kind: suicide}"                                   | client.risk.detail   | missing
            "  risk: {detail: x}"                                       | client.risk.kind     | missing
            "  risk: {kind: suicide, when: asked, detail: x}"           | client.risk.when     | unknown field
            "  risk: suicide"                                           | client.risk          | must be a mapping
            """)
    void aPersonasRiskIsCheckedAtTheEdge(String yaml, String field, String message, @TempDir Path dir) throws IOException {
        ScenarioFile result = loader.read(persona(dir, yaml + "\n"));

        assertThat(result.problems()).as(result.problems().toString()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(field))
                .satisfies(p -> assertThat(p.message()).contains(message));
    }

    @Test
    void aScriptedClientDeclaresRiskOnItsBeatsNotOnThePersona(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(VALID.resolve("first-session.yaml"));
        Path file = Files.writeString(dir.resolve("first-session.yaml"),
                yaml.replaceFirst("(?m)^client:\n", "client:\n  risk: {kind: suicide, detail: x}\n"));

        assertThat(loader.read(file).problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("client.risk"))
                .satisfies(p -> assertThat(p.message()).contains("declare risk: on each beat"));
    }

    /** The valid LLM persona with {@code clientLines} added to its client. */
    private static Path persona(Path dir, String clientLines) throws IOException {
        String yaml = Files.readString(VALID.resolve("llm-persona.yaml"))
                .replace("  style: pleasing\n", "  style: pleasing\n" + clientLines);
        return Files.writeString(Files.createDirectories(dir).resolve("llm-persona.yaml"), yaml);
    }

    /** The valid first session with {@code opening} added to its first beat and {@code closing} to its ending beat. */
    private static Path withOpening(Path dir, String opening, String closing) throws IOException {
        String yaml = Files.readString(VALID.resolve("first-session.yaml"))
                .replace("    hint: \"Jordan is ambivalent. Reflect that before asking about the worry.\"\n",
                        "    hint: \"Jordan is ambivalent. Reflect that before asking about the worry.\"\n" + opening)
                .replace("    end: true", "    end: true\n" + closing);
        return Files.writeString(Files.createDirectories(dir).resolve("first-session.yaml"), yaml);
    }

    @Test
    void reportsEveryProblemInAFileNotJustTheFirst() {
        Path file = BROKEN.resolve("many-problems.yaml");

        List<String> lines = loader.read(file).problems().stream().map(ScenarioProblem::toString).toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith(file + ":6: client.sytle: unknown field;").endsWith("(did you mean 'style'?)");
        assertThat(lines.get(1)).isEqualTo(file + ":10: start.distress: -1 is outside 0-10");
        assertThat(lines.get(2)).isEqualTo(file + ":18: beats[opening].branches[0].next: unknown beat 'midle' (did you mean 'middle'?)");
        assertThat(lines.get(3)).startsWith(file + ":22: beats[middle].boundary: 'gifts' is not a boundary kind");
        assertThat(lines.get(4)).startsWith(file + ":25: beats[middle].branches[0].when.behavior: 'advice' is not a behaviour");
    }

    @Test
    void loadRefusesABrokenFileWithAllItsProblems() {
        assertThatThrownBy(() -> loader.load(BROKEN.resolve("many-problems.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("5 problems")
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).hasSize(5));
    }

    @Test
    void checksKeysWrittenTwiceAndEmptyFiles(@TempDir Path dir) throws IOException {
        Path twice = dir.resolve("twice.yaml");
        String text = Files.readString(VALID.resolve("first-session.yaml")).replace("id: first-session", "id: twice")
                .replace("difficulty: beginner", "difficulty: beginner\ndifficulty: advanced");
        Files.writeString(twice, text);
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");

        assertThat(loader.read(twice).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo(twice + ":5: difficulty: written twice in the same mapping"));
        assertThat(loader.read(empty).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("empty file"));
    }

    @Test
    void readsAClientWhoSaysNoAsTheWordNotAsFalse(@TempDir Path dir) throws IOException {
        String text = Files.readString(VALID.resolve("first-session.yaml")).replace("id: first-session", "id: says-no")
                .replace("say: \"Sure.\"", "say: No").replace("end: true", "end: yes");
        Path file = Files.writeString(dir.resolve("says-no.yaml"), text);

        Scenario s = loader.load(file);

        assertThat(s.beat("guarded").orElseThrow().branches().get(1).say()).isEqualTo("No");
        assertThat(s.beat("closing").orElseThrow().end()).isTrue();
    }

    @Test
    void readsFoldersAndReportsMissingPathsAndIdsUsedTwice(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(VALID.resolve("first-session.yaml"), a.resolve("first-session.yaml"));
        Files.copy(VALID.resolve("first-session.yaml"), b.resolve("first-session.yml"));
        Files.writeString(a.resolve("notes.txt"), "not a scenario");

        List<ScenarioFile> results = loader.readAll(List.of(dir, dir.resolve("missing")));

        assertThat(results).hasSize(3);
        assertThat(results.get(0).valid()).isTrue();
        assertThat(results.get(1).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("duplicate scenario id 'first-session'"));
        assertThat(results.get(2).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith("missing: (file): no such file or folder"));
    }
}
