package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every varchar column of the platform and of the tenants has exactly one declared {@link TextLimit}, with the
 * column's length, so forms, service checks and the mapping cannot drift from the schema. A text column may have one
 * (the service's own limit, e.g. an answer's 2,000 characters); every declaration names a column that exists.
 */
class TextLimitsTest extends IntegrationTest {

    private static final String TENANT_SCHEMA = "t_621227100";


    /** A varchar column with its length, or a text column (length 0), which may carry a limit of the service's. */
    record Column(String table, String column, int length, boolean notNull) {
        String key() {
            return table + "." + column;
        }
    }

    @Test
    void everyVarcharColumnHasTheDeclaredLimit() {
        Map<String, TextLimit> declared = declaredLimits();
        Map<String, Column> columns = new TreeMap<>();
        for (Column column : varcharColumns()) {
            columns.put(column.key(), column);
        }
        assertThat(columns).containsKeys("person.name", "rental_house.address", "platform.app_user.username");
        List<String> mismatches = new ArrayList<>();
        columns.values().forEach(column -> {
            TextLimit limit = declared.get(column.key());
            if (column.length() == 0) {
                return;
            }
            if (limit == null) {
                mismatches.add(column.key() + " varchar(" + column.length() + ") has no declared limit");
            } else if (limit.maxLength() != column.length()) {
                mismatches.add(column.key() + " varchar(" + column.length() + ") is declared " + limit.maxLength());
            } else if (limit.userInput() && column.notNull() && !limit.required()) {
                mismatches.add(column.key() + " is not null but its field is declared optional");
            }
        });
        declared.keySet().stream().filter(key -> !columns.containsKey(key))
                .forEach(key -> mismatches.add(key + " is declared but no such text column exists"));
        assertThat(mismatches).as("text columns and their declared limits").isEmpty();
    }

    @Test
    void theTenantSchemaCheckedHasEveryTenantTable() {
        Set<String> checked = tenantTables(TENANT_SCHEMA);
        List<String> schemas = asOwner().sql("select schema_name from information_schema.schemata"
                + " where schema_name like 't\\_%' order by 1").query(String.class).list();
        assertThat(schemas).hasSizeGreaterThan(1);
        schemas.forEach(schema -> assertThat(tenantTables(schema)).as(schema).isEqualTo(checked));
        assertThat(checked).contains("person", "org_unit", "archive", "follow_up", "rental_house", "sweep");
    }

    private Set<String> tenantTables(String schema) {
        return new TreeSet<>(asOwner().sql("select table_name from information_schema.tables where table_schema = ?"
                + " and table_name not like 'databasechangelog%'").param(schema).query(String.class).list());
    }

    private List<Column> varcharColumns() {
        return asOwner().sql("""
                select case when table_schema = 'platform' then 'platform.' else '' end || table_name,
                       column_name, character_maximum_length, is_nullable = 'NO'
                from information_schema.columns
                join information_schema.tables using (table_catalog, table_schema, table_name)
                where table_schema in ('platform', ?) and data_type in ('character varying', 'text')
                  and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'
                """).param(TENANT_SCHEMA)
                .query((rs, row) -> new Column(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    /** The public static TextLimit constants of the application's classes, by table and column. */
    private static Map<String, TextLimit> declaredLimits() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gongguan");
        List<TextLimit> limits = new ArrayList<>();
        for (var javaClass : classes) {
            for (JavaField field : javaClass.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(TextLimit.class)) {
                    limits.add(value(field.reflect()));
                }
            }
        }
        Map<String, List<TextLimit>> byColumn = limits.stream()
                .collect(Collectors.groupingBy(l -> l.table() + "." + l.column(), TreeMap::new, Collectors.toList()));
        assertThat(byColumn.entrySet()).as("columns declared more than once")
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
        return byColumn.values().stream().map(List::getFirst)
                .collect(Collectors.toMap(l -> l.table() + "." + l.column(), Function.identity()));
    }

    private static TextLimit value(Field field) {
        try {
            field.setAccessible(true);
            return (TextLimit) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
