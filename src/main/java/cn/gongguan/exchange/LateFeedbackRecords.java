package cn.gongguan.exchange;

import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feedback answered after its due day in the month of the answer (反馈不及时). */
@Component
class LateFeedbackRecords extends ExchangeRecords {

    private final ExchangeFigures figures;

    LateFeedbackRecords(ExchangeFigures figures, Today today, Places places) {
        super(today, places);
        this.figures = figures;
    }

    @Override
    public String indicator() {
        return Exchange.FEEDBACK_LATE;
    }

    @Override
    List<Message> of(YearMonth month, LocalDate asOf) {
        return figures.late(MessageKind.FEEDBACK, month, Exchange::message);
    }
}
