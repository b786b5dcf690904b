package cn.gongguan.registry;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The certificate-check rate per unit and month (《婚育证明》 查验率): of the women of childbearing age living here on
 * the day counted — those the delivery's certificate notice is for ({@link KeyGroup#WITHOUT_CERTIFICATE}), married or
 * not — how many had their certificate checked by then. Age is taken on the day counted.
 */
@Component
public class CertificateFigures implements FigureSource {

    public static final String DUE = "certificate_due";
    public static final String CHECKED = "certificate_checked";

    private final EntityManager entityManager;

    CertificateFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> indicators() {
        return List.of(DUE, CHECKED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        List<?> rows = entityManager.createNativeQuery("""
                        select p.org_unit_code, count(*), count(*) filter (where p.certificate_checked_on <= :asOf)
                        from person p
                        where %s and p.sex = 'FEMALE' and p.birth_date <= :youngest and p.birth_date > :tooOld
                        group by p.org_unit_code""".formatted(RegistryFigures.LIVING_HERE))
                .setParameter("asOf", Date.valueOf(asOf))
                .setParameter("youngest", Date.valueOf(asOf.minusYears(KeyGroup.FIRST_AGE)))
                .setParameter("tooOld", Date.valueOf(asOf.minusYears(KeyGroup.LAST_AGE + 1)))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String unit = (String) columns[0];
            counts.add(DUE, unit, ((Number) columns[1]).longValue());
            counts.add(CHECKED, unit, ((Number) columns[2]).longValue());
        }
    }
}
