package cn.gongguan.governance;

import cn.gongguan.platform.Labelled;

/** Who recorded a finding: the township's own team, or a department liaison (taken in by the township). */
public enum FindingSource implements Labelled {
    TOWNSHIP,
    LIAISON;

    @Override
    public String labelKey() {
        return "finding.source." + name();
    }
}
