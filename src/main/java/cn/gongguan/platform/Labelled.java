package cn.gongguan.platform;

/** A value shown to people by a translation key (roles, sexes, flow types …). */
public interface Labelled {

    String labelKey();
}
