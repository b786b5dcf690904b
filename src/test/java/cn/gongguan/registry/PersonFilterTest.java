package cn.gongguan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the audit trail records of a registry filter: no ID number or name in clear. */
class PersonFilterTest {

    @Test
    void theSearchTextIsMaskedButForItsFirstCharacter() {
        assertThat(new PersonFilter("62122719900101002X", "621227100201", FlowType.INFLOW, false).toString())
                .contains("search=6*****************").doesNotContain("1990")
                .contains("orgUnit=621227100201").contains("flowType=INFLOW").contains("certificateChecked=false");
        assertThat(new PersonFilter(" 王芳 ", null, null, null).toString()).contains("search=王*").doesNotContain("芳");
        assertThat(new PersonFilter("wangfang", null, null, null).toString()).contains("search=w*******");
        assertThat(PersonFilter.ALL.toString()).contains("search=null");
    }
}
