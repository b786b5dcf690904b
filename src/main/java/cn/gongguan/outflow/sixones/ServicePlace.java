package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.Labelled;

/** Where a reproductive-health service was given: in the place the person lives now, or at home on a return. */
public enum ServicePlace implements Labelled {
    DESTINATION, ON_RETURN;

    @Override
    public String labelKey() {
        return "sixOnes.servicePlace." + name();
    }
}
