package cn.gongguan.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The secrets an installation must be given (the sealing key, the person index's key), which development mode with
 * the embedded database makes up instead: random, kept owner-only beside the database's data so that they survive a
 * restart with it (or in memory only, for tests that wipe the database on start). With an external database a secret
 * not given refuses the start, naming the setting.
 */
@Component
public class DevelopmentSecrets {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSecrets.class);

    private final EmbeddedDatabaseSettings settings;

    DevelopmentSecrets(ObjectProvider<EmbeddedPostgres> embedded, EmbeddedDatabaseSettings settings) {
        this.settings = embedded.getIfAvailable() == null ? null : settings;
    }

    /**
     * The secret configured in {@code setting}, or, when it is blank, the development one kept in {@code fileName};
     * {@code purpose} says in the refusal what the setting is for.
     */
    public String orGenerated(String configured, String setting, String fileName, String purpose) {
        return configured == null || configured.isBlank() ? generated(settings, setting, fileName, purpose) : configured;
    }

    /** The development secret in {@code fileName} beside the embedded database's data (null: there is none). */
    static String generated(EmbeddedDatabaseSettings settings, String setting, String fileName, String purpose) {
        if (settings == null) {
            throw new IllegalStateException("Set " + setting + ": " + purpose);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String generated = Base64.getEncoder().encodeToString(fresh);
        if (settings.cleanOnStart()) {
            return generated;
        }
        Path file = settings.dataDirectory().toAbsolutePath().resolveSibling(fileName);
        try {
            Files.createDirectories(file.getParent());
            try {
                // owner-only from its creation: the file never exists with wider permissions, not even briefly
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // no POSIX permissions on this file system (Windows): its folder's apply
            } catch (FileAlreadyExistsException e) {
                String kept = Files.readString(file).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            Files.writeString(file, generated);
            log.warn("No {} set: generated a development key in {}", setting, file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
