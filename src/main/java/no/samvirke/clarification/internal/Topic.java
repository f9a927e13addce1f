package no.samvirke.clarification.internal;

/** What a talk covered, as in PST's template for clarification talks. */
public enum Topic {
    SITUATION_AND_WELLBEING, SCHOOL_WORK_AND_LEISURE, FAMILY_AND_NETWORK, ONLINE_ACTIVITY, VIEWS_AND_ATTITUDES, VIOLENCE_AND_THREATS, TRAVEL, HELP_AND_SUPPORT
}
