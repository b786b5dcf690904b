package cn.gongguan.platform.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<RevisionRecord, Long> {

    List<RevisionRecord> findBySubjectOrderByIdDesc(String subject);
}
