package cn.gongguan.fivestep;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByPersonIdOrderByDueOnDesc(long personId);

    List<FollowUp> findByAssigneeAndDoneOnIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(String assignee,
                                                                                           LocalDate until);
}
