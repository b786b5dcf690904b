package cn.gongguan.governance;

import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a township writes on its task and its locations in {@code platform} (cross-tenant path 5), in its own
 * transaction: the row policies let it touch its own rows only, and the guard triggers refuse any change once the
 * operation is closed ({@code GG001}) — which comes back as a refusal at a field, never as a database error.
 */
@Component
class OperationTaskRows {

    private final JdbcClient jdbc;

    OperationTaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long assign(OperationTask task, KeyLocation place, String unitName, String team) {
        return jdbc.sql("""
                        insert into platform.operation_location (task_id, operation_id, county_code, township_code,
                                                                 location_id, kind, name, unit_name, team)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(task.id(), task.operationId(), task.county(), task.township(), place.getId(),
                        place.getKind().name(), OperationLimits.LOCATION_NAME.check(place.getName()),
                        OperationLimits.LOCATION_UNIT.check(unitName), team)
                .query(Long.class).single();
    }

    void changeTeam(long locationId, String team) {
        jdbc.sql("update platform.operation_location set team = ? where id = ?").params(team, locationId).update();
    }

    /**
     * Takes a location off its task unless a finding was recorded there meanwhile or a liaison's finding refers to
     * it (taken in or waiting); whether it did. A liaison's finding written at this moment holds the location by
     * its foreign key, which the delete then violates: that too is "not taken off".
     */
    boolean unassign(long locationId) {
        try {
            return jdbc.sql("""
                            delete from platform.operation_location l where l.id = ? and l.findings = 0
                            and not exists (select 1 from platform.liaison_finding f where f.location_id = l.id)""")
                    .param(locationId).update() == 1;
        } catch (DataIntegrityViolationException referred) {
            return false;
        }
    }

    /**
     * Adds {@code change} (1 or -1) to the task's count of assigned locations: added to what is there, so that two
     * assignments at once both count.
     */
    void countLocations(long taskId, int change) {
        jdbc.sql("""
                        update platform.operation_task set updated_at = now(), locations_total = locations_total + ?
                        where id = ?""")
                .params(change, taskId).update();
    }

    /**
     * Adds a finding's counts to its location and task. The location's first finding makes it done (on the earliest
     * day found) and counts once in the task's locations done: the row lock of the location's update orders two
     * findings recorded at once.
     */
    void addFinding(long taskId, long locationId, LocalDate foundOn, FindingCounts counts) {
        int findings = jdbc.sql("""
                        update platform.operation_location set findings = findings + 1,
                            persons_checked = persons_checked + ?, persons_registered = persons_registered + ?,
                            without_certificate = without_certificate + ?, referred = referred + ?,
                            houses_found = houses_found + ?, done_on = least(coalesce(done_on, ?), ?)
                        where id = ? returning findings""")
                .params(counts.personsChecked(), counts.personsRegistered(), counts.withoutCertificate(),
                        counts.referred(), counts.housesFound(), foundOn, foundOn, locationId)
                .query(Integer.class).single();
        jdbc.sql("""
                        update platform.operation_task set locations_done = locations_done + ?,
                            persons_checked = persons_checked + ?, persons_registered = persons_registered + ?,
                            without_certificate = without_certificate + ?, referred = referred + ?,
                            houses_found = houses_found + ?, updated_at = now()
                        where id = ?""")
                .params(findings == 1 ? 1 : 0, counts.personsChecked(), counts.personsRegistered(),
                        counts.withoutCertificate(), counts.referred(), counts.housesFound(), taskId)
                .update();
    }

    void submit(long taskId, String note, String by) {
        jdbc.sql("""
                        update platform.operation_task set state = 'SUBMITTED', result_note = ?, submitted_by = ?,
                            submitted_at = now(), updated_at = now()
                        where id = ? and state in ('OPEN', 'REWORK')""")
                .params(note, by, taskId).update();
    }
}
