package no.samvirke.sharing.information.internal;

import no.samvirke.sharing.internal.Redaction;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;

/**
 * The text of an item for one viewer: as written only when both the item and the subject are
 * FULL; otherwise scrubbed of the subject's name, national id and birth date. Reads the
 * concern's record at most once, and only when something must be scrubbed.
 */
public final class InformationText {

    private final ConcernRecords records;
    private final UUID caseId;
    private final boolean subjectFull;
    private Optional<ConcernRecord> record;

    public InformationText(ConcernRecords records, UUID caseId, boolean subjectFull) {
        this.records = records;
        this.caseId = caseId;
        this.subjectFull = subjectFull;
    }

    public String of(String text, Access access) {
        if (subjectFull && access.level() == DisclosureLevel.FULL) {
            return text;
        }
        if (record == null) {
            record = records.find(caseId);
        }
        // No record to scrub against: nothing identifying can be matched, so show nothing.
        return record.map(r -> Redaction.scrub(text, r)).orElse(Redaction.MARK);
    }
}
