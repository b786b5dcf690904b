package cn.gongguan.governance;

import java.time.LocalDate;

/** What the county enters for a supervision visit. */
public record SupervisionDetails(LocalDate visitedOn, String findings, String rectification, LocalDate rectifyBy) {
}
