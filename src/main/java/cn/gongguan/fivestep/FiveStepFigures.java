package cn.gongguan.fivestep;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.registry.RegistryFigures;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The five-step method's completion per unit and month, as it stood on the day counted: of the persons living here
 * then ({@link RegistryFigures#LIVING_HERE}, the base of completion), how many had each step recorded as done by then
 * (the day the work was done, so a visit entered late counts in the month it was made); how many were still waiting
 * for their visit, and of those how many for more than {@link FiveSteps#VISIT_DAYS} days; and the due and the
 * visited of the intra-county movers.
 */
@Component
public class FiveStepFigures implements FigureSource {

    public static final String DUE = "steps_due";
    public static final String VISIT_DONE = "visit_done";
    public static final String DELIVER_DONE = "deliver_done";
    public static final String FOLLOW_UP_DONE = "follow_up_done";
    public static final String ARCHIVE_DONE = "archive_done";
    public static final String FEEDBACK_DONE = "feedback_done";
    public static final String VISITS_PENDING = "visits_pending";
    public static final String VISITS_OVERDUE = "visits_overdue";
    /**
     * The residence side of the two-way assessment of intra-county movers (县内流动 双向考核): {@link #DUE} and
     * {@link #VISIT_DONE} of the persons living here who moved from elsewhere in the county.
     */
    public static final String INTRA_COUNTY_DUE = "intra_county_due";
    public static final String INTRA_COUNTY_VISITED = "intra_county_visited";

    /**
     * The day a person's visit is due from: the later of arrival and registration, so that a person the township
     * learns of late (a sweep, a late report) is not overdue before anyone could visit them; being unreported is a
     * figure of its own.
     */
    static final String VISIT_DUE_FROM = "greatest(p.arrival_date, (p.created_at at time zone 'Asia/Shanghai')::date)";
    /** Still waiting for the visit more than {@link FiveSteps#VISIT_DAYS} days before the day counted (:asOf). */
    static final String VISIT_OVERDUE = "s.visit is not true and " + VISIT_DUE_FROM + " < cast(:asOf as date) - "
            + FiveSteps.VISIT_DAYS;
    /** The persons living here on the day counted (:asOf), each with the steps done by then. */
    static final String PERSONS_AS_OF = """
            from person p
            left join (select person_id,
                              bool_or(step = 'VISIT') as visit, bool_or(step = 'DELIVER') as deliver,
                              bool_or(step = 'FOLLOW_UP') as follow_up,
                              bool_or(step = 'ARCHIVE') as archive, bool_or(step = 'FEEDBACK') as feedback
                       from step_record where done_on <= :asOf group by person_id) s on s.person_id = p.id
            where %s""".formatted(RegistryFigures.LIVING_HERE);

    private final EntityManager entityManager;

    FiveStepFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> indicators() {
        return List.of(DUE, VISIT_DONE, DELIVER_DONE, FOLLOW_UP_DONE, ARCHIVE_DONE, FEEDBACK_DONE, VISITS_PENDING,
                VISITS_OVERDUE, INTRA_COUNTY_DUE, INTRA_COUNTY_VISITED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        List<?> rows = entityManager.createNativeQuery("""
                        select p.org_unit_code, count(*),
                               count(*) filter (where s.visit), count(*) filter (where s.deliver),
                               count(*) filter (where s.follow_up), count(*) filter (where s.archive),
                               count(*) filter (where s.feedback),
                               count(*) filter (where s.visit is not true),
                               count(*) filter (where %s),
                               count(*) filter (where p.flow_type = 'INTRA_COUNTY'),
                               count(*) filter (where p.flow_type = 'INTRA_COUNTY' and s.visit)
                        %s
                        group by p.org_unit_code""".formatted(VISIT_OVERDUE, PERSONS_AS_OF))
                .setParameter("asOf", Date.valueOf(asOf))
                .getResultList();
        List<String> indicators = indicators();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            for (int i = 0; i < indicators.size(); i++) {
                counts.add(indicators.get(i), (String) columns[0], ((Number) columns[i + 1]).longValue());
            }
        }
    }
}
