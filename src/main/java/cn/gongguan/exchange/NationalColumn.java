package cn.gongguan.exchange;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.time.LocalDate;

/**
 * The columns of the national platform's file, in order (docs/national-exchange.md): the one place their names,
 * lengths and readings are kept. The header is the national forms' own, in Chinese whatever the user's language; the
 * translated label names a column on screen and in the error workbook.
 */
public enum NationalColumn {
    PLATFORM_NUMBER("平台编号", "platformNumber", MessageLimits.NATIONAL_NUMBER.maxLength()),
    LOCAL_NUMBER("本地编号", "localNumber", 19),
    CATEGORY("类别", "category", 0),
    SENDER_CODE("发送地代码", "senderCode", 12),
    SENDER("发送地", "senderName", 100),
    ADDRESSEE_CODE("接收地代码", "addresseeCode", 12),
    ADDRESSEE("接收地", "addresseeName", 100),
    NAME("姓名", "personName", MessageLimits.PERSON_NAME.maxLength()),
    ID_NUMBER("公民身份号码", IdNumber.FIELD, 0),
    TOPIC("协查事项", "topic", 0),
    OUTCOME("反馈结果", "outcome", 0),
    URGENCY("紧急程度", "urgency", 0),
    CONTENT("内容", "content", MessageLimits.ANSWER.maxLength()),
    SENT_ON("发送日期", "sentOn", 0),
    DUE_ON("答复期限", "dueOn", 0),
    RESULT("答复结果", "result", 0),
    ANSWER("答复内容", "answer", MessageLimits.ANSWER.maxLength()),
    ANSWERED_ON("答复日期", "answeredOn", 0);

    /** A division code as the platform gives it: a county's 6 digits, a township's 9, a village's 12. */
    private static final String DIVISION_CODE = "\\d{6}|\\d{9}|\\d{12}";

    private final String header;
    private final TemplateColumn column;

    NationalColumn(String header, String field, int maxLength) {
        this.header = header;
        this.column = new TemplateColumn("national.column." + name(), field, maxLength);
    }

    /** The column's name in the file. */
    public String header() {
        return header;
    }

    TemplateColumn column() {
        return column;
    }

    /**
     * Reads the cell into the row; a cell that cannot be read, or is missing where the row's category needs it, is
     * refused at this column. The category is read first: what else is required follows from it.
     */
    void read(NationalRow row, String text, LocalDate today) {
        Cells.text(column, text);
        NationalCategory category = row.category;
        boolean question = category != null && category.isQuestion();
        boolean answer = category == NationalCategory.REPLY || category == NationalCategory.RECEIPT;
        switch (this) {
            case PLATFORM_NUMBER -> row.platformNumber = required(text, question);
            case LOCAL_NUMBER -> row.localNumber = localNumber(required(text, answer));
            case CATEGORY -> row.category = NationalCodes.category(column, required(text, true));
            case SENDER_CODE -> row.senderCode = code(required(text, true));
            case SENDER, ADDRESSEE -> {
                // for people reading the file: the codes name the places
            }
            case DUE_ON -> Cells.date(column, text); // for people too: the due day follows this county's rules
            case ADDRESSEE_CODE -> row.addresseeCode = code(required(text, true));
            case NAME -> row.personName = required(text, question);
            case ID_NUMBER -> row.idNumber = text.isEmpty() && !question ? null : IdNumber.parse(text, today);
            case TOPIC -> row.topic = category == NationalCategory.VERIFICATION
                    ? NationalCodes.topic(column, required(text, true)) : null;
            case OUTCOME -> row.outcome = category == NationalCategory.FEEDBACK
                    ? NationalCodes.outcome(column, required(text, true)) : null;
            case URGENCY -> row.urgency = category == NationalCategory.VERIFICATION
                    ? NationalCodes.urgency(column, required(text, true)) : null;
            case CONTENT -> row.content = required(text, question && row.saysOther());
            case SENT_ON -> row.sentOn = past(required(text, question), today);
            case RESULT -> row.resultText = text;
            case ANSWER -> row.answer = text;
            case ANSWERED_ON -> row.answeredOn = past(required(text, category == NationalCategory.REPLY), today);
        }
    }

    private String required(String text, boolean required) {
        if (required && text.isEmpty()) {
            throw new InvalidInputException(column.field(), "validation.required");
        }
        return text;
    }

    private Long localNumber(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,18}")) {
            throw new InvalidInputException(column.field(), "national.import.localNumber.unknown");
        }
        return Long.parseLong(text);
    }

    private String code(String text) {
        if (!text.matches(DIVISION_CODE)) {
            throw new InvalidInputException(column.field(), "national.import.code");
        }
        return text;
    }

    private LocalDate past(String text, LocalDate today) {
        LocalDate day = Cells.date(column, text);
        if (day != null && day.isAfter(today)) {
            throw new InvalidInputException(column.field(), "national.import.future");
        }
        return day;
    }
}
