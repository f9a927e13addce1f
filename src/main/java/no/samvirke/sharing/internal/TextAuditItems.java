package no.samvirke.sharing.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.DisclosureLevel;

/**
 * The {@code items} and {@code legalBasis} of the READ entry for disclosed case texts: each id
 * with its level ("entry:…=ANONYMISED;entry:…=FULL") when that fits the column, otherwise the
 * number of texts per level ("texts=7;2=FULL;5=ANONYMISED"). Either way "=FULL" appears exactly
 * when a text was disclosed in full, as the disclosure log expects. Ids and levels only.
 */
final class TextAuditItems {

    static final int ITEMS_MAX = 200;
    static final int LEGAL_BASIS_MAX = 1000;

    private TextAuditItems() {
    }

    static String items(List<DisclosedText> texts) {
        String each = texts.stream().map(t -> t.id() + "=" + t.access().level()).collect(Collectors.joining(";"));
        if (each.length() <= ITEMS_MAX) {
            return each;
        }
        Map<DisclosureLevel, Long> counts = new TreeMap<>(texts.stream()
                .collect(Collectors.groupingBy(t -> t.access().level(), Collectors.counting())));
        return "texts=" + texts.size() + ";" + counts.entrySet().stream()
                .map(e -> e.getValue() + "=" + e.getKey()).collect(Collectors.joining(";"));
    }

    /** The distinct legal bases, in order of first use. */
    static String legalBasis(List<DisclosedText> texts) {
        String bases = texts.stream().map(t -> t.access().legalBasis()).distinct().collect(Collectors.joining("; "));
        return bases.length() <= LEGAL_BASIS_MAX ? bases : bases.substring(0, LEGAL_BASIS_MAX - 1) + "…";
    }
}
