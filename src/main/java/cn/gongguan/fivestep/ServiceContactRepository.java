package cn.gongguan.fivestep;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceContactRepository extends JpaRepository<ServiceContact, Integer> {
}
