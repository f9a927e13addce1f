package no.samvirke.inbox.internal;

/** Message keys (i18n/inbox*.properties) the inbox's use cases answer with. */
public final class InboxMessages {

    public static final String CLAIMED_BY_OTHER = "inbox.conflict.claimedByOther";
    public static final String NOT_YOUR_TASK = "inbox.conflict.notYours";
    public static final String ALREADY_COMPLETED = "inbox.conflict.alreadyCompleted";
    public static final String NO_FORM = "inbox.conflict.noForm";
    public static final String PAGE_INVALID = "inbox.paging.page.invalid";
    public static final String SIZE_INVALID = "inbox.paging.size.invalid";

    private InboxMessages() {
    }
}
