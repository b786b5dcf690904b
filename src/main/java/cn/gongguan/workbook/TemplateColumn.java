package cn.gongguan.workbook;

/**
 * A column of an import template. A refusal naming the column's field (the service's own field name) is shown at
 * that column's cell of the row, in the error workbook.
 *
 * @param labelKey  the translation key of the column's header
 * @param field     the field a refusal names when it is about this column's cell
 * @param maxLength the most characters the cell may hold; 0 for a column read into something other than text
 */
public record TemplateColumn(String labelKey, String field, int maxLength) {
}
