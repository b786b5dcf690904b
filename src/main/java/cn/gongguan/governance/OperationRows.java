package cn.gongguan.governance;

import cn.gongguan.reference.Department;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads joint operations, tasks and assigned locations from {@code platform} in the caller's tenant transaction; the
 * row policies of cross-tenant path 5 decide what the tenant's role sees (the county its operations, a township its
 * own task).
 */
@Component
class OperationRows {

    private final JdbcClient jdbc;

    OperationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Operation> operation(long id) {
        return jdbc.sql("select * from platform.operation where id = ?").param(id).query(OperationRows::operation)
                .optional();
    }

    /** The operations the tenant sees, newest first. */
    List<Operation> operations() {
        return jdbc.sql("select * from platform.operation order by starts_on desc, id desc")
                .query(OperationRows::operation).list();
    }

    Optional<OperationTask> task(long id) {
        return jdbc.sql("select * from platform.operation_task where id = ?").param(id).query(OperationRows::task)
                .optional();
    }

    /** The tasks of an operation the tenant sees, by township code. */
    List<OperationTask> tasksOf(long operationId) {
        return jdbc.sql("select * from platform.operation_task where operation_id = ? order by township_code")
                .param(operationId).query(OperationRows::task).list();
    }

    /** The tasks the tenant sees, newest first. */
    List<OperationTask> tasks() {
        return jdbc.sql("select * from platform.operation_task order by id desc").query(OperationRows::task).list();
    }

    Optional<OperationLocation> location(long id) {
        return jdbc.sql("select * from platform.operation_location where id = ?").param(id)
                .query(OperationRows::location).optional();
    }

    List<OperationLocation> locationsOf(long taskId) {
        return jdbc.sql("select * from platform.operation_location where task_id = ? order by kind, name, id")
                .param(taskId).query(OperationRows::location).list();
    }

    static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static FindingCounts counts(ResultSet rs) throws SQLException {
        return new FindingCounts(rs.getInt("persons_checked"), rs.getInt("persons_registered"),
                rs.getInt("without_certificate"), rs.getInt("referred"), rs.getInt("houses_found"));
    }

    static Operation operation(ResultSet rs, int row) throws SQLException {
        return new Operation(rs.getLong("id"), rs.getString("county_code"), rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                parse(rs.getString("location_kinds"), LocationKind.class),
                parse(rs.getString("departments"), Department.class), rs.getString("lead"),
                rs.getString("instructions"), OperationState.valueOf(rs.getString("state")), rs.getString("summary"),
                rs.getString("planned_by"), instant(rs, "planned_at"), rs.getString("published_by"),
                instant(rs, "published_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
                rs.getInt("version"));
    }

    static OperationTask task(ResultSet rs, int row) throws SQLException {
        return new OperationTask(rs.getLong("id"), rs.getLong("operation_id"), rs.getString("county_code"),
                rs.getString("township_code"), TaskState.valueOf(rs.getString("state")), rs.getInt("locations_total"),
                rs.getInt("locations_done"), counts(rs), rs.getString("result_note"), rs.getString("submitted_by"),
                instant(rs, "submitted_at"), rs.getString("rework_reason"), rs.getString("rework_by"),
                instant(rs, "rework_at"), instant(rs, "updated_at"));
    }

    static OperationLocation location(ResultSet rs, int row) throws SQLException {
        return new OperationLocation(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("operation_id"),
                rs.getString("township_code"), rs.getLong("location_id"), LocationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("unit_name"), rs.getString("team"), rs.getInt("findings"),
                counts(rs), rs.getObject("done_on", LocalDate.class));
    }
}
