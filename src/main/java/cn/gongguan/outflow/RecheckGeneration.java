package cn.gongguan.outflow;

import cn.gongguan.platform.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the bound township's re-check lists for a month, once: a list for every active org unit (and for the
 * township itself when someone away has no org unit), holding every person whose trip is open when the lists are
 * made — on the 1st, or at the first start after it (the month missed while the application was down). Three
 * set-based statements whatever the township's size; a month already made is left alone, so a second run adds
 * nothing, and the unique keys keep a run that raced another from adding a row twice.
 */
@Service
public class RecheckGeneration {

    private final EntityManager entityManager;
    private final RecheckSettingRepository settings;
    private final RecheckFigures figures;
    private final ApplicationEventPublisher events;

    RecheckGeneration(EntityManager entityManager, RecheckSettingRepository settings, RecheckFigures figures,
                      ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.figures = figures;
        this.events = events;
    }

    /**
     * Makes the month's lists unless they were made; re-counts the month's figures either way — the re-check's and,
     * through {@link TripChanged}, the trips' and six ones' too: nothing else writes a new month's figures until a
     * trip changes, and the six ones' completion moves with the calendar (a quarter turning). For {@link RecheckJob}
     * (and the demo, which needs its lists before the job's start-up run): it checks no role.
     */
    @Transactional
    public boolean generate(YearMonth month) {
        boolean made = entityManager.createNativeQuery("""
                        insert into recheck_month (month, generated_at) values (?, now()) on conflict do nothing""")
                .setParameter(1, month.atDay(1)).executeUpdate() == 1;
        if (made) {
            String township = TenantContext.current().value();
            entityManager.createNativeQuery("""
                            insert into recheck_list (month, org_unit_code, due_on, generated_at)
                            select ?1, unit, ?2, now() from (
                                select code as unit from org_unit where active
                                union
                                select coalesce(p.org_unit_code, ?3) from outflow_trip t
                                join person p on p.id = t.person_id where t.return_day is null) units
                            on conflict (month, org_unit_code) do nothing""")
                    .setParameter(1, month.atDay(1)).setParameter(2, settings.current().dueOn(month))
                    .setParameter(3, township).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into recheck_entry (list_id, person_id, trip_id)
                            select l.id, t.person_id, t.id from outflow_trip t
                            join person p on p.id = t.person_id
                            join recheck_list l on l.month = ?1 and l.org_unit_code = coalesce(p.org_unit_code, ?2)
                            where t.return_day is null
                            on conflict (list_id, person_id) do nothing""")
                    .setParameter(1, month.atDay(1)).setParameter(2, township).executeUpdate();
        }
        figures.refresh(month);
        events.publishEvent(new TripChanged(month));
        return made;
    }
}
