package cn.gongguan.cooperation;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information bulletins (信息通报) exchanged with an agreement's partners, in {@code platform.coop_bulletin}. A bulletin
 * sent goes out through the exchange in the same transaction ({@link Exchange#bulletin}): into the partner's inbox
 * when it works in this system, else into the unit's national outbox, which leaves with the next batch of the
 * national platform's file. A bulletin received from outside is recorded by hand (the platform's file carries no
 * bulletins into this system: a person reads one first and files it under its agreement).
 */
@Service
public class Bulletins {

    public static final String PARTNER = "partner";
    public static final String SENT_ON = "sentOn";
    public static final String FILE = "file";
    private static final String SELECT = """
            select b.id, b.agreement_id, b.direction, b.partner_code, b.sent_on, b.title, b.text, b.message_id,
                   b.recorded_by, f.id as file_id, f.name as file_name, f.content_type, f.size
            from platform.coop_bulletin b left join platform.coop_file f on f.id = b.file_id""";

    private final JdbcClient jdbc;
    private final Exchange exchange;
    private final Agreements agreements;
    private final CooperationFiles files;
    private final AuditTrail audit;
    private final Today today;

    Bulletins(JdbcClient jdbc, Exchange exchange, Agreements agreements, CooperationFiles files, AuditTrail audit,
              Today today) {
        this.jdbc = jdbc;
        this.exchange = exchange;
        this.agreements = agreements;
        this.files = files;
        this.audit = audit;
        this.today = today;
    }

    /** The bulletins of an agreement the user reads, latest first. */
    @Transactional(readOnly = true)
    public List<Bulletin> of(long agreementId) {
        CooperationAccess.reader();
        return jdbc.sql(SELECT + " where b.agreement_id = ? order by b.sent_on desc, b.id desc").param(agreementId)
                .query(Bulletins::bulletin).list();
    }

    /**
     * Sends a bulletin to one of the agreement's partners today, through the exchange, with an optional attachment
     * (kept here; the exchange carries title and text). Refused at the field for a partner not of the agreement, a
     * missing or too long text, a file that is not a PDF or an image or is too large.
     */
    @Transactional
    public Bulletin send(long agreementId, BulletinDetails details, SignedFile file) {
        GongguanUser user = CooperationAccess.keeper();
        Agreement agreement = agreements.own(agreementId, user);
        String partner = partner(agreement, details.partner());
        String title = CooperationLimits.BULLETIN_TITLE.check(details.title());
        String text = CooperationLimits.BULLETIN_TEXT.check(details.text());
        Long fileId = file == null ? null : files.store(FILE, file, user);
        long message = exchange.bulletin(partner, title, text);
        long id = insert(agreement, BulletinDirection.SENT, partner, today.date(), title, text, fileId, message, user);
        audit.record(user.tenant(), user.getUsername(), AuditAction.COOPERATION_BULLETIN_SENT, "coop_bulletin:" + id,
                "to " + partner + ", message " + message, null);
        return find(id);
    }

    /**
     * Records a bulletin received from one of the agreement's partners, on the day it came (not in the future), with
     * an optional attachment; refused at the field as a sent one is.
     */
    @Transactional
    public Bulletin received(long agreementId, BulletinDetails details, SignedFile file) {
        GongguanUser user = CooperationAccess.keeper();
        Agreement agreement = agreements.own(agreementId, user);
        String partner = partner(agreement, details.partner());
        LocalDate sentOn = details.sentOn();
        if (sentOn == null) {
            throw new InvalidInputException(SENT_ON, "validation.required");
        }
        if (sentOn.isAfter(today.date())) {
            throw new InvalidInputException(SENT_ON, "cooperation.day.future");
        }
        String title = CooperationLimits.BULLETIN_TITLE.check(details.title());
        String text = CooperationLimits.BULLETIN_TEXT.check(details.text());
        Long fileId = file == null ? null : files.store(FILE, file, user);
        long id = insert(agreement, BulletinDirection.RECEIVED, partner, sentOn, title, text, fileId, null, user);
        audit.record(user.tenant(), user.getUsername(), AuditAction.COOPERATION_BULLETIN_RECEIVED,
                "coop_bulletin:" + id, "from " + partner, null);
        return find(id);
    }

    private long insert(Agreement agreement, BulletinDirection direction, String partner, LocalDate sentOn,
                        String title, String text, Long fileId, Long message, GongguanUser user) {
        return jdbc.sql("""
                insert into platform.coop_bulletin (owner_code, agreement_id, direction, partner_code, sent_on, title,
                                                    text, file_id, message_id, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agreement.owner().value(), agreement.id(), direction.name(), partner, sentOn, title, text,
                        fileId, message, user.getUsername())
                .query(Long.class).single();
    }

    private static String partner(Agreement agreement, String partner) {
        if (partner == null) {
            throw new InvalidInputException(PARTNER, "validation.required");
        }
        if (!agreement.parties().contains(partner)) {
            throw new InvalidInputException(PARTNER, "cooperation.partner.notOfAgreement");
        }
        return partner;
    }

    private Bulletin find(long id) {
        return jdbc.sql(SELECT + " where b.id = ?").param(id).query(Bulletins::bulletin).single();
    }

    private static Bulletin bulletin(ResultSet rs, int row) throws SQLException {
        long fileId = rs.getLong("file_id");
        Agreement.FileInfo file = rs.wasNull() ? null : new Agreement.FileInfo(fileId, rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size"));
        long message = rs.getLong("message_id");
        Long messageId = rs.wasNull() ? null : message;
        return new Bulletin(rs.getLong("id"), rs.getLong("agreement_id"),
                BulletinDirection.valueOf(rs.getString("direction")), rs.getString("partner_code"),
                rs.getDate("sent_on").toLocalDate(), rs.getString("title"), rs.getString("text"), file, messageId,
                rs.getString("recorded_by"));
    }
}
