package cn.gongguan.outflow.sixones;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementContractRepository extends JpaRepository<ManagementContract, Long> {

    List<ManagementContract> findByPersonIdOrderBySignedOnDesc(long personId);

    /** The association's first contract signed. */
    Optional<ManagementContract> findFirstByAssociationIdOrderBySignedOnAsc(long associationId);
}
