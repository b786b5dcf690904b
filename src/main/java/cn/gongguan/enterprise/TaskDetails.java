package cn.gongguan.enterprise;

import java.time.LocalDate;
import java.util.Set;

/** What a user enters for a task given to an enterprise's contact; checked by {@link EnterpriseTasks}. */
public record TaskDetails(TaskKind kind, String title, LocalDate dueOn, Set<Long> staffIds) {
}
