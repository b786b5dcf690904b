package cn.gongguan.outflow;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecheckSettingRepository extends JpaRepository<RecheckSetting, Short> {

    /** The township's one setting row (made by the change log). */
    default RecheckSetting current() {
        return findById((short) 1).orElseThrow();
    }
}
