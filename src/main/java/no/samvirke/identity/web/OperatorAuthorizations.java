package no.samvirke.identity.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The engine operator's Camunda authorizations (ADR 0020), made the same at every start-up:
 * Cockpit, reading definitions, deployments, instances, incidents and jobs, retrying and
 * suspending. Not granted: tasks, Tasklist, Admin, variables (READ_INSTANCE_VARIABLE,
 * READ_HISTORY_VARIABLE; the engine enforces them, see application.yml), deployment,
 * deletion. Any other grant to the group found in the database is removed.
 */
@Component
class OperatorAuthorizations {

    record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    }

    static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Resources.PROCESS_DEFINITION, "*", List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
                    ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.UPDATE_INSTANCE)),
            new Grant(Resources.DECISION_DEFINITION, "*", List.of(Permissions.READ)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, "*", List.of(Permissions.READ)),
            new Grant(Resources.DEPLOYMENT, "*", List.of(Permissions.READ)),
            new Grant(Resources.BATCH, "*", List.of(BatchPermissions.READ,
                    BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
                    BatchPermissions.CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND)));

    private final AuthorizationService authorizations;

    OperatorAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantTo(String groupId) {
        for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(groupId).list()) {
            if (GRANTS.stream().noneMatch(g -> matches(existing, g))) {
                authorizations.deleteAuthorization(existing.getId());
            }
        }
        GRANTS.forEach(grant -> ensure(groupId, grant));
    }

    private void ensure(String groupId, Grant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream().findFirst()
                .orElseGet(() -> authorizations.createNewAuthorization(AUTH_TYPE_GRANT));
        authorization.setGroupId(groupId);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        authorizations.saveAuthorization(authorization);
    }

    private static boolean matches(Authorization existing, Grant grant) {
        return existing.getAuthorizationType() == AUTH_TYPE_GRANT
                && existing.getResourceType() == grant.resource().resourceType()
                && grant.resourceId().equals(existing.getResourceId());
    }
}
