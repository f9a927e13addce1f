package no.samvirke.anonymisation;

/**
 * One thing found in a text that may identify a person: its kind and where it is
 * ({@code start} inclusive, {@code end} exclusive). Shown only to the text's own writer, so that
 * they can see what to rewrite; never logged or audited.
 */
public record TextFinding(IdentifyingKind kind, int start, int end) {

    public boolean hard() {
        return kind.hard();
    }
}
