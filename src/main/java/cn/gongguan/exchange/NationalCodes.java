package cn.gongguan.exchange;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.workbook.TemplateColumn;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The code lists of the national platform's file: the Chinese label of each value, whatever language the user reads
 * (the file is a format, not a screen). Every value has a label — the switches do not compile otherwise — and a cell
 * is read by its label or by the value's code name.
 */
final class NationalCodes {

    private NationalCodes() {
    }

    static String label(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> "特急";
            case PRIORITY -> "加急";
            case NORMAL -> "一般";
        };
    }

    static String label(VerificationTopic topic) {
        return switch (topic) {
            case MARRIAGE_AND_CHILDBEARING -> "婚育情况";
            case RESIDENCE -> "现居住地";
            case CERTIFICATE -> "婚育证明真伪";
            case MEASURES -> "节育措施落实";
            case OTHER -> "其他";
        };
    }

    static String label(VerificationResult result) {
        return switch (result) {
            case CONFIRMED -> "情况属实";
            case DIFFERS -> "情况不符";
            case NOT_FOUND -> "查无此人";
            case LEFT -> "已离开";
            case OTHER -> "其他";
        };
    }

    static String label(FeedbackOutcome outcome) {
        return switch (outcome) {
            case VERIFIED -> "婚育情况已核实";
            case MEASURES_IN_PLACE -> "管理服务措施已落实";
            case NO_CERTIFICATE -> "未持婚育证明已送通知";
            case NOT_FOUND -> "查无此人";
            case LEFT -> "已离开";
            case OTHER -> "其他";
        };
    }

    /** The value whose label or code name the cell holds; refused at the column when none does. */
    static <E extends Enum<E>> E parse(TemplateColumn column, E[] values, Function<E, String> label, String text) {
        for (E value : values) {
            if (label.apply(value).equals(text) || value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new InvalidInputException(column.field(), "national.import.unknownCode", text,
                Arrays.stream(values).map(label).collect(Collectors.joining("、")));
    }

    static Urgency urgency(TemplateColumn column, String text) {
        return parse(column, Urgency.values(), NationalCodes::label, text);
    }

    static VerificationTopic topic(TemplateColumn column, String text) {
        return parse(column, VerificationTopic.values(), NationalCodes::label, text);
    }

    static VerificationResult result(TemplateColumn column, String text) {
        return parse(column, VerificationResult.values(), NationalCodes::label, text);
    }

    static FeedbackOutcome outcome(TemplateColumn column, String text) {
        return parse(column, FeedbackOutcome.values(), NationalCodes::label, text);
    }

    static NationalCategory category(TemplateColumn column, String text) {
        if (NationalCategory.NOTICE.label().equals(text) || NationalCategory.NOTICE.name().equalsIgnoreCase(text)) {
            // a partner's bulletin is recorded under its agreement (区域协作), where a person has read it
            throw new InvalidInputException(column.field(), "national.import.notice");
        }
        return parse(column, NationalCategory.IMPORTED, NationalCategory::label, text);
    }
}
