package cn.gongguan.outflow.sixones;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContraceptiveMeasureRepository extends JpaRepository<ContraceptiveMeasure, Long> {

    Optional<ContraceptiveMeasure> findByPersonId(long personId);
}
