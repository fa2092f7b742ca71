package io.worklane.api.graphql.shared;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;

/**
 * Describes the enums that GraphQL takes straight from the domain (io.worklane.domain…): the domain is
 * plain Java without GraphQL annotations, so their {@code @Description} lives here, keyed by GraphQL
 * name. Every type of the schema has a description (SchemaDescriptionsTest); enums made for GraphQL
 * carry {@code @Description} themselves. Runs when SmallRye builds the schema, once at start.
 */
public class DomainEnumDescriptions implements EventingService {
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("ApprovalPolicy", "How approvers' decisions settle an approval. ANY: the first approval approves. ALL: "
                    + "every named approver must approve. One rejection rejects with either."),
            Map.entry("ApprovalStatus", "PENDING until the policy settles the approval; then APPROVED or REJECTED, for good."),
            Map.entry("CustomFieldType", "The type of a custom field, which fixes the JSON type of its values in "
                    + "WorkItem.customFields: TEXT string; NUMBER number; DATE YYYY-MM-DD string; SELECT one of "
                    + "options; MULTI_SELECT array of options; USER member id; MONEY Money object ({\"amount\": "
                    + "\"12.50\", \"currency\": \"EUR\"}); CHECKBOX boolean; URL absolute http(s) URL string."),
            Map.entry("GuardType", "A condition of a transition: REQUIRED_FIELDS (fields), ROLES (roles), APPROVAL (the "
                    + "item's latest approval is approved), CHILDREN_DONE, PREDECESSORS_DONE, CONDITION "
                    + "(filter) or TEAM (teams)."),
            Map.entry("MemberRole", "OWNER: everything, including deleting the workspace and managing owners. ADMIN: manage "
                    + "members, projects, custom fields and settings. MEMBER: create and edit projects, work "
                    + "items and comments. VIEWER: read the workspace, projects, work items, members, resources "
                    + "and time entries. GUEST: read the workspace, projects and work items. "
                    + "docs/permissions.md lists each role's scopes."),
            Map.entry("Priority", "How urgent a work item is, from NONE (not set) through LOW, MEDIUM and HIGH to URGENT; "
                    + "ordered so in filters (priority >= HIGH)."),
            Map.entry("ProjectVisibility", "WORKSPACE: every member of the workspace sees the project; PRIVATE: only "
                    + "its members and the workspace's OWNERs and ADMINs (ADR 0084)."),
            Map.entry("ProjectRole", "A role in one project: MANAGER manages it as a workspace admin would, "
                    + "CONTRIBUTOR works in it, STAKEHOLDER reads it and is the audience of its status reports."),
            Map.entry("ProjectKind", "PROJECT: a temporary initiative with dates that closes; PROCESS: an ongoing workflow "
                    + "board without an end."),
            Map.entry("ProjectStatus", "The stage of a project: PROPOSED, ACTIVE, ON_HOLD, then COMPLETED or CANCELLED, which "
                    + "are closed and take no new work items."),
            Map.entry("StateCategory", "What a workflow state means, whatever its name: TODO (not started), IN_PROGRESS, DONE "
                    + "(completed: sets completedAt) or CANCELLED (closed without being done). Reports and "
                    + "guards such as CHILDREN_DONE read it."),
            Map.entry("Verdict", "What one approver decided: APPROVE or REJECT."),
            Map.entry("WorkItemType", "What kind of work an item is: TASK, BUG, STORY, EPIC, MILESTONE (a date to reach, on the "
                    + "schedule) or REQUEST."));

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new Describe());
        return GraphQLSchema.newSchema(described).codeRegistry(resolvingByName(described));
    }

    /**
     * The transformation copies every type that reaches a described enum (Member through its role), but
     * SmallRye's type resolvers still answer its own instances, and graphql-java matches a fragment's
     * type (node(id:) { ... on Member }) by identity: each interface and union resolves to the schema's
     * type of the same name.
     */
    private static GraphQLCodeRegistry resolvingByName(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(b -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType i) {
                    b.typeResolver(i, byName(registry.getTypeResolver(i)));
                } else if (type instanceof GraphQLUnionType u) {
                    b.typeResolver(u, byName(registry.getTypeResolver(u)));
                }
            }
        });
    }

    private static TypeResolver byName(TypeResolver resolver) {
        return env -> {
            GraphQLObjectType type = resolver.getType(env);
            return type == null ? null : env.getSchema().getObjectType(type.getName());
        };
    }

    private static final class Describe extends GraphQLTypeVisitorStub {
        @Override
        public TraversalControl visitGraphQLEnumType(GraphQLEnumType type, TraverserContext<GraphQLSchemaElement> context) {
            String description = DESCRIPTIONS.get(type.getName());
            if (description == null || (type.getDescription() != null && !type.getDescription().isBlank())) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, type.transform(b -> b.description(description)));
        }
    }
}
