package no.samvirke.notification.internal;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.Agency;
import no.samvirke.notification.process.TravelNotificationProcess.Step;

/**
 * Who is told in which order (DOMAIN.md, routine 3): PST → police prevention contact →
 * municipality; the police → PST → municipality; the municipality (it learned first) → police →
 * PST. The municipality is told only when the harm assessment cleared it.
 */
final class Route {

    private Route() {
    }

    static List<Agency> of(Agency origin) {
        return switch (origin) {
            case PST -> List.of(Agency.POLICE, Agency.MUNICIPALITY);
            case POLICE -> List.of(Agency.PST, Agency.MUNICIPALITY);
            case MUNICIPALITY -> List.of(Agency.POLICE, Agency.PST);
        };
    }

    /** The recipient of the next handoff, after {@code sent} handoffs. */
    static Optional<Agency> next(Agency origin, long sent) {
        List<Agency> route = of(origin);
        return sent < route.size() ? Optional.of(route.get((int) sent)) : Optional.empty();
    }

    /** What follows when the handoff to {@code recipient} (the {@code sent}-th) was acknowledged. */
    static Step afterReceipt(Agency origin, Agency recipient, long sent, HarmAssessment harm) {
        if (recipient == Agency.MUNICIPALITY) {
            return Step.REACHED_MUNICIPALITY;
        }
        return next(origin, sent).map(to -> to == Agency.MUNICIPALITY && harm != HarmAssessment.CLEARED
                ? Step.HARM_ASSESSMENT : Step.HANDOFF).orElse(Step.DONE);
    }
}
