package cn.gongguan.cooperation;

import cn.gongguan.platform.Labelled;
import java.time.LocalDate;

/** Where an agreement stands on a day, from its period alone: not yet begun, in force, or expired. */
public enum AgreementState implements Labelled {
    PENDING,
    IN_FORCE,
    EXPIRED;

    static AgreementState of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        return today.isBefore(startsOn) ? PENDING : today.isAfter(endsOn) ? EXPIRED : IN_FORCE;
    }

    @Override
    public String labelKey() {
        return "cooperation.state." + name();
    }
}
