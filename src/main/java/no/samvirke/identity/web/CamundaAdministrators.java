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
 * administrators we keep a Camunda user there, in the camunda-admin group, with a random
 * password nobody knows: the only way in is through Samvirke's login (single sign-on).
 */
@Component
@Order(10)
class CamundaAdministrators implements ApplicationRunner {

    static final String CAMUNDA_ADMIN_GROUP = Groups.CAMUNDA_ADMIN;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final Users users;

    CamundaAdministrators(IdentityService identity, Users users) {
        this.identity = identity;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Samvirke administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        users.administrators().forEach(this::ensureCamundaUser);
    }

    private void ensureCamundaUser(String username) {
        if (identity.createUserQuery().userId(username).count() > 0) {
            return;
        }
        User user = identity.newUser(username);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.setPassword(Base64.getEncoder().encodeToString(secret));
        identity.saveUser(user);
        identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
    }
}
