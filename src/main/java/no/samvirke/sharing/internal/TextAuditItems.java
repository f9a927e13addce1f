package no.samvirke.sharing.internal;

import java.util.stream.Collectors;
import java.util.List;
import no.samvirke.sharing.DisclosedText;

/**
 * The {@code items} and {@code legalBasis} of the READ entry for disclosed case texts: each id
 * with its level ("entry:…=ANONYMISED;entry:…=FULL"), every one of them (the column holds
 * {@value no.samvirke.audit.AuditRecord#ITEMS_MAX} characters since V21, some 2,000 texts; a read of more is split
 * into several entries by the caller's {@link #chunks}). "=FULL" appears exactly when a text was
 * disclosed in full, as the disclosure log expects. Ids and levels only.
 */
final class TextAuditItems {

    static final int LEGAL_BASIS_MAX = 1000;
    static final int PER_ENTRY = 1000;

    private TextAuditItems() {
    }

    static String items(List<DisclosedText> texts) {
        return texts.stream().map(t -> t.id() + "=" + t.access().level()).collect(Collectors.joining(";"));
    }

    /** The texts in groups that each fit one entry's items (1,000 ids of at most ~60 characters). */
    static List<List<DisclosedText>> chunks(List<DisclosedText> texts) {
        List<List<DisclosedText>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i += PER_ENTRY) {
            chunks.add(texts.subList(i, Math.min(texts.size(), i + PER_ENTRY)));
        }
        return chunks;
    }

    /** The distinct legal bases, in order of first use. */
    static String legalBasis(List<DisclosedText> texts) {
        String bases = texts.stream().map(t -> t.access().legalBasis()).distinct().collect(Collectors.joining("; "));
        return bases.length() <= LEGAL_BASIS_MAX ? bases : bases.substring(0, LEGAL_BASIS_MAX - 1) + "…";
    }
}
