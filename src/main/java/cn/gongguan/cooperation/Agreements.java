package cn.gongguan.cooperation;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements of regional cooperation (区域协作协议, policy 二(三)) in {@code platform.coop_agreement} (platform-116):
 * the county's and each township's agreements with other regions, their partners as GB/T 2260 divisions, period,
 * scope and signed file. Everything runs in the user's tenant transaction as the tenant's database role, whose row
 * policies show a unit its own agreements and the county its townships' too, and let a unit write its own only.
 */
@Service
public class Agreements {

    public static final String PARTIES = "parties";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    public static final String FILE = "file";
    /** The field a refusal about the agreement as a whole names. */
    private static final String TITLE_FIELD = CooperationLimits.TITLE.field();
    private static final String SELECT = """
            select a.id, a.owner_code, a.title, a.starts_on, a.ends_on, a.scope, a.updated_by, a.updated_at, a.version,
                   f.id as file_id, f.name as file_name, f.content_type, f.size,
                   array(select p.division_code from platform.coop_party p where p.agreement_id = a.id
                         order by p.division_code) as parties
            from platform.coop_agreement a left join platform.coop_file f on f.id = a.file_id
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final CooperationFiles files;
    private final TenantRegistry tenants;
    private final AuditTrail audit;
    private final Today today;

    Agreements(JdbcClient jdbc, Divisions divisions, CooperationFiles files, TenantRegistry tenants, AuditTrail audit,
               Today today) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.files = files;
        this.tenants = tenants;
        this.audit = audit;
        this.today = today;
    }

    /**
     * The agreements the user reads, as filtered: the unit's own, and for the county every township's too (the row
     * policies decide; the code prefix keeps the query to the user's own tree). The unit's own first, then by unit,
     * latest ending first. A unit has a handful, so the list is not paged.
     */
    @Transactional(readOnly = true)
    public List<Agreement> list(AgreementFilter filter) {
        GongguanUser user = CooperationAccess.reader();
        LocalDate day = today.date();
        String state = filter.state() == null ? null : filter.state().name();
        return jdbc.sql(SELECT + """
                         where a.owner_code like ? || '%'
                           and (cast(? as varchar) is null or a.owner_code = ?)
                           and (cast(? as varchar) is null or exists (select 1 from platform.coop_party p
                                where p.agreement_id = a.id and p.division_code like ? || '%'))
                           and (cast(? as varchar) is null
                                or ? = case when a.starts_on > ? then 'PENDING' when a.ends_on < ? then 'EXPIRED'
                                            else 'IN_FORCE' end)
                         order by a.owner_code <> ?, a.owner_code, a.ends_on desc, a.id desc""")
                .params(user.tenant().value(), code(filter.unit()), code(filter.unit()), filter.partner(),
                        filter.partner(), state, state, day, day, user.tenant().value())
                .query(Agreements::agreement).list();
    }

    /** An agreement the user reads, or empty. */
    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        CooperationAccess.reader();
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Agreements::agreement).optional();
    }

    /**
     * One of the unit's own agreements, for what is recorded under it: the county reads its townships' but writes
     * under none of them.
     */
    Agreement own(long id, GongguanUser user) {
        return jdbc.sql(SELECT + " where a.id = ? and a.owner_code = ?").params(id, user.tenant().value())
                .query(Agreements::agreement).optional()
                .orElseThrow(() -> new AccessDeniedException("No agreement " + id + " of this unit"));
    }

    /** The townships whose agreements the county reads (empty for a township). */
    public List<Tenant> townships() {
        GongguanUser user = CooperationAccess.reader();
        if (user.tenant().kind() != TenantKind.COUNTY) {
            return List.of();
        }
        return tenants.children(user.tenant()).stream()
                .filter(t -> t.kind() == TenantKind.TOWNSHIP && t.isReady()).toList();
    }

    /**
     * Records a new agreement (id null) or changes one of the unit's, opened at {@code version}; with a signed file,
     * which replaces the one stored (null keeps it). Refused at the field: no partner, a code that names no division
     * or the unit itself, a missing or too long text, a period that ends before it starts, a file that is not a PDF
     * or an image or is too large. A change saved meanwhile by someone else is a stale edit.
     */
    @Transactional
    public Agreement save(Long id, long version, AgreementDetails details, SignedFile file) {
        GongguanUser user = CooperationAccess.keeper();
        List<String> parties = parties(details.parties(), user.tenant());
        String title = CooperationLimits.TITLE.check(details.title());
        LocalDate startsOn = required(STARTS_ON, details.startsOn());
        LocalDate endsOn = required(ENDS_ON, details.endsOn());
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException(ENDS_ON, "cooperation.period.endBeforeStart");
        }
        String scope = CooperationLimits.SCOPE.check(details.scope());
        Long replaced = null;
        long agreementId;
        if (id == null) {
            agreementId = jdbc.sql("""
                    insert into platform.coop_agreement (owner_code, title, starts_on, ends_on, scope, recorded_by,
                                                         updated_by)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.tenant().value(), title, startsOn, endsOn, scope, user.getUsername(),
                            user.getUsername())
                    .query(Long.class).single();
        } else {
            Agreement stored = jdbc.sql(SELECT + " where a.id = ? and a.owner_code = ? for update of a")
                    .params(id, user.tenant().value()).query(Agreements::agreement).optional()
                    .orElseThrow(() -> new InvalidInputException(TITLE_FIELD, "cooperation.agreement.gone"));
            if (stored.version() != version) {
                throw new StaleEditException(stored.updatedBy(), stored.updatedAt());
            }
            jdbc.sql("""
                    update platform.coop_agreement set title = ?, starts_on = ?, ends_on = ?, scope = ?,
                        updated_by = ?, updated_at = now(), version = version + 1
                    where id = ?""")
                    .params(title, startsOn, endsOn, scope, user.getUsername(), id).update();
            jdbc.sql("delete from platform.coop_party where agreement_id = ?").param(id).update();
            agreementId = id;
            replaced = file == null || stored.file() == null ? null : stored.file().id();
        }
        for (String party : parties) {
            jdbc.sql("insert into platform.coop_party (agreement_id, owner_code, division_code) values (?, ?, ?)")
                    .params(agreementId, user.tenant().value(), party).update();
        }
        if (file != null) {
            long fileId = files.store(FILE, file, user);
            jdbc.sql("update platform.coop_agreement set file_id = ? where id = ?").params(fileId, agreementId)
                    .update();
            if (replaced != null) {
                files.remove(replaced);
            }
        }
        audit.record(user.tenant(), user.getUsername(), AuditAction.COOPERATION_AGREEMENT_SAVED,
                "coop_agreement:" + agreementId, "parties " + String.join(", ", parties) + "; " + startsOn + " – "
                        + endsOn + (file == null ? "" : "; signed file " + file.storedName()), null);
        return find(agreementId).orElseThrow();
    }

    /** Partner regions: at least one, each a division of China other than the unit itself, each once. */
    private List<String> parties(List<String> given, TenantCode unit) {
        Set<String> parties = new LinkedHashSet<>();
        for (String code : given == null ? List.<String>of() : given) {
            if (code == null || divisions.find(code).isEmpty()) {
                throw new InvalidInputException(PARTIES, "cooperation.parties.unknown", String.valueOf(code));
            }
            if (code.equals(unit.value())) {
                throw new InvalidInputException(PARTIES, "cooperation.parties.self");
            }
            parties.add(code);
        }
        if (parties.isEmpty()) {
            throw new InvalidInputException(PARTIES, "cooperation.parties.required");
        }
        return List.copyOf(parties);
    }

    private static LocalDate required(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return day;
    }

    private static String code(TenantCode code) {
        return code == null ? null : code.value();
    }

    static Agreement agreement(ResultSet rs, int row) throws SQLException {
        long fileId = rs.getLong("file_id");
        Agreement.FileInfo file = rs.wasNull() ? null : new Agreement.FileInfo(fileId, rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size"));
        return new Agreement(rs.getLong("id"), TenantCode.of(rs.getString("owner_code")), rs.getString("title"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("scope"),
                codes(rs.getArray("parties")), file, rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
