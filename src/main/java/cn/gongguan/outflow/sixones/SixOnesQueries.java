package cn.gongguan.outflow.sixones;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The six ones of every person away counted in the database, one row per person, so that a village's or the
 * township's completion is one query however many persons are away. The same conditions as {@link SixOnes#checklist}
 * decide each one: the household archive filled; the open trip with an address and a phone; a contract and a
 * certificate in force today; a service in the current quarter; a measure recorded. Each holds on a day: today for
 * the pages, a month's last day for the figures of a month that closed (away on that day; a contract, certificate or
 * service dated by then; an archive or measure last saved by then, as neither keeps the day it was first recorded;
 * the trip's address and phone as they are now, as a trip keeps no history of them).
 */
@Component
class SixOnesQueries {

    /**
     * Persons away on {@code :today} (a trip left by then and not back by then: the open trip, when that day is today)
     * with a flag for each of the six ones; {@code :unit} '' for all.
     */
    private static final String AWAY = """
            select p.id, p.name, p.org_unit_code,
                   exists (select 1 from archive a where a.person_id = p.id and a.kind = 'HOUSEHOLD'
                           and cast(a.updated_at at time zone 'Asia/Shanghai' as date) <= :today) as archive,
                   (coalesce(t.destination_address, '') <> '' and coalesce(t.destination_phone, '') <> '') as address,
                   exists (select 1 from management_contract c where c.person_id = p.id
                           and c.signed_on <= :today and c.term_until >= :today) as contract,
                   exists (select 1 from certificate_issue i where i.person_id = p.id
                           and i.issued_on <= :today and i.valid_until >= :today) as certificate,
                   exists (select 1 from health_service h where h.person_id = p.id and h.quarter = :quarter
                           and h.done_on <= :today) as service,
                   exists (select 1 from contraceptive_measure m where m.person_id = p.id
                           and m.recorded_on <= :today) as measure
            from outflow_trip t join person p on p.id = t.person_id
            where t.departure_day <= :today and (t.return_day is null or t.return_day > :today)
              and (:unit = '' or p.org_unit_code between :unit and :unit || '999')""";

    private final EntityManager entityManager;

    SixOnesQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per village of the unit (its groups counted in it), in code order, the completion of its persons away. */
    List<Completion> byVillage(String unit, LocalDate today) {
        return completion("select left(org_unit_code, 12) as village, " + SUMS + " from (" + AWAY + ") s"
                + " group by village order by village nulls last", unit, today);
    }

    /** Per org unit of the persons (null for none), the completion of every person away. */
    List<Completion> byUnit(LocalDate day) {
        return completion("select org_unit_code, " + SUMS + " from (" + AWAY + ") s group by org_unit_code", null, day);
    }

    /** The completion of every person away in the unit, as one row. */
    Completion total(String unit, LocalDate today) {
        return completion("select cast(null as varchar), " + SUMS + " from (" + AWAY + ") s", unit, today).getFirst();
    }

    /** A page of the persons away in the unit, the least done first. */
    List<PersonProgress> persons(String unit, LocalDate today, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery("select id, name, org_unit_code, "
                + "archive::int + address::int + contract::int + certificate::int + service::int + measure::int"
                + " as done from (" + AWAY + ") s order by done, org_unit_code, name, id offset :offset limit :limit"),
                unit, today).setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new PersonProgress(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /**
     * A page of the persons of the unit away at some time in the quarter without a service in it; those who missed
     * the previous quarter while away first.
     */
    List<DueService> due(String unit, Quarter quarter, int offset, int limit) {
        Quarter previous = quarter.previous();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select p.id, p.name, p.org_unit_code,
                               (select max(t.departure_day) from outflow_trip t where t.person_id = p.id),
                               exists (select 1 from outflow_trip o where o.person_id = p.id
                                       and o.departure_day <= :previousEnd
                                       and (o.return_day is null or o.return_day >= :previousStart))
                               and not exists (select 1 from health_service h where h.person_id = p.id
                                       and h.quarter = :previous) as overdue
                        from person p
                        where exists (select 1 from outflow_trip t where t.person_id = p.id
                                      and t.departure_day <= :end and (t.return_day is null or t.return_day >= :start))
                          and not exists (select 1 from health_service h where h.person_id = p.id
                                          and h.quarter = :quarter)
                          and (:unit = '' or p.org_unit_code between :unit and :unit || '999')
                        order by overdue desc, p.org_unit_code, p.name, p.id offset :offset limit :limit""")
                .setParameter("previousStart", previous.firstDay())
                .setParameter("previousEnd", previous.lastDay())
                .setParameter("previous", previous.toString())
                .setParameter("start", quarter.firstDay())
                .setParameter("end", quarter.lastDay())
                .setParameter("quarter", quarter.toString())
                .setParameter("unit", unit == null ? "" : unit)
                .setParameter("offset", offset).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new DueService(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                day(r[3]), (Boolean) r[4])).toList();
    }

    private static final String SUMS = """
            count(*), count(*) filter (where archive and address and contract and certificate and service and measure),
            count(*) filter (where archive), count(*) filter (where address), count(*) filter (where contract),
            count(*) filter (where certificate), count(*) filter (where service), count(*) filter (where measure)""";

    private List<Completion> completion(String sql, String unit, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery(sql), unit, today).getResultList();
        return rows.stream().map(r -> new Completion((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]))).toList();
    }

    private static Query bind(Query query, String unit, LocalDate today) {
        return query.setParameter("today", today)
                .setParameter("quarter", Quarter.of(today).toString())
                .setParameter("unit", unit == null ? "" : unit);
    }

    /** A date column as the driver hands it back from a native query. */
    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
