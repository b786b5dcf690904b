package cn.gongguan.assessment;

import cn.gongguan.platform.GuardedWrites;
import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year's closing (年终考核): the county opens the scorecards to its townships' review; each township confirms its
 * scorecard or objects to a deduction with a reason; the county decides each objection (upheld with the points given
 * back, or rejected, always with its reason) and, with every objection decided, approves — the year is locked and
 * each township's scorecard frozen as approved; reopening a locked year needs a reason. Everything runs as the user's
 * tenant role (the rollups and the tenant tree are read on the platform before): the database lets each side write
 * only its own part, and its guard refuses anything out of turn ({@code GG003}), which comes back as a refusal at the
 * field.
 */
@Service
public class Closing {

    public static final String YEAR = "year";
    public static final String ITEM = "item";
    public static final String REASON = "reason";
    public static final String RESTORED = "restored";
    /** The guard's SQL state for a write out of turn (platform-090). */
    static final String OUT_OF_TURN = "GG003";

    /** The county's decision on an objection. */
    public enum Decision implements Labelled {
        UPHELD, REJECTED;

        @Override
        public String labelKey() {
            return "assessment.decision." + name();
        }
    }

    /** A township's objection to a deduction and, once decided, the county's decision. */
    public record Objection(long id, TenantCode township, int year, Measure item, BigDecimal deducted, String reason,
                            String raisedBy, Instant raisedAt, Decision decision, BigDecimal restored,
                            String decisionReason, String decidedBy, Instant decidedAt) {

        public boolean isOpen() {
            return decision == null;
        }
    }

    /** A township's confirmation of its scorecard, with the score it confirmed. */
    public record Confirmation(TenantCode township, int year, BigDecimal score, String confirmedBy,
                               Instant confirmedAt) {
    }

    private static final String OBJECTION_COLUMNS = """
            id, township_code, year, item, deducted, reason, raised_by, raised_at, decision, restored,
            decision_reason, decided_by, decided_at""";

    private final JdbcClient jdbc;
    private final AssessmentYears years;
    private final Schemes schemes;
    private final Scorecards scorecards;
    private final YearFigures yearFigures;
    private final AuditTrail audit;
    private final TransactionTemplate tenantWrites;

    Closing(JdbcClient jdbc, AssessmentYears years, Schemes schemes, Scorecards scorecards, YearFigures yearFigures,
            AuditTrail audit, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.years = years;
        this.schemes = schemes;
        this.scorecards = scorecards;
        this.yearFigures = yearFigures;
        this.audit = audit;
        this.tenantWrites = new TransactionTemplate(transactionManager);
    }

    /** Opens the year's scorecards to the townships' review; refused without a scheme or when not open. */
    @Transactional
    public void openReview(int year) {
        GongguanUser user = AssessmentAccess.county();
        TenantCode county = user.tenant();
        if (schemes.current(county, year).isEmpty()) {
            throw new InvalidInputException(YEAR, "assessment.closing.noScheme", String.valueOf(year));
        }
        YearState state = years.state(county, year);
        if (state != YearState.OPEN) {
            throw new InvalidInputException(YEAR, "assessment.closing.notOpen", String.valueOf(year));
        }
        jdbc.sql("""
                        insert into platform.assessment_year (county_code, year, state, changed_by)
                        values (?, ?, 'REVIEW', ?)
                        on conflict (county_code, year) do update
                        set state = 'REVIEW', changed_by = excluded.changed_by, changed_at = now()""")
                .params(county.value(), year, user.getUsername()).update();
        audit.record(county, user.getUsername(), AuditAction.ASSESSMENT_REVIEW_OPENED, Schemes.subject(year), null,
                null);
    }

