package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sealing keys, checked against the database before anything is sealed or opened. {@code platform.crypto_key}
 * records a check value of each key the installation has used, with its version, so that:
 * <ul>
 * <li>a {@code GONGGUAN_CRYPTO_KEY} other than the one recorded refuses the start (data sealed under one key would
 *     otherwise be unreadable, and new data sealed under another);</li>
 * <li>a new key is accepted only as a rotation: with the key recorded last given as
 *     {@code GONGGUAN_CRYPTO_PREVIOUS_KEY}, it is recorded as the next version and the re-seal moves every value to it;</li>
 * <li>the previous key may be dropped only once the re-seal has retired it.</li>
 * </ul>
 * The keyed-hash key is made once, from the installation's first key, and kept sealed under each key version, so a
 * rotation changes no keyed hash and the first key need not be kept.
 */
@Configuration(proxyBeanMethods = false)
class SealingKeys {

    private static final Logger log = LoggerFactory.getLogger(SealingKeys.class);
    static final String KEY = "GONGGUAN_CRYPTO_KEY";
    static final String PREVIOUS_KEY = "GONGGUAN_CRYPTO_PREVIOUS_KEY";
    /** Where development mode keeps the key it made up. */
    static final String KEY_FILE = "crypto.key";
    static final String PURPOSE = "it encrypts sensitive personal information at rest";
    private static final String HASH_KEY_CONTEXT = "platform/keyed-hash-key";

