package cn.gongguan.exchange;

import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** Verification requests (协查) answered after their due day, in the month of the answer. */
@Component
class LateVerificationRecords extends ExchangeRecords {

    private final ExchangeFigures figures;

    LateVerificationRecords(ExchangeFigures figures, Today today, Places places) {
        super(today, places);
        this.figures = figures;
    }

    @Override
    public String indicator() {
        return Exchange.VERIFICATION_LATE;
    }

    @Override
    List<Message> of(YearMonth month, LocalDate asOf) {
        return figures.late(MessageKind.VERIFICATION, month, Exchange::message);
    }
}
