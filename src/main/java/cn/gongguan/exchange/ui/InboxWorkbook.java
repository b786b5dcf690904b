package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.Texts;
import cn.gongguan.uikit.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The exchange's list as shown — the same box, filter and order — written to an Excel workbook page by page. ID numbers
 * are masked as on the screen, and neither notes nor answers' texts (sealed) are written, so the export carries nothing
 * the list does not show.
 */
class InboxWorkbook {

    private static final int PAGE = 500;
    private static final List<String> HEADERS = List.of("exchange.kind", "exchange.subject", "person.idNumber",
            "exchange.what",
            "exchange.place", "exchange.sentAt", "exchange.due", "exchange.state");

    private final Exchange exchange;
    private final Places places;
    private final LocalDate today;
    private final Texts translate;

    InboxWorkbook(Exchange exchange, Places places, LocalDate today, Texts translate) {
        this.exchange = exchange;
        this.places = places;
        this.today = today;
        this.translate = translate;
    }

    /** Writes the list as the filter shows it; how many messages it wrote. */
    int write(Exchange.Box box, Exchange.Filter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(translate.get("nav.exchange"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(translate.get(HEADERS.get(i)));
            }
            int written = 0;
            List<Message> page;
            do {
                page = exchange.list(box, filter, written, PAGE);
                for (Message message : page) {
                    Row row = sheet.createRow(++written);
                    List<String> cells = cells(box, message);
                    for (int i = 0; i < cells.size(); i++) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            } while (page.size() == PAGE);
            workbook.write(out);
            return written;
        }
    }

    private List<String> cells(Exchange.Box box, Message message) {
        boolean notice = message.kind() == MessageKind.NOTICE;
        Message.State state = message.state(today, places.isTenant(message.addressee()));
        return List.of(translate.get(message.kind().labelKey()),
                notice ? message.title() : message.personName(),
                message.idNumber() == null ? "" : message.idNumber().masked(),
                ExchangeView.what(translate, message),
                places.name(box == Exchange.Box.INCOMING ? message.sender() : message.addressee()),
                Formats.dateTime(message.sentAt(), Locale.CHINA),
                message.due() == null ? "" : message.due().due() + (message.due().provisional()
                        ? " " + translate.get("deadline.provisional") : ""),
                translate.get(ExchangeView.stateKey(state)));
    }
}
