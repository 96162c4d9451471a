package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.Structure;

/** Whether the part of who the client is is the subject of the difficulty or an aside, as the cultural-opportunity head reads it. */
class CulturalLineTest {

    static final Structure LINE = CulturalLine.structure();

    static double feature(String line, String name) {
        return LINE.of(JudgedText.clientLine(line.strip()))[LINE.names().indexOf(name)];
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the part said, then a turn to the real matter, or waved off
            "I'm Black and born here, but that's not why I'm here. It's my knee.         | marker_aside",
            "I wear hearing aids, no bother. The bother is the neighbours' dog.           | marker_aside",
            // the marker word is the client's work
            "I teach French at a primary school and the reports never stop.              | job",
            "I'm a sign language tutor at the college and my classes have doubled.       | job",
            // the part and the stake in one clause
            "Since I came out my church friends stopped calling and I feel so alone.     | marker_and_stake_in_one_clause",
            // an identity met in how others read the client, naming no identity word
            "At the clinic they asked if Dave was my brother. Thirty years together.      | others_view",
            "Strangers tell me I'm brave for getting on the bus. I'm just going to work. | marker_disability"})
    void readsWhetherThePartIsTheDifficultyOrAnAside(String line, String name) {
        assertThat(feature(line, name.strip())).as(name).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I'm Muslim and since the new manager started I feel watched at every prayer break.",
            "My visa depends on this job, so I can't complain about my manager."})
    void anOpportunityToldAsTheDifficultyIsNoAside(String line) {
        assertThat(feature(line, "marker_aside")).isZero();
    }
}
