package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RuptureKind;
import org.rapport.transcript.Csv;
import org.rapport.transcript.Fixtures;
import org.rapport.transcript.InputError;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.TranscriptReader;
import org.rapport.transcript.Turn;

class GradeOutputsTest {

    static final Instant WHEN = Instant.parse("2026-11-27T18:00:00Z");

    static GradeReport fixtures() {
        TranscriptBatch batch = new TranscriptReader().read(List.of(Fixtures.path("transcripts/good"),
                Fixtures.path("transcripts/malformed/unlabelled.txt")));
        return new TranscriptGrader(new CueWordRubricEngine()).grade(batch, GradingProgress.NONE);
    }

    /** A client who pastes markup and a trainee whose reply is full of quotes and ampersands. */
    private static GradeReport hostile() {
        Transcript t = new Transcript("<img src=x onerror=alert(1)>", "cohort/\"evil\".json", List.of(
                new Turn(0, Speaker.CLIENT, "<script>alert(\"hi\")</script> my ex's lawyer & I aren't talking"),
                new Turn(1, Speaker.TRAINEE, "It sounds like \"talking\" feels risky & you're feeling 'stuck' <b>and</b> tired")));
        TranscriptBatch batch = new TranscriptBatch(List.of(t),
                List.of(new InputError("<script>x</script>.json", 2, "unknown speaker '<iframe>'")));
        return new TranscriptGrader(new CueWordRubricEngine()).grade(batch, GradingProgress.NONE);
    }

