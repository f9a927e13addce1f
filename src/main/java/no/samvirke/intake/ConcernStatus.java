package no.samvirke.intake;

/** The status the reporter sees. Nothing more of the kjernegruppe's work reaches the reporter. */
public enum ConcernStatus {
    RECEIVED, UNDER_ASSESSMENT, CLOSED
}
