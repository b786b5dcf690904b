package cn.gongguan.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernanceMeetingRepository extends JpaRepository<GovernanceMeeting, Long> {

    List<GovernanceMeeting> findAllByOrderByHeldOnDescIdDesc();

    @Query("select max(m.heldOn) from GovernanceMeeting m")
    Optional<LocalDate> lastDay();

    long countByHeldOnBetween(LocalDate from, LocalDate to);
}
