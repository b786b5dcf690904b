package cn.gongguan.assessment;

import cn.gongguan.platform.InvalidInputException;
import java.util.List;

/** An imported scheme file refused, with each problem and its line; nothing was saved. */
public class SchemeFileRefused extends InvalidInputException {

    private final transient List<FileProblem> problems;

    SchemeFileRefused(List<FileProblem> problems) {
        super("file", problems.getFirst().key(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    /** The problems in line order: line (0 for the file as a whole), translation key and arguments. */
    public List<FileProblem> problems() {
        return problems;
    }
}
