package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.Labelled;

/** What a reproductive-health service (六个一 ⑤) consisted of; one service may do several. */
public enum HealthServiceKind implements Labelled {
    PREGNANCY_CHECK, CONTRACEPTION_CHECK, HEALTH_CHECK, COUNSELLING, OTHER;

    @Override
    public String labelKey() {
        return "sixOnes.serviceKind." + name();
    }
}
