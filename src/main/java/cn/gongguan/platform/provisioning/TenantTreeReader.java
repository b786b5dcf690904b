package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantDeclaration.GroupDeclaration;
import cn.gongguan.platform.TenantDeclaration.OrgUnitDeclaration;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.orgunit.OrgUnitLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the tenant tree files ({@code *.yaml}, one county tree each). A file with any problem — malformed YAML, a code
 * of the wrong shape, a repeated code, an unknown parent — is rejected whole with its file, line and reason; the
 * other files still load.
 */
public final class TenantTreeReader {

    private TenantTreeReader() {
    }

    public static TenantTree read(Path directory) {
        List<ParsedFile> files = new ArrayList<>();
        List<TenantFileProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new TenantFileProblem(directory.toString(), 0, "the tenants directory does not exist"));
            return new TenantTree(List.of(), problems);
        }
        for (Path file : yamlFiles(directory)) {
            ParsedFile parsed = parse(file);
            if (parsed.problems.isEmpty()) {
                files.add(parsed);
            } else {
                problems.addAll(parsed.problems);
            }
        }
        rejectRepeatedCodes(files, problems);
        rejectUnknownParents(files, problems);
        return new TenantTree(files.stream().flatMap(f -> f.tenants.values().stream()).toList(), problems);
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the tenants directory " + directory, e);
        }
    }

    /** A code may be declared once across all files: a later file that repeats an earlier one is rejected. */
    private static void rejectRepeatedCodes(List<ParsedFile> files, List<TenantFileProblem> problems) {
        Map<TenantCode, String> declaredIn = new HashMap<>();
        files.removeIf(file -> {
            for (TenantDeclaration tenant : file.tenants.values()) {
                String earlier = declaredIn.get(tenant.code());
                if (earlier != null) {
                    problems.add(file.problemAt(tenant, "code " + tenant.code() + " is already declared in " + earlier));
                    return true;
                }
            }
            file.tenants.values().forEach(t -> declaredIn.put(t.code(), t.source()));
            return false;
        });
    }

    /** A parent must be declared by an accepted file; rejecting a file can orphan another, so repeat until stable. */
    private static void rejectUnknownParents(List<ParsedFile> files, List<TenantFileProblem> problems) {
        boolean changed = true;
        while (changed) {
            Set<TenantCode> known = new HashSet<>();
            files.forEach(f -> known.addAll(f.tenants.keySet()));
            changed = files.removeIf(file -> file.tenants.values().stream()
                    .filter(t -> t.parent() != null && !known.contains(t.parent()))
                    .findFirst()
                    .map(t -> problems.add(file.problemAt(t, "unknown parent " + t.parent())))
                    .orElse(false));
        }
    }

    private static ParsedFile parse(Path file) {
        ParsedFile parsed = new ParsedFile(file.getFileName().toString());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            Node list = root instanceof MappingNode mapping ? fields(parsed, mapping).get("tenants") : null;
            if (!(list instanceof SequenceNode sequence)) {
                parsed.problem(root, "the file must hold a list named 'tenants'");
                return parsed;
            }
            sequence.getValue().forEach(item -> parseTenant(parsed, item));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            parsed.problems.add(new TenantFileProblem(parsed.name, line, "malformed YAML: " + e.getProblem()));
        } catch (IOException | RuntimeException e) {
            parsed.problems.add(new TenantFileProblem(parsed.name, 0, "unreadable: " + e.getMessage()));
        }
        return parsed;
    }

    private static void parseTenant(ParsedFile file, Node item) {
        if (!(item instanceof MappingNode mapping)) {
            file.problem(item, "each tenant must be a mapping with code and name");
            return;
        }
        Map<String, Node> fields = fields(file, mapping);
        TenantCode code = code(file, fields.get("code"), mapping, "code");
        String name = text(file, fields.get("name"), mapping, "name");
        TenantCode parent = fields.containsKey("parent") ? code(file, fields.get("parent"), mapping, "parent") : null;
        if (code == null || name == null) {
            return;
        }
        TenantKind parentKind = code.kind().parentKind();
        if (parentKind == null && parent != null) {
            file.problem(fields.get("parent"), "a county (6-digit code) has no parent");
        } else if (parentKind != null && parent == null && !fields.containsKey("parent")) {
            file.problem(mapping, "tenant " + code + " needs a parent " + parentKind.name().toLowerCase());
        } else if (parent != null && !code.isChildOf(parent)) {
            file.problem(fields.get("parent"), "tenant " + code + " cannot lie below " + parent
                    + ": a parent is one level up and its code is the start of the child's");
        }
        List<OrgUnitDeclaration> units = units(file, code, fields.get("units"));
        String source = file.name + ":" + line(mapping);
        if (file.tenants.putIfAbsent(code, new TenantDeclaration(code, name, parent, units, source)) != null) {
            file.problem(fields.get("code"), "code " + code + " is repeated in this file");
        } else {
            file.lines.put(code, line(mapping));
        }
    }

    private static List<OrgUnitDeclaration> units(ParsedFile file, TenantCode tenant, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            file.problem(node, "'units' must be a list of villages and communities");
            return List.of();
        }
        if (tenant.kind() != TenantKind.TOWNSHIP) {
            file.problem(node, "only a township has villages and communities as units");
            return List.of();
        }
        List<OrgUnitDeclaration> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                file.problem(item, "each unit must be a mapping with code and name");
                continue;
            }
            Map<String, Node> fields = fields(file, mapping);
            String code = text(file, fields.get("code"), mapping, "code");
            String name = text(file, fields.get("name"), mapping, "name");
            if (code == null || name == null) {
                continue;
            }
            if (!code.matches("\\d{12}") || !code.startsWith(tenant.value())) {
                file.problem(fields.get("code"), "unit code " + code + " must have 12 digits and start with " + tenant);
            } else if (!codes.add(code)) {
                file.problem(fields.get("code"), "unit code " + code + " is repeated");
            } else {
                units.add(new OrgUnitDeclaration(code, name, groups(file, code, fields.get("groups"), codes)));
            }
        }
        return units;
    }

    /** The village groups (村民小组) declared below a unit: each code is the unit's and a 3-digit group number. */
    private static List<GroupDeclaration> groups(ParsedFile file, String unit, Node node, Set<String> codes) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            file.problem(node, "'groups' must be a list of village groups");
            return List.of();
        }
        List<GroupDeclaration> groups = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                file.problem(item, "each group must be a mapping with code and name");
                continue;
            }
            Map<String, Node> fields = fields(file, mapping);
            String code = text(file, fields.get("code"), mapping, "code");
            String name = text(file, fields.get("name"), mapping, "name");
            if (code == null || name == null) {
                continue;
            }
            if (!code.matches("\\d{15}") || !code.startsWith(unit)) {
                file.problem(fields.get("code"), "group code " + code + " must have 15 digits: " + unit
                        + " and a 3-digit group number");
            } else if (!codes.add(code)) {
                file.problem(fields.get("code"), "group code " + code + " is repeated");
            } else if (name.length() > OrgUnitLimits.NAME.maxLength()) {
                file.problem(fields.get("name"), "group name " + name + " is longer than "
                        + OrgUnitLimits.NAME.maxLength() + " characters");
            } else {
                groups.add(new GroupDeclaration(code, name));
            }
        }
        return groups;
    }

    private static Map<String, Node> fields(ParsedFile file, MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                file.problem(tuple.getKeyNode(), "repeated or invalid key " + key);
            }
        }
        return fields;
    }

    private static TenantCode code(ParsedFile file, Node node, Node owner, String field) {
        String value = text(file, node, owner, field);
        if (value == null) {
            return null;
        }
        if (!TenantCode.isValid(value)) {
            file.problem(node, field + " " + value + " has the wrong shape: a tenant code has 6, 9 or 12 digits");
            return null;
        }
        return TenantCode.of(value);
    }

    private static String text(ParsedFile file, Node node, Node owner, String field) {
        if (node == null) {
            file.problem(owner, "missing " + field);
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            file.problem(node, field + " must be a non-empty text");
            return null;
        }
        return scalar.getValue().strip();
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static final class ParsedFile {
        final String name;
        final Map<TenantCode, TenantDeclaration> tenants = new LinkedHashMap<>();
        final Map<TenantCode, Integer> lines = new HashMap<>();
        final List<TenantFileProblem> problems = new ArrayList<>();

        ParsedFile(String name) {
            this.name = name;
        }

        void problem(Node node, String reason) {
            problems.add(new TenantFileProblem(name, line(node), reason));
        }

        TenantFileProblem problemAt(TenantDeclaration tenant, String reason) {
            return new TenantFileProblem(name, lines.get(tenant.code()), reason);
        }
    }
}
