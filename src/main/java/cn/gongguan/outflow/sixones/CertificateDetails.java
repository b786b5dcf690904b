package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/** A certificate as the township issues it: its number, the day issued and the last day it is valid. */
public record CertificateDetails(String number, LocalDate issuedOn, LocalDate validUntil) {
}