    @Bean
    Sealer sealer(@Value("${gongguan.crypto.key:}") String secret,
                  @Value("${gongguan.crypto.previous-key:}") String previousSecret,
                  DevelopmentSecrets developmentSecrets, PlatformDatabase platform, DatabaseOwner owner)
            throws SQLException {
        String current = developmentSecrets.orGenerated(secret, KEY, KEY_FILE, PURPOSE);
        // as the owner: the runtime role may read the keys on record and mark one retired, never record or remove one
        try (Connection connection = owner.connect()) {
            connection.setAutoCommit(false);
            try {
                Sealer sealer = check(connection, current, previousSecret.isBlank() ? null : previousSecret);
                connection.commit();
                return sealer;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A key on record. */
    private record Recorded(int version, String checkValue, byte[] hashKey, boolean retired) {
    }

    /**
     * Checks the configured keys against those on record (recording a first key or a rotation's new one) and gives the
     * sealer for them; refuses, naming the setting to fix, when they do not fit. Runs in the caller's transaction.
     */
    static Sealer check(Connection connection, String secret, String previousSecret) throws SQLException {
        requireLength(secret, KEY);
        if (previousSecret != null) {
            requireLength(previousSecret, PREVIOUS_KEY);
        }
        try (Statement statement = connection.createStatement()) {
            // replicas starting together agree on one version for a new key
            statement.execute("lock table platform.crypto_key in share row exclusive mode");
        }
        List<Recorded> recorded = recorded(connection);
        if (recorded.isEmpty()) {
            if (previousSecret != null) {
                throw new IllegalStateException(PREVIOUS_KEY + " is set, but no earlier key is on record: unset it");
            }
            Sealer.Key first = new Sealer.Key(1, secret);
            byte[] hashKey = Sealer.hashKeyOf(secret);
            record(connection, first, new Sealer(first, null, hashKey), hashKey);
            log.info("Recorded the check value of {} as key version 1", KEY);
            return new Sealer(first, null, hashKey);
        }
        Recorded latest = recorded.getLast();
        Recorded currentKey = find(recorded, secret);
        if (currentKey == null) {
            return rotate(connection, recorded, latest, secret, previousSecret);
        }
        if (currentKey.version() != latest.version()) {
            throw new IllegalStateException(KEY + " is key version " + currentKey.version() + ", but version "
                    + latest.version() + " is the newest on record: set " + KEY + " to the newest key");
        }
        Sealer.Key current = new Sealer.Key(currentKey.version(), secret);
        Recorded previous = previousSecret == null ? null : find(recorded, previousSecret);
        if (previousSecret != null && (previous == null || previous.version() >= current.version())) {
            throw new IllegalStateException(PREVIOUS_KEY + " is not a key this database used before key version "
                    + current.version() + ": set it to the key being retired, or unset it");
        }
        Recorded unretired = recorded.stream()
                .filter(r -> r.version() < current.version() && !r.retired()).findFirst().orElse(null);
        if (previous == null && unretired != null) {
            throw new IllegalStateException(PREVIOUS_KEY + " must hold key version " + unretired.version()
                    + " until the re-seal has moved every sealed value to key version " + current.version()
                    + " (the system administrator's key page shows its progress)");
        }
        byte[] hashKey = openHashKey(new Sealer(current, null, new byte[32]), currentKey);
        return new Sealer(current, previous == null ? null : new Sealer.Key(previous.version(), previousSecret), hashKey);
    }

    /** A key not on record: the next version, if the previous key is the one recorded last. */
    private static Sealer rotate(Connection connection, List<Recorded> recorded, Recorded latest, String secret,
                                 String previousSecret) throws SQLException {
        if (previousSecret == null || !Sealer.checkValue(previousSecret).equals(latest.checkValue())) {
            throw new IllegalStateException(KEY + " does not match the key this database's sensitive data is sealed "
                    + "with (key version " + latest.version() + "). Set " + KEY + " back to that key; to change keys, "
                    + "move it to " + PREVIOUS_KEY + " and put the new key in " + KEY + ".");
        }
        for (Recorded earlier : recorded) {
            if (earlier.version() < latest.version() && !earlier.retired()) {
                throw new IllegalStateException("The re-seal from key version " + earlier.version() + " to "
                        + latest.version() + " has not finished: keep " + KEY + " and " + PREVIOUS_KEY
                        + " as they were until it has, then rotate again");
            }
        }
        if (latest.version() == Sealer.MAX_VERSION) {
            throw new IllegalStateException("No key version is left after " + Sealer.MAX_VERSION);
        }
        Sealer.Key previous = new Sealer.Key(latest.version(), previousSecret);
        Sealer.Key current = new Sealer.Key(latest.version() + 1, secret);
        byte[] hashKey = openHashKey(new Sealer(previous, null, new byte[32]), latest);
        Sealer sealer = new Sealer(current, previous, hashKey);
        record(connection, current, sealer, hashKey);
        log.warn("Key rotation: {} recorded as key version {}; the re-seal moves every sealed value to it from "
                + "version {}", KEY, current.version(), previous.version());
        return sealer;
    }

    private static Recorded find(List<Recorded> recorded, String secret) {
        String check = Sealer.checkValue(secret);
        return recorded.stream().filter(r -> r.checkValue().equals(check)).findFirst().orElse(null);
    }

    private static List<Recorded> recorded(Connection connection) throws SQLException {
        List<Recorded> recorded = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select version, check_value, hash_key, retired_at is not null from platform.crypto_key order by version")) {
            while (rows.next()) {
                recorded.add(new Recorded(rows.getInt(1), rows.getString(2), rows.getBytes(3), rows.getBoolean(4)));
            }
        }
        return recorded;
    }

    private static void record(Connection connection, Sealer.Key key, Sealer sealer, byte[] hashKey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into platform.crypto_key (version, check_value, hash_key) values (?, ?, ?)")) {
            insert.setInt(1, key.version());
            insert.setString(2, Sealer.checkValue(key.secret()));
            insert.setBytes(3, sealer.seal(Base64.getEncoder().encodeToString(hashKey), HASH_KEY_CONTEXT));
            insert.executeUpdate();
        }
    }

    private static byte[] openHashKey(Sealer sealer, Recorded key) {
        return Base64.getDecoder().decode(sealer.open(key.hashKey(), HASH_KEY_CONTEXT));
    }

    private static void requireLength(String secret, String setting) {
        if (secret.length() < Sealer.MIN_SECRET_LENGTH) {
            throw new IllegalStateException(setting + " must hold at least " + Sealer.MIN_SECRET_LENGTH
                    + " characters of secret (it encrypts sensitive personal information at rest)");
        }
    }
}
