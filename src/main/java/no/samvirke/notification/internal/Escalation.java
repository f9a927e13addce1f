package no.samvirke.notification.internal;

/** How far an unacknowledged handoff has escalated. */
public enum Escalation {
    NONE, DEPUTY, LEADER
}
