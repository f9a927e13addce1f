package no.samvirke.identity;

/** What a sign-in through a provider gives: a user, or an account that may see nothing. */
public sealed interface SignInOutcome {

    /** An active account: the user with the memberships in force today. */
    record Active(CurrentUser user) implements SignInOutcome {
    }

    /** Known to Samvirke, waiting for an administrator (created now on a first sign-in). */
    record Pending(String username, String displayName) implements SignInOutcome {
    }

    record Deactivated(String username) implements SignInOutcome {
    }
}
