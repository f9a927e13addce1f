package no.samvirke.identity.password;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.PasswordPolicy;
import no.samvirke.identity.PasswordPolicy.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local account's owner changes their password: the current one checked, the new one by the
 * {@link PasswordPolicy}, stored as bcrypt (the application's {@link PasswordEncoder}); then the
 * "must change" mark is cleared and the person's other sessions are ended. Accounts from single
 * sign-on have no password here. Passwords are never logged.
 */
@Component
public class LocalPasswords {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    LocalPasswords(JdbcTemplate jdbc, PasswordEncoder encoder, PasswordPolicy policy) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** @param keepSession the session that stays (the one the change is made in), or null for none */
    public record Command(String username, String current, String password, String repeated, String keepSession) {
    }

    public enum Outcome { CHANGED, NOT_LOCAL, WRONG_CURRENT, NOT_REPEATED, SAME_AS_CURRENT, REFUSED }

    /** The outcome, and when it is {@link Outcome#REFUSED} the policy's reason. */
    public record Result(Outcome outcome, Optional<Refusal> refusal) {
        static Result of(Outcome outcome) {
            return new Result(outcome, Optional.empty());
        }
    }

    private record Account(String passwordHash, String displayName) {
    }

    @Transactional
    public Result handle(Command command) {
        Optional<Account> account = account(command.username());
        if (account.isEmpty() || account.get().passwordHash() == null || account.get().passwordHash().isEmpty()) {
            return Result.of(Outcome.NOT_LOCAL);
        }
        if (command.current() == null || !encoder.matches(command.current(), account.get().passwordHash())) {
            return Result.of(Outcome.WRONG_CURRENT);
        }
        if (command.password() == null || !command.password().equals(command.repeated())) {
            return Result.of(Outcome.NOT_REPEATED);
        }
        if (command.password().equals(command.current())) {
            return Result.of(Outcome.SAME_AS_CURRENT);
        }
        Optional<Refusal> refusal = policy.check(command.password(), command.username(), account.get().displayName());
        if (refusal.isPresent()) {
            return new Result(Outcome.REFUSED, refusal);
        }
        jdbc.update("update app_user set password_hash = ?, password_change_required = false where username = ?",
                encoder.encode(command.password()), command.username());
        jdbc.update("delete from spring_session where principal_name = ? and session_id <> ?",
                command.username(), command.keepSession() == null ? "" : command.keepSession());
        return Result.of(Outcome.CHANGED);
    }

    public int minLength() {
        return policy.minLength();
    }

    /** Whether the account signs in with a password kept here (false for single sign-on and unknown). */
    public boolean isLocal(String username) {
        return account(username).map(a -> a.passwordHash() != null && !a.passwordHash().isEmpty()).orElse(false);
    }

    /** Whether an administrator requires the person to choose a new password before anything else. */
    public boolean mustChange(String username) {
        List<Boolean> marks = jdbc.queryForList(
                "select password_change_required from app_user where username = ?", Boolean.class, username);
        return !marks.isEmpty() && Boolean.TRUE.equals(marks.get(0));
    }

    private Optional<Account> account(String username) {
        return jdbc.query("select password_hash, display_name from app_user where username = ?",
                (rs, row) -> new Account(rs.getString(1), rs.getString(2)), username).stream().findFirst();
    }
}
