package cn.gongguan.registry;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    Optional<Person> findByIdNumber(String idNumber);

    @Query("select p.idNumber from Person p where p.idNumber in :idNumbers")
    Set<String> findIdNumbersIn(Collection<String> idNumbers);
}
