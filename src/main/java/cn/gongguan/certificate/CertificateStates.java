package cn.gongguan.certificate;

import cn.gongguan.platform.Today;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate register's answer for one person of the unit: the state derived from the certificates the township
 * issued to them (六个一 ④) and the one checked on them as an inflow person — the same rule the departments are
 * answered by ({@code platform.certificate_answer}), for the unit's own users (the counter, the person page).
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
                                        case when p.certificate_checked then p.certificate_valid_until end) latest,
                               p.certificate_checked and p.certificate_valid_until is null open_ended
                        from person p where p.id = ?""")
                .param(personId)
                .query((rs, row) -> CertificateAnswer.of(rs.getObject("latest", LocalDate.class),
                        rs.getBoolean("open_ended"), today.date()))
                .single());
    }
}
