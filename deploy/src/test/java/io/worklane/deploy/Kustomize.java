package io.worklane.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code kubectl kustomize DIR} (offline: no cluster needed), its output read as one node per object. */
final class Kustomize {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** Whether kubectl is on the PATH (it is on the CI machine; a JDK-only machine has none). */
    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
        }
        List<JsonNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).readValues(out)) {
            while (documents.hasNext()) {
                JsonNode object = (JsonNode) documents.next();
                if (object != null && !object.isNull() && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }
}
