package cn.gongguan.outflow.sixones;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementContractRepository extends JpaRepository<ManagementContract, Long> {

    List<ManagementContract> findByPersonIdOrderBySignedOnDesc(long personId);
}
