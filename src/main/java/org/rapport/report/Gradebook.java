package org.rapport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.rapport.rubric.MitiFigures;
import org.rapport.transcript.Csv;
import org.rapport.transcript.InputError;

/**
 * The grade as a gradebook CSV: one row per transcript with its number of replies, the mean score per
 * criterion, the MITI figures and the overall score; inputs that could not be graded get a row with
 * the error, so nothing goes missing silently.
 */
public final class Gradebook {

    private Gradebook() {
    }

    public static List<String> header(RubricRef rubric) {
        List<String> h = new ArrayList<>(List.of("transcript_id", "source", "replies"));
        h.addAll(rubric.criterionIds());
        h.addAll(List.of("reflection_to_question", "percent_complex_reflections", "percent_open_questions",
                "overall", "error"));
        return h;
    }

    public static void write(GradeReport report, Writer out) throws IOException {
        out.write(Csv.row(header(report.rubric())));
        for (GradedTranscript t : report.transcripts()) {
            List<String> row = new ArrayList<>();
            row.add(Csv.spreadsheetSafe(t.id()));
            row.add(Csv.spreadsheetSafe(t.source()));
            row.add(Integer.toString(t.replyCount()));
            for (String c : report.rubric().criterionIds()) row.add(Decimals.one(t.summary().scores().get(c)));
            MitiFigures m = t.summary().miti();
            row.add(Decimals.one(m.reflectionToQuestion()));
            row.add(Decimals.one(m.percentComplexReflections()));
            row.add(Decimals.one(m.percentOpenQuestions()));
            row.add(Decimals.one(t.summary().overall()));
            row.add("");
            out.write(Csv.row(row));
        }
        int blanks = report.rubric().criterionIds().size() + 5;
        for (InputError e : report.errors()) {
            List<String> row = new ArrayList<>();
            row.add("");
            row.add(Csv.spreadsheetSafe(e.source()));
            for (int k = 0; k < blanks; k++) row.add("");
            row.add(Csv.spreadsheetSafe((e.line() == null ? "" : "line " + e.line() + ": ")
                    + (e.field() == null ? "" : e.field() + ": ") + e.message()));
            out.write(Csv.row(row));
        }
        out.flush();
    }
}
