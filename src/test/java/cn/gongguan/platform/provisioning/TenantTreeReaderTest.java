package cn.gongguan.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantTreeReaderTest {

    private static final String GOOD = """
            tenants:
              - code: "629901"
                name: 测试县
              - code: "629901100"
                name: 测试镇
                parent: "629901"
                units:
                  - code: "629901100200"
                    name: 东村村委会
                  - code: "629901100201"
                    name: 西街社区
              - code: "629901100001"
                name: 测试居委会
                parent: "629901100"
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheTenantsOfAWellFormedFileWithTheirUnits() throws IOException {
        write("a.yaml", GOOD);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.tenants()).extracting(t -> t.code().value())
                .containsExactly("629901", "629901100", "629901100001");
        TenantDeclaration township = tree.tenants().get(1);
        assertThat(township.parent()).isEqualTo(TenantCode.of("629901"));
        assertThat(township.units()).extracting(TenantDeclaration.OrgUnitDeclaration::name).containsExactly("东村村委会", "西街社区");
        assertThat(township.units().get(1).isCommunity()).isTrue();
        assertThat(township.source()).isEqualTo("a.yaml:4");
    }

    @Test
    void aVillageCarriesTheGroupsDeclaredBelowIt() throws IOException {
        write("g.yaml", GOOD.replace("""
                      - code: "629901100201"
                """, """
                        groups:
                          - code: "629901100200001"
                            name: 一组
                          - code: "629901100200002"
                            name: 二组
                      - code: "629901100201"
                """));
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.problems()).isEmpty();
        TenantDeclaration.OrgUnitDeclaration village = tree.tenants().get(1).units().getFirst();
        assertThat(village.groups()).containsExactly(
                new TenantDeclaration.GroupDeclaration("629901100200001", "一组"),
                new TenantDeclaration.GroupDeclaration("629901100200002", "二组"));
        assertThat(tree.tenants().get(1).units().get(1).groups()).isEmpty();
    }

    @Test
    void aGroupCodeNotOfItsVillageOrRepeatedRejectsTheFileAtItsLine() throws IOException {
        write("h.yaml", """
                tenants:
                  - code: "629904"
                    name: 县
                  - code: "629904100"
                    name: 镇
                    parent: "629904"
                    units:
                      - code: "629904100200"
                        name: 东村村委会
                        groups:
                          - code: "629904100201001"
                            name: 一组
                          - code: "62990410020001"
                            name: 二组
                          - code: "629904100200003"
                            name: 三组
                          - code: "629904100200003"
                            name: 四组
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).isEmpty();
        assertThat(tree.problems()).extracting(Object::toString).containsExactly(
                "h.yaml:11: group code 629904100201001 must have 15 digits: 629904100200 and a 3-digit group number",
                "h.yaml:13: group code 62990410020001 must have 15 digits: 629904100200 and a 3-digit group number",
                "h.yaml:17: group code 629904100200003 is repeated");
    }

    @Test
    void aMalformedFileIsRejectedWithItsLineAndTheOtherFilesStillLoad() throws IOException {
        write("a.yaml", GOOD);
        write("b.yaml", "tenants:\n  - code: \"629902\"\n    name: [unclosed\n");
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).hasSize(3);
        assertThat(tree.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
            assertThat(p.reason()).startsWith("malformed YAML");
        });
    }

    @Test
    void aCodeOfTheWrongShapeIsRejectedAtItsLine() throws IOException {
        write("c.yaml", """
                tenants:
                  - code: "629903"
                    name: 县
                  - code: "62990310"
                    name: 镇
                    parent: "629903"
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).isEmpty();
        assertThat(tree.problems()).singleElement().hasToString(
                "c.yaml:4: code 62990310 has the wrong shape: a tenant code has 6, 9 or 12 digits");
    }

    @Test
    void anUnknownParentRejectsTheFile() throws IOException {
        write("d.yaml", """
                tenants:
                  - code: "629904100"
                    name: 孤镇
                    parent: "629904"
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).isEmpty();
        assertThat(tree.problems()).singleElement().hasToString("d.yaml:2: unknown parent 629904");
    }

    @Test
    void aParentMayBeDeclaredInAnotherFile() throws IOException {
        write("a.yaml", GOOD);
        write("e.yaml", """
                tenants:
                  - code: "629901101"
                    name: 另一镇
                    parent: "629901"
                """);
        assertThat(TenantTreeReader.read(dir).tenants()).hasSize(4);
    }

    @Test
    void aCodeRepeatedInALaterFileRejectsThatFileOnly() throws IOException {
        write("a.yaml", GOOD);
        write("f.yaml", """
                tenants:
                  - code: "629901"
                    name: 重复县
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).extracting(TenantDeclaration::name).contains("测试县").doesNotContain("重复县");
        assertThat(tree.problems()).singleElement().hasToString("f.yaml:2: code 629901 is already declared in a.yaml:2");
    }

    @Test
    void aCodeRepeatedInOneFileRejectsIt() throws IOException {
        write("g.yaml", """
                tenants:
                  - code: "629907"
                    name: 县
                  - code: "629907"
                    name: 又一县
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).isEmpty();
        assertThat(tree.problems()).singleElement().hasToString("g.yaml:4: code 629907 is repeated in this file");
    }

    @Test
    void aTownshipMustLieUnderItsOwnCounty() throws IOException {
        write("h.yaml", """
                tenants:
                  - code: "629908"
                    name: 县
                  - code: "629909100"
                    name: 别县的镇
                    parent: "629908"
                """);
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.reason()).contains("cannot lie below 629908");
        });
    }

    @Test
    void rejectingAFileOrphansTheFilesBelowIt() throws IOException {
        write("a.yaml", "tenants:\n  - code: \"629910\"\n    name: 县\n    bogus: [\n");
        write("b.yaml", "tenants:\n  - code: \"629910100\"\n    name: 镇\n    parent: \"629910\"\n");
        TenantTree tree = TenantTreeReader.read(dir);
        assertThat(tree.tenants()).isEmpty();
        assertThat(tree.problems()).extracting(TenantFileProblem::file).containsExactly("a.yaml", "b.yaml");
    }

    @Test
    void theShippedHuixianTreeHasTheCountyFifteenTownshipsAndSevenCommittees() {
        TenantTree tree = TenantTreeReader.read(Path.of("tenants"));
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.tenants()).filteredOn(t -> t.code().value().startsWith("621227"))
                .extracting(t -> t.kind().name())
                .containsOnly("COUNTY", "TOWNSHIP", "COMMITTEE")
                .satisfies(kinds -> {
                    assertThat(kinds).filteredOn("COUNTY"::equals).hasSize(1);
                    assertThat(kinds).filteredOn("TOWNSHIP"::equals).hasSize(15);
                    assertThat(kinds).filteredOn("COMMITTEE"::equals).hasSize(7);
                });
        assertThat(tree.tenants()).filteredOn(t -> t.code().value().equals("621227100"))
                .singleElement().extracting(TenantDeclaration::name).isEqualTo("城关镇");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
