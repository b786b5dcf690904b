package cn.gongguan.certificate.api;

import cn.gongguan.platform.GuardedWrites;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.reference.Department;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of other departments' systems (issue 16), kept by the county's system administrator: created for a
 * department, rotated (a new secret, the old one refused from then on) and revoked. Every act is audited with who and
 * which token. Everything runs in the county's tenant transaction as the county's database role, whose row-level
 * security shows only the county's own tokens and whose column grants hide the secrets' hashes
 * ({@code platform-100-api-token}).
 */
@Service
public class ApiTokens {

    public static final String DEPARTMENT = "department";
    public static final String PER_MINUTE = "perMinute";
    private static final String REVOKED = "GGT01";
    private static final String COLUMNS = """
            id, county_code, department, name, hint, per_minute, created_by, created_at, rotated_by, rotated_at,
            revoked_by, revoked_at, last_used_at, version""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApiSettings settings;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, ApiSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
    }

    /** The requests per minute of a token without a limit of its own. */
    public int defaultPerMinute() {
        return settings.requestsPerMinute();
    }

    /** The county's tokens, active ones first, each group newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        GongguanUser user = keeper();
        return jdbc.sql("select " + COLUMNS + " from platform.api_token where county_code = ?"
                        + " order by revoked_at is not null, created_at desc, id desc")
                .param(user.tenant().value()).query(ApiTokens::token).list();
    }

    /**
     * Creates a token for a department of the county; refused at the field for a missing or too long name, a name
     * an active token of the county has, a missing department or family planning (the county's own office), or a
     * limit outside 1 to {@value ApiTokenLimits#MAX_PER_MINUTE}. The secret comes back this once.
     */
    @Transactional
    public IssuedToken create(NewToken input) {
        GongguanUser user = keeper();
        String name = ApiTokenLimits.NAME.check(input.name());
        if (input.department() == null) {
            throw new InvalidInputException(DEPARTMENT, "validation.required");
        }
        if (input.department() == Department.FAMILY_PLANNING) {
            throw new InvalidInputException(DEPARTMENT, "api.token.department.own");
        }
        Integer perMinute = checkedLimit(input.perMinute());
        if (nameTaken(user.tenant(), name)) {
            throw new InvalidInputException(ApiTokenLimits.NAME.field(), "api.token.name.taken");
        }
        String secret = ApiSecret.generate();
        long id;
        try {
            id = jdbc.sql("""
                            insert into platform.api_token (county_code, department, name, hint, secret_hash, per_minute,
                                created_by)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.tenant().value(), input.department().name(), name, ApiSecret.hint(secret),
                            ApiSecret.hash(secret), perMinute, user.getUsername())
                    .query(Long.class).single();
        } catch (DuplicateKeyException sameName) {
            // another administrator gave an active token this name meanwhile
            throw new InvalidInputException(ApiTokenLimits.NAME.field(), "api.token.name.taken");
        }
        ApiToken token = find(id);
        audit.record(user.tenant(), user.getUsername(), AuditAction.API_TOKEN_CREATED, subject(id),
                describe(token), null);
        return new IssuedToken(token, secret);
    }

    /**
     * Gives the token a new secret, shown this once; the old one is refused from now on. Refused as a stale edit when
     * someone rotated or revoked it since the administrator saw it ({@code version}).
     */
    @Transactional
    public IssuedToken rotate(long id, int version) {
        GongguanUser user = keeper();
        current(id, version);
        String secret = ApiSecret.generate();
        GuardedWrites.refusing(REVOKED, ApiTokenLimits.NAME.field(), "api.token.revoked", () ->
                jdbc.sql("""
                                update platform.api_token set secret_hash = ?, hint = ?, rotated_by = ?,
                                    rotated_at = now(), version = version + 1
                                where id = ?""")
                        .params(ApiSecret.hash(secret), ApiSecret.hint(secret), user.getUsername(), id).update());
        ApiToken token = find(id);
        audit.record(user.tenant(), user.getUsername(), AuditAction.API_TOKEN_ROTATED, subject(id),
                describe(token), null);
        return new IssuedToken(token, secret);
    }

    /** Revokes the token for good: its secret is refused from now on. Refused as a stale edit as for a rotation. */
    @Transactional
    public ApiToken revoke(long id, int version) {
        GongguanUser user = keeper();
        current(id, version);
        GuardedWrites.refusing(REVOKED, ApiTokenLimits.NAME.field(), "api.token.revoked", () ->
                jdbc.sql("""
                                update platform.api_token set revoked_by = ?, revoked_at = now(), version = version + 1
                                where id = ?""")
                        .params(user.getUsername(), id).update());
        ApiToken token = find(id);
        audit.record(user.tenant(), user.getUsername(), AuditAction.API_TOKEN_REVOKED, subject(id),
                describe(token), null);
        return token;
    }

    /** The token as the administrator saw it, or a stale edit naming who changed it since. */
    private void current(long id, int version) {
        ApiToken token = find(id);
        if (token.version() != version || !token.isActive()) {
            boolean revoked = !token.isActive();
            throw new StaleEditException(revoked ? token.revokedBy() : token.rotatedBy(),
                    revoked ? token.revokedAt() : token.rotatedAt());
        }
    }

    /** One of the county's tokens; another county's is not found (row-level security). */
    private ApiToken find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.api_token where id = ?").param(id)
                .query(ApiTokens::token).optional()
                .orElseThrow(() -> new AccessDeniedException("No API token " + id + " of this county"));
    }

    private boolean nameTaken(TenantCode county, String name) {
        return jdbc.sql("select exists (select 1 from platform.api_token"
                        + " where county_code = ? and name = ? and revoked_at is null)")
                .params(county.value(), name).query(Boolean.class).single();
    }

    private static Integer checkedLimit(Integer perMinute) {
        if (perMinute != null && (perMinute < 1 || perMinute > ApiTokenLimits.MAX_PER_MINUTE)) {
            throw new InvalidInputException(PER_MINUTE, "api.token.perMinute.range", ApiTokenLimits.MAX_PER_MINUTE);
        }
        return perMinute;
    }

    /** The county's system administrator, the only one who keeps its tokens. */
    private static GongguanUser keeper() {
        GongguanUser user = CurrentUser.inRole(EnumSet.of(Role.SYSTEM_ADMIN), "keep API tokens");
        if (user.tenant().kind() != TenantKind.COUNTY) {
            throw new AccessDeniedException("API tokens are kept by a county");
        }
        return user;
    }

    private static String describe(ApiToken token) {
        return "%s, %s, %s…, %s per minute".formatted(token.name(), token.department(), token.hint(),
                token.perMinute() == null ? "default" : token.perMinute());
    }

    private static String subject(long id) {
        return "api_token:" + id;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        Integer perMinute = rs.getObject("per_minute", Integer.class);
        return new ApiToken(rs.getLong("id"), TenantCode.of(rs.getString("county_code")),
                Department.valueOf(rs.getString("department")), rs.getString("name"), rs.getString("hint"),
                perMinute, rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("rotated_by"), instant(rs, "rotated_at"), rs.getString("revoked_by"),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
