package cn.gongguan.workbook;

/**
 * A column of an import template. A refusal naming the column's {@link #field()} (the service's own field name) is
 * shown at that column's cell of the row, in the error workbook.
 */
public interface TemplateColumn {

    /** The translation key of the column's header. */
    String labelKey();

    /** The field a refusal names when it is about this column's cell. */
    String field();

    /** The most characters the cell may hold; 0 for a column read into something other than text. */
    int maxLength();
}
