package io.worklane.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The file that hands the generated admin key to its owner: readable by the server's user only. */
final class AdminKeyFile {
    private AdminKeyFile() {
    }

    static Path path(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("admin-api-key");
    }

    static void write(Path dataDir, String secret) {
        Path file = path(dataDir);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the admin key to " + file, e);
        }
    }
}
