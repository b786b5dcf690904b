package cn.gongguan.registry;

import cn.gongguan.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** One row of an import file: the cells as typed, the person read from them, and what is wrong with it. */
final class ImportRow {

    /** The row's number as Excel shows it. */
    final int number;
    final List<String> cells;
    final PersonDetails details = new PersonDetails();
    /** Each refusal names the field of its column; one naming no column concerns the whole row. */
    final List<InvalidInputException> problems = new ArrayList<>();

    ImportRow(int number, List<String> cells) {
        this.number = number;
        this.cells = cells;
    }

    boolean isValid() {
        return problems.isEmpty();
    }
}
