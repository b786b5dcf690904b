package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantCodeTest {

    @Test
    void theLengthOfTheCodeTellsTheKindOfTenant() {
        assertThat(TenantCode.of("621227").kind()).isEqualTo(TenantKind.COUNTY);
        assertThat(TenantCode.of("621227100").kind()).isEqualTo(TenantKind.TOWNSHIP);
        assertThat(TenantCode.of("621227100001").kind()).isEqualTo(TenantKind.COMMITTEE);
    }

    @Test
    void codesOfAnyOtherShapeAreRefused() {
        for (String wrong : new String[] {"62122", "6212271", "62122710", "62122a", "621227100001 ", "", "t_621227"}) {
            assertThatThrownBy(() -> TenantCode.of(wrong)).isInstanceOf(IllegalArgumentException.class);
            assertThat(TenantCode.isValid(wrong)).isFalse();
        }
    }

    @Test
    void aChildLiesOneLevelBelowAParentWhoseCodeStartsIt() {
        TenantCode county = TenantCode.of("621227");
        TenantCode township = TenantCode.of("621227100");
        assertThat(township.isChildOf(county)).isTrue();
        assertThat(TenantCode.of("621227100001").isChildOf(township)).isTrue();
        assertThat(TenantCode.of("621227100001").isChildOf(county)).isFalse();
        assertThat(TenantCode.of("621227100001").parent()).contains(township);
        assertThat(township.parent()).contains(county);
        assertThat(county.parent()).isEmpty();
        assertThat(TenantCode.of("621228100").isChildOf(county)).isFalse();
    }

    @Test
    void aCommitteesCountyIsTheFirstSixDigitsNotItsTownship() {
        assertThat(TenantCode.of("621227100001").county()).isEqualTo(TenantCode.of("621227"));
        assertThat(TenantCode.of("621227100").county()).isEqualTo(TenantCode.of("621227"));
        assertThat(TenantCode.of("621227").county()).isEqualTo(TenantCode.of("621227"));
    }

    @Test
    void pathListsTheCodesFromTheRootDown() {
        assertThat(TenantCode.of("621227").path()).isEqualTo("/621227/");
        assertThat(TenantCode.of("621227100001").path()).isEqualTo("/621227/621227100/621227100001/");
    }

    @Test
    void schemaAndRoleAreNamedAfterTheCode() {
        assertThat(TenantCode.of("621227100").schema()).isEqualTo("t_621227100");
        assertThat(TenantCode.of("621227100").role()).isEqualTo("t_621227100");
    }
}
