package cn.gongguan.assessment;

import cn.gongguan.platform.InvalidInputException;
import java.util.List;

/**
 * A scheme refused with every problem at its field (the first one also as the refusal's own field), so that the
 * editor marks them all at once and keeps everything typed.
 */
public class SchemeRefused extends InvalidInputException {

    private final transient List<SchemeProblem> problems;

    SchemeRefused(List<SchemeProblem> problems) {
        super(problems.getFirst().field(), problems.getFirst().key(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public List<SchemeProblem> problems() {
        return problems;
    }
}
