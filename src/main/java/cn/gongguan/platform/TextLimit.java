package cn.gongguan.platform;

import java.util.Locale;

/**
 * The declared maximum length and required-ness of one text column, the one place the entity mapping, the service
 * check and the form field take them from. A column nobody types (an enum code, the username of the actor, a hash)
 * is declared too, as not user input, so that every varchar column of the schema has exactly one declaration
 * ({@code TextLimitsTest} compares them with the database).
 *
 * @param table     the table, schema-qualified for the platform's ({@code platform.app_user}), bare for a tenant's
 * @param column    the column
 * @param field     the field a refusal names ({@link InvalidInputException#field()}), as the form binds it
 * @param maxLength the column's length in characters
 * @param required  whether a value must be given (blank counts as none)
 * @param userInput whether people type it; when not, the application writes it and no form shows it
 */
public record TextLimit(String table, String column, String field, int maxLength, boolean required,
                        boolean userInput) {

    /** A username as recorded for whoever acted (created, updated, answered …): the width of app_user.username. */
    public static final int ACTOR = 64;
    /** A tenant's code: 6 to 12 digits (see {@link TenantCode}); a village's or community's has 12 too. */
    public static final int CODE = 12;
    /** An org unit's code as people and persons are placed in: a village's 12 digits, a village group's 15. */
    public static final int UNIT_CODE = 15;
    /** An enum's name as stored. */
    public static final int ENUM = 16;

    /** The limits of one table, declared with the field names forms and refusals use. */
    public static Table of(String table) {
        return new Table(table);
    }

    /** One table whose text columns are being declared. */
    public record Table(String name) {

        /** A field people must fill in. */
        public TextLimit required(String field, int maxLength) {
            return new TextLimit(name, column(field), field, maxLength, true, true);
        }

        /** A field people may leave empty. */
        public TextLimit optional(String field, int maxLength) {
            return new TextLimit(name, column(field), field, maxLength, false, true);
        }

        /** A column the application writes itself (codes, actors, hashes): limited all the same. */
        public TextLimit recorded(String field, int maxLength) {
            return new TextLimit(name, column(field), field, maxLength, false, false);
        }

        /** {@code orgUnit → org_unit}: the naming the entities' mapping uses too. */
        private static String column(String field) {
            return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    }

    /** The same limit stored under another column name than the field's ({@code orgUnit} in {@code org_unit_code}). */
    public TextLimit inColumn(String otherColumn) {
        return new TextLimit(table, otherColumn, field, maxLength, required, userInput);
    }

    /** The value as stored (stripped, null when blank), refused at this limit's field when missing or too long. */
    public String check(String value) {
        return checkAt(field, value);
    }

    /**
     * The value as stored, refused at the given field, for values entered in rows or cells ({@code lines[2].address}).
     * Length is counted in characters as PostgreSQL counts them, so a rare character outside the basic plane counts
     * once.
     */
    public String checkAt(String refusedField, String value) {
        String stripped = Input.stripped(value);
        if (stripped == null) {
            if (required) {
                throw new InvalidInputException(refusedField, "validation.required");
            }
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidInputException(refusedField, "validation.tooLong", maxLength);
        }
        return stripped;
    }
}
