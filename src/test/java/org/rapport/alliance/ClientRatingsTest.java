package org.rapport.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientState;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ConversationalStyle;

/** The client's ratings as a specification: the flag, ruptures and repair, dropout risk, the comment. */
class ClientRatingsTest {

    static final ClientState START = new ClientState(3, 6, 1);

    static TurnScore score(Subtype code, int empathy, int listening, Set<Roadblock> roadblocks) {
        Map<String, Integer> s = new HashMap<>();
        s.put(TurnScore.EMPATHY, empathy);
        s.put(TurnScore.ACTIVE_LISTENING, listening);
        s.put(TurnScore.BOUNDARY_SETTING, null);
        return new TurnScore(BehaviorCode.of(code), new EmpathyMechanisms(0, empathy >= 4 ? 2 : 0, 0), s, List.of(), List.of(), roadblocks, null);
    }

    static final TurnScore REFLECTION = score(Subtype.COMPLEX, 5, 5, Set.of());
    static final TurnScore TIPS = score(Subtype.ADVICE, 2, 2, Set.of(Roadblock.ADVISING));

    /** A session: each reply with the client's state and rupture after it. */
    static List<SessionMoment> session(Object... steps) {
        List<SessionMoment> out = new ArrayList<>();
        out.add(SessionMoment.client(0, "I don't know why I'm here.", START, null));
        for (int i = 0; i < steps.length; i += 3) {
            out.add(SessionMoment.reply(out.size(), "reply", (TurnScore) steps[i]));
            out.add(SessionMoment.client(out.size(), "line", (ClientState) steps[i + 1], (RuptureKind) steps[i + 2]));
        }
        return out;
    }

    @Test
    void aSessionRatingIsFlaggedAtATotalOf36OrAnItemBelow9() {
        assertThat(SessionRating.of(9, 9, 9, 9, "").flagged()).as("total 36").isTrue();
        assertThat(SessionRating.of(9.5, 9.5, 9.5, 9.5, "").flagged()).as("total 38").isFalse();
        assertThat(SessionRating.of(10, 10, 10, 8.9, "").flagged()).as("an item below 9").isTrue();
        assertThat(SessionRating.of(12, -1, 5, 5, "").relationship()).isEqualTo(10);
    }

    @Test
    void distressThatRisesAsTrustGrowsDoesNotLowerTheOverallMark() {
        AllianceReport opened = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                REFLECTION, new ClientState(6, 7, 4), null, REFLECTION, new ClientState(9, 8, 8), null));
        AllianceReport steady = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                REFLECTION, new ClientState(6, 6, 4), null, REFLECTION, new ClientState(9, 6, 8), null));
        AllianceReport worse = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                TIPS, new ClientState(3, 7, 1), null, TIPS, new ClientState(2, 8, 1), null));
        AllianceReport worseSteady = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                TIPS, new ClientState(3, 6, 1), null, TIPS, new ClientState(2, 6, 1), null));

        assertThat(opened.rating().overall()).isEqualTo(steady.rating().overall());
        assertThat(worse.rating().overall()).as("distress up, trust down").isLessThan(worseSteady.rating().overall());
    }

    @Test
    void listeningBeforeTipsIsRatedHigherThanTipsBeforeListening() {
        AllianceReport warm = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                REFLECTION, new ClientState(5, 6, 3), null, REFLECTION, new ClientState(7, 5, 5), null,
                REFLECTION, new ClientState(9, 5, 7), null, REFLECTION, new ClientState(10, 4, 9), null));
        AllianceReport rushed = ClientRatings.rate(START, ConversationalStyle.PLAIN, session(
                TIPS, new ClientState(2, 6, 1), null, TIPS, new ClientState(1, 6, 1), null,
                REFLECTION, new ClientState(2, 6, 2), null, TIPS, new ClientState(1, 6, 2), null));

        assertThat(warm.rating().total()).isGreaterThan(36);
        assertThat(warm.rating().flagged()).isFalse();
        assertThat(warm.dropoutRisk()).isFalse();
        assertThat(rushed.rating().total()).isLessThanOrEqualTo(30);
        assertThat(rushed.rating().flagged()).isTrue();
        assertThat(rushed.dropoutRisk()).isTrue();
        assertThat(rushed.rating().comment()).contains("rushed").contains("tips");
    }

    @Test
    void aRuptureRepairedByTheNextReplyIsCreditedAndOneLeftAloneIsADropoutRisk() {
        List<SessionMoment> repaired = session(TIPS, new ClientState(2, 6, 1), RuptureKind.WITHDRAWAL,
                REFLECTION, new ClientState(3, 6, 2), null, REFLECTION, new ClientState(4, 6, 3), null);
        List<SessionMoment> ignored = session(TIPS, new ClientState(2, 6, 1), RuptureKind.WITHDRAWAL,
                TIPS, new ClientState(1, 6, 1), null, TIPS, new ClientState(0, 7, 1), null);

        AllianceReport mended = ClientRatings.rate(START, ConversationalStyle.PLAIN, repaired);
        AllianceReport left = ClientRatings.rate(START, ConversationalStyle.PLAIN, ignored);

        assertThat(mended.ruptures()).singleElement().satisfies(r -> {
            assertThat(r.turn()).isEqualTo(2);
            assertThat(r.kind()).isEqualTo(RuptureKind.WITHDRAWAL);
            assertThat(r.repairedAt()).isEqualTo(3);
            assertThat(r.before().trust()).isEqualTo(3);
            assertThat(r.after().trust()).isEqualTo(3);
        });
        assertThat(left.ruptures()).singleElement().satisfies(r -> assertThat(r.repaired()).isFalse());
        assertThat(left.dropoutRisk()).isTrue();
        assertThat(left.dropoutReasons()).anyMatch(reason -> reason.contains("unrepaired"));
        assertThat(left.rating().comment()).contains("pulled back");
        assertThat(mended.rating().relationship()).isGreaterThan(left.rating().relationship());
    }

    @Test
    void theOpeningLineIsHowTheClientArrivesNotARupture() {
        List<SessionMoment> s = new ArrayList<>(session(REFLECTION, new ClientState(4, 6, 2), null));
        s.set(0, SessionMoment.client(0, "Whatever.", START, RuptureKind.WITHDRAWAL));

        assertThat(ClientRatings.rate(START, ConversationalStyle.PLAIN, s).ruptures()).isEmpty();
    }

    @Test
    void theCheckInFallsAsTheClientArrivesMoreDistressed() {
        OutcomeRating calm = ClientRatings.checkIn(new ClientState(5, 2, 0));
        OutcomeRating distressed = ClientRatings.checkIn(new ClientState(3, 8, 0));

        assertThat(calm.total()).isGreaterThan(distressed.total());
        assertThat(distressed.belowCutoff()).isTrue();
        assertThat(calm.belowCutoff()).isFalse();
        assertThat(distressed.individually()).isLessThan(distressed.socially());
    }
}
