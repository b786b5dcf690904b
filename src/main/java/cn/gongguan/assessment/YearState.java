package cn.gongguan.assessment;

import cn.gongguan.platform.Labelled;

/** Where a county's assessment year stands: scores live, under the townships' review, or approved and locked. */
public enum YearState implements Labelled {
    OPEN, REVIEW, LOCKED;

    @Override
    public String labelKey() {
        return "assessment.year." + name();
    }
}
