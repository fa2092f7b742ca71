package io.worklane.api.permissions;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.RestRequest;
import io.worklane.api.support.contract.NotCoveredYet;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.worklane.api.permissions.GraphQLRequests.GraphQLRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case source: every REST operation of the served contract, every Query and Mutation field of the
 * served schema ({@code node} is asserted per object kind, not here) and every {@code Type.field} row of
 * docs/permissions.md. Reads first, then writes, then deletes, the deepest objects' first, the
 * workspace's last, so that a delete the declared scope may do harms later cases least; then each delete
 * once more on its deleted object (refused all the same: the scope comes before the lookup).
 */
final class PermissionCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DESTRUCTIVE = List.of("delete", "remove", "revoke");
    private static final List<String> DEPTH = List.of("Comment", "CustomField", "WorkItem", "Project", "Member", "ApiKey");
    private static final int READ = 0;
    private static final int WRITE = 100;
    private static final int DELETE = 200;
    static final int AFTER_ALL_DELETES = 300;

    private final Contract contract;
    private final RestRequests rest;
    private final ServedSchema schema;
    private final GraphQLRequests graphQL;
    private final PermissionsDocument doc;

    PermissionCases(Contract contract, RestRequests rest, ServedSchema schema, GraphQLRequests graphQL,
                    PermissionsDocument doc) {
        this.contract = contract;
        this.rest = rest;
        this.schema = schema;
        this.graphQL = graphQL;
        this.doc = doc;
    }

    List<PermissionCase> all() {
        List<PermissionCase> cases = new ArrayList<>();
        contract.operations().forEach(o -> cases.add(restCase(o)));
        schema.queryFields().stream().filter(f -> !f.name().equals("node"))
                .forEach(f -> cases.add(graphQLCase("Query", f.name(), f.name(), READ)));
        // subscriptions need a WebSocket: LiveSubscriptionsTest checks their scopes
        doc.operations().keySet().stream().filter(name -> name.contains(".") && doc.operations().get(name).isGraphQL()
                        && !name.startsWith("Subscription."))
                .forEach(name -> cases.add(graphQLCase(name.substring(0, name.indexOf('.')),
                        name.substring(name.indexOf('.') + 1), name, READ)));
        schema.mutationFields().forEach(f -> cases.add(graphQLCase("Mutation", f.name(), f.name(),
                orderOf(f.name(), false))));
        cases.stream().filter(c -> c.order() >= DELETE && c.order() < DELETE + 2 * DEPTH.size()).toList()
                .forEach(c -> cases.add(c.again()));
        cases.sort(Comparator.comparingInt(PermissionCase::order));
        return cases;
    }

    private PermissionCase restCase(Operation operation) {
        String title = operation.method() + " " + operation.path();
        int order = orderOf(operation.id(), operation.method().equals("GET"));
        order += order >= DELETE ? 1 : 0; // a GraphQL delete first, so that both refusals meet the object still there
        try {
            RestRequest request = rest.requestFor(operation);
            return new PermissionCase("REST", operation.id(), title, order,
                    key -> Outcome.ofRest(request, request.sendWith(key)), false, false, null);
        } catch (NotCoveredYet e) {
            return new PermissionCase("REST", operation.id(), title, order, null, false, false, e.getMessage());
        }
    }

    private PermissionCase graphQLCase(String root, String field, String operation, int order) {
        String title = root + "." + field;
        try {
            GraphQLRequest request = graphQL.requestFor(root, field);
            String body = json(Map.of("query", request.document(), "variables", request.variables()));
            return new PermissionCase("GraphQL", operation, title, order, key -> Outcome.ofGraphQL(body,
                    given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body)
                            .post("/graphql"), request.resultPath()),
                    !root.equals("Query") && !root.equals("Mutation"), false, null);
        } catch (NotCoveredYet e) {
            return new PermissionCase("GraphQL", operation, title, order, null, false, false, e.getMessage());
        }
    }

    private static int orderOf(String operation, boolean read) {
        if (read) {
            return READ;
        }
        if (DESTRUCTIVE.stream().noneMatch(operation::startsWith)) {
            return WRITE;
        }
        String noun = operation.replaceFirst("^[a-z]+", "");
        int depth = DEPTH.indexOf(noun);
        return DELETE + 2 * (depth < 0 ? DEPTH.size() + (noun.equals("Workspace") ? 1 : 0) : depth);
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
