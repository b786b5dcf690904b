package cn.gongguan.assessment;

/**
 * What is wrong with a scheme, at a field: {@code total}, {@code commendFrom}, {@code criticiseBelow}, or a row's
 * field such as {@code indicators[2].weight} or {@code rules[0].item} (rows counted from 0); {@code key} and
 * {@code arguments} say why in the user's language.
 */
public record SchemeProblem(String field, String key, Object... arguments) {

    /** The field of row {@code index} of a list. */
    static String at(String list, int index, String field) {
        return list + "[" + index + "]." + field;
    }
}