    /**
     * The township confirms its live scorecard as it stands now (the score is kept with the confirmation); refused
     * when the year is not under review or the township confirmed already.
     */
    public Confirmation confirm(int year) {
        GongguanUser user = AssessmentAccess.answerer();
        TenantCode township = TenantContext.current();
        TenantCode county = AssessmentYears.county();
        Scorecards.Ranked card = scorecards.own(year)
                .orElseThrow(() -> new InvalidInputException(YEAR, "assessment.closing.noScheme", String.valueOf(year)));
        return tenantWrites.execute(status -> {
            answering(county, year, township, YEAR);
            inTurn(YEAR, () -> jdbc.sql("""
                            insert into platform.assessment_confirmation (county_code, year, township_code, score,
                                confirmed_by) values (?, ?, ?, ?, ?)""")
                    .params(county.value(), year, township.value(), card.card().score(), user.getUsername())
                    .update());
            audit.record(township, user.getUsername(), AuditAction.ASSESSMENT_CONFIRMED, Schemes.subject(year),
                    "score " + card.card().score().toPlainString(), null);
            return confirmations(county, year, township).getFirst();
        });
    }

    /** Refuses at the field unless the year is under review and the township has not confirmed its result yet. */
    private void answering(TenantCode county, int year, TenantCode township, String field) {
        if (years.state(county, year) != YearState.REVIEW) {
            throw new InvalidInputException(field, "assessment.closing.notUnderReview", String.valueOf(year));
        }
        if (!confirmations(county, year, township).isEmpty()) {
            throw new InvalidInputException(field, "assessment.closing.confirmed");
        }
    }

