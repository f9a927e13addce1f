package no.samvirke.followup.tasks;

import java.util.Arrays;
import java.util.List;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.inbox.TaskFormInput;

/** The participating services ticked on a form ({@code services}): at least one, known names only. */
final class ChosenServices {

    static final String FIELD = "services";

    private ChosenServices() {
    }

    static List<ParticipatingService> read(TaskFormInput input) {
        List<String> names = input.list(FIELD);
        input.require(!names.isEmpty(), FIELD, "followup.error.serviceRequired");
        boolean known = names.stream().allMatch(n -> Arrays.stream(ParticipatingService.values())
                .anyMatch(s -> s.name().equals(n)));
        input.require(known, FIELD, "followup.error.invalidChoice");
        return known ? names.stream().map(ParticipatingService::valueOf).toList() : List.of();
    }
}
