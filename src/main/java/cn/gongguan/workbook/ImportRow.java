package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of an import file: the cells as typed, what was read from them, and what is wrong with it.
 *
 * @param <D> what a row is read into (a person's details, a trip)
 */
public final class ImportRow<D> {

    private final int number;
    private final List<String> cells;
    private final D details;
    /** Each refusal names the field of its column; one naming no column concerns the whole row. */
    private final List<InvalidInputException> problems = new ArrayList<>();

    ImportRow(int number, List<String> cells, D details) {
        this.number = number;
        this.cells = cells;
        this.details = details;
    }

    /** The row's number as Excel shows it (the header is row 1). */
    public int number() {
        return number;
    }

    /** The cell of the column at {@code index}, stripped, "" when empty. */
    public String cell(int index) {
        return cells.get(index);
    }

    List<String> cells() {
        return cells;
    }

    public D details() {
        return details;
    }

    /** Reads one cell into the details: a refusal is one problem of the row, and the other cells are read still. */
    public void read(String text, Consumer<String> reader) {
        try {
            reader.accept(text);
        } catch (InvalidInputException refusal) {
            refuse(refusal);
        }
    }

    public void refuse(InvalidInputException refusal) {
        problems.add(refusal);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    List<InvalidInputException> problems() {
        return problems;
    }
}
