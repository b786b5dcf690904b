package cn.gongguan.enterprise;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<EnterpriseTask, Long> {

    /** An enterprise's tasks: the open ones first by due day, then the done ones latest first. */
    @Query("""
            select t from EnterpriseTask t where t.enterpriseId = :enterpriseId
            order by case when t.doneOn is null then 0 else 1 end, t.dueOn, t.doneOn desc, t.id""")
    List<EnterpriseTask> tasksOf(long enterpriseId);

    List<EnterpriseTask> findByEnterpriseIdAndKindAndDoneOnIsNull(long enterpriseId, TaskKind kind);

    /** How many tasks are open and past their day per enterprise, for the register's column. */
    @Query("""
            select t.enterpriseId, count(t) from EnterpriseTask t
            where t.doneOn is null and t.dueOn < :today group by t.enterpriseId""")
    List<Object[]> overdueByEnterprise(LocalDate today);
}
