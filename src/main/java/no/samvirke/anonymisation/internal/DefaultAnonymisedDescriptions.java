package no.samvirke.anonymisation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.anonymisation.AnonymisedDescriptions;
import no.samvirke.audit.AuditAction;
import no.samvirke.anonymisation.TextFinding;
import no.samvirke.anonymisation.IdentifyingTextDetector;
import no.samvirke.platform.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Checks, stores and reads the text for anonymised discussion: the reporter's at registration
 * (through intake's {@link AnonymisedDescriptionIntake}, in the registering transaction) and the
 * SLT coordinator's at screening. Each store is a CHANGE in the audit trail naming who confirmed,
 * the text's length and the soft kinds confirmed — never the text.
 */
@Service
class DefaultAnonymisedDescriptions implements AnonymisedDescriptions, AnonymisedDescriptionIntake {

    /** The purpose of the registration's own CHANGE entry (audit's RegistrationAudit), so both read alike. */
    static final String REGISTRATION_PURPOSE = "intake:register";
    static final String LEGAL_BASIS = "fvl. § 13 a nr. 2 (tekst skrevet for anonymisert drøfting, bekreftet av en person)";
    private static final String UPSERT_DELETE = "delete from anonymised_description where case_id = ?";
    private static final String INSERT = "insert into anonymised_description (case_id, text, written_by_role,"
            + " confirmed_by, confirmed_at, confirmed_kinds) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ConcernRecords records;
    private final AuditAppender audit;
    private final Clock clock;

    DefaultAnonymisedDescriptions(JdbcTemplate jdbc, ConcernRecords records, AuditAppender audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextFinding> findings(CaseId caseId, String text) {
        return IdentifyingTextDetector.INSTANCE.find(text, subject(caseId.value()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(CaseId caseId, String text, boolean confirmed, CurrentUser by, String purpose) {
        List<TextFinding> findings = findings(caseId, text);
        AnonymisedTextCheck.require(text, confirmed, findings);
        store(caseId.value(), text.strip(), "SCREENING", by, findings, purpose);
    }

    @Override
    public List<Finding> findings(String text, Subject subject) {
        return IdentifyingTextDetector.INSTANCE.find(text, detectorSubject(subject)).stream()
                .map(f -> new Finding(f.start(), f.end(), AnonymisedTextCheck.FINDING_PREFIX + f.kind(), f.hard()))
                .toList();
    }

    @Override
    public void check(String text, boolean confirmed, Subject subject) {
        AnonymisedTextCheck.require(text, confirmed, IdentifyingTextDetector.INSTANCE.find(text, detectorSubject(subject)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(UUID concernId, String text, CurrentUser reporter, Subject subject) {
        List<TextFinding> findings = IdentifyingTextDetector.INSTANCE.find(text, detectorSubject(subject));
        AnonymisedTextCheck.require(text, true, findings);
        store(concernId, text.strip(), "REPORTER", reporter, findings, REGISTRATION_PURPOSE);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasText(UUID concernId) {
        return confirmedText(CaseId.of(concernId)).isPresent();
    }

    /** Read inside the viewer's gate by sharing's case views. */
    @Override
    public Optional<String> confirmedText(CaseId caseId) {
        return jdbc.queryForList("select text from anonymised_description where case_id = ?", String.class, caseId.value())
                .stream().findFirst();
    }

    private void store(UUID caseId, String text, String role, CurrentUser by, List<TextFinding> findings,
                       String purpose) {
        String before = jdbc.queryForList("select written_by_role || ';confirmedBy=' || confirmed_by"
                + " from anonymised_description where case_id = ?", String.class, caseId).stream().findFirst()
                .map(b -> "role=" + b).orElse("none");
        jdbc.update(UPSERT_DELETE, caseId);
        String kinds = AnonymisedTextCheck.kindList(findings);
        jdbc.update(INSERT, caseId, text, role, by.username(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), kinds);
        audit.appendInCurrentTransaction(new AuditRecord(by.username(), by.agency().name(), caseId, AuditAction.CHANGE,
                AnonymisedDescriptions.FIELD, LEGAL_BASIS, purpose, before, "role=" + role + ";confirmedBy=" + by.username() + ";length="
                        + text.length() + ";confirmedFindings=" + (kinds.isEmpty() ? "none" : kinds)));
    }

    private IdentifyingTextDetector.Subject subject(UUID caseId) {
        return records.find(caseId).map(IdentifyingTextDetector.Subject::of).orElse(IdentifyingTextDetector.Subject.NONE);
    }

    private static IdentifyingTextDetector.Subject detectorSubject(Subject s) {
        return s == null ? IdentifyingTextDetector.Subject.NONE
                : new IdentifyingTextDetector.Subject(s.name(), s.birthDate(), s.nationalId());
    }
}
