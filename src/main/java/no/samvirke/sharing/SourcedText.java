package no.samvirke.sharing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.samvirke.identity.ServiceUnit;

/**
 * One piece of free text in a case with its provenance: the service of the user who wrote it.
 * A piece may have several parts written together (reasons and measures of one decision); they
 * share the id and the level. Parts may be null (nothing written).
 */
public record SourcedText(String id, ServiceUnit sourceService, List<String> parts) {

    public SourcedText {
        Objects.requireNonNull(id, "id");
        parts = Collections.unmodifiableList(Arrays.asList(parts.toArray(String[]::new)));
    }

    public SourcedText(String id, ServiceUnit sourceService, String... parts) {
        this(id, sourceService, Arrays.asList(parts));
    }
}
