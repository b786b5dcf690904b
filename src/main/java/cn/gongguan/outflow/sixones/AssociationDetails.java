package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/** What the township enters about a village's family-planning association. */
public record AssociationDetails(String orgUnit, String name, LocalDate foundedOn, String chair, String phone) {
}
