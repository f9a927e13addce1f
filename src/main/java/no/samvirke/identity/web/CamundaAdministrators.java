package no.samvirke.identity.web;

import java.security.SecureRandom;
import java.util.Base64;
import no.samvirke.identity.Users;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's webapps look the signed-in user up in Camunda's own identity tables. For each of our
 * administrators we keep a Camunda user there, in the operators' group (never camunda-admin, which
 * Camunda exempts from every authorization check), with a random password nobody knows: the only
 * way in is through Samvirke's login (single sign-on). What the group may do is
 * {@link OperatorAuthorizations} (ADR 0020).
 */
@Component
@Order(10)
class CamundaAdministrators implements ApplicationRunner {

    static final String OPERATORS_GROUP = "samvirkeOperators";
    /**
     * Camunda's webapps send everyone to Admin's "create the first administrator" page while
     * camunda-admin has no member. This user fills it: random password, no Samvirke account, so
     * nobody can sign in as it (Camunda's own login and Admin are refused, ADR 0020).
     */
    static final String SETUP_LOCK_USER = "samvirkeSetupLock";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final Users users;
    private final OperatorAuthorizations authorizations;

    CamundaAdministrators(IdentityService identity, Users users, OperatorAuthorizations authorizations) {
        this.identity = identity;
        this.users = users;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createGroupQuery().groupId(OPERATORS_GROUP).count() == 0) {
            Group group = identity.newGroup(OPERATORS_GROUP);
            group.setName("Samvirke engine operators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        authorizations.grantTo(OPERATORS_GROUP);
        lockSetup();
        users.administrators().forEach(username -> ensureCamundaUser(identity, username, OPERATORS_GROUP));
    }

    private void lockSetup() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda setup lock (no one signs in)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        // earlier versions made administrators camunda-admin: that membership goes
        identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .filter(u -> !SETUP_LOCK_USER.equals(u.getId()))
                .forEach(u -> identity.deleteMembership(u.getId(), Groups.CAMUNDA_ADMIN));
        ensureCamundaUser(identity, SETUP_LOCK_USER, Groups.CAMUNDA_ADMIN);
    }

    /**
     * The Camunda user (random password) and its group membership, made if missing: at start-up for the
     * administrators known then, and at the first Cockpit visit of one approved later (single sign-on).
     */
    static void ensureCamundaUser(IdentityService identity, String username, String groupId) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(username, groupId);
        }
    }
}
