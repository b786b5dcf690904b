package cn.gongguan.outflow;

import cn.gongguan.exchange.Holding;
import cn.gongguan.exchange.IndexedPersons;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.Away;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.PersonRegistry;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bound tenant's persons as the person index holds them: by flow type, and an outflow person as away while a
 * trip of theirs is open. Read in id order for the index's background pass (no user is bound there), and one by one
 * for the registry.
 */
@Component
class TripHoldings implements IndexedPersons, Away {

    private final JdbcClient jdbc;

    TripHoldings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isAway(long personId) {
        return jdbc.sql("select exists (select 1 from outflow_trip where person_id = ? and return_day is null)")
                .param(personId).query(Boolean.class).single();
    }

    @Override
    public List<PersonIndex.Entry> after(long afterId, int limit) {
        return jdbc.sql("""
                        select p.id, p.id_number, p.name, p.flow_type,
                               exists (select 1 from outflow_trip t where t.person_id = p.id and t.return_day is null)
                        from person p where p.id > ? order by p.id limit ?""")
                .params(afterId, limit)
                .query((rs, row) -> {
                    FlowType flowType = FlowType.valueOf(rs.getString(4));
                    Holding holding = flowType == FlowType.OUTFLOW && rs.getBoolean(5) ? Holding.OUTFLOW
                            : PersonRegistry.holding(flowType);
                    return new PersonIndex.Entry(rs.getLong(1), new IdNumber(rs.getString(2)), rs.getString(3),
                            holding);
                })
                .list();
    }
}
