package no.samvirke.followup;

/**
 * The services a returnee plan may give a part (DOMAIN.md routine 5). Each gets its own task, to
 * the police district for {@link #POLICE}, otherwise to the service's follow-up group of the
 * municipality (with the SLT coordinator, who records the part of partners without a user).
 */
public enum ParticipatingService {
    HEALTH_AND_SOCIAL, SCHOOL, CHILD_AND_YOUTH, CHIEF_MEDICAL_OFFICER, EMERGENCY_GROUP, POLICE, RVTS, RBUP,
    CORRECTIONAL_SERVICE, NAV
}
