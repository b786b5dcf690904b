package cn.gongguan.platform.history;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One field of a record changed by an edit: its value before and after (null when blank). */
public record Change(String field, String before, String after) {

    /** The fields whose values differ between the two versions of a record, in field-name order. */
    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String was = blankAsNull(before.get(field));
            String is = blankAsNull(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    /** As stored: a line per change, {@code field&before&after}, each part URL-encoded (a null part is {@code -}). */
    static String encode(List<Change> changes) {
        return changes.stream()
                .map(c -> part(c.field()) + "&" + part(c.before()) + "&" + part(c.after()))
                .collect(Collectors.joining("\n"));
    }

    static List<Change> decode(String stored) {
        return stored.lines().map(line -> line.split("&", -1))
                .map(parts -> new Change(value(parts[0]), value(parts[1]), value(parts[2])))
                .toList();
    }

    private static String part(String value) {
        return value == null ? "-" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String value(String part) {
        return part.equals("-") ? null : URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
