package no.samvirke.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * What is to be appended; the appender adds time and remote address, the chainer id and hashes. Checked
 * here against the column sizes of audit_entry, so that the database never rejects a row (its
 * error message would quote the row's values in the log). Messages name fields, never values.
 */
public record AuditRecord(String username, String agency, UUID caseId, AuditAction action, String items,
                   String legalBasis, String purpose, String beforeValue, String afterValue) {

    public static final int PURPOSE_MAX = 200;
    public static final int ITEMS_MAX = 100_000;

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        if (caseId == null && action.aboutCase()) {
            throw new IllegalArgumentException("caseId is required for " + action);
        }
        require("username", username, 50, false);
        require("agency", agency, 20, false);
        require("items", items, ITEMS_MAX, false); // widened in V6 and V21
        require("legalBasis", legalBasis, 1000, false);
        require("purpose", purpose, PURPOSE_MAX, false);
        require("beforeValue", beforeValue, 4000, true);
        require("afterValue", afterValue, 4000, true);
    }

    private static void require(String field, String value, int max, boolean nullable) {
        if (value == null ? !nullable : value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " must be 1.." + max + " characters");
        }
    }

    public static AuditRecord read(String username, String agency, UUID caseId, String items, String legalBasis,
                            String purpose) {
        return new AuditRecord(username, agency, caseId, AuditAction.READ, items, legalBasis, purpose, null, null);
    }
}
