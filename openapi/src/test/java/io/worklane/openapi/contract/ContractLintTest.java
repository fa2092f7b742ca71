package io.worklane.openapi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints openapi.yaml with Redocly CLI (OpenAPI 3.1 structure, $refs, examples against their schemas)
 * and Worklane's style rules in redocly.yaml. Needs Node >= 20 and the npm registry (or npm's cache)
 * the first time; on a JDK-only machine it is skipped with a message and ContractStyleTest still runs.
 */
class ContractLintTest {
    private static final Path WORK = Path.of(System.getProperty("worklane.contract.work", "target/contract-lint"));

    @Test
    void theContractLintsCleanWithRedoclyAndTheStyleRules() throws Exception {
        Assumptions.assumeTrue(Node.available(), "SKIPPED contract lint (Redocly): Node >= 20 is not on the PATH. "
                + "Install Node 20+ to run it; ContractStyleTest covers the basic rules meanwhile.");
        Files.createDirectories(WORK);
        Files.copy(Contract.dir().resolve("package.json"), WORK.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        if (!Files.exists(WORK.resolve("node_modules/.bin/redocly"))) {
            Node.Result install = Node.run(WORK, 300, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
            assertThat(install.exitCode()).as("npm install of the linter:%n%s", install.output()).isZero();
        }

        Node.Result lint = Node.run(WORK, 180, WORK.resolve("node_modules/.bin/redocly").toString(), "lint",
                "--config", Contract.dir().resolve("redocly.yaml").toString(), "--format", "stylish",
                Contract.current().toString());

        System.out.println(lint.output());
        assertThat(lint.exitCode()).as("redocly lint found errors:%n%s", lint.output()).isZero();
        assertThat(lint.output()).contains("valid");
    }

    /** Node on the PATH, and the way to run its tools. */
    static final class Node {
        record Result(int exitCode, String output) {
        }

        static boolean available() {
            try {
                Result version = run(Path.of("."), 30, "node", "--version");
                return version.exitCode() == 0 && major(version.output().trim()) >= 20;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        private static int major(String version) {
            try {
                return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        static Result run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
            Path log = Files.createTempFile("node", ".log");
            Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        }
    }
}
