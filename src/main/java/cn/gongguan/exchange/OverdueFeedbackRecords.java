package cn.gongguan.exchange;

import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feedback overdue at the end of the day counted: sent by then, due before it, neither answered nor closed. */
@Component
class OverdueFeedbackRecords extends ExchangeRecords {

    private final ExchangeFigures figures;

    OverdueFeedbackRecords(ExchangeFigures figures, Today today, Places places) {
        super(today, places);
        this.figures = figures;
    }

    @Override
    public String indicator() {
        return Exchange.FEEDBACK_OVERDUE;
    }

    @Override
    List<Message> of(YearMonth month, LocalDate asOf) {
        return figures.overdue(MessageKind.FEEDBACK, asOf, Exchange::message);
    }
}
