package cn.gongguan.outflow.sixones;

import java.time.LocalDate;
import java.util.Set;

/** A reproductive-health service as entered: the day, what was done, and where. */
public record ServiceDetails(LocalDate doneOn, Set<HealthServiceKind> services, ServicePlace where, String place) {
}
