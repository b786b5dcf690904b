package cn.gongguan.certificate;

import cn.gongguan.platform.Today;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate register's answer for one person of the unit: the state derived from the certificates the unit
 * issued to them (六个一 ④) and the one it checked on them as an inflow person — the rule the departments are answered
 * by ({@code platform.certificate_answer}, written there in the database's own words), over this unit's records only:
 * a department is answered over every unit of the county.
 */
@Service
public class CertificateStates {

    private final PersonRegistry registry;
    private final JdbcClient jdbc;
    private final Today today;

    CertificateStates(PersonRegistry registry, JdbcClient jdbc, Today today) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The person's certificate state today; empty when the user may not see the person. */
    @Transactional(readOnly = true)
    public Optional<CertificateAnswer> of(long personId) {
        return registry.find(personId).map(person -> jdbc.sql("""
                        select greatest((select max(c.valid_until) from certificate_issue c where c.person_id = p.id),
                                        case when p.certificate_checked then coalesce(p.certificate_valid_until,
                                            (p.certificate_checked_on + interval '3 years')::date) end) latest
                        from person p where p.id = ?""")
                .param(personId)
                .query((rs, row) -> CertificateAnswer.of(rs.getObject("latest", LocalDate.class), today.date()))
                .single());
    }
}
