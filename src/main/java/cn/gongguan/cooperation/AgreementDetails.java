package cn.gongguan.cooperation;

import java.time.LocalDate;
import java.util.List;

/** What a user enters for an agreement; the signed file travels beside it. */
public record AgreementDetails(List<String> parties, String title, LocalDate startsOn, LocalDate endsOn,
                               String scope) {
}
