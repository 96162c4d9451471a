package org.rapport.session;

import java.util.List;
import org.rapport.scenario.Scenario;

/** Says which of a scenario's learning objectives a session met, judged on the session's outcome. */
@FunctionalInterface
public interface ObjectiveCheck {

    List<ObjectiveResult> check(Scenario scenario, SessionOutcome outcome);
}
