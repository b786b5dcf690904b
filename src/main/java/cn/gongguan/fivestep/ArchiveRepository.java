package cn.gongguan.fivestep;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArchiveRepository extends JpaRepository<ArchiveRecord, ArchiveRecord.Key> {

    List<ArchiveRecord> findByPersonId(long personId);

    Optional<ArchiveRecord> findByPersonIdAndKind(long personId, Archive kind);
}
