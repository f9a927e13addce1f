package no.samvirke.followup.process;

import java.util.Date;
import java.util.UUID;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.ProcessVariable;

/**
 * The typed variables both follow-up processes hold (ADR 0027): ids, groups, deadlines and routing
 * flags, never personal data. Their names ({@code CASE_ID.name()}) are what the BPMN files read.
 */
public final class FollowUpVars {

    /** The case id (also the business key), under the one name every process uses. */
    public static final ProcessVariable<CaseId> CASE_ID = ProcessVariable.caseId();
    public static final ProcessVariable<String> MUNICIPALITY_CODE = ProcessVariable.string("municipalityCode");
    public static final ProcessVariable<UUID> NOTIFICATION_ID = ProcessVariable.uuid("notificationId");
    public static final ProcessVariable<String> SLT_GROUP = ProcessVariable.string("sltGroup");
    /** The SLT coordinator and the municipal kjernegruppe members (comma-separated). */
    public static final ProcessVariable<String> FOLLOW_UP_GROUPS = ProcessVariable.string("followUpGroups");
    /** Date: when the next periodic review is due. */
    public static final ProcessVariable<Date> NEXT_REVIEW_DUE = ProcessVariable.date("nextReviewDue");
    /** Routing flag from a periodic review. */
    public static final ProcessVariable<Boolean> CLOSE_FOLLOW_UP = ProcessVariable.bool("closeFollowUp");

    private FollowUpVars() {
    }
}
