package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TenantContextTest {

    private static final TenantCode A = TenantCode.of("621227100");
    private static final TenantCode B = TenantCode.of("621227101");

    @Test
    void readingWithNoTenantBoundFailsLoudly() {
        assertThat(TenantContext.find()).isEmpty();
        assertThatThrownBy(TenantContext::current).isInstanceOf(NoTenantBoundException.class);
    }

    @Test
    void aScopeBindsTheTenantAndTheLoggingContextAndRestoresThePreviousOne() {
        try (var outer = TenantContext.enter(A)) {
            assertThat(MDC.get("tenant")).isEqualTo(A.value());
            TenantContext.runAs(B, () -> assertThat(TenantContext.current()).isEqualTo(B));
            assertThat(TenantContext.current()).isEqualTo(A);
        }
        assertThat(TenantContext.find()).isEmpty();
        assertThat(MDC.get("tenant")).isNull();
    }

    @Test
    void theTenantIsClearedEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.runAs(A, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.find()).isEmpty();
    }
}
