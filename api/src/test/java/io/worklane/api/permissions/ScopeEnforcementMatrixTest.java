package io.worklane.api.permissions;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.ServedSchema;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.worklane.api.permissions.PermissionsDocument.Declaration;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * docs/permissions.md as the server enforces it, REST and GraphQL alike: for every operation, a key bound
 * to workspace W holding every scope that does not grant the declared one is refused (403
 * INSUFFICIENT_SCOPE) and changes nothing; a key holding exactly the declared scope is not refused.
 * An operation declared "instance administrator" is refused (FORBIDDEN) even to a key with {@code admin}.
 * A new operation is covered as soon as it is served; one without a row, or one the builders cannot
 * fill, fails, saying what to add. A mismatch found is disabled in {@link KnownMismatches} with its reason.
 * <p>
 * Two passes keep it short: first every refusal, on W as seeded (refusals change nothing, so W is read
 * through every GET of the contract ({@link Snapshot}) once per {@value #CHECKPOINT} refusals, and a
 * change is traced to those); then, in the same order, every allowed call, which may change W, and the
 * deletes sent again once their objects are gone.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeEnforcementMatrixTest {
    /** The read scope node(id:) needs, by the kind of the object (docs: "the read scope of the object's kind"). */
    private static final Map<String, Scope> NODE_SCOPES = Map.of("Workspace", Scope.WORKSPACE_READ,
            "Member", Scope.MEMBERS_READ, "Project", Scope.PROJECTS_READ, "CustomField", Scope.PROJECTS_READ,
            "WorkItem", Scope.WORK_ITEMS_READ, "Comment", Scope.WORK_ITEMS_READ, "Approval", Scope.WORK_ITEMS_READ);
    private static final int CHECKPOINT = 10;

    @Inject
    ApiKeys apiKeys;

    private final PermissionsDocument doc = PermissionsDocument.read();
    private SeededWorkspace w;
    private Contract contract;
    private RestRequests requests;
    private ScopedKeys keys;
    private List<PermissionCase> cases;
    /** W as the refusals must leave it. */
    private Snapshot unchanged;

    /** Once per class, on first use: REST Assured knows the test port only from the first test on. */
    private void seeded() {
        if (w != null) {
            return;
        }
        w = SeededWorkspace.create(apiKeys);
        contract = Contract.load();
        requests = new RestRequests(contract, w);
        keys = new ScopedKeys(apiKeys, w.id());
        ServedSchema schema = ServedSchema.introspect();
        cases = new PermissionCases(contract, requests, schema, new GraphQLRequests(schema, w), doc).all();
        keys.holding(Set.of());
        keys.holding(Set.of(Scope.ADMIN.value()));
        for (Scope scope : Scope.values()) { // every key made before W is first read: making one changes W
            keys.holding(ScopedKeys.allThatDoNotGrant(scope));
            keys.holding(allowedScopes(scope, false));
            keys.holding(allowedScopes(scope, true));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationEnforcesItsDeclaredScope() {
        seeded();
        return Stream.of(
                Stream.of(dynamicTest("W's objects are there: the instance administrator reads each GET of the contract",
                        () -> (unchanged = snapshot()).assertEverythingIsThere())),
                nodeNeedsTheReadScopeOfTheObjectsKind(), // before the deletes
                refusals(cases.stream().filter(c -> !c.afterDeletion() && !openWithASignedLink(c)).toList()),
                cases.stream().filter(c -> !c.afterDeletion() && checkedOnceAllowed(c)).map(c -> dynamicTest(
                        c.key() + " allowed (" + c.request() + ")", () -> allowed(c))),
                refusals(cases.stream().filter(PermissionCase::afterDeletion).toList()))
                .flatMap(s -> s);
    }

    /** Each refusal, with a look at W after every {@value #CHECKPOINT} of them. */
    private Stream<DynamicTest> refusals(List<PermissionCase> refused) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int from = 0; from < refused.size(); from += CHECKPOINT) {
            List<PermissionCase> chunk = refused.subList(from, Math.min(from + CHECKPOINT, refused.size()));
            boolean first = from == 0;
            if (first) {
                tests.add(dynamicTest("W as the refusals below must leave it", () -> unchanged = snapshot()));
            }
            chunk.forEach(c -> tests.add(dynamicTest(c.key() + " refused (" + c.request() + ")", () -> refusal(c))));
            tests.add(dynamicTest("the refusals of " + chunk.get(0).key() + " to " + chunk.get(chunk.size() - 1).key()
                    + " changed nothing of W", () -> checkpoint(chunk)));
        }
        return tests.stream();
    }

    private void checkpoint(List<PermissionCase> chunk) {
        Snapshot before = unchanged;
        unchanged = snapshot(); // the next refusals are judged on their own
        unchanged.assertSameAs(before, "one of these refused requests:\n" + String.join("\n",
                chunk.stream().map(c -> c.key() + " (" + c.request() + ")").toList()));
    }

    private Stream<DynamicTest> nodeNeedsTheReadScopeOfTheObjectsKind() {
        return w.idsByType().entrySet().stream().filter(e -> NODE_SCOPES.containsKey(e.getKey()))
                .map(e -> dynamicTest("GraphQL node(id:) of a " + e.getKey() + ": `" + NODE_SCOPES.get(e.getKey()).value()
                        + "`", () -> node(e.getValue(), NODE_SCOPES.get(e.getKey()))));
    }

    private void refusal(PermissionCase c) {
        Declaration declared = covered(c);
        if (declared.byInstanceAdministratorOnly()) {
            refused(c, Set.of(Scope.ADMIN.value()), "FORBIDDEN");
        } else {
            refused(c, ScopedKeys.allThatDoNotGrant(scopeOf(c, declared)), "INSUFFICIENT_SCOPE");
        }
    }

    private void allowed(PermissionCase c) {
        Declaration declared = covered(c);
        if (declared.openWithASignedLink()) {
            Outcome open = c.send().apply(keys.holding(Set.of()));
            assertThat(open.notRefused()).as("%s is declared open (its link is the credential), but a key without"
                    + " scopes is refused:%n%s", c.key(), open.exchange()).isTrue();
            return;
        }
        Scope scope = scopeOf(c, declared);
        Set<String> exactly = allowedScopes(scope, c.startsAtWorkspace());
        Outcome allowed = c.send().apply(keys.holding(exactly));
        assertThat(allowed.notRefused()).as("%s declares `%s`, but a key holding %s is refused:%n%s", c.key(),
                scope.value(), exactly, allowed.exchange()).isTrue();
    }

    /** The declaration of a case the matrix can send; otherwise the case fails (or is skipped) saying why. */
    private Declaration covered(PermissionCase c) {
        KnownMismatches.reasonFor(c.key()).ifPresent(Assumptions::abort);
        if (c.notCovered() != null) {
            fail(c.notCovered());
        }
        return doc.declarationOf(c.operation()).orElseThrow(() -> new AssertionError(c.key()
                + " has no row in " + PermissionsDocument.PATH + ": add `| " + c.operation() + " | " + c.api()
                + " | `<scope>` |` to its Operations table"));
    }

    private static Scope scopeOf(PermissionCase c, Declaration declared) {
        return declared.scope().flatMap(Scope::parse).orElseThrow(() -> new AssertionError(c.key() + ": the row '"
                + declared.text() + "' of " + PermissionsDocument.PATH + " names no single scope the matrix can check"));
    }

    private boolean openWithASignedLink(PermissionCase c) {
        return declaration(c).map(Declaration::openWithASignedLink).orElse(false);
    }

    /** Whether the second pass sends it: not when its refusal failed for want of a request or a row, nor for admins only. */
    private boolean checkedOnceAllowed(PermissionCase c) {
        return c.notCovered() == null && KnownMismatches.reasonFor(c.key()).isEmpty() && declaration(c)
                .filter(d -> d.openWithASignedLink() || !d.byInstanceAdministratorOnly() && d.scope().flatMap(Scope::parse)
                        .isPresent()).isPresent();
    }

    private Optional<Declaration> declaration(PermissionCase c) {
        return doc.declarationOf(c.operation());
    }

    private static Set<String> allowedScopes(Scope scope, boolean startsAtWorkspace) {
        Set<String> exactly = new HashSet<>(Set.of(scope.value()));
        if (startsAtWorkspace) {
            exactly.add(Scope.WORKSPACE_READ.value());
        }
        return exactly;
    }

    private void refused(PermissionCase c, Set<String> scopes, String code) {
        Outcome outcome = c.send().apply(keys.holding(scopes));
        assertThat(outcome.refusedWith(code)).as("%s with a key holding %s must be refused with %s%s:%n%s", c.key(),
                scopes, c.api().equals("REST") ? "403 " : "", code, outcome.exchange()).isTrue();
    }

    private void node(String id, Scope scope) {
        String body = "{\"query\":\"query($id: ID!) { node(id: $id) { id } }\",\"variables\":{\"id\":\"" + id + "\"}}";
        Response refused = graphQL(keys.holding(ScopedKeys.allThatDoNotGrant(scope)), body);
        assertThat(refused.jsonPath().getList("errors.extensions.code", String.class)).as(refused.asString())
                .contains("INSUFFICIENT_SCOPE");
        assertThat(refused.jsonPath().getString("data.node")).as(refused.asString()).isNull();
        Response allowed = graphQL(keys.holding(Set.of(scope.value())), body);
        assertThat(allowed.jsonPath().getList("errors")).as(allowed.asString()).isNull();
        assertThat(allowed.jsonPath().getString("data.node.id")).isEqualTo(id);
    }

    private static Response graphQL(String key, String body) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body).post("/graphql");
    }

    private Snapshot snapshot() {
        return Snapshot.of(contract, requests, w);
    }
}
