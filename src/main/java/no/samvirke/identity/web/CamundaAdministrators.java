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

    static final String OPERATORS_GROUP = "samvirke-operators";
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
        // earlier versions made administrators camunda-admin: that membership goes
        identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()
                .forEach(u -> identity.deleteMembership(u.getId(), Groups.CAMUNDA_ADMIN));
        users.administrators().forEach(this::ensureCamundaUser);
    }

    private void ensureCamundaUser(String username) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(OPERATORS_GROUP).count() == 0) {
            identity.createMembership(username, OPERATORS_GROUP);
        }
    }
}
