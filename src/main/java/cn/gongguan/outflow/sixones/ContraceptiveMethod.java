package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.Labelled;

/** A reliable contraceptive measure (六个一 ⑥); named as in the reproductive-health archive of the five steps. */
public enum ContraceptiveMethod implements Labelled {
    IUD, STERILIZATION, IMPLANT, INJECTION, PILL, CONDOM, OTHER;

    @Override
    public String labelKey() {
        return "archive.choice.contraception." + name();
    }
}
