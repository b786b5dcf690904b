package cn.gongguan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    private static Divisions divisions;

    @BeforeAll
    static void load() throws Exception {
        divisions = new Divisions();
    }

    @Test
    void aTownshipIsKnownByItsCodeWithItsFullName() {
        assertThat(divisions.find("621227100")).get().satisfies(d -> {
            assertThat(d.name()).isEqualTo("城关镇");
            assertThat(d.fullName()).isEqualTo("甘肃省陇南市徽县城关镇");
            assertThat(d.isTownship()).isTrue();
        });
        assertThat(divisions.isTownship("621227")).isFalse();
        assertThat(divisions.isTownship("621227999")).isFalse();
    }

    @Test
    void placeholderCityNamesAreLeftOutOfFullNames() {
        assertThat(divisions.find("110101001")).get().extracting(Division::fullName).isEqualTo("北京市东城区东华门街道");
    }

    @Test
    void everyTownshipOfChinaIsThere() {
        assertThat(divisions.searchTownships("").count()).isGreaterThan(40_000);
    }

    @Test
    void searchMatchesEveryPartOfTheQueryInTheFullNameOrACodePrefix() {
        assertThat(divisions.searchTownships("徽县 城关").map(Division::code)).containsExactly("621227100");
        assertThat(divisions.searchTownships("城关镇").map(Division::code)).hasSizeGreaterThan(50).contains("621227100");
        assertThat(divisions.searchTownships("6212271").map(Division::fullName)).allMatch(n -> n.startsWith("甘肃省陇南市徽县"));
    }
}
