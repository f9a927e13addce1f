package no.samvirke.clarification.internal;

/** The roles of those present at a talk (roles only, never names). */
public enum ParticipantRole {
    SUBJECT, GUARDIAN, POLICE_PREVENTION, PST, MUNICIPALITY, OTHER_SERVICE, INTERPRETER
}
