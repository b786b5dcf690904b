package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.CountedMonths.CountedMonth;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages behind an exchange figure of items, listed by the same conditions {@link ExchangeFigures} counts with.
 * The reference is what the county may know of it too — its number, kind, due day and day answered — and the detail
 * what the addressee's inbox shows: the sender, the due day and day answered, the person's name and masked ID number.
 * Sealed notes and answers are never read here. Each message is the tenant's as a whole, as its figure is.
 */
abstract class ExchangeRecords implements FigureRecords {

    /** What a reference and a detail say of a message not answered by the day counted. */
    static final String UNANSWERED = "unanswered";

    private final Today today;
    private final Places places;

    ExchangeRecords(Today today, Places places) {
        this.today = today;
        this.places = places;
    }

    /** The month's messages as it stood on {@code asOf}. */
    abstract List<Message> of(YearMonth month, LocalDate asOf);

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        return CountedMonths.items(from, to, today.date(), counted -> of(counted.month(), counted.asOf()).stream()
                .map(message -> item(counted, message)).toList());
    }

    private CountedItem item(CountedMonth counted, Message message) {
        LocalDate answered = answeredBy(message, counted.asOf());
        return new CountedItem(counted.month(), UnitCounts.TOTAL,
                reference(message.id(), message.kind(), message.due().due(), answered), detail(message, answered));
    }

    /**
     * A message as the township and the county both name it, with nothing personal: its number (as its thread shows
     * it), its kind, its due day and the day it was answered ({@value #UNANSWERED} when not by the day counted).
     */
    static String reference(long id, MessageKind kind, LocalDate due, LocalDate answered) {
        return "#" + id + " " + kind.name() + " " + timing(due, answered);
    }

    private static String timing(LocalDate due, LocalDate answered) {
        return due + " → " + (answered == null ? UNANSWERED : answered);
    }

    /** The county day the message was answered, if it was by {@code asOf}. */
    private static LocalDate answeredBy(Message message, LocalDate asOf) {
        LocalDate answered = message.answeredAt() == null ? null
                : message.answeredAt().atZone(CountyTime.ZONE).toLocalDate();
        return answered == null || answered.isAfter(asOf) ? null : answered;
    }

    /** What the addressee's inbox shows of it: the sender, the days, the person's name and masked ID number. */
    private String detail(Message message, LocalDate answered) {
        String person = message.personName() == null ? "" : " · " + message.personName()
                + (message.idNumber() == null ? "" : " " + message.idNumber().masked());
        return places.name(message.sender()) + " · " + timing(message.due().due(), answered) + person;
    }
}
