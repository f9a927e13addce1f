package no.samvirke.cases;

/** The "next deadline" filter of the case list, in Norwegian time (Europe/Oslo). */
public enum DeadlineWindow {
    /** The next deadline has passed. */
    OVERDUE,
    /** The next deadline falls before the end of this week (Sunday), overdue included. */
    THIS_WEEK,
    /** The next deadline falls before the end of this month, overdue included. */
    THIS_MONTH,
    /** A review (task or waiting timer) falls within the next 30 days, overdue included. */
    REVIEW_IN_30_DAYS
}
