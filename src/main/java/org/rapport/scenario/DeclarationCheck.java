package org.rapport.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RiskKind;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;

/**
 * What the engine's detectors would read in a scenario's beat lines, against what the beats declare. In
 * scripted play the declarations decide and the detectors are not asked, so a line that reads as a boundary
 * test or a risk and declares none (or another kind) is judged differently from the same words a language
 * model might say: the author is warned, to declare it or reword the line. Warnings do not make a file invalid.
 */
public final class DeclarationCheck {

    /** The reply the lines are scored with; the boundary and risk detectors read the client's line alone. */
    static final String NEUTRAL_REPLY = "Mm.";

    private final RubricEngine engine;

    public DeclarationCheck(RubricEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** What the detectors read in one line: a boundary kind and a risk kind, either null. */
    public record Reading(BoundaryKind boundary, RiskKind risk) {
    }

    /** Every warning for {@code scenario}, read from {@code file}, in file order. */
    public List<ScenarioProblem> warnings(Path file, Scenario scenario) {
        List<BeatLine> lines = scenario.beatLines();
        List<Reading> readings = read(lines.stream().map(BeatLine::text).toList());
        // A say: is read with the next beat's line after it; what that line alone reads is warned about at its own place.
        java.util.Map<String, Reading> ownLine = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).said()) ownLine.put(lines.get(i).beat().id(), readings.get(i));
        List<ScenarioProblem> out = new ArrayList<>(deadBranches(file, scenario));
        for (int i = 0; i < lines.size(); i++) {
            BeatLine line = lines.get(i);
            Reading r = readings.get(i);
            if (line.beat().end()) continue; // nobody replies to an ending beat's line
            Reading already = line.movesOn() ? ownLine.get(line.beat().id()) : null;
            Beat beat = line.beat();
            if (r.boundary() != null && r.boundary() != beat.boundary() && (already == null || already.boundary() != r.boundary())) {
                out.add(new ScenarioProblem(file, line.line(), line.field(), "warning: the detectors read a boundary test ("
                        + r.boundary().id() + ") in this line, " + declares("boundary", beat.id(), beat.boundary() == null ? null : beat.boundary().id())
                        + "; in scripted play the declaration decides, so declare 'boundary: " + r.boundary().id()
                        + "' if the line tests it, or reword it"));
            }
            if (r.risk() != null && r.risk() != beat.risk() && (already == null || already.risk() != r.risk())) {
                out.add(new ScenarioProblem(file, line.line(), line.field(), "warning: the detectors read a risk ("
                        + r.risk().id() + ") in this line, " + declares("risk", beat.id(), beat.risk() == null ? null : beat.risk().id())
                        + "; in scripted play the declaration decides, so declare 'risk: " + r.risk().id()
                        + "' if the line carries it, or reword it"));
            }
        }
        return out;
    }

    /**
     * Branches that test the boundary or risk criterion of a beat that declares no boundary or risk: in
     * scripted play no reply to the beat's line is scored for one, so the branch is never taken.
     */
    static List<ScenarioProblem> deadBranches(Path file, Scenario scenario) {
        List<ScenarioProblem> out = new ArrayList<>();
        for (Beat b : scenario.beats()) {
            for (int i = 0; i < b.branches().size(); i++) {
                for (Condition c : b.branches().get(i).when()) {
                    String declared = c.subject().equals(TurnScore.BOUNDARY_SETTING) && b.boundary() == null ? "boundary"
                            : c.subject().equals(TurnScore.RISK_AND_SAFETY) && b.risk() == null ? "risk" : null;
                    if (declared == null) continue;
                    out.add(new ScenarioProblem(file, c.line(), "beats[" + b.id() + "].branches[" + i + "].when." + c.subject(),
                            "warning: beat " + b.id() + " declares no " + declared + ", so in scripted play no reply to its line is scored for "
                                    + c.subject() + " and this branch is never taken; declare the " + declared
                                    + " its line still tests (" + declared + ": KIND) or drop the condition"));
                }
            }
        }
        return out;
    }

    /** What the detectors read in each line, as they would in a line a language model wrote. */
    public List<Reading> read(List<String> clientLines) {
        List<ReplyContext> contexts = clientLines.stream().map(t -> ReplyContext.of(t, NEUTRAL_REPLY)).toList();
        return engine.scoreAll(contexts).stream().map(s -> new Reading(s.boundary(), s.risk())).toList();
    }

    private static String declares(String field, String beatId, String declared) {
        return "whose beat " + beatId + (declared == null ? " declares no " + field : " declares " + field + ": " + declared);
    }
}
