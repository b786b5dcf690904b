package cn.gongguan.outflow;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecheckListRepository extends JpaRepository<RecheckList, Long> {

    List<RecheckList> findByMonthOrderByOrgUnitCode(LocalDate month);

    /** The months that have lists, latest first. */
    @Query("select distinct l.month from RecheckList l order by l.month desc")
    List<LocalDate> months();

    @Modifying
    @Query("update RecheckList l set l.dueOn = :dueOn where l.month = :month")
    int moveDueDay(LocalDate month, LocalDate dueOn);
}
