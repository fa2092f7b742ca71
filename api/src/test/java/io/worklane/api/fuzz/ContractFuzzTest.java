package io.worklane.api.fuzz;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.worklane.api.isolation.SeededTargets;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Attacks the whole API surface from its own contracts (issue #20): every operation of openapi.yaml and
 * every Query and Mutation field of the served schema (with the fields that take arguments below
 * {@code workspace}) gets its valid request, aimed at a workspace seeded with one object of every kind,
 * and {@link FuzzSettings#cases()} mutated ones. Never a 5xx; refusals are problem documents with a code
 * (GraphQL: {@code extensions.code}, never INTERNAL_ERROR); successes conform to the contract; a refused
 * write changes nothing; the server logs no error. New operations are covered as soon as they are in a
 * contract. Failures name the request and the seed that replays them.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractFuzzTest {
    private final FuzzSettings settings = FuzzSettings.fromSystemProperties();
    private final ErrorLog log = ErrorLog.capture();
    private DatabaseDigest digest;

    @Inject
    ApiKeys apiKeys;
    @Inject
    Pool pool;
    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    void watchChanges() {
        digest = DatabaseDigest.watch(pool);
    }

    @TestFactory
    Stream<DynamicTest> everyRestOperationRefusesBadInputCleanly() {
        Contract contract = Contract.load();
        RestFuzzer fuzzer = RestFuzzer.prepare(contract, SeededTargets.create(apiKeys, contract), base, ADMIN_KEY);
        ResponseSchemas schemas = new ResponseSchemas();
        return fuzzer.operationsInOrder().stream().map(operation -> dynamicTest(operation.toString(), () -> {
            Exchanges exchanges = new Exchanges(digest, log);
            fuzzer.fuzz(operation, settings, schemas, exchanges);
            assertThat(exchanges.failures()).as("%s: %s", operation, settings.replay()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGraphQLFieldRefusesBadInputCleanly() {
        Contract contract = Contract.load();
        ServedSchema schema = ServedSchema.introspect();
        GraphQLFuzzer fuzzer = new GraphQLFuzzer(schema, SeededTargets.create(apiKeys, contract), base, ADMIN_KEY);
        return fuzzer.targetsInOrder().stream().map(target -> dynamicTest(target.name(), () -> {
            Exchanges exchanges = new Exchanges(digest, log);
            fuzzer.fuzz(target, settings, exchanges);
            assertThat(exchanges.failures()).as("%s: %s", target.name(), settings.replay()).isEmpty();
        }));
    }

    @AfterAll
    void stopListening() {
        log.close();
        digest.close();
    }
}
