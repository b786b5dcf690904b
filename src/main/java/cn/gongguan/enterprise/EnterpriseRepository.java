package cn.gongguan.enterprise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    /**
     * A page of the register, by name: the enterprises whose name, industry or contact contains the search (empty:
     * all). A unit keeps tens of enterprises, not thousands: a contains-search needs no index here.
     */
    @Query("""
            select e from Enterprise e
            where e.name like concat('%', :search, '%') escape '\\'
               or e.industry like concat('%', :search, '%') escape '\\'
               or e.contactName like concat('%', :search, '%') escape '\\'
            order by e.name, e.id""")
    List<Enterprise> register(String search, Pageable page);

    @Query("""
            select count(e) from Enterprise e
            where e.name like concat('%', :search, '%') escape '\\'
               or e.industry like concat('%', :search, '%') escape '\\'
               or e.contactName like concat('%', :search, '%') escape '\\'""")
    long countRegister(String search);

    Optional<Enterprise> findByCreditCode(String creditCode);
}
