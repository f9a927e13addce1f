package no.samvirke.audit;

/**
 * The result of checking the audit chain: intact when every entry's hash matches its content
 * and links to the previous entry. {@code firstBrokenEntryId} is null when intact.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId) {
}
