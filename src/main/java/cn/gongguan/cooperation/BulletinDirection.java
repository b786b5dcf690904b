package cn.gongguan.cooperation;

import cn.gongguan.platform.Labelled;

/** Whether the unit sent a bulletin to its partner or received it from them. */
public enum BulletinDirection implements Labelled {
    SENT,
    RECEIVED;

    @Override
    public String labelKey() {
        return "cooperation.bulletin.direction." + name();
    }
}
