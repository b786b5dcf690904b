package cn.gongguan.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GB/T 2260 statistical division code that names a tenant: 6 digits for a county, 9 for a township,
 * 12 for a residents' committee. Because a code is digits only, the schema and role names derived from it
 * are safe to place in SQL as identifiers.
 */
public record TenantCode(String value) implements Comparable<TenantCode>, Serializable {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public TenantCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A tenant code has 6, 9 or 12 digits: " + value);
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && DIGITS.matcher(value).matches();
    }

    public TenantKind kind() {
        return switch (value.length()) {
            case 6 -> TenantKind.COUNTY;
            case 9 -> TenantKind.TOWNSHIP;
            default -> TenantKind.COMMITTEE;
        };
    }

    /** Whether this code lies directly below the given one in the division tree (its code starts with the parent's). */
    public boolean isChildOf(TenantCode parent) {
        return parent.kind() == kind().parentKind() && value.startsWith(parent.value);
    }

    /** The code of the unit directly above (a committee's township, a township's county); none above a county. */
    public Optional<TenantCode> parent() {
        return kind() == TenantKind.COUNTY ? Optional.empty()
                : Optional.of(new TenantCode(value.substring(0, value.length() - 3)));
    }

    /** The county this unit lies in (itself for a county): the first 6 digits, whatever the unit's depth. */
    public TenantCode county() {
        return new TenantCode(value.substring(0, TenantKind.COUNTY.codeLength()));
    }

    /**
     * The codes from the root of the tree down to this one, e.g. {@code /621227/621227100/}, for subtree queries
     * ({@code path like '/621227/%'}). A parent's code is the start of its child's, so the path follows from the code.
     */
    public String path() {
        StringBuilder path = new StringBuilder("/");
        for (int length = 6; length <= value.length(); length += 3) {
            path.append(value, 0, length).append('/');
        }
        return path.toString();
    }

    /** The PostgreSQL schema that holds this tenant's data. */
    public String schema() {
        return "t_" + value;
    }

    /** The PostgreSQL role that owns the schema; a tenant session runs as this role and can reach nothing else. */
    public String role() {
        return "t_" + value;
    }

    @Override
    public int compareTo(TenantCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
