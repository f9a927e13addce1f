package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.disclosure.internal.CaseParticipants;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.Concerns;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.InformationItem;
import no.samvirke.sharing.NewInformation;
import org.springframework.stereotype.Service;

@Service
class DefaultCaseInformation implements CaseInformation {

    private final ListInformation list;
    private final AddInformation add;
    private final Concerns concerns;
    private final CaseParticipants participants;

    DefaultCaseInformation(ListInformation list, AddInformation add, Concerns concerns, CaseParticipants participants) {
        this.list = list;
        this.add = add;
        this.concerns = concerns;
        this.participants = participants;
    }

    @Override
    public Optional<List<InformationItem>> list(CaseId caseId, CurrentUser viewer, String purpose) {
        return list.handle(caseId.value(), viewer, purpose);
    }

    @Override
    public UUID add(CaseId caseId, NewInformation input, CurrentUser author) {
        return add.handle(caseId.value(), input, author);
    }

    @Override
    public boolean participates(CaseId caseId, CurrentUser user) {
        return concerns.summary(caseId.value()).filter(s -> participants.participates(user, s)).isPresent();
    }
}
