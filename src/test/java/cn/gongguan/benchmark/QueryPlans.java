package cn.gongguan.benchmark;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Pinyin;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.PersonDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The query plans behind the measured searches: {@code explain (analyze, buffers)} of the statements Hibernate sends
 * for the registry grid (its count, then its first page, which fetches 51 rows to know whether more follow), with the
 * values of one registered person, run as the tenant's own role as the application does.
 */
final class QueryPlans {

    private static final String PINYIN =
            "(p1_0.name_pinyin like ? escape '\\' or p1_0.name_initials like ? escape '\\')";

    private record Query(String label, String where, List<Object> values) {
    }

    private QueryPlans() {
    }

    static String explain(DataSource dataSource, TenantCode tenant, PersonDetails person) throws SQLException {
        String id = person.getIdNumber();
        Pinyin pinyin = Pinyin.of(person.getName());
        List<Query> queries = List.of(
                new Query("ID number, all 18 digits", "p1_0.id_number like ? escape '\\'", List.of(id + "%")),
                new Query("ID number prefix", "p1_0.id_number like ? escape '\\'", List.of(id.substring(0, 10) + "%")),
                new Query("name prefix", "p1_0.name like ? escape '\\'",
                        List.of(person.getName().substring(0, 2) + "%")),
                new Query("pinyin initials", PINYIN, List.of(pinyin.initials() + "%", pinyin.initials() + "%")),
                new Query("full pinyin", PINYIN, List.of(pinyin.full() + "%", pinyin.full() + "%")),
                new Query("no filter", "1=1", List.of()),
                new Query("village + flow type", "p1_0.org_unit_code=? and p1_0.flow_type=?",
                        List.of(person.getOrgUnit(), person.getFlowType().name())),
                new Query("inflow, certificate not checked", "p1_0.flow_type=? and p1_0.certificate_checked=?",
                        List.of(FlowType.INFLOW.name(), false)),
                new Query("surname + village", "p1_0.name like ? escape '\\' and p1_0.org_unit_code=?",
                        List.of(person.getName().charAt(0) + "%", person.getOrgUnit())));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement session = connection.createStatement()) {
            session.execute("set role \"" + tenant.role() + "\"; set search_path to \"" + tenant.schema() + "\"");
            try {
                for (Query query : queries) {
                    plans.append(explain(connection, query.label + ": count",
                            "select count(p1_0.id) from person p1_0 where " + query.where, query.values));
                    plans.append(explain(connection, query.label + ": first page",
                            "select p1_0.* from person p1_0 where " + query.where
                                    + " order by p1_0.id desc offset 0 rows fetch first 51 rows only", query.values));
                }
            } finally {
                session.execute("reset role; reset search_path");
            }
        }
        return plans.toString();
    }

    private static String explain(Connection connection, String label, String sql, List<Object> values)
            throws SQLException {
        StringBuilder plan = new StringBuilder("## ").append(label).append("\n\n").append(sql).append('\n')
                .append(values).append("\n\n");
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.append('\n').toString();
    }
}
