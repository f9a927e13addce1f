package no.samvirke.notification.internal;

import static no.samvirke.identity.Agency.MUNICIPALITY;
import static no.samvirke.identity.Agency.POLICE;
import static no.samvirke.identity.Agency.PST;
import static org.assertj.core.api.Assertions.assertThat;

import no.samvirke.notification.process.TravelNotificationProcess.Step;
import org.junit.jupiter.api.Test;

/** Who is told after whom, and when the harm assessment stands in the way of the municipality. */
class RouteTest {

    @Test
    void pstTellsThePoliceAndThenTheMunicipalityOnlyWhenCleared() {
        assertThat(Route.next(PST, 0)).contains(POLICE);
        assertThat(Route.afterReceipt(PST, POLICE, 1, HarmAssessment.CLEARED)).isEqualTo(Step.HANDOFF);
        assertThat(Route.afterReceipt(PST, POLICE, 1, HarmAssessment.PENDING)).isEqualTo(Step.HARM_ASSESSMENT);
        assertThat(Route.next(PST, 1)).contains(MUNICIPALITY);
        assertThat(Route.afterReceipt(PST, MUNICIPALITY, 2, HarmAssessment.CLEARED)).isEqualTo(Step.REACHED_MUNICIPALITY);
    }

    @Test
    void thePoliceTellPstFirst() {
        assertThat(Route.of(POLICE)).containsExactly(PST, MUNICIPALITY);
        assertThat(Route.afterReceipt(POLICE, PST, 1, HarmAssessment.PENDING)).isEqualTo(Step.HARM_ASSESSMENT);
    }

    @Test
    void theMunicipalityThatLearnedFirstTellsThePoliceThenPstAndIsDone() {
        assertThat(Route.of(MUNICIPALITY)).containsExactly(POLICE, PST);
        assertThat(Route.afterReceipt(MUNICIPALITY, POLICE, 1, HarmAssessment.CLEARED)).isEqualTo(Step.HANDOFF);
        assertThat(Route.afterReceipt(MUNICIPALITY, PST, 2, HarmAssessment.CLEARED)).isEqualTo(Step.DONE);
        assertThat(Route.next(MUNICIPALITY, 2)).isEmpty();
    }
}
