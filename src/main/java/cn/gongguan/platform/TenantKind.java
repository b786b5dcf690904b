package cn.gongguan.platform;

/** The three kinds of administrative unit that are tenants, told apart by the length of their GB/T 2260 code. */
public enum TenantKind {
    /** A county (6 digits): the super-tenant that sees its tree through aggregates. */
    COUNTY(6),
    /** A township or town (9 digits). */
    TOWNSHIP(9),
    /** A residents' committee (12 digits). */
    COMMITTEE(12);

    private final int codeLength;

    TenantKind(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The kind of tenant a parent of this kind may have, or null for the root of a tree. */
    public TenantKind parentKind() {
        return switch (this) {
            case COUNTY -> null;
            case TOWNSHIP -> COUNTY;
            case COMMITTEE -> TOWNSHIP;
        };
    }
}