    /**
     * The township objects to a deduction of its live scorecard with a reason; refused at the field for an item that
     * deducts nothing, one objected to and not yet decided, a missing reason, or a year not under review.
     */
    public Objection object(int year, Measure item, String reason) {
        GongguanUser user = AssessmentAccess.answerer();
        TenantCode township = TenantContext.current();
        TenantCode county = AssessmentYears.county();
        String text = AssessmentLimits.OBJECTION_REASON.check(Input.stripped(reason));
        if (item == null) {
            throw new InvalidInputException(ITEM, "validation.required");
        }
        Scorecard card = scorecards.own(year).map(Scorecards.Ranked::card)
                .orElseThrow(() -> new InvalidInputException(YEAR, "assessment.closing.noScheme", String.valueOf(year)));
        return tenantWrites.execute(status -> {
            answering(county, year, township, REASON);
            Scorecard.Adjustment deduction = card.deduction(item).filter(d -> d.net().signum() > 0)
                    .orElseThrow(() -> new InvalidInputException(ITEM, "assessment.objection.nothingDeducted"));
            if (objections(county, year, township).stream().anyMatch(o -> o.item() == item && o.isOpen())) {
                throw new InvalidInputException(ITEM, "assessment.objection.open");
            }
            long id = inTurn(REASON, () -> jdbc.sql("""
                            insert into platform.assessment_objection (county_code, year, township_code, item,
                                deducted, reason, raised_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(county.value(), year, township.value(), item.code(), deduction.net(), text,
                            user.getUsername())
                    .query(Long.class).single());
            audit.record(township, user.getUsername(), AuditAction.ASSESSMENT_OBJECTED, Schemes.subject(year),
                    item.code() + " -" + deduction.net().toPlainString() + ": " + text, null);
            return objection(id);
        });
    }

    /**
     * The county decides an objection with its reason: upheld gives back {@code restored} points (at most the
     * deduction objected to), rejected gives back none. Refused at the field when wrong or decided already.
     */
    @Transactional
    public Objection decide(long id, Decision decision, BigDecimal restored, String reason) {
        GongguanUser user = AssessmentAccess.county();
        Objection objection = objection(id);
        if (!objection.township().parent().map(user.tenant()::equals).orElse(false)) {
            throw new AccessDeniedException("Not an objection of the county's townships: " + id);
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "validation.required");
        }
        String text = AssessmentLimits.DECISION_REASON.check(Input.stripped(reason));
        BigDecimal back = null;
        if (decision == Decision.UPHELD) {
            if (restored == null) {
                throw new InvalidInputException(RESTORED, "validation.required");
            }
            if (restored.signum() <= 0 || restored.compareTo(objection.deducted()) > 0
                    || restored.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException(RESTORED, "assessment.objection.restored.range",
                        objection.deducted().toPlainString());
            }
            back = restored;
        }
        if (!objection.isOpen()) {
            throw new InvalidInputException("decision", "assessment.objection.decided");
        }
        BigDecimal given = back;
        inTurn("decision", () -> jdbc.sql("""
                        update platform.assessment_objection
                        set decision = ?, restored = ?, decision_reason = ?, decided_by = ?, decided_at = now()
                        where id = ?""")
                .params(decision.name(), given, text, user.getUsername(), id).update());
        audit.record(user.tenant(), user.getUsername(), AuditAction.ASSESSMENT_OBJECTION_DECIDED,
                Schemes.subject(objection.year()), objection.township().value() + " " + objection.item().code()
                        + " " + decision + (given == null ? "" : " +" + given.toPlainString()) + ": " + text, null);
        return objection(id);
    }

    /**
     * Approves the year: every objection must be decided; the year is locked with the current scheme version and each
     * township's scorecard frozen with its rank. The audit trail keeps every township's approved score.
     */
    public void approve(int year) {
        GongguanUser user = AssessmentAccess.county();
        TenantCode county = user.tenant();
        Schemes.Version scheme = tenantWrites.execute(status -> schemes.current(county, year))
                .orElseThrow(() -> new InvalidInputException(YEAR, "assessment.closing.noScheme", String.valueOf(year)));
        List<Tenant> townships = scorecards.townships(county);
        Map<TenantCode, Map<String, Long>> figures = yearFigures.of(county, year);
        tenantWrites.executeWithoutResult(status -> {
            int locked = inTurn(YEAR, () -> jdbc.sql("""
                            update platform.assessment_year set state = 'LOCKED', scheme_version = ?, changed_by = ?,
                                changed_at = now()
                            where county_code = ? and year = ? and state = 'REVIEW'""")
                    .params(scheme.version(), user.getUsername(), county.value(), year).update());
            if (locked == 0) {
                throw new InvalidInputException(YEAR, "assessment.closing.notUnderReview", String.valueOf(year));
            }
            // the year's row is locked now: a township's objection under way has committed or waits and is refused
            if (objections(county, year, null).stream().anyMatch(Objection::isOpen)) {
                throw new InvalidInputException(YEAR, "assessment.closing.objectionsOpen");
            }
            if (schemes.current(county, year).map(Schemes.Version::version).orElse(0) != scheme.version()) {
                throw new InvalidInputException(YEAR, "assessment.closing.outOfTurn");
            }
            List<Scorecards.Live> live = scorecards.live(townships, figures,
                    scorecards.restored(county, year, null), scheme);
            Map<TenantCode, Integer> ranks = Scorecards.ranksOf(live);
            for (Scorecards.Live township : live) {
                jdbc.sql("""
                                insert into platform.assessment_result (county_code, year, township_code,
                                    scheme_version, score, rank, rating, card)
                                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                        .params(county.value(), year, township.township().code().value(), scheme.version(),
                                township.card().score(), ranks.get(township.township().code()),
                                township.card().rating().name(), township.from().json())
                        .update();
            }
            audit.record(county, user.getUsername(), AuditAction.ASSESSMENT_APPROVED, Schemes.subject(year),
                    "scheme version " + scheme.version() + "; " + live.stream()
                            .map(l -> l.township().code().value() + " " + l.card().score().toPlainString())
                            .collect(Collectors.joining(", ")), null);
        });
    }

    /**
     * Reopens a locked year for review with a reason: the frozen scorecards and the townships' confirmations are taken
     * back (the audit trail keeps both); audited.
     */
    @Transactional
    public void reopen(int year, String reason) {
        GongguanUser user = AssessmentAccess.county();
        TenantCode county = user.tenant();
        String text = AssessmentLimits.REOPEN_REASON.check(Input.stripped(reason));
        if (years.state(county, year) != YearState.LOCKED) {
            throw new InvalidInputException(REASON, "assessment.closing.notLocked", String.valueOf(year));
        }
        jdbc.sql("""
                        update platform.assessment_year set state = 'REVIEW', scheme_version = null, changed_by = ?,
                            changed_at = now(), reason = ?
                        where county_code = ? and year = ?""")
                .params(user.getUsername(), text, county.value(), year).update();
        jdbc.sql("delete from platform.assessment_result where county_code = ? and year = ?")
                .params(county.value(), year).update();
        // each township confirms or objects again to what the reopened year will score
        jdbc.sql("delete from platform.assessment_confirmation where county_code = ? and year = ?")
                .params(county.value(), year).update();
        audit.record(county, user.getUsername(), AuditAction.ASSESSMENT_REOPENED, Schemes.subject(year), text, null);
    }

    /** The year's objections: the county's of every township, a township's own; newest first. */
    @Transactional(readOnly = true)
    public List<Objection> objections(int year) {
        GongguanUser user = AssessmentAccess.reader();
        TenantCode county = AssessmentYears.county();
        return objections(county, year, user.tenant().equals(county) ? null : user.tenant());
    }

    /** The year's confirmations: the county's of every township, a township's own. */
    @Transactional(readOnly = true)
    public List<Confirmation> confirmations(int year) {
        GongguanUser user = AssessmentAccess.reader();
        TenantCode county = AssessmentYears.county();
        return confirmations(county, year, user.tenant().equals(county) ? null : user.tenant());
    }

    /** The county's years under its townships' review, latest first (its home page points at them). */
    @Transactional(readOnly = true)
    public List<Integer> underReview() {
        TenantCode county = AssessmentAccess.county().tenant();
        return jdbc.sql("""
                        select year from platform.assessment_year where county_code = ? and state = 'REVIEW'
                        order by year desc""")
                .param(county.value()).query(Integer.class).list();
    }

    private List<Objection> objections(TenantCode county, int year, TenantCode township) {
        return jdbc.sql("select " + OBJECTION_COLUMNS + """
                         from platform.assessment_objection
                        where county_code = ? and year = ? and (cast(? as varchar) is null or township_code = ?)
                        order by raised_at desc, id desc""")
                .params(county.value(), year, code(township), code(township))
                .query(Closing::objection).list();
    }

    private List<Confirmation> confirmations(TenantCode county, int year, TenantCode township) {
        return jdbc.sql("""
                        select township_code, year, score, confirmed_by, confirmed_at
                        from platform.assessment_confirmation
                        where county_code = ? and year = ? and (cast(? as varchar) is null or township_code = ?)
                        order by township_code""")
                .params(county.value(), year, code(township), code(township))
                .query((rs, row) -> new Confirmation(TenantCode.of(rs.getString(1)), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    private Objection objection(long id) {
        return jdbc.sql("select " + OBJECTION_COLUMNS + " from platform.assessment_objection where id = ?")
                .param(id).query(Closing::objection).optional()
                .orElseThrow(() -> new AccessDeniedException("No objection " + id));
    }

    private static Objection objection(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString(9);
        return new Objection(rs.getLong(1), TenantCode.of(rs.getString(2)), rs.getInt(3),
                Measure.ofCode(rs.getString(4)).orElseThrow(), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), decision == null ? null : Decision.valueOf(decision),
                rs.getBigDecimal(10), rs.getString(11), rs.getString(12),
                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant());
    }

    private static String code(TenantCode township) {
        return township == null ? null : township.value();
    }

    private static <T> T inTurn(String field, Supplier<T> write) {
        return GuardedWrites.refusing(OUT_OF_TURN, field, "assessment.closing.outOfTurn", write);
    }
}
