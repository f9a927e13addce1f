package no.samvirke.sharing;

/** How the kjernegruppe discusses a case: with the subject's identity, or anonymised. */
public enum DiscussionMode {
    NAMED, ANONYMISED
}
