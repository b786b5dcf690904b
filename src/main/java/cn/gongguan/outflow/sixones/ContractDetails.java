package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/** A management contract as entered: with which association, signed on which day, for how long, and its terms. */
public record ContractDetails(Long associationId, LocalDate signedOn, LocalDate termUntil, String obligations) {
}
