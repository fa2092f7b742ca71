package io.worklane.deploy;

/** The KeycloakRealmImport of base/keycloak, written from deploy/keycloak/worklane-realm.json (JSON is YAML). */
final class RealmImport {
    private RealmImport() {
    }

    static String yaml(String realmJson) {
        StringBuilder out = new StringBuilder("""
                # GENERATED from deploy/keycloak/worklane-realm.json (JSON is YAML): do not edit here. After changing the
                # realm, regenerate: ./mvnw -pl deploy test -Dtest=KubernetesManifestsTest -Dworklane.k8s.regenerate=true
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: worklane-realm
                spec:
                  keycloakCRName: worklane-keycloak
                  realm:
                """);
        realmJson.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        return out.toString();
    }
}
