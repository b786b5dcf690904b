package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/**
 * A person away in the current quarter who has had no reproductive-health service in it; overdue when they were
 * away in the previous quarter too and had none then either.
 */
public record DueService(long personId, String name, String orgUnit, LocalDate departureDay, boolean overdue) {
}
