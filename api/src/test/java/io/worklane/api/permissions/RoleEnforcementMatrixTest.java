package io.worklane.api.permissions;

import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.permissions.PermissionsDocument.Declaration;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workspace.MemberRole;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * docs/permissions.md for people signed in with OIDC, REST and GraphQL alike: one member of workspace W
 * per role, each with its own verified token. For every operation, each role whose scopes do not grant
 * the declared scope is refused (403 INSUFFICIENT_SCOPE, or FORBIDDEN for instance-administrator rows),
 * and the least powerful role that does is not. Nothing-changed on refusal is proven by the scope matrix,
 * which runs the same cases with keys.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEnforcementMatrixTest {
    /** Least powerful first: the first role that holds a scope is the one that must be let through. */
    private static final List<MemberRole> ROLES = Arrays.stream(MemberRole.values())
            .sorted(Comparator.comparingInt(MemberRole::ordinal).reversed()).toList();

    @Inject
    ApiKeys apiKeys;

    private final PermissionsDocument doc = PermissionsDocument.read();
    private final Map<MemberRole, String> tokens = new EnumMap<>(MemberRole.class);
    private List<PermissionCase> cases;

    private void seeded() {
        if (cases != null) {
            return;
        }
        SeededWorkspace w = SeededWorkspace.create(apiKeys);
        for (MemberRole role : MemberRole.values()) {
            String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            asAdmin().body(Map.of("email", email, "role", role.name())).post("/api/v1/workspaces/" + w.id() + "/members")
                    .then().statusCode(201);
            tokens.put(role, Tokens.of(UUID.randomUUID().toString(), email, true));
        }
        Contract contract = Contract.load();
        ServedSchema schema = ServedSchema.introspect();
        cases = new PermissionCases(contract, new RestRequests(contract, w), schema, new GraphQLRequests(schema, w), doc)
                .all();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatItsScopesGrant() {
        seeded();
        return cases.stream().map(c -> dynamicTest(c.key() + " (" + c.request() + ")", () -> check(c)));
    }

    private void check(PermissionCase c) {
        KnownMismatches.reasonFor(c.key()).ifPresent(Assumptions::abort);
        if (c.notCovered() != null) {
            fail(c.notCovered());
        }
        Declaration declared = doc.declarationOf(c.operation()).orElseThrow(() -> new AssertionError(c.key()
                + " has no row in " + PermissionsDocument.PATH));
        if (declared.openWithASignedLink()) {
            ROLES.forEach(role -> {
                Outcome open = c.send().apply(tokens.get(role));
                assertThat(open.notRefused()).as("%s is declared open, but a %s is refused:%n%s", c.key(), role,
                        open.exchange()).isTrue();
            });
            return;
        }
        if (declared.byInstanceAdministratorOnly()) {
            // OWNER and ADMIN hold every scope and meet FORBIDDEN; the others may meet the scope check first
            ROLES.forEach(role -> refused(c, role, "FORBIDDEN", "INSUFFICIENT_SCOPE"));
            return;
        }
        Scope scope = declared.scope().flatMap(Scope::parse).orElseThrow(() -> new AssertionError(c.key()
                + ": the row '" + declared.text() + "' names no single scope"));
        ROLES.stream().filter(role -> !scope.isGrantedBy(role.scopes())).forEach(role -> refused(c, role,
                "INSUFFICIENT_SCOPE"));
        if (c.afterDeletion()) {
            return;
        }
        MemberRole least = ROLES.stream().filter(role -> scope.isGrantedBy(role.scopes())).findFirst()
                .orElseThrow(() -> new AssertionError("no role grants " + scope.value()));
        Outcome allowed = c.send().apply(tokens.get(least));
        assertThat(allowed.notRefused()).as("%s declares `%s`, which %s holds, but a %s is refused:%n%s", c.key(),
                scope.value(), least, least, allowed.exchange()).isTrue();
    }

    private void refused(PermissionCase c, MemberRole role, String... codes) {
        Outcome outcome = c.send().apply(tokens.get(role));
        assertThat(Arrays.stream(codes).anyMatch(outcome::refusedWith)).as("%s by a %s must be refused with %s:%n%s",
                c.key(), role, String.join(" or ", codes), outcome.exchange()).isTrue();
    }
}
