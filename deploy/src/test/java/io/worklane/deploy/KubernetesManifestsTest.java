package io.worklane.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every overlay of {@code deploy/kubernetes} rendered with {@code kubectl kustomize} and checked object by
 * object: core kinds against the Kubernetes model (unknown fields refused), the CloudNativePG and Keycloak
 * resources against their operators' CRD schemas, and what issue #18 asks of them (replicas, probes,
 * limits, disruption budget, autoscaler, spread, policies, a three-instance database with backups and
 * monitoring, the realm import, and no secret the server reads that nobody provides).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {
    private static final Path KUBERNETES = Path.of("kubernetes");
    private static final List<String> OVERLAYS = List.of("development", "production");
    /** Secrets the operators create, with the keys the manifests read from them. */
    private static final Map<String, Set<String>> MADE_BY_OPERATORS = Map.of(
            "worklane-db-app", Set.of("username", "password"),
            "keycloak-db-app", Set.of("username", "password"));
    private static final Pattern ADMIN_KEY = Pattern.compile("wl_\\S{29,}");
    private final Map<String, List<JsonNode>> rendered = new HashMap<>();

    @BeforeAll
    void render() throws Exception {
        Skip.unless(Kustomize.available(), "SKIPPED: kubectl is not installed, so the Kubernetes manifests "
                + "were not rendered or checked (the CI machine has kubectl; any kubectl 1.27+ renders them offline)");
        for (String overlay : OVERLAYS) {
            rendered.put(overlay, Kustomize.render(KUBERNETES.resolve("overlays").resolve(overlay)));
        }
    }

    @Test
    void coreObjectsMatchTheKubernetesModelWithNoUnknownField() {
        List<String> problems = new ArrayList<>();
        rendered.forEach((overlay, objects) -> objects.stream().filter(CoreModel::isCore)
                .forEach(o -> CoreModel.problems(o).forEach(p -> problems.add(overlay + " " + name(o) + ": " + p))));
        assertThat(problems).isEmpty();
        assertThat(rendered.get("production").stream().filter(CoreModel::isCore).count()).isGreaterThan(10);
    }

    @Test
    void customResourcesMatchTheOperatorsSchemas() throws Exception {
        Path crds = Path.of(System.getProperty("worklane.k8s-crds", "../../shared/k8s-crds")).toAbsolutePath().normalize();
        Skip.unless(Files.isDirectory(crds), "NOT CHECKED: the CloudNativePG and Keycloak resources could "
                + "not be checked against their CRD schemas because " + crds + " is absent (set -Dworklane.k8s-crds)");
        CrdSchemas schemas = CrdSchemas.load(crds);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var overlay : rendered.entrySet()) {
            for (JsonNode object : overlay.getValue()) {
                if (CoreModel.isCore(object)) {
                    continue;
                }
                checked++;
                schemas.problems(object).forEach(p -> problems.add(overlay.getKey() + " " + name(object) + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("custom resources checked").isGreaterThanOrEqualTo(8);
    }

    @Test
    void theServerRunsReplicatedProbedLimitedAndSpread() {
        for (String overlay : OVERLAYS) {
            JsonNode deployment = one(overlay, "Deployment", "worklane");
            JsonNode pod = deployment.path("spec").path("template");
            JsonNode container = pod.path("spec").path("containers").get(0);
            assertThat(deployment.path("spec").path("replicas").asInt()).as(overlay + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.path("resources").path(bound).has("cpu")).as(overlay + " cpu " + bound).isTrue();
                assertThat(container.path("resources").path(bound).has("memory")).as(overlay + " memory " + bound).isTrue();
            }
            assertThat(pod.path("spec").path("topologySpreadConstraints")).as(overlay + " spread").hasSizeGreaterThanOrEqualTo(1);
            assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            JsonNode podLabels = pod.path("metadata").path("labels");
            assertThat(selects(one(overlay, "PodDisruptionBudget", "worklane").path("spec").path("selector")
                    .path("matchLabels"), podLabels)).as(overlay + " PDB selects the pods").isTrue();
            assertThat(selects(one(overlay, "Service", "worklane").path("spec").path("selector"), podLabels)).isTrue();
            JsonNode hpa = one(overlay, "HorizontalPodAutoscaler", "worklane").path("spec");
            assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo("worklane");
            assertThat(hpa.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            JsonNode backend = one(overlay, "Ingress", "worklane").path("spec").path("rules").get(0).path("http")
                    .path("paths").get(0).path("backend").path("service");
            assertThat(backend.path("name").asText()).isEqualTo("worklane");
            assertThat(of(overlay, "NetworkPolicy")).extracting(o -> o.path("metadata").path("name").asText())
                    .contains("default-deny-ingress", "worklane", "worklane-db", "keycloak");
        }
        assertThat(one("production", "Deployment", "worklane").path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(image(one("production", "Deployment", "worklane"))).as("a pinned image")
                .doesNotEndWith(":latest").containsPattern(":[0-9]");
    }

    @Test
    void productionPostgresIsThreeInstancesBackedUpAndMonitored() {
        JsonNode cluster = one("production", "Cluster", "worklane-db").path("spec");
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("backup").path("barmanObjectStore").path("destinationPath").asText()).startsWith("s3://");
        assertThat(cluster.path("monitoring").path("enablePodMonitor").asBoolean()).isTrue();
        assertThat(of("production", "ScheduledBackup")).extracting(b -> b.path("spec").path("cluster").path("name").asText())
                .contains("worklane-db", "keycloak-db");
        JsonNode config = one("production", "ConfigMap", "worklane").path("data");
        assertThat(config.path("QUARKUS_DATASOURCE_REACTIVE_URL").asText()).contains("worklane-db-rw:5432/worklane");
        assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).contains("worklane-db-rw:5432/worklane");
    }

    @Test
    void keycloakImportsExactlyTheWorklaneRealm() throws Exception {
        Path generated = KUBERNETES.resolve("base/keycloak/realm-import.yaml");
        String realm = Files.readString(Path.of("keycloak/worklane-realm.json"), StandardCharsets.UTF_8).stripTrailing();
        if (Boolean.getBoolean("worklane.k8s.regenerate")) {
            Files.writeString(generated, RealmImport.yaml(realm), StandardCharsets.UTF_8);
        }
        for (String overlay : OVERLAYS) {
            JsonNode imported = one(overlay, "KeycloakRealmImport", "worklane-realm").path("spec");
            assertThat(imported.path("keycloakCRName").asText())
                    .isEqualTo(one(overlay, "Keycloak", "worklane-keycloak").path("metadata").path("name").asText());
            assertThat(imported.path("realm")).as(generated + " is stale: regenerate it with -Dworklane.k8s.regenerate=true "
                    + "(see its first lines)").isEqualTo(new ObjectMapper().readTree(realm));
        }
    }

    @Test
    void everySecretReadIsGeneratedMadeByAnOperatorOrListedForTheOperatorToCreate() throws Exception {
        Set<String> toCreate = secretsListedIn(Path.of("README.md"));
        for (String overlay : OVERLAYS) {
            Map<String, Set<String>> generated = new HashMap<>();
            of(overlay, "Secret").forEach(s -> generated.put(s.path("metadata").path("name").asText(),
                    fieldNames(s.path("data"), s.path("stringData"))));
            for (SecretRef ref : secretRefs(rendered.get(overlay))) {
                boolean provided = generated.containsKey(ref.name())
                        ? generated.get(ref.name()).contains(ref.key())
                        : MADE_BY_OPERATORS.containsKey(ref.name())
                                ? MADE_BY_OPERATORS.get(ref.name()).contains(ref.key())
                                : toCreate.contains(ref.name());
                assertThat(provided).as(overlay + ": " + ref + " is read but neither generated by the overlay, made by an "
                        + "operator, nor listed in deploy/README.md's secrets to create").isTrue();
            }
            of(overlay, "Secret").stream().filter(s -> s.path("metadata").path("name").asText().equals("worklane-admin"))
                    .forEach(s -> assertThat(decoded(s, "admin-api-key")).as(overlay + " admin key: the server refuses "
                            + "anything but wl_ and 32+ characters").matches(ADMIN_KEY));
        }
        assertThat(toCreate).contains("worklane-admin", "worklane-backup-s3");
    }

    /**
     * A missing Secret or key must stop the pod at the kubelet (CreateContainerConfigError, naming both),
     * never start a server without it: no reference is optional. What a present but empty or malformed
     * value does is the server's to refuse; ExternalDatabaseIT starts the packaged server with each of
     * these variables empty or malformed and expects it to refuse, naming the variable.
     */
    @Test
    void noSecretIsOptionalAndTheServerChecksEveryVariableFedFromOne() {
        for (String overlay : OVERLAYS) {
            List<JsonNode> refs = rendered.get(overlay).stream().flatMap(o -> o.findParents("secretKeyRef").stream()).toList();
            assertThat(refs).as(overlay).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.path("secretKeyRef").path("optional").asBoolean(false))
                            .as(overlay + ": optional " + r).isFalse());
            Set<String> fromSecrets = new LinkedHashSet<>();
            one(overlay, "Deployment", "worklane").findValues("env").forEach(env -> env.forEach(e -> {
                if (e.path("valueFrom").has("secretKeyRef")) {
                    fromSecrets.add(e.path("name").asText());
                }
            }));
            assertThat(fromSecrets).as(overlay + ": variables from Secrets (add a case to ExternalDatabaseIT's "
                    + "empty-or-malformed secrets for a new one)").containsExactlyInAnyOrder("WORKLANE_BOOTSTRAP_ADMIN_KEY",
                    "WORKLANE_SECRETS_KEY", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        }
    }

    private record SecretRef(String name, String key) {
    }

    /** secretKeyRef in containers, and the {name, key} pairs of CloudNativePG and Keycloak resources. */
    private static List<SecretRef> secretRefs(List<JsonNode> objects) {
        List<SecretRef> refs = new ArrayList<>();
        for (JsonNode object : objects) {
            object.findParents("secretKeyRef").forEach(p -> refs.add(new SecretRef(
                    p.path("secretKeyRef").path("name").asText(), p.path("secretKeyRef").path("key").asText())));
            for (String field : List.of("accessKeyId", "secretAccessKey", "usernameSecret", "passwordSecret")) {
                object.findValues(field).forEach(v -> refs.add(new SecretRef(v.path("name").asText(), v.path("key").asText())));
            }
        }
        return refs;
    }

    /** The secret names in the first column of deploy/README.md's table under "Secrets to create" (indented: it sits in a list). */
    private static Set<String> secretsListedIn(Path readme) throws Exception {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int section = text.indexOf("Secrets to create");
        assertThat(section).as("deploy/README.md has a 'Secrets to create' section").isNotNegative();
        Set<String> names = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^[ \\t]*\\| `([a-z0-9-]+)` \\|").matcher(text.substring(section));
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    private static Set<String> fieldNames(JsonNode... maps) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode map : maps) {
            map.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static String decoded(JsonNode secret, String key) {
        JsonNode data = secret.path("data").path(key);
        return data.isMissingNode() ? secret.path("stringData").path(key).asText()
                : new String(java.util.Base64.getDecoder().decode(data.asText()), StandardCharsets.UTF_8);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText())) {
                return false;
            }
        }
        return true;
    }

    private static String image(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText();
    }

    private List<JsonNode> of(String overlay, String kind) {
        return rendered.get(overlay).stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private JsonNode one(String overlay, String kind, String name) {
        return of(overlay, kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    private static String name(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }
}