    @Test
    void theTextReportShowsSummaryTablesMitiBandsAndAnnotatedTurns() throws IOException {
        StringWriter out = new StringWriter();
        GradeText.write(fixtures(), out);
        String text = out.toString();

        assertThat(text).startsWith("Grade report - rubric core version 1\n6 transcripts graded, 1 input could not be graded");
        assertThat(text).containsPattern("\n  Transcript\\s+Replies\\s+Empathy\\s+Active listening\\s+Boundary-setting\\s+Overall\n");
        assertThat(text).containsPattern("\n  maya-session-1\\s+4\\s+2\\.8\\s+3\\.0\\s+n/a\\s+2\\.9\n");
        assertThat(text).contains("Transcript maya-session-1");
        assertThat(text).containsPattern("Empathy\\s+2\\.8\\s+4");
        assertThat(text).containsPattern("Boundary-setting\\s+n/a\\s+0");
        assertThat(text).containsPattern("Reflection-to-question ratio\\s+1\\.0\\s+fair\\s+1\\.0 / 2\\.0");
        assertThat(text).contains("  6 Trainee: You should try a wind-down routine before bed.");
        assertThat(text).contains("code: input (advice)").contains("roadblocks: advising");
        assertThat(text).contains("scores: Empathy 5/5, Active listening 5/5, Boundary-setting n/a");
        assertThat(text).contains("boundary tested: after-hours-contact");
        assertThat(text).containsPattern("\nErrors\n  .*unlabelled\\.txt:4: speaker label: line has no speaker label");
        // utterances, evidence and feedback wrap at 100 columns (only file paths may run longer)
        assertThat(text.lines().filter(line -> !line.contains("transcripts/")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void theGradebookHasOneRowPerTranscriptAndOneForEachFailure() throws Exception {
        StringWriter out = new StringWriter();
        Gradebook.write(fixtures(), out);
        List<Csv.Row> rows = Csv.parse(out.toString());

        assertThat(rows.get(0).cells()).containsExactly("transcript_id", "source", "replies", "empathy",
                "active_listening", "boundary_setting", "reflection_to_question", "percent_complex_reflections",
                "percent_open_questions", "overall", "error");
        assertThat(rows).hasSize(1 + 6 + 1);
        List<String> maya = rows.get(6).cells();
        assertThat(maya.get(0)).isEqualTo("maya-session-1");
        assertThat(maya.subList(2, 11)).containsExactly("4", "2.8", "3.0", "", "1.0", "100.0", "100.0", "2.9", "");
        List<String> failure = rows.get(7).cells();
        assertThat(failure.get(0)).isEmpty();
        assertThat(failure.get(1)).endsWith("unlabelled.txt");
        assertThat(failure.get(10)).startsWith("line 4: speaker label: line has no speaker label");
        assertThat(rows).allSatisfy(r -> assertThat(r.cells()).hasSize(11));
    }

    @Test
    void gradebookCellsCannotRunAsSpreadsheetFormulas() throws Exception {
        Transcript t = new Transcript("=HYPERLINK(\"http://x\")", "a.csv", List.of(new Turn(0, Speaker.TRAINEE, "Hi.")));
        StringWriter out = new StringWriter();
        Gradebook.write(new TranscriptGrader(new CueWordRubricEngine())
                .grade(new TranscriptBatch(List.of(t), List.of()), GradingProgress.NONE), out);
        assertThat(Csv.parse(out.toString()).get(1).cells().get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void htmlPagesEscapeEverythingTheyQuote(@TempDir Path dir) throws IOException {
        List<Path> written = HtmlReport.write(hostile(), dir, WHEN);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("index.html", "001-img-src-x-onerror-alert-1.html");
        for (Path page : written) {
            String html = Files.readString(page);
            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<iframe").doesNotContain("<b>and</b>");
            assertThat(html).contains("Content-Security-Policy");
        }
        String transcript = Files.readString(written.get(1));
        assertThat(transcript).contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; my ex&#39;s lawyer &amp; I aren&#39;t talking");
        assertThat(transcript).contains("It sounds like &quot;talking&quot; feels risky &amp; you&#39;re feeling &#39;stuck&#39; &lt;b&gt;and&lt;/b&gt; tired");
        assertThat(transcript).contains("<h1>Transcript &lt;img src=x onerror=alert(1)&gt;</h1>");
        String index = Files.readString(written.get(0));
        assertThat(index).contains("&lt;script&gt;x&lt;/<wbr>script&gt;.<wbr>json").contains("unknown speaker &#39;&lt;iframe&gt;&#39;");
        assertThat(index).contains("cohort/<wbr>&quot;evil&quot;.<wbr>json");
    }

    @Test
    void aLongIdIsShortenedInTheIndexWithTheWholeIdAsItsTitleAndLongWordsWrap(@TempDir Path dir) throws IOException {
        String id = "maya-" + "x".repeat(5_000);
        GradeReport one = fixtures();
        GradedTranscript first = one.transcripts().get(0);
        GradeReport report = new GradeReport(one.rubric(), List.of(new GradedTranscript(id, first.source(), first.turns(),
                first.summary())), one.errors());

        HtmlReport.write(report, dir, WHEN);
        String index = Files.readString(dir.resolve("index.html"));

        assertThat(index).contains("title=\"" + id + "\">" + id.substring(0, HtmlReport.SHOWN_ID_CHARS) + "…</a>")
                .doesNotContain(">" + id + "<").contains("overflow-wrap:anywhere");
    }

    @Test
    void printedPagesNameTheTranscriptAndTraineeAndPathsWrapOnlyAtSeparators(@TempDir Path dir) throws IOException {
        HtmlReport.write(fixtures(), dir, WHEN);
        String index = Files.readString(dir.resolve("index.html"));
        String maya = Files.readString(dir.resolve("006-maya-session-1.html"));

        // the index and each page say whose transcript it is
        assertThat(index).contains("<th>Trainee</th>").contains("<td>maya</td>");
        assertThat(maya).contains("Trainee <b>maya</b>");
        // the conversation's table head repeats on every printed page
        assertThat(maya).contains("<table class=\"conversation\"><thead><tr><th>Transcript maya-session-1 &middot; trainee maya</th>");
        // a source path breaks after a separator, never inside a word
        assertThat(index).doesNotContain("break-all").contains("overflow-wrap:break-word");
        assertThat(HtmlReport.source("cohort/week-2/maya_session.json"))
                .isEqualTo("cohort/<wbr>week-<wbr>2/<wbr>maya_<wbr>session.<wbr>json");
        // print: compact type and charts, and the summary may flow onto the next page instead of leaving it blank
        String print = maya.substring(maya.indexOf("@media print"));
        assertThat(print).contains("svg.chart{width:88mm").doesNotContain("section.summary");
    }

    @Test
    void htmlReportHasAnIndexChartsMitiThresholdsAndPrintStyles(@TempDir Path dir) throws IOException {
        List<Path> written = HtmlReport.write(fixtures(), dir, WHEN);

        assertThat(written).hasSize(7);
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("<a href=\"006-maya-session-1.html\">maya-session-1</a>");
        assertThat(index).contains("Inputs that could not be graded").contains("line has no speaker label");
        assertThat(index).contains("<svg").contains("@media print");
        String maya = Files.readString(dir.resolve("006-maya-session-1.html"));
        // criterion means as bars, per-reply bars for each criterion, MITI gauges with threshold marks
        assertThat(maya).contains("aria-label=\"Mean score per criterion (1 to 5)\"");
        assertThat(count(maya, "class=\"reply-chart\"")).isEqualTo(3);
        assertThat(count(maya, "class=\"threshold\"")).isEqualTo(6);
        assertThat(maya).contains("<span class=\"band fair\">fair</span>").contains("40 % / 50 %");
        assertThat(maya).contains("<title>reply 1: 5</title>");
        assertThat(maya).contains("roadblocks: advising").contains("break-inside:avoid").contains("generated 2026-11-27 18:00 UTC");
        assertThat(count(maya, "<div class=\"turn trainee\">")).isEqualTo(4);
        assertThat(count(maya, "<div class=\"turn client\">")).isEqualTo(3);
    }

    /** The cue-word engine, reading "I guess" as withdrawal and "waste of time" as confrontation. */
    private static GradeReport withRuptures(List<Turn> turns) {
        RubricEngine engine = new CueWordRubricEngine() {
            @Override
            public List<RuptureKind> rupturesIn(List<org.rapport.rubric.ClientLine> lines) {
                return lines.stream().map(org.rapport.rubric.ClientLine::text).map(l -> l.contains("I guess") ? RuptureKind.WITHDRAWAL
                        : l.contains("waste of time") ? RuptureKind.CONFRONTATION : null).toList();
            }
        };
        TranscriptBatch batch = new TranscriptBatch(List.of(new Transcript("lena-week-3", "cohort/lena.txt", turns)), List.of());
        return new TranscriptGrader(engine).grade(batch, GradingProgress.NONE);
    }

    @Test
    void theConversationMarksEachRuptureOnItsClientLineAndTheReplyThatRepairedIt(@TempDir Path dir) throws IOException {
        GradeReport report = withRuptures(List.of(
                new Turn(0, Speaker.CLIENT, "I guess I'm here because my sister made me."),
                new Turn(1, Speaker.TRAINEE, "You should try to see it as a fresh start."),
                new Turn(2, Speaker.CLIENT, "Honestly this feels like a waste of time."),
                new Turn(3, Speaker.TRAINEE, "It sounds like I rushed ahead and you felt pushed."),
                new Turn(4, Speaker.CLIENT, "Yeah. It's been a long month at work."),
                new Turn(5, Speaker.TRAINEE, "You should take a holiday."),
                new Turn(6, Speaker.CLIENT, "I guess."),
                new Turn(7, Speaker.TRAINEE, "Just try to rest more."),
                new Turn(8, Speaker.CLIENT, "Mm."),
                new Turn(9, Speaker.TRAINEE, "You should sleep early.")));
        HtmlReport.write(report, dir, WHEN);
        String page = Files.readString(dir.resolve("001-lena-week-3.html"));

        assertThat(page).contains("<span class=\"badge rupture\">rupture: withdrawal &middot; the opening line, not a reaction to the trainee</span>");
        assertThat(page).contains("<span class=\"badge rupture\">rupture: confrontation &middot; repaired at turn 3</span>");
        assertThat(page).contains("<span class=\"badge repair\">repairs the confrontation rupture of turn 2</span>");
        assertThat(page).contains("<span class=\"badge rupture\">rupture: withdrawal &middot; <b>not repaired</b> within 2 replies</span>");
        assertThat(count(page, "class=\"badge rupture\"")).isEqualTo(3);
        assertThat(count(page, "class=\"badge repair\"")).isEqualTo(1);
        assertThat(page).contains("Ruptures in the client's lines: <b>2</b>, 1 repaired within 2 replies (turn 2 repaired at 3; 6 not repaired).");
    }

    @Test
    void aTranscriptWithoutRupturesShowsNoRuptureMarks(@TempDir Path dir) throws IOException {
        HtmlReport.write(withRuptures(List.of(new Turn(0, Speaker.CLIENT, "Work has been heavy lately."),
                new Turn(1, Speaker.TRAINEE, "It sounds like work is wearing you down."))), dir, WHEN);
        String page = Files.readString(dir.resolve("001-lena-week-3.html"));
        assertThat(page).doesNotContain("class=\"badge rupture\"").doesNotContain("class=\"badge repair\"")
                .doesNotContain("Ruptures in the client's lines");
    }

    @Test
    void pageNamesComeFromASlugOfTheIdNeverFromAPath() {
        assertThat(HtmlReport.pageName(3, "../../etc/passwd")).isEqualTo("003-etc-passwd.html");
        assertThat(HtmlReport.pageName(12, "???")).isEqualTo("012-transcript.html");
        assertThat(HtmlReport.pageName(1, "Grief 01 / Week 2")).isEqualTo("001-grief-01-week-2.html");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
