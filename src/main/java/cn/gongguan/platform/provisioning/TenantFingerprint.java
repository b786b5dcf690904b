package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantDeclaration.OrgUnitDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A hash of everything that provisioning a tenant depends on: the tenant change log files and the tenant's own
 * declaration. A tenant whose stored fingerprint equals this one is up to date and is not touched at start-up.
 */
@Component
class TenantFingerprint {

    private final byte[] changelogDigest;

    TenantFingerprint() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/changelog/tenant/**/*.*");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        MessageDigest digest = sha256();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
        this.changelogDigest = digest.digest();
    }

    String of(TenantDeclaration tenant) {
        MessageDigest digest = sha256();
        digest.update(changelogDigest);
        StringBuilder declaration = new StringBuilder()
                .append(tenant.code()).append('\n').append(tenant.name()).append('\n').append(tenant.parent());
        for (OrgUnitDeclaration unit : tenant.units()) {
            declaration.append('\n').append(unit.code()).append('\t').append(unit.name());
            unit.groups().forEach(group -> declaration.append('\n').append(group.code()).append('\t')
                    .append(group.name()));
        }
        digest.update(declaration.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
