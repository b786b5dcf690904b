package cn.gongguan.cooperation;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.Today;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint meetings (联席会议) held under the unit's agreements, in {@code platform.coop_meeting}. */
@Service
public class JointMeetings {

    public static final String HELD_ON = "heldOn";
    public static final String PARTNERS = "partners";
    private static final String SELECT = """
            select id, agreement_id, held_on, place, partner_codes, attendees, decisions, follow_ups, recorded_by,
                   recorded_at, version
            from platform.coop_meeting""";

    private final JdbcClient jdbc;
    private final Agreements agreements;
    private final AuditTrail audit;
    private final Today today;

    JointMeetings(JdbcClient jdbc, Agreements agreements, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.audit = audit;
        this.today = today;
    }

    /** The meetings of an agreement the user reads, latest first. */
    @Transactional(readOnly = true)
    public List<JointMeeting> of(long agreementId) {
        CooperationAccess.reader();
        return jdbc.sql(SELECT + " where agreement_id = ? order by held_on desc, id desc").param(agreementId)
                .query(JointMeetings::meeting).list();
    }

    /**
     * Records a meeting under one of the unit's agreements (id null), or corrects one opened at {@code version}.
     * Refused at the field: a day in the future, no partner present or one not of the agreement, a missing or too
     * long text. A correction saved meanwhile by someone else is a stale edit.
     */
    @Transactional
    public JointMeeting save(long agreementId, Long id, long version, JointMeetingDetails details) {
        GongguanUser user = CooperationAccess.keeper();
        Agreement agreement = agreements.own(agreementId, user);
        LocalDate heldOn = details.heldOn();
        if (heldOn == null) {
            throw new InvalidInputException(HELD_ON, "validation.required");
        }
        if (heldOn.isAfter(today.date())) {
            throw new InvalidInputException(HELD_ON, "cooperation.day.future");
        }
        String place = CooperationLimits.PLACE.check(details.place());
        Set<String> partners = new LinkedHashSet<>(details.partners() == null ? List.of() : details.partners());
        if (partners.isEmpty()) {
            throw new InvalidInputException(PARTNERS, "cooperation.partners.required");
        }
        if (!agreement.parties().containsAll(partners)) {
            throw new InvalidInputException(PARTNERS, "cooperation.partner.notOfAgreement");
        }
        String attendees = CooperationLimits.ATTENDEES.check(details.attendees());
        String decisions = CooperationLimits.DECISIONS.check(details.decisions());
        String followUps = CooperationLimits.FOLLOW_UPS.check(details.followUps());
        String[] codes = partners.toArray(String[]::new);
        long meetingId;
        if (id == null) {
            meetingId = jdbc.sql("""
                    insert into platform.coop_meeting (owner_code, agreement_id, held_on, place, partner_codes,
                                                       attendees, decisions, follow_ups, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(agreement.owner().value(), agreementId, heldOn, place, codes, attendees, decisions,
                            followUps, user.getUsername())
                    .query(Long.class).single();
        } else {
            JointMeeting stored = jdbc.sql(SELECT + " where id = ? and agreement_id = ? for update")
                    .params(id, agreementId).query(JointMeetings::meeting).optional()
                    .orElseThrow(() -> new AccessDeniedException("No meeting " + id + " of agreement " + agreementId));
            if (stored.version() != version) {
                throw new StaleEditException(stored.recordedBy(), stored.recordedAt());
            }
            jdbc.sql("""
                    update platform.coop_meeting set held_on = ?, place = ?, partner_codes = ?, attendees = ?,
                        decisions = ?, follow_ups = ?, recorded_by = ?, recorded_at = now(), version = version + 1
                    where id = ?""")
                    .params(heldOn, place, codes, attendees, decisions, followUps, user.getUsername(), id).update();
            meetingId = id;
        }
        audit.record(user.tenant(), user.getUsername(), AuditAction.COOPERATION_MEETING_SAVED,
                "coop_meeting:" + meetingId, "agreement " + agreementId + ", held " + heldOn, null);
        return jdbc.sql(SELECT + " where id = ?").param(meetingId).query(JointMeetings::meeting).single();
    }

    private static JointMeeting meeting(ResultSet rs, int row) throws SQLException {
        return new JointMeeting(rs.getLong("id"), rs.getLong("agreement_id"), rs.getDate("held_on").toLocalDate(),
                rs.getString("place"), Agreements.codes(rs.getArray("partner_codes")), rs.getString("attendees"),
                rs.getString("decisions"), rs.getString("follow_ups"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
    }
}
