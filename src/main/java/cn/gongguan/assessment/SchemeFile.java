package cn.gongguan.assessment;

import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A scheme as the readable file (YAML) a county exports and imports, so that next year starts from this year's:
 * measures by their codes, each with its name in a comment. Reading never builds objects from tags; every problem —
 * malformed YAML, a missing or unknown field, an unknown measure, a number that is none, and whatever
 * {@link SchemeCheck} refuses — is reported with its line.
 */
final class SchemeFile {

    /** The longest file read, in characters (the scheme's column holds no more). */
    static final int MOST_CHARACTERS = 100_000;

    /** What a file read gave: the scheme when it has no problem, else the problems, in line order. */
    record Read(Scheme scheme, List<FileProblem> problems) {
    }

    private SchemeFile() {
    }

    /** Writes the scheme; {@code label} (null: none) names each measure in a comment in the reader's language. */
    static String write(Scheme scheme, String title, Function<Measure, String> label) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append('\n');
        out.append("year: ").append(scheme.year()).append('\n');
        out.append("total: ").append(plain(scheme.total())).append('\n');
        out.append("commend_from: ").append(plain(scheme.commendFrom())).append('\n');
        out.append("criticise_below: ").append(plain(scheme.criticiseBelow())).append('\n');
        out.append("indicators:\n");
        for (Indicator indicator : scheme.indicators()) {
            out.append("  - measure: ").append(indicator.measure().code())
                    .append(comment(label, indicator.measure())).append('\n');
            out.append("    weight: ").append(plain(indicator.weight())).append('\n');
            out.append("    target: ").append(plain(indicator.target())).append('\n');
        }
        out.append(scheme.rules().isEmpty() ? "rules: []\n" : "rules:\n");
        for (Rule rule : scheme.rules()) {
            out.append("  - kind: ").append(rule.kind().name().toLowerCase(Locale.ROOT)).append('\n');
            out.append("    item: ").append(rule.item().code())
                    .append(comment(label, rule.item())).append('\n');
            if (rule.from() != null) {
                out.append("    from: ").append(rule.from().code()).append('\n');
            }
            out.append("    points: ").append(plain(rule.points())).append('\n');
            out.append("    cap: ").append(plain(rule.cap())).append('\n');
        }
        return out.toString();
    }

    /** Reads a scheme file. */
    static Read read(String text) {
        Reader reader = new Reader();
        if (text == null || text.isBlank()) {
            return new Read(null, List.of(new FileProblem(0, "assessment.file.empty")));
        }
        if (text.length() > MOST_CHARACTERS) {
            return new Read(null, List.of(new FileProblem(0, "assessment.file.tooLong", MOST_CHARACTERS)));
        }
        Scheme scheme;
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (!(root instanceof MappingNode mapping)) {
                return new Read(null, List.of(new FileProblem(line(root), "assessment.file.notScheme")));
            }
            scheme = reader.scheme(mapping);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return new Read(null, List.of(new FileProblem(line, "assessment.file.malformed", e.getProblem())));
        } catch (YAMLException e) {
            return new Read(null, List.of(new FileProblem(0, "assessment.file.malformed", e.getMessage())));
        }
        for (SchemeProblem problem : SchemeCheck.problems(scheme)) {
            if (!reader.failed.contains(problem.field())) {
                reader.problems.add(new FileProblem(reader.lineOf(problem.field()), problem.key(),
                        problem.arguments()));
            }
        }
        List<FileProblem> problems = reader.problems.stream()
                .sorted(Comparator.comparingInt(FileProblem::line)).toList();
        return new Read(problems.isEmpty() ? scheme : null, problems);
    }

    private static String comment(Function<Measure, String> label, Measure measure) {
        return label == null ? "" : "  # " + label.apply(measure).replace('\n', ' ');
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** One reading: its problems and the line of every field read, by the field names of {@link SchemeProblem}. */
    private static final class Reader {

        private final List<FileProblem> problems = new ArrayList<>();
        private final Map<String, Integer> lines = new HashMap<>();
        /** The fields already reported as unreadable, which the scheme's own check need not report again. */
        private final Set<String> failed = new HashSet<>();

        Scheme scheme(MappingNode root) {
            Map<String, Node> fields = fields(root, List.of("year", "total", "commend_from", "criticise_below",
                    "indicators", "rules"));
            BigDecimal year = number(fields, "year", "year", root);
            BigDecimal total = number(fields, "total", SchemeCheck.TOTAL, root);
            BigDecimal commend = number(fields, "commend_from", SchemeCheck.COMMEND_FROM, root);
            BigDecimal criticise = number(fields, "criticise_below", SchemeCheck.CRITICISE_BELOW, root);
            List<Indicator> indicators = new ArrayList<>();
            List<MappingNode> rows = rows(fields, "indicators", root, true);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Node> row = fields(rows.get(i), List.of("measure", "weight", "target"));
                String at = SchemeProblem.at(SchemeCheck.INDICATORS, i, "");
                lines.put(at + "measure", line(rows.get(i)));
                indicators.add(new Indicator(measure(row, "measure", at + "measure", rows.get(i)),
                        number(row, "weight", at + "weight", rows.get(i)),
                        number(row, "target", at + "target", rows.get(i))));
            }
            List<Rule> rules = new ArrayList<>();
            rows = rows(fields, "rules", root, false);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Node> row = fields(rows.get(i), List.of("kind", "item", "from", "points", "cap"));
                String at = SchemeProblem.at(SchemeCheck.RULES, i, "");
                lines.put(at + "from", line(rows.get(i)));
                RuleKind kind = kind(row, at + "kind", rows.get(i));
                Measure from = row.containsKey("from") ? measure(row, "from", at + "from", rows.get(i)) : null;
                rules.add(new Rule(kind, measure(row, "item", at + "item", rows.get(i)), from,
                        number(row, "points", at + "points", rows.get(i)),
                        number(row, "cap", at + "cap", rows.get(i))));
            }
            int yearValue = year == null ? 0 : year.intValue();
            return new Scheme(yearValue, total, indicators, rules, commend, criticise);
        }

        int lineOf(String field) {
            return lines.getOrDefault(field, lines.getOrDefault(field.replaceAll("\\.[a-z]+$", ".measure"), 0));
        }

        private Map<String, Node> fields(MappingNode mapping, List<String> known) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null || !known.contains(key)) {
                    problems.add(new FileProblem(line(tuple.getKeyNode()), "assessment.file.field.unknown",
                            String.valueOf(key)));
                } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                    problems.add(new FileProblem(line(tuple.getKeyNode()), "assessment.file.field.twice", key));
                }
            }
            return fields;
        }

        private List<MappingNode> rows(Map<String, Node> fields, String name, Node owner, boolean required) {
            Node node = fields.get(name);
            if (node == null) {
                if (required) {
                    problems.add(new FileProblem(line(owner), "assessment.file.field.missing", name));
                }
                return List.of();
            }
            if (!(node instanceof SequenceNode sequence)) {
                problems.add(new FileProblem(line(node), "assessment.file.list", name));
                return List.of();
            }
            List<MappingNode> rows = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    rows.add(mapping);
                } else {
                    problems.add(new FileProblem(line(item), "assessment.file.row", name));
                }
            }
            return rows;
        }

        private String text(Map<String, Node> fields, String name, String field, Node owner) {
            Node node = fields.get(name);
            failed.add(field);
            if (node == null) {
                problems.add(new FileProblem(line(owner), "assessment.file.field.missing", name));
                return null;
            }
            lines.put(field, line(node));
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(new FileProblem(line(node), "assessment.file.value", name));
                return null;
            }
            failed.remove(field);
            return scalar.getValue().strip();
        }

        private BigDecimal number(Map<String, Node> fields, String name, String field, Node owner) {
            String text = text(fields, name, field, owner);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                problems.add(new FileProblem(lines.get(field), "assessment.file.number", name, text));
                failed.add(field);
                return null;
            }
        }

        private Measure measure(Map<String, Node> fields, String name, String field, Node owner) {
            String text = text(fields, name, field, owner);
            if (text == null) {
                return null;
            }
            Measure measure = Measure.ofCode(text).orElse(null);
            if (measure == null) {
                problems.add(new FileProblem(lines.get(field), "assessment.file.measure.unknown", text));
                failed.add(field);
            }
            return measure;
        }

        private RuleKind kind(Map<String, Node> fields, String field, Node owner) {
            String text = text(fields, "kind", field, owner);
            if (text == null) {
                return null;
            }
            for (RuleKind kind : RuleKind.values()) {
                if (kind.name().equalsIgnoreCase(text)) {
                    return kind;
                }
            }
            problems.add(new FileProblem(lines.get(field), "assessment.file.kind.unknown", text));
            failed.add(field);
            return null;
        }
    }
}
