package no.samvirke.sharing.information.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationKind;
import no.samvirke.sharing.NewInformation;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** A stored piece of case information with its provenance and grading. Never changed. */
@Entity
@Immutable
@Table(name = "case_information")
public class InformationEntry implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private InformationKind kind;
    private String text;
    @Enumerated(EnumType.STRING)
    private Agency sourceAgency;
    @Enumerated(EnumType.STRING)
    private ServiceUnit sourceService;
    private String authorUsername;
    @Enumerated(EnumType.STRING)
    private Grading grading;
    private Instant createdAt;
    @Transient
    private boolean fresh;

    protected InformationEntry() {
    }

    public InformationEntry(UUID caseId, NewInformation input, CurrentUser author, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = input.kind();
        this.text = input.text().strip();
        this.sourceAgency = author.agency();
        this.sourceService = author.service();
        this.authorUsername = author.username();
        this.grading = input.grading();
        this.createdAt = now;
        this.fresh = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    UUID caseId() { return caseId; }
    public InformationKind kind() { return kind; }
    public String text() { return text; }
    public Agency sourceAgency() { return sourceAgency; }
    public ServiceUnit sourceService() { return sourceService; }
    public String authorUsername() { return authorUsername; }
    public Grading grading() { return grading; }
    public Instant createdAt() { return createdAt; }
}
