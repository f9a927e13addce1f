package no.samvirke.sharing;

/** What a piece of case information is. Police and PST information may only come from them. */
public enum InformationKind {
    OBSERVATION, NOTE, POLICE_INFORMATION, PST_INFORMATION
}
