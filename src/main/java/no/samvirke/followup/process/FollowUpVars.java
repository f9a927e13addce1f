package no.samvirke.followup.process;

/** Variables both follow-up processes hold: ids, groups, deadlines and routing flags, never personal data. */
public final class FollowUpVars {

    public static final String CASE_ID = "caseId";
    public static final String MUNICIPALITY_CODE = "municipalityCode";
    public static final String NOTIFICATION_ID = "notificationId";
    public static final String SLT_GROUP = "sltGroup";
    /** The SLT coordinator and the municipal kjernegruppe members (comma-separated). */
    public static final String FOLLOW_UP_GROUPS = "followUpGroups";
    /** Date: when the next periodic review is due. */
    public static final String NEXT_REVIEW_DUE = "nextReviewDue";
    /** Routing flag from a periodic review. */
    public static final String CLOSE_FOLLOW_UP = "closeFollowUp";

    private FollowUpVars() {
    }
}
