package no.samvirke.clarification.internal;

/** Why the municipality or another service may attend a returnee's talk: consent, or a recorded legal ground. */
public enum AttendanceBasis {
    CONSENT, DANGER_TO_LIFE_OR_HEALTH, DUTY_TO_AVERT, DUTY_TO_INFORM_CHILD_WELFARE
}
