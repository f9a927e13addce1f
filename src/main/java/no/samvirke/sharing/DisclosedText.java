package no.samvirke.sharing;

import java.util.List;

/**
 * A {@link SourcedText} as one viewer may read it: the parts as written or scrubbed of the
 * subject's identity, in the same order; every part null when the level is NONE.
 */
public record DisclosedText(String id, List<String> parts, Access access) {

    /** The first (often the only) part; null when not written or not disclosed. */
    public String text() {
        return parts.isEmpty() ? null : parts.get(0);
    }

    public String part(int index) {
        return parts.get(index);
    }
}
