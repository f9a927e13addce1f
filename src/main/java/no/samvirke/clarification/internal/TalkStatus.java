package no.samvirke.clarification.internal;

/** Where a talk stands: being planned, invitation sent, accepted, and the three ways it ends. */
public enum TalkStatus {
    PLANNING, INVITED, ACCEPTED, HELD, DECLINED, NO_ANSWER
}
